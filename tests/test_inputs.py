"""Inputs as users have them: HTML pages, wikitext, MediaWiki dumps, each read like the plain text.

Every fixture is written here, in our own words, in the real formats.
"""

from __future__ import annotations

import bz2
import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from legation.batch import Read, read_paths
from legation.errors import InputError
from legation.faces.cli import main
from legation.periods import Period
from legation.reading.extract import extract_document
from legation.text.dumps import title_pattern
from legation.text.files import read_document, text_kind
from legation.text.html import parse_html
from legation.text.wikitext import parse_wikitext

TITLE = "Chile–Bolivia relations"
# The same article three ways: plain (the article format), an HTML page, and wikitext.
PARAGRAPHS = [
    "Chile and Bolivia established diplomatic relations in 1848.",
    "Bolivia broke off diplomatic relations with Chile on March 17, 1962, over the waters of the Lauca.",
    "In 1975 the two governments restored diplomatic relations at a meeting on the border.",
    "Bolivia severed relations with Chile again in 1978.",
]
PLAIN = f"= {TITLE} =\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
HTML = f"""<!DOCTYPE html>
<html><head><title>{TITLE} | The Altiplano Review</title>
<meta property="article:published_time" content="2021-05-04T09:30:00Z"></head>
<body>
<nav><ul><li><a href="/">Front page</a></li><li><a href="/world">World</a></li><li>Sport</li></ul></nav>
<article><h1>{TITLE}</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article>
<aside class="related"><p>Read more: Peru severed relations with Venezuela last year, our readers say.</p></aside>
<section class="comments"><h3>Comments</h3><form><textarea>Write a comment</textarea></form>
<p>Comment: Ecuador broke off relations with Colombia, someone told me.</p></section>
<footer><p>All rights reserved by the Altiplano Review.</p></footer>
</body></html>
"""
WIKI = f"""{{{{Short description|Bilateral relations}}}}
{{{{Infobox bilateral relations
| name = {TITLE}
| map = Chile Bolivia Locator.png
| mission1 = [[Embassy of Chile, La Paz|Embassy of Chile]], La Paz
| mission2 = Embassy of Bolivia, Santiago
}}}}
'''[[Chile]] and [[Bolivia]]''' established [[diplomatic relations]] in 1848.<ref>{{{{cite book|title=A Short History of the Andes|year=1990}}}}</ref>

== History ==
[[Bolivia]] broke off diplomatic relations with Chile on {{{{nowrap|March 17, 1962}}}}, over the waters of the [[Lauca River|Lauca]].<ref name="lauca">The Lauca Dispute, a pamphlet, p. 4</ref>

In 1975 the two governments restored diplomatic relations at a meeting on the border.<!-- the Charaña meeting -->

Bolivia severed relations with Chile again in 1978.<ref name="lauca"/>

== References ==
{{{{reflist}}}}

[[Category:Bilateral relations of Chile]]
"""


def _events(path: Path) -> list[tuple[str, str, str, str | None]]:
    return [(e.type, e.actor, e.target, e.date) for e in extract_document(read_document(path)).events]


@pytest.fixture
def three_ways(tmp_path: Path) -> dict[str, Path]:
    files = {"plain": ("plain.txt", PLAIN), "html": ("page.html", HTML), "wiki": ("page.wiki", WIKI)}
    out = {}
    for kind, (name, text) in files.items():
        out[kind] = tmp_path / name
        out[kind].write_text(text, encoding="utf-8")
    return out


def test_each_format_reads_into_the_events_of_the_plain_text(three_ways: dict[str, Path]) -> None:
    plain = _events(three_ways["plain"])
    assert [t for t, *_ in plain] == [
        "relations_established",
        "relations_severed",
        "relations_restored",
        "relations_severed",
    ]
    assert _events(three_ways["html"]) == plain
    assert _events(three_ways["wiki"]) == plain


def test_a_page_keeps_its_title_and_day_and_leaves_out_menus_boxes_and_comments(
    three_ways: dict[str, Path],
) -> None:
    document = read_document(three_ways["html"])
    assert document.title == TITLE
    assert document.published == Period.day(date(2021, 5, 4))
    for boilerplate in ("Front page", "Read more", "Comment", "All rights reserved", "Venezuela"):
        assert boilerplate not in document.text


def test_wikitext_sections_infobox_missions_and_citations(three_ways: dict[str, Path]) -> None:
    document = read_document(three_ways["wiki"])
    assert document.title == "page"  # the file's name where the page gives none
    assert [s.title for s in document.sections] == ["History", "References"]
    assert "<ref" not in document.text and "[[" not in document.text and "Category" not in document.text
    titled = three_ways["wiki"].with_name("Chile–Bolivia_relations.wiki")
    three_ways["wiki"].rename(titled)
    read = next(r for r in read_paths([str(titled)]) if isinstance(r, Read))
    assert read.extraction.document.title == TITLE
    missions = [(c.country, c.host) for c in read.extraction.claims if c.kind == "mission"]
    assert missions == [("CHL", "BOL"), ("BOL", "CHL")]
    cited = {e.type: e.citation for e in read.extraction.events}
    assert cited["relations_established"] == "A Short History of the Andes"
    assert [e.citation for e in read.extraction.events if e.type == "relations_severed"] == [
        "The Lauca Dispute, a pamphlet, p. 4"
    ] * 2
    assert cited["relations_restored"] is None


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [
        ("a.txt", PLAIN, "text"),
        ("a.txt", HTML, "html"),
        ("a.txt", WIKI, "wikitext"),
        ("a.html", "Chile and Bolivia.", "html"),
        ("a.wiki", "Chile and Bolivia.", "wikitext"),
        ("a.txt", "<mediawiki xmlns='x'><page></page></mediawiki>", "dump"),
        ("a.txt", "A text that says {braces} and [brackets] and 'quotes'.", "text"),
    ],
)
def test_the_kind_of_a_file_comes_from_its_suffix_then_its_content(name: str, text: str, kind: str) -> None:
    assert text_kind(Path(name), text) == kind


