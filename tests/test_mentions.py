"""Who a sentence names (reading/mentions.py, descriptions.py, quotes.py, leaders.py): states,
descriptions of a state the text named, speakers of quotations, leaders by their terms."""

from __future__ import annotations

from tests.conftest import events


def test_a_description_stands_for_the_state_of_its_kind_named_last() -> None:
    body = (
        "Honduras cut its ties with Chile in 2019. In May 1950 the Central American country had "
        "established relations with Chile."
    )
    assert ("relations_established", "HND", "CHL", "1950-05") in events(body, "Chile–Honduras relations")


def test_the_kingdom_is_the_monarchy_named_last() -> None:
    body = "Jordan recalled its envoy from Chile in 2003. In 2004 the kingdom expelled the Chilean consul."
    assert ("envoy_expelled", "JOR", "CHL", "2004") in events(body, "Chile–Jordan relations")


def test_a_description_the_text_set_up_for_nothing_gives_no_act() -> None:
    assert events("In 2004 the island nation expelled the Chilean consul.", "Chile–Peru relations") == []


def test_a_kingdom_with_a_name_of_its_own_is_not_a_description() -> None:
    body = "Spain broke ties with Chile in 1900. In 1910 the kingdom of Araucania recognised Chile."
    assert all(a != "ESP" for t, a, _, d in events(body, "Chile–Spain relations") if d == "1910")


def test_we_in_a_quotation_is_the_speakers_state() -> None:
    body = (
        '"We are recalling our ambassador from Santiago," the Bolivian foreign ministry said on 3 May 2021.'
    )
    assert events(body) == [("envoy_recalled", "BOL", "CHL", "2021-05-03")]


def test_a_relative_clause_about_a_document_is_no_states_act() -> None:
    body = "In 1971 Chile voted for the resolution, which recognises Bolivia as a founding state."
    assert all(t != "government_recognized" for t, *_ in events(body))


def test_a_historical_capital_names_its_successor_after_the_states_end() -> None:
    assert events("In 1995 an embassy of Chile was opened in Moscow.", "Chile–Russia relations") == [
        ("embassy_opened", "CHL", "RUS", "1995")
    ]
    assert events("In 1960 an embassy of Chile was opened in Moscow.", "Chile–Soviet Union relations") == [
        ("embassy_opened", "CHL", "SUN", "1960")
    ]


def test_a_city_named_after_a_state_is_not_that_state() -> None:
    assert events("In 1970 Chile signed a protocol with Bolivia in Port-of-Spain.") == [
        ("agreement_signed", "CHL", "BOL", "1970")
    ]


def test_a_leader_is_tied_to_the_state_he_led_then() -> None:
    body = "On 12 March 2009 President Evo Morales expelled the Chilean consul."
    assert events(body) == [("envoy_expelled", "BOL", "CHL", "2009-03-12")]
    assert events("In 1980 President Morales expelled the Chilean consul.") == []
