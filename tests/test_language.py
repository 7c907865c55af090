"""The language of a text and of each of its paragraphs (text/language.py, documents.with_language)."""

from __future__ import annotations

from datetime import date

from legation.periods import Period
from legation.text.documents import AS_WRITTEN, Given, pair_title_sides, parse_text
from legation.text.language import detect

ENGLISH = "The two governments agreed to reopen their embassies after a long quarrel over the border."
SPANISH = "Los dos gobiernos acordaron reabrir sus embajadas después de una larga disputa por la frontera."


def test_english_and_spanish_are_told_apart() -> None:
    assert detect(ENGLISH) == "en"
    assert detect(SPANISH) == "es"


def test_too_little_text_keeps_the_default() -> None:
    assert detect("Perú", default="es") == "es"
    assert detect("", default="en") == "en"


def test_a_mixed_page_reads_each_paragraph_in_its_own_language() -> None:
    doc = parse_text(f"{SPANISH} {SPANISH}\n\n{ENGLISH}\n\n{SPANISH}\n")
    assert doc.language == "es"
    assert [s.language for s in doc.sentences] == ["es", "es", "en", "es"]


def test_the_language_given_wins_over_the_words() -> None:
    doc = parse_text(f"{SPANISH}\n\n{ENGLISH}\n", language="es")
    assert doc.language == "es"
    assert {s.language for s in doc.sentences} == {"es"}


def test_what_the_user_says_of_a_text_is_put_in_place() -> None:
    doc = parse_text(f"{ENGLISH}\n")
    said = Given(language="es", published=Period.day(date(2024, 1, 2))).apply(doc)
    assert (said.language, said.published, said.sentences[0].language) == (
        "es",
        Period.day(date(2024, 1, 2)),
        "es",
    )
    assert AS_WRITTEN.apply(doc) == doc


def test_spanish_titles_name_the_pair() -> None:
    assert pair_title_sides("Relaciones Perú-Venezuela") == ("Perú", "Venezuela")
    assert pair_title_sides("Relaciones entre el Perú y Venezuela") == ("Perú", "Venezuela")
    assert pair_title_sides("Relaciones exteriores del Perú") is None
