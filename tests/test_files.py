"""Files as documents: bounded reads of files, pipes and devices, and what a file that is not UTF-8 is."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from legation.errors import InputError
from legation.text.files import MAX_BYTES, read_document

TEXT = "= Chile–Bolivia relations =\n\nOn 3 May 1978, Bolivia broke off diplomatic relations with Chile.\n"


def _limited(memory: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))


def test_an_endless_device_is_refused_without_reading_it() -> None:
    """`legation extract /dev/zero` once read until memory ran out."""
    done = subprocess.run(
        [sys.executable, "-m", "legation", "extract", "/dev/zero"],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=lambda: _limited(2 * 2**30),
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("legation: /dev/zero: ") and done.stderr.count("\n") == 1
    assert "not a file" in done.stderr


def test_a_pipe_nobody_writes_to_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    caught: list[BaseException] = []
    reader = threading.Thread(target=lambda: _catch(caught, fifo), daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert not reader.is_alive(), "reading a pipe with no writer blocked"
    assert isinstance(caught[0], InputError) and "nothing written" in str(caught[0])


def _catch(caught: list[BaseException], path: Path) -> None:
    try:
        read_document(path)
    except BaseException as exc:
        caught.append(exc)


def _write_to(fifo: Path, data: bytes) -> threading.Thread:
    def write() -> None:
        try:
            with fifo.open("wb") as handle:
                handle.write(data)
        except BrokenPipeError:
            pass  # the reader stopped at its limit

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    return writer


def test_a_pipe_is_read_as_a_text(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    _write_to(fifo, TEXT.encode())
    assert read_document(fifo).text == TEXT


def test_a_pipe_that_sends_too_much_is_cut_at_the_limit(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    _write_to(fifo, b"Peru broke relations with Chile. " * (MAX_BYTES // 33 + 100))
    with pytest.raises(InputError, match="more than 10 MiB to read, over the 10 MiB limit"):
        read_document(fifo)


def test_a_huge_file_gives_its_size_in_the_unit_of_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(52 * 2**20)
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert "the file is 52.0 MiB, over the 10 MiB limit" in str(caught.value)


@pytest.mark.parametrize(("encoding", "order"), [("utf-16-le", "LE"), ("utf-16-be", "BE")])
def test_utf16_without_a_byte_order_mark_is_named(tmp_path: Path, encoding: str, order: str) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(TEXT.encode(encoding))
    with pytest.raises(InputError) as caught:
        read_document(path)
    message = str(caught.value)
    assert f"UTF-16{order}" in message and f"iconv -f UTF-16{order} -t UTF-8" in message
    assert "binary" not in message
