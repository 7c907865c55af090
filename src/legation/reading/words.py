"""The word lists of `data/words.toml`, and of `data/words.<lang>.toml` for other languages: the
reader's closed classes (prepositions, titles, ranks, conjunctions...).

Read on first use, not at import. The rules read a sentence's words through `lowers(doc)`, which for
another language gives each word's English gloss where the language's table has one, so most lists
are the English ones; a language gives its own lists for what is read as written (names, titles, the
word sets of its trigger phrases). `word_list(name, lang)` falls back to the English list.
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from importlib import resources
from typing import Any

from legation.tables import load_table


def _table(lang: str) -> dict[str, Any]:
    return load_table("words.toml" if lang == "en" else f"words.{lang}.toml")


@cache
def word_list(name: str, lang: str = "en") -> frozenset[str]:
    """One word list, by its name: the language's own where it gives one, else the English one."""
    table = _table(lang)
    return frozenset(table[name] if name in table else _table("en").get(name, ()))


@cache
def ranks() -> dict[str, str | None]:
    """The rank an envoy noun names (in English, or a gloss), or None for one that names none."""
    return {noun: rank or None for noun, rank in _table("en")["envoy_ranks"].items()}


@cache
def word_sets(lang: str = "en") -> dict[str, tuple[str, ...]]:
    """The named sets of words trigger phrases may use as `$NAME`, in the table's order."""
    return {name: tuple(ws) for name, ws in _table(lang).get("sets", {}).items()}


@cache
def glosses(lang: str) -> dict[str, str]:
    """The English gloss of each word of a language the rules read in English ("con": "with")."""
    return {} if lang == "en" else dict(_table(lang).get("glosses", {}))


@cache
def lemma_table(lang: str) -> dict[str, str]:
    """spaCy's lemma lookup table for a language (spacy-lookups-data, read from the installed
    package: nothing is fetched), by lower-case word form."""
    path = resources.files("spacy_lookups_data").joinpath("data", f"{lang}_lemma_lookup.json.gz")
    with gzip.open(str(path), "rt", encoding="utf-8") as lookups:
        table: dict[str, str] = json.load(lookups)
    # Where the lookup table is wrong for our verbs ("roto" is not from "rotar"), our own word.
    corrected = {} if lang == "en" else _table(lang).get("lemmas", {})
    return {form.lower(): lemma for form, lemma in table.items()} | corrected
