"""`lotrinh schema`: the plan format's JSON Schema, for editors and other validators."""

from __future__ import annotations

import json

import typer

from lotrinh.loading.draft07 import plan_schema


def schema_text() -> str:
    """The schema as printed (and as committed in schema/plan.schema.json)."""
    return json.dumps(plan_schema(), ensure_ascii=False, indent=2) + "\n"


def schema() -> None:
    """In JSON Schema (draft-07, mô tả tiếng Việt) của định dạng tệp kế hoạch.

    Lưu lại (`lotrinh schema > plan.schema.json`) rồi trỏ tới nó từ dòng đầu tệp kế hoạch:
    `# yaml-language-server: $schema=plan.schema.json`.
    """
    typer.echo(schema_text(), nl=False)
