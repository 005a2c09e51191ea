"""The plan format's one declaration (`loading.plan_format`) and what derives from it: the
pydantic models and their JSON Schema, the fast path, the YAML writer (`loading.plan_yaml`),
the domain objects it carries fields to, the workbook's columns; `note` through all of them.
"""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given

from lotrinh import model
from lotrinh.core import check_plan
from lotrinh.excel import layout
from lotrinh.excel.read import read_workbook
from lotrinh.excel.write import workbook_bytes
from lotrinh.loading import LoadError, load_text, plan_format
from lotrinh.loading.plan_yaml import plan_lines
from lotrinh.loading.schema import MODELS
from lotrinh.model import Plan, Position
from lotrinh.numbers import Lang
from lotrinh.render import html_format, json_format, markdown_format
from lotrinh.render.report import Report
from tests.conftest import ROOT
from tests.golden import assert_golden
from tests.test_fast_path import SETTINGS, plans

SOURCES = ROOT / "src" / "lotrinh"
DOMAIN = {plan_format.FigureData: model.Figure, plan_format.ClaimData: model.Claim}
"""The domain object each read object's carried fields go to."""


@pytest.mark.parametrize("shape", plan_format.OBJECTS, ids=lambda shape: shape.__name__)
def test_the_models_are_the_declaration(shape: Any) -> None:
    """Same fields in the same order, required alike, the declared description."""
    fields = MODELS[shape].model_fields
    specs = plan_format.fields_of(shape)
    assert list(fields) == [spec.name for spec in specs]
    for spec in specs:
        assert fields[spec.name].is_required() == spec.required
        if spec.field.doc is not None:
            assert fields[spec.name].description == spec.field.doc


def test_the_schema_describes_every_declared_field() -> None:
    document = MODELS[plan_format.PlanData].model_json_schema()
    definitions = document["$defs"]
    for shape in plan_format.OBJECTS:
        if shape is plan_format.PlanData:
            properties = document["properties"]
        else:
            properties = definitions[shape.__name__.removesuffix("Data") + "Model"]["properties"]
        assert list(properties) == [spec.name for spec in plan_format.fields_of(shape)]


@pytest.mark.parametrize("shape", list(DOMAIN), ids=lambda shape: shape.__name__)
def test_carried_fields_exist_on_the_domain_object(shape: Any) -> None:
    names = {field.name for field in dataclasses.fields(DOMAIN[shape])}
    carried = {spec.name for spec in plan_format.fields_of(shape) if spec.field.carried}
    assert carried <= names


def test_only_objects_with_a_domain_object_carry_fields() -> None:
    carrying = {
        shape
        for shape in plan_format.OBJECTS
        if any(spec.field.carried for spec in plan_format.fields_of(shape))
    }
    assert carrying == set(DOMAIN)


def _field_lists(tree: ast.AST) -> list[tuple[int, list[str]]]:
    """Every literal tuple, list or set of three or more strings, with its line."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Tuple | ast.List | ast.Set) and len(node.elts) >= 3:
            texts = [e.value for e in node.elts if isinstance(e, ast.Constant)]
            if len(texts) == len(node.elts) and all(isinstance(t, str) for t in texts):
                found.append((node.lineno, [str(text) for text in texts]))
    return found


def test_no_module_lists_an_objects_fields_again() -> None:
    """A literal list of three or more of one object's field names outside the declaration is
    a second declaration of that object: take the names from `plan_format.fields_of`."""
    objects = {
        shape.__name__: {spec.name for spec in plan_format.fields_of(shape)}
        for shape in plan_format.OBJECTS
    }
    again = []
    for path in sorted(SOURCES.rglob("*.py")):
        if path.name == "plan_format.py":
            continue
        for line, names in _field_lists(ast.parse(path.read_text(encoding="utf-8"))):
            for shape, fields in objects.items():
                if set(names) <= fields:
                    again.append(f"{path.relative_to(ROOT)}:{line}: {shape} {names}")
    assert again == []


def test_the_guard_sees_a_list_of_fields() -> None:
    tree = ast.parse('KEYS = ("id", "name", "short")\nOTHER = ("a", "b", "c")\n')
    assert _field_lists(tree) == [(1, ["id", "name", "short"]), (2, ["a", "b", "c"])]


# ---- the writer: a plan written from the declaration reads back as the same plan -----------


def _placed(value: Any) -> Any:
    """`value` with every position the same: the writer lays a plan out its own way."""
    if isinstance(value, Position):
        return Position(0, 0)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(
            value,
            **{f.name: _placed(getattr(value, f.name)) for f in dataclasses.fields(value)},
        )
    if isinstance(value, dict):
        return {key: _placed(item) for key, item in value.items()}
    if isinstance(value, tuple):
        return tuple(_placed(item) for item in value)
    return value


def _outcome(text: str) -> Plan | list[str]:
    """The plan without positions, or the sorted messages of its problems."""
    try:
        return _placed(load_text(text, "plan.yaml"))  # type: ignore[no-any-return]
    except LoadError as error:
        return sorted(problem.message_vi for problem in error.problems)


def written(data: dict[str, Any]) -> str:
    return "\n".join(plan_lines(data)) + "\n"


@SETTINGS
@given(plans)  # every field, claims' notes included
def test_a_written_plan_reads_back_as_the_same_plan(data: dict[str, Any]) -> None:
    """What the writer writes is what PyYAML's dump of the same data says, field for field."""
    dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    assert _outcome(written(data)) == _outcome(dumped)


