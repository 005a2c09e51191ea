"""Cells whose implications disagree even after likely base-year slips are set aside."""

from __future__ import annotations

from lotrinh.core.context import Context
from lotrinh.core.values import Cell
from lotrinh.findings.finding import Finding
from lotrinh.findings.kinds import IMPLIED_BASE_CONFLICT


def check_conflict(ctx: Context, cell: Cell) -> Finding:
    """The finding about one cell whose implications disagree."""
    unit, year = cell
    conflict = ctx.values.conflicts[cell]
    distinct = sorted({item.value for item in conflict.evidence})
    claims = [ctx.claim(item.claim) for item in conflict.evidence if item.claim]
    last = max(claims, key=lambda claim: claim.position) if claims else None
    return Finding(
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
