"""An extraction result to the checked domain `Plan`, located at the document's lines."""

from __future__ import annotations

from pydantic import ValidationError

from lotrinh.extract.result import ExtractError, ExtractResult
from lotrinh.loading.convert import to_plan
from lotrinh.loading.errors import Problem
from lotrinh.loading.located import Located
from lotrinh.loading.messages import relevant, translate
from lotrinh.loading.schema import PlanFile
from lotrinh.model import Plan


def plan_from_result(result: ExtractResult, name: str) -> Plan:
    """Validate and convert the draft as the YAML loader would; every position (of a claim,
    unit, target, hence of a finding) is the line and column of the document's sentence."""
    located = Located(result.data, dict(result.positions), {})
    try:
        model = PlanFile.model_validate(result.data)
    except ValidationError as exc:
        problems = []
        for error in relevant(exc.errors(include_url=False), result.data):
            vi, en, path, on_key = translate(error, result.data, PlanFile)
            at = located.position(path, key=on_key)
            problems.append(Problem(name, at.line, at.column, vi, en))
        raise ExtractError(problems) from None
    return to_plan(model, located, name)
