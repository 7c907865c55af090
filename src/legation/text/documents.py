"""Reads a text (the corpus article format, or plain text) into sections and sentences with offsets.

Every span keeps character offsets into the original text, so that evidence can be shown in place.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Literal

from legation.periods import Period
from legation.tables import load_table
from legation.text import news
from legation.text.language import paragraph_language, text_language

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
] + [
    # Spanish: "Relaciones Perú-Venezuela", "Relaciones entre el Perú y Venezuela".
    re.compile(rf"^relaciones\s+{between}(.+?)\s*{joint}\s*(.+?)\s*$", re.IGNORECASE)
    for between, joint in (("", "[–—]"), ("", "-"), (r"entre\s+(?:el\s+|la\s+)?", r"\by\b"))
]
# A sentence ends at . ! ? (and closing quotes or brackets, and reference marks "[1]") before white
# space and a capital, digit or quote; or, glued to the next ("read.The office"), between two words
# in lower and upper case.
_SENTENCE_END = re.compile(
    r"[.!?][\"'”’»)\]]*(?:\[\d+\])*(?=\s+[\"“‘«(\[¿¡]?[A-Z0-9ÁÉÍÓÚÑ])|(?:(?<=[a-zá-úñ]{2})|(?<=\d{4}))[.!?](?=[A-ZÁÉÍÓÚÑ][a-zá-úñ]+\b)"
)


@dataclass(frozen=True)
class Section:
    """A heading of the document and the span it covers."""

    title: str
    level: int
    start: int
    end: int


SentenceKind = Literal["body", "headline", "caption"]


@dataclass(frozen=True)
class Sentence:
    """A sentence with its offsets, its paragraph number, the headings above it and what part of the
    page it is (a headline and a caption are read, but apart from the paragraphs)."""

    start: int
    end: int
    text: str
    paragraph: int
    headings: tuple[str, ...]
    kind: SentenceKind = "body"
    # The language of the sentence's paragraph: a page may quote a paragraph in another language.
    language: str = "en"


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
    published: Period | None = None
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


_DOTTED = re.compile(r"(?:\w\.)+\w")


def _last_word(text: str) -> str:
    """The word a text ends on (before a final line break), or "" where it ends on a space."""
    text = text.removesuffix("\n")
    return text.rsplit(None, 1)[-1] if text and not text[-1].isspace() else ""


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The (start, end) spans of the sentences in text[start:end], trimmed of white space."""
    end = len(text) if end is None else end
    abbreviations = _abbreviations()
    spans: list[tuple[int, int]] = []
    cut = start
    for m in _SENTENCE_END.finditer(text, start, end):
        last = _last_word(text[cut : m.start()]).lower().rstrip(".")
        # Initials ("D."), abbreviations ("Gen.") and dotted acronyms ("D.C.") do not end a sentence.
        if len(last) == 1 or last in abbreviations or _DOTTED.fullmatch(last):
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


@dataclass
class _Parse:
    """The running state of parse_text over the lines of a text."""

    text: str
    title: str | None = None
    infobox: list[InfoboxItem] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    headings: list[tuple[int, str]] = field(default_factory=list)
    paragraph: int = 0
    in_infobox: bool = False
    skipping: bool = False
    published: Period | None = None
    # The day of a date line written in numbers, read day first, for a page not in English.
    day_first: Period | None = None
    dateline: news.Dateline | None = None
    # The lines read so far, and the last date standing alone on a line below the top, with its line.
    lines: int = 0
    footer: tuple[Period, int] | None = None
    captions: list[str] = field(default_factory=list)
    # The body text not yet cut into sentences: (start, end) of a paragraph's lines joined.
    run: tuple[int, int] | None = None
    # How many of the sentences are of the body (not headlines or captions).
    body_sentences: int = 0

    def flush(self) -> None:
        """Cuts the pending run of body lines into sentences."""
        if self.run is None:
            return
        start, end = self.run
        self.run = None
        kind: SentenceKind = "body"
        if self.at_start and _headline_like(self.text[start:end]):
            kind = "headline"
        spans = split_sentences(self.text, start, end)
        headings = tuple(h[1] for h in self.headings)
        for a, b in spans:
            self.sentences.append(Sentence(a, b, self.text[a:b], self.paragraph, headings, kind))
        if kind == "body":
            self.body_sentences += len(spans)

    @property
    def at_start(self) -> bool:
        """Whether nothing but headlines, captions and furniture came before: a report's top."""
        return not self.sections and self.body_sentences == 0

    @property
    def at_top(self) -> bool:
        """Whether the report's text has barely begun (a headline, a line under it): where a page
        gives the day it was published."""
        return not self.sections and self.body_sentences < 3

    def body(self, start: int, end: int, *, joins: bool) -> None:
        """A line of body text: joined to the run before it where the line before did not end."""
        if joins and self.run is not None:
            self.run = (self.run[0], end)
            return
        self.flush()
        self.run = (start, end)

    def heading(self, level: int, title: str, at: int) -> None:
        self.flush()
        self.headings = [h for h in self.headings if h[0] < level] + [(level, title)]
        self.skipping = any(h[1].lower() in SKIPPED_SECTIONS for h in self.headings)
        self.sections.append(Section(title, level, at, at))
        self.paragraph += 1

    def caption(self, start: int, end: int) -> None:
        self.flush()
        self.captions.append(self.text[start:end])
        self.paragraph += 1
        for a, b in split_sentences(self.text, start, end):
            self.sentences.append(Sentence(a, b, self.text[a:b], self.paragraph, (), "caption"))
        self.paragraph += 1


