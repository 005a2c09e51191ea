"""Every check in reading order, each finding with its scope (core/rules.py)."""

from __future__ import annotations

from lotrinh.core.rules import Check, Scope, reading_order, scoped_findings, sort_findings
from lotrinh.core.targets import target_statuses
from lotrinh.findings.finding import FigureSubject, Finding
from lotrinh.findings.kinds import KINDS
from lotrinh.model import Position
from tests.core.plans import HEAD, context

# One slip of each check: the total 2023 (300 + 600 = 900, written 1.000), the claim (1.000
# − 950 = 50, written 60), the rise of VC (600 → 650), the target (1.000 − 950 = 50 of the
# 100 that 10% of 1.000 needs).
TEXT = (
    HEAD + "  - {id: tong, name: Tổng, parts: [cbcc, vc], figures: {2023: 1.000, 2024: 950}}\n"
    "  - {id: cbcc, name: CBCC, category: CBCC, figures: {2023: 300, 2024: 300}}\n"
    "  - {id: vc, name: VC, category: VC, figures: {2023: 600, 2024: 650}}\n"
    "claims:\n"
    "  - {id: c, unit: tong, year: 2024, quote: q, changes: [{reduction: 60, base_year: 2023}]}\n"
    "targets:\n"
    "  - {id: t, source: S, units: [tong], base_year: 2023, deadline: 2024, "
    'min_reduction: "10%"}\n'
)


def test_each_check_in_reading_order_with_its_scope() -> None:
    ctx = context(TEXT)
    found = [(scope, f.kind) for scope, f in scoped_findings(ctx, target_statuses(ctx))]
    assert found == [
        (Scope(Check.SUM, "tong", 2023), "sum-mismatch"),
        (Scope(Check.CLAIM, "tong", item=0), "claim-difference"),
        (Scope(Check.TREND, "vc"), "unexpected-increase"),
        (Scope(Check.TARGET, item=0), "target-missed"),
    ]


def _at(kind: str, line: int) -> Finding:
    return Finding(kind, FigureSubject("u"), 2024, Position(line, 1))


def test_worst_first_then_in_file_order() -> None:
    warning = _at("unexpected-increase", 2)
    errors = [_at("claim-difference", 9), _at("sum-mismatch", 4)]
    material = _at("target-missed", 12)
    assert sort_findings([warning, *errors, material]) == (
        material,
        errors[1],
        errors[0],
        warning,
    )
    # material 3, error 2, warning 1: the order key is the negated rank, then the position
    assert reading_order(material) == (-3, Position(12, 1))
    assert KINDS["unexpected-increase"].severity.rank == 1
