"""Session 20, eng-latent8: a giver's count among bodies. "b) Bộ Nội vụ giao 1.062 biên chế;"
in a list of ministries was read as the lead's whole (unit 'cbcc'): the giver names no unit,
so the item took the heading's category. Each test is a pair: the shape read whole (or as it
should be) and its twin, one change away, left unread or read otherwise."""

from __future__ import annotations

import pytest

from lotrinh.extract.groups import given_active
from lotrinh.extract.subjects import read_subject, relative_receiver
from tests.reader_forms.common import _rows

_MINISTRIES = (
    "QUYẾT ĐỊNH giao biên chế công chức năm 2026 cho các bộ, ngành\n"
    "Điều 1. Giao biên chế công chức năm 2026 của các bộ, cơ quan ngang bộ như sau:\n"
    "a) Bộ Tư pháp: 1.200 biên chế;\n"
    "b) {item}\n"
    "c) Bộ Y tế: 800 biên chế.\n"
)
_OTHERS = {("bo-tu-phap", 2026, 1200), ("bo-y-te", 2026, 800)}


def _figures(text: str) -> tuple[set[tuple[str, int, int | None]], set[int]]:
    rows, _, unread = _rows(text)
    return {(row[0], row[1], row[2]) for row in rows if row[2] is not None}, unread


@pytest.mark.parametrize(
    "item",
    [
        "Bộ Nội vụ giao 1.062 biên chế;",
        "Bộ Nội vụ tạm giao 1.062 biên chế;",
        "Bộ Nội vụ phân bổ 1.062 biên chế;",
        "Bộ Nội vụ đề nghị: 1.062 biên chế;",
        "Bộ Nội vụ đề nghị giao 1.062 biên chế;",
        "Bộ Nội vụ được giao 1.062 biên chế;",
        "Bộ Nội vụ giao: 1.062 biên chế;",
        "Bộ Nội vụ giao 1.062 biên chế công chức;",
        "Bộ Nội vụ giao 1.062 biên chế năm 2026;",
        "Năm 2026, Bộ Nội vụ giao 1.062 biên chế;",
        "Bộ Nội vụ giao biên chế công chức năm 2026 là 1.062;",
        "Ban Tổ chức Trung ương giao 1.062 biên chế;",
        "Thủ tướng Chính phủ giao 1.062 biên chế;",
        "UBND tỉnh giao 1.062 biên chế;",
        "Giao 1.062 biên chế;",
    ],
)
def test_a_giver_or_no_one_among_bodies_is_unread(item: str) -> None:
    """An item of a list of bodies whose subject is a giver and its verb, or only the verb,
    names no unit: the giver may be one of the bodies (its own posts) or give them all (the
    whole); it was read as the heading's category, 'cbcc' (`build._among_bodies`). Twin below:
    the giver named alone before a colon is the body (AR2's form, as before)."""
    figures, unread = _figures(_MINISTRIES.format(item=item))
    assert figures == _OTHERS
    assert unread == {4}


def test_the_giver_named_alone_before_a_colon_is_the_body() -> None:
    figures, unread = _figures(_MINISTRIES.format(item="Bộ Nội vụ: 1.062 biên chế;"))
    assert figures == _OTHERS | {("co-quan-bo-noi-vu", 2026, 1062)}
    assert unread == set()


_LEADS = {
    "prose lead": (
        "Kế hoạch biên chế\nNăm 2026, giao biên chế công chức cho các bộ như sau:\n"
        "- Bộ Tư pháp: 1.200 biên chế;\n- {item};\n- Bộ Y tế: 800 biên chế.\n"
    ),
    "giver first": (
        "Kế hoạch biên chế\nNăm 2026, giao biên chế công chức cho các bộ như sau:\n"
        "- {item};\n- Bộ Tư pháp: 1.200 biên chế;\n- Bộ Y tế: 800 biên chế.\n"
    ),
    "numbered heading": (
        "KẾ HOẠCH biên chế năm 2026\n1. Biên chế công chức năm 2026\n"
        "- Bộ Tư pháp: 1.200 biên chế;\n- {item};\n- Bộ Y tế: 800 biên chế.\n"
    ),
}


