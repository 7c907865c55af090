"""Dates written in a sentence: finding them, telling their role, resolving relative ones.

What a date then dates (which act takes which date) is decided in `dating.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Literal

from legation.literals import Screen
from legation.periods import Period, month_end
from legation.reading import report_dates

# "named": the year of a named thing ("the Vienna Convention of 1961"), which dates only its signing;
# "earlier": the last time before ("for the first time since 1961"), which dates nothing said.
Role = Literal["point", "effective", "until", "since", "attributive", "named", "earlier"]
# "for the first time since", "por primera vez desde": what follows is when it last happened.
NOT_UNTIL = re.compile(r"\b(?:not|n't|never|no)\b[^,;.]*\b(?:until|hasta)\s+(?:el\s+|la\s+)?$", re.I)
FIRST_TIME_SINCE = re.compile(r"\b(?:first\s+time\s+since|primera\s+vez\s+desde)\s+(?:the\s+|el\s+)?$", re.I)

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = (
    r"(January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
# A year of the last thousand years or this century: "between 2500 and 3000" soldiers are no years.
_YEAR = r"(1\d{3}|20\d{2})"
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "several": 3,
    "few": 2,
}


@dataclass(frozen=True)
class Anchor:
    """What relative dates resolve against: the last date the text gave, and the report's own day.

    `from_report` says that `last` is the report's day or was worked out from it ("on Monday"): a month
    without a year then looks back from the report ("in March", in a May report, is this March), where
    after a date the text wrote it runs forward with the narrative ("In November 1992 ... in April").
    """

    last: Period | None = None
    report: Period | None = None
    from_report: bool = False


@dataclass(frozen=True)
class DateMention:
    """A date written in a sentence: its span, its role, and either a period or what it is relative to."""

    start: int
    end: int
    text: str
    role: Role
    period: Period | None = None
    # For a date that needs an anchor: ("month", m) / ("monthday", m, d[, weekday]) / ("shift", unit, n)
    # / ("same", unit)
    relative: tuple[str | int, ...] | None = None

    @property
    def from_report(self) -> bool:
        """Whether the mention is relative to the report's own day ("yesterday", "on Tuesday")."""
        return self.relative is not None and self.relative[0] in (
            "weekday",
            "named_month",
            "report",
            "weekday_day",
            "this_month_day",
            "this_year_day",
        )

    def resolve(self, where: Anchor) -> Period | None:
        """The period this mention denotes, given the last date the text gave and the report's day."""
        if self.period is not None:
            return self.period
        if self.relative is None:
            return None
        kind = self.relative[0]
        if self.from_report:
            return report_dates.resolve(self.relative, where.report) if where.report else None
        if kind == "monthday" and len(self.relative) > 3 and where.report is None and where.last is None:
            # "this Tuesday, 30 July" in a report that gives no year: the latest such Tuesday.
            return report_dates.latest_on_weekday(
                int(self.relative[1]), int(self.relative[2]), int(self.relative[3])
            )
        if kind in ("month", "monthday") and where.report and (where.from_report or where.last is None):
            if len(self.relative) > 3:
                # "Thursday (November 30)": the one such day nearest the report, ahead of it or behind.
                return report_dates.nearest_on_weekday(
                    int(self.relative[1]), int(self.relative[2]), int(self.relative[3]), where.report.end
                )
            day = int(self.relative[2]) if kind == "monthday" else None
            ahead = self.role == "effective"
            return report_dates.month_in_report(where.report, int(self.relative[1]), day, ahead=ahead)
        anchor = where.last
        if anchor is None:
            return None
        if kind in ("month", "monthday"):
            month = int(self.relative[1])
            year = anchor.end.year
            # Narrative runs forward: "in April" after "November 1992" is April 1993.
            if anchor.precision in ("day", "month") and month < anchor.start.month:
                year += 1
            if kind == "month":
                return Period.month(year, month)
            day = int(self.relative[2])
            try:
                return Period.day(date(year, month, day))
            except ValueError:
                return None
        if kind == "same":
            unit = self.relative[1]
            if unit in ("day", "week"):
                return anchor
            if unit == "month":
                return (
                    Period.month(anchor.start.year, anchor.start.month)
                    if anchor.precision != "year"
                    else anchor
                )
            return Period.year(anchor.start.year)
        if kind == "soon":
            return Period.years(anchor.start.year, anchor.start.year + 1)
        unit, n = str(self.relative[1]), int(self.relative[2])
        if unit == "week":
            unit, n = "day", 7 * n
        if unit == "day":
            return anchor.shifted(days=n) if anchor.precision == "day" else anchor
        if unit == "month":
            return anchor.shifted(months=n) if anchor.precision in ("day", "month") else anchor
        return Period.year(anchor.start.year + n)


