"""The plan format's JSON Schema in the dialect editors read: draft-07.

pydantic writes JSON Schema 2020-12 (`$defs`, `$ref` beside other keywords). The YAML
language server and most editors validate draft-07, where definitions live under
`definitions` and a `$ref` silently hides every keyword beside it, so a description or a
default next to a reference would be lost. Both are rewritten here, everywhere in the tree.
"""

from __future__ import annotations

from typing import Any

from lotrinh.loading.schema import PlanFile

DRAFT_07 = "http://json-schema.org/draft-07/schema#"
_DEFS = "#/$defs/"
_DEFINITIONS = "#/definitions/"


def plan_schema() -> dict[str, Any]:
    """The JSON Schema of a plan file, draft-07, with the Vietnamese descriptions."""
    document = PlanFile.model_json_schema(ref_template=_DEFINITIONS + "{model}")
    definitions: dict[str, Any] = {}
    body = _rewrite(document, definitions)
    return {"$schema": DRAFT_07, **body, "definitions": definitions}


def _rewrite(node: Any, definitions: dict[str, Any]) -> Any:
    """A copy of `node` in draft-07 terms; every `$defs` found is moved into `definitions`."""
    if isinstance(node, list):
        return [_rewrite(item, definitions) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "$defs":
            for name, definition in value.items():
                definitions[name] = _rewrite(definition, definitions)
        elif key == "$ref" and isinstance(value, str) and value.startswith(_DEFS):
            out[key] = _DEFINITIONS + value[len(_DEFS) :]
        else:
            out[key] = _rewrite(value, definitions)
    if "$ref" in out and len(out) > 1:
        reference = out.pop("$ref")
        out = {"allOf": [{"$ref": reference}], **out}
    return out
