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

With `on_item`, each item of the top-level `units`, `claims` and `targets` is handed over as
it closes and not kept, so that a large plan need not hold all of its plain data and
positions at once (see `stream`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from sys import intern
from typing import Any, NoReturn

import yaml

from lotrinh.loading.decode import nfc
from lotrinh.loading.errors import LoadError, Problem
from lotrinh.loading.located import (
    Located,
    MappingPositions,
    Mirror,
    SequencePositions,
    pack,
    unpack,
)
from lotrinh.loading.plan_format import SECTIONS
from lotrinh.loading.syntax import syntax_problem
from lotrinh.loading.text import check_characters, offset_of
from lotrinh.model import Position
from lotrinh.numbers import Lang, format_count

MAX_DEPTH = 64
"""Deeper than any plan needs (a plan nests about six levels), far below parser limits."""

ALIAS_ALLOWANCE = 10_000
"""Nodes that aliases may add beyond the document's own size before we call it a bomb."""

ALIAS_TEXT_ALLOWANCE = 1_000_000
ALIAS_TEXT_FACTOR = 16
"""Characters of text that aliases may repeat: this many, plus this factor times the text
written so far. Plans alias their quotes; a 1,5 MB quote aliased 50.000 times is a bomb that
the node count alone does not see (one node each), and grows to gigabytes downstream."""

_INTERNED = 24
"""Scalars this short (keys, unit ids, years) are interned: a large plan repeats them."""

STREAMED = frozenset(SECTIONS)
"""The top-level sections whose items `on_item` receives: they are nearly all of a plan."""

OnItem = Callable[[str, int, Any, Mirror], None]
"""Receives (section, index, item data, item positions) as each streamed item closes."""


class UnstreamableError(Exception):
    """Streaming cannot vouch for this file (a repeated mapping or list, an item a reader
    declines): the caller parses it again without streaming, and that path alone speaks to
    the user."""


_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_LIBYAML_DEPTH_LIMIT = "exceeded maximum nesting depth"


def parser_class() -> type[Any]:
    """libyaml's loader where it is installed, PyYAML's pure-Python one elsewhere."""
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse(
    text: str | bytes,
    name: str,
    loader: type[Any] | None = None,
    on_item: OnItem | None = None,
) -> Located | None:
    """Parse one YAML document into located plain data; None for an empty document. With
    `on_item`, the `STREAMED` sections' items go to it instead of into the data.

    `text` may be the file's UTF-8 bytes, whose characters the caller has already checked:
    the parser then reads them as they are, without a decoded copy beside them.
    """
    if isinstance(text, str):
        check_characters(text, name)
    loader = loader or parser_class()
    try:
        return _build(text, name, loader, on_item)
    except yaml.MarkedYAMLError as exc:
        depth = exc.problem == _LIBYAML_DEPTH_LIMIT and exc.problem_mark is not None
        if depth and isinstance(text, str):
            assert exc.problem_mark is not None
            _refuse_depth(text, name, loader, _position(exc.problem_mark))
        raise LoadError([syntax_problem(exc, name)]) from None
    except yaml.YAMLError as exc:  # unmarked: the character checks above should prevent it
        raise LoadError([Problem.of_file(name, f"lỗi YAML: {exc}", f"YAML error: {exc}")]) from None


def _build(
    text: str | bytes, name: str, loader: type[Any], on_item: OnItem | None = None
) -> Located | None:
    builder = _Builder(name, on_item)
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


class _Frame:
    """An open mapping or sequence: its data, its positions, and the key awaiting a value."""

    __slots__ = ("anchor", "data", "key", "key_position", "mirror", "start_count", "start_text")

    def __init__(self, data: Any, mirror: Any, count: int, text: int, anchor: str | None) -> None:
        self.data = data
        self.mirror = mirror
        self.key: str | None = None
        self.key_position: int | None = None
        self.start_count = count
        self.start_text = text
        self.anchor = anchor


class _Builder:
    """Turns events into plain data and a mirror of positions, with an explicit stack (no
    recursion, so no RecursionError). Building the data directly, rather than a node tree
    that is walked afterwards, keeps loading within a small factor of PyYAML's own."""

    def __init__(self, name: str, on_item: OnItem | None = None) -> None:
        self.name = name
        self.on_item = on_item
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, Mirror, int, int]] = {}  # with nodes, characters
        self.documents: list[tuple[Any, Mirror]] = []
        self.count = 0  # nodes so far, counting what aliases repeat (sizes come from it)
        self.own = 0  # nodes written in the document itself
        self.alias_nodes = 0  # nodes that aliases repeat
        self.text = 0  # characters of scalars so far, counting what aliases repeat
        self.own_text = 0  # characters of scalars written in the document itself
        self.alias_text = 0  # characters that aliases repeat

    def feed(self, event: yaml.Event) -> None:
        kind = type(event)
        if kind is yaml.ScalarEvent:
            self._scalar(event)
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            self._open(event)
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            self._close()
        elif kind is yaml.AliasEvent:
            self._alias(event)
        elif kind is yaml.DocumentStartEvent and self.documents:
            self._fail(
                event,
                "tệp chứa nhiều tài liệu YAML (---); hãy để một kế hoạch mỗi tệp",
                "the file holds several YAML documents (---); keep one plan per file",
            )

    def result(self) -> Located | None:
        if not self.documents:
            return None
        data, mirror = self.documents[0]
        return Located(data, root=mirror)

    def _refuse_tag(self, event: Any) -> None:
        tag = str(event.tag).replace("tag:yaml.org,2002:", "!!")
        self._fail(
            event,
            f"thẻ YAML '{tag}' không được hỗ trợ: lotrinh đọc mọi giá trị đúng như đã viết; "
            "hãy bỏ thẻ",
            f"the YAML tag '{tag}' is not supported: lotrinh reads every value as written; "
            "remove the tag",
        )

    def _scalar(self, event: Any) -> None:
        if event.tag is not None:
            self._refuse_tag(event)
        mark = event.start_mark
        position = pack(mark.line + 1, mark.column + 1)
        text = event.value
        text = intern(text) if len(text) <= _INTERNED else text  # ids, years, keys repeat
        if not text.isascii():
            text = nfc(text)
        # The pure parser marks a plain scalar with style None, libyaml with ''.
        value = None if not event.style and text in _NULLS else text
        self.count += 1
        self.own += 1
        self.text += len(text)
        self.own_text += len(text)
        frame = self.stack[-1] if self.stack else None
        if frame is not None and frame.key is None and type(frame.data) is dict:
            self._key(frame, text, position)
            if event.anchor:
                self.anchors[event.anchor] = (value, position, 1, len(text))
        else:
            self._attach(value, position, 1, len(text), event.anchor)

    def _key(self, frame: _Frame, key: str, position: int) -> None:
        earlier = frame.mirror.keys.get(key)
        if earlier is not None:
            line = unpack(earlier).line
            self._fail_at(
                unpack(position),
                f"khóa '{key}' bị lặp (đã có ở dòng {line})",
                f"duplicate key '{key}' (first at line {line})",
            )
        frame.key = key
        frame.key_position = position

    def _open(self, event: Any) -> None:
        if event.tag is not None:
            self._refuse_tag(event)
        mark = event.start_mark
        position = pack(mark.line + 1, mark.column + 1)
        if len(self.stack) >= MAX_DEPTH:
            raise LoadError([_too_deep(self.name, unpack(position))])
        frame = self.stack[-1] if self.stack else None
        if frame is not None and frame.key is None and type(frame.data) is dict:
            self._fail_at(
                unpack(position),
                "khóa phải là một giá trị đơn (chuỗi hoặc số)",
                "a key must be a plain value (text or number)",
            )
        self.count += 1
        self.own += 1
        if type(event) is yaml.MappingStartEvent:
            frame = _Frame({}, MappingPositions(position), self.count, self.text, event.anchor)
        else:
            frame = _Frame([], SequencePositions(position), self.count, self.text, event.anchor)
        self.stack.append(frame)

    def _close(self) -> None:
        frame = self.stack.pop()
        size = self.count - frame.start_count + 1
        self._attach(frame.data, frame.mirror, size, self.text - frame.start_text, frame.anchor)

    def _alias(self, event: Any) -> None:
        anchor = event.anchor or ""
        if anchor not in self.anchors:
            if any(frame.anchor == anchor for frame in self.stack):
                self._fail(
                    event,
                    f"bí danh *{anchor} tự tham chiếu chính nó",
                    f"alias *{anchor} refers to itself",
                )
            self._fail(
                event,
                f"bí danh *{anchor} chưa được định nghĩa",
                f"alias *{anchor} is not defined",
            )
        data, mirror, size, length = self.anchors[anchor]
        if self.on_item is not None and not isinstance(mirror, int):
            # A repeated mapping or list might be, or be part of, a streamed item. A repeated
            # scalar (plans repeat quotes) is text and one position, the same either way.
            raise UnstreamableError
        self.alias_nodes += size
        if self.alias_nodes > ALIAS_ALLOWANCE + 2 * self.own:
            self._fail(
                event,
                "bí danh (alias) mở rộng tài liệu quá lớn: có thể là 'billion laughs'; "
                "hãy viết giá trị trực tiếp",
                "aliases expand the document too much (a 'billion laughs' bomb?); "
                "write the values out",
            )
        self.alias_text += length
        limit = ALIAS_TEXT_ALLOWANCE + ALIAS_TEXT_FACTOR * self.own_text
        if self.alias_text > limit:
            self._fail(
                event,
                "bí danh (alias) lặp lại quá nhiều văn bản: quá giới hạn "
                f"{format_count(ALIAS_TEXT_ALLOWANCE)} ký tự cộng {ALIAS_TEXT_FACTOR} lần văn "
                f"bản của tệp ({format_count(limit)} ký tự); hãy viết giá trị trực tiếp",
                "aliases repeat too much text: past the limit of "
                f"{format_count(ALIAS_TEXT_ALLOWANCE, Lang.EN)} characters plus "
                f"{ALIAS_TEXT_FACTOR} times the file's own text ({format_count(limit, Lang.EN)} "
                "characters); write the values out",
            )
        frame = self.stack[-1] if self.stack else None
        if frame is not None and frame.key is None and type(frame.data) is dict:
            self._fail(
                event,
                "khóa phải là một giá trị đơn (chuỗi hoặc số)",
                "a key must be a plain value (text or number)",
            )
        self.count += size  # what an alias repeats counts towards the frames around it
        self.text += length
        self._attach(data, mirror, size, length, None)

    def _attach(
        self, value: Any, mirror: Mirror, size: int, length: int, anchor: str | None
    ) -> None:
        if anchor:
            self.anchors[anchor] = (value, mirror, size, length)
        if not self.stack:
            self.documents.append((value, mirror))
            return
        frame = self.stack[-1]
        if type(frame.data) is list:
            section = self.stack[0].key if len(self.stack) == 2 else None
            if self.on_item is not None and section is not None and section in STREAMED:
                # An item of a top-level section: handed over, only its place kept, so that
                # later indices and positions stay as they would be.
                self.on_item(section, len(frame.data), value, mirror)
                value = None
                mirror = mirror if isinstance(mirror, int) else mirror.position
            frame.data.append(value)
            frame.mirror.items.append(mirror)
            return
        assert frame.key is not None and frame.key_position is not None
        frame.data[frame.key] = value
        frame.mirror.keys[frame.key] = frame.key_position
        frame.mirror.values[frame.key] = mirror
        frame.key = None

    def _fail(self, event: Any, vi: str, en: str) -> NoReturn:
        self._fail_at(_position(event.start_mark), vi, en)

    def _fail_at(self, position: Position, vi: str, en: str) -> NoReturn:
        raise LoadError([Problem(self.name, position.line, position.column, vi, en)])
