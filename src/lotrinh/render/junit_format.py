"""`--format junit`: JUnit XML, for CI systems that show test reports (GitLab, Jenkins, ...).

One testsuite per plan. Its testcases are what a reader of the plan would tick off: one per
claim checked (named by claim id and the start of its quote), one per policy target, and one per
finding that belongs to neither (sums, baselines, trend). A testcase fails when a finding on it
reaches the failure level (`--fail-on`); findings below it are passed and shown in system-out.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from lotrinh.core import CheckResult
from lotrinh.findings.finding import ClaimSubject, Finding, TargetSubject, written_units
from lotrinh.findings.kinds import CLAIM_UNVERIFIABLE
from lotrinh.model import Claim
from lotrinh.numbers import Lang, format_count
from lotrinh.render import messages
from lotrinh.render.report import Report, code, severity

QUOTE_EXCERPT = 60
"""Characters of a claim's quote kept in its testcase name."""


@dataclass
class _Case:
    name: str
    line: int
    findings: list[Finding] = field(default_factory=list)


def render(report: Report) -> str:
    """The whole report as one `<testsuites>` document."""
    root = ET.Element("testsuites", name="lotrinh")
    suites = [_suite(result, report) for result in report.results]
    root.extend(suites)
    for attribute in ("tests", "failures", "errors", "skipped"):
        root.set(attribute, str(sum(int(suite.get(attribute, "0")) for suite in suites)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def _suite(result: CheckResult, report: Report) -> ET.Element:
    path = result.plan.path
    suite = ET.Element("testsuite", name=_xml(path))
    meta = result.plan.meta
    properties = ET.SubElement(suite, "properties")
    for name, value in (
        ("plan", meta.number),
        ("title", meta.title),
        ("claims_checked", str(result.claims_checked)),
        ("claims_consistent", str(result.claims_consistent)),
    ):
        if value is not None:
            ET.SubElement(properties, "property", name=name, value=_xml(value))
    cases = _cases(result)
    failures = 0
    for case in cases:
        element = ET.SubElement(
            suite, "testcase", classname=_xml(path), name=_xml(case.name), file=_xml(path)
        )
        element.set("line", str(case.line))
        failing = [f for f in case.findings if report.failing(f)]
        passing = [f for f in case.findings if not report.failing(f)]
        if failing:
            failures += 1
            failure = ET.SubElement(
                element,
                "failure",
                message=_xml("; ".join(messages.message(f, report.lang) for f in failing)),
                type=", ".join(f"{code(f)} {f.kind}" for f in failing),
            )
            failure.text = _xml(_details(failing, path, report.lang))
        if passing:
            ET.SubElement(element, "system-out").text = _xml(_details(passing, path, report.lang))
    if result.causes:
        ET.SubElement(suite, "system-out").text = _xml(
            "\n".join(
                messages.cause_text(c, result.plan, result.findings, report.lang)
                for c in result.causes
            )
        )
    suite.set("tests", str(len(cases)))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    suite.set("skipped", "0")
    return suite


def _cases(result: CheckResult) -> list[_Case]:
    """Claims checked, then targets, then a case for each finding neither of them takes."""
    plan = result.plan
    unverifiable = {f.claim for f in result.findings if f.kind == CLAIM_UNVERIFIABLE}
    claims = {
        claim.id: _Case(f"{claim.id}: {_excerpt(claim)}", claim.position.line)
        for claim in plan.claims
        if claim.id not in unverifiable
    }
    targets = {
        target.id: _Case(f"{target.id}: {target.source}", target.position.line)
        for target in plan.targets
    }
    others: list[_Case] = []
    for finding in result.findings:
        subject = finding.subject
        if isinstance(subject, TargetSubject) and subject.target in targets:
            targets[subject.target].findings.append(finding)
        elif isinstance(subject, ClaimSubject) and subject.claim in claims:
            claims[subject.claim].findings.append(finding)
        else:
            name = f"{code(finding)} {finding.kind}: {written_units(finding)} {finding.year}"
            others.append(_Case(name, finding.position.line, [finding]))
    return [*claims.values(), *targets.values(), *others]


def _details(findings: list[Finding], path: str, lang: Lang) -> str:
    lines = []
    for f in findings:
        where = f"{path}:{f.position.where()}"
        lines.append(
            f"{where}: {severity(f).value} {code(f)} {f.kind}: {messages.message(f, lang)}"
        )
        suggestion = messages.suggestion(f, lang)
        if suggestion:
            lines.append(f"  {suggestion}")
    return "\n".join(lines)


def _excerpt(claim: Claim) -> str:
    """The part of the quote that this claim reads: several claims often share one sentence,
    so the excerpt ends at its own comparison ("so với năm 2022") or figure, where found."""
    flat = " ".join(claim.quote.split())
    if len(flat) <= QUOTE_EXCERPT:
        return flat
    if claim.base_year is not None:
        anchor = f"so với năm {claim.base_year}"
    else:
        anchor = format_count(claim.value) if claim.value is not None else ""
    end = flat.find(anchor) + len(anchor) if anchor and anchor in flat else QUOTE_EXCERPT - 1
    start = max(0, end - (QUOTE_EXCERPT - 2))
    head = "…" if start > 0 else ""
    tail = "…" if end < len(flat) else ""
    return head + flat[start:end].strip() + tail


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(text: str) -> str:
    """Text XML 1.0 can hold: ElementTree escapes markup but writes control characters as they
    are, which no parser accepts."""
    return _NOT_XML.sub("\ufffd", text)
