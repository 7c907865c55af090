"""Memberships of international organizations: as a sentence states them in the present tense, and
the acts that change them (a state joins, is suspended, leaves), dated where the sentence dates them.

The acts are events of the types `membership_joined`, `membership_suspended` and `membership_left`
with the state as both actor and target (the act is the state's own; it is aimed at no other
state) and the organization named in `organization`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span

from legation.claims import Event, Evidence, Membership
from legation.countries import load_organizations
from legation.reading import dates_es
from legation.reading.clauses import Segment, SentenceView, Slot
from legation.reading.context import DocumentContext
from legation.reading.dates import DateMention, find_dates
from legation.reading.extensions import offsets, spans_of, text_of
from legation.vocabulary import event_kinds


@dataclass(frozen=True)
class MembershipWords:
    """How one language words memberships and the acts that change them."""

    stated: re.Pattern[str]  # "are members of", "son miembros de"
    # A state's own act, the state before the words and the organization after them.
    acts: tuple[tuple[str, str], ...]
    # An organization's act on a state: "Mercosur suspended Venezuela", "the OAS expelled Cuba".
    by_organization: tuple[tuple[str, str], ...]
    negated: re.Pattern[str]
    planned: re.Pattern[str]
    # "... was suspended from the bloc": the organization named before in the sentence.
    back_reference: re.Pattern[str]
    until: re.Pattern[str]
    find_dates: Callable[[str], list[DateMention]]


ENGLISH = MembershipWords(
    stated=re.compile(
        r"\b(?:(?:are|is|remain|remains)\s+(?:both\s+|also\s+|founding\s+|full\s+|all\s+)*members?\s+of"
        r"|belongs?\s+to)\b",
        re.I,
    ),
    acts=(
        (
            "membership_joined",
            r"(?:re)?join(?:ed|s)?|became\s+(?:a\s+)?(?:full\s+|founding\s+)?members?\s+of"
            r"|admitted\s+(?:to|into|as\s+a\s+member\s+of)|acceded\s+to",
        ),
        ("membership_suspended", r"suspended\s+from"),
        (
            "membership_left",
            r"left|leave|leaves|quit|quits|exited|(?:withdrew|withdraw|withdraws|withdrawn)\s+from"
            r"|expelled\s+from|pulled\s+out\s+of",
        ),
    ),
    by_organization=(
        ("membership_joined", r"admitted"),
        ("membership_suspended", r"suspended"),
        ("membership_left", r"expelled"),
    ),
    negated=re.compile(r"\b(?:not|never|no\s+longer)\s+(?:\w+\s+)?$", re.I),
    planned=re.compile(
        r"\b(?:would|will|to|plans?\s+to|intends?\s+to|threatened\s+to|announced\s+(?:that\s+)?it\s+would)\s+$",
        re.I,
    ),
    back_reference=re.compile(
        r"\s*(?:the\s+)?(?:bloc|organi[sz]ation|group|alliance|union|community|association|pact|body)\b", re.I
    ),
    until=re.compile(r"\buntil\b", re.I),
    find_dates=find_dates,
)

SPANISH = MembershipWords(
    stated=re.compile(
        r"\b(?:(?:son|es|siguen|sigue)\s+(?:ambos\s+|ambas\s+|también\s+|todos\s+)*"
        r"(?:estados\s+|países\s+)?miembros?\s+(?:fundadores\s+|plenos\s+|de\s+pleno\s+derecho\s+)?del?"
        r"|pertenecen?\s+a|integran?)\b",
        re.I,
    ),
    acts=(
        (
            "membership_joined",
            r"ingres(?:ó|aron|a|an)\s+(?:al?|en)|se\s+(?:unió|unieron|adhirió|adhirieron|incorporó|incorporaron)\s+a"
            r"|(?:se\s+)?convirtió\s+en\s+miembro\s+(?:pleno\s+)?del?|fue\s+admitid[oa]\s+(?:en|como\s+miembro\s+del?)",
        ),
        ("membership_suspended", r"(?:fue\s+)?suspendid[oa]\s+(?:del?|en)"),
        (
            "membership_left",
            r"abandonó|abandonaron|(?:salió|salieron|se\s+retiró|se\s+retiraron|fue\s+expulsad[oa])\s+del?",
        ),
    ),
    by_organization=(
        ("membership_joined", r"admitió"),
        ("membership_suspended", r"suspendió"),
        ("membership_left", r"expulsó"),
    ),
    negated=re.compile(r"\b(?:no|nunca|ya\s+no)\s+(?:\w+\s+)?$", re.I),
    planned=re.compile(r"\b(?:va\s+a|van\s+a|planea|pretende|amenazó\s+con|anunció\s+que)\s+$", re.I),
    back_reference=re.compile(
        r"\s*(?:el\s+|la\s+)?(?:bloque|organización|grupo|alianza|unión|comunidad|asociación|pacto)\b", re.I
    ),
    until=re.compile(r"\bhasta\b", re.I),
    find_dates=dates_es.find_dates,
)

MEMBERSHIP_WORDS = {"en": ENGLISH, "es": SPANISH}
_STATE_KINDS = ("name", "government", "capital", "mutual", "demonym")


def read_memberships(
    view: SentenceView, ctx: DocumentContext, evidence: Evidence
) -> list[Membership | Event]:
    """The memberships a sentence states in the present tense ("both are members of X, Y and Z"), and
    the acts of joining, suspension and leaving it tells of."""
    if not spans_of(view.doc, "orgs"):
        return []  # each of them needs an organization the sentence names
    words = MEMBERSHIP_WORDS.get(view.doc.lang_, ENGLISH)
    return [*_stated(view, ctx, evidence, words), *_acts(view, ctx, evidence, words)]


def _organization_name(span: Span) -> str:
    names = {o.name for o in load_organizations()}
    # An organization not in our table is kept under the name the text gives it.
    return span.label_ if span.label_ in names else span.text.removeprefix("the ")


def _token_at(view: SentenceView, char: int) -> int:
    return bisect_left(offsets(view.doc), char)


def _stated(
    view: SentenceView, ctx: DocumentContext, evidence: Evidence, words: MembershipWords
) -> list[Membership]:
    text = text_of(view.doc)
    found: list[Membership] = []
    for m in words.stated.finditer(text):
        start_token = _token_at(view, m.start())
        end_token = _token_at(view, m.end())
        segment_end = next((s.end for s in view.segments if s.start <= end_token < s.end), len(view.doc))
        orgs = [o for o in spans_of(view.doc, "orgs") if end_token <= o.start < segment_end]
        subject = [s for s in view.slots if s.end <= start_token and s.prep is None and s.kind != "org"]
        codes: list[str] = []
        if subject and subject[-1].kind == "mutual" and ctx.pair:
            codes = list(ctx.pair)
        elif subject:
            last = subject[-1]
            codes = [
                c
                for s in view.slots
                if s.prep is None and s.end <= start_token and s.start >= last.start - 4
                for c in s.codes
            ]
        for code in dict.fromkeys(codes):
            for name in dict.fromkeys(_organization_name(o) for o in orgs):
                found.append(Membership(code, name, evidence))
    return list(dict.fromkeys(found))  # "is a member of X and belongs to Y" names Y twice


@dataclass(frozen=True)
class _Found:
    """An act of membership found in a sentence, before its state and date are settled."""

    type: str
    start: int  # characters of the words that say it
    end: int
    codes: tuple[str, ...]
    organization: str


def _acts(
    view: SentenceView, ctx: DocumentContext, evidence: Evidence, words: MembershipWords
) -> list[Event]:
    text = text_of(view.doc)
    found: list[_Found] = []
    for name, wording in words.acts:
        for m in re.finditer(rf"\b(?:{wording})\b", text, re.I):
            org = _organization_after(view, m.end()) or _organization_referred(
                view, m.start(), m.end(), words
            )
            codes = _subject(view, ctx, _token_at(view, m.start()))
            # The words run on to the organization they name ("suspended from the bloc"): a date is
            # near them from there.
            named = words.back_reference.match(text, m.end())
            if org and codes:
                end = named.end() if named else m.end()
                found.append(_Found(name, m.start(), end, codes, _organization_name(org)))
    for name, wording in words.by_organization:
        for m in re.finditer(rf"\b(?:{wording})\b", text, re.I):
            org = _organization_before(view, m.start())
            codes = _object(view, _token_at(view, m.end()))
            if org and codes and not any(f.start <= m.start() < f.end for f in found):
                found.append(_Found(name, m.start(), m.end(), codes, _organization_name(org)))
    kinds = event_kinds()
    events = []
    for f in found:
        segment = _segment(view, _token_at(view, f.start))
        before = text[view.doc[segment.start].idx if segment.start < len(view.doc) else 0 : f.start]
        date = _date(text, f.start, f.end, words)
        if words.negated.search(before):
            # "was not admitted to the League until 1973" says when it was.
            date = _until(text, f.end, words)
            if date is None:
                continue
        status = "announced" if words.planned.search(before) else None
        kind = kinds[f.type]
        for code in f.codes:
            events.append(
                Event(
                    type=f.type,
                    actor=code,
                    target=code,
                    directed=True,
                    date=date,
                    evidence=evidence,
                    organization=f.organization,
                    cameo=kind.cameo,
                    plover=kind.plover,
                    confidence=0.8,
                    status=status,
                )
            )
    return events


def _segment(view: SentenceView, token: int) -> Segment:
    return next((s for s in view.segments if s.start <= token < s.end), view.segments[-1])


def _organization_after(view: SentenceView, char: int) -> Span | None:
    """The organization named right after the words (within three words), in their clause."""
    token = _token_at(view, char)
    segment = _segment(view, max(token - 1, 0))
    return next(
        (o for o in spans_of(view.doc, "orgs") if token <= o.start <= token + 3 and o.start < segment.end),
        None,
    )


def _organization_referred(view: SentenceView, start: int, end: int, words: MembershipWords) -> Span | None:
    """The organization named earlier in the sentence, where the words go on with "the bloc"."""
    if not words.back_reference.match(text_of(view.doc), end):
        return None
    token = _token_at(view, start)
    earlier: list[Span] = [o for o in spans_of(view.doc, "orgs") if o.end <= token]
    return earlier[-1] if earlier else None


def _organization_before(view: SentenceView, char: int) -> Span | None:
    """The organization that is the subject of the words: named before them, in their clause."""
    token = _token_at(view, char)
    segment = _segment(view, token)
    before: list[Span] = [
        o for o in spans_of(view.doc, "orgs") if segment.start <= o.start and o.end <= token
    ]
    if not before or any(s.start > before[-1].end and s.end <= token and s.kind != "org" for s in view.slots):
        return None
    return before[-1]


def _codes(slot: Slot, ctx: DocumentContext) -> tuple[str, ...]:
    if slot.kind == "mutual":
        return ctx.pair or ()
    return slot.codes


def _subject(view: SentenceView, ctx: DocumentContext, token: int) -> tuple[str, ...]:
    """The states that do the act: the subject of its clause, else (for "and it was ...", "and then
    left") the subject of the clause before."""
    segment = _segment(view, token)
    own = [s for s in view.slots if segment.start <= s.start and s.end <= token and _is_subject(s)]
    if own:
        # "Peru and Venezuela joined": the states named together before the words.
        together = [s for s in own if s.start >= own[-1].start - 4]
        return tuple(dict.fromkeys(c for s in together for c in _codes(s, ctx)))
    earlier = [s for s in view.slots if s.end <= segment.start and _is_subject(s)]
    return _codes(earlier[-1], ctx) if earlier else ()


def _is_subject(slot: Slot) -> bool:
    return (
        slot.prep is None
        and not slot.aside
        and slot.kind in _STATE_KINDS
        and bool(slot.codes or slot.kind == "mutual")
    )


def _object(view: SentenceView, token: int) -> tuple[str, ...]:
    """The state an organization's act is aimed at: named right after the words."""
    after = [
        s for s in view.slots if token <= s.start <= token + 2 and s.prep is None and s.kind in _STATE_KINDS
    ]
    return after[0].codes if after else ()


def _date(text: str, start: int, end: int, words: MembershipWords) -> str | None:
    """The date the sentence gives the act: the written date nearest to its words."""
    dated = [m for m in words.find_dates(text) if m.period is not None and m.role in ("point", "effective")]
    if not dated:
        return None
    nearest = min(dated, key=lambda m: m.start - end if m.start >= end else 2 * (start - m.end))
    return str(nearest.period)


def _until(text: str, end: int, words: MembershipWords) -> str | None:
    """The date after "until" that follows the words, where there is one."""
    m = words.until.search(text, end)
    found = [d for d in words.find_dates(text) if m and d.period is not None and d.start >= m.start()]
    return str(found[0].period) if found else None
