"""Session 20, eng-unread6: forms of the largest clusters of unread lines, each read whole by a
rule and its twin, one change away, left unread or read otherwise (never guessed)."""

from __future__ import annotations

from lotrinh.extract.groups import each_group
from tests.reader_forms.common import _rows

# ---------------------------------------------------------------------------------------------
# A subset's frame naming the figure by its count and its year: "Trong số 898 người năm 2024
# có 612 giảng viên" (blind AI2's form; "Trong số 5.284 người đó có" was read already).

_SCHOOL = (
    "Năm 2021, Trường được giao 1.002 người làm việc hưởng lương từ ngân sách nhà nước.\n"
    "Đến năm 2024, con số này còn 898 người, giảm 104 người.\n"
    "Năm 2025, Trường giữ nguyên 898 người như năm 2024.\n"
)


def test_a_subset_of_the_figure_named_by_its_count_and_year() -> None:
    rows, _, unread = _rows(_SCHOOL + "Trong số 898 người năm 2024 có 612 giảng viên.")
    assert ("truong-vc-giang-vien", 2024, 612, None, None, None) in rows
    assert ("truong-vc", 2024, 898, None, None, None) in rows
    assert not unread


def test_a_subset_of_a_count_no_unit_had_that_year_is_not_read() -> None:
    # twin: the text gave 898 in 2024, not in 2023 (nor 899 in 2024): whose, unsaid
    for frame in ("Trong số 898 người năm 2023 có", "Trong số 899 người năm 2024 có"):
        rows, _, _ = _rows(_SCHOOL + f"{frame} 612 giảng viên.")
        assert not any(row[2] == 612 for row in rows), frame


def test_a_subset_of_a_count_two_units_had_that_year_is_not_read() -> None:
    # twin: two bodies with 898 in 2024: the count names neither
    text = (
        "Năm 2024, Trường A được giao 898 người làm việc hưởng lương từ ngân sách nhà nước; "
        "Trường B được giao 898 người làm việc hưởng lương từ ngân sách nhà nước.\n"
        "Trong số 898 người năm 2024 có 612 giảng viên."
    )
    rows, _, _ = _rows(text)
    assert not any(row[2] == 612 for row in rows)


# ---------------------------------------------------------------------------------------------
# A frame naming the total of viên chức of a year right after a list's last item: the list's
# whole, never the last item (blind S2: "Trong tổng số người làm việc năm 2024 có 1.120 giảng
# viên" after "a) ...; c) Số lượng người làm việc dự phòng: 50 người.").

_ACADEMY = (
    "Tổng số lượng người làm việc của Học viện năm 2024 là 2.180 người, gồm:\n"
    "a) Khối cơ quan Học viện: 1.310 người;\n"
    "b) Các Học viện khu vực: 820 người;\n"
    "c) Số lượng người làm việc dự phòng: 50 người.\n"
)


def test_the_total_named_after_a_list_is_the_lists_whole() -> None:
    rows, _, unread = _rows(_ACADEMY + "Trong tổng số người làm việc năm 2024 có 1.120 giảng viên.")
    assert not unread
    subsets = {row for row in rows if row[2] == 1120}
    assert len(subsets) == 1
    ((unit, year, *_),) = subsets
    assert year == 2024 and unit.endswith("giang-vien")
    # the whole's, not the reserve's (the last item): named after the whole's id
    whole = {row[0] for row in rows if row[2] == 2180}
    assert len(whole) == 1 and unit.startswith(next(iter(whole)))


def test_the_category_named_without_total_after_a_list_is_not_read() -> None:
    # twin: "Trong số người làm việc năm 2024" after a list's last item: the item's or the
    # whole's, unsaid
    rows, _, unread = _rows(_ACADEMY + "Trong số người làm việc năm 2024 có 1.120 giảng viên.")
    assert not any(row[2] == 1120 for row in rows)
    assert 5 in unread


def test_the_total_named_of_another_year_after_a_list_is_not_read() -> None:
    # twin: the list's whole is of 2024; a frame of 2025 names another figure
    rows, _, _ = _rows(_ACADEMY + "Trong tổng số người làm việc năm 2025 có 1.120 giảng viên.")
    assert not any(row[2] == 1120 for row in rows)


def test_a_subset_larger_than_the_lists_whole_is_not_read() -> None:
    rows, _, _ = _rows(_ACADEMY + "Trong tổng số người làm việc năm 2024 có 2.200 giảng viên.")
    assert not any(row[2] == 2200 for row in rows)


# ---------------------------------------------------------------------------------------------
# A group counted before "mỗi" with its sum and the sum's change: "Tám phường còn lại, mỗi
# phường 23 biên chế, cộng 184 biên chế, không thay đổi so với năm 2024" (the change clause
# `groups._ITEM` reads, now after the shared form too).

_WARDS = "Biên chế cán bộ, công chức các phường năm 2025\n\n"


