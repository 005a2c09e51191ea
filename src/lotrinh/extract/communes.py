"""The two-tier local government: texts written by or about one commune.

From 01/7/2025 the districts are gone and the communes (xã, phường, đặc khu; thị trấn before)
hold their own cán bộ, công chức: cán bộ, công chức cấp xã before (outside Kết luận 40's CBCC),
the province's công chức (CBCC) from then on (Luật Cán bộ, công chức 2025; `after_reform`,
`build._Walk._reform_communes`). A commune's own texts never say "cấp xã": the Đảng
ủy's conclusion on "biên chế cán bộ, công chức của hệ thống chính trị xã", the news on "Xã A
sau ba tháng vận hành ...". What such a text counts as cán bộ, công chức is the commune's, unless
a name places the posts at a level above it ("toàn tỉnh", "cấp huyện", "Sở ...").
"""

from __future__ import annotations

import re

from lotrinh.extract.document import NUM, YEAR, Line
from lotrinh.extract.lexicon import Scope
from lotrinh.model import Category

_I = re.IGNORECASE
_COMMUNE = r"(?:xã|phường|thị\s+trấn|đặc\s+khu)\s+(?!hội(?!\w))"
"""A commune's word before its name ("xã Phúc Thọ"); "xã hội" is no commune, and "thị xã"
(a town of district rank) never matches, the word before being required to be a body's."""

_BODY = (
    r"(?:(?:ban\s+thường\s+vụ\s+)?đảng\s+[uủ][ỷy]|[uủ][ỷy]\s+ban\s+nhân\s+dân|UBND"
    r"|hội\s+đồng\s+nhân\s+dân|HĐND|đảng\s+bộ)"
)
_HEADER = re.compile(rf"{_BODY}\s+{_COMMUNE}\S", _I)
"""A header line naming the commune body that writes the text ("ĐẢNG ỦY XÃ PHÚC THỌ",
"ỦY BAN NHÂN DÂN PHƯỜNG X"); an upper body's line above it ("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI")
names no commune."""
_HEADLINE = re.compile(rf"(?:{_BODY}\s+)?{_COMMUNE}(?P<name>\w)", _I)
"""A news headline whose subject is one commune named ("Xã Mường Ảng sau ba tháng ...",
"Phường A được giao ..."), its word capitalised as a headline's first word is."""
_HEAD_LINES = 3


def own_commune(lines: list[Line]) -> bool:
    """Whether the text is a commune's own: its header names a commune body as the writer
    (one of its first lines, in capitals), or its headline (its first line) opens with one
    commune's name. Lines after the first few are the text's, never its header."""
    filled = [line.body.strip(" *#\t") for line in lines if line.body.strip(" *#\t")]
    for index, body in enumerate(filled[:_HEAD_LINES]):
        capitals = body.upper() == body
        if capitals and _HEADER.match(body):
            return True
        headline = _HEADLINE.match(body) if index == 0 and not capitals else None
        if headline is not None and headline.group("name").isupper():
            return True
        if not capitals:
            return False  # the header ends at the first line not in capitals
    return False


_ABOVE = re.compile(
    r"(?<!\w)(?:tỉnh|huyện|quận|thị\s+xã|thành\s+phố|cấp\s+(?:tỉnh|huyện)|sở|bộ|ngành"
    r"|trung\s+ương|cả\s+nước)(?!\w)",
    _I,
)


def above_commune(name: str) -> bool:
    """Whether a name places its posts at a level above the commune ("toàn tỉnh", "các cơ
    quan cấp huyện", "Sở Nội vụ"): in a commune's text, those are not the commune's."""
    return _ABOVE.search(name) is not None


def of_communes(category: Category, where: Scope | None) -> Category:
    """The category of posts given to communes ("giao 42 biên chế cán bộ, công chức cho xã
    A", "... cho 166 xã, phường"): their cán bộ, công chức are cán bộ, công chức cấp xã."""
    if category is Category.CBCC and where is Scope.COMMUNE:
        return Category.XA
    return category


