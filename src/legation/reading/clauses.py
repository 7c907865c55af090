"""The shape of a sentence, without a parser: who is named where, after which preposition, in which clause.

A `Slot` is a participant a sentence names (a state, a person, or a mutual "both countries").
A `Segment` is a stretch of the sentence that behaves as one clause: the main clause, a clause joined
by ", and", or a subordinate clause ("after ...", "when ...", ", being ...") that has its own subject.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

from spacy.tokens import Doc

from legation.reading.extensions import lowers, spans_of, texts
from legation.reading.words import word_list

SegmentKind = Literal["main", "coordinate", "subordinate"]

COORDINATORS = frozenset({"and", "but", "or", "yet", "so"})


@cache
def title_words() -> frozenset[str]:
    """Titles in lower case ("president", "minister"), which may stand before a name."""
    return frozenset(t.lower() for t in word_list("titles"))


@dataclass(frozen=True)
class Slot:
    """A participant named in a sentence, with what surrounds it."""

    start: int
    end: int
    kind: str  # name | demonym | nationals | capital | government | person | mutual | org
    codes: tuple[str, ...]
    prep: str | None
    head: tuple[str, ...]
    possessive: bool
    text: str
    aside: bool = False  # "together with X": a companion, not the actor

    @property
    def code(self) -> str | None:
        return self.codes[0] if len(self.codes) == 1 else None

    @property
    def agentive(self) -> bool:
        """Whether the slot can be the subject that acts."""
        if self.aside or self.prep is not None:
            return False
        if self.kind in ("demonym", "nationals"):
            return self.kind == "demonym" and any(h in word_list("agentive_heads") for h in self.head)
        return True


@dataclass(frozen=True)
class Segment:
    """A clause-like stretch of tokens [start, end)."""

    start: int
    end: int
    kind: SegmentKind


@dataclass(frozen=True)
class SentenceView:
    """A read sentence: its doc, the participants it names and its clauses."""

    doc: Doc
    slots: tuple[Slot, ...]
    segments: tuple[Segment, ...]

    def segment_at(self, i: int) -> Segment:
        return next(s for s in self.segments if s.start <= i < s.end)

    def slots_in(self, start: int, end: int) -> list[Slot]:
        return [s for s in self.slots if start <= s.start < end]


def _preposition(doc: Doc, start: int) -> tuple[str | None, bool]:
    """The preposition governing the phrase at start, and whether it is 'together with'."""
    i = start - 1
    lower = lowers(doc)
    # Skip determiners, small numbers and titles: "to the five", "to president Martín Vizcarra".
    while i >= 0 and (
        lower[i] in word_list("modifiers")
        or lower[i] in title_words()
        or (doc[i].like_num and len(texts(doc)[i]) < 4)
    ):
        i -= 1
    if i < 0:
        return None, False
    word = lowers(doc)[i]
    if word == "with" and i > 0 and lowers(doc)[i - 1] in ("together", "along", "alongside"):
        return "with", True
    if word in ("from", "by", "of") and i > 0 and lowers(doc)[i - 1] in word_list("statement_nouns"):
        return None, False  # "a statement from Nauru said": the speaker, as a subject is
    if word == "of" and i > 0:
        j = i - 1
        while j >= 0 and lowers(doc)[j] in word_list("modifiers"):
            j -= 1
        if j >= 0 and lowers(doc)[j] in word_list("institutions"):
            # "the Parliament of Venezuela" stands for Venezuela, where "the Parliament" stands.
            return _preposition(doc, j)[0], False
        if (noun := _institution_before_adjectives(doc, j)) is not None:
            # Spanish puts adjectives after the noun: "las fuerzas militares y policiales de Colombia".
            return _preposition(doc, noun)[0], False
        if (head := _institution_of(doc, j + 1)) is not None:
            # "the Ministry of Foreign Affairs of Peru", "el Ministerio de Transporte de Venezuela".
            return _preposition(doc, head)[0], False
    return (word, False) if word in word_list("prepositions") else (None, False)


def _institution_before_adjectives(doc: Doc, j: int) -> int | None:
    """In a language that puts adjectives after the noun, the institution noun a few lower-case words
    (joined by "and") before j, if there is one."""
    if doc.lang_ == "en":
        return None
    lower, words = lowers(doc), texts(doc)
    for k in range(j, max(-1, j - 5), -1):
        if lower[k] in word_list("institutions"):
            return k
        if not (words[k].isalpha() and words[k].islower()):
            return None
    return None


def _institution_of(doc: Doc, j: int) -> int | None:
    """Where an institution's name opens, for the words up to j that name its field ("Ministry of
    Foreign Affairs", "el Consejo Supremo de Seguridad"), else None."""
    lower, words = lowers(doc), texts(doc)
    for k in range(j - 1, max(-1, j - 5), -1):
        if lower[k] in word_list("institutions"):
            return k
        if lower[k] != "of" and not words[k][:1].isupper():
            return None
    return None


