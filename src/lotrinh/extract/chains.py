"""Distributions written once for several years or categories, spelled out link by link.

A plan often states a row of figures in one stroke: "các năm 2022, 2023, 2024 lần lượt được
giao 2.087, 2.051 và 2.012 biên chế" (each year its figure, in order), or, after a clause naming
two categories ("năm 2023 giao 2.751 biên chế công chức và 4.210 người làm việc"), "năm 2024 là
2.718 và 4.097" (each figure the category named in that place before). The statement rules
read one figure per subject; rather than teach each of them the distribution, the sentence is
spelled out as the plan would have written it link by link ("năm 2022 được giao 2.087 biên chế;
năm 2023 được giao 2.051 biên chế; ..."), read as usual, and every figure's place mapped back to
where it stands in the sentence as written (`Spelled.origin`).

A distribution is spelled out only when it pairs one to one: as many years as figures, the
years rising, the figures plain counts, the words repeated for each link holding no number.
Anything else is left as written, and read (or declined) by the usual rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from itertools import pairwise

from lotrinh.extract.communes import (
    after_reorganisation,
    commune_staff_given,
    dated_giving,
    given_to_communes,
)
from lotrinh.extract.countfirst import count_first
from lotrinh.extract.document import NUM, YEAR
from lotrinh.extract.givencount import given_count
from lotrinh.extract.subjects import LEAD, SPEAKER_LABEL
from lotrinh.numbers import NumberError, Rounding, parse_rate, percent, rate_matches

Span = tuple[int, int]

_I = re.IGNORECASE
_AND = r"(?:\s*,\s*|\s*,?\s+và\s+)"
_COUNT = rf"{NUM}(?![0-9]|[.,][0-9]|\s?%)"
_RESPECTIVELY = r"(?:lần\s+lượt|tương\s+ứng)"

_YEARS_THEN_FIGURES = re.compile(
    # "các năm 2022, 2023, 2024 lần lượt được giao 2.087, 2.051 và 2.012 biên chế (so với ...)"
    rf"(?<!\w)(?:các\s+)?năm\s+(?P<years>{YEAR}(?:{_AND}(?:năm\s+)?{YEAR})+)\s*,?\s+"
    # (the words between name one subject: "các năm 2022, 2023 Sở A và Sở B lần lượt được
    # giao 10 và 12" gives two bodies, not two years, their figures)
    rf"(?P<between>(?:(?!\svà\s)[^\d;.:()]){{0,60}}?)(?<!\w){_RESPECTIVELY}(?!\w)\s*:?\s*"
    rf"(?P<verb>(?:(?!\svà\s)[^\d;.:()]){{0,30}}?)(?P<figures>{_COUNT}(?:{_AND}{_COUNT})+)"
    # the words after the last figure, repeated for each link: its unit word, a comparison
    rf"(?P<tail>(?:[^\d;.()%]|(?<=năm\s){YEAR}){{0,80}}?)(?=\s*(?:[;.]|$))",
    _I,
)
_UNIT_WORD = r"(?:chỉ\s+tiêu\s+biên\s+chế|biên\s+chế|người|chỉ\s+tiêu)(?!\w)"
_FROM_TO_YEARS = re.compile(
    # "giảm từ 4.318 người năm 2021 xuống 3.880 người năm 2026, tương ứng giảm 438 người": the
    # first year's figure, the second's, and the change between them
    # ("giảm từ 7.370 năm 2021 xuống còn 7.006 năm 2025, tức giảm 364 biên chế": the unit
    # words left out, the change said with "tức")
    rf"(?<!\w)(?P<dir>giảm|tăng)\s+từ\s+(?P<a>{_COUNT})(?:\s*(?P<aw>{_UNIT_WORD}))?\s+(?:của\s+)?"
    rf"(?P<y1>năm\s+{YEAR})\s*,?\s+(?P<move>xuống|lên)\s+(?:còn\s+)?(?P<b>{_COUNT})"
    rf"(?:\s*(?P<bw>{_UNIT_WORD}))?\s+(?:của\s+|vào\s+)?(?P<y2>năm\s+{YEAR})\s*,\s*"
    r"(?:tương\s+(?:ứng|đương)(?:\s+với)?|tức(?:\s+là)?)\s+"
    rf"(?P=dir)\s+(?P<c>{_COUNT})(?P<cw>\s*{_UNIT_WORD})?",
    _I,
)
_FROM_TO_NOTED = re.compile(
    # "giảm từ 33.059 (năm 2021) xuống còn 29.910 (năm 2026), giảm 3.149": each figure's year
    # in parentheses after it, the change between them said after
    rf"(?<!\w)(?P<dir>giảm|tăng)\s+từ\s+(?P<a>{_COUNT})(?:\s*(?P<aw>{_UNIT_WORD}))?\s*"
    rf"\(\s*(?P<y1>năm\s+{YEAR})\s*\)\s*,?\s+(?:xuống|lên)\s+(?:còn\s+)?(?P<b>{_COUNT})"
    rf"(?:\s*(?P<bw>{_UNIT_WORD}))?\s*\(\s*(?P<y2>năm\s+{YEAR})\s*\)\s*,\s*"
    rf"(?:tương\s+(?:ứng|đương)(?:\s+với)?\s+)?(?P=dir)\s+(?P<c>{_COUNT})(?P<cw>\s*{_UNIT_WORD})?"
    # (its own comparison or a rate said "so với" after it: not the from-year's, unsure)
    r"(?!\s*,?\s*so\s+với)",
    _I,
)
_SAID_YEAR = rf"(?:\(\s*năm\s+{YEAR}\s*\)|(?:của\s+|vào\s+)?năm\s+{YEAR})"
_FROM_TO_SAID = re.compile(
    # "từ 24.650 người làm việc ... năm 2021 xuống còn 22.105 người năm 2024, tức giảm 2.545
    # người", "giảm 5 biên chế, từ 96 (năm 2021) xuống 91 (năm 2024)", "từ 318 biên chế năm
    # 2021 xuống 301 biên chế năm 2026": each figure's year said right after it (bare or in
    # parentheses), the change between them said before or after the move, or not at all
    rf"(?<!\w)(?:(?P<pdir>giảm|tăng)\s+(?P<pc>{_COUNT})(?P<pcw>\s*{_UNIT_WORD})?\s*,\s*"
    rf"|(?P<dir>giảm|tăng)\s+)?từ\s+(?P<a>{_COUNT})(?:\s*(?P<aw>{_UNIT_WORD})"
    # (the first figure's words naming what it counts: "người làm việc hưởng lương ngân sách")
    rf"(?P<aq>[^\d;:().,%]{{0,60}}?))?\s+(?P<y1>{_SAID_YEAR})\s*,?\s+"
    rf"(?P<verb>xuống\s+còn|xuống|lên|còn)\s+(?P<b>{_COUNT})(?:\s*(?P<bw>{_UNIT_WORD}))?\s+"
    rf"(?P<y2>{_SAID_YEAR})"
    rf"(?:\s*(?:[,;]\s*|(?P<open>\(\s*))(?:tức\s+(?:là\s+)?|tương\s+(?:ứng|đương)\s+(?:với\s+)?)?"
    rf"(?P<cdir>giảm|tăng)\s+(?P<c>{_COUNT})(?P<cw>\s*{_UNIT_WORD})?(?(open)\s*\))"
    rf"(?P<rate>\s*\(\s*{NUM}\s?%\s*\))?)?"
    # (a comparison of its own said after it: not the first year's, unsure)
    r"(?!\s*,?\s*so\s+với)",
    _I,
)
_FEWER_AGAINST = re.compile(
    # "ít hơn 2.741 so với năm 2021 (28.251)", "nhiều hơn 52 người so với năm 2024": a change
    # said as a difference against a year named; spelled "giảm/tăng N so với năm ..."
    rf"(?<!\w)(?P<dir>ít|nhiều|thấp|cao)\s+hơn\s+(?=(?P<c>{_COUNT})(?:\s*{_UNIT_WORD})?"
    # (its rate in parentheses: "thấp hơn 3.400 biên chế (1,37%) so với năm 2025")
    rf"(?:\s*\(\s*{NUM}\s?%\s*\))?\s*,?\s+so\s+với\s+"
    # (the year's figure maybe said before it: "so với 6.240 người của năm 2021")
    rf"(?:(?:(?:mức|con\s+số)\s+)?{_COUNT}(?:\s*{_UNIT_WORD})?\s+(?:của|được\s+giao)\s+)?"
    rf"năm\s+{YEAR}(?!\d))",
    _I,
)
_FEWER_THAN_YEAR = re.compile(
    # "..., ít hơn năm 2021 là 12 người": the same, the year said first; spelled "giảm 12
    # người so với năm 2021"
    # ("thấp hơn năm 2021 là 104 biên chế (5,08%)": the same, its rate after it; "..., ít hơn
    # năm 2015 là 33.170 người (13,25%) và ít hơn năm 2021 là 7.820 người (3,48%)": another
    # such after "và")
    rf"(?<!\w)(?P<dir>ít|nhiều|thấp|cao)\s+hơn\s+(?P<y>năm\s+{YEAR})\s+là\s+(?P<c>{_COUNT})"
    rf"(?P<cw>\s*{_UNIT_WORD})?(?P<rate>\s*\(\s*{NUM}\s?%\s*\))?"
    r"(?=\s*(?:[.;,]|$)|\s+và\s+(?:ít|nhiều|thấp|cao)\s+hơn\s+năm\s)",
    _I,
)
_AGAINST_LEVEL = re.compile(
    # "so với mức 25.326 người của năm 2021": the year compared with and its figure, spelled
    # "so với năm 2021 (25.326 người)"
    # (or with no word before the figure, "so với 119.600 người của năm 2021 thì đã giảm
    # 12.760 người", "so với 5.690 người được giao năm 2025": then its year after "của" or
    # "được giao"; a "thì" after it goes with it)
    rf"(?<!\w)so\s+với\s+(?:(?P<level>mức|con\s+số)\s+)?(?P<a>{_COUNT})(?P<aw>\s*{_UNIT_WORD})?\s+"
    rf"(?(level)(?:của\s+)?|(?:của|được\s+giao)\s+)(?P<y>năm\s+{YEAR})(?!\d)"
    # (never one of two years: "… được giao năm 2021 và năm 2022", which is the base?)
    rf"(?!\s*(?:,|và|-|–|đến|tới)\s*(?:năm\s+)?{YEAR})(?:\s+thì(?!\w))?",
    _I,
)
_DATED_LINK = re.compile(
    # "Biên chế công chức ... được giao năm 2021 là 6.092 biên chế; đến ngày 30/6/2025 là
    # 5.777 biên chế, giảm 315 biên chế": a chain's later link dated by a day, of the same
    # posts; spelled "đến năm 2025 là ..." (`_dated_links`)
    rf"(?<=;)\s*(?:tính\s+)?đến\s+(?P<day>ngày\s+[0-9]{{1,2}}/[0-9]{{1,2}}/(?P<y>{YEAR}))\s*,?"
    rf"\s+(?:là|còn)\s+{_COUNT}\s*biên\s+chế(?!\w)",
    _I,
)
_EARLIER_LINK = re.compile(
    rf"(?<!\w)năm\s+(?P<y>{YEAR})(?:\s+(?:là|còn))?\s+{_COUNT}\s*biên\s+chế", _I
)
_IN_POST_WORDS = re.compile(
    r"(?<!\w)(?:có\s+mặt|hiện\s+có|thực\s+tế|đang\s+làm\s+việc|sử\s+dụng|tuyển)(?!\w)", _I
)
_WHILE_EARLIER = re.compile(
    # "..., trong khi năm 2021 là 12.610; mức giảm 1.190 người": the earlier year's figure set
    # beside the one just stated, then the change between them; spelled "..., giảm 1.190
    # người so với năm 2021 (12.610)"
    rf",\s*trong\s+khi\s+(?P<y>năm\s+(?P<year>{YEAR}))\s+(?:con\s+số\s+này\s+|số\s+này\s+)?"
    rf"là\s+(?P<a>{_COUNT})(?P<aw>\s*{_UNIT_WORD})?\s*[;,.]\s*mức\s+(?P<dir>giảm|tăng)\s+"
    rf"(?:là\s+)?(?P<c>{_COUNT})(?P<cw>\s*{_UNIT_WORD})?",
    _I,
)
_WHEN_EARLIER = re.compile(
    # "... ít hơn 312 so với năm 2025, khi toàn tỉnh được giao 21.780 biên chế": the figure of
    # the year compared with, said in a clause of that time ("khi"); spelled "so với năm 2025
    # (21.780 biên chế)", never a figure of the sentence's own year
    rf"(?<!\w)so\s+với\s+(?P<y>năm\s+{YEAR})\s*,\s*khi\s+[^\d;.()]{{0,80}}?"
    rf"(?P<a>{_COUNT})(?P<aw>\s*{_UNIT_WORD})?(?=\s*(?:[.;]|$))",
    _I,
)
_AGAINST_SAID = re.compile(
    # "So với năm 2025 là 1.760.100 người, số này giảm 47.700 người": the year compared with
    # and its figure, opening the sentence; spelled "So với năm 2025 (1.760.100 người), ..."
    rf"^(?P<lead>so\s+với\s+)(?P<y>năm\s+{YEAR})\s+là\s+(?P<a>{_COUNT})(?P<aw>\s*{_UNIT_WORD})?"
    r"(?=\s*,)",
    _I,
)
_SINCE_WHEN = re.compile(
    # "Tính từ năm 2021, khi số này là 1.806.500 người, mức giảm lên tới 186.100 người": the
    # figure pointed to ("số này") as it stood in the year counted from, then the fall since;
    # spelled "So với năm 2021 (1.806.500 người), số này giảm 186.100 người"
    rf"^(?:tính\s+)?từ\s+(?P<y>năm\s+{YEAR})\s*,\s*khi\s+(?:con\s+)?(?P<this>số\s+này)\s+là\s+"
    rf"(?P<a>{_COUNT})(?P<aw>\s*{_UNIT_WORD})?\s*,\s*mức\s+(?P<dir>giảm|tăng)\s+"
    rf"(?:(?:lên\s+)?(?:tới|đến)\s+|là\s+)?(?P<c>{_COUNT})(?P<cw>\s*{_UNIT_WORD})?",
    _I,
)
_AGAINST_THEN_CHANGE = re.compile(
    # "... năm 2024 giảm 35; còn so với năm 2021 thì giảm 106", "..., so với năm 2021 giảm
    # 106": a year compared with said before the change it is the base of, after another
    # change (whose base it is not); spelled "..., giảm 106 so với năm 2021"
    rf"(?P<sep>[,;])\s*(?:còn\s+)?(?P<against>so\s+với\s+năm\s+{YEAR})\s*,?\s*(?:thì\s+)?"
    rf"(?:đã\s+)?(?P<dir>giảm|tăng)\s+(?P<c>{_COUNT})(?P<cw>\s*{_UNIT_WORD})?"
    r"(?!\s*,?\s*so\s+với)",
    _I,
)
_CHANGE_BEFORE = re.compile(
    rf"(?<!\w)(?:giảm|tăng)\s+(?:thêm\s+)?{_COUNT}(?:\s*{_UNIT_WORD})?(?:\s*\(\s*{NUM}\s?%\s*\))?\s*$",
    _I,
)
_WHEN_SCENE = re.compile(
    # "So với năm 2024, khi thành phố A và tỉnh B (cũ) còn 289 xã, phường, thị trấn với 6.120
    # biên chế cán bộ, công chức cấp xã, số biên chế giảm 3.146, tỷ lệ giảm 51,41%": the year
    # compared with, described as it was, its figure named last ("với", "là", "có"); spelled
    # "So với năm 2024 (6.120 biên chế), số biên chế giảm 3.146, ..." (`_when_scene`)
    rf"^(?P<lead>so\s+với\s+năm\s+{YEAR})\s*,\s*khi\s+(?P<scene>[^;.]{{0,160}}?)(?<!\w)"
    # ("khi thành phố còn là tỉnh X và được giao 26.660 biên chế, tổng biên chế năm 2026 giảm
    # 2.550, tỷ lệ giảm 9,56%": the figure given then, the subject naming its own year)
    rf"(?:với|là|có|(?:được\s+)?giao)\s+(?P<a>{_COUNT})\s*(?P<aw>{_UNIT_WORD})[^;.\d()%]{{0,60}}?"
    rf"\s*,\s*(?P<subject>[^,;.\d()%]{{0,40}}?(?:\s+năm\s+{YEAR})?)\s*(?:đã\s+)?"
    rf"(?P<dir>giảm|tăng)\s+(?P<c>{_COUNT})"
    rf"(?P<cw>\s*{_UNIT_WORD})?\s*,\s*(?:t[ỷỉ]\s+lệ(?:\s+(?:giảm|tăng))?|tương\s+(?:đương|ứng))"
    rf"\s+(?P<r>{NUM}\s?%)",
    _I,
)
_IF_AGAINST = re.compile(r"^(?:nếu|còn)\s+", _I)
_SAID_YEAR_OF = re.compile(rf"({YEAR})\s*\)?$")
_COUNT_FIRST_KEPT = re.compile(
    # '"Riêng 62 biên chế của các hội có tính chất đặc thù năm 2025 được giữ nguyên so với năm
    # 2024", bà A nói': a count named before whose it is, kept as in the year compared with;
    # spelled as "biên chế của ... năm 2025 được giữ nguyên 62 biên chế so với năm 2024"
    rf"^[\s\"“]*(?:riêng\s+)?(?P<n>{_COUNT})\s+(?P<w>biên\s+chế|người)\s+"
    r"(?P<name>của\s+[^\d;.()\"“”]{3,80}?)(?P<y>\s+năm\s+"
    rf"{YEAR})?\s+(?P<verb>(?:được\s+)?giữ\s+nguyên)(?P<rest>\s+(?:so\s+với|như)\s+năm\s+{YEAR})"
    r"(?=\s*[\"”]?\s*(?:[,;.]|$))",
    _I,
)
_KEPT_CATEGORY_AFTER = re.compile(
    # "Năm 2025, đề nghị giữ nguyên 17.640 người làm việc của ngành như năm 2024": the count
    # kept named before its category, nothing before it but the year; spelled as "người làm
    # việc của ngành giữ nguyên 17.640 người như năm 2024" (the subject first, as the "kept"
    # rule reads it). Only a category's words after the count: "giữ nguyên 2.014 biên chế
    # như năm 2024" names no unit and stays unread
    rf"^\s*(?:năm\s+{YEAR}\s*[,:]?\s*)?(?P<ask>(?:đề\s+nghị|dự\s+kiến)\s+)?"
    rf"(?P<verb>(?:được\s+)?giữ\s+nguyên)\s+(?P<n>{_COUNT})\s+"
    r"(?P<cat>(?P<cc>(?:biên\s+chế\s+)?(?:cán\s+bộ,\s*công\s+chức(?:\s+cấp\s+xã)?|công\s+chức"
    r"|viên\s+chức))|người\s+làm\s+việc)(?!\w)(?!\s*(?:,|và)\s*(?:công|viên))"
    r"(?P<whose>\s+của\s+[^\d;:.,()]{1,40}?)?"
    # ("..., không thay đổi so với năm 2025": the same equality said twice)
    r"(?:\s*,\s*không\s+thay\s+đổi)?"
    rf"\s+(?P<rest>(?:như|bằng|so\s+với)\s+năm\s+{YEAR})(?=\s*(?:[;.,]|$))",
    _I,
)
_SAID_BY = (
    r"(?:cũng\s+)?theo\s+(?:ông|bà|lãnh\s+đạo|giám\s+đốc|phó|trưởng|chủ\s+tịch|đại\s+diện"
    r"|vụ\s+trưởng|thứ\s+trưởng|bộ\s+trưởng)(?!\w)[^\d,;:()]{0,60}?"
    r"(?:\s*,\s*(?:giám\s+đốc|phó|trưởng|chủ\s+tịch|thứ\s+trưởng|bộ\s+trưởng|vụ\s+trưởng"
    r"|lãnh\s+đạo)(?!\w)[^\d,;:()]{0,80}?)?\s*,\s*"
)
"""Who says what follows ("Theo lãnh đạo Vụ Tổ chức cán bộ, "): a person or an office."""
_KEPT_BY_BODY = re.compile(
    # "Năm 2026, Sở Y tế đề xuất giữ nguyên 120 biên chế công chức như năm 2025": a body
    # named first keeps its own posts of one category as in an earlier year; spelled as
    # "biên chế công chức của Sở Y tế giữ nguyên 120 biên chế như năm 2025" (the "kept" rule's
    # order). The body one of its own posts, never an authority giving others theirs (Sở Nội
    # vụ, Ban Tổ chức, Ủy ban nhân dân: unread)
    # (who says it first, "Theo lãnh đạo Vụ Tổ chức cán bộ, năm 2026 Bộ giữ nguyên ...", and
    # the ministry alone, "Bộ", the text's own: eng-aknews; never "Bộ Nội vụ", the giver)
    rf"^\s*(?P<said>{_SAID_BY})?(?:năm\s+{YEAR}\s*,?\s*)?"
    r"(?P<body>(?:Sở(?!\s+Nội\s+vụ)|Bệnh\s+viện|Trung\s+tâm"
    r"|Trường|Viện|Chi\s+cục|Cục|Đài|Báo|Văn\s+phòng|Thanh\s+tra|Ban(?!\s+Tổ\s+chức))"
    r"\s+[^\d;:,.()]{2,60}?|Bộ(?!\s+Nội\s+vụ)(?:\s+[^\d;:,.()]{2,60}?)?)"
    r"\s+(?:(?:đề\s+nghị|đề\s+xuất|kiến\s+nghị|dự\s+kiến)\s+)?"
    rf"(?P<verb>(?:được\s+)?giữ\s+nguyên)\s+(?P<n>{_COUNT})\s+"
    r"(?P<cat>(?P<cc>(?:biên\s+chế\s+)?(?:cán\s+bộ,\s*công\s+chức|công\s+chức|viên\s+chức))"
    r"|người\s+làm\s+việc)(?!\w)(?!\s*(?:,|và)\s*(?:công|viên))"
    rf"\s+(?P<rest>(?:như|bằng|so\s+với)\s+năm\s+{YEAR})(?=\s*(?:[;.]|$))",
    _I,
)
_KEPT_AS_YEAR_IS = re.compile(
    # "Sở Y tế đề nghị năm 2025 giữ nguyên số người làm việc ... như năm 2024 là 3.926 người":
    # the category kept as in an earlier year, its figure said after that year; spelled as
    # "số người làm việc ... của Sở Y tế năm 2025 là 3.926 người, giữ nguyên so với năm 2024"
    # (the figure the year asked for's, never the earlier year's a second time). The asker
    # may be a body asking for its own posts, never an authority giving others theirs
    r"^\s*(?:(?P<asker>(?:Sở(?!\s+Nội\s+vụ)|Bệnh\s+viện|Trung\s+tâm|Trường|Viện|Chi\s+cục|Cục"
    r"|Đài|Báo)\s+[^\d;:,.()]{2,50}?)\s+(?:đề\s+nghị|đề\s+xuất|kiến\s+nghị)\s+"
    r"|(?:đề\s+nghị|dự\s+kiến)\s+)?"
    rf"(?P<y>năm\s+{YEAR})\s*,?\s+(?:được\s+)?giữ\s+nguyên\s+"
    r"(?P<cat>(?:tổng\s+)?số\s+(?:lượng\s+)?người\s+làm\s+việc(?:\s+hưởng\s+lương\s+(?:từ\s+)?"
    r"ngân\s+sách(?:\s+nhà\s+nước)?)?|biên\s+chế\s+(?:cán\s+bộ,\s*)?công\s+chức)"
    rf"\s+(?:như|bằng)\s+(?P<b>năm\s+{YEAR})\s+là\s+(?P<n>{_COUNT})\s*(?P<w>{_UNIT_WORD})"
    r"(?=\s*(?:[.;]|$))",
    _I,
)
_PERIOD_APPLIED_FROM = re.compile(
    # "Biên chế của cơ quan ... giai đoạn 2026 - 2030 là 1.485 biên chế, áp dụng từ năm 2026;
    # ...": a period's allocation the text itself says holds from the period's first year;
    # spelled "... năm 2026 là 1.485 biên chế". A period alone (its first year or its last?)
    # or applied from another year is not spelled
    rf"giai\s+đoạn\s+(?P<y1>{YEAR})\s*[-–]\s*(?P<y2>{YEAR})\s+là\s+(?P<n>{_COUNT})\s*"
    rf"(?P<w>{_UNIT_WORD})\s*,\s*(?:được\s+)?áp\s+dụng\s+(?:kể\s+)?từ\s+năm\s+(?P<y3>{YEAR})"
    r"(?=\s*(?:[.;,]|$))",
    _I,
)
_MERGED_BASE = re.compile(
    # "giảm 230 biên chế so với tổng số giao năm 2021 của hai Bộ cũ (3.040 biên chế)": the
    # base year's figure of the bodies merged into the text's own, added up (`merged`'s
    # convention: the merged body's base is the former bodies' sum); spelled "so với năm
    # 2021 (3.040 biên chế)". One former body's figure, or bodies not marked as gone, are not
    r"(?<!\w)so\s+với\s+(?:tổng\s+)?(?:số\s+)?(?:biên\s+chế\s+)?(?:được\s+)?giao\s+"
    rf"(?P<y>năm\s+{YEAR})\s+của\s+(?:hai|ba|bốn)\s+(?:bộ|tỉnh|địa\s+phương|huyện|xã)\s+"
    r"(?:cũ|\(\s*cũ\s*\)|trước\s+(?:khi\s+)?(?:hợp\s+nhất|sáp\s+nhập|sắp\s+xếp))"
    # (the former bodies' own figures listed after it, "..., gồm Bộ A (cũ) 3.870 biên chế và
    # ...": of the base year, which the list's reading would not give them; not spelled)
    rf"(?=\s*\(\s*{_COUNT}\s*{_UNIT_WORD}\s*\)(?!\s*[,:;]?\s*(?:bao\s+gồm|gồm|trong\s+đó)))",
    _I,
)
_GIVEN_TO_FIRST = re.compile(
    # "UBND tỉnh dự kiến giao cho ngành giáo dục 8.015 người làm việc, tăng 52 người ...": the
    # body given to named before the count and its category; spelled "giao 8.015 người làm
    # việc cho ngành giáo dục", the order the object rule reads. Only the sentence's one
    # figure, said by the province's own authority or by no one (after "Ủy ban nhân dân huyện
    # đề nghị ..." the posts went to the asker), then its change or nothing; a name with a
    # count in it ("cho 193 xã, phường ...") is not spelled
    rf"^\s*(?:năm\s+{YEAR}\s*,\s*)?(?:(?:UBND|[UỦ][ỷy]\s+ban\s+nhân\s+dân|HĐND"
    r"|Hội\s+đồng\s+nhân\s+dân)\s+(?:tỉnh|thành\s+phố)\s+)?"
    r"(?:(?:dự\s+kiến|đề\s+nghị|tạm|sẽ|đã)\s+)*"
    r"(?P<verb>giao)\s+(?P<to>cho\s+[^\d;:.,()]{3,60}?)\s+(?P<n>" + _COUNT + r")\s+"
    # ("... 3.926 người làm việc hưởng lương từ ngân sách nhà nước": the category's name in law)
    r"(?P<cat>người\s+làm\s+việc(?:\s+hưởng\s+lương\s+từ\s+ngân\s+sách(?:\s+nhà\s+nước)?)?"
    r"|(?:biên\s+chế\s+)?(?:cán\s+bộ,\s*công\s+chức|công\s+chức"
    r"|viên\s+chức))(?!\w)(?=\s*(?:[.;]?\s*$|,\s*(?:tăng|giảm)\s))",
    _I,
)
_KEPT_UNTIL = re.compile(
    # "năm 2021 là 142 biên chế, giữ nguyên đến năm 2026": the later year's figure the same as
    # the earlier's, spelled "..., năm 2026 giữ nguyên so với năm 2021"
    rf"(?<!\w)năm\s+(?P<y1>{YEAR})\s+(?:là|được\s+giao|giao|có)\s+{_COUNT}\s*{_UNIT_WORD}\s*,\s*"
    rf"(?P<kept>(?:được\s+)?giữ\s+nguyên)\s+(?:đến|tới)\s+(?:hết\s+)?(?P<y2>năm\s+{YEAR})"
    r"(?=\s*(?:[;.]|$))",
    _I,
)
_KEPT_NAMED_FIRST = re.compile(
    # "Giữ nguyên biên chế công chức năm 2024 của Sở A là 1.106 biên chế.": what is kept named
    # with its own year, then its figure, compared with no year: the figure, spelled "biên chế
    # công chức năm 2024 của Sở A là 1.106 biên chế" (a year to compare with: not this form)
    r"^\s*(?:được\s+)?giữ\s+nguyên\s+(?P<subj>(?:biên\s+chế|số\s+(?:lượng\s+)?người\s+làm\s+việc)"
    rf"(?:(?!(?:như|so\s+với|bằng)(?!\w))[^\d;:.()]){{0,60}}?\s+năm\s+{YEAR}"
    r"(?:(?!(?:như|so\s+với|bằng|giảm|tăng)(?!\w))[^\d;:.()]){0,80}?)"
    rf"\s+là\s+(?P<n>{_COUNT})\s*(?P<w>{_UNIT_WORD})(?=\s*\.?\s*$)",
    _I,
)
_KEPT_AS_GIVEN = re.compile(
    # "giữ nguyên 118 biên chế như đã giao": the figure, the one already given for the year
    rf"(?<!\w)(?:được\s+)?giữ\s+nguyên\s+(?P<n>{_COUNT})\s*(?P<w>{_UNIT_WORD})\s+như\s+"
    r"(?:đã|được)\s+giao(?=\s*(?:[;.]|$))",
    _I,
)


_KEPT_AFTER_COMPARED = re.compile(
    # "Năm 2026, phường được giao 92 biên chế công chức, giảm 4 biên chế so với năm 2025; khối
    # Đảng, Mặt trận và các đoàn thể giữ nguyên 31 biên chế.": after a clause comparing with
    # one year, a last clause keeps another line's figure and names no year itself: kept as in
    # that same year, spelled "... giữ nguyên 31 biên chế so với năm 2025" (eng-at3). The
    # sentence's only comparison, before the clause; nothing after it
    rf";\s*(?P<subj>[^\d;:.()%]{{3,80}}?)\s+(?:được\s+)?giữ\s+nguyên\s+(?P<n>{_COUNT})\s*"
    rf"(?P<w>{_UNIT_WORD})(?=\s*\.?\s*$)",
    _I,
)
_COMPARED_WITH = re.compile(rf"(?<!\w)so\s+với\s+(?P<y>năm\s+{YEAR})(?!\s*\()", _I)
_OTHER_COMPARISON = re.compile(
    r"(?<!\w)(?:so\s+với|như|bằng|giữ\s+nguyên|không\s+thay\s+đổi|đến|tới|từ)(?!\w)", _I
)


def _kept_after_compared(text: str) -> list[tuple[int, int, list[tuple[str, int, int] | str]]]:
    """ "...; khối A giữ nguyên 31 biên chế" closing a sentence whose clause before it compares
    with the year before its own ("Năm 2026, ... so với năm 2025"): kept as in that year.
    Another year compared with, two comparisons,
    a year recalled with its figure, or any other word of a comparison or period in the kept
    clause or before the year compared: not spelled (left to the usual rules, or unread)."""
    kept = _KEPT_AFTER_COMPARED.search(text)
    if kept is None:
        return []
    head = text[: kept.start()]
    compared = list(_COMPARED_WITH.finditer(head))
    every = list(_OTHER_COMPARISON.finditer(head))
    if len(compared) != 1 or len(every) != 1 or _OTHER_COMPARISON.search(kept.group("subj")):
        return []
    if ";" in head:
        return []
    # the sentence's own year the one after the year compared with: "giữ nguyên" against
    # 2021 in a sentence of 2026 may as well say "as in 2025", and is not spelled
    years = [int(y) for y in re.findall(r"(?<!\w)năm\s+(" + YEAR + ")", head, _I)]
    compared_year = int(compared[0].group("y")[-4:])
    if len(years) != 2 or years[1] != compared_year or years[0] != compared_year + 1:
        return []
    return [
        (
            kept.end(),
            kept.end(),
            [" so với ", ("", *compared[0].span("y"))],
        )
    ]


_YEAR_ENDS = re.compile(rf"(?<!\w)năm\s+{YEAR}\s*$", _I)


def _be_after_subject(text: str, at: int) -> str:
    """ "là " where a figure follows its subject's last word with no colon between, else ""."""
    before = text[:at].rstrip()[-1:]
    # (a year closing the subject too: "Biên chế năm 2025 giữ nguyên 118 biên chế như đã giao")
    return "là " if before.isalpha() or _YEAR_ENDS.search(text, 0, at) else ""


