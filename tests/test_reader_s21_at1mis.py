"""Session 21, eng-at1mis: blind set AT1's misreads and false alarms, each cause a general
form with its twins: a closing "Cộng" row summing yearly falls "so với năm trước" (the years
it adds are those of its filled cells: 2022 to 2026 is 2026 against 2021), a table by body
whose unnumbered rows holding figures head the numbered rows below them (the heads are the
total's parts, the rows under a head that head's), and a surplus or shortage of people
("thừa tổng cộng 389 người", "41 xã thiếu 117 người") outside the plan."""

from __future__ import annotations

import pytest

from lotrinh.core import check_plan
from lotrinh.extract import extract_plan, plan_from_result
from tests.reader_forms.common import _rows


def _findings(text: str) -> set[tuple[str, int]]:
    plan = plan_from_result(extract_plan(text, "bang.md"), "bang.md")
    return {(f.kind, f.position.line) for f in check_plan(plan).findings}


# --- a closing "Cộng" row of yearly falls, the first year row holding a fall ---------------

FALLS = """Lộ trình tinh giản biên chế

| Năm | Công chức | Giảm so với năm trước | Viên chức | Giảm so với năm trước |
|---|---|---|---|---|
| 2023 | 98 | 2 | 990 | 10 |
| 2024 | 97 | 1 | 975 | 15 |
| 2025 | 95 | 2 | 960 | 15 |
| **Cộng** | | **5** | | **40** |
"""
"""A yearly table starting at 2023 with each year's fall against the year before, no row of
2022: the falls of 2023 to 2025 add up to 2025 against 2022."""
FALLS_READ = {
    ("cbcc", 2023, 98, None, None, None),
    ("cbcc", 2023, None, 2, 2022, None),
    ("cbcc", 2024, 97, None, None, None),
    ("cbcc", 2024, None, 1, 2023, None),
    ("cbcc", 2025, 95, None, None, None),
    ("cbcc", 2025, None, 2, 2024, None),
    ("vc", 2023, 990, None, None, None),
    ("vc", 2023, None, 10, 2022, None),
    ("vc", 2024, 975, None, None, None),
    ("vc", 2024, None, 15, 2023, None),
    ("vc", 2025, 960, None, None, None),
    ("vc", 2025, None, 15, 2024, None),
}
SUM_LINE = 8


@pytest.mark.parametrize("label", ["**Cộng**", "Tổng giảm", "Tổng cộng"])
def test_a_sum_of_falls_from_the_first_year_row_is_against_the_year_before_it(label: str) -> None:
    rows, _, unread = _rows(FALLS.replace("**Cộng**", label))
    assert rows == FALLS_READ | {
        ("cbcc", 2025, None, 5, 2022, None),
        ("vc", 2025, None, 40, 2022, None),
    }
    assert not unread
    assert not _findings(FALLS)


def test_the_twin_with_other_years_and_a_base_row_reads_as_before() -> None:
    """The twin: a base row (2021, its change empty) above the falls of 2022 to 2026: the sum
    is 2026 against 2021, as a closing row always read (the first year row with no change)."""
    text = (
        "| Năm | Số lượng người làm việc | Giảm so với năm trước |\n|---|---|---|\n"
        "| 2021 | 2.248 | |\n| 2022 | 2.203 | 45 |\n| 2023 | 2.158 | 45 |\n"
        "| 2024 | 2.113 | 45 |\n| 2025 | 2.068 | 45 |\n| 2026 | 2.023 | 45 |\n"
        "| **Cộng** | | **225** |\n"
    )
    rows, _, unread = _rows(text)
    assert ("vc", 2026, None, 225, 2021, None) in rows
    assert ("vc", 2022, None, 45, 2021, None) in rows
    assert not unread


def test_a_sum_of_the_later_falls_only_is_against_the_first_year() -> None:
    """The figures say the sum leaves the first row's fall out (15 + 15 = 30): 2025 against
    2023, the first year row's own fall not among those added."""
    rows, _, unread = _rows(FALLS.replace("**40**", "**30**"))
    assert ("vc", 2025, None, 30, 2023, None) in rows
    assert ("vc", 2025, None, 30, 2022, None) not in rows
    assert not unread


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("**40**", "**41**"),  # adds up to no run of years: which years?
        ("| 2024 | 97 | 1 | 975 | 15 |", "| 2024 | 97 | 1 | 975 | |"),  # a year left out
        ("| 2023 | 98 | 2 | 990 | 10 |", "| 2023 | 98 | 2 | 990 | 0 |"),  # 30 both ways
    ],
)
def test_a_sum_whose_years_cannot_be_told_is_not_read(old: str, new: str) -> None:
    """The near misses: a sum equal to no run of the falls, a gap in the falls, or a first
    fall of 0 (the sum the same with or without it: against 2022 or 2023?): unread."""
    text = FALLS.replace(old, new)
    if new.endswith("| 0 |"):
        text = text.replace("**40**", "**30**")
    rows, _, unread = _rows(text)
    assert not any(row[0] == "vc" and row[1] == 2025 and row[3] in (30, 40, 41) for row in rows)
    assert SUM_LINE in unread


# --- unnumbered rows with figures heading the numbered rows of a table by body --------------

