"""Reads a text (the corpus article format, or plain text) into sections and sentences with offsets.

Every span keeps character offsets into the original text, so that evidence can be shown in place.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from legation.tables import load_table

# Sections whose lines are references, not statements about the relations.
SKIPPED_SECTIONS = frozenset(
    {"see also", "bibliography", "references", "external links", "notes", "further reading", "sources"}
)
_TITLE = re.compile(r"^=\s*([^=].*?)\s*=\s*$")
_HEADING = re.compile(r"^(={2,6})\s*(.+?)\s*\1\s*$")
_INFOBOX_ITEM = re.compile(r"^-\s*([^:]+?)\s*:\s*(.*?)\s*$")
_LIST_ITEM = re.compile(r"^[-*•]\s+")
# "Peru–Venezuela relations": a dash joins the two names; a hyphen or "and" only where no dash does
# ("Guinea-Bissau–Portugal", "Bosnia and Herzegovina–Serbia").
_PAIR_TITLES = [
    re.compile(rf"^(.+?)\s*{joint}\s*(.+?)\s+relations\b", re.IGNORECASE)
    for joint in ("[–—]", "-", r"\band\b")
]
# A sentence ends at . ! ? (and closing quotes or brackets) before white space and a capital, digit or quote.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9ÁÉÍÓÚÑ])")


@dataclass(frozen=True)
class Section:
    """A heading of the document and the span it covers."""

    title: str
    level: int
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """A sentence with its offsets, its paragraph number and the headings above it."""

    start: int
    end: int
    text: str
    paragraph: int
    headings: tuple[str, ...]


@dataclass(frozen=True)
class InfoboxItem:
    """One `- Key: Value` line of an infobox, with the offsets of the value."""

    key: str
    value: str
    start: int
    end: int


@dataclass(frozen=True)
class Citation:
    """The source a sentence cites (a page's reference), with the sentence's offsets."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Document:
    """A text read into title, infobox, sections and sentences."""

    id: str
    name: str
    text: str
    title: str | None
    infobox: tuple[InfoboxItem, ...] = ()
    sections: tuple[Section, ...] = ()
    sentences: tuple[Sentence, ...] = field(default=(), repr=False)
    # The day the text was published (its date line, or as the user gave it): relative dates
    # ("on Tuesday", "last week") are resolved against it.
    published: date | None = None
    language: str = "en"
    # The references of a page read from wikitext, each with the sentence it follows.
    citations: tuple[Citation, ...] = field(default=(), repr=False)

    @property
    def title_sides(self) -> tuple[str, str] | None:
        """The two names in a title such as 'Peru–Venezuela relations', else None."""
        return pair_title_sides(self.title) if self.title else None


def pair_title_sides(title: str) -> tuple[str, str] | None:
    """The two names in a title such as 'Peru–Venezuela relations', else None."""
    for pattern in _PAIR_TITLES:
        if m := pattern.match(title):
            return m.group(1).strip(), m.group(2).strip()
    return None


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(load_table("words.toml")["abbreviations"])


def document_id(text: str) -> str:
    """The id of a text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The (start, end) spans of the sentences in text[start:end], trimmed of white space."""
    end = len(text) if end is None else end
    abbreviations = _abbreviations()
    spans: list[tuple[int, int]] = []
    cut = start
    for m in _SENTENCE_END.finditer(text, start, end):
        word = re.search(r"(\S+)$", text[cut : m.start()])
        last = word.group(1).lower().rstrip(".") if word else ""
        # Initials ("D."), abbreviations ("Gen.") and dotted acronyms ("D.C.") do not end a sentence.
        if len(last) == 1 or last in abbreviations or re.fullmatch(r"(?:\w\.)+\w", last):
            continue
        spans.append((cut, m.end()))
        cut = m.end()
    spans.append((cut, end))
    trimmed = []
    for a, b in spans:
        seg = text[a:b]
        a2 = a + len(seg) - len(seg.lstrip())
        b2 = b - (len(seg) - len(seg.rstrip()))
        if b2 > a2:
            trimmed.append((a2, b2))
    return trimmed


def parse_text(text: str, *, name: str = "<text>") -> Document:
    """The document read from text: the article format when it has one, else plain paragraphs."""
    title: str | None = None
    infobox: list[InfoboxItem] = []
    sections: list[Section] = []
    sentences: list[Sentence] = []
    headings: list[tuple[int, str]] = []
    paragraph = 0
    in_infobox = False
    skipping = False
    offset = 0
    for line in text.splitlines(keepends=True):
        line_start = offset
        offset += len(line)
        stripped = line.strip()
        lead = line_start + len(line) - len(line.lstrip())
        if not stripped:
            in_infobox = False
            paragraph += 1
            continue
        if title is None and not sentences and not sections and (m := _TITLE.match(stripped)):
            title = m.group(1)
            continue
        if stripped.lower() == "infobox" and not sentences:
            in_infobox = True
            continue
        if in_infobox and (m := _INFOBOX_ITEM.match(stripped)):
            value_start = lead + m.start(2)
            infobox.append(InfoboxItem(m.group(1), m.group(2), value_start, value_start + len(m.group(2))))
            continue
        in_infobox = False
        if m := _HEADING.match(stripped):
            level = len(m.group(1))
            headings = [h for h in headings if h[0] < level] + [(level, m.group(2))]
            skipping = any(h[1].lower() in SKIPPED_SECTIONS for h in headings)
            sections.append(Section(m.group(2), level, line_start, line_start))
            paragraph += 1
            continue
        if skipping:
            continue
        body_start = lead
        if m := _LIST_ITEM.match(stripped):
            body_start = lead + m.end()
        for a, b in split_sentences(text, body_start, line_start + len(line.rstrip())):
            sentences.append(Sentence(a, b, text[a:b], paragraph, tuple(h[1] for h in headings)))
    # Each section runs to the next heading of the same or a higher level.
    closed = []
    for i, s in enumerate(sections):
        end = next((t.start for t in sections[i + 1 :] if t.level <= s.level), len(text))
        closed.append(Section(s.title, s.level, s.start, end))
    return Document(document_id(text), name, text, title, tuple(infobox), tuple(closed), tuple(sentences))
