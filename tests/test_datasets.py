"""Datasets beside texts: COW and Wikidata imported as claims, weighed in the state, compared."""

from __future__ import annotations

import bz2
import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from legation.claims import DatasetClaim
from legation.compare import disagreements
from legation.datasets import dataset_claims, import_cow, import_wikidata
from legation.errors import InputError
from legation.faces.cli import main
from legation.reading.extract import extract_document
from legation.samples import bundled_paths
from legation.state.queries import pair_state
from legation.store import Store
from legation.text.files import read_document

# Peru (135) and Venezuela (101): ambassadors both ways in 1995, when the text has relations broken
# since 1992; Peru's ambassador in Venezuela in 2005, of which the text says nothing.
COW = """ccode1,ccode2,year,DR_at_1,DR_at_2,DE,version
101,135,1995,3,3,1,2006.1
135,101,1995,3,3,1,2006.1
101,135,2005,3,-9,1,2006.1
2,20,1995,3,3,1,2006.1
9999,2,1995,1,1,1,2006.1
"""


@pytest.fixture
def peru(tmp_path: Path) -> Store:
    store = Store(tmp_path / "store.duckdb")
    path = next(p for p in bundled_paths() if p.name == "peru-venezuela.txt")
    store.ingest(extract_document(read_document(path)), source=str(path))
    return store


def _cow(tmp_path: Path, text: str = COW) -> Path:
    path = tmp_path / "Diplomatic_Exchange.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_cow_rows_become_one_claim_per_directed_level_with_the_dataset_as_source(tmp_path: Path) -> None:
    with Store(":memory:") as store:
        result = import_cow(store, str(_cow(tmp_path)))
        assert (result.action, result.claims, result.skipped) == ("added", 5, 1)
        claims = dataset_claims(store, "PER", "VEN")
        # DR_at_1 of 101,135 is Peru's (side 2's) envoy at Venezuela (side 1).
        assert (
            DatasetClaim(
                "cow",
                "COW Diplomatic Exchange 2006.1",
                "PER",
                "VEN",
                "representation",
                "ambassador",
                date(2005, 1, 1),
                date(2005, 12, 31),
                "year",
            )
            in claims
        )
        assert len([c for c in claims if c.start and c.start.year == 1995]) == 2  # mirrored rows once
        assert import_cow(store, str(_cow(tmp_path))).action == "unchanged"
        changed = import_cow(store, str(_cow(tmp_path, COW.replace("2005,3,-9", "2005,2,-9"))))
        assert (changed.action, len(dataset_claims(store, "PER", "VEN"))) == ("replaced", 3)


def test_the_state_takes_a_dataset_where_the_texts_say_nothing_and_notes_where_they_differ(
    peru: Store, tmp_path: Path
) -> None:
    before = pair_state(peru, "PER", "VEN", date(2005, 12, 31))
    assert before.value("representation:PER>VEN") == "unknown"
    import_cow(peru, str(_cow(tmp_path)))
    after = pair_state(peru, "PER", "VEN", date(2005, 12, 31))
    basis = after.values["representation:PER>VEN"]
    assert (basis.value.value, basis.value.certain) == ("ambassador", False)
    assert basis.dataset is not None and basis.dataset.source == "COW Diplomatic Exchange 2006.1"
    assert (
        after.to_json(explain=True)["reasons"]["representation:PER>VEN"]["dataset"]["value"] == "ambassador"
    )
    broken = pair_state(peru, "PER", "VEN", date(1995, 6, 1)).values["representation:VEN>PER"]
    assert broken.value.value == "none" and [c.value for c in broken.contradicting] == ["ambassador"]


def test_compare_shows_where_cow_and_the_text_disagree_with_the_text_s_evidence(
    peru: Store, tmp_path: Path
) -> None:
    import_cow(peru, str(_cow(tmp_path)))
    found = disagreements(peru, "PER", "VEN", dataset="cow")
    assert [(d.day.year, d.field, d.text_value) for d in found] == [
        (1995, "representation:PER>VEN", "none"),
        (1995, "representation:VEN>PER", "none"),
    ]
    assert found[0].event is not None and found[0].event.event.type == "relations_severed"
    peru.close()
    db = str(tmp_path / "store.duckdb")
    result = CliRunner().invoke(main, ["compare", "Peru", "Venezuela", "--source", "cow", "--db", db])
    assert result.exit_code == 0
    assert "COW Diplomatic Exchange 2006.1 says ambassador" in result.stdout
    assert "relations_severed" in result.stdout and "“" in result.stdout


