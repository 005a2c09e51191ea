"""Pass 3, statements: one sentence → the statements it makes, each complete or not at all.

A sentence is read as a row of items found by named rules (`RULES`, each with positive and
negative examples as data in tests/test_reader_forms.py, a form and its twin): a value "là 1.247
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

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from lotrinh.extract.chains import Spelled, spell_out
from lotrinh.extract.document import NUM, YEAR
from lotrinh.extract.groups import Group, counted_clauses, each_group
from lotrinh.extract.lexicon import (
    APPROXIMATE,
    COMMUNE_CLASS,
    CONTRACT_MENTION,
    EXCLUDING,
    GOAL_RATE,
    LEAVERS,
    LEFT,
    NO_POST_PEOPLE,
    NOT_STAFF_AFTER,
    ORGANISATION,
    PARENTHESES,
    PER_YEAR,
    SHORT_OF,
    SUBSET_NOUNS,
    UNUSED,
    Scope,
    groups_named,
    kind_of,
    known_block,
    names_contracts,
    qualifier,
    scope_of,
)
from lotrinh.extract.lexicon import Kind as LexKind
from lotrinh.extract.merged import FORMER, former_place, new_place_dropped
from lotrinh.extract.outside import (
    in_post_split,
    leavers_after_a_semicolon,
    moved_of_all,
    overruns,
    recruitment_against_leavers,
    vacancies_split,
)
from lotrinh.extract.result import Message
from lotrinh.extract.units import IN_POST
from lotrinh.model import Category, Rate
from lotrinh.numbers import NumberError, Rounding, parse_count, parse_rate, percent, rate_matches

Span = tuple[int, int]

_UNITW = r"(?:biên\s+chế|người|chỉ\s+tiêu|suất)"
_CAT = (
    r"(?:cán\s+bộ,?\s+công\s+chức(?:\s+cấp\s+xã)?|CBCC|công\s+chức|viên\s+chức|VC"
    r"|người\s+làm\s+việc)(?!\w)"
)
_MOD = r"(?:\s+(?:thêm|tiếp|tối\s+thiểu|ít\s+nhất|được|khoảng|bình\s+quân))*"
_SO_VOI = (
    rf"so\s+với\s+(?:[^0-9();.]{{0,60}}?\s)?(?:năm\s+(?P<base>{YEAR})"
    # "so với năm trước", "so với cùng kỳ năm trước": the year before the subject's
    # ("so với năm trước liền kề": the year right before)
    r"|(?:cùng\s+kỳ\s+)?(?P<prev>năm\s+(?:trước(?:\s+liền\s+kề)?|liền\s+(?:trước|kề)))(?!\w))"
)
_NOT_MORE = r"(?![0-9]|[.,][0-9]|\s?%)"
_SO_VOI_ANY = r"so\s+với\s+(?:chỉ\s+tiêu|kế\s+hoạch|định\s+mức|yêu\s+cầu)"
"""A comparison with a quota, not a year: "còn thiếu 418 người so với chỉ tiêu"."""
_NOT_BOTH = r"(?!\s*(?:,|và|,\s*và)\s+(?:viên\s+chức|người\s+làm\s+việc|công\s+chức)(?!\w))"
"""Not followed by a second category: "300 cán bộ, công chức, viên chức" counts both, never
the first alone."""
_MOST = r"(?:nhiều|ít|cao|thấp)\s+nhất"
"""The largest or smallest of a list ("Sở Y tế nhiều nhất (391 biên chế)", "cao nhất với")."""
_I = re.IGNORECASE
_DOCUMENT = r"(?:quyết\s+định|nghị\s+quyết|công\s+văn|kế\s+hoạch)\s+(?:số\s+)?[0-9]+[-/][^\s(),;]*"
"""A document cited as a figure's source ("Quyết định số 1499/QĐ-TTg")."""
MINIMUM_RATE = re.compile(
    rf"(?<!\w)(?:ít\s+nhất|tối\s+thiểu)\s+(?P<n>{NUM}\s?%)"
    # "cao hơn mức giảm 10% Bộ Chính trị yêu cầu": the rate someone requires, not this cut's
    # ("tương đương mức 5% Bộ Chính trị giao": the level given, said as the cut's equal; the
    # words up to the verb are taken too, so no rate rule reads the level as the cut's)
    r"|(?<!\w)(?:(?:tương\s+(?:đương|ứng)(?:\s+với)?|bằng)\s+)?"
    rf"mức\s+(?:(?:giảm|tăng)\s+)?(?P<m>{NUM}\s?%)"
    r"[^.;,()0-9]{0,40}?(?<!\w)(?:yêu\s+cầu|quy\s+định|đề\s+ra|giao)(?!\w)",
    _I,
)
"""A minimum rate ("tối thiểu 5%"): a target the text sets or quotes, never a figure."""
# "giảm 3 đơn vị": a change of something other than posts (bodies, years) is no staffing change
_NOT_POSTS = rf"(?!{NOT_STAFF_AFTER.pattern})"
_STANDING = r"(?:chính\s+thức|dôi\s+dư|dự\s+phòng)(?!\w)"
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
_AT_WORK = (
    r"(?:cán\s+bộ|công\s+chức|viên\s+chức)(?:\s*,\s*(?:cán\s+bộ|công\s+chức|viên\s+chức)){0,2}"
    r"(?:\s*,?\s*người\s+lao\s+động)?"
)
"""The categories of people at work named after their count ("cán bộ, công chức, viên chức")."""
_POSTS_GIVEN = (
    r"(?<!\w)(?:giao|biên\s+chế|chỉ\s+tiêu|định\s+mức|phê\s+duyệt|được|dự\s+kiến"
    r"|kế\s+hoạch)(?!\w)"
)
"""Words of posts given or planned: a clause holding them counts posts, not people in post."""

_MERGED_PLACES = (
    r"[^\d();.,]{1,100}?(?<!\w)trước\s+(?:khi\s+)?(?:sắp\s+xếp|hợp\s+nhất|sáp\s+nhập)(?!\w)"
)
"""Places named as they were before a merger ("tỉnh A và tỉnh B trước sắp xếp")."""

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
            rf"\s+(?P<n>{NUM}){_NOT_MORE}(?:\s*{_UNITW})?",
            _I,
        ),
    ),
    (
        "fronted",
        re.compile(
            # ("So với biên chế được giao năm 2024 (1.903 biên chế), ...": what it compares)
            rf"^so\s+với\s+(?:[^0-9();.,]{{0,60}}?\s)?năm\s+(?P<base>{YEAR})"
            # ("... năm 2021 của 4 bộ, cơ quan (7.612 biên chế)": whose, a count of bodies)
            r"(?:\s+của\s+(?:[0-9]{1,3}\s+)?[^\d();.]{1,40}?)?\s*\(\s*"
            rf"(?P<n>{NUM}){_NOT_MORE}\s*"
            # "(106.836 biên chế theo Quyết định số 1499/QĐ-TTg)": the figure and its source
            rf"(?:{_UNITW})?(?:\s+theo\s+{_DOCUMENT})?\s*\)",
            _I,
        ),
    ),
    (
        # "So với năm 2021 (2.736 biên chế công chức cấp tỉnh của ba tỉnh ... trước hợp nhất),
        # giảm 148 biên chế, tỷ lệ giảm 5,41%": the base year's figure said with a scope of its
        # own (whose posts they were then); the subject's only where the change's rate is
        # the change over that figure (`_take_fronted`)
        "fronted",
        re.compile(
            rf"^so\s+với\s+(?:[^0-9();.,]{{0,60}}?\s)?năm\s+(?P<base>{YEAR})\s*\(\s*"
            rf"(?P<n>{NUM}){_NOT_MORE}\s*{_UNITW}(?:\s+(?P<cat>{_CAT}))?"
            r"(?P<scope>(?:\s+cấp\s+(?:tỉnh|huyện|xã))?\s+của\s+[^\d();:]{3,120}?)\s*\)",
            _I,
        ),
    ),
    (
        # "So với biên chế được giao năm 2021 (1.072 cán bộ, công chức; 121 viên chức), ...":
        # each category's figure for the base year, before the changes of that category
        "fronted",
        re.compile(
            rf"^so\s+với\s+(?:[^0-9();.,]{{0,60}}?\s)?năm\s+(?P<base>{YEAR})\s*\(\s*"
            rf"(?P<n>{NUM}){_NOT_MORE}\s*(?:{_UNITW}\s+)?(?P<cat>{_CAT})\s*(?:;|,?\s*và)\s*"
            rf"(?P<n2>{NUM}){_NOT_MORE}\s*(?:{_UNITW}\s+)?(?P<cat2>{_CAT})\s*\)\s*,",
            _I,
        ),
    ),
    (
        "fronted",
        re.compile(
            # "Lãnh đạo Sở Nội vụ cho biết, so với năm 2021, ...": after a reporting clause
            # (or a quotation after it: 'cho biết: "So với năm 2021, ...')
            r"^(?:[^;:()0-9]{0,100}?(?<!\w)cho\s+(?:biết|hay)\s*(?:,|:\s*[\"“])?\s*)?"
            rf"so\s+với\s+(?:[^0-9();.,]{{0,60}}?\s)?năm\s+(?P<base>{YEAR})\s*,",
            _I,
        ),
    ),
    # "Để đạt tỷ lệ 10%, ...": the goal a clause works towards, a target quoted
    ("minimum", re.compile(rf"{GOAL_RATE.pattern}(?P<n>{NUM}\s?%)", _I)),
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
            rf"\s+(?P<n>{NUM}){_NOT_MORE}\s*{_UNITW}",
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
            rf"(?:\s+(?:như|so\s+với|bằng))?(?:\s+(?:(?!(?:đến|tới|hết)(?!\w))[^\d;.()]){{1,30}}?)??"
            rf"\s+năm\s+(?:(?P<base>{YEAR})"
            r"|(?P<prev>trước|liền\s+trước)(?!\w))",
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
            rf"(?<!\w)giữ\s+nguyên\s+(?P<n>{NUM}){_NOT_MORE}\s*(?:biên\s+chế|chỉ\s+tiêu|người)"
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
            rf"(?<=năm\s[0-9]{{4}}\s)giữ\s+nguyên\s+(?P<n>{NUM}){_NOT_MORE}\s*"
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
            # `_merged_base`)
            rf"(?P<bwhose>\s+của\s+(?:hai|ba|các)\s+tỉnh\s{_MERGED_PLACES})?\s*\(\s*"
            rf"(?P<bn>{NUM}){_NOT_MORE}"
            rf"\s*(?:{_UNITW})?(?P<bnote>\s*,\s*tính\s+chung\s+(?:cho|của)\s{_MERGED_PLACES})?"
            rf"\s*\)\s*,?\s*(?:đã\s+)?(?P<dir>giảm|tăng){_MOD}\s+(?P<n>{NUM}){_NUMBER_ENDS}"
            rf"{_NOT_POSTS}(?P<pct>\s?%)?(?:\s*{_UNITW})?",
            _I,
        ),
    ),
    (
        "change",
        re.compile(
            rf"(?<!\w){_SO_VOI}\s*,?\s*(?P<dir>giảm|tăng){_MOD}\s+(?P<n>{NUM}){_NUMBER_ENDS}{_NOT_POSTS}"
            r"(?P<pct>\s?%)?"
            rf"(?:\s*{_UNITW})?",
            _I,
        ),
    ),
    (
        "change",
        re.compile(
            rf"(?<!\w)(?P<dir>giảm|tăng){_MOD}\s+(?P<n>{NUM}){_NUMBER_ENDS}{_NOT_POSTS}(?P<pct>\s?%)?"
            rf"(?:\s*{_UNITW})?"
            # "so với năm 2021 (6.100 biên chế)" with its figure is the base rule's to read
            # ("so với năm 2021 (10%)": the change's rate after its comparison, taken as usual)
            rf"(?:\s*,?\s*\(?\s*{_SO_VOI}(?!\s*\(\s*[0-9][0-9.,]*\s*[^0-9.,\s%]|\s+là\s+[0-9]))?",
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
            rf"\s*{_UNITW}(?:\s*,?\s*\(?\s*{_SO_VOI}(?!\s*\(\s*[0-9]))?",
            _I,
        ),
    ),
    (
        "base",
        re.compile(
            rf"(?<!\w){_SO_VOI}"
            rf"(?:\s*\(\s*(?P<n>{NUM}){_NOT_MORE}\s*(?:{_UNITW})?\s*\))?",
            _I,
        ),
    ),
    (
        # "giảm 142 biên chế (5,1%) so với 2.785 biên chế được giao năm 2021": the base year's
        # figure said before its year ("prev" never matches)
        "base",
        re.compile(
            rf"(?<!\w)so\s+với\s+(?:số\s+)?(?P<n>{NUM}){_NOT_MORE}\s*{_UNITW}\s+"
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
            rf"(?<!\w){_SO_VOI}\s+là\s+(?P<n>{NUM}){_NOT_MORE}\s*(?:{_UNITW}|(?P<cat>{_CAT})"
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
            r"(?<!\w)số\s+(?:người\s+|biên\s+chế\s+|(?:giáo|giảng)\s+viên\s+)?(?:hiện\s+có|có\s+mặt)"
            # ("số có mặt tính đến ngày 1/9 là ...": a day of the report's year)
            r"(?:\s+(?:tính\s+)?đến\s+(?:ngày\s+|tháng\s+)?[0-9]{1,2}(?:/[0-9]{1,2})?(?:/[0-9]{4})?)?"
            # ("số có mặt tại các cơ quan, đơn vị cấp huyện là 2.790 người": where they work)
            rf"(?:\s+(?:tại|ở)\s+(?:(?!{_POSTS_GIVEN})[^\d;.:()]){{1,80}}?)?"
            # ("... tại các đơn vị sự nghiệp tính đến ngày 30/6/2022 là ...": the day after)
            r"(?:\s+(?:tính\s+)?đến\s+(?:ngày\s+|tháng\s+)?[0-9]{1,2}(?:/[0-9]{1,2})?(?:/[0-9]{4})?)?"
            rf"\s*(?:(?P<said>là)|:)\s*(?P<n>{NUM}){_NOT_MORE}(?:\s*(?:người|biên\s+chế))?"
            rf"(?:\s*{_CAT})?"
            # ("là 9.104 công chức, 46.215 người làm việc và 165 người làm việc tại các hội":
            # each category's people present, listed; after ":" the list is read as units
            # apart, the "present" rules')
            rf"(?P<more>(?(said)(?:\s*(?:,|và|,\s*và)\s+{NUM}{_NOT_MORE}\s*(?:người\s+)?{_CAT}){{1,4}}|(?!)))?",
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
            r"(?:\s+và\s+người\s+(?:lao\s+động|làm\s+việc))?\s+(?:hiện\s+có|có\s+mặt|đang\s+làm\s+việc)(?!\w)"
            # the day and the bodies counted, never a word of posts given between
            rf"(?:(?!{_POSTS_GIVEN})[^\d;.:()]|{_A_DAY}){{0,100}}?"
            rf"\s*(?:là|lên)\s+(?P<n>{NUM}){_NOT_MORE}\s*người(?!\w)",
            _I,
        ),
    ),
    (
        # "..., khối chính quyền có mặt 2.046 công chức và 14.711 viên chức", "toàn tỉnh có
        # 1.811 công chức có mặt": people present, counted by category; outside (a day opening
        # the sentence, or "Hiện có", makes them a unit apart: the "present" rules')
        "in-post-named",
        re.compile(
            rf"(?<!\w)có\s+mặt\s+(?P<n>{NUM}){_NOT_MORE}\s+(?:{_UNITW}\s+)?(?P<cat>{_CAT})"
            rf"(?:\s+và\s+(?P<n2>{NUM}){_NOT_MORE}\s+(?:{_UNITW}\s+)?{_CAT})?"
            rf"|(?<!\w)có\s+(?P<m>{NUM}){_NOT_MORE}\s+(?:{_UNITW}\s+)?{_CAT}\s+có\s+mặt(?!\w)",
            _I,
        ),
    ),
    (
        # "toàn tỉnh có 1.498 công chức và 14.216 viên chức có mặt", "hai tỉnh còn 4.611 công
        # chức có mặt", "các xã, phường đang có 19.203 cán bộ, công chức": people present, both
        # categories or one, counted by category after the day; outside as the form above
        "in-post-named",
        re.compile(
            rf"(?<!\w)(?:(?:có|còn)\s+(?P<n>{NUM}){_NOT_MORE}\s+(?:{_UNITW}\s+)?{_CAT}"
            rf"(?:\s+và\s+(?P<n2>{NUM}){_NOT_MORE}\s+(?:{_UNITW}\s+)?{_CAT})?\s+có\s+mặt(?!\w)"
            # ("Hiện phường đang bố trí 109 cán bộ, công chức ...": people placed now)
            rf"|(?<!\w)đang\s+(?:có|bố\s+trí)\s+(?P<m>{NUM}){_NOT_MORE}\s+{_CAT}{_NOT_BOTH})",
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
            rf"(?:(?<!\w)(?:còn|có)\s+)?(?<![0-9.,])(?P<n>{NUM}){_NOT_MORE}\s+(?:người(?=\s+đang\s)|(?:người\s+)?{_AT_WORK})"
            rf"(?:\s+và\s+(?P<n2>{NUM}){_NOT_MORE}\s+(?:người\s+)?{_AT_WORK})?"
            r"\s+đang\s+(?:làm\s+việc|công\s+tác)(?!\w)",
            _I,
        ),
    ),
    (
        # "giảm 8 biên chế so với năm 2025 và 127 biên chế (6,03%) so với năm 2021": a second
        # comparison of the same unit, its verb left unsaid
        "and-change",
        re.compile(
            rf"(?<!\w)và\s+(?P<n>{NUM}){_NOT_MORE}\s*{_UNITW}(?:\s*\(\s*(?P<r>{NUM}\s?%)\s*\))?"
            rf"\s*,?\s*so\s+với\s+năm\s+(?P<base>{YEAR})",
            _I,
        ),
    ),
    (
        # "có 1.684 biên chế (...), giảm từ 1.771 biên chế năm 2021, tương ứng giảm 87 biên
        # chế": the base year's figure, then the change's amount said as its equivalent
        "frombase",
        re.compile(
            rf"(?<!\w)(?P<dir>giảm|tăng)\s+từ\s+(?P<a>{NUM}){_NOT_MORE}(?:\s*{_UNITW})?"
            rf"\s+(?:của\s+)?năm\s+(?P<ay>{YEAR})(?=\s*,\s*tương\s+(?:ứng|đương)(?:\s+với)?"
            rf"\s+(?P=dir)\s+[0-9])",
            _I,
        ),
    ),
    (
        "fromto",
        re.compile(
            rf"(?<!\w)(?:giảm|tăng)\s+từ\s+(?P<a>{NUM}){_NOT_MORE}(?:\s*{_UNITW})?"
            rf"(?:\s+(?:của\s+|vào\s+)?năm\s+(?P<ay>{YEAR}))?\s*,?\s+(?:xuống|lên)\s+(?:còn\s+)?"
            rf"(?P<n>{NUM}){_NOT_MORE}(?:\s*{_UNITW})?",
            _I,
        ),
    ),
    (
        # "ít hơn 7 biên chế so với số Ban Tổ chức Trung ương giao (1.761 biên chế)", "nhiều
        # hơn số Ban Tổ chức Trung ương giao 12 chỉ tiêu (15.580 chỉ tiêu)": another body's
        # figure for the same year, and the difference between the two
        "other-body",
        re.compile(
            rf"(?<!\w)(?P<dir>ít|nhiều)\s+hơn\s+(?:(?P<m>{NUM}){_NOT_MORE}\s*(?:{_UNITW})?\s+)?"
            r"(?:so\s+với\s+)?(?:con\s+)?số\s+(?:(?:biên\s+chế|chỉ\s+tiêu)\s+)?(?:do\s+)?"
            rf"(?P<body>[^\d();,.]{{3,60}}?)\s+giao\s*(?:(?P<m2>{NUM}){_NOT_MORE}\s*"
            rf"(?:{_UNITW})?\s*)?\(\s*(?P<n>{NUM}){_NOT_MORE}\s*(?:{_UNITW})?\s*\)",
            _I,
        ),
    ),
    (
        # "...; HĐND tỉnh đã giao (tại Nghị quyết ...) đủ 3.259 biên chế / đủ số này": the
        # figure just stated, passed on in full by another body; no figure of its own
        "in-full",
        re.compile(
            rf"(?<!\w)đủ\s+(?:(?P<n>{NUM}){_NOT_MORE}\s*{_UNITW}(?!\w)"
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
            rf"(?:\(\s*|(?<!\w)(?:là|tới)\s+)?(?<![0-9.,])(?P<n>{NUM}){_NOT_MORE}(?=\s*người(?!\w))",
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
            rf"\(\s*(?P<n>{NUM}){_NOT_MORE}\s*người\s*\)",
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
            rf"\(\s*(?:tổng\s+số\s*:?\s*)?(?P<n>{NUM}){_NOT_MORE}\s*người\s*\)",
            _I,
        ),
    ),
    (
        "approximate",
        re.compile(rf"{APPROXIMATE.pattern}(?P<n>{NUM}){_NOT_MORE}(?:\s*(?:nghìn|ngàn))?", _I),
    ),
    # "giảm tối thiểu 10% ... và tối thiểu 5% ...": a required minimum, not a figure
    ("minimum", MINIMUM_RATE),
    (
        # people leaving, and cases ("giải quyết cho 116 trường hợp"): outside the plan
        "leavers",
        re.compile(
            rf"(?:{LEAVERS.pattern}|{SHORT_OF.pattern})(?P<n>{NUM}){_NOT_MORE}"
            rf"(?:\s*(?:{_UNITW})(?:\s+{_SO_VOI_ANY})?)?"
            rf"|(?:(?<!\w)có\s+)?(?<![0-9.,])(?P<m>{NUM}){_NOT_MORE}"
            rf"(?:{LEFT.pattern}|\s*trường\s+hợp(?!\w))",
            _I,
        ),
    ),
    (
        # "tinh giản 111 cán bộ, 50 công chức và 151 người hoạt động không chuyên trách": a
        # list of leavers, each count named after it; every count of it is outside
        "leavers",
        re.compile(
            rf"{LEAVERS.pattern}(?P<n>{NUM}){_NOT_MORE}\s+[^\d;.(),]{{1,60}}?"
            rf"(?:\s*(?:,|và|,\s*và)\s+{NUM}{_NOT_MORE}\s+[^\d;.(),]{{1,60}}?){{1,8}}"
            r"(?=\s*(?:[;.]|$))",
            _I,
        ),
    ),
    (
        "per-year",
        re.compile(rf"{PER_YEAR.pattern}(?P<n>{NUM}){_NOT_MORE}", _I),
    ),
    (
        # "bình quân mỗi xã được bố trí 32 biên chế": an average per body, no unit's figure
        "per-year",
        re.compile(
            # ("biên chế bình quân của mỗi đơn vị cấp xã dự kiến khoảng 32 biên chế")
            r"(?<!\w)(?:bình\s+quân|trung\s+bình)\s+(?:của\s+)?(?:mỗi|một|1)\s+[^\d;,.()]{1,40}?\s+"
            rf"(?P<n>{NUM}){_NOT_MORE}",
            _I,
        ),
    ),
    (
        # "mỗi phòng chỉ có 6 - 7 người": a range, no figure
        "range",
        re.compile(
            rf"(?<![0-9.,])(?P<n>{NUM})\s*[-–]\s*(?P<m>{NUM}){_NOT_MORE}\s*{_UNITW}(?!\w)", _I
        ),
    ),
    (
        "subset",
        re.compile(
            rf"(?:(?<!\w)có\s+)?(?<![0-9.,])(?<!năm\s)(?P<n>{NUM}){_NOT_MORE}\s*"
            rf"(?:{_UNITW}\s+(?:là\s+)?)?(?:{SUBSET_NOUNS.pattern})",
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
            # the same after a frame pointing back, `_SUBSET_FRAME`)
            # ("... có 17.930 giáo viên và 3.415 người làm việc trong ngành y tế.": another
            # subset after one, `also`)
            r"(?:(?:[,;]\s*trong\s+đó\s+|^(?=\s*trong\s+(?:tổng\s+)?số\s)[^\d;()]{0,100}?\s)"
            r"có|(?P<also>\s+và))"
            rf"\s+(?P<n>{NUM}){_NOT_MORE}\s*người(?:\s+làm\s+việc)?\s+"
            r"(?:thuộc|trong|tại|ở)\s+(?:các\s+)?(?P<obj>(?:sự\s+nghiệp|lĩnh\s+vực|ngành"
            r"|cơ\s+sở\s+giáo\s+dục)\s[^\d;:()]{2,80}?)\s*[.;]?\s*$",
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
            rf"[,;]\s*trong\s+đó\s+có\s+(?P<n>{NUM}){_NOT_MORE}\s*"
            r"(?:biên\s+chế|người(?:\s+làm\s+việc)?)\s+(?:của|tại|ở|thuộc)\s+"
            r"(?P<obj>[^\d;:()]{2,80}?)\s*[.;]?\s*$",
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
            rf"(?P<n>{NUM}){_NOT_MORE}\s*(?:người|biên\s+chế)?(?=\s*(?:[;.)]|$))",
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
            rf"(?P<n>{NUM}){_NOT_MORE}\s*{_UNITW}\s*[.;]?\s*$",
            _I,
        ),
    ),
    (
        "contract",
        re.compile(
            # "giao 33 chỉ tiêu hợp đồng lao động": from the verb, so no value takes the count
            r"(?:(?<!\w)(?:được\s+giao|giao|bố\s+trí|là|có)\s+)?"
            rf"(?<![0-9.,])(?<!năm\s)(?P<n>{NUM}){_NOT_MORE}\s*(?:{_UNITW}\s+)?(?:lao\s+động\s+)?hợp\s+đồng",
            _I,
        ),
    ),
    (
        "object",
        re.compile(
            rf"(?<![0-9.,])(?<!năm\s)(?P<n>{NUM}){_NOT_MORE}\s*{_UNITW}\s+(?:được\s+)?(?:giao\s+)?"
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
            rf"(?P<n>{NUM}){_NOT_MORE}\s*{_UNITW}\s+(?:(?:{_CAT})\s+)?"
            r"(?P<obj>cấp\s+(?:tỉnh|huyện|xã))(?=\s*(?:[;,.)]|\s+và\s|$))",
            _I,
        ),
    ),
    (
        # "..., cấp huyện 956 biên chế, còn lại 17 biên chế dự phòng": the last item of a list,
        # named after its count
        "rest",
        re.compile(
            rf"(?:(?<!\w)(?:còn\s+lại|và)\s+|;\s*)(?:là\s+)?(?P<n>{NUM}){_NOT_MORE}\s*"
            rf"(?:{_UNITW}\s+)?(?:(?:{_CAT})\s+)?(?P<obj>dự\s+phòng|cấp\s+(?:tỉnh|huyện|xã))(?!\w)"
            # "; 8 biên chế dự phòng (cán bộ, công chức)": the reserve's category after it
            rf"(?:\s*\((?P<cat>{_CAT})\))?",
            _I,
        ),
    ),
    (
        # "UBND tỉnh để lại 6 biên chế công chức dự phòng", "tỉnh giao thêm 123 biên chế sự
        # nghiệp dự phòng": the reserve of a category, named by its count
        "reserve",
        re.compile(
            # ("Giữ lại 24 biên chế công chức dự phòng tại Tổng cục ...": where it is held)
            rf"(?<!\w)(?:(?:để|giữ)\s+lại|giao(?:\s+thêm)?|dành)\s+(?P<n>{NUM}){_NOT_MORE}\s*"
            r"biên\s+chế\s+(?P<cat>cán\s+bộ,?\s+công\s+chức|công\s+chức|viên\s+chức|sự\s+nghiệp"
            r"|người\s+làm\s+việc)\s+dự\s+phòng(?=\s*(?:[.;,]|$)|\s+(?:do|tại)\s)",
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
            rf"(?P<n>{NUM}){_NOT_MORE}\s*(?:biên\s+chế|chỉ\s+tiêu)(?=\s*(?:[.;,]|$))",
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
            r"(?!(?:(?<=chức và )|(?<=chức, ))[0-9.,]+\s*người\s+làm\s+việc\s+hưởng\s+lương"
            r"\s+(?:từ|bằng)\s+(?:ngân\s+sách(?:\s+nhà\s+nước)?|NSNN)(?=\s*(?:[;.]|$)))"
            rf"(?<![0-9.,])(?P<n>{NUM}){_NOT_MORE}\s*người\s+(?:làm\s+việc\s+)?"
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
            rf"(?<!\w)giao\s+(?P<obj>chính\s+thức|dôi\s+dư)\s+(?P<n>{NUM}){_NOT_MORE}\s*{_UNITW}(?!\w)",
            _I,
        ),
    ),
    (
        "status",
        re.compile(
            rf"(?<![0-9.,])(?P<n>{NUM}){_NOT_MORE}\s*(?:{_UNITW}\s+)?(?P<obj>{_STANDING})"
            r"(?=\s*(?:[;,.()]|\s+và\s|$))",
            _I,
        ),
    ),
    (
        # "gồm: 22.850 biên chế sự nghiệp giáo dục và đào tạo; 6.462 biên chế sự nghiệp y tế
        # và 1.105 biên chế sự nghiệp khác": parts by sector, named after their counts
        "sector",
        re.compile(
            rf"(?<![0-9.,])(?P<n>{NUM}){_NOT_MORE}\s*biên\s+chế\s+"
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
            rf"(?<![0-9.,])(?P<n>{NUM}){_NOT_MORE}\s*(?:người|biên\s+chế)\s+(?:làm\s+việc\s+)?"
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
            rf"(?<![0-9.,])(?P<n>{NUM}){_NOT_MORE}\s*(?:người|biên\s+chế)\s+(?:làm\s+việc\s+)?"
            r"(?:của|tại|ở)\s+(?P<obj>(?:các\s+)?(?:hệ\s+thống|vụ|cục|tổng\s+cục|chi\s+cục"
            r"|đơn\s+vị|cơ\s+quan)(?:\s[^\d;,.()]{2,80}?)?"
            # "gồm 2.418 biên chế của tỉnh Tuyên Quang cũ và ...": the provinces merged
            rf"|{FORMER})"
            r"(?=\s*(?:[;.)]|\s+và\s|$))",
            _I,
        ),
    ),
    (
        # "+ cấp tỉnh 9.533 người; ...": a list item opening with its name and count
        "item",
        re.compile(
            rf"^(?P<obj>[^\d;:(),]{{2,60}}?)\s+(?P<n>{NUM}){_NOT_MORE}\s*người(?!\w)"
            r"(?=\s*(?:[;,.]|$))",
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
            rf"(?P<n>{NUM}){_NOT_MORE}\s*(?:{_UNITW}\s+)?"
            rf"(?:(?:{_CAT})\s+)?(?P<obj>dự\s+phòng)(?=\s*(?:[;:,.)]|$)|\s+do\s)",
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
            rf"(?:giao\s+)?bổ\s+sung(?:\s+thêm)?\s+(?P<n>{NUM}){_NOT_MORE}\s*"
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
            rf"\s+(?P<n>{NUM}){_NOT_MORE}\s+(?:{_UNITW}\s+)?"
            rf"(?P<cat>{_CAT})(?!\s*(?:,\s*)?(?:và|cán|công|viên|người))",
            _I,
        ),
    ),
    (
        # "Đến ngày 30/11/2024, toàn tỉnh có mặt 1.873 công chức và 20.286 người làm việc
        # hưởng lương từ ngân sách nhà nước": staff in post that day, of two categories, each
        # a unit apart from the posts given
        "present-pair",
        re.compile(
            rf"{_ON_A_DAY}\s+(?P<n>{NUM}){_NOT_MORE}\s+(?:{_UNITW}\s+)?(?P<cat>{_CAT})\s+và\s+"
            rf"(?P<n2>{NUM}){_NOT_MORE}\s+(?:{_UNITW}\s+)?(?P<cat2>{_CAT})"
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
            rf"(?P<dy>{YEAR})\s*:\s*(?P<n>{NUM}){_NOT_MORE}\s+(?:{_UNITW}\s+)?(?P<cat>{_CAT})\s+và\s+"
            rf"(?P<n2>{NUM}){_NOT_MORE}\s+(?:{_UNITW}\s+)?(?P<cat2>{_CAT})(?=\s*(?:[.;]|$))",
            _I,
        ),
    ),
    (
        # "Toàn tỉnh hiện có 1.802 công chức và 18.954 viên chức, thấp hơn số được giao ...":
        # the same, of the year the text is about ("... đang làm việc" after it is not read)
        "present-pair",
        re.compile(
            rf"(?<!\w)hiện\s+(?:nay\s+)?có\s+(?P<n>{NUM}){_NOT_MORE}\s+(?:{_UNITW}\s+)?(?P<cat>{_CAT})"
            rf"\s+và\s+(?P<n2>{NUM}){_NOT_MORE}\s+(?:{_UNITW}\s+)?(?P<cat2>{_CAT})"
            r"(?=\s*(?:[.;]|,\s*(?:thấp|ít)\s+hơn\s|$))",
            _I,
        ),
    ),
    (
        # "..., thấp hơn số được giao lần lượt 91 và 737 người": how far the staff in post
        # just stated fall short of the posts, no figure of a unit
        "below-given",
        re.compile(
            r"(?<!\w)(?:thấp|ít)\s+hơn\s+(?:số|biên\s+chế)\s+(?:biên\s+chế\s+)?"
            # ("thấp hơn số đề nghị giao 214 người": short of the posts proposed)
            r"(?:(?:được\s+)?giao|(?:đề\s+nghị|đề\s+xuất|dự\s+kiến)(?:\s+giao)?)\s+"
            rf"(?:lần\s+lượt\s+)?(?P<n>{NUM}){_NOT_MORE}(?:\s+và\s+(?P<m>{NUM}){_NOT_MORE})?"
            r"\s*người(?!\w)",
            _I,
        ),
    ),
    (
        # "..., thấp hơn 175 người so với biên chế được giao": the same, the count first
        "below-given",
        re.compile(
            # ("nhiều hơn 657 người so với số biên chế được giao": above them, as far)
            rf"(?<!\w)(?:thấp|ít|cao|nhiều)\s+hơn\s+(?P<n>{NUM}){_NOT_MORE}\s*người\s+so\s+với\s+"
            r"(?:số\s+)?(?:biên\s+chế\s+|chỉ\s+tiêu\s+)?(?:được\s+)?giao(?!\w)",
            _I,
        ),
    ),
    (
        # "Tổng cục Thủy lợi: 212 biên chế, có mặt 198 người": the staff in post of the unit
        # whose posts were just given, a unit apart from them
        "present-of",
        # (a table's column "Số có mặt đến 30/9/2024" is read as ", có mặt năm 2024 N người")
        re.compile(
            rf"[,;]\s*có\s+mặt(?:\s+năm\s+(?P<dy>{YEAR}))?\s+(?P<n>{NUM}){_NOT_MORE}\s*người(?!\w)",
            _I,
        ),
    ),
    (
        # "Đến ngày 1/9/2024, toàn tỉnh có 3.100 người": a count on a day that does not say
        # of what: staff in post or posts, so not read
        "present",
        re.compile(
            rf"^(?:tính\s+)?đến\s+ngày\s+[0-9]{{1,2}}/[0-9]{{1,2}}/(?P<dy>{YEAR})\s*,\s*"
            rf"(?:toàn\s+(?:tỉnh|thành\s+phố)\s+)?có\s+(?P<n>{NUM}){_NOT_MORE}\s*người(?!\w)"
            r"(?!\s+làm\s+việc)",
            _I,
        ),
    ),
    (
        "extreme",
        re.compile(
            r"(?:[;,]|(?<!\w)trong\s+đó)?\s*(?P<obj>[^\d;():,]{2,80}?)\s+(?:được\s+giao\s+|có\s+)?"
            # "Sở X nhiều nhất (391 biên chế)": the figure in parentheses is the same
            rf"{_MOST}\s*(?:là\s+|với\s+|\(\s*)?(?P<n>{NUM}){_NOT_MORE}\s*{_UNITW}"
            r"(?:\s*\))?",
            _I,
        ),
    ),
    (
        "extreme",
        re.compile(
            rf"(?<!\w){_MOST}\s+(?:là\s+)?(?P<obj>[^\d;():,]{{2,60}}?)\s+(?:với\s+)?"
            rf"(?P<n>{NUM}){_NOT_MORE}\s*{_UNITW}",
            _I,
        ),
    ),
    (
        "listed",
        re.compile(
            # ("...; gồm khối Đảng, ... 1.684, ...": the list word after the semicolon)
            # (a year after "năm" is no item's count: "; số viên chức giữ nguyên so với năm 2021")
            r"(?P<lead>(?:[;(]\s*)?(?<!\w)(?:trong\s+đó|gồm)\s*:?|[;(])\s*(?P<obj>[^\d;():]{2,80}?)(?<!năm)\s+"
            rf"(?P<n>{NUM}){_NOT_MORE}(?!\s*{_UNITW})(?=\s*(?:[;).]|,\s|\s+và\s|$))",
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
            rf"{_NOT_MORE}(?!\s*{_UNITW})(?=\s*(?:[;,.]|$)|\s+và\s)",
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
            rf"(?P<obj>[^\d;():]{{2,60}}?)\s+(?P<n>{NUM}){_NOT_MORE}\s*(?P<word>người|biên\s+chế"
            r"|chỉ\s+tiêu)(?!\w)(?=\s*(?:[;).,]|\s+và\s|$))",
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
            rf"[^\d;,.()]{{1,40}}?\s(?P<n>{NUM}){_NOT_MORE}(?!\s*[-–]\s*[0-9])",
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
            rf"\s+(?P<n>{NUM}){_NOT_MORE}\s*(?P<word>người|biên\s+chế"
            r"|chỉ\s+tiêu)(?!\w)(?=\s*(?:[;).,]|\s+và\s|$))",
            _I,
        ),
    ),
    (
        # "Trong tổng số 16.335 người: A 5.391 người; B 10.939 người": a figure stated before,
        # named again by its count as the topic of its list
        "recall",
        re.compile(
            rf"^trong\s+(?:tổng\s+)?số\s+(?P<n>{NUM}){_NOT_MORE}\s*(?:{_UNITW})?\s*(?=:)", _I
        ),
    ),
    (
        # the next item after ";", its name may hold commas ("; UBND các huyện, thành phố
        # 10.939 người")
        "listed-unit",
        re.compile(
            r"(?P<lead>;)\s*(?P<obj>[^\d;():]{2,80}?)\s+"
            rf"(?P<n>{NUM}){_NOT_MORE}\s*(?P<word>người|biên\s+chế|chỉ\s+tiêu)(?!\w)"
            r"(?=\s*(?:[;).]|$))",
            _I,
        ),
    ),
    (
        # "Với 3.126 biên chế công chức tạm giao năm 2022: ...", "Số 29.755 biên chế viên chức
        # ... gồm: ...": a figure said again as the topic of the list after it
        "topic",
        re.compile(
            rf"^(?:với|số)\s+(?P<n>{NUM}){_NOT_MORE}\s*(?:{_UNITW}\s+)?(?P<cat>{_CAT}){_NOT_BOTH}"
            rf"[^\d:;()]{{0,80}}?(?:\s+năm\s+(?P<y>{YEAR}))?\s*(?=:|(?<!\w)(?:bao\s+)?gồm(?!\w))",
            _I,
        ),
    ),
    (
        "value",
        re.compile(
            # ("Bộ giữ 2.830 biên chế công chức": the posts a body keeps)
            r"(?:(?<!\w)(?:là|còn|có|đạt|giữ|được\s+giao|bố\s+trí|phân\s+bổ|sử\s+dụng"
            # "Đề nghị phê duyệt 58.320 người làm việc ...": what is approved, as what is given
            r"|(?:được\s+)?phê\s+duyệt"
            # "Ban Tổ chức Trung ương giao tỉnh 3.259 biên chế": the text's own province (a
            # named one may be one of many)
            r"|giao(?:(?:\s+cho)?\s+(?:tỉnh|thành\s+phố|địa\s+phương)(?=\s+[0-9]))?"
            # "... các đơn vị sự nghiệp công lập và hội quần chúng tổng cộng 30.119 người"
            r"|tổng\s+cộng)"
            # "... số người làm việc năm 2025: toàn tỉnh 61.356 người" (a headline); never
            # after a word opening a list ("gồm: 2.000 biên chế công chức và ...": parts)
            r"|(?<!gồm)(?<!trong\sđó)(?<!cụ\sthể)(?<!chia\sra)(?<!như\ssau)"
            r":(?:\s+toàn\s+(?:tỉnh|thành\s+phố))?)\s+"
            r"(?:(?:tổng\s+cộng|tổng\s+số|chỉ\s+còn|xuống\s+còn)\s+)?"
            rf"(?P<n>{NUM}){_NOT_MORE}(?:\s*{_UNITW}|(?=\s*(?:[.;,:)]|$))"
            # "năm 2022 còn 259.480 (giảm 3.220 so với năm 2021)": its change in parentheses
            r"|(?=\s*\(\s*(?:giảm|tăng)\s+[0-9])"
            # "Biên chế công chức: 142 (năm 2024: 146);": the year before recalled beside it
            # in the item's own form, as bare as the count itself
            rf"|(?=\s*\(\s*năm\s+{YEAR}\s*:\s*{NUM}{_NOT_MORE}\s*\))"
            # "năm 2025 còn 1.306 và năm 2026 còn 1.286 biên chế": a year chain's last joiner
            rf"|(?=\s+và\s+(?:đến\s+(?:hết\s+)?)?năm\s+{YEAR}))",
            _I,
        ),
    ),
    (
        "bare",
        re.compile(
            rf"(?<![0-9.,])(?<!năm\s)(?P<n>{NUM}){_NOT_MORE}\s*(?:biên\s+chế|chỉ\s+tiêu)", _I
        ),
    ),
    (
        "part",
        re.compile(
            rf"(?<![0-9.,])(?<!năm\s)(?P<n>{NUM}){_NOT_MORE}\s+(?:{_UNITW}\s+)?(?P<cat>{_CAT})"
            + _NOT_BOTH,
            _I,
        ),
    ),
)
"""The statement rules, by name; where two match at one place the longer wins, then the
earlier in this list."""

