"""What a renderer receives: the checked plans, the reader's language, the failure level."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from lotrinh.core import CheckResult
from lotrinh.findings.finding import Finding, Severity
from lotrinh.findings.kinds import KINDS
from lotrinh.numbers import Lang, format_count


@dataclass(frozen=True)
class Report:
    """One run of `lotrinh check`: every file's result, in the order given."""

    results: tuple[CheckResult, ...]
    lang: Lang = Lang.VI
    fail_on: Severity | None = Severity.ERROR  # None: never fail on findings

    def failing(self, finding: Finding) -> bool:
        """Whether a finding reaches the failure level."""
        return self.fail_on is not None and severity(finding).rank >= self.fail_on.rank

    @property
    def failed(self) -> bool:
        """Whether any finding of any file reaches the failure level."""
        return any(self.failing(f) for result in self.results for f in result.findings)


def severity(finding: Finding) -> Severity:
    """A finding's severity, from its kind."""
    return KINDS[finding.kind].severity


def code(finding: Finding) -> str:
    """A finding's stable code (LT201)."""
    return KINDS[finding.kind].code


def severity_counts(findings: tuple[Finding, ...]) -> dict[str, int]:
    """Findings per severity, worst first, every severity present (zero included)."""
    counts = Counter(severity(f).value for f in findings)
    return {level.value: counts.get(level.value, 0) for level in Severity}


_SEVERITY_VI = {
    Severity.MATERIAL: "trọng yếu",  # as in "sai sót trọng yếu", a material misstatement
    Severity.ERROR: "lỗi",
    Severity.WARNING: "cảnh báo",
    Severity.INFO: "thông tin",
}


def severity_label(level: Severity, lang: Lang) -> str:
    """A severity in the reader's language, the same word in every format."""
    return level.value if lang is Lang.EN else _SEVERITY_VI[level]


def verdict_sentence(result: CheckResult, lang: Lang) -> str:
    """ "Kết luận: đã kiểm tra 53 nhận định, 45 khớp, 8 không khớp; phát hiện: …": the verdict
    in words with its counts, the same sentence in every format that writes one."""
    counts = severity_counts(result.findings)
    parts = ", ".join(
        f"{format_count(n, lang)} {severity_label(Severity(level), lang)}"
        for level, n in counts.items()
    )
    checked = format_count(result.claims_checked, lang)
    consistent = format_count(result.claims_consistent, lang)
    wrong = format_count(result.claims_checked - result.claims_consistent, lang)
    if lang is Lang.EN:
        return (
            f"Verdict: {checked} claims checked, {consistent} consistent, {wrong} not; "
            f"findings: {parts}."
        )
    return (
        f"Kết luận: đã kiểm tra {checked} nhận định, {consistent} khớp, {wrong} không khớp; "
        f"phát hiện: {parts}."
    )
