"""Session 21, eng-latent11: what eng-latent8's grid of a list of ministries left misread. An
item of a list of bodies whose subject is a giver's verb alone ("b) Phân bổ: 1.062 biên chế;"),
a body with its verb left in its name ("b) Sở Nội vụ phân bổ: 1.062"), the Home Affairs
department giving ("b) Sở Nội vụ giao 1.062"), or bodies named only through a giver ("b) Giao
cho các đơn vị trực thuộc 1.062") was read as the heading's category, as a unit named with its
verb or as 'don-vi-truc-thuoc'. Each test is a pair: the shape now unread and its twin, one
change away, read as before."""

from __future__ import annotations

import pytest

from lotrinh.extract.subjects import acts_in_name, verbs_only
from tests.test_reader_s20_latent8 import _MINISTRIES, _OTHERS, _figures

_DEPARTMENTS = (
    "Kế hoạch biên chế của tỉnh B năm 2027\n"
    "1. Biên chế công chức năm 2027 của các sở, ngành như sau:\n"
    "- Sở Tư pháp: 130 biên chế;\n- {item};\n- Sở Công Thương: 95 biên chế.\n"
)
_DEPARTMENTS_OTHERS = {("so-tu-phap", 2027, 130), ("so-cong-thuong", 2027, 95)}


@pytest.mark.parametrize(
    "item",
    [
        "Phân bổ: 1.062 biên chế;",
        "Phân bổ: 1.062 người;",
        "Đề xuất giao 1.062 biên chế;",
        "Quyết định giao: 1.062 biên chế năm 2026;",
        "Thông báo giao 1.062 biên chế;",
        "Giao 1.062 biên chế công chức;",
    ],
)
def test_a_givers_verb_alone_among_bodies_is_unread(item: str) -> None:
    """An item whose words before its count are only a giver's verbs names no body: it was the
    heading's category ('cbcc'), or a unit 'thong-bao' ("Thông báo" read as a name), or, spelled
    category first ("Giao 1.062 biên chế công chức"), the category again. Twin: the same words
    under a category heading, no list of bodies, stay the text's own category."""
    figures, unread = _figures(_MINISTRIES.format(item=item))
    assert figures == _OTHERS
    assert unread == {4}


def test_a_givers_verb_alone_outside_a_list_of_bodies_is_as_before() -> None:
    text = (
        "Kế hoạch biên chế của tỉnh A năm 2026\n1. Biên chế công chức năm 2026\n"
        "Đề xuất giao 1.062 biên chế công chức.\n"
    )
    assert _figures(text) == ({("cbcc", 2026, 1062)}, set())
    years = (
        "Kế hoạch biên chế của tỉnh A năm 2026\n1. Biên chế công chức năm 2026\n"
        "- Năm 2025: 1.100 biên chế;\n- Phân bổ năm 2026: 1.062 biên chế.\n"
    )
    assert _figures(years) == ({("cbcc", 2025, 1100), ("cbcc", 2026, 1062)}, set())


@pytest.mark.parametrize(
    "item",
    [
        "Bộ Ngoại giao phân bổ: 1.062 biên chế;",
        "Ủy ban Kiểm tra Trung ương quyết định giao 1.062 biên chế;",
        "Ban Dân vận Trung ương thông báo giao 1.062 biên chế công chức;",
        "UBND tỉnh thông báo giao 1.062 biên chế;",
        "Thủ tướng Chính phủ thông báo giao: 1.062 biên chế;",
        "Bộ Nội vụ thông báo giao 1.062 người;",
    ],
)
def test_a_bodys_verb_left_in_its_name_is_unread(item: str) -> None:
    """A body and its giving verb, what `TRAIL` leaves of it ("phân bổ", "quyết định" of
    "quyết định giao", "thông báo"), were one unit's name ('bo-ngoai-giao-phan-bo',
    'ubnd-tinh-thong-bao'): no unit. Twins below: a body whose own name holds words that look
    like verbs ("Bộ Giao thông vận tải", "Ủy ban Kiểm tra", "Ban Dân vận", "Ban Đề xuất")."""
    figures, unread = _figures(_MINISTRIES.format(item=item))
    assert figures == _OTHERS
    assert unread == {4}


@pytest.mark.parametrize(
    ("item", "unit"),
    [
        ("Bộ Giao thông vận tải: 1.062 biên chế;", "bo-giao-thong-van-tai"),
        ("Bộ Giao thông vận tải được giao 1.062 biên chế;", "bo-giao-thong-van-tai"),
        ("Ủy ban Kiểm tra Trung ương: 1.062 biên chế;", "uy-ban-kiem-tra-trung"),
        ("Ban Dân vận Trung ương được giao 1.062 biên chế;", "ban-dan-van-trung-uong"),
        ("Ban Đề xuất: 1.062 biên chế;", "ban-de-xuat"),
    ],
)
def test_a_bodys_own_words_that_look_like_verbs_stay_its_name(item: str, unit: str) -> None:
    figures, unread = _figures(_MINISTRIES.format(item=item))
    assert figures == _OTHERS | {(unit, 2026, 1062)}
    assert unread == set()


