"""The trigger table (`data/triggers.toml`) and the spaCy component that marks event triggers."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from legation.patterns import compile_phrase, required_words
from legation.tokens import lowers


@dataclass(frozen=True)
class EventType:
    """One row of the trigger table: a type, how its sides are found, and its phrases."""

    name: str
    phrases: tuple[str, ...]
    frame: str = "subject"
    mutual: bool = False
    pairwise: bool = False
    report_as: str | None = None
    cameo: str | None = None
    plover: str | None = None

    @property
    def reported(self) -> str:
        """The event type written out (a few rows are variants of another type)."""
        return self.report_as or self.name


@dataclass(frozen=True)
class TriggerTable:
    """The event types in priority order, and the words that make a trigger not the act."""

    types: tuple[EventType, ...]
    blocking: tuple[str, ...]
    negations: tuple[str, ...]

    def get(self, name: str) -> EventType:
        return next(t for t in self.types if t.name == name)


@cache
def load_trigger_table() -> TriggerTable:
    """The trigger table shipped in the package."""
    raw = tomllib.loads(resources.files("legation").joinpath("data", "triggers.toml").read_text("utf-8"))
    types = tuple(
        EventType(
            name=row["name"],
            phrases=tuple(row["phrases"]),
            frame=row.get("frame", "subject"),
            mutual=row.get("mutual", False),
            pairwise=row.get("pairwise", False),
            report_as=row.get("report_as"),
            cameo=row.get("cameo"),
            plover=row.get("plover"),
        )
        for row in raw["type"]
    )
    modality = raw["modality"]
    return TriggerTable(types, tuple(modality["blocking"]), tuple(modality["negations"]))


class TriggerFinder:
    """Marks `doc.spans['triggers']`: the words that signal an event, labelled with the event type.

    Where phrases of two types claim the same words, the type listed first in the table keeps them;
    among matches of one type that overlap, the shortest is kept. Each phrase has a matcher of its own
    that runs only on sentences holding the words the phrase cannot do without, because spaCy's matcher
    spends most of its time in the gaps ("...3") of phrases that could never match.
    """

    def __init__(self, nlp: Language, *, table: TriggerTable) -> None:
        self.table = table
        self.rank = {t.name: i for i, t in enumerate(table.types)}
        self.phrases: list[tuple[list[frozenset[str]], Matcher]] = []
        # Each phrase is filed under the forms of its first required word; a phrase with none is always tried.
        self.by_word: dict[str, list[int]] = {}
        self.always: list[int] = []
        for t in table.types:
            for phrase in t.phrases:
                matcher = Matcher(nlp.vocab)
                matcher.add(t.name, compile_phrase(phrase))
                required = required_words(phrase)
                index = len(self.phrases)
                self.phrases.append((required, matcher))
                for word in required[0] if required else ():
                    self.by_word.setdefault(word, []).append(index)
                if not required:
                    self.always.append(index)

    def __call__(self, doc: Doc) -> Doc:
        words = set(lowers(doc))
        candidates = sorted({i for w in words for i in self.by_word.get(w, ())}.union(self.always))
        found = []
        for index in candidates:
            required, matcher = self.phrases[index]
            if all(alternatives & words for alternatives in required):
                found += [Span(doc, s, e, label=doc.vocab.strings[k]) for k, s, e in matcher(doc)]
        found.sort(key=lambda s: (self.rank[s.label_], len(s), s.start))
        kept: list[Span] = []
        used: set[int] = set()
        for span in found:
            if any(i in used for i in range(span.start, span.end)):
                continue
            kept.append(span)
            used.update(range(span.start, span.end))
        doc.spans["triggers"] = sorted(kept, key=lambda s: s.start)
        return doc
