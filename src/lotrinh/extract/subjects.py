"""Pass 3, statements: a subject, the text before a value or change, read as a unit and perhaps
a year with the genre lexicon (`lexicon`); the regular expressions that take a subject apart.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lotrinh.extract.document import NUM, YEAR, YEARS_COUNTED, counted_span
from lotrinh.extract.lexicon import (
    CONTRACT_MENTION,
    NOT_STAFF_AFTER,
    ORGANISATION,
    PARENTHESES,
    kind_of,
    known_block,
    names_contracts,
    qualifier,
    scope_of,
)
from lotrinh.extract.lexicon import Kind as LexKind
from lotrinh.extract.merged import (
    LOWER,
    former_place,
    gone_unbracketed,
    merged_places_dropped,
    new_place_dropped,
)
from lotrinh.extract.sentence import Kind, Subject
from lotrinh.model import Category

_I = re.IGNORECASE


_TOTAL = re.compile(
    r"(?<!\w)tổng\s+(?:số\s+)?(?:biên\s+chế|số\s+lượng)|^tổng(?:\s+số|\s+cộng)?$"
    r"|(?<!\w)tổng\s+số(?!\s+(?:hội|cán|công|viên|người))(?!\w)"
    r"|^toàn\s+(?:tỉnh|thành\s+phố|ngành|bộ|hệ\s+thống)(?!\w)|^cộng(?!\w)"
    # ("Năm 2021 toàn huyện có 410 biên chế cán bộ, công chức cấp xã": the district's plan
    # speaking of its whole, unnamed, as "toàn tỉnh" does; a named district is a body)
    r"|^toàn\s+(?:huyện|quận|thị\s+xã)(?!\w)(?!\s+(?-i:[A-ZĐ0-9]))"
    r"|^(?:cả\s+)?hệ\s+thống\s+chính\s+trị(?!\w)"
    # ("Biên chế của hệ thống chính trị tỉnh ... là 23.480": the posts of the whole system;
    # never a level's own: "... hệ thống chính trị cấp huyện" is no document's total)
    r"|^(?:số\s+lượng\s+)?biên\s+chế\s+(?:của\s+)?(?:cả\s+)?hệ\s+thống\s+chính\s+trị(?!\w)"
    r"(?!\s+(?:ở\s+|của\s+)?(?:(?:các\s+)?cấp|huyện|xã|quận|thị\s+xã|phường|cơ\s+sở)(?!\w))",
    _I,
)
BOTH_CATEGORIES = re.compile(
    r"(?:số\s+)?(?:biên\s+chế\s+)?(?:cán\s+bộ,?\s+)?công\s+chức\s+và\s+"
    r"(?:số\s+(?:lượng\s+)?)?(?:người\s+làm\s+việc|viên\s+chức)"
    r"(?:\s+hưởng\s+lương(?:\s+từ)?\s+ngân\s+sách(?:\s+nhà\s+nước)?)?"
    # whose: the text's own province, district or ministry, never a level or a body named
    r"(?:\s+(?:của\s+)?(?:toàn\s+|cả\s+)?(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|bộ|ngành))?",
    _I,
)
"""Both categories named together, no body, level nor qualifier: "biên chế công chức và số
lượng người làm việc của tỉnh", "cán bộ, công chức và viên chức": their sum, which `build`
takes for the text's total where the text has stated both and nothing else at the top; a name
opening "tổng" is the total's already (`_TOTAL`), read as before."""
_PERSON = (
    r"(?:(?:Phó\s+)?(?:Giám\s+đốc|Chủ\s+tịch|Trưởng\s+ban|Bí\s+thư|Chánh\s+Văn\s+phòng"
    r"|Trưởng\s+phòng|Vụ\s+trưởng|Cục\s+trưởng)|Bộ\s+trưởng|Thứ\s+trưởng|(?-i:ông|bà)"
    r"|đồng\s+chí|lãnh\s+đạo)(?!\w)"
)
"""A person, by title or address: who speaks of the figures is never their unit."""
SPEAKER_LABEL = re.compile(rf"^{_PERSON}[^,;:()0-9\"“]{{0,60}}:\s*", re.IGNORECASE)
"""An interview's answer opening with who answers ("Giám đốc Sở Nội vụ: ..."), no unit."""
_LOWER = LOWER
_SPEAKER = rf"(?-i:Ông|Bà)(?:\s+(?-i:(?![{_LOWER}])[^\W\d_])\w*\.?){{1,5}}\s*:"
"""An interview's speaker label ("Bà Lương Thị Huyền: Năm 2021 ...", "Ông Trần Văn H.: ...", the
name cut to its initial, eng-at1): a name, no unit."""
LEAD = re.compile(
    # (a quotation's opening mark: 'cho biết: "Năm 2025, biên chế ...' names no unit)
    r"^(?:\([^()]{2,30}\)\s*[-–]|[^;:()]{0,100}?(?<!\w)cho\s+(?:biết|hay)(?!\w)|[\s,;:()\-–+•.\"“]"
    # "Theo ông Trần Văn B, Giám đốc Sở Nội vụ, ...": who speaks, and the office they hold
    rf"|{_PERSON}[^,;:()0-9]{{0,80}},|{_SPEAKER}"
    # "Vụ trưởng: Năm 2024, các bộ, ngành ...", "Giám đốc Sở Nội vụ: ...": who answers
    rf"|{_PERSON}[^,;:()0-9\"“]{{0,60}}:"
    # "Trả lời: Giám đốc Sở Nội vụ cho biết ...", "Đáp: ...": an answer's label, no unit
    r"|(?:trả\s+lời|đáp)\s*:"
    # "Chúng tôi phấn đấu đến năm 2026 còn ...": the speaker's own body, the text's, unnamed
    r"|chúng\s+tôi(?!\w)"
    r"|(?:theo\s+đó|trong\s+đó|cụ\s+thể|riêng|bao\s+gồm|gồm|chia\s+ra|và|đối\s+với"
    r"|trong\s+số\s+(?:đó|này)|trong\s+tổng\s+số\s+(?:này|đó|(?:nêu\s+)?trên)|như\s+sau|cho|(?:được\s+)?giao(?:\s+cho)?|phê\s+(?:duyệt|chuẩn)|thống\s+nhất|dự\s+kiến"
    # ("1. Đồng ý giao 642 biên chế cho các cơ quan đảng, ...": a conclusion agreeing, no unit)
    r"|đồng\s+ý|nhất\s+trí"
    # "Biên chế giao cho các hội ...": the posts of the body named after "giao cho"
    r"|(?:số\s+)?biên\s+chế\s+(?:được\s+)?giao\s+cho"
    # "Quyết định số 02/QĐ-UBND: các cơ quan ...": the document's label before its subject
    r"|(?:quyết\s+định|nghị\s+quyết|công\s+văn|kế\s+hoạch|tờ\s+trình)\s+số\s+[0-9][^\s:]{0,30}\s*:"
    r"|theo\s+(?:số|chỉ\s+tiêu|quyết\s+định|nghị\s+quyết|công\s+văn)[^,;:()]{0,80}$"
    r"|(?:theo|xét\s+theo|tuy\s+vậy|ngoài(?:\s+ra)?|riêng|tóm\s+tắt|đồng\s+thời|ghi\s+chú|lưu\s+ý|kết\s+quả"
    # "Cũng theo Bộ Nội vụ, ...", "Cùng với việc sắp xếp ..., ...": who says it, or what
    # came with it, never whose the figure is
    r"|cũng\s+theo|cùng\s+với"
    # ("Với lộ trình trên, đến năm 2026 biên chế ...": by the roadmap above, as "Theo lộ
    # trình trên,"; "Với lộ trình của huyện, ..." names a body, and is not this)
    r"|với\s+(?:lộ\s+trình|kế\s+hoạch|phương\s+án)(?:\s+(?:tinh\s+giản|giảm)(?:\s+biên\s+chế)?)?"
    r"\s+(?:(?:như\s+|nêu\s+)?trên|này|đó)(?=\s*,)"
    # "Để làm căn cứ so sánh: năm 2021, Bộ A ...": what the figures are given for, no name
    r"|(?:để\s+)?(?:làm\s+căn\s+cứ(?:\s+(?:so\s+sánh|đối\s+chiếu))?|so\s+sánh|đối\s+chiếu)"
    # "Như vậy, đến năm 2026 biên chế công chức ...": a connective summing up, no name
    r"|như\s+vậy|tóm\s+lại|nhìn\s+chung|tính\s+chung"
    # ("Qua đối chiếu, năm 2024 tỉnh được giao ...": how a reviewer knows, never whose)
    r"|qua\s+(?:đối\s+chiếu|rà\s+soát|thẩm\s+tra|kiểm\s+tra)"
    # ("Tính cả giai đoạn, biên chế công chức năm 2026 giảm ...": over the whole period)
    r"|tính\s+(?:chung\s+)?(?:cả|trong\s+cả|cho\s+cả)\s+(?:giai\s+đoạn|thời\s+kỳ)"
    # (so "Cả giai đoạn, công chức giảm ...", "Trong cả thời kỳ, ...", without "tính", where
    # the comma follows: "Cả giai đoạn 2016 - 2021, ..." names its own years, left unread)
    r"|(?:trong\s+)?(?:cả|suốt)\s+(?:giai\s+đoạn|thời\s+kỳ)(?=\s*,)"
    # "Sau sắp xếp, số cán bộ, công chức cấp xã giảm ...": when, not whose
    r"|(?:sau|trước)(?:\s+khi)?\s+(?:sắp\s+xếp|hợp\s+nhất|sáp\s+nhập)"
    # ("Cũng tại kỳ họp, HĐND tỉnh giao ...": the occasion a report names, never whose)
    r"|(?:cũng\s+)?tại\s+(?:kỳ|phiên|cuộc|buổi)\s+(?:họp|làm\s+việc)|(?:cũng\s+)?tại\s+hội\s+nghị)"
    r"[^,;:()]{0,80}[,:]"
    # "..., tỷ lệ 5,17% so với năm 2021, đạt yêu cầu; số người làm việc ...": the text's own
    # verdict on the clause before, no name of the next one's unit
    r"|(?:(?:đã\s+)?(?:đạt|vượt)|chưa\s+đạt)\s+(?:yêu\s+cầu|chỉ\s+tiêu|mục\s+tiêu)"
    r"[^,;:()0-9]{0,40}[,;]"
    # "Giảm mạnh nhất là viên chức: từ ...": a news lead ranking what it names next
    r"|(?:giảm|tăng)\s+(?:mạnh|nhiều|sâu)\s+nhất\s+là"
    # ("Về biên chế, năm 2024 tỉnh được giao ...": the topic, posts alone, no category)
    r"|về\s+(?:số\s+lượng\s+)?biên\s+chế(?=\s*,)"
    # ("Với người làm việc, năm 2024 giảm 402 người ...": the topic, as "Về")
    r"|(?:về|với)(?:\s+(?:lộ\s+trình|kế\s+hoạch|việc|mục\s+tiêu))?"
    r"(?:\s+(?:tinh\s+giản|giảm|giao|sử\s+dụng|quản\s+lý))?)(?!\w))+",
    _I,
)
_BASE_WORDS = (
    r"mốc(?:\s+(?:(?:dùng\s+)?để\s+)?(?:tính|so\s+sánh|xác\s+định)"
    r"(?:\s+(?:tỷ\s+lệ\s+)?(?:tinh\s+giản|giảm))?)?|năm\s+gốc"
)
TRAIL = re.compile(
    # ("Tổng cộng năm 2026 đề nghị giao 15.282 biên chế": the total proposed)
    r"(?:[\s,;:(\-–]|(?<!\w)(?:dự\s+kiến|sẽ|được|giao|được\s+giao|trong\s+đó|là|tạm|chỉ|phải|cần"
    # ("thành phố tiếp tục giảm 1 biên chế": the city, whose posts go on falling)
    r"|tiếp\s+tục|đã|phấn\s+đấu|vẫn"
    # ("Bộ còn phải giảm 11 biên chế": the body, which still has to cut; "còn lại" ends
    # with "lại" and stays a name's, "Các cục còn lại"; eng-giver)
    r"|còn"
    # ("Với khối bộ, ngành trung ương, con số năm 2021 là ...": the block's figure)
    r"|con\s+số"
    r"|đề\s+nghị"
    # "Tổng biên chế của khối giảm dần qua các năm: năm 2022 là ...": a chain's topic
    r"|(?:giảm|tăng)\s+dần(?:\s+qua\s+các\s+năm)?|qua\s+(?:các|từng)\s+năm"
    # "... hưởng lương từ ngân sách giảm như sau: năm 2022 là ...": the same, said "như sau"
    r"|(?:(?:giảm|tăng)\s+)?như\s+sau|cụ\s+thể(?:\s+là)?"
    # "Biên chế công chức được giao những năm qua: năm 2021 là ...": the years a chain
    # walks through, never a qualifier of the unit
    r"|(?:trong\s+)?(?:những|các)\s+năm\s+(?:qua|gần\s+đây)|theo\s+từng\s+năm"
    # ("Với biên chế công chức, mốc để tính tinh giản là 2.677 biên chế được giao năm 2021":
    # the figure is the base of the cuts, `BASE_NAMED`; the words name no unit)
    rf"|{_BASE_WORDS})(?!\w))+$",
    _I,
)
BASE_NAMED = re.compile(rf"(?<!\w)(?:{_BASE_WORDS})(?!\w)", _I)
"""Words calling a figure the base the cuts are counted from ("mốc để tính tinh giản", "năm
gốc"): the figure is of the base year, which must be written (`statements`)."""
SUBJECT_YEAR = re.compile(
    # ("từ nay đến hết năm 2026, ...": from now until the year, the year's)
    rf"(?:(?<!\w)từ\s+nay\s+(?=đến|tới))?"
    # ("...; sang năm 2023 còn 23.404 người": a chain's next link, the year it moves on to)
    rf"(?:(?<!\w)(?:đến|tới|trong|vào|của|cuối|hết|sang)\s+)*(?<!\w)năm\s+(?P<year>{YEAR})\s*[,:]?",
    _I,
)
NAMED_AFTER = re.compile(
    r"(?<=người)\s+(?P<cat>làm\s+việc)(?!\w)"
    r"|\s*(?:biên\s+chế\s+)?(?P<cat2>người\s+làm\s+việc|viên\s+chức|cán\s+bộ,?\s+công\s+chức|công\s+chức"
    # "Giao 1.397 biên chế hành chính năm 2023": civil servants' posts
    r"|(?<=chế\s)hành\s+chính(?!\s*(?:,|và|-|–)?\s*sự\s+nghiệp)"
    # "30.709 biên chế làm việc trong đơn vị sự nghiệp công lập": viên chức by where they work
    r"|(?:làm\s+việc\s+)?trong\s+(?:các\s+)?đơn\s+vị\s+sự\s+nghiệp\s+công\s+lập"
    # "giao 286 biên chế các hội có tính chất đặc thù": the hội's posts
    r"|(?<=chế\s)(?:của\s+)?các\s+hội\s+(?:có\s+tính\s+chất\s+)?đặc\s+thù)(?!\w)",
    _I,
)
_AUTHORITY = (
    r"(?:(?:UBND|[UỦ][ỷy]\s+ban\s+nhân\s+dân|HĐND|Hội\s+đồng\s+nhân\s+dân|Thủ\s+tướng"
    r"(?:\s+Chính\s+phủ)?|Chính\s+phủ|Bộ\s+Nội\s+vụ|Ban\s+Thường\s+vụ|Tỉnh\s+ủy|Thành\s+ủy"
    r"|Bộ\s+Chính\s+trị|Ban\s+Tổ\s+chức\s+Trung\s+ương|Trung\s+ương"
    # "Tờ trình đề nghị giao 19.764 người làm việc ...": the submission asks, no unit
    r"|Tờ\s+trình|Dự\s+thảo(?:\s+nghị\s+quyết)?)(?:\s+(?:tỉnh|thành\s+phố))?)"
    r"(?:\s+(?:đã|vừa|sẽ|đề\s+(?:nghị|xuất)|trình|quyết\s+định|tạm|giao|bổ\s+sung|phân\s+bổ))*"
)
# "UBND tỉnh (tạm) giao ...", "UBND tỉnh đề nghị Bộ Nội vụ giao ...": who gives, or asks
# another to give, is no unit
_AGENT = re.compile(
    # "tỉnh được Trung ương giao ...": the province given its posts, by whom ("Năm 2021,
    # được Trung ương giao ...": the text's own, unnamed)
    r"(?:(?:(?:toàn\s+)?(?:tỉnh|thành\s+phố)(?:\s+[A-ZĐ]\w*){0,3}\s+)?được\s+)?"
    rf"{_AUTHORITY}(?:\s+{_AUTHORITY})?",
    _I,
)
_RECEIVER_FIRST = re.compile(r"(?:(?:toàn\s+)?(?:tỉnh|thành\s+phố)(?!\w)|được(?!\w))", _I)
"""The province or city receiving, or "được": an `_AGENT` naming who is given the posts."""
_RELATIVE = re.compile(
    r"(?:^|\s)(?:(?:trực\s+)?thuộc(?:\s+(?P<head>(?-i:Bộ|Sở|Ban|Cục|Tổng\s+cục|Viện|Ủy\s+ban)))?"
    r"|của\s+mình)\s*$",
    _I,
)


