"""Where a schedule goes in its plan: the figures to write so that the plan states the
schedule and every sum of the unit tree stays exact.

The scheduled unit's new years, its parts' (when the cut was split), and then every ancestor's
figure for those years, recomputed as the sum of its parts: a parent whose sum would break is
rewritten, never left wrong. Figures already equal are left alone, so the file changes only
where the plan does.
"""

from __future__ import annotations

from lotrinh.model import Plan
from lotrinh.schedule.errors import ScheduleError
from lotrinh.schedule.result import Schedule

Placement = dict[tuple[str, int], int]
"""(unit id, year) → the figure to write."""


def placement(plan: Plan, schedule: Schedule) -> Placement:
    """Every figure that writing `schedule` into `plan` changes or adds."""
    unit = plan.units[schedule.unit]
    if unit.parts and not schedule.parts:
        raise ScheduleError(
            f"đơn vị '{unit.id}' có thành phần ({', '.join(unit.parts)}): thêm --split để chia "
            "mức giảm cho chúng, nếu không tổng của đơn vị sẽ không còn khớp",
            f"unit '{unit.id}' has parts ({', '.join(unit.parts)}): add --split to share the cut "
            "among them, or the unit would no longer equal their sum",
        )
    # Kept years too: a year fixed by --keep or by an earlier target belongs in the plan; one
    # the plan already states is dropped below, being equal.
    new: Placement = {(unit.id, s.year): s.value for s in schedule.steps}
    for part in schedule.parts:
        if plan.units[part.id].parts:
            raise ScheduleError(
                f"thành phần '{part.id}' lại có thành phần: hãy lập lộ trình cho nó riêng",
                f"part '{part.id}' has parts of its own: schedule it on its own",
            )
        new.update({(part.id, s.year): s.value for s in part.steps})
    years = sorted({year for _, year in new})
    parent = unit.parent
    while parent is not None:
        for year in years:
            new[(parent, year)] = sum(
                _figure(plan, new, part, year) for part in plan.units[parent].parts
            )
        parent = plan.units[parent].parent
    return {
        key: value
        for key, value in new.items()
        if (figure := plan.figures.get(key)) is None or figure.value != value
    }


def _figure(plan: Plan, new: Placement, unit: str, year: int) -> int:
    if (unit, year) in new:
        return new[(unit, year)]
    figure = plan.figures.get((unit, year))
    if figure is None:
        raise ScheduleError(
            f"kế hoạch không nêu số năm {year} của '{unit}', nên không tính lại được tổng của "
            "đơn vị cha; hãy ghi số đó vào kế hoạch trước",
            f"the plan gives no {year} figure for '{unit}', so its parent's sum cannot be "
            "recomputed; add that figure to the plan first",
        )
    return figure.value
