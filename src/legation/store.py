"""The embedded store: a DuckDB file of documents and the claims read from them.

Every claim is kept with the document (source) it came from; reading a source again replaces only
that source's claims, in one transaction, so a later source never overwrites an earlier one and an
ingest stopped midway leaves the store as it was before the document it was on.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime
from functools import cache
from importlib import metadata
from pathlib import Path, PurePath
from typing import Any, Literal

import duckdb

from legation.claims import Event, Evidence, Extraction, Membership, Mission, Statistic, StoredEvent
from legation.errors import StoreError
from legation.periods import Period

DEFAULT_PATH = "legation.duckdb"
# Each entry moves the schema one version up; the store records the last one applied.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE documents (
        id VARCHAR PRIMARY KEY, source VARCHAR NOT NULL UNIQUE, name VARCHAR, title VARCHAR,
        pair_a VARCHAR, pair_b VARCHAR, read_at TIMESTAMP, reader_version VARCHAR, text VARCHAR
    );
    CREATE TABLE events (
        document_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL, type VARCHAR NOT NULL,
        actor VARCHAR NOT NULL, target VARCHAR NOT NULL, directed BOOLEAN NOT NULL, date VARCHAR,
        date_start DATE, date_end DATE, person VARCHAR, rank VARCHAR, vote VARCHAR, announced VARCHAR,
        mission VARCHAR,
        cameo VARCHAR, plover VARCHAR, confidence DOUBLE, ev_start INTEGER, ev_end INTEGER, ev_text VARCHAR,
        PRIMARY KEY (document_id, ordinal)
    );
    CREATE INDEX events_actor ON events (actor);
    CREATE INDEX events_target ON events (target);
    CREATE TABLE memberships (document_id VARCHAR, country VARCHAR, organization VARCHAR,
        ev_start INTEGER, ev_end INTEGER, ev_text VARCHAR);
    CREATE TABLE statistics (document_id VARCHAR, origin VARCHAR, destination VARCHAR, year INTEGER,
        measure VARCHAR, value DOUBLE, ev_start INTEGER, ev_end INTEGER, ev_text VARCHAR);
    CREATE TABLE missions (document_id VARCHAR, country VARCHAR, host VARCHAR, name VARCHAR, city VARCHAR,
        ev_start INTEGER, ev_end INTEGER, ev_text VARCHAR);
    """,
    # The first version kept a copy of the country table that nothing read.
    "DROP TABLE IF EXISTS countries;",
    # Acts only announced, threatened, demanded or denied; every span that states an act; the day a
    # document was published and its language.
    """
    ALTER TABLE events ADD COLUMN status VARCHAR;
    ALTER TABLE documents ADD COLUMN published VARCHAR;
    ALTER TABLE documents ADD COLUMN language VARCHAR;
    CREATE TABLE mentions (document_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL, ev_start INTEGER,
        ev_end INTEGER, ev_text VARCHAR);
    """,
    # The source a sentence cites (a Wikipedia page's reference).
    "ALTER TABLE events ADD COLUMN citation VARCHAR;",
    # What datasets (COW, Wikidata) say of a pair, each under the imported file as its document.
    """
    CREATE TABLE dataset_claims (document_id VARCHAR NOT NULL, dataset VARCHAR NOT NULL,
        source VARCHAR NOT NULL, actor VARCHAR NOT NULL, target VARCHAR NOT NULL, field VARCHAR NOT NULL,
        value VARCHAR NOT NULL, date_start DATE, date_end DATE, precision VARCHAR);
    CREATE INDEX dataset_claims_actor ON dataset_claims (actor, target);
    """,
    # A pair's events found by one key (an index lookup) rather than a scan of every event.
    """
    ALTER TABLE events ADD COLUMN pair VARCHAR;
    UPDATE events SET pair = least(actor, target) || '|' || greatest(actor, target);
    CREATE INDEX events_pair ON events (pair);
    """,
    # The organization a state joined, was suspended from or left.
    "ALTER TABLE events ADD COLUMN organization VARCHAR;",
    # The language of the sentence an event was read from (a page may quote a paragraph in another).
    "ALTER TABLE events ADD COLUMN ev_language VARCHAR;",
)
_EVENT_COLUMNS = (
    "document_id, ordinal, type, actor, target, directed, date, date_start, date_end, person, rank, "
    "vote, announced, mission, cameo, plover, confidence, ev_start, ev_end, ev_text, status, citation, pair, "
    "organization, ev_language"
)
_DOCUMENT_COLUMNS = (
    "id, source, name, title, pair_a, pair_b, read_at, reader_version, text, published, language"
)


