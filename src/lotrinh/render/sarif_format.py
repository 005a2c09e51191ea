"""`--format sarif`: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run; its rules are the finding kinds of `lotrinh.findings.kinds` (id = the stable code), so
a viewer can show each kind's documentation beside each result. SARIF has no level above
`error`, so a `material` finding is an `error` whose properties say `material`. The figures go
in each result's properties as exact JSON numbers, written the way `json_format` writes them.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from lotrinh import HOMEPAGE, __version__
from lotrinh.core import CheckResult
from lotrinh.findings.finding import Cause, Finding, Severity, written_units
from lotrinh.findings.kinds import KINDS, FindingKind
from lotrinh.model import Position
from lotrinh.numbers import Lang
from lotrinh.render import json_format, messages
from lotrinh.render.report import Report, code, figure_edit, severity

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
VERSION = "2.1.0"
FINGERPRINT = "lotrinh/v1"
"""partialFingerprints key: what identifies a finding when lines move (code, unit, years, claim)."""

LEVELS: dict[Severity, str] = {
    Severity.MATERIAL: "error",
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "note",
}

_EXAMPLES = {
    Lang.VI: ("Ví dụ sai:", "Ví dụ đúng:"),
    Lang.EN: ("Failing example:", "Passing example:"),
}


def render(report: Report) -> str:
    """The whole report as one SARIF log."""
    rules = [_rule(kind, report.lang) for kind in KINDS.values()]
    index = {kind.name: number for number, kind in enumerate(KINDS.values())}
    paths = list(dict.fromkeys(result.plan.path for result in report.results))
    run = {
        "tool": {
            "driver": {
                "name": "lotrinh",
                "version": __version__,
                **({"informationUri": HOMEPAGE} if HOMEPAGE else {}),
                "rules": rules,
            }
        },
        "language": report.lang.value,
        "columnKind": "unicodeCodePoints",
        "artifacts": [
            {"location": {"uri": uri(path)}, "roles": ["analysisTarget"]} for path in paths
        ],
        "results": [
            _result(finding, number, result, report, index)
            for result in report.results
            for number, finding in enumerate(result.findings)
        ],
    }
    if report.invocation is not None:
        run["invocations"] = [
            {
                "commandLine": report.invocation.command_line,
                "exitCode": report.invocation.exit_code,
                "executionSuccessful": report.invocation.exit_code in (0, 1),
            }
        ]
    document = {"$schema": SCHEMA, "version": VERSION, "runs": [run]}
    return json_format.dumps(document) + "\n"


def uri(path: str) -> str:
    """A plan path as a URI reference: forward slashes, everything else percent-encoded."""
    return quote(path.replace("\\", "/"), safe="/")


KINDS_SECTION = "các-loại-phát-hiện"
"""The README's section with the table of kinds (GitHub's anchor for its heading)."""


def help_uri(kind: FindingKind) -> str | None:
    """Where a kind is documented: the README's table of kinds (rows have no anchors of their
    own), when the project has a public address; `lotrinh explain CODE` prints the same text
    with examples."""
    return f"{HOMEPAGE}#{quote(KINDS_SECTION)}" if HOMEPAGE else None


def _rule(kind: FindingKind, lang: Lang) -> dict[str, Any]:
    pick = 1 if lang is Lang.EN else 0
    doc = kind.doc[pick]
    failing, passing = _EXAMPLES[lang]
    return {
        "id": kind.code,
        "name": kind.name,
        "shortDescription": {"text": kind.title[pick]},
        "fullDescription": {"text": doc},
        "help": {
            "text": f"{doc}\n\n{failing}\n{kind.failing}\n{passing}\n{kind.passing}",
            "markdown": f"{doc}\n\n{failing}\n\n```yaml\n{kind.failing}```\n\n"
            f"{passing}\n\n```yaml\n{kind.passing}```\n",
        },
        **({"helpUri": uri_} if (uri_ := help_uri(kind)) else {}),
        "defaultConfiguration": {"level": LEVELS[kind.severity]},
        "properties": {"severity": kind.severity.value},
    }


def _result(
    finding: Finding, number: int, result: CheckResult, report: Report, index: dict[str, int]
) -> dict[str, Any]:
    lang = report.lang
    path = result.plan.path
    text = messages.message(finding, lang)
    suggestion = messages.suggestion(finding, lang)
    out: dict[str, Any] = {
        "ruleId": code(finding),
        "ruleIndex": index[finding.kind],
        "level": LEVELS[severity(finding)],
        "message": {"text": f"{text}\n{suggestion}" if suggestion else text},
        "locations": [_location(path, finding.position)],
        "partialFingerprints": {FINGERPRINT: _fingerprint(finding)},
        # The finding exactly as `--format json` writes it, so both contracts agree.
        "properties": {
            **json_format.finding_fields(finding, result, report),
            "failing": report.failing(finding),
        },
    }
    related = [
        _location(path, cause.fix.position, _cause_text(cause, result, lang), number=n)
        for n, cause in enumerate(result.causes, start=1)
        if number in cause.explains
    ]
    if related:
        out["relatedLocations"] = related
    fixes = [
        fix
        for cause in result.causes
        if number in cause.explains
        and (fix := _fix(cause, path, report, _cause_text(cause, result, lang))) is not None
    ]
    if fixes:
        out["fixes"] = fixes
    return out


def _fix(cause: Cause, path: str, report: Report, text: str) -> dict[str, Any] | None:
    """The corrected figure as an edit, when the figure's text is known and reads as the old
    value (a viewer then offers to apply it); None otherwise."""
    edit = figure_edit(report.figure_lines.get((path, cause.fix.position.line)), cause)
    if edit is None:
        return None
    start, end, written = edit
    region = {"startLine": cause.fix.position.line, "startColumn": start, "endColumn": end}
    return {
        "description": {"text": text},
        "artifactChanges": [
            {
                "artifactLocation": {"uri": uri(path)},
                "replacements": [{"deletedRegion": region, "insertedContent": {"text": written}}],
            }
        ],
    }


def _location(
    path: str, position: Position, text: str | None = None, number: int | None = None
) -> dict[str, Any]:
    location: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": uri(path)},
            "region": {"startLine": position.line, "startColumn": position.column},
        }
    }
    if position.cell:
        # A workbook has no lines: the region holds the cell's row and column number, and
        # the cell reference, which the analyst can find, is the logical location.
        location["logicalLocations"] = [{"fullyQualifiedName": position.cell, "kind": "element"}]
    if number is not None:
        location["id"] = number
    if text is not None:
        location["message"] = {"text": text}
    return location


def _cause_text(cause: Cause, result: CheckResult, lang: Lang) -> str:
    return messages.cause_text(cause, result.plan, result.findings, lang)


def _fingerprint(finding: Finding) -> str:
    parts = (code(finding), written_units(finding), finding.year, finding.base_year, finding.claim)
    return ":".join("" if part is None else str(part) for part in parts)
