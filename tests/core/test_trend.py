"""Rises in a reduction plan (core/trend.py), with expectations worked out by hand."""

from __future__ import annotations

from lotrinh.core import check_plan
from lotrinh.core.trend import check_unit_trend
from lotrinh.loading import load_text
from tests.core.plans import HEAD, context

PLAN = """lotrinh: 1
units:
  - {{id: vc, name: VC, category: VC, figures: {{2025: 9.850, 2026: 9.700, 2027: 9.710}}}}
claims:
{claims}"""


def _increases(claims: str) -> list[tuple[int | None, int | None]]:
    result = check_plan(load_text(PLAN.format(claims=claims or "  []"), "t.yaml"))
    return [(f.year, f.base_year) for f in result.findings if f.kind == "unexpected-increase"]


def test_a_rise_nobody_states_is_flagged_on_the_later_year() -> None:
    assert _increases("") == [(2027, 2026)]


def test_a_rise_the_text_states_exactly_is_the_plan_s_own() -> None:
    # "tăng 10 biên chế so với năm 2026": 9.700 → 9.710.
    stated = "  - {unit: vc, year: 2027, quote: q, changes: [{increase: 10, base_year: 2026}]}\n"
    assert _increases(stated) == []


def test_a_rise_stated_against_another_year_is_still_flagged() -> None:
    # 9.850 → 9.710 is a reduction of 140 against 2025; it says nothing of the 2026 → 2027 rise.
    stated = "  - {unit: vc, year: 2027, quote: q, changes: [{reduction: 140, base_year: 2025}]}\n"
    assert _increases(stated) == [(2027, 2026)]


def test_a_subset_may_rise_inside_its_whole() -> None:
    # teachers 1.488 → 1.502 while the VC whole falls 1.642 → 1.600: no slip of the plan
    text = (
        HEAD + "  - {id: vc, name: VC, category: VC, figures: {2021: 1.642, 2026: 1.600}}\n"
        "  - {id: gv, name: Giáo viên, category: VC, subset_of: vc,"
        " figures: {2021: 1.488, 2026: 1.502}}\n"
    )
    assert list(check_unit_trend(context(text), "gv")) == []
    # the same unit named no subset is a rise
    assert len(list(check_unit_trend(context(text.replace(" subset_of: vc,", "")), "gv"))) == 1
