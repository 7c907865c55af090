"""The store: idempotent ingest, replacement per source, crash safety, concurrent writers, bad files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from legation.batch import Read, ingest_reads
from legation.errors import StoreError
from legation.reading.extract import extract_document
from legation.samples import variant_texts
from legation.store import IngestResult, Store
from legation.text.documents import parse_text
from legation.text.files import Failure

TEXT = "= Chile–Bolivia relations =\n\nOn 3 May 1978, Bolivia broke off diplomatic relations with Chile.\n"
CHANGED = TEXT + "\nOn 1 June 1990, the two countries restored relations.\n"


def _ingest(store: Store, text: str, source: str) -> str:
    return store.ingest(extract_document(parse_text(text, name=Path(source).name)), source=source).action


def test_ingesting_the_same_text_again_changes_nothing(store: Store) -> None:
    assert _ingest(store, TEXT, "a.txt") == "added"
    before = store.events()
    assert _ingest(store, TEXT, "a.txt") == "unchanged"
    assert store.events() == before
    assert len(store.documents()) == 1


def test_a_changed_text_replaces_its_own_claims_only(store: Store) -> None:
    _ingest(store, TEXT, "a.txt")
    _ingest(store, TEXT.replace("1978", "1979"), "b.txt")
    assert _ingest(store, CHANGED, "a.txt") == "replaced"
    by_source = {(s.source, s.event.type, s.event.date) for s in store.events()}
    assert by_source == {
        ("a.txt", "relations_severed", "1978-05-03"),
        ("a.txt", "relations_restored", "1990-06-01"),
        ("b.txt", "relations_severed", "1979-05-03"),
    }
    assert [d.source for d in store.documents()] == ["a.txt", "b.txt"]


def test_events_read_back_are_the_events_read(store: Store) -> None:
    extraction = extract_document(parse_text(CHANGED, name="a.txt"))
    store.ingest(extraction, source="a.txt")
    assert [s.event for s in store.events(mentions=False)] == extraction.events
    stored = store.events()[0]
    assert (stored.document_id, stored.source, stored.ordinal) == (store.documents()[0].id, "a.txt", 0)
    assert str(stored.start) == stored.event.date == "1978-05-03"


def test_event_filters(store: Store) -> None:
    _ingest(store, CHANGED, "a.txt")
    assert [s.event.type for s in store.events(types=["relations_restored"])] == ["relations_restored"]
    assert len(store.events(pair=("CHL", "BOL"))) == 2
    assert store.events(country="PER") == []
    from datetime import date

    assert [s.event.date for s in store.events(start=date(1980, 1, 1))] == ["1990-06-01"]
    assert [s.event.date for s in store.events(end=date(1980, 1, 1))] == ["1978-05-03"]
    later = store.events(end=date(1980, 1, 1), past_end=["relations_restored"], types=["relations_restored"])
    assert [s.event.date for s in later] == ["1990-06-01"]
    assert len(store.events(text="restored")) == 1
    assert store.pairs() == [("BOL", "CHL", 2)]


def test_a_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"no store at .*legation ingest"):
        Store(tmp_path / "none.duckdb", read_only=True)


def test_a_file_that_is_not_a_store_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("these are my notes\n" * 100)
    with pytest.raises(StoreError, match="not a Legation store"):
        Store(path)


def _write_variants(folder: Path, count: int, offset: int = 0) -> None:
    folder.mkdir()
    for name, text in variant_texts(count + offset)[offset:]:
        (folder / name).write_text(text, encoding="utf-8")


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "legation", *args]


def test_an_ingest_killed_midway_leaves_whole_documents_only(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    first = tmp_path / "first"
    _write_variants(first, 2)
    subprocess.run(_cli("ingest", str(first), "--db", str(db)), check=True, capture_output=True)
    many = tmp_path / "many"
    _write_variants(many, 150, offset=2)
    proc = subprocess.Popen(_cli("ingest", str(many), "--db", str(db)), stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    wal = Path(str(db) + ".wal")
    # Wait until the ingest is writing, then kill it without warning.
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 0:
            break
        time.sleep(0.005)
    time.sleep(0.3)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    with Store(db, read_only=True) as store:
        docs = store.documents()
        assert {"variant-00000-colombia-venezuela.txt", "variant-00001-cuba-united-states.txt"} <= {
            Path(d.source).name for d in docs
        }
        assert len(docs) < 152
        for d in docs:
            text = Path(d.source).read_text(encoding="utf-8")
            expected = extract_document(parse_text(text, name=Path(d.source).name))
            assert d.events == len(expected.events), d.source


def test_two_ingests_at_once_both_land(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    a, b = tmp_path / "a", tmp_path / "b"
    _write_variants(a, 12)
    _write_variants(b, 12, offset=12)
    procs = [
        subprocess.Popen(
            _cli("ingest", str(f), "--db", str(db)), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for f in (a, b)
    ]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    with Store(db, read_only=True) as store:
        assert len(store.documents()) == 24


def test_a_store_busy_past_the_wait_says_so(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    Store(db).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(db)!r}); print('ok', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        with pytest.raises(StoreError, match="busy"):
            Store(db, wait=0.5)
    finally:
        holder.kill()
        holder.wait()


def test_two_files_with_the_same_text_are_two_documents(store: Store) -> None:
    assert _ingest(store, TEXT, "a.txt") == "added"
    assert _ingest(store, TEXT, "b.txt") == "added"
    assert sorted(s.source for s in store.events()) == ["a.txt", "b.txt"]
    assert len({d.id for d in store.documents()}) == 2


def test_a_text_edited_to_equal_another_replaces_its_own_document(store: Store) -> None:
    """Once a 'Duplicate key' traceback: the edited text's id was the other's."""
    _ingest(store, TEXT, "a.txt")
    _ingest(store, CHANGED, "b.txt")
    assert _ingest(store, TEXT, "b.txt") == "replaced"
    assert [(d.source, d.events) for d in store.documents()] == [("a.txt", 1), ("b.txt", 1)]
    assert _ingest(store, TEXT, "b.txt") == "unchanged"


def test_text_is_looked_for_as_written_not_as_a_pattern(store: Store) -> None:
    _ingest(store, CHANGED, "a.txt")
    _ingest(
        store,
        "= Chile–Bolivia relations =\n\nIn 1990, 50% of Bolivia_s trade ended; Chile broke off relations.\n",
        "b.txt",
    )
    assert [s.source for s in store.events(text="%")] == ["b.txt"]
    assert [s.source for s in store.events(text="_")] == ["b.txt"]
    assert store.events(text="1_78") == [] and store.events(text="\\") == []
    assert len(store.events(text="RELATIONS")) == 3


def test_the_store_counts_its_events(store: Store) -> None:
    assert store.event_count() == 0
    _ingest(store, CHANGED, "a.txt")
    assert store.event_count() == 2


@pytest.mark.parametrize("read_only", [False, True])
def test_a_duckdb_file_of_something_else_is_refused_and_left_alone(tmp_path: Path, read_only: bool) -> None:
    import duckdb

    path = tmp_path / "other.duckdb"
    with duckdb.connect(str(path)) as other:
        other.execute("CREATE TABLE events (x INTEGER)")
        other.execute("INSERT INTO events VALUES (7)")
    with pytest.raises(StoreError, match=r"DuckDB database of something else \(tables: events\)"):
        Store(path, read_only=read_only)
    with duckdb.connect(str(path)) as other:
        tables = [r[0] for r in other.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
        assert tables == ["events"] and other.execute("SELECT x FROM events").fetchall() == [(7,)]


def test_a_store_of_a_newer_legation_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    with Store(path) as store:
        store.connection.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="newer Legation"):
        Store(path)


def test_the_server_shows_no_absolute_path_of_its_machine(store: Store) -> None:
    from legation.store import public_source

    _ingest(store, TEXT, "/home/someone/texts/a.txt")
    _ingest(store, TEXT.replace("1978", "1979"), "texts/b.txt")
    store.shown_source = public_source
    view = Store.view(store)
    assert sorted(s.source for s in view.events()) == ["a.txt", "texts/b.txt"]
    assert sorted(s.event.evidence.document for s in view.events()) == ["a.txt", "texts/b.txt"]
    assert sorted(d.source for d in view.documents()) == ["a.txt", "texts/b.txt"]


def test_a_batch_stores_each_document_as_one_alone_would(store: Store) -> None:
    texts = {"a.txt": TEXT, "b.txt": TEXT.replace("1978", "1979"), "c.txt": CHANGED}
    _ingest(store, TEXT, "a.txt")
    batch = [(extract_document(parse_text(t, name=s)), s) for s, t in texts.items()]
    results = store.ingest_many(batch)
    assert [(r.source, r.action, r.events) for r in results] == [
        ("a.txt", "unchanged", 0),
        ("b.txt", "added", 1),
        ("c.txt", "added", 2),
    ]
    assert store.ingest_many([(extract_document(parse_text(CHANGED, name="a.txt")), "a.txt")])[0].action == (
        "replaced"
    )
    dates = sorted((s.source, s.event.date) for s in store.events())
    assert dates == [
        ("a.txt", "1978-05-03"),
        ("a.txt", "1990-06-01"),
        ("b.txt", "1979-05-03"),
        ("c.txt", "1978-05-03"),
        ("c.txt", "1990-06-01"),
    ]


def test_a_batch_with_a_source_twice_is_refused(store: Store) -> None:
    read = extract_document(parse_text(TEXT, name="a.txt"))
    with pytest.raises(ValueError, match="once in a batch"):
        store.ingest_many([(read, "a.txt"), (read, "a.txt")])
    assert store.documents() == []


def test_reads_are_stored_in_order_with_failures_between(store: Store) -> None:
    def read(text: str, source: str) -> Read:
        return Read(source, extract_document(parse_text(text, name=source)))

    stream = [read(TEXT, "a.txt"), Failure("bad.txt", "bad.txt: not text"), read(CHANGED, "a.txt")]
    outcomes = list(ingest_reads(store, stream, batch=10))
    assert [o.action if isinstance(o, IngestResult) else o.message for o in outcomes] == [
        "added",
        "bad.txt: not text",
        "replaced",
    ]
    assert len(store.events()) == 2
