"""Parts must add up to their total, every year: stated figures, and derived ones too.

A stated total that differs from its stated parts is a `sum-mismatch`. Where any of the
figures is derived, the disagreement is between what different sentences imply, so it is
reported as an `implied-base-conflict` on the total.
"""

from __future__ import annotations

from collections.abc import Iterator

from lotrinh.core.context import Context
from lotrinh.core.values import Origin
from lotrinh.findings.finding import Finding
from lotrinh.findings.kinds import IMPLIED_BASE_CONFLICT, SUM_MISMATCH


def check_sums(ctx: Context) -> Iterator[Finding]:
    """One finding per unit and year whose parts do not add up."""
    for unit in ctx.plan.units.values():
        if not unit.parts:
            continue
        for year in ctx.years_of(unit.id):
            total = ctx.values.cells[(unit.id, year)]
            parts = [ctx.values.cells.get((part, year)) for part in unit.parts]
            known = [part for part in parts if part is not None]
            if len(known) < len(parts) or sum(p.value for p in known) == total.value:
                continue
            all_stated = all(v.origin is Origin.STATED for v in (total, *known))
            claim = ctx.claim_for(unit.id, year)
            yield Finding(
                kind=SUM_MISMATCH if all_stated else IMPLIED_BASE_CONFLICT,
                unit=unit.id,
                year=year,
                position=ctx.position_of(unit.id, year),
                stated=total.value,
                computed=sum(p.value for p in known),
                quote=claim.quote if claim else None,
                claim=claim.id if claim else None,
                params={
                    "unit": ctx.label(unit.id),
                    "year": year,
                    "parts": ", ".join(ctx.label(part) for part in unit.parts),
                    "variant": None if all_stated else "sum",
                },
            )
