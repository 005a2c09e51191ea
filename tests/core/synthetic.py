"""Consistent synthetic plans, for property tests: a total, blocks, CBCC/VC lines, six years,
claims against the previous year and against the first year with rates, and a target.

The plan is written out as YAML text, Vietnamese number style, so that every property test
also goes through the loader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from hypothesis import strategies as st

from lotrinh.numbers import Lang, format_count, format_decimal, round_fraction

YEARS = tuple(range(2021, 2027))


@dataclass
class ChangeSpec:
    """One change claim of the synthetic plan."""

    unit: str
    year: int
    base_year: int
    reduction: int
    rate: str | None


@dataclass
class SyntheticPlan:
    """Units (id → parts), figures, and change claims; rendered to YAML on demand."""

    parts: dict[str, list[str]]
    figures: dict[tuple[str, int], int]
    changes: list[ChangeSpec] = field(default_factory=list)

    def leaves(self) -> list[str]:
        return [unit for unit, parts in self.parts.items() if not parts]

    def parent(self, unit: str) -> str | None:
        return next((u for u, parts in self.parts.items() if unit in parts), None)

    def to_yaml(self) -> str:
        lines = ["lotrinh: 1", "units:"]
        for unit, parts in self.parts.items():
            lines.append(f"  - id: {unit}")
            lines.append(f"    name: Đơn vị {unit}")
            if unit.endswith("-cbcc"):
                lines.append("    category: CBCC")
            if unit.endswith("-vc"):
                lines.append("    category: VC")
            if parts:
                lines.append(f"    parts: [{', '.join(parts)}]")
            lines.append("    figures:")
            for year in YEARS:
                lines.append(f"      {year}: {format_count(self.figures[(unit, year)])}")
        lines.append("claims:")
        for index, change in enumerate(self.changes):
            lines.append(f"  - id: c{index}")
            lines.append(f"    unit: {change.unit}")
            lines.append(f"    year: {change.year}")
            lines.append(f"    quote: câu {index}")
            lines.append("    changes:")
            rate = f', rate: "{change.rate}"' if change.rate else ""
            reduction = format_count(change.reduction)
            lines.append(f"      - {{reduction: {reduction}, base_year: {change.base_year}{rate}}}")
        return "\n".join(lines) + "\n"

    def claim_line(self, index: int) -> int:
        """The 1-based line of the change entry of claim `index` in `to_yaml()`."""
        return self.to_yaml().splitlines().index(f"  - id: c{index}") + 6

    def figure_line(self, unit: str, year: int) -> int:
        lines = self.to_yaml().splitlines()
        start = lines.index(f"  - id: {unit}")
        return lines.index(f"      {year}: {format_count(self.figures[(unit, year)])}", start) + 1


def rate_text(reduction: int, base: int, decimals: int) -> str:
    """The rate as a plan would write it, rounded half up."""
    exact = round_fraction(Fraction(100 * reduction, base), decimals)
    return format_decimal(exact, Lang.VI) + "%"


@st.composite
def consistent_plans(draw: st.DrawFn) -> SyntheticPlan:
    """A plan whose every figure, sum, claim and rate agrees."""
    blocks = draw(st.integers(1, 3))
    parts: dict[str, list[str]] = {"tong": [f"b{i}" for i in range(blocks)]}
    for i in range(blocks):
        parts[f"b{i}"] = [f"b{i}-cbcc", f"b{i}-vc"]
        parts[f"b{i}-cbcc"] = []
        parts[f"b{i}-vc"] = []
    figures: dict[tuple[str, int], int] = {}
    for unit in [u for u, p in parts.items() if not p]:
        value = draw(st.integers(200, 40000))
        for year in YEARS:
            figures[(unit, year)] = value
            value -= draw(st.integers(1, max(1, value // 25)))
    for unit in reversed(list(parts)):
        if parts[unit]:
            for year in YEARS:
                figures[(unit, year)] = sum(figures[(p, year)] for p in parts[unit])
    plan = SyntheticPlan(parts, figures)
    for unit in parts:
        for year in YEARS[1:]:
            plan.changes.append(_change(figures, unit, year, year - 1, None))
            decimals = draw(st.integers(0, 2))
            plan.changes.append(_change(figures, unit, year, YEARS[0], decimals))
    return plan


def _change(
    figures: dict[tuple[str, int], int], unit: str, year: int, base: int, decimals: int | None
) -> ChangeSpec:
    reduction = figures[(unit, base)] - figures[(unit, year)]
    rate = None if decimals is None else rate_text(reduction, figures[(unit, base)], decimals)
    return ChangeSpec(unit, year, base, reduction, rate)
