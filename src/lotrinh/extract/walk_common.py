"""Names shared by build.py's walk modules (regexes, helpers, drafts).

Part of `build`'s walk, split from it by theme: module-level names used by several of them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from lotrinh.extract.document import YEAR, Sentence, Token
from lotrinh.extract.headlines import HeadlineFigure, WholeWhen
from lotrinh.extract.lexicon import (
    LEAVERS_HEAD,
    NOT_STAFF_AFTER,
    STAFF_AFTER,
    STAFF_WORDS,
    kind_of,
    names_part_time,
    subset_counts,
)
from lotrinh.extract.lexicon import Kind as LexKind
from lotrinh.extract.result import CoverageEntry, Message, Status
from lotrinh.extract.sentence import Change, Statement
from lotrinh.model import Category
from lotrinh.numbers import NumberError, parse_count, parse_rate

Span = tuple[int, int]


_ALL_HOI = re.compile(
    # ("3. Đối với biên chế hội có tính chất đặc thù": the section's topic, as the bare name)
    r"(?:(?:đối\s+với|về)\s+)?(?:biên\s+chế\s+)?(?:của\s+|giao\s+cho\s+)?"
    # ("II. Số lượng người làm việc trong các hội có tính chất đặc thù": the hội's people)
    r"(?:(?:số\s+lượng\s+)?người\s+làm\s+việc\s+(?:trong|tại|của)\s+)?"
    r"(?:các\s+)?(?:tổ\s+chức\s+)?hội\s+"
    r"(?:có\s+tính\s+chất\s+)?đặc\s+thù\s*:?",
    re.IGNORECASE,
)


@dataclass
class _ClaimDraft:
    unit: str
    year: int
    sentence: Sentence
    value: int | None = None
    changes: list[dict[str, Any]] = field(default_factory=list)
    year_note: Message | None = None


@dataclass
class _HeadlineChange:
    """A headline's change kept until the body is read (`_Walk._headline_change`)."""

    entry: int
    sentence: Sentence
    text: str
    found: list[Token]
    outside: list[Span]
    change: Change
    year: int | None
    """None: the headline names no year at all ("Huyện A giảm 476 cán bộ, công chức"); the
    body's one change of that amount says which."""
    year_note: Message | None
    base_year: int | None = None
    """The year it compares with, where the headline or its period says."""
    category: Category | None = None
    """The category the headline names, if it names one: the body's unit must be of it."""
    of_whole: bool = False
    """A place's change of "biên chế" alone, nothing more (`headlines.names_the_whole`): the
    text's total's."""
    when: WholeWhen | None = None
    """A place's change of "biên chế" alone naming no base but when it happened ("trong năm
    2026", "sau ba năm", `headlines.whole_change_when`): the text's total's."""
    said_as_cut: bool = False
    """Said "tinh giản N biên chế" (`chains.spell_headline_cut`): the body's change of that
    very amount, or people who left; never a claim found wrong against another amount."""


@dataclass
class _HeadlineFigureKept:
    """A headline's count of posts naming no unit ("Tây Ninh giao 30.512 biên chế năm 2025"),
    kept until the body is read (`_Walk._headline_figure`)."""

    entry: int
    sentence: Sentence
    text: str
    found: list[Token]
    figure: HeadlineFigure
    year: int | None
    """None: a headline naming no year over a text naming none for it, whose year is that of
    the one body figure it restates ("Tuyên Quang (mới) có 4.962 biên chế công chức sau hợp
    nhất")."""
    year_note: Message | None


@dataclass
class _ManyNamed:
    """A count at the top followed by several categories ("Tạm giao 26.974 người làm việc
    trong đơn vị sự nghiệp, các hội; cán bộ, công chức cấp xã năm 2023"), kept until the body
    is read (`_Walk._many_named_figure`)."""

    entry: int
    sentence: Sentence
    text: str
    found: list[Token]
    outside: list[Span]
    value: int
    span: Span
    groups: frozenset[int]
    year: int


