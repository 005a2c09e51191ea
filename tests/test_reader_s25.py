"""Session 25: a change given in steps right after the sentence that states it ("..., giảm 20
biên chế so với năm 2023. Cụ thể: giảm 15 biên chế ...; giảm 8 biên chế ...; bổ sung 2 biên
chế ..."), read as that change again, whose sum the check holds against the figures (the
corpus's tin-bao-nghe-an-2024, whose steps add up to 34 against a stated 33); and a VC line
named by its pay source and the units "chưa tự bảo đảm chi thường xuyên", one unit with the
line named by its pay source alone.

Each form read is paired with its twin, one change away, read otherwise or left unread.
"""

from __future__ import annotations

import pytest

from lotrinh.core import check_plan
from lotrinh.extract import extract_plan, plan_from_result
from lotrinh.extract.lexicon import Kind, qualifier
from lotrinh.extract.steps import read_steps
from lotrinh.loading import LoadError, load_text
from lotrinh.numbers import Lang
from lotrinh.render.messages import hints
from tests.reader_forms.common import _rows

_STATED = (
    "Năm 2024, biên chế công chức của tỉnh là 2.150 biên chế, giảm 20 biên chế so với năm 2023.\n"
)
_READ = {("cbcc", 2024, 2150, None, None, None), ("cbcc", 2024, None, 20, 2023, None)}


def _steps(second: int) -> str:
    return (
        f"Cụ thể: giảm 15 biên chế tại 6 sở; giảm {second} biên chế theo đề án sắp xếp; đồng "
        "thời bổ sung 2 biên chế so với năm 2023 cho 2 đơn vị, mỗi đơn vị 1 biên chế.\n"
    )


def _findings(text: str) -> set[tuple[str, int]]:
    plan = plan_from_result(extract_plan(text, "tin.txt"), "tin.txt")
    return {(f.kind, f.position.line) for f in check_plan(plan).findings}


# --- the statement kind alone ---------------------------------------------------------------


def test_steps_are_signed_as_reductions_with_the_base_year_they_name() -> None:
    steps = read_steps(_steps(8))
    assert steps is not None
    assert steps.signed == (15, 8, -2)
    assert steps.base_year == 2023
    # the bodies counted, each one's share and the base year are placed outside
    assert len(steps.outside) == 4


@pytest.mark.parametrize(
    "line",
    [
        # no opener saying it details what was just said
        "Giảm 15 biên chế tại 6 sở; giảm 8 biên chế theo đề án sắp xếp.",
        # one step is no breakdown
        "Cụ thể: giảm 15 biên chế tại 6 sở.",
        # a clause that is no step
        "Cụ thể: giảm 15 biên chế tại 6 sở; Sở Y tế còn 120 biên chế.",
        # a step naming a category is that category's share of the change
        "Cụ thể: giảm 15 biên chế công chức; giảm 8 biên chế viên chức.",
        # another year inside a step
        "Cụ thể: giảm 15 biên chế năm 2025 tại 6 sở; giảm 8 biên chế theo đề án.",
        # two base years
        "Cụ thể: giảm 15 biên chế so với năm 2021; giảm 8 biên chế so với năm 2023.",
    ],
)
def test_a_line_not_wholly_of_steps_is_no_steps(line: str) -> None:
    assert read_steps(line) is None


# --- in a document ----------------------------------------------------------------------------


def test_steps_adding_up_to_another_change_are_found_on_their_line() -> None:
    text = _STATED + _steps(9)  # 15 + 9 − 2 = 22, not 20
    rows, _, unread = _rows(text)
    assert rows == {*_READ, ("cbcc", 2024, None, 22, 2023, None)}
    assert not unread
    assert _findings(text) == {("implied-base-conflict", 2)}


def test_steps_adding_up_to_the_change_raise_nothing() -> None:
    text = _STATED + _steps(7)  # 15 + 7 − 2 = 20
    rows, _, unread = _rows(text)
    assert rows == {*_READ, ("cbcc", 2024, None, 20, 2023, None)}
    assert not unread
    assert _findings(text) == set()


