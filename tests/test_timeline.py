"""The rules that turn a pair's events into its state over time, one by one, and order independence."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from legation.claims import Event, Evidence, StoredEvent
from legation.periods import Period
from legation.reading.extract import extract_document
from legation.samples import bundled_paths
from legation.state.queries import country_relations, pair_state, state_from_timeline
from legation.state.timeline import build_timeline, value_on
from legation.store import Store
from legation.text.documents import parse_text

A, B = "CHL", "BOL"


def ev(
    kind: str,
    when: str,
    actor: str = A,
    target: str = B,
    *,
    rank: str | None = None,
    person: str | None = None,
    mission: str | None = None,
    source: str = "s.txt",
    ordinal: int = 0,
    text: str | None = None,
) -> StoredEvent:
    period = Period.parse(when)
    mutual = kind in ("relations_restored", "relations_established")
    e = Event(
        kind,
        actor,
        target,
        not mutual,
        when,
        Evidence(source, 0, 1, text or f"{kind} on {when}"),
        person,
        rank,
        mission=mission,
    )
    return StoredEvent("doc-" + source, source, ordinal, e, period.start, period.end)


def state(events: list[StoredEvent], day: str, name: str) -> str | None:
    return value_on(build_timeline(A, B, events), name, Period.parse(day).start).value


def test_before_an_establishment_relations_are_none_and_after_it_active() -> None:
    events = [ev("relations_established", "1853")]
    assert state(events, "1850-01-01", "relations") == "none"
    assert state(events, "1860-01-01", "relations") == "active"


def test_with_no_establishment_read_the_start_is_unknown() -> None:
    assert state([ev("criticism_expressed", "1900")], "1850-01-01", "relations") == "unknown"


def test_before_its_first_change_a_field_is_what_the_first_act_presupposes() -> None:
    events = [
        ev("envoy_expelled", "2018-08-06", rank="ambassador"),
        ev("envoy_recalled", "2018-08-06", rank="ambassador", ordinal=1),
        ev("embassy_attacked", "2018-08-07", B, A, ordinal=2),
    ]
    timeline = build_timeline(A, B, events)
    before = date(2018, 7, 1)
    assert value_on(timeline, "relations", before).value == "active"
    assert value_on(timeline, f"representation:{B}>{A}", before).value == "ambassador"
    assert value_on(timeline, f"representation:{A}>{B}", before).value == "ambassador"
    assert value_on(timeline, f"embassy:{A}>{B}", before).value == "open"
    presupposed = value_on(timeline, "relations", before)
    assert not presupposed.certain and presupposed.event is events[0]


def test_a_rupture_presupposes_relations_and_a_restoration_their_absence() -> None:
    assert state([ev("relations_severed", "1900")], "1850-01-01", "relations") == "active"
    restored = ev("relations_restored", "1995", text="Relations were restored in 1995.")
    assert state([restored], "1990-01-01", "relations") == "severed"
    # Relations normalised may never have been formal.
    normalised = ev("relations_restored", "2020", text="The accord normalised their informal ties.")
    assert state([normalised], "2019-01-01", "relations") == "none"
    later = [ev("relations_established", "1850"), ev("relations_severed", "1900", ordinal=1)]
    assert state(later, "1800-01-01", "relations") == "none"


def test_rupture_severs_and_empties_both_sides() -> None:
    events = [ev("relations_established", "1900"), ev("relations_severed", "1950-03-01", ordinal=1)]
    assert state(events, "1960-01-01", "relations") == "severed"
    assert state(events, "1960-01-01", f"representation:{A}>{B}") == "none"
    assert state(events, "1960-01-01", f"embassy:{B}>{A}") == "closed"


def test_freeze_suspends_and_restoration_reactivates() -> None:
    events = [
        ev("relations_established", "1900"),
        ev("relations_suspended", "1950-01-01", ordinal=1),
        ev("relations_restored", "1955-01-01", ordinal=2),
    ]
    assert state(events, "1952-01-01", "relations") == "suspended"
    assert state(events, "1956-01-01", "relations") == "active"


def test_downgrade_to_consular_level_is_consular_on_both_sides() -> None:
    events = [
        ev("relations_established", "1900"),
        ev("relations_downgraded", "1950-01-01", rank="consular", ordinal=1),
    ]
    assert state(events, "1951-01-01", "relations") == "consular"
    assert state(events, "1951-01-01", f"representation:{B}>{A}") == "consular"


def test_downgrade_with_no_level_said_leaves_no_ambassador() -> None:
    events = [
        ev("relations_established", "1900"),
        ev("envoy_appointed", "1920", rank="ambassador", ordinal=1),
        ev("relations_downgraded", "1950-01-01", ordinal=2),
    ]
    assert state(events, "1951-01-01", "relations") == "active"
    assert state(events, "1951-01-01", f"representation:{A}>{B}") == "charge_d_affaires"
    assert state(events, "1951-01-01", f"representation:{B}>{A}") == "unknown"


def test_appointment_sets_the_rank_and_withdrawal_leaves_a_charge() -> None:
    events = [
        ev("relations_established", "1900"),
        ev("envoy_appointed", "1950-01-01", rank="ambassador", ordinal=1),
        ev("envoy_withdrawn", "1960-01-01", rank="ambassador", ordinal=2),
    ]
    assert state(events, "1955-01-01", f"representation:{A}>{B}") == "ambassador"
    assert state(events, "1965-01-01", f"representation:{A}>{B}") == "charge_d_affaires"


def test_expulsion_leaves_the_expelled_side_with_a_charge() -> None:
    events = [
        ev("relations_established", "1900"),
        ev("envoy_expelled", "1960-01-01", rank="ambassador", ordinal=1),
    ]
    assert state(events, "1965-01-01", f"representation:{B}>{A}") == "charge_d_affaires"
    assert state(events, "1965-01-01", f"representation:{A}>{B}") == "unknown"


def test_an_ambassador_recalled_for_consultations_leaves_a_charge_until_one_is_named_again() -> None:
    events = [
        ev("envoy_appointed", "1950-01-01", rank="ambassador"),
        ev("envoy_recalled", "1960-01-01", rank="ambassador", ordinal=1),
        ev("envoy_appointed", "1962-01-01", rank="ambassador", ordinal=2),
    ]
    assert state(events, "1961-01-01", f"representation:{A}>{B}") == "charge_d_affaires"
    assert state(events, "1961-01-01", f"representation:{B}>{A}") == "unknown"
    assert state(events, "1965-01-01", f"representation:{A}>{B}") == "ambassador"


def test_recognising_a_claimant_is_kept_until_relations_are_restored() -> None:
    events = [
        ev("government_recognized", "2019-01-23", person="Juan Pérez"),
        ev("relations_severed", "2019-02-23", ordinal=1),
        ev("relations_restored", "2022-08-11", ordinal=2),
    ]
    assert state(events, "2020-01-01", f"recognizes:{A}>{B}") == "Juan Pérez"
    assert state(events, "2020-01-01", f"recognizes:{B}>{A}") is None
    assert state(events, "2023-01-01", f"recognizes:{A}>{B}") is None


def test_an_act_that_needs_relations_after_a_rupture_implies_a_restoration_marked_uncertain() -> None:
    events = [
        ev("relations_severed", "1961-01-03"),
        ev("envoy_appointed", "1970-05-01", rank="ambassador", ordinal=1),
    ]
    timeline = build_timeline(A, B, events)
    value = value_on(timeline, "relations", date(1975, 1, 1))
    assert (value.value, value.certain) == ("active", False)


def test_a_restoration_reported_after_an_implied_one_makes_it_certain() -> None:
    events = [
        ev("relations_severed", "2019-02-23"),
        ev("envoy_appointed", "2022-08", rank="ambassador", ordinal=2),
        ev("relations_restored", "2022-08-11", ordinal=1),
    ]
    value = value_on(build_timeline(A, B, events), "relations", date(2023, 1, 1))
    assert (value.value, value.certain, value.since) == ("active", True, date(2022, 8, 11))


def test_an_interests_section_needs_no_relations() -> None:
    events = [
        ev("relations_severed", "1961-01-03"),
        ev("embassy_opened", "1977-09-01", mission="interests section", ordinal=1),
    ]
    assert state(events, "1980-01-01", "relations") == "severed"
    assert state(events, "1980-01-01", f"embassy:{A}>{B}") == "closed"


def test_embassy_opened_and_closed() -> None:
    events = [ev("embassy_opened", "1920", mission="embassy"), ev("embassy_closed", "1930-06-01", ordinal=1)]
    assert state(events, "1925-01-01", f"embassy:{A}>{B}") == "open"
    assert state(events, "1931-01-01", f"embassy:{A}>{B}") == "closed"
    assert state(events, "1931-01-01", f"representation:{A}>{B}") == "none"


def test_a_day_inside_the_period_of_the_last_change_is_not_certain() -> None:
    timeline = build_timeline(A, B, [ev("relations_severed", "1992")])
    assert value_on(timeline, "relations", date(1992, 6, 1)).certain is False
    assert value_on(timeline, "relations", date(1993, 6, 1)).certain is True


def test_imprecise_events_are_ordered_by_start_then_text_order() -> None:
    events = [ev("relations_suspended", "2001", ordinal=0), ev("relations_restored", "2001", ordinal=1)]
    assert state(events, "2001-12-31", "relations") == "active"
    assert state(list(reversed(events)), "2001-12-31", "relations") == "active"


def test_disagreeing_sources_are_all_kept_and_listed(store: Store) -> None:
    one = "= Chile–Bolivia relations =\n\nOn 3 May 1978, Bolivia broke off diplomatic relations with Chile.\n"
    other = one.replace("3 May 1978", "5 June 1978")
    for i, text in enumerate((one, other)):
        store.ingest(extract_document(parse_text(text, name=f"{i}.txt")), source=f"{i}.txt")
    result = pair_state(store, "BOL", "CHL", date(1980, 1, 1))
    basis = result.values["relations"]
    assert basis.value.value == "severed"
    # The value began with the earlier claim; the later one, from another source, is listed against it.
    assert basis.value.event is not None and basis.value.event.source == "0.txt"
    assert [e.source for e in basis.disagreeing] == ["1.txt"]


TEXTS = [(p.name, p.read_text(encoding="utf-8")) for p in bundled_paths()]
DAYS = [date(y, 6, 1) for y in (1850, 1900, 1961, 1990, 2001, 2009, 2015, 2019, 2020, 2022, 2025)]


def _states(order: list[int]) -> list[dict[str, object]]:
    with Store(":memory:") as store:
        for i in order:
            name, text = TEXTS[i]
            store.ingest(extract_document(parse_text(text, name=name)), source=name)
        out = []
        for a, b in (("PER", "VEN"), ("COL", "VEN"), ("CUB", "USA")):
            for day in DAYS:
                out.append(pair_state(store, a, b, day).to_json(explain=True))
        return out


BASELINE = _states(list(range(len(TEXTS))))


@settings(max_examples=6, deadline=None)
@given(st.permutations(list(range(len(TEXTS)))))
def test_the_state_does_not_depend_on_ingest_order(order: list[int]) -> None:
    assert _states(order) == BASELINE


def test_state_json_has_the_contract_shape() -> None:
    timeline = build_timeline(A, B, [ev("relations_established", "1900")])
    out = state_from_timeline(timeline, date(1950, 1, 1)).to_json()
    assert out["pair"] == [A, B] and out["on"] == "1950-01-01" and out["relations"] == "active"
    assert set(out["representation"]) == {f"{A}>{B}", f"{B}>{A}"}
    assert set(out["embassy"]) == set(out["recognizes"]) == {f"{A}>{B}", f"{B}>{A}"}


def test_a_countrys_relations_agree_with_each_pairs_state() -> None:
    with Store(":memory:") as store:
        for name, text in TEXTS:
            store.ingest(extract_document(parse_text(text, name=name)), source=name)
        for day in DAYS:
            for s in country_relations(store, "VEN", day):
                whole = pair_state(store, *s.pair, day)
                assert s.to_json() == whole.to_json(), (s.pair, day)
