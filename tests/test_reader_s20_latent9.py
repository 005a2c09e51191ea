"""Session 20, eng-latent9: sections of a place not the text's own (a former province, another
province, a former district, commune or ministry) under a heading or a line alone naming it:
their figures are that place's, never the text's own, so they stay unread. Each form is read
whole beside its twin, one change away (`build._place_line`).
"""

from __future__ import annotations

import pytest

from tests.reader_forms import common as forms
from tests.reader_forms.common import Form, _form

REPORT = "Báo cáo của Sở Nội vụ tỉnh A\n\n"
ITEM = "- Biên chế công chức năm 2024: 2.544 biên chế.\n"
PROSE = "Biên chế công chức năm 2024 là 2.544 biên chế.\n"
CBCC_2024 = {("cbcc", 2024, 2544, None, None, None)}

LATENT9_FORMS = (
    # 1. A lead naming one former place over items: the items are that place's
    _form(
        "latent9/items-under-a-plain-lead-are-read",
        REPORT + "Số liệu cụ thể:\n\n" + ITEM,
        CBCC_2024,
    ),
    _form(
        "latent9/items-under-the-own-provinces-lead-are-read",
        REPORT + "Số liệu của tỉnh A:\n\n" + ITEM,
        CBCC_2024,
    ),
    _form(
        # the twin: the lead names a former province
        "latent9/items-under-a-former-provinces-lead-stay-unread",
        REPORT + "Số liệu của tỉnh Hà Giang cũ:\n\n" + ITEM,
        None,
    ),
    _form(
        "latent9/items-under-riêng-a-former-province-stay-unread",
        REPORT + "Riêng tỉnh Hà Giang cũ:\n\n" + ITEM,
        None,
    ),
    _form(
        "latent9/items-under-tại-a-former-province-stay-unread",
        REPORT + "Tại tỉnh Hà Giang (cũ):\n\n" + ITEM,
        None,
    ),
    _form(
        "latent9/items-under-a-former-district-lead-stay-unread",
        "Báo cáo của UBND huyện A\n\nTại huyện B (cũ):\n\n" + ITEM,
        None,
    ),
    _form(
        "latent9/items-under-a-former-ministrys-lead-stay-unread",
        "Báo cáo của Bộ Nông nghiệp và Môi trường\n\nSố liệu của Bộ Tài nguyên và Môi trường"
        " (cũ):\n\n" + ITEM,
        None,
    ),
    # 2. An unnumbered heading: a bold line, or a paragraph line alone
    _form(
        "latent9/prose-under-the-new-provinces-bold-heading-is-read",
        REPORT + "**Tỉnh A (mới)**\n\n" + PROSE,
        CBCC_2024,
    ),
    _form(
        # the twin: the bold heading names a former province
        "latent9/prose-under-a-former-provinces-bold-heading-stays-unread",
        REPORT + "**Tỉnh Hà Giang (cũ)**\n\n" + PROSE,
        None,
    ),
    _form(
        "latent9/items-under-a-former-provinces-bold-heading-stay-unread",
        REPORT + "**Tỉnh Hà Giang (cũ)**\n\n" + ITEM,
        None,
    ),
    _form(
        "latent9/prose-under-a-former-provinces-paragraph-heading-stays-unread",
        REPORT + "Tỉnh Hà Giang (cũ)\n\n" + PROSE,
        None,
    ),
    _form(
        "latent9/prose-under-a-province-before-the-merger-stays-unread",
        REPORT + "**Tỉnh Hà Giang trước hợp nhất**\n\n" + PROSE,
        None,
    ),
    _form(
        "latent9/prose-under-a-former-communes-heading-stays-unread",
        "Báo cáo của UBND xã A\n\nXã B (cũ)\n\n" + PROSE,
        None,
    ),
    _form(
        "latent9/prose-under-a-former-ministrys-heading-stays-unread",
        "Báo cáo của Bộ Nông nghiệp và Môi trường\n\n**Bộ Tài nguyên và Môi trường (cũ)**\n\n"
        + PROSE,
        None,
    ),
    # 4. A clause fronted by one former place (news: "Tại tỉnh X cũ, ...")
    _form(
        "latent9/a-clause-fronted-by-the-new-province-is-read",
        "Tin tức\n\nNăm 2024, tại tỉnh Tuyên Quang (mới), biên chế công chức là 2.544 biên chế.\n",
        CBCC_2024,
    ),
    _form(
        # the twin: a former province fronts the clause
        "latent9/a-clause-fronted-by-a-former-province-stays-unread",
        "Tin tức\n\nNăm 2024, tại tỉnh Hà Giang (cũ), biên chế công chức là 2.544 biên chế.\n",
        None,
    ),
    _form(
        "latent9/a-sentence-opening-with-a-former-province-stays-unread",
        "Kế hoạch biên chế của tỉnh A\n\nTại tỉnh Hà Giang cũ, năm 2024 biên chế công chức là"
        " 2.544 biên chế.\n",
        None,
    ),
    _form(
        "latent9/a-sentence-opening-with-the-own-province-is-read",
        "Kế hoạch biên chế của tỉnh A\n\nTại tỉnh A, năm 2024 biên chế công chức là 2.544 biên"
        " chế.\n",
        CBCC_2024,
    ),
    _form(
        "latent9/a-clause-of-a-former-district-stays-unread",
        "Tin tức\n\nNăm 2024, tại huyện Bắc Mê cũ, biên chế công chức là 2.544 biên chế.\n",
        None,
    ),
    _form(
        "latent9/a-second-clause-of-a-former-province-stays-unread",
        REPORT + "Năm 2024, biên chế công chức là 4.000 biên chế; riêng tỉnh Hà Giang cũ, biên"
        " chế công chức là 2.544 biên chế.\n",
        None,
    ),
    _form(
        "latent9/two-places-fronting-clauses-of-a-news-report-stay-unread",
        "Tin tức\n\nTại Hà Giang, năm 2024 biên chế công chức là 2.544 biên chế; tại Tuyên"
        " Quang, biên chế công chức là 2.418 biên chế.\n",
        None,
    ),
    # 3. Province headings with no mark: the text's own (its header or title names it alone)
    # is read; another province's section is unread
    _form(
        "latent9/items-under-the-own-provinces-heading-are-read",
        "Báo cáo của Sở Nội vụ tỉnh Hà Giang\n\n1. Tỉnh Hà Giang\n\n" + ITEM,
        CBCC_2024,
    ),
    _form(
        "latent9/items-under-the-headers-province-heading-are-read",
        "ỦY BAN NHÂN DÂN\n\nTỈNH HÀ GIANG\n\nBáo cáo biên chế\n\n1. Tỉnh Hà Giang\n\n" + ITEM,
        CBCC_2024,
    ),
    _form(
        # the twin: the heading names a province the header does not
        "latent9/items-under-another-provinces-heading-stay-unread",
        "ỦY BAN NHÂN DÂN\n\nTỈNH TUYÊN QUANG\n\nBáo cáo biên chế\n\n1. Tỉnh Hà Giang\n\n" + ITEM,
        None,
    ),
    _form(
        "latent9/items-under-two-provinces-headings-stay-unread",
        REPORT + "1. Tỉnh Hà Giang\n\n" + ITEM + "\n2. Tỉnh Tuyên Quang\n\n- Biên chế công chức"
        " năm 2024: 2.418 biên chế.\n",
        None,
    ),
    _form(
        "latent9/prose-under-two-provinces-bold-headings-stays-unread",
        REPORT + "**Tỉnh Hà Giang**\n\n" + PROSE + "\n**Tỉnh Tuyên Quang**\n\nBiên chế công chức"
        " năm 2024 là 2.418 biên chế.\n",
        None,
    ),
    _form(
        # a district heading in a district's report keeps its reading
        "latent9/a-district-heading-in-its-own-report-is-read",
        "Báo cáo của UBND huyện A\n\n1. Huyện A\n\n" + ITEM,
        {("cbcc-huyen-a", 2024, 2544, None, None, None)},
    ),
    _form(
        # districts as sections of a province's plan keep a unit each
        "latent9/district-sections-of-a-provinces-plan-are-read",
        "Kế hoạch biên chế của tỉnh A\n\n1. Huyện B\n\n- Biên chế công chức năm 2024: 254 biên"
        " chế.\n\n2. Huyện C\n\n- Biên chế công chức năm 2024: 230 biên chế.\n",
        {
            ("cbcc-huyen-b", 2024, 254, None, None, None),
            ("cbcc-huyen-c", 2024, 230, None, None, None),
        },
    ),
)


@pytest.mark.parametrize("form", LATENT9_FORMS, ids=[form.name for form in LATENT9_FORMS])
def test_latent9_form(form: Form) -> None:
    forms.check_form(form)


PARTLY_READ = (
    # (text, the rows read, the lines left unread)
    (
        # the new province's section is read, the former one's after it is not
        REPORT + "**Tỉnh A (mới)**\n\n" + PROSE + "\n**Tỉnh Hà Giang (cũ)**\n\nBiên chế công chức"
        " năm 2024 là 2.418 biên chế.\n",
        CBCC_2024,
        {9},
    ),
    (
        # a numbered heading as high as the line alone ends its section
        REPORT + "Tỉnh Hà Giang (cũ)\n\n" + PROSE + "\n2. Kế hoạch năm 2026\n\nBiên chế công"
        " chức năm 2026 là 4.000 biên chế.\n",
        {("cbcc", 2026, 4000, None, None, None)},
        {5},
    ),
)


@pytest.mark.parametrize(("text", "rows", "unread"), PARTLY_READ)
def test_latent9_a_former_places_section_ends(
    text: str, rows: set[forms.Row], unread: set[int]
) -> None:
    read, _, left = forms._rows(text)
    assert read == frozenset(rows)
    assert left == unread
