"""Reading Spanish: each rule family on sentences written for these tests, the same events as English,
and one store holding both languages (an act reported in each is one act with two sources)."""

from __future__ import annotations

from datetime import date

import pytest

from legation.claims import Event
from legation.reading.extract import extract_document
from legation.state.queries import pair_state
from legation.store import Store
from legation.text.documents import parse_text


def spanish(body: str, title: str | None = None) -> list[Event]:
    head = f"= {title} =\n\n" if title else ""
    return list(extract_document(parse_text(head + body + "\n", name="t.txt", language="es")).events)


def read(body: str) -> list[tuple[str, str, str, str | None]]:
    return [(e.type, e.actor, e.target, e.date) for e in spanish(body) if e.occurred]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Chile rompió relaciones diplomáticas con Bolivia el 3 de marzo de 2010.",
            ("relations_severed", "CHL", "BOL", "2010-03-03"),
        ),
        (
            "El gobierno boliviano expulsó al embajador chileno el 4 de marzo de 2010.",
            ("envoy_expelled", "BOL", "CHL", "2010-03-04"),
        ),
        (
            "Ecuador llamó a consultas a su embajador en Lima el 5 de mayo de 2011.",
            ("envoy_recalled", "ECU", "PER", "2011-05-05"),
        ),
        (
            "Colombia retiró a su encargado de negocios en Quito en junio de 2012.",
            ("envoy_withdrawn", "COL", "ECU", "2012-06"),
        ),
        ("Brasil cerró su embajada en Caracas en 2016.", ("embassy_closed", "BRA", "VEN", "2016")),
        (
            "El gobierno peruano declaró persona non grata al embajador venezolano en 2017.",
            ("envoy_expelled", "PER", "VEN", "2017"),
        ),
        (
            "Venezuela suspendió los vuelos con Panamá en julio de 2024.",
            ("sanctions_imposed", "VEN", "PAN", "2024-07"),
        ),
        (
            "Colombia cerró la frontera con Venezuela en agosto de 2015.",
            ("border_closed", "COL", "VEN", "2015-08"),
        ),
        (
            "Torre Tagle llamó a consultas al embajador peruano en Caracas en 2018.",
            ("envoy_recalled", "PER", "VEN", "2018"),
        ),
        (
            "La Casa Rosada retiró a su embajador en Venezuela en 2019.",
            ("envoy_withdrawn", "ARG", "VEN", "2019"),
        ),
        (
            "En marzo de 2019 el Palacio de Miraflores expulsó al embajador peruano.",
            ("envoy_expelled", "VEN", "PER", "2019-03"),
        ),
        (
            "Chile ha roto por sorpresa sus relaciones con Bolivia en abril de 2012.",
            ("relations_severed", "CHL", "BOL", "2012-04"),
        ),
        (
            "En 2013 Bolivia ha ordenado al encargado de negocios chileno en La Paz que abandone el país.",
            ("envoy_expelled", "BOL", "CHL", "2013"),
        ),
        ("Bolivia se independizó de España en 1825.", ("independence_declared", "BOL", "ESP", "1825")),
        (
            "El 3 de mayo de 2011 Chile acusó a Bolivia de apoyar a grupos armados.",
            ("criticism_expressed", "CHL", "BOL", "2011-05-03"),
        ),
        (
            "El 3 de mayo de 2011 Bolivia y Chile acordaron poner fin al estado de guerra.",
            ("peace_signed", "BOL", "CHL", "2011-05-03"),
        ),
        (
            "El 3 de mayo de 2011 el embajador boliviano en Chile fue llamado a consultas por su gobierno.",
            ("envoy_recalled", "BOL", "CHL", "2011-05-03"),
        ),
        (
            "El 3 de mayo de 2011 Bolivia redujo el nivel de sus relaciones con Chile.",
            ("relations_downgraded", "BOL", "CHL", "2011-05-03"),
        ),
        (
            "El presidente chileno realizó una visita oficial a Bolivia en 2011.",
            ("leader_visited", "CHL", "BOL", "2011"),
        ),
        (
            "En 2011 el gobierno chileno nombró a Pedro Soto embajador en Bolivia.",
            ("envoy_appointed", "CHL", "BOL", "2011"),
        ),
        (
            "Pedro Soto fue nombrado embajador de Chile en Bolivia en 2011.",
            ("envoy_appointed", "CHL", "BOL", "2011"),
        ),
        (
            "En 2011 Bolivia retiró el beneplácito al nuncio apostólico.",
            ("envoy_expelled", "BOL", "VAT", "2011"),
        ),
        (
            "En 2011 Bolivia le dio al nuncio apostólico una semana para dejar el país.",
            ("envoy_expelled", "BOL", "VAT", "2011"),
        ),
        (
            "Las relaciones entre Chile y Bolivia se formalizaron en marzo de 1879.",
            ("relations_established", "CHL", "BOL", "1879-03"),
        ),
    ],
)
def test_the_acts_of_the_spanish_trigger_table(sentence: str, expected: tuple[str, ...]) -> None:
    assert read(sentence) == [expected]


