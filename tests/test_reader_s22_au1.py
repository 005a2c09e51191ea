"""Session 22, eng-au1: a year run whose first link alone names its base (the year before
it), and a figure set with the one it replaces glossed in brackets "(đã giao: N)".

Each form read is paired with its twin, one change away, left unread (or read otherwise).
"""

from __future__ import annotations

import pytest

from tests.reader_forms.common import _rows

# --- a year run: "năm 2022 còn A (giảm a so với năm 2021); năm 2023 còn B (giảm b); ..." ----

_RUN_HEAD = (
    "KẾ HOẠCH\nTinh giản biên chế huyện Đông Sơn giai đoạn 2022 - 2026\n\n"
    "III. LỘ TRÌNH GIẢM SỐ NGƯỜI LÀM VIỆC\n"
)


def _run(values: list[int], cuts: list[int], first: int = 2022, base: int | None = None) -> str:
    links = []
    for i, (value, cut) in enumerate(zip(values, cuts, strict=True)):
        shown = f"{value:,}".replace(",", ".")
        against = f" so với năm {base if base is not None else first - 1}" if i == 0 else ""
        links.append(f"năm {first + i} còn {shown} người (giảm {cut} người{against})")
    sentence = "; ".join(links) + "."
    return _RUN_HEAD + sentence[0].upper() + sentence[1:] + "\n"


_VALUES = [3110, 3080, 3051, 3020]


@pytest.mark.parametrize(
    ("cuts", "first"),
    [
        ([30, 30, 29, 31], 2022),
        ([30, 30, 29, 31], 2023),
        # one link's cut not the difference (a slip the checker must flag): read as written
        ([30, 30, 92, 31], 2022),
    ],
)
def test_a_year_run_each_link_against_the_year_before(cuts: list[int], first: int) -> None:
    rows, _, unread = _rows(_run(_VALUES, cuts, first))
    assert not unread
    for i, (value, cut) in enumerate(zip(_VALUES, cuts, strict=True)):
        assert ("vc", first + i, value, None, None, None) in rows
        assert ("vc", first + i, None, cut, first + i - 1, None) in rows


@pytest.mark.parametrize(
    ("values", "cuts", "base"),
    [
        # the cuts add up against the first base (cumulative): not against the year before
        (_VALUES, [30, 60, 89, 120], None),
        # the first link compares with an earlier year than the one before it
        (_VALUES, [30, 30, 29, 31], 2020),
        # two of the three later cuts not the difference: the writer's meaning is not said
        (_VALUES, [30, 30, 92, 93], None),
    ],
)
def test_a_year_run_the_words_or_figures_do_not_say_which_year(
    values: list[int], cuts: list[int], base: int | None
) -> None:
    rows, _, unread = _rows(_run(values, cuts, base=base))
    assert unread
    assert not any(row[3] is not None and row[1] > 2022 for row in rows)


def test_a_year_run_of_three_links_with_a_slip_stays_unread() -> None:
    """Two later links, one of them off: half is not more than half."""
    _, _, unread = _rows(_run(_VALUES[:3], [30, 30, 92]))
    assert unread


# --- a figure set and the one it replaces, glossed "(đã giao: N)" -----------------------------

_GLOSS = (
    "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM\n\nNGHỊ QUYẾT\n"
    "Điều chỉnh biên chế công chức năm 2024\n\nQUYẾT NGHỊ:\n\n"
    "Điều 1. {lead}\n"
    "1. Biên chế công chức trong các cơ quan hành chính của tỉnh năm 2024 là 2.010 biên chế "
    "({gloss}2.040 {word}), trong đó:\n"
    "a) Cấp tỉnh: 1.200 biên chế (đã giao: 1.215 biên chế);\n"
    "b) Cấp huyện: 810 biên chế (đã giao: 825 biên chế).\n"
)


@pytest.mark.parametrize(
    "gloss",
    ["đã giao tại Nghị quyết số 15/NQ-HĐND: ", "đã giao: "],
)
def test_a_figure_set_with_the_one_given_before_glossed(gloss: str) -> None:
    text = _GLOSS.format(lead="Điều chỉnh biên chế năm 2024 như sau:", gloss=gloss, word="biên chế")
    rows, parts, unread = _rows(text)
    assert not unread
    values = {row[2]: row for row in rows}
    assert {2010, 2040, 1200, 1215, 810, 825} == set(values)
    assert all(row[1] == 2024 for row in rows)
    # the set figure's parts are the set figures, the replaced one's the replaced ones
    assert set(parts[values[2010][0]]) == {values[1200][0], values[810][0]}
    assert set(parts[values[2040][0]]) == {values[1215][0], values[825][0]}
    # the figures given before are units of their own, never the set figures' changes
    assert not any(row[3] is not None for row in rows)
    assert len({row[0] for row in rows}) == 6