_ABSOLUTE: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"), "mdy"),
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b"), "dmy"),
    (re.compile(rf"\b(early|mid|late)[- ]{_YEAR}\b", re.IGNORECASE), "part_year"),
    (re.compile(rf"\b(?:(early|mid|late)[- ])?{_MONTH},?\s+(?:of\s+)?{_YEAR}\b"), "my"),
    (re.compile(r"\b(?:the\s+)?(?:(early|mid|late)[- ])?(\d{3})0s\b", re.IGNORECASE), "decade"),
    (
        re.compile(
            r"\b(?:the\s+)?(?:(early|mid|late)[- ])?(\d{1,2})(?:st|nd|rd|th)[- ]century\b", re.IGNORECASE
        ),
        "century",
    ),
    (
        re.compile(rf"\b(?:from|between)\s+{_YEAR}\s*(?:–|—|-|to|and|until)\s*{_YEAR}\b", re.IGNORECASE),
        "year_range",
    ),
    (re.compile(rf"\b{_YEAR}\s*[–—]\s*{_YEAR}\b"), "year_range"),
    (re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*\d{{4}})"), "md"),
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b(?!,?\s*\d{{4}})"), "dm"),
    (
        re.compile(
            rf"\b(?:in|In|by|By|since|Since|until|Until|during|During|this|This)\s+(?:early\s+|late\s+)?{_MONTH}\b(?![\s,]*\d)"
        ),
        "m",
    ),
    (
        re.compile(
            r"(?<![\d,.$£€#])\b(1[0-9]{3}|20[0-9]{2})\b(?![,.]\d|\s*%|\s*(?:kilomet|km|mile|people|troops))"
        ),
        "year",
    ),
]
_COUNT = r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)"
Relative = tuple[re.Pattern[str], tuple[str | int, ...]]


def _unit_phrases(unit: str) -> list[Relative]:
    """The phrases of one unit of time: "later that month", "two months later", "the following month"."""
    same = (
        rf"\b(?:later|earlier)\s+(?:that|the\s+same)\s+{unit}\b"
        rf"|\bthat\s+(?:same\s+)?{unit}\b|\bthe\s+same\s+{unit}\b"
    )
    return [
        (re.compile(same, re.I), ("same", unit)),
        (re.compile(rf"\b{_COUNT}\s+{unit}s?\s+later\b", re.I), ("shift", unit, 0)),
        (re.compile(rf"\bthe\s+(?:following|next)\s+{unit}\b", re.I), ("shift", unit, 1)),
    ]


_RELATIVE: list[Relative] = [
    (re.compile(r"\ba\s+day\s+later\b|\bthe\s+day\s+after\b", re.I), ("shift", "day", 1)),
    (
        re.compile(
            r"\bthat\s+(?:same\s+)?(?:night|evening|morning|afternoon)\b|\bhours\s+(?:later|after|before)\b",
            re.I,
        ),
        ("same", "day"),
    ),
    *(phrase for unit in ("day", "week", "month", "year") for phrase in _unit_phrases(unit)),
    (re.compile(r"\bthe\s+previous\s+year\b|\ba\s+year\s+(?:earlier|before)\b", re.I), ("shift", "year", -1)),
    (re.compile(r"\b(?:soon|shortly)\s+(?:after(?:wards)?|thereafter)\b", re.I), ("soon",)),
]
_EFFECTIVE = re.compile(
    r"(?:\bas\s+of|\bfrom|\bstarting(?:\s+on|\s+from)?|\beffective(?:\s+from|\s+on)?"
    r"|\bbeginning(?:\s+on)?|\bwith\s+effect\s+from"
    r"|\b(?:enter|enters|entered|entering|come|comes|came|coming)\s+into\s+(?:force|effect)(?:\s+at\s+\w+)?"
    r"|\b(?:take|takes|took|taking)\s+effect(?:\s+at\s+\w+)?)\s*(?:on\s+)?(?:the\s+)?(?:\w+day\s+\(?)?$",
    re.I,
)
_UNTIL = re.compile(r"(?:\buntil|\btill|\bthrough|\bup\s+to)\s*$", re.I)
_SINCE = re.compile(r"\bsince\s*$", re.I)
_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:in|on|of|since|until|by|from|during|after|before|to|between|and|or|as\s+of|around|about|c\.)|[,(;:–])\s*$",
    re.I,
)
_FUNCTION_WORD_AFTER = re.compile(
    r"\s*(?:[,.;:)\]'\"”]|$|(?:and|or|to|when|after|before|until|the|as|that|which|while|where|but|with|under|"
    r"for|at|in|on|by|a|an|it|its|their|his|her|they|he|she|was|were|is|are|both|most|following)\b)",
    re.I,
)


