"""A progress line on stderr for long reads: documents, events and failures so far."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Counts documents, events and failures, redrawn at most five times a second on a terminal."""

    def __init__(self, label: str, *, stream: TextIO | None = None, shown: bool | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.shown = self.stream.isatty() if shown is None else shown
        self.documents = self.events = self.failed = 0
        self._drawn = 0.0

    def add(self, *, events: int = 0, failed: bool = False) -> None:
        self.documents += 1
        self.events += events
        self.failed += failed
        if self.shown and time.monotonic() - self._drawn > 0.2:
            self.draw()

    def draw(self) -> None:
        self._drawn = time.monotonic()
        failed = f", {self.failed:,} failed" if self.failed else ""
        self.stream.write(f"\r{self.label}: {self.documents:,} documents, {self.events:,} events{failed}")
        self.stream.flush()

    def note(self, message: str) -> None:
        """A line of its own (a failure), above the progress line."""
        if self.shown:
            self.stream.write("\r\033[K")
        self.stream.write(message + "\n")
        if self.shown:
            self.draw()

    def close(self) -> None:
        if self.shown:
            self.draw()
            self.stream.write("\n")
            self.stream.flush()
