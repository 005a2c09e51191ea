"""pydantic's validation errors, located in the file and said in Vietnamese (and English).

pydantic's `loc` mixes the keys of the data with names of union members; we walk the data
along it so that the path we report is one that exists in the file.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from lotrinh.loading.located import Path
from lotrinh.loading.schema import SHAPE_ERROR
from lotrinh.numbers import Lang
from lotrinh.problems import did_you_mean

_MAPPING_TYPES = {"dict_type", "model_type", "model_attributes_type"}


def translate(error: ErrorDetails, data: Any, root: type[BaseModel]) -> tuple[str, str, Path, bool]:
    """(message vi, message en, path in the data, whether the key itself is at fault)."""
    path, on_key = _data_path(error["loc"], data)
    kind = error["type"]
    ctx = error.get("ctx") or {}
    last = str(path[-1]) if path else ""
    if kind in {"lotrinh", SHAPE_ERROR}:
        return str(ctx["vi"]), str(ctx["en"]), path, on_key
    if kind == "missing":
        name = str(error["loc"][-1])
        return (f"thiếu khóa bắt buộc '{name}'", f"missing required key '{name}'", path, False)
    if kind == "extra_forbidden":
        allowed = _fields_at(root, path[:-1])
        return (
            f"khóa '{last}' không được phép ở đây{did_you_mean(last, allowed, Lang.VI)}",
            f"key '{last}' is not allowed here{did_you_mean(last, allowed, Lang.EN)}",
            path,
            True,
        )
    if kind == "enum":
        expected = ctx.get("expected", "")
        return (
            f"giá trị '{error['input']}' không hợp lệ; chọn một trong: {expected}",
            f"'{error['input']}' is not valid; expected one of: {expected}",
            path,
            on_key,
        )
    if kind == "string_pattern_mismatch":
        return (
            f"mã '{error['input']}' không hợp lệ: chỉ dùng chữ thường không dấu, số và - _ .",
            f"id '{error['input']}' is not valid: use lowercase ASCII letters, digits, - _ .",
            path,
            on_key,
        )
    if kind == "list_type":
        return (
            "cần một danh sách (các dòng bắt đầu bằng '- ')",
            "expected a list (lines starting with '- ')",
            path,
            on_key,
        )
    if kind in _MAPPING_TYPES:
        return (
            "cần một ánh xạ (các dòng 'khóa: giá trị')",
            "expected a mapping ('key: value' lines)",
            path,
            on_key,
        )
    if kind == "too_short":
        return ("danh sách không được rỗng", "the list must not be empty", path, on_key)
    if kind in {"string_type", "int_type", "int_parsing"}:
        return ("cần một giá trị đơn (chuỗi hoặc số)", "expected a single value", path, on_key)
    return (f"giá trị không hợp lệ: {error['msg']}", error["msg"], path, on_key)


def relevant(errors: list[ErrorDetails], data: Any) -> list[ErrorDetails]:
    """Drop a union member's complaint about the value's shape where another member gave a
    real reason.

    `2023: 28,96` fails both as a count and as a figure mapping; only the first says anything
    useful. `2023: {value: 1.5}` fails as a count (not a single value) and as a figure (1.5);
    only the second does.
    """
    paths = [_data_path(error["loc"], data)[0] for error in errors]
    by_real = _prefixes(path for e, path in zip(errors, paths, strict=True) if _rank(e) == 2)
    by_any = by_real | _prefixes(
        path for e, path in zip(errors, paths, strict=True) if _rank(e) == 1
    )
    shadow = {0: by_any, 1: by_real}
    return [
        error
        for error, path in zip(errors, paths, strict=True)
        if _rank(error) == 2 or path not in shadow[_rank(error)]
    ]


def _rank(error: ErrorDetails) -> int:
    """0: expected a mapping; 1: expected a single value; 2: a real reason."""
    if error["type"] in _MAPPING_TYPES:
        return 0
    return 1 if error["type"] == SHAPE_ERROR else 2


def _prefixes(paths: Iterable[Path]) -> set[Path]:
    """Every path at or above one of `paths`; a set keeps shadowing linear in the errors."""
    return {path[:end] for path in paths for end in range(len(path) + 1)}


def _data_path(loc: tuple[int | str, ...], data: Any) -> tuple[Path, bool]:
    path: list[str | int] = []
    node = data
    on_key = False
    for element in loc:
        if element == "[key]":
            on_key = True
            break
        child = _child(node, element)
        if child is not _ABSENT:
            node = child
            path.append(element)
        elif isinstance(node, dict) and not _is_tag(element):
            path.append(element)  # a missing or unexpected key: name it, stop walking
            node = None
    return tuple(path), on_key


_ABSENT = object()


def _child(node: Any, element: int | str) -> Any:
    """`node[element]` where the data has it, else `_ABSENT` (None is a value: a plain null)."""
    if isinstance(node, dict) and isinstance(element, str):
        return node.get(element, _ABSENT)
    if isinstance(node, list) and isinstance(element, int) and 0 <= element < len(node):
        return node[element]
    return _ABSENT


def _is_tag(element: int | str) -> bool:
    """pydantic names union members in `loc` ('int', 'FigureModel', 'function-plain[...]')."""
    return isinstance(element, str) and (
        element[:1].isupper() or "[" in element or element in {"int", "str"}
    )


def _fields_at(root: type[BaseModel], path: Path) -> list[str]:
    model: Any = root
    for element in path:
        if isinstance(element, int):
            continue
        if not (isinstance(model, type) and issubclass(model, BaseModel)):
            return []
        field = model.model_fields.get(element)
        if field is None:
            return []
        model = _inner_model(field.annotation)
    if isinstance(model, type) and issubclass(model, BaseModel):
        return list(model.model_fields)
    return []


def _inner_model(annotation: Any) -> Any:
    """The model class inside list[...], dict[..., ...], X | None, Annotated[...]."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is None and not isinstance(annotation, types.UnionType):
        return None
    for arg in typing.get_args(annotation):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None