@dataclass
class _Enumeration:
    """A unit whose parts the items below it list ("... là 28.960 biên chế. Trong đó:")."""

    unit: str
    level: str | None
    """The item level of the line that opened it (None: a paragraph, a table's total row)."""
    base_year: int | None = None
    """The one year its own sentence compares with: "giảm 346 người so với năm 2016. Trong
    đó: - Công chức: 2.929 người (giảm 41 người)" compares the items with 2016 too."""
    opened: int = 0
    """The line that opened it: which listing of its unit's parts this is."""
    annotated: bool = False
    """Whether a parenthesis line stands between two of its items: its items each carry
    their own, so one after its last item is that item's too."""
    year: int | None = None
    """For a list whose opening line was not read: the year that line names (0 for several),
    the only year its items may be read for."""
    years_of: bool = False
    """Its items naming only a year are the unit's figures or changes of that year (a lead
    about the unit's yearly cuts whose items add up to its stated cut, `_yearly_lead`)."""
    shared: bool = False
    """Opened by a line saying only that the figure above is shared out ("Phân bổ cụ thể
    như sau:", `_broken_down`): its items are of that figure's year where nothing else gives
    one (the figure is the only year the list speaks of)."""
    named: Category | None = None
    """For a list whose opening line was not read: the one category that line names, the
    only one its items may be read as."""
    body: str | None = None
    """For a list led by a line naming only the body receiving the posts ("+ Tại Văn phòng
    UBND tỉnh:", `leads.receiving_body`): that body, whose category lines its items are."""
    counted: bool = False
    """For a list whose opening line was not read: that line stated a count (a lead naming
    none, "Phân theo cấp quản lý:", is a label whose items stand on their own)."""
    category: Category | None = None
    """For a list led by a line naming only one category's posts year by year ("Số người làm
    việc toàn ngành giảm dần qua các năm:", `_category_lead`): that category, whose own line
    its items naming only a year are."""
    former: bool = False
    """(latent7) For a list under a heading naming one former place ("1. Tỉnh Hà Giang (cũ)"):
    its items are that place's posts, never the text's own lines: unread."""
    own_revenue: bool = False
    """For a list whose opening line was not read as a unit: that line names posts paid from
    the units' own revenue ("Phê duyệt 1.847 người làm việc hưởng lương từ nguồn thu sự
    nghiệp …, trong đó:"); its items are those posts, no unit read holds them, and read on
    their own they would be taken for the budget's: unread."""


Resolved = tuple[Statement, int, Message | None, str | None]
"""A statement with its year, how the year was found, and its unit when the context gives
it (a parenthesis line speaks of the item above)."""


_BARE_POSTS = re.compile(r"(?:số\s+)?biên\s+chế(?:\s+được)?(?:\s+giao)?", re.IGNORECASE)


_BARE_POSTS = re.compile(r"(?:số\s+)?biên\s+chế(?:\s+(?:được\s+)?giao)?", re.IGNORECASE)
"""A subject naming posts and nothing else ("Biên chế đến năm 2026 là ..."): of no unit by
its words."""
"""The unit of a list whose opening line was not read (no unit id is empty)."""


_ROADMAP_CATEGORY_LEAD = re.compile(
    # "Lộ trình tinh giản biên chế cán bộ, công chức:", "Lộ trình giảm số lượng người làm
    # việc:": a roadmap of a category's posts, its year items below (eng-chains6)
    r"^lộ\s+trình\s+(?:thực\s+hiện\s+)?(?:tinh\s+giản|giảm|cắt\s+giảm)\s+"
    r"(?P<subject>[^\d:;()]{3,80}?)\s*:\s*$",
    re.IGNORECASE,
)


_OPENS_ITEMS = re.compile(r"(?:cụ\s+thể(?:\s+như\s+sau)?|như\s+sau)\s*:\s*$", re.IGNORECASE)


_SECTION_LEVELS = frozenset({"Điều", "Chương", "Mục", "Phần"})
"""Item levels that are sections of a legal text, not items of a list."""


_SELF_FINANCED_GIVEN_NONE = re.compile(
    r"(?<!\w)tự\s+(?:bảo\s+đảm|đảm\s+bảo)(?:\s+toàn\s+bộ)?\s+chi\s+thường\s+xuyên"
    r"(?:\s+và\s+chi\s+đầu\s+tư)?\s+(?:thì\s+)?không\s+(?:được\s+)?giao(?!\w)",
    re.IGNORECASE,
)
"""A lead naming bodies paid from their own revenue and given no posts: what its items count
is their people, outside the plan."""


def _level(marker: str | None) -> str | None:
    """An item's level: "1." and "2." are one level, "a)" and "b)" another, "-" another."""
    if marker is None:
        return None
    number = marker.rstrip(".):")
    if number.split()[0] in (*_SECTION_LEVELS, "Bảng", "Biểu", "Phụ"):
        return number.split()[0]  # "Điều 1." and "Điều 2." are siblings
    if number.replace(".", "").isdigit():
        return f"{number.count('.')}."
    if len(number) == 1 and number.isalpha() and marker.endswith(")"):
        return "a)"
    return marker


