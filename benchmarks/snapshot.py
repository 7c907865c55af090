"""The server's snapshot of a store (see faces/live.py): how long a copy takes, what it holds in
memory, and how fast it answers, against the store file itself, same run.

    python benchmarks/snapshot.py

Builds a store file of 200 countries, 2,000 pairs and 80,000 events (as benchmarks/query.py), then
times `Store.snapshot` against the baseline of opening the file read-only and reading every event
row, and times `relations HUB --on DAY` on the snapshot against the same on the file.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import duckdb

from legation.state.queries import country_relations
from legation.store import Store
from query import best_ms, build


def read_file(path: str) -> None:
    with duckdb.connect(path, read_only=True) as con:
        con.execute("SELECT * FROM events").fetchall()


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="legation-snapshot-") as folder:
        path = str(Path(folder) / "store.duckdb")
        with Store(path) as store:
            hub = build(store)
            events = store.event_count()
        size = Path(path).stat().st_size / 2**20
        print(f"store file: {events:,} events, {size:.1f} MiB")
        copy = best_ms(lambda: Store.snapshot(path).close(), repeat=5)
        baseline = best_ms(lambda: read_file(path), repeat=5)
        print(
            f"snapshot: {copy:.0f} ms; reading every event row from the file: {baseline:.0f} ms; "
            f"ratio {copy / baseline:.2f}"
        )
        day = date(2000, 1, 1)
        with Store.snapshot(path) as snapshot, Store(path, read_only=True) as on_file:
            memory = snapshot.connection.execute("SELECT memory_usage_bytes FROM duckdb_memory()").fetchall()
            print(f"snapshot memory (DuckDB's count): {sum(r[0] for r in memory) / 2**20:.1f} MiB")
            on_snapshot = best_ms(lambda: country_relations(snapshot, hub, day), repeat=7)
            file_ms = best_ms(lambda: country_relations(on_file, hub, day), repeat=7)
        print(
            f"relations {hub} on the snapshot: {on_snapshot:.1f} ms; on the file: {file_ms:.1f} ms; "
            f"ratio {on_snapshot / file_ms:.2f}"
        )


if __name__ == "__main__":
    main()
