"""SARIF: goldens, the official 2.1.0 schema, rules from the kind registry, exact numbers."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator

from lotrinh import HOMEPAGE
from lotrinh.core import CheckResult
from lotrinh.findings.finding import Cause, FigureFix
from lotrinh.findings.kinds import KINDS
from lotrinh.model import Position
from lotrinh.numbers import Lang
from lotrinh.render import sarif_format
from lotrinh.render.report import Report, figure_edit
from tests.conftest import LONG_AN, run_cli
from tests.render.conftest import SLIPS

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


def test_rules_carry_their_help_and_link_only_to_an_address_that_exists(
    slips: CheckResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    driver = _load(sarif_format.render(Report((slips,))))["runs"][0]["tool"]["driver"]
    assert HOMEPAGE is None and "informationUri" not in driver
    for rule in driver["rules"]:
        assert "helpUri" not in rule and rule["help"]["text"]
    monkeypatch.setattr(sarif_format, "HOMEPAGE", "https://example.org/lotrinh")
    driver = _load(sarif_format.render(Report((slips,))))["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == "https://example.org/lotrinh"
    for rule in driver["rules"]:
        assert rule["helpUri"].startswith("https://example.org/lotrinh#")


def test_a_likely_cause_is_a_fix_replacing_the_figure_as_written(
    slips: CheckResult, validator: Draft4Validator
) -> None:
    cause = slips.causes[0]
    line = cause.fix.position.line
    written = SLIPS.splitlines()[line - 1]
    report = Report((slips,), figure_lines={("plans/slips.yaml", line): written})
    document = _load(sarif_format.render(report))
    assert list(validator.iter_errors(document)) == []
    fixed = [r for r in document["runs"][0]["results"] if "fixes" in r]
    assert sorted(r["ruleId"] for r in fixed) == ["LT101", "LT103"]
    (change,) = fixed[0]["fixes"][0]["artifactChanges"]
    (replacement,) = change["replacements"]
    region = replacement["deletedRegion"]
    assert written[region["startColumn"] - 1 : region["endColumn"] - 1] == "600"
    assert replacement["insertedContent"] == {"text": "700"}
    # Without the line's text, or when it does not read as the figure, no fix is proposed.
    assert "fixes" not in sarif_format.render(Report((slips,)))
    wrong = Report((slips,), figure_lines={("plans/slips.yaml", line): "x" * 80})
    assert "fixes" not in sarif_format.render(wrong)


@pytest.mark.parametrize(
    ("line", "column", "old", "new", "edit"),
    [
        ("    2023: 24.424\n", 11, 24424, 25424, (11, 17, "25.424")),
        ("  {2023: 24424}", 10, 24424, 25424, (10, 15, "25424")),
        ("  {2023: 1 234}", 10, 1234, 1243, (10, 15, "1 243")),
        ("    2023: 999\n", 11, 999, 1999, (11, 14, "1999")),
        ("    2023: 24.424\n", 11, 24425, 25424, None),
    ],
)
def test_figure_edits_keep_the_grouping(
    line: str, column: int, old: int, new: int, edit: tuple[int, int, str] | None
) -> None:
    fix = FigureFix("u", 2023, old, new, Position(1, column), "digit")
    assert figure_edit(line, Cause(fix, (0,))) == edit


def test_the_cli_records_its_invocation_and_fixes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, validator: Draft4Validator
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.yaml").write_text(LONG_AN.read_text(encoding="utf-8"), encoding="utf-8")
    run = run_cli("check", "p.yaml", "--format", "sarif")
    document = _load(run.stdout)
    assert list(validator.iter_errors(document)) == []
    (invocation,) = document["runs"][0]["invocations"]
    assert invocation["exitCode"] == run.exit_code == 1
    assert invocation["executionSuccessful"] is True
    assert invocation["commandLine"] == "lotrinh check p.yaml --format sarif"
    fixes = [r["fixes"] for r in document["runs"][0]["results"] if "fixes" in r]
    assert len(fixes) == 3  # LT101, LT102, LT103: one slip, 24.424 written for 25.424
    replacement = fixes[0][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["insertedContent"] == {"text": "25.424"}
