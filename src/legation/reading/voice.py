"""The grammar of a trigger the frames need: whether it is a noun ("the expulsion of"), whether its
verb is passive ("were broken", "se rompieron las relaciones"), and whether it is in the future or
the conditional ("retirará", "rompería"), which English says with "will" and "would".

Each language gives its endings and markers in its word table (`data/words.toml`,
`data/words.<lang>.toml`); the rules read its function words as their English glosses (`words.py`).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from legation.reading.extensions import lowers, spans_of, texts, written_lowers
from legation.reading.words import lemma_table, word_list

BE_FORMS = frozenset({"is", "are", "was", "were", "been", "being", "be"})


def nominal(trigger: Span) -> bool:
    """Whether a trigger opens on a noun ("the expulsion of", "la ruptura de")."""
    first, lang = trigger[0].lower_, trigger.doc.lang_
    return first in word_list("nominal_words", lang) or first.endswith(_endings("nominal_endings", lang))


@cache
def _endings(name: str, lang: str) -> tuple[str, ...]:
    return tuple(word_list(name, lang))


def passive(doc: Doc, trigger: Span) -> bool:
    """Whether a trigger's verb is passive: "were broken", "fue expulsado", and in Spanish the
    impersonal "se" with no subject before it ("se rompieron las relaciones")."""
    words = lowers(doc)
    if any(words[i] in BE_FORMS for i in range(trigger.start, trigger.end)):
        return True
    if words[trigger.start] == "and":
        # "were broken in 1962 and restored in 1975": a participle after "and" shares the voice of the
        # verb before it ("withdrew recognition and severed all relations" is active).
        before = [t for t in spans_of(doc, "triggers") if t.end <= trigger.start]
        return bool(before) and passive(doc, before[-1])
    lang = doc.lang_
    i = trigger.start - 1
    while i >= 0 and words[i].endswith(_endings("adverb_endings", lang)):
        i -= 1
    if i < 0:
        return False
    if written_lowers(doc)[i] in word_list("passive_markers", lang):
        return not _named_before(doc, i)
    return words[i] in BE_FORMS and trigger[0].lower_.endswith(_endings("participle_endings", lang))


def _named_before(doc: Doc, i: int) -> bool:
    """Whether a state, a person or a capitalised name stands before "se" in its clause: then "se" is
    the verb's own ("Venezuela se retiró", "withdrew itself"), not the impersonal one."""
    start = next((j + 1 for j in range(i - 1, -1, -1) if texts(doc)[j] in (",", ";", ":")), 0)
    return any(
        s.start >= start and s.end <= i
        for key in ("countries", "persons", "orgs")
        for s in spans_of(doc, key)
    )


def future_or_conditional(doc: Doc, trigger: Span, start: int) -> str | None:
    """The verb in the future or the conditional that governs a trigger, in a language that says so
    with endings ("retirará", "romperían"): a word of the trigger, or for a noun trigger the verb of
    its clause before it (from `start`). None in English, which says it with "will"."""
    lang = doc.lang_
    endings = (*_endings("future_endings", lang), *_endings("conditional_endings", lang))
    if not endings:
        return None
    words = written_lowers(doc)
    candidates = [*range(trigger.start, trigger.end)]
    if nominal(trigger):
        candidates += range(trigger.start - 1, start - 1, -1)
    lemmas = lemma_table(lang)
    written = texts(doc)
    for i in candidates:
        word: str = words[i]
        if i and written[i][:1].isupper():
            continue  # a name in the trigger's span ("Irán" is no future of "ir")
        lemma = lemmas.get(word, word)
        # A verb's form ("retirará": "retirar"), not a noun that ends alike ("categoría").
        if word.endswith(endings) and lemma != word and lemma.endswith(("ar", "er", "ir")):
            return word
    return None
