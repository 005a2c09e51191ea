"""Session 22, eng-latent12: readings right only by luck, closed.

A total row naming the district's whole after a comma ("Tổng cộng, toàn huyện") is the
table's total, never a body named so. Each form with its twin.
"""

from __future__ import annotations

import pytest

from tests.reader_forms.common import _rows

# --- a total row naming the district's whole -------------------------------------------------

_TABLE = (
    "ỦY BAN NHÂN DÂN HUYỆN {place}\n\n"
    "KẾ HOẠCH\nTinh giản biên chế giai đoạn 2022 - 2026\n\n"
    "PHỤ LỤC\nBiên chế công chức giai đoạn 2022 - 2026\n\n"
    "| STT | Đơn vị | Năm 2022 | Năm 2026 |\n"
    "|---|---|---|---|\n"
    "| 1 | Phòng Nội vụ | 8 | 7 |\n"
    "| 2 | Phòng Tài chính - Kế hoạch | 9 | 8 |\n"
    "| | {label} | 17 | 15 |\n"
)


@pytest.mark.parametrize(
    "label",
    [
        "Tổng cộng, toàn huyện",
        "Tổng cộng toàn huyện",
        "Tổng số - toàn quận",
        "Cộng, toàn thị xã",
        "Tổng cộng (toàn huyện)",
        "Tổng cộng, toàn tỉnh",
    ],
)
def test_a_total_row_naming_the_whole_is_the_total(label: str) -> None:
    rows, _, unread = _rows(_TABLE.format(place="AN PHÚ", label=label))
    assert not unread
    assert ("tong", 2022, 17, None, None, None) in rows
    assert ("tong", 2026, 15, None, None, None) in rows
    assert not any("toan" in row[0] for row in rows)  # no body named "toàn huyện"


def test_a_total_row_naming_a_district_by_name_is_no_bare_whole() -> None:
    """Twin: "Tổng cộng, toàn huyện Phú Tân" names a place: not the unnamed whole's form."""
    rows, _, _ = _rows(_TABLE.format(place="AN PHÚ", label="Tổng cộng, toàn huyện Phú Tân"))
    assert ("tong", 2022, 17, None, None, None) not in rows
