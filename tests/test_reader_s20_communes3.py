"""Session 20, eng-communes3: the communes' posts around the two-tier reform of 01/7/2025.

Each form is read whole beside its twin, one change away, left unread or read otherwise
(tests/corpus/README.md, "Categories: communes' posts after the two-tier reform")."""

from __future__ import annotations

from typing import Any

import pytest

from lotrinh.extract import extract_plan


def _read(text: str) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]], set[int]]:
    result = extract_plan(text, "doc.txt")
    units = {unit["id"]: unit for unit in result.data["units"]}
    unread = {entry.line for entry in result.coverage.entries if entry.unread}
    return units, result.data["claims"], unread


def _figures(text: str) -> set[tuple[str | None, int, int]]:
    """(category, year, value) of every figure read, a part's category its holder's."""
    units, claims, _ = _read(text)

    def category(uid: str) -> str | None:
        while units[uid].get("category") is None and units[uid].get("parent") in units:
            uid = units[uid]["parent"]
        found = units[uid].get("category")
        if found is None:
            holders = [u for u in units.values() if uid in u.get("parts", ())]
            return category(holders[0]["id"]) if holders else None
        return str(found)

    return {(category(c["unit"]), c["year"], c["value"]) for c in claims if "value" in c}


# -- 1. A 2025 figure of the communes that the text does not date before or after the reform

UNDATED = "Biên chế công chức của 56 xã, phường năm 2025 là 1.838 biên chế."


def test_an_undated_2025_figure_of_the_communes_stays_unread() -> None:
    # before 01/7/2025 the old communes' cán bộ, công chức cấp xã, from then on the new
    # communes' CBCC: the text says neither, and the line is not guessed
    _, claims, unread = _read(UNDATED)
    assert claims == [] and unread == {1}


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # twin: a year before the reform's, the old communes'
        (UNDATED.replace("2025", "2024"), {("CBCC-XA", 2024, 1838)}),
        # twin: a thị trấn, abolished by the reform, among them
        (
            UNDATED.replace("xã, phường", "xã, phường, thị trấn"),
            {("CBCC-XA", 2025, 1838)},
        ),
        # twin: the old category's own words
        (
            "Biên chế cán bộ, công chức cấp xã năm 2025 là 1.838 biên chế.",
            {("CBCC-XA", 2025, 1838)},
        ),
        # twin: the text of the two-tier local government
        (
            "Báo cáo sau ba tháng vận hành chính quyền địa phương hai cấp.\n" + UNDATED,
            {("CBCC", 2025, 1838)},
        ),
    ],
)
def test_a_2025_figure_of_the_communes_dated_by_its_text(
    text: str, figures: set[tuple[str | None, int, int]]
) -> None:
    assert _figures(text) == figures


def test_a_2025_figure_compared_with_2024_is_the_old_communes() -> None:
    text = UNDATED[:-1] + ", giảm 12 biên chế so với năm 2024."
    units, claims, unread = _read(text)
    assert unread == set()
    assert {units[c["unit"]]["category"] for c in claims} == {"CBCC-XA"}


@pytest.mark.parametrize(
    "text",
    [
        # "sau sắp xếp", "mới": a merger, of 2025's first rounds or of the reform's
        "Biên chế công chức của 56 xã, phường năm 2025 sau sắp xếp là 1.838 biên chế.",
        "Biên chế công chức của 56 xã, phường mới năm 2025 là 1.838 biên chế.",
        "Năm 2025, biên chế công chức của 56 xã, phường là 1.838 biên chế.",
        "Biên chế công chức của các xã năm 2025 là 1.838 biên chế.",
    ],
)
def test_undated_variants_stay_unread(text: str) -> None:
    _, claims, unread = _read(text)
    assert claims == [] and unread == {1}


def test_a_commune_heading_of_2025_leaves_its_line_unread() -> None:
    # test_reader_forms' "commune-heading/commune-line-read" in 2025: the heading counts the
    # part-time commune workers too, which says nothing of the day
    text = (
        "2. Cán bộ, công chức xã, phường và người hoạt động không chuyên trách năm 2025\n"
        "a) Cán bộ, công chức xã, phường: 600 người."
    )
    _, claims, unread = _read(text)
    assert claims == [] and unread == {2}
    assert _figures(text.replace("2025", "2024")) == {("CBCC-XA", 2024, 600)}


def test_an_undated_line_unread_leaves_the_others_read() -> None:
    text = "Năm 2025, tỉnh được giao 5.000 biên chế công chức.\n" + UNDATED
    _, claims, unread = _read(text)
    assert unread == {2}
    assert [(c["year"], c["value"]) for c in claims] == [(2025, 5000)]


