"""Files as documents: finding the files a user names, and reading each by what it holds.

A file is read by its kind, chosen from its suffix and its first characters: plain text or the
article format (`parse_text`), an HTML page (`html.py`), a page's wikitext (`wikitext.py`), or a
MediaWiki XML dump of many pages (`dumps.py`).
"""

from __future__ import annotations

import glob
import os
import re
import select
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Literal

from legation.errors import InputError
from legation.text.documents import AS_WRITTEN, Document, Given, parse_text
from legation.text.dumps import dump_pages, is_dump_name, open_dump

MAX_BYTES = 10 * 1024 * 1024
# How long a pipe may stay silent before it is taken to have no writer.
PIPE_WAIT = 5.0
InputKind = Literal["text", "html", "wikitext", "dump"]
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_WIKI_SUFFIXES = (".wiki", ".wikitext", ".mediawiki")
_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.I | re.S)
# Markup that prose and the article format never hold: templates, links, references, bold.
_WIKI_MARKUP = re.compile(r"\{\{[^{}\n]{1,200}(\}\}|\|)|\[\[[^\[\]\n]+\]\]|<ref[\s>/]|^'{3}", re.M)


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


def text_kind(path: PurePosixPath | Path, text: str) -> InputKind:
    """The kind of a text file: by its suffix where that says, else by what its text holds."""
    suffix = path.suffix.lower()
    if suffix in _HTML_SUFFIXES:
        return "html"
    if suffix in _WIKI_SUFFIXES:
        return "wikitext"
    head = text[:4000]
    if _HTML_START.match(head):
        return "html"
    if "<mediawiki" in head[:1000]:
        return "dump"
    if _WIKI_MARKUP.search(text):
        return "wikitext"
    return "text"


def parse_kind(kind: InputKind, text: str, *, name: str, title: str | None = None) -> Document:
    """The document of a text of a given kind."""
    if kind == "html":
        from legation.text.html import parse_html

        return parse_html(text, name=name)
    if kind == "wikitext":
        from legation.text.wikitext import parse_wikitext

        return parse_wikitext(text, name=name, title=title or _title_of(name))
    return parse_text(text, name=name)


def _title_of(name: str) -> str:
    """A page's title from its file name: 'Peru–Venezuela_relations.wiki' -> 'Peru–Venezuela relations'."""
    return Path(name).stem.replace("_", " ")


def read_document(path: str | Path) -> Document:
    """The document in a file (text, HTML or wikitext), or an InputError naming the file and the problem."""
    p = Path(path)
    if is_dump_name(p) and p.exists():
        raise InputError(
            f"{p}: is a MediaWiki dump of many pages; read it with 'legation extract' or 'legation ingest'"
        )
    text = decode_bytes(read_bytes(p), name=str(p))
    kind = text_kind(p, text)
    if kind == "dump":
        raise InputError(f"{p}: is a MediaWiki XML dump; name it .xml or .xml.bz2 to read its pages")
    return parse_kind(kind, text, name=p.name)


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


@dataclass(frozen=True)
class Source:
    """One document to read and the source it is stored under: a file, or a page of a dump.

    It holds a path or a page's wikitext, not a parsed document, so that it is cheap to send to a
    worker process, which reads it there.
    """

    source: str
    path: str
    title: str | None = None
    wikitext: str | None = None
    given: Given = AS_WRITTEN

    def document(self) -> Document:
        if self.wikitext is not None:
            document = parse_kind("wikitext", self.wikitext, name=self.title or self.source, title=self.title)
        elif "://" in self.path:
            document = _read_url(self.path)
        else:
            document = read_document(self.path)
        return self.given.apply(document)


def _read_url(url: str) -> Document:
    """The document at an fsspec URL (s3://, gs://, http://, file://), read as a file is."""
    import fsspec

    name = PurePosixPath(url.split("://", 1)[1]).name
    try:
        with fsspec.open(url, "rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except (OSError, ValueError) as exc:
        raise InputError(f"{url}: cannot be read ({exc}); check the URL and the workers' access") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{url}: the file is over the {MAX_BYTES // 2**20} MiB limit; split it")
    text = decode_bytes(data, name=url)
    kind = text_kind(PurePosixPath(name), text)
    if kind == "dump":
        raise InputError(f"{url}: a MediaWiki dump is read where the command runs; copy it there")
    return parse_kind(kind, text, name=name)


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


def _url_sources(raw: str) -> Iterator[Source | Failure]:
    """The files an fsspec URL names (a file, a folder or a glob), each as a source."""
    import fsspec

    try:
        fs, path = fsspec.core.url_to_fs(raw)
        found = sorted(fs.find(path)) if fs.isdir(path) else sorted(fs.glob(path))
    except (OSError, ValueError, ImportError) as exc:
        yield Failure(raw, f"{raw}: cannot be listed ({exc}); check the URL")
        return
    if not found:
        yield Failure(raw, f"{raw}: no such file or folder; check the URL")
    for name in found:
        url = fs.unstrip_protocol(name)
        yield Source(url, url)


def iter_sources(
    paths: Iterable[str], titles: re.Pattern[str] | None = None, given: Given = AS_WRITTEN
) -> Iterator[Source | Failure]:
    """Every document the paths (or fsspec URLs) name: each file, each kept page of each dump, in order,
    with what the user says of them."""
    for item in _sources(paths, titles):
        yield replace(item, given=given) if isinstance(item, Source) and given != AS_WRITTEN else item


def _sources(paths: Iterable[str], titles: re.Pattern[str] | None) -> Iterator[Source | Failure]:
    for raw in paths:
        if "://" in raw:
            yield from _url_sources(raw)
            continue
        for item in expand_paths([raw]):
            if isinstance(item, Failure):
                yield item
            elif is_dump_name(item):
                yield from _dump_sources(item, titles)
            else:
                # Kept as the user named it: the store may move, and a server shows its sources.
                yield Source(str(item), str(item))


def _dump_sources(path: Path, titles: re.Pattern[str] | None) -> Iterator[Source | Failure]:
    try:
        with open_dump(path) as stream:
            if b"<mediawiki" not in stream.read(4000):
                raise InputError(
                    f"{path}: not a MediaWiki XML export; give a dump of pages (.xml or .xml.bz2)"
                )
        for page in dump_pages(path, titles):
            yield Source(f"{path}#{page.title}", str(path), page.title, page.wikitext)
    except (OSError, EOFError) as exc:
        yield Failure(str(path), f"{path}: the dump cannot be read to its end ({exc}); download it again")
    except InputError as exc:
        yield Failure(str(path), str(exc))
