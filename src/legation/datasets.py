"""Datasets beside texts: the COW Diplomatic Exchange CSV and Wikidata's P530 statements as claims.

An imported file is stored as a document (its source the file, its id the hash of its bytes), its
claims under it; importing the same file again changes nothing, a changed file replaces its claims.

COW Diplomatic Exchange (v2006.1): one row per dyad-year with `ccode1, ccode2, year, DR_at_1,
DR_at_2, DE`. `DR_at_1` is the level of side 2's representation at side 1 (the envoy that ccode2 keeps
in ccode1's capital), `DR_at_2` that of side 1 at side 2; levels 0 none, 1 chargé d'affaires, 2
minister, 3 ambassador, 9 other; `DE` is 1 where either side is represented at the other. Each known
level becomes one claim: "the envoy of A in B was at this level in this year", at year precision.
"""

from __future__ import annotations

import bz2
import csv
import hashlib
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

from legation.claims import DatasetClaim
from legation.codes import code_table
from legation.errors import InputError
from legation.store import Store, reader_version, stored_document_id

LEVELS = {0: "none", 1: "charge_d_affaires", 2: "minister", 3: "ambassador", 9: "other"}
LEVEL_OF = {v: k for k, v in LEVELS.items()} | {"consular": 9}
COW_COLUMNS = ("ccode1", "ccode2", "year", "DR_at_1", "DR_at_2", "DE")
MISSING = -9


@dataclass(frozen=True)
class ImportResult:
    """What an import did: added, replaced or unchanged, and the claims stored."""

    source: str
    action: str
    claims: int
    skipped: int


def _file_id(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:16]


def store_dataset(
    store: Store, path: Path, title: str, claims: Iterable[DatasetClaim], *, skipped: int = 0
) -> ImportResult:
    """Stores a dataset file's claims under it, replacing what the same file said before."""
    # Kept as the user named it, and one document per source, as a text is (see Store.ingest).
    source = str(path)
    doc_id = stored_document_id(source, _file_id(path))
    con = store.connection
    old = con.execute("SELECT id FROM documents WHERE source = ?", [source]).fetchone()
    if old and old[0] == doc_id:
        return ImportResult(source, "unchanged", 0, 0)
    rows = [
        [doc_id, c.dataset, c.source, c.actor, c.target, c.field, c.value, c.start, c.end, c.precision]
        for c in claims
    ]
    with store.transaction() as tx:
        if old:
            tx.execute("DELETE FROM dataset_claims WHERE document_id = ?", [old[0]])
            tx.execute("DELETE FROM documents WHERE id = ?", [old[0]])
        tx.execute(
            "INSERT INTO documents (id, source, name, title, read_at, reader_version, text) "
            "VALUES (?, ?, ?, ?, ?, ?, '')",
            [doc_id, source, path.name, title, datetime.now(UTC), reader_version()],
        )
        # Many rows at once: a temporary Arrow table beats executemany by far.
        import pyarrow as pa

        names = ["document_id", "dataset", "source", "actor", "target", "field", "value"]
        names += ["date_start", "date_end", "precision"]
        batch = pa.table({n: [r[i] for r in rows] for i, n in enumerate(names)})  # noqa: F841
        tx.execute("INSERT INTO dataset_claims SELECT * FROM batch")
    return ImportResult(source, "replaced" if old else "added", len(rows), skipped)


# ---------------------------------------------------------------------- COW


def read_cow(stream: IO[str], *, name: str) -> tuple[list[DatasetClaim], str, int]:
    """The claims of a Diplomatic Exchange CSV, its version, and how many levels no state code took."""
    reader = csv.DictReader(stream)
    header = reader.fieldnames or []
    missing = [c for c in COW_COLUMNS if c not in header]
    if missing:
        raise InputError(
            f"{name}: not a COW Diplomatic Exchange CSV (no column {', '.join(missing)}); "
            f"its header must hold {', '.join(COW_COLUMNS)}"
        )
    table = code_table()
    seen: set[tuple[str, str, int]] = set()
    claims: list[DatasetClaim] = []
    version = ""
    skipped = 0
    for line, row in enumerate(reader, start=2):
        try:
            c1, c2, year = int(row["ccode1"]), int(row["ccode2"]), int(row["year"])
            at1, at2 = int(row["DR_at_1"]), int(row["DR_at_2"])
        except (TypeError, ValueError):
            raise InputError(
                f"{name}: line {line} has a value that is not a whole number; fix the row"
            ) from None
        version = version or (row.get("version") or "").strip()
        label = f"COW Diplomatic Exchange {version}".strip()
        a, b = table.iso(c1, "cow", year), table.iso(c2, "cow", year)
        if a is None or b is None:
            skipped += 1
            continue
        # DR_at_1: side 2's envoy at side 1; DR_at_2: side 1's envoy at side 2.
        for sender, host, level in ((b, a, at1), (a, b, at2)):
            if level == MISSING or (sender, host, year) in seen:
                continue
            if level not in LEVELS:
                raise InputError(
                    f"{name}: line {line}: level {level} is not a COW level (0, 1, 2, 3, 9 or -9)"
                )
            seen.add((sender, host, year))
            claims.append(
                DatasetClaim(
                    "cow", label, sender, host, "representation", LEVELS[level], *_year(year), "year"
                )
            )
    return claims, version, skipped


