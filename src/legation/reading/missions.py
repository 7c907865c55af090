"""Diplomatic missions: those an infobox lists, and those a sentence says a state has."""

from __future__ import annotations

import re

from legation.claims import Evidence, Mission
from legation.countries import Lexicon, strip_accents
from legation.errors import UnknownCountryError
from legation.reading.clauses import SentenceView
from legation.reading.extensions import lowers
from legation.text.documents import InfoboxItem

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
