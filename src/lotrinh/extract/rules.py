"""Pass 3, statements: the grammar, one named rule per kind of item a sentence holds.

A sentence is read as a row of items found by named rules (`RULES`, each with positive and
negative examples as data in tests/reader_forms/, a form and its twin): a value "là 1.247
biên chế", a change "giảm 16 biên chế so với năm 2023", an equality "giữ nguyên so với năm
2024", a rate "tỷ lệ giảm 1,27%", a part of a breakdown "1.124 cán bộ, công chức", a subset
"trong đó có 300 giáo viên" and contract staff "50 hợp đồng lao động" (both outside the plan, as
are vacancies "chưa sử dụng", round bounds "gần 2.000" and yearly averages "mỗi năm phải giảm"),
a fronted comparison "So với năm 2021 (1.200 biên chế), ...", parts named before their counts
"(cấp tỉnh 1.702; cấp huyện 1.556)", the largest body of a list "nhiều nhất là X 114 biên chế"
(a unit, not a part) and staff in post "Hiện có 1.641 công chức" (a unit apart from the posts
given). The text before a value or change is its subject, read with the genre lexicon
(`lexicon`); an empty subject, or one that is only a year ("năm 2022 là B"), continues the
previous statement of the sentence (a year chain).

Why regular expressions over tokens and not a declarative grammar (lark): the genre's statements
are fragments inside free prose ("Ban Thường vụ ... đã có Công văn ...; theo đó, tổng biên chế
... là 28.960 biên chế"), so a grammar would have to parse every sentence of the document and
treat all the rest as noise, which Earley parsing does in cubic time in the worst case and LALR
cannot express without a second, hand-written layer for the noise. Each rule here is a bounded
pattern with no nested quantifiers, applied once per sentence with `finditer`; the items are
then chosen left to right, so reading is linear in the sentence's length, and each rule is
small enough to carry its own examples. Nothing here decides years from context or names units:
that is the document's structure's job (`structure`), and the units' (`units`).
"""

from __future__ import annotations

import re

from lotrinh.extract.document import NUM, YEAR
from lotrinh.extract.lexicon import (
    APPROXIMATE,
    GOAL_RATE,
    LEAVERS,
    LEFT,
    NOT_STAFF_AFTER,
    PER_YEAR,
    POSTS_HELD_BY,
    POSTS_OF_A_DUTY,
    SHORT_OF,
    SUBSET_NOUNS,
)
from lotrinh.extract.merged import FORMER

_I = re.IGNORECASE


UNITW = r"(?:chỉ\s+tiêu\s+biên\s+chế|biên\s+chế|người|chỉ\s+tiêu|suất)"
_CAT = (
    r"(?:cán\s+bộ,?\s+công\s+chức(?:\s+cấp\s+xã)?|CBCC|công\s+chức|viên\s+chức|VC"
    r"|người\s+làm\s+việc)(?!\w)"
)
_MOD = r"(?:\s+(?:thêm|tiếp|tối\s+thiểu|ít\s+nhất|được|khoảng|bình\s+quân))*"
_SO_VOI = (
    # ("so với năm gốc 2021": the base year named as such)
    # ("so với số giao từ ngày 01/7/2025": the posts given on a day, of that day's year; never
    # 1/1, which may close the year before, nor a day alone: people in post compare days)
    rf"so\s+với\s+(?:[^0-9();.]{{0,60}}?\s)?(?:(?:năm\s+(?:gốc\s+)?"
    rf"|(?<=giao\s)(?:(?:từ|tại|đến)\s+)?ngày\s+(?!0?1/0?1/)[0-9]{{1,2}}/[0-9]{{1,2}}/)"
    rf"(?P<base>{YEAR})"
    # "so với năm trước", "so với cùng kỳ năm trước": the year before the subject's
    # ("so với năm trước liền kề": the year right before)
    r"|(?:cùng\s+kỳ\s+)?(?P<prev>năm\s+(?:trước(?:\s+liền\s+kề)?|liền\s+(?:trước|kề)))(?!\w))"
)
NOT_MORE = r"(?![0-9]|[.,][0-9]|\s?%)"
_SO_VOI_ANY = r"so\s+với\s+(?:chỉ\s+tiêu|kế\s+hoạch|định\s+mức|yêu\s+cầu)"
"""A comparison with a quota, not a year: "còn thiếu 418 người so với chỉ tiêu"."""
_NOT_BOTH = r"(?!\s*(?:,|và|,\s*và)\s+(?:viên\s+chức|người\s+làm\s+việc|công\s+chức)(?!\w))"
"""Not followed by a second category: "300 cán bộ, công chức, viên chức" counts both, never
the first alone."""
_MOST = r"(?:nhiều|ít|cao|thấp)\s+nhất"
"""The largest or smallest of a list ("Sở Y tế nhiều nhất (391 biên chế)", "cao nhất với")."""
_DOCUMENT = r"(?:quyết\s+định|nghị\s+quyết|công\s+văn|kế\s+hoạch)\s+(?:số\s+)?[0-9]+[-/][^\s(),;]*"
"""A document cited as a figure's source ("Quyết định số 1499/QĐ-TTg")."""
MINIMUM_RATE = re.compile(
    rf"(?<!\w)(?:ít\s+nhất|tối\s+thiểu)\s+(?P<n>{NUM}\s?%)"
    # "cao hơn mức giảm 10% Bộ Chính trị yêu cầu": the rate someone requires, not this cut's
    # ("tương đương mức 5% Bộ Chính trị giao": the level given, said as the cut's equal; the
    # words up to the verb are taken too, so no rate rule reads the level as the cut's)
    r"|(?<!\w)(?:(?:tương\s+(?:đương|ứng)(?:\s+với)?|bằng)\s+)?"
    rf"mức\s+(?:(?:giảm|tăng)\s+)?(?P<m>{NUM}\s?%)"
    # ("vượt mức 5% mà Kết luận đặt ra": the level the Conclusion set)
    r"[^.;,()0-9]{0,40}?(?<!\w)(?:yêu\s+cầu|quy\s+định|đề\s+ra|đặt\s+ra|giao)(?!\w)",
    _I,
)
"""A minimum rate ("tối thiểu 5%"): a target the text sets or quotes, never a figure."""
# "giảm 3 đơn vị": a change of something other than posts (bodies, years) is no staffing change
_NOT_POSTS = rf"(?!{NOT_STAFF_AFTER.pattern})"
STANDING = r"(?:chính\s+thức|dôi\s+dư|dự\s+phòng)(?!\w)"
"""A part's standing: posts given for good, surplus posts kept for a while, reserve posts."""
_NUMBER_ENDS = r"(?![0-9]|[.,][0-9])"
"""The number ends here: "giảm 42 đầu mối" is no change of 4 posts once "42 đầu mối" is
found to count bodies."""
_ON_A_DAY = (
    rf"^(?:tính\s+)?đến\s+(?:ngày\s+[0-9]{{1,2}}/|tháng\s+)[0-9]{{1,2}}/(?P<dy>{YEAR})\s*,\s*"
    r"(?:toàn\s+(?:tỉnh|thành\s+phố|ngành|khối)\s+|khối\s+)?có(?:\s+mặt)?"
)
"""The day a count of staff in post is of, opening its sentence, and who has them."""

_A_DAY = r"[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}|[0-9]{1,2}/[0-9]{4}|năm\s+[0-9]{4}"
"""A day, a month or a year inside a clause: a date, never a count."""
AT_WORK = (
    r"(?:cán\s+bộ|công\s+chức|viên\s+chức)(?:\s*,\s*(?:cán\s+bộ|công\s+chức|viên\s+chức)){0,2}"
    r"(?:\s*,?\s*người\s+lao\s+động)?"
    # (eng-outside: "3.118 cán bộ, công chức cấp xã đang làm việc": their level said after)
    r"(?:\s+cấp\s+(?:xã|huyện|tỉnh))?"
)
"""The categories of people at work named after their count ("cán bộ, công chức, viên chức")."""
POSTS_GIVEN = (
    r"(?<!\w)(?:giao|biên\s+chế|chỉ\s+tiêu|định\s+mức|phê\s+duyệt|được|dự\s+kiến"
    r"|kế\s+hoạch)(?!\w)"
)
"""Words of posts given or planned: a clause holding them counts posts, not people in post."""

_MERGED_PLACES = (
    r"[^\d();.,]{1,100}?(?<!\w)trước\s+(?:khi\s+)?(?:sắp\s+xếp|hợp\s+nhất|sáp\s+nhập)(?!\w)"
)
"""Places named as they were before a merger ("tỉnh A và tỉnh B trước sắp xếp")."""
_SUMMED_PLACES = (
    r"\s+(?:của|cho)\s+(?:hai|ba|bốn|các)\s+(?:tỉnh|địa\s+phương|bộ|cơ\s+quan|huyện|xã|phường)"
    rf"(?:{_MERGED_PLACES}|(?=\s*\(\s*[0-9]))"
)
"""Whose a base year's figure was, summed: "cho hai tỉnh A và B trước hợp nhất", "của các cơ
quan trước sắp xếp", or the bodies merged named by their count alone, right before the
figure ("của hai Bộ (67.552 biên chế)"). Only ever a base the text's own arithmetic makes the
subject's (`bases._merged_base`, `bases._adds_up`)."""
_SUM_OF_PLACES = (
    r"tổng(?:\s+số)?(?:\s+biên\s+chế)?\s+của\s+(?:hai|ba|bốn|các|[0-9]{1,2})\s+"
    rf"(?:tỉnh|huyện|xã|phường|cơ\s+quan|đơn\s+vị){_MERGED_PLACES}\s+là"
)
"""The sum of the places merged since, naming a base year's figure inside its parenthesis:
"(tổng của 4 phường trước sắp xếp là 84 biên chế)"."""


_WHOSE = r"(?![^()]*(?:giảm|tăng|tỷ\s+lệ|tương\s+(?:đương|ứng)))[^\d();%]{3,100}?"
_WHOSE_WORDS = rf"(?:{_SUM_OF_PLACES}\s*|{_WHOSE}\s+)"
"""Words of whose a base year's figure is, before it inside its parenthesis: the sum of the
places merged since ("tổng của 4 phường trước sắp xếp là"), or any words naming no change
("hai cơ quan cộng lại")."""
_NO_CLAUSE_NUMBER = r"(?<!điều\s)(?<!khoản\s)(?<!điểm\s)"
"""(eng-alprose) Not the number of a clause cited ("(không tính trong tổng số tại Điều 1)"):
a reference, never a count."""
_WHOSE_BASE = (
    rf"\s*\(\s*(?P<bwhose>{_WHOSE_WORDS}){_NO_CLAUSE_NUMBER}(?P<n>{NUM}){NOT_MORE}"
    rf"\s*(?:{UNITW})?\s*\)"
)
"""A base year's figure in a parenthesis, said with words of whose it is ("(hai cơ quan cộng
lại 536 biên chế)", "(tổng của 4 phường trước sắp xếp là 84 biên chế)"): the subject's only
where the text's own arithmetic says so (`bases.take_base`)."""
_WHOSE_BASE_AHEAD = rf"\s*\(\s*{_WHOSE_WORDS}[0-9][0-9.,]*{NOT_MORE}\s*(?:{UNITW})?\s*\)"

_NO_VERB_BEFORE = (
    r"(?<!\bbố\strí)(?<!\bphê\sduyệt)(?<!\bgiao)(?<!\bcó)(?<!\bcòn)(?<!\blà)(?<!\bđạt)"
    r"(?<!\bgiữ)"
)
"""No verb right before an item's count: its name would hold the verb ("Toàn tỉnh bố trí")."""
_ITEM_CATEGORY = (
    r"(?:(?<=chế)\s+(?P<cat>cán\s+bộ,?\s+công\s+chức|công\s+chức|viên\s+chức)(?!\w)"
    r"|(?<=người)\s+(?P<vc>làm\s+việc)(?:\s+hưởng\s+lương\s+từ\s+ngân\s+sách(?:\s+nhà\s+nước)?)?)?"
)
"""A list item's category said after its count ("khối chính quyền 2.486 biên chế công chức",
"khối sự nghiệp 38.640 người làm việc hưởng lương từ ngân sách"): the item is of that category
(`statements`: never of another than its list's)."""
_ITEM_WORD = r"người|biên\s+chế|chỉ\s+tiêu(?:\s+biên\s+chế)?|suất"
"""A list item's unit word after its count ("công chức 561 suất")."""
_ITEM_END = r"(?=\s*(?:[;).,\"”]|\s+và\s|$)|\s*\(\s*trong\s+đó\s+có\s)"
"""Where a list item ends: a mark, "và", the end, or the subset of its people in a
parenthesis ("viên chức 7.199 biên chế (trong đó có 3.739 giáo viên)", read by `subset`)."""


