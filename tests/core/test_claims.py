"""Claims against the figures (core/claims.py), with expectations worked out by hand."""

from __future__ import annotations

import pytest

from lotrinh.core import check_plan
from lotrinh.core.claims import check_claim
from lotrinh.loading import load_text
from lotrinh.numbers import Lang, Rounding
from lotrinh.render.messages import message
from tests.core.plans import context

PLAN = """lotrinh: 1
units:
  - {{id: vc, name: VC, category: VC, figures: {{2023: 150, 2024: {after}}}}}
claims:
  - {{unit: vc, year: 2024, quote: q, changes: [{{{change}, base_year: 2023, rate: "{rate}"}}]}}
"""


def _kinds(after: int, change: str, rate: str, rounding: Rounding = Rounding.HALF_UP) -> list[str]:
    plan = load_text(PLAN.format(after=after, change=change, rate=rate), "t.yaml")
    return [f.kind for f in check_plan(plan, rounding=rounding).findings]


@pytest.mark.parametrize("rounding", list(Rounding))
def test_a_right_rate_on_an_increase_is_right_in_every_rounding_mode(rounding: Rounding) -> None:
    # 150 → 165: an increase of 15, 15/150 = exactly 10%.
    assert _kinds(165, "increase: 15", "10%", rounding) == []


@pytest.mark.parametrize("rounding", list(Rounding))
def test_a_right_rate_on_a_reduction_is_right_in_every_rounding_mode(rounding: Rounding) -> None:
    assert _kinds(135, "reduction: 15", "10%", rounding) == []


def test_a_wrong_rate_on_an_increase_is_reported_as_an_increase() -> None:
    # 150 → 165: 15/150 = 10%, not 12%.
    plan = load_text(PLAN.format(after=165, change="increase: 15", rate="12%"), "t.yaml")
    (finding,) = check_plan(plan).findings
    assert finding.kind == "claim-rate"
    assert finding.computed == 10
    assert "tỷ lệ tăng 12%" in message(finding, Lang.VI)
    assert "15/150 = 10%" in message(finding, Lang.VI)


def test_a_rate_stated_as_an_increase_for_a_reduction_is_still_a_wrong_difference() -> None:
    # 150 → 135 is a reduction of 15; "tăng 15" is wrong whatever the rate says.
    assert _kinds(135, "increase: 15", "10%") == ["claim-difference"]


ZERO = """lotrinh: 1
units:
  - {id: vc, name: VC, category: VC, figures: {2021: 0, 2026: 0}}
claims:
  - {unit: vc, year: 2026, quote: q, changes: [{reduction: 0, base_year: 2021, rate: "5%"}]}
targets:
  - {id: kl40, source: KL 40, category: VC, base_year: 2021, deadline: 2026, min_reduction: "10%"}
"""


def test_a_rate_and_a_target_against_a_zero_base_are_undefined_not_a_crash() -> None:
    result = check_plan(load_text(ZERO, "t.yaml"))
    rate, target = sorted(result.findings, key=lambda f: f.kind)
    assert (rate.kind, rate.variant) == ("claim-rate", "zero-base")
    assert "tỷ lệ không xác định" in message(rate, Lang.VI)
    assert (target.kind, target.variant) == ("target-unverifiable", "zero-base")
    assert [s.met for s in result.targets] == [None]


ONE_UNIT = (
    "lotrinh: 1\nunits:\n"
    "  - {id: dang, name: Đảng, figures: {2022: 1.288, 2023: 1.263, 2024: 1.247}}\n"
    "claims:\n  - {unit: dang, year: 2024, quote: q, CLAIM}\n"
)


def _claim_finding(claim: str) -> tuple[str, object, object, list[str]] | None:
    ctx = context(ONE_UNIT.replace("CLAIM", claim))
    finding = check_claim(ctx, ctx.plan.claims[0])
    if finding is None:
        return None
    return (finding.kind, finding.stated, finding.computed, [h.key for h in finding.hints])


def test_a_claim_the_figures_bear_out_gives_nothing() -> None:
    # 1.263 − 1.247 = 16, and 16/1.263 = 1,2668…% → 1,27%
    assert _claim_finding('changes: [{reduction: 16, base_year: 2023, rate: "1,27%"}]') is None
    assert _claim_finding("value: 1.247") is None


def test_a_value_the_table_contradicts() -> None:
    assert _claim_finding("value: 1.274") == ("claim-value", 1274, 1247, [])


def test_a_reduction_right_against_another_year_is_a_wrong_comparison_year() -> None:
    # against 2022: 1.288 − 1.247 = 41; 16 is 2023's reduction
    found = _claim_finding("changes: [{reduction: 16, base_year: 2022}]")
    assert found == ("claim-base-year", 16, 41, ["right-against"])


def test_a_reduction_no_year_gives_is_a_wrong_difference() -> None:
    # against 2023: 16; 61 is none of 16 (2023) and 41 (2022): the digits swapped
    found = _claim_finding("changes: [{reduction: 61, base_year: 2023}]")
    assert found == ("claim-difference", 61, 16, ["typo-transposition", "implies"])


def test_a_year_against_itself() -> None:
    found = _claim_finding("changes: [{reduction: 41, base_year: 2024}]")
    assert found == ("claim-self-reference", 41, None, ["right-against"])  # 41 is 2022's


def test_a_sentence_against_a_year_with_no_figure_cannot_be_checked() -> None:
    found = _claim_finding('changes: [{rate: "5%", base_year: 2021}]')
    assert found == ("claim-unverifiable", None, None, [])


HALF = (
    "lotrinh: 1\nunits:\n  - {id: a, name: A, figures: {2023: 8, 2024: 9}}\n"
    "claims:\n  - {unit: a, year: 2024, quote: q,\n"
    '     changes: [{increase: 1, base_year: 2023, rate: "R"}]}\n'
)


@pytest.mark.parametrize(
    ("rounding", "right", "wrong"),
    [
        # 8 → 9 is a rise of 1, 1/8 = 12,5% exactly: the half decides
        (Rounding.HALF_UP, "13%", "12%"),
        (Rounding.HALF_EVEN, "12%", "13%"),  # 12 is even
        (Rounding.DOWN, "12%", "13%"),
        (Rounding.UP, "13%", "12%"),
    ],
)
def test_a_rate_on_an_increase_is_rounded_as_the_author_rounds(
    rounding: Rounding, right: str, wrong: str
) -> None:
    def kinds(rate: str) -> list[str]:
        found = check_plan(load_text(HALF.replace("R", rate), "h.yaml"), rounding=rounding)
        return [f.kind for f in found.findings]

    assert kinds(right) == []
    assert kinds(wrong) == ["claim-rate"]
