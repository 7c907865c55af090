"""The word lists of `data/words.toml`, as frozensets by name."""

from __future__ import annotations

import tomllib
from importlib import resources

WORDS: dict[str, frozenset[str]] = {
    name: frozenset(words)
    for name, words in tomllib.loads(
        resources.files("legation").joinpath("data", "words.toml").read_text(encoding="utf-8")
    ).items()
}
