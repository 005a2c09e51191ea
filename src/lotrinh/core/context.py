"""What every check needs to see: the plan, its derived values, and how rates are rounded."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from lotrinh.core.values import Values
from lotrinh.model import Claim, Plan, Position, Rate
from lotrinh.numbers import Rounding, percent, rate_matches


@dataclass
class Context:
    """The plan under check with its derived values; built once per check."""

    plan: Plan
    values: Values
    rounding: Rounding = Rounding.HALF_UP
    _years: dict[str, list[int]] = field(default_factory=dict)
    _claims: dict[str, Claim] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._claims = {claim.id: claim for claim in self.plan.claims}
        by_unit: dict[str, list[int]] = defaultdict(list)
        for unit, year in sorted(self.values.cells, key=lambda cell: cell[1]):
            by_unit[unit].append(year)
        self._years = dict(by_unit)

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
