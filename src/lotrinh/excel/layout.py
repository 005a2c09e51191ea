"""The workbook layout, declared once: sheets, their headers (Vietnamese as written, English
and unaccented Vietnamese accepted) and what each column means.

The reader (`read`), the writer (`write`), `lotrinh init --xlsx` (its instructions sheet) and
docs/excel.md (`markdown`, checked by a test) all come from these declarations, so that the
layout an analyst is told about is the one that is read and written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from lotrinh.numbers import Lang

Kind = Literal["text", "count", "rate"]
"""How a column's cells are read: as text, as a headcount (a number cell must be whole), or
as a rate (a number cell must be formatted as a percentage)."""


@dataclass(frozen=True)
class Column:
    """One column: `key` is the plan field it fills; `vi` is the header written, `en` (and
    `vi` without diacritics) are accepted too."""

    key: str
    vi: str
    en: str
    meaning_vi: str
    meaning_en: str
    width: int = 14
    required: bool = False
    aliases: tuple[str, ...] = ()
    """Other headers real workbooks use for this column ("Tên đơn vị" for "Tên")."""
    kind: Kind = "text"

    def header(self, lang: Lang) -> str:
        """The header as written in `lang`."""
        return lang.pick(self.vi, self.en)


@dataclass(frozen=True)
class Sheet:
    """One sheet: a header row, then one row per item. `years` adds a column per year after
    the declared ones (its header is the year)."""

    key: str
    vi: str
    en: str
    purpose_vi: str
    purpose_en: str
    columns: tuple[Column, ...]
    required: bool = False
    years: bool = False

    def name(self, lang: Lang) -> str:
        """The sheet name as written in `lang`."""
        return lang.pick(self.vi, self.en)

    def column(self, key: str) -> Column:
        """The column filling plan field `key`."""
        return next(column for column in self.columns if column.key == key)


FIGURES = Sheet(
    "figures",
    "Số liệu",
    "Figures",
    "Cây đơn vị và số biên chế: mỗi dòng một đơn vị, mỗi năm một cột (tiêu đề là năm, ví dụ "
    "2023). Số có dấu * (26.330*) hoặc có ghi chú (comment) là số suy ra, văn bản không nêu.",
    "The unit tree and headcounts: one row per unit, one column per year (the header is the "
    "year, e.g. 2023). A figure marked * (26.330*) or carrying a comment is implied, not "
    "stated by the document.",
    (
        Column(
            "id",
            "Mã",
            "ID",
            "Mã đơn vị: chữ thường không dấu, số, - _ . (ví dụ cq-vc)",
            "Unit id: lowercase ASCII letters, digits, - _ . (e.g. cq-vc)",
            16,
            True,
            ("Mã đơn vị", "Unit id"),
        ),
        Column(
            "name",
            "Tên",
            "Name",
            "Tên đơn vị như văn bản viết",
            "Unit name as written",
            48,
            True,
            ("Tên đơn vị", "Unit name"),
        ),
        Column(
            "short",
            "Tên ngắn",
            "Short name",
            "Tên ngắn để hiển thị (tùy chọn)",
            "Short name for tables (optional)",
            24,
        ),
        Column(
            "parent",
            "Thuộc",
            "Parent",
            "Mã đơn vị cha: số của đơn vị cha phải bằng tổng số các đơn vị thuộc nó",
            "Parent unit id: the parent's figure must equal the sum of its parts'",
            14,
        ),
        Column(
            "category",
            "Loại",
            "Category",
            "CBCC hoặc VC (để áp dụng chỉ tiêu)",
            "CBCC or VC (for targets)",
            8,
        ),
        Column(
            "subset_of",
            "Tập con của",
            "Subset of",
            "Mã đơn vị mà đơn vị này là một phần được kể riêng (trong đó có ...): không cộng vào"
            " tổng, không lớn hơn số của đơn vị ấy",
            "Id of the unit this one counts some of (trong đó có ...): never added up, never more"
            " than that unit's figure",
            14,
        ),
        Column(
            "role",
            "Vai trò",
            "Role",
            "reserve nếu là biên chế dự phòng: vẫn là thành phần của tổng, nhưng được tăng khi"
            " số đã giao giảm",
            "reserve for reserve posts (dự phòng): still a part of the total, but it may rise"
            " while the posts allocated fall",
            10,
        ),
        Column(
            "funding",
            "Nguồn trả lương",
            "Funding",
            "own-revenue nếu hưởng lương từ nguồn thu sự nghiệp: không thuộc tổng hưởng lương"
            " ngân sách, không tính vào chỉ tiêu; để trống là ngân sách nhà nước",
            "own-revenue for posts paid from the units' own revenue: never in a budget-paid"
            " total, never counted by a target; blank for the state budget",
            12,
        ),
    ),
    required=True,
    years=True,
)

CLAIMS = Sheet(
    "claims",
    "Nhận định",
    "Claims",
    "Mỗi câu văn có số liệu: mỗi dòng một so sánh. Một câu có nhiều so sánh thì ghi nhiều dòng "
    "cùng mã; các dòng sau có thể để trống đơn vị, năm, số và nguyên văn.",
    "Each sentence with figures: one row per comparison. A sentence with several comparisons "
    "takes several rows with the same id; the later rows may leave unit, year, value and quote "
    "blank.",
    (
        Column(
            "id",
            "Mã",
            "ID",
            "Mã nhận định (tùy chọn; các dòng cùng mã là một câu)",
            "Claim id (optional; rows with one id are one sentence)",
            16,
        ),
        Column(
            "unit",
            "Đơn vị",
            "Unit",
            "Mã đơn vị mà câu nói đến",
            "Id of the unit the sentence is about",
            14,
            True,
        ),
        Column("year", "Năm", "Year", "Năm mà câu nói đến", "Year the sentence is about", 8, True),
        Column(
            "value",
            "Số biên chế",
            "Value",
            'Số câu nêu ("là 24.992 biên chế")',
            'Headcount stated ("là 24.992 biên chế")',
            12,
            kind="count",
        ),
        Column(
            "reduction",
            "Giảm",
            "Reduction",
            'Số giảm ("giảm 432 biên chế")',
            'Reduction stated ("giảm 432")',
            10,
            kind="count",
        ),
        Column(
            "increase",
            "Tăng",
            "Increase",
            'Số tăng ("tăng 5 biên chế")',
            'Increase stated ("tăng 5")',
            10,
            kind="count",
        ),
        Column(
            "base_year",
            "So với năm",
            "Base year",
            'Năm so sánh ("so với năm 2021")',
            'Year compared with ("so với năm 2021")',
            10,
        ),
        Column(
            "rate",
            "Tỷ lệ",
            "Rate",
            'Tỷ lệ đúng như văn bản viết, dạng văn bản: "5,08%"',
            'Rate exactly as written, as text: "5,08%"',
            10,
            kind="rate",
        ),
        Column(
            "quote",
            "Nguyên văn",
            "Quote",
            "Nguyên văn câu trong văn bản",
            "The sentence, verbatim",
            60,
            True,
        ),
        Column(
            "source_line",
            "Dòng",
            "Source line",
            "Dòng (đoạn) trong văn bản gốc (tùy chọn)",
            "Line (paragraph) in the source document (optional)",
            8,
            kind="count",
        ),
        Column(
            "note",
            "Ghi chú",
            "Note",
            "Ghi chú của người soạn hoặc người rà soát về câu này (tùy chọn)",
            "A remark on the sentence by its author or a reviewer (optional)",
            30,
        ),
    ),
)

TARGETS = Sheet(
    "targets",
    "Chỉ tiêu",
    "Targets",
    "Chỉ tiêu tinh giản bắt buộc (ví dụ Kết luận 40-KL/TW): ghi Loại hoặc Đơn vị, không cả hai.",
    "Mandatory reduction targets (e.g. Kết luận 40-KL/TW): give Category or Units, not both.",
    (
        Column(
            "id", "Mã", "ID", "Mã chỉ tiêu (ví dụ kl40-vc)", "Target id (e.g. kl40-vc)", 14, True
        ),
        Column(
            "source",
            "Văn bản",
            "Source",
            "Văn bản đặt ra chỉ tiêu",
            "Document that sets the target",
            28,
            True,
        ),
        Column(
            "category",
            "Loại",
            "Category",
            "Áp dụng cho loại CBCC hoặc VC",
            "Applies to category CBCC or VC",
            8,
        ),
        Column(
            "units",
            "Đơn vị",
            "Units",
            "Hoặc: mã các đơn vị, cách nhau bằng dấu phẩy",
            "Or: unit ids, separated by commas",
            20,
        ),
        Column(
            "base_year",
            "Năm gốc",
            "Base year",
            'Năm gốc ("so với năm 2021")',
            'Base year ("so với năm 2021")',
            10,
            True,
        ),
        Column(
            "deadline",
            "Năm phải đạt",
            "Deadline",
            'Năm phải đạt ("đến năm 2026")',
            'Deadline ("đến năm 2026")',
            12,
            True,
        ),
        Column(
            "min_reduction",
            "Giảm tối thiểu",
            "Minimum reduction",
            'Tỷ lệ giảm tối thiểu, ví dụ "10%"',
            'Minimum reduction, e.g. "10%"',
            14,
            True,
            kind="rate",
        ),
        Column(
            "quote",
            "Nguyên văn",
            "Quote",
            "Nguyên văn chỉ tiêu (tùy chọn)",
            "The target as quoted (optional)",
            50,
        ),
    ),
)

DOCUMENT = Sheet(
    "plan",
    "Văn bản",
    "Document",
    "Thông tin văn bản (một dòng, đều tùy chọn) và loại số liệu của các năm.",
    "What the document says about itself (one row, all optional) and the kind of each year.",
    (
        Column(
            "number",
            "Số hiệu",
            "Number",
            "Số hiệu văn bản, ví dụ 123-KH/TU",
            "Document number, e.g. 123-KH/TU",
            14,
        ),
        Column("title", "Trích yếu", "Title", "Trích yếu / tên kế hoạch", "Title", 40),
        Column("issuer", "Cơ quan ban hành", "Issuer", "Cơ quan ban hành", "Issuing body", 28),
        Column(
            "date",
            "Ngày ban hành",
            "Date",
            "Ngày ban hành: 11/8/2023 hoặc ô ngày",
            "Date: 11/8/2023 or a date cell",
            14,
        ),
        Column(
            "scope",
            "Phạm vi",
            "Scope",
            "Phạm vi, ví dụ: không bao gồm cán bộ, công chức cấp xã",
            "Scope",
            30,
        ),
        Column(
            "source",
            "Nguồn",
            "Source",
            "Nguồn văn bản (địa chỉ, tên tệp)",
            "Where the document is",
            20,
        ),
        Column(
            "actual",
            "Năm thực hiện",
            "Actual years",
            "Các năm số liệu đã thực hiện / đã giao, ví dụ 2023",
            "Years already carried out or assigned, e.g. 2023",
            14,
        ),
        Column(
            "target",
            "Năm kế hoạch",
            "Planned years",
            "Các năm kế hoạch, ví dụ 2024, 2025, 2026",
            "Planned years, e.g. 2024, 2025, 2026",
            16,
        ),
    ),
)

INPUT_SHEETS = (FIGURES, CLAIMS, TARGETS, DOCUMENT)
"""What `lotrinh check` reads, in the order it is written."""

INSTRUCTIONS = ("Hướng dẫn", "Instructions")
ROADMAP = ("Lộ trình", "Roadmap")
FINDINGS = ("Phát hiện", "Findings")
OUTPUT_SHEETS = (INSTRUCTIONS, ROADMAP, FINDINGS)
"""Sheets lotrinh writes for people; the reader passes over them."""

IMPLIED_MARK = "*"
"""After a figure (`26.330*`): implied by the document, not stated."""

_YEAR_HEADER = re.compile(r"(?:năm|nam|year)?\s*([0-9]{4})", re.IGNORECASE)


def fold(text: str) -> str:
    """A header or sheet name as compared: case, spacing, trailing ':' or '*', and
    Vietnamese diacritics (đ as d) do not matter."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().strip().rstrip(":*").split())


