"""The store in the field's shapes: event rows (CSV, Parquet, JSON lines) and dyad-years (COW, DDR).

Event rows carry ISO alpha-3, COW and Gleditsch–Ward codes for both sides (for the year of the
event), the type with its CAMEO and PLOVER codes, the date with its precision, and the evidence.

Dyad-years are the state of each pair on one day of each year (`--on MM-DD`, by default the last
day), texts and datasets weighed together (`state.queries.pair_state`):
- `cow`: the Correlates of War Diplomatic Exchange layout, `ccode1, ccode2, year, DR_at_1, DR_at_2,
  DE`, one row for each direction of a pair (ccode1 of one row is ccode2 of the other). `DR_at_1` is
  the level of ccode2's envoy at ccode1, `DR_at_2` of ccode1's at ccode2: 0 none, 1 chargé
  d'affaires, 2 minister, 3 ambassador, 9 other (consular or another title), -9 not known. `DE` is 1
  where either side is represented at the other, 0 where neither is, -9 where that is not known. A
  year in which neither level is known is left out.
- `ddr`: the layout of the Pardee Diplometrics Diplomatic Representation data, a row per year,
  sending state and destination: the COW codes and names of both, and the sender's level there.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any, Literal

import pyarrow as pa
import pyarrow.parquet as pq

from legation.claims import StoredEvent
from legation.codes import code_table
from legation.countries import load_lexicon
from legation.datasets import LEVEL_OF, MISSING, dataset_claims, dataset_pairs
from legation.errors import QueryError
from legation.periods import Period
from legation.state.queries import PairState, read_types, state_from_timeline, weigh_datasets
from legation.state.timeline import Timeline, build_timeline
from legation.store import Store

EventFormat = Literal["csv", "parquet", "jsonl"]
EVENT_SCHEMA = pa.schema(
    [
        ("date", pa.string()),
        ("date_start", pa.date32()),
        ("date_end", pa.date32()),
        ("precision", pa.string()),
        ("type", pa.string()),
        ("cameo", pa.string()),
        ("plover", pa.string()),
        ("status", pa.string()),
        ("actor", pa.string()),
        ("actor_cow", pa.int32()),
        ("actor_gw", pa.int32()),
        ("target", pa.string()),
        ("target_cow", pa.int32()),
        ("target_gw", pa.int32()),
        ("directed", pa.bool_()),
        ("person", pa.string()),
        ("rank", pa.string()),
        ("confidence", pa.float64()),
        ("source", pa.string()),
        ("document_id", pa.string()),
        ("ordinal", pa.int32()),
        ("citation", pa.string()),
        ("evidence_start", pa.int32()),
        ("evidence_end", pa.int32()),
        ("evidence", pa.string()),
    ]
)
COW_HEADER = ("ccode1", "ccode2", "year", "DR_at_1", "DR_at_2", "DE")
DDR_HEADER = ("Year", "ccode_sending", "Sending Country", "ccode_destination", "Destination", "level", "rank")


def event_row(stored: StoredEvent) -> dict[str, Any]:
    """One event as an export row."""
    e = stored.event
    table = code_table()
    period = Period.parse(e.date) if e.date else None
    year = period.start.year if period else None
    return {
        "date": e.date,
        "date_start": stored.start,
        "date_end": stored.end,
        "precision": period.precision if period else None,
        "type": e.type,
        "cameo": e.cameo,
        "plover": e.plover,
        "status": e.status or "occurred",
        "actor": e.actor,
        "actor_cow": table.cow(e.actor, year),
        "actor_gw": table.gw(e.actor, year),
        "target": e.target,
        "target_cow": table.cow(e.target, year),
        "target_gw": table.gw(e.target, year),
        "directed": e.directed,
        "person": e.person,
        "rank": e.rank,
        "confidence": e.confidence,
        "source": stored.source,
        "document_id": stored.document_id,
        "ordinal": stored.ordinal,
        "citation": e.citation,
        "evidence_start": e.evidence.start,
        "evidence_end": e.evidence.end,
        "evidence": e.evidence.text,
    }


def export_events(rows: list[dict[str, Any]], fmt: EventFormat, out: IO[str] | Path) -> None:
    """Writes event rows as CSV or JSON lines (to a stream or file) or Parquet (to a file)."""
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise QueryError("Parquet is written to a file: give --out PATH")
        pq.write_table(pa.Table.from_pylist(rows, schema=EVENT_SCHEMA), out, compression="zstd")
        return
    with _text(out) as stream:
        if fmt == "jsonl":
            for row in rows:
                stream.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        else:
            writer = csv.DictWriter(stream, fieldnames=EVENT_SCHEMA.names, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)


class _text:
    """A text stream to write to: the one given, or a file opened (and closed) for it."""

    def __init__(self, out: IO[str] | Path) -> None:
        self.out = out
        self.opened: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        if isinstance(self.out, Path):
            self.opened = self.out.open("w", encoding="utf-8", newline="")
            return self.opened
        return self.out

    def __exit__(self, *exc: object) -> None:
        if self.opened is not None:
            self.opened.close()


# ---------------------------------------------------------------------- dyad-years


@dataclass(frozen=True)
class DyadYear:
    """The levels of a pair's envoys at each other on a day of one year: `at_a` is b's envoy at a."""

    a: str
    b: str
    year: int
    at_a: int
    at_b: int


def level(state: PairState, sender: str, host: str) -> int:
    """The COW level of the sender's envoy at the host in a state: 0-3, 9 other, -9 not known."""
    value = state.value(f"representation:{sender}>{host}")
    if value in LEVEL_OF:
        return LEVEL_OF[value]
    if state.value("relations") in ("none", "severed"):
        return 0
    return MISSING


