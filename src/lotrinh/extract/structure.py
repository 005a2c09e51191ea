"""Pass 2, structure: the document's lines → headings, items and table rows, read under a
context stack.

A plan's figures mean nothing without their place: "Cán bộ, công chức là 2.250 biên chế" is
a 2024 figure of the government block because it is a "+" item under "- Chính quyền địa
phương ... là 27.242 biên chế:", under the heading "2.1. Năm 2024". This pass gives every
sentence that context, and nothing else: what a sentence says is the statements' pass.

- Headings: numbered lines stating no quantity ("2.", "2.1.", "I.", "Điều 1.", "## ..."),
  and lines that are only a year ("Năm 2025:"). The stack of open headings gives the year
  (the innermost heading that names one) and whether figures are actual or planned.
- Items: a "-", "+", "•", "a)" line; an item under a line that ends with ":" ("Trong đó:",
  "gồm:") belongs to that line's unit.
- Tables: pipe rows (`| a | b |`, as Markdown writes them and as the reader writes .docx
  tables); the header row names the columns' years, comparisons and rates; each data row is
  read as the sentence an enumeration would have written ("X năm 2021 là A biên chế; năm
  2026 là B biên chế, giảm C biên chế so với năm 2021"), quoted as the row. A blank first
  cell repeats the row above (a merged cell).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from lotrinh.extract.document import (
    YEAR,
    Line,
    Sentence,
    heading_depth,
    numbering_kind,
    sentences,
    year_title,
)
from lotrinh.extract.leads import receiving_body, unknown_body
from lotrinh.extract.lexicon import (
    BODY_HEAD,
    ORGANISATION,
    POSTS_HELD_BY,
    Scope,
    category_mentioned,
    names_part_time,
    narrows,
    reserve_named,
    scope_of,
)
from lotrinh.extract.merged import one_place_glossed
from lotrinh.extract.pipetable import split_row
from lotrinh.extract.result import Message
from lotrinh.extract.subjects import names_a_giver
from lotrinh.model import Category

_YEAR_IN_HEADING = re.compile(rf"(?<!\w)năm\s+({YEAR})", re.IGNORECASE)
_A_YEAR = re.compile(rf"(?<![0-9])({YEAR})")
_SEPARATOR = re.compile(r"^\|?(?:\s*:?-+:?\s*\|)+\s*:?-*:?\s*\|?$")
_SERIAL = re.compile(r"^(?:s?tt|số\s+tt|số\s+thứ\s+tự)$", re.IGNORECASE)
_CHANGE_HEADER = re.compile(r"(?P<dir>giảm|tăng)", re.IGNORECASE)
_RATE_HEADER = re.compile(r"t[ỷỉ]\s+lệ|%", re.IGNORECASE)
_PIPE = re.compile(r"(?<!\\)\|")
_PIPE_BETWEEN = re.compile(r"(?<!\\) \| ")
_EMPTY_CELL = frozenset({"", "-", "–", "—", "x"})


@dataclass
class Heading:
    """An open heading of the context stack."""

    depth: int
    text: str
    line: int
    year: int | None
    category: Category | None = None
    """The one category the heading speaks of ("LỘ TRÌNH BIÊN CHẾ CÔNG CHỨC"): a bare
    "Tổng cộng" under it is that category's total, an organisation under it a line of it."""
    organisation: str | None = None
    """The organisation a heading opens with ("1. Đơn vị sự nghiệp công lập tự bảo đảm chi
    thường xuyên"): the category lines below it are that organisation's."""
    table: bool = False
    """A table row naming a group and holding no figure ("C. Dự phòng | | |"): it heads the
    rows below it, and closes with its table."""
    numbering: str | None = None
    """The kind of numbering the heading line carries ("Điều", "1.", "1.1.", "I."): a
    numbered statement of the same kind closes it."""
    total: bool = False
    """It leads a list of the whole's total and nothing narrower ("... theo lộ trình tổng
    biên chế hằng năm của khối (kể cả dự phòng) như sau:"): items naming no unit are it."""
    receiving: bool = False
    """Its organisation is the body receiving the posts its items list, named with a year
    ("Năm 2021, Sở Y tế được giao:", `leads.receiving_body`): only its category lines are
    read below it, as that body's."""
    outside: bool = False
    """It heads people holding no post, by its own head words ("Điều 4. Chỉ tiêu hợp đồng lao
    động ...", "III. Người hoạt động không chuyên trách ở cấp xã"): every count below it is
    theirs (`build`), never a unit's figure."""


@dataclass(frozen=True)
class Site:
    """One sentence to read, or one heading, in document order."""

    line: Line
    heading: int | None = None
    """The heading's depth, when the line is a heading."""
    sentence: Sentence | None = None
    reading: str | None = None
    """For a table row: the sentence an enumeration would have written, which is read in its
    place (the row itself stays the quote)."""
    table: int | None = None
    """For a table row: which table of the document (0, 1, ...)."""
    depth: int = 0
    """For a table row: 0 for a row of its own; 1 for a line of the last row of depth 0
    (its name starts with "-" or "+"); 2 for a line of a line (an item of a group that is
    itself a line of a total row, in a table naming rows in two columns)."""
    among: bool = False
    """For a table row: it follows a "Trong đó:" row, which itemises without saying the
    items are all the parts."""
    subset_row: bool = False
    """For a table row: "| | Trong đó: nghiên cứu viên | 2.150 | ... |" under a numbered row,
    some of that row's posts (never a part of it, and the rows after it are not its lines)."""
    loose: bool = False
    """For a table row: no serial, no bullet and no sum, under a numbered line of a table whose
    serial column numbers its rows ("| | Kỹ sư | 300 |"): its level is not said."""
    by_category: bool = False
    """For a table row: its table names categories as columns, so a total row is each
    category's total of that column's rows."""
    unreadable: Message | None = None
    """For a table row that cannot be read, why: the table names its rows in two columns in
    a way whose tree cannot be told (a group without its own "Cộng" row, a summary row over
    groups of another category), or a cell holds words where a figure belongs."""
    name: str | None = None
    """For a table row whose unit's name holds a number of its own ("Bệnh viện 71 Trung
    ương", `_numbered_name`): that name as the reading writes it, whose numbers are no
    figures of the row."""

    @property
    def child(self) -> bool:
        return self.depth > 0


PERIOD_APPLIED = re.compile(
    rf"(?<!\w)giai\s+đoạn\s+(?P<year>{YEAR})\s*[-–]\s*(?P<last>{YEAR})\s+là\s+[0-9][0-9.]*[^.;:,]{{0,30}},\s*"
    r"(?:được\s+)?áp\s+dụng\s+(?:kể\s+)?từ\s+năm\s+(?P=year)(?![0-9])",
    re.IGNORECASE,
)
"""An article's period allocation the article says holds from the period's first year
("giai đoạn 2026 - 2030 là 1.485 biên chế, áp dụng từ năm 2026"): that year (`build`'s year of
the articles below it, a table's column of that period; the spelled statement,
`chains._PERIOD_APPLIED_FROM`)."""


def sites(lines: list[Line]) -> list[Site]:
    """Every heading and sentence of the document, table rows as sentences."""
    found: list[Site] = []
    applied = _periods_applied(lines)
    index = 0
    while index < len(lines):
        line = lines[index]
        if _is_row(line):
            end = index
            while end < len(lines) and _is_row(lines[end]):
                end += 1
            rows = _table(lines[index:end], index, applied)
            if any(site.table is not None for site in found):
                rows = _captioned_totals(rows, _caption(lines, index), lines[:index])
            found += rows
            index = end
            continue
        depth = heading_depth(line)
        if depth is None and (named := _bodies_counted(line)) is not None:
            # "c) Các phòng chuyên môn còn lại (10 phòng):": a lead naming bodies, whose only
            # count is of the bodies, in parentheses: a heading as "b) Phòng Nội vụ:" is
            depth = heading_depth(replace(line, body=named))
        if depth is not None:
            found.append(Site(line, heading=depth))
        else:
            found += [Site(line, sentence=s) for s in sentences(line)]
        index += 1
    return found


def _caption(lines: list[Line], start: int) -> str | None:
    """The paragraph right before a table that leads into it ("Viên chức sự nghiệp giáo dục
    theo cấp học (năm 2021 và năm 2026):"), or None: a heading, a row, or no colon."""
    for line in reversed(lines[:start]):
        body = line.body.strip()
        if not body:
            continue
        if _is_row(line) or heading_depth(line) is not None or not body.endswith(":"):
            return None
        return body
    return None


def _captioned_totals(rows: list[Site], caption: str | None, before: list[Line]) -> list[Site]:
    """A later table captioned by a lead naming one category ("Viên chức sự nghiệp giáo dục
    theo cấp học ...:" under a first table giving the whole): its total row is that scope's
    total, never the document's whole. Where the caption's scope, before "theo ...", is word
    for word a column or row name of an earlier table, the total row is that unit's (read
    under that name); otherwise which unit it is is not told, and the row is not read (its
    figures are reported, nothing of them used). A table with no caption, or one naming no
    single category, keeps its total row as the whole's."""
    if caption is None or category_mentioned(caption) is None:
        return rows
    scope = _caption_scope(caption)
    named = {
        _row_name(cell)[0].casefold() for line in before if _is_row(line) for cell in _cells(line)
    }
    tied = scope if scope is not None and scope.casefold() in named else None
    sums = [
        site
        for site in rows
        if site.sentence is not None
        and site.reading is not None
        and site.depth == 0
        and site.unreadable is None
        and _sum_named(_first_name(site.line))
    ]
    if len(sums) != 1 or any(site.by_category for site in sums):
        # groups' sums ("Cộng I", "Cộng II") under the caption's scope, or categories as
        # columns: which row is the scope's total is not told
        tied = None
    found = []
    for site in rows:
        if any(site is total for total in sums):
            name = _first_name(site.line)
            assert site.reading is not None
            if tied is not None and site.reading.startswith(name + " "):
                site = replace(site, reading=tied + site.reading[len(name) :])
            else:
                site = replace(site, unreadable=_CAPTIONED_TOTAL)
        found.append(site)
    return found


def _caption_scope(caption: str) -> str | None:
    """The scope a caption names before its breakdown ("Viên chức sự nghiệp giáo dục theo
    cấp học (năm 2021 và năm 2026):" → "Viên chức sự nghiệp giáo dục"), or None when it
    names no breakdown."""
    bare = _PARENTHESIS.sub(" ", caption.rstrip(":")).strip()
    found = _BROKEN_DOWN_BY.fullmatch(bare)
    return " ".join(found.group("scope").split()) if found is not None else None


_PARENTHESIS = re.compile(r"\([^()]*\)")
_BROKEN_DOWN_BY = re.compile(
    r"(?P<scope>[^,;.]+?)\s+(?:chia\s+|phân\s+)?theo\s+[^,;.0-9]+", re.IGNORECASE
)


def _first_name(row: Line) -> str:
    """A row's first cell holding words, as `_row_name` gives it ("**Cộng**" → "Cộng")."""
    for cell in _cells(row):
        name = _row_name(cell)[0]
        if name and not name.rstrip(".").isdigit():
            return name
    return ""


_CAPTIONED_TOTAL = Message(
    "dòng tổng của một bảng sau có lời dẫn chỉ một loại biên chế: tổng của phạm vi ấy, không "
    "rõ là đơn vị nào",
    "the total row of a later table whose lead-in names one category: that scope's total, "
    "of no unit the reader can tell",
)


def _periods_applied(lines: list[Line]) -> set[tuple[int, int]]:
    """The periods whose allocation an article or sentence of the text says holds from the
    period's first year (`PERIOD_APPLIED`), outside tables."""
    found: set[tuple[int, int]] = set()
    for line in lines:
        if not _is_row(line):
            for match in PERIOD_APPLIED.finditer(line.body):
                found.add((int(match.group("year")), int(match.group("last"))))
    return found


def _bodies_counted(line: Line) -> str | None:
    """A numbered or lettered lead ending with ":" whose only count is of bodies in a
    parenthesis right before the colon ("c) Các phòng chuyên môn còn lại (10 phòng):"): its
    words without that parenthesis ("Các phòng chuyên môn còn lại:"). None for any other line:
    a count of people or posts, a count outside the closing parenthesis, no closing colon."""
    found = _BODIES_COUNTED.fullmatch(line.body.rstrip())
    if found is None or line.marker is None or numbering_kind(line.marker) is None:
        return None
    named = found.group("named")
    if _A_NUMBER.search(named) or not ORGANISATION.match(_DETERMINER.sub("", named)):
        return None
    return named + ":"


_BODIES_COUNTED = re.compile(
    r"(?P<named>[^()]*\S)\s*\(\s*[0-9]{1,3}\s+(?:phòng|đơn\s+vị|cơ\s+quan|ban|sở|trường|xã)"
    r"(?:\s*,\s*(?:thị\s+trấn|phường))?\s*\)\s*:",
    re.IGNORECASE,
)
_A_NUMBER = re.compile(r"[0-9]")


def open_heading(depth: int, line: Line, text: str | None = None) -> Heading:
    """A heading line as an entry of the context stack; `text` is a table row's name, for a
    row that heads the rows below it."""
    written = line.body if text is None else text
    kind = category_mentioned(written) if text is not None or not year_title(line) else None
    category = kind.category if kind is not None else None
    body = _EMPHASIS.sub("", written).strip().rstrip(":")
    head = _DETERMINER.sub("", body)
    # (a heading line naming a body of the longer list: "2. Công an tỉnh", never a row's name)
    named = ORGANISATION.match(head) or (BODY_HEAD.match(head) if text is None else None)
    organisation = body if named and heading_year(body) is None else None
    if organisation is None and kind is not None and text is None and narrows(body, kind):
        # "2. Số lượng người làm việc trong các đơn vị sự nghiệp y tế": its items are that
        # sector's, never the category's whole
        organisation = body
    receiving = receiving_body(written) if organisation is None and text is None else None
    if receiving is None and organisation is None and text is None:
        # a body the lexicon does not know ("Năm 2021, Công an tỉnh được giao:"): its items
        # are left unread below it (`build`), never the text's own
        receiving = unknown_body(written)
    if receiving is not None:
        organisation = receiving[0]
    return Heading(
        depth,
        written,
        line.number,
        heading_year(written),
        category,
        organisation,
        text is not None,
        numbering_kind(line.marker) if text is None else None,
        text is None and _WHOLE_TOTAL.search(body) is not None and kind is None,
        receiving is not None,
    )


_WHOLE_TOTAL = re.compile(
    r"(?<!\w)tổng\s+(?:số\s+)?biên\s+chế(?:\s+(?:hằng|hàng)\s+năm)?"
    r"(?:\s+(?:của|toàn)\s+(?:khối|tỉnh|thành\s+phố|ngành|bộ|hệ\s+thống\s+chính\s+trị))?"
    r"(?:\s*\((?:kể\s+cả|bao\s+gồm(?:\s+cả)?)\s+(?:biên\s+chế\s+)?dự\s+phòng\))?"
    r"(?:\s+(?:như\s+sau|cụ\s+thể))?\s*:?\s*$",
    re.IGNORECASE,
)
"""The whole's total closing a lead-in, with nothing after it that narrows it (a body, a
category, a level)."""


def heading_year(text: str) -> int | None:
    """The one year a heading names ("2.1. Năm 2024"), or None."""
    years = {int(match.group(1)) for match in _YEAR_IN_HEADING.finditer(text)}
    if len(years) == 2 and (against := _AGAINST_YEAR.search(text)) is not None:
        # "Đến năm 2026, so với số được giao năm 2021:": the year compared with is no year
        # of the section's figures; the other one is
        years.discard(int(against.group("year")))
        return years.pop() if len(years) == 1 else None
    return years.pop() if len(years) == 1 else None


_AGAINST_YEAR = re.compile(
    rf"so\s+với\s+(?:(?:số|tổng\s+số|biên\s+chế)\s+(?:được\s+|đã\s+)?giao\s+)?năm\s+"
    rf"(?P<year>{YEAR})\s*\)?\s*:?\s*$",
    re.IGNORECASE,
)
"""A heading closing with the year it compares with ("..., so với (số được giao) năm 2021:")."""


def _is_row(line: Line) -> bool:
    body = line.body.strip()
    # "| a | b |" as Markdown writes it; "a | b" as the .docx reader wrote table rows.
    return line.marker is None and (
        (body.startswith("|") and len(_PIPE.findall(body)) >= 2)
        or _PIPE_BETWEEN.search(body) is not None
    )


def _cells(line: Line) -> list[str]:
    """A row's cells as their text: a `\\|` inside a cell (as `pipetable` escapes it) is a
    character of the cell, not a column."""
    cells = split_row(line.body) or [line.body.strip()]
    return [cell.replace("\\|", "|") for cell in cells]


