"""The baseline: findings a team has accepted, so that CI reports only new ones.

A finding is recognised by what it says, not where: file, code, unit, year, base year and
stated value. Lines move with every unrelated edit; those six change only when the slip
itself changes (and a corrected slip then no longer matches, so it is reported as gone).
Equal fingerprints are counted, as phpstan's baseline counts them: two identical slips
accepted, a third is new. Pure: text in, text out; the CLI reads and writes the file.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, NamedTuple

from lotrinh.core.check import CheckResult, refiltered
from lotrinh.findings.finding import Finding, Suppressed, written_units
from lotrinh.findings.kinds import KINDS
from lotrinh.numbers import trimmed
from lotrinh.problems import LoadError, Problem

VERSION = 1
Fingerprint = tuple[str, str, str, int, int | None, str | None, str | None]
"""(path, code, unit, year, base year, stated value as text, quote of a unit-less finding)."""


def fingerprint(path: str, finding: Finding) -> Fingerprint:
    """What identifies a finding across edits that do not touch it. A finding about no unit
    (a sentence the reader could not read, LT4xx) is told apart by its quote instead."""
    stated = finding.stated
    text = None if stated is None else _number(stated)
    quote = finding.quote if not finding.units else None
    code = KINDS[finding.kind].code
    return (path, code, written_units(finding), finding.year, finding.base_year, text, quote)


def _number(value: int | Decimal) -> str:
    if isinstance(value, Decimal):
        return f"{trimmed(value):f}"
    return str(value)


class Outcome(NamedTuple):
    """Results with baseline findings set aside, and how many entries no longer occur."""

    results: tuple[CheckResult, ...]
    matched: int
    gone: int


def split(
    results: Sequence[CheckResult], accepted: Counter[Fingerprint], path: Callable[[str], str]
) -> Outcome:
    """Set aside each finding the baseline accepts (each entry accepts as many findings as
    its count). `path` maps a plan's path to the form the baseline records."""
    left = Counter(accepted)
    out = []
    matched = 0
    for result in results:
        where = path(result.plan.path)
        aside: list[Suppressed] = []
        taken: set[int] = set()
        for finding in result.findings:
            key = fingerprint(where, finding)
            if left[key] > 0:
                left[key] -= 1
                taken.add(id(finding))
                aside.append(Suppressed(finding, "baseline"))
        matched += len(aside)
        out.append(_without(result, taken, aside) if aside else result)
    return Outcome(tuple(out), matched, sum(left.values()))


def _without(result: CheckResult, taken: set[int], aside: list[Suppressed]) -> CheckResult:
    return refiltered(result, lambda f: id(f) not in taken, (), aside)


def to_json(results: Sequence[CheckResult], path: Callable[[str], str]) -> str:
    """The baseline document for these findings: sorted, one entry per fingerprint with its
    count and the message as it reads today (for the reviewer of the diff, not matched)."""
    counts: Counter[Fingerprint] = Counter()
    kinds: dict[Fingerprint, str] = {}
    for result in results:
        for finding in result.findings:
            key = fingerprint(path(result.plan.path), finding)
            counts[key] += 1
            kinds[key] = finding.kind
    entries = [
        {
            "path": key[0],
            "code": key[1],
            "kind": kinds[key],
            "unit": key[2],
            "year": key[3],
            "base_year": key[4],
            "stated": key[5],
            **({"quote": key[6]} if key[6] is not None else {}),
            "count": counts[key],
        }
        for key in sorted(counts, key=_order)
    ]
    document = {"version": VERSION, "tool": "lotrinh", "findings": entries}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _order(key: Fingerprint) -> tuple[Any, ...]:
    return tuple("" if part is None else str(part) for part in key)


def parse(text: str, name: str) -> Counter[Fingerprint]:
    """A baseline document's fingerprints; `LoadError` naming the file when it is not one."""
    try:
        document = json.loads(text)
        if document.get("version") != VERSION or not isinstance(document["findings"], list):
            raise ValueError("version")
        accepted: Counter[Fingerprint] = Counter()
        for entry in document["findings"]:
            key: Fingerprint = (
                str(entry["path"]),
                str(entry["code"]),
                str(entry["unit"]),
                int(entry["year"]),
                None if entry["base_year"] is None else int(entry["base_year"]),
                None if entry["stated"] is None else str(entry["stated"]),
                None if entry.get("quote") is None else str(entry["quote"]),
            )
            accepted[key] += int(entry.get("count", 1))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        line, column = (exc.lineno, exc.colno) if isinstance(exc, json.JSONDecodeError) else (0, 0)
        raise LoadError(
            [
                Problem(
                    name,
                    line,
                    column,
                    "không phải tệp baseline của lotrinh (phiên bản 1); tạo lại bằng "
                    "lotrinh check --write-baseline",
                    "not a lotrinh baseline (version 1); write one with "
                    "lotrinh check --write-baseline",
                )
            ]
        ) from exc
    return accepted
