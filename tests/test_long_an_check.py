"""`lotrinh check` on the bundled Long An plan: every slip of the seed document is found with
the right kind, unit, year and position, and no consistent statement is flagged."""

from __future__ import annotations

from lotrinh.core import check_plan
from lotrinh.findings.finding import ClaimSubject
from lotrinh.loading import load_plan
from tests.conftest import LONG_AN

# The slips a careful reader finds in sections 1 and 2 of Kế hoạch 123-KH/TU, worked out by
# hand from the document (see the plan file's comments); the check must find them by itself.
EXPECTED = {
    ("target-missed", ("cq-vc",), 2025, 2021, None),  # NQ 19: only 6,72% below 2021 by 2025
    ("sum-mismatch", ("chinh-quyen",), 2023, None, "chinh-quyen-2023"),  # 2.273 + 24.424 ≠ 27.697
    ("claim-rate", ("chinh-quyen",), 2023, 2022, "chinh-quyen-2023.1"),  # 455/28.152 is 1,62%
    ("claim-base-year", ("dang",), 2024, 2022, "dang-2024.2"),  # 16 is against 2023
    ("claim-difference", ("cq-cbcc",), 2024, 2023, "cq-cbcc-2024.1"),  # 15, figures give 23
    ("claim-self-reference", ("cq-vc",), 2024, 2024, "cq-vc-2024.1"),  # 2024 against 2024
    ("claim-base-year", ("dang",), 2025, 2022, "dang-2025.2"),  # 44 is against 2023
    ("claim-difference", ("cq-cbcc",), 2025, 2024, "cq-cbcc-2025.1"),  # 15, figures give 23
    ("claim-base-year", ("dang",), 2026, 2022, "dang-2026.2"),  # 70 is against 2023
    ("claim-difference", ("cq-cbcc",), 2026, 2025, "cq-cbcc-2026.1"),  # 20, figures give 46
    # parts ≠ 28.152: on the VC sentence that implies VC 2022 from the 24.424 slip
    ("implied-base-conflict", ("chinh-quyen",), 2022, None, "cq-vc-2023.1"),
    ("unexpected-increase", ("cq-vc",), 2024, 2023, "cq-vc-2023"),  # 24.424 → 24.992, on 24.424
    ("target-unverifiable", ("dang-cbcc", "cq-cbcc"), 2026, 2021, None),  # no 2021 CBCC figure
}


def test_every_slip_is_found_and_nothing_else() -> None:
    result = check_plan(load_plan(LONG_AN))
    found = {(f.kind, f.units, f.year, f.base_year, f.claim) for f in result.findings}
    assert found == EXPECTED


def test_positions_point_at_the_claim_or_figure() -> None:
    plan = load_plan(LONG_AN)
    result = check_plan(plan)
    lines = LONG_AN.read_text(encoding="utf-8").splitlines()
    claims = {claim.id: claim for claim in plan.claims}
    for finding in result.findings:
        if finding.claim is None:
            continue
        claim = claims[finding.claim]
        assert finding.quote == claim.quote
        line = lines[finding.position.line - 1]
        if claim.is_change:
            assert f"base_year: {claim.base_year}" in line, (finding.kind, line)
        else:
            assert line.strip().startswith("value:"), (finding.kind, line)


def test_the_mistyped_figure_is_named_as_the_cause() -> None:
    result = check_plan(load_plan(LONG_AN))
    assert len(result.causes) == 1
    fix = result.causes[0].fix
    assert (fix.unit, fix.year, fix.old, fix.new, fix.how) == ("cq-vc", 2023, 24424, 25424, "digit")
    explained = {result.findings[i].kind for i in result.causes[0].explains}
    assert explained == {"sum-mismatch", "implied-base-conflict", "unexpected-increase"}


def test_consistent_claims_are_counted() -> None:
    result = check_plan(load_plan(LONG_AN))
    flagged = {f.claim for f in result.findings if isinstance(f.subject, ClaimSubject)}
    assert result.claims_checked == len(result.plan.claims)
    assert result.claims_consistent == len(result.plan.claims) - len(flagged)


def test_baselines_are_derived_not_invented() -> None:
    result = check_plan(load_plan(LONG_AN))
    assert result.values.get("cq-vc", 2021) == 26330  # 24.992 + 1.338 = 24.560 + 1.770
    assert result.values.get("dang", 2022) == 1288  # 1.263 + 25, not the 2023 figure
    assert result.values.get("tong", 2022) == 29440
    assert not result.values.is_stated("cq-vc", 2021)


def test_with_the_fix_the_self_reference_names_the_year_meant() -> None:
    result = check_plan(load_plan(LONG_AN))
    (clarification,) = result.causes[0].clarifies
    finding = result.findings[clarification.finding]
    assert (finding.kind, finding.claim) == ("claim-self-reference", "cq-vc-2024.1")
    assert [h.params["right_year"] for h in clarification.hints] == [2023]
    # Without the fix the figures give no year at all for "giảm 432".
    assert [h.key for h in finding.hints] == ["no-year"]
