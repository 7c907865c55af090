"""Where a dataset and the texts disagree about a pair: the days, the fields, and the text's evidence.

Each dataset claim is set against the state the texts alone give on its day (for a year, the day
of the year asked for): a level of envoy the texts give otherwise, or an envoy or relations where
the texts say relations were frozen, broken or never made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from legation.claims import DatasetClaim, StoredEvent
from legation.datasets import LEVEL_OF, dataset_claims
from legation.state.queries import PairState, dataset_field, read_types, state_from_timeline
from legation.state.timeline import build_timeline
from legation.store import Store

# What the texts may say of relations that leaves no room for an envoy or for relations held.
NO_RELATIONS = ("severed", "suspended", "none")


@dataclass(frozen=True)
class Disagreement:
    """A dataset's claim and what the texts say instead on its day, with the event behind it."""

    day: date
    field: str
    claim: DatasetClaim
    text_value: str | None
    since: date | None
    event: StoredEvent | None


def disagreements(
    store: Store, a: str, b: str, *, dataset: str | None = None, on: tuple[int, int] = (12, 31)
) -> list[Disagreement]:
    """Every claim of the dataset about the pair that the texts contradict, in order of day."""
    timeline = build_timeline(a, b, store.events(pair=(a, b), types=read_types()))
    found: list[Disagreement] = []
    for claim in dataset_claims(store, a, b, dataset=dataset):
        if claim.start is None:
            continue
        day = _day_of(claim, on)
        state = state_from_timeline(timeline, day, sources=False)
        if (clash := _clash(state, claim, day)) is not None:
            found.append(clash)
    return found


def _day_of(claim: DatasetClaim, on: tuple[int, int]) -> date:
    assert claim.start is not None
    if claim.precision == "year":
        month, day = on
        return date(claim.start.year, month, min(day, 28) if month == 2 else day)
    return claim.start


def _clash(state: PairState, claim: DatasetClaim, day: date) -> Disagreement | None:
    name = dataset_field(claim)
    said = state.values[name].value
    if name != "relations" and said.value not in (None, "unknown"):
        if LEVEL_OF.get(said.value, -1) != LEVEL_OF.get(claim.value, -2):
            return Disagreement(day, name, claim, said.value, said.since, said.event)
        return None
    relations = state.values["relations"].value
    if claim.value != "none" and relations.value in NO_RELATIONS:
        return Disagreement(day, "relations", claim, relations.value, relations.since, relations.event)
    return None
