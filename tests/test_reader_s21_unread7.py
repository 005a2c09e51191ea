"""Session 21, eng-unread7: forms of the largest groups of unread lines whose reading a rule
makes complete, each with its twins (the same form with other names, figures and years) and the
near-miss forms that stay unread."""

from __future__ import annotations

from tests.reader_forms.common import _rows

# ---------------------------------------------------------------------------------------------
# A figure dated by a day, its base's figure recalled right after the base year: "Đến ngày
# 30/6/2025, … là 168.420 biên chế, giảm 9.650 biên chế so với năm 2024 (178.070 biên chế)"
# (blind Z2's form). The day dates the figure; the recalled base is of the year named before it
# (it was the day's too, and the sentence was declined as of two years).


def test_a_day_dated_figure_with_its_base_recalled() -> None:
    rows, _, unread = _rows(
        "Đến ngày 30/6/2025, biên chế công chức của tỉnh là 168.420 biên chế, giảm 9.650 biên "
        "chế so với năm 2024 (178.070 biên chế)."
    )
    assert rows == {
        ("cbcc", 2025, 168420, None, None, None),
        ("cbcc", 2025, None, 9650, 2024, None),
        ("cbcc", 2024, 178070, None, None, None),
    }
    assert not unread


def test_a_day_dated_figure_with_its_base_recalled_twin() -> None:
    # twin: "tính đến ngày", another category, body, day, base year and figures
    rows, _, unread = _rows(
        "Tính đến ngày 31/12/2024, số lượng người làm việc hưởng lương từ ngân sách nhà nước của "
        "huyện là 2.130 người, giảm 42 người so với năm 2021 (2.172 người)."
    )
    assert rows == {
        ("vc-huyen", 2024, 2130, None, None, None),
        ("vc-huyen", 2024, None, 42, 2021, None),
        ("vc-huyen", 2021, 2172, None, None, None),
    }
    assert not unread


def test_a_day_of_another_year_than_the_figures_stays_unread() -> None:
    # near miss: the figure names 2024, the day opening its clause is of 2025: which year the
    # figure is of, the rules do not say (unchanged: the base's own year does not help)
    rows, _, unread = _rows(
        "Đến ngày 30/6/2025, biên chế công chức của tỉnh năm 2024 là 168.420 biên chế, giảm "
        "9.650 biên chế so với năm 2021 (178.070 biên chế)."
    )
    assert rows == frozenset()
    assert unread


def test_a_base_compared_by_a_day_stays_unread() -> None:
    # near miss: the base is a day ("so với ngày 30/6/2024"), not a year: no base year named
    rows, _, unread = _rows(
        "Đến ngày 30/6/2025, biên chế công chức của tỉnh là 168.420 biên chế, giảm 9.650 biên "
        "chế so với ngày 30/6/2024 (178.070 biên chế)."
    )
    assert rows == frozenset()
    assert unread


# ---------------------------------------------------------------------------------------------
# A source before the day ("Theo số liệu Bộ Nội vụ tổng hợp đến ngày 30/6/2025, …"): a clause of
# its own, never glued to the unit's name (the unit was "Thành phố", no category, from "giao
# cho các tỉnh, thành phố").

_SUMMARY = (
    "Theo số liệu Bộ Nội vụ tổng hợp đến ngày 30/6/2025, biên chế công chức giao cho các tỉnh, "
    "thành phố năm 2025 là 168.420 biên chế, giảm 9.650 biên chế so với năm 2024 (178.070 biên "
    "chế), trong đó:\n"
    "- Khối cấp tỉnh: 101.380 biên chế;\n"
    "- Khối cấp huyện: 65.800 biên chế;\n"
    "- Biên chế dự phòng: 1.240 biên chế.\n"
)


def test_a_source_before_the_day_names_no_unit() -> None:
    rows, parts, unread = _rows(_SUMMARY)
    assert not unread
    whole = {row[0] for row in rows if row[2] in (168420, 178070) or row[3] == 9650}
    assert len(whole) == 1
    (unit,) = whole
    assert unit.startswith("cbcc")  # the civil servants', never a body "Thành phố"
    assert ("cbcc-tinh-thanh-pho", 2024, 178070, None, None, None) in rows
    assert len(parts[unit]) == 3


