"""YAML text to a tree of located values, built from the parser's event stream.

We compose the tree ourselves instead of using PyYAML's composer and constructors because
each of those does something a plan must not suffer silently:
- the constructor types plain scalars by YAML 1.1 rules (`28.960` → 28.96, `yes` → True,
  `012` → 10); here every scalar stays the text that was written, and the schema decides;
- duplicate keys are kept last-wins; here they are an error at the second key;
- the pure-Python composer recurses and dies with RecursionError a few hundred levels deep
  while libyaml reports an error; here depth is counted on an explicit stack, so both
  parsers give the same verdict;
- an alias bomb composes in milliseconds and explodes when walked; here the expanded size is
  counted as the tree is built.
Keys and text are normalised to NFC so that "Hà Nội" typed in NFD and in NFC are one key.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from lotrinh.loading.decode import nfc
from lotrinh.loading.errors import LoadError, Problem
from lotrinh.model import Position

MAX_DEPTH = 64
"""Deeper than any plan needs (a plan nests about six levels), far below parser limits."""

ALIAS_ALLOWANCE = 10_000
"""Nodes that aliases may add beyond the document's own size before we call it a bomb."""

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})


@dataclass
class Scalar:
    """A scalar exactly as written; `plain` is False for quoted and block scalars."""

    text: str
    position: Position
    plain: bool
    size: int = 1


@dataclass
class Sequence:
    """A YAML sequence."""

    position: Position
    items: list[Node] = field(default_factory=list)
    size: int = 1


@dataclass
class Mapping:
    """A YAML mapping; keys are scalars, kept in file order."""

    position: Position
    items: list[tuple[Scalar, Node]] = field(default_factory=list)
    size: int = 1


Node = Scalar | Sequence | Mapping


def parser_class() -> type[Any]:
    """libyaml's loader where it is installed, PyYAML's pure-Python one elsewhere."""
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse(text: str, name: str, loader: type[Any] | None = None) -> Node | None:
    """Parse one YAML document into located nodes; None for an empty document."""
    if "\t" in text:
        raise LoadError([_tab_problem(text, name)])
    builder = _Builder(name)
    try:
        for event in yaml.parse(text, Loader=loader or parser_class()):
            builder.feed(event)
    except yaml.MarkedYAMLError as exc:
        raise LoadError([_syntax_problem(exc, name)]) from None
    except yaml.YAMLError as exc:  # unmarked reader errors, e.g. a control character
        raise LoadError([Problem(name, 0, 0, f"lỗi YAML: {exc}", f"YAML error: {exc}")]) from None
    return builder.result()


def _position(mark: Any) -> Position:
    return Position(mark.line + 1, mark.column + 1)


