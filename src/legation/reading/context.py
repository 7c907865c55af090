"""What a reader remembers while reading one document: its pair, the persons named, the envoys."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class DocumentContext:
    """The running memory of one document's reading."""

    pair: tuple[str, str] | None = None
    # The state the document names most: what a third state's act with no target named is aimed at.
    focus: str | None = None
    person_codes: dict[str, str] = field(default_factory=dict)
    persons: list[str] = field(default_factory=list)
    # The states named so far, in order: what a description ("the kingdom") stands for.
    named: list[str] = field(default_factory=list)
    envoys: dict[tuple[str, str | None], str] = field(default_factory=dict)

    def other(self, code: str | None) -> str | None:
        """The other side of the document's pair, where code is one side of it."""
        if self.pair is None or code not in self.pair:
            return None
        return self.pair[1] if code == self.pair[0] else self.pair[0]

    def remember_person(self, name: str) -> None:
        if name not in self.persons:
            self.persons.append(name)

    def full_name(self, name: str) -> str:
        """The fullest name seen before that contains this one ("Scull": "Carlos Eduardo Scull Raygada")."""
        words = name.split()
        for known in reversed(self.persons):
            k = known.split()
            if known != name and all(w in k for w in words):
                return known
        return name

    def known_words(self) -> set[str]:
        """The words of the persons named so far, each of which alone may name them again."""
        return {w for p in self.persons for w in p.split() if len(w) > 2 and w[0].isupper()}

    def bind(self, name: str, code: str) -> None:
        """Ties a person to a state, under their full name and each shorter form already seen."""
        full = self.full_name(name)
        self.person_codes.setdefault(full, code)
        self.person_codes.setdefault(name, code)

    def code_of(self, name: str) -> str | None:
        return self.person_codes.get(name) or self.person_codes.get(self.full_name(name))

    def add_envoy(self, code: str, rank: str | None, name: str) -> None:
        self.envoys[(code, rank)] = name
        self.envoys[(code, None)] = name

    def envoy(self, code: str, rank: str | None) -> str | None:
        """The last envoy of a state named at that rank, for "the Peruvian ambassador"."""
        return self.envoys.get((code, rank)) or (self.envoys.get((code, None)) if rank is None else None)
