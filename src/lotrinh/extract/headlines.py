"""A report's headline restating one figure of its body.

News reports open with a line such as "Tây Ninh giao 30.512 biên chế năm 2025, giảm 361 so
với năm 2024" or "LAI CHÂU ĐỀ XUẤT 16.318 BIÊN CHẾ NĂM 2026": a place, what it did, one count
and maybe its change against a year. The headline names no unit the general reader can tell
("biên chế" alone, a province as the actor); the body states the same figure of its unit. This
module only reads the headline's shape; `build` then takes it as the claim of the one unit of
the body holding that figure in that year, or leaves it unread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lotrinh.extract.document import YEAR
from lotrinh.extract.lexicon import (
    CONTRACT_MENTION,
    LEAVERS,
    ORGANISATION,
    Kind,
    category_mentioned,
    names_part_time,
)
from lotrinh.numbers import NumberError, parse_count

Span = tuple[int, int]

_I = re.IGNORECASE
_COUNT = r"[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{1,4}"
_VERB = (
    r"(?:(?:tạm|được|dự\s+kiến)\s+)?giao|đề\s+xuất|trình|phân\s+bổ|(?:phê\s+)?duyệt"
    r"|thông\s+qua|bố\s+trí|còn|có"
)
_PLACE = r"(?P<place>[^\W\d][\w.\-]*(?:[ ][^\W\d][\w.\-]*){0,4}?)"
"""A place: a few words, no digit nor clause mark ("Tây Ninh", "An Giang:", "TP.HCM")."""
_HEAD = re.compile(
    _PLACE +
    # "Tuyên Quang (mới) có ...": the province a merger made; "Bộ Xây dựng sau hợp nhất được
    # giao ...": the body a merger made
    r"(?:\s*\(\s*mới\s*\)|\s+sau\s+(?:khi\s+)?(?:hợp\s+nhất|sáp\s+nhập))?\s*:?\s+"
    rf"(?:năm\s+(?P<lead>{YEAR})\s*,?\s+)?"
    rf"(?P<verb>{_VERB})\s+(?P<n>{_COUNT})\s+(?P<noun>biên\s+chế|người|chỉ\s+tiêu(?:\s+biên\s+chế)?)(?!\w)",
    _I,
)
_CHANGE = re.compile(
    rf",\s*(?P<dir>giảm|tăng)\s+(?P<m>{_COUNT})(?:\s+(?:biên\s+chế|người|chỉ\s+tiêu(?:\s+biên\s+chế)?))?"
    rf"\s+so\s+với\s+năm\s+(?P<base>{YEAR})\s*$",
    _I,
)
_RECEIVER = re.compile(r"được\s+giao", _I)
_BODY_NAME = re.compile(rf"(?=[A-ZĐ])(?:{ORGANISATION.pattern})\s+[A-ZĐ]", _I)
"""A body named as a proper name ("Bộ Xây dựng", "Sở Y tế"), never a generic one ("Các sở")."""
_YEAR_AT_END = re.compile(rf"\s+năm\s+(?P<year>{YEAR})\s*$", _I)
_AFTER_MERGER = re.compile(
    r"\s+sau\s+(?:khi\s+)?(?:hợp\s+nhất|sáp\s+nhập|sắp\s+xếp)(?:\s+tỉnh)?\s*$", _I
)
"""When the count holds ("... có 4.962 biên chế công chức sau hợp nhất"): the merged province,
the text's own, now."""
_BODIES = re.compile(
    r"(?<!\w)cho\s+(?P<b>[0-9]{1,4})\s+(?:xã|phường|thị\s+trấn|đơn\s+vị|cơ\s+quan|huyện)"
    r"(?:\s*,\s*(?:xã|phường|thị\s+trấn|đặc\s+khu))*(?!\w)",
    _I,
)
"""Whom the posts go to, counted as bodies ("cho 135 xã, phường"): no figure of posts."""
_NOT_POSTS = re.compile(
    r"(?<!\w)(?:có\s+mặt|hiện\s+có|dôi\s+dư|nghỉ|tinh\s+giản|tuyển|thừa|thiếu|bình\s+quân"
    r"|mỗi|khoảng|gần|hơn|trên|dưới|tối\s+thiểu|tối\s+đa|ít\s+nhất|giáo\s+viên|chưa|bổ\s+sung"
    r"|thêm|giảm|tăng|so\s+với|trong\s+đó|gồm|và|hoặc)(?!\w)",
    _I,
)
"""Words that make the count something else than a unit's posts (people in post, leavers, a
bound, a subset, a part, posts added) or join a second figure: such a headline is not read."""


@dataclass(frozen=True)
class HeadlineChange:
    increase: bool
    count: int
    span: Span
    base_year: int


@dataclass(frozen=True)
class HeadlineFigure:
    """A headline's one count (and maybe its change) before it is matched with the body."""

    value: int
    span: Span
    year: int | None
    """The year it names (None: the report's, from its lead)."""
    kind: Kind | None
    """The category it names, if one ("biên chế cán bộ, công chức cho 135 xã, phường" is
    cán bộ, công chức cấp xã); None for "biên chế" alone."""
    change: HeadlineChange | None
    bodies: list[Span]
    """Counts of the bodies the posts go to: outside the plan."""


