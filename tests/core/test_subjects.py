"""What each finding is about, as a type: a figure, a claim, a target, a sentence or a
suppression comment, never a kind's name prefix or units joined by commas (issue 14)."""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from lotrinh.core import check_plan
from lotrinh.excel.layout import FINDINGS
from lotrinh.excel.write import workbook_bytes
from lotrinh.findings.finding import (
    ClaimSubject,
    CommentSubject,
    FigureSubject,
    Finding,
    SentenceSubject,
    Subject,
    TargetSubject,
    written_units,
)
from lotrinh.findings.kinds import KINDS
from lotrinh.loading import load_text
from lotrinh.model import Position
from tests.core.synthetic import YEARS, SyntheticPlan, consistent_plans
from tests.core.test_kinds import _check

SUBJECT_OF = {
    "sum-mismatch": FigureSubject,
    "implied-base-conflict": FigureSubject,
    "unexpected-increase": FigureSubject,
    "subset-exceeds-whole": FigureSubject,
    "claim-difference": ClaimSubject,
    "claim-base-year": ClaimSubject,
    "claim-self-reference": ClaimSubject,
    "claim-rate": ClaimSubject,
    "claim-value": ClaimSubject,
    "claim-unverifiable": ClaimSubject,
    "target-missed": TargetSubject,
    "target-unverifiable": TargetSubject,
    "statement-not-understood": SentenceSubject,
    "malformed-number": SentenceSubject,
    "suppression-without-reason": CommentSubject,
    "unused-suppression": CommentSubject,
}


def test_every_kind_has_its_subject_type() -> None:
    assert set(SUBJECT_OF) == set(KINDS)


@pytest.mark.parametrize("name", list(KINDS))
def test_a_kind_s_failing_example_is_about_its_subject(name: str) -> None:
    kind = KINDS[name]
    (finding,) = _check(kind, kind.failing, f"{name}-subject").findings
    assert isinstance(finding.subject, SUBJECT_OF[name])


def _finding(subject: Subject) -> Finding:
    return Finding("sum-mismatch", subject, 2024, Position(1, 1))


def test_units_claim_and_target_are_read_from_the_subject() -> None:
    on_figure = _finding(FigureSubject("tong", "tong-2024"))
    assert (on_figure.units, on_figure.claim, on_figure.target) == (("tong",), "tong-2024", None)
    on_claim = _finding(ClaimSubject("vc-2024.1", "vc"))
    assert (on_claim.units, on_claim.claim, on_claim.target) == (("vc",), "vc-2024.1", None)
    on_target = _finding(TargetSubject("kl40", ("dang-cbcc", "cq-cbcc")))
    assert (on_target.units, on_target.claim, on_target.target) == (
        ("dang-cbcc", "cq-cbcc"),
        None,
        "kl40",
    )
    assert _finding(SentenceSubject()).units == ()
    assert _finding(CommentSubject()).units == ()


def test_outputs_fixed_before_the_tuple_still_join_units_with_commas() -> None:
    on_target = _finding(TargetSubject("kl40", ("dang-cbcc", "cq-cbcc")))
    assert written_units(on_target) == "dang-cbcc,cq-cbcc"
    assert written_units(_finding(SentenceSubject())) == ""


def test_the_workbook_links_a_target_finding_to_its_target() -> None:
    """Fixed with the typed subject: the findings sheet looked the target up by the finding's
    claim, which a target finding never has, so its link column stayed empty."""
    result = check_plan(load_text(KINDS["target-missed"].failing, "t.yaml"))
    book = load_workbook(io.BytesIO(workbook_bytes(result)))
    sheet = book[FINDINGS[0]]
    assert sheet.cell(2, 3).value == "target-missed"
    assert sheet.cell(2, 9).hyperlink is not None
    assert sheet.cell(2, 9).value.startswith("Chỉ tiêu")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(consistent_plans(), st.data())
def test_any_slip_s_findings_are_about_what_their_kind_is_about(
    plan: SyntheticPlan, data: st.DataObject
) -> None:
    """Whatever a changed figure breaks, every finding's subject has its kind's type, its
    variant is one of its kind's, and a claim's finding names a claim of the plan, a
    target's finding a target of it."""
    unit = data.draw(st.sampled_from(sorted({u for u, _ in plan.figures})))
    year = data.draw(st.sampled_from(YEARS))
    old = plan.figures[(unit, year)]
    plan.figures[(unit, year)] = data.draw(st.integers(0, 2 * old + 500).filter(lambda v: v != old))
    result = check_plan(load_text(plan.to_yaml(), "slip.yaml"))
    claims = {claim.id for claim in result.plan.claims}
    targets = {target.id for target in result.plan.targets}
    for finding in result.findings:
        assert isinstance(finding.subject, SUBJECT_OF[finding.kind])
        assert finding.variant is None or finding.variant in KINDS[finding.kind].variants
        assert set(finding.units) <= set(result.plan.units)
        if isinstance(finding.subject, ClaimSubject):
            assert finding.claim in claims
        if isinstance(finding.subject, TargetSubject):
            assert finding.target in targets
