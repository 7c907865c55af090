"""The texts bundled with Legation, and variants of them for tests and benchmarks."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from importlib import resources
from itertools import count, cycle, islice
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


# Sentences of ordinary local news, written for the benchmarks: names, places, figures and dates, but
# no act between states. {0}-{4} are filled with a person, a town, a number, a weekday and a team.
ORDINARY = [
    "{0} told reporters in {1} on {3} that the new bridge would open before the winter.",
    "The council of {1} approved a budget of {2} million for schools and roads.",
    "{4} beat their rivals {2} to 1 at the stadium in {1} on {3} evening.",
    "Heavy rain flooded several streets in {1}, and {0} said the drains had been cleaned in spring.",
    "Shares in the {1} brewery rose by {2} percent after a strong quarter.",
    "{0}, who runs a bakery near the market, said prices for flour had doubled.",
    "The festival in {1} drew about {2} thousand visitors over the weekend.",
    "Police in {1} are looking for a grey van seen near the harbour on {3} night.",
    "{0} won the regional chess championship after a long final game.",
    "Train services between {1} and the coast will be reduced during repairs.",
    "The hospital in {1} opened a new ward for children with {2} beds.",
    "Farmers around {1} expect a good harvest after a mild and wet summer.",
]
_PEOPLE = ["Anna Keller", "Tomas Reyes", "Mira Holm", "Jonas Varga", "Lena Ortiz", "Pavel Novak"]
_TOWNS = ["Eastbrook", "Millford", "Harrowgate", "Lindenau", "Porto Claro", "Westvale"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
_TEAMS = ["Millford Rovers", "Eastbrook United", "Westvale Athletic"]


def iter_mixed(every: int = 20) -> Iterator[tuple[str, str]]:
    """(name, text) of a news stream: ordinary local reports, with a relations text every `every`."""
    variants = iter_variants()
    for i in count():
        if i % every == every - 1:
            yield next(variants)
            continue
        lines = []
        for k in range(12):
            template = ORDINARY[(i * 5 + k * 7) % len(ORDINARY)]
            lines.append(
                template.format(
                    _PEOPLE[(i + k) % len(_PEOPLE)],
                    _TOWNS[(i * 3 + k) % len(_TOWNS)],
                    (i * 7 + k * 13) % 90 + 5,
                    _DAYS[(i + k * 2) % len(_DAYS)],
                    _TEAMS[(i + k) % len(_TEAMS)],
                )
            )
        paragraphs = ["\n".join(lines[j : j + 3]) for j in range(0, len(lines), 3)]
        yield f"news-{i:05d}.txt", f"date 2024-03-{i % 28 + 1:02d}\n" + "\n\n".join(paragraphs) + "\n"
