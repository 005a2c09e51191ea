"""Property tests of the check: a consistent plan gives no finding, and one injected slip (a
digit typo, a wrong comparison year, a wrong rate, a broken sum) is always found with the
right kind and position."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lotrinh.core import CheckResult, check_plan
from lotrinh.loading import load_text
from lotrinh.numbers import Lang, format_decimal, parse_rate
from tests.core.synthetic import YEARS, SyntheticPlan, consistent_plans

PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def run(plan: SyntheticPlan) -> CheckResult:
    return check_plan(load_text(plan.to_yaml(), "synthetic.yaml"))


@PROPERTY
@given(consistent_plans())
def test_consistent_plan_gives_no_finding(plan: SyntheticPlan) -> None:
    result = run(plan)
    assert result.findings == ()
    assert result.claims_consistent == result.claims_checked == len(plan.changes)


def _typo(value: int, position: int, digit: int) -> int | None:
    text = str(value)
    index = position % len(text)
    replacement = str(digit)
    if replacement == text[index] or (index == 0 and replacement == "0"):
        return None
    return int(text[:index] + replacement + text[index + 1 :])


@PROPERTY
@given(consistent_plans(), st.data())
def test_a_digit_typo_in_a_figure_is_found_and_named(
    plan: SyntheticPlan, data: st.DataObject
) -> None:
    unit = data.draw(st.sampled_from(plan.leaves()))
    year = data.draw(st.sampled_from(YEARS))
    original = plan.figures[(unit, year)]
    typo = _typo(original, data.draw(st.integers(0, 9)), data.draw(st.integers(0, 9)))
    if typo is None:
        return
    plan.figures[(unit, year)] = typo
    result = run(plan)
    parent = plan.parent(unit)
    assert parent is not None
    sums = [f for f in result.findings if f.kind == "sum-mismatch"]
    assert ((parent,), year) in {(f.units, f.year) for f in sums}
    at_parent = next(f for f in sums if (f.units, f.year) == ((parent,), year))
    assert at_parent.position.line == plan.figure_line(parent, year)
    fixes = {(c.fix.unit, c.fix.year, c.fix.old, c.fix.new) for c in result.causes}
    assert (unit, year, typo, original) in fixes


@PROPERTY
@given(consistent_plans(), st.data())
def test_a_wrong_comparison_year_is_found(plan: SyntheticPlan, data: st.DataObject) -> None:
    candidates = [i for i, c in enumerate(plan.changes) if c.rate is None]
    index = data.draw(st.sampled_from(candidates))
    change = plan.changes[index]
    right = change.base_year
    wrong = data.draw(st.sampled_from([y for y in YEARS if y != right]))
    change.base_year = wrong
    result = run(plan)
    assert len(result.findings) == 1
    finding = result.findings[0]
    expected = "claim-self-reference" if wrong == change.year else "claim-base-year"
    assert finding.kind == expected
    assert finding.position.line == plan.claim_line(index)
    assert finding.claim == f"c{index}.1"
    assert right in {h.params.get("right_year") for h in finding.hints}


@PROPERTY
@given(consistent_plans(), st.data())
def test_a_wrong_rate_is_found(plan: SyntheticPlan, data: st.DataObject) -> None:
    candidates = [i for i, c in enumerate(plan.changes) if c.rate is not None]
    index = data.draw(st.sampled_from(candidates))
    change = plan.changes[index]
    assert change.rate is not None
    stated = parse_rate(change.rate)
    step = Decimal(1).scaleb(-stated.decimals) * data.draw(st.integers(1, 9))
    shifted = (
        stated.percent + step
        if data.draw(st.booleans()) or stated.percent < step
        else (stated.percent - step)
    )
    change.rate = format_decimal(shifted, Lang.VI) + "%"
    result = run(plan)
    assert [(f.kind, f.position.line) for f in result.findings] == [
        ("claim-rate", plan.claim_line(index))
    ]


@PROPERTY
@given(consistent_plans(), st.data())
def test_a_broken_sum_is_found(plan: SyntheticPlan, data: st.DataObject) -> None:
    unit = data.draw(st.sampled_from([u for u, parts in plan.parts.items() if parts]))
    year = data.draw(st.sampled_from(YEARS))
    plan.figures[(unit, year)] += data.draw(st.integers(1, 500))
    result = run(plan)
    sums = {(f.units, f.year, f.position.line) for f in result.findings if f.kind == "sum-mismatch"}
    assert ((unit,), year, plan.figure_line(unit, year)) in sums