def relative_receiver(name: str, giver: str) -> bool:
    """Whether a body given posts is named only relative to its giver: "các đơn vị trực
    thuộc", "đơn vị của mình", or "các đơn vị thuộc Bộ" given by a ministry ("thuộc Sở" given
    by the city's committee is the text's own department's): the giver's own bodies, a name
    no unit of the text carries (eng-latent8: "Bộ Nội vụ giao cho các đơn vị trực thuộc
    1.062" was a unit 'don-vi-truc-thuoc', whoever's)."""
    found = _RELATIVE.search(name.strip(" ,;:-–"))
    if found is None:
        return False
    head = found.group("head")
    return head is None or giver.strip().startswith(head)


_GIVES_WITHIN = re.compile(
    r"(?<=\S)\s+(?<!ngoại\s)(?<!bàn\s)(?<!chuyển\s)(?<!được\s)(?:tạm\s+)?(?:giao|phân\s+bổ)"
    r"(?:\s+cho)?\s+(?=(?-i:[A-ZĐ])|(?:các|những)\s)",
    _I,
)
"""A giving verb between two names ("Bộ Y tế giao Bệnh viện K", "Cục A phân bổ cho các Chi
cục"): a giver and its receiver, never one unit's name (`groups.given_active` reads the
receiver where the giver is one the genre names)."""
_NOT_A_GIVER = re.compile(
    r"(?<!\w)(?:biên\s+chế|người|số|tổng|công\s+chức|viên\s+chức|cán\s+bộ|chỉ\s+tiêu)(?!\w)", _I
)


