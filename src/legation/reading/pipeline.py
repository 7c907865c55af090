"""The reading pipeline: spaCy's blank pipeline of a language (English, Spanish) with Legation's rule
components, no model.

Components, each a registered factory whose data tables are its config:
  legation_mentions       states, organizations, persons and descriptions of a state ("the kingdom")
  legation_known_persons  a person named again by one word of the name (`Doc._.known_names`)
  legation_triggers       the words that signal an event (`doc.spans['triggers']`)
A document is read as a stream of sentences through `nlp.pipe`; each language's components take its
own tables (`LANGUAGES`), and the rules after the pipeline read all languages alike (see `words.py`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from itertools import groupby
from operator import itemgetter

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from legation.countries import load_language_lexicon, load_lexicon, load_organizations
from legation.reading import extensions as _extensions  # noqa: F401  (registers Doc._.known_names)
from legation.reading.descriptions import load_descriptions
from legation.reading.extensions import spans_of
from legation.reading.mentions import KnownPersons, MentionFinder
from legation.reading.triggers import TRIGGER_TABLES, TriggerFinder, load_trigger_table


@Language.factory(
    "legation_mentions",
    default_config={
        "countries": "countries.toml",
        "organizations": "organizations.toml",
        "descriptions": "descriptions.toml",
    },
)
def make_mentions(
    nlp: Language, name: str, countries: str, organizations: str, descriptions: str
) -> MentionFinder:
    lexicon = load_lexicon(countries) if nlp.lang == "en" else load_language_lexicon(countries)
    return MentionFinder(
        nlp,
        lexicon=lexicon,
        organizations=load_organizations(organizations),
        descriptions=load_descriptions(descriptions),
    )


@Language.factory("legation_known_persons")
def make_known_persons(nlp: Language, name: str) -> KnownPersons:
    return KnownPersons()


@Language.factory("legation_triggers", default_config={"table": "triggers.toml"})
def make_triggers(nlp: Language, name: str, table: str) -> TriggerFinder:
    return TriggerFinder(nlp, table=load_trigger_table(table))


# The languages Legation reads, and the tables each one's components take as their config.
LANGUAGES: dict[str, dict[str, dict[str, str]]] = {
    "en": {"legation_mentions": {}, "legation_triggers": {}},
    "es": {
        "legation_mentions": {
            "countries": "countries.es.toml",
            "organizations": "organizations.es.toml",
            "descriptions": "descriptions.es.toml",
        },
        "legation_triggers": {"table": TRIGGER_TABLES["es"]},
    },
}


@cache
def load_reader(lang: str = "en") -> Language:
    """The pipeline of a language, built once per process: spaCy's blank pipeline of the language
    with Legation's components, configured with that language's tables."""
    config = LANGUAGES[lang]
    nlp = _reader_language(lang)()
    nlp.add_pipe("legation_mentions", config=config["legation_mentions"])
    nlp.add_pipe("legation_known_persons")
    nlp.add_pipe("legation_triggers", config=config["legation_triggers"])
    return nlp


def read_sentences(
    sentences: Iterable[str], lang: str = "en", known: set[str] | None = None
) -> Iterator[Doc]:
    """A document's sentences as Docs with their mentions and triggers, in order, streaming.

    A person named in full in one sentence may be named by a single word of the name in a later one,
    so the names each sentence makes known are handed to the ones after it (through `known`, which a
    document read in several languages shares between them).
    """
    nlp = load_reader(lang)
    mentioned = nlp.pipe(sentences, disable=["legation_known_persons", "legation_triggers"])
    names = set() if known is None else known
    return nlp.pipe(_with_known_names(mentioned, names), disable=["legation_mentions"])


def read_in_languages(sentences: Iterable[tuple[str, str]]) -> Iterator[Doc]:
    """Sentences each in its own language ((text, language) pairs), read in order: each run of one
    language through that language's pipeline, the names made known shared across them."""
    known: set[str] = set()
    for lang, run in groupby(sentences, key=itemgetter(1)):
        yield from read_sentences((text for text, _ in run), lang, known)


def _with_known_names(docs: Iterable[Doc], known: set[str]) -> Iterator[Doc]:
    for doc in docs:
        doc._.known_names = frozenset(known)
        for person in spans_of(doc, "persons"):
            words = person.text.split()
            if len(words) >= 2:
                known.update(w for w in words if len(w) > 2 and w[0].isupper())
        yield doc


# Two words glued where a page lost the line between them ("ArgentinaCuba", a heading run into a
# paragraph): three lower-case letters, then a capital and two more. Names such as "McDonald" or
# "DeSantis" have fewer before the capital.
_GLUED = r"(?<=[a-zà-ÿ]{3})(?=[A-ZÁÉÍÓÚÑ][a-zà-ÿ]{2})"
# An encyclopedia's reference marks glued to the word before them ("ties.[3]", "Bahrain;[note 2]"):
# spaCy's own suffixes cut off the closing bracket only.
_REFERENCE_MARK = r"\[(?:\d{1,3}|[a-z][a-z ]{2,30}(?: \d{1,3})?)\]"
_BEFORE_A_MARK = r"(?<=[\w)])[.,;:]?(?=\[)"


def _reader_language(lang: str) -> type[Language]:
    """spaCy's language class with a tokenizer that also cuts what pages glue together: words that
    lost the space between them, reference marks. Made as a subclass so that the tokenizer is built
    once with these rules (setting them on a built tokenizer reloads all its special cases)."""
    base = spacy.util.get_lang_class(lang)

    class Defaults(base.Defaults):  # type: ignore[name-defined,misc]
        infixes = (*(base.Defaults.infixes or ()), _GLUED, _BEFORE_A_MARK)
        suffixes = (_REFERENCE_MARK, *(base.Defaults.suffixes or ()))

    def make_doc(self: Language, text: str) -> Doc:
        # The text as given is the doc's text: spaCy would join its tokens anew at every `doc.text`.
        doc = base.make_doc(self, text)
        doc.user_data["text"] = text
        return doc

    members = {"Defaults": Defaults, "lang": lang, "make_doc": make_doc}
    return type(f"Legation{base.__name__}", (base,), members)
