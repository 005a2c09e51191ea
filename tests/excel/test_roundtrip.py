"""Round trip: a plan exported to a workbook and checked again gives the same findings (kind,
unit, year, base year, stated, computed) as the plan itself, located at cells."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
from bench.generate import generate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lotrinh.core import CheckResult, check_plan
from lotrinh.excel.read import read_workbook
from lotrinh.excel.write import workbook_bytes
from lotrinh.loading import load_plan, load_text
from lotrinh.numbers import Lang
from lotrinh.sources import load_document
from tests.conftest import DOCUMENTS, LONG_AN
from tests.core.synthetic import YEARS, SyntheticPlan, consistent_plans

Key = tuple[str, tuple[str, ...], int, int | None, object, object]


def findings_of(result: CheckResult) -> Counter[Key]:
    return Counter(
        (f.kind, f.units, f.year, f.base_year, f.stated, f.computed) for f in result.findings
    )


def round_trip(result: CheckResult, lang: Lang = Lang.VI) -> CheckResult:
    return check_plan(read_workbook(workbook_bytes(result, lang), "plan.xlsx").plan)


@pytest.mark.parametrize("lang", list(Lang))
def test_long_an_round_trip_gives_the_same_findings(lang: Lang) -> None:
    original = check_plan(load_plan(LONG_AN))
    again = round_trip(original, lang)
    assert original.findings  # the plan has real slips: the comparison is not vacuous
    assert findings_of(again) == findings_of(original)
    assert again.claims_checked == original.claims_checked
    assert {f.position.cell.split("!")[0] for f in again.findings} <= {
        "Số liệu",
        "Nhận định",
        "Chỉ tiêu",
        "Figures",
        "Claims",
        "Targets",
    }
    causes = {(c.fix.unit, c.fix.year, c.fix.old, c.fix.new) for c in again.causes}
    assert causes == {(c.fix.unit, c.fix.year, c.fix.old, c.fix.new) for c in original.causes}


def test_long_an_round_trip_keeps_the_plan() -> None:
    original = load_plan(LONG_AN)
    again = read_workbook(workbook_bytes(check_plan(original)), "plan.xlsx").plan
    assert again.meta == original.meta
    assert again.years == original.years
    assert [(u.id, u.name, u.short, u.category, u.parts) for u in again.units.values()] == [
        (u.id, u.name, u.short, u.category, u.parts) for u in original.units.values()
    ]
    strip = lambda c: (c.unit, c.year, c.quote, c.value, c.reduction, c.base_year, c.rate)  # noqa: E731
    assert [strip(c) for c in again.claims] == [strip(c) for c in original.claims]
    assert [(t.id, t.units, t.base_year, t.deadline, t.min_rate) for t in again.targets] == [
        (t.id, t.units, t.base_year, t.deadline, t.min_rate) for t in original.targets
    ]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_generated_plans_round_trip_clean(seed: int) -> None:
    original = check_plan(load_text(generate(40, seed), "generated.yaml"))
    again = round_trip(original)
    assert findings_of(again) == findings_of(original)
    assert again.claims_checked == original.claims_checked > 0


PROPERTY = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(consistent_plans(), st.data())
def test_a_plan_with_a_slip_round_trips_to_the_same_findings(
    plan: SyntheticPlan, data: st.DataObject
) -> None:
    unit = data.draw(st.sampled_from(list(plan.parts)))
    year = data.draw(st.sampled_from(YEARS))
    plan.figures[(unit, year)] += data.draw(st.sampled_from([-1000, -10, 1, 90]))
    if plan.figures[(unit, year)] < 0:
        return
    original = check_plan(load_text(plan.to_yaml(), "synthetic.yaml"))
    assert findings_of(round_trip(original)) == findings_of(original)


def test_implied_figures_keep_their_origin(tmp_path: Path) -> None:
    text = (
        "lotrinh: 1\nunits:\n  - id: a\n    name: A\n    figures:\n"
        "      2021: {value: 1.000, derived_from: c1}\n      2024: 950\n"
        "claims:\n  - id: c1\n    unit: a\n    year: 2024\n    quote: q\n"
        "    changes: [{reduction: 50, base_year: 2021}]\n"
    )
    original = check_plan(load_text(text, "implied.yaml"))
    again = read_workbook(workbook_bytes(original), "implied.xlsx").plan
    assert again.figures[("a", 2021)].derived_from == "c1"
    assert again.figures[("a", 2021)].value == 1000


def test_a_document_exports_and_checks_the_same(tmp_path: Path) -> None:
    document = tmp_path / "binh-minh-slip.txt"
    shutil.copy(DOCUMENTS / "binh-minh-slip.txt", document)
    original = check_plan(load_document(document).plan)
    assert original.findings
    assert findings_of(round_trip(original)) == findings_of(original)


def test_a_finding_on_an_implied_figure_keeps_what_it_was_implied_from() -> None:
    # 2021: the total 1.000 (implied by c1) is not 600 + 300: a sum finding on that cell,
    # whose comment then holds both "suy ra từ c1" and the finding.
    text = (
        "lotrinh: 1\nunits:\n  - id: t\n    name: T\n    parts: [a, b]\n    figures:\n"
        "      2021: {value: 1.000, derived_from: c1}\n      2024: 950\n"
        "  - id: a\n    name: A\n    figures: {2021: 600, 2024: 600}\n"
        "  - id: b\n    name: B\n    figures: {2021: 300, 2024: 350}\n"
        "claims:\n  - id: c1\n    unit: t\n    year: 2024\n    quote: q\n"
        "    changes: [{reduction: 50, base_year: 2021}]\n"
    )
    original = check_plan(load_text(text, "implied.yaml"))
    assert ("sum-mismatch", ("t",), 2021) in {(f.kind, f.units, f.year) for f in original.findings}
    again = read_workbook(workbook_bytes(original), "implied.xlsx").plan
    assert again.figures[("t", 2021)].derived_from == "c1"
    assert findings_of(check_plan(again)) == findings_of(original)
    # A figure whose only comment is a finding is not thereby implied.
    assert again.figures[("b", 2024)].derived_from is None


def test_a_subset_round_trips_as_a_subset() -> None:
    """A subset's whole is a column of its own: the workbook keeps it, so the subset stays out
    of its category's target and above its whole it is still LT104."""
    subset = Path(__file__).resolve().parents[1] / "cli" / "data" / "subset.yaml"
    original = check_plan(load_plan(subset))
    again = round_trip(original)
    assert again.plan.units["giao-vien"].subset_of == "vc"
    assert findings_of(again) == findings_of(original)
    assert [t.units for t in again.plan.targets] == [("vc",)]


@pytest.mark.parametrize("lang", list(Lang))
def test_a_reserve_round_trips_as_a_reserve(lang: Lang) -> None:
    """A reserve's role is a column of its own: the workbook keeps it, so its rise while the
    posts given fall stays no LT103 (a workbook without the column lost it, and the rise came
    back as a finding). Its twin: the same figures with no role rise as a slip."""
    text = (
        "lotrinh: 1\nunits:\n  - id: t\n    name: T\n    parts: [a, d]\n"
        "    figures: {2024: 1.000, 2025: 990}\n"
        "  - id: a\n    name: A\n    figures: {2024: 990, 2025: 976}\n"
        "  - id: d\n    name: Dự phòng\n    role: reserve\n    figures: {2024: 10, 2025: 14}\n"
    )
    original = check_plan(load_text(text, "reserve.yaml"))
    again = round_trip(original, lang)
    assert str(again.plan.units["d"].role) == "reserve"
    assert findings_of(again) == findings_of(original)
    assert "unexpected-increase" not in {kind for kind, *_ in findings_of(again)}
    plain = check_plan(load_text(text.replace("    role: reserve\n", ""), "plain.yaml"))
    assert "unexpected-increase" in {kind for kind, *_ in findings_of(round_trip(plain, lang))}
