"""Tests of sessions 9 and 10, by section: eng-each, eng-multi2, eng-reserve, eng-lists,
eng-bodies3, eng-yearitems2 (with TWO_YEAR_FORMS), eng-news4, eng-tables6."""

from __future__ import annotations

import pytest

from lotrinh.core import check_plan
from lotrinh.extract import extract_plan, plan_from_result
from lotrinh.extract.lexicon import Kind, category_mentioned
from tests.reader_forms.common import (
    COUNTED_IN_NAME,
    Form,
    _form,
    _rows,
    _subsets,
    _units,
    check_form,
)

# --- groups of bodies sharing one figure (branch eng-each) -----------------------------------


def test_a_group_of_bodies_with_its_sum_is_one_unit_of_that_sum() -> None:
    """ "6 Chi cục loại I: mỗi Chi cục 120 biên chế, cộng 720 biên chế" and "Các Chi cục khu
    vực III, IV, V và VI: mỗi khu vực 121 biên chế, cộng 484 biên chế" were unread: each is
    one unit, the group, of its sum (count × each agrees), a part of the list's whole; the
    amount for each and the count of bodies are no unit's figure. Twin: the same item whose
    sum is not count × each is unread, nothing of it used."""
    head = "Điều 1. Giao 1.204 biên chế công chức năm 2025 cho các Chi cục, gồm:\n"
    second = (
        "b) Các Chi cục khu vực III, IV, V và VI: mỗi khu vực 121 biên chế, cộng 484 biên chế.\n"
    )
    rows, parts, unread = _rows(
        head + "a) 6 Chi cục loại I: mỗi Chi cục 120 biên chế, cộng 720 biên chế;\n" + second
    )
    assert not unread
    assert {row[2] for row in rows} == {1204, 720, 484}
    assert any(len(p) == 2 for p in parts.values())
    rows, _, unread = _rows(
        head + "a) 6 Chi cục loại I: mỗi Chi cục 120 biên chế, cộng 740 biên chế;\n" + second
    )
    assert 2 in unread and not {740, 720, 120} & {row[2] for row in rows}


def test_a_group_whose_bodies_are_not_counted_is_not_read() -> None:
    """ "Các Chi cục còn lại: mỗi Chi cục 95 biên chế, cộng 380 biên chế" says neither how
    many bodies nor which: its sum cannot be checked against the amount for each, so it is
    unread. Twin: "từ khu vực IX đến khu vực XII" counts four bodies, so the sum is read."""
    head = "Điều 1. Giao 380 biên chế công chức năm 2025 cho các Chi cục, gồm:\n"
    rows, _, unread = _rows(
        head + "a) Các Chi cục còn lại: mỗi Chi cục 95 biên chế, cộng 380 biên chế.\n"
    )
    assert 2 in unread and [row[2] for row in rows if row[2] in (95, 380)] == [380]
    rows, _, unread = _rows(
        head + "a) Các Chi cục khu vực từ khu vực IX đến khu vực XII: mỗi khu vực 95 biên chế, "
        "cộng 380 biên chế.\n"
    )
    assert not unread and sum(1 for row in rows if row[2] == 380) == 2


def test_bodies_named_one_by_one_each_take_the_amount() -> None:
    """ "b) Phân viện khu vực I, II và III: mỗi Phân viện 105 người;" with no sum: each named
    body is a unit of 105 and a part of the list's whole (700 + 3 × 105 = 1.015). So too
    "Các phường An Bình, Tân Phú và Hòa Lợi: mỗi phường 54 biên chế". Twin: a list mixing
    another kind of body ("... và thị trấn Hòa Lợi: mỗi phường 54") is unread."""
    rows, parts, unread = _rows(
        "Tổng số người làm việc năm 2025 là 1.015 người, gồm:\n"
        "a) Cơ quan Học viện: 700 người;\n"
        "b) Phân viện khu vực I, II và III: mỗi Phân viện 105 người.\n"
    )
    assert not unread
    assert sum(1 for row in rows if row[2] == 105) == 3
    assert any(len(p) == 4 for p in parts.values())
    head = "Năm 2025, tạm giao biên chế cán bộ, công chức cấp xã cho một số phường:\n"
    rows, _, unread = _rows(
        head + "- Các phường An Bình, Tân Phú và Hòa Lợi: mỗi phường 54 biên chế.\n"
    )
    assert not unread and sum(1 for row in rows if row[2] == 54) == 3
    rows, _, unread = _rows(
        head + "- Các phường An Bình, Tân Phú và thị trấn Hòa Lợi: mỗi phường 54 biên chế.\n"
    )
    assert 2 in unread and not any(row[2] == 54 for row in rows)
    # the kind said once before the first place: "Chi cục Thuế huyện A, B và C"
    rows, _, unread = _rows(
        "Năm 2025, giao biên chế công chức cho một số Chi cục:\n"
        "- Chi cục Thuế huyện Tân An, Bến Lức và Cần Giuộc: mỗi Chi cục 45 biên chế.\n"
    )
    assert not unread and sum(1 for row in rows if row[2] == 45) == 3


def test_a_count_of_areas_inside_a_name_is_no_figure() -> None:
    """ "b) Ngân hàng Khu vực (15 khu vực): 3.844 biên chế;" was unread (15 taken for a
    headcount). Twin: a parenthesis counting people ("(15 người)") is a headcount: unread."""
    head = (
        "Tổng biên chế công chức năm 2026 là 5.080 biên chế, gồm:\n"
        "a) Trụ sở chính: 1.236 biên chế;\n"
    )
    rows, _, unread = _rows(head + "b) Ngân hàng Khu vực (15 khu vực): 3.844 biên chế.\n")
    assert not unread and 15 not in {row[2] for row in rows}
    rows, _, unread = _rows(head + "b) Ngân hàng Khu vực (15 người): 3.844 biên chế.\n")
    assert 3 in unread


def test_groups_of_bodies_counted_one_after_another_are_each_a_unit() -> None:
    """ "Cụ thể, 5 phường được giao 300 biên chế, 10 xã được giao 500 biên chế." was unread
    (after the comma, the second count read as a second figure of the first group): each group
    counted before its noun is a unit of its own. Twin: a first clause naming no count ("các
    phường được giao 300 biên chế, 10 xã ...") is not such a row: unread as before."""
    head = "Năm 2025, biên chế công chức của thành phố là 2.000 biên chế.\n"
    rows, _, unread = _rows(
        head + "Cụ thể, 5 phường được giao 300 biên chế, 10 xã được giao 500 biên chế.\n"
    )
    assert not unread and {row[2] for row in rows} == {2000, 300, 500}
    assert len({row[0] for row in rows}) == 3
    rows, _, unread = _rows(
        head + "Cụ thể, các phường được giao 300 biên chế, 10 xã được giao 500 biên chế.\n"
    )
    assert 2 in unread and not {300, 500} & {row[2] for row in rows}


def test_places_counted_inside_a_name_are_no_headcount() -> None:
    """ "b) Cấp huyện (02 quận, 03 thị xã và 04 huyện): 1.064 biên chế;" was unread (02 and 03
    taken for headcounts). Twin: people counted there ("(02 người)") are a headcount: unread."""
    head = (
        "1. Tổng biên chế công chức năm 2025 là 2.368 biên chế, cụ thể:\n"
        "a) Cấp tỉnh: 1.304 biên chế;\n"
    )
    rows, _, unread = _rows(
        head + "b) Cấp huyện (02 quận, 03 thị xã và 04 huyện): 1.064 biên chế.\n"
    )
    assert not unread and ("cbcc", 2025, 2368, None, None, None) in rows
    assert not {2, 3, 4} & {row[2] for row in rows}
    rows, _, unread = _rows(head + "b) Cấp huyện (02 người, 03 thị xã): 1.064 biên chế.\n")
    assert 3 in unread


def test_year_items_under_a_heading_naming_one_block_are_that_blocks() -> None:
    """ "1. Khối Đảng, Mặt trận Tổ quốc và các đoàn thể huyện" over "Năm 2021: 68 biên chế;
    năm 2026: 64 biên chế." and "(Giảm 4 biên chế so với năm 2021, tỷ lệ 5,88%)": the lines
    named no unit and were unread. They are the block's. Twins: a heading joining a second
    body or block to it names none of them, and a body the lexicon does not know as a block
    says neither the category nor that the counts are all its posts: unread."""
    items = (
        "Năm 2021: 68 biên chế; năm 2026: 64 biên chế.\n"
        "(Giảm 4 biên chế so với năm 2021, tỷ lệ 5,88%)\n"
    )
    rows, _, unread = _rows(
        "II. CHỈ TIÊU THEO TỪNG KHỐI\n1. Khối Đảng, Mặt trận Tổ quốc và các đoàn thể huyện\n"
        + items
    )
    assert not unread
    assert rows == {
        ("dang", 2021, 68, None, None, None),
        ("dang", 2026, 64, None, None, None),
        ("dang", 2026, None, 4, 2021, "5,88%"),
    }
    for heading in (
        "1. Khối Đảng và khối chính quyền huyện",
        "1. Khối Đảng, Mặt trận Tổ quốc, đoàn thể và Sở Y tế",
        "1. Trung tâm Văn hóa, Thể thao huyện",
    ):
        rows, _, unread = _rows("II. CHỈ TIÊU\n" + heading + "\n" + items)
        assert unread == {3, 4} and not rows, heading


def test_a_years_item_giving_its_count_before_its_category_is_read() -> None:
    """ "- Năm 2021: 26 viên chức." under "4. Trung tâm Văn hóa huyện": a year's label, then
    the count and its category, was unread (no unit before the count). It is the body's VC of
    that year. Twin: another body named after the category ("26 viên chức tại Phòng Y tế")
    is not spelled, and stays unread."""
    head = "II. CHỈ TIÊU\n4. Trung tâm Văn hóa huyện\n"
    rows, _, unread = _rows(head + "- Năm 2021: 26 viên chức.\n- Năm 2026: 23 viên chức.\n")
    assert not unread
    assert rows == {
        ("vc-trung-tam-van-hoa", 2021, 26, None, None, None),
        ("vc-trung-tam-van-hoa", 2026, 23, None, None, None),
    }
    rows, _, unread = _rows(head + "- Năm 2021: 26 viên chức tại Phòng Y tế.\n")
    assert unread == {3} and not rows


def test_a_bare_count_with_the_year_before_recalled_beside_it() -> None:
    """ "- Biên chế công chức: 142 (năm 2024: 146);" in a list of the posts given in 2025:
    a count with no word after it then the year before's, in the same form, was unread.
    Twins: a change inside the parenthesis naming no year it compares with stays unread, and
    so does a bare count after "còn" with "(năm 2021 là N)" (see
    `test_a_bare_count_with_its_change_in_parentheses_is_the_figure`)."""
    lead = "1. Biên chế được giao năm 2025 gồm:\n"
    rows, _, unread = _rows(lead + "- Biên chế công chức: 142 (năm 2024: 146);\n")
    assert not unread
    assert rows == {("cbcc", 2025, 142, None, None, None), ("cbcc", 2024, 146, None, None, None)}
    rows, _, unread = _rows(lead + "- Biên chế công chức: 142 (năm 2024: 146, giảm 4);\n")
    assert unread == {2} and not rows


def test_a_plain_text_line_set_in_bold_is_read_as_its_words() -> None:
    """ "**1. Khối Đảng, ...**" in a .txt file: the marks hid the heading's numbering, so the
    lines under it had no heading. Twin: marks inside a line are left as written."""
    from lotrinh.extract.reader import document_lines

    text = "**1. Khối Đảng huyện**\nNăm 2021: 68 biên chế.\n".encode()
    assert document_lines(text, "doc.txt").lines[0] == "1. Khối Đảng huyện"
    text = "Khối **Đảng** huyện: 68 biên chế.\n".encode()
    assert document_lines(text, "doc.txt").lines[0] == "Khối **Đảng** huyện: 68 biên chế."


def test_a_parenthesis_line_binds_to_an_item_of_one_unit_whose_years_fit() -> None:
    """ "Năm 2021: 20 công chức, 26 viên chức.\\n(Giảm 3 biên chế so với năm 2021)" was read as
    the VC's cut of 2021 against 2021 itself. A parenthesis line naming no category after an
    item of two units of one year is unread. Twins: naming the category of one of the two, or
    after an item of one unit, it is that unit's change (against its own year it is a slip
    for the check to report, read as written)."""
    head = "II. CHỈ TIÊU\n"
    rows, _, unread = _rows(
        head + "Năm 2026: 18 công chức, 24 viên chức.\n(Giảm 3 biên chế so với năm 2021)\n"
    )
    assert unread == {3} and all(row[3] is None for row in rows)
    rows, _, unread = _rows(
        head + "Năm 2026: 18 công chức, 24 viên chức.\n(Giảm 2 viên chức so với năm 2021)\n"
    )
    assert not unread and ("vc", 2026, None, 2, 2021, None) in rows
    rows, _, unread = _rows(head + "Năm 2026: 24 viên chức.\n(Giảm 2 biên chế so với năm 2021)\n")
    assert not unread and ("vc", 2026, None, 2, 2021, None) in rows
    rows, _, unread = _rows(head + "Năm 2021: 24 viên chức.\n(Giảm 2 biên chế so với năm 2021)\n")
    assert not unread and ("vc", 2021, None, 2, 2021, None) in rows


def test_a_block_of_no_category_beside_category_lines_leaves_their_targets_unmet() -> None:
    """ "1. Khối Đảng, ..." over "Năm 2021: 68 biên chế; năm 2026: 68 biên chế." beside "2.
    Công chức trong các cơ quan chuyên môn ..." (82 → 77) and "3. Viên chức" (1.310 → 1.170):
    the block's bare counts say no category, and its posts (the Party's, the Front's, the mass
    organisations') are công chức: the CBCC target measured on the category line alone (82 →
    77, met) would pass a district whose công chức may fall by 5 of 150. It cannot be checked.
    Twin: without the block, both targets are met and the text is clean."""
    block = (
        "1. Khối Đảng, Mặt trận Tổ quốc và các đoàn thể huyện\n"
        "Năm 2021: 68 biên chế; năm 2026: 68 biên chế.\n"
    )
    rest = (
        "2. Công chức trong các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện\n"
        "Năm 2021: 82 biên chế; năm 2026: 77 biên chế.\n"
        "3. Viên chức\nNăm 2021: 1.310 người; năm 2026: 1.170 người.\n"
    )
    head = "KẾ HOẠCH\nTinh giản biên chế huyện giai đoạn 2022 - 2026\nII. CHỈ TIÊU\n"
    plan = plan_from_result(extract_plan(head + block + rest, "doc.txt"), "doc.txt")
    kinds = {f.kind for f in check_plan(plan).findings}
    assert "target-unverifiable" in kinds and "target-met" not in kinds
    plan = plan_from_result(extract_plan(head + rest, "doc.txt"), "doc.txt")
    assert not check_plan(plan).findings


# Branch eng-multi2: several categories, bodies or comparisons in one sentence.


def test_a_year_said_before_the_first_category_with_no_comma_fronts_the_row() -> None:
    """ "Như vậy, đến năm 2026 công chức giảm 5 biên chế (5,21%), viên chức giảm 154 người
    (10,13%) so với năm 2021, ..." was unread: the year was fronted only before a comma or
    the body. Twin: a comparison said in the first clause only, a bare comma after it,
    reaches no other clause: not read."""
    rows, _, unread = _rows(
        "Như vậy, đến năm 2026 công chức giảm 5 biên chế (5,21%), viên chức giảm 154 người "
        "(10,13%) so với năm 2021, bảo đảm yêu cầu của Kết luận số 40-KL/TW."
    )
    assert not unread and rows == {
        ("cbcc", 2026, None, 5, 2021, "5,21%"),
        ("vc", 2026, None, 154, 2021, "10,13%"),
    }
    rows, _, unread = _rows(
        "Như vậy, đến năm 2026 công chức giảm 5 biên chế so với năm 2025, viên chức giảm 154 "
        "người (10,13%)."
    )
    assert unread == {1} and not rows


