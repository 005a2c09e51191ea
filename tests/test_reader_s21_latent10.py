"""Session 21, eng-latent10: latent misreads no set holds yet.

1. A report naming its own province, then a clause fronted by another place ("Báo cáo của Sở
   Nội vụ tỉnh A" then "Tại tỉnh Hà Giang, năm 2024 biên chế công chức là 2.544"), or a
   heading or lead closing on another place ("1. Tình hình tại tỉnh Hà Giang"): that place's
   figures, never the text's own (`build._another_place`, `_fronted_other`, `_PLACE_TAIL`).
2. The communes' posts from a day ("Từ ngày 01/7/2025, biên chế công chức của 56 xã, phường
   là 1.838"): the posts of that day's year (`communes._COMMUNES_POSTS`).
3. A table whose total does not add its rows up while a row is the sum of the rows after it
   ("Sở Y tế" over its hospitals, numbered as peers): the total's parts are not written
   (`build._row_heads_rows`).
Each form is read whole beside its twin, one change away.
"""

from __future__ import annotations

import pytest

from tests.reader_forms import common as forms
from tests.reader_forms.common import Form, _form

REPORT = "Báo cáo của Sở Nội vụ tỉnh A\n\n"
PLAN = "KẾ HOẠCH\nTinh giản biên chế của tỉnh Bình Định giai đoạn 2022 - 2026\n\n"
HEADER = "UBND TỈNH BÌNH ĐỊNH\nSỞ NỘI VỤ\n\nBÁO CÁO\nTình hình thực hiện tinh giản biên chế\n\n"
CBCC = "năm 2024 biên chế công chức là 2.544 biên chế.\n"
CBCC_2024 = {("cbcc", 2024, 2544, None, None, None)}
HA_GIANG = {("ha-giang", 2024, 2544, None, None, None)}
ITEM = "- Biên chế công chức năm 2024: 2.544 biên chế.\n"
PROSE = "Năm 2024, biên chế công chức là 2.544 biên chế.\n"
DAY = "Từ ngày 01/7/2025, "

