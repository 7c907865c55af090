"""Claims as Parquet: the hand-off between reading (anywhere) and storing (in bulk).

A claims folder holds `part-*.parquet` files and `_legation-claims.json` (the schema's name and
version). Every part has the one schema `CLAIMS_SCHEMA`: one row per document (`kind` =
"document", with its text) and one per claim read from it (`kind` = "event", "membership",
"statistic" or "mission"), a document's rows always in the same part. Columns a kind has no use
for are null. Read it in one line:

    duckdb.sql("SELECT * FROM read_parquet('DIR/part-*.parquet') WHERE kind = 'event'")
    pandas.read_parquet("DIR")   polars.read_parquet("DIR/part-*.parquet")

`load_claims` loads a folder into a store with DuckDB's own Parquet reader, no row-by-row Python,
under the rules of `Store.ingest`: a source read before with the same text is unchanged, with
another text replaced, a text stored under another source unchanged.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from legation.batch import Read
from legation.claims import Event, Extraction, Membership, Mission, Statistic
from legation.errors import InputError
from legation.periods import Period
from legation.store import Store, reader_version
from legation.text.files import Failure

MARKER = "_legation-claims.json"
SCHEMA_VERSION = 1
_SPAN = pa.struct([("start", pa.int32()), ("end", pa.int32()), ("text", pa.string())])
CLAIMS_SCHEMA = pa.schema(
    [
        # Every row: the document it belongs to and what the row is.
        ("document_id", pa.string()),
        ("source", pa.string()),
        ("kind", pa.string()),
        ("ordinal", pa.int32()),
        # kind = "document"
        ("name", pa.string()),
        ("title", pa.string()),
        ("pair_a", pa.string()),
        ("pair_b", pa.string()),
        ("published", pa.string()),
        ("language", pa.string()),
        ("reader_version", pa.string()),
        ("read_at", pa.timestamp("us", tz="UTC")),
        ("text", pa.string()),
        # kind = "event"
        ("type", pa.string()),
        ("actor", pa.string()),
        ("target", pa.string()),
        ("directed", pa.bool_()),
        ("date", pa.string()),
        ("date_start", pa.date32()),
        ("date_end", pa.date32()),
        ("person", pa.string()),
        ("rank", pa.string()),
        ("vote", pa.string()),
        ("announced", pa.string()),
        ("mission", pa.string()),
        ("cameo", pa.string()),
        ("plover", pa.string()),
        ("confidence", pa.float64()),
        ("status", pa.string()),
        ("citation", pa.string()),
        ("mentions", pa.list_(_SPAN)),
        # kind = "membership", "statistic", "mission"
        ("country", pa.string()),
        ("organization", pa.string()),
        ("origin", pa.string()),
        ("destination", pa.string()),
        ("year", pa.int32()),
        ("measure", pa.string()),
        ("value", pa.float64()),
        ("host", pa.string()),
        ("mission_name", pa.string()),
        ("city", pa.string()),
        # Every claim: the sentence (or infobox line) it was read from.
        ("ev_start", pa.int32()),
        ("ev_end", pa.int32()),
        ("ev_text", pa.string()),
    ]
)
# Rows gathered before a part is written: parts of a few MB, memory flat in the corpus size.
ROWS_PER_PART = 20_000


def claim_rows(source: str, extraction: Extraction) -> list[dict[str, Any]]:
    """The rows of one document read: its own row, then one per claim."""
    doc = extraction.document
    pair = extraction.pair or (None, None)
    rows: list[dict[str, Any]] = [
        {
            "document_id": doc.id,
            "source": source,
            "kind": "document",
            "name": doc.name,
            "title": doc.title,
            "pair_a": pair[0],
            "pair_b": pair[1],
            "published": str(doc.published) if doc.published else None,
            "language": doc.language,
            "reader_version": reader_version(),
            "read_at": datetime.now(UTC),
            "text": doc.text,
        }
    ]
    ordinal = 0
    for claim in extraction.claims:
        ev = claim.evidence
        row: dict[str, Any] = {
            "document_id": doc.id,
            "source": source,
            "kind": claim.kind,
            "ev_start": ev.start,
            "ev_end": ev.end,
            "ev_text": ev.text,
        }
        if isinstance(claim, Event):
            period = Period.parse(claim.date) if claim.date else None
            row |= {
                "ordinal": ordinal,
                "type": claim.type,
                "actor": claim.actor,
                "target": claim.target,
                "directed": claim.directed,
                "date": claim.date,
                "date_start": period.start if period else None,
                "date_end": period.end if period else None,
                "person": claim.person,
                "rank": claim.rank,
                "vote": claim.vote,
                "announced": claim.announced,
                "mission": claim.mission,
                "cameo": claim.cameo,
                "plover": claim.plover,
                "confidence": claim.confidence,
                "status": claim.status,
                "citation": claim.citation,
                "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in claim.mentions]
                or None,
            }
            ordinal += 1
        elif isinstance(claim, Membership):
            row |= {"country": claim.country, "organization": claim.organization}
        elif isinstance(claim, Statistic):
            row |= {
                "origin": claim.origin,
                "destination": claim.destination,
                "year": claim.year,
                "measure": claim.measure,
                "value": float(claim.value),
            }
        elif isinstance(claim, Mission):
            row |= {
                "country": claim.country,
                "host": claim.host,
                "mission_name": claim.name,
                "city": claim.city,
            }
        rows.append(row)
    return rows


class PartWriter:
    """Writes rows to numbered Parquet parts in a folder (a local path or an fsspec URL)."""

    def __init__(self, folder: str, *, prefix: str | None = None, rows_per_part: int = ROWS_PER_PART) -> None:
        import fsspec

        self.fs, self.folder = fsspec.core.url_to_fs(folder)
        self.fs.makedirs(self.folder, exist_ok=True)
        self.prefix = prefix or uuid.uuid4().hex[:8]
        self.rows_per_part = rows_per_part
        self.rows: list[dict[str, Any]] = []
        self.parts: list[str] = []

    def add(self, rows: list[dict[str, Any]]) -> None:
        """Adds one document's rows; a part is written once enough rows wait (never mid-document)."""
        self.rows.extend(rows)
        if len(self.rows) >= self.rows_per_part:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        path = f"{self.folder}/part-{self.prefix}-{len(self.parts):05d}.parquet"
        table = pa.Table.from_pylist(self.rows, schema=CLAIMS_SCHEMA)
        with self.fs.open(path, "wb") as out:
            pq.write_table(table, out, compression="zstd")
        self.parts.append(path)
        self.rows = []

    def close(self) -> list[str]:
        self.flush()
        with self.fs.open(f"{self.folder}/{MARKER}", "w") as out:
            json.dump({"schema": "legation-claims", "version": SCHEMA_VERSION}, out)
        return self.parts


