"""Where a trigger's participants are in its sentence: its subject, its object, the agent of a passive,
the state named on an envoy or a mission and the state it is in, the persons named near it."""

from __future__ import annotations

from functools import cache
from itertools import pairwise, takewhile

from spacy.tokens import Doc, Span

from legation.reading.clauses import Segment, SentenceView, Slot, title_words
from legation.reading.extensions import lowers, spans_of, texts
from legation.reading.voice import nominal
from legation.reading.words import word_list

HOST_PREPOSITIONS = frozenset({"in", "to", "from", "at"})
COLONY_NOUNS = frozenset(
    {"colony", "colonies", "protectorate", "possession", "possessions", "dependency", "mandate"}
)
AIMED_PREPOSITIONS = frozenset({"with", "against", "on", "to", "toward", "towards", "upon", "at"})


@cache
def target_prepositions() -> frozenset[str | None]:
    """What may stand before the state an act is aimed at: nothing, or one of these prepositions."""
    return frozenset({None, *word_list("target_prepositions")})


@cache
def envoy_modifiers() -> frozenset[str]:
    """Words that may stand between a state and its envoy or mission ("Persia's first ambassador")."""
    return frozenset({"'s", "’s", *word_list("envoy_modifiers")})


def group(view: SentenceView, slot: Slot) -> list[Slot]:
    """The slot and the slots coordinated with it ("Peru and Venezuela", "X, Y and Z")."""
    doc = view.doc
    # Only within one clause: in "India recognised Bangladesh, and Pakistan broke off ..." the object of
    # one verb is not a second subject of the next.
    segment = view.segment_at(slot.start)
    ordered = [
        s
        for s in view.slots_in(segment.start, segment.end)
        if (s.kind != "mutual" and s.kind != "org") or s is slot
    ]
    group = [slot]
    idx = ordered.index(slot)
    for step in (-1, 1):
        k = idx
        while 0 <= k + step < len(ordered):
            a, b = (ordered[k], ordered[k + step]) if step == 1 else (ordered[k + step], ordered[k])
            if joins_a_list(lowers(doc)[a.end : b.start]) and b.prep is None and a.prep is None:
                group.append(ordered[k + step])
                k += step
            else:
                break
    return sorted(group, key=lambda s: s.start)


# The words that join two states of one list ("Peru, Chile and the United States").
_LIST_SEPARATORS = (["and"], [","], [",", "and"])


def joins_a_list(between: list[str]) -> bool:
    """Whether the words between two states join them in one list: a comma or "and", then perhaps a
    determiner and words that describe the next state ("and neighbouring Morocco", "and its ally")."""
    cut = 2 if between[:2] == [",", "and"] else 1
    if between[:cut] not in _LIST_SEPARATORS:
        return False
    rest = between[cut:]
    if rest[:1] in (["the"], ["its"], ["their"]):
        rest = rest[1:]
    return all(w in word_list("list_modifiers") for w in rest)


def listed_after(view: SentenceView, first: Slot, slots: list[Slot]) -> list[Slot]:
    """The slots (of those given) that go on a list from `first`: "Bahrain, Egypt and the UAE"."""
    words = lowers(view.doc)
    listed: list[Slot] = []
    previous = first
    for slot in (s for s in slots if s.start >= first.end):
        if not joins_a_list(words[previous.end : slot.start]):
            break
        listed.append(slot)
        previous = slot
    return listed


