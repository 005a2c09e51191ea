"""Session 20, eng-ar2: forms and checks studied on blind set AR2 (central bodies after the
2025 restructuring). Each test is a pair: a form read (or checked) whole and its twin, one
change away, left unread or found otherwise."""

from __future__ import annotations

from lotrinh.core import check_plan
from lotrinh.extract import extract_plan, plan_from_result
from tests.reader_forms.common import _rows


def _kinds(text: str) -> set[tuple[str, int]]:
    """The findings of a text read and checked, as (kind, line)."""
    plan = plan_from_result(extract_plan(text, "doc.txt"), "doc.txt")
    return {
        (f.kind, f.position.line)
        for f in check_plan(plan).findings
        if f.position is not None and f.kind != "statement-not-understood"
    }


def test_a_total_risen_by_its_own_revenue_posts_is_no_unexpected_increase() -> None:
    """An approved number of people split by pay source, whose budget-paid posts fall and own-
    revenue posts rise: the total rises by the own-revenue posts only, which the plan does not
    cut (`core.trend`: a total's rise is its budget-paid rest's). Twin: the budget-paid posts
    rise too, and the total's rise is found (and the budget part's)."""
    text = (
        "Quyết định\n\nĐiều 1. Phê duyệt số lượng người làm việc năm 2025 của Bệnh viện A là "
        "{total} người, trong đó:\n"
        "- Hưởng lương từ ngân sách nhà nước: {budget} người (năm 2024: 402 người);\n"
        "- Hưởng lương từ nguồn thu sự nghiệp của Bệnh viện: {own} người (năm 2024: 1.006 "
        "người).\n"
    )
    fell = _kinds(text.format(total="1.420", budget="386", own="1.034"))
    assert not any(kind == "unexpected-increase" for kind, _ in fell)
    rose = _kinds(text.format(total="1.420", budget="410", own="1.010"))
    assert {line for kind, line in rose if kind == "unexpected-increase"} == {3, 4}


_PERIOD = (
    "Quyết định về biên chế của cơ quan A giai đoạn 2026 - 2030\n\n"
    "Điều 1. Biên chế của cơ quan A giai đoạn 2026 - 2030 là 500 biên chế{applied}; giảm 40 "
    "biên chế so với năm 2021 (540 biên chế).\n"
    "Điều 2. Phân bổ biên chế\n"
    "1. Văn phòng cơ quan A: 300 biên chế.\n"
    "2. Ban Tuyên giáo: 200 biên chế.\n\n"
    "| TT | Cơ quan | Năm 2021 | Giai đoạn 2026 - 2030 |\n|---|---|---|---|\n"
    "| 1 | Văn phòng cơ quan A | 320 | 300 |\n| 2 | Ban Tuyên giáo | 220 | 200 |\n"
    "| | Tổng cộng | 540 | 500 |\n"
)


def test_a_period_allocation_applied_from_its_first_year_gives_that_year() -> None:
    """ "giai đoạn 2026 - 2030 là N biên chế, áp dụng từ năm 2026": the text dates the
    period's allocation itself, so N is the 2026 figure; the articles distributing it and a
    table's "Giai đoạn 2026 - 2030" column take that year (`chains._PERIOD_APPLIED_FROM`,
    `structure.PERIOD_APPLIED`). Twins: a period alone (its first year or its last?) and one
    applied from another year give the articles and the column no year, and those lines stay
    unread (the period alone, in a text titled with it, is the period's last year against the
    base, as before: the reading of main)."""
    rows, _, unread = _rows(_PERIOD.format(applied=", áp dụng từ năm 2026"))
    assert {(row[0], row[1], row[2]) for row in rows if row[2] is not None} >= {
        ("tong", 2026, 500),
        ("tong", 2021, 540),
    }
    figures = {(row[1], row[2]) for row in rows if row[2] is not None}
    assert {(2026, 300), (2026, 200), (2021, 320), (2021, 220)} <= figures
    assert not any(year in (2027, 2030) for _, year, *_ in rows)
    assert unread == set()
    rows, _, unread = _rows(_PERIOD.format(applied=""))
    assert unread == {5, 6, 10, 11, 12}
    assert {(row[1], row[2]) for row in rows if row[2] is not None} == {(2021, 540), (2030, 500)}
    rows, _, unread = _rows(_PERIOD.format(applied=", áp dụng từ năm 2027"))
    assert (rows, unread) == (frozenset(), {3, 5, 6, 10, 11, 12})


