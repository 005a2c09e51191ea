"""The note written beside what a finding is about (`note:` on a claim or on a figure of the
plan file: a reviewer's or author's remark), for the formats that show findings."""

from __future__ import annotations

from lotrinh.findings.finding import Finding
from lotrinh.model import Plan

_last: list[tuple[Plan, dict[str, str]]] = []
"""The claims' notes of the plan asked about last: renderers ask once per finding, and
indexing the claims each time would make a large plan's output quadratic."""


def note_of(finding: Finding, plan: Plan) -> str | None:
    """The note of the finding's claim, else of the figure it is about, if either has one."""
    if finding.claim is not None:
        return _claim_notes(plan).get(finding.claim)
    figure = plan.figures.get((finding.unit, finding.year))
    return None if figure is None else figure.note


def _claim_notes(plan: Plan) -> dict[str, str]:
    if not _last or _last[0][0] is not plan:
        notes = {claim.id: claim.note for claim in plan.claims if claim.note}
        _last[:] = [(plan, notes)]
    return _last[0][1]
