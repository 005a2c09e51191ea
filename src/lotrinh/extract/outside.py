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
from lotrinh.extract.lexicon import LEAVERS

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
    of posts given or of a change: people too. Anything else: nothing."""
    found = _SPLIT.match(text, end)
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
        start += len(clause) + 1
    return spans


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
