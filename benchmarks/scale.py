"""Reading on every core and on Dask: speed-up, the writer's memory, Dask against processes, one run.

    python benchmarks/scale.py [--documents 1500]

Writes a corpus of that many texts (the bundled ones with other states and years swapped in), then:
- ingests it into a fresh store with `--workers 1` and with `--workers 2` (reading in worker
  processes, one writer storing whole documents), printing documents per second and the speed-up;
- prints the writer's peak Python memory while ingesting a quarter, half and all of the corpus with
  two workers (flat: the writer holds a few documents at a time, not the corpus);
- reads the corpus into Parquet claims with two worker processes and with the Dask engine on a local
  cluster of two worker processes (cluster start included), printing the ratio of the two times.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import tracemalloc
from pathlib import Path

from legation.batch import ingest_reads, read_paths
from legation.cluster import read_on_dask
from legation.parquet import write_reads
from legation.samples import variant_texts
from legation.store import IngestResult, Store


def write_corpus(folder: Path, count: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in variant_texts(count):
        (folder / name).write_text(text, encoding="utf-8")
    return sorted(str(p) for p in folder.iterdir())


def ingest(paths: list[str], db: Path, workers: int) -> tuple[float, int]:
    """Seconds to ingest the paths into a fresh store, and the events stored."""
    start = time.perf_counter()
    events = 0
    with Store(db) as store:
        for stored in ingest_reads(store, read_paths(paths, workers=workers)):
            if isinstance(stored, IngestResult):
                events += stored.events
    return time.perf_counter() - start, events


def writer_peak(paths: list[str], db: Path) -> float:
    """The writer's peak Python memory (MB) while ingesting the paths with two workers."""
    tracemalloc.start()
    ingest(paths, db, 2)
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=1500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths = write_corpus(root / "corpus", args.documents)
        size = sum(Path(p).stat().st_size for p in paths) / 1e6
        print(f"corpus: {len(paths)} documents, {size:.1f} MB")

        one, events = ingest(paths, root / "one.duckdb", 1)
        two, events_two = ingest(paths, root / "two.duckdb", 2)
        assert events == events_two, (events, events_two)
        print(
            f"ingest --workers 1: {len(paths) / one:.1f} documents/s ({one:.1f} s); "
            f"--workers 2: {len(paths) / two:.1f} documents/s ({two:.1f} s); speed-up {one / two:.2f}"
        )

        quarter = len(paths) // 4
        peaks = [
            writer_peak(paths[:n], root / f"peak-{n}.duckdb") for n in (quarter, 2 * quarter, len(paths))
        ]
        print(
            "writer peak memory at 1/4, 1/2, all of the corpus: "
            + ", ".join(f"{p:.1f} MB" for p in peaks)
            + f"; all / quarter {peaks[2] / peaks[0]:.2f}"
        )

        start = time.perf_counter()
        for _ in write_reads(read_paths(paths, workers=2), str(root / "claims-processes")):
            pass
        processes = time.perf_counter() - start
        start = time.perf_counter()
        report = read_on_dask(paths, str(root / "claims-dask"), workers=2)
        dask = time.perf_counter() - start
        assert report.documents == len(paths) and not report.failures
        print(
            f"read --workers 2: {processes:.1f} s; read --engine dask (local cluster, 2 worker processes, "
            f"start included): {dask:.1f} s; ratio {dask / processes:.2f}"
        )


if __name__ == "__main__":
    main()
