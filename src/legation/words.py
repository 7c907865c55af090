"""The word lists of `data/words.toml`: frozensets by name, and the ranks envoy nouns name."""

from __future__ import annotations

import tomllib
from importlib import resources

_DATA = tomllib.loads(resources.files("legation").joinpath("data", "words.toml").read_text(encoding="utf-8"))

WORDS: dict[str, frozenset[str]] = {
    name: frozenset(words) for name, words in _DATA.items() if isinstance(words, list)
}
# The rank an envoy noun names, or None for one that names none ("diplomats").
RANKS: dict[str, str | None] = {noun: rank or None for noun, rank in _DATA["envoy_ranks"].items()}
