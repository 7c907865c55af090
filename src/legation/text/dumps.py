"""MediaWiki XML export dumps (`.xml`, `.xml.bz2`): the pages about two states' relations, streamed.

mwxml reads the dump one page at a time and bz2 decompresses as it goes, so memory stays flat
however large the dump is. A page is kept when its title names two states' relations ("Peru–Venezuela
relations") or, where the user gives a pattern, when its title matches that pattern.
"""

from __future__ import annotations

import bz2
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import mwxml

from legation.errors import InputError
from legation.text.documents import pair_title_sides


@dataclass(frozen=True)
class DumpPage:
    """A kept page of a dump: its title and its latest revision's wikitext."""

    title: str
    wikitext: str


def is_dump_name(path: Path) -> bool:
    """Whether the file's name says it is a MediaWiki export (`.xml` or `.xml.bz2`)."""
    name = path.name.lower()
    return name.endswith((".xml", ".xml.bz2"))


def open_dump(path: Path) -> IO[bytes]:
    """The dump's bytes, decompressed as they are read where the file is bzip2."""
    return bz2.open(path, "rb") if path.name.lower().endswith(".bz2") else path.open("rb")


def title_pattern(pattern: str | None) -> re.Pattern[str] | None:
    """The user's --titles pattern compiled, or an InputError saying what is wrong with it."""
    if pattern is None:
        return None
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise InputError(
            f"--titles {pattern!r} is not a regular expression ({exc}); fix the pattern"
        ) from None


def dump_pages(path: Path, titles: re.Pattern[str] | None = None) -> Iterator[DumpPage]:
    """The kept pages of a dump, one at a time, each with its latest revision's wikitext."""
    with open_dump(path) as stream:
        try:
            dump = mwxml.Dump.from_file(stream)
        except (OSError, EOFError, ValueError, KeyError, AttributeError) as exc:
            raise InputError(
                f"{path}: not a MediaWiki XML export ({exc}); give a pages-articles dump"
            ) from None
        for page in dump:
            text = None
            for revision in page:
                text = revision.text
            if page.namespace != 0 or page.redirect or not text or not _kept(page.title, titles):
                continue
            yield DumpPage(page.title, text)


def _kept(title: str, titles: re.Pattern[str] | None) -> bool:
    if titles is not None:
        return titles.search(title) is not None
    return pair_title_sides(title) is not None