_RATE_FIRST = re.compile(
    # "Tỷ lệ giảm đến năm 2026 so với năm 2021 là 10,27% (giảm 238 người)": the rate said
    # first, the change it is the rate of in parentheses after it
    r"^t[ỷỉ]\s+lệ\s+(?P<dir>giảm|tăng)\s+"
    rf"(?P<until>(?:đến|tới)\s+(?:hết\s+)?năm\s+{YEAR}\s+)?(?P<against>so\s+với\s+năm\s+{YEAR})"
    rf"\s+là\s+(?P<r>{NUM}\s?%)\s*\(\s*(?P=dir)\s+(?P<c>{_COUNT})\s*(?P<cw>{_UNIT_WORD})?\s*\)",
    _I,
)
_YEAR_IN = re.compile(YEAR)
_CHANGE_WORD = re.compile(r"(?<!\w)(?:giảm|tăng)(?!\w)", _I)
_AGAINST = re.compile(r"(?<!\w)so\s+với(?!\w)", _I)
_STATED_CHANGE = re.compile(rf"(?<!\w)(?:giảm|tăng)\s+(?:thêm\s+)?({_COUNT})", _I)
_COUNT_IN = re.compile(_COUNT)

_CATEGORY = (
    r"(?:biên\s+chế\s+)?(?:cán\s+bộ,?\s+công\s+chức|công\s+chức|viên\s+chức)"
    r"|(?:số\s+(?:lượng\s+)?)?người\s+làm\s+việc"
)
_NAMED_PAIR = re.compile(
    # "... 2.751 biên chế công chức và 4.210 người làm việc": two figures, each naming its
    # category right after it
    rf"(?<![0-9.,])(?P<a>{_COUNT})\s+(?P<first>{_CATEGORY})(?!\w)(?!\s*,\s*(?:công|viên))"
    rf"\s+và\s+(?P<b>{_COUNT})\s+(?P<second>{_CATEGORY})(?!\w)",
    _I,
)
_PAIR_LINK = re.compile(
    # "; năm 2024 là 2.718 và 4.097", "; năm 2023 lần lượt là 1.861 và 16.255.", "; năm 2022
    # còn 1.899 công chức và 16.631 người làm việc": a link opening with its year alone, two
    # figures for the two categories the sentence named before, in that order
    rf"(?:(?<=;)|(?<=;\s))\s*(?P<year>năm\s+{YEAR})\s*,?\s+(?:{_RESPECTIVELY}\s+)?"
    r"(?P<verb>là|còn|giao|được\s+giao)\s+"
    rf"(?P<a>{_COUNT})(?:\s+(?P<first>{_CATEGORY}))?\s+và\s+"
    rf"(?P<b>{_COUNT})(?:\s+(?P<second>{_CATEGORY}))?(?=\s*(?:[;.]|$))",
    _I,
)