@pytest.mark.parametrize(
    ("header", "read"),
    [
        ("BỘ XÂY DỰNG", True),
        ("**BỘ XÂY DỰNG**", True),
        # another ministry's report: whose posts "Bộ Xây dựng" are, the text does not make
        # its own
        ("BỘ TƯ PHÁP", False),
        ("BÁO CÁO", False),
    ],
)
def test_the_texts_own_body_named_in_full_gives_the_row_its_categories(
    header: str, read: bool
) -> None:
    """ "Năm 2021, Bộ Xây dựng được giao 1.148 biên chế công chức và 3.420 người làm việc ...
    tại các đơn vị sự nghiệp công lập." in the Bộ's own report (its header names it) is the
    text's own categories, as "Bộ được giao ..." is; any other header leaves it unread."""
    rows, _, unread = _rows(
        f"{header}\n\nNăm 2021, Bộ Xây dựng được giao 1.148 biên chế công chức và 3.420 người "
        "làm việc hưởng lương từ ngân sách nhà nước tại các đơn vị sự nghiệp công lập.\n"
    )
    if read:
        assert not unread and {(row[1], row[2]) for row in rows} == {(2021, 1148), (2021, 3420)}
        units = _units(
            f"{header}\n\nNăm 2021, Bộ Xây dựng được giao 1.148 biên chế công chức "
            "và 3.420 người làm việc tại các đơn vị sự nghiệp công lập.\n"
        )
        assert sorted(str(u.get("category")) for u in units.values() if "category" in u) == [
            "CBCC",
            "VC",
        ]
    else:
        assert unread == {3} and not rows


def test_a_figure_kept_against_a_year_after_a_comma_is_a_change_of_none() -> None:
    """ "... đề nghị giao 142 biên chế công chức, giữ nguyên so với năm 2025, và 2.433 người làm
    việc ..., giảm 53 người so với năm 2025." was unread: "giữ nguyên" was read only after a
    category with no figure. Twin: kept naming no year after a figure: which year's, unsaid."""
    head = "THÔNG TẤN XÃ VIỆT NAM\n\n"
    rows, _, unread = _rows(
        head + "Năm 2026, Thông tấn xã Việt Nam đề nghị giao 142 biên chế công chức, giữ "
        "nguyên so với năm 2025, và 2.433 người làm việc, giảm 53 người so với năm 2025."
    )
    assert not unread
    assert {row[2:5] for row in rows} == {
        (142, None, None),
        (None, 0, 2025),
        (2433, None, None),
        (None, 53, 2025),
    }
    rows, _, unread = _rows(
        head + "Năm 2026, Thông tấn xã Việt Nam đề nghị giao 142 biên chế công chức, giữ "
        "nguyên, và 2.433 người làm việc, giảm 53 người so với năm 2025."
    )
    assert unread == {3} and not rows


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Năm 2026, tổng biên chế của tỉnh là 21.468, gồm 2.036 biên chế công chức, 19.322 "
            "người làm việc trong các đơn vị sự nghiệp công lập và 110 biên chế hội có tính "
            "chất đặc thù.",
            {2036, 19322, 110},
        ),
        (
            "Số được giao năm 2021 là 39.992 biên chế, gồm 3.412 biên chế công chức và 36.580 "
            "người làm việc hưởng lương từ ngân sách nhà nước.",
            {3412, 36580},
        ),
        (
            "Năm 2021 tỉnh được giao tổng cộng 27.840 biên chế, trong đó biên chế công chức là "
            "2.460 và số lượng người làm việc hưởng lương từ ngân sách nhà nước là 25.380 người.",
            {2460, 25380},
        ),
        # twins: a category twice (công chức cấp tỉnh beside công chức), a part with a change
        # of its own, a part of another year: whose parts these are, unsure
        (
            "Năm 2026, tổng biên chế của tỉnh là 21.468, gồm 2.036 biên chế công chức, 19.322 "
            "người làm việc trong các đơn vị sự nghiệp công lập và 110 biên chế công chức cấp "
            "tỉnh.",
            None,
        ),
        (
            "Số được giao năm 2021 là 39.992 biên chế, gồm 3.412 biên chế công chức và 36.580 "
            "người làm việc, giảm 20 người so với năm 2020.",
            None,
        ),
        (
            "Năm 2021 tỉnh được giao tổng cộng 27.840 biên chế, trong đó biên chế công chức là "
            "2.460 và số lượng người làm việc năm 2022 là 25.380 người.",
            None,
        ),
    ],
)
def test_a_total_then_its_categories_each_a_plain_count_are_its_parts(
    text: str, parts: set[int] | None
) -> None:
    """A total read alone, then "gồm" / "trong đó" and a row of category clauses (công chức,
    VC, hội đặc thù), each a plain count of the total's year: the total and its parts
    (`categories._total_then_parts`). Anything more in a clause: not read."""
    rows, found, unread = _rows(text)
    if parts is None:
        assert unread == {1} and not rows
        return
    assert not unread
    values = {row[0]: row[2] for row in rows}
    assert {values[part] for part in found["tong"]} == parts
    assert values["tong"] in {21468, 39992, 27840}


def test_bodies_of_before_a_merger_set_apart_by_còn_are_old_bodies() -> None:
    """ "trước khi hợp nhất, năm 2024 Bộ A được giao ..., còn Bộ B được giao ...": each body
    its own figure, both as they were before the merger, so never the unit of the body the
    merger made, named plainly after. Twin: the same figures with no merger are the bodies
    named plainly."""
    merged = (
        "Trước khi hợp nhất, năm 2024 Bộ Giao thông vận tải được giao 3.046 biên chế công chức, "
        "còn Bộ Xây dựng được giao 612 biên chế công chức.\n"
        "Năm 2025, Bộ Xây dựng được giao 3.480 biên chế công chức.\n"
    )
    rows, _, unread = _rows(merged)
    assert not unread
    unit_of = {row[2]: row[0] for row in rows}
    assert unit_of[612] != unit_of[3480]
    rows, _, unread = _rows(
        "Năm 2024 Bộ Giao thông vận tải được giao 3.046 biên chế công chức, còn Bộ Xây dựng "
        "được giao 612 biên chế công chức.\nNăm 2025, Bộ Xây dựng được giao 3.480 biên chế "
        "công chức.\n"
    )
    unit_of = {row[2]: row[0] for row in rows}
    assert not unread and unit_of[612] == unit_of[3480]


@pytest.mark.parametrize(
    ("rate", "read"),
    [("5,27%", True), ("5,37%", False), (None, False)],
)
def test_a_base_said_as_the_merged_places_sum_needs_the_rate_to_say_it_is_the_subjects(
    rate: str | None, read: bool
) -> None:
    """ "...; so với năm 2021 (3.602 biên chế, tính chung cho tỉnh A và tỉnh B trước sắp xếp)
    giảm 190 biên chế, tỷ lệ giảm 5,27%": the base the sum of the provinces merged, the
    subject's only where the rate is the change over it (190 / 3.602 = 5,27 %). A rate that
    is not, or none: not read."""
    tail = f", tỷ lệ giảm {rate}." if rate else "."
    rows, _, unread = _rows(
        "Biên chế công chức của tỉnh năm 2026 là 3.412 biên chế. So với năm 2025 (3.498 biên "
        "chế) giảm 86 biên chế; so với năm 2021 (3.602 biên chế, tính chung cho tỉnh A và tỉnh "
        "B trước sắp xếp) giảm 190 biên chế" + tail
    )
    if read:
        assert not unread and ("cbcc", 2021, 3602, None, None, None) in rows
        assert ("cbcc", 2026, None, 190, 2021, rate) in rows
    else:
        assert unread == {1} and not any(row[2] == 3602 for row in rows)


def test_a_fall_between_two_years_said_with_tức_and_no_unit_words() -> None:
    """ "... giảm từ 7.370 năm 2021 xuống còn 7.006 năm 2025, tức giảm 364 biên chế, tỷ lệ
    4,94%" was unread (the from-to form wanted each count's unit word and "tương ứng"). Twin:
    the later year first is not spelled out, and not read."""
    rows, _, unread = _rows(
        "Tính chung hai khối, biên chế cán bộ, công chức của tỉnh giảm từ 7.370 năm 2021 xuống "
        "còn 7.006 năm 2025, tức giảm 364 biên chế, tỷ lệ 4,94%."
    )
    assert not unread and rows == {
        ("cbcc", 2021, 7370, None, None, None),
        ("cbcc", 2025, 7006, None, None, None),
        ("cbcc", 2025, None, 364, 2021, "4,94%"),
    }
    rows, _, unread = _rows(
        "Biên chế cán bộ, công chức của tỉnh giảm từ 7.370 năm 2025 xuống còn 7.006 năm 2021, "
        "tức giảm 364 biên chế, tỷ lệ 4,94%."
    )
    assert unread == {1} and not rows


@pytest.mark.parametrize(
    ("recall", "read"),
    [
        ("1.781 biên chế công chức và 12.904 người làm việc", True),
        # one figure recalled for the two changes: whose categories, unsaid
        ("14.685 biên chế", False),
        # a category the changes could not be told apart by (công chức twice)
        ("1.781 biên chế công chức và 12.904 biên chế công chức", False),
    ],
)
@pytest.mark.parametrize("year", ["năm 2025", "năm 2025 sau điều chỉnh"])
def test_changes_said_in_turn_after_a_base_naming_the_categories(
    recall: str, read: bool, year: str
) -> None:
    """ "So với số giao năm 2021 (1.781 biên chế công chức và 12.904 người làm việc), năm 2025
    giảm lần lượt 155 biên chế (8,70%) và 1.188 người (9,21%)": each category the base names,
    its base figure and its change, in the order named (`categories._recalled_pair`). Paired
    only two to two, each base figure naming its own category; never of a year "sau điều
    chỉnh" (the adjusted figure is a unit apart from the one given: blind R1 read it as the
    given one's, a misread and a false alarm)."""
    rows, _, unread = _rows(
        f"So với số giao năm 2021 ({recall}), {year} giảm lần lượt 155 biên chế (8,70%) và "
        "1.188 người (9,21%)."
    )
    if read and year == "năm 2025":
        assert not unread and rows == {
            ("cbcc", 2021, 1781, None, None, None),
            ("cbcc", 2025, None, 155, 2021, "8,70%"),
            ("vc", 2021, 12904, None, None, None),
            ("vc", 2025, None, 1188, 2021, "9,21%"),
        }
    else:
        assert unread == {1} and not rows


def test_a_receiving_bodys_headline_is_read_only_by_the_bodys_figure() -> None:
    """The twin of "headline-receiver/body-made-by-a-merger": where the body gives no unit the
    headline's count, the headline naming a body is left unread (never a unit of its own)."""
    rows, _, unread = _rows(
        "Bộ Xây dựng sau hợp nhất được giao 3.480 biên chế công chức\n\nBiên chế công chức năm "
        "2025 của Bộ Xây dựng mới là 3.490 biên chế, giảm 178 biên chế so với năm 2024."
    )
    assert 1 in unread and not any(row[2] == 3480 for row in rows)


@pytest.mark.parametrize("count", ["(12 người)", "(12 khu vực, bình quân 75 người/khu vực)"])
def test_people_counted_in_a_row_name_leave_the_row_unread(count: str) -> None:
    """The twin of "bodies-counted-in-a-row-name": people, or a figure beside the bodies, in
    the parentheses are a figure the row does not place; the row is not read, nor is the
    total taken as made of the rows read."""
    rows, parts, unread = _rows(COUNTED_IN_NAME.format(count=count))
    assert 6 in unread
    assert not {row for row in rows if row[0].startswith("chi-cuc")}
    assert not parts.get("tong")


PRESENT_AND_UNFILLED = (
    "Báo cáo biên chế của tỉnh\n\nI. BIÊN CHẾ CÔNG CHỨC\n\n| STT | Khối | Biên chế giao năm 2025 "
    "| {present} | {unfilled} |\n|---|---|---|---|---|\n| 1 | Các sở, ngành | 700 | 652 | 48 |\n"
    "| 2 | Các huyện | 300 | 291 | 9 |\n| | Cộng | 1.000 | 943 | 57 |"
)


@pytest.mark.parametrize(
    ("present", "unfilled"),
    [("Số có mặt", "Số còn thiếu"), ("Số hiện có", "Thiếu"), ("Thực có (người)", "Chưa tuyển")],
)
def test_people_present_and_posts_unfilled_are_no_posts(present: str, unfilled: str) -> None:
    """Other words of "posts-beside-present-and-unfilled": only the posts given are read."""
    rows, parts, unread = _rows(PRESENT_AND_UNFILLED.format(present=present, unfilled=unfilled))
    assert rows == {
        ("so-nganh", 2025, 700, None, None, None),
        ("huyen", 2025, 300, None, None, None),
        ("cbcc", 2025, 1000, None, None, None),
    }
    assert parts["cbcc"] == ("so-nganh", "huyen")
    assert not unread


@pytest.mark.parametrize("present", ["Biên chế hiện có", "Hiện có năm 2025", "Số đang làm việc"])
def test_people_of_a_year_or_posts_at_hand_leave_the_rows_unread(present: str) -> None:
    """The twin: "Biên chế hiện có" (posts or people?), people of a year, or at work: which
    figure is the posts'? The rows are not read."""
    rows, _, unread = _rows(PRESENT_AND_UNFILLED.format(present=present, unfilled="Còn thiếu"))
    assert not rows
    assert unread


# Session 9, eng-reserve: reserve posts (biên chế dự phòng), each form with its twin.


def _roles(text: str) -> dict[str, str | None]:
    return {u["id"]: u.get("role") for u in extract_plan(text, "doc.txt").data["units"]}


def test_a_reserve_counted_inside_a_frame_is_the_reserve() -> None:
    """ "Trong tổng số biên chế nêu trên có 12 biên chế dự phòng": the count names its unit,
    the reserve (role `reserve`), never the total's own figure. Twins: with no word of the
    reserve the count stays unread; and "Trong tổng số năm 2024 có 12 biên chế dự phòng",
    read before as the total's 12 (a misread), is the reserve too."""
    head = "Năm 2024, giao 980 biên chế công chức.\n"
    rows, _, unread = _rows(head + "Trong tổng số biên chế nêu trên có 12 biên chế dự phòng.")
    assert not unread
    assert rows == {("cbcc", 2024, 980, None, None, None), ("du-phong", 2024, 12, None, None, None)}
    assert _roles(head + "Trong tổng số biên chế nêu trên có 12 biên chế dự phòng.") == {
        "cbcc": None,
        "du-phong": "reserve",
    }
    rows, _, unread = _rows(head + "Trong tổng số biên chế tại khoản 1 Điều này có 12 biên chế.")
    assert unread == {2} and rows == {("cbcc", 2024, 980, None, None, None)}
    rows, _, _ = _rows(head + "Trong tổng số năm 2024 có 12 biên chế dự phòng.")
    assert ("du-phong", 2024, 12, None, None, None) in rows
    assert not any(row[0] == "tong" for row in rows)


def test_posts_set_aside_after_those_given_are_the_reserve() -> None:
    """ "giao cho các phòng ... 57 biên chế và để dự phòng 2 biên chế": the posts set aside
    are the reserve, of the category of the posts given. Twin: after a count naming its
    category and more words, whose reserve it is cannot be told: nothing read."""
    rows, _, unread = _rows(
        "Trong số biên chế công chức năm 2026, giao cho các phòng chuyên môn 57 biên chế và để "
        "dự phòng 2 biên chế."
    )
    assert not unread and ("du-phong", 2026, 2, None, None, None) in rows
    assert len(rows) == 2 and all(row[1] == 2026 for row in rows)
    rows, _, unread = _rows("Năm 2026, tỉnh có 2.000 biên chế công chức và để dự phòng 3 biên chế.")
    assert rows == frozenset() and unread == {1}


