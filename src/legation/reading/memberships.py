"""Memberships of international organizations, as a sentence states them in the present tense."""

from __future__ import annotations

import re

from legation.claims import Evidence, Membership
from legation.countries import load_organizations
from legation.reading.clauses import SentenceView
from legation.reading.context import DocumentContext

_MEMBERSHIP = re.compile(
    r"\b(?:(?:are|is|remain|remains)\s+(?:both\s+|also\s+|founding\s+|full\s+|all\s+)*members?\s+of"
    r"|belongs?\s+to)\b",
    re.I,
)


def read_memberships(view: SentenceView, ctx: DocumentContext, evidence: Evidence) -> list[Membership]:
    """The memberships a sentence states in the present tense ("both are members of X, Y and Z")."""
    text = view.doc.text
    names = {o.name for o in load_organizations()}
    found: list[Membership] = []
    for m in _MEMBERSHIP.finditer(text):
        start_token = next((t.i for t in view.doc if t.idx >= m.start()), len(view.doc))
        end_token = next((t.i for t in view.doc if t.idx >= m.end()), len(view.doc))
        segment_end = next((s.end for s in view.segments if s.start <= end_token < s.end), len(view.doc))
        orgs = [o.label_ for o in view.doc.spans["orgs"] if end_token <= o.start < segment_end]
        subject = [s for s in view.slots if s.end <= start_token and s.prep is None and s.kind != "org"]
        codes: list[str] = []
        if subject and subject[-1].kind == "mutual" and ctx.pair:
            codes = list(ctx.pair)
        elif subject:
            last = subject[-1]
            codes = [
                c
                for s in view.slots
                if s.prep is None and s.end <= start_token and s.start >= last.start - 4
                for c in s.codes
            ]
        for code in dict.fromkeys(codes):
            for org in dict.fromkeys(orgs):
                # An organization not in our table is kept under the name the text gives it.
                found.append(Membership(code, org if org in names else org.removeprefix("the "), evidence))
    return found