def _entry(
    sentence: Sentence,
    text: str,
    found: list[Token],
    used: set[Span],
    outside: list[Span],
    notes: list[Message],
) -> CoverageEntry:
    """The sentence's coverage: its staffing quantities placed, left, or placed outside the
    plan (contract staff, subsets); numbers that count something else (years, "05 năm",
    "20% đơn vị") are not staffing quantities at all."""

    within_used = _overlapping(used)
    quantities = [token for token in found if token.quantity]
    taken = [token.text for token in quantities if within_used(token)]
    left = _left(text, found, used, outside)
    if not quantities:
        status = Status.REFERENCE
    elif not left:
        status = Status.UNDERSTOOD if taken else Status.OUTSIDE
    elif taken:
        status = Status.PARTIAL
    else:
        status = Status.NOT_UNDERSTOOD
    if left and not notes:
        notes = [_NO_PATTERN]
    unique = tuple(dict.fromkeys(notes)) if left else ()
    return CoverageEntry(
        sentence.line.number,
        sentence.column,
        sentence.text,
        status,
        tuple(taken),
        tuple(token.text for token in left),
        unique,
        tuple(token.text for token in left if _malformed(token.text)),
    )


def _left(
    text: str, found: list[Token], used: set[Span] | list[Span], outside: list[Span]
) -> list[Token]:
    """The staffing quantities of a sentence neither placed in the plan nor outside it."""

    within_used, within_outside = _overlapping(used), _overlapping(outside)
    figures_used = any(token.quantity and within_used(token) for token in found)
    # A sentence read as staffing ("... được giao 1.150 người; ... giảm 115 người, bằng 10%")
    # is staffing text even without the category's word: its other quantities must be placed.
    staffing_text = STAFF_WORDS.search(text) is not None or figures_used
    # The invariant: a subset of a figure read (", trong đó có 13.540 giáo viên") is placed
    # only as a unit of its own; put outside beside figures used, it is a figure dropped
    dropped = _overlapping(subset_counts(text) if figures_used else [])

    return [
        token
        for token in found
        if token.quantity
        and not within_used(token)
        and (dropped(token) or not within_outside(token))
        and (
            (staffing_text and not _NOT_STAFF_AFTER_RATIO.match(text, token.end))
            or STAFF_AFTER.match(text, token.end)
        )
    ]


_NOT_STAFF_AFTER_RATIO = re.compile(rf"(?:/[0-9.]+)?{NOT_STAFF_AFTER.pattern}", re.IGNORECASE)
"""What makes a count no headcount, also after a ratio: "53/63 tỉnh" counts provinces."""


def _overlapping(spans: set[Span] | list[Span]) -> Callable[[Token], bool]:
    """Whether a token overlaps any of the spans, in log time: a list of a thousand bodies
    ("Sở A 68, Sở B 23, ...") has a thousand counts and a thousand spans."""
    ordered = sorted(spans)
    starts = [start for start, _ in ordered]
    reach = list(accumulate((end for _, end in ordered), max))

    def overlaps(token: Token) -> bool:
        # the spans starting before the token ends: does the farthest of them reach into it?
        before = bisect_left(starts, token.end)
        return before > 0 and reach[before - 1] > token.start

    return overlaps


def _malformed(text: str) -> bool:
    """A count as no Vietnamese text writes one ("102,614", "73.5134"); a percentage is
    checked as a rate."""
    try:
        if text.endswith("%"):
            parse_rate(text)
        else:
            parse_count(text)
    except NumberError:
        return True
    return False


_NO_PATTERN = Message(
    "không khớp mẫu câu nào đã biết (giá trị, giảm/tăng, tỷ lệ, chỉ tiêu)",
    "matches no known pattern (value, reduction/increase, rate, target)",
)


_NO_UNIT = Message(
    "không xác định được đơn vị (tổng, khối, CBCC, VC) mà câu nói đến",
    "could not tell which unit (total, block, CBCC, VC) the sentence is about",
)


_ANY_YEAR = re.compile(rf"(?<![0-9.,])({YEAR})(?![0-9])")


_HEADLINE_YEAR = re.compile(rf"(?<!\w)năm\s+({YEAR})", re.IGNORECASE)


