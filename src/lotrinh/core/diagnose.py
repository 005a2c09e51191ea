"""One slip, many symptoms: find the single-figure fixes that explain several findings.

A mistyped figure breaks a sum, makes a neighbouring claim look wrong and creates a rise
from one year to the next. For each sum that does not add up and each stated reduction that
is off, we try every figure that a one-digit change or a transposition would correct, re-run
the check on the corrected plan, and keep the fix that makes findings disappear without
creating any. The winner must be unique: where two fixes explain equally much, we say nothing
rather than guess.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from lotrinh.core.context import Context
from lotrinh.core.targets import target_statuses
from lotrinh.core.typos import typo_kind
from lotrinh.core.values import derive
from lotrinh.findings.finding import Cause, Clarification, FigureFix, Finding
from lotrinh.findings.kinds import CLAIM_DIFFERENCE, SUM_MISMATCH
from lotrinh.model import Plan
from lotrinh.numbers import Rounding

Key = tuple[str, str, int, int | None, str | None]


def key(finding: Finding) -> Key:
    """What makes two findings "the same" across a corrected and an uncorrected plan."""
    return (finding.kind, finding.unit, finding.year, finding.base_year, finding.claim)


def find_causes(plan: Plan, findings: tuple[Finding, ...], rounding: Rounding) -> tuple[Cause, ...]:
    """Causes that each explain at least one finding and create none, best first."""
    before = {key(finding): index for index, finding in enumerate(findings)}
    scored = []
    for fix in _candidates(plan, findings):
        after = _recheck(plan, fix, rounding)
        if after.keys() - before.keys():
            continue  # the fix would create a new problem: not what was meant
        explained = tuple(sorted(before[k] for k in before.keys() - after.keys()))
        if explained:
            scored.append(Cause(fix, explained, _clarified(findings, before, after)))
    return _unique_winners(scored)


def _clarified(
    findings: tuple[Finding, ...], before: dict[Key, int], after: dict[Key, Finding]
) -> tuple[Clarification, ...]:
    """Findings that remain but, with the fix, name the comparison year that was meant."""
    out = []
    for k, corrected in after.items():
        index = before[k]
        right = tuple(h for h in corrected.hints if h.key == "right-against")
        if right and right != tuple(h for h in findings[index].hints if h.key == "right-against"):
            out.append(Clarification(index, right))
    return tuple(out)


def _unique_winners(scored: list[Cause]) -> tuple[Cause, ...]:
    """For each finding, the fix that explains strictly the most; ties are left undecided."""
    winners: list[Cause] = []
    for cause in sorted(scored, key=lambda c: -len(c.explains)):
        rivals = [c for c in scored if c is not cause and set(c.explains) & set(cause.explains)]
        if any(len(r.explains) >= len(cause.explains) for r in rivals):
            continue
        if not any(set(w.explains) & set(cause.explains) for w in winners):
            winners.append(cause)
    return tuple(winners)


def _candidates(plan: Plan, findings: tuple[Finding, ...]) -> Iterator[FigureFix]:
    seen: set[tuple[str, int, int]] = set()
    for finding in findings:
        for unit, year, new in _proposals(plan, finding):
            figure = plan.figures.get((unit, year))
            if figure is None or (unit, year, new) in seen:
                continue
            how = typo_kind(figure.value, new)
            if how is None:
                continue
            seen.add((unit, year, new))
            yield FigureFix(unit, year, figure.value, new, figure.position, how)


def _proposals(plan: Plan, finding: Finding) -> Iterator[tuple[str, int, int]]:
    """(unit, year, value) corrections that would make this one finding go away."""
    if finding.kind == SUM_MISMATCH:
        assert isinstance(finding.stated, int) and isinstance(finding.computed, int)
        diff = finding.stated - finding.computed
        yield finding.unit, finding.year, finding.computed
        for part in plan.units[finding.unit].parts:
            figure = plan.figures.get((part, finding.year))
            if figure is not None:
                yield part, finding.year, figure.value + diff
    elif finding.kind == CLAIM_DIFFERENCE and finding.base_year is not None:
        assert isinstance(finding.stated, int) and isinstance(finding.computed, int)
        here = plan.figures.get((finding.unit, finding.year))
        there = plan.figures.get((finding.unit, finding.base_year))
        if here is not None:
            yield finding.unit, finding.base_year, here.value + finding.stated
        if there is not None:
            yield finding.unit, finding.year, there.value - finding.stated


def _recheck(plan: Plan, fix: FigureFix, rounding: Rounding) -> dict[Key, Finding]:
    from lotrinh.core.check import find_all  # the check module imports this one lazily

    figures = dict(plan.figures)
    figures[(fix.unit, fix.year)] = replace(figures[(fix.unit, fix.year)], value=fix.new)
    corrected = replace(plan, figures=figures)
    ctx = Context(corrected, derive(corrected), rounding)
    return {key(finding): finding for finding in find_all(ctx, target_statuses(ctx))}
