"""Dates relative to a report's own day: weekdays, yesterday, last week, a month without a year."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legation.periods import Period
from legation.reading.dates import Anchor, find_dates

# 2023-11-15 was a Wednesday.
WEDNESDAY = Period.day(date(2023, 11, 15))


def resolve(text: str, report: Period = WEDNESDAY) -> str:
    (mention,) = find_dates(text)
    return str(mention.resolve(Anchor(report, report, from_report=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the minister said on Tuesday", "2023-11-14"),
        ("the ministry said Wednesday", "2023-11-15"),
        ("on Thursday the embassy closed", "2023-11-09"),
        ("they had last Friday ordered him out", "2023-11-10"),
        ("it will close next Monday", "2023-11-20"),
        ("the envoy left yesterday", "2023-11-14"),
        ("talks began last week", "2023-11-06..2023-11-12"),
        ("the raid took place at the weekend", "2023-11-11..2023-11-12"),
        ("the junta seized power last month", "2023-10"),
        ("relations were cut earlier this month", "2023-11..2023-11-15"),
        ("the ban was imposed last year", "2022"),
        ("the visit came in March", "2023-03"),
        ("the visit came in December", "2022-12"),
        ("the envoy arrived this January", "2023-01"),
        ("on November 20", "2022-11-20"),
        ("the envoy was ordered out last September", "2023-09"),
        ("the envoy was ordered out last December", "2022-12"),
        ("the treaty was signed this past February", "2023-02"),
        ("the border reopens next March", "2024-03"),
        ("the ban takes effect tomorrow", "2023-11-16"),
        ("they cut ties six months ago", "2023-05"),
        ("the embassy closed two years ago", "2021"),
        ("visas are required from December 1", "2023-12-01"),
        ("visas are required from March 1", "2024-03-01"),
    ],
)
def test_dates_relative_to_the_report(text: str, expected: str) -> None:
    assert resolve(text) == expected


def test_a_weekday_before_its_date_is_the_date() -> None:
    (mention,) = find_dates("on Monday, March 3, 2008")
    assert str(mention.period) == "2008-03-03"


def test_without_a_report_day_a_weekday_is_no_date() -> None:
    (mention,) = find_dates("the ministry said on Tuesday")
    assert mention.resolve(Anchor(Period.year(2020))) is None
    assert resolve("the ministry said on Tuesday", Period.month(2023, 11)) == "None"


def test_a_month_after_a_date_the_text_wrote_runs_forward() -> None:
    (mention,) = find_dates("in April")
    assert str(mention.resolve(Anchor(Period.month(1992, 11), WEDNESDAY))) == "1993-04"


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2090, 12, 31)),
    st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
)
def test_a_weekday_is_the_latest_one_not_after_the_report(day: date, weekday: str) -> None:
    resolved = Period.parse(resolve(f"on {weekday}", Period.day(day))).start
    assert resolved.strftime("%A") == weekday
    assert day - timedelta(days=6) <= resolved <= day
    last = Period.parse(resolve(f"last {weekday}", Period.day(day))).start
    assert last.strftime("%A") == weekday and day - timedelta(days=7) <= last < day


def test_a_weekday_and_its_date_in_brackets_is_that_date_even_ahead_of_the_report() -> None:
    # The ban will start on Thursday (November 23): a week after this Wednesday's report, not a
    # year before it.
    mentions = find_dates("the ban starts at midnight on Thursday (November 23)")
    assert [m.text for m in mentions] == ["November 23"]
    assert str(mentions[0].resolve(Anchor(WEDNESDAY, WEDNESDAY, from_report=True))) == "2023-11-23"


def test_tomorrow_without_a_report_day_is_no_date() -> None:
    assert resolve("the ban takes effect tomorrow", Period.month(2023, 11)) == "None"


def test_today_in_a_quoted_statement_dates_nothing_of_its_own() -> None:
    from legation.reading.dating import resolve_dates

    said = '"Bolivia today breaks relations with Chile," the ministry said.'
    dates, _ = resolve_dates(said, Anchor(WEDNESDAY, WEDNESDAY, from_report=True))
    assert dates == []
    (resolved,) = resolve_dates(
        "Bolivia today broke relations with Chile.", Anchor(WEDNESDAY, WEDNESDAY, True)
    )[0]
    assert str(resolved[1]) == "2023-11-15"
