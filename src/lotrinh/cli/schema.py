"""`lotrinh schema`: the plan format's JSON Schema, for editors and other validators."""

from __future__ import annotations

import json

import typer

from lotrinh.loading.draft07 import plan_schema

HELP_EN = """Print the JSON Schema (draft-07, Vietnamese descriptions) of the plan format.

Save it (`lotrinh schema > plan.schema.json`) and point to it from a plan's first line:
`# yaml-language-server: $schema=plan.schema.json`."""
"""The command's help in English; its docstring is the Vietnamese."""


def schema_text() -> str:
    """The schema as printed (and as committed in schema/plan.schema.json)."""
    return json.dumps(plan_schema(), ensure_ascii=False, indent=2) + "\n"


def schema() -> None:
    """In JSON Schema (draft-07, mô tả tiếng Việt) của định dạng tệp kế hoạch.

    Lưu lại (`lotrinh schema > plan.schema.json`) rồi trỏ tới nó từ dòng đầu tệp kế hoạch:
    `# yaml-language-server: $schema=plan.schema.json`.
    """
    typer.echo(schema_text(), nl=False)
