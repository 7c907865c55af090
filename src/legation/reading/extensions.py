"""What the reader keeps on spaCy's objects: the per-sentence word lists its rules read, and the
names a document has made known before a sentence (`Doc._.known_names`)."""

from __future__ import annotations

from spacy.tokens import Doc

if not Doc.has_extension("known_names"):
    # The words of persons named in full earlier in the document: "Scull" alone then names a person.
    Doc.set_extension("known_names", default=frozenset())


def lowers(doc: Doc) -> list[str]:
    """The lower-cased words of the doc, made once: rules read them far more often than spaCy's Token
    objects can be made."""
    cached: list[str] | None = doc.user_data.get("lowers")
    if cached is None:
        cached = doc.user_data["lowers"] = [t.lower_ for t in doc]
    return cached


def texts(doc: Doc) -> list[str]:
    """The words of the doc as written, made once."""
    cached: list[str] | None = doc.user_data.get("texts")
    if cached is None:
        cached = doc.user_data["texts"] = [t.text for t in doc]
    return cached
