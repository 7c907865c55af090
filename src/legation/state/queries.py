"""Questions analysts ask of a store: the state of a pair on a day, its timeline, a country's relations.

Each answer has one JSON form (`PairState.to_json`, `interval_record`), used by every face.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from legation.claims import DatasetClaim, StoredEvent, stored_record
from legation.datasets import dataset_claims
from legation.errors import QueryError
from legation.state.priors import PRIORS
from legation.state.timeline import FieldValue, Interval, Timeline, build_timeline, value_on
from legation.store import Store
from legation.vocabulary import state_types


@dataclass(frozen=True)
class Basis:
    """What a value rests on: the event followed, and other sources' claims of the same act.

    Where the texts say nothing of a value and a dataset does, the value is the dataset's (`dataset`);
    datasets that say otherwise than the texts are `contradicting`.
    """

    value: FieldValue
    agreeing: tuple[StoredEvent, ...]
    disagreeing: tuple[StoredEvent, ...]
    dataset: DatasetClaim | None = None
    contradicting: tuple[DatasetClaim, ...] = ()


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


def _reason_json(basis: Basis) -> dict[str, Any]:
    v = basis.value
    out = {
        "value": v.value,
        "since": v.since.isoformat() if v.since else None,
        "certain": v.certain,
        "event": stored_record(v.event) if v.event else None,
        "agreeing": [stored_record(e) for e in basis.agreeing],
        "disagreeing": [stored_record(e) for e in basis.disagreeing],
    }
    if basis.dataset is not None:
        out["dataset"] = dataset_record(basis.dataset)
    if basis.contradicting:
        out["datasets_disagreeing"] = [dataset_record(c) for c in basis.contradicting]
    return out


def dataset_record(claim: DatasetClaim) -> dict[str, Any]:
    """A dataset's claim as JSON."""
    return {
        "kind": claim.kind,
        "dataset": claim.dataset,
        "source": claim.source,
        "actor": claim.actor,
        "target": claim.target,
        "field": claim.field,
        "value": claim.value,
        "start": claim.start.isoformat() if claim.start else None,
        "end": claim.end.isoformat() if claim.end else None,
        "precision": claim.precision,
    }


def dataset_field(claim: DatasetClaim) -> str:
    """The field of the state a dataset's claim speaks of."""
    return f"representation:{claim.actor}>{claim.target}" if claim.field == "representation" else "relations"


def weigh_datasets(state: PairState, claims: Sequence[DatasetClaim]) -> PairState:
    """The state with a dataset's value where the texts say nothing, and its word where they differ.

    The claims are those holding on the state's day. A dataset's year (COW's) holds the day without
    saying when in it, so a value taken from it is not certain.
    """
    values = dict(state.values)
    for claim in claims:
        name = dataset_field(claim)
        basis = values.get(name)
        if basis is None:
            continue
        text_value = basis.value.value
        if text_value in (None, "unknown") and basis.dataset is None:
            taken = FieldValue(claim.value, claim.precision == "day", None, claim.start)
            values[name] = replace(basis, value=taken, dataset=claim)
        elif text_value != claim.value and (basis.dataset is None or basis.dataset.value != claim.value):
            values[name] = replace(basis, contradicting=(*basis.contradicting, claim))
    return replace(state, values=values)


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


def check_pair(a: str, b: str) -> tuple[str, str]:
    """The pair of two different states, or a QueryError: a state has no relations with itself."""
    if a == b:
        raise QueryError(f"a pair needs two different states, and {a} was given twice; name another state")
    return a, b


def pair_timeline(store: Store, a: str, b: str) -> Timeline:
    """The pair's timeline from every stored event between the two."""
    check_pair(a, b)
    return build_timeline(a, b, store.events(pair=(a, b)))


def read_types() -> list[str]:
    """The event types the state is made of: those that change it and those that presuppose it."""
    return sorted({*state_types(), *PRIORS})


def pair_state(store: Store, a: str, b: str, day: date) -> PairState:
    """The state of a pair on a day, with the events behind each value, texts and datasets weighed."""
    check_pair(a, b)
    state = state_from_timeline(build_timeline(a, b, store.events(pair=(a, b), types=read_types())), day)
    return weigh_datasets(state, dataset_claims(store, a, b, on=day))


def country_relations(store: Store, country: str, day: date) -> list[PairState]:
    """The state on a day of every pair the country has stored events with."""
    by_partner: dict[str, list[StoredEvent]] = {}
    # What happens after the day leaves the state on it as it is, but for what a later act
    # presupposes (an establishment: relations were none until then; a rupture: they were active).
    # The states alone are asked for, not the reasons: the spans that state each act are not read.
    found = store.events(
        country=country,
        types=read_types(),
        end=day,
        past_end=["relations_established", *PRIORS],
        mentions=False,
    )
    for stored in found:
        e = stored.event
        partner = e.target if e.actor == country else e.actor
        by_partner.setdefault(partner, []).append(stored)
    # Datasets weigh in as in `pair_state`, and name partners the texts may not.
    claims: dict[str, list[DatasetClaim]] = {}
    for claim in dataset_claims(store, country, None, on=day):
        claims.setdefault(claim.target if claim.actor == country else claim.actor, []).append(claim)
    return [
        weigh_datasets(
            state_from_timeline(build_timeline(country, p, by_partner.get(p, [])), day, sources=False),
            claims.get(p, []),
        )
        for p in sorted(by_partner.keys() | claims.keys())
    ]


def interval_record(interval: Interval) -> dict[str, Any]:
    """A value held over a stretch of days, as JSON, with the event that began it."""
    kind, _, direction = interval.field.partition(":")
    return {
        "field": interval.field,
        "kind": kind,
        "direction": direction or None,
        "value": interval.value,
        "since": interval.since.isoformat() if interval.since else None,
        "until": interval.until.isoformat() if interval.until else None,
        "certain": interval.certain,
        "event": stored_record(interval.event) if interval.event else None,
    }


def timeline_record(timeline: Timeline, names: list[str]) -> dict[str, Any]:
    """A pair's timeline as JSON: the intervals of every value, the events, and those with no date."""
    return {
        "pair": list(timeline.pair),
        "names": names,
        "intervals": [interval_record(i) for i in timeline.intervals()],
        "events": [stored_record(e) for e in timeline.events],
        # Events the text gives no date for: kept, but not placed on the timeline.
        "undated": [stored_record(e) for e in timeline.undated],
    }
