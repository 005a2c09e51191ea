"""One slip, many symptoms: find the single-figure fixes that explain several findings.

A mistyped figure breaks a sum, makes a neighbouring claim look wrong and creates a rise
from one year to the next. For each sum that does not add up and each stated reduction that
is off, we try every figure that a one-digit change or a transposition would correct, check
the corrected plan, and keep the fix that makes findings disappear without creating any.
The winner must be unique: where two fixes explain equally much, we say nothing rather than
guess.

The corrected plan is not checked whole: the figure is changed in place, only the cells that
depend on it are derived again (`Derivation.revise`), and only the checks whose scope holds a
changed cell (its sums, its unit's claims and trend, the targets measured on it) run again,
so a plan with many slips costs about what a clean one does.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import replace

from lotrinh.core.claims import check_claim
from lotrinh.core.conflicts import check_conflict
from lotrinh.core.context import Context
from lotrinh.core.rules import Check, Scope, reading_order
from lotrinh.core.subsets import check_subset
from lotrinh.core.sums import check_sum
from lotrinh.core.targets import TargetStatus, verdict
from lotrinh.core.trend import check_unit_trend
from lotrinh.core.typos import typo_kind
from lotrinh.core.values import Cell, Derivation, Links, Values
from lotrinh.findings.finding import (
    Cause,
    ClaimSubject,
    Clarification,
    FigureFix,
    FigureSubject,
    Finding,
    Hint,
    Subject,
    TargetSubject,
)
from lotrinh.findings.kinds import (
    CLAIM_DIFFERENCE,
    IMPLIED_BASE_CONFLICT,
    SUM_MISMATCH,
    TARGET_UNVERIFIABLE,
    UNEXPECTED_INCREASE,
)
from lotrinh.model import Plan
from lotrinh.numbers import minimum_reduction

Key = tuple[str, Subject, int, int | None]


def key(finding: Finding) -> Key:
    """What makes two findings "the same" across a corrected and an uncorrected plan."""
    return (finding.kind, finding.subject, finding.year, finding.base_year)


def find_causes(
    ctx: Context,
    links: Links,
    statuses: list[TargetStatus],
    scoped: list[tuple[Scope, Finding]],
    findings: tuple[Finding, ...],
) -> tuple[Cause, ...]:
    """Causes that each explain at least one finding and create none, best first.

    `scoped` is every finding of the check with its scope, `findings` the same sorted.
    """
    before = {key(finding): index for index, finding in enumerate(findings)}
    trial = Trial(ctx, links, statuses, scoped)
    scored = []
    for fix in _candidates(ctx.plan, findings):
        delta, claims = trial.outcome(fix)
        after = {k: trial.count[k] + change for k, change in delta.items()}
        if any(count > 0 and k not in before for k, count in after.items()):
            continue  # the fix would create a new problem: not what was meant
        explained = tuple(sorted(before[k] for k, count in after.items() if count == 0))
        if explained:
            scored.append(Cause(fix, explained, _clarified(findings, before, claims)))
    return _unique_winners(scored)


class Trial:
    """The check of the plan with one figure corrected, worked out on what the figure
    touches. It keeps its own copies of the plan's figures and derived values, changes them
    for one fix and puts them back, so the plan under check is never touched."""

    def __init__(
        self,
        ctx: Context,
        links: Links,
        statuses: list[TargetStatus],
        scoped: list[tuple[Scope, Finding]],
    ) -> None:
        plan = replace(ctx.plan, figures=dict(ctx.plan.figures))
        first = ctx.values
        values = Values(dict(first.cells), dict(first.conflicts), dict(first.levels))
        self.first = first
        self.ctx = Context(plan, values, ctx.rounding, brief=True)
        self.links = links  # read-only; figures are looked up in `plan`, the working copy
        self.derivation = Derivation(self.links, values)
        self.keys: dict[Scope, list[Key]] = defaultdict(list)
        self.count: Counter[Key] = Counter()
        for scope, finding in scoped:
            self.keys[scope].append(key(finding))
            self.count[key(finding)] += 1
        self.statuses = statuses
        self.targets: dict[Cell, list[tuple[int, int]]] = defaultdict(list)
        for index, status in enumerate(statuses):
            target = status.target
            for unit in target.units:
                self.targets[(unit, target.base_year)].append((index, 0))
                self.targets[(unit, target.deadline)].append((index, 1))
        self.sums = [self._known_sums(status) for status in statuses]
        self.subsets: dict[str, list[str]] = defaultdict(list)
        """Each whole's subsets, whose check a change of the whole's figure runs again."""
        for some in plan.units.values():
            if some.subset_of is not None:
                self.subsets[some.subset_of].append(some.id)

    def _known_sums(self, status: TargetStatus) -> list[int]:
        """A target's base and deadline sums over its known cells, and its unknown cells."""
        target = status.target
        sums = [0, 0, 0]
        for unit in target.units:
            for side, year in enumerate((target.base_year, target.deadline)):
                value = self.first.get(unit, year)
                if value is None:
                    sums[2] += 1
                else:
                    sums[side] += value
        return sums

    def outcome(self, fix: FigureFix) -> tuple[Counter[Key], list[tuple[int, Finding]]]:
        """How the corrected plan's findings differ from the first check's (a count per key),
        and the corrected plan's findings on the claims the fix touches, by claim index."""
        cell = (fix.unit, fix.year)
        figures = self.ctx.plan.figures
        figure = figures[cell]
        figures[cell] = replace(figure, value=fix.new)
        changed = self.derivation.revise(cell, fix.new)
        years: dict[str, list[int]] = defaultdict(list)
        for unit, year in changed:
            years[unit].append(year)
        saved = {unit: self.ctx.refresh_years(unit, found) for unit, found in years.items()}
        delta: Counter[Key] = Counter()
        claims: list[tuple[int, Finding]] = []
        for scope in self._scopes(changed, years):
            for k in self.keys.get(scope, ()):
                delta[k] -= 1
            for finding in self._findings(scope):
                delta[key(finding)] += 1
                if scope.check is Check.CLAIM:
                    claims.append((scope.item, finding))
            if scope.check is Check.TARGET:
                found = self._target_key(scope.item, changed)
                if found is not None:
                    delta[found] += 1
        for unit, old in saved.items():
            self.ctx.restore_years(unit, old)
        self.derivation.undo()
        figures[cell] = figure
        return delta, sorted(claims, key=lambda item: item[0])

    def _scopes(self, changed: set[Cell], years: dict[str, list[int]]) -> set[Scope]:
        """The checks whose outcome may depend on a changed cell."""
        scopes: set[Scope] = set()
        for unit, year in changed:
            if self.links.parts(unit):
                scopes.add(Scope(Check.SUM, unit, year))
            scopes.update(
                Scope(Check.SUM, parent, year) for parent in self.links.parents.get(unit, ())
            )
            scopes.update(Scope(Check.SUBSET, some, year) for some in self._subsets_of(unit))
            scopes.add(Scope(Check.CONFLICT, unit, year))
            scopes.update(
                Scope(Check.TARGET, item=index) for index, _ in self.targets.get((unit, year), ())
            )
        for unit in years:
            scopes.add(Scope(Check.TREND, unit))
            scopes.update(
                Scope(Check.CLAIM, unit, item=index) for index in self.ctx.claim_indices(unit)
            )
        return scopes

    def _subsets_of(self, unit: str) -> list[str]:
        """The subset checks a unit's figure takes part in: its own, and its subsets'."""
        units = self.ctx.plan.units
        found = [unit] if units[unit].subset_of is not None else []
        return found + self.subsets.get(unit, [])

    def _findings(self, scope: Scope) -> list[Finding]:
        ctx = self.ctx
        found: Finding | None = None
        if scope.check is Check.SUM:
            found = check_sum(ctx, scope.unit, scope.year)
        elif scope.check is Check.SUBSET:
            found = check_subset(ctx, scope.unit, scope.year)
        elif scope.check is Check.CONFLICT and (scope.unit, scope.year) in ctx.values.conflicts:
            found = check_conflict(ctx, (scope.unit, scope.year))
        elif scope.check is Check.CLAIM:
            found = check_claim(ctx, ctx.plan.claims[scope.item])
        elif scope.check is Check.TREND:
            return list(check_unit_trend(ctx, scope.unit))
        return [found] if found is not None else []

    def _target_key(self, index: int, changed: set[Cell]) -> Key | None:
        """The key of a target's finding in the corrected plan, from the first sums and the
        changed cells alone (a target may be measured on thousands of units)."""
        status = self.statuses[index]
        target = status.target
        sums = list(self.sums[index])
        for cell in changed:
            for which, side in self.targets.get(cell, ()):
                if which != index:
                    continue
                old, new = self.first.get(*cell), self.ctx.values.get(*cell)
                sums[2] += (new is None) - (old is None)
                sums[side] += (new or 0) - (old or 0)
        if sums[2]:
            # figures still missing: the verdict the text's own stated cut gave, if any
            kind: str | None = TARGET_UNVERIFIABLE if status.stated is None else verdict(status)
        else:
            base, value = sums[0], sums[1]
            kind = verdict(
                TargetStatus(target, base, value, minimum_reduction(base, target.min_rate), ())
            )
        return (
            None
            if kind is None
            else (kind, TargetSubject(target.id, target.units), target.deadline, target.base_year)
        )