# What a query of events selects: where each event stands, then Event's own stored fields.
_EVENT_FIELDS = tuple(f.name for f in fields(Event) if f.name not in ("evidence", "mentions"))
_SELECTED = (
    "e.document_id, e.ordinal, e.date_start, e.date_end, d.source, e.ev_start, e.ev_end, e.ev_text, "
    "coalesce(e.ev_language, d.language, 'en'), " + ", ".join(f"e.{name}" for name in _EVENT_FIELDS)
)


@dataclass(frozen=True)
class DocumentSummary:
    """A stored document and how many claims were read from it."""

    id: str
    source: str
    title: str | None
    pair: tuple[str, str] | None
    read_at: datetime
    events: int
    facts: int
    published: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class StoredFact:
    """A fact as stored: a membership, a migration figure or a mission, and its document."""

    document_id: str
    source: str
    claim: Membership | Statistic | Mission


@dataclass(frozen=True)
class IngestResult:
    """What an ingest did with one document."""

    source: str
    action: Literal["added", "replaced", "unchanged"]
    events: int


def _insert(tx: duckdb.DuckDBPyConnection, table: str, rows: list[list[Any]]) -> None:
    """Inserts rows into a table (given as `name` or `name (columns)`) in one statement, handed to
    DuckDB as an Arrow table: statements with parameters cost DuckDB about a microsecond a value,
    and `executemany` runs a statement per row."""
    if not rows:
        return
    import pyarrow as pa  # here: a command that only reads the store need not load it

    columns = {f"c{i}": list(column) for i, column in enumerate(zip(*rows, strict=True))}
    tx.register("_legation_rows", pa.table(columns))
    try:
        tx.execute(f"INSERT INTO {table} SELECT * FROM _legation_rows")
    finally:
        tx.unregister("_legation_rows")


@dataclass
class _Rows:
    """The rows of the documents of one batch, by table."""

    documents: list[list[Any]] = field(default_factory=list)
    events: list[list[Any]] = field(default_factory=list)
    mentions: list[list[Any]] = field(default_factory=list)
    memberships: list[list[Any]] = field(default_factory=list)
    statistics: list[list[Any]] = field(default_factory=list)
    missions: list[list[Any]] = field(default_factory=list)

    def add(self, document_id: str, source: str, extraction: Extraction) -> None:
        doc, events = extraction.document, extraction.events
        pair = extraction.pair or (None, None)
        published = str(doc.published) if doc.published else None
        read_at, version = datetime.now(UTC), reader_version()
        self.documents.append(
            [
                document_id,
                source,
                doc.name,
                doc.title,
                *pair,
                read_at,
                version,
                doc.text,
                published,
                doc.language,
            ]
        )
        self.events += [_event_row(document_id, i, e) for i, e in enumerate(events)]
        self.mentions += [
            [document_id, i, m.start, m.end, m.text] for i, e in enumerate(events) for m in e.mentions
        ]
        for claim in extraction.claims:
            ev = claim.evidence
            if isinstance(claim, Membership):
                row: list[Any] = [claim.country, claim.organization]
                self.memberships.append([document_id, *row, ev.start, ev.end, ev.text])
            elif isinstance(claim, Statistic):
                row = [claim.origin, claim.destination, claim.year, claim.measure, float(claim.value)]
                self.statistics.append([document_id, *row, ev.start, ev.end, ev.text])
            elif isinstance(claim, Mission):
                row = [claim.country, claim.host, claim.name, claim.city]
                self.missions.append([document_id, *row, ev.start, ev.end, ev.text])

    def by_table(self) -> dict[str, list[list[Any]]]:
        """The rows of the tables whose columns are all given, in order."""
        return {
            "mentions": self.mentions,
            "memberships": self.memberships,
            "statistics": self.statistics,
            "missions": self.missions,
        }