_PAIR_BACK = re.compile(
    # "Đến năm 2025, hai con số này lần lượt còn 3.176 biên chế và 53.640 người; ...": the two
    # figures the sentence before named (`_PAIR_BEFORE`), each going on to its own, in order
    rf"^(?P<lead>(?:(?:đến|tới|trong)\s+)?(?:hết\s+)?năm\s+(?P<y>{YEAR})\s*,\s*)"
    r"hai\s+con\s+số\s+(?:này|trên|nói\s+trên)\s+(?:lần\s+lượt|tương\s+ứng)\s+"
    rf"(?P<verb>còn|là)\s+(?P<a>{_COUNT})(?:\s*(?P<aw>{_UNIT_WORD}))?\s+và\s+"
    rf"(?P<b>{_COUNT})(?:\s*(?P<bw>{_UNIT_WORD}))?(?=\s*(?:[;.]|$))",
    _I,
)
_PAIR_PAID = r"(?:\s+hưởng\s+lương\s+từ\s+ngân\s+sách(?:\s+nhà\s+nước)?)?"
_PAIDLESS = re.compile(_PAIR_PAID + "$", _I)
_PAIR_BEFORE = re.compile(
    # "Theo Sở Nội vụ, năm 2021 tỉnh được giao 3.347 biên chế công chức và 58.916 người làm
    # việc hưởng lương từ ngân sách nhà nước.": who says it, one year, the text's own province
    # or city by its level word alone (or nothing), given two figures of two categories, and
    # nothing else
    r"^(?:theo\s+[^\d,;:()]{2,60},\s*)?"
    rf"(?:năm\s+(?P<y>{YEAR})\s*,?\s*)(?:(?:toàn\s+)?(?:tỉnh|thành\s+phố)\s+)?"
    rf"(?:được\s+giao|giao)\s+(?P<a>{_COUNT})\s+(?P<first>(?:{_CATEGORY}){_PAIR_PAID})(?!\w)"
    rf"\s+và\s+(?P<b>{_COUNT})\s+(?P<second>(?:{_CATEGORY}){_PAIR_PAID})\s*\.?\s*$",
    _I,
)


def spell_pair_back(text: str, before: str) -> Spelled | None:
    """(eng-at3) "Đến năm 2025, hai con số này lần lượt còn 3.176 biên chế và 53.640 người"
    right after "năm 2021 tỉnh được giao 3.347 biên chế công chức và 58.916 người làm việc ...":
    spelled "Đến năm 2025, biên chế công chức còn 3.176 biên chế, người làm việc ... còn 53.640
    người", each figure the category named in that place before. Only where the sentence
    before is of the text's own province (its level word alone), of an earlier year, and
    names two categories and no other figure; anything else: None (read as written)."""
    pair = _PAIR_BACK.match(text)
    named = _PAIR_BEFORE.match(before.strip())
    if pair is None or named is None:
        return None
    first, second = (" ".join(named.group(g).split()) for g in ("first", "second"))
    if _same(_PAIDLESS.sub("", first), _PAIDLESS.sub("", second)) or int(pair.group("y")) <= int(
        named.group("y")
    ):
        return None
    writer = _Writer()
    writer.copy(text, 0, pair.end("lead"))
    for category, count, word, closing in (
        (first, "a", "aw", ", "),
        (second, "b", "bw", ""),
    ):
        writer.add(f"{category} ")
        writer.copy(text, *pair.span("verb"))
        writer.add(" ")
        writer.copy(text, *pair.span(count))
        if pair.group(word):
            writer.add(" ")
            writer.copy(text, *pair.span(word))
        writer.add(closing)
    writer.copy(text, pair.end(), len(text))
    return writer.done([])


_YEAR_LED = re.compile(
    # "- Năm 2027:", "Năm 2023 (đã giao):": an item of a roadmap opening with its year
    # (a note saying the year's posts are given or planned, never "ước thực hiện": an
    # estimate of what was done)
    rf"^\s*(?:[-+•*]\s*)?năm\s+{YEAR}(?P<note>\s*\((?:đã\s+giao|dự\s+kiến(?:\s+giao)?)\))?\s*:",
    _I,
)
_CATEGORY_COUNT = re.compile(
    # "- Năm 2027: công chức 2.520 biên chế (giảm 25); người làm việc 31.975 người": in a
    # year's item, each category named right before its count, the verb left unsaid
    rf"(?:(?<=:)|(?<=;)|(?<=,))\s*(?P<cat>{_CATEGORY})\s+"
    # ("biên chế công chức 1.134, giảm 12 so với năm 2021": a bare count, its change after)
    rf"(?={_COUNT}(?:\s*(?:biên\s+chế|người)(?!\w)|\s*[,;]))",
    _I,
)
_COUNTED = re.compile(rf"{_COUNT}\s*(?:biên\s+chế|người)\s*\)?\s*$", _I)
_PAID_BY_BUDGET = re.compile(
    # "29.944 người làm việc hưởng lương từ ngân sách nhà nước": the category's full name,
    # said as its short one
    r"(?<=người\slàm\sviệc)\s+hưởng\s+lương\s+từ\s+ngân\s+sách(?:\s+nhà\s+nước)?(?!\w)",
    _I,
)
_RESPECTIVE_CHANGE = re.compile(
    # "...; mỗi chỉ tiêu giảm tương ứng 12 và 78 so với năm 2022": the changes of the two
    # categories the item named, in that order
    rf"(?<=;)\s*(?P<lead>[^\d;.:()]{{0,40}}?)(?P<verb>giảm|tăng)\s+{_RESPECTIVELY}\s+"
    rf"(?P<a>{_COUNT})\s+và\s+(?P<b>{_COUNT})"
    rf"(?P<tail>(?:[^\d;.()%]|(?<=năm\s){YEAR}){{0,60}}?)(?=\s*(?:[;.]|$))",
    _I,
)
_YEAR_VALUE = rf"năm\s+(?P<y>{YEAR})\s+(?:là|còn)\s+(?P<a>{_COUNT})(?:\s*(?P<w>{_UNIT_WORD}))?"
_VALUE_LINK = re.compile(_YEAR_VALUE, _I)
_VALUES_THEN_CHANGES = re.compile(
    # "năm 2022 là 1.754.300 người, năm 2023 là 1.710.450 người và năm 2024 là 1.661.800
    # người; so với năm trước lần lượt giảm 44.300, 43.850 và 48.650 người": each year's
    # figure, then each one's change against the year before, in the same order
    rf"(?<!\w)(?P<links>{_YEAR_VALUE.replace('?P<', '?P<l_')}"
    rf"(?:{_AND}{_YEAR_VALUE.replace('?P<', '?P<m_')})+)"
    r"(?P<tail>\s*;\s*so\s+với\s+năm\s+trước\s*,?\s+"
    r"(?:lần\s+lượt\s+(?P<dir>giảm|tăng)|(?P<dir2>giảm|tăng)\s+lần\s+lượt)\s+"
    rf"(?P<changes>{_COUNT}(?:{_AND}{_COUNT})+)(?:\s*(?P<cw>{_UNIT_WORD}))?)(?=\s*(?:[.;]|$))",
    _I,
)


