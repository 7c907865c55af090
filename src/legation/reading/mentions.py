"""spaCy components that find who a sentence names: states, organizations and persons.

Matching (PhraseMatcher over the lexicon) is kept apart from annotating (choosing among overlapping
matches and writing `doc.spans` and `doc.ents`), as in spaCy's own components.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from legation.countries import Lexicon, Organization
from legation.reading.dates import MONTHS
from legation.reading.descriptions import Description
from legation.reading.extensions import lowers, set_spans, spans_of, texts
from legation.reading.leaders import load_leaders
from legation.reading.words import word_list

NAME_PARTICLES = frozenset(
    {
        "de",
        "del",
        "da",
        "das",
        "do",
        "dos",
        "di",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
        "el",
        "ben",
        "e",
    }
)
PLACE_NOUNS = frozenset(
    {
        "district",
        "city",
        "town",
        "province",
        "region",
        "department",
        "state",
        "port",
        "village",
        "island",
        "municipality",
        "capital",
        "county",
    }
)
GOVERNMENT_NOUNS = frozenset({"administration", "government", "regime", "cabinet"})
ORG_INNER = frozenset({"of", "for", "and", "the", "on"})
LOCATIVES = frozenset({"in", "at", "near", "outside", "inside"})
REGIONAL_HEADS = frozenset(
    {"countries", "nations", "states", "continent", "hemisphere", "republics", "region"}
)
_INITIAL = re.compile(r"^[A-Z]\.$")


@cache
def _name_like(text: str, lang: str = "en") -> bool:
    return (
        text[:1].isupper()
        and text not in word_list("not_names", lang)
        and text not in word_list("titles", lang)
        and (text.replace("-", "").replace("'", "").isalpha() or bool(_INITIAL.match(text)))
        and not (text.isupper() and text.isalpha() and len(text) > 1)
    )


class MentionFinder:
    """Marks states (`doc.spans['countries']`, label = code, kb_id = kind), organizations and persons
    named in full or after a title; `doc.spans['blocked']` holds the phrases that name none of these
    ("New Mexico" is not Mexico)."""

    def __init__(
        self,
        nlp: Language,
        *,
        lexicon: Lexicon,
        organizations: Iterable[Organization],
        descriptions: Iterable[Description] = (),
    ) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for phrase in lexicon.phrases:
            self.matcher.add(f"C|{phrase.code}|{phrase.kind}", [nlp.make_doc(phrase.text)])
        for org in organizations:
            self.matcher.add(f"O|{org.name}", [nlp.make_doc(t) for t in (org.name, *org.aliases)])
        self.matcher.add("B|", [nlp.make_doc(t) for t in lexicon.blockers])
        self.describer = PhraseMatcher(nlp.vocab, attr="LOWER")
        for description in descriptions:
            self.describer.add(description.key, [nlp.make_doc(p) for p in description.phrases])

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, s, e, label=doc.vocab.strings[k]) for k, s, e in self.matcher(doc)]
        # Longest match wins ("Gran Colombia" over "Colombia"); a blocker only removes what it covers.
        chosen = filter_spans(spans)
        countries: list[Span] = []
        orgs: list[Span] = []
        for span in chosen:
            tag, _, rest = span.label_.partition("|")
            if tag == "C":
                code, kind = rest.split("|")
                if _inside_compound(doc, span.start):
                    continue  # "Port-of-Spain" names a city, not Spain
                nxt = lowers(doc)[span.end] if span.end < len(doc) else ""
                if kind == "demonym" and nxt in REGIONAL_HEADS:
                    continue
                # "the Tashkent Declaration", "the Lima Group": a place naming a thing, not its state.
                if kind == "capital" and _names_a_thing(doc, span):
                    continue
                if kind == "capital" and _longer_place_name(doc, span.end, chosen):
                    continue  # "San José del Táchira" is a town of Venezuela, not Costa Rica's capital
                countries.append(Span(doc, span.start, span.end, label=code, kb_id=kind))
            elif tag == "O":
                orgs.append(Span(doc, span.start, span.end, label=rest))
        described = self._descriptions(doc, {i for s in orgs for i in range(s.start, s.end)})
        # "the Pacific island nation of Nauru": the state named after "of" is the one described.
        starts = {c.start for c in countries if c.kb_id_ == "name"}
        described = [d for d in described if not (d.end + 1 in starts and lowers(doc)[d.end] == "of")]
        # "the Central American country": the description, not the demonym inside it, names the state.
        countries = [c for c in countries if not any(d.start <= c.start < d.end for d in described)]
        taken = {i for s in (*countries, *orgs, *described) for i in range(s.start, s.end)}
        for s in chosen:
            if s.label_.startswith("B|"):
                taken.update(range(s.start, s.end))
        orgs += self._unlisted_orgs(doc, taken)
        taken.update(i for o in orgs for i in range(o.start, o.end))
        set_spans(doc, "countries", countries)
        set_spans(doc, "orgs", orgs)
        set_spans(doc, "persons", _persons(doc, taken))
        set_spans(doc, "blocked", [s for s in chosen if s.label_.startswith("B|")])
        set_spans(doc, "descriptions", described)
        _set_entities(doc)
        return doc

    def _descriptions(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Definite descriptions of a state ("the Central American country"), labelled with their kind."""
        lower = lowers(doc)
        spans = [
            Span(doc, s, e, label=doc.vocab.strings[k])
            for k, s, e in self.describer(doc)
            if s > 0 and lower[s - 1] in ("the", "its", "their") and not taken.intersection(range(s, e))
        ]
        # "the kingdom of Baekje" names an entity of its own, which is no state the text named.
        return [
            Span(doc, d.start, d.end, label="named")
            if d.end + 1 < len(doc) and lower[d.end] == "of" and doc[d.end + 1].text[:1].isupper()
            else d
            for d in filter_spans(spans)
        ]

    def _unlisted_orgs(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Organizations not in our table, by the shape of their names ("X Court of <state>" is a state's)."""
        found: list[Span] = []
        words, lower, n = texts(doc), lowers(doc), len(doc)
        heads = word_list("org_heads", doc.lang_)
        if heads.isdisjoint(words):
            return found  # every such name has a head word ("Council", "Union")
        i = 0
        while i < n:
            if i in taken or not words[i][:1].isupper() or not words[i].isalpha():
                i += 1
                continue
            j = i
            last_head = -1
            while (
                j < n
                and j not in taken
                and ((words[j][:1].isupper() and words[j].isalpha()) or (lower[j] in ORG_INNER and j > i))
            ):
                if words[j] in heads:
                    last_head = j
                j += 1
            end, named = last_head + 1, last_head >= i + 1
            if doc.lang_ != "en" and last_head >= i:
                # Spanish names the head first: "el Consejo Supremo de Seguridad" runs to its last name.
                end = max(k for k in range(i, j) if words[k][:1].isupper()) + 1
                named = True
            state_organ = end < n and lower[end] == "of" and end + 1 in taken
            if named and not state_organ:
                found.append(Span(doc, i, end, label=doc[i:end].text))
            i = max(j, i + 1)
        return found


def _names_a_thing(doc: Doc, span: Span) -> bool:
    """Whether a capital's name is part of a thing's name: "the Tashkent Declaration", and in Spanish,
    which names the thing first, "la Convención de Viena", "el Grupo de Lima"."""
    words, things = texts(doc), word_list("named_after_places", doc.lang_)
    if span.end < len(doc) and words[span.end] in things:
        return True
    return (
        doc.lang_ != "en"
        and span.start >= 2
        and words[span.start - 1] in ("de", "del")
        and (words[span.start - 2] in things)
    )


def _longer_place_name(doc: Doc, end: int, found: list[Span]) -> bool:
    """Whether a Spanish place name goes on after a capital's name with "de" or "del" and a name
    that is not a state's ("San José del Táchira"; but "Santiago de Chile" is the capital)."""
    if doc.lang_ == "en" or end + 1 >= len(doc) or texts(doc)[end] not in ("de", "del"):
        return False
    return texts(doc)[end + 1][:1].isupper() and not any(s.start == end + 1 for s in found)


def _inside_compound(doc: Doc, start: int) -> bool:
    """Whether a name is the end of a hyphenated place name ("Port-of-Spain", "Saint-Pierre-de-France")."""
    return (
        start >= 2
        and texts(doc)[start - 1] == "-"
        and not doc[start - 2].whitespace_
        and lowers(doc)[start - 2] in ("of", "de", "du", "la", "le", "el", "al", "on", "upon", "sur")
    )


def _is_place(doc: Doc, i: int) -> bool:
    """Whether the name at token i follows a word that makes it a place ("in X", "the city of X")."""
    before = lowers(doc)[i - 1] if i > 0 else ""
    return before in LOCATIVES or (before == "of" and i > 1 and lowers(doc)[i - 2] in PLACE_NOUNS)


def _persons(doc: Doc, taken: set[int]) -> list[Span]:
    """Persons: two or more name-like words ("Hugo Chávez"), or one after a title ("President Lula")."""
    found: list[Span] = []
    lang, words, lower, n = doc.lang_, texts(doc), lowers(doc), len(doc)
    titles = word_list("titles", lang)
    i = 0
    while i < n:
        if i in taken or not _name_like(words[i], lang):
            i += 1
            continue
        j = i + 1
        while j < n and j not in taken:
            t = words[j]
            if _name_like(t, lang) or (t in NAME_PARTICLES and j + 1 < n and _name_like(words[j + 1], lang)):
                j += 1
            else:
                break
        names = [w for w in words[i:j] if _name_like(w, lang)]
        titled = i > 0 and words[i - 1].capitalize() in titles
        # "the Trump administration", "the Maduro government": a leader's name standing for the state.
        governing = j < n and lower[j] in GOVERNMENT_NOUNS and lower[i - 1 : i] == ["the"]
        alone = len(names) == 1 and j == i + 1 and _leader_surname(doc, i)
        if not _is_place(doc, i) and names and (len(names) >= 2 or titled or governing or alone):
            found.append(Span(doc, i, j, label="PERSON"))
        i = j
    return found


def _leader_surname(doc: Doc, i: int) -> bool:
    """Whether a word is a leader's or minister's name as reports write it alone ("Morales severed
    ties"), and not a word that is also a month or a common word ("May")."""
    word = texts(doc)[i]
    lower = word.lower()
    return word in leader_surnames() and lower not in MONTHS and lower not in _stop_words(doc.lang_)


@cache
def _stop_words(lang: str) -> frozenset[str]:
    # The language's own list: looking a word up in the vocab would add every new word to it.
    return frozenset(spacy.util.get_lang_class(lang).Defaults.stop_words)


@cache
def leader_surnames() -> frozenset[str]:
    """The one-word names of the leaders table."""
    return frozenset(n for t in load_leaders().terms for n in t.names if " " not in n)


class KnownPersons:
    """Marks a single word as a person where the document named that person in full before it:
    "Scull" after "Carlos Eduardo Scull Raygada". The names come in `doc._.known_names`."""

    def __call__(self, doc: Doc) -> Doc:
        known: frozenset[str] = doc._.known_names
        words = texts(doc)
        if known.isdisjoint(words):
            return doc
        spans = ("countries", "orgs", "persons", "blocked")
        taken = {i for key in spans for s in spans_of(doc, key) for i in range(s.start, s.end)}
        found = [
            Span(doc, i, i + 1, label="PERSON")
            for i in range(len(doc))
            if i not in taken
            and words[i] in known
            and _name_like(words[i], doc.lang_)
            and not _is_place(doc, i)
        ]
        if found:
            set_spans(doc, "persons", sorted([*spans_of(doc, "persons"), *found], key=lambda s: s.start))
            _set_entities(doc)
        return doc


def _set_entities(doc: Doc) -> None:
    """Entity types let trigger phrases say GPE, ORG or PERSON; the other tokens are left as they are."""
    entities = [
        *(Span(doc, s.start, s.end, label="GPE") for s in spans_of(doc, "countries")),
        *(Span(doc, s.start, s.end, label="ORG") for s in spans_of(doc, "orgs")),
        *(Span(doc, s.start, s.end, label="PERSON") for s in spans_of(doc, "persons")),
    ]
    doc.set_ents(entities, default="unmodified")
