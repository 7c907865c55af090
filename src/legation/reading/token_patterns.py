"""Matching the trigger table's token patterns, in the subset of spaCy's Matcher pattern format that
`patterns.compile_phrase` writes, with the same matches as spaCy's Matcher.

Why not spaCy's Matcher: it walks every token of a sentence through every state of its patterns, and
was a sixth of all reading time for a phrase language this small. Here a pattern is tried only from
the tokens its first step can take, on the word lists the reader has made anyway. A test runs both
matchers on the same phrases and sentences and asks for the same matches.

Supported, as `compile_phrase` writes them: `LOWER: {IN: [...]}`, `TEXT: {NOT_IN: [...]}`,
`ENT_TYPE: label`, `SHAPE: shape`, and the operators none (once), `?`, `+` and `{0,N}`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from legation.reading.extensions import texts, written_lowers

_RANGE = re.compile(r"^\{(\d*),(\d*)\}$")


@dataclass(frozen=True)
class TokenColumns:
    """The attributes of a doc's tokens that patterns test, each as a list (made once per doc)."""

    lowers: list[str]
    texts: list[str]
    entity_types: list[str]
    shapes: list[str]

    @classmethod
    def of(cls, doc: Doc) -> TokenColumns:
        strings = doc.vocab.strings
        kinds = [strings[x] for x in doc.to_array("ENT_TYPE").tolist()]
        shapes = [strings[x] for x in doc.to_array("SHAPE").tolist()]
        return cls(written_lowers(doc), texts(doc), kinds, shapes)

    def without(self, start: int, end: int) -> TokenColumns:
        """The columns with the tokens from start to end left out."""
        return TokenColumns(
            *(
                column[:start] + column[end:]
                for column in (self.lowers, self.texts, self.entity_types, self.shapes)
            )
        )


Test = Callable[[TokenColumns, int], bool]


@dataclass(frozen=True)
class Step:
    """One token spec of a pattern: what a token must be, and how many such tokens in a row."""

    test: Test
    low: int
    high: int  # a large number where the operator sets no upper bound
    first_words: frozenset[str] | None = None  # the words such a token may be, where known


def compile_step(spec: dict[str, Any]) -> Step:
    """A step from a token spec; a ValueError for a spec outside the supported subset."""
    spec = dict(spec)
    low, high = _bounds(spec.pop("OP", None))
    if len(spec) != 1:
        raise ValueError(f"token spec {spec!r}: one attribute per token is supported")
    ((attr, value),) = spec.items()
    if attr == "LOWER" and isinstance(value, dict) and set(value) == {"IN"}:
        words = frozenset(value["IN"])
        return Step(lambda t, i: t.lowers[i] in words, low, high, words)
    if attr == "TEXT" and isinstance(value, dict) and set(value) == {"NOT_IN"}:
        stops = frozenset(value["NOT_IN"])
        return Step(lambda t, i: t.texts[i] not in stops, low, high)
    if attr == "ENT_TYPE" and isinstance(value, str):
        return Step(lambda t, i: t.entity_types[i] == value, low, high)
    if attr == "SHAPE" and isinstance(value, str):
        return Step(lambda t, i: t.shapes[i] == value, low, high)
    raise ValueError(f"token spec {attr}: {value!r} is not supported")


def _bounds(op: str | None) -> tuple[int, int]:
    unbounded = 1 << 30
    if op is None:
        return 1, 1
    if op == "?":
        return 0, 1
    if op == "+":
        return 1, unbounded
    if op == "*":
        return 0, unbounded
    if m := _RANGE.match(op):
        return int(m.group(1) or 0), int(m.group(2)) if m.group(2) else unbounded
    raise ValueError(f"operator {op!r} is not supported")


@dataclass(frozen=True)
class TokenPattern:
    """A compiled pattern: its steps in order."""

    steps: tuple[Step, ...]

    @classmethod
    def compile(cls, specs: list[dict[str, Any]]) -> TokenPattern:
        return cls(tuple(compile_step(s) for s in specs))

    def matches(self, tokens: TokenColumns) -> set[tuple[int, int]]:
        """Every (start, end) the pattern matches, as spaCy's Matcher gives them (non-greedy: all
        lengths; no empty match)."""
        found: set[tuple[int, int]] = set()
        steps, n = self.steps, len(tokens.lowers)

        def walk(k: int, i: int, start: int) -> None:
            if k == len(steps):
                if i > start:
                    found.add((start, i))
                return
            step = steps[k]
            if step.low == 0:
                walk(k + 1, i, start)
            j = i
            while j < n and j - i < step.high and step.test(tokens, j):
                j += 1
                if j - i >= step.low:
                    walk(k + 1, j, start)

        for start in self._starts(tokens):
            walk(0, start, start)
        return found

    def _starts(self, tokens: TokenColumns) -> range | list[int]:
        first = self.steps[0] if self.steps else None
        if first is not None and first.low > 0 and first.first_words is not None:
            words = first.first_words
            return [i for i, w in enumerate(tokens.lowers) if w in words]
        return range(len(tokens.lowers))
