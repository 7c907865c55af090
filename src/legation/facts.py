"""Facts that are not events: memberships, migration figures, and the missions of an infobox."""

from __future__ import annotations

import re
from dataclasses import dataclass

from legation.claims import Evidence, Membership, Mission, Statistic
from legation.clauses import SentenceView
from legation.context import DocumentContext
from legation.countries import Lexicon, load_organizations, strip_accents
from legation.dates import DateMention, Period
from legation.documents import InfoboxItem
from legation.errors import UnknownCountryError
from legation.tokens import lowers

_MEMBERSHIP = re.compile(
    r"\b(?:(?:are|is|remain|remains)\s+(?:both\s+|also\s+|founding\s+|full\s+|all\s+)*members?\s+of"
    r"|belongs?\s+to)\b",
    re.I,
)
_STAT_CUE = re.compile(
    r"\b(?:immigrants?|migrants?|foreign|foreigners|residents?|lived|living|live|resided|"
    r"residing|reside|refugees)\b",
    re.I,
)
_PERCENT = re.compile(r"(\d+(?:[.,]\d{1,2})?)\s*(?:%|per\s?cent\b)")
# A count, and up to two words before the people it counts: "2.48 million Venezuelans", "1,794 immigrants".
_COUNT = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(million|thousand|billion))?\s+((?:[a-z]+\s+){0,2})"
)
_PEOPLE = re.compile(r"(?:immigrants|migrants|refugees|residents|people|nationals|citizens|persons)\b")
_SCALE = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_MISSION = re.compile(
    r"^(Embassy|Consulate(?:[- ]General)?|Legation|Interests Section|High Commission|Mission)"
    r"\s+of\s+(.+?),\s*(.+)$",
    re.I,
)


# The nouns of a stated mission and the name it is listed under ("a high commission" -> "High Commission").
STATED_MISSIONS = {
    "embassy": "Embassy",
    "consulate": "Consulate",
    "legation": "Legation",
    "commission": "High Commission",
}


@dataclass
class StatisticContext:
    """The origin, destination and year the last migration figure of a paragraph spoke of."""

    origin: str | None = None
    destination: str | None = None
    year: int | None = None


def read_memberships(view: SentenceView, ctx: DocumentContext, evidence: Evidence) -> list[Membership]:
    """The memberships a sentence states in the present tense ("both are members of X, Y and Z")."""
    text = view.doc.text
    names = {o.name for o in load_organizations()}
    found: list[Membership] = []
    for m in _MEMBERSHIP.finditer(text):
        start_token = next((t.i for t in view.doc if t.idx >= m.start()), len(view.doc))
        end_token = next((t.i for t in view.doc if t.idx >= m.end()), len(view.doc))
        segment_end = next((s.end for s in view.segments if s.start <= end_token < s.end), len(view.doc))
        orgs = [o.label_ for o in view.doc.spans["orgs"] if end_token <= o.start < segment_end]
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
            for org in dict.fromkeys(orgs):
                # An organization not in our table is kept under the name the text gives it.
                found.append(Membership(code, org if org in names else org.removeprefix("the "), evidence))
    return found


def _number(text: str, scale: str | None) -> float:
    value = float(text.replace(",", ""))
    return value * _SCALE[scale] if scale else value


