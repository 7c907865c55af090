"""Shared fixtures: an in-memory store and a reader of short texts written for the tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

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