def test_a_reserve_held_back_at_a_body_is_the_reserve() -> None:
    """ "Giữ lại 9 biên chế công chức dự phòng tại Sở Nội vụ để bổ sung khi cần": where the
    reserve is held does not make it that body's posts. Twins: the same count without
    "dự phòng" is no reserve, and a body's own reserve stays unread, as before."""
    rows, _, unread = _rows(
        "Năm 2024, giữ lại 9 biên chế công chức dự phòng tại Sở Nội vụ để bổ sung khi cần."
    )
    assert not unread and rows == {("du-phong", 2024, 9, None, None, None)}
    for twin in (
        "Năm 2024, giữ lại 9 biên chế công chức tại Sở Nội vụ.",
        "Năm 2024, Sở Y tế giữ lại 9 biên chế công chức dự phòng tại Phòng Tổ chức.",
    ):
        rows, _, unread = _rows(twin)
        assert rows == frozenset() and unread == {1}, twin


def test_a_reserve_inside_a_figure_after_trong_do_co() -> None:
    """ "..., trong đó có 20 biên chế dự phòng" right after the figure: the reserve inside it.
    Twin: after a cut ("giảm 71 ..., trong đó có 40 biên chế dự phòng") the 40 may be some of
    the posts cut: not read."""
    rows, _, unread = _rows(
        "Năm 2025, giao 1.486 biên chế công chức, trong đó có 20 biên chế dự phòng."
    )
    assert not unread
    assert rows == {
        ("cbcc", 2025, 1486, None, None, None),
        ("du-phong", 2025, 20, None, None, None),
    }
    rows, _, unread = _rows(
        "Năm 2025, giao 1.486 biên chế công chức, giảm 71 biên chế so với năm 2024, trong đó có "
        "40 biên chế dự phòng."
    )
    assert rows == frozenset() and unread == {1}


def test_an_item_kept_in_parentheses_compares_with_its_list() -> None:
    """ "d) Biên chế dự phòng: 30 biên chế (giữ nguyên)." under a list compared with 2024:
    kept against 2024, as "(giảm 2)" is. Twin: under a list comparing with no year, unread."""
    items = (
        "a) Các phòng: 1.200 biên chế (giảm 2);\nb) Biên chế dự phòng: 30 biên chế (giữ nguyên).\n"
    )
    rows, _, unread = _rows(
        "Biên chế công chức năm 2025 là 1.230 biên chế, giảm 2 biên chế so với năm 2024. Trong "
        "đó:\n" + items
    )
    assert not unread
    assert ("du-phong", 2025, None, 0, 2024, None) in rows
    rows, _, unread = _rows(
        "Biên chế công chức năm 2025 là 1.230 biên chế. Trong đó:\n"
        + items.replace(" (giảm 2)", "")
    )
    assert 3 in unread and not any(row[0] == "du-phong" for row in rows)


def test_items_of_a_figure_shared_out_take_its_year() -> None:
    """ "2. Phân bổ cụ thể như sau:" after the one figure stated (of 2026, against 2021): its
    items, naming no year, are that figure's parts of 2026 (they were unread: no year). Twin:
    after a line stating two figures of two years, which one is shared cannot be told."""
    items = (
        "2. Phân bổ cụ thể như sau:\na) Các phòng, ban: 500 biên chế;\n"
        "b) Biên chế dự phòng: 12 biên chế.\n"
    )
    rows, parts, unread = _rows(
        "1. Tổng biên chế của các cơ quan đến năm 2026 là 512 biên chế, giảm 28 biên chế so "
        "với năm 2021 (540 biên chế).\n" + items
    )
    assert not unread
    assert {
        ("phong-ban", 2026, 500, None, None, None),
        ("du-phong", 2026, 12, None, None, None),
    } <= rows
    assert parts["co-quan"] == ("phong-ban", "du-phong")
    rows, _, unread = _rows(
        "1. Năm 2021, các cơ quan có 540 biên chế; năm 2026 có 512 biên chế.\n" + items
    )
    assert unread == {3, 4} and not any(row[0] == "du-phong" for row in rows)


def test_a_total_joining_the_reserve_to_other_posts_is_no_reserve() -> None:
    """A line of the reserve's scope is a reserve ("Biên chế công chức dự phòng"); a total
    naming it beside other posts ("... của các Cục và dự phòng là 2.010") is not, so its rise
    is still checked."""
    roles = _roles(
        "Năm 2024, tổng biên chế công chức của các Cục và dự phòng là 2.010 biên chế.\n"
        "Năm 2024, biên chế công chức dự phòng là 24 biên chế.\n"
    )
    assert sorted(role for role in roles.values() if role) == ["reserve"]
    assert all(role is None for unit, role in roles.items() if "cuc" in unit)


def test_rows_under_a_reserve_group_and_a_reserve_counted_by_number_are_reserves() -> None:
    """Rows under a group row "B. Dự phòng (ngoài A)" and an item "Số dự phòng do Giám đốc
    quyết định: 40 người" are the reserve (role `reserve`: a rise 30 → 34 is no slip); the
    twin's group "Tổng cộng (kể cả dự phòng)" joins the reserve to other posts: no role."""
    table = (
        "| Nội dung | Năm 2025 | Năm 2026 |\n|---|---|---|\n| **A. Các sở, ngành** | | |\n"
        "| Công chức | 900 | 880 |\n| **B. {group}** | | |\n| Công chức | 30 | 34 |\n"
    )
    roles = _roles(table.format(group="Dự phòng (ngoài A)"))
    assert roles == {"cbcc-so-nganh": None, "cbcc-du-phong-ngoai-a": "reserve"}
    text = table.format(group="Dự phòng (ngoài A)")
    assert not [
        f
        for f in check_plan(plan_from_result(extract_plan(text, "doc.txt"), "doc.txt")).findings
        if f.kind == "unexpected-increase"
    ]
    assert "reserve" not in _roles(table.format(group="Tổng cộng (kể cả dự phòng)")).values()
    roles = _roles(
        "Năm 2025, tổng số người làm việc là 2.860 người, gồm:\n+ Các trường: 2.820 người;\n"
        "+ Số dự phòng do Giám đốc quyết định: 40 người.\n"
    )
    assert roles["du-phong"] == "reserve" and roles["truong"] is None


SHARED_OUT_TO_A_BODY = (
    "Điều 1. Giao biên chế công chức năm 2025\n\n1. Giao 1.000 biên chế công chức năm 2025 cho "
    "hệ thống Cục Dự trữ, giảm 50 biên chế so với năm 2024 (1.050 biên chế).\n\n2. Phân bổ cụ "
    "thể như sau:\n\na) Cơ quan Cục Dự trữ ở trung ương: 300 biên chế;\n\nb) Các Cục Dự trữ khu "
    "vực: 680 biên chế;\n\nc) Biên chế dự phòng: 20 biên chế.\n"
)


def test_posts_given_to_a_body_shared_out_below_are_its_category_lines_parts() -> None:
    """ "Giao N biên chế công chức cho hệ thống X ... 2. Phân bổ cụ thể như sau:": the list
    shares out the figure given, which is the body's CBCC line; the body's parts are that line
    alone (once the list was summed beside it: the body read as twice its posts, a false
    alarm). A label ending in "khu vực:" is no region number: its count is read."""
    _, parts, unread = _rows(SHARED_OUT_TO_A_BODY)
    assert not unread
    assert parts["he-thong-cuc-du-tru"] == ("he-thong-cuc-du-tru-cbcc",)
    assert set(parts["he-thong-cuc-du-tru-cbcc"]) == {
        "co-quan-cuc-du-tru",
        "cuc-du-tru-khu-vuc",
        "du-phong",
    }
    plan = plan_from_result(extract_plan(SHARED_OUT_TO_A_BODY, "doc.txt"), "doc.txt")
    assert not check_plan(plan).findings
    slipped = SHARED_OUT_TO_A_BODY.replace("680 biên chế", "690 biên chế")
    plan = plan_from_result(extract_plan(slipped, "doc.txt"), "doc.txt")
    assert [f.kind for f in check_plan(plan).findings] == ["sum-mismatch"]


def test_a_move_saying_both_its_years_is_read_with_its_change() -> None:
    """ "từ 24.650 người ... năm 2021 xuống còn 22.105 người năm 2024, tức giảm 2.545 người"
    was declined (no year for the sentence: only the first year was taken); so was the change
    said before the move ("giảm 5 biên chế, từ 96 (năm 2021) xuống 91 (năm 2024)") and the
    move with no change. Twins: the years backwards, a third year in the sentence, words of
    direction that disagree, or the later year left unsaid: nothing read."""
    rows, _, unread = _rows(
        "Số viên chức giảm từ 24.650 người làm việc hưởng lương ngân sách năm 2021 xuống còn "
        "22.105 người năm 2024, tức giảm 2.545 người (10,32%)."
    )
    assert not unread
    assert {("vc", 2021, 24650, None, None, None), ("vc", 2024, 22105, None, None, None)} <= rows
    assert ("vc", 2024, None, 2545, 2021, "10,32%") in rows
    rows, _, unread = _rows(
        "Các hội có tính chất đặc thù cũng giảm 5 biên chế, từ 96 (năm 2021) xuống 91 (năm "
        "2024), tỷ lệ 5,21%."
    )
    hoi = {row[1:] for row in rows if row[0].startswith("hoi")}
    assert not unread and {(2024, None, 5, 2021, "5,21%"), (2021, 96, None, None, None)} <= hoi
    rows, _, unread = _rows(
        "Biên chế công chức của tỉnh giảm từ 7.370 năm 2021 xuống còn 7.006 năm 2025."
    )
    assert not unread
    assert rows == {("cbcc", 2021, 7370, None, None, None), ("cbcc", 2025, 7006, None, None, None)}
    for declined in (
        "Các hội có tính chất đặc thù giảm 5 biên chế, từ 96 (năm 2024) xuống 91 (năm 2021).",
        "Năm 2023, số viên chức giảm từ 500 người năm 2021 xuống 450 người năm 2024.",
        "Số viên chức tăng từ 500 người năm 2021 xuống 450 người năm 2024, tức tăng 50 người.",
        "Số viên chức giảm từ 500 người năm 2021 xuống còn 450 người, tức giảm 50 người.",
    ):
        rows, _, unread = _rows(declined)
        assert unread == {1} and not rows, declined


def test_a_news_lead_ranking_names_the_unit_after_it() -> None:
    """ "Giảm mạnh nhất là viên chức: từ ... xuống ..." named no unit (the ranking was read as
    its name). Twin: what the ranking names is the unit, a body as a body."""
    rows, _, unread = _rows(
        "Giảm mạnh nhất là viên chức: từ 24.650 người năm 2021 xuống còn 22.105 người năm 2024, "
        "tức giảm 2.545 người (10,32%)."
    )
    assert not unread and ("vc", 2024, None, 2545, 2021, "10,32%") in rows
    rows, _, _ = _rows(
        "Giảm mạnh nhất là Sở Y tế: từ 520 người năm 2021 xuống còn 480 người năm 2024, tức "
        "giảm 40 người."
    )
    assert rows and not any(row[0] == "vc" for row in rows)


def test_items_after_a_sibling_saying_both_years_take_those_years() -> None:
    """ "- Cục Việc làm: từ 124 xuống 118 biên chế, giảm 6 biên chế" under a first item saying
    "từ 318 biên chế năm 2021 xuống 301 biên chế năm 2026" was declined (no year). Twins: a
    line between the items, siblings saying other years, or a first item saying one year
    only: the item naming no year stays unread."""
    lead = "2. Chỉ tiêu của từng khối, cụ thể:\n"
    first = (
        "- Vụ Tổ chức: từ 318 biên chế năm 2021 xuống 301 biên chế năm 2026, giảm 17 biên chế;\n"
    )
    item = "- Cục Việc làm: từ 124 xuống 118 biên chế, giảm 6 biên chế (4,84%);\n"
    rows, _, unread = _rows(lead + first + item)
    assert not unread
    assert ("cuc-viec-lam", 2021, 124, None, None, None) in rows
    assert ("cuc-viec-lam", 2026, None, 6, 2021, "4,84%") in rows
    other = "- Cục Trẻ em: từ 90 biên chế năm 2022 xuống 85 biên chế năm 2026, giảm 5 biên chế;\n"
    one_year = "- Vụ Tổ chức: từ 318 biên chế năm 2021 xuống 301 biên chế, giảm 17 biên chế;\n"
    for text in (
        lead + first + "Ghi chú: số liệu do các đơn vị báo cáo.\n" + item,
        lead + first + other + item,
        lead + one_year + item,
    ):
        rows, _, unread = _rows(text)
        last = text.count("\n")
        assert last in unread and not any(row[0] == "cuc-viec-lam" for row in rows), text


def test_this_figure_in_a_later_year_falls_from_the_figure_pointed_to() -> None:
    """ "Năm 2021 tỉnh được giao 2.218 biên chế công chức. Năm 2024, con số này còn 2.121 suất
    biên chế, tức là giảm 97 suất": the change named no year and the sentence was declined; it
    is the fall from the figure "con số này" points to, against its year. Twins: a sentence
    before stating no figure (a change only), or pointing back to a later year: declined."""
    rows, _, unread = _rows(
        "Năm 2021 tỉnh được giao 2.218 biên chế công chức. Năm 2024, con số này còn 2.121 suất "
        "biên chế, tức là giảm 97 suất, đạt tỷ lệ 4,37%."
    )
    assert not unread
    assert ("cbcc", 2024, 2121, None, None, None) in rows
    assert ("cbcc", 2024, None, 97, 2021, "4,37%") in rows
    for declined in (
        "Năm 2021 tỉnh giảm 20 biên chế công chức so với năm 2020. Năm 2024, con số này còn "
        "2.121 biên chế, tức là giảm 97 biên chế.",
        "Năm 2024 tỉnh được giao 2.218 biên chế công chức. Năm 2021, con số này là 2.300 biên "
        "chế, tức là giảm 82 biên chế.",
    ):
        rows, _, unread = _rows(declined)
        assert unread and not any(row[3] in (97, 82) for row in rows), declined


def test_an_interview_speakers_name_before_the_colon_is_no_unit() -> None:
    """ "Bà Lương Thị Huyền: Năm 2021 tỉnh được giao 2.218 biên chế công chức." named no unit
    (the speaker's name was taken for one), nor did "Chúng tôi phấn đấu đến năm 2026 còn ...".
    Twin: a body's name before the colon is its unit, never the province's category."""
    rows, _, unread = _rows(
        "Bà Lương Thị Huyền: Năm 2021 tỉnh được giao 2.218 biên chế công chức.\n"
        "Ông Trần Văn Bình: Chúng tôi phấn đấu đến năm 2026 còn 2.105 biên chế công chức.\n"
    )
    assert not unread
    assert {("cbcc", 2021, 2218, None, None, None), ("cbcc", 2026, 2105, None, None, None)} <= rows
    rows, _, _ = _rows("Sở Nội vụ: Năm 2021 được giao 52 biên chế công chức.")
    assert not any(row[0] == "cbcc" for row in rows)


def test_news_comparisons_with_an_earlier_years_level() -> None:
    """ "giảm 1.786 người (7,05%) so với mức 25.326 người của năm 2021" and "chỉ còn 11.420,
    trong khi năm 2021 là 12.610; mức giảm 1.190 người" were declined (no base year read).
    Twin: "trong khi năm 2025 là ..." set beside a figure of 2024 compares with a later year:
    declined, never a fall from 2025."""
    rows, _, unread = _rows(
        "Số người làm việc năm 2024 còn 23.540 người, giảm 1.786 người (7,05%) so với mức "
        "25.326 người của năm 2021."
    )
    assert not unread and ("vc", 2024, None, 1786, 2021, "7,05%") in rows
    assert ("vc", 2021, 25326, None, None, None) in rows
    rows, _, unread = _rows(
        "Số người làm việc năm 2024 chỉ còn 11.420, trong khi năm 2021 là 12.610; mức giảm "
        "1.190 người, tương đương 9,44%."
    )
    assert not unread and ("vc", 2024, None, 1190, 2021, "9,44%") in rows
    rows, _, unread = _rows(
        "Số người làm việc năm 2024 chỉ còn 11.420, trong khi năm 2025 là 11.300; mức giảm "
        "120 người."
    )
    assert unread and not any(row[3] == 120 for row in rows)


