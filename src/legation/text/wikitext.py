"""Wikipedia's source (wikitext) as a document, read with mwparserfromhell.

The page is written out in the article format that `parse_text` reads: its title, the infobox's
fields as `- Key: Value` lines, its headings and paragraphs as plain text. References (`<ref>`) are
left out of the text; each is kept as the citation of the sentence it follows.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from dataclasses import replace

import mwparserfromhell
from mwparserfromhell.nodes import (
    Comment,
    ExternalLink,
    Heading,
    HTMLEntity,
    Node,
    Tag,
    Template,
    Text,
    Wikilink,
)
from mwparserfromhell.wikicode import Wikicode

from legation.text.documents import Citation, Document, parse_text

# Links to these namespaces are pictures and categories, not words of the text.
_HIDDEN_LINKS = re.compile(r"^\s*:?\s*(file|image|category|media)\s*:", re.I)
# Tags whose content is not running text.
_HIDDEN_TAGS = frozenset({"table", "gallery", "math", "score", "timeline", "syntaxhighlight", "templatedata"})
# Templates that wrap words of the sentence: the words are kept (the last positional parameter).
_WRAPPERS = frozenset({"nowrap", "nobr", "lang", "transl", "small", "smaller", "em", "nobold", "noitalic"})
# Templates that name a state by its flag: the name is kept.
_FLAGS = frozenset({"flag", "flagcountry", "flagu", "flag country"})
_DATES = frozenset({"start date", "end date", "start date and age", "end date and age", "birth date", "date"})
# The infobox fields the reader has a use for; the map, the images and the like are left out.
_INFOBOX_FIELD = re.compile(r"^(mission|envoy|envoytitle|country|name)\d*$", re.I)


def parse_wikitext(source: str, *, name: str, title: str | None = None) -> Document:
    """The document a page's wikitext holds, under its title (the file name's where none is given)."""
    code = mwparserfromhell.parse(source)
    named = _named_references(code)
    writer = _Writer(named)
    infobox = next((t for t in code.filter_templates(recursive=False) if _is_infobox(t)), None)
    writer.nodes(code.nodes)
    head = f"= {title} =\n\n" if title else ""
    if infobox is not None:
        head += "Infobox\n" + "".join(f"- {key}: {value}\n" for key, value in _infobox_items(infobox)) + "\n"
    body = writer.text()
    text = head + body
    document = parse_text(text, name=name)
    starts = [s.start for s in document.sentences]
    citations: list[Citation] = []
    for at, cited in writer.references:
        index = bisect_right(starts, len(head) + at - 1) - 1
        if index >= 0 and cited:
            sentence = document.sentences[index]
            citations.append(Citation(sentence.start, sentence.end, cited))
    return replace(document, citations=tuple(citations))


def _is_infobox(template: Template) -> bool:
    return str(template.name).strip().lower().startswith("infobox")


def _infobox_items(template: Template) -> list[tuple[str, str]]:
    items = []
    for param in template.params:
        key = str(param.name).strip()
        if not _INFOBOX_FIELD.match(key):
            continue
        value = " ".join(_plain(param.value).split())
        if value:
            items.append((key[:1].upper() + key[1:], value))
    return items


def _named_references(code: Wikicode) -> dict[str, str]:
    """The text of each named reference, so that a later `<ref name=x/>` cites the same source."""
    named: dict[str, str] = {}
    for tag in code.filter_tags(matches=lambda n: str(n.tag).strip().lower() == "ref"):
        if tag.has("name") and not tag.self_closing and tag.contents is not None:
            named.setdefault(str(tag.get("name").value).strip(), _citation_text(tag.contents))
    return named


def _citation_text(contents: Wikicode) -> str:
    """A reference as one line: a citation template's title, work and date, else its plain text."""
    for template in contents.filter_templates(recursive=False):
        if str(template.name).strip().lower().startswith("cite"):
            parts = [
                _plain(template.get(key).value).strip()
                for key in ("title", "work", "website", "newspaper", "publisher", "date", "url")
                if template.has(key)
            ]
            if any(parts):
                return ", ".join(p for p in parts if p)
    return " ".join(_plain(contents).split())


def _plain(code: Wikicode) -> str:
    writer = _Writer({})
    writer.nodes(code.nodes)
    return writer.text()


class _Writer:
    """Writes nodes out as plain text, noting where each reference stood."""

    def __init__(self, named: dict[str, str]) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.named = named
        self.references: list[tuple[int, str]] = []

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        # Lines made empty by what was left out close no paragraph of their own.
        return re.sub(r"[ \t]+\n", "\n", "".join(self.parts))

    def nodes(self, nodes: list[Node]) -> None:
        for node in nodes:
            self.node(node)

    def node(self, node: Node) -> None:
        if isinstance(node, Text):
            self.write(str(node.value))
        elif isinstance(node, Heading):
            level = "=" * node.level
            self.write(f"{level}{' '.join(_plain(node.title).split())}{level}")
        elif isinstance(node, Wikilink):
            if not _HIDDEN_LINKS.match(str(node.title)):
                self.nodes((node.text if node.text is not None else node.title).nodes)
        elif isinstance(node, ExternalLink):
            if node.title is not None:
                self.nodes(node.title.nodes)
        elif isinstance(node, HTMLEntity):
            self.write(node.normalize())
        elif isinstance(node, Tag):
            self.tag(node)
        elif isinstance(node, Template):
            self.template(node)
        elif isinstance(node, Comment):
            return

    def tag(self, tag: Tag) -> None:
        kind = str(tag.tag).strip().lower()
        if kind == "ref":
            key = str(tag.get("name").value).strip() if tag.has("name") else None
            if tag.self_closing or tag.contents is None:
                cited = self.named.get(key or "", "")
            else:
                cited = self.named.get(key or "") or _citation_text(tag.contents)
            self.references.append((self.length, cited))
        elif kind == "br":
            self.write(" ")
        elif kind not in _HIDDEN_TAGS and tag.contents is not None:
            self.nodes(tag.contents.nodes)

    def template(self, template: Template) -> None:
        name = str(template.name).strip().lower()
        positional = [p for p in template.params if not p.showkey]
        if name in _WRAPPERS and positional:
            self.nodes(positional[-1].value.nodes)
        elif name in _FLAGS and positional:
            self.nodes(positional[0].value.nodes)
        elif name in _DATES and positional:
            self.write(_date(positional))
        elif name == "sfn" or name.startswith(("efn", "refn")):
            cited = " ".join(" ".join(_plain(p.value).split()) for p in positional)
            self.references.append((self.length, cited))


def _date(params: list[mwparserfromhell.nodes.extras.Parameter]) -> str:
    """'{{Start date|2019|1|23}}' as the reader reads dates: 'January 23, 2019'."""
    values = [str(p.value).strip() for p in params[:3]]
    if not all(v.isdigit() for v in values):
        return " ".join(values)
    if len(values) == 1:
        return values[0]
    month = calendar.month_name[int(values[1])] if 1 <= int(values[1]) <= 12 else values[1]
    return f"{month} {int(values[2])}, {values[0]}" if len(values) == 3 else f"{month} {values[0]}"
