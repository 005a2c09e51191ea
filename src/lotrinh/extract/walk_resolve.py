"""The walk's resolution of a statement's unit and year (`_resolve`) and the subsets
and points it names.

Part of `build`'s walk, split from it by theme: `_Walk`'s methods of this theme.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from lotrinh.extract.chains import paren_categories
from lotrinh.extract.document import COMPARED_BEFORE, NUM, YEAR, Line, Sentence
from lotrinh.extract.lexicon import (
    BUDGET_PAID_POSTS,
    PARENTHESES,
    groups_named,
    known_block,
    scope_of,
)
from lotrinh.extract.merged import FORMER
from lotrinh.extract.result import Message
from lotrinh.extract.sentence import Kind, Reading, Statement, Subject
from lotrinh.extract.subjects import (
    BOTH_CATEGORIES,
    acts_in_name,
    capital,
    category_after,
    relative_receiver,
    verbs_only,
)
from lotrinh.extract.units import TOTAL_ID
from lotrinh.extract.walk_base import _WalkBase
from lotrinh.extract.walk_common import (
    _HEADLINE_YEAR,
    _ITEM_OR_WHOLE,
    _NO_UNIT,
    _OWN_POSTS,
    _UNREAD_OPENER,
    Resolved,
    _Enumeration,
    _parts_after_it,
)
from lotrinh.model import Category

_SOME_OF_FRAME = re.compile(r"\W*trong\s+(?:tổng\s+)?số(?!\w)", re.IGNORECASE)
"""A subject opening with a frame pointing into a figure ("Trong số biên chế quy định tại ...")."""

_POINTS_INTO = re.compile(r"(?<!\w)tại\s+(?:điểm|khoản|mục|Điều)(?!\w)", re.IGNORECASE)
"""A frame naming where the figure it points into stands ("tại điểm b khoản 1 Điều này")."""

_PAID_LOOKS = 200
"""How many stated figures `_budget_paid_part` looks through."""

FIGURE_FRAME = re.compile(
    r"\s*trong\s+(?:tổng\s+)?số\s+(?P<n>[0-9]{1,3}(?:\.[0-9]{3})*)(?![0-9]|[.,][0-9])\s*"
    r"(?:(?:người|biên\s+chế)\s+(?:đó|này|(?:nêu\s+)?trên)"
    # (eng-unread6) "Trong số 898 người năm 2024 có": the count and its year
    rf"|(?:người|biên\s+chế)\s+năm\s+(?P<y>{YEAR}))\s*,?\s+có\s",
    re.IGNORECASE,
)
"""A subset's frame naming the figure it points back at by its count ("Trong số 5.284 người
đó có"), as `statements._SUBSET_FRAME` reads it."""


def _against_figure_recalled(statements: list[Statement], year: int, stated: bool) -> None:
    """ "Năm 2021 tỉnh được giao 2.218 biên chế công chức. Năm 2024, con số này còn 2.121
    biên chế, tức là giảm 97 biên chế": the one statement pointing back to the figure just
    stated gives that figure its later year's value, and its change naming no year is the
    fall from that figure, against that figure's year. Only for one statement with its own
    value in a later year, after a figure (not a change alone) of the unit pointed to."""
    if len(statements) != 1 or not stated:
        return
    (statement,) = statements
    if (
        not statement.subject.anaphora
        or statement.value is None
        or statement.subject.year is None
        or statement.subject.year <= year
    ):
        return
    for change in statement.changes:
        if change.base_year is None and not change.previous and not change.further:
            change.base_year = year


_GIVING = re.compile(
    r"(?<!\w)(?<!được\s)(?:giao(?!\s+(?:thông|dịch|lưu|tiếp|ban))|phân\s+bổ|cho)(?!\w)",
    re.IGNORECASE,
)
"""A giving verb, anywhere in an item (`_resolve`'s relative receivers among bodies); never
"giao" of a name's word ("Bộ Giao thông vận tải") nor the receiver's "được giao"."""


_VERBS_THEN_COUNT = re.compile(
    r"[\s\-–+•.;]*(?:(?:đã|vừa|tạm|giao|phân\s+bổ|đề\s+nghị|đề\s+xuất|quyết\s+định"
    r"|thông\s+báo)\s*)+:?\s*[0-9][0-9.]*\s+(?:biên\s+chế|người)(?!\w)"
    # (only the posts' words after the count: never "Giao 3.964 người làm việc cho các đơn
    # vị ..., gồm:", the lead of a list naming its receivers, blind O1)
    r"(?:(?!\s(?:cho|gồm|trong\s+đó)(?!\w))[^:,;()])*[;.]?\s*",
    re.IGNORECASE,
)
"""An item whose words before its count are only a giver's verbs, and after it only its
posts ("Giao 1.062 biên chế công chức;"): it names no body, whatever category follows."""


_LETTER = re.compile(r"[a-zđ]\)", re.IGNORECASE)
"""An item lettered "a)", "b)": a point of the clause it stands in."""


_BULLET = re.compile(r"[-+•*–—·▪●○]")


_SAME_UNIT_TWICE = Message(
    "câu nêu hai số cho cùng một đơn vị và cùng một năm",
    "the sentence gives one unit two figures for the same year",
)


_MEANWHILE = re.compile(r"(?:[0-9]{1,2}[.)]\s*)?(?:đồng\s+thời|cùng\s+với\s+đó)(?!\w)", re.I)


def _year_marks(text: str) -> tuple[list[int], list[int]]:
    """Where the sentence names a year outside parentheses and not as a base (those recall
    other years: "11.874 người (năm 2024: 12.152 người)"), and at each, the one year named up
    to there (0 once several are)."""
    plain = PARENTHESES.sub(lambda found: " " * len(found.group(0)), text)
    positions: list[int] = []
    single: list[int] = []
    for found in _HEADLINE_YEAR.finditer(plain):
        if COMPARED_BEFORE.search(plain[max(0, found.start() - 40) : found.start()]):
            continue
        if _FROM_FIGURE.search(plain[max(0, found.start() - 50) : found.start()]):
            continue  # "giảm từ 25.000 biên chế năm 2026 xuống còn ...": the first figure's year
        year = int(found.group(1))
        positions.append(found.start())
        single.append(year if not single or single[-1] == year else 0)
    return positions, single


def _later_day(statement: Statement, sentence: Sentence, year: int) -> bool:
    """Whether the sentence writes a day of a year after `year` before the statement's first
    number, outside parentheses ("Theo Quyết định ... ngày 10/01/2026, biên chế ... là N")."""
    spans = ([statement.value_span] if statement.value_span else []) + [
        span for change in statement.changes for span in change.spans
    ]
    if not spans:
        return False
    text = sentence.text[: min(start for start, _ in spans)]
    plain = PARENTHESES.sub(lambda found: " " * len(found.group(0)), text)
    return any(int(day.group("y")) > year for day in _DAY.finditer(plain))


_TO_DAY = re.compile(
    r"(?<!\w)(?:đến|tới)\s+(?:hết\s+)?ngày\s+[0-9]{1,2}/[0-9]{1,2}/(?P<y>(?:19|20)[0-9]{2})(?![0-9])",
    re.IGNORECASE,
)


_COMPARED_TO_DAY = re.compile(r"so\s+với\s+[^;0-9]{0,60}$", re.IGNORECASE)


_BASE_RECALLED = re.compile(
    r"(?<!\w)so\s+với\s+năm\s+(?P<y>(?:19|20)[0-9]{2})\s*\(\s*$", re.IGNORECASE
)
"""A figure opening the parenthesis right after the year compared with ("so với năm 2024
(178.070 biên chế)"): the base's, of that year."""


