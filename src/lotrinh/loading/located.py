"""Located nodes flattened to plain data (dicts, lists, str, None) plus a position index.

pydantic validates plain data; its errors name a path in that data, and this index turns
the path back into the line and column the analyst wrote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lotrinh.loading.yamltree import Mapping, Node, Scalar, Sequence, is_null
from lotrinh.model import Position

Path = tuple[str | int, ...]


@dataclass
class Located:
    """Plain data with the position of every value and key, and each mapping's keys in order."""

    data: Any
    values: dict[Path, Position] = field(default_factory=dict)
    keys: dict[Path, Position] = field(default_factory=dict)
    key_order: dict[Path, list[str]] = field(default_factory=dict)

    def position(self, path: Path, key: bool = False) -> Position:
        """Where `path` was written: its key's position if asked, else its value's (or the
        nearest enclosing value's, when the path goes deeper than the file did)."""
        if key and path in self.keys:
            return self.keys[path]
        for end in range(len(path), -1, -1):
            if path[:end] in self.values:
                return self.values[path[:end]]
        return Position(1, 1)

    def keys_at(self, path: Path) -> list[str]:
        """The keys of the mapping at `path` as written, in file order."""
        return self.key_order.get(path, [])


def locate(node: Node) -> Located:
    """Flatten nodes into plain data; scalars stay text, plain nulls become None."""
    located = Located(None)
    located.data = _plain(node, (), located)
    return located


def _plain(node: Node, path: Path, located: Located) -> Any:
    # Recursion is safe: the builder refused anything deeper than MAX_DEPTH.
    located.values[path] = node.position
    if isinstance(node, Scalar):
        return None if is_null(node) else node.text
    if isinstance(node, Sequence):
        return [_plain(item, (*path, index), located) for index, item in enumerate(node.items)]
    assert isinstance(node, Mapping)
    out: dict[str, Any] = {}
    located.key_order[path] = [key.text for key, _ in node.items]
    for key, value in node.items:
        located.keys[(*path, key.text)] = key.position
        out[key.text] = _plain(value, (*path, key.text), located)
    return out