def _year(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def import_cow(store: Store, path: str) -> ImportResult:
    """Imports a COW Diplomatic Exchange CSV as claims with the dataset and its version as source."""
    p = _existing(path)
    with p.open(encoding="utf-8-sig", newline="") as stream:
        claims, version, skipped = read_cow(stream, name=str(p))
    title = f"COW Diplomatic Exchange {version}".strip()
    return store_dataset(store, p, title, claims, skipped=skipped)


# ---------------------------------------------------------------------- Wikidata


def _open_text(path: Path) -> IO[str]:
    if path.name.endswith(".bz2"):
        return io.TextIOWrapper(bz2.open(path, "rb"), encoding="utf-8")
    return path.open(encoding="utf-8")


def _entities(stream: IO[str], name: str) -> Iterator[dict[str, Any]]:
    """The entities of a dump: one JSON object a line, in a JSON array (`[`, `{...},`, `]`) or not.

    Only lines that name P530 or P298 are parsed: the others cannot matter and most lines are others.
    """
    for number, line in enumerate(stream, start=1):
        line = line.strip().rstrip(",")
        if not line or line in ("[", "]") or ('"P530"' not in line and '"P298"' not in line):
            continue
        try:
            entity = json.loads(line)
        except ValueError:
            raise InputError(
                f"{name}: line {number} is not a JSON entity; give a Wikidata entity dump (JSON lines)"
            ) from None
        if isinstance(entity, dict):
            yield entity


def _time(snaks: list[dict[str, Any]] | None) -> tuple[date | None, str]:
    """A time qualifier as a day and its precision ('+1995-03-01T00:00:00Z', 11 -> 1995-03-01, day)."""
    for snak in snaks or []:
        value = (snak.get("datavalue") or {}).get("value") or {}
        text = str(value.get("time", ""))
        try:
            year, month, day = (int(x) for x in text.lstrip("+").split("T")[0].split("-"))
            precision = {11: "day", 10: "month"}.get(int(value.get("precision", 9)), "year")
            return date(year, max(month, 1), max(day, 1)), precision
        except ValueError:
            continue
    return None, "year"


def read_wikidata(stream: IO[str], *, name: str) -> tuple[list[DatasetClaim], int]:
    """The P530 (diplomatic relation) statements of an entity dump as claims, and how many were skipped."""
    iso_of: dict[str, str] = {}
    statements: list[tuple[str, str, dict[str, Any]]] = []
    for entity in _entities(stream, name):
        item = str(entity.get("id", ""))
        claims = entity.get("claims") or {}
        for statement in claims.get("P298", []):
            value = ((statement.get("mainsnak") or {}).get("datavalue") or {}).get("value")
            if isinstance(value, str) and statement.get("rank") != "deprecated":
                iso_of.setdefault(item, value.upper())
        for statement in claims.get("P530", []):
            other = (((statement.get("mainsnak") or {}).get("datavalue") or {}).get("value") or {}).get("id")
            if other and statement.get("rank") != "deprecated":
                statements.append((item, str(other), statement))
    out: list[DatasetClaim] = []
    skipped = 0
    for item, other, statement in statements:
        a, b = iso_of.get(item), iso_of.get(other)
        if a is None or b is None:
            skipped += 1
            continue
        qualifiers = statement.get("qualifiers") or {}
        start, precision = _time(qualifiers.get("P580"))
        end, _ = _time(qualifiers.get("P582"))
        out.append(
            DatasetClaim("wikidata", f"Wikidata {item}", a, b, "relations", "active", start, end, precision)
        )
    return out, skipped


def import_wikidata(store: Store, path: str) -> ImportResult:
    """Imports the P530 statements of a Wikidata entity dump (.json, .jsonl, .bz2) with their items."""
    p = _existing(path)
    try:
        with _open_text(p) as stream:
            claims, skipped = read_wikidata(stream, name=str(p))
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise InputError(
            f"{p}: cannot be read as a Wikidata dump ({exc}); give JSON lines, bzip2 or not"
        ) from None
    return store_dataset(store, p, "Wikidata diplomatic relations (P530)", claims, skipped=skipped)


def _existing(path: str) -> Path:
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such file; check the path")
    return p


# ---------------------------------------------------------------------- reading


def dataset_claims(
    store: Store, a: str, b: str | None, *, dataset: str | None = None, on: date | None = None
) -> list[DatasetClaim]:
    """The dataset claims about a pair (either way; with `b` None, about every pair of `a`), of one
    dataset if named, holding on a day if given."""
    where = "((actor = ? AND target = ?) OR (actor = ? AND target = ?))"
    params: list[Any] = [a, b, b, a]
    if b is None:
        where, params = "(actor = ? OR target = ?)", [a, a]
    if dataset:
        where += " AND dataset = ?"
        params.append(dataset)
    if on:
        where += " AND date_start IS NOT NULL AND date_start <= ? AND (date_end IS NULL OR date_end >= ?)"
        params += [on, on]
    rows = store.connection.execute(
        "SELECT dataset, source, actor, target, field, value, date_start, date_end, precision "
        f"FROM dataset_claims WHERE {where} ORDER BY date_start NULLS FIRST, actor, field",
        params,
    ).fetchall()
    return [DatasetClaim(*row) for row in rows]


def dataset_pairs(store: Store) -> list[tuple[str, str]]:
    """Every pair a dataset says something of."""
    rows = store.connection.execute(
        "SELECT DISTINCT least(actor, target), greatest(actor, target) FROM dataset_claims ORDER BY 1, 2"
    ).fetchall()
    return [(r[0], r[1]) for r in rows]
