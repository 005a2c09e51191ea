"""Slips of the pen (core/typos.py) and the causes the diagnosis names from them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lotrinh.core import check_plan
from lotrinh.loading import load_text


@pytest.mark.parametrize(
    ("written", "meant", "kind"),
    [
        (24424, 25424, "digit"),
        (1273, 1237, "transposition"),
        (26, 126, "dropped"),
        (1137, 11137, "dropped"),
        (11370, 1137, "added"),
        (1263, 1263, None),
        (1263, 1362, None),  # two digits apart, not neighbours
        (26, 1260, None),  # two digits dropped
        (5, 105, None),  # "05" is not how 5 is written
    ],
)
def test_kinds_of_slip(written: int, meant: int, kind: str | None) -> None:
    from lotrinh.core.typos import typo_kind

    assert typo_kind(written, meant) == kind


@given(st.integers(min_value=10, max_value=10**12), st.data())
def test_dropping_any_digit_is_a_dropped_digit_and_back_an_added_one(
    meant: int, data: st.DataObject
) -> None:
    from lotrinh.core.typos import typo_kind

    digits = str(meant)
    at = data.draw(st.integers(min_value=0, max_value=len(digits) - 1))
    shorter = digits[:at] + digits[at + 1 :]
    if shorter.startswith("0"):
        return  # not how a number is written
    assert typo_kind(int(shorter), meant) == "dropped"
    assert typo_kind(meant, int(shorter)) == "added"


PLAN = """lotrinh: 1
units:
  - {id: dang, name: Khối Đảng, parts: [cbcc, vc], figures: {2022: 1288, 2023: 1263}}
  - {id: cbcc, name: CBCC, category: CBCC, figures: {2022: 1159, 2023: 1137}}
  - {id: vc, name: VC, category: VC, figures: {2022: 129, 2023: 26}}
claims:
  - unit: vc
    year: 2023
    quote: "viên chức giảm 3 so với năm 2022"
    changes: [{reduction: 3, base_year: 2022}]
"""


def test_a_dropped_digit_is_named_as_the_cause_not_its_sibling() -> None:
    # 1.137 + 26 = 1.163 ≠ 1.263, and 129 − 26 = 103 ≠ 3: 126 clears both; 1.237 only the sum.
    result = check_plan(load_text(PLAN, "t.yaml"))
    assert sorted(f.kind for f in result.findings) == ["claim-difference", "sum-mismatch"]
    ((fix, explains),) = [(c.fix, c.explains) for c in result.causes]
    assert (fix.unit, fix.year, fix.old, fix.new, fix.how) == ("vc", 2023, 26, 126, "dropped")
    assert len(explains) == 2


def test_with_only_the_sum_two_single_slips_tie_and_none_is_named() -> None:
    # Without the claim, 26 → 126 and 1.137 → 1.237 each clear the one sum: say nothing.
    plan = PLAN.split("claims:")[0]
    result = check_plan(load_text(plan, "t.yaml"))
    assert [f.kind for f in result.findings] == ["sum-mismatch"]
    assert result.causes == ()