_ALL_COMMUNES = re.compile(
    r"\s*(?:(?:các|toàn\s+bộ)\s+)?(?:(?:xã|phường)(?:,\s*(?:xã|phường|thị\s+trấn|đặc\s+khu))+"
    r"|xã|đơn\s+vị\s+hành\s+chính\s+cấp\s+xã)(?:\s+mới)?(?:\s+(?:của|trong|trên\s+địa\s+bàn)"
    r"\s+(?:toàn\s+)?(?:tỉnh|thành\s+phố))?\s*",
    _I,
)


def all_communes(recipient: str) -> bool:
    """Whether a recipient is the communes as a level ("các xã, phường", "xã, phường, đặc
    khu", "các đơn vị hành chính cấp xã"), not one commune or some named: their posts are the
    commune staff's whole."""
    return _ALL_COMMUNES.fullmatch(recipient) is not None


Edit = tuple[int, int, list[tuple[str, int, int] | str]]

_COUNT = rf"{NUM}(?![0-9]|[.,][0-9]|\s?%)"
_GIVER = (
    r"(?:(?:UBND|[UỦ][ỷy]\s+ban\s+nhân\s+dân|HĐND|Hội\s+đồng\s+nhân\s+dân)\s+)?"
    r"(?:tỉnh|thành\s+phố)\s+(?:(?:đã|tạm|chính\s+thức)\s+)*giao(?!\w)"
)
_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_ONE_NAMED = rf"(?:xã|phường|đặc\s+khu)\s+(?-i:[{_UPPER}])\w*(?:\s+(?-i:[{_UPPER}])\w*){{0,3}}"
"""(eng-communes3) One commune named, each word of its name capitalised ("xã Mường Khương",
"phường Hà Giang 1" is not: a figure in a name is never taken)."""
_GIVEN_COMMUNE = (
    rf"(?:{_ONE_NAMED}|(?:các\s+)?(?:xã|phường|đặc\s+khu)(?:,\s*(?:xã|phường|đặc\s+khu))*)\s+được\s+"
    r"(?:(?:UBND|[UỦ][ỷy]\s+ban\s+nhân\s+dân|HĐND|Hội\s+đồng\s+nhân\s+dân)\s+"
    r"(?:tỉnh|thành\s+phố)\s+)?(?:tạm\s+)?giao(?!\w)"
)
"""(eng-apmis) The communes as the subject, given posts by the province or by no one named:
"phường được Ủy ban nhân dân tỉnh giao", "các xã, phường được giao"; (eng-communes3) or one
new commune named ("Từ ngày 01/7/2025, xã A được Ủy ban nhân dân tỉnh giao 38 biên chế"), its
posts from the reform's day. Another giver ("được Bộ Nội vụ giao") is not this form."""
_COMMUNES_POSTS = (
    r"(?:tổng\s+)?(?:biên\s+chế\s+(?:cán\s+bộ,\s*)?(?:công\s+chức|viên\s+chức)"
    r"|số\s+(?:lượng\s+)?người\s+làm\s+việc)"
    r"\s+(?:của\s+)?(?:(?:các|[0-9]{1,3})\s+)?(?:xã|phường|đặc\s+khu|cấp\s+xã)(?!\w)"
)
"""(latent10) The communes' posts as the subject, of a category ("biên chế công chức của 56
xã, phường", "số lượng người làm việc của các xã", "biên chế công chức của cấp xã"): from a
day, the posts of that day's year ("Từ ngày 01/7/2025, biên chế công chức của 56 xã, phường
là 1.838" was unread, no year; with a year in a sentence above, a unit named by the day)."""
_DATED_GIVING = re.compile(
    # (a speaker's title may open the answer: "Giám đốc Sở Nội vụ: Từ ngày ...")
    rf"^(?:[^\d:;.,()]{{3,60}}:\s*)?(?P<day>(?:kể\s+)?từ\s+ngày\s+[0-9]{{1,2}}/[0-9]{{1,2}}/"
    rf"(?P<y>{YEAR}))"
    rf"\s*,\s*(?={_GIVER}|{_GIVEN_COMMUNE}|{_COMMUNES_POSTS})",
    _I,
)
_COMMUNE_LIST = (
    r"(?:(?:các|[0-9]{1,3})\s+)?(?:xã|phường)(?:,\s*(?:xã|phường|thị\s+trấn|đặc\s+khu))+"
)
_GIVEN_TO_COMMUNES = re.compile(
    rf"(?P<verb>(?<!\w)giao)\s+(?P<to>cho\s+(?:{_COMMUNE_LIST}"
    r"|(?:xã|phường|đặc\s+khu)\s+(?-i:[A-ZĐ])[^\d;:.,()]{1,40}?))"
    rf"\s+(?P<n>{_COUNT})\s+(?P<cat>(?:biên\s+chế\s+)?cán\s+bộ,\s*công\s+chức)(?!\w)"
    r"(?=\s*(?:[.;]?\s*$|,\s*(?:tăng|giảm)\s|,\s*(?:cụ\s+thể|gồm|như\s+sau)\s*:))",
    _I,
)