def subject(view: SentenceView, trigger: Span, segment: Segment, *, own_clause: bool = False) -> list[Slot]:
    """The nearest agent before the trigger in its clause, or in the clauses it is coordinated with.

    An infinitive ("summoned the ambassador to protest") takes the clause's first agent, not the nearest,
    which is more often the object of the verb before it.
    """
    infinitive = trigger.start > 0 and lowers(view.doc)[trigger.start - 1] == "to"
    shared = coordinated_verb(view, trigger, segment)
    if shared is not None:
        return subject(view, shared, segment, own_clause=own_clause)
    segments = [segment]
    if segment.kind != "subordinate" and not own_clause:
        for s in reversed(view.segments):
            if s.end <= segment.start and s.kind != "subordinate":
                segments.append(s)
    if infinitive and (invited := _invited(view, trigger)) is not None:
        return group(view, invited)
    for seg in segments:
        end = trigger.start if seg is segment else seg.end
        candidates = [s for s in view.slots_in(seg.start, end) if s.end <= end]
        # "the foreign ministers, X for Turkey and Y for Armenia, signed": each signs for his state.
        represented = [s for s in candidates if s.prep == "for" and s.codes and _after_person(view, s)]
        if represented:
            return represented
        # "Taiwan condemned China's policy and said it would cut ties": the pronoun is the subject's.
        pronoun = bool(candidates) and bool(
            set(lowers(view.doc)[candidates[-1].end : end]) & SUBJECT_PRONOUNS
        )
        for slot in candidates if infinitive or pronoun else reversed(candidates):
            if slot.kind == "person" and not slot.codes and slot.prep is None:
                continue  # an unbound person: keep looking for the state behind the act
            if slot.kind == "unresolved":
                return [slot]  # someone the text ties to no state: see acts.py

            if slot.kind == "nationals":
                continue
            if slot.agentive:
                return _with_counterpart(
                    view, _with_companions(view, group(view, slot), candidates), candidates
                )
    return []


def _with_counterpart(view: SentenceView, found: list[Slot], candidates: list[Slot]) -> list[Slot]:
    """The subject and the one it is the counterpart of ("Wang Yi and his Dominican counterpart
    Miguel Vargas signed"): both sign."""
    lower = lowers(view.doc)
    first = found[0].start
    window = lower[max(0, first - 4) : first]
    if "counterpart" not in window or "and" not in window:
        return found
    joined = first - len(window) + window.index("and")
    before = [s for s in candidates if s.end <= joined and s.agentive]
    return [*group(view, before[-1]), *found] if before and before[-1].end >= joined - 1 else found


def _with_companions(view: SentenceView, found: list[Slot], candidates: list[Slot]) -> list[Slot]:
    """The subject and the states named beside it before the verb ("Saudi Arabia, along with Bahrain
    and Egypt, severed ties"; "Together with Egypt, Saudi Arabia restored relations"): each acts."""
    beside = [s for s in candidates if s.aside and s.kind != "mutual"]
    if not beside:
        return found
    listed = [
        s for a in beside for s in [a, *takewhile(lambda s: s.agentive, listed_after(view, a, candidates))]
    ]
    # "Saudi Arabia, along with Bahrain and Egypt, severed": the subject before the companions.
    heads = [s for s in candidates if s.end <= beside[0].start and s.agentive]
    lead = group(view, heads[-1]) if heads else []
    chosen = {s.start: s for s in [*lead, *found, *listed]}
    return [chosen[k] for k in sorted(chosen)]


def _invited(view: SentenceView, trigger: Span) -> Slot | None:
    """The one asked to act, where the trigger's infinitive follows a verb and its object ("invited
    Sikua to visit Taiwan", "urged Chile to restore relations"): that object is the one who acts."""
    lower = lowers(view.doc)
    before = [s for s in view.slots if s.end == trigger.start - 1 and s.agentive and s.codes]
    if not before or before[0].start == 0:
        return None
    k = before[0].start - 1
    while k > 0 and (lower[k] in title_words() or lower[k] == "the"):
        k -= 1  # "invited President Piñera to visit"
    return before[0] if lower[k] in word_list("asking_verbs") else None


def _after_person(view: SentenceView, slot: Slot) -> bool:
    """Whether "for" and the state follow a person's name ("Ahmet Davutoğlu for Turkey")."""
    return any(p.kind == "person" and p.end == slot.start - 1 for p in view.slots)


SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she"})
# Words that may stand between "and" and a verb that shares the subject of the verb before it.
_BETWEEN_AND_VERB = frozenset(
    {"also", "then", "later", "subsequently", "immediately", "has", "have", "had", "was"}
)


def coordinated_verb(view: SentenceView, trigger: Span, segment: Segment) -> Span | None:
    """The trigger before this one whose subject it shares: "expelling the Canadian ambassador and
    recalling its envoy", "recognising it by establishing relations" (the state between them is the
    first verb's object; a new subject would stand after "and": "... and Chile recalled")."""
    lower = lowers(view.doc)
    i = trigger.start - 1
    while i > segment.start and lower[i] in _BETWEEN_AND_VERB:
        i -= 1
    # "Saudi Arabia expels the ambassador, bans all imports": a headline's verbs run on with commas.
    comma = lower[i] == "," and i == trigger.start - 1 and not nominal(trigger)
    # "recognise Lebanon by establishing relations": the means shares the act's subject and mood.
    means = lower[i] == "by" and i == trigger.start - 1 and lower[trigger.start].endswith("ing")
    if i <= segment.start or (lower[i] != "and" and not comma and not means):
        return None
    earlier = [t for t in spans_of(view.doc, "triggers") if segment.start <= t.start and t.end <= i]
    return earlier[-1] if earlier else None


