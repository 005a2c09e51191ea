"""Acceptance: extracting the published Long An document gives the hand-written plan.

The document is read from ../shared (the `seed_text` fixture skips with its reason where it
is absent); it is never copied into the repository.
"""

from __future__ import annotations

from lotrinh.extract import Status, extract_plan, plan_from_result
from lotrinh.extract.writer import to_yaml
from lotrinh.loading import load_plan, load_text
from lotrinh.model import Claim, Plan
from tests.conftest import LONG_AN


def _claims(plan: Plan) -> set[tuple[object, ...]]:
    def row(claim: Claim) -> tuple[object, ...]:
        rate = claim.rate.text if claim.rate else None
        return (
            claim.unit,
            claim.year,
            claim.value,
            claim.reduction,
            claim.base_year,
            rate,
            claim.source_line,
            claim.quote,
        )

    rows = [row(claim) for claim in plan.claims]
    assert len(rows) == len(set(rows)), "a claim is stated twice"
    return set(rows)


def _figures(plan: Plan) -> set[tuple[str, int, int]]:
    return {(unit, year, figure.value) for (unit, year), figure in plan.figures.items()}


def _tree(plan: Plan) -> set[tuple[str, str | None, str | None]]:
    return {(unit.id, unit.parent, unit.category) for unit in plan.units.values()}


def test_extracted_yaml_loads_to_the_hand_written_plan(seed_text: str) -> None:
    result = extract_plan(seed_text, "long-an.txt")
    extracted = load_text(to_yaml(result, "long-an.txt"), "draft.yaml")
    expected = load_plan(LONG_AN)
    assert _tree(extracted) == _tree(expected)
    assert _figures(extracted) == _figures(expected)
    assert _claims(extracted) == _claims(expected)
    assert extracted.years == expected.years
    assert extracted.meta == expected.meta


def test_the_slip_is_transcribed_as_written(seed_text: str) -> None:
    """Line 52 compares 2024 with itself ("so với năm 2024"); finding that is check's job."""
    plan = plan_from_result(extract_plan(seed_text, "long-an.txt"), "long-an.txt")
    slip = [c for c in plan.claims if c.source_line == 52 and c.reduction == 432]
    assert [(c.unit, c.year, c.base_year) for c in slip] == [("cq-vc", 2024, 2024)]


def test_targets_read_the_whole_category(seed_text: str) -> None:
    """NQ 19 as the text cites it; Kết luận 40-KL/TW, which the text never cites, by law (the
    plan spans 2026). Each is measured, as the law reads it, on the whole category (the
    hand-written plan measures the VC targets on the one line the text compares with 2021)."""
    plan = plan_from_result(extract_plan(seed_text, "long-an.txt"), "long-an.txt")
    expected = {t.id: t for t in load_plan(LONG_AN).targets}
    assert [t.id for t in plan.targets] == ["nq19-vc", "kl40-cbcc", "kl40-vc"]
    for target in plan.targets:
        assert target.category == ("VC" if target.id.endswith("vc") else "CBCC")
        for field in ("base_year", "deadline", "min_rate", "quote"):
            assert getattr(target, field) == getattr(expected[target.id], field), (target, field)
    assert {t.id: t.units for t in plan.targets}["kl40-vc"] == ("dang-vc", "cq-vc")


def test_kl40_by_law_says_so_in_the_draft(seed_text: str) -> None:
    lines = to_yaml(extract_plan(seed_text, "long-an.txt"), "long-an.txt").splitlines()
    at = lines.index('  - id: "kl40-cbcc"')
    assert lines[at - 1].startswith("  # văn bản không trích Kết luận số 40-KL/TW; chỉ tiêu áp")


def test_positions_are_the_document_lines(seed_text: str) -> None:
    plan = plan_from_result(extract_plan(seed_text, "long-an.txt"), "long-an.txt")
    lines = seed_text.splitlines()
    for claim in plan.claims:
        assert claim.position.line == claim.source_line
        line = lines[claim.position.line - 1]
        assert line[claim.position.column - 1 :].startswith(claim.quote)


def test_coverage_of_the_seed(seed_text: str) -> None:
    """Every staffing quantity is placed; numbers that count something else ("05 năm",
    "20% đơn vị", "10% chi trực tiếp", a page list) are outside the plan, not unread (they
    were listed as not understood before the reader knew what a headcount is)."""
    coverage = extract_plan(seed_text, "long-an.txt").coverage
    understood = {entry.line for entry in coverage.of(Status.UNDERSTOOD)}
    assert understood == {
        *(32, 34, 36, 44, 46, 48, 50, 52, 56, 58, 60, 62, 64, 68, 70, 72, 74, 76),
        118,  # the NQ 19 target: "10% biên chế"; its "20% đơn vị" counts units
    }
    assert coverage.of(Status.PARTIAL) == coverage.of(Status.NOT_UNDERSTOOD) == []
    assert [e.line for e in coverage.of(Status.OUTSIDE)] == [116, 120, 122, 124, 157, 166]
