"""Reading speed and memory: Legation against spaCy's bare tokenizer of the language, same text, same run.

    python benchmarks/extract.py [--mb 5]

Builds corpora of at least --mb megabytes: in English, the bundled texts with other states and years
swapped in ("relations") and a stream of ordinary local news with such a text every twentieth
("mixed"); in Spanish, the same from a text and news sentences written for this benchmark
(benchmarks/data). Reads each document by document (streaming), and prints characters per second,
the ratio of Legation's time to the bare tokenizer's over the same text, and peak memory at three
corpus sizes: flat peaks mean the reading streams.
"""

from __future__ import annotations

import argparse
import gc
import re
import time
import tracemalloc
from collections.abc import Iterator
from functools import partial
from itertools import count
from pathlib import Path

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


DATA = Path(__file__).parent / "data"
# Sentences of ordinary Spanish local news, written for the benchmark: no act between states.
ORDINARIO = [
    "{0} dijo a la prensa en {1} el {3} que el nuevo puente se abrirá antes del invierno.",
    "El concejo de {1} aprobó un presupuesto de {2} millones para escuelas y caminos.",
    "El equipo de {1} ganó {2} a 1 en el estadio municipal el {3} por la noche.",
    "Las lluvias inundaron varias calles de {1}, y {0} aseguró que los desagües se limpiaron en primavera.",
    "Las acciones de la cervecera de {1} subieron un {2} por ciento tras un buen trimestre.",
    "La biblioteca de {1} abrirá los domingos desde el mes próximo, anunció {0}.",
]
_PERSONAS = ["Ana Torres", "Luis Paredes", "Marta Quispe", "Jorge Salas", "Rosa Medina"]
_PUEBLOS = ["Arequipa", "Trujillo", "Cusco", "Piura", "Tacna", "Puno"]
_DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes"]


def iter_spanish() -> Iterator[tuple[str, str]]:
    """(name, text) of the Spanish relations text, its years moved on a little in each copy."""
    text = (DATA / "relaciones-chile-bolivia.es.txt").read_text(encoding="utf-8")
    for i in count():
        moved = re.sub(r"\b(1[89]\d\d|20[0-2]\d)\b", partial(_later, years=i % 50), text)
        yield f"relaciones-{i:05d}.txt", moved


def _later(match: re.Match[str], *, years: int) -> str:
    return str(int(match.group(1)) + years)


def iter_spanish_mixed(every: int = 20) -> Iterator[tuple[str, str]]:
    """(name, text) of a Spanish news stream: ordinary reports, with a relations text every `every`."""
    relations = iter_spanish()
    for i in count():
        if i % every == every - 1:
            yield next(relations)
            continue
        lines = [
            ORDINARIO[(i * 5 + k * 7) % len(ORDINARIO)].format(
                _PERSONAS[(i + k) % len(_PERSONAS)],
                _PUEBLOS[(i * 3 + k) % len(_PUEBLOS)],
                (i * 7 + k * 13) % 90 + 5,
                _DIAS[(i + k * 2) % len(_DIAS)],
            )
            for k in range(12)
        ]
        paragraphs = ["\n".join(lines[j : j + 3]) for j in range(0, len(lines), 3)]
        yield f"noticia-{i:05d}.txt", f"date 2024-03-{i % 28 + 1:02d}\n" + "\n\n".join(paragraphs) + "\n"


def time_tokenizer(texts: list[tuple[str, str]], lang: str = "en") -> float:
    nlp = spacy.blank(lang)
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
    corpora = (
        ("relations", "en", iter_variants()),
        ("mixed", "en", iter_mixed()),
        ("Spanish relations", "es", iter_spanish()),
        ("Spanish mixed", "es", iter_spanish_mixed()),
    )
    for label, lang, stream in corpora:
        texts = corpus(args.mb, stream)
        chars = sum(len(t) for _, t in texts)
        # Load the language's pipeline and tables before timing: a relations text reads them all.
        extract_document(parse_text(next(iter_variants() if lang == "en" else iter_spanish())[1]))
        base = time_tokenizer(texts, lang)
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
