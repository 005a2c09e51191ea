"""Each claim of the text against the plan's own figures.

A change claim "giảm R so với năm Y" (with perhaps "tỷ lệ giảm r%") on unit U in year T is
right when V(Y) − V(T) = R and R / V(Y) rounds to r at the precision r was written with.
When it is wrong we look for what was meant, as a careful reviewer would: another base year
that makes it right, a one-digit typo, the rate taken over the wrong denominator, the range of
bases that would give the stated rate (the GRIM test).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from lotrinh.core.context import Context
from lotrinh.core.typos import typo_kind
from lotrinh.findings.finding import ClaimSubject, Finding, Hint, Param
from lotrinh.findings.kinds import (
    CLAIM_BASE_YEAR,
    CLAIM_DIFFERENCE,
    CLAIM_RATE,
    CLAIM_SELF_REFERENCE,
    CLAIM_UNVERIFIABLE,
    CLAIM_VALUE,
)
from lotrinh.model import Claim
from lotrinh.numbers import (
    bases_for_rate,
    percent,
    reductions_for_rate,
    round_fraction,
)

SHOWN_DECIMALS = 4
"""Computed rates are reported to four decimals: enough to see why a rounding fails."""
SHOWN_MATCHES = 5
"""Other units or figures named in one hint list at most: in a national roll-up hundreds of
units share a small reduction, and a list that long helps no reader (and costs the check
time in proportion to the plan for every wrong claim)."""


def check_claim(ctx: Context, claim: Claim) -> Finding | None:
    """The first thing wrong with one claim, or None."""
    return _value(ctx, claim) if not claim.is_change else _change(ctx, claim)


def _finding(
    ctx: Context,
    kind: str,
    claim: Claim,
    *,
    stated: int | Decimal | None = None,
    computed: int | Decimal | None = None,
    params: dict[str, Param] | None = None,
    hints: tuple[Hint, ...] = (),
    variant: str | None = None,
) -> Finding:
    base: dict[str, Param] = {
        "unit": ctx.label(claim.unit),
        "year": claim.year,
        "base_year": claim.base_year,
    }
    return Finding(
        kind=kind,
        subject=ClaimSubject(claim.id, claim.unit),
        year=claim.year,
        base_year=claim.base_year,
        position=claim.position,
        quote=claim.quote,
        stated=stated,
        computed=computed,
        params={**base, **(params or {})},
        hints=hints,
        variant=variant,
    )


def _value(ctx: Context, claim: Claim) -> Finding | None:
    figure = ctx.plan.figures.get((claim.unit, claim.year))
    if figure is None or figure.claim == claim.id or figure.value == claim.value:
        return None
    return _finding(
        ctx,
        CLAIM_VALUE,
        claim,
        stated=claim.value,
        computed=figure.value,
        params={"figure_line": figure.position.line},
    )


def _change(ctx: Context, claim: Claim) -> Finding | None:
    assert claim.base_year is not None
    if claim.base_year == claim.year:
        return _self_reference(ctx, claim)
    here = ctx.values.get(claim.unit, claim.year)
    there = ctx.values.get(claim.unit, claim.base_year)
    if here is None or there is None:
        return _unverifiable(ctx, claim, here, there)
    actual = there - here
    if claim.reduction is not None and claim.reduction != actual:
        return _wrong_reduction(ctx, claim, here, actual)
    if claim.rate is not None and not ctx.rate_ok(_sign(claim) * actual, there, claim.rate):
        return _wrong_rate(ctx, claim, here, there, actual)
    return None


def _sign(claim: Claim) -> int:
    """A rate is the size of the change in the direction the text states: "tăng 15 (tỷ lệ tăng
    10%)" from 150 is right, so an increase's rate is measured on the increase."""
    return -1 if claim.reduction is not None and claim.reduction < 0 else 1


def _self_reference(ctx: Context, claim: Claim) -> Finding:
    hints = [Hint("right-against", {"right_year": year}) for year in _years_giving(ctx, claim)]
    return _finding(
        ctx,
        CLAIM_SELF_REFERENCE,
        claim,
        stated=claim.reduction,
        hints=tuple(hints) or (Hint("no-year"),),
    )


def _years_giving(ctx: Context, claim: Claim) -> list[int]:
    """Other years against which the claim's reduction (and rate, if any) is exactly right."""
    here = ctx.values.get(claim.unit, claim.year)
    if here is None:
        return []
    years = []
    sign = _sign(claim)
    for year in ctx.years_of(claim.unit):
        there = ctx.values.get(claim.unit, year)
        if year in (claim.year, claim.base_year) or there is None:
            continue
        reduction_ok = claim.reduction is None or there - here == claim.reduction
        rate_ok = claim.rate is None or ctx.rate_ok(sign * (there - here), there, claim.rate)
        if reduction_ok and rate_ok and there != here:
            years.append(year)
    return years


