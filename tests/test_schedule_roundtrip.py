"""The YAML fragment a schedule emits, merged into its plan, loads and is consistent.

The test checks the fragment's arithmetic itself, with the rule the checker uses for rates
(`numbers.rate_matches`: the exact rate rounded half up at the stated precision), and, where
`lotrinh.core.check` is present (it is written in parallel on branch main), asserts that the
merged plan gives no finding.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from unicodedata import normalize
from unittest.mock import patch

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from lotrinh.cli.app import app
from lotrinh.core import check_plan
from lotrinh.loading import NO_FAST_PATH, load_text
from lotrinh.model import Plan
from lotrinh.numbers import minimum_reduction, percent, rate_matches
from lotrinh.render.schedule import to_yaml
from lotrinh.schedule import Request, Step, build
from tests.test_schedule_properties import _feasible, requests

SMALL_PLAN = """\
lotrinh: 1
plan:
  number: 01/KH-THU
  title: Kế hoạch thử lộ trình
years:
  2023: actual
  2024: target
  2025: target
  2026: target
units:
  - id: khoi
    name: Khối sự nghiệp công lập
    parts: [giao-duc, y-te, van-hoa]
    figures:
      2021: 29.891
      2023: 28.000
  - id: giao-duc
    name: Sự nghiệp giáo dục
    figures:
      2023: 20.000
  - id: y-te
    name: Sự nghiệp y tế
    figures:
      2023: 7.000
  - id: van-hoa
    name: Sự nghiệp văn hóa
    figures:
      2023: 1.000
targets:
  - id: kl40-khoi
    source: Kết luận số 40-KL/TW
    units: [khoi]
    base_year: 2021
    deadline: 2026
    min_reduction: "10%"
"""


def _fragment(plan_file: Path, *args: str) -> str:
    result = CliRunner().invoke(
        app, ["schedule", str(plan_file), "--unit", "khoi", *args, "--format", "yaml"]
    )
    assert result.exit_code == 0, result.output
    return result.stdout


def _assert_consistent(plan: Plan) -> None:
    value = {key: figure.value for key, figure in plan.figures.items()}
    for claim in plan.claims:
        if claim.value is not None:
            assert value[(claim.unit, claim.year)] == claim.value, claim.id
        if claim.base_year is not None:
            before = value[(claim.unit, claim.base_year)]
            after = value[(claim.unit, claim.year)]
            assert claim.reduction == before - after, claim.id
            if claim.rate is not None:
                assert rate_matches(percent(before - after, before), claim.rate), claim.id
    for unit in plan.units.values():
        for year in plan.all_years():
            if unit.parts and all((part, year) in value for part in unit.parts):
                assert value[(unit.id, year)] == sum(value[(p, year)] for p in unit.parts)
    for target in plan.targets:
        total = {year: sum(value[(u, year)] for u in target.units) for year in plan.all_years()
                 if all((u, year) in value for u in target.units)}  # fmt: skip
        need = minimum_reduction(total[target.base_year], target.min_rate)
        assert total[target.base_year] - total[target.deadline] >= need, target.id


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("--spread", "back"),
        ("--split", "hamilton", "--floor", "y-te=6.800", "--protect", "van-hoa"),
        ("--split", "sainte-lague", "--spread", "front", "--cap", "500"),
        ("--split", "dhondt", "--weights", "1:0:1", "--part-weight", "y-te=2"),
    ],
)
def test_fragment_merged_into_its_plan_loads_and_adds_up(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    plan_file = tmp_path / "ke-hoach.yaml"
    plan_file.write_text(SMALL_PLAN, encoding="utf-8")
    merged = SMALL_PLAN + _fragment(plan_file, *args)
    plan = load_text(merged, "merged.yaml")
    years = {claim.year for claim in plan.claims}
    assert years == {2024, 2025, 2026}
    assert (("khoi", 2026) in plan.figures) and plan.figures[("khoi", 2026)].value == 26901
    _assert_consistent(plan)
    _assert_no_findings(plan)


def _assert_no_findings(plan: Plan) -> None:
    """The merged plan must pass `lotrinh check` with no finding at all."""
    findings = check_plan(plan).findings
    assert findings == (), [(f.kind, f.units, f.year) for f in findings]


SEED_PLAN = """\
lotrinh: 1
units:
  - id: cq-vc
    name: Viên chức hưởng lương từ ngân sách nhà nước
    category: VC
    figures:
      2021: 26.330
      2024: 24.992
