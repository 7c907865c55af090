"""Questions analysts ask of a store: the state of a pair on a day, its timeline, a country's relations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from legation.errors import QueryError
from legation.store import Store, StoredEvent
from legation.timeline import STATE_TYPES, FieldValue, Timeline, build_timeline, value_on
from legation.triggers import load_trigger_table


def event_types() -> list[str]:
    """The event types Legation reads, sorted."""
    return sorted({t.reported for t in load_trigger_table().types if t.name != "ellipsis"})


def check_event_types(types: list[str] | tuple[str, ...]) -> None:
    """Nothing, or a QueryError naming an unknown type and the known ones."""
    known = event_types()
    for t in types:
        if t not in known:
            raise QueryError(f"unknown event type {t!r}; use one of: {', '.join(known)}")


@dataclass(frozen=True)
class Basis:
    """What a value rests on: the event followed, and other sources' claims of the same act."""

    value: FieldValue
    agreeing: tuple[StoredEvent, ...]
    disagreeing: tuple[StoredEvent, ...]


@dataclass(frozen=True)
class PairState:
    """The state of a pair on a day, each value with its basis."""

    pair: tuple[str, str]
    on: date
    values: dict[str, Basis]

    def value(self, name: str) -> str | None:
        return self.values[name].value.value

    @property
    def certain(self) -> bool:
        return all(b.value.certain for b in self.values.values())

    def to_json(self, *, explain: bool = False) -> dict[str, Any]:
        """The state object of the evaluation contract, with certainty and (if asked) the reasons."""
        a, b = self.pair
        out: dict[str, Any] = {
            "pair": [a, b],
            "on": self.on.isoformat(),
            "relations": self.value("relations"),
        }
        for kind in ("representation", "embassy", "recognizes"):
            out[kind] = {d: self.value(f"{kind}:{d}") for d in (f"{a}>{b}", f"{b}>{a}")}
        out["certain"] = self.certain
        out["uncertain"] = sorted(n for n, v in self.values.items() if not v.value.certain)
        if explain:
            out["reasons"] = {name: _reason_json(basis) for name, basis in self.values.items()}
        return out


def _event_json(stored: StoredEvent) -> dict[str, Any]:
    e = stored.event
    return {
        "type": e.type,
        "actor": e.actor,
        "target": e.target,
        "date": e.date,
        "person": e.person,
        "source": stored.source,
        "document": stored.document_id,
        "sentence": e.evidence.text,
        "start": e.evidence.start,
        "end": e.evidence.end,
    }


def _reason_json(basis: Basis) -> dict[str, Any]:
    v = basis.value
    return {
        "value": v.value,
        "since": v.since.isoformat() if v.since else None,
        "certain": v.certain,
        "event": _event_json(v.event) if v.event else None,
        "agreeing": [_event_json(e) for e in basis.agreeing],
        "disagreeing": [_event_json(e) for e in basis.disagreeing],
    }


def _basis(timeline: Timeline, name: str, day: date, *, sources: bool) -> Basis:
    value = value_on(timeline, name, day)
    if value.event is None or not sources:
        return Basis(value, (), ())
    followed = value.event
    same = [e for e in timeline.events if e.event.type == followed.event.type and e.source != followed.source]
    agreeing = tuple(e for e in same if e.event.date == followed.event.date)
    disagreeing = tuple(
        e
        for e in same
        if e.event.date != followed.event.date
        and e.start
        and followed.start
        and abs((e.start - followed.start).days) < 366 * 2
    )
    return Basis(value, agreeing, disagreeing)


def state_from_timeline(timeline: Timeline, day: date, *, sources: bool = True) -> PairState:
    """The state of the timeline's pair on a day; with `sources`, other sources' claims of each act."""
    values = {name: _basis(timeline, name, day, sources=sources) for name in timeline.fields()}
    return PairState(timeline.pair, day, values)


def pair_timeline(store: Store, a: str, b: str) -> Timeline:
    """The pair's timeline from every stored event between the two."""
    return build_timeline(a, b, store.events(pair=(a, b)))


def pair_state(store: Store, a: str, b: str, day: date) -> PairState:
    """The state of a pair on a day, with the events behind each value."""
    return state_from_timeline(build_timeline(a, b, store.events(pair=(a, b), types=STATE_TYPES)), day)


def country_relations(store: Store, country: str, day: date) -> list[PairState]:
    """The state on a day of every pair the country has stored events with."""
    by_partner: dict[str, list[StoredEvent]] = {}
    # What happens after the day leaves the state on it as it is, but for a later establishment,
    # which says that relations were none until then.
    found = store.events(country=country, types=STATE_TYPES, end=day)
    later = store.events(country=country, types=["relations_established"], start=day + timedelta(days=1))
    found += [e for e in later if e.start and e.start > day]
    for stored in found:
        e = stored.event
        partner = e.target if e.actor == country else e.actor
        by_partner.setdefault(partner, []).append(stored)
    return [
        state_from_timeline(build_timeline(country, p, evs), day, sources=False)
        for p, evs in sorted(by_partner.items())
    ]
