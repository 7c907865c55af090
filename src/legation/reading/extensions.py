"""What the reader keeps on spaCy's objects: the per-sentence word lists its rules read, and the
names a document has made known before a sentence (`Doc._.known_names`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from legation.reading.words import glosses

if not Doc.has_extension("known_names"):
    # The words of persons named in full earlier in the document: "Scull" alone then names a person.
    Doc.set_extension("known_names", default=frozenset())


def lowers(doc: Doc) -> list[str]:
    """The lower-cased words of the doc, made once: rules read them far more often than spaCy's Token
    objects can be made. Another language's words are read as their English glosses where the
    language's table gives one ("con" as "with")."""
    cached: list[str] | None = doc.user_data.get("lowers")
    if cached is None:
        cached = written_lowers(doc)
        if doc.lang_ != "en":
            gloss = glosses(doc.lang_)
            cached = [gloss.get(w, w) for w in cached]
        doc.user_data["lowers"] = cached
    return cached


def written_lowers(doc: Doc) -> list[str]:
    """The lower-cased words of the doc as written, in its own language, made once."""
    cached: list[str] | None = doc.user_data.get("written_lowers")
    if cached is None:
        strings = doc.vocab.strings
        cached = [strings[x] for x in doc.to_array("LOWER").tolist()]
        doc.user_data["written_lowers"] = cached
    return cached


def texts(doc: Doc) -> list[str]:
    """The words of the doc as written, made once."""
    cached: list[str] | None = doc.user_data.get("texts")
    if cached is None:
        strings = doc.vocab.strings
        cached = doc.user_data["texts"] = [strings[x] for x in doc.to_array("ORTH").tolist()]

    return cached


def text_of(doc: Doc) -> str:
    """The text of the doc, made once (spaCy joins its tokens anew at every `doc.text`)."""
    cached: str | None = doc.user_data.get("text")
    if cached is None:
        cached = doc.user_data["text"] = doc.text
    return cached


def offsets(doc: Doc) -> list[int]:
    """The character offset of each token in the doc's text, made once."""
    cached: list[int] | None = doc.user_data.get("offsets")
    if cached is None:
        cached = doc.user_data["offsets"] = doc.to_array("IDX").tolist()
    return cached


def spans_of(doc: Doc, key: str) -> list[Span]:
    """A group of the doc's spans as a list, made once (each read of `doc.spans[key]` makes new
    Span objects). `set_spans` keeps the copy up to date."""
    cache: dict[str, list[Span]] = doc.user_data.setdefault("spans", {})
    found = cache.get(key)
    if found is None:
        found = cache[key] = list(doc.spans[key]) if key in doc.spans else []
    return found


def set_spans(doc: Doc, key: str, spans: list[Span]) -> None:
    """Writes a group of the doc's spans, and keeps a copy of the list for `spans_of`. An empty group
    is left out of `doc.spans` (making a span group costs more than most rules)."""
    if spans:
        doc.spans[key] = spans
    elif key in doc.spans:
        del doc.spans[key]
    doc.user_data.setdefault("spans", {})[key] = list(spans)
