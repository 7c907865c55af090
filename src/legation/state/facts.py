"""What the texts say of a state, or of a pair, beyond events: the organizations they belong to (and
when they joined, were suspended or left), the migration figures between them, and their missions
(open or closed on a day, as the pair's timeline has them).

Each answer has one JSON form (`Facts.to_json`), used by every face.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from legation.claims import Membership, Mission, Statistic, StoredEvent, stored_record, to_record
from legation.countries import load_lexicon
from legation.state.queries import check_pair, pair_timeline
from legation.state.timeline import value_on
from legation.store import Store, StoredFact

MEMBERSHIP_TYPES = ("membership_joined", "membership_suspended", "membership_left")
Status = Literal["member", "suspended", "left", "not yet a member"]
STATUS_OF = {"membership_joined": "member", "membership_suspended": "suspended", "membership_left": "left"}


@dataclass(frozen=True)
class MembershipFacts:
    """A state's membership of one organization: what the texts state of it and the acts that changed it."""

    country: str
    organization: str
    statements: tuple[StoredFact, ...]
    acts: tuple[StoredEvent, ...]  # in date order

    def status(self, day: date) -> Status:
        """Where the membership stands on the day: from the last act by then, else from the statements."""
        done = [a for a in self.acts if a.event.occurred and a.start is not None and a.start <= day]
        if done:
            return STATUS_OF[done[-1].event.type]  # type: ignore[return-value]
        if self.statements or not self.acts:
            return "member"
        return "not yet a member"

    def since(self, day: date) -> str | None:
        done = [a for a in self.acts if a.event.occurred and a.start is not None and a.start <= day]
        return done[-1].event.date if done else None

    def date_of(self, kind: str) -> str | None:
        """The date of the last act of a kind ("membership_joined"), as the text gives it."""
        found = [a.event.date for a in self.acts if a.event.type == kind and a.event.occurred]
        return found[-1] if found else None

    def to_json(self, day: date) -> dict[str, Any]:
        return {
            "country": self.country,
            "organization": self.organization,
            "status": self.status(day),
            "since": self.since(day),
            "joined": self.date_of("membership_joined"),
            "suspended": self.date_of("membership_suspended"),
            "left": self.date_of("membership_left"),
            "statements": [fact_record(f) for f in self.statements],
            "events": [stored_record(a) for a in self.acts],
        }


@dataclass(frozen=True)
class MissionFacts:
    """A state's mission in another, and whether it is open on the day asked."""

    fact: StoredFact
    status: str  # open, closed or unknown: the pair's embassy on the day, for an embassy
    since: str | None
    event: StoredEvent | None  # what opened or closed it

    def to_json(self) -> dict[str, Any]:
        return {
            **fact_record(self.fact),
            "status": self.status,
            "since": self.since,
            "event": stored_record(self.event) if self.event else None,
        }


@dataclass(frozen=True)
class Facts:
    """The facts of one state, or of a pair (`other` given): memberships, figures, missions."""

    country: str
    other: str | None
    on: date
    memberships: tuple[MembershipFacts, ...]
    statistics: tuple[StoredFact, ...]
    missions: tuple[MissionFacts, ...]

    def shared(self) -> list[str]:
        """The organizations both states of a pair are members of on the day."""
        if self.other is None:
            return []
        members: dict[str, set[str]] = {}
        for m in self.memberships:
            if m.status(self.on) in ("member", "suspended"):
                members.setdefault(m.organization, set()).add(m.country)
        return sorted(o for o, states in members.items() if {self.country, self.other} <= states)

    def to_json(self) -> dict[str, Any]:
        lexicon = load_lexicon()
        states = [self.country] if self.other is None else [self.country, self.other]
        return {
            "countries": states,
            "names": [lexicon.name(c) for c in states],
            "on": self.on.isoformat(),
            "shared": self.shared(),
            "memberships": [m.to_json(self.on) for m in self.memberships],
            "statistics": [fact_record(f) for f in self.statistics],
            "missions": [m.to_json() for m in self.missions],
        }


def fact_record(fact: StoredFact) -> dict[str, Any]:
    """A stored fact's JSON object: its record (the evaluation contract's), and where it is kept."""
    return {**to_record(fact.claim), "document_id": fact.document_id, "source": fact.source}


def facts(store: Store, country: str, other: str | None = None, on: date | None = None) -> Facts:
    """The facts the store holds of a state, or (with `other`) of a pair: for a pair, each side's
    memberships (and which they share), the migration figures between the two and each one's
    missions in the other; with `on` (default today), where memberships and missions stand then."""
    day = on or date.today()
    states = (country,) if other is None else check_pair(country, other)
    stored = store.facts(states)
    acts = [a for state in states for a in store.events(country=state, types=MEMBERSHIP_TYPES)]
    memberships = _memberships(
        [f for f in stored if isinstance(f.claim, Membership) and f.claim.country in states],
        [a for a in acts if a.event.actor in states],
    )
    statistics = tuple(f for f in stored if isinstance(f.claim, Statistic) and _between(f.claim, states))
    missions = tuple(
        _mission(store, f, day) for f in stored if isinstance(f.claim, Mission) and _in(f.claim, states)
    )
    return Facts(country, other, day, memberships, statistics, missions)


def _between(figure: Statistic, states: tuple[str, ...]) -> bool:
    if len(states) == 1:
        return states[0] in (figure.origin, figure.destination)
    return {figure.origin, figure.destination} == set(states)


def _in(mission: Mission, states: tuple[str, ...]) -> bool:
    if len(states) == 1:
        return states[0] in (mission.country, mission.host)
    return {mission.country, mission.host} == set(states)


def _memberships(statements: list[StoredFact], acts: list[StoredEvent]) -> tuple[MembershipFacts, ...]:
    keys: dict[tuple[str, str], tuple[list[StoredFact], list[StoredEvent]]] = {}
    for f in statements:
        assert isinstance(f.claim, Membership)
        keys.setdefault((f.claim.country, f.claim.organization), ([], []))[0].append(f)
    for a in acts:
        if a.event.organization:
            keys.setdefault((a.event.actor, a.event.organization), ([], []))[1].append(a)
    return tuple(
        MembershipFacts(country, organization, tuple(said), tuple(sorted(done, key=_act_order)))
        for (country, organization), (said, done) in sorted(keys.items())
    )


def _act_order(stored: StoredEvent) -> tuple[date, str, int]:
    return (stored.start or date.min, stored.source, stored.ordinal)


def _mission(store: Store, fact: StoredFact, day: date) -> MissionFacts:
    """A mission with the state of its state's embassy on the day, where it is an embassy."""
    mission = fact.claim
    assert isinstance(mission, Mission)
    if not mission.name.lower().startswith("embassy"):
        return MissionFacts(fact, "unknown", None, None)
    timeline = pair_timeline(store, mission.country, mission.host)
    value = value_on(timeline, f"embassy:{mission.country}>{mission.host}", day)
    since = value.event.event.date if value.event else None
    return MissionFacts(fact, value.value or "unknown", since, value.event)
