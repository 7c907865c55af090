"""Finding dates at the precision the text gives, and resolving relative ones."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legation.errors import DateFormatError
from legation.periods import Period
from legation.reading.dates import Anchor, find_dates, heading_period

MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On January 23, 2019, it happened.", "2019-01-23"),
        ("On 23 January 2019 it happened.", "2019-01-23"),
        ("In December 2021, it happened.", "2021-12"),
        ("In 1853, it happened.", "1853"),
        ("As of 2021, it happened.", "2021"),
        ("By mid-2015 it happened.", "2015-05..2015-08"),
        ("In the 1990s it happened.", "1990..1999"),
        ("In the early 1990s it happened.", "1990..1993"),
        ("In the 19th century it happened.", "1800..1899"),
        ("From 1819 to 1830 it lasted.", "1819..1830"),
        ("On 3rd March 1990 it happened.", "1990-03-03"),
    ],
)
def test_absolute_forms(text: str, expected: str) -> None:
    found = [m for m in find_dates(text) if m.period]
    assert str(found[0].period) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("the next day", "2010-01-31", "2010-02-01"),
        ("the following day", "2010-12-31", "2011-01-01"),
        ("that night", "2010-05-04", "2010-05-04"),
        ("hours later", "2010-05-04", "2010-05-04"),
        ("a month later", "2019-01-23", "2019-02-23"),
        ("two days later", "2019-01-30", "2019-02-01"),
        ("a week later", "2019-01-30", "2019-02-06"),
        ("later that month", "2022-08-11", "2022-08"),
        ("later that year", "2022-08-11", "2022"),
        ("the following year", "2022-08-11", "2023"),
        ("On July 30", "2024-07-29", "2024-07-30"),
        ("in April", "1992-11", "1993-04"),
        ("in December", "1992-11", "1992-12"),
        ("soon after", "1830", "1830..1831"),
        ("the next day", "1990", "1990"),
    ],
)
def test_relative_forms(text: str, anchor: str, expected: str) -> None:
    (mention,) = find_dates(text)
    assert str(mention.resolve(Anchor(Period.parse(anchor)))) == expected


def test_relative_date_without_anchor_is_unknown() -> None:
    (mention,) = find_dates("the next day")
    assert mention.resolve(Anchor()) is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("visas required as of June 15, 2019", "effective"),
        ("starting on June 15, 2019", "effective"),
        ("it lasted until December 31, 2018", "until"),
        ("the first since 1928", "since"),
        ("the 2024 presidential election", "attributive"),
        ("in 2024 they met", "point"),
    ],
)
def test_roles(text: str, role: str) -> None:
    assert find_dates(text)[0].role == role


def test_numbers_that_are_not_years() -> None:
    assert find_dates("a border of 2,219 kilometres and 1,794 immigrants, 24 hours, 86,8%") == []


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(2099, 12, 31)))
def test_written_days_are_read_back(day: date) -> None:
    month = MONTH_NAMES[day.month - 1]
    for text in (f"On {month} {day.day}, {day.year}, X.", f"On {day.day} {month} {day.year} X."):
        found = find_dates(text)
        assert found[0].period == Period.day(day)


@given(
    st.dates(min_value=date(1000, 1, 1), max_value=date(2099, 12, 31)),
    st.sampled_from(["day", "month", "year"]),
)
def test_period_text_round_trips(day: date, precision: str) -> None:
    period = {
        "day": Period.day(day),
        "month": Period.month(day.year, day.month),
        "year": Period.year(day.year),
    }[precision]
    assert Period.parse(str(period)) == period


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(2090, 12, 31)), st.integers(1, 9))
def test_year_ranges_round_trip(day: date, span: int) -> None:
    period = Period.years(day.year, day.year + span)
    assert Period.parse(str(period)) == period
    assert period.start <= period.end


@given(st.integers(1, 12), st.integers(1, 12), st.integers(1000, 2090))
def test_a_month_without_year_never_goes_back_in_time(anchor_month: int, month: int, year: int) -> None:
    (mention,) = find_dates(f"in {MONTH_NAMES[month - 1]}")
    anchor = Period.month(year, anchor_month)
    resolved = mention.resolve(Anchor(anchor))
    assert resolved is not None and resolved.start >= anchor.start


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("19th century", "1800..1899"),
        ("Cold War", "1947..1991"),
        ("1990s", "1990..1999"),
        ("1959–1961", "1959..1961"),
        ("Before 1959", None),
        ("Normalization", None),
    ],
)
def test_heading_periods(heading: str, expected: str | None) -> None:
    period = heading_period(heading)
    assert (str(period) if period else None) == expected


@pytest.mark.parametrize("text", ["2019-13-01", "yesterday", "2019-02-30", "", "2020..2019"])
def test_bad_user_dates(text: str) -> None:
    with pytest.raises(DateFormatError):
        Period.parse(text)


def test_numbers_beyond_this_century_are_no_years() -> None:
    assert find_dates("to cut the force to between 2500 and 3000 soldiers") == []
    assert [m.text for m in find_dates("between 1990 and 2000")] == ["between 1990 and 2000"]


def test_a_day_naming_a_thing_is_not_a_time() -> None:
    found = find_dates(
        "Chile recalled its envoy on Tuesday over the protests that followed the May 3 attacks."
    )
    assert [(m.text, m.role) for m in found] == [("on Tuesday", "point"), ("May 3", "attributive")]
    assert [(m.text, m.role) for m in find_dates("Since the 3 May attack, Chile has protested.")] == [
        ("3 May", "since")
    ]
