"""The states Legation knows: codes, names, demonyms, capitals and phrases for their governments.

Current states come from pycountry (names, official names) and countryinfo (capitals, demonyms);
historical states and other names come from our own table, `data/countries.toml`.
"""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any, Literal

import pycountry
from countryinfo import countryinfo as _countryinfo

from legation.errors import UnknownCountryError
from legation.tables import load_table

MentionKind = Literal["name", "demonym", "nationals", "capital", "government"]
# Capitals that are also common words or other places' names are left out of the lexicon.
AMBIGUOUS_CAPITALS = frozenset(
    {"Victoria", "Kingston", "Male", "Georgetown", "Saint John's", "Avarua", "Valletta", "San Juan"}
)


@dataclass(frozen=True)
class Country:
    """A state: its code, its short English name, its capital and its demonym."""

    code: str
    name: str
    capital: str | None = None
    demonym: str | None = None
    historical: bool = False
    # The years a historical state existed ("1945..1976"), where our table gives them.
    years: str | None = None


@dataclass(frozen=True)
class Phrase:
    """A phrase that names a state in a text, and how it names it."""

    text: str
    code: str
    kind: MentionKind


def strip_accents(text: str) -> str:
    """The text without diacritics ('Bogotá' -> 'Bogota')."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def _plural(demonym: str) -> str | None:
    """The word for a state's nationals ('Peruvian' -> 'Peruvians'), where English forms one with -s."""
    if (
        demonym.endswith(("an", "i", "ot", "ite", "o", "er", "ine", "kh", "ek", "ik", "en"))
        and " " not in demonym
    ):
        return demonym + "s"
    return None


@dataclass(frozen=True)
class Lexicon:
    """All the states and the phrases that name them, with lookups by code and by name."""

    countries: dict[str, Country]
    phrases: tuple[Phrase, ...]
    blockers: tuple[str, ...]
    successors: dict[tuple[str, str], str] = field(default_factory=dict)

    def in_era(self, text: str, code: str, year: int | None) -> str:
        """The state a phrase names in a year: a historical state's capital names its successor after
        the state's end ("Hanoi" in 1995 is Vietnam, not North Vietnam)."""
        country = self.countries.get(code)
        if year is None or country is None or not country.years:
            return code
        last = int(country.years.split("..")[-1])
        return self.successors.get((text, code), code) if year > last else code

    def get(self, code: str) -> Country | None:
        return self.countries.get(code.upper())

    def name(self, code: str) -> str:
        country = self.get(code)
        return country.name if country else code

    def resolve(self, query: str) -> str:
        """The code of the state a user names by code or name; else an error naming the closest matches."""
        q = query.strip()
        if q.upper() in self.countries:
            return q.upper()
        by_name = self._names
        key = strip_accents(q).lower().removeprefix("the ")
        if key in by_name:
            return by_name[key]
        close = difflib.get_close_matches(key, list(by_name), n=6, cutoff=0.6)
        codes = list(dict.fromkeys(by_name[c] for c in close))[:3]
        hint = ", ".join(f"{self.name(c)} ({c})" for c in codes)
        raise UnknownCountryError(
            f"unknown country {query!r}"
            + (f"; did you mean {hint}?" if hint else "; give an ISO code such as PER")
        )

    @cached_property
    def places(self) -> dict[str, str]:
        """The code of each capital or seat of government, by its name without accents."""
        return {strip_accents(p.text): p.code for p in self.phrases if p.kind in ("capital", "government")}

    @cached_property
    def _names(self) -> dict[str, str]:
        names: dict[str, str] = {}
        for p in self.phrases:
            if p.kind == "name":
                names.setdefault(strip_accents(p.text).lower().removeprefix("the "), p.code)
        for c in self.countries.values():
            names[strip_accents(c.name).lower()] = c.code
        return names


