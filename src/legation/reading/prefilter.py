"""Which texts are worth tokenizing: a cheap test on the raw text, before spaCy sees it.

A trigger phrase matches only a sentence that holds every word the phrase cannot do without, and a
fact (a membership, a migration figure, a mission) only one with a word of its own. A document with
no such sentence gives no claim and is not read at all. Within a document, a sentence can change how
the sentences after it are read only through the names it gives (a person named in full, a state
counted for the document's pair) and its dates; so a sentence that could give no claim and has no
capitalised word after its first is not tokenized either: its dates are still read from the raw text,
and the reading of every other sentence is unchanged.
"""

from __future__ import annotations

import re
from functools import cache

from legation.countries import load_organizations
from legation.reading.patterns import required_words
from legation.reading.triggers import trigger_table
from legation.reading.words import word_list

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@cache
def phrase_words(lang: str = "en") -> tuple[tuple[frozenset[str], ...], ...]:
    """For each phrase of a language's trigger table, the words it cannot do without (each as its
    forms). Only words written with letters are kept: a sentence is split into such words to be tested."""
    table = trigger_table(lang)
    return tuple(
        tuple(
            frozenset(w for w in alternatives if w.isalpha()) for alternatives in required_words(phrase, lang)
        )
        for etype in table.types
        for phrase in etype.phrases
    )


@cache
def organization_words(lang: str = "en") -> frozenset[str]:
    """The words of organizations' names and aliases, and the heads of unlisted ones ("Union")."""
    found = {h.lower() for h in word_list("org_heads", lang)}
    names = "organizations.toml" if lang == "en" else f"organizations.{lang}.toml"
    for org in load_organizations(names):
        for name in (org.name, *org.aliases):
            found |= {w.lower() for w in _WORD.findall(name)}
    return frozenset(found - word_list("opening_words", lang))


@cache
def phrases_by_word(lang: str = "en") -> dict[str, tuple[int, ...]]:
    """The phrases (by their index in `phrase_words`) filed under each form of their first word."""
    index: dict[str, list[int]] = {}
    for i, phrase in enumerate(phrase_words(lang)):
        for word in next((alts for alts in phrase if alts), frozenset({""})):
            index.setdefault(word, []).append(i)
    return {word: tuple(found) for word, found in index.items()}


def could_give_claims(words: set[str], lang: str = "en") -> bool:
    """Whether some trigger phrase could match words like these, or a fact be read from them."""
    if words & word_list("fact_words", lang) or (
        words & word_list("membership_act_words", lang) and words & organization_words(lang)
    ):
        return True
    phrases, index = phrase_words(lang), phrases_by_word(lang)
    candidates = {i for word in words for i in index.get(word, ())} | set(index.get("", ()))
    return any(all(not alts or not alts.isdisjoint(words) for alts in phrases[i]) for i in candidates)


def words_of(text: str) -> set[str]:
    """The words of a text, lower-cased."""
    return set(_WORD.findall(text.lower()))


def worth_reading(text: str, lang: str = "en") -> bool:
    """Whether a sentence could give a claim or name someone a later sentence may need."""
    words = _WORD.findall(text)
    if not words:
        return False
    if words[0].lower() not in word_list("opening_words", lang) or any(w[0].isupper() for w in words[1:]):
        return True
    return could_give_claims({w.lower() for w in words}, lang)
