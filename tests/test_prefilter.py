"""The cheap test that spares spaCy the sentences and documents that can give no claim."""

from __future__ import annotations

from itertools import islice

from legation.reading.extract import extract_document
from legation.reading.prefilter import could_give_claims, words_of, worth_reading
from legation.samples import bundled_paths, iter_mixed
from legation.text.documents import parse_text
from legation.text.files import read_document


def test_the_same_records_with_and_without_the_filter() -> None:
    documents = [read_document(p) for p in bundled_paths()]
    documents += [parse_text(text, name=name) for name, text in islice(iter_mixed(every=4), 24)]
    for document in documents:
        assert extract_document(document).claims == extract_document(document, skip=False).claims


def test_a_report_with_no_act_or_fact_in_it_is_not_read() -> None:
    text = "The council of Millford approved a budget for its schools. Anna Keller won the chess final."
    assert not could_give_claims(words_of(text))
    assert could_give_claims(words_of("Chile broke off relations with Peru in 1990."))
    assert could_give_claims(words_of("Both are members of the United Nations."))


def test_a_sentence_is_read_where_it_names_someone_or_could_hold_an_act() -> None:
    assert not worth_reading("the rain stopped before the game began.")
    assert worth_reading("The rain stopped before Anna Keller arrived.")
    assert worth_reading("the envoy was expelled at once.")
    assert worth_reading("Peru waited.")
