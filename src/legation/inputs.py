"""Reading many inputs: files, folders and globs, each read or reported on its own."""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from legation.documents import read_document
from legation.errors import InputError
from legation.extract import Extraction, extract_document


@dataclass(frozen=True)
class Failure:
    """An input that could not be read, with the one-line reason."""

    path: str
    message: str


def expand_paths(paths: Iterable[str]) -> Iterator[Path | Failure]:
    """Each file named, found in a named folder, or matched by a glob; a Failure for what matches nothing."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
            if not files:
                yield Failure(raw, f"{raw}: the folder has no files in it")
            yield from files
        elif p.exists():
            yield p
        elif matches := sorted(glob.glob(raw, recursive=True)):
            yield from (Path(m) for m in matches if Path(m).is_file())
        else:
            yield Failure(raw, f"{raw}: no such file or folder; check the path")


def extract_paths(paths: Iterable[str]) -> Iterator[Extraction | Failure]:
    """The reading of every input in turn, streaming: one document in memory at a time."""
    for item in expand_paths(paths):
        if isinstance(item, Failure):
            yield item
            continue
        try:
            yield extract_document(read_document(item))
        except InputError as exc:
            yield Failure(str(item), str(exc))
