"""Session 20, eng-ar1: the forms blind set AR1 (the Northern midlands and mountains around
the 2025 mergers) showed the reader, each as an example read whole (or set outside) and its
twin one change away, left unread or read otherwise. Expected readings are written by hand."""

from __future__ import annotations

import pytest

from tests.reader_forms.common import Row, _rows

ROADMAP = (
    "Kế hoạch tinh giản biên chế ngành y tế\n"
    "\n"
    "Lộ trình giảm hằng năm:\n"
    "\n"
    "| Năm | Số lượng người làm việc | Giảm so với năm trước | Giảm lũy kế so với "
    "năm 2021 | Tỷ lệ giảm lũy kế |\n"
    "|---|---|---|---|---|\n"
    "| 2021 (số giao) | 3.846 | | | |\n"
    "| 2022 | {row} |\n"
    "| 2023 | 3.712 | 78 | 134 | 3,48% |\n"
)

DAY = (
    "Báo cáo biên chế của xã\n"
    "\n"
    "Năm 2024, xã A và xã B được giao tổng cộng 64 biên chế cán bộ, công chức cấp "
    "xã; đến ngày {day} số biên chế này giữ nguyên 64 biên chế so với năm {base}.\n"
)

OWN_REVENUE = (
    "Kế hoạch của Sở Y tế\n"
    "\n"
    "Năm 2026, các bệnh viện được giao 418 người làm việc hưởng lương từ {paid}.\n"
)

GLOSSED_FRONTED = (
    "Nghị quyết về số lượng người làm việc\n"
    "\n"
    "Điều 1. Số lượng người làm việc hưởng lương từ ngân sách nhà nước của tỉnh năm "
    "2026 là 41.226 người.\n"
    "\n"
    "So với năm 2021 (46.020 người, {gloss}), số lượng người làm việc năm 2026 giảm "
    "4.794 người, tỷ lệ 10,42%.\n"
)

GLOSSED_AFTER = (
    "Báo cáo thẩm tra\n"
    "\n"
    "Số lượng người làm việc năm 2026 là 56.870 người, giảm 6.420 người so với năm "
    "2021 (63.290 người, {gloss}), tỷ lệ 10,14%.\n"
)

FRONTED_CATEGORY = (
    "Báo cáo thẩm tra\n"
    "\n"
    "Năm 2026, dự thảo giao 3.214 biên chế công chức.\n"
    "So với {compared} năm 2021{scope} (3.398 biên chế), biên chế năm 2026 giảm 184 "
    "biên chế, đạt tỷ lệ 5,41%.\n"
)

_MERGED = " của ba tỉnh Phú Thọ, Vĩnh Phúc và Hòa Bình"

TRANSFER = (
    "Quyết định điều chuyển biên chế\n"
    "\n"
    "Điều 1. Điều chuyển 186 biên chế công chức năm 2025 từ các sở, cơ quan thuộc Ủy "
    "ban nhân dân tỉnh về Ủy ban nhân dân các xã, phường {purpose}.\n"
    "\n"
    "Điều 2. Năm 2025, biên chế công chức cấp tỉnh là 1.756 biên chế.\n"
)

ROADMAP_ROWS = {
    ("vc", 2021, 3846, None, None, None),
    ("vc", 2022, 3790, None, None, None),
    ("vc", 2022, None, 56, 2021, "1,46%"),
    ("vc", 2023, 3712, None, None, None),
    ("vc", 2023, None, 134, 2021, "3,48%"),
    ("vc", 2023, None, 78, 2022, None),
}

