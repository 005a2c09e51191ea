"""Forms of the prose of news reports, HĐND resolutions and plans (branch `prose`): each an
example read whole and its twin, one change away, read otherwise or left unread. The examples
are written for these tests, in the genre's forms; expectations are transcribed by hand."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.reader_forms.common import Row, _rows


@dataclass(frozen=True)
class Form:
    name: str
    text: str
    rows: frozenset[Row]
    """The claims read."""
    unread: frozenset[int]
    """The lines reported unread; every other line is read whole."""
    parts: tuple[tuple[str, tuple[str, ...]], ...] = ()


def _form(
    name: str,
    text: str,
    rows: set[Row] | None,
    *,
    unread: set[int] | None = None,
    **parts: tuple[str, ...],
) -> Form:
    """`rows` None: nothing is read and the text says so (line 1 at least is unread)."""
    if rows is None:
        return Form(name, text, frozenset(), frozenset(unread or {1}), tuple(parts.items()))
    return Form(name, text, frozenset(rows), frozenset(unread or ()), tuple(parts.items()))


FORMS = (
    # a change's figure is the whole number: "42 đầu mối" counts bodies, and never leaves a
    # change of 4 behind
    _form(
        "change-whole-number",
        "Năm 2024, tỉnh được giao 1.000 biên chế công chức, giảm 42 biên chế so với năm 2023.",
        {("cbcc", 2024, 1000, None, None, None), ("cbcc", 2024, None, 42, 2023, None)},
    ),
    _form(
        "change-whole-number/bodies",
        "Năm 2024, tỉnh được giao 1.000 biên chế công chức, giảm 42 đầu mối so với năm 2023.",
        None,
    ),
    # a headline's change naming its base year but no unit ("..., biên chế năm 2024 giảm 20 so
    # với năm 2023") restates the body's one change of that amount, year and base year
    _form(
        "headline-base",
        "Tỉnh A giảm 12 phòng, biên chế năm 2024 giảm 20 so với năm 2023\n\n"
        "Năm 2024, tỉnh A được giao 980 biên chế công chức, giảm 20 biên chế so với năm 2023.\n",
        {("cbcc", 2024, 980, None, None, None), ("cbcc", 2024, None, 20, 2023, None)},
    ),
    _form(
        "headline-base/other-base",
        "Tỉnh A giảm 12 phòng, biên chế năm 2024 giảm 20 so với năm 2022\n\n"
        "Năm 2024, tỉnh A được giao 980 biên chế công chức, giảm 20 biên chế so với năm 2023.\n",
        {("cbcc", 2024, 980, None, None, None), ("cbcc", 2024, None, 20, 2023, None)},
        unread={1},
    ),
    # a headline's change over a period ("giai đoạn 2022 - 2026") is the body's one change of
    # that amount in the period's last year against the year before its first; of the
    # category the headline names, never of another
    _form(
        "headline-period",
        "Tỉnh B giảm 200 biên chế viên chức giai đoạn 2022 - 2026\n\n"
        "Theo kế hoạch, số lượng người làm việc của tỉnh giảm 200 người, tức giảm 10% so với "
        "năm 2021.\n",
        {("vc", 2026, None, 200, 2021, None), ("vc", 2026, None, 200, 2021, "10%")},
    ),
    _form(
        "headline-period/other-category",
        "Tỉnh B giảm 200 biên chế công chức giai đoạn 2022 - 2026\n\n"
        "Theo kế hoạch, số lượng người làm việc của tỉnh giảm 200 người, tức giảm 10% so với "
        "năm 2021.\n",
        {("vc", 2026, None, 200, 2021, "10%")},
        unread={1},
    ),
    # a sentence opened by "Trong đó" that lists the figure before it down to the rest
    # ("khác") is all of it: its parts, of its year (said again or not)
    _form(
        "within-shares",
        "Năm 2025, số lượng người làm việc là 5.000 người.\n"
        "Trong đó, năm 2025: sự nghiệp giáo dục 4.000 người; sự nghiệp y tế 700 người; sự "
        "nghiệp khác 300 người.\n",
        {
            ("vc", 2025, 5000, None, None, None),
            ("vc-vc-giao-duc", 2025, 4000, None, None, None),
            ("vc-vc-y-te", 2025, 700, None, None, None),
            ("vc-vc-khac", 2025, 300, None, None, None),
        },
        vc=("vc-vc-giao-duc", "vc-vc-y-te", "vc-vc-khac"),
    ),
    # without the rest they may be the largest few only
    _form(
        "within-shares/without-rest",
        "Năm 2025, số lượng người làm việc là 5.000 người.\n"
        "Trong đó: sự nghiệp giáo dục 4.000 người; sự nghiệp y tế 700 người.\n",
        {("vc", 2025, 5000, None, None, None)},
        unread={2},
    ),
    # the shares of another year than the figure before are not its parts
    _form(
        "within-shares/other-year",
        "Năm 2025, số lượng người làm việc là 5.000 người.\n"
        "Trong đó, năm 2026: sự nghiệp giáo dục 4.000 người; sự nghiệp y tế 700 người; sự "
        "nghiệp khác 300 người.\n",
        {("vc", 2025, 5000, None, None, None)},
        unread={2},
    ),
    # after a figure stated in two years, the shares' own year says which they break down
    _form(
        "within-shares-year",
        "Năm 2024, số lượng người làm việc là 5.000 người; năm 2025 là 4.900 người.\n"
        "Trong đó, năm 2025: sự nghiệp giáo dục 4.000 người; sự nghiệp y tế 600 người; sự "
        "nghiệp khác 300 người.\n",
        {
            ("vc", 2024, 5000, None, None, None),
            ("vc", 2025, 4900, None, None, None),
            ("vc-vc-giao-duc", 2025, 4000, None, None, None),
            ("vc-vc-y-te", 2025, 600, None, None, None),
            ("vc-vc-khac", 2025, 300, None, None, None),
        },
        vc=("vc-vc-giao-duc", "vc-vc-y-te", "vc-vc-khac"),
    ),
    _form(
        "within-shares-year/unsaid",
        "Năm 2024, số lượng người làm việc là 5.000 người; năm 2025 là 4.900 người.\n"
        "Trong đó: sự nghiệp giáo dục 4.000 người; sự nghiệp y tế 600 người; sự nghiệp khác "
        "300 người.\n",
        {("vc", 2024, 5000, None, None, None), ("vc", 2025, 4900, None, None, None)},
        unread={2},
    ),
    # parts by where they work, named after their counts, after "gồm"
    _form(
        "where-parts",
        "Năm 2025, số lượng người làm việc của các đơn vị sự nghiệp khác là 1.100 người, gồm "
        "300 người ở các đơn vị thuộc Ủy ban nhân dân tỉnh và 800 người ở các đơn vị thuộc các "
        "sở.",
        {
            ("vc-don-vi-su-nghiep", 2025, 1100, None, None, None),
            ("don-vi-thuoc-uy-ban", 2025, 300, None, None, None),
            ("don-vi-thuoc-so", 2025, 800, None, None, None),
        },
        **{"vc-don-vi-su-nghiep": ("don-vi-thuoc-uy-ban", "don-vi-thuoc-so")},
    ),
    # no word opens a list: whose people they are is not said
    _form(
        "where-parts/no-list",
        "Năm 2025, số lượng người làm việc của các đơn vị sự nghiệp khác là 1.100 người; 300 "
        "người ở các đơn vị thuộc Ủy ban nhân dân tỉnh và 800 người ở các đơn vị thuộc các sở.",
        None,
    ),
    # parts by standing (chính thức, dôi dư, dự phòng), named after or before their counts
    _form(
        "standing-parts",
        "Năm 2025, cấp xã được giao 5.000 biên chế, gồm 4.000 biên chế chính thức và 1.000 "
        "biên chế dự phòng.",
        {
            ("cap-xa", 2025, 5000, None, None, None),
            ("chinh-thuc", 2025, 4000, None, None, None),
            ("du-phong", 2025, 1000, None, None, None),
        },
        **{"cap-xa": ("chinh-thuc", "du-phong")},
    ),
    _form(
        "standing-parts-before",
        "Năm 2026, biên chế công chức là 4.100 biên chế (giao chính thức 4.000 biên chế, giao "
        "dôi dư 100 biên chế).",
        {
            ("cbcc", 2026, 4100, None, None, None),
            ("chinh-thuc", 2026, 4000, None, None, None),
            ("doi-du", 2026, 100, None, None, None),
        },
        cbcc=("chinh-thuc", "doi-du"),
    ),
    # one standing alone is some of the posts, not all their parts
    _form(
        "standing-parts/one",
        "Năm 2025, cấp xã được giao 5.000 biên chế, gồm 4.000 biên chế chính thức.",
        None,
    ),
    # no word opens the list
    _form(
        "standing-parts-before/no-list",
        "Năm 2026, biên chế công chức là 4.100 biên chế; 4.000 biên chế chính thức và 100 biên "
        "chế dôi dư.",
        None,
    ),
    # a list of people leaving, its verb before the first count or after the last: people,
    # not posts, every count of it outside the plan
    _form(
        "leaver-list",
        "Năm 2024, tỉnh được giao 1.000 biên chế công chức; dự kiến tinh giản 11 cán bộ, 5 công "
        "chức và 15 người hoạt động không chuyên trách.",
        {("cbcc", 2024, 1000, None, None, None)},
    ),
    _form(
        "leaver-list-after",
        "Năm 2024, tỉnh được giao 1.000 biên chế công chức; có 4 công chức, 26 viên chức và 1 "
        "trường hợp thuộc khối Đảng được tinh giản.",
        {("cbcc", 2024, 1000, None, None, None)},
    ),
    # the same list with no leaving verb: whose counts they are is not read
    _form(
        "leaver-list/no-verb",
        "Năm 2024, tỉnh được giao 1.000 biên chế công chức; có 11 cán bộ, 5 công chức và 15 "
        "người hoạt động không chuyên trách.",
        None,
    ),
    _form(
        "leaver-list-after/no-verb",
        "Năm 2024, tỉnh được giao 1.000 biên chế công chức; có 4 công chức, 26 viên chức và 1 "
        "trường hợp thuộc khối Đảng được khen thưởng.",
        None,
    ),
    # the breakdown of a count of leavers or of people moved, in parentheses or after "trong
    # đó:", is people too, where it adds up to that count
    _form(
        "leavers-broken-down",
        "Năm 2024, tỉnh được giao 1.000 biên chế công chức; dự kiến có 40 người nghỉ việc, "
        "trong đó: 06 công chức; 30 viên chức; 4 cán bộ.",
        {("cbcc", 2024, 1000, None, None, None)},
    ),
    _form(
        "movers-broken-down",
        "Năm 2024, tỉnh được giao 1.000 biên chế công chức; các sở đã biệt phái 17 công chức, "
        "viên chức (05 công chức, 12 viên chức) đến các xã.",
        {("cbcc", 2024, 1000, None, None, None)},
    ),
    # counts that do not add up to the leavers' count are people still (main's breakdown rule,
    # merged): never a unit's figure
    _form(
        "leavers-broken-down/not-adding-up",
        "Năm 2024, tỉnh được giao 1.000 biên chế công chức; dự kiến có 40 người nghỉ việc, "
        "trong đó: 06 công chức; 30 viên chức; 5 cán bộ.",
        {("cbcc", 2024, 1000, None, None, None)},
    ),
    _form(
        "movers-broken-down/not-adding-up",
        "Năm 2024, tỉnh được giao 1.000 biên chế công chức; các sở đã biệt phái 17 công chức, "
        "viên chức (05 công chức, 11 viên chức) đến các xã.",
        {("cbcc", 2024, 1000, None, None, None)},
    ),
    # people recruited are people, not posts
    _form(
        "recruits",
        "Năm 2024, tỉnh được giao 1.000 biên chế công chức; dự kiến tuyển dụng 33 công chức.",
        {("cbcc", 2024, 1000, None, None, None)},
    ),
    _form(
        "recruits/posts",
        "Năm 2024, tỉnh được giao 1.000 biên chế công chức; dự kiến tuyển dụng 33 biên chế.",
        None,
    ),
    # people moved between bodies, the verb before their count or after who they are: people,
    # not posts, outside the plan
    _form(
        "movers",
        "Năm 2024, tỉnh được giao 1.000 biên chế công chức; UBND tỉnh đã điều động, bố trí lại "
        "93 công chức, viên chức giữa các cơ quan.",
        {("cbcc", 2024, 1000, None, None, None)},
    ),
    _form(
        "movers-after",
        "Năm 2024, tỉnh được giao 1.000 biên chế công chức; 21 công chức, viên chức từ các sở, "
        "ban, ngành được điều động về các xã.",
        {("cbcc", 2024, 1000, None, None, None)},
    ),
    # posts moved are posts: not read as people
    _form(
        "movers/posts",
        "Năm 2024, tỉnh được giao 1.000 biên chế công chức; UBND tỉnh đã điều động 93 biên chế "
        "công chức giữa các cơ quan.",
        None,
    ),
    _form(
        "movers-after/no-move",
        "Năm 2024, tỉnh được giao 1.000 biên chế công chức; 21 công chức, viên chức từ các sở, "
        "ban, ngành được khen thưởng.",
        None,
    ),
    # an average per body ("bình quân mỗi xã ... 32 biên chế") and a range ("6 - 7 người")
    # are no unit's figure: outside
    _form(
        "average",
        "Năm 2024, tỉnh được giao 1.000 biên chế công chức; bình quân mỗi xã được bố trí 32 "
        "biên chế, mỗi phòng chỉ có 6 - 7 người.",
        {("cbcc", 2024, 1000, None, None, None)},
    ),
    # without "bình quân" an amount for each body, whatever its verb, is not read (never a
    # unit "mỗi xã" of 32 posts)
    _form(
        "average/each",
        "Năm 2024, tỉnh được giao 1.000 biên chế công chức; mỗi xã được bố trí 32 biên chế.",
        None,
    ),
    # a "range" from more to fewer is no range
    _form(
        "average-range/backwards",
        "Năm 2024, tỉnh được giao 1.000 biên chế công chức; phòng A có 7 - 6 người.",
        None,
    ),
    _form(
        "average-range",
        "Năm 2024, tỉnh được giao 1.000 biên chế công chức; phòng A có 6 - 7 người.",
        {("cbcc", 2024, 1000, None, None, None)},
    ),
    # "Dự kiến năm 2026: ..." opens its subject; a category named before its count of
    # "người" after a semicolon is that category's count; "(10,02%)" right after a change
    # is its rate
    _form(
        "planned-lead",
        "Dự kiến năm 2026: biên chế công chức 2.148 biên chế; số lượng người làm việc 22.360 "
        "người, giảm 2.490 người (10,02%) so với năm 2021.",
        {
            ("cbcc", 2026, 2148, None, None, None),
            ("vc", 2026, 22360, None, None, None),
            ("vc", 2026, None, 2490, 2021, "10,02%"),
        },
    ),
    _form("planned-lead/no-unit", "Dự kiến năm 2026: 2.148 biên chế.", None),
    _form(
        "category-count/a-body",
        "Năm 2026, biên chế công chức là 2.148 biên chế; Sở Y tế 360 người.",
        None,
    ),
    _form(
        "category-count",
        "Năm 2026, biên chế công chức là 2.148 biên chế; số lượng người làm việc 360 người.",
        {("cbcc", 2026, 2148, None, None, None), ("vc", 2026, 360, None, None, None)},
    ),
    # "trong đó" inside the item's own words still opens a list: one count there is some of
    # the figure's posts, never its only part (a sector closing the sentence is a subset,
    # outside, and the figure is read: tests/reader_forms/)
    _form(
        "category-count/within",
        "Năm 2021, tổng số người làm việc là 19.632 người, trong đó sự nghiệp giáo dục 14.286 "
        "người.",
        {("vc", 2021, 19632, None, None, None)},
    ),
    _form(
        "category-count/within-a-body",
        "Năm 2021, tổng số người làm việc là 19.632 người, trong đó Sở Y tế 14.286 người.",
        None,
    ),
    # one verb cutting bodies, then posts: the posts are the change, the bodies outside
    _form(
        "bodies-then-posts",
        "Năm 2024, số lượng người làm việc là 20.000 người, giảm 30 đơn vị sự nghiệp và 1.200 "
        "người so với năm 2021.",
        {("vc", 2024, 20000, None, None, None), ("vc", 2024, None, 1200, 2021, None)},
    ),
    # the same with no figure stated and no base year: a planned cut, never a unit's figure
    _form(
        "bodies-then-posts/no-base",
        "Đến năm 2025, tỉnh tiếp tục giảm tối thiểu 90 đơn vị sự nghiệp công lập và 2.986 biên "
        "chế sự nghiệp.",
        None,
    ),
    _form(
        "change-rate-in-parentheses/after-a-value",
        "Năm 2026, số lượng người làm việc là 22.360 người (10,02%).",
        None,
    ),
    _form(
        "change-rate-in-parentheses",
        "Năm 2026, số lượng người làm việc là 22.360 người, giảm 2.490 người (10,02%) so với "
        "năm 2021.",
        {("vc", 2026, 22360, None, None, None), ("vc", 2026, None, 2490, 2021, "10,02%")},
    ),
    # two authorities in two clauses: the centre gives the province its posts, the HĐND
    # passes them on in full ("đủ N biên chế", "đủ số này"), then lists their parts; the
    # resolution's own year ("Nghị quyết ... năm 2023") is no year of the figures
    _form(
        "in-full",
        "Năm 2024, Ban Tổ chức Trung ương giao tỉnh 2.000 biên chế công chức; Hội đồng nhân "
        "dân tỉnh đã giao tại Nghị quyết số 12/NQ-HĐND năm 2023 đủ 2.000 biên chế, gồm: cấp "
        "tỉnh 1.200, cấp huyện 790 và 10 biên chế dự phòng.",
        {
            ("cbcc", 2024, 2000, None, None, None),
            ("cap-tinh", 2024, 1200, None, None, None),
            ("cap-huyen", 2024, 790, None, None, None),
            ("du-phong", 2024, 10, None, None, None),
        },
        cbcc=("cap-tinh", "cap-huyen", "du-phong"),
    ),
    # "đủ" another figure than the one stated is no restatement
    _form(
        "in-full/other-figure",
        "Năm 2024, Ban Tổ chức Trung ương giao tỉnh 2.000 biên chế công chức; Hội đồng nhân "
        "dân tỉnh đã giao tại Nghị quyết số 12/NQ-HĐND năm 2023 đủ 1.990 biên chế, gồm: cấp "
        "tỉnh 1.200, cấp huyện 790.",
        None,
    ),
    # a province named after "giao" may be one of many the giver allocates to
    _form(
        "in-full/named-province",
        "Năm 2024, Ban Tổ chức Trung ương giao tỉnh Nghệ An 2.000 biên chế công chức.",
        None,
    ),
    # a paragraph saying its list's changes are each against the year before ("(số giảm
    # tính so với năm liền trước):") gives its items that base; without it, or past the
    # paragraph's list, a change naming no year stays unread
    _form(
        "against-previous",
        "2. Số lượng người làm việc\nNăm 2023, số lượng người làm việc là 1.000 người. Lộ "
        "trình thực hiện (số giảm tính so với năm liền trước):\n- Năm 2024: 980 người, giảm 20 "
        "người;\n- Năm 2025: 960 người, giảm 20 người.\n",
        {
            ("vc", 2023, 1000, None, None, None),
            ("vc", 2024, 980, None, None, None),
            ("vc", 2024, None, 20, 2023, None),
            ("vc", 2025, 960, None, None, None),
            ("vc", 2025, None, 20, 2024, None),
        },
    ),
    _form(
        "against-previous/unsaid",
        "2. Số lượng người làm việc\nNăm 2023, số lượng người làm việc là 1.000 người. Lộ "
        "trình thực hiện:\n- Năm 2024: 980 người, giảm 20 người;\n- Năm 2025: 960 người, giảm "
        "20 người.\n",
        {("vc", 2023, 1000, None, None, None)},
        unread={3, 4},
    ),
    _form(
        "against-previous/past-the-list",
        "2. Số lượng người làm việc\nNăm 2023, số lượng người làm việc là 1.000 người. Lộ "
        "trình thực hiện (số giảm tính so với năm liền trước):\n- Năm 2024: 980 người, giảm 20 "
        "người;\n\nNăm 2025: 960 người, giảm 20 người.\n",
        {
            ("vc", 2023, 1000, None, None, None),
            ("vc", 2024, 980, None, None, None),
            ("vc", 2024, None, 20, 2023, None),
        },
        unread={5},
    ),
    # an item's label naming a category speaks for every sentence of its line
    _form(
        "label",
        "a) Biên chế công chức: năm 2021 được giao 1.812 biên chế. Năm 2024 giao 1.745 biên "
        "chế, giảm 67 biên chế so với năm 2021.\n",
        {
            ("cbcc", 2021, 1812, None, None, None),
            ("cbcc", 2024, 1745, None, None, None),
            ("cbcc", 2024, None, 67, 2021, None),
        },
    ),
    # a label joining two categories names no one unit: the second sentence is not read
    _form(
        "label/two-categories",
        "a) Biên chế công chức và viên chức: năm 2021 được giao 1.812 biên chế. Năm 2024 giao "
        "1.745 biên chế.\n",
        None,
    ),
    # a category's count given to the category's own bodies ("cho các cơ quan, tổ chức hành
    # chính nhà nước của tỉnh") is that category's; given to a body, it is that body's line of
    # the category, never the province's category (it was read as the province's CBCC)
    _form(
        "given-to",
        "Giao 1.797 biên chế công chức năm 2024 cho các cơ quan, tổ chức hành chính nhà nước "
        "của tỉnh, giảm 21 biên chế so với năm 2023, gồm: cấp tỉnh 1.069 biên chế; cấp huyện "
        "720 biên chế; biên chế dự phòng 8 biên chế (chi tiết tại Phụ lục).",
        {
            ("cbcc-nha-nuoc", 2024, 1797, None, None, None),
            ("cbcc-nha-nuoc", 2024, None, 21, 2023, None),
            ("cap-tinh", 2024, 1069, None, None, None),
            ("cap-huyen", 2024, 720, None, None, None),
            ("du-phong", 2024, 8, None, None, None),
        },
        **{"cbcc-nha-nuoc": ("cap-tinh", "cap-huyen", "du-phong")},
    ),
    _form(
        "given-to/a-body",
        "Năm 2024, Ủy ban nhân dân tỉnh giao 50 biên chế công chức cho Sở Y tế.",
        {("so-y-te-cbcc", 2024, 50, None, None, None)},
        **{"so-y-te": ("so-y-te-cbcc",)},
    ),
    # "giữ nguyên N biên chế như năm Y": the figure and its equality with Y
    _form(
        "kept-figure",
        "1. Biên chế công chức\n- Năm 2022: giữ nguyên 2.014 biên chế như năm 2021;\n",
        {("cbcc", 2022, 2014, None, None, None), ("cbcc", 2022, None, 0, 2021, None)},
    ),
    # no year to be the same as: not read
    _form(
        "kept-figure/no-year",
        "1. Biên chế công chức\n- Năm 2022: giữ nguyên 2.014 biên chế như cũ;\n",
        None,
        unread={2},
    ),
    # "Trong tổng số N người: A x; B y; C z": the figure stated before with N, wherever it
    # was, broken down, where the parts add up to it
    _form(
        "named-again",
        "Năm 2024, số lượng người làm việc là 16.335 người.\nNăm 2024, biên chế công chức là "
        "2.036 biên chế.\nTrong tổng số 16.335 người: các sở, ban, ngành 5.391 người; UBND các "
        "huyện, thành phố 10.939 người; các đơn vị đã thu hồi 5 người.\n",
        {
            ("vc", 2024, 16335, None, None, None),
            ("cbcc", 2024, 2036, None, None, None),
            ("so-ban-nganh", 2024, 5391, None, None, None),
            ("ubnd-huyen-thanh-pho", 2024, 10939, None, None, None),
            ("don-vi-da-thu-hoi", 2024, 5, None, None, None),
        },
        vc=("so-ban-nganh", "ubnd-huyen-thanh-pho", "don-vi-da-thu-hoi"),
    ),
    # parts that do not add up are read as its parts (main's rule, merged): the sum slip is
    # then found, never a silent reading
    _form(
        "named-again/not-adding-up",
        "Năm 2024, số lượng người làm việc là 16.335 người.\nTrong tổng số 16.335 người: các "
        "sở, ban, ngành 5.391 người; UBND các huyện, thành phố 10.939 người; các đơn vị đã thu "
        "hồi 6 người.\n",
        {
            ("vc", 2024, 16335, None, None, None),
            ("so-ban-nganh", 2024, 5391, None, None, None),
            ("ubnd-huyen-thanh-pho", 2024, 10939, None, None, None),
            ("don-vi-da-thu-hoi", 2024, 6, None, None, None),
        },
        vc=("so-ban-nganh", "ubnd-huyen-thanh-pho", "don-vi-da-thu-hoi"),
    ),
    _form(
        "named-again/no-such-figure",
        "Năm 2024, số lượng người làm việc là 16.335 người.\nTrong tổng số 16.336 người: các "
        "sở, ban, ngành 5.391 người; UBND các huyện, thành phố 10.939 người; các đơn vị đã thu "
        "hồi 6 người.\n",
        {("vc", 2024, 16335, None, None, None)},
        unread={2},
    ),
    # one unit given two figures in one sentence: neither is used (the second replaced the
    # first, silently); a year chain gives each year its own
    _form(
        "one-figure-each-year",
        "Năm 2024, biên chế công chức là 1.000 biên chế; năm 2025 là 900 biên chế.",
        {("cbcc", 2024, 1000, None, None, None), ("cbcc", 2025, 900, None, None, None)},
    ),
    _form(
        "one-figure-each-year/same-year",
        "Năm 2024, biên chế công chức là 1.000 biên chế; biên chế công chức là 900 biên chế.",
        None,
    ),
)


@pytest.mark.parametrize("form", FORMS, ids=[form.name for form in FORMS])
def test_form(form: Form) -> None:
    rows, parts, unread = _rows(form.text)
    assert rows == form.rows
    if form.rows:
        assert unread == form.unread
    else:
        assert form.unread <= unread, "a text not read must say so"
    for unit, expected in form.parts:
        assert parts[unit] == expected, unit


def test_every_form_has_its_twin() -> None:
    names = {form.name for form in FORMS}
    for name in names:
        base = name.split("/")[0]
        assert base in names and any(n.startswith(f"{base}/") for n in names), base
