"""The trigger table (`data/triggers.toml`) and the spaCy component that marks event triggers.

Each row of the table names an event type of the vocabulary (`data/types.toml`), or a variant with a
frame of its own that reports as one ("envoys_exchanged" is an appointment each way).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property

from spacy.language import Language
from spacy.tokens import Doc, Span

from legation.reading.extensions import set_spans, written_lowers
from legation.reading.interposed import interposed_adverbials, interposed_clauses
from legation.reading.patterns import compile_phrase, required_words
from legation.reading.token_patterns import TokenColumns, TokenPattern
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

    @cached_property
    def cue_index(self) -> PhraseIndex:
        """The modality cues, to be found in a window of words."""
        return PhraseIndex(self.cues)

    @cached_property
    def generic_index(self) -> PhraseIndex:
        return PhraseIndex(tuple((g, "dropped") for g in self.generic))

    @cached_property
    def ending_index(self) -> PhraseIndex:
        return PhraseIndex(tuple((e, "ended") for e in self.endings))


class PhraseIndex:
    """Phrases in priority order, each with what it gives, filed under their first word: the first
    phrase a text holds is found by trying only those whose first word the text has."""

    def __init__(self, phrases: tuple[tuple[str, str], ...]) -> None:
        self.by_first: dict[str, list[tuple[int, str, str]]] = {}
        for rank, (phrase, value) in enumerate(phrases):
            self.by_first.setdefault(phrase.split()[0], []).append((rank, f" {phrase} ", value))

    def first_in(self, words: list[str]) -> tuple[str, str] | None:
        """The first phrase (in priority order) written in these words, and what it gives."""
        candidates = sorted(c for w in set(words) for c in self.by_first.get(w, ()))
        if not candidates:
            return None
        padded = f" {' '.join(words)} "
        return next(((p[1:-1], value) for _, p, value in candidates if p in padded), None)


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
    """Marks `doc.spans['triggers']`: the words that signal an event, labelled with the event type,
    and `doc.spans['interposed']`: clauses set between a subject and its verb.

    Where phrases of two types claim the same words, the type listed first in the table keeps them;
    among matches of one type that overlap, the shortest is kept. Each phrase is tried only on
    sentences holding the words the phrase cannot do without.
    """

    def __init__(self, nlp: Language, *, table: TriggerTable) -> None:
        self.table = table
        self.rank = {t.name: i for i, t in enumerate(table.types)}
        self.phrases: list[tuple[list[frozenset[str]], str, list[TokenPattern]]] = []
        # Each phrase is filed under the forms of its first required word; a phrase with none is always tried.
        self.by_word: dict[str, list[int]] = {}
        self.always: list[int] = []
        for t in table.types:
            for phrase in t.phrases:
                patterns = [TokenPattern.compile(p) for p in compile_phrase(phrase, table.language)]
                required = required_words(phrase, table.language)
                index = len(self.phrases)
                self.phrases.append((required, t.name, patterns))
                for word in required[0] if required else ():
                    self.by_word.setdefault(word, []).append(index)
                if not required:
                    self.always.append(index)

    def __call__(self, doc: Doc) -> Doc:
        lower = written_lowers(doc)
        words = set(lower)
        candidates = sorted({i for w in words for i in self.by_word.get(w, ())}.union(self.always))
        # Phrases are also tried with each clause set between a subject and its verb left out, and
        # each phrase set between a verb and its object ("ended, in January 2021, the embargo").
        matched: set[tuple[int, int, str]] = set()
        columns: TokenColumns | None = None
        clauses = interposed_clauses(lower, self.table.language)
        left_out = [*clauses, *interposed_adverbials(lower, self.table.language)]
        reduced: list[tuple[int, int, TokenColumns]] = []
        for index in candidates:
            required, label, patterns = self.phrases[index]
            if any(alternatives.isdisjoint(words) for alternatives in required):
                continue
            if columns is None:
                columns = TokenColumns.of(doc)
                reduced = [(start, end, columns.without(start, end)) for start, end in left_out]
            matched.update((s, e, label) for pattern in patterns for s, e in pattern.matches(columns))
            for start, end, without in reduced:
                for pattern in patterns:
                    across = ((s, e + end - start) for s, e in pattern.matches(without) if s < start < e)
                    matched.update((s, e, label) for s, e in across)
        found = [(Span(doc, s, e, label=label), _claimed(s, e, clauses)) for s, e, label in matched]
        found.sort(key=lambda f: (self.rank[f[0].label_], len(f[0]), f[0].start))
        kept: list[Span] = []
        used: set[int] = set()
        for span, claimed in found:
            if any(i in used for i in claimed):
                continue
            kept.append(span)
            used.update(claimed)
        set_spans(doc, "triggers", sorted(kept, key=lambda s: s.start))
        set_spans(doc, "interposed", [Span(doc, start + 1, end - 1) for start, end in clauses])
        return doc


def _claimed(start: int, end: int, clauses: list[tuple[int, int]]) -> range:
    """The tokens a match claims: all of its own, but for one read across a clause set between a
    subject and its verb, those after the clause only (the subject is the clause's too: "relations,
    which had been broken in 1978, were restored in 1990" are two acts)."""
    across = [e for s, e in clauses if start < s and e < end]
    return range(max(across), end) if across else range(start, end)
