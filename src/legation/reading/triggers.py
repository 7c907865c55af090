"""The trigger table (`data/triggers.toml`) and the spaCy component that marks event triggers.

Each row of the table names an event type of the vocabulary (`data/types.toml`), or a variant with a
frame of its own that reports as one ("envoys_exchanged" is an appointment each way).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from legation.reading.extensions import set_spans, written_lowers
from legation.reading.patterns import compile_phrase, required_words
from legation.tables import load_table
from legation.vocabulary import event_kinds


@dataclass(frozen=True)
class EventType:
    """One row of the trigger table: a type, how its sides are found, and its phrases."""

    name: str
    phrases: tuple[str, ...]
    frame: str = "subject"
    mutual: bool = False
    pairwise: bool = False
    report_as: str | None = None

    @property
    def reported(self) -> str:
        """The event type written out (a few rows are variants of another type)."""
        return self.report_as or self.name


@dataclass(frozen=True)
class TriggerTable:
    """The event types in priority order, and the words that make a trigger not the act."""

    types: tuple[EventType, ...]
    # Each cue of modality and the status it gives ("would": announced; "dropped": no act at all),
    # longest cues first so that "would not" is found before "would".
    cues: tuple[tuple[str, str], ...]
    negations: tuple[str, ...]
    endings: tuple[str, ...] = ()
    generic: tuple[str, ...] = ()
    language: str = "en"

    def get(self, name: str) -> EventType:
        return next(t for t in self.types if t.name == name)


# The trigger table of each language Legation reads.
TRIGGER_TABLES = {"en": "triggers.toml", "es": "triggers.es.toml"}


def trigger_table(lang: str = "en") -> TriggerTable:
    """The trigger table of a language."""
    return load_trigger_table(TRIGGER_TABLES[lang])


@cache
def load_trigger_table(name: str = "triggers.toml") -> TriggerTable:
    """A trigger table of the package's data; a ValueError where a row names no known event type."""
    raw = load_table(name)
    known = event_kinds()
    for row in raw["type"]:
        reported = row.get("report_as", row["name"])
        if reported not in known and reported != "ellipsis":
            raise ValueError(f"{name}: {row['name']!r} reports as {reported!r}, not a type of types.toml")
    types = tuple(
        EventType(
            name=row["name"],
            phrases=tuple(row["phrases"]),
            frame=row.get("frame", "subject"),
            mutual=row.get("mutual", False),
            pairwise=row.get("pairwise", False),
            report_as=row.get("report_as"),
        )
        for row in raw["type"]
    )
    modality = raw["modality"]
    statuses = ("announced", "threatened", "demanded", "denied", "dropped")
    cues = sorted(
        ((cue, status) for status in statuses for cue in modality[status]), key=lambda c: -len(c[0])
    )
    return TriggerTable(
        types,
        tuple(cues),
        tuple(modality["negations"]),
        tuple(modality.get("endings", ())),
        tuple(modality.get("generic", ())),
        raw.get("language", "en"),
    )


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
                matcher.add(t.name, compile_phrase(phrase, table.language))
                required = required_words(phrase, table.language)

                index = len(self.phrases)
                self.phrases.append((required, matcher))
                for word in required[0] if required else ():
                    self.by_word.setdefault(word, []).append(index)
                if not required:
                    self.always.append(index)

    def __call__(self, doc: Doc) -> Doc:
        words = set(written_lowers(doc))
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
        set_spans(doc, "triggers", sorted(kept, key=lambda s: s.start))
        return doc