def test_steps_after_a_sentence_of_two_changes_stay_unread() -> None:
    # which change they detail is not said
    text = (
        "Năm 2024, biên chế công chức của tỉnh là 2.150 biên chế, giảm 20 biên chế so với năm "
        "2023, giảm 120 biên chế so với năm 2021.\n" + _steps(7)
    )
    rows, _, unread = _rows(text)
    assert rows == {*_READ, ("cbcc", 2024, None, 120, 2021, None)}
    assert unread == {2}


def test_steps_naming_another_base_year_stay_unread() -> None:
    text = _STATED + _steps(7).replace("năm 2023", "năm 2021")
    rows, _, unread = _rows(text)
    assert rows == _READ
    assert unread == {2}


# --- the plan file --------------------------------------------------------------------------

_PLAN = (
    "lotrinh: 1\nunits:\n  - {id: cc, name: Công chức, figures: {2023: 3.292, 2024: 3.259}}\n"
    "claims:\n  - {unit: cc, year: 2024, quote: q, changes: [%s]}\n"
)


def test_a_change_in_steps_is_their_sum_and_its_hint_names_them() -> None:
    plan = load_text(_PLAN % "{reductions: [27, 11], increases: [4], base_year: 2023}", "p.yaml")
    (claim,) = plan.claims
    assert (claim.reduction, claim.steps) == (34, (27, 11, -4))
    (finding,) = check_plan(plan).findings
    assert finding.kind == "claim-difference"
    assert hints(finding, Lang.VI)[0] == (
        "Câu này nêu mức thay đổi thành từng khoản (giảm 27, giảm 11, tăng 4), cộng lại là giảm 34."
    )


def test_its_twin_in_steps_that_add_up_passes() -> None:
    plan = load_text(_PLAN % "{reductions: [27, 10], increases: [4], base_year: 2023}", "p.yaml")
    assert check_plan(plan).findings == ()


def test_a_change_with_both_its_amount_and_its_steps_is_refused() -> None:
    with pytest.raises(LoadError) as refused:
        load_text(_PLAN % "{reduction: 33, reductions: [27, 10], base_year: 2023}", "p.yaml")
    assert "chỉ ghi một cách" in str(refused.value.problems[0].message_vi)


# --- the pay source and "chưa tự bảo đảm chi thường xuyên" ----------------------------------


def test_budget_paid_in_units_not_self_financed_is_budget_paid() -> None:
    named = (
        "số người làm việc hưởng lương từ ngân sách trong các đơn vị sự nghiệp công lập chưa tự "
        "bảo đảm chi thường xuyên"
    )
    assert qualifier(named, Kind.VC) == qualifier(
        "số người làm việc hưởng lương từ ngân sách", Kind.VC
    )


def test_its_twin_without_the_pay_source_keeps_the_words() -> None:
    # beside the hội's people, also paid by the budget, the units' people are a part
    named = "các đơn vị sự nghiệp công lập chưa tự bảo đảm chi thường xuyên"
    assert "chưa tự bảo đảm chi thường xuyên" in qualifier(named, Kind.VC)


# --- a table numbering its rows in their names (blind AW2's Đồng Nai roadmap) ---------------

_TABLE = (
    "Phụ lục: Lộ trình số lượng người làm việc ngành y tế\n\n"
    "| Đơn vị | Năm 2021 | Năm 2022 | Năm 2023 |\n|---|---|---|---|\n"
    "| 1. Bệnh viện tỉnh | 1.000 | 980 | 960 |\n"
    "| 2. Trung tâm y tế huyện | 600 | 590 | 580 |\n"
    "| {row} | 200 | 195 | 190 |\n"
    "| 3. Đơn vị khác | 100 | 98 | 96 |\n"
    "| Tổng cộng (1 + 2 + 3) | 1.700 | 1.668 | 1.636 |\n"
    "| {changes} | | 32 | 32 |\n"
)
_TOTAL_CHANGES = {("tong", 2022, None, 32, 2021, None), ("tong", 2023, None, 32, 2022, None)}


