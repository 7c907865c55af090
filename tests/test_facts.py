"""The facts of a state or a pair: memberships with their dates, migration figures and missions, from
texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from legation.errors import QueryError
from legation.reading.extract import extract_document
from legation.state.facts import facts
from legation.store import Store
from legation.text.documents import parse_text

TEXT = """= Chile–Bolivia relations =

Infobox
- Mission1: Embassy of Chile, La Paz
- Mission2: Embassy of Bolivia, Santiago

Chile and Bolivia are both members of the United Nations and the Rio Group. {mercosur}

About 40,000 Bolivians lived in Chile in 2010.

On 3 May 1978, Bolivia broke off diplomatic relations with Chile and closed its embassy in Santiago.
""".format(mercosur="Bolivia joined Mercosur in 2015, and it was suspended from the bloc in March 2019.")
OTHER = """= Peru–Bolivia relations =

Peru and Bolivia are members of the Andean Community. In 1996 Peru joined the Rio Group.
"""


@pytest.fixture
def filled(store: Store) -> Store:
    for name, text in (("chile-bolivia.txt", TEXT), ("peru-bolivia.txt", OTHER)):
        store.ingest(extract_document(parse_text(text, name=name)), source=name)
    return store


def test_a_pairs_memberships_what_they_share_and_the_dates_of_the_acts(filled: Store) -> None:
    result = facts(filled, "BOL", "CHL", on=date(2020, 1, 1))
    record = result.to_json()
    assert record["countries"] == ["BOL", "CHL"] and record["names"] == ["Bolivia", "Chile"]
    assert record["shared"] == ["Rio Group", "United Nations"]
    by_key = {(m["country"], m["organization"]): m for m in record["memberships"]}
    mercosur = by_key[("BOL", "Southern Common Market")]
    assert (mercosur["status"], mercosur["since"], mercosur["joined"], mercosur["suspended"]) == (
        "suspended",
        "2019-03",
        "2015",
        "2019-03",
    )
    assert [e["type"] for e in mercosur["events"]] == ["membership_joined", "membership_suspended"]
    assert mercosur["events"][0]["evidence"]["text"].startswith("Bolivia joined Mercosur")
    assert by_key[("CHL", "United Nations")]["statements"][0]["source"] == "chile-bolivia.txt"
    # Peru's memberships are not the pair's.
    assert {m["country"] for m in record["memberships"]} == {"BOL", "CHL"}


def test_a_membership_on_a_day_before_its_acts(filled: Store) -> None:
    before = facts(filled, "BOL", on=date(2016, 1, 1)).to_json()
    mercosur = next(m for m in before["memberships"] if m["organization"] == "Southern Common Market")
    assert mercosur["status"] == "member" and mercosur["since"] == "2015"
    earlier = facts(filled, "BOL", on=date(2000, 1, 1)).to_json()
    mercosur = next(m for m in earlier["memberships"] if m["organization"] == "Southern Common Market")
    assert mercosur["status"] == "not yet a member"


def test_migration_figures_between_the_pair_with_their_sentence(filled: Store) -> None:
    record = facts(filled, "CHL", "BOL").to_json()
    assert [
        (s["origin"], s["destination"], s["year"], s["measure"], s["value"]) for s in record["statistics"]
    ] == [("BOL", "CHL", 2010, "residents", 40000)]
    assert record["statistics"][0]["evidence"]["text"] == "About 40,000 Bolivians lived in Chile in 2010."


def test_missions_open_or_closed_on_the_day(filled: Store) -> None:
    missions = {
        m["country"]: m for m in facts(filled, "CHL", "BOL", on=date(1980, 1, 1)).to_json()["missions"]
    }
    assert missions["BOL"]["name"] == "Embassy of Bolivia" and missions["BOL"]["city"] == "Santiago"
    assert (missions["BOL"]["status"], missions["BOL"]["since"]) == ("closed", "1978-05-03")
    assert missions["BOL"]["event"]["type"] == "relations_severed"  # which closed it first
    assert missions["CHL"]["status"] in ("closed", "unknown")
    before = {
        m["country"]: m["status"]
        for m in facts(filled, "CHL", "BOL", on=date(1970, 1, 1)).to_json()["missions"]
    }
    assert before["BOL"] == "unknown"


def test_one_states_facts_name_it_on_either_side(filled: Store) -> None:
    record = facts(filled, "PER").to_json()
    assert record["countries"] == ["PER"] and record["shared"] == []
    assert {(m["organization"], m["status"]) for m in record["memberships"]} == {
        ("Andean Community", "member"),
        ("Rio Group", "member"),
    }
    assert facts(filled, "BOL").to_json()["statistics"][0]["origin"] == "BOL"


def test_a_state_with_itself_is_refused(filled: Store) -> None:
    with pytest.raises(QueryError, match="two different states"):
        facts(filled, "CHL", "CHL")


def test_membership_events_make_no_pair_of_a_state_with_itself(filled: Store) -> None:
    assert all(a != b for a, b, _ in filled.pairs())