@pytest.mark.parametrize("lead", sorted(_LEADS))
def test_a_giver_item_under_any_lead_of_bodies_is_unread(lead: str) -> None:
    """The same item under a prose lead (first or between) and under a numbered heading: it
    was 'cbcc' under the heading and, first under the prose lead, the text's own posts (a
    unit 'duoc-giao'). Twin: the item naming its body ("Bộ Nội vụ: 1.062 biên chế") is read."""
    text = _LEADS[lead]
    figures, unread = _figures(text.format(item="Bộ Nội vụ giao 1.062 biên chế"))
    assert figures == _OTHERS
    assert len(unread) == 1
    figures, unread = _figures(text.format(item="Bộ Nội vụ: 1.062 biên chế"))
    assert figures == _OTHERS | {("co-quan-bo-noi-vu", 2026, 1062)}
    assert unread == set()


def test_a_giver_among_year_items_is_the_texts_own() -> None:
    """The giver's count among items naming years, no body: the text's own category line, as
    before (the heading's category). Twin: a body among the items, and the giver's count is
    unread (and the body after it, whose year was the giver's item's)."""
    text = (
        "Kế hoạch biên chế của Bộ Tư pháp\n1. Biên chế công chức\n- Năm 2021: 1.100 biên chế;\n"
        "- Năm 2026, Bộ Nội vụ giao 1.062 biên chế{more}"
    )
    figures, unread = _figures(text.format(more=".\n"))
    assert figures == {("cbcc", 2021, 1100), ("cbcc", 2026, 1062)}
    assert unread == set()
    figures, unread = _figures(text.format(more=";\n- Cục Văn thư: 200 biên chế.\n"))
    assert figures == {("cbcc", 2021, 1100)}
    assert unread == {4, 5}


def test_a_department_proposing_among_departments_is_unread() -> None:
    """ "Sở Nội vụ đề xuất giao 45 biên chế" among departments' items: the department is one
    of them (its own posts?) and the one proposing them all; it was 'cbcc'. Twin: "Sở Nội vụ:
    45 biên chế" is the department's."""
    text = (
        "Kế hoạch biên chế của tỉnh A năm 2026\n"
        "1. Biên chế công chức năm 2026 của các sở, ngành như sau:\n"
        "- Sở Tư pháp: 120 biên chế;\n- {item};\n- Sở Y tế: 80 biên chế.\n"
    )
    figures, unread = _figures(text.format(item="Sở Nội vụ đề xuất giao 45 biên chế"))
    assert figures == {("so-tu-phap", 2026, 120), ("so-y-te", 2026, 80)}
    assert unread == {4}
    figures, unread = _figures(text.format(item="Sở Nội vụ: 45 biên chế"))
    assert ("so-noi-vu", 2026, 45) in figures
    assert unread == set()


def test_a_ministry_giving_among_ministries_in_prose_is_unread() -> None:
    """ "Bộ Nội vụ giao 1.062 biên chế công chức." in a text stating other ministries' figures
    (before or after it): the ministry is one of them; it was the text's CBCC. Twin: beside its
    own departments (Cục), no other ministry, it is the text's own CBCC as before."""
    text = (
        "Thông báo biên chế năm 2026\nNăm 2026, Bộ Nội vụ giao 1.062 biên chế công chức.\n"
        "{a} được giao 1.200 biên chế công chức; {b} được giao 800 biên chế công chức.\n"
    )
    figures, unread = _figures(text.format(a="Bộ Tư pháp", b="Bộ Y tế"))
    assert all(unit != "cbcc" for unit, _, _ in figures)
    assert unread == {2}
    figures, unread = _figures(text.format(a="Cục Văn thư", b="Cục Lưu trữ"))
    assert ("cbcc", 2026, 1062) in figures
    assert unread == set()
    after = (
        "Thông báo biên chế\nNăm 2026, Bộ Tư pháp được giao 1.200 biên chế công chức, Bộ Y tế "
        "được giao 800 biên chế công chức.\nBộ Nội vụ giao 1.062 biên chế công chức.\n"
    )
    figures, unread = _figures(after)
    assert all(unit != "cbcc" for unit, _, _ in figures)
    assert unread == {3}


@pytest.mark.parametrize(
    "item",
    [
        "Bộ Nội vụ giao cho các đơn vị trực thuộc 1.062 biên chế;",
        "Bộ Nội vụ giao các đơn vị trực thuộc 1.062 biên chế;",
        "Bộ Nội vụ phân bổ cho các đơn vị trực thuộc 1.062 biên chế;",
        "Bộ Nội vụ giao cho các đơn vị thuộc Bộ 1.062 biên chế;",
        "Bộ Nội vụ giao 1.062 biên chế cho các đơn vị trực thuộc;",
        "Bộ Y tế giao cho các đơn vị trực thuộc 1.062 biên chế;",
    ],
)
def test_bodies_named_only_through_their_giver_are_unread(item: str) -> None:
    """A receiver named only relative to its giver ("các đơn vị trực thuộc", "thuộc Bộ" given
    by a ministry) is the giver's own bodies, a name no unit carries: it was a unit
    'don-vi-truc-thuoc' (or 'bo-y-te-giao-don'), whoever's. Twin: a receiver by its name is
    read as that body's."""
    figures, unread = _figures(_MINISTRIES.format(item=item))
    assert figures == _OTHERS
    assert unread == {4}


def test_a_receiver_by_its_name_is_read() -> None:
    figures, unread = _figures(
        _MINISTRIES.format(item="Bộ Nội vụ giao cho Cục Văn thư 1.062 biên chế;")
    )
    assert figures == _OTHERS | {("cuc-van-thu", 2026, 1062)}
    assert unread == set()


def test_relative_to_whom() -> None:
    """ "thuộc Sở" after the city's committee is the text's own department's (a form read
    before, `given-to-first/the-category-in-law`); after a ministry, "thuộc Bộ" is its own."""
    assert relative_receiver("các đơn vị trực thuộc", "UBND tỉnh giao cho")
    assert relative_receiver("các đơn vị thuộc Bộ", "Bộ Nội vụ giao cho")
    assert not relative_receiver("các đơn vị sự nghiệp thuộc Sở", "UBND thành phố giao cho")
    assert not relative_receiver("Cục Văn thư", "Bộ Nội vụ giao cho")
    assert given_active("Năm 2021, Bộ Y tế giao cho các đơn vị trực thuộc 1.264 người.") is None
    assert given_active("Năm 2021, Bộ Y tế giao Bệnh viện K 1.264 người.") is not None


def test_a_giver_and_its_receiver_are_no_one_name() -> None:
    """ "Bộ Y tế giao Bệnh viện K 1.062 biên chế" as written was one unit 'bo-y-te-giao-benh';
    the giver and its verb are no part of a name, so the active voice is read (session 19,
    `groups.given_active`): Bệnh viện K's. Twin: a giver the genre does not name ("Cục Văn
    thư giao Chi cục A") leaves it unread; posts and where they go ("biên chế công đoàn tạm
    giao các địa phương", "Công đoàn tạm giao ...") stay a name as before."""
    figures, unread = _figures(
        _MINISTRIES.format(item="Bộ Y tế giao Bệnh viện K 1.062 biên chế;").replace(
            "c) Bộ Y tế", "c) Bộ Công Thương"
        )
    )
    assert ("benh-vien-k", 2026, 1062) in figures
    assert unread == set()
    figures, unread = _figures(
        _MINISTRIES.format(item="Cục Văn thư giao Chi cục A 1.062 biên chế;")
    )
    assert figures == _OTHERS
    assert unread == {4}
    assert read_subject("Bộ Y tế giao Bệnh viện K ").kind is None
    assert read_subject("Công đoàn tạm giao các địa phương ").kind is not None


_TABLE = (
    "Biên chế công chức năm 2026 của các bộ\n\n| TT | Cơ quan | Năm 2026 |\n|---|---|---|\n"
    "| 1 | Bộ Tư pháp | 1.200 |\n| 2 | {row} | 1.062 |\n| 3 | Bộ Y tế | 800 |\n"
)


@pytest.mark.parametrize("row", ["Bộ Nội vụ giao", "Bộ Nội vụ đề nghị", "UBND tỉnh giao"])
def test_a_table_row_naming_a_giver_with_its_verb_is_unread(row: str) -> None:
    """A row naming the giver with its verb: the giver still, its own posts or the whole's (it
    was read as the ministry's own, 'co-quan-bo-noi-vu'). Twin: the giver named alone on a
    row is the body holding its posts (`structure`, as before)."""
    figures, unread = _figures(_TABLE.format(row=row))
    assert figures == _OTHERS
    assert unread == {6}


def test_a_table_row_naming_the_giver_alone_is_the_body() -> None:
    figures, unread = _figures(_TABLE.format(row="Bộ Nội vụ"))
    assert figures == _OTHERS | {("co-quan-bo-noi-vu", 2026, 1062)}
    assert unread == set()
