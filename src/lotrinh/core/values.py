"""Every figure the plan states or implies, per unit and year.

A document rarely states its baselines: "giảm 1.338 biên chế so với năm 2021" from 24.992
implies 26.330 for 2021. Such implications are collected per (unit, year), compared with each
other and with the unit tree's sums, and the agreed ones become *derived* figures: always
shown as derived, never mixed up with stated ones.

When implications disagree, the ones that are exactly right against another stated year of
the same unit are set aside first: "giảm 16 so với năm 2022" from 1.247 implies 1.263 for
2022, which is the stated 2023 figure, i.e. the likely slip is the year, not the baseline.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum

from lotrinh.model import Claim, Plan

Cell = tuple[str, int]


class Origin(StrEnum):
    """Whether a value is written in the plan or worked out from it."""

    STATED = "stated"
    DERIVED = "derived"


@dataclass(frozen=True, slots=True)
class Implication:
    """One piece of evidence for a cell's value: a claim, or a sum of the unit tree."""

    value: int
    claim: str | None = None  # the claim id, or None for a sum
    via: Cell | None = None  # the cell the claim measured from


@dataclass(frozen=True, slots=True)
class Value:
    """A cell's value with where it came from."""

    value: int
    origin: Origin
    sources: tuple[Implication, ...] = ()


@dataclass(frozen=True)
class Conflict:
    """Evidence that disagrees about one cell: each distinct value with its sources."""

    cell: Cell
    evidence: tuple[Implication, ...]


@dataclass
class Values:
    """The table of known cells, and the cells whose evidence conflicts."""

    cells: dict[Cell, Value] = field(default_factory=dict)
    conflicts: dict[Cell, Conflict] = field(default_factory=dict)

    def get(self, unit: str, year: int) -> int | None:
        """The value of a cell, stated or derived, or None."""
        known = self.cells.get((unit, year))
        return known.value if known else None

    def is_stated(self, unit: str, year: int) -> bool:
        """Whether the plan itself writes this cell."""
        known = self.cells.get((unit, year))
        return known is not None and known.origin is Origin.STATED


def derive(plan: Plan) -> Values:
    """Stated figures plus every baseline the claims and sums agree on."""
    values = Values({cell: Value(fig.value, Origin.STATED) for cell, fig in plan.figures.items()})
    changes = [claim for claim in plan.claims if claim.reduction is not None and claim.base_year]
    while True:
        evidence = _claim_evidence(changes, values)
        evidence_from_sums(plan, values, evidence)
        if not _settle(plan, values, evidence):
            return values


def _claim_evidence(changes: list[Claim], values: Values) -> dict[Cell, list[Implication]]:
    """What each change claim says about the cell it measures from (or to)."""
    evidence: dict[Cell, list[Implication]] = defaultdict(list)
    for claim in changes:
        assert claim.reduction is not None and claim.base_year is not None
        if claim.base_year == claim.year:
            continue  # a year compared with itself says nothing about any baseline
        here = values.get(claim.unit, claim.year)
        there = values.get(claim.unit, claim.base_year)
        if here is not None and there is None:
            evidence[(claim.unit, claim.base_year)].append(
                Implication(here + claim.reduction, claim.id, (claim.unit, claim.year))
            )
        elif there is not None and here is None:
            evidence[(claim.unit, claim.year)].append(
                Implication(there - claim.reduction, claim.id, (claim.unit, claim.base_year))
            )
    return evidence


def evidence_from_sums(plan: Plan, values: Values, evidence: dict[Cell, list[Implication]]) -> None:
    """A total with all parts known, or a part with its total and siblings known."""
    years = {year for _, year in values.cells}
    for unit in plan.units.values():
        if not unit.parts:
            continue
        for year in years:
            total = values.get(unit.id, year)
            parts = [values.get(part, year) for part in unit.parts]
            missing = [part for part, value in zip(unit.parts, parts, strict=True) if value is None]
            known_sum = sum(value for value in parts if value is not None)
            if total is None and not missing:
                evidence[(unit.id, year)].append(Implication(known_sum))
            elif total is not None and len(missing) == 1:
                evidence[(missing[0], year)].append(Implication(total - known_sum))


def _settle(plan: Plan, values: Values, evidence: dict[Cell, list[Implication]]) -> bool:
    """Adopt the cells whose evidence agrees; record the ones that conflict. True if any new."""
    progressed = False
    for cell, found in evidence.items():
        if cell in values.cells or cell in values.conflicts:
            continue
        agreed = agree(plan, values, cell, found)
        if agreed is None:
            values.conflicts[cell] = Conflict(cell, tuple(found))
        else:
            values.cells[cell] = Value(agreed, Origin.DERIVED, tuple(found))
            progressed = True
    return progressed


def agree(plan: Plan, values: Values, cell: Cell, found: list[Implication]) -> int | None:
    """The one value the evidence supports, setting aside likely base-year slips first."""
    distinct = {item.value for item in found}
    if len(distinct) == 1:
        return distinct.pop()
    unit, year = cell
    stated_elsewhere = {
        fig.value for (u, y), fig in plan.figures.items() if u == unit and y != year
    }
    credible = {
        item.value for item in found if item.claim is None or item.value not in stated_elsewhere
    }
    return credible.pop() if len(credible) == 1 else None