_TOTAL = re.compile(
    r"(?<!\w)tổng\s+(?:số\s+)?(?:biên\s+chế|số\s+lượng)|^tổng(?:\s+số|\s+cộng)?$"
    r"|(?<!\w)tổng\s+số(?!\s+(?:hội|cán|công|viên|người))(?!\w)"
    r"|^toàn\s+(?:tỉnh|thành\s+phố|ngành|bộ|hệ\s+thống)(?!\w)|^cộng(?!\w)"
    r"|^(?:cả\s+)?hệ\s+thống\s+chính\s+trị(?!\w)",
    _I,
)
_PERSON = (
    r"(?:(?:Phó\s+)?(?:Giám\s+đốc|Chủ\s+tịch|Trưởng\s+ban|Bí\s+thư|Chánh\s+Văn\s+phòng"
    r"|Trưởng\s+phòng|Vụ\s+trưởng|Cục\s+trưởng)|Bộ\s+trưởng|Thứ\s+trưởng|(?-i:ông|bà)"
    r"|đồng\s+chí|lãnh\s+đạo)(?!\w)"
)
"""A person, by title or address: who speaks of the figures is never their unit."""
_LOWER = "a-zđăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
_SPEAKER = rf"(?-i:Ông|Bà)(?:\s+(?-i:(?![{_LOWER}])[^\W\d_])\w*){{1,5}}\s*:"
"""An interview's speaker label ("Bà Lương Thị Huyền: Năm 2021 ..."): a name, no unit."""
_LEAD = re.compile(
    # (a quotation's opening mark: 'cho biết: "Năm 2025, biên chế ...' names no unit)
    r"^(?:\([^()]{2,30}\)\s*[-–]|[^;:()]{0,100}?(?<!\w)cho\s+(?:biết|hay)(?!\w)|[\s,;:()\-–+•.\"“]"
    # "Theo ông Trần Văn B, Giám đốc Sở Nội vụ, ...": who speaks, and the office they hold
    rf"|{_PERSON}[^,;:()0-9]{{0,80}},|{_SPEAKER}"
    # "Chúng tôi phấn đấu đến năm 2026 còn ...": the speaker's own body, the text's, unnamed
    r"|chúng\s+tôi(?!\w)"
    r"|(?:theo\s+đó|trong\s+đó|cụ\s+thể|riêng|bao\s+gồm|gồm|chia\s+ra|và|đối\s+với"
    r"|trong\s+số\s+đó|trong\s+tổng\s+số\s+(?:này|đó|(?:nêu\s+)?trên)|như\s+sau|cho|(?:được\s+)?giao(?:\s+cho)?|phê\s+(?:duyệt|chuẩn)|thống\s+nhất|dự\s+kiến"
    # "Biên chế giao cho các hội ...": the posts of the body named after "giao cho"
    r"|(?:số\s+)?biên\s+chế\s+(?:được\s+)?giao\s+cho"
    # "Quyết định số 02/QĐ-UBND: các cơ quan ...": the document's label before its subject
    r"|(?:quyết\s+định|nghị\s+quyết|công\s+văn|kế\s+hoạch|tờ\s+trình)\s+số\s+[0-9][^\s:]{0,30}\s*:"
    r"|theo\s+(?:số|chỉ\s+tiêu|quyết\s+định|nghị\s+quyết|công\s+văn)[^,;:()]{0,80}$"
    r"|(?:theo|xét\s+theo|tuy\s+vậy|ngoài(?:\s+ra)?|riêng|tóm\s+tắt|đồng\s+thời|ghi\s+chú|lưu\s+ý|kết\s+quả"
    # "Cũng theo Bộ Nội vụ, ...", "Cùng với việc sắp xếp ..., ...": who says it, or what
    # came with it, never whose the figure is
    r"|cũng\s+theo|cùng\s+với"
    # "Như vậy, đến năm 2026 biên chế công chức ...": a connective summing up, no name
    r"|như\s+vậy|tóm\s+lại|nhìn\s+chung|tính\s+chung"
    # "Sau sắp xếp, số cán bộ, công chức cấp xã giảm ...": when, not whose
    r"|(?:sau|trước)(?:\s+khi)?\s+(?:sắp\s+xếp|hợp\s+nhất|sáp\s+nhập))"
    r"[^,;:()]{0,80}[,:]"
    # "..., tỷ lệ 5,17% so với năm 2021, đạt yêu cầu; số người làm việc ...": the text's own
    # verdict on the clause before, no name of the next one's unit
    r"|(?:(?:đã\s+)?(?:đạt|vượt)|chưa\s+đạt)\s+(?:yêu\s+cầu|chỉ\s+tiêu|mục\s+tiêu)"
    r"[^,;:()0-9]{0,40}[,;]"
    # "Giảm mạnh nhất là viên chức: từ ...": a news lead ranking what it names next
    r"|(?:giảm|tăng)\s+(?:mạnh|nhiều|sâu)\s+nhất\s+là"
    r"|về(?:\s+(?:lộ\s+trình|kế\s+hoạch|việc|mục\s+tiêu))?"
    r"(?:\s+(?:tinh\s+giản|giảm|giao|sử\s+dụng|quản\s+lý))?)(?!\w))+",
    _I,
)
_TRAIL = re.compile(
    # ("Tổng cộng năm 2026 đề nghị giao 15.282 biên chế": the total proposed)
    r"(?:[\s,;:(\-–]|(?<!\w)(?:dự\s+kiến|sẽ|được|giao|được\s+giao|trong\s+đó|là|tạm|chỉ|phải|cần"
    # ("thành phố tiếp tục giảm 1 biên chế": the city, whose posts go on falling)
    r"|tiếp\s+tục|đã|phấn\s+đấu|vẫn"
    r"|đề\s+nghị"
    # "Tổng biên chế của khối giảm dần qua các năm: năm 2022 là ...": a chain's topic
    r"|(?:giảm|tăng)\s+dần(?:\s+qua\s+các\s+năm)?|qua\s+(?:các|từng)\s+năm)(?!\w))+$",
    _I,
)
_SUBJECT_YEAR = re.compile(
    # ("từ nay đến hết năm 2026, ...": from now until the year, the year's)
    rf"(?:(?<!\w)từ\s+nay\s+(?=đến|tới))?"
    rf"(?:(?<!\w)(?:đến|tới|trong|vào|của|cuối|hết)\s+)*(?<!\w)năm\s+(?P<year>{YEAR})\s*[,:]?",
    _I,
)
_NAMED_AFTER = re.compile(
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
    r"(?:\s+(?:đã|vừa|sẽ|đề\s+nghị|trình|quyết\s+định|tạm|giao|bổ\s+sung|phân\s+bổ))*"
)
# "UBND tỉnh (tạm) giao ...", "UBND tỉnh đề nghị Bộ Nội vụ giao ...": who gives, or asks
# another to give, is no unit
_AGENT = re.compile(
    # "tỉnh được Trung ương giao ...": the province given its posts, by whom
    r"(?:(?:toàn\s+)?(?:tỉnh|thành\s+phố)(?:\s+[A-ZĐ]\w*){0,3}\s+được\s+)?"
    rf"{_AUTHORITY}(?:\s+{_AUTHORITY})?",
    _I,
)
_PLACE = re.compile(r"[A-ZĐ]\w*(?:[ .][A-ZĐ]\w*){0,3}")
"""A place's proper name alone ("Quảng Nam", "TP.HCM"): a headline's province."""
_PLACE_ACTS = re.compile(
    r"[A-ZĐ]\w*(?:[ .][A-ZĐ]\w*){0,3}\s+(?:tạm\s+)?(?:điều\s+chỉnh|giao|phân\s+bổ|bố\s+trí)\s+",
)
"""A headline's province and what it did ("Thanh Hóa điều chỉnh "), before its subject."""
_PROVINCE = re.compile(r"(?:toàn\s+)?(?:tỉnh|thành\s+phố)(?:\s+[A-ZĐ]\w*)*", _I)
_ANAPHORA = re.compile(
    r"(?:(?:khối|đơn\s+vị|cơ\s+quan|số|chỉ\s+tiêu|biên\s+chế|con\s+số)\s+(?:của\s+)?)+"
    r"(?:này|trên|đó)(?:\s+(?:phải|cần|sẽ|được))*(?:\s+(?:tinh\s+giản|giảm))?",
    _I,
)
BARE_TOTAL = re.compile(r"(?:tổng(?:\s+số|\s+cộng)?|cộng)\s*$", _I)
"""A total that does not say of what: the context says (a table's "Tổng cộng" row)."""
OPENS = re.compile(
    r"(?:(?<!\w)(?:trong\s+đó|(?<!không\s)bao\s+gồm|gồm|cụ\s+thể|chia\s+ra|như\s+sau)\s*:?"
    r"|:)\s*\.?\s*$",
    _I,
)
"""A sentence ending so ("... là 28.960 biên chế. Trong đó:") says the items below it are
the parts of the unit it names."""
LEADS_AGAINST_PREVIOUS = re.compile(
    r"[;,]\s*(?:các\s+)?số\s+(?:giảm|tăng)(?:\s+(?:từng|hằng|mỗi)\s+năm)?\s+(?:được\s+)?tính\s+"
    r"so\s+với\s+năm\s+(?:liền\s+)?trước(?:\s+đó)?\s*(?:,\s*)?(?:cụ\s+thể|như\s+sau)?\s*:\s*$",
    _I,
)
"""A clause closing a sentence that opens a list ("Giai đoạn 2022 - 2026 giảm 2.296 người ...;
số giảm từng năm tính so với năm liền trước, cụ thể:"): it says how the items below count
their changes, and compares nothing itself."""
_GIVES = re.compile(r"(?<!\w)(?:giao|phân\s+bổ)(?!\w)", _I)
_LIST_WORDS = re.compile(
    r"(?<!\w)(?:trong\s+đó|(?<!không\s)bao\s+gồm|gồm|cụ\s+thể|chia\s+ra|như\s+sau)(?!\w)", _I
)
"""The words opening a list."""
_ENUMERATING = re.compile(rf"{_LIST_WORDS.pattern}|[:(]", _I)
_COMPARISON = re.compile(
    r"(?<!\w)(?:so\s+với|giữ\s+nguyên|không\s+thay\s+đổi|(?-i:bằng)\s+năm"
    r"|(?:tăng|giảm)(?=\s+(?:thêm\s+|khoảng\s+)?[0-9]))(?!\w)",
    _I,
)
"""A comparison's words: a sentence whose comparison no rule took is not read whole."""
_NOT_A_SUBJECT_END = re.compile(
    r"(?<!\w)(?:từ|giảm|tăng|xuống|lên|thêm|tiếp|với|khoảng|đến|tới|trên|dưới|gần|hơn"
    # "giữ nguyên 2.014 biên chế" naming no year: the same as what, is not said
    r"|giữ\s+nguyên)\s*$",
    _I,
)
_NAMED_AGAIN = re.compile(r"(?P<name>[^\d;:(),]{3,80}?)\s+(?:bao\s+)?gồm\s*:?\s*", _I)
"""A unit's name and the word opening its list, with nothing else before the first part."""
_SCOPE = re.compile(r"\((?P<scope>(?:không|chưa)\s+(?:bao\s+gồm|kể|tính)[^()]*)\)", _I)


class Kind(StrEnum):
    """What a subject names."""

    TOTAL = "total"
    BLOCK = "block"
    CATEGORY = "category"
    OUTSIDE = "outside"
    """Contract staff (hợp đồng 68/111): its numbers are read and kept out of the plan."""


@dataclass(frozen=True)
class Subject:
    """The text before a value or change, read as a unit and perhaps a year."""

    kind: Kind | None
    name: str
    """The unit's name as written, without year or connectors (scope removed for a total)."""
    category: Category | None = None
    year: int | None = None
    scope: str | None = None
    """What a total leaves out, as written ("không bao gồm cán bộ, công chức cấp xã")."""
    leading: bool = True
    """The unit's word opens the subject ("khối y tế ..."), rather than coming later in a
    clause ("do thành lập trường mới"), which is how a new subject starts mid-sentence."""
    where: Scope | None = None
    """The scope the name states (cấp tỉnh, sở ngành, dự phòng ...)."""
    qualifier: str = ""
    """For a category line: what else its name says ("giáo dục" in "Sự nghiệp giáo dục"),
    part of its identity."""
    since: int | None = None
    """For a subject naming a period: the year before it starts, which its changes compare
    with."""
    anaphora: bool = False
    """It points back ("con số này", "khối này"): the unit and year of the figure just
    stated, in the sentence before if not in its own."""
    elapsed: int | None = None
    """For a subject after "sau ba năm": how many years its changes span (the year is the
    base year's plus these, `_elapsed_years`)."""


@dataclass
class Change:
    """A comparison with another year; `count` or `rate` or both (0 for "giữ nguyên")."""

    increase: bool
    count: int | None
    rate: Rate | None
    base_year: int | None
    spans: list[Span] = field(default_factory=list)
    previous: bool = False
    """ "so với năm trước": against the year before the subject's, known once it is."""
    further: bool = False
    """ "giảm thêm 79 người": a cut beyond what is stated, compared with no year unless the
    sentence names one."""
    bound: bool = False
    """ "phải giảm tối thiểu 99 biên chế so với năm 2021": a least cut the law asks for, not
    the plan's change."""


@dataclass(frozen=True)
class Part:
    """One category's share of a value or of a change ("1.124 cán bộ, công chức")."""

    category: Category
    count: int
    span: Span
    change: Change | None
    """The change it breaks down, or None when it breaks down the value."""


@dataclass
class Statement:
    """What a sentence says about one subject."""

    subject: Subject
    value: int | None = None
    value_span: Span | None = None
    changes: list[Change] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)
    container: Statement | None = None
    """An earlier total or block of the same sentence that a category belongs to."""
    member: bool = False
    """One unit inside another's figure ("trong đó Sở X nhiều nhất với 440 biên chế"): a unit
    of its own, never a part of the list it is named in."""
    sets_year: bool = True
    """Whether its stated year governs the sentences after it (not for "từ A năm Y", nor
    for a figure in parentheses)."""
    subset: bool = False
    """Some of its container's figure, counted apart ("1.642 người, trong đó có 1.488 giáo
    viên"): a unit of its own, never a part (the rest is not named)."""
    point: str | None = None
    """For a subset opening its sentence: the letter of the item whose figure it is some of
    ("Trong tổng số tại điểm a khoản này có ..."), which the build looks up."""


@dataclass(frozen=True)
class Orphan:
    """A quantity the sentence states that no statement could take."""

    span: Span
    why: Message


@dataclass
class Reading:
    """A sentence read: its statements, the quantities it places outside the plan (subsets,
    contract staff) and those left over."""

    statements: list[Statement] = field(default_factory=list)
    orphans: list[Orphan] = field(default_factory=list)
    outside: list[Span] = field(default_factory=list)
    contracts: list[Statement] = field(default_factory=list)
    """Statements about contract staff: outside the plan, unless a list of parts adds them."""
    people: bool = False
    """It counts people leaving or moved (placed outside): a list it opens lists them too."""
    shares: bool = False
    shares_of: int | None = None
    """The figure the shares' sentence names again by its count ("Trong tổng số 16.335 người:
    ..."): whose it is, the figures stated before say."""
    shares_of_span: Span | None = None
    many_named: tuple[int, Span, str] | None = None
    """A count followed by several categories (its value, where, and the words naming them):
    unread, but a headline's may be the body's unit named by the same categories."""
    shares_year: int | None = None
    """The year the shares' sentence names ("Trong đó, năm 2026: ..."): the shared figure's."""
    """The sentence is all shares of the figure the sentence before stated ("Lĩnh vực giáo
    dục chiếm nhiều nhất với 54.317 người; ...; các sự nghiệp khác 1.634 người"): its
    statements are the parts of that unit, of its year."""

    @property
    def complete(self) -> bool:
        """Every quantity was taken and every statement names a unit: only then is any of
        the sentence's figures used."""
        return not self.orphans


