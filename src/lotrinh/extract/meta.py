"""What a plan document says about itself: number, title, date, issuer, period.

Found by pattern near the top of the document or in the sentence that names the plan; a
field that cannot be found is left out, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from lotrinh.extract.document import (
    COMPARED_BEFORE,
    YEAR,
    YEARS_COUNTED,
    Line,
    counted_span,
    tokens,
)

_NUMBER = re.compile(
    r"(?:(?:Kế\s+hoạch|KẾ\s+HOẠCH|Đề\s+án|ĐỀ\s+ÁN)\s+số|Số)\s*:?\s*"
    r"(?P<number>[0-9]+[-/][A-ZĐ][A-ZĐ0-9]*(?:[-/][A-ZĐ][A-ZĐ0-9]*)*)"
)
_ANY_PLAN_NUMBER = re.compile(r"(?<![\w/])(?P<number>[0-9]+-(?:KH|ĐA)/[A-ZĐ]+(?:[-/][A-ZĐ]+)*)")
_DATE_SLASH = re.compile(
    r"ngày\s+(?P<d>[0-9]{1,2})/(?P<m>[0-9]{1,2})/(?P<y>[0-9]{4})", re.IGNORECASE
)
_DATE_WORDS = re.compile(
    r"ngày\s+(?P<d>[0-9]{1,2})\s+tháng\s+(?P<m>[0-9]{1,2})\s+năm\s+(?P<y>[0-9]{4})",
    re.IGNORECASE,
)
_ISSUER = re.compile(
    r"(?P<body>Ban\s+Thường\s+vụ\s+(?:Tỉnh|Thành)\s+[uủ][ỷy]"
    r"|Ban\s+Chấp\s+hành\s+Đảng\s+bộ\s+(?:tỉnh|thành\s+phố)"
    r"|[UỦ][ỷy]\s+ban\s+nhân\s+dân\s+(?:tỉnh|thành\s+phố))",
)
_PLACE = re.compile(r"(?<!\w)(?:tỉnh|thành\s+phố)\s+(?=(?P<rest>.{0,80}))")
_HEADER_ISSUER = re.compile(
    r"(?:(?P<ubnd>[UỦ][ỶY] BAN NHÂN DÂN)|BAN THƯỜNG VỤ) "
    r"(?P<kind>TỈNH|THÀNH PHỐ|TỈNH ỦY|THÀNH ỦY|TỈNH UỶ|THÀNH UỶ) (?P<place>[^\W\d_][^\d]*)"
)
_TITLE_START = re.compile(r"(?:Kế\s+hoạch|KẾ\s+HOẠCH|Đề\s+án|ĐỀ\s+ÁN|Lộ\s+trình|LỘ\s+TRÌNH)(?!\w)")
_RANGE = re.compile(rf"(?P<first>{YEAR})\s*[-–]\s*(?P<last>{YEAR})")
_HEAD_LINES = 30


@dataclass(frozen=True)
class Meta:
    """The plan's metadata, each field None where the document does not give it."""

    number: str | None = None
    title: str | None = None
    issuer: str | None = None
    date: date | None = None
    period: tuple[int, int] | None = None
    """The year range of the title ("giai đoạn 2024 - 2026")."""
    lead_period: tuple[int, int] | None = None
    """The one period a report's headline and lead name ("giai đoạn 2022 - 2026"): a change
    the body states against the year before it ("so với năm 2021") is of its last year."""
    own: tuple[str, ...] = ()
    """The names the document's header gives its own body ("BỘ XÂY DỰNG" → "bộ xây dựng",
    "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA" → "tỉnh khánh hòa"), case folded: a sentence naming it as
    the one given posts speaks of the text's own figures (`categories`)."""
    article_year: int | None = None
    """The year of a news report's dateline at its top ("(Ngày 15/7/2024) ...", "(Báo điện
    tử, ngày 12/7/2024)", "Thứ Hai, 16/12/2024 — ..."): the year its "năm nay" speaks of;
    None where no dateline, or two of different years, is stated."""
    headline_place: str = ""
    """The place a news headline opens with as its label ("TP.HCM: năm 2022 giảm ...", "Nghệ
    An: ..."), as a unit's qualifier words ("TP HCM"): "của TP.HCM" after a category in the
    body names the text's own place, no line of the category apart."""
    lead_year: int | None = None
    """The one year a report's headline and lead speak of ("Thanh Hóa điều chỉnh số người làm
    việc năm 2025: ..."), which its body's figures stated without a year belong to; None
    where they name none, several, or a period."""


