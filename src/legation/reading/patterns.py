"""Compiles the trigger table's little phrase language into spaCy Matcher patterns.

A phrase is words separated by spaces. In a word:
  a|b|c     any of these (lower-cased)
  ~verb     every form of the verb (break, breaks, broke, broken, breaking), from lemminflect
  $NAME     any word of the named set of data/words.toml's [sets] ($ENVOY: ambassador, envoy, ...)
  x?        optional
  ...N      up to N tokens of anything but ; : .
  GPE, PERSON, ORG   a token inside a country, person or organization mention
  YEAR      a four-digit number ("the Treaty of 1858")
Words with a hyphen ("re-~establish") are split the way spaCy's tokenizer splits them.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from lemminflect import getAllInflections, getAllInflectionsOOV

from legation.reading.words import lemma_table, word_sets
from legation.tables import load_table

_WILDCARD = re.compile(r"^\.\.\.(\d+)$")
ENTITY_WORDS = frozenset({"GPE", "PERSON", "ORG"})
_CLAUSE_STOPS = [";", ":", "."]


@cache
def inflect(verb: str, lang: str = "en") -> list[str]:
    """Every form of a verb: in English (base, -s, past, participle, -ing) from lemminflect's tables,
    with the British doubled consonant where the table gives only the American form; in another
    language, every word spaCy's lookup tables give that verb as lemma.

    The English forms of the trigger table's verbs are kept in `data/verb_forms.toml`, written from
    lemminflect by `scripts/verb-forms` (a test checks it is whole and the same): loading lemminflect's
    tables costs a third of a second, a good part of reading one short text."""
    if lang != "en":
        return [verb, *sorted(forms_of_lemma(lang).get(verb, ()))]
    return stored_verb_forms().get(verb) or lemminflect_forms(verb)


@cache
def stored_verb_forms() -> dict[str, list[str]]:
    """The English verb forms kept in the package, by verb."""
    forms: dict[str, list[str]] = load_table("verb_forms.toml")["forms"]
    return forms


def lemminflect_forms(verb: str) -> list[str]:
    """An English verb's forms as lemminflect gives them (see `inflect`)."""
    table = getAllInflections(verb, upos="VERB") or getAllInflectionsOOV(verb, upos="VERB")
    forms = [verb, *(f for tag in ("VBZ", "VBD", "VBN", "VBG") for f in table.get(tag, ()))]
    if verb.endswith("l") and not verb.endswith("ll") and verb[-2:-1] in "aeiou":
        # "label": labelled, labelling beside labeled, labeling.
        forms += [f[:-2] + "led" for f in forms if f.endswith("led")]
        forms += [f[:-3] + "ling" for f in forms if f.endswith("ling")]
    return list(dict.fromkeys(f.lower() for f in forms))


@cache
def forms_of_lemma(lang: str) -> dict[str, frozenset[str]]:
    """Every word form of spaCy's lemma lookup table for a language, by its lemma."""
    forms: dict[str, set[str]] = {}
    for form, lemma in lemma_table(lang).items():
        forms.setdefault(lemma, set()).add(form)
    return {lemma: frozenset(found) for lemma, found in forms.items()}


def _alternatives(word: str, lang: str = "en") -> list[str]:
    out: list[str] = []
    for alt in _expand_sets(word, lang).split("|"):
        out += inflect(alt[1:], lang) if alt.startswith("~") else [alt]
    return [a.lower() for a in out]


def _expand_sets(word: str, lang: str = "en") -> str:
    """The word with each `$NAME` replaced by the alternatives of that set of the word lists."""
    if "$" not in word:
        return word
    sets = word_sets(lang)
    parts: list[str] = []
    for alt in word.split("|"):
        if alt.startswith("$"):
            if alt[1:] not in sets:
                raise ValueError(f"{word!r}: no word set {alt!r} in data/words.toml [sets]")
            parts += sets[alt[1:]]
        else:
            parts.append(alt)
    return "|".join(parts)


def compile_phrase(phrase: str, lang: str = "en") -> list[list[dict[str, Any]]]:
    """The spaCy Matcher patterns for one phrase of the trigger table (one per entity alternative)."""
    patterns: list[list[dict[str, Any]]] = [[]]
    for raw in phrase.split():
        if m := _WILDCARD.match(raw):
            gap = {"TEXT": {"NOT_IN": _CLAUSE_STOPS}, "OP": f"{{0,{m.group(1)}}}"}
            patterns = [[*p, gap] for p in patterns]
            continue
        optional = raw.endswith("?") and len(raw) > 1
        word = raw[:-1] if optional else raw
        if "|" in word and "-" in word:
            raise ValueError(
                f"{phrase!r}: a hyphenated word cannot be one of several alternatives; give it its own phrase"
            )
        alternatives = _expand_sets(word, lang).split("|")
        entities = [a for a in alternatives if a in ENTITY_WORDS]
        words = "|".join(a for a in alternatives if a not in ENTITY_WORDS and a != "YEAR")
        options: list[list[dict[str, Any]]] = [[{"ENT_TYPE": e, "OP": "+"}] for e in entities]
        if "YEAR" in alternatives:
            options.append([{"SHAPE": "dddd"}])
        if words:
            # "re-~establish" is three tokens to spaCy: re, -, establish.
            pieces = re.split(r"(?<=\w)(-)(?=[\w~])", words)
            options.append([{"LOWER": {"IN": _alternatives(piece, lang)}} for piece in pieces])
            if stems := _prefix_apart(words, lang):
                options.append(
                    [{"LOWER": {"IN": ["re"]}}, {"LOWER": {"IN": ["-"]}}, {"LOWER": {"IN": stems}}]
                )
        if optional:
            options = [[{**token, "OP": "?"} for token in option] for option in options]
        patterns = [p + option for p in patterns for option in options]
    return patterns


def required_words(phrase: str, lang: str = "en") -> list[frozenset[str]]:
    """For each word a phrase cannot match without, the forms it may take (a sentence needs one of each)."""
    required = []
    for raw in phrase.split():
        optional = raw.endswith("?") and len(raw) > 1
        if _WILDCARD.match(raw) or optional or any(a in (*ENTITY_WORDS, "YEAR") for a in raw.split("|")):
            continue
        expanded = _expand_sets(raw, lang)
        pieces = re.split(r"(?<=\w)(-)(?=[\w~])", expanded)
        if len(pieces) == 1:
            required.append(frozenset([*_alternatives(expanded, lang), *_prefix_apart(expanded, lang)]))
        else:
            required += [frozenset(_alternatives(piece, lang)) for piece in pieces]
    return required


def _prefix_apart(words: str, lang: str) -> list[str]:
    """The forms, without "re", of the verbs among the alternatives that English may write with the
    prefix apart: "re-opened" is three tokens to spaCy (re, -, opened) and means "reopened"."""
    if lang != "en":
        return []
    verbs = [
        alt[1:] for alt in words.split("|") if alt.startswith("~re") and alt[3:4] in ("a", "e", "i", "o", "u")
    ]
    return [form[2:] for verb in verbs for form in inflect(verb, lang)]
