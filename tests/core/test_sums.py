"""Parts add up to their total (core/sums.py), with the sums worked out by hand."""

from __future__ import annotations

from lotrinh.core.sums import check_sum
from lotrinh.findings.finding import FigureSubject
from lotrinh.model import Position
from tests.core.plans import HEAD, context

STATED = (
    HEAD + "  - {id: tong, name: Tổng, parts: [cbcc, vc], figures: {2023: 1.000, 2024: 950}}\n"
    "  - {id: cbcc, name: CBCC, figures: {2023: 300, 2024: 300}}\n"
    "  - {id: vc, name: VC, figures: {2023: 600, 2024: 650}}\n"
)


def test_parts_that_add_up_give_nothing() -> None:
    # 2024: 300 + 650 = 950
    assert check_sum(context(STATED), "tong", 2024) is None


def test_stated_parts_that_do_not_add_up_are_a_sum_mismatch() -> None:
    # 2023: 300 + 600 = 900, written 1.000
    finding = check_sum(context(STATED), "tong", 2023)
    assert finding is not None
    assert (finding.kind, finding.stated, finding.computed) == ("sum-mismatch", 1000, 900)
    assert finding.subject == FigureSubject("tong", None)
    line = STATED.splitlines()[2]
    assert finding.position == Position(3, line.index("1.000") + 1)  # the total's 2023 figure
    assert finding.params["parts"] == "CBCC, VC"
    assert finding.variant is None


def test_a_year_with_a_part_unknown_is_not_summed() -> None:
    text = STATED.replace("{2023: 300, 2024: 300}", "{2024: 300}")
    assert check_sum(context(text), "tong", 2023) is None


def test_a_sum_of_implied_figures_is_a_conflict_between_sentences() -> None:
    # 2022 from the sentences: CBCC 300 + 20 = 320, VC 600 + 50 = 650; 320 + 650 = 970
    # against a stated total of 1.000
    text = (
        HEAD + "  - {id: tong, name: Tổng, parts: [cbcc, vc], figures: {2022: 1.000, 2023: 900}}\n"
        "  - {id: cbcc, name: CBCC, figures: {2023: 300}}\n"
        "  - {id: vc, name: VC, figures: {2023: 600}}\n"
        "claims:\n"
        "  - {id: c, unit: cbcc, year: 2023, quote: qc,\n"
        "     changes: [{reduction: 20, base_year: 2022}]}\n"
        "  - {id: v, unit: vc, year: 2023, quote: qv,\n"
        "     changes: [{reduction: 50, base_year: 2022}]}\n"
    )
    finding = check_sum(context(text), "tong", 2022)
    assert finding is not None
    assert (finding.kind, finding.stated, finding.computed) == ("implied-base-conflict", 1000, 970)
    assert finding.variant == "sum"
