"""Each side's heads of mission over time, from texts written for these tests and from the bundled
Peru–Venezuela text."""

from __future__ import annotations

import pytest

from legation.errors import QueryError
from legation.reading.extract import extract_document
from legation.samples import bundled_paths
from legation.state.envoys import envoys
from legation.store import Store
from legation.text.documents import parse_text
from legation.text.files import read_document

TEXT = (
    "= Chile–Bolivia relations =\n\n"
    "In 1990, Chile appointed Ana Ruiz Soto as ambassador to Bolivia. "
    "Ruiz Soto presented her credentials in La Paz on 2 March 1990.\n\n"
    "On 5 May 1994, Chile recalled its ambassador from La Paz for consultations.\n\n"
    "On 1 June 1996, Chile named Pedro Vera as its new ambassador in La Paz.\n\n"
    "On 3 May 1998, Bolivia expelled the Chilean ambassador, "
    "and Bolivia withdrew its chargé d'affaires from Santiago.\n\n"
    "On 9 September 1999, Bolivia broke off diplomatic relations with Chile.\n"
)


def postings(
    store: Store, a: str, b: str
) -> list[tuple[str, str | None, str | None, str | None, str | None, str | None]]:
    return [(p.sending, p.person, p.rank, p.start, p.end, p.ended_by) for p in envoys(store, a, b).postings]


def test_postings_begin_go_on_and_end(store: Store) -> None:
    store.ingest(extract_document(parse_text(TEXT, name="t.txt")), source="t.txt")
    assert postings(store, "CHL", "BOL") == [
        ("CHL", "Ana Ruiz Soto", "ambassador", "1990", "1996-06-01", "succeeded"),
        ("CHL", "Pedro Vera", "ambassador", "1996-06-01", "1998-05-03", "envoy_expelled"),
        ("BOL", None, "charge_d_affaires", None, "1998-05-03", "envoy_withdrawn"),
    ]
    first = envoys(store, "CHL", "BOL").postings[0]
    # Credentials and the recall for consultations are part of the posting, which goes on.
    assert [e.event.type for e in first.events] == [
        "envoy_appointed",
        "credentials_presented",
        "envoy_recalled",
    ]


def test_relations_broken_off_end_the_postings(store: Store) -> None:
    text = (
        TEXT.split("\n\nOn 5 May")[0]
        + "\n\nOn 9 September 1999, Bolivia broke off diplomatic relations with Chile.\n"
    )
    store.ingest(extract_document(parse_text(text, name="t.txt")), source="t.txt")
    assert postings(store, "CHL", "BOL") == [
        ("CHL", "Ana Ruiz Soto", "ambassador", "1990", "1999-09-09", "relations_severed")
    ]


def test_the_envoys_of_the_peru_venezuela_text(store: Store) -> None:
    peru = next(p for p in bundled_paths() if p.name == "peru-venezuela.txt")
    store.ingest(extract_document(read_document(peru)), source=peru.name)
    named = {(p.sending, p.person, p.rank) for p in envoys(store, "PER", "VEN").postings if p.person}
    assert named == {
        ("PER", "Richard Fredy Rojas García", "ambassador"),
        ("PER", "Librado Augusto Orozco Zapata", "ambassador"),
        ("VEN", "Carlos Eduardo Scull Raygada", "representative"),
        ("VEN", "Alexander Gabriel Yánez Deleuze", "ambassador"),
    }
    record = envoys(store, "PER", "VEN").to_json()
    assert record["pair"] == ["PER", "VEN"] and all(p["events"] for p in record["envoys"])


def test_a_state_with_itself_is_refused(store: Store) -> None:
    with pytest.raises(QueryError, match="two different states"):
        envoys(store, "PER", "PER")