targets:
  - id: kl40-vc
    source: Kết luận số 40-KL/TW
    units: [cq-vc]
    base_year: 2021
    deadline: 2026
    min_reduction: "10%"
"""


def test_the_seed_vc_fragment_reads_back_exactly() -> None:
    """The issue's own question, from arguments only; the fragment goes into a plan of the
    VC line and reads back as 24.344 in 2025 and 23.697 in 2026."""
    result = CliRunner().invoke(app, ["schedule", "--base", "2021=26.330", "--from", "2024=24.992",
                                      "--reduce", "10%", "--by", "2026", "--unit", "cq-vc",
                                      "--format", "yaml"])  # fmt: skip
    assert result.exit_code == 0
    plan = load_text(SEED_PLAN + result.stdout, "seed.yaml")
    assert plan.figures[("cq-vc", 2025)].value == 24344
    assert plan.figures[("cq-vc", 2026)].value == 23697
    assert "giảm 648 biên chế so với năm 2024" in plan.claims[0].quote
    _assert_consistent(plan)
    _assert_no_findings(plan)


def _units_only(ids: list[str]) -> str:
    """A plan of the units alone, for a fragment to be merged into."""
    return "lotrinh: 1\nunits:\n" + "".join(f"  - {{id: {u}, name: {u}}}\n" for u in ids)


def _read_back(plan: Plan, unit: str, start: int) -> tuple[Step, ...]:
    """A unit's years as the loaded claims state them: the year's value, and the change from
    the year before (signed, as `Step.reduction` is)."""
    values = {c.year: c.value for c in plan.claims if c.unit == unit and c.value is not None}
    cuts = {
        c.year: c.reduction
        for c in plan.claims
        if c.unit == unit and c.base_year == c.year - 1 and c.reduction is not None
    }
    assert values.keys() == cuts.keys()
    return tuple(Step(y, values[y], cuts[y], start - values[y]) for y in sorted(values))


@settings(max_examples=80, deadline=None)
@given(
    request=requests(),
    name=st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=12),
    source=st.none() | st.text(st.characters(exclude_categories=("Cs",)), max_size=12),
)
def test_the_fragment_loads_back_through_the_strict_loader_to_the_same_schedule(
    request: Request, name: str, source: str | None
) -> None:
    # Any characters in the unit's name (it is quoted in every claim) and in the target's
    # source (it stands in a comment): the plan writer keeps both on their lines.
    assume(_feasible(request))
    requirement = replace(request.requirement, source=source)
    schedule = build(replace(request, name=name, requirement=requirement))
    units = _units_only([schedule.unit, *(part.id for part in schedule.parts)])
    with patch.dict(os.environ, {NO_FAST_PATH: "1"}):  # pydantic's validation, every field
        plan = load_text(units + to_yaml(schedule), "merged.yaml")
    assert _read_back(plan, schedule.unit, schedule.start_value) == tuple(
        replace(step, kept=False) for step in schedule.steps
    )
    for part in schedule.parts:
        assert _read_back(plan, part.id, part.start) == part.steps
    req = schedule.requirement
    for claim in plan.claims:
        if claim.unit == schedule.unit and claim.base_year == req.base_year:
            assert claim.reduction == req.base_value - plan.figures[(claim.unit, claim.year)].value
        if claim.unit == schedule.unit and claim.value is not None:
            assert claim.quote.startswith(f"{normalize('NFC', name)} năm {claim.year} là ")


def test_a_part_with_no_posts_is_scheduled_into_a_fragment_without_a_rate() -> None:
    # The rate of a cut from nothing is 0/0: the fragment says no rate, not an internal error.
    result = CliRunner().invoke(app, ["schedule", "--base", "2021=29.891", "--from", "2023=28.000",
                                      "--reduce", "10%", "--by", "2026", "--split", "hamilton",
                                      "--unit", "khoi", "--part", "a=28.000", "--part", "b=0",
                                      "--format", "yaml"])  # fmt: skip
    assert result.exit_code == 0, result.output
    plan = load_text(_units_only(["khoi", "a", "b"]) + result.stdout, "b.yaml")
    empty = [claim for claim in plan.claims if claim.unit == "b"]
    assert {claim.value for claim in empty if claim.value is not None} == {0}
    assert all(claim.rate is None and claim.reduction in (None, 0) for claim in empty)
