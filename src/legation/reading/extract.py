"""Reads a document into claims: events with their sides, dates and evidence, and facts.

The document's sentences stream through the spaCy pipeline (`pipeline.py`); for each one the reader
sees its shape (`clauses.py`), reads its acts (`acts.py`), dates them (`dating.py`) and reads its facts
(`memberships.py`, `figures.py`, `missions.py`), remembering what the document has said so far
(`context.py`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import chain, islice

from spacy.tokens import Doc

from legation.claims import Claim, Event, Evidence, Extraction
from legation.countries import Lexicon, load_lexicon
from legation.errors import InputError, UnknownCountryError
from legation.periods import Period
from legation.reading.acts import Act, read_acts
from legation.reading.clauses import SentenceView, view_sentence
from legation.reading.context import DocumentContext
from legation.reading.dating import UNDATED_PERIOD, act_date, resolve_dates, section_period
from legation.reading.figures import StatisticContext, read_statistics
from legation.reading.memberships import read_memberships
from legation.reading.missions import read_missions, read_stated_missions
from legation.reading.pipeline import read_sentences
from legation.reading.triggers import load_trigger_table
from legation.text.documents import Document
from legation.text.files import Failure, expand_paths, read_document
from legation.vocabulary import event_kinds

_TITLED = re.compile(
    r"\b(president|prime minister|foreign minister|minister|ambassador|envoy|king|queen|"
    r"leader|dictator|chancellor|emperor)\s*,?\s*$",
    re.I,
)
# The sentences counted for the two states a document names most, where its title names none.
PAIR_SAMPLE = 200


def document_pair(document: Document, lexicon: Lexicon, docs: list[Doc]) -> tuple[str, str] | None:
    """The pair a document is about: the two states its title names, else the two it names most."""
    sides = document.title_sides
    if sides:
        try:
            return lexicon.resolve(sides[0]), lexicon.resolve(sides[1])
        except UnknownCountryError:
            pass
    counts: Counter[str] = Counter(s.label_ for doc in docs for s in doc.spans["countries"])
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
    kinds = event_kinds()
    docs = read_sentences(s.text for s in document.sentences)
    first = list(islice(docs, PAIR_SAMPLE))
    ctx = DocumentContext(pair=document_pair(document, lexicon, first))
    claims: list[Claim] = []
    anchor: Period | None = None
    paragraph_date: dict[int, Period] = {}
    paragraph_acts: dict[int, list[Act]] = {}
    stats: dict[int, StatisticContext] = {}
    for sentence, doc in zip(document.sentences, chain(first, docs), strict=True):
        for span in doc.spans["persons"]:
            if len(span.text.split()) >= 2:
                ctx.remember_person(span.text)
        codes = {s.text: c for s in doc.spans["persons"] if (c := ctx.code_of(s.text))}
        view = view_sentence(doc, codes)
        if _bind_titled_persons(view, ctx):
            view = view_sentence(doc, {s.text: c for s in doc.spans["persons"] if (c := ctx.code_of(s.text))})
        dates, anchor = resolve_dates(sentence.text, anchor)
        evidence = Evidence(document.name, sentence.start, sentence.end, sentence.text)
        previous = paragraph_acts.setdefault(sentence.paragraph, [])
        acts = read_acts(view, table, ctx, previous)
        for act in acts:
            period, announced = act_date(act, view, dates, acts)
            inherited = False
            if period is None:
                if UNDATED_PERIOD.match(sentence.text) or sentence.paragraph not in paragraph_date:
                    period = section_period(sentence)
                else:
                    period, inherited = paragraph_date[sentence.paragraph], True
            if period is not None:
                paragraph_date[sentence.paragraph] = period
            _remember_sides(act, ctx)
            if act.actor is None or act.target is None:  # read_acts leaves none such; this tells mypy
                continue
            kind = kinds[act.type.reported]
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
                    cameo=kind.cameo,
                    plover=kind.plover,
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


def extract_paths(paths: Iterable[str]) -> Iterator[Extraction | Failure]:
    """The reading of every input in turn, streaming: one document in memory at a time."""
    for item in expand_paths(paths):
        if isinstance(item, Failure):
            yield item
            continue
        try:
            yield extract_document(read_document(item))
        except InputError as exc:
            yield Failure(str(item), str(exc))


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
