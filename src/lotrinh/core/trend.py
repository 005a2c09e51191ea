"""A reduction plan whose figure rises from one year to the next deserves a second look."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from lotrinh.core.context import Context
from lotrinh.findings.finding import Finding
from lotrinh.findings.kinds import UNEXPECTED_INCREASE


def check_trend(ctx: Context) -> Iterator[Finding]:
    """One finding per unit and pair of consecutive known years where the figure rises."""
    for unit in ctx.plan.units.values():
        for before, after in pairwise(ctx.years_of(unit.id)):
            old = ctx.values.get(unit.id, before)
            new = ctx.values.get(unit.id, after)
            assert old is not None and new is not None
            if new <= old or _stated(ctx, unit.id, before, after, new - old):
                continue
            claim = ctx.claim_for(unit.id, after)
            yield Finding(
                kind=UNEXPECTED_INCREASE,
                unit=unit.id,
                year=after,
                base_year=before,
                position=ctx.position_of(unit.id, after),
                stated=new,
                computed=old,
                quote=claim.quote if claim else None,
                claim=claim.id if claim else None,
                params={
                    "unit": ctx.label(unit.id),
                    "year": after,
                    "base_year": before,
                    "increase": new - old,
                },
            )


def _stated(ctx: Context, unit: str, before: int, after: int, increase: int) -> bool:
    """The text itself says the figure rises ("tăng 10 biên chế so với năm 2026 do thành lập
    trường mới"), or says so of each of its parts ("Tăng 54 ...", "Tăng 324 ..." under a
    total risen by 378): a rise the plan owns is not unexpected. A stated rise of another
    amount than the figures give is the claim's own finding (claim-difference), not a
    second one here."""
    changes = {
        claim.unit: -claim.reduction
        for claim in ctx.plan.claims
        if claim.year == after and claim.base_year == before and claim.reduction is not None
    }
    if changes.get(unit, 0) > 0:
        return True
    parts = ctx.plan.units[unit].parts
    return bool(parts) and all(changes.get(p, 0) > 0 for p in parts) and increase > 0
