"""One sentence's statements: which unit, which year, how many, changed by how much.

A sentence is read as a row of items found by pattern (a value "là 1.247 biên chế", a
change "giảm 16 biên chế so với năm 2023", a rate "tỷ lệ giảm 1,27%", a part of a
breakdown "1.124 cán bộ, công chức"). The text before a value or change is its subject;
an empty subject continues the previous statement of the sentence. Nothing here decides
years from context or names units: that is `core`'s job, with the whole document in view.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from lotrinh.extract.result import Message
from lotrinh.extract.text import NUM, YEAR
from lotrinh.model import Category, Rate
from lotrinh.numbers import NumberError, parse_count, parse_rate

Span = tuple[int, int]

_UNITW = r"(?:biên\s+chế|người|chỉ\s+tiêu|suất)"
_CAT = r"(?:cán\s+bộ,?\s+công\s+chức|CBCC|công\s+chức|viên\s+chức|VC)(?!\w)"
_MOD = r"(?:\s+(?:thêm|tối\s+thiểu|ít\s+nhất|được|khoảng|bình\s+quân))*"
_SO_VOI = rf"so\s+với\s+(?:[^0-9();.]{{0,60}}?\s)?năm\s+(?P<base>{YEAR})"
_NOT_MORE = r"(?![0-9]|\s?%)"

_ITEMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "rate",
        re.compile(
            r"(?<!\w)(?:t[ỷỉ]\s+lệ(?:\s+(?:giảm|tăng))?"
            r"|tương\s+đương(?:\s+với)?(?:\s+(?:t[ỷỉ]\s+lệ|mức))?(?:\s+(?:giảm|tăng))?)"
            rf"\s*(?:là\s+)?:?\s*(?P<n>{NUM}\s?%)",
            re.IGNORECASE,
        ),
    ),
    (
        "equiv",
        re.compile(
            r"(?<!\w)tương\s+đương(?:\s+với)?(?:\s+(?:giảm|tăng))?"
            rf"\s+(?P<n>{NUM}){_NOT_MORE}\s*{_UNITW}",
            re.IGNORECASE,
        ),
    ),
    (
        "change",
        re.compile(
            rf"(?<!\w){_SO_VOI}\s*,?\s*(?P<dir>giảm|tăng){_MOD}\s+(?P<n>{NUM})(?P<pct>\s?%)?"
            rf"(?:\s*{_UNITW})?",
            re.IGNORECASE,
        ),
    ),
    (
        "change",
        re.compile(
            rf"(?<!\w)(?P<dir>giảm|tăng){_MOD}\s+(?P<n>{NUM})(?P<pct>\s?%)?(?:\s*{_UNITW})?"
            rf"(?:\s*,?\s*\(?\s*{_SO_VOI})?",
            re.IGNORECASE,
        ),
    ),
    (
        "fromto",
        re.compile(
            rf"(?<!\w)(?:giảm|tăng)\s+từ\s+(?P<a>{NUM}){_NOT_MORE}(?:\s*{_UNITW})?"
            rf"(?:\s+(?:của\s+|vào\s+)?năm\s+(?P<ay>{YEAR}))?\s*,?\s+(?:xuống|lên)\s+(?:còn\s+)?"
            rf"(?P<n>{NUM}){_NOT_MORE}(?:\s*{_UNITW})?",
            re.IGNORECASE,
        ),
    ),
    (
        "value",
        re.compile(
            r"(?:(?<!\w)(?:là|còn|có|đạt|được\s+giao|giao)|:)\s+"
            r"(?:(?:tổng\s+cộng|tổng\s+số|khoảng|chỉ\s+còn|xuống\s+còn)\s+)?"
            rf"(?P<n>{NUM}){_NOT_MORE}(?:\s*{_UNITW}|(?=\s*(?:[.;,:)]|$)))",
            re.IGNORECASE,
        ),
    ),
    (
        "bare",
        re.compile(
            rf"(?<![0-9.,])(?P<n>{NUM}){_NOT_MORE}\s*biên\s+chế",
            re.IGNORECASE,
        ),
    ),
    (
        "part",
        re.compile(
            rf"(?<![0-9.,])(?P<n>{NUM}){_NOT_MORE}\s+(?:{_UNITW}\s+)?(?P<cat>{_CAT})",
            re.IGNORECASE,
        ),
    ),
)

_CATEGORY_HEAD = re.compile(
    r"(?:(?:số\s+lượng|số|biên\s+chế|tổng\s+số)\s+)?"
    r"(?P<cat>cán\s+bộ,?\s+công\s+chức|CBCC|công\s+chức|viên\s+chức|VC)(?!\w)",
    re.IGNORECASE,
)
_TOTAL = re.compile(
    r"(?<!\w)tổng\s+(?:số\s+)?(?:biên\s+chế|số\s+lượng)|^tổng\s+số(?!\w)"
    r"|^toàn\s+(?:tỉnh|thành\s+phố)(?!\w)",
    re.IGNORECASE,
)
UNIT_NOUN = re.compile(
    r"(?<!\w)(?:cơ\s+quan|đơn\s+vị|khối|chính\s+quyền|hội\s+đồng|[uủ][ỷy]\s+ban|sở|ban|ngành"
    r"|đảng|mặt\s+trận|tổ\s+chức|huyện|thị\s+xã|thành\s+phố|xã|phường|sự\s+nghiệp|giáo\s+dục"
    r"|y\s+tế|trường|bệnh\s+viện|hội|đoàn\s+thể|văn\s+phòng|cấp\s+tỉnh|cấp\s+huyện"
    r"|lĩnh\s+vực)(?!\w)",
    re.IGNORECASE,
)
_LEAD = re.compile(
    r"^(?:[\s,;:()\-–+•.]|(?:theo\s+đó|trong\s+đó|cụ\s+thể|riêng|bao\s+gồm|gồm|và|đối\s+với"
    r"|trong\s+số\s+đó|như\s+sau)(?!\w))+",
    re.IGNORECASE,
)
_TRAIL = re.compile(
    r"(?:[\s,;:(\-–]|(?<!\w)(?:dự\s+kiến|sẽ|được|giao|được\s+giao|trong\s+đó)(?!\w))+$",
    re.IGNORECASE,
)
_SUBJECT_YEAR = re.compile(
    rf"(?:(?<!\w)(?:đến|tới|trong|vào|của|cuối)\s+)*(?<!\w)năm\s+(?P<year>{YEAR})\s*[,:]?",
    re.IGNORECASE,
)
_PARENS = re.compile(r"\([^()]*\)")
_NOT_A_SUBJECT_END = re.compile(
    r"(?<!\w)(?:từ|giảm|tăng|xuống|lên|thêm|với|khoảng|đến|tới|trên|dưới|gần|hơn)\s*$",
    re.IGNORECASE,
)
_SCOPE = re.compile(r"\((?P<scope>không\s+(?:bao\s+gồm|kể|tính)[^()]*)\)", re.IGNORECASE)


class Kind(StrEnum):
    """What a subject names."""

    TOTAL = "total"
    BLOCK = "block"
    CATEGORY = "category"


@dataclass(frozen=True)
class Subject:
    """The text before a value or change, read as a unit and perhaps a year."""

    kind: Kind | None
    name: str
    """The unit's name as written, without year or connectors (scope removed for a total)."""
    category: Category | None = None
    year: int | None = None
    scope: str | None = None
    leading: bool = True
    """The unit's word opens the subject ("khối y tế ..."), rather than coming later in a
    clause ("do thành lập trường mới"), which is how a new subject starts mid-sentence."""


