"""Counts a perfect reader leaves outside the plan, found clause by clause.

A staffing report says, beside the posts, who left under the severance decrees and what it
cost, who is in post, how far bodies went over their quotas. The sentence rules of
`statements` take one count at a time, right by its words; the rules here look at the clause
a count stands in and at the clause before it, where the words naming the people are said
once for several counts ("Giải quyết chính sách cho người thuộc diện tinh giản ...; dự kiến
giai đoạn 2022 - 2026 có 1.045 người, kinh phí khoảng 182 tỷ đồng"). Each rule only ever puts
counts outside where every number of the clauses it looks at is accounted for, so a figure of
a unit in the same sentence keeps the sentence for the ordinary reading.
"""

from __future__ import annotations

import re

from lotrinh.extract.document import NUM
from lotrinh.extract.lexicon import LEAVERS, NOT_STAFF_AFTER, counts_part_time

Span = tuple[int, int]

_I = re.IGNORECASE
_NOT_MORE = r"(?![0-9]|[.,][0-9]|\s?%)"
_NUMBER = re.compile(rf"(?<![0-9.,/]){NUM}{_NOT_MORE}")
_NOT_A_COUNT = re.compile(
    # a year, a span of years, a day, a decree's number ("29/2023/NĐ-CP")
    r"(?:19|20)[0-9]{2}(?![0-9/%]|[.,][0-9])|[0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{4})?"
    r"|[0-9]+(?:/[0-9]+)*[/-][A-ZĐ][A-ZĐa-zđ/-]*"
)
_MONEY = re.compile(
    rf"(?<![0-9.,]){NUM}\s*(?:nghìn\s+|triệu\s+|tỷ\s+)?(?:tỷ|triệu|nghìn)?\s*đồng(?!\w)", _I
)
_PEOPLE = re.compile(
    rf"(?<![0-9.,])(?P<n>{NUM}){_NOT_MORE}\s*(?:người(?!\s+làm\s+việc)|trường\s+hợp"
    r"|(?:cán\s+bộ|công\s+chức|viên\s+chức)(?:\s*,\s*(?:công\s+chức|viên\s+chức))*)(?!\w)",
    _I,
)
_POSTS_OR_CHANGE = re.compile(
    r"(?<!\w)(?:biên\s+chế|chỉ\s+tiêu|giao|phân\s+bổ|định\s+mức|người\s+làm\s+việc|hợp\s+đồng"
    r"|giảm|tăng|bổ\s+sung|còn|là)(?!\w)",
    _I,
)
"""Words of posts, of a change or of a figure stated ("là", "còn"): a clause holding one says
more than who left."""
_SETTLED = re.compile(
    r"(?<!\w)giải\s+quyết\s+(?:chế\s+độ|chính\s+sách)(?!\w)(?:[^\d;]|[0-9]+/){0,160}?"
    r"(?<!\w)tinh\s+giản(?!\w)"
    r"|(?<!\w)giải\s+quyết\s+(?:chế\s+độ|chính\s+sách)\s+tinh\s+giản(?!\w)",
    _I,
)
"""A severance policy settled ("giải quyết chính sách cho người thuộc diện tinh giản")."""
_AMONG = re.compile(r"\s*(?:trong\s+đó|gồm)\s*(?:có\s*)?:?\s*", _I)
_COUNT_OPENS = re.compile(r"(?<!\w)(?:có|với)\s*$", _I)


def _numbers(clause: str) -> list[re.Match[str]]:
    """The numbers of a clause that may be counts: no year, day, decree's number, money."""
    money = [m.span() for m in _MONEY.finditer(clause)]
    return [
        m
        for m in _NUMBER.finditer(clause)
        if _NOT_A_COUNT.match(clause, m.start()) is None
        and not any(start <= m.start() < end for start, end in money)
    ]


def _people_only(clause: str) -> list[re.Match[str]] | None:
    """The counts of a clause counting people and nothing else (money, days, decrees aside),
    with no word of posts, of a change or of a figure stated; None for any other clause."""
    if _POSTS_OR_CHANGE.search(clause):
        return None
    numbers = _numbers(clause)
    people = {m.start(): m for m in _PEOPLE.finditer(clause)}
    if not numbers or any(m.start() not in people for m in numbers):
        return None
    return [people[m.start()] for m in numbers]


def leavers_after_a_semicolon(text: str) -> set[Span]:
    """ "Giải quyết chính sách cho người thuộc diện tinh giản theo Nghị định số ...; dự kiến
    giai đoạn 2022 - 2026 có 1.045 người, kinh phí khoảng 182 tỷ đồng", "... đã giải quyết
    chính sách cho 9 người theo Nghị định số ..., tổng kinh phí 1,84 tỷ đồng; trong đó có 3
    công chức và 6 viên chức": the clause after ";" counts the leavers the clause before named.
    Only where that clause names a severance policy and holds no count but the leavers' own
    (one, said right after its verb), and the later clause counts people alone: either the
    one count the policy left unsaid ("có N người"), or the leavers' count broken down
    ("trong đó ..."), adding up to it. Anything else: nothing."""
    clauses: list[tuple[int, str]] = []
    start = 0
    for clause in text.split(";"):
        clauses.append((start, clause))
        start += len(clause) + 1
    for index, (_, first) in enumerate(clauses[:-1]):
        verbs = {m.end() for m in LEAVERS.finditer(first)}
        if _SETTLED.search(first) is None and not verbs:
            continue
        counts = _numbers(first)
        if any(m.start() not in verbs for m in counts) or len(counts) > 1:
            return set()  # a count of another kind before: the clauses may be about it
        offset, second = clauses[index + 1]
        people = _people_only(second)
        if people is None:
            return set()
        among = _AMONG.match(second)
        if counts:
            whole = _headcount(counts[0].group())
            said = [_headcount(m.group("n")) for m in people]
            if among is None or None in said or len(said) < 2 or sum(filter(None, said)) != whole:
                return set()
        elif len(people) != 1 or _COUNT_OPENS.search(second, 0, people[0].start()) is None:
            return set()
        return {(offset + m.start("n"), offset + m.end("n")) for m in people}
    return set()


def _headcount(text: str) -> int | None:
    return int(text.replace(".", "")) if re.fullmatch(r"[0-9]{1,3}(?:\.[0-9]{3})*", text) else None


_SPLIT = re.compile(
    r"\s*,?\s*(?:gồm|trong\s+đó)\s*(?:có\s+)?:?\s*(?P<list>[^;()]{1,200}?)"
    r"(?=\s*(?:;|\.(?![0-9])|$))",
    _I,
)
_SPLIT_PAREN = re.compile(
    # "có 8.135 cán bộ, công chức có mặt (kể cả 1.872 công chức cấp huyện điều động về)": the
    # people counted in, said in a parenthesis right after them
    r"\s*\(\s*(?:kể\s+cả|bao\s+gồm|gồm|trong\s+đó(?:\s+có)?)\s*:?\s*(?P<list>[^;()]{1,200}?)\s*\)",
    _I,
)
_PERSON_AFTER = re.compile(
    r"\s*(?:người(?!\s+làm\s+việc)|cán\s+bộ|công\s+chức|viên\s+chức|(?:giáo|giảng)\s+viên"
    r"|bác\s+sĩ|nhân\s+viên)(?!\w)",
    _I,
)
_POSTS_GIVEN = re.compile(
    r"(?<!\w)(?:giao|biên\s+chế|chỉ\s+tiêu|định\s+mức|phê\s+duyệt|được|dự\s+kiến|kế\s+hoạch"
    r"|giảm|tăng)(?!\w)",
    _I,
)