HEADED = """Giao biên chế công chức năm 2026 của tỉnh là 2.100 biên chế, cụ thể:

| STT | Cơ quan, đơn vị | Năm 2025 | Năm 2026 |
|---|---|---|---|
| | **Khối Đảng** | **300** | **290** |
| 1 | Văn phòng Tỉnh ủy | 100 | 95 |
| 2 | Ban Tổ chức Tỉnh ủy | 200 | 195 |
| | **Khối chính quyền** | **1.800** | **1.790** |
| 3 | Sở Tài chính | 800 | 795 |
| 4 | Sở Xây dựng | 1.000 | 995 |
| | Biên chế dự phòng | 20 | 20 |
| | **Tổng cộng** | **2.120** | **2.100** |
"""
HEADED_PARTS = {
    "cbcc": ("dang", "chinh-quyen", "du-phong"),
    "dang": ("van-phong-tinh-uy", "ban-to-chuc-tinh-uy"),
    "chinh-quyen": ("so-tai-chinh", "so-xay-dung"),
}


@pytest.mark.parametrize("text", [HEADED, HEADED.replace("**", "")])
def test_unnumbered_rows_with_figures_head_the_numbered_rows_below(text: str) -> None:
    """The heads (bold or not: the figures tell) are the total's parts with the reserve, the
    numbered rows under each head that head's parts; nothing is raised."""
    rows, parts, unread = _rows(text)
    assert {unit: tuple(found) for unit, found in parts.items() if found} == HEADED_PARTS
    assert ("cbcc", 2026, 2100, None, None, None) in rows
    assert ("dang", 2025, 300, None, None, None) in rows
    assert not unread
    assert not {kind for kind, _ in _findings(text)} & {"sum-mismatch"}


def test_a_slip_in_a_heads_line_is_found_as_that_heads_sum() -> None:
    """The twin with a slip (995 written 993 in 2026): the other column tells the tree, the
    head's sum is found wrong."""
    text = HEADED.replace("| 4 | Sở Xây dựng | 1.000 | 995 |", "| 4 | Sở Xây dựng | 1.000 | 993 |")
    _, parts, _ = _rows(text)
    assert tuple(parts["chinh-quyen"]) == HEADED_PARTS["chinh-quyen"]
    assert ("sum-mismatch", 8) in _findings(text)


def test_heads_the_figures_do_not_tell_leave_the_table_unread() -> None:
    """The near miss: no column shows each head the sum of its rows, nor the total that of
    every row: groups or rows of their own? Every row unread, no part of the total."""
    text = HEADED.replace("**300** | **290**", "**310** | **291**")
    rows, parts, unread = _rows(text)
    assert not any(found for found in parts.values())
    assert unread == set(range(5, 13))
    assert not any(row[0] in ("dang", "so-tai-chinh") for row in rows)


def test_rows_that_add_up_as_peers_are_read_as_before() -> None:
    """The twin: the total is the sum of every row (no head sums the rows below it): the
    unnumbered row is a row of its own, the table a flat list as before."""
    text = (
        "| STT | Cơ quan, đơn vị | Năm 2026 |\n|---|---|---|\n| | Văn phòng Tỉnh ủy | 20 |\n"
        "| 1 | Sở Tài chính | 30 |\n| 2 | Sở Xây dựng | 40 |\n| | Tổng cộng | 90 |\n"
    )
    rows, parts, unread = _rows(text)
    assert not unread
    assert ("so-tai-chinh", 2026, 30, None, None, None) in rows
    assert not any(found for unit, found in parts.items() if unit != "cbcc" and unit != "tong")


# --- a surplus or a shortage of people ------------------------------------------------------

POSTS = (
    "Năm 2026 biên chế công chức của 130 xã, phường được giao 6.240 biên chế, giảm 115 biên "
    "chế so với năm 2025 (6.355 biên chế).\n"
)
POSTS_READ = {
    ("cbcc-xa-130-xa-phuong", 2025, 6355, None, None, None),
    ("cbcc-xa-130-xa-phuong", 2026, 6240, None, None, None),
    ("cbcc-xa-130-xa-phuong", 2026, None, 115, 2025, None),
}


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong đó, 34 xã, phường thừa tổng cộng 389 người, còn 41 xã thiếu 117 người.",
        "Trong đó, 34 xã, phường thừa 389 người, còn 41 xã thiếu 117 người.",
        "Các phường thừa tổng số 52 công chức.",
        "Có 12 xã thiếu tổng cộng 40 người.",
        "Các xã, phường thừa 389 người.",
        "Các xã thiếu 117 người.",
        "Các cơ quan cấp tỉnh dôi dư tổng cộng 25 người.",
    ],
)
def test_a_surplus_or_shortage_of_people_is_outside(sentence: str) -> None:
    rows, _, unread = _rows(POSTS + sentence + "\n")
    assert rows == POSTS_READ
    assert not unread


def test_a_bodys_posts_after_tong_cong_are_still_read() -> None:
    """The near miss: a body given posts "tổng cộng N biên chế", no surplus: still read."""
    rows, _, unread = _rows("Năm 2026, các phường được giao tổng cộng 389 biên chế công chức.\n")
    assert any(row[2] == 389 for row in rows)
    assert not unread
