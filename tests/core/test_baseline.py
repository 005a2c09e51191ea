"""The baseline (core/baseline.py): a finding recognised by what it says, counted, written
and read back; a file that is not a baseline is a located could-not-run error."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from lotrinh.core import check_plan
from lotrinh.core.baseline import fingerprint, parse, split, to_json
from lotrinh.findings.finding import Finding, SentenceSubject, TargetSubject
from lotrinh.model import Position
from lotrinh.problems import LoadError
from tests.core.plans import HEAD, plan

# Two identical slips in two units: 1.000 − 950 = 50, written 60, in A and in B
TEXT = (
    HEAD + "  - {id: a, name: A, figures: {2023: 1.000, 2024: 950}}\n"
    "  - {id: b, name: B, figures: {2023: 1.000, 2024: 950}}\n"
    "claims:\n"
    "  - {unit: a, year: 2024, quote: qa, changes: [{reduction: 60, base_year: 2023}]}\n"
    "  - {unit: b, year: 2024, quote: qb, changes: [{reduction: 60, base_year: 2023}]}\n"
)


def same(path: str) -> str:
    return path


def test_a_fingerprint_is_what_a_finding_says_not_where() -> None:
    on_target = Finding("target-missed", TargetSubject("t", ("x", "y")), 2026, Position(9, 1))
    assert fingerprint("p.yaml", on_target) == ("p.yaml", "LT301", "x,y", 2026, None, None, None)
    unread = Finding("malformed-number", SentenceSubject(), 0, Position(4, 1), quote="1,970 người")
    assert fingerprint("d.txt", unread)[-1] == "1,970 người"  # told apart by its quote


def test_written_and_read_back_it_accepts_what_it_was_written_from() -> None:
    result = check_plan(plan(TEXT))
    document = json.loads(to_json([result], same))
    assert [(e["unit"], e["stated"], e["count"]) for e in document["findings"]] == [
        ("a", "60", 1),
        ("b", "60", 1),
    ]
    outcome = split([result], parse(to_json([result], same), "b.json"), same)
    assert (outcome.matched, outcome.gone) == (2, 0)
    assert outcome.results[0].findings == ()


def test_a_count_accepts_that_many_findings_and_no_more() -> None:
    result = check_plan(plan(TEXT))
    key = fingerprint("plan.yaml", result.findings[0])
    outcome = split([result], Counter({key: 1}), same)
    assert (outcome.matched, outcome.gone, len(outcome.results[0].findings)) == (1, 0, 1)


def test_an_entry_no_finding_matches_is_counted_gone() -> None:
    gone = ("plan.yaml", "LT201", "c", 2024, 2023, "7", None)
    outcome = split([check_plan(plan(TEXT))], Counter({gone: 2}), same)
    assert (outcome.matched, outcome.gone) == (0, 2)


@pytest.mark.parametrize("text", ["[]", '{"version": 2, "findings": []}', "{", '{"version": 1}'])
def test_a_file_that_is_not_a_baseline_is_refused(text: str) -> None:
    with pytest.raises(LoadError) as caught:
        parse(text, "b.json")
    (problem,) = caught.value.problems
    assert problem.path == "b.json"
    assert "--write-baseline" in problem.message_vi
