"""`--statistics`: findings per code, most frequent first, independently counted."""

from __future__ import annotations

from collections import Counter

from lotrinh.core import CheckResult
from lotrinh.findings.kinds import KINDS
from lotrinh.numbers import Lang
from lotrinh.render.report import Report
from lotrinh.render.statistics import render_statistics


def test_counts_per_code(long_an: CheckResult, clean: CheckResult) -> None:
    text = render_statistics(Report((long_an, clean)))
    rows = [line.split() for line in text.splitlines()]
    expected = Counter(KINDS[f.kind].code for f in long_an.findings)
    assert {code: int(n) for n, code, *_ in rows} == dict(expected)
    assert [int(n) for n, *_ in rows] == sorted((int(n) for n, *_ in rows), reverse=True)
    assert rows[0] == ["3", "LT201", "claim-difference", "(error)"]


def test_nothing_found(clean: CheckResult) -> None:
    assert render_statistics(Report((clean,))) == "Không có phát hiện.\n"
    assert render_statistics(Report((clean,), Lang.EN)) == "No findings.\n"