_EACH_AGAINST_PREVIOUS = re.compile(
    r"so\s+với\s+năm\s+trước\s*,?\s+(?:lần\s+lượt\s+(?:giảm|tăng)|(?:giảm|tăng)\s+lần\s+lượt)",
    _I,
)


def _values_then_changes(
    text: str,
) -> list[tuple[int, int, list[tuple[str, int, int] | str]]] | None:
    """ "năm 2022 là A người, năm 2023 là B người; so với năm trước lần lượt giảm X và Y người"
    → "năm 2022 là A người, giảm X người so với năm trước, năm 2023 là B người, giảm Y người so
    với năm trước"; [] where there is no such chain, None where one does not pair one to one
    (as many changes as years, the years following one another)."""
    edits: list[tuple[int, int, list[tuple[str, int, int] | str]]] = []
    if not _EACH_AGAINST_PREVIOUS.search(text):
        return edits  # (a long year chain without it is not scanned once per link)
    for match in _VALUES_THEN_CHANGES.finditer(text):
        start = match.start("links")
        links = list(_VALUE_LINK.finditer(text, start, match.end("links")))
        changes = list(_COUNT_IN.finditer(text, match.start("changes"), match.end("changes")))
        years = [int(link.group("y")) for link in links]
        if len(links) != len(changes) or any(b != a + 1 for a, b in pairwise(years)):
            return None
        direction = match.span("dir") if match.group("dir") else match.span("dir2")
        word = match.span("cw") if match.group("cw") else None
        for link, change in zip(links, changes, strict=True):
            pieces: list[tuple[str, int, int] | str] = [", ", ("", *direction), " "]
            pieces.append(("", *change.span()))
            if word is not None:
                pieces += [" ", ("", *word)]
            pieces.append(" so với năm trước")
            edits.append((link.end(), link.end(), pieces))
        edits.append((match.start("tail"), match.end("tail"), []))
    return edits


_SHARED_CHANGE = re.compile(
    # "+ Năm 2024: giảm 1 biên chế công chức và 28 người làm việc;": one verb, each
    # category's change named after its count
    rf"\s*(?P<verb>giảm|tăng)\s+(?P<a>{_COUNT})\s+(?P<first>{_CATEGORY})(?!\w)\s+và\s+"
    rf"(?P<b>{_COUNT})\s+(?P<second>{_CATEGORY})(?!\w)(?=\s*(?:[;.]|$))",
    _I,
)

_PAREN_RATE = r"(?:\s*,\s*tỷ\s+lệ(?:\s+(?:giảm|tăng))?\s+" + NUM + r"\s?%)"
_PAREN_PAIR = re.compile(
    # "(giảm 3 công chức và 4 viên chức so với năm 2021)", "(giảm 100 biên chế công chức, tỷ
    # lệ 5,04%, và 1.520 người làm việc, tỷ lệ 10,05%, so với năm 2021)": one verb, each
    # category's change named after its count, one base year for both
    rf"^\(\s*(?P<verb>giảm|tăng)\s+(?P<a>{_COUNT})\s+(?P<first>{_CATEGORY})(?!\w)"
    rf"(?P<ra>{_PAREN_RATE})?\s*,?\s+và\s+(?P<b>{_COUNT})\s+(?P<second>{_CATEGORY})(?!\w)"
    rf"(?P<rb>{_PAREN_RATE})?\s*,?\s+(?P<against>so\s+với\s+năm\s+{YEAR})\s*\)\s*$",
    _I,
)
_PAREN_THEN_KEPT = re.compile(
    # "(giảm 2 công chức so với năm 2021; số viên chức giữ nguyên so với năm 2021)"
    rf"^\(\s*(?P<verb>giảm|tăng)\s+(?P<a>{_COUNT})\s+(?P<first>{_CATEGORY})(?!\w)"
    rf"(?P<ra>{_PAREN_RATE})?\s*,?\s+(?P<against>so\s+với\s+năm\s+{YEAR})\s*;\s*"
    rf"(?P<rest>(?:số\s+(?:lượng\s+)?)?(?:{_CATEGORY})\s+(?:giữ\s+nguyên|không\s+thay\s+đổi)\s+(?:so\s+với|như)\s+"
    rf"năm\s+{YEAR})\s*\)\s*$",
    _I,
)


@dataclass(frozen=True)
class Spelled:
    """A sentence spelled out link by link, and where its pieces came from."""

    text: str
    pieces: tuple[tuple[int, int, int], ...]
    """(start in `text`, start in the sentence as written, length) of each piece copied."""
    alike: tuple[tuple[Span, Span], ...] = ()
    """Figures (their spans in `text`) that must be read as the same unit: a link's figure
    and the one the sentence named its category with first."""
    dropped: tuple[Span, ...] = ()
    """Figures of the sentence as written left out of `text` because they are no value: a
    rounded figure whose exact twin follows it in parentheses ("gần 2.900 (2.896)")."""

    def origin(self, span: Span) -> Span | None:
        """Where a span of `text` stands in the sentence as written; None when it is not
        inside one copied piece (words the spelling added)."""
        start, end = span
        # the pieces follow one another in the text written: the last one starting at or
        # before the span is the only one that may hold it
        index = bisect_right(self.pieces, (start, 1 << 62, 0)) - 1
        if index < 0:
            return None
        at, source, length = self.pieces[index]
        if end > at + length:
            return None
        return (source + start - at, source + end - at)


_ARROW_LINK = re.compile(
    rf"(?:(?<=[0-9])|(?<=chế)|(?<=người))\s*(?:→|->|⟶|=>)\s*(?=năm\s+{YEAR}\s*:)", re.IGNORECASE
)
"""An arrow between a year chain's links ("năm 2021: 86 → năm 2022: 85 → ... → năm 2026: 81
biên chế"): the link ends there, as at "; "."""


def arrow_links(text: str) -> Spelled | None:
    """A year chain linked by arrows, spelled with "; " between its links (the form the chains
    read: "năm 2021: 86; năm 2022: 85; ..."); None where no arrow stands between a figure and
    the next link's "năm Y:"."""
    return _each_replaced(text, list(_ARROW_LINK.finditer(text)), "; ")


def _each_replaced(text: str, found: list[re.Match[str]], words: str) -> Spelled | None:
    """The sentence with each match spelled `words` instead; None for no match."""
    if not found:
        return None
    writer = _Writer()
    at = 0
    for match in found:
        writer.copy(text, at, match.start())
        writer.add(words)
        at = match.end()
    writer.copy(text, at, len(text))
    return writer.done([])


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pieces: list[tuple[int, int, int]] = []
        self.size = 0

    def copy(self, text: str, start: int, end: int) -> None:
        if end > start:
            self.pieces.append((self.size, start, end - start))
            self.parts.append(text[start:end])
            self.size += end - start

    def add(self, words: str) -> None:
        self.parts.append(words)
        self.size += len(words)

    def places(self, sources: set[int]) -> dict[int, int]:
        """Where the copies of the sentence's positions `sources` stand in the text written
        (figures, each copied once), in one pass over the pieces."""
        wanted = sorted(sources)
        found: dict[int, int] = {}
        for at, start, length in self.pieces:
            for source in wanted[bisect_left(wanted, start) : bisect_left(wanted, start + length)]:
                found[source] = at + source - start
        return found

    def done(self, alike: list[tuple[Span, Span]]) -> Spelled:
        return Spelled("".join(self.parts), tuple(self.pieces), tuple(alike))


def spell_out(text: str) -> Spelled | None:
    """The sentence with its distributions spelled out link by link, or None when it has
    none (or one that does not pair one to one, left to the usual rules)."""
    edits: list[tuple[int, int, list[tuple[str, int, int] | str]]] = []
    for match in _YEARS_THEN_FIGURES.finditer(text):
        links = _year_links(text, match)
        if links is None:
            return None
        edits.append((match.start(), match.end(), links))
    for match in _FROM_TO_YEARS.finditer(text):
        first, then = (int(match.group(y)[-4:]) for y in ("y1", "y2"))
        falls = match.group("dir").lower() == "giảm"
        if then <= first or falls != (match.group("move").lower() == "xuống"):
            return None  # the years backwards, or "tăng từ A ... xuống B": which is it?
        edits.append(_later_against_earlier(match))
    edits += _from_to_noted(text)
    edits += _from_to_said(text, [(start, end) for start, end, _ in edits])
    edits += _news_comparisons(text)
    edits += _dated_links(text)
    respective = _values_then_changes(text)
    if respective is None:
        return None
    edits += respective
    rate_first = _RATE_FIRST.match(text)
    if rate_first is not None:
        edits.append((0, rate_first.end(), _change_then_rate(rate_first)))
    pairs: list[tuple[Span, Span, Span, Span]] = []
    """Each link's two figures and the figures of the pair named before it (as written)."""
    named_pairs = list(_NAMED_PAIR.finditer(text))
    following = 0
    """How many named pairs end before the link (links come in order, so counted once)."""
    for match in _PAIR_LINK.finditer(text):
        while following < len(named_pairs) and named_pairs[following].end() <= match.start():
            following += 1
        named = named_pairs[following - 1] if following else None
        if (
            named is None
            or _same(named.group("first"), named.group("second"))
            or (match.group("first") is None) != (match.group("second") is None)
            or (
                match.group("first") is not None
                and not (
                    _same(match.group("first"), named.group("first"))
                    and _same(match.group("second"), named.group("second"))
                )
            )
        ):
            return None
        verb, a, b = match.span("verb"), match.span("a"), match.span("b")
        edits.append(
            (
                match.start(),
                match.end(),
                [
                    ("", *match.span("year")),
                    " ",
                    ("", *named.span("first")),
                    " ",
                    ("", *verb),
                    " ",
                    ("", *a),
                    ", ",
                    ("", *named.span("second")),
                    " ",
                    ("", *verb),
                    " ",
                    ("", *b),
                ],
            )
        )
        pairs.append((a, b, named.span("a"), named.span("b")))
    kept = _COUNT_FIRST_KEPT.match(text)
    if kept is not None:
        edits.append(_rewritten(kept, "biên chế {name}{y} {verb} {n} {w}{rest}", kept.start("n")))
    kept_named = _KEPT_NAMED_FIRST.match(text)
    if kept_named is not None:
        edits.append(_rewritten(kept_named, "{subj} là {n} {w}"))
    kept_is = _KEPT_AS_YEAR_IS.match(text)
    if kept_is is not None:
        whose = " của {asker}" if kept_is.group("asker") else ""
        edits.append(
            _rewritten(kept_is, "{cat}" + whose + " {y} là {n} {w}, giữ nguyên so với {b}")
        )
    kept_after = _KEPT_CATEGORY_AFTER.match(text)
    if kept_after is not None:
        word = " biên chế " if kept_after.group("cc") else " người "
        edits.append(
            _rewritten(
                kept_after,
                "{cat}{whose} {verb} {n}" + word + "{rest}",
                kept_after.start("ask") if kept_after.group("ask") else kept_after.start("verb"),
            )
        )
    kept_by = _KEPT_BY_BODY.match(text)
    if kept_by is not None:
        word = " biên chế " if kept_by.group("cc") else " người "
        edits.append(
            _rewritten(
                kept_by, "{cat} của {body} {verb} {n}" + word + "{rest}", kept_by.start("body")
            )
        )
    edits += [_rewritten(m, "so với {y}") for m in _MERGED_BASE.finditer(text)]
    for applied in _PERIOD_APPLIED_FROM.finditer(text):
        first, last = (int(applied.group(g)) for g in ("y1", "y2"))
        if int(applied.group("y3")) == first < last:
            edits.append(_rewritten(applied, "năm {y1} là {n} {w}"))
    communes = given_to_communes(text)
    edits += communes or [
        _rewritten(m, "{verb} {n} {cat} {to}", m.start("verb"))
        for m in [_GIVEN_TO_FIRST.match(text)]
        if m is not None
    ]
    edits += dated_giving(text)
    edits += after_reorganisation(text)
    for kept_until in _KEPT_UNTIL.finditer(text):
        if int(kept_until.group("y2")[-4:]) <= int(kept_until.group("y1")):
            return None
        edits.append(
            _rewritten(kept_until, "{y2} {kept} so với năm {y1}", kept_until.start("kept"))
        )
    edits += [
        (
            m.start(),
            m.end(),
            # ("Tổng số người làm việc năm 2025 của tỉnh giữ nguyên 24.597 người như đã giao":
            # after a subject with no colon, the figure is what it "là")
            [_be_after_subject(text, m.start()), *_spelled(m, "{n} {w}")],
        )
        for m in _KEPT_AS_GIVEN.finditer(text)
    ]
    edits += _paren_categories(text)
    edits += _figures_then_respective(text)
    edits += _two_bodies(text)
    edits += _parts_named_after(text)
    body_edits, body_pairs = _bodies_then_link(text)
    edits += body_edits
    edits += _year_item(text)
    edits += _previous_said_first(text)
    edits += _kept_after_compared(text)
    counted = count_first(text)
    # ("Giao 1.530 cán bộ, công chức cấp xã cho 71 xã, phường ...": the count-first reading's)
    edits += counted or commune_staff_given(text)
    edits += given_count(text)
    rounded_edits, rounded = _rounded_then_exact(text)
    edits += rounded_edits
    scene = _when_scene(text)
    if scene is not None:
        edits.append(scene[0])
        rounded += scene[1]
    if not edits:
        return None
    edits.sort()
    if any(a[1] > b[0] for a, b in pairwise(edits)):
        return None  # two distributions over one stretch: not spelled out
    writer = _Writer()
    at = 0
    for start, end, pieces in edits:
        writer.copy(text, at, start)
        for piece in pieces:
            if isinstance(piece, str):
                writer.add(piece)
            else:
                writer.copy(text, piece[1], piece[2])
        at = end
    writer.copy(text, at, len(text))
    pairs += body_pairs
    figures = [
        (a, first) for a, b, first, second in pairs for a, first in ((a, first), (b, second))
    ]
    placed = writer.places({span[0] for pair in figures for span in pair})
    if len(placed) < len({span[0] for pair in figures for span in pair}):
        return None
    alike = [
        (
            (placed[first[0]], placed[first[0]] + first[1] - first[0]),
            (placed[a[0]], placed[a[0]] + a[1] - a[0]),
        )
        for a, first in figures
    ]
    spelled = writer.done(alike)
    if rounded:
        spelled = replace(spelled, dropped=tuple(rounded))
    return spelled


