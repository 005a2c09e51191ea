"""`--format gitlab`: a GitLab Code Quality report (`artifacts: reports: codequality`).

The format is a subset of Code Climate's: a JSON array of issues, each with a description,
a check name, a fingerprint, a severity and a location (path and first line). GitLab compares
the fingerprints of a merge request's report with its target branch's to tell new findings
from old, so a fingerprint must not change when lines move: it is the baseline's (file,
code, unit, year, base year, stated value), hashed, with a counter for identical findings.
Paths are written as given: run lotrinh from the repository's root.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Any

from lotrinh.core.baseline import fingerprint
from lotrinh.findings.finding import Finding, Severity
from lotrinh.render import json_format, messages
from lotrinh.render.report import Report, code, severity

SEVERITIES: dict[Severity, str] = {
    Severity.MATERIAL: "critical",
    Severity.ERROR: "major",
    Severity.WARNING: "minor",
    Severity.INFO: "info",
}
"""GitLab's scale is info, minor, major, critical, blocker; nothing of ours blocks a merge by
itself, so `blocker` is left to the pipeline's own rules."""


def render(report: Report) -> str:
    """Every finding of every file as one Code Quality array."""
    issues: list[dict[str, Any]] = []
    seen: Counter[str] = Counter()
    for result in report.results:
        path = result.plan.path.replace("\\", "/")
        for finding in result.findings:
            identity = "\0".join(map(str, fingerprint(path, finding)))
            seen[identity] += 1
            digest = hashlib.sha256(f"{identity}\0{seen[identity]}".encode()).hexdigest()
            text = messages.message(finding, report.lang)
            suggestion = messages.suggestion(finding, report.lang)
            issue: dict[str, Any] = {
                "type": "issue",
                "check_name": code(finding),
                "description": f"{code(finding)}{_cell(finding)} {text}",
                "categories": ["Bug Risk"],
                "severity": SEVERITIES[severity(finding)],
                "fingerprint": digest,
                "location": {"path": path, "lines": {"begin": finding.position.line}},
            }
            if suggestion:
                issue["content"] = {"body": suggestion}
            issues.append(issue)
    return json_format.dumps(issues) + "\n"


def _cell(finding: Finding) -> str:
    """A workbook has no lines GitLab could show (`lines.begin` is the row): the cell is named
    in the description, as the GitHub format names it in its title."""
    return f" ({finding.position.cell})" if finding.position.cell else ""