def test_the_writer_writes_a_plan_as_documents_write_it() -> None:
    data = {
        "lotrinh": 1,
        "plan": {"number": "123-KH/TU", "date": "2023-08-11"},
        "years": {2023: "actual", 2024: "target"},
        "units": [
            {"id": "tong", "name": "Tổng", "parts": ["vc"], "figures": {2023: 1000}},
            {
                "id": "vc",
                "name": "VC",
                "category": "VC",
                "figures": {2023: 1000, 2024: {"value": 990, "note": "số\u00a0tạm"}},
            },
        ],
        "claims": [
            {
                "id": "vc-2024",
                "unit": "vc",
                "year": 2024,
                "source_line": 12,
                "quote": 'giảm "10"',
                "changes": [{"reduction": 10, "base_year": 2023, "rate": "1%"}],
                "note": "đã hỏi lại",
            }
        ],
        "targets": [],
    }
    assert written(data) == (
        "lotrinh: 1\n"
        "\n"
        "plan:\n"
        '  number: "123-KH/TU"\n'
        '  date: "2023-08-11"\n'
        "\n"
        "years:\n"
        "  2023: actual\n"
        "  2024: target\n"
        "\n"
        "units:\n"
        '  - id: "tong"\n'
        '    name: "Tổng"\n'
        '    parts: ["vc"]\n'
        "    figures:\n"
        "      2023: 1.000\n"
        '  - id: "vc"\n'
        '    name: "VC"\n'
        '    category: "VC"\n'
        "    figures:\n"
        "      2023: 1.000\n"
        '      2024: {value: 990, note: "số\\u00a0tạm"}\n'
        "\n"
        "claims:\n"
        '  - id: "vc-2024"\n'
        '    unit: "vc"\n'
        "    year: 2024\n"
        "    source_line: 12\n"
        '    quote: "giảm \\"10\\""\n'
        "    changes:\n"
        '      - {reduction: 10, base_year: 2023, rate: "1%"}\n'
        '    note: "đã hỏi lại"\n'
        "\n"
        "targets: []\n"
    )


# ---- `note`: carried to every output that shows a claim or a figure -----------------------

NOTED = """\
lotrinh: 1
units:
  - id: tong
    name: Tổng
    parts: [cbcc, vc]
    figures: {2023: 1.000, 2024: {value: 990, note: "Số của Sở Nội vụ, chưa khớp báo cáo"}}
  - {id: cbcc, name: CBCC, category: CBCC, figures: {2023: 300, 2024: 300}}
  - {id: vc, name: VC, category: VC, figures: {2023: 700, 2024: 600}}
claims:
  - id: tong-2024
    unit: tong
    year: 2024
    quote: "Năm 2024 là 990 biên chế, giảm 20 biên chế so với năm 2023."
    value: 990
    changes: [{reduction: 20, base_year: 2023}]
    note: "Người rà soát: hỏi lại mức giảm"
"""


@pytest.fixture(scope="module")
def noted() -> Plan:
    return load_text(NOTED, "plans/noted.yaml")


def test_the_notes_reach_the_plan(noted: Plan) -> None:
    assert {claim.id: claim.note for claim in noted.claims} == {
        "tong-2024": "Người rà soát: hỏi lại mức giảm",
        "tong-2024.1": "Người rà soát: hỏi lại mức giảm",
    }
    assert noted.figures[("tong", 2024)].note == "Số của Sở Nội vụ, chưa khớp báo cáo"
    assert noted.figures[("tong", 2023)].note is None


@pytest.mark.parametrize("lang", list(Lang))
def test_notes_in_the_outputs(noted: Plan, lang: Lang) -> None:
    report = Report((check_plan(noted),), lang)
    assert_golden(json_format.render(report), f"noted.{lang.value}.json")
    assert_golden(markdown_format.render(report), f"noted.{lang.value}.md")
    page = html_format.render(report)
    assert "Người rà soát: hỏi lại mức giảm</bdi></p>" in page
    assert "Số của Sở Nội vụ, chưa khớp báo cáo</bdi></p>" in page


@pytest.mark.parametrize("lang", list(Lang))
@pytest.mark.parametrize("derived", [False, True], ids=["stated", "derived"])
def test_a_workbook_keeps_the_notes(lang: Lang, derived: bool) -> None:
    text = NOTED
    if derived:
        text = text.replace("{value: 990, note:", "{value: 990, derived_from: tong-2024, note:")
    plan = load_text(text, "noted.yaml")
    again = read_workbook(workbook_bytes(check_plan(plan), lang), "noted.xlsx").plan
    assert [claim.note for claim in again.claims] == [claim.note for claim in plan.claims]
    assert {key: (f.note, f.derived_from) for key, f in again.figures.items()} == {
        key: (f.note, f.derived_from) for key, f in plan.figures.items()
    }


def test_the_workbook_has_a_column_for_each_single_valued_claim_field() -> None:
    """A claim's own fields (not its changes) are the columns the claims sheet reads."""
    keys = {column.key for column in layout.CLAIMS.columns}
    for shape in (plan_format.ClaimData, plan_format.ChangeData):
        single = {s.name for s in plan_format.fields_of(shape) if plan_format.single(s.node)}
        assert single <= keys


def test_the_docs_say_how_to_add_a_field() -> None:
    docs = (ROOT / "docs" / "plan-format.md").read_text(encoding="utf-8")
    assert "plan_format.py" in docs
    assert Path(plan_format.__file__).name == "plan_format.py"
