"""An extraction result to the checked domain `Plan`, located at the document's lines."""

from __future__ import annotations

from lotrinh.extract.result import ExtractError, ExtractResult
from lotrinh.loading import plan_of
from lotrinh.loading.errors import LoadError
from lotrinh.loading.located import Located
from lotrinh.model import Plan, PlanMeta


def plan_from_result(result: ExtractResult, name: str) -> Plan:
    """Validate and convert the draft as the YAML loader would; every position (of a claim,
    unit, target, hence of a finding) is the line and column of the document's sentence."""
    if not result.data["units"]:
        # Nothing was read whole: a plan of no unit, whose findings are the reading's own.
        return Plan(name, PlanMeta(source=name), {}, {})
    located = Located(result.data, dict(result.positions), {})
    try:
        return plan_of(located, name)
    except LoadError as exc:
        raise ExtractError(exc.problems) from None