# A line this long is a paragraph of its own, not a line of a hard-wrapped one.
PARAGRAPH_LINE = 150
# A line of rule characters ("___", "* * *") parts pieces of a page as a blank line does.
_RULE = re.compile(r"^[_*=~#\-–—•·\s]{3,}$")


def _headline_like(line: str) -> bool:
    """A report's headline: a short first line that does not end as a sentence does."""
    return len(line.split()) <= 20 and not line.rstrip().endswith((".", ":", ";"))


def _continues(previous: str, line: str) -> bool:
    """Whether a line continues the sentence of the line before it (a hard-wrapped paragraph)."""
    ended = previous.rstrip().endswith((".", "!", "?", ":", ";", '"', "”", "’", ")", "]"))
    return not ended and line[:1].islower()


def parse_text(
    text: str, *, name: str = "<text>", published: Period | None = None, language: str | None = None
) -> Document:
    """The document read from text: the article format when it has one, else plain paragraphs.

    A page's date line ("date 2023-11-15"), a wire dateline, photo captions and page furniture are
    told apart from its paragraphs (see `news.py`); `published` (the day the user says the text was
    published) wins over what the page says of itself. The language of the text and of each of its
    paragraphs is told from their words, unless `language` names the one they are all written in.
    """

    p = _Parse(text)
    offset = 0
    previous = ""
    for line in text.splitlines(keepends=True):
        line_start, offset = offset, offset + len(line)
        stripped = line.strip()
        lead = line_start + len(line) - len(line.lstrip())
        if not stripped or _RULE.match(stripped):
            p.flush()
            p.in_infobox = False
            p.paragraph += 1
            previous = ""
            continue
        if not p.sentences and p.run is None and not p.sections and (m := news.DATE_LINE.match(stripped)):
            p.published = news.date_line_period(m)
            lead += m.end()
            stripped = stripped[m.end() :]
            if not stripped:
                continue
        if _structure(p, stripped, line_start, lead):
            previous = ""
            continue
        if p.skipping or news.is_furniture(stripped):
            continue
        p.lines += 1
        if p.at_top and ((day := news.published_line(stripped)) or news.day_first_reading(stripped)):
            # "1/23/19", "Page last updated at ..., 19 August 2009", "By Jane Roe | May 29, 2012".
            if p.published is None and p.day_first is None:
                p.published, p.day_first = day, news.day_first_reading(stripped)
            continue
        if len(stripped) < 40 and (day := news.published_line(stripped)):
            # A date alone on a line after the report ("sábado octubre 16, 2021"): the page's foot,
            # where some sites give the day; it counts only where nothing follows but a line or two.
            p.footer = (day, p.lines)
            continue
        end = line_start + len(line.rstrip())

        if news.is_caption(stripped):
            p.caption(lead, end)
            previous = ""
            continue
        if previous == "" and (dl := news.read_dateline(stripped)):
            p.dateline = p.dateline or dl
            lead += dl.end
            if lead >= end:
                continue  # a dateline on a line of its own, before the paragraph it opens
        if m := _LIST_ITEM.match(stripped):
            lead += m.end()
        joins = bool(previous) and _continues(previous, stripped)
        if previous and not joins and len(previous) >= PARAGRAPH_LINE:
            # A saved page gives each paragraph a line, with no blank line between them.
            p.flush()
            p.paragraph += 1
        p.body(lead, end, joins=joins)
        previous = stripped
    p.flush()
    document = with_language(_document(p, name, published), language)
    if published is None and p.day_first is not None and (document.language != "en" or p.published is None):
        # "05/08/2024" above a Spanish report is 5 August; "25/08/2024" can only be read day first.
        document = replace(document, published=p.day_first)
    return document


