"""The state of a pair of states over time, derived from the events read about it, with the reasons.

The rules, applied to the pair's events in order of the start of their dates, then their order in
the text:
1. Before the first establishment of relations they are `none`; with no establishment read, `unknown`.
2. An establishment or a restoration makes relations `active`; a freeze makes them `suspended`; a
   downgrade to consular level makes them `consular`, and both sides' representation `consular`; a
   downgrade to chargés d'affaires leaves chargés on both sides; one to no level said leaves no
   ambassador (a chargé where there was one).
3. A rupture makes relations `severed`, both sides' representation `none` and embassies `closed`,
   unless a later event says otherwise.
4. An appointment or credentials set the sending side's representation to the envoy's rank.
5. An ambassador withdrawn, recalled for consultations or expelled while relations go on leaves a
   chargé d'affaires (until an envoy is named again); a chargé withdrawn or expelled, diplomats of no
   rank named, or any envoy while relations are frozen or broken, leave no one.
6. An embassy opened or closed sets that side's embassy; a closed one leaves that side no envoy.
7. Recognising a rival claimant is kept as such, until relations are established or restored again.
8. An act that needs relations (an ambassador named, credentials, an embassy opened, an upgrade)
   while they are none, unknown or severed implies a restoration just before it, marked uncertain.
9. A restoration leaves the representation that an envoy already set, and makes `none` `unknown`.
10. An act only announced, threatened, demanded or denied changes nothing.
11. Before a field's first change, its value is what the first act touching it presupposes (see
    `priors.py`: relations severed were active, an ambassador recalled was there), not certain.
12. An answer on a day inside the period of the last change to a value (an event dated only "2019")
   says that it is not certain.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from legation.claims import Event, StoredEvent
from legation.state.priors import PRIORS

RANK_LEVEL = {"ambassador": "ambassador", "minister": "minister", "charge_d_affaires": "charge_d_affaires"}
NEEDS_RELATIONS = frozenset(
    {"envoy_appointed", "credentials_presented", "relations_upgraded", "embassy_opened"}
)
FIELDS = ("relations", "representation", "embassy", "recognizes")


class Change(NamedTuple):
    """A value a field took from a day on, and the event that gave it.

    A named tuple, not a frozen dataclass: a country's relations make tens of thousands, and a tuple
    is made several times faster."""

    field: str  # "relations" or "representation:A>B" etc.
    value: str | None
    since: date
    until_certain: date  # the last day of the period of the event: before it, the change is not certain
    event: StoredEvent | None
    implied: bool = False


@dataclass(frozen=True)
class Interval:
    """A value held over a stretch of days, with the event that began it."""

    field: str
    value: str | None
    since: date | None
    until: date | None
    event: StoredEvent | None
    certain: bool


@dataclass
class Timeline:
    """Every change of a pair's state, in order."""

    pair: tuple[str, str]
    changes: list[Change] = field(default_factory=list)
    undated: list[StoredEvent] = field(default_factory=list)
    events: list[StoredEvent] = field(default_factory=list)
    established: bool = False
    # The value of a field before its first change, where the first act touching it presupposes one.
    priors: dict[str, tuple[str, StoredEvent]] = field(default_factory=dict)

    def by_field(self) -> dict[str, list[Change]]:
        """The changes of each field, in order (made once, after the timeline is built)."""
        if self._by_field is None:
            self._by_field = {}
            for change in self.changes:
                self._by_field.setdefault(change.field, []).append(change)
        return self._by_field

    _by_field: dict[str, list[Change]] | None = field(default=None, repr=False, compare=False)

    def fields(self) -> list[str]:
        a, b = self.pair
        return ["relations", *(f"{kind}:{d}" for kind in FIELDS[1:] for d in (f"{a}>{b}", f"{b}>{a}"))]

    def initial(self, name: str) -> str | None:
        """The value of a field before any change: what the first act presupposes, else none known."""
        if name in self.priors:
            return self.priors[name][0]
        if name == "relations":
            return "none" if self.established else "unknown"
        if name.startswith("recognizes"):
            return None
        return "unknown"

    def intervals(self) -> list[Interval]:
        """Each field's values as consecutive intervals, the first starting with no date."""
        out: list[Interval] = []
        for name in self.fields():
            prior = self.priors.get(name)
            current = Interval(name, self.initial(name), None, None, prior[1] if prior else None, not prior)
            for change in (c for c in self.changes if c.field == name):
                if change.value == current.value:
                    continue
                out.append(
                    Interval(name, current.value, current.since, change.since, current.event, current.certain)
                )
                current = Interval(name, change.value, change.since, None, change.event, not change.implied)
            out.append(current)
        return out