def test_relations_restored_by_both_are_one_mutual_act() -> None:
    (e,) = spanish("Cuba y Honduras restablecieron relaciones diplomáticas en 2002.")
    assert (e.type, e.directed, {e.actor, e.target}, e.date) == (
        "relations_restored",
        False,
        {"CUB", "HND"},
        "2002",
    )


def test_impersonal_se_is_a_passive_with_no_agent() -> None:
    (e,) = spanish("En 1995 se rompieron las relaciones entre Ecuador y Perú.")
    assert (e.type, {e.actor, e.target}, e.date) == ("relations_severed", {"ECU", "PER"}, "1995")


def test_recognition_of_a_person_as_acting_president() -> None:
    (e,) = spanish(
        "Paraguay reconoció a Ana Ruiz como presidenta encargada de Uruguay el 2 de febrero de 2019."
    )
    assert (e.type, e.actor, e.target, e.person) == ("government_recognized", "PRY", "URY", "Ana Ruiz")


def test_a_noun_of_recognition_takes_its_actor_after_de_when_a_follows() -> None:
    (e,) = spanish(
        "La cancillería ratificó el reconocimiento de Chile a Luis Soto como presidente de Bolivia."
    )
    assert (e.type, e.actor, e.target, e.person) == ("government_recognized", "CHL", "BOL", "Luis Soto")


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("El canciller chileno anunció que Chile retirará a su embajador en La Paz.", "announced"),
        ("Argentina exigirá visa a los ciudadanos mexicanos.", "announced"),
        ("Chile amenazó con cerrar su embajada en La Paz.", "threatened"),
    ],
)
def test_future_and_cues_make_an_act_not_done(sentence: str, status: str) -> None:
    (e,) = spanish(sentence)
    assert e.status == status


def test_not_recognising_a_government_is_refusing_to() -> None:
    (e,) = spanish("México no reconoce al gobierno de Dina Boluarte, dijo la Cancillería mexicana en 2023.")
    assert (e.type, e.actor, e.target, e.status) == ("recognition_refused", "MEX", "PER", None)


def test_a_future_act_with_a_stated_start_or_done_at_once_is_decided() -> None:
    (visa,) = spanish("Los venezolanos necesitarán visa para entrar a Ecuador desde el 26 de agosto de 2019.")
    assert (visa.type, visa.actor, visa.target, visa.date, visa.status) == (
        "visa_required",
        "ECU",
        "VEN",
        "2019-08-26",
        None,
    )
    (back,) = spanish("Todo el personal diplomático de Chile en Bolivia regresará inmediatamente al país.")
    assert (back.type, back.actor, back.status) == ("envoy_withdrawn", "CHL", None)