def names_a_giver(name: str) -> bool:
    """Whether a name alone is read as the authority giving posts ("Ban Tổ chức Trung ương",
    "Bộ Nội vụ"), never as a unit: a table row naming it holds that body's own posts, which
    the table's reading must say (`structure`)."""
    return _AGENT.fullmatch(name.strip()) is not None


def read_sentence(text: str) -> Reading:
    """Read one sentence's statements, in order; a distribution written once for several
    years or categories ("các năm 2022, 2023 lần lượt ...") as the links it stands for."""
    group = each_group(text)
    if group is not None:
        return _read_group(group)
    counted = counted_clauses(text)
    if counted is not None:
        # "51 phường được giao 8.364 biên chế, 75 xã được giao 10.182 biên chế": each group
        # its own subject, read only where every figure is a group's
        reading = _read_spelled(counted)
        if reading is not None and reading.complete and not reading.contracts:
            return reading
    spelled = spell_out(text)
    if spelled is not None:
        reading = _read_spelled(spelled)
        if reading is not None:
            return reading
    return _read_sentence(text)


def read_spelled(spelled: Spelled) -> Reading | None:
    """A sentence spelled out by its context (`chains.spell_from_to`), read and mapped back
    to where each figure stands as written; None when a span read stands on added words."""
    return _read_spelled(spelled)


def _read_group(group: Group) -> Reading:
    """An item giving several bodies one amount each (`groups`): the group's sum as one unit,
    or each body named as a unit of the amount; all of it unread when any piece is not read
    as one plain figure of one unit."""
    declined = Reading(
        orphans=[Orphan(span, group.declined or _NO_SUBJECT) for span in group.figures]
    )
    if group.declined is not None:
        return declined
    reading = Reading()
    for spelled in group.sentences:
        one = _read_spelled(spelled)
        if (
            one is None
            or not one.complete
            or one.contracts
            or one.outside
            or len(one.statements) != 1
            or one.statements[0].changes
            or one.statements[0].parts
            or one.statements[0].value_span is None
        ):
            return declined
        reading.statements += one.statements
    reading.outside += group.outside
    return reading


class _UnplacedError(Exception):
    """A span of a spelled-out sentence that stands on words the spelling added."""


def _read_spelled(spelled: Spelled) -> Reading | None:
    """The sentence spelled out, read, each figure's place mapped back to where it stands as
    written; None when a span read stands on words the spelling added."""
    reading = _read_sentence(spelled.text)
    by_figure = {s.value_span: s for s in reading.statements if s.value_span is not None}
    for first, link in spelled.alike:
        named, linked = by_figure.get(first), by_figure.get(link)
        if named is None or linked is None or _identity(named) != _identity(linked):
            return None  # the link's figure is not read as the unit the pair named first

    def back(span: Span) -> Span:
        moved = spelled.origin(span)
        if moved is None:
            raise _UnplacedError
        return moved

    try:
        for statement in reading.statements + reading.contracts:
            if statement.value_span is not None:
                statement.value_span = back(statement.value_span)
            for change in statement.changes:
                change.spans = [back(span) for span in change.spans]
        for statement in reading.statements + reading.contracts:
            statement.parts = [replace(part, span=back(part.span)) for part in statement.parts]
        reading.orphans = [replace(orphan, span=back(orphan.span)) for orphan in reading.orphans]
        reading.outside = [back(span) for span in reading.outside]
        if reading.shares_of_span is not None:
            reading.shares_of_span = back(reading.shares_of_span)
        if reading.many_named is not None:
            value, span, words = reading.many_named
            reading.many_named = (value, back(span), words)
    except _UnplacedError:
        return None
    return reading


def _identity(statement: Statement) -> tuple[object, ...]:
    """What a statement's unit is, its year and wording aside."""
    subject = statement.subject
    return (subject.kind, subject.category, subject.where, subject.qualifier, subject.scope)


