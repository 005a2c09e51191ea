"""A subset is never more than its whole (core/subsets.py), the bounds worked out by hand."""

from __future__ import annotations

from lotrinh.core.check import check_plan
from lotrinh.core.subsets import check_subset
from lotrinh.findings.finding import FigureSubject
from lotrinh.model import Position
from tests.core.plans import HEAD, context, plan

PLAN = (
    HEAD + "  - {id: vc, name: VC, category: VC, figures: {2021: 1.642, 2026: 1.477}}\n"
    "  - {id: gv, name: Giáo viên, category: VC, subset_of: vc,"
    " figures: {2021: 1.488, 2026: 1.502}}\n"
)


def test_a_subset_within_its_whole_gives_nothing() -> None:
    # 2021: 1.488 ≤ 1.642
    assert check_subset(context(PLAN), "gv", 2021) is None


def test_a_subset_above_its_whole_is_a_finding_at_the_subset() -> None:
    # 2026: 1.502 > 1.477
    finding = check_subset(context(PLAN), "gv", 2026)
    assert finding is not None
    assert (finding.kind, finding.stated, finding.computed) == ("subset-exceeds-whole", 1502, 1477)
    assert finding.subject == FigureSubject("gv", None)
    line = PLAN.splitlines()[3]
    assert finding.position == Position(4, line.index("1.502") + 1)
    assert finding.params["whole"] == "VC"


def test_a_subset_equal_to_its_whole_is_not_more() -> None:
    text = PLAN.replace("2026: 1.502", "2026: 1.477")
    assert check_subset(context(text), "gv", 2026) is None


def test_a_year_the_whole_lacks_is_not_compared() -> None:
    text = PLAN.replace("{2021: 1.642, 2026: 1.477}", "{2021: 1.642}")
    assert check_subset(context(text), "gv", 2026) is None


def test_a_whole_only_implied_is_not_compared() -> None:
    # 2026 of vc is 1.642 − 200 = 1.442 by the claim, below 1.502, but not stated: a derived
    # figure's disagreement is a claim's or a sum's to report
    text = (
        HEAD + "  - {id: vc, name: VC, category: VC, figures: {2021: 1.642}}\n"
        "  - {id: gv, name: Giáo viên, category: VC, subset_of: vc, figures: {2026: 1.502}}\n"
        "claims:\n"
        "  - {unit: vc, year: 2026, quote: q, changes: [{reduction: 200, base_year: 2021}]}\n"
    )
    assert check_subset(context(text), "gv", 2026) is None


def test_a_unit_that_is_no_subset_is_not_checked() -> None:
    assert check_subset(context(PLAN), "vc", 2026) is None


def test_a_subset_is_left_out_of_its_category_target() -> None:
    # KL 40 VC on the outermost VC units: vc alone (1.642 → 1.477, −165 of a least 165 = 10%
    # of 1.642 rounded up), never vc + gv
    text = PLAN + (
        "targets:\n"
        "  - {id: kl40, source: KL40, category: VC, base_year: 2021, deadline: 2026,"
        ' min_reduction: "10%"}\n'
    )
    loaded = plan(text)
    assert loaded.targets[0].units == ("vc",)
    assert [f.kind for f in check_plan(loaded).findings] == ["subset-exceeds-whole"]