_PAID = r"\s+hưởng\s+lương\s+từ\s+ngân\s+sách(?:\s+nhà\s+nước)?(?!\w)"
_FIGURES_THEN_RESPECTIVE = re.compile(
    # "giao 4.980 biên chế công chức và 52.740 người làm việc hưởng lương từ ngân sách, khi đó
    # so với năm 2021 sẽ giảm lần lượt 281 biên chế và 5.873 người, tương ứng 5,34% và
    # 10,02%": two categories' figures, then their changes against one year in the same order
    rf"(?<![0-9.,])(?P<a>{_COUNT})\s+(?P<first>{_CATEGORY})(?!\w)(?!\s*,\s*(?:công|viên))"
    rf"(?P<fq>{_PAID})?\s+và\s+(?P<b>{_COUNT})\s+(?P<second>{_CATEGORY})(?!\w)(?P<sq>{_PAID})?"
    rf"\s*,\s*(?:khi\s+đó\s*,?\s*|như\s+vậy\s*,?\s*)?(?P<against>so\s+với\s+năm\s+{YEAR})"
    r"\s*,?\s+(?:(?:sẽ|đã)\s+)?(?P<verb>giảm|tăng)\s+lần\s+lượt\s+"
    rf"(?P<c>{_COUNT})(?:\s*(?P<cw>{_UNIT_WORD}))?\s+và\s+(?P<d>{_COUNT})(?:\s*(?P<dw>{_UNIT_WORD}))?"
    r"(?:\s*,\s*(?:tương\s+(?:ứng|đương)|lần\s+lượt)(?:\s+(?:là|với))?\s+"
    rf"(?P<r1>{NUM}\s?%)\s+và\s+(?P<r2>{NUM}\s?%))?(?=\s*(?:[,.;\"”]|$))",
    _I,
)


def _figures_then_respective(text: str) -> list[tuple[int, int, list[tuple[str, int, int] | str]]]:
    """ "4.980 biên chế công chức và 52.740 người làm việc ..., khi đó so với năm 2021 sẽ giảm
    lần lượt 281 biên chế và 5.873 người, tương ứng 5,34% và 10,02%" → "4.980 biên chế công
    chức, giảm 281 biên chế so với năm 2021, tỷ lệ 5,34%; người làm việc ... là 52.740, giảm
    5.873 người so với năm 2021, tỷ lệ 10,02%": each figure its change and rate, in the order
    written; only two distinct categories (never "công chức" twice)."""
    edits: list[tuple[int, int, list[tuple[str, int, int] | str]]] = []
    for match in _FIGURES_THEN_RESPECTIVE.finditer(text):
        if _same(match.group("first"), match.group("second")):
            continue
        pieces: list[tuple[str, int, int] | str] = [("", *match.span("a")), " "]
        pieces += [("", *match.span("first"))]
        for count, words, rate, end in (("c", "cw", "r1", ";"), ("d", "dw", "r2", "")):
            if count == "d":
                pieces += [" ", ("", *match.span("second"))]
                if match.group("sq"):
                    pieces.append(("", *match.span("sq")))
                pieces += [" là ", ("", *match.span("b"))]
            elif match.group("fq"):
                pieces.append(("", *match.span("fq")))
            pieces += [", ", ("", *match.span("verb")), " ", ("", *match.span(count))]
            if match.group(words):
                pieces += [" ", ("", *match.span(words))]
            pieces += [" ", ("", *match.span("against"))]
            if match.group(rate):
                pieces += [", tỷ lệ ", ("", *match.span(rate))]
            pieces.append(end)
        edits.append((match.start(), match.end(), pieces))
    return edits


_ROUNDED_THEN_EXACT = re.compile(
    # "gần 2.900 biên chế công chức (2.896 biên chế)", "giảm hơn 150 biên chế (154 biên
    # chế)", "khoảng 4.100 người (4.120 người)": a rounded figure, the words it counts, then
    # the exact figure alone in parentheses (maybe with a word of posts or people)
    rf"(?<!\w)(?P<q>gần|hơn|trên|khoảng|xấp\s+xỉ|ước\s+(?:khoảng|tính)?|ngót|chừng)\s+"
    rf"(?P<r>{_COUNT})(?P<words>(?:\s+[^\W\d]+|\s*,\s*[^\W\d]+){{0,8}}?)"
    rf"(?P<paren>\s*\(\s*(?P<e>{_COUNT})(?:\s*(?:(?P<ew>{_UNIT_WORD})|(?P<same>[^\W\d][^()\d%;:]{{0,40}}?)))?"
    r"\s*\))",
    _I,
)
_BELOW = re.compile(r"gần|ngót", _I)
_POSTS = re.compile(r"biên\s+chế(?!\w)", _I)
_ABOVE = re.compile(r"hơn|trên", _I)


def _rounded_then_exact(
    text: str,
) -> tuple[list[tuple[int, int, list[tuple[str, int, int] | str]]], list[Span]]:
    """A rounded figure with its exact twin in parentheses, spelled as the exact figure in the
    rounded one's place (its words kept, the parenthesis gone), and the rounded figures'
    spans, which are no values. Only where the exact figure rounds to it: no more than a tenth
    away, and below it after "gần", above it after "hơn"/"trên"; any other parenthesis stays
    as written (a rounded figure alone is never read)."""
    edits: list[tuple[int, int, list[tuple[str, int, int] | str]]] = []
    dropped: list[Span] = []
    for match in _ROUNDED_THEN_EXACT.finditer(text):
        rounded = int(match.group("r").replace(".", ""))
        exact = int(match.group("e").replace(".", ""))
        same = match.group("same")
        if (
            "," in match.group("r") + match.group("e")
            or abs(rounded - exact) * 10 > rounded
            or (_BELOW.fullmatch(match.group("q")) and exact > rounded)
            or (_ABOVE.fullmatch(match.group("q")) and exact < rounded)
            or (same is not None and not _same_words(same, match.group("words")))
            # ("gần 60 người (58 biên chế)": people rounded, posts exact: two counts)
            or (
                match.group("ew") is not None
                and (_POSTS.match(match.group("ew")) is None)
                != (_POSTS.match(match.group("words").strip()) is None)
            )
        ):
            continue
        edits.append((match.start("q"), match.end("r"), [("", *match.span("e"))]))
        edits.append((match.start("paren"), match.end("paren"), []))
        dropped.append(match.span("r"))
    return edits, dropped


def _when_scene(
    text: str,
) -> tuple[tuple[int, int, list[tuple[str, int, int] | str]], list[Span]] | None:
    """The year compared with described by a clause of that time (`_WHEN_SCENE`): its last
    figure is the base only where the rate said is the change over it (the text's own
    arithmetic), and the clause's other counts (of communes, of places) are no values."""
    match = _WHEN_SCENE.match(text)
    if match is None:
        return None
    base = int(match.group("a").replace(".", ""))
    count = int(match.group("c").replace(".", ""))
    try:
        said = parse_rate(match.group("r"))
    except NumberError:
        return None
    if "," in match.group("a") + match.group("c") or not any(
        rate_matches(percent(count, base), said, m) for m in Rounding
    ):
        return None
    scene = [m.span() for m in _COUNT_IN.finditer(text, match.start("scene"), match.end("scene"))]
    pieces: list[tuple[str, int, int] | str] = [
        ("", *match.span("lead")),
        " (",
        ("", *match.span("a")),
        " ",
        ("", *match.span("aw")),
        "), ",
    ]
    return (match.start(), match.start("subject"), pieces), scene


def _same_words(inside: str, counted: str) -> bool:
    """The words in the parenthesis name what the rounded figure counted ("(2.896 biên chế
    công chức)" after "gần 2.900 biên chế công chức"), never something else."""
    return " ".join(counted.lower().replace(",", " ").split()).startswith(
        " ".join(inside.lower().replace(",", " ").split())
    )


def _from_to_noted(text: str) -> list[tuple[int, int, list[tuple[str, int, int] | str]]]:
    """ "giảm từ 33.059 (năm 2021) xuống còn 29.910 (năm 2026), giảm 3.149" → "năm 2026 còn
    29.910, giảm 3.149 so với năm 2021 (33.059)": the later year only after the earlier."""
    edits: list[tuple[int, int, list[tuple[str, int, int] | str]]] = []
    for match in _FROM_TO_NOTED.finditer(text):
        first, then = (int(match.group(y)[-4:]) for y in ("y1", "y2"))
        if then <= first:
            continue
        edits.append(_later_against_earlier(match))
    return edits


def _from_to_said(
    text: str, taken: list[Span]
) -> list[tuple[int, int, list[tuple[str, int, int] | str]]]:
    """ "từ 24.650 người ... năm 2021 xuống còn 22.105 người năm 2024, tức giảm 2.545 người"
    → "năm 2024 còn 22.105 người ..., giảm 2.545 người so với năm 2021 (24.650 người)"; with
    no change said, "năm 2021 là 24.650 người ...; năm 2024 là 22.105 người". Only where both
    years are said, the later after the earlier, the figures and every word of direction
    agree, and the sentence names no other year; a move the narrower rules spell (`taken`)
    is theirs."""
    moves = [
        m
        for m in _FROM_TO_SAID.finditer(text)
        if not any(start < m.end() and m.start() < end for start, end in taken)
    ]
    if not moves:
        return []
    edits: list[tuple[int, int, list[tuple[str, int, int] | str]]] = []
    at = 0
    for match in moves:
        if _YEAR_IN.search(text, at, match.start()):
            return []
        at = match.end()
        edit = _said_move(match)
        if edit is None:
            return []
        edits.append(edit)
    if _YEAR_IN.search(text, at):
        return []
    return edits


def _news_comparisons(text: str) -> list[tuple[int, int, list[tuple[str, int, int] | str]]]:
    """A news report's ways of comparing a figure with an earlier year's, spelled as the
    statement rules read them: "ít hơn N so với năm Y" → "giảm N so với năm Y"; "so với mức
    A người của năm Y" and "so với năm Y, khi ... A người" → "so với năm Y (A người)";
    ", trong khi năm Y là A; mức giảm N" → ", giảm N so với năm Y (A)", only where every
    other year the sentence names is later."""
    edits: list[tuple[int, int, list[tuple[str, int, int] | str]]] = []
    for match in _FEWER_AGAINST.finditer(text):
        verb = "giảm " if match.group("dir").lower() in ("ít", "thấp") else "tăng "
        edits.append((match.start(), match.start("c"), [verb]))
    for match in (*_AGAINST_LEVEL.finditer(text), *_WHEN_EARLIER.finditer(text)):
        if match.re is _AGAINST_LEVEL and not (match.group("level") or match.group("aw")):
            continue  # "so với 2.000 của năm 2021": a bare count, of what it does not say
        edits.append(_rewritten(match, "so với {y} ({a}{aw})"))
    label = SPEAKER_LABEL.match(text) or _IF_AGAINST.match(text)
    if label is not None and _AGAINST.match(text, label.end()):
        # "Giám đốc Sở Nội vụ: So với năm 2023 (2.045 biên chế), ...", "Nếu so với năm 2015
        # (279.300 biên chế), ...": the sentence read from its fronted comparison; the speaker
        # names no unit, "nếu" weighs the comparison, which is the same
        edits.append((0, label.end(), []))
    for match in _AGAINST_THEN_CHANGE.finditer(text):
        if not _CHANGE_BEFORE.search(text, max(0, match.start() - 60), match.start()):
            continue
        edits.append(_rewritten(match, "{sep} {dir} {c}{cw} {against}"))
    said = _AGAINST_SAID.match(text)
    if said is not None:
        edits.append(_rewritten(said, "{lead}{y} ({a}{aw})"))
    since = _SINCE_WHEN.match(text)
    if since is not None and not any(
        int(y.group()) <= int(since.group("y")[-4:]) for y in _YEAR_IN.finditer(text, since.end())
    ):
        edits.append(_rewritten(since, "So với {y} ({a}{aw}), {this} {dir} {c}{cw}"))
    for match in _FEWER_THAN_YEAR.finditer(text):
        verb = "giảm " if match.group("dir").lower() in ("ít", "thấp") else "tăng "
        edits.append(_rewritten(match, verb + "{c}{cw}{rate} so với {y}"))
    for match in _WHILE_EARLIER.finditer(text):
        earlier = int(match.group("year"))
        others = [
            int(y.group())
            for y in _YEAR_IN.finditer(text)
            if not match.start() <= y.start() < match.end()
        ]
        if any(year <= earlier for year in others):
            continue
        edits.append(_rewritten(match, ", {dir} {c}{cw} so với {y} ({a}{aw})"))
    return edits