def in_post_split(text: str, end: int) -> list[Span]:
    """ "số người có mặt là 2.571 người, gồm 138 công chức và 2.433 viên chức", "Số giáo viên
    hiện có ... là 15.586 người, trong đó có 412 giáo viên hợp đồng theo Nghị định số
    111/2022/NĐ-CP": the list right after a count of people in post ending at `end` that
    only splits them, each count naming people (a decree's number or a day aside), no word
    of posts given or of a change: people too; so is a parenthesis right after it saying who
    is counted in ("(kể cả 1.872 công chức cấp huyện điều động về)"). Anything else:
    nothing."""
    found = _SPLIT.match(text, end) or _SPLIT_PAREN.match(text, end)
    if found is None:
        return []
    inner, shift = found.group("list"), found.start("list")
    if _POSTS_GIVEN.search(inner):
        return []
    numbers = [m for m in _NUMBER.finditer(inner) if _NOT_A_COUNT.match(inner, m.start()) is None]
    if not numbers or any(_PERSON_AFTER.match(inner, m.end()) is None for m in numbers):
        return []
    return [(shift + m.start(), shift + m.end()) for m in numbers]


_OVERRUN = re.compile(
    r"(?<!\w)(?:số\s+[^\d;]{0,80}?|(?:cũng\s+)?)(?<!không\s)(?<!chưa\s)vượt"
    r"(?:\s+(?:như|định\s+mức|quy\s+định|số\s+lượng|số)(?!\w))",
    _I,
)
_A_PEOPLE_COUNT = re.compile(rf"{NUM}{_NOT_MORE}\s*người(?!\s+làm\s+việc)(?!\w)", _I)
_CHANGE = re.compile(r"(?<!\w)(?:giảm|tăng)(?!\w)", _I)


_OVERRUN_IN_PARENTHESIS = re.compile(
    r"\((?P<inner>[^()]*?(?<!\w)còn\s+vượt(?=\s+[0-9])[^()]*)\)",
    _I,
)
"""A parenthesis of its own counting the people above the posts: "Các cơ quan có số người
đang công tác vượt biên chế được giao (toàn khối hiện còn vượt 17 người)"."""


def _overruns_in_parentheses(clause: str) -> set[Span]:
    """The counts of `_OVERRUN_IN_PARENTHESIS`: each a count of people after the words, in a
    parenthesis with no word of posts given or of a change before them."""
    spans: set[Span] = set()
    for paren in _OVERRUN_IN_PARENTHESIS.finditer(clause):
        inner = paren.group("inner")
        words = inner.lower().rindex("còn")
        numbers = _numbers(inner)
        if (
            numbers
            and not _POSTS_GIVEN.search(inner, 0, words)
            and not _CHANGE.search(inner)
            and all(m.start() > words and _A_PEOPLE_COUNT.match(inner, m.start()) for m in numbers)
        ):
            spans |= {
                (paren.start("inner") + m.start(), paren.start("inner") + m.end()) for m in numbers
            }
    return spans


_PEOPLE_ABOVE_QUOTA = re.compile(
    # eng-outside: "hiện toàn tỉnh còn 1.205 người vượt số biên chế được giao tại các đơn vị sự
    # nghiệp": the people held above the posts given, the count first (never "N người làm
    # việc", which is posts)
    rf"(?<![0-9.,/])(?P<n>{NUM}){_NOT_MORE}\s*người(?!\s+làm\s+việc)\s+vượt\s+(?:so\s+với\s+)?"
    r"(?:số|chỉ\s+tiêu|định\s+mức)\s+(?:biên\s+chế\s+|người\s+làm\s+việc\s+)?(?:được\s+)?giao(?!\w)",
    _I,
)


def overruns(text: str) -> set[Span]:
    """ "Đứng đầu về số viên chức vượt định mức là TP.HCM với 14.258 người; một số địa phương
    khác cũng vượt như Phú Yên 426 người, Cần Thơ 51 người, ...": a clause counting the
    people some bodies hold above their quota, each count "N người" after the words saying
    so: people, no figure of a unit. A word of posts given or of a change before them, or a
    count of another kind in the clause: nothing."""
    spans: set[Span] = set()
    start = 0
    for clause in text.split(";"):
        found = _OVERRUN.search(clause)
        numbers = _numbers(clause)
        if (
            found is not None
            and numbers
            and not _POSTS_GIVEN.search(clause, 0, found.start())
            and not _CHANGE.search(clause)
            and all(
                m.start() > found.end() and _A_PEOPLE_COUNT.match(clause, m.start())
                for m in numbers
            )
        ):
            spans |= {(start + m.start(), start + m.end()) for m in numbers}
        else:
            spans |= {(start + a, start + b) for a, b in _overruns_in_parentheses(clause)}
        start += len(clause) + 1
    return spans | {m.span("n") for m in _PEOPLE_ABOVE_QUOTA.finditer(text)}


_RATE = rf"{NUM}\s?%"
_LEAVING_PEOPLE = (
    r"(?:tổng\s+)?số\s+(?:người|biên\s+chế|cán\s+bộ,?\s+công\s+chức|công\s+chức|viên\s+chức)"
    r"\s+(?:đã\s+)?(?:nghỉ\s+hưu|thôi\s+việc|nghỉ\s+việc|tinh\s+giản|ra\s+khỏi\s+biên\s+chế)"
)
_RECRUITED_AGAINST_LEAVERS = re.compile(
    # "tuyển dụng bù không quá 50% số người nghỉ hưu, thôi việc": recruitment bounded by a
    # share of the people who left
    r"(?<!\w)tuyển(?:\s+dụng)?(?:\s+(?:mới|bù|thay\s+thế))?\s+(?:không\s+(?:quá|vượt\s+quá)|tối\s+đa)"
    rf"\s+(?P<rate>{_RATE})\s+{_LEAVING_PEOPLE}(?!\w)"
    # "cứ 10 người nghỉ thì chỉ được tuyển mới 5 người": the same rule by an example
    rf"|(?<!\w)cứ\s+(?P<out>{NUM}){_NOT_MORE}\s+người\s+(?:nghỉ|ra)(?!\w)[^\d;.]{{0,20}}?"
    r"\s+thì\s+(?:chỉ\s+)?(?:được\s+)?tuyển(?:\s+(?:dụng|mới))*\s+"
    rf"(?P<in>{NUM}){_NOT_MORE}\s+người(?!\w)",
    _I,
)


