"""The `legation` command: each command opens what it needs and calls one library function."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable
from datetime import date
from functools import wraps
from typing import Any, TypeVar

import click

from legation import __version__
from legation.claims import Event, to_record
from legation.countries import Lexicon, load_lexicon
from legation.dates import Period
from legation.documents import read_document
from legation.errors import InputError, LegationError
from legation.extract import Extraction, extract_document
from legation.queries import PairState, country_relations, pair_state, pair_timeline
from legation.reading import Failure, expand_paths, extract_paths
from legation.samples import bundled_paths
from legation.store import Store, StoredEvent, default_path
from legation.triggers import load_trigger_table

F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(func: F) -> F:
    """Turns a LegationError into its one-line message on stderr and exit status 2."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except LegationError as exc:
            click.echo(f"legation: {exc}", err=True)
            sys.exit(2)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="legation")
def main() -> None:
    """Legation: the relations between states, read from text into sourced, dated data."""


def _event_rows(extraction: Extraction) -> list[list[str]]:
    rows = []
    for e in sorted(extraction.events, key=lambda e: (e.date or "9999", e.evidence.start)):
        who = e.person or ""
        if e.rank:
            who = f"{who} ({e.rank})" if who else e.rank
        rows.append([e.date or "?", e.type, sides(e), who, e.evidence.text])
    return rows


def sides(e: Event) -> str:
    """ "PER -> VEN" for a directed act, "PER <-> VEN" for a mutual one."""
    return f"{e.actor} {'->' if e.directed else '<->'} {e.target}"


def format_table(rows: list[list[str]], headers: list[str], *, width: int = 160) -> str:
    """Rows as aligned columns for a terminal, the last column cut to fit the width."""
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    fixed = sum(widths[:-1]) + 2 * (len(headers) - 1)
    widths[-1] = max(len(headers[-1]), min(widths[-1], width - fixed))

    def line(cells: list[str]) -> str:
        out = []
        for cell, w in zip(cells, widths, strict=True):
            cell = cell if len(cell) <= w else cell[: w - 1] + "…"
            out.append(cell.ljust(w))
        return "  ".join(out).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)])


def _print_extraction(extraction: Extraction, fmt: str) -> None:
    if fmt == "table":
        doc = extraction.document
        pair = "–".join(extraction.pair) if extraction.pair else "no pair"
        click.echo(f"{doc.name}: {doc.title or '(untitled)'} [{pair}], {len(extraction.events)} events")
        click.echo(format_table(_event_rows(extraction), ["date", "type", "sides", "person", "sentence"]))
        facts = [c for c in extraction.claims if not isinstance(c, Event)]
        for fact in facts:
            record = to_record(fact)
            record.pop("evidence")
            kind = record.pop("kind")
            click.echo(f"  {kind}: " + ", ".join(f"{k}={v}" for k, v in record.items()))
        for warning in extraction.warnings:
            click.echo(f"  warning: {warning}")
        click.echo()
        return
    for claim in extraction.claims:
        click.echo(json.dumps(to_record(claim), ensure_ascii=False))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default="jsonl", show_default=True
)
@reports_errors
def extract(paths: tuple[str, ...], fmt: str) -> None:
    """Read texts (files, folders, globs) and print the events and facts in them."""
    failed = _emit(extract_paths(paths), fmt)
    sys.exit(2 if failed else 0)


def _emit(results: Iterable[Extraction | Failure], fmt: str) -> int:
    failed = 0
    collected: list[dict[str, Any]] = []
    for result in results:
        if isinstance(result, Failure):
            click.echo(f"legation: {result.message}", err=True)
            failed += 1
            continue
        for warning in result.warnings:
            click.echo(f"legation: warning: {warning}", err=True)
        if fmt == "json":
            collected += [to_record(c) for c in result.claims]
        else:
            _print_extraction(result, fmt)
    if fmt == "json":
        click.echo(json.dumps(collected, ensure_ascii=False, indent=2))
    return failed


@main.command()
@reports_errors
def demo() -> None:
    """Read the bundled texts and print the Peru–Venezuela events."""
    paths = [str(p) for p in bundled_paths() if p.name == "peru-venezuela.txt"]
    _emit(extract_paths(paths), "table")


# ---------------------------------------------------------------------- the store


def _open_store(db: str | None, *, read_only: bool) -> Store:
    return Store(db or default_path(), read_only=read_only)


