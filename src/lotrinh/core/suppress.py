"""Inline suppression in plan files: `# lotrinh: ignore[LT203] lý do …`. Pure: text in,
suppressions out; a result and suppressions in, a filtered result out.

A comment applies to the YAML node it stands on, or, alone on its line, to the node on the
next line: a whole claim when it marks the claim's `- id:` line, one comparison when it marks
a `changes` item, a figure's line, a target. The node is found by indentation, so findings
inside it are covered wherever their own position is. A suppression needs a reason (else a
finding of its own, LT501), and one that suppresses nothing is reported (LT502), as ruff's
RUF100 reports an unused `noqa`: stale suppressions would otherwise hide the next slip.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lotrinh.core.check import CheckResult, refiltered
from lotrinh.findings.finding import CommentSubject, Finding, Suppressed
from lotrinh.findings.kinds import SUPPRESSION_UNUSED, SUPPRESSION_WITHOUT_REASON, lookup
from lotrinh.model import Plan, Position

_COMMENT = re.compile(r"(?:^|\s)#\s*lotrinh\s*:\s*ignore\s*\[(?P<codes>[^\]]*)\](?P<reason>.*)$")
_REASON_LEAD = " \t-–—:;,."


class Suppression(NamedTuple):
    """One comment: the codes it names, why, and the lines of the node it covers."""

    position: Position
    codes: tuple[str, ...]
    reason: str
    first: int
    last: int

    def naming(self, finding: Finding) -> list[str]:
        """The comment's codes that suppress the finding: none unless it lies in the node."""
        if not self.first <= finding.position.line <= self.last:
            return []
        return [
            code
            for code in self.codes
            if (kind := lookup(code)) is not None and kind.name == finding.kind
        ]


def scan(text: str) -> tuple[Suppression, ...]:
    """Every suppression comment of a plan file's text, with the node each covers."""
    lines = text.splitlines()
    found = []
    for index, line in enumerate(lines):
        if "lotrinh" not in line:
            continue
        match = _COMMENT.search(line)
        if match is None:
            continue
        hash_at = line.index("#", match.start())
        codes = tuple(code.strip() for code in match.group("codes").split(",") if code.strip())
        reason = match.group("reason").strip().lstrip(_REASON_LEAD).strip()
        target = index if line[:hash_at].strip() else _next_content(lines, index + 1)
        first, last = (index, index) if target is None else (target, _node_end(lines, target))
        found.append(
            Suppression(Position(index + 1, hash_at + 1), codes, reason, first + 1, last + 1)
        )
    return tuple(found)


def _is_content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _next_content(lines: list[str], start: int) -> int | None:
    return next((i for i in range(start, len(lines)) if _is_content(lines[i])), None)


def _node_end(lines: list[str], start: int) -> int:
    """The last line of the node that starts at `start`: the lines after it indented deeper
    (for a `- ` item, deeper than its dash)."""
    indent = len(lines[start]) - len(lines[start].lstrip())
    end = start
    for i in range(start + 1, len(lines)):
        if not _is_content(lines[i]):
            continue
        if len(lines[i]) - len(lines[i].lstrip()) <= indent:
            break
        end = i
    return end


def apply(result: CheckResult, suppressions: tuple[Suppression, ...]) -> CheckResult:
    """Set aside the findings the comments cover; report comments without a reason and
    codes that suppressed nothing (or name no finding kind)."""
    if not suppressions:
        return result
    used: set[tuple[int, str]] = set()
    aside: list[Suppressed] = []
    covered: set[int] = set()
    for index, finding in enumerate(result.findings):
        # Nested nodes: the innermost comment is the one that suppresses (an outer one naming
        # the same code is then reported unused, being redundant there).
        naming = [
            (suppression.last - suppression.first, number, named)
            for number, suppression in enumerate(suppressions)
            if (named := suppression.naming(finding))
        ]
        if naming:
            _, number, named = min(naming)
            used.update((number, code) for code in named)
            covered.add(index)
            aside.append(Suppressed(finding, "comment", suppressions[number].reason))
    added: list[Finding] = []
    for number, suppression in enumerate(suppressions):
        subject, year = _subject(result.plan, suppression)
        codes = ", ".join(suppression.codes) or "—"
        if not suppression.reason:
            added.append(
                Finding(
                    SUPPRESSION_WITHOUT_REASON,
                    subject,
                    year,
                    suppression.position,
                    params={"codes": codes},
                )
            )
        unused = [code for code in suppression.codes if (number, code) not in used]
        if unused or not suppression.codes:
            unknown = [code for code in unused if lookup(code) is None]
            codes = ", ".join(unknown or unused) or "—"
            added.append(
                Finding(
                    SUPPRESSION_UNUSED,
                    subject,
                    year,
                    suppression.position,
                    params={"codes": codes},
                    variant="unknown" if unknown else None,
                )
            )
    ids = {id(result.findings[i]) for i in covered}
    return refiltered(result, lambda f: id(f) not in ids, added, aside)


def _subject(plan: Plan, suppression: Suppression) -> tuple[CommentSubject, int]:
    """The units and year of the first claim, figure or target in the covered node, so the
    finding about the comment reads like the others (no unit and 0 when the node has none)."""

    def inside(position: Position) -> bool:
        return suppression.first <= position.line <= suppression.last

    for claim in plan.claims:
        if inside(claim.position):
            return CommentSubject((claim.unit,)), claim.year
    for figure in plan.figures.values():
        if inside(figure.position):
            return CommentSubject((figure.unit,)), figure.year
    for target in plan.targets:
        if inside(target.position):
            return CommentSubject(target.units), target.deadline
    return CommentSubject(), 0
