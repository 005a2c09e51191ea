"""FORMS, first part: the statement kinds and structure forms of sessions 1 to 7, from
"value" to eng-news (session 7); each a form read whole and its twin, one change away,
left unread or read otherwise (tests/reader_forms/__init__.py)."""

from __future__ import annotations

import pytest

from tests.reader_forms.common import (
    COUNTED_IN_NAME,
    LABELLED_GROUPS,
    LEAVERS_HEADLINE,
    MANY_NAMED,
    POSTS_2025,
    RECALLED,
    YEARS_AS_ROWS,
    Form,
    Row,
    _cut,
    _form,
    check_form,
)

SHARES = """| Khối | Biên chế công chức năm 2024 | {header} |
|---|---|---|
| Các sở, ban, ngành | 1.200 | 60% |
| UBND các huyện | 800 | 40% |
| Tổng cộng | 2.000 | 100% |
"""


GIVEN_TO = (
    "Giao 1.789 biên chế công chức năm 2024 cho {to}, giảm 21 biên chế so với năm 2023, gồm: "
    "cấp tỉnh 1.069 biên chế; cấp huyện 712 biên chế; biên chế dự phòng 8 biên chế."
)


LETTER_GROUPS = """Phụ lục: biên chế công chức giao năm 2025

| STT | Tên cơ quan, đơn vị | Năm 2024 | Năm 2025 | Tăng (+), giảm (-) |
|---|---|---|---|---|
| A | Khối tỉnh | 1.100 | 1.090 | -10 |
| 1 | Sở Tài chính | 80 | 78 | -2 |
| 2 | Sở, ngành khác | 1.020 | 1.012 | -8 |
| B | Cấp huyện | 900 | 895 | -5 |
| 1 | Huyện A | 450 | 448 | -2 |
| 2 | Huyện B | 450 | 447 | -3 |
| | Tổng cộng biên chế công chức (A+B) | 2.000 | 1.985 | -15 |
"""


CATEGORY_GROUPS = """Phụ lục: biên chế năm 2025

| STT | Cơ quan, đơn vị | Biên chế công chức | Số lượng người làm việc |
|---|---|---|---|
| I | Khối tỉnh | 130 | 1.500 |
| 1 | Sở Tài chính | 60 | 100 |
| 2 | Sở Y tế | 70 | 1.400 |
| II | Khối huyện (3 huyện) | 90 | 2.000 |
| III | Dự phòng | 5 | 10 |
| | Tổng cộng | 225 | 3.510 |
"""


def _series(unit: str, first: int, last: int) -> set[Row]:
    """A table row's 2021 and 2026 figures and the fall between them."""
    return {
        (unit, 2021, first, None, None, None),
        (unit, 2026, last, None, None, None),
        (unit, 2026, None, first - last, 2021, None),
    }


