"""Our matcher of the phrase language's token patterns gives what spaCy's Matcher gives."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.matcher import Matcher
from spacy.tokens import Doc

from legation.reading.patterns import compile_phrase
from legation.reading.pipeline import load_reader
from legation.reading.token_patterns import TokenColumns, TokenPattern, compile_step

# Words of the generated phrases and sentences: states (entities), verbs with their forms, nouns,
# fillers, clause stops and years, so that gaps, options and entity runs all get exercised.
PHRASE_WORDS = ["~close", "embassy", "GPE", "PERSON", "YEAR", "the|its", "relations", "~break", "off"]
SENTENCE_WORDS = [
    "Peru", "Chile", "South", "Africa", "closed", "closes", "its", "the", "embassy", "in", "1990",
    "relations", "broke", "off", "with", ";", ".", ",", "and", "President", "Hugo", "Chávez", "quietly",
]  # fmt: skip


def _matches(phrase: str, doc: Doc) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    specs = compile_phrase(phrase)
    spacy_matcher = Matcher(doc.vocab)
    spacy_matcher.add("X", specs)
    theirs = {(s, e) for _, s, e in spacy_matcher(doc)}
    columns = TokenColumns.of(doc)
    ours = {m for spec in specs for m in TokenPattern.compile(spec).matches(columns)}
    return theirs, ours


@st.composite
def phrases(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["word", "optional", "gap"]))
        if kind == "gap" and parts:
            parts.append(f"...{draw(st.integers(1, 3))}")
        else:
            word = draw(st.sampled_from(PHRASE_WORDS))
            parts.append(word + "?" if kind == "optional" and parts else word)
    return " ".join(parts)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(phrase=phrases(), words=st.lists(st.sampled_from(SENTENCE_WORDS), min_size=1, max_size=14))
def test_same_matches_as_spacys_matcher(phrase: str, words: list[str]) -> None:
    doc = load_reader()(" ".join(words))
    theirs, ours = _matches(phrase, doc)
    assert ours == theirs


def test_matches_of_a_gap_an_option_and_an_entity_run() -> None:
    doc = load_reader()("South Africa closed its embassy in Lima ; Chile closed the embassy.")
    theirs, ours = _matches("GPE ~close the|its? ...2 embassy", doc)
    assert ours == theirs
    # "South Africa closed its embassy", "Africa closed its embassy", "Chile closed the embassy".
    assert ours == {(0, 5), (1, 5), (8, 12)}


@pytest.mark.parametrize(
    "spec",
    [{"LEMMA": "close"}, {"LOWER": "close", "OP": "!"}, {"LOWER": {"IN": ["a"]}, "TEXT": "a"}],
)
def test_a_spec_outside_the_phrase_language_is_refused(spec: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"not supported|one attribute"):
        compile_step(spec)
