"""Query speed: a country's relations on a day and a full pair timeline, against bare DuckDB, same run.

    python benchmarks/query.py

Builds an in-memory store of 200 countries, 2,000 pairs and 80,000 events (one hub state with 199
partners), then times `relations HUB --on DAY` and one pair's full timeline, in process, and the bare
DuckDB SELECT of the same rows, printing milliseconds and the ratio of each to its SELECT.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from datetime import date

from legation.claims import Event, Evidence, Extraction
from legation.countries import load_lexicon
from legation.periods import Period
from legation.state.queries import country_relations, pair_timeline
from legation.store import Store
from legation.text.documents import parse_text
from legation.vocabulary import state_types

TYPES = [
    "relations_established",
    "envoy_appointed",
    "credentials_presented",
    "relations_severed",
    "relations_restored",
    "envoy_withdrawn",
    "embassy_opened",
    "criticism_expressed",
    "government_recognized",
    "sanctions_imposed",
]


def build(store: Store, *, countries: int = 200, pairs: int = 2000, events: int = 80_000) -> str:
    rng = random.Random(7)
    codes = sorted(c for c in load_lexicon().countries if not load_lexicon().countries[c].historical)[
        :countries
    ]
    hub = codes[0]
    chosen = {(hub, c) for c in codes[1:]}
    while len(chosen) < pairs:
        a, b = rng.sample(codes, 2)
        if (b, a) not in chosen:
            chosen.add((a, b))
    pair_list = sorted(chosen)
    per_doc = 400
    for d in range(events // per_doc):
        doc = parse_text(f"Synthetic document {d}.", name=f"synthetic-{d}.txt")
        evs = []
        for k in range(per_doc):
            a, b = pair_list[(d * per_doc + k) % len(pair_list)]
            when = date(1900 + rng.randrange(125), rng.randrange(1, 13), rng.randrange(1, 28))
            etype = rng.choice(TYPES)
            rank = "ambassador" if etype.startswith(("envoy", "credentials")) else None
            evidence = Evidence(doc.name, 0, 10, "Synthetic.")
            evs.append(Event(etype, a, b, True, str(Period.day(when)), evidence, rank=rank))
        store.ingest(Extraction(doc, (a, b), tuple(evs), ()), source=doc.name)
    return hub


def best_ms(func: Callable[[], object], repeat: int = 15) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    with Store(":memory:") as store:
        start = time.perf_counter()
        hub = build(store)
        print(
            f"store: 200 countries, 2,000 pairs, 80,000 events, built in {time.perf_counter() - start:.1f} s"
        )
        day = date(2000, 6, 1)
        partners = len(country_relations(store, hub, day))
        con = store.connection
        # The rows `relations` reads: the state-changing events up to the day, and later establishments.
        types = ", ".join(f"'{t}'" for t in state_types())
        rows_sql = (
            f"SELECT * FROM events WHERE (actor = ? OR target = ?) AND type IN ({types}) "
            "AND (date_start <= ? OR type = 'relations_established')"
        )
        pair_sql = "SELECT * FROM events WHERE (actor = ? AND target = ?) OR (actor = ? AND target = ?)"
        base_country = best_ms(lambda: con.execute(rows_sql, [hub, hub, day]).fetchall())
        country = best_ms(lambda: country_relations(store, hub, day))
        a, b = hub, country_relations(store, hub, day)[0].pair[1]
        base_pair = best_ms(lambda: con.execute(pair_sql, [a, b, b, a]).fetchall())
        timeline = best_ms(lambda: pair_timeline(store, a, b).intervals())
        print(
            f"relations {hub} --on {day} ({partners} pairs): {country:.1f} ms; "
            f"bare SELECT {base_country:.1f} ms; ratio {country / base_country:.1f}"
        )
        print(
            f"timeline {a} {b}: {timeline:.2f} ms; "
            f"bare SELECT {base_pair:.2f} ms; ratio {timeline / base_pair:.1f}"
        )


if __name__ == "__main__":
    main()