_NAMED_BEFORE = re.compile(r"\b([A-Z][\w'’-]+)\s+of\s*$")


def _role(text: str, start: int, end: int, kind: str) -> Role:
    before = text[max(0, start - 30) : start]
    if FIRST_TIME_SINCE.search(before):
        return "earlier"
    if _UNTIL.search(before):
        # "not restored until 2003", "no se restauraron hasta 2003": then, and not before.
        return "point" if NOT_UNTIL.search(text, max(0, start - 80), start) else "until"
    if _SINCE.search(before):
        return "since"
    if _EFFECTIVE.search(before) and kind != "year":
        return "effective"
    if kind in ("md", "dm") and not _FUNCTION_WORD_AFTER.match(text, end):
        # "the October 7 attacks": a day naming a thing, not the time of the sentence's act; but
        # "since the October 7 attack" is a time, its start.
        if re.search(r"\bsince\s+the\s*$", before, re.I):
            return "since"
        if re.search(r"\b(?:the|a|an)\s*$", before, re.I) or not _PREPOSITION_BEFORE.search(before):
            return "attributive"
    if kind == "year":
        if (m := _NAMED_BEFORE.search(before)) and m.group(1).lower() not in MONTHS:
            return "named"
        if re.search(r"\b(?:the|a|an)\s*$", before, re.I):
            return "attributive"
        if not _FUNCTION_WORD_AFTER.match(text, end) and not _PREPOSITION_BEFORE.search(before):
            return "attributive"
        if _EFFECTIVE.search(before) and not re.search(r"\bas\s+of\s*$", before, re.I):
            return "effective"
    return "point"


_WEEKDAY_BEFORE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*[,(]?\s*$")


def with_weekday(
    relative: tuple[str | int, ...] | None,
    before: str,
    weekday: re.Pattern[str] = _WEEKDAY_BEFORE,
    english: Mapping[str, str] | None = None,
) -> tuple[str | int, ...] | None:
    """A day and month without a year, with the weekday written before it ("Tuesday, July 30"), which
    tells the year where nothing else does. `english` names the weekdays of another language."""
    if relative is None or relative[0] != "monthday" or not (m := weekday.search(before)):
        return relative
    name = m.group(1).lower()
    return (*relative, report_dates.weekday_index(english[name] if english else name))


def _absolute(kind: str, g: tuple[str, ...]) -> tuple[Period | None, tuple[str | int, ...] | None]:
    if kind == "mdy":
        return Period.day(date(int(g[2]), MONTHS[g[0].lower()], int(g[1]))), None
    if kind == "dmy":
        return Period.day(date(int(g[2]), MONTHS[g[1].lower()], int(g[0]))), None
    if kind == "my":
        year, month = int(g[2]), MONTHS[g[1].lower()]
        return Period.month(year, month), None
    if kind == "part_year":
        year = int(g[1])
        first, last = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[g[0].lower()]
        return Period(date(year, first, 1), month_end(year, last), "range"), None
    if kind == "decade":
        base = int(g[1]) * 10
        first, last = {"early": (0, 3), "mid": (4, 6), "late": (7, 9), "": (0, 9)}[(g[0] or "").lower()]
        return Period.years(base + first, base + last), None
    if kind == "century":
        base = (int(g[1]) - 1) * 100
        first, last = {"early": (0, 32), "mid": (33, 66), "late": (67, 99), "": (0, 99)}[(g[0] or "").lower()]
        return Period.years(base + first, base + last), None
    if kind == "year_range":
        return Period.years(int(g[0]), int(g[1])), None
    if kind == "md":
        return None, ("monthday", MONTHS[g[0].lower()], int(g[1]))
    if kind == "dm":
        if int(g[0]) > 31:
            raise ValueError(f"no day {g[0]}")
        return None, ("monthday", MONTHS[g[1].lower()], int(g[0]))
    if kind == "m":
        return None, ("month", MONTHS[g[0].lower()])
    return Period.year(int(g[0])), None


# What any date mention holds: a digit, a month, a weekday or a word of time ("later", "yesterday").
_ANY_DATE = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun"
    r"|later|next|following|same|that\s+(?:day|night|week|month|year)|soon|shortly|previous|earlier"
    r"|before|after|last|this|past|ago|yesterday|tomorrow|today|tonight|weekend|recent|century|decade)",
    re.I,
)