def _entity(item: str, iso: str | None, relations: list[tuple[str, str | None, str | None]]) -> str:
    def time(value: str) -> dict[str, object]:
        return {"datavalue": {"value": {"time": f"+{value}T00:00:00Z", "precision": 11}}}

    claims: dict[str, list[dict[str, object]]] = {}
    if iso:
        claims["P298"] = [{"mainsnak": {"datavalue": {"value": iso}}, "rank": "normal"}]
    claims["P530"] = [
        {
            "mainsnak": {"datavalue": {"value": {"id": other}}},
            "rank": "normal",
            "qualifiers": {
                **({"P580": [time(start)]} if start else {}),
                **({"P582": [time(end)]} if end else {}),
            },
        }
        for other, start, end in relations
    ]
    return json.dumps({"id": item, "type": "item", "claims": claims})


@pytest.mark.parametrize("suffix", [".json", ".jsonl", ".json.bz2"])
def test_wikidata_relations_with_their_start_and_end(tmp_path: Path, suffix: str) -> None:
    lines = [
        _entity(
            "Q1", "PER", [("Q2", "1853-01-01", "1992-04-06"), ("Q2", "2001-03-20", None), ("Q9", None, None)]
        ),
        _entity("Q2", "VEN", []),
        _entity("Q3", None, [("Q1", None, None)]),
    ]
    text = "[\n" + ",\n".join(lines) + "\n]\n" if suffix == ".json" else "\n".join(lines) + "\n"
    path = tmp_path / f"wikidata{suffix}"
    path.write_bytes(bz2.compress(text.encode()) if suffix.endswith("bz2") else text.encode())
    with Store(":memory:") as store:
        result = import_wikidata(store, str(path))
        assert (result.claims, result.skipped) == (2, 2)
        claims = dataset_claims(store, "PER", "VEN", dataset="wikidata")
        assert [(c.source, c.value, c.start, c.end) for c in claims] == [
            ("Wikidata Q1", "active", date(1853, 1, 1), date(1992, 4, 6)),
            ("Wikidata Q1", "active", date(2001, 3, 20), None),
        ]
        assert [c.start for c in dataset_claims(store, "PER", "VEN", on=date(1995, 1, 1))] == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a,b,c\n1,2,3\n", "not a COW Diplomatic Exchange CSV"),
        ("ccode1,ccode2,year,DR_at_1,DR_at_2,DE\n2,20,x,3,3,1\n", "line 2"),
        ("ccode1,ccode2,year,DR_at_1,DR_at_2,DE\n2,20,1990,7,3,1\n", "not a COW level"),
    ],
)
def test_a_bad_cow_file_is_a_one_line_error_and_stores_nothing(
    tmp_path: Path, text: str, message: str
) -> None:
    with Store(":memory:") as store:
        with pytest.raises(InputError, match=message):
            import_cow(store, str(_cow(tmp_path, text)))
        assert store.documents() == []
    result = CliRunner().invoke(
        main, ["import", "cow", str(tmp_path / "none.csv"), "--db", str(tmp_path / "s.db")]
    )
    assert result.exit_code == 2 and "no such file" in result.stderr


def test_a_bad_wikidata_line_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "w.jsonl"
    path.write_text('{"id": "Q1", "claims": {"P530": [\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["import", "wikidata", str(path), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 2 and "line 1" in result.stderr and "Traceback" not in result.stderr


def test_a_country_s_relations_weigh_datasets_and_name_their_partners(peru: Store, tmp_path: Path) -> None:
    from legation.state.queries import country_relations

    before = {s.pair[1]: s for s in country_relations(peru, "PER", date(2005, 12, 31))}
    import_cow(peru, str(_cow(tmp_path, COW + "135,2,2005,3,3,1,2006.1\n")))
    after = {s.pair[1]: s for s in country_relations(peru, "PER", date(2005, 12, 31))}
    assert set(after) == set(before) | {"USA"}
    assert after["VEN"].value("representation:PER>VEN") == "ambassador"
    assert after["USA"].value("representation:USA>PER") == "ambassador"


def test_two_files_of_one_dataset_are_two_documents_kept_as_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As two texts are: the same bytes under another name were once a 'Duplicate key' traceback."""
    monkeypatch.chdir(tmp_path)
    Path("a.csv").write_text(COW, encoding="utf-8")
    Path("b.csv").write_text(COW, encoding="utf-8")
    with Store(":memory:") as store:
        assert import_cow(store, "a.csv").action == "added"
        assert import_cow(store, "b.csv").action == "added"
        assert sorted(d.source for d in store.documents()) == ["a.csv", "b.csv"]
