"""Compiles the trigger table's little phrase language into spaCy Matcher patterns.

A phrase is words separated by spaces. In a word:
  a|b|c     any of these (lower-cased)
  ~verb     every form of the verb (break, breaks, broke, broken, breaking)
  x?        optional
  ...N      up to N tokens of anything but ; : .
  GPE, PERSON, ORG   a token inside a country, person or organization mention
Words with a hyphen ("re-~establish") are split the way spaCy's tokenizer splits them.
"""

from __future__ import annotations

import re
from typing import Any

# Irregular past and participle forms; regular verbs are inflected by rule.
IRREGULAR: dict[str, tuple[str, ...]] = {
    "break": ("broke", "broken"),
    "withdraw": ("withdrew", "withdrawn"),
    "freeze": ("froze", "frozen"),
    "give": ("gave", "given"),
    "take": ("took", "taken"),
    "send": ("sent",),
    "hold": ("held",),
    "make": ("made",),
    "put": ("put",),
    "cut": ("cut",),
    "shut": ("shut",),
    "set": ("set",),
    "seek": ("sought",),
    "leave": ("left",),
    "meet": ("met",),
    "bring": ("brought",),
    "fight": ("fought",),
    "keep": ("kept",),
    "strike": ("struck",),
    "flee": ("fled",),
    "begin": ("began", "begun"),
    "be": ("is", "are", "was", "were", "been", "being"),
    "have": ("has", "had", "having"),
    "do": ("does", "did", "done", "doing"),
    "win": ("won",),
    "lay": ("laid",),
    "go": ("went", "gone"),
    "come": ("came",),
    "draw": ("drew", "drawn"),
    "throw": ("threw", "thrown"),
    "rise": ("rose", "risen"),
    "shoot": ("shot",),
    "lead": ("led",),
    "hit": ("hit",),
    "sell": ("sold",),
    "buy": ("bought",),
    "fly": ("flew", "flown"),
    "tell": ("told",),
    "say": ("said",),
    "see": ("saw", "seen"),
    "speak": ("spoke", "spoken"),
    "undertake": ("undertook", "undertaken"),
    "forbid": ("forbade", "forbidden"),
    "overrun": ("overran", "overrun"),
}
# Verbs that double their last consonant (expel -> expelled).
DOUBLING = frozenset(
    {
        "expel",
        "ban",
        "bar",
        "refer",
        "submit",
        "drop",
        "stop",
        "plan",
        "admit",
        "permit",
        "commit",
        "recommit",
        "transfer",
        "compel",
        "propel",
        "rebar",
        "regret",
        "step",
        "ship",
    }
)
_WILDCARD = re.compile(r"^\.\.\.(\d+)$")
ENTITY_WORDS = frozenset({"GPE", "PERSON", "ORG"})
_CLAUSE_STOPS = [";", ":", "."]


def inflect(verb: str) -> list[str]:
    """Every form of an English verb: base, -s, past, participle, -ing."""
    forms = [verb]
    irregular = IRREGULAR.get(verb)
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        forms.append(verb + "es")
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms.append(verb[:-1] + "ies")
    else:
        forms.append(verb + "s")
    if verb in DOUBLING:
        stem = verb + verb[-1]
        forms += [stem + "ed", stem + "ing"]
    elif verb.endswith("e"):
        forms += [verb + "d", verb[:-1] + "ing"]
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms += [verb[:-1] + "ied", verb + "ing"]
    else:
        forms += [verb + "ed", verb + "ing"]
    if irregular:
        forms = [f for f in forms if not f.endswith("ed") or f in irregular] + list(irregular)
        if verb == "be":
            forms = [verb, *irregular]
    return list(dict.fromkeys(forms))


def _alternatives(word: str) -> list[str]:
    out: list[str] = []
    for alt in word.split("|"):
        out += inflect(alt[1:]) if alt.startswith("~") else [alt]
    return [a.lower() for a in out]


def compile_phrase(phrase: str) -> list[list[dict[str, Any]]]:
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
        alternatives = word.split("|")
        entities = [a for a in alternatives if a in ENTITY_WORDS]
        words = "|".join(a for a in alternatives if a not in ENTITY_WORDS)
        options: list[list[dict[str, Any]]] = [[{"ENT_TYPE": e, "OP": "+"}] for e in entities]
        if words:
            # "re-~establish" is three tokens to spaCy: re, -, establish.
            pieces = re.split(r"(?<=\w)(-)(?=[\w~])", words)
            options.append([{"LOWER": {"IN": _alternatives(piece)}} for piece in pieces])
        if optional:
            options = [[{**token, "OP": "?"} for token in option] for option in options]
        patterns = [p + option for p in patterns for option in options]
    return patterns


def required_words(phrase: str) -> list[frozenset[str]]:
    """For each word a phrase cannot match without, the forms it may take (a sentence needs one of each)."""
    required = []
    for raw in phrase.split():
        optional = raw.endswith("?") and len(raw) > 1
        if _WILDCARD.match(raw) or optional or any(a in ENTITY_WORDS for a in raw.split("|")):
            continue
        for piece in re.split(r"(?<=\w)(-)(?=[\w~])", raw):
            required.append(frozenset(_alternatives(piece)))
    return required
