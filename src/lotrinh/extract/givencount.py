"""A body given a count whose noun is its category, the lead of a list.

"Năm 2021, các trường công lập thuộc huyện được giao 1.410 viên chức, gồm:" says what "... được
giao 1.410 biên chế viên chức" says: the bodies' posts of that category. The count's noun is
the category itself ("viên chức", "công chức", "cán bộ, công chức", "cán bộ, công chức cấp
xã"), which the usual rules take for a part of a figure stated before it; with no figure
before, the sentence (and the list it opens) was left unread. The item is spelled with the
word of posts ("được giao 1.410 biên chế viên chức") and read by the usual rules
(`chains.spell_out` maps every figure back).

Only where the bodies are given the posts ("được giao", "được tạm giao"), the count is the
sentence's first, and the category closes its clause or is followed by its year: a second
category ("1.410 viên chức và 20 công chức"), a qualifier ("viên chức tại Sở Y tế"), staff
"có" (in post or posts?) and an asker ("Sở Nội vụ đề nghị giao ...": whose posts?) are left
to the usual rules, which decline them.
"""

from __future__ import annotations

import re

from lotrinh.extract.document import NUM, YEAR

Edit = tuple[int, int, list[tuple[str, int, int] | str]]

_I = re.IGNORECASE
_GIVEN = re.compile(
    # the bodies named before, no figure among them (a year may open the sentence)
    # (how many they are may open their name: "Năm 2024, 15 xã, thị trấn của huyện được giao")
    r"^(?P<bodies>(?:năm\s+" + YEAR + r"\s*,?\s*)?(?:[0-9]{1,3}\s+)?[^0-9;:()]{3,160}?)"
    r"\s+được\s+(?:tạm\s+)?giao\s+"
    rf"(?P<n>{NUM})(?![0-9]|[.,][0-9]|\s?%)\s+"
    r"(?P<cat>viên\s+chức|(?:cán\s+bộ,\s*)?công\s+chức(?:\s+cấp\s+xã)?)"
    rf"(?=\s*(?:[,;.:]|$)|\s+năm\s+{YEAR}\s*(?:[,;.:]|$))",
    _I,
)
_ASKER = re.compile(
    r"(?<!\w)(?:đề\s+nghị|đề\s+xuất|trình|xin|dự\s+kiến|sẽ|chưa|không|hiện\s+có|có|riêng)(?!\w)",
    _I,
)
"""Words before the verb that make the bodies not (yet) holders of the posts, or some of
others ("Riêng 9 xã ... được giao 214 cán bộ, công chức": some of a whole, or more?)."""


_COMMUNES = re.compile(r"(?<!\w)(?:(?<!thị\s)xã|phường|thị\s+trấn)(?!\w)", _I)
"""Bodies of the commune level: their "công chức" are cán bộ, công chức cấp xã, which only a
count saying "cấp xã" tells apart from the province's (never guessed)."""


_HAS_GIVEN = re.compile(
    # "Năm 2021 có 1.582 cán bộ, công chức cấp xã được giao; ...": the count's noun is its
    # category, and "được giao" right after it says they are posts, not staff in post
    r"(?<!\w)(?<!hiện\s)(?<!đang\s)có\s+"
    rf"(?P<n>{NUM})(?![0-9]|[.,][0-9]|\s?%)\s+"
    r"(?P<cat>viên\s+chức|(?:cán\s+bộ,\s*)?công\s+chức(?:\s+cấp\s+xã)?)"
    r"\s+được\s+(?:tạm\s+)?giao(?=\s*(?:[,;.]|$))",
    _I,
)
_NUMBER = re.compile(rf"(?<![0-9]){NUM}")


def given_count(text: str) -> list[Edit]:
    """The edit spelling "được giao 1.410 viên chức" as "được giao 1.410 biên chế viên
    chức" (or "có 1.582 cán bộ, công chức cấp xã được giao" as "có 1.582 biên chế ..."), or
    none."""
    found = _GIVEN.match(text)
    if found is None:
        return _has_given(text)
    if _ASKER.search(found.group("bodies")):
        return []
    if _COMMUNES.search(found.group("bodies")) and not found.group("cat").lower().endswith("xã"):
        return []
    end = found.end("n")
    return [(end, end, [" biên chế"])]


def _has_given(text: str) -> list[Edit]:
    """ "có 1.582 cán bộ, công chức cấp xã được giao" spelled "có 1.582 biên chế ...": only
    one such count, the first number of the sentence that is not a year, no asker before it
    (whose posts?) and "được giao" closing the category's clause."""
    found = list(_HAS_GIVEN.finditer(text))
    if len(found) != 1 or _ASKER_ONLY.search(text, 0, found[0].start()):
        return []
    first = next((m for m in _NUMBER.finditer(text) if not re.fullmatch(YEAR, m.group())), None)
    if first is None or first.start() != found[0].start("n"):
        return []
    end = found[0].end("n")
    return [(end, end, [" biên chế"])]


_ASKER_ONLY = re.compile(
    r"(?<!\w)(?:đề\s+nghị|đề\s+xuất|trình|xin|dự\s+kiến|sẽ|chưa|không|riêng)(?!\w)", _I
)
"""The askers of `_ASKER` but "có", which the count of `_HAS_GIVEN` follows."""
