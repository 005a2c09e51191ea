"""Every check, in the order a reviewer reads a plan (sums and subsets, baselines, claims,
trend, law), each finding with the scope it was found in: the total and year, the conflicting
cell, the claim, the unit, the target. Diagnosis re-runs only the scopes a corrected figure
touches."""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from typing import NamedTuple

from lotrinh.core.claims import check_claim
from lotrinh.core.conflicts import check_conflict
from lotrinh.core.context import Context
from lotrinh.core.subsets import check_subset
from lotrinh.core.sums import check_sum
from lotrinh.core.targets import TargetStatus, check_target
from lotrinh.core.trend import check_unit_trend
from lotrinh.findings.finding import Finding
from lotrinh.findings.kinds import KINDS
from lotrinh.model import Position


class Check(StrEnum):
    """The checks, one per kind of scope."""

    SUM = "sum"  # a total and year
    SUBSET = "subset"  # a subset and year
    CONFLICT = "conflict"  # a cell whose implications disagree
    CLAIM = "claim"  # a claim, by index
    TREND = "trend"  # a unit
    TARGET = "target"  # a target, by index


class Scope(NamedTuple):
    """What a finding is about: the check, then a cell, a unit, or an index (`item`) into
    the plan's claims or targets (-1 where it does not apply)."""

    check: Check
    unit: str = ""
    year: int = 0
    item: int = -1


def scoped_findings(ctx: Context, statuses: list[TargetStatus]) -> Iterator[tuple[Scope, Finding]]:
    """Every finding with its scope, in reading order."""
    for unit in ctx.plan.units.values():
        if unit.parts:
            for year in ctx.years_of(unit.id):
                yield from _one(Scope(Check.SUM, unit.id, year), check_sum(ctx, unit.id, year))
        if unit.subset_of is not None:
            for year in ctx.years_of(unit.id):
                scope = Scope(Check.SUBSET, unit.id, year)
                yield from _one(scope, check_subset(ctx, unit.id, year))
    for unit_id, year in ctx.values.conflicts:
        yield from _one(Scope(Check.CONFLICT, unit_id, year), check_conflict(ctx, (unit_id, year)))
    for index, claim in enumerate(ctx.plan.claims):
        yield from _one(Scope(Check.CLAIM, claim.unit, item=index), check_claim(ctx, claim))
    for unit_id in ctx.plan.units:
        for finding in check_unit_trend(ctx, unit_id):
            yield Scope(Check.TREND, unit_id), finding
    for index, status in enumerate(statuses):
        yield from _one(Scope(Check.TARGET, item=index), check_target(ctx, status))


def find_all(ctx: Context, statuses: list[TargetStatus]) -> list[Finding]:
    """Every finding, in reading order."""
    return [finding for _, finding in scoped_findings(ctx, statuses)]


def sort_findings(findings: list[Finding]) -> tuple[Finding, ...]:
    """Worst first, then in file order."""
    return tuple(sorted(findings, key=reading_order))


def reading_order(finding: Finding) -> tuple[int, Position]:
    """Where a finding comes in the report: worst first, then in file order."""
    return (-KINDS[finding.kind].severity.rank, finding.position)


def _one(scope: Scope, finding: Finding | None) -> Iterator[tuple[Scope, Finding]]:
    if finding is not None:
        yield scope, finding
