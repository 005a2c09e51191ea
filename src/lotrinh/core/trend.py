"""A reduction plan whose figure rises from one year to the next deserves a second look."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from lotrinh.core.context import Context
from lotrinh.findings.finding import FigureSubject, Finding
from lotrinh.findings.kinds import UNEXPECTED_INCREASE
from lotrinh.model import UnitRole


def check_unit_trend(ctx: Context, unit: str) -> Iterator[Finding]:
    """The rises of one unit. A subset ("trong đó có N giáo viên") may grow inside a whole
    that falls (teachers added to a shrinking sector): its rise is no slip of the plan. Nor
    is a reserve's, or its lines' (posts taken back from allocation into the reserve while
    the posts given fall); a reserve that makes its total rise is the total's finding. Nor is
    the rise of people paid from their bodies' own revenue, or of its lines (hospitals turning
    self-financing move their people there from the budget-paid posts the plan cuts; a
    budget-paid unit that rises is still found). A total that holds such posts among its
    parts (a hospital's approved number, budget-paid plus own-revenue posts) rises only if
    its budget-paid rest does: the own-revenue posts are not the plan's cut; a total whose
    own-revenue parts lack a year's figure cannot say where it rose and is left to its
    parts."""
    if (
        ctx.plan.units[unit].subset_of is not None
        or _in_reserve(ctx, unit)
        or _self_financed(ctx, unit)
    ):
        return
    for before, after in pairwise(ctx.years_of(unit)):
        old = ctx.values.get(unit, before)
        new = ctx.values.get(unit, after)
        assert old is not None and new is not None
        if new <= old or _stated(ctx, unit, before, after):
            continue
        own = _own_revenue_parts(ctx, unit)
        if own:
            own_old = _sum_of(ctx, own, before)
            own_new = _sum_of(ctx, own, after)
            if own_old is None or own_new is None or new - own_new <= old - own_old:
                continue
        claim = ctx.claim_for(unit, after)
        yield Finding(
            kind=UNEXPECTED_INCREASE,
            subject=FigureSubject(unit, claim.id if claim else None),
            year=after,
            base_year=before,
            position=ctx.position_of(unit, after),
            stated=new,
            computed=old,
            quote=claim.quote if claim else None,
            params={
                "unit": ctx.label(unit),
                "year": after,
                "base_year": before,
                "increase": new - old,
            },
        )


def _stated(ctx: Context, unit: str, before: int, after: int) -> bool:
    """The text itself says the figure rises ("tăng 10 biên chế so với năm 2026 do thành lập
    trường mới"), or says so of each of its parts ("Tăng 54 ...", "Tăng 324 ..." under a
    total risen by 378): a rise the plan owns is not unexpected. A stated rise of another
    amount than the figures give is the claim's own finding (claim-difference), not a
    second one here."""
    if (_stated_change(ctx, unit, before, after) or 0) > 0:
        return True
    parts = [_stated_change(ctx, part, before, after) for part in ctx.plan.units[unit].parts]
    return bool(parts) and all((change or 0) > 0 for change in parts)


def _stated_change(ctx: Context, unit: str, before: int, after: int) -> int | None:
    """The change a unit's text states from one year to the next (the last sentence that
    says it), positive for a rise; None when no sentence does."""
    found = None
    for claim in ctx.claims_on(unit):
        if claim.year == after and claim.base_year == before and claim.reduction is not None:
            found = -claim.reduction
    return found


def _in_reserve(ctx: Context, unit: str) -> bool:
    """The unit is a reserve or a part of one (the reserve's CBCC line)."""
    units = ctx.plan.units
    return any(units[each].role is UnitRole.RESERVE for each in _unit_and_wholes(ctx, unit))


def _unit_and_wholes(ctx: Context, unit: str) -> Iterator[str]:
    """The unit, then each unit it is a part of, up to the top."""
    units = ctx.plan.units
    passed: set[str] = set()  # a cycle is reported elsewhere; here it must not hang
    current: str | None = unit
    while current is not None and current not in passed:
        yield current
        passed.add(current)
        current = units[current].parent


def _self_financed(ctx: Context, unit: str) -> bool:
    """The unit, or a unit it is a part of, holds posts paid from its bodies' own revenue
    (marked so by the plan: `funding: own-revenue`)."""
    units = ctx.plan.units
    return any(units[each].own_revenue for each in _unit_and_wholes(ctx, unit))


def _own_revenue_parts(ctx: Context, unit: str) -> list[str]:
    """The units below a unit that hold posts paid from own revenue, the highest of each
    branch (their own parts are inside them)."""
    units = ctx.plan.units
    found: list[str] = []
    passed: set[str] = {unit}  # a cycle is reported elsewhere; here it must not hang
    stack = list(units[unit].parts)
    while stack:
        part = stack.pop()
        if part in passed or part not in units:
            continue
        passed.add(part)
        if units[part].own_revenue:
            found.append(part)
        else:
            stack.extend(units[part].parts)
    return found


def _sum_of(ctx: Context, parts: list[str], year: int) -> int | None:
    """The sum of the parts' figures of a year; None when one lacks it."""
    total = 0
    for part in parts:
        value = ctx.values.get(part, year)
        if value is None:
            return None
        total += value
    return total
