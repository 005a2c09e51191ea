"""Laying a total cut over years in whole posts, exactly.

Each year first gets its exact share (proportional to the year's weight, never above the cap
when one is set), then the shares are rounded *cumulatively*: the running total after year k
is the exact running total rounded half up, and a year's cut is the difference of two running
totals. So every year's cut is the floor or the ceiling of its exact share, the cuts add up to
the total exactly, and no rounding error piles up in the last year.

Example (even, 1.295 posts over 2025–2026): exact shares 647,5 and 647,5; running totals
647,5 → 648 and 1.295 → 1.295; cuts 648 and 647.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from fractions import Fraction
from math import floor
from typing import assert_never

from lotrinh.numbers import Lang, format_count
from lotrinh.schedule.errors import ScheduleError
from lotrinh.schedule.quota import capped_quotas


class Spread(StrEnum):
    """How a total is laid over the years."""

    EVEN = "even"
    """The same share every year."""
    FRONT = "front"
    """Linearly decreasing: with n years, weights n, n−1, …, 1."""
    BACK = "back"
    """Linearly increasing: weights 1, 2, …, n."""
    WEIGHTS = "weights"
    """Weights given per year (e.g. 3:2:1)."""


def year_weights(
    method: Spread, count: int, weights: Sequence[Fraction] | None = None
) -> list[Fraction]:
    """The weight of each of `count` consecutive years under `method`."""
    if method is Spread.EVEN:
        return [Fraction(1)] * count
    if method is Spread.FRONT:
        return [Fraction(count - k) for k in range(count)]
    if method is Spread.BACK:
        return [Fraction(k + 1) for k in range(count)]
    if method is Spread.WEIGHTS:
        if weights is None or len(weights) != count:
            given = 0 if weights is None else len(weights)
            raise ScheduleError(
                f"cần đúng {count} trọng số (một cho mỗi năm), nhận được {given}",
                f"expected exactly {count} weights (one per year), got {given}",
            )
        if any(weight < 0 for weight in weights) or not any(weights):
            raise ScheduleError(
                "trọng số phải không âm và không được đều bằng 0",
                "weights must not be negative nor all zero",
            )
        return list(weights)
    assert_never(method)


def cumulative_round(quotas: Sequence[Fraction]) -> list[int]:
    """Whole numbers, each the floor or ceiling of its quota, whose running totals are the
    running totals of the quotas rounded half up (so the grand total is kept when whole)."""
    cuts: list[int] = []
    running = Fraction(0)
    rounded_before = 0
    for quota in quotas:
        running += quota
        rounded = floor(running + Fraction(1, 2))
        cuts.append(rounded - rounded_before)
        rounded_before = rounded
    return cuts


def spread(
    total: int,
    count: int,
    method: Spread = Spread.EVEN,
    weights: Sequence[Fraction] | None = None,
    cap: int | None = None,
) -> list[int]:
    """Cut `total` posts over `count` years: whole, non-negative, each at most `cap`."""
    if count <= 0:
        return spread_weighted(total, [], cap)
    return spread_weighted(total, year_weights(method, count, weights), cap)


def spread_weighted(total: int, weights: Sequence[Fraction], cap: int | None = None) -> list[int]:
    """Cut `total` posts over years of the given weights: whole, non-negative, each at most
    `cap`, each the floor or ceiling of its exact (capped) share."""
    if total < 0:
        raise ValueError("total must not be negative")
    if total == 0:
        return [0] * len(weights)
    years = sum(1 for weight in weights if weight > 0)
    if years == 0:
        raise ScheduleError(
            f"không còn năm nào (có trọng số khác 0) để giảm {format_count(total)} biên chế",
            f"no year (of non-zero weight) is left to cut {format_count(total, Lang.EN)} posts in",
        )
    if cap is not None and cap * years < total:
        raise ScheduleError(
            f"cần giảm {format_count(total)} biên chế trong {years} năm nhưng mỗi năm giảm tối "
            f"đa {format_count(cap)} (cả giai đoạn tối đa {format_count(cap * years)})",
            f"{format_count(total, Lang.EN)} posts must go in {years} years but at most "
            f"{format_count(cap, Lang.EN)} a year ({format_count(cap * years, Lang.EN)} in all)",
        )
    return cumulative_round(capped_quotas(total, weights, [cap] * len(weights)))
