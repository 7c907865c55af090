"""Saving from the page in a real browser: the chart as SVG and PNG, the events as CSV, the view's link."""

from __future__ import annotations

import csv
import io
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from legation.state.queries import pair_timeline
from legation.store import Store

from .test_server import DB
from .web import check, watched

SVG = "{http://www.w3.org/2000/svg}"


def save(page: Page, button: str, folder: Path) -> Path:
    with page.expect_download() as caught:
        page.get_by_role("button", name=button).click()
    download = caught.value
    path = folder / download.suggested_filename
    download.save_as(path)
    return path


def test_the_chart_as_svg_is_a_drawing_that_stands_alone(page: Page, base_url: str, tmp_path: Path) -> None:
    page.goto(f"{base_url}/?a=PER&b=VEN&on=2020-06-01")
    expect(page.locator("#chart svg")).to_be_visible()
    path = save(page, "Chart as SVG", tmp_path)
    assert path.name == "legation-PER-VEN.svg"
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg" and root.get("width") and root.get("height")
    bands = [r for r in root.iter(f"{SVG}rect") if "band" in (r.get("class") or "")]
    assert bands and all((r.get("fill") or "").startswith("rgb") for r in bands)  # its colours go with it
    texts = {t.text for t in root.iter(f"{SVG}text")}
    assert "Relations" in texts and "Events" in texts


def test_the_chart_as_png_is_twice_its_size(page: Page, base_url: str, tmp_path: Path) -> None:
    page.goto(f"{base_url}/?a=CUB&b=USA")
    svg = page.locator("#chart svg")
    expect(svg).to_be_visible()
    width, height = int(svg.get_attribute("width") or 0), int(svg.get_attribute("height") or 0)
    data = save(page, "Chart as PNG", tmp_path).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (2 * width, 2 * height)


def test_the_events_as_csv_with_a_header_and_every_event(page: Page, base_url: str, tmp_path: Path) -> None:
    page.goto(f"{base_url}/?a=PER&b=VEN")
    expect(page.locator("#chart svg")).to_be_visible()
    rows = list(csv.reader(io.StringIO(save(page, "Events as CSV", tmp_path).read_text(encoding="utf-8"))))
    assert rows[0][:4] == ["date", "type", "actor", "target"] and rows[0][-1] == "sentence"
    with Store(DB, read_only=True) as store:
        timeline = pair_timeline(store, "PER", "VEN")
    expected = sorted(
        (e.event.date or "", e.event.type, e.event.evidence.text)
        for e in [*timeline.events, *timeline.undated]
    )
    header = rows[0]
    shown = sorted(
        (r[header.index("date")], r[header.index("type")], r[header.index("sentence")]) for r in rows[1:]
    )
    assert shown == expected


def test_the_link_to_the_view_opens_the_same_view(browser: Browser, base_url: str) -> None:
    page, problems = watched(browser, permissions=["clipboard-read", "clipboard-write"])
    page.goto(f"{base_url}/?a=PER&b=VEN&on=2020-06-01")
    expect(page.locator("#chart svg")).to_be_visible()
    page.locator("#chart").focus()
    page.keyboard.press("+")
    page.get_by_role("button", name="Copy the link to this view").click()
    expect(page.locator("#copy-state")).to_have_text("Copied.")
    link = page.evaluate("navigator.clipboard.readText()")
    assert link == page.locator("#share-link").input_value()
    assert (
        "a=PER" in link and "b=VEN" in link and "on=2020-06-01" in link and "from=" in link and "to=" in link
    )
    view = (
        page.locator("#chart svg").get_attribute("data-from"),
        page.locator("#chart svg").get_attribute("data-to"),
    )
    check(page, problems)
    page.context.close()
    other, problems = watched(browser)
    other.goto(link)
    svg = other.locator("#chart svg")
    expect(svg).to_have_attribute("data-from", view[0] or "")
    expect(svg).to_have_attribute("data-to", view[1] or "")
    check(other, problems)
    other.context.close()