def _clause_day(statement: Statement, sentence: Sentence, year: int) -> bool:
    """Whether a figure of the statement has, in its own clause (since the last ";" before it)
    and outside parentheses, a day "đến ngày D/M/Y" of a year other than `year` said before it
    (a day compared with, "so với ... đến ngày", is the base's, not the figure's)."""
    spans = ([statement.value_span] if statement.value_span else []) + [
        span for change in statement.changes for span in change.spans
    ]
    for start, _ in spans:
        head = sentence.text[:start]
        named = _BASE_RECALLED.search(head)
        if named is not None and int(named.group("y")) == year:
            # (eng-unread7) "Đến ngày 30/6/2025, … là 168.420 biên chế, giảm 9.650 biên chế
            # so với năm 2024 (178.070 biên chế)": the base's figure, recalled right after its
            # year, is of that year; the day dates the figure the sentence states, not it
            continue
        clause = head[head.rfind(";") + 1 :]
        plain = PARENTHESES.sub(lambda found: " " * len(found.group(0)), clause)
        for day in _TO_DAY.finditer(plain):
            if int(day.group("y")) != year and not _COMPARED_TO_DAY.search(plain[: day.start()]):
                return True
    return False


def _year_before(statement: Statement, marks: tuple[list[int], list[int]]) -> int | None:
    """The one year the sentence names before the statement's first number (`_year_marks`);
    0 for several, None for none."""
    spans = ([statement.value_span] if statement.value_span else []) + [
        span for change in statement.changes for span in change.spans
    ]
    if not spans:
        return None
    positions, single = marks
    before = bisect_left(positions, min(start for start, _ in spans))
    return single[before - 1] if before else None


_FROM_FIGURE = re.compile(
    rf"(?<!\w)từ\s+{NUM}\s*(?:biên\s+chế|người|chỉ\s+tiêu(?:\s+biên\s+chế)?)?\s+(?:của\s+|vào\s+)?$",
    re.IGNORECASE,
)


_CATEGORY_ABOVE = re.compile(
    r"\s*trong\s+tổng\s+số\s+(?!(?:nêu\s+)?trên\b)[^\d,;.:()]{3,60}?\s+(?:nêu\s+)?trên\s*,?\s+có\s",
    re.IGNORECASE,
)
"""A subset's frame naming a category's total and pointing back, no year ("Trong tổng số
người làm việc nêu trên có")."""


_TOTAL_NAMED = re.compile(r"\s*trong\s+tổng\s+số\s+(?!(?:nêu\s+)?trên\b)", re.IGNORECASE)
"""A subset's frame naming the total of a category ("Trong tổng số người làm việc năm 2024
có"), not pointing back ("Trong tổng số trên có")."""


_TOTAL_ABOVE = re.compile(r"\s*trong\s+tổng\s+số\s+(?:nêu\s+)?trên\s*,?\s+có\s", re.IGNORECASE)


_HALF_OF_CBCC = Message(
    'câu "Trong đó" tách riêng cán bộ hoặc công chức của số cán bộ, công chức vừa nêu: '
    "không đơn vị nào của kế hoạch chỉ gồm một trong hai",
    'a "Trong đó" sentence parting the cán bộ from the công chức of the figure just stated: '
    "no unit of the plan holds one of the two alone",
)


_FRONTED_FORMER = re.compile(
    # "Tại tỉnh Hà Giang cũ, ...", "Năm 2024, tại tỉnh Hà Giang (cũ), ...", "...; riêng tỉnh B
    # cũ, ...": a clause opening with one former place (`merged.FORMER`)
    rf"(?:^|;)\s*(?:(?:(?:đến\s+)?năm\s+[12][0-9]{{3}}|đến\s+nay|hiện\s+nay)\s*,\s*)?"
    rf"(?:tại|ở|riêng|đối\s+với)\s+(?:{FORMER})\s*[,:]",
    re.IGNORECASE,
)
"""(latent9) A clause opening with one former place: its figures are that place's."""


_RECEIVER_NOT_ONE = Message(
    "cơ quan được giao biên chế là nhiều cơ quan kể liền nhau, không phải toàn bộ văn bản "
    "nêu ở tiêu đề: không rõ số biên chế là của đơn vị nào",
    "the bodies given the posts are several listed together, not the whole the title names: "
    "whose posts the figure is, is not certain",
)


_SHORT_BODY_AMBIGUOUS = Message(
    'tên rút gọn ("Ủy ban", "Bộ", "Sở" ...) có thể chỉ hơn một cơ quan văn bản đã nêu: '
    "không rõ số biên chế là của cơ quan nào",
    'a short name ("Ủy ban", "Bộ", "Sở" ...) may stand for more than one body the text '
    "named: whose posts the figure is, is not certain",
)


_SIBLING_BLOCK = Message(
    "mục nêu lại, bằng tên khác, khối cùng cấp mà một mục trước của danh sách đã nêu: không rõ "
    "số biên chế là của đơn vị nào",
    "an item naming in other words the block of the same level an earlier item of its list "
    "named: whose posts the figure is, is not certain",
)


_UNDER_OTHER_PLACE = Message(
    "câu dưới đề mục hoặc dòng dẫn nêu một địa phương khác (hoặc địa phương cũ): số của địa "
    "phương đó, không phải của văn bản",
    "a line under a heading or lead naming another place (or a former one): that place's "
    "figure, not the text's own",
)


_UNDER_FORMER_PLACE = Message(
    "mục dưới đề mục một địa phương cũ (trước hợp nhất): số của địa phương đó, không phải của "
    "văn bản",
    "an item under a heading naming one former place (before the merger): that place's figure, "
    "not the text's own",
)


_UNDER_OWN_REVENUE = Message(
    "mục của một danh sách người làm việc hưởng lương từ nguồn thu sự nghiệp mà câu mở đầu "
    "không đọc thành một đơn vị: không rõ là phần của đơn vị nào",
    "an item of a list of posts paid from the units' own revenue whose opening sentence was "
    "not read as a unit: whose part it is, is unknown",
)


_UNDER_UNREAD = Message(
    "mục của một danh sách mà câu mở đầu không đọc được: không rõ là phần của đơn vị nào, năm nào",
    "an item of a list whose opening sentence was not read: whose part, of which year, is unknown",
)


def _day_note(year: int) -> Message:
    return Message(
        f"năm {year}: năm của ngày nêu ở đầu mệnh đề",
        f"year {year}: the year of the day opening the clause",
    )


_POSTS_SAID = re.compile(
    r"(?<!\w)(?:biên\s+chế|(?:được\s+)?giao|số\s+lượng\s+người\s+làm\s+việc)(?!\w)", re.I
)
"""Words of posts: a figure dated by a day is read only in a sentence saying them."""


_DAY_BASE = re.compile(
    r"so\s+với\s+(?:[^0-9();.]{0,60}?\s)?giao\s+(?:(?:từ|tại|đến)\s+)?ngày\s+[0-9]{1,2}/[0-9]{1,2}/"
    r"(?P<y>(?:19|20)[0-9]{2})",
    re.I,
)
"""A day compared with ("so với số giao từ ngày 01/7/2025"): its year is the change's base."""


_DAY = re.compile(r"(?<![0-9/])[0-9]{1,2}/[0-9]{1,2}/(?P<y>(?:19|20)[0-9]{2})(?![0-9])")
"""A day written in full ("30/6/2024")."""


_REORGANISED_ON = re.compile(
    r"\((?=[^()]*(?<!\w)(?:chuyển|sáp\s+nhập|hợp\s+nhất|sắp\s+xếp|thành\s+lập)(?!\w))"
    r"(?![^()]*(?<!\w)(?:trước|đến|kết\s+thúc)(?!\w))"
    r"[^()0-9]*(?<!\w)(?:sau|từ)\s+ngày\s+[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}[^()0-9]*\)"
)
"""A parenthesis of a body's name saying when it was reorganised ("Các xã, phường (công chức
chuyển từ cấp huyện cũ sau ngày 01/7/2025)"): where its posts came from, no day of its figure
(a day "đến ngày", one "trước" or of an end, or one with no reorganisation stays the
figure's, `_DAY`: "(trước khi kết thúc hoạt động từ ngày 01/7/2025)" dates the figure)."""


_NO_YEAR = Message(
    "không xác định được năm: câu và đề mục phía trên không nêu năm",
    "could not tell the year: neither the sentence nor a heading above gives it",
)


_PRESENT_YEAR = Message(
    "số người hiện có không nêu năm, sau các số của nhiều năm: không rõ năm nào là hiện nay",
    "staff in post without a year, after figures of several years: which year is today is not said",
)


_NO_BASE = Message(
    "mức giảm/tăng không nói so với năm nào",
    "a reduction or increase does not say which year it compares with",
)


