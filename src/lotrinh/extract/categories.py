"""Several categories in one sentence, each with its own figure and perhaps its own change.

"Năm 2021, tỉnh được giao 2.684 biên chế công chức và 35.912 người làm việc hưởng lương từ
ngân sách nhà nước.", "Biên chế công chức năm 2025 là 2.318, giảm 47 so với năm 2024; số người
làm việc ... là 16.904 người, giảm 341 người; biên chế các hội có tính chất đặc thù là 112, giảm
8 biên chế", "So với năm 2021, biên chế công chức giảm 86 biên chế, tương đương 4,46%; số người
làm việc giảm 954 người, tương đương 5,61%": a row of clauses, one per category, each naming its
category before or after its count. The general reader takes a count after another count of
the same sentence as a part or a second figure of the first unit; here the sentence is read
whole by a grammar of that row, or not at all (None: the general reader then decides, and
declines what it cannot place).

What a clause does not say it takes from the sentence only where the grammar gives it: the
year and the comparison fronted before the row ("Năm 2025, ...", "So với năm 2021, ...") reach
every clause; a comparison named once reaches the others only where it closes the last clause
("A giảm 108 biên chế (5,03%), B giảm 2.136 người (10,00%) so với năm 2021") or opens a row of
clauses of one shape ("A là 2.318, giảm 47 so với năm 2024; B là 16.904 người, giảm 341
người"); otherwise the sentence is declined. A rate belongs to its own clause's change only.
Whose posts these are is said by a lead naming no body but the text's own ("tỉnh", "huyện",
"Ủy ban", "Bộ"); a named body or recipient ("Sở Y tế được giao ...", "giao TP X ...") is
declined, as are staff in post, contract staff, posts given to someone, a reserve and a total
said beside the clauses, except a sum closing a row of plain counts ("...; tổng cộng 25.840
biên chế"): the total whose parts the clauses are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lotrinh.extract.chains import MERGING
from lotrinh.extract.document import NUM, YEAR, Line, tokens
from lotrinh.extract.lexicon import kind_of
from lotrinh.extract.result import Message
from lotrinh.extract.rules import MINIMUM_RATE
from lotrinh.extract.sentence import Change, Kind, Orphan, Part, Reading, Statement, Subject
from lotrinh.extract.statements import read_sentence
from lotrinh.extract.subjects import read_subject
from lotrinh.model import Category
from lotrinh.numbers import NumberError, Rounding, parse_count, parse_rate, percent, rate_matches

_I = re.IGNORECASE
_END = r"(?![0-9]|[.,][0-9])"
"""The number ends here."""
_COUNT = rf"(?P<n>{NUM}){_END}(?!\s?%)"
_UNIT_WORD = r"(?:chỉ\s+tiêu\s+biên\s+chế|biên\s+chế|người|chỉ\s+tiêu)(?!\w)"

_CATEGORY = (
    r"(?:cán\s+bộ,?\s+công\s+chức(?:\s+cấp\s+xã)?|công\s+chức|viên\s+chức"
    r"|người\s+làm\s+việc|(?:các\s+)?hội\s+(?:có\s+tính\s+chất\s+)?đặc\s+thù"
    # "2.236 biên chế hành chính", "biên chế sự nghiệp là 19.840 người": the law's older names
    r"|biên\s+chế\s+(?:hành\s+chính|sự\s+nghiệp))(?!\w)"
)
"""One category of posts, as the genre names it."""
_AND_ANOTHER = (
    r"(?!\s*(?:,|và|,\s*và)\s+(?:biên\s+chế\s+)?(?:cán\s+bộ|công\s+chức|viên\s+chức"
    r"|người\s+(?:làm\s+việc|lao\s+động))(?!\w))"
)
"""Not followed by another category with no count of its own: "300 công chức, viên chức"
counts both, never the first alone."""
_TAIL = (
    r"(?P<tail>(?:\s+(?!(?:giảm|tăng|là|còn|có|đạt|so|tương|t[ỷỉ]|bằng|tức|đã|và|năm|đến|được"
    r"|gồm|trong\s+đó|bao|kể|tổng|chiếm|mỗi|lần\s+lượt)(?!\w))[^\W\d_]+"
    r"|,(?=\s+tổ\s+chức\s))*)"
)
"""Words describing the category after its name ("hưởng lương từ ngân sách nhà nước", "trong
các cơ quan, tổ chức hành chính"), up to a verb, a year or the next clause."""
_NOT_POSTS_TAIL = re.compile(
    r"(?<!\w)(?:đang|có\s+mặt|hiện|thực\s+tế|hợp\s+đồng|lao\s+động|không\s+chuyên\s+trách"
    r"|nghỉ|tinh\s+giản|dôi\s+dư|tuyển|chưa|thiếu|vượt|dự\s+phòng|giáo\s+viên|điều\s+động"
    r"|bố\s+trí|chuyển|về|cho|được|xin|đề\s+nghị|bổ\s+sung|tạm|ước|khoảng|gần|hơn|hội"
    # paid from the units' own fees, not from the budget: no posts of the plan
    r"|nguồn\s+thu|tự\s+(?:bảo\s+đảm|chủ))(?!\w)",
    _I,
)
"""A tail that makes the count something other than the category's posts: staff in post,
contract staff, people leaving, posts given to someone, a reserve, a bound; or people of the
hội ("người làm việc tại các hội"), whose category the genre does not settle."""
_PLAIN_TAIL = re.compile(
    r"(?:\s*(?:hưởng\s+lương\s+(?:từ|bằng)\s+ngân\s+sách(?:\s+nhà\s+nước)?"
    r"|(?:làm\s+việc\s+)?(?:trong|tại)\s+(?:các\s+)?(?:cơ\s+quan,?\s+tổ\s+chức\s+hành\s+chính"
    r"(?:\s+nhà\s+nước)?|đơn\s+vị\s+sự\s+nghiệp(?:\s+công\s+lập)?)|hành\s+chính"
    r"|của\s+(?:tỉnh|thành\s+phố|huyện|bộ|ủy\s+ban)))*",
    _I,
)
"""Tails that only say the category again in the law's words: the category's own posts."""

_OWN_BODY = r"(?:toàn\s+)?(?:tỉnh|thành\s+phố|huyện|ủy\s+ban|bộ|ngành)"
"""The text's own body, named by its kind alone, never by its name."""
_MERGED = r"(?:hai|ba)\s+tỉnh"
"""The provinces merged into the text's own ("hai tỉnh được giao ..."): its own body only
where the sentence itself speaks of the merger (`_MERGER`)."""
_MERGER = re.compile(r"(?<!\w)(?:hợp\s+nhất|sáp\s+nhập)(?!\w)", re.IGNORECASE)
_MERGER_NOTE = (
    # "Năm 2021 (số liệu đã cộng của tỉnh X trước hợp nhất), ...": the year's figures summed
    # over the provinces merged since; never a note taking some of them out
    r"\((?=[^()]*(?<!\w)(?:hợp\s+nhất|sáp\s+nhập)(?!\w))"
    r"(?=[^()]*(?<!\w)(?:cộng|gộp|tổng\s+hợp|gồm\s+cả|kể\s+cả|tính\s+cả)(?!\w))"
    r"(?![^()]*(?<!\w)(?:chưa|không|trừ|ngoài|ước)(?!\w))[^()0-9]{1,100}\)"
)
_ALL_MERGED = (
    r"(?:\s+của\s+(?:(?:hai|ba|bốn|các)\s+[^\d();.,:]{1,80}?"
    r"|[^\d();.,:]{1,60}?\s+và\s+[^\d();.,:]{1,60}?)"
    r"\s+trước\s+(?:khi\s+)?(?:hợp\s+nhất|sáp\s+nhập|sắp\s+xếp))?"
)
"""Whose the base year's posts were: all the places merged since, named together ("của tỉnh A
và tỉnh B trước hợp nhất", "của hai tỉnh trước hợp nhất"); never one of them."""
_REPORTED = re.compile(
    # "Cũng theo Giám đốc Sở Nội vụ, ...", "Giám đốc Sở Nội vụ cho biết: ...", "Như vậy, ..."
    # (never "Theo lộ trình, ...": a plan's words, not who speaks)
    r"(?:(?:cũng\s+)?theo\s+(?:ông|bà|lãnh\s+đạo|giám\s+đốc|phó|trưởng|chủ\s+tịch|đại\s+diện"
    r"|sở|ban|bộ|ủy\s+ban|ubnd)(?!\w)[^\d,;:()]{0,80}?\s*,\s*"
    r"|[^\d,;:()]{2,80}?\s+cho\s+biết\s*[,:]\s*)?"
    # ("Tính chung so với năm 2021, ...": a connective summing up, no part of the row)
    r"(?:(?:như\s+vậy\s*,|(?:tính|nhìn)\s+chung\s*,?|tóm\s+lại\s*,"
    # ("Theo lộ trình, năm 2026 tỉnh còn ...": the plan's own words, outside a quotation)
    r"|theo\s+lộ\s+trình\s*,"
    # ("Riêng năm 2025 so với năm 2024, ...": the year set apart from those before it)
    r"|riêng(?=\s+năm\s)"
    # ("Ngoài ra, tỉnh giao ...": posts besides those above, `_BODY_GIVES`)
    r"|(?P<besides>ngoài\s+ra\s*,))\s*)?",
    _I,
)
"""Who says it, before the row: no part of it."""
_TOPIC = re.compile(
    # ("Kết quả đến năm 2026: ...": what the row comes to by then)
    r"(?:(?:kết\s+quả\s+)?(?:(?:tính\s+)?đến\s+(?:hết\s+)?)?năm\s+(?P<year>" + YEAR + r")"
    # "Năm 2022 (đã giao):", "Năm 2026 (dự kiến):"
    r"(?:\s*\((?![^()]*(?<!\w)ước(?!\w))[^()0-9]{1,30}\)|\s*"
    + _MERGER_NOTE
    # ("Năm 2025, sau hợp nhất, tỉnh được giao ...": the year the merged body's own)
    + r")?\s*(?:,(?:\s*sau\s+(?:khi\s+)?(?:hợp\s+nhất|sáp\s+nhập)\s*,)?|(?P<colon>:)|(?=\s+"
    + _OWN_BODY
    + r"\s)"
    # "Như vậy, đến năm 2026 công chức giảm 5 biên chế (5,21%), viên chức ...": the year
    # said before the first clause's category with no comma
    + r"|(?=\s+(?:biên\s+chế\s+|số\s+(?:lượng\s+)?)?"
    + _CATEGORY
    + r")"
    # (eng-and) "So với năm 2025, năm 2026 giảm 65 biên chế công chức và 1.242 người làm
    # việc": the year said right before the verb every count-first clause shares, no comma
    # (the lead `_LEAD` takes the verb next; each count must still name its own category)
    + r"|(?=\s+(?:(?:đã|sẽ|dự\s+kiến)\s+)?(?:cắt\s+)?(?:giảm|tăng)\s+[0-9])"
    # "Năm 2025 so với năm 2024, công chức giảm 4 biên chế (...), viên chức ...": the year,
    # then with no comma the comparison fronted with it (`read_categories` takes it next)
    + r"|(?=\s+so\s+với\s+năm\s+"
    + YEAR
    + r"\s*,))"
    # "so với số được giao năm 2021 (2.148 biên chế công chức và 29.940 người làm việc),":
    # each category's figure of the base year, recalled
    r"|so\s+với\s+(?:[^0-9();.,:]{0,40}?\s)?năm\s+(?P<base>"
    + YEAR
    + r")"
    # ("so với số được giao năm 2021 của tỉnh A và tỉnh B trước hợp nhất,": the base year's
    # posts of every place merged since, the merged body's own base; one place: a part)
    + _ALL_MERGED
    + r"(?:\s*\((?P<recall>[^()]*)\))?\s*,"
    # "Biên chế cấp huyện: biên chế công chức 1.329 người; ...": the level every clause is of
    r"|(?:biên\s+chế\s+)?(?:ở\s+)?(?P<level>cấp\s+(?:tỉnh|huyện|xã))\s*(?P<colon2>:)"
    r"|kết\s+quả\s+đến\s+năm\s+(?P<year2>"
    + YEAR
    + r")\s+so\s+với\s+năm\s+(?P<base2>"
    + YEAR
    + r")\s*:)[\s*]*",
    _I,
)
"""What the sentence fronts for every clause: a year, a comparison, or both."""
_LEAD = re.compile(
    # whose posts: the text's own body, never a named one
    rf"(?:(?P<merged>{_MERGED}\s+)|{_OWN_BODY}\s+)?"
    r"(?:(?:đã|sẽ|dự\s+kiến)\s+)?"
    r"(?:(?P<gives>được\s+(?:giao|phân\s+bổ)|giao|còn|bố\s+trí"
    # ("cắt giảm": a cut, as "giảm")
    r"|đề\s+nghị\s+(?:bộ\s+nội\s+vụ\s+)?giao)|(?:cắt\s+)?(?P<dir>giảm|tăng))\s+",
    _I,
)
"""The verb every count-first clause shares ("tỉnh được giao", "Ủy ban còn", "giảm")."""
_PROPOSED = re.compile(
    # "Ủy ban nhân dân tỉnh đề nghị Hội đồng nhân dân tỉnh giao 3.412 biên chế công chức, phê
    # duyệt 33.905 người làm việc ... và giao 198 biên chế các hội ... năm 2026.": the text's
    # own executive asks its own council to give the text's own body these posts
    r"(?:ủy\s+ban\s+nhân\s+dân|ubnd)\s+(?:tỉnh|thành\s+phố|huyện)\s+(?:đề\s+nghị|trình)\s+"
    r"(?:hội\s+đồng\s+nhân\s+dân|hđnd)\s+(?:tỉnh|thành\s+phố|huyện)\s+"
    r"(?P<gives>giao|phê\s+duyệt|quyết\s+định\s+giao)\s+",
    _I,
)
_BODY_GIVES = re.compile(
    rf"{_OWN_BODY}\s+(?:(?:đã|sẽ)\s+)?(?P<gives>được\s+(?:giao|phân\s+bổ)|giao)\s+", _I
)
"""The text's own body giving or given posts, with no year before it ("Ngoài ra, tỉnh giao
3.860 cán bộ, công chức cấp xã và 312 biên chế ..."): the year is the context's."""
_CLAUSE_VERB = re.compile(r"(?:được\s+)?(?:giao|phê\s+duyệt)\s+", _I)
_CUT_AGAIN = re.compile(r"(?P<dir>giảm|tăng)\s+", _I)
"""The lead's verb of change said again before a later clause's count ("toàn tỉnh giảm 135
biên chế công chức, tỷ lệ 5,11% và giảm 3.160 người làm việc, ..."): that clause's own."""
"""A clause's own verb of giving, after a lead that gives ("..., phê duyệt 33.905 người làm
việc ... và giao 198 biên chế ...")."""
_CLOSING_YEAR = re.compile(rf"\s+năm\s+(?P<year>{YEAR})(?!\s*[0-9])", _I)
"""The year said once after the last clause of a row joined by "," and "và" ("... và giao 198
biên chế các hội có tính chất đặc thù năm 2026."): every clause's."""
_CLOSING_BASE = re.compile(rf"\s*,?\s*so\s+với\s+năm\s+(?P<base>{YEAR})", _I)
"""A comparison said once after the last clause's parenthesis ("A (giảm 64 biên chế, ...) và
B (giảm 290 người, ...) so với năm 2021"): every change's, where none names its own."""
_REFRONTED = re.compile(
    rf"\s*;\s*so\s+với\s+(?:[^0-9();.,:]{{0,40}}?\s)?năm\s+(?P<base>{YEAR})\s*,\s*", _I
)
"""A second comparison fronted after ";" ("So với năm 2025, A giảm 46, ...; so với năm 2021, A
giảm 189 ..."): the clauses after it compare with it."""
_IN_POST_AFTER = re.compile(
    rf"\s*;\s*(?:(?:tính\s+)?đến\s+(?:ngày\s+)?[0-9]{{1,2}}/[0-9]{{1,2}}(?:/[0-9]{{4}})?\s*,?\s*)?"
    rf"(?:(?:toàn\s+)?{_OWN_BODY}\s+)?có\s+mặt\s+"
    rf"{NUM}{_END}\s*(?:{_UNIT_WORD}\s+)?(?:{_CATEGORY}|viên\s+chức)"
    rf"(?:\s*(?:,|và|,\s*và)\s*{NUM}{_END}\s*(?:{_UNIT_WORD}\s+)?(?:{_CATEGORY}|viên\s+chức))*",
    _I,
)
"""People in post on a day, said after the posts ("...; đến ngày 30/9/2025 có mặt 3.301 công
chức và 32.880 viên chức."): no figure of the plan, outside the row."""
_COUNT_FIRST = re.compile(
    rf"{_COUNT}\s*(?:{_UNIT_WORD}\s+)?(?P<cat>{_CATEGORY}){_AND_ANOTHER}{_TAIL}",
    _I,
)
_NAMED_FIRST = re.compile(
    r"(?P<cat>(?:(?:tổng\s+)?số\s+(?:lượng\s+)?|biên\s+chế\s+)?"
    + _CATEGORY
    + r")"
    + _AND_ANOTHER
    + _TAIL
    + r"(?:\s+(?:(?:đến\s+(?:hết\s+)?)?năm)\s+(?P<year>"
    + YEAR
    + r"))?(?:\s+(?:được\s+giao|giao|đã|dự\s+kiến))?"
    # "Biên chế công chức được giao năm 2021 là ...": the year after the verb
    + r"(?:\s+năm\s+(?P<year2>"
    + YEAR
    + r"))?"
    rf"(?:\s*(?:là|:|còn)?\s*{_COUNT}\s*(?:{_UNIT_WORD})?"
    r"|(?=\s+(?:giảm|tăng)\s|\s+(?:được\s+)?giữ\s+nguyên(?!\w)))",
    _I,
)
_RATE_AND_BASE = (
    rf"(?:\s*\(\s*(?:t[ỷỉ]\s+lệ(?:\s+giảm)?\s*(?:là\s+)?)?(?P<rate>{NUM}\s?%)\s*\)"
    r"|\s*,?\s*(?:tương\s+(?:đương|ứng)(?:\s+với)?(?:\s+giảm)?|đạt|t[ỷỉ]\s+lệ(?:\s+giảm)?"
    r"|bằng|tức)\s*(?:là\s+)?"
    rf"(?P<rate2>{NUM}\s?%))?"
    rf"(?P<so_voi>\s*,?\s*so\s+với\s+năm\s+(?P<base>{YEAR}))?"
)
_CHANGE = re.compile(
    r"(?:\s*,\s*|\s*(?P<open>\()\s*|\s+)(?P<dir>giảm|tăng)\s+"
    rf"(?P<n>{NUM}){_END}(?!\s?%)\s*(?:{_UNIT_WORD})?" + _RATE_AND_BASE,
    _I,
)
_KEPT = re.compile(
    r"(?:\s+|\s*(?P<comma>,)\s*)(?:được\s+)?giữ\s+nguyên(?:\s+so\s+với\s+năm\s+(?P<base>"
    + YEAR
    + r"))?"
    r"(?!\s*(?:như|bằng|[0-9]))",
    _I,
)
"""A clause's category kept as it was ("..., biên chế hội đặc thù giữ nguyên;"): a change of
none, against the row's comparison only."""
_CUT_RATE = re.compile(_RATE_AND_BASE, _I)
"""The rate (and comparison) of a count a shared verb changes ("giảm 102 biên chế công chức,
đạt 4,75%")."""
_RESPECTIVE = re.compile(
    r"(?:(?:mỗi|các)\s+chỉ\s+tiêu\s+)?(?:(?P<dir>giảm|tăng)\s+(?:tương\s+ứng|lần\s+lượt)"
    r"|(?:tương\s+ứng|lần\s+lượt)\s+(?P<dir2>giảm|tăng))(?:\s+là)?\s+"
    rf"(?P<counts>{NUM}{_END}(?:\s*(?:,|và|,\s*và)\s*{NUM}{_END})+)(?!\s?%)\s*(?:{_UNIT_WORD})?"
    rf"(?:\s*,?\s*so\s+với\s+năm\s+(?P<base>{YEAR}))?"
    # ("..., tương ứng 4,98% và 10,01%": each change's rate, in the same order)
    r"(?:\s*,\s*(?:tương\s+ứng|lần\s+lượt)(?:\s+(?:là|với))?(?:\s+(?:giảm|tăng))?\s+"
    rf"(?P<rates>{NUM}\s?%(?:\s*(?:,|và|,\s*và)\s*{NUM}\s?%)+))?",
    _I,
)
"""One change per clause before it, in their order ("mỗi chỉ tiêu giảm tương ứng 12 và 78"),
and each one's rate where the rates are said the same way after them."""
_KEPT_TOGETHER = re.compile(
    rf"(?:(?:đến\s+(?:hết\s+)?)?năm\s+(?P<year>{YEAR})\s*,\s*)"
    # ("công chức, viên chức" with a bare comma names both as one: their sum)
    rf"(?P<first>(?:biên\s+chế\s+|số\s+(?:lượng\s+)?)?{_CATEGORY})\s*,?\s+và\s+"
    rf"(?P<second>(?:biên\s+chế\s+|số\s+(?:lượng\s+)?)?{_CATEGORY})"
    r"(?:\s+của\s+(?:tỉnh|thành\s+phố|huyện|bộ|ủy\s+ban|ngành))?"
    r"\s+(?:(?:được|đều|vẫn)\s+)*(?:giữ\s+nguyên|không\s+thay\s+đổi)"
    rf"(?:\s+(?:như|so\s+với|bằng))?\s+năm\s+(?P<base>{YEAR})\s*\.?",
    _I,
)
"""Two categories unchanged against one year, said once for both."""
_NAMED = r"(?:biên\s+chế\s+|(?:tổng\s+)?số\s+(?:lượng\s+)?)?" + _CATEGORY
_PAIRED = re.compile(
    # "biên chế công chức và số người làm việc năm 2025 giảm lần lượt 35 và 402, tương ứng
    # 1,60% và 1,56%": two categories named, then their two changes in the same order
    rf"(?P<first>{_NAMED})\s*,?\s+và\s+(?P<second>{_NAMED})"
    rf"(?:\s+của\s+{_OWN_BODY})?(?:\s+năm\s+(?P<year>{YEAR}))?\s+(?:(?:đã|đều)\s+)?"
    r"(?P<dir>giảm|tăng)\s+(?:lần\s+lượt|tương\s+ứng)(?:\s+là)?\s+"
    rf"(?P<n1>{NUM}){_END}(?!\s?%)\s*(?:{_UNIT_WORD})?\s*(?:,|và|,\s*và)\s*"
    rf"(?P<n2>{NUM}){_END}(?!\s?%)\s*(?:{_UNIT_WORD})?"
    r"(?:\s*,\s*(?:tương\s+ứng|lần\s+lượt)(?:\s+(?:là|với))?(?:\s+(?:giảm|tăng))?\s+"
    rf"(?P<r1>{NUM}\s?%)\s*(?:,|và|,\s*và)\s*(?P<r2>{NUM}\s?%))?"
    rf"(?:\s*,?\s*so\s+với\s+năm\s+(?P<base>{YEAR}))?\s*\.?",
    _I,
)
"""Two categories, their two changes "lần lượt" (each rate, if said, after them in turn)."""
_PAIRED_VALUES = re.compile(
    # "biên chế công chức và số người làm việc của tỉnh lần lượt là 2.148 và 25.312": two
    # categories named, then their two figures in the same order
    rf"(?P<first>{_NAMED})\s*,?\s+và\s+(?P<second>{_NAMED})"
    rf"(?:\s+của\s+{_OWN_BODY})?(?:\s+năm\s+(?P<year>{YEAR}))?\s+(?:lần\s+lượt|tương\s+ứng)"
    rf"\s+là\s+(?P<n1>{NUM}){_END}(?!\s?%)\s*(?:{_UNIT_WORD})?\s*(?:,|và|,\s*và)\s*"
    rf"(?P<n2>{NUM}){_END}(?!\s?%)\s*(?:{_UNIT_WORD})?\s*\.?",
    _I,
)
_CLOSE = re.compile(r"\s*\)")
_BETWEEN = re.compile(r"\s*(?:;\s*(?:và\s+)?|,\s*(?:và\s+)?|(?<=\s)và\s+)", _I)
_CITED = re.compile(
    r",\s*(?:vượt|đạt|bảo\s+đảm|đảm\s+bảo|hoàn\s+thành)\s+(?:mục\s+tiêu|yêu\s+cầu|chỉ\s+tiêu)"
    r"(?:(?!so\s+với)[^;()])*?(?=\s*;)",
    _I,
)
"""A target the clause meets, cited between two clauses: no figure of the row."""
_LEVEL = re.compile(r"(?<!\w)cấp\s+(?:tỉnh|huyện|xã)(?!\w)", _I)
_CLAUSES_APART = re.compile(r";|(?<!\w)và(?!\w)", _I)
_QUOTES = "\"“”'*"
_TRAIL = re.compile(r"\s*(?:[.;]\s*)?$")
_REMARK = re.compile(r",\s+[^;%()]*$")
"""What may close the row after its last clause: a remark stating no figure ("..., bảo đảm yêu
cầu của Kết luận số 40-KL/TW")."""
_SUM = re.compile(
    r"\s*(?P<sep>[;,])\s*(?:(?P<total>tổng\s+cộng|tổng\s+số|cộng)\s+(?:là\s+|có\s+)?"
    rf"{_COUNT}\s*(?:biên\s+chế|người|chỉ\s+tiêu(?:\s+biên\s+chế)?)?(?!\s*\w))",
    _I,
)
"""The sum of the clauses said after the last one ("...; tổng cộng 25.840 biên chế."): the
total whose parts the clauses are, a slip to find where it does not add up. After a comma
("... và 5.627 người làm việc, tổng cộng 6.125 người.", eng-probe7) the words may as well
close the last clause: read only where the count is the clauses' sum (else unread)."""
_UNSURE_BASE = Message(
    "câu nêu nhiều loại biên chế, mỗi thay đổi có thể so với một năm khác: không rõ năm so sánh "
    "của từng số",
    "several categories whose changes may compare with different years: which year each "
    "compares with is unclear",
)
_SUM_CUT = re.compile(
    r"\s*,\s*(?P<total>tổng\s+cộng|tổng\s+số|cộng)\s+(?P<dir>giảm|tăng)\s+"
    rf"(?P<n>{NUM}){_END}(?!\s?%)\s*(?:{_UNIT_WORD})?" + _RATE_AND_BASE,
    _I,
)
"""The sum of the cuts said after them ("huyện giảm 8 biên chế công chức (5,63%) và 240 viên
chức (10,06%), tổng cộng giảm 248 người (9,81%) so với năm 2021"): the total's own cut."""
_ONE_CATEGORY_TWICE = Message(
    "câu nêu cùng một loại biên chế hai lần trong một vế: không rõ số nào của nó",
    "the sentence names one category twice in one part: which figure is its own is unclear",
)
_GLOSS = re.compile(
    # "2.236 biên chế hành chính (công chức cấp tỉnh, cấp huyện)": the category said again in
    # other words, over every level the text's own body has; any other note is declined
    r"\s*\(\s*(?P<gloss>(?:cán\s+bộ,?\s+)?công\s+chức|viên\s+chức|người\s+làm\s+việc)"
    r"(?:\s+(?:của\s+)?cấp\s+tỉnh\s*(?:,|và)\s*cấp\s+(?:huyện|xã))?\s*\)",
    _I,
)
_NOTE = re.compile(r"\s*\(\s*(?P<note>[^()0-9]{1,80}?)\s*\)", _I)
"""Any note in parentheses after a clause's category."""
_WHOSE_CHANGE = Message(
    "sau số của nhiều loại biên chế, câu nêu thay đổi không nói của loại nào",
    "after the counts of several categories, a change names no category of its own",
)
_UNSURE_NOTE = Message(
    "ghi chú trong ngoặc sau một loại biên chế nêu phạm vi khác: không rõ số đó của phạm vi nào",
    "a note in parentheses after a category names another scope: whose figure it is, unclear",
)
_TEACHERS_AFTER = re.compile(
    rf"\s*(?:,|(?P<paren>\())\s*trong\s+đó\s+có\s+(?P<n>{NUM}){_END}(?!\s?%)\s*"
    r"(?:biên\s+chế\s+)?(?P<who>giáo\s+viên|giảng\s+viên)(?!\w)(?(paren)\s*\))",
    _I,
)
"""Teachers counted inside the last clause's figure ("...; biên chế sự nghiệp là 19.840 người,
trong đó có 14.210 giáo viên.", "... là 24.870 người (trong đó có 17.240 giáo viên)."): some
of it, a unit of its own."""
_NOT_A_REMARK = re.compile(r"(?<!\w)(?:so\s+với|giảm|tăng|gồm|trong\s+đó|tổng)(?!\w)", _I)


def read_categories(
    text: str, own: tuple[str, ...] = (), *, district: bool = False, city: bool = True
) -> Reading | None:
    """The sentence read as a row of clauses, one per category, or None. `own`: the names
    the document's header gives its own body (`meta.Meta.own`), case folded; `district`: the
    text is a district's own (`district_text`); `city`: "thành phố" alone may be the text's
    own body (`city_text`)."""
    core, offset = _core(text)
    if core is None:
        return None
    kept = _KEPT_TOGETHER.fullmatch(core)
    if kept is not None:
        return _kept_together(kept)
    whole = _total_then_parts(text, core, offset)
    if whole is not None:
        return whole
    recalled_pair = _RECALLED_PAIR.fullmatch(core)
    if recalled_pair is not None:
        return _recalled_pair(text, core, offset, recalled_pair)
    # who says it, before the row; inside a quotation the words are the speaker's own
    reported = _REPORTED.match(core) if offset == 0 else None
    position = reported.end() if reported is not None else 0
    topic = _TOPIC.match(core, position)
    year = _int(topic, "year", "year2")
    fronted_base = _int(topic, "base", "base2")
    recall = topic.span("recall") if topic is not None else (-1, -1)
    if topic is not None:
        position = topic.end()
        # "so với năm 2021 (...), đến năm 2025 tỉnh đã giảm ...": a year after a comparison
        second = _TOPIC.match(core, position)
        if second is not None and fronted_base is not None and second.group("year"):
            year, topic, position = int(second.group("year")), second, second.end()
        elif second is not None and year is not None and second.group("base"):
            # "Năm 2025, so với năm 2024, ...": the year, then the comparison
            fronted_base, recall = int(second.group("base")), second.span("recall")
            topic, position = second, second.end()
    paired = _PAIRED.fullmatch(core, position) if topic is not None else None
    if paired is not None and topic is not None and not topic.group("level"):
        return _paired(text, core, offset, paired, year, fronted_base, recall)
    values = _PAIRED_VALUES.fullmatch(core, position)
    if values is not None and (topic is None or not (topic.group("level") or fronted_base)):
        return _paired(text, core, offset, values, year, None, (-1, -1))
    if topic is not None:
        position = _past_own_name(core, position, own)
    lead = _LEAD.match(core, position) if topic is not None else None
    if topic is None and reported is not None and reported.end() == 0:
        lead = _PROPOSED.match(core, position)
    elif topic is None and reported is not None and reported.group("besides"):
        lead = _BODY_GIVES.match(core, position)
    shared_cut: bool | None = None
    if lead is not None:
        if "merged" in lead.re.groupindex and lead.group("merged") and not _MERGER.search(core):
            return None  # "hai tỉnh" of no merger: which provinces, unsaid
        if not district and _DISTRICT_LEAD.match(core, lead.start()):
            return None  # "huyện giảm 42 viên chức và 10 biên chế công chức": the district's
        if not city and _CITY_LEAD.match(core, lead.start()):
            return None  # "thành phố giảm 30 biên chế công chức và 120 viên chức": a city's
        position = lead.end()
        if "dir" in lead.re.groupindex and lead.group("dir"):
            shared_cut = lead.group("dir").lower() == "tăng"
    # a clause of its own verb of giving, after a lead that gives ("..., phê duyệt B ... và
    # giao C ...")
    verbs = lead is not None and shared_cut is None
    # "Năm 2024: 2.833 biên chế công chức; ...": the year's colon opens the counts
    led = lead is not None or (
        topic is not None and bool(topic.group("colon") or topic.group("colon2"))
    )
    level = topic.group("level") if topic is not None else None
    clauses: list[_Clause] = []
    joins: list[str] = []
    quoted: list[tuple[int, int]] = []
    segment, comparing = 0, fronted_base
    said_again = False
    while True:
        cut = shared_cut
        again = _CUT_AGAIN.match(core, position) if shared_cut is not None and clauses else None
        if again is not None:
            cut, position = again.group("dir").lower() == "tăng", again.end()
            said_again = True
        clause = _clause(core, position, led, cut)
        if clause is None and segment and fronted_base is None and len(clauses) > 1:
            # "Năm 2025, tỉnh được giao A công chức và B người làm việc; so với năm 2021, giảm
            # N biên chế": which category's change, unsaid (never the last one's)
            return _declined(text, _WHOSE_CHANGE)
        if clause is None:
            return None
        clause.fronted, clause.segment = comparing, segment
        clauses.append(clause)
        position = clause.end
        cited = _CITED.match(core, position)
        if cited is not None:
            # "..., vượt mục tiêu giảm tối thiểu 5% đến năm 2026 theo Kết luận số 40-KL/TW;":
            # the least cut the law asks for, quoted, outside the plan ("..., đạt yêu cầu;":
            # no figure at all)
            minimums = [m.span("n") for m in MINIMUM_RATE.finditer(core, 0, cited.end())]
            minimums = [span for span in minimums if span[0] >= position]
            found = [
                (t.start + position, t.end + position) for t in tokens(cited.group()) if t.quantity
            ]
            if (found and not minimums) or any(span not in minimums for span in found):
                return None
            quoted += minimums
            position = cited.end()
        refronted = _REFRONTED.match(core, position)
        if comparing is None and refronted is not None and not _plain_counts(clauses, year):
            refronted = None
        if refronted is not None and recall[0] < 0:
            # "...; so với năm 2021, biên chế công chức giảm 189 ...": the clauses after it
            # compare with that year
            position, segment = refronted.end(), segment + 1
            comparing = int(refronted.group("base"))
            joins.append(refronted.group())
            continue
        between = _BETWEEN.match(core, position)
        following = (
            _next_clause(core, between.end(), verbs, shared_cut is not None)
            if between is not None
            else None
        )
        if between is not None and following is not None:
            position = following
            joins.append(between.group())
            continue
        respective = _RESPECTIVE.match(core, between.end()) if between is not None else None
        if respective is not None:
            if not _take_respective(respective, clauses):
                return None
            position = respective.end()
        summed = _SUM.match(core, position) if respective is None else None
        if summed is not None:
            position = summed.end()
        summed_cut = (
            _SUM_CUT.match(core, position)
            if respective is None and summed is None and shared_cut is not None
            else None
        )
        closing_base = None
        if summed_cut is not None:
            if (summed_cut.group("dir").lower() == "tăng") is not shared_cut:
                return None
            position = summed_cut.end()
            if summed_cut.group("so_voi"):
                # "..., tổng cộng giảm 248 người (9,81%) so với năm 2021": said once, after all
                if not _ends(core[position:]):
                    return None
                closing_base = int(summed_cut.group("base"))
        teachers = _TEACHERS_AFTER.match(core, position) if summed_cut is None else None
        if teachers is not None:
            position = teachers.end()
        closing = _CLOSING_BASE.match(core, position)
        if closing is not None and closing_base is None and _ends(core[closing.end() :]):
            closing_base, position = int(closing.group("base")), closing.end()
        closing_year = _CLOSING_YEAR.match(core, position)
        if closing_year is not None and _TRAIL.fullmatch(core, closing_year.end()) is not None:
            if year is not None or any(";" in join for join in joins):
                return None  # whose year, the first's or every clause's: unsaid
            year, position = int(closing_year.group("year")), closing_year.end()
        in_post = _IN_POST_AFTER.match(core, position)
        if in_post is not None and _TRAIL.fullmatch(core, in_post.end()) is not None:
            # people in post said after the posts: outside the row
            quoted += [
                (t.start + in_post.start(), t.end + in_post.start())
                for t in tokens(in_post.group())
                if t.quantity
            ]
            position = in_post.end()
        if not _ends(core[position:]):
            return None
        break
    if len(clauses) < 2:
        return None
    if fronted_base is None and segment and not _changes_of_counted(clauses):
        return None
    if (
        said_again
        and fronted_base is None
        and closing_base is None
        and not any(_named_base(clause) for clause in clauses)
    ):
        # "đến năm 2026, toàn tỉnh giảm A ... và giảm B ..." naming no comparison: by then
        # against which year, the row does not say (the context's year before would be a
        # guess)
        return None
    if any(clause.odd_note for clause in clauses):
        return _declined(text, _UNSURE_NOTE)
    if level is not None:
        if any(_LEVEL.search(clause.name) for clause in clauses):
            return None  # a level of its own under the topic's: which one, unsure
        for clause in clauses:
            clause.name += " " + level
    if summed is not None:
        quoted.append(summed.span("n"))  # placed below, as the total's own figure
    reading = _reading(
        text,
        core,
        offset,
        clauses,
        joins,
        year,
        fronted_base,
        recall,
        quoted
        + (_sum_spans(summed_cut) if summed_cut is not None else [])
        + ([teachers.span("n")] if teachers is not None else []),
        closing_base,
    )
    if reading is not None and teachers is not None:
        return _with_teachers(text, reading, core, offset, teachers)
    if reading is not None and summed_cut is not None:
        return _summed_cut(reading, core, offset, summed_cut, year)
    if reading is None or summed is None:
        return reading
    return _summed(reading, core, offset, summed, year)


_OWN_NAMED_LEAD = re.compile(
    r"\s+(?:(?:đã|sẽ|dự\s+kiến)\s+)?(?:được\s+(?:giao|phân\s+bổ)|còn"
    r"|đề\s+nghị\s+(?:bộ\s+nội\s+vụ\s+)?giao)\s",
    _I,
)
"""What may follow the text's own body named in full: its being given or keeping posts, or
asking for them ("Năm 2026, Thông tấn xã Việt Nam đề nghị giao ..."); never its giving them
("Bộ Tài chính giao ...": to whom, unsaid)."""


def _plain_counts(clauses: list[_Clause], year: int | None) -> bool:
    """The row so far, before "; so với năm B, ...", is the year's counts and nothing else
    ("Năm 2025, tỉnh được giao 3.120 biên chế công chức và 41.500 người làm việc; so với năm
    2021, ..."): the changes after it may be those counts' own."""
    return year is not None and all(
        c.value is not None and c.change is None and c.cut is None and c.kept is None
        for c in clauses
    )


def _changes_of_counted(clauses: list[_Clause]) -> bool:
    """After a row of plain counts, the comparison's clauses each change a category counted
    before it and state no count of their own ("...; so với năm 2021, công chức đã giảm 160
    biên chế (4,88%), người làm việc đã giảm 2.100 người (4,82%)"); a category not counted,
    or counted again: whose change, unsure."""
    counted = [kind_of(c.name) for c in clauses if c.segment == 0]
    changed = [kind_of(c.name) for c in clauses if c.segment > 0]
    kinds = {k.category for k in counted if k is not None}
    if None in counted or None in changed or len(kinds) < len(counted):
        return False
    return all(
        c.change is not None and c.value is None and c.cut is None for c in clauses if c.segment > 0
    ) and all(k is not None and k.category in kinds for k in changed)


_DISTRICT_LEAD = re.compile(r"(?:toàn\s+)?huyện\s", _I)
"""A row's lead naming a district by its kind alone ("Năm 2025, huyện giảm 42 viên chức và 10
biên chế công chức ..."): the text's own body only in a district's text (`district_text`);
anywhere else the district's posts, never the text's own categories (the general reader names
them the district's, or declines)."""
_DISTRICT_HEADER = re.compile(
    r"(?:(?:ủy\s+ban\s+nhân\s+dân|ubnd|hội\s+đồng\s+nhân\s+dân|hđnd)\s+)?huyện(?:\s+ủy)?\s+\w"
    r"|.*?(?<!\w)của\s+(?:(?:ủy\s+ban\s+nhân\s+dân|ubnd)\s+)?huyện\s+\w",
    _I,
)
_OTHER_LEVEL_HEADER = re.compile(
    r"(?:(?:ủy\s+ban\s+nhân\s+dân|ubnd|hội\s+đồng\s+nhân\s+dân|hđnd)\s+)?(?:tỉnh|bộ)(?:\s+ủy)?\s+\w"
    r"|.*?(?<!\w)của\s+(?:(?:ủy\s+ban\s+nhân\s+dân|ubnd)\s+)?(?:tỉnh|bộ)(?!\w)",
    _I,
)


_CITY_LEAD = re.compile(r"(?:toàn\s+)?thành\s+phố\s", _I)
"""(eng-latent3) A row's lead naming a city by its kind alone ("Năm 2026, thành phố giảm 30
biên chế công chức và 120 viên chức ..."): the text's own body only in a city's text
(`city_text`); in a province's or a district's the city of it (the general reader names its
posts, or declines), never the text's own categories."""
_CITY_HEADER = re.compile(
    r"(?:(?:ủy\s+ban\s+nhân\s+dân|ubnd|hội\s+đồng\s+nhân\s+dân|hđnd)\s+)?thành\s+phố\s+\w"
    r"|thành\s+ủy\s+\w"
    r"|.*?(?<!\w)của\s+(?:(?:ủy\s+ban\s+nhân\s+dân|ubnd)\s+)?thành\s+phố\s+\w",
    _I,
)
_NOT_CITY_HEADER = re.compile(
    r"(?:(?:ủy\s+ban\s+nhân\s+dân|ubnd|hội\s+đồng\s+nhân\s+dân|hđnd)\s+)?"
    r"(?:tỉnh|bộ|huyện)(?:\s+ủy)?\s+\w"
    r"|.*?(?<!\w)của\s+(?:(?:ủy\s+ban\s+nhân\s+dân|ubnd)\s+)?(?:tỉnh|bộ|huyện)(?!\w)",
    _I,
)


def city_text(lines: list[Line], own: tuple[str, ...] = ()) -> bool:
    """Whether "thành phố" alone may name the text's own body: where the header or the first
    line names a city its own ("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "… của thành phố A"),
    or the text names no body of another kind (a lone passage); never in a province's, a
    ministry's or a district's text, where it is a city of that body."""
    first = next((line.body.strip(" *#\t") for line in lines if line.body.strip(" *#\t")), "")
    first = " ".join(first.split())
    if _CITY_HEADER.match(first) or any(name.startswith("thành phố ") for name in own):
        return True
    return not own and _NOT_CITY_HEADER.match(first) is None


def district_text(lines: list[Line], own: tuple[str, ...] = ()) -> bool:
    """Whether "huyện" alone may name the text's own body: not where the text names a
    province or a ministry its own, by its header (`meta.Meta.own`, "ỦY BAN NHÂN DÂN TỈNH
    …", "BỘ …") or its title ("Báo cáo tinh giản biên chế của tỉnh A"), unless its first
    line names a district ("ỦY BAN NHÂN DÂN HUYỆN THUẬN CHÂU", "… của huyện A"). A text
    naming neither (a lone passage) keeps "huyện" its own, as before."""
    if district_header(lines, own):
        return True
    first = next((line.body.strip(" *#\t") for line in lines if line.body.strip(" *#\t")), "")
    return not own and _OTHER_LEVEL_HEADER.match(" ".join(first.split())) is None


def district_header(lines: list[Line], own: tuple[str, ...] = ()) -> bool:
    """Whether the text says it is a district's own: its first line names a district ("ỦY
    BAN NHÂN DÂN HUYỆN THUẬN CHÂU", "HUYỆN ỦY …", "… của huyện A") or its header's body is
    one. A lone passage naming no body is not (unlike `district_text`)."""
    first = next((line.body.strip(" *#\t") for line in lines if line.body.strip(" *#\t")), "")
    first = " ".join(first.split())
    return bool(_DISTRICT_HEADER.match(first)) or any(name.startswith("huyện ") for name in own)


def _past_own_name(core: str, position: int, own: tuple[str, ...]) -> int:
    """Past the text's own body named in full before the row's verb ("Năm 2021, Bộ Xây dựng
    được giao ...", in the Bộ's own report), as "Bộ được giao" would be; anywhere else, or in
    a sentence naming a place as it was before a merger, where it was."""
    if MERGING.search(core):
        return position
    for name in own:
        end = position + len(name)
        if core[position:end].casefold() == name and _OWN_NAMED_LEAD.match(core, end):
            return end + 1
    return position


_RECALLED_PAIR = re.compile(
    # "So với số giao năm 2021 (1.781 biên chế công chức và 12.904 người làm việc), năm 2025
    # giảm lần lượt 155 biên chế (8,70%) và 1.188 người (9,21%).": the categories named in the
    # recalled base, then their changes in the same order
    rf"so\s+với\s+(?:[^0-9();.,:]{{0,40}}?\s)?năm\s+(?P<base>{YEAR})\s*\((?P<recall>[^()]*)\)"
    # (never "năm 2025 sau điều chỉnh": the adjusted figure is a unit apart from the one given)
    rf"\s*,\s*(?:đến\s+)?năm\s+(?P<year>{YEAR})\s+(?:đã\s+)?"
    r"(?P<dir>giảm|tăng)\s+(?:lần\s+lượt|tương\s+ứng)(?:\s+là)?\s+"
    rf"(?P<n1>{NUM}){_END}(?!\s?%)\s*(?:{_UNIT_WORD})?(?:\s*\(\s*(?P<r1>{NUM}\s?%)\s*\))?"
    r"\s*(?:,|và|,\s*và)\s*"
    rf"(?P<n2>{NUM}){_END}(?!\s?%)\s*(?:{_UNIT_WORD})?(?:\s*\(\s*(?P<r2>{NUM}\s?%)\s*\))?"
    r"\s*\.?",
    _I,
)


def _recalled_pair(text: str, core: str, offset: int, match: re.Match[str]) -> Reading | None:
    """The two changes "lần lượt" of the two categories the recalled base names, in that
    order: only where the base names exactly two distinct categories, each a plain count,
    and the year changed comes after the base."""
    base, year = int(match.group("base")), int(match.group("year"))
    if base >= year:
        return None
    items: list[re.Match[str]] = []
    position = match.start("recall")
    while True:
        item = _COUNT_FIRST.match(core, position)
        if item is None or not _PLAIN_TAIL.fullmatch(item.group("tail")):
            return None
        items.append(item)
        between = _BETWEEN.match(core, item.end())
        if between is None or item.end() >= match.end("recall"):
            break
        position = between.end()
    if len(items) != 2 or core[items[-1].end() : match.end("recall")].strip():
        return None
    reading = Reading()
    categories: set[Category] = set()
    for item, count_group, rate_group in zip(items, ("n1", "n2"), ("r1", "r2"), strict=True):
        named = _category_once(item.group("cat"), categories)
        figure, count = _count(core, item.span("n")), _count(core, match.span(count_group))
        if named is None:
            return None
        subject, category = named
        if subject.where is not None or subject.qualifier or figure is None or count is None:
            return None
        categories.add(category)
        change = Change(
            match.group("dir").lower() == "tăng",
            count,
            None,
            base,
            [_moved(match.span(count_group), offset)],
        )
        if match.group(rate_group):
            try:
                change.rate = parse_rate(match.group(rate_group))
            except NumberError:
                return None
            change.spans.append(_moved(match.span(rate_group), offset))
        earlier = Statement(
            replace(subject, year=base), figure, _moved(item.span("n"), offset), sets_year=False
        )
        later = Statement(replace(subject, year=year))
        later.changes.append(change)
        reading.statements += [earlier, later]
    used = {s.value_span for s in reading.statements if s.value_span is not None}
    used |= {span for s in reading.statements for c in s.changes for span in c.spans}
    if {(t.start, t.end) for t in tokens(text) if t.quantity} != used:
        return None
    return reading


_PARTS_OPEN = re.compile(r"\s*,\s*(?:(?:bao\s+)?gồm|trong\s+đó)\s*:?\s*", _I)
"""What opens the parts after a total's figure ("..., gồm", "..., trong đó")."""
_BARE_TOTAL = re.compile(
    # "Số được giao năm 2021 là 39.992 biên chế", its parts named after it: the whole of them
    rf"(?:tổng\s+)?số(?:\s+biên\s+chế)?(?:\s+được\s+giao)?\s+năm\s+(?P<year>{YEAR})\s+là\s+"
    rf"{_COUNT}\s*(?:biên\s+chế|người)?",
    _I,
)
_PART_CATEGORIES = (Category.CBCC, Category.VC, Category.HOI)


def _category_once(name: str, seen: set[Category]) -> tuple[Subject, Category] | None:
    """The subject a name is, and its category, when it names one category plainly (its words
    and the lexicon agree) and not one already named in the sentence; otherwise None."""
    subject = read_subject(name)
    found = kind_of(name)
    if (
        subject.kind is not Kind.CATEGORY
        or subject.category is None
        or found is None
        or found.category is not subject.category
        or subject.category in seen
    ):
        return None
    return subject, subject.category


def _total_then_parts(text: str, core: str, offset: int) -> Reading | None:
    """ "Tổng biên chế của tỉnh năm 2026 là 21.468, gồm 2.036 biên chế công chức, 19.322
    người làm việc trong các đơn vị sự nghiệp công lập và 110 biên chế hội có tính chất đặc
    thù": a total read alone, then a row of its parts, each a plain count of its own category
    (công chức, VC, hội) with no change, year, body or qualifier of its own; otherwise None."""
    opened = _PARTS_OPEN.search(core)
    if opened is None:
        return None
    head = text[: offset + opened.start()]
    bare = _BARE_TOTAL.fullmatch(core, 0, opened.start())
    if bare is not None:
        count = _count(core, bare.span("n"))
        if count is None:
            return None
        total = Statement(replace(read_subject("tổng biên chế"), year=int(bare.group("year"))))
        total.value, total.value_span = count, _moved(bare.span("n"), offset)
    else:
        first = read_sentence(head)
        if (
            len(first.statements) != 1
            or first.orphans
            or first.outside
            or first.contracts
            or first.people
        ):
            return None
        total = first.statements[0]
        if (
            total.subject.kind is not Kind.TOTAL
            or total.value is None
            or total.value_span is None
            or total.changes
            or total.parts
            or total.subject.year is None
        ):
            return None
    position = opened.end()
    parts: list[Part] = []
    while True:
        clause = _clause(core, position, True, None)
        if (
            clause is None
            or clause.value is None
            or clause.change is not None
            or clause.kept is not None
            or clause.odd_note
            or clause.year not in (None, total.subject.year)
        ):
            return None
        subject = read_subject(clause.name)
        found = kind_of(clause.name)
        count = _count(core, clause.value)
        if (
            subject.kind is not Kind.CATEGORY
            or subject.category not in _PART_CATEGORIES
            or found is None
            or found.category is not subject.category
            or subject.where is not None
            or subject.qualifier
            or subject.year is not None
            or count is None
            or any(part.category is subject.category for part in parts)
        ):
            return None
        assert subject.category is not None
        parts.append(Part(subject.category, count, _moved(clause.value, offset), None))
        position = clause.end
        between = _BETWEEN.match(core, position)
        following = _next_clause(core, between.end(), False) if between is not None else None
        if following is None:
            break
        position = following
    teachers = _TEACHERS_AFTER.match(core, position) if parts else None
    subset = _part_teachers(core, offset, total, parts[-1], teachers) if teachers else None
    if teachers is not None:
        if subset is None:
            return None
        position = teachers.end()
    if len(parts) < 2 or not _ends(core[position:]):
        return None
    total.parts = parts
    used = {total.value_span} | {part.span for part in parts}
    if subset is not None and subset.value_span is not None:
        used.add(subset.value_span)
    if {(t.start, t.end) for t in tokens(text) if t.quantity} != used:
        return None
    return Reading(statements=[total] if subset is None else [total, subset])


def _part_teachers(
    core: str, offset: int, total: Statement, last: Part, teachers: re.Match[str]
) -> Statement | None:
    """ "..., trong đó ... và số lượng người làm việc ... là 24.870 người (trong đó có 17.240
    giáo viên)": the teachers counted in the last part's figure, a unit of their own within
    the VC category, only where that part is the VC's and holds more than them."""
    count = _count(core, teachers.span("n"))
    if count is None or last.category is not Category.VC or last.count <= count:
        return None
    who = " ".join(teachers.group("who").split())
    subject = Subject(Kind.CATEGORY, who, Category.VC, year=total.subject.year, qualifier=who)
    subset = Statement(subject, count, _moved(teachers.span("n"), offset))
    subset.sets_year, subset.subset = False, True
    return subset


def _with_teachers(
    text: str, reading: Reading, core: str, offset: int, teachers: re.Match[str]
) -> Reading | None:
    """The teachers counted in the last clause's figure: only where that clause is the VC's
    figure (no change, no qualifier) and holds more than them."""
    last = reading.statements[-1] if reading.statements else None
    count = _count(core, teachers.span("n"))
    if (
        last is None
        or count is None
        or last.value is None
        or last.changes
        or last.subject.category is not Category.VC
        or last.subject.qualifier
        or count >= last.value
        or any(s.container is not None for s in reading.statements)
    ):
        return None
    who = " ".join(teachers.group("who").split())
    subject = Subject(Kind.CATEGORY, who, Category.VC, year=last.subject.year, qualifier=who)
    subset = Statement(subject, count, _moved(teachers.span("n"), offset), container=last)
    subset.sets_year, subset.subset = False, True
    reading.statements.append(subset)
    reading.outside = [span for span in reading.outside if span != subset.value_span]
    return reading


def _sum_spans(summed: re.Match[str]) -> list[tuple[int, int]]:
    """The sum's count and rate, placed as the total's own (`_summed_cut`)."""
    rate = "rate" if summed.group("rate") else "rate2" if summed.group("rate2") else None
    return [summed.span("n")] + ([summed.span(rate)] if rate is not None else [])


def _ends(rest: str) -> bool:
    """Whether what follows the row's last clause closes it: nothing, or a remark stating no
    figure ("..., bảo đảm yêu cầu của Kết luận số 40-KL/TW")."""
    return _TRAIL.fullmatch(rest) is not None or (
        _REMARK.match(rest) is not None
        and not _NOT_A_REMARK.search(rest)
        and not any(token.quantity for token in tokens(rest))
    )


def _summed_cut(
    reading: Reading, core: str, offset: int, summed: re.Match[str], year: int | None
) -> Reading | None:
    """The cut of the total said after the cuts of its categories: only after one cut each of
    công chức and VC against one year, nothing else; its base year is theirs."""
    statements = reading.statements
    bases = {c.base_year for s in statements for c in s.changes}
    if (
        len(bases) != 1
        or None in bases
        or sorted(str(s.subject.category) for s in statements)
        != sorted(str(c) for c in (Category.CBCC, Category.VC))
        or any(
            s.value is not None
            or len(s.changes) != 1
            or s.parts
            or s.subject.where is not None
            or s.subject.qualifier
            for s in statements
        )
    ):
        return None
    count = _count(core, summed.span("n"))
    if count is None:
        return None
    span = _moved(summed.span("n"), offset)
    change = Change(summed.group("dir").lower() == "tăng", count, None, bases.pop(), [span])
    if not _take_rate(core, offset, summed, change):
        return None
    total = Statement(replace(read_subject(summed.group("total")), year=year))
    total.changes.append(change)
    reading.statements.append(total)
    reading.outside = [each for each in reading.outside if each not in change.spans]
    return reading


def _next_clause(core: str, position: int, verbs: bool, cutting: bool = False) -> int | None:
    """Where the next clause starts after a join (past its own verb of giving, where the
    lead gives; at its verb of change said again, where the lead changes), or None where no
    clause follows."""
    if cutting:
        again = _CUT_AGAIN.match(core, position)
        if again is not None and _COUNT_FIRST.match(core, again.end()):
            return position
    if verbs:
        verb = _CLAUSE_VERB.match(core, position)
        if verb is not None and _COUNT_FIRST.match(core, verb.end()):
            return verb.end()
    if _COUNT_FIRST.match(core, position) or _NAMED_FIRST.match(core, position):
        return position
    return None


def _paired(
    text: str,
    core: str,
    offset: int,
    paired: re.Match[str],
    year: int | None,
    fronted: int | None,
    recall: tuple[int, int],
) -> Reading | None:
    """Two categories' changes "lần lượt", in the order the categories are named: only two of
    each (counts and rates), two distinct categories, one year and one comparison."""
    named = int(paired.group("year")) if paired.group("year") else None
    if "dir" not in paired.re.groupindex:
        return _paired_values(text, core, offset, paired, year or named, named, year)
    closing = int(paired.group("base")) if paired.group("base") else None
    if (year is not None and named is not None and named != year) or (
        fronted is not None and closing is not None and fronted != closing
    ):
        return None
    year = year or named
    base = fronted or closing
    if base is None or (year is not None and base >= year):
        return None
    reading = Reading()
    used: list[tuple[int, int]] = []
    categories: set[Category] = set()
    for name, count_group, rate_group in (("first", "n1", "r1"), ("second", "n2", "r2")):
        plain = _category_once(paired.group(name), categories)
        if plain is None or plain[0].year is not None:
            return None
        subject, category = plain
        categories.add(category)
        count = _count(core, paired.span(count_group))
        if count is None:
            return None
        span = _moved(paired.span(count_group), offset)
        change = Change(paired.group("dir").lower() == "tăng", count, None, base, [span])
        if paired.group(rate_group):
            try:
                change.rate = parse_rate(paired.group(rate_group))
            except NumberError:
                return None
            change.spans.append(_moved(paired.span(rate_group), offset))
        statement = Statement(replace(subject, year=year))
        statement.changes.append(change)
        reading.statements.append(statement)
        used += change.spans
    if recall[0] >= 0:
        recalled = _recalled(core, offset, recall, base, reading.statements)
        if recalled is None or fronted is None:
            return None
        reading.statements += recalled
        used += [s.value_span for s in recalled if s.value_span is not None]
    if {(t.start, t.end) for t in tokens(text) if t.quantity} != set(used):
        return None
    return reading


def _paired_values(
    text: str,
    core: str,
    offset: int,
    paired: re.Match[str],
    year: int | None,
    named: int | None,
    fronted: int | None,
) -> Reading | None:
    """Two categories' figures "lần lượt là", in the order the categories are named: two
    distinct categories, one year."""
    if named is not None and fronted is not None and named != fronted:
        return None
    reading = Reading()
    categories: set[Category] = set()
    for name, group in (("first", "n1"), ("second", "n2")):
        subject = read_subject(paired.group(name))
        found = kind_of(paired.group(name))
        count = _count(core, paired.span(group))
        if (
            subject.kind is not Kind.CATEGORY
            or subject.category is None
            or found is None
            or found.category is not subject.category
            or subject.category in categories
            or subject.year is not None
            or count is None
        ):
            return None
        categories.add(subject.category)
        reading.statements.append(
            Statement(replace(subject, year=year), count, _moved(paired.span(group), offset))
        )
    used = {s.value_span for s in reading.statements}
    if {(t.start, t.end) for t in tokens(text) if t.quantity} != used:
        return None
    return reading


def _summed(
    reading: Reading, core: str, offset: int, summed: re.Match[str], year: int | None
) -> Reading | None:
    """The row read as the parts of the total said after it, or None where a clause is more
    than one category's posts of the year (a change, a recalled base, a body or qualifier
    of its own): whose total it would be, unsure."""
    statements = reading.statements
    if any(
        s.value is None
        or s.value_span is None
        or s.changes
        or s.parts
        or s.subject.category not in (Category.CBCC, Category.VC)
        or s.subject.where is not None
        or s.subject.qualifier
        for s in statements
    ) or len({s.subject.category for s in statements}) != len(statements):
        return None
    count = _count(core, summed.span("n"))
    if count is None:
        return None
    total = Statement(replace(read_subject(summed.group("total")), year=year))
    total.value, total.value_span = count, _moved(summed.span("n"), offset)
    if summed.group("sep") == ",":
        # "... và 5.627 viên chức, tổng cộng 6.125 người": read as the general reader reads
        # it after a category's own words (`statements`, eng-news10), a total of its own
        # beside the clauses, and only where it is their sum (else what it counts is unsaid)
        if count != sum(s.value or 0 for s in statements):
            return None
        reading.statements = [*statements, total]
        reading.outside = [span for span in reading.outside if span != total.value_span]
        return reading
    for s in statements:
        assert s.subject.category is not None and s.value is not None
        assert s.value_span is not None
        total.parts.append(Part(s.subject.category, s.value, s.value_span, None))
    reading.statements = [total]
    reading.outside = [span for span in reading.outside if span != total.value_span]
    return reading


_RECALLED_OF_ALL_MERGED = re.compile(
    # (eng-and) "So với năm 2021 (tổng số của hai tỉnh A và B cũ: 4.402 biên chế công chức và
    # 37.640 người làm việc), ...": the base year's figures summed over every place merged
    # since, named together (the merged body's own base; one place named is a part: declined)
    r"\s*(?:tổng\s+(?:số|cộng)\s+)?của\s+(?:(?:hai|ba|bốn)\s+tỉnh(?:\s+[^\W\d_][^\d();:,]{0,80}?)?"
    r"|[^\d();:,]{1,60}?\s+và\s+[^\d();:,]{1,60}?)"
    r"\s+(?:cũ|trước\s+(?:khi\s+)?(?:hợp\s+nhất|sáp\s+nhập|sắp\s+xếp))\s*:\s*",
    _I,
)
_RECALLED_NAMED_FIRST = re.compile(
    # (eng-and) "So với năm 2021 (công chức 2.520 biên chế, người làm việc 25.415 người), ...":
    # each category named before its figure of the base year, its unit word after it
    rf"(?P<cat>{_CATEGORY})\s*:?\s*{_COUNT}\s*(?:{_UNIT_WORD})?",
    _I,
)


def rate_is_over(statement: Statement, base: int, count: int) -> bool:
    """Whether the statement's one change against `base` states a rate that is its count over
    `count` ("giảm 134 biên chế công chức (5,32%)" over 2.520): `count` is then that change's
    base figure by the text's own arithmetic."""
    changes = [c for c in statement.changes if c.base_year == base]
    if len(changes) != 1 or changes[0].rate is None or changes[0].count is None:
        return False
    change = changes[0]
    assert change.rate is not None and change.count is not None
    return any(rate_matches(percent(change.count, count), change.rate, m) for m in Rounding)


def _recalled(
    core: str, offset: int, recall: tuple[int, int], base: int, statements: list[Statement]
) -> list[Statement] | None:
    """ "(2.148 biên chế công chức và 29.940 người làm việc)" after "so với năm 2021": each
    category's figure of that year, one per category the row changes and no other."""
    changed = {
        (s.subject.category, s.subject.where, s.subject.qualifier): s
        for s in statements
        if s.changes
    }
    recalled: list[Statement] = []
    position = recall[0]
    merged = _RECALLED_OF_ALL_MERGED.match(core, position)
    if merged is not None:
        position = merged.end()
    while True:
        item = _COUNT_FIRST.match(core, position) or _RECALLED_NAMED_FIRST.match(core, position)
        if item is None or (item.re is _COUNT_FIRST and item.group("tail").strip()):
            return None
        subject = read_subject(item.group("cat"))
        key = (subject.category, subject.where, subject.qualifier)
        if subject.kind is not Kind.CATEGORY or key not in changed:
            return None
        count = _count(core, item.span("n"))
        if count is None:
            return None
        if item.re is _RECALLED_NAMED_FIRST and not rate_is_over(changed[key], base, count):
            # a figure named first is the base only where its change's rate says so (as
            # `rules`' "fronted" form asks): else nothing ties the figure to that change
            return None
        del changed[key]  # each category once
        recalled.append(
            Statement(
                replace(subject, year=base),
                count,
                _moved(item.span("n"), offset),
                sets_year=False,
            )
        )
        between = _BETWEEN.match(core, item.end())
        if item.end() == recall[1] or between is None:
            break
        position = between.end()
    if item.end() != recall[1] or changed:
        return None  # a figure left over, or a category changed without its base recalled
    return recalled


def _kept_together(kept: re.Match[str]) -> Reading | None:
    """ "Năm 2022, biên chế công chức và số lượng người làm việc được giữ nguyên như năm
    2021": each category named unchanged against that year."""
    year, base = int(kept.group("year")), int(kept.group("base"))
    if base >= year:
        return None
    reading = Reading()
    categories: set[Category] = set()
    for name in (kept.group("first"), kept.group("second")):
        subject = read_subject(name)
        if (
            subject.kind is not Kind.CATEGORY
            or subject.category is None
            or subject.year is not None
            or subject.category in categories
        ):
            return None
        categories.add(subject.category)
        statement = Statement(replace(subject, year=year))
        statement.changes.append(Change(False, 0, None, base, []))
        reading.statements.append(statement)
    return reading


def _take_respective(respective: re.Match[str], clauses: list[_Clause]) -> bool:
    """ "...; mỗi chỉ tiêu giảm tương ứng 12 và 78 so với năm 2022": one change per clause, in
    the clauses' order; only where the counts are as many as the clauses, each of which
    states its figure and no change of its own."""
    counts = list(re.finditer(NUM, respective.group("counts")))
    rates = list(re.finditer(rf"{NUM}\s?%", respective.group("rates") or ""))
    if rates and len(rates) != len(clauses):
        return False  # rates not one to one with the changes: whose each is, unsaid
    if len(counts) != len(clauses) or any(
        c.value is None or c.change is not None or c.cut is not None or c.kept is not None
        for c in clauses
    ):
        return False
    start = respective.start("counts")
    for clause, count in zip(clauses, counts, strict=True):
        clause.respective = (respective, (start + count.start(), start + count.end()))
    if rates:
        at = respective.start("rates")
        for clause, rate in zip(clauses, rates, strict=True):
            clause.respective_rate = (at + rate.start(), at + rate.end())
    return True


class _Clause:
    """One category's clause: its subject's words, its figure and its change."""

    def __init__(self, name: str, end: int) -> None:
        self.name = name
        self.end = end
        self.year: int | None = None
        self.value: tuple[int, int] | None = None
        self.change: re.Match[str] | None = None
        self.respective: tuple[re.Match[str], tuple[int, int]] | None = None
        self.respective_rate: tuple[int, int] | None = None
        """Its rate said after all the clauses' changes ("tương ứng 4,98% và 10,01%")."""
        """Its change said after all the clauses ("giảm tương ứng 12 và 78"), and its count."""
        self.cut: bool | None = None
        """A change whose count the clause states without its verb ("giảm 1 biên chế công
        chức và 28 người làm việc"): whether the shared verb is a rise."""
        self.kept: re.Match[str] | None = None
        """ "giữ nguyên": a change of none."""
        self.fronted: int | None = None
        """The comparison fronted before its part of the row ("So với năm 2025, ...")."""
        self.segment = 0
        """Which part of the row it is in, each part opened by its own fronted comparison."""
        self.odd_note = False
        """A note in parentheses after its category naming a scope of its own."""


def _clause(core: str, position: int, led: bool, shared_cut: bool | None) -> _Clause | None:
    count_first = _COUNT_FIRST.match(core, position)
    if count_first is not None and led:
        tail = count_first.group("tail")
        if _NOT_POSTS_TAIL.search(tail):
            return None
        name = count_first.group("cat")
        if not _PLAIN_TAIL.fullmatch(tail):
            name += tail
        clause = _Clause(name, count_first.end())
        gloss = _GLOSS.match(core, clause.end)
        note = _NOTE.match(core, clause.end)
        if gloss is not None:
            said, again = kind_of(name), kind_of(gloss.group("gloss"))
            clause.odd_note = said is None or again is None or said.category is not again.category
            clause.end = gloss.end()
        elif note is not None and kind_of(note.group("note")) is not None:
            # "(công chức cấp tỉnh)" after a figure of the whole category: a part, or the
            # whole said narrowly? Read no further (the row is declined whole below)
            clause.odd_note, clause.end = True, note.end()
        if shared_cut is not None:
            clause.cut = shared_cut
            clause.value = count_first.span("n")
            rate = _CUT_RATE.match(core, clause.end)
            if rate is not None and rate.end() > clause.end:
                clause.change, clause.end = rate, rate.end()
            return clause
        clause.value = count_first.span("n")
    else:
        named = _NAMED_FIRST.match(core, position)
        if named is None or (led and shared_cut is not None):
            return None
        if _NOT_POSTS_TAIL.search(named.group("tail")):
            return None
        clause = _Clause(named.group("cat") + named.group("tail"), named.end())
        if named.group("year") and named.group("year2"):
            return None
        clause.year = _int(named, "year", "year2")
        if named.group("n") is not None:
            clause.value = named.span("n")
    change = _CHANGE.match(core, clause.end)
    kept = _KEPT.match(core, clause.end) if change is None else None
    if change is not None:
        end = change.end()
        if change.group("open"):
            closing = _CLOSE.match(core, end)
            if closing is None:
                return None
            end = closing.end()
        clause.change, clause.end = change, end
    elif kept is not None and (
        clause.value is None if not kept.group("comma") else kept.group("base") is not None
    ):
        # "142 biên chế công chức, giữ nguyên so với năm 2025": a figure kept as it was in
        # the year it names (naming none after a figure, which year's, unsaid)
        clause.kept, clause.end = kept, kept.end()
    elif clause.value is None:
        return None
    return clause


def _reading(
    text: str,
    core: str,
    offset: int,
    clauses: list[_Clause],
    joins: list[str],
    year: int | None,
    fronted_base: int | None,
    recall: tuple[int, int],
    quoted: list[tuple[int, int]],
    closing: int | None = None,
) -> Reading | None:
    own_years = {c.year for c in clauses if c.year is not None}
    if year is None and clauses[0].year is not None:
        year = clauses[0].year
    if own_years - {year}:
        return None  # a year per clause is a chain of years, not a row of categories
    bases = _bases(core, clauses, joins, closing)
    if bases is None and closing is not None:
        # "A (giảm 27 ... so với năm 2022) và B (giảm 216 ...) so với năm 2021": the row read
        # whole, its comparisons at odds; no other reading of its counts is any surer
        return _declined(text)
    if bases is None or any(b is not None and year is not None and b >= year for b in bases):
        return None  # compared with its own year or a later one: not a change the row makes
    reading = Reading()
    used: list[tuple[int, int]] = []
    seen: dict[tuple[Category, str | None, str], tuple[int, Statement]] = {}
    for clause, base in zip(clauses, bases, strict=True):
        subject = read_subject(clause.name)
        found = kind_of(clause.name)
        if (
            subject.kind is not Kind.CATEGORY
            or subject.category is None
            or found is None
            or found.category is not subject.category
            or subject.year is not None
            or subject.since is not None
        ):
            return None
        where = subject.where.value if subject.where is not None else None
        key = (subject.category, where, subject.qualifier)
        earlier = seen.get(key)
        if earlier is not None and (earlier[0] == clause.segment or clause.value is not None):
            # two figures of one category: whose each is, the row does not say (the general
            # reader gave "A giảm 46, B giảm 412; A giảm 189" both cuts against one year)
            return _declined(text, _ONE_CATEGORY_TWICE)
        if earlier is not None:
            # "...; so với năm 2021, biên chế công chức giảm 189 ...": the same category's
            # change against the second comparison
            statement = earlier[1]
        else:
            statement = Statement(replace(subject, year=year))
            seen[key] = (clause.segment, statement)
        if clause.kept is not None:
            if base is None:
                return None  # kept as it was in which year: the row does not say
            statement.changes.append(Change(False, 0, None, base, []))
        if clause.cut is not None:
            assert clause.value is not None
            count = _count(core, clause.value)
            if count is None:
                return None
            span = _moved(clause.value, offset)
            cut = Change(clause.cut, count, None, base, [span])
            if clause.change is not None and not _take_rate(core, offset, clause.change, cut):
                return None
            statement.changes.append(cut)
            used += cut.spans
        elif clause.value is not None:
            count = _count(core, clause.value)
            if count is None:
                return None
            statement.value, statement.value_span = count, _moved(clause.value, offset)
            used.append(statement.value_span)
        if clause.respective is not None:
            respective, span = clause.respective
            count = _count(core, span)
            if count is None:
                return None
            increase = (respective.group("dir") or respective.group("dir2")).lower() == "tăng"
            moved = _moved(span, offset)
            respective_change = Change(increase, count, None, base, [moved])
            if clause.respective_rate is not None:
                try:
                    respective_change.rate = parse_rate(
                        core[clause.respective_rate[0] : clause.respective_rate[1]]
                    )
                except NumberError:
                    return None
                respective_change.spans.append(_moved(clause.respective_rate, offset))
            statement.changes.append(respective_change)
            used += respective_change.spans
        if clause.change is not None and clause.cut is None:
            change = _change(core, offset, clause.change, base)
            if change is None:
                return None
            statement.changes.append(change)
            used += change.spans
        if earlier is None:
            reading.statements.append(statement)
    if recall[0] >= 0:
        assert fronted_base is not None
        recalled = _recalled(core, offset, recall, fronted_base, reading.statements)
        if recalled is None:
            return None
        reading.statements += recalled
        used += [s.value_span for s in recalled if s.value_span is not None]
    reading.outside = [_moved(span, offset) for span in quoted]
    used += reading.outside
    quantities = {(t.start, t.end) for t in tokens(text) if t.quantity}
    if quantities != set(used):
        return None  # a number the row does not place: the general reader reports it
    return reading


def _declined(text: str, why: Message = _UNSURE_BASE) -> Reading:
    """The sentence left unread whole: every count an orphan."""
    reading = Reading()
    reading.orphans = [Orphan((t.start, t.end), why) for t in tokens(text) if t.quantity]
    return reading


def _bases(
    core: str, clauses: list[_Clause], joins: list[str], closing: int | None
) -> list[int | None] | None:
    """Each clause's base year, as the grammar gives it, or None where it does not say; None
    for the whole row where one clause names a comparison and another's is left unsaid but
    the grammar does not give it the same."""
    named = [_named_base(c) for c in clauses]
    changed = [
        c.change is not None or c.cut is not None or c.respective is not None or c.kept is not None
        for c in clauses
    ]
    if any(c.respective is not None for c in clauses):
        return named  # one comparison said once for all, or none: the context's
    if any(c.fronted is not None for c in clauses):
        if closing is not None or any(
            n not in (None, c.fronted) for n, c in zip(named, clauses, strict=True)
        ):
            return None
        return [c.fronted if has else None for c, has in zip(clauses, changed, strict=True)]
    if closing is not None:
        if any(n is not None for n in named):
            return None  # a comparison of its own and one after all: whose, unsure
        return [closing if has else None for has in changed]
    said = {n for n in named if n is not None}
    missing = [i for i, has in enumerate(changed) if has and named[i] is None]
    if not said or not missing:
        return named  # all said, or none: the context decides, as for one clause
    if len(said) != 1 or sum(n is not None for n in named) != 1:
        return None
    base = said.pop()
    last = clauses[-1].change
    closing = (
        named[-1] is not None
        and last is not None
        and _ends(core[clauses[-1].end :])
        and last.group("so_voi") is not None
        and last.end("so_voi") == clauses[-1].end
    )
    # clauses of one shape, set apart by ";" or joined by "và" ("A là 2.318, giảm 47 so với
    # năm 2024; B là 16.904 người, giảm 341 người"): the first's comparison is theirs too; a
    # bare comma may end the comparison's reach at the first clause, so it gives none
    opening = (
        named[0] is not None
        and all(_CLAUSES_APART.search(join) for join in joins)
        and all((c.value is None) == (clauses[0].value is None) and c.cut is None for c in clauses)
    )
    if not (closing or opening):
        return None  # a comparison in one clause of the middle: whose else, unsaid
    return [base if has else None for has in changed]


def _named_base(clause: _Clause) -> int | None:
    said = clause.change or clause.kept or (clause.respective[0] if clause.respective else None)
    return int(said.group("base")) if said is not None and said.group("base") else None


def _change(core: str, offset: int, match: re.Match[str], base: int | None) -> Change | None:
    count = _count(core, match.span("n"))
    if count is None:
        return None
    change = Change(
        match.group("dir").lower() == "tăng", count, None, base, [_moved(match.span("n"), offset)]
    )
    return change if _take_rate(core, offset, match, change) else None


def _take_rate(core: str, offset: int, match: re.Match[str], change: Change) -> bool:
    rate = "rate" if match.group("rate") else "rate2" if match.group("rate2") else None
    if rate is not None:
        try:
            change.rate = parse_rate(match.group(rate))
        except NumberError:
            return False
        change.spans.append(_moved(match.span(rate), offset))
    return True


def _core(text: str) -> tuple[str | None, int]:
    """The row itself: the text inside a quote whose outside states no number ("“...”, Giám
    đốc Sở Nội vụ cho biết"), without emphasis marks; and where it starts."""
    start, end = 0, len(text.rstrip())
    opening = min((i for i in (text.find("“"), text.find('"')) if i >= 0), default=-1)
    if opening >= 0:
        closing = max(text.rfind("”"), text.rfind('"'))
        if closing <= opening:
            closing = end  # a quote the sentence break cut
        if re.search(r"[0-9]", text[:opening] + text[closing + 1 :]):
            return None, 0
        start, end = opening + 1, closing
    while start < end and text[start] in _QUOTES + " ":
        start += 1
    while end > start and text[end - 1] in _QUOTES + " ":
        end -= 1
    if start >= end:
        return None, 0
    return text[start:end], start


def _count(core: str, span: tuple[int, int]) -> int | None:
    try:
        return parse_count(core[span[0] : span[1]])
    except NumberError:
        return None  # the general reader reports the malformed number


def _moved(span: tuple[int, int], offset: int) -> tuple[int, int]:
    return span[0] + offset, span[1] + offset


def _int(match: re.Match[str] | None, *groups: str) -> int | None:
    if match is None:
        return None
    for group in groups:
        if match.group(group):
            return int(match.group(group))
    return None