def _giver_and_receiver(name: str) -> bool:
    """Whether a name is a body, capitalised, giving posts to another (`_GIVES_WITHIN`): the
    words before the verb a body's name alone, never posts or people ("Tổng số người làm
    việc giao cho các đơn vị ...", "biên chế công đoàn tạm giao các địa phương"), or a giver
    the genre names ("UBND tỉnh giao Sở Y tế", "Thủ tướng Chính phủ giao các đơn vị trực
    thuộc": it was a unit 'ubnd-tinh-giao-so-y'; eng-latent11)."""
    verb = _GIVES_WITHIN.search(name)
    if verb is None:
        return False
    giver = name[: verb.start()].strip()
    if _AGENT.fullmatch(giver) is not None and _RECEIVER_FIRST.match(giver) is None:
        return True
    return (
        giver[:1].isupper()
        # (a body by its proper name: "Bộ Y tế", "Cục A"; "Công đoàn tạm giao các địa phương"
        # are posts and where they go, no giver)
        and any(word[:1].isupper() for word in giver.split()[1:])
        and ORGANISATION.match(giver) is not None
        and _NOT_A_GIVER.search(giver) is None
    )


_GIVEN_BY = re.compile(
    rf"(?P<recipient>[^\W\d_].*?)\s+được\s+(?:{_AUTHORITY}"
    # "Cục được Bộ giao ...": the text's own parent body, by its head word alone (eng-names3;
    # it was a unit "Cục được Bộ" apart from "Cục")
    r"|(?-i:Bộ|Tổng\s+cục|Sở)(?:\s+(?:giao|phân\s+bổ|bổ\s+sung))*)",
    _I,
)
"""The recipient, then who gives it ("Bộ được Trung ương giao", "Sở A được UBND tỉnh giao"):
the figure is the recipient's, as after "Bộ được giao"; the giver is no part of its name."""
_PROPOSES = (
    # ("Sở Nội vụ dự kiến tham mưu giao ...": what it plans to propose; it was read as a body
    # named "Sở Nội vụ dự kiến")
    r"\s+(?:đã\s+|sẽ\s+)?(?:dự\s+kiến\s+)?(?:đề\s+xuất|đề\s+nghị|trình|tham\s+mưu)"
    rf"(?:\s+{_AGENT.pattern})?(?:\s+giao)?"
)
_HOME_AFFAIRS_PROPOSES = re.compile(
    rf"Sở\s+Nội\s+vụ(?:\s+(?:tỉnh|thành\s+phố))?{_PROPOSES}",
    _I,
)
"""The Home Affairs department proposing the allocation ("Năm 2026, Sở Nội vụ đề xuất giao
2.300 biên chế công chức"): it drafts the province's posts, so, no recipient named, the figure
is the text's own, as after "UBND tỉnh giao"; never the department's own posts."""
_DEPARTMENT_PROPOSES = re.compile(rf"Sở{_PROPOSES}", _I)
"""A department unnamed proposing posts ("Năm 2026, Sở dự kiến tham mưu giao 4.980 biên chế
công chức"): the Home Affairs department's proposal only where its director is the one
speaking in the sentence (`_DIRECTOR_SPEAKS`); any other "Sở" may be proposing its own posts,
so then no unit is known (it was read as a body named "Sở dự kiến tham mưu")."""
_DIRECTOR_SPEAKS = re.compile(
    r"Giám\s+đốc\s+Sở\s+Nội\s+vụ(?:\s+(?:tỉnh|thành\s+phố))?\s*(?::|,\s*cho\s+(?:biết|hay)\s*:)"
    r"\s*[\"“]?[^\"“”;:]*$",
    _I,
)
_PLACE_ACTS = re.compile(
    r"[A-ZĐ]\w*(?:[ .][A-ZĐ]\w*){0,3}\s+(?:tạm\s+)?(?:điều\s+chỉnh|giao|phân\s+bổ|bố\s+trí)\s+",
)
"""A headline's province and what it did ("Thanh Hóa điều chỉnh "), before its subject."""
ANAPHORA = re.compile(
    r"(?:(?:khối|đơn\s+vị|cơ\s+quan|số|chỉ\s+tiêu|biên\s+chế|con\s+số)\s+(?:của\s+)?)+"
    r"(?:này|trên|đó)(?:\s+(?:phải|cần|sẽ|được))*(?:\s+(?:tinh\s+giản|giảm))?",
    _I,
)
_SCOPE = re.compile(r"\((?P<scope>(?:không|chưa)\s+(?:bao\s+gồm|kể|tính)[^()]*)\)", _I)


_ASKED_OF_GIVER = re.compile(
    rf"{_AUTHORITY}(?:\s*,?\s*(?:thẩm\s+định|xem\s+xét|trình|phê\s+duyệt|giao|bổ\s+sung))*",
    _I,
)


_VERB_LAST = re.compile(
    r"(?<!\w)(?P<before>\w+\s+)?(?:tinh\s+giản|cắt\s+giảm|giảm|tăng|điều\s+chỉnh)"
    r"(?:\s+(?:thêm|tiếp|còn|xuống|lên|khoảng|được|ít\s+nhất|tối\s+thiểu))*\s*[:,]?\s*$",
    _I,
)
"""A change's verb ending a name, the figure after it ("Biên chế công chức tinh giản",
"số người làm việc cắt giảm còn"); "sau điều chỉnh", "trước điều chỉnh" name a state."""
_STATE_BEFORE = re.compile(r"(?:sau|trước|khi|chưa)\s+", _I)
_BY_WHOM = re.compile(r"(?<!\w)do(?!\w)", _I)


def verb_ends_name(name: str) -> bool:
    """Whether a name ends with a change's verb, which names no unit (eng-latent4)."""
    found = _VERB_LAST.search(name)
    if found is None:
        return False
    before = found.group("before")
    if before is not None and _STATE_BEFORE.fullmatch(before) is not None:
        return False
    # "Biên chế dự phòng do Giám đốc quyết định điều chỉnh": the verb of whom the posts are
    # left to, which says what they are for, not a change of their figure
    return _BY_WHOM.search(name, 0, found.start()) is None


_ACTS = r"(?:(?:đã|vừa|sẽ|tạm)\s+)*(?:thông\s+báo|phân\s+bổ|quyết\s+định|đề\s+nghị|đề\s+xuất)"
_ACTS_IN_NAME = re.compile(rf"(?i:^{_ACTS})$|(?<!được)(?<!chưa)(?<!không)(?<!sẽ)\s{_ACTS}$")
"""A giver's verb left ending a name, after what `TRAIL` strips ("Sở Nội vụ phân bổ", "UBND
tỉnh thông báo", "Sở Nội vụ quyết định" of "... quyết định giao"), or a verb alone ("Phân
bổ", "Đề xuất"): what a body does, never part of its name (eng-latent11). After a name the
verb is in lower case: a name's own capitalised word ("Ban Đề xuất") is no verb; nor what is
said of posts ("Dự phòng chưa phân bổ", "biên chế ... được đề xuất")."""
_VERBS_ONLY = re.compile(
    r"(?:(?:đã|vừa|sẽ|tạm|thông\s+báo|phân\s+bổ|quyết\s+định|đề\s+nghị|đề\s+xuất|giao)"
    r"(?:\s+|$))+",
    _I,
)
"""Only a giver's verbs, no name ("Phân bổ", "Quyết định giao")."""


def acts_in_name(name: str) -> bool:
    """Whether a name ends with a giver's verb (`_ACTS_IN_NAME`) after a body's name alone:
    no unit's name. Posts and who decides them ("Số dự phòng do Giám đốc quyết định", blind
    R2) are what the verb is said of, never a body acting."""
    name = name.strip(" ,;:-–")
    found = _ACTS_IN_NAME.search(name)
    if found is None:
        return False
    before = name[: found.start()]
    return (
        _NOT_A_GIVER.search(before) is None
        and _BY_WHOM.search(before) is None
        and _RESERVE_WORD.search(before) is None
    )


_RESERVE_WORD = re.compile(r"(?<!\w)dự\s+phòng(?!\w)", _I)


def verbs_only(name: str) -> bool:
    """Whether a name is only a giver's verbs ("Phân bổ", "Đề xuất", "Quyết định"): it names
    no body (as "Giao" names none, `build` reading it as an empty subject among bodies)."""
    return _VERBS_ONLY.fullmatch(name.strip(" ,;:-–")) is not None


_HOME_AFFAIRS_GIVES = re.compile(
    r"(?<!\w)Sở\s+Nội\s+vụ(?:\s+(?:tỉnh|thành\s+phố))?\s+(?:(?:đã|vừa|sẽ|tạm|dự\s+kiến"
    r"|quyết\s+định|thông\s+báo|đề\s+nghị|đề\s+xuất)\s+)*"
    r"(?:giao|phân\s+bổ|đề\s+nghị|đề\s+xuất)(?!\w)",
    _I,
)
"""The Home Affairs department giving or proposing ("Sở Nội vụ giao", "Sở Nội vụ đề nghị",
never "Sở Nội vụ được giao" nor "Sở Nội vụ: giao"): the giver of the province's posts, as
`_HOME_AFFAIRS_PROPOSES`, which `TRAIL` left named "Sở Nội vụ"."""


def home_affairs_giving(words: str, subject: Subject) -> Subject:
    """The subject "Sở Nội vụ" read from words ending with its giving verb ("b) Sở Nội vụ
    giao 1.062 biên chế;", `_HOME_AFFAIRS_GIVES`), its giver kept as for an `_AGENT`: `build`
    leaves it unread among bodies, where it may be one of them or give them all; elsewhere
    the department's as before (eng-latent11)."""
    if subject.kind is not Kind.BLOCK or subject.giver or subject.name.lower() != "sở nội vụ":
        return subject
    found = None
    for last in _HOME_AFFAIRS_GIVES.finditer(words):
        found = last
    if found is None or words[found.end() :].strip(" ,;:-–"):
        return subject
    return replace(subject, giver=" ".join(found.group().split()))


def asks_a_giver(words: str) -> bool:
    """Whether words are a request to the authority that gives posts ("đề nghị Bộ Nội vụ",
    "kiến nghị Ủy ban nhân dân tỉnh"): they name no unit of their own."""
    request = _REQUEST.match(words.strip())
    if request is None:
        return False
    return _ASKED_OF_GIVER.fullmatch(words.strip(), request.end()) is not None


