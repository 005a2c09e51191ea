"""Session 20, eng-latent7: latent misreads (lines read wrongly on text a little different from
the sets), each written as a form read whole beside its twin, one change away, left unread.
"""

from __future__ import annotations

import pytest

from lotrinh.extract import extract_plan
from lotrinh.extract.merged import one_place_glossed
from tests.reader_forms.common import Form, _form, check_form

SUB = "Báo cáo của Sở Nội vụ tỉnh A\n\n- "
TABLE = (
    "Quyết định giao biên chế công chức năm 2025 của tỉnh A\n\n| STT | Cơ quan | Năm 2025 | "
    "{header} |\n|---|---|---|---|\n| 1 | Sở Tư pháp | 60 | 4 |\n| 2 | Sở Công Thương | 88 | 2 |\n"
)
OWN = "Kế hoạch số lượng người làm việc của tỉnh A\n\nNăm 2025\n\n{line}\n"

LATENT7_FORMS = (
    # 1. A base glossed with ONE former (or other) place: its figure is that place's, not the
    # merged whole's, so the change is no change of the unit (`merged.one_place_glossed`).
    # The sum of the former places is read (eng-ap2, `groups.base_merged_glossed`).
    _form(
        "latent7/base-glossed-as-the-provinces-added-up-is-read",
        SUB + "Năm 2026, số lượng người làm việc của các đơn vị sự nghiệp cấp tỉnh là 9.214 người,"
        " giảm 310 người so với năm 2024 (ba tỉnh cộng lại).\n",
        {
            ("vc-tinh-don-vi-su-nghiep", 2026, 9214, None, None, None),
            ("vc-tinh-don-vi-su-nghiep", 2026, None, 310, 2024, None),
        },
    ),
    _form(
        # the twin: one former province named in the gloss
        "latent7/base-glossed-as-one-former-province-stays-unread",
        SUB + "Năm 2026, số lượng người làm việc của các đơn vị sự nghiệp cấp tỉnh là 9.214 người,"
        " giảm 310 người so với năm 2024 (tỉnh Vĩnh Phúc cũ).\n",
        None,
    ),
    _form(
        "latent7/base-glossed-plainly-is-read",
        SUB + "Biên chế công chức năm 2026 là 4.962 biên chế, giảm 310 biên chế so với năm 2024"
        " (số được giao).\n",
        {("cbcc", 2026, 4962, None, None, None), ("cbcc", 2026, None, 310, 2024, None)},
    ),
    _form(
        # the twin: "của tỉnh X cũ" after the base year, no bracket
        "latent7/base-of-a-former-province-said-with-cua-stays-unread",
        SUB + "Biên chế công chức năm 2026 là 4.962 biên chế, giảm 310 biên chế so với năm 2024"
        " của tỉnh Vĩnh Phúc cũ.\n",
        None,
    ),
    _form(
        # the twin: a bare name marked gone in the bracket
        "latent7/base-of-a-bare-name-marked-gone-stays-unread",
        SUB + "Biên chế công chức năm 2026 là 4.962 biên chế, giảm 310 biên chế so với năm 2024"
        " (Vĩnh Phúc cũ).\n",
        None,
    ),
    _form(
        # the twin: another province named, no mark (whose figure? not the unit's)
        "latent7/base-of-another-named-province-stays-unread",
        SUB + "Biên chế công chức năm 2026 là 4.962 biên chế, giảm 310 biên chế so với năm 2024"
        " (tỉnh Vĩnh Phúc).\n",
        None,
    ),
    _form(
        # the twin: the place named before the base year ("so với số giao của tỉnh X cũ năm Y")
        "latent7/base-of-a-former-province-named-before-its-year-stays-unread",
        SUB + "Biên chế công chức năm 2026 là 4.962 biên chế, giảm 310 biên chế so với số giao "
        "của tỉnh Vĩnh Phúc cũ năm 2024.\n",
        None,
    ),
    _form(
        # the twin: "so với tỉnh X cũ năm Y" (the place between the words and the year)
        "latent7/base-of-a-former-province-before-its-year-bare-stays-unread",
        SUB + "Biên chế công chức năm 2026 là 4.962 biên chế, giảm 310 biên chế so với tỉnh Vĩnh"
        " Phúc cũ năm 2024.\n",
        None,
    ),
    _form(
        # the twin: "tại tỉnh X cũ" after the base year
        "latent7/base-at-a-former-province-stays-unread",
        SUB + "Biên chế công chức năm 2026 là 4.962 biên chế, giảm 310 biên chế so với năm 2024"
        " tại tỉnh Vĩnh Phúc cũ.\n",
        None,
    ),
    # a figure, or its year, glossed as one former place's: it was the merged whole's
    _form(
        "latent7/figure-of-the-province-is-read",
        SUB + "Năm 2024, biên chế công chức là 2.544 biên chế.\n",
        {("cbcc", 2024, 2544, None, None, None)},
    ),
    _form(
        # the twin: the figure glossed as one former province's (was cbcc 2024)
        "latent7/figure-glossed-as-one-former-province-stays-unread",
        SUB + "Năm 2024, biên chế công chức là 2.544 biên chế (tỉnh Hà Giang cũ).\n",
        None,
    ),
    _form(
        # the twin: "(số liệu của tỉnh X trước hợp nhất)"
        "latent7/figure-glossed-as-one-province-before-the-merger-stays-unread",
        SUB + "Năm 2024, biên chế công chức là 2.544 biên chế (số liệu của tỉnh Hà Giang trước "
        "hợp nhất).\n",
        None,
    ),
    _form(
        # the twin: "(riêng tỉnh X cũ)"
        "latent7/figure-of-one-former-province-alone-stays-unread",
        SUB + "Biên chế công chức năm 2024 là 2.544 biên chế (riêng tỉnh Hà Giang cũ).\n",
        None,
    ),
    _form(
        # the twin: the fronted year glossed
        "latent7/fronted-year-glossed-as-one-former-province-stays-unread",
        SUB + "Năm 2024 (tỉnh Hà Giang cũ), biên chế công chức là 2.544 biên chế.\n",
        None,
    ),
    _form(
        # the old place as the subject is its own unit (read so before)
        "latent7/figure-of-a-former-province-named-as-its-subject-is-its-own",
        SUB + "Năm 2024, biên chế công chức của tỉnh Hà Giang cũ là 2.544 biên chế.\n",
        {("cbcc-ha-giang-cu", 2024, 2544, None, None, None)},
    ),
    _form(
        # a table: a change column against the base year (read)
        "latent7/change-column-against-a-year-is-read",
        TABLE.format(header="Giảm so với năm 2024"),
        {
            ("so-tu-phap", 2025, 60, None, None, None),
            ("so-tu-phap", 2025, None, 4, 2024, None),
            ("so-cong-thuong", 2025, 88, None, None, None),
            ("so-cong-thuong", 2025, None, 2, 2024, None),
        },
    ),
    _form(
        # the twin: the column's base glossed as one former province's
        "latent7/change-column-against-one-former-province-stays-unread",
        TABLE.format(header="Giảm so với năm 2024 (tỉnh Vĩnh Phúc cũ)"),
        None,
    ),
    _form(
        # the twin: "của tỉnh X cũ" in the header
        "latent7/change-column-against-a-former-province-with-cua-stays-unread",
        TABLE.format(header="Giảm so với năm 2024 của tỉnh Vĩnh Phúc cũ"),
        None,
    ),
    # a heading naming one former place: its items are that place's, never the text's own
    # lines (two former provinces' 2024 figures were both the merged text's `cbcc`)
    _form(
        "latent7/items-under-the-new-provinces-heading-are-read",
        "Báo cáo của Sở Nội vụ tỉnh A\n\n1. Tỉnh A (mới)\n\n- Biên chế công chức năm 2025: 4.800"
        " biên chế.\n",
        {("cbcc", 2025, 4800, None, None, None)},
    ),
    _form(
        # the twin: the heading names a former province
        "latent7/items-under-a-former-provinces-heading-stay-unread",
        "Báo cáo của Sở Nội vụ tỉnh A\n\n1. Tỉnh Hà Giang (cũ)\n\n- Biên chế công chức năm 2024:"
        " 2.544 biên chế.\n",
        None,
    ),
    _form(
        # the twin: "cũ" unbracketed, two items
        "latent7/items-under-a-former-provinces-heading-unbracketed-stay-unread",
        "Báo cáo của Sở Nội vụ tỉnh A\n\n1. Tỉnh Hà Giang cũ\n\n- Biên chế công chức năm 2024: "
        "2.544 biên chế.\n- Số lượng người làm việc năm 2024: 20.100 người.\n",
        None,
    ),
    # 2. Posts paid from own revenue with the year after the bodies given them: never read as a
    # budget-paid unit's, nor filed under a heading's year (`revise.own_revenue_spilled`)
    _form(
        "latent7/own-revenue-year-after-the-posts-with-a-cut-is-read",
        OWN.format(
            line="Giao 1.360 người làm việc hưởng lương từ nguồn thu sự nghiệp năm 2026, giảm 12 "
            "người so với năm 2025."
        ),
        {
            ("vc-huong-luong-tu-nguon", 2026, 1360, None, None, None),
            ("vc-huong-luong-tu-nguon", 2026, None, 12, 2025, None),
        },
    ),
    _form(
        # the twin: the bodies named, then the year: the cut was a budget unit's
        # ("vc-thuoc-tinh"), the figure the heading's year
        "latent7/own-revenue-year-after-the-bodies-with-a-cut-stays-unread",
        OWN.format(
            line="Giao 1.360 người làm việc hưởng lương từ nguồn thu sự nghiệp cho các đơn vị sự"
            " nghiệp công lập thuộc tỉnh năm 2026, giảm 12 người so với năm 2025."
        ),
        None,
    ),
    _form(
        # the twin: "trong các đơn vị … của tỉnh": the cut was the budget's VC total
        "latent7/own-revenue-in-the-public-units-with-a-cut-stays-unread",
        OWN.format(
            line="Giao 1.360 người làm việc hưởng lương từ nguồn thu sự nghiệp trong các đơn vị"
            " sự nghiệp công lập của tỉnh năm 2026, giảm 12 người so với năm 2025."
        ),
        None,
    ),
    _form(
        # the twin: no year; the figure and cut were a budget unit's ("vc-thuoc-tinh")
        "latent7/own-revenue-to-the-bodies-with-a-cut-stays-unread",
        OWN.format(
            line="Giao 1.360 người làm việc hưởng lương từ nguồn thu sự nghiệp cho các đơn vị sự"
            " nghiệp công lập thuộc tỉnh, giảm 12 người so với năm 2025."
        ),
        None,
    ),
    _form(
        # the twin: units partly self-financed, "Phê duyệt … của": the cut was their unit's
        "latent7/own-revenue-of-partly-self-financed-units-with-a-cut-stays-unread",
        OWN.format(
            line="Phê duyệt 1.360 người làm việc hưởng lương từ nguồn thu sự nghiệp của các đơn vị"
            " sự nghiệp công lập tự bảo đảm một phần chi thường xuyên năm 2026, giảm 12 người so"
            " với năm 2025."
        ),
        None,
    ),
    _form(
        # items under a year's lead, each paid from its own source, a cut against a year
        # (the base year after the figure is no year of the bodies)
        "latent7/own-revenue-item-under-a-years-lead-with-a-cut-is-read",
        "Kế hoạch số lượng người làm việc của tỉnh A\n\nNăm 2026:\n- Người làm việc hưởng lương"
        " từ ngân sách nhà nước: 5.000 người, giảm 50 người so với năm 2025;\n- Người làm việc "
        "hưởng lương từ nguồn thu sự nghiệp: 1.360 người, giảm 12 người so với năm 2025.\n",
        {
            ("vc", 2026, 5000, None, None, None),
            ("vc", 2026, None, 50, 2025, None),
            ("vc-huong-luong-tu-nguon", 2026, 1360, None, None, None),
            ("vc-huong-luong-tu-nguon", 2026, None, 12, 2025, None),
        },
    ),
    _form(
        "latent7/own-revenue-to-the-bodies-no-year-is-read",
        OWN.format(
            line="Giao 1.360 người làm việc hưởng lương từ nguồn thu sự nghiệp cho các đơn vị sự"
            " nghiệp công lập thuộc tỉnh."
        ),
        {("vc-huong-luong-tu-nguon", 2025, 1360, None, None, None)},
    ),
    _form(
        # the twin: the year after the bodies, no cut: it was filed under the heading's 2025
        "latent7/own-revenue-year-after-the-bodies-stays-unread",
        OWN.format(
            line="Giao 1.360 người làm việc hưởng lương từ nguồn thu sự nghiệp cho các đơn vị sự"
            " nghiệp công lập thuộc tỉnh năm 2026."
        ),
        None,
    ),
)


