"""Session 22, eng-au2: a one-letter group label that is also a Roman numeral ("C" after
"A", "B") read as the next group letter, and a table row numbered at a level the rows above
it never open left unread (LT401) rather than read with its part of the sum dropped.

Each form read is paired with its twin, one change away, read otherwise or left unread.
"""

from __future__ import annotations

import pytest

from lotrinh.core import check_plan
from lotrinh.extract import extract_plan, plan_from_result
from tests.reader_forms.common import _rows


def _findings(text: str) -> set[tuple[str, int]]:
    plan = plan_from_result(extract_plan(text, "doc.txt"), "doc.txt")
    return {(f.kind, f.position.line) for f in check_plan(plan).findings}


# --- group rows lettered A, B, C under a serial column that also numbers 1, 2 -------------

_GROUPS = (
    "ỦY BAN NHÂN DÂN TỈNH BẮC NAM\n\n"
    "PHỤ LỤC. BIÊN CHẾ CÔNG CHỨC NĂM 2025\n\n"
    "| STT | Cơ quan | Năm 2024 | Năm 2025 |\n"
    "|---|---|---|---|\n"
    "| **{a}** | **Khối tỉnh** | **300** | **290** |\n"
    "| 1 | Sở Xây dựng | 120 | 115 |\n"
    "| 2 | Sở Y tế | 180 | {y} |\n"
    "| **{b}** | **Khối huyện** | **200** | **195** |\n"
    "| 1 | Huyện Đông | 100 | 97 |\n"
    "| 2 | Huyện Tây | 100 | 98 |\n"
    "| **{c}** | **Dự phòng** | **10** | **10** |\n"
    "| | **Tổng cộng** | **510** | **495** |\n"
)


def _groups(a: str = "A", b: str = "B", c: str = "C", y: str = "175") -> str:
    return _GROUPS.format(a=a, b=b, c=c, y=y)


@pytest.mark.parametrize(
    ("a", "b", "c"),
    [
        ("A", "B", "C"),  # "C" after "B": the third group
        ("A.", "B.", "C."),  # with points
        ("G", "H", "I"),  # "I" after "H"
        ("K", "L", "M"),  # "L" after "K"
        ("T", "U", "V"),  # "V" after "U"
    ],
)
def test_a_letter_that_is_also_roman_after_the_letter_before_it_is_a_group(
    a: str, b: str, c: str
) -> None:
    """The three groups are the total's parts, each group's rows its own."""
    rows, parts, unread = _rows(_groups(a, b, c))
    assert not unread
    assert parts["tong"] == ("tinh", "huyen", "du-phong")
    assert parts["tinh"] == ("so-xay-dung", "so-y-te")
    assert ("du-phong", 2025, 10, None, None, None) in rows
    assert not _findings(_groups(a, b, c))


def test_a_slip_inside_a_group_before_a_letter_that_is_also_roman_is_found() -> None:
    """Sở Y tế 178: the first group's rows add up to 293, not 290."""
    assert ("sum-mismatch", 7) in _findings(_groups(y="178"))


@pytest.mark.parametrize("c", ["I", "X", "L"])
def test_a_roman_numeral_that_follows_no_letter_before_it_is_no_group(c: str) -> None:
    """ "I" after "B" (not "H"): a Roman numeral, a level between the groups and their rows;
    the rows numbered "1", "2" under "A" and "B" then sit under a level the table does not
    open: unread, and nothing is summed from them (no false alarm, no silent drop)."""
    text = _groups(c=c, y="178")
    rows, parts, unread = _rows(text)
    assert {8, 9, 11, 12} <= unread
    assert not any(row[0] in ("so-xay-dung", "so-y-te") for row in rows)
    assert parts.get("tinh", ()) == ()
    assert not any(kind == "sum-mismatch" for kind, _ in _findings(text))


# --- a row numbered below a level its group never opens -----------------------------------

_LEVELS = (
    "ỦY BAN NHÂN DÂN TỈNH BẮC NAM\n\n"
    "PHỤ LỤC. BIÊN CHẾ NĂM 2025\n\n"
    "| STT | Cơ quan | Năm 2025 |\n"
    "|---|---|---|\n"
    "| **A** | **Khối chính quyền** | **300** |\n"
    "| **I** | **Cấp tỉnh** | **200** |\n"
    "| 1 | Sở Xây dựng | 120 |\n"
    "| 2 | Sở Y tế | 80 |\n"
    "| **II** | **Cấp huyện** | **100** |\n"
    "| 1 | Huyện Đông | 60 |\n"
    "| 2 | Huyện Tây | 40 |\n"
    "| **B** | **Khối đoàn thể** | **50** |\n"
    "{under_b}"
    "| | **Tổng cộng** | **350** |\n"
)


def test_rows_under_each_level_of_a_three_level_column_are_read() -> None:
    text = _LEVELS.format(under_b="| **I** | **Cấp tỉnh** | **30** |\n| 1 | Hội Nông dân | 30 |\n")
    rows, _, unread = _rows(text)
    assert not unread
    assert ("hoi-nong-dan", 2025, 30, None, None, None) in rows


def test_a_row_numbered_under_a_level_its_group_does_not_open_is_unread() -> None:
    """ "1" right under "B", no "I" between: whose part it is the table does not say."""
    text = _LEVELS.format(under_b="| 1 | Hội Nông dân | 30 |\n| 2 | Hội Phụ nữ | 20 |\n")
    rows, _, unread = _rows(text)
    assert {15, 16} <= unread
    assert not any(row[0] in ("hoi-nong-dan", "hoi-phu-nu") for row in rows)
    assert ("so-xay-dung", 2025, 120, None, None, None) in rows