def read_statistics(
    view: SentenceView, dates: list[tuple[DateMention, Period]], state: StatisticContext, evidence: Evidence
) -> list[Statistic]:
    """The migration figures of a sentence: counts of nationals living abroad and shares of foreigners."""
    text = view.doc.text
    if not _STAT_CUE.search(text):
        return []
    origin = next((s.code for s in view.slots if s.kind == "nationals"), None) or next(
        (s.code for s in view.slots if s.prep == "from" and s.code), None
    )
    destination = next((s.code for s in view.slots if s.prep == "in" and s.code and s.code != origin), None)
    if origin or destination:
        state.origin = origin or state.origin
        state.destination = destination or state.destination
    if not (state.origin and state.destination):
        return []
    years = [(m, p) for m, p in dates if p.precision == "year" or m.text.lower().startswith("as of")]
    figures: list[tuple[int, str, float]] = []
    for m in _PERCENT.finditer(text):
        figures.append(
            (m.start(), "share_of_foreign_residents", round(float(m.group(1).replace(",", ".")) / 100, 6))
        )
    nationals = {view.doc[s.start].idx for s in view.slots if s.kind == "nationals"}
    for m in _COUNT.finditer(text):
        if any(a <= m.start() < a + 8 for a, _, _ in figures):
            continue
        # Counted are people: a word for them, or a state's nationals ("Poles", "Venezuelans").
        words = [m.start(3) + w.start() for w in re.finditer(r"\S+", m.group(3))] + [m.end()]
        if any(at in nationals or _PEOPLE.match(text, at) for at in words):
            figures.append((m.start(), "residents", _number(m.group(1), m.group(2))))
    found = []
    for pos, measure, value in figures:
        year = state.year
        if years:
            near = min(years, key=lambda mp: abs(mp[0].start - pos))
            year = near[1].start.year
        state.year = year
        number: float | int = int(value) if measure == "residents" and value == int(value) else value
        found.append(Statistic(state.origin, state.destination, year, measure, number, evidence))
    return found


def read_missions(
    items: tuple[InfoboxItem, ...], lexicon: Lexicon, document: str, text: str
) -> tuple[list[Mission], list[str]]:
    """The missions an infobox lists, and a warning for each that cannot be (a state's embassy at home)."""
    missions: list[Mission] = []
    warnings: list[str] = []
    places = lexicon.places
    for item in items:
        if not item.key.lower().startswith("mission"):
            continue
        m = _MISSION.match(item.value)
        if not m:
            continue
        name = f"{m.group(1)} of {m.group(2)}"
        city = m.group(3).strip()
        try:
            country = lexicon.resolve(m.group(2))
        except UnknownCountryError:
            warnings.append(f"{document}: infobox {item.key}: unknown state {m.group(2)!r}; mission not kept")
            continue
        host = places.get(strip_accents(city)) or places.get(strip_accents(city.split(",")[0]))
        if host is None:
            warnings.append(f"{document}: infobox {item.key}: unknown city {city!r}; mission not kept")
            continue
        if host == country:
            warnings.append(
                f"{document}: infobox {item.key} puts the {name} in {city}, {lexicon.name(country)}'s own "
                "capital; a state has no embassy at home, so it is not kept as a mission"
            )
            continue
        evidence = Evidence(document, item.start, item.end, text[item.start : item.end])
        missions.append(Mission(country, host, name, city, evidence))
    return missions, warnings


def read_stated_missions(view: SentenceView, lexicon: Lexicon, evidence: Evidence) -> list[Mission]:
    """The missions a sentence says a state has ("Hungary has an embassy in Kyiv")."""
    lower = lowers(view.doc)
    found: list[Mission] = []
    for i, word in enumerate(lower):
        if word not in ("has", "have", "maintains", "maintain", "operates", "keeps"):
            continue
        owners = [s for s in view.slots if s.end <= i and s.prep is None and s.kind in ("name", "government")]
        country = owners[-1].code if owners else None
        if country is None:
            continue
        for j in range(i + 1, min(len(lower) - 1, i + 14)):
            kind = STATED_MISSIONS.get(lower[j])
            if kind is None or lower[j + 1] != "in" or (kind == "High Commission" and lower[j - 1] != "high"):
                continue
            host = next((s for s in view.slots if s.start == j + 2 and s.code and s.code != country), None)
            if host is not None and host.code:
                found.append(
                    Mission(country, host.code, f"{kind} of {lexicon.name(country)}", host.text, evidence)
                )
    return found
