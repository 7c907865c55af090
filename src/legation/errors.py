"""The one exception hierarchy of Legation; the CLI and HTTP edges translate these into messages."""

from __future__ import annotations


class LegationError(Exception):
    """Base of every error Legation reports to a user; its message says how to fix the problem."""


class InputError(LegationError):
    """A file or text that cannot be read as a document."""


class UnknownCountryError(LegationError):
    """A country name or code that Legation does not know."""


class DateFormatError(LegationError):
    """A date given by a user that is not a calendar date."""


class QueryError(LegationError):
    """A query parameter that is not valid (an unknown event type, a malformed pair)."""


class StoreError(LegationError):
    """The store file is missing, busy, or not a Legation store."""


class ServeError(LegationError):
    """The server cannot start: its address is taken or cannot be used."""
