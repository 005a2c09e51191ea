"""The likely cause (core/diagnose.py): one figure's correction that clears findings and
makes none, named only when it is the one the other figures and sentences agree on."""

from __future__ import annotations

from lotrinh.core import check_plan
from lotrinh.core.diagnose import key
from lotrinh.findings.finding import ClaimSubject, FigureSubject, Finding
from lotrinh.model import Position
from tests.core.plans import HEAD, plan

# Khối Đảng = CBCC + VC; VC falls 3 from 2022 to 2023 by the text
DANG = (
    HEAD + "  - {id: dang, name: Đảng, parts: [cbcc, vc], figures: {2022: 1.288, 2023: 1.263}}\n"
    "  - {id: cbcc, name: CBCC, figures: {2022: 1.159, 2023: 1.137}}\n"
    "  - {id: vc, name: VC, figures: {2022: 129, 2023: VC}}\n"
    "claims:\n"
    "  - {unit: vc, year: 2023, quote: q, changes: [{reduction: 3, base_year: 2022}]}\n"
)


def _cause(vc_2023: str) -> tuple[str, int, int, int, str, int]:
    result = check_plan(plan(DANG.replace("VC}", vc_2023 + "}")))
    (cause,) = result.causes
    fix = cause.fix
    return (fix.unit, fix.year, fix.old, fix.new, fix.how, len(cause.explains))


def test_an_added_digit_is_named_as_the_cause() -> None:
    # 1.137 + 1.126 = 2.263 ≠ 1.263, 129 − 1.126 = −997 ≠ 3, and 129 → 1.126 a rise:
    # 1.126 → 126 clears all three; 2.263 for the total would clear the sum only
    assert _cause("1.126") == ("vc", 2023, 1126, 126, "added", 3)


def test_a_dropped_digit_is_named_as_the_cause() -> None:
    # 1.137 + 16 = 1.153 ≠ 1.263 and 129 − 16 = 113 ≠ 3: 16 → 126 clears both
    assert _cause("16") == ("vc", 2023, 16, 126, "dropped", 2)


def test_a_swapped_pair_is_named_as_the_cause() -> None:
    # 1.137 + 162 = 1.299 ≠ 1.263, 129 − 162 = −33 ≠ 3, and 129 → 162 a rise: 162 → 126
    # clears all three
    assert _cause("162") == ("vc", 2023, 162, 126, "transposition", 3)


def test_no_cause_when_the_correction_is_not_one_slip() -> None:
    # 1.137 + 100 = 1.237, 26 short of 1.263; 129 − 100 = 29 ≠ 3. Each figure that would
    # clear one is two digits off what is written: VC 100 → 126, the total 1.263 → 1.237,
    # CBCC 1.137 → 1.163, VC 2022 129 → 103. No single slip explains them.
    result = check_plan(plan(DANG.replace("VC}", "100}")))
    assert result.findings and result.causes == ()


def test_findings_are_the_same_across_a_correction_by_kind_subject_and_years() -> None:
    here = Finding("claim-difference", ClaimSubject("c.1", "vc"), 2024, Position(3, 1), 2023)
    moved = Finding("claim-difference", ClaimSubject("c.1", "vc"), 2024, Position(9, 9), 2023)
    other = Finding("claim-difference", ClaimSubject("c.2", "vc"), 2024, Position(3, 1), 2023)
    assert key(here) == key(moved) != key(other)
    on_total = Finding("sum-mismatch", FigureSubject("dang", None), 2023, Position(3, 1))
    assert key(on_total) == ("sum-mismatch", FigureSubject("dang", None), 2023, None)