_NOT_A_SUBJECT = (
    # "Giữ nguyên biên chế công chức năm 2024 của ... là 1.106 biên chế": the words after
    # "giữ nguyên" name what is kept and "năm 2024" is its own year, never a base; only a
    # connector after them ("giữ nguyên biên chế như năm 2024") makes the year compared with
    r"(?!(?:(?!như|so\s+với|bằng)[^\d;.()]){0,40}?(?<!\w)(?:biên\s+chế|công\s+chức|viên\s+chức"
    r"|người\s+làm\s+việc)(?!\w)(?:(?!như|so\s+với|bằng)[^\d;.()]){0,40}?\s+năm\s)"
)
_SPEAKER = (
    r"(?:cũng\s+)?theo\s+(?:ông|bà|lãnh\s+đạo|giám\s+đốc|phó|trưởng|chủ\s+tịch|đại\s+diện|sở|ủy"
    r"\s+ban|ubnd)(?!\w)[^\d,;:()]{0,60}?"
    r"(?:\s*,\s*(?:giám\s+đốc|phó|trưởng|chủ\s+tịch|bí\s+thư|thứ\s+trưởng|bộ\s+trưởng|vụ\s+trưởng"
    r"|chánh|đại\s+diện|lãnh\s+đạo)(?!\w)[^\d,;:()]{0,80}?)?\s*,\s*"
)
"""Who says what follows: "Theo ông A, Giám đốc Sở Nội vụ, ", "Theo Sở Nội vụ, "."""
_FRONT_LEAD = (
    # "Lãnh đạo Sở Nội vụ cho biết, so với năm 2021, ...": after a reporting clause (or a
    # quotation after it: 'cho biết: "So với năm 2021, ...')
    r"(?:[^;:()0-9]{0,100}?(?<!\w)cho\s+(?:biết|hay)\s*(?:,|:\s*[\"“])?\s*"
    # "Như vậy, so với năm 2021, ...": a connective summing up, no part of the clause
    r"|(?:như\s+vậy|(?:tính|nhìn)\s+chung|tóm\s+lại)\s*,\s*"
    # "Theo ông Nguyễn Văn A, Trưởng phòng Nội vụ, so với năm 2021, ...": who says it, a
    # person or an office, and maybe their title (never other words: "Theo Sở A, biên chế
    # công chức, so với ..." names what changes, and stays the rule's own)
    rf"|{_SPEAKER})?"
)
"""What may stand before a fronted comparison, naming no unit: a reporting clause, a
connective summing up, who says it. (eng-number) The same before a fronted comparison that
recalls the base year's figure ("Theo ông A, Trưởng phòng Nội vụ, so với năm 2021 (1.297
người), ..."), as before one that does not."""
RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        # "Sở Nội vụ đề nghị Bộ Nội vụ bổ sung 87 biên chế", "xin bổ sung", "đề xuất tăng
        # thêm": posts asked for are no posts given, outside the plan (the request's verb
        # starts before the count, so no value rule takes the count first)
        "asked",
        re.compile(
            # ("dự kiến tăng" is a plan's own change; "dự kiến bổ sung" is not given yet)
            r"(?<!\w)(?:(?:đề\s+nghị|đề\s+xuất|kiến\s+nghị|xin|hỏi\s+việc|yêu\s+cầu|cần)"
            # ("đề nghị Bộ Nội vụ phối hợp với Bộ ... xem xét, tham mưu giao bổ sung cho tỉnh
            # 741 biên chế": who is asked may take many words, and the province asks for itself)
            # ("đề nghị Bộ Nội vụ xem xét cho tỉnh giữ lại 42 biên chế": posts asked to keep)
            r"(?:\s+[^\d;.:()]{1,100}?)?\s+(?:giao\s+)?(?:bổ\s+sung|tăng|giữ\s+lại)"
            r"|dự\s+kiến(?:\s+[^\d;.:()]{1,60}?)?\s+(?:giao\s+)?bổ\s+sung)"
            r"(?:\s+thêm)?(?:\s+cho\s+(?:tỉnh|thành\s+phố|địa\s+phương))?"
            rf"\s+(?P<n>{NUM}){NOT_MORE}(?:\s*{UNITW})?",
            _I,
        ),
    ),
    (
        "fronted",
        re.compile(
            # ("So với biên chế được giao năm 2024 (1.903 biên chế), ...": what it compares)
            rf"^{_FRONT_LEAD}so\s+với\s+(?:[^0-9();.,]{{0,60}}?\s)?năm\s+(?P<base>{YEAR})"
            # ("... năm 2021 của 4 bộ, cơ quan (7.612 biên chế)": whose, a count of bodies)
            r"(?:\s+của\s+(?:[0-9]{1,3}\s+)?[^\d();.]{1,40}?)?\s*\(\s*"
            rf"(?P<n>{NUM}){NOT_MORE}\s*"
            # "(106.836 biên chế theo Quyết định số 1499/QĐ-TTg)": the figure and its source
            rf"(?:{UNITW})?(?:\s+theo\s+{_DOCUMENT})?\s*\)",
            _I,
        ),
    ),
    (
        # (s24) "So với biên chế công chức được giao năm 2025 là 10.218 biên chế, biên chế công
        # chức năm 2026 giảm 348 biên chế (tỷ lệ 3,41%)": the base year's figure said with
        # "là", closed by the comma before the change
        "fronted",
        re.compile(
            rf"^{_FRONT_LEAD}so\s+với\s+(?:[^0-9();.,]{{0,80}}?\s)?năm\s+(?P<base>{YEAR})"
            # ("... năm 2021 của ba tỉnh A, B và C (cũ) là 4.512 biên chế": whose, the places
            # merged into the text's own, as the bracketed form's "của ..." says)
            r"(?:\s+của\s+(?:[0-9]{1,3}\s+)?[^\d();.]{1,80}?(?:\s*\(cũ\))?)?"
            rf"\s+là\s+(?P<n>{NUM}){NOT_MORE}\s*(?:{UNITW})?\s*(?=,)",
            _I,
        ),
    ),
    (
        # "So với năm 2021 (2.736 biên chế công chức cấp tỉnh của ba tỉnh ... trước hợp nhất),
        # giảm 148 biên chế, tỷ lệ giảm 5,41%": the base year's figure said with a scope of its
        # own (whose posts they were then); the subject's only where the change's rate is
        # the change over that figure (`bases.take_fronted`)
        "fronted",
        re.compile(
            rf"^{_FRONT_LEAD}so\s+với\s+(?:[^0-9();.,]{{0,60}}?\s)?năm\s+(?P<base>{YEAR})\s*\(\s*"
            rf"(?P<n>{NUM}){NOT_MORE}\s*{UNITW}(?:\s+(?P<cat>{_CAT}))?"
            # (eng-alprose) "(35.120 người, gồm số được giao của tỉnh A và tỉnh B trước hợp
            # nhất)": the same scope, said as what the figure sums
            # ((s24) "(9.617 người, cộng số của hai địa phương)": the same, said as a sum)
            r"(?P<scope>(?:\s*,\s*(?:(?:bao\s+)?gồm|cộng)\s+(?:tổng\s+)?số(?:\s+biên\s+chế)?"
            r"(?:\s+(?:được\s+)?giao)?)?"
            r"(?:\s+cấp\s+(?:tỉnh|huyện|xã))?\s+của\s+[^\d();:]{3,120}?)\s*\)",
            _I,
        ),
    ),
    (
        # "So với năm 2021 (hai cơ quan cộng lại 536 biên chế), giảm 81 biên chế, tỷ lệ
        # 15,11%", "So với năm 2021 (2.512 biên chế công chức), năm 2025 giảm 128 biên chế,
        # tỷ lệ 5,10%": the base year's figure said with words of whose it is, or with the
        # category it counts; the subject's only where the change's rate is the change over
        # that figure and a category named is the subject's (`bases.take_fronted`)
        "fronted",
        re.compile(
            rf"^{_FRONT_LEAD}so\s+với\s+(?:[^0-9();.,]{{0,60}}?\s)?năm\s+(?P<base>{YEAR})\s*\(\s*"
            rf"(?P<scope>{_WHOSE_WORDS}|(?=[0-9][0-9.,]*\s*{UNITW}\s+{_CAT}\s*\)))"
            rf"(?P<n>{NUM}){NOT_MORE}\s*(?:{UNITW})?(?:\s+(?P<cat>{_CAT}))?\s*\)",
            _I,
        ),
    ),
    (
        # "So với biên chế được giao năm 2021 (1.072 cán bộ, công chức; 121 viên chức), ...":
        # each category's figure for the base year, before the changes of that category
        "fronted",
        re.compile(
            rf"^{_FRONT_LEAD}so\s+với\s+(?:[^0-9();.,]{{0,60}}?\s)?năm\s+(?P<base>{YEAR})\s*\(\s*"
            rf"(?P<n>{NUM}){NOT_MORE}\s*(?:{UNITW}\s+)?(?P<cat>{_CAT})\s*(?:;|,?\s*và)\s*"
            rf"(?P<n2>{NUM}){NOT_MORE}\s*(?:{UNITW}\s+)?(?P<cat2>{_CAT})\s*\)\s*,",
            _I,
        ),
    ),
    (
        # "So với năm 2021 (công chức 2.520 biên chế, người làm việc 25.415 người), ...": each
        # category named before its base year's figure; read only where each change's rate is
        # the change over that figure (`bases._take_fronted_categories`, "confirm")
        "fronted",
        re.compile(
            rf"^{_FRONT_LEAD}so\s+với\s+(?:[^0-9();.,]{{0,60}}?\s)?năm\s+(?P<base>{YEAR})\s*\(\s*"
            rf"(?P<cat>{_CAT})\s+(?P<n>{NUM}){NOT_MORE}\s*(?:{UNITW})?\s*(?:[;,]|,?\s*và)\s*"
            rf"(?P<cat2>{_CAT})\s+(?P<n2>{NUM}){NOT_MORE}\s*(?:{UNITW})?\s*\)\s*,(?P<confirm>)",
            _I,
        ),
    ),
    (
        "fronted",
        re.compile(
            # "Lãnh đạo Sở Nội vụ cho biết, so với năm 2021, ...": after a lead-in (`_FRONT_LEAD`)
            rf"^{_FRONT_LEAD}so\s+với\s+(?:[^0-9();.,]{{0,60}}?\s)?năm\s+(?P<base>{YEAR})\s*,",
            _I,
        ),
    ),
    # "Để đạt tỷ lệ 10%, ...": the goal a clause works towards, a target quoted
    ("minimum", re.compile(rf"{GOAL_RATE.pattern}(?P<n>{NUM}\s?%)", _I)),
    (
        # "giảm 112 biên chế so với năm 2021, tỷ lệ giảm so với năm 2021 là 9,67%": the rate
        # said with the year it is against; only a change against that year, in that
        # direction, takes it (`statements._rate_against`)
        "rate",
        re.compile(
            r"(?<!\w)t[ỷỉ]\s+lệ\s+(?P<dir>giảm|tăng)\s+so\s+với\s+năm\s+"
            rf"(?P<base>{YEAR})\s*(?:là\s+|:\s*)?(?P<n>{NUM}\s?%)",
            _I,
        ),
    ),
    (
        "rate",
        re.compile(
            r"(?<!\w)(?:t[ỷỉ]\s+lệ(?:\s+(?:giảm|tăng))?"
            r"|tương\s+(?:đương|ứng)(?:\s+với)?(?:\s+(?:t[ỷỉ]\s+lệ|mức))?(?:\s+(?:giảm|tăng))?"
            # "giảm 115 người, bằng 10%" / "tức 10%": the change's rate, said another way
            # ("giảm 573 người, đúng 10% so với năm 2021": exactly that rate)
            r"|(?:bằng|tức(?:\s+là)?|đúng)(?:\s+(?:giảm|tăng))?)"
            rf"\s*(?:là\s+)?:?\s*(?P<n>{NUM}\s?%)",
            _I,
        ),
    ),
    (
        # "giảm 49.500 người, khoảng 19,6%": the change's rate, said as about that, right
        # after the comma closing the change, worked out to its decimals (a round "khoảng
        # 20%" may be the rate rounded to a goal's; "chiếm khoảng 30%" is a share)
        "rate",
        re.compile(r"(?:(?<=,)|(?<=,\s))(?:khoảng|xấp\s+xỉ)\s+(?P<n>[0-9]+,[0-9]+\s?%)", _I),
    ),
    (
        # "giảm 5.910 so với năm 2021 (154.260), mới đạt 3,83%", "giảm 100 biên chế, đạt
        # 3,93%": the change's rate said as what it reached, worked out to its decimals; a
        # round "đạt 10%" may be the goal reached, and a share of a plan, a goal or a budget
        # ("đạt 102% kế hoạch", "đạt 97,5% dự toán") is no rate of the change
        "rate",
        re.compile(
            r"(?<!\w)(?:(?:mới|chỉ|đã)\s+)?đạt\s+(?P<n>[0-9]+,[0-9]+\s?%)"
            r"(?!\s*(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu|dự\s+toán|yêu\s+cầu|so\s+với\s+(?:kế|chỉ|mục|yêu|dự)))",
            _I,
        ),
    ),
    # "giảm 88 biên chế (5,05%)": a bare rate in parentheses, right after a change's count
    ("paren-rate", re.compile(rf"\(\s*(?P<n>{NUM}\s?%)\s*\)", _I)),
    (
        # "giảm 2.490 người (10,02%)": the rate of the change right before it
        "paren-rate",
        re.compile(rf"\(\s*(?P<n>{NUM}\s?%)\s*\)", _I),
    ),
    (
        "equiv",
        re.compile(
            r"(?<!\w)tương\s+(?:đương|ứng)(?:\s+với)?(?:\s+(?:giảm|tăng))?"
            rf"\s+(?P<n>{NUM}){NOT_MORE}\s*{UNITW}",
            _I,
        ),
    ),
    (
        "equal",
        re.compile(
            # "bằng" in lower case: "Cao Bằng năm 2023" is a place, never "the same as 2023"
            r"(?<!\w)(?:giữ\s+nguyên|không\s+thay\s+đổi|không\s+tăng,?\s+không\s+giảm"
            r"|(?-i:bằng))"
            # ("giữ nguyên đến năm 2026": the year it holds until, never the base)
            rf"(?:\s+(?:như|so\s+với|bằng))?(?:\s+{_NOT_A_SUBJECT}(?:(?!(?:đến|tới|hết)(?!\w))[^\d;.()]){{1,30}}?)??"
            rf"\s+năm\s+(?:(?P<base>{YEAR})"
            r"|(?P<prev>trước|liền\s+trước)(?!\w))"
            # ("giữ nguyên như năm 2025 (212 người)": the figure kept, `bases.kept_base`)
            rf"(?:\s*\(\s*(?P<bn>{NUM}){NOT_MORE}\s*(?:{UNITW})?\s*\))?",
            _I,
        ),
    ),
    (
        # "d) Biên chế dự phòng: 30 biên chế (giữ nguyên)." right after a figure: the same as
        # the year the context compares with (an opener's one base year, a heading's), never
        # the year before by itself; no base in context: unread ("base" never matches)
        "equal",
        re.compile(
            r"\(\s*(?P<bare>giữ\s+nguyên|không\s+thay\s+đổi)\s*\)(?P<base>(?!))?(?P<prev>(?!))?", _I
        ),
    ),
    (
        # "Năm 2022: giữ nguyên 2.014 biên chế như năm 2021": the figure, and the same as the
        # year named
        "kept",
        re.compile(
            rf"(?<!\w)giữ\s+nguyên\s+(?P<n>{NUM}){NOT_MORE}\s*(?:biên\s+chế|chỉ\s+tiêu|người)"
            rf"\s+(?:như|bằng|so\s+với)\s+năm\s+(?:(?P<base>{YEAR})|(?P<prev>trước|liền\s+trước)(?!\w))",
            _I,
        ),
    ),
    (
        # "Lộ trình: năm 2022 giữ nguyên 78 biên chế; năm 2023 còn 77; ...": a link of a year
        # chain keeping its figure, unchanged from the year before (no year named; "base"
        # never matches)
        "kept",
        re.compile(
            rf"(?<=năm\s[0-9]{{4}}\s)giữ\s+nguyên\s+(?P<n>{NUM}){NOT_MORE}\s*"
            r"(?:biên\s+chế|chỉ\s+tiêu|người)(?!\w)(?P<base>(?!))?(?=\s*(?:[;.]|$))",
            _I,
        ),
    ),
    (
        # "So với năm 2016, ...; biên chế dự phòng, biên chế các hội đặc thù ... giữ nguyên.":
        # unchanged against the fronted year, each unit named before it
        "same",
        re.compile(r"(?<!\w)(?:giữ\s+nguyên|không\s+thay\s+đổi)(?=\s*(?:[.;]|$))", _I),
    ),
    (
        # "d) Biên chế dự phòng: 30 biên chế (giữ nguyên).": right after the figure, kept,
        # against the year its list compares with (as "(giảm 5)" is); no such year, unread
        "kept-after",
        re.compile(r"\(\s*(?:giữ\s+nguyên|không\s+thay\s+đổi)\s*\)", _I),
    ),
    (
        # "1.345 biên chế, giảm 17 biên chế so với năm 2024; so với năm 2021 (1.417 biên chế)
        # giảm 72 biên chế": a clause after ";" fronting its own comparison and the base
        # year's figure, for the unit the sentence speaks of
        "change",
        re.compile(
            # ("; so với số giao năm 2021 (22.694 người) giảm 2.325 người": what it compares)
            # ("..., so với năm 2021 (1.176 người) đã giảm 124 người": after a comma too)
            rf"(?:(?<=[;,])|(?<=[;,]\s))so\s+với\s+(?:[^0-9();.,]{{0,40}}?\s)?năm\s+(?P<base>{YEAR})"
            # ("... năm 2021 của hai tỉnh A và B trước hợp nhất (3.682 biên chế)", "(3.602 biên
            # chế, tính chung cho tỉnh A và tỉnh B trước sắp xếp)": the merged places' sum,
            # `bases._merged_base`)
            rf"(?P<bwhose>{_SUMMED_PLACES})?\s*\(\s*"
            # ("(hai cơ quan cộng lại 536 biên chế)": words of whose it is, `_WHOSE_BASE`)
            rf"(?:(?P<bwho>{_WHOSE})\s+)?(?P<bn>{NUM}){NOT_MORE}"
            rf"\s*(?:{UNITW})?(?P<bnote>\s*,\s*tính\s+chung\s+(?:cho|của)\s{_MERGED_PLACES})?"
            rf"\s*\)\s*,?\s*(?:đã\s+)?(?P<dir>giảm|tăng){_MOD}\s+(?P<n>{NUM}){_NUMBER_ENDS}"
            rf"{_NOT_POSTS}(?P<pct>\s?%)?(?:\s*{UNITW})?",
            _I,
        ),
    ),
    (
        "change",
        re.compile(
            # ("...; còn so với năm 2021 thì giảm 106": the clause's own comparison, then "thì")
            rf"(?<!\w){_SO_VOI}\s*,?\s*(?:thì\s+)?(?P<dir>giảm|tăng){_MOD}\s+(?P<n>{NUM}){_NUMBER_ENDS}"
            rf"{_NOT_POSTS}"
            r"(?P<pct>\s?%)?"
            rf"(?:\s*{UNITW})?",
            _I,
        ),
    ),
    (
        "change",
        re.compile(
            # ("- Năm 2026: cắt giảm 185 biên chế ...": "cắt" is the verb's, never a name's,
            # eng-chains6)
            rf"(?<!\w)(?:cắt\s+)?(?P<dir>giảm|tăng){_MOD}\s+(?P<n>{NUM}){_NUMBER_ENDS}{_NOT_POSTS}"
            r"(?P<pct>\s?%)?"
            rf"(?:\s*{UNITW})?"
            # "so với năm 2021 (6.100 biên chế)" with its figure is the base rule's to read
            # ("so với năm 2021 (10%)": the change's rate after its comparison, taken as usual)
            # (nor "... năm 2024 cho hai tỉnh A và B trước hợp nhất (3.340 biên chế)")
            rf"(?:\s*,?\s*\(?\s*{_SO_VOI}(?!\s*\(\s*[0-9][0-9.,]*\s*[^0-9.,\s%]|\s+là\s+[0-9]"
            # (nor "... năm 2024 (Ủy ban A và Ban B cộng lại 520 biên chế)": `_WHOSE_BASE`)
            rf"|{_SUMMED_PLACES}\s*\(\s*[0-9]|{_WHOSE_BASE_AHEAD}))?",
            _I,
        ),
    ),
    (
        # "giảm tối thiểu 90 đơn vị sự nghiệp công lập và 2.986 biên chế": one verb cutting
        # bodies, then posts; the posts are the change, the bodies outside
        "change",
        re.compile(
            rf"(?<!\w)(?P<dir>giảm|tăng){_MOD}\s+(?P<b>{NUM}){_NUMBER_ENDS}(?={NOT_STAFF_AFTER.pattern})"
            rf"[^\d;.()]{{1,60}}?(?:\s+và|,)\s+(?P<n>{NUM}){_NUMBER_ENDS}{_NOT_POSTS}(?P<pct>\s?%)?"
            rf"\s*{UNITW}(?:\s*,?\s*\(?\s*{_SO_VOI}(?!\s*\(\s*[0-9]))?",
            _I,
        ),
    ),
    (
        "base",
        re.compile(
            rf"(?<!\w){_SO_VOI}"
            rf"(?:\s*\(\s*(?P<n>{NUM}){NOT_MORE}\s*(?:{UNITW})?\s*\))?",
            _I,
        ),
    ),
    (
        # "giảm 214 biên chế so với tổng số đã giao năm 2024 cho hai tỉnh A và B trước hợp nhất
        # (3.340 biên chế)": the base year's figure as the merged places' sum, the subject's
        # only where the text's own arithmetic says so (`bases.take_base`)
        "base",
        re.compile(
            rf"(?<!\w){_SO_VOI}(?P<bwhose>{_SUMMED_PLACES})"
            rf"\s*\(\s*(?P<n>{NUM}){NOT_MORE}\s*(?:{UNITW})?\s*\)",
            _I,
        ),
    ),
    (
        # "giảm 52 biên chế so với năm 2024 (Ủy ban A và Ban B cộng lại 520 biên chế)", "giảm
        # 9 biên chế so với năm 2024 (tổng của 4 phường trước sắp xếp là 84 biên chế)": a
        # figure in a parenthesis after the comparison's year, said with words of whose it is
        # (bodies merged since, "hai cơ quan cộng lại"), is that year's figure of the unit
        # compared or nothing: only where the text's own arithmetic makes it so
        # (`bases.take_base`), never a part of the figure before it
        "base",
        re.compile(rf"(?<!\w){_SO_VOI}{_WHOSE_BASE}", _I),
    ),
    (
        # "giảm 142 biên chế (5,1%) so với 2.785 biên chế được giao năm 2021": the base year's
        # figure said before its year ("prev" never matches)
        "base",
        re.compile(
            rf"(?<!\w)so\s+với\s+(?:số\s+)?(?P<n>{NUM}){NOT_MORE}\s*{UNITW}\s+"
            rf"(?:(?:được|đã\s+được|đã)\s+)?(?:giao|phân\s+bổ)\s+(?:cho\s+\w+\s+)?năm\s+"
            # (never "năm 2021 và năm 2022", "năm 2021 - 2022": which year, unsaid)
            rf"(?P<base>{YEAR})(?![0-9])(?!\s*(?:và|,|-|–)\s*(?:năm\s+)?[0-9]{{4}})(?P<prev>(?!))?",
            _I,
        ),
    ),
    (
        # "giảm 51 người so với tổng số đã giao năm 2024 là 4.321 người": the base year's
        # figure, said after the comparison
        "base",
        re.compile(
            rf"(?<!\w){_SO_VOI}\s+là\s+(?P<n>{NUM}){NOT_MORE}\s*(?:{UNITW}|(?P<cat>{_CAT})"
            # ("... so với tổng số giao năm 2021 là 25.135.": a bare count closing the sentence)
            r"|(?=\s*\.?\s*$))",
            _I,
        ),
    ),
    (
        # "(số hiện có: 3.406 người)", "Số biên chế hiện có là 3.183": people in post that
        # the text names by no category, not posts; outside the plan
        "in-post",
        re.compile(
            # ("Số giáo viên hiện có ... là 15.586 người": people of a trade, in post)
            r"(?<!\w)số\s+(?:người\s+|biên\s+chế\s+|(?:giáo|giảng)\s+viên\s+)?(?:hiện\s+có|có\s+mặt|thực\s+có)"
            # ("số có mặt tính đến ngày 1/9 là ...": a day of the report's year)
            r"(?:\s+(?:tính\s+)?đến\s+(?:ngày\s+|tháng\s+)?[0-9]{1,2}(?:/[0-9]{1,2})?(?:/[0-9]{4})?)?"
            # ("số có mặt tại các cơ quan, đơn vị cấp huyện là 2.790 người": where they work;
            # "Số biên chế hiện có của khối là 3.183": whose they are, eng-at3)
            rf"(?:\s+(?:tại|ở|của)\s+(?:(?!{POSTS_GIVEN})[^\d;.:()]){{1,80}}?)?"
            # ("... tại các đơn vị sự nghiệp tính đến ngày 30/6/2022 là ...": the day after)
            r"(?:\s+(?:tính\s+)?đến\s+(?:ngày\s+|tháng\s+)?[0-9]{1,2}(?:/[0-9]{1,2})?(?:/[0-9]{4})?)?"
            # ("số người hiện có chỉ 6.683 người": only so many, said with "chỉ")
            rf"\s*(?:(?:chỉ\s+)?(?P<said>là)|:|chỉ(?=\s+[0-9]))\s*(?P<n>{NUM}){NOT_MORE}(?:\s*(?:người|biên\s+chế))?"
            rf"(?:\s*{_CAT})?"
            # ("là 9.104 công chức, 46.215 người làm việc và 165 người làm việc tại các hội":
            # each category's people present, listed; after ":" the list is read as units
            # apart, the "present" rules')
            rf"(?P<more>(?(said)(?:\s*(?:,|và|,\s*và)\s+{NUM}{NOT_MORE}\s*(?:người\s+)?{_CAT}){{1,4}}|(?!)))?",
            _I,
        ),
    ),
    (
        # "Bệnh viện A hiện có 230 người", "(hiện sử dụng 185 người)": people a body has in
        # post, named by no category: never its posts (a body's "N người làm việc" is; part-time
        # and contract staff have rules of their own); outside the plan
        "in-post",
        re.compile(
            # ("các cơ quan có mặt 1.012 người, thấp hơn số được giao 34 người": present, said
            # against the posts given; "có mặt N người" alone after no posts stays unread)
            r"(?<!\w)(?:hiện\s+(?:nay\s+)?(?:đang\s+)?(?:có|sử\s+dụng)|thực\s+có|đang\s+sử\s+dụng"
            rf"|có\s+mặt(?=\s+{NUM}\s*người[^;.]{{0,60}}?(?<!\w)(?:thấp|ít|cao|nhiều)\s+hơn\s+số"
            r"\s+(?:biên\s+chế\s+)?được\s+giao))\s+"
            rf"(?P<n>{NUM}){NOT_MORE}\s*người(?!\s+(?:làm\s+việc|hoạt\s+động|lao\s+động))(?!\w)",
            _I,
        ),
    ),
    (
        # "Hiện nay, toàn tỉnh có 17.418 cán bộ, công chức, viên chức": people of several
        # categories in post now, one count closing the clause; outside (one category is the
        # "present" rule's, outside too unless a change of them is stated)
        "in-post-named",
        re.compile(
            r"(?<!\w)hiện\s+(?:nay\s*,?\s*)?(?:(?:toàn\s+)?(?:tỉnh|thành\s+phố|ngành|khối)\s+)?"
            rf"có\s+(?P<n>{NUM}){NOT_MORE}\s+(?:cán\s+bộ|công\s+chức)\s*,\s*{AT_WORK}"
            r"(?=\s*(?:[.;]|$))",
            _I,
        ),
    ),
    (
        # "Số công chức có mặt đến ngày 30/9/2024 là 1.689 người", "Tổng số viên chức và người
        # lao động có mặt tại thời điểm ngày 30/6/2025 là 19.102 người": people in post that
        # the subject names by their category, on a day; outside the plan (the truths file
        # this form outside more often than as a unit, and outside never misreads it)
        "in-post-named",
        re.compile(
            rf"(?<!\w)(?:tổng\s+)?số\s+(?P<cat>{_CAT})(?:\s*,?\s*(?:viên\s+chức|người\s+lao\s+động))*"
            # ("số viên chức và người làm việc có mặt là 18.115 người": both, present)
            # ("Số công chức thực có đến tháng 6/2018 là 1.923 người": the same, "thực có")
            r"(?:\s+và\s+người\s+(?:lao\s+động|làm\s+việc))?\s+(?:hiện\s+có|có\s+mặt|thực\s+có|đang\s+(?:làm\s+việc|công\s+tác))(?!\w)"
            # the day and the bodies counted, never a word of posts given between
            rf"(?:(?!{POSTS_GIVEN})[^\d;.:()]|{_A_DAY}){{0,100}}?"
            # ("số công chức có mặt ở cấp xã lên tới 11.689 người": as many as that)
            rf"\s*(?:là|lên(?:\s+(?:tới|đến))?)\s+(?P<n>{NUM}){NOT_MORE}\s*người(?!\w)",
            _I,
        ),
    ),
    (
        # "..., khối chính quyền có mặt 2.046 công chức và 14.711 viên chức", "toàn tỉnh có
        # 1.811 công chức có mặt": people present, counted by category; outside (a day opening
        # the sentence, or "Hiện có", makes them a unit apart: the "present" rules')
        "in-post-named",
        re.compile(
            rf"(?<!\w)có\s+mặt\s+(?P<n>{NUM}){NOT_MORE}\s+(?:{UNITW}\s+)?(?P<cat>{_CAT})"
            rf"(?:\s+và\s+(?P<n2>{NUM}){NOT_MORE}\s+(?:{UNITW}\s+)?{_CAT}"
            # (eng-outside: "có mặt 127 công chức, 1.490 viên chức và 291 cán bộ, công chức cấp
            # xã": three categories or more, each present)
            rf"|(?P<more>(?:\s*,\s*{NUM}{NOT_MORE}\s+(?:{UNITW}\s+)?{_CAT}){{1,3}}"
            rf"\s*,?\s+và\s+{NUM}{NOT_MORE}\s+(?:{UNITW}\s+)?{_CAT}))?"
            rf"|(?<!\w)có\s+(?P<m>{NUM}){NOT_MORE}\s+(?:{UNITW}\s+)?{_CAT}\s+có\s+mặt(?!\w)",
            _I,
        ),
    ),
    (
        # "toàn tỉnh có 1.498 công chức và 14.216 viên chức có mặt", "hai tỉnh còn 4.611 công
        # chức có mặt", "các xã, phường đang có 19.203 cán bộ, công chức": people present, both
        # categories or one, counted by category after the day; outside as the form above
        "in-post-named",
        re.compile(
            rf"(?<!\w)(?:(?:có|còn)\s+(?P<n>{NUM}){NOT_MORE}\s+(?:{UNITW}\s+)?{_CAT}"
            rf"(?:\s+và\s+(?P<n2>{NUM}){NOT_MORE}\s+(?:{UNITW}\s+)?{_CAT})?\s+có\s+mặt(?!\w)"
            # ("Hiện phường đang bố trí 109 cán bộ, công chức ...": people placed now)
            rf"|(?<!\w)đang\s+(?:có|bố\s+trí)\s+(?P<m>{NUM}){NOT_MORE}\s+{_CAT}{_NOT_BOTH})",
            _I,
        ),
    ),
    (
        # "thành phố hiện có 179 công chức và 2.301 viên chức đang làm việc", "Hiện toàn khối có
        # 1.019 cán bộ, công chức, viên chức đang làm việc": people at work now, counted by
        # category; outside (posts are never "đang làm việc")
        "in-post-named",
        re.compile(
            # ("bố trí 633 công chức và 12.678 viên chức đang công tác ở cấp huyện về ...":
            # people moved, whatever the verb before them)
            # ("còn 19.870 người đang làm việc": people, never "N người làm việc", the posts)
            # (the verb before it taken too, so no value rule takes the count first)
            rf"(?:(?<!\w)(?:còn|có)\s+)?(?<![0-9.,])(?P<n>{NUM}){NOT_MORE}\s+(?:người(?=\s+đang\s)|(?:người\s+)?{AT_WORK})"
            rf"(?:\s+và\s+(?P<n2>{NUM}){NOT_MORE}\s+(?:người\s+)?{AT_WORK})?"
            r"\s+đang\s+(?:làm\s+việc|công\s+tác)(?!\w)",
            _I,
        ),
    ),
    (
        # "giảm 8 biên chế so với năm 2025 và 127 biên chế (6,03%) so với năm 2021": a second
        # comparison of the same unit, its verb left unsaid
        "and-change",
        re.compile(
            rf"(?<!\w)và\s+(?P<n>{NUM}){NOT_MORE}\s*{UNITW}(?:\s*\(\s*(?P<r>{NUM}\s?%)\s*\))?"
            rf"\s*,?\s*so\s+với\s+năm\s+(?P<base>{YEAR})",
            _I,
        ),
    ),
    (
        # "có 1.684 biên chế (...), giảm từ 1.771 biên chế năm 2021, tương ứng giảm 87 biên
        # chế": the base year's figure, then the change's amount said as its equivalent
        "frombase",
        re.compile(
            rf"(?<!\w)(?P<dir>giảm|tăng)\s+từ\s+(?P<a>{NUM}){NOT_MORE}(?:\s*{UNITW})?"
            rf"\s+(?:của\s+)?năm\s+(?P<ay>{YEAR})(?=\s*,\s*tương\s+(?:ứng|đương)(?:\s+với)?"
            rf"\s+(?P=dir)\s+[0-9])",
            _I,
        ),
    ),
    (
        "fromto",
        re.compile(
            rf"(?<!\w)(?:giảm|tăng)\s+từ\s+(?P<a>{NUM}){NOT_MORE}(?:\s*{UNITW})?"
            rf"(?:\s+(?:của\s+|vào\s+)?năm\s+(?P<ay>{YEAR}))?\s*,?\s+(?:xuống|lên)\s+(?:còn\s+)?"
            rf"(?P<n>{NUM}){NOT_MORE}(?:\s*{UNITW})?",
            _I,
        ),
    ),
    (
        # "ít hơn 7 biên chế so với số Ban Tổ chức Trung ương giao (1.761 biên chế)", "nhiều
        # hơn số Ban Tổ chức Trung ương giao 12 chỉ tiêu (15.580 chỉ tiêu)": another body's
        # figure for the same year, and the difference between the two
        "other-body",
        re.compile(
            rf"(?<!\w)(?P<dir>ít|nhiều)\s+hơn\s+(?:(?P<m>{NUM}){NOT_MORE}\s*(?:{UNITW})?\s+)?"
            r"(?:so\s+với\s+)?(?:con\s+)?số\s+(?:(?:biên\s+chế|chỉ\s+tiêu)\s+)?(?:do\s+)?"
            rf"(?P<body>[^\d();,.]{{3,60}}?)\s+giao\s*(?:(?P<m2>{NUM}){NOT_MORE}\s*"
            rf"(?:{UNITW})?\s*)?\(\s*(?P<n>{NUM}){NOT_MORE}\s*(?:{UNITW})?\s*\)",
            _I,
        ),
    ),
    (
        # "...; HĐND tỉnh đã giao (tại Nghị quyết ...) đủ 3.259 biên chế / đủ số này": the
        # figure just stated, passed on in full by another body; no figure of its own
        "in-full",
        re.compile(
            rf"(?<!\w)đủ\s+(?:(?P<n>{NUM}){NOT_MORE}\s*{UNITW}(?!\w)"
            r"|số\s+(?:biên\s+chế\s+)?(?:này|đó|trên)(?!\w))",
            _I,
        ),
    ),
    (
        # "số cán bộ, công chức cấp xã hiện có vượt số lượng quy định tại Điều 1 (143 người)",
        # "vượt định mức quy định 18.612 người": people above a quota, no posts of a unit
        "surplus",
        re.compile(
            # (the count of those above it, "số ... vượt": after a count, "có 1.300 người, vượt
            # số lượng quy định (1.250 người)", the parenthesis may be the quota itself)
            r"(?<!\w)số\s+[^\d;.()]{0,160}?(?<!không\s)(?<!chưa\s)"
            r"vượt\s+(?:số\s+lượng|định\s+mức|quy\s+định|số(?!\w))[^;.()]{0,80}?"
            rf"(?:\(\s*|(?<!\w)(?:là|tới)\s+)?(?<![0-9.,])(?P<n>{NUM}){NOT_MORE}(?=\s*người(?!\w))",
            _I,
        ),
    ),
    (
        # "Các trường hợp hợp đồng theo Nghị định số 68/2000/NĐ-CP tại các đơn vị sự nghiệp (627
        # người)": contract staff named first, their count after (no posts named between)
        "contract-named",
        re.compile(
            r"(?<!\w)(?:số|các\s+trường\s+hợp)\s+(?:lao\s+động\s+)?hợp\s+đồng(?!\w)"
            r"(?:(?!biên\s+chế|công\s+chức|viên\s+chức)[^\d;.()]|[0-9]+/){0,120}?"
            rf"\(\s*(?P<n>{NUM}){NOT_MORE}\s*người\s*\)",
            _I,
        ),
    ),
    (
        # "Số lượng người hoạt động không chuyên trách ở cấp xã tiếp tục thực hiện theo Nghị
        # quyết số 09/2023/NQ-HĐND (tổng số 2.190 người)": part-time commune staff named
        # first, their count in parentheses after; theirs, as "Số người hoạt động không
        # chuyên trách ... là N người" is (outside unless the text allocates them)
        "part-time-named",
        re.compile(
            r"(?<!\w)(?:số\s+(?:lượng\s+)?)?(?P<obj>người\s+hoạt\s+động\s+không\s+chuyên\s+trách"
            r"(?:\s+(?:ở\s+|tại\s+)?cấp\s+xã)?)"
            r"(?:(?!biên\s+chế|công\s+chức|viên\s+chức|và(?!\w))[^\d;.()]|[0-9]+/){0,120}?"
            rf"\(\s*(?:tổng\s+số\s*:?\s*)?(?P<n>{NUM}){NOT_MORE}\s*người\s*\)",
            _I,
        ),
    ),
    (
        # "Tổng biên chế ... là 7.934 biên chế, không kể 398 người hoạt động không chuyên
        # trách": part-time commune staff the sentence itself leaves out of its figure, counted
        # after the words leaving them out; theirs, as "part-time-named" is
        "part-time-left-out",
        re.compile(
            r"(?<!\w)(?:(?:không|chưa)\s+(?:kể|tính)(?:\s+cả)?|ngoài)\s+"
            rf"(?P<n>{NUM}){NOT_MORE}\s*(?P<obj>người\s+hoạt\s+động\s+không\s+chuyên\s+trách"
            r"(?:\s+(?:ở\s+|tại\s+)?cấp\s+xã)?)(?!\w)",
            _I,
        ),
    ),
    (
        "approximate",
        re.compile(rf"{APPROXIMATE.pattern}(?P<n>{NUM}){NOT_MORE}(?:\s*(?:nghìn|ngàn))?", _I),
    ),
    # "giảm tối thiểu 10% ... và tối thiểu 5% ...": a required minimum, not a figure
    ("minimum", MINIMUM_RATE),
    (
        # people leaving, and cases ("giải quyết cho 116 trường hợp"): outside the plan
        "leavers",
        re.compile(
            rf"(?:{LEAVERS.pattern}|{SHORT_OF.pattern})(?P<n>{NUM}){NOT_MORE}"
            rf"(?:\s*(?:{UNITW})(?:\s+{_SO_VOI_ANY})?)?"
            rf"|(?:(?<!\w)có\s+)?(?<![0-9.,])(?P<m>{NUM}){NOT_MORE}"
            rf"(?:{LEFT.pattern}|\s*trường\s+hợp(?!\w))",
            _I,
        ),
    ),
    (
        # "tinh giản 111 cán bộ, 50 công chức và 151 người hoạt động không chuyên trách": a
        # list of leavers, each count named after it; every count of it is outside
        "leavers",
        re.compile(
            rf"{LEAVERS.pattern}(?P<n>{NUM}){NOT_MORE}\s+[^\d;.(),]{{1,60}}?"
            rf"(?:\s*(?:,|và|,\s*và)\s+{NUM}{NOT_MORE}\s+[^\d;.(),]{{1,60}}?){{1,8}}"
            r"(?=\s*(?:[;.]|$))",
            _I,
        ),
    ),
    (
        "per-year",
        re.compile(rf"{PER_YEAR.pattern}(?P<n>{NUM}){NOT_MORE}", _I),
    ),
    (
        # "bình quân mỗi xã được bố trí 32 biên chế": an average per body, no unit's figure
        "per-year",
        re.compile(
            # ("biên chế bình quân của mỗi đơn vị cấp xã dự kiến khoảng 32 biên chế")
            # ("Bình quân mỗi xã, phường được giao 61 biên chế": the communes' words listed)
            r"(?<!\w)(?:bình\s+quân|trung\s+bình)\s+(?:của\s+)?(?:mỗi|một|1)\s+"
            r"(?:[^\d;,.()]|,(?=\s*(?:xã|phường|thị\s+trấn|đặc\s+khu)(?!\w))){1,40}?\s+"
            rf"(?P<n>{NUM}){NOT_MORE}",
            _I,
        ),
    ),
    (
        # "mỗi phòng chỉ có 6 - 7 người": a range, no figure
        "range",
        re.compile(
            rf"(?<![0-9.,])(?P<n>{NUM})\s*[-–]\s*(?P<m>{NUM}){NOT_MORE}\s*{UNITW}(?!\w)", _I
        ),
    ),
    (
        "subset",
        re.compile(
            rf"(?:(?<!\w)có\s+)?(?<![0-9.,])(?<!năm\s)(?P<n>{NUM}){NOT_MORE}\s*"
            rf"(?:{UNITW}\s+(?:là\s+)?)?(?:{SUBSET_NOUNS.pattern})",
            _I,
        ),
    ),
    (
        # "..., trong đó có 15.902 người làm việc trong sự nghiệp giáo dục và đào tạo.": the
        # people of one sector counted inside the figure, closing the sentence ("có": some of
        # it, its rest unnamed), a subset as "trong đó có N giáo viên" is
        "subset-sector",
        re.compile(
            # ("Trong tổng số trên có 20.415 người làm việc tại các cơ sở giáo dục công lập.":
            # the same after a frame pointing back, `statements._SUBSET_FRAME`)
            # ("... có 17.930 giáo viên và 3.415 người làm việc trong ngành y tế.": another
            # subset after one, `also`)
            # ("Trong số người làm việc năm 2025 có 41.206 người thuộc sự nghiệp giáo dục ...":
            # the frame may name the year of the figure it points back at, right after the
            # category's bare name ("viên chức đề xuất năm 2026" names more); after a frame the
            # people may be of any kind of body, "có 128 người làm việc tại các trạm ...": the
            # frame says they are some of the figure, `frame`)
            r"(?:(?:[,;]\s*trong\s+đó\s+|^(?P<frame>(?=\s*trong\s+(?:tổng\s+)?số\s))"
            r"[^\d;()]{0,100}?(?:(?<=\s)(?:người\s+làm\s+việc|viên\s+chức|công\s+chức)"
            rf"\s+năm\s+{YEAR}[^\d;()]{{0,20}}?)?\s)"
            r"có|(?P<also>\s+và))"
            rf"\s+(?P<n>{NUM}){NOT_MORE}\s*người(?:\s+làm\s+việc)?\s+"
            r"(?:thuộc|trong|tại|ở)\s+(?:các\s+)?(?P<obj>(?:sự\s+nghiệp|lĩnh\s+vực|ngành"
            r"|cơ\s+sở\s+giáo\s+dục)\s[^\d;:()]{2,80}?|(?(frame)[^\d;:()]{2,80}?|(?!)))"
            # (after a frame, the people of a trade among those people may follow, "...
            # trong lĩnh vực giáo dục và đào tạo, trong đó có 35.012 giáo viên": some of the
            # sector's, `statements._subset_whole`)
            rf"(?:\s*[.;]?\s*$|(?(frame)(?=,\s*trong\s+đó\s+có\s+{NUM}\s*"
            rf"(?:{POSTS_HELD_BY.pattern})\s*[.;]?\s*$)|(?!)))",
            _I,
        ),
    ),
    (
        # "1.896 người làm việc (trong đó có 1.702 viên chức giáo dục)": one sector's viên chức
        # counted inside the figure in its parenthesis, the sector named right after the
        # category ("ngành", "sự nghiệp" before it or not), a subset as "trong đó có N giáo
        # viên" is (eng-at1)
        "subset-sector",
        re.compile(
            rf"\(\s*trong\s+đó\s+có\s+(?P<n>{NUM}){NOT_MORE}\s*viên\s+chức\s+"
            r"(?P<obj>(?:(?:ngành|sự\s+nghiệp|lĩnh\s+vực)\s+)?(?:giáo\s+dục(?:\s+và\s+đào\s+tạo)?"
            r"|y\s+tế))\s*(?=\))(?P<frame>(?!))?(?P<also>(?!))?",
            _I,
        ),
    ),
    (
        # "182 biên chế, trong đó có 96 biên chế của Chi cục Kiểm lâm", "2.926 người, trong đó
        # có 1.035 người làm việc tại các trạm y tế xã": the posts one body (or one kind of
        # body) holds inside the figure, closing the clause ("có": some of it, the rest
        # unnamed), a subset as "trong đó có N giáo viên" is; never a part
        "subset-held",
        re.compile(
            rf"[,;]\s*trong\s+đó\s+có\s+(?P<n>{NUM}){NOT_MORE}\s*"
            r"(?:biên\s+chế|người(?:\s+làm\s+việc)?)\s+(?:của|tại|ở|thuộc)\s+"
            r"(?P<obj>[^\d;:()]{2,80}?)\s*[.;]?\s*$",
            _I,
        ),
    ),
    (
        # "86 biên chế (trong đó có 12 biên chế làm công tác văn thư, lưu trữ)", "486 biên chế;
        # trong đó có 64 biên chế chuyên gia, nghiên cứu viên": the posts of one duty or title
        # inside the figure, closing the clause ("có": some of it, the rest unnamed), a subset
        # as "trong đó có N giáo viên" is; never a part
        "subset-duty",
        re.compile(
            rf"[,;(]\s*trong\s+đó\s+có\s+(?P<n>{NUM}){NOT_MORE}\s*biên\s+chế\s+"
            rf"(?P<obj>(?:{POSTS_OF_A_DUTY.pattern})[^\d;:()]{{0,80}}?)\s*(?=[;.)]|$)",
            _I,
        ),
    ),
    (
        # "6.622 người (trong đó có 101 chỉ tiêu bổ sung cho sự nghiệp giáo dục)": the posts
        # added inside the figure, for a sector or not, closing the clause; a subset as
        # "trong đó có N giáo viên" is
        "subset-added",
        re.compile(
            rf"[,;(]\s*trong\s+đó\s+có\s+(?P<n>{NUM}){NOT_MORE}\s*"
            r"(?:chỉ\s+tiêu|biên\s+chế|người(?:\s+làm\s+việc)?)\s+"
            r"(?P<obj>(?:được\s+)?(?:giao\s+)?bổ\s+sung(?:\s+(?:cho|để)\s+[^\d;:()]{2,60}?)?)"
            r"\s*(?=[;.)]|$)",
            _I,
        ),
    ),
    (
        # "21.306 người, trong đó giáo viên 16.920 người", "..., trong đó số giáo viên là 16.920
        # người": the teachers named before their count, closing the clause (as "trong đó có
        # 16.920 giáo viên" is)
        "subset-named",
        re.compile(
            r"(?P<opener>[,;(])\s*trong\s+đó\s*,?\s+(?:số\s+(?:lượng\s+)?)?"
            r"(?P<obj>(?:giáo|giảng)\s+viên(?:\s+[^\W\d_]+){0,4}?)\s+(?:là\s+|có\s+)?"
            rf"(?P<n>{NUM}){NOT_MORE}\s*(?:người|biên\s+chế)?(?=\s*(?:[;.)]|$))",
            _I,
        ),
    ),
    (
        # "15.406 người, trong đó sự nghiệp giáo dục và đào tạo 14.530 người.": one sector
        # named after "trong đó", closing the sentence, is some of the figure's posts
        "among-one",
        re.compile(
            # ("…, trong đó ngành giáo dục và đào tạo có 15.206 người;": the same, with a verb,
            # before the item's closing semicolon)
            r"(?:[,;]\s*)?(?<!\w)trong\s+đó\s*:?\s*"
            r"(?P<obj>(?:sự\s+nghiệp|ngành|lĩnh\s+vực)\s[^\d;:()]{2,80}?)\s+(?:(?:có|là)\s+)?"
            rf"(?P<n>{NUM}){NOT_MORE}\s*{UNITW}\s*[.;]?\s*$",
            _I,
        ),
    ),
    (
        "contract",
        re.compile(
            # "giao 33 chỉ tiêu hợp đồng lao động": from the verb, so no value takes the count
            r"(?:(?<!\w)(?:được\s+giao|giao|bố\s+trí|là|có)\s+)?"
            rf"(?<![0-9.,])(?<!năm\s)(?P<n>{NUM}){NOT_MORE}\s*(?:{UNITW}\s+)?(?:lao\s+động\s+)?hợp\s+đồng",
            _I,
        ),
    ),
    (
        "object",
        re.compile(
            rf"(?<![0-9.,])(?<!năm\s)(?P<n>{NUM}){NOT_MORE}\s*{UNITW}\s+(?:được\s+)?(?:giao\s+)?"
            r"cho\s+(?P<obj>[^;.()0-9]{3,80}?)(?=\s*(?:[;.)]|,\s*[0-9]|\s+và\s+[0-9]|$))",
            _I,
        ),
    ),
    (
        # "..., gồm 1.702 biên chế cấp tỉnh, 1.556 biên chế cấp huyện và 1 biên chế dự phòng":
        # the items of a list by level, each named after its count
        "scoped",
        re.compile(
            r"(?P<lead>(?<!\w)(?:bao\s+)?gồm\s*:?|,)\s*"
            rf"(?P<n>{NUM}){NOT_MORE}\s*{UNITW}\s+(?:(?:{_CAT})\s+)?"
            r"(?P<obj>cấp\s+(?:tỉnh|huyện|xã))(?=\s*(?:[;,.)]|\s+và\s|$))",
            _I,
        ),
    ),
    (
        # "..., gồm 704 biên chế khối Đảng, 380 biên chế khối Mặt trận Tổ quốc và các đoàn
        # thể, 1.998 biên chế công chức khối chính quyền và ...": the items of a list by
        # block, each named after its count (and its category), up to the next count
        "block-after",
        re.compile(
            r"(?P<lead>(?<!\w)(?:bao\s+)?gồm\s*:?|,|(?<!\w)và)\s*"
            rf"(?P<n>{NUM}){NOT_MORE}\s*(?:biên\s+chế|người)\s+"
            r"(?:(?P<cat>cán\s+bộ,?\s+công\s+chức|công\s+chức|viên\s+chức)\s+)?"
            r"(?P<obj>khối\s[^\d;:,.()]{2,60}?)(?=\s*(?:[;,.)]|\s+và\s+[0-9]|$))",
            _I,
        ),
    ),
    (
        # "..., cấp huyện 956 biên chế, còn lại 17 biên chế dự phòng": the last item of a list,
        # named after its count
        "rest",
        re.compile(
            rf"(?:(?<!\w)(?:còn\s+lại|và)\s+|;\s*)(?:là\s+)?(?P<n>{NUM}){NOT_MORE}\s*"
            rf"(?:{UNITW}\s+)?(?:(?:{_CAT})\s+)?(?P<obj>dự\s+phòng|cấp\s+(?:tỉnh|huyện|xã))(?!\w)"
            # "; 8 biên chế dự phòng (cán bộ, công chức)": the reserve's category after it
            rf"(?:\s*\((?P<cat>{_CAT})\))?",
            _I,
        ),
    ),
    (
        # "gồm 515 biên chế công chức, 5.058 người làm việc, 9 biên chế dự phòng": the reserve
        # as the last item after a comma (read only where the list before it closes the
        # figure, as after "và")
        "rest",
        re.compile(
            rf",\s*(?P<n>{NUM}){NOT_MORE}\s*(?:{UNITW}\s+)?(?:(?:{_CAT})\s+)?(?P<obj>dự\s+phòng)"
            rf"(?:\s*\((?P<cat>{_CAT})\))?(?=\s*(?:[.;)]|$))",
            _I,
        ),
    ),
    (
        # "UBND tỉnh để lại 6 biên chế công chức dự phòng", "tỉnh giao thêm 123 biên chế sự
        # nghiệp dự phòng": the reserve of a category, named by its count
        "reserve",
        re.compile(
            # ("Giữ lại 24 biên chế công chức dự phòng tại Tổng cục ...": where it is held)
            rf"(?<!\w)(?:(?:để|giữ)\s+lại|giao(?:\s+thêm)?|dành)\s+(?P<n>{NUM}){NOT_MORE}\s*"
            # ("Giữ lại 40 người làm việc dự phòng tại Sở ...": the category as the count's noun)
            r"(?:biên\s+chế\s+)?(?P<cat>cán\s+bộ,?\s+công\s+chức|công\s+chức|viên\s+chức"
            r"|(?<=chế\s)sự\s+nghiệp|người\s+làm\s+việc)\s+dự\s+phòng(?=\s*(?:[.;,]|$)|\s+(?:do|tại)\s)",
            _I,
        ),
    ),
    (
        # "gồm: 65 biên chế giao cho các cơ quan và 3 biên chế dự phòng do Ban Thường vụ quản
        # lý": the reserve beside the posts given to bodies, named after its count (read only
        # right after such an object: `statements._items`)
        "reserve-beside",
        re.compile(
            rf"(?:\s*,\s*(?:và\s+)?|\s+và\s+)(?P<n>{NUM}){NOT_MORE}\s*{UNITW}\s+"
            rf"(?:(?:{_CAT})\s+)?(?P<obj>dự\s+phòng)"
            r"(?:\s+(?:do|tại)\s+[^\d;:,.()]{3,80}?)?(?=\s*(?:[;.)]|$))",
            _I,
        ),
    ),
    (
        # "giao cho các ban ... 134 biên chế và để dự phòng 3 biên chế": the posts set aside
        # after those given, the reserve, named before its count
        "set-aside",
        re.compile(
            # (from the space before "và": the same span as the list item's, taken first)
            r"(?:\s+và\s+|(?<!\w))(?:(?:để|giữ|dành)(?:\s+lại)?(?:\s+làm)?)\s+dự\s+phòng\s+"
            rf"(?P<n>{NUM}){NOT_MORE}\s*(?:biên\s+chế|chỉ\s+tiêu(?:\s+biên\s+chế)?)(?=\s*(?:[.;,]|$))",
            _I,
        ),
    ),
    (
        # "trong đó 27.698 người hưởng lương từ ngân sách nhà nước và 2.421 người hưởng lương
        # từ nguồn thu sự nghiệp": parts by pay source, named after their counts
        "paid",
        re.compile(
            # "gồm 2.950 biên chế công chức và 29.530 người làm việc hưởng lương từ ngân sách
            # nhà nước": after the công chức, the law's name of the VC category, no pay source
            # (branch eng-totals)
            # ("... công chức (gồm ... 30 biên chế dự phòng) và 31.250 người làm việc ...": the
            # same after the công chức's breakdown in parentheses)
            r"(?!(?:(?<=chức và )|(?<=chức, )|(?<=chức; )|(?<=\) và ))[0-9.,]+\s*người\s+làm\s+việc"
            r"\s+hưởng\s+lương"
            # (", bảo đảm mục tiêu ...": the clause going on with words, no next count)
            r"\s+(?:từ|bằng)\s+(?:ngân\s+sách(?:\s+nhà\s+nước)?|NSNN)(?=\s*(?:[;.(]|,\s*(?![0-9])|$)"
            # ("... và 44 biên chế các hội": the list's last part after it, eng-parts6)
            rf"|\s+và\s+{NUM}\s*{UNITW}\s+(?:các\s+hội|dự\s+phòng)(?!\w)))"
            rf"(?<![0-9.,])(?P<n>{NUM}){NOT_MORE}\s*người\s+(?:làm\s+việc\s+)?"
            r"(?P<obj>hưởng\s+lương\s+(?:từ|bằng)\s+[^\d;,.()]{3,60}?"
            # "gồm 201 người ở các đơn vị thuộc UBND tỉnh và 938 người ở ...": by where they
            # work, named after their counts
            r"|ở\s+(?:các\s+)?(?:đơn\s+vị|cơ\s+quan)\s[^\d;,.()]{3,80}?)"
            r"(?=\s*(?:[;,.()]|\s+và\s|$))",
            _I,
        ),
    ),
    (
        # "4.099 biên chế (giao chính thức 3.996 biên chế, giao dôi dư 103 biên chế)", "gồm
        # 4.235 biên chế chính thức và 1.383 biên chế dự phòng": parts by their standing,
        # named before or after their counts
        "status",
        re.compile(
            # named before: "giao chính thức N, giao dôi dư M" ("biên chế dự phòng 8 biên chế"
            # in a list is an item named by its words, read as the list's others are)
            rf"(?<!\w)giao\s+(?P<obj>chính\s+thức|dôi\s+dư)\s+(?P<n>{NUM}){NOT_MORE}\s*{UNITW}(?!\w)",
            _I,
        ),
    ),
    (
        "status",
        re.compile(
            rf"(?<![0-9.,])(?P<n>{NUM}){NOT_MORE}\s*(?:{UNITW}\s+)?(?P<obj>{STANDING})"
            r"(?=\s*(?:[;,.()]|\s+và\s|$))",
            _I,
        ),
    ),
    (
        # "(gồm 2.316 biên chế giao và 20 biên chế dự phòng)": the posts given out beside the
        # reserve, by their standing (as "chính thức" is); "giao" alone names no standing
        # elsewhere ("2.316 biên chế giao cho ...", "2.316 biên chế giao năm 2026")
        "status",
        re.compile(
            rf"(?<![0-9.,])(?P<n>{NUM}){NOT_MORE}\s*{UNITW}\s+(?P<obj>giao)"
            rf"(?=\s+và\s+{NUM}\s*{UNITW}\s+(?:(?:{_CAT})\s+)?dự\s+phòng(?!\w))",
            _I,
        ),
    ),
    (
        # "gồm: 22.850 biên chế sự nghiệp giáo dục và đào tạo; 6.462 biên chế sự nghiệp y tế
        # và 1.105 biên chế sự nghiệp khác": parts by sector, named after their counts
        "sector",
        re.compile(
            rf"(?<![0-9.,])(?P<n>{NUM}){NOT_MORE}\s*biên\s+chế\s+"
            r"(?P<obj>sự\s+nghiệp\s+[^\d;:.()]{2,60}?"
            # "(gồm 1.006 biên chế các cơ quan cấp tỉnh, 654 biên chế cấp huyện và 16 biên chế
            # dự phòng)": parts by level, named after their counts
            r"|(?:(?:các\s+)?cơ\s+quan\s+)?cấp\s+(?:tỉnh|huyện|xã)|dự\s+phòng)"
            r"(?=\s*(?:[;.),]|,?\s+và\s+[0-9]|$))",
            _I,
        ),
    ),
    (
        # "gồm 201 người ở các đơn vị thuộc Ủy ban nhân dân tỉnh và 938 người ở các đơn vị
        # thuộc các sở": parts by where they work, named after their counts
        "paid",
        re.compile(
            rf"(?<![0-9.,])(?P<n>{NUM}){NOT_MORE}\s*(?:người|biên\s+chế)\s+(?:làm\s+việc\s+)?"
            r"(?:ở|tại)\s+(?P<obj>(?:các\s+)?(?:đơn\s+vị|cơ\s+quan)\s[^\d;,.()]{3,80}?)"
            r"(?=\s*(?:[;.()]|\s+và\s|$))",
            _I,
        ),
    ),
    (
        # "gồm 1.115 biên chế của các đơn vị thuộc cơ quan Bộ và 8.360 biên chế của hệ thống thi
        # hành án dân sự", "... 708 biên chế tại các cục": parts by the bodies that hold them,
        # named after their counts (after "gồm" only: "trong đó" may list the largest few)
        "held-by",
        re.compile(
            rf"(?<![0-9.,])(?P<n>{NUM}){NOT_MORE}\s*(?:người|biên\s+chế)\s+(?:làm\s+việc\s+)?"
            r"(?:của|tại|ở)\s+(?P<obj>(?:các\s+)?(?:hệ\s+thống|vụ|cục|tổng\s+cục|chi\s+cục"
            r"|đơn\s+vị|cơ\s+quan)(?:\s[^\d;,.()]{2,80}?)?"
            # "gồm 2.418 biên chế của tỉnh Tuyên Quang cũ và ...": the provinces merged
            rf"|{FORMER})"
            # ("gồm 1.384 biên chế của A (cũ), 1.221 biên chế của B (cũ) và ...": a comma
            # only before the next part held by a body)
            rf"(?=\s*(?:[;.)]|\s+và\s|$|,\s*{NUM}\s*(?:người|biên\s+chế)\s+(?:của|tại|ở)\s))",
            _I,
        ),
    ),
    (
        # "+ cấp tỉnh 9.533 người; ...": a list item opening with its name and count
        "item",
        re.compile(
            # ("+ Công chức 133 suất;": the same; "- Viên chức 6.581 người (trong đó có 3.548
            # giáo viên);": the subset in its parenthesis after it, read by its own rule; a
            # verb before the count, "Toàn tỉnh bố trí 1.646 suất", makes it a sentence's)
            rf"^(?P<obj>[^\d;:(),]{{2,60}}?){_NO_VERB_BEFORE}\s+(?P<n>{NUM}){NOT_MORE}"
            r"\s*(?:người|suất)(?!\w)"
            r"(?=\s*(?:[;,.]|\(\s*trong\s+đó\s+có\s|$))",
            _I,
        ),
    ),
    (
        # "... được bố trí 31.976 người, kể cả 420 người dự phòng": the reserve inside the count
        "including",
        re.compile(
            # ("trong đó giữ lại 14 biên chế dự phòng do Sở Nội vụ quản lý", "1.762 biên chế
            # (gồm 18 biên chế dự phòng)": the same)
            rf"(?<!\w)(?:kể\s+cả|bao\s+gồm\s+cả|trong\s+đó(?:\s+(?:có|(?:giữ|để)\s+lại))?"
            rf"|(?<=\()(?:bao\s+)?gồm)\s+"
            rf"(?P<n>{NUM}){NOT_MORE}\s*(?:{UNITW}\s+)?"
            rf"(?:(?:{_CAT})\s+)?(?P<obj>dự\s+phòng)(?=\s*(?:[;:,.)]|$)|\s+do\s)",
            _I,
        ),
    ),
    (
        # "2.318 biên chế (trong đó dự phòng 11 biên chế), giảm 34 ...": the reserve named
        # before its count, inside the parenthesis right after the figure
        "including",
        re.compile(
            rf"\(\s*(?:trong\s+đó|kể\s+cả|(?:bao\s+)?gồm(?:\s+cả)?)\s+"
            rf"(?:(?:biên\s+chế|số)\s+)?(?P<obj>dự\s+phòng)\s+(?:là\s+)?"
            rf"(?P<n>{NUM}){NOT_MORE}\s*(?:{UNITW})?\s*\)",
            _I,
        ),
    ),
    (
        # "Giao bổ sung 151 biên chế sự nghiệp giáo dục năm học 2023 - 2024 ...": posts added
        # for one purpose, a unit of their own named after their figure
        "supplement",
        re.compile(
            # asked for, not given ("hỏi việc / đề nghị / xin bổ sung 81 biên chế"): not this
            rf"(?:^|(?<=[\s.:;,]))(?<!việc\s)(?<!nghị\s)(?<!xin\s)(?<!cầu\s)"
            rf"(?:giao\s+)?bổ\s+sung(?:\s+thêm)?\s+(?P<n>{NUM}){NOT_MORE}\s*"
            rf"(?:biên\s+chế|chỉ\s+tiêu)\s+(?P<obj>[^;()0-9,]{{3,80}}?)"
            rf"(?=\s*(?:năm\s+học\s+{YEAR}|\(|,|;|\.|$|cho\s))",
            _I,
        ),
    ),
    (
        "present",
        re.compile(
            r"(?:(?<!\w)hiện\s+(?:nay\s+)?có|(?<!\w)đã\s+tuyển\s+dụng,?\s+bố\s+trí"
            # "Đến ngày 1/9/2024, toàn tỉnh có 3.100 cán bộ, công chức": a count on a day
            # ("Đến tháng 8/2024, toàn ngành có mặt 7.418 viên chức": present that day)
            rf"|{_ON_A_DAY})"
            rf"\s+(?P<n>{NUM}){NOT_MORE}\s+(?:{UNITW}\s+)?"
            # (eng-outside: never the first of a list, "127 công chức, 1.490 viên chức và ...")
            rf"(?P<cat>{_CAT})(?!\s*(?:,\s*)?(?:và|cán|công|viên|người))(?!\s*,\s*[0-9])",
            _I,
        ),
    ),
    (
        # "Đến ngày 30/11/2024, toàn tỉnh có mặt 1.873 công chức và 20.286 người làm việc
        # hưởng lương từ ngân sách nhà nước": staff in post that day, of two categories, each
        # a unit apart from the posts given
        "present-pair",
        re.compile(
            rf"{_ON_A_DAY}\s+(?P<n>{NUM}){NOT_MORE}\s+(?:{UNITW}\s+)?(?P<cat>{_CAT})\s+và\s+"
            rf"(?P<n2>{NUM}){NOT_MORE}\s+(?:{UNITW}\s+)?(?P<cat2>{_CAT})"
            r"(?:\s+hưởng\s+lương\s+từ\s+ngân\s+sách(?:\s+nhà\s+nước)?)?(?=\s*(?:[.;]|$))",
            _I,
        ),
    ),
    (
        # "Số có mặt đến ngày 31/12/2021: 2.391 cán bộ, công chức và 16.408 viên chức": the
        # same, the day first, the categories after a colon
        "present-pair",
        re.compile(
            r"^số\s+(?:người\s+)?có\s+mặt\s+(?:tính\s+)?đến\s+ngày\s+[0-9]{1,2}/[0-9]{1,2}/"
            rf"(?P<dy>{YEAR})\s*:\s*(?P<n>{NUM}){NOT_MORE}\s+(?:{UNITW}\s+)?(?P<cat>{_CAT})\s+và\s+"
            rf"(?P<n2>{NUM}){NOT_MORE}\s+(?:{UNITW}\s+)?(?P<cat2>{_CAT})(?=\s*(?:[.;]|$))",
            _I,
        ),
    ),
    (
        # "Toàn tỉnh hiện có 1.802 công chức và 18.954 viên chức, thấp hơn số được giao ...":
        # the same, of the year the text is about ("... đang làm việc" after it is not read)
        "present-pair",
        re.compile(
            rf"(?<!\w)hiện\s+(?:nay\s+)?có\s+(?P<n>{NUM}){NOT_MORE}\s+(?:{UNITW}\s+)?(?P<cat>{_CAT})"
            rf"\s+và\s+(?P<n2>{NUM}){NOT_MORE}\s+(?:{UNITW}\s+)?(?P<cat2>{_CAT})"
            r"(?=\s*(?:[.;]|,\s*(?:thấp|ít)\s+hơn\s|$))",
            _I,
        ),
    ),
    (
        # "..., thấp hơn số được giao lần lượt 91 và 737 người": how far the staff in post
        # just stated fall short of the posts, no figure of a unit
        "below-given",
        re.compile(
            # (eng-outside: "nhiều hơn số được giao 28.700 người": above them, as far; "thấp
            # hơn số biên chế giao năm 2026 là 157 người": the posts' year said, then "là")
            r"(?<!\w)(?:thấp|ít|cao|nhiều)\s+hơn\s+(?:số|biên\s+chế)\s+(?:biên\s+chế\s+)?"
            # ("thấp hơn số đề nghị giao 214 người": short of the posts proposed)
            r"(?:(?:được\s+)?giao|(?:đề\s+nghị|đề\s+xuất|dự\s+kiến)(?:\s+giao)?)\s+"
            rf"(?:năm\s+{YEAR}\s+là\s+)?"
            rf"(?:lần\s+lượt\s+)?(?P<n>{NUM}){NOT_MORE}(?:\s+và\s+(?P<m>{NUM}){NOT_MORE})?"
            r"\s*người(?!\w)",
            _I,
        ),
    ),
    (
        # "..., thấp hơn 175 người so với biên chế được giao": the same, the count first
        "below-given",
        re.compile(
            # ("nhiều hơn 657 người so với số biên chế được giao": above them, as far)
            # (eng-outside: "vượt 15 người so với số biên chế được giao năm 2025": above them;
            # "nhiều hơn 45 người so với biên chế mới": the new posts, as far)
            rf"(?<!\w)(?:(?:thấp|ít|cao|nhiều)\s+hơn|vượt)\s+(?P<n>{NUM}){NOT_MORE}\s*người\s+"
            r"so\s+với\s+(?:(?:số\s+)?(?:biên\s+chế\s+|chỉ\s+tiêu\s+)?(?:được\s+)?giao"
            r"|(?:số\s+)?biên\s+chế\s+mới)(?!\w)",
            _I,
        ),
    ),
    (
        # "Tổng cục Thủy lợi: 212 biên chế, có mặt 198 người": the staff in post of the unit
        # whose posts were just given, a unit apart from them
        "present-of",
        # (a table's column "Số có mặt đến 30/9/2024" is read as ", có mặt năm 2024 N người")
        re.compile(
            # ("Sở A: 212 biên chế (có mặt 198 người)": the same, in a parenthesis of it alone)
            r"(?:[,;]\s*|\(\s*(?=có\s+mặt\s+[0-9.]+\s*người\s*\)))"
            # ("...; đến ngày 31/10/2024 có mặt 1.996 người": the same, on a day said first;
            # the day names no year of the posts)
            r"(?:(?:tính\s+)?đến\s+ngày\s+[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}\s*,?\s*)?"
            rf"có\s+mặt(?:\s+năm\s+(?P<dy>{YEAR}))?\s+(?P<n>{NUM}){NOT_MORE}\s*người(?!\w)",
            _I,
        ),
    ),
    (
        # "Đến ngày 1/9/2024, toàn tỉnh có 3.100 người": a count on a day that does not say
        # of what: staff in post or posts, so not read
        "present",
        re.compile(
            rf"^(?:tính\s+)?đến\s+ngày\s+[0-9]{{1,2}}/[0-9]{{1,2}}/(?P<dy>{YEAR})\s*,\s*"
            rf"(?:toàn\s+(?:tỉnh|thành\s+phố)\s+)?có\s+(?P<n>{NUM}){NOT_MORE}\s*người(?!\w)"
            r"(?!\s+làm\s+việc)",
            _I,
        ),
    ),
    (
        "extreme",
        re.compile(
            r"(?:[;,]|(?<!\w)trong\s+đó)?\s*(?P<obj>[^\d;():,]{2,80}?)\s+(?:được\s+giao\s+|có\s+)?"
            # "Sở X nhiều nhất (391 biên chế)": the figure in parentheses is the same
            rf"{_MOST}\s*(?:là\s+|với\s+|\(\s*)?(?P<n>{NUM}){NOT_MORE}\s*{UNITW}"
            r"(?:\s*\))?",
            _I,
        ),
    ),
    (
        "extreme",
        re.compile(
            rf"(?<!\w){_MOST}\s+(?:là\s+)?(?P<obj>[^\d;():,]{{2,60}}?)\s+(?:với\s+)?"
            rf"(?P<n>{NUM}){NOT_MORE}\s*{UNITW}",
            _I,
        ),
    ),
    (
        "listed",
        re.compile(
            # ("...; gồm khối Đảng, ... 1.684, ...": the list word after the semicolon)
            # (a year after "năm" is no item's count: "; số viên chức giữ nguyên so với năm 2021")
            r"(?P<lead>(?:[;(]\s*)?(?<!\w)(?:trong\s+đó|gồm)\s*:?|[;(])\s*(?P<obj>[^\d;():]{2,80}?)(?<!năm)\s+"
            rf"{_NO_CLAUSE_NUMBER}(?P<n>{NUM}){NOT_MORE}(?!\s*{UNITW})(?=\s*(?:[;).]|,\s|\s+và\s|$))",
            _I,
        ),
    ),
    (
        # "- Văn phòng UBND tỉnh 68, Ban Dân tộc 23, Thanh tra tỉnh 36;": a roll of bodies,
        # each named before its count, from the sentence's start or after a count's comma
        "roll",
        re.compile(
            # a bare year-like "1986" is never a roll's count (thousands take a dot)
            rf"(?:^|(?<=[0-9][,;])|(?<=[0-9])(?=\s+và\s))\s*(?:và\s+)?(?P<obj>[^\d;():]{{2,80}}?)(?<!năm)\s+"
            rf"(?!(?:19|20)[0-9]{{2}}(?![0-9.,]))(?P<n>{NUM})"
            # (")": the last item of a parenthesis it goes on, "(cấp tỉnh 798, cấp huyện 614)",
            # kept only inside a parenthesis open before it: `statements._items`)
            rf"{NOT_MORE}(?!\s*{UNITW})(?=\s*(?:[;,.)]|$)|\s+và\s)",
            _I,
        ),
    ),
    (
        # "gồm: UBND cấp huyện 21.355 người, cơ quan chuyên môn thuộc tỉnh 7.649 người": items
        # with their unit word, opened by a word saying they are all the parts (never "trong
        # đó", which also opens the largest few of a list)
        "listed-unit",
        re.compile(
            # ("...; trong đó sự nghiệp giáo dục 10.904 người, ..., các sự nghiệp khác 1.322
            # người": after a semicolon, read only where the items add up or end with the
            # rest, as every list "trong đó" opens)
            r"(?P<lead>(?:[,;]\s*)?(?<!\w)(?:(?<!không\s)bao\s+gồm|gồm|chia\s+ra)\s*:?|[(:]"
            r"|;\s*trong\s+đó\s*:?)\s*"
            # ("gồm: cấp tỉnh (các sở, ban, ngành) 1.673 người": the bodies the name covers,
            # glossed, no count; never a mark such as "(cũ)" that makes another unit)
            rf"(?P<obj>[^\d;():]{{2,60}}?(?:\s*\(\s*(?:các|những)\s[^\d;():]{{2,60}}\))?)"
            rf"\s+(?P<n>{NUM}){NOT_MORE}\s*(?P<word>{_ITEM_WORD})(?!\w){_ITEM_CATEGORY}{_ITEM_END}",
            _I,
        ),
    ),
    (
        # "các huyện còn lại mỗi huyện 100 chỉ tiêu": an amount for each of several bodies,
        # not one unit's figure
        "each",
        re.compile(
            # ("mỗi khu vực 610 biên chế", "mỗi chi cục 12 biên chế": whatever the body; a
            # span of time is a yearly average, read apart)
            r"(?<!\w)mỗi\s+(?!(?:năm|tháng|quý|lần|giai\s+đoạn|kỳ|người)(?!\w))(?=[^\W\d_])"
            # "mỗi xã được bố trí 32 biên chế": whatever the verb, up to the count
            rf"[^\d;,.()]{{1,40}}?\s(?P<n>{NUM}){NOT_MORE}(?!\s*[-–]\s*[0-9])",
            _I,
        ),
    ),
    (
        # the next item: its name holds no comma ("; kế đến là Sở Tài chính 118 biên chế")
        "listed-unit",
        re.compile(
            r"(?P<lead>[;,]|\s+và(?=\s))\s*(?:(?:kế|tiếp)\s+(?:đến|theo)\s+(?:là\s+)?)?"
            # ("và 12 Trung tâm Chính trị cấp huyện 54 biên chế": a count of bodies in a name)
            rf"(?P<obj>(?P<bodies>[0-9]{{1,2}}\s+(?={NOT_STAFF_AFTER.pattern}))?[^\d;():,]{{2,60}}?)"
            rf"\s+(?P<n>{NUM}){NOT_MORE}\s*(?P<word>{_ITEM_WORD})(?!\w){_ITEM_CATEGORY}{_ITEM_END}",
            _I,
        ),
    ),
    (
        # "gồm Trung tâm A 15 người và Trung tâm Văn hóa, Thông tin và Thể thao 22 người.": the
        # last item, after "và" right after the item before's unit word, its name holding
        # commas and "và" (all up to its count, the clause's end after it); read only where
        # the list adds up to its figure (`statements`), as the rule above reads it without
        "listed-last",
        re.compile(
            r"(?:(?<=người)|(?<=chế)|(?<=tiêu))(?P<lead>\s+và(?=\s))\s*"
            # ("và 9 trường mầm non, tiểu học, trung học cơ sở 486 người (trong đó có 421 giáo
            # viên).": a count of bodies in the name, the teachers among its people after it)
            rf"(?P<obj>(?P<bodies>[0-9]{{1,2}}\s+(?={NOT_STAFF_AFTER.pattern}))?[^\d;():]{{2,80}}?)"
            rf"\s+(?P<n>{NUM}){NOT_MORE}\s*(?P<word>người|biên\s+chế|chỉ\s+tiêu(?:\s+biên\s+chế)?)(?!\w)"
            r"(?=\s*(?:[.;]|\(\s*trong\s+đó\s+có\s|$))",
            _I,
        ),
    ),
    (
        # "Trong tổng số 16.335 người: A 5.391 người; B 10.939 người": a figure stated before,
        # named again by its count as the topic of its list
        "recall",
        re.compile(rf"^trong\s+(?:tổng\s+)?số\s+(?P<n>{NUM}){NOT_MORE}\s*(?:{UNITW})?\s*(?=:)", _I),
    ),
    (
        # the next item after ";", its name may hold commas ("; UBND các huyện, thành phố
        # 10.939 người")
        "listed-unit",
        re.compile(
            r"(?P<lead>;)\s*(?P<obj>[^\d;():]{2,80}?)\s+"
            rf"(?P<n>{NUM}){NOT_MORE}\s*(?P<word>{_ITEM_WORD})(?!\w)"
            r"(?=\s*(?:[;).]|$)|\s*\(\s*trong\s+đó\s+có\s)",
            _I,
        ),
    ),
    (
        # "Với 3.126 biên chế công chức tạm giao năm 2022: ...", "Số 29.755 biên chế viên chức
        # ... gồm: ...": a figure said again as the topic of the list after it
        "topic",
        re.compile(
            rf"^(?:với|số)\s+(?P<n>{NUM}){NOT_MORE}\s*(?:{UNITW}\s+)?(?P<cat>{_CAT}){_NOT_BOTH}"
            rf"[^\d:;()]{{0,80}}?(?:\s+năm\s+(?P<y>{YEAR}))?\s*(?=:|(?<!\w)(?:bao\s+)?gồm(?!\w))",
            _I,
        ),
    ),
    (
        # "Số người làm việc năm 2026 (212 người) giảm 24 người so với năm 2021 (236 người)":
        # the figure of the year just named, in parentheses, before that year's change; never
        # after a year compared with ("so với / như / bằng / hơn năm 2025 (212 người)": that
        # year's figure, the base rules')
        "value",
        re.compile(
            rf"(?<=năm\s[0-9]{{4}}\s)(?<!với\snăm\s[0-9]{{4}}\s)(?<!như\snăm\s[0-9]{{4}}\s)"
            rf"(?<!bằng\snăm\s[0-9]{{4}}\s)(?<!hơn\snăm\s[0-9]{{4}}\s)(?<!từ\snăm\s[0-9]{{4}}\s)"
            # (nor after "đến năm": "từ năm 2021 (910) đến năm 2026 (849)" is a move, its
            # first year's figure not the subject's)
            rf"(?<!đến\snăm\s[0-9]{{4}}\s)(?<!tới\snăm\s[0-9]{{4}}\s)"
            rf"\(\s*(?P<n>{NUM}){NOT_MORE}\s*(?:{UNITW})?\s*\)"
            r"(?=\s*,?\s*(?:đã\s+)?(?:giảm|tăng)\s+[0-9])",
            _I,
        ),
    ),
    (
        "value",
        re.compile(
            # ("Bộ giữ 2.830 biên chế công chức": the posts a body keeps)
            r"(?:(?<!\w)(?:là|còn|có|đạt|giữ|được\s+giao|bố\s+trí|phân\s+bổ|sử\s+dụng"
            # "- Năm 2026: giảm còn 1.843 biên chế, ...": what is left, the fall said with it
            # (eng-chains6); "tăng lên 3.491 biên chế, tăng 104 biên chế": what it rose to,
            # only where the rise is said right after it ("tăng lên 104" alone may be by 104)
            r"|giảm\s+(?:xuống\s+)?còn"
            rf"|tăng\s+lên(?=\s+{NUM}\s*{UNITW}\s*,\s*tăng\s+[0-9])"
            # "- Năm 2026: còn lại 19.330 người": what is left, right after an item's label
            # (elsewhere "còn lại" may name the rest of a list: "còn lại 17 ... dự phòng")
            r"|(?<=:\s)còn\s+lại"
            # "..., số lượng người làm việc còn lại 3.147 người, cắt giảm 391 người ...": what
            # is left after the cut said right after it (a list's "còn lại 17 biên chế dự
            # phòng" names the rest of the list, no cut after it)
            rf"|còn\s+lại(?=\s+{NUM}\s*{UNITW}\s*,\s*(?:cắt\s+)?giảm\s+[0-9])"
            # "Đề nghị phê duyệt 58.320 người làm việc ...": what is approved, as what is given
            r"|(?:được\s+)?phê\s+duyệt"
            # "Ban Tổ chức Trung ương giao tỉnh 3.259 biên chế": the text's own province (a
            # named one may be one of many)
            r"|giao(?:(?:\s+cho)?\s+(?:tỉnh|thành\s+phố|địa\s+phương)(?=\s+[0-9]))?"
            # "... các đơn vị sự nghiệp công lập và hội quần chúng tổng cộng 30.119 người"
            r"|tổng\s+cộng)"
            # "Đến năm 2026, số lượng người làm việc 2.896 người, giảm ...": the count right
            # after the category's own name, in its own word ("người" after any other name
            # may count people, not posts)
            r"|(?<=(?<!\w)số\slượng\sngười\slàm\sviệc)"
            rf"(?=\s+{NUM}{NOT_MORE}\s*người(?!\w)(?!\s+đang\s))"
            # "... số người làm việc năm 2025: toàn tỉnh 61.356 người" (a headline); never
            # after a word opening a list ("gồm: 2.000 biên chế công chức và ...": parts)
            r"|(?<!gồm)(?<!trong\sđó)(?<!cụ\sthể)(?<!chia\sra)(?<!như\ssau)"
            # ("- Năm 2026: còn lại 19.330 người": after a label's colon, what remains; a
            # name before it, "các huyện còn lại 500", is the rest of a list, not read here)
            r":(?:\s+(?:toàn\s+(?:tỉnh|thành\s+phố)|còn\s+lại(?=\s+[0-9])))?)\s+"
            r"(?:(?:tổng\s+cộng|tổng\s+số|chỉ\s+còn|xuống\s+còn)\s+)?"
            rf"(?P<n>{NUM}){NOT_MORE}(?:\s*{UNITW}|(?=\s*(?:[.;,:)]|$))"
            # "năm 2022 còn 259.480 (giảm 3.220 so với năm 2021)": its change in parentheses
            r"|(?=\s*\(\s*(?:giảm|tăng)\s+[0-9])"
            # "năm 2021 là 8, năm 2026 là 8 (giữ nguyên);": kept in parentheses, as bare (the
            # "equal" rule's "(giữ nguyên)" then needs the year its context compares with)
            r"|(?=\s*\(\s*(?:giữ\s+nguyên|không\s+thay\s+đổi)\s*\))"
            # "Biên chế công chức: 142 (năm 2024: 146);": the year before recalled beside it
            # in the item's own form, as bare as the count itself
            rf"|(?=\s*\(\s*năm\s+{YEAR}\s*:\s*{NUM}{NOT_MORE}\s*\))"
            # "năm 2025 còn 1.306 và năm 2026 còn 1.286 biên chế": a year chain's last joiner
            rf"|(?=\s+và\s+(?:đến\s+(?:hết\s+)?)?năm\s+{YEAR}))",
            _I,
        ),
    ),
    (
        "bare",
        re.compile(
            rf"(?<![0-9.,])(?<!năm\s)(?P<n>{NUM}){NOT_MORE}\s*(?:biên\s+chế|chỉ\s+tiêu(?:\s+biên\s+chế)?)",
            _I,
        ),
    ),
    (
        # "..., trong đó tỉnh A (cũ) 1.200, tỉnh B cũ 1.000.": a former place's count right
        # after its name, bare as in a list of the places merged (as "tỉnh A cũ: 1.200": what
        # it counts is the figure's before it, as a part; inside a parenthesis still unread)
        "value",
        re.compile(
            rf"(?:(?<=\scũ\s)|(?<=\s\(cũ\)\s))(?P<n>{NUM}){NOT_MORE}(?=\s*(?:[,;)]|\.(?!\d)|$))",
            _I,
        ),
    ),
    (
        "part",
        re.compile(
            rf"(?<![0-9.,])(?<!năm\s)(?P<n>{NUM}){NOT_MORE}\s+(?:{UNITW}\s+)?(?P<cat>{_CAT})"
            + _NOT_BOTH,
            _I,
        ),
    ),
    (
        # "..., 2.631 người làm việc và 10 biên chế các hội": the hội's part, named by its
        # count and a word of posts ("(29 hội)" counts the societies), nothing after its
        # name but the list's separator or end (eng-probe1)
        "part",
        re.compile(
            rf"(?<![0-9.,])(?<!năm\s)(?P<n>{NUM}){NOT_MORE}\s+{UNITW}\s+"
            r"(?P<cat>(?:các\s+)?hội(?:\s+(?:có\s+tính\s+chất\s+)?đặc\s+thù)?)"
            r"(?=\s*(?:[,;.)]|và\s|$))",
            _I,
        ),
    ),
)
"""The statement rules, by name; where two match at one place the longer wins, then the
earlier in this list."""
