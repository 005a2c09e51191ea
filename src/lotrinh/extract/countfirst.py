"""A count written before its category, with no subject before it.

Under a lead ("Năm 2021, huyện được giao:") a plan often lists its categories count first:
"- 98 biên chế công chức trong các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện;", "- 1.642
người làm việc trong các đơn vị sự nghiệp công lập, trong đó có 1.420 giáo viên;", "- 296 cán
bộ, công chức cấp xã của 14 xã, thị trấn." Each is the document's line of that category, as
"Biên chế công chức: 98" would be. The item is spelled that way ("biên chế công chức: 98;")
and read by the usual rules (`chains.spell_out` maps every figure back).

Only the words that restate the category may follow it: the bodies every post of that
category lies in (công chức in the specialist bodies of the People's Committee or in the
administrative bodies, người làm việc in the public service units, cấp xã staff in the
communes). Any other qualifier ("trong các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, trừ
Phòng Giáo dục", "tại Sở Y tế") is a unit of its own: not spelled, left to the usual rules
(which decline it).
"""

from __future__ import annotations

import re

from lotrinh.extract.document import NUM, YEAR

Edit = tuple[int, int, list[tuple[str, int, int] | str]]

_I = re.IGNORECASE
_COUNT = rf"{NUM}(?![0-9]|[.,][0-9]|\s?%)"
_LEVEL = r"(?:cấp\s+)?(?:tỉnh|huyện|thành\s+phố|thị\s+xã|quận)"
_PEOPLES_COMMITTEE = rf"(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân\s+{_LEVEL}|UBND\s+{_LEVEL}"
_IN = r"(?:trong|tại|ở|của|cho)\s+(?:các\s+)?"
_COMMUNES = (
    r"(?:(?:\d{1,3}\s+)|các\s+)?xã(?:\s*,\s*(?:phường|thị\s+trấn|đặc\s+khu))*"
    r"(?:\s*(?:,|và)\s*(?:phường|thị\s+trấn|đặc\s+khu))?"
    rf"(?:\s+(?:của|trên\s+địa\s+bàn)\s+(?:toàn\s+)?{_LEVEL})?"
)

_CIVIL = (
    # công chức: all of them in the specialist bodies of the People's Committee, or in the
    # administrative bodies and organisations
    r"(?P<cc>(?:biên\s+chế\s+)?(?:cán\s+bộ,\s*)?công\s+chức(?!\s*(?:,|và)\s*viên)"
    r"(?!\s+cấp\s+xã|\s+(?:ở|tại|của)\s+(?:các\s+)?xã))"
    rf"(?P<ccq>\s+{_IN}cơ\s+quan\s+chuyên\s+môn\s+thuộc\s+(?:{_PEOPLES_COMMITTEE})"
    rf"|\s+{_IN}cơ\s+quan,\s*tổ\s+chức\s+hành\s+chính(?:\s+(?:của|thuộc)\s+{_LEVEL})?)?"
)
_PUBLIC = (
    # người làm việc / viên chức: all of them in the public service units
    r"(?P<vc>(?:biên\s+chế\s+)?viên\s+chức|người\s+làm\s+việc)"
    rf"(?P<vcq>\s+{_IN}đơn\s+vị\s+sự\s+nghiệp\s+công\s+lập(?:\s+(?:của|thuộc)\s+{_LEVEL})?"
    # or paid from the state budget: the category's own words, no place
    r"|\s+hưởng\s+lương\s+từ\s+ngân\s+sách\s+nhà\s+nước)?"
)
_SOCIETIES = (
    # the hội's posts, and the reserve: their own names, no qualifier
    r"(?P<hoi>(?:biên\s+chế\s+)?(?:của\s+)?các\s+hội(?:\s+(?:có\s+tính\s+chất\s+)?đặc\s+thù)?)"
    r"|(?P<dp>biên\s+chế\s+dự\s+phòng)"
)
_COMMUNE = (
    # cán bộ, công chức cấp xã: all of them in the communes, their number said or not
    r"(?P<xa>cán\s+bộ,\s*công\s+chức\s+cấp\s+xã)"
    rf"(?P<xaq>\s+{_IN}{_COMMUNES})?"
)
_ITEM = re.compile(
    # a resolution's allocation says the same count first: "Giao 3.872 cán bộ, công chức cấp xã
    # cho 193 xã, phường, thị trấn của tỉnh", "Nghị quyết cũng giao 2.196 ..." (given to all
    # of the category's bodies, never to some: "cho 12 xã khu vực I" is not spelled)
    r"^\s*(?P<given>(?:Nghị\s+quyết\s+(?:này\s+)?(?:cũng\s+)?)?giao\s+)?"
    # a year's item under a body's heading says its year first: "- Năm 2021: 26 viên chức."
    rf"(?(given)|(?P<year>năm\s+{YEAR}\s*:\s*)?)"
    rf"(?P<n>{_COUNT})\s+(?:{_COMMUNE}|{_CIVIL}|{_PUBLIC}|{_SOCIETIES})"
    # bodies of a kind, all of them, where the posts are ("412 biên chế công chức tại các ban,
    # văn phòng của cơ quan ...", "86 biên chế viên chức tại các cơ quan báo, tạp chí ..."):
    # the category's line of those bodies, spelled as "biên chế công chức tại các ban ...: 412"
    r"(?P<bodies>\s+(?:trong|tại|ở|của)\s+các\s+[^\d;:()]{3,160}?)?"
    # what follows: the item's end, or some of it ("trong đó có 1.420 giáo viên")
    # or its change against a year, or its parts below ("..., không thay đổi so với năm 2023,
    # gồm:")
    # (or some of it in a parenthesis closing the item: "- 3.647 người làm việc (trong đó có
    # 870 giáo viên);", spelled "người làm việc: 3.647, trong đó có 870 giáo viên;")
    r"(?=\s*(?:[;.:]?\s*$|,\s*(?:trong\s+đó|gồm|không\s+thay\s+đổi|giảm|tăng)(?!\w)"
    # (one count in it: "(trong đó có 870 giáo viên, 20 nhân viên)" stays unread)
    r"|\((?P<within>\s*trong\s+đó(?!\w)[^()0-9]*[0-9][0-9.,]*[^()0-9]*)\)(?=\s*[;.]?\s*$)))",
    _I,
)


