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

# A report written for these tests whose headline and lead state the same act: the page marks both.
NEWS = """date 1978-05-04

Bolivia breaks off relations with Chile

LA PAZ, May 3 - Bolivia broke off diplomatic relations with Chile on Wednesday, its foreign ministry said.

The talks on an outlet to the sea had failed in March, the minister said.
"""


def _bundled_store() -> str:
    folder = Path(tempfile.mkdtemp(prefix="legation-api-"))
    path = str(folder / "store.duckdb")
    (folder / "bolivia-chile-news.txt").write_text(NEWS, encoding="utf-8")
    with Store(path) as store:
        for item in [*bundled_paths(), folder / "bolivia-chile-news.txt"]:
            store.ingest(extract_document(read_document(item)), source=item.name)
    return path


DB = _bundled_store()
# schemathesis calls the app as "testserver": the Host check is tested on its own below.
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(DB, hosts=None))


@pytest.fixture(scope="module")
def db() -> str:
    return DB


@pytest.fixture(scope="module")
def client(db: str) -> Iterator[TestClient]:
    with TestClient(create_app(db), base_url="http://127.0.0.1:8000") as c:
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


def test_head_answers_like_get_without_a_body(client: TestClient) -> None:
    for path in ("/", "/api/pairs", "/static/app.js"):
        response = client.head(path)
        assert response.status_code == 200, path
        assert response.content == b""


@pytest.mark.parametrize(
    ("method", "url", "status", "words"),
    [
        ("GET", "/api/nope", 404, "nothing at /api/nope"),
        ("GET", "/static/nope.js", 404, "nothing at /static/nope.js"),
        ("POST", "/api/pairs", 405, "only reads"),
        ("DELETE", "/", 405, "only reads"),
    ],
)
def test_unknown_routes_and_methods_are_json_errors(
    client: TestClient, method: str, url: str, status: int, words: str
) -> None:
    response = client.request(method, url)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    assert response.json()["ok"] is False and words in response.json()["error"]


def test_every_answer_carries_the_security_headers(client: TestClient) -> None:
    for path in ("/", "/static/app.js", "/api/pairs", "/api/nope"):
        headers = client.get(path).headers
        policy = headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.evil.example", ""])
def test_a_loopback_server_refuses_other_host_names(db: str, host: str) -> None:
    with TestClient(create_app(db), base_url="http://127.0.0.1:8000") as client:
        response = client.get("/api/pairs", headers={"host": host})
        assert (
            response.status_code == 400 and "answers only requests addressed to" in response.json()["error"]
        )
        for good in ("127.0.0.1:8000", "localhost", "LOCALHOST:1", "[::1]:8000"):
            assert client.get("/api/pairs", headers={"host": good}).status_code == 200, good


def test_a_pair_of_a_state_with_itself_is_refused(client: TestClient) -> None:
    for url in (
        "/api/pairs/PER/Peru/state?on=2020-01-01",
        "/api/pairs/PER/PER/timeline",
        "/api/events?pair=PER,PER",
    ):
        response = client.get(url)
        assert response.status_code == 422 and "two different states" in response.json()["error"], url


def test_text_wildcards_are_plain_characters(client: TestClient) -> None:
    assert client.get("/api/events", params={"text": "%"}).json() == []
    assert client.get("/api/events", params={"text": "_"}).json() == []


def test_no_absolute_path_of_the_serving_machine_is_shown(tmp_path: Path) -> None:
    peru = next(p for p in bundled_paths() if p.name == "peru-venezuela.txt")
    path = str(tmp_path / "abs.duckdb")
    with Store(path) as store:
        store.ingest(extract_document(read_document(peru)), source=str(peru.resolve()))
    with TestClient(create_app(path), base_url="http://127.0.0.1") as client:
        answers = [
            client.get("/api/pairs/PER/VEN/timeline").text,
            client.get("/api/events").text,
            client.get("/api/pairs/PER/VEN/state", params={"on": "2020-01-01"}).text,
        ]
        document = client.get("/api/events").json()[0]["document_id"]
        answers.append(client.get(f"/api/documents/{document}").text)
    for answer in answers:
        assert str(peru.parent) not in answer and '"peru-venezuela.txt"' in answer
