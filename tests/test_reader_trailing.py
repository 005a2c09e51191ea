"""eng-leak: `lotrinh.extract.trailing`, the qualifier written right after a figure."""

from __future__ import annotations

import pytest

from lotrinh.extract.trailing import (
    item_rest,
    names_another,
    part_fits,
    trailing_qualifier,
    trailing_year,
)
from lotrinh.model import Category


@pytest.mark.parametrize(
    ("gap", "year"),
    [
        (" năm 2020, tỉnh B cũ ", 2020),
        (" (năm 2021), cấp huyện ", 2021),
        (" đến năm 2026; cấp huyện ", 2026),
        (" năm 2024 và cấp huyện ", 2024),
        (" năm 2020.", 2020),
        (" năm 2020", 2020),
    ],
)
def test_a_year_after_a_figure_is_found_up_to_its_item_s_end(gap: str, year: int) -> None:
    trail = trailing_qualifier(gap)
    assert trail is not None and trailing_year(trail) == year
    assert not item_rest(gap, trail).startswith(" năm")


@pytest.mark.parametrize(
    "gap",
    [
        " (năm 2021: 105 người); ",  # a base figure of its own, not a qualifier
        " năm 2026 (năm 2021: 105 người)",  # the item goes on after its year
        ", năm 2025 là ",  # the next link of a chain, after the item's end
        " cho các hội năm 2024, ",  # a recipient first: not right after the figure
        " tỉnh B cũ ",
    ],
)
def test_words_that_do_not_end_the_item_are_no_trailing_qualifier(gap: str) -> None:
    trail = trailing_qualifier(gap)
    assert trail is None or trailing_year(trail) is None


@pytest.mark.parametrize(
    ("gap", "year", "category", "fits"),
    [
        (" năm 2021, ", 2021, Category.CBCC, True),
        (" năm 2020, ", 2021, Category.CBCC, False),
        (" năm 2020, ", None, None, False),
        (" viên chức, ", 2021, Category.CBCC, False),
        (" biên chế công chức, ", 2021, Category.CBCC, True),
        (" người làm việc; ", 2021, Category.VC, True),
        (" công chức; ", 2021, None, False),
        (" hợp đồng, ", 2021, Category.CBCC, False),
        (" cấp huyện, ", 2021, Category.CBCC, False),
        (" (cũ), ", 2021, Category.CBCC, False),
    ],
)
def test_a_part_fits_its_list_only_where_its_qualifier_says_the_list_s_again(
    gap: str, year: int | None, category: Category | None, fits: bool
) -> None:
    trail = trailing_qualifier(gap)
    assert trail is not None
    assert part_fits(trail, year, category) is fits


@pytest.mark.parametrize(
    ("rest", "another"),
    [
        (", Sở B được giao ", True),
        (", tỉnh B cũ ", True),
        (", ", False),
        (", trong đó ", False),
        (", gồm: sự nghiệp giáo dục ", False),
        ("; năm 2026 là ", False),
        ("", False),
    ],
)
def test_only_a_subject_of_its_own_after_a_year_would_take_it(rest: str, another: bool) -> None:
    assert names_another(rest) is another
