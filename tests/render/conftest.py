"""Fixtures for the renderer tests: small synthetic plans, the bundled plan, and goldens.

Goldens live in tests/golden/. To regenerate them after a deliberate change of output, run
`LOTRINH_UPDATE_GOLDEN=1 python -m pytest tests/render` and review the diff before committing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from lotrinh.core import CheckResult, check_plan
from lotrinh.loading import load_plan, load_text
from tests.golden import assert_golden

ROOT = Path(__file__).resolve().parent.parent.parent
LONG_AN = ROOT / "plans" / "long-an-123-kh-tu-2023.yaml"

# One plan with a slip of each common kind: vc 2023 is mistyped (600 for 700), which breaks
# the 2023 sum and makes 2024 look like a rise (one cause, two findings); a wrong reduction; a
# rate divided by the wrong year; a claim against a year without figures; a target missed by
# two posts. Names and quotes carry |, :, comma, %, <, & and a line break, to test escaping.
SLIPS = """\
lotrinh: 1
plan:
  number: 01/KH-THU
  title: "Kế hoạch thử | có gạch đứng"
units:
  - {id: tong, name: "Tổng | toàn tỉnh", parts: [cbcc, vc],
     figures: {2021: 1.100, 2023: 1.000, 2024: 990}}
  - {id: cbcc, name: "Cán bộ, công chức", short: CBCC, category: CBCC,
     figures: {2021: 330, 2023: 300, 2024: 295}}
  - {id: vc, name: "Viên chức: sự nghiệp, y tế", short: "VC: y tế, giáo dục", category: VC,
     figures: {2021: 770, 2023: 600, 2024: 695}}
claims:
  - {id: cbcc-2024, unit: cbcc, year: 2024, quote: "CBCC năm 2024 giảm 4 so với năm 2023",
     changes: [{reduction: 4, base_year: 2023}]}
  - {id: tong-2024, unit: tong, year: 2024,
     quote: "Tổng năm 2024 giảm 10 (1%) so với năm 2023 <b>&\\"x\\"",
     changes: [{reduction: 10, base_year: 2023, rate: "1%"}]}
  - {id: tong-2024-2021, unit: tong, year: 2024, quote: "giảm 110 so với năm 2021, tỷ lệ 10%",
     changes: [{reduction: 110, base_year: 2021, rate: "10%"}]}
  - {id: cbcc-rate, unit: cbcc, year: 2024,
     quote: "Dòng một\\nDòng hai: giảm 35 | tỷ lệ 12% so với năm 2021",
     changes: [{reduction: 35, base_year: 2021, rate: "12%"}]}
  - {id: vc-2022, unit: vc, year: 2024, quote: "VC giảm 5% so với năm 2022",
     changes: [{rate: "5%", base_year: 2022}]}
targets:
  - {id: kl40-vc, source: "KL 40, mục 2: VC", category: VC, base_year: 2021, deadline: 2024,
     min_reduction: "10%"}
"""

# The consistent twin: no finding at all.
CLEAN = """\
lotrinh: 1
plan:
  number: 02/KH-THU
units:
  - {id: tong, name: Tổng, parts: [cbcc, vc], figures: {2021: 1.100, 2023: 1.000, 2024: 990}}
  - {id: cbcc, name: CBCC, category: CBCC, figures: {2021: 330, 2023: 300, 2024: 295}}
  - {id: vc, name: VC, category: VC, figures: {2021: 770, 2023: 700, 2024: 695}}
claims:
  - {id: cbcc-2024, unit: cbcc, year: 2024, quote: "CBCC năm 2024 giảm 5 so với năm 2023",
     changes: [{reduction: 5, base_year: 2023}]}
targets:
  - {id: kl40-vc, source: KL 40, category: VC, base_year: 2021, deadline: 2024,
     min_reduction: "9%"}
"""


@pytest.fixture(scope="session")
def slips() -> CheckResult:
    return check_plan(load_text(SLIPS, "plans/slips.yaml"))


@pytest.fixture(scope="session")
def clean() -> CheckResult:
    return check_plan(load_text(CLEAN, "plans/clean.yaml"))


@pytest.fixture(scope="session")
def long_an() -> CheckResult:
    relative = LONG_AN.relative_to(ROOT).as_posix()  # the same in every checkout
    return check_plan(replace(load_plan(LONG_AN), path=relative))


@pytest.fixture(scope="session")
def results(slips: CheckResult, clean: CheckResult, long_an: CheckResult) -> dict[str, CheckResult]:
    return {"slips": slips, "clean": clean, "long-an": long_an}


@pytest.fixture
def golden() -> Callable[[str, str], None]:
    """Compare text with tests/golden/NAME, or rewrite it under LOTRINH_UPDATE_GOLDEN=1."""

    def check(name: str, text: str) -> None:
        assert_golden(text, name)

    return check
