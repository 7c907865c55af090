"""Who speaks in a quotation: in `"We will recall our ambassador," the minister said`, "we" and
"our government" are the speaker's state. The speaker is named after the closing quote ("...," X
said) or before the opening one (X said: "...").
"""

from __future__ import annotations

from spacy.tokens import Doc

from legation.reading.extensions import lowers, texts

SPEECH_VERBS = frozenset(
    {"said", "says", "added", "stated", "told", "tweeted", "wrote", "announced", "declared", "insisted"}
)
FIRST_PERSON = frozenset({"i", "we", "my", "our", "us"})
_OPENING = frozenset({"“", '"', "‘"})
_CLOSING = frozenset({"”", '"', "’"})


def quoted_span(doc: Doc) -> tuple[int, int] | None:
    """The tokens of the sentence's quotation, if it has one with a speaker named after or before it."""
    words = texts(doc)

    opens = [i for i, w in enumerate(words) if w in _OPENING]
    closes = [i for i, w in enumerate(words) if w in _CLOSING]
    lower = lowers(doc)
    if closes:
        end = closes[-1]
        start = next((i for i in opens if i < end), -1) + 1
        if any(w in SPEECH_VERBS for w in lower[end + 1 : end + 12]):
            return start, end
    if opens and any(w in SPEECH_VERBS for w in lower[max(0, opens[0] - 12) : opens[0]]):
        end = next((i for i in closes if i > opens[0]), len(words))
        return opens[0] + 1, end
    return None


def first_person(doc: Doc, span: tuple[int, int]) -> list[int]:
    """The first-person words inside the quotation ("we", "our", "my")."""
    lower = lowers(doc)
    return [i for i in range(*span) if lower[i] in FIRST_PERSON]