def _right(hints: tuple[Hint, ...]) -> tuple[Hint, ...]:
    return tuple(hint for hint in hints if hint.key == "right-against")


def _clarified(
    findings: tuple[Finding, ...], before: dict[Key, int], claims: list[tuple[int, Finding]]
) -> tuple[Clarification, ...]:
    """Findings that remain but, with the fix, name the comparison year that was meant (only
    claims name one, and only the claims the fix touches can change)."""
    out = []
    for _, corrected in claims:
        index = before[key(corrected)]
        right = _right(corrected.hints)
        if right and right != _right(findings[index].hints):
            out.append(Clarification(index, right))
    return tuple(out)


def _unique_winners(scored: list[Cause]) -> tuple[Cause, ...]:
    """For each finding, the fix that explains strictly the most; ties are left undecided."""
    winners: list[Cause] = []
    for cause in sorted(scored, key=lambda c: -len(c.explains)):
        rivals = [c for c in scored if c is not cause and set(c.explains) & set(cause.explains)]
        if any(len(r.explains) >= len(cause.explains) for r in rivals):
            continue
        if not any(set(w.explains) & set(cause.explains) for w in winners):
            winners.append(cause)
    return tuple(winners)


def _candidates(plan: Plan, findings: tuple[Finding, ...]) -> Iterator[FigureFix]:
    seen: set[tuple[str, int, int]] = set()
    for finding in findings:
        for unit, year, new in _proposals(plan, finding):
            figure = plan.figures.get((unit, year))
            if figure is None or (unit, year, new) in seen:
                continue
            how = typo_kind(figure.value, new)
            if how is None:
                continue
            seen.add((unit, year, new))
            yield FigureFix(unit, year, figure.value, new, figure.position, how)