@pytest.mark.parametrize("demonym", ["peruano", "peruana", "peruanos", "peruanas"])
def test_demonyms_in_all_four_forms(demonym: str) -> None:
    noun = {"peruano": "el embajador", "peruana": "la embajadora", "peruanos": "los diplomáticos"}.get(
        demonym, "las diplomáticas"
    )
    (e,) = spanish(f"Venezuela expulsó a {noun} {demonym} en 2017.")
    assert (e.type, e.actor, e.target) == ("envoy_expelled", "VEN", "PER")


def test_a_spanish_report_dates_its_acts_from_its_dateline() -> None:
    body = (
        "LIMA, 10 de abril de 2024.- El Perú rompió relaciones con Venezuela este lunes, informó la "
        "Cancillería.\n\nVenezuela expulsó al embajador peruano el 28 de los corrientes."
    )
    found = [(e.type, e.date) for e in spanish(body)]
    assert found == [("relations_severed", "2024-04-08"), ("envoy_expelled", "2024-03-28")]
    first = spanish(body)[0]
    assert first.evidence.text.startswith("El Perú") and first.evidence.language == "es"


def test_a_described_state_is_not_the_one_named_just_before_it() -> None:
    body = (
        "Perú aceptó el nombramiento de Luis Pardo como nuevo embajador de Venezuela en la nación andina "
        "el 3 de mayo de 2021."
    )
    (e,) = spanish(body)
    assert (e.type, e.actor, e.target) == ("envoy_appointed", "VEN", "PER")


def test_an_act_reported_in_english_and_in_spanish_is_one_act_with_two_sources(store: Store) -> None:
    english = "Chile broke off diplomatic relations with Bolivia on 3 March 2010.\n"
    castellano = "Chile rompió relaciones diplomáticas con Bolivia el 3 de marzo de 2010.\n"
    for name, text in (("en.txt", english), ("es.txt", castellano)):
        store.ingest(extract_document(parse_text(text, name=name)), source=name)
    basis = pair_state(store, "BOL", "CHL", date(2011, 1, 1)).values["relations"]
    assert basis.value.value == "severed"
    assert basis.value.event is not None
    sources = {basis.value.event.source, *(e.source for e in basis.agreeing)}
    assert sources == {"en.txt", "es.txt"}
    languages = {
        basis.value.event.event.evidence.language,
        *(e.event.evidence.language for e in basis.agreeing),
    }
    assert languages == {"en", "es"}
    assert sorted(d.language or "" for d in store.documents()) == ["en", "es"]


def test_relations_broken_over_a_period_are_broken_at_its_start_and_restored_at_its_end() -> None:
    assert [
        (t, d)
        for t, _, _, d in read("Las relaciones entre Chile y Bolivia estuvieron rotas entre 1978 y 1990.")
    ] == [
        ("relations_severed", "1978"),
        ("relations_restored", "1990"),
    ]


def test_a_participle_after_relations_is_an_act_of_its_own_with_its_own_date() -> None:
    body = (
        "date 2023-03-10 Nota\n\nChile y Bolivia anunciaron este viernes un acuerdo para restablecer sus "
        "relaciones, rotas por La Paz en 1978."
    )
    assert sorted((t, d) for t, _, _, d in read(body)) == [
        ("relations_restored", "2023-03-10"),
        ("relations_severed", "1978"),
    ]


def test_a_state_named_in_a_trigger_is_no_future_verb() -> None:
    # "Irán" ends as a future of "ir" does; a capitalised name is not read as one.
    (event,) = spanish("Las relaciones entre Chile e Irán quedaron rotas en 1990.")
    assert event.status is None


def test_an_act_by_states_left_unnamed_or_by_rebels_is_no_named_states_act() -> None:
    body = (
        "En 2008 el reconocimiento de Bolivia por otros países andinos molestó a Chile. "
        "Un ataque a La Paz por rebeldes fronterizos ocurrió en 2009."
    )
    assert read(body) == []


