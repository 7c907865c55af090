"""The one vocabulary of event types (`data/types.toml`), from which every other list derives."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from legation.errors import QueryError
from legation.tables import load_table

Tone = Literal["break", "mend", "neutral"]


@dataclass(frozen=True)
class EventKind:
    """One event type: its name, its words, its codes in CAMEO and PLOVER, and what it does."""

    name: str
    label: str
    about: str
    cameo: str
    plover: str
    tone: Tone
    state: bool  # whether it changes the state of a pair
    # What reads it: the trigger phrases of data/triggers.toml, or a reader of its own (memberships).
    read_by: str = "triggers"


@cache
def event_kinds() -> dict[str, EventKind]:
    """Every event type, by name, in the table's order."""
    return {row["name"]: EventKind(**row) for row in load_table("types.toml")["type"]}


def event_types() -> list[str]:
    """The names of the event types, sorted."""
    return sorted(event_kinds())


def state_types() -> tuple[str, ...]:
    """The event types that change the state of a pair."""
    return tuple(k.name for k in event_kinds().values() if k.state)


def check_event_types(types: list[str] | tuple[str, ...]) -> None:
    """Nothing, or a QueryError naming an unknown type and the known ones."""
    known = event_kinds()
    for t in types:
        if t not in known:
            raise QueryError(f"unknown event type {t!r}; use one of: {', '.join(sorted(known))}")
