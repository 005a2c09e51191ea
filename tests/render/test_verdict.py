"""The verdict in words and the views built on it: concise lines, the quiet view, layouts
that never cut a word."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lotrinh.core import CheckResult
from lotrinh.findings.finding import Finding, SentenceSubject, Severity
from lotrinh.findings.groups import is_reading
from lotrinh.findings.kinds import KINDS
from lotrinh.model import Position
from lotrinh.numbers import Lang
from lotrinh.render import concise_format
from lotrinh.render.blocks import Cell, Column, Grid, Line
from lotrinh.render.layout import Fitted, fit
from lotrinh.render.report import Report, Verdict
from lotrinh.render.verdict import verdict_text

UNREAD = "statement-not-understood"


@pytest.fixture
def reading_kind(monkeypatch: pytest.MonkeyPatch) -> str:
    """A reading finding kind (LT4xx), whether or not the reader's kinds exist yet."""
    kind = replace(KINDS["claim-unverifiable"], code="LT401", name=UNREAD, severity=Severity.ERROR)
    monkeypatch.setitem(KINDS, UNREAD, kind)
    return UNREAD


def unread(result: CheckResult) -> CheckResult:
    finding = Finding(kind=UNREAD, subject=SentenceSubject(), year=2024, position=Position(3, 1))
    return replace(result, findings=(*result.findings, finding))


def test_reading_group_is_the_lt4_codes() -> None:
    assert is_reading("LT401") and is_reading("LT402")
    assert not any(is_reading(kind.code) for kind in KINDS.values() if kind.code < "LT4")


def test_clean_passes_slips_fail(clean: CheckResult, slips: CheckResult) -> None:
    report = Report((clean, slips))
    assert report.verdict(clean.findings) is Verdict.PASSED
    assert report.verdict(slips.findings) is Verdict.FAILED
    assert verdict_text(clean, report).startswith("ĐẠT — không có phát hiện nào; đã kiểm tra")


def test_a_document_not_fully_read_cannot_pass(reading_kind: str, clean: CheckResult) -> None:
    partly = unread(clean)
    report = Report((partly,))
    assert report.verdict(partly.findings) is Verdict.NOT_FULLY_CHECKED
    text = verdict_text(partly, report)
    assert text.startswith("CHƯA KIỂM TRA HẾT — 1 phát hiện: 1 lỗi (1 chỗ văn bản chưa đọc")
    english = verdict_text(partly, Report((partly,), Lang.EN))
    assert english.startswith("NOT FULLY CHECKED — 1 findings: 1 error")


def test_what_was_read_and_fails_decides_first(reading_kind: str, slips: CheckResult) -> None:
    both = unread(slips)
    assert Report((both,)).verdict(both.findings) is Verdict.FAILED


def test_the_verdict_follows_fail_on(slips: CheckResult) -> None:
    assert Report((slips,), fail_on=None).verdict(slips.findings) is Verdict.PASSED


def test_verdict_counts_every_severity_present(long_an: CheckResult) -> None:
    text = verdict_text(long_an, Report((long_an,), Lang.EN))
    assert text == (
        "FAILED — 13 findings: 1 material, 11 errors, 1 warning; 53 claims checked, 8 inconsistent."
    )


def test_concise_is_one_line_per_finding_worst_first(long_an: CheckResult) -> None:
    lines = concise_format.render(Report((long_an,))).splitlines()
    assert len(lines) == len(long_an.findings) + 1
    assert lines[0].startswith(f"{long_an.plan.path}:277:5: LT301 [trọng yếu] ")
    assert lines[1].startswith(f"{long_an.plan.path}:87:12: LT101 [lỗi] ")
    assert lines[-1].startswith(f"{long_an.plan.path}: KHÔNG ĐẠT — 13 phát hiện")


GRID = Grid(
    "Bảng",
    (
        Column("Mã", bare=True),
        Column("Ghi chú", optional=True),
        Column("Nội dung", flex=True, least=20),
    ),
    ((Cell("LT301"), Cell("target-missed"), Cell("giảm 1.770/26.330 = 6,7224% " * 3)),),
)


def test_a_table_that_fits_keeps_every_column() -> None:
    fitted = fit(GRID, 80)
    assert isinstance(fitted, Fitted) and len(fitted.grid.columns) == 3


def test_an_optional_column_goes_before_the_table_is_stacked() -> None:
    fitted = fit(GRID, 40)
    assert isinstance(fitted, Fitted)
    assert [c.header for c in fitted.grid.columns] == ["Mã", "Nội dung"]


def test_a_screen_too_narrow_for_a_table_gets_stacked_entries() -> None:
    stacked = fit(GRID, 30)
    assert isinstance(stacked, tuple)
    lines = [line for block in stacked for line in block.text.split("\n")]
    assert lines[:3] == ["Bảng", "- LT301 ·", "  Ghi chú: target-missed"]
    assert all(len(line) <= 30 for line in lines)
    assert sum("1.770/26.330" in line for line in lines) == 3


def test_a_word_wider_than_the_screen_stays_whole() -> None:
    stacked = fit(Grid("T", (Column("x"),), ((Cell("1.234.567.890.123"),),)), 10)
    assert isinstance(stacked, tuple)
    assert any("1.234.567.890.123" in line.text for line in stacked if isinstance(line, Line))


def test_markdown_says_not_fully_checked(reading_kind: str, clean: CheckResult) -> None:
    from lotrinh.render import markdown_format

    assert "**chưa kiểm tra hết**" in markdown_format.render(Report((unread(clean),)))
    assert "**đạt**" in markdown_format.render(Report((clean,)))