LATENT10_FORMS = (
    # 1. A clause fronted by another place than the report's own
    _form("latent10/the-own-province-fronted-is-read", REPORT + "Tại tỉnh A, " + CBCC, CBCC_2024),
    _form(
        # the twin: another province, in a report whose title no rule reads as one
        "latent10/another-province-fronted-is-that-provinces",
        REPORT + "Tại tỉnh Hà Giang, " + CBCC,
        HA_GIANG,
    ),
    _form(
        "latent10/another-province-fronted-in-an-item-is-that-provinces",
        REPORT + "- Tại tỉnh Hà Giang, " + CBCC,
        HA_GIANG,
    ),
    _form(
        "latent10/another-province-after-the-year-is-that-provinces",
        REPORT + "Năm 2024, tại tỉnh Hà Giang, biên chế công chức là 2.544 biên chế.\n",
        HA_GIANG,
    ),
    _form(
        "latent10/another-province-with-no-category-stays-unread",
        REPORT + "Tại tỉnh Hà Giang, năm 2024 là 2.544 biên chế.\n",
        None,
    ),
    _form(
        "latent10/another-provinces-total-stays-unread",
        REPORT + "Tại tỉnh Hà Giang, năm 2024 tổng biên chế là 2.544 biên chế.\n",
        None,
    ),
    _form(
        # (the year between the place and its comma: no place `opening_place` reads)
        "latent10/another-province-and-its-year-stays-unread",
        PLAN + "Tại tỉnh Hà Giang năm 2024, tổng biên chế là 2.544 biên chế.\n",
        None,
    ),
    _form(
        "latent10/a-district-fronted-in-a-report-is-the-districts",
        REPORT + "Ở huyện Bắc Mê, năm 2024 biên chế công chức là 254 biên chế.\n",
        {("huyen-bac-me", 2024, 254, None, None, None)},
    ),
    _form(
        "latent10/a-city-fronted-under-a-header-is-the-citys",
        HEADER + "Riêng thành phố Hải Phòng, " + CBCC,
        {("hai-phong", 2024, 2544, None, None, None)},
    ),
    _form(
        "latent10/a-citys-total-under-a-header-stays-unread",
        HEADER + "Tại thành phố Hải Phòng, năm 2024 tổng biên chế là 2.544 biên chế.\n",
        None,
    ),
    _form(
        "latent10/the-own-city-fronted-is-read",
        "Báo cáo của Sở Nội vụ thành phố Hải Phòng\n\nTại thành phố Hải Phòng, " + CBCC,
        CBCC_2024,
    ),
    _form(
        # a city of the province's own name: read as the province's name, it stays unread
        "latent10/the-city-of-the-own-provinces-name-stays-unread",
        "Báo cáo của Sở Nội vụ tỉnh Hà Giang\n\nTại thành phố Hà Giang, " + CBCC,
        None,
    ),
    _form(
        "latent10/the-own-province-of-that-name-is-read",
        "Báo cáo của Sở Nội vụ tỉnh Hà Giang\n\nTại tỉnh Hà Giang, " + CBCC,
        CBCC_2024,
    ),
    _form(
        # two provinces named in the opening: the fronted one is no longer the text's own
        "latent10/one-of-two-merged-provinces-is-that-provinces",
        "Tỉnh Hà Giang hợp nhất với tỉnh Tuyên Quang thành tỉnh Tuyên Quang.\n\nTại tỉnh Hà"
        " Giang, " + CBCC,
        HA_GIANG,
    ),
    _form(
        # a news report naming no place of its own: the place is the text's (by design)
        "latent10/a-text-naming-no-place-reads-the-fronted-one-as-its-own",
        "Tại tỉnh Hà Giang, " + CBCC,
        CBCC_2024,
    ),
    # 1b. A heading, a bold line or a lead closing on another place
    _form(
        "latent10/under-a-heading-of-the-own-province-is-read",
        REPORT + "1. Kết quả thực hiện của tỉnh A\n\n" + PROSE,
        CBCC_2024,
    ),
    _form(
        "latent10/under-a-heading-of-another-province-stays-unread",
        REPORT + "1. Tình hình tại tỉnh Hà Giang\n\n" + PROSE,
        None,
    ),
    _form(
        "latent10/under-a-bold-line-of-another-province-stays-unread",
        REPORT + "**Kết quả thực hiện của tỉnh Hà Giang**\n\n" + PROSE,
        None,
    ),
    _form(
        "latent10/under-a-lead-of-another-province-stays-unread",
        REPORT + "Kết quả thực hiện tại tỉnh Hà Giang:\n\n" + ITEM,
        None,
    ),
    _form(
        "latent10/under-a-heading-of-a-district-stays-unread",
        PLAN + "1. Tình hình tại huyện Bắc Mê\n\n" + PROSE,
        None,
    ),
    _form(
        "latent10/under-a-heading-of-a-city-stays-unread",
        REPORT + "## 2. Tình hình tại thành phố Hải Phòng\n\n" + ITEM,
        None,
    ),
    _form(
        "latent10/the-own-districts-heading-is-read",
        "UBND HUYỆN BẮC MÊ\n\n1. Tình hình tại huyện Bắc Mê\n\n" + PROSE,
        CBCC_2024,
    ),
    # 2. The communes' posts from the reform's day
    _form(
        "latent10/communes-cbcc-from-the-day-is-read",
        PLAN + DAY + "biên chế công chức của 56 xã, phường là 1.838 biên chế.\n",
        {("cbcc-xa-56-xa-phuong", 2025, 1838, None, None, None)},
    ),
    _form(
        "latent10/the-communes-cbcc-from-the-day-is-read",
        PLAN + DAY + "biên chế công chức của các xã, phường là 1.838 biên chế.\n",
        {("cbcc-xa-xa-phuong", 2025, 1838, None, None, None)},
    ),
    _form(
        "latent10/communes-and-special-zone-cbcc-from-the-day-is-read",
        PLAN + DAY + "biên chế công chức của 56 xã, phường và đặc khu là 1.838 biên chế.\n",
        {("cbcc-xa-56-xa-phuong-dac", 2025, 1838, None, None, None)},
    ),
    _form(
        "latent10/the-levels-cbcc-from-the-day-is-read",
        PLAN + DAY + "biên chế công chức của cấp xã là 1.838 biên chế.\n",
        {("cbcc-xa", 2025, 1838, None, None, None)},
    ),
    _form(
        "latent10/communes-vc-from-the-day-is-read",
        PLAN + DAY + "số lượng người làm việc của 56 xã, phường là 1.838 người.\n",
        {("vc-xa-56-xa-phuong", 2025, 1838, None, None, None)},
    ),
    _form(
        "latent10/communes-vc-posts-from-the-day-are-read",
        PLAN + DAY + "biên chế viên chức của các xã, phường là 1.838 biên chế.\n",
        {("vc-xa-xa-phuong", 2025, 1838, None, None, None)},
    ),
    _form(
        "latent10/communes-cbcc-from-another-day-is-that-years",
        PLAN + "Từ ngày 01/01/2026, biên chế công chức của 56 xã, phường là 1.838 biên chế.\n",
        {("cbcc-xa-56-xa-phuong", 2026, 1838, None, None, None)},
    ),
    _form(
        "latent10/communes-cbcc-kể-từ-the-day-is-read",
        PLAN + "Kể từ ngày 01/7/2025, biên chế công chức của 56 xã, phường là 1.838 biên chế.\n",
        {("cbcc-xa-56-xa-phuong", 2025, 1838, None, None, None)},
    ),
    _form(
        # the twin: posts of no category from the day, as before
        "latent10/communes-posts-of-no-category-stay-unread",
        PLAN + DAY + "biên chế của 56 xã, phường là 1.838 biên chế.\n",
        None,
    ),
    _form(
        # the twin: the province's posts from the day, as before
        "latent10/the-provinces-cbcc-from-the-day-stays-unread",
        PLAN + DAY + "biên chế công chức của tỉnh là 3.000 biên chế.\n",
        None,
    ),
)