def _read_sentence(text: str) -> Reading:
    shares = _shares(text)
    if shares is not None:
        return shares
    besides = _besides(text)
    if besides is not None:
        return besides
    goals = (
        _goal_rates(text)
        or _present_under_lead(text)
        or _recruitment_quota(text)
        or _recruitment_against_leavers(text)
        or _vacancies_split(text)
    )
    if goals is not None:
        return goals
    reading = Reading()
    current: Statement | None = None
    last_change: Change | None = None
    after_value = False
    previous_end = 0
    fronted: tuple[int, re.Match[str]] | None = None
    by_figure: Statement | None = None
    listed: list[Statement] = []
    outer: Statement | None = None
    """The statement a parenthesis interrupts, which the sentence goes on with after it."""
    ranked: Statement | None = None
    """The last unit of a ranking ("Sở A cao nhất với N"), whose list may go on."""
    chosen = _items(text)
    late_lists: list[Statement] = []
    """Figures whose parts a clause lists after their change, to be added up at the end."""
    lead = LEADS_AGAINST_PREVIOUS.search(text)
    if lead is not None:
        chosen = [(kind, match) for kind, match in chosen if match.start() < lead.start()]
    vacancies = _unused_clauses(text)
    leaving_spans = (
        set(_leaver_lists(text))
        | _held_outside(text)
        | leavers_after_a_semicolon(text)
        | overruns(text)
        | moved_of_all(text)
    )
    reading.outside += sorted(leaving_spans)
    leaver_ends = {verb.end() for verb in LEAVERS.finditer(text)}
    """Where a verb of leaving ends: the count right after it is people, whichever rule took
    it ("Bộ đã thực hiện tinh giản đối với 1.089 người, chủ yếu là ...")."""
    minimum_seen = False
    in_post_said = False
    in_post_parts: Span = (0, 0)
    """Where the breakdown of people in post put outside lies ("(cấp tỉnh 1.643 người, cấp
    huyện 1.457 người)"): its counts are people too."""
    """A count of people in post put outside: a shortfall against the posts given after it
    is how far they fall short, outside too."""
    each_seen = False
    leavers_breakdown: Span = (0, 0)
    marks = _Marks(text)
    clauses = _Clauses(text)
    """Where the breakdown of a count of leavers lies: the counts in it are people too."""
    among: set[int] = set()
    """The units whose list "trong đó" opens."""
    previous_kind: str | None = None
    for kind, match in chosen:
        gap = text[previous_end : match.start()]
        previous_end = match.end()
        span = match.span("n") if "n" in match.re.groupindex else match.span()
        if span[0] < 0 and "m" in match.re.groupindex and match.group("m") is not None:
            span = match.span("m")  # a rule's other alternative holds the number in "m"
        after_approximate, after_change = previous_kind == "approximate", previous_kind == "change"
        previous_kind = kind
        if kind == "in-full":
            restated = _count(match, reading) if match.group("n") else None
            if (
                current is None
                or current.value is None
                or not _GIVES.search(gap)
                or ";" not in gap
                or (match.group("n") and restated != current.value)
            ):
                reading.orphans.append(Orphan(match.span(), _NO_SUBJECT))
                continue
            if match.group("n"):
                reading.outside.append(span)  # the same figure, said again
            after_value = True  # "..., gồm: ..." lists that figure's parts
            continue
        if span in leaving_spans:
            continue  # one of a list of people leaving: outside already
        if "b" in match.re.groupindex:
            reading.outside.append(match.span("b"))  # the bodies cut with the posts
        if (
            after_approximate
            and kind == "change"
            and match.group("pct")
            and _AFTER_COUNT.fullmatch(gap)
        ):
            # "giảm gần 4.980 biên chế (giảm 6,7% so với năm 2015)": the rate of a round
            # count is as round, outside the plan with it
            reading.outside.append(span)
            continue
        if kind == "fronted":
            fronted = (int(match.group("base")), match)
            continue
        if kind == "paren-rate":
            # "giảm 88 biên chế (5,05%)": the rate of the change just before, and only that
            if after_change and not gap.strip() and current is not None and current.changes:
                _take_rate(match, current.changes[-1], reading)
            else:
                reading.orphans.append(Orphan(span, _NO_CHANGE_FOR_RATE))
            continue
        if leavers_breakdown[0] <= match.start() < leavers_breakdown[1]:
            # "giải quyết cho 2.348 trường hợp, trong đó 1.863 cán bộ, công chức, viên chức và
            # 485 người ...": the leavers' own breakdown, people as they are (a malformed
            # number stays unplaced, to be reported as such)
            if _whole(text[span[0] : span[1]]):
                reading.outside.append(span)
            else:
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
            continue
        leaving = LEFT.match(text, span[1]) if span[1] > 0 else None
        if leaving is not None and kind == "change":
            # "Năm 2025 giảm 312 viên chức nghỉ việc so với năm 2024": a cut of posts, or of
            # the people leaving? Not said, so not read (outside, a cut would be hidden)
            reading.orphans.append(Orphan(span, _NO_SUBJECT))
            continue
        if kind == "value" and _LEAVERS_NAMED.search(gap):
            # "Số người đã được giải quyết chính sách tinh giản biên chế ... là 642 người":
            # the subject counts people who left
            kind = "leavers"
        period = _LEAVERS_PERIOD.search(text, max(0, span[0] - 60), span[0])
        if span[0] in leaver_ends or (reading.people and period):
            # "...; riêng 11 tháng năm 2024 là 203 người": after a count of leavers, the
            # share of a part of its period is people too
            kind = "leavers"
        elif (period is not None and period.group("months")) or (
            kind in ("value", "bare") and (_SETTLED.search(gap) or _AVERAGE.search(gap))
        ):
            # "riêng 9 tháng năm 2024 là 160 người" after a cut: what some months gave, no
            # figure of the year; "giải quyết chính sách ... cho 57 biên chế": the subject is
            # a policy carried out, no unit; "biên chế bình quân của các đơn vị ... là 32": an
            # average, no unit's figure. None is read (nor put outside).
            reading.orphans.append(Orphan(span, _NO_SUBJECT))
            continue
        if kind == "leavers" or leaving is not None:
            reading.people = True
            if kind == "leavers":
                # "tinh giản 11 cán bộ, 5 công chức và 15 người ...": every count of the list
                reading.outside += [
                    (match.start() + each.start(), match.start() + each.end())
                    for each in _A_NUMBER.finditer(match.group())
                ]
            leavers_breakdown = _breakdown(
                text, max(match.end(), leaving.end() if leaving else 0), marks
            )
            # counts no rule takes ("1.863 cán bộ, công chức, viên chức và 485 người ...")
            # (a malformed one stays, to be reported as such)
            reading.outside += [
                m.span() for m in _COUNT.finditer(text, *leavers_breakdown) if _whole(m.group())
            ]
        if (
            kind == "leavers"
            # "chưa bao gồm 524 biên chế giáo viên", "không bao gồm biên chế cấp xã và 38 biên
            # chế các hội": what the clause leaves out, where no figure precedes it
            or (not after_value and clauses.left_out(span[0]))
            # "giảm thêm 10% đơn vị sự nghiệp công lập": a share of bodies, not of posts
            or (
                kind == "change"
                and match.group("pct")
                and NOT_STAFF_AFTER.match(text, match.end("pct"))
            )
            or leaving is not None
            # "giảm 19 hợp đồng so với năm 2021": a count of contracts, whatever rule took it
            or (span[1] > 0 and _CONTRACTS_AFTER.match(text, span[1]))
            # "168 người (không thuộc biên chế)": the text says what it counts holds no post
            or (span[1] > 0 and _NOT_POSTS_SAID.match(text, span[1]))
            # "đề nghị Bộ Nội vụ xem xét bổ sung 20 biên chế": posts asked for, not given
            or (kind in ("supplement", "subset") and _ASKED.search(_clause_before(text, span[0])))
            # "đồng thời chưa giảm 143 người làm việc ...": a cut not made is no change
            or (kind == "change" and _NOT_YET.search(gap))
            # "... vì giai đoạn 2015 - 2021 ngành này đã giảm 45%": a past rate given as a
            # reason, of no figure, is none of the plan's
            or (
                kind == "change"
                and match.group("pct")
                and not _SO_VOI_WORDS.search(match.group())
                # (the clause's last 200 characters: a bound, so reading stays linear)
                and _REASON.search(
                    _clause_before(text[max(0, match.start() - 200) : match.start()], 200)
                )
            )
            # "số người hưởng lương từ ngân sách nhà nước đã giảm 86.300 người": people on the
            # payroll, of no body and no category of posts, counted (compared with a year, it
            # may be a claim: reported, never put outside)
            or (kind == "change" and not _compared(match) and _PAYROLL.search(gap))
            # "... hiện có vượt số lượng quy định (143 người)": people above a quota
            or kind in ("surplus", "contract-named")
            # "số cấp phó giảm 173 người": positions held, not posts of a unit
            or (kind == "change" and _POSITIONS.search(gap))
            # "Trong ba năm 2016 - 2018, số người hưởng lương từ ngân sách nhà nước đã giảm
            # 86.300 người": people off the payroll over years, compared with no figure
            or (kind == "change" and not _compared(match) and _PAYROLL_OVER_YEARS.search(gap))
        ):
            # "Bộ X: 1.000 người xin nghỉ việc": leavers, whatever rule took the count
            reading.outside.append(span)
            continue
        if kind == "each":
            if not _THE_REST.search(text, 0, match.start()):
                # "Bốn cơ quan sau đây, mỗi cơ quan được tăng 1 biên chế": an amount for each
                # body of a list; which bodies, and whether they are all, is not read here
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
                continue
            each_seen = True  # "các huyện còn lại mỗi huyện 100": the rest, unnamed
        if kind == "subset-named":
            whole_of = _subset_whole(text, match, reading, match.start("opener"))
            if whole_of is None:
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
                continue
            teachers_named = " ".join(match.group("obj").split())
            subject = Subject(Kind.CATEGORY, teachers_named, Category.VC, qualifier=teachers_named)
            statement = Statement(subject, container=whole_of, sets_year=False, subset=True)
            reading.statements.append(statement)
            _take_value(match, statement, reading)
            continue
        if kind == "subset-held":
            held = _held_subset(text, match, reading)
            if held is None:
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
                continue
            reading.statements.append(held)
            _take_value(match, held, reading)
            continue
        if kind == "subset-sector":
            before = reading.statements[-1] if reading.statements else None
            counted_in: Statement | None
            framed: Subject | None
            if match.group("also"):
                # right after another subset of the same figure, and of nothing else
                if before is None or not before.subset or gap.strip():
                    reading.orphans.append(Orphan(span, _NO_SUBJECT))
                    continue
                counted_in, framed = before.container, replace(before.subject, name="")
            else:
                counted_in = _subset_whole(text, match, reading)
                framed = _subset_frame(text, match.start("n")) if counted_in is None else None
            if counted_in is None and framed is None:
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
                continue
            people = " ".join(match.group("obj").split())
            subject = replace(framed or Subject(Kind.CATEGORY, "", Category.VC), name=people)
            subject = replace(subject, qualifier=people)
            statement = Statement(subject, container=counted_in, sets_year=False, subset=True)
            reading.statements.append(statement)
            _take_value(match, statement, reading)
            continue
        if kind == "subset" and _POSTS_HELD_BY.search(match.group()):
            added = (
                _ADDED_AFTER.match(text, match.end()) if _TEACHERS.search(match.group()) else None
            )
            if added is not None:
                # "có 65.980 biên chế giáo viên bổ sung cho các địa phương", "386 biên chế giáo
                # viên do Ban Tổ chức Trung ương giao bổ sung": teachers' posts added, a unit of
                # their own (as "Giao bổ sung N biên chế giáo viên" is), not a subset outside
                subject = Subject(
                    Kind.CATEGORY, "giáo viên bổ sung", Category.VC, qualifier="giáo viên bổ sung"
                )
                statement = Statement(subject, member=True, sets_year=False)
                reading.statements.append(statement)
                _take_value(match, statement, reading)
                previous_end = added.end()
                continue
            counted_in = _subset_whole(text, match, reading)
            framed = _subset_frame(text, match.start("n")) if counted_in is None else None
            if counted_in is not None or framed is not None:
                # (opening its own sentence, "Trong đó có 9.870 giáo viên ...", it is some of
                # the figure the sentence before stated: whose, the build says)
                # "1.642 người, trong đó có 1.488 giáo viên": some of the figure just stated,
                # counted apart, a unit of its own (read only right after that figure)
                teachers = _subset_name(text, match.end("n"))
                subject = replace(
                    framed or Subject(Kind.CATEGORY, "", Category.VC),
                    name=teachers,
                    qualifier=teachers,
                )
                statement = Statement(subject, container=counted_in, sets_year=False, subset=True)
                if counted_in is None:
                    statement.point = _frame_point(text, match.start("n"))
                reading.statements.append(statement)
                _take_value(match, statement, reading)
                continue
        if kind == "among-one":
            count = _headcount(match.group("n"))
            sector = read_subject(match.group("obj"))
            if (
                current is None
                or not after_value
                or current.value is None
                or count is None
                or count >= current.value
                or sector.kind not in (Kind.CATEGORY, Kind.BLOCK)
            ):
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
            else:
                reading.outside.append(span)
            continue
        if kind == "range":
            low, high = _count(match, reading), _counted(match.group("m"))
            if low is None or high is None or low >= high:
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
                continue
            reading.outside.append(match.span("m"))
        if in_post_parts[0] <= match.start() < in_post_parts[1]:
            continue  # a part of the people in post just put outside: outside with them
        if kind in ("in-post-named", "in-post"):
            in_post_said = True
            if "n2" in match.re.groupindex and match.group("n2"):
                reading.outside.append(match.span("n2"))
            if "more" in match.re.groupindex and match.group("more"):
                reading.outside += [
                    (match.start("more") + m.start(), match.start("more") + m.end())
                    for m in _A_NUMBER.finditer(match.group("more"))
                ]
            in_post_parts = _people_breakdown(text, match.end())
            reading.outside += [
                m.span("n") for m in _PEOPLE.finditer(text, *in_post_parts) if _whole(m.group("n"))
            ]
            split = in_post_split(text, match.end()) if in_post_parts == (0, 0) else []
            if split:
                # "..., gồm 138 công chức và 2.433 viên chức": their split, people too
                in_post_parts = (split[0][0], split[-1][1])
                reading.outside += split
        if kind in (
            "subset",
            "contract",
            "approximate",
            "per-year",
            "minimum",
            "each",
            "in-post",
            "in-post-named",
            "range",
            "asked",
        ) or any(start <= match.start() < end for start, end in vacancies):
            reading.outside.append(span)
            continue
        if kind == "change" and match.group("pct") and _MINIMUM.search(match.group()):
            # "Đến năm 2026, giảm tối thiểu 10% biên chế sự nghiệp ...": a rule the plan
            # sets itself (a target), not a change its figures make
            reading.outside.append(span)
            minimum_seen = True
            continue
        if kind == "base" and current is None and minimum_seen:
            continue  # "... so với số biên chế được giao năm 2021" of the minimum above
        if kind == "object":
            # "gồm 900 biên chế giao cho các sở, ngành và 892 biên chế giao cho UBND cấp
            # huyện": the unit follows its figure.
            subject = read_subject(match.group("obj"))
            if subject.kind is None or current is None:
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
                continue
            statement = Statement(replace(subject, year=None), container=current)
            reading.statements.append(statement)
            _take_value(match, statement, reading)
            continue
        if kind == "set-aside":
            # of the posts of the count right before it (their category), or of the sentence's
            posts_before = (
                current if current is not None and current.value_span is not None else None
            )
            if posts_before is not None and posts_before.value_span is not None:
                between = text[posts_before.value_span[1] : match.start()].strip(" ,")
                if between not in ("", "biên chế", "chỉ tiêu"):
                    reading.orphans.append(Orphan(span, _NO_SUBJECT))
                    continue
            statement = Statement(
                Subject(
                    Kind.BLOCK,
                    "Dự phòng",
                    posts_before.subject.category if posts_before is not None else None,
                    where=Scope.RESERVE,
                ),
                container=posts_before.container if posts_before is not None else None,
            )
            reading.statements.append(statement)
            _take_value(match, statement, reading)
            current = statement
            previous_end = match.end()
            continue
        if kind == "kept-after":
            if (
                current is None
                or current.value_span is None
                or current.changes
                or text[current.value_span[1] : match.start()].strip(" ,")
                not in ("", "biên chế", "người", "chỉ tiêu")
            ):
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
                continue
            current.changes.append(Change(False, 0, None, None, []))
            continue
        if kind == "same":
            names = [n for n in _SAME_SPLIT.split(gap.strip(" ;,")) if n.strip()]
            subjects = [read_subject(name) for name in names]
            if (
                fronted is None
                or not subjects
                or any(s.kind not in (Kind.BLOCK, Kind.CATEGORY, Kind.TOTAL) for s in subjects)
            ):
                reading.orphans.append(Orphan(match.span(), _NO_SUBJECT))
                continue
            for subject in subjects:
                same = Statement(replace(subject, year=None))
                same.changes.append(Change(False, 0, None, fronted[0], []))
                reading.statements.append(same)
            current = None
            continue
        if kind == "roll":
            subject = read_subject(match.group("obj"))
            continuing = bool(listed) and listed[-1] is reading.statements[-1]
            if continuing and subject.kind is None and _PLACE.fullmatch(match.group("obj")):
                subject = Subject(Kind.BLOCK, match.group("obj"))  # "..., Điện Bàn 120"
            if subject.kind not in (Kind.BLOCK, Kind.CATEGORY) or subject.year is not None:
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
                continue
            if subject.kind is Kind.BLOCK and subject.category is None and continuing:
                subject = replace(subject, category=listed[-1].subject.category)
            statement = Statement(subject, container=listed[-1].container if continuing else None)
            reading.statements.append(statement)
            if continuing:
                listed.append(statement)
            _take_value(match, statement, reading)
            continue
        if kind == "recall":
            current = Statement(Subject(None, "", anaphora=True))
            reading.statements.append(current)
            after_value = _take_value(match, current, reading)
            continue
        if kind == "topic":
            found = kind_of(match.group("cat"))
            if found is None or found.category is None:
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
                continue
            year = int(match.group("y")) if match.group("y") else None
            current = Statement(Subject(Kind.CATEGORY, match.group("cat"), found.category, year))
            reading.statements.append(current)
            after_value = _take_value(match, current, reading)
            continue
        if kind == "other-body":
            _take_other_body(match, current, reading)
            continue
        if kind == "reserve":
            found = kind_of(match.group("cat"))
            said = read_subject(gap)
            # who keeps it ("..., UBND tỉnh để lại"): the last clause names no unit
            if found is None or found.category is None or read_subject(gap.rsplit(",", 1)[-1]).kind:
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
                continue
            subject = Subject(
                Kind.BLOCK, "Dự phòng", found.category, said.year, where=Scope.RESERVE
            )
            current = Statement(subject)
            reading.statements.append(current)
            after_value = _take_value(match, current, reading)
            continue
        if (
            kind == "rest"
            and listed
            and listed[-1].container is current
            and re.fullmatch(_STANDING, listed[-1].subject.name, _I)
            and re.fullmatch(_STANDING, match.group("obj"), _I)
        ):
            kind = "status"  # "4.235 biên chế chính thức và 1.383 biên chế dự phòng"
        if kind == "held-by":
            if (
                after_value
                and _ENUMERATING.search(gap)
                and (not _LIST_WORDS.search(gap) or _AMONG.search(gap))
            ):
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
                continue
            kind = "paid"  # read as the parts by workplace are
        if kind in ("paid", "status", "sector"):
            # parts of the count just stated, after "trong đó" / "gồm" / "(", or the next of them
            owner = current if after_value and _ENUMERATING.search(gap) else None
            if (
                owner is None
                and listed
                and listed[-1].container is current
                and gap.strip(" ,;") in ("và", "")
            ):
                owner = current
            named_again = _NAMED_AGAIN.fullmatch(gap) if not reading.statements else None
            if owner is None and named_again is not None:
                # "Nhóm sự nghiệp khác gồm 201 người ở ... và 938 người ở ...": a unit stated
                # before, named again with no figure, and its parts
                said = read_subject(named_again.group("name"))
                if said.kind in (Kind.BLOCK, Kind.CATEGORY) and said.year is None:
                    owner = current = Statement(said)
                    reading.statements.append(owner)
            named = match.group("obj")
            if kind == "sector":
                # a sector is the category line it names ("sự nghiệp y tế"), of its owner's
                # category only
                subject = read_subject(named)
                if _ENUMERATING.search(gap) and (not _LIST_WORDS.search(gap) or _AMONG.search(gap)):
                    # "(không tính 1.591 biên chế sự nghiệp ...)", "trong đó 500 biên chế sự
                    # nghiệp y tế": left out, or maybe the largest few, never all the parts
                    owner = None
                if subject.kind is Kind.BLOCK and subject.where is not None and owner:
                    subject = replace(subject, category=owner.subject.category)  # a level's
                elif owner is None or (
                    subject.kind is not Kind.CATEGORY
                    or owner.subject.category not in (None, subject.category)
                ):
                    owner = None
            else:
                subject = Subject(
                    Kind.BLOCK,
                    _capital(re.sub(r"^ở\s+|\s+", " ", named).strip()),
                    owner.subject.category if owner is not None else None,
                    where=scope_of(named),
                )
            if owner is None:
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
                continue
            statement = Statement(subject, container=owner, sets_year=False)
            statement.subject = replace(statement.subject, year=owner.subject.year)
            reading.statements.append(statement)
            listed.append(statement)
            _take_value(match, statement, reading)
            continue
        if kind == "including":
            if current is None or current.value is None or not after_value:
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
                continue
            statement = Statement(
                Subject(Kind.BLOCK, "Dự phòng", where=Scope.RESERVE), container=current
            )
            statement = replace(
                statement, subject=replace(statement.subject, category=current.subject.category)
            )
            if not OPENS.search(text):
                # "..., kể cả 420 người dự phòng." with no list of the other parts after it:
                # some of the figure's posts, a unit of its own (as its only part, the figure
                # would be reported as not adding up)
                statement.container, statement.member = None, True
            reading.statements.append(statement)
            _take_value(match, statement, reading)
            continue
        if kind == "item":
            if read_subject(match.group("obj")).kind not in (Kind.BLOCK, Kind.CATEGORY):
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
                continue
            gap = match.group("obj")
            kind = "value"
        if kind == "scoped":
            if match.group("lead").strip() != ",":
                owner = current if after_value and current is not None else None
            elif listed and listed[-1].subject.where is not None and not gap.strip():
                owner = listed[-1].container  # the next item of the same list
            else:
                owner = None
            if owner is None or owner.value is None:
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
                continue
            subject = read_subject(match.group("obj"))
            subject = replace(subject, year=owner.subject.year, category=owner.subject.category)
            statement = Statement(subject, container=owner, sets_year=False)
            reading.statements.append(statement)
            listed.append(statement)
            _take_value(match, statement, reading)
            continue
        if kind == "rest":
            owner = listed[-1].container if listed else current.container if current else None
            if (
                owner is None
                and current is not None
                and (
                    current.subject.kind is Kind.TOTAL
                    # "Giao biên chế các cơ quan Đảng ... là 1.132 biên chế, gồm 952 biên chế
                    # cán bộ, công chức, 172 biên chế viên chức và 8 biên chế dự phòng": a
                    # block's own reserve, where its categories and it add up to the figure.
                    # Never of "Tổng biên chế <block>", which may be the document's total a
                    # table restates under another name: the reserve, one unit by its name,
                    # would leave that table's total without it.
                    or (
                        current.subject.kind is Kind.BLOCK
                        and current.value_span is not None
                        and not _SUMMING_WORD.search(text, 0, current.value_span[0])
                        and match.group("obj").lower().startswith("dự")
                        and current.value is not None
                        and (reserved := _headcount(match.group("n"))) is not None
                        and sum(p.count for p in current.parts if p.change is None) + reserved
                        == current.value
                    )
                )
                and _parts_listed(current, gap)
            ):
                # "là 849 biên chế, gồm: 690 biên chế cán bộ, công chức; 151 biên chế viên
                # chức; 8 biên chế dự phòng": the reserve after the total's categories (a
                # block's own reserve would not be told from the document's)
                owner = current
            subject = read_subject(match.group("obj"))
            if (
                owner is None
                or not (_listed_before(reading, owner) or owner is current)
                or subject.kind is None
            ):
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
                continue
            stated = kind_of(match.group("cat")) if match.group("cat") else None
            if stated is not None and stated.category is not None:
                subject = replace(subject, category=stated.category)
            if subject.category is None:
                subject = replace(subject, category=owner.subject.category)
            statement = Statement(replace(subject, year=None), container=owner)
            reading.statements.append(statement)
            _take_value(match, statement, reading)
            continue
        if kind == "part-time-named":
            subject = read_subject(match.group("obj"))
            statement = Statement(replace(subject, year=None), sets_year=False)
            reading.statements.append(statement)
            _take_value(match, statement, reading)
            continue
        if kind == "supplement":
            subject = read_subject(match.group("obj"))
            if _TEACHERS.match(match.group("obj")):
                # "bổ sung 358 biên chế giáo viên mầm non": teachers' posts are viên chức
                words = qualifier(match.group("obj"), LexKind.VC)
                subject = Subject(Kind.CATEGORY, match.group("obj"), Category.VC, qualifier=words)
            if subject.kind is not Kind.CATEGORY:
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
                continue
            subject = replace(subject, qualifier=f"{subject.qualifier} bổ sung".strip())
            current = Statement(replace(subject, year=None), member=True, sets_year=False)
            reading.statements.append(current)
            after_value = _take_value(match, current, reading)
            school_year = _SCHOOL_YEAR.match(text, match.end())
            previous_end = school_year.end() if school_year else match.end()
            continue
        if kind == "present":
            # "Hiện có 1.641 công chức": the staff in post, a unit apart from the posts given
            found = kind_of(match.group("cat")) if "cat" in match.re.groupindex else None
            if found is None or found.category is None:
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
                continue
            on_day = int(match.group("dy")) if match.group("dy") else None
            subject = Subject(
                Kind.CATEGORY, match.group("cat"), found.category, on_day, qualifier=IN_POST
            )
            current = Statement(subject, sets_year=False)
            reading.statements.append(current)
            # "(cấp tỉnh 1.643 người, cấp huyện 1.457 người)" may follow: its parts
            after_value = _take_value(match, current, reading)
            continue
        if kind == "present-of":
            if (
                current is None
                or current.value is None
                or current.subject.kind not in (Kind.BLOCK, Kind.CATEGORY)
                or current.subject.qualifier.startswith(IN_POST)
                or gap.strip()
            ):
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
                continue
            posts = current.subject
            if match.group("dy"):
                posts = replace(posts, year=int(match.group("dy")))
            if posts.kind is Kind.BLOCK:
                subject = replace(posts, name=f"{posts.name} {IN_POST}")
            else:
                subject = replace(posts, qualifier=f"{IN_POST} {posts.qualifier}".strip())
            # of the posts' year; never one of a list's parts, nor a figure of the posts
            present = Statement(subject, member=True, sets_year=False)
            reading.statements.append(present)
            _take_value(match, present, reading)
            continue
        if kind == "present-pair":
            # two categories in post on one day: each its unit apart, never a total's parts
            first, second = kind_of(match.group("cat")), kind_of(match.group("cat2"))
            if (
                first is None
                or second is None
                or first.category is None
                or second.category is None
                or first.category is second.category
            ):
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
                continue
            dated = "dy" in match.re.groupindex and match.group("dy")
            on_day = int(match.group("dy")) if dated else None
            for group, found in (("n", first), ("n2", second)):
                count = _count_of(match, group, reading)
                if count is None:
                    continue
                subject = Subject(
                    Kind.CATEGORY,
                    match.group(f"cat{group[1:]}"),
                    found.category,
                    on_day,
                    qualifier=IN_POST,
                )
                current = Statement(subject, count, match.span(group), sets_year=False)
                reading.statements.append(current)
            continue
        if kind == "below-given":
            if (
                not in_post_said
                and not _IN_POST_SUBJECT.match(text)
                and (current is None or not current.subject.qualifier.startswith(IN_POST))
            ):
                # after posts, a shortfall against "số được giao" of no year is a comparison
                # not read
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
                continue
            reading.outside.append(span)
            if "m" in match.re.groupindex and match.group("m"):
                reading.outside.append(match.span("m"))
            continue
        if kind == "extreme":
            # "trong đó Sở Nông nghiệp ... nhiều nhất với 440 biên chế", "nhiều nhất là thị
            # xã Điện Bàn 114 biên chế": one unit inside another's figure, not a part of it.
            subject = read_subject(match.group("obj"))
            if subject.kind is not Kind.BLOCK or not _proper(subject.name):
                # "đơn vị nhiều nhất với 114 biên chế" names no one body ("Sở Tư pháp")
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
                continue
            if subject.category is None and current is not None:
                subject = replace(subject, category=current.subject.category)
            statement = Statement(replace(subject, year=None), member=True, sets_year=False)
            reading.statements.append(statement)
            _take_value(match, statement, reading)
            ranked = statement
            continue
        if kind in ("listed", "listed-unit"):
            # "30.709 biên chế, trong đó sự nghiệp giáo dục 23.379; sự nghiệp y tế 5.262":
            # the unit's parts, each named before its count; only right after its value.
            opening = match.group("lead").strip() not in (";", ",", "và")
            if opening and current is not None and _AMONG.search(match.group("lead")):
                among.add(id(current))
            skipped = not opening and not _BETWEEN_ITEMS.fullmatch(gap)
            late = (
                opening
                and not after_value
                and current is not None
                and current.value is not None
                and bool(current.changes)
                and match.group("lead").startswith(";")
                and not gap.strip()
            )
            if late and current is not None:
                # "là 48.562, giảm 3.449 ..., tỷ lệ giảm 6,63%; gồm khối A 1.684, ...": a
                # clause listing the figure's parts after its change, read only where they
                # add up to the figure (a change may be broken down the same way)
                late_lists.append(current)
            # ", UBND các huyện, thành phố 841 biên chế": words skipped before the item's name
            # are the name's, so it is no item of a list
            if (
                current is None
                or skipped
                or (opening and not after_value and not late)
                or (not opening and (not listed or listed[-1].container is not current))
            ):
                if kind == "listed-unit" and not opening and ranked is not None:
                    # "trong đó Sở A cao nhất với 6.300 người, Sở B 4.985 người": the next of
                    # a ranking, a unit of its own like the first, never a part
                    subject = read_subject(match.group("obj"))
                    if subject.kind is not Kind.BLOCK or not _proper(subject.name):
                        reading.orphans.append(Orphan(span, _NO_SUBJECT))
                        continue
                    statement = Statement(
                        replace(subject, year=None, category=ranked.subject.category),
                        member=True,
                        sets_year=False,
                    )
                    reading.statements.append(statement)
                    _take_value(match, statement, reading)
                    continue
                if (
                    kind == "listed-unit"
                    # "Biên chế công chức năm 2026 được phân bổ gồm: các vụ ... 412 biên
                    # chế": a list's first item is never its owner's figure
                    and not (opening and current is None and read_subject(gap).kind is not None)
                    and (
                        match.group("word").lower() != "người"
                        # "...; số lượng người làm việc 22.360 người": a category's count,
                        # opening a clause of its own where nothing opened a list (never
                        # "..., trong đó sự nghiệp y tế 500 người": the largest few)
                        or (
                            match.group("lead").strip() == ";"
                            and not _ENUMERATING.search(match.group("obj"))
                            and read_subject(match.group("obj")).kind is Kind.CATEGORY
                            and not _LIST_WORDS.search(text, 0, match.start("n"))
                        )
                    )
                ):
                    # "Sở Công Thương 206 biên chế, Thanh tra thành phố 202 biên chế": no
                    # list opened, so each is a unit with its own count
                    gap += text[match.start() : match.start("n")]
                    kind = "bare"
                else:
                    reading.orphans.append(Orphan(span, _NO_SUBJECT))
                    continue
        if kind in ("listed", "listed-unit") and current is not None:
            subject = read_subject(match.group("obj"))
            if subject.kind is Kind.BLOCK and subject.category is None:
                subject = replace(subject, category=current.subject.category)
            # the parts are of their unit's year ("Đến ngày 1/9/2024, ... (cấp tỉnh 1.643 người")
            statement = Statement(
                replace(subject, year=current.subject.year), container=current, sets_year=False
            )
            reading.statements.append(statement)
            listed.append(statement)
            _take_value(match, statement, reading)
            continue
        if kind == "bare" and after_value and _INCLUDING.search(gap):
            _take_included(match, text, span, reading)
            continue
        if kind == "bare":
            # "khối Đảng 50 biên chế": a count with no verb is a value only right after a
            # unit's name, never after "từ", "giảm", "khoảng" and the like.
            if (
                read_subject(gap).kind is None
                or _NOT_A_SUBJECT_END.search(gap)
                # the end of a parenthesis is no name (the one closing right after the count
                # before, "(năm 2021: 1.162), cấp huyện 883", ends that count's, not this one's)
                or _CLOSED_BEFORE.sub("", gap).count(")") > gap.count("(")
            ):
                reading.orphans.append(Orphan(span, _NO_VERB))
                previous_end = match.start()  # its words may still be a later subject
                continue
            kind = "value"
        if kind == "base" and current is None:
            reading.orphans.append(Orphan(match.span(), _NO_SUBJECT))
            continue
        if kind == "value" and _INTO_A_WHOLE.fullmatch(gap) and _ENDS.match(text, match.end()):
            # "Trong tổng số biên chế viên chức có 20 biên chế.": some of a whole, saying nothing
            # of what they are, never the whole's figure ("... có 20 biên chế dự phòng", "...
            # có N công chức và M viên chức" are read by their own rules)
            reading.orphans.append(Orphan(span, _NO_SUBJECT))
            previous_end = match.end()
            continue
        if kind in ("value", "change", "fromto", "equal", "kept"):
            if outer is not None and ")" in gap:
                # "2.287 biên chế (năm 2023 là 2.324 biên chế), giảm 37 biên chế": past the
                # parenthesis the sentence speaks of its unit again, if nothing else is named
                if not gap.strip(" ),"):
                    current = outer
                outer = None
            before = current
            current = _statement_for(gap, current, reading.statements)
            if gap.count("(") > gap.count(")") and current is not before:
                current.sets_year = False  # "(... năm 2022: N)" only recalls another year
                if outer is None:
                    outer = before
        if kind == "fromto" and current is not None:
            _take_from(match, current, reading)
            year_said = _SAID_AFTER.match(text, match.end())
            if year_said is not None and int(year_said.group("y")) != current.subject.year:
                # "Năm 2023, ... giảm từ 500 người năm 2021 xuống 450 người năm 2024": the
                # figure after says its own year, which the sentence's is not
                reading.orphans.append(Orphan(match.span("n"), _TO_OTHER_YEAR))
                continue
        if current is None:
            reading.orphans.append(Orphan(span, _NO_SUBJECT))
            continue
        if kind == "kept":
            after_value = _take_value(match, current, reading)
            base = match.group("base")
            last_change = Change(False, 0, None, int(base) if base else None, [], base is None)
            current.changes.append(last_change)
            continue
        if kind == "value" and _province_total(match, text, current):
            # "Năm 2025, tỉnh được giao tổng cộng 16.490 biên chế": all the province's posts
            current.subject = replace(current.subject, kind=Kind.TOTAL, name="Tổng biên chế")
        if kind in ("value", "fromto"):
            after_value = _take_value(match, current, reading)
            named = _NAMED_AFTER.match(text, match.end())
            if (
                kind == "value"
                and after_value
                and named is None
                and current.value_span == span
                and current.subject.kind is None
                and _OWN_PROVINCE.fullmatch(current.subject.name)
                and _SUMMED.search(match.group())
            ):
                # "năm 2025 tỉnh được giao tổng cộng 16.490 biên chế": the province's posts
                # summed, no category named: its total
                current.subject = replace(current.subject, kind=Kind.TOTAL, name="Tổng cộng")
            reserve = _RESERVE_AFTER.match(text, named.end()) if named else None
            found = kind_of(named.group("cat2") or "") if named and reserve else None
            if (
                reserve is not None
                and after_value
                and found is not None
                and found.category is not None
                and _named_by_figure(current.subject)
            ):
                # "Trong tổng số năm 2024 có 6 biên chế công chức dự phòng": the count names
                # its unit, the category's reserve
                current.subject = replace(
                    current.subject,
                    kind=Kind.BLOCK,
                    name="Dự phòng",
                    category=found.category,
                    where=Scope.RESERVE,
                )
                previous_end = reserve.end()
                after_value = False
            elif reserve is not None:
                reading.orphans.append(Orphan(span, _NO_SUBJECT))  # "... công chức dự phòng"
            elif _reserve_in_frame(text, match, span, current, after_value, named):
                # "Trong tổng số biên chế tại khoản 1 Điều này có 20 biên chế dự phòng": the
                # count names its unit, the reserve of the figure the frame points at (of the
                # category the frame names, if it names one); never the total's own figure
                current.subject = replace(
                    current.subject,
                    kind=Kind.BLOCK,
                    name="Dự phòng",
                    where=Scope.RESERVE,
                )
                after_value = False
            elif (
                after_value
                and named
                and current.subject.kind is Kind.BLOCK
                and current.value_span == span
            ):
                # "Bộ Giáo dục ...: có 635 biên chế công chức và 21.124 biên chế viên chức":
                # a count naming its category is the block's line of that category, not
                # the block's own figure.
                found = _scoped(kind_of(named.group("cat2") or "người làm việc"), current)
                count, current.value, current.value_span = current.value, None, None
                if found is None or found.category is None or count is None:
                    reading.orphans.append(Orphan(span, _NO_SUBJECT))
                else:
                    current.parts.append(Part(found.category, count, span, None))
                    previous_end = named.end()
                    year_after = _YEAR_AFTER.match(text, previous_end)
                    if year_after is not None and current.subject.year is None:
                        # "Bộ Y tế được giao 1.038 biên chế công chức đến năm 2026" (a
                        # headline): the year of the block's line, named after it
                        current.subject = replace(current.subject, year=int(year_after.group(1)))
                        previous_end = year_after.end()
                after_value = False
            elif (
                after_value
                and named
                and current.subject.kind is Kind.CATEGORY
                and current.value_span == span
                and _same_category(named, current)
            ):
                # "Các cơ quan, tổ chức hành chính ... được giao 2.075 biên chế công chức năm
                # 2025": the count repeats its subject's category, and may give its year.
                previous_end = named.end()
                year_after = _YEAR_AFTER.match(text, previous_end)
                if year_after is not None and current.subject.year is None:
                    current.subject = replace(current.subject, year=int(year_after.group(1)))
                    previous_end = year_after.end()
            elif (
                after_value
                and named is None
                and current.subject.kind is Kind.TOTAL
                and current.value_span == span
                and (pair := _AND_CATEGORY.match(text, match.end())) is not None
            ):
                # "toàn tỉnh còn 25.510 biên chế và người làm việc, giảm 2.741 ...": the pair
                # says what the total counts; its second category is no subject of what follows
                previous_end = pair.end()
            elif after_value and named and _named_by_figure(current.subject):
                # "toàn tỉnh có 54.864 người làm việc", "năm 2024 tỉnh giao 3.126 biên chế
                # công chức": the count says what it counts.
                category = _scoped(kind_of(named.group("cat2") or "người làm việc"), current)
                if category is LexKind.CBCC and _COMMUNE_AFTER.match(text, named.end()):
                    # "tỉnh giao 5.600 biên chế cán bộ, công chức cấp xã": the commune's, which
                    # the province's CBCC leave out
                    category = LexKind.XA
                    current.subject = replace(current.subject, where=Scope.COMMUNE)
                both = _AND_CATEGORY.match(text, named.end())
                following = _NEXT_NUMBER.search(text, named.end())
                rest = text[named.start() : following.start() if following else len(text)]
                if both is None and groups_named(rest) > 1:
                    # "26.974 người làm việc trong đơn vị sự nghiệp, các hội; cán bộ, công
                    # chức cấp xã": what the count counts is more than its first category.
                    reading.orphans.append(Orphan(span, _MANY_NAMED))
                    if current.value is not None:
                        reading.many_named = (current.value, span, rest)
                elif both is not None:
                    # "... giao 32.881 biên chế công chức và viên chức": both categories,
                    # the total of the two, never the first alone.
                    current.subject = replace(
                        current.subject,
                        kind=Kind.TOTAL,
                        name=_capital(text[match.end("n") : both.end()].strip()),
                    )
                    previous_end = both.end()
                elif category is not None and category.category is not None:
                    current.subject = replace(
                        current.subject, kind=Kind.CATEGORY, category=category.category
                    )
                    previous_end = named.end()
                    by_figure = current
                    given = _RECIPIENT.match(text, previous_end)
                    if given is not None and (
                        given.group("many") or not _WHOLE_RECIPIENT.fullmatch(given.group("obj"))
                    ):
                        # "giao 80 biên chế công chức cho Sở Y tế", "96 người làm việc cho các
                        # hội có tính chất đặc thù": the posts are the recipient's, never the
                        # category's whole; nor are those given to some bodies counted ("cho
                        # 03 đơn vị sự nghiệp công lập"), which may be all or a few of them
                        previous_end = given.end()
                        if given.group("many") and OPENS.search(text):
                            _given_to_listed(text, given, category.category, current)
                        elif not _given_to(given.group("obj"), category.category, current):
                            reading.orphans.append(Orphan(span, _NO_SUBJECT))
                    elif given is None and _given_elsewhere(text, previous_end, category.category):
                        # "giao 5.670 biên chế cán bộ, công chức cho 135 xã, phường": posts
                        # given to bodies the recipient rule cannot name are theirs, never the
                        # category's whole
                        reading.orphans.append(Orphan(span, _NO_SUBJECT))
                year_after = _YEAR_AFTER.match(text, previous_end) or _year_opening_list(
                    text, previous_end
                )
                if year_after is not None and current.subject.year is None:
                    # "Quảng Nam tạm giao 32.881 biên chế ... năm 2022" (a headline)
                    current.subject = replace(current.subject, year=int(year_after.group(1)))
                    previous_end = year_after.end()
                given = _GIVEN_TO.match(text, previous_end) if by_figure is current else None
                recipient = read_subject(given.group("obj")) if given else None
                if (
                    given is not None
                    and recipient is not None
                    and recipient.kind is Kind.CATEGORY
                    and recipient.category is current.subject.category
                    and recipient.year is None
                    and current.subject.year is None
                ):
                    # "Giao 1.789 biên chế công chức năm 2024 cho các cơ quan, tổ chức hành
                    # chính nhà nước của tỉnh, giảm 21 biên chế ...": the category of those it
                    # is given to, in the year named; never a body's ("cho Sở Y tế")
                    year = int(given.group("y")) if given.group("y") else None
                    current.subject = replace(recipient, year=year)
                    previous_end = given.end()
                elif given is not None:
                    # "Giao 1.789 biên chế công chức cho Sở Y tế, giảm 21 ...": whose figure,
                    # and whose change, is not the category's
                    reading.orphans.append(Orphan(span, _NO_SUBJECT))
            elif (
                after_value
                and named is None
                and current.value_span == span
                and _named_by_figure(current.subject)
                and (given := _RECIPIENT.match(text, match.end())) is not None
                and (hoi := read_subject(given.group("obj"))).kind is Kind.CATEGORY
                and hoi.category is Category.HOI
            ):
                # "Giao 96 biên chế cho 11 hội quần chúng được Đảng, Nhà nước giao nhiệm vụ":
                # posts naming no category, given to the hội, are the hội's
                current.subject = replace(hoi, year=current.subject.year)
                previous_end = given.end()
            elif (
                after_value
                and named is None
                and current.value_span == span
                and (block := _given_to_body(text, match.end(), current.subject)) is not None
            ):
                # "Giao 1.046 biên chế năm 2025 cho các cơ quan đảng, Mặt trận Tổ quốc ...,
                # gồm:": posts naming no category, given to bodies named, are those bodies'
                # own figure (of the year named beside the count)
                current.subject, previous_end = block
        elif kind == "change" and match.group("pct") and _OTHER_COUNT_BEFORE.search(gap):
            # "từ 24 đơn vị còn 18 đơn vị (giảm 25%)": the rate of a count of bodies, not posts
            reading.outside.append(span)
        elif kind == "change":
            if (
                match.group("pct")
                and not match.group("base")
                and last_change is not None
                and last_change in current.changes
                and last_change.count is not None
                and last_change.rate is None
                and last_change.increase == (match.group("dir").lower() == "tăng")
                and _BETWEEN_COUNT_AND_RATE.fullmatch(gap)
            ):
                # "giảm 476 người (giảm 34,4%)": the same reduction as a rate
                rate = _rate(match.group("n") + match.group("pct"), span, reading)
                if rate is not None:
                    last_change.rate = rate
                    last_change.spans.append(span)
            else:
                last_change = _take_change(match, current, reading)
                if last_change is not None and "bn" in match.re.groupindex:
                    _take_clause_base(match, current, last_change, reading)
                if last_change is not None and (
                    _FURTHER.search(match.group(0))
                    or (_MUST.search(gap) and _PURPOSE.match(text, match.end()))
                ):
                    last_change.further = True
                if (
                    last_change is not None
                    and last_change.count is not None
                    and _MUST.search(gap)
                    and _AT_LEAST.search(match.group(0))
                ):
                    last_change.bound = True
                reserve = _RESERVE_AFTER.match(text, match.end())
                if reserve is not None and current.subject.kind is None:
                    # "Đồng thời giảm 4 biên chế dự phòng": the change names its unit after
                    # its figure, the reserve (never the heading's category)
                    current.subject = Subject(
                        Kind.BLOCK, "Dự phòng", year=current.subject.year, where=Scope.RESERVE
                    )
                    previous_end = reserve.end()
                elif reserve is not None:
                    reading.orphans.append(Orphan(span, _NO_SUBJECT))
            after_value = False
        elif kind == "and-change":
            base = int(match.group("base"))
            if (
                last_change is None
                or last_change not in current.changes
                or last_change.count is None
                or last_change.base_year in (None, base)
                or gap.strip()
            ):
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
            else:
                count = _count(match, reading)
                if count is not None:
                    last_change = Change(last_change.increase, count, None, base, [span])
                    current.changes.append(last_change)
                    if match.group("r"):
                        rate = _rate(match.group("r"), match.span("r"), reading)
                        if rate is not None:
                            last_change.rate = rate
                            last_change.spans.append(match.span("r"))
        elif kind == "frombase":
            if current.value is None or current.subject.kind is None or last_change is not None:
                reading.orphans.append(Orphan(match.span("a"), _NO_SUBJECT))
            else:
                _take_from(match, current, reading)
                last_change = Change(
                    match.group("dir").lower() == "tăng", None, None, int(match.group("ay"))
                )
                current.changes.append(last_change)
        elif kind == "base":
            # "giảm 2.989 biên chế (tương đương 10%) so với năm 2022 (29.892 biên chế)": the
            # comparison year comes after the rate, with its figure.
            _take_base(match, current, last_change, reading)
        elif kind == "equal":
            base = match.group("base")
            bare = "bare" in match.groupdict() and match.group("bare") is not None
            if bare and (current.value is None or gap.strip()):
                # "(giữ nguyên)" keeps the figure right before it, and only that
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
                continue
            last_change = Change(
                False, 0, None, int(base) if base else None, [], previous=base is None and not bare
            )
            current.changes.append(last_change)
        elif kind == "rate":
            _take_rate(
                match,
                last_change if current.changes else _past_recalled_base(current, last_change, gap),
                reading,
            )
        elif kind == "equiv":
            _take_equivalent(match, last_change if current.changes else None, reading)
        elif by_figure is current and not _ENUMERATING.search(gap):
            # "... giao 29.755 biên chế viên chức và 3.126 biên chế công chức": a second
            # category named by its figure, not a part of the first.
            current = _sibling(match, current, reading)
            by_figure = current
        elif _INCLUDING.search(gap) and after_value:
            _take_included(match, text, span, reading)
        elif read_subject(gap).kind in (Kind.BLOCK, Kind.TOTAL):
            # "cấp tỉnh được giao 1.400 biên chế công chức, cấp huyện 1.100 biên chế công
            # chức": a count of another unit, named before it, is no part of the first
            reading.orphans.append(Orphan(span, _NO_SUBJECT))
        else:
            _take_part(match, current, None if after_value else last_change, reading)
    if each_seen:
        # "trong đó A 123, B 120; các huyện còn lại mỗi huyện 100": the bodies named are
        # some of the total's, not all its parts
        for statement in listed:
            statement.container, statement.member = None, True
        listed = []
    for container in {id(s.container): s.container for s in listed}.values():
        items = [s for s in listed if s.container is container]
        if len(items) < 2:
            # One count named inside a unit ("trong đó ngành giáo dục 20.000") is some of
            # its posts, not its parts.
            for statement in items:
                reading.statements.remove(statement)
                if statement.value_span is not None:
                    reading.orphans.append(Orphan(statement.value_span, _NO_SUBJECT))
        elif (
            container is not None
            and id(container) in among
            and sum(item.value or 0 for item in items) != container.value
            and not _REST_OF_IT.search(items[-1].subject.name)
        ):
            # "24.500 người, trong đó sự nghiệp giáo dục 19.800; sự nghiệp y tế 2.900": "trong
            # đó" also names only the largest few. Items that neither add up to their unit nor
            # end with the rest ("khác", "còn lại") may be some of its posts or a slip in its
            # parts: which, the text does not say, so none is read.
            for statement in items:
                reading.orphans += [Orphan(span, _SOME_OR_ALL) for span in spans_of(statement)]
    for statement in reading.statements:
        if _IN_POST.search(statement.subject.name) and not _read_in_post(statement):
            # "số cán bộ, công chức có mặt là 3.100 người": staff in post, not posts; only
            # the "Hiện có N công chức" form says which unit apart they are
            reading.orphans += [Orphan(span, _NO_SUBJECT) for span in spans_of(statement)]
        owner = statement.container
        if owner is not None and owner.value is None and any(not p.change for p in owner.parts):
            # "Các cơ quan ... được giao 2.075 biên chế công chức, chia ra cấp tỉnh 1.102, ...":
            # the block's count is its CBCC line; whether the items split the block or that
            # line is not said, so neither is read.
            for span in spans_of(statement):
                reading.orphans.append(Orphan(span, _NO_SUBJECT))
    if reading.people and not reading.statements:
        # "..., với tổng kinh phí 92,6 tỷ đồng; trong đó nghỉ hưu trước tuổi chiếm 78,6%": a
        # share of the leavers counted, in a sentence stating no figure of a unit
        reading.outside += [m.span("n") for m in _SHARE_OF.finditer(text)]
    if fronted is not None:
        _take_fronted(*fronted, reading)
    _trailing_base(text, reading)
    _elided_comparison(text, reading)
    _parallel_base(text, reading)
    _chain_against_previous(text, reading)
    _implied_bases(reading)
    _breakdown_bases(reading)
    _elapsed_years(reading)
    _further_cuts(reading)
    _goal_cuts(text, reading)
    _twice_compared(reading)
    _named_apart(text, reading)
    _sectors_apart(reading)
    _self_financed(reading)
    _among_the_total(text, reading)
    _surplus_people(text, reading)
    _with_contract_staff(text, reading)
    _unread_comparisons(text, chosen, reading)
    for statement in [s for s in reading.statements if s.subject.kind is Kind.OUTSIDE]:
        # listed among a figure's parts: its own container, or the part listed before it
        index = reading.statements.index(statement)
        before = reading.statements[index - 1] if index else None
        owner = statement.container or (before.container if before is not None else None)
        if owner is not None and owner.subject.kind is Kind.CATEGORY and owner.value is not None:
            listed = [
                s
                for s in reading.statements
                if s.container is owner and s is not statement and s.value is not None
            ]
            if sum(s.value for s in listed if s.value is not None) != owner.value:
                # "Biên chế hành chính ... là 2.208 (cán bộ, công chức: 2.052; hợp đồng ...:
                # 156)": the category's figure holds the contract staff listed in it, so it is
                # not that category's figure
                reading.orphans += [Orphan(span, _HOLDS_CONTRACTS) for span in spans_of(owner)]
        reading.statements.remove(statement)
        reading.contracts.append(statement)
        reading.outside += spans_of(statement)
    _contracts_counted_in(reading)
    _line_changes(reading)
    _named_and_shared(reading, text)
    for owner in late_lists:
        inside = [s for s in reading.statements if s.container is owner]
        if sum(s.value or 0 for s in inside) != owner.value or any(s.changes for s in inside):
            for statement in inside:
                drop(reading, statement, _SOME_OR_ALL)
    contained: dict[int, list[Statement]] = {}
    for statement in reading.statements:
        if statement.container is not None:
            contained.setdefault(id(statement.container), []).append(statement)
    for inside in contained.values():
        if len(inside) == 1 and inside[0].value is None:
            # "tổng biên chế giảm 18 biên chế; trong đó khối Đảng giảm 9 biên chế": one unit's
            # change named inside another's is some of it, never all its parts
            inside[0].container, inside[0].member = None, True
    for statement in reading.statements:
        breakdown = [part for part in statement.parts if part.change is None]
        if statement.value is not None and len(breakdown) == 1:
            # "8.168 người (gồm 7.512 người làm việc trong các trường ...)": one count inside
            # a figure, not equal to it, is some of its posts, never all its parts
            (part,) = breakdown
            if part.count != statement.value:
                statement.parts.remove(part)
                reading.orphans.append(Orphan(part.span, _SOME_OR_ALL))
    if _BESIDES_ABOVE.match(text):
        # "Ngoài số trên, các đơn vị sự nghiệp có 642 người do đơn vị tự trang trải kinh
        # phí": counted besides the figure above, so never that figure's category or total
        # again; a unit named on its own ("giao thêm 123 biên chế sự nghiệp dự phòng") is read
        for statement in [s for s in reading.statements if s.subject.kind is not Kind.BLOCK]:
            drop(reading, statement, _BESIDES_THE_FIGURE)
    kept = {id(statement) for statement in reading.statements}
    for statement in [s for s in reading.statements if s.subset and s.container is not None]:
        if id(statement.container) not in kept:
            drop(reading, statement)  # some of a figure not read: outside, as it was
    return reading


def category_after(text: str, end: int) -> Category | None:
    """The category a count names right after it ("giảm 47 biên chế công chức"), if any."""
    named = _NAMED_AFTER.match(text, end)
    found = kind_of(named.group("cat2") or "người làm việc") if named else None
    return found.category if found is not None else None