def read_meta(lines: list[Line]) -> Meta:
    """Read the metadata from the document's lines."""
    number, number_line = _number(lines)
    title = _title(lines)
    when = _date(lines, number_line, number)
    issuer = _issuer(lines)
    period = None
    if title is not None:
        match = _RANGE.search(title)
        if match and int(match.group("first")) <= int(match.group("last")):
            period = (int(match.group("first")), int(match.group("last")))
    return Meta(
        number=number,
        title=title,
        issuer=issuer,
        own=_own_names(lines),
        date=when,
        period=period,
        headline_place=_headline_place(lines),
        lead_year=_lead_year(lines),
        article_year=_article_year(lines),
        lead_period=_lead_period(lines),
    )


_YEAR_NAMED = re.compile(rf"(?<!\w)năm\s+(?P<y>{YEAR})(?![\w/])", re.IGNORECASE)
_SEVERAL_YEARS = re.compile(
    rf"{YEAR}\s*(?:[-–]|(?<!\w)(?:đến|tới)(?!\w))\s*(?:năm\s+)?{YEAR}"
    # "trong hai năm 2017 và 2018", "năm 2023, 2024": the second year not preceded by "năm"
    rf"|(?<!\w)năm\s+{YEAR}\s*(?:,|(?<!\w)và(?!\w))\s*(?:năm\s+)?{YEAR}",
    re.IGNORECASE,
)


_OF_STAFF = re.compile(
    r"\s*(?:biên\s+chế|người|chỉ\s+tiêu|cán\s+bộ|công\s+chức|viên\s+chức)(?!\w)", re.IGNORECASE
)
"""A count of staff ("2.287 biên chế"), where a report's body begins; "23 phương án" is not."""
_SAME_AS = re.compile(r"(?:như|bằng)(?!\w)", re.IGNORECASE)


def _head(lines: list[Line]) -> Iterator[str]:
    """The headline and the lines after it down to the first that states a count of staff
    (the body's, whose own years are its sentences')."""
    headline = True
    for line in lines[:_HEAD_LINES]:
        body = line.body.strip()
        if not body:
            continue
        if not headline and any(
            token.quantity and _OF_STAFF.match(body, token.end) for token in tokens(body)
        ):
            return
        yield body
        headline = False


def _lead_period(lines: list[Line]) -> tuple[int, int] | None:
    """The one period ("2022 - 2026") named in the head of the text (`_head`), if that is
    the only span of years it names."""
    periods: set[tuple[int, int]] = set()
    for body in _head(lines):
        for found in _PERIOD_NAMED.finditer(body):
            first, last = int(found.group("first")), int(found.group("last"))
            if first < last:
                periods.add((first, last))
        for counted in YEARS_COUNTED.finditer(body):
            # "trong hai năm 2017 và 2018": the span named by its count and its years
            span = counted_span(counted)
            if span is None:
                return None  # the count and the years disagree: which span is unsaid
            periods.add(span)
    return periods.pop() if len(periods) == 1 else None


_PERIOD_NAMED = re.compile(rf"(?P<first>{YEAR})\s*[-–]\s*(?P<last>{YEAR})")


_DATELINE = re.compile(
    # "(Ngày 15/7/2024)", "(Tin ngày 16/12/2024)", "(Báo điện tử, ngày 12/7/2024)"
    r"\s*(?:\(\s*(?:[^()\d,]{1,40},\s*)?(?:tin\s+)?ngày"
    # "Thứ Hai, 16/12/2024", "Chủ nhật, ngày 5/1/2025"
    r"|(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*,(?:\s*ngày)?)"
    r"\s+(?P<d>[0-9]{1,2})/(?P<m>[0-9]{1,2})/(?P<y>[0-9]{4})(?![0-9])",
    re.IGNORECASE,
)
_DATELINE_LINES = 3


