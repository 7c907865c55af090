"""Reading on a Dask cluster: each worker reads a share of the inputs and writes its Parquet parts.

With no scheduler address a local cluster of worker processes is started. The inputs are listed
here (files, folders, globs, or fsspec URLs such as s3://bucket/news/*.html that the workers can
reach); the workers read the files themselves and write `part-*.parquet` files to the output folder,
which must be a place every worker can write to (a shared disk, or an fsspec URL).
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from legation.batch import Read, default_workers, read_source
from legation.parquet import PartWriter, claim_rows
from legation.text.documents import AS_WRITTEN, Given
from legation.text.files import Failure, Source, iter_sources

# Shares per worker: small enough that a slow share does not keep the others waiting.
SHARES_PER_WORKER = 4


@dataclass(frozen=True)
class ShareReport:
    """What reading one share (or all of them) did."""

    documents: int
    events: int
    parts: int
    failures: tuple[str, ...]

    def __add__(self, other: ShareReport) -> ShareReport:
        return ShareReport(
            self.documents + other.documents,
            self.events + other.events,
            self.parts + other.parts,
            self.failures + other.failures,
        )


def read_share(share: list[Source], out: str, prefix: str) -> ShareReport:
    """Reads a share of the inputs on a worker and writes their claims as Parquet parts."""
    writer = PartWriter(out, prefix=prefix)
    documents = events = 0
    failures: list[str] = []
    for source in share:
        result = read_source(source)
        if isinstance(result, Failure):
            failures.append(result.message)
            continue
        writer.add(claim_rows(result.source, result.extraction))
        documents += 1
        events += len(result.extraction.events)
    return ShareReport(documents, events, len(writer.close()), tuple(failures))


def shares_of(sources: list[Source], count: int) -> list[list[Source]]:
    """The sources cut into about `count` shares of consecutive inputs."""
    size = max(1, math.ceil(len(sources) / max(1, count)))
    return [sources[i : i + size] for i in range(0, len(sources), size)]


def read_on_dask(
    paths: Iterable[str],
    out: str,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    titles: re.Pattern[str] | None = None,
    given: Given = AS_WRITTEN,
) -> ShareReport:
    """Reads the inputs on a Dask cluster (a local one where no scheduler is given) into `out`."""
    from distributed import Client, LocalCluster

    sources: list[Source] = []
    failures: list[str] = []
    for item in iter_sources(paths, titles, given):
        if isinstance(item, Failure):
            failures.append(item.message)
        else:
            sources.append(item)
    report = ShareReport(0, 0, 0, tuple(failures))
    if not sources:
        return report
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers or default_workers(),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
    try:
        with Client(cluster if cluster is not None else scheduler) as client:  # type: ignore[no-untyped-call]
            count = len(client.scheduler_info()["workers"]) or 1
            shares = shares_of(sources, count * SHARES_PER_WORKER)
            run = uuid.uuid4().hex[:6]
            futures = [
                client.submit(read_share, share, out, f"{run}-{i:04d}", pure=False)
                for i, share in enumerate(shares)
            ]
            for part in client.gather(futures):
                report = report + part
    finally:
        if cluster is not None:
            cluster.close()
    return report


__all__ = ["Read", "ShareReport", "read_on_dask", "read_share", "shares_of"]