def _sorted(events: list[StoredEvent]) -> list[StoredEvent]:
    return sorted(events, key=lambda e: (e.start or date.min, e.source, e.ordinal))


class _Builder:
    """The running state of a pair while its events are applied in order, and the changes made."""

    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self.state: dict[str, str | None] = {name: timeline.initial(name) for name in timeline.fields()}
        self.seen: set[str] = set()
        self.guessed: set[str] = set()
        self.stored: StoredEvent | None = None

    def put(self, name: str, value: str | None, implied: bool = False) -> None:
        """Sets a field from the event being applied."""
        stored = self.stored
        assert stored is not None and stored.start is not None and stored.end is not None
        # A value said again is no change: it keeps the event that first gave it, unless that one only
        # implied it (an ambassador named before the restoration is reported).
        if self.state[name] == value and name in self.seen and (implied or name not in self.guessed):
            return
        self.seen.add(name)
        if implied:
            self.guessed.add(name)
        else:
            self.guessed.discard(name)
        self.state[name] = value
        self.timeline.changes.append(Change(name, value, stored.start, stored.end, stored, implied))


def _sides(e: Event) -> list[tuple[str, str]]:
    return [(e.actor, e.target), (e.target, e.actor)]


def _opened_interests_section(e: Event) -> bool:
    # An interests section works under a protecting power, without relations or an embassy.
    return e.type == "embassy_opened" and e.mission == "interests section"


def _relations_begin(b: _Builder, e: Event) -> None:
    b.put("relations", "active")
    for x, y in _sides(e):
        if b.state[f"representation:{x}>{y}"] == "none":
            b.put(f"representation:{x}>{y}", "unknown")
        if b.state[f"embassy:{x}>{y}"] == "closed":
            b.put(f"embassy:{x}>{y}", "unknown")
        b.put(f"recognizes:{x}>{y}", None)


def _suspended(b: _Builder, e: Event) -> None:
    b.put("relations", "suspended")


def _severed(b: _Builder, e: Event) -> None:
    b.put("relations", "severed")
    for x, y in _sides(e):
        b.put(f"representation:{x}>{y}", "none")
        b.put(f"embassy:{x}>{y}", "closed")


def _downgraded(b: _Builder, e: Event) -> None:
    if e.rank not in ("consular", None):
        for x, y in _sides(e):
            b.put(f"representation:{x}>{y}", e.rank)
        return
    # Kept at consular level; with no level said, below ambassadors at least.
    if e.rank == "consular":
        b.put("relations", "consular")
    for x, y in _sides(e):
        rep = f"representation:{x}>{y}"
        if e.rank == "consular":
            b.put(rep, "consular")
        elif b.state[rep] == "ambassador":
            b.put(rep, "charge_d_affaires")


def _upgraded(b: _Builder, e: Event) -> None:
    b.put("relations", "active")
    for x, y in _sides(e):
        b.put(f"representation:{x}>{y}", e.rank or "ambassador")


def _envoy_sent(b: _Builder, e: Event) -> None:
    if e.rank in RANK_LEVEL:
        b.put(f"representation:{e.actor}>{e.target}", RANK_LEVEL[e.rank])


# Acts on a state's own envoy (the others, expulsions, are on the other side's).
_OWN_ENVOY = frozenset({"envoy_withdrawn", "envoy_recalled"})


