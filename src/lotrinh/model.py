"""The domain: a staffing plan as the core sees it, after loading and validation.

These values are what every later stage (check, schedule, render) agrees on. They are frozen
so that a finding can point at them without fear that something changed them after the fact,
and they carry the position of what they came from so that every finding can be located.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple


class Category(StrEnum):
    """Which legal category a unit's posts belong to; policy targets address categories."""

    CBCC = "CBCC"  # cán bộ, công chức
    VC = "VC"  # viên chức hưởng lương từ ngân sách nhà nước
    XA = "CBCC-XA"  # cán bộ, công chức cấp xã: managed apart from the province's biên chế
    HOI = "HOI"  # posts of hội đặc thù: neither CBCC nor VC


class UnitRole(StrEnum):
    """What a unit's posts are for, where that changes how the core reads its figures."""

    RESERVE = "reserve"
    """Biên chế dự phòng: posts of its total held back from allocation. A part of the total
    like any other (summed, counted by a target on the total), but it may rise while the
    posts allocated fall (posts taken back into it), so its rise alone is no slip."""


class Funding(StrEnum):
    """Who pays a unit's posts, where the text says it is not the state budget."""

    BUDGET = "budget"
    """Posts paid from the state budget (hưởng lương từ ngân sách nhà nước): the default."""
    OWN_REVENUE = "own-revenue"
    """Posts paid from the units' own revenue (hưởng lương từ nguồn thu sự nghiệp; the units
    of a body paying all its running costs, tự bảo đảm chi thường xuyên): a unit apart, never
    a part of a budget-paid total, never measured by a target (KL 40 counts the posts the
    budget pays), and free to rise as bodies move their people off the budget."""


class YearKind(StrEnum):
    """Whether a year's figures are already fixed (actual or assigned) or planned."""

    ACTUAL = "actual"
    TARGET = "target"


class Position(NamedTuple):
    """1-based line and column in the file a value was read from. A named tuple, not a
    dataclass: a large plan creates one per value, and tuples are cheap and ordered.

    A value read from a workbook has its row and column number as line and column, and its
    cell reference (`Số liệu!C7`) as `cell`: that, not a line, is what the analyst can find.
    """

    line: int
    column: int
    cell: str = ""

    def where(self) -> str:
        """`Số liệu!C7` for a workbook cell, else `line:column`."""
        return self.cell or f"{self.line}:{self.column}"


@dataclass(frozen=True)
class Rate:
    """A percentage exactly as written, so that its precision is known.

    `"5,5%"` and `"5,50%"` are different statements: the first only claims one decimal.
    """

    text: str
    percent: Decimal
    decimals: int


@dataclass(frozen=True, slots=True)
class Unit:
    """A node of the unit tree (total, block, category line). Its value, where it has parts,
    must equal the sum of theirs."""

    id: str
    name: str
    position: Position
    short: str | None = None
    category: Category | None = None
    parts: tuple[str, ...] = ()
    parent: str | None = None
    subset_of: str | None = None
    """The unit this one counts some of ("trong đó có 300 giáo viên"): never a part of it
    (the rest is not named), never more than it, never counted in a target beside it."""
    role: UnitRole | None = None
    """Reserve posts (`UnitRole.RESERVE`) are a part of their total but may rise alone."""
    funding: Funding | None = None
    """`Funding.OWN_REVENUE` for posts paid from the units' own revenue; None (or
    `Funding.BUDGET`) for posts paid by the state budget."""

    @property
    def own_revenue(self) -> bool:
        """Posts paid from the units' own revenue, not by the budget."""
        return self.funding is Funding.OWN_REVENUE

    @property
    def label(self) -> str:
        """The name to show in tables and messages."""
        return self.short or self.name


@dataclass(frozen=True, slots=True)
class Figure:
    """A headcount the plan states for a unit and year."""

    unit: str
    year: int
    value: int
    position: Position
    derived_from: str | None = None  # a claim id, when the document only implies it
    claim: str | None = None  # the value claim that states it, when the text does
    note: str | None = None  # a remark written beside the figure (a reviewer's, a source's)


@dataclass(frozen=True, slots=True)
class Claim:
    """One statement of the document's text.

    A sentence such as "là 24.992 biên chế, giảm 432 biên chế so với năm 2024 (giảm 1.338
    biên chế so với năm 2021, tỷ lệ giảm 5,08%)" becomes three claims sharing one quote: a
    value, and two changes. `reduction` is signed: positive for "giảm", negative for "tăng".
    """

    id: str
    unit: str
    year: int
    quote: str
    position: Position
    value: int | None = None
    reduction: int | None = None
    base_year: int | None = None
    rate: Rate | None = None
    source_line: int | None = None
    note: str | None = None  # a remark written beside the sentence (a reviewer's, say)
    steps: tuple[int, ...] = ()
    """A change the text gives in steps ("giảm 27 ...; giảm 11 ...; bổ sung 4 ..."): each
    signed as `reduction` is (27, 11, -4), which is their sum."""

    @property
    def is_change(self) -> bool:
        """A change compares two years; a value claim only restates a figure."""
        return self.base_year is not None


@dataclass(frozen=True)
class Target:
    """A legal minimum reduction, e.g. Kết luận 40-KL/TW: VC at least 10% below 2021 by 2026.

    `units` is the set whose summed figures the target measures (resolved from a category
    where the file names one).
    """

    id: str
    source: str
    units: tuple[str, ...]
    base_year: int
    deadline: int
    min_rate: Rate
    position: Position
    category: Category | None = None
    quote: str | None = None


@dataclass(frozen=True)
class PlanMeta:
    """What the document says about itself."""

    number: str | None = None
    title: str | None = None
    issuer: str | None = None
    date: date | None = None
    scope: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Plan:
    """A whole plan: units in file order, stated figures, claims and targets."""

    path: str
    meta: PlanMeta
    units: dict[str, Unit]
    figures: dict[tuple[str, int], Figure]
    claims: tuple[Claim, ...] = ()
    targets: tuple[Target, ...] = ()
    years: dict[int, YearKind] = field(default_factory=dict)

    def all_years(self) -> list[int]:
        """Every year the plan speaks of, figures, claims and targets together."""
        found = {year for _, year in self.figures}
        found.update(self.years)
        for claim in self.claims:
            found.add(claim.year)
            if claim.base_year is not None:
                found.add(claim.base_year)
        for target in self.targets:
            found.update((target.base_year, target.deadline))
        return sorted(found)