# -- 2. One new commune named, given posts from the reform's day, with its parts

NAMED = (
    "Từ ngày 01/7/2025, xã Mường Khương được Ủy ban nhân dân tỉnh giao 38 biên chế cán bộ,"
    " công chức, gồm:\n"
    "+ Khối Đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội: 14 biên chế;\n"
    "+ Khối chính quyền (Hội đồng nhân dân, Ủy ban nhân dân xã): 24 biên chế."
)


def test_a_named_new_commune_given_posts_from_the_reform_is_read_with_its_parts() -> None:
    units, claims, unread = _read(NAMED)
    assert unread == set()
    whole = [c for c in claims if c["value"] == 38]
    assert len(whole) == 1 and whole[0]["year"] == 2025
    unit = units[whole[0]["unit"]]
    assert unit["category"] == "CBCC"
    parts = {c["unit"]: c["value"] for c in claims if c["unit"] in unit.get("parts", ())}
    assert sorted(parts.values()) == [14, 24] and all(c["year"] == 2025 for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        # twin: another giver than the province
        NAMED.replace("Ủy ban nhân dân tỉnh", "Bộ Nội vụ"),
        # twin: two communes named, whose posts together
        NAMED.replace("xã Mường Khương", "xã Mường Khương và xã Tả Thàng"),
    ],
)
def test_a_named_commune_twin_stays_unread(text: str) -> None:
    _, _, unread = _read(text)
    assert 1 in unread


def test_a_named_commune_given_posts_from_a_day_before_the_reform_is_the_old_category() -> None:
    text = NAMED.replace("01/7/2025", "01/7/2024").split("\n")[0].replace(", gồm:", ".")
    assert _figures(text) == {("CBCC-XA", 2024, 38)}


OLD_BELOW = "\nNăm 2024, thị trấn Mường Khương được giao 30 biên chế cán bộ, công chức cấp xã."


def test_posts_from_the_reform_day_are_the_new_communes_beside_the_old_named() -> None:
    # another sentence names the former units' posts the old way: those stay CBCC-XA, the
    # posts given from 01/7/2025 are the new commune's CBCC
    figures = _figures(NAMED + OLD_BELOW)
    assert ("CBCC", 2025, 38) in figures and ("CBCC-XA", 2024, 30) in figures


def test_posts_from_the_reform_day_named_the_old_way_keep_the_old_name() -> None:
    # twin: the dated sentence itself says "cán bộ, công chức cấp xã"
    text = NAMED.split("\n")[0].replace("công chức, gồm:", "công chức cấp xã.") + OLD_BELOW
    figures = _figures(text)
    assert ("CBCC-XA", 2025, 38) in figures and ("CBCC", 2025, 38) not in figures


# -- 3. "Ngoài ra, ..." of another category after the list of parts

BESIDES = "\nNgoài ra, Trung tâm Phục vụ hành chính công xã được giao 6 {what}."


def test_a_besides_line_of_another_category_leaves_the_parts_written() -> None:
    units, claims, unread = _read(
        NAMED + BESIDES.format(what="người làm việc hưởng lương từ ngân sách nhà nước")
    )
    assert unread == set()
    whole = units[next(c["unit"] for c in claims if c["value"] == 38)]
    assert len(whole.get("parts", ())) == 2


def test_a_besides_line_of_the_same_category_leaves_the_parts_unknown() -> None:
    # twin: civil servants besides the list, of the total's kind: whether they are a part
    # no year tells (no figure of the besides line's holder), and the parts are not written
    units, claims, _ = _read(NAMED + BESIDES.format(what="biên chế công chức"))
    whole = units[next(c["unit"] for c in claims if c["value"] == 38)]
    assert not whole.get("parts")


@pytest.mark.parametrize(
    "text",
    [
        # the 2025 versions of earlier sessions' forms (test_reader_forms, moved to 2024 there):
        # nothing in them dates the figure before or after 01/7/2025
        "Năm 2025, xã Yên Mô được giao 42 biên chế cán bộ, công chức.",
        "Năm 2025, phường được giao 42 biên chế cán bộ, công chức.",
        "Năm 2025, tỉnh giao 42 biên chế cán bộ, công chức cho xã Yên Mô.",
        "Năm 2025, công chức phường là 2.625 người.",
        "Năm 2025, ở cấp xã, số cán bộ, công chức được giao là 2.106 người.",
        "Tin tức\n\nNăm 2025, Ủy ban nhân dân tỉnh giao cho các xã, phường 5.810 biên chế cán bộ,"
        " công chức.",
    ],
)
def test_earlier_commune_forms_of_2025_undated_stay_unread(text: str) -> None:
    _, claims, unread = _read(text)
    assert claims == [] and unread