def _dated_links(text: str) -> list[tuple[int, int, list[tuple[str, int, int] | str]]]:
    """A year chain's later link dated by a day ("; đến ngày 30/6/2025 là 5.777 biên chế"),
    spelled with the day's year; only where one link before it gives the posts of one
    earlier year ("năm 2021 là 6.092 biên chế") and nothing in the sentence speaks of people
    in post, used or recruited (a count on a day is theirs there, not the posts')."""
    links = list(_DATED_LINK.finditer(text))
    if len(links) != 1 or _IN_POST_WORDS.search(text):
        return []
    link = links[0]
    earlier = {int(m.group("y")) for m in _EARLIER_LINK.finditer(text, 0, link.start())}
    if len(earlier) != 1 or earlier.pop() >= int(link.group("y")):
        return []
    return [(link.start("day"), link.end("day"), ["năm ", ("", *link.span("y"))])]


_SLOT = re.compile(r"\{(?P<space> ?)(?P<group>\w+)\}")


def _spelled(match: re.Match[str], template: str) -> list[tuple[str, int, int] | str]:
    """The pieces `template` writes: its words added as they stand, each slot "{g}" a copy of
    group g of `match` as written (nothing where g took no part), "{ g}" that copy after a
    space, both only where g took part; the copies map back to the sentence (`Spelled`)."""
    pieces: list[tuple[str, int, int] | str] = []
    at = 0
    for slot in _SLOT.finditer(template):
        pieces.append(template[at : slot.start()])
        group = slot.group("group")
        if match.group(group):
            pieces += [slot.group("space"), ("", *match.span(group))]
        at = slot.end()
    pieces.append(template[at:])
    return pieces


def _rewritten(
    match: re.Match[str], template: str, start: int | None = None
) -> tuple[int, int, list[tuple[str, int, int] | str]]:
    """The edit writing `template` (`_spelled`) over `match`, from `start` or its start."""
    return (match.start() if start is None else start, match.end(), _spelled(match, template))


def said_years(text: str) -> tuple[int, int] | None:
    """The two years of the one move a sentence makes "từ A năm Y1 xuống B năm Y2" with both
    said and spelled out (`_from_to_said`), earlier first; None for none, or two."""
    moves = list(_FROM_TO_SAID.finditer(text))
    if len(moves) != 1 or not _from_to_said(text, []):
        return None
    y1, y2 = (_SAID_YEAR_OF.search(moves[0].group(g)) for g in ("y1", "y2"))
    assert y1 is not None and y2 is not None
    return int(y1.group(1)), int(y2.group(1))


def _said_move(match: re.Match[str]) -> tuple[int, int, list[tuple[str, int, int] | str]] | None:
    """One move of `_FROM_TO_SAID` spelled as the statement rules read it, or None where its
    years, figures or words of direction disagree."""
    y1, y2 = (_SAID_YEAR_OF.search(match.group(g)) for g in ("y1", "y2"))
    assert y1 is not None and y2 is not None
    if int(y2.group(1)) <= int(y1.group(1)):
        return None
    a, b = (int(match.group(g).replace(".", "")) for g in ("a", "b"))
    falls = not match.group("verb").lower().startswith("lên")
    if (falls and b >= a) or (not falls and b <= a):
        return None
    said = [match.group(g).lower() for g in ("pdir", "dir", "cdir") if match.group(g)]
    if any((word == "giảm") != falls for word in said) or (
        match.group("pdir") and match.group("c")
    ):
        return None

    def year(group: str, found: re.Match[str]) -> tuple[str, int, int]:
        start = match.start(group) + found.start(1)
        return ("", start, start + 4)

    def words(*groups: str) -> list[tuple[str, int, int] | str]:
        named = [g for g in groups if match.group(g)]
        return [" ", ("", *match.span(named[0]))] if named else []

    qualifier: list[tuple[str, int, int] | str] = (
        [("", *match.span("aq"))] if match.group("aq") else []
    )
    change = "c" if match.group("c") else "pc" if match.group("pc") else None
    if change is None:
        pieces: list[tuple[str, int, int] | str] = [
            "năm ",
            year("y1", y1),
            " là ",
            ("", *match.span("a")),
            *words("aw"),
            *qualifier,
            "; năm ",
            year("y2", y2),
            " là ",
            ("", *match.span("b")),
            *words("bw", "aw"),
        ]
    else:
        direction = "cdir" if change == "c" else "pdir"
        pieces = [
            "năm ",
            year("y2", y2),
            " còn " if falls else " là ",
            ("", *match.span("b")),
            *words("bw", "aw"),
            *qualifier,
            ", ",
            ("", *match.span(direction)),
            " ",
            ("", *match.span(change)),
            ("", *match.span(change + "w")) if match.group(change + "w") else "",
            ("", *match.span("rate")) if match.group("rate") else "",
            " so với năm ",
            year("y1", y1),
            " (",
            ("", *match.span("a")),
            *words("aw"),
            ")",
        ]
    return (match.start(), match.end(), pieces)


def _later_against_earlier(
    match: re.Match[str],
) -> tuple[int, int, list[tuple[str, int, int] | str]]:
    """A fall from figure a (year y1) to figure b (year y2) by c, spelled "y2 còn b, giảm c
    so với y1 (a)", each figure with its unit word where it has one (groups aw, bw, cw)."""
    return _rewritten(match, "{y2} còn {b}{ bw}, {dir} {c}{cw} so với {y1} ({a}{ aw})")


def _change_then_rate(match: re.Match[str]) -> list[tuple[str, int, int] | str]:
    """ "Tỷ lệ giảm đến năm 2026 so với năm 2021 là 10,27% (giảm 238 người)" → "đến năm 2026
    giảm 238 người so với năm 2021, tỷ lệ giảm 10,27%": the change first, as the rules read."""
    return _spelled(match, "{until}{dir} {c}{ cw} {against}, tỷ lệ {dir} {r}")


def _same(first: str, second: str) -> bool:
    def key(name: str) -> str:
        return re.sub(r"^(?:biên\s+chế|số)\s+", "", " ".join(name.lower().split()))

    return key(first) == key(second)


def _year_links(text: str, match: re.Match[str]) -> list[tuple[str, int, int] | str] | None:
    """ "các năm 2022, 2023 lần lượt giảm 13 và 11 biên chế so với năm trước" → "năm 2022
    giảm 13 biên chế so với năm trước; năm 2023 giảm 11 biên chế so với năm trước"; None
    where the years and figures do not pair one to one."""
    years = [
        (m.start() + match.start("years"), m.end() + match.start("years"))
        for m in _YEAR_IN.finditer(match.group("years"))
    ]
    figures = [
        (m.start() + match.start("figures"), m.end() + match.start("figures"))
        for m in _COUNT_IN.finditer(match.group("figures"))
    ]
    values = [int(text[a:b]) for a, b in years]
    if len(years) != len(figures) or any(b <= a for a, b in pairwise(values)):
        return None
    between, verb, tail = match.span("between"), match.span("verb"), match.span("tail")
    against = ""
    if _CHANGE_WORD.search(text, between[0], verb[1]) and not _AGAINST.search(match["tail"]):
        # "giai đoạn 2022 - 2026 giảm 130 biên chế, trong đó các năm 2022, ..., 2026 giảm lần
        # lượt 26, ..., 26": each year's change against the year before only where the
        # changes add up to one the sentence stated before; else the base is not said
        counts = [int(text[a:b].replace(".", "")) for a, b in figures]
        stated = {int(n.replace(".", "")) for n in _STATED_CHANGE.findall(text, 0, match.start())}
        if sum(counts) not in stated or any(b != a + 1 for a, b in pairwise(values)):
            return None
        against = " so với năm trước"
    links: list[tuple[str, int, int] | str] = []
    for year, figure in zip(years, figures, strict=True):
        if links:
            links.append("; ")
        links += ["năm ", ("", *year), " "]
        if between[1] > between[0]:
            links += [("", *between), " "]
        links += [("", *verb), ("", *figure), ("", *tail)]
        if against:
            links.append(against)
    return links


_BODY_HEAD = (
    r"(?:bộ|[uủ][ỷy]\s+ban|ban|sở|cục|tổng\s+cục|thông\s+tấn\s+xã|ngân\s+hàng|đài|viện"
    r"|học\s+viện|văn\s+phòng)"
)
_BODY_GIVEN = (
    rf"(?P<{{name}}>{_BODY_HEAD}\s+[^\W\d_][^\d,;:()]{{{{1,60}}}}?)"
    r"(?P<{mark}>\s*\(\s*cũ\s*\))?\s+(?:được\s+giao|có)\s+"
    rf"{_COUNT}[^\d,;:()]{{{{3,80}}}}?"
)
_TWO_BODIES = re.compile(
    # "năm 2024 Bộ A được giao 3.214 biên chế công chức, còn Bộ B được giao 1.046 biên chế
    # công chức": each body its own figure, "còn" setting the second apart from the first
    rf"(?<!\w)(?:(?P<year>năm\s+{YEAR})\s*,?\s+)?"
    + _BODY_GIVEN.format(name="first", mark="mark1")
    + r"(?P<join>\s*,\s*còn\s+)"
    + _BODY_GIVEN.format(name="second", mark="mark2")
    + r"(?=\s*(?:[.;]|$))",
    _I,
)
MERGING = re.compile(r"(?<!\w)(?:hợp\s+nhất|sáp\s+nhập|sắp\s+xếp|cũ)(?!\w)", _I)
"""Words of a merger or of what was before it: a sentence holding one may name old bodies."""
_NEW_BODY = re.compile(r"(?<!\w)(?:mới|sau)(?!\w)", _I)


_PARTS_NAMED_AFTER = re.compile(
    # "..., gồm 3.274 biên chế của khối cấp tỉnh và 2.572 biên chế của 78 xã, phường, đặc
    # khu.": each part's count before its posts' word and "của" its body, the list closing
    # the sentence
    rf"(?<!\w)(?P<lead>(?:bao\s+)?gồm)\s+(?P<n1>{_COUNT})\s*(?P<w1>biên\s+chế|người)\s+"
    r"của\s+(?P<o1>[^\d;:()]{2,60}?)\s+và\s+"
    rf"(?P<n2>{_COUNT})\s*(?P<w2>biên\s+chế|người)\s+"
    r"của\s+(?P<o2>(?:[0-9]{1,3}\s+)?[^\d;:()]{2,60}?)\s*(?=[.;]?\s*$)",
    _I,
)


def _parts_named_after(text: str) -> list[tuple[int, int, list[tuple[str, int, int] | str]]]:
    """ "gồm 3.274 biên chế của khối cấp tỉnh và 2.572 biên chế của 78 xã, phường, đặc khu"
    → "gồm khối cấp tỉnh 3.274 biên chế và 78 xã, phường, đặc khu 2.572 biên chế": the two
    parts named before their counts, as a list names them (read as such, `rules`
    "listed-unit", only where they add up). Only two parts closing the sentence, each body
    named by "của"; a third item, a count of people or posts inside a name, or words after
    the list leave it to the usual rules (eng-at1)."""
    match = _PARTS_NAMED_AFTER.search(text)
    if match is None or any(_PARTS_NOT_A_BODY.search(match.group(g)) for g in ("o1", "o2")):
        return []
    return [_rewritten(match, "{lead} {o1} {n1} {w1} và {o2} {n2} {w2}")]


_PARTS_NOT_A_BODY = re.compile(
    r"(?<!\w)(?:và|gồm|trong\s+đó|biên\s+chế|công\s+chức|viên\s+chức|người|năm|so\s+với|giảm"
    r"|tăng|còn|hợp\s+đồng)(?!\w)",
    _I,
)
"""Words that make a part's "của" phrase more than a body: another count's, a category, a
year, a comparison, contract staff."""


def _two_bodies(text: str) -> list[tuple[int, int, list[tuple[str, int, int] | str]]]:
    """ "năm 2024 Bộ A được giao N ..., còn Bộ B được giao M ..." → "năm 2024 Bộ A được giao
    N ...; năm 2024 Bộ B được giao M ...": two sentences, each body its own. Both named by
    their proper names, two different ones; in a sentence speaking of a merger both are the
    bodies as they were ("Bộ B (cũ)" → "Bộ B cũ"), never the body the merger made (a name
    saying "mới" or "sau": not spelled)."""
    match = _TWO_BODIES.search(text)
    if match is None:
        return []
    names = [match.group(group) for group in ("first", "second")]
    heads = [re.match(_BODY_HEAD + r"\s+", name, _I) for name in names]
    if (
        any(
            head is None or not name[head.end() :][:1].isupper()
            for head, name in zip(heads, names, strict=True)
        )
        or names[0].casefold() == names[1].casefold()
        or any(_NEW_BODY.search(name) for name in names)
    ):
        return []
    join: list[tuple[str, int, int] | str] = ["; "]
    if match.group("year"):
        join += [("", *match.span("year")), " "]
    edits: list[tuple[int, int, list[tuple[str, int, int] | str]]] = []
    merging = MERGING.search(text) is not None
    for name, mark in (("first", "mark1"), ("second", "mark2")):
        if merging:
            end = match.end(mark) if match.group(mark) else match.end(name)
            edits.append((match.end(name), end, [" cũ"]))
        if name == "first":
            edits.append((match.start("join"), match.end("join"), join))
    return edits


def _body_clause(at: str) -> str:
    """One body given its posts ("Bộ A (cũ) được giao 526 biên chế"), its groups ending in
    `at` (the body's name, its mark, verb, count and the words after it)."""
    return (
        rf"(?P<name{at}>{_BODY_HEAD}\s+[^\W\d_][^\d,;:()]{{1,60}}?)"
        rf"(?P<mark{at}>\s*\(\s*cũ\s*\))?\s+(?P<verb{at}>được\s+giao|có)\s+"
        rf"(?P<n{at}>{_COUNT})(?P<w{at}>\s+[^\d,;:()]{{3,60}}?)"
    )


_BODIES_THEN_LINK = re.compile(
    # "năm 2021, Bộ A (cũ) được giao 526 biên chế và Bộ B được giao 1.214 biên chế; năm 2024
    # lần lượt là 502 và 1.158 biên chế": two bodies' figures of one year, then their figures
    # of another year, in the order the bodies were named
    rf"(?<!\w)năm\s+(?P<y1>{YEAR})\s*,?\s+{_body_clause('1')}\s+và\s+{_body_clause('2')}"
    rf"\s*;\s*(?P<link>năm\s+(?P<y2>{YEAR}))\s*,?\s+(?:{_RESPECTIVELY}\s+)?(?:là|còn)\s+"
    rf"(?P<c>{_COUNT})\s+và\s+(?P<d>{_COUNT})(?P<lw>\s+[^\d,;:().]{{1,40}}?)?(?=\s*(?:[.;]|$))",
    _I,
)


