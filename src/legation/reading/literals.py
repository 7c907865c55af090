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


@cache
def _cue(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """One search for any of the strings a pattern needs; patterns needing the same strings share it."""
    needed = needed_text(pattern)
    return None if needed is None else _alternation(needed)


@cache
def _alternation(needed: frozenset[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(t) for t in sorted(needed, key=lambda t: (-len(t), t))))


class Screen:
    """Which patterns could match one text: each set of needed strings is looked for once."""

    def __init__(self, text: str) -> None:
        self.lowered = text.lower()
        self.found: dict[re.Pattern[str], bool] = {}

    def may_match(self, pattern: re.Pattern[str]) -> bool:
        """False only where the pattern cannot match the text."""
        cue = _cue(pattern)
        if cue is None:
            return True
        found = self.found.get(cue)
        if found is None:
            found = self.found[cue] = cue.search(self.lowered) is not None
        return found


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
    return max(known, key=lambda c: min(len(t) for t in c), default=None)
