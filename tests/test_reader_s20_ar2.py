"""Session 20, eng-ar2: forms and checks studied on blind set AR2 (central bodies after the
2025 restructuring). Each test is a pair: a form read (or checked) whole and its twin, one
change away, left unread or found otherwise."""

from __future__ import annotations

from lotrinh.core import check_plan
from lotrinh.extract import extract_plan, plan_from_result


def _kinds(text: str) -> set[tuple[str, int]]:
    """The findings of a text read and checked, as (kind, line)."""
    plan = plan_from_result(extract_plan(text, "doc.txt"), "doc.txt")
    return {
        (f.kind, f.position.line)
        for f in check_plan(plan).findings
        if f.position is not None and f.kind != "statement-not-understood"
    }


def test_a_total_risen_by_its_own_revenue_posts_is_no_unexpected_increase() -> None:
    """An approved number of people split by pay source, whose budget-paid posts fall and own-
    revenue posts rise: the total rises by the own-revenue posts only, which the plan does not
    cut (`core.trend`: a total's rise is its budget-paid rest's). Twin: the budget-paid posts
    rise too, and the total's rise is found (and the budget part's)."""
    text = (
        "Quyết định\n\nĐiều 1. Phê duyệt số lượng người làm việc năm 2025 của Bệnh viện A là "
        "{total} người, trong đó:\n"
        "- Hưởng lương từ ngân sách nhà nước: {budget} người (năm 2024: 402 người);\n"
        "- Hưởng lương từ nguồn thu sự nghiệp của Bệnh viện: {own} người (năm 2024: 1.006 "
        "người).\n"
    )
    fell = _kinds(text.format(total="1.420", budget="386", own="1.034"))
    assert not any(kind == "unexpected-increase" for kind, _ in fell)
    rose = _kinds(text.format(total="1.420", budget="410", own="1.010"))
    assert {line for kind, line in rose if kind == "unexpected-increase"} == {3, 4}