def test_a_source_before_the_day_twin() -> None:
    # twin: another source, day, category and places, no change
    rows, _, unread = _rows(
        "Theo báo cáo của Sở Nội vụ tính đến ngày 31/12/2024, số lượng người làm việc của các "
        "huyện, thị xã năm 2024 là 9.870 người."
    )
    assert rows == {("vc-huyen-thi-xa", 2024, 9870, None, None, None)}
    assert not unread


# ---------------------------------------------------------------------------------------------
# Posts given "… người làm việc hưởng lương từ ngân sách nhà nước năm Y cho <the category's
# bodies>, giảm N …" (blind AH2's decision): the pay source completes the count's words, as
# before a year alone; the category of those it is given to, in the year named.


def test_posts_given_with_their_pay_source_before_the_year() -> None:
    rows, _, unread = _rows(
        "Điều 1. Giao 17.630 người làm việc hưởng lương từ ngân sách nhà nước năm 2022 cho các "
        "đơn vị sự nghiệp công lập thuộc tỉnh, giảm 372 người so với năm 2021."
    )
    assert rows == {
        ("vc-thuoc-tinh", 2022, 17630, None, None, None),
        ("vc-thuoc-tinh", 2022, None, 372, 2021, None),
    }
    assert not unread


def test_posts_given_with_their_pay_source_before_the_year_twin() -> None:
    # twin: other figures and years, "NSNN"
    rows, _, unread = _rows(
        "Điều 1. Giao 8.904 người làm việc hưởng lương từ NSNN năm 2025 cho các đơn vị sự "
        "nghiệp công lập thuộc thành phố, giảm 96 người so với năm 2024."
    )
    assert {row[2] for row in rows} == {8904, None}
    assert {(row[1], row[3], row[4]) for row in rows} == {(2025, None, None), (2025, 96, 2024)}
    assert len({row[0] for row in rows}) == 1
    assert not unread


def test_posts_given_to_one_body_or_from_own_revenue_stay_unread() -> None:
    # near misses: one body named ("cho Sở Y tế": its line, not the category's whole), and
    # posts paid from the units' own revenue
    for text in (
        "Điều 1. Giao 4.120 người làm việc hưởng lương từ ngân sách nhà nước năm 2025 cho Sở Y "
        "tế, giảm 35 người so với năm 2024.",
        "Điều 1. Giao 4.120 người làm việc hưởng lương từ nguồn thu sự nghiệp năm 2025 cho các "
        "đơn vị sự nghiệp công lập thuộc tỉnh, giảm 35 người so với năm 2024.",
    ):
        rows, _, unread = _rows(text)
        assert rows == frozenset(), text
        assert unread, text


# ---------------------------------------------------------------------------------------------
# A sum over the whole place, naming no category: "Tổng cộng, năm 2024 toàn tỉnh được giao 21.060
# biên chế, giảm 800 biên chế so với năm 2021 (21.860 biên chế)" after the công chức's and the
# người làm việc's figures (blind AF1). The text's total only where its figure and each change
# are the sums of the wholes read before, every whole giving one.

_TWO_WHOLES = (
    "Biên chế công chức: năm 2021 được giao 2.210 biên chế; năm 2024 được giao 2.140 biên chế, "
    "giảm 70 biên chế so với năm 2021.\n"
    "Số lượng người làm việc hưởng lương từ ngân sách nhà nước: năm 2021 được giao 19.650 người; "
    "năm 2024 được giao 18.920 người, giảm 730 người so với năm 2021.\n"
)


def test_a_sum_over_the_place_is_the_total() -> None:
    rows, _, unread = _rows(
        _TWO_WHOLES + "Tổng cộng, năm 2024 toàn tỉnh được giao 21.060 biên chế, giảm 800 biên "
        "chế so với năm 2021 (21.860 biên chế), tỷ lệ 3,66%."
    )
    assert {row for row in rows if row[0] == "tong"} == {
        ("tong", 2024, 21060, None, None, None),
        ("tong", 2024, None, 800, 2021, "3,66%"),
        ("tong", 2021, 21860, None, None, None),
    }
    assert not unread


