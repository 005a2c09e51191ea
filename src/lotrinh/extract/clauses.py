"""Pass 3, statements: the clauses of a sentence whose counts stand outside the plan (vacancies,
people without posts, class quotas, lists of leavers), found before its items are chosen.
"""

from __future__ import annotations

import re

from lotrinh.extract.document import NUM
from lotrinh.extract.lexicon import (
    COMMUNE_CLASS,
    EXCLUDING,
    LEAVERS,
    LEFT,
    NO_POST_PEOPLE,
    UNUSED,
    assigned_own_revenue,
    groups_named,
)
from lotrinh.extract.rules import NOT_MORE, POSTS_GIVEN
from lotrinh.extract.sentence import Span

_I = re.IGNORECASE


_PEOPLE_PARTS = re.compile(
    r"\s*(?:\((?P<paren>[^()]{1,200})\)|,?\s*trong\s+đó\s*:?(?P<list>[^;()]{1,200}?)(?=\s*(?:;|\.(?![0-9])|$)))",
    _I,
)
PEOPLE = re.compile(rf"(?<![0-9.,/])(?P<n>{NUM}){NOT_MORE}\s*người(?!\w)", _I)


def people_breakdown(text: str, end: int) -> Span:
    """The parenthesis or "trong đó" list right after a count of people in post that only
    splits them (each count "N người", no word of posts given): (0, 0) when there is none."""
    found = _PEOPLE_PARTS.match(text, end)
    if found is None:
        return (0, 0)
    inner = found.group("paren") or found.group("list") or ""
    if re.search(POSTS_GIVEN, inner, _I) or any(
        not PEOPLE.match(inner, m.start()) for m in re.finditer(r"(?<![0-9.,/])[0-9]", inner)
    ):
        return (0, 0)
    return found.span()


def unused_clauses(text: str) -> list[Span]:
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
    rf"(?<![0-9.,])(?P<n>{NUM}){NOT_MORE}\s*(?:người|cán\s+bộ|công\s+chức|viên\s+chức|CBCC"
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
_A_COUNT = re.compile(rf"(?<![0-9.,])(?P<n>{NUM}){NOT_MORE}", _I)


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
    opener = BREAKDOWN_OPENS.search(text, window, first.start())
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
    said = [headcount(c.group("n")) for c in counts]
    total = headcount(whole.group("n"))
    if len(counts) < 2 or total is None or None in said or sum(filter(None, said)) != total:
        return []
    return counts


_HEADCOUNT = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})*")


def headcount(text: str) -> int | None:
    """A count of people as news writes it, "06" included (a figure of posts never may)."""
    return int(text.replace(".", "")) if _HEADCOUNT.fullmatch(text) else None


def held_outside(text: str) -> set[Span]:
    """The counts of a sentence a perfect reader leaves outside the plan whichever rule takes
    them: people holding no post named right by their count (`_no_post_counts`) and what a
    decree allows each commune of a class (`lexicon.COMMUNE_CLASS`)."""
    return _no_post_counts(text) | _class_quotas(text) | _required_least(text)


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
    rf"(?<![0-9.,/])(?P<n>{NUM}){NOT_MORE}\s*(?:người(?!\s+làm\s+việc)|(?P<quota>chỉ\s+tiêu))"
    r"(?!\w)",
    _I,
)
_COUNT_THEN_NO_POST = re.compile(
    rf"(?<![0-9.,/])(?P<n>{NUM}){NOT_MORE}\s*người(?!\s+làm\s+việc)(?!\w)"
    rf"(?:(?!(?:trong\s+đó|gồm|không|và)(?!\w))[^\d;.(),]){{0,30}}?(?:{NO_POST_PEOPLE.pattern})",
    _I,
)
_JOINED = re.compile(r"(?<!\w)và\s+(?:số\s+(?:lượng\s+)?)?(?:người\s+)?(?:lao\s+động\s+)?$", _I)
_A_NOTE_OPENS = re.compile(
    r"\s*(?:\*+\s*)?(?:(?:ghi\s+chú|lưu\s+ý)\s*:\s*)?"
    r"(?:(?:các\s+)?số\s+liệu(?:\s+(?:trên|nêu\s+trên|tại\s+biểu))?\s+)?$",
    _I,
)
"""A note opening its sentence with the exclusion ("Ghi chú: Không bao gồm lao động hợp đồng
theo Nghị định số 111/2022/NĐ-CP (46 người) ..."): no unit before it, so the count in the
parenthesis right after the people left out is theirs, not the others' ("Tổng số người làm
việc không kể hợp đồng (1.200 người)" keeps the others' count: a unit precedes)."""
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
        excluded = EXCLUDING.search(clause)
        if excluded is not None and not (
            found.group("paren") and _A_NOTE_OPENS.match(clause[: excluded.start()])
        ):
            continue
        if _JOINED.search(clause) and groups_named(clause) and not not_counted:
            continue
        if not found.group("contract") and assigned_own_revenue(text, clause):
            # "Số lượng người làm việc hưởng lương từ nguồn thu sự nghiệp của các đơn vị tự
            # bảo đảm chi thường xuyên năm 2026 là 2.045 người": posts the text assigns
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
        if (count := A_NUMBER.match(text, found.end())) is not None
    }


_REQUIRED_LEAST = re.compile(
    # "giảm 100 so với năm 2021 (yêu cầu giảm tối thiểu 98)", "(mức giảm tối thiểu theo Kết
    # luận là 98 biên chế)": the least cut a target asks for, quoted beside the plan's own
    r"\(\s*(?:theo\s+)?(?:yêu\s+cầu|mức|mục\s+tiêu)\s+(?:phải\s+)?(?:giảm\s+)?"
    r"(?:tối\s+thiểu|ít\s+nhất)(?:\s+theo\s+[^\d()%;]{1,40}?)?\s+(?:là\s+)?"
    rf"(?P<n>{NUM})(?![0-9]|[.,][0-9]|\s?%)\s*(?:biên\s+chế|người)?\s*\)",
    _I,
)


def _required_least(text: str) -> set[Span]:
    """A least cut a target asks for, in parentheses after the plan's cut ("(yêu cầu giảm tối
    thiểu 98)"): the target's arithmetic (KL 40's 5% of the base), nobody's figure."""
    return {found.span("n") for found in _REQUIRED_LEAST.finditer(text)}


_QUOTA_CITED = re.compile(r"(?<!\w)(?:định\s+mức|tối\s+đa|theo\s+nghị\s+định)(?!\w)", _I)


def leaver_lists(text: str) -> list[Span]:
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


BREAKDOWN_OPENS = re.compile(
    # (a decree's number may stand between: "cho 96 người theo Nghị định số 108/2014/NĐ-CP,
    # trong đó 31 công chức và 65 viên chức")
    # ("tinh giản 9.595 người; trong đó có 339 người ...": after a semicolon too)
    r"(?:[^\d;()]|[0-9]+/){0,120}?(?:\s\(|[,;]?\s*(?<!\w)(?:trong\s+đó|(?:bao\s+)?gồm)(?!\w)\s*:?)",
    _I,
)
A_NUMBER = re.compile(rf"(?<![0-9.,]){NUM}")
_REMAINING = re.compile(r"(?<!\w)còn(?!\w)", _I)
