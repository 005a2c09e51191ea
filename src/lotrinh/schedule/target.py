"""A target read as the law reads it.

"Giảm tối thiểu 10% so với năm 2021" is a floor on the cut, in whole posts: 10% of 26.330 is
2.633 exactly, so at least 2.633 posts; 10% of 29.891 is 2.989,1, so at least 2.990, because
2.989 falls short even though 2.989/29.891 prints as "10,00%". The arithmetic is exact
(Fraction), and the rounding is always up.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from lotrinh.model import Rate
from lotrinh.numbers import Lang, format_count, minimum_reduction
from lotrinh.schedule.errors import ScheduleError


@dataclass(frozen=True)
class Requirement:
    """At the deadline, the unit must stand at least `min_cut` posts below its base value."""

    base_year: int
    base_value: int
    deadline: int
    min_cut: int
    """The fewest whole posts that satisfy the target."""
    exact_cut: Fraction
    """The cut as the target states it, before rounding up (rate × base, or posts as given)."""
    rate: Rate | None = None
    """The minimum rate, when the target is a percentage."""
    source: str | None = None
    """Where the target comes from (a target id of the plan), when it does."""

    @property
    def ceiling(self) -> int:
        """The highest value allowed at the deadline."""
        return self.base_value - self.min_cut

    def needed_from(self, value: int) -> int:
        """Posts still to cut from `value` to meet the target; zero when it is already met."""
        return max(0, value - self.ceiling)


def from_rate(
    base_year: int, base_value: int, rate: Rate, deadline: int, source: str | None = None
) -> Requirement:
    """At least `rate` below the base, rounded up to whole posts."""
    _check_base(base_value)
    if rate.percent > 100:
        raise ScheduleError(
            f"tỷ lệ giảm {rate.text} lớn hơn 100%: không thể giảm quá số biên chế hiện có",
            f"a reduction of {rate.text} is more than 100%: nothing can go below zero",
        )
    exact = Fraction(rate.percent) * base_value / 100
    return Requirement(
        base_year, base_value, deadline, minimum_reduction(base_value, rate), exact, rate, source
    )


def from_posts(base_year: int, base_value: int, posts: int, deadline: int) -> Requirement:
    """At least `posts` below the base."""
    _check_base(base_value)
    if posts > base_value:
        raise ScheduleError(
            f"mức giảm {format_count(posts)} lớn hơn số biên chế năm {base_year} "
            f"({format_count(base_value)})",
            f"a cut of {format_count(posts, Lang.EN)} is more than the {base_year} value "
            f"({format_count(base_value, Lang.EN)})",
        )
    return Requirement(base_year, base_value, deadline, posts, Fraction(posts))


def from_value(base_year: int, base_value: int, value: int, deadline: int) -> Requirement:
    """At most `value` at the deadline (a cut of base − value; negative if the base is lower)."""
    _check_base(base_value)
    cut = base_value - value
    return Requirement(base_year, base_value, deadline, cut, Fraction(cut))


def _check_base(base_value: int) -> None:
    if base_value <= 0:
        raise ScheduleError(
            "số biên chế năm gốc phải lớn hơn 0",
            "the base value must be greater than zero",
        )
