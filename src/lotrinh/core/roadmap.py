"""The roadmap as derived figures: each unit's value per year, its change from the previous
known year, and its reduction and rate against every base year the plan measures from."""

from __future__ import annotations

from collections.abc import Iterator
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
    def rate(self) -> Fraction | None:
        """The exact rate, worked out when shown (a large roll-up holds many of these); None
        against a base of 0, where no rate is defined."""
        return percent(self.reduction, self.base) if self.base else None


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
    """Each unit's entries, in the plan's unit order, worked out when asked for.

    Nothing is stored: a table shows a few dozen units and JSON writes them one at a time,
    so a national roll-up never holds every entry of every unit at once.
    """

    years: tuple[int, ...]
    base_years: tuple[int, ...]
    plan: Plan
    values: Values

    def rows(self) -> Iterator[tuple[str, tuple[Entry, ...]]]:
        """(unit, entries) for every unit, in the plan's order."""
        for unit in self.plan.units:
            yield unit, self.row(unit)

    def row(self, unit: str) -> tuple[Entry, ...]:
        """One unit's entries, for every year it has a value."""
        entries = []
        previous: int | None = None
        for year in self.years:
            known = self.values.cells.get((unit, year))
            if known is None:
                continue
            against = tuple(
                Against(base, base_value - known.value, base_value)
                for base in self.base_years
                if base < year and (base_value := self.values.get(unit, base))
            )
            change = None if previous is None else known.value - previous
            entries.append(Entry(unit, year, known.value, known.origin, change, against))
            previous = known.value
        return tuple(entries)


def base_years_of(plan: Plan) -> tuple[int, ...]:
    """Years the plan measures reductions from: claim and target bases, and actual years."""
    years = {claim.base_year for claim in plan.claims if claim.base_year is not None}
    years.update(target.base_year for target in plan.targets)
    years.update(year for year, kind in plan.years.items() if kind is YearKind.ACTUAL)
    planned = {year for year, kind in plan.years.items() if kind is YearKind.TARGET}
    return tuple(sorted(years - planned))


def build_roadmap(plan: Plan, values: Values) -> Roadmap:
    """The roadmap of every unit and every known year."""
    years = tuple(sorted({year for _, year in values.cells}))
    return Roadmap(years, base_years_of(plan), plan, values)
