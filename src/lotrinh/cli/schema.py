"""`lotrinh schema` and `lotrinh init`: the file format for editors and for new plans."""

from __future__ import annotations

import json

import typer

from lotrinh.loading.schema import PlanFile


def schema() -> None:
    """In JSON Schema của định dạng tệp kế hoạch (draft-07, mô tả tiếng Việt)."""
    document = PlanFile.model_json_schema(ref_template="#/definitions/{model}")
    document["definitions"] = document.pop("$defs", {})
    document = {"$schema": "http://json-schema.org/draft-07/schema#", **document}
    typer.echo(json.dumps(document, ensure_ascii=False, indent=2))


def init() -> None:
    """Tạo tệp kế hoạch mẫu có chú thích (placeholder until the loader issue is done)."""
    raise typer.Exit(2)