def test_a_total_named_by_two_categories_keeps_its_change() -> None:
    """ "toàn tỉnh còn 25.510 biên chế và người làm việc, giảm 2.741 so với năm 2021 (28.251)"
    gave the change and the base figure to VC (the second category read as a new subject): a
    misread; "ít hơn 2.741 so với năm 2021" was not read at all. Twin: "ít hơn" with no year
    compared with stays unread."""
    for said in ("giảm 2.741", "ít hơn 2.741"):
        rows, _, unread = _rows(
            f"Tính chung, năm 2024 toàn tỉnh còn 25.510 biên chế và người làm việc, {said} so "
            "với năm 2021 (28.251)."
        )
        assert not unread and not any(row[0] == "vc" for row in rows), said
        assert any(row[1:] == (2024, None, 2741, 2021, None) for row in rows), said
    rows, _, unread = _rows(
        "Năm 2024 toàn tỉnh còn 25.510 biên chế và người làm việc, ít hơn 2.741 người."
    )
    assert unread and not any(row[3] == 2741 for row in rows)


SUM_INSIDE_THE_TABLE = """Số lượng người làm việc năm 2025

| STT | Đơn vị | Năm 2024 | Năm 2025 |
|---|---|---|---|
| 1 | Bệnh viện A | 600 | 590 |
| 2 | Bệnh viện B | 400 | 390 |
| | Cộng các đơn vị | 1.000 | 980 |
| | Dự phòng tại Sở | 20 | 26 |
| | Tổng cộng | 1.020 | 1.006 |
"""


def test_a_sum_row_inside_a_table_is_not_read_as_the_total() -> None:
    """ "Cộng các đơn vị" with a body below it and "Tổng cộng" last: two sums of different
    rows (once one unit of two values: a false alarm), and the row between is no reserve
    (`test_a_sum_of_the_bodies_then_the_reserve_then_the_total` reads that form): the inner
    sum is declined; the rows and the last total are read. A table with its total first and
    no other sum row is read whole."""
    body = SUM_INSIDE_THE_TABLE.replace("| | Dự phòng tại Sở |", "| | Bệnh viện C |")
    rows, parts, unread = _rows(body)
    assert unread == {7}
    assert ("tong", 2025, 1006, None, None, None) in rows
    assert not any(value in (980, 1000) for _, _, value, *_ in rows)
    assert not parts.get("tong")
    rows, parts, unread = _rows(SUM_INSIDE_THE_TABLE.replace("Cộng các đơn vị", "Cộng"))
    assert unread == {7}
    assert ("tong", 2025, 1006, None, None, None) in rows
    assert not any(value in (980, 1000) for _, _, value, *_ in rows)
    assert not parts.get("tong")
    # one total row under its rows, a reserve row after it: no part of it (it would not add up)
    after = SUM_INSIDE_THE_TABLE.replace("| | Cộng các đơn vị | 1.000 | 980 |\n", "")
    after = after.replace("| | Tổng cộng | 1.020 | 1.006 |\n", "").replace(
        "| | Dự phòng tại Sở", "| | Tổng cộng | 1.000 | 980 |\n| | Dự phòng tại Sở"
    )
    rows, parts, unread = _rows(after)
    assert not unread
    assert set(parts["tong"]) == {"benh-vien-a", "benh-vien-b"}
    assert ("du-phong", 2025, 26, None, None, None) in rows
    leading = SUM_INSIDE_THE_TABLE.replace("| | Dự phòng tại Sở | 20 | 26 |\n", "")
    leading = leading.replace("| | Tổng cộng | 1.020 | 1.006 |\n", "")
    rows, parts, unread = _rows(leading)
    assert not unread
    assert set(parts["tong"]) == {"benh-vien-a", "benh-vien-b"}


def test_a_subset_opens_no_list_and_a_difference_said_year_first_is_a_change() -> None:
    """ "…, trong đó có 1.362 giáo viên; các đơn vị khác … 86 người": the teachers are some of
    the schools' people, and the units after them are no parts of the schools (once they
    were: a false alarm); "ít hơn năm 2021 là 12 người" is a fall of 12 against 2021 (once a
    unit named "ít hơn" of 12 people in 2021)."""
    rows, parts, unread = _rows(
        "Năm 2025, các trường mầm non, tiểu học trực thuộc được giao 1.528 người, trong đó có "
        "1.362 giáo viên; các đơn vị sự nghiệp khác được giao 86 người.\nSố cán bộ, công chức "
        "của 13 phường, xã năm 2025 là 306 người, ít hơn năm 2021 là 12 người."
    )
    assert not unread
    assert not any(parts.values())
    assert {value for _, _, value, *_ in rows if value} == {1528, 1362, 86, 306}
    assert {(year, reduction, base) for _, year, _, reduction, base, _ in rows if reduction} == {
        (2025, 12, 2021)
    }


def test_some_of_a_whole_unnamed_is_not_the_whole() -> None:
    """ "Trong tổng số biên chế viên chức có 20 biên chế.": some of the whole, not said what
    they are, is never the whole's figure (it was VC's 2025 figure of 20 beside 1.000: a false
    alarm); the line is reported unread."""
    rows, _, unread = _rows(
        "Năm 2025, tổng biên chế viên chức là 1.000 biên chế.\nTrong tổng số biên chế viên chức "
        "có 20 biên chế."
    )
    assert rows == {("vc", 2025, 1000, None, None, None)}
    assert unread == {2}


def test_posts_beside_people_name_both_categories() -> None:
    """ "Giao biên chế và số lượng người làm việc năm 2025": bare posts beside the people of
    the public-service units are the civil servants', so the lead types nothing (it once
    typed the CBCC reserve below it as VC, a misread of blind X2). Twin: the people alone are
    the VC's, and a bare block under them is of it."""
    both = extract_plan(
        "Điều 1. Giao biên chế và số lượng người làm việc năm 2025 như sau:\n1. Biên chế công "
        "chức: 3.100 biên chế, gồm:\na) Các cơ quan hành chính cấp thành phố: 3.080 biên chế;\n"
        "b) Biên chế dự phòng: 20 biên chế.",
        "doc.txt",
    )
    reserve = next(u for u in both.data["units"] if u["id"] == "du-phong")
    assert reserve.get("category") != "VC"
    assert reserve["role"] == "reserve"
    assert category_mentioned("Giao biên chế và số lượng người làm việc năm 2025") is None
    assert category_mentioned("Giao biên chế, số lượng người làm việc năm 2025") is None
    assert category_mentioned("Giao số lượng người làm việc năm 2025") is Kind.VC


# Session 10, eng-lists: leads of lists left unread, so their whole list went with them.

SYSTEM_LEAD = (
    "QUYẾT ĐỊNH\n\nĐiều 1. {lead} đến năm 2026 là 2.000 biên chế, giảm 100 biên chế so với năm "
    "2021 (2.100 biên chế), gồm:\n1. Biên chế công chức: 600 biên chế, gồm:\na) Cấp tỉnh: 380 "
    "biên chế;\nb) Biên chế dự phòng: 20 biên chế;\nc) Cấp huyện: 200 biên chế.\n2. Số lượng "
    "người làm việc: 1.400 người.\n"
)


def test_the_posts_of_the_political_system_named_without_total_are_the_total() -> None:
    """ "Biên chế của hệ thống chính trị tỉnh A đến năm 2026 là 2.000 biên chế, ..., gồm:":
    the whole system's posts, as "Tổng biên chế của hệ thống chính trị" is (no unit was named,
    and the twelve lines under it went unread). The khoản's own a)-c), the reserve among them,
    are that khoản's parts, never the Điều's. A level's system ("... cấp huyện") is no
    document's total."""
    rows, parts, unread = _rows(SYSTEM_LEAD.format(lead="Biên chế của hệ thống chính trị tỉnh A"))
    assert not unread
    assert ("tong", 2026, 2000, None, None, None) in rows
    assert ("tong", 2021, 2100, None, None, None) in rows
    assert ("tong", 2026, None, 100, 2021, None) in rows
    assert set(parts["tong"]) == {"cbcc", "vc"}
    assert len(parts["cbcc"]) == 3 and "du-phong" in parts["cbcc"]
    rows, _, _ = _rows(SYSTEM_LEAD.format(lead="Biên chế của hệ thống chính trị cấp huyện"))
    assert not any(unit == "tong" for unit, *_ in rows)


LIST_AGREED = (
    "THÔNG BÁO KẾT LUẬN\n\n1. {verb} giao 642 biên chế cho {whom} năm 2025 (giảm 12 biên chế so "
    "với năm 2024), gồm:\n- Cấp tỉnh: 231 biên chế;\n- Cấp huyện: 411 biên chế.\n"
)


def test_posts_agreed_for_bodies_with_their_year_after_them_open_their_list() -> None:
    """ "1. Đồng ý giao 642 biên chế cho các cơ quan đảng ... năm 2025 (giảm 12 ...), gồm:": a
    conclusion agreeing names no unit (the words "Đồng ý" were read as one), and the year right
    after the bodies is their posts' year. To one body ("cho Sở Y tế"), whose posts may be of a
    category left unsaid: unread, as "Giao ... cho Sở Y tế" is."""
    for verb in ("Đồng ý", "Nhất trí", "Thống nhất"):
        rows, parts, unread = _rows(LIST_AGREED.format(verb=verb, whom="các cơ quan đảng của tỉnh"))
        assert not unread, verb
        assert ("dang", 2025, 642, None, None, None) in rows
        assert ("dang", 2025, None, 12, 2024, None) in rows
        assert set(parts["dang"]) == {"cap-tinh", "cap-huyen"}
    _, _, unread = _rows(LIST_AGREED.format(verb="Đồng ý", whom="Sở Y tế"))
    assert 3 in unread


SCHOOLS_LEAD = (
    "KẾ HOẠCH\n\nNăm 2021, các trường công lập thuộc huyện {verb} 1.410 {noun}, gồm:\n- Mầm non: "
    "412 người;\n- Tiểu học: 560 người;\n- Trung học cơ sở: 438 người.\n{after}"
)


def test_posts_given_with_their_category_as_the_counts_noun_open_their_list() -> None:
    """ "Năm 2021, các trường ... được giao 1.410 viên chức, gồm:" says "1.410 biên chế viên
    chức": the bodies' VC line, the items below its parts (the count was taken for a part of a
    figure before it, and the lead and its list's whole were unread). Staff the bodies "có"
    (in post, or posts?) and a second category after the count stay unread."""
    rows, parts, unread = _rows(SCHOOLS_LEAD.format(verb="được giao", noun="viên chức", after=""))
    assert not unread
    assert ("truong-cong-lap-thuoc-huyen-vc", 2021, 1410, None, None, None) in rows
    assert set(parts["truong-cong-lap-thuoc-huyen-vc"]) == {
        "mam-non",
        "tieu-hoc",
        "trung-hoc-co-so",
    }
    for verb, noun in (("có", "viên chức"), ("được giao", "viên chức và 20 công chức")):
        rows, _, unread = _rows(SCHOOLS_LEAD.format(verb=verb, noun=noun, after=""))
        assert 3 in unread, (verb, noun)
        assert not any(value == 1410 for _, _, value, *_ in rows)


def test_the_total_above_a_list_just_closed_is_the_lists_whole() -> None:
    """ "Trong tổng số trên có 1.182 giáo viên." in the paragraph right after a list: some of
    the list's whole (the total above), never of its last item; it was unread. Where an item
    could hold them (500 teachers, the primary schools' 560 people), "Trong số trên" (the
    figure above: the item's or the whole's?) and after a list inside another's item: unread."""
    after = "Trong tổng số trên có 1.182 giáo viên.\n"
    rows, _, unread = _rows(SCHOOLS_LEAD.format(verb="được giao", noun="viên chức", after=after))
    assert not unread
    assert ("truong-cong-lap-thuoc-huyen-vc-giao-vien", 2021, 1182, None, None, None) in rows
    text = SCHOOLS_LEAD.format(
        verb="được giao", noun="viên chức", after="Trong số trên có 1.182 giáo viên.\n"
    )
    _, _, unread = _rows(text)
    assert unread == {7}
    text = SCHOOLS_LEAD.format(
        verb="được giao", noun="viên chức", after="Trong tổng số trên có 500 giáo viên.\n"
    )
    _, _, unread = _rows(text)
    assert unread == {7}
    nested = (
        "KẾ HOẠCH\n\nNăm 2021, tổng biên chế của huyện là 2.000 biên chế, gồm:\n1. Số lượng người "
        "làm việc: 1.400 người.\n2. Biên chế công chức: 600 biên chế, gồm:\na) Cấp huyện: 400 "
        "biên chế;\nb) Cấp xã: 200 biên chế.\nTrong tổng số trên có 150 công chức nữ.\n"
    )
    _, _, unread = _rows(nested)
    assert 8 in unread


def test_a_base_recalled_after_a_lines_own_change_is_the_lines() -> None:
    """ "các trường được giao 327 người làm việc, giảm 18 người so với năm 2021 (345
    người)": the 2021 figure is the VC line's, as its change is (it was filed under the
    bodies as a whole: a figure of the wrong unit). With two lines given, whose change it is
    is not said: nothing moves to a line."""
    for text in (
        "Năm 2024, các trường được giao 327 người làm việc, giảm 18 người so với năm 2021 "
        "(345 người).",
        "Năm 2024, các trường được giao 327 người làm việc (năm 2021 là 345 người), giảm 18 người "
        "so với năm 2021.",
    ):
        rows, _, unread = _rows("KẾ HOẠCH\n\n" + text + "\n")
        assert not unread
        assert ("truong-vc", 2021, 345, None, None, None) in rows
        assert ("truong-vc", 2024, None, 18, 2021, None) in rows
        assert not any(unit == "truong" and value for unit, _, value, *_ in rows)
    rows, _, _ = _rows(
        "KẾ HOẠCH\n\nNăm 2024, các trường được giao 327 người làm việc và 20 biên chế công chức, "
        "giảm 18 người so với năm 2021 (345 người).\n"
    )
    assert not any(unit == "truong-vc" and year == 2021 for unit, year, *_ in rows)


def test_posts_given_to_communes_say_their_level_or_stay_unread() -> None:
    """ "Năm 2024, 15 xã, thị trấn của huyện được giao 327 cán bộ, công chức cấp xã, giảm 18
    người so với năm 2021 (345 người).": the communes' CBCC-XA line, its base the line's too.
    Without "cấp xã" their "cán bộ, công chức" may be the commune level's or counted as the
    province's: unread, as "Riêng 9 xã ... được giao 214 cán bộ, công chức" (some of a whole,
    or more?) is."""
    rows, _, unread = _rows(
        "KẾ HOẠCH\n\nNăm 2024, 15 xã, thị trấn của huyện được giao 327 cán bộ, công chức cấp xã, "
        "giảm 18 người so với năm 2021 (345 người).\n"
    )
    assert not unread
    line = "15-xa-thi-tran-huyen-cbcc-xa"
    assert rows == {
        (line, 2024, 327, None, None, None),
        (line, 2021, 345, None, None, None),
        (line, 2024, None, 18, 2021, None),
    }
    for text in (
        "Năm 2024, các xã được giao 327 công chức.",
        "Năm 2025, riêng 9 xã, phường hình thành sau sắp xếp được giao 214 cán bộ, công chức.",
    ):
        rows, _, unread = _rows("KẾ HOẠCH\n\n" + text + "\n")
        assert unread == {3}, text
        assert not rows


def test_a_reserve_kept_back_may_name_its_category_as_the_counts_noun() -> None:
    """ "2. Giữ lại 40 người làm việc dự phòng tại Sở Giáo dục và Đào tạo ...": the VC reserve,
    as "Giữ lại 40 biên chế viên chức dự phòng" is. A count naming no category ("40 người dự
    phòng") stays unread."""
    rows, _, unread = _rows(
        "QUYẾT ĐỊNH GIAO SỐ LƯỢNG NGƯỜI LÀM VIỆC NĂM 2024\n\n2. Giữ lại 40 người làm việc dự phòng "
        "tại Sở Giáo dục và Đào tạo để điều chỉnh khi quy mô lớp học tăng.\n"
    )
    assert not unread
    assert rows == {("du-phong", 2024, 40, None, None, None)}
    rows, _, unread = _rows(
        "QUYẾT ĐỊNH GIAO SỐ LƯỢNG NGƯỜI LÀM VIỆC NĂM 2024\n\n2. Giữ lại 40 người dự phòng tại Sở "
        "Giáo dục và Đào tạo.\n"
    )
    assert unread == {3}