def _bodies_then_link(
    text: str,
) -> tuple[
    list[tuple[int, int, list[tuple[str, int, int] | str]]], list[tuple[Span, Span, Span, Span]]
]:
    """ "năm 2021, Bộ A (cũ) được giao 526 biên chế và Bộ B được giao 1.214 biên chế; năm 2024
    lần lượt là 502 và 1.158 biên chế" → "... Bộ A cũ được giao 526 biên chế; năm 2021 Bộ B cũ
    được giao 1.214 biên chế; năm 2024 Bộ A cũ được giao 502 biên chế; năm 2024 Bộ B cũ được
    giao 1.158 biên chế", and each later figure must be read as the unit of the one it follows
    (`Spelled.alike`). Only two bodies named by their proper names, two different ones, two
    different years, the link's words (if said) those of the second body's figure; in a
    sentence speaking of a merger both are the bodies as they were (as `_two_bodies`), and a
    name saying "mới" or "sau" is not spelled (which body is it?)."""
    match = _BODIES_THEN_LINK.search(text)
    if match is None:
        return [], []
    names = [match.group("name1"), match.group("name2")]
    heads = [re.match(_BODY_HEAD + r"\s+", name, _I) for name in names]
    said = match.group("lw")
    if (
        any(
            head is None or not name[head.end() :][:1].isupper()
            for head, name in zip(heads, names, strict=True)
        )
        or names[0].casefold() == names[1].casefold()
        or any(_NEW_BODY.search(name) for name in names)
        or match.group("y1") == match.group("y2")
        or (said is not None and not _same(said.strip(), match.group("w2").strip()))
        # (words before the first year the subject reader would not drop may be part of
        # the first body's name, which the later figures would then not share)
        or LEAD.sub("", text[: match.start()]).strip()
    ):
        return [], []
    merging = MERGING.search(text) is not None

    def clause(at: str, count: str) -> list[tuple[str, int, int] | str]:
        pieces: list[tuple[str, int, int] | str] = [("", *match.span(f"name{at}"))]
        if merging:
            pieces.append(" cũ")
        pieces += [" ", ("", *match.span(f"verb{at}")), " ", ("", *match.span(count))]
        return [*pieces, ("", *match.span(f"w{at}"))]

    later = ("", *match.span("link"))
    pieces = [
        *clause("1", "n1"),
        "; năm ",
        ("", *match.span("y1")),
        " ",
        *clause("2", "n2"),
        "; ",
        later,
        " ",
        *clause("1", "c"),
        "; ",
        later,
        " ",
        *clause("2", "d"),
    ]
    pair = (match.span("c"), match.span("d"), match.span("n1"), match.span("n2"))
    return [(match.start("name1"), match.end(), pieces)], [pair]


_PREVIOUS_SAID_FIRST = re.compile(
    # "Lộ trình từng năm so với năm trước: năm 2022 giảm 346 người; năm 2023 giảm 347
    # người; ...": a roadmap's lead saying its links are against the year before
    r"(?P<topic>Lộ\s+trình(?:\s+(?:giảm|tinh\s+giản))?(?:\s+(?:hằng|hàng|từng)\s+năm)?)\s+"
    r"(?P<against>so\s+với\s+năm\s+(?:liền\s+)?trước(?:\s+liền\s+kề|\s+đó)?)\s*:\s*"
    rf"(?P<link>năm\s+{YEAR}\s+(?:giảm|tăng)\s+{_COUNT}\s*(?:{_UNIT_WORD})?)(?=\s*;)",
    _I,
)


def _previous_said_first(text: str) -> list[tuple[int, int, list[tuple[str, int, int] | str]]]:
    """ "Lộ trình từng năm so với năm trước: năm 2022 giảm 346 người; năm 2023 giảm 347
    người; ..." → "Lộ trình từng năm: năm 2022 giảm 346 người so với năm trước; năm 2023
    giảm 347 người; ...": the comparison said once before the chain is its first link's,
    which the later links leave unsaid (a chain, `statements`). Only at the sentence's start
    and only where a link right after the colon changes by a count; any other text after
    the lead is left to the usual rules (unread)."""
    found = _PREVIOUS_SAID_FIRST.match(text)
    if found is None:
        return []
    return [_rewritten(found, "{topic}: {link} {against}")]


def _year_item(text: str) -> list[tuple[int, int, list[tuple[str, int, int] | str]]]:
    """ "- Năm 2027: công chức 2.520 biên chế; người làm việc 31.975 người" → "... công chức
    là 2.520 biên chế; người làm việc là 31.975 người"; "+ Năm 2024: giảm 1 biên chế công
    chức và 28 người làm việc" → "+ Năm 2024: biên chế công chức giảm 1, người làm việc giảm
    28". Only in an item opening with its year."""
    led = _YEAR_LED.match(text)
    if led is None:
        return []
    short: list[tuple[int, int, list[tuple[str, int, int] | str]]] = [
        (match.start(), match.end(), []) for match in _PAID_BY_BUDGET.finditer(text, led.end())
    ]
    if led.group("note"):
        short.insert(0, (led.start("note"), led.end("note"), []))
    shared = _SHARED_CHANGE.match(text, led.end())
    if shared is not None:
        if _same(shared.group("first"), shared.group("second")):
            return []
        verb = shared.span("verb")
        return [
            *short,
            (
                shared.start("verb"),
                shared.end(),
                [
                    ("", *shared.span("first")),
                    " ",
                    ("", *verb),
                    " ",
                    ("", *shared.span("a")),
                    ", ",
                    ("", *shared.span("second")),
                    " ",
                    ("", *verb),
                    " ",
                    ("", *shared.span("b")),
                ],
            ),
        ]
    named = [
        match
        for match in _CATEGORY_COUNT.finditer(text, led.end())
        # after a comma, only where a count closed the clause before ("công chức 1.088 biên
        # chế, người làm việc 3.486 người"): "cán bộ, công chức, viên chức 520" names one
        # figure of three categories, never the last one's
        if text[match.start() - 1] != "," or _COUNTED.search(text, 0, match.start() - 1)
    ]
    edits = short + [(match.end(), match.end(), ["là "]) for match in named]
    respective = _RESPECTIVE_CHANGE.search(text, named[-1].end()) if named else None
    if respective is not None:
        if len(named) != 2 or _same(named[0].group("cat"), named[1].group("cat")):
            return []
        verb, tail = respective.span("verb"), respective.span("tail")
        edits.append(
            (
                respective.start("lead"),
                respective.end(),
                [
                    ("", *named[0].span("cat")),
                    " ",
                    ("", *verb),
                    " ",
                    ("", *respective.span("a")),
                    ("", *tail),
                    ", ",
                    ("", *named[1].span("cat")),
                    " ",
                    ("", *verb),
                    " ",
                    ("", *respective.span("b")),
                    ("", *tail),
                ],
            )
        )
    return edits


_FROM_TO = re.compile(
    # "từ 4.610 người xuống còn 4.149 người", "từ 1.948 biên chế điều chỉnh thành 1.902 biên
    # chế", "từ 5.214 người thành 5.180 người": a figure before, the figure after, no year
    # ("từ 186 xuống 176 biên chế": one unit word after both figures)
    rf"(?<!\w)(?:(?P<dir>giảm|tăng)\s+)?từ\s+(?P<a>{_COUNT})(?:\s*(?P<aw>{_UNIT_WORD}))?\s+"
    # ("từ 1.050 giảm còn 997 biên chế", "từ 1.050 giảm xuống 997 biên chế": the fall said
    # twice, one move)
    r"(?P<verb>(?:được\s+)?(?:điều\s+chỉnh\s+)?"
    r"(?:giảm\s+xuống\s+còn|giảm\s+xuống|giảm\s+còn|xuống\s+còn|xuống|lên|còn|thành))\s+"
    # ("từ 1.050 giảm còn 997, giảm 53 biên chế": the unit word said once, by the cut after;
    # "từ 1.050 giảm còn 997 (giảm 53 biên chế)": the cut in parentheses, eng-chains6)
    rf"(?P<b>{_COUNT})(?:\s*(?P<bw>{_UNIT_WORD})"
    rf"|(?=\s*(?:,|\()\s*(?:giảm|tăng)\s+{_COUNT}\s*(?P<cw>{_UNIT_WORD})))",
    _I,
)
_CUT_AFTER = re.compile(
    # ", giảm 461 người" / "(giảm 170)" right after the figure after: the change between them
    rf"\s*(?:,\s*|\(\s*)(?P<verb>giảm|tăng)\s+(?P<c>{_COUNT})(?:\s*{_UNIT_WORD})?",
    _I,
)
_ADJUSTED = re.compile(r"(?<!\w)(?:điều\s+chỉnh\s+)?thành$", _I)


@dataclass(frozen=True)
class FromTo:
    """A figure's move "từ A ... (xuống còn|thành) B" in a sentence naming no year."""

    before: Span
    after: Span
    adjusted: bool
    """Said "thành" (an adjustment of one year's figure), not "xuống còn" (a fall over a
    period, the years of which the context must give)."""


def from_to(text: str, *, year_before: bool = False) -> FromTo | None:
    """The one from-to move of a sentence that names no year, or None (none, two, a year
    named, the figure after above the one before while the words say it falls). With
    `year_before`, an adjustment ("thành") may name one year before its move ("Biên chế
    công chức năm 2025: từ 2.412 biên chế điều chỉnh thành 2.368 biên chế"): the year whose
    figure it sets; a year after the move, or a fall, still gives None."""
    moves = list(_FROM_TO.finditer(text))
    if len(moves) != 1:
        return None
    move = moves[0]
    named = list(_YEAR_IN.finditer(text))
    if named and not (year_before and len(named) == 1 and named[0].end() <= move.start()):
        return None
    verb = " ".join(move.group("verb").lower().split())
    a, b = (int(move.group(g).replace(".", "")) for g in ("a", "b"))
    falls = verb.startswith(("xuống", "còn", "giảm")) or (move.group("dir") or "").lower() == "giảm"
    if (falls and b >= a) or (verb == "lên" and b <= a):
        return None
    adjusted = _ADJUSTED.search(verb) is not None
    if (adjusted and move.group("dir")) or (named and not adjusted):
        return None
    return FromTo(move.span("a"), move.span("b"), adjusted)


_FRAMED_PAIR = re.compile(
    # "Từ năm 2021 đến năm 2026, biên chế công chức từ 1.050 giảm còn 997 biên chế", "Biên
    # chế công chức từ năm 2021 đến hết năm 2026 giảm từ 1.050 xuống 997 biên chế": the
    # sentence's own two years, the earlier first
    rf"(?<!\w)từ\s+năm\s+(?P<first>{YEAR})\s+(?:đến|tới)\s+(?:hết\s+)?năm\s+(?P<then>{YEAR})"
    r"(?![0-9])\s*,?",
    _I,
)


def framed_from_to(text: str) -> tuple[str, int, int] | None:
    """A sentence framing its one move by its own pair of years ("Từ năm 2021 đến năm 2026,
    ... từ 1.050 giảm còn 997 biên chế, ..."): the sentence with the frame blanked (same
    length, so every span stays where it was), the earlier year and the later; None where
    the frame is missing or said twice, its years are not in order, another year is named,
    or no one move is left to read."""
    frames = list(_FRAMED_PAIR.finditer(text))
    if len(frames) != 1:
        return None
    frame = frames[0]
    first, then = int(frame.group("first")), int(frame.group("then"))
    blank = text[: frame.start()] + " " * (frame.end() - frame.start()) + text[frame.end() :]
    if then <= first or _YEAR_IN.search(blank) or from_to(blank) is None:
        return None
    return blank, first, then


THIS_YEAR = re.compile(r"(?<!\w)năm\s+nay(?!\w)", _I)
"""A news report's "năm nay": the year of its dateline (`Meta.article_year`), else unknown."""


def spell_this_year(text: str, year: int) -> Spelled | None:
    """ "Khối sự nghiệp năm nay còn 23.540 người, giảm 1.786 người so với năm 2021" in a
    report dated in 2024 → "... năm 2024 còn 23.540 người ..."; None where the sentence says
    no "năm nay"."""
    return _each_replaced(text, list(THIS_YEAR.finditer(text)), f"năm {year}")


HEADLINE_CUT = re.compile(
    # the place ("Cả nước", "Tỉnh Yên Bái", "Bộ Tài chính"): a few words, no digit nor clause
    # mark; then "tinh giản" and a count of "biên chế", never whom a severance is for
    r"^[^\W\d][\w.\-]*(?:[ ][^\W\d][\w.\-]*){0,4}?\s*:?\s+(?:đã\s+)?(?P<verb>tinh\s+giản)\s+"
    r"(?=[0-9]{1,3}(?:\.[0-9]{3})*\s+biên\s+chế(?!\s+(?:cho|đối\s+với))(?!\w))",
    re.IGNORECASE,
)
"""A headline's cut of posts said "tinh giản" ("Cả nước tinh giản 14.236 biên chế công chức
sau 5 năm thực hiện Kết luận 40"): the same cut the body states, or people who left (a count
the body gives apart); `build` takes it only as the body's change of that very amount."""


def spell_headline_cut(text: str) -> Spelled | None:
    """ "Cả nước tinh giản 14.236 biên chế công chức ..." → "Cả nước giảm 14.236 biên chế công
    chức ..."; None for any other shape (a body's line, leavers "tinh giản ... cho N người")."""
    found = HEADLINE_CUT.match(text)
    if found is None:
        return None
    writer = _Writer()
    writer.copy(text, 0, found.start("verb"))
    writer.add("giảm")
    writer.copy(text, found.end("verb"), len(text))
    return writer.done([])


