"""Migration figures: counts of a state's nationals living in another, and shares of foreign residents."""

from __future__ import annotations

import re
from dataclasses import dataclass

from legation.claims import Evidence, Statistic
from legation.periods import Period
from legation.reading.clauses import SentenceView
from legation.reading.dates import DateMention
from legation.reading.extensions import text_of

_STAT_CUE = re.compile(
    r"\b(?:immigrants?|migrants?|foreign|foreigners|residents?|lived|living|live|resided|"
    r"residing|reside|refugees)\b",
    re.I,
)
_PERCENT = re.compile(r"(\d+(?:[.,]\d{1,2})?)\s*(?:%|per\s?cent\b)")
# A count, and up to two words before the people it counts: "2.48 million Venezuelans", "1,794 immigrants".
_COUNT = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(million|thousand|billion))?\s+((?:[a-z]+\s+){0,2})"
)
_PEOPLE = re.compile(r"(?:immigrants|migrants|refugees|residents|people|nationals|citizens|persons)\b")
_SCALE = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


@dataclass
class StatisticContext:
    """The origin, destination and year the last migration figure of a paragraph spoke of."""

    origin: str | None = None
    destination: str | None = None
    year: int | None = None


def _number(text: str, scale: str | None) -> float:
    value = float(text.replace(",", ""))
    return value * _SCALE[scale] if scale else value


def read_statistics(
    view: SentenceView, dates: list[tuple[DateMention, Period]], state: StatisticContext, evidence: Evidence
) -> list[Statistic]:
    """The migration figures of a sentence: counts of nationals living abroad and shares of foreigners."""
    text = text_of(view.doc)
    if not _STAT_CUE.search(text):
        return []
    origin = next((s.code for s in view.slots if s.kind == "nationals"), None) or next(
        (s.code for s in view.slots if s.prep == "from" and s.code), None
    )
    destination = next((s.code for s in view.slots if s.prep == "in" and s.code and s.code != origin), None)
    if origin or destination:
        state.origin = origin or state.origin
        state.destination = destination or state.destination
    if not (state.origin and state.destination):
        return []
    years = [(m, p) for m, p in dates if p.precision == "year" or m.text.lower().startswith("as of")]
    figures: list[tuple[int, str, float]] = []
    for m in _PERCENT.finditer(text):
        figures.append(
            (m.start(), "share_of_foreign_residents", round(float(m.group(1).replace(",", ".")) / 100, 6))
        )
    nationals = {view.doc[s.start].idx for s in view.slots if s.kind == "nationals"}
    for m in _COUNT.finditer(text):
        if any(a <= m.start() < a + 8 for a, _, _ in figures):
            continue
        # Counted are people: a word for them, or a state's nationals ("Poles", "Venezuelans").
        words = [m.start(3) + w.start() for w in re.finditer(r"\S+", m.group(3))] + [m.end()]
        if any(at in nationals or _PEOPLE.match(text, at) for at in words):
            figures.append((m.start(), "residents", _number(m.group(1), m.group(2))))
    found = []
    for pos, measure, value in figures:
        year = state.year
        if years:
            near = min(years, key=lambda mp: abs(mp[0].start - pos))
            year = near[1].start.year
        state.year = year
        number: float | int = int(value) if measure == "residents" and value == int(value) else value
        found.append(Statistic(state.origin, state.destination, year, measure, number, evidence))
    return found
