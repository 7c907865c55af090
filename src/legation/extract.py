"""Reads a document into claims: events with their dates, sides and evidence, and facts.

Dates: an act takes the date written in its own clause (the effective date where one is given, with
the announcement date kept beside it), else the date that opens the sentence, else the nearest date in
the sentence, else the date the paragraph last spoke of, else the period its section heading names.
A date after "since", or else a year naming an occasion ("the 1972 coup"), dates a sentence that has
no other date. A sentence that
opens on a period named without a date ("During the occupation") takes no date from
the paragraph: it gets its section's period or nothing, never a guess.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from legation.claims import Claim, Event, Evidence
from legation.clauses import SentenceView, view_sentence
from legation.context import DocumentContext
from legation.countries import Lexicon, load_lexicon
from legation.dates import DateMention, Period, find_dates, heading_period
from legation.documents import Document, Sentence
from legation.errors import UnknownCountryError
from legation.facts import (
    StatisticContext,
    read_memberships,
    read_missions,
    read_stated_missions,
    read_statistics,
)
from legation.pipeline import read_sentence
from legation.roles import Act, read_acts
from legation.triggers import load_trigger_table

_UNDATED_PERIOD = re.compile(r"^(?:During|Throughout|Amid)\s+(?!this\b|that\b|these\b|those\b|the same\b)")
_TITLED = re.compile(
    r"\b(president|prime minister|foreign minister|minister|ambassador|envoy|king|queen|"
    r"leader|dictator|chancellor|emperor)\s*,?\s*$",
    re.I,
)
LEADING_CHARS = 30


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


def document_pair(document: Document, lexicon: Lexicon) -> tuple[str, str] | None:
    """The pair a document is about: the two states its title names, else the two it names most."""
    sides = document.title_sides
    if sides:
        try:
            return lexicon.resolve(sides[0]), lexicon.resolve(sides[1])
        except UnknownCountryError:
            pass
    counts: Counter[str] = Counter()
    for sentence in document.sentences[:200]:
        doc = read_sentence(sentence.text, known_names=set())
        counts.update(s.label_ for s in doc.spans["countries"])
    top = [c for c, _ in counts.most_common(2)]
    return (top[0], top[1]) if len(top) == 2 else None


def _bind_titled_persons(view: SentenceView, ctx: DocumentContext) -> bool:
    """Ties "Venezuelan President Hugo Chávez" to his state; whether any person was newly tied."""
    doc = view.doc
    tied = False
    for person in (s for s in view.slots if s.kind == "person"):
        before = doc[max(0, person.start - 4) : person.start].text
        if not _TITLED.search(before):
            continue
        owners = [
            s
            for s in view.slots
            if s.code
            and s.end <= person.start
            and person.start - s.end <= 3
            and s.kind in ("demonym", "name")
        ]
        if owners and owners[-1].code and ctx.code_of(person.text) is None:
            ctx.bind(person.text, owners[-1].code)
            tied = True
    return tied


def _resolve_dates(
    text: str, anchor: Period | None
) -> tuple[list[tuple[DateMention, Period]], Period | None]:
    resolved = []
    for mention in find_dates(text):
        period = mention.resolve(anchor)
        if period is None:
            continue
        resolved.append((mention, period))
        if mention.role != "attributive":
            anchor = period
    return resolved, anchor


def _act_date(
    act: Act, view: SentenceView, dates: list[tuple[DateMention, Period]], acts: list[Act]
) -> tuple[Period | None, Period | None]:
    """The date of an act and, where an effective date is given, the date it was announced."""
    doc = view.doc
    segment = view.segment_at(act.start)
    seg_start = doc[segment.start].idx
    seg_end = doc[segment.end - 1].idx + len(doc[segment.end - 1])
    usable = [(m, p) for m, p in dates if m.role in ("point", "effective")]
    own = [(m, p) for m, p in usable if seg_start <= m.start < seg_end]
    effective = [(m, p) for m, p in own if m.role == "effective"]
    if effective:
        announced = next(
            (p for m, p in usable if m.role == "point" and m.start < effective[0][0].start), None
        )
        return effective[0][1], announced
    at = doc[act.start].idx
    if own:
        absolute = [x for x in own if x[0].period is not None] or own
        # A date between this act and the next belongs to it ("broken in 1962 and restored in 1975").
        starts = sorted({doc[a.start].idx for a in acts})
        following = min((s for s in starts if s > at), default=seg_end)
        ahead = [x for x in absolute if at <= x[0].start < following]
        return min(ahead or absolute, key=lambda mp: abs(mp[0].start - at))[1], None
    leading = [(m, p) for m, p in usable if m.start < LEADING_CHARS]
    if leading:
        return leading[0][1], None
    if usable:
        return min(usable, key=lambda mp: abs(mp[0].start - at))[1], None
    # "Since 2008, Bolivians may enter without a visa": the start of what is said.
    # "Following the 1972 coup, ...": a year naming an occasion still dates the sentence.
    for role in ("since", "attributive"):
        fallback = [(m, p) for m, p in dates if m.role == role]
        if fallback:
            return min(fallback, key=lambda mp: abs(mp[0].start - at))[1], None
    return None, None


def _section_period(sentence: Sentence) -> Period | None:
    for heading in reversed(sentence.headings):
        period = heading_period(heading)
        if period is not None:
            return period
    return None


def _confidence(act: Act, period: Period | None, inherited: bool) -> float:
    score = 0.9
    if act.guessed:
        score -= 0.15
    if period is None or inherited:
        score -= 0.1
    return round(score, 2)


def extract_document(document: Document) -> Extraction:
    """Every event and fact the document states, each with the sentence it was read from."""
    lexicon = load_lexicon()
    table = load_trigger_table()
    ctx = DocumentContext(pair=document_pair(document, lexicon))
    claims: list[Claim] = []
    anchor: Period | None = None
    paragraph_date: dict[int, Period] = {}
    paragraph_acts: dict[int, list[Act]] = {}
    stats: dict[int, StatisticContext] = {}
    for sentence in document.sentences:
        doc = read_sentence(sentence.text, known_names=ctx.known_words())
        for span in doc.spans["persons"]:
            if len(span.text.split()) >= 2:
                ctx.remember_person(span.text)
        codes = {s.text: c for s in doc.spans["persons"] if (c := ctx.code_of(s.text))}
        view = view_sentence(doc, codes)
        if _bind_titled_persons(view, ctx):
            view = view_sentence(doc, {s.text: c for s in doc.spans["persons"] if (c := ctx.code_of(s.text))})
        dates, anchor = _resolve_dates(sentence.text, anchor)
        evidence = Evidence(document.name, sentence.start, sentence.end, sentence.text)
        previous = paragraph_acts.setdefault(sentence.paragraph, [])
        acts = read_acts(view, table, ctx, previous)
        for act in acts:
            period, announced = _act_date(act, view, dates, acts)
            inherited = False
            if period is None:
                if _UNDATED_PERIOD.match(sentence.text) or sentence.paragraph not in paragraph_date:
                    period = _section_period(sentence)
                else:
                    period, inherited = paragraph_date[sentence.paragraph], True
            if period is not None:
                paragraph_date[sentence.paragraph] = period
            _remember_sides(act, ctx)
            if act.actor is None or act.target is None:  # read_acts leaves none such; this tells mypy
                continue
            claims.append(
                Event(
                    type=act.type.reported,
                    actor=act.actor,
                    target=act.target,
                    directed=not act.mutual,
                    date=str(period) if period else None,
                    evidence=evidence,
                    person=act.person or _named_envoy(act, ctx),
                    rank=act.rank,
                    vote=act.vote,
                    announced=str(announced) if announced else None,
                    mission=act.mission,
                    cameo=act.type.cameo,
                    plover=act.type.plover,
                    confidence=_confidence(act, period, inherited),
                )
            )
        previous.extend(acts)
        if dates and not acts:
            last = [p for m, p in dates if m.role in ("point", "effective")]
            if last:
                paragraph_date[sentence.paragraph] = last[-1]
        claims.extend(read_memberships(view, ctx, evidence))
        claims.extend(read_stated_missions(view, lexicon, evidence))
        claims.extend(
            read_statistics(view, dates, stats.setdefault(sentence.paragraph, StatisticContext()), evidence)
        )
    missions, warnings = read_missions(document.infobox, lexicon, document.name, document.text)
    claims.extend(missions)
    return Extraction(document, ctx.pair, tuple(claims), tuple(warnings))


def _named_envoy(act: Act, ctx: DocumentContext) -> str | None:
    """The envoy a definite description means ("the Peruvian ambassador": the last one named).

    An appointment names someone new, so it never takes the last one's name.
    """
    if act.type.frame == "envoy" and act.actor and act.type.reported != "envoy_appointed":
        return ctx.envoy(act.actor, act.rank)
    if act.type.frame == "expel" and act.target and act.type.reported == "envoy_expelled":
        return ctx.envoy(act.target, act.rank)
    return None


def _remember_sides(act: Act, ctx: DocumentContext) -> None:
    if act.person and act.actor and act.type.frame in ("envoy", "receive"):
        ctx.bind(act.person, act.actor)
        if act.type.frame == "envoy":
            ctx.add_envoy(act.actor, act.rank, act.person)
    if act.person and act.target and act.type.frame == "recognition":
        ctx.bind(act.person, act.target)
