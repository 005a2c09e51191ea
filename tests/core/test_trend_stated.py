"""A rise the text states, of the unit or of each of its parts, is no unexpected increase."""

from __future__ import annotations

from lotrinh.core import check_plan
from lotrinh.loading import load_text

PLAN = """lotrinh: 1
units:
  - {id: tong, name: Tổng, parts: [a, b], figures: {2021: 1.000, 2022: 1.030}}
  - {id: a, name: A, figures: {2021: 400, 2022: 410}}
  - {id: b, name: B, figures: {2021: 600, 2022: 620}}
claims:
  - {unit: a, year: 2022, quote: q, changes: [{increase: 10, base_year: 2021}]}
  - {unit: b, year: 2022, quote: q, changes: [{increase: B_RISE, base_year: 2021}]}
"""


def _kinds(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.kind, f.units) for f in check_plan(load_text(text, "plan.yaml")).findings]


def test_parts_stating_their_rise_own_the_total_s() -> None:
    assert _kinds(PLAN.replace("B_RISE", "20")) == []


def test_a_rise_stated_at_another_amount_is_one_finding_the_claim_s() -> None:
    """The text owns the rise; that it says 25 where the figures give 20 is one slip."""
    assert _kinds(PLAN.replace("B_RISE", "25")) == [("claim-difference", ("b",))]


def test_a_rise_no_text_states_is_unexpected() -> None:
    kinds = _kinds(PLAN.replace("increase: B_RISE", "reduction: 5"))
    assert ("unexpected-increase", ("tong",)) in kinds
    assert ("unexpected-increase", ("b",)) in kinds