def _line_changes(reading: Reading) -> None:
    """ "giao 1.027 biên chế cán bộ, công chức cho các cơ quan Đảng ..., giảm 19 biên chế so
    với năm 2024": a block given one category's count changes that category's line, never the
    block's own figure (which the text does not state): the line's change, rate and all."""
    for statement in reading.statements:
        lines = [part for part in statement.parts if part.change is None]
        if (
            statement.subject.kind is not Kind.BLOCK
            or statement.value is not None
            or len(lines) != 1
            or len(statement.parts) != 1
        ):
            continue
        for change in list(statement.changes):
            if change.count == 0 and not change.spans:
                # "Sở Y tế được giao 45 biên chế công chức, giữ nguyên như năm 2025": kept is
                # the line's figure too (it was filed under the block, whose figure is not
                # stated); with the year it keeps left to the context, not read
                if change.base_year is None:
                    drop(reading, statement, _NO_BASE_KEPT)
                    break
                statement.parts.append(Part(lines[0].category, 0, lines[0].span, change))
                statement.changes.remove(change)
                continue
            if change.count is None or not change.spans or change.base_year is None:
                continue  # (a base the context gives is the block's statement's to find)
            statement.parts.append(Part(lines[0].category, change.count, change.spans[0], change))
            statement.changes.remove(change)


_NO_BASE_KEPT = Message(
    "câu nói số của một khối được giữ nguyên nhưng không nêu năm so sánh bằng số",
    "the sentence says a block's figure is kept but names the year compared by no number",
)


def _named_and_shared(reading: Reading, text: str) -> None:
    """ "Sở Y tế giảm 1 biên chế công chức và 15 người làm việc so với năm 2023": the first
    count names its category as the second does; both are shares of the subject's change
    (its category lines' changes), never the subject's own change with one share (1 was
    read as the whole Sở's cut). The same category named twice, or no body named: not
    read."""
    for statement in list(reading.statements):
        named = {
            category_after(text, change.spans[0][1])
            for change in statement.changes
            if change.count is not None and change.spans
        }
        if statement.subject.category is None and len(named - {None}) > 1:
            # "toàn tỉnh giảm 135 biên chế công chức, tỷ lệ 5,11% và giảm 3.160 người làm
            # việc, tỷ lệ 10,04% so với năm 2021": each cut is its own category's, never two
            # cuts of the whole (the first was read against the year before)
            drop(reading, statement, _SAME_CATEGORY)
            continue
        for change in list(statement.changes):
            shares = [part for part in statement.parts if part.change is change]
            if change.count is None or not change.spans or not shares:
                continue
            category = category_after(text, change.spans[0][1])
            if category is None:
                continue
            if (
                any(part.category is category for part in shares)
                or statement.subject.kind is not Kind.BLOCK
                or not statement.subject.name.strip()
            ):
                # (a parenthesis line naming no body would hand both shares to the item
                # above it, a line of one category)
                drop(reading, statement, _SAME_CATEGORY)
                break
            statement.parts.insert(
                statement.parts.index(shares[0]),
                Part(category, change.count, change.spans[0], change),
            )
            statement.changes.remove(change)


def _contracts_counted_in(reading: Reading) -> None:
    """ "Biên chế hành chính năm 2024 là 2.208 biên chế (cán bộ, công chức: 2.052 người; hợp
    đồng lao động theo Nghị định số 111: 156 người)": a figure whose own breakdown adds
    contract staff into it. It is then no CBCC or VC figure, and which unit it is the text
    does not say: nothing of the sentence is read."""
    contracts = sum(s.value for s in reading.contracts if s.value is not None)
    if not contracts:
        return
    for statement in reading.statements:
        if statement.value is None or statement.member or statement.container is not None:
            continue
        inner = [
            other.value
            for other in reading.statements
            if other is not statement
            and other.value is not None
            and (other.member or other.container is statement)
        ] + [part.count for part in statement.parts if part.change is None]
        if inner and sum(inner) + contracts == statement.value:
            reading.orphans += [Orphan(span, _CONTRACTS_COUNTED) for span in spans_of(statement)]


def _further_cuts(reading: Reading) -> None:
    """ "cấp xã dự kiến phải giảm thêm 79 người, để đến năm 2024 về đúng định mức": a further
    or required cut that names no year to compare with is no comparison; its numbers are outside the
    plan, and a statement left with nothing else goes."""
    for statement in list(reading.statements):
        for change in [
            c for c in statement.changes if c.bound or (c.further and c.base_year is None)
        ]:
            statement.changes.remove(change)
            reading.outside += change.spans
            # "giảm thêm 2 biên chế công chức và 170 người làm việc": its categories' shares go
            # with it
            for part in [p for p in statement.parts if p.change is change]:
                statement.parts.remove(part)
                reading.outside.append(part.span)
        if statement.value is None and not statement.changes and not statement.parts:
            reading.statements.remove(statement)


_COMMUNE_AFTER = re.compile(
    r"\s+(?:ở\s+)?(?:cấp\s+xã|(?:các\s+)?xã,\s*phường|(?:các\s+)?phường,\s*xã)(?!\w)", _I
)
_NATION = re.compile(r"(?:^|,\s*)(?:cả\s+nước|toàn\s+quốc)$", _I)
_OWN_PROVINCE = re.compile(r"\s*(?:(?:toàn\s+)?(?:tỉnh|thành\s+phố))?\s*", _I)
_SUMMED = re.compile(r"(?<!\w)tổng\s+(?:cộng|số)\s+[0-9]", _I)
_IN_POST_SUBJECT = re.compile(
    r"\W*(?:tổng\s+)?số\s+(?:người|công\s+chức|viên\s+chức|cán\s+bộ,?\s+công\s+chức)"
    r"(?:\s+(?:làm\s+việc|hưởng\s+lương))?\s+(?:có\s+mặt|hiện\s+có)(?!\w)",
    _I,
)
"""A sentence opening with people in post as its subject ("Số người có mặt thấp hơn số được
giao 791 người"): a shortfall it states is theirs, outside the plan."""


_GOAL_CUT = re.compile(
    r"(?<!\w)(?:mục\s+tiêu|yêu\s+cầu|phải|lộ\s+trình)\s+giảm\s+"
    r"(?:(?:tối\s+thiểu|ít\s+nhất|bình\s+quân|trung\s+bình|khoảng)\s+)*"
    rf"{NUM}\s?%",
    _I,
)


def _goal_cuts(text: str, reading: Reading) -> None:
    """ "... nghỉ việc theo lộ trình giảm 10% biên chế từ nay đến năm 2021": a cut in percent
    named as a roadmap's goal or a duty, with no count and no year to compare with, is a rule,
    outside the plan (it was left unread for want of a base year); a statement left with
    nothing else goes. With a count or a base year it is read as usual."""
    goals = [found.span() for found in _GOAL_CUT.finditer(text)]
    if not goals:
        return
    for statement in list(reading.statements):
        for change in [
            c
            for c in statement.changes
            if c.count is None
            and c.rate is not None
            and c.base_year is None
            and c.spans
            and all(any(a <= start and end <= b for a, b in goals) for start, end in c.spans)
        ]:
            statement.changes.remove(change)
            reading.outside += change.spans
        if statement.value is None and not statement.changes and not statement.parts:
            reading.statements.remove(statement)


_CONTRACTS_INCLUDED = re.compile(
    r"(?<!\w)(?:trong\s+đó\s+có\s+cả|kể\s+cả|bao\s+gồm\s+cả|tính\s+cả)\s+(?:số\s+)?(?:người\s+|lao"
    r"\s+động\s+)?(?:làm\s+việc\s+theo\s+|ký\s+)?hợp\s+đồng(?!\w)",
    _I,
)


def _with_contract_staff(text: str, reading: Reading) -> None:
    """ "các đơn vị sự nghiệp còn 19.870 người đang làm việc, trong đó có cả người hợp đồng":
    the count just before takes in contract staff, who hold no post; which of it are posts is
    not said: not read."""
    for found in _CONTRACTS_INCLUDED.finditer(text):
        before = [
            s
            for s in reading.statements
            if s.value_span is not None and s.value_span[1] <= found.start()
        ]
        if before:
            counted = max(before, key=lambda s: s.value_span[1] if s.value_span else 0)
            drop(reading, counted, _CONTRACTS_COUNTED)


_SURPLUS_NAMED = re.compile(r"(?<!\w)dôi\s+dư(?!\w)", _I)
_PEOPLE_AFTER = re.compile(r"\s*người(?!\s+làm\s+việc)(?!\w)", _I)


def _surplus_people(text: str, reading: Reading) -> None:
    """ "Số cán bộ, công chức cấp xã dôi dư sau sắp xếp đơn vị hành chính là 64 người": people
    left over after a merger, counted as people, hold no post of the plan: outside. (Posts
    given as surplus, "giao dôi dư 103 biên chế", are posts.)"""
    for statement in list(reading.statements):
        span = statement.value_span
        if (
            span is not None
            and not statement.changes
            and _SURPLUS_NAMED.search(statement.subject.name)
            and _PEOPLE_AFTER.match(text, span[1])
        ):
            drop(reading, statement)


_AMONG_THE_TOTAL = re.compile(
    r"trong\s+(?:tổng\s+)?số\s+[^,:;]*?(?<!\w)(?:biên\s+chế|công\s+chức|viên\s+chức|người\s+làm"
    r"\s+việc|cán\s+bộ)(?!\w)",
    _I,
)
"""A frame naming the unit a count is some of ("Trong tổng số biên chế nêu trên"); not one
that only points back ("Trong tổng số đó", "Trong tổng số năm 2023,"), after which the count
names its own unit."""


def _among_the_total(text: str, reading: Reading) -> None:
    """ "Trong tổng số biên chế tại khoản 1 Điều này có 20 biên chế dự phòng": the count is
    some of the total named, never its figure; which unit of it, the sentence does not say
    whole: not read. (A category named so, "Trong số người làm việc tại ... có N người ...",
    is read as a unit apart, as the truths read such subsets.)"""
    for statement in list(reading.statements):
        if statement.subject.kind is Kind.TOTAL and _AMONG_THE_TOTAL.match(statement.subject.name):
            drop(reading, statement, _SOME_OF_IT)
        elif (
            _POINTS_BACK.match(statement.subject.name)
            and statement.value_span is not None
            and _QUALIFIED_AFTER.match(text, statement.value_span[1])
        ):
            # "Trong tổng số trên có 20.415 người làm việc tại các cơ sở giáo dục công lập":
            # the people of some of its bodies, not the category's figure
            drop(reading, statement, _SOME_OF_IT)


_POINTS_BACK = re.compile(r"\W*trong\s+(?:tổng\s+)?số\s+(?:trên|này|đó|nêu\s+trên)\W*$", _I)
_QUALIFIED_AFTER = re.compile(
    r"\s*(?:biên\s+chế\s+)?(?:người\s+làm\s+việc|viên\s+chức|cán\s+bộ,?\s+công\s+chức|công\s+chức"
    r"|người)\s+(?:làm\s+việc\s+)?(?:tại|ở|trong|thuộc)\s",
    _I,
)
"""A count's people named with where they work ("20.415 người làm việc tại các trường")."""


def _twice_compared(reading: Reading) -> None:
    """ "Ủy ban còn 434 biên chế công chức, giảm 36 biên chế so với năm 2021, và 302 người
    làm việc, giảm 34 người so với năm 2021": one subject given two different changes against
    one year holds each category's change, and whose is which is not certain: not read."""
    for statement in list(reading.statements):
        against: dict[int, set[tuple[bool, int | None]]] = {}
        for change in statement.changes:
            if change.base_year is not None and change.count != 0:
                against.setdefault(change.base_year, set()).add((change.increase, change.count))
        if any(len(amounts) > 1 for amounts in against.values()):
            drop(reading, statement, _TWICE_COMPARED)


def _named_apart(text: str, reading: Reading) -> None:
    """A statement whose words do not name the unit its figures are of: a rate naming another
    category after it ("...; năm 2026 giảm 5% biên chế viên chức so với năm 2021" read under
    the công chức named before), or a count restating the one before ("giảm tối thiểu 5% biên
    chế công chức, tức 87 biên chế"). Not read: the figure would go to the wrong unit."""
    for statement in list(reading.statements):
        if _RESTATING.search(statement.subject.name):
            drop(reading, statement, _NO_SUBJECT)
            continue
        held = statement.subject.category
        for change in statement.changes:
            if change.count is not None or change.rate is None or not change.spans or held is None:
                continue
            percent = _PERCENT_AFTER.match(text, change.spans[-1][1])
            named = category_after(text, percent.end()) if percent is not None else None
            if named is not None and named is not held:
                drop(reading, statement, _NO_SUBJECT)
                break


def _sectors_apart(reading: Reading) -> None:
    """ "sự nghiệp giáo dục ... 23.880 người, trong đó có 21.450 giáo viên; sự nghiệp y tế
    giữ nguyên 3.950 người": after a sector's subset, another sector is its sibling, never its
    part (it was once read as a part of the first, a false sum slip)."""
    wholes = {id(s.container) for s in reading.statements if s.subset and s.container}
    for statement in reading.statements:
        owner = statement.container
        if (
            owner is not None
            and id(owner) in wholes
            and not statement.subset
            and _SECTOR.match(statement.subject.name)
            and _SECTOR.match(owner.subject.name)
        ):
            statement.container = None


_SECTOR = re.compile(r"\W*(?:riêng\s+)?(?:sự\s+nghiệp|lĩnh\s+vực|ngành)\s", _I)


def _self_financed(reading: Reading) -> None:
    """ "Số người làm việc tại các đơn vị sự nghiệp tự bảo đảm chi thường xuyên (năm 2021 có
    3.120 người)": people of units that pay all their running costs hold no budget post of
    the plan (outside), whatever category their words name."""
    for statement in list(reading.statements):
        if _OWN_REVENUE.search(statement.subject.name):
            reading.statements.remove(statement)
            reading.outside += spans_of(statement)


_OWN_REVENUE = re.compile(
    # (never "một phần", partly self-financed: budget posts; nor people paid "từ nguồn thu",
    # whom some texts add into their VC total)
    # (nor units "chưa tự bảo đảm", not yet self-financed: the budget's)
    r"(?<!\w)(?<!chưa\s)(?<!không\s)tự\s+(?:bảo\s+đảm|đảm\s+bảo)\s+(?:toàn\s+bộ\s+)?"
    r"chi\s+thường\s+xuyên(?!\w)",
    _I,
)


_RESTATING = re.compile(
    r"(?:^|[,;]\s*|\s)(?:tức(?:\s+là)?|tương\s+(?:đương|ứng)(?:\s+với)?)\s*$", _I
)
_PERCENT_AFTER = re.compile(r"\s*%")


_PEOPLE_PARTS = re.compile(
    r"\s*(?:\((?P<paren>[^()]{1,200})\)|,?\s*trong\s+đó\s*:?(?P<list>[^;()]{1,200}?)(?=\s*(?:;|\.(?![0-9])|$)))",
    _I,
)
_PEOPLE = re.compile(rf"(?<![0-9.,/])(?P<n>{NUM}){_NOT_MORE}\s*người(?!\w)", _I)


def _people_breakdown(text: str, end: int) -> Span:
    """The parenthesis or "trong đó" list right after a count of people in post that only
    splits them (each count "N người", no word of posts given): (0, 0) when there is none."""
    found = _PEOPLE_PARTS.match(text, end)
    if found is None:
        return (0, 0)
    inner = found.group("paren") or found.group("list") or ""
    if re.search(_POSTS_GIVEN, inner, _I) or any(
        not _PEOPLE.match(inner, m.start()) for m in re.finditer(r"(?<![0-9.,/])[0-9]", inner)
    ):
        return (0, 0)
    return found.span()


def _unused_clauses(text: str) -> list[Span]:
    """The clauses (between semicolons) that count posts not yet used: every count in them
    is a vacancy, outside the plan."""
    spans = []
    start = 0
    for clause in text.split(";"):
        unused = UNUSED.search(clause)
        if unused:
            # "Hiện có 1.641 công chức, còn 113 biên chế chưa tuyển": from "còn" on
            remaining = [m.start() for m in _REMAINING.finditer(clause, 0, unused.start())]
            first = remaining[-1] if remaining else 0
            spans.append((start + first, start + len(clause)))
        start += len(clause) + 1
    return spans


_PEOPLE_COUNT = re.compile(
    rf"(?<![0-9.,])(?P<n>{NUM}){_NOT_MORE}\s*(?:người|cán\s+bộ|công\s+chức|viên\s+chức|CBCC"
    r"|trường\s+hợp)(?!\w)",
    _I,
)
_TO_NEXT_COUNT = re.compile(r"[^\d;.()]{0,60}?(?:,\s*(?:và\s+)?|\s+và\s+)(?=[0-9])", _I)
_LEAVING_AFTER = re.compile(
    r"[^\d;.()]{0,60}?(?<!\w)(?:được\s+tinh\s+giản|nghỉ\s+(?:việc|hưu|theo)|thôi\s+việc"
    # ("có 44 công chức và 128 viên chức đã nghỉ theo Nghị định số 178/2024/NĐ-CP", "... đã
    # nghỉ."): people gone, as `lexicon.LEFT` says of one count
    r"|đã\s+nghỉ(?=\s*(?:[);.,]|$)))(?!\w)",
    _I,
)


_TO_NEXT_PART = re.compile(r"[^\d;.()]{0,60}?(?:[,;]\s*(?:và\s+)?|\s+và\s+)(?=[0-9])", _I)
_BREAKDOWN_OPENS = re.compile(r"(?:\(|(?<!\w)(?:trong\s+đó|gồm)\s*:?)\s*$", _I)
_A_COUNT = re.compile(rf"(?<![0-9.,])(?P<n>{NUM}){_NOT_MORE}", _I)


def _chain(text: str, first: re.Match[str], joins: re.Pattern[str]) -> list[re.Match[str]]:
    counts = [first]
    while (gap := joins.match(text, counts[-1].end())) is not None and (
        following := _PEOPLE_COUNT.match(text, gap.end())
    ) is not None:
        counts.append(following)
    return counts


def _leavers_broken_down(text: str, first: re.Match[str]) -> list[re.Match[str]]:
    """ "596 người xin nghỉ hưu trước tuổi (195 công chức, 315 viên chức, 86 người lao
    động)", "115 người nghỉ theo chính sách ..., trong đó: 06 công chức; 90 viên chức; 19 cán
    bộ, công chức cấp xã": the counts of a leavers' count, in parentheses or after "trong
    đó:", which add up to it. Empty when they are not that."""
    window = max(0, first.start() - 120)
    opener = _BREAKDOWN_OPENS.search(text, window, first.start())
    if opener is None:
        return []
    before = list(_A_COUNT.finditer(text, window, opener.start()))
    if not before:
        return []
    whole = before[-1]
    verbs = LEAVERS.finditer(text, max(0, whole.start() - 60), whole.end() + 30)
    if not (LEFT.match(text, whole.end()) or any(v.end() == whole.start() for v in verbs)):
        return []
    counts = _chain(text, first, _TO_NEXT_PART)
    said = [_headcount(c.group("n")) for c in counts]
    total = _headcount(whole.group("n"))
    if len(counts) < 2 or total is None or None in said or sum(filter(None, said)) != total:
        return []
    return counts


_HEADCOUNT = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})*")


def _headcount(text: str) -> int | None:
    """A count of people as news writes it, "06" included (a figure of posts never may)."""
    return int(text.replace(".", "")) if _HEADCOUNT.fullmatch(text) else None


def _held_outside(text: str) -> set[Span]:
    """The counts of a sentence a perfect reader leaves outside the plan whichever rule takes
    them: people holding no post named right by their count (`_no_post_counts`) and what a
    decree allows each commune of a class (`lexicon.COMMUNE_CLASS`)."""
    return _no_post_counts(text) | _class_quotas(text)


_NO_POST_GAP = (
    r"(?:(?!(?:biên\s+chế|chỉ\s+tiêu|công\s+chức|viên\s+chức|cán\s+bộ|người\s+làm\s+việc"
    r"|và|giảm|tăng|giao|gồm|trong\s+đó|kể\s+cả|không|ngoài|trừ)(?!\w))[^\d;.()]"
    r"|[0-9]+/|(?<=năm\s)[0-9]{4}(?![0-9])|(?<![0-9.,])[0-9]{1,2}\s+(?:năm|tháng)(?!\w))"
)
"""What may stand between people holding no post and their count: no other count (a decree's
number, a year or a span of years or months aside: "đối với số dôi dư được thực hiện trong 5
năm, tổng số 231 người"), no word of posts or of a category, no conjunction bringing another
subject, no change."""
_NO_POST_THEN_COUNT = re.compile(
    rf"(?:{NO_POST_PEOPLE.pattern}){_NO_POST_GAP}{{0,120}}?"
    r"(?P<paren>\(\s*(?:(?:hiện\s+(?:có|là)|dự\s+kiến|tổng\s+số)\s*:?\s*)?)?"
    rf"(?<![0-9.,/])(?P<n>{NUM}){_NOT_MORE}\s*(?:người(?!\s+làm\s+việc)|(?P<quota>chỉ\s+tiêu))"
    r"(?!\w)",
    _I,
)
_COUNT_THEN_NO_POST = re.compile(
    rf"(?<![0-9.,/])(?P<n>{NUM}){_NOT_MORE}\s*người(?!\s+làm\s+việc)(?!\w)"
    rf"(?:(?!(?:trong\s+đó|gồm|không|và)(?!\w))[^\d;.(),]){{0,30}}?(?:{NO_POST_PEOPLE.pattern})",
    _I,
)
_JOINED = re.compile(r"(?<!\w)và\s+(?:số\s+(?:lượng\s+)?)?(?:người\s+)?(?:lao\s+động\s+)?$", _I)
NOT_COUNTED_IN = re.compile(
    r"(?<!\w)không\s+(?:thuộc|tính\s+(?:vào|trong))\s+(?:số|biên\s+chế|tổng)(?!\w)", _I
)


def _no_post_counts(text: str) -> set[Span]:
    """ "số người làm việc theo hợp đồng theo Nghị định số 111/2022/NĐ-CP (hiện là 58 người)",
    "các đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên (452 người)", "dôi dư 62 người",
    "642 người do đơn vị tự trang trải kinh phí": people holding no post of the plan
    (`lexicon.NO_POST_PEOPLE`) counted right by their words. Not where their clause leaves them
    out before ("không kể hợp đồng là 1.200 người" counts the others), nor where they are joined
    to a category ("viên chức và hợp đồng lao động (1.200 người)": both counted) unless the
    sentence says the count is not in the plan's ("..., không thuộc số biên chế")."""
    spans: set[Span] = set()
    not_counted = NOT_COUNTED_IN.search(text) is not None
    for found in _NO_POST_THEN_COUNT.finditer(text):
        if found.group("quota"):
            # "ký hợp đồng giáo viên theo Nghị định số 111/2022/NĐ-CP trong phạm vi 1.214 chỉ
            # tiêu ..., không tính vào số tại khoản 1": places for contract staff, only where
            # the sentence says they are not the plan's
            if not found.group("contract") or not not_counted:
                continue
        elif found.group("contract") and not found.group("paren"):
            continue
        # (the clause's last 200 characters before them: a bound, so reading stays linear)
        clause = text[
            max(text.rfind(";", 0, found.start()) + 1, found.start() - 200) : found.start()
        ]
        if EXCLUDING.search(clause):
            continue
        if _JOINED.search(clause) and groups_named(clause) and not not_counted:
            continue
        spans.add(found.span("n"))
    for found in _COUNT_THEN_NO_POST.finditer(text):
        if not found.group("contract"):
            spans.add(found.span("n"))
    return spans


def _class_quotas(text: str) -> set[Span]:
    """ "theo định mức của Nghị định số 33/2023/NĐ-CP: phường loại I là 23 người, loại II là
    21 người", "phường loại I được bố trí tối đa 23 cán bộ, công chức": what a decree allows
    each commune of a class, only where the sentence cites the decree or its quota."""
    if _QUOTA_CITED.search(text) is None:
        return set()
    return {
        (found.end(), found.end() + len(count.group()))
        for found in COMMUNE_CLASS.finditer(text)
        if (count := _A_NUMBER.match(text, found.end())) is not None
    }


_QUOTA_CITED = re.compile(r"(?<!\w)(?:định\s+mức|tối\s+đa|theo\s+nghị\s+định)(?!\w)", _I)


def _leaver_lists(text: str) -> list[Span]:
    """The counts of a list of people leaving, whose verb stands before its first count
    ("tinh giản 111 cán bộ, 50 công chức và 151 người hoạt động không chuyên trách") or after
    its last ("có 4 công chức, 26 viên chức và 1 trường hợp ... được tinh giản"): people, no
    figure of a unit. Each list is read once, from its first count to its last (linear)."""
    spans: list[Span] = []
    position = 0
    while (first := _PEOPLE_COUNT.search(text, position)) is not None:
        parts = _leavers_broken_down(text, first)
        if parts:
            spans += [count.span("n") for count in parts]
            position = parts[-1].end()
            continue
        counts = _chain(text, first, _TO_NEXT_COUNT)
        end = position = counts[-1].end()
        if len(counts) < 2:
            continue
        verbs = LEAVERS.finditer(text, max(0, first.start() - 60), first.end())
        if any(verb.end() == first.start() for verb in verbs) or _LEAVING_AFTER.match(text, end):
            spans += [count.span("n") for count in counts]
    return spans


def _unread_comparisons(
    text: str, chosen: list[tuple[str, re.Match[str]]], reading: Reading
) -> None:
    """ "giữ nguyên như chỉ tiêu giao năm 2022" in a form no rule knows would leave a figure
    that is also a comparison read as a plain value: the sentence is then not read whole."""
    if not reading.statements:
        return
    taken = [match.span() for _, match in chosen]
    lead = LEADS_AGAINST_PREVIOUS.search(text)
    if lead is not None:
        taken.append(lead.span())
    for found in _COMPARISON.finditer(text):
        if _OF_BODIES.match(text, found.start()) or _OTHER_COUNT_BEFORE.search(
            text[: found.start()]
        ):
            continue  # "giảm 3 đơn vị (giảm 18,8%)": bodies, not posts
        if not any(start <= found.start() < end for start, end in taken):
            reading.orphans.append(Orphan(found.span(), _COMPARISON_NOT_READ))
            return


def _elapsed_years(reading: Reading) -> None:
    """ "sau ba năm số viên chức giảm 136.800 người ... so với năm 2021": the change's year is
    its base year's plus the years said (2024); a figure, no base, two bases or a year of its
    own that is not that one: not read."""
    for statement in [s for s in reading.statements if s.subject.elapsed is not None]:
        elapsed = statement.subject.elapsed
        assert elapsed is not None
        bases = {change.base_year for change in statement.changes}
        base = bases.pop() if len(bases) == 1 else None
        year = base + elapsed if base is not None else None
        if (
            statement.value is not None
            or year is None
            or statement.subject.year
            not in (
                None,
                year,
            )
        ):
            drop(reading, statement, _NO_YEAR_SPAN)
            continue
        statement.subject = replace(statement.subject, year=year)


def drop(reading: Reading, statement: Statement, why: Message | None = None) -> None:
    """Take a statement out of a sentence's reading: its figures reported unread for `why`, or
    placed outside the plan (no `why`)."""
    reading.statements.remove(statement)
    if why is None:
        reading.outside += spans_of(statement)
    else:
        reading.orphans += [Orphan(span, why) for span in spans_of(statement)]


def spans_of(statement: Statement) -> list[Span]:
    """Where a statement's figures stand in its sentence."""
    spans = [statement.value_span] if statement.value_span else []
    spans += [span for change in statement.changes for span in change.spans]
    return spans + [part.span for part in statement.parts]


_SHARE = re.compile(
    r"\s*(?:(?P<within>trong\s+đó|cụ\s+thể)\s*[,:]?\s*"
    # "Trong đó, năm 2026: ...": the year of the figure they share, said again
    rf"(?:năm\s+(?P<year>{YEAR})\s*[,:]?\s*)?"
    r"|(?P<back>trong\s+(?:tổng\s+)?số\s+(?:này|đó|trên"
    # "Trong tổng số 16.335 người: ...": the figure named again, by its count
    rf"|(?P<total>{NUM}){_NOT_MORE}\s*(?:người|biên\s+chế|chỉ\s+tiêu)(?!\w)))\s*[,:]?\s*)?"
    r"(?:(?:tiếp|kế)\s+(?:đến|theo)\s+(?:là\s+)?)?"
    r"(?P<obj>[^\d;]{2,80}?)\s+"
    r"(?P<takes>chiếm\s+(?:(?:tỷ\s+lệ|phần)\s+)?(?:(?:nhiều|ít|lớn|cao)\s+nhất\s+)?)?(?:với\s+)?"
    rf"(?P<n>{NUM}){_NOT_MORE}\s*(?:người|biên\s+chế|chỉ\s+tiêu)(?!\w)",
    _I,
)
_SHARE_SEPARATOR = re.compile(r"\s*(?:[;,]\s*(?:và\s+)?|và\s+)", _I)
_AMONG = re.compile(r"(?<!\w)trong\s+đó(?!\w)", _I)
_REST_OF_IT = re.compile(r"(?<!\w)(?:khác|còn\s+lại)(?!\w)", _I)