def _head(doc: Doc, end: int) -> tuple[tuple[str, ...], bool]:
    possessive = end < len(doc) and texts(doc)[end] in ("'s", "’s", "'")
    i = end + 1 if possessive else end
    words = tuple(lowers(doc)[i : i + 2])
    return words, possessive


_OPENING_QUOTES = frozenset({"«", "“", '"'})
_CLOSING_QUOTES = frozenset({"»", "”", '"'})
SHORT_QUOTE = 8


def _in_short_quote(doc: Doc, start: int, end: int) -> bool:
    """Whether a name stands in a few quoted words ("«una sola China»", "the “One China” policy"): a
    phrase or a slogan, not a state taking part."""
    words = texts(doc)
    back = range(start - 1, max(-1, start - SHORT_QUOTE - 1), -1)
    ahead = range(end, min(len(words), end + SHORT_QUOTE + 1))
    before = next((i for i in back if words[i] in _OPENING_QUOTES), None)
    after = next((i for i in ahead if words[i] in _CLOSING_QUOTES), None)
    if before is None or after is None or after - before > SHORT_QUOTE + 2:
        return False
    return not any(w in _OPENING_QUOTES | _CLOSING_QUOTES for w in words[before + 1 : after])


def _noun_before(doc: Doc, start: int) -> str | None:
    """The noun a postposed adjective qualifies: the lower-case word right before it (as its English
    gloss where it has one), not an article, a preposition or a number."""
    if start == 0:
        return None
    word, gloss = texts(doc)[start - 1], lowers(doc)[start - 1]
    if not word.isalpha() or not word.islower() or gloss in word_list("modifiers"):
        return None
    return None if gloss in word_list("prepositions") or gloss in ("and", "or", "the", "a") else gloss


# "(which encompassed much of present-day South Korea)": a place today, not a party to the act.
_GLOSSES = (
    ("present", "-", "day"),
    ("modern", "-", "day"),
    ("today", "'s"),
    ("today", "’s"),
    ("present", "day"),
)


def _glossed(doc: Doc, start: int) -> bool:
    before = tuple(lowers(doc)[max(0, start - 3) : start])
    return any(before[-len(g) :] == g for g in _GLOSSES)


# The first words of every mutual phrase below.
_MUTUAL_OPENERS = frozenset({"both", "two", "each", "one"})


