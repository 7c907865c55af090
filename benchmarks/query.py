"""A store at scale: bulk ingest, file size and query speed, each beside bare DuckDB in the same run.

    python benchmarks/query.py [--events 1000000] [--pairs 20000]

Writes a claims folder (the Parquet of `legation read`) of synthetic events over that many pairs of
states (one hub state paired with every other), loads it into a store file with `legation ingest
DIR`'s bulk load, and times:
- the bulk load, beside DuckDB's bare `CREATE TABLE AS SELECT * FROM read_parquet(...)` of the same
  files;
- the store file's size;
- the state of a pair on a day, a pair's full timeline, and all of the hub's relations on a day,
  each beside the bare DuckDB SELECT of the rows it reads.
Targets (issue 13): pair state and timeline < 20 ms, a country's relations < 150 ms, bulk ingest
< 60 s, file < 500 MB at 1,000,000 events over 20,000 pairs.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from legation.countries import load_lexicon
from legation.parquet import CLAIMS_SCHEMA, MARKER, SCHEMA_VERSION, load_claims
from legation.state.queries import country_relations, pair_state, pair_timeline, read_types
from legation.store import Store, pair_key

TYPES = [
    ("relations_established", "050"),
    ("envoy_appointed", "054"),
    ("credentials_presented", "054"),
    ("relations_severed", "164"),
    ("relations_restored", "050"),
    ("envoy_withdrawn", "164"),
    ("embassy_opened", "054"),
    ("criticism_expressed", "111"),
    ("government_recognized", "054"),
    ("sanctions_imposed", "163"),
]
PER_DOCUMENT = 400


def pairs_of(count: int) -> tuple[str, list[tuple[str, str]]]:
    """A hub state and `count` pairs: the hub with every other state, then pairs drawn at random."""
    rng = random.Random(7)
    lexicon = load_lexicon()
    codes = sorted(lexicon.countries)
    if count > len(codes) * (len(codes) - 1) // 2:
        raise SystemExit(f"--pairs {count}: {len(codes)} states make fewer pairs than that")
    hub = codes[0]
    chosen = {(hub, c) for c in codes[1:]}
    while len(chosen) < count:
        a, b = sorted(rng.sample(codes, 2))
        chosen.add((a, b))
    return hub, sorted(chosen)


def write_claims(folder: Path, events: int, pairs: list[tuple[str, str]]) -> None:
    """A claims folder of `events` events, PER_DOCUMENT to a document, the pairs in turn."""
    rng = random.Random(11)
    documents = events // PER_DOCUMENT
    rows: list[dict[str, object]] = []
    part = 0

    def flush() -> None:
        nonlocal part
        table = pa.Table.from_pylist(rows, schema=CLAIMS_SCHEMA)
        pq.write_table(table, folder / f"part-bench-{part:05d}.parquet", compression="zstd")
        part += 1
        rows.clear()

    def row(**values: object) -> None:
        rows.append(values)

    for d in range(documents):
        doc_id, source = f"{d:016x}", f"/synthetic/report-{d:06d}.txt"
        text = f"Synthetic report {d}."
        row(document_id=doc_id, source=source, kind="document", name=Path(source).name, text=text)
        for k in range(PER_DOCUMENT):
            a, b = pairs[(d * PER_DOCUMENT + k) % len(pairs)]
            if rng.random() < 0.5:
                a, b = b, a
            day = date(1900 + rng.randrange(125), rng.randrange(1, 13), rng.randrange(1, 28))
            kind, cameo = TYPES[rng.randrange(len(TYPES))]
            rank = "ambassador" if kind.startswith(("envoy", "credentials")) else None
            row(
                document_id=doc_id,
                source=source,
                kind="event",
                ordinal=k,
                type=kind,
                actor=a,
                target=b,
                directed=True,
                date=day.isoformat(),
                date_start=day,
                date_end=day,
                rank=rank,
                cameo=cameo,
                confidence=0.9,
                ev_start=0,
                ev_end=len(text),
                ev_text=f"{a} and {b}: synthetic sentence {k} of report {d}.",
            )
        if len(rows) >= 200_000:
            flush()
    flush()
    (folder / MARKER).write_text(f'{{"schema": "legation-claims", "version": {SCHEMA_VERSION}}}')


def median_ms(func: Callable[[], object], repeat: int = 15) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--pairs", type=int, default=20_000)
    args = parser.parse_args()
    hub, pairs = pairs_of(args.pairs)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "claims"
        folder.mkdir()
        start = time.perf_counter()
        write_claims(folder, args.events, pairs)
        print(
            f"claims: {args.events:,} events over {len(pairs):,} pairs written "
            f"in {time.perf_counter() - start:.1f} s"
        )
        parts = sorted(str(p) for p in folder.glob("part-*.parquet"))
        bare_db = duckdb.connect(str(Path(tmp) / "bare.duckdb"))
        start = time.perf_counter()
        bare_db.execute("CREATE TABLE t AS SELECT * FROM read_parquet(?)", [parts])
        bare_db.execute("CHECKPOINT")
        bare_load = time.perf_counter() - start
        bare_db.close()
        db = Path(tmp) / "store.duckdb"
        with Store(db) as store:
            start = time.perf_counter()
            loaded = load_claims(store, str(folder))
            store.connection.execute("CHECKPOINT")
            load = time.perf_counter() - start
        size = db.stat().st_size / 1e6
        print(
            f"bulk ingest: {loaded.events:,} events in {load:.1f} s; bare CREATE TABLE AS read_parquet "
            f"{bare_load:.1f} s; ratio {load / bare_load:.1f}"
        )
        print(
            f"store file: {size:.0f} MB; bare table of the same rows "
            f"{Path(tmp, 'bare.duckdb').stat().st_size / 1e6:.0f} MB"
        )
        with Store(db, read_only=True) as store:
            report(store, hub, pairs)


def report(store: Store, hub: str, pairs: list[tuple[str, str]]) -> None:
    con = store.connection
    day = date(2000, 6, 1)
    a, b = next(p for p in pairs if hub not in p)
    types = ", ".join(f"'{t}'" for t in read_types())
    # The bare SELECTs read the same rows the fastest way DuckDB has: a pair's by its index.
    key = pair_key(a, b)
    pair_sql = "SELECT * FROM events WHERE pair = ?"
    state_sql = f"WITH p AS MATERIALIZED ({pair_sql}) SELECT * FROM p WHERE type IN ({types})"
    country_sql = (
        f"SELECT * FROM events WHERE (actor = ? OR target = ?) AND type IN ({types}) "
        "AND (date_start <= ? OR type = 'relations_established')"
    )
    partners = len(country_relations(store, hub, day))
    rows = [
        (
            f"state {a} {b} --on {day}",
            median_ms(lambda: pair_state(store, a, b, day)),
            median_ms(lambda: con.execute(state_sql, [key]).fetchall()),
            20.0,
        ),
        (
            f"timeline {a} {b}",
            median_ms(lambda: pair_timeline(store, a, b).intervals()),
            median_ms(lambda: con.execute(pair_sql, [key]).fetchall()),
            20.0,
        ),
        (
            f"relations {hub} --on {day} ({partners} partners)",
            median_ms(lambda: country_relations(store, hub, day), repeat=7),
            median_ms(lambda: con.execute(country_sql, [hub, hub, day]).fetchall(), repeat=7),
            150.0,
        ),
    ]
    for name, took, bare, target in rows:
        print(
            f"{name}: {took:.1f} ms (target < {target:.0f}); "
            f"bare SELECT {bare:.1f} ms; ratio {took / bare:.1f}"
        )


if __name__ == "__main__":
    main()