def _proposals(plan: Plan, finding: Finding) -> Iterator[tuple[str, int, int]]:
    """(unit, year, value) corrections that would make this one finding go away."""
    if finding.kind == SUM_MISMATCH:
        unit = _unit(finding)
        assert isinstance(finding.stated, int) and isinstance(finding.computed, int)
        diff = finding.stated - finding.computed
        yield unit, finding.year, finding.computed
        for part in plan.units[unit].parts:
            figure = plan.figures.get((part, finding.year))
            if figure is not None:
                yield part, finding.year, figure.value + diff
    elif finding.kind == CLAIM_DIFFERENCE and finding.base_year is not None:
        unit = _unit(finding)
        assert isinstance(finding.stated, int) and isinstance(finding.computed, int)
        here = plan.figures.get((unit, finding.year))
        there = plan.figures.get((unit, finding.base_year))
        if here is not None:
            yield unit, finding.base_year, here.value + finding.stated
        if there is not None:
            yield unit, finding.year, there.value - finding.stated


def point_at_slips(
    ctx: Context, findings: tuple[Finding, ...], causes: tuple[Cause, ...]
) -> tuple[tuple[Finding, ...], tuple[Cause, ...]]:
    """Findings that a cause explains, moved to the figure the cause corrects when that is
    where a reader should look: a rise whose earlier year is the slip lands on that year, a
    sum of implied figures whose part is the slip lands on the part's sentence. Findings are
    then sorted again, and the causes' indices follow them."""
    moved = list(findings)
    for cause in causes:
        fix = cause.fix
        for index in cause.explains:
            moved[index] = _towards(ctx, moved[index], fix)
    if moved == list(findings):
        return findings, causes
    order = sorted(range(len(moved)), key=lambda i: reading_order(moved[i]))
    new_index = {old: new for new, old in enumerate(order)}
    return tuple(moved[i] for i in order), tuple(
        replace(
            cause,
            explains=tuple(sorted(new_index[i] for i in cause.explains)),
            clarifies=tuple(
                replace(item, finding=new_index[item.finding]) for item in cause.clarifies
            ),
        )
        for cause in causes
    )


