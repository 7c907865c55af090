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
from dataclasses import replace
from itertools import chain, islice

from spacy.tokens import Doc

from legation.claims import Claim, Event, Evidence, Extraction
from legation.countries import Lexicon, load_lexicon
from legation.errors import InputError, UnknownCountryError
from legation.periods import Period
from legation.reading.acts import Act, read_acts
from legation.reading.clauses import SentenceView, Slot, view_sentence
from legation.reading.companions import companions
from legation.reading.context import DocumentContext
from legation.reading.dates import Anchor, DateMention
from legation.reading.dating import (
    BEGINNING,
    UNDATED_PERIOD,
    act_date,
    in_ordering_clause,
    listed_dates,
    recalls_the_past,
    resolve_dates,
    section_period,
    start_of,
    states_a_day,
    unreadable_year,
)
from legation.reading.descriptions import resolve as resolve_description
from legation.reading.extensions import spans_of, text_of
from legation.reading.figures import StatisticContext, read_statistics
from legation.reading.leaders import load_leaders, titled_leader
from legation.reading.memberships import read_memberships
from legation.reading.merging import DateOrigin, Mention, merge_mentions
from legation.reading.missions import read_missions, read_stated_missions
from legation.reading.pipeline import read_in_languages
from legation.reading.prefilter import could_give_claims, words_of, worth_reading
from legation.reading.quotes import first_person, quoted_span
from legation.reading.triggers import trigger_table
from legation.text.documents import Document, Sentence
from legation.text.files import Failure, expand_paths, read_document
from legation.vocabulary import event_kinds

_TITLED = re.compile(
    r"\b(president|prime minister|foreign minister|minister|ambassador|envoy|king|queen|"
    r"leader|dictator|chancellor|emperor)\s*,?\s*$"
    # Spanish puts the state after the title: "el presidente venezolano, Nicolás Maduro".
    r"|\b(president[ea]|mandatari[oa]|canciller|ministr[oa]|embajador[a]?|rey|reina|jefe de Estado)"
    r"(?:\s+\w+)?\s*,?\s*$",
    re.I,
)
# The sentences counted for the two states a document names most, where its title names none.
PAIR_SAMPLE = 200


def document_pair(
    document: Document, lexicon: Lexicon, docs: list[Doc]
) -> tuple[tuple[str, str] | None, str | None]:
    """The pair a document is about (the two states its title names, else the two it names most),
    and the state it names most."""
    counts: Counter[str] = Counter(s.label_ for doc in docs for s in spans_of(doc, "countries"))
    top = [c for c, _ in counts.most_common(2)]
    focus = top[0] if top else None
    sides = document.title_sides
    if sides:
        try:
            return (lexicon.resolve(sides[0]), lexicon.resolve(sides[1])), focus
        except UnknownCountryError:
            pass
    return ((top[0], top[1]) if len(top) == 2 else None), focus


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


# A state held over a period the text bounds, and what ended it.
_HELD = {"relations_held": "relations_severed", "relations_broken_held": "relations_restored"}