def names_a_giver(name: str) -> bool:
    """Whether a name alone is read as the authority giving posts ("Ban Tổ chức Trung ương",
    "Bộ Nội vụ"), never as a unit: a table row naming it holds that body's own posts, which
    the table's reading must say (`structure`). Named with its verb ("Bộ Nội vụ giao", "UBND
    tỉnh đề nghị") it is the giver still, whose row may be its own or the whole's: no body
    (eng-latent8; "| Bộ Nội vụ giao | 1.062 |" was read as the ministry's own posts)."""
    name = name.strip()
    return (
        _AGENT.fullmatch(name) is not None
        and _RECEIVER_FIRST.match(name) is None
        and _ACTS_LAST.search(name) is None
    )


_ACTS_LAST = re.compile(
    r"(?<!\w)(?:đã|vừa|sẽ|đề\s+nghị|đề\s+xuất|trình|quyết\s+định|tạm|giao|bổ\s+sung|phân\s+bổ)$",
    _I,
)
"""A giver's verb ending its name ("Bộ Nội vụ giao"): what it does, no body's own row."""


GIVER_ALONE = re.compile(r"\s*(?:Bộ\s+Nội\s+vụ|Ban\s+Tổ\s+chức\s+Trung\s+ương)\s*", re.IGNORECASE)
"""A body that gives posts, named alone ("Bộ Nội vụ"): opening a sentence before a colon
and its count ("d) Bộ Nội vụ: 1.062 biên chế"), the body itself (`statements`)."""
_GIVER = (
    r"(?:(?:UBND|[UỦ][ỷy]\s+ban\s+nhân\s+dân|HĐND|Hội\s+đồng\s+nhân\s+dân)\s+(?:tỉnh|thành\s+phố)"
    r"|Thủ\s+tướng(?:\s+Chính\s+phủ)?|Bộ\s+Nội\s+vụ|Ban\s+Tổ\s+chức\s+Trung\s+ương|Trung\s+ương)"
)
_RECEIVER = r"[^\W\d_][^,;:()0-9]{0,40}?"
_WHO = rf"(?:{_PERSON}|(?-i:Ông|Bà))[^,;:()0-9]{{0,60}}?(?:\s*,\s*{_PERSON}[^,;:()0-9]{{0,80}}?)?"
"""A person who speaks, maybe with their office after a comma ("ông A, Giám đốc Sở Nội vụ")."""
_OWN_POSTS_GIVEN = re.compile(
    # "(Năm 2021,) [tỉnh] được [Ban Tổ chức Trung ương] giao", "HĐND tỉnh (tạm / quyết định)
    # giao [cho tỉnh]", "... phê duyệt", "... giao năm 2021 là", "Năm 2021 có", "Biên chế năm
    # 2021 là": what stands before a count of the text's own posts, named by no one else
    # ("Theo ông A, Giám đốc Sở Nội vụ, năm 2021 tỉnh được giao ...", "Ông A, Giám đốc Sở Nội
    # vụ cho biết, ...": who says it, a person and their office, never whose posts: eng-news9)
    rf"(?:(?:(?:cũng\s+)?theo\s+{_WHO}\s*,|{_WHO}\s+cho\s+(?:biết|hay)\s*[,:]?)\s*)?"
    rf"(?:năm\s+{YEAR}\s*,?\s*)?"
    rf"(?:(?:(?P<given>{_RECEIVER})\s+)?được\s+(?:{_GIVER}\s+)?(?:tạm\s+)?giao"
    rf"|{_GIVER}\s+(?:tạm\s+giao|quyết\s+định\s+giao|giao|phê\s+duyệt)"
    rf"(?:\s+cho\s+(?P<to>{_RECEIVER}))?"
    r"|có|biên\s+chế)"
    rf"(?:\s+năm\s+{YEAR})?(?:\s+là)?",
    _I,
)
_OWN_PLACE = re.compile(r"(?:toàn\s+)?(?:tỉnh|thành\s+phố)", _I)
_NOT_ONE_BODY = re.compile(r"(?<!\w)(?:và|hợp\s+nhất|sáp\s+nhập|cũ|mới|trước)(?!\w)", _I)


def own_posts_given(before: str, headline: str | None) -> str | None:
    """Whether the words before a count are only its year, a giver and the text's own body
    receiving it (eng-agents): the province or city unnamed ("tỉnh", "toàn tỉnh", "thành
    phố"), the one body the headline names ("tỉnh A" under "Kế hoạch ... của tỉnh A"), or
    none ("Ban Tổ chức Trung ương giao", "Năm 2021 có", "Biên chế năm 2021 là"). A body the
    headline does not name, or a headline naming two or a merger ("và", "hợp nhất", "cũ",
    "mới"), may be another's: None. The body as the words name it ("" when they name none)."""
    match = _OWN_POSTS_GIVEN.fullmatch(before.strip(" ,"))
    if match is None:
        return None
    named = ""
    for name in (match.group("given"), match.group("to")):
        if name is None:
            continue
        named = name.strip()
        if _OWN_PLACE.fullmatch(named):
            continue
        if (
            headline is None
            or _NOT_ONE_BODY.search(headline) is not None
            or not re.search(rf"(?<!\w){re.escape(named)}(?!\w)", headline, _I)
        ):
            return None
    return named


def category_after(text: str, end: int) -> Category | None:
    """The category a count names right after it ("giảm 47 biên chế công chức"), if any."""
    named = NAMED_AFTER.match(text, end)
    found = kind_of(named.group("cat2") or "người làm việc") if named else None
    return found.category if found is not None else None


_NATION = re.compile(r"(?:^|,\s*)(?:cả\s+nước|toàn\s+quốc)$", _I)


_ELAPSED = re.compile(
    # "Như vậy, sau ba năm số viên chức ... giảm 136.800 người ... so với năm 2021": the years
    # the change spans, counted from its base ("hai năm rưỡi" is no whole count of years)
    r"(?:sau|qua)\s+(?P<n>hai|ba|bốn|năm|sáu|[2-9])\s+năm(?!\s+rưỡi)(?!\w)"
    r"(?:\s+(?:thực\s+hiện|triển\s+khai)"
    # ("sau ba năm thực hiện Kết luận số 40-KL/TW của Bộ Chính trị, tỉnh ...": what was carried
    # out, named by its number and who issued it, no unit; it was read as a unit's name)
    r"(?:\s+(?:kết\s+luận|nghị\s+quyết|nghị\s+định|quyết\s+định|chỉ\s+thị|kế\s+hoạch|đề\s+án)"
    r"(?:\s+số)?\s+[0-9]+(?:[-/][0-9A-ZĐa-zđ/-]+)?(?:\s+của\s+[^\d,;.]{1,60}?)?(?=\s*,))?)?"
    r"\s*,?\s*",
    _I,
)
_COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6}


_DAY_CLAUSE = re.compile(
    r"(?<![^\s,;:(])(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?ngày\s+[0-9]{1,2}/[0-9]{1,2}/"
    rf"(?P<y>{YEAR})\s*,\s*(?=[^\W\d_])",
    _I,
)
"""A day the subject opens with, then its name ("...; tính đến ngày 30/6/2024, Cục A ...")."""
_REQUEST = re.compile(r"(?:đề\s+nghị|kiến\s+nghị|đề\s+xuất|xin)\s+", _I)
_OWN_BODY_ASKS = re.compile(r"(?:Bộ|Tỉnh|Thành\s+phố)\s+(?:kính\s+)?(?=(?:đề|kiến)\s+nghị\s)")
"""The body whose text it is ("Bộ", "Tỉnh" alone, capitalised) asking, politely or not."""


_GIVES_TO = re.compile(
    # "UBND tỉnh giao cho Sở Y tế 1.250 biên chế": the giver and its verb, before the body
    # given the posts, are no part of that body's name (it was "ubnd-tinh-giao-so-y")
    r"(?:(?<!\w)(?:số\s+)?biên\s+chế\s+được\s+|(?<!được\s)(?<!do\s)(?<!\w))(?:"
    + _GIVER
    + r"|Ban\s+Thường\s+vụ\s+(?:Tỉnh|Thành)\s+[uủ][ỷy]"
    r"|(?:Tỉnh|Thành)\s+[uủ][ỷy]|Sở\s+Nội\s+vụ)"
    r"\s+(?:đã\s+)?(?:tạm\s+)?(?:quyết\s+định\s+)?giao\s+cho\s+(?=[^\W\d_])",
    _I,
)

_PROPOSES_TO = re.compile(
    rf"(?<!\w)(?:{_GIVER}|Sở\s+Nội\s+vụ)\s+(?:đã\s+)?(?:đề\s+nghị|trình)\s+{_GIVER}\s+(?=[^\W\d_])",
    _I,
)
_OWN_PLACE_LAST = re.compile(r"của\s+(?P<place>tỉnh|thành\s+phố)\s*[,:]?\s*$", _I)
_NAMED_PLACE = re.compile(
    # a place by its proper name, maybe after its kind: "Nghệ An", "tỉnh Bắc Ninh"
    r"(?:(?:tỉnh|thành\s+phố)\s+)?(?-i:[A-ZĐ][^\W\d_]*)(?:\s+(?-i:[A-ZĐ][^\W\d_]*)){0,3}",
    _I,
)
"""A place by its proper name; "Sở Y tế", "Bộ A" are bodies (`_BODY_GIVEN`), read before."""
_CLAUSE_FIRST = re.compile(
    # a purpose or a ground opening the sentence or following a comma, up to the next comma:
    # "Để hoàn thành Kế hoạch,", "Căn cứ Quyết định số 248/QĐ-UBND ... năm 2025, trong đó",
    # "Thực hiện Kế hoạch số 138-KH/TU ... của Ban Thường vụ Tỉnh ủy," (a document named)
    # ("Tại Nghị quyết số 52/NQ-HĐND ngày 10/12/2024, HĐND tỉnh đã giao ...": the text giving
    # the figure, cited by its number, never a unit; eng-names)
    r"(?:^[\s\-–+•.]*(?:Để|Căn\s+cứ|Thực\s+hiện(?=\s+(?-i:[A-ZĐ]))"
    r"|Tại(?=\s+(?:Nghị\s+quyết|Quyết\s+định|Kết\s+luận|Công\s+văn|Thông\s+báo|Kế\s+hoạch"
    r"|Tờ\s+trình|Nghị\s+định)\s+số\s+[0-9]))"
    r"|(?<=,)\s*căn\s+cứ)\s[^;:,]*,\s*(?:trong\s+đó\s*,?\s*)?(?=[^\W\d_])",
    _I,
)


