"""Which date an act takes (reading/dating.py, extract.py): listed dates, periods held, the report's day."""

from __future__ import annotations

from tests.conftest import events, read


def test_an_act_with_several_dates_listed_is_one_act_each() -> None:
    body = "The two countries fought border clashes in 2011, 2014 and 2019."
    assert [d for *_, d in events(body)] == ["2011", "2014", "2019"]


def test_two_acts_keep_their_own_dates() -> None:
    body = "Relations were broken in 1962 and restored in 1975."
    assert events(body) == [
        ("relations_severed", "CHL", "BOL", "1962"),
        ("relations_restored", "CHL", "BOL", "1975"),
    ]


def test_a_date_followed_by_another_verb_is_not_a_second_act() -> None:
    body = "Relations were established in 1965 and deepened in 1990."
    assert events(body) == [("relations_established", "CHL", "BOL", "1965")]


def test_relations_held_over_a_period_begin_and_end_with_it() -> None:
    body = "The two states had formal relations between 1921 and 1934."
    assert events(body) == [
        ("relations_established", "CHL", "BOL", "1921"),
        ("relations_severed", "CHL", "BOL", "1934"),
    ]


def test_a_treaty_named_with_its_year_was_signed_that_year() -> None:
    assert events("Navigation on the lake follows the Lauca Treaty of 1904.") == [
        ("agreement_signed", "CHL", "BOL", "1904")
    ]


def test_a_case_name_is_a_case_brought_by_its_first_party() -> None:
    body = "The boundary was interpreted by a regional court in 1916 (case Bolivia v. Chile)."
    assert events(body) == [("case_referred", "BOL", "CHL", "1916")]


def test_an_undated_act_in_a_dated_report_is_news_of_its_day() -> None:
    text = "date 2022-03-09 Bolivia has recalled its ambassador from Chile, the ministry said."
    (event,) = read(text, "Bolivia recalls envoy").events
    assert (event.type, event.actor, event.date) == ("envoy_recalled", "BOL", "2022-03-09")


def test_a_year_that_cannot_be_read_is_no_date_and_takes_none_from_before() -> None:
    body = "Bolivia recalled its ambassador in 1990. In 0 Bolivia broke relations with Chile."
    assert ("relations_severed", "BOL", "CHL", None) in events(body)
    assert ("war_declared", "BOL", "CHL", None) in events(
        "In 1990 Bolivia protested. In 300 BC Bolivia declared war on Chile."
    )


def test_how_a_period_began_is_dated_at_its_start() -> None:
    body = (
        "The dispute between Bolivia and Chile lasted from 2015 to 2019. "
        "It began when Bolivia closed its border with Chile."
    )
    assert events(body) == [("border_closed", "BOL", "CHL", "2015")]


def test_an_agreements_entry_into_force_is_not_the_day_it_was_signed() -> None:
    text = (
        "date 2019-08-14 Visa deal starts\n\nThe minister said the agreement that Bolivia and Chile signed "
        "will enter into force on the 20th August 2019."
    )
    signed = [e for e in read(text, "Visa deal starts").events if e.type == "agreement_signed"]
    assert [e.date for e in signed] == ["2019-08-14"]


def test_relations_broken_over_a_period_begin_and_end_with_it() -> None:
    assert events("Diplomatic relations were broken off between 1978 and 1990.") == [
        ("relations_severed", "CHL", "BOL", "1978"),
        ("relations_restored", "CHL", "BOL", "1990"),
    ]


def test_since_when_another_state_has_lasted_dates_no_act() -> None:
    found = events("Bolivia and Chile have agreed to normalise ties strained since 2008.")
    assert [(t, {a, b}, d) for t, a, b, d in found] == [("relations_restored", {"BOL", "CHL"}, None)]
    found = events("Relations between Bolivia and Chile have been frozen since 2010.")
    assert [(t, {a, b}, d) for t, a, b, d in found] == [("relations_suspended", {"BOL", "CHL"}, "2010")]


def test_a_date_set_off_before_the_next_clause_is_that_clauses() -> None:
    body = "Chile banned exports to Bolivia on 3 May 1960, and on 4 June 1961, Bolivia broke off relations."
    assert events(body) == [
        ("sanctions_imposed", "CHL", "BOL", "1960-05-03"),
        ("relations_severed", "BOL", "CHL", "1961-06-04"),
    ]


def test_a_weekday_and_day_without_a_year_take_the_sentences_year_where_the_calendar_agrees() -> None:
    body = (
        "On Saturday, November 23, Chile expelled the Bolivian ambassador, after a year of tension "
        "since July 2013."
    )
    assert events(body) == [("envoy_expelled", "CHL", "BOL", "2013-11-23")]


def test_a_date_of_a_participle_after_the_act_is_not_its_date() -> None:
    body = "date 2018-02-21\nChile and Bolivia have re-established ties frozen in August."
    assert events(body) == [("relations_restored", "CHL", "BOL", "2018-02-21")]
