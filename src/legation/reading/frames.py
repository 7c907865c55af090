"""How each frame of the trigger table finds the sides of its act (see roles.py for the frames).

A frame function reads the sentence around one trigger and fills in a `Reading`: the actors, the
target and the details (rank, person, mission); it returns False where the act is not one at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import takewhile
from typing import Any

from spacy.tokens import Doc, Span

from legation.reading import sides as find
from legation.reading.clauses import Segment, SentenceView, Slot
from legation.reading.context import DocumentContext
from legation.reading.extensions import lowers, written_lowers
from legation.reading.voice import nominal
from legation.reading.words import ranks, word_list

MILITARY = frozenset({"military", "army", "armed", "naval", "defence", "defense", "security"})


def rank_of(doc: Doc, noun: int | None) -> str | None:
    if noun is None:
        return None
    word = lowers(doc)[noun]
    if word == "counterpart":
        for t in doc:
            if ranks().get(t.lower_):
                return ranks()[t.lower_]
    return ranks().get(word)


def _mission_kind(doc: Doc, noun: int) -> str:
    word = lowers(doc)[noun].rstrip("s") if lowers(doc)[noun] != "embassies" else "embassy"
    if word == "section" and noun > 0 and lowers(doc)[noun - 1] in ("interests", "interest"):
        return "interests section"
    if word == "interest" and lowers(doc)[noun - 2 : noun] == ["section", "of"]:
        return "interests section"
    return "embassy" if word == "nunciature" else word  # the Holy See's embassy has its own name


@dataclass
class Reading:
    """The sides and details of one trigger's act while its frame works them out."""

    actors: list[str]
    target: str | None
    extra: dict[str, Any]


def _envoy(view: SentenceView, trigger: Span, segment: Segment, ctx: DocumentContext, r: Reading) -> bool:
    noun = find.noun_near(view.doc, trigger, segment, ranks())
    if noun is not None and set(lowers(view.doc)[max(0, noun - 2) : noun]) & MILITARY:
        return False  # "the withdrawal of all U.S. military personnel" is no envoy's
    r.extra["rank"] = rank_of(view.doc, noun)
    owner = find.owner(view, noun) if noun is not None else None
    owner_code = (owner.code or ctx.code_of(owner.text)) if owner else None
    host = find.host(view, noun, segment) if noun is not None else None
    if noun is not None and _headline_host(owner, owner_code, host, r.actors, noun):
        # A headline's "Jordan recalls Israel envoy": a bare name on the envoy of a state that acts
        # is where he serves.
        host, owner_code = owner, r.actors[0]
    if owner_code:
        r.actors = [owner_code]
    if host is not None and host.kind != "mutual" and host.code:
        r.target = host.code
        r.actors = [a for a in r.actors if a != r.target]
        # "its ambassadors to Norway and Ireland": one act for each host.
        r.extra["also_targets"] = tuple(
            c for s in find.coordinated_after(view, host)[1:] if (c := s.code) and c not in r.actors
        )
    named = find.envoy_named(view, trigger, segment) or find.appositive(view, noun)
    if named is not None:
        r.extra["person"] = ctx.full_name(named.text)
        if not r.actors and named.codes:
            r.actors = list(named.codes)
    return True


def _headline_host(
    owner: Slot | None, owner_code: str | None, host: Slot | None, actors: list[str], noun: int
) -> bool:
    return (
        owner is not None
        and owner.end <= noun
        and owner.kind == "name"
        and not owner.possessive
        and host is None
        and len(actors) == 1
        and owner_code is not None
        and owner_code != actors[0]
    )


def _expel(view: SentenceView, trigger: Span, segment: Segment, ctx: DocumentContext, r: Reading) -> bool:
    after = lowers(view.doc)[trigger.end : min(segment.end, trigger.end + 4)]
    if set(after) & word_list("not_envoys"):
        return False  # "expelled the soldiers from the island", "expulsó a los migrantes": no envoys
    noun = find.noun_near(view.doc, trigger, segment, ranks())
    r.extra["rank"] = rank_of(view.doc, noun)
    owner = find.owner(view, noun) if noun is not None else None
    owner_code = (owner.code or ctx.code_of(owner.text)) if owner else None
    r.target = owner_code or r.target
    # "the expulsion of its high commissioner from Solomon Islands": the state he is sent out of acts.
    if nominal(trigger) and noun is not None and (expeller := _expelled_from(view, noun, segment)):
        r.actors = [expeller]
    # "the Canadian ambassador ... order him to leave": the envoy's state is not who expels him.
    r.actors = [a for a in r.actors if a != r.target]

    named = find.appositive(view, noun)
    if named is not None:
        r.extra["person"] = ctx.full_name(named.text)
    if noun is not None and (other := _counterpart_after(view, noun, segment)) and other != r.target:
        # "expelled the Australian high commissioner and his New Zealand counterpart"
        r.extra["also_targets"] = (other,)
    elif owner is not None and (listed := _listed_after(view, owner, segment, {*r.actors, r.target})):
        r.extra["also_targets"] = listed  # "expelled the ambassadors of Bolivia and Peru"
    return True


