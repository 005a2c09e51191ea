"""SARIF: goldens, the official 2.1.0 schema, rules from the kind registry, exact numbers."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator

from lotrinh.core import CheckResult
from lotrinh.findings.kinds import KINDS
from lotrinh.numbers import Lang
from lotrinh.render import sarif_format
from lotrinh.render.report import Report

Golden = Callable[[str, str], None]
GOLDEN = {("slips", Lang.VI), ("slips", Lang.EN), ("long-an", Lang.VI)}
"""Goldens kept: the rules (most of each file) would otherwise repeat in every one."""
SCHEMA = Path(__file__).resolve().parent.parent / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def validator() -> Draft4Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    Draft4Validator.check_schema(schema)
    return Draft4Validator(schema)


def _load(text: str) -> Any:
    return json.loads(text, parse_float=Decimal)


@pytest.mark.parametrize("name", ["slips", "clean", "long-an"])
@pytest.mark.parametrize("lang", list(Lang))
def test_golden_and_schema(
    results: dict[str, CheckResult],
    golden: Golden,
    validator: Draft4Validator,
    name: str,
    lang: Lang,
) -> None:
    text = sarif_format.render(Report((results[name],), lang))
    if (name, lang) in GOLDEN:
        golden(f"{name}.{lang.value}.sarif", text)
    assert [error.message for error in validator.iter_errors(_load(text))] == []


def test_all_files_in_one_run_validate(
    results: dict[str, CheckResult], validator: Draft4Validator
) -> None:
    document = _load(sarif_format.render(Report(tuple(results.values()))))
    assert list(validator.iter_errors(document)) == []
    (run,) = document["runs"]
    assert len(run["results"]) == sum(len(r.findings) for r in results.values())
    assert [a["location"]["uri"] for a in run["artifacts"]] == [
        "plans/slips.yaml",
        "plans/clean.yaml",
        "plans/long-an-123-kh-tu-2023.yaml",
    ]


def test_the_schema_rejects_what_sarif_forbids(
    validator: Draft4Validator, slips: CheckResult
) -> None:
    document = _load(sarif_format.render(Report((slips,))))
    document["runs"][0]["results"][0]["level"] = "material"
    del document["runs"][0]["tool"]["driver"]["name"]
    assert len(list(validator.iter_errors(document))) == 2


def test_rules_come_from_the_kind_registry(slips: CheckResult) -> None:
    (run,) = _load(sarif_format.render(Report((slips,), Lang.EN)))["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == [kind.code for kind in KINDS.values()]
    for rule, kind in zip(rules, KINDS.values(), strict=True):
        assert rule["name"] == kind.name
        assert rule["shortDescription"]["text"] == kind.title[1]
        assert rule["fullDescription"]["text"] == kind.doc[1]
        assert kind.failing in rule["help"]["text"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_levels_and_exact_figures(slips: CheckResult) -> None:
    text = sarif_format.render(Report((slips,)))
    results = {r["ruleId"]: r for r in _load(text)["runs"][0]["results"]}
    assert results["LT301"]["level"] == "error"
    assert results["LT301"]["properties"]["severity"] == "material"
    assert results["LT103"]["level"] == "warning"
    assert results["LT206"]["level"] == "note"
    rate = results["LT204"]["properties"]
    assert (rate["stated"], rate["computed"]) == (Decimal("12"), Decimal("10.6061"))
    assert '"computed": 10.6061,' in text
    assert results["LT301"]["properties"]["computed"] == Decimal("9.7403")
    region = results["LT201"]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 14, "startColumn": 16}


def test_causes_are_related_locations(slips: CheckResult) -> None:
    results = _load(sarif_format.render(Report((slips,))))["runs"][0]["results"]
    related = {r["ruleId"]: r.get("relatedLocations") for r in results}
    assert related["LT101"] == related["LT103"]
    assert related["LT101"] is not None
    assert "có lẽ là 700" in related["LT101"][0]["message"]["text"]
    assert related["LT201"] is None


def test_uri_is_percent_encoded() -> None:
    assert sarif_format.uri("kế hoạch/a b.yaml") == "k%E1%BA%BF%20ho%E1%BA%A1ch/a%20b.yaml"
    assert sarif_format.uri("plans\\a.yaml") == "plans/a.yaml"
