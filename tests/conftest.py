"""Shared fixtures: an in-memory store, a reader of short texts written for the tests, and for the
browser tests a live server on the bundled texts, Debian's chromium and a watched page."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, sync_playwright

from legation.claims import Event, Extraction
from legation.reading.extract import extract_document
from legation.store import Store
from legation.text.documents import parse_text


@pytest.fixture
def store() -> Iterator[Store]:
    s = Store(":memory:")
    yield s
    s.close()


def read(body: str, title: str = "Chile–Bolivia relations") -> Extraction:
    """The extraction of an article with that title and body."""
    return extract_document(parse_text(f"= {title} =\n\n{body}\n", name="test.txt"))


def events(body: str, title: str = "Chile–Bolivia relations") -> list[tuple[str, str, str, str | None]]:
    """(type, actor, target, date) of each act done read from the body (not those only announced,
    threatened, demanded or denied)."""
    return [(e.type, e.actor, e.target, e.date) for e in read(body, title).events if e.occurred]


def statuses(body: str, title: str = "Chile–Bolivia relations") -> list[tuple[str, str, str, str | None]]:
    """(type, actor, target, status) of each event read from the body, done or not."""
    return [(e.type, e.actor, e.target, e.status) for e in read(body, title).events]


def one(body: str, title: str = "Chile–Bolivia relations") -> Event:
    found = [e for e in read(body, title).events if e.occurred]
    assert len(found) == 1, [(e.type, e.actor, e.target, e.date) for e in found]
    return found[0]


@contextmanager
def serving(db: str) -> Iterator[str]:
    """The address of Legation's server on a store, running on a free loopback port until the end."""
    from legation.faces.server import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the server did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    from .test_server import DB

    with serving(DB) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    from .web import CHROMIUM, FLAGS

    assert Path(CHROMIUM).exists(), "no chromium: scripts/test installs Debian's chromium package"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    from .web import check, watched

    p, problems = watched(browser)
    yield p
    if not p.is_closed():
        check(p, problems)
    p.context.close()
