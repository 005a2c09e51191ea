"""`--format markdown`: one section per plan, for reviews, issues and `$GITHUB_STEP_SUMMARY`.

Each section leads with the plan, a summary line and the verdict, then the likely causes (one
slip that explains several findings is what a reader should fix first), then every finding in a
table. Text from the plan (quotes, names, paths) is escaped, so that a `|` or a line break in it
cannot break the table or start Markdown of its own.
"""

from __future__ import annotations

import re

from lotrinh.core import CheckResult
from lotrinh.findings.finding import Finding, Severity
from lotrinh.model import Plan, Position
from lotrinh.numbers import Lang, format_count
from lotrinh.render import messages
from lotrinh.render.notes import note_of
from lotrinh.render.report import (
    Report,
    Verdict,
    code,
    severity,
    severity_counts,
    severity_label,
)

_WORDS: dict[Lang, dict[str, str]] = {
    Lang.VI: {
        "title": "Kết quả kiểm tra lộ trình tinh giản biên chế (lotrinh)",
        "file": "Tệp",
        "summary": "Nhận định đã kiểm tra: {checked} ({consistent} nhất quán, "
        "{inconsistent} không). Phát hiện: {findings} ({counts}).",
        "failed": "Kết quả: **không đạt** (có phát hiện từ mức {level} trở lên).",
        "passed": "Kết quả: **đạt**.",
        "unread": "Kết quả: **chưa kiểm tra hết** (có đoạn văn bản không đọc được, mã LT4xx).",
        "causes": "Nguyên nhân có thể",
        "findings": "Phát hiện",
        "none": "Không có phát hiện nào.",
        "header": "| Mức | Mã | Vị trí | Nội dung | Gợi ý |",
        "at": "tại",
        "note": "ghi chú",
    },
    Lang.EN: {
        "title": "Staffing-reduction plan check (lotrinh)",
        "file": "File",
        "summary": "Claims checked: {checked} ({consistent} consistent, {inconsistent} not). "
        "Findings: {findings} ({counts}).",
        "failed": "Result: **failed** (findings at or above {level}).",
        "passed": "Result: **passed**.",
        "unread": "Result: **not fully checked** (parts of the document were not read, LT4xx).",
        "causes": "Likely causes",
        "findings": "Findings",
        "none": "No findings.",
        "header": "| Severity | Code | Position | Message | Suggestion |",
        "at": "at",
        "note": "note",
    },
}


def render(report: Report) -> str:
    """The whole report: a title, then one section per plan, in the order given."""
    words = _WORDS[report.lang]
    sections = [f"# {escape(words['title'])}"]
    sections += [render_file(result, report) for result in report.results]
    return "\n\n".join(sections) + "\n"


def render_file(result: CheckResult, report: Report) -> str:
    """One plan's section (a second-level heading and what follows it)."""
    words = _WORDS[report.lang]
    path = result.plan.path
    parts = [f"## {escape(_heading(result))}", f"{words['file']}: {escape(path)}"]
    parts += [_summary(result, report), _verdict(result, report)]
    if result.causes:
        said = [
            messages.cause_text(c, result.plan, result.findings, report.lang, located=False)
            for c in result.causes
        ]
        lines = [
            f"- {escape(text)} ({words['at']} {escape(where(path, c.fix.position))})"
            for text, c in zip(said, result.causes, strict=True)
        ]
        parts.append(f"### {words['causes']}\n\n" + "\n".join(lines))
    parts.append(f"### {words['findings']}\n\n" + _table(result, report))
    return "\n\n".join(parts)


def escape(text: str) -> str:
    """Plain text as Markdown that shows it literally, on one line (safe in a table cell)."""
    escaped = _SPECIAL.sub(r"\\\g<0>", text)
    return _NEWLINE.sub("<br>", escaped)


_SPECIAL = re.compile(r"[\\`*_\[\]<>|~&#]")  # CommonMark lets any ASCII punctuation be escaped
_NEWLINE = re.compile(r"\r\n|\r|\n")


def where(path: str, position: Position) -> str:
    """`plans/a.yaml:12:5`, the form editors and terminals turn into a link."""
    return f"{path}:{position.where()}"


def _heading(result: CheckResult) -> str:
    meta = result.plan.meta
    named = [text for text in (meta.number, meta.title) if text]
    return ": ".join(named) if named else result.plan.path


def _summary(result: CheckResult, report: Report) -> str:
    lang = report.lang
    counts = severity_counts(result.findings)
    return _WORDS[lang]["summary"].format(
        checked=format_count(result.claims_checked, lang),
        consistent=format_count(result.claims_consistent, lang),
        inconsistent=format_count(result.claims_checked - result.claims_consistent, lang),
        findings=format_count(len(result.findings), lang),
        counts=", ".join(
            f"{format_count(counts[level.value], lang)} {severity_label(level, lang)}"
            for level in Severity
        ),
    )


def _verdict(result: CheckResult, report: Report) -> str:
    words = _WORDS[report.lang]
    verdict = report.verdict(result.findings)
    if verdict is Verdict.FAILED and report.fail_on is not None:
        return words["failed"].format(level=f"`{report.fail_on.value}`")
    if verdict is Verdict.NOT_FULLY_CHECKED:
        return words["unread"]
    return words["passed"]


def _table(result: CheckResult, report: Report) -> str:
    words = _WORDS[report.lang]
    if not result.findings:
        return words["none"]
    rows = [words["header"], "|---|---|---|---|---|"]
    rows += [_row(finding, result.plan, report.lang) for finding in result.findings]
    return "\n".join(rows)


def _row(finding: Finding, plan: Plan, lang: Lang) -> str:
    message = messages.message(finding, lang)
    note = note_of(finding, plan)
    if note:
        message += f" ({_WORDS[lang]['note']}: {note})"
    cells = (
        severity_label(severity(finding), lang),
        f"{code(finding)} {finding.kind}",
        where(plan.path, finding.position),
        message,
        messages.suggestion(finding, lang),
    )
    return "| " + " | ".join(escape(cell) for cell in cells) + " |"