_GIVES_POSTS = re.compile(
    # "Ban Tổ chức Trung ương giao biên chế các cơ quan ...", "HĐND tỉnh đã giao biên chế công
    # chức năm 2025 là": the giver and its verb before the posts it gives, no "cho"; what
    # follows names the receiver (eng-names; it was the unit 'ban-to-chuc-trung-uong')
    r"(?<!được\s)(?<!do\s)(?<!\w)(?:"
    + _GIVER
    + r"|Ban\s+Thường\s+vụ\s+(?:Tỉnh|Thành)\s+[uủ][ỷy]|(?:Tỉnh|Thành)\s+[uủ][ỷy]|Sở\s+Nội\s+vụ)"
    # ("HĐND tỉnh Tây Ninh vừa thông qua nghị quyết giao biên chế ...", "Ủy ban nhân dân tỉnh
    # ban hành quyết định giao số lượng cán bộ, công chức cấp xã ...": the giver, named, and
    # the act it gives by, no unit; eng-names2: it was 'hoi-dong-nhan-dan-thanh')
    r"(?:\s+(?-i:[A-ZĐ])[^\W\d_]*){0,3}"
    r"\s+(?:đã\s+|vừa\s+)?(?:(?:tạm\s+)?(?:quyết\s+định\s+)?giao\s+(?=(?:số\s+lượng\s+)?"
    r"biên\s+chế(?!\s+(?:được\s+)?giao(?!\w))\s+[^\W\d_])"
    r"|(?:thông\s+qua|ban\s+hành)\s+(?:nghị\s+quyết|quyết\s+định)\s+giao\s+"
    r"(?=(?:số\s+lượng\s+)?(?:biên\s+chế(?!\s+(?:được\s+)?giao(?!\w))\s+[^\W\d_]"
    r"|(?:cán\s+bộ|công\s+chức|viên\s+chức|người\s+làm\s+việc)(?!\w))))",
    _I,
)
_DAY_FIRST = re.compile(r"^[\s\-–+•.]*ngày\s+[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}\s*,\s*", _I)
"""The day a news lead opens with ("Ngày 18/02/2025, Ủy ban nhân dân tỉnh ban hành ..."):
when the act was, never the figure's year nor a unit."""


_TO = re.compile(r"(?<!\w)cho(?!\w)", _I)


def _given_posts(gap: str, found: re.Match[str]) -> Subject:
    """The receiver a giver's "giao biên chế ..." names (`_GIVES_POSTS`), never the giver:
    nothing before the giver but the year; a category alone ("biên chế công chức năm 2025")
    is the text's own, as without the giver; a body named is the receiver, marked `given`
    (`build` reads the text's own whole so, or leaves a list of bodies unread); else, or
    with other words before the giver, not understood."""
    day = _DAY_FIRST.match(gap)
    before = read_subject(gap[day.end() if day is not None else 0 : found.start()])
    if before.kind is not None or before.name:
        return Subject(None, "", year=before.year)
    words = gap[found.end() :]
    rest = read_subject(words)
    year = rest.year or before.year
    if day is not None and year is None:
        # "Ngày 18/02/2025, ... giao số lượng cán bộ, công chức cấp xã là": the act's day
        # says no year of the figure
        return Subject(None, "")
    if _TO.search(words):
        # "... giao biên chế công chức cho Sở Y tế là": a receiver after "cho", never the
        # text's own category (it was read with the qualifier "cho Sở Y tế")
        return Subject(None, "", year=year)
    giver = " ".join(found.group().split())
    if rest.kind in (Kind.CATEGORY, Kind.TOTAL):
        return replace(rest, year=year, giver=giver)
    if rest.kind is Kind.BLOCK:
        return replace(rest, year=year, given=True)
    return Subject(None, "", year=year, giver=giver)


_PROPOSER = re.compile(
    # "Bộ đề xuất biên chế công chức năm 2025 là", "Năm 2026, Bộ Ngoại giao đề nghị giữ biên
    # chế công chức là", "Năm 2026, Cục Thuế đề xuất giữ nguyên": a body proposing its posts,
    # capitalised (a giver asking another is `_OWN_BODY_ASKS`, a Sở `_DEPARTMENT_PROPOSES`)
    r"(?<![^\s,;:(])(?P<body>(?-i:Bộ|Cục|Tỉnh|Thành\s+phố)(?!\s+Nội\s+vụ)"
    r"(?:\s+(?-i:[A-ZĐ])[^,;:()0-9]{0,40}?)?)"
    r"\s+(?:đã\s+|sẽ\s+)?(?:đề\s+xuất|đề\s+nghị)(?:\s+giữ(?:\s+nguyên)?)?(?!\w)\s*",
)
_OWN_BODY = re.compile(r"Bộ|Tỉnh|Thành\s+phố")
"""The text's own body, unnamed and capitalised ("Bộ đề xuất ..." in a ministry's report)."""


def _proposed(gap: str, found: re.Match[str], subject: Subject) -> Subject:
    """A body proposing posts (`_PROPOSER`) names no unit by its verb (eng-names2; it was the
    unit 'bo-de-xuat-cong-chuc'): the text's own body unnamed ("Bộ") proposing a category
    proposes the text's own; a body named proposes its own posts, the unit named by the body
    alone; with other words before the body, or after the verb but the category, or a
    receiver after "cho": not understood."""
    before = read_subject(gap[: found.start()])
    rest = read_subject(gap[found.end() :])
    year = rest.year or before.year
    if before.kind is not None or before.name or _TO.search(gap, found.end()):
        return Subject(None, "", year=year)
    body = found.group("body")
    if _OWN_BODY.fullmatch(body):
        return replace(rest, year=year) if rest.kind is Kind.CATEGORY else Subject(None, "")
    other_words = rest.kind is None and bool(rest.name)
    if subject.kind is not Kind.BLOCK or rest.kind not in (None, Kind.CATEGORY) or other_words:
        return Subject(None, "", year=year)
    return replace(subject, name=capital(body), year=subject.year or year)


def _clause_year(gap: str) -> int | None:
    """The year the gap names as its subject would (the last one), clause and all."""
    years = list(SUBJECT_YEAR.finditer(gap))
    return int(years[-1].group("year")) if years else None


_BODY_GIVEN = re.compile(
    # a body ("Sở Y tế", "các cơ quan hành chính"), never a place ("giao cho tỉnh", "... cho
    # Nghệ An", "... cho xã A"): the text's own posts, read as `own_posts_given` reads them
    r"(?:(?:các|những)\s+)?(?!(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)"
    r"(?!\w))(?=" + ORGANISATION.pattern + ")",
    _I,
)


_AT_PLACE = re.compile(
    r"^\W*(?:(?:đến\s+)?năm\s+[0-9]{4}\s*,?\s*)?(?P<at>(?:tại|ở)\s+)(?:huyện|quận|thị\s+xã|xã|phường)\s+(?P<name>\w+)",
    _I,
)
"""A district or commune named with the word saying where ("Tại huyện B", "Ở quận D"): the
place alone (a province's or city's "Tại tỉnh A," and any place closed by a comma are leads,
read as before: `build._places`)."""


_AGREES = re.compile(
    r"^[\s,]*(?:Bộ\s+Nội\s+vụ|Ban\s+Tổ\s+chức\s+Trung\s+ương|Thủ\s+tướng(?:\s+Chính\s+phủ)?)"
    r"\s+(?:(?:đã|vừa|cũng)\s+)*(?:thống\s+nhất|đồng\s+ý|chấp\s+thuận)\s+(?:với\s+)?"
    r"(?=(?:số|tổng|biên\s+chế|kế\s+hoạch)(?!\w))",
    _I,
)
"""Who agrees to the figure ("Bộ Nội vụ thống nhất số người làm việc ... là 95.923"): the
authority, no unit; the unit is named after its verb (it was a body "Bộ Nội vụ thống nhất
...", never compared with the same people's figure of another year)."""


_BASE_GLOSS = re.compile(
    r"(?<=năm\s[0-9]{4})\s*\(\s*(?:là\s+)?năm\s+(?:gốc|so\s+sánh|cơ\s+sở)(?!\w)[^()]*\)", _I
)
"""A year glossed as the base year ("Năm 2021 (năm gốc theo Kết luận số 40-KL/TW), tỉnh được
giao ..."): what the year is for, no part of the unit's name."""


