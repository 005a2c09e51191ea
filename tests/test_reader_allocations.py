"""Forms of Party allocations, ministry plans and tables (branch `allocations`), each an
example read whole and its twin, one change away, that must be declined or read otherwise.
Written by hand in the genre's forms, not copied from a corpus document; same harness as
tests/reader_forms/."""

from __future__ import annotations

import pytest

from tests.reader_forms.common import Form, _form, _rows, check_form

FORMS = (
    # a table column counting people who left ("Số người đã tinh giản") is outside the plan:
    # the row's posts are read alone
    _form(
        "table-leavers-column",
        "Biên chế các khối năm 2020\n\n| Khối | Biên chế được giao | Số người đã tinh giản |\n"
        "|---|---|---|\n| Văn phòng | 300 | 12 |\n| Thanh tra | 700 | 30 |\n"
        "| Tổng cộng | 1.000 | 42 |",
        {
            ("van-phong", 2020, 300, None, None, None),
            ("thanh-tra", 2020, 700, None, None, None),
            ("tong", 2020, 1000, None, None, None),
        },
        tong=("van-phong", "thanh-tra"),
    ),
    # ... a column of posts cut ("Biên chế tinh giản") names no people: it may be a change of
    # the posts, against no year, so the rows are declined
    _form(
        "table-leavers-column/posts-cut",
        "Biên chế các khối năm 2020\n\n| Khối | Biên chế được giao | Biên chế tinh giản |\n"
        "|---|---|---|\n| Văn phòng | 300 | 12 |\n| Thanh tra | 700 | 30 |\n"
        "| Tổng cộng | 1.000 | 42 |",
        None,
    ),
    # a fronted comparison whose parenthesis gives each category's base-year figure: each is
    # the figure of the one changed unit of that category
    _form(
        "fronted-categories",
        "So với biên chế được giao năm 2021 (1.000 cán bộ, công chức; 200 viên chức), biên chế "
        "cán bộ, công chức năm 2026 giảm 50 biên chế; biên chế viên chức năm 2026 giảm 20 "
        "biên chế.",
        {
            ("cbcc", 2021, 1000, None, None, None),
            ("cbcc", 2026, None, 50, 2021, None),
            ("vc", 2021, 200, None, None, None),
            ("vc", 2026, None, 20, 2021, None),
        },
    ),
    # ... a category no change of the sentence speaks of: its figure has no unit, so nothing
    _form(
        "fronted-categories/category-not-changed",
        "So với biên chế được giao năm 2021 (1.000 cán bộ, công chức; 200 viên chức), biên chế "
        "cán bộ, công chức năm 2026 giảm 50 biên chế.",
        None,
    ),
    # a unit listed twice (its categories in its sentence, its bodies below it) is split two
    # ways: which is its parts is not said, so neither is (both would count every post twice)
    _form(
        "listed-twice",
        "Năm 2026, biên chế của khối là 500 biên chế, gồm 400 biên chế cán bộ, công chức và "
        "100 biên chế viên chức.\nCụ thể như sau:\n1. Văn phòng: 300 biên chế.\n"
        "2. Thanh tra: 200 biên chế.",
        {
            ("khoi", 2026, 500, None, None, None),
            ("khoi-cbcc", 2026, 400, None, None, None),
            ("khoi-vc", 2026, 100, None, None, None),
            ("van-phong", 2026, 300, None, None, None),
            ("thanh-tra", 2026, 200, None, None, None),
        },
        khoi=(),
    ),
    # ... also where one listing does not add up
    _form(
        "listed-twice/categories-do-not-add-up",
        "Năm 2026, biên chế của khối là 500 biên chế, gồm 400 biên chế cán bộ, công chức và "
        "90 biên chế viên chức.\nCụ thể như sau:\n1. Văn phòng: 300 biên chế.\n"
        "2. Thanh tra: 200 biên chế.",
        {
            ("khoi", 2026, 500, None, None, None),
            ("khoi-cbcc", 2026, 400, None, None, None),
            ("khoi-vc", 2026, 90, None, None, None),
            ("van-phong", 2026, 300, None, None, None),
            ("thanh-tra", 2026, 200, None, None, None),
        },
        khoi=(),
    ),
    # an article ("Điều 2.") after a list is no item of it: read, it leaves the list whole
    _form(
        "article-after-list",
        "Điều 1. Năm 2026, biên chế của khối là 500 biên chế.\nCụ thể như sau:\n"
        "1. Văn phòng: 300 biên chế.\n2. Thanh tra: 200 biên chế.\n"
        "Điều 2. Năm 2021, Sở Y tế được giao 540 biên chế.",
        {
            ("khoi", 2026, 500, None, None, None),
            ("van-phong", 2026, 300, None, None, None),
            ("thanh-tra", 2026, 200, None, None, None),
            ("so-y-te", 2021, 540, None, None, None),
        },
        khoi=("van-phong", "thanh-tra"),
    ),
    # a label before the subject ("Kết quả: ...") is no part of its name: the count is VC's
    _form(
        "label-result",
        "Kết quả: năm 2026, số lượng người làm việc của các bộ giảm 90 người, tương ứng giảm "
        "9,1% so với số được giao năm 2021.",
        {("vc-bo", 2026, None, 90, 2021, "9,1%")},
    ),
    # ... the same words without the label's colon name a body of their own, of no category
    _form(
        "label-result/in-the-name",
        "Năm 2026, kết quả số lượng người làm việc của các bộ là 900 người.",
        {("ket-qua-so-luong-nguoi", 2026, 900, None, None, None)},
    ),
    # the base year's figure said after the comparison ("so với ... năm 2024 là N"): that
    # year's figure of the unit compared
    _form(
        "base-after-comparison",
        "Năm 2025, tổng số là 980 người, giảm 20 người so với tổng số đã giao năm 2024 là "
        "1.000 người.",
        {
            ("tong", 2025, 980, None, None, None),
            ("tong", 2025, None, 20, 2024, None),
            ("tong", 2024, 1000, None, None, None),
        },
    ),
    # ... naming another category than the unit compared: not its base, nothing is read
    _form(
        "base-after-comparison/another-category",
        "Năm 2025, tổng số là 980 người, giảm 20 người so với năm 2024 là 1.000 công chức.",
        None,
    ),
    # people in post ("số hiện có: 950 người", with or without a category) are no posts:
    # outside the plan, never a part of the figure before them
    _form(
        "in-post-count",
        "Năm 2025, tổng biên chế là 980 biên chế (số hiện có: 950 công chức); số người hiện có "
        "đến tháng 10/2024 là 940 người.",
        {("tong", 2025, 980, None, None, None)},
    ),
    # ... a count in the parenthesis that says nothing of being in post is not read
    _form(
        "in-post-count/not-said",
        "Năm 2025, tổng biên chế là 980 biên chế (số được giao: 950 người).",
        None,
    ),
    # parts named after their counts by where they work ("gồm 400 người ở các đơn vị thuộc
    # ...và 600 người ở ..."): the figure's parts
    _form(
        "parts-by-place-of-work",
        "Năm 2025, các đơn vị sự nghiệp khác là 1.000 người, gồm 400 người ở các đơn vị thuộc "
        "Ủy ban nhân dân tỉnh và 600 người ở các đơn vị thuộc các sở.",
        {
            ("vc-khac", 2025, 1000, None, None, None),
            ("don-vi-thuoc-uy-ban", 2025, 400, None, None, None),
            ("don-vi-thuoc-so", 2025, 600, None, None, None),
        },
        **{"vc-khac": ("don-vi-thuoc-uy-ban", "don-vi-thuoc-so")},
    ),
    # ... not opened as parts ("; 400 người ở ..."): which they are is not said, not read
    _form(
        "parts-by-place-of-work/no-list-word",
        "Năm 2025, các đơn vị sự nghiệp khác là 1.000 người; 400 người ở các đơn vị thuộc Ủy ban "
        "nhân dân tỉnh và 600 người ở các đơn vị thuộc các sở.",
        None,
    ),
    # a list of leavers ("tinh giản 11 cán bộ, 5 công chức và 15 người ..."): every count
    # of it is a count of people leaving, outside the plan
    _form(
        "leavers-list",
        "Năm 2025, tổng biên chế là 1.000 biên chế; dự kiến tinh giản 11 cán bộ, 5 công chức "
        "và 15 người hoạt động không chuyên trách.",
        {("tong", 2025, 1000, None, None, None)},
    ),
    # ... the same list as a cut ("giảm") compared with no year: not read
    _form(
        "leavers-list/a-cut",
        "Năm 2025, tổng biên chế là 1.000 biên chế; dự kiến giảm 11 cán bộ, 5 công chức và 15 "
        "người hoạt động không chuyên trách.",
        None,
    ),
    # a sentence opening "Trong đó:" whose last item is the rest ("khác") lists all of the
    # figure just stated: its parts
    _form(
        "shares-opened",
        "Năm 2025, số lượng người làm việc là 1.000 người.\nTrong đó: sự nghiệp giáo dục 700 "
        "người; sự nghiệp y tế 200 người; sự nghiệp khác 100 người.",
        {
            ("vc", 2025, 1000, None, None, None),
            ("vc-vc-giao-duc", 2025, 700, None, None, None),
            ("vc-vc-y-te", 2025, 200, None, None, None),
            ("vc-vc-khac", 2025, 100, None, None, None),
        },
        vc=("vc-vc-giao-duc", "vc-vc-y-te", "vc-vc-khac"),
    ),
    # "Trong đó, năm 2026: ..." after the 2026 figure: the shares of that figure
    _form(
        "shares-of-a-year",
        "2. Biên chế viên chức\n- Năm 2025: 1.000 người;\n- Năm 2026: 900 người.\nTrong đó, "
        "năm 2026: sự nghiệp giáo dục 600 người, sự nghiệp y tế 200 người, sự nghiệp khác 100 "
        "người.",
        {
            ("vc", 2025, 1000, None, None, None),
            ("vc", 2026, 900, None, None, None),
            ("vc-vc-giao-duc", 2026, 600, None, None, None),
            ("vc-vc-y-te", 2026, 200, None, None, None),
            ("vc-vc-khac", 2026, 100, None, None, None),
        },
        vc=("vc-vc-giao-duc", "vc-vc-y-te", "vc-vc-khac"),
    ),
    # a year's categories each named before its count ("Dự kiến năm 2026: biên chế công chức
    # N biên chế, ...; số lượng người làm việc M người, giảm K người (10%) so với năm 2021")
    _form(
        "year-topic-categories",
        "Dự kiến năm 2026: biên chế công chức 2.000 biên chế, giữ nguyên như năm 2025; số lượng "
        "người làm việc 9.000 người, giảm 1.000 người (10%) so với năm 2021.",
        {
            ("cbcc", 2026, 2000, None, None, None),
            ("cbcc", 2026, None, 0, 2025, None),
            ("vc", 2026, 9000, None, None, None),
            ("vc", 2026, None, 1000, 2021, "10%"),
        },
    ),
    # ... a bare rate after a figure, not a change, is no rate of anything: not read
    _form(
        "year-topic-categories/rate-after-a-figure",
        "Dự kiến năm 2026: biên chế công chức 2.000 biên chế, giữ nguyên như năm 2025; số lượng "
        "người làm việc 9.000 người (10%), giảm 1.000 người so với năm 2021.",
        None,
    ),
    # ... and a body's count of "người" after it is not a category's: not read
    _form(
        "year-topic-categories/a-body-of-people",
        "Dự kiến năm 2026: biên chế công chức 2.000 biên chế; Sở Y tế 300 người.",
        None,
    ),
    # ... nor a category's count after "trong đó", which may be some of the figure's posts
    # (one sector closing the sentence is a subset, outside: the figure alone is read)
    _form(
        "year-topic-categories/among-the-figure",
        "Năm 2021, số lượng người làm việc là 1.000 người, trong đó sự nghiệp giáo dục 700 người.",
        {("vc", 2021, 1000, None, None, None)},
    ),
    # a table whose groups are rows without figures ("I | Biên chế công chức | |"), each
    # closed by its own total ("*Cộng I*"), then a grand total of the groups ("Tổng cộng (I +
    # II)"); the notes below it ("Ghi chú:") open no list of the total's parts
    _form(
        "table-group-headings",
        "| TT | Nội dung | Năm 2021 | Năm 2026 |\n|---|---|---|---|\n"
        "| I | Biên chế công chức | | |\n| 1 | Văn phòng | 100 | 95 |\n"
        "| 2 | Thanh tra | 50 | 47 |\n| | *Cộng I* | 150 | 142 |\n"
        "| II | Số lượng người làm việc | | |\n| 1 | Sự nghiệp y tế | 300 | 270 |\n"
        "| 2 | Sự nghiệp khác | 200 | 180 |\n| | *Cộng II* | 500 | 450 |\n"
        "| | Tổng cộng (I + II) | 650 | 592 |\n\nGhi chú:\n"
        "- Không bao gồm 20 chỉ tiêu hợp đồng lao động.",
        {
            ("van-phong", 2021, 100, None, None, None),
            ("van-phong", 2026, 95, None, None, None),
            ("thanh-tra", 2021, 50, None, None, None),
            ("thanh-tra", 2026, 47, None, None, None),
            ("cbcc", 2021, 150, None, None, None),
            ("cbcc", 2026, 142, None, None, None),
            ("vc-vc-y-te", 2021, 300, None, None, None),
            ("vc-vc-y-te", 2026, 270, None, None, None),
            ("vc-vc-khac", 2021, 200, None, None, None),
            ("vc-vc-khac", 2026, 180, None, None, None),
            ("vc", 2021, 500, None, None, None),
            ("vc", 2026, 450, None, None, None),
            ("tong", 2021, 650, None, None, None),
            ("tong", 2026, 592, None, None, None),
        },
        tong=("cbcc", "vc"),
        cbcc=("van-phong", "thanh-tra"),
        vc=("vc-vc-y-te", "vc-vc-khac"),
    ),
    # ... the same groups as rows with their figures: "1", "2" are the lines of "I", "II"
    _form(
        "table-group-headings/groups-with-figures",
        "| TT | Nội dung | Năm 2021 | Năm 2026 |\n|---|---|---|---|\n"
        "| I | Biên chế công chức | 150 | 142 |\n| 1 | Văn phòng | 100 | 95 |\n"
        "| 2 | Thanh tra | 50 | 47 |\n| II | Số lượng người làm việc | 500 | 450 |\n"
        "| 1 | Sự nghiệp y tế | 300 | 270 |\n| 2 | Sự nghiệp khác | 200 | 180 |\n"
        "| | Tổng cộng (I + II) | 650 | 592 |",
        {
            ("van-phong", 2021, 100, None, None, None),
            ("van-phong", 2026, 95, None, None, None),
            ("thanh-tra", 2021, 50, None, None, None),
            ("thanh-tra", 2026, 47, None, None, None),
            ("cbcc", 2021, 150, None, None, None),
            ("cbcc", 2026, 142, None, None, None),
            ("vc-vc-y-te", 2021, 300, None, None, None),
            ("vc-vc-y-te", 2026, 270, None, None, None),
            ("vc-vc-khac", 2021, 200, None, None, None),
            ("vc-vc-khac", 2026, 180, None, None, None),
            ("vc", 2021, 500, None, None, None),
            ("vc", 2026, 450, None, None, None),
            ("tong", 2021, 650, None, None, None),
            ("tong", 2026, 592, None, None, None),
        },
        tong=("cbcc", "vc"),
        cbcc=("van-phong", "thanh-tra"),
        vc=("vc-vc-y-te", "vc-vc-khac"),
    ),
    # contract staff named after other words ("Rà soát số lao động hợp đồng ... (năm 2022 là
    # 415 người)") are outside the plan, as when their name opens the subject
    _form(
        "contract-staff-named-inside",
        "Năm 2022, các cơ quan hành chính được giao 1.000 biên chế. Rà soát số lao động hợp "
        "đồng làm công việc hỗ trợ trong các cơ quan hành chính (năm 2022 là 415 người).",
        {("co-quan-hanh-chinh", 2022, 1000, None, None, None)},
    ),
    # ... a subject naming posts beside them is no count of contract staff alone: the total
    _form(
        "contract-staff-named-inside/posts-beside-them",
        "Tổng số biên chế, không kể lao động hợp đồng, năm 2022 là 1.415 người.",
        {("tong", 2022, 1415, None, None, None)},
    ),
    # "Biên chế giao cho X": the posts of X, named after "giao cho" (here the hội, never the
    # heading's viên chức)
    _form(
        "posts-given-to",
        "1. Số lượng người làm việc\nNăm 2024, số lượng người làm việc là 900 người.\nBiên chế "
        "giao cho các hội có tính chất đặc thù năm 2024 là 76 người, giữ nguyên như năm 2023.",
        {
            ("vc", 2024, 900, None, None, None),
            ("hoi", 2024, 76, None, None, None),
            ("hoi", 2024, None, 0, 2023, None),
        },
    ),
    # ... a body named so is a body of its own
    _form(
        "posts-given-to/a-body",
        "1. Số lượng người làm việc\nNăm 2024, số lượng người làm việc là 900 người.\nBiên chế "
        "giao cho Trung tâm Y tế năm 2024 là 76 người, giữ nguyên như năm 2023.",
        {
            ("vc", 2024, 900, None, None, None),
            ("trung-tam-y-te", 2024, 76, None, None, None),
            ("trung-tam-y-te", 2024, None, 0, 2023, None),
        },
    ),
    # contract staff listed among a category figure's parts, where the other parts alone add
    # up to it: outside, and the figure is the category's
    _form(
        "category-figure-listing-contracts",
        "Biên chế hành chính năm 2024 của tỉnh là 2.052 biên chế (cán bộ, công chức cấp tỉnh: "
        "1.000 người; cấp huyện: 1.052 người; hợp đồng lao động theo Nghị định số "
        "111/2022/NĐ-CP: 156 người).",
        {
            ("cbcc", 2024, 2052, None, None, None),
            ("cbcc-cbcc-tinh", 2024, 1000, None, None, None),
            ("cap-huyen", 2024, 1052, None, None, None),
        },
        cbcc=("cbcc-cbcc-tinh", "cap-huyen"),
    ),
    # ... where they are needed to add up, the figure holds them: no category's, not read
    _form(
        "category-figure-listing-contracts/holding-them",
        "Biên chế hành chính năm 2024 của tỉnh là 2.208 biên chế (cán bộ, công chức: 2.052 "
        "người; hợp đồng lao động theo Nghị định số 111/2022/NĐ-CP: 156 người).",
        None,
    ),
    # a count read as a figure that people leaving follow ("Sở B: 100 người xin nghỉ việc")
    # counts leavers: outside the plan
    _form(
        "figure-of-leavers",
        "Năm 2025, Sở A được giao 500 biên chế; Sở B: 100 người xin nghỉ việc.",
        {("so-a", 2025, 500, None, None, None)},
    ),
    # ... without the leaving, the body's figure
    _form(
        "figure-of-leavers/a-body",
        "Năm 2025, Sở A được giao 500 biên chế; Sở B: 100 người.",
        {("so-a", 2025, 500, None, None, None), ("so-b", 2025, 100, None, None, None)},
    ),
    # "gồm:" then the parts by category, each a count before its name, the reserve last
    # after "và"
    _form(
        "parts-after-colon",
        "Năm 2026, tổng biên chế là 849 biên chế, gồm: 690 biên chế cán bộ, công chức; 151 "
        "biên chế viên chức và 8 biên chế dự phòng.",
        {
            ("tong", 2026, 849, None, None, None),
            ("cbcc", 2026, 690, None, None, None),
            ("vc", 2026, 151, None, None, None),
            ("du-phong", 2026, 8, None, None, None),
        },
        tong=("cbcc", "vc", "du-phong"),
    ),
    # ... a reserve after a single part is not the rest of a list: not read
    _form(
        "parts-after-colon/reserve-after-one-part",
        "Năm 2026, tổng biên chế là 849 biên chế, gồm: 690 biên chế cán bộ, công chức; 8 biên "
        "chế dự phòng.",
        None,
    ),
    # the same parts listed again for another year are one breakdown, not two
    _form(
        "listed-twice/same-parts-another-year",
        "Năm 2026, tổng biên chế là 1.000 biên chế, gồm 800 biên chế cán bộ, công chức và 200 "
        "biên chế viên chức.\nNăm 2021, tổng biên chế là 1.100 biên chế, gồm 880 biên chế cán "
        "bộ, công chức và 220 biên chế viên chức.",
        {
            ("tong", 2026, 1000, None, None, None),
            ("cbcc", 2026, 800, None, None, None),
            ("vc", 2026, 200, None, None, None),
            ("tong", 2021, 1100, None, None, None),
            ("cbcc", 2021, 880, None, None, None),
            ("vc", 2021, 220, None, None, None),
        },
        tong=("cbcc", "vc"),
    ),
    # a table whose rows are years, each column a category, the last columns the total and
    # its comparison: each row says each column's figure of its year
    _form(
        "table-year-rows",
        "| Năm | Biên chế công chức | Số lượng người làm việc | Tổng cộng | Tổng số giảm so với "
        "năm 2021 | Tỷ lệ giảm |\n|---|---|---|---|---|---|\n"
        "| 2021 (số được giao) | 100 | 900 | 1.000 | - | - |\n"
        "| 2026 | 95 | 805 | 900 | 100 | 10% |",
        {
            ("cbcc", 2021, 100, None, None, None),
            ("cbcc", 2026, 95, None, None, None),
            ("vc", 2021, 900, None, None, None),
            ("vc", 2026, 805, None, None, None),
            ("tong", 2021, 1000, None, None, None),
            ("tong", 2026, 900, None, None, None),
            ("tong", 2026, None, 100, 2021, "10%"),
        },
        tong=("cbcc", "vc"),
    ),
    # one comparison closing the sentence governs every change of it, each of its own unit
    _form(
        "trailing-comparison",
        "Đến năm 2026, biên chế công chức giảm 88 biên chế (5,05%), số lượng người làm việc "
        "giảm 1.797 người (10,01%) so với năm 2021.",
        {
            ("cbcc", 2026, None, 88, 2021, "5,05%"),
            ("vc", 2026, None, 1797, 2021, "10,01%"),
        },
    ),
    # ... not where the sentence compares twice
    _form(
        "trailing-comparison/two-comparisons",
        "Đến năm 2026, biên chế công chức giảm 88 biên chế (5,05%), số lượng người làm việc "
        "giảm 1.797 người (10,01%) so với năm 2021 và giảm 30 người so với năm 2025.",
        None,
    ),
    # ... nor over a year chain of one unit
    _form(
        "trailing-comparison/a-year-chain",
        "Tổng biên chế năm 2025 giảm 20 người; năm 2026 giảm 30 người so với năm 2025.",
        None,
    ),
)


