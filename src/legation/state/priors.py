"""What an act takes for granted about the state before it: relations are severed only where they
existed, an ambassador is recalled or expelled only where there was one, an embassy is stormed or
closed only where it was open, and opened where it was not. This holds of an act only announced
too ("would re-open its embassy": it was closed then). Before a field's first change, its value is
what the first act that touches it presupposes (marked not certain, with that act as the reason),
rather than unknown.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from legation.claims import Event

RESTORING = re.compile(r"\b(?:restor|resum|re-?establish|renew)")
RANKED = frozenset({"ambassador", "minister", "charge_d_affaires"})
Prior = Callable[[Event], list[tuple[str, str]]]


def _relations_existed(e: Event) -> list[tuple[str, str]]:
    return [("relations", "active")]


def _restored(e: Event) -> list[tuple[str, str]]:
    # Restored or resumed relations existed and were broken; relations "normalised" may never have
    # been formal ("normalised what had been informal relations").
    said = e.evidence.text.lower()
    return [("relations", "severed" if RESTORING.search(said) else "none")]


def _envoy_there(e: Event, side: str) -> list[tuple[str, str]]:
    found = [("relations", "active"), (f"embassy:{side}", "open")]
    if e.rank in RANKED:
        found.append((f"representation:{side}", e.rank or ""))
    return found


def _own_envoy(e: Event) -> list[tuple[str, str]]:
    """The actor's envoy left: the actor had one there."""
    return _envoy_there(e, f"{e.actor}>{e.target}")


def _their_envoy(e: Event) -> list[tuple[str, str]]:
    """The target's envoy was expelled: the target had one in the actor's country."""
    return _envoy_there(e, f"{e.target}>{e.actor}")


def _own_embassy(e: Event) -> list[tuple[str, str]]:
    return [("relations", "active"), (f"embassy:{e.actor}>{e.target}", "open")]


def _their_embassy(e: Event) -> list[tuple[str, str]]:
    return [(f"embassy:{e.target}>{e.actor}", "open")]


def _no_embassy(e: Event) -> list[tuple[str, str]]:
    return [(f"embassy:{e.actor}>{e.target}", "closed")]


# What each type of act presupposes; types not named presuppose nothing.
PRIORS: dict[str, Prior] = {
    "relations_severed": _relations_existed,
    "relations_suspended": _relations_existed,
    "relations_downgraded": _relations_existed,
    "relations_restored": _restored,
    "envoy_recalled": _own_envoy,
    "envoy_withdrawn": _own_envoy,
    "envoy_expelled": _their_envoy,
    "embassy_closed": _own_embassy,
    "embassy_attacked": _their_embassy,
    "embassy_opened": _no_embassy,
}
