"""YAML text to a tree of located values, built from the parser's event stream.

We compose the tree ourselves instead of using PyYAML's composer and constructors because
each of those does something a plan must not suffer silently:
- the constructor types plain scalars by YAML 1.1 rules (`28.960` → 28.96, `yes` → True,
  `012` → 10); here every scalar stays the text that was written, and the schema decides;
  explicit tags (`!!float 28.960`) would ask for that typing, so they are refused;
- duplicate keys are kept last-wins; here they are an error at the second key;
- the pure-Python composer recurses and dies with RecursionError a few hundred levels deep
  while libyaml reports an error; here depth is counted on an explicit stack, so both
  parsers give the same verdict;
- an alias bomb composes in milliseconds and explodes when walked; here the expanded size is
  counted as the tree is built.
Keys and text are normalised to NFC so that "Hà Nội" typed in NFD and in NFC are one key.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Any

import yaml

from lotrinh.loading.decode import nfc
from lotrinh.loading.errors import LoadError, Problem
from lotrinh.loading.syntax import syntax_problem
from lotrinh.loading.text import check_characters, offset_of
from lotrinh.model import Position

MAX_DEPTH = 64
"""Deeper than any plan needs (a plan nests about six levels), far below parser limits."""

ALIAS_ALLOWANCE = 10_000
"""Nodes that aliases may add beyond the document's own size before we call it a bomb."""

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_LIBYAML_DEPTH_LIMIT = "exceeded maximum nesting depth"


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
    """A YAML mapping; keys are scalars, kept in file order. `seen` indexes them so that
    finding a duplicate stays linear in the number of keys."""

    position: Position
    items: list[tuple[Scalar, Node]] = field(default_factory=list)
    size: int = 1
    seen: dict[str, Position] = field(default_factory=dict, repr=False)


Node = Scalar | Sequence | Mapping


def parser_class() -> type[Any]:
    """libyaml's loader where it is installed, PyYAML's pure-Python one elsewhere."""
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse(text: str, name: str, loader: type[Any] | None = None) -> Node | None:
    """Parse one YAML document into located nodes; None for an empty document."""
    check_characters(text, name)
    loader = loader or parser_class()
    try:
        return _build(text, name, loader)
    except yaml.MarkedYAMLError as exc:
        if exc.problem == _LIBYAML_DEPTH_LIMIT and exc.problem_mark is not None:
            _refuse_depth(text, name, loader, _position(exc.problem_mark))
        raise LoadError([syntax_problem(exc, name)]) from None
    except yaml.YAMLError as exc:  # unmarked: the character checks above should prevent it
        raise LoadError([Problem(name, 1, 1, f"lỗi YAML: {exc}", f"YAML error: {exc}")]) from None


def _build(text: str, name: str, loader: type[Any]) -> Node | None:
    builder = _Builder(name)
    for event in yaml.parse(text, Loader=loader):
        builder.feed(event)
    return builder.result()


def _refuse_depth(text: str, name: str, loader: type[Any], at: Position) -> None:
    """libyaml stops at 1000 levels while scanning ahead, before we see the events that pass
    MAX_DEPTH. Everything before its stopping point parses the same as with the pure parser,
    so building that prefix meets MAX_DEPTH at the place the pure parser would."""
    with contextlib.suppress(yaml.YAMLError):
        _build(text[: offset_of(text, at)], name, loader)
    raise LoadError([_too_deep(name, at)])


def _too_deep(name: str, at: Position) -> Problem:
    return Problem(
        name,
        at.line,
        at.column,
        f"cấu trúc lồng quá sâu (quá {MAX_DEPTH} cấp)",
        f"nesting too deep (more than {MAX_DEPTH} levels)",
    )


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
            self._fail(
                event,
                "tệp chứa nhiều tài liệu YAML (---); hãy để một kế hoạch mỗi tệp",
                "the file holds several YAML documents (---); keep one plan per file",
            )
        if getattr(event, "tag", None) is not None:
            self._refuse_tag(event)
        if isinstance(event, yaml.ScalarEvent):
            # The pure parser marks a plain scalar with style None, libyaml with ''.
            plain = not event.style
            self._add(event, Scalar(nfc(event.value), _position(event.start_mark), plain))
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

    def _refuse_tag(self, event: Any) -> None:
        tag = str(event.tag).replace("tag:yaml.org,2002:", "!!")
        self._fail(
            event,
            f"thẻ YAML '{tag}' không được hỗ trợ: lotrinh đọc mọi giá trị đúng như đã viết; "
            "hãy bỏ thẻ",
            f"the YAML tag '{tag}' is not supported: lotrinh reads every value as written; "
            "remove the tag",
        )

    def _open(self, event: yaml.SequenceStartEvent | yaml.MappingStartEvent) -> None:
        position = _position(event.start_mark)
        if len(self.stack) >= MAX_DEPTH:
            raise LoadError([_too_deep(self.name, position)])
        node: Mapping | Sequence = (
            Mapping(position) if isinstance(event, yaml.MappingStartEvent) else Sequence(position)
        )
        self._remember(event, node)
        self.stack.append(node)
        self.pending_key.append(None)

    def _close(self) -> None:
        node = self.stack.pop()
        self.pending_key.pop()
        if isinstance(node, Sequence):
            node.size = 1 + sum(item.size for item in node.items)
        else:
            node.size = 1 + sum(key.size + value.size for key, value in node.items)
        self._attach(node)

    def _add(self, event: yaml.ScalarEvent, node: Scalar) -> None:
        self._remember(event, node)
        self.own_nodes += 1
        self._attach(node)

    def _alias(self, event: yaml.AliasEvent) -> None:
        target = self.anchors.get(event.anchor or "")
        if target is None:
            self._fail(
                event,
                f"bí danh *{event.anchor} chưa được định nghĩa",
                f"alias *{event.anchor} is not defined",
            )
            return
        if any(target is open_node for open_node in self.stack):
            self._fail(
                event,
                f"bí danh *{event.anchor} tự tham chiếu chính nó",
                f"alias *{event.anchor} refers to itself",
            )
        self.alias_nodes += target.size
        if self.alias_nodes > ALIAS_ALLOWANCE + 2 * self.own_nodes:
            self._fail(
                event,
                "bí danh (alias) mở rộng tài liệu quá lớn: có thể là 'billion laughs'; "
                "hãy viết giá trị trực tiếp",
                "aliases expand the document too much (a 'billion laughs' bomb?); "
                "write the values out",
            )
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
                self._fail_at(
                    node.position,
                    "khóa phải là một giá trị đơn (chuỗi hoặc số)",
                    "a key must be a plain value (text or number)",
                )
                return
            self._check_duplicate(parent, node)
            self.pending_key[-1] = node
        else:
            parent.items.append((key, node))
            self.pending_key[-1] = None

    def _check_duplicate(self, parent: Mapping, key: Scalar) -> None:
        earlier = parent.seen.get(key.text)
        if earlier is not None:
            self._fail_at(
                key.position,
                f"khóa '{key.text}' bị lặp (đã có ở dòng {earlier.line})",
                f"duplicate key '{key.text}' (first at line {earlier.line})",
            )
        parent.seen[key.text] = key.position

    def _fail(self, event: Any, vi: str, en: str) -> None:
        self._fail_at(_position(event.start_mark), vi, en)

    def _fail_at(self, position: Position, vi: str, en: str) -> None:
        raise LoadError([Problem(self.name, position.line, position.column, vi, en)])


def is_null(node: Node) -> bool:
    """A plain `~`, `null` or nothing at all."""
    return isinstance(node, Scalar) and node.plain and node.text in _NULLS
