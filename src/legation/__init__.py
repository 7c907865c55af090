"""Legation: the relations between states, read from text into sourced, dated data."""

__version__ = "0.1.0"

from legation.claims import Event, Evidence, Membership, Mission, Statistic, to_record
from legation.dates import Period
from legation.documents import Document, parse_text, read_document
from legation.errors import (
    DateFormatError,
    InputError,
    LegationError,
    StoreError,
    UnknownCountryError,
)
from legation.extract import Extraction, extract_document
from legation.queries import PairState, country_relations, pair_state, pair_timeline
from legation.store import Store
from legation.timeline import Timeline, build_timeline

__all__ = [
    "DateFormatError",
    "Document",
    "Event",
    "Evidence",
    "Extraction",
    "InputError",
    "LegationError",
    "Membership",
    "Mission",
    "PairState",
    "Period",
    "Statistic",
    "Store",
    "StoreError",
    "Timeline",
    "UnknownCountryError",
    "__version__",
    "build_timeline",
    "country_relations",
    "extract_document",
    "pair_state",
    "pair_timeline",
    "parse_text",
    "read_document",
    "to_record",
]
