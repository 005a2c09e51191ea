"""Each finding kind's documented examples: the failing plan gives exactly that kind, and its
consistent twin gives no finding at all."""

from __future__ import annotations

import pytest

from lotrinh.core import CheckResult, check_plan
from lotrinh.core.suppress import apply, scan
from lotrinh.extract import extract_plan, plan_from_result
from lotrinh.extract.verdict import reading_findings
from lotrinh.findings.kinds import KINDS, FindingKind
from lotrinh.loading import load_text

KIND_LIST = list(KINDS.values())


def _check(kind: FindingKind, text: str, name: str) -> CheckResult:
    """A plan example is loaded; a document example is extracted and read, as `check` does."""
    if kind.reads == "document":
        result = extract_plan(text, f"{name}.txt")
        reading = tuple(reading_findings(result.coverage))
        return check_plan(plan_from_result(result, f"{name}.txt"), reading=reading)
    # As `lotrinh check` checks a plan file: its suppression comments applied.
    return apply(check_plan(load_text(text, f"{name}.yaml")), scan(text))


@pytest.mark.parametrize("kind", KIND_LIST, ids=[k.name for k in KIND_LIST])
def test_failing_example_gives_its_kind(kind: FindingKind) -> None:
    result = _check(kind, kind.failing, f"{kind.name}-fail")
    assert [f.kind for f in result.findings] == [kind.name]


@pytest.mark.parametrize("kind", KIND_LIST, ids=[k.name for k in KIND_LIST])
def test_passing_example_gives_nothing(kind: FindingKind) -> None:
    result = _check(kind, kind.passing, f"{kind.name}-pass")
    assert result.findings == ()


def test_codes_and_names_are_unique() -> None:
    assert len({k.code for k in KIND_LIST}) == len(KIND_LIST)
    assert len({k.name for k in KIND_LIST}) == len(KIND_LIST)


def test_claims_in_a_conflict_are_not_counted_consistent() -> None:
    result = check_plan(load_text(KINDS["implied-base-conflict"].failing, "conflict.yaml"))
    assert (result.claims_checked, result.claims_consistent) == (2, 0)
    twin = check_plan(load_text(KINDS["implied-base-conflict"].passing, "twin.yaml"))
    assert (twin.claims_checked, twin.claims_consistent) == (2, 2)
