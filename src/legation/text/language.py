"""The language a text is written in, told by py3langid among the languages Legation reads."""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# The languages Legation reads, and the confidence below which a paragraph keeps its document's.
LANGUAGES = ("en", "es")
CONFIDENT = 0.9


@cache
def _identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def detect(text: str, default: str = "en") -> str:
    """The language of a text among those Legation reads; the default where it cannot tell."""
    if len(text.strip()) < 20:
        return default
    language, probability = _identifier().classify(text)
    return str(language) if probability >= CONFIDENT else default
