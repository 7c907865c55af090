"""The language a text is written in, told by py3langid among the languages Legation reads.

A paragraph is first tested by its function words, which costs nothing next to py3langid: only where
they point to another language than the document's is py3langid asked.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

# The languages Legation reads, and the confidence below which a paragraph keeps its document's.
LANGUAGES = ("en", "es")
CONFIDENT = 0.9
# Short words frequent in one language and rare in the other.
_FUNCTION_WORDS = {
    "en": frozenset(
        {"the", "of", "and", "to", "in", "is", "was", "that", "with", "for", "on", "by", "its", "it"}
    ),
    "es": frozenset(
        {"el", "la", "los", "las", "del", "y", "que", "en", "por", "con", "para", "su", "se", "una"}
    ),
}


@cache
def _identifier() -> LanguageIdentifier:
    # Imported here: py3langid brings numpy, which a command that reads no text (`state`) need not load.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def detect(text: str, default: str = "en") -> str:
    """The language of a text among those Legation reads; the default where it cannot tell."""
    if len(text.strip()) < 20:
        return default
    language, probability = _identifier().classify(text)
    return str(language) if probability >= CONFIDENT else default


def _votes(text: str) -> dict[str, int]:
    # Split on white space (the words counted are seldom written against punctuation): fast.
    words = text.lower().split()
    return {lang: sum(map(found.__contains__, words)) for lang, found in _FUNCTION_WORDS.items()}


def text_language(text: str, default: str = "en") -> str:
    """The language of a whole text: plain from its function words where one language has many times
    the other's, else what py3langid tells of its opening."""
    votes = _votes(text[:2000])
    ranked = sorted(votes, key=votes.__getitem__, reverse=True)
    top, second = votes[ranked[0]], votes[ranked[1]]
    # A short text with a few words of one language and none of the other needs no model either.
    if (top >= 10 and top >= 4 * second) or (top >= 3 and second == 0):
        return ranked[0]
    return detect(text[:5000], default)


def paragraph_language(text: str, document: str) -> str:
    """The language of a paragraph of a document in `document`'s language: the document's where its
    function words agree, else what py3langid tells."""
    votes = _votes(text[:600])
    if votes.get(document, 0) >= max(votes.values()):
        return document
    return detect(text, default=document)
