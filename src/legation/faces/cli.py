"""The `legation` command: each command opens what it needs and calls one library function.

Errors the library raises are printed as one line on stderr with exit status 2.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable
from functools import wraps
from typing import Any, TypeVar

import click

from legation.batch import Read
from legation.claims import stored_record, to_record
from legation.countries import load_lexicon
from legation.errors import LegationError
from legation.faces.progress import Progress
from legation.faces.render import (
    events_table,
    format_table,
    ingest_summary,
    render_extraction,
    render_relations,
    render_state,
    render_timeline,
)
from legation.periods import Period, parse_day
from legation.samples import bundled_paths
from legation.state.queries import check_pair, country_relations, pair_state, pair_timeline, timeline_record
from legation.store import Store, default_path, reader_version
from legation.text.documents import Given
from legation.text.files import Failure, read_document
from legation.text.language import LANGUAGES
from legation.vocabulary import check_event_types

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


db_option: Callable[[F], F] = click.option(
    "--db", default=None, help="The store file (default: $LEGATION_DB or ./legation.duckdb)."
)
host_option = click.option("--host", default="127.0.0.1", show_default=True, help="The address to listen on.")
port_option = click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))


def format_option(*choices: str, default: str) -> Callable[[F], F]:
    return click.option("--format", "fmt", type=click.Choice(choices), default=default, show_default=True)


def _pair(a: str, b: str) -> tuple[str, str]:
    lexicon = load_lexicon()
    return check_pair(lexicon.resolve(a), lexicon.resolve(b))


def _reader(db: str | None) -> Store:
    return Store(db or default_path(), read_only=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(reader_version(), prog_name="legation")
def main() -> None:
    """Legation: the relations between states, read from text into sourced, dated data."""


# ---------------------------------------------------------------------- reading


def workers_option(func: F) -> F:
    return click.option(
        "--workers",
        type=click.IntRange(1, 256),
        default=None,
        help="Worker processes that read documents (default: the machine's cores).",
    )(func)


def titles_option(func: F) -> F:
    return click.option(
        "--titles",
        default=None,
        metavar="PATTERN",
        help="In MediaWiki dumps, read the pages whose title matches this regular expression "
        "(default: titles such as 'Peru–Venezuela relations').",
    )(func)


def given_options(func: F) -> F:
    """--language and --published, handed to the command as one `given`."""

    @click.option(
        "--language",
        type=click.Choice(LANGUAGES),
        default=None,
        help="The language the texts are written in (default: told from each paragraph's words).",
    )
    @click.option(
        "--published",
        default=None,
        metavar="DAY",
        help="The day the texts were published (YYYY-MM-DD), against which 'on Monday' or "
        "'yesterday' is read (default: the day the text gives).",
    )
    @wraps(func)
    def wrapper(*args: Any, language: str | None, published: str | None, **kwargs: Any) -> Any:
        day = Period.day(parse_day(published)) if published else None
        return func(*args, given=Given(language, day), **kwargs)

    return wrapper  # type: ignore[return-value]


@main.command()
@click.argument("paths", nargs=-1, required=True)
@format_option("jsonl", "json", "table", default="jsonl")
@workers_option
@titles_option
@reports_errors
@given_options
def extract(paths: tuple[str, ...], fmt: str, workers: int | None, titles: str | None, given: Given) -> None:
    """Read texts (files, folders, globs; text, HTML, wikitext, MediaWiki dumps) and print what they say."""
    from legation.batch import default_workers, read_paths
    from legation.text.dumps import title_pattern

    results = read_paths(
        paths, workers=workers or default_workers(), titles=title_pattern(titles), given=given
    )
    sys.exit(2 if _emit(results, fmt) else 0)


def _emit(results: Iterable[Read | Failure], fmt: str) -> int:
    """Prints each reading as it comes; the number of inputs that failed."""
    failed = 0
    collected: list[dict[str, Any]] = []
    for result in results:
        if isinstance(result, Failure):
            click.echo(f"legation: {result.message}", err=True)
            failed += 1
            continue
        extraction = result.extraction
        for warning in extraction.warnings:
            click.echo(f"legation: warning: {warning}", err=True)
        if fmt == "json":
            collected += [to_record(c) for c in extraction.claims]
        elif fmt == "table":
            click.echo(render_extraction(extraction))
        else:
            for claim in extraction.claims:
                click.echo(json.dumps(to_record(claim), ensure_ascii=False))
    if fmt == "json":
        click.echo(json.dumps(collected, ensure_ascii=False, indent=2))
    return failed


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@workers_option
@titles_option
@reports_errors
@given_options
def ingest(
    paths: tuple[str, ...], db: str | None, workers: int | None, titles: str | None, given: Given
) -> None:
    """Read texts (files, folders, globs, dumps) or a folder of claims (`legation read`) into the store.

    A text read before is replaced, not doubled."""
    from legation.batch import default_workers, ingest_reads, read_paths
    from legation.parquet import is_claims_folder, load_claims
    from legation.text.dumps import title_pattern

    with Store(db or default_path()) as store:
        if len(paths) == 1 and is_claims_folder(paths[0]):
            loaded = load_claims(store, paths[0])
            click.echo(f"{store.path}: {loaded.summary()}")
            return
        counts = {"added": 0, "replaced": 0, "unchanged": 0}
        progress = Progress("Reading")
        results = read_paths(
            paths, workers=workers or default_workers(), titles=title_pattern(titles), given=given
        )
        for stored in ingest_reads(store, results):
            if isinstance(stored, Failure):
                progress.note(f"legation: {stored.message}")
                progress.add(failed=True)
                continue
            counts[stored.action] += 1
            progress.add(events=stored.events)
        progress.close()
        failed = progress.failed
        click.echo(ingest_summary(store.path, counts, progress.events, failed, store.event_count()))
    sys.exit(2 if failed else 0)


# ---------------------------------------------------------------------- questions


@main.command()
@click.argument("a")
@click.argument("b")
@click.option("--on", "on", required=True, help="The day, as YYYY-MM-DD (YYYY-MM or YYYY: its first day).")
@click.option("--explain", is_flag=True, help="Show the events behind each value.")
@format_option("json", "table", default="table")
@db_option
@reports_errors
def state(a: str, b: str, on: str, explain: bool, fmt: str, db: str | None) -> None:
    """The state of the relations between A and B on a day."""
    pair, day = _pair(a, b), parse_day(on)
    with _reader(db) as store:
        result = pair_state(store, *pair, day)
    if fmt == "json":
        click.echo(
            json.dumps(result.to_json(explain=explain), ensure_ascii=False, indent=2 if explain else None)
        )
    else:
        click.echo(render_state(result, explain=explain))


@main.command()
@click.argument("a")
@click.argument("b")
@format_option("json", "table", default="table")
@db_option
@reports_errors
def timeline(a: str, b: str, fmt: str, db: str | None) -> None:
    """The relations between A and B over time: the intervals and the events behind them."""
    pair = _pair(a, b)
    with _reader(db) as store:
        result = pair_timeline(store, *pair)
    if fmt == "table":
        click.echo(render_timeline(result))
        return
    names = [load_lexicon().name(code) for code in result.pair]
    click.echo(json.dumps(timeline_record(result, names), ensure_ascii=False, indent=2))


@main.command()
@click.option("--country", help="Events in which this state acts or is acted on.")
@click.option("--pair", nargs=2, help="Events between these two states.")
@click.option("--type", "types", multiple=True, help="Only this event type (repeat for more).")
@click.option("--from", "start", help="From this day (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--to", "end", help="To this day.")
@click.option("--text", help="Only events whose sentence or person contains this text.")
@format_option("jsonl", "table", "csv", default="table")
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
    check_event_types(types)
    with _reader(db) as store:
        found = store.events(
            pair=_pair(*pair) if pair else None,
            country=load_lexicon().resolve(country) if country else None,
            types=types,
            start=Period.parse(start).start if start else None,
            end=Period.parse(end).end if end else None,
            text=text,
        )
    if fmt == "jsonl":
        for s in found:
            click.echo(json.dumps(stored_record(s), ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(
            ["date", "type", "actor", "target", "directed", "person", "rank", "source", "sentence"]
        )
        for s in found:
            e = s.event
            writer.writerow(
                [e.date, e.type, e.actor, e.target, e.directed, e.person, e.rank, s.source, e.evidence.text]
            )
    else:
        click.echo(events_table([s.event for s in found]))


@main.command()
@click.argument("country")
@click.option("--on", "on", required=True, help="The day, as YYYY-MM-DD.")
@format_option("json", "table", default="table")
@db_option
@reports_errors
def relations(country: str, on: str, fmt: str, db: str | None) -> None:
    """The state on a day of every pair COUNTRY has stored events with."""
    code, day = load_lexicon().resolve(country), parse_day(on)
    with _reader(db) as store:
        states = country_relations(store, code, day)
    if fmt == "json":
        click.echo(json.dumps([s.to_json() for s in states], ensure_ascii=False, indent=2))
    else:
        click.echo(render_relations(states))


@main.command()
@db_option
@reports_errors
def documents(db: str | None) -> None:
    """The documents in the store, with their counts of events and facts."""
    with _reader(db) as store:
        docs = store.documents()
    rows = [
        [
            d.id,
            d.title or "",
            "–".join(d.pair) if d.pair else "",
            d.published or "",
            d.language or "",
            str(d.events),
            str(d.facts),
            d.source,
        ]
        for d in docs
    ]
    headers = ["id", "title", "pair", "published", "language", "events", "facts", "source"]
    click.echo(format_table(rows, headers))


# ---------------------------------------------------------------------- serving


@main.command()
@db_option
@host_option
@port_option
@reports_errors
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the HTTP API and the web page, reading the store (on loopback unless told otherwise)."""
    _serve(db or default_path(), host, port)


