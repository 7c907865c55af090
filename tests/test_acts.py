"""Who did what to whom (reading/acts.py, sides.py, frames.py): modality, voice, coordination."""

from __future__ import annotations

import pytest

from legation.claims import Event
from tests.conftest import events, read, statuses


def read_events(body: str) -> tuple[Event, ...]:
    return tuple(read(body).events)


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


def test_the_subject_of_a_clause_opened_by_after_is_its_actor_and_its_date_its_own() -> None:
    body = "Chile protested in 2020 after Bolivia recognised the rebel government of Peru."
    # What came before the protest happened before 2020's protest, on a day the text does not give.
    assert ("government_recognized", "BOL", "PER", None) in events(body)


def test_a_date_in_a_clause_that_orders_events_is_not_the_main_acts_date() -> None:
    body = "Bolivia expelled the Chilean envoy on 3 May 2021, after Chile criticised its election in April."
    assert ("envoy_expelled", "BOL", "CHL", "2021-05-03") in events(body)
    assert ("criticism_expressed", "CHL", "BOL", "2021-04") in events(body)


def test_three_states_named_together_each_act_on_what_the_sentence_aims_at() -> None:
    body = (
        "Peru cut its ties with Chile on 2 May 2021, while Ecuador, Uruguay and Paraguay recalled "
        "their envoys."
    )
    found = events(body, "Chile–Peru relations")
    assert ("relations_severed", "PER", "CHL", "2021-05-02") in found
    for state in ("ECU", "URY", "PRY"):
        assert ("envoy_recalled", state, "CHL", "2021-05-02") in found


def test_an_oxford_comma_list_is_one_subject() -> None:
    body = "In 2010 Ghana, Togo, Benin, and Niger withdrew their ambassadors from Chile."
    found = events(body, "Chile–Ghana relations")
    assert {a for _, a, t, _ in found if t == "CHL"} == {"GHA", "TGO", "BEN", "NER"}


def test_the_agent_of_a_noun_trigger_is_its_actor() -> None:
    body = "In 2015 Brazil took charge of the premises after the expulsion of Chilean diplomats by Bolivia."
    assert ("envoy_expelled", "BOL", "CHL", None) in events(body)


def test_two_states_declaring_independence_are_not_each_others_target() -> None:
    assert events("On 1 June 1920 both Bolivia and Chile proclaimed their independence.") == []


def test_what_someone_warned_of_is_threatened() -> None:
    body = "In 2008 Bolivia warned Chile that a raid on Bolivian soil could lead to war."
    assert events(body) == []
    assert ("armed_clash", "CHL", "BOL", "threatened") in statuses(body)


def test_an_attempt_to_broker_an_agreement_is_mediation() -> None:
    body = "In March 1994 Chile tried to broker a deal between rival Bolivian factions."
    assert events(body) == [("mediation_offered", "CHL", "BOL", "1994-03")]


def test_a_colony_of_a_state_and_a_place_glossed_today_are_not_that_state() -> None:
    assert events("In 1975 Bolivia annexed the former Spanish colony.") == []
    body = "In 1950 the old kingdom (in present-day Peru) established relations with Chile."
    assert all("PER" not in (a, t) for _, a, t, _ in events(body))


def test_military_personnel_are_not_envoys() -> None:
    assert (
        events("In 1979 Chile announced the withdrawal of all Chilean military personnel from Bolivia.") == []
    )


def test_an_agreement_signed_at_a_seat_of_government_is_between_the_pair() -> None:
    found = events("The accord was signed at the White House on 3 March 2020.")
    assert found == [("agreement_signed", "CHL", "BOL", "2020-03-03")]


def test_withdrawing_the_recognition_of_a_government_ends_relations_with_it() -> None:
    body = "In 1980 the ending of Chilean official recognition of Bolivia was announced by the president."
    assert ("relations_severed", "CHL", "BOL", "1980") in events(body)


def test_no_longer_having_relations_is_a_rupture() -> None:
    body = "Bolivia no longer has official diplomatic ties with Chile since 2020."
    assert events(body) == [("relations_severed", "BOL", "CHL", "2020")]


