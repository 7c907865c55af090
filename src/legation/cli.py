"""The `legation` command: each command opens what it needs and calls one library function."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from functools import wraps
from importlib import resources
from typing import Any, TypeVar

import click

from legation import __version__
from legation.claims import Event, to_record
from legation.errors import LegationError
from legation.extract import Extraction
from legation.reading import Failure, extract_paths

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
        arrow = "<->" if not e.directed else "->"
        who = e.person or ""
        if e.rank:
            who = f"{who} ({e.rank})" if who else e.rank
        rows.append([e.date or "?", e.type, f"{e.actor} {arrow} {e.target}", who, e.evidence.text])
    return rows


def format_table(rows: list[list[str]], headers: list[str], *, width: int = 160) -> str:
    """Rows as aligned columns for a terminal, the last column cut to fit the width."""
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    fixed = sum(widths[:-1]) + 2 * (len(headers) - 1)
    widths[-1] = max(20, min(widths[-1], width - fixed))

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
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default="jsonl", show_default=True)
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


def bundled_corpus() -> list[str]:
    """The paths of the texts shipped with the package."""
    folder = resources.files("legation").joinpath("corpus")
    return sorted(str(f) for f in folder.iterdir() if f.name.endswith(".txt"))  # type: ignore[attr-defined]


@main.command()
@reports_errors
def demo() -> None:
    """Read the bundled texts and print the Peru–Venezuela events."""
    paths = [p for p in bundled_corpus() if p.endswith("peru-venezuela.txt")]
    _emit(extract_paths(paths), "table")
