"""The bodies the HTTP API answers with, as Pydantic models, so that `/openapi.json` describes them.

They describe the one JSON form of each record (`claims.to_record`, `claims.stored_record`,
`PairState.to_json`, `queries.timeline_record`); the server returns those and these check them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class EvidenceBody(BaseModel):
    document: str = Field(description="the source the sentence was read from")
    start: int = Field(description="the sentence's first character in the document's text")
    end: int = Field(description="the character after its last")
    text: str = Field(description="the sentence as written, in its own language")
    language: str = Field("en", description="the sentence's language (ISO 639-1: en, es)")


class EventBody(BaseModel):
    kind: Literal["event"]
    type: str = Field(description="an event type of /api/types")
    actor: str
    target: str
    directed: bool
    date: str | None = Field(None, description="'1853', '2021-12', '2019-01-23' or a range '1881..1884'")
    evidence: EvidenceBody
    person: str | None = None
    rank: str | None = None
    vote: str | None = None
    announced: str | None = None
    mission: str | None = None
    cameo: str | None = None
    plover: str | None = None
    confidence: float
    status: str | None = Field(None, description="announced, threatened, demanded or denied; absent if done")
    citation: str | None = Field(None, description="the source the sentence cites, where the text gives one")
    mentions: list[EvidenceBody] | None = Field(None, description="every span stating the act, where several")
    organization: str | None = Field(None, description="for a membership event: the organization's full name")
    document_id: str
    ordinal: int
    source: str


class ReasonBody(BaseModel):
    value: str | None
    since: str | None
    certain: bool
    event: EventBody | None
    agreeing: list[EventBody]
    disagreeing: list[EventBody]


class StateBody(BaseModel):
    pair: list[str]
    on: str
    relations: str | None
    representation: dict[str, str | None]
    embassy: dict[str, str | None]
    recognizes: dict[str, str | None]
    certain: bool
    uncertain: list[str]
    reasons: dict[str, ReasonBody] | None = None


class IntervalBody(BaseModel):
    field: str
    kind: str
    direction: str | None
    value: str | None
    since: str | None
    until: str | None
    certain: bool
    event: EventBody | None


class TimelineBody(BaseModel):
    pair: list[str]
    names: list[str]
    intervals: list[IntervalBody]
    events: list[EventBody]
    undated: list[EventBody]


class CountryBody(BaseModel):
    code: str
    name: str
    historical: bool
    events: int


class PairBody(BaseModel):
    pair: list[str]
    names: list[str]
    events: int


class EvidenceSpanBody(BaseModel):
    ordinal: int
    type: str
    date: str | None
    start: int
    end: int


class DocumentBody(BaseModel):
    id: str
    source: str
    title: str | None
    text: str
    evidence: list[EvidenceSpanBody]


class EventTypeBody(BaseModel):
    name: str
    label: str
    about: str
    cameo: str
    plover: str
    tone: Literal["break", "mend", "neutral"]
    state: bool


class FactBody(BaseModel):
    """A fact as read, where it is kept, and its evidence."""

    evidence: EvidenceBody
    document_id: str
    source: str


class MembershipStatementBody(FactBody):
    kind: Literal["membership"]
    country: str
    organization: str


class StatisticBody(FactBody):
    kind: Literal["statistic"]
    origin: str = Field(description="the state whose nationals are counted")
    destination: str = Field(description="the state they live in")
    year: int | None
    measure: Literal["residents", "share_of_foreign_residents"] | str
    value: float = Field(description="a count, or a fraction (0.868 for 86.8%)")


class MissionBody(FactBody):
    kind: Literal["mission"]
    country: str = Field(description="whose mission it is")
    host: str = Field(description="the state it is in")
    name: str
    city: str
    status: str = Field(description="for an embassy, open, closed or unknown on the day asked; else unknown")
    since: str | None = Field(description="the date of the event that opened or closed it")
    event: EventBody | None


class MembershipBody(BaseModel):
    country: str
    organization: str = Field(description="the organization's full name")
    status: Literal["member", "suspended", "left", "not yet a member"] = Field(description="on the day asked")
    since: str | None = Field(description="the date of the last act by the day asked")
    joined: str | None
    suspended: str | None
    left: str | None
    statements: list[MembershipStatementBody] = Field(description="sentences that state the membership")
    events: list[EventBody] = Field(description="joining, suspension and leaving, in date order")


class FactsBody(BaseModel):
    countries: list[str]
    names: list[str]
    on: str
    shared: list[str] = Field(description="for a pair, the organizations both belong to on the day")
    memberships: list[MembershipBody]
    statistics: list[StatisticBody]
    missions: list[MissionBody]


class PostingBody(BaseModel):
    sending: str
    host: str
    person: str | None
    rank: str | None
    start: str | None = Field(description="as the texts date it; null where they do not")
    end: str | None
    ended_by: str | None = Field(description="the event type that ended it, or 'succeeded'")
    events: list[EventBody]


class EnvoysBody(BaseModel):
    pair: list[str]
    names: list[str]
    envoys: list[PostingBody]


class ErrorBody(BaseModel):
    ok: Literal[False]
    error: str