def count_first(text: str) -> list[Edit]:
    """ "98 biên chế công chức trong các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện;" →
    "biên chế công chức: 98;"; nothing when the sentence is not such an item."""
    match = _ITEM.match(text)
    if match is None:
        return []
    bodies = match.group("bodies")
    if bodies is not None and (
        match.group("given") or _PLACES.search(bodies) or _NOT_BODIES.search(bodies)
    ):
        # "... tại các xã, phường" (the commune level's staff, or the province's?), "cho các
        # ... trừ ...", a count given by a verb: not spelled
        return []
    if (match.group("hoi") or match.group("dp")) and (bodies or match.group("given")):
        # "75 biên chế các hội tại các huyện", "Giao 7 biên chế dự phòng": whose, not said
        return []
    for group in ("xa", "cc", "vc", "hoi", "dp"):
        if match.group(group) is not None:
            # (a year's label stays, read as the item's year: "Năm 2021: viên chức: 26.")
            start = match.start() if match.group("year") is None else match.end("year")
            name: list[tuple[str, int, int] | str] = [("", *match.span(group))]
            if bodies is not None:
                name += [("", *match.span("bodies"))]
            spelled: list[tuple[str, int, int] | str] = [*name, ": ", ("", *match.span("n"))]
            if match.group("within") is not None:
                spelled += [", ", ("", *match.span("within"))]
                return [(start, match.end("within") + 1, spelled)]
            return [(start, match.end(), spelled)]
    return []


_PLACES = re.compile(
    r"(?<!\w)(?:(?<!thị\s)xã|phường|thị\s+trấn|đặc\s+khu|huyện|quận|tỉnh|thành\s+phố)(?!\w)",
    _I,
)
"""Levels and places: posts "tại các xã" or "của các huyện" are another level's, or the
province's there; which is not said by the words, so the item is not spelled."""
_NOT_BODIES = re.compile(
    r"(?<!\w)(?:trừ|không|chưa\s+kể|ngoài|kể\s+cả|hợp\s+đồng|biên\s+chế|công\s+chức|viên"
    r"\s+chức|người)(?!\w)",
    _I,
)
"""Words that make the bodies more than a place: a clause leaving some out, another count."""