@pytest.mark.parametrize("form", LATENT7_FORMS, ids=[form.name for form in LATENT7_FORMS])
def test_latent7_form(form: Form) -> None:
    check_form(form)


@pytest.mark.parametrize(
    "name",
    [
        "latent7/own-revenue-year-after-the-posts-with-a-cut-is-read",
        "latent7/own-revenue-to-the-bodies-no-year-is-read",
    ],
)
def test_latent7_own_revenue_read_is_marked(name: str) -> None:
    """The own-revenue lines read are the self-funded unit's (`funding: own-revenue`)."""
    form = next(form for form in LATENT7_FORMS if form.name == name)
    result = extract_plan(form.text, "doc.txt")
    funding = {unit["id"]: unit.get("funding") for unit in result.data["units"]}
    assert funding == {"vc-huong-luong-tu-nguon": "own-revenue"}


@pytest.mark.parametrize(
    ("text", "one"),
    [
        ("giảm 310 người so với năm 2024 (tỉnh Vĩnh Phúc cũ).", True),
        ("giảm 310 người so với năm 2024 (số liệu của tỉnh Vĩnh Phúc cũ, chưa gộp).", True),
        ("giảm 310 người so với năm 2024 (tỉnh Bà Rịa - Vũng Tàu cũ).", True),
        ("giảm 310 người so với năm 2024 (A cũ).", True),
        ("giảm 158 biên chế so với năm 2024 (chỉ tính tỉnh Hà Giang cũ).", True),
        # (the old place added in, or summed: the merged whole's)
        ("giảm 158 biên chế so với năm 2024 (cộng cả tỉnh Hà Giang cũ).", False),
        (
            "giảm 158 biên chế so với năm 2024 (tổng của hai tỉnh Hà Giang và Tuyên Quang cũ).",
            False,
        ),
        ("giảm 310 người so với năm 2024 của tỉnh Vĩnh Phúc.", True),
        # the places' sum, the text's own province, a count of places, a fronted place: not one
        ("giảm 310 người so với năm 2024 (hai tỉnh cộng lại).", False),
        ("giảm 310 người so với năm 2024 (tính gộp hai tỉnh Hưng Yên và Thái Bình).", False),
        ("giảm 9 so với tổng số giao năm 2021 của tỉnh Bắc Ninh và tỉnh Bắc Giang (3.000).", False),
        ("giảm 310 người so với năm 2024 (thành phố Hải Phòng và tỉnh Hải Dương cũ).", False),
        ("giảm 310 người so với năm 2024 của tỉnh.", False),
        ("giảm 310 người so với năm 2024 (tỉnh mới).", False),
        ("giảm 310 người so với năm 2024 của 63 tỉnh.", False),
        ("So với năm 2024, tại huyện B biên chế giảm 5 biên chế.", False),
        ("giảm 3 so với năm 2021 (Bộ Y tế).", False),
    ],
)
def test_latent7_one_place_glossed(text: str, one: bool) -> None:
    assert (one_place_glossed(text) is not None) is one
