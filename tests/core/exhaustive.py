"""The diagnosis as it was first written, kept as the reference the fast one must equal: every
candidate fix re-derives and re-checks the whole corrected plan."""

from __future__ import annotations

from dataclasses import replace

from lotrinh.core.context import Context
from lotrinh.core.diagnose import Key, _candidates, _unique_winners, key, point_at_slips
from lotrinh.core.rules import find_all, sort_findings
from lotrinh.core.targets import target_statuses
from lotrinh.core.values import derive
from lotrinh.findings.finding import Cause, Clarification, FigureFix, Finding
from lotrinh.model import Plan
from lotrinh.numbers import Rounding


def exhaustive_causes(plan: Plan, rounding: Rounding = Rounding.HALF_UP) -> tuple[Cause, ...]:
    """Causes found by checking every corrected plan whole (with the findings they explain
    moved to the slip, as `check_plan` does)."""
    ctx = Context(plan, derive(plan), rounding)
    findings = sort_findings(find_all(ctx, target_statuses(ctx)))
    before = {key(finding): index for index, finding in enumerate(findings)}
    scored = []
    for fix in _candidates(plan, findings):
        after = _recheck(plan, fix, rounding)
        if after.keys() - before.keys():
            continue
        explained = tuple(sorted(before[k] for k in before.keys() - after.keys()))
        if explained:
            scored.append(Cause(fix, explained, _clarified(findings, before, after)))
    return point_at_slips(ctx, findings, _unique_winners(scored))[1]


def _clarified(
    findings: tuple[Finding, ...], before: dict[Key, int], after: dict[Key, Finding]
) -> tuple[Clarification, ...]:
    out = []
    for k, corrected in after.items():
        index = before[k]
        right = tuple(h for h in corrected.hints if h.key == "right-against")
        if right and right != tuple(h for h in findings[index].hints if h.key == "right-against"):
            out.append(Clarification(index, right))
    return tuple(out)


def _recheck(plan: Plan, fix: FigureFix, rounding: Rounding) -> dict[Key, Finding]:
    figures = dict(plan.figures)
    figures[(fix.unit, fix.year)] = replace(figures[(fix.unit, fix.year)], value=fix.new)
    corrected = replace(plan, figures=figures)
    ctx = Context(corrected, derive(corrected), rounding)
    return {key(finding): finding for finding in find_all(ctx, target_statuses(ctx))}
