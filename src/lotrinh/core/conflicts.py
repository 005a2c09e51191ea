"""Cells whose implications disagree even after likely base-year slips are set aside."""

from __future__ import annotations

from collections.abc import Iterator

from lotrinh.core.context import Context
from lotrinh.findings.finding import Finding
from lotrinh.findings.kinds import IMPLIED_BASE_CONFLICT


def check_conflicts(ctx: Context) -> Iterator[Finding]:
    """One finding per conflicting cell, at the last claim that takes part in it."""
    for (unit, year), conflict in ctx.values.conflicts.items():
        distinct = sorted({item.value for item in conflict.evidence})
        claims = [ctx.claim(item.claim) for item in conflict.evidence if item.claim]
        last = max(claims, key=lambda claim: claim.position) if claims else None
        yield Finding(
            kind=IMPLIED_BASE_CONFLICT,
            unit=unit,
            year=year,
            position=last.position if last else ctx.plan.units[unit].position,
            stated=distinct[0],
            computed=distinct[-1],
            quote=last.quote if last else None,
            claim=last.id if last else None,
            params={
                "unit": ctx.label(unit),
                "year": year,
                "values": distinct,
            },
        )