def _envoy_gone(b: _Builder, e: Event) -> None:
    # A chargé gone, diplomats gone with no rank named ("expelled Argentina's diplomats"), or any envoy
    # while relations are frozen or broken: no one is left.
    gone = e.rank in ("charge_d_affaires", None) or b.state["relations"] in ("severed", "suspended")
    side = f"{e.actor}>{e.target}" if e.type in _OWN_ENVOY else f"{e.target}>{e.actor}"
    b.put(f"representation:{side}", "none" if gone else "charge_d_affaires")


def _recalled(b: _Builder, e: Event) -> None:
    """An ambassador called home for consultations leaves the embassy to a chargé d'affaires until he
    goes back; one of no rank named, or called home from relations frozen or broken, leaves no one."""
    _envoy_gone(b, e)


def _embassy_opened(b: _Builder, e: Event) -> None:
    if not _opened_interests_section(e):
        b.put(f"embassy:{e.actor}>{e.target}", "open")


def _embassy_closed(b: _Builder, e: Event) -> None:
    b.put(f"embassy:{e.actor}>{e.target}", "closed")
    b.put(f"representation:{e.actor}>{e.target}", "none")


def _recognized(b: _Builder, e: Event) -> None:
    if e.person:
        b.put(f"recognizes:{e.actor}>{e.target}", e.person)


Rule = Callable[[_Builder, Event], None]
# The rule of each event type that changes the state (`state = true` in data/types.toml).
RULES: dict[str, Rule] = {
    "relations_established": _relations_begin,
    "relations_restored": _relations_begin,
    "relations_suspended": _suspended,
    "relations_severed": _severed,
    "relations_downgraded": _downgraded,
    "relations_upgraded": _upgraded,
    "envoy_appointed": _envoy_sent,
    "credentials_presented": _envoy_sent,
    "envoy_withdrawn": _envoy_gone,
    "envoy_expelled": _envoy_gone,
    "envoy_recalled": _recalled,
    "embassy_opened": _embassy_opened,
    "embassy_closed": _embassy_closed,
    "government_recognized": _recognized,
}


def build_timeline(a: str, b: str, events: list[StoredEvent]) -> Timeline:
    """The changes of the pair's state that its events imply."""
    timeline = Timeline((a, b), events=list(events))
    timeline.established = any(e.event.type == "relations_established" for e in events)
    builder = _Builder(timeline)
    for stored in _sorted(events):
        if stored.start is None or stored.end is None:
            timeline.undated.append(stored)
            continue
        builder.stored = stored
        e = stored.event
        # What an act presupposes holds even of one only announced ("would re-open its embassy").
        for name, value in PRIORS[e.type](e) if e.type in PRIORS else ():
            if name not in builder.seen:
                timeline.priors.setdefault(name, (value, stored))
        if not e.occurred:
            continue  # announced, threatened, demanded or denied: shown, but it changes nothing
        if (
            e.type in NEEDS_RELATIONS
            and builder.state["relations"] in ("none", "unknown", "severed")
            and not _opened_interests_section(e)
        ):
            builder.put("relations", "active", implied=True)
        rule = RULES.get(e.type)
        if rule is not None:
            rule(builder, e)
    return timeline


@dataclass(frozen=True)
class FieldValue:
    """A field's value on a day, whether it is certain, and the event it rests on."""

    value: str | None
    certain: bool
    event: StoredEvent | None
    since: date | None


def value_on(timeline: Timeline, name: str, day: date) -> FieldValue:
    """The value of one field on a day."""
    changes = timeline.by_field().get(name, [])
    # Changes come in date order: the last one that began by the day holds.
    at = bisect_right(changes, day, key=lambda c: c.since)
    last = changes[at - 1] if at else None
    if last is None:
        prior = timeline.priors.get(name)
        return FieldValue(timeline.initial(name), prior is None, prior[1] if prior else None, None)
    certain = not last.implied and (day > last.until_certain or last.since == last.until_certain)
    return FieldValue(last.value, certain, last.event, last.since)
