"""The words of a Doc as plain lists, made once per Doc: rules read them far more often than spaCy's
Token objects can be made."""

from __future__ import annotations

from spacy.tokens import Doc


def lowers(doc: Doc) -> list[str]:
    """The lower-cased words of the doc."""
    cached: list[str] | None = doc.user_data.get("lowers")
    if cached is None:
        cached = doc.user_data["lowers"] = [t.lower_ for t in doc]
    return cached


def texts(doc: Doc) -> list[str]:
    """The words of the doc as written."""
    cached: list[str] | None = doc.user_data.get("texts")
    if cached is None:
        cached = doc.user_data["texts"] = [t.text for t in doc]
    return cached