def test_verbs_in_names() -> None:
    assert acts_in_name("Sở Nội vụ phân bổ")
    assert acts_in_name("UBND tỉnh thông báo")
    assert acts_in_name("Đề xuất")
    assert not acts_in_name("Ban Đề xuất")
    assert not acts_in_name("Bộ Giao thông vận tải")
    assert not acts_in_name("Ủy ban Kiểm tra Trung ương")
    assert verbs_only("Quyết định")
    assert verbs_only("Đã giao")
    assert not verbs_only("Quyết định số 12")


@pytest.mark.parametrize(
    "item",
    [
        "Sở Nội vụ giao 45 biên chế",
        "Sở Nội vụ tạm giao: 45 biên chế",
        "Sở Nội vụ đã giao 45 biên chế công chức",
        "Sở Nội vụ đề nghị giao: 45 biên chế",
        "Sở Nội vụ phân bổ 45 người",
        "Sở Nội vụ quyết định giao 45 biên chế",
    ],
)
def test_the_home_affairs_department_giving_among_bodies_is_unread(item: str) -> None:
    """The Home Affairs department with its giving verb among departments' items: one of them
    (its own posts?) or the one giving them all; it was 'so-noi-vu' (`TRAIL` strips "giao",
    "đề nghị") or 'so-noi-vu-phan-bo'. Twin: "Sở Nội vụ: 45", "Sở Nội vụ được giao 45" are the
    department's own; outside a list of bodies its prose stays as before."""
    figures, unread = _figures(_DEPARTMENTS.format(item=item))
    assert figures == _DEPARTMENTS_OTHERS
    assert unread == {4}


@pytest.mark.parametrize("item", ["Sở Nội vụ: 45 biên chế", "Sở Nội vụ được giao 45 biên chế"])
def test_the_home_affairs_department_given_its_posts_is_read(item: str) -> None:
    figures, unread = _figures(_DEPARTMENTS.format(item=item))
    assert figures == _DEPARTMENTS_OTHERS | {("so-noi-vu", 2027, 45)}
    assert unread == set()
    prose = (
        "Kế hoạch biên chế của tỉnh A năm 2026\n"
        "Năm 2026, Sở Nội vụ giao 1.062 biên chế công chức.\n"
    )
    assert _figures(prose) == ({("so-noi-vu-cbcc", 2026, 1062)}, set())


@pytest.mark.parametrize(
    "item",
    [
        "Giao cho các đơn vị trực thuộc 1.062 biên chế;",
        "Đã giao 1.062 biên chế cho các đơn vị trực thuộc;",
        "Đề nghị: 1.062 biên chế cho các đơn vị trực thuộc;",
        "Được giao 1.062 biên chế cho các đơn vị trực thuộc;",
        "UBND tỉnh giao cho các đơn vị trực thuộc: 1.062 biên chế;",
        "UBND tỉnh giao các đơn vị trực thuộc - 1.062 biên chế công chức;",
        "Thủ tướng Chính phủ giao các đơn vị trực thuộc 1.062 biên chế;",
    ],
)
def test_bodies_named_through_an_unnamed_or_foreign_giver_are_unread(item: str) -> None:
    """ "các đơn vị trực thuộc" given by no one named, or by a giver no kin of the list's
    bodies, among ministries: whose units? It was a unit 'don-vi-truc-thuoc', the heading's
    'cbcc' (a colon after the receiver) or 'ubnd-tinh-giao-don-vi'. Twins: the same bodies
    without a verb, beside their own office, and the text's own "giao ... cho các đơn vị trực
    thuộc" outside a list stay as before."""
    figures, unread = _figures(_MINISTRIES.format(item=item))
    assert figures == _OTHERS
    assert unread == {4}


def test_bodies_named_through_the_texts_own_body_are_as_before() -> None:
    listed = (
        "Kế hoạch biên chế của Sở Y tế năm 2026\n1. Biên chế năm 2026\n"
        "- Văn phòng Sở: 120 biên chế;\n- Các đơn vị trực thuộc: 500 biên chế.\n"
    )
    assert _figures(listed) == (
        {("van-phong-so", 2026, 120), ("don-vi-truc-thuoc", 2026, 500)},
        set(),
    )
    prose = (
        "Kế hoạch biên chế của Sở Y tế năm 2026\n"
        "Năm 2026, giao 620 biên chế cho các đơn vị trực thuộc.\n"
    )
    assert _figures(prose) == ({("don-vi-truc-thuoc", 2026, 620)}, set())


def test_a_genre_giver_giving_a_body_named_is_that_bodys() -> None:
    """ "UBND tỉnh giao Sở Y tế 1.062 biên chế": a giver the genre names, its verb and the
    receiver were one unit 'ubnd-tinh-giao-so-y'; as for "Bộ Y tế giao Bệnh viện K"
    (eng-latent8) the active voice reads the receiver's. Twin: the receiver relative to the
    giver is unread (above)."""
    text = (
        "Kế hoạch biên chế của tỉnh A năm 2026\nNăm 2026, UBND tỉnh giao Sở Y tế 1.062 biên chế.\n"
    )
    assert _figures(text) == ({("so-y-te", 2026, 1062)}, set())