def test_a_row_opening_with_trong_do_is_some_of_the_row_above_never_a_part() -> None:
    text = _TABLE.format(row="Trong đó: trạm y tế xã", changes="Số giảm so với năm trước")
    rows, parts, unread = _rows(text)
    assert parts["tong"] == ("benh-vien-tinh", "trung-tam-y-te-huyen", "don-vi-khac")
    assert rows >= _TOTAL_CHANGES
    assert ("tram-y-te-xa", 2023, 190, None, None, None) in rows
    assert not unread
    assert _findings(text) == set()


def test_its_twin_numbered_is_a_part() -> None:
    text = _TABLE.format(row="4. Trạm y tế xã", changes="Số giảm so với năm trước")
    _, parts, unread = _rows(text)
    assert parts["tong"] == (
        "benh-vien-tinh",
        "trung-tam-y-te-huyen",
        "tram-y-te-xa",
        "don-vi-khac",
    )
    assert not unread


def test_a_row_of_people_under_the_total_is_no_change_of_it() -> None:
    # ("Số giảm so với năm trước" is the total's changes; people who retired are not)
    text = _TABLE.format(row="Trong đó: trạm y tế xã", changes="Số người nghỉ hưu")
    rows, _, unread = _rows(text)
    assert not _TOTAL_CHANGES & rows
    assert unread == {10}


# --- categories as column groups, each with a bare change and rate (blind AW1's Phú Thọ) ----

_GROUPS = (
    "Biểu: Biên chế năm 2021 và năm 2026 theo địa bàn\n\n"
    "| STT | Địa bàn | {cbcc} | Người làm việc năm 2021 | Người làm việc năm 2026 | Giảm "
    "| Tỷ lệ giảm |\n|---|---|---|---|---|---|---|---|---|---|\n"
    "| 1 | Tỉnh A (cũ) | 2.000 | 1.900 | 100 | 5,00% | 20.000 | 18.000 | 2.000 | 10,00% |\n"
    "| 2 | Tỉnh B (cũ) | 1.000 | 950 | 50 | 5,00% | 10.000 | 9.000 | 1.000 | 10,00% |\n"
    "| | Cộng | 3.000 | 2.850 | 150 | 5,00% | 30.000 | 27.000 | 3.000 | 10,00% |\n"
)


def test_a_bare_change_after_a_categorys_two_years_is_its_change() -> None:
    text = _GROUPS.format(cbcc="Công chức năm 2021 | Công chức năm 2026 | Giảm | Tỷ lệ giảm")
    rows, parts, unread = _rows(text)
    assert parts["cbcc"] == ("cbcc-a-cu", "cbcc-b-cu")
    assert parts["vc"] == ("vc-a-cu", "vc-b-cu")
    assert {
        ("cbcc", 2026, None, 150, 2021, "5,00%"),
        ("vc-b-cu", 2026, None, 1000, 2021, "10,00%"),
        ("vc", 2021, 30000, None, None, None),
    } <= rows
    assert len(rows) == 18
    assert not unread
    assert _findings(text) == set()


def test_its_twin_between_the_two_years_is_of_no_category_and_unread() -> None:
    # a change before the second year: between which figures?
    text = _GROUPS.format(cbcc="Công chức năm 2021 | Giảm | Công chức năm 2026 | Tỷ lệ giảm")
    rows, _, unread = _rows(text)
    assert rows == frozenset()
    assert unread == {5, 6, 7}


# --- the corpus's TP.HCM 2022 report: who agrees to a figure, and the headline's place -------

_HEADLINE = "Quảng Nam: năm 2022 giảm 200 người hưởng lương từ ngân sách\n\n"
_AGREED = (
    "Năm 2021, số người làm việc hưởng lương từ ngân sách trong các đơn vị sự nghiệp công lập "
    "chưa tự bảo đảm chi thường xuyên của tỉnh là 10.000 người.\n\n"
    "Căn cứ đề nghị của tỉnh, Bộ Nội vụ thống nhất số người làm việc hưởng lương từ ngân sách "
    "năm 2022 của Quảng Nam là 9.800 người, giảm {cut} người so với năm 2021.\n"
)


