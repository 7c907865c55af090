"""The one vocabulary of event types, and every list that derives from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from legation.errors import QueryError
from legation.faces.server import create_app
from legation.reading.triggers import load_trigger_table
from legation.state.timeline import RULES
from legation.vocabulary import check_event_types, event_kinds, state_types

WEB = Path(__file__).resolve().parents[1] / "src" / "legation" / "faces" / "web"


def test_every_type_has_its_words_codes_and_tone() -> None:
    kinds = event_kinds()
    assert len(kinds) >= 37
    for kind in kinds.values():
        assert kind.label and kind.about and kind.cameo.isdigit() and kind.plover.isupper()
        assert kind.tone in ("break", "mend", "neutral")


def test_the_timeline_has_a_rule_for_exactly_the_types_that_change_the_state() -> None:
    assert set(RULES) == set(state_types())


def test_every_trigger_row_reports_a_type_and_every_type_has_a_row() -> None:
    reported = {t.reported for t in load_trigger_table().types} - {"ellipsis"}
    assert reported == {name for name, kind in event_kinds().items() if kind.read_by == "triggers"}


def test_the_types_read_otherwise_say_by_what() -> None:
    others = {name: kind.read_by for name, kind in event_kinds().items() if kind.read_by != "triggers"}
    assert others == dict.fromkeys(
        ("membership_joined", "membership_suspended", "membership_left"), "memberships"
    )


def test_the_api_enum_is_the_vocabulary(tmp_path: Path) -> None:
    from legation.store import Store

    Store(str(tmp_path / "s.duckdb")).close()
    schema = create_app(str(tmp_path / "s.duckdb")).openapi()
    parameters = schema["paths"]["/api/events"]["get"]["parameters"]
    type_parameter = next(p for p in parameters if p["name"] == "type")
    assert type_parameter["schema"]["anyOf"][0]["items"]["enum"] == sorted(event_kinds())


def test_the_page_takes_its_legend_from_the_api_not_a_list_of_its_own() -> None:
    script = (WEB / "app.js").read_text(encoding="utf-8")
    assert "/api/types" in script
    assert not [name for name in event_kinds() if name in script]


def test_an_unknown_type_is_refused_with_the_known_ones() -> None:
    check_event_types(["relations_severed"])
    with pytest.raises(QueryError, match="unknown event type 'coup'; use one of: agreement_signed"):
        check_event_types(["coup"])
