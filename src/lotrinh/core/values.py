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

import heapq
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

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
    levels: dict[Cell, int] = field(default_factory=dict)
    """The round in which each derived or conflicting cell was settled (stated cells: none)."""

    def get(self, unit: str, year: int) -> int | None:
        """The value of a cell, stated or derived, or None."""
        known = self.cells.get((unit, year))
        return known.value if known else None

    def is_stated(self, unit: str, year: int) -> bool:
        """Whether the plan itself writes this cell."""
        known = self.cells.get((unit, year))
        return known is not None and known.origin is Origin.STATED


def derive(plan: Plan, links: Links | None = None) -> Values:
    """Stated figures plus every baseline the claims and sums agree on."""
    derivation = Derivation(links or Links(plan), _stated(plan))
    derivation.run()
    return derivation.values


def _stated(plan: Plan) -> Values:
    return Values({cell: Value(fig.value, Origin.STATED) for cell, fig in plan.figures.items()})


class Links:
    """Which cells can imply which: the change claims between two years of a unit, and the
    sums of the unit tree (a total from its parts, a part from its total and siblings). The
    relation is symmetric: a cell is evidence for exactly the cells that are evidence for it."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.rank = {unit: index for index, unit in enumerate(plan.units)}
        self.changes: dict[str, list[int]] = defaultdict(list)  # claim indices, by unit
        for index, claim in enumerate(plan.claims):
            if claim.reduction is None or not claim.base_year or claim.base_year == claim.year:
                continue  # a year compared with itself says nothing about any baseline
            self.changes[claim.unit].append(index)
        self.parents: dict[str, list[str]] = defaultdict(list)
        for unit in plan.units.values():
            for part in dict.fromkeys(unit.parts):
                self.parents[part].append(unit.id)
        self.years = plan.all_years()

    def claims(self, cell: Cell) -> Iterator[tuple[int, Claim]]:
        """The change claims that link this cell with another year of its unit, in file
        order, with their index (a unit has a handful: they are filtered, not indexed by
        cell, which would cost a large plan tens of megabytes)."""
        unit, year = cell
        for index in self.changes.get(unit, ()):
            claim = self.plan.claims[index]
            if year in (claim.year, claim.base_year):
                yield index, claim

    def parts(self, unit: str) -> tuple[str, ...]:
        """A unit's parts, or none for a unit outside the tree."""
        known = self.plan.units.get(unit)
        return known.parts if known else ()

    def around(self, cells: Iterable[Cell], values: Values) -> set[Cell]:
        """The unsettled neighbours of `cells`: the same as every `neighbours` but walking
        each total's parts once, not once per part (a total may have thousands), and keeping
        only what is unsettled as it goes (in a plan that states everything, nothing)."""
        known, conflicts = values.cells, values.conflicts
        found: set[Cell] = set()
        wholes: set[Cell] = set()
        for cell in cells:
            unit, year = cell
            for _, claim in self.claims(cell):
                assert claim.base_year is not None
                other = (unit, claim.base_year) if claim.year == year else (unit, claim.year)
                if other not in known and other not in conflicts:
                    found.add(other)
            if self.parts(unit):
                wholes.add(cell)
            for parent in self.parents.get(unit, ()):
                whole = (parent, year)
                if whole not in wholes:
                    wholes.add(whole)
                    if whole not in known and whole not in conflicts:
                        found.add(whole)
        for total, year in wholes:
            for part in self.parts(total):
                if (part, year) not in known and (part, year) not in conflicts:
                    found.add((part, year))
        return found

    def neighbours(self, cell: Cell) -> Iterator[Cell]:
        """The cells this one can be evidence for (and the cells that can be evidence for it)."""
        unit, year = cell
        for _, claim in self.claims(cell):
            assert claim.base_year is not None
            yield (unit, claim.base_year) if claim.year == year else (unit, claim.year)
        for part in self.parts(unit):
            yield part, year
        for parent in self.parents.get(unit, ()):
            yield parent, year
            for sibling in self.parts(parent):
                if sibling != unit:
                    yield sibling, year


