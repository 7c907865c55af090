"""One event from many mentions: a report states one act in its headline, its lead, a caption and a
quotation; an encyclopedia page in its summary and its history. Mentions of one act in a document
become one event whose evidence is the most informative of them and whose `mentions` lists them all.

Two mentions are of one act where they have the same type, the same sides (a mention that names no
direction joins one that does), the same status, no different envoy or rank, and dates that can be
the same day: two dates the text wrote must overlap; a date only inferred (the report's day, the
paragraph's, the section's) is an upper bound or a frame that the other must fit (the report's day
reaching back a month at most). A mention that says "again" or "a second time" is never merged into
an earlier one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Literal

from legation.claims import Event
from legation.periods import Period
from legation.text.documents import SentenceKind

DateOrigin = Literal["written", "paragraph", "section", "report", "none"]
_SECOND_ACT = re.compile(r"\b(?:again|a\s+second\s+time|once\s+more|anew|for\s+the\s+second\s+time)\b", re.I)
# Which mention gives the event its evidence: a sentence of the report before a headline or caption.
# How long before its day a report's news may have happened.
_REPORT_REACH = timedelta(days=31)
_KIND_RANK: dict[SentenceKind, int] = {"body": 0, "headline": 1, "caption": 2}
_ORIGIN_RANK: dict[DateOrigin, int] = {"written": 0, "paragraph": 1, "section": 2, "report": 3, "none": 4}


@dataclass(frozen=True)
class Mention:
    """An event as one sentence states it, with where its date came from and what part of the page
    the sentence is."""

    event: Event
    period: Period | None
    origin: DateOrigin
    kind: SentenceKind

    @property
    def repeats(self) -> bool:
        """Whether the sentence says the act happened again, so it is not an earlier mention's act."""
        return bool(_SECOND_ACT.search(self.event.evidence.text))


def merge_mentions(mentions: list[Mention]) -> list[Event]:
    """The events of a document, each once, in the order of their first mention."""
    groups: list[list[Mention]] = []
    # Only mentions of one type and pair of sides can be of one act: each is compared with those.
    by_key: dict[tuple[str, str, str, str | None], list[list[Mention]]] = {}
    for mention in mentions:
        alike = by_key.setdefault(_key(mention.event), [])
        group = next((g for g in alike if _same_act(g, mention)), None)
        if group is None:
            group = [mention]
            groups.append(group)
            alike.append(group)
        else:
            group.append(mention)
    return [_merged(g) for g in groups]


def _key(e: Event) -> tuple[str, str, str, str | None]:
    first, second = (e.actor, e.target) if e.actor <= e.target else (e.target, e.actor)
    return (e.type, first, second, e.status)


def _same_direction(a: Event, b: Event) -> bool:
    """Whether two mentions can be of one act's sides: the same actor, or one that names no direction
    ("relations between the two were severed" beside "the United States broke off relations")."""
    return not (a.directed and b.directed) or a.actor == b.actor


def _same_act(group: list[Mention], mention: Mention) -> bool:
    """Whether a mention is of the act of a group of mentions of its type and sides."""
    if not all(_same_direction(m.event, mention.event) for m in group):
        return False
    if mention.repeats and any(m.origin == "written" and m.period != mention.period for m in group):
        return False  # "closed again on Wednesday": not the closure the text dated before
    return all(_compatible(m, mention) for m in group)


def _compatible(a: Mention, b: Mention) -> bool:
    ea, eb = a.event, b.event
    for name in ("person", "rank", "vote", "mission"):
        x, y = getattr(ea, name), getattr(eb, name)
        if x and y and x != y:
            return False
    if a.period is None or b.period is None:
        return True
    if "report" in (a.origin, b.origin):
        # The report's day bounds an act it reports: the act did not begin after it, or, decided for
        # a later day ("from Thursday"), was decided by then.
        bound, other = (a, b) if a.origin == "report" else (b, a)
        assert bound.period is not None and other.period is not None
        decided = other.period.start
        if other.event.announced:
            decided = min(decided, Period.parse(other.event.announced).start)
        # Nor is it one the text dates long before the report ("In April, it banned imports" in an
        # October report of a new ban): that is an earlier act of the same kind.
        recent = other.period.end >= bound.period.start - _REPORT_REACH
        return decided <= bound.period.end and recent
    return a.period.start <= b.period.end and b.period.start <= a.period.end


def _merged(group: list[Mention]) -> Event:
    if len(group) == 1:
        return group[0].event
    best = min(group, key=_informative)
    dated = [m for m in group if m.origin == "written" and m.period is not None]
    event = best.event
    if dated:
        # The most precise date the mentions agree on: a paragraph's date within the written one
        # ("in 1990 ... decided to attack"; "the invasion started on 2 August") narrows it.
        narrowest = min(dated, key=lambda m: _span_days(m.period))
        within = [m for m in group if m.origin == "paragraph" and _inside(m.period, narrowest.period)]
        narrowest = min([narrowest, *within], key=lambda m: _span_days(m.period))
        event = replace(
            event, date=narrowest.event.date, announced=event.announced or narrowest.event.announced
        )
    spans = tuple(sorted({m.event.evidence for m in group}, key=lambda e: e.start))
    return replace(
        event,
        person=event.person or _first(group, "person"),
        rank=event.rank or _first(group, "rank"),
        vote=event.vote or _first(group, "vote"),
        mission=event.mission or _first(group, "mission"),
        confidence=max(m.event.confidence for m in group),
        mentions=spans,
    )


def _first(group: list[Mention], name: str) -> str | None:
    """The first value of a detail any mention gives (one names the envoy, another the rank)."""
    return next((value for m in group if (value := getattr(m.event, name))), None)


def _inside(inner: Period | None, outer: Period | None) -> bool:
    return inner is not None and outer is not None and outer.start <= inner.start and inner.end <= outer.end


def _span_days(period: Period | None) -> int:
    return (period.end - period.start).days if period else 1 << 30


def _informative(m: Mention) -> tuple[int, int, int, int, int]:
    """Smaller is better: a written date, a direction, a sentence of the body, an envoy named, then
    the earliest."""
    named = 0 if (m.event.person or m.event.rank) else 1
    undirected = 0 if m.event.directed else 1
    return (_ORIGIN_RANK[m.origin], undirected, _KIND_RANK[m.kind], named, m.event.evidence.start)