# Words before a number that make it a thing's number, not a year.
NUMBERED = re.compile(
    r"\b(?:Resolution|Resolutions|Article|Art\.|No\.|Number|Decree|Law|Chapter|Flight|Section|Paragraph"
    r"|Bill|Item|Route|Highway|Resolución|Artículo|Decreto|Ley|Número|N\.º|Vuelo)\s*$"
)


AbsoluteReader = Callable[[str, tuple[str, ...]], tuple[Period | None, tuple[str | int, ...] | None]]
RelativeReader = Callable[[tuple[str | int, ...], re.Match[str]], tuple[str | int, ...] | None]


@dataclass(frozen=True)
class DateGrammar:
    """What one language's dates are: its patterns and how to read what they match. Every language
    is scanned the same way (`scan_dates`)."""

    any_date: re.Pattern[str]  # what any date mention holds: no match, no date
    absolute: list[tuple[re.Pattern[str], str]]
    read_absolute: AbsoluteReader
    role: Callable[[str, int, int, str], Role]
    add_weekday: Callable[[tuple[str | int, ...] | None, str], tuple[str | int, ...] | None]
    relatives: list[Relative]
    read_relative: RelativeReader

    @cached_property
    def screen(self) -> Screen:
        """The absolute patterns, then the relative ones, each told where it cannot match."""
        return Screen([p for p, _ in (*self.absolute, *self.relatives)])


def scan_dates(text: str, grammar: DateGrammar) -> list[DateMention]:
    """The date mentions of a sentence, in text order: absolute ones first, then relative ones in what
    the absolute ones left free."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    if not grammar.any_date.search(text):
        return found
    possible = grammar.screen.possible(text)

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for (pattern, kind), maybe in zip(grammar.absolute, possible[: len(grammar.absolute)], strict=True):
        if not maybe:
            continue
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            try:
                period, relative = grammar.read_absolute(kind, tuple(x or "" for x in m.groups()))
            except (ValueError, KeyError):
                continue
            if kind == "year" and NUMBERED.search(text, max(0, m.start() - 20), m.start()):
                continue  # "Resolution 1874", "la Resolución 1874": a number, not a year
            taken.append((m.start(), m.end()))
            relative = grammar.add_weekday(relative, text[: m.start()])
            role = grammar.role(text, m.start(), m.end(), kind)
            found.append(DateMention(m.start(), m.end(), m.group(0), role, period, relative))
    for (pattern, relative), maybe in zip(grammar.relatives, possible[len(grammar.absolute) :], strict=True):
        if not maybe:
            continue
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            rel = grammar.read_relative(relative, m)
            if rel is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMention(m.start(), m.end(), m.group(0), "point", None, rel))
    return sorted(found, key=lambda d: d.start)


def _read_relative(relative: tuple[str | int, ...], m: re.Match[str]) -> tuple[str | int, ...]:
    if relative[0] == "shift" and relative[2] == 0:
        word = m.group(1).lower()
        return (*relative[:2], int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 1))
    if relative[0] in ("weekday", "named_month"):
        return (*relative, m.group(1))
    if relative == ("report", "ago"):
        word, unit = m.group(1).lower(), m.group(2).lower().rstrip("s")
        return ("report", f"{unit}s_ago", int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 1))
    return relative


ENGLISH = DateGrammar(
    _ANY_DATE, _ABSOLUTE, _absolute, _role, with_weekday, [*_RELATIVE, *report_dates.PATTERNS], _read_relative
)


def find_dates(text: str) -> list[DateMention]:
    """The date mentions in an English sentence, in text order, absolute and relative."""
    return scan_dates(text, ENGLISH)


_PERIOD_HEADING = re.compile(r"^(?:before|after|since|until|from)\b", re.I)
# Named eras that diplomatic-history articles use as section headings.
ERAS = {
    "cold war": Period.years(1947, 1991),
    "interwar period": Period.years(1918, 1939),
    "world war i": Period.years(1914, 1918),
    "first world war": Period.years(1914, 1918),
    "world war ii": Period.years(1939, 1945),
    "second world war": Period.years(1939, 1945),
}


def heading_period(heading: str) -> Period | None:
    """The period a section heading names ('19th century', '1990s', 'Cold War', '1959–1961'), else None."""
    key = heading.strip().lower()
    if key in ERAS:
        return ERAS[key]
    if _PERIOD_HEADING.match(key):
        return None  # "Before 1959" bounds one side only; a guess would be worse than nothing.
    mentions = [m for m in find_dates(heading) if m.period is not None]
    if len(mentions) == 1:
        return mentions[0].period
    if len(mentions) == 2 and mentions[0].period and mentions[1].period:
        return Period(mentions[0].period.start, mentions[1].period.end, "range")
    return None
