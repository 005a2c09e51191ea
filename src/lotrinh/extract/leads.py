"""Leads naming the body that receives the posts listed below them.

A plan often lists one body's categories under a line naming only that body:

    Năm 2021, Sở Y tế được giao:
    - Biên chế công chức: 90 biên chế;
    - Số lượng người làm việc: 800 người.

The items are the body's lines, never the document's category totals, though each names a
category alone. What tells such a lead from one whose items are the province's own blocks
("Ban Thường vụ Tỉnh ủy giao biên chế cho các cơ quan như sau:") is its grammar: the body is
the one receiving the posts (the subject of "được giao", the object of "giao cho", the
place after "tại", or a bare name closed by ":"), and the lead says nothing else: no verb of
its own, no count, no category. Anything more and the lead is left to the usual rules.
"""

from __future__ import annotations

import re

from lotrinh.extract.document import YEAR
from lotrinh.extract.lexicon import BODY_HEAD, ORGANISATION, groups_in

_I = re.IGNORECASE

_LEAD = re.compile(
    # "Trong đó, ": one body among those of the figure above ("Trong đó, Ủy ban nhân dân
    # huyện A:"), whose lines the items still are
    r"^(?:trong\s+(?:số\s+)?đó\s*,\s*)?"
    # a fronted time: "Năm 2021, ", "Đến năm 2026, ", "Trong năm 2023 "
    rf"(?:(?:trong\s+|đến\s+(?:hết\s+)?|tới\s+)?năm\s+(?P<year>{YEAR})\s*,?\s*)?"
    # the posts as the topic: "Biên chế năm 2021 của Sở Y tế:", "Năm 2021, biên chế của ..."
    r"(?:(?:tổng\s+|số\s+lượng\s+)?biên\s+chế"
    rf"(?:\s+(?:được\s+giao\s+)?năm\s+(?P<early>{YEAR}))?\s+(?:của|tại|giao\s+cho)\s+)?"
    # who gives, before giving to one body: "UBND tỉnh giao cho Sở Y tế như sau:"
    r"(?P<giver>(?:UBND|[uủ][ỷy]\s+ban\s+nhân\s+dân|HĐND|hội\s+đồng\s+nhân\s+dân"
    r"|ban\s+thường\s+vụ|tỉnh\s+ủy|thành\s+ủy|bộ\s+nội\s+vụ|chính\s+phủ|thủ\s+tướng"
    r"(?:\s+chính\s+phủ)?)(?:\s+(?:tỉnh|thành\s+phố|tỉnh\s+ủy|thành\s+ủy))?"
    r"(?:\s+(?:đã|tạm))?\s+(?=giao|phân\s+bổ))?"
    # the body as the place or the recipient: "Tại ...", "Giao cho ...", "Đối với ..."
    r"(?:(?:tại|đối\s+với|riêng|(?:giao|phân\s+bổ)(?:\s+biên\s+chế)?(?:\s+cho)?)\s+)?"
    r"(?P<name>[^\W\d][^:;,()0-9]*?)"
    rf"(?:\s*\(\s*năm\s+(?P<paren>{YEAR})\s*\))?"
    # the body as the subject receiving: "... được giao (biên chế) (năm 2021)"
    r"(?:\s+(?:(?:đã\s+)?được\s+(?:tạm\s+)?(?:giao|phân\s+bổ|bố\s+trí|phê\s+duyệt|duyệt)|có)"
    r"(?:\s+(?:số\s+lượng\s+)?biên\s+chế)?"
    rf"(?:\s+năm\s+(?P<late>{YEAR}))?)?"
    r"(?:\s*,?\s*(?:như\s+sau|cụ\s+thể(?:\s+như\s+sau)?|gồm|bao\s+gồm))?"
    r"\s*:\s*$",
    _I,
)
_DETERMINER = re.compile(r"^(?:các|những)\s+", _I)
# Words a name never holds: a verb or a connector of its own makes the lead a sentence
# whose items may be anyone's ("Ban Thường vụ Tỉnh ủy giao biên chế cho các cơ quan:"), and
# a year or a list word is no part of a body's name.
_NOT_A_NAME = re.compile(
    r"(?<!\w)(?:giao|phân\s+bổ|cho|được|là|có|năm|như\s+sau|cụ\s+thể|gồm|quyết\s+định"
    r"|thông\s+báo|đề\s+nghị|điều\s+chỉnh|giảm|tăng|còn|tổng|số|biên\s+chế|trong\s+đó"
    # ("Cục Quản lý nhà nước về giá": "về" after "nhà nước" is part of an agency's name)
    r"|theo|(?<!nhà\snước\s)về|với|từ|đến|lộ\s+trình|kế\s+hoạch|dự\s+kiến|thực\s+hiện)(?!\w)",
    _I,
)
_CATEGORY_IN_A_NAME = re.compile(r"(?<=\w\s)(?-i:Công\s+chức|Viên\s+chức)(?!\w)")
"""A category's words written capitalised inside a body's name ("Vụ Công chức - Viên chức"):
the body, not the category's posts."""