def recruitment_against_leavers(text: str) -> list[Span] | None:
    """ "... xây dựng phương án tuyển dụng bù không quá 50% số người nghỉ hưu, thôi việc; báo
    cáo ... trước ngày 15/12 hằng năm", "cứ 10 người nghỉ thì chỉ được tuyển mới 5 người":
    how many may be recruited for those who leave, a rule of the policy, no figure of a unit.
    The numbers of such a sentence, where it has no other (a day, a year, a decree's number
    aside); None otherwise."""
    found = list(_RECRUITED_AGAINST_LEAVERS.finditer(text))
    if not found:
        return None
    spans = [
        m.span(name) for m in found for name in ("rate", "out", "in") if m.group(name) is not None
    ]
    starts = {start for start, _ in spans}
    others = [
        m
        for m in re.finditer(rf"(?<![0-9.,/]){NUM}", text)
        if m.start() not in starts and _NOT_A_COUNT.match(text, m.start()) is None
    ]
    return None if others else spans


_AMONG_VACANCIES = re.compile(
    r"^\s*trong\s+(?:tổng\s+)?số\s+(?:(?:biên\s+chế|chỉ\s+tiêu)\s+)?(?:còn\s+thiếu|chưa\s+(?:được\s+)?"
    r"(?:sử\s+dụng|tuyển(?:\s+dụng)?|thực\s+hiện)|còn\s+trống)(?:\s+(?:nói\s+)?trên)?\s*[,:]",
    _I,
)
_PLACE_COUNT = re.compile(
    rf"(?<![0-9.,])(?P<n>{NUM}){_NOT_MORE}\s*(?:chỉ\s+tiêu|biên\s+chế|người)(?!\w)", _I
)


def vacancies_split(text: str) -> list[Span] | None:
    """ "Trong số còn thiếu, 11 chỉ tiêu đã để dự phòng bổ sung lãnh đạo, 23 chỉ tiêu dự kiến
    tiếp nhận công chức và 19 chỉ tiêu ...": a sentence opening on the posts not filled that
    shares them out; each count is vacancies (as `lexicon.UNUSED` says of a clause), no
    figure of a unit. Only where every number of the sentence is such a count (a year, a day,
    a decree's number aside); None otherwise."""
    if _AMONG_VACANCIES.match(text) is None:
        return None
    places = {m.start(): m for m in _PLACE_COUNT.finditer(text)}
    numbers = [m for m in _NUMBER.finditer(text) if _NOT_A_COUNT.match(text, m.start()) is None]
    if not numbers or any(m.start() not in places for m in numbers):
        return None
    return [places[m.start()].span("n") for m in numbers]


_MOVED_OF_ALL = re.compile(
    # "937 trong tổng số 2.071 cán bộ, công chức, viên chức các cơ quan cấp tỉnh (45,24%)
    # chuyển về làm việc tại ...": a share of the people of some bodies, moved
    rf"(?<![0-9.,])(?P<n>{NUM}){_NOT_MORE}\s+trong\s+(?:tổng\s+)?số\s+(?P<m>{NUM}){_NOT_MORE}\s+"
    r"(?:người|cán\s+bộ|công\s+chức|viên\s+chức)(?!\w)(?!\s+làm\s+việc)"
    rf"[^\d;.]{{0,120}}?(?:\(\s*(?P<rate>{_RATE})\s*\)[^\d;.]{{0,40}}?)?"
    r"(?<!\w)(?:(?:chuyển\s+)?về\s+làm\s+việc\s+(?:tại|ở)|được\s+(?:điều\s+động|điều\s+chuyển"
    r"|luân\s+chuyển|chuyển)\s+(?:về|sang|đến))(?!\w)",
    _I,
)


def moved_of_all(text: str) -> set[Span]:
    """The counts (and the share) of "N trong tổng số M <people> ... chuyển về làm việc tại
    ...": people moved and the people they are counted among, no figure of a unit."""
    return {
        m.span(name)
        for m in _MOVED_OF_ALL.finditer(text)
        for name in ("n", "m", "rate")
        if m.group(name) is not None
    }


# Session 10 (eng-outside3): families of clauses a perfect reader leaves outside, each
# accounting for every number of its clause. `outside_clauses` gives the counts to leave out
# of an ordinary reading; `outside_sentence` reads a sentence whole when they are all it holds.

_RATE_NUMBER = re.compile(rf"(?<![0-9.,/]){NUM}\s?%")
_REFERENCE = re.compile(
    # a part of a document named by its number ("tại mục 1", "khoản 3 Điều 1", "mục I.2")
    r"(?<!\w)(?:mục|khoản|điều|điểm|phần|chương|phụ\s+lục|biểu)\s+(?:[IVX]+\.)?[0-9]+(?:\.[0-9]+)*"
    r"(?![0-9]|[.,][0-9])"
    # a span of time ("trong 5 năm"), no count of people or posts
    r"|(?<![0-9.,])[0-9]{1,2}\s+(?:năm|tháng|ngày)(?!\w)(?!\s+[0-9])",
    _I,
)
_COUNT_UNIT = (
    r"(?:người(?!\s+làm\s+việc)(?:\s+làm\s+việc)?|biên\s+chế|chỉ\s+tiêu(?:\s+biên\s+chế)?)"
)
_PERSON = (
    r"(?:người(?!\s+làm\s+việc|\s+hoạt\s+động)|cán\s+bộ,?\s+công\s+chức(?:,?\s+viên\s+chức)?"
    r"|công\s+chức(?:,?\s+viên\s+chức)?|viên\s+chức)"
)
_ROUND = r"(?:(?:khoảng|gần|hơn|trên)\s+)?"
_DECREE_GAP = r"(?:[^\d;()]|[0-9]+/)"
"""Words between a verb and its count: no other number but a decree's ("111/2022/NĐ-CP")."""
_POSTS_WORDS = re.compile(
    r"(?<!\w)(?:biên\s+chế|chỉ\s+tiêu|giao|phân\s+bổ|giảm|tăng|bổ\s+sung|người\s+làm\s+việc)(?!\w)",
    _I,
)
_CHANGE_OR_GIVEN = re.compile(r"(?<!\w)(?:giảm|tăng|bổ\s+sung|giao|phân\s+bổ)(?!\w)", _I)
_NOT_THEIRS = re.compile(
    # "không thuộc số lượng người làm việc hưởng lương từ ngân sách": what the people are not
    r"(?<!\w)(?:không|nên\s+không)\s+(?:thuộc|tính\s+(?:vào|trong))\s[^;.]*",
    _I,
)

