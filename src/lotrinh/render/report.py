"""What a renderer receives: the checked plans, the reader's language, the failure level."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from lotrinh.core import CheckResult
from lotrinh.findings.finding import Cause, Finding, Severity
from lotrinh.findings.groups import is_reading
from lotrinh.findings.kinds import KINDS
from lotrinh.numbers import Lang

TEXT_WIDTH = 100
"""Width of text that goes to a pipe or a file when COLUMNS does not say otherwise."""


class Show(StrEnum):
    """`--show`: what the text view holds besides the verdict. `findings` (the default): the
    likely causes, the findings and the targets; `roadmap` adds each unit's roadmap table;
    `all` shows every roadmap table, however many units the plan has."""

    FINDINGS = "findings"
    ROADMAP = "roadmap"
    ALL = "all"


class Verdict(StrEnum):
    """A file's result in one word. `not-fully-checked`: part of the document was not read
    (a reading finding, LT4xx) and nothing read reaches the failure level."""

    PASSED = "passed"
    FAILED = "failed"
    NOT_FULLY_CHECKED = "not-fully-checked"


@dataclass(frozen=True)
class Report:
    """One run of `lotrinh check`: every file's result, in the order given, and how to show it
    (`width` and `show` matter to the text view only)."""

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
    width: int = TEXT_WIDTH
    show: Show = Show.FINDINGS

    def failing(self, finding: Finding) -> bool:
        """Whether a finding reaches the failure level."""
        return self.fail_on is not None and severity(finding).rank >= self.fail_on.rank

    @property
    def failed(self) -> bool:
        """Whether any finding of any file reaches the failure level."""
        return any(self.failing(f) for result in self.results for f in result.findings)

    def verdict(self, findings: tuple[Finding, ...]) -> Verdict:
        """One file's verdict (or the run's, given every file's findings). What was read and
        fails decides first; a document not fully read cannot pass."""
        if any(self.failing(f) and not is_reading(code(f)) for f in findings):
            return Verdict.FAILED
        if any(is_reading(code(f)) for f in findings):
            return Verdict.NOT_FULLY_CHECKED
        return Verdict.PASSED


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
