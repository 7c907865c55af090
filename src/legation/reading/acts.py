"""Who did what to whom: the sides of each act a trigger signals, found by the trigger type's frame.

The frames (named in data/triggers.toml):
- subject: the actor is the clause's subject (or the agent after "by" in the passive voice), the
  target the first state named after the trigger.
- envoy: the actor sends the envoy (the state named on the envoy: "the Venezuelan ambassador",
  "Colombia's ambassador", "the ambassador of Peru"), the target hosts them ("in Caracas").
- expel: the actor expels; the target is the state of the envoys expelled ("fifteen Cuban diplomats").
- mission: the actor owns the mission ("the Cuban embassy"), the target hosts it ("in Washington").
- nationals: the target is the state whose nationals are meant ("Venezuelans"), the actor the subject
  or the state where it happens ("permits to Venezuelans in Peru").
- recognition: as subject, and the person recognised is kept.
- attack: the target owns the mission attacked, the actor attacks it (or hosts it, where no attacker
  is named).
- visit: as subject, for heads of state or government only (not "the foreign minister visited").
- receive: "X received <leader>": the leader's state visits the receiving one.
- refuge: "fled to <state>": that state gives refuge.
A mutual subject ("both countries", "Peru and Venezuela") makes one mutual act for relations, and one
act each way for acts that have a direction (each closes its own embassy). Where one side cannot be
read, and the text is about a pair, it is the other side of that pair.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Doc, Span

from legation.reading import sides as find
from legation.reading.clauses import Segment, SentenceView, Slot
from legation.reading.context import DocumentContext
from legation.reading.extensions import lowers, spans_of, written_lowers
from legation.reading.frames import FRAMES, Reading
from legation.reading.modality import modality_cue
from legation.reading.triggers import EventType, TriggerTable
from legation.reading.voice import nominal, passive
from legation.reading.words import word_list

PAIRWISE_FRAMES = frozenset({"envoy", "mission"})
# Acts that, with no side named, are the pair's own: "the border was reopened", "war broke out".
PAIR_WHEN_AGENTLESS = frozenset({"border_opened", "border_closed", "armed_clash"})
# Acts whose target, where the sentence names none, is the other side only if the paragraph is about the
# pair: what a state says ("condemned the decision"), attacks and sanctions ("invaded the territory").
AIMED_IN_CONTEXT = frozenset(
    {
        "criticism_expressed",
        "support_expressed",
        "vote_cast",
        "mediation_offered",
        "envoy_summoned",
        "armed_clash",
        "sanctions_imposed",
        "sanctions_lifted",
    }
)
# Acts whose attacker, when the text names none, is not guessed: "mutual where the text names none".
MUTUAL_WHEN_UNNAMED = frozenset({"armed_clash"})
# Words before "ties" or "relations" that make them other than diplomatic ones.
NOT_DIPLOMATIC = frozenset(
    {
        "military", "trade", "economic", "business", "cultural", "sporting", "security", "commercial",
        "maritime", "postal", "banking", "financial", "comerciales", "económicas",
        "militares", "culturales",
    }
)  # fmt: skip
# Cues of an attempt, which for mediation is the act itself.

ATTEMPTS = frozenset({"attempted to", "attempt to", "tried to", "trying to", "sought to", "seeking to"})
# Acts whose target only the text can name: independence is declared from a state it names.
NAMED_TARGET_ONLY = frozenset({"independence_declared"})


@dataclass(frozen=True)
class Act:
    """One act read from a trigger: its type, its sides and what the sentence says of it."""

    type: EventType
    actor: str | None
    target: str | None
    mutual: bool
    start: int
    end: int
    person: str | None = None
    rank: str | None = None
    vote: str | None = None
    mission: str | None = None
    passive: bool = False
    guessed: bool = False  # a side was taken from the document's pair, not read
    status: str | None = None  # announced, threatened, demanded or denied; None for an act done


def _relative_antecedent(view: SentenceView, trigger: Span) -> Slot | bool:
    """For a trigger opening a relative clause ("..., which recognizes"), the state it refers back
    to, or False where it refers back to something else; True where the trigger opens none."""
    lower = lowers(view.doc)
    i = trigger.start - 1
    while i >= 0 and lower[i] in ("also", "then", "later", "has", "have", "had", "officially", "formally"):
        i -= 1
    if i < 0 or lower[i] not in ("which", "who"):
        return True
    j = i - 1 if i > 0 and lower[i - 1] == "," else i
    before = [s for s in view.slots if s.end == j and s.code]
    return before[0] if before else False


_POSSESSIVES = frozenset({"his", "her", "its", "their"})
_OWN_GOVERNMENT = frozenset({"government", "country", "ministry", "capital", "authorities"})


def _agent_named(doc: Doc, trigger: Span, segment: Segment) -> bool:
    """Whether a passive names its agent right after it ("by only 19 countries"), state or not."""
    words = lowers(doc)
    i = trigger.end
    while i < segment.end and words[i].endswith("ly"):
        i += 1
    if i >= segment.end or words[i] != "by":
        return False
    # "recalled by his government": the envoy's own state, which the frame finds, not someone else.
    return not (i + 2 < segment.end and words[i + 1] in _POSSESSIVES and words[i + 2] in _OWN_GOVERNMENT)


def _not_diplomatic(doc: Doc, trigger: Span) -> bool:
    """Whether relations or ties a trigger names are military, trade or other than diplomatic."""
    words = lowers(doc)
    # The kind stands before the noun in English ("trade ties"), after it in Spanish ("relaciones
    # comerciales").
    return any(
        words[i] in ("ties", "relations")
        and (
            (i > 0 and words[i - 1] in NOT_DIPLOMATIC)
            or (i + 1 < len(words) and words[i + 1] in NOT_DIPLOMATIC)
        )
        for i in range(trigger.start, min(trigger.end + 1, len(words)))
    )


_REFERRING = frozenset({"the", "both", "two", "these", "those", "their", "estos", "estas"})


def _pronoun_object(
    view: SentenceView, trigger: Span, segment: Segment, actors: list[str], ctx: DocumentContext
) -> str | None:
    """The state "it" stands for after the act ("a blow to Taiwan: Panama broke off ties with it"):
    the last one named before it, in the sentence or the text, that is not the actor."""
    words = lowers(view.doc)
    for i in range(trigger.end, min(segment.end, trigger.end + 4)):
        if words[i] in ("it", "them") and words[i - 1] in ("with", "from", "to", "against"):
            before = [
                s.code for s in view.slots if s.end <= trigger.start and s.code and s.code not in actors
            ]
            earlier = [c for c in reversed(ctx.named) if c not in actors]
            return before[-1] if before else (earlier[0] if earlier else None)
    return None


def _same_act_again(doc: Doc, trigger: Span, etype: EventType, acts: list[Act]) -> bool:
    """Whether a trigger tells again an act of the sentence, naming its envoy by a pronoun ("declared
    the ambassador persona non grata and expelled him")."""
    words = lowers(doc)
    pronoun = trigger.end < len(words) and words[trigger.end] in _ENVOY_PRONOUNS
    return pronoun and etype.frame == "expel" and any(a.type.reported == etype.reported for a in acts)


_ENVOY_PRONOUNS = frozenset({"him", "her", "them"})


def _by_non_state(view: SentenceView, trigger: Span) -> bool:
    """Whether the act is said to be done by rebels, protesters or the like ("an attack on the
    capital by Darfur rebels"), which no state's act is, or by states the text does not name ("the
    recognition of a Palestinian state by other EU countries"), whose act no named state did."""
    doc = view.doc
    words = lowers(doc)
    agents = word_list("non_state_agents", doc.lang_)
    unnamed = word_list("unnamed_states", doc.lang_)
    # "rebels who carried out attacks on its soil": the rebels, just before, do it.
    links = word_list("agent_links")
    for i in range(trigger.start - 1, max(-1, trigger.start - 6), -1):
        if words[i] in agents:
            return True
        if words[i] not in links:
            break
    for i in range(trigger.end, min(len(words), trigger.end + 6)):
        if words[i] == "by":  # Spanish "por" is read as its gloss
            after = words[i + 1 : i + 5]
            if any(w in agents for w in after):
                return True
            k = next((j for j, w in enumerate(after) if w in unnamed), None)
            if k is None or set(after[:k]) & _REFERRING:
                return False  # "waged by the two countries": the pair, named before
            return not any(s.codes for s in view.slots_in(i + 1, i + 1 + k))
    return False


def _in_a_name(trigger: Span) -> bool:
    """Whether a noun trigger is part of a title ("the Joint Communiqué on the Establishment of
    Diplomatic Relations", "the Taiwan Relations Act"): its words capitalised mid-sentence."""
    words = [t.text for t in trigger if t.is_alpha and len(t.text) > 3]
    return trigger.start > 0 and nominal(trigger) and bool(words) and all(w[0].isupper() for w in words)


def _at_once(doc: Doc, segment: Segment) -> bool:
    """Whether a clause says its act takes effect at once ("immediately", "de inmediato")."""
    text = " " + " ".join(written_lowers(doc)[segment.start : segment.end]) + " "
    return any(f" {cue} " in text for cue in word_list("at_once", doc.lang_))


def _joint_subject(view: SentenceView, trigger: Span, segment: Segment) -> bool:
    """Whether the clause's subject is both sides ("the two governments", "Peru and Chile")."""
    subject = find.subject(view, trigger, segment)
    return len({c for s in subject for c in s.codes}) >= 2 or any(s.kind == "mutual" for s in subject)


# What may stand between a noun act and "of X": "relaciones diplomáticas de los gobiernos de X".
_OF_WITH_GAP = frozenset({"of", "the", "government", "governments", "diplomatic", "bilateral"})


def _of_with(view: SentenceView, trigger: Span, segment: Segment) -> tuple[list[str], str] | None:
    """The states of "<act> of X (and Y) with Z" right after a noun trigger ("relaciones de Ecuador y
    Venezuela con Colombia"): X and Y, and Z."""
    lower = lowers(view.doc)
    after = view.slots_in(trigger.end, segment.end)
    if not after or after[0].prep != "of" or not after[0].code:
        return None
    if set(lower[trigger.end : after[0].start]) - _OF_WITH_GAP:
        return None
    sides = find.coordinated_after(view, after[0])
    rest = view.slots_in(sides[-1].end, segment.end)
    other = rest[0] if rest else None
    if other is None or other.prep != "with" or not other.code or other.start - sides[-1].end > 1:
        return None
    codes = [s.code for s in sides if s.code and s.code != other.code]
    return (codes, other.code) if codes else None


def _partner_with(view: SentenceView, trigger: Span, segment: Segment, actors: list[str]) -> str | None:
    """The state an act is done "with", named after the trigger in its clause, if not one of its actors."""
    found = next((s for s in view.slots_in(trigger.end, segment.end) if s.prep == "with"), None)
    if found is None or not found.code or found.code in actors:
        return None
    last = find.coordinated_after(view, found)[-1]
    # "with the United States as a witness": a third party to the act, not its other side.
    return None if "as" in lowers(view.doc)[last.end : last.end + 2] else found.code


def _is_relational(etype: EventType) -> bool:
    """Whether an act with no named agent is the pair's own (relations, treaties, borders)."""
    return etype.mutual or etype.name.startswith("relations_") or etype.name in PAIR_WHEN_AGENTLESS


def _level(doc: Doc, segment: Segment) -> str | None:
    """The level relations were brought to: "consular", "charge_d_affaires" or "ambassador", if said."""
    words = set(lowers(doc)[segment.start : segment.end])
    if "consular" in words:
        return "consular"
    if words & {"chargé", "charge", "chargés"}:
        return "charge_d_affaires"
    if words & {"ambassador", "ambassadors", "ambassadorial", "embassy", "embassies"}:
        return "ambassador"
    return None


def _vote(doc: Doc, segment: Segment) -> str | None:
    words = set(lowers(doc)[segment.start : segment.end])
    if words & {"abstention", "abstained", "abstain", "abstaining"}:
        return "abstain"
    if "against" in words:
        return "against"
    if words & {"favor", "favour", "for"}:
        return "for"
    return None


def _codes(slots: list[Slot], ctx: DocumentContext) -> list[str]:
    codes: list[str] = []
    for s in slots:
        if s.kind == "mutual" and ctx.pair:
            codes += list(ctx.pair)
        codes += [c for c in s.codes if c]
    return list(dict.fromkeys(codes))


def _sides(
    etype: EventType,
    actors: list[str],
    target: str | None,
    start: int,
    end: int,
    pair: tuple[str, str] | None = None,
    **extra: Any,
) -> list[Act]:
    """The acts for a set of actors and a target: one mutual act, one each way, or one per actor.

    Two states named together with nothing aimed at are each other's counterpart where the act is a
    relation between them ("Peru and Chile signed a treaty") or they are the document's pair; else,
    as three or more always are ("Colombia, Chile and Honduras recalled their ambassadors"), each
    acts on its own, on what the context aims at.
    """
    # Each lifts visas for the other's nationals; a border two states reopen together is one act.
    directed_each_way = etype.frame in PAIRWISE_FRAMES or etype.name.startswith("visa")
    counterparts = (
        len(actors) == 2
        and etype.name not in NAMED_TARGET_ONLY
        and (_is_relational(etype) or pair is None or set(actors) == set(pair))
    )
    if counterparts and (target is None or target in actors):
        a, b = actors[0], actors[1]
        if directed_each_way and not etype.mutual:
            return [
                Act(etype, a, b, False, start, end, **extra),
                Act(etype, b, a, False, start, end, **extra),
            ]
        return [Act(etype, a, b, True, start, end, **extra)]
    sides: list[str | None] = list(actors) or [None]
    aimed = target if target not in actors else None
    return [Act(etype, a, aimed, etype.mutual, start, end, **extra) for a in sides]


def read_acts(
    view: SentenceView, table: TriggerTable, ctx: DocumentContext, previous: list[Act]
) -> list[Act]:
    """The acts of a sentence, one or more per trigger, with their sides resolved where the text allows."""
    acts: list[Act] = []
    for trigger in spans_of(view.doc, "triggers"):
        etype = table.get(trigger.label_)
        if _in_a_name(trigger) or _not_diplomatic(view.doc, trigger):
            continue
        if etype.name != "embassy_attacked" and _by_non_state(view, trigger):
            continue  # a mission stormed by a crowd is still read: its host answers for it

        segment = view.segment_at(trigger.start)
        status = None
        if (found := modality_cue(view, trigger, table, segment)) is not None:
            cue, status = found
            if etype.name == "government_recognized" and status == "ended":
                # Recognition of a government withdrawn ends relations with it.
                etype, status = table.get("relations_severed"), None
            elif etype.name == "government_recognized" and cue in table.negations:
                # Not recognising a government is refusing to: "did not recognise the junta".
                etype, status = table.get("recognition_refused"), None
            elif etype.name == "mediation_offered" and cue in ATTEMPTS:
                status = None  # trying to broker an agreement is offering mediation
            elif status == "dropped":
                continue
            elif status == "announced" and etype.mutual and _joint_subject(view, trigger, segment):
                # Both sides announcing that they will restore relations is the agreement that does.
                status = None
            elif status == "announced" and _at_once(view.doc, segment):
                # "will return immediately": decided, and done from the day it is said.
                status = None
        if etype.name == "ellipsis":
            acts += [
                replace(a, status=status) for a in _ellipsis(view, trigger, segment, acts or previous, ctx)
            ]
            continue
        if _same_act_again(view.doc, trigger, etype, acts):
            continue
        framed = [replace(a, status=status) for a in _frame(view, trigger, etype, segment, ctx)]
        acts += _complete(framed, view, ctx, acts, previous)
    return _unique(acts, view)


def _frame(
    view: SentenceView, trigger: Span, etype: EventType, segment: Segment, ctx: DocumentContext
) -> list[Act]:
    """The act a trigger signals, its sides read by the trigger type's frame."""
    doc = view.doc
    is_passive = passive(doc, trigger)
    subject = [] if is_passive else find.subject(view, trigger, segment)
    if subject and all(s.kind in ("unresolved", "person") and not s.codes for s in subject):
        return []  # someone the text ties to no state does it: no state's act is guessed

    between = _codes(find.between(view, segment), ctx)
    org_subject = bool(subject) and subject[0].kind == "org"
    if len(between) == 2 and (is_passive or not subject or org_subject) and _is_relational(etype):
        # "Relations between Hungary and Ukraine were established"; "the Communiqué established
        # relations between the United States and China": the two named are the sides.
        return _sides(etype, between, None, trigger.start, trigger.end, ctx.pair, passive=is_passive)
    if org_subject:
        return []  # an international organization acts, not a state
    if (
        not subject
        and not is_passive
        and _is_relational(etype)
        and (of_with := _of_with(view, trigger, segment))
    ):
        # "the severance of relations of Ecuador and Venezuela with Colombia": each of them with it.
        sides, other = of_with
        return [
            act
            for code in sides
            for act in _sides(etype, [code], other, trigger.start, trigger.end, ctx.pair)
        ]
    antecedent = _relative_antecedent(view, trigger)
    if antecedent is False:
        return []  # "Resolution 2758, which recognizes...": a document, not a state, does it
    if isinstance(antecedent, Slot) and not is_passive:
        subject = [antecedent]
    r = Reading(_codes(subject, ctx), None, {"passive": is_passive})
    if not is_passive and nominal(trigger) and (agent := find.agent(view, trigger, segment)) and agent.code:
        # "following the expulsion of Argentine diplomats by Venezuela's government": the agent acts.
        r.actors = [agent.code]
    if is_passive:
        agent = find.agent(view, trigger, segment)
        r.actors = [agent.code] if agent and agent.code else []
        if not r.actors and _agent_named(view.doc, trigger, segment):
            return []  # "recognised by only 19 countries": someone other than a state named does it

        # The subject of a passive is what the act is done to, named in the clause itself.
        left = _codes(find.subject(view, trigger, segment, own_clause=True), ctx)
        if etype.frame == "mission" and not r.actors:
            r.actors = left[:1]
        elif len(left) == 1:
            r.target = left[0]
    # A demonym, a name or a possessive right on a nominal trigger is its actor ("a Colombian raid",
    # a headline's "Solomons expulsion order", "the Saudis' closure of the crossing").
    for slot in view.slots:
        if not slot.code:
            continue
        if (
            slot.end == trigger.start
            and (slot.kind == "demonym" or (slot.kind == "name" and nominal(trigger)))
        ) or (slot.possessive and slot.kind in ("name", "nationals") and 0 <= trigger.start - slot.end <= 1):
            r.actors = [slot.code]
    frame = FRAMES.get(etype.frame)
    if frame is not None and not frame(view, trigger, segment, ctx, r):
        return []
    # Two states that sign or restore together are each other's counterpart, whoever else is there,
    # unless the act is done "with" a third: "Ecuador and Peru signed an agreement with Chile".
    counterparts = etype.mutual and len(set(r.actors)) == 2
    if counterparts and r.target is None and (partner := _partner_with(view, trigger, segment, r.actors)):
        return [
            act
            for code in dict.fromkeys(r.actors)
            for act in _sides(etype, [code], partner, trigger.start, trigger.end, ctx.pair, **r.extra)
        ]
    if counterparts and r.target not in r.actors:
        r.target = None
    if also := r.extra.pop("also_targets", ()):
        # The envoy named is the first target's: "the Australian high commissioner James Batley and
        # his New Zealand counterpart".
        others = {k: v for k, v in r.extra.items() if k != "person"}
        return [
            *_sides(etype, r.actors, r.target, trigger.start, trigger.end, ctx.pair, **r.extra),
            *(
                act
                for t in also
                for act in _sides(etype, r.actors, t, trigger.start, trigger.end, ctx.pair, **others)
            ),
        ]
    if etype.name == "vote_cast":
        r.extra["vote"] = _vote(doc, segment)
    if etype.name in ("relations_downgraded", "relations_upgraded"):
        r.extra["rank"] = _level(doc, segment)
    if r.target is None and not counterparts:
        r.target = _pronoun_object(view, trigger, segment, r.actors, ctx)
    if r.target is None and etype.frame != "receive" and not counterparts:
        obj = find.object_of(view, trigger, segment, exclude=set(r.actors))
        if (
            obj is not None
            and etype.mutual
            and obj.prep in ("at", "in")
            and obj.kind in ("capital", "government")
        ):
            obj = None  # "the agreement was signed at the White House": where, not with whom
        relations = etype.name.startswith("relations_")
        if obj is not None and relations and obj.prep not in (None, "with", "between", "and"):
            obj = None  # relations are had with a state, not "from the collapsed Russian Empire"
        if obj is not None and relations and len(r.actors) >= 2 and obj.prep != "with":
            obj = None  # "the two states had relations": each other's, unless "with" a third
        if obj is not None and etype.name.startswith(("border", "airspace")) and obj.prep in ("in", "at"):
            obj = None  # "closing the crossing point in northern Finland": where the border is
        if obj is not None and not (is_passive and obj.prep == "by"):
            codes = _codes([obj], ctx)
            r.target = codes[0] if len(codes) == 1 else None
            if obj.kind == "mutual" and len(r.actors) == 1:
                r.target = ctx.other(r.actors[0])
            # "declared war on Peru and Bolivia": one act for each state aimed at.
            targets = _codes(find.coordinated_after(view, obj), ctx) if obj.kind != "mutual" else []
            if len(targets) > 1 and len(r.actors) <= 1 and not etype.mutual:
                return [
                    act
                    for t in targets
                    for act in _sides(etype, r.actors, t, trigger.start, trigger.end, ctx.pair, **r.extra)
                ]
    if r.target is None and len(r.actors) == 1 and r.actors[0] in between:
        # "Venezuela suspended the flights between Panama and Venezuela": the other of the two.
        r.target = next(c for c in between if c != r.actors[0])
    return _sides(etype, r.actors, r.target, trigger.start, trigger.end, ctx.pair, **r.extra)


def _complete(
    acts: list[Act], view: SentenceView, ctx: DocumentContext, earlier: list[Act], previous: list[Act]
) -> list[Act]:
    """The acts with missing sides filled in from the sentence, the paragraph or the document's pair."""
    done: list[Act] = []
    for act in acts:
        actor, target, guessed = act.actor, act.target, act.guessed
        # A verb coordinated with the one before shares its subject ("froze relations and recalled ...").
        model = earlier[-1] if earlier else None
        if actor is None and model and not model.mutual and not act.passive and act.type.frame != "receive":
            actor = model.actor if model.actor != target else None
        if actor is None and target is None:
            if act.type.pairwise and ctx.pair:
                a, b = ctx.pair
                done += [
                    replace(act, actor=a, target=b, guessed=True),
                    replace(act, actor=b, target=a, guessed=True),
                ]
                continue
            if _is_relational(act.type):
                if ctx.pair:
                    done.append(
                        replace(act, actor=ctx.pair[0], target=ctx.pair[1], mutual=True, guessed=True)
                    )
                continue
            # With no state named where the act is, its sides are those of the act just before: in the
            # sentence for a passive ("...; they were reimposed"), else in the paragraph.
            before = earlier if act.passive and earlier else previous if not view.slots else []
            last = next((p for p in reversed(before) if not p.mutual and p.actor and p.target), None)
            if last is not None:
                done.append(replace(act, actor=last.actor, target=last.target, guessed=True))
            continue
        mutual = act.mutual
        if actor is None:
            actor, guessed = ctx.other(target), True
            mutual = mutual or act.type.name in MUTUAL_WHEN_UNNAMED
        elif target is None:
            if act.type.name in NAMED_TARGET_ONLY:
                continue
            if act.type.name in AIMED_IN_CONTEXT and not _about_pair(previous + earlier, ctx):
                continue
            target, guessed = ctx.other(actor) or _context_target(actor, earlier + done, previous, ctx), True
        if actor is None or target is None or actor == target:
            continue
        done.append(replace(act, actor=actor, target=target, guessed=guessed, mutual=mutual))
        if act.type.pairwise:
            # "Sudan exchanged ambassadors with Chad": one act each way.
            done.append(replace(act, actor=target, target=actor, guessed=guessed, mutual=mutual))
    return done


def _context_target(actor: str, earlier: list[Act], previous: list[Act], ctx: DocumentContext) -> str | None:
    """What an act by a third state with nothing named aimed at is aimed at: the other side of the act
    just before it in the sentence or the paragraph, else the state the document is most about."""
    for act in reversed([*previous, *earlier]):
        other = act.target if act.target != actor else act.actor
        if other and other != actor and act.actor != actor:
            return other
    return ctx.focus if ctx.focus != actor else None


def _about_pair(acts: list[Act], ctx: DocumentContext) -> bool:
    """Whether any of the acts is between the two states of the document's pair."""
    return ctx.pair is not None and any({a.actor, a.target} == set(ctx.pair) for a in acts)


def _ellipsis(
    view: SentenceView, trigger: Span, segment: Segment, before: list[Act], ctx: DocumentContext
) -> list[Act]:
    """The act before, done again by the subject of "followed suit" / "did the same"."""
    if not before:
        return []
    model = before[-1]
    actors = _codes(find.subject(view, trigger, segment), ctx)
    if not actors:
        return []
    actor = actors[0]
    target = model.target if model.target != actor else model.actor
    if target == actor:
        target = ctx.other(actor)
    return [
        Act(
            model.type,
            actor,
            target,
            model.mutual,
            trigger.start,
            trigger.end,
            rank=model.rank,
            vote=model.vote,
        )
    ]


def _unique(acts: list[Act], view: SentenceView) -> list[Act]:
    """The acts without repeats: one act said twice in a clause ("solidarity in favor of X") is one."""
    seen: set[tuple[str, int, str, str, str]] = set()
    out = []
    for act in acts:
        first, second = act.actor or "", act.target or ""
        if act.mutual and second < first:
            first, second = second, first
        key = (act.type.reported, view.segment_at(act.start).start, first, second, act.status or "")
        if key in seen:
            continue
        seen.add(key)
        out.append(act)
    # A peace signed is the more telling reading of an agreement signed between the same two.
    peace = {frozenset((a.actor, a.target)) for a in out if a.type.reported == "peace_signed"}
    return [a for a in out if not (a.type.reported == "agreement_signed" and {a.actor, a.target} in peace)]
