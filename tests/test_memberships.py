"""Memberships read from sentences written for these tests: those stated, and the acts of joining,
suspension and leaving, with their dates and organizations."""

from __future__ import annotations

import pytest

from legation.claims import Event, Membership

from .conftest import read

TITLE = "Chile–Bolivia relations"


def acts(body: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    """(type, state, date, organization, status) of each membership act read from the body."""
    return [
        (c.type, c.actor, c.date, c.organization, c.status)
        for c in read(body, TITLE).claims
        if isinstance(c, Event) and c.type.startswith("membership_")
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Bolivia joined Mercosur in 2015, and it was suspended from the bloc in March 2019.",
            [
                ("membership_joined", "BOL", "2015", "Southern Common Market", None),
                ("membership_suspended", "BOL", "2019-03", "Southern Common Market", None),
            ],
        ),
        (
            "In 1976 Chile withdrew from the Andean Pact.",
            [("membership_left", "CHL", "1976", "Andean Community", None)],
        ),
        (
            "The OAS suspended Bolivia on 4 June 1991.",
            [("membership_suspended", "BOL", "1991-06-04", "Organization of American States", None)],
        ),
        (
            "Chile became a full member of APEC in 1994.",
            [("membership_joined", "CHL", "1994", "Asia-Pacific Economic Cooperation", None)],
        ),
        (
            "Chile and Bolivia joined the Rio Group in 1990.",
            [
                ("membership_joined", "CHL", "1990", "Rio Group", None),
                ("membership_joined", "BOL", "1990", "Rio Group", None),
            ],
        ),
        (
            "Bolivia announced it would leave the OAS by 2030.",
            [("membership_left", "BOL", "2030", "Organization of American States", "announced")],
        ),
        ("Chile never left the United Nations.", []),
        (
            "Bolivia was not admitted to the Rio Group until May 1990.",
            [("membership_joined", "BOL", "1990-05", "Rio Group", None)],
        ),
        ("Bolivia did not join Mercosur.", []),
        ("The Bolivian ambassador left Santiago in 1978.", []),
        ("Bolivia joined Chile in protesting in 1990.", []),
    ],
)
def test_acts_of_membership(
    body: str, expected: list[tuple[str, str, str | None, str | None, str | None]]
) -> None:
    assert acts(body) == expected


def test_a_membership_act_is_the_states_own_and_aimed_at_no_other() -> None:
    found = [c for c in read("Bolivia left the OAS in 1990.", TITLE).claims if isinstance(c, Event)]
    assert [(e.actor, e.target, e.directed, e.cameo, e.plover) for e in found] == [
        ("BOL", "BOL", True, "161", "RETREAT")
    ]


def test_memberships_stated_in_the_present_tense_are_kept_as_such() -> None:
    claims = read("Both countries are members of the United Nations and Mercosur.", TITLE).claims
    assert sorted((c.country, c.organization) for c in claims if isinstance(c, Membership)) == [
        ("BOL", "Southern Common Market"),
        ("BOL", "United Nations"),
        ("CHL", "Southern Common Market"),
        ("CHL", "United Nations"),
    ]


def _spanish_claims(body: str) -> tuple[object, ...]:
    from legation.reading.extract import extract_document
    from legation.text.documents import parse_text

    text = f"= Relaciones Chile-Bolivia =\n\n{body}\n"
    return extract_document(parse_text(text, name="t.txt", language="es")).claims


def test_memberships_stated_in_spanish() -> None:
    claims = _spanish_claims("Ambos países son miembros de las Naciones Unidas y del Mercosur.")
    assert sorted((c.country, c.organization) for c in claims if isinstance(c, Membership)) == [
        ("BOL", "Southern Common Market"),
        ("BOL", "United Nations"),
        ("CHL", "Southern Common Market"),
        ("CHL", "United Nations"),
    ]


def test_acts_of_membership_in_spanish() -> None:
    claims = _spanish_claims("Bolivia ingresó al Mercosur en 2015 y fue suspendida del bloque en 2019.")
    found = [(c.type, c.actor, c.date) for c in claims if isinstance(c, Event)]
    assert found == [("membership_joined", "BOL", "2015"), ("membership_suspended", "BOL", "2019")]
