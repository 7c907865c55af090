"""The README documents every command, and its Python example names what the package exports."""

from __future__ import annotations

from pathlib import Path

import legation
from legation.faces.cli import main

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme() -> None:
    missing = [name for name in main.commands if f"legation {name}" not in README]
    assert not missing, missing


def test_the_python_functions_the_readme_names_are_exported() -> None:
    for name in ("extract_document", "read_document", "pair_state", "facts", "envoys", "Store"):
        assert name in legation.__all__ and f"{name}" in README, name
