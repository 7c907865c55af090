"""States that did the same act before, named in an ordinal comparison: "the UAE became the third
Arab country, after Egypt in 1979 and Jordan in 1994, to normalise its relations with Israel" says that
Egypt (1979) and Jordan (1994) did so too. Each such state, with the date the comparison gives it, is a
companion of the act; its date is not the act's own.
"""

from __future__ import annotations

from dataclasses import dataclass

from legation.periods import Period
from legation.reading.clauses import SentenceView
from legation.reading.dates import DateMention
from legation.reading.extensions import lowers

ORDINALS = frozenset(
    {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest", "last"}
)
GROUP_NOUNS = frozenset({"country", "state", "nation", "government", "monarchy", "republic", "member"})


@dataclass(frozen=True)
class Companion:
    """A state that did the act before, and the date the comparison gives for it."""

    code: str
    period: Period | None
    # The characters of the comparison in the sentence: its dates belong to the companions.
    start: int
    end: int


def companions(view: SentenceView, dates: list[tuple[DateMention, Period]]) -> list[Companion]:
    """The companions an ordinal comparison in the sentence names, if it has one."""
    lower = lowers(view.doc)
    for i, word in enumerate(lower):
        if word not in ORDINALS or not any(w in GROUP_NOUNS for w in lower[i + 1 : i + 4]):
            continue
        after = next((j for j in range(i + 1, min(i + 6, len(lower))) if lower[j] == "after"), None)
        if after is None:
            return []
        end = next((j for j in range(after + 1, len(lower)) if lower[j] in (",", "to", ")")), len(lower))
        doc = view.doc
        start_char, end_char = doc[after].idx, doc[end - 1].idx + len(doc[end - 1])
        named = [s for s in view.slots_in(after + 1, end) if s.code and s.kind == "name"]
        found = []
        for k, slot in enumerate(named):
            limit = doc[named[k + 1].start].idx if k + 1 < len(named) else end_char
            own = [p for m, p in dates if doc[slot.end - 1].idx <= m.start < limit and m.period]
            found.append(Companion(slot.code or "", own[0] if own else None, start_char, end_char))
        return found
    return []
