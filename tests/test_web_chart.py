"""The chart in a real browser: it opens on the events' years, moves and zooms by wheel, drag, keys
and the brush (the address following), spreads clustered events out, and writes no label over another."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import parse_qs, urlparse

from playwright.sync_api import Page, expect

from legation.state.queries import pair_timeline
from legation.store import Store

from .test_server import DB
from .web import shot


def shown(page: Page) -> tuple[date, date]:
    """The first and last day the chart shows."""
    svg = page.locator("#chart svg")
    return date.fromisoformat(svg.get_attribute("data-from") or ""), date.fromisoformat(
        svg.get_attribute("data-to") or ""
    )


def address(page: Page) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlparse(page.url).query).items()}


def settle(page: Page) -> None:
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")


def open_pair(page: Page, base_url: str, query: str) -> None:
    page.goto(f"{base_url}/?{query}")
    expect(page.locator("#chart svg")).to_be_visible()
    settle(page)


def test_it_opens_on_the_years_of_the_events(page: Page, base_url: str) -> None:
    open_pair(page, base_url, "a=PER&b=VEN&on=2020-06-01")
    first, last = shown(page)
    with Store(DB, read_only=True) as store:
        timeline = pair_timeline(store, "PER", "VEN")
    dated = [e for e in timeline.events if e.start and e.end]
    # Events dated only to a span of years ("1900..1999") do not choose the years shown.
    precise = [e for e in dated if e.start and e.end and (e.end - e.start).days <= 2 * 366]
    starts = sorted(e.start for e in precise if e.start)
    everything = min(e.start for e in dated if e.start), max(e.end for e in precise if e.end)
    # Not the whole history, but the last event and nine in ten of the others.
    assert first > everything[0] and last >= everything[1]
    inside = [d for d in starts if first <= d <= last]
    assert len(inside) >= 0.9 * len(starts)
    assert (last - first).days < (everything[1] - everything[0]).days / 3
    expect(page.locator("#chart .beyond").first).to_contain_text("earlier")
    shot(page, "chart-opening")


def test_the_wheel_zooms_around_the_pointer_and_the_address_follows(page: Page, base_url: str) -> None:
    open_pair(page, base_url, "a=PER&b=VEN&on=2020-06-01")
    before = shown(page)
    box = page.locator("#chart svg").bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] * 0.8, box["y"] + 60)
    page.mouse.wheel(0, -600)
    settle(page)
    after = shown(page)
    assert (after[1] - after[0]).days < (before[1] - before[0]).days * 0.7
    assert after[0] > before[0]  # towards the pointer, which was on the later years
    expect(page).to_have_url(re.compile(rf"from={after[0].isoformat()}&to={after[1].isoformat()}"))
    page.mouse.wheel(0, 1200)
    settle(page)
    wider = shown(page)
    assert (wider[1] - wider[0]).days > (after[1] - after[0]).days


def test_a_drag_pans_and_a_press_without_moving_still_selects(page: Page, base_url: str) -> None:
    open_pair(page, base_url, "a=PER&b=VEN&on=2020-06-01&from=2000&to=2010")
    before = shown(page)
    box = page.locator("#chart svg").bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + 40)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] / 2 - 300, box["y"] + 40, steps=8)
    page.mouse.up()
    settle(page)
    after = shown(page)
    assert after[0] > before[0] and (after[1] - after[0]).days == (before[1] - before[0]).days
    expect(page.locator("#evidence mark")).to_have_count(0)  # the drag selected nothing
    page.locator("#chart .band").first.click()
    expect(page.locator("#evidence")).not_to_contain_text("Select a band")


def test_keys_move_and_zoom_the_focused_chart(page: Page, base_url: str) -> None:
    open_pair(page, base_url, "a=PER&b=VEN&on=2020-06-01")
    opening = shown(page)
    page.locator("#chart").focus()
    page.keyboard.press("+")
    settle(page)
    zoomed = shown(page)
    assert (zoomed[1] - zoomed[0]).days < (opening[1] - opening[0]).days
    page.keyboard.press("ArrowLeft")
    settle(page)
    assert shown(page)[0] < zoomed[0]
    page.keyboard.press("0")
    settle(page)
    whole = shown(page)
    assert whole[0].year < 1822  # the first relations the text tells of
    page.keyboard.press("Home")
    settle(page)
    assert shown(page) == opening
    page.get_by_role("button", name="Zoom in").click()
    settle(page)
    assert shown(page) != opening


def test_the_brush_on_the_overview_moves_and_resizes_the_view(page: Page, base_url: str) -> None:
    open_pair(page, base_url, "a=PER&b=VEN&on=2020-06-01&from=1950&to=1980")
    brush = page.locator("#overview .brush").bounding_box()
    assert brush is not None
    before = shown(page)
    middle = (brush["x"] + brush["width"] / 2, brush["y"] + brush["height"] / 2)
    page.mouse.move(*middle)
    page.mouse.down()
    page.mouse.move(middle[0] + 60, middle[1], steps=6)
    page.mouse.up()
    settle(page)
    moved = shown(page)
    assert moved[0] > before[0] and abs((moved[1] - moved[0]).days - (before[1] - before[0]).days) <= 2
    expect(page).to_have_url(re.compile(rf"from={moved[0].isoformat()}"))
    handle = page.locator("#overview .brush-handle[data-edge='end']").bounding_box()
    assert handle is not None
    page.mouse.move(handle["x"] + handle["width"] / 2, handle["y"] + handle["height"] / 2)
    page.mouse.down()
    page.mouse.move(handle["x"] + 80, handle["y"] + handle["height"] / 2, steps=6)
    page.mouse.up()
    settle(page)
    resized = shown(page)
    assert resized[0] == moved[0] and resized[1] > moved[1]
    # A press elsewhere on the strip brings the frame there.
    strip = page.locator("#overview svg").bounding_box()
    assert strip is not None
    page.mouse.click(strip["x"] + strip["width"] * 0.05, strip["y"] + 20)
    settle(page)
    assert shown(page)[0] < resized[0]


def test_a_cluster_spreads_its_events_out(page: Page, base_url: str) -> None:
    open_pair(page, base_url, "a=PER&b=VEN&on=2020-06-01")
    cluster = page.locator("#chart .marker.cluster[aria-label*='spread them out']").first
    members = (cluster.get_attribute("data-events") or "").split()
    assert len(members) >= 2
    before = shown(page)
    cluster.click()
    settle(page)
    after = shown(page)
    assert (after[1] - after[0]).days < (before[1] - before[0]).days
    # Its events now stand apart: each alone, or in a smaller group.
    for key in members:
        alone = page.locator(f"#chart .marker[data-event='{key}']").count()
        grouped = page.locator(f"#chart .marker[data-events~='{key}']").all()
        assert alone == 1 or (
            len(grouped) == 1 and int(grouped[0].get_attribute("data-count") or 0) < len(members)
        )


def test_events_of_one_day_are_listed(page: Page, base_url: str) -> None:
    open_pair(page, base_url, "a=CUB&b=USA&on=1970-01-01&from=1960-12-01&to=1961-02-01")
    page.locator("#chart .marker.cluster[aria-label*='select to list them']").click()
    items = page.locator("#evidence .cluster-list button")
    expect(items.first).to_contain_text("3 January 1961")
    assert items.count() >= 2 and all("3 January 1961" in (i.text_content() or "") for i in items.all())
    expect(page.locator("#evidence .cluster-list")).to_contain_text("Relations broken off")


def _overlaps(page: Page, selector: str) -> list[tuple[str, str]]:
    return page.evaluate(
        """(selector) => {
            const boxes = [...document.querySelectorAll(selector)].map((e) => [e.textContent, e.getBBox()]);
            const apart = (a, b) => a.x >= b.x + b.width || b.x >= a.x + a.width
                || a.y >= b.y + b.height || b.y >= a.y + a.height;
            const hits = [];
            boxes.forEach(([ta, a], i) => boxes.slice(i + 1).forEach(([tb, b]) => {
                if (!apart(a, b)) hits.push([ta, tb]);
            }));
            return hits;
        }""",
        selector,
    )


def test_no_label_is_written_over_another(page: Page, base_url: str) -> None:
    for query in (
        "a=PER&b=VEN",
        "a=PER&b=VEN&from=1800&to=2030",
        "a=CUB&b=USA",
        "a=COL&b=VEN&from=2015&to=2016",
    ):
        open_pair(page, base_url, query)
        for selector in (
            "#chart .marker-label",
            "#chart .axis text",
            "#chart .band-text",
            "#overview .overview-year",
        ):
            assert not _overlaps(page, selector), (query, selector)
        assert page.locator("#chart .marker-label").count() > 0, query


def test_the_address_keeps_the_view_and_the_event_selected(page: Page, base_url: str) -> None:
    open_pair(page, base_url, "a=PER&b=VEN&on=2020-06-01&from=2016-01-01&to=2020-12-31")
    assert shown(page) == (date(2016, 1, 1), date(2020, 12, 31))
    page.locator("#chart .marker:not(.cluster)").first.click()
    expect(page.locator("#evidence mark.main")).to_be_visible()
    expect(page).to_have_url(re.compile(r"event=[0-9a-f]{16}%3A\d+"))
    kept = address(page)
    sentence = page.locator("#evidence mark.main").text_content()
    page.goto(page.url)
    expect(page.locator("#evidence mark.main")).to_have_text(sentence or "")
    settle(page)
    assert shown(page) == (date.fromisoformat(kept["from"]), date.fromisoformat(kept["to"]))
    assert page.locator("#chart .marker.selected").count() == 1
