"""What a sentence sets between commas inside a clause, for the trigger phrases to read across.

A clause between a subject and its verb ("relations, which had been broken since 1978, were restored
in 1990"; "relations, severed in 1978, were restored") is an act of its own with dates of its own; a
phrase between a verb and its object ("ended, in January 2021, a three-year embargo") only dates the
verb. Without a parser, both are found by the words that open them and the word after them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from legation.reading.clauses import COORDINATORS
from legation.reading.words import word_list


def interposed_adverbials(lower: list[str], lang: str) -> list[tuple[int, int]]:
    """The short phrases set between commas after a verb and before its object ("ended, in January
    2021, the embargo"; "rompió, el pasado lunes, las relaciones"), each as (its first comma, the
    token after its last)."""
    openers = _adverbial_openers(lang)

    def opens(i: int) -> bool:
        return i > 0 and lower[i + 1] in openers and lower[i - 1] not in _CLAUSE_ENDS

    return _between_commas(lower, opens, _ADVERBIAL_REACH, str.isalpha)


@cache
def _adverbial_openers(lang: str) -> frozenset[str]:
    return word_list("adverbial_openers", lang)


# An adverbial phrase set off by commas is short: "in January 2021", "on 3 May 2021", "last week".
_ADVERBIAL_REACH = 7


def interposed_clauses(lower: list[str], lang: str) -> list[tuple[int, int]]:
    """The clauses set between commas after a subject and before its verb ("relations, which had been
    broken since 1978, were restored"; "relations, severed in 1978, were restored"), each as (its
    first comma, the token after its last)."""
    pronouns, endings, verbs = _clause_words(lang)

    def opens(i: int) -> bool:
        opener = lower[i + 1]
        participle = len(opener) > 2 and opener.endswith(endings) and opener not in COORDINATORS
        return opener in pronouns or participle

    return _between_commas(lower, opens, _CLAUSE_REACH, verbs.__contains__)


@cache
def _clause_words(lang: str) -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    endings = tuple(word_list("participle_endings", lang))
    return word_list("relative_pronouns", lang), endings, word_list("auxiliaries", lang)


_CLAUSE_REACH = 16


def _between_commas(
    lower: list[str], opens: Callable[[int], bool], reach: int, goes_on: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """Each stretch from a comma that `opens` to the next comma, within `reach` tokens and with no
    other stop between, where the word after that comma `goes_on` with the clause around it."""
    if "," not in lower:
        return []
    found = []
    for i, word in enumerate(lower[:-2]):
        if word != "," or not opens(i):
            continue
        for k in range(i + 2, min(len(lower) - 1, i + reach)):
            if lower[k] in _CLAUSE_ENDS:
                if lower[k] == "," and goes_on(lower[k + 1]):
                    found.append((i, k + 1))
                break
    return found


_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "(", ")", "and"})