CASES: list[tuple[str, str, set[Row] | None, set[int]]] = [
    # A roadmap row whose fall against the year before and fall to date both compare with
    # the base year: one comparison, once, with the rate (it was read twice).
    ("roadmap/same-comparison", ROADMAP.format(row="3.790 | 56 | 56 | 1,46%"), ROADMAP_ROWS, set()),
    # twin: the two falls differ against the same year: the row is not read
    (
        "roadmap/two-falls-differ",
        ROADMAP.format(row="3.790 | 56 | 57 | 1,48%"),
        {r for r in ROADMAP_ROWS if r[1] != 2022},
        {8},
    ),
    # A figure whose clause runs to a day of another year than the sentence's ("đến ngày
    # 30/6/2025" after "Năm 2024"): not the year in force, unread (it was filed under 2024).
    ("day/other-year", DAY.format(day="30/6/2025", base="2024"), None, {3}),
    # twin: a day of the sentence's own year dates nothing else
    (
        "day/same-year",
        DAY.format(day="31/12/2024", base="2023"),
        {
            ("xa-a-xa-b", 2024, 64, None, None, None),
            ("xa-a-xa-b", 2024, None, 0, 2023, None),
            ("xa-a-xa-b-cbcc-xa", 2024, 64, None, None, None),
        },
        set(),
    ),
    # A body's count of people paid from its own revenue is no budget-paid line of the body
    # (it was read as one): unread.
    ("own-revenue/after-count", OWN_REVENUE.format(paid="nguồn thu sự nghiệp"), None, {3}),
    # twin: paid by the budget, the body's VC line
    (
        "own-revenue/budget",
        OWN_REVENUE.format(paid="ngân sách nhà nước"),
        {("benh-vien-vc", 2026, 418, None, None, None)},
        set(),
    ),
    # A fronted base recalled with its figure and glossed as the merged places' sum.
    (
        "glossed/fronted-sum",
        GLOSSED_FRONTED.format(
            gloss="là tổng số được giao của hai tỉnh Thái Nguyên và Bắc Kạn trước hợp nhất"
        ),
        {
            ("vc", 2021, 46020, None, None, None),
            ("vc", 2026, 41226, None, None, None),
            ("vc", 2026, None, 4794, 2021, "10,42%"),
        },
        set(),
    ),
    # twin: glossed as one old place's, no sum
    (
        "glossed/fronted-one-place",
        GLOSSED_FRONTED.format(gloss="của tỉnh Thái Nguyên cũ"),
        {("vc", 2026, 41226, None, None, None)},
        {5},
    ),
    (
        "glossed/after-sum",
        GLOSSED_AFTER.format(gloss="tổng của ba tỉnh trước hợp nhất"),
        {
            ("vc", 2021, 63290, None, None, None),
            ("vc", 2026, 56870, None, None, None),
            ("vc", 2026, None, 6420, 2021, "10,14%"),
        },
        set(),
    ),
    ("glossed/after-one-place", GLOSSED_AFTER.format(gloss="của tỉnh Phú Thọ cũ"), None, {3}),
    # "So với <category> năm 2021 (N), biên chế năm 2026 giảm ...": the bare "biên chế" is the
    # category compared.
    (
        "fronted/bare-posts",
        FRONTED_CATEGORY.format(compared="tổng biên chế công chức", scope=_MERGED),
        {
            ("cbcc", 2021, 3398, None, None, None),
            ("cbcc", 2026, 3214, None, None, None),
            ("cbcc", 2026, None, 184, 2021, "5,41%"),
        },
        set(),
    ),
    # twin: the words compared name no category
    (
        "fronted/bare-posts-no-category",
        FRONTED_CATEGORY.format(compared="tổng biên chế", scope=_MERGED),
        {("cbcc", 2026, 3214, None, None, None)},
        {4},
    ),
    # twin: no merged provinces said, the bare "biên chế" is left to the context (here none)
    (
        "fronted/bare-posts-no-scope",
        FRONTED_CATEGORY.format(compared="tổng biên chế công chức", scope=""),
        {("cbcc", 2026, 3214, None, None, None)},
        {4},
    ),
    # Posts moved between levels, with the move's year and purpose: outside.
    (
        "transfer/year-purpose",
        TRANSFER.format(purpose="để thực hiện nhiệm vụ được phân cấp, phân quyền"),
        {("cbcc-tinh", 2025, 1756, None, None, None)},
        set(),
    ),
    # twin: a figure in what follows the move: unread
    (
        "transfer/figure-after",
        TRANSFER.format(purpose="để còn 1.756 biên chế"),
        {("cbcc-tinh", 2025, 1756, None, None, None)},
        {3},
    ),
]


@pytest.mark.parametrize(("name", "text", "rows", "unread"), CASES, ids=[c[0] for c in CASES])
def test_ar1_form(name: str, text: str, rows: set[Row] | None, unread: set[int]) -> None:
    read, _, left = _rows(text)
    assert read == frozenset(rows or ()), name
    assert left == unread, name
