"""Ingest while serving: a real server, a real ingest beside it, and clients asking all the while."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

from legation.faces.live import LiveStore
from legation.reading.extract import extract_document
from legation.samples import bundled_paths, variant_texts
from legation.store import Store, stored_document_id
from legation.text.documents import parse_text

CLIENTS = 50


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "legation", *args]


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return int(response.status), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_a_snapshot_is_swapped_in_when_the_file_changes_and_old_readers_go_on(tmp_path: Path) -> None:
    path = str(tmp_path / "s.duckdb")
    (name, text), (name2, text2) = variant_texts(2)
    with Store(path) as store:
        store.ingest(extract_document(parse_text(text, name=name)), source=name)
    live = LiveStore(path, poll=3600)  # refreshed by hand here
    try:
        _snapshot, old = live.reader()
        assert [d.source for d in old.documents()] == [name]
        assert not live.refresh()
        with Store(path) as writer:  # the server holds no lock: a writer gets in
            writer.ingest(extract_document(parse_text(text2, name=name2)), source=name2)
        assert live.refresh()
        _, new = live.reader()
        assert [d.source for d in new.documents()] == sorted([name, name2])
        assert [d.source for d in old.documents()] == [name]  # a request in flight keeps its snapshot
        old.close()
        new.close()
    finally:
        live.close()


def test_ingest_beside_a_running_server_under_load(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    with Store(db) as store:
        for item in bundled_paths():
            store.ingest(
                extract_document(parse_text(item.read_text(encoding="utf-8"), name=item.name)),
                source=item.name,
            )
    name, text = variant_texts(1)[0]
    new = tmp_path / name
    new.write_text(text, encoding="utf-8")
    expected = extract_document(parse_text(text, name=name))
    assert expected.pair is not None and len(expected.events) > 5
    a, b = expected.pair
    between = sum(1 for e in expected.events if {e.actor, e.target} == {a, b})
    document = stored_document_id(str(new), expected.document.id)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        _cli("serve", "--db", db, "--port", str(port)), stdout=subprocess.PIPE, text=True
    )
    statuses: Counter[int] = Counter()
    partial: list[int] = []
    stop = threading.Event()
    try:
        assert server.stdout is not None and "serving" in server.stdout.readline()
        paths = [
            "/api/pairs",
            "/api/pairs/PER/VEN/state?on=2020-01-01",
            "/api/pairs/PER/VEN/timeline",
            f"/api/events?pair={a},{b}",
            "/api/countries",
        ]

        def ask(k: int) -> None:
            while not stop.is_set():
                path = paths[k % len(paths)]
                status, body = _get(base + path)
                statuses[status] += 1
                if path.startswith("/api/events") and status == 200:
                    seen = sum(1 for e in json.loads(body) if e["document_id"] == document)
                    if seen not in (0, between):
                        partial.append(seen)

        clients = [threading.Thread(target=ask, args=(k,), daemon=True) for k in range(CLIENTS)]
        for c in clients:
            c.start()
        time.sleep(1)
        ingest = subprocess.run(
            _cli("ingest", str(new), "--db", db), capture_output=True, text=True, timeout=300
        )
        finished = time.monotonic()
        assert ingest.returncode == 0, ingest.stderr
        while (
            status := _get(f"{base}/api/documents/{document}")[0]
        ) != 200 and time.monotonic() - finished < 10:
            time.sleep(0.05)
        shown_after = time.monotonic() - finished
        time.sleep(1)
        stop.set()
        for c in clients:
            c.join(timeout=60)
    finally:
        stop.set()
        server.terminate()
        server.wait(timeout=30)
    print(f"shown {shown_after:.2f} s after the ingest ended; {dict(statuses)} answers")
    assert status == 200 and shown_after < 5, shown_after
    assert set(statuses) == {200}, statuses
    assert sum(statuses.values()) > 100 and not partial