def is_claims_folder(path: str) -> bool:
    """Whether a path is a folder of claims that `legation read` wrote."""
    return (Path(path) / MARKER).is_file()


@dataclass(frozen=True)
class LoadResult:
    """What a bulk load did: documents added, replaced and unchanged, and events stored."""

    added: int
    replaced: int
    unchanged: int
    events: int

    def summary(self) -> str:
        counts = {"added": self.added, "replaced": self.replaced, "unchanged": self.unchanged}
        done = ", ".join(f"{n} {k}" for k, n in counts.items() if n) or "nothing read"
        return f"{done}; {self.events} events stored"


def load_claims(store: Store, folder: str) -> LoadResult:
    """Loads a claims folder into the store in one transaction, by DuckDB's Parquet reader."""
    marker = Path(folder) / MARKER
    try:
        meta = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise InputError(
            f"{folder}: not a claims folder; write one with 'legation read PATHS --out DIR'"
        ) from None
    if meta.get("version") != SCHEMA_VERSION:
        raise InputError(
            f"{folder}: claims of schema version {meta.get('version')}, this Legation reads "
            f"{SCHEMA_VERSION}; read the texts again with this version"
        )
    parts = sorted(str(p) for p in Path(folder).glob("part-*.parquet"))
    if not parts:
        return LoadResult(0, 0, 0, 0)
    with store.transaction() as con:
        con.execute("CREATE OR REPLACE TEMP TABLE incoming AS SELECT * FROM read_parquet(?)", [parts])
        return _load(con)


