"""A count given inside a unit ("trong đó có 300 giáo viên") is some of it: never more.

A subset is no part (the rest is not named, so nothing adds up), so only the one bound holds,
and only between figures the text states: a derived figure's disagreement is another
finding's (a sum, a claim).
"""

from __future__ import annotations

from lotrinh.core.context import Context
from lotrinh.core.values import Origin
from lotrinh.findings.finding import FigureSubject, Finding
from lotrinh.findings.kinds import SUBSET_EXCEEDS_WHOLE


def check_subset(ctx: Context, unit_id: str, year: int) -> Finding | None:
    """The finding about one subset in one year, if it states more than its whole."""
    whole_id = ctx.plan.units[unit_id].subset_of
    if whole_id is None or whole_id not in ctx.plan.units:
        return None
    some = ctx.values.cells.get((unit_id, year))
    whole = ctx.values.cells.get((whole_id, year))
    if (
        some is None
        or whole is None
        or some.origin is not Origin.STATED
        or whole.origin is not Origin.STATED
        or some.value <= whole.value
    ):
        return None
    claim = ctx.claim_for(unit_id, year)
    return Finding(
        kind=SUBSET_EXCEEDS_WHOLE,
        subject=FigureSubject(unit_id, claim.id if claim else None),
        year=year,
        position=ctx.position_of(unit_id, year),
        stated=some.value,
        computed=whole.value,
        quote=claim.quote if claim else None,
        params={"unit": ctx.label(unit_id), "year": year, "whole": ctx.label(whole_id)},
    )
