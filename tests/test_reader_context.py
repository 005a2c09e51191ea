"""The context a statement inherits ends where the document's structure says it ends.

Each case is a form met on blind set B (tests/blind-b/README.md) and its twin: a category,
a year or a rate taken from the wrong place is a misread, the worst outcome.
"""

from __future__ import annotations

from lotrinh.extract import extract_plan


def _categories(text: str) -> dict[str, str | None]:
    result = extract_plan(text, "doc.txt")
    return {unit["id"]: unit.get("category") for unit in result.data["units"]}


def _changes(text: str) -> list[dict[str, object]]:
    result = extract_plan(text, "doc.txt")
    return [change for claim in result.data["claims"] for change in claim.get("changes", [])]


ARTICLES = (
    "Điều 1. Tạm giao biên chế công chức trong các cơ quan hành chính năm 2012 theo phụ lục.\n"
    "Điều 2. Quyết định tổng biên chế công chức, viên chức trong các đơn vị sự nghiệp năm "
    "2012 là 1.000 biên chế, cụ thể:\n"
    "- Biên chế cấp thành phố: 600 biên chế;\n"
    "- Biên chế cấp quận, huyện: 400 biên chế.\n"
)


def test_a_numbered_statement_closes_the_article_before_it() -> None:
    # "Điều 1." speaks of công chức only; "Điều 2." of both: its items are not CBCC lines.
    categories = _categories(ARTICLES)
    assert "CBCC" not in categories.values(), categories


def test_an_item_under_a_heading_keeps_its_category() -> None:
    # The twin: items numbered under "Điều 1." (not "Điều 2.") keep the article's category.
    text = (
        "Điều 1. Biên chế công chức năm 2012\n"
        "1. Tổng biên chế công chức là 1.000 biên chế, cụ thể:\n"
        "- Cấp thành phố: 600 biên chế;\n"
        "- Cấp quận, huyện: 400 biên chế.\n"
    )
    categories = _categories(text)
    assert set(categories.values()) == {"CBCC"}, categories


def test_a_heading_naming_posts_and_people_holding_none_names_no_category() -> None:
    # "cán bộ, công chức và người hoạt động không chuyên trách cấp xã": two groups, so the
    # second row is not a CBCC-XA line nor their sum the CBCC-XA total.
    text = (
        "# Cán bộ, công chức và người hoạt động không chuyên trách cấp xã năm 2025\n\n"
        "| Chỉ tiêu | Năm 2025 |\n|---|---|\n"
        "| Cán bộ, công chức cấp xã | 2.580 |\n"
        "| Người hoạt động không chuyên trách ở cấp xã | 1.700 |\n"
        "| **Cộng** | **4.280** |\n"
    )
    categories = _categories(text)
    assert list(categories.values()).count("CBCC-XA") <= 1, categories


REQUIRED = (
    "Năm 2026, số lượng người làm việc của tỉnh là 9.000 người, giảm 1.000 người, tương đương "
    "giảm 10% so với năm 2021, cao hơn mức giảm 5%{}."
)


def test_a_rate_someone_requires_is_not_the_cut_s_rate() -> None:
    changes = _changes(REQUIRED.format(" Bộ Chính trị yêu cầu"))
    assert [(c.get("reduction"), c.get("base_year"), c.get("rate")) for c in changes] == [
        (1000, 2021, "10%")
    ]


def test_a_second_rate_nobody_requires_leaves_the_sentence_unread() -> None:
    # The twin: a second rate of a cut that is not said to be required is not placed.
    result = extract_plan(REQUIRED.format(""), "doc.txt")
    assert result.data["claims"] == []
    assert any(entry.unread for entry in result.coverage.entries)