@dataclass(frozen=True)
class _Column:
    year: int | None
    change: str | None  # "giảm" or "tăng" for a comparison column
    base_year: int | None
    rate: bool
    base: bool = False
    """"Năm gốc": each row names the year its comparison is against."""
    of_year: int | None = None
    """For a comparison: the year it is of ("Giảm năm 2026 so với năm gốc")."""
    against: str | None = None
    """For a comparison against something that is not a year ("so với số Trung ương giao"):
    the header's own words, carried into each row so the row is declined, never read as a
    comparison with a year."""
    share: bool = False
    """A row's share of the total ("Tỷ lệ trong tổng số", "Tỷ trọng"): no post figure and no
    rate of a change, so not read."""
    leavers: bool = False
    """A count of people who left ("Số người đã tinh giản"): not posts, outside the plan."""
    previous: bool = False
    """A comparison against the year before ("Giảm so với năm liền trước"): in a table of
    years as rows, each row's is against the row above, when that row is the year before."""
    in_post: int | None = None
    """Staff in post on a day of this year ("Số có mặt đến 30/9/2024"): the row's unit's
    people, a unit apart from its posts."""
    present: bool = False
    """People present on a day ("Có mặt đến ngày 30/6/2024", "Số người hiện có tại thời
    điểm 31/12/2024"): no posts, and outside the plan, so not read."""
    bodies: bool = False
    """A count of bodies ("Số đơn vị hành chính cấp xã", "Số xã"): no posts, not read."""
    people: bool = False
    """A header speaking of people present or at work in a way no rule reads ("Biên chế hiện
    có", "Số có mặt năm 2024"): posts or people, of which day? The row is not read."""
    difference: bool = False
    """A difference naming no direction ("Chênh lệch"): each cell's sign says which, read as
    the later year minus the earlier only where the table's own figures show that is how it
    counts (`_unsure_differences`)."""
    unsure: bool = False
    """A difference column whose sign the table's figures do not confirm: not read."""
    unknown: bool = False
    """A year's column whose header says more than that it holds posts ("Thực hiện năm
    2024", "Số đã tuyển dụng năm 2024", "Định mức năm 2024", "Hợp đồng năm 2024"): people,
    norms or contract staff, maybe; not read."""
    subset: str | None = None
    """Some of the row's posts held by people of a trade ("Trong đó: giáo viên năm 2024"):
    the trade, read as prose reads ", trong đó có N giáo viên" after that year's figure."""
    subset_year: int | None = None
    required: bool = False
    """A rate the row must reach, not one it states ("Chỉ tiêu giảm tối thiểu" holding "5%",
    "10%": KL 40's minimum cuts): no figure of the row; a cell other than a rate is unread."""


def _table(rows: list[Line], table: int, applied: set[tuple[int, int]]) -> list[Site]:
    """A pipe table's rows as sentences; the header row and separators are only read for
    their columns."""
    body = [row for row in rows if not _SEPARATOR.match(row.body.strip())]
    if not body:
        return []
    header = _cells(body[0])
    heads = _header_rows(rows, body)
    if heads == 2 and (merged := _merged_header(header, _cells(body[1]))) is not None:
        # a group header over its columns ("Năm 2021" over "Công chức | Viên chức"): one
        # header, each column named by both ("Công chức năm 2021")
        header = merged
        body = [body[0], *body[2:]]
    columns = [_column(cell) for cell in header]
    for index, cell in enumerate(header):
        period = _PERIOD_HEADER.fullmatch(_EMPHASIS.sub("", cell).strip())
        if period is not None and (int(period.group(1)), int(period.group(2))) in applied:
            # "| Giai đoạn 2026 - 2030 |" where the text says the period's allocation holds
            # from its first year: that year's column; a period the text does not date so
            # (its first year or its last?) stays no year
            columns[index] = replace(columns[index], year=int(period.group(1)))
    has_header = any(c.year or c.change or c.rate for c in columns[1:]) or any(
        not any(char.isdigit() for char in cell) for cell in header[1:] if cell
    )
    first = 0
    while first < len(header) - 1 and (
        _SERIAL.match(header[first]) or (not has_header and _serial_cells(body, first))
    ):
        first += 1
    found: list[Site] = []
    if has_header:
        data = body[1:]
    else:
        data = body
        columns = [_Column(None, None, None, False) for _ in header]
    year_rows = first < len(header) and _YEARS_HEADER.fullmatch(
        _EMPHASIS.sub("", header[first]).strip()
    )
    columns = _unsure_differences(data, columns, first if year_rows else None)
    two_names = _second_name_column(data, columns, first)
    heads_unsaid = False
    if two_names:
        grouped = _grouped([(row, _cells(row)) for row in data], columns, first, table)
        if grouped is not None:
            return grouped
    elif (one_column := _labelled_groups(data, first)) is not None:
        if has_header and (by_kind := _categories_as_columns(header, data, first, table)):
            return by_kind  # groups holding each category's figures in its own column
        # The same tree written in one name column: read it as the two-column form it is.
        widened = [*columns[: first + 1], _Column(None, None, None, False), *columns[first + 1 :]]
        grouped = _grouped(one_column, widened, first, table)
        if grouped is not None:
            return grouped
    elif has_header and (summed := _sum_before_reserves(data, first)) is not None:
        # "Cộng các đơn vị" under its rows, the reserve, then "Tổng cộng": the rows are a
        # group the inner sum closes, the total that group and the reserve
        widened = [*columns[: first + 1], _Column(None, None, None, False), *columns[first + 1 :]]
        grouped = _grouped(summed, widened, first, table)
        if grouped is not None:
            return grouped
    elif has_header and (headed := _headed_groups(data, first)) is not None:
        # (eng-at1mis) "| | **Cấp tỉnh** | 1.652 |" over "| 1 | Sở Nội vụ | 61 |" ...: groups
        # holding their own figures on an unnumbered row above their numbered lines
        tree, told = headed
        if told:
            widened = [
                *columns[: first + 1],
                _Column(None, None, None, False),
                *columns[first + 1 :],
            ]
            grouped = _grouped(tree, widened, first, table)
            if grouped is not None:
                return grouped
        heads_unsaid = True  # groups or rows of their own? No part of the total is read
    if has_header and (by_year := _years_as_rows(header, columns, data, first, table)):
        return by_year
    if has_header and (by_kind := _categories_as_columns(header, data, first, table)):
        return by_kind
    if has_header:
        # read as a list of rows: a figure column is posts only where its header says so
        columns = [
            *columns[: first + 1],
            *(
                _vetted(c, cell)
                for c, cell in zip(columns[first + 1 :], header[first + 1 :], strict=True)
            ),
        ]
        columns = [*columns[: first + 1], *_subset_columns(columns[first + 1 :])]
    if has_header and (category := _column_category(header, columns, data, first)) is not None:
        # "| Khối cơ quan | Biên chế công chức năm 2024 |": the figures are of one category,
        # as under a heading naming it (a bare "Tổng cộng" row is that category's total)
        found.append(Site(body[0], heading=TABLE_HEADING, reading=category, table=table))
    name, depth, among = "", 0, False
    # "| Lĩnh vực sự nghiệp | Năm 2023 | ...": the name column says its rows are sectors
    sectors = (
        has_header
        and first < len(header)
        and _SECTOR_HEADER.fullmatch(_EMPHASIS.sub("", header[first]).strip()) is not None
    )
    # "| TT | Đơn vị | Năm 2024 | ...": the name column says its rows are bodies
    bodies = (
        has_header
        and not sectors
        and first < len(header)
        and _BODIES_HEADER.fullmatch(_EMPHASIS.sub("", header[first]).strip()) is not None
    )
    previous: str | None = None
    labelled = False  # a group row without figures seen: the rows below are its lines
    closing = _sums_before_rows(data, first)
    serial_kinds = _serial_kinds([_cells(row)[0] for row in data]) if first > 0 else []
    ranks = _serial_ranks(serial_kinds)
    numbered = 0  # the depth of the last row the serial column numbers
    reach = 1  # the levels the rows above open: a row may sit at most one below the last
    # "**I. Biên chế công chức**" then "Cấp tỉnh": groups numbered in their names
    named_groups = _named_groups(data, first)
    group_lines = named_groups[0] if named_groups is not None else set()
    groups_unsaid = named_groups is not None and not named_groups[1]
    tops: set[str] = set()  # the names of the rows under no group
    for at, row in enumerate(data):
        cells = _cells(row)
        loose = False
        kind: str | None = None
        inline = (bool(numbered) and _inline_among(cells, first)) or (
            # "| Trong đó: trạm y tế xã | 1.960 | ... |" in a table numbering its rows in their
            # names ("2. Trung tâm y tế huyện"): some of the row above's posts, as under a
            # serial column (it was a part of the total beside the row it is some of)
            first == 0
            and previous is not None
            and not _sum_named(previous)
            and _inline_among(["", *cells], 1)
        )
        if first < len(cells) and cells[first]:
            name, bullet = _row_name(cells[first])
            # "A", "I", "1", "1.1", "a", "-" in a serial column: each numbering kind the
            # column uses is a level of the tree, in the order Vietnamese documents nest them
            kind = serial_kinds[at] if first > 0 else None
            if kind is not None:
                depth = numbered = ranks[kind] + bullet
            elif inline:
                # "| | Trong đó: nghiên cứu viên | 2.150 | ... |" under a numbered row: some of
                # that row's posts, one level below it; the rows after it are its siblings'
                depth = numbered + 1
            elif row.number in group_lines:
                depth = 1  # "Cấp tỉnh" under "**I. Biên chế công chức**": a line of it
            else:
                depth = numbered + 1 if bullet else 0  # "- Cán bộ, công chức" under a row
            # "| | Kỹ sư | 300 | ... |" under a numbered line: no serial, no bullet, no sum: a
            # line of that line, of its group, or a row of its own? The level is unsaid.
            loose = (
                kind is None
                and not bullet
                and numbered > 0
                and not inline
                and not _sum_named(name)
                and not _CHANGE_ROW.match(name)
                and _AGAINST_ROW.fullmatch(name) is None
            )
        child = depth > 0
        among = among or (_AMONG.match(name) is not None and not inline)
        if (
            has_header
            and not among
            and _WORDS.search(name)
            and all(cell.lower() in _EMPTY_CELL for cell in cells[first + 1 :])
        ):
            # "C. Dự phòng (ngoài A và B) | | |": a group named without a figure heads the
            # rows below it, as a heading does a list ("Sự nghiệp | 123" is the reserve's).
            found.append(Site(row, heading=TABLE_HEADING, reading=name, table=table))
            labelled = True
            reach = depth + 1
            tops = set()  # the rows below are this group's: it tells them from those above
            continue
        text = _row_reading(
            _sector_named(name) if sectors else _body_named(name) if bodies and not child else name,
            cells[first + 1 :],
            columns[first + 1 :],
        )
        unread = None
        twice = False
        # "1" right under "A" where the column also numbers "I": the level between them is
        # missing, so whose part the row is the table does not say (nor of the rows after it
        # at that level: "2" is no better placed than "1")
        gap = kind is not None and depth > reach
        if not gap:
            reach = depth + 1
        if _CHANGE_ROW.match(name):
            # "Tăng (+), giảm (-) so với năm trước | | -33 | -47": the row above's changes
            changes = _change_row(previous, name, cells[first + 1 :], columns[first + 1 :])
            text = changes or text
            unread = None if changes else _CHANGES_UNREAD
        elif (against := _AGAINST_ROW.fullmatch(name)) is not None:
            # "| | Giảm so với năm 2021 | | 930 (9,69%) |" under the total row: its changes
            changes = _total_against(previous, against, cells[first + 1 :], columns[first + 1 :])
            text = changes or text
            unread = None if changes else _CHANGES_UNREAD
        else:
            previous = name
            if not child and not _sum_named(name):
                # "Cấp tỉnh" twice under no group (of the CBCC, then of the VC?): one unit
                # or two, and whose is each, the table does not say
                twice = name.casefold() in tops
                tops.add(name.casefold())
        found.append(
            Site(
                row,
                sentence=_whole(row),
                reading=text,
                table=table,
                depth=depth,
                among=among,
                subset_row=inline,
                loose=loose,
                name=name if _numbered_name(name) else None,
                unreadable=_TWO_NAME_COLUMNS
                if two_names
                else _GROUPS_UNSAID
                if groups_unsaid
                else _HEADS_UNSAID
                if heads_unsaid
                else _LEVEL_UNSAID
                if loose
                else _LEVEL_MISSING
                if gap
                else _NAMED_TWICE
                if twice
                else _STRAY_WORDS
                if _stray_words(cells[first + 1 :], columns[first + 1 :])
                else _YEAR_BEFORE_MISSING
                if _year_before_missing(cells[first + 1 :], columns[first + 1 :])
                else _PEOPLE_UNREAD
                if _people_cell(cells[first + 1 :], columns[first + 1 :])
                else _DIFFERENCE_UNSURE
                if _unsure_cell(cells[first + 1 :], columns[first + 1 :])
                or _subset_unsaid(cells[first + 1 :], columns[first + 1 :])
                else _SUM_OF_WHAT
                if labelled and not child and _sum_named(name)
                else _SUM_OF_SOME
                if row.number in closing
                else unread,
            )
        )
    return found


def _header_rows(rows: list[Line], body: list[Line]) -> int:
    """How many rows head a table: 2 where a second row names the columns a first row's
    cell spans (the first row's cell over blank ones, the second row naming each column
    under it, no figure in it but years), above the separator (as the .docx reader writes
    a repeated header) or right under it (as a Markdown table types it); 1 otherwise, and
    for more header rows than two, whose columns are left as the first row names them."""
    if len(body) < 3:
        return 1
    above = next(
        (index for index, row in enumerate(rows) if _SEPARATOR.match(row.body.strip())), None
    )
    if above is not None and above > 2:
        return 1
    top, sub = _cells(body[0]), _cells(body[1])
    if len(top) != len(sub) or sub[0].strip():
        return 1
    if any(any(c.isdigit() for c in _YEAR_CELL.sub("", cell)) for cell in sub):
        return 1  # a figure: a row of data, not a header
    if not all(_header_word(cell) for cell in sub if _EMPHASIS.sub("", cell).strip()):
        return 1  # a name ("Khối Đảng"): a row of the table, heading the rows below it
    spans = [
        index
        for index in range(1, len(top))
        if not _EMPHASIS.sub("", top[index]).strip() and _EMPHASIS.sub("", sub[index]).strip()
    ]
    if above == 2:
        return 2 if spans else 1
    return (
        2
        if spans
        and all(_EMPHASIS.sub("", top[index - 1]).strip() or index - 1 in spans for index in spans)
        else 1
    )


_YEAR_CELL = re.compile(rf"(?:năm\s+)?{YEAR}", re.IGNORECASE)
_POSTS = r"(?:số\s+lượng\s+|số\s+)?(?:biên\s+chế|chỉ\s+tiêu)?(?:\s*(?:được\s+)?giao)?"
_POSTS_GROUP = re.compile(rf"(?=\S){_POSTS}", re.IGNORECASE)
"""A group header saying only that the columns below it are posts given ("Biên chế", "Số
lượng biên chế được giao"): the columns' own names say the rest."""
_GIVEN_YEAR_GROUP = re.compile(rf"{_POSTS}\s*năm\s+(?P<year>{YEAR})", re.IGNORECASE)


def _header_word(cell: str) -> bool:
    """Whether a cell of a second header row names a column: a year, a category, a sum, a
    comparison, a rate, notes."""
    text = _EMPHASIS.sub("", cell).strip()
    return bool(
        _YEAR_CELL.fullmatch(text)
        or _kind_column(text) is not None
        or _CHANGE_HEADER.search(text)
        or _RATE_HEADER.search(text)
    )


def _merged_header(top: list[str], sub: list[str]) -> list[str] | None:
    """Each column's name from a group header over it and its own: the group's text stands
    once, over blank cells to its right (a merged cell); a year group follows the column's
    name ("Công chức năm 2021"), a comparison or rate group comes first ("Tăng (+), giảm (-)
    công chức"), a category's too ("Công chức năm 2024"). None when a group over named
    columns is none of these ("Biên chế" over "Công chức | Viên chức | Tổng": what is "Biên
    chế Tổng"?): the table is left to be read, or declined, by its first row alone."""
    merged: list[str] = []
    carry = ""
    for written, below in zip(top, sub, strict=True):
        group = _EMPHASIS.sub("", written).strip()
        own = _EMPHASIS.sub("", below).strip()
        if group:
            carry = group
        group = group or (carry if own else "")
        if not own or not group:
            merged.append(group or own)
        elif _AMONG_HEAD.fullmatch(group):
            merged.append(f"Trong đó: {own}")  # "Trong đó" over "Công chức | Viên chức"
        elif _POSTS_GROUP.fullmatch(group):
            merged.append(own)  # "Biên chế được giao" over "Công chức": its posts
        elif (given := _GIVEN_YEAR_GROUP.fullmatch(group)) and not _A_YEAR.search(own):
            merged.append(f"{own} năm {given.group('year')}")  # "Biên chế giao năm 2021"
        elif not (
            _A_YEAR.search(group)
            or _CHANGE_HEADER.search(group)
            or _RATE_HEADER.search(group)
            or category_mentioned(group) is not None
        ):
            return None
        elif _CHANGE_HEADER.search(group) or _RATE_HEADER.search(group):
            merged.append(f"{group} {own}")
        elif _A_YEAR.search(group) and not _A_YEAR.search(own):
            merged.append(f"{own} {group}")
        else:
            merged.append(f"{group} {own}")
    return merged


def _years_as_rows(
    header: list[str], columns: list[_Column], rows: list[Line], first: int, table: int
) -> list[Site] | None:
    """A roadmap table with the years as its rows and the units as its columns ("| Năm |
    Công chức | Viên chức | Tổng cộng | Giảm so với năm 2021 | Tỷ lệ giảm |"): each row read
    as the sentence a plan would have written for its year ("Công chức năm 2022 là A biên
    chế; ...; Tổng cộng năm 2022 là C biên chế, giảm D biên chế so với năm 2021, tỷ lệ giảm
    R"), a column's header naming its unit. A comparison or rate column is of the figure
    column just before its run; one that opens the columns, or names another category than
    that column's, is of no column, and the row is not read this way.

    A row naming its year with a note ("2021 (số được giao)") is read only where the note
    says it is the posts given; a year named twice, or a row naming no year, keeps the
    reading of a row of units (which names no year and is reported unread). None when the
    table is not of this shape (its first name column is not "Năm", or a column names a
    year)."""
    if first >= len(header) or not _YEARS_HEADER.fullmatch(
        _EMPHASIS.sub("", header[first]).strip()
    ):
        return None
    figures = columns[first + 1 :]
    names = [_row_name(cell)[0] for cell in header[first + 1 :]]
    if not figures or any(
        c.year is not None or c.base or c.present or c.people or c.bodies or c.unsure or c.unknown
        for c in figures
    ):
        return None
    kinds = {category_mentioned(name) for name in names} - {None}
    if len(kinds) > 1:
        # "| Công chức | Viên chức | Cộng |": the sum of categories is the total of all, never
        # the one category a heading above names
        names = ["Tổng biên chế" if _GRAND_TOTAL.fullmatch(name) else name for name in names]
    owners: list[int | None] = []
    last: int | None = None
    run = 0  # the figure columns side by side up to `last`, no comparison between them
    for index, column in enumerate(figures):
        if column.required:
            owners.append(None)  # rates a row must reach: of no figure column
            continue
        if column.change is None and not column.rate:
            run = run + 1 if last == index - 1 else 1
            last = index
        named = _named_owner(index, names, figures)
        if named is not None:
            owners.append(named)  # "Công chức giảm so với năm trước": that category's
            continue
        if last is not None and last != index and run > 1 and not _SUM.match(names[last]):
            # "| Năm | Công chức | Viên chức | Giảm so với năm 2021 |": of one of them, or of
            # their sum? Not said
            owners.append(None)
            continue
        owners.append(last)
    labels = [_EMPHASIS.sub("", (_cells(row) + [""] * (first + 1))[first]).strip() for row in rows]
    years = [_YEAR_ROW.fullmatch(label) for label in labels]
    counted: dict[str, int] = {}
    for found in years:
        if found is not None:
            counted[found.group("year")] = counted.get(found.group("year"), 0) + 1
    if not any(years):
        return None
    sites: list[Site] = []
    prior: int | None = None  # the year of the row above, when it is a row of one year
    for at, (row, label, found) in enumerate(zip(rows, labels, years, strict=True)):
        cells = _cells(row)[first + 1 :]
        reading = None
        year = int(found.group("year")) if found is not None else None
        if (
            found is not None
            and year is not None
            and counted[found.group("year")] == 1
            and (found.group("note") is None or _GIVEN.fullmatch(found.group("note").strip()))
        ):
            # "| 2022 | 130 | 2 |" first under "Giảm so với năm trước", no year row above it:
            # not "năm trước" of a row but the calendar year before (eng-at1mis, eng-at1); never
            # under a signed difference ("Chênh lệch", "Tăng (+), giảm (-)"), whose sign only
            # the row above bears out, unless it is nought ("| 2024 | 27 | 0 |": no sign to tell)
            signed = any(
                column.previous
                and column.change == "±"
                and _EMPHASIS.sub("", cell).strip().lstrip("+-–") not in ("0", "00")
                for column, cell in zip(figures, cells, strict=False)
            )
            before = prior if any(years[:at]) or signed else year - 1
            reading = _year_row_reading(year, names, figures, owners, cells, before)
        elif found is None and (span := _SPAN_ROW.fullmatch(label)) is not None:
            reading = _span_row_reading(span, names, figures, cells, set(counted))
        elif (
            found is None
            and (against := _AGAINST_ROW.fullmatch(label)) is not None
            and not any(years[at + 1 :])
            and set(counted.values()) == {1}
        ):
            # "Giảm so với năm 2021 | 120 (5,02%) | ...", closing the year rows: each figure
            # column's last year against the year named
            reading = _span_row_reading(
                against, names, figures, cells, set(counted), max(counted, key=int)
            )
        elif found is None and (period := _PERIOD_SUM_ROW.fullmatch(label)) is not None:
            # a period named by no year is the table's, only in a row after all its years
            closing = not any(years[at + 1 :])
            above = {
                int(seen.group("year")): _cells(line)[first + 1 :]
                for line, seen in zip(rows[:at], years[:at], strict=True)
                if seen is not None and counted[seen.group("year")] == 1
            }
            reading = _period_sum_reading(
                period, names, figures, owners, cells, set(counted), closing, above
            )
        if reading is None:
            reading = _row_reading(_row_name(label)[0], cells, figures)
        sites.append(Site(row, sentence=_whole(row), reading=reading, table=table))
        prior = year if found is not None and counted[found.group("year")] == 1 else None
    return sites


def _named_owner(index: int, names: list[str], columns: list[_Column]) -> int | None:
    """For a comparison or rate column naming a category ("Công chức giảm so với năm
    trước"), the one figure column before it of that category; None when it names none, or
    no such column or several stand before it."""
    column = columns[index]
    wanted = category_mentioned(names[index])
    if (column.change is None and not column.rate) or wanted is None:
        return None
    found = [
        before
        for before in range(index)
        if columns[before].change is None
        and not columns[before].rate
        and category_mentioned(names[before]) is wanted
    ]
    return found[0] if len(found) == 1 else None


_SPAN_ROW = re.compile(
    rf"(?:(?:tổng\s+)?số\s+)?(?P<dir>giảm|tăng)\s+(?:đến\s+)?(?:năm\s+)?(?P<year>{YEAR})\s+so\s+với"
    rf"\s+(?:năm\s+)?(?P<base>{YEAR})",
    re.IGNORECASE,
)
"""A closing row of a table of years as rows: each figure column's change between two of
its years ("Giảm năm 2026 so với năm 2021 | 91 (5,02%) | ...")."""
_AGAINST_ROW = re.compile(
    rf"(?:(?:tổng\s+)?số\s+)?(?P<dir>giảm|tăng)\s+so\s+với\s+(?:năm\s+)?(?P<base>{YEAR})",
    re.IGNORECASE,
)
"""A closing row naming only the year it compares with ("Giảm so với năm 2021")."""
_CHANGE_CELL = re.compile(
    r"(?P<value>[0-9]{1,3}(?:\.[0-9]{3})*)(?:\s*\((?P<rate>[0-9]+(?:,[0-9]+)?)\s*%\))?"
)


def _past_header(cells: list[str], columns: list[_Column]) -> bool:
    """Whether a row holds something in a cell past the header's last column (blank cells
    there are only a row typed wider than its header)."""
    return any(cell.strip() for cell in cells[len(columns) :])


def _span_row_reading(
    span: re.Match[str],
    names: list[str],
    columns: list[_Column],
    cells: list[str],
    years: set[str],
    last: str | None = None,
) -> str | None:
    """ "Công chức năm 2026 giảm 91 biên chế so với năm 2021, tỷ lệ giảm 5,02%; ..." for a
    closing row of changes; None unless both years are rows of the table, every filled cell
    is a change (maybe with its rate) under a figure column, and one at least is filled.
    `last`: the year of a row naming only its base ("Giảm so với năm 2021"), the table's
    last year row, which it closes."""
    year = last if last is not None else span.group("year")
    if (
        not {year, span.group("base")} <= years
        or int(year) <= int(span.group("base"))
        or _past_header(cells, columns)
    ):
        return None
    direction = span.group("dir").lower()
    clauses: list[str] = []
    for index, written in enumerate(cells):
        cell = _EMPHASIS.sub("", written).strip()  # "**91 (5,02%)**"
        if cell.lower() in _EMPTY_CELL:
            continue
        column = columns[index]
        change = _CHANGE_CELL.fullmatch(cell)
        if column.change is not None or column.rate or column.share or change is None:
            return None
        if not names[index]:
            return None
        clause = (
            f"; {names[index]} năm {year} {direction} {change.group('value')} "
            f"biên chế so với năm {span.group('base')}"
        )
        if change.group("rate") is not None:
            clause += f", tỷ lệ {direction} {change.group('rate')}%"
        clauses.append(clause)
    return "".join(clauses).lstrip("; ") or None


_PERIOD_SUM_ROW = re.compile(
    r"(?:tổng\s+cộng|cộng|tổng\s+số|tổng)(?:\s+(?P<dir>giảm|tăng))?(?:\s+"
    rf"(?:(?:giai\s+đoạn|từ\s+năm|năm)\s+)?(?P<first>{YEAR})\s*(?:[-–—]|đến)\s*(?:năm\s+)?"
    rf"(?P<last>{YEAR}))?",
    re.IGNORECASE,
)
"""A closing row adding up the yearly changes of a period ("Cộng giảm 2022 - 2026" under
"Giảm so với năm trước"): the period's last year against the year before its first; with no
years named ("Cộng", "Tổng giảm"), the table's last year row against its first."""


def _period_sum_reading(
    period: re.Match[str],
    names: list[str],
    columns: list[_Column],
    owners: list[int | None],
    cells: list[str],
    years: set[str],
    closing: bool,
    above: dict[int, list[str]],
) -> str | None:
    """ "Số lượng người làm việc năm 2026 giảm 3.650 biên chế so với năm 2021" for "Cộng giảm
    2022 - 2026 | | 3.650": the yearly changes against the year before, from 2022 to 2026,
    add up to 2026 against 2021. None unless every year from the one before the first to the
    last is a row of the table, every filled cell is under a change "so với năm trước" of a
    known figure column (in the direction the row names, if it names one), and one is.

    With no years named ("Cộng"), the years a column's sum adds up are those of its filled
    cells in the year rows `above` (`_summed_since`): a sum of the falls of 2022 to 2026 is
    2026 against 2021, whether or not 2021 has a row."""
    named_years = period.group("first") is not None
    if named_years:
        first, last = int(period.group("first")), int(period.group("last"))
    elif closing and len(years) > 1:
        first, last = min(map(int, years)) + 1, max(map(int, years))
    else:
        return None
    if first > last or _past_header(cells, columns):
        return None
    if named_years and not {str(year) for year in range(first - 1, last + 1)} <= years:
        return None  # a year of the period has no row: what do its changes add up to?
    named = (period.group("dir") or "").lower()
    clauses: list[str] = []
    for index, written in enumerate(cells):
        cell = _EMPHASIS.sub("", written).strip()
        if cell.lower() in _EMPTY_CELL:
            continue
        column, owner = columns[index], owners[index]
        if (
            not column.previous
            or column.rate
            or column.change is None
            or column.against
            or owner is None
            or not _SIGNED_FIGURE.fullmatch(cell)
        ):
            return None
        signed = column.change == "±"
        if (signed and named) or (not signed and not _FIGURE.fullmatch(cell)):
            return None  # a sign and a word, or a signed figure under "Giảm": which is it?
        if named and column.change not in (named, "±"):
            return None  # "Cộng tăng" under a column of falls
        since = first - 1 if named_years else _summed_since(above, index, cell, last)
        if since is None:
            return None  # which years' changes does it add up?
        clauses.append(
            f"; {names[owner]} năm {last} {_signed(column.change, cell)} biên chế so với năm "
            f"{since}"
        )
    return "".join(clauses).lstrip("; ") or None


def _summed_since(above: dict[int, list[str]], index: int, cell: str, last: int) -> int | None:
    """The year a closing sum naming no years ("Cộng") compares with, for its cell under a
    change "so với năm trước" at `index`: the year before the first of the year rows whose
    cell there is filled. Those rows must be consecutive years up to the table's `last`,
    each a figure, after a row of the year before them (a base row, its cell empty: "| 2021 |
    1.000 | |"), or the table's first row: then the year before it, if the figures add up to
    the sum (else, only the rows after it adding up, against it). None when it cannot be
    told (a year missing, a gap, a word, the figures adding up to neither)."""
    filled: list[tuple[int, int]] = []
    for year in sorted(above):
        row = above[year]
        value = _EMPHASIS.sub("", row[index]).strip() if index < len(row) else ""
        if value.lower() in _EMPTY_CELL:
            if filled:
                return None  # a gap: a year with no change among those added
            continue
        if not _SIGNED_FIGURE.fullmatch(value):
            return None
        filled.append((year, _signed_value(value)))
    if not filled or filled[-1][0] != last:
        return None
    start = filled[0][0]
    if [year for year, _ in filled] != list(range(start, last + 1)):
        return None  # a year with no row among them
    if start - 1 in above:
        return start - 1  # the row of the year before, holding no change: their base
    if start != min(above):
        return None
    total = _signed_value(cell)
    whole = sum(value for _, value in filled) == total
    later = len(filled) > 1 and sum(value for _, value in filled[1:]) == total
    if whole == later:
        return None  # neither adds up, or both do (the first change is 0): which years?
    # "| 2022 | 130 | 2 |" first: its fall against 2021 added in; or left out, the sum
    # against its year
    return start - 1 if whole else start


def _signed_value(cell: str) -> int:
    """ "1.234" is 1234, "-33" is -33 (a figure as `_SIGNED_FIGURE` reads it)."""
    text = cell.strip()
    sign = -1 if text[:1] in ("-", "−", "–") else 1
    return sign * int(text.lstrip("+-−–").strip().replace(".", ""))


@dataclass(frozen=True)
class _KindColumn:
    """A column of a table naming its categories as columns: a category's figures ("Công
    chức năm 2024"), their sum ("Cộng"), a category's change ("Tăng (+), giảm (-) công
    chức") or notes ("Ghi chú")."""

    kind: str  # "category", "sum", "change", "rate", "count", "note" or "subset"
    category: str | None = None  # "CBCC" or "VC"
    year: int | None = None
    direction: str | None = None
    among: bool = False
    """A category named after "Trong đó" ("Tổng số | Trong đó: Công chức | Viên chức"): some
    of the sum's posts, not said to be all of them, so no parts of it."""
    base_year: int | None = None
    """For a change naming its years ("Biên chế công chức giảm 2026 so với 2021"): the year
    it is against; `year` is the year it is of."""
    counted: str | None = None
    """For a subset ("Trong đó: sự nghiệp giáo dục", "Trong đó: giáo viên"): who it counts, as
    a sentence names them after a figure ("người làm việc trong sự nghiệp giáo dục")."""


_CATEGORY_HEADERS = (
    ("CBCC", r"(?:biên\s+chế\s+)?(?:cán\s+bộ,\s*)?công\s+chức"),
    (
        "VC",
        r"(?:biên\s+chế\s+)?viên\s+chức|(?:số\s+lượng\s+)?người\s+làm\s+việc"
        r"(?:\s+hưởng\s+lương(?:\s+từ)?\s+(?:NSNN|ngân\s+sách\s+nhà\s+nước))?",
    ),
)
_HEADER_TAIL = rf"(?:\s+(?:giao\s+)?năm\s+(?P<year>{YEAR}))?(?:\s*\((?:người|biên\s+chế)\))?"
_KIND_HEADERS = tuple(
    (category, re.compile(f"(?:{pattern}){_HEADER_TAIL}", re.IGNORECASE))
    for category, pattern in _CATEGORY_HEADERS
)
_CATEGORY_PATTERNS = tuple(
    (category, re.compile(rf"(?:{pattern})(?=\s)", re.IGNORECASE))
    for category, pattern in _CATEGORY_HEADERS
)
_SUM_HEADER = re.compile(rf"(?:(?:tổng\s+)?cộng|tổng\s+số|tổng){_HEADER_TAIL}", re.IGNORECASE)
_KIND_CHANGE = re.compile(
    r"(?:tăng\s*\(\+\),?\s*giảm\s*\(-\)|tăng/giảm|giảm|tăng)\s+(?P<what>.+)", re.IGNORECASE
)
_NOTE_HEADER = re.compile(r"ghi\s+chú", re.IGNORECASE)
_NAMED_SPAN = re.compile(
    rf"(?P<dir>giảm|tăng)\s+(?:(?:đến\s+)?năm\s+)?(?P<year>{YEAR})\s+so\s+với\s+(?:năm\s+)?"
    rf"(?P<base>{YEAR})",
    re.IGNORECASE,
)
"""A category's change between two years its header names, after the category (a group
header "Biên chế công chức" over "Giảm 2026 so với 2021")."""
_AMONG_HEAD = re.compile(r"trong\s+đó\s*:?\s*", re.IGNORECASE)
_COUNT_HEADER = re.compile(
    r"số\s+(?:đơn\s+vị(?:\s+hành\s+chính)?(?:\s+cấp\s+(?:xã|huyện))?|xã(?:,\s*phường"
    r"(?:,\s*thị\s+trấn)?)?|cơ\s+quan(?:,\s*đơn\s+vị)?|trường(?:\s+học)?)"
    r"(?:\s*\((?:đơn\s+vị|xã|cơ\s+quan|trường)\))?",
    re.IGNORECASE,
)
"""A count of bodies beside the posts ("Số đơn vị hành chính cấp xã", "Số xã"): no posts of
the row, so not read, whatever its figure."""
_SUBSET_HEADER = re.compile(
    r"(?:số\s+)?(?:(?P<teachers>giáo\s+viên)|(?:sự\s+nghiệp\s+|lĩnh\s+vực\s+|ngành\s+)?"
    r"(?P<sector>giáo\s+dục(?:\s+(?:và\s+|-\s*)đào\s+tạo)?|y\s+tế))(?:\s*\(người\))?",
    re.IGNORECASE,
)
"""Some of the people of the column before it, after "Trong đó:" ("sự nghiệp giáo dục",
"giáo viên"): a subset of that column's figure, never a part or a category line."""
_BARE_CHANGE = re.compile(
    r"(?:tăng\s*\(\+\),?\s*giảm\s*\(-\)|tăng/giảm|giảm|tăng)(?:\s*\((?:người|biên\s+chế)\))?",
    re.IGNORECASE,
)
_BARE_RATE = re.compile(r"t[ỷỉ]\s+lệ\s+(?P<dir>giảm|tăng)(?:\s*\(%\))?", re.IGNORECASE)
"""Under a category's group header, its change or the change's rate, no year named: of the
category's two years, the rate of the change just before it."""


def _kind_column(cell: str) -> _KindColumn | None:
    text = _EMPHASIS.sub("", cell).strip()
    among = _AMONG_HEAD.match(text)
    if among:
        text = text[among.end() :]
    for category, pattern in _KIND_HEADERS:
        if found := pattern.fullmatch(text):
            year = found.group("year")
            return _KindColumn("category", category, int(year) if year else None, among=bool(among))
    if among:
        subset = _SUBSET_HEADER.fullmatch(text)
        if subset is None:
            return None
        # "Trong đó: sự nghiệp giáo dục" after the people column: some of them, a unit apart
        if subset.group("teachers"):
            return _KindColumn("subset", "VC", among=True, counted="giáo viên")
        sector = " ".join(subset.group("sector").lower().split())
        return _KindColumn(
            "subset", "VC", among=True, counted=f"người làm việc trong sự nghiệp {sector}"
        )
    for category, pattern in _CATEGORY_PATTERNS:
        lead = pattern.match(text)
        rest = text[lead.end() :].strip() if lead else ""
        if (span := _NAMED_SPAN.fullmatch(rest)) is not None:
            return _KindColumn(
                "change",
                category,
                int(span.group("year")),
                direction=span.group("dir").lower(),
                base_year=int(span.group("base")),
            )
        if _BARE_CHANGE.fullmatch(rest):
            # "Biên chế công chức" over "Năm 2021 | Năm 2026 | Giảm": between its two years
            words = {word.lower() for word in _CHANGE_HEADER.findall(rest)}
            return _KindColumn("change", category, direction="±" if len(words) > 1 else words.pop())
        if rate := _BARE_RATE.fullmatch(rest):
            return _KindColumn("rate", category, direction=rate.group("dir").lower())
    if found := _SUM_HEADER.fullmatch(text):
        year = found.group("year")
        return _KindColumn("sum", None, int(year) if year else None)
    if _NOTE_HEADER.fullmatch(text):
        return _KindColumn("note")
    if _COUNT_HEADER.fullmatch(text):
        return _KindColumn("count")
    if (change := _KIND_CHANGE.fullmatch(text)) is not None:
        what = change.group("what").strip()
        named = [c for c, pattern in _KIND_HEADERS if pattern.fullmatch(what)]
        if len(named) == 1 and not _A_YEAR.search(what):
            words = {word.lower() for word in _CHANGE_HEADER.findall(text)}
            direction = "±" if len(words) > 1 else words.pop()
            return _KindColumn("change", named[0], direction=direction)
    return None


def _bare_changes_placed(
    header: list[str], kinds: list[_KindColumn | None]
) -> list[_KindColumn | None]:
    """ "| Công chức năm 2021 | Công chức năm 2026 | Giảm | Tỷ lệ giảm | Người làm việc năm
    2021 | …": a change naming no category right after a category's two year columns is that
    category's change between them, and a rate naming none right after it, that change's rate
    (as under a category's group header). Anywhere else they stay unknown (None)."""
    placed = list(kinds)
    for index, (cell, kind) in enumerate(zip(header, kinds, strict=True)):
        if kind is not None or index < 1:
            continue
        text = _EMPHASIS.sub("", cell).strip()
        before = placed[index - 1]
        if (
            _BARE_CHANGE.fullmatch(text)
            and index >= 2
            and before is not None
            and before.kind == "category"
            and (two := placed[index - 2]) is not None
            and two.kind == "category"
            and two.category == before.category
            and None not in (two.year, before.year)
        ):
            words = {word.lower() for word in _CHANGE_HEADER.findall(text)}
            direction = "±" if len(words) > 1 else words.pop()
            placed[index] = _KindColumn("change", before.category, direction=direction)
        elif (
            (rate := _BARE_RATE.fullmatch(text)) is not None
            and before is not None
            and before.kind == "change"
        ):
            placed[index] = _KindColumn(
                "rate", before.category, direction=rate.group("dir").lower()
            )
    return placed


def _categories_as_columns(
    header: list[str], rows: list[Line], first: int, table: int
) -> list[Site] | None:
    """A table of units as rows and categories as columns ("| Đơn vị | Công chức | Viên
    chức | Cộng |", maybe each category for two years and its change between them): each row
    read as the sentences a plan writes of a body's categories ("Biên chế công chức của X
    năm 2024 là A biên chế; ..."), a sum column as the body's total made of them.

    None unless every figure column's header says what it holds: CBCC or VC (each at most
    once a year), their sum, a category's change between its two years, or notes. A total
    row ("Tổng cộng", "Cộng") is each category's total. A row holding a figure in its notes,
    or a cell that is no figure, is not read."""
    kinds = _bare_changes_placed(
        header[first + 1 :], [_kind_column(cell) for cell in header[first + 1 :]]
    )
    if not kinds or any(kind is None for kind in kinds):
        return None
    columns = [kind for kind in kinds if kind is not None]
    figures = [c for c in columns if c.kind == "category"]
    if len({c.category for c in figures}) < 2:
        return None
    if any(c.among for c in figures) and not any(c.kind == "sum" for c in columns):
        return None  # "Trong đó" of no sum column
    keys = [(c.category, c.year) for c in figures]
    years = {c.year for c in figures} | {c.year for c in columns if c.kind == "sum"}
    if len(set(keys)) != len(keys) or (None in years and len(years) > 1):
        return None  # a category twice in a year, or years given for some columns only
    figure_years = {c.year for c in figures}
    per_category = {kind: sum(1 for c in figures if c.category == kind) for kind in _KIND_NAMES}
    for column in columns:
        if column.kind == "sum" and column.year not in figure_years:
            return None
        if column.kind == "change" and column.base_year is not None:
            if not {(column.category, column.year), (column.category, column.base_year)} <= set(
                keys
            ):
                return None  # a change between years the category has no column of
        elif column.kind == "change" and per_category.get(column.category or "") != 2:
            return None  # a change between which two of its years?
    for index, column in enumerate(columns):
        before = columns[index - 1] if index else None
        if column.kind == "rate" and (
            before is None or before.kind != "change" or before.category != column.category
        ):
            return None  # the rate of which change?
        if column.kind == "subset":
            if (
                before is None
                or before.kind != "category"
                or before.category != "VC"
                or before.among
                or any(c.kind == "sum" for c in columns)
            ):
                # some of which column's people? beside a sum column, of the sum's or the VC's?
                return None
            columns[index] = replace(column, year=before.year)
    named = [_cells(row) for row in rows]
    sums = [
        index
        for index, cells in enumerate(named)
        if first < len(cells) and _sum_named(_row_name(cells[first])[0])
    ]
    closing = (
        _AGAINST_ROW.fullmatch(_row_name(named[-1][first])[0])
        if named and first < len(named[-1])
        else None
    )
    if closing is not None and sums == [len(rows) - 2]:
        sums = [len(rows) - 1]  # "Giảm so với năm 2021" under the total row: its changes
    else:
        closing = None
    grouped = any(
        first > 0 and (_ROMAN.fullmatch(serial) or _LETTER.fullmatch(serial))
        for cells in named
        if (serial := _EMPHASIS.sub("", cells[0]).strip())
    )
    depths = _kind_group_depths(named, first, columns) if grouped and closing is None else None
    if sums not in ([], [len(rows) - 1]) or (grouped and depths is None):
        # a sum before the last row ("Cộng I"), or groups ("I", "A") not each holding its
        # own figures: the total row would be some group's, not each category's total
        return None
    sites: list[Site] = []
    for index, (row, cells) in enumerate(zip(rows, named, strict=True)):
        name, line_of = _row_name(cells[first]) if first < len(cells) else ("", False)
        reading = (
            None
            if line_of or _AMONG.match(name) or _AGAINST_ROW.match(name)
            else _kind_row_reading(name, cells[first + 1 :], columns)
        )
        if closing is not None and row is rows[-1]:
            reading = _kinds_against(closing, cells[first + 1 :], columns)
        sites.append(
            Site(
                row,
                sentence=_whole(row),
                # a row not read is reported with its figures as posts (nothing of it is used)
                reading=reading
                if reading is not None
                else _row_reading(name, cells[first + 1 :], []),
                table=table,
                depth=depths[index] if depths is not None else 0,
                by_category=True,
                name=name if _numbered_name(name) else None,
                unreadable=None if reading is not None else _KIND_ROW_UNREAD,
            )
        )
    return sites


def _kind_group_depths(
    named: list[list[str]], first: int, columns: list[_KindColumn]
) -> list[int] | None:
    """Each row's depth in a table of categories as columns whose serial column numbers
    groups ("I", "A") holding their own figures, their bodies ("1", "2") below them: 0 for
    a group, 1 for a body, the last row the total when it is a sum. A group row is the sum
    of its bodies, so the total row adds up the groups alone. None for any other shape: a
    group missing a category's figure (a heading: whose total is it?), a body under no
    group, a third level, a row numbered by no kind before the last."""
    kinds = _serial_kinds([cells[0] for cells in named])
    ranks = _serial_ranks(kinds)
    figures = [index for index, c in enumerate(columns) if c.kind == "category"]
    depths: list[int] = []
    opened = False
    for at, cells in enumerate(named):
        kind = kinds[at]
        name = _row_name(cells[first])[0] if first < len(cells) else ""
        if kind is None:
            if at != len(named) - 1 or not _sum_named(name):
                return None
            depths.append(0)
            continue
        rank = ranks[kind]
        serial = _EMPHASIS.sub("", cells[0]).strip()
        if rank == 0:
            values = cells[first + 1 :]
            if not (_ROMAN.fullmatch(serial) or _LETTER.fullmatch(serial)) or any(
                index >= len(values)
                or _EMPHASIS.sub("", values[index]).strip().lower() in _EMPTY_CELL
                for index in figures
            ):
                return None
            opened = True
        elif rank != 1 or not opened:
            return None
        depths.append(rank)
    return depths


_RATE_CELL = re.compile(r"[0-9]{1,3}(?:,[0-9]+)?\s*%?")
_NOTE_CHANGE = re.compile(
    r"(?P<dir>giảm|tăng)\s+(?P<value>[0-9]{1,3}(?:\.[0-9]{3})*)\s+(?P<what>"
    + "|".join(f"(?:{pattern})" for _, pattern in _CATEGORY_HEADERS)
    + rf")\s+so\s+với\s+năm\s+(?P<base>{YEAR})(?:\s*[,;]?\s+(?:do|vì|để)\s+[^0-9]*)?\.?",
    re.IGNORECASE,
)
"""A note stating a row's change in words ("Giảm 2 biên chế công chức so với năm 2024 do hợp
nhất ..."): of the category it names, against the year it names; a reason after it may hold
no figure."""
_KIND_ROW_UNREAD = Message(
    "dòng của bảng chia cột theo loại biên chế có ô không đọc được (số trong ghi chú, ô không "
    "phải số, hoặc thiếu tên dòng)",
    "a row of a table with categories as columns holds a cell that cannot be read (a figure in "
    "its notes, a cell that is no figure, or no row name)",
)
_KIND_NAMES = {"CBCC": "biên chế công chức", "VC": "biên chế viên chức"}
_COMMUNE_ROW = re.compile(r"(?:các\s+)?(?:xã|phường|thị\s+trấn)(?!\w)", re.IGNORECASE)
_FIGURE = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})*")
_SIGNED_FIGURE = re.compile(r"[+\-−–]?\s*[0-9]{1,3}(?:\.[0-9]{3})*")


def _kinds_against(
    against: re.Match[str], cells: list[str], columns: list[_KindColumn]
) -> str | None:
    """ "Tổng biên chế công chức giảm 7 biên chế so với năm 2021; ..." for a row "Giảm so
    với năm 2021" under the total row of a table of categories as columns of one year (the
    year of the text above it); None unless every column is a category or the sum, of no
    year, and every filled cell a change (maybe with its rate)."""
    if any(c.kind not in ("category", "sum") or c.year is not None or c.among for c in columns):
        return None
    direction = against.group("dir").lower()
    clauses = []
    for column, written in zip(columns, cells, strict=False):
        cell = _EMPHASIS.sub("", written).strip()
        if cell.lower() in _EMPTY_CELL:
            continue
        change = _CHANGE_CELL.fullmatch(cell)
        if change is None or (column.category or "CBCC") not in _KIND_NAMES:
            return None
        subject = f"Tổng {_KIND_NAMES[column.category]}" if column.category else "Tổng biên chế"
        clause = f"{subject} {direction} {change.group('value')} biên chế so với năm "
        clause += against.group("base")
        if change.group("rate") is not None:
            clause += f", tỷ lệ {direction} {change.group('rate')}%"
        clauses.append(clause)
    if not clauses or len(cells) > len(columns):
        return None
    return "; ".join(clauses)


def _kind_row_reading(name: str, cells: list[str], columns: list[_KindColumn]) -> str | None:
    if not _WORDS.search(name) or len(cells) > len(columns):
        return None
    if scope_of(name) is Scope.COMMUNE or _COMMUNE_ROW.match(name):
        return None  # a commune's "công chức" are cán bộ, công chức cấp xã: another category
    total = _GRAND_TOTAL.fullmatch(name) is not None
    values: dict[tuple[str | None, int | None], str] = {}
    changes: dict[str | None, tuple[str, _KindColumn]] = {}
    noted: list[re.Match[str]] = []
    rates: dict[str | None, str] = {}
    subsets: dict[int | None, str] = {}
    for column, written in zip(columns, cells, strict=False):
        cell = _EMPHASIS.sub("", written).strip()
        if cell.lower() in _EMPTY_CELL:
            continue
        if column.kind == "subset":
            if not _FIGURE.fullmatch(cell):
                return None
            subsets[column.year] = f", trong đó có {cell} {column.counted}"
            continue
        if column.kind == "note":
            if any(char.isdigit() for char in cell):
                # a note stating a figure is read only as a category's change against a year
                if (note := _NOTE_CHANGE.fullmatch(cell)) is None:
                    return None
                noted.append(note)
            continue
        if column.kind == "count":
            if not _FIGURE.fullmatch(cell):
                return None
            continue
        if column.kind == "rate":
            if not _RATE_CELL.fullmatch(cell) or column.category in rates:
                return None
            rates[column.category] = f", tỷ lệ {column.direction} {cell.rstrip('%').strip()}%"
            continue
        if column.kind == "change":
            if not _SIGNED_FIGURE.fullmatch(cell):
                return None
            assert column.direction is not None
            if column.category in changes:
                return None
            changes[column.category] = (_signed(column.direction, cell), column)
            continue
        if not _FIGURE.fullmatch(cell):
            return None
        values[(column.category, column.year)] = cell
    if not values:
        return None
    for note in noted:
        category = next(c for c, pattern in _KIND_HEADERS if pattern.fullmatch(note.group("what")))
        years = [c.year for c in columns if c.kind == "category" and c.category == category]
        base = int(note.group("base"))
        if len(years) != 1 or category in changes or (years[0] or base + 1) <= base:
            return None  # of which of its years? said twice? against a later year?
        changes[category] = (
            _signed(note.group("dir").lower(), note.group("value")),
            _KindColumn("change", category, years[0], base_year=base),
        )
    among = any(column.among for column in columns)
    summed = {year for (kind, year) in values if kind is None}
    if summed and changes:
        return None
    if among:
        summed = set()  # the categories are some of the sum's posts: each read on its own
    clauses: list[str] = []
    for category in ("CBCC", "VC"):
        own = sorted(
            (
                (year, value)
                for (kind, year), value in values.items()
                if kind == category and year not in summed
            ),
            key=lambda item: item[0] or 0,
        )
        if not own:
            if category in changes:
                return None
            continue
        subject = (
            f"Tổng {_KIND_NAMES[category]}"
            if total
            else f"{_KIND_NAMES[category].capitalize()} của {name}"
        )
        parts = []
        for year, value in own:
            said = f"năm {year} " if year is not None else ""
            parts.append(f"{said}là {value} biên chế")
        if category in changes:
            change, column = changes[category]
            years = [year for year, _ in own]
            if column.base_year is not None:
                # of the year and against the base the header names, beside that year's figure
                if column.year not in years:
                    return None
                at, base = years.index(column.year), column.base_year
            elif len(own) != 2 or own[0][0] is None:
                return None
            else:
                at, base = 1, own[0][0]
            parts[at] += f", {change} biên chế so với năm {base}{rates.pop(category, '')}"
        if category == "VC":
            # the subset after the figure it is some of, and after that figure's change
            for at, (year, _) in enumerate(own):
                parts[at] += subsets.pop(year, "")
        clauses.append(f"{subject} " + "; ".join(parts))
    if rates or subsets:
        return None  # a rate of no change read, a subset of no figure read
    for (kind, year), value in values.items():
        if kind is not None:
            continue
        cbcc, vc = values.get(("CBCC", year)), values.get(("VC", year))
        if cbcc is None or vc is None:
            return None
        said = f" năm {year}" if year is not None else ""
        subject = "Tổng biên chế" if total else name
        if among:
            clauses.append(f"{subject}{said} là {value} biên chế")
            continue
        clauses.append(
            f"{subject}{said} là {value} biên chế, gồm {cbcc} {_KIND_NAMES['CBCC']} và {vc} "
            f"{_KIND_NAMES['VC']}"
        )
    return "; ".join(clauses)


def _year_row_reading(
    year: int,
    names: list[str],
    columns: list[_Column],
    owners: list[int | None],
    cells: list[str],
    prior: int | None = None,
) -> str | None:
    """One row of a table of years as rows; None when a comparison's figure column is not
    known or a cell lies past the header. `prior` is the year of the row above: a comparison
    "so với năm liền trước" is against it only when it is the year before."""
    if _past_header(cells, columns):
        return None
    clauses: list[str] = []
    at: dict[int, int] = {}  # a figure column's clause
    compared: dict[int, int | None] = {}  # the year a figure's last comparison is against
    for index, written in enumerate(cells):
        cell = _EMPHASIS.sub("", written).strip()  # "**1.721**": a figure set in bold
        if cell.lower() in _EMPTY_CELL:
            continue
        column, owner = columns[index], owners[index]
        if column.share:
            continue
        if column.required:
            if _REQUIRED_RATE.fullmatch(cell):
                continue  # "1% / 2%": the cuts required by the year, no figure of the row
            return None
        if column.change is None and not column.rate:
            if _NOTE_HEADER.fullmatch(names[index]) and _note(cell):
                continue  # "Số giao" under "Ghi chú": words, no figure of the row's
            if _note(cell) or not names[index] or _NOTE_HEADER.fullmatch(names[index]):
                return None
            at[index] = len(clauses)
            clauses.append(f"; {names[index]} năm {year} là {cell} biên chế")
            continue
        if owner is None or owner not in at:
            return None  # the figure it compares is empty or is no column's
        mentioned = category_mentioned(names[index])
        if mentioned is not None and mentioned != category_mentioned(names[owner]):
            return None
        against = column.base_year
        if column.previous:
            if prior != year - 1:
                return None  # the row above is not the year before: against which year?
            against = prior
        if column.rate and against in (None, compared.get(owner)) and not column.against:
            rate = cell if cell.endswith("%") else f"{cell}%"
            clauses[at[owner]] += f", tỷ lệ {column.change} {rate}"
        elif column.change is not None and against is not None and not column.against:
            compared[owner] = against
            clauses[at[owner]] += f", {_signed(column.change, cell)} biên chế so với năm {against}"
        else:
            return None
    return "".join(clauses).lstrip("; ") or None


_YEARS_HEADER = re.compile(r"năm(?:\s+kế\s+hoạch)?", re.IGNORECASE)
_YEAR_ROW = re.compile(
    rf"(?:năm\s+)?(?P<year>{YEAR})(?:\s*\((?P<note>[^()]{{1,40}})\))?", re.IGNORECASE
)
_GIVEN = re.compile(r"(?:số\s+)?(?:biên\s+chế\s+)?(?:được\s+)?giao|năm\s+gốc", re.IGNORECASE)


def _column_category(
    header: list[str], columns: list[_Column], rows: list[Line], first: int
) -> str | None:
    """The header of a table's figure columns when every one of them names the same one
    category and no row names another; None otherwise."""
    named = [
        cell
        for cell, column in zip(header[first + 1 :], columns[first + 1 :], strict=False)
        if column.change is None
        and not column.rate
        and not column.share
        and not column.base
        and not column.bodies
        and not column.unsure
        and not column.unknown
    ]
    kinds = {category_mentioned(cell) for cell in named}
    if not named or len(kinds) != 1 or None in kinds:
        return None
    for row in rows:
        cells = _cells(row)
        said = category_mentioned(cells[first]) if first < len(cells) else None
        if said is not None and said not in kinds:
            return None
    return named[0]


TABLE_HEADING = 99
"""The depth of a table row that heads the rows below it: below every heading of the text."""


@dataclass
class _Group:
    """A group of a table naming rows in two columns: its name (first column), its item rows
    (second column) and its own total row ("Cộng" in the second column); or a row naming
    only a first column, a summary ("Tổng số viên chức") over the groups before it."""

    name: str
    row: Line | None = None
    """The row holding the group's own figures: its "Cộng" row, or the summary row."""
    cells: list[str] | None = None
    items: list[tuple[Line, str, list[str]]] | None = None
    summary: bool = False
    parts: list[_Group] | None = None


def _labelled_groups(rows: list[Line], first: int) -> list[tuple[Line, list[str]]] | None:
    """A table numbering its groups "I", "II" on rows that hold no figure, their lines "1",
    "2" below them, each group closed by its own "Cộng" row ("Cộng I") and all of them by a
    "Tổng cộng" row: the rows as a table naming rows in two columns would write them
    ("Biên chế công chức | Các sở, ban, ngành | 1.086"). None for any other shape: a group
    row with figures of its own, a line of another numbering, a group never closed."""
    if first == 0:
        return None
    found: list[tuple[Line, list[str]]] = []
    group: str | None = None
    groups = 0
    for row in rows:
        cells = _cells(row)
        if len(cells) <= first:
            return None
        serial = _EMPHASIS.sub("", cells[0]).strip()
        name, _ = _row_name(cells[first])
        values = cells[first + 1 :]
        if _ROMAN.fullmatch(serial) or _LETTER.fullmatch(serial):
            if group is not None or not name:
                return None
            if any(_EMPHASIS.sub("", cell).strip().lower() not in _EMPTY_CELL for cell in values):
                # "III | Biên chế dự phòng | 14 | 14": a group of no lines, its own figures
                found.append((row, [*cells[:first], name, "", *values]))
                groups += 1
                continue
            group, groups = name, groups + 1
        elif group is not None and not serial and _SUBTOTAL.fullmatch(name):
            found.append((row, [*cells[:first], "", "Cộng", *values]))
            group = None
        elif group is not None and _ARABIC.fullmatch(serial) and name:
            found.append((row, [*cells[:first], group, name, *values]))
        elif group is None and groups and not serial and _GRAND_TOTAL.fullmatch(name):
            found.append((row, [*cells[:first], name, "", *values]))
        else:
            return None
    return found if groups and group is None else None


_SUM_OF_BODIES = re.compile(
    r"(?:tổng\s+)?cộng\s+(?P<what>(?:các|những)\s+(?:đơn\s+vị|cơ\s+quan)[^0-9()]*)",
    re.IGNORECASE,
)
"""A sum naming the bodies it adds ("Cộng các đơn vị", "Cộng các cơ quan, đơn vị trực
thuộc")."""


def _sum_before_reserves(rows: list[Line], first: int) -> list[tuple[Line, list[str]]] | None:
    """A table of bodies closed by a sum naming them ("| | Cộng các đơn vị | 3.210 |"), then
    the reserve ("| | Dự phòng tại Sở | 20 |") and the total ("| | Tổng cộng | 3.230 |"): the
    rows as a table naming rows in two columns would write them, the bodies lines of a group
    named by the sum ("Các đơn vị"), the sum that group's "Cộng" row, the reserve a group of
    its own figures, the total of both last. None for any other shape: a row between the sum
    and the total that is no reserve, a group or a line numbered under a row, a sum before
    the last body, fewer than two bodies, a row after the total."""
    if len(rows) < 5:
        return None
    named = [_cells(row) for row in rows]
    if any(len(cells) <= first for cells in named):
        return None
    names = [_row_name(cells[first]) for cells in named]
    sums = [at for at, (name, _) in enumerate(names) if _sum_named(name)]
    if len(sums) != 2 or sums[1] != len(rows) - 1 or sums[0] < 2:
        return None
    inner, last = sums
    summed = _SUM_OF_BODIES.fullmatch(names[inner][0])
    if summed is None or not _GRAND_TOTAL.fullmatch(names[last][0]):
        return None
    reserves = range(inner + 1, last)
    if not reserves or not all(reserve_named(names[at][0]) for at in reserves):
        return None
    for cells, (name, line_of) in zip(named, names, strict=True):
        serial = _EMPHASIS.sub("", cells[0]).strip() if first > 0 else ""
        if line_of or _ROMAN.fullmatch(serial) or _LETTER.fullmatch(serial) or not name:
            return None  # a group of its own, or a line of a row: another tree
    what = summed.group("what").strip()
    group = f"{what[0].upper()}{what[1:]}"
    found: list[tuple[Line, list[str]]] = []
    for at, (row, cells) in enumerate(zip(rows, named, strict=True)):
        head, name, values = cells[:first], names[at][0], cells[first + 1 :]
        if at < inner:
            found.append((row, [*head, group, name, *values]))
        elif at == inner:
            found.append((row, [*head, "", "Cộng", *values]))
        else:
            found.append((row, [*head, name, "", *values]))
    return found


def _grouped(
    rows: list[tuple[Line, list[str]]], columns: list[_Column], first: int, table: int
) -> list[Site] | None:
    """A table naming its rows in two columns (a group, then its item: "Viên chức hưởng
    lương NSNN | Y tế | 2.943"), read as the tree it draws: each group is the unit of its
    "Cộng" row and its items are its lines; a row naming only a first column that is a sum
    ("Tổng số viên chức") is the total of the groups of its category above it; "Tổng cộng"
    the total of all. The rows are read parents first (a unit is named before its lines).

    None when the tree cannot be told: a group with items but no "Cộng" row (whose figure is
    the group's?), an item under no group, or a sum over groups of another category."""
    figures = columns[first + 2 :]
    top: list[_Group] = []
    pending: list[_Group] = []
    current: _Group | None = None
    for row, cells in rows:
        if len(cells) < first + 2:
            return None
        group, _ = _row_name(cells[first])
        item, _ = _row_name(cells[first + 1])
        values = cells[first + 2 :]
        if group and not item:
            current = None
            entry = _Group(group, row, values, summary=_sum_named(group))
            if entry.summary and not _GRAND_TOTAL.fullmatch(group):
                wanted = category_mentioned(group)
                if wanted is None or any(
                    (kind := category_mentioned(part.name)) is None
                    or kind.category is not wanted.category
                    for part in pending
                ):
                    return None
                entry.parts, pending = pending, []
            elif entry.summary:
                pending = []
            pending.append(entry)
            top.append(entry)
            continue
        if not item:
            return None  # a row of no name
        if group and (current is None or group != current.name):
            if current is not None and current.row is None:
                return None
            current = _Group(group, items=[])
            pending.append(current)
            top.append(current)
        if current is None or current.items is None:
            return None
        if _SUBTOTAL.fullmatch(item):
            if current.row is not None:
                return None
            current.row, current.cells = row, values
        elif current.row is not None:
            return None  # an item after its group's total: which group is it in?
        else:
            current.items.append((row, item, values))
    if current is not None and current.row is None:
        return None
    claimed = {id(part) for entry in top for part in entry.parts or []}
    found: list[Site] = []

    def emit(entry: _Group, depth: int) -> None:
        assert entry.row is not None and entry.cells is not None
        found.append(_grouped_site(entry.row, entry.name, entry.cells, figures, table, depth))
        for part in entry.parts or []:
            emit(part, depth + 1)
        for line, item, values in entry.items or []:
            found.append(_grouped_site(line, item, values, figures, table, depth + 1))

    for entry in top:
        if id(entry) not in claimed:
            emit(entry, 0)
    return found


def _grouped_site(
    row: Line, name: str, cells: list[str], columns: list[_Column], table: int, depth: int
) -> Site:
    return Site(
        row,
        sentence=_whole(row),
        reading=_row_reading(name, cells, columns),
        table=table,
        depth=depth,
        name=name if _numbered_name(name) else None,
        unreadable=_STRAY_WORDS
        if _stray_words(cells, columns)
        else _YEAR_BEFORE_MISSING
        if _year_before_missing(cells, columns)
        else _PEOPLE_UNREAD
        if _people_cell(cells, columns)
        else _DIFFERENCE_UNSURE
        if _unsure_cell(cells, columns)
        else None,
    )


_SUBTOTAL = re.compile(
    r"(?:cộng|tổng\s+cộng|tổng\s+số|tổng|cộng\s+nhóm)(?:\s+\(?[IVXLC]{1,5}\)?)?\s*:?", re.IGNORECASE
)
# ("Tổng cục Thuế", "Tổng công ty ...": a body's name, one row among others, never a sum)
_SUM = re.compile(r"(?:tổng|cộng)(?!\w)(?!\s+(?:cục|công\s+ty)(?!\w))", re.IGNORECASE)
_GRAND_TOTAL = re.compile(r"(?:tổng\s+cộng|tổng\s+số|tổng|cộng)\s*:?", re.IGNORECASE)
_GENERAL_DEPARTMENT = re.compile(r"tổng\s+cục(?!\w)", re.IGNORECASE)


def _sum_named(name: str) -> bool:
    """Whether a row's name says it adds rows up ("Tổng cộng", "Cộng I", "Tổng số viên
    chức"): a body named "Tổng cục ..." (a general department of a ministry) is a body, one
    row among the others, never a sum of them."""
    return _SUM.match(name) is not None and _GENERAL_DEPARTMENT.match(name) is None


def _change_row(
    previous: str | None, name: str, cells: list[str], columns: list[_Column]
) -> str | None:
    """ "X năm 2024 giảm 33 biên chế so với năm 2023; năm 2025 ..." for a row of changes
    against the year before, X the row above; None when a cell is under no year column, or
    no year column precedes it."""
    if previous is None:
        return None
    words = {word.lower() for word in _CHANGE_HEADER.findall(name)}
    direction = "±" if len(words) > 1 else words.pop()
    clauses = []
    for index, cell in enumerate(cells):
        if cell.lower() in _EMPTY_CELL:
            continue
        column = columns[index] if index < len(columns) else None
        before = [c.year for c in columns[:index] if c.year is not None]
        if column is None or column.year is None or not before:
            return None
        clauses.append(
            f"năm {column.year} {_signed(direction, cell)} biên chế so với năm {before[-1]}"
        )
    return f"{previous} " + "; ".join(clauses) if clauses else None


def _total_against(
    previous: str | None, against: re.Match[str], cells: list[str], columns: list[_Column]
) -> str | None:
    """ "Tổng cộng năm 2026 giảm 930 biên chế so với năm 2021, tỷ lệ giảm 9,69%" for a row
    "Giảm so với năm 2021" right under the total row of a table of units as rows and years as
    columns; None unless the row above is a sum ("Tổng cộng"), the base year is a column and
    every filled cell is a change (maybe with its rate) under a later year's column."""
    if previous is None or _GRAND_TOTAL.fullmatch(previous) is None:
        return None
    base = int(against.group("base"))
    if base not in {column.year for column in columns}:
        return None
    direction = against.group("dir").lower()
    clauses = []
    for index, written in enumerate(cells):
        cell = _EMPHASIS.sub("", written).strip()
        if cell.lower() in _EMPTY_CELL:
            continue
        column = columns[index] if index < len(columns) else None
        change = _CHANGE_CELL.fullmatch(cell)
        if column is None or column.year is None or column.year <= base or change is None:
            return None
        clause = f"năm {column.year} {direction} {change.group('value')} biên chế so với năm {base}"
        if change.group("rate") is not None:
            clause += f", tỷ lệ {direction} {change.group('rate')}%"
        clauses.append(clause)
    return f"{previous} " + "; ".join(clauses) if clauses else None


def _second_name_column(rows: list[Line], columns: list[_Column], first: int) -> bool:
    """Whether a column after the row names, before any figure column, also holds names:
    words, not figures, under a header that names no year, comparison or rate."""
    for index in range(first + 1, len(columns)):
        column = columns[index]
        if column.year or column.change or column.rate or column.base:
            return False
        cells = [
            _EMPHASIS.sub("", row_cells[index])
            for row in rows
            if index < len(row_cells := _cells(row))
        ]
        if any(char.isdigit() for cell in cells for char in cell):
            return False  # the figures start here
        if any(_WORDS.search(cell) for cell in cells):
            return True
    return False


def _year_before_missing(cells: list[str], columns: list[_Column]) -> bool:
    """Whether a row holds a change "so với năm liền trước" whose year before is no column:
    "| Năm 2024 | Năm 2026 | Giảm so với năm liền trước |" gives 2026 against 2025, which
    the table does not show (never against 2024)."""
    years: list[int] = []
    for column, cell in zip(columns, cells, strict=False):
        if column.year is not None:
            years.append(column.year)
        elif (
            column.previous
            and _EMPHASIS.sub("", cell).strip().lower() not in _EMPTY_CELL
            and (len(years) < 2 or years[-1] - years[-2] != 1)
        ):
            return True
    return False


_YEAR_BEFORE_MISSING = Message(
    "cột so với năm liền trước mà năm liền trước không có trong bảng",
    "a column compared with the year before, a year the table does not show",
)


def _people_cell(cells: list[str], columns: list[_Column]) -> bool:
    """Whether a row fills a column of people no rule reads ("Biên chế hiện có")."""
    return any(
        column.people and _EMPHASIS.sub("", cell).strip().lower() not in _EMPTY_CELL
        for column, cell in zip(columns, cells, strict=False)
    )


_PEOPLE_UNREAD = Message(
    "cột nói về người có mặt, hiện có mà không rõ của ngày nào hay là biên chế: không đọc dòng",
    "a column of people present or at work, of no day said, or maybe posts: the row is not read",
)


def _unsure_differences(
    rows: list[Line], columns: list[_Column], years_at: int | None = None
) -> list[_Column]:
    """The columns, each difference naming no direction ("Chênh lệch") marked unsure unless
    the table's own rows show it counts the later year minus the earlier: some row's signed
    cell is exactly that, and none is exactly the earlier minus the later (a table counting
    the other way, or writing falls unsigned, "| 310 | 294 | 16 |", is not read: which is
    it?). A cell agreeing with neither is a slip of that row, read as written. `years_at`: the
    column naming each row's year, in a table of years as rows (a difference "so với năm
    trước" is then each row's figure against the row above's)."""
    marked = list(columns)
    for index, column in enumerate(columns):
        if not column.difference:
            continue
        samples = _difference_samples(rows, columns, index, years_at)
        agreeing = opposite = 0
        for earlier, later, cell in samples or []:
            value = int(re.sub(r"[^0-9]", "", cell))
            signed = -value if cell.startswith(("-", "−", "–")) else value
            agreeing += signed == later - earlier
            opposite += signed == earlier - later != 0
        if samples is None or opposite or not agreeing:
            marked[index] = _Column(None, None, None, False, unsure=True)
    return marked


def _difference_samples(
    rows: list[Line], columns: list[_Column], index: int, years_at: int | None
) -> list[tuple[int, int, str]] | None:
    """Each (earlier figure, later figure, difference cell) the table shows for a difference
    column: within a row, between its two year columns; in a table of years as rows, a row
    against the row above where that row is the year before (the figure column right before
    the difference); None when the two figures cannot be told."""
    cells = [[_EMPHASIS.sub("", cell).strip() for cell in _cells(row)] for row in rows]
    pair = _difference_pair(columns, index)
    found: list[tuple[int, int, str]] = []
    if pair is not None:
        for row in cells:
            if (
                len(row) > index
                and all(_FIGURE.fullmatch(row[at]) for at in pair)
                and _SIGNED_FIGURE.fullmatch(row[index])
            ):
                earlier, later = (int(row[at].replace(".", "")) for at in pair)
                found.append((earlier, later, row[index]))
        return found
    owner = index - 1
    if (
        years_at is None
        or not columns[index].previous
        or owner <= years_at
        or columns[owner] != _Column(None, None, None, False)
    ):
        return None
    for above, row in itertools.pairwise(cells):
        if len(row) <= index or len(above) <= index:
            continue
        years = [_YEAR_ROW.fullmatch(cells_[years_at]) for cells_ in (above, row)]
        if (
            years[0] is None
            or years[1] is None
            or int(years[1].group("year")) != int(years[0].group("year")) + 1
            or not (_FIGURE.fullmatch(above[owner]) and _FIGURE.fullmatch(row[owner]))
            or not _SIGNED_FIGURE.fullmatch(row[index])
        ):
            continue
        earlier, later = int(above[owner].replace(".", "")), int(row[owner].replace(".", ""))
        found.append((earlier, later, row[index]))
    return found


def _difference_pair(columns: list[_Column], index: int) -> tuple[int, int] | None:
    """The year columns a difference is between: its base year's (or the one before the
    last) and the last year column before it; None when they cannot be told."""
    years = [at for at in range(index) if columns[at].year is not None]
    of_year = columns[index].of_year
    if of_year is not None:
        # "Năm 2026 so với năm 2025": between those two columns, the later the last named
        years = [at for at in years if columns[at].year != of_year or at == years[-1]]
        if not years or columns[years[-1]].year != of_year:
            return None
    if not years:
        return None
    base_year = columns[index].base_year
    if base_year is None:
        return (years[-2], years[-1]) if len(years) >= 2 else None
    based = [at for at in years if columns[at].year == base_year]
    return (based[0], years[-1]) if len(based) == 1 and based[0] != years[-1] else None


def _unsure_cell(cells: list[str], columns: list[_Column]) -> bool:
    """Whether a row fills a difference column whose sign the table does not confirm, or a
    year's column whose header says more than posts."""
    return any(
        (column.unsure or column.unknown or column.required)
        and (plain := _EMPHASIS.sub("", cell).strip()).lower() not in _EMPTY_CELL
        and not (column.required and _REQUIRED_RATE.fullmatch(plain))
        for column, cell in zip(columns, cells, strict=False)
    )


_REQUIRED_RATE = re.compile(
    r"[0-9]{1,2}(?:,[0-9]{1,2})?\s*%(?:\s*/\s*[0-9]{1,2}(?:,[0-9]{1,2})?\s*%)?"
)
"""A rate in a cell ("5%", "10 %", "2,5%"), or one per category ("1% / 2%")."""


_DIFFERENCE_UNSURE = Message(
    "cột chênh lệch không nói tăng hay giảm mà các số của bảng không cho biết dấu, hoặc cột "
    "năm mà tiêu đề không chỉ nói là biên chế (thực hiện, tuyển dụng, định mức, hợp đồng ...): "
    "không đọc dòng",
    "a difference column saying neither rise nor fall whose sign the table's figures do not "
    "confirm, or a year's column whose header says more than posts (done, recruited, a norm, "
    "contracts ...): the row is not read",
)


def _stray_words(cells: list[str], columns: list[_Column]) -> bool:
    """Whether a cell holds words where a figure belongs: under a year, comparison or rate
    column (even beside digits: "QĐ số 797/QĐ-UBND ngày 5/12/2021" is no figure of the
    year), or, holding no figure, past the header's last column."""
    for index, cell in enumerate(cells):
        if not _WORDS.search(cell):
            continue
        column = columns[index] if index < len(columns) else None
        if column is not None and _kept_cell(column, cell):
            continue  # "Giữ nguyên" under "Tăng (+), giảm (-)": read as no change
        if column is not None and (column.year or column.change or column.rate):
            return True
        if any(char.isdigit() for char in cell):
            continue
        if column is None or column.base:
            return True
    return False


def _note(cell: str) -> bool:
    """Words and no figure under a column of no year, comparison or rate ("Ghi chú")."""
    return _WORDS.search(cell) is not None and not any(char.isdigit() for char in cell)


# ("Số giảm so với năm trước", "Mức giảm ...": the same row, its changes counted)
_CHANGE_ROW = re.compile(
    r"(?:(?:số|mức)\s+)?(?:tăng|giảm)\b.*so\s+với\s+năm\s+trước", re.IGNORECASE
)
_CHANGES_UNREAD = Message(
    "dòng tăng/giảm so với năm trước không gắn được với dòng trên nó và các cột năm",
    "a row of changes against the year before that fits no row above it or year columns",
)
_LEVEL_UNSAID = Message(
    "dòng không có số thứ tự nằm dưới một dòng được đánh số: không rõ nó là dòng con của dòng "
    "nào hay dòng riêng",
    "a row with no serial under a numbered line: whose line it is, or whether it is a row of "
    "its own, is not said",
)
_LEVEL_MISSING = Message(
    "dòng được đánh số ở một cấp mà bảng không có dòng nào ở cấp trên nó: không rõ nó là "
    "thành phần của dòng nào",
    "a row numbered at a level the rows above it do not open (no row of the level above it): "
    "whose part it is, is not said",
)
_NAMED_TWICE = Message(
    "dòng mang cùng tên với một dòng trước trong bảng, không thuộc nhóm nào phân biệt: không rõ "
    "là cùng một đơn vị hay hai đơn vị khác nhau",
    "a row named as an earlier row of the table, under no group telling them apart: one unit or "
    "two is not said",
)
_TWO_NAME_COLUMNS = Message(
    "bảng ghi tên dòng ở hai cột (nhóm và mục trong nhóm): không đọc được thành một danh sách",
    "the table names its rows in two columns (a group and its item): not read as one list",
)


def _sums_before_rows(data: list[Line], first: int) -> set[int]:
    """The lines of sum rows with rows after them and a sum row after those ("| | Cộng các
    đơn vị |", "| | Dự phòng |", "| | Tổng cộng |"): a sum of some rows inside the table's
    total, whose rows the reader does not tell apart from the total's; in a table of no
    groups (a Roman or letter serial makes groups, read by their own rules)."""
    names = []
    for row in data:
        cells = _cells(row)
        if first > 0 and (
            _ROMAN.fullmatch(serial := _EMPHASIS.sub("", cells[0]).strip())
            or (_LETTER.fullmatch(serial))
        ):
            return set()
        names.append(_row_name(cells[first])[0] if first < len(cells) else "")
    sums = [index for index, name in enumerate(names) if _SUM_ROW.match(name)]
    return {data[index].number for index, later in itertools.pairwise(sums) if later > index + 1}


_SUM_ROW = re.compile(r"(?:tổng\s+(?:cộng|số)|cộng)(?!\w)", re.IGNORECASE)
"""A sum row's name ("Tổng cộng", "Cộng các đơn vị"), not a body's ("Tổng cục Thuế")."""
_SUM_OF_SOME = Message(
    "dòng cộng giữa bảng, dưới nó còn dòng khác rồi mới đến dòng tổng: không rõ các dòng nào "
    "thuộc tổng nào",
    "a sum row inside the table, with other rows and another sum below it: which rows each "
    "sum adds is unclear",
)
_SUM_OF_WHAT = Message(
    "dòng cộng trong một bảng chia nhóm mà không rõ nhóm nào khép lại ở đâu: không rõ là tổng "
    "của nhóm nào",
    "a sum row in a table of groups whose ends cannot be told: which groups it adds is unclear",
)
_GROUPS_UNSAID = Message(
    "bảng có nhóm đánh số (I, II hoặc A, B) và các dòng đánh số dưới mỗi nhóm mà các số của "
    "bảng không cho thấy nhóm là tổng các dòng của nó, dòng tổng là tổng các nhóm: không rõ "
    "bảng chia nhóm thế nào, không đọc",
    "a table of numbered groups (I, II or A, B) with numbered rows under each whose figures "
    "do not show each group the sum of its rows and the total that of the groups: how the "
    "table groups its rows is unclear, not read",
)
_HEADS_UNSAID = Message(
    "bảng có dòng nhóm không đánh số (có số liệu riêng) trên các dòng đánh số mà các số của "
    "bảng không cho thấy nhóm là tổng các dòng của nó, dòng tổng là tổng các nhóm: không rõ "
    "bảng chia nhóm thế nào, không đọc",
    "a table of unnumbered group rows holding their own figures over numbered rows, whose "
    "figures do not show each group the sum of its rows and the total that of the groups: "
    "how the table groups its rows is unclear, not read",
)
_STRAY_WORDS = Message(
    "một ô có chữ mà không có số ở chỗ của một số (cột năm, cột giảm/tăng, hoặc ngoài tiêu đề)",
    "a cell holds words and no figure where a figure belongs (a year or change column, or "
    "past the header)",
)
_WORDS = re.compile(r"[^\W\d_]{2,}")
_KEPT_CELL = re.compile(r"giữ\s+nguyên|không\s+thay\s+đổi|không\s+đổi", re.IGNORECASE)
"""A comparison cell saying the row's figure is kept ("Giữ nguyên", "Không thay đổi")."""


def _kept_cell(column: _Column, cell: str) -> bool:
    """(eng-at2) "Giữ nguyên" under a comparison column of counts (not a rate, not against
    something other than a year): the row's figure kept, read as prose reads "giữ nguyên so
    với năm Y" (a change of 0 the check compares with the row's figures)."""
    return (
        column.change is not None
        and not column.rate
        and not column.against
        and not column.unsure
        and _KEPT_CELL.fullmatch(_EMPHASIS.sub("", cell).strip()) is not None
    )


_ROMAN = re.compile(r"[IVXLC]{1,5}\.?")
_ARABIC = re.compile(r"[0-9]{1,2}\.?")
_AMONG = re.compile(r"trong\s+đó\b", re.IGNORECASE)


def _inline_among(cells: list[str], first: int) -> bool:
    """A row "| | Trong đó: nghiên cứu viên | 2.150 | ... |": no serial, a name opening with
    "Trong đó" and figures of its own (a "Trong đó:" row with no figure heads the rows below)."""
    return (
        first > 0
        and not _EMPHASIS.sub("", cells[0]).strip()
        and first < len(cells)
        and _AMONG.match(_EMPHASIS.sub("", cells[first]).strip()) is not None
        and any(
            _EMPHASIS.sub("", cell).strip().lower() not in _EMPTY_CELL
            for cell in cells[first + 1 :]
        )
    )


_NAMED_ROMAN = re.compile(r"^(?P<numeral>[IVXLC]{1,5})[.)]\s+")
_NUMERAL_SUM = re.compile(r"\(\s*[IVXLC]{1,5}(?:\s*\+\s*[IVXLC]{1,5})+\s*\)")


def _named_groups(rows: list[Line], first: int) -> tuple[set[int], bool] | None:
    """A table with no serial column numbering its groups in their names ("**I. Biên chế
    công chức** | 3.140 | ...", "A. Khối Đảng | ..."), each group's lines below it, a sum row
    last ("Tổng cộng (I + II)"): the numbers of the rows that are lines of the group above
    them. Lines with no number nor bullet ("Cấp tỉnh | 1.720 | ...") may be rows of their own:
    the groups must be set apart from them, emphasised where the lines are not, or the sum
    must name its parts by the groups' numerals ("(I + II)"), or the figures must show it
    (`_sums_tell`: each group the sum of its lines, the sum row that of the groups). Lines
    numbered in their names, "1.", "2." again under each group (`_numbered_lines`), are
    lines by their numbering, but the figures must not deny it: where no column shows each
    group the sum of its lines (the sums fail either way), the grouping is unsaid and the
    second item is False (every row unread, never a guessed tree); so too for unnumbered
    lines not set apart. None for any other shape: a row before the first group, another
    numbering or a bullet, a "Trong đó" row, a row after the sum, a group of no line, fewer
    than two groups, groups of two numberings, or unnumbered lines not set apart whose
    figures show the sum row that of all rows (peers: rows of their own)."""
    if first != 0:
        return None
    groups: list[bool] = []  # per group: emphasised
    lines: dict[int, bool] = {}  # row number: emphasised
    serials: list[list[int | None]] = []  # per group: its lines' own numbers
    tree: list[tuple[Line, list[Line]]] = []
    kinds: set[str] = set()
    summed = closed = False
    total: Line | None = None
    for row in rows:
        cells = _cells(row)
        if not cells:
            return None
        raw = cells[0].strip()
        plain = _EMPHASIS.sub("", raw).strip()
        name, bullet = _row_name(raw)
        if closed or not name or bullet or _AMONG.match(plain):
            return None
        if _NAMED_GROUP.match(plain) is not None:
            if serials and not any(serials):
                return None  # the first group has no line
            kinds.add("roman" if _NAMED_ROMAN.match(plain) and "letter" not in kinds else "letter")
            groups.append(raw != plain)
            serials.append([])
            tree.append((row, []))
            continue
        if _sum_named(name):
            # the last row (a group's own "Cộng" row before another row: another tree)
            summed = _NUMERAL_SUM.search(plain) is not None
            closed = True
            total = row
            continue
        serial = _NAMED_LINE.match(plain)
        if serial is None and _ROW_NUMBER.match(plain):
            return None  # another numbering: another tree
        if not serials:
            return None
        serials[-1].append(int(serial.group("serial")) if serial else None)
        tree[-1][1].append(row)
        lines[row.number] = raw != plain
    if len(groups) < 2 or not lines or total is None or len(kinds) > 1:
        return None
    numbered = _numbered_lines(serials)
    if numbered is None:
        return None  # some lines numbered, some not, or numbers out of their order
    if numbered:
        return set(lines), _sums_tell(tree, total) is True
    set_apart = all(groups) and not any(lines.values())
    if set_apart or summed:
        return set(lines), True
    told = _sums_tell(tree, total)
    if told is None:
        return set(lines), False  # groups or peers? The figures say neither
    return (set(lines), True) if told else None


def _headed_groups(
    rows: list[Line], first: int
) -> tuple[list[tuple[Line, list[str]]], bool] | None:
    """A table with a serial column whose unnumbered rows holding figures ("| | **Cấp
    tỉnh** | **1.652** | ...") head the numbered rows below them ("| 1 | Sở Nội vụ | 61 |
    ..."), a sum row last ("| | **Tổng cộng** | 4.218 |"); an unnumbered row with no
    numbered row below it ("| | Biên chế dự phòng | 30 |") a row of its own. The rows as a
    table naming rows in two columns would write them (each head the "Cộng" row of its
    lines), and whether the figures tell the tree (`_sums_tell`: in some column each head
    the sum of its lines and the sum row that of the heads): True, read so; None from the
    figures (no column tells either way): the tree is unsaid and the second item False
    (every row unread, never a guessed sum). None for any other shape, or where the figures
    show the sum row that of all rows (rows of their own): a numbered row under no head, a
    row of another numbering or a bullet, a "Trong đó" row, a head with no figure, a row
    after the sum, no head with lines."""
    if first == 0:
        return None
    heads: list[tuple[Line, str, list[str], list[tuple[Line, str, list[str]]]]] = []
    total: tuple[Line, str, list[str]] | None = None
    for row in rows:
        cells = _cells(row)
        if len(cells) <= first or total is not None:
            return None
        serial = _EMPHASIS.sub("", cells[0]).strip()
        name, bullet = _row_name(cells[first])
        values = cells[first + 1 :]
        if bullet or not name or _AMONG.match(name):
            return None
        if not serial:
            if _sum_named(name):
                if not _GRAND_TOTAL.fullmatch(name) or not heads:
                    return None
                total = (row, name, values)
                continue
            if all(_EMPHASIS.sub("", cell).strip().lower() in _EMPTY_CELL for cell in values):
                return None  # a group named with no figure: `_labelled_groups`' shape
            heads.append((row, name, values, []))
        elif _ARABIC.fullmatch(serial) and heads:
            heads[-1][3].append((row, name, values))
        else:
            return None
    if total is None or not any(lines for *_, lines in heads):
        return None
    tree = [(head, [line for line, _, _ in lines]) for head, _, _, lines in heads]
    told = _sums_tell(tree, total[0])
    if told is False:
        return None
    blank = [""] * first
    found: list[tuple[Line, list[str]]] = []
    for head, name, values, lines in heads:
        if not lines:
            found.append((head, [*blank, name, "", *values]))
            continue
        for line, item, figures in lines:
            found.append((line, [*_cells(line)[:first], name, item, *figures]))
        found.append((head, [*blank, "", "Cộng", *values]))
    found.append((total[0], [*blank, total[1], "", *total[2]]))
    return found, told is True


_NAMED_GROUP = re.compile(r"^(?:[IVXLC]{1,5}|[A-ZĐ])[.)]\s+")
_NAMED_LINE = re.compile(r"^(?P<serial>[0-9]{1,2})[.)]\s+")


def _numbered_lines(serials: list[list[int | None]]) -> bool | None:
    """Whether every group's lines are numbered "1.", "2." ... in their names, from 1 again
    under each group (True), or none is (False); None for a mix or numbers out of order."""
    flat = [serial for group in serials for serial in group]
    if all(serial is None for serial in flat):
        return False
    if any(group != list(range(1, len(group) + 1)) for group in serials):
        return None
    return True


def _sums_tell(tree: list[tuple[Line, list[Line]]], total: Line) -> bool | None:
    """What a table's figures say of its groups (each group row, then its lines; the sum row
    last): True where, in some column, every group with lines is their sum and the sum row
    that of the groups, and in none is the sum row that of all rows (groups and lines as
    peers); False where the sum row is that of all rows in some column and never of the
    groups; None where no column tells (the sums fail both ways, or both hold)."""
    grouped = flat = False
    width = len(_cells(total))
    for at in range(1, width):
        heads = [_figure_at(row, at) for row, _ in tree]
        parts = [[_figure_at(line, at) for line in lines] for _, lines in tree]
        whole = _figure_at(total, at)
        every = [*heads, *(value for values in parts for value in values), whole]
        if any(value is None for value in every):
            continue
        # a group of no line ("II. Biên chế viên chức | 96 |" before the sum) is a row of its
        # own: only the total counts it
        lined = [(head, values) for head, values in zip(heads, parts, strict=True) if values]
        sums = [sum(value or 0 for value in values) for values in parts]
        of_groups = sum(value or 0 for value in heads)
        adds_up = all(head == sum(value or 0 for value in values) for head, values in lined)
        grouped = grouped or (adds_up and whole == of_groups and whole != 0)
        flat = flat or (whole == of_groups + sum(sums) and whole != 0)
    if grouped == flat:
        return None
    return grouped


def _figure_at(row: Line, at: int) -> int | None:
    """A row's cell at a column as a whole figure ("2.476" is 2476); None for any other."""
    cells = _cells(row)
    cell = _EMPHASIS.sub("", cells[at]).strip() if at < len(cells) else ""
    return int(cell.replace(".", "")) if _FIGURE.fullmatch(cell) else None