def _article_year(lines: list[Line]) -> int | None:
    """The year of the dateline opening one of a report's first lines (`Meta.article_year`)."""
    found = set()
    for line in [line for line in lines if line.body.strip()][:_DATELINE_LINES]:
        match = _DATELINE.match(line.body)
        if match is not None and 1 <= int(match.group("m")) <= 12:
            found.add(int(match.group("y")))
    return found.pop() if len(found) == 1 else None


_LABEL = re.compile(r"(?P<place>(?:TP\.\s?)?[^\W\d_][\w.]*(?:\s+[^\W\d_][\w.]*){0,3})\s*:\s+\S")
_NOT_A_PLACE = re.compile(
    r"(?:Ông|Bà|Anh|Chị|Điều|Khoản|Mục|Phần|Phụ|Biểu|Bảng|Ghi|Nguồn|Theo|Kế|Nghị|Quyết|Tờ"
    r"|Báo|Công|Thông|Về|Căn)(?!\w)"
)


def _headline_place(lines: list[Line]) -> str:
    """The place label of the first line ("TP.HCM: ...", "Nghệ An: ..."): every word
    capitalised, as the qualifier's words; "" for any other first line."""
    first = next((line.body.strip(" *#\t") for line in lines if line.body.strip(" *#\t")), "")
    label = _LABEL.match(first)
    if label is None or _NOT_A_PLACE.match(first):
        return ""
    words = label.group("place").split()
    if not all(word[:1].isupper() for word in words) or first.upper() == first:
        return ""
    return " ".join(re.findall(r"\w+", label.group("place")))


def _lead_year(lines: list[Line]) -> int | None:
    """The one year named ("năm 2025") in the head of the text (`_head`). Dates ("ngày 9
    tháng 12 năm 2022") are not the subject's year; a period or two different years leave it
    unknown."""
    years: set[int] = set()
    for body in _head(lines):
        if _SEVERAL_YEARS.search(body):
            return None
        text = _DATE_WORDS.sub(" ", body)
        for found in _YEAR_NAMED.finditer(text):
            base = COMPARED_BEFORE.search(text[max(0, found.start() - 40) : found.start()])
            if base is not None and _SAME_AS.match(base.group()):
                return None  # "giữ như năm 2024": figures of both years, so of neither
            if base is not None:
                continue  # "so với năm 2021": a base year, not the year the report is about
            years.add(int(found.group("y")))
        years.update(_header_years(body))
    # the loader takes plan years 1990–2100 only; an older one ("năm 1975") is history
    return years.pop() if len(years) == 1 and 1990 <= min(years) <= 2100 else None


_YEAR_CELL = re.compile(rf"\s*(?:\*\*)?(?P<y>{YEAR})(?:\*\*)?\s*")


def _header_years(body: str) -> set[int]:
    """The years a table's header row names by a bare year cell ("| Đơn vị | 2024 | 2025 |"),
    as "Năm 2024" would: a text holding a table of two years names two."""
    if not body.startswith("|"):
        return set()
    cells = body.strip("|").split("|")
    return {int(found.group("y")) for cell in cells if (found := _YEAR_CELL.fullmatch(cell))}


def _number(lines: list[Line]) -> tuple[str | None, Line | None]:
    for line in lines:
        for match in _NUMBER.finditer(line.body):
            number = match.group("number")
            own = line.number <= _HEAD_LINES and match.group(0).startswith("Số")
            if own or re.search(r"-(?:KH|ĐA)/", number):
                return number, line
    for line in lines:
        found = _ANY_PLAN_NUMBER.search(line.body)
        if found:
            return found.group("number"), line
    return None, None


