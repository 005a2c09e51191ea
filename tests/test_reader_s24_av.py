"""Session 24, the AV sets' misreads and false alarms: a frame pointing into a figure stated
elsewhere ("Trong số biên chế quy định tại điểm b ..., biên chế của X là N"), a fronted
comparison whose base figure is said with "là", a subject named by its pay source that may be
a part, a count glossed with part-time commune staff, and a figure whose year was the
headline's that the body contradicts.

Each form read is paired with its twin, one change away, read otherwise or left unread.
"""

from __future__ import annotations

import pytest

from tests.reader_forms.common import Row, _rows

# --- an Điều's clause pointing into a lettered item of another clause -------------------

_ARTICLE = (
    "NGHỊ QUYẾT\nVề biên chế công chức của tỉnh năm 2026\n\nQUYẾT NGHỊ:\n\n"
    "Điều 1. Giao biên chế công chức năm 2026\n"
    "1. Giao 9.870 biên chế công chức trong các cơ quan, tổ chức hành chính của tỉnh năm 2026, "
    "cụ thể:\n"
    "a) Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh: 2.946 biên chế;\n"
    "b) Ủy ban nhân dân các xã, phường: 6.842 biên chế;\n"
    "c) Biên chế dự phòng: 82 biên chế.\n"
)
_ALLOCATED: set[Row] = {
    ("cbcc", 2026, 9870, None, None, None),
    ("co-quan-chuyen-mon-thuoc", 2026, 2946, None, None, None),
    ("uy-ban-nhan-dan-xa", 2026, 6842, None, None, None),
    ("du-phong", 2026, 82, None, None, None),
}
_SECOND_CLAUSE = 11


@pytest.mark.parametrize(
    "who",
    [
        # (blind AV1: read as the heading's category, công chức, a second 2026 figure)
        "biên chế của đặc khu Bạch Long Vĩ và đặc khu Cát Hải",
        # (read as a body named by the frame's words, "trong-so-quy-dinh-tai")
        "biên chế của các phường",
    ],
)
def test_a_frame_into_another_clause_item_is_unread(who: str) -> None:
    text = (
        _ARTICLE + "2. Trong số biên chế quy định tại điểm b khoản 1 Điều này, "
        f"{who} là 1.126 biên chế.\n"
    )
    rows, parts, unread = _rows(text)
    assert rows == _ALLOCATED
    assert parts["cbcc"] == ("co-quan-chuyen-mon-thuoc", "uy-ban-nhan-dan-xa", "du-phong")
    assert unread == {_SECOND_CLAUSE}


def test_its_twin_without_the_frame_is_the_category_of_another_year() -> None:
    rows, _, unread = _rows(_ARTICLE + "2. Biên chế công chức năm 2025 là 10.218 biên chế.\n")
    assert rows == _ALLOCATED | {("cbcc", 2025, 10218, None, None, None)}
    assert not unread


# --- "So với ... năm Y là N, X năm Z giảm M (tỷ lệ R)" ------------------------------------

_CHANGE: set[Row] = {
    ("cbcc", 2025, 10218, None, None, None),
    ("cbcc", 2026, None, 348, 2025, "3,41%"),
}


@pytest.mark.parametrize("base", ["là 10.218 biên chế", "(10.218 biên chế)"])
def test_a_fronted_base_said_with_la_reads_as_the_bracketed_one(base: str) -> None:
    text = (
        _ARTICLE + f"2. So với biên chế công chức được giao năm 2025 {base}, biên chế công chức "
        "năm 2026 giảm 348 biên chế (tỷ lệ 3,41%).\n"
    )
    rows, _, unread = _rows(text)
    assert rows == _ALLOCATED | _CHANGE
    assert not unread


def test_a_fronted_base_with_a_second_year_beside_it_is_unread() -> None:
    # two base figures before the comma: which one the change is against is not said
    text = (
        _ARTICLE + "2. So với biên chế công chức được giao năm 2025 là 10.218 biên chế và năm "
        "2024 là 10.300 biên chế, biên chế công chức năm 2026 giảm 348 biên chế (tỷ lệ 3,41%).\n"
    )
    rows, _, unread = _rows(text)
    assert rows == _ALLOCATED
    assert unread == {_SECOND_CLAUSE}


