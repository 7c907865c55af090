"""The pair view's words in a real browser: the pair at a glance with its why, the facts of the two
with a sentence for each value, and every mention of an event marked in its text."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page, expect

from .web import shot

ORGANIZATIONS = (
    "Latin American Integration Association",
    "Organization of American States",
    "United Nations",
)


def marked(page: Page) -> Locator:
    """The sentence shown as the evidence, marked in its text."""
    return page.locator("#evidence mark.main")


def test_the_pair_at_a_glance_and_why(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/?a=PER&b=VEN&on=2020-06-01")
    expect(page.locator("#glance-text")).to_have_text(
        "Relations broken off since 29 July 2024; no envoys; embassies closed."
    )
    page.locator("#glance-why").click()
    expect(page.locator("#evidence mark.main")).to_contain_text(
        "Venezuela announced a breakup of diplomatic relations"
    )
    expect(page.locator("#evidence")).to_contain_text("since 29 July 2024")


def test_a_glance_at_a_pair_with_envoys(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/?a=CUB&b=USA")
    expect(page.locator("#glance-text")).to_contain_text(re.compile(r"^Relations in place since \d"))


def test_the_facts_of_the_two_each_with_its_sentence(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/?a=PER&b=VEN&on=2020-06-01")
    memberships = page.locator("#facts-memberships")
    expect(memberships).to_contain_text("Both belong to 3 organizations")
    for org in (
        "Latin American Integration Association",
        "Organization of American States",
        "United Nations",
    ):
        expect(memberships).to_contain_text(org)
    un = page.locator(
        "#facts-memberships li.membership[data-organization='United Nations'][data-country='PER']"
    )
    un.get_by_role("button").first.click()
    expect(page.locator("#evidence mark.main")).to_contain_text(
        "are members of the Latin American Integration Association"
    )
    # Migration: a bar a year where there are several, each bar opening its sentence.
    bars = page.locator("#facts-figures .bar")
    expect(bars).to_have_count(2)
    assert [b.get_attribute("data-year") for b in bars.all()] == ["2012", "2021"]
    bars.last.click()
    expect(marked(page)).to_contain_text("86,8%")
    expect(page.locator("#facts-figures")).to_contain_text("2012: 1,794")
    # Each side's envoys, with the sentence of each of their events.
    peru = page.locator("#facts-sides .side[data-side='PER>VEN']")
    expect(peru).to_contain_text(
        "Librado Augusto Orozco Zapata, ambassador: December 2021 to 2024 (embassy closed)"
    )
    peru.locator("li.posting[data-person='Librado Augusto Orozco Zapata'] button").nth(1).click()
    expect(marked(page)).to_contain_text("presented his credentials")
    venezuela = page.locator("#facts-sides .side[data-side='VEN>PER']")
    expect(venezuela).to_contain_text("Carlos Eduardo Scull Raygada, representative")
    shot(page, "facts")


def test_missions_open_or_closed_on_the_day(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/?a=CUB&b=USA&on=2016-01-01")
    cuba = page.locator("#facts-sides .side[data-side='CUB>USA'] li.mission")
    expect(cuba).to_contain_text("Embassy of Cuba, Washington, D.C.: open since 20 July 2015")
    page.get_by_label("Day", exact=True).fill("2000-01-01")
    page.get_by_label("Day", exact=True).dispatch_event("change")
    expect(cuba).to_contain_text("Embassy of Cuba, Washington, D.C.: closed since 3 January 1961")


def test_every_mention_of_the_selected_event_is_marked(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/?a=BOL&b=CHL&from=1978-04-20&to=1978-05-20")
    page.locator("#chart .marker[data-type='relations_severed']").click()
    marks = page.locator("#evidence mark")
    expect(marks).to_have_count(2)
    expect(page.locator("#evidence mark.main")).to_contain_text(
        "Bolivia broke off diplomatic relations with Chile"
    )
    expect(page.locator("#evidence mark.mention")).to_have_text("Bolivia breaks off relations with Chile")
    expect(page.locator("#evidence")).to_contain_text("The text states it 2 times")
