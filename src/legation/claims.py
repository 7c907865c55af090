"""The records Legation reads from a text: events and facts, each with its evidence."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Evidence:
    """Where a claim was read: the document and the character span of the sentence."""

    document: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Event:
    """Something one state did to another (or both did together), on a date, read from a sentence."""

    type: str
    actor: str
    target: str
    directed: bool
    date: str | None
    evidence: Evidence
    person: str | None = None
    rank: str | None = None
    vote: str | None = None
    announced: str | None = None
    mission: str | None = None
    cameo: str | None = None
    plover: str | None = None
    confidence: float = 0.9

    kind = "event"


@dataclass(frozen=True)
class Membership:
    """A state's membership of an international organization, as the text says it stands."""

    country: str
    organization: str
    evidence: Evidence

    kind = "membership"


@dataclass(frozen=True)
class Statistic:
    """A migration figure: nationals of origin living in destination, as a count or a share."""

    origin: str
    destination: str
    year: int | None
    measure: str
    value: float | int
    evidence: Evidence

    kind = "statistic"


@dataclass(frozen=True)
class Mission:
    """A diplomatic mission of a state in another, as an infobox lists it."""

    country: str
    host: str
    name: str
    city: str
    evidence: Evidence

    kind = "mission"


Claim = Event | Membership | Statistic | Mission


def to_record(claim: Claim) -> dict[str, Any]:
    """The claim as the JSON object of the evaluation contract: `kind` first, empty keys left out."""
    body = {k: v for k, v in asdict(claim).items() if v is not None}
    return {"kind": claim.kind, **body}