def test_a_shared_group_with_its_sums_change() -> None:
    text = (
        "Tám phường còn lại, mỗi phường 23 biên chế, cộng 184 biên chế, "
        "không thay đổi so với năm 2024."
    )
    group = each_group(text)
    assert group is not None and group.changed and group.declined is None
    rows, _, unread = _rows(_WARDS + text)
    assert rows == {
        ("tam-phuong-con-lai", 2025, 184, None, None, None),
        ("tam-phuong-con-lai", 2025, None, 0, 2024, None),
    }
    assert not unread
    cut = (
        "Tám phường còn lại, mỗi phường 23 biên chế, cộng 184 biên chế, "
        "giảm 8 biên chế so với năm 2024."
    )
    rows, _, unread = _rows(_WARDS + cut)
    assert ("tam-phuong-con-lai", 2025, None, 8, 2024, None) in rows
    assert not unread


def test_a_shared_group_whose_sum_is_not_count_times_each_is_not_read() -> None:
    # twin: seven wards of 23 are 161, not 184: none of it is read
    text = (
        "Bảy phường còn lại, mỗi phường 23 biên chế, cộng 184 biên chế, "
        "không thay đổi so với năm 2024."
    )
    group = each_group(text)
    assert group is not None and group.declined is not None
    rows, _, unread = _rows(_WARDS + text)
    assert not rows
    assert 3 in unread


def test_a_shared_group_whose_name_says_unchanged_is_not_read() -> None:
    # twin (blind AB1's line as written): "giữ nguyên địa giới" in the group's name is a
    # comparison the reader cannot place: unread, never guessed
    text = (
        "Tám phường còn lại giữ nguyên địa giới, mỗi phường 23 biên chế, cộng 184 biên chế, "
        "không thay đổi so với năm 2024."
    )
    rows, _, unread = _rows(_WARDS + text)
    assert not rows
    assert 3 in unread


# ---------------------------------------------------------------------------------------------
# A frame naming the total of viên chức and pointing back, no year: "Trong tổng số người làm
# việc nêu trên có 27.114 người thuộc lĩnh vực giáo dục" (blind M2; AC1 after a list).

_PROPOSAL = (
    "Năm 2026, tỉnh giao 3.412 biên chế công chức và 33.905 người làm việc hưởng lương từ "
    "ngân sách nhà nước"
)


def test_the_category_named_above_is_the_one_vc_figure_before() -> None:
    text = (
        _PROPOSAL
        + ".\nTrong tổng số người làm việc nêu trên có 27.114 người thuộc lĩnh vực giáo dục."
    )
    rows, _, unread = _rows(text)
    assert ("vc-linh-vuc-giao-duc", 2026, 27114, None, None, None) in rows
    assert not unread


def test_the_category_named_above_two_vc_figures_before_is_not_read() -> None:
    # twin: the sentence before gave viên chức two figures (2026 and its 2025 base): which
    # year's the subset is, unsaid
    text = (
        _PROPOSAL + ", giảm 120 người so với năm 2025 (34.025 người).\n"
        "Trong tổng số người làm việc nêu trên có 27.114 người thuộc lĩnh vực giáo dục."
    )
    rows, _, unread = _rows(text)
    assert not any(row[2] == 27114 for row in rows)
    assert 2 in unread


def test_the_category_named_above_larger_than_its_figure_is_not_read() -> None:
    rows, _, unread = _rows(
        _PROPOSAL + ".\nTrong tổng số người làm việc nêu trên có 37.114 giáo viên."
    )
    assert not any(row[2] == 37114 for row in rows)
    assert 2 in unread


def test_another_category_named_above_is_not_read_as_vc() -> None:
    # twin: công chức named: no subset of viên chức (and none of the CBCC figure either)
    rows, _, unread = _rows(
        _PROPOSAL + ".\nTrong tổng số công chức nêu trên có 1.114 thanh tra viên."
    )
    assert not any(row[2] == 1114 for row in rows)
    assert 2 in unread


_HEALTH = (
    "Năm 2025, Sở Y tế được giao 3.064 người làm việc hưởng lương từ ngân sách nhà nước, gồm:\n"
    "+ Bệnh viện Đa khoa tỉnh: 612 người;\n"
    "+ Các bệnh viện chuyên khoa tuyến tỉnh: 418 người;\n"
    "+ Trung tâm y tế các huyện: 2.034 người.\n"
)


def test_the_category_named_above_after_a_list_is_the_lists_whole() -> None:
    rows, _, unread = _rows(_HEALTH + "Trong tổng số người làm việc nêu trên có 1.126 bác sĩ.")
    assert ("so-y-te-vc-bac-si", 2025, 1126, None, None, None) in rows
    assert not unread


def test_the_category_above_after_a_list_without_total_is_not_read() -> None:
    # twin: "Trong số người làm việc nêu trên" (no "tổng"): the last item's or the whole's,
    # unsaid (as before: nothing of it read)
    rows, _, _ = _rows(_HEALTH + "Trong số người làm việc nêu trên có 1.126 bác sĩ.")
    assert not any(row[2] == 1126 for row in rows)
    rows, _, unread = _rows(_HEALTH + "Trong tổng số người làm việc nêu trên có 3.126 bác sĩ.")
    assert not any(row[2] == 3126 for row in rows)
    assert 5 in unread
