"""`--statistics` (findings per code, as ruff's) and `--show-suppressed` (what was set
aside and why). Pure: a report in, text out."""

from __future__ import annotations

from collections import Counter

from lotrinh.findings.kinds import KINDS
from lotrinh.numbers import Lang
from lotrinh.render import messages
from lotrinh.render.inert import one_line
from lotrinh.render.report import Report, code


def render_statistics(report: Report) -> str:
    """One line per code, most frequent first: count, code, name, severity."""
    counts = Counter(f.kind for result in report.results for f in result.findings)
    if not counts:
        return "Không có phát hiện.\n" if report.lang is Lang.VI else "No findings.\n"
    width = len(str(max(counts.values())))
    lines = [
        f"{n:>{width}}  {KINDS[kind].code}  {kind}  ({KINDS[kind].severity.value})"
        for kind, n in sorted(counts.items(), key=lambda item: (-item[1], KINDS[item[0]].code))
    ]
    return "\n".join(lines) + "\n"


def suppressed_lines(report: Report) -> str:
    """`path:line:column: LT203 message [bỏ qua: reason]`, one line per suppressed finding."""
    en = report.lang is Lang.EN
    lines = []
    for result in report.results:
        for item in result.suppressed:
            finding = item.finding
            where = f"{result.plan.path}:{finding.position.where()}"
            if item.by == "baseline":
                why = "baseline"
            else:
                label = "suppressed" if en else "bỏ qua"
                none = "no reason" if en else "không nêu lý do"
                why = f"{label}: {item.reason or none}"
            text = messages.message(finding, report.lang)
            lines.append(one_line(f"{where}: {code(finding)} {text} [{why}]"))
    return "".join(line + "\n" for line in lines)