def find_slots(
    doc: Doc,
    person_codes: dict[str, str],
    described: dict[int, str] | None = None,
    speaker: tuple[list[int], str] | None = None,
) -> tuple[Slot, ...]:
    """The participants of a sentence: states, persons (with a state where known), descriptions of a
    state the text named ("the kingdom", by the start of the description), first-person words of a
    quotation whose speaker is known ("our government": the speaker's state), and mutual phrases."""
    slots: list[Slot] = []
    for i in speaker[0] if speaker else ():
        head, possessive = _head(doc, i + 1)
        prep, aside = _preposition(doc, i)
        spoken: tuple[str, ...] = (speaker[1],) if speaker else ()
        slots.append(Slot(i, i + 1, "name", spoken, prep, head, possessive, texts(doc)[i], aside))
    for span in spans_of(doc, "descriptions") if doc.spans.get("descriptions") is not None else ():
        # A description the text set up for no state it named ("the island nation") is someone
        # unknown: what it does is not the act of a state guessed from the document.
        code = (described or {}).get(span.start)
        prep, aside = _preposition(doc, span.start - 1)
        head, possessive = _head(doc, span.end)
        kind, codes = ("name", (code,)) if code else ("unresolved", ())
        slots.append(Slot(span.start - 1, span.end, kind, codes, prep, head, possessive, span.text, aside))

    for span in spans_of(doc, "countries"):
        if _glossed(doc, span.start) or _in_short_quote(doc, span.start, span.end):
            continue
        prep, aside = _preposition(doc, span.start)
        head, possessive = _head(doc, span.end)
        if (
            span.start > 0
            and lowers(doc)[span.start - 1] == "of"
            and _preposition(doc, span.start)[0] is None
        ):
            # "the Foreign Ministry of Peru": the institution is the head.
            j = span.start - 2
            while j >= 0 and lowers(doc)[j] in word_list("modifiers"):
                j -= 1
            head = (lowers(doc)[j],) if j >= 0 else head
        kind = span.kb_id_
        if doc.lang_ != "en" and kind in ("demonym", "nationals") and (noun := _noun_before(doc, span.start)):
            # Spanish puts the adjective after its noun: "las autoridades hondureñas" is the
            # Honduran authorities (an agent), "aeronaves marroquíes" Moroccan aircraft, not Moroccans.
            kind, head = "demonym", (noun,)
            prep, aside = _preposition(doc, span.start - 1)  # "en la capital cubana": in Cuba
        slots.append(
            Slot(span.start, span.end, kind, (span.label_,), prep, head, possessive, span.text, aside)
        )
    for span in spans_of(doc, "orgs"):
        prep, aside = _preposition(doc, span.start)
        slots.append(Slot(span.start, span.end, "org", (), prep, (), False, span.text, aside))
    for span in spans_of(doc, "persons"):
        prep, aside = _preposition(doc, span.start)
        head, possessive = _head(doc, span.end)
        # A code of "" marks a leader named outside every term the table gives him: no state's.
        code = person_codes.get(span.text)
        slots.append(
            Slot(
                span.start,
                span.end,
                "unresolved" if code == "" else "person",
                (code,) if code else (),
                prep,
                head,
                possessive,
                span.text,
                aside,
            )
        )
    lower = lowers(doc)
    mutual_nouns = word_list("mutual_nouns")
    # Most sentences hold none of the words a mutual phrase opens with.
    for i, word in enumerate(lower[:-1] if not _MUTUAL_OPENERS.isdisjoint(lower) else ()):
        nxt = lower[i + 1]
        # "both countries", "the two sides", "the two neighbouring states".
        skip = (
            1
            if nxt.isalpha()
            and i + 2 < len(lower)
            and lower[i + 2] in mutual_nouns
            and nxt not in mutual_nouns
            else 0
        )
        noun = lower[i + 1 + skip]
        if (word == "both" and noun in mutual_nouns) or (
            word == "two" and i > 0 and lower[i - 1] == "the" and noun in mutual_nouns
        ):
            start, end = (i - 1 if word == "two" else i), i + 2 + skip
            prep, aside = _preposition(doc, start)
            slots.append(Slot(start, end, "mutual", (), prep, (), False, doc[start:end].text, aside))
        elif (word, nxt) in (("each", "other"), ("one", "another")):
            slots.append(Slot(i, i + 2, "mutual", (), "with", (), False, doc[i : i + 2].text))
        elif word == "both" and nxt in ("are", "were", "have", "had"):
            # "both are members": a lone "both" as the subject.
            slots.append(Slot(i, i + 1, "mutual", (), None, (), False, texts(doc)[i]))
    return _between_pairs(tuple(sorted(slots, key=lambda s: s.start)), lower)


def _between_pairs(slots: tuple[Slot, ...], lower: list[str]) -> tuple[Slot, ...]:
    """The second state of "between X and Y" stands after "between" too: it is no subject."""
    out = list(slots)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if a.prep == "between" and b.prep is None and lower[a.end : b.start] in (["and"], ["and", "the"]):
            out[k] = replace(b, prep="between")
    return tuple(out)