# Session 10, eng-bodies3: named bodies and groups.

ITEM_YEARS = (
    "I. BIÊN CHẾ CÔNG CHỨC\nNăm 2021, Sở được giao 120 biên chế công chức, trong đó:\n"
    "- Văn phòng Sở: 60 biên chế, đến năm 2026 còn 57 biên chế;\n"
    "- Chi cục Thủy lợi: 40 biên chế, đến năm 2026 còn 38 biên chế;\n"
    "- Chi cục Thủy sản: 20 biên chế{last}.\n"
)


def test_a_later_year_an_item_names_is_its_own() -> None:
    """Under a lead of 2021, an item "Văn phòng Sở: 60 biên chế, đến năm 2026 còn 57" reads its
    first figure for the lead's year: its own "năm 2026" moves no sibling's first figure to
    2026 (once both figures of the next item were of 2026, and it was left unread)."""
    rows, _, unread = _rows(ITEM_YEARS.format(last=", đến năm 2026 còn 19 biên chế"))
    assert not unread
    values = {(year, value) for _, year, value, *_ in rows if value}
    assert values >= {(2021, 60), (2026, 57), (2021, 40), (2026, 38), (2021, 20), (2026, 19)}


def test_a_later_year_of_an_item_that_read_none_of_the_leads_year_still_carries() -> None:
    """The twin: an item naming its year before its only figure ("đến năm 2026 còn 57") read
    nothing for the lead's year, so nothing says its siblings' figures are the lead's: the
    later year carries on as before (never moved back to 2021 by this rule)."""
    text = ITEM_YEARS.format(last="").replace(
        "Văn phòng Sở: 60 biên chế, đến năm 2026 còn 57", "Văn phòng Sở đến năm 2026 còn 57"
    )
    rows, _, _ = _rows(text)
    assert (2021, 20) not in {(year, value) for _, year, value, *_ in rows if value}


GROUPS_BY_CLASS = (
    "Điều 1. Số lượng cán bộ, công chức cấp xã năm 2024\n"
    "Năm 2024, tổng số cán bộ, công chức của 30 xã, thị trấn trên địa bàn huyện là 622 người, "
    "gồm:\n"
    "a) 14 đơn vị loại I, mỗi đơn vị 22 người: {first} người;\n"
    "b) 13 đơn vị loại II, mỗi đơn vị 20 người: 260 người;\n"
    "c) 3 đơn vị loại III, mỗi đơn vị 18 người: 54 người.\n"
)


def test_bodies_counted_with_an_amount_each_then_their_sum_after_a_colon() -> None:
    """ "14 đơn vị loại I, mỗi đơn vị 22 người: 308 người": the count and the amount for each
    come first, the group's sum after the colon. The group is one unit of the sum (a part of
    the lead's 622); the amount for each is no unit's figure."""
    rows, parts, unread = _rows(GROUPS_BY_CLASS.format(first="308"))
    assert not unread
    values = {value for _, _, value, *_ in rows if value}
    assert values == {622, 308, 260, 54}
    assert any(len(p) == 3 for p in parts.values())


def test_bodies_counted_whose_sum_is_not_count_times_each_are_not_read() -> None:
    """The twin: 14 × 22 = 308, not the 300 written: the line is reported unread and none of
    its figures is used (neither 300 nor 22)."""
    rows, _, unread = _rows(GROUPS_BY_CLASS.format(first="300"))
    assert 3 in unread
    assert not {value for _, _, value, *_ in rows} & {300, 22}


LABELLED_BODIES = (
    "Năm 2026, biên chế công chức của Tổng cục là 188 biên chế, phân theo khu vực như sau:\n"
    "+ Khu vực phía Bắc: {bodies}, mỗi Chi cục 46 biên chế, cộng 92 biên chế;\n"
    "+ Khu vực phía Nam: Chi cục Kiểm lâm vùng III: 96 biên chế.\n"
)


def test_a_label_over_bodies_named_with_an_amount_each_and_their_sum() -> None:
    """ "Khu vực phía Bắc: Chi cục A và Chi cục B, mỗi Chi cục 46 biên chế, cộng 92 biên chế":
    the label is one unit of the sum, its bodies named (two of them: 2 × 46 = 92); the amount
    for each is no unit's (once a unit of 46 beside the label's 92: a misread and a false
    alarm on the sum above)."""
    bodies = "Chi cục Kiểm lâm vùng I và Chi cục Kiểm lâm vùng II"
    rows, parts, unread = _rows(LABELLED_BODIES.format(bodies=bodies))
    assert not unread
    assert {value for _, _, value, *_ in rows if value} == {188, 92, 96}
    assert any(len(p) == 2 for p in parts.values())


def test_a_label_over_bodies_neither_named_nor_counted_is_not_read() -> None:
    """The twin: "Khu vực phía Bắc: các Chi cục vùng, mỗi Chi cục 46 biên chế, cộng 92": how
    many bodies share the amount is not said, so the sum cannot be checked: the line is
    reported unread, and 46 is never a unit's figure."""
    rows, _, unread = _rows(LABELLED_BODIES.format(bodies="các Chi cục Kiểm lâm vùng"))
    assert 2 in unread
    assert not {value for _, _, value, *_ in rows} & {46, 92}


COUNTED_EACH = (
    "Sở Nội vụ phân bổ biên chế cán bộ, công chức cấp xã năm 2025 cho các xã, phường mới.\n\n"
    "Theo đó, 70 xã được bố trí mỗi xã 30 biên chế, cộng 2.100 biên chế; 23 phường được bố "
    "trí mỗi phường {each} biên chế, cộng 874 biên chế.\n"
)


def test_bodies_counted_in_clauses_each_with_an_amount_and_a_sum() -> None:
    """ "70 xã được bố trí mỗi xã 30 biên chế, cộng 2.100 biên chế; 23 phường ...": each
    clause is one group of its sum (70 × 30 = 2.100; 23 × 38 = 874); the amounts for each
    are no unit's figures."""
    rows, _, unread = _rows(COUNTED_EACH.format(each="38"))
    assert not unread
    assert {(year, value) for _, year, value, *_ in rows if value} == {(2025, 2100), (2025, 874)}


def test_bodies_counted_in_clauses_whose_sum_is_off_leave_the_sentence_unread() -> None:
    """The twin: 23 × 36 = 828, not 874: the whole sentence is reported unread, none of its
    figures used (not even the first clause, which adds up)."""
    rows, _, unread = _rows(COUNTED_EACH.format(each="36"))
    assert unread == {3}
    assert not rows


BY_SIZE = (
    "Sở Nội vụ đề nghị giao cán bộ, công chức cấp xã năm 2026 như sau:\n"
    "a) Các phường: 120 người (3 phường, bình quân {each} người/phường);\n"
    "b) {middle}: 899 người.\n"
)


def test_a_group_with_its_bodies_counted_and_an_average_in_parentheses() -> None:
    """ "Các phường: 120 người (3 phường, bình quân 40 người/phường)": the group is one unit of
    120 (3 × 40); the average is no unit's figure. "29 xã quy mô trung bình" names communes
    of middle size: no average, the line is read."""
    rows, _, unread = _rows(BY_SIZE.format(each="40", middle="29 xã quy mô trung bình"))
    assert not unread
    assert {(year, value) for _, year, value, *_ in rows if value} == {(2026, 120), (2026, 899)}


def test_an_average_that_does_not_multiply_out_and_an_average_per_body_are_not_read() -> None:
    """The twins: 3 × 41 is not 120 (a rounded average, or a slip): the line is unread, none
    of its figures used; "Biên chế trung bình của 29 xã" is an average, no unit's figure."""
    rows, _, unread = _rows(BY_SIZE.format(each="41", middle="Biên chế trung bình của 29 xã"))
    assert unread == {2, 3}
    assert not rows


COUNTED_BEFORE = (
    "Biên chế công chức năm 2025 là 1.840 biên chế. Chia theo cấp:\n"
    "1. Cấp tỉnh: {counted}, 1.068 biên chế công chức;\n"
    "2. Cấp huyện: 10 huyện, thành phố, 176 vị trí việc làm, 772 biên chế công chức.\n"
)


def test_bodies_and_positions_counted_before_a_levels_figure_are_no_figures() -> None:
    """ "Cấp tỉnh: 19 cơ quan chuyên môn và tổ chức hành chính, 236 vị trí việc làm, 1.068 biên
    chế công chức": the bodies and positions counted are no figures; the level has 1.068."""
    counted = "19 cơ quan chuyên môn và tổ chức hành chính, 236 vị trí việc làm"
    rows, _, unread = _rows(COUNTED_BEFORE.format(counted=counted))
    assert not unread
    assert {value for _, _, value, *_ in rows if value} == {1840, 1068, 772}


def test_people_counted_before_a_levels_figure_leave_it_unread() -> None:
    """The twin: "19 người nghỉ hưu" counts people, not bodies (and the piece could be a
    figure of its own): the item is not read as the level's 1.068."""
    rows, _, unread = _rows(COUNTED_BEFORE.format(counted="19 người nghỉ hưu"))
    assert 2 in unread
    assert 1068 not in {value for _, _, value, *_ in rows}


PARKS_COUNTED = (
    "Số lượng người làm việc hưởng lương từ ngân sách nhà nước tại 6 {bodies} trực thuộc Tổng "
    "cục năm 2021 là 1.250 người; đến năm 2026 còn 1.120 người, giảm 130 người.\n"
)


def test_public_bodies_counted_in_a_subject_are_no_figure() -> None:
    """ "tại 6 Vườn quốc gia trực thuộc Tổng cục": national parks counted, as offices and
    communes are; the sentence reads 1.250 and 1.120 (once the 6 was a figure no rule took,
    and the whole sentence was left unread)."""
    rows, _, unread = _rows(PARKS_COUNTED.format(bodies="Vườn quốc gia"))
    assert not unread
    assert {(year, value) for _, year, value, *_ in rows if value} == {(2021, 1250), (2026, 1120)}


def test_things_the_lexicon_knows_no_body_by_counted_in_a_subject_stay_unread() -> None:
    """The twin: "tại 6 trạm bảo vệ rừng" counts what the lexicon knows as no body: the 6
    may be a figure, and the sentence stays unread."""
    rows, _, unread = _rows(PARKS_COUNTED.format(bodies="trạm bảo vệ rừng"))
    assert unread == {1}
    assert not rows


TRANSFERRED = (
    "I. NĂM 2024\n1. Sở Tài chính được giao 64 biên chế công chức; Sở Xây dựng được giao 131 "
    "biên chế công chức.\n\nII. PHƯƠNG ÁN NĂM 2025\n"
    "{moved}. Sau điều chuyển:\n"
    "a) Sở Tài chính còn lại 59 biên chế công chức, giảm 5 biên chế so với năm 2024;\n"
    "b) Sở Xây dựng được bổ sung lên 136 biên chế công chức, tăng 5 biên chế so với năm 2024.\n"
)


def test_a_transfer_between_bodies_and_their_posts_after_it() -> None:
    """ "Điều chuyển 5 biên chế công chức từ Sở A sang Sở B": posts moved, no body's figure
    (outside); "Sở A còn lại 59 ...", "Sở B được bổ sung lên 136 ..." are each body's posts
    after it, with the change each states (once no unit, the lines unread)."""
    moved = "Điều chuyển 5 biên chế công chức từ Sở Tài chính sang Sở Xây dựng"
    rows, _, unread = _rows(TRANSFERRED.format(moved=moved))
    assert not unread
    assert {(year, value) for _, year, value, *_ in rows if value} == {
        (2024, 64),
        (2024, 131),
        (2025, 59),
        (2025, 136),
    }
    changes = {(year, reduction, base) for _, year, _, reduction, base, _ in rows if reduction}
    assert changes == {(2025, 5, 2024), (2025, -5, 2024)}


def test_a_transfer_naming_no_body_it_leaves_is_not_set_aside() -> None:
    """The twin: "Điều chuyển 5 biên chế công chức sang Sở Xây dựng" names no body the posts
    leave: it may be posts added, and is reported unread, never set aside."""
    moved = "Điều chuyển 5 biên chế công chức sang Sở Xây dựng"
    _, _, unread = _rows(TRANSFERRED.format(moved=moved))
    assert 5 in unread


def test_what_is_left_after_a_comma_is_no_bodys_posts_after_a_change() -> None:
    """The twin of "Sở A còn lại 59 biên chế": after a comma, "còn lại 59 biên chế công chức"
    may be the rest of a list or of a figure just given; it is never read as the body's posts
    (the sentence stays unread)."""
    rows, _, unread = _rows(
        "Năm 2025, Sở Tài chính được giao 64 biên chế công chức, còn lại 59 biên chế công chức."
    )
    assert unread == {1}
    assert not rows


# --- Session 10: eng-yearitems2 --------------------------------------------------------------


def test_a_heading_naming_every_hoi_gives_its_year_lines_to_the_hoi() -> None:
    """ "2. Đối với biên chế hội có tính chất đặc thù" or "2. Hội có tính chất đặc thù" over
    "Năm 2026 giao 96 chỉ tiêu, không thay đổi so với năm 2021.": the hội's own posts (the
    first was not known as the hội's heading, the second was taken for one body's name). A
    heading naming one hội by its name gives nothing: its line stays unread."""
    for heading in ("Đối với biên chế hội có tính chất đặc thù", "Hội có tính chất đặc thù"):
        rows, _, unread = _rows(
            "III. LỘ TRÌNH GIẢM BIÊN CHẾ\n1. Biên chế các hội có tính chất đặc thù năm 2021: 96 "
            f"chỉ tiêu.\n2. {heading}\nNăm 2026 giao 96 chỉ tiêu, không thay đổi so với năm 2021."
        )
        assert not unread, heading
        assert rows == {
            ("hoi", 2021, 96, None, None, None),
            ("hoi", 2026, 96, None, None, None),
            ("hoi", 2026, None, 0, 2021, None),
        }, heading
    rows, _, unread = _rows(
        "III. LỘ TRÌNH\n1. Khối chính quyền\nNăm 2026 còn 1.942 biên chế công chức.\n2. Hội Chữ "
        "thập đỏ tỉnh\nNăm 2026 là 21 biên chế, giảm 1 biên chế so với năm 2021."
    )
    assert unread == {5}
    assert not any(value == 21 for _, _, value, *_ in rows)


YEARLY_CATEGORY_LEAD = """II. LỘ TRÌNH GIẢM
Năm 2024, toàn ngành có 14.700 người làm việc.
Số người làm việc toàn ngành giảm dần qua các năm:
- Năm 2025: 14.525 người, giảm 175 người so với năm 2024;
- Năm 2026: 14.350 người, giảm 175 người so với năm 2025, trong đó có 12.960 giáo viên.
"""


def test_a_lead_naming_one_category_year_by_year_gives_its_items_that_category() -> None:
    """ "Số người làm việc toàn ngành giảm dần qua các năm:" over items naming only a year:
    the category's own line, each item its figure and change of that year, the teachers a
    subset (the items were unread: the lead named no body and stated no figure). A lead
    narrowing the category (a sector, a level) says nothing of whose the items are: they stay
    unread."""
    rows, _, unread = _rows(YEARLY_CATEGORY_LEAD)
    assert not unread
    assert rows == {
        ("vc", 2024, 14700, None, None, None),
        ("vc", 2025, 14525, None, None, None),
        ("vc", 2025, None, 175, 2024, None),
        ("vc", 2026, 14350, None, None, None),
        ("vc", 2026, None, 175, 2025, None),
        ("vc-giao-vien", 2026, 12960, None, None, None),
    }
    assert _subsets(YEARLY_CATEGORY_LEAD) == {"vc-giao-vien": "vc"}
    for narrowed in (
        "Số người làm việc của các trường mầm non giảm dần qua các năm:",
        "Biên chế công chức cấp huyện giảm dần qua các năm:",
    ):
        rows, _, unread = _rows(
            YEARLY_CATEGORY_LEAD.replace(
                "Số người làm việc toàn ngành giảm dần qua các năm:", narrowed
            )
        )
        assert {4, 5} <= unread, narrowed
        assert not any(value in (14525, 14350) for _, _, value, *_ in rows), narrowed