def test_a_count_of_courts_in_a_name_is_no_figure() -> None:
    """ "Tòa án nhân dân cấp tỉnh (34 tòa): 3.980 biên chế": the courts counted inside the
    name, as "(15 khu vực)" is (`lexicon.NOT_STAFF_AFTER`); the line is the level's 3.980.
    Twin: "(34 người)" is a headcount beside the posts, and the line stays unread."""
    text = (
        "Báo cáo\n\nNăm 2025, biên chế công chức của các Tòa án là 4.700 biên chế, gồm:\n"
        "+ Tòa án nhân dân tối cao: 720 biên chế;\n"
        "+ Tòa án nhân dân cấp tỉnh (34 {word}): 3.980 biên chế.\n"
    )
    rows, _, unread = _rows(text.format(word="tòa"))
    assert {(row[1], row[2]) for row in rows} == {(2025, 4700), (2025, 720), (2025, 3980)}
    assert unread == set()
    rows, _, unread = _rows(text.format(word="người"))
    assert 5 in unread
    assert not any(row[2] in (34, 3980) for row in rows)


def test_the_giver_named_alone_before_a_colon_holds_the_posts() -> None:
    """ "b) Bộ Nội vụ: 1.062 biên chế (năm 2025: 1.118 biên chế)" in a list of ministries: the
    body that gives posts, named alone before a colon and its count, is the body holding them
    (as on a table's row). Twin: without the colon ("Bộ Nội vụ 1.062 biên chế") the name is
    the giver's, as before: no unit, unread."""
    text = (
        "Quyết định\n\nĐiều 2. Số biên chế công chức giao cho từng bộ năm 2026 như sau:\n"
        "a) Bộ Tư pháp: 420 biên chế (năm 2025: 445 biên chế);\n"
        "b) Bộ Nội vụ{verb} 1.062 biên chế (năm 2025: 1.118 biên chế).\n"
    )
    rows, _, unread = _rows(text.format(verb=":"))
    assert {(row[1], row[2]) for row in rows if row[0] != "tong"} >= {(2026, 1062), (2025, 1118)}
    assert unread == set()
    rows, _, unread = _rows(text.format(verb=""))
    assert unread == {5}
    assert not any(row[2] in (1062, 1118) for row in rows)


def test_a_base_given_to_the_former_bodies_added_up_is_the_merged_bodys_base() -> None:
    """ "giảm 230 biên chế so với tổng số giao năm 2021 của hai Bộ cũ (3.040 biên chế)": the
    base year's figure of the bodies merged into the text's own, added up, is its base
    (`chains._MERGED_BASE`, the convention of `merged`). Twins: one former body's figure
    ("của Bộ Kế hoạch và Đầu tư cũ") is not the merged body's, and a base whose former bodies'
    figures follow ("..., gồm Bộ A (cũ) ...": of the base year, which the list would not give
    them) stay unread."""
    text = (
        "Kế hoạch\n\nNăm 2026, khối cơ quan Bộ được giao 2.810 biên chế công chức, giảm 230 "
        "biên chế so với tổng số giao năm 2021 {whose} (3.040 biên chế){parts}.\n"
    )
    rows, _, unread = _rows(text.format(whose="của hai Bộ cũ", parts=""))
    assert {row[1:] for row in rows} == {
        (2026, 2810, None, None, None),
        (2021, 3040, None, None, None),
        (2026, None, 230, 2021, None),
    }
    assert unread == set()
    for whose, parts in (
        ("của Bộ Kế hoạch và Đầu tư cũ", ""),
        (
            "của hai Bộ cũ",
            ", gồm Bộ Kế hoạch và Đầu tư (cũ) 1.800 biên chế và Bộ Công Thương (cũ) 1.240 biên chế",
        ),
    ):
        rows, _, unread = _rows(text.format(whose=whose, parts=parts))
        assert (rows, unread) == (frozenset(), {3})
