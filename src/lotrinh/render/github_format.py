"""`--format github`: GitHub Actions workflow commands, one annotation per finding.

`::error file=plans/a.yaml,line=87,col=12,title=LT101 sum-mismatch::message`. GitHub shows
only 10 annotations of each type (error, warning, notice) per step, so the worst come first;
the complete list goes to the job summary, which `step_summary` writes as Markdown.

Escaping follows the Actions toolkit: in the message, `%`, CR and LF are percent-encoded; in
properties, `:` and `,` too, since they separate the properties.
"""

from __future__ import annotations

from lotrinh.core import CheckResult
from lotrinh.findings.finding import Finding, Severity
from lotrinh.model import Position
from lotrinh.numbers import Lang
from lotrinh.render import markdown_format, messages
from lotrinh.render.report import Report, code, severity

ANNOTATION_LIMIT = 10
"""Annotations of one type that GitHub shows for a step; the rest are dropped."""

LEVELS: dict[Severity, str] = {
    Severity.MATERIAL: "error",
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "notice",
}

_CAUSE_TITLE = {Lang.VI: "lotrinh: nguyên nhân có thể", Lang.EN: "lotrinh: likely cause"}
_LIMIT_NOTE = {
    Lang.VI: "> GitHub chỉ hiện {limit} chú thích mỗi loại cho một bước; danh sách đầy đủ ở dưới.",
    Lang.EN: "> GitHub shows only {limit} annotations of each type per step; "
    "the complete list is below.",
}


def render(report: Report) -> str:
    """Every finding as a workflow command, worst first; likely causes as notices."""
    ranked: list[tuple[int, str]] = []
    for result in report.results:
        ranked += [(_priority(severity(f)), _finding(f, result, report)) for f in result.findings]
        ranked += [(_CAUSE_PRIORITY, line) for line in _causes(result, report)]
    # Stable sort: within a priority, files in the order given and findings as the core sorted.
    ranked.sort(key=lambda item: -item[0])
    return "".join(line + "\n" for _, line in ranked)


def step_summary(report: Report) -> str:
    """Markdown for `$GITHUB_STEP_SUMMARY`: the whole report, since annotations are capped."""
    text = markdown_format.render(report)
    if _capped(report):
        note = _LIMIT_NOTE[report.lang].format(limit=ANNOTATION_LIMIT)
        title, _, rest = text.partition("\n\n")
        return f"{title}\n\n{note}\n\n{rest}"
    return text


def command(name: str, properties: dict[str, str], message: str) -> str:
    """One workflow command line, with properties and message escaped."""
    props = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(message)}"


def escape_data(text: str) -> str:
    """The message part: `%` first, so that the escapes added next stay intact."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value: as the message, and `:` and `,`, which delimit properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


_CAUSE_PRIORITY = 1  # after warnings, before info findings: both are notices


def _priority(level: Severity) -> int:
    return 2 * level.rank


def _finding(finding: Finding, result: CheckResult, report: Report) -> str:
    text = messages.message(finding, report.lang)
    suggestion = messages.suggestion(finding, report.lang)
    if suggestion:
        text += "\n" + suggestion
    title = f"{code(finding)} {finding.kind}"
    level = LEVELS[severity(finding)]
    return command(level, _where(result.plan.path, finding.position, title), text)


def _causes(result: CheckResult, report: Report) -> list[str]:
    title = _CAUSE_TITLE[report.lang]
    return [
        command(
            "notice",
            _where(result.plan.path, cause.fix.position, title),
            messages.cause_text(cause, result.plan, result.findings, report.lang),
        )
        for cause in result.causes
    ]


def _where(path: str, position: Position, title: str) -> dict[str, str]:
    if position.cell:
        # A workbook has no lines GitHub could show: the cell goes into the title.
        return {"file": path, "title": f"{title} ({position.cell})"}
    return {
        "file": path,
        "line": str(position.line),
        "col": str(position.column),
        "title": title,
    }


def _capped(report: Report) -> bool:
    counts: dict[str, int] = {}
    for result in report.results:
        for finding in result.findings:
            level = LEVELS[severity(finding)]
            counts[level] = counts.get(level, 0) + 1
        counts["notice"] = counts.get("notice", 0) + len(result.causes)
    return any(count > ANNOTATION_LIMIT for count in counts.values())
