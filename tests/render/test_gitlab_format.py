"""GitLab Code Quality: GitLab's own schema for each entry, its documented fields, and
fingerprints that survive moved lines."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator

from lotrinh.core import CheckResult, check_plan
from lotrinh.loading import load_text
from lotrinh.numbers import Lang
from lotrinh.render import gitlab_format
from lotrinh.render.report import Report
from tests.conftest import LONG_AN, run_cli
from tests.render.conftest import SLIPS

SCHEMA = Path(__file__).resolve().parent.parent / "data" / "gitlab-codeclimate.json"
DOCUMENTED_SEVERITIES = {"info", "minor", "major", "critical", "blocker"}


@pytest.fixture(scope="module")
def validator() -> Draft7Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    Draft7Validator.check_schema(schema)
    return Draft7Validator(schema)


def assert_code_quality(document: Any, validator: Draft7Validator) -> None:
    assert isinstance(document, list)
    for issue in document:
        assert [e.message for e in validator.iter_errors(issue)] == []
        # GitLab's documented field list, stricter than its schema:
        assert isinstance(issue["description"], str) and issue["description"]
        assert isinstance(issue["check_name"], str) and issue["check_name"]
        assert issue["severity"] in DOCUMENTED_SEVERITIES
        assert isinstance(issue["location"]["path"], str)
        assert isinstance(issue["location"]["lines"]["begin"], int)
        assert issue["location"]["lines"]["begin"] >= 1
    fingerprints = [issue["fingerprint"] for issue in document]
    assert len(set(fingerprints)) == len(fingerprints)


@pytest.mark.parametrize("lang", list(Lang))
def test_every_result_validates(
    results: dict[str, CheckResult], validator: Draft7Validator, lang: Lang
) -> None:
    document = json.loads(gitlab_format.render(Report(tuple(results.values()), lang)))
    assert_code_quality(document, validator)
    assert len(document) == sum(len(r.findings) for r in results.values())


def test_golden(slips: CheckResult, golden: Callable[[str, str], None]) -> None:
    golden("slips.vi.gitlab.json", gitlab_format.render(Report((slips,))))


def test_the_schema_rejects_an_entry_without_a_fingerprint(
    slips: CheckResult, validator: Draft7Validator
) -> None:
    issue = json.loads(gitlab_format.render(Report((slips,))))[0]
    del issue["fingerprint"]
    assert len(list(validator.iter_errors(issue))) == 1


def test_fields(slips: CheckResult) -> None:
    issues = {i["check_name"]: i for i in json.loads(gitlab_format.render(Report((slips,))))}
    assert issues["LT301"]["severity"] == "critical"
    assert issues["LT103"]["severity"] == "minor"
    assert issues["LT206"]["severity"] == "info"
    assert issues["LT201"]["location"] == {"path": "plans/slips.yaml", "lines": {"begin": 14}}
    assert issues["LT201"]["description"].startswith("LT201 CBCC năm 2024: văn bản nói giảm 4")


def test_fingerprints_do_not_depend_on_lines() -> None:
    moved = "# một dòng chú thích\n\n" + SLIPS
    before = json.loads(gitlab_format.render(Report((check_plan(load_text(SLIPS, "p.yaml")),))))
    after = json.loads(gitlab_format.render(Report((check_plan(load_text(moved, "p.yaml")),))))
    assert [i["fingerprint"] for i in before] == [i["fingerprint"] for i in after]
    assert [i["location"]["lines"]["begin"] for i in before] != [
        i["location"]["lines"]["begin"] for i in after
    ]


def test_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, validator: Draft7Validator) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.yaml").write_text(LONG_AN.read_text(encoding="utf-8"), encoding="utf-8")
    run = run_cli("check", "p.yaml", "--format", "gitlab")
    assert run.exit_code == 1
    assert_code_quality(json.loads(run.stdout), validator)


def test_a_workbook_names_its_cells(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, validator: Draft7Validator
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run_cli("export", str(LONG_AN), "-o", "book.xlsx").exit_code == 0
    run = run_cli("check", "book.xlsx", "--format", "gitlab")
    document = json.loads(run.stdout)
    assert_code_quality(document, validator)
    assert all(re.match(r"LT\d{3} \([^)]+![A-Z]+\d+\) ", i["description"]) for i in document)
    run_cli("check", "book.xlsx", "--write-baseline", "b.json")
    assert run_cli("check", "book.xlsx", "--baseline", "b.json").exit_code == 0