def test_a_mission_raised_in_rank_is_raised_by_its_state() -> None:
    body = "A Bolivian consulate in Santiago was upgraded to an embassy in 1990."
    assert events(body) == [("relations_upgraded", "BOL", "CHL", "1990")]


def test_a_border_crossing_in_a_state_is_where_not_whom() -> None:
    body = "On 3 May 2021 Chile closed the border crossing point in northern Chile."
    assert events(body) == [("border_closed", "CHL", "BOL", "2021-05-03")]


def test_declaring_an_envoy_persona_non_grata_in_other_words() -> None:
    body = "In 2018 Bolivia said it deemed the Chilean ambassador persona non grata and ordered him to leave."

    assert events(body) == [("envoy_expelled", "BOL", "CHL", "2018")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Since 2019 Bolivia has toned down its criticism of Chile.",
        "The Bolivian president said he hoped to send an ambassador back to Santiago.",
        # An act discussed or put forward is not done.
        "In 2020 the Bolivian cabinet discussed restoring relations with Chile.",
        "On 5 May 2020 Bolivia said the closure of its embassy in Santiago had been proposed.",
    ],
)
def test_a_change_of_tone_or_a_wish_is_no_act(sentence: str) -> None:
    assert statuses(sentence) == []


def test_the_nationals_owning_a_noun_trigger_are_its_actor() -> None:
    body = (
        "Peru and Bolivia cut their ties with Chile in 1978; it began with the Bolivians' closure of "
        "the border."
    )
    assert ("border_closed", "BOL", "CHL", "1978") in events(body, "Chile–Peru relations")


def test_breaking_the_diplomatic_relationship_is_a_rupture() -> None:
    assert events("On 3 May 1978 Bolivia severed its diplomatic relationship with Chile.") == [
        ("relations_severed", "BOL", "CHL", "1978-05-03")
    ]


def test_a_visit_by_a_leader_named_after_it_is_his_even_where_a_minister_speaks() -> None:
    body = (
        "The Chilean interior minister said that the accord signed during the state visit to Chile by "
        "the Bolivian President Ana Quispe in May 2019 was a success."
    )
    (visit,) = [e for e in read_events(body) if e.type == "leader_visited"]
    assert (visit.actor, visit.target, visit.person, visit.date) == ("BOL", "CHL", "Ana Quispe", "2019-05")


def test_ambassadors_exchanged_with_a_state_go_each_way() -> None:
    found = events("On 9 May 2010 Bolivia exchanged ambassadors with Chile.")
    assert sorted((a, t) for ty, a, t, _ in found if ty == "envoy_appointed") == [
        ("BOL", "CHL"),
        ("CHL", "BOL"),
    ]


def test_an_attack_by_rebels_is_no_states_act() -> None:
    body = "In 2008 Bolivia cut its ties with Chile after an attack on La Paz by border rebels."
    assert events(body) == [("relations_severed", "BOL", "CHL", "2008")]


def test_a_recognition_by_states_left_unnamed_is_no_named_states_act() -> None:
    assert events("In 2008 the recognition of Bolivia's claim by other Andean countries angered Chile.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On 3 May 2010 Bolivia ordered its ambassador back from Chile.", ("envoy_recalled", "BOL", "CHL")),
        (
            "On 3 May 2010 Bolivia stripped the Chilean ambassador of his accreditation.",
            ("envoy_expelled", "BOL", "CHL"),
        ),
    ],
)
def test_other_wordings_of_recalls_and_expulsions(sentence: str, expected: tuple[str, str, str]) -> None:
    assert [(t, a, b) for t, a, b, _ in events(sentence)] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2010 Bolivia called in a statement for reopening the Chilean embassy in La Paz.",
        "In 2010 Bolivia and Chile expressed their intention to restore diplomatic relations.",
        "In 2010 Bolivia and Chile restored trade relations.",
    ],
)
def test_a_call_an_intention_or_a_tie_of_trade_is_no_diplomatic_act(sentence: str) -> None:
    assert events(sentence) == []


