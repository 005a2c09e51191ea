"""`--format concise`: one line per finding, `path:line:col: CODE [mức] message`, the shape
editors (errorformat, problem matchers), grep and CI logs understand, then one verdict line
per file (which matches no such pattern, so tools skip it)."""

from __future__ import annotations

from lotrinh.render import messages
from lotrinh.render.report import Report, code, severity, severity_label
from lotrinh.render.verdict import verdict_text


def render(report: Report) -> str:
    """Every file's findings, worst first, then each file's verdict."""
    lines: list[str] = []
    for result in report.results:
        path = result.plan.path
        for finding in sorted(result.findings, key=lambda f: -severity(f).rank):
            where = f"{path}:{finding.position.line}:{finding.position.column}"
            level = severity_label(severity(finding), report.lang)
            text = " ".join(messages.message(finding, report.lang).split())
            lines.append(f"{where}: {code(finding)} [{level}] {text}")
    lines.extend(f"{r.plan.path}: {verdict_text(r, report)}" for r in report.results)
    return "".join(line + "\n" for line in lines)