def _shares(text: str) -> Reading | None:
    """ "Lĩnh vực giáo dục và đào tạo chiếm nhiều nhất với 54.317 người; tiếp đến là y tế với
    4.985 người; ...; các sự nghiệp khác 1.634 người.": a sentence that is nothing but the
    shares of the figure stated just before, the first saying it takes ("chiếm") a share and
    the last being the rest ("khác"), so together they are all of it. Anything else: None."""
    body = text.rstrip().removesuffix(".").rstrip()
    matches: list[re.Match[str]] = []
    position = 0
    while position < len(body):
        share = _SHARE.match(body, position)
        if share is None:
            return None
        matches.append(share)
        position = share.end()
        between = _SHARE_SEPARATOR.match(body, position)
        if between is not None and between.end() < len(body):
            position = between.end()
        elif position != len(body):
            return None
    first = matches[0]
    if len(matches) < 2 or not (
        first.group("takes") or first.group("back") or first.group("within")
    ):
        # the first takes a share ("chiếm"), points back ("Trong tổng số này") or opens the
        # sentence as its breakdown ("Trong đó: sự nghiệp giáo dục 18.962 người; ...")
        return None
    total = _headcount(first.group("total")) if first.group("total") else None
    if total is None and not _REST_OF_IT.search(matches[-1].group("obj")):
        return None  # without the rest ("sự nghiệp khác"), the largest few, not all of it
    counts = [_headcount(m.group("n")) for m in matches]
    if total is not None and (None in counts or sum(filter(None, counts)) != total):
        return None  # named by its count, its parts are all of it only where they add up to it
    year = first.group("year")
    reading = Reading(shares=True, shares_year=int(year) if year else None, shares_of=total)
    if total is not None:
        reading.shares_of_span = first.span("total")
    for match in matches:
        subject = read_subject(match.group("obj"))
        if subject.kind not in (Kind.BLOCK, Kind.CATEGORY) or subject.year is not None:
            return None
        year = first.group("year")
        statement = Statement(replace(subject, year=int(year) if year else None), sets_year=False)
        try:
            statement.value = parse_count(match.group("n"))
        except NumberError:
            return None  # the ordinary reading reports the malformed number
        statement.value_span = match.span("n")
        reading.statements.append(statement)
    return reading


_GOAL_RATE = re.compile(
    r"(?<!\w)giảm\s+(?:(?:tối\s+thiểu|ít\s+nhất|bình\s+quân|trung\s+bình|khoảng)\s+)+"
    rf"{NUM}\s?%"
    # "mục tiêu giảm 5% của Kết luận 40", "phải giảm 15% biên chế công chức": a cut named as
    # the goal or the duty, not as what the figures give
    # "giảm 15 - 20% công chức": a range of rates is a goal's, never what the figures give
    rf"|(?<!\w)giảm\s+{NUM}\s*[-–]\s*{NUM}\s?%"
    r"|(?<!\w)(?:mục\s+tiêu|yêu\s+cầu|phải)\s+giảm\s+"
    r"(?:(?:tối\s+thiểu|ít\s+nhất|bình\s+quân|trung\s+bình|khoảng)\s+)*"
    rf"{NUM}\s?%",
    _I,
)
_DOCUMENT_NUMBER = re.compile(
    r"(?<!\w)(?:kết\s+luận|nghị\s+quyết|nghị\s+định|quyết\s+định|chỉ\s+thị)(?:\s+số)?\s+"
    r"[0-9]+(?![0-9.,%])",
    _I,
)
"""A document named by its number alone ("Kết luận 40", "Nghị quyết 18"): no count."""
_RATE = re.compile(rf"(?<![0-9.,]){NUM}\s?%")
_NOT_A_COUNT = re.compile(
    # a year, a day, a reference ("29/2023/NĐ-CP", "40-KL/TW")
    r"(?<![0-9.,/])(?:(?:19|20)[0-9]{2}(?![0-9/%]|[.,][0-9])|[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}"
    r"|[0-9]+(?:/[0-9]+)*[/-][A-ZĐ][A-ZĐa-zđ/-]*)"
)


def _recruitment_against_leavers(text: str) -> Reading | None:
    """A sentence whose only numbers say how many may be recruited for those who leave
    (`outside.recruitment_against_leavers`): outside."""
    spans = recruitment_against_leavers(text)
    return Reading(outside=spans) if spans is not None else None


def _vacancies_split(text: str) -> Reading | None:
    """A sentence sharing out the posts not filled (`outside.vacancies_split`): outside."""
    spans = vacancies_split(text)
    return Reading(outside=spans) if spans is not None else None


def _goal_rates(text: str) -> Reading | None:
    """ "Đến năm 2026 giảm tối thiểu 5% biên chế công chức và 10% số lượng người làm việc so
    với năm 2021", "Mỗi năm giảm bình quân khoảng 1% ... và 2% ...": the cut a plan sets
    itself, in percent, with no count anywhere in the sentence: rules, outside the plan. Each
    clause holding a rate opens it with a minimum, an average or a bound ("tối thiểu", "ít
    nhất", "bình quân", "khoảng"); a rate said plainly ("giảm 5% so với năm 2021") may be a
    claim on the figures, and the sentence is read as usual. Anything else: None."""
    rates = list(_RATE.finditer(text))
    if not rates:
        return None
    ranges = list(_RATE_RANGE.finditer(text))
    rest = _NOT_A_COUNT.sub(
        " ", _RATE.sub(" ", _RATE_RANGE.sub(" ", _DOCUMENT_NUMBER.sub(" ", text)))
    )
    if re.search(r"[0-9]", rest):
        return None  # a count, or a number of another kind: the ordinary reading's
    clauses = [clause for clause in text.split(";") if _RATE.search(clause)]
    for index, clause in enumerate(clauses):
        first_rate = _RATE.search(clause)
        assert first_rate is not None
        goal = _GOAL_RATE.search(clause)
        if goal is not None and goal.end() == first_rate.end():
            continue
        if index > 0 and _GOAL_GOES_ON.match(clause):
            # "Đến năm 2030, giảm ít nhất 3,9% biên chế công chức ...; giảm 5% biên chế cán
            # bộ, công chức cấp xã so với năm 2026": a clause going on with the goal's verb
            continue
        return None
    return Reading(outside=[m.span() for m in [*ranges, *rates]])


_RATE_RANGE = re.compile(rf"(?<![0-9.,]){NUM}\s*[-–]\s*{NUM}\s?%")
_GOAL_GOES_ON = re.compile(rf"\s*giảm\s+{NUM}\s?%", _I)


_PRESENT_LEAD = re.compile(
    r"^(?:về\s+)?số\s+(?:người\s+)?(?:có\s+mặt|hiện\s+có|đang\s+làm\s+việc)\s*:", _I
)
_PEOPLE_COUNTED = re.compile(
    rf"(?<![0-9.,/])(?P<n>{NUM}){_NOT_MORE}\s+(?:người(?!\s+làm\s+việc)|(?:người\s+)?{_AT_WORK})(?!\w)",
    _I,
)


_NOT_PEOPLE_ONLY = re.compile(rf"{_POSTS_GIVEN}|(?<!\w)(?:giảm|tăng)(?!\w)", _I)
"""Words of posts given or planned, or of a change: a clause holding them is not a count of
people in post alone."""


def _present_under_lead(text: str) -> Reading | None:
    """ "Về số người có mặt: đến ngày 30/6/2024, khối chính quyền có 2.046 công chức và 14.711
    viên chức ...; còn 85 biên chế công chức ... chưa sử dụng": under a lead naming people in
    post, every count is people ("N công chức", "N người") or, in a clause saying so, posts
    not used: all outside. Any other number (a count of posts, a rate): None."""
    if _PRESENT_LEAD.match(text) is None:
        return None
    spans: list[Span] = []
    start = 0
    for clause in text.split(";"):
        numbers = [
            m
            for m in re.finditer(rf"(?<![0-9.,/]){NUM}", clause)
            if _NOT_A_COUNT.match(clause, m.start()) is None
        ]
        if UNUSED.search(clause):
            spans += [(start + m.start(), start + m.end()) for m in numbers]
        else:
            people = {m.start(): m for m in _PEOPLE_COUNTED.finditer(clause)}
            if any(m.start() not in people for m in numbers) or _NOT_PEOPLE_ONLY.search(clause):
                return None  # a count of another kind, posts given, or a change
            spans += [(start + m.start("n"), start + m.end("n")) for m in people.values()]
        start += len(clause) + 1
    return Reading(outside=spans) if spans else None


_RECRUITMENT_QUOTA = re.compile(
    r"(?<!\w)(?:(?:thi|xét)\s+tuyển|tuyển\s+dụng)(?:\s+thêm)?\s+"
    rf"(?P<n>{NUM}){_NOT_MORE}\s*chỉ\s+tiêu\s*:",
    _I,
)
_QUOTA_ITEM = re.compile(rf"(?<![0-9.,/])(?P<n>{NUM}){_NOT_MORE}\s*chỉ\s+tiêu(?!\w)", _I)


def _recruitment_quota(text: str) -> Reading | None:
    """ "Sở Nội vụ đề xuất thi tuyển 33 chỉ tiêu: 10 chỉ tiêu ở ...; 13 chỉ tiêu ở ...; 10 chỉ
    tiêu dự phòng ...": places in a recruitment and where they go, people to recruit, not
    posts: outside, where the items after the colon are all counts of places ("N chỉ tiêu")
    adding up to the quota. Anything else: None."""
    quota = _RECRUITMENT_QUOTA.search(text)
    if quota is None:
        return None
    rest = text[quota.end() :]
    items = list(_QUOTA_ITEM.finditer(rest))
    others = _NOT_A_COUNT.sub(" ", _QUOTA_ITEM.sub(" ", rest))
    counts = [_headcount(m.group("n")) for m in [quota, *items]]
    if (
        len(items) < 2
        or re.search(r"[0-9]", others)
        or re.search(r"[0-9]", text[: quota.start()])
        or any(count is None for count in counts)
        or sum(c or 0 for c in counts[1:]) != counts[0]
    ):
        return None
    shift = quota.end()
    return Reading(
        outside=[quota.span("n")] + [(shift + m.start("n"), shift + m.end("n")) for m in items]
    )


def _besides(text: str) -> Reading | None:
    """ "Ngoài ra có 686 biên chế các hội ...; 205.571 cán bộ, công chức cấp xã; 1.358 biên
    chế công đoàn ...": a sentence that is nothing but units besides those above, each named
    after its count, items apart by ";": each a unit of its own (whether the figure above
    holds them is not said here). Anything else: None."""
    opening = _BESIDES_OPENING.match(text)
    if opening is None:
        return None
    body = text[: len(text.rstrip().removesuffix(".").rstrip())]
    reading = Reading()
    position = opening.end()
    while True:
        item = _NAMED_AFTER_COUNT.match(body, position)
        if item is None:
            return None
        subject = read_subject(item.group("obj"))
        # named by its unit's word ("các hội ...", "công đoàn ..."), or, with no "biên chế"
        # before it, by a category of posts ("cán bộ, công chức cấp xã"), never people
        # ("12 người lao động ...")
        named = subject.kind is Kind.CATEGORY and subject.category is not None
        if (
            not (named or (item.group("posts") and subject.kind is Kind.BLOCK))
            or not subject.leading
            or subject.year is not None
        ):
            return None
        statement = Statement(subject, member=True, sets_year=False)
        try:
            statement.value = parse_count(item.group("n"))
        except NumberError:
            return None  # the ordinary reading reports the malformed number
        statement.value_span = item.span("n")
        reading.statements.append(statement)
        if item.end() == len(body):
            return reading if len(reading.statements) >= 2 else None
        between = _ITEM_SEPARATOR.match(body, item.end())
        if between is None:
            return None
        position = between.end()


_BESIDES_OPENING = re.compile(r"\W*ngoài\s+ra\s*,?\s+(?:còn\s+)?(?:có\s+)?", _I)
_NAMED_AFTER_COUNT = re.compile(
    rf"(?P<n>{NUM}){_NOT_MORE}\s*(?P<posts>biên\s+chế\s+)?(?P<obj>[^\d;.()]{{3,100}}?)(?=\s*(?:;|$))",
    _I,
)
_ITEM_SEPARATOR = re.compile(r"\s*;\s*(?:và\s+)?")


def _take_other_body(match: re.Match[str], current: Statement | None, reading: Reading) -> None:
    """The figure another body gives the same unit and year: a unit apart (what the Party's
    Organisation Commission allocated is not what the HĐND allocated). Read only where the
    difference the text states is the difference of the two figures; otherwise the sentence
    is left for a reader (LT401), never half used."""
    spans = [match.span(name) for name in ("m", "m2", "n") if match.group(name)]
    difference = match.group("m") or match.group("m2")
    other = _count(match, reading)
    if current is None or current.value is None or other is None or difference is None:
        reading.orphans += [Orphan(span, _NO_SUBJECT) for span in spans]
        return
    try:
        stated = parse_count(difference)
    except NumberError as exc:
        reading.orphans.append(Orphan(spans[0], Message(exc.message_vi, exc.message_en)))
        return
    fewer = match.group("dir").lower() == "ít"
    if (other - current.value if fewer else current.value - other) != stated:
        reading.orphans += [Orphan(span, _OTHER_BODY_DIFFERENCE) for span in spans]
        return
    body = re.sub(r"\s+", " ", match.group("body")).strip()
    subject = replace(
        current.subject,
        qualifier=f"{current.subject.qualifier} do {body} giao".strip(),
        name=_capital(f"{current.subject.name} (số do {body} giao)".strip()),
        leading=True,
    )
    reading.statements.append(
        Statement(subject, other, match.span("n"), container=current.container, sets_year=False)
    )
    reading.outside.append(spans[0])


def _proper(name: str) -> bool:
    """A name of one body ("Sở Y tế", "thị xã Điện Bàn"), not of a kind of them ("đơn vị")."""
    return any(word[:1].isupper() for word in name.split()[1:])


def _same_category(named: re.Match[str], statement: Statement) -> bool:
    found = _scoped(kind_of(named.group("cat2") or "người làm việc"), statement)
    return found is not None and found.category is statement.subject.category


def _reserve_in_frame(
    text: str,
    match: re.Match[str],
    span: tuple[int, int],
    current: Statement,
    after_value: bool,
    named: re.Match[str] | None,
) -> bool:
    """ "Trong tổng số ... có 20 biên chế dự phòng": a count of posts naming no category,
    then "dự phòng", the figure of a frame pointing into a total ("Trong tổng số", "Trong số
    biên chế công chức nêu trên"); a reserve (of the category the frame names), never the
    figure of the total or category line the frame names."""
    return (
        after_value
        and named is None
        and current.value_span == span
        and current.subject.kind in (Kind.TOTAL, Kind.CATEGORY)
        and _IN_THE_TOTAL.match(current.subject.name) is not None
        and _POSTS_RESERVE.match(text, span[0]) is not None
    )


_IN_THE_TOTAL = re.compile(r"\W*trong\s+(?:tổng\s+)?số(?!\w)", _I)
_POSTS_RESERVE = re.compile(rf"{NUM}\s+biên\s+chế\s+dự\s+phòng(?!\w)", _I)
"""A count of posts named as the reserve, no category between ("20 biên chế dự phòng")."""


def _named_by_figure(subject: Subject) -> bool:
    """A subject that names no category itself: the province as a whole, or nothing."""
    return subject.kind is Kind.TOTAL or (
        subject.kind is None
        and (
            not subject.name
            or _PROVINCE.fullmatch(subject.name) is not None
            or _PLACE.fullmatch(subject.name) is not None
        )
    )


def _sibling(match: re.Match[str], current: Statement, reading: Reading) -> Statement:
    kind = kind_of(match.group("cat"))
    statement = Statement(replace(current.subject, year=None), container=current.container)
    if kind is None or kind.category is None:
        reading.orphans.append(Orphan(match.span("n"), _NO_SUBJECT))
        return current
    statement.subject = replace(statement.subject, category=kind.category)
    reading.statements.append(statement)
    count = _count(match, reading)
    if count is not None:
        statement.value = count
        statement.value_span = match.span("n")
    return statement


def _take_base(
    match: re.Match[str], current: Statement, change: Change | None, reading: Reading
) -> None:
    if change is None or change.base_year is not None:
        reading.orphans.append(Orphan(match.span(), _COMPARISON_NOT_READ))
        return
    if match.group("prev"):
        if match.group("n") is not None:
            reading.orphans.append(Orphan(match.span("n"), _NO_SUBJECT))  # of which year?
            return
        change.previous = True
        return
    named = match.group("cat") if "cat" in match.re.groupindex else None
    found = kind_of(named) if named else None
    if named and (found is None or found.category is not current.subject.category):
        # "tổng số ... giảm 20 người so với năm 2024 là 1.000 công chức": the figure names
        # another category than the unit compared, so it is not that unit's base
        reading.orphans.append(Orphan(match.span("n"), _NO_SUBJECT))
        return
    change.base_year = int(match.group("base"))
    if match.group("n") is None:
        return
    count = _count(match, reading)
    if count is not None:
        earlier = replace(current.subject, year=change.base_year)
        reading.statements.append(
            Statement(earlier, count, match.span("n"), container=current.container, sets_year=False)
        )


def _take_clause_base(
    match: re.Match[str], current: Statement, change: Change, reading: Reading
) -> None:
    """ "...; so với năm 2021 (1.417 biên chế) giảm 72 biên chế": the parenthesis is the
    base year's figure of the unit whose figure the sentence stated, read only where that
    unit has its figure already (else of which unit, is not said)."""
    span = match.span("bn")
    count = _count_of(match, "bn", reading)
    if count is None:
        return
    if (match.group("bwhose") or match.group("bnote")) and not _merged_base(match, change, count):
        reading.orphans.append(Orphan(span, _NO_SUBJECT))
        return
    if (current.value is None or current.subject.kind is None) and not _fronted_again(
        match, current, reading
    ):
        reading.orphans.append(Orphan(span, _NO_SUBJECT))
        return
    earlier = replace(current.subject, year=change.base_year)
    reading.statements.append(
        Statement(earlier, count, span, container=current.container, sets_year=False)
    )


_RATE_NEXT = re.compile(
    rf"\s*,?\s*(?:t[ỷỉ]\s+lệ(?:\s+(?:giảm|tăng))?|tương\s+(?:đương|ứng))\s*(?:là\s+)?(?P<r>{NUM}\s?%)",
    _I,
)


def _merged_base(match: re.Match[str], change: Change, count: int) -> bool:
    """Whether a base year's figure said as the sum of the places merged since ("so với năm
    2021 (3.602 biên chế, tính chung cho tỉnh A và tỉnh B trước sắp xếp) giảm 190 biên chế, tỷ
    lệ giảm 5,27%") is the figure of the unit the change is of: only where the rate said right
    after the change is the change over that figure (the text's own arithmetic says so)."""
    rate = _RATE_NEXT.match(match.string, match.end())
    if rate is None or change.count is None:
        return False
    try:
        said = parse_rate(rate.group("r"))
    except NumberError:
        return False
    return any(rate_matches(percent(change.count, count), said, m) for m in Rounding)


_CLOSED_PARENTHESIS = re.compile(r"\s*\)\s*,?\s*")


def _past_recalled_base(current: Statement, change: Change | None, gap: str) -> Change | None:
    """ "giảm 109 biên chế (năm 2021: 2.096 biên chế), tỷ lệ giảm 5,20%": a rate right after
    the parenthesis recalling the base year's figure of the change before it is that change's
    rate (the parenthesis is the change's base, not a figure of its own that has a rate)."""
    if (
        change is None
        or change.rate is not None
        or change.count is None
        or current.changes
        or current.value is None
        or current.sets_year
        or current.subject.year is None
        or change.base_year not in (None, current.subject.year)
        or not _CLOSED_PARENTHESIS.fullmatch(gap)
    ):
        return None
    return change


_ALL_OF_IT = re.compile(r"(?<!\w)tổng\s+(?:cộng|số)\s+[0-9]", _I)
_THE_PROVINCE = re.compile(r"(?:toàn\s+)?(?:tỉnh|thành\s+phố)", _I)


def _province_total(match: re.Match[str], text: str, current: Statement) -> bool:
    """Whether a count is the province's total: "tỉnh được giao tổng cộng 16.490 biên chế",
    the text's own province (no name), the count said as a sum of everything, and no category
    named after it (then it is that category's, as before)."""
    named = _NAMED_AFTER.match(text, match.end())
    return (
        current.subject.kind is None
        and current.value is None
        and not current.changes
        and _THE_PROVINCE.fullmatch(current.subject.name.strip()) is not None
        and _ALL_OF_IT.search(match.group(0)) is not None
        and (named is None or not (named.group("cat") or named.group("cat2")))
    )


def _fronted_again(match: re.Match[str], current: Statement, reading: Reading) -> bool:
    """ "So với năm 2025 (59.410 người), giảm 1.090 người; so với năm 2021 (64.900 người),
    giảm 6.580 người": a sentence opened by a comparison recalling its base figure, naming no
    unit, recalls a second base the same way; both are the figures of the one unit the
    sentence speaks of, whichever its context says it is (the opening's figure is taken
    after the rest, `_take_fronted`); or the one category it names ("So với năm 2021
    (1.786.400 người), năm 2024 số người làm việc giảm ...; so với năm 2015 (1.920.500
    người) giảm ...")."""
    return (
        _FRONTED_RECALL.match(match.string) is not None
        and reading.statements == [current]
        and current.value is None
        and (
            current.subject.kind is Kind.CATEGORY
            or (current.subject.kind is None and not current.subject.name.strip())
        )
    )


_FRONTED_RECALL = next(rule for name, rule in RULES if name == "fronted")
"""The first fronted rule: "So với năm 2025 (59.410 người), ...", one figure recalled."""


def _whole(number: str) -> bool:
    """Whether a count is well formed; "06" is, as the genre writes small counts."""
    try:
        parse_count(number.lstrip("0") or "0")
    except NumberError:
        return False
    return True


@dataclass
class _Marks:
    """Where a sentence's closing parentheses and words of posts are, found once, so each
    count of leavers looks its breakdown up by bisection (a sentence listing thousands of
    them is read in linear time)."""

    text: str
    closing: list[int] = field(default_factory=list)
    posts: list[int] = field(default_factory=list)
    found: bool = False

    def first_closing(self, start: int) -> int:
        self._find()
        index = bisect_left(self.closing, start)
        return self.closing[index] if index < len(self.closing) else -1

    def names_posts(self, start: int, end: int) -> bool:
        self._find()
        index = bisect_left(self.posts, start)
        return index < len(self.posts) and self.posts[index] < end

    def _find(self) -> None:
        if not self.found:
            self.closing = [i for i, char in enumerate(self.text) if char == ")"]
            self.posts = [m.start() for m in POST_WORDS.finditer(self.text)]
            self.found = True


def _breakdown(text: str, end: int, marks: _Marks) -> Span:
    """The breakdown that follows a count of leavers ending at `end`, if one does: a
    parenthesis ("(theo Nghị định số 108/2014/NĐ-CP: 301 trường hợp; ...)"), or the rest of the
    sentence after "trong đó" / "gồm" ("..., trong đó: 06 công chức; 90 viên chức"); only
    where it names no post and makes no statement of one (no "biên chế", "là", "giao",
    "giảm", ...), so a figure of a unit after it is never taken for people."""
    opener = _BREAKDOWN_OPENS.match(text, end)
    if opener is None:
        return (0, 0)
    close = marks.first_closing(opener.end()) if opener.group(0).endswith("(") else len(text)
    if close < 0 or marks.names_posts(end, close):
        return (0, 0)
    return (opener.end(), close)


_LEAVERS_NAMED = re.compile(
    r"(?<!\w)số\s+(?:người|trường\s+hợp|cán\s+bộ,?\s+công\s+chức(?:,?\s+viên\s+chức)?|công\s+chức"
    r"|viên\s+chức)\s+(?:đã\s+)?(?:dự\s+kiến\s+)?(?:được\s+)?(?:có\s+(?:đơn|nguyện\s+vọng)\s+)?"
    r"(?:giải\s+quyết|tinh\s+giản|nghỉ|thôi\s+việc|xin\s+nghỉ)"
    # ("theo Nghị định số 29/2023/NĐ-CP giai đoạn 2023 - 2026 là": a decree and a period; a
    # count between would stay unplaced, so the sentence could not be read whole anyway)
    r"(?!\w)[^;]{0,160}$",
    _I,
)
_LEAVERS_PERIOD = re.compile(
    rf"(?:[;,]\s*|(?<!\w))(?:riêng|trong\s+đó)\s+(?P<months>[0-9]{{1,2}}\s+tháng(?:\s+đầu)?\s+)?"
    rf"năm\s+{YEAR}\s+(?:là|có)\s+$",
    _I,
)
"""A part of a leavers' period, then its count ("; riêng 2 tháng đầu năm 2025 có 634 người")."""
_PAYROLL_OVER_YEARS = re.compile(
    rf"(?<!\w)(?:trong|riêng)\s+(?:[^\d;,.]{{1,12}}\s)?năm\s+{YEAR}\s*(?:[-–]|và)\s*(?:năm\s+)?"
    rf"{YEAR}\s*,?\s*số\s+(?:người|lao\s+động)\s+hưởng\s+lương[^\d;.]{{0,40}}?$",
    _I,
)
"""People paid from the budget, counted over a span of years: not posts (a plan names those
"biên chế" or "số lượng người làm việc"), and no year's figure."""


def _compared(match: re.Match[str]) -> bool:
    """Whether a change's own words name what it compares with ("so với năm 2021")."""
    groups = match.re.groupindex
    return any(name in groups and match.group(name) for name in ("base", "prev"))


_AVERAGE = re.compile(r"(?<!\w)(?:bình\s+quân|trung\s+bình)(?!\w)", _I)
_SETTLED = re.compile(r"(?<!\w)giải\s+quyết\s+(?:chế\s+độ|chính\s+sách)(?!\w)", _I)
_SHARE_OF = re.compile(rf"(?<!\w)chiếm\s+(?:tỷ\s+lệ\s+)?(?P<n>{NUM}\s?%)", _I)
_POSITIONS = re.compile(
    r"(?<!\w)số\s+(?:cấp\s+phó|cấp\s+trưởng|lãnh\s+đạo(?:,?\s+quản\s+lý)?)(?!\w)[^\d;.()]{0,40}$",
    _I,
)
"""Positions counted ("số cấp phó giảm 173 người"): leaders, whatever posts they hold."""
_GIVEN_TO = re.compile(
    rf"(?:\s+năm\s+(?P<y>{YEAR}))?\s+cho\s+(?P<obj>[^\d;:.()]{{3,120}}?)(?=\s*,\s*(?:giảm|tăng)\s)",
    _I,
)
_COUNT = re.compile(rf"(?<![\w/.,-]){NUM}(?![\w/-])")
_BREAKDOWN_OPENS = re.compile(
    # (a decree's number may stand between: "cho 96 người theo Nghị định số 108/2014/NĐ-CP,
    # trong đó 31 công chức và 65 viên chức")
    # ("tinh giản 9.595 người; trong đó có 339 người ...": after a semicolon too)
    r"(?:[^\d;()]|[0-9]+/){0,120}?(?:\s\(|[,;]?\s*(?<!\w)(?:trong\s+đó|(?:bao\s+)?gồm)(?!\w)\s*:?)",
    _I,
)
POST_WORDS = re.compile(
    # ("theo chính sách tinh giản biên chế" names the policy, not posts)
    r"(?<!\w)(?:(?<!giản\s)biên\s+chế|chỉ\s+tiêu|là|còn|giao|giảm|tăng|so\s+với|dự\s+phòng"
    r"|năm)(?!\w)",
    _I,
)


def _trailing_base(text: str, reading: Reading) -> None:
    """ "Đến năm 2026, A giảm 88 biên chế (5,05%), B giảm 1.797 người (10,01%) so với năm
    2021.": a comparison closing the sentence, its only one, governs every change of it
    (as a fronted one does); never where another change names its own base."""
    closing = _CLOSING_BASE.search(text)
    if closing is None or len(_SO_VOI_WORDS.findall(text)) != 1:
        return
    base = int(closing.group("base"))
    changed = [s for s in reading.statements if s.changes]
    names = [s.subject.name.lower() for s in changed]
    if len(set(names)) != len(names) or any(
        s.subject.year is not None and s.subject.year <= base for s in changed
    ):
        # "năm 2025 giảm 20 người; năm 2026 giảm 30 người so với năm 2025": a year chain,
        # its comparison is the last change's only
        return
    changes = [c for s in changed for c in s.changes]
    if any(c.previous or c.base_year not in (None, base) for c in changes):
        return
    if not any(c.base_year == base for c in changes):
        return  # the closing comparison was read by none of them
    for change in changes:
        change.base_year = base


