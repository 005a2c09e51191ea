"""A schedule request read out of a loaded plan: a unit's figures, parts and policy target.

The plan may not state the base year's figure (Long An's plan only says "giảm 1.338 biên chế
so với năm 2021"); then it is read back from the change claims, provided they agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from lotrinh.model import Plan, Target, Unit, YearKind
from lotrinh.numbers import Lang, format_count
from lotrinh.problems import did_you_mean
from lotrinh.schedule.build import PartSpec
from lotrinh.schedule.errors import ScheduleError


@dataclass(frozen=True)
class PlanUnit:
    """What a plan says about one unit that a schedule needs."""

    unit: Unit
    plan: Plan

    def value(self, year: int) -> int | None:
        """The unit's figure for `year`, stated or (for a base year) derived from claims."""
        figure = self.plan.figures.get((self.unit.id, year))
        if figure is not None:
            return figure.value
        return self._derived(year)

    def require(self, year: int, option: str) -> int:
        """The unit's figure for `year`, or a ScheduleError naming the option that gives it."""
        found = self.value(year)
        if found is None:
            raise ScheduleError(
                f"kế hoạch không nêu số năm {year} của '{self.unit.id}'; hãy cho bằng "
                f"{option} {year}=SỐ",
                f"the plan gives no {year} figure for '{self.unit.id}'; give it with "
                f"{option} {year}=COUNT",
            )
        return found

    def _derived(self, year: int) -> int | None:
        """Value at `year` implied by "giảm R so với năm `year`" and the claim year's figure."""
        implied: dict[int, str] = {}
        for claim in self.plan.claims:
            if claim.unit != self.unit.id or claim.base_year != year or claim.reduction is None:
                continue
            figure = self.plan.figures.get((self.unit.id, claim.year))
            if figure is not None:
                implied.setdefault(figure.value + claim.reduction, claim.id)
        if len(implied) > 1:
            values = ", ".join(format_count(v) for v in sorted(implied))
            raise ScheduleError(
                f"các nhận định của kế hoạch suy ra nhiều số khác nhau cho năm {year} của "
                f"'{self.unit.id}' ({values}); hãy cho số đúng bằng --base {year}=SỐ",
                f"the plan's claims imply different {year} values for '{self.unit.id}' "
                f"({format_count(min(implied), Lang.EN)} …); give it with --base {year}=COUNT",
            )
        return next(iter(implied), None)

    def target(self, target_id: str | None) -> Target:
        """The plan's target measured on exactly this unit (the one named, if several)."""
        own = [t for t in self.plan.targets if t.units == (self.unit.id,)]
        if target_id is not None:
            chosen = [t for t in self.plan.targets if t.id == target_id]
            if not chosen:
                names = [t.id for t in self.plan.targets]
                vi = did_you_mean(target_id, names, Lang.VI)
                en = did_you_mean(target_id, names, Lang.EN)
                raise ScheduleError(
                    f"kế hoạch không có chỉ tiêu '{target_id}'{vi}",
                    f"the plan has no target '{target_id}'{en}",
                )
            if chosen[0] not in own:
                raise ScheduleError(
                    f"chỉ tiêu '{target_id}' không đo trên riêng đơn vị '{self.unit.id}'",
                    f"target '{target_id}' is not measured on unit '{self.unit.id}' alone",
                )
            return chosen[0]
        if not own:
            raise ScheduleError(
                f"kế hoạch không có chỉ tiêu nào đo trên riêng đơn vị '{self.unit.id}'; hãy "
                "cho chỉ tiêu bằng --reduce hoặc --to, và --by",
                f"the plan has no target measured on unit '{self.unit.id}' alone; give one "
                "with --reduce or --to, and --by",
            )
        if len(own) > 1:
            listed = ", ".join(f"{t.id} ({t.deadline})" for t in own)
            raise ScheduleError(
                f"đơn vị '{self.unit.id}' có {len(own)} chỉ tiêu: {listed}; chọn một bằng --target",
                f"unit '{self.unit.id}' has {len(own)} targets: {listed}; pick one with --target",
            )
        return own[0]

    def start_year(self, deadline: int) -> int:
        """The last year the plan marks actual (before the deadline) with a figure; else the
        first year with a figure."""
        years = sorted(year for unit, year in self.plan.figures if unit == self.unit.id)
        actual = [y for y in years if y < deadline and self.plan.years.get(y) is YearKind.ACTUAL]
        if actual:
            return actual[-1]
        if not years:
            raise ScheduleError(
                f"kế hoạch không có số liệu nào của '{self.unit.id}'; hãy cho --from NĂM=SỐ",
                f"the plan has no figure for '{self.unit.id}'; give --from YEAR=COUNT",
            )
        return years[0]

    def kept(self, start: int, deadline: int) -> dict[int, int]:
        """Figures of years the plan marks actual, after the start: they are not re-planned."""
        return {
            year: figure.value
            for (unit, year), figure in self.plan.figures.items()
            if unit == self.unit.id
            and start < year <= deadline
            and self.plan.years.get(year) is YearKind.ACTUAL
        }

    def parts(self, year: int) -> tuple[PartSpec, ...]:
        """The unit's parts with their figures for `year`."""
        specs = []
        for part_id in self.unit.parts:
            part = self.plan.units[part_id]
            size = self.plan.figures.get((part_id, year))
            if size is None:
                raise ScheduleError(
                    f"kế hoạch không nêu số năm {year} của thành phần '{part_id}'",
                    f"the plan gives no {year} figure for the part '{part_id}'",
                )
            specs.append(PartSpec(part_id, size.value, name=part.name, label=part.label))
        return tuple(specs)


def plan_unit(plan: Plan, unit_id: str) -> PlanUnit:
    """The named unit of the plan, or a ScheduleError that suggests the closest id."""
    unit = plan.units.get(unit_id)
    if unit is None:
        vi = did_you_mean(unit_id, plan.units, Lang.VI)
        en = did_you_mean(unit_id, plan.units, Lang.EN)
        raise ScheduleError(
            f"không có đơn vị '{unit_id}' trong kế hoạch{vi}",
            f"there is no unit '{unit_id}' in the plan{en}",
        )
    return PlanUnit(unit, plan)