class _DocumentReader:
    """Reads one document sentence by sentence, remembering what the document has said so far."""

    def __init__(self, document: Document, pair: tuple[str, str] | None, focus: str | None) -> None:
        self.document = document
        self.lexicon = load_lexicon()
        self.kinds = event_kinds()
        self.leaders = load_leaders()
        self.unplaced: set[str] = set()

        self.ctx = DocumentContext(pair=pair, focus=focus)
        self.mentions: list[Mention] = []
        self.facts: list[Claim] = []
        self.anchor = Anchor(document.published, document.published, from_report=True)
        self.paragraph_date: dict[int, Period] = {}
        self.paragraph_acts: dict[int, list[Act]] = {}
        self.stats: dict[int, StatisticContext] = {}

    def read(self, sentence: Sentence, doc: Doc) -> None:
        ctx = self.ctx
        for span in spans_of(doc, "persons"):
            if len(span.text.split()) >= 2:
                ctx.remember_person(span.text)
        dates, anchor = resolve_dates(sentence.text, self.anchor, sentence.language)
        when = next((p for m, p in dates if m.role in ("point", "effective")), None) or self.anchor.last
        self._bind_leaders(doc, when)
        view = self._view(doc, when)
        if _bind_titled_persons(view, ctx):
            view = self._view(doc, when)
        if _goes_on_from(sentence):
            self.anchor = anchor
        evidence = Evidence(
            self.document.name, sentence.start, sentence.end, sentence.text, sentence.language
        )
        previous = self.paragraph_acts.setdefault(sentence.paragraph, [])
        acts = read_acts(view, trigger_table(sentence.language), ctx, previous)
        compared = companions(view, dates) if acts else []
        own_dates = [(m, p) for m, p in dates if not any(c.start <= m.start < c.end for c in compared)]
        respective = _respective_dates(acts, view, own_dates)
        for i, act in enumerate(acts):
            if i in respective:
                self._add_dated_event(act, respective[i], None, "written", sentence, evidence)
            else:
                self._add_event(act, view, own_dates, acts, sentence, evidence)
            for companion in compared:
                if not companion.period:
                    continue  # "after Egypt and Jordan": a comparison that dates nothing says little
                if act.actor and companion.code not in (act.actor, act.target) and act.target:
                    also = replace(act, actor=companion.code, guessed=True)
                    self._add_dated_event(also, companion.period, None, "written", sentence, evidence)
        previous.extend(acts)
        ctx.named.extend(s.code for s in view.slots if s.code and s.kind != "person")
        if dates and not acts:
            last = [p for m, p in dates if m.role in ("point", "effective")]
            if last:
                self.paragraph_date[sentence.paragraph] = last[-1]
        self.facts.extend(read_memberships(view, ctx, evidence))
        self.facts.extend(read_stated_missions(view, self.lexicon, evidence))
        stats = self.stats.setdefault(sentence.paragraph, StatisticContext())
        self.facts.extend(read_statistics(view, dates, stats, evidence))
        # The copies the rules made hold the doc they belong to: let the sentence go at once.
        doc.user_data.clear()

    def _view(self, doc: Doc, when: Period | None) -> SentenceView:
        """The sentence's shape, each state named as it was in the year the sentence speaks of."""
        view = view_sentence(doc, self._person_codes(doc), self._described(doc))
        if (quote := quoted_span(doc)) is not None and (speaker := _speaker(view, quote)) is not None:
            view = view_sentence(
                doc, self._person_codes(doc), self._described(doc), (first_person(doc, quote), speaker)
            )
        year = when.end.year if when else None
        slots = tuple(self._in_era(s, year) for s in view.slots)
        unchanged = all(a is b for a, b in zip(slots, view.slots, strict=True))
        return view if unchanged else replace(view, slots=slots)

    def _in_era(self, slot: Slot, year: int | None) -> Slot:
        if len(slot.codes) != 1:
            return slot
        code = self.lexicon.in_era(slot.text, slot.codes[0], year)
        return slot if code == slot.codes[0] else replace(slot, codes=(code,))

    def _described(self, doc: Doc) -> dict[int, str]:
        """The state each description of the sentence stands for, by the description's start."""
        found = {}
        for span in spans_of(doc, "descriptions"):
            # A state named just before a description is another one ("Venezuela's envoy to the
            # Andean nation", "Chile and the Andean country").
            before = [s.label_ for s in spans_of(doc, "countries") if s.end <= span.start - 3]
            if code := resolve_description(span.label_, [*self.ctx.named, *before], self.ctx.pair):
                found[span.start] = code
        return found

    def _bind_leaders(self, doc: Doc, when: Period | None) -> None:
        """Ties the persons a sentence names to the state they led or served on the date it speaks of
        (its own date, else the last one the text gave)."""
        for span in spans_of(doc, "persons"):
            if self.ctx.code_of(span.text) is not None:
                continue
            if code := self.leaders.state_of(span.text, when):
                self.ctx.bind(span.text, code)
            elif when is not None and self.leaders.known(span.text) and titled_leader(doc, span.start):
                self.unplaced.add(span.text)  # "President Morales" in 1980: no state's leader then

    def pass_over(self, sentence: Sentence) -> None:
        """A sentence not worth reading still gives its dates to the sentences after it."""
        dates, anchor = resolve_dates(sentence.text, self.anchor, sentence.language)
        if _goes_on_from(sentence):
            self.anchor = anchor
        last = [p for m, p in dates if m.role in ("point", "effective")]
        if last:
            self.paragraph_date[sentence.paragraph] = last[-1]

    def _person_codes(self, doc: Doc) -> dict[str, str]:
        """The state of each person of the sentence the document has tied to one ("" for a leader
        named outside his terms)."""
        codes = {s.text: c for s in spans_of(doc, "persons") if (c := self.ctx.code_of(s.text))}
        return {**{s.text: "" for s in spans_of(doc, "persons") if s.text in self.unplaced}, **codes}

    def _date(
        self,
        act: Act,
        view: SentenceView,
        dates: list[tuple[DateMention, Period]],
        acts: list[Act],
        sentence: Sentence,
    ) -> tuple[Period | None, Period | None, DateOrigin]:
        """The date of an act, the date it was announced, and where its date came from."""
        period, announced, effective = act_date(act, view, dates, acts)
        if effective and announced is None and self.document.published and period:
            # Decided for a day after the report's: announced on the report's day.
            announced = self.document.published if self.document.published.end < period.start else None
        if period is not None:
            return period, announced, "written"
        if unreadable_year(sentence.text):
            return None, None, "none"
        bounded = in_ordering_clause(act, view)

        if (
            not bounded
            and not UNDATED_PERIOD.match(sentence.text)
            and sentence.paragraph in self.paragraph_date
        ):
            period = self.paragraph_date[sentence.paragraph]
            return (start_of(period) if BEGINNING.match(sentence.text) else period), None, "paragraph"
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
        if act.status == "announced" and states_a_day(act, view, sentence.language):
            # Decided with a stated start: done, announced on the report's day.
            act = replace(act, status=None)
        period, announced, origin = self._date(act, view, dates, acts, sentence)
        if (
            act.status is None
            and period
            and self.document.published
            and self.document.published.end < period.start
        ):
            announced = announced or self.document.published
        if period is not None and origin != "report":
            # The report's day dates the next sentence anyway, and as a bound, not as a date written.
            self.paragraph_date[sentence.paragraph] = period
        if act.type.name in _HELD and period is not None and period.precision == "range":
            # "had relations between 1918 and 1921": begun at the start, ended at the end; "relations
            # were broken between 2009 and 2014": broken at the start, restored at the end.
            self._add_dated_event(act, Period.year(period.start.year), None, origin, sentence, evidence)
            ended = replace(act, type=trigger_table().get(_HELD[act.type.name]), guessed=True)
            self._add_dated_event(ended, Period.year(period.end.year), None, origin, sentence, evidence)
            return
        each_date: list[Period | None] = [*listed_dates(act, view, dates, acts)] or [period]
        for each in each_date:
            self._add_dated_event(act, each, announced, origin, sentence, evidence)

    def _add_dated_event(
        self,
        act: Act,
        period: Period | None,
        announced: Period | None,
        origin: DateOrigin,
        sentence: Sentence,
        evidence: Evidence,
    ) -> None:
        _remember_sides(act, self.ctx)
        if act.actor is None or act.target is None:  # read_acts leaves none such; this tells mypy
            return
        kind = self.kinds[act.type.reported]
        status = act.status
        if status == "announced" and announced is not None:
            # Decided with a stated start ("will close the border from Thursday"): done from that day.
            status = None
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
            status=status,
        )
        self.mentions.append(Mention(event, period, origin, sentence.kind))