@pytest.mark.parametrize(
    ("lead", "word"),
    [
        # nothing says an adjustment: what the bracket's figure is is not said
        ("Giao biên chế năm 2024 như sau:", "biên chế"),
        # the bracket's figure in other words than the figure set
        ("Điều chỉnh biên chế năm 2024 như sau:", "người"),
    ],
)
def test_a_gloss_not_of_an_adjustment_stays_unread(lead: str, word: str) -> None:
    text = _GLOSS.format(lead=lead, gloss="đã giao: ", word=word)
    rows, _, unread = _rows(text)
    assert 9 in unread
    assert 2040 not in {row[2] for row in rows}


_GLOSS_COMPARED = (
    "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM\n\nNGHỊ QUYẾT\n"
    "Điều chỉnh số lượng người làm việc năm 2024\n\nQUYẾT NGHỊ:\n\n"
    "Điều 1. Điều chỉnh số lượng người làm việc năm 2024 như sau:\n"
    "1. Số lượng người làm việc trong các đơn vị sự nghiệp công lập năm 2024 là 15.300 người "
    "(đã giao: 15.380 người), giảm {cut} người so với năm {base}{figure}.\n"
)


@pytest.mark.parametrize("figure", [" (15.520 người)", ""])
def test_a_glossed_figure_set_and_its_change_against_an_earlier_year(figure: str) -> None:
    """The change is the set figure's against the year named; the replaced figure's none."""
    rows, _, unread = _rows(_GLOSS_COMPARED.format(cut=220, base=2023, figure=figure))
    assert not unread
    values = {row[2]: row[0] for row in rows if row[2] is not None}
    assert values[15300] != values[15380]
    assert (values[15300], 2024, None, 220, 2023, None) in rows
    assert not any(row[0] == values[15380] and row[3] is not None for row in rows)
    if figure:
        assert (values[15300], 2023, 15520, None, None, None) in rows


def test_a_glossed_figure_set_compared_with_its_own_year_stays_unread() -> None:
    """A change against the year adjusted itself is not against an earlier year: which figure
    of that year it compares is not said."""
    rows, _, unread = _rows(_GLOSS_COMPARED.format(cut=80, base=2024, figure=""))
    assert 9 in unread
    assert 15380 not in {row[2] for row in rows}


# --- people in post beside the posts, said "chỉ N người" or "lên tới N người" ---------------

_NEWS = (
    "Hà Nam: bộ máy sau sắp xếp đi vào hoạt động\n\n"
    "Các số liệu do Giám đốc Sở Nội vụ tỉnh đưa ra tại hội nghị kinh tế - xã hội tám tháng "
    "đầu năm 2025 diễn ra chiều 09/9.\n\n"
    "{line}\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Ở khối sở, ngành, tổng biên chế công chức sau sắp xếp là 2.410, trong khi số người "
        "hiện có chỉ 2.215 người.",
        "Ở khối sở, ngành, tổng biên chế công chức sau sắp xếp là 2.410, trong khi số người "
        "hiện có là 2.215 người.",
    ],
)
def test_people_in_post_said_only_so_many_are_outside(line: str) -> None:
    rows, _, unread = _rows(_NEWS.format(line=line))
    assert not unread
    assert {row[2] for row in rows} == {2410}


@pytest.mark.parametrize(
    "line",
    [
        # "chỉ" before a word, not a figure: what is only so is not said
        "Ở khối sở, ngành, tổng biên chế công chức sau sắp xếp là 2.410, trong khi số người "
        "hiện có chỉ khoảng 2.215 người.",
    ],
)
def test_people_in_post_said_otherwise_stay_unread(line: str) -> None:
    rows, _, _ = _rows(_NEWS.format(line=line))
    assert 2215 not in {row[2] for row in rows}


def test_people_present_up_to_a_count_are_outside() -> None:
    line = (
        "Sau khi chính quyền địa phương hai cấp đi vào hoạt động, Tỉnh đã tạm giao cho 98 xã, "
        "phường tổng cộng 4.120 biên chế công chức; thế nhưng đến ngày "
        "15/8/2025, số công chức có mặt ở cấp xã lên tới 4.390 người, vượt 270 người so với "
        "số được giao."
    )
    rows, _, unread = _rows(_NEWS.format(line=line))
    assert not unread
    assert {row[2] for row in rows} == {4120}
