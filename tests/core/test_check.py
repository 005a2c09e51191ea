"""The check as a whole (core/check.py): claim counts, causes, and findings set aside with
the causes' indices following them."""

from __future__ import annotations

from lotrinh.core.check import check_plan, refiltered
from tests.core.plans import HEAD, plan

# Chính quyền 2023 written 27.697 = 2.273 + 24.424; VC 2023 should be 25.424, as the text's
# "giảm 432" from it to 24.992 says. Three sentences: two right, one unverifiable (no 2021).
TEXT = (
    HEAD + "  - {id: cq, name: CQ, parts: [cbcc, vc], figures: {2023: 27.697, 2024: 27.242}}\n"
    "  - {id: cbcc, name: CBCC, figures: {2023: 2.273, 2024: 2.250}}\n"
    "  - {id: vc, name: VC, figures: {2023: 24.424, 2024: 24.992}}\n"
    "claims:\n"
    "  - {id: a, unit: cbcc, year: 2024, quote: a, changes: [{reduction: 23, base_year: 2023}]}\n"
    "  - {id: b, unit: vc, year: 2024, quote: b, changes: [{reduction: 432, base_year: 2023}]}\n"
    '  - {id: c, unit: vc, year: 2024, quote: c, changes: [{rate: "5%", base_year: 2021}]}\n'
)


def test_a_consistent_plan_has_no_finding_and_every_claim_consistent() -> None:
    fixed = TEXT.replace("24.424", "25.424")
    # with VC 25.424: 2.273 + 25.424 = 27.697 and 25.424 − 24.992 = 432, no rise
    result = check_plan(plan(fixed))
    assert [f.kind for f in result.findings] == ["claim-unverifiable"]
    assert (result.claims_checked, result.claims_consistent) == (2, 2)


def test_one_slip_one_cause_explaining_every_finding_it_makes() -> None:
    result = check_plan(plan(TEXT))
    # 2.273 + 24.424 = 26.697 ≠ 27.697; 24.424 − 24.992 = −568 ≠ 432; 24.424 → 24.992 a rise
    assert sorted(f.kind for f in result.findings) == [
        "claim-difference",
        "claim-unverifiable",
        "sum-mismatch",
        "unexpected-increase",
    ]
    (cause,) = result.causes
    assert (cause.fix.unit, cause.fix.year, cause.fix.old, cause.fix.new, cause.fix.how) == (
        "vc",
        2023,
        24424,
        25424,
        "digit",
    )
    explained = sorted(result.findings[i].kind for i in cause.explains)
    assert explained == ["claim-difference", "sum-mismatch", "unexpected-increase"]
    # the unverifiable claim is not counted checked; b is questioned, a is consistent
    assert (result.claims_checked, result.claims_consistent) == (2, 1)


def test_without_diagnosis_no_cause_is_looked_for() -> None:
    assert check_plan(plan(TEXT), diagnose=False).causes == ()


def test_setting_findings_aside_renumbers_the_causes() -> None:
    result = check_plan(plan(TEXT))
    kept = refiltered(result, lambda f: f.kind != "sum-mismatch")
    (cause,) = kept.causes
    assert sorted(kept.findings[i].kind for i in cause.explains) == [
        "claim-difference",
        "unexpected-increase",
    ]
    none_left = refiltered(result, lambda f: f.kind == "claim-unverifiable")
    assert none_left.causes == ()  # a slip that explains nothing left is nobody's concern
