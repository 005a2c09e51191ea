"""`lotrinh schema`: valid draft-07, equal to the committed copy, and the bundled plan (read by
an independent YAML reader) validates against it with an independent validator."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from lotrinh.loading.draft07 import plan_schema
from tests.conftest import LONG_AN, ROOT, run_cli

COMMITTED = ROOT / "schema" / "plan.schema.json"
TEMPLATE = ROOT / "src" / "lotrinh" / "templates" / "plan.yaml"


@pytest.fixture(scope="module")
def printed() -> str:
    run = run_cli("schema")
    assert run.exit_code == 0
    return run.stdout


def test_schema_is_valid_draft_07(printed: str) -> None:
    document = json.loads(printed)
    assert document["$schema"] == "http://json-schema.org/draft-07/schema#"
    jsonschema.Draft7Validator.check_schema(document)


def test_committed_copy_is_current(printed: str) -> None:
    """Regenerate with: lotrinh schema > schema/plan.schema.json"""
    assert COMMITTED.read_text(encoding="utf-8") == printed


def test_no_2020_12_references_remain(printed: str) -> None:
    assert "$defs" not in printed
    document = json.loads(printed)
    for reference in _references(document):
        assert reference.startswith("#/definitions/")
        assert reference.removeprefix("#/definitions/") in document["definitions"]


def test_descriptions_are_vietnamese(printed: str) -> None:
    document = json.loads(printed)
    unit = document["definitions"]["UnitModel"]["properties"]
    assert unit["parts"]["description"].startswith("Các đơn vị thành phần")


def test_plan_file_header_points_at_the_committed_schema() -> None:
    first = LONG_AN.read_text(encoding="utf-8").splitlines()[0]
    target = first.removeprefix("# yaml-language-server: $schema=")
    assert (LONG_AN.parent / target).resolve() == COMMITTED.resolve()


@pytest.mark.parametrize("path", [LONG_AN, TEMPLATE], ids=["long-an", "template"])
def test_plan_validates_against_the_schema(path: Path, printed: str) -> None:
    # PyYAML reads a bare 28.960 as the float 28.96 and 2023-08-11 as a date; an editor's
    # validator sees the same, which is why the schema accepts numbers for counts.
    data = json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))
    errors = list(jsonschema.Draft7Validator(json.loads(printed)).iter_errors(data))
    assert errors == [], [f"{list(error.path)}: {error.message}" for error in errors]


def test_schema_refuses_what_the_loader_refuses_structurally(printed: str) -> None:
    validator = jsonschema.Draft7Validator(json.loads(printed))
    good = {"lotrinh": 1, "units": [{"id": "tong", "name": "Tổng", "figures": {"2023": 1}}]}
    assert validator.is_valid(good)
    for bad in (
        {"lotrinh": 1, "units": []},
        {"lotrinh": 1, "units": [{"id": "Tong", "name": "T"}]},
        {"lotrinh": 1, "units": [{"id": "tong", "name": "T", "figurs": {}}]},
        {"lotrinh": 1, "units": [{"id": "tong", "name": "T", "figures": {"23": 1}}]},
        {"lotrinh": 1, "units": [{"id": "tong", "name": "T", "figures": {"2023": "28,96"}}]},
    ):
        assert not validator.is_valid(bad), bad


def test_rewrite_moves_nested_defs_and_wraps_references_with_siblings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """pydantic may nest `$defs` or put keywords beside `$ref`; draft-07 would ignore them."""
    from lotrinh.loading import draft07

    fake = {
        "properties": {
            "plan": {"$ref": "#/$defs/Meta", "description": "Thông tin"},
            "inner": {"$defs": {"Deep": {"type": "string"}}, "$ref": "#/$defs/Deep"},
        },
        "$defs": {"Meta": {"type": "object"}},
    }
    monkeypatch.setattr(draft07.PlanFile, "model_json_schema", lambda **_: fake)
    document = plan_schema()
    assert document["properties"]["plan"] == {
        "allOf": [{"$ref": "#/definitions/Meta"}],
        "description": "Thông tin",
    }
    assert document["properties"]["inner"] == {"$ref": "#/definitions/Deep"}
    assert set(document["definitions"]) == {"Meta", "Deep"}
    jsonschema.Draft7Validator.check_schema(document)


def _references(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if "$ref" in node else []
        return own + [ref for value in node.values() for ref in _references(value)]
    if isinstance(node, list):
        return [ref for item in node for ref in _references(item)]
    return []