def _dump(pages: list[tuple[str, int, str]]) -> str:
    body = "".join(
        f"""  <page>
    <title>{title}</title>
    <ns>{ns}</ns>
    <id>{i}</id>
    <revision>
      <id>{100 + i}</id>
      <timestamp>2024-01-0{i}T00:00:00Z</timestamp>
      <contributor><username>Someone</username><id>7</id></contributor>
      <model>wikitext</model>
      <format>text/x-wiki</format>
      <text bytes="{len(text)}" xml:space="preserve">{text.replace("&", "&amp;").replace("<", "&lt;")}</text>
      <sha1>abc</sha1>
    </revision>
  </page>
"""
        for i, (title, ns, text) in enumerate(pages, start=1)
    )
    return f"""<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" version="0.10" xml:lang="en">
  <siteinfo>
    <sitename>Testpedia</sitename>
    <dbname>testwiki</dbname>
    <base>http://test.invalid/wiki/Main_Page</base>
    <generator>MediaWiki 1.41</generator>
    <case>first-letter</case>
    <namespaces><namespace key="0" case="first-letter" /></namespaces>
  </siteinfo>
{body}</mediawiki>
"""


PAGES = [
    (TITLE, 0, WIKI),
    ("Llama", 0, "The '''llama''' is an animal of the [[Andes]]. Peru and Chile broke relations in 1900."),
    ("Talk:Chile–Bolivia relations", 1, "Bolivia and Chile restored relations in 1990."),
    ("Peru–Ecuador relations", 0, "[[Peru]] and [[Ecuador]] restored diplomatic relations in 1945."),
]


@pytest.mark.parametrize("suffix", [".xml", ".xml.bz2"])
def test_a_dump_keeps_the_relations_pages(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"dump{suffix}"
    data = _dump(PAGES).encode("utf-8")
    path.write_bytes(bz2.compress(data) if suffix.endswith("bz2") else data)
    reads = [r for r in read_paths([str(path)]) if isinstance(r, Read)]
    assert [r.extraction.document.title for r in reads] == [TITLE, "Peru–Ecuador relations"]
    assert reads[0].source == f"{path.resolve()}#{TITLE}"
    assert [(e.type, e.date) for e in reads[1].extraction.events] == [("relations_restored", "1945")]
    llama = [r for r in read_paths([str(path)], titles=title_pattern("^llama$")) if isinstance(r, Read)]
    assert [r.extraction.document.title for r in llama] == ["Llama"]


def test_a_dump_on_the_command_line_and_a_bad_pattern(tmp_path: Path) -> None:
    path = tmp_path / "dump.xml"
    path.write_text(_dump(PAGES), encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path), "--workers", "1"])
    assert result.exit_code == 0
    assert {json.loads(line)["evidence"]["document"] for line in result.stdout.splitlines()} == {
        TITLE,
        "Peru–Ecuador relations",
    }
    bad = CliRunner().invoke(main, ["extract", str(path), "--titles", "([unclosed"])
    assert bad.exit_code == 2 and "--titles" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("other.xml", b"<catalog><book>Not a wiki</book></catalog>", "not a MediaWiki XML export"),
        ("broken.xml.bz2", b"BZh91AY&SY this is not bzip2 at all", "cannot be read"),
    ],
)
def test_a_bad_dump_is_one_line_and_exit_2(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["extract", str(path), "--workers", "1"])
    assert result.exit_code == 2 and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_a_page_with_no_main_text_and_a_dump_named_alone_are_input_errors(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head><title>Soon</title></head><body><script>go()</script></body></html>")
    with pytest.raises(InputError, match="no main text"):
        read_document(empty)
    dump = tmp_path / "dump.xml"
    dump.write_text(_dump(PAGES), encoding="utf-8")
    with pytest.raises(InputError, match="many pages"):
        read_document(dump)


_MARKUP = st.sampled_from(
    ["{{", "}}", "[[", "]]", "|", "<ref>", "</ref>", "<ref name=a/>", "==", "'''", "\n", "\n\n", " ", "Chile"]
)
_WIKI_TEXT = st.lists(st.one_of(_MARKUP, st.text(max_size=12)), max_size=40).map("".join)


@settings(max_examples=150, deadline=None)
@given(_WIKI_TEXT)
def test_any_wikitext_reads_into_sentences_that_slice_its_text(source: str) -> None:
    document = parse_wikitext(source, name="any.wiki", title="Chile–Bolivia relations")
    for sentence in document.sentences:
        assert document.text[sentence.start : sentence.end] == sentence.text
    for citation in document.citations:
        assert any(s.start == citation.start for s in document.sentences)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(["<p>", "</p>", "<div>", "<nav>", "<h2>", "</h2>"]), st.text(max_size=20)),
        max_size=30,
    ).map("".join)
)
def test_any_page_is_read_or_refused_with_an_input_error(body: str) -> None:
    try:
        document = parse_html(f"<html><body>{body}</body></html>", name="any.html")
    except InputError:
        return
    for sentence in document.sentences:
        assert document.text[sentence.start : sentence.end] == sentence.text