PAID_FROM_THE_BUDGET = (
    "II. CHỈ TIÊU CHUNG\n"
    "Đến năm 2026, số người làm việc hưởng lương từ ngân sách nhà nước của Trường Đại học A "
    "còn 2.826 người, giảm 318 người so với năm 2021 (3.144 người).\n"
    "III. LỘ TRÌNH\n"
    "1. Năm 2022\n"
    "- Số người hưởng lương từ ngân sách: 3.090 người, giảm 54 người so với năm 2021;\n"
    "- trong đó có 1.912 giảng viên.\n"
)


def test_people_paid_from_the_budget_name_again_the_one_unit_so_named() -> None:
    """ "- Số người hưởng lương từ ngân sách: 3.090 người, ..." under "1. Năm 2022", in a text
    that has stated one unit, its viên chức "hưởng lương từ ngân sách nhà nước": that unit
    again, the teachers on the next item its subset (both were unread). The words name no
    category of their own: after a text that stated công chức too, or named its unit without
    the pay source, the item stays unread."""
    rows, _, unread = _rows(PAID_FROM_THE_BUDGET)
    assert not unread
    unit = "vc-truong-dai-hoc-a"
    assert {
        (unit, 2022, 3090, None, None, None),
        (unit, 2022, None, 54, 2021, None),
        (f"{unit}-giang-vien", 2022, 1912, None, None, None),
    } <= rows
    assert _subsets(PAID_FROM_THE_BUDGET) == {f"{unit}-giang-vien": unit}
    for before in (
        "Đến năm 2026, biên chế công chức của tỉnh còn 1.900 biên chế; số người làm việc hưởng "
        "lương từ ngân sách nhà nước còn 2.826 người.",
        "Đến năm 2026, số viên chức của Trường Đại học A còn 2.826 người, giảm 318 người so với "
        "năm 2021 (3.144 người).",
    ):
        text = PAID_FROM_THE_BUDGET.replace(PAID_FROM_THE_BUDGET.splitlines()[1], before)
        rows, _, unread = _rows(text)
        assert 5 in unread, before
        assert not any(value == 3090 for _, _, value, *_ in rows), before


def test_lower_than_a_year_by_a_count_is_a_fall_and_higher_a_rise() -> None:
    """ "Năm 2026 còn 1.942 biên chế, thấp hơn năm 2021 là 104 biên chế (5,08%)": a fall of
    104 against 2021 at that rate (once a unit named "thấp hơn" of 104 posts in 2021, the line
    unread); "cao hơn năm 2021 là 4 biên chế" a rise, read differently."""
    heading = "2. Khối chính quyền (biên chế công chức)\nNăm 2026 còn 1.942 biên chế, "
    rows, _, unread = _rows(heading + "thấp hơn năm 2021 là 104 biên chế (5,08%).")
    assert not unread
    assert {(year, value, cut, base, rate) for _, year, value, cut, base, rate in rows} == {
        (2026, 1942, None, None, None),
        (2026, None, 104, 2021, "5,08%"),
    }
    rows, _, unread = _rows(heading + "cao hơn năm 2021 là 4 biên chế.")
    assert not unread
    assert {(year, cut, base) for _, year, _, cut, base, _ in rows if cut} == {(2026, -4, 2021)}


def test_what_is_left_right_after_an_items_label_is_its_figure() -> None:
    """ "- Năm 2026: còn lại 19.330 người, trong đó có 13.420 giáo viên." under a heading of
    viên chức: the year's figure and its subset (unread: "còn lại" was no verb of a figure).
    Only right after the label's colon: "các đơn vị còn lại 1.330 người" names the rest of
    something, whose is not said, and stays unread."""
    heading = (
        "2. Đối với số lượng người làm việc hưởng lương từ ngân sách nhà nước\n- Năm 2025: "
        "19.760 người (giảm 430 người so với năm 2024);\n"
    )
    rows, _, unread = _rows(
        heading + "- Năm 2026: còn lại 19.330 người, trong đó có 13.420 giáo viên."
    )
    assert not unread
    assert {
        ("vc", 2026, 19330, None, None, None),
        ("vc-giao-vien", 2026, 13420, None, None, None),
    } <= rows
    rows, _, unread = _rows(heading + "- Năm 2026, các đơn vị còn lại 1.330 người.")
    assert unread == {3}
    assert not any(value == 1330 for _, _, value, *_ in rows)


def test_a_when_clause_before_a_chain_names_no_unit() -> None:
    """ "Khi các khoa lần lượt tự bảo đảm chi thường xuyên, số người làm việc hưởng lương từ
    ngân sách giảm như sau: năm 2022 là 3.150 người; ...": the category after the "khi"
    clause is the chain's topic (the self-financed units of the clause put the chain outside),
    and "giảm như sau" no part of its name; the change-only items after "Trong đó:" are its
    changes against the years they state. A "khi" clause with no category after it stays as
    it was: the people moved to the units' own revenue are outside."""
    text = (
        "1. Năm 2021, Trường A được giao 3.420 người làm việc hưởng lương từ ngân sách nhà nước."
        "\n2. Lộ trình\nKhi các khoa lần lượt tự bảo đảm chi thường xuyên, số người làm việc "
        "hưởng lương từ ngân sách giảm như sau: năm 2022 là 3.150 người; năm 2023 là 2.880 người;"
        " năm 2024 là 2.540 người.\nTrong đó:\n- Năm 2023 giảm 270 người so với năm 2022;\n- Năm "
        "2024 giảm 340 người so với năm 2023."
    )
    rows, _, unread = _rows(text)
    assert not unread
    assert {
        ("vc", 2022, 3150, None, None, None),
        ("vc", 2024, 2540, None, None, None),
        ("vc", 2023, None, 270, 2022, None),
        ("vc", 2024, None, 340, 2023, None),
    } <= rows
    rows, _, unread = _rows(
        "1. Năm 2021, Trường A được giao 3.420 người làm việc hưởng lương từ ngân sách nhà nước."
        "\n2. Khi các khoa lần lượt tự bảo đảm chi thường xuyên, 1.050 người làm việc chuyển "
        "sang hưởng lương từ nguồn thu sự nghiệp."
    )
    assert not unread  # (outside: people paid from the units' own revenue)
    assert not any(value == 1050 for _, _, value, *_ in rows)


def test_a_chain_moving_on_with_sang_keeps_its_topic() -> None:
    """ "Đối với biên chế công chức, cụ thể là năm 2022 còn 2.436 biên chế, ...; sang năm 2023
    còn 2.411 biên chế, tiếp tục giảm 25 ...": "sang năm 2023" is the next year of the chain
    (once a unit named "sang"), "cụ thể là" no part of the topic's name. Without the topic the
    links name no unit: unread."""
    chain = (
        "năm 2022 còn 2.436 biên chế, giảm 24 biên chế so với năm 2021; sang năm 2023 còn 2.411 "
        "biên chế, tiếp tục giảm 25 biên chế so với năm 2022."
    )
    rows, _, unread = _rows("Đối với biên chế công chức, cụ thể là " + chain)
    assert not unread
    assert rows == {
        ("cbcc", 2022, 2436, None, None, None),
        ("cbcc", 2022, None, 24, 2021, None),
        ("cbcc", 2023, 2411, None, None, None),
        ("cbcc", 2023, None, 25, 2022, None),
    }
    rows, _, unread = _rows("Cụ thể là " + chain)
    assert unread == {1}
    assert not rows


GOAL_LEAD = (
    "Đến năm 2030, giảm tối thiểu 3% biên chế công chức và 5% số lượng người làm việc hưởng "
    "lương từ ngân sách nhà nước so với số được giao năm 2026, cụ thể:\n"
    "1. Biên chế công chức đến năm 2030 là 3.788 biên chế, giảm 118 biên chế (tỷ lệ 3,02%).\n"
    "2. Số lượng người làm việc hưởng lương từ ngân sách nhà nước đến năm 2030 là 52.897 người, "
    "giảm 2.785 người (tỷ lệ 5,00%).\n"
)


def test_items_under_a_goal_compare_with_the_goals_year() -> None:
    """A paragraph setting only goal rates by 2030 against 2026 and opening items ("..., cụ
    thể:"): an item of a category it names, of its deadline, whose cut names no year, is cut
    against 2026 (the items were unread: no year to compare with). An item of another year, a
    category the goal does not name, or a goal naming no year compared with: still unread."""
    rows, _, unread = _rows(GOAL_LEAD)
    assert not unread
    assert {(unit, year, cut, base) for unit, year, _, cut, base, _ in rows if cut} == {
        ("cbcc", 2030, 118, 2026),
        ("vc", 2030, 2785, 2026),
    }
    for changed, line, cut in (
        (GOAL_LEAD.replace("đến năm 2030 là 3.788", "đến năm 2028 là 3.788"), 2, 118),
        (GOAL_LEAD.replace("3% biên chế công chức và ", ""), 2, 118),
        (GOAL_LEAD.replace(" so với số được giao năm 2026", ""), 3, 2785),
    ):
        rows, _, unread = _rows(changed)
        assert line in unread, changed
        assert not any(row[3] == cut for row in rows), changed


def test_two_years_said_together_are_each_kept_or_unread() -> None:
    """ "Năm 2022 và năm 2023, biên chế công chức giữ nguyên so với năm 2021": kept as in 2021
    in each year (the subject read the last year only: 2022 was lost and the line called
    understood). A cut said of both years together ("giảm 20 biên chế so với năm 2021") is no
    one year's: once read as 2023's cut, a misread; now unread, as is a figure of both. Two
    years not fronted and joined ("So với năm 2021, năm 2023 biên chế công chức giảm 26") are
    read as before."""
    before = "Năm 2021, biên chế công chức của tỉnh là 2.000 biên chế.\n"
    rows, _, unread = _rows(
        before + "Năm 2022 và năm 2023, biên chế công chức giữ nguyên so với năm 2021."
    )
    assert not unread
    assert {(year, cut, base) for _, year, _, cut, base, _ in rows if cut is not None} == {
        (2022, 0, 2021),
        (2023, 0, 2021),
    }
    for said in (
        "Năm 2022 và năm 2023, biên chế công chức giảm 20 biên chế so với năm 2021.",
        "Năm 2022 và năm 2023, biên chế công chức là 2.000 biên chế.",
    ):
        rows, _, unread = _rows(before + said)
        assert unread == {2}, said
        assert rows == {("cbcc", 2021, 2000, None, None, None)}, said
    rows, _, unread = _rows(
        before + "So với năm 2021, năm 2023 biên chế công chức giảm 26 biên chế."
    )
    assert not unread
    assert ("cbcc", 2023, None, 26, 2021, None) in rows


_WHAT_REMAINS = (
    "2. Đối với số lượng người làm việc hưởng lương từ ngân sách nhà nước\n"
    "- Năm 2025: 950 người (giảm 50 người so với năm 2024);\n"
    "- Năm 2026: còn lại 900 người, trong đó có 600 giáo viên.\n"
    "(giảm 100 người so với năm 2024, tỷ lệ 10,00%)"
)


def test_what_remains_after_a_labels_colon_is_the_figure() -> None:
    """ "- Năm 2026: còn lại 900 người, ..." after a year's label is what remains that year,
    the category's figure (and the parenthesis line below it its change); it was read as
    nothing. Twin: "còn lại 17 biên chế dự phòng" after a comma closing a list of parts is
    the list's rest, the reserve, as before."""
    rows, _, unread = _rows(_WHAT_REMAINS)
    assert ("vc", 2026, 900, None, None, None) in rows
    assert ("vc", 2026, None, 100, 2024, "10,00%") in rows
    assert not unread
    rows, parts, unread = _rows(
        "Năm 2025, tỉnh được giao 2.075 biên chế công chức, gồm: cấp tỉnh 1.102 biên chế, cấp "
        "huyện 956 biên chế, còn lại 17 biên chế dự phòng."
    )
    assert ("du-phong", 2025, 17, None, None, None) in rows
    assert parts["cbcc"] == ("cap-tinh", "cap-huyen", "du-phong")
    assert not unread


def test_a_years_figure_in_parentheses_before_its_change() -> None:
    """ "Số người làm việc năm 2026 (212 người) giảm 24 người so với năm 2021 (236 người)":
    the parenthesis right after the year named is that year's figure, whose change follows
    (it was left inside the name, the sentence unread). Twin: the same parenthesis followed
    by no change ("... (212 người) đáp ứng yêu cầu.") stays unread."""
    base = "Năm 2021, tỉnh được giao 236 người làm việc.\nSố người làm việc năm 2026 (212 người) "
    rows, _, unread = _rows(base + "giảm 24 người so với năm 2021 (236 người), tỷ lệ giảm 10,17%.")
    assert ("vc", 2026, 212, None, None, None) in rows
    assert ("vc", 2026, None, 24, 2021, "10,17%") in rows
    assert not unread
    rows, _, unread = _rows(base + "đáp ứng yêu cầu.")
    assert rows == {("vc", 2021, 236, None, None, None)}
    assert unread == {2}


