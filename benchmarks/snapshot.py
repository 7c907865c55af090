"""The server's snapshot of a store (see faces/live.py): how long a copy takes, what it holds in
memory, and how fast it answers, against the store file itself, same run.

    python benchmarks/snapshot.py [--events 1000000] [--pairs 20000]

Builds a store file as benchmarks/query.py does (synthetic claims, bulk-loaded), then times
`Store.snapshot` against the baseline of opening the file read-only and reading every event row,
and times the state of a pair and all of the hub's relations on a day on the snapshot against the
same on the file.
"""

from __future__ import annotations

import argparse
import tempfile
from datetime import date
from pathlib import Path

import duckdb

from legation.parquet import load_claims
from legation.state.queries import country_relations, pair_state
from legation.store import Store
from query import median_ms, pairs_of, write_claims


def read_file(path: str) -> None:
    with duckdb.connect(path, read_only=True) as con:
        con.execute("SELECT * FROM events").fetchall()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--pairs", type=int, default=20_000)
    args = parser.parse_args()
    hub, pairs = pairs_of(args.pairs)
    with tempfile.TemporaryDirectory(prefix="legation-snapshot-") as folder:
        claims = Path(folder) / "claims"
        claims.mkdir()
        write_claims(claims, args.events, pairs)
        path = str(Path(folder) / "store.duckdb")
        with Store(path) as store:
            load_claims(store, str(claims))
            store.connection.execute("CHECKPOINT")
            events = store.event_count()
        size = Path(path).stat().st_size / 2**20
        print(f"store file: {events:,} events, {size:.1f} MiB")
        copy = median_ms(lambda: Store.snapshot(path).close(), repeat=3)
        baseline = median_ms(lambda: read_file(path), repeat=3)
        print(
            f"snapshot: {copy:.0f} ms; reading every event row from the file: {baseline:.0f} ms; "
            f"ratio {copy / baseline:.2f}"
        )
        day = date(2000, 6, 1)
        a, b = next(p for p in pairs if hub not in p)
        with Store.snapshot(path) as snapshot, Store(path, read_only=True) as on_file:
            memory = snapshot.connection.execute("SELECT memory_usage_bytes FROM duckdb_memory()").fetchall()
            print(f"snapshot memory (DuckDB's count): {sum(r[0] for r in memory) / 2**20:.1f} MiB")
            for name, run in (
                (f"state {a} {b}", lambda store: pair_state(store, a, b, day)),
                (f"relations {hub}", lambda store: country_relations(store, hub, day)),
            ):
                on_snapshot = median_ms(lambda run=run: run(snapshot), repeat=7)  # type: ignore[misc]
                file_ms = median_ms(lambda run=run: run(on_file), repeat=7)  # type: ignore[misc]
                print(
                    f"{name} on the snapshot: {on_snapshot:.1f} ms; on the file: {file_ms:.1f} ms; "
                    f"ratio {on_snapshot / file_ms:.2f}"
                )


if __name__ == "__main__":
    main()
