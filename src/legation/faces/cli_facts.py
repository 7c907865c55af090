"""The `legation facts` and `legation envoys` commands: what the texts say of a state or a pair
beyond its events. Registered on the `legation` group by cli.py."""

from __future__ import annotations

import json

import click

from legation.countries import load_lexicon
from legation.faces.cli import _pair, _reader, db_option, format_option, reports_errors
from legation.faces.render_facts import render_envoys, render_facts
from legation.periods import parse_day
from legation.state.envoys import envoys as pair_envoys
from legation.state.facts import facts as read_facts


@click.command()
@click.argument("country")
@click.argument("other", required=False)
@click.option("--on", "on", help="The day memberships and missions are told for (YYYY-MM-DD; default today).")
@format_option("table", "json", "jsonl", default="table")
@db_option
@reports_errors
def facts(country: str, other: str | None, on: str | None, fmt: str, db: str | None) -> None:
    """The memberships, migration figures and missions the texts give for COUNTRY, or for the pair
    COUNTRY OTHER (what they share and what lies between them), each with its evidence."""
    codes = _pair(country, other) if other else (load_lexicon().resolve(country), None)
    day = parse_day(on) if on else None
    with _reader(db) as store:
        result = read_facts(store, codes[0], codes[1], on=day)
    record = result.to_json()
    if fmt == "json":
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for kind, key in (
            ("membership", "memberships"),
            ("statistic", "statistics"),
            ("mission", "missions"),
        ):
            for item in record[key]:
                click.echo(json.dumps({**item, "kind": kind}, ensure_ascii=False))
    else:
        click.echo(render_facts(result))


@click.command()
@click.argument("a")
@click.argument("b")
@format_option("table", "json", "jsonl", default="table")
@db_option
@reports_errors
def envoys(a: str, b: str, fmt: str, db: str | None) -> None:
    """Each side's heads of mission in the other over time: person, rank, start and end, and the
    events that say so."""
    pair = _pair(a, b)
    with _reader(db) as store:
        result = pair_envoys(store, *pair)
    record = result.to_json()
    if fmt == "json":
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for posting in record["envoys"]:
            click.echo(json.dumps(posting, ensure_ascii=False))
    else:
        click.echo(render_envoys(result))