# --- the budget-paid people: the category's line, or a part of it -----------------------

_SPLIT = (
    "KẾ HOẠCH\nSử dụng số lượng người làm việc của Trường giai đoạn 2025 - 2026\n\n"
    "1. Lộ trình\n"
    "a) Năm 2025: tổng số 1.004 người làm việc, gồm:\n"
    "+ Hưởng lương từ ngân sách nhà nước: 655 người;\n"
    "+ Hưởng lương từ nguồn thu sự nghiệp: 349 người.\n"
    "b) Năm 2026: tổng số 996 người làm việc, gồm 628 người hưởng lương từ ngân sách nhà nước "
    "và 368 người hưởng lương từ nguồn thu sự nghiệp.\n"
)
_SPLIT_ROWS: set[Row] = {
    ("vc", 2025, 1004, None, None, None),
    ("vc", 2026, 996, None, None, None),
    ("huong-luong-tu-ngan-sach", 2025, 655, None, None, None),
    ("huong-luong-tu-ngan-sach", 2026, 628, None, None, None),
    ("huong-luong-tu-nguon-thu", 2025, 349, None, None, None),
    ("huong-luong-tu-nguon-thu", 2026, 368, None, None, None),
}
_BUDGET_CUT = (
    "Như vậy, số người làm việc hưởng lương từ ngân sách nhà nước năm 2026 giảm 27 người so "
    "với năm 2025.\n"
)


def test_budget_paid_words_after_a_whole_split_by_pay_source_are_unread() -> None:
    # (blind AV1: read as the whole's change, 996 against 1.004, a false alarm)
    rows, _, unread = _rows(_SPLIT + _BUDGET_CUT)
    assert rows == _SPLIT_ROWS
    assert unread == {9}


def test_the_whole_named_plainly_after_the_split_is_the_category() -> None:
    rows, _, unread = _rows(
        _SPLIT + "Như vậy, số người làm việc năm 2026 giảm 8 người so với năm 2025.\n"
    )
    assert rows == _SPLIT_ROWS | {("vc", 2026, None, 8, 2025, None)}
    assert not unread


def test_budget_paid_words_where_the_category_is_budget_paid_are_the_category() -> None:
    text = (
        "KẾ HOẠCH\nSử dụng số lượng người làm việc của Trường giai đoạn 2025 - 2026\n\n"
        "1. Lộ trình\n"
        "a) Năm 2025: 655 người làm việc hưởng lương từ ngân sách nhà nước;\n"
        "b) Năm 2026: 628 người làm việc hưởng lương từ ngân sách nhà nước.\n" + _BUDGET_CUT
    )
    rows, _, unread = _rows(text)
    assert rows == {
        ("vc", 2025, 655, None, None, None),
        ("vc", 2026, 628, None, None, None),
        ("vc", 2026, None, 27, 2025, None),
    }
    assert not unread


# --- people glossed as counted with part-time commune staff ------------------------------

_NEWS = (
    "Tin: huyện A sắp xếp xã\n\n"
    "Ngày 5/3/2025, Sở Nội vụ cho biết năm 2025 huyện A được giao 180 biên chế công chức.\n"
)
_GIVEN: Row = ("huyen-a-cbcc", 2025, 180, None, None, None)


def test_a_count_glossed_with_part_time_staff_is_outside() -> None:
    # (blind AV1: read as a unit "7 xã mới" of 2029)
    text = (
        _NEWS + "Đến năm 2026, 7 xã mới dự kiến bố trí 250 người (cán bộ, công chức và người "
        "hoạt động không chuyên trách).\n"
    )
    rows, _, unread = _rows(text)
    assert rows == {_GIVEN}
    assert not unread