@main.command()
@db_option
@host_option
@port_option
@click.option("--no-serve", is_flag=True, help="Only load the texts and print the timeline.")
@reports_errors
def demo(db: str | None, host: str, port: int, no_serve: bool) -> None:
    """Load the bundled texts into the store, print the Peru–Venezuela timeline and serve the web page."""
    from legation.reading.extract import extract_document

    path = db or default_path()
    with Store(path) as store:
        counts = {"added": 0, "replaced": 0, "unchanged": 0}
        events = 0
        for item in bundled_paths():
            result = store.ingest(extract_document(read_document(item)), source=item.name)
            counts[result.action] += 1
            events += result.events
        click.echo(ingest_summary(store.path, counts, events, 0, store.event_count()))
        click.echo()
        click.echo(render_timeline(pair_timeline(store, "PER", "VEN")))
    if not no_serve:
        _serve(path, host, port)


def _serve(path: str, host: str, port: int) -> None:
    from legation.faces.serving import serve

    serve(path, host, port, say=lambda line: click.echo(line, err=line.startswith("legation:")))


# The commands of what the texts say beyond events, and of the field's formats and of reading at
# scale, live in their own modules; they use the helpers above, so they are added once those exist.
from legation.faces import cli_formats  # noqa: E402, F401
from legation.faces.cli_facts import envoys, facts  # noqa: E402

main.add_command(facts)
main.add_command(envoys)
