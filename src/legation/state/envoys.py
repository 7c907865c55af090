"""Each side's heads of mission over time, from the events of a pair: who was sent, at what rank,
from when to when, and the sentences that say so.

The rules, applied in date order to the acts done (not those only announced):
1. An appointment or credentials presented begin a posting, or add to the current one where it is
   the same person (or either names no one); a different person ends the current one ("succeeded").
2. A recall for consultations is noted on the current posting, which goes on: it is temporary.
3. A withdrawal (by the sending side) or an expulsion (by the host) ends the current posting; with
   none current, it is a posting whose start the texts do not give (or, on the day the last one
   ended, another account of that end).
4. Relations broken off end both sides' postings; an embassy closed ends its side's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from legation.claims import StoredEvent, stored_record
from legation.countries import load_lexicon
from legation.state.queries import check_pair
from legation.store import Store

ENVOY_TYPES = (
    "envoy_appointed",
    "credentials_presented",
    "envoy_recalled",
    "envoy_withdrawn",
    "envoy_expelled",
    "relations_severed",
    "embassy_closed",
)


@dataclass
class Posting:
    """One head of mission's time in post: the sending state, the host, the person and rank where
    the texts give them, the start and end dates as the texts give them, and the events behind it."""

    sending: str
    host: str
    person: str | None = None
    rank: str | None = None
    start: str | None = None
    end: str | None = None
    ended_by: str | None = None  # the event type that ended it, or "succeeded"
    events: list[StoredEvent] = field(default_factory=list)

    def same_envoy(self, person: str | None) -> bool:
        """Whether an act naming this person is about this posting's envoy."""
        if person is None or self.person is None:
            return True
        a, b = person.casefold(), self.person.casefold()
        return a in b or b in a

    def goes_on_with(self, stored: StoredEvent) -> bool:
        """Whether an appointment or credentials belong to this posting: the same envoy, in a
        posting begun by an appointment, and no second appointment of an envoy named by no one."""
        e = stored.event
        if self.start is None or not self.same_envoy(e.person):
            return False
        if e.type == "envoy_appointed":
            named_again = e.person is not None and self.person is not None
            return named_again or not any(x.event.type == "envoy_appointed" for x in self.events)
        return True

    def take(self, stored: StoredEvent) -> None:
        self.events.append(stored)
        e = stored.event
        if e.person and (self.person is None or len(e.person) > len(self.person)):
            self.person = e.person
        if e.rank and self.rank is None:
            self.rank = e.rank

    def close(self, stored: StoredEvent, how: str) -> None:
        self.end = stored.event.date
        self.ended_by = how
        if how != "succeeded":
            self.events.append(stored)

    def to_json(self) -> dict[str, Any]:
        return {
            "sending": self.sending,
            "host": self.host,
            "person": self.person,
            "rank": self.rank,
            "start": self.start,
            "end": self.end,
            "ended_by": self.ended_by,
            "events": [stored_record(e) for e in self.events],
        }


@dataclass(frozen=True)
class Envoys:
    """The postings of each side of a pair, the first side's first."""

    pair: tuple[str, str]
    postings: tuple[Posting, ...]

    def to_json(self) -> dict[str, Any]:
        lexicon = load_lexicon()
        return {
            "pair": list(self.pair),
            "names": [lexicon.name(c) for c in self.pair],
            "envoys": [p.to_json() for p in self.postings],
        }


def envoys(store: Store, a: str, b: str) -> Envoys:
    """Each side's heads of mission in the other over time, from the pair's stored events."""
    check_pair(a, b)
    found = [s for s in store.events(pair=(a, b), types=ENVOY_TYPES) if s.event.occurred and s.start]
    return Envoys((a, b), (*_postings(found, a, b), *_postings(found, b, a)))


def _postings(events: list[StoredEvent], sending: str, host: str) -> list[Posting]:
    done: list[Posting] = []
    current: Posting | None = None

    def begin(start: str | None) -> Posting:
        posting = Posting(sending, host, start=start)
        done.append(posting)
        return posting

    for stored in events:
        e = stored.event
        own = e.actor == sending and e.target == host
        if e.type in ("envoy_appointed", "credentials_presented") and own:
            if current is None or not current.goes_on_with(stored):
                if current is not None:
                    current.close(stored, "succeeded")
                current = begin(e.date)
            current.take(stored)
        elif e.type == "envoy_recalled" and own:
            current = current or begin(None)
            current.take(stored)
        elif (e.type == "envoy_withdrawn" and own) or (
            e.type == "envoy_expelled" and e.actor == host and e.target == sending
        ):
            if current is None and done and done[-1].end == e.date and done[-1].same_envoy(e.person):
                done[-1].events.append(stored)  # the same end, told twice ("broke relations and expelled")
                continue
            if current is None or not current.same_envoy(e.person):
                current = begin(None)
                current.person = e.person
            if e.rank and current.rank is None:
                current.rank = e.rank
            current.close(stored, e.type)
            current = None
        elif current is not None and (e.type == "relations_severed" or (e.type == "embassy_closed" and own)):
            current.close(stored, e.type)
            current = None
    return done
