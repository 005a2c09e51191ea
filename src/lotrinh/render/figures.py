"""Figures as a person reads them in a table: the same texts in the text view's tables and
in the HTML report's, so that the two never disagree on a cell."""

from __future__ import annotations

from fractions import Fraction
from typing import NamedTuple

from lotrinh.core.targets import TargetStatus
from lotrinh.numbers import Lang, format_count, format_percent

RATE_DECIMALS = 2
"""A rate in a table is shown as plans write one ('5,08%'); JSON carries four decimals."""

MISSING = "—"
"""A figure the plan does not give (a target whose base or deadline is unknown)."""


def count(value: int | None, lang: Lang) -> str:
    """A count ('28.960'), or the dash for one the plan does not give."""
    return MISSING if value is None else format_count(value, lang)


def signed(value: int, lang: Lang) -> str:
    """A change with its sign: '+120', '-432', '0'."""
    return ("+" if value > 0 else "") + format_count(value, lang)


def rate(value: Fraction | None, lang: Lang) -> str:
    """A rate at `RATE_DECIMALS` ('5,08%'), or the dash."""
    return MISSING if value is None else format_percent(value, RATE_DECIMALS, lang)


class TargetFigures(NamedTuple):
    """A target's row: the base and the deadline as 'year: count', the cut needed, and the
    cut planned with its rate."""

    base: str
    deadline: str
    needed: str
    achieved: str


def target_figures(status: TargetStatus, lang: Lang) -> TargetFigures:
    """The texts of a target's row (see `TargetFigures`)."""
    target = status.target
    achieved = MISSING
    if status.achieved is not None and status.rate is not None:
        achieved = f"{format_count(status.achieved, lang)} ({rate(status.rate, lang)})"
    elif status.achieved is not None and status.stated is not None and status.stated.rate:
        # only the text's own cut and rate are known: shown as written
        achieved = f"{format_count(status.achieved, lang)} ({status.stated.rate.text})"
    return TargetFigures(
        base=f"{target.base_year}: {count(status.base, lang)}",
        deadline=f"{target.deadline}: {count(status.value, lang)}",
        needed=count(status.needed, lang),
        achieved=achieved,
    )
