"""The commands of the field's formats and of reading at scale: read, export, import, compare.

They are registered on the `legation` group of `cli.py`; each opens what it needs and calls one
library function.
"""

from __future__ import annotations

import sys

import click

from legation.faces.cli import db_option, main, reports_errors, titles_option, workers_option
from legation.faces.progress import Progress
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
def read(
    paths: tuple[str, ...],
    out: str,
    workers: int | None,
    titles: str | None,
    engine: str,
    scheduler: str | None,
) -> None:
    """Read texts into a folder of claims as Parquet, for `legation ingest DIR` or any Parquet reader."""
    from legation.batch import default_workers, read_paths
    from legation.parquet import write_reads
    from legation.text.dumps import title_pattern

    pattern = title_pattern(titles)
    if engine == "dask":
        from legation.cluster import read_on_dask

        report = read_on_dask(paths, out, scheduler=scheduler, workers=workers, titles=pattern)
        for message in report.failures:
            click.echo(f"legation: {message}", err=True)
        click.echo(f"{out}: {report.documents} documents, {report.events} events in {report.parts} parts")
        sys.exit(2 if report.failures else 0)
    progress = Progress("Reading")
    results = read_paths(paths, workers=workers or default_workers(), titles=pattern)
    for result in write_reads(results, out):
        if isinstance(result, Failure):
            progress.note(f"legation: {result.message}")
            progress.add(failed=True)
        else:
            progress.add(events=len(result.extraction.events))
    progress.close()
    click.echo(f"{out}: {progress.documents - progress.failed} documents, {progress.events} events")
    sys.exit(2 if progress.failed else 0)


_ = db_option  # the export and import commands below take --db
