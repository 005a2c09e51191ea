"""Document text as located lines, sentences and numbers.

A plan's prose is read line by line (a .docx paragraph is a line). Each line loses its
bullet ("-", "+", "•") or heading number ("2.1.") and is cut into sentences; each sentence's
numbers are told apart into quantities (counts and percentages, which the plan must place)
and references (years, dates, document numbers such as 123-KH/TU, which it need not).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

NUM = r"[0-9]+(?:[.,][0-9]+)*"
"""A number as written, with `.` thousands and `,` decimals; validated by `lotrinh.numbers`."""
YEAR = r"(?:199[0-9]|20[0-9]{2}|2100)(?![0-9])"
"""A year the plan format accepts (1990-2100)."""

_NEWLINE = re.compile(r"\r\n|\r|\n")
_NUMBERING = (
    r"(?:(?:[0-9]{1,2}(?:\.[0-9]{1,2})*|[IVXLC]{1,5})[.)](?![0-9])"
    r"|(?:Điều|Chương|Mục|Phần|Bảng|Biểu|Phụ\s+lục|ĐIỀU|CHƯƠNG|MỤC|PHẦN|BẢNG|BIỂU|PHỤ\s+LỤC)"
    r"\s+(?:[0-9]{1,3}|[IVXLC]{1,5})[.:]?(?!\w))"
)
_CAPITALS_WORD = re.compile(r"^(?:ĐIỀU|CHƯƠNG|MỤC|PHẦN|BẢNG|BIỂU|PHỤ\s+LỤC)(?=\s)")
"""A numbering word in capitals ("ĐIỀU 2."), as a heading set in capitals writes it: the same
numbering as "Điều 2." (its marker is written so)."""
_MARKER = re.compile(rf"(?P<marker>[-+•*–—·▪●○]|#{{1,6}}|{_NUMBERING}|[a-zđ]\))\s+")
_MARKDOWN_NUMBERING = re.compile(rf"{_NUMBERING}\s+")
_HEADING_YEAR_ONLY = re.compile(rf"(?:năm|NĂM|Năm)\s+({YEAR})\s*:?", re.IGNORECASE)
_ABBREVIATIONS = frozenset({"tp", "tx", "tt", "ts", "ths", "pgs", "gs", "q", "p", "th", "ng"})

_TOKEN = re.compile(
    r"(?P<ref>[0-9]+(?:/[0-9]+)*[-–/][A-ZĐ][A-ZĐ0-9]*(?:[-/][A-ZĐ][A-ZĐ0-9]*)*)"
    r"|(?P<date>[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}|[0-9]{1,2}/[0-9]{4}"
    r"|(?<![0-9./])(?:[0-2]?[0-9]|3[01])/(?:0?[1-9]|1[0-2])(?![0-9/]|[.,][0-9])"
    r"|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\s?[AaPp][Mm])?)"
    r"|(?P<range>[0-9]{4}\s*[-–]\s*[0-9]{4}(?![0-9]))"
    r"|(?P<pct>[0-9]+(?:[.,][0-9]+)*\s?%)"
    r"|(?P<num>[0-9]+(?:[.,][0-9]+)*)"
)
_REF_BEFORE = re.compile(
    # "nhóm 4", "loại 1", "hạng II", "bậc 3": a class named by its number
    r"(?:điều|khoản|điểm|mục|phần|chương|(?<!tổng\s)số|thứ|lần|ngày|tháng|khóa|khoá|phụ lục|biểu"
    r"|(?<!\w)nhóm|(?<!\w)loại|(?<!\w)hạng|(?<!\w)bậc"
    # "Cục ... thanh tra khu vực 1", "Kho bạc Nhà nước khu vực 3": a body named by its number
    r"|(?<!\w)khu\s+vực"
    r"|nghị quyết|kết luận|quyết định|chỉ thị|nghị định|thông tư|kế hoạch|công văn)"
    r"\s*:?\s*"
    # "các Nghị định 108, 113": a list of documents' numbers goes on after a comma or "và"
    r"(?:(?:số\s*)?[0-9][0-9/A-Za-zĐđ-]*\s*(?:,|và)\s*){0,3}$",
    re.IGNORECASE,
)
_YEAR_WORD_BEFORE = re.compile(r"năm\s+$", re.IGNORECASE)
_CONTRACT_DECREE = re.compile(
    r"(?<!\w)hợp\s+đồng(?:\s+lao\s+động)?(?:\s+theo)?\s+(?:68|111|161)$", re.IGNORECASE
)
"""(eng-alprose) "người làm việc theo hợp đồng 68": the decree naming a kind of contract, by
its number alone, never a count (unless a count word follows: "hợp đồng 68 người")."""
COMPARED_BEFORE = re.compile(
    r"(?<!\w)(?:so\s+với|từ|kể\s+từ|sau|trước|hơn|bằng|như)(?:\s+[^\d.;:]{1,30}?)?\s+(?:năm\s+)?$",
    re.IGNORECASE,
)
"""The words before a year it is compared with ("so với năm 2021", "từ năm 2017"): such a
year is a base, not the year a text is about."""
YEARS_COUNTED = re.compile(
    # "trong hai năm 2017 và 2018", "hai năm 2023, 2024", "ba năm 2022, 2023 và 2024", "2 năm
    # 2024 - 2025": a count of years, then those years
    rf"(?<!\w)(?P<n>hai|ba|bốn|[2-4])\s+năm\s+(?:qua\s+|liên\s+tiếp\s+)?(?P<years>{YEAR}"
    rf"(?:\s*(?:,|và|[-–])\s*(?:năm\s+)?{YEAR})+)",
    re.IGNORECASE,
)
"""A span of years said by their count and named one by one ("trong hai năm 2017 và 2018"):
said of the span as one (a cut over both years), as "giai đoạn 2017 - 2018" is; see
`counted_span`."""
_YEARS_COUNT = {"hai": 2, "2": 2, "ba": 3, "3": 3, "bốn": 4, "4": 4}


def counted_span(found: re.Match[str]) -> tuple[int, int] | None:
    """The first and last year of a `YEARS_COUNTED` match: the years named one by one must be
    that many and follow each other ("hai năm 2023, 2024"), or the two ends of a range span
    that many ("ba năm 2022 - 2024"); None where the count and the years disagree ("hai năm
    2023 và 2025": which years the text means is unsaid)."""
    count = _YEARS_COUNT[found.group("n").lower()]
    years = [int(year) for year in re.findall(YEAR, found.group("years"))]
    if re.search(r"[-–]", found.group("years")):
        if len(years) == 2 and years[1] - years[0] + 1 == count:
            return years[0], years[1]
        return None
    if years == list(range(years[0], years[0] + count)):
        return years[0], years[-1]
    return None


_COUNT_AFTER = re.compile(
    r"\s*(?:biên\s+chế|người|cán\s+bộ|công\s+chức|viên\s+chức|chỉ\s+tiêu|CBCC|VC)(?!\w)",
    re.IGNORECASE,
)


def normalise(text: str) -> str:
    """NFC (Vietnamese typed on macOS arrives as NFD), without a leading BOM."""
    return unicodedata.normalize("NFC", text).removeprefix("\ufeff")


@dataclass(frozen=True)
class Line:
    """One line of the document; `body` is its text without indentation, bullet or number."""

    number: int
    body: str
    offset: int
    """0-based column where `body` starts in the line."""
    marker: str | None
    """The bullet or heading number the line began with, if any."""


@dataclass(frozen=True)
class Sentence:
    """A sentence of a line, as written."""

    line: Line
    column: int
    """1-based column of its first character in the line."""
    text: str


@dataclass(frozen=True)
class Token:
    """A number in a sentence: a quantity to place, or a reference (year, date, doc number)."""

    start: int
    end: int
    text: str
    quantity: bool


def split_lines(text: str) -> list[Line]:
    """The document's lines, numbered from 1 (only CR, LF and CRLF end a line)."""
    lines = []
    for index, raw in enumerate(_NEWLINE.split(text), start=1):
        stripped = raw.rstrip()
        indent = len(stripped) - len(stripped.lstrip())
        rest = stripped[indent:]
        marker = None
        match = _MARKER.match(rest)
        if match and match.end() < len(rest):
            marker = _CAPITALS_WORD.sub(
                lambda word: word.group().capitalize(), match.group("marker")
            )
            rest = rest[match.end() :]
            indent += match.end()
            # "## 2.1. Năm 2024": a Markdown heading keeps the document's numbering, which
            # is no quantity; the '#'s give the depth.
            numbering = _MARKDOWN_NUMBERING.match(rest) if marker.startswith("#") else None
            if numbering and numbering.end() < len(rest):
                rest = rest[numbering.end() :]
                indent += numbering.end()
        lines.append(Line(index, rest, indent, marker))
    return lines


def heading_depth(line: Line) -> int | None:
    """The nesting depth of a heading line ("2." is 1, "2.1." is 2), or None if not one.

    A heading is a numbered line that states no quantity, or a line that is only a year
    ("Năm 2025:"), which then governs the sentences below it.
    """
    if _HEADING_YEAR_ONLY.fullmatch(line.body) or year_title(line):
        return 99
    marker = line.marker
    if marker is None and _capitals(line.body) and not _has_quantity(line.body):
        return 0  # "BIÊN CHẾ CÔNG CHỨC", "**II. LỘ TRÌNH ...**": a title in capitals
    if marker is None or marker in "-+•*–—·▪●○" or len(line.body) > 200:
        return None
    if any(token.quantity for token in tokens(line.body)):
        return None
    if _KEPT_AS_BEFORE.search(line.body):
        # "3. Biên chế các hội ... đến năm 2026 giữ nguyên như năm 2024.": a statement that
        # a unit keeps its figure, a sentence though it states no quantity
        return None
    if marker.startswith("#"):
        return len(marker)
    kind = numbering_kind(marker)
    if kind in ("Chương", "Phần"):
        return -1
    if kind in ("Điều", "Mục", "Bảng", "Biểu", "Phụ", "I."):
        return 0
    if kind is not None and kind[:-1].isdigit():
        return int(kind[:-1])  # "2." is 1, "2.1." is 2
    return 9


_KEPT_AS_BEFORE = re.compile(
    # ("...; các Cục còn lại thực hiện giảm theo lộ trình": a clause after it, a sentence too)
    rf"(?<!\w)(?:giữ\s+nguyên|không\s+thay\s+đổi)\s+(?:như|so\s+với|bằng)\s+năm\s+{YEAR}\s*(?:\.\s*$|;)",
    re.IGNORECASE,
)


def year_title(line: Line) -> bool:
    """A short unnumbered line naming one year and no quantity, not ending a sentence
    ("Biên chế năm 2025", "Kế hoạch biên chế năm 2025:"): it turns the text to that year,
    and to nothing else (such a line is as often a report's headline as a section's title)."""
    body = line.body.strip()
    if line.marker is not None or len(body) > 80 or body.endswith((".", ";", ",")):
        return False
    years = _YEAR_TITLE.findall(body)
    against = _AGAINST_CLOSING.search(body) if len(years) == 2 else None
    if against is not None and body.endswith(":"):
        # "Đến năm 2026, so với số được giao năm 2021:": a lead of the year its lines are
        # of, closing with the year they compare with (the heading's base)
        body = body[: against.start()]
        years = _YEAR_TITLE.findall(body)
    return len(years) == 1 and not _has_quantity(body) and not _NOT_TITLE.search(body)


_AGAINST_CLOSING = re.compile(
    r"[,\s]\s*so\s+với\s+(?:(?:số|tổng\s+số|biên\s+chế)\s+(?:được\s+|đã\s+)?giao\s+)?"
    rf"năm\s+{YEAR}\s*:$",
    re.IGNORECASE,
)


_YEAR_TITLE = re.compile(rf"(?<!\w)năm\s+({YEAR})(?![0-9])", re.IGNORECASE)
# a base year, a date, a period or a second year: no year the lines below are of
_NOT_TITLE = re.compile(
    rf"so\s+với|từ\s+năm|ngày|tháng|giai\s+đoạn|[0-9]{{4}}\s*[-–]\s*(?:năm\s+)?[0-9]{{4}}"
    rf"|{YEAR}[^0-9]+{YEAR}",
    re.IGNORECASE,
)


def numbering_kind(marker: str | None) -> str | None:
    """What kind of numbering a marker is: its word ("Điều", "Chương"), its level of digits
    ("1." for "2.", "2." for "2.1."), "I." or "a)"; a statement numbered as a heading was is
    told by it from one numbered as an item under that heading."""
    if marker is None or marker in "-+•*–—·▪●○":
        return None
    number = marker.rstrip(".):")
    word = re.match(r"[^\W\d]+(?=\s)", number)
    if word:
        return word.group(0)
    if number.replace(".", "").isdigit():
        return f"{number.count('.') + 1}."
    if number.isalpha() and number.isupper():
        return "I."
    return "a)" if number.isalpha() else None


_LAST_WORD = re.compile(r"(\w+)$")
_EARLIER_SET_BESIDE = re.compile(
    rf",\s*trong\s+khi\s+năm\s+{YEAR}\s+(?:con\s+số\s+này\s+|số\s+này\s+)?là\s+{NUM}"
    r"(?:\s*(?:biên\s+chế|người))?\s*$",
    re.IGNORECASE,
)
_DIFFERENCE_NEXT = re.compile(r"mức\s+(?:giảm|tăng)\s+(?:là\s+)?[0-9]", re.IGNORECASE)
"""A news report's comparison over two sentences: "…, trong khi năm 2021 con số này là 2.380.
Mức giảm là 128 biên chế, …": the second says the difference between the two figures the
first set side by side, so the two are one sentence (`chains._WHILE_EARLIER`)."""


def _capitals(text: str) -> bool:
    return 3 <= len(text) <= 200 and text == text.upper() and any(c.isalpha() for c in text)


def _has_quantity(text: str) -> bool:
    return any(token.quantity for token in tokens(text))


def sentences(line: Line) -> list[Sentence]:
    """Cut a line into sentences at `.`, `!` or `?` followed by a capital letter (maybe after
    a quotation's opening mark), outside parentheses and not after a known abbreviation (TP.
    Hồ Chí Minh)."""
    body = line.body
    found: list[Sentence] = []
    start = 0
    depth = 0
    for index, char in enumerate(body):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char in ".!?…" and depth == 0:
            after = index + 1
            while after < len(body) and body[after].isspace():
                after += 1
            # (a quotation opening the next sentence: 'cấp xã. "Sau sắp xếp, ...')
            opens = after + 1 < len(body) and body[after] in '"“' and body[after + 1].isupper()
            if after == index + 1 or after >= len(body) or not (body[after].isupper() or opens):
                continue
            # Only the word before the dot matters: a bounded look back keeps a line of
            # many abbreviations ("TP. A TP. A ...") linear.
            word = _LAST_WORD.search(body, max(start, index - 12), index)
            if char == "." and word and word.group(1).lower() in _ABBREVIATIONS:
                continue
            if (
                char == "."
                and _DIFFERENCE_NEXT.match(body, after)
                and _EARLIER_SET_BESIDE.search(body, max(start, index - 80), index)
            ):
                continue
            _add(found, line, start, body[start : index + 1])
            start = after
    _add(found, line, start, body[start:])
    return found


_NOTE_BEFORE_FRONTED = re.compile(
    rf"^(?:ghi\s+chú|chú\s+thích|lưu\s+ý)\s*:\s*(?=(?-i:S)o\s+với\s+(?:[^\W\d]+\s+){{0,8}}?năm\s+{YEAR})",
    re.IGNORECASE,
)
"""A note's label before a sentence opening with the year it compares with ("Ghi chú: So với
năm 2021 (2.396 biên chế), biên chế công chức năm 2026 còn ..."): the label names no unit and
no year; the sentence is read after it, as if written on its own (eng-at3)."""


def _add(found: list[Sentence], line: Line, start: int, text: str) -> None:
    stripped = text.strip()
    if stripped:
        lead = len(text) - len(text.lstrip())
        label = _NOTE_BEFORE_FRONTED.match(stripped)
        if label is not None:
            lead += label.end()
            stripped = stripped[label.end() :]
        found.append(Sentence(line, line.offset + start + lead + 1, stripped))


def tokens(text: str) -> list[Token]:
    """Every number of a sentence, told apart into quantities and references."""
    found = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        start, end = match.span()
        quantity = kind == "pct" or (kind == "num" and _is_quantity(text, start, end))
        found.append(Token(start, end, match.group(0), quantity))
    return found


def _is_quantity(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if (
        before.isalpha()
        or after.isalpha()
        or (before == "-" and start > 1 and text[start - 2].isalpha())
    ):
        return False  # part of a name: Covid-19, H5N1
    reference = _REF_BEFORE.search(text[max(0, start - 24) : start])
    if reference and not (":" in reference.group() and _COUNT_AFTER.match(text, end)):
        # ("Các Cục Dự trữ khu vực: 680 biên chế": a label's count after its colon, not the
        # number naming a body)
        return False
    if _CONTRACT_DECREE.search(text, max(0, start - 40), end) and not _COUNT_AFTER.match(text, end):
        return False
    digits = text[start:end]
    if re.fullmatch(YEAR, digits):
        if _YEAR_WORD_BEFORE.search(text, max(0, start - 6), start):
            return False  # "năm 2026 biên chế công chức": the year of what follows
        return bool(_COUNT_AFTER.match(text, end))
    return True