def read_subject(gap: str) -> Subject:
    """Classify the text before a value or change: total, block, category, or nothing."""
    contrast = _CONTRAST.match(gap)
    if contrast is not None:
        return read_subject(gap[contrast.end() :])
    agrees = _AGREES.match(gap)
    if agrees is not None:
        return read_subject(gap[agrees.end() :])
    glossed = _BASE_GLOSS.search(gap)
    if glossed is not None:
        return read_subject(gap[: glossed.start()] + gap[glossed.end() :])
    at = _AT_PLACE.match(gap)
    if at is not None and at.group("name")[:1].isupper() and "," not in gap[at.end() :]:
        # "Tại huyện B, cắt giảm 12 biên chế công chức ...", "Ở quận D, đến năm 2026 còn
        # ...": where is no part of the place's name (it was a unit "Tại huyện B")
        return read_subject(gap[: at.start("at")] + gap[at.end("at") :])
    given = _GIVES_TO.search(gap)
    if given is not None and _BODY_GIVEN.match(gap, given.end()) is not None:
        if relative_receiver(gap[given.end() :], given.group()):
            # "Bộ Nội vụ giao cho các đơn vị trực thuộc 1.062": the giver's own bodies, whose
            # name the text leaves to the giver (eng-latent8): not understood
            return Subject(None, " ".join(gap.split()), year=_clause_year(gap))
        return read_subject(gap[: given.start()] + " " + gap[given.end() :])
    proposed = _PROPOSES_TO.search(gap)
    if proposed is not None and proposed.end() < len(gap.rstrip()):
        # "UBND tỉnh trình HĐND tỉnh kế hoạch biên chế công chức năm 2025 là 3.212": who
        # proposes and to whom name no unit (it was 'ubnd-tinh-trinh-hdnd-tinh'); the words
        # after them do
        rest = read_subject(gap[: proposed.start()] + " " + gap[proposed.end() :])
        own = _OWN_PLACE_LAST.search(gap)
        if rest.kind is None and own is not None:
            # "... đã trình HĐND tỉnh dự thảo nghị quyết về biên chế năm 2026 của tỉnh,
            # tổng cộng 16.318 biên chế, gồm:": the text's own place, unnamed
            return Subject(None, own.group("place"), year=rest.year)
        return rest if rest.kind is not None else Subject(None, "", year=rest.year)
    before = read_subject(gap[: given.start()]) if given is not None else None
    if given is not None and before is not None and before.kind is None and not before.name:
        # "Năm 2024, Ban Tổ chức Trung ương giao cho Nghệ An 3.259 biên chế": the place
        # given the posts, named, is the unit, never the giver (it was the unit
        # 'ban-to-chuc-trung-uong': two places given posts would have merged); a recipient
        # that is no named place is not understood
        recipient = gap[given.end() :].strip(" ,")
        if _NAMED_PLACE.fullmatch(recipient) is None:
            return Subject(None, "", year=before.year)
        return Subject(Kind.BLOCK, capital(recipient), year=before.year)
    clause = _CLAUSE_FIRST.search(gap)
    if clause is not None:
        # "Để hoàn thành Kế hoạch, Bộ còn phải giảm ...", "Căn cứ Quyết định số ... của UBND
        # tỉnh giao ..., trong đó Sở A được giao ...": what the figure is for or rests on names
        # no unit; the unit is named after the clause, or none is (it was the whole clause)
        rest = read_subject(gap[: clause.start()] + " " + gap[clause.end() :])
        if rest.kind is None:
            return Subject(None, "", year=rest.year or _clause_year(gap))
        return replace(rest, year=rest.year or _clause_year(gap))
    gives = _GIVES_POSTS.search(gap)
    if gives is not None:
        return _given_posts(gap, gives)
    dated = _DAY_CLAUSE.search(gap)
    if dated is not None:
        # "...; tính đến ngày 30/6/2024, Cục A được giao 520 biên chế": the figure of that
        # day's year (or unread, `build`), the unit named after the day
        # (eng-unread7) "Theo số liệu Bộ Nội vụ tổng hợp đến ngày 30/6/2025, biên chế công
        # chức giao cho các tỉnh, thành phố năm 2025 là …": the words before the day stay a
        # clause of their own, as written (glued to the name, the source took the name's
        # place and the unit was "Thành phố", no category)
        head = gap[: dated.start()].rstrip(" ,")
        rest = read_subject((head + ", " if head else "") + gap[dated.end() :])
        if rest.kind is not None:
            return replace(rest, dated=int(dated.group("y")))
    lead = LEAD.match(gap)
    elapsed = _ELAPSED.match(gap, lead.end() if lead is not None else 0)
    if elapsed is not None:
        count = elapsed.group("n").lower()
        years = _COUNT_WORDS.get(count) or int(count)
        subject = read_subject(gap[: elapsed.start()] + " " + gap[elapsed.end() :])
        return replace(subject, elapsed=years)
    subject = home_affairs_giving(gap, _read_subject(gap))
    if subject.kind is Kind.BLOCK and _giver_and_receiver(subject.name):
        # "Bộ Y tế giao Bệnh viện K 1.062 biên chế": a giver, its verb and the receiver, no
        # one unit's name (it was 'bo-y-te-giao-benh-vien-k'; eng-latent8)
        return replace(subject, kind=None)
    proposer = _PROPOSER.search(gap)
    if proposer is not None and subject.kind in _NAMED_KINDS:
        subject = _proposed(gap, proposer, subject)
    if subject.kind in _NAMED_KINDS and unknown_qualifier(gap) is not None:
        # "tổng biên chế công chức không kể biên chế dự phòng là 950", "... (trừ khối Đảng)",
        # "biên chế công chức cần bổ sung 48": words the grammar does not read change what the
        # figure counts (some of the unit, more than it, or no posts at all): not understood
        return replace(subject, kind=None)
    bare = TRAIL.sub("", LEAD.sub("", gap))
    counted = YEARS_COUNTED.search(bare)
    span = counted_span(counted) if counted is not None else None
    if span is not None and subject.year in (None, span[1]):
        # "Trong hai năm 2017 và 2018, ... giảm 25.362 người": as "giai đoạn 2017 - 2018",
        # the span's last year against the year before it (never its first year's)
        return replace(subject, since=span[0] - 1)
    period = _PERIOD.search(bare)
    if (
        period is not None
        and int(period.group("first")) < int(period.group("last"))
        # ("Lộ trình … giai đoạn 2026 - 2030: năm 2026 là 24 …; năm 2027 là 24 (không thay
        # đổi)": a link inside the period is no change of the period's; its base is the
        # sentence's to say, never the year before the period: the harness's no-base variant
        # of blind Z1 read it against 2025)
        and subject.year in (None, int(period.group("last")))
    ):
        if period.group("to"):
            # "từ năm 2017 đến năm 2024 ... giảm 476 người": 2024 against 2017 itself; "đến"
            # without "từ năm" is left unread.
            if not period.group("from"):
                return replace(subject, kind=None)
            if period.group("bare") is not None and _STAFF_AFTER.match(bare, period.end()):
                # "từ 2000 đến 2050 người": counts, no years ("từ 2022 đến 2024, ..." is)
                return replace(subject, kind=None)
            return replace(subject, since=int(period.group("first")))
        # "giai đoạn 2022 - 2026 giảm N": against the year before the period
        return replace(subject, since=int(period.group("first")) - 1)
    return subject


_NAMED_KINDS = (Kind.CATEGORY, Kind.TOTAL, Kind.BLOCK)
_POSTS_OF = re.compile(r"biên\s+chế\s+của\s+(?P<owner>[^\W\d_][^,;:()]*)", _I)
"""The posts of a body ("biên chế của toàn tỉnh"): read as the body named."""
_QUALIFIER = re.compile(
    # leaving out, or taking in, what follows ("không kể", "chưa tính", "trừ", "kể cả");
    # "ngoài" only before what it leaves out ("ở nước ngoài", "lao động ngoài nước" are names)
    r"(?<!\w)(?:(?P<out>(?:không|chưa)\s+(?:kể|tính|bao\s+gồm|gồm)|trừ"
    r"|ngoài(?=\s+(?:tổng\s+)?(?:số|biên\s+chế|khối|cán|công|viên|người|(?:các\s+)?hội|dự\s+phòng)"
    r"(?!\w)))"
    r"|(?P<in>kể\s+cả|tính\s+cả|bao\s+gồm\s+cả|gồm\s+cả)"
    # posts needed, lacking, over a norm, vacant or averaged: never posts given ("không vượt
    # 806 biên chế" is a ceiling, read as "không quá")
    r"|(?P<not_posts>cần\s+(?:bổ\s+sung|thêm|tuyển)|(?:còn\s+)?thiếu(?!\s+(?:nhi|niên))|(?<!không\s)vượt"
    r"|(?:còn\s+)?trống|bình\s+quân|(?<!quy\smô\s)trung\s+bình"
    # people leaving or taken on ("biên chế công chức dự kiến nghỉ hưu là 50 người"): no posts
    r"|nghỉ\s+hưu|nghỉ\s+việc|thôi\s+việc|dôi\s+dư|tuyển\s+dụng"
    # ("Số công chức đã ra khỏi biên chế trong năm là 11 người": people gone)
    r"|ra\s+khỏi\s+biên\s+chế))(?!\w)",
    _I,
)
_LEFT_OUT_KNOWN = re.compile(
    # what the reader already keeps apart from posts: contract and part-time staff, the
    # communes' own ("không kể cấp xã", "không kể cán bộ, công chức cấp xã")
    r"\W*(?:(?:số\s+|các\s+)?(?:người\s+|lao\s+động\s+)?(?:làm\s+việc\s+)?(?:theo\s+)?hợp\s+đồng"
    r"|(?:số\s+)?(?:người\s+)?hoạt\s+động\s+không\s+chuyên\s+trách"
    r"|(?:(?:biên\s+chế\s+)?(?:của\s+)?cán\s+bộ,?\s+công\s+chức\s+)?(?:cấp\s+)?xã)(?!\w)"
    # "Ngoài (tổng) số trên, các hội ... được giao 46": besides the figure above, no less of it
    r"|(?<=ngoài)\s+(?:tổng\s+)?số\s+(?:trên|này|nêu\s+trên)(?!\w)",
    _I,
)
_TAKEN_IN_KNOWN = re.compile(
    # the reserve taken in; "Tính cả giai đoạn, ...": over the whole period, no posts
    r"\W*(?:(?:số\s+)?(?:biên\s+chế\s+)?dự\s+phòng|(?:cả\s+)?(?:giai\s+đoạn|thời\s+kỳ))(?!\w)",
    _I,
)
_OF_A_CATEGORY = re.compile(
    r"(?:công\s+chức|viên\s+chức|người\s+làm\s+việc|biên\s+chế|đặc\s+thù|số\s+lượng|tổng\s+số"
    # (a category named by its pay: "người làm việc hưởng lương từ ngân sách nhà nước")
    r"|ngân\s+sách(?:\s+nhà\s+nước)?|NSNN)[\s,(]*$",
    _I,
)
"""A gap ending with a category's or a count's words: what is left out next is some of it."""
_SOME_OF_IT = re.compile(
    r"\W*(?:số\s+)?(?:lượng\s+)?(?:biên\s+chế\s+)?(?:của\s+)?(?:các\s+)?"
    r"(?:dự\s+phòng|khối|hội|công\s+chức|viên\s+chức|người\s+làm\s+việc|sự\s+nghiệp|trường"
    r"|giáo\s+viên|ngành|lĩnh\s+vực)(?!\w)",
    _I,
)
"""What a unit holds some of: its reserve, a block, a group, a sector."""


