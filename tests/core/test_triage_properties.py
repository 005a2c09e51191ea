"""Properties of what findings go through after the check: a baseline accepts exactly what it
recorded, wherever the lines move; select and ignore of the same selectors split the findings
in two; dropping nothing changes nothing."""

from __future__ import annotations

import copy
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lotrinh.core import CheckResult, baseline, check_plan
from lotrinh.core.check import refiltered
from lotrinh.findings.kinds import BY_CODE, KINDS
from lotrinh.findings.select import enabled
from lotrinh.loading import load_text
from tests.core.synthetic import YEARS, SyntheticPlan, consistent_plans

PROPERTY = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SELECTORS = st.lists(
    st.sampled_from([*BY_CODE, *KINDS, "LT", "LT1", "LT2", "LT3", "LT5", "ALL"]), max_size=3
)


def checked(text: str) -> CheckResult:
    return check_plan(load_text(text, "synthetic.yaml"))


def slipped(plan: SyntheticPlan, data: st.DataObject) -> SyntheticPlan:
    """The plan with one leaf figure off by a drawn amount (a slip the check finds)."""
    twin = copy.deepcopy(plan)
    unit = data.draw(st.sampled_from(twin.leaves()))
    year = data.draw(st.sampled_from(YEARS))
    twin.figures[(unit, year)] += data.draw(st.integers(1, 50))
    return twin


def same(path: str) -> str:
    return path


@settings(PROPERTY)
@given(consistent_plans(), st.data(), st.integers(0, 5))
def test_a_baseline_accepts_what_it_recorded_even_when_lines_move(
    plan: SyntheticPlan, data: st.DataObject, blank_lines: int
) -> None:
    before = checked(slipped(plan, data).to_yaml())
    accepted = baseline.parse(baseline.to_json([before], same), "b.json")
    assert sum(accepted.values()) == len(before.findings)
    moved = checked("#\n" * blank_lines + slipped(plan, data).to_yaml())
    outcome = baseline.split([moved], accepted, same)
    new = Counter(baseline.fingerprint(same("synthetic.yaml"), f) for f in moved.findings)
    old = Counter(accepted)
    assert len(outcome.results[0].findings) == sum((new - old).values())
    assert outcome.gone == sum((old - new).values())
    assert outcome.matched + len(outcome.results[0].findings) == len(moved.findings)


@settings(PROPERTY)
@given(consistent_plans(), st.data(), SELECTORS)
def test_select_and_ignore_of_the_same_selectors_partition_the_findings(
    plan: SyntheticPlan, data: st.DataObject, selectors: list[str]
) -> None:
    result = checked(slipped(plan, data).to_yaml())
    if not selectors:
        return
    kept = refiltered(result, lambda f: enabled(f.kind, selectors, ()))
    dropped = refiltered(result, lambda f: enabled(f.kind, (), selectors))
    assert len(kept.findings) + len(dropped.findings) == len(result.findings)
    assert {f.kind for f in kept.findings}.isdisjoint({f.kind for f in dropped.findings})
    for part in (kept, dropped):  # causes renumbered into their own result's findings
        for cause in part.causes:
            assert cause.explains and max(cause.explains) < len(part.findings)
            explained = [part.findings[i] for i in cause.explains]
            assert all(f in result.findings for f in explained)


@settings(PROPERTY)
@given(consistent_plans(), st.data())
def test_dropping_nothing_changes_nothing(plan: SyntheticPlan, data: st.DataObject) -> None:
    result = checked(slipped(plan, data).to_yaml())
    assert refiltered(result, lambda f: True) == result