@pytest.mark.parametrize("form", FORMS, ids=[form.name for form in FORMS])
def test_form(form: Form) -> None:
    check_form(form)


def test_shares_naming_another_year_than_the_figure_before_them_are_not_read() -> None:
    """ "Trong đó, năm 2025: ..." after the 2026 figure: whose shares they are is not said;
    the line is reported, the figures above stay read."""
    rows, parts, unread = _rows(
        "2. Biên chế viên chức\n- Năm 2025: 1.000 người;\n- Năm 2026: 900 người.\nTrong đó, "
        "năm 2025: sự nghiệp giáo dục 700 người, sự nghiệp y tế 200 người, sự nghiệp khác 100 "
        "người."
    )
    assert rows == {("vc", 2025, 1000, None, None, None), ("vc", 2026, 900, None, None, None)}
    assert unread == {4}
    assert not parts["vc"]


def test_shares_without_the_rest_are_not_read() -> None:
    """ "Trong đó: A 700 người; B 200 người." without a last "khác": maybe the largest few,
    not all of the figure; the line is reported, the figure above stays read."""
    rows, parts, unread = _rows(
        "Năm 2025, số lượng người làm việc là 1.000 người.\nTrong đó: sự nghiệp giáo dục 700 "
        "người; sự nghiệp y tế 200 người."
    )
    assert rows == {("vc", 2025, 1000, None, None, None)}
    assert unread == {2}
    assert not parts["vc"]


