"""Who did what to whom (reading/acts.py, sides.py, frames.py): modality, voice, coordination."""

from __future__ import annotations

import pytest

from tests.conftest import events, statuses


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Bolivia said it would recall its ambassador from Chile.", "announced"),
        ("Bolivia plans to close its embassy in Santiago.", "announced"),
        ("Bolivia threatened to expel the Chilean ambassador.", "threatened"),
        ("Bolivia demanded the expulsion of the Chilean ambassador.", "demanded"),
        ("Bolivia has not yet recalled its ambassador from Chile.", "denied"),
    ],
)
def test_an_act_not_done_is_kept_with_its_status(sentence: str, status: str) -> None:
    found = statuses(sentence)
    assert found and all(s == status for *_, s in found), found
    assert events(sentence) == []


def test_a_second_verb_after_and_shares_the_first_ones_modality() -> None:
    found = statuses("Bolivia announced it would reopen its embassy in Santiago and resume relations.")
    assert {t for t, *_ in found} == {"embassy_opened", "relations_restored"}
    assert all(s == "announced" for *_, s in found)


def test_an_act_decided_with_a_start_day_is_done_from_that_day() -> None:
    body = "On 3 May 2021 Bolivia said it will close its border with Chile from 10 May 2021."
    assert events(body) == [("border_closed", "BOL", "CHL", "2021-05-10")]


def test_a_verb_after_and_shares_the_subject_of_the_verb_before() -> None:
    body = "In 2019 Bolivia expelled the Chilean ambassador and recalled its own envoy."
    assert events(body) == [
        ("envoy_expelled", "BOL", "CHL", "2019"),
        ("envoy_recalled", "BOL", "CHL", "2019"),
    ]


def test_the_subject_of_a_clause_opened_by_after_is_its_actor() -> None:
    body = "Chile protested in 2020 after Bolivia recognised the rebel government of Peru."
    assert ("government_recognized", "BOL", "PER", "2020") in events(body)
