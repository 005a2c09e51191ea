"""Acceptance (issue 5): checking the published Long An document gives the same findings as
checking the hand-written plan, whichever way the document reaches the check.

Findings are compared by what they say (kind, unit, years, stated and computed figures) and
by the document line of the claim they concern: the hand-written plan's `source_line`, the
extracted plan's position. Their positions in the YAML file differ and are not compared.
"""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

from lotrinh.core import CheckResult, check_plan
from lotrinh.extract import extract_plan, plan_from_result
from lotrinh.loading import load_plan
from tests.conftest import LONG_AN, SEED_DOCUMENT, run_cli

Row = tuple[str, object, int, int | None, object, object, int | None]

FINDINGS_ON_THE_SEED = 13
"""The count of tests/test_long_an_check.py's EXPECTED: every slip, and nothing else."""
TARGET_KINDS = frozenset({"target-missed", "target-unverifiable"})
DOCUMENT_TARGETS = Counter({("target-unverifiable", 2025): 1, ("target-unverifiable", 2026): 2})
"""What the document's targets conclude. The hand-written plan measures NQ 19 and KL 40's VC
target on the one VC line the text compares with 2021 (NQ 19 missed, KL 40 met); the reader
measures them as the law reads them, on all the province's VC, whose Khối Đảng line has no
2021 figure: neither can be checked (each finding says what the compared line alone gives).
The 12 arithmetic findings are the same either way."""


def _arithmetic(rows: Counter[Row]) -> Counter[Row]:
    return Counter({row: n for row, n in rows.items() if row[0] not in TARGET_KINDS})


def _targets(rows: Counter[Row]) -> Counter[tuple[str, int]]:
    found: Counter[tuple[str, int]] = Counter()
    for row, n in rows.items():
        if row[0] in TARGET_KINDS:
            found[(row[0], row[2])] += n
    return found


def _rows(result: CheckResult) -> Counter[Row]:
    lines = {claim.id: claim.source_line for claim in result.plan.claims}
    return Counter(
        (
            f.kind,
            f.units,
            f.year,
            f.base_year,
            f.stated,
            f.computed,
            lines[f.claim] if f.claim is not None else None,
        )
        for f in result.findings
    )


def _hand_written() -> Counter[Row]:
    return _rows(check_plan(load_plan(LONG_AN)))


def test_checking_the_document_in_memory(seed_text: str) -> None:
    name = str(SEED_DOCUMENT)
    extracted = _rows(check_plan(plan_from_result(extract_plan(seed_text, name), name)))
    expected = _hand_written()
    assert sum(expected.values()) == FINDINGS_ON_THE_SEED
    assert _arithmetic(extracted) == _arithmetic(expected)
    assert _targets(extracted) == DOCUMENT_TARGETS


def test_checking_what_lotrinh_extract_wrote(seed_text: str, tmp_path: Path) -> None:
    draft = tmp_path / "long-an.yaml"
    assert run_cli("extract", str(SEED_DOCUMENT), "-o", str(draft)).exit_code == 0
    checked = _rows(check_plan(load_plan(draft)))
    assert _arithmetic(checked) == _arithmetic(_hand_written())
    assert _targets(checked) == DOCUMENT_TARGETS


def _json_rows(path: Path | str, line_of: dict[str, int | None] | None) -> Counter[Row]:
    """Findings of `lotrinh check --format json`; a claim's line is the document's, read from
    `line_of` (the hand-written plan's source_line) or, for a document, the finding's line."""
    run = run_cli("check", str(path), "--format", "json")
    assert run.exit_code == 1, run.stderr
    (checked,) = json.loads(run.stdout, parse_float=Decimal)["files"]

    def line(finding: dict[str, Any]) -> int | None:
        if finding["claim"] is None:
            return None
        return finding["line"] if line_of is None else line_of[finding["claim"]]

    return Counter(
        (
            f["kind"],
            f["unit"],
            f["year"],
            f["base_year"],
            f["stated"],
            f["computed"],
            line(f),
        )
        for f in checked["findings"]
    )


def test_lotrinh_check_doc_points_at_the_document_lines(seed_text: str) -> None:
    line_of = {claim.id: claim.source_line for claim in load_plan(LONG_AN).claims}
    document = _json_rows(SEED_DOCUMENT, None)
    assert _arithmetic(document) == _arithmetic(_json_rows(LONG_AN, line_of))
    assert _targets(document) == DOCUMENT_TARGETS