def after(view: SentenceView, start: int, segment: Segment, *, preps: frozenset[str | None]) -> list[Slot]:
    return [s for s in view.slots_in(start, segment.end) if s.prep in preps and not s.aside]


def object_of(view: SentenceView, trigger: Span, segment: Segment, exclude: set[str]) -> Slot | None:
    """What the act is aimed at: the first state named after the trigger, but where that is a bare
    adjective ("banning American trade with Iran") a state after "with", "against", "on" or "to"."""
    found = [
        s
        for s in after(view, trigger.start, segment, preps=target_prepositions())
        if not (s.kind == "person" and not s.codes)
        and (s.kind == "mutual" or (s.code and s.code not in exclude))
        # "annexed the former Spanish colony": a colony of a state is not that state.
        and not (s.kind == "demonym" and s.head[:1] and s.head[0] in COLONY_NOUNS)
    ]
    if found and found[0].kind == "demonym" and found[0].prep is None:
        aimed = [s for s in found[1:] if s.prep in AIMED_PREPOSITIONS]
        if aimed:
            return aimed[0]
    return found[0] if found else None


def agent(view: SentenceView, trigger: Span, segment: Segment) -> Slot | None:
    """Who does the act of a noun or a passive: "by Venezuela"; in Spanish also the state after "de"
    when the one acted on follows with "a" ("el reconocimiento de Perú a Guaidó")."""
    found = after(view, trigger.end, segment, preps=frozenset({"by"}))
    by = next((s for s in found if s.codes), None)
    if by is not None or view.doc.lang_ == "en":
        return by
    lower = lowers(view.doc)
    head = trigger.start + 1
    return next(
        (
            s
            for s in view.slots
            if s.start == head + 1
            and lower[head] == "of"
            and s.codes
            and s.end < len(lower)
            and lower[s.end] == "to"
        ),
        None,
    )


def noun_near(
    doc: Doc, trigger: Span, segment: Segment, nouns: frozenset[str] | dict[str, str | None]
) -> int | None:
    """The envoy or mission noun of the trigger: the last one in it that names a rank ("the ambassador
    and his embassy staff"), else the last one in it, else the nearest one outside it."""
    inside = [i for i in range(trigger.end - 1, trigger.start - 1, -1) if lowers(doc)[i] in nouns]
    if isinstance(nouns, dict):
        ranked = [i for i in inside if nouns[lowers(doc)[i]]]
        if ranked:
            return ranked[0]
    if inside:
        return inside[0]
    for i in range(trigger.end, segment.end):
        if lowers(doc)[i] in nouns:
            return i
    for i in range(trigger.start - 1, segment.start - 1, -1):
        if lowers(doc)[i] in nouns:
            return i
    return None


def owner(view: SentenceView, noun: int) -> Slot | None:
    """The state named on a noun: "the Venezuelan embassy", "Colombia's ambassador", "the embassy of Peru"."""
    doc = view.doc
    for slot in view.slots:
        gap = [w for w in lowers(doc)[slot.end : noun] if w not in envoy_modifiers()]
        # A capital before the noun says where the mission is ("its Damascus embassy"), unless it is
        # the owner's ("Washington's embassy").
        if (
            slot.end <= noun
            and not gap
            and slot.kind in ("demonym", "name", "capital", "government", "person")
            and (slot.kind != "capital" or slot.possessive or not _mission_noun(doc, noun))
        ):
            return slot
        if lowers(doc)[noun + 1 : noun + 2] == ["of"] and (
            slot.start == noun + 2 or (slot.start == noun + 3 and lowers(doc)[noun + 2] == "the")
        ):
            return slot  # "the embassy of Peru", "la embajada de los Estados Unidos"
        if slot.start == noun + 3 and lowers(doc)[noun + 2] == "of" and _postposed_adjective(doc, noun + 1):
            return slot  # "la sede diplomática de Perú"
        if slot.start == noun + 1 and slot.kind == "demonym" and doc.lang_ != "en":
            return slot  # "la embajada mexicana"
    return None


