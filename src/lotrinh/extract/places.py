"""Pass 5, plan: the places a document's staffing sentences open with ("Tại Kon Tum, biên chế
công chức năm 2024 là ...", "Tỉnh Đắk Nông được giao ...", "Riêng Đắk Lắk, ...", "Lâm Đồng giảm
nhiều nhất: năm 2024 còn ..."). A report naming several provinces, cities or districts, one
paragraph each, speaks of each place's own posts: the place is the unit (`build` files the
sentence's category figures under it), never dropped as a lead clause or taken for the text's
own body (which filed one province's figures under another's, blind AN2).

Only the opening of a sentence is searched: a fronted year ("Năm 2024, ..."), a lead word
("Tại", "Ở", "Riêng", "Còn", "Đối với"), a level word ("tỉnh", "thành phố", "huyện", "quận",
"thị xã") and a proper name of capitalised syllables (two at least without a level word), closed
by a comma or colon (with a ranking between: "giảm nhiều nhất:") or by the verb of the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lotrinh.extract.lexicon import ORGANISATION, kind_of
from lotrinh.extract.subjects import SPEAKER_LABEL

_I = re.IGNORECASE

_OPENING = re.compile(
    r"(?P<year>(?:trong\s+|đến\s+|tính\s+đến\s+)?năm\s+[0-9]{4}\s*,\s*)?"
    r"(?P<lead>(?:tại|ở|riêng|còn|đối\s+với|với)\s+)?"
    r"(?P<level>(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)\s+)?"
    r"(?P<name>(?:[^\W\d_]+\s+){0,3}[^\W\d_]+)"
    r"(?P<close>(?:\s+(?:giảm|tăng)\s+(?:nhiều|mạnh|sâu|ít)\s+nhất)?\s*[,:]"
    r"|\s+(?=(?:năm\s+[0-9]{4}\s+)?(?:được\s+giao|có|(?:cắt\s+)?giảm|tinh\s+giản|còn|tăng|giữ\s+nguyên|đã|sẽ"
    r"|dự\s+kiến)"
    r"(?!\w)))",
    _I,
)
_BULLET = re.compile(r"^[\s\-–+•*]*")
_DISTRICT = re.compile(r"huyện|quận|thị\s+xã", _I)
_NOT_A_NAME = re.compile(
    # capitalised words that open sentences of the genre and name no place
    r"(?:năm|theo|tổng|biên|công|viên|cán|người|số|khối|các|những|toàn|cả|trong|đến|sau"
    r"|trước|về|tuy|như|ngoài|thực|căn|đồng|ủy|uỷ|hội|ban|sở|bộ|cục|vụ|văn|trung|kho|nghị"
    r"|quyết|kế|kết|chính|hệ|đảng|mặt|liên|khu|vùng|miền"
    # a person, who speaks ("Bà Lương Thị Huyền: ..."), never a place
    r"|ông|bà|anh|chị|giám|chủ|phó|trưởng|bí|thứ|chánh)(?!\w)",
    _I,
)


@dataclass(frozen=True)
class Place:
    """The place a sentence opens with: where its words stand in the sentence and its name."""

    start: int
    end: int
    """The span to leave out when the sentence is read for its figures (the lead, the level
    word, the name, and the comma or colon closing them; never a fronted year nor the verb)."""
    name: str
    """The unit's name: the proper name, with its level word for a district."""
    key: str
    """The name case folded, without the level word: one place however it is named."""
    level: str = ""
    """The level word written before the name, case folded ("tỉnh", "huyện"), or none."""
    lead: bool = False
    """Opened by a word saying where ("Tại", "Ở", "Riêng", "Đối với" ...)."""


def _proper(name: str) -> bool:
    words = name.split()
    return all(word[:1].isupper() and (word[1:].islower() or len(word) == 1) for word in words)


def opening_place(text: str) -> Place | None:
    """The place the sentence opens with ("Tại Kon Tum, ...", "Tỉnh Đắk Nông được giao ...",
    "Năm 2024, Kon Tum được giao ..."), or None. A name without a level word must be two
    capitalised syllables at least; a name the genre's lexicon reads (a body, a category, a
    region) is none."""
    start = _BULLET.match(text)
    at = start.end() if start is not None else 0
    found = _OPENING.match(text, at)
    if found is None or SPEAKER_LABEL.match(text, at):
        return None
    name = found.group("name")
    level = found.group("level")
    if not _proper(name) or (level is None and len(name.split()) < 2):
        return None
    if _NOT_A_NAME.match(name) or kind_of(name) is not None or ORGANISATION.match(name):
        return None
    if level is None and found.group("lead") is None and found.group("close").strip() == ",":
        # "Kon Tum, Gia Lai, ...": a bare name and a comma is a list, not a lead
        return None
    begin = found.start("lead") if found.group("lead") else found.start("level")
    if begin < 0:
        begin = found.start("name")
    close = found.group("close")
    end = found.end() if close.strip() else found.end("name")
    district = level is not None and _DISTRICT.fullmatch(level.strip()) is not None
    shown = f"{level.strip().lower()} {name}" if district and level else name
    written = " ".join(level.split()).casefold() if level else ""
    return Place(
        begin,
        end,
        shown[:1].upper() + shown[1:],
        " ".join(shown.split()).casefold(),
        written,
        found.group("lead") is not None,
    )


def blanked(text: str, place: Place) -> str:
    """The sentence with the place's words left out (spaces kept, so every span stands)."""
    return text[: place.start] + " " * (place.end - place.start) + text[place.end :]