def year_of_header(text: str) -> int | None:
    """The year a year column's header names ('2023', 'Năm 2023', 'Year 2023'), or None."""
    match = _YEAR_HEADER.fullmatch(text.strip())
    return int(match.group(1)) if match else None


def names(sheet: Sheet) -> set[str]:
    """Every folded name the sheet is recognised by."""
    return {fold(sheet.vi), fold(sheet.en)}


def column_names(column: Column) -> set[str]:
    """Every folded header the column is recognised by."""
    return {fold(column.vi), fold(column.en), *(fold(alias) for alias in column.aliases)}


def markdown(lang: Lang = Lang.VI) -> str:
    """The layout as Markdown tables, for docs/excel.md (a test keeps the two equal)."""
    out: list[str] = []
    for sheet in INPUT_SHEETS:
        required = (" (bắt buộc)" if lang is Lang.VI else " (required)") if sheet.required else ""
        purpose = sheet.purpose_en if lang is Lang.EN else sheet.purpose_vi
        out += [f"### {sheet.vi} ({sheet.en}){required}", "", purpose, ""]
        header = (
            "| Cột | English | Ý nghĩa |" if lang is Lang.VI else "| Column | English | Meaning |"
        )
        out += [header, "|---|---|---|"]
        for column in sheet.columns:
            meaning = column.meaning_en if lang is Lang.EN else column.meaning_vi
            star = " *" if column.required else ""
            also = ", ".join(column.aliases)
            if also:
                meaning += f" (cũng nhận: {also})" if lang is Lang.VI else f" (also: {also})"
            out.append(f"| {column.vi}{star} | {column.en} | {meaning} |")
        if sheet.years:
            out.append(
                "| 2021, 2022, … | 2021, 2022, … | "
                + ("Một cột mỗi năm: số biên chế" if lang is Lang.VI else "One column per year")
                + " |"
            )
        out.append("")
    return "\n".join(out)
