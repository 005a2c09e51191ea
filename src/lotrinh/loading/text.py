"""Checks on the raw text before YAML sees it, and offsets ↔ positions counted as YAML does.

Tabs and control characters are refused here rather than by the parser because the two
parsers disagree about them: `key:<TAB>value` passes libyaml and fails the pure-Python
parser, and each reports a control character in its own words at its own kind of offset
(characters in one, UTF-8 bytes in the other). Checking first gives one verdict at one
position whichever parser is installed.
"""

from __future__ import annotations

import re

from lotrinh.loading.errors import LoadError, Problem
from lotrinh.model import Position

# What YAML 1.1 calls a line break; both parsers count lines by these, so must we.
_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
# Characters outside YAML's printable set (PyYAML's `Reader.NON_PRINTABLE`), the tab included:
# tabs are refused earlier with their own message. Written as the complement's ranges rather
# than as "[^printable]", which compiles ten times slower and every `lotrinh check` pays it;
# tests/test_values_as_written.py checks that both match the same code points.
_NOT_PRINTABLE = re.compile(
    "[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]"
)


def position_of(text: str, offset: int) -> Position:
    """The 1-based line and column of a character offset."""
    line = 1
    start = 0
    for match in _BREAK.finditer(text, 0, offset):
        line += 1
        start = match.end()
    return Position(line, offset - start + 1)


def offset_of(text: str, position: Position) -> int:
    """The character offset of a 1-based line and column (the inverse of `position_of`)."""
    start = 0
    for line, match in enumerate(_BREAK.finditer(text), start=2):
        if line > position.line:
            break
        start = match.end()
    return min(len(text), start + position.column - 1)


def check_characters(text: str, name: str) -> None:
    """Refuse the first tab or control character, at its position."""
    tab = text.find("\t")
    if tab >= 0:
        at = position_of(text, tab)
        raise LoadError(
            [
                Problem(
                    name,
                    at.line,
                    at.column,
                    "ký tự tab: YAML chỉ dùng dấu cách để thụt lề và phân cách; "
                    "hãy thay tab bằng dấu cách",
                    "tab character: YAML uses spaces for indentation and separation; "
                    "replace the tab with spaces",
                )
            ]
        )
    bad = _NOT_PRINTABLE.search(text)
    if bad is not None:
        at = position_of(text, bad.start())
        code = f"U+{ord(bad.group()):04X}"
        raise LoadError(
            [
                Problem(
                    name,
                    at.line,
                    at.column,
                    f"ký tự điều khiển {code} không được phép trong YAML; hãy xóa nó",
                    f"control character {code} is not allowed in YAML; delete it",
                )
            ]
        )
