"""Whether a trigger is an act done, or one only announced, threatened, demanded, denied, or no act
at all: the cues of the trigger table's [modality] before it ("will", "threatened to", "not"), and in
Spanish the future and conditional of its verb ("retirará", "rompería": announced).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from legation.reading import sides as find
from legation.reading.clauses import Segment, SentenceView
from legation.reading.extensions import lowers, texts, written_lowers
from legation.reading.triggers import TriggerTable
from legation.reading.voice import future_or_conditional, nominal

# What joins one verb's words to the next's (Spanish "y", "pero" read as their glosses).
_JOINS = frozenset({"and", "but", "or", ",", ";"})
# The statuses a cue inside a trigger's own words gives (its other words are the phrase's: "no").
_CUES_INSIDE = frozenset({"announced", "threatened"})
# Words after a trigger that make it a state held, not an act done ("recognition was maintained").
STATE_WORDS = frozenset({"maintained", "continued", "remained", "persisted"})


def modality_cue(
    view: SentenceView, trigger: Span, table: TriggerTable, segment: Segment
) -> tuple[str, str] | None:
    """The words before a trigger that make it not an act done ("not", "threatened to", "would"),
    and the status they give; a verb after "and" shares the cue of the verb before it."""
    doc = view.doc
    # Cues are matched as written (lower case) but at the start of a sentence, so that the month "May"
    # is not the modal "may". A noun trigger takes the modality of its clause's verb ("will sign a
    # statement on the establishment of relations"), which may stand further back.
    reach = trigger.start - segment.start if nominal(trigger) else 5
    if trigger.start > 0 and lowers(doc)[trigger.start - 1] == "to":
        reach = 8  # an infinitive's cue may stand before a phrase ("no intention through this exercise to")
    start = max(segment.start, trigger.start - reach)
    window = [
        w if i else written_lowers(doc)[0] for i, w in enumerate(texts(doc)[start : trigger.start], start)
    ]
    # A cue before "and" is another verb's ("denied the charges and called the raid an outrage"); a
    # verb coordinated with a trigger shares that trigger's cue (below).
    joined = [k for k, w in enumerate(lowers(doc)[start : trigger.start]) if w in _JOINS]
    if joined:
        window = window[joined[-1] + 1 :]
    found = table.cue_index.first_in(window)
    if found is None and len(trigger) > 2:
        # A gap in the phrase can hold the cue: "relations between them will be restored".
        gap_cue = table.cue_index.first_in(texts(doc)[trigger.start + 1 : trigger.end - 1])
        found = gap_cue if gap_cue is not None and gap_cue[1] in _CUES_INSIDE else None
    if found is None and trigger.label_ == "government_recognized":
        # "the ending of U.S. official recognition of the Republic of China": recognition withdrawn.
        found = table.ending_index.first_in(window)
    if found is None:
        # A gap in the phrase can hold a negation too: "have had no diplomatic relations since 1980".
        words = {t.lower_ for t in trigger}
        # The "no" of "no longer" (an act of ending) and of "persona no grata" negates nothing.
        # Nor that of relations had no more since a date: they lapsed then.
        ending = (
            words & {"longer", "grata", "gratas", "grato", "gratos"} or trigger.label_ == "relations_lapsed"
        )
        inside = words - ({"no"} if ending else set())
        word = next((w for w in (*table.negations, "no") if w in inside), None)
        found = (word, "denied") if word else None
    if found is not None and found[1] == "denied" and _not_until(view, trigger, segment):
        found = None  # "were not restored until January 2003": restored then
    if found is not None and found[0] in CONTINUING and _since(doc, segment):
        found = None  # "the border has remained closed since Tuesday": closed on Tuesday
    if found is None and (verb := future_or_conditional(doc, trigger, segment.start)) is not None:
        found = (verb, "announced")
    if found is None and _purpose(doc, trigger):
        found = ("for", "dropped")
    if found is None and _warned_of(view, trigger, segment):
        found = ("warned", "threatened")
    if found is None:
        found = table.generic_index.first_in(written_lowers(doc)[: trigger.start])
    if found is None and set(lowers(doc)[trigger.end : trigger.end + 3]) & STATE_WORDS:
        found = ("maintained", "dropped")  # "recognition of Israel was maintained": a state, not an act
    if found is None and nominal(trigger) and (word := _proposed_after(doc, trigger)):
        found = (word, "dropped")  # "the suspension of relations has been proposed": not yet an act
    if found is None and (word := _an_option(doc, trigger)):
        found = (word, "dropped")
    if found is None and nominal(trigger) and (word := _wished_for(doc, trigger)):
        found = (word, "dropped")  # "its desire for the resumption of relations": not an act

    if found is None and (shared := find.coordinated_verb(view, trigger, segment)) is not None:
        return modality_cue(view, shared, table, segment)
    return found


def _proposed_after(doc: Doc, trigger: Span) -> str | None:
    """The word after a noun trigger's passive verb that makes it an act put forward, not done ("the
    suspension of relations (with the Vatican) has been proposed")."""
    # Past the segment: a parenthesis after the noun ("(with the Vatican)") is a segment of its own.
    words = lowers(doc)[trigger.end : trigger.end + 8]
    for i, word in enumerate(words[1:], 1):
        if word in PROPOSED_WORDS and words[i - 1] in _PASSIVE_BE:
            return word
        if word in (",", ";", "and"):
            return None
    return None


