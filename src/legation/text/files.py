"""Files as documents: reading one file's bytes as text, and finding the files a user names."""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from legation.errors import InputError
from legation.text.documents import Document, parse_text

MAX_BYTES = 10 * 1024 * 1024


def decode_bytes(data: bytes, *, name: str) -> str:
    """The text of a file's bytes as UTF-8, or an InputError saying what the file is instead."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty; give a text file with the article in it")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[:200].count(b"\x00") > 10:
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            raise InputError(
                f"{name}: the file is UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)"
            )
        raise InputError(f"{name}: the file is binary, not text; give a UTF-8 text file")
    if b"\x00" in data:
        raise InputError(f"{name}: the file is binary, not text; give a UTF-8 text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: the file is not UTF-8 (byte {exc.start} cannot be read; Latin-1?); "
            "convert it with iconv -f LATIN1 -t UTF-8"
        ) from None
    return text


def read_document(path: str | Path) -> Document:
    """The document in a UTF-8 file, or an InputError naming the file and the problem."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file; check the path")
    if p.is_dir():
        raise InputError(f"{p}: is a folder; give the text files in it")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise InputError(
            f"{p}: the file is {size / 1e6:.0f} MB, over the {MAX_BYTES // 2**20} MiB limit; split it"
        )
    return parse_text(decode_bytes(p.read_bytes(), name=str(p)), name=p.name)


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
