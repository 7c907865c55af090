"""spaCy components that find who a sentence names: states, organizations and persons.

Matching (PhraseMatcher over the lexicon) is kept apart from annotating (choosing among overlapping
matches and writing `doc.spans` and `doc.ents`), as in spaCy's own components.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from legation.countries import Lexicon, Organization

# Capitalised words that never begin or continue a person's name.
NOT_NAMES = frozenset(
    """The A An On In At By For From To Of After Before During Due Both Each Relations Likewise However
    Meanwhile Also According Under With Without Since Until When While Although This That These Those It
    Its They Their He She His Her We Our Congress Parliament Court Assembly Ministry Government Declaration
    Party War Treaty Republic Empire Group Summit Department Bay Revolution University Council Union
    Association Organization Organisation Nations States Kingdom Embassy Embassies Consulate Office House
    Senate Army Navy Force Forces Agency Bank Fund Committee Commission Movement Front Alliance Pact Accord
    Agreement Convention Conference Crisis Coup Election Elections Constitution Act Law District Province
    City State Region River Sea Ocean Island Islands Gulf Canal Strait Mountains North South East West
    Central National International Federal Democratic Socialist Popular Bolivarian Supreme Captaincy
    Viceroyalty Interior Defence Defense Affairs Justice Most Many Some Several Following Later Earlier
    Then There Here Although Because As If Despite Following Prior Amid Among Between Against Through
    Throughout Over Upon Within Into Relation Diplomatic Bilateral Trade Security Economic Relief Human
    Rights Declaration Charter Protocol Memorandum Statement Cold World Great New Old Day Year Month Week
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Christmas Easter Catholic Church Pope Holy See""".split()
)
TITLES = frozenset(
    """President Prime Minister Secretary Ambassador King Queen Emperor Empress General Chancellor Foreign
    Vice Senator Governor Mr Mrs Ms Dr Sultan Shah Premier Marshal Colonel Admiral Commander Chairman
    Leader Prince Princess Sheikh Emir Lord Sir Lieutenant Captain Major Deputy Chief Director Head Acting
    Interim Former Commissioner Mayor Dictator Generalissimo Field Consul Envoy Chargé Representative
    Cardinal Archbishop Bishop Judge Justice Speaker Foreign-Minister President-elect""".split()
)
NAME_PARTICLES = frozenset({"de", "del", "da", "das", "do", "dos", "di", "van", "von", "der", "den", "la", "le",
                            "y", "bin", "ibn", "al", "el", "ben", "e"})  # fmt: skip
PLACE_NOUNS = frozenset({"district", "city", "town", "province", "region", "department", "state", "port",
                         "village", "island", "municipality", "capital", "county"})  # fmt: skip
# Last words of an organization's name ("European Economic Community", "UN Security Council").
ORG_HEADS = frozenset("""Community Organization Organisation Union Council Alliance League Association Movement Bank
    Fund Commission Pact Agency Forum Group Committee Court Tribunal Conference Cooperation""".split())
ORG_INNER = frozenset({"of", "for", "and", "the", "on"})
LOCATIVES = frozenset({"in", "at", "near", "outside", "inside"})
REGIONAL_HEADS = frozenset({"countries", "nations", "states", "continent", "hemisphere", "republics", "region"})
_INITIAL = re.compile(r"^[A-Z]\.$")


def _name_like(text: str) -> bool:
    return (
        text[:1].isupper()
        and text not in NOT_NAMES
        and text not in TITLES
        and (text.replace("-", "").replace("'", "").isalpha() or bool(_INITIAL.match(text)))
        and not (text.isupper() and text.isalpha() and len(text) > 1)
    )


class MentionFinder:
    """Marks states (`doc.spans['countries']`, label = code, kb_id = kind), organizations and persons.

    `doc.user_data['known_names']` may hold the words of persons named earlier in the document, so that
    "Scull" alone is read as the person "Carlos Eduardo Scull Raygada" named before.
    """

    def __init__(self, nlp: Language, *, lexicon: Lexicon, organizations: Iterable[Organization]) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for phrase in lexicon.phrases:
            self.matcher.add(f"C|{phrase.code}|{phrase.kind}", [nlp.make_doc(phrase.text)])
        for org in organizations:
            self.matcher.add(f"O|{org.name}", [nlp.make_doc(t) for t in (org.name, *org.aliases)])
        self.matcher.add("B|", [nlp.make_doc(t) for t in lexicon.blockers])

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
                nxt = doc[span.end].lower_ if span.end < len(doc) else ""
                if kind == "demonym" and nxt in REGIONAL_HEADS:
                    continue
                countries.append(Span(doc, span.start, span.end, label=code, kb_id=kind))
            elif tag == "O":
                orgs.append(Span(doc, span.start, span.end, label=rest))
        taken = {i for s in (*countries, *orgs) for i in range(s.start, s.end)}
        for s in chosen:
            if s.label_.startswith("B|"):
                taken.update(range(s.start, s.end))
        orgs += self._unlisted_orgs(doc, taken)
        taken.update(i for o in orgs for i in range(o.start, o.end))
        persons = self._persons(doc, taken, doc.user_data.get("known_names", set()))
        doc.spans["countries"] = countries
        doc.spans["orgs"] = orgs
        doc.spans["persons"] = persons
        doc.ents = [
            *(Span(doc, s.start, s.end, label="GPE") for s in countries),
            *(Span(doc, s.start, s.end, label="ORG") for s in orgs),
            *(Span(doc, s.start, s.end, label="PERSON") for s in persons),
        ]
        return doc

    def _unlisted_orgs(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Organizations not in our table, by the shape of their names; "X Court of <state>" is the state's."""
        found: list[Span] = []
        i = 0
        while i < len(doc):
            if i in taken or not doc[i].text[:1].isupper() or not doc[i].is_alpha:
                i += 1
                continue
            j = i
            last_head = -1
            while j < len(doc) and j not in taken and (
                (doc[j].text[:1].isupper() and doc[j].is_alpha) or (doc[j].lower_ in ORG_INNER and j > i)
            ):
                if doc[j].text in ORG_HEADS:
                    last_head = j
                j += 1
            end = last_head + 1
            state_organ = end < len(doc) and doc[end].lower_ == "of" and end + 1 in taken
            if last_head >= i + 1 and not state_organ:
                found.append(Span(doc, i, end, label=doc[i:end].text))
            i = max(j, i + 1)
        return found

    def _persons(self, doc: Doc, taken: set[int], known: set[str]) -> list[Span]:
        found: list[Span] = []
        i = 0
        while i < len(doc):
            if i in taken or not _name_like(doc[i].text):
                i += 1
                continue
            j = i + 1
            while j < len(doc) and j not in taken:
                t = doc[j].text
                if _name_like(t):
                    j += 1
                elif t in NAME_PARTICLES and j + 1 < len(doc) and _name_like(doc[j + 1].text):
                    j += 1
                else:
                    break
            words = [t.text for t in doc[i:j] if _name_like(t.text)]
            before = doc[i - 1].lower_ if i > 0 else ""
            place = before in LOCATIVES or (
                before == "of" and i > 1 and doc[i - 2].lower_ in PLACE_NOUNS
            )
            titled = i > 0 and doc[i - 1].text.capitalize() in TITLES | {"President", "president"}
            if not place and (len(words) >= 2 or (words and (words[0] in known or titled and i > 0))):
                if len(words) >= 2 or doc[i].text in known or titled:
                    found.append(Span(doc, i, j, label="PERSON"))
            i = j
        return found