def unknown_qualifier(gap: str) -> str | None:
    """Words before a figure that the grammar does not read and that change what it counts
    ("không kể biên chế dự phòng", "(trừ khối Đảng)", "kể cả biên chế của các hội", "cần bổ
    sung", "còn thiếu", "vượt", "bình quân"), or None. Leaving out contract or part-time
    staff or the communes' own posts, and taking the reserve in, are read elsewhere; so is a
    body's own scope ("khối cơ quan Bộ (không gồm hệ thống thi hành án dân sự)", "Khối Đảng
    ... (kể cả đơn vị sự nghiệp trực thuộc)"): after a body's name, only what names some of a
    unit (its reserve, a block, a group, a sector) is refused."""
    gap = gap.rsplit(";", 1)[-1]  # ("...; trong đó có": a clause before is not the subject's)
    for found in _QUALIFIER.finditer(gap):
        known = _TAKEN_IN_KNOWN if found.group("in") else _LEFT_OUT_KNOWN
        if found.group("not_posts") is None and (
            known.match(gap, found.end())
            or _LEFT_OUT_KNOWN.match(gap, found.end())
            # after a body's name, its own scope ("Khối Đảng ... (kể cả đơn vị sự nghiệp trực
            # thuộc)", "Bộ A (kể cả Tổng cục B)"), unless what it names is some of a unit
            or not (
                _OF_A_CATEGORY.search(gap, 0, found.start()) or _SOME_OF_IT.match(gap, found.end())
            )
        ):
            continue
        return found.group()
    return None


# "Căn cứ Nghị quyết số 57/NQ-HĐND ngày 20/5/2021, tổng biên chế công chức ...": a clause
# citing the text's ground, then the subject; "Lộ trình tổng biên chế công chức ...": a
# roadmap's topic word before its category. Neither is part of the unit's name.
# "Khi các trường lần lượt tự bảo đảm chi thường xuyên, số người làm việc ...": when, never
# whose (the self-financed are the schools of the clause, not the category after it)
_LEAD_CLAUSE = re.compile(
    r"^(?:căn\s+cứ|thực\s+hiện|trên\s+cơ\s+sở|tại|khi|sau\s+khi|tính\s+theo)(?!\w)", _I
)
_BY_MEASURE = re.compile(r"^tính\s+theo(?!\w)", _I)
"""("tính theo định mức tại Công văn số ..., số biên chế cán bộ, công chức cấp xã"): by what
measure, never whose; the category after it is the unit (`_LEAD_CLAUSE`, as after "Sau khi
Tổng cục Thuế chuyển thành Cục Thuế ..., biên chế công chức ..."), and with none after it no
unit is known: whose posts, counted so, is unsaid (eng-names2; they were the units
'tuy-nhien-tinh-theo-dinh', 'sau-khi-tong-cuc-thue')."""
_CONTRAST = re.compile(
    r"^[\s\-–+•.]*(?:tuy\s+nhiên\s*,\s*|(?:tổng\s+cộng|tính\s+chung|nhìn\s+chung)\s*,\s*"
    r"(?=(?:(?:tổng\s+)?số\s+(?:lượng\s+)?)?(?:biên\s+chế\s+)?(?:cán\s+bộ|công\s+chức|viên\s+chức"
    r"|người\s+làm\s+việc)(?!\w)))",
    _I,
)
"""A contrast opening the sentence ("Tuy nhiên, ..."), or a summing up before a category's
name ("Tổng cộng, số người làm việc năm 2026 giảm 443 người ..."): a connective, no part of a
name. Before other words ("Tổng cộng, năm 2024 toàn tỉnh được giao 21.060 biên chế") it is
the sum the text makes of what it stated, read by `categories` where the figures bear it."""
_TOPIC = re.compile(
    r"^(?:về\s+)?(?:lộ\s+trình|kế\s+hoạch|dự\s+kiến)(?:\s+(?:tinh\s+giản|giảm|giao|sử\s+dụng))?"
    r"[\s,]+",
    _I,
)
_LEAD_COMMAS = 6
"""How many commas of a lead clause are tried (a bound, so a subject is read in linear time)."""


_LEVEL_FIRST = re.compile(r"^(?:ở|tại)\s+(?P<level>cấp\s+(?:xã|huyện|tỉnh))\s*,\s*(?=\S)", _I)


def _level_first(plain: str) -> str | None:
    """ "Ở cấp xã, số cán bộ, công chức" → "số cán bộ, công chức cấp xã": the level said
    before the category it narrows (never dropped as a lead clause, which read the commune's
    staff as the province's CBCC); None where no category follows it."""
    fronted = _LEVEL_FIRST.match(plain)
    if fronted is None:
        return None
    named = f"{plain[fronted.end() :]} {fronted.group('level')}"
    found = kind_of(named)
    return named if found is not None and found.category is not None else None


def _after_lead(plain: str) -> str | None:
    """The subject after a lead clause or a topic word, where what follows them names a
    category at its head (the same words without the lead would be read so); else None."""

    def named(rest: str) -> bool:
        found = kind_of(rest)
        return found is not None and found.category is not None

    topic = _TOPIC.match(plain)
    if topic is not None and named(plain[topic.end() :]):
        return plain[topic.end() :]
    if _LEAD_CLAUSE.match(plain):
        for tried, comma in enumerate(re.finditer(r",\s*", plain)):
            if tried == _LEAD_COMMAS:
                break
            if named(plain[comma.end() :]):
                return plain[comma.end() :]
    return None


