"""Targets read as the law reads them: a minimum is never met by rounding."""

from __future__ import annotations

from lotrinh.core import check_plan
from lotrinh.loading import load_text

PLAN = """lotrinh: 1
units:
  - {{id: vc, name: VC, category: VC, figures: {{2021: 29.891, 2026: {final}}}}}
targets:
  - {{id: kl40, source: KL 40, category: VC, base_year: 2021, deadline: 2026,
      min_reduction: "10%"}}
"""


def _hints(final: str) -> list[str]:
    result = check_plan(load_text(PLAN.format(final=final), "t.yaml"))
    return [h.key for f in result.findings if f.kind == "target-missed" for h in f.hints]


def test_one_post_short_is_missed_even_though_it_prints_as_ten_percent() -> None:
    assert _hints("26.902") == ["only-by-rounding", "shortfall"]  # 2.989 = 9,9993%


def test_the_least_whole_cut_meets_it() -> None:
    result = check_plan(load_text(PLAN.format(final="26.901"), "t.yaml"))
    assert result.findings == ()
    assert [s.met for s in result.targets] == [True]
    assert result.targets[0].needed == 2990


def test_a_clear_miss_is_not_called_a_rounding_miss() -> None:
    assert _hints("27.000") == ["shortfall"]  # 2.891 = 9,67%