class Derivation:
    """Baselines settled round by round, as a reviewer would: in each round every unknown
    cell with evidence from the cells known before it is adopted (or found in conflict), then
    the next round looks only at the neighbours of what the last one adopted. Each cell
    remembers its round, so one stated figure can later be changed and only what depends on
    it worked out again (`revise`), with the very result a whole new derivation would give.
    """

    def __init__(self, links: Links, values: Values) -> None:
        self.links = links
        self.values = values
        self.round = 0
        self._sums: dict[Cell, tuple[list[str], int]] = {}
        self._log: list[tuple[dict[Cell, Any], Cell, Any]] = []
        self._derived: dict[str, list[int]] | None = None

    # -- what is known at the start of the current round

    def known(self, cell: Cell) -> int | None:
        """A cell's value if it was known before the current round."""
        value = self.values.cells.get(cell)
        if value is None or self.values.levels.get(cell, 0) >= self.round:
            return None
        return value.value

    def _part_sums(self, unit: str, year: int) -> tuple[list[str], int]:
        """The parts of `unit` not known in `year`, and the sum of those known (per round)."""
        found = self._sums.get((unit, year))
        if found is None:
            missing, total = [], 0
            for part in self.links.parts(unit):
                value = self.known((part, year))
                if value is None:
                    missing.append(part)
                else:
                    total += value
            found = self._sums[(unit, year)] = (missing, total)
        return found

    def evidence(self, cell: Cell) -> list[tuple[tuple[int, int, int], Implication]]:
        """What the known cells say about an unknown one, claims first in file order, then
        sums in the tree's order, each with its place in that order."""
        unit, year = cell
        found: list[tuple[tuple[int, int, int], Implication]] = []
        for index, claim in self.links.claims(cell):
            assert claim.reduction is not None and claim.base_year is not None
            if claim.base_year == year:
                here = self.known((unit, claim.year))
                if here is not None:
                    found.append(
                        (
                            (0, index, 0),
                            Implication(here + claim.reduction, claim.id, (unit, claim.year)),
                        )
                    )
            else:
                there = self.known((unit, claim.base_year))
                if there is not None:
                    found.append(
                        (
                            (0, index, 0),
                            Implication(there - claim.reduction, claim.id, (unit, claim.base_year)),
                        )
                    )
        totals = [unit] if self.links.parts(unit) else []
        for whole in sorted(
            [*totals, *self.links.parents.get(unit, ())], key=self.links.rank.__getitem__
        ):
            missing, known_sum = self._part_sums(whole, year)
            place = (1, self.links.rank[whole], year)
            if whole == unit:
                if not missing:
                    found.append((place, Implication(known_sum)))
            elif len(missing) == 1:
                total = self.known((whole, year))
                if total is not None:
                    found.append((place, Implication(total - known_sum)))
        return found

    def _settle(self, cell: Cell, found: list[Implication]) -> bool:
        """Adopt or set aside one cell in the current round; True when it is now known."""
        agreed = self._agree(cell, found)
        self._put(self.values.levels, cell, self.round)
        if agreed is None:
            self._put(self.values.conflicts, cell, Conflict(cell, tuple(found)))
            return False
        self._put(self.values.cells, cell, Value(agreed, Origin.DERIVED, tuple(found)))
        return True

    def _agree(self, cell: Cell, found: list[Implication]) -> int | None:
        """The one value the evidence supports, setting aside likely base-year slips first:
        a claim whose implied value is another stated year of the same unit."""
        distinct = {item.value for item in found}
        if len(distinct) == 1:
            return distinct.pop()
        unit, year = cell
        stated_elsewhere = {
            self.values.cells[(unit, other)].value
            for other in self.links.years
            if other != year and (unit, other) in self.links.plan.figures
        }
        credible = {
            item.value for item in found if item.claim is None or item.value not in stated_elsewhere
        }
        return credible.pop() if len(credible) == 1 else None

    def _round(self, cells: Iterable[Cell]) -> list[Cell]:
        """Settle every candidate with evidence, in the order evidence was found; the cells
        newly known."""
        self._sums = {}
        found = [(cell, self.evidence(cell)) for cell in cells]
        adopted = []
        for cell, evidence in sorted((item for item in found if item[1]), key=lambda i: i[1][0][0]):
            if self._settle(cell, [implication for _, implication in evidence]):
                adopted.append(cell)
        return adopted

    def run(self) -> None:
        """Derive every cell the stated figures lead to."""
        frontier = self.links.around(self.values.cells, self.values)
        self.round = 1
        while frontier:
            adopted = self._round(frontier)
            self.round += 1
            frontier = self.links.around(adopted, self.values)
        self._log.clear()  # a whole derivation is not undone

    # -- changing one stated figure

    def _put(self, table: dict[Cell, Any], cell: Cell, value: Any) -> None:
        self._log.append((table, cell, table.get(cell, _ABSENT)))
        table[cell] = value

    def _drop(self, table: dict[Cell, Any], cell: Cell) -> None:
        if cell in table:
            self._log.append((table, cell, table.pop(cell)))

    def undo(self) -> None:
        """Put back everything `revise` changed."""
        while self._log:
            table, cell, old = self._log.pop()
            if old is _ABSENT:
                del table[cell]
            else:
                table[cell] = old

    def revise(self, cell: Cell, value: int) -> set[Cell]:
        """Give a stated cell another value and re-derive only what depends on it. Returns
        the cells whose value, origin, evidence or conflict changed; `undo` restores.

        A cell is *tainted* once something it depends on may differ from the first
        derivation; untainted cells keep their outcome and round, because their evidence in
        every round is what it was. A tainted cell forgets its outcome and is tried again in
        each round in which something it depends on becomes known, exactly as `run` would.
        """
        values = self.values
        derived_years = self._derived_years().get(cell[0], ())  # before anything changes
        before: dict[Cell, tuple[Value | None, Conflict | None, int | None]] = {}
        self._put(values.cells, cell, Value(value, Origin.STATED))
        events: dict[int, set[Cell]] = defaultdict(set)
        deltas: dict[int, set[Cell]] = defaultdict(set)
        rounds: list[int] = []
        settled: set[Cell] = set()

        def schedule(table: dict[int, set[Cell]], when: int, what: Cell) -> None:
            if when not in events and when not in deltas:
                heapq.heappush(rounds, when)
            table[when].add(what)

        def taint(target: Cell, when: int) -> None:
            if target in self.links.plan.figures:
                return  # a stated cell is never derived
            if target in before:
                if target not in settled:
                    schedule(events, when, target)
                return
            level = values.levels.get(target)
            if level is not None and level < when:
                return  # settled before anything it used could differ
            before[target] = (values.cells.get(target), values.conflicts.get(target), level)
            if level is not None:
                self._drop(values.cells, target)
                self._drop(values.conflicts, target)
                self._drop(values.levels, target)
                schedule(deltas, level + 1, target)  # its old outcome showed from then on
            schedule(events, when, target)
            for n in self.links.neighbours(target):
                if n in values.cells and values.levels.get(n, 0) >= when:
                    schedule(events, values.levels[n] + 1, target)

        def differs(target: Cell, when: int) -> bool:
            """Whether a tainted cell shows otherwise at round `when` than it first did."""
            old, _, old_level = before[target]
            was = (
                old.value
                if old is not None and old_level is not None and old_level < when
                else None
            )
            now = values.cells.get(target) if target in settled else None
            shown = now.value if now is not None and values.levels[target] < when else None
            return was != shown

        for n in self.links.neighbours(cell):
            taint(n, 1)
        for year in derived_years:
            taint((cell[0], year), 1)  # their evidence is weighed against the stated years
        while rounds:
            self.round = heapq.heappop(rounds)
            for target in deltas.pop(self.round, ()):
                if differs(target, self.round):
                    for n in self.links.neighbours(target):
                        taint(n, self.round)
            candidates = [c for c in events.pop(self.round, ()) if c not in settled]
            self._sums = {}
            found = [(c, self.evidence(c)) for c in candidates]
            for target, evidence in found:
                if not evidence:
                    continue
                self._settle(target, [implication for _, implication in evidence])
                settled.add(target)
                schedule(deltas, self.round + 1, target)
                for n in self.links.neighbours(target):
                    if n in before and n not in settled:
                        schedule(events, self.round + 1, n)
        changed = {cell}
        for target, (old, conflict, _) in before.items():
            if values.cells.get(target) != old or values.conflicts.get(target) != conflict:
                changed.add(target)
        return changed

    def _derived_years(self) -> dict[str, list[int]]:
        """Each unit's derived and conflicting years in the first derivation."""
        if self._derived is None:
            self._derived = defaultdict(list)
            for unit, year in self.values.levels:
                self._derived[unit].append(year)
        return self._derived


_ABSENT = object()