_CONTRACTED = re.compile(
    # "đang ký hợp đồng lao động theo Nghị định số 111/2022/NĐ-CP với 214 người", "đang hợp
    # đồng với 392 người": contract staff taken on, counted as people
    # ("Cục tiếp tục ký hợp đồng với 24 người", "Hiện Thanh tra Chính phủ ký hợp đồng với
    # 38 người": signing, whoever signs, is taking contract staff on)
    r"(?<!\w)(?:(?:đang|đã|hiện)\s+(?:ký\s+)?|ký\s+)hợp\s+đồng(?:\s+lao\s+động)?"
    # (eng-outside: "ký hợp đồng lao động làm công việc hỗ trợ, phục vụ theo Nghị định số
    # 111/2022/NĐ-CP với 312 người": the work said, support and service)
    r"(?:\s+(?:làm\s+)?(?:các\s+)?(?:công\s+việc\s+)?hỗ\s+trợ\s*,?\s*phục\s+vụ)?"
    rf"(?:\s+theo\s+nghị\s+định{_DECREE_GAP}{{0,40}}?)?\s+với\s+{_ROUND}"
    rf"(?P<n>{NUM}){_NOT_MORE}\s*người(?!\s+làm\s+việc)(?!\w)"
    # "ký hợp đồng làm công việc hỗ trợ, phục vụ ... trong phạm vi 22 chỉ tiêu": places for
    # support and service work, which is never held on posts
    r"|(?<!\w)hợp\s+đồng\s+(?:làm\s+)?(?:các\s+)?(?:công\s+việc\s+)?hỗ\s+trợ\s*,?\s*phục\s+vụ"
    rf"(?!\w){_DECREE_GAP}{{0,80}}?\s+trong\s+phạm\s+vi\s+(?P<places>{NUM}){_NOT_MORE}\s*"
    r"chỉ\s+tiêu(?!\w)",
    _I,
)
_REGISTERED = re.compile(
    # "đã có 27 người đăng ký nghỉ": people who asked to leave
    rf"(?<![0-9.,/])(?P<n>{NUM}){_NOT_MORE}\s*{_PERSON}\s+(?:đã\s+)?(?:đăng\s+ký|có\s+đơn|xin)"
    r"(?:\s+xin)?\s+nghỉ(?!\w)",
    _I,
)
_LEAVERS_COUNTED_APART = re.compile(
    # "những người nghỉ theo Nghị định số 29/2023/NĐ-CP (giai đoạn 2022 - 2024 có 27 người)",
    # "viên chức nghỉ hưu trước tuổi theo Nghị định ... (dự kiến 18 người trong giai đoạn)":
    # the people who leave, counted in the parenthesis right after them
    rf"(?<!\w){_PERSON}\s+(?:đã\s+)?nghỉ(?:\s+hưu(?:\s+trước\s+tuổi)?|\s+việc)?"
    rf"(?:\s+theo\s+(?:nghị\s+định|chế\s+độ|chính\s+sách){_DECREE_GAP}{{0,60}}?)?\s*"
    r"\((?P<inner>[^()]{1,80})\)",
    _I,
)
_INNER_PEOPLE = re.compile(
    r"^\s*(?:(?:giai\s+đoạn|năm|đến\s+ngày|dự\s+kiến|có|khoảng|gần|hơn|trên|là|[-–,]|\s"
    r"|[0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{4})?|(?:19|20)[0-9]{2}(?![0-9]))\s*)*"
    rf"(?P<n>{NUM}){_NOT_MORE}\s*người(?!\s+làm\s+việc)(?!\w)"
    r"(?:\s+(?:trong|cả)\s+giai\s+đoạn(?:\s+(?:này|trên))?)?\s*$",
    _I,
)
_SAID_AGAIN = re.compile(
    # "đã giải quyết cho hơn 400 người (412 người) nghỉ theo ...": the round count of leavers,
    # then exactly
    r"(?<!\w)(?:giải\s+quyết|tinh\s+giản)(?!\w)[^\d;()]{0,60}?\s(?:cho|đối\s+với)\s+"
    rf"{_ROUND}(?P<first>{NUM}){_NOT_MORE}\s*người\s*\(\s*(?P<n>{NUM}){_NOT_MORE}\s*người\s*\)"
    r"(?=\s*(?:đã\s+)?(?:nghỉ|thôi\s+việc|tinh\s+giản)(?!\w))",
    _I,
)
_ELIDED = re.compile(
    # "Hà Giang đã giải quyết chế độ tinh giản cho 415 người, Bắc Kạn cho 268 người": the same
    # verb, not said again, for another place
    rf"\s*,\s*(?:và\s+)?(?P<who>[^\d;,.()]{{1,40}}?)\s+cho\s+{_ROUND}(?P<n>{NUM}){_NOT_MORE}\s*"
    r"người(?!\s+làm\s+việc)(?!\w)",
    _I,
)
_LEFT_OVER = re.compile(
    # "47 cán bộ, công chức dôi dư": people left over (posts kept over say "biên chế")
    rf"(?<![0-9.,/])(?P<n>{NUM}){_NOT_MORE}\s*{_PERSON}\s+dôi\s+dư(?!\w)",
    _I,
)
_LEFT_OVER_SPLIT = re.compile(
    # "dôi dư 228 người, gồm 68 công chức và 160 viên chức", "số dôi dư là 4.369 người, trong
    # đó ...": people left over, then which categories or levels they are (`_left_over_split`)
    rf"(?<!\w)dôi\s+dư\s+(?:là\s+)?(?P<n>{NUM}){_NOT_MORE}\s*{_PERSON}(?!\w)\s*,?\s*"
    r"(?:gồm|bao\s+gồm|trong\s+đó)(?:\s+có)?\s*:?\s*",
    _I,
)
_LEFT_OVER_ITEM = re.compile(
    # "68 công chức", "cấp huyện 60 người", "người hoạt động không chuyên trách cấp xã 1.769
    # người": one share of the people left over, by its category or level (no word of posts
    # or of a change in its name: `_left_over_split`)
    rf"(?:(?P<label>[^\d;.()]{{1,80}}?)\s+)?(?P<n>{NUM}){_NOT_MORE}\s*"
    rf"{_PERSON}(?!\w)",
    _I,
)
_ITEM_APART = re.compile(r"\s*(?:,\s*và|,|và)\s+", _I)
_THE_REST = re.compile(
    # "...; 7 người còn lại sẽ được bố trí dần": the rest of the people just counted
    rf"^\s*(?:số\s+)?(?P<n>{NUM}){_NOT_MORE}\s*người\s+còn\s+lại(?!\w)",
    _I,
)
_ABOVE_QUOTA = re.compile(
    # "đang bố trí 3.689 người, vượt 617 người so với số được giao", "đang sử dụng 3.412
    # người, vượt số được giao": people in post, above the posts given ("có mặt 23.896 người, thấp
    # hơn số được giao": those present, below them; "các xã, phường có 4.108 cán bộ, công
    # chức, vượt 571 người so với số biên chế giao": people held, said by their category)
    r"(?<!\w)(?:đang\s+(?:sử\s+dụng|bố\s+trí|có)|có\s+mặt|có)\s+"
    rf"(?P<n>{NUM}){_NOT_MORE}\s*(?:người(?!\s+làm\s+việc)|cán\s+bộ,?\s+công\s+chức"
    r"|công\s+chức|viên\s+chức)(?!\w)\s*,\s*"
    rf"(?:vượt|nhiều\s+hơn|cao\s+hơn|thấp\s+hơn|ít\s+hơn)\s+(?:(?P<m>{NUM}){_NOT_MORE}\s*người\s+)?"
    r"(?:so\s+với\s+)?(?:số|chỉ\s+tiêu|định\s+mức)\s+(?:biên\s+chế\s+)?(?:được\s+)?giao(?!\w)",
    _I,
)
_OWN_PAY = re.compile(
    # "tự chi trả tiền lương cho 6.850 người làm việc từ nguồn thu sự nghiệp", "tự bảo đảm
    # tiền lương cho 785 người", "chuyển 6 người sang hưởng lương từ nguồn thu sự nghiệp",
    # "126 người của hai trường chuyển sang hưởng lương từ nguồn thu sự nghiệp", "17 người
    # làm việc không hưởng lương ngân sách": people paid from the units' own revenue
    r"(?<!\w)tự\s+(?:chi\s+trả|bảo\s+đảm|đảm\s+bảo)\s+tiền\s+lương\s+cho\s+"
    rf"(?P<n>{NUM}){_NOT_MORE}\s*người(?!\w)"
    rf"|(?<!\w)chuyển\s+(?P<m>{NUM}){_NOT_MORE}\s*người(?:\s+làm\s+việc)?\s+sang\s+hưởng\s+lương"
    r"\s+từ\s+nguồn\s+thu(?!\w)"
    rf"|(?<![0-9.,/])(?P<k>{NUM}){_NOT_MORE}\s*người(?:\s+làm\s+việc)?"
    # (eng-outside: "640 người làm việc của bệnh viện hưởng lương từ nguồn thu sự nghiệp")
    # (eng-ownrev: "1.012 người làm việc của 3 bệnh viện chuyển sang ...": bodies counted)
    r"(?:\s+của\s+(?:[0-9]{1,3}\s+)?[^\d;,.()]{1,40}?)?\s+"
    r"(?:(?:chuyển\s+sang\s+)?hưởng\s+lương\s+từ\s+nguồn\s+thu"
    r"|không\s+hưởng\s+lương\s+(?:từ\s+)?ngân\s+sách)(?!\w)"
    # (eng-ownrev: "Các đơn vị ... (dự kiến 310 người làm việc) chuyển sang hưởng lương từ
    # nguồn thu sự nghiệp": the people of the units named before, moved off the budget)
    rf"|(?<![0-9.,/])(?P<j>{NUM}){_NOT_MORE}\s*người(?:\s+làm\s+việc)?\s*\)\s*"
    r"chuyển\s+sang\s+hưởng\s+lương\s+từ\s+nguồn\s+thu(?!\w)",
    _I,
)
_OWN_PAY_SAID = re.compile(
    r"(?<!\w)(?:nguồn\s+thu\s+sự\s+nghiệp|không\s+hưởng\s+lương|tự\s+(?:bảo\s+đảm|đảm\s+bảo|chủ)"
    r"(?:\s+toàn\s+bộ)?\s+chi\s+thường\s+xuyên)(?!\w)",
    _I,
)
_SUMMED = re.compile(
    # "cộng hai thành phần chỉ được 3.916 biên chế, chênh 10 biên chế so với tổng số đề nghị",
    # "các thành phần nêu trên cộng lại chỉ được 2.763 biên chế, thấp hơn tổng số Tờ trình nêu
    # 5 biên chế": a reviewer adding up the document's parts and finding them short
    r"(?<!\w)cộng(?:\s+lại)?(?:\s+[^\d;,.]{1,40}?)??\s+(?:thì\s+)?(?:chỉ\s+)?(?:được|ra|bằng)\s+"
    rf"(?P<a>{NUM}){_NOT_MORE}\s*{_COUNT_UNIT}(?!\w)\s*,?\s*"
    r"(?P<gap>[^\d;]{0,60}?)"
    rf"(?P<b>{NUM}){_NOT_MORE}\s*{_COUNT_UNIT}(?!\w)(?P<after>[^\d;]{{0,80}})",
    _I,
)
_TOTAL_SAID = re.compile(r"(?<!\w)tổng\s+số(?!\w)", _I)
_APART = re.compile(
    r"(?<!\w)(?:chênh(?:\s+lệch)?|lệch|thấp\s+hơn|cao\s+hơn|ít\s+hơn|nhiều\s+hơn|thiếu|thừa)(?!\w)",
    _I,
)
_SUBTRACTED = re.compile(
    # "lấy 99.860 người trừ 98.540 người thì mức giảm là 1.320 người, không phải 1.420 người
    # như Tờ trình nêu": a reviewer's subtraction, set against the document's figure
    rf"(?<!\w)lấy\s+(?P<a>{NUM}){_NOT_MORE}\s*{_COUNT_UNIT}(?!\w)\s+trừ\s+(?:đi\s+)?"
    rf"(?P<b>{NUM}){_NOT_MORE}\s*{_COUNT_UNIT}(?!\w)\s+(?:thì\s+)?[^\d;,.]{{0,30}}?"
    rf"(?:là|được|bằng|còn)\s+(?P<c>{NUM}){_NOT_MORE}\s*{_COUNT_UNIT}(?!\w)"
    rf"\s*,?\s*không\s+phải(?:\s+là)?\s+(?P<d>{NUM}){_NOT_MORE}\s*{_COUNT_UNIT}(?!\w)",
    _I,
)
_ACHIEVED = re.compile(
    # "tuyển được 52 người, đạt 102% kế hoạch", "Tỷ lệ giải ngân ... đạt 97,5% dự toán": how
    # much of a plan or a budget was done
    rf"(?<!\w)đạt\s+(?:tỷ\s+lệ\s+)?(?P<r>{NUM}\s?%)\s+(?:so\s+với\s+)?(?:kế\s+hoạch|dự\s+toán)(?!\w)",
    _I,
)
_EXTREMES = re.compile(
    # after an average ("Bình quân mỗi đơn vị có 32 biên chế"), "xã đông dân nhất được giao 41
    # biên chế, xã ít nhất 24 biên chế": the largest and the smallest, no unit named
    r"(?:^|,|\bvà)\s*(?:các\s+|những\s+)?(?:xã|phường|thị\s+trấn|đơn\s+vị|cơ\s+quan|huyện|trường"
    r"|địa\s+phương)(?:\s+[a-zà-ỹđ]+){0,3}?\s+nhất\s+(?:được\s+giao\s+|có\s+|là\s+)?"
    rf"(?P<n>{NUM}){_NOT_MORE}\s*(?:biên\s+chế|người)(?!\w)",
)
_AVERAGE_SHOWN = re.compile(
    # "Bình quân mỗi xã, phường được giao 61 biên chế cán bộ, công chức (5.612 biên chế chia
    # cho 92 đơn vị hành chính cấp xã)": an average per body and the division giving it
    r"(?<!\w)(?:bình\s+quân|trung\s+bình)\s+(?:của\s+)?mỗi\s+[^\d;.()]{1,60}?\s+"
    rf"(?:(?:được\s+)?(?:giao|bố\s+trí|có)\s+|là\s+)?(?P<n>{NUM}){_NOT_MORE}\s*{_COUNT_UNIT}(?!\w)"
    r"[^\d;()]{0,40}?\(\s*"
    rf"(?P<a>{NUM}){_NOT_MORE}\s*(?:{_COUNT_UNIT}\s+)?chia\s+cho\s+(?P<k>{NUM}){_NOT_MORE}"
    r"\s+[^\d;()]{1,60}\)",
    _I,
)
_COUNTED_IN_THE_NEW = re.compile(
    # "42 người của Viện được tính trong số của đơn vị mới": the people of a body merged into
    # another, counted in the new body's figure, none of their own
    rf"(?<![0-9.,/])(?P<n>{NUM}){_NOT_MORE}\s*{_PERSON}(?:\s+của\s+[^\d;,.()]{{1,60}}?)?"
    r"\s+(?:đã\s+)?được\s+tính\s+(?:trong|vào)\s+(?:tổng\s+)?số\s+(?:của\s+)?"
    r"(?:đơn\s+vị|cơ\s+quan|tổ\s+chức)\s+(?:mới|sau\s+(?:hợp\s+nhất|sáp\s+nhập|sắp\s+xếp))(?!\w)",
    _I,
)
_SELF_RUN = re.compile(
    # "29/82 đơn vị sự nghiệp ... được giao quyền tự chủ về tài chính, với tổng số 29.153 người
    # làm việc": the people of units running on their own revenue, no posts of the plan
    r"(?<!\w)tự\s+chủ(?:\s+(?:hoàn\s+toàn\s+)?về)?\s+tài\s+chính\s*,?\s+với\s+(?:tổng\s+số\s+)?"
    rf"(?P<n>{NUM}){_NOT_MORE}\s*người(?:\s+làm\s+việc)?(?!\w)(?=\s*(?:[;.]|$))",
    _I,
)
_BODY_UNITS = r"(?:đầu\s+mối|đơn\s+vị|cơ\s+quan|tổ\s+chức)(?!\w)"
_BODIES_RANGE = re.compile(
    # "dự kiến còn 24 - 27 đầu mối, giảm 35 - 41%", "khoảng 13 - 16 đơn vị": bodies counted
    # within a range, and their cut in percent within a range
    rf"(?<![0-9.,/])(?P<a>{NUM}){_NOT_MORE}\s*[-–]\s*(?P<b>{NUM}){_NOT_MORE}\s*{_BODY_UNITS}"
    rf"(?:[^\d;.()]{{0,40}}?,\s*giảm\s+(?P<r>{NUM})\s*[-–]\s*(?P<s>{NUM}\s?%))?",
    _I,
)
_BODIES_SPLIT = re.compile(
    # "42 đầu mối (Bộ Xây dựng 19, Bộ Giao thông vận tải 23)": bodies counted, and by whom
    rf"(?<![0-9.,/])(?P<n>{NUM}){_NOT_MORE}\s*{_BODY_UNITS}\s*\((?P<inner>[^()0-9]*[0-9][^()]{{0,160}})\)",
    _I,
)
_BODIES_SHARE = re.compile(
    rf"(?:^|,|\svà)\s*[A-ZĐ][^\d,;()]{{1,60}}?\s(?P<m>{NUM}){_NOT_MORE}\s*(?=,|\svà|$)"
)