def _day(text: str) -> date:
    period = Period.parse(text)
    return period.start


db_option = click.option(
    "--db", default=None, help="The store file (default: $LEGATION_DB or ./legation.duckdb)."
)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@reports_errors
def ingest(paths: tuple[str, ...], db: str | None) -> None:
    """Read texts (files, folders, globs) into the store; a text read before is replaced, not doubled."""
    with _open_store(db, read_only=False) as store:
        items = list(expand_paths(paths))
        counts: dict[str, int] = {"added": 0, "replaced": 0, "unchanged": 0}
        failed = 0
        events = 0
        with click.progressbar(
            items, label="Reading", file=sys.stderr, hidden=len(items) < 5 or not sys.stderr.isatty()
        ) as bar:
            for item in bar:
                if isinstance(item, Failure):
                    click.echo(f"\nlegation: {item.message}", err=True)
                    failed += 1
                    continue
                try:
                    result = store.ingest(extract_document(read_document(item)), source=str(item.resolve()))
                except InputError as exc:
                    click.echo(f"\nlegation: {exc}", err=True)
                    failed += 1
                    continue
                counts[result.action] += 1
                events += result.events
        summary = ", ".join(f"{n} {k}" for k, n in counts.items() if n)
        click.echo(
            f"{store.path}: {summary or 'nothing read'}; {events} events stored"
            + (f"; {failed} failed" if failed else "")
        )
    sys.exit(2 if failed else 0)


def _pair(lexicon: Lexicon, a: str, b: str) -> tuple[str, str]:
    return lexicon.resolve(a), lexicon.resolve(b)


@main.command()
@click.argument("a")
@click.argument("b")
@click.option("--on", "on", required=True, help="The day, as YYYY-MM-DD (or YYYY-MM, YYYY: its first day).")
@click.option("--explain", is_flag=True, help="Show the events behind each value.")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True)
@db_option
@reports_errors
def state(a: str, b: str, on: str, explain: bool, fmt: str, db: str | None) -> None:
    """The state of the relations between A and B on a day."""
    pair = _pair(load_lexicon(), a, b)
    day = _day(on)
    with _open_store(db, read_only=True) as store:
        result = pair_state(store, *pair, day)
    if fmt == "json":
        click.echo(
            json.dumps(result.to_json(explain=explain), ensure_ascii=False, indent=2 if explain else None)
        )
        return
    click.echo(render_state(result, explain=explain))


def render_state(result: PairState, *, explain: bool) -> str:
    """A state as lines for a person at a terminal."""
    lexicon = load_lexicon()
    a, b = result.pair
    lines = [
        f"{lexicon.name(a)} – {lexicon.name(b)} on {result.on.isoformat()}"
        + ("" if result.certain else "  (not certain: an event behind it is dated only roughly)")
    ]
    for name, basis in result.values.items():
        v = basis.value
        label = name.replace(":", " ")
        mark = "" if v.certain else " ?"
        lines.append(f"  {label:<28} {v.value if v.value is not None else '-'}{mark}")
        if explain and v.event is not None:
            e = v.event.event
            lines.append(f"      since {v.since}: {e.type} {sides(e)} ({e.date}), {v.event.source}")
            lines.append(f"      “{e.evidence.text}”")
            for other in basis.disagreeing:
                lines.append(f"      disputed by {other.source}: {other.event.type} on {other.event.date}")
    return "\n".join(lines)


