"""The word lists of `data/words.toml`: the reader's closed classes (prepositions, titles, ranks...).

Read on first use, not at import. `word_list(name)` gives a list as a frozenset; `ranks()` the rank
an envoy noun names; `word_sets()` the named sets that trigger phrases use as `$NAME`.
"""

from __future__ import annotations

from functools import cache

from legation.tables import load_table


@cache
def word_list(name: str) -> frozenset[str]:
    """One word list of the table, by its name."""
    return frozenset(load_table("words.toml")[name])


@cache
def ranks() -> dict[str, str | None]:
    """The rank an envoy noun names, or None for one that names none ("diplomats")."""
    return {noun: rank or None for noun, rank in load_table("words.toml")["envoy_ranks"].items()}


@cache
def word_sets() -> dict[str, tuple[str, ...]]:
    """The named sets of words trigger phrases may use as `$NAME`, in the table's order."""
    return {name: tuple(ws) for name, ws in load_table("words.toml").get("sets", {}).items()}