def _bodies_split(clause: str) -> list[Found]:
    """The shares of a count of bodies listed by whose they are, adding up to it."""
    found: list[Found] = []
    for split in _BODIES_SPLIT.finditer(clause):
        inner = split.group("inner")
        shares = list(_BODIES_SHARE.finditer(inner))
        counts = [_headcount(m.group("m")) for m in shares]
        numbers = _numbers(inner)
        if (
            len(shares) < 2
            or len(numbers) != len(shares)
            or None in counts
            or sum(filter(None, counts)) != _headcount(split.group("n"))
        ):
            continue
        shift = split.start("inner")
        found.append((split.span(), {(shift + m.start("m"), shift + m.end("m")) for m in shares}))
    return found


_OUT_OF_SCOPE = re.compile(
    # "..., hiện có 9.850 người, không thuộc phạm vi Kế hoạch này": people the text itself
    # says it does not cover
    r"(?<!\w)không\s+thuộc\s+phạm\s+vi\s+(?:điều\s+chỉnh\s+(?:của\s+)?)?"
    r"(?:kế\s+hoạch|đề\s+án|nghị\s+quyết|quyết\s+định|tờ\s+trình|báo\s+cáo)\s+này(?!\w)",
    _I,
)
_AVERAGE_SAID = re.compile(r"(?<!\w)(?:bình\s+quân|trung\s+bình)(?!\w)", _I)
_PART_TIME_FIRST = re.compile(
    r"^\W*(?:số\s+)?người\s+hoạt\s+động\s+không\s+chuyên\s+trách(?!\w)[^;]*?"
    r"(?<!\w)không\s+(?:thuộc|tính\s+vào)(?!\w)",
    _I,
)
_PART_TIME_COUNTED = re.compile(
    # "238 người hoạt động không chuyên trách", in a sentence saying they hold no post
    rf"(?<![0-9.,/])(?P<n>{NUM}){_NOT_MORE}\s*người\s+hoạt\s+động\s+không\s+chuyên\s+trách(?!\w)",
    _I,
)
_PART_TIME_GLOSSED = re.compile(
    # (s24) "bố trí 250 người (cán bộ, công chức và người hoạt động không chuyên trách)": people
    # counted with part-time commune staff, who hold no post, as the gloss right after says
    rf"(?<![0-9.,/])(?P<n>{NUM}){_NOT_MORE}\s*người\s*\((?P<gloss>[^()]{{1,160}})\)",
    _I,
)
_SET_APART = re.compile(
    # (s25, blind AX1) "120 biên chế giáo viên được bổ sung theo Quyết định số 72-QĐ/TW thực
    # hiện theo văn bản riêng, không tính vào số tại khoản 1 Điều 1": posts the text itself
    # sets apart from the figure of another clause, named by where it stands
    rf"(?<![0-9.,/])(?P<n>{NUM}){_NOT_MORE}\s*(?:biên\s+chế|chỉ\s+tiêu|người)(?!\w)"
    r"[^;:()]{0,160}?,?\s+không\s+(?:tính\s+vào|thuộc)\s+(?:tổng\s+)?số\s+(?:(?:quy\s+định|nêu)\s+)?"
    r"tại\s+(?:khoản|điểm|mục|Điều)(?!\w)",
    _I,
)
_BODIES = re.compile(
    rf"(?<![0-9.,/])(?P<n>{NUM}){_NOT_MORE}\s*(?:xã|phường|thị\s+trấn|thôn|tổ\s+dân\s+phố)(?!\w)",
    _I,
)
_NO_POST_SAID = re.compile(
    r"(?<!\w)không\s+(?:thuộc|tính\s+vào|phải(?:\s+là)?)\s+(?:số\s+)?(?:biên\s+chế|cán\s+bộ,?\s+công\s+chức)"
    r"(?!\w)",
    _I,
)
_GOAL_LEVEL = re.compile(
    # "so với mức 5% công chức và 10% viên chức": the goal's rates, named as a level the
    # figures are measured against, each of a category
    r"(?<!\w)(?:so\s+với|theo)\s+mức\s+(?:giảm\s+)?(?:tối\s+thiểu\s+)?"
    rf"(?P<r>{NUM}\s?%)\s+(?:biên\s+chế\s+)?(?:cán\s+bộ,?\s+)?(?:công\s+chức|viên\s+chức)(?!\w)"
    rf"(?:\s*(?:,|và)\s*(?P<r2>{NUM}\s?%)\s+(?:biên\s+chế\s+)?(?:công\s+chức|viên\s+chức)(?!\w))?",
    _I,
)