@dataclass
class Change:
    """A comparison with another year; `count` or `rate` or both."""

    increase: bool
    count: int | None
    rate: Rate | None
    base_year: int | None
    spans: list[Span] = field(default_factory=list)


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
    sets_year: bool = True
    """Whether its stated year governs the sentences after it (not for "từ A năm Y")."""


@dataclass(frozen=True)
class Orphan:
    """A quantity the sentence states that no statement could take."""

    span: Span
    why: Message


@dataclass
class Reading:
    """A sentence read: its statements and the quantities left over."""

    statements: list[Statement] = field(default_factory=list)
    orphans: list[Orphan] = field(default_factory=list)


def read_sentence(text: str) -> Reading:
    """Read one sentence's statements, in order."""
    reading = Reading()
    current: Statement | None = None
    last_change: Change | None = None
    after_value = False
    previous_end = 0
    for kind, match in _items(text):
        gap = text[previous_end : match.start()]
        previous_end = match.end()
        span = match.span("n")
        if kind == "bare":
            # "khối Đảng 50 biên chế": a count with no verb is a value only right after a
            # unit's name, never after "từ", "giảm", "khoảng" and the like.
            if read_subject(gap).kind is None or _NOT_A_SUBJECT_END.search(gap):
                reading.orphans.append(Orphan(span, _NO_VERB))
                previous_end = match.start()  # its words may still be a later subject
                continue
            kind = "value"
        if kind in ("value", "change", "fromto"):
            current = _statement_for(gap, current, reading.statements)
        if kind == "fromto" and current is not None:
            _take_from(match, current, reading)
        if current is None:
            reading.orphans.append(Orphan(span, _NO_SUBJECT))
            continue
        if kind in ("value", "fromto"):
            after_value = _take_value(match, current, reading)
        elif kind == "change":
            last_change = _take_change(match, current, reading)
            after_value = False
        elif kind == "rate":
            _take_rate(match, last_change if current.changes else None, reading)
        elif kind == "equiv":
            _take_equivalent(match, last_change if current.changes else None, reading)
        else:
            _take_part(match, current, None if after_value else last_change, reading)
    return reading


