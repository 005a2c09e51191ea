"""Pass 3, statements: sentences read whole by one form before the items of the grammar
(`rules`) are tried: shares of a figure, "ngoài ra" bodies, goal rates, staff in post under a
lead, recruitment quotas, vacancies and recruitment set against leavers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lotrinh.extract.clauses import headcount
from lotrinh.extract.document import NUM, YEAR
from lotrinh.extract.lexicon import UNUSED
from lotrinh.extract.outside import (
    outside_sentence,
    recruitment_against_leavers,
    vacancies_split,
)
from lotrinh.extract.rules import AT_WORK, NOT_MORE, POSTS_GIVEN
from lotrinh.extract.sentence import Kind, Reading, Span, Statement
from lotrinh.extract.subjects import read_subject
from lotrinh.numbers import NumberError, parse_count

_I = re.IGNORECASE


_SHARE = re.compile(
    r"\s*(?:(?P<within>trong\s+đó|cụ\s+thể)\s*[,:]?\s*"
    # "Trong đó, năm 2026: ...": the year of the figure they share, said again
    rf"(?:năm\s+(?P<year>{YEAR})\s*[,:]?\s*)?"
    r"|(?P<back>trong\s+(?:tổng\s+)?số\s+(?:này|đó|trên"
    # "Trong tổng số 16.335 người: ...": the figure named again, by its count
    rf"|(?P<total>{NUM}){NOT_MORE}\s*(?:người|biên\s+chế|chỉ\s+tiêu(?:\s+biên\s+chế)?)(?!\w)))\s*[,:]?\s*)?"
    r"(?:(?:tiếp|kế)\s+(?:đến|theo)\s+(?:là\s+)?)?"
    r"(?P<obj>[^\d;]{2,80}?)\s+"
    r"(?P<takes>chiếm\s+(?:(?:tỷ\s+lệ|phần)\s+)?(?:(?:nhiều|ít|lớn|cao)\s+nhất\s+)?)?(?:với\s+)?"
    rf"(?P<n>{NUM}){NOT_MORE}\s*(?:người|biên\s+chế|chỉ\s+tiêu(?:\s+biên\s+chế)?)(?!\w)",
    _I,
)
_SHARE_SEPARATOR = re.compile(r"\s*(?:[;,]\s*(?:và\s+)?|và\s+)", _I)
REST_OF_IT = re.compile(r"(?<!\w)(?:khác|còn\s+lại)(?!\w)", _I)
_LEVEL_SHARE = re.compile(
    r"(?:biên\s+chế\s+(?:công\s+chức\s+)?)?(?:cấp\s+(?P<level>tỉnh|huyện|xã)|(?P<reserve>dự\s+phòng))",
    _I,
)
"""A share naming a level of the administration alone ("cấp tỉnh", "cấp huyện") or the
reserve ("dự phòng")."""


def levels_all_of_it(objects: list[str]) -> bool:
    """Whether the shares after "Trong đó:" are the levels of the administration, each once,
    the province's and one below it at least, and maybe the reserve ("Trong đó: cấp tỉnh
    1.226 biên chế; cấp huyện 1.030 biên chế; dự phòng 18 biên chế."): all of the figure, as
    the same list inside the figure's sentence is ("..., trong đó: cấp tỉnh ...; cấp huyện
    ..."). A level named twice, another name among them, or no level below the province's
    (the province's and the reserve: some of it, the rest untold) is not all of it."""
    named: list[str] = []
    for text in objects:
        match = _LEVEL_SHARE.fullmatch(text.strip())
        if match is None:
            return False
        named.append((match.group("level") or "dự phòng").lower())
    return len(named) == len(set(named)) and "tỉnh" in named and bool({"huyện", "xã"} & set(named))


def read_shares(text: str) -> Reading | None:
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
    total = headcount(first.group("total")) if first.group("total") else None
    if (
        total is None
        and not REST_OF_IT.search(matches[-1].group("obj"))
        and not (first.group("within") and levels_all_of_it([m.group("obj") for m in matches]))
    ):
        return None  # without the rest ("sự nghiệp khác"), the largest few, not all of it
    counts = [headcount(m.group("n")) for m in matches]
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


_BOUND = (
    r"(?:tối\s+thiểu|ít\s+nhất|bình\s+quân|trung\s+bình|khoảng"
    # "giảm gần 6%", "giảm hơn 5%", "giảm trên 10%", "giảm xấp xỉ 6%": a rate said roughly is
    # never what the figures give to the unit (eng-outside, session 18)
    r"|gần|hơn|trên|xấp\s+xỉ)"
)
_CUT_VERB = r"(?:giảm|cắt\s+giảm|tinh\s+giản)(?:\s+tiếp)?"
_GOAL_RATE = re.compile(
    rf"(?<!\w)giảm\s+(?:{_BOUND}\s+)+"
    rf"{NUM}\s?%"
    # "mục tiêu giảm 5% của Kết luận 40", "phải giảm 15% biên chế công chức": a cut named as
    # the goal or the duty, not as what the figures give
    # "giảm 15 - 20% công chức": a range of rates is a goal's, never what the figures give
    rf"|(?<!\w)giảm\s+{NUM}\s*[-–]\s*{NUM}\s?%"
    # "mục tiêu tinh giản 25% biên chế", "phấn đấu cắt giảm 10%", "từng bước giảm 10% biên
    # chế vào năm 2026": the cut a body works towards (eng-outside, session 18)
    # "các đơn vị được khuyến khích tinh giản 20% biên chế ngay trong năm 2025": a cut
    # urged on the bodies, a goal as well (eng-at1)
    r"|(?<!\w)(?:mục\s+tiêu|yêu\s+cầu|phải|phấn\s+đấu|từng\s+bước|khuyến\s+khích)\s+"
    rf"{_CUT_VERB}\s+(?:{_BOUND}\s+)*{NUM}\s?%",
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


def read_recruitment_against_leavers(text: str) -> Reading | None:
    """A sentence whose only numbers say how many may be recruited for those who leave
    (`outside.recruitment_against_leavers`): outside."""
    spans = recruitment_against_leavers(text)
    return Reading(outside=spans) if spans is not None else None


def read_outside_sentence(text: str) -> Reading | None:
    """A sentence whose every number a family of outside clauses accounts for
    (`outside.outside_sentence`): outside."""
    spans = outside_sentence(text)
    return Reading(outside=spans) if spans is not None else None


def read_vacancies_split(text: str) -> Reading | None:
    """A sentence sharing out the posts not filled (`outside.vacancies_split`): outside."""
    spans = vacancies_split(text)
    return Reading(outside=spans) if spans is not None else None


def read_goal_rates(text: str) -> Reading | None:
    """ "Đến năm 2026 giảm tối thiểu 5% biên chế công chức và 10% số lượng người làm việc so
    với năm 2021", "Mỗi năm giảm bình quân khoảng 1% ... và 2% ...": the cut a plan sets
    itself, in percent, with no count anywhere in the sentence: rules, outside the plan. Each
    clause holding a rate opens it with a minimum, an average or a bound ("tối thiểu", "ít
    nhất", "bình quân", "khoảng", a rough "gần", "hơn") or names it a goal ("mục tiêu", "phấn
    đấu", "từng bước" before the verb), or the sentence opens with its goal ("Mục tiêu: ...",
    `_GOAL_LEAD`) and each rate follows a verb of cut; a rate said plainly ("giảm 5% so với
    năm 2021") may be a claim on the figures, and the sentence is read as usual. Anything
    else: None."""
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
    under_goal = _GOAL_LEAD.match(text) is not None
    for index, clause in enumerate(clauses):
        first_rate = _RATE.search(clause)
        assert first_rate is not None
        goal = (_CUT_RATE if under_goal else _GOAL_RATE).search(clause)
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
_GOAL_LEAD = re.compile(
    r"\W*(?:(?:[0-9]+|[IVX]+|[a-zđ])\s*[.)]\s*)?mục\s+tiêu(?:\s+(?:chung|cụ\s+thể))?"
    r"(?:\s+(?:là|đến|của|mà)(?!\w)|\s*:)",
    _I,
)
"""A sentence opening with its goal ("Mục tiêu: ...", "Mục tiêu là đến năm 2026 ...", "1. Mục
tiêu chung: ..."): each cut it gives in percent is the goal's (eng-outside, session 18)."""
_CUT_RATE = re.compile(rf"(?<!\w){_CUT_VERB}\s+(?:{_BOUND}\s+)*{NUM}\s?%", _I)
"""A cut given by its rate ("giảm 5%", "tinh giản 25%", "giảm tiếp 10%")."""


_PRESENT_LEAD = re.compile(
    r"^(?:về\s+)?số\s+(?:người\s+)?(?:có\s+mặt|hiện\s+có|đang\s+làm\s+việc)\s*:", _I
)
_PEOPLE_COUNTED = re.compile(
    rf"(?<![0-9.,/])(?P<n>{NUM}){NOT_MORE}\s+(?:người(?!\s+làm\s+việc)|(?:người\s+)?{AT_WORK})(?!\w)",
    _I,
)


_NOT_PEOPLE_ONLY = re.compile(rf"{POSTS_GIVEN}|(?<!\w)(?:giảm|tăng)(?!\w)", _I)
"""Words of posts given or planned, or of a change: a clause holding them is not a count of
people in post alone."""


def read_present_under_lead(text: str) -> Reading | None:
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
    rf"(?P<n>{NUM}){NOT_MORE}\s*chỉ\s+tiêu\s*:",
    _I,
)
_QUOTA_ITEM = re.compile(rf"(?<![0-9.,/])(?P<n>{NUM}){NOT_MORE}\s*chỉ\s+tiêu(?!\w)", _I)


def read_recruitment_quota(text: str) -> Reading | None:
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
    counts = [headcount(m.group("n")) for m in [quota, *items]]
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


def read_besides(text: str) -> Reading | None:
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
    rf"(?P<n>{NUM}){NOT_MORE}\s*(?P<posts>biên\s+chế\s+)?(?P<obj>[^\d;.()]{{3,100}}?)(?=\s*(?:;|$))",
    _I,
)
_ITEM_SEPARATOR = re.compile(r"\s*;\s*(?:và\s+)?")
