"""Session 20, eng-fronted2: fronted comparisons after an item, naming no unit of their own.

Each form read is paired with its twin, one change away, left unread (or read otherwise).
"""

from __future__ import annotations

import pytest

from tests.reader_forms.common import _rows

# --- a result line recalling its base year's figure, after a sentence of one unit -----------

_ONE_UNIT = (
    "Nghị quyết giao số lượng người làm việc năm 2026\n\n"
    "Điều 1. Giao 38.214 người làm việc hưởng lương từ ngân sách nhà nước năm 2026.\n"
)
_RECALLED = "So với năm 2021 (42.560 người), năm 2026 giảm 4.346 người, tỷ lệ giảm 10,21%.\n"


@pytest.mark.parametrize(
    "before",
    [
        "",
        # right after another fronted comparison of the same unit, its category named
        "So với năm 2025 (38.847 người), tổng số lượng người làm việc năm 2026 giảm 633 người.\n",
    ],
)
def test_a_result_line_recalling_its_base_is_the_one_unit_just_read(before: str) -> None:
    """`build._result_recalled`: the unit's figure of 2026 less the change is the figure
    recalled, so the line is that unit's, its base year's figure too."""
    rows, _, unread = _rows(_ONE_UNIT + before + _RECALLED)
    assert not unread
    assert ("vc", 2021, 42560, None, None, None) in rows
    assert ("vc", 2026, None, 4346, 2021, "10,21%") in rows


@pytest.mark.parametrize(
    ("body", "line"),
    [
        # the figures do not give the change (38.214 + 4.446 is not 42.560)
        (_ONE_UNIT + _RECALLED.replace("4.346", "4.446").replace("10,21", "10,45"), 4),
        # the sentence before stated two units: which one the line speaks of is unsaid
        (
            _ONE_UNIT.replace(
                "Giao 38.214 người làm việc hưởng lương từ ngân sách nhà nước năm 2026",
                "Năm 2026 giao 3.200 biên chế công chức và 38.214 người làm việc",
            )
            + _RECALLED,
            4,
        ),
        # a change of another year than the unit stated
        (_ONE_UNIT + _RECALLED.replace("năm 2026 giảm", "năm 2025 giảm"), 4),
        # the unit's own figure of the base year is another than the one recalled
        (_ONE_UNIT + "Năm 2021, số người làm việc là 42.000 người.\n" + _RECALLED, 5),
    ],
)
def test_a_result_line_recalling_its_base_stays_unread_when_not_borne_out(
    body: str, line: int
) -> None:
    rows, _, unread = _rows(body)
    assert line in unread
    assert not any(row[3] in (4346, 4446) for row in rows)
    assert not any(row[2] == 42560 for row in rows)


# --- a second comparison recalling its base, after a fronted comparison recalling none ------

_CHAIN = (
    "Báo cáo của Bệnh viện A\n\n"
    "1. Số lượng người làm việc hưởng lương từ ngân sách nhà nước\n"
    "Số được giao qua các năm: năm 2022 là 689 người; năm 2023 là 646 người; năm 2024 là 612 "
    "người.\n"
)
_TWO_BASES = (
    "So với năm 2023, năm 2024 giảm 34 người; so với năm 2021 (714 người) giảm 102 người, tỷ lệ "
    "giảm 14,29%.\n"
)


def test_a_second_base_recalled_after_a_plain_fronted_comparison_is_the_same_units() -> None:
    """`bases._fronted_again`: the sentence opened by "So với năm 2023," names no unit, so both
    comparisons are of the one unit its context gives, the base recalled its 2021 figure."""
    rows, _, unread = _rows(_CHAIN + _TWO_BASES)
    assert not unread
    assert ("vc", 2021, 714, None, None, None) in rows
    assert ("vc", 2024, None, 34, 2023, None) in rows
    assert ("vc", 2024, None, 102, 2021, "14,29%") in rows


@pytest.mark.parametrize(
    "body",
    [
        # the line before states two units: whose the sentence is, is unsaid
        "Báo cáo của Sở A\n\n1. Biên chế\n"
        "Năm 2024 Sở được giao 61 biên chế công chức và 612 người làm việc.\n" + _TWO_BASES,
        # the base recalled names another category than the unit
        _CHAIN + _TWO_BASES.replace("(714 người)", "(714 biên chế công chức)"),
        # the base recalled with words of whose it is and no arithmetic making it the unit's
        _CHAIN + _TWO_BASES.replace("(714 người)", "(714 người của hai đơn vị cũ)"),
    ],
)
def test_a_second_base_recalled_stays_unread_when_its_unit_is_unsure(body: str) -> None:
    rows, _, unread = _rows(body)
    assert body.count("\n") in unread
    assert not any(row[2] == 714 for row in rows)
    assert not any(row[3] == 102 for row in rows)


# --- a fronted comparison on the line of a body's one category share --------------------------

_SHARE = "Báo cáo biên chế của Sở A\n\nNăm 2025, Sở được giao 1.178 biên chế công chức. "


@pytest.mark.parametrize(
    "after",
    [
        "So với năm 2024, giảm 56 biên chế, tỷ lệ giảm 4,54%.\n",
        "So với năm 2024 (1.234 biên chế), giảm 56 biên chế, tỷ lệ giảm 4,54%.\n",
    ],
)
def test_a_change_after_a_bodys_category_share_is_the_shares(after: str) -> None:
    """(fronted2) A latent misread: "Sở được giao 1.178 biên chế công chức." holds the body's
    CBCC line's figure, never the body's own; the change after it on its line (and the base
    it recalls) were the body's: one unit's change, another unit's figure (`build._holder`)."""
    rows, _, unread = _rows(_SHARE + after)
    assert not unread
    assert ("so-cbcc", 2025, 1178, None, None, None) in rows
    assert ("so-cbcc", 2025, None, 56, 2024, "4,54%") in rows
    assert not any(row[0] == "so" for row in rows)
    if "1.234" in after:
        assert ("so-cbcc", 2024, 1234, None, None, None) in rows


def test_a_change_after_a_bodys_two_category_lines_stays_unread() -> None:
    """The twin: the body's two lines hold figures of the year; whose the change is, is unsaid
    (it was the body's, which holds none)."""
    text = (
        "Báo cáo biên chế của Sở A\n\nNăm 2025, Sở được giao 1.178 biên chế công chức và 312 "
        "người làm việc. So với năm 2024, giảm 56 biên chế, tỷ lệ giảm 4,54%.\n"
    )
    rows, _, unread = _rows(text)
    assert 3 in unread
    assert not any(row[3] == 56 for row in rows)


def test_a_change_after_a_units_own_figure_goes_on_with_it() -> None:
    text = (
        "Báo cáo biên chế của Sở A\n\nNăm 2025, biên chế công chức của Sở là 1.178 biên chế. "
        "So với năm 2024 (1.234 biên chế), giảm 56 biên chế, tỷ lệ giảm 4,54%.\n"
    )
    rows, _, unread = _rows(text)
    assert not unread
    unit = next(row[0] for row in rows if row[3] == 56)
    assert (unit, 2025, 1178, None, None, None) in rows
    assert (unit, 2024, 1234, None, None, None) in rows
