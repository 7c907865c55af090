"""The command line: formats, exit codes and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from legation import __version__
from legation.faces.cli import main
from legation.samples import bundled_paths
from legation.store import Store

PERU = str(next(p for p in bundled_paths() if p.name == "peru-venezuela.txt"))


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_version() -> None:
    assert run("--version")[1].strip() == f"legation, version {__version__}"


def test_extract_jsonl_records_follow_the_contract() -> None:
    code, out, err = run("extract", PERU)
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    events = [r for r in records if r["kind"] == "event"]
    assert {"membership", "statistic"} <= {r["kind"] for r in records}
    for e in events:
        assert {"type", "actor", "target", "directed", "date", "evidence"} <= set(e)
        # The contract's four keys, and the language the sentence is written in.
        assert set(e["evidence"]) == {"document", "start", "end", "text", "language"}
    assert "own capital" in err  # the seed's impossible missions are warned about


def test_the_language_and_the_day_of_publication_can_be_given(tmp_path: Path) -> None:
    text = tmp_path / "nota.txt"
    text.write_text("Bolivia rompió relaciones con Chile el lunes.\n", encoding="utf-8")
    code, out, _ = run("extract", str(text), "--language", "es", "--published", "2024-04-10")
    assert code == 0
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert (record["type"], record["date"], record["evidence"]["language"]) == (
        "relations_severed",
        "2024-04-08",
        "es",
    )
    code, _, err = run("extract", str(text), "--published", "last week")
    assert code == 2 and err.startswith("legation: ") and "YYYY-MM-DD" in err
    code, _, err = run("extract", str(text), "--language", "fr")
    assert code == 2 and "'fr' is not one of" in err


def test_documents_shows_each_documents_language(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    text = tmp_path / "nota.txt"
    text.write_text(
        "Bolivia rompió relaciones diplomáticas con Chile el 3 de marzo de 2010.\n", encoding="utf-8"
    )
    assert run("ingest", str(text), "--db", db)[0] == 0
    code, out, _ = run("documents", "--db", db)
    assert code == 0 and "language" in out.splitlines()[0] and " es " in out


def test_extract_json_and_table() -> None:
    code, out, _ = run("extract", PERU, "--format", "json")
    assert code == 0 and isinstance(json.loads(out), list)
    code, out, _ = run("extract", PERU, "--format", "table")
    assert code == 0 and "relations_severed" in out and "warning:" in out


def test_a_folder_with_good_and_bad_files_reads_the_good_ones_and_exits_2(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(Path(PERU).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, err = run("extract", str(tmp_path))
    assert code == 2
    assert any(json.loads(line)["kind"] == "event" for line in out.splitlines())
    errors = [line for line in err.splitlines() if "warning" not in line]
    assert len(errors) == 2 and all(line.startswith("legation: ") for line in errors)
    assert "Traceback" not in err


def test_missing_path_is_one_line_and_exit_2() -> None:
    code, out, err = run("extract", "/no/such/file.txt")
    assert (code, out) == (2, "")
    assert err.strip().count("\n") == 0 and "no such file" in err


# The bundled texts as a user in their folder names them: the store keeps sources as named.
NAMES = [p.name for p in bundled_paths()]


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(Path(PERU).parent)
    path = str(tmp_path / "store.duckdb")
    code, out, _ = run("ingest", *NAMES, "--db", path)
    assert code == 0 and "3 added" in out
    return path


def test_ingest_twice_changes_nothing(db: str) -> None:
    code, out, _ = run("ingest", *NAMES, "--db", db)
    assert code == 0 and "3 unchanged" in out


def test_state_json_matches_the_contract(db: str) -> None:
    code, out, _ = run("state", "Peru", "VEN", "--on", "2025-01-01", "--db", db, "--format", "json")
    assert code == 0
    state = json.loads(out)
    assert state["pair"] == ["PER", "VEN"] and state["relations"] == "severed"
    assert state["recognizes"]["PER>VEN"] == "Edmundo González"


def test_state_explain_shows_sentences(db: str) -> None:
    code, out, _ = run("state", "PER", "VEN", "--on", "2020-06-01", "--db", db, "--explain")
    assert code == 0 and "Juan Guaidó" in out and "“" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["state", "Venezula", "PER", "--on", "2020-01-01"], "did you mean Venezuela (VEN)"),
        (["state", "VEN", "PER", "--on", "2020-13-01"], "is not a date"),
        (["relations", "Atlantis", "--on", "2020-01-01"], "unknown country"),
        (["events", "--type", "coup"], "unknown event type"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(db: str, args: list[str], message: str) -> None:
    code, _, err = run(*args, "--db", db)
    assert code == 2 and message in err and err.count("\n") == 1


def test_missing_store_is_one_line_and_exit_2(tmp_path: Path) -> None:
    code, _, err = run("state", "PER", "VEN", "--on", "2020-01-01", "--db", str(tmp_path / "x.duckdb"))
    assert code == 2 and "no store at" in err and err.count("\n") == 1


def test_events_filters_and_formats(db: str) -> None:
    code, out, _ = run(
        "events", "--pair", "PER", "VEN", "--type", "relations_severed", "--format", "jsonl", "--db", db
    )
    dates = sorted(json.loads(line)["date"] for line in out.splitlines())
    assert code == 0 and dates == ["1992", "2024-07-29"]
    code, out, _ = run(
        "events", "--country", "USA", "--from", "2015", "--to", "2015", "--format", "csv", "--db", db
    )
    assert code == 0 and out.splitlines()[0].startswith("date,type,actor,target")
    assert all(",2015" in line or line.startswith("2015") for line in out.splitlines()[1:])


def test_relations_timeline_documents(db: str) -> None:
    code, out, _ = run("relations", "VEN", "--on", "2024-08-01", "--db", db, "--format", "json")
    states = {s["pair"][1]: s["relations"] for s in json.loads(out)}
    assert code == 0 and states["PER"] == "severed" and states["COL"] == "active"
    code, out, _ = run("timeline", "PER", "VEN", "--db", db, "--format", "json")
    timeline = json.loads(out)
    assert code == 0 and timeline["pair"] == ["PER", "VEN"] and timeline["intervals"]
    code, out, _ = run("documents", "--db", db)
    assert code == 0 and "Peru–Venezuela relations" in out


def test_ingest_keeps_the_good_files_of_a_mixed_folder(tmp_path: Path) -> None:
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "good.txt").write_text(Path(PERU).read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Perú rompió relaciones con Venezuela.".encode("latin-1"))
    db = str(tmp_path / "store.duckdb")
    code, out, err = run("ingest", str(folder), "--db", db)
    assert code == 2 and "1 added" in out and "1 failed" in out
    assert "latin1.txt" in err and "not UTF-8" in err and "Traceback" not in err
    code, out, _ = run("documents", "--db", db)
    assert code == 0 and "Peru–Venezuela relations" in out


def test_a_store_in_a_missing_folder_is_one_line_and_exit_2(tmp_path: Path) -> None:
    code, _, err = run("ingest", PERU, "--db", str(tmp_path / "no" / "such" / "store.duckdb"))
    assert code == 2 and err.startswith("legation: ") and err.count("\n") == 1


def test_every_face_writes_a_record_the_same_way(db: str) -> None:
    """One serializer: the command line and the HTTP API give the same JSON for events, states and
    timelines read from the same store."""
    from fastapi.testclient import TestClient

    from legation.faces.server import create_app

    with TestClient(create_app(db), base_url="http://localhost") as client:
        code, out, _ = run("events", "--pair", "PER", "VEN", "--format", "jsonl", "--db", db)
        assert code == 0
        assert [json.loads(line) for line in out.splitlines()] == client.get(
            "/api/events", params={"pair": "PER,VEN"}
        ).json()
        code, out, _ = run("state", "PER", "VEN", "--on", "2020-06-01", "--format", "json", "--db", db)
        from_api = client.get("/api/pairs/PER/VEN/state", params={"on": "2020-06-01"}).json()
        assert json.loads(out) == {k: v for k, v in from_api.items() if k != "reasons"}
        code, out, _ = run("timeline", "PER", "VEN", "--format", "json", "--db", db)
        assert json.loads(out) == client.get("/api/pairs/PER/VEN/timeline").json()


def test_a_state_with_itself_is_one_line_and_exit_2(db: str) -> None:
    for args in (
        ["state", "Peru", "PER", "--on", "2020-01-01"],
        ["timeline", "VEN", "VEN"],
        ["events", "--pair", "PER", "PER"],
    ):
        code, out, err = run(*args, "--db", db)
        assert (code, out) == (2, "") and "two different states" in err and err.count("\n") == 1, args


def test_ingest_says_how_many_events_the_store_holds(db: str) -> None:
    code, out, _ = run("ingest", *NAMES, "--db", db)
    with Store(db, read_only=True) as store:
        held = store.event_count()
    assert held > 50
    assert code == 0 and out.strip() == f"{db}: 3 unchanged; the store holds {held} events"


def test_files_are_stored_as_named_and_the_same_text_twice_is_two_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("texts").mkdir()
    text = Path(PERU).read_text(encoding="utf-8")
    Path("texts/a.txt").write_text(text, encoding="utf-8")
    Path("texts/b.txt").write_text(text.replace("1992", "1993"), encoding="utf-8")
    assert run("ingest", "texts", "--db", "s.duckdb")[0] == 0
    # b.txt edited to equal a.txt: once a "Duplicate key" traceback and b.txt never stored as such.
    Path("texts/b.txt").write_text(text, encoding="utf-8")
    code, out, err = run("ingest", "texts/b.txt", "--db", "s.duckdb")
    assert code == 0 and "1 replaced" in out and not err
    with Store("s.duckdb", read_only=True) as store:
        assert sorted(d.source for d in store.documents()) == ["texts/a.txt", "texts/b.txt"]
        severed = store.events(pair=("PER", "VEN"), types=["relations_severed"], text="1992")
        assert sorted(s.source for s in severed) == ["texts/a.txt", "texts/b.txt"]
    code, out, _ = run(
        "state", "PER", "VEN", "--on", "1995-01-01", "--format", "json", "--db", "s.duckdb", "--explain"
    )
    reason = json.loads(out)["reasons"]["relations"]
    assert {reason["event"]["source"], *(e["source"] for e in reason["agreeing"])} == {
        "texts/a.txt",
        "texts/b.txt",
    }


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(db: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "legation", "serve", "--db", db, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_busy_port_is_one_line_and_exit_2_and_never_says_serving(db: str) -> None:
    port = str(_free_port())
    first = _serve(db, "--port", port)
    try:
        assert first.stdout is not None and "serving" in first.stdout.readline()
        second = _serve(db, "--port", port)
        out, err = second.communicate(timeout=60)
        assert second.returncode == 2 and "serving" not in out
        assert err.startswith("legation: port ") and "in use" in err and err.count("\n") == 1
    finally:
        first.terminate()
        first.wait(timeout=30)


def test_serving_beyond_loopback_warns(db: str) -> None:
    server = _serve(db, "--host", "0.0.0.0", "--port", str(_free_port()))
    try:
        assert server.stderr is not None
        warning = server.stderr.readline()
        assert warning.startswith("legation: warning: serving on 0.0.0.0 lets every machine")
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_facts_of_a_pair_in_every_format(db: str) -> None:
    code, out, _ = run("facts", "PER", "Venezuela", "--db", db, "--format", "json")
    record = json.loads(out)
    assert code == 0 and record["countries"] == ["PER", "VEN"]
    assert record["shared"] == [
        "Latin American Integration Association",
        "Organization of American States",
        "United Nations",
    ]
    figures = {(s["year"], s["measure"], s["value"]) for s in record["statistics"]}
    assert figures == {
        (2021, "share_of_foreign_residents", 0.868),
        (2012, "share_of_foreign_residents", 0.02),
        (2012, "residents", 1794),
    }
    code, out, _ = run("facts", "PER", "VEN", "--db", db, "--format", "jsonl")
    kinds = [json.loads(line)["kind"] for line in out.splitlines()]
    assert code == 0 and kinds.count("membership") == 6 and kinds.count("statistic") == 3
    code, out, _ = run("facts", "PER", "VEN", "--db", db)
    assert code == 0 and "86.8%" in out and "Organization of American States" in out


def test_facts_of_one_state_on_a_day(db: str) -> None:
    code, out, _ = run("facts", "Cuba", "--on", "2016-01-01", "--db", db, "--format", "json")
    missions = {m["name"]: m["status"] for m in json.loads(out)["missions"]}
    assert code == 0 and missions == {"Embassy of Cuba": "open", "Embassy of the United States": "open"}


def test_envoys_in_every_format(db: str) -> None:
    code, out, _ = run("envoys", "PER", "VEN", "--db", db, "--format", "json")
    named = {(p["sending"], p["person"], p["rank"]) for p in json.loads(out)["envoys"] if p["person"]}
    assert code == 0 and ("VEN", "Carlos Eduardo Scull Raygada", "representative") in named
    code, out, _ = run("envoys", "PER", "VEN", "--db", db, "--format", "jsonl")
    assert code == 0 and all(json.loads(line)["events"] for line in out.splitlines())
    code, out, _ = run("envoys", "PER", "VEN", "--db", db)
    assert code == 0 and "Librado Augusto Orozco Zapata" in out and "chargé d'affaires" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["facts", "Atlantis"], "unknown country"),
        (["facts", "PER", "PER"], "two different states"),
        (["facts", "PER", "--on", "2020-13-01"], "is not a date"),
        (["envoys", "PER", "Venezula"], "did you mean Venezuela (VEN)"),
    ],
)
def test_facts_and_envoys_bad_input_is_one_line_and_exit_2(db: str, args: list[str], message: str) -> None:
    code, _, err = run(*args, "--db", db)
    assert code == 2 and message in err and err.count("\n") == 1


def test_facts_and_envoys_are_the_same_through_the_api(db: str) -> None:
    from fastapi.testclient import TestClient

    from legation.faces.server import create_app

    with TestClient(create_app(db), base_url="http://localhost") as client:
        for args, url, params in (
            (["facts", "PER", "VEN", "--on", "2020-01-01"], "/api/pairs/PER/VEN/facts", {"on": "2020-01-01"}),
            (["facts", "CUB", "--on", "2020-01-01"], "/api/countries/CUB/facts", {"on": "2020-01-01"}),
            (["envoys", "PER", "VEN"], "/api/pairs/PER/VEN/envoys", {}),
        ):
            code, out, _ = run(*args, "--format", "json", "--db", db)
            assert code == 0 and json.loads(out) == client.get(url, params=params).json(), args