def _towards(ctx: Context, finding: Finding, fix: FigureFix) -> Finding:
    """The finding placed at the corrected figure, if that is the clearer place."""
    if finding.kind == UNEXPECTED_INCREASE:
        if (fix.unit, fix.year) != (_unit(finding), finding.base_year):
            return finding
        hint = Hint("earlier-slip")
    elif finding.kind == IMPLIED_BASE_CONFLICT and finding.variant == "sum":
        if fix.unit not in ctx.plan.units[_unit(finding)].parts:
            return finding
        hint = Hint("odd-part", {"part": ctx.label(fix.unit)})
    elif finding.kind == IMPLIED_BASE_CONFLICT:
        return _towards_sentence(ctx, finding, fix)
    else:
        return finding
    cell = (fix.unit, fix.year if finding.kind == UNEXPECTED_INCREASE else finding.year)
    claim = ctx.claim_for(*cell)
    return replace(
        finding,
        position=ctx.position_of(*cell),
        quote=claim.quote if claim else None,
        subject=FigureSubject(_unit(finding), claim.id if claim else None),
        hints=(*finding.hints, hint),
    )


def _towards_sentence(ctx: Context, finding: Finding, fix: FigureFix) -> Finding:
    """A conflict between sentences, on the one that measured from the corrected figure when
    the others agree among themselves (two sentences alone cannot say which is odd; the
    diagnosis can)."""
    conflict = ctx.values.conflicts.get((_unit(finding), finding.year))
    if conflict is None or any(h.key == "odd-one-out" for h in finding.hints):
        return finding
    odd = [item for item in conflict.evidence if item.via == (fix.unit, fix.year) and item.claim]
    others = {item.value for item in conflict.evidence if item not in odd}
    if len(odd) != 1 or len(others) != 1 or odd[0].claim is None:
        return finding
    claim = ctx.claim(odd[0].claim)
    hint = Hint("odd-one-out", {"odd": odd[0].value, "agreed": others.pop()})
    return replace(
        finding,
        position=claim.position,
        quote=claim.quote,
        subject=FigureSubject(_unit(finding), claim.id),
        hints=(*finding.hints, hint),
    )


def _unit(finding: Finding) -> str:
    """The one unit of a finding about a figure or a claim, the only kinds diagnosed."""
    assert isinstance(finding.subject, FigureSubject | ClaimSubject)
    return finding.subject.unit
