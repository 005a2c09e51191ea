"""Exact shares of a whole: the continuous answer that every rounding in this package rounds.

Both the yearly spread (a cap per year) and the split across units (a floor per unit, so a
most each unit can give) need the same thing first: shares proportional to weights, except
that no share may pass its bound. That is water-filling, computed here exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from lotrinh.numbers import Lang, format_count
from lotrinh.schedule.errors import ScheduleError


def check_room(total: int, weights: Sequence[Fraction], bounds: Sequence[int | None]) -> None:
    """Refuse a split that cannot be made: a negative total or weight (a bug), or more posts
    than the bounds of the weighted entries hold (ScheduleError, said to the user)."""
    if total < 0:
        raise ValueError("total must not be negative")
    if any(weight < 0 for weight in weights):
        raise ValueError("weights must not be negative")
    pairs = list(zip(weights, bounds, strict=True))
    room = sum(bound for weight, bound in pairs if weight > 0 and bound is not None)
    unbounded = any(weight > 0 and bound is None for weight, bound in pairs)
    if total > 0 and not unbounded and room < total:
        raise ScheduleError(
            f"không thể chia {format_count(total)} biên chế: tối đa chỉ {format_count(room)}",
            f"cannot share {format_count(total, Lang.EN)} posts: at most "
            f"{format_count(room, Lang.EN)} fit",
        )


def capped_quotas(
    total: int, weights: Sequence[Fraction], bounds: Sequence[int | None]
) -> list[Fraction]:
    """Shares of `total` proportional to `weights`, none above its bound, summing to `total`.

    Water-filling: a share that would pass its bound is held at the bound and the rest is
    shared again among the others, until no share passes. A zero weight takes nothing.
    Raises ScheduleError when the bounds of the weighted entries cannot hold `total`.
    """
    check_room(total, weights, bounds)
    held: dict[int, Fraction] = {}
    while True:
        free = [i for i, weight in enumerate(weights) if weight > 0 and i not in held]
        left = total - sum(held.values(), Fraction(0))
        weight_left = sum((weights[i] for i in free), Fraction(0))
        level = left / weight_left if weight_left else Fraction(0)
        over = [i for i in free if (b := bounds[i]) is not None and level * weights[i] > b]
        if not over:
            break
        for i in over:
            held[i] = Fraction(bounds[i] or 0)
    return [
        held[i] if i in held else (level * weight if weight > 0 else Fraction(0))
        for i, weight in enumerate(weights)
    ]