@cache
def load_lexicon(table_name: str = "countries.toml") -> Lexicon:
    """The lexicon of states, built once from the packages and our own table."""
    countries: dict[str, Country] = {}
    phrases: list[Phrase] = []

    def add(text: str | None, code: str, kind: MentionKind) -> None:
        if not text or len(text) < 2:
            return
        phrases.append(Phrase(text, code, kind))
        plain = strip_accents(text)
        if plain != text:
            phrases.append(Phrase(plain, code, kind))

    table = load_table(table_name)
    for row in table.get("state", []):
        code = row["code"]
        countries[code] = Country(
            code, row["name"], row.get("capital"), (row.get("demonyms") or [None])[0], True, row.get("years")
        )
    for row in [*table.get("state", []), *table.get("alias", [])]:
        code = row["code"]
        for text in row.get("names", []):
            add(text, code, "name")
        for text in row.get("demonyms", []):
            add(text, code, "demonym")
            add(_plural(text), code, "nationals")
        for text in row.get("nationals", []):
            add(text, code, "nationals")
        for text in row.get("government", []):
            add(text, code, "government")
        if row.get("capital"):
            add(row["capital"], code, "capital")
    # countryinfo lists Scotland and Wales under GBR after the United Kingdom: the first entry wins.
    info: dict[str, dict[str, Any]] = {}
    everything = _countryinfo.load_countries()  # type: ignore[attr-defined]
    for v in everything["countries"].values():
        if isinstance(v.get("ISO"), dict) and v["ISO"].get("alpha3"):
            info.setdefault(v["ISO"]["alpha3"], v)
    sovereign: dict[str, str] = table.get("territories", {})
    # States before territories, so that "French" is France's word, not Réunion's.
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_3 in sovereign):
        code = sovereign.get(c.alpha_3, c.alpha_3)
        extra = info.get(c.alpha_3, {})
        name = getattr(c, "common_name", None) or extra.get("name") or c.name
        capital = extra.get("capital") if isinstance(extra.get("capital"), str) else None
        demonyms = [d.strip() for d in str(extra.get("demonym") or "").split(",") if d.strip()]
        demonym = demonyms[0] if demonyms else None
        if c.alpha_3 not in sovereign:
            countries.setdefault(code, Country(code, name, capital, demonym))
        for text in {name, c.name, getattr(c, "official_name", None), extra.get("name")}:
            if text and "," not in text:
                add(text, code, "name")
        for alt in extra.get("altSpellings") or []:
            if any(w in alt for w in ("Republic", "Kingdom", "State of", "Federation", "Commonwealth of")):
                add(alt.strip(), code, "name")
        if capital and "/" not in capital and capital not in AMBIGUOUS_CAPITALS:
            add(capital, code, "capital")
        for d in demonyms:
            add(d, code, "demonym")
            add(_plural(d), code, "nationals")
    blockers = tuple(table.get("blockers", {}).get("phrases", []))
    # A phrase claimed by two states keeps its first owner: our table, then states, then territories.
    # The later claimants are kept as successors: Hanoi is North Vietnam's until 1976, then Vietnam's.
    seen: dict[tuple[str, str], str] = {}
    successors: dict[tuple[str, str], str] = {}
    unique = []
    for p in phrases:
        key = (p.text, p.kind)
        if key in seen and seen[key] != p.code:
            successors.setdefault((p.text, seen[key]), p.code)
            continue
        seen[key] = p.code
        unique.append(p)
    return Lexicon(countries, tuple(dict.fromkeys(unique)), blockers, successors)


@cache
def load_language_lexicon(table_name: str) -> Lexicon:
    """The lexicon of another language's table (`countries.es.toml`): its names, demonyms (the plural
    ones naming nationals), capitals and seats of government, over the states of the English one."""
    english = load_lexicon()
    phrases: list[Phrase] = []
    seen: set[tuple[str, str]] = set()
    for row in load_table(table_name)["state"]:
        code = row["code"]
        entries: list[tuple[str, MentionKind]] = [(n, "name") for n in row.get("names", [])]
        for demonym in row.get("demonyms", []):
            entries.append((demonym, "nationals" if demonym.endswith("s") else "demonym"))
            entries.append(
                (demonym[:1].upper() + demonym[1:], "nationals" if demonym.endswith("s") else "demonym")
            )
        entries += [(row["capital"], "capital")] if row.get("capital") else []
        entries += [(g, "government") for g in row.get("government", [])]
        for text, kind in entries:
            if len(text) >= 2 and (text, kind) not in seen:
                seen.add((text, kind))
                phrases.append(Phrase(text, code, kind))
    return Lexicon(english.countries, tuple(phrases), english.blockers, english.successors)


@dataclass(frozen=True)
class Organization:
    """An international organization and the short names texts use for it."""

    name: str
    aliases: tuple[str, ...]


@cache
def load_organizations(table_name: str = "organizations.toml") -> tuple[Organization, ...]:
    """The international organizations of a table such as `data/organizations.toml`."""
    rows = load_table(table_name)["organizations"]
    return tuple(Organization(r["name"], tuple(r["aliases"])) for r in rows)
