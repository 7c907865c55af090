"""Writes `data/verb_forms.toml` (see `patterns.inflect`): `python -m legation.reading.verb_forms`."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from legation.reading.patterns import lemminflect_forms
from legation.reading.triggers import TRIGGER_TABLES
from legation.tables import load_table

_VERB = re.compile(r"~([a-z][a-z-]*)")


def table_verbs() -> list[str]:
    """Every verb the English trigger table writes as ~verb, in order."""
    table = load_table(TRIGGER_TABLES["en"])
    phrases = [p for row in table["type"] for p in row.get("phrases", [])]
    return sorted({v for p in phrases for v in _VERB.findall(p)})


def main() -> None:
    lines = [
        "# The English forms of the trigger table's verbs, written by scripts/verb-forms from lemminflect.",
        "[forms]",
    ]
    lines += [
        f"{verb} = [{', '.join(chr(34) + f + chr(34) for f in lemminflect_forms(verb))}]"
        for verb in table_verbs()
    ]
    path = Path(str(resources.files("legation").joinpath("data", "verb_forms.toml")))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{path}: {len(lines) - 2} verbs")


if __name__ == "__main__":
    main()