def _load(con: Any) -> LoadResult:
    # One row per document to take: the first of each source and of each text; what the store
    # holds already under the same source and text, or under another source with the same text,
    # is left unchanged.
    con.execute(
        """CREATE OR REPLACE TEMP TABLE docs AS
        SELECT i.*, old.id AS old_id FROM (
            SELECT *, row_number() OVER (PARTITION BY source ORDER BY source) AS by_source
            FROM incoming WHERE kind = 'document') i
        LEFT JOIN documents old ON old.source = i.source
        WHERE i.by_source = 1"""
    )
    con.execute(
        """CREATE OR REPLACE TEMP TABLE taken AS
        SELECT * FROM (
            SELECT *, row_number() OVER (PARTITION BY document_id ORDER BY source) AS by_text FROM docs
            WHERE old_id IS DISTINCT FROM document_id
              AND NOT (old_id IS NULL AND document_id IN (SELECT id FROM documents))
        ) WHERE by_text = 1"""
    )
    total = con.execute("SELECT count(*) FROM docs").fetchone()[0]
    replaced = con.execute("SELECT count(*) FROM taken WHERE old_id IS NOT NULL").fetchone()[0]
    added = con.execute("SELECT count(*) FROM taken WHERE old_id IS NULL").fetchone()[0]
    for table in ("events", "mentions", "memberships", "statistics", "missions"):
        con.execute(f"DELETE FROM {table} WHERE document_id IN (SELECT old_id FROM taken)")
    con.execute("DELETE FROM documents WHERE id IN (SELECT old_id FROM taken)")
    con.execute(
        """INSERT INTO documents (id, source, name, title, pair_a, pair_b, read_at, reader_version, text,
            published, language)
        SELECT document_id, source, name, title, pair_a, pair_b, read_at, reader_version, text, published,
            language FROM taken"""
    )
    # The claims of each document taken, from the same source's rows.
    claims = "FROM incoming c JOIN taken t ON t.source = c.source AND t.document_id = c.document_id"
    con.execute(
        f"""INSERT INTO events (document_id, ordinal, type, actor, target, directed, date, date_start,
            date_end, person, rank, vote, announced, mission, cameo, plover, confidence, ev_start, ev_end,
            ev_text, status, citation, pair)
        SELECT c.document_id, c.ordinal, c.type, c.actor, c.target, c.directed, c.date, c.date_start,
            c.date_end, c.person, c.rank, c.vote, c.announced, c.mission, c.cameo, c.plover, c.confidence,
            c.ev_start, c.ev_end, c.ev_text, c.status, c.citation,
            least(c.actor, c.target) || '|' || greatest(c.actor, c.target) {claims} WHERE c.kind = 'event'"""
    )
    con.execute(
        f"""INSERT INTO mentions SELECT document_id, ordinal, m.start, m."end", m.text
        FROM (SELECT c.document_id, c.ordinal, unnest(c.mentions) AS m {claims}
              WHERE c.kind = 'event' AND c.mentions IS NOT NULL)"""
    )
    con.execute(
        f"""INSERT INTO memberships SELECT c.document_id, c.country, c.organization, c.ev_start, c.ev_end,
        c.ev_text {claims} WHERE c.kind = 'membership'"""
    )
    con.execute(
        f"""INSERT INTO statistics SELECT c.document_id, c.origin, c.destination, c.year, c.measure, c.value,
        c.ev_start, c.ev_end, c.ev_text {claims} WHERE c.kind = 'statistic'"""
    )
    con.execute(
        f"""INSERT INTO missions SELECT c.document_id, c.country, c.host, c.mission_name, c.city, c.ev_start,
        c.ev_end, c.ev_text {claims} WHERE c.kind = 'mission'"""
    )
    events = con.execute(f"SELECT count(*) {claims} WHERE c.kind = 'event'").fetchone()[0]
    for name in ("incoming", "docs", "taken"):
        con.execute(f"DROP TABLE {name}")
    return LoadResult(added, replaced, total - added - replaced, events)


def write_reads(
    reads: Iterable[Read | Failure], folder: str, *, prefix: str | None = None
) -> Iterator[Read | Failure]:
    """Writes each document read to the folder's parts as it passes, and passes it on."""
    writer = PartWriter(folder, prefix=prefix)
    for item in reads:
        if isinstance(item, Read):
            writer.add(claim_rows(item.source, item.extraction))
        yield item
    writer.close()
