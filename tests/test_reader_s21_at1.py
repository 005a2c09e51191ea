"""Session 21, eng-at1: forms of blind AT1's unread lines, each read whole by a rule and its
twin (other places, years, figures), and the near miss one change away left unread."""

from __future__ import annotations

from tests.reader_forms.common import Row, _rows

# ---------------------------------------------------------------------------------------------
# Year items of another level under a numbered lead of their category: "1. Công chức: đến năm
# 2026 giảm 6 biên chế so với năm 2021 (5,08%), còn 112 biên chế; cụ thể:" then "- Năm 2022:
# giảm 1 biên chế, còn 117 biên chế;" ...: the lead (another level) and the next lead's items
# are no years of this list; its own items fall year on year by its own figures.


def _plan(place: str, lines: list[str]) -> str:
    return (
        f"UBND HUYỆN {place.upper()}\n\nKẾ HOẠCH\nTinh giản biên chế giai đoạn 2022 - 2026\n\n"
        "II. LỘ TRÌNH GIẢM BIÊN CHẾ\n" + "\n".join(lines) + "\n"
    )


def _read(text: str) -> tuple[frozenset[Row], dict[str, tuple[str, ...]]]:
    """The rows and parts of a text read whole (no line unread)."""
    rows, parts, unread = _rows(text)
    assert not unread, text
    return rows, parts


def _declined(*texts: str) -> None:
    """Each one-line text: nothing read, its line reported."""
    for text in texts:
        rows, _, unread = _rows(text)
        assert rows == frozenset() and unread == {1}, text


