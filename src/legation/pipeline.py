"""The reading pipeline: a blank English spaCy pipeline with our rule components, no statistical model."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from legation.countries import load_lexicon, load_organizations
from legation.mentions import MentionFinder
from legation.triggers import TriggerFinder, load_trigger_table


@Language.factory("legation_mentions")
def _make_mentions(nlp: Language, name: str) -> MentionFinder:
    return MentionFinder(nlp, lexicon=load_lexicon(), organizations=load_organizations())


@Language.factory("legation_triggers")
def _make_triggers(nlp: Language, name: str) -> TriggerFinder:
    return TriggerFinder(nlp, table=load_trigger_table())


@cache
def load_reader() -> Language:
    """The pipeline, built once per process: tokenizer, mentions, triggers."""
    nlp = spacy.blank("en")
    nlp.add_pipe("legation_mentions")
    nlp.add_pipe("legation_triggers")
    return nlp


def read_sentence(text: str, *, known_names: set[str]) -> Doc:
    """The sentence as a Doc with its mentions and triggers marked."""
    nlp = load_reader()
    doc = nlp.make_doc(text)
    doc.user_data["known_names"] = known_names
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc
