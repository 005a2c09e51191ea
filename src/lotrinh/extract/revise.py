"""Pass 3, statements: the passes run over a sentence's reading once its items are chosen:
each revises what was read (a line's own changes, contract staff counted in, further cuts,
goal cuts, figures named apart, elapsed years ...) or drops what cannot stand.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lotrinh.extract.document import NUM, YEAR
from lotrinh.extract.lexicon import (
    BUDGET_PAID_POSTS,
    NOT_STAFF_AFTER,
    assigned_own_revenue,
    own_revenue_posts,
)
from lotrinh.extract.result import Message
from lotrinh.extract.sentence import (
    COMPARISON_NOT_READ,
    NO_SUBJECT,
    SAME_CATEGORY,
    Kind,
    Orphan,
    Part,
    Reading,
    Span,
    Statement,
    drop,
    spans_of,
)
from lotrinh.extract.subjects import NAMED_AFTER, OF_BODIES, category_after
from lotrinh.model import Category

_I = re.IGNORECASE


LEADS_AGAINST_PREVIOUS = re.compile(
    r"[;,]\s*(?:các\s+)?số\s+(?:giảm|tăng)(?:\s+(?:từng|hằng|mỗi)\s+năm)?\s+(?:được\s+)?tính\s+"
    r"so\s+với\s+năm\s+(?:liền\s+)?trước(?:\s+đó)?\s*(?:,\s*)?(?:cụ\s+thể|như\s+sau)?\s*:\s*$",
    _I,
)
"""A clause closing a sentence that opens a list ("Giai đoạn 2022 - 2026 giảm 2.296 người ...;
số giảm từng năm tính so với năm liền trước, cụ thể:"): it says how the items below count
their changes, and compares nothing itself."""
_COMPARISON = re.compile(
    r"(?<!\w)(?:so\s+với|giữ\s+nguyên|không\s+thay\s+đổi|(?-i:bằng)\s+năm"
    r"|(?:tăng|giảm)(?=\s+(?:thêm\s+|khoảng\s+)?[0-9]))(?!\w)",
    _I,
)
"""A comparison's words: a sentence whose comparison no rule took is not read whole."""


def line_changes(reading: Reading) -> None:
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


def line_bases(reading: Reading, fronted: Span | None = None) -> None:
    """ "các trường được giao 327 người làm việc, giảm 18 người so với năm 2021 (345
    người)": the base recalled after the line's figure, its change against that year moved
    to the line (`line_changes`), is that line's figure of the base year, never the block's
    own (which the text does not state; it was filed under the block: a figure of the wrong
    unit). (eng-at2) The base a fronted comparison recalls before the line (`fronted`, its
    count's span: "So với năm 2021 (1.512 biên chế), năm 2026 Bộ được giao 1.436 biên chế
    công chức, giảm 76 biên chế") is the line's too, where the recalled figure less the
    line's is the change exactly (the base the change is against); otherwise the block's, as
    before."""
    recalled_by: dict[tuple[str, int], list[Statement]] = {}
    """Figures recalled for a year, by their block's name and year (looked up once each, so a
    roll of many bodies is read in linear time)."""
    for recalled in reading.statements:
        if (
            recalled.subject.kind is Kind.BLOCK
            and recalled.subject.year is not None
            and recalled.value is not None
            and recalled.value_span is not None
            and not recalled.sets_year
            and not recalled.parts
            and not recalled.changes
        ):
            key = (recalled.subject.name, recalled.subject.year)
            recalled_by.setdefault(key, []).append(recalled)
    for statement in reading.statements:
        lines = [part for part in statement.parts if part.change is None]
        moved = [part for part in statement.parts if part.change is not None]
        if statement.subject.kind is not Kind.BLOCK or statement.value is not None:
            continue
        if len(lines) != 1 or not moved or statement.changes:
            continue
        for part in moved:
            base = part.change.base_year if part.change is not None else None
            for recalled in recalled_by.get((statement.subject.name, base or 0), []):
                if (
                    recalled is statement
                    or recalled.value is None
                    or recalled.value_span is None
                    or (
                        recalled.value_span[0] < lines[0].span[1]
                        and not _fronted_base_of(recalled, fronted, lines[0], part)
                    )
                ):
                    continue
                recalled.parts.append(
                    Part(lines[0].category, recalled.value, recalled.value_span, None)
                )
                recalled.value, recalled.value_span = None, None


def _fronted_base_of(recalled: Statement, fronted: Span | None, line: Part, moved: Part) -> bool:
    """Whether `recalled` is the fronted comparison's base and the line's figure and change
    tie with it: base − line figure = the change (a rise: line figure − base)."""
    change = moved.change
    if fronted is None or recalled.value_span != fronted or change is None:
        return False
    if recalled.value is None or change.count is None or not change.spans:
        return False
    amount = -change.count if change.increase else change.count
    return recalled.value - line.count == amount


_YEAR_RECALL_OPENS = re.compile(
    rf"(?:[^\d();:]|(?<=năm\s){YEAR}){{0,60}}?(?P<opener>[(,;])\s*năm\s+(?P<year>{YEAR})\s*(?:là|có|:)\s*",
    _I,
)
"""What stands between a category line's count and the count of the same line recalled for
another year right after it: the line's own words (its year too), then "(năm Y là", "(năm
Y:" or ", năm Y là" ("652 biên chế công chức năm 2024 (năm 2023: 666 biên chế)")."""


def line_recalls(reading: Reading, text: str) -> None:
    """ "Sở Y tế được giao 652 biên chế công chức (năm 2023: 666 biên chế)": the year recalled
    right after a block's category line is that line's figure of that year, never the block's
    own (which the text does not state: it was filed under the block, a figure of another unit
    than the line's). In a parenthesis right after a line's count, each line its own ("895
    biên chế cán bộ, công chức (năm 2021 là 958), 141 biên chế viên chức (năm 2021 là 159)");
    after a comma or a semicolon (", năm 2023 là 666 biên chế", after the line's change too),
    only a block of one line. A block of several lines recalled so names no line: whose figure
    it is, unsure, the sentence is not read."""
    lines_of: dict[str, list[Statement]] = {}
    for statement in reading.statements:
        if statement.subject.kind is Kind.BLOCK and statement.value is None and statement.parts:
            lines_of.setdefault(statement.subject.name, []).append(statement)
    for recalled in list(reading.statements):
        if (
            recalled.subject.kind is not Kind.BLOCK
            or recalled.subject.year is None
            or recalled.value is None
            or recalled.value_span is None
            or recalled.parts
            or recalled.changes
        ):
            continue
        for owner in lines_of.get(recalled.subject.name, []):
            lines = [part for part in owner.parts if part.change is None]
            before = [part for part in owner.parts if part.span[1] <= recalled.value_span[0]]
            if owner.subject.year in (None, recalled.subject.year) or not lines or not before:
                continue
            anchor = max(before, key=lambda part: part.span[1])
            opens = _YEAR_RECALL_OPENS.fullmatch(text, anchor.span[1], recalled.value_span[0])
            if opens is None or int(opens.group("year")) != recalled.subject.year:
                continue
            if len(lines) > 1 and (anchor.change is not None or opens.group("opener") != "("):
                drop(reading, recalled, _RECALL_OF_WHICH_LINE)
                break
            line = anchor if anchor.change is None else lines[0]
            recalled.parts.append(Part(line.category, recalled.value, recalled.value_span, None))
            recalled.value, recalled.value_span = None, None
            recalled.sets_year = False
            break


_RECALL_OF_WHICH_LINE = Message(
    "câu nhắc lại số của một năm khác sau nhiều dòng của một khối: không rõ là số của dòng nào",
    "the sentence recalls another year's figure after a block's several lines: whose line's "
    "it is is unclear",
)


_NO_BASE_KEPT = Message(
    "câu nói số của một khối được giữ nguyên nhưng không nêu năm so sánh bằng số",
    "the sentence says a block's figure is kept but names the year compared by no number",
)


def named_and_shared(reading: Reading, text: str) -> None:
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
            drop(reading, statement, SAME_CATEGORY)
            continue
        if _one_line_cut(reading, statement, text):
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
                drop(reading, statement, SAME_CATEGORY)
                break
            statement.parts.insert(
                statement.parts.index(shares[0]),
                Part(category, change.count, change.spans[0], change),
            )
            statement.changes.remove(change)


_CATEGORY_CLOSES = re.compile(
    r"\s*(?:[;.(]|so\s+với(?!\w)|$"
    r"|,(?!\s*(?:và\s+)?(?:biên\s+chế\s+)?(?:cán\s+bộ|công\s+chức|viên\s+chức|người|hợp\s+đồng)))",
    _I,
)
"""What may follow the category a body's one cut names for that cut to be the category's
alone: a stop, a parenthesis or its comparison (never "cấp xã", "dự phòng", "trong đó", nor
another category: "6 biên chế công chức, viên chức" counts both)."""
_CATEGORY_NARROWED = re.compile(r"\s*(?:dự\s+phòng|cấp\s+xã)(?!\w)", _I)
"""Words after the category narrowing the cut to the reserve or the communes' staff: neither
the body's own cut nor its category line's (it was read as the whole body's)."""


def _one_line_cut(reading: Reading, statement: Statement, text: str) -> bool:
    """ "Sở Y tế giảm 6 biên chế công chức so với năm 2021", "huyện cắt giảm 10 viên chức":
    a body's one cut whose count names one category (CBCC or VC) and nothing after it is that
    category line's cut, never the whole body's (the category was lost, eng-names3). Made a
    share of the body, as a value naming its category is; True where it was. Where the words
    after the category narrow it (the reserve, the communes' staff) the cut is dropped. Only
    for a cut of a year the sentence names: a headline's ("Bộ A đã giảm 98 biên chế công chức
    so với năm 2021") restates the body's change as it is matched (`build`)."""
    subject = statement.subject
    counted = [change for change in statement.changes if change.count is not None]
    if (
        subject.kind is not Kind.BLOCK
        or subject.category is not None
        or not subject.name.strip()
        or subject.year is None
        or statement.value is not None
        or statement.parts
        or len(statement.changes) != 1
        or len(counted) != 1
        or not counted[0].spans
    ):
        return False
    change = counted[0]
    end = change.spans[0][1]
    named = NAMED_AFTER.match(text, end)
    category = category_after(text, end)
    if named is not None and _CATEGORY_NARROWED.match(text, named.end()):
        drop(reading, statement, NO_SUBJECT)
        return True
    if (
        named is None
        or category not in (Category.CBCC, Category.VC)
        or not _CATEGORY_CLOSES.match(text, named.end())
    ):
        return False
    assert change.count is not None and category is not None
    statement.parts.append(Part(category, change.count, change.spans[0], change))
    statement.changes.remove(change)
    return True


def contracts_counted_in(reading: Reading) -> None:
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


def further_cuts(reading: Reading) -> None:
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


_GOAL_CUT = re.compile(
    r"(?<!\w)(?:mục\s+tiêu|yêu\s+cầu|phải|lộ\s+trình)\s+giảm\s+"
    r"(?:(?:tối\s+thiểu|ít\s+nhất|bình\s+quân|trung\s+bình|khoảng)\s+)*"
    rf"{NUM}\s?%",
    _I,
)


def goal_cuts(text: str, reading: Reading) -> None:
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


def with_contract_staff(text: str, reading: Reading) -> None:
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


def surplus_people(text: str, reading: Reading) -> None:
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


def among_the_total(text: str, reading: Reading) -> None:
    """ "Trong tổng số biên chế tại khoản 1 Điều này có 20 biên chế dự phòng": the count is
    some of the total named, never its figure; which unit of it, the sentence does not say
    whole: not read. (A category named so, "Trong số người làm việc tại ... có N người ...",
    is read as a unit apart, as the truths read such subsets.)"""
    for statement in list(reading.statements):
        if statement.subject.kind is Kind.TOTAL and _AMONG_THE_TOTAL.match(statement.subject.name):
            drop(reading, statement, _SOME_OF_IT)
        elif (
            statement.value_span is not None
            and (
                _POINTS_BACK.match(statement.subject.name)
                # the frame dropped as a lead, the subject left blank ("Trong tổng số trên có
                # 20.415 người làm việc tại các cơ sở ... (trong đó có 6.805 giáo viên)")
                or (
                    not statement.subject.name.strip()
                    and _POINTS_BACK_HAS.fullmatch(text, 0, statement.value_span[0])
                )
            )
            and _QUALIFIED_AFTER.match(text, statement.value_span[1])
        ):
            # "Trong tổng số trên có 20.415 người làm việc tại các cơ sở giáo dục công lập":
            # the people of some of its bodies, not the category's figure
            drop(reading, statement, _SOME_OF_IT)


_POINTS_BACK = re.compile(r"\W*trong\s+(?:tổng\s+)?số\s+(?:trên|này|đó|nêu\s+trên)\W*$", _I)
_POINTS_BACK_HAS = re.compile(
    r"\W*trong\s+(?:tổng\s+)?số\s+(?:trên|này|đó|nêu\s+trên)\s*,?\s*có\s+", _I
)
_QUALIFIED_AFTER = re.compile(
    r"\s*(?:biên\s+chế\s+)?(?:người\s+làm\s+việc|viên\s+chức|cán\s+bộ,?\s+công\s+chức|công\s+chức"
    r"|người)\s+(?:làm\s+việc\s+)?(?:tại|ở|trong|thuộc)\s",
    _I,
)
"""A count's people named with where they work ("20.415 người làm việc tại các trường")."""


def twice_compared(reading: Reading) -> None:
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


def named_apart(text: str, reading: Reading) -> None:
    """A statement whose words do not name the unit its figures are of: a rate naming another
    category after it ("...; năm 2026 giảm 5% biên chế viên chức so với năm 2021" read under
    the công chức named before), or a count restating the one before ("giảm tối thiểu 5% biên
    chế công chức, tức 87 biên chế"). Not read: the figure would go to the wrong unit."""
    for statement in list(reading.statements):
        if _RESTATING.search(statement.subject.name):
            drop(reading, statement, NO_SUBJECT)
            continue
        held = statement.subject.category
        for change in statement.changes:
            if change.count is not None or change.rate is None or not change.spans or held is None:
                continue
            percent = _PERCENT_AFTER.match(text, change.spans[-1][1])
            named = category_after(text, percent.end()) if percent is not None else None
            if named is not None and named is not held:
                drop(reading, statement, NO_SUBJECT)
                break


def sectors_apart(reading: Reading) -> None:
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


def self_financed(text: str, reading: Reading) -> None:
    """ "Số người làm việc tại các đơn vị sự nghiệp tự bảo đảm chi thường xuyên (năm 2021 có
    3.120 người)": people of units that pay all their running costs hold no budget post of
    the plan (outside), whatever category their words name. Where the figure's clause says
    its people are paid by the budget ("Các trường tự bảo đảm chi thường xuyên; năm 2025 giao
    640 người làm việc hưởng lương từ ngân sách"), it is no self-financed people's: unread,
    never set aside."""
    for statement in list(reading.statements):
        own = _OWN_REVENUE.search(statement.subject.name)
        if own is not None and (
            _BUDGET_PAID.search(statement.subject.name, own.end())
            or not _own_revenue_in_clause(text, spans_of(statement))
        ):
            # "Khi các trường tự bảo đảm chi thường xuyên, số người làm việc hưởng lương từ
            # ngân sách giảm như sau: ...": the units' self-financing is why the budget's
            # people fall; whose figure it is, the reading of the subject does not say
            drop(reading, statement, _BUDGET_AFTER_OWN_REVENUE)
        elif own is not None and not assigned_own_revenue(text, statement.subject.name):
            reading.statements.remove(statement)
            reading.outside += spans_of(statement)
        elif own_revenue_posts(statement.subject.name) and _set_apart_in_clause(
            text, spans_of(statement)
        ):
            # "Số lượng người làm việc hưởng lương từ nguồn thu sự nghiệp năm 2025 là 2.421
            # người, do các đơn vị tự quyết định": a number the text sets apart, outside
            drop(reading, statement)
    for statement in list(reading.statements):
        owner = statement.container
        if (
            owner is not None
            and owner in reading.statements
            and own_revenue_posts(statement.subject.name)
            and BUDGET_PAID_POSTS.search(owner.subject.name)
        ):
            # "Số người làm việc hưởng lương từ ngân sách nhà nước là 3.600 người, trong đó
            # 700 người hưởng lương từ nguồn thu sự nghiệp": posts paid from own revenue are
            # never a part of the budget's: the sentence contradicts itself, unread
            drop(reading, owner, _OWN_REVENUE_IN_BUDGET)
            for part in [s for s in reading.statements if s.container is owner]:
                drop(reading, part, _OWN_REVENUE_IN_BUDGET)


def own_revenue_spilled(text: str, reading: Reading) -> None:
    """(latent7) A count qualified as paid from own revenue ("Giao 1.360 người làm việc hưởng
    lương từ nguồn thu sự nghiệp cho các đơn vị … (năm 2026), giảm 12 người so với năm 2025"),
    read under a unit whose name lost the qualifier (the words after it, "các đơn vị … thuộc
    tỉnh", taken for the subject), or followed in its clause by a change or figure of such a
    unit: the own-revenue posts would be read as the budget's. Every statement of the clause is
    unread, unless the later one names the budget ("…, 5.000 người hưởng lương từ ngân sách")
    or is a part the own-revenue figure holds. An own-revenue figure with no year of its own and
    a year written after it in its clause ("… cho các đơn vị … năm 2026.") is unread too: the
    heading's year would file it."""
    owned = [s for s in reading.statements if own_revenue_posts(_named(s))]
    for statement in owned:
        if statement.subject.year is not None or statement.value_span is None:
            continue
        after = _UP_TO_THE_CUT.match(text, statement.value_span[1])
        if after is not None and _A_YEAR_SAID.search(after.group()):
            # "Giao 1.360 người … từ nguồn thu sự nghiệp cho các đơn vị … năm 2026.": a year
            # after the bodies, not taken as the figure's (a heading's would be): unread
            drop(reading, statement, _OWN_REVENUE_SPILLED)
    owned = [s for s in owned if s in reading.statements]
    for statement in list(reading.statements):
        if statement not in reading.statements or own_revenue_posts(_named(statement)):
            continue
        if _BUDGET_PAID.search(_named(statement)) or not spans_of(statement):
            continue
        first = min(span[0] for span in spans_of(statement))
        clause_start = text.rfind(";", 0, first) + 1
        qualified = statement.value_span is not None and _QUALIFIED_OWN.match(
            text, statement.value_span[1]
        )
        before = [
            s
            for s in owned
            if s in reading.statements
            and spans_of(s)
            and clause_start <= min(span[0] for span in spans_of(s)) < first
            and statement.container is not s
        ]
        if not qualified and not before:
            continue
        for other in [statement, *before]:
            if other in reading.statements:
                drop(reading, other, _OWN_REVENUE_SPILLED)


def _named(statement: Statement) -> str:
    """A statement's subject as its unit will be named: its name and its qualifier."""
    return f"{statement.subject.name} {statement.subject.qualifier or ''}"


_UP_TO_THE_CUT = re.compile(r"(?:(?!so\s+với|giảm|tăng)[^,;:()])*", re.IGNORECASE)
"""The words after a figure up to its comparison, a comma or the clause's end."""
_A_YEAR_SAID = re.compile(r"(?<!\w)năm\s+(?:19|20)[0-9]{2}(?![0-9])", re.IGNORECASE)
_QUALIFIED_OWN = re.compile(
    r"\s*(?:biên\s+chế|người(?:\s+làm\s+việc)?|chỉ\s+tiêu)\s+hưởng\s+lương\s+từ\s+nguồn\s+thu",
    re.IGNORECASE,
)
_OWN_REVENUE_SPILLED = Message(
    "số hưởng lương từ nguồn thu sự nghiệp đọc thành đơn vị khác: không rõ số và mức giảm của ai",
    "posts paid from own revenue read under another unit: whose figure and change is unclear",
)


_OWN_REVENUE = re.compile(
    # (never "một phần", partly self-financed: budget posts; nor people paid "từ nguồn thu",
    # whom some texts add into their VC total)
    # (nor units "chưa tự bảo đảm", not yet self-financed: the budget's)
    r"(?<!\w)(?<!chưa\s)(?<!không\s)tự\s+(?:bảo\s+đảm|đảm\s+bảo)\s+(?:toàn\s+bộ\s+)?"
    r"chi\s+thường\s+xuyên(?!\w)",
    _I,
)


def _own_revenue_in_clause(text: str, spans: list[Span]) -> bool:
    """Whether the clause (between semicolons) of a statement's first figure never says its
    people are paid by the budget ("; năm 2025 giao 640 người làm việc hưởng lương từ ngân
    sách"); "tự trả lương", "không hưởng lương từ ngân sách" are the self-financed people's."""
    return not spans or _BUDGET_PAID_SAID.search(_clause_of(text, spans)) is None


def _clause_of(text: str, spans: list[Span]) -> str:
    """The clause (between semicolons) holding the first of a statement's figures."""
    at = min(span[0] for span in spans)
    start = text.rfind(";", 0, at) + 1
    end = text.find(";", at)
    return text[start : end if end >= 0 else len(text)]


_BUDGET_PAID_SAID = re.compile(
    # (never "không hưởng lương từ ngân sách": the self-financed people said again)
    r"(?<!\w)(?<!không\s)hưởng\s+lương\s+(?:từ\s+)?ngân\s+sách(?!\w)",
    re.IGNORECASE,
)


def _set_apart_in_clause(text: str, spans: list[Span]) -> bool:
    """Whether the sentence, up to the end of the clause (between semicolons) of a
    statement's first figure, sets its number apart from the text's figures ("không tính
    vào", "không thuộc phạm vi", "ngoài số trên", "do đơn vị tự quyết định"): said of the
    subject before its years ("... (không tính vào tổng số): năm 2024 là 900; năm 2025 là
    950"), it sets apart every year's figure."""
    if not spans:
        return False
    at = min(span[0] for span in spans)
    end = text.find(";", at)
    return _SET_APART.search(text[: end if end >= 0 else len(text)]) is not None


_SET_APART = re.compile(
    r"(?<!\w)(?:không\s+(?:được\s+)?(?:tính|thuộc|nằm|bao\s+gồm)|ngoài\s+(?:số|chỉ\s+tiêu)"
    r"|tự\s+quyết\s+định)(?!\w)",
    _I,
)
_OWN_REVENUE_IN_BUDGET = Message(
    "số hưởng lương từ nguồn thu sự nghiệp được kể trong số hưởng lương từ ngân sách: câu tự"
    " mâu thuẫn",
    "posts paid from the units' own revenue counted inside the budget-paid ones: the sentence"
    " contradicts itself",
)


_BUDGET_PAID = re.compile(r"(?<!\w)hưởng\s+lương\s+(?:từ\s+)?ngân\s+sách(?!\w)", _I)
_BUDGET_AFTER_OWN_REVENUE = Message(
    "câu nói đơn vị tự bảo đảm chi thường xuyên rồi đến người hưởng lương từ ngân sách: không rõ"
    " số này của ai",
    "the sentence names self-financed units, then people paid by the budget: whose figure this"
    " is is unclear",
)


_RESTATING = re.compile(
    r"(?:^|[,;]\s*|\s)(?:tức(?:\s+là)?|tương\s+(?:đương|ứng)(?:\s+với)?)\s*$", _I
)
_PERCENT_AFTER = re.compile(r"\s*%")


def unread_comparisons(
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
        if OF_BODIES.match(text, found.start()) or OTHER_COUNT_BEFORE.search(text[: found.start()]):
            continue  # "giảm 3 đơn vị (giảm 18,8%)": bodies, not posts
        if not any(start <= found.start() < end for start, end in taken):
            reading.orphans.append(Orphan(found.span(), COMPARISON_NOT_READ))
            return


def elapsed_years(reading: Reading) -> None:
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


OTHER_COUNT_BEFORE = re.compile(
    rf"[0-9]\s*(?:{NOT_STAFF_AFTER.pattern})[\s,(]*$",
    _I,
)
_NO_YEAR_SPAN = Message(
    "số năm nêu ('sau ba năm') không cho biết năm của số liệu",
    "the years said ('sau ba năm') do not tell the figure's year",
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
_CONTRACTS_COUNTED = Message(
    "số này cộng cả hợp đồng lao động (ngoài biên chế) vào: không phải số của một loại biên chế",
    "this figure adds contract staff (not biên chế) into it: no category's figure",
)


_YEARS_JOINED = re.compile(
    # the sentence's fronted time only (never two years compared with: "So với tổng biên chế
    # năm 2022, năm 2023 giảm 26", "so với năm 2021 và năm 2025")
    rf"^\s*(?:trong\s+)?năm\s+(?P<a>{YEAR})\s+và\s+(?:năm\s+)?(?P<b>{YEAR})(?![0-9])",
    re.IGNORECASE,
)
YEARS_JOINED = Message(
    "câu nói chung cho hai năm (năm A và năm B) nhưng chỉ đọc được cho một năm",
    "the sentence speaks of two years together (năm A và năm B) but was read for one only",
)


def years_joined(text: str, reading: Reading) -> None:
    """ "Năm 2022 và năm 2023, số lượng người làm việc giữ nguyên so với năm 2021": one thing
    said of two years, which the subject reads as the last year's only. Kept as it was (no
    change against an earlier year) it is said of each; anything else (a cut over both, a
    figure) is no one year's: the sentence is unread."""
    for found in _YEARS_JOINED.finditer(text):
        both = {int(found.group("a")), int(found.group("b"))}
        said = [s for s in reading.statements if s.subject.year in both]
        if not said or both <= {s.subject.year for s in reading.statements}:
            continue
        if all(
            s.value is None
            and s.changes
            and all(
                c.count == 0 and c.base_year is not None and c.base_year < min(both)
                for c in s.changes
            )
            for s in said
        ):
            for statement in said:
                assert statement.subject.year is not None
                other = (both - {statement.subject.year}).pop()
                again = replace(
                    statement,
                    subject=replace(statement.subject, year=other),
                    changes=[replace(c) for c in statement.changes],
                )
                at = reading.statements.index(statement)
                reading.statements.insert(at + (other > statement.subject.year), again)
            continue
        first = said[0]
        span = first.value_span or next((c.spans[0] for c in first.changes if c.spans), None)
        reading.orphans.append(Orphan(span or found.span("a"), YEARS_JOINED))
        return


_YEAR_AFTER_FIGURE = re.compile(
    r"\s+(?:biên\s+chế|chỉ\s+tiêu|người(?:\s+làm\s+việc)?|cán\s+bộ,?\s+công\s+chức"
    r"|công\s+chức|viên\s+chức)(?:\s+(?:công|viên)\s+chức)?"
    rf"\s+năm\s+(?P<y>{YEAR})(?![0-9])",
    _I,
)
_YEAR_AFTER_RECIPIENT = re.compile(
    r"\s+(?:biên\s+chế|chỉ\s+tiêu|người\s+làm\s+việc)(?:\s+(?:công|viên)\s+chức)?"
    # ("Giao 3.212 biên chế công chức trong các cơ quan, tổ chức hành chính thuộc tỉnh năm
    # 2026": the recipient, then the year given; no word of another time or a comparison)
    r"\s+(?:trong|cho|của)\s+"
    r"(?:(?!(?:như|bằng|so|với|từ|đến|sau|trước|theo|ngày|tháng|hết|kể|giai|đoạn|còn|giảm|tăng)"
    r"(?!\w))[^\d();:.\s]+[\s,]+){1,16}?"
    rf"năm\s+(?P<y>{YEAR})(?![0-9])",
    _I,
)
_YEAR_NOT_READ = Message(
    "năm ghi ngay sau số này không được đọc cho số nào: không rõ số là của năm nào",
    "the year written right after this count was read for no count: whose year it is is unclear",
)


def years_after_figures(text: str, reading: Reading) -> None:
    """ "Sở A: 30 biên chế năm 2027": a year written right after a figure and its noun (or
    after its recipient: "Giao N biên chế công chức cho các cơ quan ... năm 2026") is that
    figure's year. Where no statement of the sentence was read with that year (nor compares
    with it), the words were ignored: a statement of no year of its own takes it after its
    own figure (its value, else its one part or change), and so do the units listed inside
    it that name no year; any other (a year of its own, after one of several parts or
    changes) is unread rather than given to the wrong year."""
    used = {s.subject.year for s in reading.statements} | {
        c.base_year for s in reading.statements for c in s.changes
    }
    for statement in list(reading.statements):
        if statement not in reading.statements:
            continue  # dropped with its container
        ends = [statement.value_span[1]] if statement.value_span else []
        ends += [part.span[1] for part in statement.parts]
        changes = [span[1] for change in statement.changes for span in change.spans[:1]]
        # the statement's own figure: its value (its parts and changes are of its year), or
        # a block's one category line ("Giao 3.070 biên chế công chức năm 2025 cho hệ thống
        # X": a part, the block holding no value of its own), or, with neither, its one
        # change ("dự kiến giảm 47 biên chế công chức năm 2025")
        own = ends[0] if statement.value_span or len(ends) == 1 else None
        if not ends and len(changes) == 1:
            own = changes[0]
        ends += changes
        for end in ends:
            found = _YEAR_AFTER_FIGURE.match(text, end) or _YEAR_AFTER_RECIPIENT.match(text, end)
            if found is None:
                continue
            year = int(found.group("y"))
            if year == statement.subject.year or year in used:
                continue
            inside = [s for s in reading.statements if s.container is statement]
            if (
                statement.subject.year is None
                and end == own
                and all(s.subject.year is None for s in inside)
            ):
                for one in (statement, *inside):
                    one.subject = replace(one.subject, year=year)
                used.add(year)
            else:
                drop(reading, statement, _YEAR_NOT_READ)
                for one in inside:
                    drop(reading, one, _YEAR_NOT_READ)
            break
    _restated_of_another_year(text, reading, used)


def _restated_of_another_year(text: str, reading: Reading, used: set[int | None]) -> None:
    """ "... giao tỉnh 3.259 biên chế công chức; HĐND tỉnh đã giao đủ 3.259 biên chế năm
    2027, gồm: cấp tỉnh ...": a figure set outside as restating one read (the same count)
    with a year of its own after it that no statement is of: the figures listed with it
    may be that year's, not the sentence's; none is read (the year was ignored)."""
    values = {s.value for s in reading.statements if s.value is not None}
    for start, end in reading.outside:
        digits = re.sub(r"[.\s]", "", text[start:end])
        if not digits.isdigit() or int(digits) not in values:
            continue
        found = _YEAR_AFTER_FIGURE.match(text, end)
        if found is not None and int(found.group("y")) not in used:
            for statement in list(reading.statements):
                drop(reading, statement, _YEAR_NOT_READ)
            return


_A_CATEGORY_WORD = re.compile(
    r"(?<!\w)(?:cán\s+bộ|công\s+chức|viên\s+chức|người\s+làm\s+việc|sự\s+nghiệp"
    r"|hành\s+chính|hội|giáo\s+viên|hợp\s+đồng|lao\s+động|CBCC|VC)(?!\w)",
    _I,
)
"""A word naming whose posts a clause counts."""
_YEAR_CLAUSE = re.compile(
    rf",\s*(?:(?:đến|tới|tính\s+đến)\s+(?:hết\s+)?)?năm\s+{YEAR}(?![0-9])", _I
)
"""A clause opened by a comma and the year it is of."""
_CATEGORY_UNSAID = Message(
    "không rõ số này thuộc loại biên chế nào: câu đã nêu hai loại trước nó",
    "which category this figure is of is unsaid: the sentence named two before it",
)


def _clause_start(text: str, position: int) -> int:
    """Where the clause holding `position` opens: after the last ";" before it, or at the
    comma before a year ("..., đến năm 2026 còn ..."), whichever is later."""
    start = text.rfind(";", 0, position) + 1
    return max([start] + [m.start() + 1 for m in _YEAR_CLAUSE.finditer(text, 0, position)])


def category_unsaid_after_two(text: str, reading: Reading) -> None:
    """ "Năm 2024, tỉnh có 126 biên chế công chức và 300 viên chức; đến năm 2026 còn 119 biên
    chế": a clause after a ";" naming no category, where the clauses before it counted two
    categories, may be of either (or of both together): its figures are unread, never given
    to the last category named (nor to a total). One category before it ("126 biên chế công
    chức; đến năm 2026 còn 119 biên chế") is the clause's own, read as before."""
    for statement in list(reading.statements):
        spans = spans_of(statement)
        if not spans:
            continue
        first = min(spans)[0]
        start = _clause_start(text, first)
        end = text.find(";", first)
        clause = text[start : end if end >= 0 else len(text)]
        if (
            start == 0
            or statement.subject.kind is not Kind.CATEGORY
            or _A_CATEGORY_WORD.search(clause)
        ):
            continue  # (a total's clause, "tổng cộng 10.000", names its own subject)
        # the categories the clause right before it counts together ("126 biên chế công chức
        # và 300 viên chức"); a series of clauses each of one category ("Biên chế viên chức
        # ... là 900; năm 2025 là 910") goes on with the last one's
        previous = _clause_start(text, start - 1)
        before = {
            other.subject.category
            for other in reading.statements
            if other is not statement
            and other.subject.category is not None
            and any(previous <= span[0] and span[1] < start for span in spans_of(other))
        }
        if len(before) >= 2:
            drop(reading, statement, _CATEGORY_UNSAID)


_OWNER_UNSAID = Message(
    "không rõ số này của cơ quan, địa phương nào: vế trước của câu nêu số của một cơ quan, địa"
    " phương, vế này chỉ nêu loại biên chế",
    "whose figure this is is unsaid: the clause before gave a body's or a place's figure, this"
    " one names its category alone",
)
_BODY_OWNER = re.compile(
    r"(?:[UỦ][ỷy]\s+ban|UBND|Bộ|Sở|Ban|Cục|Tổng\s+cục|Vụ|Văn\s+phòng|Trung\s+tâm|Bệnh\s+viện"
    r"|Trường|Thành\s+phố|[Hh]uyện|[Qq]uận|[Tt]hị\s+xã|[Xx]ã|[Pp]hường)\s+\w"
)
"""A body's or a place's head word opening a category line's qualifier ("công chức của huyện
B", "... của Sở Y tế"): the line is that body's (`owner_unsaid`)."""
_CATEGORY_ENDS_NAME = re.compile(
    r"\s(?:biên\s+chế\s+)?(?:cán\s+bộ,\s+)?(?:công\s+chức|viên\s+chức|người\s+làm\s+việc)$", _I
)
"""A block's name ending with a category's words ("Huyện B biên chế công chức")."""


_AT = re.compile(r"^(?:tại|ở)\s+", _I)
_COMMON_NOUN = re.compile(r"(?:(?:các|những)\s+)?(?:cơ\s+quan,?\s+)?(?:đơn\s+vị|cơ\s+quan)", _I)
"""A body named by a common noun alone (`owner_unsaid`)."""


def _owned(statement: Statement, own: str) -> bool:
    """A body's or a place's line named by its name, never by its head word alone ("của
    huyện", "của Sở": the text's own body, or the one it named), nor by the name the text's
    header or title gives its own body (`own`, case folded)."""
    subject = statement.subject
    if subject.kind is Kind.CATEGORY:
        owner = subject.qualifier
    elif subject.kind is Kind.BLOCK:
        ends = _CATEGORY_ENDS_NAME.search(subject.name)
        owner = _AT.sub("", subject.name[: ends.start()]) if ends is not None else ""
    else:
        return False
    folded = " ".join(owner.split()).casefold()
    return _BODY_OWNER.match(owner) is not None and folded not in own


def owner_unsaid(reading: Reading, own: str = "") -> None:
    """ "Năm 2026, biên chế công chức của huyện B là 300, viên chức là 1.900": a clause naming
    a category alone after one that gave a body's or a place's line of another category may
    be that body's (most likely) or the text's own: whose it is is unsaid, so it is unread,
    never filed under the text's own category line (it was: the province's VC took the
    district's 1.900). A category named with its owner in each clause, or a first clause of
    the text's own ("của tỉnh", "cấp tỉnh", or its body named as its header or title names it
    in `own`, case folded) reads as before. So is a body named by a common
    noun alone ("đơn vị", "cơ quan") after a clause naming another body ("...; nhiều nhất là
    Sở A với 440 biên chế; đơn vị được giao 1.396 biên chế"): which one it is is unsaid (it
    was a unit "Đơn vị"); opening its sentence, it may be the text's own, as before."""
    owned: set[Category] = set()
    bodies: set[str] = set()
    for statement in list(reading.statements):
        subject = statement.subject
        common = _COMMON_NOUN.fullmatch(subject.name.strip()) is not None
        if subject.kind is Kind.BLOCK and not common:
            bodies.add(subject.name.casefold())
        elif subject.kind is Kind.BLOCK and bodies and statement.container is None:
            drop(reading, statement, _OWNER_UNSAID)
            continue
        if _owned(statement, own):
            ends = _CATEGORY_ENDS_NAME.search(subject.name)
            named = subject.category
            if named is None and ends is not None:
                # (the block's category is in its name)
                named = Category.CBCC if "công" in ends.group(0).casefold() else Category.VC
            if named is not None:
                owned.add(named)
            continue
        if (
            owned
            and subject.kind is Kind.CATEGORY
            and subject.category is not None
            and subject.category not in owned
            and not subject.qualifier
            and subject.where is None
            and not subject.anaphora
            and statement.container is None
        ):
            drop(reading, statement, _OWNER_UNSAID)
