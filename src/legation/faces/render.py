"""Text for a person at a terminal: tables of events, states and timelines."""

from __future__ import annotations

from legation.claims import DatasetClaim, Event, Extraction, to_record
from legation.compare import Disagreement
from legation.countries import load_lexicon
from legation.state.queries import PairState
from legation.state.timeline import Timeline


def sides(e: Event) -> str:
    """ "PER -> VEN" for a directed act, "PER <-> VEN" for a mutual one."""
    return f"{e.actor} {'->' if e.directed else '<->'} {e.target}"


def format_table(rows: list[list[str]], headers: list[str], *, width: int = 160) -> str:
    """Rows as aligned columns, the last column cut to fit the width."""
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


def events_table(events: list[Event]) -> str:
    """Events as a table: date, type, sides, sentence."""
    return format_table(
        [[e.date or "?", e.type, sides(e), e.evidence.text] for e in events],
        ["date", "type", "sides", "sentence"],
    )


def render_extraction(extraction: Extraction) -> str:
    """What was read from one document: its events, its facts and its warnings."""
    doc = extraction.document
    pair = "–".join(extraction.pair) if extraction.pair else "no pair"
    rows = []
    for e in sorted(extraction.events, key=lambda e: (e.date or "9999", e.evidence.start)):
        who = e.person or ""
        if e.rank:
            who = f"{who} ({e.rank})" if who else e.rank
        rows.append([e.date or "?", e.type, sides(e), who, e.evidence.text])
    lines = [
        f"{doc.name}: {doc.title or '(untitled)'} [{pair}], {len(extraction.events)} events",
        format_table(rows, ["date", "type", "sides", "person", "sentence"]),
    ]
    for fact in (c for c in extraction.claims if not isinstance(c, Event)):
        record = to_record(fact)
        record.pop("evidence")
        kind = record.pop("kind")
        lines.append(f"  {kind}: " + ", ".join(f"{k}={v}" for k, v in record.items()))
    lines += [f"  warning: {w}" for w in extraction.warnings]
    return "\n".join(lines) + "\n"


def render_state(result: PairState, *, explain: bool) -> str:
    """A pair's state on a day, and with `explain` the sentence behind each value."""
    lexicon = load_lexicon()
    a, b = result.pair
    head = f"{lexicon.name(a)} – {lexicon.name(b)} on {result.on.isoformat()}"
    lines = [head + ("" if result.certain else "  (not certain: an event behind it is dated only roughly)")]
    for name, basis in result.values.items():
        v = basis.value
        mark = "" if v.certain else " ?"
        lines.append(f"  {name.replace(':', ' '):<28} {v.value if v.value is not None else '-'}{mark}")
        if explain and v.event is not None:
            e = v.event.event
            lines.append(f"      since {v.since}: {e.type} {sides(e)} ({e.date}), {v.event.source}")
            lines.append(f"      “{e.evidence.text}”")
            for other in basis.disagreeing:
                lines.append(f"      disputed by {other.source}: {other.event.type} on {other.event.date}")
        if explain and basis.dataset is not None:
            lines.append(f"      from {basis.dataset.source}: {_dataset_span(basis.dataset)}")
        for claim in basis.contradicting if explain else ():
            lines.append(f"      {claim.source} says {claim.value} ({_dataset_span(claim)})")
    return "\n".join(lines)


def _dataset_span(claim: DatasetClaim) -> str:
    if claim.precision == "year" and claim.start and claim.end and claim.start.year == claim.end.year:
        return str(claim.start.year)
    start = claim.start.isoformat() if claim.start else "…"
    return f"{start} to {claim.end.isoformat() if claim.end else 'now'}"


def render_timeline(result: Timeline) -> str:
    """A timeline as two tables: the intervals of each value, then the events."""
    rows = [
        [
            i.field.replace(":", " "),
            str(i.value or "-"),
            i.since.isoformat() if i.since else "…",
            i.until.isoformat() if i.until else "…",
            "yes" if i.certain else "no",
            i.event.event.evidence.text if i.event else "",
        ]
        for i in result.intervals()
        if i.event is not None or i.until is not None
    ]
    intervals = format_table(rows, ["field", "value", "since", "until", "certain", "because"])
    return intervals + "\n\n" + events_table([e.event for e in result.events])


def render_relations(states: list[PairState]) -> str:
    """One state's relations with each partner on a day."""
    lexicon = load_lexicon()
    rows = []
    for s in states:
        a, b = s.pair
        rows.append(
            [
                b,
                lexicon.name(b),
                str(s.value("relations")),
                str(s.value(f"representation:{a}>{b}")),
                str(s.value(f"representation:{b}>{a}")),
                "yes" if s.certain else "no",
            ]
        )
    code = states[0].pair[0] if states else ""
    return format_table(
        rows, ["code", "partner", "relations", f"{code} envoy there", "their envoy", "certain"]
    )


def ingest_summary(path: str, counts: dict[str, int], events: int, failed: int, held: int) -> str:
    """One line for what an ingest did: "s.duckdb: 2 added, 1 unchanged (57 events read); the store
    holds 82 events"."""
    done = ", ".join(f"{n} {action}" for action, n in counts.items() if n) or "nothing read"
    if events:
        done += f" ({events} events read)"
    return f"{path}: {done}" + (f"; {failed} failed" if failed else "") + f"; the store holds {held} events"


def render_disagreements(found: list[Disagreement]) -> str:
    """Where a dataset and the texts disagree: the day, the field, each side's word, the text's sentence."""
    if not found:
        return "The dataset and the texts do not disagree on this pair."
    lines = []
    for d in found:
        said = f"{d.text_value} since {d.since}" if d.since else str(d.text_value)
        lines.append(
            f"{_dataset_span(d.claim)}  {d.field.replace(':', ' ')}: {d.claim.source} says {d.claim.value}"
            f" ({d.claim.actor}>{d.claim.target}); the texts: {said}"
        )
        if d.event is not None:
            e = d.event.event
            lines.append(f"    {e.type} {sides(e)} ({e.date}), {d.event.source}")
            lines.append(f"    “{e.evidence.text}”")
    return "\n".join(lines)
