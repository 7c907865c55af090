"""Leaders and ministers with their terms (`data/leaders.toml`): "Morales" in 2009 is Bolivia's,
"Maduro" in 2024 Venezuela's (and in 2004 Honduras's). A name is tied to a state only where a term
of that name covers the date the text speaks of; with no date, only where every term of that name is
one state's. Outside its terms a name is not guessed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cache

from spacy.tokens import Doc

from legation.countries import strip_accents
from legation.periods import Period
from legation.reading.extensions import lowers
from legation.tables import load_table


@dataclass(frozen=True)
class Term:
    """One person's term in one office of one state."""

    state: str
    office: str
    names: tuple[str, ...]
    start: date
    end: date | None
    source: str

    def covers(self, when: Period) -> bool:
        return self.start <= when.end and (self.end is None or when.start <= self.end)


def _key(name: str) -> str:
    return " ".join(strip_accents(name).lower().replace("-", " ").split())


@dataclass(frozen=True)
class LeaderTable:
    """The terms, and each name (and each shorter tail of a full name) with the terms it may mean."""

    terms: tuple[Term, ...]
    by_name: dict[str, tuple[Term, ...]]

    def known(self, name: str) -> bool:
        """Whether the table has any term of this name."""
        return _key(name) in self.by_name

    def state_of(self, name: str, when: Period | None) -> str | None:
        """The state whose leader or minister the name is on that date, if exactly one."""
        terms = self.by_name.get(_key(name), ())
        if when is not None:
            terms = tuple(t for t in terms if t.covers(when))
        states = {t.state for t in terms}
        return states.pop() if len(states) == 1 else None


@cache
def load_leaders(table_name: str = "leaders.toml") -> LeaderTable:
    """The table of leaders shipped in the package."""
    terms = tuple(
        Term(
            row["state"],
            row["office"],
            tuple(row["names"]),
            Period.parse(row["start"]).start,
            Period.parse(row["end"]).end if row.get("end") else None,
            row.get("source", ""),
        )
        for row in load_table(table_name)["leader"]
    )
    by_name: defaultdict[str, set[Term]] = defaultdict(set)
    for term in terms:
        for name in term.names:
            words = _key(name).split()
            # "Shia al-Sudani" and "al-Sudani" name "Mohammed Shia al-Sudani" too.
            for i in range(len(words)):
                by_name[" ".join(words[i:])].add(term)
    return LeaderTable(terms, {k: tuple(sorted(v, key=lambda t: t.start)) for k, v in by_name.items()})


LEADER_TITLES = frozenset(
    {"president", "premier", "king", "queen", "emperor", "chancellor", "emir", "sultan", "shah", "dictator"}
)


def titled_leader(doc: Doc, start: int) -> bool:
    """Whether the person named at `start` is given a leader's title ("President", "Prime Minister")."""
    before = lowers(doc)[max(0, start - 2) : start]
    return bool(before) and (before[-1] in LEADER_TITLES or before == ["prime", "minister"])
