"""Outputs the field loads in one line: event rows (CSV, JSON lines, Parquet) and dyad-years."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from legation.faces.cli import main
from legation.periods import Period
from legation.samples import bundled_paths


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("exports") / "store.duckdb")
    result = CliRunner().invoke(main, ["ingest", *map(str, bundled_paths()), "--db", path, "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_event_rows_carry_the_codes_of_both_sides_and_the_evidence(db: str) -> None:
    code, out, _ = run("export", "events", "--pair", "Peru", "Venezuela", "--format", "csv", "--db", db)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    severed = next(r for r in rows if r["type"] == "relations_severed" and r["actor"] == "VEN")
    assert (severed["actor"], severed["actor_cow"], severed["actor_gw"]) == ("VEN", "101", "101")
    assert (severed["target"], severed["target_cow"], severed["target_gw"]) == ("PER", "135", "135")
    assert severed["precision"] == Period.parse(severed["date"]).precision and severed["status"] == "occurred"
    assert severed["cameo"] and severed["plover"] and severed["evidence"].startswith("The Venezuelan")
    assert severed["source"].endswith("peru-venezuela.txt")


def test_parquet_read_back_by_duckdb_gives_the_rows_of_jsonl(db: str, tmp_path: Path) -> None:
    parquet, jsonl = tmp_path / "events.parquet", tmp_path / "events.jsonl"
    assert run("export", "events", "--format", "parquet", "--out", str(parquet), "--db", db)[0] == 0
    assert run("export", "events", "--format", "jsonl", "--out", str(jsonl), "--db", db)[0] == 0
    from_parquet = duckdb.sql(f"SELECT * FROM read_parquet('{parquet}')").fetchall()
    columns = [c[0] for c in duckdb.sql(f"DESCRIBE SELECT * FROM read_parquet('{parquet}')").fetchall()]
    lines = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    as_text = [tuple(None if v is None else str(v) for v in row) for row in from_parquet]
    expected = [tuple(None if r[c] is None else str(r[c]) for c in columns) for r in lines]
    assert len(as_text) > 80 and as_text == expected


def test_parquet_needs_a_file(db: str) -> None:
    code, _, err = run("export", "events", "--format", "parquet", "--db", db)
    assert code == 2 and "--out" in err


def test_cow_dyads_follow_the_stored_states_of_peru_and_venezuela(db: str) -> None:
    code, out, _ = run("export", "dyads", "--format", "cow", "--from", "1990", "--to", "2003", "--db", db)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "ccode1,ccode2,year,DR_at_1,DR_at_2,DE"
    rows = {tuple(map(int, line.split(",")[:3])): line.split(",")[3:] for line in lines[1:]}
    # Relations broken in 1992: no envoys either way, no exchange.
    assert rows[(135, 101, 1995)] == ["0", "0", "0"] and rows[(101, 135, 1995)] == ["0", "0", "0"]
    # Restored in 2001, with no envoy named: not known.
    assert (135, 101, 2002) not in rows
    state = json.loads(run("state", "PER", "VEN", "--on", "1995-12-31", "--format", "json", "--db", db)[1])
    assert state["representation"] == {"PER>VEN": "none", "VEN>PER": "none"}


def test_export_import_export_of_cow_dyads_is_identical(db: str, tmp_path: Path) -> None:
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    assert run("export", "dyads", "--format", "cow", "--out", str(first), "--db", db)[0] == 0
    other = str(tmp_path / "other.duckdb")
    code, out, _ = run("import", "cow", str(first), "--db", other)
    assert code == 0 and "added" in out
    assert run("export", "dyads", "--format", "cow", "--out", str(second), "--db", other)[0] == 0
    assert len(first.read_text().splitlines()) > 100
    assert first.read_bytes() == second.read_bytes()


def test_ddr_rows_are_directed_by_sender_and_destination(db: str) -> None:
    code, out, _ = run("export", "dyads", "--format", "ddr", "--from", "1995", "--to", "1995", "--db", db)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    peru = next(r for r in rows if r["Sending Country"] == "Peru" and r["Destination"] == "Venezuela")
    assert (peru["ccode_sending"], peru["ccode_destination"], peru["level"], peru["rank"]) == (
        "135",
        "101",
        "0",
        "none",
    )


@pytest.mark.parametrize("on", ["13-01", "02-30", "june"])
def test_a_bad_day_of_the_year_is_a_one_line_error(db: str, on: str) -> None:
    code, _, err = run("export", "dyads", "--on", on, "--db", db)
    assert code == 2 and "MM-DD" in err


@pytest.mark.parametrize(
    "args",
    [
        ("export", "events", "--format", "parquet", "--out", "/no/such/folder/e.parquet"),
        ("export", "dyads", "--out", "/no/such/folder/d.csv"),
        ("read", "/no/such/text.txt", "--out", "/no/such/folder/claims"),
    ],
)
def test_an_output_in_a_missing_folder_is_a_one_line_error(db: str, args: tuple[str, ...]) -> None:
    code, _, err = run(*args, "--db", db) if args[0] == "export" else run(*args)
    assert code == 2 and "does not exist" in err and "Traceback" not in err
