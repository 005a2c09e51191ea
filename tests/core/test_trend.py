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


RESERVED = (
    HEAD + "  - {id: cc, name: Công chức, category: CBCC, parts: [cq, dp]}\n"
    "  - {id: cq, name: Các cơ quan, category: CBCC, figures: {2025: 990, 2026: 976}}\n"
    "  - {id: dp, name: Biên chế dự phòng, category: CBCC, role: reserve, parts: [dp-cc],"
    " figures: {2025: 10, 2026: 12}}\n"
    "  - {id: dp-cc, name: Công chức dự phòng, category: CBCC, figures: {2025: 10, 2026: 12}}\n"
)
"""Posts allocated 990 → 976, the reserve held back 10 → 12: the total falls 1.000 → 988."""


def _rises(text: str) -> list[tuple[str, int | None]]:
    result = check_plan(load_text(text, "t.yaml"))
    return [(f.params["unit"], f.year) for f in result.findings if f.kind == "unexpected-increase"]


def test_a_reserve_may_rise_while_its_total_falls() -> None:
    # the reserve (10 → 12) and its own line are exempt; the total 1.000 → 988 falls
    assert _rises(RESERVED) == []
    # the same unit without the role is a rise, and so is its line, as before
    assert sorted(_rises(RESERVED.replace(" role: reserve,", ""))) == [
        ("Biên chế dự phòng", 2026),
        ("Công chức dự phòng", 2026),
    ]


def test_a_total_risen_by_its_reserve_is_still_flagged() -> None:
    # allocated 990 → 990, reserve 10 → 12: the total 1.000 → 1.002 rises, and that is the
    # total's finding; the reserve's own rise still is not
    text = RESERVED.replace("{2025: 990, 2026: 976}", "{2025: 990, 2026: 990}")
    assert _rises(text) == [("Công chức", 2026)]


def test_a_reserve_is_summed_into_its_total() -> None:
    # 976 + 12 = 988; a total written 989 is a sum mismatch of 1 whatever the role
    text = RESERVED.replace("parts: [cq, dp]}", "parts: [cq, dp], figures: {2026: 989}}")
    result = check_plan(load_text(text, "t.yaml"))
    assert [(f.kind, f.year, f.stated, f.computed) for f in result.findings] == [
        ("sum-mismatch", 2026, 989, 988)
    ]


def test_a_target_on_the_category_counts_the_reserve_inside_its_total() -> None:
    # KL 40 measures the category total, reserve included, as without the role
    target = (
        "targets:\n  - {id: kl40, source: KL 40, category: CBCC, base_year: 2025, deadline: 2026,"
        ' min_reduction: "5%"}\n'
    )
    with_role = load_text(RESERVED + target, "t.yaml")
    without = load_text(RESERVED.replace(" role: reserve,", "") + target, "t.yaml")
    assert with_role.targets[0].units == without.targets[0].units == ("cc",)
    assert with_role.units["dp"].role == "reserve" and without.units["dp"].role is None


def test_a_rise_of_posts_paid_from_own_revenue_is_known_by_the_mark() -> None:
    """eng-ownrev: the plan's mark (`funding: own-revenue`), not the unit's name, exempts
    posts paid from own revenue and their parts from LT103; unmarked, their rise is found."""
    plan = """lotrinh: 1
units:
  - {{id: nt, name: Khối A, category: VC, parts: [bv]{mark}, figures: {{2024: 600, 2025: 700}}}}
  - {{id: bv, name: Bệnh viện B, category: VC, figures: {{2024: 600, 2025: 700}}}}
"""
    marked = check_plan(load_text(plan.format(mark=", funding: own-revenue"), "t.yaml"))
    assert not [f for f in marked.findings if f.kind == "unexpected-increase"]
    plain = check_plan(load_text(plan.format(mark=""), "t.yaml"))
    assert {f.subject.unit for f in plain.findings if f.kind == "unexpected-increase"} == {
        "nt",
        "bv",
    }