def _structure(p: _Parse, stripped: str, line_start: int, lead: int) -> bool:
    """Reads a line of the article format (title, infobox, heading); whether it was one."""
    if (
        p.title is None
        and not p.sentences
        and p.run is None
        and not p.sections
        and (m := _TITLE.match(stripped))
    ):
        p.title = m.group(1)
        return True
    if stripped.lower() == "infobox" and not p.sentences:
        p.flush()
        p.in_infobox = True
        return True
    if p.in_infobox and (m := _INFOBOX_ITEM.match(stripped)):
        value_start = lead + m.start(2)
        p.infobox.append(InfoboxItem(m.group(1), m.group(2), value_start, value_start + len(m.group(2))))
        return True
    p.in_infobox = False
    if m := _HEADING.match(stripped):
        p.heading(len(m.group(1)), m.group(2), line_start)
        return True
    return False


def _document(p: _Parse, name: str, published: Period | None) -> Document:
    # Each section runs to the next heading of the same or a higher level.
    closed = []
    for i, s in enumerate(p.sections):
        end = next((t.start for t in p.sections[i + 1 :] if t.level <= s.level), len(p.text))
        closed.append(Section(s.title, s.level, s.start, end))
    if published is None:
        published = p.published
        if published is not None and published.precision == "month" and p.dateline is not None:
            # A date line of a month and a dateline of a day of it: "MADRID, 24 (EUROPA PRESS)".
            published = news.dateline_day(p.dateline, [], published) or published
    if published is None and p.footer is not None and p.footer[1] >= p.lines - 2:
        published = p.footer[0]
    if published is None and p.dateline is None:
        published = news.day_said_as_this(p.text)
    if published is None and p.dateline is not None:
        # A wire report: its dateline's day in the year the page names, else the day of its photos.
        published = news.dateline_day(p.dateline, news.years_named(p.text))
        if published is None:
            days = [d for c in p.captions if (d := news.caption_day(c))]
            published = max(days, default=None)
    return Document(
        document_id(p.text),
        name,
        p.text,
        p.title,
        tuple(p.infobox),
        tuple(closed),
        tuple(p.sentences),
        published=published,
    )


def with_language(document: Document, language: str | None = None) -> Document:
    """The document with its language and each paragraph's: `language` for all where given, else
    each paragraph's own where it can be told from its words, the document's where it cannot."""
    if language is not None:
        sentences = tuple(replace(s, language=language) for s in document.sentences)
        return replace(document, language=language, sentences=sentences)
    main = text_language(document.text)
    paragraphs: dict[int, list[str]] = {}
    for s in document.sentences:
        paragraphs.setdefault(s.paragraph, []).append(s.text)
    own = {p: paragraph_language(" ".join(texts), main) for p, texts in paragraphs.items()}
    if all(lang == "en" for lang in own.values()) and main == "en":
        return document  # the common case: nothing to change
    sentences = tuple(replace(s, language=own[s.paragraph]) for s in document.sentences)
    return replace(document, language=main, sentences=sentences)


@dataclass(frozen=True)
class Given:
    """What the user says of the texts read (their language, the day they were published), which
    wins over what is told from the texts themselves."""

    language: str | None = None
    published: Period | None = None

    def apply(self, document: Document) -> Document:
        if self.language is not None:
            document = with_language(document, self.language)
        if self.published is not None:
            document = replace(document, published=self.published)
        return document


# Texts read as they are, told from their own words.
AS_WRITTEN = Given()