@pytest.mark.parametrize(
    "gloss", ["cán bộ, công chức", "cán bộ, công chức; không kể người hoạt động không chuyên trách"]
)
def test_a_gloss_leaving_part_time_staff_out_is_not_so(gloss: str) -> None:
    text = _NEWS + f"Đến năm 2026, 7 xã mới dự kiến bố trí 250 người ({gloss}).\n"
    rows, _, _ = _rows(text)
    assert ("7-xa-moi", 2026, 250, None, None, None) in rows


# --- a year taken from the headline that the body contradicts ---------------------------

_HEADLINE = "Tỉnh A giao 9.976 biên chế công chức và 59.347 người làm việc năm 2025\n\n"
_LATER = "Số người làm việc hưởng lương từ ngân sách nhà nước được giao năm 2025 là 59.347 người.\n"
_HEADLINE_ROWS: set[Row] = {
    ("cbcc", 2025, 9976, None, None, None),
    ("vc", 2025, 59347, None, None, None),
}


def test_a_headline_year_the_body_contradicts_is_unread() -> None:
    # (blind AV2: 15.068, the figure at the merger, filed under 2025 beside 59.347)
    text = (
        _HEADLINE + "Theo đề án, số lượng viên chức hưởng lương từ ngân sách nhà nước được giao "
        "là 15.068 người.\n\n" + _LATER
    )
    rows, _, unread = _rows(text)
    assert rows == _HEADLINE_ROWS
    assert unread == {3}


@pytest.mark.parametrize(
    ("said", "value"),
    [
        # the same figure: nothing contradicts the headline's year
        ("được giao là 59.347 người", 59347),
        # the year said in its own sentence: two figures the text gives, its slip to report
        ("được giao năm 2025 là 15.068 người", 15068),
    ],
)
def test_its_twins_keep_the_figure(said: str, value: int) -> None:
    text = (
        _HEADLINE + "Theo đề án, số lượng viên chức hưởng lương từ ngân sách nhà nước "
        f"{said}.\n\n" + _LATER
    )
    rows, _, unread = _rows(text)
    assert rows == _HEADLINE_ROWS | {("vc", 2025, value, None, None, None)}
    assert not unread


# --- a fronted base of the places merged into the text's own ----------------------------

_MERGED_CUT: set[Row] = {
    ("cbcc", 2021, 4512, None, None, None),
    ("cbcc", 2026, None, 237, 2021, "5,25%"),
}


@pytest.mark.parametrize(
    ("base", "read"),
    [
        # (blind AG1, AP1, AS1: unread) "của ba tỉnh ... (cũ) là N": the merged places' base
        (
            "tổng biên chế công chức năm 2021 của ba tỉnh Ninh Bình, Hà Nam và Nam Định (cũ) là "
            "4.512 biên chế",
            True,
        ),
        # a second base year beside it: which the change is against is not said
        (
            "tổng biên chế công chức năm 2021 của ba tỉnh Ninh Bình, Hà Nam và Nam Định (cũ) là "
            "4.512 biên chế và năm 2025 là 4.400 biên chế",
            False,
        ),
        # (blind AV1) a bracketed base glossed as a sum, tied to the change by its rate
        ("năm 2021 (4.512 biên chế, cộng số của ba tỉnh cũ)", True),
    ],
)
def test_a_fronted_base_of_merged_places(base: str, read: bool) -> None:
    text = _ARTICLE + f"2. So với {base}, năm 2026 giảm 237 biên chế, tỷ lệ giảm 5,25%.\n"
    rows, _, unread = _rows(text)
    assert rows == (_ALLOCATED | _MERGED_CUT if read else _ALLOCATED)
    assert unread == (set() if read else {_SECOND_CLAUSE})


@pytest.mark.parametrize("rate", ["", ", tỷ lệ 6,25%"])
def test_a_base_glossed_as_a_sum_needs_its_rate(rate: str) -> None:
    # no rate, or one the figures do not give: the gloss's scope is not tied to the change
    text = (
        _ARTICLE + "2. So với năm 2021 (4.512 biên chế, cộng số của ba tỉnh cũ), năm 2026 giảm "
        f"237 biên chế{rate}.\n"
    )
    rows, _, unread = _rows(text)
    assert rows == _ALLOCATED
    assert unread == {_SECOND_CLAUSE}
