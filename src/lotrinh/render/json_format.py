"""`--format json`: the stable, versioned contract CI users and our own tests rely on.

Figures are JSON numbers; rates are numbers in percent (1.67). Numbers are written from
`int` and `Decimal` text directly, never through binary floats.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

from lotrinh.core import CheckResult
from lotrinh.core.roadmap import Entry
from lotrinh.core.targets import TargetStatus
from lotrinh.findings.finding import Cause, Finding, written_units
from lotrinh.model import Position
from lotrinh.numbers import round_fraction, trimmed
from lotrinh.render import messages
from lotrinh.render.notes import note_of
from lotrinh.render.report import Report, code, severity, severity_counts, suppressed_counts

VERSION = 1
RATE_DECIMALS = 4


def render(report: Report) -> str:
    """The whole report as one JSON document."""
    summary = _summary([f for r in report.results for f in r.findings], report)
    if report.baseline_gone is not None:  # only with a baseline: the contract is unchanged
        summary["baseline_gone"] = report.baseline_gone
    document = {
        "version": VERSION,
        "tool": "lotrinh",
        "lang": report.lang.value,
        "files": [_file(result, report) for result in report.results],
        "summary": summary,
    }
    return dumps(document) + "\n"


def _file(result: CheckResult, report: Report) -> dict[str, Any]:
    meta = result.plan.meta
    return {
        "path": result.plan.path,
        "plan": {
            "number": meta.number,
            "title": meta.title,
            "issuer": meta.issuer,
            "date": meta.date.isoformat() if meta.date else None,
            "scope": meta.scope,
        },
        "findings": [finding_fields(f, result, report) for f in result.findings],
        "causes": [_cause(c, result, report) for c in result.causes],
        "roadmap": _roadmap(result),
        "targets": [_target(status) for status in result.targets],
        "summary": {
            "claims": len(result.plan.claims),
            "claims_checked": result.claims_checked,
            "claims_consistent": result.claims_consistent,
            **_summary(list(result.findings), report),
            # Only when something was set aside: the contract stays as it was without.
            **({"suppressed": suppressed_counts(result)} if result.suppressed else {}),
        },
    }


def finding_fields(finding: Finding, result: CheckResult, report: Report) -> dict[str, Any]:
    """One finding as the JSON contract writes it (SARIF reuses it for its properties)."""
    return {
        "code": code(finding),
        "kind": finding.kind,
        "severity": severity(finding).value,
        "unit": written_units(finding),
        "unit_name": ", ".join(
            result.plan.units[u].label for u in finding.units if u in result.plan.units
        )
        or None,
        "year": finding.year,
        "base_year": finding.base_year,
        "stated": finding.stated,
        "computed": finding.computed,
        "message": messages.message(finding, report.lang),
        "suggestion": messages.suggestion(finding, report.lang) or None,
        "hints": messages.hints(finding, report.lang),
        **_located(finding.position),
        "quote": finding.quote,
        "claim": finding.claim,
        # Only where the plan writes one beside the claim or figure: the contract is unchanged
        # for plans without notes.
        **({"note": note} if (note := note_of(finding, result.plan)) else {}),
    }


def _located(position: Position) -> dict[str, Any]:
    """Line and column (a workbook's row and column number), and for a workbook the cell
    reference, which is what the analyst can find: `"cell": "Số liệu!C7"`."""
    fields: dict[str, Any] = {"line": position.line, "column": position.column}
    if position.cell:
        fields["cell"] = position.cell
    return fields


def _cause(cause: Cause, result: CheckResult, report: Report) -> dict[str, Any]:
    fix = cause.fix
    return {
        "unit": fix.unit,
        "year": fix.year,
        "written": fix.old,
        "probably": fix.new,
        "how": fix.how,
        **_located(fix.position),
        "explains": list(cause.explains),
        "clarifies": [c.finding for c in cause.clarifies],
        "message": messages.cause_text(cause, result.plan, result.findings, report.lang),
    }


def _roadmap(result: CheckResult) -> list[dict[str, Any]]:
    return [
        {"unit": unit, "years": [_entry(entry) for entry in entries]}
        for unit, entries in result.roadmap.rows()
    ]


def _entry(entry: Entry) -> dict[str, Any]:
    return {
        "year": entry.year,
        "value": entry.value,
        "origin": entry.origin.value,
        "change": entry.change,
        "against": [
            {
                "base_year": a.base_year,
                "reduction": a.reduction,
                "rate": None if a.rate is None else round_fraction(a.rate, RATE_DECIMALS),
            }
            for a in entry.against
        ],
    }


def _target(status: TargetStatus) -> dict[str, Any]:
    target = status.target
    return {
        "id": target.id,
        "source": target.source,
        "units": list(target.units),
        "base_year": target.base_year,
        "deadline": target.deadline,
        "min_rate": target.min_rate.percent,
        "base": status.base,
        "value": status.value,
        "needed": status.needed,
        "achieved": status.achieved,
        "met": status.met,
        "missing": [{"unit": unit, "year": year} for unit, year in status.missing],
    }


def _summary(findings: list[Finding], report: Report) -> dict[str, Any]:
    return {
        "findings": len(findings),
        "by_severity": severity_counts(tuple(findings)),
        "failed": any(report.failing(f) for f in findings),
        "verdict": report.verdict(tuple(findings)).value,
    }


def dumps(value: Any) -> str:
    """JSON text with Decimals written as the numbers they are (json cannot do this).

    A Decimal reaches json's `default` hook, which stands it in as the string NUL + digits +
    NUL; json writes that as "\\u0000…\\u0000", and only whole strings of that shape are then
    unwrapped: no loaded text contains NUL, and text that merely spells a backslash and
    "u0000" is written with its backslash doubled.
    """
    text = json.dumps(value, ensure_ascii=False, indent=2, default=_stand_in)
    return _MARKED.sub(r"\1", text)


_MARKED = re.compile(r'"\\u0000(-?[0-9]+(?:\.[0-9]+)?)\\u0000"')


def _stand_in(value: Any) -> str:
    if isinstance(value, Decimal):
        return "\0" + _decimal_text(value) + "\0"
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _decimal_text(value: Decimal) -> str:
    return f"{trimmed(value):f}"
