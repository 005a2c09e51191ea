"""The bundled Long An plan loads, and states every figure of the seed's sections 1 and 2."""

from __future__ import annotations

import re

from tests.conftest import LONG_AN

from lotrinh.loading import load_plan


def test_bundled_plan_loads() -> None:
    plan = load_plan(LONG_AN)
    assert plan.meta.number == "123-KH/TU"
    assert {year for _, year in plan.figures} == {2023, 2024, 2025, 2026}


def test_every_quote_is_in_the_seed_document(seed_text: str) -> None:
    lines = seed_text.splitlines()
    for claim in load_plan(LONG_AN).claims:
        assert claim.source_line is not None
        assert claim.quote in lines[claim.source_line - 1], claim.id


def test_every_number_of_sections_1_and_2_is_transcribed(seed_text: str) -> None:
    """Each count written in the two sections appears in the plan as a value or a reduction."""
    lines = seed_text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("1. Kết quả sử dụng"))
    end = next(i for i, line in enumerate(lines) if line.startswith("Khi có quyết định bổ sung"))
    plan = load_plan(LONG_AN)
    stated = {c.value for c in plan.claims} | {abs(c.reduction or 0) for c in plan.claims}
    rates = {c.rate.text for c in plan.claims if c.rate}
    for index in range(start, end):
        line = lines[index]
        for match in re.finditer(r"(\d{1,3}(?:\.\d{3})+|\d+)( biên chế| cán bộ| viên chức)", line):
            assert int(match.group(1).replace(".", "")) in stated, (index + 1, match.group(0))
        for match in re.finditer(r"\d+(?:,\d+)?%", line):
            assert match.group(0) in rates, (index + 1, match.group(0))
