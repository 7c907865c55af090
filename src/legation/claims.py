"""The records that cross Legation's boundaries, and their one JSON form.

Reading makes `Extraction`s of `Claim`s (events and facts, each with its evidence); the store keeps
them and gives back `StoredEvent`s; the state and every face (command line, Python, HTTP) write them
out with `to_record` and `stored_record`. Nothing here needs the reader.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date
from typing import Any

from legation.text.documents import Document


@dataclass(frozen=True)
class Evidence:
    """Where a claim was read: the document and the character span of the sentence."""

    document: str
    start: int
    end: int
    text: str
    # The language the sentence is written in (ISO 639-1): the evidence is kept as written.
    language: str = "en"


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
    # None for an act done; else "announced", "threatened", "demanded" or "denied": a concrete act
    # the text names but does not say was done, which the state leaves out.
    status: str | None = None
    # The source the sentence cites, where the text gives one (a Wikipedia page's reference).
    citation: str | None = None
    # Every span of the document that states this act (the headline, the lead, a caption, ...);
    # `evidence` is the most informative of them.
    mentions: tuple[Evidence, ...] = ()
    # The international organization a state joined, was suspended from or left (its full name).
    organization: str | None = None

    kind = "event"

    @property
    def occurred(self) -> bool:
        return self.status in (None, "occurred")


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


@dataclass(frozen=True)
class DatasetClaim:
    """What a dataset says of a pair over a stretch of days: COW's level of an envoy, Wikidata's relations.

    `field` is "representation" (the level of the actor's envoy in the target: ambassador, minister,
    charge_d_affaires, other or none) or "relations" (active). `start` None: the dataset gives no start.
    """

    dataset: str
    source: str
    actor: str
    target: str
    field: str
    value: str
    start: date | None
    end: date | None
    precision: str

    kind = "dataset"


@dataclass(frozen=True)
class Extraction:
    """What was read from one document: its claims and the warnings about it."""

    document: Document
    pair: tuple[str, str] | None
    claims: tuple[Claim, ...]
    warnings: tuple[str, ...]

    @property
    def events(self) -> list[Event]:
        return [c for c in self.claims if isinstance(c, Event)]


@dataclass(frozen=True)
class StoredEvent:
    """An event as stored: the event, its document and its place in that document."""

    document_id: str
    source: str
    ordinal: int
    event: Event
    start: date | None
    end: date | None


def with_citations(extraction: Extraction) -> Extraction:
    """The extraction with each event carrying the citation of the sentence it was read from."""
    cited: dict[int, list[str]] = {}
    for c in extraction.document.citations:
        cited.setdefault(c.start, []).append(c.text)
    if not cited:
        return extraction
    claims = tuple(
        replace(c, citation="; ".join(dict.fromkeys(cited[c.evidence.start])))
        if isinstance(c, Event) and c.evidence.start in cited
        else c
        for c in extraction.claims
    )
    return replace(extraction, claims=claims)


def to_record(claim: Claim) -> dict[str, Any]:
    """The claim as the JSON object of the evaluation contract: `kind` first, empty keys left out."""
    body = {k: v for k, v in asdict(claim).items() if v is not None and v != ()}
    if "mentions" in body:
        body["mentions"] = [dict(m) for m in body["mentions"]]
    return {"kind": claim.kind, **body}


def stored_record(stored: StoredEvent) -> dict[str, Any]:
    """A stored event's JSON object: its record, and where it is kept (document, ordinal, source)."""
    return {
        **to_record(stored.event),
        "document_id": stored.document_id,
        "ordinal": stored.ordinal,
        "source": stored.source,
    }
