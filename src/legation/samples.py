"""The texts bundled with Legation, and variants of them for tests and benchmarks."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from importlib import resources
from itertools import cycle, islice
from pathlib import Path

# (name, demonym, capital) of states that variants put in place of the bundled texts' own.
STAND_INS = [
    ("Chile", "Chilean", "Santiago"),
    ("Bolivia", "Bolivian", "La Paz"),
    ("Ecuador", "Ecuadorian", "Quito"),
    ("Paraguay", "Paraguayan", "Asunción"),
    ("Uruguay", "Uruguayan", "Montevideo"),
    ("Argentina", "Argentine", "Buenos Aires"),
    ("Brazil", "Brazilian", "Brasília"),
    ("Mexico", "Mexican", "Mexico City"),
    ("Panama", "Panamanian", "Panama City"),
    ("Honduras", "Honduran", "Tegucigalpa"),
    ("Nicaragua", "Nicaraguan", "Managua"),
    ("Guatemala", "Guatemalan", "Guatemala City"),
    ("Morocco", "Moroccan", "Rabat"),
    ("Kenya", "Kenyan", "Nairobi"),
    ("Norway", "Norwegian", "Oslo"),
    ("Poland", "Polish", "Warsaw"),
    ("Greece", "Greek", "Athens"),
    ("Turkey", "Turkish", "Ankara"),
]
ORIGINALS = {
    "peru-venezuela.txt": [("Peru", "Peruvian", "Lima"), ("Venezuela", "Venezuelan", "Caracas")],
    "colombia-venezuela.txt": [("Colombia", "Colombian", "Bogotá"), ("Venezuela", "Venezuelan", "Caracas")],
    "cuba-united-states.txt": [("Cuba", "Cuban", "Havana")],
}


def bundled_paths() -> list[Path]:
    """The paths of the texts shipped with the package."""
    folder = resources.files("legation").joinpath("corpus")
    return sorted(Path(str(f)) for f in folder.iterdir() if f.name.endswith(".txt"))


def variant_texts(count: int) -> list[tuple[str, str]]:
    """(name, text) of `count` different texts: the bundled ones with other states and later years."""
    return list(islice(iter_variants(), count))


def iter_variants() -> Iterator[tuple[str, str]]:
    """(name, text) of ever more different texts: the bundled ones with other states and later years."""
    sources = [(p.name, p.read_text(encoding="utf-8")) for p in bundled_paths()]
    stand_ins = cycle(STAND_INS)
    for i, (name, text) in enumerate(cycle(sources)):
        for original in ORIGINALS.get(name, []):
            new = next(stand_ins)
            for old_word, new_word in zip(original, new, strict=True):
                text = re.sub(rf"\b{re.escape(old_word)}", new_word, text)
        shift = (i // len(sources)) % 50
        text = re.sub(r"\b(1[89]\d\d|20[0-2]\d)\b", partial(_later, years=shift), text)
        yield f"variant-{i:05d}-{name}", text


def _later(match: re.Match[str], *, years: int) -> str:
    return str(int(match.group(1)) + years)