TWO_YEAR_FORMS = (
    # a row fronted by its year and, with no comma between, the year it compares with
    _form(
        "two-years/year-then-comparison-fronted",
        "Năm 2025 so với năm 2024, công chức giảm 6 biên chế (1,2%), viên chức giảm 35 người "
        "(1,75%).",
        {("cbcc", 2025, None, 6, 2024, "1,2%"), ("vc", 2025, None, 35, 2024, "1,75%")},
    ),
    _form(
        "two-years/year-set-apart-then-comparison",
        "Riêng năm 2025 so với năm 2024, công chức giảm 6 biên chế (1,2%), viên chức giảm 35 "
        "người (1,75%).",
        {("cbcc", 2025, None, 6, 2024, "1,2%"), ("vc", 2025, None, 35, 2024, "1,75%")},
    ),
    _form(
        "two-years/comparison-not-closed-by-a-comma",
        "Năm 2025 so với năm 2024 công chức giảm 6 biên chế (1,2%), viên chức giảm 35 người "
        "(1,75%).",
        None,
    ),
    # the next link of a chain asked for ("đề nghị năm 2026 là ...")
    _form(
        "two-years/next-link-asked-for",
        "Biên chế công chức năm 2025 được giao là 730 biên chế; đề nghị năm 2026 là 745 biên chế, "
        "tăng 15 biên chế so với năm 2025.",
        {
            ("cbcc", 2025, 730, None, None, None),
            ("cbcc", 2026, 745, None, None, None),
            ("cbcc", 2026, None, -15, 2025, None),
        },
    ),
    _form(
        "two-years/next-link-asked-for-something-else",
        "Biên chế công chức năm 2025 được giao là 730 biên chế; đề nghị điều chỉnh năm 2026 là "
        "745 biên chế, tăng 15 biên chế so với năm 2025.",
        None,
    ),
    # the first link's year after the count's pay source
    _form(
        "two-years/year-after-the-pay-source",
        "Các đơn vị sự nghiệp công lập thuộc Sở được giao 1.240 người làm việc hưởng lương từ ngân "
        "sách nhà nước năm 2021; đến năm 2026 giao 1.116 người.",
        {
            ("vc-thuoc-so", 2021, 1240, None, None, None),
            ("vc-thuoc-so", 2026, 1116, None, None, None),
        },
    ),
    _form(
        "two-years/no-year-after-the-pay-source",
        "Các đơn vị sự nghiệp công lập thuộc Sở được giao 1.240 người làm việc hưởng lương từ ngân "
        "sách nhà nước; đến năm 2026 giao 1.116 người.",
        None,
    ),
    # the figure of the year just named, in parentheses, before its change
    _form(
        "two-years/figure-in-parentheses-after-its-year",
        "Số người làm việc năm 2026 (430 người) giảm 48 người so với năm 2021 (478 người), tỷ lệ "
        "giảm 10,04%.",
        {
            ("vc", 2026, 430, None, None, None),
            ("vc", 2021, 478, None, None, None),
            ("vc", 2026, None, 48, 2021, "10,04%"),
        },
    ),
    _form(
        "two-years/figures-in-parentheses-of-a-move",
        "Biên chế công chức giảm từ năm 2021 (910 biên chế) đến năm 2026 (849 biên chế) giảm 61 "
        "biên chế.",
        None,
    ),
    _form(
        "two-years/figure-in-parentheses-of-the-base-only",
        "Số người làm việc so với năm 2021 (478 người) giảm 48 người.",
        None,
    ),
    # kept as in a year whose figure is recalled: that figure in both years
    _form(
        "two-years/kept-as-a-year-recalled",
        "Số lượng người làm việc của các đơn vị sự nghiệp năm 2026 giữ nguyên như năm 2025 (305 "
        "người).",
        {
            ("vc", 2026, 305, None, None, None),
            ("vc", 2025, 305, None, None, None),
            ("vc", 2026, None, 0, 2025, None),
        },
    ),
    _form(
        "two-years/kept-beside-a-figure-of-its-own",
        "Số người làm việc năm 2026 là 300 người, giữ nguyên so với năm 2025 (305 người).",
        None,
    ),
    # fewer than two earlier years, each with its rate
    _form(
        "two-years/fewer-than-two-years-each-with-its-rate",
        "Số cán bộ, công chức cấp xã năm 2023 là 8.400 người, ít hơn năm 2015 là 1.200 người "
        "(12,5%) và ít hơn năm 2021 là 400 người (4,55%).",
        {
            ("cbcc-xa", 2023, 8400, None, None, None),
            ("cbcc-xa", 2023, None, 1200, 2015, "12,5%"),
            ("cbcc-xa", 2023, None, 400, 2021, "4,55%"),
        },
    ),
    _form(
        "two-years/fewer-than-then-a-bare-year",
        "Số cán bộ, công chức cấp xã năm 2023 là 8.400 người, ít hơn năm 2015 là 1.200 người "
        "(12,5%) và năm 2021 là 400 người (4,55%).",
        None,
    ),
    # a body's line of one category, then the later link's bare count: that same line
    _form(
        "two-years/body-line-then-bare-link",
        "Trung tâm Bồi dưỡng chính trị huyện: năm 2021 được giao 12 người làm việc; đến năm "
        "2026 còn 11 người, giảm 1 người, tỷ lệ 8,33%.",
        {
            ("trung-tam-boi-duong-chinh-vc", 2021, 12, None, None, None),
            ("trung-tam-boi-duong-chinh-vc", 2026, 11, None, None, None),
            ("trung-tam-boi-duong-chinh-vc", 2026, None, 1, 2021, "8,33%"),
        },
    ),
    _form(
        "two-years/body-two-lines-then-bare-link",
        "Trung tâm Bồi dưỡng chính trị huyện: năm 2021 được giao 12 người làm việc và 3 công "
        "chức; đến năm 2026 còn 14 người, giảm 1 người.",
        None,
    ),
    # the earlier year's figure named by its unit word and "của" before the year
    _form(
        "two-years/against-a-count-of-a-year",
        "Số viên chức năm 2025 là 1.800 người; so với 2.000 người của năm 2021 đã giảm 200 "
        "người, tỷ lệ 10%.",
        {
            ("vc", 2025, 1800, None, None, None),
            ("vc", 2021, 2000, None, None, None),
            ("vc", 2025, None, 200, 2021, "10%"),
        },
    ),
    _form(
        "two-years/against-a-bare-count-of-a-year",
        "Số viên chức năm 2025 là 1.800 người; so với 2.000 của năm 2021 đã giảm 200 người, tỷ "
        "lệ 10%.",
        None,
    ),
    # a chain's later link dated by a day, of the same posts
    _form(
        "two-years/later-link-dated-by-a-day",
        "Biên chế công chức của Sở được giao năm 2021 là 480 biên chế; đến ngày 30/6/2025 là "
        "456 biên chế, giảm 24 biên chế, tỷ lệ giảm 5%.",
        {
            ("cbcc-so", 2021, 480, None, None, None),
            ("cbcc-so", 2025, 456, None, None, None),
            ("cbcc-so", 2025, None, 24, 2021, "5%"),
        },
    ),
    _form(
        "two-years/later-link-dated-beside-people-in-post",
        "Biên chế công chức của Sở được giao năm 2021 là 480 biên chế; đến ngày 30/6/2025 là "
        "456 biên chế, có mặt 450 người.",
        None,
    ),
    _form(
        "two-years/link-dated-in-the-same-year",
        "Biên chế công chức của Sở năm 2021 là 480 biên chế; đến ngày 30/6/2021 là 456 biên chế.",
        None,
    ),
    # the executive proposing ("đề xuất giao") as asking ("đề nghị giao")
    _form(
        "two-years/categories-proposed-each-with-its-change",
        "Năm 2024, Ủy ban nhân dân tỉnh đề xuất giao 1.500 biên chế công chức (giảm 15 biên chế so "
        "với năm 2023) và 9.000 người làm việc (giảm 90 người so với năm 2023).",
        {
            ("cbcc", 2024, 1500, None, None, None),
            ("cbcc", 2024, None, 15, 2023, None),
            ("vc", 2024, 9000, None, None, None),
            ("vc", 2024, None, 90, 2023, None),
        },
    ),
    _form(
        "two-years/categories-proposed-compared-once-after",
        "Năm 2024, Ủy ban nhân dân tỉnh đề xuất giao 1.500 biên chế công chức (giảm 15 biên chế) "
        "và 9.000 người làm việc (giảm 90 người) so với năm 2023.",
        None,
    ),
    # a second comparison opening its own clause after ";": the change after it, never the
    # one before (was read with the two years swapped)
    _form(
        "two-years/second-comparison-then-its-change",
        "So với năm 2023 (1.460 biên chế), biên chế công chức năm 2024 giảm 20; còn so với năm "
        "2021 thì giảm 75.",
        {
            ("cbcc", 2023, 1460, None, None, None),
            ("cbcc", 2024, None, 20, 2023, None),
            ("cbcc", 2024, None, 75, 2021, None),
        },
    ),
    _form(
        "two-years/second-comparison-then-a-level-of-cut",
        "So với năm 2023 (1.460 biên chế), biên chế công chức năm 2024 giảm 20; còn so với năm "
        "2021, mức giảm là 75.",
        None,
    ),
    # bodies counted inside a subject's name
    _form(
        "two-years/bodies-counted-in-the-subject",
        "Số lượng người làm việc tại 4 Vườn quốc gia trực thuộc Tổng cục năm 2021 là 840 người; "
        "đến năm 2026 còn 756 người, giảm 84 người, tỷ lệ giảm 10%.",
        {
            ("vc-tai-4-vuon-quoc", 2021, 840, None, None, None),
            ("vc-tai-4-vuon-quoc", 2026, 756, None, None, None),
            ("vc-tai-4-vuon-quoc", 2026, None, 84, 2021, "10%"),
        },
    ),
    _form(
        "two-years/bodies-counted-and-no-year",
        "Số lượng người làm việc tại 4 Vườn quốc gia trực thuộc Tổng cục là 840 người.",
        None,
    ),
)


@pytest.mark.parametrize("form", TWO_YEAR_FORMS, ids=[form.name for form in TWO_YEAR_FORMS])
def test_two_years_or_categories_in_one_sentence(form: Form) -> None:
    """Session 10 (eng-twoyears): a unit's figures for two years, or several categories'
    changes, in one sentence; each form beside its twin, one change away, declined."""
    check_form(form)


# Session 10, eng-news4: news comparisons spread over clauses or sentences, rounded figures.


def test_a_rounded_figure_gives_way_to_its_exact_twin() -> None:
    """ "gần 2.900 biên chế công chức (2.896 biên chế), giảm hơn 150 biên chế (154 biên chế)":
    a news report rounds, then gives the exact count in parentheses; the exact one is the
    figure, the rounded one no value (the sentence was not read). Twins: an exact figure on the
    wrong side of its rounding ("hơn 5.800" then 5.712, "gần 5.800" then 5.812), or naming
    something else in the parenthesis, leaves the sentence unread."""
    rows, _, unread = _rows(
        "Năm 2024 tỉnh được giao gần 2.900 biên chế công chức (2.896 biên chế), giảm hơn 150 "
        "biên chế (154 biên chế) so với năm 2022 (3.050 biên chế), tỷ lệ 5,05%.\n"
        "Ở cấp xã, số cán bộ, công chức là hơn 5.800 người (5.812 người), không thay đổi so "
        "với năm 2022."
    )
    assert not unread
    assert rows == {
        ("cbcc", 2024, 2896, None, None, None),
        ("cbcc", 2022, 3050, None, None, None),
        ("cbcc", 2024, None, 154, 2022, "5,05%"),
        ("cbcc-xa", 2024, 5812, None, None, None),
        ("cbcc-xa", 2024, None, 0, 2022, None),
    }
    for declined in (
        "Ở cấp xã, số cán bộ, công chức là hơn 5.800 người (5.712 người).",
        "Ở cấp xã, số cán bộ, công chức là gần 5.800 người (5.812 người).",
        "Ở cấp xã, số cán bộ, công chức là khoảng 5.800 người (4.812 người).",
        "Ở cấp xã, số cán bộ, công chức là gần 5.800 người (5.790 người làm việc).",
    ):
        rows, _, unread = _rows(f"Năm 2024 tỉnh được giao 2.896 biên chế công chức.\n{declined}")
        assert unread == {2}, declined
        assert rows == {("cbcc", 2024, 2896, None, None, None)}, declined


def test_this_figure_against_an_earlier_years_level() -> None:
    """ "So với năm 2025 là 1.760.100 người, số này giảm ...", "Con số này thấp hơn 3.400 biên
    chế (1,37%) so với năm 2025", "Tính từ năm 2021, khi số này là 1.806.500 người, mức giảm
    lên tới 186.100 người": the figure just stated compared with an earlier year's, said three
    news ways (none was read). Twins: a level of another category, "số này" after two
    figures, a year counted from that is not before every other: unread."""
    first = "Năm 2024 tỉnh được giao 2.198 biên chế công chức. "
    for said in (
        "So với năm 2021 là 2.310 biên chế, số này giảm 112 biên chế, tỷ lệ giảm 4,85%.",
        "Tính từ năm 2021, khi số này là 2.310 biên chế, mức giảm lên tới 112 biên chế, tỷ lệ "
        "4,85%.",
    ):
        rows, _, unread = _rows(first + said)
        assert not unread, said
        assert rows == {
            ("cbcc", 2024, 2198, None, None, None),
            ("cbcc", 2021, 2310, None, None, None),
            ("cbcc", 2024, None, 112, 2021, "4,85%"),
        }, said
    rows, _, unread = _rows(
        first + "Con số này thấp hơn 112 biên chế (4,85%) so với năm 2021 và giảm 14 biên chế, "
        "tương đương 0,63%, so với năm 2023."
    )
    assert not unread
    assert ("cbcc", 2024, None, 112, 2021, "4,85%") in rows
    assert ("cbcc", 2024, None, 14, 2023, "0,63%") in rows
    for declined in (
        first + "So với năm 2021 là 2.310 biên chế viên chức, số này giảm 112 biên chế.",
        first + "Con số này thấp hơn 112 biên chế (4,85%).",
        "Năm 2024 tỉnh được giao 2.198 biên chế công chức và 3.000 người làm việc. Tính từ năm "
        "2021, khi số này là 2.310 biên chế, mức giảm lên tới 112 biên chế, tỷ lệ 4,85%.",
        first + "Tính từ năm 2021, khi số này là 2.310 biên chế, mức giảm lên tới 112 biên chế "
        "so với năm 2020.",
    ):
        rows, _, unread = _rows(declined)
        assert unread, declined
        assert not any(row[3] == 112 for row in rows), declined


def test_an_earlier_years_figure_then_the_difference_in_the_next_sentence() -> None:
    """ "Khối chính quyền năm 2024 được giao 2.252 biên chế công chức, trong khi năm 2021 con
    số này là 2.380. Mức giảm là 128 biên chế, …": the two figures side by side, then their
    difference as a sentence of its own; one comparison (neither sentence was read). The base
    is the block's civil servants' line, as the 2024 figure is (once the block's own figure:
    one unit read as two). Twins: a later year set beside, or a next sentence that states no
    difference, stay unread."""
    rows, _, unread = _rows(
        "Khối chính quyền năm 2024 được giao 2.252 biên chế công chức, trong khi năm 2021 con "
        "số này là 2.380. Mức giảm là 128 biên chế, đạt tỷ lệ 5,38%."
    )
    assert not unread
    assert {row[0] for row in rows} == {"cq-cbcc"}
    assert ("cq-cbcc", 2021, 2380, None, None, None) in rows
    assert ("cq-cbcc", 2024, None, 128, 2021, "5,38%") in rows
    for declined in (
        "Khối chính quyền năm 2024 được giao 2.252 biên chế công chức, trong khi năm 2025 con "
        "số này là 2.200. Mức giảm là 52 biên chế.",
        "Khối chính quyền năm 2024 được giao 2.252 biên chế công chức, trong khi năm 2021 con "
        "số này là 2.380. Mức độ giảm như vậy là phù hợp.",
    ):
        rows, _, unread = _rows(declined)
        assert unread == {1} and not rows, declined


def test_a_base_recalled_beside_a_blocks_one_share_is_the_shares() -> None:
    """ "Khối chính quyền năm 2024 được giao 2.252 biên chế công chức, giảm 128 biên chế so
    với năm 2021 (2.380 biên chế)": 2.380 is the block's civil servants in 2021, as 2.252 is
    in 2024 (it was the block's own figure: one unit's two years read as two units). Twin: a
    change after two shares of the block is the block's, its base too (as before)."""
    rows, _, unread = _rows(
        "Khối chính quyền năm 2024 được giao 2.252 biên chế công chức, giảm 128 biên chế so "
        "với năm 2021 (2.380 biên chế), tỷ lệ 5,38%."
    )
    assert not unread
    assert rows == {
        ("cq-cbcc", 2024, 2252, None, None, None),
        ("cq-cbcc", 2021, 2380, None, None, None),
        ("cq-cbcc", 2024, None, 128, 2021, "5,38%"),
    }
    rows, _, _ = _rows(
        "Khối chính quyền năm 2024 được giao 2.252 biên chế công chức và 3.000 người làm việc, "
        "giảm 128 biên chế so với năm 2021 (2.380 biên chế)."
    )
    assert ("chinh-quyen", 2021, 2380, None, None, None) in rows
    assert not any(row[0] == "cq-cbcc" and row[1] == 2021 for row in rows)


def test_a_rate_said_as_what_the_change_reached() -> None:
    """ "giảm 5.910 so với năm 2021 (154.260), mới đạt 3,83%", "giảm 100 biên chế …, đạt
    4,55%": the change's rate (the sentence was not read). Twins: what a plan, a goal or a
    budget reached ("đạt 45,5% kế hoạch") is no rate of the change, and a round "đạt 5%" may
    be the goal reached (the form "rate-said-otherwise/unplaced-percentage"): unread."""
    for reached in ("đạt", "mới đạt", "chỉ đạt"):
        rows, _, unread = _rows(
            "Năm 2025 tỉnh được giao 2.100 biên chế công chức, giảm 100 biên chế so với năm "
            f"2021 (2.200 biên chế), {reached} 4,55%."
        )
        assert not unread, reached
        assert ("cbcc", 2025, None, 100, 2021, "4,55%") in rows, reached
    for other in ("kế hoạch", "chỉ tiêu", "dự toán", "so với mục tiêu"):
        rows, _, unread = _rows(
            "Năm 2025 tỉnh được giao 2.100 biên chế công chức, giảm 100 biên chế so với năm "
            f"2021 (2.200 biên chế), đạt 45,5% {other}."
        )
        assert unread == {1}, other
        assert not any(row[5] == "45,5%" for row in rows), other
    rows, _, unread = _rows(
        "Năm 2025 tỉnh được giao 2.090 biên chế công chức, giảm 110 biên chế so với năm 2021 "
        "(2.200 biên chế), đạt 5%."
    )
    assert unread == {1} and not rows