LIST_SLIP = _form(
    # (3.) the twin in a list: its marks say the items are peers, so its parts stay written
    # (a sum slip found), though one item is the sum of the two after it
    "latent10/a-lists-items-stay-its-parts",
    PLAN + "Năm 2026, giao 1.100 biên chế công chức, gồm:\n- Khối A: 500 biên chế;\n- Khối B:"
    " 300 biên chế;\n- Khối C: 200 biên chế.\n",
    {
        ("cbcc", 2026, 1100, None, None, None),
        ("a", 2026, 500, None, None, None),
        ("b", 2026, 300, None, None, None),
        ("c", 2026, 200, None, None, None),
    },
    cbcc=("a", "b", "c"),
)
LATENT10_FORMS += (LIST_SLIP,)


@pytest.mark.parametrize("form", LATENT10_FORMS, ids=[form.name for form in LATENT10_FORMS])
def test_latent10_form(form: Form) -> None:
    forms.check_form(form)


PARTLY_READ = (
    # (text, the rows read, the lines left unread)
    (
        # a heading of the text's own province ends another province's section
        REPORT + "1. Tình hình tại tỉnh Hà Giang\n\n" + PROSE + "\n2. Tình hình chung của tỉnh"
        " A\n\nNăm 2024, biên chế công chức là 9.000 biên chế.\n",
        {("cbcc", 2024, 9000, None, None, None)},
        {5},
    ),
    (
        # the communes' figure from the day after a figure of another year: its own year
        PLAN + "Năm 2024, biên chế công chức của tỉnh là 9.000 biên chế.\n\n" + DAY + "biên"
        " chế công chức của 56 xã, phường là 1.838 biên chế.\n",
        {
            ("cbcc", 2024, 9000, None, None, None),
            ("cbcc-xa-56-xa-phuong", 2025, 1838, None, None, None),
        },
        set(),
    ),
    (
        # (it was a unit named by the day, 'tu-ngay-01-7-2025', of the year above)
        PLAN + "Năm 2025, biên chế công chức của tỉnh là 9.000 biên chế.\n\n" + DAY + "biên"
        " chế công chức của 56 xã, phường là 1.838 biên chế.\n",
        {
            ("cbcc", 2025, 9000, None, None, None),
            ("cbcc-xa-56-xa-phuong", 2025, 1838, None, None, None),
        },
        set(),
    ),
)


