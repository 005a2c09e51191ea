"""YAML syntax errors said in Vietnamese, the same whichever parser found them.

The pure-Python parser and libyaml word the same mistake differently ("expected ',' or
']', but got ..." against "did not find expected ',' or ']'"). The table below recognises
both wordings of the mistakes an analyst makes by hand and says what to do about them; the
parser's own words stay in the English message, where they can be searched for.
"""

from __future__ import annotations

import re
from typing import Any

from lotrinh.loading.errors import Problem

# (pattern matching either parser's wording, what it means in Vietnamese)
_KNOWN: tuple[tuple[str, str], ...] = (
    (r"expected ',' or '\]'", "danh sách [...] chưa được đóng: thiếu dấu ',' hoặc ']'"),
    (r"expected ',' or '\}'", "ánh xạ {...} chưa được đóng: thiếu dấu ',' hoặc '}'"),
    (
        r"mapping values are not allowed",
        "dấu ':' không được phép ở đây: giá trị có chứa ': ' phải đặt trong ngoặc kép",
    ),
    (r"could not find expected ':'", "thiếu dấu ':' sau khóa"),
    (
        r"expected <block end>|did not find expected key|expected '-' indicator",
        "thụt lề không khớp với các dòng phía trên",
    ),
    (
        r"unexpected end of stream",
        "tệp kết thúc khi chuỗi trong ngoặc chưa đóng: thiếu dấu ngoặc đóng",
    ),
    (
        r"cannot start any token",
        "ký tự này không thể mở đầu một giá trị YAML: hãy đặt giá trị trong ngoặc kép",
    ),
    (
        r"unknown escape character",
        "dấu '\\' trong ngoặc kép mở đầu một dãy thoát không hợp lệ: dùng ngoặc đơn '...'",
    ),
    (
        r"alphabetic or numeric character",
        "sau '&' hoặc '*' phải có tên (chữ, số)",
    ),
    (r"expected the node content|expected node content", "thiếu giá trị ở đây"),
)


def syntax_problem(error: Any, name: str) -> Problem:
    """A located problem for a `yaml.MarkedYAMLError` from either parser."""
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    detail = str(error.problem or error.context or "?")
    meaning = next((vi for pattern, vi in _KNOWN if re.search(pattern, detail)), detail)
    return Problem(
        name, line, column, f"lỗi cú pháp YAML: {meaning}", f"YAML syntax error: {detail}"
    )