def _all_numbers(clause: str) -> list[Span]:
    """Every count and rate of a clause (a year, a day, a decree's or a section's number and
    money aside)."""
    references = [m.span() for m in _REFERENCE.finditer(clause)]
    rates = [m.span() for m in _RATE_NUMBER.finditer(clause)]
    counts = [
        m.span()
        for m in _numbers(clause)
        if not any(start <= m.start() < end for start, end in references)
    ]
    return sorted(counts + [(start, end) for start, end in rates])


_CHANGE_WORD = re.compile(r"(?<!\w)(?:giảm|tăng|bổ\s+sung)(?!\w)", _I)
_CATEGORY_WORD = re.compile(r"(?<!\w)(?:công\s+chức|viên\s+chức)(?!\w)", _I)
Found = tuple[Span, set[Span]]
"""A family's match: where it stands in its clause, and the numbers it puts outside."""


def _leavers_forms(clause: str, before: str) -> list[Found]:
    """Leavers: asked to leave, left over, counted in a parenthesis after them, their round
    count said again exactly, the verb not said again for another place, the rest of them."""
    found: list[Found] = [
        (m.span(), {m.span("n")})
        for pattern in (_REGISTERED, _LEFT_OVER)
        for m in pattern.finditer(clause)
    ]
    for apart in _LEAVERS_COUNTED_APART.finditer(clause):
        inner = _INNER_PEOPLE.match(apart.group("inner"))
        if inner is not None:
            shift = apart.start("inner")
            found.append((apart.span(), {(shift + inner.start("n"), shift + inner.end("n"))}))
    found += [(m.span(), {m.span("n")}) for m in _SAID_AGAIN.finditer(clause)]
    for verb in LEAVERS.finditer(clause):
        count = re.match(rf"{NUM}{_NOT_MORE}\s*người(?!\s+làm\s+việc)(?!\w)", clause[verb.end() :])
        if count is None or not clause[: verb.end()].rstrip().lower().endswith("cho"):
            continue
        position = verb.end() + count.end()
        while (more := _ELIDED.match(clause, position)) is not None:
            if _POSTS_WORDS.search(more.group("who")) or LEAVERS.search(more.group("who")):
                break
            found.append((more.span(), {more.span("n")}))
            position = more.end()
    found += _left_over_split(clause)
    rest = _THE_REST.match(clause)
    if rest is not None and LEAVERS.search(before) and not _POSTS_WORDS.search(clause):
        found.append((rest.span(), {rest.span("n")}))
    return found


