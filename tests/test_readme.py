"""The README documents every command of the `legation` command line."""

from __future__ import annotations

from pathlib import Path

import click

from legation.faces.cli import main

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str) -> list[str]:
    found = []
    for name, command in sorted(group.commands.items()):
        found.append(f"{prefix} {name}")
        if isinstance(command, click.Group):
            found += _commands(command, f"{prefix} {name}")
    return found


def test_every_command_is_in_the_readme() -> None:
    commands = _commands(main, "legation")
    assert {"legation read", "legation export events", "legation import cow", "legation compare"} <= set(
        commands
    )
    missing = [c for c in commands if c not in README]
    assert not missing, f"document these in README.md: {missing}"


def test_the_python_functions_the_readme_names_are_exported() -> None:
    import legation

    for name in ("extract_document", "read_document", "pair_state", "facts", "envoys", "Store"):
        assert name in legation.__all__ and name in README, name
