"""Legation: the relations between states, read from text into sourced, dated data.

The flow, one sub-package a step: `text` (documents from files) -> `reading` (a spaCy pipeline of
rules) -> `claims` (events and facts with their evidence) -> `store` (DuckDB) -> `state` (each pair's
state over time, with reasons) -> `faces` (command line, HTTP API, web page).

The reader is imported only when asked for (`extract_document`), so that the store, the state and
the server start without loading spaCy.
"""

from __future__ import annotations

from importlib import import_module, metadata
from typing import TYPE_CHECKING, Any

from legation.claims import (
    Event,
    Evidence,
    Extraction,
    Membership,
    Mission,
    Statistic,
    StoredEvent,
    to_record,
)
from legation.errors import (
    DateFormatError,
    InputError,
    LegationError,
    QueryError,
    StoreError,
    UnknownCountryError,
)
from legation.periods import Period
from legation.state.envoys import Envoys, Posting, envoys
from legation.state.facts import Facts, MembershipFacts, MissionFacts, facts
from legation.state.queries import PairState, country_relations, pair_state, pair_timeline
from legation.state.timeline import Timeline, build_timeline
from legation.store import Store
from legation.text.documents import Document, parse_text
from legation.text.files import read_document

if TYPE_CHECKING:
    from legation.reading.extract import extract_document

try:
    __version__ = metadata.version("legation")
except metadata.PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "unknown"

_LAZY = {"extract_document": "legation.reading.extract"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'legation' has no attribute {name!r}")


__all__ = [
    "DateFormatError",
    "Document",
    "Envoys",
    "Event",
    "Evidence",
    "Extraction",
    "Facts",
    "InputError",
    "LegationError",
    "Membership",
    "MembershipFacts",
    "Mission",
    "MissionFacts",
    "PairState",
    "Period",
    "Posting",
    "QueryError",
    "Statistic",
    "Store",
    "StoreError",
    "StoredEvent",
    "Timeline",
    "UnknownCountryError",
    "__version__",
    "build_timeline",
    "country_relations",
    "envoys",
    "extract_document",
    "facts",
    "pair_state",
    "pair_timeline",
    "parse_text",
    "read_document",
    "to_record",
]