@cache
def reader_version() -> str:
    """The installed version of Legation, recorded with each document it read."""
    try:
        return metadata.version("legation")
    except metadata.PackageNotFoundError:
        return "unknown"


def default_path() -> str:
    """The store file: $LEGATION_DB, else ./legation.duckdb."""
    return os.environ.get("LEGATION_DB") or DEFAULT_PATH


class Store:
    """A Legation store, open on a DuckDB file (or in memory with ':memory:')."""

    def __init__(self, path: str | Path = ":memory:", *, read_only: bool = False, wait: float = 30.0) -> None:
        self.path = str(path)
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(
                f"no store at {self.path}; create one with 'legation ingest PATH --db {self.path}'"
            )
        folder = Path(self.path).parent
        if self.path != ":memory:" and not folder.is_dir():
            raise StoreError(
                f"the folder {folder} for the store does not exist; create it or give another --db"
            )
        self.connection = self._connect(read_only, wait)
        # How a source is shown: as stored, unless the server hides the paths of its machine.
        self.shown_source: Callable[[str], str] = str
        try:
            self._check_schema(read_only)
        except StoreError:
            self.connection.close()
            raise
        if not read_only:
            self._migrate()

    def _check_schema(self, read_only: bool) -> None:
        """Nothing, or a StoreError for a DuckDB file that is not a Legation store this version reads."""
        version = self.schema_version()
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path} was made by a newer Legation (store version {version}); upgrade Legation"
            )
        if version == 0:
            rows = self.connection.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()
            if rows:
                names = ", ".join(r[0] for r in rows[:5])
                raise StoreError(
                    f"{self.path} is a DuckDB database of something else (tables: {names}), "
                    "not a Legation store; give another --db path"
                )
        if read_only and version < len(MIGRATIONS):
            raise StoreError(
                f"{self.path} is not a Legation store of this version (it is version {version}, this "
                f"Legation's {len(MIGRATIONS)}); run 'legation ingest' on it to bring it up to date"
            )

    def _connect(self, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + wait
        delay = 0.05
        while True:
            try:
                return duckdb.connect(self.path, read_only=read_only)
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                    if "lock" in str(exc).lower():
                        raise StoreError(
                            f"the store {self.path} is busy: another legation process is writing to it; "
                            "try again when it has finished"
                        ) from None
                    if "not a valid DuckDB database" in str(exc):
                        raise StoreError(
                            f"{self.path} is not a Legation store; give another --db path"
                        ) from None
                    raise StoreError(f"cannot open the store {self.path}: {exc}") from None
            except duckdb.Error as exc:
                raise StoreError(
                    f"{self.path} is not a Legation store ({exc}); give another --db path"
                ) from None
            time.sleep(delay)
            delay = min(delay * 2, 1.0)

    @classmethod
    def snapshot(cls, path: str | Path, *, wait: float = 30.0) -> Store:
        """An in-memory copy of the store at `path`, made while holding a read lock on the file and
        holding none after: an ingest may then write the file while the copy is read."""
        with cls(path, read_only=True, wait=wait) as source:  # its checks: missing, foreign, older
            memory = duckdb.connect(":memory:")
            quoted = str(path).replace("'", "''")
            try:
                memory.execute(f"ATTACH '{quoted}' AS source (READ_ONLY)")
                memory.execute("COPY FROM DATABASE source TO memory")
                memory.execute("DETACH source")
            except duckdb.Error as exc:
                memory.close()
                raise StoreError(f"cannot read the store {path}: {exc}") from None
            store = cls.__new__(cls)
            store.path = source.path
            store.connection = memory
            store.shown_source = source.shown_source
            return store

    @classmethod
    def view(cls, parent: Store) -> Store:
        """Another handle on the same open database, for use by one thread (a DuckDB cursor)."""
        store = cls.__new__(cls)
        store.path = parent.path
        store.connection = parent.connection.cursor()
        store.shown_source = parent.shown_source
        return store

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A transaction: committed when the block ends, rolled back if it raises."""
        self.connection.begin()
        try:
            yield self.connection
        except BaseException:
            self.connection.rollback()
            raise
        self.connection.commit()

    def schema_version(self) -> int:
        """The version of the store's tables: 0 for a file with no Legation tables."""
        try:
            row = self.connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except (duckdb.CatalogException, duckdb.BinderException):
            return 0
        return int(row[0]) if row and str(row[0]).isdigit() else 0

    def _migrate(self) -> None:
        version = self.schema_version()
        if version >= len(MIGRATIONS):
            return
        with self.transaction() as con:
            if version == 0:
                con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
            for script in MIGRATIONS[version:]:
                con.execute(script)
            con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(len(MIGRATIONS))])

    # ------------------------------------------------------------------ writing

    def ingest(self, extraction: Extraction, *, source: str) -> IngestResult:
        """Stores a document's claims under its source, replacing what that source said before."""
        return self.ingest_many([(extraction, source)])[0]

    def ingest_many(self, items: Sequence[tuple[Extraction, str]]) -> list[IngestResult]:
        """Stores many documents' claims, each under its source, in one transaction (all of them or
        none): DuckDB spends milliseconds on each statement, so a batch takes one per table."""
        sources = [source for _, source in items]
        if len(set(sources)) != len(sources):
            raise ValueError("ingest_many: a source may come once in a batch; store the batch before it")
        if not items:
            return []
        marks = ", ".join("?" * len(sources))
        old = dict(
            self.connection.execute(
                f"SELECT source, id FROM documents WHERE source IN ({marks})", sources
            ).fetchall()
        )
        rows = _Rows()
        results = []
        for extraction, source in items:
            document_id = stored_document_id(source, extraction.document.id)
            if old.get(source) == document_id:
                results.append(IngestResult(source, "unchanged", 0))
                continue
            rows.add(document_id, source, extraction)
            results.append(
                IngestResult(source, "replaced" if source in old else "added", len(extraction.events))
            )
        replaced = [old[r.source] for r in results if r.action == "replaced"]
        if not rows.documents:
            return results
        with self.transaction() as tx:
            if replaced:
                marks = ", ".join("?" * len(replaced))
                for table in ("events", "mentions", "memberships", "statistics", "missions", "documents"):
                    column = "id" if table == "documents" else "document_id"
                    tx.execute(f"DELETE FROM {table} WHERE {column} IN ({marks})", replaced)
            _insert(tx, f"documents ({_DOCUMENT_COLUMNS})", rows.documents)
            _insert(tx, f"events ({_EVENT_COLUMNS})", rows.events)
            for table, table_rows in rows.by_table().items():
                _insert(tx, table, table_rows)
        return results

    # ------------------------------------------------------------------ reading

    def events(
        self,
        *,
        pair: tuple[str, str] | None = None,
        country: str | None = None,
        types: Sequence[str] = (),
        start: date | None = None,
        end: date | None = None,
        text: str | None = None,
        document: str | None = None,
        limit: int | None = None,
        mentions: bool = True,
        past_end: Sequence[str] = (),
    ) -> list[StoredEvent]:
        """The stored events that pass every filter given, in date order then text order.

        With `mentions` False, each event has only the span it was read from (a faster read).
        Events of the types in `past_end` are taken whatever their dates, though `end` is given."""
        where: list[str] = []
        params: list[Any] = []
        if country:
            where.append("(actor = ? OR target = ?)")
            params += [country, country]
        if types:
            where.append(f"type IN ({', '.join('?' * len(types))})")
            params += list(types)
        if start:
            where.append("(date_end IS NULL OR date_end >= ?)")
            params.append(start)
        if end:
            later = f" OR type IN ({', '.join('?' * len(past_end))})" if past_end else ""
            where.append(f"(date_start IS NULL OR date_start <= ?{later})")
            params += [end, *past_end]
        if document:
            where.append("document_id = ?")
            params.append(document)
        if text:
            # The text is looked for as written: % and _ are not wildcards.
            where.append("(ev_text ILIKE ? ESCAPE '\\' OR person ILIKE ? ESCAPE '\\')")
            pattern = "%" + re.sub(r"([\\%_])", r"\\\1", text) + "%"
            params += [pattern, pattern]
        # A pair's rows are found by the pair's index, which DuckDB takes only for an equality standing
        # alone. Other rows are found first by their row ids, then fetched whole by them: a scan that
        # reads every column of every row costs many times more.
        if pair:
            picked = "WITH picked AS MATERIALIZED (SELECT * FROM events WHERE pair = ?) SELECT * FROM picked"
            params.insert(0, pair_key(*pair))
            outer = where
        else:
            ids = "SELECT rowid AS r FROM events" + (f" WHERE {' AND '.join(where)}" if where else "")
            picked = (
                f"SELECT * FROM events WHERE rowid IN (WITH ids AS MATERIALIZED ({ids}) SELECT r FROM ids)"
            )
            outer = []
        sql = (
            f"SELECT {_SELECTED} FROM ({picked}) e JOIN documents d ON d.id = e.document_id"
            + (f" WHERE {' AND '.join(outer)}" if outer else "")
            + " ORDER BY e.date_start NULLS LAST, d.source, e.ordinal"
            + (f" LIMIT {int(limit)}" if limit else "")
        )
        rows = self.connection.execute(sql, params).fetchall()
        found = _stored_events(rows, self.shown_source)
        return self._with_mentions(found) if mentions else found

    def _with_mentions(self, found: list[StoredEvent]) -> list[StoredEvent]:
        """The events with every span that states them, where more than one does."""
        if not found:
            return found
        documents = sorted({s.document_id for s in found})
        rows = self.connection.execute(
            f"SELECT m.document_id, m.ordinal, d.source, m.ev_start, m.ev_end, m.ev_text, "
            f"coalesce(d.language, 'en') FROM mentions m "
            f"JOIN documents d ON d.id = m.document_id "
            f"WHERE m.document_id IN ({', '.join('?' * len(documents))}) ORDER BY m.ev_start",
            documents,
        ).fetchall()
        if not rows:
            return found
        spans: dict[tuple[str, int], list[Evidence]] = {}
        for document_id, ordinal, source, start, end, text, language in rows:
            spans.setdefault((document_id, ordinal), []).append(
                Evidence(self.shown_source(source), start, end, text, language)
            )
        return [
            replace(s, event=replace(s.event, mentions=tuple(spans[key])))
            if (key := (s.document_id, s.ordinal)) in spans
            else s
            for s in found
        ]

    def facts(self, countries: Sequence[str]) -> list[StoredFact]:
        """The memberships, migration figures and missions that name any of the countries, in the
        order of their sources and their places in them."""
        marks = ", ".join("?" * len(countries))
        shown = self.shown_source
        found: list[StoredFact] = []
        queries: list[
            tuple[str, int, Callable[[tuple[Any, ...], Evidence], Membership | Statistic | Mission]]
        ] = [
            (f"m.country IN ({marks})", 1, lambda r, ev: Membership(r[0], r[1], ev)),
            (f"(m.origin IN ({marks}) OR m.destination IN ({marks}))", 2, _statistic),
            (
                f"(m.country IN ({marks}) OR m.host IN ({marks}))",
                2,
                lambda r, ev: Mission(r[0], r[1], r[2], r[3], ev),
            ),
        ]
        for (table, columns), (where, repeat, make) in zip(_FACT_TABLES, queries, strict=True):
            rows = self.connection.execute(
                f"SELECT m.document_id, d.source, m.ev_start, m.ev_end, m.ev_text, "
                f"coalesce(d.language, 'en'), {columns} FROM {table} m "
                f"JOIN documents d ON d.id = m.document_id WHERE {where} ORDER BY d.source, m.ev_start",
                list(countries) * repeat,
            ).fetchall()
            for document_id, source, start, end, text, language, *values in rows:
                evidence = Evidence(shown(source), start, end, text, language)
                found.append(StoredFact(document_id, shown(source), make(tuple(values), evidence)))
        return found

    def documents(self) -> list[DocumentSummary]:
        """The stored documents with their counts of events and facts."""
        rows = self.connection.execute(
            """SELECT d.id, d.source, d.title, d.pair_a, d.pair_b, d.read_at,
                   (SELECT count(*) FROM events e WHERE e.document_id = d.id),
                   (SELECT count(*) FROM memberships m WHERE m.document_id = d.id)
                 + (SELECT count(*) FROM statistics s WHERE s.document_id = d.id)
                 + (SELECT count(*) FROM missions x WHERE x.document_id = d.id),
                   d.published, d.language
               FROM documents d ORDER BY d.source"""
        ).fetchall()
        return [
            DocumentSummary(r[0], self.shown_source(r[1]), r[2], (r[3], r[4]) if r[3] else None, *r[5:])
            for r in rows
        ]

    def document_text(self, document_id: str) -> tuple[str, str, str | None] | None:
        """The (source, text, title) of a stored document, or None."""
        row = self.connection.execute("SELECT source, text, title FROM documents WHERE id = ?", [document_id])
        found = row.fetchone()
        return (self.shown_source(found[0]), found[1], found[2]) if found else None

    def event_count(self) -> int:
        """How many events the store holds."""
        row = self.connection.execute("SELECT count(*) FROM events").fetchone()
        return int(row[0]) if row else 0

    def pairs(self) -> list[tuple[str, str, int]]:
        """Every pair of states with stored events, and how many."""
        rows = self.connection.execute(
            """SELECT least(actor, target) a, greatest(actor, target) b, count(*) FROM events
               WHERE actor <> target GROUP BY a, b ORDER BY count(*) DESC, a, b"""
        ).fetchall()
        return [(r[0], r[1], r[2]) for r in rows]


