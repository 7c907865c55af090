"""Reading speed and memory: Legation against spaCy's bare English tokenizer, same text, same run.

    python benchmarks/extract.py [--mb 5]

Builds a corpus of at least --mb megabytes from the bundled texts with other states and years swapped
in, reads it document by document (streaming), and prints characters per second, the ratio of
Legation's time to the bare tokenizer's over the same text, and peak memory at three corpus sizes:
flat peaks mean the reading streams.
"""

from __future__ import annotations

import argparse
import gc
import time
import tracemalloc
from collections.abc import Iterator

import spacy

from legation.reading.extract import extract_document
from legation.samples import iter_mixed, iter_variants
from legation.text.documents import parse_text


def corpus(megabytes: float, stream: Iterator[tuple[str, str]]) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    size = 0
    for name, text in stream:
        if size >= megabytes * 1_000_000:
            break
        texts.append((name, text))
        size += len(text.encode("utf-8"))
    return texts


def time_tokenizer(texts: list[tuple[str, str]]) -> float:
    nlp = spacy.blank("en")
    start = time.perf_counter()
    for _, text in texts:
        nlp.make_doc(text)
    return time.perf_counter() - start


def time_legation(texts: list[tuple[str, str]]) -> tuple[float, int]:
    events = 0
    start = time.perf_counter()
    for name, text in texts:
        events += len(extract_document(parse_text(text, name=name)).events)
    return time.perf_counter() - start, events


def peak_memory(texts: list[tuple[str, str]]) -> float:
    gc.collect()
    tracemalloc.start()
    for name, text in texts:
        extract_document(parse_text(text, name=name))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in megabytes (default 5)")
    args = parser.parse_args()
    for label, stream in (("relations", iter_variants()), ("mixed", iter_mixed())):
        texts = corpus(args.mb, stream)
        chars = sum(len(t) for _, t in texts)
        extract_document(parse_text(texts[0][1]))  # load the pipeline before timing
        base = time_tokenizer(texts)
        took, events = time_legation(texts)
        print(f"{label} corpus: {len(texts)} documents, {chars:,} characters, {events:,} events read")
        print(f"  spaCy bare tokenizer: {chars / base:,.0f} chars/s ({base:.2f} s)")
        print(f"  legation extract:     {chars / took:,.0f} chars/s ({took:.2f} s)")
        print(f"  ratio legation / tokenizer: {took / base:.2f}")
    texts = corpus(args.mb, iter_variants())
    sizes = [max(1, len(texts) // 4), max(1, len(texts) // 2), len(texts)]
    peaks = [peak_memory(texts[:n]) for n in sizes]
    print(
        "peak memory while reading: "
        + ", ".join(f"{n} docs {p:.1f} MB" for n, p in zip(sizes, peaks, strict=True))
    )
    print(f"ratio of peaks, full corpus / quarter: {peaks[-1] / peaks[0]:.2f}")


if __name__ == "__main__":
    main()