def test_a_table_rows_last_year_does_not_reach_the_text_after_the_table() -> None:
    """A row's years are its columns': a sentence after the table naming no year is not of
    the last column's year (it is reported); under a heading naming the year, it is."""
    table = "| Đơn vị | Năm 2025 | Năm 2026 |\n|---|---|---|\n| Văn phòng | 100 | 95 |\n\n"
    rows, _, unread = _rows(table + "Sở Y tế được giao 20 biên chế.")
    assert ("so-y-te", 2026, 20, None, None, None) not in rows
    assert unread == {5}
    rows, _, unread = _rows("# Biên chế năm 2026\n\n" + table + "Sở Y tế được giao 20 biên chế.")
    assert ("so-y-te", 2026, 20, None, None, None) in rows
    assert not unread


def test_a_blocks_reserve_after_its_categories_is_not_read_as_the_documents() -> None:
    """ "tổng biên chế khối Đảng là 100 biên chế, gồm: 60 ...; 32 ... và 8 biên chế dự
    phòng": the reserve is the block's, which the reserve rule (the document total's, last
    after its categories) would not tell apart: the sentence is left unread; the table below
    is read whole, its rows the parts of its total."""
    rows, parts, unread = _rows(
        "Năm 2026, tổng biên chế khối Đảng là 100 biên chế, gồm: 60 biên chế cán bộ, công "
        "chức; 32 biên chế viên chức và 8 biên chế dự phòng.\n\n| Loại | Năm 2026 |\n"
        "|---|---|\n| Cán bộ, công chức | 60 |\n| Viên chức | 32 |\n| Dự phòng | 8 |\n"
        "| Tổng cộng | 100 |"
    )
    assert ("tong", 2026, 100, None, None, None) in rows
    assert parts["tong"] == ("cbcc", "vc", "du-phong")
    assert unread == {1}


def test_a_comparison_after_two_category_columns_is_of_no_column() -> None:
    """ "| Năm | Công chức | Viên chức | Giảm so với năm 2021 |": of one of them, or of their
    sum? Not said: that row is reported, its figures unused; the other rows are read."""
    rows, _, unread = _rows(
        "| Năm | Biên chế công chức | Số lượng người làm việc | Giảm so với năm 2021 |\n"
        "|---|---|---|---|\n| 2021 | 100 | 900 | - |\n| 2026 | 95 | 805 | 95 |"
    )
    assert rows == {("cbcc", 2021, 100, None, None, None), ("vc", 2021, 900, None, None, None)}
    assert unread == {4}
