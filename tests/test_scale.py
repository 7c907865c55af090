"""Reading at scale: worker processes, claims as Parquet loaded in bulk, a Dask cluster; same records."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from legation.batch import Read, read_paths
from legation.claims import stored_record
from legation.faces.cli import main
from legation.parquet import is_claims_folder, load_claims
from legation.samples import bundled_paths, variant_texts
from legation.store import Store
from legation.text.files import Failure

CORPUS = [str(p) for p in bundled_paths()]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def _stored(db: str) -> list[str]:
    """Every stored event as JSON, its document id left out, in a fixed order."""
    with Store(db, read_only=True) as store:
        records = [stored_record(s) for s in store.events()]
    for r in records:
        r.pop("document_id")
    return sorted(json.dumps(r, sort_keys=True) for r in records)


@pytest.fixture(scope="module")
def texts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("texts")
    for name, text in variant_texts(6):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_extract_in_one_process_and_in_two_gives_the_same_records(texts: Path) -> None:
    one = run("extract", str(texts), "--workers", "1")
    two = run("extract", str(texts), "--workers", "2")
    assert one[0] == two[0] == 0
    assert one[1] == two[1] and len(one[1].splitlines()) > 100


def test_ingest_with_workers_read_and_ingest_dir_and_dask_store_the_same_events(
    texts: Path, tmp_path: Path
) -> None:
    paths = [*CORPUS, str(texts)]
    plain, workers, bulk, dask = (str(tmp_path / f"{n}.duckdb") for n in ("plain", "workers", "bulk", "dask"))
    assert run("ingest", *paths, "--db", plain, "--workers", "1")[0] == 0
    assert run("ingest", *paths, "--db", workers, "--workers", "2")[0] == 0
    claims = tmp_path / "claims"
    code, out, _ = run("read", *paths, "--out", str(claims), "--workers", "2")
    assert code == 0 and is_claims_folder(str(claims)) and "9 documents" in out
    assert run("ingest", str(claims), "--db", bulk)[0] == 0
    on_dask = tmp_path / "on-dask"
    code, out, err = run("read", *paths, "--out", str(on_dask), "--engine", "dask", "--workers", "2")
    assert code == 0, err
    assert run("ingest", str(on_dask), "--db", dask)[0] == 0
    expected = _stored(plain)
    assert len(expected) > 200
    assert _stored(workers) == expected
    assert _stored(bulk) == expected
    assert _stored(dask) == expected


def test_the_parquet_claims_are_read_in_one_line(tmp_path: Path) -> None:
    claims = tmp_path / "claims"
    assert run("read", *CORPUS, "--out", str(claims), "--workers", "1")[0] == 0
    kinds = dict(
        duckdb.sql(
            f"SELECT kind, count(*) FROM read_parquet('{claims}/part-*.parquet') GROUP BY kind"
        ).fetchall()
    )
    assert kinds["document"] == 3 and kinds["event"] > 80 and kinds["membership"] > 0
    assert pq.read_table(claims).num_rows == sum(kinds.values())  # the folder itself, as pandas reads it


def test_bulk_loading_follows_the_rules_of_text_ingest(tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    for name, text in variant_texts(3):
        (texts / name).write_text(text, encoding="utf-8")
    claims = str(tmp_path / "claims")
    assert run("read", str(texts), "--out", claims, "--workers", "1")[0] == 0
    with Store(":memory:") as store:
        first = load_claims(store, claims)
        assert (first.added, first.replaced, first.unchanged) == (3, 0, 0)
        again = load_claims(store, claims)
        assert (again.added, again.replaced, again.unchanged, again.events) == (0, 0, 3, 0)
        # One text changed: only its source's claims are replaced, as a text ingest replaces them.
        changed = sorted(texts.iterdir())[0]
        changed.write_text(changed.read_text(encoding="utf-8").replace("1", "2"), encoding="utf-8")
        newer = str(tmp_path / "newer")
        assert run("read", str(texts), "--out", newer, "--workers", "1")[0] == 0
        third = load_claims(store, newer)
        assert (third.added, third.replaced, third.unchanged) == (0, 1, 2)
        assert len(store.documents()) == 3
        text_ingest = str(tmp_path / "text.duckdb")
        assert run("ingest", str(texts), "--db", text_ingest, "--workers", "1")[0] == 0
        bulk = sorted(
            json.dumps({**stored_record(s), "document_id": 0}, sort_keys=True) for s in store.events()
        )
        assert bulk == sorted(
            json.dumps({**json.loads(r), "document_id": 0}, sort_keys=True) for r in _stored(text_ingest)
        )
        # The same text under another source is not stored twice.
        (texts / "copy.txt").write_text(changed.read_text(encoding="utf-8"), encoding="utf-8")
        copies = str(tmp_path / "copies")
        assert run("read", str(texts / "copy.txt"), "--out", copies, "--workers", "1")[0] == 0
        assert load_claims(store, copies).unchanged == 1 and len(store.documents()) == 3


def test_a_failed_document_is_reported_and_the_others_read(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(Path(CORPUS[0]).read_text(encoding="utf-8"), encoding="utf-8")
    (inputs / "other.txt").write_text(Path(CORPUS[1]).read_text(encoding="utf-8"), encoding="utf-8")
    (inputs / "bad.txt").write_bytes(b"\xff\xfeU\x00T\x00F\x00")
    results = list(read_paths([str(inputs)], workers=2))
    assert [type(r).__name__ for r in results] == ["Failure", "Read", "Read"]
    assert isinstance(results[0], Failure) and "UTF-16" in results[0].message
    assert all(isinstance(r, Read) for r in results[1:])
    code, out, err = run("ingest", str(inputs), "--db", str(tmp_path / "s.duckdb"), "--workers", "2")
    assert code == 2 and "2 added" in out and "1 failed" in out and "UTF-16" in err


def test_a_claims_folder_of_another_version_is_refused(tmp_path: Path) -> None:
    (tmp_path / "_legation-claims.json").write_text('{"schema": "legation-claims", "version": 99}')
    code, _, err = run("ingest", str(tmp_path), "--db", str(tmp_path / "s.duckdb"))
    assert code == 2 and "version 99" in err