def _an_option(doc: Doc, trigger: Span) -> str | None:
    """The word that makes an act named as a thing one that could be done ("breaking relations
    remains an option", "a rupture is a possibility", "breaking relations would make it easier")."""
    words = lowers(doc)[trigger.end : trigger.end + 10]
    named = nominal(trigger) or lowers(doc)[trigger.start].endswith("ing")
    for i, word in enumerate(words):
        if word in _OPTION_WORDS and set(words[max(0, i - 3) : i]) & _BE_OR_REMAIN:
            return word
        if named and word in _HYPOTHETICAL:
            return word
        if word in (",", ";", "and", "but", "that", "which", "who"):
            return None
    return None


def _wished_for(doc: Doc, trigger: Span) -> str | None:
    """The noun of wanting a noun trigger follows ("the desire for the resumption of relations")."""
    words = lowers(doc)[max(0, trigger.start - 4) : trigger.start]
    if "for" not in words:
        return None
    at = len(words) - 1 - words[::-1].index("for")
    if set(words[at + 1 :]) - {"the", "a", "an", "full", "early", "swift", "quick", "speedy"}:
        return None
    return words[at - 1] if at > 0 and words[at - 1] in _WANTING else None


_OPTION_WORDS = frozenset({"option", "options", "possibility", "possible", "alternative"})
_HYPOTHETICAL = frozenset({"would", "could", "might"})
_WANTING = frozenset(
    {
        "desire",
        "desires",
        "wish",
        "wishes",
        "hope",
        "hopes",
        "longing",
        "push",
        "bid",
        "appeal",
        "call",
        "calls",
    }
)


# Verbs whose passive, after a noun of an act, puts the act forward without doing it.
PROPOSED_WORDS = frozenset({"proposed", "planned", "suggested", "recommended", "considered", "discussed"})
_PASSIVE_BE = frozenset({"be", "been", "is", "are", "was", "were", "being"})
_BE_OR_REMAIN = _PASSIVE_BE | {"remain", "remains", "remained", "still"}


def _purpose(doc: Doc, trigger: Span) -> bool:
    """Whether a trigger is an act called for or aimed at, a gerund after "for" or "towards" ("called
    in a statement for reopening the embassy", "a step towards restoring relations")."""
    words = lowers(doc)
    first = words[trigger.start]
    return trigger.start > 0 and first.endswith("ing") and words[trigger.start - 1] in _PURPOSE_WORDS


_PURPOSE_WORDS = frozenset({"for", "towards", "toward"})


# Cues of a state that goes on ("remains closed"), and the words that say since when.
CONTINUING = frozenset(
    {"remain", "remains", "remained", "remaining", "still", "permanece", "permanecen", "sigue", "siguen"}
)
_SINCE_WORDS = frozenset({"since", "desde"})


def _since(doc: Doc, segment: Segment) -> bool:
    return bool(set(written_lowers(doc)[segment.start : segment.end]) & _SINCE_WORDS)


def _not_until(view: SentenceView, trigger: Span, segment: Segment) -> bool:
    """Whether "until" and a date follow a negated act in its clause ("no se restauraron hasta
    enero de 2003"): the act was done, at that date."""
    words = lowers(view.doc)
    for i in range(trigger.end, segment.end):
        if words[i] == "until":
            return any(any(c.isdigit() for c in w) for w in words[i + 1 : i + 5])
    return False


def _warned_of(view: SentenceView, trigger: Span, segment: Segment) -> bool:
    """Whether the act is what someone warned of: "warned Uribe that a similar strike could..."."""
    before = lowers(view.doc)[segment.start : trigger.start]
    return any(w in ("warned", "warns", "warning") and "that" in before[i:] for i, w in enumerate(before))
