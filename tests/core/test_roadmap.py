"""The roadmap (core/roadmap.py): each unit's value per year, its change, and its reduction
and exact rate against every base year the plan measures from, worked out by hand."""

from __future__ import annotations

from fractions import Fraction

from lotrinh.core.roadmap import Against, base_years_of, build_roadmap
from lotrinh.core.values import Origin
from tests.core.plans import HEAD, context

TEXT = (
    HEAD + "  - {id: vc, name: VC, category: VC, figures: {2022: 1.000, 2023: 960, 2024: 950}}\n"
    "claims:\n"
    "  - {id: v, unit: vc, year: 2022, quote: q, changes: [{reduction: 200, base_year: 2021}]}\n"
    "targets:\n"
    "  - {id: t, source: KL 40, category: VC, base_year: 2021, deadline: 2024, "
    'min_reduction: "10%"}\n'
)


def test_base_years_are_those_claims_and_targets_measure_from() -> None:
    assert base_years_of(context(TEXT).plan) == (2021,)


def test_each_year_with_its_change_and_its_reduction_from_each_base() -> None:
    ctx = context(TEXT)
    roadmap = build_roadmap(ctx.plan, ctx.values)
    assert roadmap.years == (2021, 2022, 2023, 2024)
    (unit, row), *_ = roadmap.rows()
    assert unit == "vc"
    # 2021 = 1.000 + 200 = 1.200 (implied); changes 1.000 − 1.200 = −200, 960 − 1.000 = −40,
    # 950 − 960 = −10; against 2021: 200, 240, 250
    assert [(e.year, e.value, e.origin, e.change) for e in row] == [
        (2021, 1200, Origin.DERIVED, None),
        (2022, 1000, Origin.STATED, -200),
        (2023, 960, Origin.STATED, -40),
        (2024, 950, Origin.STATED, -10),
    ]
    assert [e.against for e in row] == [
        (),
        (Against(2021, 200, 1200),),
        (Against(2021, 240, 1200),),
        (Against(2021, 250, 1200),),
    ]
    # 250/1.200 = 20,8333…% exactly 125/6 %
    assert row[-1].against[0].rate == Fraction(125, 6)


def test_no_rate_against_a_base_of_zero() -> None:
    assert Against(2021, 0, 0).rate is None
