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
from legation.reading.dates import Anchor, DateMention
from legation.reading.dating import UNDATED_PERIOD, act_date, resolve_dates, section_period
from legation.reading.figures import StatisticContext, read_statistics
from legation.reading.memberships import read_memberships
from legation.reading.merging import DateOrigin, Mention, merge_mentions
from legation.reading.missions import read_missions, read_stated_missions
from legation.reading.pipeline import read_sentences
from legation.reading.triggers import load_trigger_table
from legation.text.documents import Document, Sentence
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


class _DocumentReader:
    """Reads one document sentence by sentence, remembering what the document has said so far."""

    def __init__(self, document: Document, pair: tuple[str, str] | None) -> None:
        self.document = document
        self.lexicon = load_lexicon()
        self.table = load_trigger_table()
        self.kinds = event_kinds()
        self.ctx = DocumentContext(pair=pair)
        self.mentions: list[Mention] = []
        self.facts: list[Claim] = []
        self.anchor = Anchor(document.published, document.published, from_report=True)
        self.paragraph_date: dict[int, Period] = {}
        self.paragraph_acts: dict[int, list[Act]] = {}
        self.stats: dict[int, StatisticContext] = {}

    def read(self, sentence: Sentence, doc: Doc) -> None:
        ctx = self.ctx
        for span in doc.spans["persons"]:
            if len(span.text.split()) >= 2:
                ctx.remember_person(span.text)
        view = view_sentence(doc, self._person_codes(doc))
        if _bind_titled_persons(view, ctx):
            view = view_sentence(doc, self._person_codes(doc))
        dates, anchor = resolve_dates(sentence.text, self.anchor)
        if sentence.kind != "caption":
            # A caption's date is the photo's, not the date the next paragraph goes on from.
            self.anchor = anchor
        evidence = Evidence(self.document.name, sentence.start, sentence.end, sentence.text)
        previous = self.paragraph_acts.setdefault(sentence.paragraph, [])
        acts = read_acts(view, self.table, ctx, previous)
        for act in acts:
            self._add_event(act, view, dates, acts, sentence, evidence)
        previous.extend(acts)
        if dates and not acts:
            last = [p for m, p in dates if m.role in ("point", "effective")]
            if last:
                self.paragraph_date[sentence.paragraph] = last[-1]
        self.facts.extend(read_memberships(view, ctx, evidence))
        self.facts.extend(read_stated_missions(view, self.lexicon, evidence))
        stats = self.stats.setdefault(sentence.paragraph, StatisticContext())
        self.facts.extend(read_statistics(view, dates, stats, evidence))

    def _person_codes(self, doc: Doc) -> dict[str, str]:
        return {s.text: c for s in doc.spans["persons"] if (c := self.ctx.code_of(s.text))}

    def _date(
        self,
        act: Act,
        view: SentenceView,
        dates: list[tuple[DateMention, Period]],
        acts: list[Act],
        sentence: Sentence,
    ) -> tuple[Period | None, Period | None, DateOrigin]:
        """The date of an act, the date it was announced, and where its date came from."""
        period, announced = act_date(act, view, dates, acts)
        if period is not None:
            return period, announced, "written"
        if not UNDATED_PERIOD.match(sentence.text) and sentence.paragraph in self.paragraph_date:
            return self.paragraph_date[sentence.paragraph], None, "paragraph"
        if section := section_period(sentence):
            return section, None, "section"
        if self.document.published is not None:
            # A report's undated act is news of the report's day.
            return self.document.published, None, "report"
        return None, None, "none"

    def _add_event(
        self,
        act: Act,
        view: SentenceView,
        dates: list[tuple[DateMention, Period]],
        acts: list[Act],
        sentence: Sentence,
        evidence: Evidence,
    ) -> None:
        period, announced, origin = self._date(act, view, dates, acts, sentence)
        if period is not None:
            self.paragraph_date[sentence.paragraph] = period
        _remember_sides(act, self.ctx)
        if act.actor is None or act.target is None:  # read_acts leaves none such; this tells mypy
            return
        kind = self.kinds[act.type.reported]
        event = Event(
            type=act.type.reported,
            actor=act.actor,
            target=act.target,
            directed=not act.mutual,
            date=str(period) if period else None,
            evidence=evidence,
            person=act.person or _named_envoy(act, self.ctx),
            rank=act.rank,
            vote=act.vote,
            announced=str(announced) if announced else None,
            mission=act.mission,
            cameo=kind.cameo,
            plover=kind.plover,
            confidence=_confidence(act, period, origin != "written"),
        )
        self.mentions.append(Mention(event, period, origin, sentence.kind))


def extract_document(document: Document) -> Extraction:
    """Every event and fact the document states, each with the sentence it was read from."""
    docs = read_sentences(s.text.replace("\n", " ") for s in document.sentences)
    first = list(islice(docs, PAIR_SAMPLE))
    reader = _DocumentReader(document, document_pair(document, load_lexicon(), first))
    for sentence, doc in zip(document.sentences, chain(first, docs), strict=True):
        reader.read(sentence, doc)
    missions, warnings = read_missions(document.infobox, reader.lexicon, document.name, document.text)
    claims = (*merge_mentions(reader.mentions), *reader.facts, *missions)
    return Extraction(document, reader.ctx.pair, claims, tuple(warnings))


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
