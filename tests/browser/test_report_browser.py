"""The HTML report as a reader's browser shows it: DOM, requests, pixels, and print."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from PIL import Image, ImageChops

from lotrinh.core import CheckResult, check_plan
from lotrinh.loading import load_plan
from lotrinh.render import html_format
from lotrinh.render.chart import unit_levels
from lotrinh.render.report import Report, code
from tests.browser.conftest import Opened
from tests.golden import GOLDEN
from tests.render.conftest import LONG_AN, ROOT
from tests.render.test_html_format import HOSTILE, hostile_plan

Open = Callable[[str], Opened]

CHART_PNG = GOLDEN / "report-long-an-chart.png"
DOCS_PNG = ROOT / "docs" / "img" / "report-long-an.png"
DOCS_TOP = {"x": 0, "y": 0, "width": 900, "height": 970}
A4_POINTS = (595.28, 841.89)
A4_TEXT_WIDTH_PX = round((210 - 2 * 12) / 25.4 * 96)  # the page's @page side margins: 12 mm


@pytest.fixture(scope="module")
def long_an() -> CheckResult:
    return check_plan(replace(load_plan(LONG_AN), path=LONG_AN.relative_to(ROOT).as_posix()))


@pytest.fixture(scope="module")
def long_an_page(long_an: CheckResult) -> str:
    return html_format.render(Report((long_an,)))


def test_every_finding_is_shown_with_its_code_and_position(
    open_page: Open, long_an: CheckResult, long_an_page: str
) -> None:
    opened = open_page(long_an_page)
    page = opened.page
    assert page.locator("article.finding").count() == len(long_an.findings)
    for finding in long_an.findings:
        line, column = finding.position.line, finding.position.column
        selector = (
            f'article.finding[data-code="{code(finding)}"]'
            f'[data-line="{line}"][data-column="{column}"]'
        )
        shown = page.locator(selector).first
        text = shown.inner_text()
        assert code(finding) in text and f"dòng {line}, cột {column}" in text, text
        anchor = shown.get_attribute("id")
        assert page.locator(f'a[href="#{anchor}"]').count() >= 1


def test_one_chart_per_unit_level_with_its_target_line(
    open_page: Open, long_an: CheckResult, long_an_page: str
) -> None:
    page = open_page(long_an_page).page
    charts = page.locator("figure.chart")
    assert charts.count() == len(unit_levels(long_an.plan))
    for index in range(charts.count()):
        box = charts.nth(index).locator("svg").bounding_box()
        assert box is not None and box["width"] > 300 and box["height"] > 100
    drawn = page.locator('figure.chart[data-targets~="kl40-vc"]')
    assert drawn.count() == 1
    line = drawn.locator('g[id$="-target-kl40-vc"] path').first
    dashes = line.evaluate("e => getComputedStyle(e).strokeDasharray")
    assert dashes not in ("", "none"), dashes
    # Told apart without colour: derived figures are hollow dots, findings are rings.
    hollow = drawn.locator('g[id$="-derived-cq-vc"] use').first
    assert hollow.evaluate("e => getComputedStyle(e).fill") == "rgb(255, 255, 255)"
    assert drawn.locator('g[id$="-finding-cq-vc"] use').count() == 2


def test_no_request_leaves_the_page(open_page: Open, long_an_page: str) -> None:
    opened = open_page(long_an_page)
    assert opened.requests == [opened.url]
    assert opened.foreign == []


def test_hostile_text_stays_inert(open_page: Open) -> None:
    opened = open_page(html_format.render(Report((hostile_plan(),))))
    page = opened.page
    assert opened.foreign == [] and opened.dialogs == []
    assert page.locator("script, img, iframe, object").count() == 0
    # The same plan with plain texts has exactly as many elements: the markup added none.
    plain = open_page(html_format.render(Report((hostile_plan(plain=True),)))).page
    count = "document.getElementsByTagName('*').length"
    assert page.evaluate(count) == plain.evaluate(count)
    quotes = page.locator("blockquote.quote").all_text_contents()
    assert any(text.startswith(HOSTILE) for text in quotes), quotes
    assert page.locator("h2").first.text_content() == HOSTILE
    assert HOSTILE in page.locator("table.targets").text_content()
    assert "$x^2$" in page.locator("figure.chart").last.text_content()
    isolated = page.locator("blockquote.quote bdi").first
    assert isolated.evaluate("e => getComputedStyle(e).unicodeBidi") == "isolate"
    assert page.locator("mark").count() >= 1


def _difference(actual: Image.Image, expected: Image.Image) -> tuple[float, float]:
    """Mean absolute grey difference (0-255) and the share of pixels that differ a lot."""
    delta = ImageChops.difference(actual.convert("L"), expected.convert("L"))
    histogram = delta.histogram()
    pixels = sum(histogram)
    mean = sum(value * count for value, count in enumerate(histogram)) / pixels
    return mean, sum(histogram[64:]) / pixels


def test_the_chart_looks_as_stored(open_page: Open, long_an_page: str) -> None:
    page = open_page(long_an_page).page
    shot = page.locator('figure.chart[data-targets~="kl40-vc"]').screenshot()
    actual = Image.open(io.BytesIO(shot)).convert("L")
    if os.environ.get("LOTRINH_UPDATE_GOLDEN") == "1":
        actual.save(CHART_PNG, optimize=True)
        page.evaluate("window.scrollTo(0, 0)")
        _save_docs_screenshot(page, shot)
    expected = Image.open(CHART_PNG)
    assert actual.size == expected.size
    mean, far = _difference(actual, expected)
    assert mean < 3 and far < 0.01, (mean, far)


def _save_docs_screenshot(page: Any, chart: bytes) -> None:
    """The README's picture of the Long An report: the top of the page (header, verdict,
    causes, the worst findings) above the chart with the targets, in 256 colours."""
    top = Image.open(io.BytesIO(page.screenshot(clip=DOCS_TOP))).convert("RGB")
    below = Image.open(io.BytesIO(chart)).convert("RGB")
    image = Image.new("RGB", (top.width, top.height + below.height), "white")
    image.paste(top, (0, 0))
    image.paste(below, ((top.width - below.width) // 2, top.height))
    DOCS_PNG.parent.mkdir(parents=True, exist_ok=True)
    image.quantize(colors=256).save(DOCS_PNG, optimize=True)


def test_long_an_prints_on_a4_without_cut_tables(open_page: Open, long_an_page: str) -> None:
    page = open_page(long_an_page).page
    page.set_viewport_size({"width": A4_TEXT_WIDTH_PX, "height": 970})
    page.emulate_media(media="print")
    width = page.evaluate("document.documentElement.clientWidth")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    rights = page.evaluate(
        "[...document.querySelectorAll('table, figure.chart svg')]"
        ".map(e => e.getBoundingClientRect().right)"
    )
    assert rights and max(rights) <= width + 0.5, (max(rights), width)
    kept_whole = page.evaluate(
        "[...document.querySelectorAll('table.roadmap, figure.chart, article.finding')]"
        ".map(e => getComputedStyle(e).breakInside)"
    )
    assert set(kept_whole) == {"avoid"}, "a table, chart or finding may be split across pages"
    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([0-9.]+) ([0-9.]+)\s*\]", pdf)
    assert boxes, "no page in the PDF"
    for box in boxes:
        size = (float(box[0]), float(box[1]))
        assert all(abs(a - b) < 1 for a, b in zip(size, A4_POINTS, strict=True)), size
