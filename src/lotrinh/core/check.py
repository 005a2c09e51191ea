"""The check: a plan in, its derived figures and every finding out. Pure: no I/O, no output."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from lotrinh.core.context import Context
from lotrinh.core.diagnose import find_causes, point_at_slips
from lotrinh.core.roadmap import Roadmap, build_roadmap
from lotrinh.core.rules import reading_order, scoped_findings, sort_findings
from lotrinh.core.targets import TargetStatus, target_statuses
from lotrinh.core.values import Links, Values, derive
from lotrinh.findings.finding import Cause, ClaimSubject, Clarification, Finding, Suppressed
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
    suppressed: tuple[Suppressed, ...] = ()
    """Findings a suppression comment or the baseline set aside: counted, not reported."""


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
    about = [f.subject for f in findings if isinstance(f.subject, ClaimSubject)]
    unverifiable = {f.claim for f in findings if f.kind == CLAIM_UNVERIFIABLE}
    flagged = {subject.claim for subject in about} - unverifiable
    for conflict in values.conflicts.values():
        flagged.update(item.claim for item in conflict.evidence if item.claim)
    checked = [claim.id for claim in plan.claims if claim.id not in unverifiable]
    return len(checked), sum(1 for claim in checked if claim not in flagged)


def refiltered(
    result: CheckResult,
    keep: Callable[[Finding], bool],
    added: Sequence[Finding] = (),
    suppressed: Sequence[Suppressed] = (),
) -> CheckResult:
    """The result with only the findings `keep` accepts, plus `added` ones, sorted again.

    Causes and clarifications point at findings by index: they are renumbered, and a cause
    that no longer explains any finding is dropped (its slip is then nobody's concern).
    """
    kept = [i for i, finding in enumerate(result.findings) if keep(finding)]
    pool = [(result.findings[i], i) for i in kept] + [(f, -1) for f in added]
    pool.sort(key=lambda item: reading_order(item[0]))
    number = {old: new for new, (_, old) in enumerate(pool) if old >= 0}
    causes = []
    for cause in result.causes:
        explains = tuple(number[i] for i in cause.explains if i in number)
        if not explains:
            continue
        clarifies = tuple(
            Clarification(number[c.finding], c.hints)
            for c in cause.clarifies
            if c.finding in number
        )
        causes.append(replace(cause, explains=explains, clarifies=clarifies))
    return replace(
        result,
        findings=tuple(finding for finding, _ in pool),
        causes=tuple(causes),
        suppressed=(*result.suppressed, *suppressed),
    )