_PARTS_OF_CATEGORY = Message(
    "phân tích theo loại bên trong một dòng CBCC/VC không được dùng",
    "a breakdown inside a CBCC/VC line is not used",
)


class _ResolveMixin(_WalkBase):
    def _subset_of_before(
        self, statements: list[Statement], notes: list[Message], text: str
    ) -> list[Resolved] | None:
        """ "a) Sự nghiệp giáo dục và đào tạo: 11.045 người. Trong đó có 9.870 giáo viên ...":
        some of the one figure the sentence right before stated, in its year; after a sentence
        of several units or years, or another sentence between, whose is not said."""
        spoken = self.last_spoken
        named = FIGURE_FRAME.match(text)
        if named is not None:
            return self._subset_of_figure(statements, named, notes)
        if len(statements) == 1 and statements[0].point is not None:
            return self._subset_of_point(statements[0], notes)
        if statements[0].subject.year is not None:
            return self._subset_of_named(statements, notes, text)
        whole = self._total_above(statements, spoken, text)
        if whole is None and _CATEGORY_ABOVE.match(text):
            whole = self._category_above(statements, spoken, text)
            if whole is None:
                notes.append(_NO_UNIT)
                return None
        if whole is not None:
            self.counted_in[id(statements[0])] = whole[0]
            return [(statements[0], whole[1], None, None)]
        first, *own = statements
        if (
            # (the trade counted among the sector's people right after them is of that sector,
            # "... có 38.740 người làm việc trong lĩnh vực giáo dục, trong đó có 35.012 giáo
            # viên": its subset, the sector's year)
            any(not each.subset or each.container is not first for each in own)
            or spoken is None
            or spoken[1] is None
            or self.last_entry != len(self.entries) - 1
            # ("Trong tổng số trên có ..." after a list's last item: the total's or the item's?)
            or (first.subject.anaphora and self.last_listed)
            # (the same after a table's last row: the tabulate transform found it read as the
            # row's)
            or (first.subject.anaphora and self._after_a_row())
        ):
            notes.append(_NO_UNIT)
            return None
        self.counted_in[id(first)] = spoken[0]
        return [(each, spoken[1], None, None) for each in statements]

    def _subset_of_figure(
        self, statements: list[Statement], named: re.Match[str], notes: list[Message]
    ) -> list[Resolved] | None:
        """ "... đến năm 2025 còn 5.284 người, .... Trong số 5.284 người đó có 1.372 diễn
        viên": some of the figure the frame names by its count, stated by the sentence right
        before: the one unit and year of that sentence holding that figure; none, or two,
        and the subset is not read."""
        count = int(named.group("n").replace(".", ""))
        line = self.entries[-1].line if self.entries else None
        held = {
            (draft.unit, draft.year)
            for draft in (self.claims_on.get(line, []) if line is not None else [])
            if draft.value == count
        }
        if named.group("y") is not None:
            # (eng-unread6) "Đến năm 2024, con số này còn 898 người ... năm 2025 Trường giữ
            # nguyên 898 người như năm 2024; .... Trong số 898 người năm 2024 có 612 giảng
            # viên": the frame names the year too; the one unit the text gave that count in
            # that year, on any line before (two, or none: not read)
            year = int(named.group("y"))
            units = self.registry.units
            held = {
                (unit, year)
                for (unit, stated), values in self.values.items()
                if stated == year
                and values == {count}
                and unit in units
                and not (units[unit].some or units[unit].in_post or units[unit].subset_of)
            }
        if len(statements) != 1 or self.last_entry != len(self.entries) - 1 or len(held) != 1:
            notes.append(_NO_UNIT)
            return None
        unit, year = held.pop()
        self.counted_in[id(statements[0])] = unit
        return [(statements[0], year, None, None)]

    def _list_whole_named(
        self, statements: list[Statement], text: str, year: int | None
    ) -> tuple[str, int] | None:
        """ "Tổng số lượng người làm việc của Học viện năm 2024 là 2.180 người, gồm: a) ...;
        c) Số lượng người làm việc dự phòng: 50 người.\nTrong tổng số người làm việc năm 2024
        có 1.120 giảng viên." (eng-unread6): a frame naming the total ("tổng số") of viên chức
        of a year, right after the last item of a list just closed, is the list's whole, never
        its last item, where the whole is a VC line stated in that year, the list was the only
        one open and no other list stands between, and the whole holds more than the subset.
        None otherwise (the frame without "tổng", the whole of another year, category or
        figure: left to the rule for the line right before)."""
        if (
            year is None
            or len(statements) != 1
            or statements[0].value is None
            or not _TOTAL_NAMED.match(text)
            or not self.last_listed
            or not self.left_alone
            or self.left_list is None
            or self.left_list.unit == _UNREAD_OPENER
            or self.last_entry != len(self.entries) - 1
        ):
            return None
        unit = self.registry.units.get(self.left_list.unit)
        figures = self.values.get((self.left_list.unit, year), set())
        if (
            unit is None
            or unit.category is not Category.VC
            or unit.some
            or unit.subset_of is not None
            or len(figures) != 1
            or statements[0].value >= min(figures)
        ):
            return None
        return unit.id, year

    def _category_above(
        self, statements: list[Statement], spoken: tuple[str, int | None] | None, text: str
    ) -> tuple[str, int] | None:
        """ "Trong tổng số người làm việc nêu trên có 27.114 người thuộc lĩnh vực giáo dục"
        (eng-unread6): the total of viên chức named, pointing back without a year. Right after
        a list's last item, the list's whole in the year the list spoke of
        (`_list_whole_named`); else the one viên chức figure (one unit, one year) the sentence
        right before stated, holding more than the subset. None otherwise."""
        if self.last_listed:
            year = spoken[1] if spoken is not None else None
            return self._list_whole_named(statements, text, year)
        if (
            len(statements) != 1
            or statements[0].value is None
            or not self.entries
            or self.last_entry != len(self.entries) - 1
        ):
            return None
        before = self.entries[-1]
        held = {
            (claim.unit, claim.year, claim.value)
            for claim in self.claims.values()
            if (claim.sentence.line.number, claim.sentence.column) == (before.line, before.column)
            and claim.value is not None
            and claim.unit in self.registry.units
            and self.registry.units[claim.unit].category is Category.VC
        }
        if len(held) != 1:
            return None
        unit_id, year, value = held.pop()
        unit = self.registry.units[unit_id]
        if unit.some or unit.subset_of is not None or unit.in_post or statements[0].value >= value:
            return None
        return unit_id, year

    def _total_above(
        self, statements: list[Statement], spoken: tuple[str, int | None] | None, text: str
    ) -> tuple[str, int] | None:
        """ "Năm 2021, các trường ... được giao 1.410 viên chức, gồm: - Mầm non: 412 người;
        ... - Trung học cơ sở: 438 người.\nTrong tổng số trên có 1.182 giáo viên.": the total
        above a list just closed is the list's whole, never its last item, where the
        paragraph names the total ("tổng số"), the list was the only one open, its whole was
        read for the last item's year and holds more than the subset, and no item can hold it
        (each holds fewer)."""
        if (
            len(statements) != 1
            or not statements[0].subject.anaphora
            or statements[0].value is None
            or spoken is None
            or spoken[1] is None
            or not self.last_listed
            or not self.left_alone
            or self.left_list is None
            or self.left_list.unit == _UNREAD_OPENER
            or self.last_entry != len(self.entries) - 1
            or not _TOTAL_ABOVE.match(text)
        ):
            return None
        year, count = spoken[1], statements[0].value
        figures = self.values.get((self.left_list.unit, year), set())
        if len(figures) != 1 or count >= min(figures):
            return None
        items = self.listings.get(self.left_list.unit, {}).get(("e", self.left_list.opened), set())
        held = [self.values.get((item, year), set()) for item in items]
        if not items or any(len(each) != 1 or count <= min(each) for each in held):
            return None  # ("Sự nghiệp giáo dục: 21.000" may hold the 19.000 teachers too)
        return self.left_list.unit, year

    def _open_point(self, line: Line) -> None:
        """An item lettered "a)" opens its entry (its figure comes with its first sentence read);
        a line numbered otherwise ("2.", "Điều 2.") opens another clause: no item of it yet."""
        if line.number == self.point_line:
            return
        self.point_line = line.number
        marker = line.marker or ""
        if _LETTER.fullmatch(marker):
            self.points[marker[0].lower()] = (None, line.number, False)
        elif marker and not _BULLET.fullmatch(marker):
            self.points = {}

    def _note_point(self, line: Line) -> None:
        """The one unit and year the first sentence read of a lettered item stated (None where
        it stated several), for a frame naming the item by its letter further down its clause
        ("Trong tổng số tại điểm a khoản này có ...")."""
        marker = line.marker or ""
        entry = self.points.get(marker[0].lower()) if _LETTER.fullmatch(marker) else None
        if entry is None or entry[1] != line.number or entry[2]:
            return
        stated = self.last_stated if self.last_entry == len(self.entries) else None
        self.points[marker[0].lower()] = (stated, line.number, True)

    def _subset_of_point(self, statement: Statement, notes: list[Message]) -> list[Resolved] | None:
        """ "Trong tổng số tại điểm a khoản này có 15.870 giáo viên": some of the one figure
        the item lettered so, in this clause, stated."""
        assert statement.point is not None
        stated = self.points.get(statement.point, (None, 0, False))[0]
        if stated is None or self.registry.units[stated[0]].some:
            notes.append(_NO_UNIT)
            return None
        self.counted_in[id(statement)] = stated[0]
        return [(statement, stated[1], None, None)]

    def _subset_of_named(
        self, statements: list[Statement], notes: list[Message], text: str
    ) -> list[Resolved] | None:
        """ "Trong số người làm việc năm 2026 nêu trên có 1.305 giảng viên": some of the viên
        chức figure of that year the sentence right before stated (in one year or several),
        where that sentence spoke of one unit, a VC line and no item of a list of parts but the
        category's own line (the frame names the whole, not a sector); each subset so."""
        spoken, year = self.last_spoken, statements[0].subject.year
        if spoken is None and year is not None:
            spoken = self._one_category_line(year)
        whole = self._list_whole_named(statements, text, year)
        if whole is not None:
            spoken = whole
        if (
            spoken is None
            or year is None
            or any(not s.subset or s.container or s.subject.year != year for s in statements)
            or self.last_entry != len(self.entries) - 1
            # (a list's last item is the frame's only where it is that category's own line:
            # "- Số lượng người làm việc ...: ...", never "- Sự nghiệp khác: ...")
            or (self.last_listed and whole is None and not self.registry.units[spoken[0]].plain)
            or (spoken[0], year) not in self.values
            or self.registry.units[spoken[0]].category is not Category.VC
            or self.registry.units[spoken[0]].some
        ):
            notes.append(_NO_UNIT)
            return None
        for statement in statements:
            self.counted_in[id(statement)] = spoken[0]
        return [(statement, year, None, None) for statement in statements]

    def _year_before_lead(
        self, lead: _Enumeration, statement: Statement, stated: int | None, year: int
    ) -> bool:
        """Whether an item under a lead not read, the lead naming no year, would take its year
        from a sentence read before that lead ("1. Năm 2024, các xã ... được giao 7.560 ...",
        then "2. Từ ngày 01/7/2025, ... giao cho các xã, phường 6.930 ..., cụ thể:" not read,
        then "+ Các phường: 924 biên chế"): the lead may have turned to another year, so the
        item's year is not known (it was filed under 2024, a misread of blind Z1). A year the
        lead of a list holding that lead stated is the lead's too ("Điều 1. ... năm 2024 là
        24.613 người. Cụ thể: 1. Khối tỉnh: 9,207 người, gồm:")."""
        return (
            lead.counted
            and lead.year is None
            and statement.subject.year is None
            and stated is None
            and self.paragraph_year is not None
            and self.paragraph_year[0] == year
            and self.paragraph_year[1] < lead.opened
            and all(outer.opened != self.paragraph_year[1] for outer in self.enumerations)
        )

    def _one_category_line(self, year: int) -> tuple[str, int | None] | None:
        """ "..., biên chế hành chính còn 4.140 biên chế ...; số lượng người làm việc còn 34.300
        người ... . Trong số người làm việc năm 2026 nêu trên có 26.400 giáo viên": a frame
        naming viên chức and a year after a sentence stating several units points at the one
        VC line of the category's own (no body's, no sector's) it stated in that year."""
        units = self.registry.units
        lines = [
            unit
            for unit in self.last_spoken_all
            if units[unit].category is Category.VC
            and units[unit].plain
            and (unit, year) in self.values
        ]
        return (lines[0], year) if len(lines) == 1 else None

    def _after_a_row(self) -> bool:
        """Whether the sentence read now follows a table's last row, out of the table."""
        return (
            self.table is None
            and bool(self.entries)
            and self.entries[-1].quote.lstrip().startswith("|")
        )

    def _not_the_lead_category(self, statement: Statement, named: Category | None) -> bool:
        """Whether an item under an unread lead naming one category would be read as another:
        its own, or its heading's, or (naming none) the posts of civil servants ("biên chế")
        or of the communes' ("người" under "cán bộ, công chức cấp xã")."""
        if named is None:
            return False
        heading = next((h.category for h in reversed(self.headings) if h.category), None)
        eventual = statement.subject.category or heading
        if eventual is None:
            return named not in (Category.CBCC, Category.XA)
        return eventual is not named

    def _block_of_a_sibling(self, statements: list[Statement], sentence: Sentence) -> bool:
        """Whether an item names, in other words, the well-known block of the same level an
        earlier item of its list named ("- Các cơ quan đảng cấp huyện: 402 biên chế;" then "-
        Các cơ quan đảng, Mặt trận và đoàn thể cấp huyện: 438 biên chế;"): the items of one
        list are different units, so which posts the block holds is not certain (both were
        one unit of two figures, a claim-value and a sum false alarm, found by the harness's
        level transform)."""
        if sentence.line.marker is None or not self.enumerations or self.table is not None:
            return False
        named = self.sibling_blocks.setdefault(self.enumerations[-1].opened, {})
        alike = False
        for statement in statements:
            if statement.subject.kind is not Kind.BLOCK:
                continue
            name = " ".join(statement.subject.name.lower().split())
            known = known_block(name)
            if known is None:
                continue
            key = (known[0], scope_of(name))
            earlier = named.setdefault(key, (sentence.line.number, name))
            alike = alike or (earlier[0] != sentence.line.number and earlier[1] != name)
        return alike

    def _resolve(
        self, reading: Reading, sentence: Sentence, notes: list[Message]
    ) -> list[Resolved] | None:
        """Every statement's unit and year, or None (with the reason in `notes`) when any
        of them cannot be told: a sentence is used whole or not at all."""
        statements = reading.statements
        if not statements:
            return None
        for statement in statements:
            self._communes_category(statement, sentence)
        if self._halves_of_cbcc(statements, sentence):
            notes.append(_HALF_OF_CBCC)
            return None
        if not self._short_bodies(statements):
            notes.append(_SHORT_BODY_AMBIGUOUS)
            return None
        if not self._given_receivers(statements):
            notes.append(_RECEIVER_NOT_ONE)
            return None
        if self._block_of_a_sibling(statements, sentence):
            notes.append(_SIBLING_BLOCK)
            return None
        if paren_categories(sentence.text):
            return self._paren_categories(sentence, statements, notes)
        stated_categories = {
            (self.registry.units[c.unit].category, c.year)
            for c in self.claims.values()
            if c.value is not None and c.unit in self.registry.units
        }
        if any(
            s.counted_by_cut and (s.subject.category, s.subject.year) not in stated_categories
            for s in statements
        ):
            # (eng-cross) "Như vậy, năm 2024 giảm 60 người làm việc" in a text stating no
            # figure of viên chức that year: whose cut it is, nothing before tells
            notes.append(_NO_UNIT)
            return None
        if any(
            s.counted_by_cut
            and self.narrowed is not None
            and self.narrowed[0] == len(self.entries) - 1
            and self._result_past_narrowing(s, sentence) is None
            for s in statements
        ):
            # right after a line narrowing the category ("Trong đó, số người làm việc của các
            # đơn vị sự nghiệp y tế …"), the category's cut only where its own figures give it
            # and the narrower unit's do not (eng-ag's rule): else whose, nothing tells
            notes.append(_NO_UNIT)
            return None
        if any(s.counted_by_cut for s in statements) and self._past_unread_narrowing():
            # "So với năm 2021, năm 2026 giảm 293 biên chế công chức" right after a line
            # opening "Trong đó, ..." left unread: it may have narrowed the category, whose
            # cut this may be; its figures unknown, nothing tells
            notes.append(_NO_UNIT)
            return None
        if self._level_disagrees(statements):
            notes.append(_NO_UNIT)
            return None
        first = statements[0]
        if first.subset and first.container is None and not first.named_again:
            return self._subset_of_before(statements, notes, sentence.text)
        if (
            self.place_section is not None and self.place_section[0] != sentence.line.number
        ) or _FRONTED_FORMER.search(sentence.text):
            # (and "Tại tỉnh Hà Giang cũ, năm 2024 biên chế công chức là 2.544", "...; tại tỉnh
            # B (cũ), ...": a clause fronted by a former place is that place's)
            notes.append(_UNDER_OTHER_PLACE)
            return None
        if self._fronted_other(statements, sentence):
            notes.append(_UNDER_OTHER_PLACE)
            return None
        under_unread = self.enumerations[-1] if self.enumerations else None
        if under_unread is not None and under_unread.unit != _UNREAD_OPENER:
            under_unread = None
        if reading.shares:
            # "...; các sự nghiệp khác 1.634 người" right after the one figure they share
            figure_named = self._figure_named(reading.shares_of)
            if figure_named is not None:
                self.last_spoken = figure_named  # "Trong tổng số 16.335 người: ...": its figure
            elif (
                reading.shares_of is not None
                or self.last_spoken is None
                or self.last_entry != len(self.entries) - 1
            ):
                notes.append(_NO_UNIT)
                return None
            assert self.last_spoken is not None
            owner, owner_year = self.last_spoken
            if owner_year is None:
                owner_year = reading.shares_year  # several years before: the one they name
            if (
                owner_year is None
                or reading.shares_year not in (None, owner_year)
                or any(s.subject.year not in (None, owner_year) for s in statements)
            ):
                notes.append(_NO_UNIT)  # the shares of another year than the figure before
                return None
            category = self.registry.units[owner].category
            for statement in statements:
                statement.subject = replace(
                    statement.subject, category=statement.subject.category or category
                )
            said_again: list[Resolved] = []
            if figure_named is not None and reading.shares_of_span is not None:
                # the figure named again by its count is that unit's claim at this line too
                again = Statement(
                    Subject(None, ""), reading.shares_of, reading.shares_of_span, sets_year=False
                )
                said_again = [(again, owner_year, None, owner)]
            return said_again + [(s, owner_year, None, None) for s in statements]
        # "con số này giảm 6.208 người" right after the sentence stating that figure
        points_back = statements[0].subject.anaphora and self.last_entry == len(self.entries) - 1
        # "So với biên chế giao năm 2023 (2.149 biên chế), năm 2024 giảm 37 biên chế" opening
        # the paragraph after a list's last item: whose, only its recalled figure may tell
        points_back = points_back or (
            self.last_listed
            and self.left_list is not None
            and self.last_entry == len(self.entries) - 1
            and sentence.line.marker is None
            and any(s.value is not None and not s.sets_year for s in statements)
        )
        recalled_again = self._recalls_again(statements)
        if recalled_again is not None and not points_back:
            return [
                (s, s.subject.year or recalled_again[1], None, recalled_again[0])
                for s in statements
            ]
        result_recalled = self._result_recalled(sentence, statements)
        if result_recalled is not None and not points_back:
            return [
                (s, s.subject.year or result_recalled[1], None, result_recalled[0])
                for s in statements
            ]
        sibling = self._sibling_whole(sentence, statements)
        if sibling is not None:
            # a figure of its own turns the text to its year, as the line it follows did
            self.goes_on.update(id(s) for s in statements if s.value is not None and s.sets_year)
            return [(s, s.subject.year or sibling[1], None, sibling[0]) for s in statements]
        if (
            (sentence.text.startswith("(") or points_back)
            and self.last is not None
            and all(s.subject.kind is None for s in statements)
        ):
            # "(Giảm 60 biên chế so với năm 2021)" on its own line: it speaks of the item
            # above, whose unit and year it takes.
            if (
                self.entries
                and self.entries[-1].unread
                and (
                    groups_named(self.entries[-1].quote)
                    or self.entries[-1].line == self.unread_alone
                    or self._after_unread_item(sentence)
                )
            ):
                # the line above, not read, named a unit of its own: the unit read before it
                # is not what this line speaks of ("2. Số lượng người làm việc ... giảm 230
                # người." unread, then "(giảm 2.190 người so với năm 2021, ...)" is never
                # item 1's). Nor where it is no item and opens no list: a year chain naming
                # no unit, then "(giảm 4 biên chế, tỷ lệ 6,45% so với năm 2021)" speaks of
                # the chain, never of the last part read before it, in that part's year.
                notes.append(_NO_UNIT)
                return None
            last_unit, last_year = self.last
            pointed = self._one_line_stated(last_unit, last_year) if points_back else last_unit
            _against_figure_recalled(
                statements,
                last_year,
                (last_unit, last_year) in self.stated_figures or pointed != last_unit,
            )
            last_unit = pointed
            if any(change.base_year is None for s in statements for change in s.changes):
                notes.append(_NO_BASE)
                return None
            held = self.registry.units[last_unit].category
            if held is not None and any(
                category_after(sentence.text, change.spans[0][1]) not in (None, held)
                for s in statements
                for change in s.changes
                if change.spans
            ):
                # "(giảm 122 biên chế công chức, ...)" after an item ending with its VC: the
                # line names another category than the unit above, so it is not that unit's,
                # but the item's one unit of the category it names, if the item stated one
                of_item = self._named_on_item(sentence, statements, last_unit, last_year)
                if of_item is None:
                    notes.append(_NO_UNIT)
                    return None
                last_unit = of_item
            elif self._of_several(last_unit, last_year):
                # "Năm 2021: 20 công chức, 26 viên chức.\n(Giảm 3 biên chế so với năm 2021)":
                # the line above stated several units; it speaks of one only by naming the
                # category of exactly one of them
                of_item = self._named_on_item(sentence, statements, last_unit, last_year)
                if of_item is None:
                    notes.append(_NO_UNIT)
                    return None
                last_unit = of_item
            if not sentence.text.startswith("(") and self._after_a_row():
                # "| Khối chính quyền | 2.420 |" then "Con số này giảm 46 biên chế so với năm
                # 2024 (3.150 biên chế)": the last row's or the table's total, the text does
                # not say (it was the row's: the tabulate transform found it)
                notes.append(_ITEM_OR_WHOLE)
                return None
            if (
                not sentence.text.startswith("(")
                and self.last_listed
                and sentence.line.marker is None
            ):
                # "- Khối chính quyền: 2.420 biên chế.\nCon số này giảm 46 biên chế ...": after
                # an item of a list of parts, "this figure" may be the item's or the whole's
                whole = None
                if self.left_list is not None:
                    whole = self._item_or_whole(
                        last_unit, self.left_list.unit, last_year, statements, self.left_list
                    )
                if whole is None:
                    notes.append(_ITEM_OR_WHOLE)
                    return None
                last_unit = whole
            elif sentence.text.startswith("(") and self.last_listed and self.enumerations:
                listed = self.enumerations[-1]
                whole = (
                    last_unit  # between two items
                    if self.next_level.get(sentence.line.number) == self.list_level
                    else self._item_or_whole(last_unit, listed.unit, last_year, statements)
                )
                if listed.annotated and whole != listed.unit:
                    # after the last item of a list whose items each have one: the item's,
                    # unless the figures say the whole's
                    whole = last_unit
                elif whole is None and not listed.annotated:
                    whole = self._list_closer(sentence, last_unit, last_year, statements)
                if whole is None:
                    notes.append(_ITEM_OR_WHOLE)
                    return None
                last_unit = whole
            if points_back and not statements[0].subject.anaphora:
                self.recalled_back = (len(self.entries), last_unit, last_year)
            return [(s, s.subject.year or last_year, None, last_unit) for s in statements]
        recalled: tuple[str, int] | None = None
        first = statements[0]
        if first.subject.anaphora and first.value is not None:
            # "Trong tổng số 16.335 người: ...": the one unit and year stated with that figure
            named = {(c.unit, c.year) for c in self.claims.values() if c.value == first.value}
            if len(named) != 1:
                notes.append(_NO_UNIT)
                return None
            recalled = named.pop()
            first.subject = replace(first.subject, kind=Kind.BLOCK, year=recalled[1])
        resolved: list[Resolved] = []
        stated: int | None = None  # a year stated earlier in the sentence governs the rest
        years_of: dict[str, set[int]] = {}
        """The years the sentence gives each named unit a figure for (looked up once, so a
        list of thousands of bodies is not read in quadratic time)."""
        for each in statements:
            if each.value is not None and each.subject.year is not None:
                years_of.setdefault(each.subject.name, set()).add(each.subject.year)
        unnamed = all(each.subject.kind is None for each in statements)
        chained = self._chain_unit(statements)
        marks: tuple[list[int], list[int]] | None = None
        for statement in statements:
            known: str | None = None
            if (
                _SOME_OF_FRAME.match(statement.subject.name) is not None
                and (
                    statement.subject.kind in (None, Kind.BLOCK)
                    or (
                        statement.subject.kind is Kind.CATEGORY
                        and not statement.subject.qualifier
                        and _POINTS_INTO.search(statement.subject.name) is not None
                    )
                )
                and not statement.subset
                and statement.container is None
            ):
                # (s24) "Trong số biên chế quy định tại điểm b khoản 1 Điều này, biên chế của
                # đặc khu ... là 126 biên chế": a frame pointing into a figure stated elsewhere,
                # then what it counts of it, no subset read: never the heading's category (a
                # misread of blind AV1) nor a body named by the frame's words; nor, pointing
                # into a point of a clause, the whole category named after the count ("Trong
                # tổng số biên chế tại điểm b khoản 1 Điều này có 94 biên chế công chức làm
                # việc tại các Phòng ...": it was the category's 2024 figure, blind AX2)
                notes.append(_NO_UNIT)
                return None
            if statement.subject.giver and (
                self._among_bodies(sentence) or self._giver_among_kin(statement.subject.giver)
            ):
                # "b) Bộ Nội vụ giao 1.062 biên chế;" among ministries' items: the giver may
                # be one of the bodies listed (its own posts) or give them all (the whole):
                # which, is unsaid (it was read as the lead's category, eng-latent8)
                notes.append(_NO_UNIT)
                return None
            if (
                statement.subject.kind is Kind.BLOCK
                and acts_in_name(statement.subject.name)
                and self._among_bodies(sentence)
            ):
                # "b) Sở Nội vụ phân bổ: 1.062 biên chế", "b) UBND tỉnh thông báo giao 1.062"
                # among bodies: a body and what it does, no unit's name (it was a unit
                # 'so-noi-vu-phan-bo' apart from 'so-noi-vu'; eng-latent11). In prose the
                # subject may be a topic the later rules read ("Với viên chức ..., Chính phủ đề
                # xuất 1.620.400 người": blind V2), left as before
                notes.append(_NO_UNIT)
                return None
            if (
                statement.subject.kind in (None, Kind.BLOCK)
                and relative_receiver(
                    statement.subject.name,
                    statement.subject.name if statement.subject.kind is None else "",
                )
                and _GIVING.search(sentence.text) is not None
                and self._among_bodies(sentence)
            ):
                # "b) Giao cho các đơn vị trực thuộc 1.062 biên chế;", "b) UBND tỉnh giao cho
                # các đơn vị trực thuộc: 1.062" among ministries: bodies named through a giver
                # the item leaves unnamed or is no kin of the list's, whose? (they were a unit
                # 'don-vi-truc-thuoc', or the heading's category; eng-latent11). "Các đơn vị
                # trực thuộc: 500", no verb, stays the text's own body's units
                notes.append(_NO_UNIT)
                return None
            if (
                statement.subject.kind in (None, Kind.CATEGORY)
                and (
                    not statement.subject.name.strip()
                    or verbs_only(statement.subject.name)
                    # ("Giao 1.062 biên chế công chức", spelled with its category first)
                    or _VERBS_THEN_COUNT.fullmatch(sentence.text) is not None
                )
                and not statement.subject.anaphora
                and self.label is None
                and self._among_bodies(sentence, every=statement.subject.year is not None)
            ):
                # "b) Giao 1.062 biên chế;", "b) Đã giao 1.062 biên chế công chức;" among items
                # naming bodies: one body's posts, unnamed, never the heading's category nor
                # the text's own (eng-latent8); an item naming its year only where every other
                # item names a body ("- Năm 2026: 950" beside "- Dự phòng: 10" is a year's)
                notes.append(_NO_UNIT)
                return None
            if recalled is not None and statement is first:
                known = recalled[0]
            elif (whole := self._one_whole_again(statement, sentence)) is not None:
                # "Thống nhất lộ trình tổng biên chế của khối như sau: ...", "Biên chế năm 2026
                # là 60 biên chế, cụ thể:" after the one block the text has stated
                statement.subject = replace(statement.subject, kind=Kind.BLOCK)
                known = whole
            elif (
                statement.subject.kind is None
                and statement.subject.year is not None
                and self.last_spoken is not None
                and self.last_entry == len(self.entries) - 1
                and self.entries[-1].line == sentence.line.number
            ):
                # "a) Biên chế công chức: năm 2021 được giao 1.812 biên chế. Năm 2024 giao
                # 1.745 biên chế, ...": a sentence naming only a year goes on with the one
                # unit the sentence before it, on its line, spoke of
                statement.subject = replace(statement.subject, kind=Kind.BLOCK)
                known = self.last_spoken[0]
                if (
                    not statement.sets_year
                    and self.last_stated is not None
                    and self.last_stated[0] == known
                ):
                    # (fronted2) a base year's figure recalled: the unit holding the figure
                    # stated, as the change beside it (`_holder`)
                    known = self._holder(*self.last_stated) or known
                self.goes_on.add(id(statement))
                self._continued_base(statement, known, len(statements))
            elif (
                statement.subject.kind is None
                # a change naming no year, or the base year's figure its comparison recalls
                and (statement.subject.year is None) == (statement.value is None)
                and (statement.value is None or not statement.sets_year)
                and (statement.changes or statement.value is not None)
                and unnamed
                and self.last_stated is not None
                and self.last_entry == len(self.entries) - 1
                and self.entries[-1].line == sentence.line.number
                # (fronted2) the unit holding the figure stated (`_holder`)
                and self._holder(*self.last_stated) is not None
            ):
                # "... là 1.132 biên chế, gồm .... So với năm 2021 (1.220 biên chế), giảm 88
                # biên chế": a change naming neither unit nor year goes on with the one unit
                # the sentence before it, on its line, stated, in that year
                statement.subject = replace(
                    statement.subject,
                    kind=Kind.BLOCK,
                    year=statement.subject.year or self.last_stated[1],
                )
                known = self._holder(*self.last_stated)
                self.goes_on.add(id(statement))
            elif statement.subject.kind is None and chained is not None:
                statement.subject = replace(statement.subject, kind=Kind.BLOCK)
                known = chained
            elif statement.subject.kind is None and (
                (result := self._result_of(statement, sentence)) is not None
                or (result := self._result_past_narrowing(statement, sentence)) is not None
                or (result := self._result_unnamed(statement, sentence)) is not None
                or (result := self._sibling_result(statement, sentence)) is not None
                or (result := self._sibling_restated(statement, sentence)) is not None
                or (result := self._sibling_remains(statement, sentence)) is not None
            ):
                statement.subject = replace(statement.subject, kind=Kind.BLOCK)
                known = result
            elif (
                statement.subject.kind is None
                and (len(statements) == 1 or _parts_after_it(statement, statements))
                and self._whole_opening_list(statement, sentence.text, len(statements) > 1)
            ):
                # "Năm 2021, tỉnh được giao 15.372 biên chế, gồm:": the province's posts of
                # every category, the list below its parts
                statement.subject = replace(
                    statement.subject, kind=Kind.TOTAL, name="Tổng biên chế"
                )
            elif statement.subject.kind is None and self._whole_unnamed(statement, statements):
                # "Năm 2021, được giao 4.370 biên chế, gồm: công chức 214 biên chế, viên chức
                # 4.156 biên chế.", naming no one under headings naming no one: the text's own
                # body's posts, split into its categories, its total
                statement.subject = replace(
                    statement.subject, kind=Kind.TOTAL, name="Tổng biên chế"
                )
            elif (
                statement.subject.kind in (None, Kind.BLOCK)
                and BOTH_CATEGORIES.fullmatch(statement.subject.name.strip())
                and self._both_categories_whole()
            ):
                # "Tính chung, biên chế công chức và số lượng người làm việc của tỉnh năm 2025 là
                # 27.494" after the text's công chức and người làm việc: their sum, its total
                # ("... của huyện", read as a body's name, is the same sum)
                statement.subject = replace(
                    statement.subject, kind=Kind.TOTAL, name=capital(statement.subject.name)
                )
            elif statement.subject.kind is None:
                context = self._context_unit(statement)
                if context is None and self._own_posts(statement, sentence, len(statements)):
                    # "Ban Tổ chức Trung ương giao cho tỉnh 4.704 biên chế", "Năm 2021, tỉnh
                    # A được giao 3.150 chỉ tiêu": the text's own posts, no category said
                    self.own_posts[id(statement)] = statement
                    context = replace(statement.subject, kind=Kind.BLOCK, name=_OWN_POSTS), None
                if context is None and (
                    self._first_whole_unnamed(statement, sentence.text, statements)
                    or self._summed_whole(statement)
                ):
                    # "Năm 2021, được Trung ương giao 3.076 người, cụ thể:" opening the text's
                    # figures, no unit named before nor above it: the text's own total;
                    # (eng-unread7) "Tổng cộng, năm 2024 toàn tỉnh được giao 21.060 biên chế,
                    # giảm 800 biên chế so với năm 2021" after the công chức's and the người làm
                    # việc's figures of those years: the sum of the text's wholes, its total
                    context = (
                        replace(statement.subject, kind=Kind.TOTAL, name="Tổng biên chế"),
                        None,
                    )
                if context is None:
                    notes.append(_NO_UNIT)
                    return None
                statement.subject, known = context
                if self._names_another_category(statement, sentence, known):
                    notes.append(_NO_UNIT)
                    return None
            if self._budget_paid_part(statement):
                notes.append(_NO_UNIT)
                return None
            year, year_note = self._year(statement.subject.year or stated, sentence.line.number)
            day_year = statement.subject.dated if statement.subject.year is None else None
            if day_year is not None and not _POSTS_SAID.search(sentence.text):
                day_year = None  # "Đến ngày 15/3/2025, khối chính quyền đã có 36 người": people
            from_day = day_year is not None
            if day_year is not None:
                # "Đến ngày 30/11/2026, biên chế công chức của tỉnh còn 970 biên chế", "...;
                # tính đến ngày 30/6/2024, Cục được giao 302 biên chế": the day opening the
                # figure's clause dates it, over a year the sentence or its context said
                # before; what follows in the sentence goes on in that year
                year, year_note = day_year, _day_note(day_year)
                stated = year
            dated = _DAY.search(_REORGANISED_ON.sub("", statement.subject.name))
            if (
                dated is not None
                and statement.subject.year is None
                and year is not None
                and int(dated.group("y")) != year
            ) or (statement.subject.dated not in (None, year)):
                # "Năm 2021, Cục được giao 312 biên chế; tính đến ngày 30/6/2024, Cục được giao
                # 302 biên chế": a day of another year in the subject says the figure is not of
                # the year in force, and the rules do not say which it is (it was filed under
                # 2021: a misread and a false alarm of blind Y2)
                notes.append(_NO_YEAR)
                return None
            if year is None and statement.subject.year is None and stated is None:
                year, year_note = self._shared_year(sentence)
            if year_note is not None and self.table is None and marks is None:
                marks = _year_marks(sentence.text)  # once a sentence: a roll stays linear
            if (
                year_note is not None
                and not from_day
                and marks is not None
                and _year_before(statement, marks) not in (None, 0, year)
            ):
                # "Theo kế hoạch, năm 2025 thành phố giảm tiếp 20 biên chế ..., còn 1.228 biên
                # chế": a figure naming no year in a sentence that names another than its
                # context's is of the sentence's year, if of any: never the context's
                year = None
            if year_note is not None and year is not None and _later_day(statement, sentence, year):
                # "Năm 2025, ... Theo Quyết định số 12/QĐ-UBND ngày 10/01/2026, biên chế viên
                # chức là 5.000 người": a day after the year in force before the figure says
                # the figure may be of a later year; the context's is a guess: not understood
                year = None
            if year is not None and _clause_day(statement, sentence, year):
                # (eng-ar1) "Năm 2024, ... được giao 64 biên chế ...; đến ngày 30/6/2025 số biên
                # chế này giữ nguyên 64 biên chế": a figure whose own clause runs to a day of
                # another year than the one in force is that day's, which the rules have not
                # tied to it (it was filed under 2024: a misread and a false alarm of blind AR1)
                notes.append(_NO_YEAR)
                return None
            if statement.subject.year is not None and statement.sets_year:
                stated = statement.subject.year
            period = self.meta.lead_period
            if (
                year is None
                and period is not None
                and statement.value is None
                and statement.changes
                and all(c.base_year == period[0] - 1 for c in statement.changes)
            ):
                # "giai đoạn 2022 - 2026" in the headline, "giảm 17.736 biên chế ... so với số
                # giao năm 2021" in the body: the period's change, of its last year
                year, year_note = (
                    period[1],
                    Message(
                        f"năm {period[1]}: cuối giai đoạn {period[0]} - {period[1]} nêu ở đầu "
                        "văn bản",
                        f"year {period[1]}: the end of the period {period[0]} - {period[1]} stated "
                        "at the top",
                    ),
                )
            if year is None:
                notes.append(_NO_YEAR)
                return None
            if (
                statement.subject.qualifier == "có mặt"
                and year_note is not None
                and (self.meta.date is None or self.meta.date.year != year)
                and bool(self.claim_years - {year})
            ):
                # "Hiện có 936 công chức có mặt" after "năm 2023 ... 990; đến năm 2026 còn
                # 955": staff in post are counted today, and a text that has spoken of
                # several years says which of them today is only by its date
                notes.append(_PRESENT_YEAR)
                return None
            if under_unread is not None and under_unread.own_revenue:
                notes.append(_UNDER_OWN_REVENUE)
                return None
            if under_unread is not None and under_unread.former:
                notes.append(_UNDER_FORMER_PLACE)
                return None
            if under_unread is not None and (
                # (of the lead's year, or of the year it compares with, `_lead_base`)
                (
                    under_unread.year is not None
                    and year not in (under_unread.year, *self._lead_base(under_unread))
                )
                # "Tổng biên chế các hội ... là 148 biên chế, giữ nguyên, gồm:" unread, then "+
                # Cấp tỉnh: 96 biên chế;": the lead said whose category the items are; read
                # as another (the civil servants' "biên chế"), they were misread
                or self._not_the_lead_category(statement, under_unread.named)
            ):
                notes.append(_UNDER_UNREAD)
                return None
            if under_unread is not None and self._year_before_lead(
                under_unread, statement, stated, year
            ):
                notes.append(_UNDER_UNREAD)
                return None
            for change in statement.changes:
                if change.base_year is None and change.previous:
                    change.base_year = year - 1  # "so với năm trước"
            if any(c.base_year == year for c in statement.changes) and any(
                int(day.group("y")) == year for day in _DAY_BASE.finditer(sentence.text)
            ):
                # "Năm 2025, ... giảm 20 biên chế so với ngày 30/6/2025": a day of the figure's
                # own year compared with is no year before it (`rules._SO_VOI`)
                notes.append(_NO_BASE)
                return None
            earlier = {
                stated for stated in years_of.get(statement.subject.name, set()) if stated < year
            }
            if statement.changes and len(earlier) == 1 and statement.subject.year is None:
                # "2.287 biên chế (năm 2023 là 2.324 biên chế), giảm 37 biên chế" in a report
                # of 2024: the change is against the one earlier year the sentence gives
                base = earlier.pop()
                for change in statement.changes:
                    if change.base_year is None and not change.further:
                        change.base_year = base
            if self.against_previous and sentence.line.marker is not None:
                # "- Năm 2024: 18.542 người, giảm 476 người;" under "(số giảm tính so với năm
                # liền trước):": against the year before, as the paragraph said
                for change in statement.changes:
                    if change.base_year is None and not change.further:
                        change.base_year = year - 1
            # a category's share of a change is compared with the change's year; one whose
            # change is not the statement's own has none unless resolved here
            shares = [p.change for p in statement.parts if p.change is not None]
            missing = [
                c
                for c in statement.changes + [c for c in shares if c not in statement.changes]
                if c.base_year is None
            ]
            inherited = self.enumerations[-1].base_year if self.enumerations else None
            if (
                inherited is None
                and _MEANWHILE.match(sentence.text)
                and self.last_base is not None
                and self.last_entry == len(self.entries) - 1
            ):
                # "Đồng thời giảm 4 biên chế dự phòng" right after "So với ... năm 2022, năm
                # 2023 giảm 26 biên chế": the same comparison
                inherited = self.last_base[1]
            if missing and inherited is not None and statement.subject.year is None:
                for change in missing:
                    change.base_year = inherited
            elif missing and (
                self._against_previous(sentence) or self._falls_year_on_year(sentence, year)
            ):
                for change in missing:
                    change.base_year = year - 1
            elif (
                missing
                and not any(change.further for change in missing)
                and (compared := self._heading_base(year)) is not None
            ):
                # "II. CHỈ TIÊU TINH GIẢN ĐẾN NĂM 2026 (so với năm 2021)", "III. LỘ TRÌNH (số
                # giảm tính so với năm trước liền kề)": the heading says what its section's
                # changes compare with
                for change in missing:
                    change.base_year = compared
            elif missing and (led := self._target_lead_base(sentence, statement, year)):
                # "1. Biên chế công chức đến năm 2030 là 3.788 biên chế, giảm 118 biên chế" under
                # "Đến năm 2030, giảm tối thiểu 3% biên chế công chức ... so với số được giao
                # năm 2026, cụ thể:": the cut the lead's target is measured by
                for change in missing:
                    change.base_year = led
            elif missing and (earlier_year := self._base_by_arithmetic(statement, year, sentence)):
                # "Năm 2024 tỉnh được giao 3.270 biên chế cán bộ, công chức cấp xã. ... năm
                # 2025 các xã, phường mới được bố trí tổng cộng 2.166 biên chế, giảm 1.104
                # biên chế, tương ứng 33,76%.": against the one earlier figure of the same
                # category the sentence right before stated, which the arithmetic bears out
                for change in missing:
                    change.base_year = earlier_year
            elif missing:
                notes.append(_NO_BASE)
                return None
            if statement.parts and statement.subject.kind is Kind.CATEGORY:
                notes.append(_PARTS_OF_CATEGORY)
                return None
            if (
                known is None
                and statement.container is None
                and statement.subject.kind in (Kind.TOTAL, Kind.BLOCK)
                and self._under_receiver()
            ):
                # "- Tổng số: 890 biên chế", "- Dự phòng: 5 biên chế" under "Năm 2021, Sở Y
                # tế được giao:": the body's own, which no unit of the plan names
                notes.append(_NO_UNIT)
                return None
            if known is None and statement.container is None and self._under_unknown():
                # under "Liên đoàn Lao động tỉnh:", a lead naming what the lexicon knows as
                # no body: whose lines the items are is not read, never the text's own
                notes.append(_NO_UNIT)
                return None
            resolved.append((statement, year, year_note, known))
        valued = [
            (
                known or statement.subject.name.lower(),
                statement.subject.kind,
                statement.subject.category,
                statement.subject.where,
                statement.subject.qualifier,
                id(statement.container),
                year,
            )
            for statement, year, _, known in resolved
            if statement.value is not None
        ]
        if len(set(valued)) < len(valued):
            # "X: 1.018 biên chế (năm 2021 là 1.052 biên chế)" where 1.018 has no year of its
            # own but 2021: two figures of one unit and year, neither used
            notes.append(_SAME_UNIT_TWICE)
            return None
        return resolved

    def _budget_paid_part(self, statement: Statement) -> bool:
        """Whether a viên chức subject named by its pay source ("số người làm việc hưởng lương
        từ ngân sách nhà nước") may be a part, not the category's own line: the text has given
        the category's plain line a figure that differs from the same year's figure of a unit
        named by that pay source ("tổng số 996 người làm việc, gồm 628 người hưởng lương từ
        ngân sách nhà nước và 368 người hưởng lương từ nguồn thu sự nghiệp"). The line is then
        the whole, own-revenue posts with it, and which of the two the words name is not said
        (s24: it was the whole's, a misread and two false alarms of blind AV1). Where the
        plain line holds no such figure, the words are the category's, as the law's are."""
        subject = statement.subject
        if (
            subject.kind is not Kind.CATEGORY
            or subject.category is not Category.VC
            or subject.where is not None
            or subject.qualifier.strip()
            or BUDGET_PAID_POSTS.search(subject.name) is None
            # (a bound, as `_one_whole_again`'s: a text of thousands of figures stays linear)
            or len(self.values) > _PAID_LOOKS
        ):
            return False
        units = self.registry.units
        lines = {
            unit
            for unit, _ in self.values
            if units[unit].category is Category.VC
            and units[unit].plain
            and units[unit].parent in (None, TOTAL_ID)
        }
        paid = {
            unit
            for unit, _ in self.values
            if unit not in lines and BUDGET_PAID_POSTS.search(units[unit].name) is not None
        }
        return any(
            (part, year) in self.values and self.values[(part, year)] != figures
            for (line, year), figures in self.values.items()
            if line in lines
            for part in paid
        )

    def _continued_base(self, statement: Statement, unit: str, count: int) -> None:
        """ "Năm 2021 là 17.286 người. Đến năm 2026 còn 15.552 người, giảm 1.734 người": the
        second sentence goes on with the first's unit, and its change naming no year compares
        with the one earlier year the sentence before stated that unit's figure for (as
        `bases.implied_bases` does inside one sentence). Only for a sentence of one statement
        giving its own figure beside the change, and the figure before a stated one."""
        assert self.last_spoken is not None
        before = self.last_spoken[1]
        year = statement.subject.year
        if (
            count != 1
            or statement.value is None
            or before is None
            or year is None
            or before >= year
            or (unit, before) not in self.stated_figures
        ):
            return
        for change in statement.changes:
            if (
                change.base_year is None
                and not change.previous
                and not change.further
                and not change.bound
            ):
                change.base_year = before

    def _item_year_own(
        self, sentence: Sentence, resolved: list[Resolved], lead_year: tuple[int, int] | None
    ) -> bool:
        """ "Năm 2021, Sở được giao 214 biên chế, trong đó: - Văn phòng Sở: 58 biên chế, đến năm
        2026 còn 55 biên chế; - Chi cục A: 34 biên chế, đến năm 2026 còn 32 biên chế;": an item
        whose figure naming no year was read for the lead's year, and which then names a later
        year of its own, speaks of that year for itself only; its siblings' figures naming no
        year stay of the lead's (the item itself read one so)."""
        if (
            lead_year is None
            or self.paragraph_year is None
            or self.paragraph_year == lead_year
            or not self.enumerations
            or sentence.line.marker is None
            or sentence.column != sentence.line.offset + 1
            or self.enumerations[-1].opened >= sentence.line.number
            or lead_year[1] > self.enumerations[-1].opened
        ):
            return False
        years = [(statement.subject.year, year) for statement, year, *_ in resolved]
        return (
            years[0] == (None, lead_year[0])
            and all(stated is None or stated > lead_year[0] for stated, _ in years)
            and any(stated is not None for stated, _ in years)
        )