def _expelled_from(view: SentenceView, noun: int, segment: Segment) -> str | None:
    """The state named after "from" just after an expelled envoy ("... of its ambassador from Chile")."""
    slots = [s for s in view.slots_in(noun + 1, min(segment.end, noun + 6)) if s.code]
    return slots[0].code if slots and slots[0].prep == "from" else None


def _listed_after(
    view: SentenceView, first: Slot, segment: Segment, known: set[str | None]
) -> tuple[str, ...]:
    """The states listed right after a state ("of Bolivia, Ecuador and Peru"), but for those known."""
    listed = find.listed_after(view, first, view.slots_in(first.end, segment.end))
    codes = [s.code for s in takewhile(lambda s: s.code, listed)]
    return tuple(c for c in codes if c is not None and c not in known)


def _counterpart_after(view: SentenceView, noun: int, segment: Segment) -> str | None:
    """The state of "and his <demonym> counterpart" a few words after an envoy noun, if there is one."""
    words = lowers(view.doc)
    for i in range(noun + 1, min(segment.end, noun + 8)):
        if words[i] in ("counterpart", "counterparts"):
            slot = next((s for s in view.slots if s.end == i and s.code), None)
            return slot.code if slot is not None and "and" in words[noun + 1 : slot.start] else None
    return None


def _mission(view: SentenceView, trigger: Span, segment: Segment, ctx: DocumentContext, r: Reading) -> bool:
    nouns = word_list("mission_nouns")
    noun = find.noun_near(view.doc, trigger, segment, nouns)
    if trigger.label_ == "mission_upgraded":
        # "the interests section ... was raised to an embassy": the mission is the first one named.
        noun = next((i for i in range(trigger.start, trigger.end) if lowers(view.doc)[i] in nouns), noun)
    if noun is None:
        return True
    if lowers(view.doc)[noun + 1 : noun + 3] == ["of", "interests"]:
        noun += 2  # "la sección de intereses de Cuba": the state follows "intereses"
    r.extra["mission"] = _mission_kind(view.doc, noun)
    owner, host = find.owner(view, noun), find.host(view, noun, segment)
    if owner and owner.code:
        r.actors = [owner.code]
    if host and host.code:
        r.target = host.code
        r.actors = [a for a in r.actors if a != r.target]
    return True


def _attack(view: SentenceView, trigger: Span, segment: Segment, ctx: DocumentContext, r: Reading) -> bool:
    noun = find.noun_near(view.doc, trigger, segment, word_list("mission_nouns"))
    owner = find.owner(view, noun) if noun is not None else None
    host = find.host(view, noun, segment) if noun is not None else None
    r.target = owner.code if owner and owner.code else None
    if not r.actors and host and host.code:
        r.actors = [host.code]
    r.actors = [a for a in r.actors if a != r.target]
    return True


def _nationals(view: SentenceView, trigger: Span, segment: Segment, ctx: DocumentContext, r: Reading) -> bool:
    clause = view.slots_in(segment.start, segment.end)
    nationals = [s for s in clause if s.kind == "nationals"]
    if nationals:
        r.target = nationals[0].code
    if not r.actors:
        places = [s.code for s in clause if s.prep == "in" and s.code and s.code != r.target]
        r.actors = places[:1]
    r.actors = [a for a in r.actors if a != r.target]
    return True


def _recognition(
    view: SentenceView, trigger: Span, segment: Segment, ctx: DocumentContext, r: Reading
) -> bool:
    people = find.persons_in(view, trigger.start, find.next_trigger(view, trigger, segment))
    if people:
        r.extra["person"] = ctx.full_name(people[0].text)
    return True