def _items(text: str) -> list[tuple[str, re.Match[str]]]:
    """All items, earliest first, longest first among those starting together, no overlap."""
    found = [(kind, match) for kind, pattern in _ITEMS for match in pattern.finditer(text)]
    found.sort(key=lambda item: (item[1].start(), -item[1].end()))
    chosen: list[tuple[str, re.Match[str]]] = []
    end = 0
    for kind, match in found:
        if match.start() >= end:
            chosen.append((kind, match))
            end = match.end()
    return chosen


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
    if current is not None and subject.kind is None:
        if subject.year is None or subject.year == current.subject.year:
            return current
        subject = Subject(
            current.subject.kind,
            current.subject.name,
            current.subject.category,
            subject.year,
            current.subject.scope,
        )
    container = None
    if subject.kind is Kind.CATEGORY:
        container = next(
            (s for s in reversed(made) if s.subject.kind in (Kind.TOTAL, Kind.BLOCK)), None
        )
    statement = Statement(subject, container=container)
    made.append(statement)
    return statement


def read_subject(gap: str) -> Subject:
    """Classify the text before a value or change: total, block, category, or nothing."""
    text = _LEAD.sub("", gap)
    text = _TRAIL.sub("", text)
    years = list(_SUBJECT_YEAR.finditer(text))
    year = int(years[-1].group("year")) if years else None
    named = _LEAD.sub("", _TRAIL.sub("", _SUBJECT_YEAR.sub(" ", text)))
    named = re.sub(r"\s{2,}", " ", named).strip()
    plain = _PARENS.sub(" ", named).strip()
    if not any(char.isalpha() for char in plain):
        return Subject(None, "", year=year)
    category = _CATEGORY_HEAD.match(plain)
    if category is not None:
        return Subject(Kind.CATEGORY, named, _category(category.group("cat")), year)
    total = _TOTAL.search(plain)
    if total:
        scope = _SCOPE.search(named)
        name = re.sub(r"\s{2,}", " ", _PARENS.sub(" ", named)).strip()
        return Subject(
            Kind.TOTAL,
            _capital(name),
            year=year,
            scope=scope.group("scope").strip() if scope else None,
            leading=total.start() == 0,
        )
    noun = UNIT_NOUN.search(plain)
    if noun:
        return Subject(Kind.BLOCK, _capital(named), year=year, leading=noun.start() == 0)
    return Subject(None, named, year=year)


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
    subject = current.subject
    earlier = Subject(
        subject.kind,
        subject.name,
        subject.category,
        int(match.group("ay")),
        subject.scope,
        subject.leading,
    )
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


def _take_part(
    match: re.Match[str], current: Statement, change: Change | None, reading: Reading
) -> None:
    count = _count(match, reading)
    if count is None:
        return
    current.parts.append(Part(_category(match.group("cat")), count, match.span("n"), change))


def _category(word: str) -> Category:
    """'viên chức' and 'VC' are VC; 'cán bộ, công chức', 'công chức' and 'CBCC' are CBCC."""
    return Category.VC if word.lower().startswith(("viên", "vc")) else Category.CBCC


def _count(match: re.Match[str], reading: Reading) -> int | None:
    try:
        return parse_count(match.group("n"))
    except NumberError as exc:
        reading.orphans.append(Orphan(match.span("n"), Message(exc.message_vi, exc.message_en)))
        return None


def _rate(text: str, span: Span, reading: Reading) -> Rate | None:
    try:
        return parse_rate(text)
    except NumberError as exc:
        reading.orphans.append(Orphan(span, Message(exc.message_vi, exc.message_en)))
        return None


_NO_SUBJECT = Message(
    "không rõ số này nói về đơn vị nào", "it is unclear which unit this number is about"
)
_NO_VERB = Message(
    "số biên chế không đứng sau tên một đơn vị hay một động từ (là, còn, giảm, ...)",
    "the count follows neither a unit's name nor a verb (là, còn, giảm, ...)",
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