class _Builder:
    """Turns events into nodes with an explicit stack (no recursion, so no RecursionError)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.stack: list[Mapping | Sequence] = []
        self.pending_key: list[Scalar | None] = []
        self.anchors: dict[str, Node] = {}
        self.documents: list[Node] = []
        self.own_nodes = 0
        self.alias_nodes = 0

    def feed(self, event: yaml.Event) -> None:
        if isinstance(event, yaml.DocumentStartEvent) and self.documents:
            self._fail(event, "tệp chứa nhiều tài liệu YAML (---); hãy để một kế hoạch mỗi tệp",
                       "the file holds several YAML documents (---); keep one plan per file")
        if isinstance(event, yaml.ScalarEvent):
            self._add(event, Scalar(nfc(event.value), _position(event.start_mark),
                                    plain=event.style is None))
        elif isinstance(event, yaml.SequenceStartEvent | yaml.MappingStartEvent):
            self._open(event)
        elif isinstance(event, yaml.SequenceEndEvent | yaml.MappingEndEvent):
            self._close()
        elif isinstance(event, yaml.AliasEvent):
            self._alias(event)

    def result(self) -> Node | None:
        if not self.documents:
            return None
        return self.documents[0]

    def _open(self, event: yaml.SequenceStartEvent | yaml.MappingStartEvent) -> None:
        if len(self.stack) >= MAX_DEPTH:
            self._fail(event, f"cấu trúc lồng quá sâu (quá {MAX_DEPTH} cấp)",
                       f"nesting too deep (more than {MAX_DEPTH} levels)")
        position = _position(event.start_mark)
        node: Mapping | Sequence = (
            Mapping(position) if isinstance(event, yaml.MappingStartEvent) else Sequence(position)
        )
        self._remember(event, node)
        self.stack.append(node)
        self.pending_key.append(None)

    def _close(self) -> None:
        node = self.stack.pop()
        self.pending_key.pop()
        node.size = 1 + sum(child.size for child in _children(node))
        self._attach(node)

    def _add(self, event: yaml.ScalarEvent, node: Scalar) -> None:
        self._remember(event, node)
        self.own_nodes += 1
        self._attach(node)

    def _alias(self, event: yaml.AliasEvent) -> None:
        target = self.anchors.get(event.anchor or "")
        if target is None:
            self._fail(event, f"bí danh *{event.anchor} chưa được định nghĩa",
                       f"alias *{event.anchor} is not defined")
            return
        if any(target is open_node for open_node in self.stack):
            self._fail(event, f"bí danh *{event.anchor} tự tham chiếu chính nó",
                       f"alias *{event.anchor} refers to itself")
        self.alias_nodes += target.size
        if self.alias_nodes > ALIAS_ALLOWANCE + 2 * self.own_nodes:
            self._fail(event, "bí danh (alias) mở rộng tài liệu quá lớn: có thể là 'billion "
                       "laughs'; hãy viết giá trị trực tiếp",
                       "aliases expand the document too much (a 'billion laughs' bomb?); "
                       "write the values out")
        self._attach(target)

    def _remember(self, event: Any, node: Node) -> None:
        if getattr(event, "anchor", None):
            self.anchors[event.anchor] = node

    def _attach(self, node: Node) -> None:
        if not self.stack:
            self.documents.append(node)
            return
        parent = self.stack[-1]
        if isinstance(parent, Sequence):
            parent.items.append(node)
            return
        key = self.pending_key[-1]
        if key is None:
            if not isinstance(node, Scalar):
                self._fail_at(node.position, "khóa phải là một giá trị đơn (chuỗi hoặc số)",
                              "a key must be a plain value (text or number)")
                return
            self._check_duplicate(parent, node)
            self.pending_key[-1] = node
        else:
            parent.items.append((key, node))
            self.pending_key[-1] = None

    def _check_duplicate(self, parent: Mapping, key: Scalar) -> None:
        for earlier, _ in parent.items:
            if earlier.text == key.text:
                line = earlier.position.line
                self._fail_at(key.position,
                              f"khóa '{key.text}' bị lặp (đã có ở dòng {line})",
                              f"duplicate key '{key.text}' (first at line {line})")

    def _fail(self, event: Any, vi: str, en: str) -> None:
        self._fail_at(_position(event.start_mark), vi, en)

    def _fail_at(self, position: Position, vi: str, en: str) -> None:
        raise LoadError([Problem(self.name, position.line, position.column, vi, en)])


def _children(node: Mapping | Sequence) -> Iterator[Node]:
    if isinstance(node, Sequence):
        yield from node.items
    else:
        for key, value in node.items:
            yield key
            yield value


def is_null(node: Node) -> bool:
    """A plain `~`, `null` or nothing at all."""
    return isinstance(node, Scalar) and node.plain and node.text in _NULLS


def _tab_problem(text: str, name: str) -> Problem:
    offset = text.index("\t")
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return Problem(
        name,
        line,
        column,
        "ký tự tab: YAML chỉ dùng dấu cách để thụt lề và phân cách; hãy thay tab bằng dấu cách",
        "tab character: YAML uses spaces for indentation and separation; replace the tab",
    )


def _syntax_problem(exc: yaml.MarkedYAMLError, name: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    detail = exc.problem or exc.context or "?"
    return Problem(
        name,
        line,
        column,
        f"lỗi cú pháp YAML: {detail}",
        f"YAML syntax error: {detail}",
    )


Path = tuple[str | int, ...]


@dataclass
class Located:
    """Plain data (dicts, lists, str, None) with the position of every value and key."""

    data: Any
    values: dict[Path, Position]
    keys: dict[Path, Position]

    def position(self, path: Path, key: bool = False) -> Position:
        """Where `path` was written: its key's position if asked, else its value's (or the
        nearest enclosing value's, when the path goes deeper than the file did)."""
        if key and path in self.keys:
            return self.keys[path]
        for end in range(len(path), -1, -1):
            if path[:end] in self.values:
                return self.values[path[:end]]
        return Position(1, 1)


def locate(node: Node) -> Located:
    """Flatten nodes into plain data; scalars stay text, plain nulls become None."""
    located = Located(None, {}, {})
    located.data = _plain(node, (), located)
    return located


def _plain(node: Node, path: Path, located: Located) -> Any:
    located.values[path] = node.position
    if isinstance(node, Scalar):
        return None if is_null(node) else node.text
    if isinstance(node, Sequence):
        return [_plain(item, (*path, index), located) for index, item in enumerate(node.items)]
    out: dict[str, Any] = {}
    for key, value in node.items:
        located.keys[(*path, key.text)] = key.position
        out[key.text] = _plain(value, (*path, key.text), located)
    return out
