"""Text for a person at a terminal: the facts of a state or a pair, and each side's envoys."""

from __future__ import annotations

from legation.claims import Mission, Statistic
from legation.countries import load_lexicon
from legation.faces.render import format_table
from legation.state.envoys import Envoys
from legation.state.facts import Facts

RANKS = {"charge_d_affaires": "chargé d'affaires"}


def _value(figure: Statistic) -> str:
    if figure.measure == "share_of_foreign_residents":
        return f"{float(figure.value) * 100:.1f}%"
    return f"{figure.value:,}"


def render_facts(result: Facts) -> str:
    """Memberships (with their dates), migration figures and missions, each with its sentence."""
    lexicon = load_lexicon()
    states = [result.country] if result.other is None else [result.country, result.other]
    head = " – ".join(lexicon.name(c) for c in states) + f" on {result.on.isoformat()}"
    lines = [head, "", "Memberships" + (f" (shared: {len(result.shared())})" if result.other else "")]
    rows = []
    for m in result.memberships:
        dates = ", ".join(
            f"{word} {when}"
            for word, when in (
                ("joined", m.date_of("membership_joined")),
                ("suspended", m.date_of("membership_suspended")),
                ("left", m.date_of("membership_left")),
            )
            if when
        )
        said = (
            m.statements[0].claim.evidence.text
            if m.statements
            else (m.acts[-1].event.evidence.text if m.acts else "")
        )
        shared = "yes" if m.organization in result.shared() else ""
        rows.append(
            [m.country, m.organization, m.status(result.on), dates, *([shared] if result.other else []), said]
        )
    headers = ["state", "organization", "status", "dates", *(["shared"] if result.other else []), "sentence"]
    lines.append(format_table(rows, headers))
    lines += ["", "Migration figures"]
    figures = [f.claim for f in result.statistics if isinstance(f.claim, Statistic)]
    lines.append(
        format_table(
            [
                [s.origin, s.destination, str(s.year or "?"), s.measure, _value(s), s.evidence.text]
                for s in figures
            ],
            ["origin", "in", "year", "measure", "value", "sentence"],
        )
    )
    lines += ["", "Missions"]
    rows = []
    for x in result.missions:
        mission = x.fact.claim
        assert isinstance(mission, Mission)
        status = x.status + (f" since {x.since}" if x.since else "")
        rows.append(
            [mission.country, mission.host, mission.name, mission.city, status, mission.evidence.text]
        )
    lines.append(format_table(rows, ["state", "in", "mission", "city", "on the day", "sentence"]))
    return "\n".join(lines)


def render_envoys(result: Envoys) -> str:
    """Each side's heads of mission in the other, one posting a row, with the sentence that began it."""
    rows = []
    for p in result.postings:
        first = p.events[0].event.evidence.text if p.events else ""
        rows.append(
            [
                p.sending,
                p.host,
                p.person or "(not named)",
                RANKS.get(p.rank or "", p.rank or "?"),
                p.start or "?",
                p.end or ("?" if p.ended_by else "…"),
                p.ended_by or "",
                first,
            ]
        )
    return format_table(rows, ["from", "in", "person", "rank", "start", "end", "ended by", "sentence"])
