"""The check: a plan in, its derived figures and every finding out. Pure: no I/O, no output."""

from __future__ import annotations

from dataclasses import dataclass

from lotrinh.core.context import Context
from lotrinh.core.diagnose import find_causes, point_at_slips
from lotrinh.core.roadmap import Roadmap, build_roadmap
from lotrinh.core.rules import scoped_findings, sort_findings
from lotrinh.core.targets import TargetStatus, target_statuses
from lotrinh.core.values import Links, Values, derive
from lotrinh.findings.finding import Cause, Finding
from lotrinh.findings.kinds import CLAIM_UNVERIFIABLE
from lotrinh.model import Plan
from lotrinh.numbers import Rounding


@dataclass(frozen=True)
class CheckResult:
    """Everything the check worked out about one plan."""

    plan: Plan
    values: Values
    roadmap: Roadmap
    findings: tuple[Finding, ...]
    causes: tuple[Cause, ...]
    targets: tuple[TargetStatus, ...]
    claims_checked: int
    claims_consistent: int


def check_plan(
    plan: Plan,
    rounding: Rounding = Rounding.HALF_UP,
    diagnose: bool = True,
    reading: tuple[Finding, ...] = (),
) -> CheckResult:
    """Derive, check, and (unless asked not to) look for single slips that explain findings.

    `reading` holds what reading a document found before any figure was checked (sentences
    not understood, malformed numbers); they are findings of the plan like any other, but no
    figure's correction explains them."""
    links = Links(plan)
    ctx = Context(plan, derive(plan, links), rounding)
    statuses = target_statuses(ctx)
    scoped = list(scoped_findings(ctx, statuses))
    findings = sort_findings([*reading, *(finding for _, finding in scoped)])
    causes: tuple[Cause, ...] = ()
    if diagnose and findings:
        causes = find_causes(ctx, links, statuses, scoped, findings)
        findings, causes = point_at_slips(ctx, findings, causes)
    checked, consistent = _claim_counts(plan, findings, ctx.values)
    return CheckResult(
        plan,
        ctx.values,
        build_roadmap(plan, ctx.values),
        findings,
        causes,
        tuple(statuses),
        checked,
        consistent,
    )


def _claim_counts(plan: Plan, findings: tuple[Finding, ...], values: Values) -> tuple[int, int]:
    """Claims checked (all but those missing a figure), and those no finding questions: a
    claim is questioned by a claim finding on it, or by taking part in a conflict."""
    unverifiable = {f.claim for f in findings if f.kind == CLAIM_UNVERIFIABLE}
    flagged = {f.claim for f in findings if f.kind.startswith("claim-")} - unverifiable
    for conflict in values.conflicts.values():
        flagged.update(item.claim for item in conflict.evidence if item.claim)
    checked = [claim.id for claim in plan.claims if claim.id not in unverifiable]
    return len(checked), sum(1 for claim in checked if claim not in flagged)
