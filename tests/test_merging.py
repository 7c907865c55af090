"""One event from many mentions (reading/merging.py): mentions of one act in a document are one event."""

from __future__ import annotations

from legation.reading.extract import extract_document
from legation.text.documents import parse_text
from tests.conftest import read

REPORT = "date 2021-05-12 Bolivia breaks with Chile\n\n{}\n"


def test_a_mention_without_a_direction_joins_the_act_that_has_one() -> None:
    body = (
        "Bolivia broke off diplomatic relations with Chile on 3 May 1978. "
        "The rupture ended relations that had lasted for a century."
    )
    (event,) = read(body).events
    assert (event.type, event.actor, event.target, event.directed, event.date) == (
        "relations_severed",
        "BOL",
        "CHL",
        True,
        "1978-05-03",
    )
    assert len(event.mentions) == 2


def test_an_undated_mention_later_in_a_report_is_the_act_the_report_dated() -> None:
    # The recall in the second paragraph is dated by the report's day only: that day bounds the
    # expulsion stated after it, it does not date it.
    text = REPORT.format(
        "Bolivia said on Monday it was expelling the Chilean ambassador.\n\n"
        "Chile recalled its ambassador from Bolivia. "
        "Bolivia declared the Chilean ambassador persona non grata."
    )
    expelled = [e for e in extract_document(parse_text(text)).events if e.type == "envoy_expelled"]
    assert [(e.actor, e.target, e.date, len(e.mentions)) for e in expelled] == [
        ("BOL", "CHL", "2021-05-10", 2)
    ]


def test_an_act_done_again_is_a_second_event() -> None:
    body = "Bolivia closed its border with Chile on 3 May 2021. It closed the border again on 9 June 2021."
    assert [e.date for e in read(body).events if e.type == "border_closed"] == ["2021-05-03", "2021-06-09"]


def test_an_act_dated_months_before_the_report_is_not_the_reports_news() -> None:
    body = (
        "date 2021-10-29\nChile bans all imports from Bolivia\n\n"
        "Chile imposed a ban on all imports from Bolivia.\n\n"
        "In April, Chile banned all fruit and vegetable imports from Bolivia."
    )
    found = sorted((e.type, e.date) for e in extract_document(parse_text(body, name="t.txt")).events)
    assert found == [("sanctions_imposed", "2021-04"), ("sanctions_imposed", "2021-10-29")]


def test_a_paragraphs_day_within_the_year_written_narrows_the_act() -> None:
    body = (
        "In 1879 Chile decided to invade Bolivia. On 14 February 1879 its troops landed at Antofagasta. "
        "Chile then occupied Bolivia."
    )
    clashes = [e for e in read(body).events if e.type == "armed_clash"]
    assert [(e.actor, e.target, e.date) for e in clashes] == [("CHL", "BOL", "1879-02-14")]