def _elided_comparison(text: str, reading: Reading) -> None:
    """ "đến năm 2026 biên chế công chức giảm 98 biên chế, bằng 6,38% so với năm 2021; số
    người làm việc giảm 521 người, bằng 10,49%": the clauses after the first, each one
    unit's one change naming neither year nor comparison, leave both unsaid as the first
    clause said them. Only where the sentence has that one comparison and those two years,
    each clause another unit, and none states a figure of its own."""
    changed = [s for s in reading.statements if s.changes]
    if len(changed) < 2 or len(changed) != len(reading.statements):
        return
    first, rest = changed[0], changed[1:]
    year = first.subject.year
    if year is None or len(first.changes) != 1 or first.value is not None:
        return
    base = first.changes[0].base_year
    if base is None or base >= year or first.changes[0].previous or first.changes[0].further:
        return
    if len(_SO_VOI_WORDS.findall(text)) != 1 or set(map(int, _ANY_YEAR.findall(text))) != {
        year,
        base,
    }:
        return
    names = [s.subject.name.lower() for s in changed]
    if len(set(names)) != len(names) or any(s.subject.kind is None for s in changed):
        return
    for statement in rest:
        if (
            statement.subject.year is not None
            or statement.value is not None
            or statement.container is not None
            or len(statement.changes) != 1
            or statement.changes[0].base_year is not None
            or statement.changes[0].previous
            or statement.changes[0].further
        ):
            return
    said = first.changes[0].spans
    if not said or ";" not in text[said[-1][1] :]:
        return
    for statement in rest:
        statement.subject = replace(statement.subject, year=year)
        statement.changes[0].base_year = base


_ANY_YEAR = re.compile(rf"(?<![0-9.,/-]){YEAR}(?![.,/-][0-9])")


def _parallel_base(text: str, reading: Reading) -> None:
    """ "A là 1.842, giảm 19 so với năm 2023; B là 16.062 người, giảm 193 người.": clauses
    of one shape, each a unit's figure and its one change, the first naming the sentence's
    only comparison: the others compare with the same year. Never where a clause lacks its
    figure or has two changes, nor in a year chain."""
    if len(_SO_VOI_WORDS.findall(text)) != 1:
        return
    changed = [s for s in reading.statements if s.changes]
    if len(changed) < 2 or any(s.value is None or len(s.changes) != 1 for s in changed):
        return
    first, *others = [s.changes[0] for s in changed]
    base = first.base_year
    if base is None or first.previous or any(c.base_year is not None for c in others):
        return
    names = [s.subject.name.lower() for s in changed]
    years = {s.subject.year for s in changed if s.subject.year is not None}
    if len(set(names)) != len(names) or len(years) > 1 or any(y <= base for y in years):
        return  # a year chain ("năm 2025 ...; năm 2026 ..."): each clause its own comparison
    if any(
        ";" not in text[a.spans[0][1] : b.spans[0][0]]
        for a, b in itertools.pairwise([first, *others])
    ):
        return  # clauses apart, each its own (";" between each change and the next)
    for change in others:
        change.base_year = base


def _chain_against_previous(text: str, reading: Reading) -> None:
    """ "năm 2022 còn 26.912 người (giảm 548 người so với năm trước); năm 2023 còn 26.363
    người (giảm 549 người); ...": a year chain of one unit, its first link's change against
    the year before and the later links' changes naming no comparison, leaves it unsaid for
    each link as the first said it. Only where the links' years follow one another, each link
    has one change, and the sentence compares nothing else."""
    if len(_SO_VOI_WORDS.findall(text)) != 1 or len(reading.statements) < 2:
        return
    first, *rest = reading.statements
    if any(len(s.changes) != 1 or s.subject.year is None or s.parts for s in reading.statements):
        return
    said = first.changes[0]
    if not said.previous or said.further or said.bound:
        return
    years = [s.subject.year for s in reading.statements]
    if any(b != a + 1 for a, b in itertools.pairwise(years) if a is not None and b is not None):
        return  # a gap: which year a link compares with is not said
    if len({(s.subject.name.lower(), _identity(s)) for s in reading.statements}) != 1:
        return
    elided = [s.changes[0] for s in rest]
    if any(c.base_year is not None or c.previous or c.further or c.bound for c in elided):
        return
    for change in elided:
        change.previous = True


_CLOSING_BASE = re.compile(rf"so\s+với\s+năm\s+(?P<base>{YEAR})\s*[.;]?\s*$", _I)
_SO_VOI_WORDS = re.compile(r"(?<!\w)so\s+với(?!\w)", _I)


def _breakdown_bases(reading: Reading) -> None:
    """ "..., giảm 169 người (10,04%) so với năm 2021; trong đó sự nghiệp giáo dục giảm 152
    người, sự nghiệp khác giảm 17 người": the parts' cuts that add up to their unit's one cut
    break it down, so they compare with its year; cuts that do not add up may be the largest
    few, or a slip, and keep none."""
    listed: dict[int, tuple[Statement, list[Statement]]] = {}
    for statement in reading.statements:
        if statement.container is not None:
            listed.setdefault(id(statement.container), (statement.container, []))[1].append(
                statement
            )
    for owner, parts in listed.values():
        if len(owner.changes) != 1 or owner.changes[0].base_year is None:
            continue
        cut = owner.changes[0]
        if any(
            len(part.changes) != 1
            or part.value is not None
            or part.subject.year not in (None, owner.subject.year)
            or part.changes[0].base_year is not None
            or part.changes[0].increase != cut.increase
            or part.changes[0].further
            or part.changes[0].previous
            for part in parts
        ):
            continue
        counts = [part.changes[0].count for part in parts]
        if len(parts) < 2 or cut.count is None or sum(c or 0 for c in counts) != cut.count:
            continue
        if None in counts:
            continue
        for part in parts:
            part.changes[0].base_year = cut.base_year


def _implied_bases(reading: Reading) -> None:
    """ "năm 2021 là 3.156 biên chế; đến năm 2026 còn 2.998 biên chế, giảm 158 biên chế":
    a change that names no year compares with the one earlier year the sentence gives the
    same unit a figure for ("so với năm liền trước" is the calendar year before, whatever
    the sentence gave)."""
    for statement in reading.statements:
        missing = [c for c in statement.changes if c.base_year is None and not c.previous]
        year = statement.subject.year
        if not missing or year is None:
            continue
        if statement.subject.since is not None:
            for change in missing:
                change.base_year = statement.subject.since
            continue
        earlier = {
            s.subject.year
            for s in reading.statements
            if s.subject.name == statement.subject.name
            and s.value is not None
            and s.subject.year is not None
            and s.subject.year < year
        }
        if len(earlier) == 1:
            base = earlier.pop()
            for change in missing:
                change.base_year = base


def _parts_listed(owner: Statement, gap: str) -> bool:
    """Whether the value of `owner` was just broken down into two or more categories' counts
    ("gồm: 690 biên chế cán bộ, công chức; 151 biên chế viên chức"), with only a separator
    since the last."""
    return (
        owner.value is not None
        and sum(1 for part in owner.parts if part.change is None) >= 2
        and not gap.strip(" ;,")
    )


def _listed_before(reading: Reading, owner: Statement) -> bool:
    """Whether the sentence already listed at least two parts of `owner`: only then is "còn
    lại N" the rest of that list."""
    return sum(1 for s in reading.statements if s.container is owner) >= 2


def _take_fronted(base: int, match: re.Match[str], reading: Reading) -> None:
    """ "So với năm 2021 (1.200 biên chế), công chức năm 2026 giảm 60 biên chế": the
    parenthesis is the subject's figure for the base year, and the changes that follow
    compare with it. Without a figure ("So với số Bộ Nội vụ giao năm 2015, con số này giảm
    6.208 người"), only the comparison year."""
    target = next((s for s in reading.statements if s.changes), None)
    if "n2" in match.re.groupindex:
        _take_fronted_categories(base, match, reading)
        return
    if "n" not in match.re.groupindex:
        # "So với năm 2021, A giảm 121 biên chế, ...; B giảm 2.380 người, ...": the fronted
        # year governs every change of the sentence that names none
        for statement in reading.statements:
            for change in statement.changes:
                if change.base_year is None and not change.previous:
                    change.base_year = base
        return
    span = match.span("n")
    count = _count(match, reading)
    if target is None or count is None or not _same_scope(match, count, target):
        if count is not None:
            reading.orphans.append(Orphan(span, _NO_SUBJECT))
        return
    for change in target.changes:
        if change.base_year is None:
            change.base_year = base
    subject = target.subject
    earlier = replace(subject, year=base, leading=True)
    reading.statements.insert(
        0, Statement(earlier, count, span, container=target.container, sets_year=False)
    )


_RECALLED_LEVEL = re.compile(r"^\s+cấp\s+(?:tỉnh|huyện|xã)(?!\w)", _I)


def _same_scope(match: re.Match[str], count: int, target: Statement) -> bool:
    """Whether a base figure recalled with a scope of its own ("(912 biên chế của Bộ ... và các
    đơn vị tiếp nhận từ ...)") is the changed subject's: only where the subject's one change
    against that year states a rate that is its count over the figure (the text's own
    arithmetic says the figure is the change's base), and a category the parenthesis names is
    the subject's, if the subject names one."""
    if "scope" not in match.re.groupindex:
        return True
    named = kind_of(match.group("cat")) if match.group("cat") else None
    if named is not None and target.subject.category not in (None, named.category):
        return False
    level = _RECALLED_LEVEL.search(match.group("scope"))
    where = target.subject.where
    if level is not None and (where is None or where is not read_subject(level.group()).where):
        return False  # "(... công chức cấp huyện của ...)" under a line of another level
    changes = [c for c in target.changes if c.base_year in (None, int(match.group("base")))]
    if len(changes) != 1 or changes[0].rate is None or changes[0].count is None:
        return False
    change = changes[0]
    assert change.rate is not None and change.count is not None
    return any(rate_matches(percent(change.count, count), change.rate, m) for m in Rounding)


def _take_fronted_categories(base: int, match: re.Match[str], reading: Reading) -> None:
    """ "So với năm 2021 (1.072 cán bộ, công chức; 121 viên chức), biên chế cán bộ, công chức
    giảm 54 ...; biên chế viên chức giảm 13 ...": each figure in the parenthesis is the base
    year's figure of the one changed unit that is that category, and no other; a figure whose
    category names no changed unit, or two, is not read (nor are the changes, left without a
    base)."""
    figures = [(match.group("cat"), "n"), (match.group("cat2"), "n2")]
    categories = [found.category if (found := kind_of(cat)) else None for cat, _ in figures]
    for statement in reading.statements:
        for change in statement.changes:
            if change.base_year is None and not change.previous:
                change.base_year = base
    earlier: list[Statement] = []
    """The base year's statements, in the order the parenthesis gives them."""
    for category, (_, group) in zip(categories, figures, strict=True):
        span = match.span(group)
        changed = [
            s
            for s in reading.statements
            if s.changes and s.subject.kind is Kind.CATEGORY and s.subject.category is category
        ]
        count = _count_of(match, group, reading)
        if count is None:
            continue
        if category is None or categories.count(category) > 1 or len(changed) != 1:
            reading.orphans.append(Orphan(span, _NO_SUBJECT))
            continue
        target = changed[0]
        subject = replace(target.subject, year=base, leading=True)
        earlier.append(Statement(subject, count, span, container=target.container, sets_year=False))
    reading.statements[:0] = earlier


def _count_of(match: re.Match[str], group: str, reading: Reading) -> int | None:
    """The count a rule's group holds, or None with the malformed number reported."""
    try:
        return parse_count(match.group(group))
    except NumberError as exc:
        reading.orphans.append(Orphan(match.span(group), Message(exc.message_vi, exc.message_en)))
        return None


def _items(text: str) -> list[tuple[str, re.Match[str]]]:
    """All items, earliest first, longest first among those starting together, no overlap."""
    found = [
        (index, kind, match)
        for index, (kind, pattern) in enumerate(RULES)
        for match in pattern.finditer(text)
    ]
    rolls = _rolls(text)
    found = [
        item
        for item in found
        if (item[1] not in ("listed", "listed-unit") or _listable(item[2].group("obj")))
        and (item[1] not in ("extreme", "item") or not _VERB.search(item[2].group("obj")))
        # "So với năm 2018, số biên chế này giảm 5.508": a name holding a verb is no body of
        # a roll, and its count is the verb's
        and (item[1] != "roll" or (rolls(item[2]) and not _VERB.search(item[2].group("obj"))))
        # "gồm: 22.850 biên chế sự nghiệp ...; 6.462 ...": a sector's count opens a list's
        # item, never a clause leaving it out ("(không tính 1.591 biên chế sự nghiệp ...)")
        and (
            item[1] != "sector"
            or _SECTOR_BEFORE.search(text, max(0, item[2].start() - 24), item[2].start())
            is not None
        )
    ]
    found.sort(key=lambda item: (item[2].start(), -item[2].end(), item[0]))
    chosen: list[tuple[str, re.Match[str]]] = []
    end = 0
    for _, kind, match in found:
        if match.start() >= end:
            chosen.append((kind, match))
            end = match.end()
    return chosen


_SECTOR_BEFORE = re.compile(
    r"(?:(?<!\w)(?<!không\s)(?:bao\s+)?gồm\s*:?|(?<!\w)chia\s+ra\s*:?|[:;,]|(?<!\w)và)\s*$", _I
)


def _rolls(text: str) -> Callable[[re.Match[str]], bool]:
    """Whether a roll item ("Ban Dân tộc 23") is one: the sentence is a roll of bodies, each
    named before its count, or the item goes on a list the sentence opened before it ("...,
    trong đó thành phố Tam Kỳ 123, Điện Bàn 120"). Both looked up once per sentence."""
    if _ROLL_LINE.fullmatch(text) is not None:
        return lambda match: True
    opened = _ENUMERATING.search(text)
    start = opened.start() if opened is not None else len(text)
    return lambda match: match.start() > start


_ROLL_COUNT = rf"(?<!năm)\s+(?!(?:19|20)[0-9]{{2}}(?![0-9.,])){NUM}"
_ROLL_NAME = r"[^\d;():\s][^\d;():]{1,79}?"
"""A name in a roll: it starts with no space, so the spaces after a comma are the separator's
alone (both taking them would backtrack exponentially on a line that is not a roll)."""
_ROLL_LINE = re.compile(
    rf"\s*(?:{_ROLL_NAME}{_ROLL_COUNT}\s*[,;]\s*)*(?:và\s+)?{_ROLL_NAME}{_ROLL_COUNT}"
    r"\s*[.;]?\s*",
    re.IGNORECASE,
)
"""A sentence that is only a roll of bodies, each named before its count."""


def _listable(name: str) -> bool:
    """Whether the words before a count in a list ("; sự nghiệp y tế 5.262", "(cấp tỉnh
    1.702") name a unit: a category or a block, and no subset of people."""
    if SUBSET_NOUNS.search(name) or _VERB.search(name) or _SUMMING.search(name):
        return False  # "; dự phòng là 1.000", "... tổng cộng 30.119": statements of their own
    return read_subject(name).kind in (Kind.CATEGORY, Kind.BLOCK)


def _statement_for(gap: str, current: Statement | None, made: list[Statement]) -> Statement:
    subject = read_subject(gap)
    if (
        current is not None
        and subject.kind in (Kind.TOTAL, Kind.BLOCK)
        and not subject.leading
        and ";" not in gap
    ):
        # Mid-clause words that name a place ("do thành lập trường mới") are not a new
        # subject; a new block or total opens with its name, or follows a semicolon.
        subject = Subject(None, subject.name, year=subject.year)
    if current is not None and subject.kind is Kind.BLOCK and _PAY_SOURCE.match(subject.name):
        # "... 24.424 viên chức hưởng lương từ ngân sách nhà nước; giảm 455 biên chế": the
        # pay source completes the count before it; only a sentence's first words are a line.
        # After it, a clause naming a unit of its own ("...; cán bộ, công chức cấp xã toàn
        # tỉnh là 2.386 người") opens that unit's statement, never adds to the one before.
        clause = read_subject(gap.rsplit(";", 1)[1]) if ";" in gap else None
        if clause is not None and clause.kind is not None:
            subject = clause
        else:
            subject = Subject(None, subject.name, year=subject.year)
    if current is not None and subject.kind is None:
        if subject.year is None or subject.year == current.subject.year:
            return current
        rest = _SUBJECT_YEAR.sub(" ", _TRAIL.sub("", _LEAD.sub("", gap)))
        if _WORDS_LEFT.search(_SAME_UNIT_WORDS.sub(" ", _ANAPHORA.sub(" ", rest))):
            # "...; mức giảm 5% ... đến năm 2026; số công chức hiện có là 3.475 người": words
            # naming something else than the unit before, which this reader did not tell
            statement = Statement(Subject(None, subject.name, year=subject.year))
            made.append(statement)
            return statement
        # "(năm 2023 là 2.324 biên chế)": the same unit in another year, where it stands
        statement = Statement(replace(current.subject, year=subject.year))
        statement.container = current.container
        made.append(statement)
        return statement
    container = None
    # "(" right before the figure is its parenthesis ("Điện Bàn nhiều nhất (114 biên
    # chế)"), not a list of parts.
    # Nor does a name's own parenthesis ("các cục (Cục A, Cục B) có 557 biên chế") open one.
    listing = _ENUMERATING.search(PARENTHESES.sub(" ", gap.rstrip().removesuffix("(").rstrip()))
    if subject.kind in (Kind.CATEGORY, Kind.BLOCK) and made and listing:
        # "Tổng ... là 500, trong đó cán bộ, công chức là 120": the sentence itself says the
        # unit is a part; a category of a total or block, a block of a total.
        container = made[-1]
    elif (
        subject.kind in (Kind.CATEGORY, Kind.BLOCK)
        and made
        and made[-1].container
        and not made[-1].subset
    ):
        # "..., viên chức là 380": the enumeration goes on (a subset counted inside a figure,
        # "..., trong đó có 1.362 giáo viên; các đơn vị khác ... 86 người", opens none)
        container = made[-1].container
    statement = Statement(subject, container=container)
    made.append(statement)
    return statement


_INTO_A_WHOLE = re.compile(r"\W*trong\s+(?:tổng\s+)?số\s+[^,;:\d]*", _I)
_ENDS = re.compile(r"\s*[.;]?\s*$")
_WORDS_LEFT = re.compile(r"[^\W\d_]{2,}")
# words that may stand between a unit's figure and its figure for another year
_SAME_UNIT_WORDS = re.compile(
    r"(?<!\w)(?:dự\s+kiến|kế\s+hoạch|sẽ|còn|chỉ|xuống|tiếp\s+tục|đến|tới|vào|trong|của|và|thì"
    # the rest of the count's own words ("54.864 người làm việc hưởng lương từ ngân sách")
    r"|tỉnh|toàn\s+tỉnh|làm\s+việc|hưởng\s+lương\s+(?:từ|bằng)\s+(?:ngân\s+sách(?:\s+nhà\s+nước)?|NSNN))"
    r"(?!\w)",
    _I,
)


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


def read_subject(gap: str) -> Subject:
    """Classify the text before a value or change: total, block, category, or nothing."""
    lead = _LEAD.match(gap)
    elapsed = _ELAPSED.match(gap, lead.end() if lead is not None else 0)
    if elapsed is not None:
        count = elapsed.group("n").lower()
        years = _COUNT_WORDS.get(count) or int(count)
        subject = read_subject(gap[: elapsed.start()] + " " + gap[elapsed.end() :])
        return replace(subject, elapsed=years)
    subject = _read_subject(gap)
    period = _PERIOD.search(_TRAIL.sub("", _LEAD.sub("", gap)))
    if period is not None and int(period.group("first")) < int(period.group("last")):
        if period.group("to"):
            # "từ năm 2017 đến năm 2024 ... giảm 476 người": 2024 against 2017 itself; "đến"
            # without "từ năm" is left unread.
            if not period.group("from"):
                return replace(subject, kind=None)
            return replace(subject, since=int(period.group("first")))
        # "giai đoạn 2022 - 2026 giảm N": against the year before the period
        return replace(subject, since=int(period.group("first")) - 1)
    return subject


# "Căn cứ Nghị quyết số 57/NQ-HĐND ngày 20/5/2021, tổng biên chế công chức ...": a clause
# citing the text's ground, then the subject; "Lộ trình tổng biên chế công chức ...": a
# roadmap's topic word before its category. Neither is part of the unit's name.
_LEAD_CLAUSE = re.compile(r"^(?:căn\s+cứ|thực\s+hiện|trên\s+cơ\s+sở|tại)(?!\w)", _I)
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
    text = _LEAD.sub("", gap)
    text = _TRAIL.sub("", text)
    period = _PERIOD.search(text)
    if period is not None and int(period.group("first")) < int(period.group("last")):
        text = text[: period.start()] + f" năm {period.group('last')} " + text[period.end() :]
    years = list(_SUBJECT_YEAR.finditer(text))
    year = int(years[-1].group("year")) if years else None
    named = _LEAD.sub("", _TRAIL.sub("", _SUBJECT_YEAR.sub(" ", text)))
    named = new_place_dropped(re.sub(r"\s{2,}", " ", named).strip())
    plain = re.sub(r"\s{2,}", " ", PARENTHESES.sub(" ", named)).strip()
    if _ANAPHORA.fullmatch(plain):
        return Subject(None, "", year=year, anaphora=True)  # "khối này": the unit just named
    if not any(char.isalpha() for char in plain):
        return Subject(None, "", year=year)
    if _AGENT.fullmatch(plain):
        # "UBND tỉnh (tạm) giao 29.755 biên chế viên chức cho ...": who gives is no unit.
        return Subject(None, "", year=year)
    if (level := _level_first(plain)) is not None:
        plain = named = level
    elif kind_of(plain) is None and (after := _after_lead(plain)) is not None:
        plain = named = after
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
                _capital(part),
                kind.category if kind is not None else None,
                year=year,
                where=scope_of(part),
            )
    if total and block is None:
        scope = _SCOPE.search(named)
        return Subject(
            Kind.TOTAL,
            _capital(plain),
            year=year,
            scope=scope.group("scope").strip() if scope else None,
            leading=total.start() == _determiners(plain),
            where=where,
        )
    if _PAY_SOURCE.match(plain):
        # "a) Hưởng lương từ ngân sách nhà nước: 27.698 người" in a list: the line of the
        # unit above paid so, of that unit's (or the heading's) category.
        return Subject(Kind.BLOCK, _capital(named), year=year, where=where)
    old_place = former_place(named)
    if old_place is not None:
        # "2.418 biên chế của tỉnh Tuyên Quang cũ": a province merged into the text's own, a
        # body of its own (the new province's total is made of such)
        category = kind.category if kind is not None else None
        return Subject(Kind.BLOCK, old_place, category, year=year, where=where)
    noun = ORGANISATION.search(plain)
    bodies = _OF_BODIES.search(plain)
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
            _capital(named),
            category,
            year=year,
            leading=noun.start() == _determiners(plain),
            where=where,
        )
    return Subject(None, named, year=year)


def _given_elsewhere(text: str, end: int, category: Category) -> bool:
    """Whether the count ending at `end` is given "cho" someone other than the category's
    whole (the communes are the whole of the commune staff's posts)."""
    given = _ANY_RECIPIENT.match(text, end)
    if given is None or _WHOLE_RECIPIENT.fullmatch(given.group("obj")):
        return False
    return not (category is Category.XA and read_subject(given.group("obj")).where is Scope.COMMUNE)


_SUBSET_PAREN = r"\((?=\s*(?:trong\s+đó|gồm|bao\s+gồm)\s)"
_ANY_RECIPIENT = re.compile(
    rf"\s*(?:năm\s+{YEAR}\s+)?cho\s+(?!(?:cả\s+)?năm\s)(?P<obj>[^;.()]{{1,160}}?)(?=\s*(?:[;.)]|{_SUBSET_PAREN}|$)"
    r"|\s+(?:năm|giảm|tăng|để|theo|bằng|giữ)(?!\w))",
    _I,
)


def _given_to_body(text: str, end: int, subject: Subject) -> tuple[Subject, int] | None:
    """The body a count naming no category is given to ("giao 1.102 biên chế cho các cơ quan
    đảng, ... của tỉnh"), as the count's subject, and where its name ends; None unless the
    sentence named no subject of its own before the count (only a year, or nothing) and the
    recipient is a body named without a count of bodies ("cho 135 xã" names how many, not
    who) nor a category (the hội's posts are theirs by another rule), and is a block of
    bodies ("các cơ quan ...", a well-known block), never one body ("cho Sở Y tế")."""
    if subject.kind is not None or subject.name.strip():
        return None
    given = _RECIPIENT.match(text, end)
    if given is None:
        return None
    obj = given.group("obj").strip()
    if not obj or obj[0].isdigit() or _COUNTED_BODIES.match(text, end) is not None:
        return None
    if not _BODIES.match(obj) and known_block(obj) is None:
        return None  # one body's "biên chế" may be of one category the text leaves unsaid
    recipient = read_subject(obj)
    if recipient.kind is not Kind.BLOCK or recipient.year is not None:
        return None
    years = {int(y) for y in re.findall(YEAR, text[end : given.start("obj")])}
    if len(years) > 1 or (years and subject.year not in (None, *years)):
        return None
    year = years.pop() if years else subject.year
    return replace(recipient, year=year), given.end()


_BODIES = re.compile(r"(?:các|những)\s", _I)
_COUNTED_BODIES = re.compile(rf"\s*(?:năm\s+{YEAR}\s+)?cho\s+[0-9]", _I)


def _given_to(recipient: str, category: Category, statement: Statement) -> bool:
    """Make `statement` (a count naming its category) the recipient's: the hội's own category,
    or a body's line of that category. False when the recipient names no unit."""
    subject = read_subject(recipient)
    if subject.kind is Kind.CATEGORY and subject.category is Category.HOI:
        statement.subject = replace(subject, year=statement.subject.year)
        return True
    if subject.kind is not Kind.BLOCK or statement.value is None or statement.value_span is None:
        return False
    statement.subject = replace(subject, year=statement.subject.year)
    statement.parts.append(Part(category, statement.value, statement.value_span, None))
    statement.value, statement.value_span = None, None
    return True


def _given_to_listed(
    text: str, given: re.Match[str], category: Category, statement: Statement
) -> None:
    """ "Giao 699 biên chế công chức năm 2024 cho 10 cơ quan, tổ chức hành chính thuộc UBND
    tỉnh, chi tiết như sau:": posts given to bodies counted, listed below: the figure is the
    group's line of its category (the list its parts), never the category's whole. The year
    named before "cho" is the figure's."""
    assert statement.value is not None and statement.value_span is not None
    name = f"{given.group('many')} {given.group('obj').strip()}"
    years = {int(y) for y in re.findall(YEAR, text[statement.value_span[1] : given.start("obj")])}
    year = years.pop() if len(years) == 1 else statement.subject.year
    statement.subject = Subject(Kind.BLOCK, _capital(name), year=year)
    statement.parts.append(Part(category, statement.value, statement.value_span, None))
    statement.value, statement.value_span = None, None


_RECIPIENT = re.compile(
    r"(?:\s+hưởng\s+lương\s+(?:từ|bằng)\s+(?:nguồn\s+)?(?:ngân\s+sách(?:\s+nhà\s+nước)?|NSNN))?"
    rf"\s*(?:năm\s+{YEAR}\s+)?cho\s+(?:(?P<many>[0-9]{{1,3}})\s+)?(?P<obj>[^;.()0-9,]{{3,120}}?"
    r"(?:,\s*(?:tổ\s+chức|đơn\s+vị|cơ\s+quan)[^;.()0-9,]{0,60}?)?"
    # "cho Sở Y tế, Sở Nội vụ năm 2025", "cho các cơ quan Đảng, Mặt trận Tổ quốc và ...":
    # a name going on after a comma is the recipient's, never the next clause's subject
    r"(?:,\s*(?=(?-i:[A-ZĐ])|các\s)[^;.()0-9,]{3,100}?){0,6})"
    # (a parenthesis of some of them after it, "(trong đó có 17 giáo viên)", ends it too;
    # one naming them, "(Trường Chính trị tỉnh, Báo ...)", goes on with it)
    rf"(?=\s*(?:[;.)]|{_SUBSET_PAREN}|,(?!\s*(?:(?-i:[A-ZĐ])|các\s))|$)"
    r"|\s+(?:năm|giảm|tăng|để|theo|bằng|giữ)(?!\w))",
    _I,
)
"""A recipient after a count: "... cho Sở Y tế", "... cho 11 tổ chức hội có tính chất đặc thù"."""
_WHOLE_RECIPIENT = re.compile(
    r"(?:(?:các|những|toàn\s+bộ)\s+)?(?:(?:cơ\s+quan|tổ\s+chức|đơn\s+vị|hành\s+chính|nhà\s+nước"
    r"|sự\s+nghiệp|công\s+lập|và|của|thuộc|trực\s+thuộc|trên\s+địa\s+bàn|tỉnh|thành\s+phố"
    r"|toàn\s+tỉnh)[,\s]*)+",
    _I,
)
"""A recipient that is the category's whole: "các cơ quan, tổ chức hành chính của tỉnh"."""


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


def _scoped(kind: LexKind | None, statement: Statement) -> LexKind | None:
    """The category a count names, in its subject's scope: "Chính quyền địa phương ở các xã,
    phường ... được giao 5.714 biên chế cán bộ, công chức" counts cán bộ, công chức cấp xã,
    which the province's CBCC (and Kết luận 40's) leave out."""
    if kind is LexKind.CBCC and statement.subject.where is Scope.COMMUNE:
        return LexKind.XA
    return kind


