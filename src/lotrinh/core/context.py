"""What every check needs to see: the plan, its derived values, and how rates are rounded."""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from lotrinh.core.values import Cell, Values
from lotrinh.model import Claim, Plan, Position, Rate
from lotrinh.numbers import Rounding, percent, rate_matches


@dataclass
class Context:
    """The plan under check with its derived values; built once per check."""

    plan: Plan
    values: Values
    rounding: Rounding = Rounding.HALF_UP
    brief: bool = False
    """Skip the hints that search the whole plan (other units giving the same reduction,
    figures inside a range of bases): diagnosis only compares which findings there are."""
    _years: dict[str, list[int]] = field(default_factory=dict)
    _claims: dict[str, Claim] = field(default_factory=dict)
    _by_unit: dict[str, list[int]] | None = None
    _changes: dict[tuple[int, int], dict[int, list[str]]] = field(default_factory=dict)
    _sorted: list[tuple[int, int, Cell]] | None = None

    def __post_init__(self) -> None:
        self._claims = {claim.id: claim for claim in self.plan.claims}
        by_unit: dict[str, list[int]] = defaultdict(list)
        for unit, year in sorted(self.values.cells, key=lambda cell: cell[1]):
            by_unit[unit].append(year)
        self._years = dict(by_unit)

    def claims_on(self, unit: str) -> list[Claim]:
        """The claims about one unit, in file order."""
        return [self.plan.claims[index] for index in self.claim_indices(unit)]

    def claim_indices(self, unit: str) -> list[int]:
        """The indices in the plan's claims of the claims about one unit (indexed when first
        asked: a consistent plan never asks, and a large one would pay megabytes for it)."""
        if self._by_unit is None:
            claims: dict[str, list[int]] = defaultdict(list)
            for index, claim in enumerate(self.plan.claims):
                claims[claim.unit].append(index)
            self._by_unit = dict(claims)
        return self._by_unit.get(unit, [])

    def refresh_years(self, unit: str, changed: Iterable[int]) -> list[int]:
        """Work out a unit's known years again after the values of `changed` years changed;
        returns the old list, for `restore_years`."""
        old = self._years.get(unit, [])
        years = {*old, *changed}
        self._years[unit] = sorted(year for year in years if (unit, year) in self.values.cells)
        return old

    def restore_years(self, unit: str, years: list[int]) -> None:
        """Put back a unit's known years as `refresh_years` found them."""
        self._years[unit] = years

    def units_changing(self, year: int, base_year: int) -> dict[int, list[str]]:
        """The units with both years known, by their reduction between them (worked out once
        per pair of years: a plan with many wrong claims asks often)."""
        assert not self.brief  # a brief context's values change under it
        found = self._changes.get((year, base_year))
        if found is None:
            found = defaultdict(list)
            for unit in self.plan.units:
                here, there = self.values.get(unit, year), self.values.get(unit, base_year)
                if here is not None and there is not None:
                    found[there - here].append(unit)
            self._changes[(year, base_year)] = found
        return found

    def cells_between(self, low: int, high: int | None, most: int) -> list[tuple[str, int, int]]:
        """The first `most` known cells whose value lies in [low, high] (no bound when None),
        as (unit, year, value) in the order of the table of values."""
        assert not self.brief  # a brief context's values change under it
        if self._sorted is None:
            self._sorted = sorted(
                (known.value, place, cell)
                for place, (cell, known) in enumerate(self.values.cells.items())
            )
        start = bisect_left(self._sorted, (low,))
        stop = len(self._sorted) if high is None else bisect_left(self._sorted, (high + 1,))
        inside = heapq.nsmallest(most, self._sorted[start:stop], key=lambda item: item[1])
        return [(cell[0], cell[1], value) for value, _, cell in inside]

    def label(self, unit: str) -> str:
        """A unit's display name."""
        return self.plan.units[unit].label if unit in self.plan.units else unit

    def years_of(self, unit: str) -> list[int]:
        """The years with a known value (stated or derived) for a unit, ascending."""
        return self._years.get(unit, [])

    def rate_ok(self, reduction: int, base: int, rate: Rate) -> bool:
        """Whether `reduction` from `base` reads as `rate` at its written precision."""
        return base > 0 and rate_matches(percent(reduction, base), rate, self.rounding)

    def claim(self, claim_id: str) -> Claim:
        """A claim by id."""
        return self._claims[claim_id]

    def claim_for(self, unit: str, year: int) -> Claim | None:
        """The claim that states a cell, or the first that implies it."""
        figure = self.plan.figures.get((unit, year))
        if figure is not None:
            return self._claims.get(figure.claim) if figure.claim else None
        known = self.values.cells.get((unit, year))
        for source in known.sources if known else ():
            if source.claim is not None:
                return self._claims[source.claim]
        return None

    def position_of(self, unit: str, year: int) -> Position:
        """Where a cell is written, or where the claim that implies it is."""
        figure = self.plan.figures.get((unit, year))
        if figure is not None:
            return figure.position
        claim = self.claim_for(unit, year)
        return claim.position if claim else self.plan.units[unit].position
