"""The verdict in words, the same in every text view: `ĐẠT`, `KHÔNG ĐẠT` or `CHƯA KIỂM TRA
HẾT`, then the counts that justify it."""

from __future__ import annotations

from lotrinh.core import CheckResult
from lotrinh.findings.finding import Severity
from lotrinh.findings.groups import is_reading
from lotrinh.numbers import Lang, format_count
from lotrinh.render.report import (
    Report,
    Verdict,
    code,
    severity_counts,
    severity_label,
    suppressed_note,
)

_WORD: dict[Verdict, tuple[str, str]] = {
    Verdict.PASSED: ("ĐẠT", "PASSED"),
    Verdict.FAILED: ("KHÔNG ĐẠT", "FAILED"),
    Verdict.NOT_FULLY_CHECKED: ("CHƯA KIỂM TRA HẾT", "NOT FULLY CHECKED"),
}

STYLE: dict[Verdict, str] = {
    Verdict.PASSED: "bold green",
    Verdict.FAILED: "bold red",
    Verdict.NOT_FULLY_CHECKED: "bold yellow",
}


def word(verdict: Verdict, lang: Lang) -> str:
    """The verdict's word in capitals, as a reader scans for it."""
    return lang.pick(*_WORD[verdict])


def verdict_text(result: CheckResult, report: Report) -> str:
    """`KHÔNG ĐẠT — 13 phát hiện: 1 trọng yếu, 9 lỗi, 3 cảnh báo; đã kiểm tra 53 nhận định,
    8 không khớp.`"""
    lang = report.lang
    findings = result.findings
    verdict = report.verdict(findings)
    counts = severity_counts(findings)
    levels = ", ".join(
        f"{format_count(n, lang)} {_counted(Severity(level), n, lang)}"
        for level, n in counts.items()
        if n
    )
    total = format_count(len(findings), lang)
    unread = sum(1 for f in findings if is_reading(code(f)))
    checked = format_count(result.claims_checked, lang)
    wrong = format_count(result.claims_checked - result.claims_consistent, lang)
    if lang is Lang.EN:
        found = f"{total} findings: {levels}" if findings else "no findings"
        if unread:
            found += f" ({format_count(unread, lang)} about text that was not read)"
        claims = f"{checked} claims checked, {wrong} inconsistent"
    else:
        found = f"{total} phát hiện: {levels}" if findings else "không có phát hiện nào"
        if unread:
            found += f" ({format_count(unread, lang)} chỗ văn bản chưa đọc được)"
        claims = f"đã kiểm tra {checked} nhận định, {wrong} không khớp"
    return f"{word(verdict, lang)} — {found}; {claims}.{suppressed_note(result, lang)}"


def verdict_line(result: CheckResult, report: Report) -> str:
    """The verdict as the text view's first and last line: `Kết luận: KHÔNG ĐẠT — …`."""
    label = "Verdict" if report.lang is Lang.EN else "Kết luận"
    return f"{label}: {verdict_text(result, report)}"


def _counted(level: Severity, count: int, lang: Lang) -> str:
    """ "9 errors", "1 material": English counts its nouns; Vietnamese does not."""
    label = severity_label(level, lang)
    plural = lang is Lang.EN and count != 1 and level in (Severity.ERROR, Severity.WARNING)
    return label + "s" if plural else label
