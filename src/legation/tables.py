"""The data tables shipped in `legation/data/`: TOML files read once, when first asked for."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_table(name: str) -> dict[str, Any]:
    """The parsed TOML file `data/<name>` of the package."""
    text = resources.files("legation").joinpath("data", name).read_text(encoding="utf-8")
    return tomllib.loads(text)
