"""Reading many documents: in this process, or in worker processes, the results in input order.

Each document is read whole where it is sent (a file's path or a dump page's wikitext goes to the
worker, the extraction comes back), so that one writer can store whole documents. A document the
reader fails on is reported as a `Failure` and skipped; the others go on.
"""

from __future__ import annotations

import multiprocessing
import os
import re
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from itertools import chain, islice

from legation.claims import Extraction, with_citations
from legation.errors import InputError
from legation.store import IngestResult, Store
from legation.text.documents import AS_WRITTEN, Given
from legation.text.files import Failure, Source, iter_sources

# Documents sent ahead to each worker: enough to keep it busy, few enough to keep memory flat.
AHEAD_PER_WORKER = 4
# Documents stored in one transaction: DuckDB's cost is by statement far more than by row.
STORE_BATCH = 50


@dataclass(frozen=True)
class Read:
    """A document read: the source it is stored under and what was read from it."""

    source: str
    extraction: Extraction


def default_workers() -> int:
    """The machine's cores (those this process may use)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def read_source(source: Source) -> Read | Failure:
    """One document read, or the one-line reason it could not be."""
    from legation.reading.extract import extract_document

    try:
        extraction = with_citations(extract_document(source.document()))
    except InputError as exc:
        return Failure(source.path, str(exc))
    except Exception as exc:  # the reader's own failure on one text must not stop the others
        return Failure(
            source.source,
            f"{source.source}: the reader failed on this document ({type(exc).__name__}: {exc}); "
            "it was skipped, please report it",
        )
    # What goes back to the writer: the claims and the document's own fields, not its sentences and
    # sections, which repeat its text and would double what crosses between processes.
    slim = replace(extraction.document, sentences=(), sections=(), infobox=(), citations=())
    return Read(source.source, replace(extraction, document=slim))


def read_sources(sources: Iterable[Source | Failure], *, workers: int = 1) -> Iterator[Read | Failure]:
    """Every source read, in order; with more than one worker, in that many processes."""
    items = iter(sources)
    first = list(islice(items, 2))
    if workers <= 1 or len(first) < 2:
        for item in chain(first, items):
            yield item if isinstance(item, Failure) else read_source(item)
        return
    # Spawned, not forked: the parent may hold a DuckDB connection and threads.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_warm) as pool:
        pending: deque[Future[Read | Failure] | Failure] = deque()
        for item in chain(first, items):
            pending.append(item if isinstance(item, Failure) else pool.submit(read_source, item))
            if len(pending) >= workers * AHEAD_PER_WORKER:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())


def read_paths(
    paths: Iterable[str],
    *,
    workers: int = 1,
    titles: re.Pattern[str] | None = None,
    given: Given = AS_WRITTEN,
) -> Iterator[Read | Failure]:
    """Every document the paths name (files, folders, globs, dumps) read, in order."""
    return read_sources(iter_sources(paths, titles, given), workers=workers)


def _result(item: Future[Read | Failure] | Failure) -> Read | Failure:
    return item if isinstance(item, Failure) else item.result()


def _warm() -> None:
    """Loads the reader (its pipeline and tables) in the worker before its first document."""
    from legation.reading.extract import extract_document
    from legation.text.documents import parse_text

    extract_document(parse_text("Peru and Chile met.", name="warm-up"))


def ingest_reads(
    store: Store, results: Iterable[Read | Failure], *, batch: int = STORE_BATCH
) -> Iterator[IngestResult | Failure]:
    """Stores what was read, in order, a batch of whole documents to a transaction; each document's
    outcome (or the failure to read it) is given once its batch is stored."""
    pending: list[Read] = []

    def store_pending() -> Iterator[IngestResult]:
        yield from store.ingest_many([(r.extraction, r.source) for r in pending])
        pending.clear()

    for result in results:
        if isinstance(result, Failure):
            yield from store_pending()
            yield result
            continue
        if any(r.source == result.source for r in pending):
            yield from store_pending()  # the later reading of a source replaces the earlier one
        pending.append(result)
        if len(pending) >= batch:
            yield from store_pending()
    yield from store_pending()
