"""The store as the server reads it: an in-memory snapshot, swapped for a new one when the file changes.

The server holds no lock on the store file between snapshots, so `legation ingest` can write it
while the server runs. DuckDB lets one process write a file only while no other has it open, and
a writer holds the file for its whole run: a server that kept the file open (even read-only) would
keep every ingest out, and one that opened it per request would either fail or wait whenever an
ingest writes. A snapshot is whole committed documents only (each document is ingested in one
transaction, and the copy is made under a read lock that no writer can hold at the same time); a
request in flight keeps reading the snapshot it began with, and the next one reads the new one.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from legation.errors import StoreError
from legation.state.queries import pair_timeline
from legation.state.timeline import Timeline
from legation.store import Store, public_source

# How often the file is looked at for a change, in seconds: new texts show within about this.
POLL = 0.5
Signature = tuple[tuple[int, int, int], ...]


@dataclass
class Snapshot:
    """One copy of the store, and the pair timelines computed from it so far."""

    store: Store
    signature: Signature
    timeline: Callable[[str, str], Timeline] = field(init=False)

    def __post_init__(self) -> None:
        lock = threading.Lock()

        # A snapshot never changes, so a pair's timeline is computed once per snapshot.
        @lru_cache(maxsize=4096)
        def timeline(a: str, b: str) -> Timeline:
            with lock:
                reader = Store.view(self.store)
            try:
                return pair_timeline(reader, a, b)
            finally:
                reader.close()

        self.timeline = timeline


def signature(path: str) -> Signature:
    """What changes when a writer changes the store: the file's and its write-ahead log's stamps."""
    stamps = []
    for name in (path, path + ".wal"):
        try:
            st = os.stat(name)
        except FileNotFoundError:
            continue
        stamps.append((st.st_ino, st.st_size, st.st_mtime_ns))
    return tuple(stamps)


class LiveStore:
    """The newest snapshot of a store file, refreshed by a watching thread."""

    def __init__(self, path: str | Path, *, poll: float = POLL, wait: float = 30.0) -> None:
        self.path = str(path)
        self._lock = threading.Lock()
        self._current = self._load(wait)
        self._stop = threading.Event()
        self._watcher = threading.Thread(target=self._watch, args=(poll,), name="legation-store", daemon=True)
        self._watcher.start()

    def current(self) -> Snapshot:
        with self._lock:
            return self._current

    def reader(self) -> tuple[Snapshot, Store]:
        """The current snapshot and a handle on it for one thread (close the handle when done)."""
        with self._lock:
            snapshot = self._current
            return snapshot, Store.view(snapshot.store)

    def _load(self, wait: float) -> Snapshot:
        stamp = signature(self.path)
        store = Store.snapshot(self.path, wait=wait)
        store.shown_source = public_source
        return Snapshot(store, stamp)

    def refresh(self) -> bool:
        """Takes a new snapshot if the file changed and no writer holds it; whether it did."""
        if signature(self.path) == self.current().signature:
            return False
        try:
            fresh = self._load(wait=0)
        except StoreError:
            return False  # a writer holds the file (or it is being replaced): try again later
        with self._lock:
            self._current = fresh
        return True

    def _watch(self, poll: float) -> None:
        while not self._stop.wait(poll):
            try:
                self.refresh()
            except Exception:  # a watcher that died would leave the server stale for good
                continue

    def close(self) -> None:
        self._stop.set()
        self._watcher.join(timeout=5)
