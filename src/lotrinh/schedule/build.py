"""A request to a schedule: the target's cut, spread over the years, split across the parts.

Years the plan (or --keep) already fixes are anchors: the free years between two anchors
carry exactly the difference of their values, and the free years after the last anchor carry
what the target still needs from it, no more (the least possible overshoot).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from lotrinh.numbers import Lang, format_count
from lotrinh.schedule.apportion import Split, apportion, biproportional
from lotrinh.schedule.errors import ScheduleError
from lotrinh.schedule.quota import capped_quotas
from lotrinh.schedule.result import PartSchedule, Schedule, Step
from lotrinh.schedule.spread import Spread, spread_weighted, year_weights
from lotrinh.schedule.target import Requirement


@dataclass(frozen=True)
class PartSpec:
    """A part of the unit, to split the cut across."""

    id: str
    size: int
    """Posts in the start year."""
    name: str = ""
    label: str = ""
    weight: Fraction | None = None
    """Share of the cut relative to the others; its size when not given."""
    floor: int | None = None
    protected: bool = False


@dataclass(frozen=True)
class Request:
    """Everything a schedule is computed from."""

    requirement: Requirement
    start_year: int
    start_value: int
    unit: str = "don-vi"
    name: str = "Biên chế"
    label: str = ""
    spread: Spread = Spread.EVEN
    weights: tuple[Fraction, ...] | None = None
    """One per year from start + 1 to the deadline (kept years' weights are ignored)."""
    cap: int | None = None
    """The most posts cut in any free year."""
    kept: Mapping[int, int] = field(default_factory=dict)
    """Year → value fixed already."""
    parts: tuple[PartSpec, ...] = ()
    split: Split | None = None


def build(request: Request) -> Schedule:
    """The schedule for `request`, or ScheduleError saying why there is none."""
    _check_years(request)
    years = list(range(request.start_year + 1, request.requirement.deadline + 1))
    weights = year_weights(request.spread, len(years), request.weights)
    cuts = _year_cuts(request, years, dict(zip(years, weights, strict=True)))
    steps = _steps(request.start_value, years, cuts, set(request.kept))
    parts: tuple[PartSchedule, ...] = ()
    if request.split is not None:
        parts = _split(request, years, cuts)
    return Schedule(
        unit=request.unit,
        name=request.name,
        requirement=request.requirement,
        start_year=request.start_year,
        start_value=request.start_value,
        steps=steps,
        parts=parts,
        spread=request.spread.value,
        split=request.split.value if request.split is not None else None,
        label=request.label or request.name,
    )


def _check_years(request: Request) -> None:
    start, deadline = request.start_year, request.requirement.deadline
    base = request.requirement.base_year
    if deadline <= start:
        raise ScheduleError(
            f"năm phải đạt ({deadline}) phải sau năm bắt đầu ({start})",
            f"the deadline ({deadline}) must come after the start year ({start})",
        )
    if base > start:
        raise ScheduleError(
            f"năm gốc ({base}) không thể sau năm bắt đầu ({start})",
            f"the base year ({base}) cannot come after the start year ({start})",
        )
    for year in sorted(request.kept):
        if not start < year <= deadline:
            raise ScheduleError(
                f"năm giữ cố định {year} nằm ngoài giai đoạn {start + 1}–{deadline}",
                f"the kept year {year} is outside {start + 1}–{deadline}",
            )


def _year_cuts(request: Request, years: list[int], weight_of: dict[int, Fraction]) -> list[int]:
    """Each year's cut, segment by segment between anchors (the start, each kept year, the
    deadline). A segment ending at a kept year carries exactly the difference of the two
    anchors' values, spread over its free years and the kept year itself; the last segment
    carries what the target still needs."""
    requirement = request.requirement
    cut_of: dict[int, int] = {}
    anchor_year, anchor_value = request.start_year, request.start_value
    for year, value in [*sorted(request.kept.items()), (requirement.deadline, None)]:
        if value is None and requirement.deadline in request.kept:
            break
        free = [y for y in years if anchor_year < y < year]
        total = requirement.needed_from(anchor_value) if value is None else anchor_value - value
        if total < 0 and free:
            raise ScheduleError(
                f"năm {year} được giữ ở {format_count(value or 0)}, cao hơn năm {anchor_year} "
                f"({format_count(anchor_value)}): các năm giữa hai năm đó sẽ phải tăng "
                "biên chế",
                f"{year} is kept at {format_count(value or 0, Lang.EN)}, above {anchor_year} "
                f"({format_count(anchor_value, Lang.EN)}): the years between would have "
                "to rise",
            )
        if free or value is None:  # the deadline is never a fact: the cap holds for it
            segment = [*free, year]
            shares = spread_weighted(total, [weight_of[y] for y in segment], request.cap)
            cut_of.update(zip(segment, shares, strict=True))
        else:  # a kept year right after its anchor: its cut is a fact, whatever the cap
            cut_of[year] = total
        if value is not None:
            anchor_year, anchor_value = year, value
    final = request.start_value - sum(cut_of.values())
    if final > requirement.ceiling:
        raise ScheduleError(
            f"năm {requirement.deadline} đã cố định ở {format_count(final)}, cao hơn mức tối đa "
            f"{format_count(requirement.ceiling)} mà chỉ tiêu cho phép",
            f"{requirement.deadline} is fixed at {format_count(final, Lang.EN)}, above the "
            f"{format_count(requirement.ceiling, Lang.EN)} the target allows",
        )
    return [cut_of[year] for year in years]


def _steps(
    start: int, years: Sequence[int], cuts: Sequence[int], kept: set[int]
) -> tuple[Step, ...]:
    steps = []
    value = start
    for year, cut in zip(years, cuts, strict=True):
        value -= cut
        steps.append(Step(year, value, cut, start - value, year in kept))
    return tuple(steps)


def _split(request: Request, years: list[int], cuts: list[int]) -> tuple[PartSchedule, ...]:
    parts = request.parts
    if not parts:
        raise ScheduleError(
            f"đơn vị '{request.unit}' không có thành phần để chia (dùng --part ID=SỐ)",
            f"unit '{request.unit}' has no parts to split across (use --part ID=COUNT)",
        )
    sizes = sum(part.size for part in parts)
    if sizes != request.start_value:
        raise ScheduleError(
            f"tổng các thành phần năm {request.start_year} ({format_count(sizes)}) khác số của "
            f"đơn vị ({format_count(request.start_value)})",
            f"the parts add up to {format_count(sizes, Lang.EN)} in {request.start_year}, not "
            f"the unit's {format_count(request.start_value, Lang.EN)}",
        )
    if any(cut < 0 for cut in cuts):
        raise ScheduleError(
            "không thể chia theo thành phần khi có năm giữ cố định tăng biên chế",
            "cannot split across parts when a kept year rises",
        )
    total = sum(cuts)
    bounds = [_most_it_gives(part) for part in parts]
    weights = [part.weight if part.weight is not None else Fraction(part.size) for part in parts]
    room = sum(bound for bound, weight in zip(bounds, weights, strict=True) if weight > 0)
    if room < total:
        raise ScheduleError(
            f"cần giảm {format_count(total)} biên chế nhưng các thành phần chỉ có thể giảm tối đa "
            f"{format_count(room)} (trên mức sàn, trừ các đơn vị được giữ nguyên)",
            f"{format_count(total, Lang.EN)} posts must go but the parts can give at most "
            f"{format_count(room, Lang.EN)} (above their floors, protected parts excluded)",
        )
    assert request.split is not None
    rows = apportion(request.split, total, weights, bounds)
    quotas = capped_quotas(total, weights, bounds)
    table = biproportional(rows, cuts)
    return tuple(
        PartSchedule(
            id=part.id,
            name=part.name or part.id,
            label=part.label or part.name or part.id,
            start=part.size,
            steps=_steps(part.size, years, line, set()),
            floor=part.floor,
            protected=part.protected,
            quota=quota,
        )
        for part, line, quota in zip(parts, table, quotas, strict=True)
    )


def _most_it_gives(part: PartSpec) -> int:
    if part.protected:
        return 0
    if part.floor is None:
        return part.size
    if part.floor > part.size:
        raise ScheduleError(
            f"mức sàn của '{part.id}' ({format_count(part.floor)}) cao hơn số hiện có "
            f"({format_count(part.size)})",
            f"the floor of '{part.id}' ({format_count(part.floor, Lang.EN)}) is above its "
            f"current {format_count(part.size, Lang.EN)}",
        )
    return part.size - part.floor