def _left_over_split(clause: str) -> list[Found]:
    """ "dôi dư 429 người, trong đó cấp huyện 60 người và cấp xã 369 người", "dôi dư 228
    người, gồm 68 công chức và 160 viên chức": the people left over and their shares, two or
    more, each named by a category or a level with no word of posts or of a change, that add
    up to them (else whose they are, and which count is wrong, is not said: nothing)."""
    found: list[Found] = []
    for head in _LEFT_OVER_SPLIT.finditer(clause):
        spans = [head.span("n")]
        counts = [_headcount(head.group("n"))]
        position = head.end()
        while (item := _LEFT_OVER_ITEM.match(clause, position)) is not None:
            label = item.group("label") or ""
            if _POSTS_WORDS.search(label) or LEAVERS.search(label) or _SHARE_WORD.search(label):
                break
            spans.append(item.span("n"))
            counts.append(_headcount(item.group("n")))
            position = item.end()
            apart = _ITEM_APART.match(clause, position)
            if apart is None:
                break
            position = apart.end()
        if len(counts) >= 3 and None not in counts and sum(filter(None, counts[1:])) == counts[0]:
            found.append(((head.start(), spans[-1][1]), set(spans)))
    return found


_SHARE_WORD = re.compile(r"(?<!\w)(?:dôi\s+dư|có|là|còn|vượt|thiếu)(?!\w)", _I)
"""Words that make a share's name a clause of its own, not a category or a level."""


def _named(match: re.Match[str], *names: str) -> Found:
    return match.span(), {match.span(name) for name in names if match.group(name) is not None}


_DEGREE = (
    r"(?:tiến\s+sĩ|thạc\s+sĩ|đại\s+học|cao\s+đẳng|trung\s+cấp|sơ\s+cấp"
    r"|chuyên\s+khoa\s+(?:cấp\s+)?I{1,2})(?!\w)"
)
_BY_DEGREE = re.compile(
    # eng-outside: "trình độ: 13 thạc sĩ, 65 đại học, 1 cao đẳng", "69 người có trình độ đại
    # học": people counted by their degree, never posts (`_clause_families` takes them only in
    # a clause saying "trình độ", every number of it so accounted for)
    rf"(?<![0-9.,/])(?P<n>{NUM}){_NOT_MORE}\s*(?:người\s+(?:có|đạt)\s+trình\s+độ"
    rf"(?:\s+chuyên\s+môn)?\s+)?{_DEGREE}",
    _I,
)
_DEGREE_SAID = re.compile(r"(?<!\w)trình\s+độ(?!\w)", _I)