_ASKED = re.compile(r"(?<!\w)(?:đề\s+nghị|đề\s+xuất|trình|xin|dự\s+kiến)(?!\w)", _I)
"""An asker before the verb ("Sở Nội vụ đề nghị giao ..."): whose posts, the asker's or the
communes', the sentence does not say as a giver's would."""


_OTHERS_FIGURE = re.compile(r"(?<!\w)so\s+với\s+[^;.\d]{0,30}?(?<!\w)của(?!\w)", _I)
"""A comparison with the figure of bodies named ("giảm 23 biên chế so với tổng số của ba đơn
vị cũ năm 2024"): the communes merged into the one given posts, whose figure the text may
state under another name ("ba đơn vị này"), so that the change checks nothing. Not spelled: a
cut that nothing checks would let a wrong one pass as read."""


def dated_giving(text: str) -> list[Edit]:
    """ "Từ ngày 01/7/2025, Ủy ban nhân dân tỉnh giao ..." spelled "Năm 2025, ...": posts
    given from a day are the posts of that day's year (the communes' from 01/7/2025). Only
    where the province (its people's committee or council) gives them right after the day,
    or (latent10) the communes' posts of a category are the subject ("Từ ngày 01/7/2025,
    biên chế công chức của 56 xã, phường là 1.838"); "Tính đến ngày ...", "Đến ngày ..."
    (staff counted on a day) are not spelled."""
    found = _DATED_GIVING.match(text)
    if found is None or _OTHERS_FIGURE.search(text):
        return []
    return [(found.start("day"), found.end("day"), ["năm ", ("", *found.span("y"))])]


def given_to_communes(text: str) -> list[Edit]:
    """ "... giao cho các xã, phường 6.930 biên chế cán bộ, công chức, cụ thể:", "... giao
    cho xã A 42 biên chế cán bộ, công chức, giảm 23 ...": the communes given to named before
    the count, spelled "giao 6.930 biên chế cán bộ, công chức cho các xã, phường", the order
    the recipient rule reads (their cán bộ, công chức being the commune's, `of_communes`).
    Only one commune named, or the communes' words listed; the count the clause's one."""
    found = _GIVEN_TO_COMMUNES.search(text)
    if found is None or _GIVEN_TO_COMMUNES.search(text, found.end()) is not None:
        return []
    if _OTHERS_FIGURE.search(text, found.end()) or _ASKED.search(text, 0, found.start()):
        return []
    return [
        (
            found.start("verb"),
            found.end("cat"),
            [
                ("", *found.span("verb")),
                " ",
                ("", *found.span("n")),
                " ",
                ("", *found.span("cat")),
                " ",
                ("", *found.span("to")),
            ],
        )
    ]


_OPENING_DAY = re.compile(
    rf"^\W*(?:(?P<since>(?:kể\s+)?từ)|(?:tính\s+)?đến)\s+ngày\s+[0-9]{{1,2}}/[0-9]{{1,2}}/"
    rf"(?P<y>{YEAR})\s*,",
    _I,
)


