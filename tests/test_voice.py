"""The grammar of a trigger (reading/voice.py): noun or verb, voice, and the Spanish future."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from legation.reading.pipeline import read_sentences
from legation.reading.voice import future_or_conditional, nominal, passive


def trigger_of(sentence: str, lang: str) -> tuple[Doc, Span]:
    doc = next(read_sentences([sentence], lang))
    (trigger,) = doc.spans["triggers"]
    return doc, trigger


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Relations were severed in 1962.", "en", True),
        ("Chile severed relations in 1962.", "en", False),
        ("En 1962 se rompieron las relaciones con Cuba.", "es", True),
        ("El embajador fue expulsado en 1962.", "es", True),
        ("Chile rompió relaciones con Cuba.", "es", False),
        # "se" after a named state is the verb's own, not the impersonal one.
        ("Venezuela se retiró de la embajada y rompió relaciones con Perú.", "es", False),
    ],
)
def test_passive_voice(sentence: str, lang: str, expected: bool) -> None:
    doc, trigger = trigger_of(sentence, lang)
    assert passive(doc, trigger) is expected


def test_noun_triggers_in_both_languages() -> None:
    assert nominal(trigger_of("After the expulsion of the envoy, talks stopped.", "en")[1])
    assert nominal(trigger_of("Tras la ruptura de relaciones con Chile, nada cambió.", "es")[1])
    assert not nominal(trigger_of("Bolivia rompió relaciones con Chile.", "es")[1])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Bolivia romperá relaciones con Chile.", "romperá"),
        ("Bolivia rompería relaciones con Chile.", "rompería"),
        ("Bolivia anunciará la ruptura de relaciones con Chile.", "anunciará"),
        ("Bolivia rompió relaciones con Chile.", None),
        # A noun that ends as a conditional does is no verb.
        ("La Secretaría rompió relaciones con Chile.", None),
    ],
)
def test_the_spanish_future_and_conditional(sentence: str, expected: str | None) -> None:
    doc, trigger = trigger_of(sentence, "es")
    assert future_or_conditional(doc, trigger, 0) == expected


def test_english_says_the_future_with_words_not_endings() -> None:
    doc, trigger = trigger_of("Bolivia will break relations with Chile.", "en")
    assert future_or_conditional(doc, trigger, 0) is None