def _title(lines: list[Line]) -> str | None:
    for index, line in enumerate(lines[:_HEAD_LINES]):
        body = line.body.strip()
        if not _TITLE_START.match(body) or body.endswith((".", ":")) or len(body) > 250:
            continue
        if _NUMBER.match(body):
            continue
        if len(body.split()) <= 2:  # "KẾ HOẠCH" alone: the subject is on the next line
            return next(
                (item.body.strip() for item in lines[index + 1 : index + 4] if item.body.strip()),
                None,
            )
        return body
    return None


def _date(lines: list[Line], number_line: Line | None, number: str | None) -> date | None:
    """The date nearest after the plan's number in its sentence, else one near the top."""
    texts = []
    if number_line is not None and number is not None:
        after = number_line.body.find(number)
        texts.append(number_line.body[after:])
        texts.append(number_line.body)
    texts += [line.body for line in lines[:_HEAD_LINES]]
    for text in texts:
        for pattern in (_DATE_SLASH, _DATE_WORDS):
            for match in pattern.finditer(text):
                try:
                    return date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
                except ValueError:
                    continue
    return None


_OWN_HEADER = re.compile(
    # "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA", "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ X", "TỈNH ỦY X": the place
    r"(?:(?:[UỦ][ỶY]\s+BAN\s+NHÂN\s+DÂN|UBND|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|HĐND)\s+"
    r"(?P<kind>TỈNH|THÀNH\s+PHỐ)|(?P<party>TỈNH|THÀNH)\s+[UỦ][ỶY])\s+(?P<place>[^\W\d_][^\d,;:()]*)"
    # "BỘ XÂY DỰNG", "THÔNG TẤN XÃ VIỆT NAM": a body writing of itself, named whole
    r"|(?P<body>(?!(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN)(?:BỘ|THÔNG\s+TẤN\s+XÃ|NGÂN\s+HÀNG\s+NHÀ\s+NƯỚC"
    r"|ĐÀI|VIỆN\s+HÀN\s+LÂM|ỦY\s+BAN|UỶ\s+BAN)\s[^\W\d_][^\d,;:()]*)"
)
"""The first line of a document's header naming the body that writes it."""


def _own_names(lines: list[Line]) -> tuple[str, ...]:
    """The names the header's first line gives the text's own body, case folded; none where
    that line is anything else (a title, a national motto, a news headline)."""
    first = next((line.body.strip(" *#\t") for line in lines if line.body.strip(" *#\t")), "")
    if not first or first.upper() != first:
        return ()
    header = _OWN_HEADER.fullmatch(" ".join(first.split()))
    if header is None:
        return ()
    if header.group("body"):
        return (header.group("body").casefold(),)
    kind = "tỉnh" if (header.group("kind") or header.group("party")) == "TỈNH" else "thành phố"
    return (f"{kind} {header.group('place').strip()}".casefold(),)


def _issuer(lines: list[Line]) -> str | None:
    for line in lines[:_HEAD_LINES]:
        header = _HEADER_ISSUER.fullmatch(line.body.strip())
        if header:
            body = "Ủy ban nhân dân" if header.group("ubnd") else "Ban Thường vụ"
            kind = header.group("kind").lower()
            if not header.group("ubnd"):
                kind = kind.capitalize()
            return f"{body} {kind} {header.group('place').title()}"
    for line in lines:
        match = _ISSUER.search(line.body)
        if match:
            body = re.sub(r"\s+", " ", match.group("body"))
            place = _capitalised_words(line.body[match.end() :])
            if place:
                return f"{body} {place}"
            break
    else:
        return None
    for line in lines:
        for found in _PLACE.finditer(line.body):
            place = _capitalised_words(found.group("rest"))
            if place:
                return f"{body} {place}"
    return body


def _capitalised_words(text: str) -> str:
    """The leading run of capitalised words: 'Long An năm 2023' → 'Long An'."""
    taken: list[str] = []
    for word in text.split():
        if word == "-" and taken:
            taken.append(word)
            continue
        clean = word.rstrip(",.;:)")
        if not clean or not clean[0].isupper() or not clean.isalpha():
            break
        taken.append(clean)
        if clean != word:
            break
    while taken and taken[-1] == "-":
        taken.pop()
    return " ".join(taken)