def _in_name_list(doc: Doc, comma: int) -> bool:
    """Whether a comma separates states in a list of three or more ("Turkey, Bahrain, Jordan, and
    South Africa"; "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt"), not two clauses
    ("Chile recognised Peru, and Bolivia broke off relations")."""
    lower = lowers(doc)
    ends = {s.end: s for s in spans_of(doc, "countries")}
    starts = {s.start: s for s in spans_of(doc, "countries")}

    def next_name(i: int) -> int | None:
        """Where the state after a separator at i ends, skipping "and", "or", "the"."""
        j = i + 1
        while j < len(lower) and lower[j] in ("and", "or", "the"):
            j += 1
        return starts[j].end if j in starts else None

    if comma not in ends:
        return False
    following = next_name(comma)
    if following is None:
        return False
    before = ends[comma]
    listed_before = (before.start >= 1 and texts(doc)[before.start - 1] == ",") or (
        before.start >= 2 and lower[before.start - 1] == "the" and texts(doc)[before.start - 2] == ","
    )
    listed_after = following < len(lower) and lower[following] in (",", "and", "or")
    listed_after = listed_after and next_name(following) is not None and lower[comma + 1] not in ("and", "or")
    return listed_before or listed_after


def find_segments(doc: Doc) -> tuple[Segment, ...]:
    """The clause-like segments of a sentence, in order, covering every token."""
    n = len(doc)
    cuts: list[tuple[int, SegmentKind]] = [(0, "main")]
    if n and lowers(doc)[0] in word_list("openers"):
        cuts = [(0, "subordinate")]
    words, lower = texts(doc), lowers(doc)
    for i, text in enumerate(words):
        nxt = lower[i + 1] if i + 1 < n else None
        if text in (";", ":"):
            cuts.append((i + 1, "main"))
        elif text in ("(", ")"):
            cuts.append((i + 1 if text == ")" else i, "coordinate"))
        elif text == "." and i < n - 1:
            cuts.append((i + 1, "coordinate"))
        elif text == "," and nxt is not None:
            if _in_name_list(doc, i):
                continue  # "Turkey, Bahrain, Jordan, Chad, and South Africa": a list, not clauses
            if nxt in COORDINATORS:
                cuts.append((i + 1, "coordinate"))
            elif (
                nxt in word_list("subordinators")
                or lower[i + 1 : i + 3] == ["then", "of"]  # "luego de": after
                or nxt in ("hours", "days", "weeks", "which", "who")
                or (
                    nxt.endswith("ing")
                    and words[i + 1].islower()
                    and nxt not in ("during", "including", "according")
                )
            ):
                cuts.append((i + 1, "subordinate"))
            elif cuts[-1][1] == "subordinate" and cuts[-1][0] < i:
                # A subordinate clause runs to the next comma; what follows continues the main clause.
                cuts.append((i + 1, "main"))
        elif (
            i > 0
            and lower[i] in ("after", "because", "when", "although", "whereas", "while")
            and words[i - 1] != ","
            and not (nxt is not None and nxt[:1].isdigit())
        ):
            cuts.append((i, "subordinate"))
    cuts = sorted(dict(cuts).items())
    segments = []
    for k, (start, kind) in enumerate(cuts):
        end = cuts[k + 1][0] if k + 1 < len(cuts) else n
        if end > start:
            segments.append(Segment(start, end, kind))
    return tuple(segments)


def view_sentence(
    doc: Doc,
    person_codes: dict[str, str],
    described: dict[int, str] | None = None,
    speaker: tuple[list[int], str] | None = None,
) -> SentenceView:
    """The sentence's participants and clauses."""
    segments = find_segments(doc)
    openers = {s.start for s in segments if s.kind == "subordinate"}
    slots = tuple(
        replace(slot, prep=None)
        if slot.prep in word_list("subordinators") and _opened_by(doc, slot, openers)
        else slot
        for slot in find_slots(doc, person_codes, described, speaker)
    )
    return SentenceView(doc, slots, segments)


def _opened_by(doc: Doc, slot: Slot, openers: set[int]) -> bool:
    """Whether the word before a slot is the conjunction that opens its clause ("after the United
    States recognized..."), which makes the slot that clause's subject, not a preposition's object."""
    i = slot.start - 1
    while i >= 0 and lowers(doc)[i] in word_list("modifiers"):
        i -= 1
    return i in openers