def test_an_earlier_years_level_named_by_its_figure() -> None:
    """ "…, năm 2025 là 106.840 người; so với 119.600 người của năm 2021 thì đã giảm 12.760
    người", "thấp hơn 660 người (10,58%) so với 6.240 người của năm 2021": the base year's
    figure before its year, with no "mức" (not read). Twin: the figure and the year side by
    side with neither "của" nor "được giao" (whose year is it?) stays unread."""
    rows, _, unread = _rows(
        "Số viên chức năm 2025 là 106.840 người; so với 119.600 người của năm 2021 thì đã "
        "giảm 12.760 người, tỷ lệ 10,67%."
    )
    assert not unread
    assert ("vc", 2021, 119600, None, None, None) in rows
    assert ("vc", 2025, None, 12760, 2021, "10,67%") in rows
    rows, _, unread = _rows(
        "Số viên chức năm 2026 đề nghị là 5.580 người. Số đề nghị thấp hơn 110 người (1,93%) "
        "so với 5.690 người được giao năm 2025 và thấp hơn 660 người (10,58%) so với 6.240 "
        "người của năm 2021."
    )
    assert not unread
    assert {("vc", 2025, 5690, None, None, None), ("vc", 2021, 6240, None, None, None)} <= rows
    assert ("vc", 2026, None, 660, 2021, "10,58%") in rows
    rows, _, unread = _rows(
        "Số viên chức năm 2025 là 106.840 người; so với 119.600 người năm 2021 thì đã giảm "
        "12.760 người."
    )
    assert unread == {1} and not rows


def test_a_year_compared_with_before_its_change_after_another_change() -> None:
    """ "So với năm 2023 (2.045 biên chế), biên chế công chức năm 2024 giảm 35; còn so với năm
    2021 thì giảm 106": 35 against 2023, 106 against 2021. The "so với năm 2021" was taken as
    the base of the change before it and the fronted 2023 given to 106: a misread of both
    years (the form with a comma too). An interview's answer opening with the speaker's title
    reads the same; "Với người làm việc," names the topic as "Về" does. Twin: a comparison
    year said on both sides of the second change is unread."""
    for said in ("; còn so với năm 2021 thì giảm 106", ", so với năm 2021 giảm 106"):
        for label in ("", "Giám đốc Sở Nội vụ: "):
            rows, _, unread = _rows(
                "Năm 2024, biên chế công chức của tỉnh là 2.010.\n"
                f"{label}So với năm 2023 (2.045 biên chế), biên chế công chức năm 2024 giảm "
                f"35{said}.\nVới người làm việc, năm 2024 giảm 402 người so với năm 2023 "
                "(18.652 người)."
            )
            assert not unread, (said, label)
            assert {
                ("cbcc", 2024, None, 35, 2023, None),
                ("cbcc", 2024, None, 106, 2021, None),
                ("vc", 2024, None, 402, 2023, None),
            } <= rows, (said, label)
            assert (
                not {("cbcc", 2024, None, 35, 2021, None), ("cbcc", 2024, None, 106, 2023, None)}
                & rows
            )
    rows, _, unread = _rows(
        "Năm 2024, biên chế công chức của tỉnh là 2.010.\nBiên chế công chức năm 2024 giảm 35, "
        "so với năm 2021 giảm 106 biên chế so với năm 2023."
    )
    assert unread == {2}
    assert rows == {("cbcc", 2024, 2010, None, None, None)}


def test_the_year_compared_with_described_as_it_was() -> None:
    """ "So với năm 2024, khi thành phố … còn 289 xã, phường, thị trấn với 6.120 biên chế cán
    bộ, công chức cấp xã, số biên chế giảm 3.146, tỷ lệ giảm 51,41%": the clause of that time
    names the base figure last; the communes counted in it are no posts (not read). Twins: a
    rate that is not the change over that figure, or no rate to tell, leaves it unread."""
    first = "Tổng số biên chế cán bộ, công chức cấp xã năm 2025 của thành phố là 2.974 biên chế. "
    rows, _, unread = _rows(
        first + "So với năm 2024, khi thành phố và tỉnh bên cạnh còn 289 xã, phường, thị trấn "
        "với 6.120 biên chế cán bộ, công chức cấp xã, số biên chế giảm 3.146, tỷ lệ giảm 51,41%."
    )
    assert not unread
    assert rows == {
        ("cbcc-xa", 2025, 2974, None, None, None),
        ("cbcc-xa", 2024, 6120, None, None, None),
        ("cbcc-xa", 2025, None, 3146, 2024, "51,41%"),
    }
    for declined in (
        "So với năm 2024, khi thành phố còn 289 xã, phường, thị trấn với 6.120 biên chế cán "
        "bộ, công chức cấp xã, số biên chế giảm 3.146, tỷ lệ giảm 50,41%.",
        "So với năm 2024, khi thành phố còn 289 xã với 6.120 biên chế, số biên chế giảm 3.146.",
    ):
        rows, _, unread = _rows(first + declined)
        assert unread == {1}, declined
        assert rows == {("cbcc-xa", 2025, 2974, None, None, None)}, declined


def test_a_second_comparison_weighed_with_if() -> None:
    """ "…, giảm 10.650 biên chế so với năm 2021 (262.490 biên chế). Nếu so với năm 2015
    (279.300 biên chế), số biên chế công chức đã giảm 27.460 biên chế, tỷ lệ giảm 9,83%": the
    same figure against another year, "Nếu" before the fronted comparison (not read). Twin:
    "Nếu" before anything else is no comparison, and the sentence stays unread."""
    first = (
        "Năm 2025 biên chế công chức là 251.840 biên chế, giảm 10.650 biên chế so với năm 2021 "
        "(262.490 biên chế), tương ứng tỷ lệ 4,06%. "
    )
    rows, _, unread = _rows(
        first + "Nếu so với năm 2015 (279.300 biên chế), số biên chế công chức đã giảm 27.460 "
        "biên chế, tỷ lệ giảm 9,83%."
    )
    assert not unread
    assert {
        ("cbcc", 2015, 279300, None, None, None),
        ("cbcc", 2025, None, 27460, 2015, "9,83%"),
    } <= rows
    rows, _, unread = _rows(
        first + "Nếu tính từ năm 2015 (279.300 biên chế), số biên chế công chức đã giảm 27.460 "
        "biên chế, tỷ lệ giảm 9,83%."
    )
    assert unread == {1}
    assert not any(row[1] == 2015 or row[3] == 27460 for row in rows)


def test_an_answer_opening_with_the_speakers_title_names_no_unit() -> None:
    """ "Vụ trưởng: Năm 2024, các bộ, ngành được giao 95.880 biên chế công chức.": the title
    before the colon answers, it owns nothing (it was read into the unit's name, "Vụ trưởng
    … bộ, ngành"); nor is "con số" in "Với khối …, con số năm 2021 là …" part of the block's
    name. Twin: a body before the colon ("Vụ Tổ chức cán bộ:") is still the unit."""
    rows, _, unread = _rows(
        "Vụ trưởng: Năm 2024, các bộ, ngành được giao 95.880 biên chế công chức."
    )
    assert not unread and rows == {("bo-nganh-cbcc", 2024, 95880, None, None, None)}
    rows, _, unread = _rows(
        "Với khối bộ, ngành trung ương, con số năm 2021 là 98.420 biên chế công chức và 276.500 "
        "viên chức."
    )
    assert not unread
    assert {row[0] for row in rows} == {"bo-nganh-trung-uong-cbcc", "bo-nganh-trung-uong-vc"}
    rows, _, _ = _rows("Vụ Tổ chức cán bộ: Năm 2024 được giao 52 biên chế công chức.")
    assert rows == {("vu-to-chuc-can-bo-cbcc", 2024, 52, None, None, None)}


# Session 10, eng-tables6: table rows, each form with its twin.

NUMBERED_BODIES = (
    "Báo cáo số người làm việc của các bệnh viện\n\n| STT | Bệnh viện | Năm 2021 | Năm 2024 | "
    "Giảm |\n|---|---|---:|---:|---:|\n| 1 | Bệnh viện Phổi Trung ương | 520 | 468 | 52 |\n"
    "| 2 | {name} | 302 | 275 | 27 |\n| | Tổng cộng | 822 | 743 | 79 |"
)


def test_a_number_inside_a_bodys_name_is_no_figure_of_its_row() -> None:
    """ "| 2 | Bệnh viện 71 Trung ương | 302 | 275 | 27 |": a body named by a number, a
    capitalised word after it; the number is part of the name (it was a quantity no statement
    took: the row unread, the total's parts unknown)."""
    rows, parts, unread = _rows(NUMBERED_BODIES.format(name="Bệnh viện 71 Trung ương"))
    assert not unread
    assert ("benh-vien-71-trung-uong", 2024, 275, None, None, None) in rows
    assert ("benh-vien-71-trung-uong", 2024, None, 27, 2021, None) in rows
    assert not any(value == 71 for _, _, value, *_ in rows)
    assert set(parts["tong"]) == {"benh-vien-phoi-trung-uong", "benh-vien-71-trung-uong"}


@pytest.mark.parametrize(
    "name", ["Bệnh viện (71 người) Trung ương", "Trung tâm Y tế 71 người", "Khoa 71 Nội tiết"]
)
def test_a_number_counting_people_or_opening_a_row_name_leaves_the_row_unread(name: str) -> None:
    """The twin: a number in parentheses, before a word of people, or in a name opening with
    no organisation's word is a count the row does not place: the row stays unread, the
    total's parts unknown."""
    rows, parts, unread = _rows(NUMBERED_BODIES.format(name=name))
    assert 6 in unread
    assert not any(value == 302 for _, _, value, *_ in rows)
    assert not parts.get("tong")


SECTOR_ROWS = (
    "Thông báo số người làm việc năm 2024\n\n| {header} | Năm 2023 | Năm 2024 | Tăng (+), giảm "
    "(-) |\n|---|---|---|---|\n| Y tế | 5.870 | 5.802 | -68 |\n| {name} | 635 | 590 | -45 |\n"
    "| Tổng cộng | 6.505 | 6.392 | -113 |"
)


def test_a_row_under_a_sector_column_is_that_sector() -> None:
    """ "| Lĩnh vực sự nghiệp | ..." over "| Nông nghiệp và phát triển nông thôn | 635 | 590 |
    -45 |": the name column says each row is a sector, so a row whose words the lexicon does
    not know is the sector's unit (it was no unit: the row unread, the total's parts unknown)."""
    rows, parts, unread = _rows(
        SECTOR_ROWS.format(header="Lĩnh vực sự nghiệp", name="Nông nghiệp và phát triển nông thôn")
    )
    assert not unread
    sector = next(unit for unit, _, value, *_ in rows if value == 635)
    assert (sector, 2024, 590, None, None, None) in rows
    assert (sector, 2024, None, 45, 2023, None) in rows
    assert set(parts["tong"]) == {"y-te", sector}


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("Nội dung", "Nông nghiệp và phát triển nông thôn"),
        ("Lĩnh vực", "Giáo viên hợp đồng"),
        ("Lĩnh vực", "Nông nghiệp và các nội dung khác"),
    ],
)
def test_a_row_the_name_column_does_not_call_a_sector_stays_unread(header: str, name: str) -> None:
    """The twin: a name column saying nothing of sectors ("Nội dung"), or a row naming people
    or the rest, gives no sector: the row stays unread, as before."""
    rows, parts, unread = _rows(SECTOR_ROWS.format(header=header, name=name))
    assert 6 in unread
    assert not any(value == 635 for _, _, value, *_ in rows)
    assert not parts.get("tong")


def test_rows_listed_together_under_a_total_stay_its_parts_in_a_year_one_is_not_stated() -> None:
    """A group at 0 in the table's last year, stated in no prose year between: another year's
    prose list adding up without it ("năm 2023: nhóm 3 1.402" = the total) once took it off
    the table's total (a sum false alarm). Rows the table lists together stay its parts."""
    text = (
        "Báo cáo số người làm việc\n\nNăm 2021, các bệnh viện được giao 1.000 người. Tổng số "
        "năm 2023 là 600 người.\n\n**Năm 2023**\n- Các bệnh viện nhóm 3: 600 người, giảm 100 "
        "người so với năm 2021.\n\n| STT | Bệnh viện | Năm 2021 | Năm 2024 | Giảm |\n"
        "|---|---|---:|---:|---:|\n| I | Các bệnh viện nhóm 2 | 300 | 0 | 300 |\n"
        "| II | Các bệnh viện nhóm 3 | 700 | 580 | 120 |\n| | Tổng cộng | 1.000 | 580 | 420 |"
    )
    plan = plan_from_result(extract_plan(text, "doc.md"), "doc.md")
    assert not [f for f in check_plan(plan).findings if f.kind == "sum-mismatch"]
    _, parts, _ = _rows(text)
    assert {"benh-vien-nhom-2", "benh-vien-nhom-3"} <= {p for ps in parts.values() for p in ps}


def test_a_sum_of_the_bodies_then_the_reserve_then_the_total() -> None:
    """ "| | Cộng các đơn vị | 1.000 | 980 |" under the bodies, "| | Dự phòng tại Sở | 20 | 26 |"
    and "| | Tổng cộng | 1.020 | 1.006 |": the sum names the bodies it adds, so it is a group
    ("Các đơn vị") made of the rows above it, and the total is that group and the reserve (the
    inner sum was declined). A twin above: a body in place of the reserve stays declined."""
    rows, parts, unread = _rows(SUM_INSIDE_THE_TABLE)
    assert not unread
    assert ("don-vi", 2025, 980, None, None, None) in rows
    assert ("don-vi", 2024, 1000, None, None, None) in rows
    assert set(parts["don-vi"]) == {"benh-vien-a", "benh-vien-b"}
    assert set(parts["tong"]) == {"don-vi", "du-phong"}
    assert ("tong", 2025, 1006, None, None, None) in rows
    # a body named by a number among them: its number no figure there either
    rows, parts, unread = _rows(SUM_INSIDE_THE_TABLE.replace("Bệnh viện B", "Bệnh viện 71 Quân y"))
    assert not unread
    assert set(parts["don-vi"]) == {"benh-vien-a", "benh-vien-71-quan-y"}


def test_a_day_of_another_year_in_the_subject_is_declined() -> None:
    """ "Năm 2021, Cục được giao 312 biên chế; tính đến ngày 30/6/2024, Cục được giao 302 biên
    chế": the day in the second subject says its figure is not the opening year's (it was filed
    under 2021: a misread and a false alarm of blind Y2); eng-year: it is the day's year's, as
    Y2's truth says (before, the sentence was not read). A day and a year the same subject
    names that disagree stay unread. Twin: a day of the year in force takes its figure to that
    year."""
    rows, _, unread = _rows(
        "Năm 2021, Cục được giao 312 biên chế công chức; tính đến ngày 30/6/2024, Cục được giao "
        "302 biên chế công chức."
    )
    assert {(year, value) for _, year, value, *_ in rows} == {(2021, 312), (2024, 302)}
    assert len({unit for unit, *_ in rows}) == 1
    assert not unread
    rows, _, unread = _rows(
        "Tính đến ngày 30/6/2024, Cục được giao 302 biên chế công chức năm 2025."
    )
    assert rows == frozenset()
    assert unread == {1}
    rows, _, unread = _rows(
        "Năm 2024, tính đến ngày 30/6/2024, Cục được giao 302 biên chế công chức."
    )
    assert {(year, value) for _, year, value, *_ in rows} == {(2024, 302)}
    assert not unread