def _parts_after_it(statement: Statement, statements: list[Statement]) -> bool:
    """Whether a sentence is a figure and the list of its parts right after it ("Năm 2021,
    tỉnh tạm giao 2.817 biên chế, gồm: công chức: 186 biên chế; viên chức: 2.631 biên chế"):
    every other statement two or more parts of it, or a subset counted inside one of them, or
    one of that part's own parts ("..., trong đó: cán bộ, công chức 2.640 biên chế (khối A 820;
    khối B 1.820) và viên chức 12.780 người", eng-nested)."""
    rest = statements[1:]
    direct = [s for s in rest if s.container is statement and not s.subset]
    return (
        statements[0] is statement
        and len(direct) >= 2
        and all(
            s.container is statement
            or (
                s.container is not None
                and s.container.container is statement
                and (s.subset or any(s.container is part for part in direct))
            )
            for s in rest
        )
    )


_OWN_POSTS = "Biên chế được giao"
"""The unit of the text's own posts, no category said (`_own_posts`): never its total, which
a text may state beside them meaning more (its công chức given by the ministry, its total)."""


_AGAINST_PREVIOUS = re.compile(
    r"(?<!\w)(?:giảm|tăng)(?!\w)[^.;:0-9]{0,30}?(?<!\w)so\s+với\s+(?:cùng\s+kỳ\s+)?năm\s+"
    r"(?:liền\s+)?trước(?!\w)",
    re.I,
)


_ARTICLE = "Điều"


_UNREAD_OPENER = ""


_UNTIL_YEAR = r"(?:đến|tới)\s+(?:hết\s+)?năm\s+"


_AGAINST_GIVEN = r"so\s+với\s+(?:(?:số|biên\s+chế)\s+(?:được\s+)?giao\s+)?năm\s+"


_LEAD_AGAINST = re.compile(
    # "Đến năm 2026, so với số được giao năm 2021:", "So với năm 2021, đến năm 2026:"
    rf"(?:{_UNTIL_YEAR}(?P<y1>{YEAR})\s*,?\s*{_AGAINST_GIVEN}(?P<b1>{YEAR})"
    rf"|{_AGAINST_GIVEN}(?P<b2>{YEAR})\s*,?\s*{_UNTIL_YEAR}(?P<y2>{YEAR}))"
    # ("..., các cơ quan giảm:", "..., các đơn vị giảm như sau:": the items' bodies and the
    # way they move, no unit named; each item must then say its own move, `_own_moves`)
    r"(?P<moved>\s*,?\s*các\s+(?:cơ\s+quan|đơn\s+vị|khối|ngành|địa\s+phương)"
    r"(?:\s*,\s*(?:cơ\s+quan|đơn\s+vị|tổ\s+chức|địa\s+phương))*"
    r"\s+(?:giảm|tăng)(?:\s+(?:cụ\s+thể\s+)?như\s+sau)?)?\s*:",
    re.IGNORECASE,
)


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


_READ_AHEAD = 64
"""The most items of a list read ahead for the year their changes compare with."""


_ITEM_OR_WHOLE = Message(
    "dòng trong ngoặc sau mục cuối của danh sách: số liệu không cho biết là của mục đó hay của cả"
    " danh sách",
    "a parenthesis line after a list's last item: the figures do not tell whether it speaks of"
    " that item or of the whole list",
)


REFORM_YEAR = 2025
"""The year of the two-tier local government (from 1/7/2025): commune staff are counted in the
province's biên chế công chức, no longer only as cán bộ, công chức cấp xã."""


def _holds_no_post(heading: str, part_time_allocated: bool) -> bool:
    """Whether a heading's or a lead's head words are of people holding no post: contract
    staff ("Chỉ tiêu hợp đồng lao động ..."), people leaving ("Số người tinh giản biên chế
    năm 2025") or, where the text does not allocate them beside posts, part-time commune
    staff. A year fronted before them ("Năm 2025, số người ...") is no head word."""
    head = _FRONTED_YEAR.sub("", heading.strip().strip("*_ "))
    if kind_of(head) is LexKind.CONTRACT or LEAVERS_HEAD.match(head):
        return True
    return not part_time_allocated and names_part_time(head)


_FRONTED_YEAR = re.compile(r"^(?:(?:trong\s+|đến\s+)?năm\s+[0-9]{4}\s*,\s*)", re.IGNORECASE)


def said_in_line(year: int, line: int) -> Message:
    """The note of a figure naming no year that takes the year a sentence before it said."""
    return Message(
        f"năm {year} nêu ở câu dòng {line}", f"year {year} stated in the sentence at line {line}"
    )


def said_at_top(year: int) -> Message:
    """The note of a figure naming no year that takes the year a report's headline or lead
    said for all its body states."""
    return Message(
        f"năm {year} nêu ở đầu văn bản (tít, sapô)",
        f"year {year} stated at the top (headline, lead)",
    )