_DETERMINER = re.compile(r"^(?:các|những)\s+", re.IGNORECASE)
_EMPHASIS = re.compile(r"\*{1,2}|__|`")
_ROW_NUMBER = re.compile(
    r"^(?:(?:[0-9]{1,2}(?:\.[0-9]{1,2})*|[IVXLC]{1,5})[.)]|[a-zđ]\)|[A-ZĐ]\.)\s+"
)
_ROW_BULLET = re.compile(r"^[-+•–]\s*")
_NUMBERED_TOTAL = re.compile(
    r"^(?P<total>(?:tổng\s+)?cộng|tổng\s+số)\s+(?:[IVXLC]{1,5}|[0-9]{1,2}|[A-ZĐ])\.?$",
    re.IGNORECASE,
)
_TOTAL_OF_THE_WHOLE = re.compile(
    r"^(?P<total>tổng\s+cộng|tổng\s+số|cộng)\s*[,\-–]?\s*\(?\s*(?:toàn|cả)\s+(?:tỉnh"
    r"|thành\s+phố|ngành|bộ|hệ\s+thống\s+chính\s+trị"
    # (eng-latent12) "Tổng cộng, toàn huyện": the district plan's whole, unnamed, as
    # "toàn huyện" alone is a subject's (was read as a body named "Tổng cộng toàn huyện")
    r"|huyện|quận|thị\s+xã)\s*\)?\s*:?$",
    re.IGNORECASE,
)
_WHOLE_ROW = re.compile(
    r"(?:(?:tổng\s+cộng|tổng\s+số|tổng|cộng)\s+chung|tổng\s+(?:số\s+)?biên\s+chế"
    r"|(?:toàn|cả)\s+(?:tỉnh|thành\s+phố|ngành|bộ))\s*:?",
    re.IGNORECASE,
)
"""A row naming the whole in other words than "Tổng cộng" ("Cộng chung", "Tổng biên chế",
"Toàn tỉnh"): the table's sum row, read as "Tổng cộng" is (read as the text's total of all,
a VC table's "Tổng biên chế" was the CBCC table's total above it)."""
_ARITHMETIC = re.compile(r"\(\s*[0-9IVXA-H]+(?:\s*[+\-]\s*[0-9IVXA-H]+)+\s*\)")
_COLUMN_NUMBERS = re.compile(
    r"(?:\s*\(\s*[0-9]{1,2}\s*\)(?:\s*[+\-=]\s*\(\s*[0-9]{1,2}\s*\))*)+\s*$"
)
"""A column's or row's number at the end of its name, maybe as the sum it is ("Biên chế
công chức (1)", "Tổng cộng (1) + (2)", "(3) = (1) + (2)"): a reference, never a figure."""


_COUNTED_BODIES = re.compile(
    r"\s*\((?:gồm\s+)?[0-9]{1,3}\s+(?:khu\s+vực|huyện|xã|phường|thị\s+trấn|thị\s+xã|thành"
    r"\s+phố|đơn\s+vị|cơ\s+quan|sở|trường|chi\s+cục|cục|vụ|ban|tổ\s+chức|trung\s+tâm)"
    r"(?!\w)[^()0-9]*\)\s*$",
    re.IGNORECASE,
)
"""How many bodies a row's unit is made of, in parentheses after its name ("Ngân hàng Nhà
nước Khu vực (15 khu vực)", "Cấp huyện (7 huyện, thành phố)"): no posts, no figure of the
row; the row's figures are in its columns."""


def _row_name(cell: str) -> tuple[str, bool]:
    """A row's unit name without emphasis, its numbering or "(1 + 2)"; and whether it is a
    line of the row above ("- Cán bộ, công chức")."""
    name = _EMPHASIS.sub("", cell).strip()
    child = _ROW_BULLET.match(name) is not None
    name = _ROW_BULLET.sub("", name)
    name = _ROW_NUMBER.sub("", name)
    name = _ARITHMETIC.sub("", name).strip()
    name = _COLUMN_NUMBERS.sub("", name).strip()
    name = _COUNTED_BODIES.sub("", name).strip()
    # "Cộng I", "Cộng II": a group's total named by the group's number
    name = _NUMBERED_TOTAL.sub(r"\g<total>", name)
    # "Tổng cộng toàn tỉnh": the whole's sum naming the whole, the table's total
    name = _TOTAL_OF_THE_WHOLE.sub(r"\g<total>", name)
    if _WHOLE_ROW.fullmatch(name):
        name = "Tổng cộng"  # "Cộng chung", "Tổng biên chế", "Toàn tỉnh": the same row
    return name, child


_SERIAL_KINDS = (
    ("letter", re.compile(r"[A-ZĐ]\.?")),
    ("roman", re.compile(r"[IVXLC]{1,5}\.?")),
    ("arabic", re.compile(r"[0-9]{1,2}\.?")),
    ("sub", re.compile(r"[0-9]{1,2}(?:\.[0-9]{1,2})+\.?")),
    ("lower", re.compile(r"[a-zđ][.)]?")),
    ("bullet", re.compile(r"[-+•–]")),
)
"""The numbering kinds of a table's serial column, outermost first: "A. Khối Đảng", "I. Cơ
quan hành chính", "1. Sở Tài chính", "1.1.", "a)", "-"."""


_LETTER_BEFORE = {"C": "B", "I": "H", "L": "K", "V": "U", "X": "VW"}
"""The letter a one-letter group label that is also a Roman numeral follows when it is the
next group letter ("C" after "B", "I" after "H", "X" after "V" in the Vietnamese alphabet or
after "W" in the Latin one): read in sequence, it is a letter, not a hundred or a one."""


def _serial_kinds(cells: list[str]) -> list[str | None]:
    """Each serial cell's numbering kind, read down the column: a one-letter label that is
    also a Roman numeral ("C", "I", "V", "X", "L") is a group letter when the last group
    letter above it is the one before it ("A", "B", then "C"); a Roman numeral otherwise
    ("I" opening a column, "I" under "A")."""
    kinds: list[str | None] = []
    last = ""  # the last label read as a group letter
    for cell in cells:
        serial = _EMPHASIS.sub("", cell).strip()
        letter = serial.rstrip(".")
        kind: str | None
        if not serial:
            kind = None
        elif _LETTER.fullmatch(serial) and (
            not _ROMAN.fullmatch(serial) or (last != "" and last in _LETTER_BEFORE[letter])
        ):
            kind = "letter"
        else:
            kind = next(
                (kind for kind, pattern in _SERIAL_KINDS[1:] if pattern.fullmatch(serial)), None
            )
        if kind == "letter":
            last = letter
        kinds.append(kind)
    return kinds


def _serial_ranks(kinds: list[str | None]) -> dict[str, int]:
    """Each numbering kind the column uses, by its level: 0 for the outermost one used."""
    order = [kind for kind, _ in _SERIAL_KINDS if kind in kinds]
    return {kind: level for level, kind in enumerate(order)}


_LETTER = _SERIAL_KINDS[0][1]


def _serial_cells(rows: list[Line], column: int) -> bool:
    cells = [_cells(row) for row in rows]
    return all(
        column < len(row) and re.fullmatch(r"[0-9IVXivx]{1,4}\.?|[a-zđ]\)?|", row[column])
        for row in cells
    )


_PERIOD_HEADER = re.compile(rf"giai\s+đoạn\s+({YEAR})\s*[-–]\s*({YEAR})", re.IGNORECASE)


def _column(cell: str) -> _Column:
    if _LEAVERS_HEADER.search(cell) and not _RATE_HEADER.search(cell):
        return _Column(None, None, None, False, leavers=True)
    present = _IN_POST_HEADER.search(cell)
    if present is not None:
        return _Column(None, None, None, False, in_post=int(present.group("year")))
    if _PRESENT_HEADER.fullmatch(_EMPHASIS.sub("", cell).strip()) or _PRESENT_BARE.fullmatch(
        _EMPHASIS.sub("", cell).strip()
    ):
        return _Column(None, None, None, False, present=True)
    if _PEOPLE_HEADER.search(cell):
        return _Column(None, None, None, False, people=True)
    text = _EMPHASIS.sub("", cell).strip()
    if _REQUIRED_HEADER.fullmatch(text):
        return _Column(None, None, None, False, required=True)
    if (subset := _TRADE_SUBSET.fullmatch(text)) is not None:
        # unknown to every form but a list of rows, where the year it follows is checked
        # (`_subset_columns`)
        year = subset.group("year")
        return _Column(
            None,
            None,
            None,
            False,
            unknown=True,
            subset=subset.group("noun"),
            subset_year=int(year) if year else None,
        )
    if _COUNT_HEADER.fullmatch(text) or _BODY_COUNT_ROW.match(text):
        # "Số đơn vị sự nghiệp công lập" beside the posts: bodies counted, never posts
        return _Column(None, None, None, False, bodies=True)
    if _BASE_HEADER.fullmatch(cell.strip()):
        return _Column(None, None, None, False, base=True)
    if one_place_glossed(_EMPHASIS.sub("", cell)) is not None:
        # (latent7) "Giảm so với năm 2024 (tỉnh Vĩnh Phúc cũ)": against one (former) place's
        # posts, not the row's: no change the table reads
        return _Column(None, None, None, False, unsure=True)
    against = _AGAINST.search(cell)
    base = int(against.group("year")) if against and against.group("year") else None
    other = _OTHER_BASE.search(cell) if against and base is None else None
    other_base = other.group(0).strip() if other else None
    before = cell[: against.start()] if against else cell
    of = [int(y) for y in _A_YEAR.findall(before)]
    years = [int(y) for y in _A_YEAR.findall(cell)]
    change = _CHANGE_HEADER.search(cell)
    direction = change.group("dir").lower() if change else "giảm"
    if len(_CHANGE_HEADER.findall(cell)) > 1:
        direction = "±"  # "Tăng (+), giảm (-)": each cell's sign says which
    difference = _DIFFERENCE_HEADER.fullmatch(_EMPHASIS.sub("", cell).strip())
    if change is None and difference is not None:
        # "Chênh lệch": a change whose direction only each cell's sign gives, between the
        # years its header names (the two last year columns when it names none)
        named = [difference.group(g) for g in ("base", "bare", "from")]
        of_year = difference.group("of")
        return _Column(
            None,
            "±",
            next((int(year) for year in named if year), None),
            False,
            of_year=int(of_year) if of_year else None,
            against=other_base,
            previous=_PREVIOUS_YEAR.search(cell) is not None,
            difference=True,
        )
    if _SHARE_HEADER.search(cell) and not change:
        return _Column(None, None, None, False, share=True)
    previous = _PREVIOUS_YEAR.search(cell) is not None
    if _RATE_HEADER.search(cell):
        return _Column(
            None, direction, base, True, of_year=_last(of), against=other_base, previous=previous
        )
    if change:
        return _Column(
            None, direction, base, False, of_year=_last(of), against=other_base, previous=previous
        )
    if against is not None:
        # "... so với ...", no direction and no difference the table confirms: never a figure
        # of the year it names ("| Năm 2026 | So với năm 2025 |" with "7")
        return _Column(None, None, None, False, unsure=True)
    if len(years) == 1 and not _posts_header(cell):
        return _Column(None, None, None, False, unknown=True)
    return _Column(years[0] if len(years) == 1 else None, None, None, False)


_REQUIRED_HEADER = re.compile(
    r"(?:(?:chỉ\s+tiêu|yêu\s+cầu)(?:\s+tinh)?\s+giảm(?:\s+tối\s+thiểu)?"
    r"|(?:mức|tỷ\s+lệ|tỉ\s+lệ)\s+giảm\s+tối\s+thiểu)"
    r"(?:\s+(?:phải|cần)\s+đạt)?(?:\s+so\s+với\s+năm\s+[0-9]{4})?(?:\s*\(%\))?"
    r"(?:\s*\((?:(?:cán\s+bộ,\s*)?công\s+chức|viên\s+chức|người\s+làm\s+việc|CBCC|VC)"
    r"(?:\s*/\s*(?:(?:cán\s+bộ,\s*)?công\s+chức|viên\s+chức|người\s+làm\s+việc|CBCC|VC))*"
    r"\))?",
    re.IGNORECASE,
)
"""A column of the cuts a row must reach ("Chỉ tiêu giảm tối thiểu", "Tỷ lệ giảm tối thiểu
(%)", "Tỷ lệ giảm tối thiểu phải đạt so với năm 2021 (công chức/người làm việc)"): a required
rate, never the row's own; the categories in parentheses say the order of a cell's rates
("1% / 2%")."""
_TRADE_SUBSET = re.compile(
    rf"trong\s+đó(?:\s*:\s*|\s+có\s+|\s+)(?:số\s+)?(?P<noun>{POSTS_HELD_BY.pattern})"
    rf"(?:\s+năm\s+(?P<year>{YEAR}))?",
    re.IGNORECASE,
)
"""A column of some of each row's posts held by people of a trade ("Trong đó: giáo viên năm
2024", "Trong đó có bác sĩ")."""


def _subset_columns(columns: list[_Column]) -> list[_Column]:
    """A subset column read where it follows the column of the year it names ("Năm 2024 |
    Tăng (+), giảm (-) | Trong đó: giáo viên năm 2024"), or, naming no year, where the table
    has one year's column: the prose's "năm 2024 là N, ..., trong đó có M giáo viên". One
    after another year's column ("Năm 2024 | Năm 2025 | Trong đó: giáo viên năm 2024") stays
    unknown: whose year is the figure before it?"""
    years = {c.year for c in columns if c.year is not None}
    read: list[_Column] = []
    for index, column in enumerate(columns):
        if column.subset is not None:
            before = [c.year or c.of_year for c in columns[:index] if c.year or c.of_year]
            year = column.subset_year or (next(iter(years)) if len(years) == 1 else None)
            if before and year is not None and before[-1] == year:
                column = replace(column, unknown=False, subset_year=year)
        read.append(column)
    return read


def _subset_unsaid(cells: list[str], columns: list[_Column]) -> bool:
    """Whether a row fills a subset column but not the column of its year: some of which
    figure?"""
    for index, (column, cell) in enumerate(zip(columns, cells, strict=False)):
        if column.subset is None or column.unknown or _blank(cell):
            continue
        own = [i for i, c in enumerate(columns[:index]) if c.year == column.subset_year]
        if not own or own[-1] >= len(cells) or _blank(cells[own[-1]]):
            return True
    return False


def _blank(cell: str) -> bool:
    return _EMPHASIS.sub("", cell).strip().lower() in _EMPTY_CELL


_POSTS_WORDS = frozenset(
    re.findall(
        r"\w+",
        "năm, biên chế, số lượng, tổng cộng, chỉ tiêu, được tạm giao, phân bổ, đề xuất, đề nghị,"
        " thẩm định, phê duyệt, kế hoạch, kh, dự kiến, đến hết, tới cuối, của, cán bộ, công chức,"
        " viên chức, người làm việc hưởng lương từ ngân sách nhà nước, nsnn, hành chính, sau điều"
        " chỉnh, đã, trong các cơ quan, tổ chức, đơn vị sự nghiệp, hội có tính chất đặc thù, cấp"
        " tỉnh, huyện, xã, phường, thị trấn, thành phố, tờ trình",
    )
)
"""The words a header of a year's posts is made of ("Biên chế giao năm 2024", "Số lượng người
làm việc đề nghị năm 2026", "Năm 2025 (sau điều chỉnh)"): any other ("thực hiện", "tuyển
dụng", "tinh giản", "định mức", "hợp đồng", a sector) says the column holds something else."""


def _vetted(column: _Column, cell: str) -> _Column:
    """A column of no year, change or kind the header names ("Thực hiện", "Định mức", "Hợp
    đồng lao động", "Sự nghiệp y tế"), marked unknown unless its words say posts ("Biên chế",
    "Số lượng", "Tổng số") or notes."""
    text = _EMPHASIS.sub("", cell).strip()
    plain = column == _Column(None, None, None, False)
    if not plain or not text or _NOTE_HEADER.fullmatch(text) or _posts_header(text):
        return column
    return replace(column, unknown=True)


def _posts_header(cell: str) -> bool:
    """Whether a header naming one year says only that its column holds that year's posts."""
    noted = _DECISION_NOTE.sub(" ", _MERGER_NOTE.sub(" ", _EMPHASIS.sub("", cell)))
    noted = _PLACES_NOTE.sub(lambda note: " " if places_listed(note.group(1)) else note[0], noted)
    text = _A_YEAR.sub(" ", noted).lower()
    return all(word in _POSTS_WORDS for word in re.findall(r"[^\W\d_]+", text))


_MERGED = (
    r"(?:(?:trước|sau)\s+(?:khi\s+)?(?:hợp\s+nhất|sáp\s+nhập|sắp\s+xếp)"
    r"(?:\s+(?:tỉnh|đơn\s+vị\s+hành\s+chính|tổ\s+chức\s+bộ\s+máy))?"
    r"|(?:tổng\s+)?(?:của\s+)?(?:hai|ba|bốn|2|3|4|các)\s+(?:tỉnh|bộ|huyện|xã|đơn\s+vị)"
    r"(?:\s+(?:cũ|cộng\s+lại|hợp\s+nhất))?"
    r"|(?:các\s+)?(?:tỉnh|bộ)\s+(?:cũ|mới))"
)
_MERGER_NOTE = re.compile(
    rf"\(\s*{_MERGED}(?:\s*,?\s*{_MERGED})?\s*\)"
    r"|\s(?:trước|sau)\s+(?:khi\s+)?(?:hợp\s+nhất|sáp\s+nhập|sắp\s+xếp)\s*$",
    re.IGNORECASE,
)
"""A year's column said to be before or after a merger ("Năm 2024 (hai tỉnh)", "Năm 2025
(sau hợp nhất)"): the same posts, of the bodies as they stood that year, as prose compares
the merged body with "tổng số được giao của hai tỉnh năm 2024"."""
_PLACES_NOTE = re.compile(r"\(([^()0-9]*)\)")
"""A bracket of a year's header, read by `places_listed`."""
_PLACE_LEVEL = re.compile(
    r"(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)\s+", re.IGNORECASE
)


