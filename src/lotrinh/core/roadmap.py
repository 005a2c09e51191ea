"""The roadmap as derived figures: each unit's value per year, its change from the previous
known year, and its reduction and rate against every base year the plan measures from."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from lotrinh.core.values import Origin, Values
from lotrinh.model import Plan, YearKind
from lotrinh.numbers import percent


@dataclass(frozen=True, slots=True)
class Against:
    """Reduction of a cell against one base year, and the base it is measured on."""

    base_year: int
    reduction: int
    base: int

    @property
    def rate(self) -> Fraction:
        """The exact rate, worked out when shown: a large roll-up holds many of these."""
        return percent(self.reduction, self.base)


@dataclass(frozen=True, slots=True)
class Entry:
    """One unit in one year."""

    unit: str
    year: int
    value: int
    origin: Origin
    change: int | None  # against the previous known year: negative is a reduction
    against: tuple[Against, ...]


@dataclass(frozen=True)
class Roadmap:
    """All entries by unit, in the plan's unit order."""

    years: tuple[int, ...]
    base_years: tuple[int, ...]
    rows: dict[str, tuple[Entry, ...]]


def base_years_of(plan: Plan) -> tuple[int, ...]:
    """Years the plan measures reductions from: claim and target bases, and actual years."""
    years = {claim.base_year for claim in plan.claims if claim.base_year is not None}
    years.update(target.base_year for target in plan.targets)
    years.update(year for year, kind in plan.years.items() if kind is YearKind.ACTUAL)
    planned = {year for year, kind in plan.years.items() if kind is YearKind.TARGET}
    return tuple(sorted(years - planned))


def build_roadmap(plan: Plan, values: Values) -> Roadmap:
    """Derived figures for every unit and every known year."""
    bases = base_years_of(plan)
    years = tuple(sorted({year for _, year in values.cells}))
    rows = {}
    for unit in plan.units:
        entries = []
        previous: int | None = None
        for year in years:
            known = values.cells.get((unit, year))
            if known is None:
                continue
            against = tuple(
                Against(base, base_value - known.value, base_value)
                for base in bases
                if base < year and (base_value := values.get(unit, base))
            )
            change = None if previous is None else known.value - previous
            entries.append(Entry(unit, year, known.value, known.origin, change, against))
            previous = known.value
        rows[unit] = tuple(entries)
    return Roadmap(years, bases, rows)
