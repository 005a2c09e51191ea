"""The diagnosis re-checks only what a corrected figure touches; its causes must be exactly
those of checking every corrected plan whole (`tests/core/exhaustive.py`), on the bundled
plans, the corpus documents and generated plans with derived baselines and injected slips."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from lotrinh.core import check_plan
from lotrinh.loading import load_text
from lotrinh.loading.errors import LoadError
from lotrinh.numbers import Lang, Rounding, format_count
from lotrinh.sources import load_any
from tests.core.exhaustive import exhaustive_causes

ROOT = Path(__file__).resolve().parent.parent.parent
DOCUMENTS = sorted(
    [
        *ROOT.glob("plans/*.yaml"),
        *ROOT.glob("tests/corpus/*/document.*"),
        *ROOT.glob("examples/*.txt"),
    ]
)
YEARS = (2021, 2022, 2023, 2024, 2025)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_bundled_plans_and_documents(path: Path) -> None:
    try:
        plan = load_any(path).plan
    except LoadError:
        pytest.skip("not a plan: the corpus keeps such documents on purpose")
    for rounding in (Rounding.HALF_UP, Rounding.DOWN):
        assert check_plan(plan, rounding).causes == exhaustive_causes(plan, rounding)


def _slip(value: int, kind: int, place: int) -> int:
    """A slip of the pen of the given kind at the given place (any result ≥ 0)."""
    text = str(value)
    index = place % len(text)
    if kind == 0:
        text = text[:index] + str((int(text[index]) + 1 + place % 8) % 10) + text[index + 1 :]
    elif kind == 1 and len(text) > 1:
        index = min(index, len(text) - 2)
        text = text[:index] + text[index + 1] + text[index] + text[index + 2 :]
    elif kind == 2 and len(text) > 1:
        text = text[:index] + text[index + 1 :]
    else:
        text = text[:index] + str(place % 10) + text[index:]
    return int(text)


@st.composite
def slipped_plans(draw: st.DrawFn) -> str:
    """A small consistent plan with some figures left out (so baselines are derived from
    claims and sums, and derived ones from derived ones), then a few slips: figures, claimed
    reductions and comparison years."""
    blocks = draw(st.integers(1, 3))
    parts: dict[str, list[str]] = {"tong": [f"b{i}" for i in range(blocks)]}
    for i in range(blocks):
        leaves = draw(st.integers(1, 3))
        parts[f"b{i}"] = [f"b{i}-{j}" for j in range(leaves)]
        for j in range(leaves):
            parts[f"b{i}-{j}"] = []
    figures: dict[tuple[str, int], int] = {}
    for unit in [u for u, p in parts.items() if not p]:
        value = draw(st.integers(5, 3000))
        for year in YEARS:
            figures[(unit, year)] = value
            value -= draw(st.integers(-2, max(1, value // 20)))
    for unit in reversed(list(parts)):
        if parts[unit]:
            for year in YEARS:
                figures[(unit, year)] = sum(figures[(p, year)] for p in parts[unit])
    cells = list(figures)
    stated = {cell for cell in cells if draw(st.integers(0, 9)) < 6}
    claims: list[tuple[str, int, int, int]] = []
    for unit in parts:
        for year in YEARS[1:]:
            for base in (year - 1, YEARS[0]):
                if draw(st.integers(0, 2)):
                    claims.append((unit, year, base, figures[(unit, base)] - figures[(unit, year)]))
    written = {cell: figures[cell] for cell in stated}
    for _ in range(draw(st.integers(1, 3))):
        what = draw(st.integers(0, 2))
        if what == 0 and written:
            cell = draw(st.sampled_from(sorted(written)))
            written[cell] = _slip(written[cell], draw(st.integers(0, 3)), draw(st.integers(0, 20)))
        elif claims:
            index = draw(st.integers(0, len(claims) - 1))
            unit, year, base, reduction = claims[index]
            if what == 1:
                reduction = _slip(abs(reduction), draw(st.integers(0, 3)), draw(st.integers(0, 20)))
            else:
                base = draw(st.sampled_from([y for y in YEARS if y != base]))
            claims[index] = (unit, year, base, reduction)
    lines = ["lotrinh: 1", "units:"]
    for unit, children in parts.items():
        lines += [f"  - id: {unit}", f"    name: Đơn vị {unit}"]
        if unit.startswith("b") and not children:
            lines.append(f"    category: {'VC' if unit.endswith('0') else 'CBCC'}")
        if children:
            lines.append(f"    parts: [{', '.join(children)}]")
        row = {year: written[(unit, year)] for year in YEARS if (unit, year) in written}
        if row:
            lines.append(
                "    figures: {"
                + ", ".join(f"{y}: {format_count(v, Lang.VI)}" for y, v in row.items())
                + "}"
            )
    lines.append("claims:" if claims else "claims: []")
    for index, (unit, year, base, reduction) in enumerate(claims):
        change = (
            f"reduction: {format_count(reduction)}"
            if reduction >= 0
            else f"increase: {format_count(-reduction)}"
        )
        lines += [
            f"  - id: c{index}",
            f"    unit: {unit}",
            f"    year: {year}",
            f"    quote: câu {index}",
            f"    changes: [{{{change}, base_year: {base}}}]",
        ]
    if draw(st.booleans()):
        lines += [
            "targets:",
            "  - {id: kl40, source: Kết luận 40-KL/TW, category: VC, base_year: 2021, "
            f'deadline: 2025, min_reduction: "{draw(st.integers(1, 12))}%"}}',
        ]
    return "\n".join(lines) + "\n"


UNIT_YEARS_WEIGHED = """\
lotrinh: 1
units:
  - {id: tong, name: Tổng, parts: [b0], figures: {2021: 15, 2022: 14, 2023: 14, 2024: 14, 2025: 14}}
  - {id: b0, name: K, parts: [b0-0, b0-1, b0-2], figures: {2021: 25, 2022: 24, 2023: 14, 2025: 14}}
  - {id: b0-0, name: VC, category: VC, figures: {2021: 5, 2022: 4, 2023: 4, 2024: 4, 2025: 4}}
  - {id: b0-1, name: A, category: CBCC, figures: {2021: 5, 2022: 5, 2023: 5, 2024: 5, 2025: 5}}
  - {id: b0-2, name: B, category: CBCC, figures: {2021: 5, 2022: 5, 2023: 5, 2024: 5, 2025: 5}}
claims:
  - {id: c0, unit: b0, year: 2024, quote: câu 0, changes: [{reduction: 1, base_year: 2021}]}
"""
"""Correcting b0's 2021 or 2022 changes which implication for b0's 2024 is set aside as a
base-year slip (it equals another stated year): found by the property below, kept here."""


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(UNIT_YEARS_WEIGHED)
@given(slipped_plans())
def test_generated_plans_with_slips(text: str) -> None:
    plan = load_text(text, "slipped.yaml")
    assert check_plan(plan).causes == exhaustive_causes(plan)


def test_the_reading_findings_are_never_explained_by_a_figure() -> None:
    # A sentence the reader could not use stays a finding whatever figure is corrected; the
    # whole recheck of the corrected plan, which does not read the document again, used to
    # count it among the findings the fix makes disappear.
    loaded = load_any(ROOT / "tests" / "corpus" / "nghe-an-nq-bien-che-2024" / "document.txt")
    result = check_plan(loaded.plan, reading=loaded.reading)
    reading = {i for i, finding in enumerate(result.findings) if finding in loaded.reading}
    assert reading and result.causes
    assert all(not set(cause.explains) & reading for cause in result.causes)