def test_states_joined_by_y_share_the_act() -> None:
    found = read("Bolivia y Paraguay rompieron relaciones con Chile en mayo de 2011.")
    assert sorted(found) == [
        ("relations_severed", "BOL", "CHL", "2011-05"),
        ("relations_severed", "PRY", "CHL", "2011-05"),
    ]


def test_relations_of_two_governments_with_a_third() -> None:
    found = read(
        "El conflicto llevó a la ruptura de las relaciones de los gobiernos de Bolivia y Paraguay "
        "con Chile en 2011."
    )
    assert sorted(found) == [
        ("relations_severed", "BOL", "CHL", "2011"),
        ("relations_severed", "PRY", "CHL", "2011"),
    ]


def test_forces_of_a_state_with_adjectives_after_the_noun_act() -> None:
    found = read(
        "El 3 de mayo de 2011, las fuerzas militares y policiales de Chile ejecutaron una incursión en "
        "territorio boliviano."
    )
    assert found == [("armed_clash", "CHL", "BOL", "2011-05-03")]


def test_relations_named_once_and_their_later_verbs() -> None:
    body = (
        "= Relaciones Bolivia-Chile =\n\nLas relaciones entre Chile y Bolivia, formalmente establecidas "
        "el 3 de mayo de 1850, se suspendieron en 1978 y fueron restablecidas en 1990."
    )
    found = {(e.type, frozenset({e.actor, e.target}), e.date) for e in spanish(body) if e.occurred}
    pair = frozenset({"BOL", "CHL"})
    assert found == {
        ("relations_established", pair, "1850-05-03"),
        ("relations_suspended", pair, "1978"),
        ("relations_restored", pair, "1990"),
    }


def test_what_a_state_will_have_to_do_is_announced() -> None:
    found = spanish("date 2011-05-03\nChile dijo que tendrá que nombrar un nuevo embajador en Bolivia.")
    assert [(e.type, e.status) for e in found] == [("envoy_appointed", "announced")]


def test_a_capital_naming_a_convention_is_no_state() -> None:
    found = spanish(
        "El 3 de mayo de 2011 Bolivia aplicó la Convención de Viena y expulsó al embajador chileno."
    )
    assert [(e.type, e.actor, e.target) for e in found] == [("envoy_expelled", "BOL", "CHL")]


def test_an_expulsion_of_the_ambassador_with_del() -> None:
    found = read("El 3 de mayo de 2011 Bolivia anunció la expulsión del embajador de Chile.")
    assert found == [("envoy_expelled", "BOL", "CHL", "2011-05-03")]


def test_a_participle_between_relations_and_their_verb_is_an_act_of_its_own() -> None:
    body = "Las relaciones entre Paraguay y Bolivia, cortadas en 1932, fueron restablecidas en 1936."
    assert {(t, d) for t, _, _, d in read(body)} == {
        ("relations_severed", "1932"),
        ("relations_restored", "1936"),
    }


def test_a_clause_after_luego_de_is_its_own() -> None:
    body = (
        "Chile y Bolivia se expulsaron mutuamente a sus cónsules en 2011, "
        "luego de un incidente en la embajada de Perú."
    )
    assert [(e.type, e.actor, e.target, e.directed) for e in spanish(body)] == [
        ("envoy_expelled", "CHL", "BOL", False)
    ]


def test_entre_is_a_preposition_not_a_verb() -> None:
    assert spanish("Hay buena relación entre la sede de la misión y las autoridades de Bolivia.") == []


def test_opening_a_way_towards_relations_opens_none() -> None:
    assert read("En 2013 Chile se disculpó con Bolivia, abriendo un camino para relaciones normales.") == []


def test_relations_named_by_a_pronoun_are_broken() -> None:
    body = "Chile y Bolivia establecieron relaciones en 1850, pero estas se rompieron en 1879."
    assert [(e.type, e.date) for e in spanish(body)] == [
        ("relations_established", "1850"),
        ("relations_severed", "1879"),
    ]