def read_headline(text: str) -> HeadlineFigure | None:
    """The headline's figure, or None where its shape is any other than a place, a verb of
    giving or proposing, one count of posts, the words naming them, maybe its year, maybe
    one change against a named year."""
    head = _HEAD.match(text.strip())
    if head is None:
        return None
    place = head.group("place")
    if ORGANISATION.search(place):
        # "Sở Y tế giao ...": a body giving, maybe not the body's unit; "Bộ Xây dựng được giao
        # ...": the body receiving, named as bodies are (its first word capitalised), whose
        # figure the body states as one unit's (`build._headline_figure` matches it by value)
        if not _RECEIVER.fullmatch(head.group("verb")) or _BODY_NAME.match(place) is None:
            return None
    elif not all(word[:1].isupper() for word in place.split()):
        return None
    offset = len(text) - len(text.lstrip())
    rest = text.strip()[head.end() :]
    change = None
    found = _CHANGE.search(rest)
    rest_words = rest[: found.start()] if found is not None else rest
    year = int(head.group("lead")) if head.group("lead") else None
    merged = _AFTER_MERGER.search(rest_words)
    if merged is not None:
        rest_words = rest_words[: merged.start()]
    trailing = _YEAR_AT_END.search(rest_words)
    if trailing is not None:
        if year is not None:
            return None  # two years named: which is the figure's is not said
        year = int(trailing.group("year"))
        rest_words = rest_words[: trailing.start()]
    words = _BODIES.sub(" ", rest_words)
    start = offset + head.end()
    bodies = [(start + m.start("b"), start + m.end("b")) for m in _BODIES.finditer(rest_words)]
    if re.search(r"[0-9;:()\"“”]", words) or _NOT_POSTS.search(words):
        return None
    named = f"{head.group('noun')}{rest_words}"
    if CONTRACT_MENTION.search(named) or LEAVERS.search(text) or names_part_time(named):
        return None
    kind = category_mentioned(named)
    if kind is None and re.search(r"công\s+chức|viên\s+chức|người\s+làm\s+việc|hội", named, _I):
        return None  # two categories named as one count: the body's total or not, unsaid
    try:
        value = parse_count(head.group("n"))
        if found is not None:
            change = HeadlineChange(
                found.group("dir").lower() == "tăng",
                parse_count(found.group("m")),
                (start + found.start("m"), start + found.end("m")),
                int(found.group("base")),
            )
    except NumberError:
        return None
    if change is not None and year is not None and change.base_year >= year:
        return None
    return HeadlineFigure(
        value, (offset + head.start("n"), offset + head.end("n")), year, kind, change, bodies
    )


_WHOLE_CHANGE = re.compile(
    # the place, as `_HEAD` reads it; maybe how long it took ("sau ba năm")
    rf"{_PLACE}\s*:?\s+"
    r"(?:sau\s+(?:hai|ba|bốn|năm|[2-9])\s+năm\s+)?"
    rf"(?:giảm|tăng)\s+(?:{_COUNT})\s+biên\s+chế\s+so\s+với\s+năm\s+{YEAR}",
    _I,
)


def names_the_whole(text: str) -> bool:
    """ "Bắc Ninh giảm 1.286 biên chế so với năm 2021": a headline of a place (a proper name,
    no body), one change of its posts named by "biên chế" alone against a year, and nothing
    more: the change of the place's whole, the text's total. A body, a category, a scope, a
    bound or a second figure: another shape."""
    found = _WHOLE_CHANGE.fullmatch(text.strip())
    if found is None:
        return False
    place = found.group("place")
    return ORGANISATION.search(place) is None and all(word[:1].isupper() for word in place.split())


_SPANS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5}
_WHOLE_CHANGE_WHEN = re.compile(
    # the place, as `_HEAD` reads it; its one change of "biên chế" alone, then when: during a
    # year ("trong năm 2026", "năm 2026") or after how long ("sau ba năm", maybe "thực hiện"
    # and the text it carries out: "Kết luận 40", "Nghị quyết số 39-NQ/TW")
    rf"{_PLACE}\s*:?\s+(?:giảm|tăng)\s+(?:{_COUNT})\s+biên\s+chế\s+"
    rf"(?:(?:trong\s+)?năm\s+(?P<year>{YEAR})"
    r"|sau\s+(?P<span>hai|ba|bốn|năm|[2-9])\s+năm"
    r"(?:\s+thực\s+hiện\s+(?:[^\W\d]+\s+){1,3}(?:số\s+)?[0-9]{1,3}(?:-[A-Z]{2,3}/[A-Z]{2,4})?)?)",
    _I,
)


@dataclass(frozen=True)
class WholeWhen:
    """When a place's headline change of its whole naming no base year happened: during
    `year` (against the year before), or over `span` years (its year less its base)."""

    year: int | None
    span: int | None


def whole_change_when(text: str) -> WholeWhen | None:
    """ "Hưng Yên giảm 1.428 biên chế trong năm 2026", "Tiền Giang giảm 1.383 biên chế sau ba
    năm thực hiện Kết luận 40": a headline of a place (as `names_the_whole`), one change of its
    posts named by "biên chế" alone, naming no year it compares with but when the change
    happened: during a year, or after a number of years. None for any other shape (a body, a
    category, a scope, a bound, a base year, a second figure)."""
    found = _WHOLE_CHANGE_WHEN.fullmatch(text.strip())
    if found is None:
        return None
    place = found.group("place")
    if ORGANISATION.search(place) is not None or not all(
        word[:1].isupper() for word in place.split()
    ):
        return None
    if found.group("year") is not None:
        return WholeWhen(int(found.group("year")), None)
    span = found.group("span").lower()
    return WholeWhen(None, _SPANS[span] if span in _SPANS else int(span))