def _receive(view: SentenceView, trigger: Span, segment: Segment, ctx: DocumentContext, r: Reading) -> bool:
    if _by_a_minister(view, _own_clause(view, segment.start, trigger.start), trigger.start):
        return False  # a minister receiving his counterpart is no leader's visit
    # The visitor's state: named on him ("Peruvian President Castillo", "his Chilean counterpart"),
    # else his own.
    named = [
        s.code for s in view.slots_in(trigger.start + 1, trigger.start + 4) if s.kind != "person" and s.code
    ]
    people = find.persons_in(view, trigger.start, segment.end)
    code = named[0] if named else ctx.code_of(people[0].text) if people else None
    if people:
        r.extra["person"] = ctx.full_name(people[0].text)
    elif not named:
        return False
    r.target = r.actors[0] if r.actors else None
    r.actors = [code] if code else []
    return True


def _own_clause(view: SentenceView, start: int, trigger: int) -> int:
    """Where the trigger's own clause begins: after the last clause opener before it (the minister
    who "announced that" a leader's visit ... is not its visitor)."""
    words = lowers(view.doc)
    return max((i + 1 for i in range(start, trigger) if words[i] in _CLAUSE_OPENERS), default=start)


def _by_a_minister(view: SentenceView, clause: int, trigger: int) -> bool:
    """Whether a minister or an ambassador acts in the trigger's own clause, which begins at `clause`
    ("the foreign minister visited Kyiv")."""
    before = lowers(view.doc)[clause:trigger]
    return any(
        w in word_list("not_leaders") and (i == 0 or before[i - 1] != "prime") for i, w in enumerate(before)
    )


def _refuge(view: SentenceView, trigger: Span, segment: Segment, ctx: DocumentContext, r: Reading) -> bool:
    r.actors = [s.code for s in view.slots_in(trigger.start, trigger.end) if s.code][:1]
    return True


# Spanish clause openers are read as their glosses ("que" as "that").
_CLAUSE_OPENERS = frozenset({"that", "which", "who", "when"})


def _visit(view: SentenceView, trigger: Span, segment: Segment, ctx: DocumentContext, r: Reading) -> bool:
    # A minister's or an ambassador's visit is not a leader's ("the foreign minister visited Kyiv").
    opening = _own_clause(view, segment.start, trigger.start)
    if _by_a_minister(view, opening, trigger.start):
        return False
    visitors = [p for p in find.persons_in(view, opening, trigger.start) if p.prep is None]
    if not visitors:
        # "the state visit to Zambia by the Angolan President João Lourenço"
        words = lowers(view.doc)
        by = next(
            (i for i in range(trigger.end, min(segment.end, trigger.end + 4)) if words[i] == "by"), None
        )
        visitors = find.persons_in(view, by + 1, min(segment.end, by + 7)) if by is not None else []
    if visitors:
        r.extra["person"] = ctx.full_name(visitors[-1].text)
        return True
    # With no one named, the clause must say a leader went ("the Chilean president travelled to Lima",
    # "a state visit"); "tourists may travel to Mexico without a visa" is no visit.
    clause = {
        *lowers(view.doc)[segment.start : segment.end],
        *written_lowers(view.doc)[segment.start : segment.end],
    }
    return bool(clause & word_list("leaders")) or "state" in lowers(view.doc)[trigger.start - 1 : trigger.end]


Frame = Callable[[SentenceView, Span, Segment, DocumentContext, Reading], bool]


# How each frame of the trigger table finds its sides; False drops the act.
def _switch(view: SentenceView, trigger: Span, segment: Segment, ctx: DocumentContext, r: Reading) -> bool:
    """Recognition switched "from" one state to another: the act is aimed at the state left."""
    left = next((s for s in find.after(view, trigger.start, segment, preps=_FROM) if s.code), None)
    if left is None or left.code in r.actors:
        return False
    r.target = left.code
    return True


_FROM = frozenset({"from"})


def _mediation(view: SentenceView, trigger: Span, segment: Segment, ctx: DocumentContext, r: Reading) -> bool:
    """A third state's mediation "between A and B" is aimed at each of the two."""
    named = [c for s in find.between(view, segment) if (c := s.code or ctx.code_of(s.text))]
    others = [c for c in named if c not in r.actors]
    if len(named) == 2 and len(others) == 2:
        r.target = others[0]
        r.extra["also_targets"] = others[1:]
    return True


FRAMES: dict[str, Frame] = {
    "mediation": _mediation,
    "envoy": _envoy,
    "expel": _expel,
    "mission": _mission,
    "attack": _attack,
    "nationals": _nationals,
    "recognition": _recognition,
    "receive": _receive,
    "refuge": _refuge,
    "visit": _visit,
    "switch": _switch,
}