def _clause_families(
    clause: str, before: str, part_time_first: bool, no_post_said: bool
) -> tuple[set[Span], set[Span]]:
    """The numbers of one clause a family of outside forms accounts for: (those it puts
    outside, those other rules take as people: counts right after a verb of leaving, the
    round count a parenthesis says again, communes part-time staff work in). None where the
    clause, the families' own words aside, holds a word of a change. What the whole sentence
    says (`part_time_first`, `no_post_said`) is looked up once for all its clauses, so a
    sentence of many clauses is read in linear time."""
    verbs = {m.end() for m in LEAVERS.finditer(clause)}
    known = {m.span() for m in _numbers(clause) if m.start() in verbs}
    known |= {m.span("first") for m in _SAID_AGAIN.finditer(clause)}
    plain = _NOT_THEIRS.sub(" ", clause)
    found = _leavers_forms(clause, before)
    found += [
        _named(m, "n", "places")
        for m in _CONTRACTED.finditer(clause)
        if not _POSTS_WORDS.search(plain.replace(m.group(), " "))
    ]
    found += [_named(m, "n", "m") for m in _ABOVE_QUOTA.finditer(clause)]
    if _OWN_PAY_SAID.search(clause) and not _CHANGE_OR_GIVEN.search(plain):
        found += [_named(m, "n", "m", "k", "j") for m in _OWN_PAY.finditer(clause)]
    found += [
        _named(m, "a", "b")
        for m in _SUMMED.finditer(clause)
        if _APART.search(m.group("gap")) and _TOTAL_SAID.search(m.group("gap") + m.group("after"))
    ]
    found += [_named(m, "a", "b", "c", "d") for m in _SUBTRACTED.finditer(clause)]
    if not _CHANGE_OR_GIVEN.search(clause):
        found += [_named(m, "r") for m in _ACHIEVED.finditer(clause)]
    found += [_named(m, "n", "a", "k") for m in _AVERAGE_SHOWN.finditer(clause) if _divides(m)]
    found += [_named(m, "n") for m in _COUNTED_IN_THE_NEW.finditer(clause)]
    found += [_named(m, "n") for m in _SELF_RUN.finditer(clause)]
    found += [_named(m, "n") for m in _SET_APART.finditer(clause)]
    found += [_named(m, "a", "b", "r", "s") for m in _BODIES_RANGE.finditer(clause)]
    found += _bodies_split(clause)
    found += [
        _named(m, "n")
        for m in _PART_TIME_GLOSSED.finditer(clause)
        if counts_part_time(m.group("gloss"))
    ]
    if found:
        # the bodies a clause counts beside them ("gồm 6 đơn vị khối tham mưu"): the ordinary
        # reading's, as counts of bodies always are
        known |= {m.span() for m in _numbers(clause) if NOT_STAFF_AFTER.match(clause, m.end())}
    if _OUT_OF_SCOPE.search(clause) and not _POSTS_WORDS.search(plain):
        found += [_named(m, "n") for m in _PEOPLE.finditer(clause)]
        # the bodies they work in ("(34 đơn vị sau sắp xếp)"): counted, the ordinary reading's
        known |= {m.span() for m in _numbers(clause) if NOT_STAFF_AFTER.match(clause, m.end())}
    if _AVERAGE_SAID.search(before):
        found += [_named(m, "n") for m in _EXTREMES.finditer(clause)]
    if (
        part_time_first
        and before
        and not _POSTS_WORDS.search(clause)
        and not _CATEGORY_WORD.search(clause)
    ):
        found += [_named(m, "n") for m in _PEOPLE.finditer(clause)]
    if no_post_said:
        part_time = [_named(m, "n") for m in _PART_TIME_COUNTED.finditer(clause)]
        found += part_time
        if part_time:
            # the communes they work in ("ở 14 xã, thị trấn"): bodies, the ordinary reading's
            known |= {m.span("n") for m in _BODIES.finditer(clause)}
    found += [_named(m, "r", "r2") for m in _GOAL_LEVEL.finditer(clause)]
    if _DEGREE_SAID.search(clause):
        found += [_named(m, "n") for m in _BY_DEGREE.finditer(clause)]
    if not found or _CHANGE_WORD.search(_blank(clause, [span for span, _ in found])):
        return set(), known
    return {span for _, spans in found for span in spans}, known


def _divides(average: re.Match[str]) -> bool:
    """Whether the average said is the division shown, to the unit below or above."""
    n, a, k = (_headcount(average.group(name)) for name in ("n", "a", "k"))
    return n is not None and a is not None and k is not None and k > 0 and abs(a - n * k) < k


def _blank(clause: str, spans: list[Span]) -> str:
    """The clause with the families' matches and what the people are not ("không thuộc ...")
    blanked out: the words left are the clause's own."""
    chars = list(clause)
    for start, end in spans + [m.span() for m in _NOT_THEIRS.finditer(clause)]:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


_CLAUSE_END = re.compile(r";|[,(](?=\s*trình\s+độ\s*:)", _I)
"""Where a clause ends: a semicolon, or the comma or parenthesis opening people counted by
their degree ("..., trình độ: 413 thạc sĩ, 65 đại học"), a clause of its own. One character
each, so each clause starts one past the end of the one before."""


def _clauses_outside(text: str) -> tuple[set[Span], bool]:
    """The numbers the families put outside, and whether they alone are every number of the
    sentence (counts taken by a verb of leaving are the ordinary reading's)."""
    spans: set[Span] = set()
    whole = True
    start = 0
    before = ""
    part_time_first = _PART_TIME_FIRST.match(text) is not None
    no_post_said = _NO_POST_SAID.search(text) is not None
    for clause in _CLAUSE_END.split(text):
        taken, known = _clause_families(clause, before, part_time_first, no_post_said)
        numbers = _all_numbers(clause)
        if taken and all(span in taken or span in known for span in numbers):
            spans |= {(start + a, start + b) for a, b in taken}
            whole = whole and all(span in taken for span in numbers)
        elif numbers:
            whole = False
        before = clause
        start += len(clause) + 1
    return spans, whole and bool(spans)


_SAME_PEOPLE_ELSEWHERE = re.compile(
    r"\s*(?:người)?\s*;\s*(?:ở|tại)\s+(?:(?!biên\s+chế|chỉ\s+tiêu|giao|công\s+chức|viên\s+chức"
    r"|cán\s+bộ|làm\s+việc|hợp\s+đồng|giảm|tăng)[^\d;.:()])+:\s*",
    _I,
)
_PEOPLE_AFTER = re.compile(r"\s*người(?!\s*(?:làm\s+việc|hoạt\s+động))(?!\w)", _I)


def same_people_elsewhere(text: str, end: int, count: Span) -> bool:
    """eng-outside: "Người hoạt động không chuyên trách ở cấp xã: 264 người; ở thôn, tổ dân phố:
    581 người": whether the count at `count` is "N người" after a semicolon and another place
    alone ("; ở thôn, tổ dân phố: ") from the count ending at `end`: the same people, counted
    where else they work (no word of posts, of a category or of a change between)."""
    return (
        _SAME_PEOPLE_ELSEWHERE.fullmatch(text, end, count[0]) is not None
        and _PEOPLE_AFTER.match(text, count[1]) is not None
    )


def outside_clauses(text: str) -> set[Span]:
    """ "các đơn vị đang ký hợp đồng lao động theo Nghị định số 111/2022/NĐ-CP với 214 người",
    "đã có 27 người đăng ký nghỉ", "đang bố trí 3.689 người, vượt 617 người so với số được
    giao", "tự chi trả tiền lương cho 6.850 người làm việc từ nguồn thu sự nghiệp", "cộng hai
    thành phần chỉ được 3.916 biên chế, chênh 10 biên chế so với tổng số đề nghị": the counts
    of clauses a perfect reader leaves outside (contract staff, leavers, people in post above
    their quota, people paid from their units' revenue, a reviewer's arithmetic, a plan's
    share done, the extremes beside an average, part-time staff, the goal's level). Only a
    clause whose every number one of these accounts for (or a verb of leaving took) gives any."""
    return _clauses_outside(text)[0]


def outside_sentence(text: str) -> list[Span] | None:
    """The numbers of a sentence read whole as outside the plan (`outside_clauses`), where
    the families account for every number it holds; None otherwise."""
    spans, whole = _clauses_outside(text)
    return sorted(spans) if whole else None
