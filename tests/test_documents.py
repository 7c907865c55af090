"""Reading texts into sections and sentences with offsets, and refusing what is not a text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legation.errors import InputError
from legation.text.documents import parse_text, split_sentences
from legation.text.files import read_document

ARTICLE = """= Chile–Bolivia relations =

Infobox
- Map: map.png
- Mission1: Embassy of Chile, La Paz

Chile–Bolivia relations are old. Gen. Ramos met Dwight D. Eisenhower in Washington, D.C. on a visit.

==History==
===19th century===
- A list item in the body counts.
The war began in 1879.

==See also==
- Foreign relations of Chile

== Bibliography ==
- "A book, 1990 – 2011"
"""


def test_article_parts_and_offsets() -> None:
    doc = parse_text(ARTICLE, name="a.txt")
    assert doc.title == "Chile–Bolivia relations"
    assert doc.title_sides == ("Chile", "Bolivia")
    assert [(i.key, i.value) for i in doc.infobox] == [
        ("Map", "map.png"),
        ("Mission1", "Embassy of Chile, La Paz"),
    ]
    for item in doc.infobox:
        assert ARTICLE[item.start : item.end] == item.value
    assert [(s.title, s.level) for s in doc.sections] == [
        ("History", 2),
        ("19th century", 3),
        ("See also", 2),
        ("Bibliography", 2),
    ]
    texts = [s.text for s in doc.sentences]
    assert texts == [
        "Chile–Bolivia relations are old.",
        "Gen. Ramos met Dwight D. Eisenhower in Washington, D.C. on a visit.",
        "A list item in the body counts.",
        "The war began in 1879.",
    ]
    for s in doc.sentences:
        assert ARTICLE[s.start : s.end] == s.text
    assert doc.sentences[-1].headings == ("History", "19th century")


@pytest.mark.parametrize(
    ("title", "sides"),
    [
        ("Peru–Venezuela relations", ("Peru", "Venezuela")),
        ("Peru-Venezuela relations", ("Peru", "Venezuela")),
        ("Peru and Venezuela relations", ("Peru", "Venezuela")),
        ("Guinea-Bissau–Portugal relations", ("Guinea-Bissau", "Portugal")),
        ("Bosnia and Herzegovina–Serbia relations", ("Bosnia and Herzegovina", "Serbia")),
        ("History of Peru", None),
    ],
)
def test_title_names_the_pair(title: str, sides: tuple[str, str] | None) -> None:
    assert parse_text(f"= {title} =\n\nText.\n").title_sides == sides


def test_plain_text_is_paragraphs_of_sentences() -> None:
    doc = parse_text("First one. Second one.\n\nThird one.")
    assert doc.title is None
    assert [(s.text, s.paragraph) for s in doc.sentences] == [
        ("First one.", 0),
        ("Second one.", 0),
        ("Third one.", 1),
    ]


LONG = (
    "The two governments met again and talked for a long while about the border, the rivers, the roads"
    " and the ports, and the trade across them all"
)


def test_a_long_line_of_its_own_is_a_paragraph_and_a_rule_parts_pieces() -> None:
    # A saved page gives each paragraph one line; a hard-wrapped text's short lines are one paragraph.
    doc = parse_text(f"{LONG}, as they do each year.\n{LONG}.\n___\nA third piece.\nStill the third.\n")
    assert [s.paragraph for s in doc.sentences] == [0, 1, 2, 2]
    wrapped = parse_text("The two governments met.\nThey talked of the border.\n")
    assert [s.paragraph for s in wrapped.sentences] == [0, 0]


@given(st.text(alphabet="ab .,!?\nXY19", max_size=200))
def test_sentence_spans_are_ordered_slices_of_the_text(text: str) -> None:
    spans = split_sentences(text)
    last = 0
    for a, b in spans:
        assert last <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
        last = b


def test_same_text_same_id_and_different_text_different_id() -> None:
    assert parse_text("A.").id == parse_text("A.").id != parse_text("B.").id


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("Peru and Venezuela.".encode("utf-16"), "UTF-16"),
        ("Perú y Venezuela.".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_files_give_one_line_errors_naming_file_and_problem(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_document(path)
    text = str(caught.value)
    assert "\n" not in text and str(path) in text and message in text


def test_a_huge_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Peru broke relations with Chile. " * (20 * 1024 * 1024 // 33 + 1))
    with pytest.raises(InputError, match="limit"):
        read_document(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        read_document(tmp_path)


def test_a_sentence_run_into_the_next_without_a_space_is_cut() -> None:
    text = "Chile closed its embassy in 1978.The two met.Bolivia protested. The U.S. Embassy stayed."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Chile closed its embassy in 1978.",
        "The two met.",
        "Bolivia protested.",
        "The U.S. Embassy stayed.",
    ]
