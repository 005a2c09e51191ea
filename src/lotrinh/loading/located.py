"""Plain data (dicts, lists, str, None) with the position of every value and key.

pydantic validates plain data; its errors name a path in that data, and the positions turn
the path back into the line and column the analyst wrote. Positions are kept in a mirror of
the data (one small object per mapping or sequence) rather than an index keyed by whole
paths, so that loading a large plan does not build a tuple for every value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lotrinh.model import Position

Path = tuple[str | int, ...]

_COLUMN_BITS = 24


def pack(line: int, column: int) -> int:
    """A position as one int: a large plan holds millions, and an int is a third of a tuple."""
    return (line << _COLUMN_BITS) | column


def unpack(packed: int) -> Position:
    """The position a packed int stands for."""
    return Position(packed >> _COLUMN_BITS, packed & ((1 << _COLUMN_BITS) - 1))


class MappingPositions:
    """Where a mapping starts, where each of its keys is, and its values' positions."""

    __slots__ = ("keys", "position", "values")

    def __init__(self, position: int) -> None:
        self.position = position
        self.keys: dict[str, int] = {}
        self.values: dict[str, Mirror] = {}


class SequencePositions:
    """Where a sequence starts, and its items' positions."""

    __slots__ = ("items", "position")

    def __init__(self, position: int) -> None:
        self.position = position
        self.items: list[Mirror] = []


Mirror = int | MappingPositions | SequencePositions
"""A packed position for a scalar; the positions object for a mapping or sequence."""


@dataclass
class Located:
    """Plain data and where each part of it was written.

    Positions come either from the YAML mirror (`root`) or, for data built elsewhere (the
    document extractor), from an index of whole paths (`values`, `keys`).
    """

    data: Any
    values: dict[Path, Position] = field(default_factory=dict)
    keys: dict[Path, Position] = field(default_factory=dict)
    root: Mirror | None = None

    def position(self, path: Path, key: bool = False) -> Position:
        """Where `path` was written: its key's position if asked, else its value's (or the
        nearest enclosing value's, when the path goes deeper than the file did)."""
        if self.root is None:
            return self._indexed(path, key)
        node: Mirror = self.root
        found = _start(node)
        for index, step in enumerate(path):
            last = index == len(path) - 1
            if isinstance(node, MappingPositions) and isinstance(step, str):
                if key and last and step in node.keys:
                    return unpack(node.keys[step])
                if step not in node.values:
                    break
                node = node.values[step]
            elif isinstance(node, SequencePositions) and isinstance(step, int):
                if not 0 <= step < len(node.items):
                    break
                node = node.items[step]
            else:
                break
            found = _start(node)
        return found

    def keys_at(self, path: Path) -> list[str]:
        """The keys of the mapping at `path` as written, in file order."""
        data = self.data
        for step in path:
            try:
                data = data[step]
            except (KeyError, IndexError, TypeError):
                return []
        return list(data) if isinstance(data, dict) else []

    def _indexed(self, path: Path, key: bool) -> Position:
        if key and path in self.keys:
            return self.keys[path]
        for end in range(len(path), -1, -1):
            if path[:end] in self.values:
                return self.values[path[:end]]
        return Position(1, 1)


def _start(node: Mirror) -> Position:
    return unpack(node if isinstance(node, int) else node.position)
