"""The page's address in a real browser: a shared link holds only what the page can use, and a
crafted one runs nothing (Playwright with Debian's chromium, as test_web.py)."""

from __future__ import annotations

import re
from urllib.parse import urlencode

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from playwright.sync_api import Browser, Page, expect

from .web import check, watched

INJECTED = 'x="><img src=x onerror="window.__pwn=document.domain">'
PAYLOADS = [
    f"2020-06-01&{INJECTED}",
    INJECTED,
    "<script>window.__pwn=1</script>",
    "javascript:window.__pwn=1",
    "\"'><svg onload=window.__pwn=1>",
    "-1000000000",
    "1000000000",
    "abc",
    "2020-02-30",
    "0000-01-01",
    "2100-12-31",
    "1e9",
    "PER",
    "Peru",
    "VEN",
    "2019-01-23",
    "1992",
    "%",
    "../../etc/passwd",
    "0123456789abcdef:1",
]
KEYS = ["a", "b", "on", "from", "to", "event"]


def settle(page: Page) -> None:
    """Waits until the chart has been drawn again (it is drawn on the next animation frame)."""
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")


def controls(page: Page) -> None:
    """Every control of the page in turn: buttons, bands, markers, the country tables and their links."""
    page.locator("body[data-ready=true]").wait_for()
    if page.locator("#pair-view").is_hidden():
        return
    for name in ("All of", "why?"):
        for button in page.get_by_role("button", name=name).all():
            button.click()
    # Bands and markers by the keyboard: a band of no days lies under the next one.
    # The chart is drawn again after each (a selection, a zoom): each element is found afresh.
    for selector in ("#chart .band", "#chart .marker", "#facts button", "#evidence button"):
        for i in range(6):
            if page.locator(selector).count() <= i:
                break
            page.locator(selector).nth(i).focus()
            page.keyboard.press("Enter")
            settle(page)
    for button in (
        "Earlier",
        "Zoom out",
        "Zoom in",
        "Later",
        "The events' years",
        "Whole history",
        "Chart as SVG",
        "Events as CSV",
    ):
        page.get_by_role("button", name=button, exact=True).click()


def test_the_crafted_link_of_the_report_runs_nothing(page: Page, base_url: str) -> None:
    """Issue 10's link once ran its script after a click on "All of Peru's relations"."""
    query = urlencode({"a": "PER", "b": "VEN", "on": f"2020-06-01&{INJECTED}"})
    page.goto(f"{base_url}/?{query}")
    expect(page.get_by_role("alert")).to_contain_text("The link's on= is not a day")
    page.get_by_role("button", name="All of Peru's relations").click()
    expect(page.locator("#country-table table")).to_contain_text("Venezuela")
    controls(page)
    assert page.locator("img[src=x]").count() == 0
    for link in page.locator("#country-table a").all():
        href = link.get_attribute("href") or ""
        assert re.fullmatch(r"\?a=[A-Z]{3}&b=[A-Z]{3}&on=\d{4}-\d{2}-\d{2}", href), href


def test_a_far_year_in_the_link_is_refused_and_the_page_stays_quick(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/?a=PER&b=VEN&from=-1000000000", timeout=10_000)
    expect(page.get_by_role("alert")).to_contain_text("The link's from= is not a year or a day")
    assert page.locator("#chart svg *").count() < 2000
    page.goto(f"{base_url}/?a=PER&b=VEN&from=abc&to=1995")
    expect(page.get_by_role("alert")).to_contain_text("The link's from= is not a year or a day")
    expect(page.locator("#chart .band").first).to_be_visible()


def test_years_the_wrong_way_round_are_said_so(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/?a=PER&b=VEN&from=2020&to=2010")
    expect(page.get_by_role("alert")).to_contain_text("from= is not before its to=")
    expect(page.locator("#chart .band").first).to_be_visible()


def test_the_page_builds_no_markup_from_strings() -> None:
    """The rule behind the fixes: no innerHTML, outerHTML, insertAdjacentHTML or document.write."""
    from importlib import resources

    web = resources.files("legation").joinpath("faces", "web")
    for script in (f for f in web.iterdir() if f.name.endswith(".js")):
        text = script.read_text(encoding="utf-8")
        for sink in (
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "eval(",
            "new Function",
        ):
            assert sink not in text, (script.name, sink)


values = st.one_of(
    st.sampled_from(PAYLOADS),
    st.text(max_size=24),
    st.integers(-(10**12), 10**12).map(str),
    st.dates().map(str),
)
addresses = st.fixed_dictionaries(
    {
        "a": st.sampled_from(["PER", "Peru", "CUB", "COL"]) | values,
        "b": st.sampled_from(["VEN", "Venezuela", "USA"]) | values,
    },
    optional={key: values for key in KEYS if key not in ("a", "b")},
)


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(params=addresses)
def test_any_address_runs_no_script_and_makes_no_server_error(
    browser: Browser, base_url: str, params: dict[str, str]
) -> None:
    page, problems = watched(browser)
    try:
        page.goto(f"{base_url}/?{urlencode(params)}")
        controls(page)
        check(page, problems)
    finally:
        page.context.close()
