"""A plan file's plain data (as `plan_format` declares it) written as YAML, by hand.

Not by a YAML library, so that counts appear as documents write them (`28.960`, which the
loader reads as 28960), every text is double-quoted with exactly its characters (a no-break
space is written `\\u00a0`, so a reviewer sees it), and a caller can put comments where a
reviewer needs them. What is written, and in which order, comes from the declaration: a
field added there is written without a change here.

Layout: the file's sections one after another, lists of objects (units, claims, targets) as
blocks, anything inside an item that is itself an object (a change, a figure) on one line.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from typing import Any

from lotrinh.loading import plan_format
from lotrinh.loading.plan_format import Node, PlanData, Value
from lotrinh.numbers import format_count

DataPath = tuple[str | int, ...]
Before = Callable[[DataPath], list[str]]
"""Comment lines (without `#`) to write before the item at a path."""
After = Callable[[DataPath], str]
"""A comment (without `#`) to end the line of the field or item at a path, or ''."""

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_VISIBLE_SPACE = " "
_BARE = frozenset({Value.YEAR, Value.VERSION})


def quoted(text: str) -> str:
    """A YAML double-quoted scalar holding exactly `text`."""
    out = ['"']
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif invisible(char):
            code = ord(char)
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def invisible(char: str) -> bool:
    """A character a reader would not see as written (control, format, odd space)."""
    category = unicodedata.category(char)
    return category[0] in "CZ" and char != _VISIBLE_SPACE


def comment(text: str) -> str:
    """Comment text on one line: YAML ends a comment at any line break, tabs are refused."""
    return "".join(" " if invisible(char) else char for char in text).strip()


def plan_lines(
    data: Mapping[str, Any],
    before: Before = lambda path: [],
    after: After = lambda path: "",
) -> list[str]:
    """The plan file's lines: each section the data has, in the declared order, a blank
    line between sections."""
    writer = _Writer(before, after)
    out: list[str] = []
    for spec in plan_format.fields_of(PlanData):
        if data.get(spec.name) is None:
            continue
        if out:
            out.append("")
        out += writer.field(spec.node, spec.name, data[spec.name], "", (spec.name,))
    return out


class _Writer:
    def __init__(self, before: Before, after: After) -> None:
        self.before = before
        self.after = after

    def _end(self, path: DataPath) -> str:
        note = self.after(path)
        return f"  # {comment(note)}" if note else ""

    def field(
        self, node: Node, key: str, value: Any, pad: str, path: DataPath, end: str = ""
    ) -> list[str]:
        """`key: value` and, for a block, the lines below it; `end` replaces the comment the
        caller would give the line."""
        if isinstance(node, plan_format.Nullable):
            node = node.inner
        if isinstance(node, plan_format.Object):
            lines = self.mapping(node.shape, value, pad + "  ", path)
            return [f"{pad}{key}:", *lines] if lines else [f"{pad}{key}: {{}}"]
        if isinstance(node, plan_format.ByYear) and value:
            lines = [f"{pad}{key}:"]
            for year, item in value.items():
                end = self._end((*path, year))
                # A year's kind reads as the docs write it: `2023: actual`.
                text = _value(item) if isinstance(node.item, plan_format.Choice) else None
                lines.append(f"{pad}  {year}: {text or flow(node.item, item)}{end}")
            return lines
        if (
            isinstance(node, plan_format.ListOf)
            and isinstance(node.item, plan_format.Object)
            and value
        ):
            lines = [f"{pad}{key}:"]
            block = not pad  # a section's items are blocks; a list inside an item is not
            for index, item in enumerate(value):
                at = (*path, index)
                lines += [f"{pad}  # {comment(line)}".rstrip() for line in self.before(at)]
                if block:
                    body = self.mapping(node.item.shape, item, pad + "    ", at)
                    lines.append(f"{pad}  - {body[0].lstrip()}")
                    lines += body[1:]
                else:
                    lines.append(f"{pad}  - {flow(node.item, item)}{self._end(at)}")
            return lines
        return [f"{pad}{key}: {flow(node, value)}{end or self._end(path)}"]

    def mapping(
        self, shape: type[Any], value: Mapping[str, Any], pad: str, path: DataPath
    ) -> list[str]:
        """An object's fields as block lines, in the declared order; the first line also
        carries the comment for the object itself."""
        lines: list[str] = []
        for spec in plan_format.fields_of(shape):
            if value.get(spec.name) is None:
                continue
            end = "" if lines else self._end(path)
            at = (*path, spec.name)
            lines += self.field(spec.node, spec.name, value[spec.name], pad, at, end)
        return lines


def flow(node: Node, value: Any) -> str:
    """One value on one line: a scalar, or a list or object in flow style."""
    if isinstance(node, plan_format.Nullable):
        node = node.inner
    if isinstance(node, plan_format.Either):
        node = node.object if isinstance(value, Mapping) else node.scalar
    if isinstance(node, plan_format.Scalar):
        if node.value is Value.COUNT and isinstance(value, int):
            return format_count(value)
        return str(value) if node.value in _BARE else quoted(str(value))
    if isinstance(node, plan_format.Choice):
        return quoted(_value(value))
    if isinstance(node, plan_format.ListOf):
        return "[" + ", ".join(flow(node.item, item) for item in value) + "]"
    if isinstance(node, plan_format.ByYear):
        return "{" + ", ".join(f"{year}: {flow(node.item, v)}" for year, v in value.items()) + "}"
    assert isinstance(node, plan_format.Object), node  # the declaration's tests hold to it
    parts = [
        f"{spec.name}: {flow(spec.node, value[spec.name])}"
        for spec in plan_format.fields_of(node.shape)
        if value.get(spec.name) is not None
    ]
    return "{" + ", ".join(parts) + "}"


def _value(choice: Any) -> str:
    """An enumeration's value as written, whether given as the member or as its text."""
    return str(getattr(choice, "value", choice))