def test_a_capital_before_a_mission_is_where_it_stands() -> None:
    assert events("On 3 May 2010 Bolivia reopened its Santiago embassy.") == [
        ("embassy_opened", "BOL", "CHL", "2010-05-03")
    ]


def test_an_embassy_that_closed_without_a_verb_of_closing_it() -> None:
    assert events("The Bolivian embassy in Santiago closed in 1978.") == [
        ("embassy_closed", "BOL", "CHL", "1978")
    ]


def test_a_border_two_states_reopen_together_is_one_act_between_them() -> None:
    (event,) = [e for e in read_events("On 3 May 2010 Bolivia and Chile reopened their border.")]
    assert (event.type, event.directed, {event.actor, event.target}) == (
        "border_opened",
        False,
        {"BOL", "CHL"},
    )


def test_a_war_named_by_its_two_sides_and_a_forged_agreement() -> None:
    found = events(
        "Relations soured after the 1879 Bolivian–Chilean War. In 1904 a treaty was forged between them."
    )
    assert [(t, d) for t, _, _, d in found] == [("armed_clash", "1879"), ("agreement_signed", "1904")]


def test_a_visit_with_no_one_named_is_a_leaders_only_where_the_clause_says_so() -> None:
    assert events("In May 2019 the Bolivian president travelled to Chile.") == [
        ("leader_visited", "BOL", "CHL", "2019-05")
    ]
    assert events("In 2011 Bolivia made a state visit to Chile.") == [
        ("leader_visited", "BOL", "CHL", "2011")
    ]
    assert events("Since 2019 Bolivian tourists travel to Chile in great numbers.") == []


def test_what_is_too_early_to_do_is_not_done() -> None:
    assert events("In 2007 a Chilean minister said it was too early to reopen the embassy in La Paz.") == []


def test_ministers_signing_each_for_a_state_are_its_sides() -> None:
    body = (
        "On 10 May 2009 the foreign ministers, Ana Roca for Bolivia and Luis Paz for Chile, signed in Lima "
        "two protocols before the Peruvian president."
    )
    assert [(t, {a, b}) for t, a, b, _ in events(body)] == [("agreement_signed", {"BOL", "CHL"})]


def test_it_after_an_act_is_the_state_named_before() -> None:
    body = "In a blow to Chile, on 3 May 2010 Bolivia broke off diplomatic ties with it and courted Peru."
    assert events(body) == [("relations_severed", "BOL", "CHL", "2010-05-03")]


def test_relations_of_two_states_with_a_third_are_each_ones() -> None:
    body = "The dispute ended in the rupture of the relations of Bolivia and Paraguay with Chile in May 2011."
    assert sorted(events(body)) == [
        ("relations_severed", "BOL", "CHL", "2011-05"),
        ("relations_severed", "PRY", "CHL", "2011-05"),
    ]


def test_two_states_signing_with_a_third_sign_each_with_it() -> None:
    body = "Bolivia and Paraguay signed a transit agreement with Chile in 2011."
    assert sorted((t, {a, b}) for t, a, b, _ in events(body)) == [
        ("agreement_signed", {"BOL", "CHL"}),
        ("agreement_signed", {"PRY", "CHL"}),
    ]


def test_a_third_state_named_as_a_guarantor_is_not_a_side() -> None:
    body = "Bolivia and Chile signed a border treaty with Peru as guarantor in 2011."
    assert [(t, {a, b}) for t, a, b, _ in events(body)] == [("agreement_signed", {"BOL", "CHL"})]


def test_the_state_a_statement_comes_from_is_its_speaker() -> None:
    body = "date 2024-03-04\nA statement from the government of Bolivia said it was severing ties with Chile."
    assert events(body) == [("relations_severed", "BOL", "CHL", "2024-03-04")]


def test_recognition_switched_from_a_state_ends_relations_with_it() -> None:
    body = (
        "date 2024-03-04\nThe island nation of Bolivia said it was switching diplomatic recognition "
        "from Chile to Peru."
    )
    assert events(body) == [("relations_severed", "BOL", "CHL", "2024-03-04")]


def test_what_is_sought_is_not_done() -> None:
    assert events("date 2024-03-04\nBolivia is seeking a resumption of relations with Chile.") == []


