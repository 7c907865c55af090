"""Files as documents: reading one file's bytes as text, and finding the files a user names."""

from __future__ import annotations

import glob
import os
import select
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from legation.errors import InputError
from legation.text.documents import Document, parse_text

MAX_BYTES = 10 * 1024 * 1024
# How long a pipe may stay silent before it is taken to have no writer.
PIPE_WAIT = 5.0


def decode_bytes(data: bytes, *, name: str) -> str:
    """The text of a file's bytes as UTF-8, or an InputError saying what the file is instead."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty; give a text file with the article in it")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError(f"{name}: the file is UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)")
    if order := _utf16_order(data):
        raise InputError(
            f"{name}: the file is UTF-16{order} text without a byte order mark; "
            f"convert it to UTF-8 (iconv -f UTF-16{order} -t UTF-8)"
        )
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


def _utf16_order(data: bytes) -> str:
    """The byte order ("LE", "BE") of bytes that read as UTF-16 text with no byte order mark, else "".

    Text in a Latin script written as UTF-16 has a zero byte in every other place: after each
    character's byte in little-endian order, before it in big-endian.
    """
    head = data[:512]
    pairs = len(head) // 2
    if pairs < 4:
        return ""
    odd_zeros = head[1::2].count(0)
    even_zeros = head[0::2].count(0)
    if odd_zeros > 0.6 * pairs and even_zeros < 0.1 * pairs and _decodes(head, "utf-16-le"):
        return "LE"
    if even_zeros > 0.6 * pairs and odd_zeros < 0.1 * pairs and _decodes(head, "utf-16-be"):
        return "BE"
    return ""


def _decodes(data: bytes, encoding: str) -> bool:
    text = data[: len(data) // 2 * 2].decode(encoding, errors="replace")
    return sum(c.isprintable() or c.isspace() for c in text) > 0.9 * len(text)


def read_document(path: str | Path) -> Document:
    """The document in a UTF-8 file, or an InputError naming the file and the problem."""
    p = Path(path)
    return parse_text(decode_bytes(read_bytes(p), name=str(p)), name=p.name)


def read_bytes(p: Path) -> bytes:
    """The bytes of a file or a pipe, never more than MAX_BYTES of them, or an InputError."""
    try:
        mode = p.stat().st_mode
    except FileNotFoundError:
        raise InputError(f"{p}: no such file; check the path") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror}); check the path") from None
    if stat.S_ISDIR(mode):
        raise InputError(f"{p}: is a folder; give the text files in it")
    if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
        raise InputError(f"{p}: is a device or a socket, not a file; give a text file")
    limit = f"the {MAX_BYTES // 2**20} MiB limit"
    if stat.S_ISREG(mode) and (size := p.stat().st_size) > MAX_BYTES:
        raise InputError(f"{p}: the file is {size / 2**20:.1f} MiB, over {limit}; split it")
    try:
        fd = os.open(p, os.O_RDONLY | (os.O_NONBLOCK if stat.S_ISFIFO(mode) else 0))
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror}); check the path") from None
    # A pipe nobody writes to would block for ever: it is opened without waiting, then given a
    # few seconds for a writer's first bytes (or its end) to come.
    if stat.S_ISFIFO(mode) and not select.select([fd], [], [], PIPE_WAIT)[0]:
        os.close(fd)
        raise InputError(f"{p}: is a pipe with nothing written to it; write the text to it, or give a file")
    os.set_blocking(fd, True)
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(MAX_BYTES + 1)
    # A file that grew after it was measured, or a pipe that sends more, is cut at the limit.
    if len(data) > MAX_BYTES:
        raise InputError(f"{p}: more than {MAX_BYTES // 2**20} MiB to read, over {limit}; split it")
    return data


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
