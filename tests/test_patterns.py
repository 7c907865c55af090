"""The trigger table's phrase language."""

from __future__ import annotations

import pytest
from spacy.matcher import Matcher

from legation.reading.interposed import interposed_adverbials, interposed_clauses
from legation.reading.patterns import compile_phrase, inflect
from legation.reading.pipeline import load_reader
from legation.reading.triggers import load_trigger_table


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("break", {"breaks", "broke", "broken", "breaking"}),
        ("expel", {"expelled", "expelling"}),
        ("deny", {"denies", "denied"}),
        ("close", {"closed", "closing"}),
        ("freeze", {"froze", "frozen"}),
        ("cut", {"cuts", "cutting"}),
        ("shut", {"shuts", "shutting"}),
        ("scrap", {"scrapped", "scrapping"}),
        ("label", {"labelled", "labeled", "labelling"}),
    ],
)
def test_inflect(verb: str, forms: set[str]) -> None:
    assert forms <= set(inflect(verb))


def test_every_phrase_of_the_table_compiles_and_every_type_has_one() -> None:
    nlp = load_reader()
    matcher = Matcher(nlp.vocab)
    for t in load_trigger_table().types:
        assert t.phrases, t.name
        matcher.add(t.name, [pattern for p in t.phrases for pattern in compile_phrase(p)])


def test_a_hyphen_inside_alternatives_is_refused() -> None:
    with pytest.raises(ValueError, match="hyphenated"):
        compile_phrase("breakup|break-up of relations")


def test_phrase_matches_its_forms() -> None:
    nlp = load_reader()
    matcher = Matcher(nlp.vocab)
    matcher.add("x", compile_phrase("re-~establish ...2 relations"))
    assert matcher(nlp.make_doc("they re-established diplomatic relations"))
    assert not matcher(nlp.make_doc("they re-established trade, and relations"))


def test_an_entity_among_alternatives_matches_either() -> None:
    nlp = load_reader()
    matcher = Matcher(nlp.vocab)
    matcher.add("x", compile_phrase("~recognise ...2 government|GPE"))
    doc = nlp("India recognised Bangladesh in 1971.")
    assert [doc[s:e].text for _, s, e in matcher(doc)][-1].startswith("recognised Bangladesh")
    assert matcher(nlp.make_doc("they recognised the government"))


@pytest.mark.parametrize(("verb", "wrong"), [("cut", "cuting"), ("shut", "shuting"), ("scrap", "scraped")])
def test_inflect_makes_no_false_forms(verb: str, wrong: str) -> None:
    assert wrong not in inflect(verb)


def test_a_named_word_set_stands_for_its_words() -> None:
    nlp = load_reader()
    matcher = Matcher(nlp.vocab)
    matcher.add("x", compile_phrase("~close ...2 $MISSION"))
    assert matcher(nlp.make_doc("they closed the consulates"))
    assert matcher(nlp.make_doc("Chile closed its legation"))
    assert not matcher(nlp.make_doc("they closed the border"))


def test_an_unknown_word_set_is_refused() -> None:
    with pytest.raises(ValueError, match=r"no word set '\$NOPE'"):
        compile_phrase("~close $NOPE")


def test_the_stored_verb_forms_are_lemminflects_for_every_verb_of_the_table() -> None:
    from legation.reading.patterns import lemminflect_forms, stored_verb_forms
    from legation.reading.verb_forms import table_verbs

    stored = stored_verb_forms()
    missing = [v for v in table_verbs() if v not in stored]
    assert not missing, f"run scripts/verb-forms: no stored forms for {missing}"
    stale = [v for v in table_verbs() if stored[v] != lemminflect_forms(v)]
    assert not stale, f"run scripts/verb-forms: stored forms differ for {stale}"


def test_a_clause_between_commas_before_a_verb_is_interposed_and_a_list_is_not() -> None:
    words = ["ties", ",", "which", "had", "lapsed", "in", "1950", ",", "were", "renewed"]
    assert interposed_clauses(words, "en") == [(1, 8)]
    assert interposed_clauses(["ties", ",", "severed", "in", "1950", ",", "were", "renewed"], "en") == [
        (1, 6)
    ]
    # No verb after the second comma, or no clause opener after the first: nothing set between.
    assert interposed_clauses(["ties", ",", "which", "had", "lapsed", ",", "and", "trade"], "en") == []
    assert interposed_clauses("Peru , Chile and Bolivia , were".lower().split(), "en") == []
    assert interposed_clauses(
        ["los", "lazos", ",", "rotos", "en", "1950", ",", "fueron", "renovados"], "es"
    ) == [(2, 7)]


def _words(text: str) -> list[str]:
    return text.split()


def test_a_short_phrase_of_time_between_commas_after_a_verb_is_interposed() -> None:
    assert interposed_adverbials(_words("peru lifted , on 2 june 2022 , the embargo"), "en") == [(2, 8)]
    # Opening the sentence, or too long to be a phrase of time: not set between a verb and its object.
    assert interposed_adverbials(_words("in 2022 , in june , peru lifted it"), "en") == [(2, 6)]
    assert interposed_adverbials(_words(", in june , peru"), "en") == []
    long = _words("peru lifted , in the month after the long talks ended , the embargo")
    assert interposed_adverbials(long, "en") == []
