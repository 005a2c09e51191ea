"""A change given in steps, right after the sentence that states it: "... được giao 3.259 biên
chế công chức, giảm 33 biên chế so với năm 2023. Cụ thể: giảm 27 biên chế theo đề xuất của
21 cơ quan; giảm 11 biên chế tại 9 cơ quan theo chỉ đạo của Ban Thường vụ; đồng thời bổ sung
4 biên chế so với năm 2023 cho 4 cơ quan, mỗi cơ quan 1 biên chế (...)".

The statement kind is read here, alone; whose change it details is the walk's to say (the one
change of the one unit the sentence before stated, `walk_sentences`). A line is read as steps
only when every clause, split at ";", is one step: a verb of cutting or adding, its count of
posts, and words whose only numbers count bodies ("21 cơ quan"), share the posts out ("mỗi cơ
quan 1 biên chế") or name the base year. Anything else: None, and the line stays unread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lotrinh.extract.document import tokens
from lotrinh.numbers import NumberError, parse_count

_I = re.IGNORECASE

_OPENER = re.compile(r"^[\s\-–+•*]*(?:cụ\s+thể|chi\s+tiết)\s*(?:như\s+sau\s*)?[:,]\s*", _I)
_STEP = re.compile(
    r"\s*(?:(?:đồng\s+thời|và|còn)\s*,?\s+)?"
    r"(?P<verb>(?:cắt\s+)?giảm|tinh\s+giản|thu\s+hồi|tăng|bổ\s+sung|giao\s+thêm)\s+"
    r"(?P<count>[0-9]{1,3}(?:\.[0-9]{3})*)\s+(?:biên\s+chế|chỉ\s+tiêu)(?!\w)",
    _I,
)
_CATEGORY = re.compile(
    r"(?<!\w)(?:công\s+chức|viên\s+chức|cán\s+bộ|người\s+làm\s+việc|hợp\s+đồng"
    r"|lao\s+động)(?!\w)",
    _I,
)
"""A step naming whose posts it cuts is a category's part of the change, no step of it."""
_ADDS = re.compile(r"tăng|bổ\s+sung|giao\s+thêm", _I)
_BODIES = r"(?:cơ\s+quan|đơn\s+vị|tổ\s+chức|sở|ban|ngành|huyện|xã|phòng|chi\s+cục)"
_BODY_COUNT = re.compile(rf"\s+{_BODIES}(?!\w)", _I)
"""After a number: it counts bodies ("của 21 cơ quan"), no posts."""
_SHARED = re.compile(rf"mỗi\s+{_BODIES}\s*$", _I)
"""Before a number: each body's share ("mỗi cơ quan 1 biên chế"), no step of its own."""
_BASE = re.compile(r"so\s+với\s+năm\s*$", _I)


@dataclass(frozen=True)
class Steps:
    """The steps of one change, each signed as a claim's reduction (a cut positive, an
    addition negative), with where their counts stand and the base year a step names."""

    signed: tuple[int, ...]
    used: tuple[tuple[int, int], ...]
    """The spans of the steps' counts."""
    outside: tuple[tuple[int, int], ...]
    """The spans of the other numbers: bodies counted, shares, the base year."""
    base_year: int | None


def read_steps(text: str) -> Steps | None:
    """The steps a line gives, or None when it is not wholly a line of steps (two at least)."""
    opener = _OPENER.match(text)
    if opener is None:
        return None
    body = text.rstrip().rstrip(".")
    signed: list[int] = []
    used: list[tuple[int, int]] = []
    at = opener.end()
    clauses = []
    for piece in body[at:].split(";"):
        clauses.append((at, at + len(piece)))
        at += len(piece) + 1
    for start, end in clauses:
        step = _STEP.match(text, start, end)
        if step is None or _CATEGORY.search(text, start, end):
            return None
        try:
            count = parse_count(step.group("count"))
        except NumberError:
            return None
        signed.append(-count if _ADDS.fullmatch(step.group("verb")) else count)
        used.append(step.span("count"))
    if len(signed) < 2:
        return None
    outside: list[tuple[int, int]] = []
    years: set[int] = set()
    counted = set(used)
    for token in tokens(text):
        span = (token.start, token.end)
        if span in counted:
            continue
        if _BASE.search(text, 0, token.start) and re.fullmatch(r"[0-9]{4}", token.text):
            years.add(int(token.text))
        elif not (_BODY_COUNT.match(text, token.end) or _SHARED.search(text, 0, token.start)):
            return None  # a number the grammar does not place (another year, a decree's)
        outside.append(span)
    if len(years) > 1:
        return None
    return Steps(tuple(signed), tuple(used), tuple(outside), years.pop() if years else None)
