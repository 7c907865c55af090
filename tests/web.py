"""What the browser tests share (their fixtures are in conftest.py): pages that record script errors,
policy violations and server errors, and screenshots under tests/artifacts/ for a person to look at."""

from __future__ import annotations

import shutil
from pathlib import Path

from playwright.sync_api import Browser, Page

ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


# Recorded in the page: every Content-Security-Policy violation (a script or handler that would
# have run had the policy not blocked it).
WATCH = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.violatedDirective));
"""


def watched(
    browser: Browser, width: int = 1280, height: int = 900, **options: object
) -> tuple[Page, list[str]]:
    """A new page that records script errors, policy violations and server errors in the list."""
    context = browser.new_context(viewport={"width": width, "height": height}, **options)  # type: ignore[arg-type]
    p = context.new_page()
    p.add_init_script(WATCH)
    problems: list[str] = []
    p.on("pageerror", lambda e: problems.append(f"script error: {e}"))
    p.on("response", lambda r: problems.append(f"{r.status} {r.url}") if r.status >= 500 else None)
    return p, problems


def check(p: Page, problems: list[str]) -> None:
    """Fails on anything the page recorded, and on a script that ran from data."""
    violations = p.evaluate("window.__violations")
    assert not problems and not violations, (problems, violations)
    assert p.evaluate("window.__pwn") is None, "a script from the address ran"


def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
