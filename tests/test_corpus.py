"""End to end: the project's reading of the development texts, scored by the evaluation's scorer.

A regression guard: the figures must stay at or above the issue's bar on every development text.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("LEGATION_SHARED", Path(__file__).resolve().parents[2] / "shared"))
GOLD = sorted((SHARED / "eval" / "gold").glob("*.toml"))


def test_the_evaluation_files_are_there() -> None:
    assert GOLD, f"no gold files under {SHARED}; set LEGATION_SHARED to the shared/ folder"


@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.stem)
def test_scores_on_development_texts(gold: Path) -> None:
    doc = SHARED / "corpus" / f"{gold.stem}.txt"
    out = subprocess.run(
        [
            sys.executable,
            str(SHARED / "eval" / "score.py"),
            str(gold),
            "--run",
            f"{sys.executable} -m legation",
            "--doc",
            str(doc),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    ).stdout
    figures = re.search(r"events_f1=(\S+) strict_f1=(\S+) states=(\d+)/(\d+) facts=(\d+)/(\d+)", out)
    assert figures, out
    f1, strict, st_ok, st_n, fa_ok, fa_n = figures.groups()
    assert float(f1) >= 0.95, out
    assert float(strict) >= 0.90, out
    assert st_ok == st_n and fa_ok == fa_n, out
