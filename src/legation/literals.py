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


def cue_of(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """One search for any of the strings a pattern needs (None where it needs none)."""
    needed = needed_text(pattern)
    return None if needed is None else _alternation(needed)


@cache
def _alternation(needed: frozenset[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(t) for t in sorted(needed, key=lambda t: (-len(t), t))))


class Screen:
    """Patterns, told for any text which of them could match it. The patterns' cues are found once,
    and patterns that need the same strings share one search."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        cues = [cue_of(p) for p in patterns]
        self.cues = list(dict.fromkeys(c for c in cues if c is not None))
        self.cue_index = [-1 if c is None else self.cues.index(c) for c in cues]

    def possible(self, text: str) -> list[bool]:
        """For each pattern, False where it cannot match the text, True where it may."""
        lowered = text.lower()
        found = [cue.search(lowered) is not None for cue in self.cues]
        return [i < 0 or found[i] for i in self.cue_index]


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
