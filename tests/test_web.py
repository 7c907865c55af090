"""The web page in a real browser: Debian's chromium driven by Playwright against a live server.

Screenshots are saved under tests/artifacts/ for a person to look at.
"""

from __future__ import annotations

import re

from playwright.sync_api import Browser, Page, expect

from legation.state.queries import pair_timeline
from legation.store import Store

from .test_server import DB
from .web import check, shot, watched


def test_choose_a_pair_and_the_bands_match_the_store(page: Page, base_url: str) -> None:
    page.goto(base_url)
    expect(page.locator("body")).to_have_attribute("data-ready", "true")
    page.get_by_label("First state").fill("Peru")
    page.get_by_label("Second state").fill("Venezuela (VEN)")
    page.get_by_label("Day", exact=True).fill("2020-06-01")
    page.get_by_role("button", name="Show").click()
    expect(page.locator("#pair-title")).to_have_text("Peru – Venezuela")
    page.get_by_role("button", name="Whole history").click()
    with Store(DB, read_only=True) as store:
        intervals = pair_timeline(store, "PER", "VEN").intervals()
    expected = [
        (i.value, i.since.isoformat() if i.since else None) for i in intervals if i.field == "relations"
    ]
    bands = page.locator("#chart .band[data-field='relations']")
    expect(bands).to_have_count(len(expected))
    shown = [(b.get_attribute("data-value"), b.get_attribute("data-since") or None) for b in bands.all()]
    assert shown == expected
    expect(page.locator("#summary")).to_contain_text("kept at consular level only")
    expect(page.locator("#summary")).to_contain_text("Juan Guaidó")
    expect(page).to_have_url(re.compile(r"\?a=PER&b=VEN&on=2020-06-01"))
    shot(page, "pair-1280")


def test_clicking_the_2024_rupture_shows_its_sentence(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/?a=PER&b=VEN&on=2025-01-01&from=2024-07-15&to=2024-08-15")
    # Two events of that day share a marker, which lists them.
    page.locator(".marker.cluster[aria-label*='29 July 2024']").click()
    page.locator("#evidence").get_by_role("button", name=re.compile("Relations broken off")).click()
    highlighted = page.locator("#evidence mark.main")
    expect(highlighted).to_contain_text(
        "On July 29, 2024, Venezuela announced a breakup of diplomatic relations"
    )
    expect(page.locator("#evidence")).to_contain_text("Source: Peru–Venezuela relations")
    shot(page, "evidence")


def test_keyboard_reaches_a_marker_and_opens_it(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/?a=CUB&b=USA&on=1970-01-01&from=1955&to=1965")
    expect(page.locator(".marker[data-type='sanctions_imposed']").first).to_have_attribute(
        "aria-label", "Sanctions imposed, 19 October 1960: United States to Cuba"
    )
    page.locator(".marker.cluster[aria-label*='3 January 1961']").focus()
    page.keyboard.press("Enter")
    page.locator("#evidence").get_by_role("button", name=re.compile("Relations broken off")).focus()
    page.keyboard.press("Enter")
    expect(page.locator("#evidence mark.main")).to_contain_text("broke off diplomatic relations")


def test_a_band_shows_the_event_that_began_it(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/?a=COL&b=VEN&on=2020-01-01")
    page.locator(".band[data-field='relations'][data-since='2019-02-23']").click()
    expect(page.locator("#evidence mark.main")).to_contain_text(
        "Nicolás Maduro broke off relations with Colombia"
    )


def test_deep_link_and_the_date_control(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/?a=VEN&b=PER&on=2018-06-01")
    expect(page.locator("#pair-title")).to_have_text("Venezuela – Peru")
    expect(page.locator("#summary")).to_contain_text("a chargé d'affaires")
    page.get_by_label("Day", exact=True).fill("2025-01-01")
    page.get_by_label("Day", exact=True).dispatch_event("change")
    expect(page.locator("#summary")).to_contain_text("broken off")
    expect(page).to_have_url(re.compile(r"on=2025-01-01"))


def test_country_view_lists_all_relations(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/?a=VEN&b=COL&on=2024-08-01")
    page.get_by_role("button", name="All of Venezuela's relations").click()
    table = page.locator("#country-table table")
    expect(table).to_contain_text("Peru")
    expect(table).to_contain_text("broken off")


def test_unknown_country_is_said_plainly(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/?a=Venezula&b=PER")
    expect(page.get_by_role("alert")).to_contain_text("did you mean Venezuela (VEN)")


def test_phone_width(browser: Browser, base_url: str) -> None:
    page, problems = watched(browser, 390, 844, is_mobile=True, has_touch=True)
    page.goto(f"{base_url}/?a=PER&b=VEN&on=2020-06-01")
    expect(page.locator("#summary")).to_contain_text("consular")
    expect(page.locator("#facts-sides")).to_contain_text("Librado Augusto Orozco Zapata")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, "the page scrolls sideways on a phone"
    chart = page.locator("#chart svg").bounding_box()
    assert chart is not None and chart["width"] <= 390 and page.locator("#chart .band").count() > 5
    # The row labels stand above their bands, not beside them.
    label = page.locator("#chart .row-label").first.bounding_box()
    band = page.locator("#chart .band").first.bounding_box()
    assert label is not None and band is not None and label["y"] + label["height"] <= band["y"] + 1
    words = page.evaluate(
        """() => [...document.querySelectorAll('#chart .row-label, #chart .beyond')]
            .map((e) => e.getBBox()).map(({ x, y, width, height }) => ({ x, y, width, height }))"""
    )
    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            apart = a["x"] >= b["x"] + b["width"] or b["x"] >= a["x"] + a["width"]
            assert apart or a["y"] >= b["y"] + b["height"] or b["y"] >= a["y"] + a["height"], (a, b)
    page.get_by_role("button", name="Zoom in").click()
    expect(page).to_have_url(re.compile(r"from=\d{4}-\d{2}-\d{2}"))
    shot(page, "pair-390")
    check(page, problems)
    page.context.close()


def test_many_requests_at_once_all_succeed(base_url: str) -> None:
    import concurrent.futures
    import urllib.request

    paths = [
        "/api/countries",
        "/api/pairs",
        "/api/pairs/PER/VEN/timeline",
        "/api/pairs/PER/VEN/state?on=2020-01-01",
    ]

    def get(path: str) -> int:
        with urllib.request.urlopen(base_url + path, timeout=30) as response:
            return int(response.status)

    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        assert set(pool.map(get, paths * 25)) == {200}


def test_why_shows_the_sentence_behind_a_value(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/?a=PER&b=VEN&on=2020-06-01")
    page.locator("#summary .why").first.click()
    expect(page.locator("#evidence mark.main")).to_contain_text(
        "relations were only maintained to a consular level"
    )
    expect(page.locator("#evidence")).to_contain_text("since 21 February 2019")