def test_a_news_agency_named_after_a_state_is_not_the_state() -> None:
    body = "date 2024-03-04\nBolivia's envoy told Agence France-Presse that Chile had expelled him."
    assert [(t, a, b) for t, a, b, _ in events(body)] == [("envoy_expelled", "CHL", "BOL")]


def test_a_party_is_no_state() -> None:
    assert events("date 2024-03-04\nThe Bolivian Liberal Party supports closer ties with Chile.") == []


def test_a_headlines_verbs_run_on_with_commas_share_the_subject() -> None:
    body = "date 2021-10-29\nChile expels Bolivian ambassador, bans all imports from Bolivia"
    assert sorted((t, a, b) for t, a, b, _ in events(body)) == [
        ("envoy_expelled", "CHL", "BOL"),
        ("sanctions_imposed", "CHL", "BOL"),
    ]


def test_attacks_carried_out_by_rebels_are_no_states() -> None:
    body = "date 2024-01-11\nChile accused Bolivia of backing rebels who carried out attacks on its soil."
    assert [(t, a, b) for t, a, b, _ in events(body)] == [("criticism_expressed", "CHL", "BOL")]


def test_an_envoy_and_his_counterpart_of_another_state_are_both_expelled() -> None:
    body = (
        "date 2009-11-04\nBolivia expelled the Chilean ambassador and his Peruvian counterpart on Wednesday."
    )
    assert sorted((t, a, b) for t, a, b, _ in events(body)) == [
        ("envoy_expelled", "BOL", "CHL"),
        ("envoy_expelled", "BOL", "PER"),
    ]


def test_a_cue_inside_a_passive_phrase_makes_the_act_announced() -> None:
    found = statuses("date 2018-02-21\nRelations between Chile and Bolivia will be restored next year.")
    assert found == [("relations_restored", "CHL", "BOL", "announced")]


def test_one_of_the_first_to_act_still_acts_but_one_of_many_times_is_no_one_act() -> None:
    body = "Chile was one of the first countries to recognize Bolivia's independence, in 1826."
    assert [(t, a, b) for t, a, b, _ in events(body)] == [("government_recognized", "CHL", "BOL")]
    assert events("It was one of the many times Chile recalled its ambassador from Bolivia.") == []


@pytest.mark.parametrize(
    "body",
    [
        "Relations between Paraguay and Bolivia, cut in 1932, were resumed in 1936.",
        "Relations between Paraguay and Bolivia, which had been broken since 1932, were restored in 1936.",
        "Relations between Paraguay and Bolivia, which were broken off in 1932, were restored in 1936.",
    ],
)
def test_a_clause_between_relations_and_their_verb_is_an_act_of_its_own(body: str) -> None:
    found = {(t, d) for t, _, _, d in events(body, "Bolivia–Paraguay relations")}
    assert found == {("relations_severed", "1932"), ("relations_restored", "1936")}


def test_a_relative_clause_with_its_own_subject_between_relations_and_their_verb() -> None:
    body = "Relations, which Paraguay broke off in 1932, were restored in 1936."
    assert events(body, "Bolivia–Paraguay relations") == [
        ("relations_restored", "BOL", "PRY", "1936"),
        ("relations_severed", "PRY", "BOL", "1932"),
    ]


@pytest.mark.parametrize(
    ("body", "actors"),
    [
        ("In 2019 Peru, along with Ecuador, severed relations with Bolivia.", {"PER", "ECU"}),
        (
            "In 2019 Peru, together with Ecuador and Colombia, severed relations with Bolivia.",
            {"PER", "ECU", "COL"},
        ),
        ("Together with Ecuador, Peru severed relations with Bolivia in 2019.", {"PER", "ECU"}),
    ],
)
def test_states_named_beside_the_subject_act_with_it(body: str, actors: set[str]) -> None:
    found = events(body, "Bolivia–Peru relations")
    assert {a for _, a, _, _ in found} == actors
    assert {(t, b, d) for t, _, b, d in found} == {("relations_severed", "BOL", "2019")}


