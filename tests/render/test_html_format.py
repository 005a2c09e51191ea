"""The HTML report without a browser: goldens (charts normalised), escaping, charts, size.

The browser checks (DOM, requests, screenshot, print) are in tests/browser/.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import replace
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lotrinh.core import CheckResult, check_plan
from lotrinh.loading import load_text
from lotrinh.numbers import Lang
from lotrinh.render import html_format
from lotrinh.render.chart import PANELS_LIMIT, charts, unit_levels
from lotrinh.render.report import Report, code
from tests.render.conftest import SLIPS

Golden = Callable[[str, str], None]

_SVG = re.compile(r"<svg\b.*?</svg>", re.DOTALL)
_STYLE = re.compile(r"<style>.*?</style>", re.DOTALL)


def normalised(page: str) -> str:
    """The page with each chart's SVG and the style sheet replaced by marks: the golden
    tests the page's content and structure; the charts are tested below and in the browser
    (a new matplotlib does not churn the golden), the style sheet in the browser."""
    return _STYLE.sub(
        "<style><!-- report.css --></style>", _SVG.sub("<svg><!-- chart --></svg>", page)
    )


@pytest.mark.parametrize(("name", "lang"), [("slips", Lang.VI), ("clean", Lang.EN)])
def test_golden(results: dict[str, CheckResult], golden: Golden, name: str, lang: Lang) -> None:
    golden(
        f"{name}.{lang.value}.html", normalised(html_format.render(Report((results[name],), lang)))
    )


def test_the_same_input_gives_the_same_bytes(long_an: CheckResult) -> None:
    first = html_format.render(Report((long_an,)))
    assert html_format.render(Report((long_an,))) == first


def test_long_an_is_small_and_asks_for_nothing(long_an: CheckResult) -> None:
    page = html_format.render(Report((long_an,)))
    assert len(page.encode("utf-8")) < 300 * 1024
    assert "<script" not in page
    # No URL the browser would fetch: only in-page anchors and SVG namespace names.
    assert not re.search(r"""(?:src|href)\s*=\s*["'](?!#)""", page)
    assert "@import" not in page
    assert not re.search(r"url\((?!#)", page)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.ids.extend(value for name, value in attrs if name == "id" and value)


