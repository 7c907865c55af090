"""The reading pipeline: spaCy's blank English pipeline with Legation's rule components, no model.

Components, each a registered factory whose data tables are its config:
  legation_mentions       states, organizations, persons and descriptions of a state ("the kingdom")
  legation_known_persons  a person named again by one word of the name (`Doc._.known_names`)
  legation_triggers       the words that signal an event (`doc.spans['triggers']`)
A document is read as a stream of sentences through `nlp.pipe`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from legation.countries import load_lexicon, load_organizations
from legation.reading import extensions as _extensions  # noqa: F401  (registers Doc._.known_names)
from legation.reading.descriptions import load_descriptions
from legation.reading.extensions import spans_of
from legation.reading.mentions import KnownPersons, MentionFinder
from legation.reading.triggers import TriggerFinder, load_trigger_table


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
    return MentionFinder(
        nlp,
        lexicon=load_lexicon(countries),
        organizations=load_organizations(organizations),
        descriptions=load_descriptions(descriptions),
    )


@Language.factory("legation_known_persons")
def make_known_persons(nlp: Language, name: str) -> KnownPersons:
    return KnownPersons()


@Language.factory("legation_triggers", default_config={"table": "triggers.toml"})
def make_triggers(nlp: Language, name: str, table: str) -> TriggerFinder:
    return TriggerFinder(nlp, table=load_trigger_table(table))


@cache
def load_reader() -> Language:
    """The pipeline, built once per process."""
    nlp = spacy.blank("en")
    nlp.add_pipe("legation_mentions")
    nlp.add_pipe("legation_known_persons")
    nlp.add_pipe("legation_triggers")
    return nlp


def read_sentences(sentences: Iterable[str]) -> Iterator[Doc]:
    """A document's sentences as Docs with their mentions and triggers, in order, streaming.

    A person named in full in one sentence may be named by a single word of the name in a later one,
    so the names each sentence makes known are handed to the ones after it.
    """
    nlp = load_reader()
    mentioned = nlp.pipe(sentences, disable=["legation_known_persons", "legation_triggers"])
    return nlp.pipe(_with_known_names(mentioned), disable=["legation_mentions"])


def _with_known_names(docs: Iterable[Doc]) -> Iterator[Doc]:
    known: set[str] = set()
    for doc in docs:
        doc._.known_names = frozenset(known)
        for person in spans_of(doc, "persons"):
            words = person.text.split()
            if len(words) >= 2:
                known.update(w for w in words if len(w) > 2 and w[0].isupper())
        yield doc