def _determiners(text: str) -> int:
    """Where a name starts after its determiners ("các sở, ngành" starts at "sở")."""
    found = _DETERMINERS.match(text)
    return found.end() if found else 0


_DETERMINERS = re.compile(r"(?:(?:các|những|toàn\s+bộ)\s+)+", _I)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _take_value(match: re.Match[str], current: Statement, reading: Reading) -> bool:
    count = _count(match, reading)
    if count is None:
        return False
    if current.value is not None:
        reading.orphans.append(Orphan(match.span("n"), _TWO_VALUES))
        return False
    current.value = count
    current.value_span = match.span("n")
    return True


def _take_from(match: re.Match[str], current: Statement, reading: Reading) -> None:
    """ "giảm từ A (năm Y) xuống còn B": A is the unit's figure for year Y when the text
    says which year; otherwise it cannot be placed."""
    span = match.span("a")
    if match.group("ay") is None:
        reading.orphans.append(Orphan(span, _FROM_WITHOUT_YEAR))
        return
    try:
        count = parse_count(match.group("a"))
    except NumberError as exc:
        reading.orphans.append(Orphan(span, Message(exc.message_vi, exc.message_en)))
        return
    earlier = replace(current.subject, year=int(match.group("ay")))
    reading.statements.append(
        Statement(earlier, count, span, container=current.container, sets_year=False)
    )


def _take_change(match: re.Match[str], current: Statement, reading: Reading) -> Change | None:
    rate = None
    count = None
    if match.group("pct"):
        rate = _rate(match.group("n") + match.group("pct"), match.span("n"), reading)
        if rate is None:
            return None
    else:
        count = _count(match, reading)
        if count is None:
            return None
    base = match.group("base")
    change = Change(
        match.group("dir").lower() == "tăng",
        count,
        rate,
        int(base) if base else None,
        [match.span("n")],
        previous="prev" in match.re.groupindex and match.group("prev") is not None,
    )
    current.changes.append(change)
    return change


def _take_rate(match: re.Match[str], change: Change | None, reading: Reading) -> None:
    if change is None or change.rate is not None:
        reading.orphans.append(Orphan(match.span("n"), _NO_CHANGE_FOR_RATE))
        return
    rate = _rate(match.group("n"), match.span("n"), reading)
    if rate is not None:
        change.rate = rate
        change.spans.append(match.span("n"))


def _take_equivalent(match: re.Match[str], change: Change | None, reading: Reading) -> None:
    if change is None or change.count is not None:
        reading.orphans.append(Orphan(match.span("n"), _NO_CHANGE_FOR_RATE))
        return
    count = _count(match, reading)
    if count is not None:
        change.count = count
        change.spans.append(match.span("n"))


_POSTS_WORD = re.compile(
    r"(?<!\w)(?:biên\s+chế|công\s+chức|viên\s+chức|cán\s+bộ|người\s+làm\s+việc)(?!\w)", _I
)
_A_NUMBER = re.compile(rf"(?<![0-9.,]){NUM}")
_NOT_YET = re.compile(r"(?<!\w)(?:chưa|không)\s*$", _I)
"""Right before a change's verb: the cut is not made ("chưa giảm 143 người")."""
_REASON = re.compile(r"(?<!\w)(?:vì|bởi\s+vì)(?!\w)", _I)
"""A clause giving a reason ("vì ... đã giảm 45%")."""
_PAYROLL = re.compile(
    r"(?:^|[,;:]\s*)(?:tổng\s+)?số\s+(?:người|lao\s+động)\s+hưởng\s+lương\s+(?:từ\s+)?ngân\s+sách"
    r"(?:\s+nhà\s+nước)?(?:\s+(?:đã|đã\s+được|được))?\s*$",
    _I,
)
"""People paid from the budget, as the subject of a change: a count of people, not posts."""


def _read_in_post(statement: Statement) -> bool:
    """Staff in post a rule of their own read, as a unit apart ("Hiện có 1.641 công chức",
    "X: 212 biên chế, có mặt 198 người"), not a subject merely naming them."""
    subject = statement.subject
    return subject.qualifier.startswith(IN_POST) or (
        statement.member and subject.kind is Kind.BLOCK and subject.name.endswith(f" {IN_POST}")
    )


_IN_POST = re.compile(r"(?<!\w)(?:có\s+mặt|hiện\s+có)(?!\w)", _I)
_RESERVE_AFTER = re.compile(r"\s+dự\s+phòng(?!\w)", _I)
_AND_CATEGORY = re.compile(
    r"\s*(?:,|và|,\s*và)\s+(?:biên\s+chế\s+)?(?:người\s+làm\s+việc|viên\s+chức"
    r"|cán\s+bộ,?\s+công\s+chức|công\s+chức|sự\s+nghiệp)(?!\w)",
    _I,
)
_VERB = re.compile(
    # "giao thông" (traffic) names a body ("Ban An toàn giao thông"), it gives nothing
    # ("hội có tính chất đặc thù" is the name of a kind of association, it has nothing)
    r"(?<!\w)(?:là|có(?!\s+tính\s+chất)|còn|giao(?!\s+thông)|đạt|gồm|được|giảm|tăng)(?!\w)",
    _I,
)
_BETWEEN_COUNT_AND_RATE = re.compile(r"[\s,(]*")
_SUMMING_WORD = re.compile(r"(?<!\w)tổng(?!\w)", _I)
_SUMMING = re.compile(r"(?<!\w)tổng\s+(?:cộng|số)(?!\w)", _I)
_BETWEEN_ITEMS = re.compile(r"[\s,;)]*", _I)
_CLOSED_BEFORE = re.compile(r"^\s*\)")
_AFTER_COUNT = re.compile(rf"\s*(?:{_UNITW})?[\s,(]*", _I)
_PAY_SOURCE = re.compile(r"hưởng\s+lương\s+(?:từ|bằng)\s", _I)
_REMAINING = re.compile(r"(?<!\w)còn(?!\w)", _I)
_OTHER_COUNT_BEFORE = re.compile(
    rf"[0-9]\s*(?:{NOT_STAFF_AFTER.pattern})[\s,(]*$",
    _I,
)
_FURTHER = re.compile(r"(?<!\w)(?:thêm|tiếp)(?!\w)", _I)
_AT_LEAST = re.compile(r"(?<!\w)(?:tối\s+thiểu|ít\s+nhất)(?!\w)", _I)
_OF_BODIES = re.compile(rf"(?:tăng|giảm)\s+{NUM}(?:{NOT_STAFF_AFTER.pattern})", _I)
_ADDED_AFTER = re.compile(r"(?:\s+[^\d;.()]{0,40}?)?\s+(?:giao\s+)?bổ\s+sung(?!\w)", _I)
_TEACHERS = re.compile(r"(?:giáo|giảng)\s+viên(?!\w)", _I)
# Teachers, lecturers and the medical professions: viên chức whose posts a figure of people
# counts ("3.152 người, trong đó có 618 bác sĩ"), a subset of it; other people counted inside a
# figure (women, leaders, Party members) hold no posts of their own and stay outside
_POSTS_HELD_BY = re.compile(
    r"(?:(?:giáo|giảng)\s+viên|bác\s+sĩ|dược\s+sĩ|y\s+sĩ|điều\s+dưỡng(?:\s+viên)?)(?!\w)", _I
)
_AMONG_WITH = re.compile(r"[,;(]\s*trong\s+đó\s+có\s+$", _I)
_SUBSET_OPENS = re.compile(r"\s*trong\s+đó\s*,?\s+có\s+", _I)
_SUBSET_FRAME = re.compile(
    # "Trong tổng số trên có", "Trong số này, có": the figure the sentence before stated
    # ("Trong số đó có" may count some of the people a sentence of leavers named: as before)
    r"\s*(?:trong\s+(?:tổng\s+)?số\s+(?:này|(?:nêu\s+)?trên)\s*,?\s+có"
    # "Trong số người làm việc năm 2026 nêu trên có", "Trong tổng số người làm việc năm 2025
    # có": that category's figure of that year, stated in the sentence before
    rf"|trong\s+(?:tổng\s+)?số\s+(?P<cat>[^\d,;.:()]{{3,60}}?)\s+năm\s+(?P<y>{YEAR})"
    r"(?:\s+(?:nêu\s+)?trên)?\s*,?\s+có"
    # "Số người làm việc năm 2026 nêu trên, trong đó có"
    rf"|(?P<cat2>số\s+[^\d,;.:()]{{3,60}}?)\s+năm\s+(?P<y2>{YEAR})\s+(?:nêu\s+)?trên\s*,\s*"
    r"trong\s+đó\s*,?\s+có)\s+",
    _I,
)
_TO_AMONG = re.compile(r"[^\d;()]{0,100}", _I)
_SUBSET_WORDS = re.compile(r"\s*([^\d,;.()]{1,60})", _I)


def _subset_whole(
    text: str, match: re.Match[str], reading: Reading, at: int | None = None
) -> Statement | None:
    """The statement whose figure a count after ", trong đó có" (or "(trong đó có" right after
    the figure) is some of: the sentence's last statement, its figure right before (only
    words between, no other count: "cụ thể 1.000 người ở cấp tỉnh, trong đó có" is not said
    of the figure alone), or that figure with its changes and the base year's figure
    recalled in parentheses after them (`_past_changes`). `at`: where the rule's own opener
    ("[,;(] trong đó") stands, when the words naming the subset come before its count."""
    start = match.start("n")
    opener = _AMONG_WITH.search(text, max(0, start - 30), start) if at is None else None
    begins = opener.start() if opener is not None else at
    if begins is None or not reading.statements:
        return None
    whole = reading.statements[-1]
    if whole.changes or _recalled_base(reading):
        if text[begins] == "(":
            return None  # "so với năm 2024 (trong đó có ...)": the base year's, maybe
        return _past_changes(text, match, begins, reading)
    span = whole.value_span
    if (
        span is None
        or whole.parts
        or whole.subset
        or whole.member
        or _TO_AMONG.fullmatch(text, span[1], begins) is None
    ):
        return None
    return whole


def _held_subset(text: str, match: re.Match[str], reading: Reading) -> Statement | None:
    """The subset a body holds inside the figure just stated ("182 biên chế, trong đó có 96
    biên chế của Chi cục Kiểm lâm"), of the figure's category, or None: the words after the
    count must name bodies and no category (", trong đó có 40 người của các hội" is another
    count), and the figure must be right before (`_subset_whole`)."""
    whole = _subset_whole(text, match, reading)
    held = " ".join(match.group("obj").split())
    named = kind_of(held)
    if (
        whole is None
        or whole.changes
        or not ORGANISATION.search(held)
        or (named is not None and named.category is not None)
        or CONTRACT_MENTION.search(held)
        or _VERB.search(held)
        or LEAVERS.search(held)
        or LEFT.search(held)
    ):
        return None  # (", trong đó có 15 người của Sở Y tế nghỉ hưu": people who left)
    subject = Subject(Kind.CATEGORY, held, whole.subject.category, qualifier=held)
    return Statement(subject, container=whole, sets_year=False, subset=True)


def _recalled_base(reading: Reading) -> bool:
    """Whether the sentence's last statement recalls the base year's figure of the one before
    ("21.306 người, giảm 402 người so với năm 2024 (21.708 người)", "23.712 người (năm 2024:
    24.158 người)"): the same subject in another year, governing no year after it."""
    if len(reading.statements) < 2:
        return False
    recall, figure = reading.statements[-1], reading.statements[-2]
    return (
        not recall.sets_year
        and recall.subject.year is not None
        and recall.subject.year != figure.subject.year
        and recall.value is not None
        and not recall.changes
        and not recall.parts
        and recall.subject == replace(figure.subject, year=recall.subject.year)
        and recall.container is figure.container
    )


_AFTER_CHANGES = re.compile(r"[^\d;(]{0,120}")
"""What may stand between a figure's last change (or recalled base) and ", trong đó có", once
the years named are taken out: words, the close of a rate's or the base's parenthesis."""
_YEAR_NAMED = re.compile(rf"(?<!\w)năm\s+{YEAR}(?!\d)", _I)


def _past_changes(
    text: str, match: re.Match[str], opener: int, reading: Reading
) -> Statement | None:
    """ "21.306 người, giảm 402 người so với năm 2024 (21.708 người), trong đó có 16.920 giáo
    viên": the teachers are some of the figure stated, not of the cut nor of the base year's
    figure, where their count says so: below the figure, above every change (a count no
    larger than a cut may be some of the people cut: "giảm 165 người ..., trong đó có 120
    giáo viên" stays outside, as before)."""
    recalled = _recalled_base(reading)
    whole = reading.statements[-2] if recalled else reading.statements[-1]
    count = _counted(match.group("n"))
    last = max((end for _, end in spans_of(reading.statements[-1])), default=len(text))
    if (
        whole.value is None
        or whole.parts
        or whole.subset
        or whole.member
        or count is None
        or count >= whole.value
        or any(change.count is None or change.count >= count for change in whole.changes)
        or _AFTER_CHANGES.fullmatch(_YEAR_NAMED.sub("", text[last:opener])) is None
    ):
        return None
    return whole


def _subset_frame(text: str, start: int) -> Subject | None:
    """A subset's count opening its sentence and pointing back at the figure the sentence
    before stated ("Trong đó có", "Trong tổng số trên có", "Trong số người làm việc năm 2026
    nêu trên có"): its subject but the name, or None. A frame naming the total (anything but
    "Trong đó") points back (`anaphora`: never at a list's last item); one naming viên chức
    and a year gives that year (the build checks the sentence before stated it)."""
    blank = Subject(Kind.CATEGORY, "", Category.VC)
    if _SUBSET_OPENS.fullmatch(text, 0, start):
        return blank
    if _frame_point(text, start) is not None:
        return replace(blank, anaphora=True)
    frame = _SUBSET_FRAME.fullmatch(text, 0, start)
    if frame is None:
        return None
    named, year = frame.group("cat") or frame.group("cat2"), frame.group("y") or frame.group("y2")
    if named is None:
        return replace(blank, anaphora=True)
    found = kind_of(named)
    if found is None or found.category is not Category.VC:
        return None
    return replace(blank, year=int(year), anaphora=True)


_POINT_FRAME = re.compile(
    r"\s*trong\s+(?:tổng\s+)?số\s+(?:(?:biên\s+chế|người\s+làm\s+việc)\s+)?(?:tại|ở|của)\s+"
    r"điểm\s+(?P<point>[a-zđ])\s+khoản\s+này\s*,?\s+có\s+",
    _I,
)
"""A frame naming an item of the clause it stands in by its letter ("Trong tổng số tại điểm a
khoản này có")."""


def _frame_point(text: str, start: int) -> str | None:
    """The letter of the item a subset's frame names, or None."""
    frame = _POINT_FRAME.fullmatch(text, 0, start)
    return frame.group("point").lower() if frame is not None else None


def _subset_name(text: str, end: int) -> str:
    """The words naming a subset after its count ("giáo viên đứng lớp")."""
    words = _SUBSET_WORDS.match(text, end)
    # ("17.930 giáo viên và 3.415 người ...": the next count's "và" names none of them)
    return _AND_AT_END.sub("", " ".join(words.group(1).split())) if words else "giáo viên"


_AND_AT_END = re.compile(r"\s+và$", _I)


_SCHOOL_YEAR = re.compile(rf"\s*(?:năm\s+học\s+{YEAR}\s*[-–]\s*{YEAR})?", _I)
"""A school year after a count ("năm học 2023 - 2024") says what the posts are for, not the
year of the figure (the context's)."""
_SAME_SPLIT = re.compile(r"\s*,\s*(?=biên\s+chế)|\s+và\s+(?=biên\s+chế)", _I)
"""Units listed before one "giữ nguyên", each repeating its head noun ("biên chế dự phòng,
biên chế các hội đặc thù và biên chế của ..."); a name without it is one unit."""
_THE_REST = re.compile(r"(?<!\w)còn\s+lại\s*,?\s*$", _I)
_MINIMUM = re.compile(r"(?<!\w)(?:ít\s+nhất|tối\s+thiểu)(?!\w)", _I)
_NOT_POSTS_SAID = re.compile(
    rf"\s*(?:{_UNITW})?[\s,]*\(?\s*(?:không\s+thuộc|ngoài|nằm\s+ngoài|không\s+tính\s+vào)\s+"
    r"(?:chỉ\s+tiêu\s+|số\s+)?biên\s+chế(?!\w)",
    _I,
)
_CONTRACTS_AFTER = re.compile(
    # ("1.127 người làm việc theo hợp đồng lao động": contract staff named by their work)
    rf"\s*(?:{_UNITW}\s+)?(?:làm\s+việc\s+theo\s+)?(?:chỉ\s+tiêu\s+)?(?:lao\s+động\s+)?"
    r"hợp\s+đồng(?!\w)",
    _I,
)
_ASKED = re.compile(r"(?<!\w)(?:đề\s+nghị|kiến\s+nghị|đề\s+xuất|xin|hỏi\s+việc)(?!\w)", _I)


def _clause_before(text: str, end: int) -> str:
    """The text of the clause that holds position `end`, up to it."""
    start = max(text.rfind(";", 0, end), text.rfind(". ", 0, end)) + 1
    return text[start:end]


_LEAVES_OUT = re.compile(r"(?<!\w)(?:chưa|không)\s+(?:bao\s+gồm|tính|kể)(?!\w)", _I)
_STATES = re.compile(r"(?<!\w)(?:là|có|giao|đạt|còn)(?!\w)|[:)]", _I)


class _Clauses:
    """Whether a count is among what its clause says is left out ("không bao gồm biên chế cấp
    xã và 38 biên chế các hội"): after "không bao gồm" with no closing parenthesis or verb
    stating a figure between ("(không bao gồm hợp đồng) năm 2025 là N" states N). The
    sentence's clause ends, leave-outs and verbs are found once and looked up by bisection,
    so a roll of thousands of bodies in one clause is read in linear time."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.stops = [i for i, char in enumerate(text) if char == ";"]
        self.stops += [m.start() + 1 for m in _SENTENCE_STOP.finditer(text)]
        self.stops.sort()
        self.leaves = [m.span() for m in _LEAVES_OUT.finditer(text)]
        self.leave_ends = [end for _, end in self.leaves]
        self.opened: dict[int, int] = {}
        """Where each closing parenthesis was opened (found once, for linear time)."""
        stack: list[int] = []
        for index, char in enumerate(text):
            if char == "(":
                stack.append(index)
            elif char == ")" and stack:
                self.opened[index] = stack.pop()
        self.states = [m.span() for m in _STATES.finditer(text) if not self._aside(m)]
        self.state_starts = [begin for begin, _ in self.states]

    def _aside(self, state: re.Match[str]) -> bool:
        """A parenthesis opened and closed inside what is left out ("không bao gồm 3.927 cán
        bộ, công chức cấp xã (quản lý theo Nghị định ...) và 46 biên chế các hội") is a note
        on it; only one opened before the leave-out closes it."""
        if state.group() != ")":
            return False
        last = bisect_right(self.leave_ends, state.start()) - 1
        if last < 0:
            return False
        return self.opened.get(state.start(), -1) >= self.leave_ends[last]

    def left_out(self, start: int) -> bool:
        if not self.leaves:
            return False
        index = bisect_left(self.stops, start)
        clause = self.stops[index - 1] + 1 if index else 0
        last = bisect_right(self.leave_ends, start) - 1
        if last < 0 or self.leaves[last][0] < clause:
            return False
        found = self.leave_ends[last]
        after = bisect_left(self.state_starts, found)
        return not (after < len(self.states) and self.states[after][1] <= start)


_SENTENCE_STOP = re.compile(r"\. ")


_INCLUDING = re.compile(r"(?<!\w)(?:kể\s+cả|bao\s+gồm\s+cả|không\s+(?:tính|kể|bao\s+gồm))\s*$", _I)
_INCLUDED = re.compile(rf"{NUM}\s*(?:{_UNITW}\s+)?(?P<name>[^;()]*?)\s*(?=[;)]|$)", _I)
_MUST = re.compile(r"(?<!\w)(?:phải|cần)\s*$", _I)
_PURPOSE = re.compile(r"[\s,]*để(?!\w)", _I)
"""A cut the text requires for a purpose ("dự kiến phải giảm 79 chỉ tiêu để ... về đúng định
mức"), which compares with no year unless it names one."""
_NEXT_NUMBER = re.compile(r"[0-9]")
_MANY_NAMED = Message(
    "số được gọi tên bằng nhiều loại (CBCC, VC, hội) sau nó: không rõ nó đếm gì",
    "the count is followed by several categories (CBCC, VC, hội): what it counts is unclear",
)


def _year_opening_list(text: str, end: int) -> re.Match[str] | None:
    """ "Giao 9.874 người làm việc ... trong các đơn vị sự nghiệp công lập thuộc các sở, ngành
    tỉnh năm 2026, cụ thể như sau:": the year of posts given, said after what they are in a
    sentence opening their list, where nothing between compares or bounds (a base recalled,
    "đến năm", "so với năm" are no year of the figure)."""
    found = _YEAR_OPENING_LIST.match(text, end)
    if found is None or _NOT_THE_FIGURES_YEAR.search(text, end, found.start(1)):
        return None
    return found


_YEAR_OPENING_LIST = re.compile(
    rf"[^0-9;.():]{{0,200}}?(?<!\w)năm\s+({YEAR})\s*,?\s*"
    r"(?:(?:cụ\s+thể(?:\s+như\s+sau)?|như\s+sau|gồm|bao\s+gồm)\s*)?:\s*$",
    _I,
)
_NOT_THE_FIGURES_YEAR = re.compile(
    r"(?<!\w)(?:so\s+với|giảm|tăng|đến|tới|từ|trước|sau|của|hết|cuối)\s+(?:hết\s+)?năm\s*$"
    r"|(?<!\w)(?:so\s+với|giảm|tăng)(?!\w)",
    _I,
)
_YEAR_AFTER = re.compile(
    # "... giao 1.038 biên chế công chức đến năm 2026": the year the figure holds at
    rf"\s+(?:(?:đến|tới)\s+(?:hết\s+)?)?năm\s+({YEAR})\s*(?=[.;,]|$)",
    _I,
)


def reading_text(match: re.Match[str]) -> str:
    """The sentence after an item: what follows its words."""
    return match.string[match.end() :]


def _take_included(match: re.Match[str], text: str, span: Span, reading: Reading) -> None:
    """ "3.427 biên chế (kể cả 486 công chức của 5 lớp ...)", "28.662 người (không tính
    1.591 biên chế sự nghiệp giáo dục mầm non ...)": posts the figure holds or leaves out,
    named by what they are: a unit of its own, never a part of it."""
    named = _INCLUDED.match(text, match.start("n"))
    included = read_subject(named.group("name")) if named else None
    if included is None or included.kind is not Kind.CATEGORY:
        reading.orphans.append(Orphan(span, _NO_SUBJECT))
        return
    statement = Statement(included, member=True, sets_year=False)
    reading.statements.append(statement)
    _take_value(match, statement, reading)


def _take_part(
    match: re.Match[str], current: Statement, change: Change | None, reading: Reading
) -> None:
    count = _count(match, reading)
    if count is None:
        return
    kind = kind_of(match.group("cat"))
    category = kind.category if kind is not None else None
    if (
        category is None
        or _RESERVE_AFTER.match(reading_text(match))
        or _SECTOR_AFTER.match(reading_text(match))
    ):
        reading.orphans.append(Orphan(match.span("n"), _NO_SUBJECT))
        return
    if any(part.category is category and part.change is change for part in current.parts):
        # a second count of the same category for one unit: which is its figure is unknown
        reading.orphans.append(Orphan(match.span("n"), _SAME_CATEGORY))
        return
    current.parts.append(Part(category, count, match.span("n"), change))


_SECTOR_AFTER = re.compile(
    r"\s*(?:thuộc|trong|ở|tại)\s+(?:các\s+)?(?:khối|lĩnh\s+vực|ngành|sự\s+nghiệp|đơn\s+vị|trường)"
    r"(?!\w)",
    _I,
)
"""After a category's share, the sector or bodies it is of ("15 người làm việc trong khối
giáo dục"): some of the category, not its line."""


def _count(match: re.Match[str], reading: Reading) -> int | None:
    try:
        return parse_count(match.group("n"))
    except NumberError as exc:
        reading.orphans.append(Orphan(match.span("n"), Message(exc.message_vi, exc.message_en)))
        return None


def _counted(text: str) -> int | None:
    try:
        return parse_count(text)
    except NumberError:
        return None


def _rate(text: str, span: Span, reading: Reading) -> Rate | None:
    try:
        return parse_rate(text)
    except NumberError as exc:
        reading.orphans.append(Orphan(span, Message(exc.message_vi, exc.message_en)))
        return None


_PERIOD = re.compile(
    rf"(?<!\w)(?:giai\s+đoạn|thời\s+kỳ|(?P<from>từ)\s+năm)?\s*(?P<first>{YEAR})\s*"
    rf"(?:[-–]|(?P<to>(?<!\w)(?:đến|tới)(?!\w)))\s*(?:năm\s+)?(?P<last>{YEAR})",
    _I,
)
"""A period: its figures are those of its last year, its changes counted from the year
before its first ("Giai đoạn 2023 - 2024: giảm 30 biên chế" is 2024 against 2022)."""
_NO_YEAR_SPAN = Message(
    "số năm nêu ('sau ba năm') không cho biết năm của số liệu",
    "the years said ('sau ba năm') do not tell the figure's year",
)
_COMPARISON_NOT_READ = Message(
    "câu có một phép so sánh (so với, giữ nguyên, tăng, giảm) không đọc được",
    "the sentence holds a comparison (so với, giữ nguyên, tăng, giảm) that could not be read",
)
_OTHER_BODY_DIFFERENCE = Message(
    "chênh lệch với số của cơ quan khác giao không khớp với hai số câu nêu",
    "the difference from the other body's figure does not match the two figures stated",
)
_HOLDS_CONTRACTS = Message(
    "số này gồm cả lao động hợp đồng liệt kê trong nó: không phải số của riêng loại biên chế",
    "the figure holds the contract staff listed in it: it is not the category's own figure",
)
_NO_SUBJECT = Message(
    "không rõ số này nói về đơn vị nào", "it is unclear which unit this number is about"
)
_BESIDES_ABOVE = re.compile(
    r"\W*ngoài\s+(?:con\s+)?(?:số|số\s+lượng|số\s+biên\s+chế|biên\s+chế)\s+"
    r"(?:(?:nêu|nói|kể|được\s+giao)\s+)?(?:trên|này|đó)(?!\w)",
    _I,
)
_BESIDES_THE_FIGURE = Message(
    "số nêu ngoài số ở trên: không rõ là của đơn vị nào",
    "counted besides the figure above: which unit it is of is not said",
)
_SOME_OF_IT = Message(
    'số sau "trong (tổng) số ... có" là một phần của đơn vị được nhắc, không phải số của nó, và'
    " câu không nói rõ là phần nào",
    'the count after "trong (tổng) số ... có" is some of the unit named, not its figure, and'
    " the sentence does not say which part",
)
_TWICE_COMPARED = Message(
    "câu nêu hai mức giảm (tăng) khác nhau của cùng một đơn vị so với cùng một năm: không rõ mức"
    " nào là của loại biên chế nào",
    "the sentence gives one unit two different changes against the same year: whose each is"
    " is unclear",
)
_SAME_CATEGORY = Message(
    "câu nêu hai số cho cùng một loại biên chế của một đơn vị: không rõ số nào là của nó",
    "the sentence gives one unit two counts of the same category: which is its own is unclear",
)
_SOME_OR_ALL = Message(
    "danh sách sau 'trong đó' không cộng đúng bằng số của đơn vị và không kết thúc bằng phần "
    "còn lại: không rõ là toàn bộ các phần hay chỉ một số",
    "the list after 'trong đó' neither adds up to its unit nor ends with the rest: whether it "
    "is all the parts or some of them is not said",
)
_CONTRACTS_COUNTED = Message(
    "số này cộng cả hợp đồng lao động (ngoài biên chế) vào: không phải số của một loại biên chế",
    "this figure adds contract staff (not biên chế) into it: no category's figure",
)
_NO_VERB = Message(
    "số biên chế không đứng sau tên một đơn vị hay một động từ (là, còn, giảm, ...)",
    "the count follows neither a unit's name nor a verb (là, còn, giảm, ...)",
)
_SAID_AFTER = re.compile(rf"\s*\(?\s*(?:(?:của|vào)\s+)?năm\s+(?P<y>{YEAR})(?!\d)", _I)
_TO_OTHER_YEAR = Message(
    "số sau 'xuống/lên' nói năm riêng của nó, khác năm của câu",
    "the figure after 'xuống/lên' says its own year, not the sentence's",
)
_FROM_WITHOUT_YEAR = Message(
    "số 'từ ...' không nói của năm nào", "the 'from' figure does not say which year it is"
)
_TWO_VALUES = Message(
    "câu đã nêu một số cho đơn vị này; số thứ hai không được dùng",
    "the sentence already gave this unit a figure; the second is not used",
)
_NO_CHANGE_FOR_RATE = Message(
    "không có mức giảm/tăng nào trước đó để gắn vào",
    "there is no preceding reduction or increase to attach it to",
)
