"""The table of leaders and ministers: terms checked for overlaps and gaps, and names resolved by date."""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

import pytest

from legation.periods import Period
from legation.reading.leaders import load_leaders
from legation.tables import load_table

ROWS = load_table("leaders.toml")["leader"]
OFFICES = {"head_of_state", "head_of_government", "foreign_minister"}


def _terms() -> dict[tuple[str, str], list[dict[str, str]]]:
    by_office: defaultdict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for row in ROWS:
        by_office[(row["state"], row["office"])].append(row)
    return {k: sorted(v, key=lambda r: Period.parse(r["start"]).start) for k, v in by_office.items()}


def test_every_term_has_a_state_an_office_names_dates_and_a_source() -> None:
    for row in ROWS:
        assert row["office"] in OFFICES and len(row["state"]) == 3 and row["names"] and row["source"], row
        start = Period.parse(row["start"])
        assert "end" not in row or Period.parse(row["end"]).end >= start.start, row


def test_no_two_terms_of_one_office_overlap_and_only_stated_vacancies_last_over_a_year() -> None:
    for office, terms in _terms().items():
        for before, after in pairwise(terms):
            assert "end" in before, (office, before["names"][0], "has no end but a successor")
            ended, began = Period.parse(before["end"]), Period.parse(after["start"])
            # A term may end and the next begin in the same month given at month precision.
            assert began.end >= ended.start, (office, before["names"][0], after["names"][0])
            if (began.start - ended.end).days > 365:
                assert after.get("vacancy_before"), (office, before["names"][0], after["names"][0])


def test_the_table_covers_the_states_of_the_development_texts_and_the_g20_from_1990() -> None:
    covered = {state for state, _ in _terms()}
    g20 = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX"}
    g20 |= {"RUS", "SAU", "ZAF", "TUR", "GBR", "USA"}
    assert g20 | {"PER", "VEN", "COL", "CUB"} <= covered
    for state in ("PER", "VEN", "USA"):
        first = _terms()[(state, "head_of_state")][0]
        assert Period.parse(first["start"]).start.year <= 1990


@pytest.mark.parametrize(
    ("name", "when", "state"),
    [
        ("Morales", "2009", "BOL"),
        ("Maduro", "2024-08-01", "VEN"),
        ("Maduro", "2004", "HND"),
        ("Nicolás Maduro", "2019", "VEN"),
        ("al-Sudani", "2023-07", "IRQ"),
    ],
)
def test_a_name_is_the_state_whose_term_covers_the_date(name: str, when: str, state: str) -> None:
    assert load_leaders().state_of(name, Period.parse(when)) == state


def test_a_name_outside_its_terms_or_ambiguous_without_a_date_is_not_guessed() -> None:
    leaders = load_leaders()
    assert leaders.state_of("Maduro", Period.parse("1990")) is None
    assert leaders.state_of("Maduro", None) is None
    assert leaders.state_of("Nobody Atall", Period.parse("2000")) is None