def test_a_figure_agreed_by_home_affairs_of_the_headlines_place_is_the_texts_own() -> None:
    rows, _, unread = _rows(_HEADLINE + _AGREED.format(cut=200))
    assert rows == {
        ("vc", 2021, 10000, None, None, None),
        ("vc", 2022, 9800, None, None, None),
        ("vc", 2022, None, 200, 2021, None),
    }
    assert not unread
    # the same with 10.000 − 9.800 = 200 miswritten: found on its line
    assert _findings(_HEADLINE + _AGREED.format(cut=209)) == {("claim-difference", 5)}


def test_its_twin_under_a_headline_naming_no_place_keeps_the_place_apart() -> None:
    # "của Quảng Nam" with no headline saying the text is Quảng Nam's: a line of its own
    text = "Năm 2022 tỉnh giảm 200 người hưởng lương từ ngân sách\n\n" + _AGREED.format(cut=200)
    rows, _, unread = _rows(text)
    assert ("vc-quang-nam", 2022, 9800, None, None, None) in rows
    assert ("vc", 2022, 9800, None, None, None) not in rows
    assert not unread


# --- the AX sets at first contact: their misreads and false alarms ---------------------------

_DECISION = "QUYẾT ĐỊNH\nGiao biên chế năm 2023\n\nĐiều 1. Giao biên chế năm 2023\n"
_PARTS_AFTER = (
    "Tổng biên chế năm 2023 của các cơ quan đảng là 1.046 biên chế, giảm 11 biên chế so với "
    "năm 2022 (tỷ lệ 1,04%), gồm: {cc} biên chế cán bộ, công chức; {vc} biên chế viên chức.\n"
)
_WHOLE = {("dang", 2023, 1046, None, None, None), ("dang", 2023, None, 11, 2022, "1,04%")}


def test_parts_after_a_change_adding_up_to_the_value_break_down_the_value() -> None:
    # 978 + 68 = 1.046 (blind AX2's Gia Lai: a fall of 978 công chức)
    rows, parts, unread = _rows(_DECISION + _PARTS_AFTER.format(cc="978", vc="68"))
    assert rows == {
        *_WHOLE,
        ("dang-cbcc", 2023, 978, None, None, None),
        ("dang-vc", 2023, 68, None, None, None),
    }
    assert parts["dang"] == ("dang-cbcc", "dang-vc")
    assert not unread


def test_its_twin_adding_up_to_the_change_breaks_down_the_change() -> None:
    rows, _, unread = _rows(_DECISION + _PARTS_AFTER.format(cc="9", vc="2"))
    assert rows == {
        *_WHOLE,
        ("dang-cbcc", 2023, None, 9, 2022, None),
        ("dang-vc", 2023, None, 2, 2022, None),
    }
    assert not unread


_RESOLUTION = (
    "NGHỊ QUYẾT\nGiao biên chế công chức năm 2024\n\n"
    "Điều 1. Giao biên chế công chức năm 2024\n"
    "1. Tổng biên chế công chức của tỉnh năm 2024 là 2.466 biên chế, gồm:\n"
    "a) Cấp tỉnh: 1.418 biên chế;\nb) Cấp huyện: 1.048 biên chế.\n"
)
_ALLOCATED = {
    ("cbcc", 2024, 2466, None, None, None),
    ("cap-tinh", 2024, 1418, None, None, None),
    ("cap-huyen", 2024, 1048, None, None, None),
}


def test_some_of_a_point_named_by_the_category_after_the_count_is_unread() -> None:
    # (blind AX2's Khánh Hòa: the 94 was the category's 2024 figure, a false alarm)
    text = _RESOLUTION + (
        "2. Trong tổng số biên chế tại điểm b khoản 1 Điều này có 94 biên chế công chức làm "
        "việc tại các Phòng Giáo dục và Đào tạo.\n"
    )
    rows, _, unread = _rows(text)
    assert rows == _ALLOCATED
    assert unread == {8}


def test_its_twin_without_the_frame_is_a_line_of_its_own() -> None:
    text = _RESOLUTION + (
        "2. Biên chế công chức làm việc tại các Phòng Giáo dục và Đào tạo là 94 biên chế.\n"
    )
    rows, _, unread = _rows(text)
    assert rows == {*_ALLOCATED, ("cbcc-lam-viec-tai-phong", 2024, 94, None, None, None)}
    assert not unread


