"""The HTTP API, in-process: answers, errors as JSON, and no 500 for any input schemathesis makes."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

from legation.faces.server import create_app
from legation.reading.extract import extract_document
from legation.samples import bundled_paths
from legation.store import Store
from legation.text.files import read_document


def _bundled_store() -> str:
    path = str(Path(tempfile.mkdtemp(prefix="legation-api-")) / "store.duckdb")
    with Store(path) as store:
        for item in bundled_paths():
            store.ingest(extract_document(read_document(item)), source=item.name)
    return path


DB = _bundled_store()
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(DB))


@pytest.fixture(scope="module")
def db() -> str:
    return DB


@pytest.fixture(scope="module")
def client(db: str) -> Iterator[TestClient]:
    with TestClient(create_app(db)) as c:
        yield c


def test_pairs_and_countries(client: TestClient) -> None:
    pairs = {tuple(p["pair"]): p["events"] for p in client.get("/api/pairs").json()}
    assert pairs[("PER", "VEN")] > 30 and ("CUB", "USA") in pairs
    countries = {c["code"]: c for c in client.get("/api/countries").json()}
    assert countries["VEN"]["name"] == "Venezuela" and countries["VEN"]["events"] > 0
    assert countries["CSK"]["historical"] is True


def test_state_is_the_contract_object_with_reasons(client: TestClient) -> None:
    state = client.get("/api/pairs/Peru/VEN/state", params={"on": "2025-01-01"}).json()
    assert state["pair"] == ["PER", "VEN"] and state["relations"] == "severed"
    assert state["representation"] == {"PER>VEN": "none", "VEN>PER": "none"}
    reason = state["reasons"]["relations"]
    assert reason["event"]["type"] == "relations_severed" and "breakup" in reason["event"]["evidence"]["text"]


def test_timeline_and_events(client: TestClient) -> None:
    timeline = client.get("/api/pairs/CUB/USA/timeline").json()
    relations = [(i["value"], i["since"]) for i in timeline["intervals"] if i["field"] == "relations"]
    assert relations[-2:] == [("severed", "1961-01-03"), ("active", "2014-12-17")]
    events = client.get("/api/events", params={"pair": "PER,VEN", "type": "relations_severed"}).json()
    assert sorted(e["date"] for e in events) == ["1992", "2024-07-29"]
    assert client.get("/api/events", params={"country": "USA", "from": "2015", "to": "2015"}).json()


def test_country_relations_and_document(client: TestClient) -> None:
    states = client.get("/api/countries/VEN/relations", params={"on": "2024-08-01"}).json()
    assert {s["pair"][1]: s["relations"] for s in states}["PER"] == "severed"
    event = client.get("/api/events", params={"pair": "PER,VEN", "type": "relations_severed"}).json()[-1]
    doc = client.get(f"/api/documents/{event['document_id']}").json()
    assert doc["text"][event["evidence"]["start"] : event["evidence"]["end"]] == event["evidence"]["text"]
    assert any(s["ordinal"] == event["ordinal"] for s in doc["evidence"])


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        ("/api/pairs/Venezula/PER/state?on=2020-01-01", 404, "did you mean Venezuela (VEN)"),
        ("/api/countries/Atlantis/relations?on=2020-01-01", 404, "unknown country"),
        ("/api/pairs/PER/VEN/state?on=2020-02-30", 422, "is not a date"),
        ("/api/pairs/PER/VEN/state", 422, "on"),
        ("/api/events?type=coup", 422, "unknown event type"),
        ("/api/events?pair=PER", 422, "two states"),
        ("/api/events?limit=0", 422, "limit"),
        ("/api/documents/nope", 404, "no document"),
    ],
)
def test_bad_input_is_json_with_a_message(client: TestClient, url: str, status: int, words: str) -> None:
    response = client.get(url)
    assert response.status_code == status
    body = response.json()
    assert body["ok"] is False and words in body["error"]


def test_the_page_and_its_files_are_served_from_the_package(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "<title>Legation" in page.text
    assert "http" not in page.text.replace("http://www.w3.org", "")  # nothing from the internet
    assert client.get("/static/app.js").status_code == 200


def test_a_missing_store_is_refused_at_start(tmp_path: Path) -> None:
    from legation.errors import StoreError

    with pytest.raises(StoreError, match="no store"):
        create_app(str(tmp_path / "none.duckdb"))


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_input_makes_a_server_error(case: schemathesis.Case) -> None:
    response = case.call()
    assert response.status_code < 500, (case.path, response.text)
    assert "application/json" in str(response.headers["content-type"])
