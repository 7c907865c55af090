"""Periods of days at the precision a text gives them, and the days a user names.

A `Period` is a closed interval of days with the precision it was written at. Its string form is the
one the evaluation contract uses: "1853", "2021-12", "2019-01-23", or a range "1881..1884".
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from legation.errors import DateFormatError

Precision = Literal["day", "month", "year", "range"]


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True, order=True)
class Period:
    """A closed interval of days, with the precision the text gave it."""

    start: date
    end: date
    precision: Precision

    @classmethod
    def day(cls, d: date) -> Period:
        return cls(d, d, "day")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(date(year, month, 1), month_end(year, month), "month")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), "year")

    @classmethod
    def years(cls, first: int, last: int) -> Period:
        return cls(date(first, 1, 1), date(last, 12, 31), "range")

    @classmethod
    def parse(cls, text: str) -> Period:
        """The period written as 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or 'A..B'; DateFormatError otherwise."""
        text = text.strip()
        try:
            if ".." in text:
                a, b = (cls.parse(x) for x in text.split("..", 1))
                if b.end < a.start:
                    raise DateFormatError(f"date range {text!r} ends before it starts; give 'EARLIER..LATER'")
                return cls(a.start, b.end, "range")
            parts = [int(p) for p in text.split("-")]
            if len(parts) == 1 and 1 <= len(text) <= 4 and parts[0] >= 1:
                return cls.year(parts[0])
            if len(parts) == 2:
                return cls.month(parts[0], parts[1])
            if len(parts) == 3:
                return cls.day(date(parts[0], parts[1], parts[2]))
        except (ValueError, IndexError):
            pass
        raise DateFormatError(
            f"{text!r} is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2020-06-01)"
        )

    def __str__(self) -> str:
        if self.precision == "day":
            return self.start.isoformat()
        if self.precision == "month":
            return self.start.isoformat()[:7]
        if self.precision == "year":
            return str(self.start.year)
        return f"{_bound_text(self.start, True)}..{_bound_text(self.end, False)}"

    def shifted(self, *, days: int = 0, months: int = 0, years: int = 0) -> Period:
        """The period moved by a number of days, months or years, at the same precision."""
        if days:
            return Period(self.start + timedelta(days), self.end + timedelta(days), self.precision)
        total = self.start.year * 12 + self.start.month - 1 + months + 12 * years
        y, m = divmod(total, 12)
        if self.precision == "day":
            return Period.day(date(y, m + 1, min(self.start.day, calendar.monthrange(y, m + 1)[1])))
        if self.precision == "month":
            return Period.month(y, m + 1)
        span = self.end.year - self.start.year
        return Period(date(y, 1, 1), date(y + span, 12, 31), self.precision)


def _bound_text(d: date, is_start: bool) -> str:
    if (is_start and (d.month, d.day) == (1, 1)) or (not is_start and (d.month, d.day) == (12, 31)):
        return str(d.year)
    if (is_start and d.day == 1) or (not is_start and d == month_end(d.year, d.month)):
        return d.isoformat()[:7]
    return d.isoformat()


def parse_day(text: str) -> date:
    """The day a user names ("2020-06-01"; a month or a year means its first day)."""
    return Period.parse(text).start
