"""The one table of state codes: every code maps both ways in every year it stands for a state."""

from __future__ import annotations

from datetime import date

import pytest

from legation.codes import code_table
from legation.countries import load_lexicon


def test_every_code_maps_both_ways_in_every_year_it_holds() -> None:
    table = code_table()
    for span in table.spans:
        last = span.last or date.today().year
        for year in range(span.first, last + 1):
            for system in ("cow", "gw"):
                code = span.code(system)  # type: ignore[arg-type]
                if code is None:
                    continue
                assert table.code(span.iso, system, year) == code, (span, system, year)  # type: ignore[arg-type]
                assert table.iso(code, system, year) == span.iso, (span, system, year)  # type: ignore[arg-type]


def test_every_state_of_the_table_is_a_state_the_lexicon_knows() -> None:
    known = load_lexicon().countries
    assert {s.iso for s in code_table().spans} <= set(known)


@pytest.mark.parametrize(
    ("iso", "year", "cow", "gw"),
    [
        ("PER", 1995, 135, 135),
        ("VEN", 1995, 101, 101),
        ("DEU", 1930, 255, 255),
        ("DEU", 1970, 260, 260),
        ("DEU", 2000, 255, 260),
        ("DDR", 1970, 265, 265),
        ("SUN", 1980, 365, 365),
        ("RUS", 2000, 365, 365),
        ("YUG", 1980, 345, 345),
        ("SCG", 2004, 345, 345),
        ("SRB", 2010, 345, 340),
        ("YEM", 1980, 678, 678),
        ("YEM", 2000, 679, 678),
        ("YMD", 1980, 680, 680),
    ],
)
def test_the_states_whose_codes_changed(iso: str, year: int, cow: int, gw: int) -> None:
    table = code_table()
    assert (table.cow(iso, year), table.gw(iso, year)) == (cow, gw)


@pytest.mark.parametrize(
    ("system", "code", "year", "iso"),
    [
        ("cow", 365, 1980, "SUN"),
        ("cow", 365, 1900, "RUS"),
        ("cow", 365, 2000, "RUS"),
        ("cow", 255, 1930, "DEU"),
        ("cow", 255, 1850, "XPR"),
        ("gw", 260, 2000, "DEU"),
        ("cow", 345, 1990, "YUG"),
        ("cow", 345, 2010, "SRB"),
        ("gw", 340, 1900, "SRB"),
        ("gw", 678, 2000, "YEM"),
    ],
)
def test_a_code_means_the_state_of_its_year(system: str, code: int, year: int, iso: str) -> None:
    assert code_table().iso(code, system, year) == iso  # type: ignore[arg-type]


def test_outside_its_years_a_state_keeps_its_nearest_code_and_a_stranger_has_none() -> None:
    table = code_table()
    assert table.cow("PER", 1822) == 135
    assert table.cow("ATA") is None
    assert table.iso(9999, "cow", 2000) is None