def _num(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _items(base: int, falls: list[int], word: str) -> list[str]:
    lines = []
    value = base
    for offset, fall in enumerate(falls):
        value -= fall
        mark = "." if offset == len(falls) - 1 else ";"
        lines.append(f"- Năm {2022 + offset}: giảm {fall} {word}, còn {_num(value)} {word}{mark}")
    return lines


def _two_lists(cc: tuple[int, list[int]], vc: tuple[int, list[int]]) -> str:
    cc_base, cc_falls = cc
    vc_base, vc_falls = vc
    cc_end = cc_base - sum(cc_falls)
    vc_end = vc_base - sum(vc_falls)
    return _plan(
        "Đông Sơn",
        [
            f"Năm 2021, huyện được giao {_num(cc_base)} biên chế công chức và {_num(vc_base)} "
            "người làm việc hưởng lương từ ngân sách nhà nước.",
            f"1. Công chức: đến năm 2026 giảm {sum(cc_falls)} biên chế so với năm 2021, còn "
            f"{_num(cc_end)} biên chế; cụ thể:",
            *_items(cc_base, cc_falls, "biên chế"),
            f"2. Viên chức: đến năm 2026 giảm {sum(vc_falls)} người so với năm 2021, còn "
            f"{_num(vc_end)} người; cụ thể:",
            *_items(vc_base, vc_falls, "người"),
        ],
    )


def test_year_items_under_numbered_leads_fall_year_on_year() -> None:
    rows, _, unread = _rows(_two_lists((118, [1, 1, 2, 1, 1]), (1896, [38, 38, 38, 38, 38])))
    assert not unread
    cc = {row for row in rows if row[0] == "cbcc"}
    assert ("cbcc", 2023, None, 1, 2022, None) in cc
    assert ("cbcc", 2024, 114, None, None, None) in cc
    assert ("cbcc", 2026, None, 1, 2025, None) in cc
    assert ("cbcc", 2026, None, 6, 2021, None) in cc
    assert ("vc", 2025, 1744, None, None, None) in rows
    assert ("vc", 2022, None, 38, 2021, None) in rows
    # never the lead's year compared with
    assert not any(row[4] == 2021 and 2022 < row[1] < 2026 for row in rows)


def test_year_items_twin_other_figures() -> None:
    rows, _, unread = _rows(_two_lists((240, [3, 2, 0, 4, 1]), (3105, [60, 55, 50, 45, 40])))
    assert not unread
    assert ("cbcc", 2025, None, 4, 2024, None) in rows
    assert ("vc", 2024, None, 50, 2023, None) in rows


def test_year_items_summed_from_the_base_are_not_read_year_on_year() -> None:
    # near miss: each item's fall is summed up from 2021 (118 - 2 = 116, not 117 - 2): no
    # fall against the year before, and which year it compares with is unsaid
    lines = [
        "1. Công chức: đến năm 2026 giảm 6 biên chế so với năm 2021, còn 112 biên chế; cụ thể:",
        "- Năm 2022: giảm 1 biên chế, còn 117 biên chế;",
        "- Năm 2023: giảm 2 biên chế, còn 116 biên chế;",
        "- Năm 2024: giảm 4 biên chế, còn 114 biên chế;",
        "- Năm 2025: giảm 5 biên chế, còn 113 biên chế;",
        "- Năm 2026: giảm 6 biên chế, còn 112 biên chế.",
    ]
    rows, _, unread = _rows(_plan("Đông Sơn", lines))
    assert not any(row[3] is not None and row[1] < 2026 for row in rows)
    assert {9, 10, 11} <= unread


def test_year_items_with_a_year_missing_are_not_read() -> None:
    # near miss: 2024 skipped: the years do not follow one another
    lines = [
        "1. Công chức: đến năm 2026 giảm 5 biên chế so với năm 2021, còn 113 biên chế; cụ thể:",
        "- Năm 2022: giảm 1 biên chế, còn 117 biên chế;",
        "- Năm 2023: giảm 1 biên chế, còn 116 biên chế;",
        "- Năm 2025: giảm 2 biên chế, còn 114 biên chế;",
        "- Năm 2026: giảm 1 biên chế, còn 113 biên chế.",
    ]
    rows, _, unread = _rows(_plan("Đông Sơn", lines))
    assert not any(row[3] is not None and row[1] < 2026 for row in rows)
    assert unread


# ---------------------------------------------------------------------------------------------
# A cut urged on the bodies in percent ("các cơ quan, đơn vị được khuyến khích tinh giản 20%
# biên chế ngay trong năm 2025 và 2026"): a goal, no figure of the plan (outside).


_FIGURE = "Năm 2025, tỉnh được giao 3.176 biên chế công chức.\n"
_FIGURE_ROW = ("cbcc", 2025, 3176, None, None, None)


def test_an_urged_cut_in_percent_is_a_goal() -> None:
    for goal in (
        "Nghệ An khuyến khích tinh giản 20% biên chế trong hai năm 2025 - 2026",
        "UBND tỉnh vừa ban hành hướng dẫn; các cơ quan, đơn vị được khuyến khích tinh giản 20% "
        "biên chế ngay trong năm 2025 và 2026.",
        "Thanh Hóa khuyến khích cắt giảm 15% biên chế trong năm 2026.",
    ):
        rows, _, unread = _rows(goal + "\n" + _FIGURE)
        assert rows == {_FIGURE_ROW} and not unread, goal


def test_an_urged_cut_with_a_count_is_not_a_goal_alone() -> None:
    # near miss: a count beside the rate: the ordinary reading's, never set aside whole
    _, _, unread = _rows(
        "Các đơn vị được khuyến khích tinh giản 20% biên chế, tương ứng 320 biên chế, trong năm "
        "2026.\n" + _FIGURE
    )
    assert 1 in unread


# ---------------------------------------------------------------------------------------------
# A table of years as rows whose first row is no base year: "| 2022 | 130 | 2 |" first under
# "Giảm so với năm trước" (the base year's figure given in prose above): no row above to be
# "năm trước", so the year before itself.

_FIRST_ROW = (
    "Năm 2021, huyện được giao {cc0} biên chế công chức và {vc0} người làm việc hưởng lương từ "
    "ngân sách nhà nước.\n\n"
    "| Năm | Công chức | {fall} | Viên chức | {fall} |\n|---|---|---|---|---|\n"
    "| {y1} | {cc1} | {d1} | {vc1} | {e1} |\n| {y2} | {cc2} | {d2} | {vc2} | {e2} |\n"
)


def _first_row(**given: object) -> str:
    figures: dict[str, object] = {
        "cc0": 132,
        "vc0": "2.248",
        "fall": "Giảm so với năm trước",
        "y1": 2022,
        "cc1": 130,
        "d1": 2,
        "vc1": "2.203",
        "e1": 45,
        "y2": 2023,
        "cc2": 128,
        "d2": 2,
        "vc2": "2.158",
        "e2": 45,
    }
    figures.update(given)
    return _FIRST_ROW.format(**figures)


def test_the_first_year_row_falls_from_the_year_before() -> None:
    rows, _, unread = _rows(_first_row())
    assert not unread
    assert {
        ("cbcc", 2022, 130, None, None, None),
        ("cbcc", 2022, None, 2, 2021, None),
        ("vc", 2022, None, 45, 2021, None),
        ("vc", 2023, None, 45, 2022, None),
    } <= rows


def test_the_first_year_row_twin_other_years_and_words() -> None:
    text = _first_row(
        cc0=84,
        vc0="1.510",
        fall="Giảm so với năm liền trước",
        y1=2024,
        cc1=82,
        d1=2,
        vc1="1.480",
        e1=30,
        y2=2025,
        cc2=81,
        d2=1,
        vc2="1.451",
        e2=29,
    )
    rows, _, unread = _rows(text.replace("Năm 2021", "Năm 2023"))
    assert not unread
    assert ("cbcc", 2024, None, 2, 2023, None) in rows
    assert ("vc", 2025, None, 29, 2024, None) in rows


def test_the_second_row_skipping_a_year_stays_unread() -> None:
    # near miss: 2022 then 2024: "năm trước" of 2024 is 2023, no row of the table
    rows, _, unread = _rows(_first_row(y2=2024))
    assert ("cbcc", 2022, None, 2, 2021, None) in rows
    assert not any(row[1] == 2024 for row in rows)
    assert unread == {6}


def test_the_first_row_of_a_signed_difference_stays_unread() -> None:
    # near miss: "Tăng (+), giảm (-) so với năm trước": the sign only the row above bears out
    text = _first_row(fall="Tăng (+), giảm (-) so với năm trước", d1=-2, e1=-45, d2=-2, e2=-45)
    rows, _, unread = _rows(text)
    assert not any(row[1] == 2022 and row[3] is not None for row in rows)
    assert 5 in unread


# ---------------------------------------------------------------------------------------------
# An interview's speaker cut to an initial ("Ông Trần Văn H.: ..."): a name, no unit; and two
# parts each counted before its posts' word and "của" its body ("gồm 3.274 biên chế của khối
# cấp tỉnh và 2.572 biên chế của 78 xã, phường, đặc khu"): parts, where they add up.


def test_a_speaker_named_by_an_initial_is_no_unit() -> None:
    for speaker in ("Ông Trần Văn H.", "Bà Nguyễn Thị T.", "Ông Lê Q."):
        rows, _, unread = _rows(f"{speaker}: Năm 2025, tỉnh được giao 4.120 biên chế công chức.")
        assert rows == {("cbcc", 2025, 4120, None, None, None)} and not unread, speaker


def test_parts_counted_before_their_body() -> None:
    rows, parts, unread = _rows(
        "Ông Trần Văn H.: Năm 2025, tỉnh Quảng Trị (mới) được giao 5.846 biên chế công chức, gồm "
        "3.274 biên chế của khối cấp tỉnh và 2.572 biên chế của 78 xã, phường, đặc khu."
    )
    assert not unread
    assert ("cbcc", 2025, 5846, None, None, None) in rows
    assert ("cap-tinh", 2025, 3274, None, None, None) in rows
    assert len(parts["cbcc"]) == 2 and "cap-tinh" in parts["cbcc"]
    # twin: other figures, year and bodies
    rows, parts = _read(
        "Năm 2026, tỉnh được giao 4.120 biên chế công chức, gồm 2.300 biên chế của các cơ quan "
        "cấp tỉnh và 1.820 biên chế của các xã, phường."
    )
    assert ("xa-phuong", 2026, 1820, None, None, None) in rows
    assert parts["cbcc"] == ("co-quan-cap-tinh", "xa-phuong")


def test_parts_counted_before_their_body_not_adding_up_or_naming_a_year_are_not_read() -> None:
    _declined(
        # near miss: 3.274 + 2.500 is not 5.846: parts, or some of the posts?
        "Năm 2025, tỉnh được giao 5.846 biên chế công chức, gồm 3.274 biên chế của khối cấp "
        "tỉnh và 2.500 biên chế của 78 xã, phường, đặc khu.",
        # near miss: a year inside the second body's words: of which year?
        "Năm 2026, tỉnh được giao 4.120 biên chế công chức, gồm 2.300 biên chế của các cơ quan "
        "cấp tỉnh và 1.820 biên chế của các xã, phường năm 2025.",
    )


# ---------------------------------------------------------------------------------------------
# One sector's viên chức counted inside the list's last part, in its parenthesis: "gồm 118 biên
# chế công chức và 1.896 người làm việc (trong đó có 1.702 viên chức giáo dục)": a subset of
# the viên chức, as "(trong đó có 1.702 giáo viên)" is; never a second figure of VC.


def test_a_sectors_vien_chuc_inside_the_last_part_is_a_subset() -> None:
    rows, parts = _read(
        "Năm 2021, huyện được giao 2.014 biên chế, gồm 118 biên chế công chức và 1.896 người làm "
        "việc hưởng lương từ ngân sách nhà nước (trong đó có 1.702 viên chức giáo dục)."
    )
    assert {
        ("huyen-vc", 2021, 1896, None, None, None),
        ("huyen-vc-giao-duc", 2021, 1702, None, None, None),
    } <= rows
    assert parts["huyen"] == ("huyen-cbcc", "huyen-vc")
    # twin: another place, year, sector
    rows, parts = _read(
        "Năm 2025, tỉnh được giao 30.120 biên chế, gồm 2.210 biên chế công chức và 27.910 người "
        "làm việc (trong đó có 6.400 viên chức ngành y tế)."
    )
    assert ("vc-nganh-y-te", 2025, 6400, None, None, None) in rows and parts["tong"] == (
        "cbcc",
        "vc",
    )


def test_a_sectors_vien_chuc_not_some_of_the_vien_chuc_is_not_read() -> None:
    _declined(
        # near miss: inside the công chức: no viên chức of theirs
        "Năm 2021, huyện được giao 2.014 biên chế, gồm 118 biên chế công chức (trong đó có 20 "
        "viên chức giáo dục) và 1.896 người làm việc.",
        # near miss: more than the part it would be some of
        "Năm 2021, huyện được giao 2.014 biên chế, gồm 118 biên chế công chức và 1.896 người "
        "làm việc (trong đó có 1.902 viên chức giáo dục).",
    )