def test_a_state_named_beside_the_target_does_not_act() -> None:
    body = "Peru severed relations with Bolivia in 2019, together with Ecuador."
    assert events(body, "Bolivia–Peru relations") == [("relations_severed", "PER", "BOL", "2019")]


@pytest.mark.parametrize(
    "body",
    [
        "On 2 June 2022 the Peruvian minister called the Bolivian government a shameful regime.",
        "Peru described the Bolivian vote as illegitimate on 2 June 2022.",
        "On 2 June 2022 Peru said it deeply regrets the Bolivian decision.",
    ],
)
def test_a_judgement_passed_on_another_state_is_criticism(body: str) -> None:
    assert events(body, "Bolivia–Peru relations") == [("criticism_expressed", "PER", "BOL", "2022-06-02")]


def test_calling_a_state_a_partner_is_no_criticism() -> None:
    assert events("On 2 June 2022 Peru called Bolivia a close partner.", "Bolivia–Peru relations") == []


def test_relations_that_were_ended_are_severed() -> None:
    body = "Peru lost a partner when its relations with Bolivia were ended on 2 June 2022."
    assert [(t, d) for t, _, _, d in events(body, "Bolivia–Peru relations")] == [
        ("relations_severed", "2022-06-02")
    ]


def test_a_since_date_set_off_after_the_act_tells_of_what_it_names() -> None:
    body = "Peru withdrew its envoy from La Paz and shut its embassy there, open since 1975."
    assert {d for *_, d in events(body, "Bolivia–Peru relations")} == {None}


def test_a_word_of_terror_is_no_listing_as_a_sponsor_of_terrorism() -> None:
    body = "On 2 June 2022 Peru added that Bolivia as a state bears the blame for the terrorist bombing."
    assert "sanctions_imposed" not in {t for t, *_ in events(body, "Bolivia–Peru relations")}


def test_a_phrase_of_time_between_a_verb_and_its_object_dates_the_act() -> None:
    body = "Peru lifted, on 2 June 2022, the trade embargo on Bolivia."
    assert events(body, "Bolivia–Peru relations") == [("sanctions_lifted", "PER", "BOL", "2022-06-02")]


def test_a_minister_and_his_named_counterpart_sign_together() -> None:
    body = (
        "On 4 March 2011 Bolivian Foreign Minister David Choquehuanca and his Chilean counterpart "
        "Alfredo Moreno signed a memorandum on water rights."
    )
    assert events(body) == [("agreement_signed", "BOL", "CHL", "2011-03-04")]


def test_the_one_invited_to_visit_is_the_visitor() -> None:
    body = "In 2011 President Morales invited President Piñera to visit La Paz."
    assert [(t, a, b) for t, a, b, _ in events(body)] == [("leader_visited", "CHL", "BOL")]


def test_a_leader_named_by_surname_alone_acts_for_his_state_in_his_term() -> None:
    assert events("In January 2009 Morales severed ties with Israel.", "Bolivia–Israel relations") == [
        ("relations_severed", "BOL", "ISR", "2009-01")
    ]
    # Outside his terms the name stands for no state.
    assert "BOL" not in {a for _, a, _, _ in events("In 1980 Morales severed ties with Israel.", "Israel")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("In 2016 Peru lowered the level of its diplomatic relations with Bolivia.", "relations_downgraded"),
        ("In 1826 Peru and Bolivia entered into diplomatic relations.", "relations_established"),
        ("In 2016 Peru slammed the Bolivian decision.", "criticism_expressed"),
        ("In 2016 Peru lashed out at Bolivia over the vote.", "criticism_expressed"),
        ("In 2016 Peru pulled its ambassador out of La Paz.", "envoy_withdrawn"),
        ("Peru and Bolivia have had no diplomatic relations since 2016.", "relations_severed"),
    ],
)
def test_more_wordings_of_acts(body: str, expected: str) -> None:
    assert {t for t, *_ in events(body, "Bolivia–Peru relations")} == {expected}


def test_an_act_one_is_reluctant_to_do_is_not_done() -> None:
    assert statuses(
        "In 2016 Peru was reluctant to reopen its embassy in La Paz.", "Bolivia–Peru relations"
    ) == [("embassy_opened", "PER", "BOL", "denied")]


