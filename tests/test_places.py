"""`places.opening_place`: the place a staffing sentence opens with, and what is left out."""

from __future__ import annotations

import pytest

from lotrinh.extract.places import blanked, opening_place


@pytest.mark.parametrize(
    ("text", "name", "rest"),
    [
        ("Tại Gia Lai, biên chế công chức năm 2024 là 3.010", "Gia Lai", "biên chế công chức"),
        ("Tỉnh Phú Yên được giao 1.840 biên chế", "Phú Yên", "được giao 1.840"),
        ("Quảng Trị giảm nhiều nhất: năm 2024 còn 1.700", "Quảng Trị", "năm 2024 còn"),
        ("Năm 2025, huyện Ia Pa được giao 880 người", "Huyện Ia Pa", "Năm 2025,"),
        ("- Ở thành phố Quy Nhơn, biên chế công chức là 90", "Quy Nhơn", "biên chế công chức"),
        ("Tỉnh Phú Yên năm 2025 được giao 1.840 biên chế", "Phú Yên", "năm 2025 được giao"),
    ],
)
def test_a_place_opening_a_sentence_is_found_and_left_out(text: str, name: str, rest: str) -> None:
    place = opening_place(text)
    assert place is not None
    assert place.name == name
    left = blanked(text, place)
    assert len(left) == len(text)
    assert rest in left
    assert name.split()[-1] not in left


@pytest.mark.parametrize(
    "text",
    [
        "Biên chế công chức năm 2024 là 3.010",
        "Sở Nội vụ cho biết năm 2024 có 3.010 biên chế",
        "Năm 2024, tỉnh được giao 3.010 biên chế",
        "Tổng Biên Chế năm 2024 là 3.010",
        "Gia Lai, Phú Yên giảm 117 biên chế",  # a list of places, no lead
        "Tại Hội nghị, ông A cho biết",  # an occasion, no place
        "Huế giảm 10 biên chế",  # one syllable and no level word: not told from a word
        "Bà Lương Thị Hoa: Năm 2021 tỉnh được giao 2.218 biên chế",  # who speaks
        "Ông Trần Văn An có 12 biên chế",  # a person
    ],
)
def test_no_place_is_found_where_none_opens_the_sentence(text: str) -> None:
    assert opening_place(text) is None