# A level named bare, or its council or committee, is the place the text speaks for ("Năm
# 2022, thị xã được giao:", "biên chế của khối:"): its items are the text's own totals, as
# they were read before.
_OWN_PLACE = re.compile(
    r"(?:toàn\s+)?(?:(?:UBND|HĐND|[uủ][ỷy]\s+ban\s+nhân\s+dân|hội\s+đồng\s+nhân\s+dân"
    r"|chính\s+quyền)\s+)?(?:tỉnh|huyện|thị\s+xã|thành\s+phố|quận|xã|phường|thị\s+trấn|khối)"
    r"(?:\s+(?:ta|nhà))?",
    _I,
)


def receiving_body(text: str) -> tuple[str, int | None] | None:
    """The body a lead names as the one receiving the posts its items list, and the year
    it names if any ("Năm 2021, Sở Y tế được giao:" → ("Sở Y tế", 2021)), or None when the
    line is anything else: a lead naming a category ("Năm 2021, đơn vị sự nghiệp công
    lập:"), a giver ("Ban Thường vụ Tỉnh ủy giao ... như sau:"), a count, a plain year."""
    found = _LEAD.match(text.strip().strip("*_").strip())
    if found is None:
        return None
    name = found.group("name").strip()
    head = _DETERMINER.sub("", name)
    if not (ORGANISATION.match(head) or BODY_HEAD.match(head)) or _NOT_A_NAME.search(name):
        return None
    if found.group("giver") and _DETERMINER.match(name):
        # "Ban Thường vụ Tỉnh ủy giao biên chế cho các cơ quan ... như sau:": the items may
        # be the blocks the province's posts are shared among
        return None
    if groups_in(name) & {0, 1} and not _CATEGORY_IN_A_NAME.search(name):
        return None  # a category's posts ("các đơn vị sự nghiệp công lập"), not a body's
    if _OWN_PLACE.fullmatch(name):
        return None  # "thị xã", "UBND tỉnh": the text's own place, whose posts are the whole
    named = ("year", "early", "late", "paren")
    years = {int(y) for y in (found.group(g) for g in named) if y}
    if len(years) > 1:
        return None
    return name, (years.pop() if years else None)


def unknown_body(text: str) -> tuple[str, int | None] | None:
    """A lead with the grammar of one naming the body receiving the posts ("Liên đoàn Lao
    động tỉnh:", "Năm 2021, Công an tỉnh được giao:") whose name the lexicon does not know as
    a body: its name, or None. Its items may be that body's lines, or the name may be no body
    at all: they are read as neither, least of all as the text's own totals.
    Returned with the year it names, as `receiving_body` does."""
    found = _LEAD.match(text.strip().strip("*_").strip())
    if found is None or receiving_body(text) is not None:
        return None
    name = found.group("name").strip()
    words = name.split()
    if (
        # a proper name: capitalised, and so is a later word ("Cảng vụ Hàng hải"), never a
        # document's own part ("Ghi chú:", "Nơi nhận:", "QUYẾT NGHỊ:")
        not name[:1].isupper()
        or name.isupper()
        or not any(word[:1].isupper() for word in words[1:])
        or ORGANISATION.match(_DETERMINER.sub("", name))
        or _NOT_A_NAME.search(name)
        or (groups_in(name) & {0, 1} and not _CATEGORY_IN_A_NAME.search(name))
        or _OWN_PLACE.fullmatch(name)
    ):
        return None
    years = {int(y) for y in (found.group(g) for g in ("year", "early", "late", "paren")) if y}
    if len(years) > 1:
        return None
    return name, (years.pop() if years else None)