def test_the_envoys_of_states_listed_are_each_expelled() -> None:
    body = "In 2019 Peru expelled the ambassadors of Bolivia and Ecuador."
    assert events(body, "Bolivia–Peru relations") == [
        ("envoy_expelled", "PER", "BOL", "2019"),
        ("envoy_expelled", "PER", "ECU", "2019"),
    ]


def test_a_state_described_on_a_list_is_still_on_it() -> None:
    body = "Chile and neighbouring Bolivia broke off diplomatic relations in 1978."
    assert events(body) == [("relations_severed", "CHL", "BOL", "1978")]
    assert events("Bolivia and its ally Peru recalled their ambassadors from Chile in 1978.") == [
        ("envoy_recalled", "BOL", "CHL", "1978"),
        ("envoy_recalled", "PER", "CHL", "1978"),
    ]


def test_an_envoy_asked_to_leave_is_expelled() -> None:
    assert events("In 2010 Chile asked the Bolivian ambassador to leave the country.") == [
        ("envoy_expelled", "CHL", "BOL", "2010")
    ]
    assert events("In 2010 Chile demanded that the Bolivian consul leave within two days.") == [
        ("envoy_expelled", "CHL", "BOL", "2010")
    ]
    assert events("In 2010 Chile asked its citizens to leave Bolivia.") == []


def test_a_leader_received_by_his_states_name_visits_the_host() -> None:
    for body in (
        "In 2023 the Chilean president received his Bolivian counterpart in Santiago.",
        "In 2023 the Chilean president hosted the Bolivian president for a working visit.",
    ):
        assert events(body) == [("leader_visited", "BOL", "CHL", "2023")], body
    assert events("In 2023 the Chilean foreign minister received his Bolivian counterpart.") == []


def test_a_date_after_a_verb_of_saying_is_not_the_acts_start() -> None:
    found = statuses("Bolivia will reopen its embassy in Chile, La Paz said on 3 May 2021.")
    assert [s for *_, s in found] == ["announced"]


def test_a_mission_opened_founded_or_granted_embassy_status() -> None:
    assert events("In 1991 Bolivia opened a mission in Santiago.") == [
        ("embassy_opened", "BOL", "CHL", "1991")
    ]
    assert events("The founding of a Bolivian mission in Santiago in 1991 changed little.") == [
        ("embassy_opened", "BOL", "CHL", "1991")
    ]
    assert events("In 2005 the Bolivian mission in Santiago was granted embassy status.") == [
        ("relations_upgraded", "BOL", "CHL", "2005")
    ]


def test_a_prefix_written_apart_is_the_same_verb() -> None:
    assert events("The Bolivian embassy in Santiago was re-opened in 2009.") == [
        ("embassy_opened", "BOL", "CHL", "2009")
    ]
    assert events("Chile and Bolivia re-established diplomatic relations in 1991.") == [
        ("relations_restored", "CHL", "BOL", "1991")
    ]


def test_mediation_between_two_states_is_aimed_at_each() -> None:
    assert events("In 1914 Peru offered to mediate between Chile and Bolivia.") == [
        ("mediation_offered", "PER", "CHL", "1914"),
        ("mediation_offered", "PER", "BOL", "1914"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Breaking relations with Chile remains an option, Bolivia said in 2010.",
        "Bolivia said in 2010 that a rupture of relations with Chile is a possibility.",
        'Bolivia said in 2010 that breaking relations with Chile "would send a message".',
        "In 2010 Bolivia voiced its hope for the restoration of relations with Chile.",
    ],
)
def test_an_act_only_possible_or_wished_for_is_no_act(sentence: str) -> None:
    assert events(sentence) == []


def test_fighting_against_a_state_is_armed_conflict() -> None:
    assert events("In 1879 Chile fought against Bolivia.") == [("armed_clash", "CHL", "BOL", "1879")]