def _postposed_adjective(doc: Doc, i: int) -> bool:
    """Whether the word at i is an adjective after its noun, as Spanish puts it ("la sede diplomática"):
    a lower-case word with no English gloss, in a language that is not English."""
    word = texts(doc)[i]
    return doc.lang_ != "en" and word.isalpha() and word.islower() and lowers(doc)[i] == word


def _mission_noun(doc: Doc, i: int) -> bool:
    return lowers(doc)[i] in word_list("mission_nouns", doc.lang_)


def host(view: SentenceView, noun: int, segment: Segment) -> Slot | None:
    """The state a mission or envoy is in: "in Caracas", "to Peru", "from Havana" soon after the noun,
    or a capital right before a mission ("the Damascus embassy")."""
    doc = view.doc
    located = next(
        (s for s in view.slots if s.end == noun and s.kind == "capital" and not s.possessive), None
    )
    if located is not None and _mission_noun(doc, noun):
        return located
    for slot in view.slots_in(noun + 1, min(segment.end, noun + 8)):
        if slot.start == noun + 1 and slot.kind == "demonym":
            continue  # "al embajador peruano en Caracas": the envoy's own state, not his host
        if slot.prep in HOST_PREPOSITIONS and slot.codes:
            return slot
        if slot.kind == "mutual" and slot.prep == "with":
            return slot
    for i in range(noun + 1, min(segment.end, noun + 4)):
        if lowers(doc)[i] == "to" and any(
            o.start == i + 1 or o.start == i + 2 for o in spans_of(doc, "orgs")
        ):
            return None
    return None


def persons_in(view: SentenceView, start: int, end: int) -> list[Slot]:
    return [s for s in view.slots_in(start, end) if s.kind == "person"]


def between(view: SentenceView, segment: Segment) -> list[Slot]:
    """The states of "between X and Y" (two slots) or "between the two countries" (one) in the clause."""
    slots = view.slots_in(segment.start, segment.end)
    lower = lowers(view.doc)
    for first, second in pairwise(slots):
        if (
            first.prep == "between"
            and lower[first.end : second.start] in (["and"], ["and", "the"])
            and first.code
            and second.code
        ):
            return [first, second]
    return [s for s in slots if s.prep == "between" and s.kind == "mutual"][:1]


def next_trigger(view: SentenceView, trigger: Span, segment: Segment) -> int:
    """Where the next trigger of the clause begins: what follows it belongs to another act."""
    later = [t.start for t in spans_of(view.doc, "triggers") if trigger.end <= t.start < segment.end]
    return min(later, default=segment.end)


def envoy_named(view: SentenceView, trigger: Span, segment: Segment) -> Slot | None:
    """The envoy a trigger names: within it or just after it ("appointed X as"), or as its subject."""
    after = [
        p
        for p in persons_in(view, trigger.start, min(segment.end, trigger.end + 3))
        if p.prep not in ("to", "by", "with") or (p.prep == "with" and trigger[0].lower_ == "with")
    ]
    if after:
        return after[0]
    before = [s for s in view.slots_in(segment.start, trigger.start) if s.end <= trigger.start]
    if before and before[-1].kind == "person" and before[-1].prep is None:
        return before[-1]
    return None


def appositive(view: SentenceView, noun: int | None) -> Slot | None:
    """The person named just after an envoy noun: "the Indian High Commissioner, Ajay Bisaria"."""
    if noun is None:
        return None
    words = texts(view.doc)
    # Past the state or the post named after the noun: "the ambassador to the White House, Ana Ruiz".
    for slot in view.slots_in(noun + 1, noun + 9):
        if slot.kind == "person" and words[slot.start - 1] == ",":
            return slot if "," not in words[noun + 1 : slot.start - 1] else None
    return None


def coordinated_after(view: SentenceView, slot: Slot) -> list[Slot]:
    """The slot and the states joined to it after it by "and" or commas ("on Peru and Bolivia")."""
    lower = lowers(view.doc)
    found = [slot]
    for nxt in view.slots_in(slot.end, view.segment_at(slot.start).end):
        between = lower[found[-1].end : nxt.start]
        if between not in (["and"], [","], [",", "and"]) or nxt.prep is not None or not nxt.code:
            break
        found.append(nxt)
    return found
