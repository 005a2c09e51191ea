"""A validated plan file (the tuples of `plan_format`, whether the fast path or pydantic
read it) to the domain `Plan`, checking what a schema cannot: that every unit a claim or part
names exists, that the unit tree is a tree, that claims say something.

Every problem is collected (not just the first) and located at the key or value that
caused it.

The work is split into what one item of a section needs alone (`unit_figures`,
`claim_parts`, `target_alone`) and what needs the whole plan (`build_units`, `target_of`,
...), so that `stream` can convert items as the parser closes them and check the rest at the
end, with the same code and hence the same result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from lotrinh.loading.errors import LoadError, Problem
from lotrinh.loading.located import Located, Path
from lotrinh.loading.plan_format import (
    ClaimData,
    PlanData,
    PlanMetaData,
    TargetData,
    UnitData,
    carried,
)
from lotrinh.model import Claim, Figure, Plan, PlanMeta, Position, Target, Unit
from lotrinh.numbers import Lang
from lotrinh.problems import did_you_mean

Report = Callable[[Path, str, str], None]
Figures = dict[tuple[str, int], Figure]


def to_plan(model: PlanData, located: Located, name: str) -> Plan:
    """Build the domain plan, or raise LoadError listing every structural problem."""
    problems: list[Problem] = []

    def report(path: Path, vi: str, en: str, key: bool = False) -> None:
        at = located.position(path, key=key)
        problems.append(Problem(name, at.line, at.column, vi, en, at.cell))

    units = build_units(model.units, lambda index: located.position(("units", index)), report)
    figures: Figures = {}
    for index, unit in enumerate(model.units):
        unit_figures(unit, located, ("units", index), figures)
    claims = _claims(model.claims, units, located, report)
    figures_from_claims(claims, figures)
    targets = _targets(model.targets, units, located, report)
    _check_derivations(model.units, claim_names(claim.id for claim in claims), report)
    if problems:
        raise LoadError(problems)
    meta = meta_of(model.plan)
    return Plan(name, meta, units, figures, tuple(claims), tuple(targets), dict(model.years))


def meta_of(plan: PlanMetaData) -> PlanMeta:
    """`plan:` as the domain has it."""
    return PlanMeta(
        number=plan.number,
        title=plan.title,
        issuer=plan.issuer,
        date=plan.date,
        scope=plan.scope,
        source=plan.source,
    )


def build_units(
    models: Sequence[UnitData], position_of: Callable[[int], Position], report: Report
) -> dict[str, Unit]:
    """The unit tree (each unit's parent), checked whole: ids used once, parts known, one
    parent each, no cycle. `position_of` gives where the unit at an index was written."""
    seen: dict[str, int] = {}
    parent_of: dict[str, str] = {}
    for index, unit in enumerate(models):
        if unit.id in seen:
            report(
                ("units", index, "id"),
                f"mã đơn vị '{unit.id}' bị lặp",
                f"unit id '{unit.id}' is used twice",
            )
        seen.setdefault(unit.id, index)
        for part_index, part in enumerate(unit.parts):
            path: Path = ("units", index, "parts", part_index)
            if part in parent_of:
                report(
                    path,
                    f"đơn vị '{part}' đã là thành phần của '{parent_of[part]}'; một đơn "
                    "vị chỉ thuộc một đơn vị cha",
                    f"unit '{part}' is already a part of '{parent_of[part]}'; a unit has one "
                    "parent",
                )
            elif part == unit.id:
                report(
                    path,
                    f"đơn vị '{part}' không thể là thành phần của chính nó",
                    f"unit '{part}' cannot be a part of itself",
                )
            else:
                parent_of[part] = unit.id
    for index, unit in enumerate(models):
        for part_index, part in enumerate(unit.parts):
            if part not in seen:
                report(
                    ("units", index, "parts", part_index),
                    _unknown_unit_vi(part, seen),
                    _unknown_unit_en(part, seen),
                )
    _check_subsets(models, seen, report)
    _check_cycles(models, parent_of, report)
    return {
        unit.id: Unit(
            id=unit.id,
            name=unit.name,
            position=position_of(index),
            short=unit.short,
            category=unit.category,
            parts=tuple(unit.parts),
            parent=parent_of.get(unit.id),
            subset_of=unit.subset_of,
            role=unit.role,
            funding=unit.funding,
        )
        for index, unit in enumerate(models)
        if seen[unit.id] == index
    }


def _check_subsets(models: Sequence[UnitData], seen: dict[str, int], report: Report) -> None:
    """A subset names a unit of the tree other than itself."""
    for index, unit in enumerate(models):
        whole = unit.subset_of
        if whole is None:
            continue
        path: Path = ("units", index, "subset_of")
        if whole == unit.id:
            report(
                path,
                f"đơn vị '{whole}' không thể là tập con của chính nó",
                f"unit '{whole}' cannot be a subset of itself",
            )
        elif whole not in seen:
            report(path, _unknown_unit_vi(whole, seen), _unknown_unit_en(whole, seen))


def _check_cycles(models: Sequence[UnitData], parent_of: dict[str, str], report: Report) -> None:
    """Each unit has at most one parent here, so walking up from every unit once, and never
    twice through the same unit, finds every cycle in linear time."""
    index_of = {unit.id: index for index, unit in enumerate(models)}
    done: set[str] = set()
    for start in parent_of:
        walk: dict[str, int] = {}
        node = start
        while node in parent_of and node not in done and node not in walk:
            walk[node] = len(walk)
            node = parent_of[node]
        if node in walk:
            # Parent before part, starting from the member written first in the file.
            members = list(walk)[walk[node] :][::-1]
            first = min(range(len(members)), key=lambda i: index_of.get(members[i], 0))
            members = members[first:] + members[:first]
            cycle = " → ".join([*members, members[0]])
            report(
                ("units", index_of.get(members[0], 0), "parts"),
                f"cây đơn vị có vòng lặp: {cycle}",
                f"the unit tree has a cycle: {cycle}",
            )
        done.update(walk)


def unit_figures(unit: UnitData, located: Located, base: Path, figures: Figures) -> None:
    """Add one unit's figures, located at their years; `base` is the unit's path in
    `located`."""
    for year_key, year in zip(located.keys_at((*base, "figures")), unit.figures, strict=False):
        entry = unit.figures[year]
        position = located.position((*base, "figures", year_key))
        if isinstance(entry, int):
            figures[(unit.id, year)] = Figure(unit.id, year, entry, position)
        else:
            figures[(unit.id, year)] = Figure(
                unit=unit.id, year=year, position=position, **carried(entry)
            )


def figures_from_claims(claims: Sequence[Claim], figures: Figures) -> None:
    """A value the text states is a figure, unless the unit's table already gives one (a
    difference between the two is then a finding, not a loading error)."""
    for claim in claims:
        if claim.value is not None and (claim.unit, claim.year) not in figures:
            figures[(claim.unit, claim.year)] = Figure(
                claim.unit, claim.year, claim.value, claim.position, claim=claim.id
            )


def _claims(
    models: Sequence[ClaimData], units: dict[str, Unit], located: Located, report: Report
) -> list[Claim]:
    claims: list[Claim] = []
    for index, model in enumerate(models):
        base: Path = ("claims", index)
        if model.unit not in units:
            report(
                (*base, "unit"),
                _unknown_unit_vi(model.unit, units),
                _unknown_unit_en(model.unit, units),
            )
        claims += claim_parts(model, index, located, base, report)
    return claims


def claim_parts(
    model: ClaimData, index: int, located: Located, base: Path, report: Report
) -> list[Claim]:
    """One claim item as domain claims (its value, then each change), checked alone; the
    unit it names is checked with the whole plan. `base` is its path in `located`."""
    claims: list[Claim] = []
    if model.value is None and not model.changes:
        report(
            base,
            "nhận định không nêu số nào: cần 'value' hoặc 'changes'",
            "the claim states nothing: give 'value' or 'changes'",
        )
    name = model.id or f"claim-{index + 1}"
    shared = carried(model)  # what every claim of the item says alike: unit, year, quote, ...
    if model.value is not None:
        claims.append(
            Claim(id=name, position=located.position((*base, "value")), value=model.value, **shared)
        )
    for change_index, change in enumerate(model.changes):
        path: Path = (*base, "changes", change_index)
        if change.reduction is not None and change.increase is not None:
            report(
                path,
                "một so sánh chỉ có 'reduction' hoặc 'increase', không cả hai",
                "a change has 'reduction' or 'increase', not both",
            )
        steps = (*change.reductions, *(-step for step in change.increases))
        if steps and (change.reduction is not None or change.increase is not None):
            report(
                path,
                "một so sánh ghi cả mức thay đổi lẫn các khoản của nó ('reductions', "
                "'increases'): chỉ ghi một cách",
                "a change gives both its amount and its steps ('reductions', 'increases'): "
                "give one",
            )
        if (
            change.reduction is None
            and change.increase is None
            and change.rate is None
            and not steps
        ):
            report(
                path,
                "so sánh không nêu số nào: cần 'reduction', 'increase' hoặc 'rate'",
                "the change states nothing: give 'reduction', 'increase' or 'rate'",
            )
        signed = change.reduction if change.increase is None else -change.increase
        if steps and signed is None:
            # "giảm 27 ...; giảm 11 ...; bổ sung 4 ...": the change is the steps' sum
            signed = sum(steps)
        claims.append(
            Claim(
                id=f"{name}.{change_index + 1}",
                position=located.position(path),
                reduction=signed,
                base_year=change.base_year,
                rate=change.rate,
                steps=steps if len(steps) > 1 else (),
                **shared,
            )
        )
    return claims


def _targets(
    models: Sequence[TargetData], units: dict[str, Unit], located: Located, report: Report
) -> list[Target]:
    targets: list[Target] = []
    for index, model in enumerate(models):
        base: Path = ("targets", index)
        if target_alone(model, base, report):
            targets.append(target_of(model, units, located.position(base), base, report))
    return targets


def target_alone(model: TargetData, base: Path, report: Report) -> bool:
    """Check what one target item says alone; False when it cannot become a target."""
    if model.category is None and model.units is None:
        report(
            base,
            "chỉ tiêu cần 'category' hoặc 'units' (cả hai: loại biên chế nằm lẫn trong các "
            "đơn vị đó)",
            "a target needs 'category' or 'units' (both: the category lies mixed in those units)",
        )
        return False
    if model.deadline <= model.base_year:
        report(
            (*base, "deadline"),
            "năm phải đạt phải sau năm gốc",
            "the deadline must come after the base year",
        )
    return True


def target_of(
    model: TargetData, units: dict[str, Unit], position: Position, base: Path, report: Report
) -> Target:
    """A target item that passed `target_alone`, its units resolved in the whole tree."""
    members = _target_units(model, units)
    for unit_index, unit_id in enumerate(model.units or []):
        if unit_id not in units:
            report(
                (*base, "units", unit_index),
                _unknown_unit_vi(unit_id, units),
                _unknown_unit_en(unit_id, units),
            )
    if model.category is not None and model.units is None and not members:
        report(
            (*base, "category"),
            f"không có đơn vị nào thuộc loại {model.category}",
            f"no unit has category {model.category}",
        )
    return Target(
        model.id,
        model.source,
        members,
        model.base_year,
        model.deadline,
        model.min_reduction,
        position,
        model.category,
        model.quote,
    )


def _target_units(model: TargetData, units: dict[str, Unit]) -> tuple[str, ...]:
    """A category addresses its outermost units, so that a block and its parts are not both
    counted. Posts paid from the units' own revenue are no posts the budget pays, which is
    what a target counts: a unit holding any (itself, or a total the text splits into
    budget and own revenue) is passed over for its budget-paid parts."""
    if model.units is not None:
        return tuple(unit_id for unit_id in model.units if unit_id in units)
    holding = _holding_own_revenue(units)
    chosen = []
    for unit in units.values():
        if unit.category != model.category or unit.subset_of is not None or unit.id in holding:
            continue  # (a subset is counted inside its whole already)
        parent = unit.parent
        passed: set[str] = set()  # a cycle is reported elsewhere; here it must not hang
        while (
            parent is not None
            and parent not in passed
            and (units[parent].category != model.category or parent in holding)
        ):
            passed.add(parent)
            parent = units[parent].parent
        if parent is None:
            chosen.append(unit.id)
    return tuple(chosen)


def _holding_own_revenue(units: dict[str, Unit]) -> set[str]:
    """The units paid from their own revenue and every unit they are a part of."""
    holding: set[str] = set()
    for unit in units.values():
        current: str | None = unit.id if unit.own_revenue else None
        while current is not None and current not in holding:
            holding.add(current)
            current = units[current].parent
    return holding


def _check_derivations(models: Sequence[UnitData], names: set[str], report: Report) -> None:
    for index, unit in enumerate(models):
        for year, entry in unit.figures.items():
            if (
                not isinstance(entry, int)
                and entry.derived_from is not None
                and entry.derived_from not in names
            ):
                report(
                    ("units", index, "figures", str(year), "derived_from"),
                    f"không có nhận định mã '{entry.derived_from}'",
                    f"no claim has id '{entry.derived_from}'",
                )


def claim_names(claim_ids: Iterable[str]) -> set[str]:
    """Every name a figure's `derived_from` may give: a claim's id, or the id of the claim
    item whose parts are `id.1`, `id.2`, ... Built once, so each lookup is a set lookup."""
    names = set(claim_ids)
    names.update(name.rsplit(".", 1)[0] for name in list(names) if "." in name)
    return names


def _unknown_unit_vi(unit: str, known: Iterable[str]) -> str:
    return f"không có đơn vị '{unit}' trong cây đơn vị{did_you_mean(unit, known, Lang.VI)}"


def _unknown_unit_en(unit: str, known: Iterable[str]) -> str:
    return f"there is no unit '{unit}' in the unit tree{did_you_mean(unit, known, Lang.EN)}"