FORMS = (
    # value
    _form(
        "value",
        "Năm 2024, tổng biên chế là 1.000 biên chế.",
        {("tong", 2024, 1000, None, None, None)},
    ),
    _form("value/no-year", "Tổng biên chế là 1.000 biên chế.", None),
    # change against a year, with its rate
    _form(
        "change",
        "Năm 2025, tổng biên chế là 980 biên chế, giảm 20 biên chế so với năm 2024 "
        "(tỷ lệ giảm 2%).",
        {("tong", 2025, 980, None, None, None), ("tong", 2025, None, 20, 2024, "2%")},
    ),
    _form("change/no-base", "Năm 2025, tổng biên chế là 980 biên chế, giảm 20 biên chế.", None),
    # equality
    _form(
        "equality",
        "Năm 2025, tổng biên chế là 980 biên chế, giữ nguyên so với năm 2024.",
        {("tong", 2025, 980, None, None, None), ("tong", 2025, None, 0, 2024, None)},
    ),
    _form(
        "equality/unknown-form", "Năm 2025, tổng biên chế là 980 biên chế, vẫn giữ nguyên.", None
    ),
    # parts
    _form(
        "parts",
        "Năm 2024, tổng biên chế là 1.000 biên chế, gồm: 400 cán bộ, công chức; 600 viên chức.",
        {
            ("tong", 2024, 1000, None, None, None),
            ("cbcc", 2024, 400, None, None, None),
            ("vc", 2024, 600, None, None, None),
        },
        tong=("cbcc", "vc"),
    ),
    _form(
        "parts/unknown-word", "Năm 2024, tổng biên chế là 1.000 biên chế, gồm: 400 công an.", None
    ),
    # subset: a unit of its own, never a part (the rest is not named)
    _form(
        "subset",
        "Năm 2024, viên chức là 9.000 biên chế, trong đó có 6.000 giáo viên.",
        {("vc", 2024, 9000, None, None, None), ("vc-giao-vien", 2024, 6000, None, None, None)},
        vc=(),
    ),
    # doctors, as teachers: viên chức posts counted inside the figure; women counted inside it
    # hold no posts of their own (outside)
    _form(
        "subset/doctors",
        "Số lượng người làm việc năm 2025:\n1. Sở Y tế: 3.000 người, trong đó có 600 bác sĩ;",
        {
            ("so-y-te", 2025, 3000, None, None, None),
            ("so-y-te-bac-si", 2025, 600, None, None, None),
        },
    ),
    _form(
        "subset/women-hold-no-posts",
        "Số lượng người làm việc năm 2025:\n1. Sở Y tế: 3.000 người, trong đó có 600 nữ;",
        {("so-y-te", 2025, 3000, None, None, None)},
    ),
    # a block of the districts ("của 6 huyện, thị xã, thành phố") is not the province's block
    # it is a part of ("... của tỉnh")
    _form(
        "block/of-the-districts",
        "Năm 2025, tổng biên chế của khối đảng, Mặt trận Tổ quốc và các đoàn thể của tỉnh là 600 "
        "biên chế, cụ thể:\na) Các cơ quan của Tỉnh ủy: 200 biên chế;\nb) Khối đảng, Mặt trận, "
        "đoàn thể của 6 huyện, thị xã, thành phố: 390 biên chế;\nc) Dự phòng: 10 biên chế.",
        {
            ("dang", 2025, 600, None, None, None),
            ("co-quan-tinh-uy", 2025, 200, None, None, None),
            ("dang-huyen", 2025, 390, None, None, None),
            ("du-phong", 2025, 10, None, None, None),
        },
        dang=("co-quan-tinh-uy", "dang-huyen", "du-phong"),
    ),
    # "Trong tổng số trên, cấp tỉnh có 600 biên chế": the frame points into the total, the
    # unit is what follows it (once the total itself, two values of one year: a false alarm)
    _form(
        "into-a-whole/then-its-unit",
        "Năm 2025, tổng biên chế là 1.000 biên chế. Trong tổng số trên, cấp tỉnh có 600 biên chế.",
        {("tong", 2025, 1000, None, None, None), ("cap-tinh", 2025, 600, None, None, None)},
    ),
    # some of a whole named after the count (a reserve) is read; unnamed, see
    # test_some_of_a_whole_unnamed_is_not_the_whole
    _form(
        "into-a-whole/a-reserve",
        "Năm 2025, tổng biên chế viên chức là 1.000 biên chế. Trong tổng số biên chế viên chức "
        "có 20 biên chế dự phòng.",
        {("vc", 2025, 1000, None, None, None), ("du-phong", 2025, 20, None, None, None)},
    ),
    # "so với năm Y, khi ... được giao A": A is year Y's figure, said in a clause of that time;
    # a clause naming a year of its own is that year's
    _form(
        "when-the-earlier-year",
        "Năm 2026, tổng biên chế của tỉnh là 21.468 biên chế. Con số này ít hơn 312 so với năm "
        "2025, khi toàn tỉnh được giao 21.780 biên chế.",
        {
            ("tong", 2026, 21468, None, None, None),
            ("tong", 2026, None, 312, 2025, None),
            ("tong", 2025, 21780, None, None, None),
        },
    ),
    _form(
        "when-the-earlier-year/another-year-said",
        "Năm 2026, tổng biên chế của tỉnh là 21.468 biên chế. Con số này ít hơn 312 so với năm "
        "2025, khi năm 2021 toàn tỉnh được giao 22.780 biên chế.",
        {
            ("tong", 2026, 21468, None, None, None),
            ("tong", 2026, None, 312, 2025, None),
            ("tong", 2021, 22780, None, None, None),
        },
    ),
    # the levels below the province together are not the block of all levels; the province's
    # level with the commune's is (there are no others after 1/7/2025)
    _form(
        "block/levels-below-the-province",
        "Năm 2025, khối Đảng, Mặt trận Tổ quốc và các đoàn thể cấp huyện và cấp xã có 400 biên "
        "chế.\nNăm 2026, khối Đảng, Mặt trận Tổ quốc và các đoàn thể có 950 biên chế.",
        {("dang-huyen-xa", 2025, 400, None, None, None), ("dang", 2026, 950, None, None, None)},
    ),
    _form(
        "block/levels-below-the-province/with-the-province",
        "Năm 2025, khối Đảng, Mặt trận Tổ quốc và các đoàn thể cấp tỉnh và cấp xã có 1.000 biên "
        "chế.\nNăm 2026, khối Đảng, Mặt trận Tổ quốc và các đoàn thể có 950 biên chế.",
        {("dang", 2025, 1000, None, None, None), ("dang", 2026, 950, None, None, None)},
    ),
    # posts of the province and the commune levels together are no cán bộ, công chức cấp xã;
    # the commune's alone are
    _form(
        "level/province-and-commune",
        "Năm 2026, tổng biên chế của tỉnh là 5.000, gồm:\na) Các cơ quan hành chính cấp tỉnh và "
        "cấp xã: 1.000 biên chế công chức;\nb) Các đơn vị sự nghiệp công lập: 4.000 người làm "
        "việc.",
        {
            ("tong", 2026, 5000, None, None, None),
            ("co-quan-hanh-chinh-cap-cbcc", 2026, 1000, None, None, None),
            ("vc", 2026, 4000, None, None, None),
        },
    ),
    _form(
        "level/province-and-commune/the-commune-alone",
        "Năm 2026, tổng biên chế của tỉnh là 5.000, gồm:\na) Các cơ quan hành chính cấp xã: "
        "1.000 biên chế công chức;\nb) Các đơn vị sự nghiệp công lập: 4.000 người làm việc.",
        {
            ("tong", 2026, 5000, None, None, None),
            ("co-quan-hanh-chinh-cap-cbcc-xa", 2026, 1000, None, None, None),
            ("vc", 2026, 4000, None, None, None),
        },
    ),
    # after a count's pay source, a clause naming its own unit opens that unit; a change
    # without a name stays with the unit before
    _form(
        "pay-source/then-another-unit",
        "Năm 2024 cấp huyện được giao 806 biên chế công chức và 9.418 người làm việc hưởng lương "
        "từ ngân sách nhà nước; cán bộ, công chức cấp xã toàn tỉnh là 2.386 người.",
        {
            ("cap-huyen-cbcc", 2024, 806, None, None, None),
            ("cap-huyen-vc", 2024, 9418, None, None, None),
            ("cbcc-xa", 2024, 2386, None, None, None),
        },
    ),
    _form(
        "pay-source/then-a-change",
        "Năm 2024 cấp huyện được giao 9.418 người làm việc hưởng lương từ ngân sách nhà nước; "
        "giảm 20 người so với năm 2023.",
        {
            ("cap-huyen-vc", 2024, 9418, None, None, None),
            ("cap-huyen-vc", 2024, None, 20, 2023, None),
        },
    ),
    # reserve: a part of its total
    _form(
        "reserve",
        "Năm 2024, tổng biên chế là 1.000 biên chế. Trong đó:\n- Các sở, ngành là 980 biên chế.\n"
        "- Dự phòng là 20 biên chế.",
        {
            ("tong", 2024, 1000, None, None, None),
            ("so-nganh", 2024, 980, None, None, None),
            ("du-phong", 2024, 20, None, None, None),
        },
        tong=("so-nganh", "du-phong"),
    ),
    # contract staff: outside the sums
    _form(
        "contract",
        "Năm 2024, tổng biên chế là 1.000 biên chế.\nNgoài ra có 120 hợp đồng lao động theo "
        "Nghị định 111.",
        {("tong", 2024, 1000, None, None, None)},
    ),
    # year chain with a topic before it
    _form(
        "year-chain",
        "Về lộ trình giảm biên chế công chức: năm 2021 là 500 biên chế; năm 2026 là 475 biên chế.",
        {("cbcc", 2021, 500, None, None, None), ("cbcc", 2026, 475, None, None, None)},
    ),
    _form(
        "year-chain/no-unit",
        "Về lộ trình: năm 2021 là 500 biên chế; năm 2026 là 475 biên chế.",
        None,
    ),
    # fronted comparison
    _form(
        "fronted",
        "So với năm 2021 (1.200 biên chế), đến năm 2026 biên chế công chức giảm 60 biên chế, "
        "tỷ lệ 5%.",
        {("cbcc", 2021, 1200, None, None, None), ("cbcc", 2026, None, 60, 2021, "5%")},
    ),
    # a parenthesis line after an item
    _form(
        "parenthesis-line",
        "Năm 2026, tổng biên chế là 950 biên chế.\n(Giảm 50 biên chế so với năm 2021)",
        {("tong", 2026, 950, None, None, None), ("tong", 2026, None, 50, 2021, None)},
    ),
    _form("parenthesis-line/alone", "(Giảm 50 biên chế so với năm 2021)", None),
    # the legal words for VC and CBCC
    _form(
        "legal-words",
        "Năm 2025, số lượng người làm việc hưởng lương từ ngân sách nhà nước là 60.290 người; "
        "biên chế hành chính là 2.589 biên chế.",
        {("vc", 2025, 60290, None, None, None), ("cbcc", 2025, 2589, None, None, None)},
    ),
    # structure: a heading's year, "-" and "+" items under "Trong đó:" and a colon
    _form(
        "items",
        "1. Năm 2024\nTổng biên chế là 1.000 biên chế. Trong đó:\n- Khối Đảng là 100 biên chế.\n"
        "- Khối chính quyền là 900 biên chế:\n+ Cán bộ, công chức là 200 biên chế.\n"
        "+ Viên chức là 700 biên chế.",
        {
            ("tong", 2024, 1000, None, None, None),
            ("dang", 2024, 100, None, None, None),
            ("chinh-quyen", 2024, 900, None, None, None),
            ("cq-cbcc", 2024, 200, None, None, None),
            ("cq-vc", 2024, 700, None, None, None),
        },
        tong=("dang", "chinh-quyen"),
        **{"chinh-quyen": ("cq-cbcc", "cq-vc")},
    ),
    _form(
        "items/unlisted",
        "1. Năm 2024\nTổng biên chế là 1.000 biên chế.\n- Khối Đảng là 100 biên chế.",
        {("tong", 2024, 1000, None, None, None), ("dang", 2024, 100, None, None, None)},
        tong=(),
    ),
    # structure: Điều and numbered clauses under "cụ thể:"
    _form(
        "article",
        "Điều 1. Biên chế năm 2025\nTổng biên chế cán bộ, công chức và số lượng người làm việc là "
        "3.000, cụ thể:\n1. Biên chế công chức: 500.\n2. Số lượng người làm việc: 2.500 người.",
        {
            ("tong", 2025, 3000, None, None, None),
            ("cbcc", 2025, 500, None, None, None),
            ("vc", 2025, 2500, None, None, None),
        },
        tong=("cbcc", "vc"),
    ),
    # structure: a pipe table with a header of years and a comparison, its total row last
    _form(
        "table",
        "BIÊN CHẾ CÔNG CHỨC\n\n| Đơn vị | Năm 2021 | Năm 2026 | Giảm so với năm 2021 |\n"
        "|---|---|---|---|\n| Văn phòng | 120 | 112 | 8 |\n| Thanh tra | 40 | 38 | 2 |\n"
        "| Tổng cộng | 160 | 150 | 10 |",
        {
            ("van-phong", 2021, 120, None, None, None),
            ("van-phong", 2026, 112, None, None, None),
            ("van-phong", 2026, None, 8, 2021, None),
            ("thanh-tra", 2021, 40, None, None, None),
            ("thanh-tra", 2026, 38, None, None, None),
            ("thanh-tra", 2026, None, 2, 2021, None),
            ("cbcc", 2021, 160, None, None, None),
            ("cbcc", 2026, 150, None, None, None),
            ("cbcc", 2026, None, 10, 2021, None),
        },
        cbcc=("van-phong", "thanh-tra"),
    ),
    # structure: groups numbered I, II with lines 1, 2; a signed change column
    _form(
        "table-groups",
        "| TT | Nội dung | Năm 2022 | Năm 2023 | Tăng (+), giảm (-) |\n|---|---|---|---|---|\n"
        "| I | Khối Đảng | 100 | 90 | -10 |\n| 1 | Văn phòng | | 90 | |\n"
        "| II | Thanh tra | 50 | 55 | +5 |\n| | Tổng cộng (I + II) | 150 | 145 | -5 |",
        {
            ("dang", 2022, 100, None, None, None),
            ("dang", 2023, 90, None, None, None),
            ("dang", 2023, None, 10, 2022, None),
            ("van-phong", 2023, 90, None, None, None),
            ("thanh-tra", 2022, 50, None, None, None),
            ("thanh-tra", 2023, 55, None, None, None),
            ("thanh-tra", 2023, None, -5, 2022, None),
            ("tong", 2022, 150, None, None, None),
            ("tong", 2023, 145, None, None, None),
            ("tong", 2023, None, 5, 2022, None),
        },
        tong=("dang", "thanh-tra"),
        dang=("van-phong",),
    ),
    # structure: a base-year column
    _form(
        "table-base-column",
        "| Loại | Năm 2021 | Năm 2026 | Năm gốc | Giảm năm 2026 so với năm gốc |\n"
        "|---|---|---|---|---|\n| Biên chế công chức | 3.156 | 2.998 | 2021 | 158 |",
        {
            ("cbcc", 2021, 3156, None, None, None),
            ("cbcc", 2026, 2998, None, None, None),
            ("cbcc", 2026, None, 158, 2021, None),
        },
    ),
    # structure: a table naming its rows in two columns (group, item) is a tree: each group
    # is the unit of its "Cộng" row, its items its lines, "Tổng cộng" the total of all; a
    # sum row naming a category ("Tổng số viên chức") the total of the groups above it
    _form(
        "table-two-names",
        "| Loại | Lĩnh vực | Năm 2022 |\n|---|---|---|\n| Viên chức | Y tế | 300 |\n"
        "| | Giáo dục | 700 |\n| | Cộng | 1.000 |\n| Công chức | Sở | 80 |\n| | Huyện | 20 |\n"
        "| | Cộng | 100 |\n| Tổng cộng | | 1.100 |",
        {
            ("y-te", 2022, 300, None, None, None),
            ("giao-duc", 2022, 700, None, None, None),
            ("vc", 2022, 1000, None, None, None),
            ("so", 2022, 80, None, None, None),
            ("huyen", 2022, 20, None, None, None),
            ("cbcc", 2022, 100, None, None, None),
            ("tong", 2022, 1100, None, None, None),
        },
        tong=("vc", "cbcc"),
        vc=("y-te", "giao-duc"),
        cbcc=("so", "huyen"),
    ),
    _form(
        "table-two-names/sum-of-groups",
        "| Loại | Lĩnh vực | Năm 2022 |\n|---|---|---|\n| Viên chức NSNN | Y tế | 300 |\n"
        "| | Cộng | 300 |\n| Viên chức nguồn thu | Y tế | 50 |\n| | Cộng | 50 |\n"
        "| Tổng số viên chức | | 350 |",
        {
            ("y-te", 2022, 300, None, None, None),
            ("vc-vc-nsnn", 2022, 300, None, None, None),
            ("y-te-2", 2022, 50, None, None, None),
            ("vc-vc-nguon-thu", 2022, 50, None, None, None),
            ("vc", 2022, 350, None, None, None),
        },
        vc=("vc-vc-nsnn", "vc-vc-nguon-thu"),
    ),
    # structure: a table row naming a group without a figure heads the rows below it (the
    # reserve's "Sự nghiệp" is not the VC line), and closes with its table; "B." numbers a row
    _form(
        "table-group-row",
        "| Chỉ tiêu | Năm 2025 |\n|---|---|\n| B. Số lượng người làm việc | 500 |\n"
        "| Văn hóa, thông tin và thể thao | 20 |\n| **C. Dự phòng (ngoài A và B)** |  |\n"
        "| Sự nghiệp | 15 |\n\nNăm 2025, sự nghiệp là 480 biên chế.",
        {
            ("vc", 2025, 500, None, None, None),
            ("van-hoa-thong-tin-the", 2025, 20, None, None, None),
            ("vc-du-phong-ngoai-a", 2025, 15, None, None, None),
            ("vc", 2025, 480, None, None, None),
        },
    ),
    _form(
        "table-group-row/without-it",
        "| Chỉ tiêu | Năm 2025 |\n|---|---|\n| B. Số lượng người làm việc | 500 |\n"
        "| Sự nghiệp | 15 |",
        {("vc", 2025, 500, None, None, None), ("vc", 2025, 15, None, None, None)},
    ),
    # ... but a group without its own "Cộng" row (is its first figure the group's or its
    # first item's?) or a sum over groups of another category cannot be told: not read
    _form(
        "table-two-names/no-group-total",
        "| Loại | Lĩnh vực | Năm 2022 |\n|---|---|---|\n| Viên chức | Y tế | 300 |\n"
        "| | Giáo dục | 700 |",
        None,
    ),
    _form(
        "table-two-names/sum-of-another-category",
        "| Loại | Lĩnh vực | Năm 2022 |\n|---|---|---|\n| Công chức | Sở | 80 |\n"
        "| | Cộng | 80 |\n| Tổng số viên chức | | 80 |",
        None,
    ),
    _form(
        "table-two-names/one-name-column",
        "| Lĩnh vực | Năm 2022 | Ghi chú |\n|---|---|---|\n| Y tế | 300 | tạm giao |\n"
        "| Giáo dục | 700 | tạm giao |",
        {("y-te", 2022, 300, None, None, None), ("giao-duc", 2022, 700, None, None, None)},
    ),
    # contract staff listed among the parts: outside where the others alone add up ...
    _form(
        "contract-listed-outside",
        "Năm 2018, tổng số được giao là 1.000 người. Trong đó:\n- Công chức: 300 người;\n"
        "- Viên chức: 700 người;\n- Lao động hợp đồng theo Nghị định 68: 200 người.",
        {
            ("tong", 2018, 1000, None, None, None),
            ("cbcc", 2018, 300, None, None, None),
            ("vc", 2018, 700, None, None, None),
        },
        tong=("cbcc", "vc"),
    ),
    # ... otherwise a part, as listed (1.100 adds up neither way: a sum slip with them)
    _form(
        "contract-listed-part",
        "Năm 2018, tổng số được giao là 1.100 người. Trong đó:\n- Công chức: 300 người;\n"
        "- Viên chức: 700 người;\n- Lao động hợp đồng theo Nghị định 68: 200 người.",
        {
            ("tong", 2018, 1100, None, None, None),
            ("cbcc", 2018, 300, None, None, None),
            ("vc", 2018, 700, None, None, None),
            ("lao-dong-hop-dong-theo", 2018, 200, None, None, None),
        },
        tong=("cbcc", "vc", "lao-dong-hop-dong-theo"),
    ),
    # "Ngoài ra ..." after a list: a part of its total only where the figures add it
    _form(
        "besides-part",
        "Năm 2013, tổng biên chế là 1.000 biên chế. Trong đó:\n1. Các sở, ngành: 600 biên "
        "chế;\n2. Các huyện: 300 biên chế.\nNgoài ra, biên chế dự phòng là 100 biên chế.",
        {
            ("tong", 2013, 1000, None, None, None),
            ("so-nganh", 2013, 600, None, None, None),
            ("huyen", 2013, 300, None, None, None),
            ("du-phong", 2013, 100, None, None, None),
        },
        tong=("so-nganh", "huyen", "du-phong"),
    ),
    _form(
        "besides-part/listed-parts-add-up",
        "Năm 2013, tổng biên chế là 900 biên chế. Trong đó:\n1. Các sở, ngành: 600 biên "
        "chế;\n2. Các huyện: 300 biên chế.\nNgoài ra, biên chế dự phòng là 100 biên chế.",
        {
            ("tong", 2013, 900, None, None, None),
            ("so-nganh", 2013, 600, None, None, None),
            ("huyen", 2013, 300, None, None, None),
            ("du-phong", 2013, 100, None, None, None),
        },
        tong=("so-nganh", "huyen"),
    ),
    _form(
        "besides-part/neither-adds-up",
        "Năm 2013, tổng biên chế là 950 biên chế. Trong đó:\n1. Các sở, ngành: 600 biên "
        "chế;\n2. Các huyện: 300 biên chế.\nNgoài ra, biên chế dự phòng là 100 biên chế.",
        {
            ("tong", 2013, 950, None, None, None),
            ("so-nganh", 2013, 600, None, None, None),
            ("huyen", 2013, 300, None, None, None),
            ("du-phong", 2013, 100, None, None, None),
        },
        tong=(),
    ),
    # a total named two ways: without its complement ("của ...") it is still the total
    _form(
        "short-total",
        "Tóm tắt: tổng biên chế công chức năm 2022 là 1.000.\nTổng biên chế công chức năm 2022 "
        "của các sở, ngành và biên chế của các Hội có tính chất đặc thù là 1.000 biên chế.",
        {("tong", 2022, 1000, None, None, None)},
    ),
    _form(
        "short-total/the-total-names-two-categories",
        "Năm 2022, tổng biên chế công chức là 400 biên chế.\nNăm 2022, tổng biên chế công "
        "chức và viên chức của tỉnh là 1.000 biên chế.",
        {("cbcc", 2022, 400, None, None, None), ("tong", 2022, 1000, None, None, None)},
    ),
    # structure: an escaped pipe ("\\|", as pipetable writes it) stays inside its cell
    _form(
        "table-escaped-pipe",
        "| Đơn vị | Năm 2022 |\n|---|---|\n| Sở Nội vụ \\| Văn phòng | 120 |",
        {("so-noi-vu-van-phong", 2022, 120, None, None, None)},
    ),
    _form(
        "table-escaped-pipe/unescaped-is-a-column",
        "| Đơn vị | Năm 2022 |\n|---|---|\n| Sở Nội vụ | Văn phòng | 120 |",
        None,
    ),
    # vacancies: every count of a clause saying "chưa sử dụng" is outside the plan
    _form(
        "unused",
        "Năm 2024, tỉnh được giao 2.920 biên chế công chức; còn 121 biên chế công chức chưa "
        "sử dụng.",
        {("cbcc", 2024, 2920, None, None, None)},
    ),
    _form(
        "unused/said-of-no-clause",
        "Năm 2024, tỉnh được giao 2.920 biên chế công chức, còn 121 biên chế công chức.",
        None,
    ),
    # a round bound ("gần", "hơn") is no figure; "nhiều hơn N" is a difference
    _form(
        "approximate",
        "Năm 2022, tổng biên chế là 1.000 biên chế, giảm gần 20 người.",
        {("tong", 2022, 1000, None, None, None)},
    ),
    _form(
        "approximate/more-than-by",
        "Năm 2022, tổng biên chế là 1.000 biên chế, nhiều hơn 20 biên chế.",
        None,
    ),
    # news: who reports ("(Báo X) - ... cho biết") and when ("Chiều 23/12") are no subject
    _form(
        "reported",
        "(Báo Đắk Lắk) - Chiều 23/12, Sở Nội vụ tỉnh cho biết năm 2024 tỉnh được giao 2.920 "
        "biên chế công chức, giảm 35 biên chế so với năm 2023.",
        {("cbcc", 2024, 2920, None, None, None), ("cbcc", 2024, None, 35, 2023, None)},
    ),
    _form(
        "reported/no-category",
        "Chiều 23/12, Sở Nội vụ tỉnh cho biết năm 2024 tỉnh được giao 2.920 biên chế, giảm 35 "
        "biên chế so với năm 2023.",
        None,
    ),
    # a unit named after its figure: two categories are their total; a headline's year
    _form(
        "named-by-figure",
        "Quảng Nam tạm giao 32.881 biên chế công chức và viên chức năm 2022",
        {("tong", 2022, 32881, None, None, None)},
    ),
    _form(
        "named-by-figure/one-category",
        "Năm 2022, tỉnh tạm giao 3.126 biên chế công chức.",
        {("cbcc", 2022, 3126, None, None, None)},
    ),
    _form(
        "named-by-figure/categories-further-on",
        "Năm 2023, tỉnh tạm giao 26.974 người làm việc trong đơn vị sự nghiệp công lập, các "
        "hội; cán bộ chuyên trách, công chức cấp xã.",
        None,
    ),
    # parts named before their counts, right after the unit's value
    _form(
        "listed",
        "Năm 2024, tỉnh giao 3.259 biên chế công chức (cấp tỉnh 1.702; cấp huyện 1.556; dự "
        "phòng 1), giảm 33 biên chế so với năm 2023.",
        {
            ("cbcc", 2024, 3259, None, None, None),
            ("cbcc", 2024, None, 33, 2023, None),
            ("cap-tinh", 2024, 1702, None, None, None),
            ("cap-huyen", 2024, 1556, None, None, None),
            ("du-phong", 2024, 1, None, None, None),
        },
        cbcc=("cap-tinh", "cap-huyen", "du-phong"),
    ),
    _form(
        "listed/after-a-change",
        "Năm 2024, công chức giảm 33 biên chế so với năm 2023 (cấp tỉnh 20; cấp huyện 13).",
        None,
    ),
    _form(
        "listed/one-item-is-a-subset",
        "Năm 2020, viên chức là 30.709 biên chế, trong đó sự nghiệp giáo dục 23.379.",
        None,
    ),
    # a source ("theo số Bộ Nội vụ giao") is no unit: the heading's category is
    _form(
        "source-lead",
        "II. SỐ NGƯỜI LÀM VIỆC\n\nNăm 2025 theo số Bộ Nội vụ giao: 50.283 người.",
        {("vc", 2025, 50283, None, None, None)},
    ),
    # a yearly average is no figure of a year
    _form(
        "per-year",
        "Năm 2025, số người làm việc chỉ còn 50.283 người, giảm 4.581 người so với năm 2022, "
        "bình quân mỗi năm phải giảm 1.527 người.",
        {("vc", 2025, 50283, None, None, None), ("vc", 2025, None, 4581, 2022, None)},
    ),
    _form(
        "per-year/a-year-s-reduction",
        "Năm 2025, số người làm việc chỉ còn 50.283 người, năm 2024 phải giảm 1.527 người.",
        None,
    ),
    # "con số này" in the next sentence: the figure just stated; a fronted "So với ... năm Y,"
    _form(
        "points-back",
        "Năm 2021, tỉnh giao 55.872 người làm việc.\nSo với số Bộ Nội vụ giao năm 2015, con "
        "số này giảm 6.208 người (tương đương 10%); so với năm 2020 giảm 1.722 người.",
        {
            ("vc", 2021, 55872, None, None, None),
            ("vc", 2021, None, 6208, 2015, "10%"),
            ("vc", 2021, None, 1722, 2020, None),
        },
    ),
    _form(
        "points-back/nothing-before",
        "So với năm 2015, con số này giảm 6.208 người.",
        None,
    ),
    # "từ năm A đến năm B ... giảm N": B against A itself; its rate in parentheses
    _form(
        "from-to",
        "Từ năm 2017 đến năm 2024, số cán bộ, công chức cấp xã của huyện giảm 476 người "
        "(giảm 34,4%).",
        {("cbcc-xa-huyen", 2024, None, 476, 2017, "34,4%")},
    ),
    _form(
        "from-to/no-from",
        "Đến năm 2024, số cán bộ, công chức cấp xã của huyện giảm 476 người.",
        None,
    ),
    # the largest / smallest unit of a list: a unit of its own, not a part
    _form(
        "extreme",
        "Năm 2024, Ủy ban nhân dân cấp huyện: 1.724 biên chế; nhiều nhất là thị xã Điện Bàn "
        "114 biên chế, ít nhất là huyện Nông Sơn 72 biên chế.",
        {
            ("uy-ban-nhan-dan-cap", 2024, 1724, None, None, None),
            ("thi-xa-dien-ban", 2024, 114, None, None, None),
            ("huyen-nong-son", 2024, 72, None, None, None),
        },
        **{"uy-ban-nhan-dan-cap": ()},
    ),
    _form(
        "extreme/unnamed",
        "Năm 2024, Ủy ban nhân dân cấp huyện: 1.724 biên chế; đơn vị nhiều nhất với 114 biên chế.",
        None,
    ),
    # a pay source line ("Hưởng lương từ ngân sách nhà nước") is a line of the unit above
    _form(
        "pay-source",
        "Điều 2. Số lượng người làm việc năm 2024\nTổng số người làm việc: 30.119 người, trong "
        "đó:\na) Hưởng lương từ ngân sách nhà nước: 27.698 người;\nb) Hưởng lương từ nguồn "
        "thu sự nghiệp của đơn vị: 2.421 người.",
        {
            ("vc", 2024, 30119, None, None, None),
            ("huong-luong-tu-ngan-sach", 2024, 27698, None, None, None),
            ("huong-luong-tu-nguon-thu", 2024, 2421, None, None, None),
        },
    ),
    _form(
        "pay-source/no-unit-above",
        "Hưởng lương từ ngân sách nhà nước: 27.698 người.",
        None,
    ),
    # a period's cut whose sentence ends saying the list below counts each year's cut from
    # the year before: the period's last year against the year before its first, and each
    # item against the year before its own
    _form(
        "period-lead-against-previous",
        "2. Số lượng người làm việc\nGiai đoạn 2023 - 2026 giảm 120 người, tương ứng 10% so "
        "với năm 2022; số giảm từng năm tính so với năm liền trước, cụ thể:\n"
        "+ Năm 2023 giảm 30 người, còn 1.170 người;\n+ Năm 2024 giảm 30 người, còn 1.140 người.",
        {
            ("vc", 2026, None, 120, 2022, "10%"),
            ("vc", 2023, 1170, None, None, None),
            ("vc", 2023, None, 30, 2022, None),
            ("vc", 2024, 1140, None, None, None),
            ("vc", 2024, None, 30, 2023, None),
        },
    ),
    _form(
        "period-lead-against-previous/another-base",
        "2. Số lượng người làm việc\nGiai đoạn 2023 - 2026 giảm 120 người, tương ứng 10% so "
        "với năm 2022; số giảm từng năm tính so với năm 2022, cụ thể:\n"
        "+ Năm 2023 giảm 30 người, còn 1.170 người;\n+ Năm 2024 giảm 30 người, còn 1.140 người.",
        None,
    ),
    # the year a count holds at, named after it ("đến năm 2026"), also for a block's line
    # of a category; a period named there gives no year
    _form(
        "year-after-count/up-to",
        "Bộ Y tế được giao 1.038 biên chế công chức đến năm 2026\n\n"
        "Kế hoạch giai đoạn 2022 - 2026 đã được thông qua.",
        {("bo-y-te-cbcc", 2026, 1038, None, None, None)},
    ),
    _form(
        "year-after-count/period",
        "Bộ Y tế được giao 1.038 biên chế công chức giai đoạn 2022 - 2026",
        None,
    ),
    # a year chain whose last link is joined by "và năm Y", after a topic saying it falls
    # year by year ("giảm dần qua các năm": no part of the unit's name)
    _form(
        "year-chain/and-joined",
        "Tổng biên chế của khối giảm dần qua các năm: năm 2024 là 1.326 biên chế; năm 2025 "
        "còn 1.306 và năm 2026 còn 1.286 biên chế.",
        {
            ("khoi", 2024, 1326, None, None, None),
            ("khoi", 2025, 1306, None, None, None),
            ("khoi", 2026, 1286, None, None, None),
        },
    ),
    _form(
        "year-chain/and-joined-without-năm",
        "Tổng biên chế của khối giảm dần qua các năm: năm 2024 là 1.326 biên chế; năm 2025 "
        "còn 1.306 và 2026 còn 1.286 biên chế.",
        None,
    ),
    # a heading closing with its comparison gives it to the changes of its section that
    # name none: a base year, or the year before each change's own
    _form(
        "heading-comparison",
        "II. CHỈ TIÊU ĐẾN NĂM 2026 (so với năm 2021)\n"
        "- Công chức: đến năm 2026 còn 87 biên chế, giảm 5 biên chế, tỷ lệ 5,43%.",
        {("cbcc", 2026, 87, None, None, None), ("cbcc", 2026, None, 5, 2021, "5,43%")},
    ),
    _form(
        "heading-comparison/year-before",
        "III. LỘ TRÌNH THỰC HIỆN (so với năm liền trước)\n"
        "- Công chức: năm 2025 giảm 2 biên chế; năm 2026 giảm 3 biên chế.",
        {("cbcc", 2025, None, 2, 2024, None), ("cbcc", 2026, None, 3, 2025, None)},
    ),
    _form(
        "heading-comparison/not-closing-it",
        "II. KẾT QUẢ SO VỚI NĂM 2021 VÀ CHỈ TIÊU ĐẾN NĂM 2026\n"
        "- Công chức: đến năm 2026 còn 87 biên chế, giảm 5 biên chế, tỷ lệ 5,43%.",
        None,
    ),
    _form(
        "heading-comparison/further-cut",
        "II. CHỈ TIÊU ĐẾN NĂM 2026 (so với năm 2021)\n"
        "- Công chức: đến năm 2026 còn 87 biên chế, giảm thêm 5 biên chế.",
        # a further cut names no year it counts from: outside, never the heading's change
        {("cbcc", 2026, 87, None, None, None)},
    ),
    # a year leading a line governs all its categories, even when the first one's change
    # stands in parentheses after it; a parenthesis giving another year's figure is no
    # change of it, and the line is declined
    _form(
        "year-led-categories",
        "Năm 2025: 1.796 biên chế công chức (giảm 37 so với năm 2024); 19.156 người làm việc "
        "(giảm 788 so với năm 2024).",
        {
            ("cbcc", 2025, 1796, None, None, None),
            ("cbcc", 2025, None, 37, 2024, None),
            ("vc", 2025, 19156, None, None, None),
            ("vc", 2025, None, 788, 2024, None),
        },
    ),
    _form(
        "year-led-categories/recalled-year",
        "Năm 2025: 1.796 biên chế công chức (năm 2024 là 1.833 biên chế); 19.156 người làm việc.",
        None,
    ),
    # staff in post ("hiện có") are a unit apart from the posts given; vacancies outside
    _form(
        "present",
        "Năm 2024, tỉnh được giao 1.754 biên chế công chức.\nHiện có 1.641 công chức, còn 113 "
        "biên chế chưa tuyển.",
        # (session 12, eng-inpost4: staff in post whose change is not stated are outside)
        {("cbcc", 2024, 1754, None, None, None)},
    ),
    _form("present/two-categories", "Năm 2024, hiện có 1.641 công chức và viên chức.", None),
    # structure: a row of changes against the year before speaks of the row above it
    _form(
        "table-change-row",
        "BIÊN CHẾ CÔNG CHỨC\n\n| Cơ quan | Năm 2023 | Năm 2024 | Năm 2025 |\n|---|---|---|---|\n"
        "| Tổng cộng | 3.292 | 3.259 | 3.212 |\n| Tăng (+), giảm (-) so với năm trước | | -33 "
        "| -47 |",
        {
            ("cbcc", 2023, 3292, None, None, None),
            ("cbcc", 2024, 3259, None, None, None),
            ("cbcc", 2025, 3212, None, None, None),
            ("cbcc", 2024, None, 33, 2023, None),
            ("cbcc", 2025, None, 47, 2024, None),
        },
    ),
    _form(
        "table-change-row/no-row-above",
        "BIÊN CHẾ CÔNG CHỨC\n\n| Cơ quan | Năm 2023 | Năm 2024 |\n|---|---|---|\n"
        "| Tăng (+), giảm (-) so với năm trước | | -33 |",
        None,
    ),
    # a block's count naming its category is the block's line of it, not its own figure
    _form(
        "block-lines-named-by-figure",
        "Năm 2025, Bộ Giáo dục và Đào tạo có 635 biên chế công chức và 21.124 biên chế viên chức.",
        {
            ("bo-giao-duc-dao-tao-cbcc", 2025, 635, None, None, None),
            ("bo-giao-duc-dao-tao-vc", 2025, 21124, None, None, None),
        },
    ),
    _form(
        "block-lines-named-by-figure/reserve",
        "Năm 2025, Bộ Giáo dục và Đào tạo có 635 biên chế công chức dự phòng.",
        None,
    ),
    # the rate of a count of bodies ("18 đơn vị (giảm 25%)") is outside; of posts, a change
    _form(
        "rate-of-bodies",
        "Năm 2025, Bộ Y tế: từ 24 đơn vị còn 20 đơn vị (giảm 16,7%); có 872 biên chế công chức "
        "và 14.477 biên chế viên chức.",
        {
            ("bo-y-te-tu-24-cbcc", 2025, 872, None, None, None),
            ("bo-y-te-tu-24-vc", 2025, 14477, None, None, None),
        },
    ),
    _form(
        "rate-of-bodies/of-posts",
        "Năm 2025, Bộ Y tế: từ 240 biên chế còn 200 biên chế (giảm 16,7%).",
        None,
    ),
    # a further cut ("giảm thêm 79 người") naming no year is no comparison; naming one, it is
    _form(
        "further-cut",
        "Năm 2023, cán bộ, công chức cấp xã là 2.000 người; dự kiến phải giảm thêm 79 người để "
        "về đúng định mức.",
        {("cbcc-xa", 2023, 2000, None, None, None)},
    ),
    _form(
        "further-cut/with-a-year",
        "Năm 2023, cán bộ, công chức cấp xã là 2.000 người, giảm thêm 79 người so với năm 2022.",
        {("cbcc-xa", 2023, 2000, None, None, None), ("cbcc-xa", 2023, None, 79, 2022, None)},
    ),
    _form(
        "required-cut",
        "Năm 2023, cán bộ, công chức cấp xã là 2.000 người; dự kiến phải giảm 79 chỉ tiêu để "
        "về đúng định mức.",
        {("cbcc-xa", 2023, 2000, None, None, None)},
    ),
    _form(
        "required-cut/with-a-year",
        "Đến năm 2026, cán bộ, công chức cấp xã phải giảm 79 chỉ tiêu so với năm 2021.",
        {("cbcc-xa", 2026, None, 79, 2021, None)},
    ),
    _form(
        "extreme/a-bound-not-a-body",
        "Năm 2025, thành phố còn nhiều nhất 88.092 người, giảm ít nhất 9.789 người so với năm "
        "2021.",
        None,
    ),
    # a rate said as "bằng / tức N%" after a reduction is its rate; a percentage placed nowhere
    # leaves the sentence unread, even where no category word marks it as staffing text
    _form(
        "rate-said-otherwise",
        "Năm 2021, các đơn vị sự nghiệp công lập được giao 1.150 người; đến năm 2026 còn 1.035 "
        "người, giảm 115 người, tức 10%.",
        {
            ("vc", 2021, 1150, None, None, None),
            ("vc", 2026, 1035, None, None, None),
            ("vc", 2026, None, 115, 2021, "10%"),
        },
    ),
    _form(
        "rate-said-otherwise/unplaced-percentage",
        "Năm 2021, các đơn vị sự nghiệp công lập được giao 1.150 người; đến năm 2026 còn 1.035 "
        "người, giảm 115 người, đạt 10%.",
        None,
    ),
    # a well-known block only where the name is that block: rows that merely mention the Party
    # ("các ban đảng", "đảng ủy khối") are units of their own, never one merged unit
    _form(
        "block-by-its-name",
        "Năm 2023, Khối Đảng là 249 biên chế.\nNăm 2024, các cơ quan Đảng là 240 biên chế.",
        {("dang", 2023, 249, None, None, None), ("dang", 2024, 240, None, None, None)},
    ),
    _form(
        "block-by-its-name/a-mention",
        "| STT | Cơ quan, đơn vị | Năm 2023 |\n|---|---|---|\n| 1 | Các ban đảng Tỉnh ủy | 249 |\n"
        "| 2 | Các huyện ủy, thành ủy, đảng ủy khối | 754 |\n|  | Cộng | 1.003 |",
        {
            ("ban-dang-tinh-uy", 2023, 249, None, None, None),
            ("huyen-uy-thanh-uy-dang", 2023, 754, None, None, None),
            ("tong", 2023, 1003, None, None, None),
        },
        tong=("ban-dang-tinh-uy", "huyen-uy-thanh-uy-dang"),
    ),
    # a count's category in its subject's scope: CBCC of "các xã, phường" is CBCC cấp xã
    _form(
        "commune-scope",
        # ("ở các xã, phường": the block at the commune level, as "cấp xã" names it)
        "Năm 2025, chính quyền địa phương ở các xã, phường, đặc khu được giao 5.714 biên chế "
        "cán bộ, công chức.",
        {("cq-xa-cbcc-xa", 2025, 5714, None, None, None)},
    ),
    _form(
        "commune-scope/province",
        "Năm 2025, chính quyền địa phương cấp tỉnh được giao 2.692 biên chế cán bộ, công chức.",
        # the block at the province's level, not the block across levels
        {("cq-tinh-cbcc", 2025, 2692, None, None, None)},
    ),
    # a change's comparison year with the base year's figure after it, then its rate
    _form(
        "change-with-base-figure",
        "Tổng biên chế công chức đến năm 2026 là 5.790 biên chế, giảm 310 biên chế so với năm "
        "2021 (6.100 biên chế), tỷ lệ giảm 5,08%.",
        {
            ("cbcc", 2026, 5790, None, None, None),
            ("cbcc", 2026, None, 310, 2021, "5,08%"),
            ("cbcc", 2021, 6100, None, None, None),
        },
    ),
    _form(
        "change-with-base-figure/not-posts",
        "Tổng biên chế công chức đến năm 2026 là 5.790 biên chế, giảm 310 biên chế so với năm "
        "2021 (6.100 triệu đồng), tỷ lệ giảm 5,08%.",
        # money, not posts: outside the plan, never the base year's figure
        {("cbcc", 2026, 5790, None, None, None), ("cbcc", 2026, None, 310, 2021, "5,08%")},
    ),
    # "đến hết năm 2026" is the year, not part of the unit's name
    _form(
        "until-the-end-of-a-year",
        "Tổng biên chế công chức đến hết năm 2026 là 5.790 biên chế.",
        {("cbcc", 2026, 5790, None, None, None)},
    ),
    _form(
        "until-the-end-of-a-year/no-year",
        "Tổng biên chế công chức đến hết giai đoạn là 5.790 biên chế.",
        None,
    ),
    # a report's headline or lead names its year once, for the body's figures
    _form(
        "lead-year",
        "Tỉnh A giao biên chế năm 2025\n\nTổng biên chế của tỉnh là 1.000 biên chế.",
        {("tong", 2025, 1000, None, None, None)},
    ),
    _form(
        "lead-year/two-years",
        "Tỉnh A giao biên chế năm 2024 và năm 2025\n\nTổng biên chế của tỉnh là 1.000 biên chế.",
        None,
    ),
    _form(
        # the only year named is a base: the body's figures are not of it
        "lead-year/a-base-year",
        "Tỉnh A tinh giản biên chế so với năm 2021\n\nTổng biên chế của tỉnh là 10.000 biên chế.",
        None,
    ),
    # the largest and smallest of a list, in parentheses: units of their own, not parts
    _form(
        "extreme-in-parentheses",
        "Năm 2025, cấp tỉnh được giao 1.683 biên chế, trong đó Sở Y tế nhiều nhất (391 biên "
        "chế), Văn phòng Ban An toàn giao thông ít nhất (8 biên chế).",
        {
            ("cap-tinh", 2025, 1683, None, None, None),
            ("so-y-te", 2025, 391, None, None, None),
            ("van-phong-ban-an-toan", 2025, 8, None, None, None),
        },
        **{"cap-tinh": ()},
    ),
    # the year of a text that names one year only: an article without one is of it
    _form(
        "only-year",
        "Nghị quyết về biên chế năm 2025\n\nĐiều 2. Biên chế của một số cơ quan\n"
        "a) Sở Công Thương: 206 biên chế;\nb) Văn phòng Ban An toàn giao thông: 8 biên chế.",
        {
            ("so-cong-thuong", 2025, 206, None, None, None),
            ("van-phong-ban-an-toan", 2025, 8, None, None, None),
        },
    ),
    _form(
        "only-year/two-years-named",
        "Nghị quyết về biên chế năm 2025 (giữ như năm 2024)\n\n"
        "Điều 2. Biên chế của một số cơ quan\na) Sở Công Thương: 206 biên chế;",
        None,
    ),
    # "kể cả N công chức ...": some of the figure's posts, a unit of its own, not a part
    _form(
        "including",
        "Năm 2016, Sở Nội vụ được giao 300 biên chế (kể cả 40 công chức của lớp đào tạo nguồn).",
        {
            ("so-noi-vu", 2016, 300, None, None, None),
            ("cbcc-lop-dao-tao-nguon", 2016, 40, None, None, None),
        },
        **{"so-noi-vu": ()},
    ),
    _form(
        "including/parts",
        "Năm 2016, Sở Nội vụ được giao 300 biên chế (gồm 260 công chức và 40 viên chức).",
        {
            ("so-noi-vu", 2016, 300, None, None, None),
            ("so-noi-vu-cbcc", 2016, 260, None, None, None),
            ("so-noi-vu-vc", 2016, 40, None, None, None),
        },
        **{"so-noi-vu": ("so-noi-vu-cbcc", "so-noi-vu-vc")},
    ),
    # "biên chế của khối này phải tinh giản còn ..." points back: with nothing just named, to
    # no unit (never a unit named "khối này")
    _form(
        "anaphora/nothing-named-before",
        "Đến năm 2026, biên chế của khối này phải tinh giản còn 970 biên chế.",
        None,
    ),
    # a required minimum ("giảm tối thiểu 10% ... và tối thiểu 5% ...") is a rule the text
    # sets, outside the figures; without "tối thiểu" it is the rate of a change
    _form(
        "minimum",
        "Năm 2021, biên chế công chức là 3.156 biên chế. Đến năm 2026, giảm tối thiểu 10% biên "
        "chế sự nghiệp và tối thiểu 5% biên chế công chức so với số biên chế được giao năm 2021.",
        {("cbcc", 2021, 3156, None, None, None)},
    ),
    _form(
        "minimum/a-rate",
        "Năm 2021, biên chế công chức là 3.156 biên chế. Đến năm 2026, biên chế công chức giảm "
        "5% so với năm 2021.",
        {("cbcc", 2021, 3156, None, None, None), ("cbcc", 2026, None, 0, 2021, "5%")},
    ),
    # a sentence citing a target and stating figures is read as both
    _form(
        "target-with-figures",
        "Biên chế công chức năm 2021 là 3.156 biên chế; đến năm 2026 còn 3.001 biên chế, giảm "
        "155 biên chế (tương đương 5%), đạt mục tiêu của Kết luận số 40-KL/TW.",
        {
            ("cbcc", 2021, 3156, None, None, None),
            ("cbcc", 2026, 3001, None, None, None),
            ("cbcc", 2026, None, 155, 2021, "5%"),
        },
    ),
    # posts added for a purpose ("Giao bổ sung 151 biên chế sự nghiệp giáo dục năm học ..."):
    # a unit of their own named after the figure, of the context's year (not the school
    # year's); with no category named, unread
    _form(
        "supplement",
        "Điều 2. Số lượng người làm việc năm 2024\n1. Tổng số người làm việc: 30.119 người.\n"
        "2. Giao bổ sung 151 biên chế sự nghiệp giáo dục năm học 2023 - 2024 cho Sở Giáo dục và "
        "Đào tạo.",
        {
            ("vc", 2024, 30119, None, None, None),
            ("vc-giao-duc-bo-sung", 2024, 151, None, None, None),
        },
        vc=(),
    ),
    _form(
        # posts asked for are outside, beside the article's read total
        "supplement/asked-for",
        "Điều 2. Số lượng người làm việc năm 2024\n1. Tổng số lượng người làm việc là 20.000"
        " người.\n2. Tỉnh đề nghị bổ sung 151 biên chế sự nghiệp giáo dục năm học 2023 - 2024"
        " cho Sở Giáo dục và Đào tạo.",
        {("vc", 2024, 20000, None, None, None)},
    ),
    _form(
        "supplement/no-category",
        "Điều 2. Năm 2024\n2. Giao bổ sung 151 biên chế cho Sở Giáo dục và Đào tạo.",
        None,
    ),
    # a change of bodies ("giảm 3 đơn vị (giảm 18,8%)") is no staffing change
    _form(
        "change-of-bodies",
        "Năm 2025, Bộ Dân tộc và Tôn giáo: 13 đơn vị, giảm 3 đơn vị (giảm 18,8%); có 320 biên "
        "chế công chức và 765 biên chế viên chức.",
        {
            ("bo-dan-toc-ton-giao-cbcc", 2025, 320, None, None, None),
            ("bo-dan-toc-ton-giao-vc", 2025, 765, None, None, None),
        },
    ),
    _form(
        "change-of-bodies/of-posts",
        "Năm 2025, Bộ Dân tộc và Tôn giáo: giảm 3 biên chế (giảm 18,8%); có 320 biên chế công "
        "chức và 765 biên chế viên chức.",
        None,
    ),
    # the largest and smallest body of a list, figures in parentheses: units, not parts
    _form(
        "extreme/parenthesis",
        "Năm 2025, cấp tỉnh được giao 1.683 biên chế, trong đó Sở Nông nghiệp nhiều nhất "
        "(391 biên chế), Văn phòng Ban An toàn giao thông ít nhất (8 biên chế).",
        {
            ("cap-tinh", 2025, 1683, None, None, None),
            ("so-nong-nghiep", 2025, 391, None, None, None),
            ("van-phong-ban-an-toan", 2025, 8, None, None, None),
        },
        **{"cap-tinh": ()},
    ),
    # "tương ứng giảm N%": the same cut as a rate, compared with the year named after it
    _form(
        "corresponding-rate",
        "Năm 2026, tổng biên chế giảm 100 biên chế, tương ứng giảm 10% so với số biên chế giao "
        "năm 2021.",
        {("tong", 2026, None, 100, 2021, "10%")},
    ),
    _form(
        "corresponding-rate/another-cut",
        "Năm 2026, tổng biên chế giảm 100 biên chế, rồi giảm 10% so với số biên chế giao năm 2021.",
        None,
    ),
    # people leaving and cases are no figure of a unit; a list of decrees' numbers is references
    _form(
        "leavers",
        "Năm 2024, tổng biên chế là 1.000 biên chế; tỉnh đã giải quyết cho 116 trường hợp nghỉ "
        "theo các Nghị định 108, 113; đã có 30 cán bộ, công chức, viên chức nghỉ việc.",
        {("tong", 2024, 1000, None, None, None)},
    ),
    _form(
        "leavers/not-leaving",
        "Năm 2024, tổng biên chế là 1.000 biên chế; đã có 300 cán bộ, công chức, viên chức.",
        None,  # both categories in one count: not the CBCC line, not read
    ),
    _form(
        "leavers/severance-plan",
        "Năm 2026 tỉnh dự kiến tinh giản 605 cán bộ, công chức, viên chức; năm 2026 tổng biên "
        "chế là 1.000 biên chế.",
        {("tong", 2026, 1000, None, None, None)},
    ),
    _form(
        "shortfall",
        "Năm 2022, tổng biên chế là 1.000 biên chế; tỉnh mới tinh giản được 109 người, còn thiếu "
        "18 người so với chỉ tiêu.",
        {("tong", 2022, 1000, None, None, None)},
    ),
    _form(
        "shortfall/a-change",
        "Năm 2022, tổng biên chế là 1.000 biên chế, giảm 18 người.",
        None,
    ),
    _form(
        "approximate/about",
        "Năm 2024, tổng biên chế là 1.000 biên chế, ít hơn năm 2023 khoảng 40.",
        {("tong", 2024, 1000, None, None, None)},
    ),
    # "chia ra A, B, còn lại N biên chế dự phòng": a list whose last item is named after its count
    _form(
        "split-with-rest",
        "Năm 2025, các cơ quan, tổ chức hành chính nhà nước của tỉnh được giao 2.075 biên chế "
        "công chức, chia ra cấp tỉnh 1.102 biên chế, cấp huyện 956 biên chế, còn lại 17 biên chế "
        "dự phòng.",
        {
            ("cbcc-nha-nuoc", 2025, 2075, None, None, None),
            ("cap-tinh", 2025, 1102, None, None, None),
            ("cap-huyen", 2025, 956, None, None, None),
            ("du-phong", 2025, 17, None, None, None),
        },
        **{"cbcc-nha-nuoc": ("cap-tinh", "cap-huyen", "du-phong")},
    ),
    _form(
        "split-with-rest/rest-alone",
        "Năm 2025, tỉnh được giao 2.075 biên chế công chức, còn lại 17 biên chế dự phòng.",
        None,
    ),
    _form(
        # the block's count is its CBCC line: whether the items split the block or the line
        # is not said
        "split-with-rest/block-or-its-line",
        "Năm 2025, các cơ quan của tỉnh được giao 2.075 biên chế công chức, chia ra cấp tỉnh "
        "1.102 biên chế, cấp huyện 956 biên chế, còn lại 17 biên chế dự phòng.",
        None,
    ),
    # items with their unit word after "gồm": all the parts; after "trong đó": maybe the
    # largest few, so not read
    _form(
        "listed-with-unit",
        "Năm 2022, khối sự nghiệp được giao 29.755 biên chế, gồm: UBND cấp huyện 21.355 người, "
        "cơ quan chuyên môn thuộc tỉnh 7.649 người, đơn vị thuộc tỉnh 751 người.",
        {
            ("su-nghiep", 2022, 29755, None, None, None),
            ("ubnd-cap-huyen", 2022, 21355, None, None, None),
            ("co-quan-chuyen-mon-thuoc", 2022, 7649, None, None, None),
            ("don-vi-thuoc-tinh", 2022, 751, None, None, None),
        },
        **{"su-nghiep": ("ubnd-cap-huyen", "co-quan-chuyen-mon-thuoc", "don-vi-thuoc-tinh")},
    ),
    _form(
        "listed-with-unit/some-of-them",
        "Năm 2022, khối sự nghiệp được giao 29.755 biên chế, trong đó UBND cấp huyện 21.355 "
        "người, cơ quan chuyên môn thuộc tỉnh 7.649 người.",
        None,
    ),
    _form(
        "listed-with-unit/no-list",
        "Năm 2025, Sở Công Thương 206 biên chế, Thanh tra thành phố 202 biên chế.",
        {
            ("so-cong-thuong", 2025, 206, None, None, None),
            ("thanh-tra-thanh-pho", 2025, 202, None, None, None),
        },
    ),
    # sectors by their short names ("GD-ĐT", "văn hóa - thông tin, thể thao")
    _form(
        "sectors",
        "Năm 2020, 16 cơ quan chuyên môn thuộc UBND tỉnh: 9.103 biên chế (GD-ĐT 3.206; y tế "
        "5.258; văn hóa - thông tin, thể thao 164; sự nghiệp khác 475).",
        {
            ("16-co-quan-chuyen-mon", 2020, 9103, None, None, None),
            ("gd-dt", 2020, 3206, None, None, None),
            ("y-te", 2020, 5258, None, None, None),
            ("van-hoa-thong-tin-the", 2020, 164, None, None, None),
            ("16-co-quan-chuyen-mon-vc-khac", 2020, 475, None, None, None),
        },
    ),
    # staff in post ("có mặt") are not posts: "số <category> có mặt là N người" and its split
    # by level are people, outside (neither read nor reported); only "Hiện có N công chức"
    # says which unit apart they are
    _form(
        "in-post/not-posts",
        "Năm 2024, tỉnh được giao 3.180 biên chế cán bộ, công chức.\nNăm 2024, số cán bộ, công "
        "chức có mặt là 3.100 người (cấp tỉnh 1.643 người, cấp huyện 1.457 người).",
        {("cbcc", 2024, 3180, None, None, None)},
    ),
    # ... but a split naming posts ("1.643 biên chế") is not of the people: not read
    _form(
        "in-post/split-naming-posts",
        "Năm 2024, số cán bộ, công chức có mặt là 3.100 người (cấp tỉnh 1.643 biên chế, cấp "
        "huyện 1.457 người).",
        None,
    ),
    # a headline: the place and what it did, then the category; "toàn tỉnh N người"
    _form(
        "headline",
        "Thanh Hóa điều chỉnh số người làm việc năm 2025: toàn tỉnh 61.356 người\n\n"
        "Theo quyết định, tổng số người làm việc của tỉnh là 61.356 người.",
        {("vc", 2025, 61356, None, None, None)},
    ),
    _form(
        "headline/no-category",
        "Thanh Hóa điều chỉnh quy định năm 2025: toàn tỉnh 61.356 người",
        None,
    ),
    _form(
        "headline/where-they-work",
        "Quảng Nam giao 30.709 biên chế làm việc trong đơn vị sự nghiệp công lập năm 2020",
        {("vc", 2020, 30709, None, None, None)},
    ),
    # a ranking: "trong đó Sở A cao nhất với N, Sở B N": units of their own, never parts
    _form(
        "ranking",
        "Năm 2025, các sở, cơ quan trực thuộc Ủy ban nhân dân tỉnh có 13.386 người, trong đó Sở "
        "Giáo dục và Đào tạo cao nhất với 6.300 người, Sở Y tế 4.985 người.",
        {
            ("so-co-quan-truc-thuoc", 2025, 13386, None, None, None),
            ("so-giao-duc-dao-tao", 2025, 6300, None, None, None),
            ("so-y-te", 2025, 4985, None, None, None),
        },
        **{"so-co-quan-truc-thuoc": ()},
    ),
    _form(
        "ranking/no-one-body",
        "Năm 2025, các sở, cơ quan trực thuộc Ủy ban nhân dân tỉnh có 13.386 người, trong đó Sở "
        "Giáo dục và Đào tạo cao nhất với 6.300 người, đơn vị khác 4.985 người.",
        None,
    ),
    # "kể cả N người dự phòng": the reserve inside the count; "+ cấp tỉnh N người" items
    _form(
        "including-reserve",
        "Năm 2025, số lượng người làm việc được bố trí 31.976 người, kể cả 420 người dự phòng:\n"
        "+ cấp tỉnh 9.533 người;\n+ cấp xã 22.023 người.",
        {
            ("vc", 2025, 31976, None, None, None),
            ("du-phong", 2025, 420, None, None, None),
            ("cap-tinh", 2025, 9533, None, None, None),
            ("cap-xa", 2025, 22023, None, None, None),
        },
        vc=("du-phong", "cap-tinh", "cap-xa"),
    ),
    _form(
        "including-reserve/of-another-year",
        "Năm 2025, số lượng người làm việc được bố trí 31.976 người, kể cả 420 người dự phòng "
        "của năm trước.",
        None,
    ),
    # another body's figure for the same year: a unit apart, read only where the stated
    # difference is the difference of the two
    _form(
        "other-body",
        "Năm 2024, HĐND tỉnh giao 1.754 biên chế công chức, ít hơn 7 biên chế so với số Ban Tổ "
        "chức Trung ương giao (1.761 biên chế).",
        {
            ("cbcc", 2024, 1754, None, None, None),
            ("cbcc-do-ban-to-chuc", 2024, 1761, None, None, None),
        },
    ),
    _form(
        "other-body/difference-disagrees",
        "Năm 2024, HĐND tỉnh giao 1.754 biên chế công chức, ít hơn 9 biên chế so với số Ban Tổ "
        "chức Trung ương giao (1.761 biên chế).",
        None,
    ),
    # staff in post on a day, or recruited and placed: a unit apart, of the day's year
    _form(
        "in-post-on-a-day",
        "Năm 2025, tổng biên chế công chức là 3.000 biên chế.\nĐến ngày 1/9/2024, toàn tỉnh có "
        "3.100 cán bộ, công chức (cấp tỉnh 1.643 người, cấp huyện 1.457 người).",
        # (session 12, eng-inpost4: outside with their breakdown, no change of them stated)
        {("cbcc", 2025, 3000, None, None, None)},
    ),
    _form(
        "in-post-on-a-day/recruited",
        "Năm 2024, tổng biên chế công chức là 3.000 biên chế. Đến nay tỉnh đã tuyển dụng, bố trí "
        "2.799 công chức.",
        {("cbcc", 2024, 3000, None, None, None)},  # (in post, outside: session 12)
    ),
    # staff in post that day, of two categories, each a unit apart from the posts given
    _form(
        "in-post-two-categories",
        "Năm 2024, tỉnh được giao 1.950 biên chế công chức.\nĐến ngày 31/10/2024, toàn tỉnh có "
        "mặt 1.880 công chức và 15.400 người làm việc hưởng lương từ ngân sách nhà nước.",
        {("cbcc", 2024, 1950, None, None, None)},  # (in post, outside: session 12)
    ),
    _form(
        "in-post-two-categories/one-category-twice",
        "Đến ngày 31/10/2024, toàn tỉnh có mặt 1.880 công chức và 15.400 công chức.",
        None,
    ),
    _form(
        "in-post-two-categories-after-a-colon",
        "Năm 2021, tỉnh được giao 2.600 biên chế công chức.\nSố có mặt đến ngày 31/12/2021: "
        "2.480 cán bộ, công chức và 16.020 viên chức.",
        {("cbcc", 2021, 2600, None, None, None)},  # (in post, outside: session 12)
    ),
    _form(
        "in-post-two-categories-after-a-colon/second-unnamed",
        "Số có mặt đến ngày 31/12/2021: 2.480 cán bộ, công chức và 16.020 người.",
        None,
    ),
    # staff in post of two categories "hiện có", and how far they fall short of the posts
    # (outside); after posts, a shortfall against a figure of no year is not read
    _form(
        "in-post-now-two-categories",
        POSTS_2025 + "Năm 2025, toàn tỉnh hiện có 1.730 công chức và 17.600 viên chức, thấp hơn "
        "số được giao lần lượt 64 và 512 người.",
        {("vc", 2025, 2300, None, None, None)},  # (in post, outside: session 12)
    ),
    _form(
        "in-post-now-two-categories/short-of-posts",
        "Năm 2025 giao 1.794 biên chế công chức, thấp hơn số được giao 64 người.",
        None,
    ),
    _form(
        "in-post-in-a-month",
        POSTS_2025 + "Đến tháng 8/2024, toàn ngành có mặt 7.020 viên chức, còn 310 chỉ tiêu chưa "
        "tuyển.",
        {("vc", 2025, 2300, None, None, None)},  # (in post, outside: session 12)
    ),
    # the staff in post of the unit whose posts the item gives: a unit apart, of that year,
    # never a part of the list; without the posts before it, not read
    _form(
        "in-post-of-an-item",
        "Năm 2023, biên chế công chức giao cho các cơ quan như sau:\n- Sở Xây dựng: 120 biên "
        "chế, có mặt 111 người;\n- Sở Công Thương: 80 biên chế, có mặt 79 người.",
        # (session 12, eng-inpost4: the people beside the posts are outside)
        {
            ("so-xay-dung", 2023, 120, None, None, None),
            ("so-cong-thuong", 2023, 80, None, None, None),
        },
    ),
    _form(
        "in-post-of-an-item/no-posts",
        "Năm 2023, công chức các cơ quan như sau:\n- Sở Xây dựng: có mặt 111 người.",
        None,
    ),
    # a table's column of staff in post on a day: each row's people, a unit apart of that
    # day's year; a column "Số có mặt" naming no day is not read
    _form(
        "in-post-column",
        "Biên chế công chức của các sở\n\n| TT | Cơ quan | Số giao năm 2024 | Số có mặt đến "
        "30/9/2024 | Số giao năm 2025 |\n|---|---|---|---|---|\n| 1 | Sở Y tế | 120 | 112 | 118 "
        "|\n| 2 | Sở Tư pháp | 40 | 38 | 40 |",
        # (session 12, eng-inpost4: the column of people in post is outside)
        {
            ("so-y-te", 2024, 120, None, None, None),
            ("so-y-te", 2025, 118, None, None, None),
            ("so-tu-phap", 2024, 40, None, None, None),
            ("so-tu-phap", 2025, 40, None, None, None),
        },
    ),
    # naming no day, people present (or the posts still unfilled) are no posts: left out,
    # the posts beside them read; with a year of their own, which people? not read
    _form(
        "in-post-column/no-day",
        "Biên chế công chức của các sở\n\n| TT | Cơ quan | Số giao năm 2024 | Số có mặt | Số "
        "giao năm 2025 |\n|---|---|---|---|---|\n| 1 | Sở Y tế | 120 | 112 | 118 |",
        {("so-y-te", 2024, 120, None, None, None), ("so-y-te", 2025, 118, None, None, None)},
    ),
    _form(
        "posts-beside-present-and-unfilled",
        "Báo cáo biên chế của tỉnh\n\nI. BIÊN CHẾ CÔNG CHỨC\n\n| STT | Khối | Biên chế giao "
        "năm 2025 | Có mặt | Còn thiếu |\n|---|---|---|---|---|\n| 1 | Các sở, ngành | 700 | "
        "652 | 48 |\n| 2 | Các huyện | 300 | 291 | 9 |\n| | Cộng | 1.000 | 943 | 57 |",
        {
            ("so-nganh", 2025, 700, None, None, None),
            ("huyen", 2025, 300, None, None, None),
            ("cbcc", 2025, 1000, None, None, None),
        },
        cbcc=("so-nganh", "huyen"),
    ),
    _form(
        "posts-beside-present-and-unfilled/present-of-a-year",
        "Báo cáo biên chế của tỉnh\n\nI. BIÊN CHẾ CÔNG CHỨC\n\n| STT | Khối | Biên chế giao "
        "năm 2025 | Có mặt năm 2025 | Còn thiếu |\n|---|---|---|---|---|\n| 1 | Các sở, ngành "
        "| 700 | 652 | 48 |\n| 2 | Các huyện | 300 | 291 | 9 |\n| | Cộng | 1.000 | 943 | 57 |",
        None,
    ),
    _form(
        "in-post-on-a-day/no-category",
        "Đến ngày 1/9/2024, toàn tỉnh có 3.100 người (cấp tỉnh 1.643 người, cấp huyện 1.457 "
        "người).",
        None,
    ),
    # a figure said again as the topic of the list after it
    _form(
        "topic-of-a-list",
        "Với 3.126 biên chế công chức tạm giao năm 2022: các huyện, thị xã, thành phố 1.738 "
        "người; cơ quan chuyên môn thuộc tỉnh 1.303 người; đơn vị trực thuộc tỉnh 85 người.",
        {
            ("cbcc", 2022, 3126, None, None, None),
            ("huyen-thi-xa-thanh-pho", 2022, 1738, None, None, None),
            ("co-quan-chuyen-mon-thuoc", 2022, 1303, None, None, None),
            ("don-vi-truc-thuoc-tinh", 2022, 85, None, None, None),
        },
        cbcc=("huyen-thi-xa-thanh-pho", "co-quan-chuyen-mon-thuoc", "don-vi-truc-thuoc-tinh"),
    ),
    _form(
        "topic-of-a-list/two-categories",
        "Với 3.126 biên chế công chức và viên chức tạm giao năm 2022: các huyện, thị xã, thành "
        "phố 1.738 người; cơ quan chuyên môn thuộc tỉnh 1.303 người.",
        None,
    ),
    # parts by pay source, named after their counts, after "trong đó"
    _form(
        "pay-source-parts",
        "Năm 2024, các đơn vị sự nghiệp công lập được giao tổng cộng 30.119 người, trong đó "
        "27.698 người hưởng lương từ ngân sách nhà nước và 2.421 người hưởng lương từ nguồn thu "
        "sự nghiệp.",
        {
            ("vc", 2024, 30119, None, None, None),
            ("huong-luong-tu-ngan-sach", 2024, 27698, None, None, None),
            ("huong-luong-tu-nguon-thu", 2024, 2421, None, None, None),
        },
        vc=("huong-luong-tu-ngan-sach", "huong-luong-tu-nguon-thu"),
    ),
    _form(
        "pay-source-parts/no-list",
        "Năm 2024, các đơn vị sự nghiệp công lập được giao tổng cộng 30.119 người; 27.698 người "
        "hưởng lương từ ngân sách nhà nước.",
        None,
    ),
    _form(
        "shares/commas",
        "Năm 2025, tổng số người làm việc của tỉnh là 31.653 người. Trong đó, lĩnh vực giáo dục "
        "và đào tạo chiếm tỷ lệ lớn nhất với 25.592 chỉ tiêu, tiếp đến là lĩnh vực y tế với "
        "3.950 chỉ tiêu và các đơn vị sự nghiệp khác 2.111 chỉ tiêu.",
        {
            ("vc", 2025, 31653, None, None, None),
            ("linh-vuc-giao-duc-dao", 2025, 25592, None, None, None),
            ("linh-vuc-y-te", 2025, 3950, None, None, None),
            ("vc-vc-khac", 2025, 2111, None, None, None),
        },
        vc=("linh-vuc-giao-duc-dao", "linh-vuc-y-te", "vc-vc-khac"),
    ),
    # contract posts given: outside the plan, the verb included
    _form(
        "contract-given",
        "Năm 2025, tổng biên chế là 500 biên chế; đã giao 33 chỉ tiêu hợp đồng lao động cho các "
        "trường.",
        {("tong", 2025, 500, None, None, None)},
    ),
    # the reserve of a category, named by its count after who keeps it
    _form(
        "reserve-by-count",
        "Năm 2024, tổng biên chế công chức là 3.126 biên chế. Ngoài số trên, UBND tỉnh để lại 6 "
        "biên chế công chức dự phòng.",
        {("cbcc", 2024, 3126, None, None, None), ("du-phong", 2024, 6, None, None, None)},
    ),
    _form(
        "reserve-by-count/of-a-body",
        "Năm 2024, Sở Y tế giao thêm 12 biên chế công chức dự phòng.",
        None,
    ),
    # a sentence of shares of the figure just stated, the first taking a share ("chiếm"),
    # the last the rest ("khác"): its parts
    _form(
        "shares",
        "Năm 2025, tổng số người làm việc của tỉnh là 61.356 người. Lĩnh vực giáo dục và đào "
        "tạo chiếm nhiều nhất với 54.317 người; tiếp đến là y tế với 4.985 người; văn hóa - "
        "thông tin và thể thao 420 người; các sự nghiệp khác 1.634 người.",
        {
            ("vc", 2025, 61356, None, None, None),
            ("linh-vuc-giao-duc-dao", 2025, 54317, None, None, None),
            ("y-te", 2025, 4985, None, None, None),
            ("van-hoa-thong-tin-the", 2025, 420, None, None, None),
            ("vc-vc-khac", 2025, 1634, None, None, None),
        },
        vc=("linh-vuc-giao-duc-dao", "y-te", "van-hoa-thong-tin-the", "vc-vc-khac"),
    ),
    _form(
        "lead-year/a-date-is-no-year",
        "Ngày 9 tháng 12 năm 2024, tỉnh A họp\n\nTổng biên chế của tỉnh là 1.000 biên chế.",
        None,
    ),
    _form(
        "only-year/a-date-names-none",
        "Báo cáo ngày 17/9/2016\n\n1. Khối Đảng, Mặt trận Tổ quốc và các đoàn thể được giao "
        "3.550 biên chế.",
        None,
    ),
    # a roll of bodies, each named before its count, listing a unit's parts; a roll that is
    # not one (a count of something else) is no part, and the list gives no parts
    _form(
        "roll",
        "Năm 2014, 19 cơ quan thuộc tỉnh được giao 1.520 chỉ tiêu, gồm:\n"
        "- Văn phòng UBND tỉnh 68, Ban Dân tộc 23, Thanh tra tỉnh 36;\n"
        "- Sở Nội vụ 76, Sở Văn hóa, Thể thao và Du lịch 1.317.",
        {
            ("19-co-quan-thuoc-tinh", 2014, 1520, None, None, None),
            ("van-phong-ubnd-tinh", 2014, 68, None, None, None),
            ("ban-dan-toc", 2014, 23, None, None, None),
            ("thanh-tra-tinh", 2014, 36, None, None, None),
            ("so-noi-vu", 2014, 76, None, None, None),
            ("so-van-hoa-the-thao", 2014, 1317, None, None, None),
        },
        **{
            "19-co-quan-thuoc-tinh": (
                "van-phong-ubnd-tinh",
                "ban-dan-toc",
                "thanh-tra-tinh",
                "so-noi-vu",
                "so-van-hoa-the-thao",
            )
        },
    ),
    _form(
        "roll/not-all-read",
        "Năm 2014, 19 cơ quan thuộc tỉnh được giao 1.520 chỉ tiêu, gồm:\n"
        "- Văn phòng UBND tỉnh 68, Ban Dân tộc 23, Thanh tra tỉnh 36 người dân;\n"
        "- Sở Nội vụ 76.",
        {
            ("19-co-quan-thuoc-tinh", 2014, 1520, None, None, None),
            ("so-noi-vu", 2014, 76, None, None, None),
        },
        **{"19-co-quan-thuoc-tinh": ()},
    ),
    # a list going on after "trong đó" is the unit's parts; with "mỗi huyện 100" for the
    # rest, the bodies named are some of its posts, not its parts
    _form(
        "roll/after-trong-do",
        "Năm 2014, 3 huyện được giao 343 chỉ tiêu, trong đó thành phố Tam Kỳ 123, Điện Bàn "
        "120, Núi Thành 100.",
        {
            ("3-huyen", 2014, 343, None, None, None),
            ("thanh-pho-tam-ky", 2014, 123, None, None, None),
            ("dien-ban", 2014, 120, None, None, None),
            ("nui-thanh", 2014, 100, None, None, None),
        },
        **{"3-huyen": ("thanh-pho-tam-ky", "dien-ban", "nui-thanh")},
    ),
    _form(
        "roll/each",
        "Năm 2014, 18 huyện, thành phố được giao 1.919 chỉ tiêu, trong đó thành phố Tam Kỳ 123, "
        "Điện Bàn 120; các huyện còn lại mỗi huyện 100 chỉ tiêu.",
        {
            ("18-huyen-thanh-pho", 2014, 1919, None, None, None),
            ("thanh-pho-tam-ky", 2014, 123, None, None, None),
            ("dien-ban", 2014, 120, None, None, None),
        },
        **{"18-huyen-thanh-pho": ()},
    ),
    # "tương ứng" is "tương đương"; the comparison's year after its rate, with words between
    _form(
        "change/rate-then-base",
        "Số lượng người làm việc của các bộ đến năm 2026 giảm 17.736 biên chế, tương ứng giảm "
        "14,84% so với số biên chế được giao năm 2021.",
        {("vc-bo", 2026, None, 17736, 2021, "14,84%")},
    ),
    _form(
        "change/rate-without-base",
        "Số lượng người làm việc của các bộ đến năm 2026 giảm 17.736 biên chế, tương ứng giảm "
        "14,84%.",
        None,
    ),
    # an amount for each body of a list that follows is not read here (which bodies, all?)
    _form(
        "each/of-a-list",
        "Năm 2024, bốn cơ quan sau đây, mỗi cơ quan được tăng 1 biên chế công chức so với năm "
        "2023:\n- Sở Tư pháp;\n- Sở Du lịch.",
        None,
    ),
    # a fronted comparison's figure may cite its source document; anything else in the
    # parenthesis is not read
    _form(
        "fronted/source-cited",
        "So với năm 2021 (106.836 biên chế theo Quyết định số 1499/QĐ-TTg), khối bộ, ngành năm "
        "2026 giảm 5.290 biên chế.",
        {("bo-nganh", 2021, 106836, None, None, None), ("bo-nganh", 2026, None, 5290, 2021, None)},
    ),
    _form(
        "fronted/source-and-more",
        "So với năm 2021 (106.836 biên chế theo Quyết định số 1499/QĐ-TTg và 50 người), khối bộ, "
        "ngành năm 2026 giảm 5.290 biên chế.",
        None,
    ),
    # "giữ nguyên" after units each repeating "biên chế": each unchanged against the fronted
    # year; without a fronted year, or naming what is no unit, unread
    _form(
        "same-list",
        "So với năm 2016, biên chế của các bộ, ngành năm 2017 giảm 3.832 biên chế; biên chế dự "
        "phòng và biên chế các hội đặc thù giữ nguyên.",
        {
            ("bo-nganh", 2017, None, 3832, 2016, None),
            ("du-phong", 2017, None, 0, 2016, None),
            ("hoi", 2017, None, 0, 2016, None),
        },
    ),
    _form(
        "same-list/no-fronted-year",
        "Năm 2017, biên chế của các bộ, ngành giảm 3.832 biên chế so với năm 2016; biên chế dự "
        "phòng và biên chế các hội đặc thù giữ nguyên.",
        None,
    ),
    # a count naming its category's reserve ("có 6 biên chế công chức dự phòng") is the
    # reserve; a block's reserve is not read
    _form(
        "reserve-named-after",
        "Trong tổng số năm 2024 có 6 biên chế công chức dự phòng do UBND tỉnh giữ lại.",
        {("du-phong", 2024, 6, None, None, None)},
    ),
    _form(
        "reserve-named-after/of-a-block",
        "Năm 2024, Sở Y tế có 6 biên chế công chức dự phòng.",
        None,
    ),
    # "Đồng thời giảm 4 biên chế dự phòng" right after a comparison: the same comparison,
    # and the change names its unit after the figure (the reserve, not the heading's)
    _form(
        "meanwhile",
        "Điều 1. Biên chế công chức năm 2023\n1. So với năm 2022, năm 2023 tổng biên chế công "
        "chức giảm 26 biên chế.\n2. Đồng thời giảm 4 biên chế dự phòng.",
        {("cbcc", 2023, None, 26, 2022, None), ("du-phong", 2023, None, 4, 2022, None)},
    ),
    _form(
        "meanwhile/a-block-named-before",
        "Điều 1. Biên chế công chức năm 2023\n1. Năm 2023, Sở Y tế giảm 4 biên chế dự phòng so "
        "với năm 2022.",
        None,
    ),
    # posts a figure leaves out ("không tính 1.591 biên chế sự nghiệp giáo dục mầm non"): a
    # unit of their own, named by their category; named by a body instead, unread
    _form(
        "excluding",
        "Năm 2025, số người làm việc là 28.662 người (không tính 1.591 biên chế sự nghiệp giáo "
        "dục mầm non).",
        {
            ("vc", 2025, 28662, None, None, None),
            ("vc-giao-duc-mam-non", 2025, 1591, None, None, None),
        },
    ),
    _form(
        "excluding/a-body",
        "Năm 2025, số người làm việc là 28.662 người (không tính 1.591 người của Sở Y tế).",
        None,
    ),
    _form(
        # the body's first line compares with another year: the headline's is still the year
        "lead-year/body-compares",
        "Quảng Trị công bố biên chế năm 2025\n\nTổng biên chế của tỉnh là 3.000 biên chế, giảm "
        "120 biên chế so với năm 2024.\n\nKhối Đảng có 500 biên chế.",
        {
            ("tong", 2025, 3000, None, None, None),
            ("tong", 2025, None, 120, 2024, None),
            ("dang", 2025, 500, None, None, None),
        },
    ),
    # a fronted comparison pointing back, not a roll of bodies ("số biên chế này giảm 5.508")
    _form(
        "fronted/pointing-back",
        "Năm 2019, tổng biên chế là 259.598 biên chế.\nSo với năm 2018, số biên chế này giảm "
        "5.508.",
        {("tong", 2019, 259598, None, None, None), ("tong", 2019, None, 5508, 2018, None)},
    ),
    # "so với năm trước": against the year before the subject's
    _form(
        "previous-year",
        "Năm 2025, tổng biên chế là 980 biên chế, giảm 20 biên chế so với cùng kỳ năm trước.",
        {("tong", 2025, 980, None, None, None), ("tong", 2025, None, 20, 2024, None)},
    ),
    _form(
        "previous-year/unchanged",
        "Năm 2025, tổng biên chế là 980 biên chế, giữ nguyên so với năm trước.",
        {("tong", 2025, 980, None, None, None), ("tong", 2025, None, 0, 2024, None)},
    ),
    _form(
        "previous-year/no-year",
        "Tổng biên chế là 980 biên chế, giảm 20 biên chế so với năm trước.",
        None,
    ),
    _form(
        "previous-year/its-figure",
        "Năm 2025, tổng biên chế là 980 biên chế, giảm 20 biên chế so với năm trước (1.000 "
        "biên chế).",
        None,
    ),
    # structure: a comparison column naming its base year without "năm" ("so với 2021") is
    # against that year, not the column before it
    _form(
        "table-against-bare-year",
        "| Loại | Năm 2021 | Năm 2025 | Năm 2026 | Giảm 2026 so với 2021 |\n"
        "|---|---|---|---|---|\n| Biên chế công chức | 3.156 | 3.010 | 2.998 | 158 |",
        {
            ("cbcc", 2021, 3156, None, None, None),
            ("cbcc", 2025, 3010, None, None, None),
            ("cbcc", 2026, 2998, None, None, None),
            ("cbcc", 2026, None, 158, 2021, None),
        },
    ),
    # ... and a column against another figure than a year is not read (the row is declined)
    _form(
        "table-against-bare-year/against-another-figure",
        "| Loại | Năm 2021 | Năm 2026 | Giảm so với số Trung ương giao |\n"
        "|---|---|---|---|\n| Biên chế công chức | 3.156 | 2.998 | 158 |",
        None,
    ),
    # "(năm 2023 là N), giảm M": the same unit in another year, then the change against it
    _form(
        "earlier-year-in-parentheses",
        "Tỉnh A giao biên chế năm 2024\n\nTheo nghị quyết, toàn tỉnh được giao 2.287 biên chế "
        "công chức (năm 2023 là 2.324 biên chế), giảm 37 biên chế.",
        {
            ("cbcc", 2024, 2287, None, None, None),
            ("cbcc", 2023, 2324, None, None, None),
            ("cbcc", 2024, None, 37, 2023, None),
        },
    ),
    _form(
        # two earlier years: which one the change is against is not said
        "earlier-year-in-parentheses/two-years",
        "Theo nghị quyết, năm 2024 toàn tỉnh được giao 2.287 biên chế công chức (năm 2022 là "
        "2.400 biên chế, năm 2023 là 2.324 biên chế), giảm 37 biên chế.",
        None,
    ),
    # "trong đó A N biên chế, B N biên chế và N biên chế dự phòng": the reserve, the last part
    _form(
        "reserve-last-of-a-list",
        "Năm 2025, tổng biên chế công chức được giao là 1.860 biên chế, trong đó các sở, ban, "
        "ngành tỉnh 1.004 biên chế, UBND cấp huyện 841 biên chế và 15 biên chế dự phòng.",
        {
            ("cbcc", 2025, 1860, None, None, None),
            ("so-ban-nganh-tinh", 2025, 1004, None, None, None),
            ("ubnd-cap-huyen", 2025, 841, None, None, None),
            ("du-phong", 2025, 15, None, None, None),
        },
        cbcc=("so-ban-nganh-tinh", "ubnd-cap-huyen", "du-phong"),
    ),
    _form(
        # a name holding a comma after the first item: where it starts is not known
        "reserve-last-of-a-list/name-with-comma",
        "Năm 2025, tổng biên chế công chức được giao là 1.860 biên chế, trong đó các sở, ban, "
        "ngành tỉnh 1.004 người, UBND các huyện, thành phố 841 người và 15 biên chế dự phòng.",
        None,
    ),
    # a ranking from the sentence's start ("... nhiều nhất với 214 biên chế; kế đến là ...")
    _form(
        "ranking/from-the-start",
        "Năm 2025, Sở Nông nghiệp và Môi trường được giao nhiều nhất với 214 biên chế; kế đến là "
        "Sở Tài chính 118 biên chế và Sở Nội vụ 96 biên chế.",
        {
            ("so-nong-nghiep-moi-truong", 2025, 214, None, None, None),
            ("so-tai-chinh", 2025, 118, None, None, None),
            ("so-noi-vu", 2025, 96, None, None, None),
        },
    ),
    # "Trong tổng số này, A N, B N, ... các sự nghiệp khác N": shares pointing back to the one
    # unit the sentence before spoke of (in two years: the later)
    _form(
        "shares/pointing-back",
        "Năm 2023, tổng số người làm việc của tỉnh là 25.872 người.\nSo với năm 2022 (26.978 "
        "người), số người làm việc giảm 1.106 người.\nTrong tổng số này, sự nghiệp giáo dục và "
        "đào tạo 21.305 người, sự nghiệp y tế 3.254 người, sự nghiệp khác 1.313 người.",
        {
            ("vc", 2023, 25872, None, None, None),
            ("vc", 2022, 26978, None, None, None),
            ("vc", 2023, None, 1106, 2022, None),
            ("vc-vc-giao-duc-dao-tao", 2023, 21305, None, None, None),
            ("vc-vc-y-te", 2023, 3254, None, None, None),
            ("vc-vc-khac", 2023, 1313, None, None, None),
        },
        vc=("vc-vc-giao-duc-dao-tao", "vc-vc-y-te", "vc-vc-khac"),
    ),
    # a fronted comparison after a reporting clause governs every change of the sentence
    _form(
        "fronted/after-reporting-clause",
        "Năm 2024, tổng biên chế là 5.000 biên chế. Lãnh đạo Sở Nội vụ cho biết, so với năm "
        "2021, biên chế công chức đã giảm 121 biên chế, tỷ lệ 5,02%; số lượng người làm việc "
        "giảm 2.380 người, tỷ lệ 7,93%.",
        {
            ("tong", 2024, 5000, None, None, None),
            ("cbcc", 2024, None, 121, 2021, "5,02%"),
            ("vc", 2024, None, 2380, 2021, "7,93%"),
        },
    ),
    _form(
        # the second change names its own year: the fronted one does not override it
        "fronted/after-reporting-clause/own-base",
        "Năm 2024, tổng biên chế là 5.000 biên chế. Sở Nội vụ cho biết, so với năm 2021, biên "
        "chế công chức đã giảm 121 biên chế; số lượng người làm việc giảm 380 người so với năm "
        "2023.",
        {
            ("tong", 2024, 5000, None, None, None),
            ("cbcc", 2024, None, 121, 2021, None),
            ("vc", 2024, None, 380, 2023, None),
        },
    ),
    # "tức giảm N%": the cut before it as a rate
    _form(
        "rate/that-is",
        "Năm 2026, số lượng người làm việc giảm 17.736 biên chế, tức giảm 14,84% so với số biên "
        "chế được giao năm 2021.",
        {("vc", 2026, None, 17736, 2021, "14,84%")},
    ),
    # a headline's change restates the body's one change of that amount and year: that unit's
    _form(
        "headline-change",
        "Tỉnh A: năm 2024 giảm 312 biên chế\n\nNăm 2024, tổng biên chế của tỉnh là 30.000 biên "
        "chế, giảm 312 so với năm 2023.",
        {("tong", 2024, 30000, None, None, None), ("tong", 2024, None, 312, 2023, None)},
    ),
    # posts asked for, however many words name who is asked, and for the province itself
    _form(
        "asked/long-request",
        "Năm 2022, tỉnh giao 20.000 biên chế viên chức. UBND tỉnh đề nghị Bộ Nội vụ phối hợp với "
        "Bộ Giáo dục và Đào tạo xem xét, tham mưu giao bổ sung cho tỉnh 741 biên chế viên chức sự "
        "nghiệp giáo dục năm 2022.",
        {("vc", 2022, 20000, None, None, None)},
    ),
    _form(
        "asked/long-request/given",  # given, not asked: posts of some unit, not read here
        "Bộ Nội vụ phối hợp với Bộ Giáo dục và Đào tạo xem xét, giao bổ sung cho tỉnh 741 biên "
        "chế viên chức sự nghiệp giáo dục năm 2022.",
        None,
    ),
    # a unit named again with no figure, then "gồm" and its parts by where they work: the
    # parts are read, each a unit of the context's year (twins:
    # test_a_unit_named_again_lists_its_parts_only_after_a_list_word)
    _form(
        "parts/named-again",
        "Năm 2025, số người làm việc của tỉnh là 31.000 người. Nhóm sự nghiệp khác gồm 201 người "
        "ở các đơn vị thuộc UBND tỉnh và 938 người ở các đơn vị thuộc các sở.",
        {
            ("vc", 2025, 31000, None, None, None),
            ("don-vi-thuoc-ubnd-tinh", 2025, 201, None, None, None),
            ("don-vi-thuoc-so", 2025, 938, None, None, None),
        },
    ),
    # clauses of one shape, each a figure and its one change, the first naming the sentence's
    # only comparison: the others compare with the same year
    _form(
        "change/parallel-clauses",
        "Năm 2024, biên chế công chức là 1.842, giảm 19 so với năm 2023; số lượng người làm việc "
        "là 16.062 người, giảm 193 người.",
        {
            ("cbcc", 2024, 1842, None, None, None),
            ("cbcc", 2024, None, 19, 2023, None),
            ("vc", 2024, 16062, None, None, None),
            ("vc", 2024, None, 193, 2023, None),
        },
    ),
    _form(
        "change/parallel-clauses/no-figure",  # the second clause is not of the first's shape
        "Năm 2024, biên chế công chức là 1.842, giảm 19 so với năm 2023; số lượng người làm việc "
        "giảm 193 người.",
        None,
    ),
    _form(
        "change/parallel-clauses/one-clause",  # no ";": the comparison may be the first's alone
        "Năm 2024, biên chế công chức là 1.842, giảm 19 so với năm 2023, số lượng người làm việc "
        "là 16.062 người, giảm 193 người.",
        None,
    ),
    # units besides those above, each named after its count, apart by ";": units of their own
    _form(
        "value/besides-named-after",
        "Năm 2026, tổng biên chế của tỉnh là 5.000 biên chế. Ngoài ra có 60 biên chế các hội đặc "
        "thù; 300 cán bộ, công chức cấp xã; 12 biên chế công đoàn của tỉnh.",
        {
            ("tong", 2026, 5000, None, None, None),
            ("hoi", 2026, 60, None, None, None),
            ("cbcc-xa", 2026, 300, None, None, None),
            ("cong-doan-tinh", 2026, 12, None, None, None),
        },
    ),
    _form(
        "value/besides-named-after/people",  # people named after a count, not posts
        "Ngoài ra có 60 biên chế các hội đặc thù; 300 cán bộ, công chức cấp xã; 12 người lao động "
        "làm việc theo mùa vụ.",
        None,
    ),
    _form(
        "value/besides-named-after/commas",  # no ";": where each name ends is not said
        "Ngoài ra có 60 biên chế các hội đặc thù, 300 cán bộ, công chức cấp xã và 12 biên chế công "
        "đoàn của tỉnh.",
        None,
    ),
    # a headline counting several categories is the body's one unit made of (or named by)
    # the same categories, in its year (twins: test_a_headline_of_several_categories_*)
    _form(
        "headline/several-categories",
        MANY_NAMED.format(headline="1.300", year="2023"),
        {
            ("tong", 2023, 1300, None, None, None),
            ("vc", 2023, 1000, None, None, None),
            ("hoi", 2023, 100, None, None, None),
            ("cbcc-xa", 2023, 200, None, None, None),
        },
        tong=("vc", "hoi", "cbcc-xa"),
    ),
    # a list by level, each item named after its count, opened by "gồm"
    _form(
        "parts/levels-named-after",
        "Năm 2024, tỉnh được giao 3.259 biên chế công chức, gồm 1.702 biên chế cấp tỉnh, 1.556 "
        "biên chế cấp huyện và 1 biên chế dự phòng.",
        {
            ("cbcc", 2024, 3259, None, None, None),
            ("cap-tinh", 2024, 1702, None, None, None),
            ("cap-huyen", 2024, 1556, None, None, None),
            ("du-phong", 2024, 1, None, None, None),
        },
        cbcc=("cap-tinh", "cap-huyen", "du-phong"),
    ),
    _form(
        "parts/levels-named-after/among",  # "trong đó" may name only the largest few
        "Năm 2024, tỉnh được giao 3.259 biên chế công chức, trong đó 1.702 biên chế cấp tỉnh, "
        "1.556 biên chế cấp huyện.",
        None,
    ),
    _form(
        "parts/levels-named-after/one",  # one item is some of the figure, not all its parts
        "Năm 2024, tỉnh được giao 3.259 biên chế công chức, gồm 1.702 biên chế cấp tỉnh.",
        None,
    ),
    # a headline's cut that the body counts only as people who left ("trường hợp") is that
    # count, outside the plan; where the body states a change of the amount, it is that change
    _form(
        "headline-change/leavers",
        LEAVERS_HEADLINE.format(leavers="120", change=""),
        {("tong", 2019, 5000, None, None, None)},
    ),
    _form(
        "headline-change/leavers/a-change",
        LEAVERS_HEADLINE.format(leavers="120", change=", giảm 120 biên chế so với năm 2018"),
        {("tong", 2019, 5000, None, None, None), ("tong", 2019, None, 120, 2018, None)},
    ),
    # people on the budget's payroll, of no body and no category of posts: a count of people
    _form(
        "change/payroll-people",
        "Năm 2018, tổng biên chế của tỉnh là 5.000 biên chế. Trong ba năm 2016 - 2018, số người "
        "hưởng lương từ ngân sách nhà nước đã giảm 860 người.",
        {("tong", 2018, 5000, None, None, None)},
    ),
    _form(
        "change/payroll-people/posts",  # "người làm việc" are viên chức posts: a change
        "Năm 2018, số người làm việc hưởng lương từ ngân sách nhà nước của tỉnh giảm 860 người so "
        "với năm 2016.",
        {("vc", 2018, None, 860, 2016, None)},
    ),
    _form(
        "change/payroll-people/of-a-body",  # posts and people of one sector: its change
        "Năm 2018, số biên chế và người hưởng lương từ ngân sách của ngành y tế giảm 860 người so "
        "với năm 2016.",
        {("so-nguoi-huong-luong-tu", 2018, None, 860, 2016, None)},
    ),
    # a cut not made ("chưa giảm N") is no change; the same words without "chưa" are one
    _form(
        "change/not-yet",
        "Năm 2024, tổng biên chế của tỉnh là 5.000 biên chế; ngành y tế chưa giảm 143 người.",
        {("tong", 2024, 5000, None, None, None)},
    ),
    _form(
        "change/not-yet/made",
        "Năm 2024, tổng biên chế của tỉnh là 5.000 biên chế; ngành y tế giảm 143 người so với năm "
        "2023.",
        {("tong", 2024, 5000, None, None, None), ("nganh-y-te", 2024, None, 143, 2023, None)},
    ),
    # a past rate given as a reason ("vì ... đã giảm 12%"), of no figure, is none of the
    # plan's; said on its own, or compared with a year, it is a claim, and not read here
    _form(
        "rate/reason",
        "Năm 2024, tổng biên chế của tỉnh là 5.000 biên chế, không giảm thêm vì giai đoạn 2015 - "
        "2021 tỉnh đã giảm 12%.",
        {("tong", 2024, 5000, None, None, None)},
    ),
    _form(
        "rate/reason/no-reason",
        "Năm 2024, tổng biên chế của tỉnh là 5.000 biên chế; giai đoạn 2015 - 2021 tỉnh đã giảm "
        "12%.",
        None,
    ),
    _form(
        "rate/reason/compared",
        "Năm 2024, tổng biên chế của tỉnh là 5.000 biên chế, không giảm thêm vì giai đoạn 2015 - "
        "2021 tỉnh đã giảm 12% so với năm 2015.",
        None,
    ),
    # a fronted comparison opening a quotation after the reporting clause governs its changes
    _form(
        "fronted/quoted",
        'Năm 2026, tổng biên chế của tỉnh là 5.000 biên chế. Giám đốc Sở Nội vụ cho biết: "So '
        'với năm 2021, biên chế công chức giảm 63 biên chế; viên chức giảm 18 biên chế".',
        {
            ("tong", 2026, 5000, None, None, None),
            ("cbcc", 2026, None, 63, 2021, None),
            ("vc", 2026, None, 18, 2021, None),
        },
    ),
    # "đúng 10%" after a change is its rate, as "tức" and "bằng" are ("đạt 10%" is not read)
    _form(
        "rate/exactly",
        "Năm 2026, số người làm việc của tỉnh là 5.157 người, giảm 573 người, đúng 10% so với năm "
        "2021 (5.730 người).",
        {
            ("vc", 2026, 5157, None, None, None),
            ("vc", 2026, None, 573, 2021, "10%"),
            ("vc", 2021, 5730, None, None, None),
        },
    ),
    _form(
        "rate/exactly/reached",
        "Năm 2026, số người làm việc của tỉnh là 5.157 người, giảm 573 người, đạt 10% so với năm "
        "2021 (5.730 người).",
        None,
    ),
    # a headline naming only the year it compares with restates the body's one change of
    # that amount against that year
    _form(
        "headline-change/base-only",
        "Bộ A đã giảm 98 biên chế công chức so với năm 2021\n\nNăm 2024, Bộ A được giao 1.860 "
        "biên chế công chức, giảm 98 biên chế so với năm 2021.",
        {
            ("bo-a-cbcc", 2024, None, 98, 2021, None),
            ("bo-a-cbcc", 2024, 1860, None, None, None),
        },
        bo_a=("bo-a-cbcc",),
    ),
    # a headline naming no year at all restates the body's one change of that amount, whatever
    # its years (twins: test_a_yearless_headline_change_is_read_only_as_the_bodys_one)
    _form(
        "headline-change/no-year",
        "Bình An giảm 120 biên chế sau bảy năm\n\nTừ năm 2017 đến năm 2024, tổng biên chế của "
        "huyện giảm 120 biên chế (giảm 30%).",
        {("tong", 2024, None, 120, 2017, "30%"), ("tong", 2024, None, 120, 2017, None)},
    ),
    # the rate of a round count ("giảm gần 4.980 biên chế (giảm 6,7% ...)") is as round:
    # outside with it; of an exact count it is that change's, here with no unit: unread
    _form(
        "approximate-rate",
        "Năm 2020, tổng biên chế là 1.000 biên chế; biên chế hành chính đã giảm gần 4.980 biên "
        "chế (giảm 6,7% so với năm 2015).",
        {("tong", 2020, 1000, None, None, None)},
    ),
    _form(
        "approximate-rate/exact-count",
        "Năm 2020, tổng biên chế là 1.000 biên chế; biên chế hành chính đã giảm 4.980 biên chế "
        "(giảm 6,7% so với năm 2015).",
        None,
    ),
    # people moved ("263 công chức được tiếp nhận về Trung tâm ...") are no unit's posts;
    # posts moved ("263 biên chế được chuyển về ...") are, and that form is not read
    _form(
        "people-moved",
        "Năm 2025, tỉnh giao 5.016 biên chế công chức; 263 công chức được tiếp nhận về Trung tâm "
        "Phục vụ hành chính công.",
        {("cbcc", 2025, 5016, None, None, None)},
    ),
    _form(
        "people-moved/posts-moved",
        "Năm 2025, tỉnh giao 5.016 biên chế công chức; 263 biên chế được chuyển về Trung tâm "
        "Phục vụ hành chính công.",
        None,
    ),
    # a period named at the top: a change against the year before it is the period's
    _form(
        "lead-period",
        "Bộ Nội vụ thẩm định: 29 bộ, ngành giảm biên chế viên chức giai đoạn 2022 - 2026\n\n"
        "Theo kết quả thẩm định, số lượng người làm việc của 29 bộ, ngành giảm 17.736 biên chế, "
        "tức giảm 14,84% so với số biên chế được giao năm 2021.",
        {("vc-29-bo-nganh", 2026, None, 17736, 2021, "14,84%")},
    ),
    _form(
        "lead-period/another-base",
        "Bộ Nội vụ thẩm định biên chế giai đoạn 2022 - 2026\n\nTheo kết quả thẩm định, số lượng "
        "người làm việc của 29 bộ, ngành giảm 17.736 biên chế so với năm 2023.",
        None,
    ),
    # teachers' posts added inside a total ("có 65 biên chế giáo viên bổ sung"): a unit of
    # their own; teachers counted inside it without "bổ sung": a subset, outside
    _form(
        "teachers-added",
        "Năm 2026, tổng biên chế viên chức là 1.000 biên chế. Trong tổng biên chế viên chức có "
        "65 biên chế giáo viên bổ sung cho các địa phương.",
        {
            ("vc", 2026, 1000, None, None, None),
            ("vc-giao-vien-bo-sung", 2026, 65, None, None, None),
        },
    ),
    _form(
        "teachers-added/a-subset",
        "Năm 2026, tổng biên chế viên chức là 1.000 biên chế. Trong tổng biên chế viên chức có "
        "65 biên chế giáo viên.",
        {("vc", 2026, 1000, None, None, None)},
    ),
    # posts a figure leaves out ("chưa bao gồm N"), said where no figure precedes them: no
    # unit's figure; the same count said to be inside the figure ("có N") is a unit of its own
    _form(
        "left-out",
        "Năm 2025, tổng số người làm việc là 8.000 người. Số người làm việc nêu trên chưa bao "
        "gồm 120 biên chế giáo viên được bổ sung theo quyết định của Bộ Chính trị.",
        {("vc", 2025, 8000, None, None, None)},
    ),
    _form(
        "left-out/counted-in",
        "Năm 2025, tổng số người làm việc là 8.000 người. Số người làm việc nêu trên có 120 "
        "biên chế giáo viên được bổ sung theo quyết định của Bộ Chính trị.",
        {
            ("vc", 2025, 8000, None, None, None),
            ("vc-giao-vien-bo-sung", 2025, 120, None, None, None),
        },
    ),
    # leavers after a colon ("Sở X: 250 người xin nghỉ việc"), whichever rule took the count
    _form(
        "leavers-named",
        "Năm 2025, Sở Y tế được giao 900 biên chế.\nSở Y tế: 250 người xin nghỉ việc theo "
        "Nghị định số 178/2024/NĐ-CP.",
        {("so-y-te", 2025, 900, None, None, None)},
    ),
    _form(
        "leavers-named/posts",
        "Năm 2025, Sở Y tế được giao 900 biên chế.\nNăm 2026, Sở Y tế: 850 biên chế.",
        {("so-y-te", 2025, 900, None, None, None), ("so-y-te", 2026, 850, None, None, None)},
    ),
    # contract staff counted in bodies named after them are no block's posts (the twin, left
    # unread: test_contracts_in_bodies_are_no_posts)
    _form(
        "contracts-in-bodies/posts",
        "Năm 2023, biên chế công chức của tỉnh là 2.000 biên chế.\nRà soát lao động làm công "
        "việc hỗ trợ trong các cơ quan hành chính thuộc tỉnh (năm 2023 là 300 biên chế).",
        {
            ("cbcc", 2023, 2000, None, None, None),
            ("ra-soat-lao-dong-lam", 2023, 300, None, None, None),
        },
    ),
    # a figure whose own breakdown adds contract staff into it: no category's figure
    _form(
        "contracts-counted-in",
        "Năm 2024, biên chế hành chính của tỉnh là 1.500 biên chế (cán bộ, công chức: 1.400 "
        "người; hợp đồng lao động theo Nghị định số 111/2022/NĐ-CP: 100 người).",
        None,
    ),
    _form(
        "contracts-counted-in/beside",
        "Năm 2024, biên chế hành chính của tỉnh là 1.500 biên chế; ngoài ra có 100 hợp đồng lao "
        "động theo Nghị định số 111/2022/NĐ-CP.",
        {("cbcc", 2024, 1500, None, None, None)},
    ),
    # groups numbered I, II on rows without figures, each closed by its "Cộng I" row, all by
    # "Tổng cộng (I + II)": the tree the two-name-column table draws
    _form(
        "labelled-groups",
        LABELLED_GROUPS,
        {
            *_series("cap-tinh", 600, 570),
            *_series("cap-huyen", 400, 380),
            *_series("cbcc", 1000, 950),
            *_series("giao-duc", 5000, 4500),
            *_series("y-te", 1000, 900),
            *_series("vc", 6000, 5400),
            *_series("tong", 7000, 6350),
        },
        tong=("cbcc", "vc"),
        cbcc=("cap-tinh", "cap-huyen"),
        vc=("giao-duc", "y-te"),
    ),
    # a roadmap table with the years as rows and the units as columns: each row the sentence
    # a plan writes for its year; the comparison and rate columns are of the column before them
    _form(
        "years-as-rows",
        YEARS_AS_ROWS,
        {
            ("cbcc", 2021, 1000, None, None, None),
            ("vc", 2021, 9000, None, None, None),
            ("tong", 2021, 10000, None, None, None),
            ("cbcc", 2023, 980, None, None, None),
            ("vc", 2023, 8600, None, None, None),
            ("tong", 2023, 9580, None, None, None),
            ("tong", 2023, None, 420, 2021, "4,2%"),
            ("cbcc", 2026, 950, None, None, None),
            ("vc", 2026, 8100, None, None, None),
            ("tong", 2026, 9050, None, None, None),
            ("tong", 2026, None, 950, 2021, "9,5%"),
        },
    ),
    # a comparison column before every figure column is of no column: the row is not read
    _form(
        "years-as-rows/comparison-first",
        "Lộ trình biên chế của tỉnh\n\n| Năm | Giảm so với năm 2021 | Công chức | Viên chức |\n"
        "|---|---|---|---|\n| 2026 | 950 | 950 | 8.100 |\n",
        None,
    ),
    # a bare rate in parentheses right after a change is its rate; after a value, no one's
    _form(
        "paren-rate",
        "Đến năm 2026, biên chế công chức của tỉnh là 950 biên chế, giảm 50 biên chế (5,00%) so "
        "với năm 2021.",
        {("cbcc", 2026, 950, None, None, None), ("cbcc", 2026, None, 50, 2021, "5,00%")},
    ),
    _form("paren-rate/after-a-value", "Năm 2026, biên chế công chức là 950 biên chế (95%).", None),
    # a comparison closing the sentence, its only one, governs each change of the sentence;
    # one in the middle governs only the change it follows
    _form(
        "closing-base",
        "Đến năm 2026, biên chế công chức giảm 50 biên chế, biên chế viên chức giảm 900 biên chế "
        "so với năm 2021.",
        {("cbcc", 2026, None, 50, 2021, None), ("vc", 2026, None, 900, 2021, None)},
    ),
    _form(
        "closing-base/in-the-middle",
        "Đến năm 2026, biên chế công chức giảm 50 biên chế so với năm 2021, biên chế viên chức "
        "giảm 900 biên chế.",
        None,
    ),
    # "giữ nguyên N biên chế như năm Y": the figure, and no change against the year named;
    # without the year, the same as what is not said
    _form(
        "kept-with-figure",
        "Năm 2022, biên chế công chức giữ nguyên 2.014 biên chế như năm 2021.",
        {("cbcc", 2022, 2014, None, None, None), ("cbcc", 2022, None, 0, 2021, None)},
    ),
    _form(
        "kept-with-figure/no-year",
        "Năm 2022, biên chế công chức giữ nguyên 2.014 biên chế.",
        None,
    ),
    # a lead-in saying the list's changes are against the year before: each item's change
    # naming no year compares with the year before the item's
    _form(
        "list-against-previous",
        "2. Số lượng người làm việc\nLộ trình thực hiện (số giảm tính so với năm liền trước):\n"
        "- Năm 2024: 18.500 người, giảm 500 người;\n- Năm 2025: 18.100 người, giảm 400 người.",
        {
            ("vc", 2024, 18500, None, None, None),
            ("vc", 2024, None, 500, 2023, None),
            ("vc", 2025, 18100, None, None, None),
            ("vc", 2025, None, 400, 2024, None),
        },
    ),
    _form(
        "list-against-previous/not-said",
        "2. Số lượng người làm việc\nLộ trình thực hiện:\n"
        "- Năm 2024: 18.500 người, giảm 500 người;\n- Năm 2025: 18.100 người, giảm 400 người.",
        None,
    ),
    # ... and only its items: a paragraph after the list is not one of them
    _form(
        "list-against-previous/not-an-item",
        "2. Số lượng người làm việc\nLộ trình thực hiện (số giảm tính so với năm liền trước):\n"
        "Năm 2024 là 18.500 người, giảm 500 người.",
        None,
    ),
    # the reserve after a total's categories ("gồm: A cán bộ, công chức; B viên chức; C biên
    # chế dự phòng"): a part beside them; after one category only, no list of parts is said
    _form(
        "reserve-after-categories",
        "Năm 2026, tổng biên chế của tỉnh là 849 biên chế, gồm: 690 biên chế cán bộ, công chức; "
        "151 biên chế viên chức; 8 biên chế dự phòng (cán bộ, công chức).",
        {
            ("tong", 2026, 849, None, None, None),
            ("cbcc", 2026, 690, None, None, None),
            ("vc", 2026, 151, None, None, None),
            ("du-phong", 2026, 8, None, None, None),
        },
        tong=("cbcc", "vc", "du-phong"),
    ),
    _form(
        "reserve-after-categories/one-category",
        "Năm 2026, tổng biên chế của tỉnh là 849 biên chế, gồm: 841 biên chế cán bộ, công chức; "
        "8 biên chế dự phòng.",
        None,
    ),
    # a heading leading the whole's yearly total, narrowed by nothing: its items naming no
    # unit are that total; a heading naming a narrower body's total is no such lead
    _form(
        "whole-total-heading",
        "2. Các cơ quan thực hiện tinh giản theo lộ trình tổng biên chế hằng năm của khối (kể cả "
        "dự phòng) như sau:\n- Năm 2022: 898 biên chế, giảm 12 biên chế so với năm 2021;\n"
        "- Năm 2023: 886 biên chế, giảm 12 biên chế so với năm 2022.",
        {
            ("tong", 2022, 898, None, None, None),
            ("tong", 2022, None, 12, 2021, None),
            ("tong", 2023, 886, None, None, None),
            ("tong", 2023, None, 12, 2022, None),
        },
    ),
    _form(
        "whole-total-heading/narrower",
        "2. Các cơ quan thực hiện tinh giản theo lộ trình tổng biên chế hằng năm của các huyện "
        "như sau:\n- Năm 2022: 898 biên chế, giảm 12 biên chế so với năm 2021;\n"
        "- Năm 2023: 886 biên chế, giảm 12 biên chế so với năm 2022.",
        None,
    ),
    # a column of each row's share of the total is no rate of a change: not read; the figure
    # columns naming one category make a bare "Tổng cộng" that category's total
    _form(
        "share-column",
        SHARES.format(header="Tỷ lệ trong tổng số"),
        {
            ("so-ban-nganh", 2024, 1200, None, None, None),
            ("ubnd-huyen", 2024, 800, None, None, None),
            ("cbcc", 2024, 2000, None, None, None),
        },
        cbcc=("so-ban-nganh", "ubnd-huyen"),
    ),
    # a rate under "Tỷ lệ giảm" with no change beside it is the rate of nothing
    _form("share-column/a-rate", SHARES.format(header="Tỷ lệ giảm"), None),
    # a sentence naming only a year goes on with the unit the sentence before it on its line
    # spoke of; on a line of its own, it names no unit
    _form(
        "next-sentence-same-unit",
        "a) Biên chế công chức: năm 2021 được giao 1.812 biên chế. Năm 2024 giao 1.745 biên "
        "chế, giảm 67 biên chế so với năm 2021.",
        {
            ("cbcc", 2021, 1812, None, None, None),
            ("cbcc", 2024, 1745, None, None, None),
            ("cbcc", 2024, None, 67, 2021, None),
        },
    ),
    _form(
        "next-sentence-same-unit/another-line",
        "Năm 2024 giao 1.745 biên chế, giảm 67 biên chế so với năm 2021.",
        None,
    ),
    # "Trong tổng số N người: A n1 người; B n2 người": the one unit and year stated with N,
    # named again by its figure, and its parts (names after ";" may hold commas); a figure no
    # unit was given, or two units were, names none
    _form(
        "recalled-figure",
        RECALLED.format(first="là 16.335 người", again="16.335"),
        {
            ("vc", 2024, 16335, None, None, None),
            ("so-ban-nganh", 2024, 5391, None, None, None),
            ("ubnd-huyen-thanh-pho", 2024, 10939, None, None, None),
            ("so-y-te", 2024, 5, None, None, None),
        },
        vc=("so-ban-nganh", "ubnd-huyen-thanh-pho", "so-y-te"),
    ),
    _form(
        "recalled-figure/not-stated",
        RECALLED.format(first="là 16.335 người", again="16.000").split("\n", 1)[1],
        None,
    ),
    # "Giao N biên chế công chức năm Y cho <the category's bodies>, giảm ...": one unit, the
    # category of those it is given to; given to one body, whose figure it is is not said
    _form(
        "given-to-the-category",
        GIVEN_TO.format(to="các cơ quan, tổ chức hành chính của tỉnh"),
        {
            ("cbcc", 2024, 1789, None, None, None),
            ("cbcc", 2024, None, 21, 2023, None),
            ("cap-tinh", 2024, 1069, None, None, None),
            ("cap-huyen", 2024, 712, None, None, None),
            ("du-phong", 2024, 8, None, None, None),
        },
        cbcc=("cap-tinh", "cap-huyen", "du-phong"),
    ),
    _form("given-to-the-category/a-body", GIVEN_TO.format(to="Sở Y tế"), None),
    # categories as columns, groups "I", "II" holding each category's sums over their bodies
    # "1", "2": each category a tree of its own, the total the groups' sum (never the bodies'
    # too); a body before any group has no group to be a line of, and is not read so
    # a count of bodies in parentheses after a row's name is no figure of the row
    _form(
        "bodies-counted-in-a-row-name",
        COUNTED_IN_NAME.format(count="(12 khu vực)"),
        {
            ("co-quan-tong-cuc", 2025, 300, None, None, None),
            ("co-quan-tong-cuc", 2026, 290, None, None, None),
            ("chi-cuc-thue-khu-vuc", 2025, 900, None, None, None),
            ("chi-cuc-thue-khu-vuc", 2026, 880, None, None, None),
            ("tong", 2025, 1200, None, None, None),
            ("tong", 2026, 1170, None, None, None),
        },
        tong=("co-quan-tong-cuc", "chi-cuc-thue-khu-vuc"),
    ),
    _form(
        "category-columns-in-groups",
        CATEGORY_GROUPS,
        {
            ("cbcc-tinh", 2025, 130, None, None, None),
            ("vc-tinh", 2025, 1500, None, None, None),
            ("cbcc-tinh-cbcc-so-tai-chinh", 2025, 60, None, None, None),
            ("vc-tinh-vc-so-tai-chinh", 2025, 100, None, None, None),
            ("cbcc-tinh-cbcc-so-y-te", 2025, 70, None, None, None),
            ("vc-tinh-vc-so-y-te", 2025, 1400, None, None, None),
            ("cbcc-huyen", 2025, 90, None, None, None),
            ("vc-huyen", 2025, 2000, None, None, None),
            ("cbcc-du-phong", 2025, 5, None, None, None),
            ("vc-du-phong", 2025, 10, None, None, None),
            ("cbcc", 2025, 225, None, None, None),
            ("vc", 2025, 3510, None, None, None),
        },
        cbcc=("cbcc-tinh", "cbcc-huyen", "cbcc-du-phong"),
        vc=("vc-tinh", "vc-huyen", "vc-du-phong"),
        cbcc_tinh=("cbcc-tinh-cbcc-so-tai-chinh", "cbcc-tinh-cbcc-so-y-te"),
        vc_tinh=("vc-tinh-vc-so-tai-chinh", "vc-tinh-vc-so-y-te"),
    ),
    _form(
        "category-columns-in-groups/a-body-before-the-groups",
        CATEGORY_GROUPS.replace("| I | Khối tỉnh | 130 | 1.500 |\n", "").replace(
            "| III | Dự phòng | 5 | 10 |\n",
            "| III | Dự phòng | 5 | 10 |\n| I | Khối tỉnh | 130 | 1.500 |\n",
        ),
        None,
    ),
    # "A", "B" number the groups (with their own figures) and "1", "2" their lines: a tree,
    # never one flat list of parts (which would double-count every group)
    _form(
        "serial-levels",
        LETTER_GROUPS,
        {
            *_cut("tinh", 2024, 1100, 1090),
            *_cut("so-tai-chinh", 2024, 80, 78),
            *_cut("so-nganh-khac", 2024, 1020, 1012),
            *_cut("cap-huyen", 2024, 900, 895),
            *_cut("huyen-a", 2024, 450, 448),
            *_cut("huyen-b", 2024, 450, 447),
            *_cut("cbcc", 2024, 2000, 1985),
        },
        tinh=("so-tai-chinh", "so-nganh-khac"),
        cap_huyen=("huyen-a", "huyen-b"),
    ),
    _form(
        "serial-levels/one-level",
        LETTER_GROUPS.replace("| A |", "| 1 |").replace("| B |", "| 4 |"),
        {
            *_cut("tinh", 2024, 1100, 1090),
            *_cut("so-tai-chinh", 2024, 80, 78),
            *_cut("so-nganh-khac", 2024, 1020, 1012),
            *_cut("cap-huyen", 2024, 900, 895),
            *_cut("huyen-a", 2024, 450, 448),
            *_cut("huyen-b", 2024, 450, 447),
            *_cut("cbcc", 2024, 2000, 1985),
        },
        tinh=(),
        cap_huyen=(),
    ),
    # an authority asking another to give ("UBND tỉnh đề nghị Bộ Nội vụ giao N"): neither is
    # the unit; the count names its category
    _form(
        "agent-asks-agent",
        "Năm 2025, UBND tỉnh đề nghị Bộ Nội vụ giao 2.050 biên chế công chức, tăng 50 biên chế "
        "so với năm 2024.",
        {("cbcc", 2025, 2050, None, None, None), ("cbcc", 2025, None, -50, 2024, None)},
    ),
    _form(
        "agent-asks-agent/a-body",
        "Năm 2025, UBND tỉnh đề nghị Sở Tài chính bố trí kinh phí cho 2.050 biên chế công chức.",
        None,
    ),
    # a colon after a word opening a list introduces the parts, not the unit's own figure
    _form(
        "parts-after-colon",
        "Năm 2021, tổng biên chế của tỉnh là 22.000 biên chế, gồm: 2.000 biên chế công chức và "
        "20.000 biên chế viên chức.",
        {
            ("tong", 2021, 22000, None, None, None),
            ("cbcc", 2021, 2000, None, None, None),
            ("vc", 2021, 20000, None, None, None),
        },
        tong=("cbcc", "vc"),
    ),
    _form(
        "parts-after-colon/a-value",
        "Năm 2021, tổng biên chế của tỉnh: 22.000 biên chế.",
        {("tong", 2021, 22000, None, None, None)},
    ),
    # "Tổng biên chế khối Đảng", "tổng biên chế cấp huyện": a part's total is that part's
    # figure, never a second figure of the document's total
    _form(
        "total-of-a-part",
        "Năm 2024, tổng biên chế của tỉnh là 30.000 biên chế.\nNăm 2024, tổng biên chế khối "
        "Đảng là 500 biên chế.\nNăm 2024, tổng biên chế cấp huyện là 9.000 biên chế.",
        {
            ("tong", 2024, 30000, None, None, None),
            ("dang", 2024, 500, None, None, None),
            ("cap-huyen", 2024, 9000, None, None, None),
        },
    ),
    _form(
        "total-of-a-part/the-whole",
        "Năm 2024, tổng biên chế của tỉnh là 30.000 biên chế.\nNăm 2025, tổng số biên chế toàn "
        "tỉnh là 29.500 biên chế.",
        {("tong", 2024, 30000, None, None, None), ("tong", 2025, 29500, None, None, None)},
    ),
    # "trong đó" also names only the largest few: a list in the sentence that neither adds
    # up to its unit nor ends with the rest ("khác") is not read; one that does is the parts
    _form(
        "among-list",
        "Tổng số người làm việc năm 2025 là 24.500 người, trong đó sự nghiệp giáo dục 19.800; "
        "sự nghiệp y tế 2.900; sự nghiệp khác 1.800.",
        {
            ("vc", 2025, 24500, None, None, None),
            ("vc-vc-giao-duc", 2025, 19800, None, None, None),
            ("vc-vc-y-te", 2025, 2900, None, None, None),
            ("vc-vc-khac", 2025, 1800, None, None, None),
        },
        vc=("vc-vc-giao-duc", "vc-vc-y-te", "vc-vc-khac"),
    ),
    _form(
        "among-list/some-of-them",
        "Tổng số người làm việc năm 2025 là 24.500 người, trong đó sự nghiệp giáo dục 19.800; "
        "sự nghiệp y tế 2.900.",
        None,
    ),
    # a short unnumbered line naming one year ("Biên chế năm 2025") turns the text to that
    # year; a date line names no year of the figures
    _form(
        "year-title",
        "Biên chế năm 2024\nBiên chế công chức 1.950 biên chế.\nBiên chế năm 2025\nBiên chế "
        "công chức 1.930 biên chế.",
        {("cbcc", 2024, 1950, None, None, None), ("cbcc", 2025, 1930, None, None, None)},
    ),
    _form(
        "year-title/a-date",
        "Bình An, ngày 15 tháng 12 năm 2024\nBiên chế công chức 1.950 biên chế.",
        None,
    ),
    # a block's counts named by their categories are its lines; a count after another
    # unit's name is that unit's, never a second line of the first
    _form(
        "lines-by-category",
        "Năm 2025, cấp tỉnh được giao 1.400 biên chế công chức và 9.000 biên chế viên chức.",
        {
            ("cap-tinh-cbcc", 2025, 1400, None, None, None),
            ("cap-tinh-vc", 2025, 9000, None, None, None),
        },
        cap_tinh=("cap-tinh-cbcc", "cap-tinh-vc"),
    ),
    _form(
        "lines-by-category/another-unit",
        "Năm 2025, cấp tỉnh được giao 1.400 biên chế công chức, cấp huyện 1.100 biên chế công "
        "chức.",
        None,
    ),
    # who speaks ("Theo ông A, Giám đốc Sở Nội vụ, ...") is never the unit; the body named
    # as the subject is
    _form(
        "speaker",
        "Theo ông Trần Văn B, Giám đốc Sở Nội vụ, năm 2024 tỉnh được Trung ương giao 2.450 biên "
        "chế công chức và 28.300 biên chế viên chức.",
        {("cbcc", 2024, 2450, None, None, None), ("vc", 2024, 28300, None, None, None)},
    ),
    _form(
        "speaker/the-body",
        "Năm 2024, Sở Nội vụ được giao 45 biên chế công chức.",
        {("so-noi-vu-cbcc", 2024, 45, None, None, None)},
    ),
    # a share of bodies ("10% đơn vị sự nghiệp") is no change of posts
    _form(
        "share-of-bodies",
        "Năm 2025, biên chế viên chức là 20.000 biên chế.\nPhấn đấu đến năm 2025 giảm thêm 10% "
        "đơn vị sự nghiệp công lập so với năm 2021.",
        {("vc", 2025, 20000, None, None, None)},
    ),
    _form(
        "share-of-bodies/of-posts",
        "Năm 2025, biên chế viên chức là 20.000 biên chế, giảm 10% so với năm 2021.",
        {("vc", 2025, 20000, None, None, None), ("vc", 2025, None, 0, 2021, "10%")},
    ),
    # all a clause says is left out ("không bao gồm A và 38 biên chế các hội") is outside;
    # a figure stated after a parenthesis leaving something out is read
    _form(
        "left-out-in-clause",
        "Năm 2025, biên chế công chức là 2.000 biên chế.\nBiên chế giao năm 2021 theo Quyết định "
        "của Bộ Nội vụ; không bao gồm biên chế cán bộ, công chức cấp xã và 38 biên chế các hội "
        "có tính chất đặc thù.",
        {("cbcc", 2025, 2000, None, None, None)},
    ),
    _form(
        "left-out-in-clause/stated-after",
        "Số lượng người làm việc (không bao gồm hợp đồng) năm 2025 là 24.500 người.",
        {("vc", 2025, 24500, None, None, None)},
    ),
    # a prose list of a total's parts, then an annex table naming them otherwise: the table's
    # rows are not more parts (no sum of five parts against the total)
    _form(
        "two-listings",
        "Điều 1. Giao 2.112 biên chế công chức năm 2024, trong đó:\n1. Cấp tỉnh: 1.165 biên "
        "chế.\n2. Cấp huyện: 932 biên chế.\n3. Dự phòng: 15 biên chế.\n\n| STT | Cơ quan | Năm "
        "2024 |\n|---|---|---|\n| 1 | Các sở, ban, ngành | 1.165 |\n| 2 | UBND các huyện | 932 "
        "|\n| 3 | Dự phòng | 15 |\n| | Tổng cộng biên chế công chức | 2.112 |\n",
        {
            ("cbcc", 2024, 2112, None, None, None),
            ("cap-tinh", 2024, 1165, None, None, None),
            ("cap-huyen", 2024, 932, None, None, None),
            ("du-phong", 2024, 15, None, None, None),
            ("so-ban-nganh", 2024, 1165, None, None, None),
            ("ubnd-huyen", 2024, 932, None, None, None),
        },
        cbcc=("cap-tinh", "cap-huyen", "du-phong"),
    ),
    # posts given to a recipient ("cho Sở Y tế", "cho các hội có tính chất đặc thù") are the
    # recipient's, never the category's whole; a recipient that is the whole keeps it
    _form(
        "recipient",
        "Năm 2025, giao 80 biên chế công chức cho Sở Y tế.\nNăm 2025, UBND tỉnh giao 96 người "
        "làm việc cho 11 tổ chức hội có tính chất đặc thù.",
        {("so-y-te-cbcc", 2025, 80, None, None, None), ("hoi", 2025, 96, None, None, None)},
    ),
    _form(
        "recipient/the-whole",
        "Năm 2025, giao 2.000 biên chế công chức cho các cơ quan, tổ chức hành chính của tỉnh.",
        {("cbcc", 2025, 2000, None, None, None)},
    ),
    # one count inside a figure, not equal to it, is some of its posts: unread
    _form(
        "one-part",
        "Năm 2025, huyện A có 8.168 người (gồm 8.168 người làm việc).",
        {("huyen-a", 2025, 8168, None, None, None), ("huyen-a-vc", 2025, 8168, None, None, None)},
        huyen_a=("huyen-a-vc",),
    ),
    _form(
        "one-part/some-of-them",
        "Năm 2025, huyện A có 8.168 người (gồm 7.512 người làm việc trong các trường học).",
        None,
    ),
    # a count the text itself says holds no post ("(không thuộc biên chế)") is outside
    _form(
        "said-not-posts",
        "Năm 2025, cán bộ, công chức cấp xã là 294 người.\nNgười hoạt động không chuyên trách ở "
        "cấp xã năm 2025: 168 người (không thuộc biên chế).",
        {("cbcc-xa", 2025, 294, None, None, None)},
    ),
    # part-time commune staff hold no post: outside, said or not, unless the document sets
    # them beside the posts it allocates
    _form(
        "part-time-alone",
        "Năm 2025, cán bộ, công chức cấp xã là 294 người.\nSố người hoạt động không chuyên trách "
        "ở cấp xã năm 2025 là 168 người.",
        {("cbcc-xa", 2025, 294, None, None, None)},
    ),
    _form(
        "part-time-alone/named-after-its-count",
        "Năm 2025, cán bộ, công chức cấp xã là 294 người.\nNgoài ra, các xã, thị trấn bố trí 152 "
        "người hoạt động không chuyên trách cấp xã theo nghị quyết.",
        {("cbcc-xa", 2025, 294, None, None, None)},
    ),
    _form(
        "part-time-alone/allocated-beside-posts",
        "Giao số lượng cán bộ, công chức cấp xã và người hoạt động không chuyên trách ở cấp xã "
        "năm 2025 như sau:\n1. Cán bộ, công chức cấp xã: 294 người.\n2. Người hoạt động không "
        "chuyên trách ở cấp xã: 168 người.",
        {
            ("cbcc-xa", 2025, 294, None, None, None),
            ("nguoi-hoat-dong-khong-chuyen", 2025, 168, None, None, None),
        },
    ),
    # the least cut the law asks for is a rule, not the plan's change
    _form(
        "required-least-cut",
        "Năm 2025, biên chế công chức của tỉnh là 1.871 biên chế.\nĐến năm 2026, biên chế công "
        "chức của tỉnh phải giảm tối thiểu 99 biên chế so với năm 2021.",
        {("cbcc", 2025, 1871, None, None, None)},
    ),
    _form(
        "required-least-cut/the-plans-cut",
        "Năm 2025, biên chế công chức của tỉnh là 1.871 biên chế.\nĐến năm 2026, biên chế công "
        "chức của tỉnh giảm 99 biên chế so với năm 2021.",
        {("cbcc", 2025, 1871, None, None, None), ("cbcc", 2026, None, 99, 2021, None)},
    ),
    # a further cut split by category compares with no year: all of it outside (it once left
    # the categories' shares with no base year, and the plan could not be built)
    _form(
        "further-cut-by-category",
        "Năm 2025, tỉnh có 1.871 biên chế công chức và 20.388 người làm việc.\nĐến năm 2026, "
        "tỉnh còn phải giảm thêm 2 biên chế công chức và 170 người làm việc.",
        {("cbcc", 2025, 1871, None, None, None), ("vc", 2025, 20388, None, None, None)},
    ),
    # a parenthesis line speaks of the item above, not of the base year's figure it recalls
    _form(
        "paren-line-after-a-recalled-base",
        "Năm 2025, biên chế công chức của tỉnh là 1.873 biên chế, giảm 29 biên chế so với năm "
        "2024 (1.902 biên chế).\n(giảm 98 biên chế, tỷ lệ 4,97% so với năm 2021)",
        {
            ("cbcc", 2025, 1873, None, None, None),
            ("cbcc", 2025, None, 29, 2024, None),
            ("cbcc", 2024, 1902, None, None, None),
            ("cbcc", 2025, None, 98, 2021, "4,97%"),
        },
    ),
    _form(
        "paren-line-after-a-recalled-base/of-that-year",
        "Năm 2024, biên chế công chức của tỉnh là 1.902 biên chế.\n(giảm 69 biên chế so với năm "
        "2021)",
        {("cbcc", 2024, 1902, None, None, None), ("cbcc", 2024, None, 69, 2021, None)},
    ),
    # one subject given two changes against one year: each follows its own category's count,
    # so each is that category's; said after both counts, whose is whose is unsure
    _form(
        "two-changes-one-year",
        "Đến năm 2026, Ủy ban còn 434 biên chế công chức, giảm 36 biên chế so với năm 2021, và "
        "302 người làm việc, giảm 34 người so với năm 2021.",
        {
            ("cbcc", 2026, 434, None, None, None),
            ("cbcc", 2026, None, 36, 2021, None),
            ("vc", 2026, 302, None, None, None),
            ("vc", 2026, None, 34, 2021, None),
        },
    ),
    _form(
        "two-changes-one-year/after-both-counts",
        "Đến năm 2026, Ủy ban còn 434 biên chế công chức và 302 người làm việc, giảm 36 biên chế "
        "so với năm 2021 và giảm 34 người so với năm 2021.",
        None,
    ),
    _form(
        "two-changes-one-year/each-its-subject",
        "Đến năm 2026, biên chế công chức của Ủy ban là 434 biên chế, giảm 36 biên chế so với năm "
        "2021; số người làm việc của Ủy ban là 302 người, giảm 34 người so với năm 2021.",
        {
            ("cbcc-uy-ban", 2026, 434, None, None, None),
            ("cbcc-uy-ban", 2026, None, 36, 2021, None),
            ("vc-uy-ban", 2026, 302, None, None, None),
            ("vc-uy-ban", 2026, None, 34, 2021, None),
        },
    ),
    # several categories in one sentence, each its own clause (categories.py): each count is
    # its category's line, each change the clause's own; what a clause leaves unsaid it takes
    # only where the grammar gives it
    _form(
        "categories/counts-after-one-verb",
        "Năm 2023, huyện được giao 812 biên chế công chức và 9.406 người làm việc hưởng lương "
        "từ ngân sách nhà nước.",
        {("cbcc", 2023, 812, None, None, None), ("vc", 2023, 9406, None, None, None)},
    ),
    _form(
        "categories/counts-after-one-verb/given-to-a-body",  # posts given to someone else
        "Năm 2023, huyện được giao 812 biên chế công chức cho Sở Y tế và 9.406 người làm việc.",
        None,
    ),
    _form(
        "categories/counts-after-one-verb/staff-in-post",  # people working, not posts: outside
        "Năm 2023, huyện được giao 850 biên chế công chức.\nNăm 2023, huyện có mặt 812 công chức "
        "và 9.406 viên chức đang làm việc.",
        {("huyen-cbcc", 2023, 850, None, None, None)},
    ),
    _form(
        "categories/three-with-commune-staff",
        "Năm 2022, huyện được giao 88 biên chế công chức, 1.210 người làm việc và 240 cán bộ, "
        "công chức cấp xã.",
        {
            ("cbcc", 2022, 88, None, None, None),
            ("vc", 2022, 1210, None, None, None),
            ("cbcc-xa", 2022, 240, None, None, None),
        },
    ),
    _form(
        "categories/three-with-commune-staff/two-named-as-one",  # "công chức, viên chức": both
        "Năm 2022, huyện được giao 88 biên chế công chức, viên chức và 240 cán bộ, công chức "
        "cấp xã.",
        None,
    ),
    _form(
        "categories/each-change-in-parentheses",
        "3. Năm 2026: đề nghị giao 1.204 biên chế công chức (giảm 13 biên chế so với năm 2025) "
        "và 8.730 người làm việc (giảm 95 người so với năm 2025).",
        {
            ("cbcc", 2026, 1204, None, None, None),
            ("cbcc", 2026, None, 13, 2025, None),
            ("vc", 2026, 8730, None, None, None),
            ("vc", 2026, None, 95, 2025, None),
        },
    ),
    _form(
        "categories/comparison-once-joined-by-va",
        "Năm 2026, tỉnh giao 1.204 biên chế công chức, giảm 13 biên chế so với năm 2025, và "
        "8.730 người làm việc, giảm 95 người.",
        {
            ("cbcc", 2026, 1204, None, None, None),
            ("cbcc", 2026, None, 13, 2025, None),
            ("vc", 2026, 8730, None, None, None),
            ("vc", 2026, None, 95, 2025, None),
        },
    ),
    _form(
        "categories/comparison-once-joined-by-va/bare-comma",  # its reach may end at the first
        "Năm 2026, tỉnh giao 1.204 biên chế công chức, giảm 13 biên chế so với năm 2025, 8.730 "
        "người làm việc, giảm 95 người.",
        None,
    ),
    _form(
        "categories/named-first-three",
        "Biên chế công chức năm 2026 là 1.507, giảm 21 so với năm 2025; số người làm việc là "
        "12.044 người, giảm 160 người; biên chế các hội có tính chất đặc thù là 64, giảm 3 biên "
        "chế.",
        {
            ("cbcc", 2026, 1507, None, None, None),
            ("cbcc", 2026, None, 21, 2025, None),
            ("vc", 2026, 12044, None, None, None),
            ("vc", 2026, None, 160, 2025, None),
            ("hoi", 2026, 64, None, None, None),
            ("hoi", 2026, None, 3, 2025, None),
        },
    ),
    _form(
        "categories/named-first-three/comparison-in-the-middle",  # whose else, unsaid
        "Biên chế công chức năm 2026 là 1.507, giảm 21; số người làm việc là 12.044 người, giảm "
        "160 người so với năm 2025; biên chế các hội có tính chất đặc thù là 64, giảm 3 biên chế.",
        None,
    ),
    _form(
        "categories/quoted",
        "“Năm 2026, tỉnh giao 1.507 biên chế công chức, giảm 21 biên chế so với năm 2025; số "
        "người làm việc là 12.044 người, giảm 160 người”, Giám đốc Sở Nội vụ cho biết.",
        {
            ("cbcc", 2026, 1507, None, None, None),
            ("cbcc", 2026, None, 21, 2025, None),
            ("vc", 2026, 12044, None, None, None),
            ("vc", 2026, None, 160, 2025, None),
        },
    ),
    _form(
        "categories/quoted/figure-outside-the-quote",
        "“Năm 2026, tỉnh giao 1.507 biên chế công chức, giảm 21 biên chế so với năm 2025; số "
        "người làm việc là 12.044 người, giảm 160 người”, Giám đốc Sở Nội vụ cho biết trước 54 "
        "đại biểu.",
        None,
    ),
    _form(
        "categories/closing-comparison",
        "Đến năm 2026, biên chế công chức giảm 77 biên chế (5,12%), số lượng người làm việc giảm "
        "1.310 người (10,04%) so với năm 2021.",
        {("cbcc", 2026, None, 77, 2021, "5,12%"), ("vc", 2026, None, 1310, 2021, "10,04%")},
    ),
    _form(
        "categories/closing-comparison/closing-the-first",  # the second's year is unsaid
        "Đến năm 2026, biên chế công chức giảm 77 biên chế (5,12%) so với năm 2021, số lượng "
        "người làm việc giảm 1.310 người (10,04%).",
        None,
    ),
    _form(
        "categories/fronted-comparison",
        "So với năm 2021, biên chế công chức năm 2025 đã giảm 70 biên chế, tương đương 4,65%; số "
        "người làm việc giảm 1.122 người, tương đương 8,9%.",
        {("cbcc", 2025, None, 70, 2021, "4,65%"), ("vc", 2025, None, 1122, 2021, "8,9%")},
    ),
    _form(
        "categories/fronted-comparison/each-its-year",  # read clause by clause, each its year
        "So với năm 2021, biên chế công chức năm 2025 đã giảm 70 biên chế, tương đương 4,65%; số "
        "người làm việc năm 2024 giảm 1.122 người, tương đương 8,9%.",
        {("cbcc", 2025, None, 70, 2021, "4,65%"), ("vc", 2024, None, 1122, 2021, "8,9%")},
    ),
    _form(
        "categories/year-item",
        "- Năm 2025: 1.540 biên chế công chức; 11.900 người làm việc hưởng lương từ ngân sách "
        "nhà nước.",
        {("cbcc", 2025, 1540, None, None, None), ("vc", 2025, 11900, None, None, None)},
    ),
    _form(
        "categories/year-item/staff-in-post",
        "- Năm 2025: 1.540 công chức và 11.900 viên chức có mặt.",
        None,
    ),
    _form(
        "categories/respective-changes",
        "- Năm 2024: biên chế công chức 905; số lượng người làm việc 6.212; mỗi chỉ tiêu giảm "
        "tương ứng 9 và 61 so với năm 2023.",
        {
            ("cbcc", 2024, 905, None, None, None),
            ("cbcc", 2024, None, 9, 2023, None),
            ("vc", 2024, 6212, None, None, None),
            ("vc", 2024, None, 61, 2023, None),
        },
    ),
    _form(
        "categories/respective-changes/more-counts-than-clauses",
        "- Năm 2024: biên chế công chức 905; số lượng người làm việc 6.212; mỗi chỉ tiêu giảm "
        "tương ứng 9, 61 và 4 so với năm 2023.",
        None,
    ),
    _form(
        "categories/respective-changes/a-clause-with-its-own",  # which count is whose, unsure
        "- Năm 2024: biên chế công chức 905, giảm 9; số lượng người làm việc 6.212; mỗi chỉ tiêu "
        "giảm tương ứng 9 và 61 so với năm 2023.",
        None,
    ),
    _form(
        "categories/kept-together",
        "Năm 2023, tổng biên chế là 7.118 biên chế. Năm 2024, biên chế công chức và số lượng "
        "người làm việc được giữ nguyên như năm 2023.",
        {
            ("tong", 2023, 7118, None, None, None),
            ("cbcc", 2024, None, 0, 2023, None),
            ("vc", 2024, None, 0, 2023, None),
        },
    ),
    _form(
        "categories/kept-together/named-as-one",  # "công chức, viên chức": their sum, unchanged
        "Năm 2023, tổng biên chế là 7.118 biên chế. Năm 2024, biên chế công chức, viên chức được "
        "giữ nguyên như năm 2023.",
        {("tong", 2023, 7118, None, None, None), ("tong", 2024, None, 0, 2023, None)},
    ),
    _form(
        "categories/recalled-bases",
        "Theo Giám đốc Sở Nội vụ, so với số được giao năm 2021 (1.905 biên chế công chức và "
        "24.310 người làm việc), đến năm 2025 tỉnh đã giảm 96 biên chế công chức, đạt 5,04%, và "
        "2.450 người làm việc, đạt 10,08%.",
        {
            ("cbcc", 2021, 1905, None, None, None),
            ("cbcc", 2025, None, 96, 2021, "5,04%"),
            ("vc", 2021, 24310, None, None, None),
            ("vc", 2025, None, 2450, 2021, "10,08%"),
        },
    ),
    _form(
        "categories/recalled-bases/with-their-total",  # the total and its parts: not this row's
        "Theo Giám đốc Sở Nội vụ, so với số được giao năm 2021 (26.215 biên chế, gồm 1.905 biên "
        "chế công chức và 24.310 người làm việc), đến năm 2025 tỉnh đã giảm 96 biên chế công "
        "chức, đạt 5,04%, và 2.450 người làm việc, đạt 10,08%.",
        None,
    ),
    _form(
        "categories/recalled-bases/another-category-changed",  # the hội's base is not recalled
        "Theo Giám đốc Sở Nội vụ, so với số được giao năm 2021 (1.905 biên chế công chức và "
        "24.310 người làm việc), đến năm 2025 tỉnh đã giảm 96 biên chế công chức, đạt 5,04%, và "
        "2.450 biên chế các hội đặc thù, đạt 10,08%.",
        None,
    ),
    _form(
        "categories/reported-quote",
        'Giám đốc Sở Nội vụ cho biết: "Năm 2025 tỉnh giao 1.690 biên chế công chức, giảm 18 biên '
        'chế so với năm 2024; số người làm việc là 21.400 người, giảm 380 người".',
        {
            ("cbcc", 2025, 1690, None, None, None),
            ("cbcc", 2025, None, 18, 2024, None),
            ("vc", 2025, 21400, None, None, None),
            ("vc", 2025, None, 380, 2024, None),
        },
    ),
    # (the row's grammar declines a sentence holding a number outside it; the general reader
    # reads the quotation clause by clause, its opening mark naming no unit: eng-news,
    # session 7; "thứ 18" numbers the session)
    _form(
        "categories/reported-quote/a-number-outside",
        'Tại kỳ họp thứ 18, Giám đốc Sở Nội vụ cho biết: "Năm 2025 tỉnh giao 1.690 biên chế công '
        "chức, giảm 18 biên chế so với năm 2024; số người làm việc là 21.400 người, giảm 380 "
        'người".',
        {
            ("cbcc", 2025, 1690, None, None, None),
            ("cbcc", 2025, None, 18, 2024, None),
            ("vc", 2025, 21400, None, None, None),
            ("vc", 2025, None, 380, 2024, None),
        },
    ),
    _form(
        "categories/target-cited-between",
        "Như vậy, so với năm 2021, biên chế công chức năm 2024 giảm 131 biên chế (5,8%), vượt "
        "mục tiêu giảm tối thiểu 5% đến năm 2026 theo Kết luận số 40-KL/TW; số người làm việc "
        "giảm 905 người (10,2%).",
        {("cbcc", 2024, None, 131, 2021, "5,8%"), ("vc", 2024, None, 905, 2021, "10,2%")},
    ),
    _form(
        "categories/target-cited-between/not-said-least",  # "5%": whose rate, unsaid
        "Như vậy, so với năm 2021, biên chế công chức năm 2024 giảm 131 biên chế (5,8%), vượt "
        "mục tiêu 5% đến năm 2026 theo Kết luận số 40-KL/TW; số người làm việc giảm 905 người "
        "(10,2%).",
        None,
    ),
    _form(
        "categories/level-topic",
        "Năm 2025, tổng biên chế là 9.000 biên chế.\n3. Biên chế cấp huyện: biên chế công chức "
        "410 người; biên chế viên chức 6.275 người.",
        {
            ("tong", 2025, 9000, None, None, None),
            ("cbcc-huyen", 2025, 410, None, None, None),
            ("vc-huyen", 2025, 6275, None, None, None),
        },
    ),
    _form(
        "categories/year-after-given",
        "Biên chế công chức được giao năm 2021 là 1.762 biên chế; số người làm việc được giao là "
        "20.118 người.",
        {("cbcc", 2021, 1762, None, None, None), ("vc", 2021, 20118, None, None, None)},
    ),
    _form(
        "categories/one-category-twice",  # two figures of one category: whose each is, unsaid
        "Năm 2022, huyện được giao 88 biên chế công chức và 35 biên chế công chức.",
        None,
    ),
)


@pytest.mark.parametrize("form", FORMS, ids=[form.name for form in FORMS])
def test_form(form: Form) -> None:
    check_form(form)
