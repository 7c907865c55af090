"""The page shows a sentence in the language it was written in, and says which."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from legation.reading.extract import extract_document
from legation.store import Store
from legation.text.files import read_document

from .conftest import serving

# Written for this test: one act, reported in Spanish.
NOTA = "Bolivia rompió relaciones diplomáticas con Chile el 3 de marzo de 2010, informó la cancillería.\n"


@pytest.fixture(scope="module")
def spanish_url() -> Iterator[str]:
    folder = Path(tempfile.mkdtemp(prefix="legation-es-"))
    (folder / "nota.txt").write_text(NOTA, encoding="utf-8")
    path = str(folder / "store.duckdb")
    with Store(path) as store:
        store.ingest(extract_document(read_document(folder / "nota.txt")), source="nota.txt")
    with serving(path) as url:
        yield url


def test_a_spanish_sentence_is_shown_as_written_and_said_to_be_spanish(page: Page, spanish_url: str) -> None:
    page.goto(f"{spanish_url}/?a=BOL&b=CHL&on=2011-01-01&from=2009&to=2011")
    page.locator(".marker[data-type='relations_severed']").first.click()
    quote = page.locator("#evidence blockquote")
    expect(quote).to_have_attribute("lang", "es")
    expect(page.locator("#evidence mark.main")).to_contain_text("Bolivia rompió relaciones diplomáticas")
    expect(page.locator("#evidence .source")).to_contain_text("Source (in Spanish)")