def _goes_on_from(sentence: Sentence) -> bool:
    """Whether the text goes on from a sentence's dates: not from a caption's (the photo's day) nor
    from a sentence that recalls an earlier time."""
    return sentence.kind != "caption" and not recalls_the_past(sentence.text, sentence.language)


def extract_document(document: Document, *, skip: bool = True) -> Extraction:
    """Every event and fact the document states, each with the sentence it was read from.

    Sentences that can give no claim and name no one are not tokenized (see `prefilter.py`); `skip`
    False reads every one (the records are the same).
    """
    languages = {s.language for s in document.sentences} or {document.language}
    words = words_of(document.text)
    if skip and not any(could_give_claims(words, lang) for lang in languages) and not document.infobox:
        return Extraction(document, None, (), ())
    worth = [not skip or worth_reading(s.text, s.language) for s in document.sentences]

    read = [s for s, w in zip(document.sentences, worth, strict=True) if w]
    docs = read_in_languages((s.text.replace("\\n", " "), s.language) for s in read)
    first = list(islice(docs, PAIR_SAMPLE))
    reader = _DocumentReader(document, *document_pair(document, load_lexicon(), first))
    stream = chain(first, docs)
    for sentence, w in zip(document.sentences, worth, strict=True):
        if w:
            reader.read(sentence, next(stream))
        else:
            reader.pass_over(sentence)

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


def _respective_dates(
    acts: list[Act], view: SentenceView, dates: list[tuple[DateMention, Period]]
) -> dict[int, Period]:
    """The date of each act where the sentence lists one per actor "respectively" ("Chile and
    Bolivia gained independence in 1818 and 1825 respectively"), by the act's index."""
    if "respectively" not in text_of(view.doc).lower() or len(acts) < 2:
        return {}
    listed = listed_dates(acts[0], view, dates, acts[:1])
    if len(listed) != len(acts) or len({(a.type.name, a.target) for a in acts}) != 1:
        return {}
    order = sorted(range(len(acts)), key=lambda i: _actor_position(view, acts[i]))
    return {i: listed[k] for k, i in enumerate(order)}


def _actor_position(view: SentenceView, act: Act) -> int:
    return next((s.start for s in view.slots if act.actor in s.codes), len(view.doc))


def _speaker(view: SentenceView, quote: tuple[int, int]) -> str | None:
    """The state of whoever is said to speak a quotation: named after it, else before it."""
    after = [s for s in view.slots if s.start >= quote[1] and s.code]
    before = [s for s in view.slots if s.end <= quote[0] and s.code]
    found = after[0] if after else before[-1] if before else None
    return found.code if found else None


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