_ADDED = (
    "2. Ủy ban nhân dân tỉnh giao biên chế cho từng cơ quan; 120 biên chế giáo viên được bổ "
    "sung theo Quyết định số 72-QĐ/TW thực hiện theo văn bản riêng{apart}.\n"
)


def test_posts_the_text_sets_apart_from_a_clause_are_outside() -> None:
    # (blind AX1's Hà Nam: a unit of 120 teachers' posts of 2024)
    text = _RESOLUTION + _ADDED.format(apart=", không tính vào số tại khoản 1 Điều này")
    rows, _, unread = _rows(text)
    assert rows == _ALLOCATED
    assert not unread


def test_their_twin_not_set_apart_is_a_unit() -> None:
    rows, _, unread = _rows(_RESOLUTION + _ADDED.format(apart=""))
    assert rows == {*_ALLOCATED, ("vc-giao-vien-bo-sung", 2024, 120, None, None, None)}
    assert not unread


@pytest.mark.parametrize("opening", ["Tổng cộng, biên chế", "Tính chung, biên chế", "Biên chế"])
def test_a_summing_up_connective_names_no_unit(opening: str) -> None:
    # (blind AX2's Khánh Hòa: "Tổng cộng, số người làm việc năm 2026 giảm 443 người ...")
    text = _RESOLUTION + f"2. {opening} công chức năm 2024 giảm 31 biên chế so với năm 2023.\n"
    rows, _, unread = _rows(text)
    assert rows == {*_ALLOCATED, ("cbcc", 2024, None, 31, 2023, None)}
    assert not unread


_CHAIN = (
    "KẾ HOẠCH\nTinh giản biên chế ngành y tế giai đoạn 2022 - 2026\n\n2. Biên chế công chức: {}\n"
)


@pytest.mark.parametrize(
    "links",
    [
        "năm 2021: 86 → năm 2022: 85 → năm 2026: 81 biên chế.",
        "năm 2021: 86 biên chế -> năm 2022: 85 biên chế -> năm 2026: 81 biên chế.",
        "năm 2021: 86; năm 2022: 85; năm 2026: 81 biên chế.",
    ],
)
def test_a_year_chain_linked_by_arrows_reads_as_one_linked_by_semicolons(links: str) -> None:
    rows, _, unread = _rows(_CHAIN.format(links))
    assert rows == {
        ("cbcc", 2021, 86, None, None, None),
        ("cbcc", 2022, 85, None, None, None),
        ("cbcc", 2026, 81, None, None, None),
    }
    assert not unread


def test_arrows_between_bare_figures_name_no_years_and_stay_unread() -> None:
    rows, _, unread = _rows(_CHAIN.format("năm 2021: 86 → 85 → 81 biên chế."))
    assert rows == frozenset()
    assert unread == {4}


# --- a year glossed as the base year (blind AY1's Sơn La) ------------------------------------


@pytest.mark.parametrize(
    "year",
    ["Năm 2021 (năm gốc theo Kết luận số 40-KL/TW)", "Năm 2021 (là năm gốc)", "Năm 2021"],
)
def test_a_year_glossed_as_the_base_is_the_year_alone(year: str) -> None:
    rows, _, unread = _rows(
        f"{year}, tỉnh được giao 2.968 biên chế công chức và 33.460 người làm việc hưởng lương "
        "từ ngân sách nhà nước.\n"
    )
    assert rows == {("cbcc", 2021, 2968, None, None, None), ("vc", 2021, 33460, None, None, None)}
    assert not unread


def test_its_twin_glossed_otherwise_is_no_plain_category_line() -> None:
    # a bracket saying something else after the year stays in the words read: never the
    # province's plain công chức and viên chức lines
    rows, _, _ = _rows(
        "Năm 2021 (theo Quyết định số 12/QĐ-UBND), tỉnh được giao 2.968 biên chế công chức và "
        "33.460 người làm việc hưởng lương từ ngân sách nhà nước.\n"
    )
    assert not {row[0] for row in rows} & {"cbcc", "vc"}
