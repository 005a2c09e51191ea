"""What a schedule is: frozen values that renderers read and nothing changes afterwards."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from lotrinh.numbers import percent
from lotrinh.schedule.target import Requirement


@dataclass(frozen=True)
class Step:
    """One year of a roadmap."""

    year: int
    value: int
    """Posts at the end of the year."""
    reduction: int
    """Posts cut during the year (value of the year before minus this one)."""
    cumulative: int
    """Posts cut since the start year."""
    kept: bool = False
    """The value was fixed by the plan or by --keep, not computed."""


@dataclass(frozen=True)
class PartSchedule:
    """The roadmap of one part of the unit, when the cut is split across parts."""

    id: str
    name: str
    start: int
    steps: tuple[Step, ...]
    label: str = ""
    """A short name for tables; the name when empty."""
    floor: int | None = None
    """No year may go below this value."""
    protected: bool = False
    """The part takes no cut at all."""
    quota: Fraction = Fraction(0)
    """Its exact share of the whole cut, before rounding."""

    @property
    def total(self) -> int:
        """Posts the part gives over the whole schedule."""
        return self.steps[-1].cumulative if self.steps else 0


@dataclass(frozen=True)
class Schedule:
    """A roadmap from the start year to the deadline that meets the requirement exactly."""

    unit: str
    name: str
    requirement: Requirement
    start_year: int
    start_value: int
    steps: tuple[Step, ...]
    parts: tuple[PartSchedule, ...] = ()
    spread: str = "even"
    split: str | None = None
    label: str = ""
    """A short name for tables; the name when empty."""

    @property
    def years(self) -> tuple[int, ...]:
        """The scheduled years, start excluded."""
        return tuple(step.year for step in self.steps)

    @property
    def final_value(self) -> int:
        """Posts at the deadline."""
        return self.steps[-1].value if self.steps else self.start_value

    @property
    def total_reduction(self) -> int:
        """Posts cut from the start year to the deadline."""
        return self.start_value - self.final_value

    @property
    def achieved_cut(self) -> int:
        """Posts below the base year at the deadline: what the target measures."""
        return self.requirement.base_value - self.final_value

    @property
    def achieved_rate(self) -> Fraction:
        """The exact percentage by which the deadline value is below the base."""
        return percent(self.achieved_cut, self.requirement.base_value)

    @property
    def overshoot(self) -> int:
        """Posts cut beyond the legal minimum (zero unless fixed years or the start forced it)."""
        return self.achieved_cut - self.requirement.min_cut
