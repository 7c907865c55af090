"""The codes the field uses for states: ISO alpha-3, Correlates of War and Gleditsch–Ward, by year.

One table (`data/codes.toml`) holds every state's codes and the years they stand for it, so that a
code maps to one state in any year and back: COW 365 is the Soviet Union in 1980 and Russia in 2000;
Germany is COW 255 in 1930 and 2000 but 260 in 1970.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Literal

from legation.tables import load_table

System = Literal["cow", "gw"]


@dataclass(frozen=True)
class CodeSpan:
    """The COW and GW codes of a state (by ISO code) over a stretch of years."""

    iso: str
    cow: int | None
    gw: int | None
    first: int
    last: int | None  # None: to this day

    def holds(self, year: int) -> bool:
        return self.first <= year <= (self.last if self.last is not None else date.today().year)

    def distance(self, year: int) -> int:
        """How many years the year lies outside the stretch (0 inside)."""
        last = self.last if self.last is not None else date.today().year
        return max(self.first - year, year - last, 0)

    def code(self, system: System) -> int | None:
        return self.cow if system == "cow" else self.gw


@dataclass(frozen=True)
class CodeTable:
    """Every span of the table, with lookups both ways."""

    spans: tuple[CodeSpan, ...]

    def code(self, iso: str, system: System, year: int | None = None) -> int | None:
        """The state's code in a system in a year (its latest with no year; nearest outside its years)."""
        spans = [s for s in self.spans if s.iso == iso and s.code(system) is not None]
        return _pick(spans, year).code(system) if spans else None

    def iso(self, code: int, system: System, year: int | None = None) -> str | None:
        """The ISO code of the state a system's code stands for in a year (its latest with no year)."""
        spans = [s for s in self.spans if s.code(system) == code]
        return _pick(spans, year).iso if spans else None

    def cow(self, iso: str, year: int | None = None) -> int | None:
        return self.code(iso, "cow", year)

    def gw(self, iso: str, year: int | None = None) -> int | None:
        return self.code(iso, "gw", year)


def _pick(spans: list[CodeSpan], year: int | None) -> CodeSpan:
    if year is None:
        return max(spans, key=lambda s: (s.last is None, s.last or 0))
    return min(spans, key=lambda s: (s.distance(year), -s.first))


@cache
def code_table() -> CodeTable:
    """The table of `data/codes.toml`, read once."""
    rows = load_table("codes.toml")["states"]
    return CodeTable(
        tuple(
            CodeSpan(iso, cow or None, gw or None, first, last or None) for iso, cow, gw, first, last in rows
        )
    )
