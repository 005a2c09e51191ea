"""The benchmark's generated plans are what the benchmark says: consistent and reproducible."""

from __future__ import annotations

from bench.generate import generate

from lotrinh.core import check_plan
from lotrinh.loading import load_text


def test_generated_plan_is_consistent() -> None:
    plan = load_text(generate(300, seed=3), "generated.yaml")
    assert len(plan.units) == 300
    result = check_plan(plan)
    assert result.findings == ()
    assert result.claims_checked > 2 * len(plan.units)
    assert all(status.met for status in result.targets)


def test_generation_is_deterministic() -> None:
    assert generate(120, seed=7) == generate(120, seed=7)
    assert generate(120, seed=7) != generate(120, seed=8)


def test_small_generated_plans_are_valid_and_exact() -> None:
    # below 6 units the tree may hold no VC line: the plan must not name a VC target then
    for units in range(1, 9):
        for seed in range(4):
            plan = load_text(generate(units, seed=seed), "generated.yaml")
            assert len(plan.units) == units
            assert check_plan(plan).findings == ()
