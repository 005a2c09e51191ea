"""What a renderer receives: the checked plans, the reader's language, the failure level."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from lotrinh.core import CheckResult
from lotrinh.findings.finding import Cause, Finding, Severity
from lotrinh.findings.kinds import KINDS
from lotrinh.numbers import Lang, format_count


@dataclass(frozen=True)
class Report:
    """One run of `lotrinh check`: every file's result, in the order given."""

    results: tuple[CheckResult, ...]
    lang: Lang = Lang.VI
    fail_on: Severity | None = Severity.ERROR  # None: never fail on findings
    baseline_gone: int | None = None
    """Baseline entries that no longer occur; None when no baseline is in use."""
    invocation: Invocation | None = None
    """How lotrinh was run, for formats that record it (SARIF)."""
    figure_lines: Mapping[tuple[str, int], str] = field(default_factory=dict)
    """(path, line) → the line's text, for the figures likely causes correct: formats that
    propose edits (SARIF fixes) replace the figure exactly as written."""

    def failing(self, finding: Finding) -> bool:
        """Whether a finding reaches the failure level."""
        return self.fail_on is not None and severity(finding).rank >= self.fail_on.rank

    @property
    def failed(self) -> bool:
        """Whether any finding of any file reaches the failure level."""
        return any(self.failing(f) for result in self.results for f in result.findings)


class Invocation(NamedTuple):
    """The command line as given and the exit code the run ends with."""

    command_line: str
    exit_code: int


_FIGURE = re.compile(r"[0-9]+(?:([. \u00a0])[0-9]{3})*")


def figure_edit(line: str | None, cause: Cause) -> tuple[int, int, str] | None:
    """Where a cause's figure is written on its line (1-based start and end columns) and the
    corrected figure grouped the same way ("24.424" → "25.424", "24424" → "25424"); None
    when the text at the figure's column does not read as the figure."""
    if line is None:
        return None
    start = cause.fix.position.column - 1
    match = _FIGURE.match(line, start)
    if match is None or int(re.sub(r"[^0-9]", "", match.group())) != cause.fix.old:
        return None
    group = match.group(1)
    written = f"{cause.fix.new:,}".replace(",", group) if group else str(cause.fix.new)
    return start + 1, match.end() + 1, written


def suppressed_counts(result: CheckResult) -> dict[str, int]:
    """Findings set aside, by how: "comment" (inline suppression) and "baseline"."""
    counts = Counter(item.by for item in result.suppressed)
    return {by: counts.get(by, 0) for by in ("comment", "baseline")}


def suppressed_note(result: CheckResult, lang: Lang) -> str:
    """ " Bỏ qua 2 phát hiện (chú thích: 1, baseline: 1)." or "" when nothing was set aside."""
    if not result.suppressed:
        return ""
    counts = suppressed_counts(result)
    if lang is Lang.EN:
        return (
            f" Suppressed: {len(result.suppressed)} (comments: {counts['comment']}, "
            f"baseline: {counts['baseline']}; --show-suppressed lists them)."
        )
    return (
        f" Bỏ qua {len(result.suppressed)} phát hiện (chú thích: {counts['comment']}, "
        f"baseline: {counts['baseline']}; --show-suppressed để xem)."
    )


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
    set_aside = suppressed_note(result, lang)
    if lang is Lang.EN:
        return (
            f"Verdict: {checked} claims checked, {consistent} consistent, {wrong} not; "
            f"findings: {parts}.{set_aside}"
        )
    return (
        f"Kết luận: đã kiểm tra {checked} nhận định, {consistent} khớp, {wrong} không khớp; "
        f"phát hiện: {parts}.{set_aside}"
    )
