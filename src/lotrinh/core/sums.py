"""Parts must add up to their total, every year: stated figures, and derived ones too.

A stated total that differs from its stated parts is a `sum-mismatch`. Where any of the
figures is derived, the disagreement is between what different sentences imply, so it is
reported as an `implied-base-conflict` on the total.
"""

from __future__ import annotations

from lotrinh.core.context import Context
from lotrinh.core.values import Origin
from lotrinh.findings.finding import FigureSubject, Finding
from lotrinh.findings.kinds import IMPLIED_BASE_CONFLICT, SUM_MISMATCH


def check_sum(ctx: Context, unit_id: str, year: int) -> Finding | None:
    """The finding about one total in one year, if its parts do not add up to it."""
    unit = ctx.plan.units[unit_id]
    total = ctx.values.cells.get((unit_id, year))
    parts = [ctx.values.cells.get((part, year)) for part in unit.parts]
    known = [part for part in parts if part is not None]
    if total is None or len(known) < len(parts) or sum(p.value for p in known) == total.value:
        return None
    all_stated = all(v.origin is Origin.STATED for v in (total, *known))
    claim = ctx.claim_for(unit_id, year)
    return Finding(
        kind=SUM_MISMATCH if all_stated else IMPLIED_BASE_CONFLICT,
        subject=FigureSubject(unit_id, claim.id if claim else None),
        year=year,
        position=ctx.position_of(unit_id, year),
        stated=total.value,
        computed=sum(p.value for p in known),
        quote=claim.quote if claim else None,
        params={
            "unit": ctx.label(unit_id),
            "year": year,
            "parts": ", ".join(ctx.label(part) for part in unit.parts),
        },
        variant=None if all_stated else "sum",
    )