def _read_subject(gap: str) -> Subject:
    text = LEAD.sub("", gap)
    text = TRAIL.sub("", text)
    # "năm 2025 (năm học 2025 - 2026)": a school year says what the posts are for; it is no
    # period whose last year is the figure's (the figure was filed under 2026: a misread of
    # blind Z1)
    text = _SCHOOL_YEAR.sub(" năm học ", text)
    counted = YEARS_COUNTED.search(text)
    if counted is not None:
        span = counted_span(counted)
        if span is None:
            # "trong hai năm 2023 và 2025": the count and the years disagree, which years
            # are meant is unsaid (the second year was read as a name: a unit "...-2025")
            return Subject(None, "")
        text = text[: counted.start()] + f" năm {span[1]} " + text[counted.end() :]
    period = _PERIOD.search(text)
    if period is not None and int(period.group("first")) < int(period.group("last")):
        text = text[: period.start()] + f" năm {period.group('last')} " + text[period.end() :]
    years = list(SUBJECT_YEAR.finditer(text))
    year = int(years[-1].group("year")) if years else None
    named = LEAD.sub("", TRAIL.sub("", SUBJECT_YEAR.sub(" ", text)))
    named = new_place_dropped(re.sub(r"\s{2,}", " ", named).strip())
    named = merged_places_dropped(named, gap)
    plain = re.sub(r"\s{2,}", " ", PARENTHESES.sub(" ", gone_unbracketed(named))).strip()
    if ANAPHORA.fullmatch(plain):
        return Subject(None, "", year=year, anaphora=True)  # "khối này": the unit just named
    if not any(char.isalpha() for char in plain):
        return Subject(None, "", year=year)
    given = _GIVEN_BY.fullmatch(plain)
    if given is not None and _AGENT.fullmatch(given.group("recipient")) is None:
        recipient = _read_subject(given.group("recipient"))
        return replace(recipient, year=recipient.year or year)
    if _AGENT.fullmatch(plain) or _HOME_AFFAIRS_PROPOSES.fullmatch(plain):
        # "UBND tỉnh (tạm) giao 29.755 biên chế viên chức cho ...": who gives is no unit.
        # (the giver kept, eng-latent8: "b) Bộ Nội vụ giao 1.062 biên chế" among ministries
        # may be its own posts or the whole's; `build` decides; "tỉnh được Trung ương giao"
        # names the province receiving, no giver alone)
        giver = "" if _RECEIVER_FIRST.match(plain) else plain
        return Subject(None, "", year=year, giver=giver)
    own = _OWN_BODY_ASKS.match(plain)
    if own is not None and asks_a_giver(plain[own.end() :]):
        # "Bộ kính đề nghị Thủ tướng Chính phủ giao năm 2026 là 1.296 biên chế công chức":
        # the text's own body asking the giver for its posts names no unit but its own
        return Subject(None, "", year=year)
    if _DEPARTMENT_PROPOSES.fullmatch(plain):
        director = _DIRECTOR_SPEAKS.search(gap, 0, len(gap) - len(plain))
        if director is not None:
            return Subject(None, "", year=year, giver=plain)
        return Subject(None, named, year=year)
    request = _REQUEST.match(plain)
    if request is not None and asks_a_giver(plain):
        # "Đề nghị Bộ Nội vụ thẩm định, trình giao 5.795 biên chế công chức năm 2025": the
        # text's own request to the giver names no unit, as the giver alone names none
        return Subject(None, "", year=year)
    if (
        request is not None
        and plain[request.end() : request.end() + 1].isupper()
        and ORGANISATION.match(plain, request.end())
    ):
        # "...; kiến nghị Sở A năm 2026 là 514": a request, and whom it asks, never a unit's
        # name; asked of any body but a giver (is the figure the Sở's?) it names none known
        return Subject(None, named, year=year)
    if (level := _level_first(plain)) is not None:
        plain = named = level
    elif kind_of(plain) is None and (after := _after_lead(plain)) is not None:
        plain = named = after
    elif kind_of(plain) is None and _BY_MEASURE.match(plain):
        return Subject(None, named, year=year)
    if _NATION.search(plain):
        # "Theo số liệu ... ngày 18/7/2025, năm 2025 cả nước còn 252.410 biên chế công chức":
        # the country's figures, a scope of their own (never a province's own posts)
        return Subject(Kind.BLOCK, "Cả nước", year=year, leading=True)
    headline = _PLACE_ACTS.match(plain)
    if headline is not None and kind_of(plain) is None:
        # "Thanh Hóa điều chỉnh số người làm việc": a headline's place and verb, then the
        # category it is about
        rest = plain[headline.end() :]
        if (found := kind_of(rest)) is not None and found.category is not None:
            plain = named = rest
    if verb_ends_name(plain):
        # "Biên chế công chức tinh giản 6 biên chế", "Biên chế cấp xã cắt giảm 6": a change's
        # verb after a name is no part of it ("(tinh giản)"): the figure is a change of no
        # known base, so the line is not understood (eng-latent4)
        return Subject(None, named, year=year)
    where = scope_of(plain)
    kind = kind_of(plain)
    if kind is LexKind.CONTRACT or (
        kind is None and CONTRACT_MENTION.search(plain) and not _POSTS_WORD.search(plain)
    ):
        # "Rà soát số lao động hợp đồng ... (năm 2022 là 415 người)": contract staff named
        # after other words, and no posts beside them
        return Subject(Kind.OUTSIDE, named, year=year)
    block = known_block(plain) if plain.lower().startswith("khối") else None
    if kind is not None and kind.category is not None and block is None:
        return Subject(
            Kind.CATEGORY,
            named,
            kind.category,
            year,
            where=where,
            qualifier=qualifier(plain, kind),
        )
    total = _TOTAL.search(plain)
    if (
        total
        and block is None
        and total.start() == _determiners(plain)
        and total.group().lower().startswith("tổng")
    ):
        part = _part_after_total(plain, total.end())
        if part is not None:
            # "Tổng biên chế khối Đảng", "tổng biên chế cấp huyện": the total of a part,
            # which is that part's figure, never the document's total
            return Subject(
                Kind.BLOCK,
                capital(part),
                kind.category if kind is not None else None,
                year=year,
                where=scope_of(part),
            )
    if total and block is None:
        scope = _SCOPE.search(named)
        return Subject(
            Kind.TOTAL,
            capital(plain),
            year=year,
            scope=scope.group("scope").strip() if scope else None,
            leading=total.start() == _determiners(plain),
            where=where,
        )
    if PAY_SOURCE.match(plain):
        # "a) Hưởng lương từ ngân sách nhà nước: 27.698 người" in a list: the line of the
        # unit above paid so, of that unit's (or the heading's) category.
        return Subject(Kind.BLOCK, capital(named), year=year, where=where)
    old_place = former_place(named)
    if old_place is not None:
        # "2.418 biên chế của tỉnh Tuyên Quang cũ": a province merged into the text's own, a
        # body of its own (the new province's total is made of such)
        category = kind.category if kind is not None else None
        return Subject(Kind.BLOCK, old_place, category, year=year, where=where)
    noun = ORGANISATION.search(plain)
    bodies = OF_BODIES.search(plain)
    if noun and bodies is not None and bodies.start() < noun.start():
        # "Cần Thơ giảm 42 đầu mối bên trong các cơ quan ..., biên chế năm 2018 giảm 100":
        # the body named is what the clause before cut, not the unit of the figure
        return Subject(None, "", year=year)
    if noun and names_contracts(plain):
        # "Rà soát số lao động hợp đồng ... trong các cơ quan hành chính thuộc Bộ (năm 2022 là
        # 415 người)", "số người làm việc và hợp đồng lao động trong đơn vị sự nghiệp ...":
        # bodies are named, but what is counted in them is, or takes in, contract staff
        return Subject(None, named, year=year)
    if noun:
        category = kind.category if kind is not None else None
        return Subject(
            Kind.BLOCK,
            capital(named),
            category,
            year=year,
            leading=noun.start() == _determiners(plain),
            where=where,
        )
    if _named_region(plain):
        # "Khu vực phía Bắc (A, B, C): 711 người": a region's bodies, named by the region
        category = kind.category if kind is not None else None
        return Subject(Kind.BLOCK, capital(named), category, year=year, where=where)
    if _LOCALITIES.fullmatch(plain):
        # "- Các địa phương: 142.500 biên chế" beside "các bộ, ngành trung ương" in a national
        # report: the provinces' posts taken together, a national scope (eng-nested); the
        # words alone, never "tại địa phương" nor a province's own "địa phương"
        category = kind.category if kind is not None else None
        return Subject(Kind.BLOCK, capital(named), category, year=year, where=where)
    owner = _POSTS_OF.fullmatch(plain)
    if owner is not None:
        # "Biên chế của toàn tỉnh là 4.510 suất", "Biên chế của tỉnh là ...": the posts of the
        # text's whole or own place, read as that place named alone
        place = _read_subject(owner.group("owner"))
        if place.kind in (None, Kind.TOTAL) and place.name:
            return replace(place, year=place.year or year)
    return Subject(None, named, year=year)


_LOCALITIES = re.compile(r"các\s+địa\s+phương", _I)
"""The national scope of the provinces taken together, named alone."""
_REGION = re.compile(r"khu\s+vực\s+(?:phía\s+)?(?P<name>[^\W\d_]+)", _I)


def _named_region(plain: str) -> bool:
    """A name that is a region named by a proper name ("Khu vực phía Bắc", "Khu vực Tây
    Nguyên", "Khu vực I"), never the sector a lowercase word says ("khu vực hành chính")."""
    found = _REGION.match(plain)
    return found is not None and found.group("name")[0].isupper()


def _part_after_total(name: str, start: int) -> str | None:
    """The part a "Tổng ..." names after its head words ("khối Đảng", "các cơ quan hành
    chính", "cấp huyện", "dự phòng"), or None when it names the whole (the province, city or
    ministry, or nothing more)."""
    after = _OF.match(name, start)
    rest = name[after.end() if after else start :].strip()
    noun = ORGANISATION.match(rest) or _PART_SCOPE.match(rest)
    if noun is None or _WHOLE.fullmatch(noun.group()):
        return None
    if _PLACE_WORD.fullmatch(noun.group()) and not _NAMED.match(rest, noun.end()):
        return None  # "tổng biên chế của huyện" in a district's plan: the document's whole
    return rest


_OF = re.compile(r"\s*(?:(?:của|trong|thuộc|tại|ở|cho)\s+)?(?:(?:các|những)\s+)?", _I)
_WHOLE = re.compile(r"thành\s+phố|bộ|ngành", _I)
_PLACE_WORD = re.compile(r"huyện|quận|thị\s+xã|xã|phường|thị\s+trấn", _I)
_NAMED = re.compile(r"\s+[A-ZĐ0-9]")
_PART_SCOPE = re.compile(r"cấp\s+(?:tỉnh|huyện|xã)(?!\w)", _I)


def _determiners(text: str) -> int:
    """Where a name starts after its determiners ("các sở, ngành" starts at "sở")."""
    found = _DETERMINERS.match(text)
    return found.end() if found else 0


_DETERMINERS = re.compile(r"(?:(?:các|những|toàn\s+bộ)\s+)+", _I)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


_POSTS_WORD = re.compile(
    r"(?<!\w)(?:biên\s+chế|công\s+chức|viên\s+chức|cán\s+bộ|người\s+làm\s+việc)(?!\w)", _I
)
PAY_SOURCE = re.compile(r"hưởng\s+lương\s+(?:từ|bằng)\s", _I)
OF_BODIES = re.compile(rf"(?:tăng|giảm)\s+{NUM}(?:{NOT_STAFF_AFTER.pattern})", _I)


_PERIOD = re.compile(
    rf"(?<!\w)(?:giai\s+đoạn|thời\s+kỳ|(?P<from>từ)(?:\s+năm|(?P<bare>))(?!\w))?\s*(?P<first>{YEAR})\s*"
    rf"(?:[-–]|(?P<to>(?<!\w)(?:đến|tới)(?!\w)))\s*(?:năm\s+)?(?P<last>{YEAR})",
    _I,
)
"""A period: its figures are those of its last year, its changes counted from the year
before its first ("Giai đoạn 2023 - 2024: giảm 30 biên chế" is 2024 against 2022)."""
_STAFF_AFTER = re.compile(
    r"[ \t]*(?:biên\s+chế|người|chỉ\s+tiêu|cán\s+bộ|công\s+chức|viên\s+chức)(?!\w)", _I
)
_SCHOOL_YEAR = re.compile(rf"(?<!\w)năm\s+học\s+{YEAR}\s*[-–/]\s*{YEAR}", _I)
"""A school year ("năm học 2025 - 2026"), which spans two calendar years."""
