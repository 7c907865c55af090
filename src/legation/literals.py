"""The text a regular expression cannot match without: a cheap test that skips patterns which cannot
match a sentence.

Scanning a sentence with each of many patterns costs far more than asking whether the sentence holds
a word every match of a pattern must hold ("ago" for "two years ago", a month's name for "March 3").
The words are read from the pattern's parsed form, so they stay right as the patterns change. No
kept library does this; the standard library's own parser gives the structure.
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

Needed = frozenset[str] | None
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


@cache
def needed_text(pattern: re.Pattern[str]) -> Needed:
    """Lower-cased strings of which every match of the pattern holds at least one, or None where some
    match may hold none (a pattern of digits only, say)."""
    return _sequence(sre_parse.parse(pattern.pattern, pattern.flags).data)


class Screen:
    """Patterns, told for any text which of them could match it. Patterns that need the same strings
    share one test, and a test is a search for plain substrings (far cheaper than a regular
    expression's alternation, which is tried at every position)."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        cues = [_shortest(n) if (n := needed_text(p)) else None for p in patterns]
        self.cues = list(dict.fromkeys(c for c in cues if c is not None))
        self.cue_index = [-1 if c is None else self.cues.index(c) for c in cues]

    def possible(self, text: str) -> list[bool]:
        """For each pattern, False where it cannot match the text, True where it may."""
        lowered = text.lower()
        found = [any(map(lowered.__contains__, cue)) for cue in self.cues]
        return [i < 0 or found[i] for i in self.cue_index]


def _shortest(needed: frozenset[str]) -> tuple[str, ...]:
    """The strings of a set that hold no other one: a text holding "january" holds "jan"."""
    return tuple(sorted(t for t in needed if not any(o != t and o in t for o in needed)))


def _sequence(items: list[tuple[Any, Any]]) -> Needed:
    """What a sequence of parsed items needs: the most telling of its mandatory parts (a run of
    literal characters, or a group or choice whose every branch needs something)."""
    candidates: list[Needed] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            candidates.append(frozenset({"".join(run).lower()}))
            run.clear()

    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        end_run()
        if op in _REPEATS:
            low, _high, inner = arg
            if low >= 1:
                candidates.append(_sequence(inner))
        elif op is sre.SUBPATTERN:
            candidates.append(_sequence(arg[-1]))
        elif op is sre.ATOMIC_GROUP:
            candidates.append(_sequence(arg))
        elif op is sre.BRANCH:
            branches = [_sequence(branch) for branch in arg[1]]
            known = [b for b in branches if b is not None]
            candidates.append(frozenset().union(*known) if len(known) == len(branches) else None)
        # Anchors, classes, categories and lookarounds need no text of the match itself.
    end_run()
    known = [c for c in candidates if c]
    return max(known, key=lambda c: min(_telling(t) for t in c), default=None)


def _telling(text: str) -> int:
    """How seldom prose holds a string, roughly: by its length, a mark counting as three letters
    ("/" is rarer than "ap")."""
    return sum(1 if c.isalnum() or c.isspace() else 3 for c in text)
