"""Reading rules, each family tested on sentences written for these tests (not from the corpus)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from legation.claims import Membership, Mission, Statistic
from legation.reading.extract import extract_document
from legation.text.documents import parse_text

from .conftest import events, one, read

# ---------------------------------------------------------------- voices and sides


def test_active_voice_gives_subject_as_actor_and_object_as_target() -> None:
    assert events("On 3 May 1978, Bolivia broke off diplomatic relations with Chile.") == [
        ("relations_severed", "BOL", "CHL", "1978-05-03")
    ]


def test_passive_voice_with_agent() -> None:
    e = one("On 3 May 1978, diplomatic relations were severed by Bolivia.")
    assert (e.type, e.actor, e.target) == ("relations_severed", "BOL", "CHL")


def test_passive_voice_without_agent_is_the_articles_pair() -> None:
    e = one("Relations were restored in March 1990.")
    assert (e.type, e.directed, {e.actor, e.target}, e.date) == (
        "relations_restored",
        False,
        {"CHL", "BOL"},
        "1990-03",
    )


def test_capitals_and_government_phrases_stand_for_their_state() -> None:
    assert events("In 1962 La Paz broke with Santiago.") == [("relations_severed", "BOL", "CHL", "1962")]
    e = one("On 2 June 2004 the Chilean Foreign Ministry condemned the Bolivian government.")
    assert (e.type, e.actor, e.target) == ("criticism_expressed", "CHL", "BOL")


def test_the_state_of_an_institution_acts() -> None:
    e = one("In 2011 the Congress of Bolivia expressed its concern about Chile.")
    assert (e.actor, e.target) == ("BOL", "CHL")


def test_both_countries_make_one_mutual_act() -> None:
    e = one("In 1975, the two governments restored their relations.")
    assert (e.type, e.directed, {e.actor, e.target}) == ("relations_restored", False, {"BOL", "CHL"})


def test_x_and_y_as_subject_make_a_mutual_act() -> None:
    e = one("Chile and Bolivia froze their relations in 1962.")
    assert (e.type, e.directed, {e.actor, e.target}) == ("relations_suspended", False, {"BOL", "CHL"})


def test_a_mutual_subject_closing_embassies_gives_one_act_each_way() -> None:
    found = events("In 1978, both countries closed their embassies.")
    assert sorted(found) == [
        ("embassy_closed", "BOL", "CHL", "1978"),
        ("embassy_closed", "CHL", "BOL", "1978"),
    ]


def test_several_actors_against_one_target_give_one_event_each() -> None:
    found = events("In 1979, Peru, Ecuador and Argentina cut ties with Chile.")
    assert sorted(found) == [
        ("relations_severed", "ARG", "CHL", "1979"),
        ("relations_severed", "ECU", "CHL", "1979"),
        ("relations_severed", "PER", "CHL", "1979"),
    ]


def test_a_pair_mentioned_in_passing_is_its_own_pair() -> None:
    found = events("In 1899, Argentina established relations with Brazil.")
    assert found == [("relations_established", "ARG", "BRA", "1899")]


def test_a_side_not_named_is_the_other_one_of_the_pair() -> None:
    e = one("In 1904, Bolivia recognised the government.")
    assert (e.type, e.actor, e.target) == ("government_recognized", "BOL", "CHL")


def test_regional_adjectives_are_not_states() -> None:
    e = one("On 1 April 2009, Chile, together with other American countries, condemned Bolivia.")
    assert (e.actor, e.target) == ("CHL", "BOL")


# ---------------------------------------------------------------- ellipsis


def test_followed_suit_copies_the_act_back() -> None:
    found = events(
        "On 4 January 2010, Chile expelled the Bolivian ambassador. Bolivia followed suit the next day."
    )
    assert found == [
        ("envoy_expelled", "CHL", "BOL", "2010-01-04"),
        ("envoy_expelled", "BOL", "CHL", "2010-01-05"),
    ]


def test_did_the_same_in_one_sentence() -> None:
    found = events("Chile recalled its ambassador from La Paz in May 2003, and Bolivia did the same.")
    assert sorted(found) == [
        ("envoy_recalled", "BOL", "CHL", "2003-05"),
        ("envoy_recalled", "CHL", "BOL", "2003-05"),
    ]


# ---------------------------------------------------------------- negation, threats, hypotheticals


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2005, Bolivia threatened to break relations with Chile.",
        "In 2005, Bolivia did not break relations with Chile.",
        "Bolivia could sever relations with Chile.",
        "Bolivia never broke off relations with Chile.",
    ],
)
def test_negated_threatened_or_possible_acts_are_not_read(sentence: str) -> None:
    assert events(sentence) == []


def test_not_recognising_a_government_is_refusing_to() -> None:
    e = one("In 1980 Bolivia did not recognise the government of Chile.")
    assert (e.type, e.actor, e.target) == ("recognition_refused", "BOL", "CHL")


def test_travelling_to_a_capital_is_a_visit() -> None:
    e = one("The Chilean president travelled to La Paz in 2010.")
    assert (e.type, e.actor, e.target) == ("leader_visited", "CHL", "BOL")


def test_weeks_later_and_since() -> None:
    found = events(
        "Bolivia opened an embassy in Santiago on 1 May 1990. Two weeks later, Chile opened its embassy."
    )
    assert found[1][3] == "1990-05-15"
    assert events("Since 2008, Bolivians have been able to enter Chile without a visa.") == [
        ("visa_lifted", "CHL", "BOL", "2008")
    ]


def test_refusing_recognition_is_its_own_type() -> None:
    e = one("In 1891, Bolivia refused to recognize the new government in Santiago.")
    assert (e.type, e.actor, e.target) == ("recognition_refused", "BOL", "CHL")


def test_an_announced_restoration_counts() -> None:
    e = one("On 9 September 1993, the two governments announced that they would restore relations.")
    assert (e.type, e.date) == ("relations_restored", "1993-09-09")


def test_an_agreement_to_normalise_counts() -> None:
    assert (
        events("On 1 June 1999 both governments agreed to normalise relations.")[0][0] == "relations_restored"
    )


# ---------------------------------------------------------------- persons and ranks


def test_envoy_appointed_with_person_rank_and_host() -> None:
    e = one("On 2 April 2006, Bolivia appointed Ana María Quispe Mamani as ambassador in Santiago.")
    assert (e.type, e.actor, e.target, e.person, e.rank) == (
        "envoy_appointed",
        "BOL",
        "CHL",
        "Ana María Quispe Mamani",
        "ambassador",
    )


def test_the_ambassador_later_means_the_last_one_named() -> None:
    found = read(
        "On 2 April 2006, Bolivia appointed Ana María Quispe Mamani as ambassador in Santiago. "
        "The Bolivian ambassador presented her credentials to the Chilean president on 20 May 2006."
    ).events
    assert (found[1].type, found[1].actor, found[1].target, found[1].person) == (
        "credentials_presented",
        "BOL",
        "CHL",
        "Ana María Quispe Mamani",
    )


def test_a_surname_alone_means_the_person_named_before() -> None:
    found = read(
        "On 2 April 2006, Bolivia appointed Ana María Quispe Mamani as ambassador in Santiago. "
        "Quispe presented her credentials on 20 May 2006."
    ).events
    assert found[1].person == "Ana María Quispe Mamani"
    assert (found[1].actor, found[1].target) == ("BOL", "CHL")


def test_a_titled_person_is_bound_to_their_state() -> None:
    found = read(
        "In 1962, Bolivian President Víctor Paz Estenssoro broke off relations with Chile. "
        "In 1975 Paz Estenssoro restored them."
    ).events
    assert (found[0].actor, found[0].target) == ("BOL", "CHL")
    assert (found[1].type, {found[1].actor, found[1].target}) == ("relations_restored", {"BOL", "CHL"})


def test_charge_d_affaires_rank_and_recall() -> None:
    e = one(
        "On 12 March 2012, the Chilean government recalled its chargé d'affaires in La Paz for consultations."
    )
    assert (e.type, e.actor, e.target, e.rank) == ("envoy_recalled", "CHL", "BOL", "charge_d_affaires")


def test_expelled_envoys_belong_to_their_demonyms_state() -> None:
    e = one("On 7 July 2008, Chile expelled three Bolivian diplomats.")
    assert (e.type, e.actor, e.target) == ("envoy_expelled", "CHL", "BOL")


def test_recognised_claimant_is_kept() -> None:
    e = one("On 1 May 2020, Chile recognised Juan Pérez as acting president of Bolivia.")
    assert (e.type, e.actor, e.target, e.person) == ("government_recognized", "CHL", "BOL", "Juan Pérez")


# ---------------------------------------------------------------- dates


def test_month_day_without_year_takes_the_year_before_it() -> None:
    found = events(
        "On 3 May 1978, Bolivia severed relations with Chile. On May 9, Chile closed its embassy in La Paz."
    )
    assert found[1] == ("embassy_closed", "CHL", "BOL", "1978-05-09")


def test_a_month_before_the_anchor_month_is_in_the_next_year() -> None:
    found = events(
        "In October 1978, Bolivia severed relations with Chile, "
        "and in February Chile closed its embassy in La Paz."
    )
    assert found[1][3] == "1979-02"


def test_later_that_month_and_a_month_later() -> None:
    found = events(
        "On 3 May 1978, Bolivia severed relations with Chile. "
        "Later that month Chile closed its embassy in La Paz. "
        "A year later, the two countries restored relations."
    )
    assert [f[3] for f in found] == ["1978-05-03", "1978-05", "1979"]


def test_effective_and_announced_dates_are_both_kept() -> None:
    e = one("On 10 January 2018, Chile announced that Bolivians would need a visa from 1 March 2018.")
    assert (e.type, e.actor, e.target, e.date, e.announced) == (
        "visa_required",
        "CHL",
        "BOL",
        "2018-03-01",
        "2018-01-10",
    )


def test_section_heading_dates_an_undated_sentence() -> None:
    body = (
        "==History==\n===19th century===\nDuring the war, Chile refused to recognise the Bolivian government."
    )
    e = one(body)
    assert e.date == "1800..1899"


def test_a_period_without_date_takes_no_date_from_the_paragraph() -> None:
    body = (
        "In 1850, Chile established relations with Bolivia. "
        "During the occupation, Chile recognized the government of Bolivia."
    )
    found = events(body)
    assert found[1] == ("government_recognized", "CHL", "BOL", None)


def test_an_attributive_year_is_not_the_date() -> None:
    e = one("On 5 June 2018, Chile condemned the 2018 Bolivian referendum as fraudulent.")
    assert e.date == "2018-06-05"


def test_an_undated_sentence_takes_the_paragraphs_date() -> None:
    found = events(
        "In 1990, Bolivia restored relations with Chile. Chile appointed Pedro Soto as ambassador in La Paz."
    )
    assert found[1][3] == "1990"


# ---------------------------------------------------------------- other types


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In 2015 Chile imposed sanctions on Bolivia.", ("sanctions_imposed", "CHL", "BOL")),
        ("In 2016 Chile lifted the sanctions on Bolivia.", ("sanctions_lifted", "CHL", "BOL")),
        ("In 1879 Chile declared war on Bolivia.", ("war_declared", "CHL", "BOL")),
        ("In 1879 Chilean troops invaded Bolivia.", ("armed_clash", "CHL", "BOL")),
        ("In 1904 Chile and Bolivia signed a peace treaty.", ("peace_signed", "CHL", "BOL")),
        ("In 1904 Chile and Bolivia signed a trade agreement.", ("agreement_signed", "CHL", "BOL")),
        (
            "In 2013 Bolivia filed a case against Chile at the International Court of Justice.",
            ("case_referred", "BOL", "CHL"),
        ),
        ("In 2010 Chile closed its border with Bolivia.", ("border_closed", "CHL", "BOL")),
        ("In 2010 Chile granted asylum to Bolivians.", ("asylum_granted", "CHL", "BOL")),
        ("In 2009 Chile offered to mediate talks with Bolivia.", ("mediation_offered", "CHL", "BOL")),
        ("In 2009 Chile expressed its support for Bolivia.", ("support_expressed", "CHL", "BOL")),
        ("In 2012 the Bolivian president visited Chile.", ("leader_visited", "BOL", "CHL")),
        ("In 2012 Chile closed its airspace to Bolivian aircraft.", ("airspace_closed", "CHL", "BOL")),
        ("In 1825 Bolivia declared its independence from Peru.", ("independence_declared", "BOL", "PER")),
        (
            "In 1952 the Bolivian embassy in Santiago was stormed by Chilean protesters.",
            ("embassy_attacked", "CHL", "BOL"),
        ),
    ],
)
def test_event_types(sentence: str, expected: tuple[str, str, str]) -> None:
    e = one(sentence)
    assert (e.type, {e.actor, e.target}) == (expected[0], {expected[1], expected[2]})
    if e.directed:
        assert (e.actor, e.target) == expected[1:]


def test_vote_records_how() -> None:
    e = one("On 4 May 2017, Chile voted against Bolivia in the Organization of American States.")
    assert (e.type, e.vote) == ("vote_cast", "against")


def test_every_event_has_its_sentence_as_evidence() -> None:
    text = "Intro line.\n\nOn 3 May 1978, Bolivia broke off diplomatic relations with Chile."
    extraction = read(text)
    e = extraction.events[0]
    doc = extraction.document
    assert doc.text[e.evidence.start : e.evidence.end] == e.evidence.text
    assert e.evidence.text.startswith("On 3 May 1978")


# ---------------------------------------------------------------- facts


def test_memberships_of_both() -> None:
    claims = read("Both countries are members of the Andean Community and the United Nations.").claims
    found = {(c.country, c.organization) for c in claims if isinstance(c, Membership)}
    assert found == {
        ("CHL", "Andean Community"),
        ("BOL", "Andean Community"),
        ("CHL", "United Nations"),
        ("BOL", "United Nations"),
    }


def test_past_membership_is_not_a_membership() -> None:
    claims = read("Both countries were members of the Andean Pact.").claims
    assert not [c for c in claims if isinstance(c, Membership)]


def test_migration_figures_with_decimal_comma_and_scale() -> None:
    claims = read(
        "In 2019, 1.2 million Bolivians lived in Chile, "
        "representing 12,5% of foreign residents in the country."
    ).claims
    stats = {
        (s.origin, s.destination, s.year, s.measure, s.value) for s in claims if isinstance(s, Statistic)
    }
    assert stats == {
        ("BOL", "CHL", 2019, "residents", 1_200_000),
        ("BOL", "CHL", 2019, "share_of_foreign_residents", 0.125),
    }


def test_infobox_missions_and_impossible_ones() -> None:
    text = (
        "= Chile–Bolivia relations =\n\nInfobox\n- Mission1: Embassy of Chile, La Paz\n"
        "- Mission2: Embassy of Bolivia, La Paz\n\nText.\n"
    )
    from legation.reading.extract import extract_document
    from legation.text.documents import parse_text

    extraction = extract_document(parse_text(text, name="m.txt"))
    missions = [(m.country, m.host) for m in extraction.claims if isinstance(m, Mission)]
    assert missions == [("CHL", "BOL")]
    assert len(extraction.warnings) == 1 and "own capital" in extraction.warnings[0]


def test_relations_between_two_named_states_are_theirs() -> None:
    e = one("Diplomatic relations between Argentina and Brazil were established on 3 December 1891.")
    assert (e.type, e.directed, {e.actor, e.target}, e.date) == (
        "relations_established",
        False,
        {"ARG", "BRA"},
        "1891-12-03",
    )


def test_a_ministers_visit_is_not_a_leaders() -> None:
    assert events("In 2015 the Chilean foreign minister visited La Paz.") == []
    assert events("In 2015 the Chilean prime minister visited La Paz.") == [
        ("leader_visited", "CHL", "BOL", "2015")
    ]


def test_missions_a_sentence_states() -> None:
    claims = read("Chile has an embassy in La Paz. Bolivia has an embassy in Santiago.").claims
    assert {(m.country, m.host, m.name) for m in claims if isinstance(m, Mission)} == {
        ("CHL", "BOL", "Embassy of Chile"),
        ("BOL", "CHL", "Embassy of Bolivia"),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In 1990 Bolivians seized the Chilean embassy in La Paz.", ("embassy_attacked", "BOL", "CHL")),
        ("In 1990 Chile froze Bolivian assets.", ("sanctions_imposed", "CHL", "BOL")),
        ("In 1990 President Juan Rojas signed a decree banning Chilean trade with Bolivia.",
         ("sanctions_imposed", "CHL", "BOL")),
        ("In 1990 Chile designated Bolivia a state sponsor of terrorism.",
         ("sanctions_imposed", "CHL", "BOL")),
        ("In 1990 Chile fired rockets at Bolivian positions.", ("armed_clash", "CHL", "BOL")),
        ("In 1990 a Chilean drone strike hit a Bolivian convoy.", ("armed_clash", "CHL", "BOL")),
        ("In 1850 Bolivia dispatched its first envoy, Pedro Soto, to Santiago.",
         ("envoy_appointed", "BOL", "CHL")),
        ("In 1850 Pedro Soto was appointed by Bolivia as the first resident envoy to Chile.",
         ("envoy_appointed", "BOL", "CHL")),
    ],
)  # fmt: skip
def test_more_wordings(sentence: str, expected: tuple[str, str, str]) -> None:
    e = one(sentence)
    assert (e.type, e.actor, e.target) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In 1879, war broke out between the two countries.", ("armed_clash", False)),
        ("The Lima Accord, signed on 5 May 1904, ended the war.", ("peace_signed", False)),
        ("In 1990 the two countries agreed on a ceasefire.", ("peace_signed", False)),
        ("In 1990 Chile revoked Bolivia's most favoured nation status.", ("sanctions_imposed", True)),
        ("In 1990 Chile shot down a Bolivian aircraft.", ("armed_clash", True)),
        ("In 1990 the Chilean president made a surprise visit to Cochabamba.", ("leader_visited", True)),
    ],
)
def test_wordings_of_war_peace_and_visits(sentence: str, expected: tuple[str, bool]) -> None:
    e = one(sentence)
    assert (e.type, e.directed, {e.actor, e.target}) == (*expected, {"CHL", "BOL"})


def test_an_attack_by_no_one_named_is_mutual_and_a_date_is_not_its_target() -> None:
    found = read("After an attack on the Chilean border post in May 1990, Chile closed the border.").events
    assert [(e.type, e.directed, {e.actor, e.target}) for e in found] == [
        ("armed_clash", False, {"CHL", "BOL"}),
        ("border_closed", True, {"CHL", "BOL"}),
    ]
    assert events("After the Oruro attack on 3 May 1990, Chile protested to Bolivia.") == [
        ("criticism_expressed", "CHL", "BOL", "1990-05-03")
    ]


def test_the_object_of_one_clause_is_not_the_subject_of_the_next() -> None:
    found = events(
        "In 1971, Chile recognised Peru, and Bolivia broke off relations with Peru shortly afterwards."
    )
    assert ("relations_severed", "BOL", "PER", "1971..1972") in found
    assert ("government_recognized", "CHL", "PER", "1971") in found


def test_an_expelled_envoy_named_after_his_title() -> None:
    e = one("In 2019 Chile expelled the Bolivian ambassador, Rodrigo Paz, from Santiago.")
    assert (e.type, e.actor, e.target, e.person) == ("envoy_expelled", "CHL", "BOL", "Rodrigo Paz")


def test_counts_of_nationals_with_irregular_plurals() -> None:
    claims = read("About 40,000 Poles lived in Chile in 2021.", title="Chile–Poland relations").claims
    stats = [(s.origin, s.destination, s.year, s.value) for s in claims if isinstance(s, Statistic)]
    assert stats == [("POL", "CHL", 2021, 40000)]


def test_recognising_a_line_or_a_border_is_not_recognising_a_government() -> None:
    assert events("In 1950 Chile recognised the river as the border with Bolivia.") == []


def test_relations_broken_and_restored_in_one_sentence() -> None:
    assert events("Relations were broken in 1962 and restored in 1975.") == [
        ("relations_severed", "CHL", "BOL", "1962"),
        ("relations_restored", "CHL", "BOL", "1975"),
    ]
    found = events(
        "In 1962 Bolivia broke relations with Chile; they were restored in 1975 and broken again in 1978."
    )
    assert [(t, d) for t, _, _, d in found] == [
        ("relations_severed", "1962"),
        ("relations_restored", "1975"),
        ("relations_severed", "1978"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In 2012 Bolivia recalled its ambassador from Chile in protest.", ["envoy_recalled"]),
        ("In 2011 Chile lodged a formal protest with Bolivia.", ["criticism_expressed"]),
        ("The Chilean consulate in La Paz was upgraded to an embassy in 2000.", ["relations_upgraded"]),
        ("Chile supported Bolivia's bid to join Mercosur in 2015.", ["support_expressed"]),
        (
            "In 2016 Bolivia voted in favour of a resolution condemning Chile.",
            ["vote_cast", "criticism_expressed"],
        ),
    ],
)
def test_which_types_a_sentence_gives(sentence: str, expected: list[str]) -> None:
    assert [t for t, *_ in events(sentence)] == expected


def test_a_passive_with_no_state_takes_the_sides_of_the_act_before() -> None:
    found = events("In 2023 Chile eased its sanctions on Bolivia; they were reimposed in April 2024.")
    assert found == [
        ("sanctions_lifted", "CHL", "BOL", "2023"),
        ("sanctions_imposed", "CHL", "BOL", "2024-04"),
    ]


def test_an_embassy_suspending_operations_is_closed() -> None:
    e = one("The Chilean embassy in La Paz suspended operations in March 2019.")
    assert (e.type, e.actor, e.target, e.date) == ("embassy_closed", "CHL", "BOL", "2019-03")


def test_relations_between_two_long_names() -> None:
    e = one("Relations between the United States and Bolivia were established in 1849.")
    assert (e.type, {e.actor, e.target}, e.directed) == ("relations_established", {"USA", "BOL"}, False)


def test_one_act_for_each_state_aimed_at() -> None:
    found = events("Chile declared war on Peru and Bolivia on 5 April 1879.", title="Chile–Peru relations")
    assert found == [
        ("war_declared", "CHL", "PER", "1879-04-05"),
        ("war_declared", "CHL", "BOL", "1879-04-05"),
    ]


def test_relations_broken_then_re_established_in_coordinated_clauses() -> None:
    found = events("Relations were broken off in 1910 after riots in Oruro, and were re-established in 1928.")
    assert [(t, d) for t, _, _, d in found] == [("relations_severed", "1910"), ("relations_restored", "1928")]


def test_a_treaty_named_after_a_city_signed_in_the_passive() -> None:
    e = one("The Treaty of Santiago was signed in 1929.")
    assert (e.type, {e.actor, e.target}, e.directed) == ("agreement_signed", {"CHL", "BOL"}, False)


def test_troops_occupying_a_capital() -> None:
    e = one("Chilean troops occupied La Paz in January 1881.")
    assert (e.type, e.actor, e.target, e.date) == ("armed_clash", "CHL", "BOL", "1881-01")


WORDS = [
    "Peru",
    "Venezuela",
    "Chile",
    "the",
    "of",
    "and",
    ",",
    ".",
    ";",
    "(",
    ")",
    "both",
    "countries",
    "relations",
    "broke",
    "off",
    "restored",
    "recalled",
    "its",
    "ambassador",
    "embassy",
    "in",
    "Lima",
    "Caracas",
    "was",
    "by",
    "not",
    "followed",
    "suit",
    "did",
    "the",
    "same",
    "On",
    "January",
    "23",
    ",",
    "2019",
    "In",
    "1992",
    "later",
    "that",
    "month",
    "the",
    "next",
    "day",
    "recognised",
    "Juan",
    "Guaidó",
    "as",
    "president",
    "Venezuelans",
    "visa",
    "from",
    "as",
    "of",
    "members",
    "United",
    "Nations",
    "86,8%",
    "1,794",
    "immigrants",
    "between",
    "and",
    "expelled",
    "diplomats",
    "declared",
    "war",
    "on",
    "signed",
    "treaty",
    "=",
    "==",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.booleans())
def test_any_jumble_of_words_reads_without_failing(words: list[str], titled: bool) -> None:
    text = " ".join(words)
    extraction = read(text) if titled else extract_document(parse_text(text))
    for e in extraction.events:
        assert e.actor != e.target
        assert extraction.document.text[e.evidence.start : e.evidence.end] == e.evidence.text


def test_relations_held_since_a_year_and_none_since_another() -> None:
    assert events("Chile has had diplomatic relations with Bolivia since 1850.") == [
        ("relations_established", "CHL", "BOL", "1850")
    ]
    # No relations since a year: they lapsed then.
    assert events("Chile and Bolivia have had no diplomatic relations since 1978.") == [
        ("relations_severed", "CHL", "BOL", "1978")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In 1950 Chile opened diplomatic relations with Bolivia.", ("relations_established", "CHL", "BOL")),
        ("In 1978 Bolivia ended diplomatic relations with Chile.", ("relations_severed", "BOL", "CHL")),
        ("In 2001 Chile appointed Juan Soto ambassador to Bolivia.", ("envoy_appointed", "CHL", "BOL")),
        ("In 2011 Chile evacuated its embassy in La Paz.", ("embassy_closed", "CHL", "BOL")),
    ],
)
def test_other_wordings_of_relations_envoys_and_embassies(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    e = one(sentence)
    assert (e.type, e.actor, e.target) == expected


def test_taking_a_state_to_court_and_summoning_a_consul() -> None:
    assert events("Bolivia took Chile to the International Court of Justice in 2013.") == [
        ("case_referred", "BOL", "CHL", "2013")
    ]
    assert events("In 2023 Chile summoned the Bolivian consul in Santiago.") == [
        ("criticism_expressed", "CHL", "BOL", "2023")
    ]


def test_annexation_and_an_airspace_ban() -> None:
    found = events(
        "In 1879 Chile declared war on Bolivia. Chile annexed the province of Antofagasta in 1884."
    )
    assert found[1] == ("armed_clash", "CHL", "BOL", "1884")
    assert events("Chile's army invaded the lands of the Mapuche in the 1860s.") == []
    assert events("Bolivia banned Chilean airlines from its airspace in 2015.") == [
        ("airspace_closed", "BOL", "CHL", "2015")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile supported the resolution in the General Assembly.",
        "Bolivia expressed concern about climate change.",
        "Bolivia voted for the new secretary-general.",
        "Bolivia recalled that the treaty had been imposed by force.",
    ],
)
def test_what_a_state_says_of_no_one_is_not_aimed_at_the_other_side(sentence: str) -> None:
    assert events(sentence) == []


def test_what_a_state_says_in_a_paragraph_about_the_pair_is_aimed_at_the_other_side() -> None:
    found = events(
        "In 2019 Bolivia recalled its ambassador from Santiago. Chile condemned the decision the same day."
    )
    assert found[1] == ("criticism_expressed", "CHL", "BOL", "2019")


def test_recalls_in_the_passive_and_of_high_commissioners() -> None:
    e = one("On 30 October 2019, Bolivia's ambassador in Santiago was recalled for consultations.")
    assert (e.type, e.actor, e.target, e.rank) == ("envoy_recalled", "BOL", "CHL", "ambassador")
    e = one("In 2001 Chile recalled its High Commissioner from La Paz.")
    assert (e.type, e.actor, e.target) == ("envoy_recalled", "CHL", "BOL")


def test_lifting_a_ban() -> None:
    assert events("Chile lifted its ban on Bolivian beef in 2012.") == [
        ("sanctions_lifted", "CHL", "BOL", "2012")
    ]


def test_who_places_whom_on_a_list_of_sponsors_of_terrorism() -> None:
    body = (
        "In 1999 the State Department put Bolivia on its list of state sponsors of terrorism. "
        "Chile listed Bolivia as a sponsor of terrorism again in 2004."
    )
    assert events(body) == [
        ("sanctions_imposed", "USA", "BOL", "1999"),
        ("sanctions_imposed", "CHL", "BOL", "2004"),
    ]


def test_what_relations_underwent_listed_with_dates() -> None:
    found = events(
        "Diplomatic relations were established in 1922, interrupted in 1939 for decades, "
        "to be re-established in 1991."
    )
    assert [(t, {a, b}, d) for t, a, b, d in found] == [
        ("relations_established", {"BOL", "CHL"}, "1922"),
        ("relations_suspended", {"BOL", "CHL"}, "1939"),
        ("relations_restored", {"BOL", "CHL"}, "1991"),
    ]


def test_a_reference_mark_glued_to_a_word_is_cut_off() -> None:
    assert events(
        "In 2014 Bolivia restored diplomatic ties with Chile.[3] Chile agreed;[note 1] it was time."
    ) == [("relations_restored", "BOL", "CHL", "2014")]


def test_an_abbreviated_state_name() -> None:
    assert events("On 27 December 2018 the UAE reopened its embassy in Damascus.", "Syria–UAE relations") == [
        ("embassy_opened", "ARE", "SYR", "2018-12-27")
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Relations were severed in 1978 but restored in 1990.",
            [("relations_severed", "1978"), ("relations_restored", "1990")],
        ),
        ("In 2014 Chile suspended operations at its embassy in La Paz.", [("embassy_closed", "2014")]),
        ("The 1986 Chilean bombing of Bolivia was brief.", [("armed_clash", "1986")]),
        ("Brief military clashes broke out in 1987.", [("armed_clash", "1987")]),
        (
            "In July 1988 Chile and Bolivia declared an end to their state of war.",
            [("peace_signed", "1988-07")],
        ),
        (
            "In 2020 Chile and Bolivia inked three memorandums of understanding.",
            [("agreement_signed", "2020")],
        ),
        (
            "In 2017 Bolivia declared persona non grata the Chilean ambassador and expelled him.",
            [("envoy_expelled", "2017")],
        ),
    ],
)
def test_more_wordings_of_real_reports(body: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, d) for t, _, _, d in events(body)] == expected


def test_a_numbered_thing_is_no_year() -> None:
    # The vote's date is the month the sentence gives, not the resolution's number read as a year.
    assert events("Bolivia voted for Resolution 1874 against Chile in June 2009.") == [
        ("vote_cast", "BOL", "CHL", "2009-06")
    ]
    assert events("Bolivia voted for Resolution 1874 against Chile.") == [("vote_cast", "BOL", "CHL", None)]


def test_taiwanese_is_taiwans_word() -> None:
    assert events("In 2016 the Taiwanese president visited Panama.", "Panama–Taiwan relations") == [
        ("leader_visited", "TWN", "PAN", "2016")
    ]