def places_listed(note: str) -> bool:
    """Whether a header's bracket lists two or more places by their proper names ("Thái
    Nguyên; Bắc Kạn", "tỉnh A, tỉnh B", "Hòa Bình; Phú Thọ; Vĩnh Phúc"): the merged places
    whose posts the column sums, as "Năm 2024 (hai tỉnh)" says, each cell giving their sum
    (a bracket in a cell splitting it by place is no figure the table reads). One place
    alone ("Năm 2025 (Bắc Kạn)") is one former place's posts, not the row's: not a list."""
    names = [name.strip() for name in re.split(r"[;,]", note)]
    if len(names) < 2:
        return False
    for name in names:
        level = _PLACE_LEVEL.match(name)
        bare = re.sub(r"\s+cũ$", "", name[level.end() :] if level else name)
        words = bare.split()
        if not 1 <= len(words) <= 4 or not all(_proper(word) for word in words):
            return False
        if ORGANISATION.search(bare) or BODY_HEAD.search(bare) or category_mentioned(bare):
            return False  # "(Sở, Ban, Ngành)", "(Công chức, Viên chức)": no places
    return True


def _proper(word: str) -> bool:
    """A word of a proper name: a capital, then lower case ("Nguyên", "A"; never "CC")."""
    return word.isalpha() and word[0].isupper() and (len(word) == 1 or word[1:].islower())


_DECISION = (
    r"(?:quyết\s+định|nghị\s+quyết|công\s+văn|thông\s+báo|QĐ|NQ)(?:\s+số)?"
    r"(?:\s*[0-9]+/?[0-9A-Za-zĐđ/\-.]*)?(?:\s+ngày\s+[0-9]{1,2}/[0-9]{1,2}/[0-9]{4})?"
    r"(?:\s+của\s+(?:UBND|HĐND|[UỦ]y\s+ban\s+nhân\s+dân|Hội\s+đồng\s+nhân\s+dân"
    r"|Ban\s+Thường\s+vụ|Bộ\s+Nội\s+vụ|Thủ\s+tướng\s+Chính\s+phủ|Bộ\s+Chính\s+trị)"
    r"(?:\s+(?:tỉnh|thành\s+phố|Tỉnh\s+ủy|Thành\s+ủy|Chính\s+phủ))?)?"
)
_DECISION_NOTE = re.compile(
    rf"\(\s*(?:theo\s+|tại\s+)?{_DECISION}\s*\)|(?:theo|tại)\s+{_DECISION}\s*$", re.IGNORECASE
)
"""The text a year's posts were given by ("Năm 2024 (theo Quyết định số 12/QĐ-UBND)", "Số
giao năm 2024 theo QĐ số 12/QĐ-UBND"): where the posts come from, not what the column
holds."""
_SIGN_NOTE = r"(?:\s*\(\s*(?:\+\s*[/,;]?\s*-|±|người|biên\s+chế)\s*\))?"
_DIFFERENCE_HEADER = re.compile(
    rf"(?:(?:(?:số\s+)?chênh\s+lệch|so\s+sánh){_SIGN_NOTE}(?:\s+(?:so\s+)?với"
    rf"|(?=\s+so\s+với))?|so\s+với)(?:\s+(?:năm\s+(?:(?P<base>{YEAR})|liền\s+trước|trước)"
    rf"|(?P<bare>{YEAR})))?{_SIGN_NOTE}"
    # "Năm 2026 so với năm 2025", "So sánh năm 2026 với năm 2025": the years it is between
    rf"|(?:so\s+sánh\s+)?(?:năm\s+)?(?P<of>{YEAR})\s+(?:so\s+)?với\s+(?:năm\s+)?"
    rf"(?P<from>{YEAR}){_SIGN_NOTE}",
    re.IGNORECASE,
)
"""A difference between two years naming no direction ("Chênh lệch", "Chênh lệch (+/-)", "So
sánh với năm 2025", "So với năm 2025"): only the sign of each cell says whether posts rose or
fell."""
_SHARE_HEADER = re.compile(
    r"t[ỷỉ]\s+(?:lệ|trọng)\s+(?:trong|trên|so\s+với)\s+tổng|t[ỷỉ]\s+trọng|cơ\s+cấu", re.IGNORECASE
)
# "Số có mặt đến 30/9/2024": staff in post on a day, a unit apart (D1's truth). Naming who
# is present ("Số công chức có mặt đến 30/6/2025", "Số người hiện có tại ..."), the column is
# the prose's "Số công chức có mặt đến ngày D là N người": people, outside (`_PRESENT_HEADER`)
_IN_POST_HEADER = re.compile(
    r"^\s*số\s+(?:có\s+mặt|hiện\s+có)\s+"
    rf"(?:tính\s+)?(?:đến|tại)\s+(?:ngày\s+)?[0-9]{{1,2}}/[0-9]{{1,2}}/(?P<year>{YEAR})\s*$",
    re.IGNORECASE,
)
_WHO = r"(?:người\s+|công\s+chức\s+|viên\s+chức\s+|cán\s+bộ,?\s+công\s+chức\s+)"
_PRESENT_WORDS = r"(?:có\s+mặt|hiện\s+có|thực\s+có|thực\s+tế|đã\s+có\s+mặt)"
_PRESENT_HEADER = re.compile(
    rf"(?:số\s+{_WHO}?|{_WHO})?{_PRESENT_WORDS}"
    r"\s*\(?\s*(?:tính\s+)?(?:đến|tại)\s+(?:thời\s+điểm\s+)?(?:ngày\s+)?"
    rf"[0-9]{{1,2}}/[0-9]{{1,2}}/{YEAR}\s*\)?(?:\s*\(người\))?",
    re.IGNORECASE,
)
"""People present on a day: the truths of the genre keep them out of the plan. (The one form
the staff-in-post rules read as a unit apart, "Số có mặt đến 30/9/2024", is matched first by
`_IN_POST_HEADER`, as its truth has it.)"""
_PRESENT_BARE = re.compile(
    rf"(?:số\s+)?{_WHO}?{_PRESENT_WORDS}"
    r"(?:\s*\(người\))?|(?:số\s+)?(?:còn\s+thiếu|thiếu|chưa\s+tuyển(?:\s+dụng)?)"
    r"(?:\s*\(người\))?",
    re.IGNORECASE,
)
"""People present, naming no day and no year ("Có mặt", "Số có mặt", "Số người thực tế"), or
the posts still unfilled ("Còn thiếu"), beside the posts given: people, never posts, outside
the plan as people present on a day are; the day is the text's (a date before the table)."""
_PEOPLE_HEADER = re.compile(
    r"(?<!\w)(?:có\s+mặt|hiện\s+có|thực\s+có|đang\s+làm\s+việc)(?!\w)", re.IGNORECASE
)
_BASE_HEADER = re.compile(r"năm\s+(?:gốc|so\s+sánh)", re.IGNORECASE)
# "Số người đã tinh giản (lũy kế)", "Số người nghỉ hưu": people who left, named as people (a
# column of "Biên chế tinh giản" may be posts cut, and is left to the other columns' rules)
_LEAVERS_HEADER = re.compile(
    r"(?<!\w)(?:số\s+)?(?:người|trường\s+hợp)(?:\s+(?:đã|được))?\s+"
    r"(?:tinh\s+giản|nghỉ\s+(?:việc|hưu)|thôi\s+việc)(?!\w)",
    re.IGNORECASE,
)
_AGAINST = re.compile(
    rf"so\s+với(?:\s+(?:năm\s+)?(?P<year>{YEAR})(?![0-9])|\s+năm\s+gốc)?", re.IGNORECASE
)
# "so với" followed by neither a year, "năm gốc" nor "năm trước" compares with another figure
# ("so với số Trung ương giao", "so với định mức"): not a comparison between the table's years.
_OTHER_BASE = re.compile(r"so\s+với\s+(?!năm\s+(?:gốc|trước|liền\s+trước)\b)\S[^|]*", re.IGNORECASE)


_PREVIOUS_YEAR = re.compile(r"so\s+với\s+năm\s+(?:liền\s+)?trước(?!\w)", re.IGNORECASE)


def _last(years: list[int]) -> int | None:
    return years[-1] if years else None


def _row_reading(name: str, cells: list[str], columns: list[_Column]) -> str:
    """ "X năm 2021 là A biên chế; năm 2026 là B biên chế, giảm C biên chế so với năm 2021,
    tỷ lệ giảm R" for a row; a cell with no column header is read as "là N"."""
    clauses: list[str] = []
    row_base = next(
        (
            cell
            for index, cell in enumerate(cells)
            if index < len(columns) and columns[index].base and _A_YEAR.fullmatch(cell.strip())
        ),
        None,
    )
    last_year: int | None = None
    # "Số đơn vị sự nghiệp công lập | 120 | 110 | 10": bodies counted, no posts (the
    # statements' pass keeps counts of bodies outside the plan)
    counted = "đơn vị" if _BODY_COUNT_ROW.match(name) else "biên chế"
    for index, written in enumerate(cells):
        cell = _EMPHASIS.sub("", written).strip()  # "**20.753**": a figure set in bold
        column = columns[index] if index < len(columns) else _Column(None, None, None, False)
        if _kept_cell(column, cell):
            against = column.base_year or row_base or _previous(columns, index, last_year)
            if against is None or column.of_year not in (None, last_year):
                clauses.append(f"; {cell}")  # kept since which year? not read
                continue
            clauses.append(f", giữ nguyên so với năm {against}")
            continue
        if cell.lower() in _EMPTY_CELL or _note(cell):
            continue
        if column.share or column.present or (column.required and _REQUIRED_RATE.fullmatch(cell)):
            # a share of the total, people present, a rate required: no figure of the row
            continue
        if column.subset is not None and not column.unknown:
            # after its year's figure; a row without that figure is unread (`_subset_unsaid`)
            clauses.append(f", trong đó có {cell} {column.subset}")
            continue
        if column.bodies:
            if not _FIGURE.fullmatch(cell):
                clauses.append(f"; là {cell} biên chế")  # words or a decimal: not read
            continue  # a count of bodies: no posts
        if column.base:
            continue  # read with the comparison it is the base of
        if column.leavers:
            clauses.append(f", tinh giản {cell} người")
            continue
        if column.in_post is not None:
            clauses.append(f", có mặt năm {column.in_post} {cell} người")
            continue
        if _WORDS.search(cell) and not (column.year or column.change or column.rate):
            # a note, even one holding a decision's number and date ("QĐ số 797/QĐ-UBND ngày
            # 5/12/2021" under "Ghi chú"): words under a column of no year, change or rate
            continue
        if column.rate:
            rate = cell if cell.endswith("%") else f"{cell}%"
            other_base = f" {column.against}" if column.against else ""
            clauses.append(f", tỷ lệ {column.change} {rate}{other_base}")
        elif column.change is not None:
            against = column.base_year or row_base or _previous(columns, index, last_year)
            base = f" so với năm {against}" if against else ""
            if column.against:
                base = f" {column.against}"
            if column.of_year is not None and column.of_year != last_year:
                clauses.append(f"; năm {column.of_year}")  # the year the comparison is of
                last_year = column.of_year
            clauses.append(f", {_signed(column.change, cell)} {counted}{base}")
        elif column.year is not None:
            clauses.append(f"; năm {column.year} là {cell} {counted}")
            last_year = column.year
        else:
            clauses.append(f"; là {cell} {counted}")
    text = "".join(clauses).lstrip(";, ")
    if ORGANISATION.match(name) and names_a_giver(name):
        # "| 2 | Ban Tổ chức Trung ương | 310 | 294 | 16 |": in prose the body giving posts,
        # on a table's row the body holding them
        name = f"Cơ quan {name}"
    return f"{name} {text}".strip()


_SECTOR_HEADER = re.compile(
    r"(?:ngành,\s*)?lĩnh\s+vực(?:\s+sự\s+nghiệp)?(?:,\s*ngành)?|ngành", re.IGNORECASE
)
"""A name column saying its rows are sectors ("Lĩnh vực", "Lĩnh vực sự nghiệp", "Ngành")."""
_NOT_A_SECTOR = re.compile(
    r"(?<!\w)(?:biên\s+chế|người|cán\s+bộ|công\s+chức|viên\s+chức|giáo\s+viên|lao\s+động"
    r"|hợp\s+đồng|chỉ\s+tiêu|suất|CBCC|VC|tổng|cộng|trong\s+đó|khác|còn\s+lại|số)(?!\w)",
    re.IGNORECASE,
)
"""Words saying a row is no sector of its own: people or posts ("Giáo viên", "Hợp đồng
111"), a sum ("Cộng"), some of a row ("Trong đó"), the rest ("Lĩnh vực khác"), a count."""


def _sector_named(name: str) -> str:
    """ "Lĩnh vực nông nghiệp và phát triển nông thôn" for a row "Nông nghiệp và phát triển
    nông thôn" under a name column "Lĩnh vực sự nghiệp": the header says the row is a sector,
    as a sentence would name it. A name the lexicon already knows as a body or a category,
    or naming anything but a sector's field, stays as written."""
    if (
        not _WORDS.search(name)
        or any(char.isdigit() for char in name)
        or ORGANISATION.search(name)
        or category_mentioned(name) is not None
        or _NOT_A_SECTOR.search(name)
        or names_part_time(name)
    ):
        return name
    return f"Lĩnh vực {name[0].lower()}{name[1:]}"


_BODIES_HEADER = re.compile(
    r"(?:tên\s+)?(?:cơ\s+quan|đơn\s+vị)(?:\s*,\s*(?:đơn\s+vị|tổ\s+chức|địa\s+phương))?"
    r"(?:\s+sự\s+nghiệp(?:\s+công\s+lập)?)?",
    re.IGNORECASE,
)
"""A name column saying its rows are bodies ("Đơn vị", "Tên đơn vị", "Cơ quan, đơn vị",
"Đơn vị sự nghiệp")."""
_NOT_A_BODY = re.compile(
    r"(?<!\w)(?:giảm|tăng|t[ỷỉ]\s+lệ|so\s+với|chênh\s+lệch|bình\s+quân|trung\s+bình"
    r"|định\s+mức|nhân\s+viên|bác\s+sĩ|nhu\s+cầu|thiếu|thừa|dôi\s+dư|dự\s+kiến|đề\s+xuất"
    r"|đề\s+nghị|kế\s+hoạch|thực\s+hiện|ước|nam|nữ)(?!\w)",
    re.IGNORECASE,
)
"""Words saying a row under a column of bodies is no body: a change or a rate, an average or
a norm, people by their work or sex, posts wanted, short or over, planned or done."""


def _body_named(name: str) -> str:
    """ "Đơn vị Làng trẻ em mồ côi tỉnh" for a row "Làng trẻ em mồ côi tỉnh" under a name
    column "Đơn vị": the header says the row is a body, whose head word the lexicon does not
    know. A name the lexicon already reads (a body, a block, a category), or naming people,
    posts, a sum, some or the rest of a row, a count, a change or a norm, stays as written."""
    if (
        not _WORDS.search(name)
        or any(char.isdigit() for char in name)
        or ORGANISATION.search(name)
        or BODY_HEAD.match(name)
        or category_mentioned(name) is not None
        or _NOT_A_SECTOR.search(name)
        or _NOT_A_BODY.search(name)
        or names_part_time(name)
    ):
        return name
    return f"Đơn vị {name}"


_NAME_NUMBER = re.compile(r"[0-9]+")
_WORD_BEFORE = re.compile(r"[^\W\d_]\s$")
_WORD_AFTER = re.compile(r"\s+[^\W\d_]")


def _numbered_name(name: str) -> bool:
    """Whether a row's name holds numbers of its own and no other: a body named by a
    number ("Bệnh viện 71 Trung ương", "Sư đoàn 312"), its name opening with an
    organisation's word, each number after a word and before a capitalised word or the
    name's end, outside parentheses. A count ("Trung tâm Y tế 10 huyện", "(12 người)") is
    no part of a name."""
    numbers = list(_NAME_NUMBER.finditer(name))
    if not numbers or not (ORGANISATION.match(name) or BODY_HEAD.match(name)):
        return False
    for number in numbers:
        before, after = name[: number.start()], name[number.end() :]
        if before.count("(") != before.count(")") or not _WORD_BEFORE.search(before):
            return False
        if after and (not _WORD_AFTER.match(after) or after.strip()[:1].islower()):
            return False
    return True


_BODY_COUNT_ROW = re.compile(
    r"số\s+(?:lượng\s+)?(?:các\s+)?(?:đơn\s+vị|cơ\s+quan|tổ\s+chức|phòng|xã|phường|thị\s+trấn"
    r"|huyện|trường|đầu\s+mối|trung\s+tâm|chi\s+cục|cục|vụ|sở|hội|thôn|tổ\s+dân\s+phố|ban)(?!\w)"
    r"(?!.*(?<!\w)(?:biên\s+chế|người|cán\s+bộ|công\s+chức|viên\s+chức|lao\s+động|giáo\s+viên"
    r"|chỉ\s+tiêu|định\s+mức)(?!\w))",
    re.IGNORECASE,
)
"""A row counting bodies ("Số đơn vị sự nghiệp công lập", "Số xã, phường", "Số phòng chuyên
môn"), naming no staff after them: its figures are bodies, never posts."""


def _signed(direction: str, cell: str) -> str:
    """ "giảm 33" for "33" under "Giảm"; under "Tăng (+), giảm (-)", "-33" is "giảm 33"."""
    value = cell.strip()
    if direction != "±":
        return f"{direction} {value}"
    if value.startswith(("-", "−", "–")):
        return f"giảm {value[1:].strip()}"
    return f"tăng {value.lstrip('+').strip()}"


def _previous(columns: list[_Column], index: int, last_year: int | None) -> int | None:
    """A comparison column that names no base year, right after the year columns, compares
    the last year with the one before it (the two last year columns of the header)."""
    years = [c.year for c in columns[:index] if c.year is not None]
    if last_year is None or len(years) < 2 or years[-1] != last_year:
        return None
    return years[-2]


def _whole(line: Line) -> Sentence:
    return Sentence(line, line.offset + 1, line.body.strip())
