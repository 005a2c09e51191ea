"""Session 22, eng-at3: a last clause keeping a block's figure as in the one year its sentence
compares with; a note's label before a fronted comparison; "hai con số này lần lượt còn A và
B" after a sentence naming two categories' figures; a new ward's posts of the years after the
reform beside the former wards' "cán bộ, công chức cấp xã".

Each form read is paired with its twin, one change away, left unread (or read otherwise).
"""

from __future__ import annotations

import pytest

from lotrinh.extract import extract_plan
from tests.reader_forms.common import _rows


def _categories(text: str) -> dict[str, str | None]:
    """Each unit holding a figure: its category (or its nearest whole's)."""
    data = extract_plan(text, "doc.txt").data
    units = {unit["id"]: unit for unit in data["units"]}
    parent = {part: unit["id"] for unit in data["units"] for part in unit.get("parts", ())}

    def category(uid: str) -> str | None:
        while units[uid].get("category") is None and uid in parent:
            uid = parent[uid]
        return units[uid].get("category")

    return {claim["unit"]: category(claim["unit"]) for claim in data["claims"]}


# --- a last clause keeping a block's figure, the year it keeps left to the clause before ----

_WARD = (
    "UBND PHƯỜNG HƯNG BÌNH\n\n"
    "BÁO CÁO\nBiên chế của phường sau sắp xếp\n\n"
    "Từ ngày 01/7/2025, phường được giao 84 biên chế công chức, gồm:\n"
    "+ Khối Đảng, Mặt trận và các đoàn thể: 27 biên chế;\n"
    "+ Khối chính quyền: 57 biên chế.\n"
    "{line}\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Năm 2026, phường được giao 81 biên chế công chức, giảm 3 biên chế so với năm 2025; "
        "khối Đảng, Mặt trận và các đoàn thể giữ nguyên 27 biên chế.",
        # "được giữ nguyên", no closing stop
        "Năm 2026, phường được giao 81 biên chế công chức, giảm 3 biên chế so với năm 2025; "
        "khối Đảng, Mặt trận và các đoàn thể được giữ nguyên 27 biên chế",
    ],
)
def test_a_last_clause_kept_as_in_the_year_compared(line: str) -> None:
    rows, _, unread = _rows(_WARD.format(line=line))
    assert not unread
    assert ("dang", 2026, 27, None, None, None) in rows
    assert ("dang", 2026, None, 0, 2025, None) in rows
    assert any(r[1:] == (2026, None, 3, 2025, None) for r in rows)
    assert set(_categories(_WARD.format(line=line)).values()) <= {"CBCC", None}


@pytest.mark.parametrize(
    "line",
    [
        # two comparisons before it: which year it keeps is not said
        "Năm 2026, phường được giao 81 biên chế công chức, giảm 3 biên chế so với năm 2025, "
        "giảm 5 biên chế so với năm 2024; khối Đảng, Mặt trận và các đoàn thể giữ nguyên 27 "
        "biên chế.",
        # compared with 2021: kept as in 2021 or as in 2025? not said
        "Năm 2026, phường được giao 81 biên chế công chức, giảm 3 biên chế so với năm 2021; "
        "khối Đảng, Mặt trận và các đoàn thể giữ nguyên 27 biên chế.",
        # no comparison before it
        "Năm 2026, phường được giao 81 biên chế công chức; khối Đảng, Mặt trận và các đoàn "
        "thể giữ nguyên 27 biên chế.",
    ],
)
def test_a_kept_clause_without_one_year_compared_stays_unread(line: str) -> None:
    rows, _, unread = _rows(_WARD.format(line=line))
    assert 9 in unread
    assert not any(r[0] == "dang" and r[1] == 2026 for r in rows)


# --- a note's label before a sentence opening with the year it compares with ---------------

_NOTE = (
    "BẢNG BIÊN CHẾ CÔNG CHỨC NĂM 2026 CỦA TỈNH\n\n"
    "{label}So với năm 2021 (1.980 biên chế), biên chế {cat} năm 2026 còn 1.884 biên chế, "
    "giảm 96 biên chế, tỷ lệ 4,85%.\n"
)


@pytest.mark.parametrize("label", ["", "Ghi chú: ", "Lưu ý: ", "Chú thích: "])
def test_a_notes_label_before_a_fronted_comparison(label: str) -> None:
    rows, _, unread = _rows(_NOTE.format(label=label, cat="công chức"))
    assert not unread
    assert ("cbcc", 2021, 1980, None, None, None) in rows
    assert ("cbcc", 2026, 1884, None, None, None) in rows
    assert ("cbcc", 2026, None, 96, 2021, "4,85%") in rows


def test_a_notes_label_keeps_the_category_the_sentence_names() -> None:
    """The twin: the same note of viên chức reads viên chức, never the công chức of before."""
    rows, _, unread = _rows(_NOTE.format(label="Ghi chú: ", cat="viên chức"))
    assert not unread
    assert {r[0] for r in rows} == {"vc"}


# --- "hai con số này lần lượt còn A và B": the pair the sentence before named ---------------

