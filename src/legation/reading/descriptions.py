"""Descriptions that stand for a state the text has named (`data/descriptions.toml`): "the Central
American country", "the kingdom", "the island nation". Matched in the pipeline; resolved per document
to the state of the description's list named last, else to the one in the document's pair; where the
text named none, to nothing (no act is read from it).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from legation.tables import load_table


@dataclass(frozen=True)
class Description:
    """A kind of description: the phrases it is written with, and the states it may stand for."""

    key: str
    phrases: tuple[str, ...]
    states: frozenset[str]


@cache
def load_descriptions(table_name: str = "descriptions.toml") -> tuple[Description, ...]:
    """The descriptions of the table, each with its phrases written out in lower case."""
    table = load_table(table_name)
    nouns = table["nouns"]
    found = []
    for i, row in enumerate(table["description"]):
        phrases = [f"{a} {n}".lower() for a in row.get("adjectives", []) for n in nouns]
        phrases += [p.lower() for p in row.get("phrases", [])]
        # The key names its table: each language has its own.
        found.append(Description(f"{table_name}#{i}", tuple(phrases), frozenset(row["states"])))
    return tuple(found)


def resolve(key: str, named: list[str], pair: tuple[str, str] | None) -> str | None:
    """The state a description stands for, given the states named so far (latest last)."""
    table, found, _ = key.partition("#")
    if not found:
        return None  # a description naming an entity of its own ("the kingdom of Baekje")
    description = next((d for d in load_descriptions(table) if d.key == key), None)
    if description is None:
        return None
    for code in reversed(named):
        if code in description.states:
            return code
    candidates = [c for c in pair or () if c in description.states]
    return candidates[0] if len(candidates) == 1 else None