def opening_day(text: str) -> tuple[int, bool] | None:
    """The year of the day a sentence opens with, and whether what it says starts that day
    ("Từ ngày 01/7/2025, toàn tỉnh có 99 đơn vị hành chính cấp xã.": what follows is of 2025)
    or stands on it ("Đến ngày 01/7/2025, ..."): then only that another year than the one
    above may be meant. None for a sentence opening otherwise."""
    found = _OPENING_DAY.match(text)
    if found is None:
        return None
    return int(found.group("y")), found.group("since") is not None


_AFTER_REORGANISATION = re.compile(
    rf"(?<!\w)năm\s+{YEAR}(?P<drop>\s+sau\s+(?:khi\s+)?(?:sắp\s+xếp|sáp\s+nhập|hợp\s+nhất)"
    r"(?:\s+lại)?(?:\s+(?:các\s+)?(?:đơn\s+vị\s+hành\s+chính|tổ\s+chức\s+bộ\s+máy|bộ\s+máy))?)"
    r"(?=\s*\()",
    _I,
)


_AFTER_REORGANISATION_NOTE = re.compile(
    rf"(?<!\w)năm\s+{YEAR}(?P<drop>\s*\(\s*sau\s+(?:khi\s+)?(?:sắp\s+xếp|sáp\s+nhập|hợp\s+nhất)"
    r"\s*\))(?=\s*,)",
    _I,
)
"""(eng-alprose) "Năm 2025 (sau hợp nhất), tỉnh được giao 4.701 biên chế công chức": the
year glossed in parentheses as the one after the reorganisation, before the comma closing
the year's phrase. Never "(trước hợp nhất)": the places before it are another unit."""


def after_reorganisation(text: str) -> list[Edit]:
    """ "So với tổng biên chế được giao năm 2025 sau sắp xếp đơn vị hành chính (7.921 biên
    chế), ...": when in the year the figure stands ("after the reorganisation"), not whose;
    spelled without it, so the year's figure in parentheses is read as it is without. Only
    right after the year and before the figure's parenthesis."""
    return [
        (m.start("drop"), m.end("drop"), [])
        for pattern in (_AFTER_REORGANISATION, _AFTER_REORGANISATION_NOTE)
        for m in pattern.finditer(text)
    ]


_COMMUNE_STAFF_GIVEN = re.compile(
    rf"(?<!\w)(?<!được\s)(?<!được\stạm\s)(?:tạm\s+)?giao\s+(?P<n>{_COUNT})\s+"
    r"(?=cán\s+bộ,\s*công\s+chức\s+cấp\s+xã(?!\w))",
    _I,
)


_GIVEN_ON = re.compile(
    r"(?:cán\s+bộ,\s*công\s+chức)?\s*(?:ở\s+)?cấp\s+xã\s+cho\s+(?:[0-9]{1,3}\s+)?"
    r"(?P<obj>[^;.()0-9]*?)"
    r"(?=\s*(?:[;.]|,\s*(?:giữ|giảm|tăng|bằng)(?!\w)|$))",
    _I,
)


def commune_staff_given(text: str) -> list[Edit]:
    """ "Giao 18.650 cán bộ, công chức cấp xã cho 168 xã, phường, đặc khu", "Năm 2024 tỉnh giao
    4.086 cán bộ, công chức cấp xã": the count's noun is the commune staff's category, said
    with its level, spelled "giao 18.650 biên chế cán bộ, công chức cấp xã" (posts given, as
    `givencount` spells what bodies "được giao"). Only one such count in the sentence, no one
    asking for it, given to no one or to the communes as a level; "cán bộ, công chức" without
    "cấp xã" may be people in post, and is not spelled."""
    found = list(_COMMUNE_STAFF_GIVEN.finditer(text))
    if len(found) != 1 or _ASKED.search(text, 0, found[0].start()):
        return []
    given = _GIVEN_ON.match(text, found[0].end())
    if given is not None and not all_communes(given.group("obj")):
        return []  # ("... cho 19 xã khu vực I": some communes' posts, not the category's)
    end = found[0].end("n")
    return [(end, end, [" biên chế"])]


