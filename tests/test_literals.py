"""The text a pattern cannot match without, and the screen that skips patterns with it."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from legation.literals import Screen, needed_text
from legation.reading import dates, dates_es


def test_the_most_telling_mandatory_part_is_needed() -> None:
    ago = re.compile(r"\b(a|an|\d+)\s+(years?|months?)\s+ago\b", re.I)
    # "years?" needs only "year"; the count may be digits, so it needs nothing.
    assert needed_text(ago) == frozenset({"year", "month"})
    assert needed_text(re.compile(r"\b(?:[Ll]ast|[Tt]his\s+past)\s+week")) == frozenset({"week"})


def test_a_pattern_that_may_match_without_letters_needs_nothing() -> None:
    assert needed_text(re.compile(r"\b\d{4}\s*[–-]\s*\d{4}\b")) is None
    assert needed_text(re.compile(r"(?:since\s+)?\d{4}")) is None


def test_lookarounds_and_optional_parts_are_not_needed() -> None:
    pattern = re.compile(r"(?<!not )\bclosed(?:\s+down)?(?!\s+again)")
    assert needed_text(pattern) == frozenset({"closed"})


def test_the_screen_skips_only_what_cannot_match() -> None:
    march = re.compile(r"\b(March|April)\s+(\d{4})")
    weekday = re.compile(r"\b(Monday|Friday)\b")
    digits = re.compile(r"\d+")
    screen = Screen([march, weekday, digits])
    assert screen.possible("The embassy reopened in March 2019.") == [True, False, True]
    assert screen.possible("It reopened on Friday.") == [False, True, True]


_PATTERNS = [p for p, _ in (*dates.ENGLISH.absolute, *dates.ENGLISH.relatives)] + [
    p for p, _ in (*dates_es.SPANISH.absolute, *dates_es.SPANISH.relatives)
]
_SCREEN = Screen(_PATTERNS)
_WORDS = [
    "in", "March", "May", "2019", "last", "week", "the", "following", "day", "ayer", "el", "3", "de",
    "marzo", "hace", "dos", "años", "early", "1990s", "Monday", "later", "that", "year", ",",
]  # fmt: skip


@given(words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=10))
def test_no_date_pattern_that_matches_is_skipped(words: list[str]) -> None:
    text = " ".join(words)
    for pattern, possible in zip(_PATTERNS, _SCREEN.possible(text), strict=True):
        if pattern.search(text):
            assert possible, pattern.pattern
