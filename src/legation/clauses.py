"""The shape of a sentence, without a parser: who is named where, after which preposition, in which clause.

A `Slot` is a participant a sentence names (a state, a person, or a mutual "both countries").
A `Segment` is a stretch of the sentence that behaves as one clause: the main clause, a clause joined
by ", and", or a subordinate clause ("after ...", "when ...", ", being ...") that has its own subject.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc

SegmentKind = Literal["main", "coordinate", "subordinate"]

PREPOSITIONS = frozenset("""with to from against on in into toward towards of at over for by between among under
    about upon onto across within after before during than like including via despite inside outside near
    around""".split())  # fmt: skip
# Words skipped when looking for the preposition in front of a name ("with the Peruvian government").
MODIFIERS = frozenset("""the a an its their his her our this that other fellow neighbouring neighboring then
    newly main former new entire whole both""".split())  # fmt: skip
# Nouns after "of" that make "the X of <state>" stand for the state ("the Parliament of Venezuela").
INSTITUTIONS = frozenset("""government ministry parliament congress president court assembly republic state
    kingdom embassy minister ambassador envoy representative delegation authorities leader king queen
    emperor junta regime administration foreign prime chancellor people army forces navy military
    legation consulate senate cabinet chargé counterpart""".split())  # fmt: skip
# Heads that make a demonym an agent ("the Peruvian government" acts; "Peruvian territory" does not).
AGENTIVE_HEADS = frozenset("""government foreign ministry president congress parliament authorities forces troops
    army navy military officials leader prime minister ambassador envoy diplomat diplomats representative
    delegation embassy administration regime junta senate court police state chancellor king queen
    emperor cabinet chargé side""".split())  # fmt: skip
MUTUAL_NOUNS = frozenset("""countries nations governments states sides parties neighbours neighbors republics
    leaders presidents capitals""".split())  # fmt: skip
SUBORDINATORS = frozenset("""after because when although though while whereas where since until before once
    as under despite amid following""".split())  # fmt: skip
OPENERS = frozenset("""after because when although though while whereas since before once despite amid following
    during due with under according as""".split())  # fmt: skip
COORDINATORS = frozenset({"and", "but", "or", "yet", "so"})


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
            return self.kind == "demonym" and any(h in AGENTIVE_HEADS for h in self.head)
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
    while i >= 0 and (doc[i].lower_ in MODIFIERS or (doc[i].like_num and len(doc[i].text) < 4)):
        i -= 1
    if i < 0:
        return None, False
    word = doc[i].lower_
    if word == "with" and i > 0 and doc[i - 1].lower_ in ("together", "along", "alongside"):
        return "with", True
    if word == "of" and i > 0:
        j = i - 1
        while j >= 0 and doc[j].lower_ in MODIFIERS:
            j -= 1
        if j >= 0 and doc[j].lower_ in INSTITUTIONS:
            # "the Parliament of Venezuela" stands for Venezuela, where "the Parliament" stands.
            return _preposition(doc, j)[0], False
    return (word, False) if word in PREPOSITIONS else (None, False)


def _head(doc: Doc, end: int) -> tuple[tuple[str, ...], bool]:
    possessive = end < len(doc) and doc[end].text in ("'s", "’s", "'")
    i = end + 1 if possessive else end
    words = tuple(t.lower_ for t in doc[i : i + 2])
    return words, possessive


def find_slots(doc: Doc, person_codes: dict[str, str]) -> tuple[Slot, ...]:
    """The participants of a sentence: states, persons (with a state where known) and mutual phrases."""
    slots: list[Slot] = []
    for span in doc.spans["countries"]:
        prep, aside = _preposition(doc, span.start)
        head, possessive = _head(doc, span.end)
        if span.start > 0 and doc[span.start - 1].lower_ == "of" and _preposition(doc, span.start)[0] is None:
            # "the Foreign Ministry of Peru": the institution is the head.
            j = span.start - 2
            while j >= 0 and doc[j].lower_ in MODIFIERS:
                j -= 1
            head = (doc[j].lower_,) if j >= 0 else head
        kind = span.kb_id_
        slots.append(Slot(span.start, span.end, kind, (span.label_,), prep, head, possessive, span.text, aside))
    for span in doc.spans["orgs"]:
        prep, aside = _preposition(doc, span.start)
        slots.append(Slot(span.start, span.end, "org", (), prep, (), False, span.text, aside))
    for span in doc.spans["persons"]:
        prep, aside = _preposition(doc, span.start)
        head, possessive = _head(doc, span.end)
        code = person_codes.get(span.text)
        slots.append(Slot(span.start, span.end, "person", (code,) if code else (), prep, head, possessive,
                          span.text, aside))  # fmt: skip
    for i, tok in enumerate(doc[:-1]):
        nxt = doc[i + 1].lower_
        if (tok.lower_ == "both" and nxt in MUTUAL_NOUNS) or (
            tok.lower_ == "two" and i > 0 and doc[i - 1].lower_ == "the" and nxt in MUTUAL_NOUNS
        ):
            start = i - 1 if tok.lower_ == "two" else i
            prep, aside = _preposition(doc, start)
            slots.append(Slot(start, i + 2, "mutual", (), prep, (), False, doc[start : i + 2].text, aside))
        elif (tok.lower_, nxt) in (("each", "other"), ("one", "another")):
            slots.append(Slot(i, i + 2, "mutual", (), "with", (), False, doc[i : i + 2].text))
    # "both are members": a lone "both" as the subject.
    for i, tok in enumerate(doc):
        if tok.lower_ == "both" and i + 1 < len(doc) and doc[i + 1].lower_ in ("are", "were", "have", "had"):
            slots.append(Slot(i, i + 1, "mutual", (), None, (), False, tok.text))
    return tuple(sorted(slots, key=lambda s: s.start))


def find_segments(doc: Doc) -> tuple[Segment, ...]:
    """The clause-like segments of a sentence, in order, covering every token."""
    n = len(doc)
    cuts: list[tuple[int, SegmentKind]] = [(0, "main")]
    if n and doc[0].lower_ in OPENERS:
        cuts = [(0, "subordinate")]
    for i, tok in enumerate(doc):
        nxt = doc[i + 1] if i + 1 < n else None
        if tok.text in (";", ":"):
            cuts.append((i + 1, "main"))
        elif tok.text in ("(", ")"):
            cuts.append((i + 1 if tok.text == ")" else i, "coordinate"))
        elif tok.text == "." and i < n - 1:
            cuts.append((i + 1, "coordinate"))
        elif tok.text == "," and nxt is not None:
            word = nxt.lower_
            if word in COORDINATORS:
                cuts.append((i + 1, "coordinate"))
            elif word in SUBORDINATORS or word in ("hours", "days", "weeks", "which", "who") or (
                word.endswith("ing") and nxt.is_lower and word not in ("during", "including", "according")
            ):
                cuts.append((i + 1, "subordinate"))
            elif cuts[-1][1] == "subordinate" and cuts[-1][0] < i:
                # A subordinate clause runs to the next comma; what follows continues the main clause.
                cuts.append((i + 1, "main"))
        elif i > 0 and tok.lower_ in ("after", "because", "when", "although", "whereas", "while") and (
            doc[i - 1].text != ","
        ):
            if not (nxt is not None and nxt.like_num):
                cuts.append((i, "subordinate"))
    cuts = sorted(dict(cuts).items())
    segments = []
    for k, (start, kind) in enumerate(cuts):
        end = cuts[k + 1][0] if k + 1 < len(cuts) else n
        if end > start:
            segments.append(Segment(start, end, kind))
    return tuple(segments)


def view_sentence(doc: Doc, person_codes: dict[str, str]) -> SentenceView:
    """The sentence's participants and clauses."""
    return SentenceView(doc, find_slots(doc, person_codes), find_segments(doc))