_MINIMUM_THEN_RESULT = re.compile(
    # "Đến năm 2030, " (the result's year)
    rf"^(?P<lead>(?:đến|tới|đến\s+hết|đến\s+cuối)\s+năm\s+{YEAR}\s*,\s*)"
    # "tỉnh phải tinh giản tối thiểu 5% biên chế so với năm 2026" (a rule, no figure)
    r"(?P<rule>[^\d;:,()]{0,40}?(?:phải|cần)\s+(?:tinh\s+giản|giảm)\s+(?:tối\s+thiểu|ít\s+nhất)\s+"
    r"(?P<rate>[0-9]{1,2}(?:,[0-9]{1,2})?\s?%)\s+(?:số\s+)?biên\s+chế"
    rf"\s+so\s+với\s+(?:số\s+(?:biên\s+chế\s+)?(?:được\s+)?giao\s+)?năm\s+(?P<base>{YEAR}))"
    # "; tổng biên chế còn 1.216 biên chế, giảm 64 biên chế" (its one cut naming no year)
    r"\s*;\s*(?P<result>[^\d;:()]{1,60}?\s(?:còn|là)\s+[0-9]{1,3}(?:\.[0-9]{3})*\s+biên\s+chế\s*,\s*"
    r"giảm\s+[0-9]{1,3}(?:\.[0-9]{3})*\s+biên\s+chế)"
    r"(?P<after>(?:\s*\(\s*[0-9]{1,2}(?:,[0-9]{1,2})?\s?%\s*\))?\s*(?:,\s*(?:trong\s+đó|gồm|cụ\s+thể)\s*:?\s*)?[.;:]?\s*)$",
    re.IGNORECASE,
)


def spell_minimum_then_result(text: str) -> tuple[Spelled, Span] | None:
    """(eng-at2) "Đến năm 2030, tỉnh phải tinh giản tối thiểu 5% biên chế so với năm 2026;
    tổng biên chế còn 1.216 biên chế, giảm 64 biên chế, trong đó:" → "Đến năm 2030, tổng
    biên chế còn 1.216 biên chế, giảm 64 biên chế so với năm 2026, trong đó:": a rule of
    the minimum cut against a year, then the result it comes to, one figure and one cut
    naming no year: the cut is against the rule's year, the rule itself no figure of a unit
    (its rate's span given, outside the plan). None for any other shape (a count in the rule,
    a second figure or a year of the result's own, a rise, no base year)."""
    found = _MINIMUM_THEN_RESULT.match(text)
    if found is None:
        return None
    writer = _Writer()
    writer.copy(text, 0, found.end("lead"))
    writer.copy(text, found.start("result"), found.end("result"))
    writer.add(f" so với năm {found.group('base')}")
    writer.copy(text, found.end("result"), len(text))
    return writer.done([]), found.span("rate")


def spell_from_to(text: str, first: int, then: int) -> Spelled | None:
    """ "Lĩnh vực y tế: từ 4.610 người xuống còn 4.149 người, giảm 461 người" with the years
    its context gives (2021, 2026) → "Lĩnh vực y tế: năm 2021 là 4.610 người; năm 2026 là
    4.149 người, giảm 461 người so với năm 2021"; None where the sentence holds no such move
    or compares with a year of its own."""
    move = _FROM_TO.search(text)
    if move is None or then <= first or from_to(text) is None or _AGAINST.search(text):
        return None
    writer = _Writer()
    writer.copy(text, 0, move.start())
    writer.add(f"năm {first} là ")
    writer.copy(text, *move.span("a"))
    writer.add(" ")
    if move.group("aw"):
        writer.copy(text, *move.span("aw"))
    else:
        writer.add(move.group("bw") or move.group("cw"))
    writer.add(f"; năm {then} là ")
    writer.copy(text, *move.span("b"))
    writer.add(" ")
    if move.group("bw"):
        writer.copy(text, *move.span("bw"))
    else:
        writer.add(move.group("cw"))
    cut = _CUT_AFTER.match(text, move.end())
    if cut is not None:
        writer.copy(text, move.end(), cut.end())
        writer.add(f" so với năm {first}")
        writer.copy(text, cut.end(), len(text))
    else:
        writer.copy(text, move.end(), len(text))
    return writer.done([])


def spell_adjusted(text: str) -> tuple[Spelled, Span] | None:
    """ "Biên chế công chức ...: từ 1.948 biên chế điều chỉnh thành 1.902 biên chế." →
    "Biên chế công chức ...: 1.902 biên chế.", the figure the text sets, and where the
    figure it replaces stands (a unit of its own: the allocation before the adjustment);
    None where the sentence holds no adjustment "từ A ... thành B"."""
    move = _FROM_TO.search(text)
    found = from_to(text, year_before=True)
    if move is None:
        return _spell_given_gloss(text)
    if found is None or not found.adjusted:
        return None
    writer = _Writer()
    writer.copy(text, 0, move.start())
    writer.copy(text, move.start("b"), len(text))
    return writer.done([]), found.before


_GIVEN_GLOSS = re.compile(
    # "... năm 2024 là 1.876 biên chế (đã giao tại Nghị quyết số 27/NQ-HĐND: 1.901 biên
    # chế)", "a) Cấp tỉnh: 1.104 biên chế (đã giao: 1.117 biên chế)": the figure set, and in
    # brackets the figure given before (by the resolution named, or unsaid), in the same words
    rf"(?<![0-9.,])(?P<b>{_COUNT})\s*(?P<bw>{_UNIT_WORD})\s*\(\s*đã\s+giao"
    r"(?:\s+tại\s+(?:Nghị\s+quyết|Quyết\s+định)\s+số\s+[0-9]{1,4}(?:/[0-9]{4})?/[A-ZĐ-]+)?"
    rf"\s*:\s*(?P<a>{_COUNT})\s*(?P<aw>{_UNIT_WORD})\s*\)",
    _I,
)


def given_gloss(text: str) -> bool:
    """The sentence glosses a figure set with the one it replaces, "(đã giao: N ...)"."""
    return _FROM_TO.search(text) is None and _GIVEN_GLOSS.search(text) is not None


def _spell_given_gloss(text: str) -> tuple[Spelled, Span] | None:
    """A figure set with the one it replaces glossed in brackets "(đã giao: N ...)", the
    sentence's only gloss and only figures of that shape, both in the same unit words: the
    sentence without the gloss, and where the replaced figure stands (as `spell_adjusted`)."""
    glosses = list(_GIVEN_GLOSS.finditer(text))
    if len(glosses) != 1 or len(re.findall(r"đã\s+giao", text, _I)) != 1:
        return None
    gloss = glosses[0]
    if not _same(gloss.group("bw"), gloss.group("aw")):
        return None
    writer = _Writer()
    writer.copy(text, 0, gloss.end("bw"))
    writer.copy(text, gloss.end(), len(text))
    return writer.done([]), gloss.span("a")


_MOVE_BY_ADJUSTING = re.compile(
    # "Điều chỉnh giảm 45 người của sự nghiệp giáo dục, từ 15.218 người xuống còn 15.173
    # người, cụ thể:" (the change and the unit said first), "Các trường ...: giảm 20 người, từ
    # 2.146 người xuống còn 2.126 người;", "Bệnh viện A: từ 1.854 người lên 1.861 người (tăng 7
    # người)." (the unit, a colon, the change before the move or after it)
    rf"^\s*(?:(?:điều\s+chỉnh\s+)?(?P<ldir>giảm|tăng)\s+(?P<lc>{_COUNT})(?:\s*{_UNIT_WORD})?\s+"
    r"(?:của|cho|đối\s+với)\s+(?P<lname>[^\d;:.()%]{3,120}?)\s*,\s*"
    r"|(?P<iname>[^\d;:()%]{3,160}?)\s*:\s*"
    rf"(?:(?:điều\s+chỉnh\s+)?(?P<idir>giảm|tăng)\s+(?P<ic>{_COUNT})(?:\s*{_UNIT_WORD})?\s*,\s*)?)"
    rf"từ\s+(?P<a>{_COUNT})(?:\s*(?P<aw>{_UNIT_WORD}))?\s+"
    rf"(?P<verb>xuống\s+còn|xuống|còn|lên)\s+(?P<b>{_COUNT})\s*(?P<bw>{_UNIT_WORD})"
    rf"(?:\s*,\s*(?P<adir>giảm|tăng)\s+(?P<ac>{_COUNT})(?:\s*{_UNIT_WORD})?"
    rf"|\s*\(\s*(?P<pdir>giảm|tăng)\s+(?P<pc>{_COUNT})(?:\s*{_UNIT_WORD})?\s*\))?"
    r"(?=\s*(?:[,;.:]|$))",
    _I,
)


@dataclass(frozen=True)
class MovedBy:
    """An adjustment of one year's figure said as a move and the change it makes."""

    spelled: Spelled
    """The unit and the figure set ("sự nghiệp giáo dục: 15.173 người, cụ thể:")."""
    dropped: tuple[Span, ...]
    """The figure replaced and the change (checked against each other, no values)."""
    agrees: bool
    """Whether the change is the difference between the two figures, in its direction."""
    figures: tuple[Span, Span, Span]
    """The figure replaced, the figure set and the change, as written."""
    values: tuple[int, int, int]


def spell_moved_by(text: str) -> MovedBy | None:
    """ "Điều chỉnh giảm 45 người của sự nghiệp giáo dục và đào tạo, từ 15.218 người xuống
    còn 15.173 người, cụ thể:" → "sự nghiệp giáo dục và đào tạo: 15.173 người, cụ thể:", the
    figure the adjustment sets; the figure it replaces and the change are the document's own
    arithmetic (the change must be their difference), no figure of any year. Exactly one
    change said, before or after the move, in the move's direction; a year anywhere, a second
    move, or no change said: None (the context's year is the caller's to check)."""
    move = _MOVE_BY_ADJUSTING.match(text)
    if move is None or _YEAR_IN.search(text) or len(_FROM_TO.findall(text)) != 1:
        return None
    said = [
        (move.group(d), move.span(c))
        for d, c in (("ldir", "lc"), ("idir", "ic"), ("adir", "ac"), ("pdir", "pc"))
        if move.group(d)
    ]
    if len(said) != 1:
        return None
    direction, change = said[0]
    falls = direction.lower() == "giảm"
    if falls != (move.group("verb").lower() != "lên"):
        return None  # "tăng 7 người, từ 1.854 xuống 1.847": which is it?
    a, b, c = (int(text[s:e].replace(".", "")) for s, e in (move.span("a"), move.span("b"), change))
    name = "lname" if move.group("lname") else "iname"
    writer = _Writer()
    writer.copy(text, *move.span(name))
    writer.add(": ")
    writer.copy(text, move.start("b"), move.end("bw"))
    writer.copy(text, move.end(), len(text))
    agrees = (a - b if falls else b - a) == c and c > 0
    return MovedBy(
        writer.done([]),
        (move.span("a"), change),
        agrees,
        (move.span("a"), move.span("b"), change),
        (a, b, c),
    )


def paren_categories(text: str) -> bool:
    """Whether a parenthesis line gives two categories their changes against one year ("(giảm
    3 công chức và 4 viên chức so với năm 2021)"): which units they are, only the units read
    right before it may say (`build._paren_categories`), never the context's."""
    return bool(_PAREN_PAIR.match(text) or _PAREN_THEN_KEPT.match(text))


def _paren_categories(text: str) -> list[tuple[int, int, list[tuple[str, int, int] | str]]]:
    """ "(giảm 3 công chức và 4 viên chức so với năm 2021)" → "(công chức giảm 3 so với năm
    2021; viên chức giảm 4 so với năm 2021)": each category its own clause."""
    pair = _PAREN_PAIR.match(text)
    if pair is not None:
        if _same(pair.group("first"), pair.group("second")):
            return []
        links: list[tuple[str, int, int] | str] = []
        for name, count, rate in (("first", "a", "ra"), ("second", "b", "rb")):
            if links:
                links.append("; ")
            links += [("", *pair.span(name)), " ", ("", *pair.span("verb")), " "]
            links += [("", *pair.span(count))]
            if pair.group(rate):
                links.append(("", *pair.span(rate)))
            links += [" ", ("", *pair.span("against"))]
        return [(pair.start("verb"), pair.end("against"), links)]
    kept = _PAREN_THEN_KEPT.match(text)
    if kept is None:
        return []
    links = [("", *kept.span("first")), " ", ("", *kept.span("verb")), " ", ("", *kept.span("a"))]
    if kept.group("ra"):
        links.append(("", *kept.span("ra")))
    links += [" ", ("", *kept.span("against")), "; ", ("", *kept.span("rest"))]
    return [(kept.start("verb"), kept.end("rest"), links)]


_CORRECTED = re.compile(
    r",\s*(?:nên|vì\s+vậy|do\s+đó|như\s+vậy|thì)\s+(?:số|mức)\s+(?P<dir>giảm|tăng)\s+"
    rf"(?:thực\s+tế|đúng|chính\s+xác)\s+(?:chỉ\s+)?là\s+(?P<n>{NUM})\s+"
    r"(?P<w>biên\s+chế|người)(?=\s*(?:[;.]|$))",
    re.IGNORECASE,
)
"""A reviewer's correction after a figure ("Qua đối chiếu, năm 2024 tỉnh được giao 2.420 biên
chế công chức, nên số giảm thực tế là 36 biên chế"): the change the text stated against that
figure's year, as it should read."""


def corrected_change(text: str) -> re.Match[str] | None:
    """The correction a sentence ends its figure with, if any (`_CORRECTED`)."""
    return _CORRECTED.search(text)


def spell_correction(text: str, found: re.Match[str], year: int, base: int) -> Spelled:
    """ "<figure of year B>, nên số giảm thực tế là N biên chế; ..." with the year the change
    is of (its context's) → "<figure of year B>; năm Y giảm N biên chế so với năm B; ...": the
    same unit's change of Y against B."""
    writer = _Writer()
    writer.copy(text, 0, found.start())
    writer.add(f"; năm {year} ")
    writer.copy(text, *found.span("dir"))
    writer.add(" ")
    writer.copy(text, *found.span("n"))
    writer.add(" ")
    writer.copy(text, *found.span("w"))
    writer.add(f" so với năm {base}")
    writer.copy(text, found.end(), len(text))
    return writer.done([])