@main.command()
@click.argument("a")
@click.argument("b")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True)
@db_option
@reports_errors
def timeline(a: str, b: str, fmt: str, db: str | None) -> None:
    """The relations between A and B over time: the intervals and the events behind them."""
    pair = _pair(load_lexicon(), a, b)
    with _open_store(db, read_only=True) as store:
        result = pair_timeline(store, *pair)
    intervals = [i for i in result.intervals() if i.event is not None or i.until is not None]
    if fmt == "json":
        click.echo(
            json.dumps(
                {
                    "pair": list(pair),
                    "intervals": [
                        {
                            "field": i.field,
                            "value": i.value,
                            "since": _iso(i.since),
                            "until": _iso(i.until),
                            "certain": i.certain,
                            "event": _event_ref(i.event),
                        }
                        for i in result.intervals()
                    ],
                    "events": [to_record(e.event) for e in result.events],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    rows = [
        [
            i.field.replace(":", " "),
            str(i.value or "-"),
            _iso(i.since) or "…",
            _iso(i.until) or "…",
            "" if i.certain else "?",
            i.event.event.evidence.text if i.event else "",
        ]
        for i in intervals
    ]
    click.echo(format_table(rows, ["field", "value", "since", "until", "", "because"]))
    click.echo()
    click.echo(
        format_table(
            [
                [
                    e.event.date or "?",
                    e.event.type,
                    sides(e.event),
                    e.event.evidence.text,
                ]
                for e in result.events
            ],
            ["date", "type", "sides", "sentence"],
        )
    )


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _event_ref(stored: StoredEvent | None) -> dict[str, Any] | None:
    if stored is None:
        return None
    return {
        "document": stored.document_id,
        "ordinal": stored.ordinal,
        "type": stored.event.type,
        "date": stored.event.date,
        "sentence": stored.event.evidence.text,
    }


@main.command()
@click.option("--country", help="Events in which this state acts or is acted on.")
@click.option("--pair", nargs=2, help="Events between these two states.")
@click.option("--type", "types", multiple=True, help="Only this event type (repeat for more).")
@click.option("--from", "start", help="From this day (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--to", "end", help="To this day.")
@click.option("--text", help="Only events whose sentence or person contains this text.")
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "table", "csv"]), default="table", show_default=True
)
@db_option
@reports_errors
def events(
    country: str | None,
    pair: tuple[str, str] | None,
    types: tuple[str, ...],
    start: str | None,
    end: str | None,
    text: str | None,
    fmt: str,
    db: str | None,
) -> None:
    """The stored events that pass the filters given."""
    lexicon = load_lexicon()
    known = {t.reported for t in load_trigger_table().types if t.name != "ellipsis"}
    for t in types:
        if t not in known:
            raise LegationError(f"unknown event type {t!r}; use one of: {', '.join(sorted(known))}")
    with _open_store(db, read_only=True) as store:
        found = store.events(
            pair=_pair(lexicon, *pair) if pair else None,
            country=lexicon.resolve(country) if country else None,
            types=types,
            start=Period.parse(start).start if start else None,
            end=Period.parse(end).end if end else None,
            text=text,
        )
    records = [to_record(s.event) for s in found]
    if fmt == "jsonl":
        for r in records:
            click.echo(json.dumps(r, ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        columns = ["date", "type", "actor", "target", "directed", "person", "rank", "source", "sentence"]
        writer.writerow(columns)
        for s in found:
            e = s.event
            writer.writerow(
                [e.date, e.type, e.actor, e.target, e.directed, e.person, e.rank, s.source, e.evidence.text]
            )
    else:
        click.echo(
            format_table(
                [
                    [
                        s.event.date or "?",
                        s.event.type,
                        sides(s.event),
                        s.event.evidence.text,
                    ]
                    for s in found
                ],
                ["date", "type", "sides", "sentence"],
            )
        )


@main.command()
@click.argument("country")
@click.option("--on", "on", required=True, help="The day, as YYYY-MM-DD.")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True)
@db_option
@reports_errors
def relations(country: str, on: str, fmt: str, db: str | None) -> None:
    """The state on a day of every pair COUNTRY has stored events with."""
    code = load_lexicon().resolve(country)
    day = _day(on)
    with _open_store(db, read_only=True) as store:
        states = country_relations(store, code, day)
    if fmt == "json":
        click.echo(json.dumps([s.to_json() for s in states], ensure_ascii=False, indent=2))
        return
    rows = []
    for s in states:
        a, b = s.pair
        rows.append(
            [
                b,
                load_lexicon().name(b),
                str(s.value("relations")),
                str(s.value(f"representation:{a}>{b}")),
                str(s.value(f"representation:{b}>{a}")),
                "" if s.certain else "?",
            ]
        )
    click.echo(format_table(rows, ["code", "partner", "relations", f"{code} envoy there", "their envoy", ""]))


@main.command()
@db_option
@reports_errors
def documents(db: str | None) -> None:
    """The documents in the store, with their counts of events and facts."""
    with _open_store(db, read_only=True) as store:
        docs = store.documents()
    rows = [
        [d.id, d.title or "", "–".join(d.pair) if d.pair else "", str(d.events), str(d.facts), d.source]
        for d in docs
    ]
    click.echo(format_table(rows, ["id", "title", "pair", "events", "facts", "source"]))
