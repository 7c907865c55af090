"""The commands of the field's formats and of reading at scale: read, export, import, compare.

They are registered on the `legation` group of `cli.py`; each opens what it needs and calls one
library function.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from legation.datasets import ImportResult
from legation.errors import InputError
from legation.faces.cli import (
    _pair,
    _reader,
    db_option,
    given_options,
    main,
    reports_errors,
    titles_option,
    workers_option,
)
from legation.faces.progress import Progress
from legation.faces.render import render_disagreements
from legation.store import Store, default_path
from legation.text.documents import Given
from legation.text.files import Failure


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out", required=True, help="The folder (or fsspec URL) to write the claims to.")
@workers_option
@titles_option
@click.option(
    "--engine",
    type=click.Choice(["processes", "dask"]),
    default="processes",
    show_default=True,
    help="Read in worker processes here, or on a Dask cluster.",
)
@click.option("--scheduler", default=None, help="The Dask scheduler's address (default: a local cluster).")
@reports_errors
@given_options
def read(
    paths: tuple[str, ...],
    out: str,
    workers: int | None,
    titles: str | None,
    engine: str,
    scheduler: str | None,
    given: Given,
) -> None:
    """Read texts into a folder of claims as Parquet, for `legation ingest DIR` or any Parquet reader."""
    from legation.batch import default_workers, read_paths
    from legation.parquet import write_reads
    from legation.text.dumps import title_pattern

    pattern = title_pattern(titles)
    if "://" not in out and Path(out).exists() and not Path(out).is_dir():
        raise InputError(f"{out}: is a file; give a folder for the claims")
    if "://" not in out and not Path(out).resolve().parent.is_dir():
        raise InputError(f"{out}: the folder {Path(out).parent} does not exist; create it first")
    if engine == "dask":
        from legation.cluster import read_on_dask

        report = read_on_dask(paths, out, scheduler=scheduler, workers=workers, titles=pattern, given=given)
        for message in report.failures:
            click.echo(f"legation: {message}", err=True)
        click.echo(f"{out}: {report.documents} documents, {report.events} events in {report.parts} parts")
        sys.exit(2 if report.failures else 0)
    progress = Progress("Reading")
    results = read_paths(paths, workers=workers or default_workers(), titles=pattern, given=given)
    for result in write_reads(results, out):
        if isinstance(result, Failure):
            progress.note(f"legation: {result.message}")
            progress.add(failed=True)
        else:
            progress.add(events=len(result.extraction.events))
    progress.close()
    click.echo(f"{out}: {progress.documents - progress.failed} documents, {progress.events} events")
    sys.exit(2 if progress.failed else 0)


def _output(out: str) -> Path:
    """The file to write, or an InputError where its folder is missing."""
    path = Path(out)
    if not path.parent.is_dir():
        raise InputError(f"{out}: the folder {path.parent} does not exist; create it or give another --out")
    if path.is_dir():
        raise InputError(f"{out}: is a folder; give a file name")
    return path


@main.group()
def export() -> None:
    """Write the store in the field's formats: event rows, dyad-years."""


@export.command("events")
@click.option("--pair", nargs=2, help="Only the events between these two states.")
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "parquet", "jsonl"]), default="csv", show_default=True
)
@click.option(
    "--out", "out", default=None, help="The file to write (default: standard output; Parquet needs one)."
)
@db_option
@reports_errors
def export_events_command(pair: tuple[str, str] | None, fmt: str, out: str | None, db: str | None) -> None:
    """One row per event: ISO, COW and GW codes of both sides, type, CAMEO, PLOVER, date, evidence."""
    from legation.exports import event_row, export_events

    with _reader(db) as store:
        rows = [event_row(s) for s in store.events(pair=_pair(*pair) if pair else None)]
    export_events(rows, fmt, _output(out) if out else sys.stdout)  # type: ignore[arg-type]
    if out:
        click.echo(f"{out}: {len(rows)} events", err=True)


@export.command("dyads")
@click.option("--format", "fmt", type=click.Choice(["cow", "ddr"]), default="cow", show_default=True)
@click.option("--from", "first", type=int, default=None, help="The first year (default: each pair's first).")
@click.option("--to", "last", type=int, default=None, help="The last year (default: this year).")
@click.option("--on", "on", default="12-31", show_default=True, help="The day of each year, as MM-DD.")
@click.option("--out", "out", default=None, help="The CSV file to write (default: standard output).")
@db_option
@reports_errors
def export_dyads_command(
    fmt: str, first: int | None, last: int | None, on: str, out: str | None, db: str | None
) -> None:
    """Directed dyad-years: COW Diplomatic Exchange (`cow`) or Pardee DDR (`ddr`) layout."""
    from legation.exports import write_dyads

    with _reader(db) as store:
        if out:
            with _output(out).open("w", encoding="utf-8", newline="") as stream:
                count = write_dyads(store, fmt, stream, first=first, last=last, on=on)  # type: ignore[arg-type]
            click.echo(f"{out}: {count} rows", err=True)
        else:
            write_dyads(store, fmt, sys.stdout, first=first, last=last, on=on)  # type: ignore[arg-type]


@main.group("import")
def import_() -> None:
    """Put a dataset's claims beside the texts' in the store."""


@import_.command("cow")
@click.argument("path")
@db_option
@reports_errors
def import_cow_command(path: str, db: str | None) -> None:
    """A COW Diplomatic Exchange CSV: one claim per directed dyad-year level, sourced to the dataset."""
    from legation.datasets import import_cow

    with Store(db or default_path()) as store:
        result = import_cow(store, path)
    _imported(store.path, result)


@import_.command("wikidata")
@click.argument("path")
@db_option
@reports_errors
def import_wikidata_command(path: str, db: str | None) -> None:
    """A Wikidata entity dump (.json, .jsonl, .bz2): diplomatic relations (P530) with start and end."""
    from legation.datasets import import_wikidata

    with Store(db or default_path()) as store:
        result = import_wikidata(store, path)
    _imported(store.path, result)


def _imported(path: str, result: ImportResult) -> None:
    skipped = f"; {result.skipped} left out (a state with no code)" if result.skipped else ""
    click.echo(f"{path}: {result.action}; {result.claims} claims from {result.source}{skipped}")


@main.command()
@click.argument("a")
@click.argument("b")
@click.option(
    "--source", "dataset", type=click.Choice(["cow", "wikidata"]), default=None, help="One dataset."
)
@click.option("--on", "on", default="12-31", show_default=True, help="The day of a dataset's year, as MM-DD.")
@db_option
@reports_errors
def compare(a: str, b: str, dataset: str | None, on: str, db: str | None) -> None:
    """Where a dataset and the texts disagree about A and B: the years, the fields, the text's evidence."""
    from legation.compare import disagreements
    from legation.exports import _month_day

    pair = _pair(a, b)
    with _reader(db) as store:
        found = disagreements(store, *pair, dataset=dataset, on=_month_day(on))
    click.echo(render_disagreements(found))