def _wrong_reduction(ctx: Context, claim: Claim, here: int, actual: int) -> Finding:
    assert claim.reduction is not None and claim.base_year is not None
    right_years = _years_giving(ctx, claim)
    if right_years:
        return _finding(
            ctx,
            CLAIM_BASE_YEAR,
            claim,
            stated=claim.reduction,
            computed=actual,
            params={"right_year": right_years[0]},
            hints=tuple(Hint("right-against", {"right_year": y}) for y in right_years),
        )
    hints = [*steps_hint(claim), Hint("implies", {"implied": here + claim.reduction})]
    hints.extend(
        Hint("other-unit", {"other_unit": ctx.label(unit)}) for unit in _units_giving(ctx, claim)
    )
    # (a sum of steps is no number written: none of its digits was typed)
    typo = typo_kind(claim.reduction, actual) if not claim.steps else None
    if typo:
        hints.insert(0, Hint(f"typo-{typo}", {"computed": actual}))
    there = here + actual
    if claim.rate is not None:
        sign = _sign(claim)
        if ctx.rate_ok(sign * actual, there, claim.rate):
            hints.append(Hint("rate-fits-computed", {"rate": claim.rate.text}))
        elif ctx.rate_ok(sign * claim.reduction, there, claim.rate):
            hints.append(Hint("rate-fits-stated", {"rate": claim.rate.text}))
    return _finding(
        ctx, CLAIM_DIFFERENCE, claim, stated=claim.reduction, computed=actual, hints=tuple(hints)
    )


def steps_hint(claim: Claim | None) -> tuple[Hint, ...]:
    """What a change given in steps adds up to ("giảm 27, giảm 11, tăng 4" is giảm 34)."""
    if claim is None or not claim.steps:
        return ()
    return (Hint("steps", {"steps": list(claim.steps), "steps_change": claim.reduction}),)


def _units_giving(ctx: Context, claim: Claim) -> list[str]:
    """Other units whose own figures give exactly the stated reduction between the same years:
    a number copied from the neighbouring line."""
    assert claim.base_year is not None and claim.reduction is not None
    if ctx.brief:
        return []
    found = ctx.units_changing(claim.year, claim.base_year).get(claim.reduction, [])
    return [unit for unit in found[: SHOWN_MATCHES + 1] if unit != claim.unit][:SHOWN_MATCHES]


def _wrong_rate(ctx: Context, claim: Claim, here: int, there: int, actual: int) -> Finding:
    assert claim.rate is not None
    rate = claim.rate
    change = _sign(claim) * actual
    direction = "increase" if _sign(claim) < 0 else "reduction"
    if there == 0:
        return _finding(
            ctx,
            CLAIM_RATE,
            claim,
            stated=rate.percent,
            params={"rate": rate.text, "direction": direction},
            variant="zero-base",
        )
    exact = round_fraction(percent(change, there), SHOWN_DECIMALS)
    hints: list[Hint] = [
        Hint("right-against", {"right_year": y}) for y in _years_giving(ctx, claim)
    ]
    if ctx.rate_ok(change, here, rate):
        hints.append(Hint("denominator", {"value": here}))
    hints.extend(_bases_hints(ctx, claim, change))
    span = reductions_for_rate(there, rate, ctx.rounding)
    if span is not None:
        # One whole reduction alone is said as one ("đúng 56"), not as a range of one.
        which = "reduction" if span[0] == span[1] else "reductions"
        hints.append(Hint(which, {"low": span[0], "high": span[1], "rate": rate.text}))
    return _finding(
        ctx,
        CLAIM_RATE,
        claim,
        stated=rate.percent,
        computed=exact,
        params={
            "rate": rate.text,
            "exact": exact,
            "reduction": change,
            "base": there,
            "direction": direction,
        },
        hints=tuple(hints),
    )


def _bases_hints(ctx: Context, claim: Claim, reduction: int) -> Iterator[Hint]:
    """The whole bases that would give the stated rate, and any figure of the plan among them."""
    assert claim.rate is not None
    span = bases_for_rate(reduction, claim.rate, ctx.rounding)
    if span is None:
        yield Hint("no-base", {"reduction": reduction, "rate": claim.rate.text})
        return
    low, high = span
    if high is None:
        yield Hint("bases-from", {"low": low, "reduction": reduction, "rate": claim.rate.text})
    else:
        yield Hint(
            "bases", {"low": low, "high": high, "reduction": reduction, "rate": claim.rate.text}
        )
    if ctx.brief:
        return
    inside = ctx.cells_between(low, high, SHOWN_MATCHES + 1)
    others = [cell for cell in inside if cell[:2] != (claim.unit, claim.base_year)]
    for unit, year, value in others[:SHOWN_MATCHES]:
        yield Hint(
            "base-is-figure",
            {"value": value, "other_unit": ctx.label(unit), "other_year": year},
        )


def _unverifiable(
    ctx: Context, claim: Claim, here: int | None, there: int | None
) -> Finding | None:
    assert claim.base_year is not None
    if (claim.unit, claim.base_year) in ctx.values.conflicts:
        return None  # reported once, as the conflict itself
    if there is None and here is not None and claim.reduction is None and claim.rate is not None:
        return _finding(ctx, CLAIM_UNVERIFIABLE, claim, params={"missing": claim.base_year})
    if here is None:
        return _finding(ctx, CLAIM_UNVERIFIABLE, claim, params={"missing": claim.year})
    return None