def dyad_years(
    store: Store, *, first: int | None = None, last: int | None = None, on: tuple[int, int] = (12, 31)
) -> Iterator[DyadYear]:
    """Every stored pair's levels year by year, from its first known year (or `first`) to `last`."""
    pairs = sorted({tuple(sorted((a, b))) for a, b, _ in store.pairs()} | set(dataset_pairs(store)))
    last = last if last is not None else date.today().year
    for a, b in pairs:
        timeline = build_timeline(a, b, store.events(pair=(a, b), types=read_types()))
        claims = dataset_claims(store, a, b)
        start = _first_year(timeline, [c.start.year for c in claims if c.start])
        if start is None:
            continue
        for year in range(max(start, first or start), last + 1):
            day = _day(year, on)
            state = state_from_timeline(timeline, day, sources=False)
            state = weigh_datasets(state, [c for c in claims if c.start and c.start <= day <= (c.end or day)])
            row = DyadYear(a, b, year, level(state, b, a), level(state, a, b))
            if row.at_a != MISSING or row.at_b != MISSING:
                yield row


def _first_year(timeline: Timeline, dataset_years: list[int]) -> int | None:
    years = [e.start.year for e in timeline.events if e.start] + dataset_years
    return min(years) if years else None


def _day(year: int, on: tuple[int, int]) -> date:
    month, day = on
    return date(year, month, min(day, 28) if month == 2 else day)


def exchange(at_a: int, at_b: int) -> int:
    """COW's DE: 1 where either side is represented at the other, 0 where neither, -9 unknown."""
    if any(x not in (0, MISSING) for x in (at_a, at_b)):
        return 1
    return 0 if at_a == 0 and at_b == 0 else MISSING


def cow_rows(rows: Iterator[DyadYear]) -> Iterator[tuple[int, int, int, int, int, int]]:
    """The COW layout: each dyad-year in both directions, sorted by ccode1, ccode2, year."""
    table = code_table()
    out = []
    for r in rows:
        ca, cb = table.cow(r.a, r.year), table.cow(r.b, r.year)
        if ca is None or cb is None:
            continue
        de = exchange(r.at_a, r.at_b)
        out.append((ca, cb, r.year, r.at_a, r.at_b, de))
        out.append((cb, ca, r.year, r.at_b, r.at_a, de))
    yield from sorted(out)


def ddr_rows(rows: Iterator[DyadYear]) -> Iterator[tuple[Any, ...]]:
    """The DDR layout: a row per year, sending state and destination, with the sender's level there."""
    table = code_table()
    lexicon = load_lexicon()
    ranks = {3: "ambassador", 2: "minister", 1: "charge_d_affaires", 9: "other", 0: "none"}
    out = []
    for r in rows:
        for sender, host, value in ((r.a, r.b, r.at_b), (r.b, r.a, r.at_a)):
            if value == MISSING:
                continue
            cs, ch = table.cow(sender, r.year), table.cow(host, r.year)
            out.append((r.year, cs, lexicon.name(sender), ch, lexicon.name(host), value, ranks[value]))
    yield from sorted(out, key=lambda row: (row[0], row[2], row[4]))


def write_dyads(
    store: Store, fmt: Literal["cow", "ddr"], out: IO[str], *, first: int | None, last: int | None, on: str
) -> int:
    """Writes the dyad-years as CSV in a layout; the number of rows."""
    day = _month_day(on)
    rows = dyad_years(store, first=first, last=last, on=day)
    writer = csv.writer(out, lineterminator="\n")
    header, body = (COW_HEADER, cow_rows(rows)) if fmt == "cow" else (DDR_HEADER, ddr_rows(rows))
    writer.writerow(header)
    count = 0
    for row in body:
        writer.writerow(row)
        count += 1
    return count


def _month_day(text: str) -> tuple[int, int]:
    try:
        month, day = (int(x) for x in text.split("-"))
        date(2001, month, day)
    except ValueError:
        raise QueryError(f"--on {text!r} is not a day of the year; give it as MM-DD, such as 12-31") from None
    return month, day
