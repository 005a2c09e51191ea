"""Policy targets, read as the law reads them.

"At least 10% below 2021" of 26.330 posts means at least 2.633 posts; of 29.891 it means at
least 2.990, because 2.989 is 9,9993%: it prints as "10,00%" and still falls short. A target
missed changes a legal conclusion, so it ranks `material`, above arithmetic errors.

A text may give the whole cut of a target's unit without either figure ("giai đoạn 2022 -
2026 giảm 9.736 biên chế, tương ứng 8,15% so với năm 2021"): any base that rate stands for
gives a cut below the minimum when even the rate's highest exact value is below it, so the
target is missed by the text's own account. The same stated rate at or above the minimum
proves nothing without the figures: the target stays unverifiable, never met.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction

from lotrinh.core.context import Context
from lotrinh.core.values import Origin, Values
from lotrinh.findings.finding import Finding, Hint, Param, TargetSubject
from lotrinh.findings.kinds import TARGET_MISSED, TARGET_UNVERIFIABLE
from lotrinh.model import Claim, Target
from lotrinh.numbers import minimum_reduction, percent, rate_interval, round_fraction

SHOWN_DECIMALS = 4
SHOWN_TO_READERS = 2
"""Plans print rates to two decimals: 9,9993% reads as "10,00%" and still misses 10%."""


@dataclass(frozen=True)
class TargetStatus:
    """How a plan stands against one target: None fields where figures are missing."""

    target: Target
    base: int | None
    value: int | None
    needed: int | None
    missing: tuple[tuple[str, int], ...]
    stated: Claim | None = None
    """With figures missing, the text's own cut from the base year to the deadline whose
    rate is below the minimum at any base (see the module's docstring)."""
    mixed: tuple[str, ...] = ()
    """Units the target's category lies in together with others, not given apart ("Tổng
    biên chế các cơ quan đảng, ..." for CBCC): their figures measure no category."""

    @property
    def achieved(self) -> int | None:
        """Posts cut from the base by the deadline (as the text states it, when only the
        stated cut is known)."""
        if self.base is None or self.value is None:
            return None if self.stated is None else self.stated.reduction
        return self.base - self.value

    @property
    def met(self) -> bool | None:
        """True, False, or None when it cannot be told (figures missing, or a base of 0 on
        which no rate is defined)."""
        if self.mixed:
            return None
        if self.base is None and self.stated is not None:
            return False
        if self.achieved is None or self.needed is None or self.base == 0:
            return None
        return self.achieved >= self.needed

    @property
    def rate(self) -> Fraction | None:
        """The exact percentage cut from the base by the deadline."""
        if self.achieved is None or not self.base:
            return None
        return percent(self.achieved, self.base)

    @property
    def limit(self) -> int | None:
        """The highest figure the target's units may have together at the deadline."""
        return None if self.base is None or self.needed is None else self.base - self.needed


def measured_figures(values: Values, target: Target) -> dict[int, tuple[int, Origin]]:
    """The figure a target measures, year by year: the sum of its units, in every year where
    each of them is known; derived when any term is."""
    years = sorted({year for unit, year in values.cells if unit in target.units})
    out: dict[int, tuple[int, Origin]] = {}
    for year in years:
        cells = [values.cells.get((unit, year)) for unit in target.units]
        known = [cell for cell in cells if cell is not None]
        if len(known) == len(cells):
            derived = any(cell.origin is Origin.DERIVED for cell in known)
            out[year] = (
                sum(cell.value for cell in known),
                Origin.DERIVED if derived else Origin.STATED,
            )
    return out


def target_statuses(ctx: Context) -> list[TargetStatus]:
    """Every target with the sums it is measured on."""
    return [_status(ctx, target) for target in ctx.plan.targets]


def _status(ctx: Context, target: Target) -> TargetStatus:
    mixed = tuple(
        unit
        for unit in target.units
        if target.category is not None and ctx.plan.units[unit].category is not target.category
    )
    if mixed:
        return TargetStatus(target, None, None, None, (), mixed=mixed)
    missing = tuple(
        (unit, year)
        for unit in target.units
        for year in (target.base_year, target.deadline)
        if ctx.values.get(unit, year) is None
    )
    if missing:
        return TargetStatus(target, None, None, None, missing, _stated_below(ctx, target))
    base = sum(ctx.values.get(unit, target.base_year) or 0 for unit in target.units)
    value = sum(ctx.values.get(unit, target.deadline) or 0 for unit in target.units)
    return TargetStatus(target, base, value, minimum_reduction(base, target.min_rate), ())


def _stated_below(ctx: Context, target: Target) -> Claim | None:
    """The claim stating the cut of the target's one unit from its base year to its deadline
    at a rate whose every exact value is below the minimum, when neither figure is known;
    None when there is none, or when another such claim's rate could reach the minimum (the
    text then says both)."""
    if len(target.units) != 1 or ctx.values.get(target.units[0], target.deadline) is not None:
        # a deadline figure known yet no base derived from it: the figures disagree with
        # the stated cut (a plan rescheduled since), which then proves nothing
        return None
    stated = [
        claim
        for claim in ctx.claims_on(target.units[0])
        if claim.year == target.deadline
        and claim.base_year == target.base_year
        and claim.reduction is not None
        and claim.rate is not None
    ]
    below = [
        claim
        for claim in stated
        if claim.rate is not None
        and rate_interval(claim.rate, ctx.rounding)[1] < Fraction(target.min_rate.percent)
    ]
    return below[0] if below and len(below) == len(stated) else None


def verdict(status: TargetStatus) -> str | None:
    """The kind of finding a target's status calls for, if any."""
    if status.base == 0 or status.met is None:
        return TARGET_UNVERIFIABLE
    return None if status.met else TARGET_MISSED


def check_target(ctx: Context, status: TargetStatus) -> Finding | None:
    """The finding about one target, if it is missed or cannot be decided."""
    if verdict(status) is None:
        return None
    target = status.target
    names = ", ".join(ctx.label(unit) for unit in target.units)
    params: dict[str, Param] = {
        "target": target.id,
        "source": target.source,
        "units": names,
        "rate": target.min_rate.text,
        "base_year": target.base_year,
        "deadline": target.deadline,
        "unit": names,
        "year": target.deadline,
    }
    if status.base == 0:
        return _finding(target, TARGET_UNVERIFIABLE, params, variant="zero-base")
    if status.mixed:
        category = target.category.value if target.category is not None else ""
        return _finding(
            target, TARGET_UNVERIFIABLE, {**params, "category": category}, variant="mixed"
        )
    if status.stated is not None and status.base is None:
        return _stated_missed(ctx, status, params)
    if status.met is None:
        cells = ", ".join(f"{ctx.label(u)} {y}" for u, y in status.missing)
        return _finding(
            target,
            TARGET_UNVERIFIABLE,
            {**params, "missing": cells},
            hints=_partial(ctx, target, status),
        )
    return _missed(target, status, params)


def _partial(ctx: Context, target: Target, status: TargetStatus) -> tuple[Hint, ...]:
    """What the units that have both figures give on their own: the law reads the whole
    category, so this decides nothing, but a reviewer wants to know how far the known part
    is from the rate ("Chính quyền - VC alone: 1.770/26.330 = 6,7224%, 2.633 needed")."""
    lacking = {unit for unit, _ in status.missing}
    known = [unit for unit in target.units if unit not in lacking]
    if not known:
        return ()
    base = sum(ctx.values.get(unit, target.base_year) or 0 for unit in known)
    value = sum(ctx.values.get(unit, target.deadline) or 0 for unit in known)
    if base <= 0:
        return ()
    achieved = base - value
    return (
        Hint(
            "partial",
            {
                "part": ", ".join(ctx.label(unit) for unit in known),
                "achieved": achieved,
                "base": base,
                "computed": round_fraction(percent(achieved, base), SHOWN_DECIMALS),
                "needed": minimum_reduction(base, target.min_rate),
            },
        ),
    )


def _stated_missed(ctx: Context, status: TargetStatus, params: dict[str, Param]) -> Finding:
    claim = status.stated
    assert claim is not None and claim.rate is not None and claim.reduction is not None
    cells = ", ".join(f"{ctx.label(u)} {y}" for u, y in status.missing)
    return replace(
        _finding(
            status.target,
            TARGET_MISSED,
            {
                **params,
                "achieved": claim.reduction,
                "stated_rate": claim.rate.text,
                "missing": cells,
            },
            stated=claim.rate.percent,
            variant="stated-rate",
        ),
        position=claim.position,
        quote=claim.quote,
    )


def _missed(target: Target, status: TargetStatus, params: dict[str, Param]) -> Finding:
    assert status.base is not None and status.achieved is not None and status.needed is not None
    exact = percent(status.achieved, status.base)
    hints = [
        Hint(
            "shortfall",
            {
                "needed": status.needed,
                "achieved": status.achieved,
                "short": status.needed - status.achieved,
            },
        )
    ]
    shown = round_fraction(exact, SHOWN_TO_READERS)
    if shown >= target.min_rate.percent:
        hints.insert(0, Hint("only-by-rounding", {"rate": target.min_rate.text, "shown": shown}))
    return _finding(
        target,
        TARGET_MISSED,
        {
            **params,
            "base": status.base,
            "value": status.value,
            "needed": status.needed,
            "achieved": status.achieved,
        },
        stated=target.min_rate.percent,
        computed=round_fraction(exact, SHOWN_DECIMALS),
        hints=tuple(hints),
    )


def _finding(
    target: Target,
    kind: str,
    params: dict[str, Param],
    *,
    stated: Decimal | None = None,
    computed: Decimal | None = None,
    hints: tuple[Hint, ...] = (),
    variant: str | None = None,
) -> Finding:
    return Finding(
        kind=kind,
        subject=TargetSubject(target.id, target.units),
        year=target.deadline,
        base_year=target.base_year,
        position=target.position,
        quote=target.quote,
        stated=stated,
        computed=computed,
        params=params,
        hints=hints,
        variant=variant,
    )