def test_a_sum_over_the_place_is_the_total_twin() -> None:
    # twin: other figures and years, each category in a sentence of its own year
    # ("toàn huyện", "toàn thành phố" were read before as a block of that name: unchanged)
    rows, _, unread = _rows(
        "Năm 2022, biên chế công chức của tỉnh là 101 biên chế; số lượng người làm việc của "
        "tỉnh là 1.702 người.\n"
        "Năm 2025, biên chế công chức của tỉnh là 96 biên chế, giảm 5 biên chế so với năm 2022; "
        "số lượng người làm việc của tỉnh là 1.540 người, giảm 162 người so với năm 2022.\n"
        "Tổng cộng, năm 2025 toàn tỉnh được giao 1.636 biên chế, giảm 167 biên chế so với "
        "năm 2022."
    )
    assert {row for row in rows if row[0] == "tong"} == {
        ("tong", 2025, 1636, None, None, None),
        ("tong", 2025, None, 167, 2022, None),
    }
    assert not unread


def test_a_sum_that_does_not_add_up_stays_unread() -> None:
    # near misses: the figure, or the change, is not the wholes' sum; a year of which the
    # wholes gave no figure
    for last in (
        "Tổng cộng, năm 2024 toàn tỉnh được giao 21.061 biên chế, giảm 800 biên chế so với năm "
        "2021.",
        "Tổng cộng, năm 2024 toàn tỉnh được giao 21.060 biên chế, giảm 801 biên chế so với năm "
        "2021.",
        "Tổng cộng, năm 2025 toàn tỉnh được giao 21.060 biên chế.",
    ):
        rows, _, unread = _rows(_TWO_WHOLES + last)
        assert {row[0] for row in rows} == {"cbcc", "vc"}, last
        assert 3 in unread, last


def test_a_sum_over_one_whole_stays_unread() -> None:
    # near miss: only the công chức stated before: "biên chế" alone may be theirs or a total
    rows, _, unread = _rows(
        "Biên chế công chức: năm 2021 được giao 2.210 biên chế; năm 2024 được giao 2.140 biên "
        "chế, giảm 70 biên chế so với năm 2021.\n"
        "Tổng cộng, năm 2024 toàn tỉnh được giao 2.140 biên chế."
    )
    assert {row[0] for row in rows} == {"cbcc"}
    assert 2 in unread


# ---------------------------------------------------------------------------------------------
# By how much a figure beats its plan's target: "..., giảm 96 biên chế (4,39%) so với năm 2021,
# vượt chỉ tiêu của Kế hoạch 8 biên chế, gồm:" (blind AM1). A difference to a target, no unit's
# figure: read without it (kept outside), the rest as written.


def test_the_amount_beating_a_target_is_no_figure() -> None:
    rows, _, unread = _rows(
        "Năm 2024, biên chế công chức của tỉnh là 2.090 biên chế, giảm 96 biên chế so với năm "
        "2021, vượt chỉ tiêu của Kế hoạch 8 biên chế."
    )
    assert rows == {
        ("cbcc", 2024, 2090, None, None, None),
        ("cbcc", 2024, None, 96, 2021, None),
    }
    assert not unread


def test_the_amount_beating_a_target_is_no_figure_twin() -> None:
    # twin: another body, category, figures and target word; the clause before a ";"
    for target in ("vượt lộ trình 12 người", "vượt chỉ tiêu 12 người"):
        rows, _, unread = _rows(
            "Năm 2025, số lượng người làm việc của huyện là 1.412 người, giảm 150 người so với "
            f"năm 2021, {target}; như vậy đạt yêu cầu."
        )
        assert rows == {
            ("vc-huyen", 2025, 1412, None, None, None),
            ("vc-huyen", 2025, None, 150, 2021, None),
        }, target
        assert not unread, target


def test_a_surplus_over_the_posts_is_not_a_target_beaten() -> None:
    # near misses: "vượt 8 biên chế so với chỉ tiêu" (the count right after "vượt") and two
    # such clauses: not spelled, the sentence as before (unread)
    for text in (
        "Năm 2024, biên chế công chức của tỉnh là 2.090 biên chế, giảm 96 biên chế so với năm "
        "2021, vượt 8 biên chế so với chỉ tiêu.",
        "Năm 2024, biên chế công chức của tỉnh là 2.090 biên chế, vượt chỉ tiêu của Kế hoạch 8 "
        "biên chế, giảm 96 biên chế so với năm 2021, vượt lộ trình 3 biên chế.",
    ):
        rows, _, unread = _rows(text)
        assert rows == frozenset(), text
        assert unread, text
