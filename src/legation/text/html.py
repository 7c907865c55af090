"""A web page (a saved news report, an encyclopedia page) as a document, read with trafilatura.

Only the page's main text is read: menus, "read more" boxes, comment forms and footers are left
out. The page's title becomes the document's title and its publication day the document's
`published`, against which the reader resolves "on Tuesday" or "last week".
"""

from __future__ import annotations

import re
from datetime import date

import trafilatura

from legation.errors import InputError
from legation.periods import Period
from legation.text.documents import Document, parse_text

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_EMPHASIS = re.compile(r"(\*\*)(?=\S)(.+?)(?<=\S)\1")


def parse_html(html: str, *, name: str) -> Document:
    """The main text of a page, with its title and the day it was published."""
    found = trafilatura.bare_extraction(
        html,
        output_format="python",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = (
        trafilatura.extract(
            html,
            output_format="markdown",
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            include_formatting=False,
        )
        if found is not None
        else None
    )
    if not isinstance(found, trafilatura.settings.Document) or not body:
        raise InputError(f"{name}: the page has no main text to read; save the article's own page")
    title = " ".join((found.title or "").split()) or None
    text = (f"= {title} =\n\n" if title else "") + _article_body(body, title)
    day = _day(found.date)
    return parse_text(text, name=name, published=Period.day(day) if day else None)


def _article_body(markdown: str, title: str | None) -> str:
    """trafilatura's markdown as the article format: `==Heading==` lines, a blank line between blocks."""
    blocks: list[str] = []
    for line in markdown.splitlines():
        line = line.strip()
        if not line:
            continue
        if m := _HEADING.match(line):
            level, heading = len(m.group(1)), m.group(2)
            if level == 1 and heading == title:
                continue
            blocks.append(f"{'=' * max(level, 2)}{heading}{'=' * max(level, 2)}")
        else:
            blocks.append(_EMPHASIS.sub(r"\2", line))
    return "\n\n".join(blocks) + "\n"


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None