def given_to_some_communes(text: str, at: int) -> bool:
    """Whether "cấp xã" at `at` goes on to give the posts to communes other than all of them
    ("... 402 biên chế cán bộ, công chức cấp xã cho 19 xã khu vực I"): some communes' posts,
    never the commune staff's whole (which it was read as)."""
    given = _GIVEN_ON.match(text, at)
    if given is None:
        return False
    # ("... cấp xã cho 155 đơn vị": the level's units, said after the level, all of them)
    return not all_communes(given.group("obj")) and not _THE_LEVELS_UNITS.fullmatch(
        given.group("obj")
    )


_THE_LEVELS_UNITS = re.compile(r"\s*(?:các\s+)?đơn\s+vị(?:\s+hành\s+chính)?\s*", _I)
"""The units of the level just named ("cấp xã cho 155 đơn vị"), none singled out."""


_REFORM = re.compile(
    r"(?<!\d)0?1\s*/\s*0?7\s*/\s*2025|ngày\s+0?1\s+tháng\s+0?7\s+năm\s+2025"
    r"|chính\s+quyền\s+(?:địa\s+phương\s+)?hai\s+cấp|đặc\s+khu"
    r"|luật\s+(?:tổ\s+chức\s+chính\s+quyền\s+địa\s+phương|cán\s+bộ,\s*công\s+chức)"
    r"(?:\s+ngày\s+\d{1,2}\s+tháng\s+\d{1,2})?\s+(?:năm\s+)?2025",
    _I,
)
"""Words only a text of the two-tier local government writes: the reform's day, "chính quyền
hai cấp", a đặc khu (a commune-rank unit it created), the 2025 laws it rests on."""
_OLD_NAME = (
    r"cán\s+bộ,?\s*(?:và\s+)?công\s+chức\s+(?:cấp\s+xã|(?:các\s+)?xã,\s*thị\s+trấn)"
    r"|cán\s+bộ\s+cấp\s+xã"
)
_OLD_CATEGORY = re.compile(_OLD_NAME, _I)
"""The old category's own words ("cán bộ, công chức cấp xã", "cán bộ cấp xã"); "công chức cấp
xã" alone is the new communes' civil servants, the level named."""
_OLD_OR_TOWN = re.compile(rf"{_OLD_NAME}|thị\s+trấn", _I)
"""Those words, or a thị trấn (abolished by the reform): posts of the communes before it."""


_FROM_REFORM_DAY = re.compile(
    r"^\W*(?:kể\s+)?từ\s+ngày\s+(?:0?1\s*/\s*0?7\s*/\s*|0?1\s+tháng\s+0?7\s+năm\s+)2025\s*,", _I
)


def from_reform_day(sentence: str) -> bool:
    """(eng-communes3) Whether a sentence opens with the reform's day ("Từ ngày 01/7/2025,
    xã A được Ủy ban nhân dân tỉnh giao 38 biên chế cán bộ, công chức"): the posts it gives
    are the new communes', whatever another sentence calls the old ones."""
    return _FROM_REFORM_DAY.match(sentence) is not None


def after_reform(text: str) -> bool:
    """Whether a text is of the two-tier local government (from 01/7/2025): it says so."""
    return _REFORM.search(text) is not None


def names_old_category(sentence: str, towns: bool = True) -> bool:
    """Whether a sentence names the communes' posts by the old category ("cán bộ, công chức
    cấp xã") or (`towns`) names a thị trấn: its posts stay cán bộ, công chức cấp xã."""
    return (_OLD_OR_TOWN if towns else _OLD_CATEGORY).search(sentence) is not None


_CADRES_OF_THE_LEVEL = re.compile(
    r"cán\s+bộ,?\s*(?:và\s+)?công\s+chức\s+(?:[^\W\d_]+\s+){0,3}?cấp\s+xã", _I
)
"""(eng-apmis) The communes' cán bộ, công chức named with their level, a word or few between
("Cán bộ, công chức chính quyền cấp xã"): the old category's words, loosely."""


def names_cadres_of_the_level(sentence: str) -> bool:
    """Whether a sentence names the communes' cán bộ, công chức with the level "cấp xã", a few
    words between allowed: where only a text's figures date it after the reform (no word of
    it), such a name is taken as the old category's, kept (`build._Walk._dated_after_reform`)."""
    return _CADRES_OF_THE_LEVEL.search(sentence) is not None