def _tags(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    return parser


def test_every_finding_has_an_anchor_with_its_code_and_position(long_an: CheckResult) -> None:
    page = html_format.render(Report((long_an,)))
    parsed = _tags(page)
    assert len(parsed.ids) == len(set(parsed.ids)), "element ids are unique across the page"
    for finding in long_an.findings:
        position = f'data-line="{finding.position.line}" data-column="{finding.position.column}"'
        assert re.search(rf'data-code="{code(finding)}"[^>]*{position}', page), finding


HOSTILE = "</script><script>alert(1)</script><img src=x onerror=alert(2)> \u202egnp.exe & {{ x }}"


def hostile_plan(plain: bool = False) -> CheckResult:
    """The slips plan with markup, a closing script tag and an RTL override in every text a
    plan can carry: a quote, names, the title, a target's source, the path. `plain` puts
    ordinary words of the same length there instead, for comparison."""
    hostile = "x" * len(HOSTILE) if plain else HOSTILE
    text = SLIPS.replace(
        "CBCC năm 2024 giảm 4 so với năm 2023", hostile + " giảm 4 so với năm 2023"
    )
    text = text.replace('"Kế hoạch thử | có gạch đứng"', '"' + hostile + '"')
    text = text.replace('name: "Cán bộ, công chức"', 'name: "' + hostile + '"')
    text = text.replace("short: CBCC,", 'short: "$x^2$ ' + hostile + '",')
    text = text.replace('source: "KL 40, mục 2: VC"', 'source: "' + hostile + '"')
    return check_plan(load_text(text, "plans/x.yaml" if plain else "plans/<b>hostile</b>.yaml"))


def test_hostile_text_is_escaped_everywhere() -> None:
    result = hostile_plan()
    page = html_format.render(Report((result,)))
    tags = _tags(page).tags
    assert "script" not in tags and "img" not in tags
    assert "&lt;b&gt;hostile&lt;/b&gt;.yaml" in page
    assert "&lt;/script&gt;&lt;script&gt;alert(1)" in page
    assert "{{ x }}" in page  # a template's syntax in a quote is text, not a template


def test_one_chart_per_level_with_the_targets_drawn(long_an: CheckResult) -> None:
    drawn = charts(long_an, Lang.VI, "p")
    assert [chart.level for chart in drawn] == list(range(len(unit_levels(long_an.plan))))
    assert {target for chart in drawn for target in chart.targets} == {"nq19-vc", "kl40-vc"}
    for chart in drawn:
        assert chart.svg.startswith("<svg")
        for target in chart.targets:
            assert f'id="p-level-{chart.level}-target-{target}"' in chart.svg
        assert "Matplotlib" not in chart.svg and "<dc:date>" not in chart.svg


def test_charts_of_one_page_share_no_element_id(long_an: CheckResult) -> None:
    ids = [
        i for chart in charts(long_an, Lang.VI, "p") for i in re.findall(r'id="([^"]+)"', chart.svg)
    ]
    assert len(ids) == len(set(ids))


def test_a_target_on_several_units_gets_its_own_panel() -> None:
    text = SLIPS.replace("category: VC, base_year: 2021", "units: [cbcc, vc], base_year: 2021")
    result = check_plan(load_text(text, "plans/two.yaml"))
    (bottom,) = [chart for chart in charts(result, Lang.VI, "p") if chart.level == 1]
    assert bottom.targets == ("kl40-vc",)
    assert 'id="p-level-1-line-target-kl40-vc"' in bottom.svg


def test_several_files_get_a_summary_with_links(slips: CheckResult, clean: CheckResult) -> None:
    page = html_format.render(Report((slips, clean)))
    assert 'id="summary"' in page
    assert '<a href="#p1"><bdi>plans/slips.yaml</bdi></a>' in page
    assert '<a href="#p2"><bdi>plans/clean.yaml</bdi></a>' in page
    assert 'id="p1-LT' in page


def test_english(clean: CheckResult) -> None:
    page = html_format.render(Report((clean,), Lang.EN))
    assert '<html lang="en">' in page and "Verdict:" in page and "Roadmap tables" in page


class _Quotes(HTMLParser):
    """The text inside each blockquote, with every tag seen on the way."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.quotes: list[str] = []
        self.tags: list[str] = []
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "blockquote":
            self._depth += 1
            self.quotes.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "blockquote":
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.quotes[-1] += data


_PLAN_TEXT = st.text(st.characters(exclude_categories=("Cs", "Cc")) | st.sampled_from("\n<>&\"'"))


@settings(max_examples=60, deadline=None)
@given(quote=_PLAN_TEXT, name=_PLAN_TEXT)
def test_any_quote_and_name_come_back_as_the_same_text(
    slips: CheckResult, quote: str, name: str
) -> None:
    first = replace(slips.findings[2], quote=quote or "x")
    units = {**slips.plan.units, "cbcc": replace(slips.plan.units["cbcc"], short=name or "x")}
    result = replace(slips, findings=(first,), causes=(), plan=replace(slips.plan, units=units))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(html_format, "charts", lambda *_: ())  # charts: tested on their own
        page = html_format.render(Report((result,)))
    parsed = _Quotes()
    parsed.feed(page)
    assert parsed.quotes == [first.quote]
    assert not {"script", "img", "iframe", "object", "style"} & set(
        parsed.tags[parsed.tags.index("body") :]
    )
    shown = {html.unescape(text) for text in re.findall(r"<bdi>([^<]*)</bdi>", page)}
    assert (name or "x") in shown


def test_a_target_on_many_units_counts_them_in_its_title() -> None:
    units = "".join(
        f"  - {{id: vc{i}, name: Đơn vị sự nghiệp số {i} có một cái tên rất dài như văn bản viết,"
        f" category: VC, figures: {{2021: {100 + i}, 2026: {90 + i}}}}}\n"
        for i in range(6)
    )
    text = (
        f"lotrinh: 1\nunits:\n{units}targets:\n  - {{id: kl40, source: KL 40, category: VC, "
        'base_year: 2021, deadline: 2026, min_reduction: "10%"}\n'
    )
    (chart,) = charts(check_plan(load_text(text, "many.yaml")), Lang.VI, "p")
    assert "Cộng: 6 đơn vị VC (kl40)" in chart.svg
    assert chart.targets == ("kl40",)


def test_unit_levels_follow_the_tree_in_plan_order() -> None:
    text = """lotrinh: 1
units:
  - {id: b, name: B, parts: [b2, b1]}
  - {id: a, name: A, figures: {2024: 5}}
  - {id: b1, name: B1, parts: [c]}
  - {id: b2, name: B2}
  - {id: c, name: C}
"""
    assert unit_levels(load_text(text, "t.yaml")) == [["b", "a"], ["b1", "b2"], ["c"]]


def test_a_level_draws_at_most_twelve_units_and_says_how_many_more() -> None:
    units = "".join(
        f"  - {{id: u{i}, name: U{i}, figures: {{2023: {100 + i}, 2024: {99 + i}}}}}\n"
        for i in range(PANELS_LIMIT + 2)
    )
    result = check_plan(load_text(f"lotrinh: 1\nunits:\n{units}", "wide.yaml"))
    (chart,) = charts(result, Lang.VI, "p")
    assert len(chart.units) == PANELS_LIMIT and chart.hidden == 2
    assert "và 2 đơn vị khác của cấp này không được vẽ" in html_format.render(Report((result,)))