@pytest.mark.parametrize(("text", "rows", "unread"), PARTLY_READ)
def test_latent10_read_in_part(text: str, rows: set[forms.Row], unread: set[int]) -> None:
    # (the rows read and the lines left unread, the units' parts aside)
    assert forms._rows(text)[::2] == (frozenset(rows), unread)


ANNEX = (
    PLAN + "Phụ lục: Số lượng người làm việc của các đơn vị sự nghiệp y tế\n\n"
    "| TT | Đơn vị | Năm 2024 | Năm 2026 |\n|---|---|---|---|\n"
)
HOSPITALS = (
    "| {a} | Bệnh viện Đa khoa tỉnh | 800 | 770 |\n"
    "| {b} | Bệnh viện Y học cổ truyền | 350 | 330 |\n"
)
HOSPITAL_IDS = ("benh-vien-da-khoa-tinh", "benh-vien-y-hoc-co")

TABLES = (
    # (name, table rows, the total's parts written)
    (
        "peers-numbered-the-department-the-sum-of-its-hospitals",
        "| 1 | Sở Y tế | 1.150 | 1.100 |\n"
        + HOSPITALS.format(a=2, b=3)
        + "| | Tổng cộng | 1.150 | 1.100 |\n",
        {"tong": ()},
    ),
    (
        "the-total-first-then-the-peers",
        "| | Tổng cộng | 1.150 | 1.100 |\n| 1 | Sở Y tế | 1.150 | 1.100 |\n"
        + HOSPITALS.format(a=2, b=3),
        {"tong": ()},
    ),
    (
        # a row with no serial over numbered rows whose figures it adds up, the total its
        # figure: the figures settle the tree (eng-at1mis's groups, merged)
        "the-department-bold-its-hospitals-numbered",
        "| | **Sở Y tế** | **1.150** | **1.100** |\n"
        + HOSPITALS.format(a=1, b=2)
        + "| | Tổng cộng | 1.150 | 1.100 |\n",
        {"tong": ("so-y-te",), "so-y-te": HOSPITAL_IDS},
    ),
    (
        "the-hospitals-after-trong-do",
        "| 1 | Sở Y tế | 1.150 | 1.100 |\n| | Trong đó: | | |\n"
        + HOSPITALS.format(a="", b="")
        + "| | Tổng cộng | 1.150 | 1.100 |\n",
        {"tong": ()},
    ),
    (
        # the twins: a total adding its rows up keeps them
        "peers-adding-up-keep-their-parts",
        "| 1 | Sở Y tế | 1.150 | 1.100 |\n"
        + HOSPITALS.format(a=2, b=3)
        + "| | Tổng cộng | 2.300 | 2.200 |\n",
        {"tong": ("so-y-te", *HOSPITAL_IDS)},
    ),
    (
        "the-department-a-group-keeps-its-hospitals",
        "| I | Sở Y tế | 1.150 | 1.100 |\n"
        + HOSPITALS.format(a=1, b=2)
        + "| | Tổng cộng | 1.150 | 1.100 |\n",
        {"tong": ("so-y-te",), "so-y-te": HOSPITAL_IDS},
    ),
    (
        "the-department-numbered-over-its-hospitals-keeps-them",
        "| 1 | Sở Y tế | 1.150 | 1.100 |\n"
        + HOSPITALS.format(a="1.1", b="1.2")
        + "| | Tổng cộng | 1.150 | 1.100 |\n",
        {"tong": ("so-y-te",), "so-y-te": HOSPITAL_IDS},
    ),
)


@pytest.mark.parametrize(("name", "rows", "parts"), TABLES, ids=[t[0] for t in TABLES])
def test_latent10_no_row_is_a_part_of_two_totals(
    name: str, rows: str, parts: dict[str, tuple[str, ...]]
) -> None:
    read, written, unread = forms._rows(ANNEX + rows)
    assert not unread
    assert ("tong", 2024, 1150 if "adding" not in name else 2300, None, None, None) in read
    for unit, expected in parts.items():
        assert written[unit] == expected, unit
    owners: dict[str, list[str]] = {}
    for unit, its in written.items():
        for part in its:
            owners.setdefault(part, []).append(unit)
    assert all(len(held) == 1 for held in owners.values())
