"""Dates a news report gives relative to its own day: "on Tuesday", "yesterday", "last week",
"earlier this month", "last weekend". Without the report's day they resolve to nothing.

A weekday alone is the latest such day not after the report ("said Monday", in a Tuesday report, is
the day before); "last Friday" is the latest one before the report's day. Periods ("last month",
"earlier this year") are given as the range they cover, never as a guessed day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from legation.periods import Period

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
Relative = tuple[re.Pattern[str], tuple[str | int, ...]]

# Written with a capital, a weekday is a day's name; "last" or "next" before it says which week.
PATTERNS: list[Relative] = [
    (re.compile(rf"\blast\s+{_WEEKDAY}\b"), ("weekday", "last")),
    (re.compile(rf"\bnext\s+{_WEEKDAY}\b"), ("weekday", "next")),
    # "last September" in a June report is the September before; "next March" the one after.
    (re.compile(rf"\b(?:[Ll]ast|[Tt]his\s+past)\s+{_MONTH}\b(?!\s+\d)"), ("named_month", "last")),
    (re.compile(rf"\b[Nn]ext\s+{_MONTH}\b(?!\s+\d)"), ("named_month", "next")),
    # Not a weekday before its date ("Monday, March 3"), which the date itself gives.
    (
        re.compile(rf"\b(?:on\s+|this\s+(?:past\s+)?)?{_WEEKDAY}\b(?!\s*[,(]?\s*(?:\d|[A-Z][a-z]+\s+\d))"),
        ("weekday", "recent"),
    ),
    (re.compile(r"\byesterday\b", re.I), ("report", "yesterday")),
    (re.compile(r"\btomorrow\b", re.I), ("report", "tomorrow")),
    (re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.I), ("report", "today")),
    (re.compile(r"\b(?:last|this\s+past|over\s+the|at\s+the)\s+weekend\b", re.I), ("report", "last_weekend")),
    (re.compile(r"\b(?:last|the\s+previous|the\s+past)\s+week\b", re.I), ("report", "last_week")),
    (re.compile(r"\b(?:earlier\s+)?this\s+week\b", re.I), ("report", "this_week")),
    (re.compile(r"\blast\s+month\b", re.I), ("report", "last_month")),
    (re.compile(r"\b(?:earlier\s+)?this\s+month\b", re.I), ("report", "this_month")),
    (re.compile(r"\blast\s+year\b", re.I), ("report", "last_year")),
    (re.compile(r"\b(?:earlier\s+)?this\s+year\b", re.I), ("report", "this_year")),
    (re.compile(r"\bin\s+recent\s+(?:days|weeks)\b", re.I), ("report", "recent_weeks")),
    # "six months ago", "two years ago": counted back from the report's day (see dates.find_dates).
    (
        re.compile(
            r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(years?|months?)\s+ago\b", re.I
        ),
        ("report", "ago"),
    ),
]


def resolve(relative: tuple[str | int, ...], report: Period) -> Period | None:
    """The period a report-relative date denotes, given the report's day (or month)."""
    kind, what = relative[0], str(relative[1])
    if kind == "this_year_day":
        # "el 4 de septiembre del presente año": that day of the report's year, before it or after.
        try:
            return Period.day(date(report.end.year, int(relative[1]), int(relative[2])))
        except ValueError:
            return None
    if kind in ("weekday_day", "this_month_day"):
        # "el jueves 25", "el 28 de los corrientes": that day of the report's month, or the month before.
        return _day_of_month(report, int(relative[1]))
    if what in ("years_ago", "months_ago"):
        n = int(relative[2])
        if what == "years_ago":
            return Period.year(report.end.year - n)
        total = report.end.year * 12 + report.end.month - 1 - n
        return Period.month(total // 12, total % 12 + 1)
    if kind == "named_month":
        return _named_month(report.end, MONTH_NAMES.index(str(relative[2]).lower()) + 1, what)
    if kind == "weekday":
        if report.precision != "day":
            return None
        return _weekday(report.start, WEEKDAYS.index(str(relative[2]).lower()), what)
    day = report.end
    if what == "yesterday":
        return Period.day(day - timedelta(days=1)) if report.precision == "day" else None
    if what == "tomorrow":
        return Period.day(day + timedelta(days=1)) if report.precision == "day" else None
    if what == "today":
        return report
    if what in ("last_weekend", "last_week", "this_week", "recent_weeks"):
        return _week(day, what) if report.precision == "day" else None
    if what == "last_month":
        first = date(day.year, day.month, 1) - timedelta(days=1)
        return Period.month(first.year, first.month)
    if what == "this_month":
        return Period(date(day.year, day.month, 1), day, "range")
    if what == "last_year":
        return Period.year(day.year - 1)
    return Period(date(day.year, 1, 1), day, "range")  # this_year


def weekday_index(name: str) -> int:
    """Monday 0 ... Sunday 6, from an English weekday's name."""
    return WEEKDAYS.index(name.lower())


# How far back a weekday and date without a year are looked for: the calendar repeats in 28 years.
_CALENDAR_CYCLE = 28


def latest_on_weekday(month: int, day: int, weekday: int, today: date | None = None) -> Period | None:
    """The latest day, not after today, that is this day of this month and falls on this weekday."""
    this_year = (today or date.today()).year
    for year in range(this_year, this_year - _CALENDAR_CYCLE, -1):
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found.weekday() == weekday and found <= (today or date.today()):
            return Period.day(found)
    return None


def nearest_on_weekday(month: int, day: int, weekday: int, report: date) -> Period | None:
    """The day of this month nearest the report's, in the year before, its own or the next, that
    falls on this weekday; None where none does."""
    found = []
    for year in (report.year - 1, report.year, report.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            found.append(candidate)
    return Period.day(min(found, key=lambda d: abs((d - report).days))) if found else None


def _day_of_month(report: Period, day: int) -> Period | None:
    end = report.end
    year, month = end.year, end.month
    if day > end.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    try:
        return Period.day(date(year, month, day))
    except ValueError:
        return None


def _named_month(day: date, month: int, mode: str) -> Period:
    if mode == "last":
        return Period.month(day.year if month < day.month else day.year - 1, month)
    return Period.month(day.year if month > day.month else day.year + 1, month)


def _weekday(report: date, weekday: int, mode: str) -> Period:

    back = (report.weekday() - weekday) % 7
    if mode == "last":
        back = back or 7
    elif mode == "next":
        return Period.day(report + timedelta(days=(weekday - report.weekday()) % 7 or 7))
    return Period.day(report - timedelta(days=back))


def _week(day: date, what: str) -> Period:
    if what == "this_week":
        return Period(day - timedelta(days=day.weekday()), day, "range")
    if what == "recent_weeks":
        return Period(day - timedelta(days=21), day, "range")
    if what == "last_week":
        monday = day - timedelta(days=day.weekday() + 7)
        return Period(monday, monday + timedelta(days=6), "range")
    # The weekend before the report's day (its own, if it is a Saturday or a Sunday).
    saturday = day - timedelta(days=(day.weekday() - 5) % 7)
    return Period(saturday, min(saturday + timedelta(days=1), day), "range")


def month_in_report(
    report: Period, month: int, day: int | None = None, *, ahead: bool = False
) -> Period | None:
    """A month (and day) without a year in a report: the latest such one not after the report's day,
    or, `ahead` (a start: "from July 1"), the first one not before it."""
    year = report.end.year
    reported = (report.end.month, report.end.day if report.precision == "day" else 31)
    if ahead:
        year += (month, day or 31) < reported
    elif (month, day or 1) > reported:
        year -= 1
    if day is None:
        return Period.month(year, month)
    try:
        return Period.day(date(year, month, day))
    except ValueError:
        return None
