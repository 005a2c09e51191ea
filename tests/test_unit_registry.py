"""The reader's unit registry hands out ids as before however many units it holds: a name asked
for twice is one unit, a name whose id is taken gets the next free number, and an id once
given to a block is not given again even after the block is forgotten.

These pin what the registry answers; how fast it answers is measured in bench/reader.py (the
"blocks" case: thousands of distinct blocks under one total)."""

from __future__ import annotations

from lotrinh.extract.units import TOTAL_ID, Registry, UnitDraft
from lotrinh.model import Category


def test_the_same_block_twice_is_one_unit_and_a_clash_gets_the_next_number() -> None:
    registry = Registry()
    first = registry.block("Sở Nội vụ", 1)
    assert registry.block("Sở Nội vụ", 2) == first == "so-noi-vu"
    # Another name with the same first five words: its own unit, numbered.
    clash = registry.block("Sở Nội vụ tỉnh A B C", 3)
    other = registry.block("Sở Nội vụ tỉnh A B D", 4)
    assert (clash, other) == ("so-noi-vu-tinh-a", "so-noi-vu-tinh-a-2")


def test_a_category_line_takes_its_blocks_prefix_and_the_total_id_is_never_given() -> None:
    registry = Registry()
    registry.total("Tổng biên chế", 1)
    block = registry.block("Tổng", 2)
    assert block != TOTAL_ID
    line = registry.category(Category.CBCC, block, 3)
    assert line == f"{block}-cbcc"
    assert registry.category(Category.CBCC, block, 4) == line


def test_a_forgotten_blocks_id_is_not_given_again_a_forgotten_lines_is() -> None:
    registry = Registry()
    block = registry.block("Sở Y tế", 1)
    line = registry.category(Category.VC, None, 2)
    registry.remove(block)
    registry.remove(line)
    assert registry.block("Sở Y tế", 3) == "so-y-te-2"
    assert registry.category(Category.VC, None, 4) == line


def test_thousands_of_blocks_get_their_own_ids() -> None:
    registry = Registry()
    ids = [registry.block(f"Sở số {n}", n) for n in range(3_000)]
    assert len(set(ids)) == 3_000 and ids[:2] == ["so-so-0", "so-so-1"]
    assert registry.block("Sở số 7", 9_999) == "so-so-7"


def test_a_numbered_id_forgotten_is_given_again_first() -> None:
    registry = Registry()
    for unit_id in ("ban", "ban-2", "ban-3", "ban-4"):
        registry.units[unit_id] = UnitDraft(unit_id, unit_id, 1)
    assert registry._fresh("ban") == "ban-5"
    registry.remove("ban-3")
    assert registry._fresh("ban") == "ban-3"
    registry.units["ban-3"] = UnitDraft("ban-3", "ban-3", 2)
    assert registry._fresh("ban") == "ban-5"


def test_a_part_moved_leaves_its_old_whole_and_joins_the_new() -> None:
    registry = Registry()
    total = registry.category(Category.CBCC, None, 1)
    group = registry.block("Các vụ, cục", 2, Category.CBCC, parent=total)
    row = registry.block("Vụ A", 3, Category.CBCC, parent=total)
    registry.move(row, group)
    assert registry.units[total].parts == [group]
    assert (registry.units[group].parts, registry.units[row].parent) == ([row], group)
    # a unit is never moved under its own part: it stays where it was
    registry.move(group, row)
    assert registry.units[group].parent == total and registry.units[row].parts == []


def test_a_school_level_is_one_unit_with_or_without_cap_before_it() -> None:
    registry = Registry()
    level = registry.block("Mầm non", 1)
    assert registry.block("Cấp mầm non", 2) == level
    assert registry.block("Bậc học mầm non", 3) == level
    assert registry.block("Cấp trung học cơ sở", 4) != registry.block("Trung học phổ thông", 5)
    assert registry.block("Cấp tỉnh", 6) != registry.block("Tỉnh", 7)


def test_a_block_named_again_is_found_without_being_made() -> None:
    registry = Registry()
    cuc = registry.block("Các Cục", 1)
    assert registry.named("các Cục") == cuc
    assert registry.named("Các Tổng cục") is None
    assert "tong-cuc" not in registry.units  # asking made nothing
    registry.block("Cục A", 2, Category.CBCC)
    registry.block("Cục A", 3, Category.VC)
    assert registry.named("Cục A") is None  # two units of that name: which one?


def test_subsets_named_finds_every_whole_s_subset_of_that_name() -> None:
    """eng-subsets2: a subset named again by its people ("số giáo viên") is looked up by name
    over every whole; two wholes with teachers give two answers (the reader then declines)."""
    registry = Registry()
    education = registry.category(Category.VC, None, 1, qualifier="giáo dục")
    teachers = registry.subset(education, 1, Category.VC, "giáo viên")
    assert registry.subsets_named("giáo viên") == [teachers]
    assert registry.subsets_named("Giáo  viên") == [teachers]
    assert registry.subsets_named("bác sĩ") == []
    training = registry.category(Category.VC, None, 2, qualifier="đào tạo nghề")
    other = registry.subset(training, 2, Category.VC, "giáo viên")
    assert registry.subsets_named("giáo viên") == [teachers, other]


def test_a_category_of_a_named_body_is_that_bodys_line_either_way() -> None:
    # eng-names3: "công chức của Sở Y tế" is Sở Y tế's CBCC line, named before or after it
    registry = Registry()
    body = registry.block("Sở Y tế", 1)
    line = registry.category(Category.CBCC, body, 2)
    assert registry.category(Category.CBCC, None, 3, qualifier="Sở Y tế") == line
    assert registry.category(Category.CBCC, None, 4, qualifier="Sở") == line  # one Sở named
    later = Registry()
    first = later.category(Category.VC, None, 1, qualifier="Sở Y tế")
    assert later.units[first].parent is None
    assert later.category(Category.VC, later.block("Sở Y tế", 2), 3) == first


def test_a_category_of_a_sector_or_of_another_body_is_no_blocks_line() -> None:
    registry = Registry()
    sector = registry.block("Giáo dục", 1)
    line = registry.category(Category.VC, None, 2, qualifier="giáo dục")
    assert registry.units[line].parent is None and line != registry.category(Category.VC, sector, 3)
    registry.block("Sở Y tế", 4)
    other = registry.category(Category.CBCC, None, 5, qualifier="Sở Tài chính")
    assert registry.units[other].parent is None
    registry.block("Sở Nội vụ", 6)
    short = registry.category(Category.CBCC, None, 7, qualifier="Sở")  # two Sở: neither
    assert registry.units[short].parent is None
