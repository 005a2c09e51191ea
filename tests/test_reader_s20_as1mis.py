"""Session 20, eng-as1mis: a later table's total row takes the scope its caption names, never
the document's whole (blind set AS1's one misread: a table of one category's posts by level,
captioned by the lead before it, whose "Cộng" row was read as the whole's total)."""

from __future__ import annotations

from lotrinh.core import check_plan
from lotrinh.extract import extract_plan, plan_from_result
from tests.reader_forms.common import _rows

FIRST = (
    "| Năm | Biên chế công chức | Viên chức sự nghiệp giáo dục | Viên chức sự nghiệp khác |"
    " Cộng |\n"
    "|---|---|---|---|---|\n"
    "| 2021 | 200 | 3.000 | 300 | 3.500 |\n"
    "| 2026 | 190 | 2.700 | 270 | 3.160 |\n"
    "\n"
)
"""A first table giving each category and the whole by year."""
FIRST_READ = {
    ("cbcc", 2021, 200, None, None, None),
    ("cbcc", 2026, 190, None, None, None),
    ("vc-su-nghiep-giao-duc", 2021, 3000, None, None, None),
    ("vc-su-nghiep-giao-duc", 2026, 2700, None, None, None),
    ("vc-su-nghiep-khac", 2021, 300, None, None, None),
    ("vc-su-nghiep-khac", 2026, 270, None, None, None),
    ("tong", 2021, 3500, None, None, None),
    ("tong", 2026, 3160, None, None, None),
}
BY_LEVEL = (
    "| Cấp học | Năm 2021 | Năm 2026 | Giảm |\n"
    "|---|---|---|---|\n"
    "| Mầm non | 1.000 | 900 | 100 |\n"
    "| Tiểu học | 2.000 | 1.800 | 200 |\n"
    "| **Cộng** | **3.000** | **2.700** | **300** |\n"
)
"""A table of posts by school level closed by its total row."""
BY_LEVEL_ROWS = {
    ("mam-non", 2021, 1000, None, None, None),
    ("mam-non", 2026, 900, None, None, None),
    ("mam-non", 2026, None, 100, 2021, None),
    ("tieu-hoc", 2021, 2000, None, None, None),
    ("tieu-hoc", 2026, 1800, None, None, None),
    ("tieu-hoc", 2026, None, 200, 2021, None),
}
TOTAL_LINE = 12
"""The line of BY_LEVEL's total row after FIRST and a caption."""


def _findings(text: str) -> set[tuple[str, int]]:
    plan = plan_from_result(extract_plan(text, "bang.md"), "bang.md")
    return {(f.kind, f.position.line) for f in check_plan(plan).findings}


def _units_of(text: str, line: int) -> set[str]:
    result = extract_plan(text, "bang.md")
    return {c["unit"] for c in result.data["claims"] if c["source_line"] == line}


def test_a_captioned_later_tables_total_is_the_column_its_caption_names() -> None:
    text = (
        FIRST + "Viên chức sự nghiệp giáo dục theo cấp học (năm 2021 và năm 2026):\n\n" + BY_LEVEL
    )
    rows, _, unread = _rows(text)
    assert _units_of(text, TOTAL_LINE) == {"vc-su-nghiep-giao-duc"}
    assert rows == FIRST_READ | BY_LEVEL_ROWS | {
        ("vc-su-nghiep-giao-duc", 2026, None, 300, 2021, None)
    }
    assert not unread
    assert not _findings(text)


def test_a_captioned_later_tables_total_of_no_column_is_not_read() -> None:
    # the twin: the caption names one category, but no unit of the document by its name
    text = (
        FIRST + "Viên chức các trường công lập theo cấp học (năm 2021 và năm 2026):\n\n" + BY_LEVEL
    )
    rows, _, unread = _rows(text)
    assert TOTAL_LINE in unread
    assert not _units_of(text, TOTAL_LINE)
    assert not {row for row in rows if row[0] == "tong"} - FIRST_READ
    assert not _findings(text)


def test_a_caption_naming_no_breakdown_leaves_the_total_unread() -> None:
    # the twin: one category named, no "theo ...": which unit it is is not told
    text = FIRST + "Viên chức sự nghiệp giáo dục năm 2021 và năm 2026:\n\n" + BY_LEVEL
    rows, _, unread = _rows(text)
    assert TOTAL_LINE in unread
    assert not {row for row in rows if row[0] == "tong"} - FIRST_READ


def test_a_lone_table_without_caption_keeps_its_total_as_the_whole() -> None:
    # the twin: the same table alone in its document, no caption: its total is the whole's
    rows, parts, unread = _rows(BY_LEVEL)
    assert ("tong", 2021, 3000, None, None, None) in rows
    assert ("tong", 2026, 2700, None, None, None) in rows
    assert set(parts["tong"]) == {"mam-non", "tieu-hoc"}
    assert not unread


def test_a_lone_table_captioned_keeps_its_total_as_the_whole() -> None:
    # a caption before the document's only table: no earlier table gives any whole
    text = "Viên chức sự nghiệp giáo dục theo cấp học (năm 2021 và năm 2026):\n\n" + BY_LEVEL
    rows, _, unread = _rows(text)
    assert rows == _rows(BY_LEVEL)[0]
    assert not unread


def test_a_second_table_of_the_same_scope_still_raises_its_slip() -> None:
    # the twin: a second table without a category caption, whose total is the whole's, but
    # with another figure for 2021 than the first table's: the check must find it
    second = (
        "| Khối | Năm 2021 |\n"
        "|---|---|\n"
        "| Quản lý nhà nước | 200 |\n"
        "| Sự nghiệp | 3.310 |\n"
        "| Tổng cộng | 3.510 |\n"
    )
    text = FIRST + "Biên chế năm 2021 theo khối:\n\n" + second
    rows, _, _ = _rows(text)
    assert ("tong", 2021, 3510, None, None, None) in rows
    assert _findings(text)


def test_a_captioned_later_table_of_several_sums_ties_none_of_them() -> None:
    # the twin: groups' sums and their total under the caption: which is the scope's is not
    # told, so none is given to the caption's unit (nor to the whole)
    groups = (
        "| TT | Cấp học | Năm 2021 |\n"
        "|---|---|---|\n"
        "| I | Công lập | |\n"
        "| 1 | Mầm non | 1.000 |\n"
        "| 2 | Tiểu học | 1.500 |\n"
        "| | Cộng I | 2.500 |\n"
        "| II | Trực thuộc | |\n"
        "| 1 | Trung học cơ sở | 500 |\n"
        "| | Cộng II | 500 |\n"
        "| | Tổng cộng | 3.000 |\n"
    )
    text = FIRST + "Viên chức sự nghiệp giáo dục theo cấp học:\n\n" + groups
    rows, _, _ = _rows(text)
    assert not {row for row in rows if row[0] in ("tong", "vc-su-nghiep-giao-duc")} - FIRST_READ