_PAIR = (
    "Tỉnh tiếp tục tinh giản biên chế\n\n"
    "{before}\n\n"
    "Đến năm 2025, hai con số này lần lượt còn 2.905 biên chế và 41.320 người; so với năm "
    "2021, công chức giảm 145 biên chế (4,75%), viên chức giảm 3.680 người (8,18%).\n"
)
_BEFORE = (
    "Theo Sở Nội vụ, năm 2021 tỉnh được giao 3.050 biên chế công chức và 45.000 người làm "
    "việc hưởng lương từ ngân sách nhà nước."
)


def test_two_figures_each_going_on_to_its_own() -> None:
    rows, _, unread = _rows(_PAIR.format(before=_BEFORE))
    assert not unread
    assert ("cbcc", 2025, 2905, None, None, None) in rows
    assert ("vc", 2025, 41320, None, None, None) in rows
    assert ("cbcc", 2025, None, 145, 2021, "4,75%") in rows
    assert ("vc", 2025, None, 3680, 2021, "8,18%") in rows


def test_two_figures_in_the_other_order_go_on_in_that_order() -> None:
    before = (
        "Theo Sở Nội vụ, năm 2021 tỉnh được giao 45.000 người làm việc hưởng lương từ ngân "
        "sách nhà nước và 3.050 biên chế công chức."
    )
    text = _PAIR.format(before=before).replace(
        "2.905 biên chế và 41.320 người", "41.320 người và 2.905 biên chế"
    )
    text = text.replace(
        "công chức giảm 145 biên chế (4,75%), viên chức giảm 3.680 người (8,18%)",
        "viên chức giảm 3.680 người (8,18%), công chức giảm 145 biên chế (4,75%)",
    )
    rows, _, unread = _rows(text)
    assert not unread
    assert ("cbcc", 2025, 2905, None, None, None) in rows
    assert ("vc", 2025, 41320, None, None, None) in rows


@pytest.mark.parametrize(
    "before",
    [
        # a body's figures, not the text's own province's: whose the pair is, unsaid
        _BEFORE.replace("tỉnh được giao", "Sở Y tế được giao"),
        # three figures before: which two?
        _BEFORE.replace(" và 45.000", ", 120 biên chế dự phòng và 45.000"),
        # the same year: no figure of another year goes on from it
        _BEFORE.replace("năm 2021", "năm 2025"),
    ],
)
def test_two_figures_without_a_clear_pair_before_stay_unread(before: str) -> None:
    rows, _, unread = _rows(_PAIR.format(before=before))
    assert 5 in unread
    assert not any(r[1] == 2025 and r[2] in (2905, 41320) for r in rows)


# --- a new ward's posts after the reform, beside the former wards' old category -------------

_REFORM = (
    "UBND PHƯỜNG HƯNG BÌNH (TỈNH NGHỆ AN)\n\n"
    "BÁO CÁO\nBiên chế của phường sau sắp xếp đơn vị hành chính\n\n"
    "Từ ngày 01/7/2025, phường Hưng Bình được giao 84 biên chế công chức.\n"
    "Năm 2026, phường được giao 81 {cat}, giảm 3 biên chế so với năm 2025.\n"
    "Năm 2024, biên chế cán bộ, công chức cấp xã của các phường cũ là 90 biên chế.\n"
)


def test_a_new_wards_later_posts_stay_civil_servants_beside_the_old_words() -> None:
    """The 2026 posts of the ward (no old commune had posts in 2026) are CBCC, though the
    text names the former wards' posts the old way; the former wards' stay CBCC-XA."""
    text = _REFORM.format(cat="biên chế công chức")
    rows, _, _ = _rows(text)
    categories = _categories(text)
    unit_2026 = next(r[0] for r in rows if r[1:3] == (2026, 81))
    unit_2024 = next(r[0] for r in rows if r[1:3] == (2024, 90))
    assert categories[unit_2026] == "CBCC"
    assert categories[unit_2024] == "CBCC-XA"


def test_a_later_line_naming_the_old_category_keeps_it() -> None:
    """The twin: the 2026 line itself says "cán bộ, công chức cấp xã": the text's words kept."""
    text = _REFORM.format(cat="biên chế cán bộ, công chức cấp xã")
    rows, _, _ = _rows(text)
    categories = _categories(text)
    found = [r[0] for r in rows if r[1:3] == (2026, 81)]
    assert all(categories[unit] == "CBCC-XA" for unit in found)


# --- people in post named by whose they are ---------------------------------------------------

_IN_POST = "THÀNH ỦY A\n\nBÁO CÁO\n\nNăm 2016, khối được giao 2.940 biên chế.\n{line}\n"


@pytest.mark.parametrize(
    "line",
    [
        "Số biên chế hiện có của khối là 2.815, tức còn 125 biên chế đã giao nhưng chưa sử dụng.",
        "Số công chức hiện có của Ban là 96 người.",
        "Số biên chế có mặt của các đơn vị là 2.815.",
    ],
)
def test_people_in_post_of_a_body_are_outside(line: str) -> None:
    rows, _, unread = _rows(_IN_POST.format(line=line))
    assert not unread
    assert {r[2] for r in rows} == {2940}


def test_posts_given_of_a_body_are_its_figure() -> None:
    """The twin: "được giao" instead of "hiện có": the body's posts, read."""
    rows, _, unread = _rows(
        _IN_POST.format(line="Năm 2016, số biên chế được giao của khối là 2.815.")
    )
    assert 6 not in unread
    assert any(r[1:3] == (2016, 2815) for r in rows)
