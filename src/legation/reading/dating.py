"""Which date an act takes, from the dates its sentence, paragraph and section give.

An act takes the date written in its own clause (the effective date where one is given, with the
announcement date kept beside it), else the date that opens the sentence, else the nearest date in
the sentence, else the date the paragraph last spoke of, else the period its section heading names.
A date after "since", or else a year naming an occasion ("the 1972 coup"), dates a sentence that has
no other date. A sentence that opens on a period named without a date ("During the occupation") takes
no date from the paragraph: it gets its section's period or nothing, never a guess.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from itertools import pairwise

from spacy.tokens import Doc

from legation.periods import Period
from legation.reading import dates_es
from legation.reading.acts import Act
from legation.reading.clauses import Segment, SentenceView
from legation.reading.dates import Anchor, DateMention, find_dates, heading_period
from legation.reading.extensions import lowers, offsets, spans_of, text_of
from legation.reading.words import word_list
from legation.text.documents import Sentence

UNDATED_PERIOD = re.compile(r"^(?:During|Throughout|Amid)\s+(?!this\b|that\b|these\b|those\b|the same\b)")
LEADING_CHARS = 30
# A sentence that tells how a period the text has just given began ("It began when ..."): its acts
# took place at the period's start, not over all of it.
BEGINNING = re.compile(
    r"^(?:it|this|the\s+\w+)\s+(?:began|started|erupted|was\s+(?:triggered|sparked))\b"
    r"|^(?:empezó|comenzó|se\s+inició|inició)\b",
    re.I,
)


def start_of(period: Period) -> Period:
    """The first year of a period of several years; any other period as it is."""
    return Period.year(period.start.year) if period.end.year > period.start.year else period


def resolve_dates(
    text: str, anchor: Anchor, lang: str = "en"
) -> tuple[list[tuple[DateMention, Period]], Anchor]:
    """The dates of a sentence (in English or Spanish) resolved against the last date the text gave
    (and the report's day), and what the next sentence resolves against."""
    resolved = []
    mentions = (find_dates if lang == "en" else dates_es.find_dates)(text)
    # Years the sentence writes out, for a weekday and day that come with none ("on Saturday,
    # November 23, ... since July 2013"): the calendar says which of them it is.
    years = [m.period.start.year for m in mentions if m.period is not None]
    for mention in mentions:
        if mention.relative == ("report", "today") and _quoted(text, mention.start):
            # "today" in a statement quoted is the statement's day, which the report's only bounds.
            continue
        where = anchor
        if anchor.last and _looking_back(text, mention.start, lang):
            # "after Chile criticised its election in April": a month before the date it follows.
            where = Anchor(anchor.last, anchor.last, from_report=True)
        period = _weekday_in_years(mention, years) if where.last is None and where.report is None else None
        period = period or mention.resolve(where)
        if period is None:
            continue
        resolved.append((mention, period))
        if mention.role not in ("attributive", "named", "earlier"):
            relative = mention.period is None
            from_report = mention.from_report or (relative and anchor.from_report)
            anchor = Anchor(period, anchor.report, from_report)
    return resolved, anchor


def _weekday_in_years(mention: DateMention, years: list[int]) -> Period | None:
    """The day of a weekday, month and day without a year, in a year the sentence gives (or the one
    after it), where the weekday falls on it there."""
    relative = mention.relative
    if relative is None or relative[0] != "monthday" or len(relative) < 4:
        return None
    month, day, weekday = int(relative[1]), int(relative[2]), int(relative[3])
    for year in dict.fromkeys(y for base in years for y in (base, base + 1)):
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found.weekday() == weekday:
            return Period.day(found)
    return None


def _quoted(text: str, at: int) -> bool:
    """Whether a place in a sentence stands inside a quotation."""
    before = text[:at]
    straight = before.count('"') % 2 == 1
    return straight or before.rfind("“") > before.rfind("”") or before.rfind("«") > before.rfind("»")


# A year the text gives that cannot be read as one ("In 0", "in 300 BC"): the act it dates has no
# date, and takes none from the sentences before it.
_UNREADABLE_YEAR = re.compile(
    r"\b(?:in|since|by|during|from)\s+(?:\d{1,3}|\d{1,4}\s*(?:BC|BCE|B\.C\.?))"
    r"(?![\d,.]|\s*(?:%|(?:per|days?|weeks?|months?|years?|km|miles?|people|percent|of)\b))\b",
    re.I,
)


def unreadable_year(text: str) -> bool:
    """Whether a sentence gives a year that is no calendar year ("In 0 Peru broke relations")."""
    return bool(_UNREADABLE_YEAR.search(text))


# A sentence that recalls an earlier time ("It is not the first time that...", "Previously, ...")
# gives dates that the sentences after it do not go on from.
_RECALLING = {
    "en": re.compile(r"^.{0,40}\b(?:not\s+the\s+first\s+time|previously|in\s+the\s+past)\b", re.I),
    "es": re.compile(
        r"^.{0,40}\b(?:no\s+(?:es|era|sería)\s+la\s+primera\s+vez|anteriormente|en\s+el\s+pasado)\b", re.I
    ),
}


def recalls_the_past(text: str, lang: str = "en") -> bool:
    """Whether a sentence recalls an earlier time: the narrative does not go on from its dates."""
    return bool(_RECALLING[lang].match(text))


_LOOKING_BACK = {
    "en": re.compile(r"\b(?:after|following|since)\b[^,;:.]*$", re.I),
    "es": re.compile(r"\b(?:tras|despu[ée]s\s+de|luego\s+de|desde\s+que)\b[^,;:.]*$", re.I),
}


def _looking_back(text: str, at: int, lang: str = "en") -> bool:
    """Whether a date stands in a clause about what came before ("after ... in April")."""
    return bool(_LOOKING_BACK[lang].search(text, 0, at))


# Relative dates that name a day: a day and month, a weekday, "today", "tomorrow".
_DAY_RELATIVES = frozenset({"monthday", "weekday", "weekday_day", "this_month_day", "this_year_day"})


def states_a_day(act: Act, view: SentenceView, lang: str = "en") -> bool:
    """Whether the act's clause names the day it is to happen ("will reopen on 26 September", "se
    reabrirá el 26 de septiembre"), even one that cannot be placed in a year: an act decided with a
    stated start, not one only announced."""
    doc = view.doc
    segment = view.segment_at(act.start)
    start = doc[segment.start].idx
    end = doc[segment.end - 1].idx + len(doc[segment.end - 1])
    clause = text_of(doc)[start:end]
    # A day after a verb of saying is the day it was said ("will reopen its embassy, Damascus said on
    # Wednesday").
    words, at = lowers(doc), offsets(doc)
    said = min(
        (at[i] - start for i in range(act.end, segment.end) if words[i] in word_list("saying_verbs")),
        default=len(clause),
    )
    return any(
        (m.period is not None and m.period.precision == "day")
        or (m.relative is not None and (m.relative[0] in _DAY_RELATIVES or m.relative[1] == "tomorrow"))
        for m in (find_dates if lang == "en" else dates_es.find_dates)(clause)
        if m.role in ("point", "effective", "since") and m.start < said
    )


_SIGNINGS = frozenset({"agreement_signed", "peace_signed"})
_NOT_TAKING_EFFECT = _SIGNINGS | {"leader_visited"}


def act_date(
    act: Act, view: SentenceView, dates: list[tuple[DateMention, Period]], acts: list[Act]
) -> tuple[Period | None, Period | None, bool]:
    """The date of an act, the date it was announced where that is given beside an effective date,
    and whether the date is one the act takes effect on ("from 1 July", "enters into force on")."""
    doc = view.doc
    if act.type.reported in _SIGNINGS:
        # "signed the Treaty of Lima of 1929": the year of the treaty's name is its signing's.
        dates = [(replace(m, role="point") if m.role == "named" else m, p) for m, p in dates]
    if act.type.reported in _NOT_TAKING_EFFECT:
        # "the agreement signed during the visit will enter into force on 16 August": that day is the
        # agreement's start, not the day it was signed or the visit made.
        dates = [(m, p) for m, p in dates if m.role != "effective"]
    dates = _across_clauses(view, act, dates)
    segment = view.segment_at(act.start)
    seg_start = doc[segment.start].idx
    seg_end = doc[segment.end - 1].idx + len(doc[segment.end - 1])
    # A date in a clause after the main one that orders events ("..., after the vote last weekend")
    # bounds the acts of the other clauses; it is not their date. An act inside such a clause takes no
    # date from the others. (One that opens the sentence, "After the attack on 3 May, Chile
    # protested", dates what follows it.)
    ordering = [s for s in view.segments if s.start > 0 and _orders(doc, s)]
    if segment in ordering:
        dates = [(m, p) for m, p in dates if seg_start <= m.start < seg_end]
    else:
        dates = [(m, p) for m, p in dates if not any(_holds(doc, s, m.start) for s in ordering)]
    usable = [(m, p) for m, p in dates if m.role in ("point", "effective")]
    trigger_end = doc[act.end - 1].idx + len(doc[act.end - 1])
    # "re-established ties frozen in August": that date is the freeze's, not the restoration's.
    usable = [(m, p) for m, p in usable if not _of_a_participle(text_of(doc), m.start, trigger_end)]
    own = [(m, p) for m, p in usable if seg_start <= m.start < seg_end]
    effective = [(m, p) for m, p in own if m.role == "effective"] or _effective_after(act, view, usable, acts)
    if effective:
        announced = next(
            (p for m, p in usable if m.role == "point" and m.start < effective[0][0].start), None
        )
        return effective[0][1], announced, True
    at = doc[act.start].idx
    if own:
        # A date between this act and the next belongs to it ("broken in 1962 and restored in 1975"),
        # and one after the next act is that act's, not this one's ("agreed on Friday to restore
        # relations, broken by Riyadh in 2016").
        starts = sorted({doc[a.start].idx for a in acts})
        following = min((s for s in starts if s > at), default=seg_end)
        # Only past a comma: "cut ties over an attack six months ago" dates the cutting.
        apart = any(c in text_of(doc)[at : following + 1] for c in ",;")
        mine = ([x for x in own if x[0].start < following] if apart else []) or own
        absolute = [x for x in mine if x[0].period is not None] or mine
        ahead = [x for x in absolute if at <= x[0].start < following]
        return min(ahead or absolute, key=lambda mp: abs(mp[0].start - at))[1], None, False
    leading = [(m, p) for m, p in usable if m.start < LEADING_CHARS]
    if leading:
        return leading[0][1], None, False
    if usable:
        return min(usable, key=lambda mp: abs(mp[0].start - at))[1], None, False
    # "Since 2008, Bolivians may enter without a visa": the start of what is said.
    # "Following the 1972 coup, ...": a year naming an occasion still dates the sentence.
    for role in ("since", "attributive"):
        fallback = [(m, p) for m, p in dates if m.role == role and not _since_of_another(view, act, m)]
        if fallback:
            return min(fallback, key=lambda mp: abs(mp[0].start - at))[1], None, False
    return None, None, False


def _across_clauses(
    view: SentenceView, act: Act, dates: list[tuple[DateMention, Period]]
) -> list[tuple[DateMention, Period]]:
    """The dates an act may take where a clause stands between a subject and its verb: an act read
    across the clause takes none of its dates ("relations, severed in 1978, were restored in 1990");
    an act whose verb is in the clause takes only its dates, "since" as the day it began ("relations,
    which had been broken since 1978, ...")."""
    doc = view.doc
    at = offsets(doc)
    for clause in spans_of(doc, "interposed"):
        start, end = at[clause.start], at[clause.end - 1] + len(doc[clause.end - 1])
        if act.start < clause.start and act.end > clause.end:
            dates = [(m, p) for m, p in dates if not start <= m.start < end]
        elif act.start < clause.start < act.end <= clause.end:
            inside = [(m, p) for m, p in dates if start <= m.start < end]
            return [(replace(m, role="point") if m.role == "since" else m, p) for m, p in inside]
    return dates


_PARTICIPLE_DATE = re.compile(
    r"\b(?:frozen|severed|broken|suspended|cut|interrupted|ruptured|rotas|congeladas|suspendidas"
    r"|interrumpidas|cortadas)(?:\s+off)?(?:\s+(?:in|on|since|en|desde|el))?\s+$",
    re.I,
)


def _of_a_participle(text: str, start: int, trigger_end: int) -> bool:
    """Whether a date follows a participle of another act than the trigger's ("ties frozen in
    August"), written after the trigger."""
    found = _PARTICIPLE_DATE.search(text, max(0, start - 30), start)
    return found is not None and found.start() >= trigger_end


def _since_of_another(view: SentenceView, act: Act, mention: DateMention) -> bool:
    """Whether a "since" date tells how long another state has lasted ("agreed to normalise ties
    strained since 2008"): a participle of its own before it, or a comma, after the act's words."""
    doc = view.doc
    before = [t for t in doc if t.idx + len(t) <= mention.start]
    if len(before) < 2:
        return False
    word = before[-2] if before[-1].lower_ in ("since", "desde") else before[-1]
    if word.i >= act.end and word.lower_.endswith(("ed", "ado", "ido", "adas", "idas", "ados", "idos")):
        return True
    # "withdrew its envoy and suspended its mission there, active since 1968": set off after the act
    # by a comma, it tells of what the act names.
    between = text_of(doc)[doc[act.end - 1].idx : mention.start]
    return word.i >= act.end and "," in between


def _effective_after(
    act: Act, view: SentenceView, dates: list[tuple[DateMention, Period]], acts: list[Act]
) -> list[tuple[DateMention, Period]]:
    """A start date given after the act's clause, before any other act: "suspended flights between
    them from 8 p.m. (local time) on Wednesday 31 July" (a parenthesis splits the clause)."""
    doc = view.doc
    at = doc[act.start].idx
    following = min((doc[a.start].idx for a in acts if doc[a.start].idx > at), default=len(text_of(doc)))
    return [(m, p) for m, p in dates if m.role == "effective" and at < m.start < following]


ORDERING = frozenset({"after", "following", "before", "until"})


def _orders(doc: Doc, segment: Segment) -> bool:
    """Whether a clause orders events ("after Buenos Aires criticized the vote last weekend"): it
    opens with "after", "before"... and has a verb of its own. A bare occasion ("after the self-coup
    in 1992") dates the act it follows instead."""
    if segment.kind != "subordinate" or lowers(doc)[segment.start] not in ORDERING:
        return False
    words = lowers(doc)[segment.start + 1 : segment.end]
    acts = any(segment.start <= t.start < segment.end for t in spans_of(doc, "triggers"))
    return acts or any(w.endswith("ed") and len(w) > 4 for w in words)


def in_ordering_clause(act: Act, view: SentenceView) -> bool:
    """Whether an act stands in a clause after the main one that orders events ("..., after
    protesters stormed the embassy"): it took place before what the main clause dates."""
    segment = view.segment_at(act.start)
    return segment.start > 0 and _orders(view.doc, segment)


def _holds(doc: Doc, segment: Segment, char: int) -> bool:

    end = doc[segment.end - 1]
    return doc[segment.start].idx <= char < end.idx + len(end)


# What may stand between dates listed for one act: commas, "and", a word or two ("another from",
# "the most recent in"), but no verb of its own ("established in 1965 and deepened in 1990").
_LIST_GAP = re.compile(r"^[\s,;–—-]*(?:(?:and|or|as well as|then)\b)?[\sA-Za-z]{0,30}$")


def listed_dates(
    act: Act, view: SentenceView, dates: list[tuple[DateMention, Period]], acts: list[Act]
) -> list[Period]:
    """The dates listed after an act, where it happened more than once: "fought border clashes in
    2021 and 2022" is two clashes. Empty where the act has one date (or none)."""
    doc = view.doc
    text = text_of(doc)
    dates = _across_clauses(view, act, dates)
    at = doc[act.start].idx
    following = min((doc[a.start].idx for a in acts if doc[a.start].idx > at), default=len(text))
    listed = [
        (m, p) for m, p in dates if m.role == "point" and m.period is not None and at <= m.start < following
    ]
    if listed and following < len(text) and "," in text[listed[-1][0].end : following]:
        # "banned exports on 19 October 1960, and on 3 January 1961, Eisenhower broke off relations":
        # a date set off before the next act's clause opens that clause.
        listed.pop()
    if len(listed) < 2:
        return []
    for (a, _), (b, _) in pairwise(listed):
        gap = text[a.end : b.start]
        if not _LIST_GAP.match(gap) or any(w.endswith("ed") for w in gap.split()):
            return []
    return [p for _, p in listed]


def section_period(sentence: Sentence) -> Period | None:
    """The period the nearest section heading above the sentence names, if any."""
    for heading in reversed(sentence.headings):
        period = heading_period(heading)
        if period is not None:
            return period
    return None
