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
5. An ambassador withdrawn (or expelled) while relations go on leaves a chargé d'affaires; a chargé
   withdrawn or expelled, or any envoy while relations are frozen or broken, leaves no one. A recall
   for consultations is temporary: the rank stays.
6. An embassy opened or closed sets that side's embassy; a closed one leaves that side no envoy.
7. Recognising a rival claimant is kept as such, until relations are established or restored again.
8. An act that needs relations (an ambassador named, credentials, an embassy opened, an upgrade)
   while they are none, unknown or severed implies a restoration just before it, marked uncertain.
9. A restoration leaves the representation that an envoy already set, and makes `none` `unknown`.
10. An answer on a day inside the period of the last change to a value (an event dated only "2019")
   says that it is not certain.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from legation.store import StoredEvent

RANK_LEVEL = {"ambassador": "ambassador", "minister": "minister", "charge_d_affaires": "charge_d_affaires"}
NEEDS_RELATIONS = frozenset(
    {"envoy_appointed", "credentials_presented", "relations_upgraded", "embassy_opened"}
)
FIELDS = ("relations", "representation", "embassy", "recognizes")
# The event types the rules above read; the others (criticism, visits, visas...) leave the state as it is.
STATE_TYPES = (
    "relations_established", "relations_restored", "relations_suspended", "relations_severed",
    "relations_downgraded", "relations_upgraded", "envoy_appointed", "credentials_presented",
    "envoy_withdrawn", "envoy_expelled", "envoy_recalled", "embassy_opened", "embassy_closed",
    "government_recognized",
)  # fmt: skip


@dataclass(frozen=True)
class Change:
    """A value a field took from a day on, and the event that gave it."""

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
        if name == "relations":
            return "none" if self.established else "unknown"
        if name.startswith("recognizes"):
            return None
        return "unknown"

    def intervals(self) -> list[Interval]:
        """Each field's values as consecutive intervals, the first starting with no date."""
        out: list[Interval] = []
        for name in self.fields():
            current = Interval(name, self.initial(name), None, None, None, True)
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


def build_timeline(a: str, b: str, events: list[StoredEvent]) -> Timeline:
    """The changes of the pair's state that its events imply."""
    timeline = Timeline((a, b), events=list(events))
    timeline.established = any(e.event.type == "relations_established" for e in events)
    state: dict[str, str | None] = {name: timeline.initial(name) for name in timeline.fields()}
    seen: set[str] = set()
    guessed: set[str] = set()

    def put(
        name: str, value: str | None, e: StoredEvent | None, at: date, until: date, implied: bool = False
    ) -> None:
        # A value said again is no change: it keeps the event that first gave it, unless that one only
        # implied it (an ambassador named before the restoration is reported).
        if state[name] == value and name in seen and (implied or name not in guessed):
            return
        seen.add(name)
        if implied:
            guessed.add(name)
        else:
            guessed.discard(name)
        state[name] = value
        timeline.changes.append(Change(name, value, at, until, e, implied))

    for stored in _sorted(events):
        if stored.start is None or stored.end is None:
            timeline.undated.append(stored)
            continue
        e = stored.event
        at, until = stored.start, stored.end
        sides = [(e.actor, e.target), (e.target, e.actor)]
        mine = f"{e.actor}>{e.target}"
        theirs = f"{e.target}>{e.actor}"
        interests_section = e.type == "embassy_opened" and e.mission == "interests section"
        if (
            e.type in NEEDS_RELATIONS
            and state["relations"] in ("none", "unknown", "severed")
            and not interests_section
        ):
            put("relations", "active", stored, at, until, implied=True)
        t = e.type
        if t in ("relations_established", "relations_restored"):
            put("relations", "active", stored, at, until)
            for x, y in sides:
                if state[f"representation:{x}>{y}"] == "none":
                    put(f"representation:{x}>{y}", "unknown", stored, at, until)
                if state[f"embassy:{x}>{y}"] == "closed":
                    put(f"embassy:{x}>{y}", "unknown", stored, at, until)
                put(f"recognizes:{x}>{y}", None, stored, at, until)
        elif t == "relations_suspended":
            put("relations", "suspended", stored, at, until)
        elif t == "relations_severed":
            put("relations", "severed", stored, at, until)
            for x, y in sides:
                put(f"representation:{x}>{y}", "none", stored, at, until)
                put(f"embassy:{x}>{y}", "closed", stored, at, until)
        elif t == "relations_downgraded" and e.rank in ("consular", None):
            # Kept at consular level; with no level said, below ambassadors at least.
            if e.rank == "consular":
                put("relations", "consular", stored, at, until)
            for x, y in sides:
                rep = f"representation:{x}>{y}"
                if e.rank == "consular":
                    put(rep, "consular", stored, at, until)
                elif state[rep] == "ambassador":
                    put(rep, "charge_d_affaires", stored, at, until)
        elif t == "relations_downgraded":
            for x, y in sides:
                put(f"representation:{x}>{y}", e.rank, stored, at, until)
        elif t == "relations_upgraded":
            put("relations", "active", stored, at, until)
            for x, y in sides:
                put(f"representation:{x}>{y}", e.rank or "ambassador", stored, at, until)
        elif t in ("envoy_appointed", "credentials_presented") and e.rank in RANK_LEVEL:
            put(f"representation:{mine}", RANK_LEVEL[e.rank], stored, at, until)
        elif t in ("envoy_withdrawn", "envoy_expelled"):
            gone = e.rank == "charge_d_affaires" or state["relations"] in ("severed", "suspended")
            side = mine if t == "envoy_withdrawn" else theirs
            put(f"representation:{side}", "none" if gone else "charge_d_affaires", stored, at, until)
        elif t == "embassy_opened" and not interests_section:
            # An interests section works under a protecting power, without relations or an embassy.
            put(f"embassy:{mine}", "open", stored, at, until)
        elif t == "embassy_closed":
            put(f"embassy:{mine}", "closed", stored, at, until)
            put(f"representation:{mine}", "none", stored, at, until)
        elif t == "government_recognized" and e.person:
            put(f"recognizes:{mine}", e.person, stored, at, until)
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
        return FieldValue(timeline.initial(name), True, None, None)
    certain = not last.implied and (day > last.until_certain or last.since == last.until_certain)
    return FieldValue(last.value, certain, last.event, last.since)