# The fact tables and the columns of their claims, in the order the claims take them.
_FACT_TABLES = (
    ("memberships", "m.country, m.organization"),
    ("statistics", "m.origin, m.destination, m.year, m.measure, m.value"),
    ("missions", "m.country, m.host, m.name, m.city"),
)


def _statistic(values: tuple[Any, ...], evidence: Evidence) -> Statistic:
    origin, destination, year, measure, value = values
    # A count of residents was stored as a number of any kind; it is a whole number of people.
    number = int(value) if measure == "residents" and float(value).is_integer() else value
    return Statistic(origin, destination, year, measure, number, evidence)


def stored_document_id(source: str, text_id: str) -> str:
    """The id of a document as stored: one per source and text, so that two files with the same
    text are two documents, and a source whose text changed is a new one."""
    return hashlib.sha256(f"{source}\0{text_id}".encode()).hexdigest()[:16]


def public_source(source: str) -> str:
    """A source as a server shows it: a path of the serving machine only by its file's name."""
    return PurePath(source).name if PurePath(source).is_absolute() else source


def _event_row(document_id: str, ordinal: int, e: Event) -> list[Any]:
    period = Period.parse(e.date) if e.date else None
    ev = e.evidence
    return [
        document_id,
        ordinal,
        e.type,
        e.actor,
        e.target,
        e.directed,
        e.date,
        period.start if period else None,
        period.end if period else None,
        e.person,
        e.rank,
        e.vote,
        e.announced,
        e.mission,
        e.cameo,
        e.plover,
        e.confidence,
        ev.start,
        ev.end,
        ev.text,
        e.status,
        e.citation,
        pair_key(e.actor, e.target),
        e.organization,
        ev.language,
    ]


def pair_key(a: str, b: str) -> str:
    """The key of an unordered pair of states in the events table: 'PER|VEN'."""
    return f"{min(a, b)}|{max(a, b)}"


def _stored_events(rows: list[tuple[Any, ...]], shown_source: Callable[[str], str]) -> list[StoredEvent]:
    """The records of rows of `_SELECTED`.

    They are made without their classes' __init__, which for a frozen dataclass sets each field through
    object.__setattr__: that was most of the time of reading a country's thousands of events. The
    rows are the store's own, with every field's value (and the classes have no __post_init__)."""
    new = object.__new__
    found: list[StoredEvent] = []
    for document_id, ordinal, start, end, stored_source, ev_start, ev_end, ev_text, language, *values in rows:
        source = shown_source(stored_source)
        evidence = new(Evidence)
        evidence.__dict__.update(document=source, start=ev_start, end=ev_end, text=ev_text, language=language)
        event = new(Event)
        event.__dict__.update(zip(_EVENT_FIELDS, values, strict=True), evidence=evidence, mentions=())
        stored = new(StoredEvent)
        stored.__dict__.update(
            document_id=document_id, source=source, ordinal=ordinal, event=event, start=start, end=end
        )
        found.append(stored)
    return found