def test_the_holy_sees_envoy_and_mission_are_its_own() -> None:
    assert events("In 2022 Bolivia expelled the apostolic nuncio.") == [
        ("envoy_expelled", "BOL", "VAT", "2022")
    ]
    assert events("In 2022 Bolivia withdrew the agrément of the papal nuncio.") == [
        ("envoy_expelled", "BOL", "VAT", "2022")
    ]
    assert events("The Apostolic Nunciature in La Paz was closed in 2022.") == [
        ("embassy_closed", "VAT", "BOL", "2022")
    ]


def test_relations_formalised_are_established() -> None:
    assert events("Relations between Chile and Bolivia were formalised in 1879.") == [
        ("relations_established", "CHL", "BOL", "1879")
    ]


def test_a_verb_of_denial_before_and_is_not_the_next_verbs() -> None:
    assert statuses("In 2010 Bolivia denied the claims and expelled the Chilean ambassador.") == [
        ("envoy_expelled", "BOL", "CHL", None)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In 1983 Peru backed Bolivia against Chile.", ("support_expressed", "PER", "BOL", "1983")),
        ("In 1994 Chile made peace with Bolivia.", ("peace_signed", "CHL", "BOL", "1994")),
        ("In 1879 Chile fought Bolivia.", ("armed_clash", "CHL", "BOL", "1879")),
        ("In 1879 Chile sent its troops against Bolivia.", ("armed_clash", "CHL", "BOL", "1879")),
        (
            "In 2014 Ana Rojas was chosen as Bolivia's new ambassador to Chile.",
            ("envoy_appointed", "BOL", "CHL", "2014"),
        ),
        (
            "In 2014 Ana Rojas was appointed ambassador to Chile by Bolivia.",
            ("envoy_appointed", "BOL", "CHL", "2014"),
        ),
    ],
)
def test_more_wordings_of_support_peace_war_and_appointment(sentence: str, expected: tuple[str, ...]) -> None:
    assert events(sentence) == [expected]


def test_an_envoy_expelled_from_a_state_is_expelled_by_it() -> None:
    found = events("In 2006 Bolivia protested the expulsion of its consul from Chile.")
    assert [e for e in found if e[0] == "envoy_expelled"] == [("envoy_expelled", "CHL", "BOL", "2006")]


def test_a_headlines_bare_names_on_an_envoy_and_an_act() -> None:
    assert events("Bolivia recalls Chile envoy over border row in 2010.") == [
        ("envoy_recalled", "BOL", "CHL", "2010")
    ]
    assert events("Bolivia objects to Chile expulsion order in 2010.") == [
        ("envoy_expelled", "CHL", "BOL", "2010")
    ]
    # A state named after the envoy is his own, whoever acts.
    assert events("In 2021 Chile accepted Ana Rojas as the new ambassador of Bolivia.") == [
        ("envoy_appointed", "BOL", "CHL", "2021")
    ]


def test_an_act_one_is_due_or_invited_to_do_is_not_done() -> None:
    found = statuses("In 2010 the Bolivian ambassador was due to present his credentials in Santiago.")
    assert [s for *_, s in found] == ["announced"]


def test_a_negation_before_a_phrase_still_reaches_the_infinitive() -> None:
    found = statuses(
        "There is no intention through this exercise to sever relations between Chile and Bolivia."
    )
    assert [s for *_, s in found] == ["denied"]


def test_the_means_of_an_act_shares_its_subject_and_mood() -> None:
    found = statuses("Peru demanded that Chile recognise Bolivia by establishing diplomatic relations.")
    assert ("relations_established", "CHL", "BOL", "demanded") in found
    assert not [f for f in found if f[3] is None]


def test_measures_imposed_on_a_state_are_sanctions() -> None:
    assert events("In 1994 Chile imposed economic measures on Bolivia.") == [
        ("sanctions_imposed", "CHL", "BOL", "1994")
    ]
    body = (
        "In 1995 an accord ended the measures that had been imposed by Chile on Bolivia on 16 February 1994."
    )
    assert ("sanctions_imposed", "CHL", "BOL", "1994-02-16") in events(body)


def test_travel_without_obtaining_a_visa_lifts_visas() -> None:
    body = "In 2018 Chile let nationals of Bolivia enter for 30 days without obtaining a visa."
    assert events(body) == [("visa_lifted", "CHL", "BOL", "2018")]
