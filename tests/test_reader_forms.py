"""The reader's statement kinds and structure forms, each as data: an example read whole and
its twin, one change away, that must be left unread (reported, never guessed), or read as
something else. Expected readings are written by hand, as an analyst would transcribe them.

A new phrasing is a rule (rules.RULES, lexicon) plus a pair here, never a special case.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from lotrinh.core import check_plan
from lotrinh.extract import extract_plan, plan_from_result
from lotrinh.extract.chains import framed_from_to, spell_out
from lotrinh.extract.document import split_lines, tokens
from lotrinh.extract.groups import cut_glossed, reserve_after_base
from lotrinh.extract.headlines import read_headline
from lotrinh.extract.lexicon import EXAMPLES, Kind, category_mentioned, kind_of, scope_of
from lotrinh.extract.meta import read_meta
from lotrinh.extract.statements import _a_part
from lotrinh.extract.subjects import unknown_qualifier

Row = tuple[str, int, int | None, int | None, int | None, str | None]
"""unit, year, value, reduction (signed), base year, rate."""


@dataclass(frozen=True)
class Form:
    name: str
    text: str
    rows: frozenset[Row] | None
    """The claims read; None: nothing may be read (the text is reported as unread)."""
    parts: tuple[tuple[str, tuple[str, ...]], ...] = ()


def _rows(text: str) -> tuple[frozenset[Row], dict[str, tuple[str, ...]], set[int]]:
    result = extract_plan(text, "doc.txt")
    rows = set()
    for claim in result.data["claims"]:
        if "value" in claim:
            rows.add((claim["unit"], claim["year"], claim["value"], None, None, None))
        for change in claim.get("changes", []):
            reduction = change.get("reduction", -change.get("increase", 0))
            rows.add(
                (
                    claim["unit"],
                    claim["year"],
                    None,
                    reduction,
                    change["base_year"],
                    change.get("rate"),
                )
            )
    parts = {unit["id"]: tuple(unit.get("parts", ())) for unit in result.data["units"]}
    unread = {entry.line for entry in result.coverage.entries if entry.unread}
    return frozenset(rows), parts, unread


def _form(name: str, text: str, rows: set[Row] | None, **parts: tuple[str, ...]) -> Form:
    return Form(name, text, frozenset(rows) if rows is not None else None, tuple(parts.items()))


LABELLED_GROUPS = """Biểu lộ trình tinh giản biên chế của tỉnh

| TT | Nội dung | Năm 2021 | Năm 2026 | Giảm so với năm 2021 |
|---|---|---|---|---|
| I | Công chức | | | |
| 1 | Cấp tỉnh | 600 | 570 | 30 |
| 2 | Cấp huyện | 400 | 380 | 20 |
| | *Cộng I* | 1.000 | 950 | 50 |
| II | Viên chức | | | |
| 1 | Giáo dục | 5.000 | 4.500 | 500 |
| 2 | Y tế | 1.000 | 900 | 100 |
| | *Cộng II* | 6.000 | 5.400 | 600 |
| | Tổng cộng (I + II) | 7.000 | 6.350 | 650 |
"""


NAMED_GROUPS = """Kế hoạch tinh giản biên chế của tỉnh A

| Nội dung | Năm 2021 | Năm 2026 |
|---|---|---|
| **I. Biên chế công chức** | 1.000 | 950 |
| Cấp tỉnh | 600 | 570 |
| Cấp huyện | 400 | 380 |
| **II. Số lượng người làm việc** | 6.000 | 5.400 |
| Cấp tỉnh | 2.000 | 1.800 |
| Cấp huyện | 4.000 | 3.600 |
| **Tổng cộng (I + II)** | 7.000 | 6.350 |
"""
"""eng-ai: a table of no serial column numbering its groups in their names."""

POSTS_2025 = "Năm 2025, tỉnh giao 2.300 người làm việc.\n"
"""A plan's line read beside a sentence left outside, so the text is a plan."""

CITED_CLAUSE = (
    "Điều 1. Biên chế công chức năm 2025\n1. Biên chế công chức năm 2025 của Bộ là 61.180 biên "
    "chế, giảm 6.372 biên chế so với năm 2024 (67.552 biên chế).\n2. Năm 2024, Bộ A được giao "
    "61.950 biên chế và Bộ B được giao 5.602 biên chế.\n3. Biên chế công chức quy định tại khoản "
    "1 Điều này được phân bổ như sau:\na) Cơ quan Bộ: 3.120 biên chế;\nb) Hệ thống Thuế: 58.060 "
    "biên chế."
)
"""eng-unread: a decision sharing out the figure of a clause it cites by number."""
CITED_ROWS = {
    ("cbcc", 2025, 61180, None, None, None),
    ("cbcc", 2025, None, 6372, 2024, None),
    ("cbcc", 2024, 67552, None, None, None),
    ("bo-a", 2024, 61950, None, None, None),
    ("bo-b", 2024, 5602, None, None, None),
    ("co-quan-bo", 2025, 3120, None, None, None),
    ("he-thong-thue", 2025, 58060, None, None, None),
}


LEAVERS_HEADLINE = (
    "Tỉnh A: 6 tháng đầu năm 2019 toàn tỉnh giảm 120 biên chế\n\nNăm 2019, tổng biên chế của "
    "tỉnh là 5.000 biên chế{change}. Đợt 1 năm 2019, tỉnh đã giải quyết cho {leavers} trường hợp "
    "tinh giản biên chế.\n"
)


MANY_NAMED = (
    "Tỉnh A tạm giao {headline} người làm việc trong đơn vị sự nghiệp công lập, các hội; cán bộ, "
    "công chức cấp xã năm {year}\n\nNăm 2023, toàn tỉnh được tạm giao 1.300 chỉ tiêu, gồm: người "
    "làm việc trong đơn vị sự nghiệp công lập 1.000 chỉ tiêu; các hội đặc thù 100 chỉ tiêu; cán "
    "bộ, công chức cấp xã 200 chỉ tiêu.\n"
)


YEARS_AS_ROWS = """Lộ trình biên chế của tỉnh

| Năm | Công chức | Viên chức | Tổng cộng | Giảm so với năm 2021 | Tỷ lệ giảm |
|---|---|---|---|---|---|
| 2021 (số được giao) | 1.000 | 9.000 | 10.000 | - | - |
| 2023 | 980 | 8.600 | 9.580 | 420 | 4,2% |
| 2026 | 950 | 8.100 | 9.050 | 950 | 9,5% |
"""


SHARES = """| Khối | Biên chế công chức năm 2024 | {header} |
|---|---|---|
| Các sở, ban, ngành | 1.200 | 60% |
| UBND các huyện | 800 | 40% |
| Tổng cộng | 2.000 | 100% |
"""


RECALLED = (
    "Năm 2024, tổng số người làm việc {first}.\nTrong tổng số {again} người: các sở, ban, "
    "ngành 5.391 người; UBND các huyện, thành phố 10.939 người; Sở Y tế 5 người."
)


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


COUNTED_IN_NAME = (
    "Biên chế công chức của ngành\n\n| STT | Đơn vị | Biên chế năm 2025 | Biên chế năm 2026 |\n"
    "|---|---|---|---|\n| 1 | Cơ quan Tổng cục | 300 | 290 |\n| 2 | Chi cục Thuế khu vực {count} "
    "| 900 | 880 |\n| | Tổng cộng | 1.200 | 1.170 |\n"
)


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


def _cut(unit: str, year: int, before: int, after: int) -> set[Row]:
    """A row's figures for a year and the next, and the change between them."""
    return {
        (unit, year, before, None, None, None),
        (unit, year + 1, after, None, None, None),
        (unit, year + 1, None, before - after, year, None),
    }


def _series(unit: str, first: int, last: int) -> set[Row]:
    """A table row's 2021 and 2026 figures and the fall between them."""
    return {
        (unit, 2021, first, None, None, None),
        (unit, 2026, last, None, None, None),
        (unit, 2026, None, first - last, 2021, None),
    }


PAST_YEARS = (
    "Biên chế công chức được giao những năm qua: năm 2024 là 1.326; năm 2025 là 1.302 biên chế.\n"
)
"""A chain whose topic says the years it walks through (eng-slips3)."""


SCHOOL_LEVELS = (
    "I. NĂM 2021\nNăm 2021, các trường công lập thuộc huyện được giao 1.000 viên chức, gồm:\n"
    "- Mầm non: 400 người;\n- Trung học cơ sở: 600 người.\n\n"
    "II. LỘ TRÌNH GIẢM SỐ LƯỢNG VIÊN CHỨC THEO CẤP HỌC\n"
    "1. {level}: năm 2025 là 390 người; năm 2026 là 380 người.\n(giảm 20 người so với năm 2021)\n"
)


REFINED = (
    "Điều 1. Giao biên chế công chức năm 2026 cho các cơ quan, tổ chức hành chính thuộc Bộ như "
    "sau:\n\n1. Tổng biên chế công chức năm 2026 của Bộ là 1.015 biên chế, giảm 20 biên chế so "
    "với năm 2025 (năm 2025 được giao 1.035 biên chế).\n\n2. Phân bổ cụ thể:\n\n{items}\n\n"
    "PHỤ LỤC: BIÊN CHẾ CÔNG CHỨC NĂM 2026 CỦA CÁC CƠ QUAN, ĐƠN VỊ THUỘC BỘ\n\n"
    "| STT | Cơ quan, đơn vị | Biên chế giao năm 2025 | Biên chế giao năm 2026 |\n"
    "|---|---|---|---|\n"
    "{rows}\n| | Tổng cộng | 1.035 | 1.015 |\n"
)
"""A total listed twice: items in the decision, rows in its annex (eng-slips3)."""


PARTY_BLOCK_2025 = (
    "Tổng biên chế năm 2025 của các cơ quan đảng, Mặt trận Tổ quốc và các tổ chức chính trị - "
    "xã hội thành phố là 86 biên chế, giảm 2 biên chế so với năm 2024.\n"
)


NAMED_AGAIN = (
    "Điều 1. Giao biên chế công chức năm 2026\n1. Tổng biên chế công chức năm 2026 của các Vụ, "
    "Cục và Văn phòng Bộ là 1.000 biên chế, gồm:\na) Văn phòng Bộ: 200 biên chế;\nb) Các Cục: 800 "
    "biên chế.\n2. {lead}, cụ thể:\n- Cục A: 500 biên chế;\n- Cục B: 300 biên chế.\n"
)
"""A body's posts named again to be broken down (eng-slips3)."""
NAMED_AGAIN_ROWS = {
    ("cbcc-vu-cuc-van-phong", 2026, 1000, None, None, None),
    ("van-phong-bo", 2026, 200, None, None, None),
    ("cuc", 2026, 800, None, None, None),
    ("cuc-a", 2026, 500, None, None, None),
    ("cuc-b", 2026, 300, None, None, None),
}


VC_2025 = "Năm 2025, số viên chức là 1.805 người, giảm 205 người so với năm 2021.\n"


SECTION = "II. CHỈ TIÊU VÀ LỘ TRÌNH\n\n2. {heading}\n"
"""A section heading; the sentences under it name no unit of their own (eng-sections)."""


ROADMAP_WHOLE_BASE = (
    "1. Biên chế năm 2021\nTổng biên chế được giao năm 2021 là 300 biên chế, gồm:\n+ Cấp tỉnh: 200 "
    "biên chế;\n+ Cấp huyện: 100 biên chế.\n\n2. Chỉ tiêu đến năm 2026\nTổng biên chế đến năm 2026 "
    "là 285 biên chế.\n\n"
)
"""A text stating one whole (its total and the total's parts) before its roadmap."""
ROADMAP_WHOLE_ITEMS = (
    "3. Lộ trình hằng năm\n- Năm 2024: 295 biên chế;\n- Năm 2025: 290 biên chế;\n- Năm 2026: 285 "
    "biên chế (giảm 5 biên chế so với năm 2025).\n"
)
"""A roadmap's year items under a heading naming no unit (lines 1 - 4 of it)."""
ROADMAP_FALLS = (
    "Tổng biên chế năm 2021 là 1.046 biên chế; đến năm 2025 còn 1.002 biên chế.\n\n3. Lộ trình "
    "giảm biên chế hằng năm\n+ Năm 2022: 1.035 biên chế (giảm 11 biên chế);\n+ Năm 2023: 1.024 "
    "biên chế (giảm {c2023} biên chế);\n+ Năm 2024: 1.013 biên chế (giảm {c2024} biên chế);\n+ "
    "Năm 2025: 1.002 biên chế (giảm {c2025} biên chế).\n"
)
"""Year items whose changes name no year (lines 4 - 7)."""
ROADMAP_VC_HEADING = "2. Số lượng người làm việc hưởng lương từ ngân sách nhà nước\n"


PARTY_HEAD = (
    "QUYẾT ĐỊNH\n\nĐiều 1. Giao 300 biên chế năm 2025 cho {whom}{cmp}, cụ thể:\na) Các cơ quan "
    "tham mưu, giúp việc Tỉnh ủy: 200 biên chế (năm {y0}: 210 biên chế), gồm:\n+ Văn phòng Tỉnh "
    "ủy: 120 biên chế (giảm 6 biên chế);\n+ Ban Tổ chức Tỉnh ủy: 80 biên chế (không thay đổi).\n"
    "b) Cơ quan Ủy ban Mặt trận Tổ quốc tỉnh: 100 biên chế (năm 2024 là 102 biên chế), giảm 2 "
    "biên chế.\n"
)
"""eng-alloc2: a Tỉnh ủy's allocation to its bodies, a) listing bodies of its own."""
PARTY_OVERRUN = (
    "Điều 2. Các cơ quan có số người đang công tác vượt biên chế được giao (toàn khối hiện còn "
    "vượt {people}) hoàn thành việc sắp xếp trước ngày 31/12/2025.\n"
)
PARTY_BODIES = "các cơ quan đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội cấp tỉnh"
PARTY_ROWS = {
    ("dang-tinh", 2025, 300, None, None, None),
    ("dang-tinh", 2025, None, 12, 2024, None),
    ("co-quan-tham-muu-giup", 2025, 200, None, None, None),
    ("co-quan-tham-muu-giup", 2024, 210, None, None, None),
    ("van-phong-tinh-uy", 2025, 120, None, None, None),
    ("van-phong-tinh-uy", 2025, None, 6, 2024, None),
    ("ban-to-chuc-tinh-uy", 2025, 80, None, None, None),
    ("ban-to-chuc-tinh-uy", 2025, None, 0, 2024, None),
    ("co-quan-uy-ban-mat", 2025, 100, None, None, None),
    ("co-quan-uy-ban-mat", 2024, 102, None, None, None),
    ("co-quan-uy-ban-mat", 2025, None, 2, 2024, None),
}


SHARED_OUT = (
    "Điều 1. Phê duyệt tổng số người làm việc trong các đơn vị sự nghiệp công lập của tỉnh năm "
    "2025 là 1.000 người, giảm 30 người so với năm 2024 (1.030 người).\n1. Phân theo lĩnh vực:\n"
    "a) Sự nghiệp giáo dục và đào tạo: 700 người (trong đó có 600 giáo viên), giảm 20 người;\n"
    "b) Sự nghiệp y tế: 300 người, giảm {health} người.\n"
)
"""eng-items: a figure, then a numbered line saying only that it is shared out, its items'
cuts bare."""
SHARED_OUT_ROWS = {
    ("vc", 2025, 1000, None, None, None),
    ("vc", 2025, None, 30, 2024, None),
    ("vc", 2024, 1030, None, None, None),
    ("vc-vc-giao-duc-dao-tao", 2025, 700, None, None, None),
    ("vc-vc-giao-duc-dao-tao", 2025, None, 20, 2024, None),
    ("vc-vc-giao-duc-dao-tao-giao-vien", 2025, 600, None, None, None),
    ("vc-vc-y-te", 2025, 300, None, None, None),
    ("vc-vc-y-te", 2025, None, 10, 2024, None),
}

LAST_WITH_COMMAS = (
    "Năm 2025, số lượng người làm việc của phường là 37 người, gồm Trung tâm Phục vụ hành chính "
    "công 15 người và Trung tâm Văn hóa, Thông tin và Thể thao {last} người.\n"
)
"""eng-items: a figure's two parts in one sentence, the last one's name holding commas."""

CLOSING_SUM = (
    "Đến năm 2026, khối Đảng còn 684 biên chế, khối chính quyền còn 2.033 biên chế; tổng cộng "
    "{total}, giảm 33 so với năm 2021.\n"
)
"""eng-items: figures stated one after another, then their sum after "tổng cộng"."""

DUTY_ITEM = (
    "Biên chế{cat} năm 2025 của Bộ là 500 biên chế, cụ thể:\n1. Vụ Tổ chức cán bộ: 414 biên "
    "chế;\n2. Văn phòng Bộ: 86 biên chế{sub}.\n"
)
"""eng-items: a list's item with the posts of a duty or a title inside its figure."""
DUTY_ROWS = {
    ("cbcc", 2025, 500, None, None, None),
    ("vu-to-chuc-can-bo", 2025, 414, None, None, None),
    ("van-phong-bo", 2025, 86, None, None, None),
}

PARTY_ONLY = (
    "Tổng biên chế giao cho các cơ quan đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội "
    "của tỉnh đến năm 2026 là {n} biên chế, giảm {d} biên chế so với năm 2021 (800 biên chế). "
    "Gồm:\na) Cấp tỉnh: 300 biên chế;\nb) Cấp huyện: {h} biên chế;\nc) Dự phòng: 10 biên chế.\n"
)
"""eng-slips5: a text giving only the Party's, the Front's and the mass organisations' posts,
in one figure holding every other."""
PARTY_ONLY_ROWS = {
    ("tong", 2021, 800, None, None, None),
    ("tong", 2026, 762, None, None, None),
    ("tong", 2026, None, 38, 2021, None),
    ("cap-tinh", 2026, 300, None, None, None),
    ("cap-huyen", 2026, 452, None, None, None),
    ("du-phong", 2026, 10, None, None, None),
}
PARTY_SIDE_BY_SIDE = (
    "Các cơ quan đảng cấp tỉnh: năm 2021 là 500 biên chế, năm 2026 là 470 biên chế.\n"
    "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội cấp tỉnh: năm 2021 là 300 biên chế, năm "
    "2026 là 290 biên chế.\n"
)


PARTY_LISTS = (
    "1. Biên chế được giao năm 2021\nTổng biên chế khối đảng, Mặt trận Tổ quốc và các đoàn thể của "
    "huyện năm 2021 là 70 biên chế, gồm: các cơ quan tham mưu, giúp việc Huyện ủy {a} biên chế; Ủy "
    "ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện 30 biên chế.\n2. Phân bổ biên "
    "chế năm 2026\nBiên chế năm 2026 là 66 biên chế, cụ thể:\n- Các cơ quan tham mưu, giúp việc "
    "Huyện ủy: 37 biên chế;\n- Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện: "
    "27 biên chế;\n- Dự phòng: 2 biên chế.\n"
)
"""eng-slips5: a total's two lists of parts, the later adding the reserve."""
PARTY_LISTS_ROWS = {
    ("dang", 2021, 70, None, None, None),
    ("dang", 2026, 66, None, None, None),
    ("co-quan-tham-muu-giup", 2021, 40, None, None, None),
    ("co-quan-tham-muu-giup", 2026, 37, None, None, None),
    ("uy-ban-mat-tran-to", 2021, 30, None, None, None),
    ("uy-ban-mat-tran-to", 2026, 27, None, None, None),
    ("du-phong", 2026, 2, None, None, None),
}


PARTY_LIST_AFTER = (
    "Tổng biên chế khối đảng, Mặt trận Tổ quốc và các đoàn thể của huyện năm 2021 là 70 biên chế, "
    "gồm: các cơ quan tham mưu, giúp việc Huyện ủy 40 biên chế; Ủy ban Mặt trận Tổ quốc và các "
    "đoàn thể chính trị - xã hội huyện 30 biên chế.\nBiên chế năm 2026 là 66 biên chế{end}\n- Các "
    "cơ quan tham mưu, giúp việc Huyện ủy: 37 biên chế;\n- Ủy ban Mặt trận Tổ quốc và các đoàn "
    "thể chính trị - xã hội huyện: 27 biên chế;\n- Dự phòng: 2 biên chế.\n"
)
"""eng-slips5: a figure of the unit just named, of another year, opening a list of its own."""


SUBSET_IN_A_PART = (
    "Kế hoạch tinh giản biên chế của huyện A\n\nNăm 2021, huyện có 2.051 biên chế, gồm công "
    "chức: 188 biên chế; viên chức: 1.767 biên chế {subset}{sep} các hội: 87 biên chế; dự "
    "phòng: 9 biên chế.\n"
)
"""eng-probe1: a list of parts whose VC part holds a subset, more parts after it."""
COUNT_FIRST_LIST = (
    "Kế hoạch tinh giản biên chế của huyện A\n\nNăm 2021, huyện giao 5.201 biên chế, gồm:\n"
    "- 281 biên chế công chức;\n- 4.838 {vc};\n- 75 {hoi};\n- 7 biên chế dự phòng.\n"
)
"""eng-probe1: a lead's items, each count first."""
OWN_PROVINCE_PARTS = (
    "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2021, tỉnh tạm giao 2.817 biên chế, {parts}.\n"
)
"""eng-probe1: the province's figure, its parts after it in the sentence."""
VC_UNITS_PART = (
    "Kế hoạch tinh giản biên chế của huyện A\n\nNăm 2021, huyện có 2.817 biên chế, gồm 186 biên "
    "chế công chức và 2.631 người làm việc trong các đơn vị sự nghiệp{where} công lập.\n"
)
"""eng-probe1: a count-first VC part and the units it is in."""
HOI_PART = (
    "Kế hoạch tinh giản biên chế của huyện A\n\nNăm 2021, huyện có 2.827 biên chế, gồm 186 biên "
    "chế công chức, 2.631 người làm việc và 10 biên chế các hội{where}.\n"
)
"""eng-probe1: the hội's part after the categories, count first."""
COUNT_FIRST_ROWS = {
    ("huyen", 2021, 5201, None, None, None),
    ("huyen-cbcc", 2021, 281, None, None, None),
    ("huyen-vc", 2021, 4838, None, None, None),
    ("huyen-hoi", 2021, 75, None, None, None),
    ("du-phong", 2021, 7, None, None, None),
}
SUBSET_IN_A_PART_ROWS = {
    ("huyen", 2021, 2051, None, None, None),
    ("huyen-cbcc", 2021, 188, None, None, None),
    ("huyen-vc", 2021, 1767, None, None, None),
    ("huyen-vc-giao-vien", 2021, 778, None, None, None),
    ("huyen-hoi", 2021, 87, None, None, None),
    ("du-phong", 2021, 9, None, None, None),
}


GROUP_ROWS = """Phụ lục: Lộ trình biên chế của Viện

| TT | Chỉ tiêu | 2021 | 2026 | Giảm 2026 so với 2021 |
|---|---|---|---|---|
| A | Biên chế công chức | 120 | 114 | 6 |
| B | **Số lượng người làm việc** | **900** | **810** | **90** |
| 1 | Các phòng thí nghiệm | 500 | 450 | 50 |
| | Trong đó: kỹ sư | 300 | 270 | 30 |
| 2 | Thư viện và các đơn vị khác | 250 | 225 | 25 |
| 3 | Trường đào tạo | 150 | 135 | 15 |
| | **Tổng cộng (A + B)** | **1.020** | **924** | **96** |
"""
"""eng-af: a roadmap table of group rows (B over rows 1-3, a subset row under row 1, a bold
total "(A + B)"). By hand: 500 + 250 + 150 = 900, 450 + 225 + 135 = 810; 120 + 900 = 1.020,
114 + 810 = 924; falls 6, 50, 30, 25, 15, 90 (= 50 + 25 + 15), 96 (= 6 + 90)."""
GROUP_ROWS_READ = {
    (unit, year, value, None, None, None)
    for unit, values in {
        "cbcc": (120, 114),
        "vc": (900, 810),
        "phong-thi-nghiem": (500, 450),
        "ky-su": (300, 270),
        "thu-vien-don-vi-khac": (250, 225),
        "truong-dao-tao": (150, 135),
        "tong": (1020, 924),
    }.items()
    for year, value in zip((2021, 2026), values, strict=True)
} | {
    (unit, 2026, None, fall, 2021, None)
    for unit, fall in {
        "cbcc": 6,
        "vc": 90,
        "phong-thi-nghiem": 50,
        "ky-su": 30,
        "thu-vien-don-vi-khac": 25,
        "truong-dao-tao": 15,
        "tong": 96,
    }.items()
}
KEPT_HEAD = (
    "Điều 1. Điều chỉnh biên chế công chức năm 2025 của tỉnh như sau:\n"
    "1. Tổng biên chế công chức năm 2025 của tỉnh là 2.100 biên chế.\n"
)
LEFT_OUT_HEAD = "Năm 2025, tổng số người làm việc của tỉnh là 8.400 người.\n"


SILENT_HEAD = "Kế hoạch biên chế của Sở Y tế\n\nNăm 2025, Sở Y tế được giao 1.000 người làm việc"
"""eng-silent: a figure whose subsets or trailing counts the forms below vary."""
SILENT_ROW = ("so-y-te-vc", 2025, 1000, None, None, None)


LEAD_TOTAL_TABLE = (
    "Kế hoạch biên chế\n\nGiao tổng số 1.000 biên chế công chức năm 2024, giảm 30 biên chế so "
    "với năm 2023, như sau:\n\n| STT | Cơ quan | Năm 2023 | Năm 2024 |\n|---|---|---|---|\n"
    "| 1 | Sở A | 620 | 600 |\n| 2 | Sở B | 410 | 400 |\n| | {total} | 1.030 | {value} |\n"
)
"""eng-ah: a lead stating a total opens a table whose total row may repeat it."""
LEAD_TOTAL_ROWS = {
    ("cbcc", 2024, 1000, None, None, None),
    ("cbcc", 2024, None, 30, 2023, None),
    ("so-a", 2023, 620, None, None, None),
    ("so-a", 2024, 600, None, None, None),
    ("so-b", 2023, 410, None, None, None),
    ("so-b", 2024, 400, None, None, None),
}


WHOLE_BODY = (
    "Năm 2024, tổng biên chế công chức và số lượng người làm việc của tỉnh được giao là "
    "23.914, giảm 1.268 so với năm 2021 (25.182).\nTrong đó, biên chế công chức là 1.985, "
    "giảm 104 so với năm 2021 (2.089); số lượng người làm việc là 21.929 người, giảm 1.164 "
    "người so với năm 2021 (23.093 người).\n"
)
"""eng-lt102: a report's body stating its total's one change against 2021, with parts."""
WHOLE_BODY_READ = {
    ("tong", 2024, 23914, None, None, None),
    ("tong", 2021, 25182, None, None, None),
    ("tong", 2024, None, 1268, 2021, None),
    ("cbcc", 2024, 1985, None, None, None),
    ("cbcc", 2021, 2089, None, None, None),
    ("cbcc", 2024, None, 104, 2021, None),
    ("vc", 2024, 21929, None, None, None),
    ("vc", 2021, 23093, None, None, None),
    ("vc", 2024, None, 1164, 2021, None),
}


MOVED = (
    "Nghị quyết điều chỉnh biên chế\n\nĐiều 1. Điều chỉnh biên chế công chức năm 2024 như "
    "sau:\n1. Chuyển 6 biên chế công chức từ Sở Giao thông vận tải sang Sở Xây dựng; sau "
    "điều chỉnh, {after}.\n"
)
"""eng-moves: a move of posts between two bodies, then what the bodies hold after it."""


LEAD_OF_ITS_OWN = (
    "Kế hoạch tinh giản biên chế của huyện A\n\n2. Số lượng người làm việc\nNăm 2021, huyện "
    "được giao 1.208 người làm việc; đến năm 2026 còn 1.086 người, giảm 122 người. Chia theo "
    "lĩnh vực:\n+ Sự nghiệp giáo dục: từ 1.129 người xuống còn 1.015 người, giảm 114 người;\n"
    "+ Sự nghiệp khác: từ 79 người xuống còn 71 người.\n"
)
"""eng-paren: a lead of its own sentence ("Chia theo lĩnh vực:") after a figure of two years."""


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
    # session 8 (eng-multi): more of the row's own words
    _form(
        "categories/in-post-after-the-posts",  # people present that day: outside the row
        "Năm 2024, huyện được giao 412 biên chế công chức, 5.120 người làm việc và 36 biên chế "
        "hội có tính chất đặc thù; đến ngày 31/10/2024 có mặt 398 công chức và 4.870 viên chức.",
        {
            ("cbcc", 2024, 412, None, None, None),
            ("vc", 2024, 5120, None, None, None),
            ("hoi", 2024, 36, None, None, None),
        },
    ),
    _form(
        "categories/in-post-after-the-posts/not-said-present",  # "còn": posts or people?
        "Năm 2024, huyện được giao 412 biên chế công chức, 5.120 người làm việc và 36 biên chế "
        "hội có tính chất đặc thù; đến ngày 31/10/2024 còn 398 công chức và 4.870 viên chức.",
        None,
    ),
    _form(
        "categories/proposed-to-the-council",  # each clause its own verb, the year said last
        "Ủy ban nhân dân huyện đề nghị Hội đồng nhân dân huyện giao 412 biên chế công chức, phê "
        "duyệt 5.120 người làm việc và giao 36 biên chế các hội có tính chất đặc thù năm 2025.",
        {
            ("cbcc", 2025, 412, None, None, None),
            ("vc", 2025, 5120, None, None, None),
            ("hoi", 2025, 36, None, None, None),
        },
    ),
    _form(
        "categories/proposed-to-the-council/for-a-body",  # posts for a body named: not the row's
        "Ủy ban nhân dân huyện đề nghị Hội đồng nhân dân huyện giao cho Trung tâm Y tế huyện 412 "
        "biên chế công chức, phê duyệt 5.120 người làm việc và giao 36 biên chế các hội có tính "
        "chất đặc thù năm 2025.",
        None,
    ),
    _form(
        "categories/merged-provinces",  # the year's figures summed over the provinces merged
        "Năm 2021 (số liệu đã gộp trước hợp nhất), hai tỉnh được giao 2.950 biên chế công chức và "
        "41.300 người làm việc.",
        {("cbcc", 2021, 2950, None, None, None), ("vc", 2021, 41300, None, None, None)},
    ),
    _form(
        "categories/merged-provinces/some-left-out",  # a note leaving a province out
        "Năm 2021 (chưa gộp số liệu của tỉnh cũ trước hợp nhất), tỉnh được giao 2.950 biên chế "
        "công chức và 41.300 người làm việc.",
        None,
    ),
    _form(
        "categories/merged-provinces/no-merger-said",  # "hai tỉnh": which two, unsaid
        "Năm 2021, hai tỉnh được giao 2.950 biên chế công chức và 41.300 người làm việc.",
        None,
    ),
    _form(
        "categories/two-comparisons-fronted",  # each part of the row its own comparison
        "Năm 2025, so với năm 2024, biên chế công chức giảm 12 biên chế, số lượng người làm việc "
        "giảm 140 người, biên chế các hội đặc thù giữ nguyên; so với năm 2021, biên chế công chức "
        "giảm 61 biên chế (tỷ lệ 5,02%), số lượng người làm việc giảm 1.480 người (tỷ lệ 9,87%).",
        {
            ("cbcc", 2025, None, 12, 2024, None),
            ("vc", 2025, None, 140, 2024, None),
            ("hoi", 2025, None, 0, 2024, None),
            ("cbcc", 2025, None, 61, 2021, "5,02%"),
            ("vc", 2025, None, 1480, 2021, "9,87%"),
        },
    ),
    _form(
        "categories/two-comparisons-fronted/second-not-said",  # one category cut twice: vs when?
        "Năm 2025, so với năm 2024, biên chế công chức giảm 12 biên chế, số lượng người làm việc "
        "giảm 140 người, biên chế các hội đặc thù giữ nguyên; biên chế công chức giảm 61 biên chế "
        "(tỷ lệ 5,02%), số lượng người làm việc giảm 1.480 người (tỷ lệ 9,87%).",
        None,
    ),
    _form(
        # one category cut twice in one part of the row: the general reader took both cuts
        # against 2024 (one unit, two changes against one year); now the row is unread
        "categories/two-comparisons-fronted/one-category-cut-twice",
        "So với năm 2024, biên chế công chức giảm 12 biên chế, số lượng người làm việc giảm 140 "
        "người; biên chế công chức giảm 61 biên chế (tỷ lệ 5,02%), số lượng người làm việc giảm "
        "1.480 người (tỷ lệ 9,87%).",
        None,
    ),
    _form(
        "categories/comparison-after-the-parentheses",
        "Đến năm 2026, Ủy ban còn 508 biên chế công chức (giảm 27 biên chế, tỷ lệ 5,05%) và 1.940 "
        "người làm việc (giảm 216 người, tỷ lệ 10,02%) so với năm 2021.",
        {
            ("cbcc", 2026, 508, None, None, None),
            ("cbcc", 2026, None, 27, 2021, "5,05%"),
            ("vc", 2026, 1940, None, None, None),
            ("vc", 2026, None, 216, 2021, "10,02%"),
        },
    ),
    _form(
        # the first names a year of its own: the last comparison is the second's only, or
        # both's? (the general reader took 1.940 as a cut against 2022 before: now unread)
        "categories/comparison-after-the-parentheses/first-its-own",
        "Đến năm 2026, Ủy ban còn 508 biên chế công chức (giảm 27 biên chế so với năm 2022) và "
        "1.940 người làm việc (giảm 216 người, tỷ lệ 10,02%) so với năm 2021.",
        None,
    ),
    _form(
        "categories/on-the-roadmap-meeting-the-goal",  # "Theo lộ trình,", "đạt yêu cầu": no figure
        "Theo lộ trình, năm 2026 huyện còn 508 biên chế công chức, giảm 27 biên chế, tỷ lệ 5,05% "
        "so với năm 2021, đạt yêu cầu; số người làm việc còn 1.940 người, giảm 216 người, tỷ lệ "
        "10,02%.",
        {
            ("cbcc", 2026, 508, None, None, None),
            ("cbcc", 2026, None, 27, 2021, "5,05%"),
            ("vc", 2026, 1940, None, None, None),
            ("vc", 2026, None, 216, 2021, "10,02%"),
        },
    ),
    _form(
        # a base recalled with a scope of its own: the subject's, as the rate's arithmetic says
        "fronted/recalled-with-its-scope",
        "1. Biên chế công chức\n- Năm 2026 đề nghị giao: 1.404 biên chế.\n- So với năm 2021 "
        "(1.480 biên chế công chức của hai huyện trước sáp nhập), giảm 76 biên chế, tỷ lệ giảm "
        "5,14%.",
        {
            ("cbcc", 2026, 1404, None, None, None),
            ("cbcc", 2021, 1480, None, None, None),
            ("cbcc", 2026, None, 76, 2021, "5,14%"),
        },
    ),
    _form(
        "categories/changes-in-turn",  # "lần lượt": two categories, two counts, two rates
        "So với năm 2024 (812 biên chế công chức và 9.406 người làm việc), biên chế công chức và "
        "số người làm việc năm 2025 giảm lần lượt 12 và 140, tương ứng 1,48% và 1,49%.",
        {
            ("cbcc", 2025, None, 12, 2024, "1,48%"),
            ("vc", 2025, None, 140, 2024, "1,49%"),
            ("cbcc", 2024, 812, None, None, None),
            ("vc", 2024, 9406, None, None, None),
        },
    ),
    _form(
        "categories/changes-in-turn/three-counts",  # three counts for two: which is whose?
        "So với năm 2024 (812 biên chế công chức và 9.406 người làm việc), biên chế công chức và "
        "số người làm việc năm 2025 giảm lần lượt 12, 140 và 3, tương ứng 1,48% và 1,49%.",
        None,
    ),
    _form(
        "categories/changes-in-turn/named-as-one",  # "công chức, viên chức": one sum, no pair
        "So với năm 2024, biên chế công chức, viên chức năm 2025 giảm lần lượt 12 và 140.",
        None,
    ),
    _form(
        "fronted/again-naming-its-category",  # two recalled bases of the one category named
        "So với năm 2021 (12.400 người), năm 2024 số người làm việc giảm 620 người, tỷ lệ 5,00%; "
        "so với năm 2015 (13.100 người) giảm 1.320 người, tỷ lệ 10,08%.",
        {
            ("vc", 2021, 12400, None, None, None),
            ("vc", 2015, 13100, None, None, None),
            ("vc", 2024, None, 620, 2021, "5,00%"),
            ("vc", 2024, None, 1320, 2015, "10,08%"),
        },
    ),
    _form(
        "fronted/again-naming-its-category/two-categories",  # the second base: whose?
        "So với năm 2021 (12.400 người), năm 2024 số người làm việc giảm 620 người, tỷ lệ 5,00%, "
        "biên chế công chức giảm 40 biên chế; so với năm 2015 (13.100 người) giảm 1.320 người, "
        "tỷ lệ 10,08%.",
        None,
    ),
    _form(
        "categories/result-with-the-sum-of-the-cuts",  # the total's own cut after its two
        "Kết quả đến năm 2026: huyện giảm 8 biên chế công chức (5,63%) và 240 viên chức "
        "(10,06%), tổng cộng giảm 248 người (9,81%) so với năm 2021, đạt yêu cầu của Kết luận "
        "số 40-KL/TW.",
        {
            ("cbcc", 2026, None, 8, 2021, "5,63%"),
            ("vc", 2026, None, 240, 2021, "10,06%"),
            ("tong", 2026, None, 248, 2021, "9,81%"),
        },
    ),
    _form(
        # công chức and hội: a sum of no total the genre names (hội posts are no part of it)
        "categories/result-with-the-sum-of-the-cuts/not-the-two-categories",
        "Kết quả đến năm 2026: huyện giảm 8 biên chế công chức (5,63%) và 4 biên chế các hội có "
        "tính chất đặc thù (8,00%), tổng cộng giảm 12 biên chế (5,80%) so với năm 2021.",
        None,
    ),
    _form(
        "from-to/years-in-parentheses",  # each figure's year after it, the change after both
        "Số người làm việc giảm từ 12.400 người (năm 2021) xuống còn 11.200 người (năm 2026), "
        "giảm 1.200 người.",
        {
            ("vc", 2021, 12400, None, None, None),
            ("vc", 2026, 11200, None, None, None),
            ("vc", 2026, None, 1200, 2021, None),
        },
    ),
    _form(
        "from-to/years-in-parentheses/later-year-first",  # falling back in time: not a change
        "Số người làm việc giảm từ 12.400 người (năm 2026) xuống còn 11.200 người (năm 2021), "
        "giảm 1.200 người.",
        None,
    ),
    _form(
        # the older names of the two categories, one said again in other words over both
        # levels, and teachers counted in the last figure
        "categories/older-names-gloss-and-teachers",
        "Năm 2021, tỉnh được giao 214 biên chế hành chính (công chức cấp tỉnh, cấp huyện); biên "
        "chế sự nghiệp là 3.120 người, trong đó có 2.410 giáo viên.",
        {
            ("cbcc", 2021, 214, None, None, None),
            ("vc", 2021, 3120, None, None, None),
            ("vc-giao-vien", 2021, 2410, None, None, None),
        },
    ),
    _form(
        "categories/older-names-gloss-and-teachers/one-level",  # "cấp tỉnh" alone: a part?
        "Năm 2021, tỉnh được giao 214 biên chế hành chính (công chức cấp tỉnh); biên chế sự "
        "nghiệp là 3.120 người, trong đó có 2.410 giáo viên.",
        None,
    ),
    _form(
        # a note naming another category: the general reader made a unit of the note's words
        "categories/older-names-gloss-and-teachers/note-of-another-category",
        "Năm 2021, tỉnh được giao 214 biên chế hành chính (viên chức cấp tỉnh, cấp huyện); biên "
        "chế sự nghiệp là 3.120 người, trong đó có 2.410 giáo viên.",
        None,
    ),
    _form(
        "categories/older-names-gloss-and-teachers/more-teachers",  # more than the whole
        "Năm 2021, tỉnh được giao 214 biên chế hành chính (công chức cấp tỉnh, cấp huyện); biên "
        "chế sự nghiệp là 3.120 người, trong đó có 4.410 giáo viên.",
        None,
    ),
    _form(
        "categories/besides-the-body-gives",  # "Ngoài ra, tỉnh giao ...": the context's year
        "Năm 2025, tỉnh được giao 2.745 biên chế công chức.\nNgoài ra, tỉnh giao 3.860 cán bộ, "
        "công chức cấp xã và 312 biên chế các hội có tính chất đặc thù.",
        {
            ("cbcc", 2025, 2745, None, None, None),
            ("cbcc-xa", 2025, 3860, None, None, None),
            ("hoi", 2025, 312, None, None, None),
        },
    ),
    _form(
        "categories/besides-the-body-gives/a-body-named",  # a body of its own: its lines
        "Năm 2025, tỉnh được giao 2.745 biên chế công chức.\nNgoài ra, Sở Y tế được giao 38 biên "
        "chế công chức và 312 người làm việc.",
        {
            ("cbcc", 2025, 2745, None, None, None),
            ("so-y-te-cbcc", 2025, 38, None, None, None),
            ("so-y-te-vc", 2025, 312, None, None, None),
        },
    ),
    _form(
        "categories/respective-changes-and-rates",  # each change and its rate, in turn
        "Đến năm 2026, tỉnh còn 2.100 biên chế công chức và 25.000 người làm việc, giảm lần lượt "
        "110 và 2.780 so với năm 2021, tương ứng 4,98% và 10,01%.",
        {
            ("cbcc", 2026, 2100, None, None, None),
            ("cbcc", 2026, None, 110, 2021, "4,98%"),
            ("vc", 2026, 25000, None, None, None),
            ("vc", 2026, None, 2780, 2021, "10,01%"),
        },
    ),
    _form(
        "categories/respective-changes-and-rates/three-rates",  # three rates for two changes
        "Đến năm 2026, tỉnh còn 2.100 biên chế công chức và 25.000 người làm việc, giảm lần lượt "
        "110 và 2.780 so với năm 2021, tương ứng 4,98%, 10,01% và 3,1%.",
        None,
    ),
    _form(
        "categories/figures-in-turn",  # "A và B lần lượt là N1 và N2": each its category's
        "Năm 2024, tỉnh được giao 2.150 biên chế công chức.\nNăm 2025, biên chế công chức và số "
        "người làm việc của tỉnh lần lượt là 2.148 và 25.312.",
        {
            ("cbcc", 2024, 2150, None, None, None),
            ("cbcc", 2025, 2148, None, None, None),
            ("vc", 2025, 25312, None, None, None),
        },
    ),
    _form(
        "categories/figures-in-turn/three-figures",  # three figures for two: whose each is?
        "Năm 2025, biên chế công chức và số người làm việc của tỉnh lần lượt là 2.148, 25.312 và "
        "96.",
        None,
    ),
    _form(
        "categories/on-the-roadmap-meeting-the-goal/a-rate-not-the-least",  # "5%": whose rate?
        "Theo lộ trình, năm 2026 huyện còn 508 biên chế công chức, giảm 27 biên chế, tỷ lệ 5,05% "
        "so với năm 2021, đạt yêu cầu giảm 5% ở cấp huyện; số người làm việc còn 1.940 người, "
        "giảm 216 người, tỷ lệ 10,02%.",
        None,
    ),
    # malformed: never read as a figure
    _form("malformed", "Năm 2024, tổng biên chế là 102,614 biên chế.", None),
    # a row of years given their figures in one stroke ("lần lượt"), each year its own
    _form(
        "respectively/years",
        "Năm 2021, tỉnh được giao 500 biên chế công chức; các năm 2022, 2023 và 2024 lần lượt "
        "được giao 495, 490 và 486 biên chế.",
        {
            ("cbcc", 2021, 500, None, None, None),
            ("cbcc", 2022, 495, None, None, None),
            ("cbcc", 2023, 490, None, None, None),
            ("cbcc", 2024, 486, None, None, None),
        },
    ),
    _form(
        "respectively/years-outnumber-figures",
        "Năm 2021, tỉnh được giao 500 biên chế công chức; các năm 2022, 2023 và 2024 lần lượt "
        "được giao 495 và 490 biên chế.",
        None,
    ),
    _form(
        "respectively/two-bodies-not-two-years",
        "Năm 2021, tỉnh được giao 500 biên chế công chức; các năm 2022, 2023 Sở Y tế và Sở Nội "
        "vụ lần lượt được giao 10 và 12 biên chế.",
        None,
    ),
    # ... their changes, each against the year right before its own ("liền kề")
    _form(
        "respectively/changes",
        "Năm 2022, biên chế công chức của Sở giữ nguyên như năm 2021; các năm 2023, 2024 lần "
        "lượt giảm 3 và 4 biên chế so với năm trước liền kề.",
        {
            ("cbcc-so", 2022, None, 0, 2021, None),
            ("cbcc-so", 2023, None, 3, 2022, None),
            ("cbcc-so", 2024, None, 4, 2023, None),
        },
    ),
    _form(
        "respectively/years-not-in-order",
        "Năm 2022, biên chế công chức của Sở giữ nguyên như năm 2021; các năm 2024, 2023 lần "
        "lượt giảm 3 và 4 biên chế so với năm trước liền kề.",
        None,
    ),
    # a link giving two figures for the two categories a link before it named, in order
    _form(
        "respectively/pair-of-categories",
        "Năm 2021, tỉnh được giao 900 biên chế công chức và 8.000 người làm việc; năm 2022 còn "
        "880 công chức và 7.800 người làm việc; năm 2023 lần lượt là 860 và 7.600.",
        {
            ("cbcc", 2021, 900, None, None, None),
            ("cbcc", 2022, 880, None, None, None),
            ("cbcc", 2023, 860, None, None, None),
            ("vc", 2021, 8000, None, None, None),
            ("vc", 2022, 7800, None, None, None),
            ("vc", 2023, 7600, None, None, None),
        },
    ),
    _form(
        "respectively/pair-in-another-order",
        "Năm 2021, tỉnh được giao 900 biên chế công chức và 8.000 người làm việc; năm 2022 còn "
        "7.800 người làm việc và 880 công chức.",
        None,
    ),
    _form(
        "respectively/pair-of-a-body",
        "Năm 2021, Sở Y tế được giao 90 biên chế công chức và 800 người làm việc; năm 2022 là "
        "88 và 780.",
        None,
    ),
    # a chain whose first link compares with the year before, the later links leaving it unsaid
    _form(
        "chain/against-previous-elided",
        "Số lượng người làm việc: năm 2022 còn 7.950 người (giảm 50 người so với năm trước); "
        "năm 2023 còn 7.900 người (giảm 50 người).",
        {
            ("vc", 2022, 7950, None, None, None),
            ("vc", 2022, None, 50, 2021, None),
            ("vc", 2023, 7900, None, None, None),
            ("vc", 2023, None, 50, 2022, None),
        },
    ),
    # a year's item naming each category right before its count, the verb left unsaid
    _form(
        "year-item/category-before-count",
        "III. LỘ TRÌNH (so với năm liền trước)\n- Năm 2027: công chức 520 biên chế (giảm 5); "
        "người làm việc 3.975 người (giảm 23).",
        {
            ("cbcc", 2027, 520, None, None, None),
            ("cbcc", 2027, None, 5, 2026, None),
            ("vc", 2027, 3975, None, None, None),
            ("vc", 2027, None, 23, 2026, None),
        },
    ),
    _form(
        "year-item/category-before-count-not-led-by-a-year",
        "III. LỘ TRÌNH (so với năm liền trước)\n- Cấp tỉnh: công chức 520 biên chế (giảm 5); "
        "người làm việc 3.975 người (giảm 23).",
        None,
    ),
    # ... one verb for both categories' changes, each named after its count
    _form(
        "year-item/shared-change",
        "III. LỘ TRÌNH (so với năm liền trước)\n+ Năm 2025: giảm 2 biên chế công chức và 30 "
        "người làm việc;",
        {("cbcc", 2025, None, 2, 2024, None), ("vc", 2025, None, 30, 2024, None)},
    ),
    _form(
        "year-item/shared-change-one-category-twice",
        "III. LỘ TRÌNH (so với năm liền trước)\n+ Năm 2025: giảm 2 biên chế công chức và 30 "
        "công chức;",
        None,
    ),
    # ... a bare count, its change after it, under a note saying the posts are given
    _form(
        "year-item/bare-count-given",
        "LỘ TRÌNH HẰNG NĂM\n- Năm 2022 (đã giao): biên chế công chức 1.134, giảm 12 so với năm "
        "2021; số lượng người làm việc 3.796, giảm 78 so với năm 2021.",
        {
            ("cbcc", 2022, 1134, None, None, None),
            ("cbcc", 2022, None, 12, 2021, None),
            ("vc", 2022, 3796, None, None, None),
            ("vc", 2022, None, 78, 2021, None),
        },
    ),
    _form(
        "year-item/bare-count-estimated",
        "LỘ TRÌNH HẰNG NĂM\n- Năm 2023 (ước thực hiện): biên chế công chức 1.134, giảm 12 so với "
        "năm 2021; số lượng người làm việc 3.796, giảm 78 so với năm 2021.",
        None,
    ),
    # ... the two categories' changes given "tương ứng", in the order the item named them
    _form(
        "year-item/changes-respectively",
        "LỘ TRÌNH HẰNG NĂM\n- Năm 2023: biên chế công chức 1.122; số lượng người làm việc 3.718; "
        "mỗi chỉ tiêu giảm tương ứng 12 và 78 so với năm 2022.",
        {
            ("cbcc", 2023, 1122, None, None, None),
            ("cbcc", 2023, None, 12, 2022, None),
            ("vc", 2023, 3718, None, None, None),
            ("vc", 2023, None, 78, 2022, None),
        },
    ),
    _form(
        "year-item/changes-respectively-of-one-category",
        "LỘ TRÌNH HẰNG NĂM\n- Năm 2023: biên chế công chức 1.122; mỗi chỉ tiêu giảm tương ứng 12 "
        "và 78 so với năm 2022.",
        None,
    ),
    # ... the people working paid from the budget: viên chức, by their full name
    _form(
        "year-item/paid-from-the-budget",
        "LỘ TRÌNH HẰNG NĂM\n- Năm 2024: 833 biên chế công chức; 9.944 người làm việc hưởng lương "
        "từ ngân sách nhà nước.",
        {("cbcc", 2024, 833, None, None, None), ("vc", 2024, 9944, None, None, None)},
    ),
    _form(
        "year-item/paid-from-fees",
        "LỘ TRÌNH HẰNG NĂM\n- Năm 2024: 833 biên chế công chức; 9.944 người làm việc hưởng lương "
        "từ nguồn thu sự nghiệp.",
        None,
    ),
    # a change's rate in parentheses after its comparison; the base year's figure there is
    # that year's figure, not a rate
    _form(
        "change/rate-after-comparison",
        "Đến năm 2026, số lượng người làm việc còn 2.368 người, giảm 152 người so với năm 2021 "
        "(6,03%).",
        {("vc", 2026, 2368, None, None, None), ("vc", 2026, None, 152, 2021, "6,03%")},
    ),
    _form(
        "change/base-figure-after-comparison",
        "Đến năm 2026, số lượng người làm việc còn 2.368 người, giảm 152 người so với năm 2021 "
        "(2.520 người).",
        {
            ("vc", 2021, 2520, None, None, None),
            ("vc", 2026, 2368, None, None, None),
            ("vc", 2026, None, 152, 2021, None),
        },
    ),
    # a fall from one year's figure to another's, the change between them said after
    _form(
        "from-to/years-after-counts",
        "Số người làm việc của Bộ giảm từ 4.300 người năm 2021 xuống 3.870 người năm 2026, "
        "tương ứng giảm 430 người, tỷ lệ 10%.",
        {
            ("vc", 2021, 4300, None, None, None),
            ("vc", 2026, 3870, None, None, None),
            ("vc", 2026, None, 430, 2021, "10%"),
        },
    ),
    _form(
        "from-to/years-after-counts-backwards",
        "Số người làm việc của Bộ giảm từ 4.300 người năm 2026 xuống 3.870 người năm 2021, "
        "tương ứng giảm 430 người, tỷ lệ 10%.",
        None,
    ),
    # a link keeping its figure: unchanged from the year before its own
    _form(
        "chain/kept-figure",
        "1. Công chức: năm 2021 là 80 biên chế. Lộ trình: năm 2022 giữ nguyên 80 biên chế; năm "
        "2023 còn 79; năm 2024 còn 78 biên chế.",
        {
            ("cbcc", 2021, 80, None, None, None),
            ("cbcc", 2022, 80, None, None, None),
            ("cbcc", 2022, None, 0, 2021, None),
            ("cbcc", 2023, 79, None, None, None),
            ("cbcc", 2024, 78, None, None, None),
        },
    ),
    _form(
        "chain/kept-figure-of-no-year",
        "1. Công chức: lộ trình giữ nguyên 80 biên chế; năm 2023 còn 79; năm 2024 còn 78 biên chế.",
        None,
    ),
    _form(
        "chain/against-previous-elided-over-a-gap",
        "Số lượng người làm việc: năm 2022 còn 7.950 người (giảm 50 người so với năm trước); "
        "năm 2023 còn 7.900 người (giảm 50 người); năm 2025 còn 7.800 người (giảm 100 người).",
        None,
    ),
    # session 8, eng-outside: people holding no post, counted right by the words naming them
    # (contract staff in parentheses, self-financed units, people left over), are outside;
    # joined to a category, or after "chưa tự bảo đảm", they stay as they were
    _form(
        "no-post/contract-count-in-parentheses",
        "Năm 2025, tỉnh giao 1.200 người làm việc.\nSố người làm việc theo hợp đồng theo Nghị "
        "định số 111/2022/NĐ-CP (hiện là 58 người) không tính vào biên chế.",
        {("vc", 2025, 1200, None, None, None)},
    ),
    _form(
        "no-post/contract-joined-to-a-category",
        # (session 12, eng-inpost4: "hiện có 58 người", people in post, outside; never VC)
        POSTS_2025 + "Số viên chức và hợp đồng lao động (hiện có 58 người) được bố trí theo vị "
        "trí việc làm.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "no-post/self-financed-units",
        "Năm 2025, tỉnh giao 1.200 người làm việc.\nSố người làm việc trong các đơn vị sự "
        "nghiệp công lập tự bảo đảm chi thường xuyên (452 người) do đơn vị tự quyết định.",
        {("vc", 2025, 1200, None, None, None)},
    ),
    _form(
        "no-post/not-yet-self-financed",
        "Số người làm việc trong các đơn vị sự nghiệp công lập chưa tự bảo đảm chi thường xuyên "
        "(452 người) do đơn vị tự quyết định.",
        None,
    ),
    _form(
        "no-post/paying-their-own-way-named-after",
        "Năm 2025, tỉnh giao 1.200 người làm việc.\nNgoài số trên, các đơn vị sự nghiệp có 642 "
        "người do đơn vị tự trang trải kinh phí.",
        {("vc", 2025, 1200, None, None, None)},
    ),
    _form(
        "no-post/besides-with-no-word-of-who",
        "Ngoài số trên, các đơn vị sự nghiệp có 642 người.",
        None,
    ),
    _form(
        "no-post/left-over-after-a-merger",
        "Năm 2025, tỉnh giao 1.200 người làm việc.\nSố cán bộ, công chức dôi dư sau hợp nhất "
        "(186 người) được sắp xếp dần trong 5 năm.",
        {("vc", 2025, 1200, None, None, None)},
    ),
    _form(
        "no-post/excluded-before-the-count",
        "Năm 2025, tỉnh giao 1.200 người làm việc.\nSố người làm việc không kể hợp đồng lao "
        "động là 1.150 người.",
        {
            ("vc", 2025, 1200, None, None, None),
            ("vc-khong-ke-hop-dong", 2025, 1150, None, None, None),
        },
    ),
    _form(
        "no-post/contract-places-said-not-counted",
        "Năm 2025, tỉnh giao 1.200 người làm việc.\nTiếp tục ký hợp đồng giáo viên theo Nghị "
        "định số 111/2022/NĐ-CP trong phạm vi 1.214 chỉ tiêu đã được phê duyệt, không tính vào số "
        "tại khoản 1.",
        {("vc", 2025, 1200, None, None, None)},
    ),
    _form(
        "no-post/contract-places-not-said-outside",
        "Tiếp tục ký hợp đồng giáo viên theo Nghị định số 111/2022/NĐ-CP trong phạm vi 1.214 chỉ "
        "tiêu đã được phê duyệt.",
        None,
    ),
    _form(
        "no-post/left-over-over-years",
        "Năm 2025, tỉnh được giao 1.871 biên chế công chức.\nLộ trình tinh giản biên chế đối với "
        "số dôi dư được thực hiện trong 5 năm, tổng số 231 người.",
        {("cbcc", 2025, 1871, None, None, None)},
    ),
    _form(
        "no-post/over-years-of-no-one-named",
        "Lộ trình tinh giản biên chế được thực hiện trong 5 năm, tổng số 231 người.",
        None,
    ),
    # a figure leaving contract staff out of it is the others' (it was dropped as theirs, a
    # false all-clear); contract staff counted alone stay outside
    _form(
        "contract-left-out/the-others-figure",
        "Biên chế năm 2025 là 1.200 người (không kể hợp đồng lao động).",
        None,
    ),
    _form(
        "contract-left-out/contract-staff-alone",
        "Năm 2025, tỉnh giao 1.200 người làm việc.\nHợp đồng lao động theo Nghị định 68 năm 2025 "
        "là 20 người.",
        {("vc", 2025, 1200, None, None, None)},
    ),
    # what a decree allows each commune of a class is no unit's figure; a class given posts is
    _form(
        "commune-class/quota-of-a-decree",
        "Năm 2025, tỉnh được giao 1.871 biên chế công chức.\nTheo Nghị định số 33/2023/NĐ-CP, "
        "phường loại I được bố trí tối đa 23 cán bộ, công chức, xã loại I tối đa 22 người.",
        {("cbcc", 2025, 1871, None, None, None)},
    ),
    _form(
        "commune-class/given-posts",
        "Năm 2025, tỉnh được giao 1.871 biên chế công chức.\nCác xã loại I được giao 500 biên chế.",
        {("cbcc", 2025, 1871, None, None, None), ("xa-loai-i", 2025, 500, None, None, None)},
    ),
    # a rate named as the goal is quoted; the same rate reached by a cut is the cut's
    _form(
        "goal-rate/to-reach",
        "Năm 2025, tỉnh được giao 1.871 biên chế công chức.\nĐể đạt tỷ lệ 10%, số người làm "
        "việc của tỉnh phải giảm ít nhất 1.586 người so với năm 2021, tức còn thiếu 256 người.",
        {("cbcc", 2025, 1871, None, None, None)},
    ),
    _form(
        "goal-rate/reached-by-the-cut",
        "Năm 2026, số người làm việc của tỉnh giảm 1.586 người so với năm 2021, đạt tỷ lệ 10%.",
        {("vc", 2026, None, 1586, 2021, "10%")},
    ),
    # people present listed by category after "là", or both named before "có mặt": outside;
    # after ":" they stay units apart, and without "có mặt" unread
    _form(
        "in-post/listed-after-la",
        "Năm 2025, tỉnh được giao 1.871 biên chế công chức.\nĐến ngày 30/9/2025, số có mặt là "
        "1.104 công chức, 6.215 người làm việc và 165 người làm việc tại các hội.",
        {("cbcc", 2025, 1871, None, None, None)},
    ),
    _form(
        "in-post/listed-after-a-colon",
        POSTS_2025 + "Số có mặt đến ngày 31/12/2021: 1.391 cán bộ, công chức và 16.408 viên chức.",
        {("vc", 2025, 2300, None, None, None)},  # (in post, outside: session 12)
    ),
    _form(
        "in-post/both-present",
        "Năm 2025, tỉnh được giao 1.871 biên chế công chức.\nCũng theo Sở Nội vụ, tính đến ngày "
        "30/6/2024, toàn tỉnh có 1.498 công chức và 14.216 viên chức có mặt.",
        {("cbcc", 2025, 1871, None, None, None)},
    ),
    _form(
        "in-post/both-not-said-present",
        "Cũng theo Sở Nội vụ, tính đến ngày 30/6/2024, toàn tỉnh có 1.498 công chức và 14.216 "
        "viên chức.",
        None,
    ),
    _form(
        "in-post/present-now-and-above-the-posts",
        "Năm 2025, tỉnh được giao 1.871 biên chế công chức.\nTại thời điểm ngày 10/7/2025, các "
        "xã, phường đang có 19.203 cán bộ, công chức, nhiều hơn 657 người so với số biên chế "
        "được giao.",
        {("cbcc", 2025, 1871, None, None, None)},
    ),
    _form(
        "in-post/above-the-posts-after-posts",
        "Năm 2025, các xã, phường được giao 19.203 biên chế cán bộ, công chức, nhiều hơn 657 "
        "người so với số biên chế được giao.",
        None,
    ),
    _form(
        "in-post/where-they-work-and-their-split",
        "Năm 2025, tỉnh được giao 1.871 biên chế công chức.\nTính đến ngày 31/12/2024, số có "
        "mặt tại các cơ quan, đơn vị cấp huyện là 2.790 người (công chức 131 người, viên chức "
        "2.659 người).",
        {("cbcc", 2025, 1871, None, None, None)},
    ),
    _form(
        "in-post/where-posts-are-given",
        "Tính đến ngày 31/12/2024, số có mặt tại các cơ quan được giao biên chế là 2.790 người "
        "(công chức 131 người, viên chức 2.659 người).",
        None,
    ),
    _form(
        "in-post/left-over-beside-them",
        "Năm 2025, tỉnh được giao 1.871 biên chế công chức.\nĐến ngày 31/01/2025 số cán bộ, "
        "công chức cấp xã có mặt là 1.756 người, dôi dư 62 người so với số được giao.",
        {("cbcc", 2025, 1871, None, None, None)},
    ),
    # bodies counted ("20 Kho bạc Nhà nước khu vực", "61 đảng bộ"); a body given posts is read
    _form(
        "bodies/treasuries-and-party-committees",
        "Năm 2025, tỉnh được giao 1.871 biên chế công chức.\nTừ ngày 01/3/2025, 63 Kho bạc Nhà "
        "nước tỉnh được tổ chức lại thành 20 Kho bạc Nhà nước khu vực; việc bố trí công chức do "
        "Giám đốc quyết định trong số biên chế được giao.\nĐảng bộ Khối A có 61 đảng bộ trực "
        "thuộc; việc kiện toàn tổ chức không làm tăng biên chế.",
        {("cbcc", 2025, 1871, None, None, None)},
    ),
    _form(
        "bodies/a-treasury-given-posts",
        "Năm 2025, Kho bạc Nhà nước khu vực I được giao 350 biên chế.",
        {("kho-bac-nha-nuoc-khu", 2025, 350, None, None, None)},
    ),
    # people settled or moved where they work: outside; posts given there stay as they were
    _form(
        "left/settled-and-moved",
        "Năm 2025, tỉnh được giao 1.871 biên chế công chức.\nTừ năm 2022 đến hết năm 2024 đã "
        "có 46.215 người được giải quyết chính sách tinh giản biên chế.\nViệc điều chỉnh nhằm "
        "bố trí 46 công chức cấp tỉnh về làm việc tại các xã, phường.",
        {("cbcc", 2025, 1871, None, None, None)},
    ),
    # part-time commune staff: every count of a clause speaking of them alone is theirs; a
    # clause naming another category stays unread
    _form(
        "part-time/clause-of-them-alone",
        "Năm 2025, tỉnh được giao 1.871 biên chế công chức.\nMỗi thôn chỉ còn tối đa 3 người "
        "hoạt động không chuyên trách; tổng số người hoạt động không chuyên trách của thành phố "
        "hiện là 14.210 người.\nSố người hoạt động không chuyên trách ở cấp xã cũng giảm từ "
        "1.148 người xuống còn 1.079 người.",
        {("cbcc", 2025, 1871, None, None, None)},
    ),
    _form(
        "part-time/clause-naming-a-category",
        "Mỗi thôn chỉ còn tối đa 3 người hoạt động không chuyên trách; tổng số cán bộ, công chức "
        "của thành phố hiện là 14.210 người.",
        None,
    ),
    # session 9, eng-outside2: leavers named once for several counts, people in post and
    # their split, people above a quota, recruitment bounded by leavers, bodies counted; each
    # form beside a figure of posts that stays read, each twin naming posts stays unread
    _form(
        "leavers-kinds/second-kind-of-leaving-for-people",
        "Năm 2025, Sở được giao 840 người làm việc; trong năm, Sở đã giải quyết chính sách tinh "
        "giản biên chế cho 17 người theo Nghị định số 29/2023/NĐ-CP và chế độ thôi việc cho 25 "
        "người theo Nghị định số 178/2024/NĐ-CP.",
        {("so-vc", 2025, 840, None, None, None)},
    ),
    _form(
        "leavers-kinds/second-kind-of-leaving-for-posts",
        "Trong năm 2025, Sở đã giải quyết chính sách tinh giản biên chế cho 17 người và chế độ "
        "thôi việc cho 25 biên chế.",
        None,
    ),
    _form(
        "leavers-kinds/kind-named-after-the-decree",
        "Năm 2025, tỉnh giao 2.300 người làm việc.\nCả giai đoạn, tỉnh đã thực hiện tinh giản "
        "đối với 211 người theo Nghị định số 29/2023/NĐ-CP và nghỉ hưu trước tuổi theo Nghị định "
        "số 178/2024/NĐ-CP đối với 75 người.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "leavers-kinds/breakdown-with-no-colon",
        "Năm 2025, tỉnh giao 2.300 người làm việc.\nDự kiến giải quyết chính sách tinh giản biên "
        "chế cho khoảng 70 người, trong đó nghỉ hưu trước tuổi 45 người, thôi việc ngay 25 người.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "leavers-kinds/breakdown-naming-posts",
        "Dự kiến giải quyết chính sách tinh giản biên chế cho khoảng 70 người, trong đó nghỉ hưu "
        "trước tuổi 45 biên chế, thôi việc ngay 25 biên chế.",
        None,
    ),
    _form(
        "leavers-kinds/both-categories-gone",
        "Năm 2025, tỉnh giao 2.300 người làm việc; đến ngày 30/6/2025 có 21 công chức và 64 viên "
        "chức đã nghỉ theo Nghị định số 178/2024/NĐ-CP.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "leavers-kinds/both-categories-not-said-gone",
        "Đến ngày 30/6/2025 có 21 công chức và 64 viên chức.",
        None,
    ),
    _form(
        "leavers-after-semicolon/count-the-policy-left-unsaid",
        "Năm 2025, tỉnh giao 2.300 người làm việc.\nGiải quyết chính sách cho người thuộc diện "
        "tinh giản theo Nghị định số 29/2023/NĐ-CP; dự kiến giai đoạn 2022 - 2026 có 640 người, "
        "kinh phí khoảng 95 tỷ đồng.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "leavers-after-semicolon/count-of-posts-after-it",
        "Giải quyết chính sách cho người thuộc diện tinh giản theo Nghị định số 29/2023/NĐ-CP; "
        "năm 2026 có 640 người làm việc.",
        None,
    ),
    _form(
        "leavers-after-semicolon/breakdown-adding-up",
        "Năm 2025, tỉnh giao 2.300 người làm việc.\nTrong năm 2023, huyện đã giải quyết chính "
        "sách cho 14 người theo Nghị định số 29/2023/NĐ-CP, tổng kinh phí 2,6 tỷ đồng; trong đó "
        "có 5 công chức và 9 viên chức.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "leavers-after-semicolon/breakdown-not-adding-up",
        "Trong năm 2023, huyện đã giải quyết chính sách cho 14 người theo Nghị định số "
        "29/2023/NĐ-CP, tổng kinh phí 2,6 tỷ đồng; trong đó có 5 công chức và 8 viên chức.",
        None,
    ),
    _form(
        "in-post-split/present-then-their-categories",
        "Năm 2025, Sở được giao 1.200 người làm việc; tính đến ngày 31/12/2025, số người có mặt "
        "là 1.171 người, gồm 138 công chức và 1.033 viên chức.",
        {("so-vc", 2025, 1200, None, None, None)},
    ),
    _form(
        "in-post-split/present-then-posts",
        "Tính đến ngày 31/12/2025, số người có mặt là 1.171 người, gồm 138 biên chế công chức và "
        "1.033 biên chế viên chức.",
        None,
    ),
    _form(
        "in-post-split/teachers-in-post-and-contract-teachers",
        "Năm 2025, tỉnh giao 2.300 người làm việc.\nSố giáo viên hiện có đến ngày 30/9/2024 là "
        "9.410 người, trong đó có 260 giáo viên hợp đồng theo Nghị định số 111/2022/NĐ-CP.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "in-post-split/teachers-given",
        "Số giáo viên được giao năm 2024 là 9.410 người.",
        None,
    ),
    _form(
        "in-post-split/where-then-the-day",
        "Năm 2025, tỉnh giao 2.300 người làm việc.\nSố người có mặt tại các đơn vị sự nghiệp "
        "tính đến ngày 30/6/2022 là 2.214 người.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "in-post-split/where-posts-are-given-then-the-day",
        "Số người có mặt tại các đơn vị được giao biên chế tính đến ngày 30/6/2022 là 2.214 người.",
        None,
    ),
    _form(
        "in-post-split/placed-now-beside-the-surplus",
        "Năm 2025, tỉnh giao 2.300 người làm việc.\nHiện phường đang bố trí 88 cán bộ, công chức "
        "đến từ các xã cũ, dôi dư 31 người so với số biên chế được giao.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "in-post-split/placed-in-a-year",
        "Năm 2025, phường bố trí 88 cán bộ, công chức.",
        None,
    ),
    _form(
        "overrun/people-above-the-norm-by-place",
        "Năm 2025, tỉnh giao 2.300 người làm việc; số viên chức vượt định mức là 45 người.\n"
        "Đứng đầu về số viên chức vượt định mức là TP.HCM với 3.120 người; một số địa phương khác "
        "cũng vượt như tỉnh A 210 người, tỉnh B 37 người.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "overrun/above-the-quota-after-posts-given",
        "Năm 2025, Sở Y tế được giao 1.250 người làm việc, vượt số lượng quy định 50 người.",
        None,
    ),
    _form(
        "overrun/posts-given-above-the-approved",
        "Năm 2025, tỉnh giao 2.300 người làm việc.\nBáo cáo cũng cho biết có 12 địa phương đã tự "
        "giao vượt 1.840 biên chế công chức so với số được cấp có thẩm quyền phê duyệt.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "overrun/posts-above-a-years-figure",
        "Năm 2025, tỉnh giao vượt 69 biên chế công chức so với số được giao năm 2024.",
        None,
    ),
    _form(
        "recruitment/bounded-by-leavers",
        "Năm 2025, tỉnh giao 2.300 người làm việc.\nCác đơn vị xây dựng phương án tuyển dụng bù "
        "không quá 50% số người nghỉ hưu, thôi việc; báo cáo trước ngày 15/12 hằng năm.\nChẳng "
        "hạn cứ 10 người nghỉ thì chỉ được tuyển mới 5 người.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "recruitment/bounded-then-a-count",
        "Năm 2025 tuyển dụng không quá 50% số người nghỉ hưu, tức 120 người.",
        None,
    ),
    _form(
        "bodies/audit-offices-counted",
        "Năm 2025, tỉnh giao 2.300 người làm việc.\nHiện nay cơ quan có 8 Kiểm toán nhà nước "
        "chuyên ngành và 14 Kiểm toán nhà nước khu vực; 9/47 địa phương đã thực hiện tinh giản.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "bodies/places-that-cut-posts",
        "Năm 2025 có 10 địa phương giảm 1.840 biên chế công chức.",
        None,
    ),
    _form(
        "vacancies-split/shared-out-after-the-shortfall",
        "Năm 2024, tỉnh giao 1.835 biên chế công chức.\n"
        "Trong số còn thiếu, 14 chỉ tiêu để dự phòng bổ sung lãnh đạo, 30 chỉ tiêu dự kiến tiếp "
        "nhận công chức và 16 chỉ tiêu để thực hiện tinh giản.",
        {("cbcc", 2024, 1835, None, None, None)},
    ),
    _form(
        "vacancies-split/shared-out-of-no-shortfall",
        "Trong số đó, 14 chỉ tiêu để dự phòng bổ sung lãnh đạo, 30 chỉ tiêu dự kiến tiếp nhận "
        "công chức.",
        None,
    ),
    _form(
        "moved-of-all/share-of-the-people-moved",
        "Năm 2025, tỉnh giao 1.835 biên chế công chức.\nTheo phương án, 412 trong tổng số 1.150 "
        "cán bộ, công chức, viên chức các cơ quan cấp tỉnh (35,83%) chuyển về làm việc tại trung "
        "tâm hành chính mới.",
        {("cbcc", 2025, 1835, None, None, None)},
    ),
    _form(
        "moved-of-all/share-of-posts-given",
        "Năm 2025, 412 trong tổng số 1.150 biên chế được giao cho các sở.",
        None,
    ),
    _form(
        "headline-receiver/body-made-by-a-merger",
        "Bộ Xây dựng sau hợp nhất được giao 3.480 biên chế công chức\n\nBiên chế công chức năm "
        "2025 của Bộ Xây dựng mới là 3.480 biên chế, giảm 178 biên chế so với năm 2024.",
        {
            ("cbcc-xay-dung-moi", 2025, 3480, None, None, None),
            ("cbcc-xay-dung-moi", 2025, None, 178, 2024, None),
        },
    ),
    _form(
        "elapsed/what-was-carried-out-named-by-number",
        "Năm 2024, tỉnh được giao 2.450 biên chế công chức.\nSau ba năm thực hiện Kết luận số "
        "40-KL/TW của Bộ Chính trị, toàn tỉnh đã giảm 1.260 biên chế so với năm 2021.",
        {("cbcc", 2024, 2450, None, None, None), ("tong", 2024, None, 1260, 2021, None)},
    ),
    _form(
        "elapsed/what-was-carried-out-then-no-unit",
        "Sau ba năm thực hiện Kết luận số 40-KL/TW của Bộ Chính trị, tỉnh đã giảm 1.260 biên chế "
        "so với năm 2021.",
        None,
    ),
    # an amount for each body of a group is never a unit's figure, whatever rule would take its
    # count (it was read as the group's: "Khu vực phía Bắc ... 46 biên chế", a misread of X2);
    # twin: the group's own figure is read
    _form(
        "each/never-the-group-figure",
        "Năm 2026, khu vực phía Bắc gồm Chi cục vùng I và Chi cục vùng II, mỗi Chi cục 46 biên "
        "chế.",
        None,
    ),
    # session 10, eng-outside3: clauses a perfect reader leaves outside, every number of the
    # clause accounted for (contract staff taken on, leavers, people above their quota, people
    # paid from their own revenue, a reviewer's arithmetic, a share of a plan done, extremes
    # beside an average, part-time staff, a goal's level); each twin stays unread
    _form(
        "contract-verb/taken-on-with-people",
        POSTS_2025 + "Đến ngày 30/6/2025, các trường đang ký hợp đồng lao động theo "
        "Nghị định số 111/2022/NĐ-CP với 87 người.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "contract-verb/taken-on-as-people-at-work",
        "Các trường đang ký hợp đồng lao động với 87 người làm việc.",
        None,
    ),
    _form(
        "contract-verb/support-work-places",
        POSTS_2025 + "Các trường được ký hợp đồng làm công việc hỗ trợ, phục vụ theo "
        "Nghị định số 111/2022/NĐ-CP trong phạm vi 15 chỉ tiêu.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "contract-verb/teachers-places",
        "Các trường được ký hợp đồng giáo viên theo Nghị định số 111/2022/NĐ-CP trong phạm vi 15 "
        "chỉ tiêu.",
        None,
    ),
    _form(
        "leavers-outside/asked-to-leave",
        POSTS_2025 + "Đến ngày 15/3/2025, khối chính quyền đã có 36 người đăng ký nghỉ.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "leavers-outside/people-not-said-leaving",
        "Đến ngày 15/3/2025, khối chính quyền đã có 36 người.",
        None,
    ),
    _form(
        "leavers-outside/counted-in-parentheses",
        POSTS_2025 + "Biên chế của những người nghỉ hưu theo Nghị định số 29/2023/NĐ-CP "
        "(năm 2024 có 12 người) được thu hồi.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "leavers-outside/posts-in-parentheses",
        "Biên chế của những người nghỉ hưu theo Nghị định số 29/2023/NĐ-CP (năm 2024 có 12 biên "
        "chế) được thu hồi.",
        None,
    ),
    _form(
        "leavers-outside/round-then-exact",
        POSTS_2025 + "Năm 2024, huyện đã giải quyết cho gần 60 người (58 người) nghỉ theo "
        "Nghị định số 29/2023/NĐ-CP, với kinh phí khoảng 20 tỷ đồng.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "leavers-outside/round-then-posts",
        "Năm 2024, huyện đã giải quyết cho gần 60 người (58 biên chế) nghỉ theo Nghị định số "
        "29/2023/NĐ-CP.",
        None,
    ),
    _form(
        "leavers-outside/verb-not-said-again",
        POSTS_2025 + "Trong hai năm, huyện A đã giải quyết chế độ tinh giản cho 40 người, "
        "huyện B cho 25 người.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "leavers-outside/posts-after-the-verb-left-out",
        "Trong hai năm, huyện A đã giải quyết chế độ tinh giản cho 40 người, huyện B cho 25 biên "
        "chế.",
        None,
    ),
    _form(
        "each/never-the-group-figure/the-group-sum-said",
        "Năm 2026, tổng biên chế là 500 biên chế. Khu vực phía Bắc gồm Chi cục vùng I và Chi cục "
        "vùng II, tổng cộng 92 biên chế.",
        {
            ("tong", 2026, 500, None, None, None),
            ("khu-vuc-phia-bac-gom", 2026, 92, None, None, None),
        },
    ),
    # a total naming nothing but posts under a block's heading is the block's (it was the
    # text's, beside the text's own total below: a misread and a false alarm of blind X1);
    # twin: a total naming its place is the text's, whatever heading it is under
    _form(
        "block-heading/its-bare-total",
        "Báo cáo biên chế năm 2024 của thành phố\n\nI. KHỐI ĐẢNG, MẶT TRẬN TỔ QUỐC VÀ CÁC ĐOÀN "
        "THỂ\nTổng số biên chế được giao: 52 biên chế, gồm:\n- Cơ quan Thành ủy: 31 biên chế;\n"
        "- Ủy ban Mặt trận Tổ quốc và các đoàn thể: 21 biên chế.\nII. TỔNG HỢP\nTổng biên chế "
        "của thành phố năm 2024: 1.992 biên chế.",
        {
            ("dang", 2024, 52, None, None, None),
            ("co-quan-thanh-uy", 2024, 31, None, None, None),
            ("uy-ban-mat-tran-to", 2024, 21, None, None, None),
            ("tong", 2024, 1992, None, None, None),
        },
        dang=("co-quan-thanh-uy", "uy-ban-mat-tran-to"),
    ),
    _form(
        "block-heading/a-total-naming-its-place",
        "Báo cáo biên chế năm 2024 của thành phố\n\nI. KHỐI ĐẢNG, MẶT TRẬN TỔ QUỐC VÀ CÁC ĐOÀN "
        "THỂ\nTổng biên chế của thành phố: 1.992 biên chế.",
        {("tong", 2024, 1992, None, None, None)},
    ),
    # under a category's heading a lead naming no unit is the category; a body the lexicon
    # does not know is not (it was: two bodies' figures as the VC's of one year, found by the
    # perturbation harness on blind X1)
    _form(
        "category-heading/a-lead-naming-no-unit",
        "II. LỘ TRÌNH SỐ LƯỢNG NGƯỜI LÀM VIỆC\nLộ trình cụ thể: năm 2022 là 500 người; năm 2023 "
        "là 480 người.",
        {("vc", 2022, 500, None, None, None), ("vc", 2023, 480, None, None, None)},
    ),
    _form(
        "category-heading/an-unknown-body",
        "II. LỘ TRÌNH SỐ LƯỢNG NGƯỜI LÀM VIỆC\nKhu Di tích Quốc gia đặc biệt: năm 2022 là 500 "
        "người; năm 2023 là 480 người.",
        None,
    ),
    _form(
        "category-heading/a-body-the-lexicon-knows",
        "II. LỘ TRÌNH SỐ LƯỢNG NGƯỜI LÀM VIỆC\nBảo tàng tỉnh: năm 2022 là 500 người; năm 2023 là "
        "480 người.",
        {
            ("bao-tang-tinh", 2022, 500, None, None, None),
            ("bao-tang-tinh", 2023, 480, None, None, None),
        },
    ),
    _form(
        "category-heading/an-unknown-body-of-the-place",
        "II. LỘ TRÌNH SỐ LƯỢNG NGƯỜI LÀM VIỆC\nKhu lưu niệm tỉnh: năm 2022 là 500 người; năm 2023 "
        "là 480 người.",
        None,
    ),
    # "...; trong tổng số trên có N người thuộc ...": some of the figure before, in a frame
    # after a clause boundary: declined (it was read as the category's figure in place of the
    # whole's, found by the perturbation harness, join); twin: the frame opening its own
    # sentence is a sector of the whole
    _form(
        "into-a-whole/after-a-clause",
        "Năm 2025, tỉnh giao 19.764 người làm việc trong các đơn vị sự nghiệp công lập; trong "
        "tổng số trên có 13.210 người thuộc sự nghiệp giáo dục và đào tạo.",
        None,
    ),
    _form(
        "into-a-whole/its-own-sentence",
        "Năm 2025, tỉnh giao 19.764 người làm việc trong các đơn vị sự nghiệp công lập, giảm 402 "
        "người so với năm 2024 (20.166 người). Trong tổng số trên có 13.210 người thuộc sự nghiệp "
        "giáo dục và đào tạo.",
        {
            ("vc", 2024, 20166, None, None, None),
            ("vc", 2025, 19764, None, None, None),
            ("vc", 2025, None, 402, 2024, None),
            ("vc-su-nghiep-giao-duc", 2025, 13210, None, None, None),
        },
    ),
    _form(
        "leavers-outside/left-over-by-category",
        POSTS_2025 + "Sau sáp nhập, các xã có 31 cán bộ, công chức dôi dư.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "leavers-outside/posts-left-over",
        "Sau sáp nhập, các xã có 31 biên chế dôi dư.",
        None,
    ),
    _form(
        "leavers-outside/the-rest-of-them",
        POSTS_2025 + "Huyện đã giải quyết thôi việc cho 20 người; 5 người còn lại sẽ được "
        "bố trí dần.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "leavers-outside/the-rest-of-no-leavers",
        "Các xã có 20 người; 5 người còn lại sẽ được bố trí dần.",
        None,
    ),
    _form(
        "in-post-above/people-above-the-posts-given",
        POSTS_2025 + "Hiện các phường đang bố trí 1.250 người, vượt 140 người so với số được giao.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "in-post-above/posts-above-the-posts-given",
        "Các phường được bố trí 1.250 biên chế, vượt 140 biên chế so với số được giao.",
        None,
    ),
    _form(
        "own-pay/paid-from-own-revenue",
        POSTS_2025 + "Trung tâm tự chi trả tiền lương cho 230 người làm việc từ nguồn thu "
        "sự nghiệp.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "own-pay/paid-by-the-budget",
        "Trung tâm chi trả tiền lương cho 230 người làm việc hưởng lương từ ngân sách.",
        None,
    ),
    _form(
        "own-pay/moved-to-own-revenue",
        POSTS_2025 + "Năm 2025, Trung tâm chuyển 9 người sang hưởng lương từ nguồn thu sự nghiệp.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "own-pay/cut-as-it-moves",
        "Năm 2025, Trung tâm giảm 9 người làm việc, chuyển sang hưởng lương từ nguồn thu sự "
        "nghiệp.",
        None,
    ),
    _form(
        "reviewer/sum-short-of-the-total",
        POSTS_2025 + "Cộng ba khối chỉ được 4.210 biên chế, chênh 6 biên chế so với tổng "
        "số Tờ trình nêu.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "reviewer/sum-with-no-total",
        "Cộng ba khối được 4.210 biên chế, chênh 6 biên chế.",
        None,
    ),
    _form(
        "reviewer/subtraction-not-the-documents",
        POSTS_2025 + "Lấy 5.300 người trừ 5.150 người thì mức giảm là 150 người, không "
        "phải 160 người như dự thảo nêu.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "reviewer/subtraction-agreeing",
        "Lấy 5.300 người trừ 5.150 người thì mức giảm là 150 người.",
        None,
    ),
    _form(
        "achieved/share-of-the-plan",
        POSTS_2025 + "Năm 2024 tuyển được 40 người, đạt 95% kế hoạch.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "achieved/a-cut-and-its-share",
        "Năm 2024 giảm 40 biên chế, đạt 95% kế hoạch.",
        None,
    ),
    _form(
        "extremes/after-an-average",
        POSTS_2025 + "Bình quân mỗi xã có 28 biên chế; xã lớn nhất được giao 35 biên "
        "chế, xã nhỏ nhất 22 biên chế.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "extremes/with-no-average",
        "Xã lớn nhất được giao 35 biên chế, xã nhỏ nhất 22 biên chế.",
        None,
    ),
    _form(
        "part-time-outside/subject-then-count",
        POSTS_2025 + "Người hoạt động không chuyên trách ở thôn không thuộc số cán bộ, "
        "công chức cấp xã; toàn huyện hiện bố trí 640 người.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "part-time-outside/commune-staff-then-count",
        "Cán bộ, công chức cấp xã thuộc số nêu trên; toàn huyện hiện bố trí 640 người.",
        None,
    ),
    _form(
        "part-time-outside/counted-said-no-posts",
        POSTS_2025 + "Dự thảo tính cả 120 người hoạt động không chuyên trách vào biểu biên "
        "chế; đề nghị tách riêng vì họ không thuộc biên chế được giao.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "part-time-outside/beside-posts-said-not-posts",
        "Năm 2023, cán bộ, công chức cấp xã được giao 1.210 người; ngoài ra các xã hiện sử dụng "
        "830 người hoạt động không chuyên trách (không phải biên chế).",
        {("cbcc-xa", 2023, 1210, None, None, None)},
    ),
    _form(
        "part-time-outside/counted-not-said-no-posts",
        "Dự thảo tính cả 120 người hoạt động không chuyên trách vào biểu biên chế.",
        None,
    ),
    _form(
        "own-pay/budget-people-after-self-financing-said",
        "Khi các trường tự bảo đảm chi thường xuyên, số người làm việc hưởng lương từ ngân sách "
        "giảm như sau: năm 2024 là 2.100 người; năm 2025 là 1.900 người.",
        # (the category after the "khi" clause is the chain's topic, eng-yearitems2: read)
        {("vc", 2024, 2100, None, None, None), ("vc", 2025, 1900, None, None, None)},
    ),
    _form(
        "goal-level/rates-named-as-a-level",
        POSTS_2025 + "Khi giao biên chế năm 2026, Bộ sẽ tính đủ phần còn thiếu so với mức "
        "5% công chức và 10% viên chức.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "goal-level/a-cut-in-percent-with-a-count",
        "Khi giao biên chế năm 2026, Bộ giảm 120 biên chế so với mức 5% công chức.",
        None,
    ),
    # eng-inpost4: one convention for staff in post (docs/staff-in-post.md): people in post are
    # outside unless their sentence states a change of them; a body's "N người" never its posts
    _form(
        "in-post-convention/two-categories-on-a-day-outside",
        POSTS_2025 + "Đến ngày 30/11/2024, toàn tỉnh có mặt 1.873 công chức và 20.286 người làm "
        "việc hưởng lương từ ngân sách nhà nước.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "in-post-convention/present-with-its-change-a-unit-apart",
        POSTS_2025 + "Đến ngày 31/12/2024, toàn tỉnh có mặt 1.873 công chức, giảm 25 người so "
        "với năm 2023.",
        {
            ("vc", 2025, 2300, None, None, None),
            ("cbcc-co-mat", 2024, 1873, None, None, None),
            ("cbcc-co-mat", 2024, None, 25, 2023, None),
        },
    ),
    _form(
        "in-post-convention/present-now-with-vacancies-outside",
        POSTS_2025 + "Hiện có 1.641 công chức, còn 113 biên chế chưa tuyển.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "in-post-convention/present-now-with-its-change-a-unit-apart",
        POSTS_2025 + "Hiện có 1.641 công chức, giảm 12 người so với năm 2023.",
        {
            ("vc", 2025, 2300, None, None, None),
            ("cbcc-co-mat", 2025, 1641, None, None, None),
            ("cbcc-co-mat", 2025, None, 12, 2023, None),
        },
    ),
    _form(
        "in-post-convention/a-body-s-people-beside-its-posts-outside",
        "Năm 2023, Tổng cục Thủy lợi được giao 212 biên chế, có mặt 198 người.",
        {("tong-cuc-thuy-loi", 2023, 212, None, None, None)},
    ),
    _form(
        "in-post-convention/a-change-after-a-body-s-people-unread",
        # (the people's change, never the posts': "giảm 5 biên chế" would be the posts')
        "Năm 2023, Tổng cục Thủy lợi được giao 212 biên chế, có mặt 198 người, giảm 5 người so "
        "với năm 2022.",
        None,
    ),
    _form(
        "in-post-convention/people-really-in-post-outside",
        POSTS_2025 + "Số công chức thực có đến tháng 6/2018 là 1.923 người (cấp thành phố 1.178 "
        "người, cấp huyện 745 người).",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "in-post-convention/posts-given-with-their-parts-read",
        POSTS_2025 + "Số biên chế công chức được giao năm 2018 là 1.923 biên chế (cấp thành phố "
        "1.178 biên chế, cấp huyện 745 biên chế).",
        {
            ("vc", 2025, 2300, None, None, None),
            ("cbcc", 2018, 1923, None, None, None),
            ("cap-thanh-pho", 2018, 1178, None, None, None),
            ("cap-huyen", 2018, 745, None, None, None),
        },
    ),
    _form(
        "in-post-convention/a-body-has-people-outside",
        POSTS_2025 + "Bệnh viện A hiện có 230 người.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "in-post-convention/a-body-given-people-working-read",
        POSTS_2025 + "Bệnh viện A được giao 230 người làm việc.",
        {("vc", 2025, 2300, None, None, None), ("benh-vien-a-vc", 2025, 230, None, None, None)},
    ),
    _form(
        "in-post-convention/a-body-uses-people-outside",
        POSTS_2025 + "Trung tâm Y tế huyện B hiện sử dụng 115 người.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "in-post-convention/several-categories-now-outside",
        POSTS_2025 + "Hiện nay, toàn tỉnh có 17.418 cán bộ, công chức, viên chức.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "in-post-convention/several-categories-now-with-a-change-unread",
        # (a unit apart by the convention, MIXED: not read yet, never put outside)
        "Hiện toàn tỉnh có 1.990 cán bộ, công chức, viên chức, giảm 20 người so với năm 2023.",
        None,
    ),
    _form(
        "in-post-convention/a-body-s-people-working-and-those-it-uses",
        POSTS_2025 + "Trung tâm Y tế huyện B: 120 người làm việc (hiện sử dụng 115 người).",
        {
            ("vc", 2025, 2300, None, None, None),
            ("trung-tam-y-te-huyen-vc", 2025, 120, None, None, None),
        },
    ),
    # eng-guard: words before a figure that change what it counts (some of the unit left out,
    # another group taken in, posts needed or over a norm) and a rise said by its rate alone
    # are not understood (subjects.unknown_qualifier, build._rise_in_percent_alone); what the
    # reader keeps apart already (the communes, contract staff, the reserve taken in, a body's
    # own scope, a ceiling) is read as before.
    _form(
        "guard/left-out/the-reserve",
        "Năm 2025, tổng biên chế công chức không kể biên chế dự phòng là 950 biên chế.",
        None,
    ),
    _form(
        "guard/left-out/the-communes",
        "Năm 2025, tổng biên chế công chức (không kể cán bộ, công chức cấp xã) là 950 biên chế.",
        {("cbcc", 2025, 950, None, None, None)},
    ),
    _form(
        "guard/left-out/a-block-in-parentheses",
        "Năm 2025, tổng biên chế công chức (trừ khối Đảng) là 950 biên chế.",
        None,
    ),
    _form(
        "guard/left-out/a-bodys-own-scope",
        "Năm 2025, khối cơ quan Bộ (không gồm hệ thống thi hành án dân sự) được giao 1.368 biên "
        "chế công chức.",
        {("co-quan-bo-cbcc", 2025, 1368, None, None, None)},
    ),
    _form(
        "guard/left-out/a-sector-not-yet-counted",
        "Năm 2025, số biên chế viên chức chưa tính các trường mầm non là 4.100 người.",
        None,
    ),
    _form(
        "guard/taken-in/another-group",
        "Năm 2025, tổng biên chế công chức, kể cả biên chế của các hội, là 950 biên chế.",
        None,
    ),
    _form(
        "guard/taken-in/contract-teachers",
        "Năm 2025, tổng số người làm việc tính cả giáo viên hợp đồng là 5.200 người.",
        None,
    ),
    _form(
        "guard/taken-in/the-reserve",
        "Năm 2025, tổng biên chế công chức (kể cả biên chế dự phòng) là 950 biên chế.",
        {("cbcc", 2025, 950, None, None, None)},
    ),
    _form(
        "guard/not-posts/needed",
        POSTS_2025 + "Năm 2025, biên chế công chức cần bổ sung 48 biên chế.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "guard/not-posts/given-more",
        POSTS_2025 + "Năm 2025, biên chế công chức được bổ sung 48 biên chế.",
        {("vc", 2025, 2300, None, None, None), ("cbcc-bo-sung", 2025, 48, None, None, None)},
    ),
    _form(
        "guard/not-posts/over",
        "Năm 2025, biên chế công chức cấp huyện vượt 806 biên chế.",
        None,
    ),
    _form(
        "guard/not-posts/a-ceiling",
        "Năm 2025, biên chế công chức cấp huyện không vượt 806 biên chế.",
        {("cbcc-huyen-khong-vuot", 2025, 806, None, None, None)},
    ),
    _form(
        "guard/besides/the-figure-above",
        "Năm 2025, tổng biên chế công chức là 950 biên chế.\nNgoài tổng số trên, các hội có tính "
        "chất đặc thù được giao 46 biên chế năm 2025.",
        {("cbcc", 2025, 950, None, None, None), ("hoi", 2025, 46, None, None, None)},
    ),
    _form(
        "guard/besides/a-block-left-out",
        "Năm 2025, biên chế công chức ngoài khối Đảng là 900 biên chế.",
        None,
    ),
    _form(
        "guard/not-posts/people-retiring",
        "Năm 2025, biên chế công chức dự kiến nghỉ hưu là 50 người.",
        None,
    ),
    _form(
        "guard/not-posts/the-planned-figure",
        "Năm 2025, biên chế công chức dự kiến là 950 biên chế.",
        {("cbcc", 2025, 950, None, None, None)},
    ),
    _form(
        "guard/rate/a-rise-by-its-rate-alone",
        "Năm 2025, biên chế công chức là 510 biên chế, tăng 2% so với năm 2024.",
        None,
    ),
    _form(
        "guard/rate/a-rise-with-its-count",
        "Năm 2025, biên chế công chức là 510 biên chế, tăng 10 biên chế (2%) so với năm 2024.",
        {("cbcc", 2025, 510, None, None, None), ("cbcc", 2025, None, -10, 2024, "2%")},
    ),
    _form(
        "guard/rate/a-cut-by-its-rate-alone",
        "Năm 2025, biên chế công chức là 490 biên chế, giảm 2% so với năm 2024.",
        {("cbcc", 2025, 490, None, None, None), ("cbcc", 2025, None, 0, 2024, "2%")},
    ),
    # eng-news7: surplus people split by category, people above their quota said by category
    _form(
        "surplus-split/parts-adding-up",
        POSTS_2025 + "Theo dự kiến, tỉnh sau hợp nhất dôi dư 228 người, gồm 68 công chức và "
        "160 viên chức.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "surplus-split/parts-not-adding-up",
        "Theo dự kiến, tỉnh sau hợp nhất dôi dư 228 người, gồm 68 công chức và 150 viên chức.",
        None,
    ),
    _form(
        "above-quota/people-said-by-category",
        POSTS_2025 + "Đến ngày 30/9/2025, các xã, phường có 4.108 cán bộ, công chức, vượt 571 "
        "người so với số biên chế giao tại khoản 1 Điều này; số vượt được sắp xếp trong 5 năm.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "above-quota/posts-said-not-people",
        "Năm 2025, các xã, phường có 4.108 biên chế cán bộ, công chức, vượt 571 biên chế so với "
        "số biên chế giao năm 2024.",
        None,
    ),
    _form(
        # (eng-news8: of 2024, before the two-tier reform; 2025's needs its tie, below)
        "communes-posts/level-by-kinds-listed",
        "Năm 2024 các xã, phường, thị trấn được giao tổng cộng 2.166 biên chế.",
        {("cbcc-xa", 2024, 2166, None, None, None)},
    ),
    _form(
        "communes-posts/another-kind-set-beside",
        "Năm 2025 các xã, phường mới được bố trí tổng cộng 2.166 biên chế, đặc khu 40 biên chế.",
        None,
    ),
    _form(
        "topic-posts/ve-bien-che-then-the-levels-units",
        "Về biên chế, năm 2024 tỉnh được giao 3.270 biên chế cán bộ, công chức cấp xã cho 155 "
        "đơn vị.",
        {("cbcc-xa", 2024, 3270, None, None, None)},
    ),
    _form(
        "own-revenue/paid-from-revenue-a-line-apart-with-glossed-parts",
        "Năm 2023 giao 26.103 người làm việc hưởng lương từ ngân sách nhà nước.\nNăm 2023 giao "
        "1.714 người làm việc hưởng lương từ nguồn thu sự nghiệp, gồm: cấp tỉnh (các sở, ban, "
        "ngành) 1.673 người; dự phòng 41 người.",
        {
            ("vc", 2023, 26103, None, None, None),
            ("vc-huong-luong-tu-nguon", 2023, 1714, None, None, None),
            ("cap-tinh", 2023, 1673, None, None, None),
            ("du-phong", 2023, 41, None, None, None),
        },
        vc=(),
        vc_huong_luong_tu_nguon=("cap-tinh", "du-phong"),
    ),
    _form(
        "own-revenue/paid-from-the-budget-is-the-category",
        "Năm 2023 giao 1.714 người làm việc hưởng lương từ ngân sách nhà nước.",
        {("vc", 2023, 1714, None, None, None)},
    ),
    _form(
        "own-revenue/a-gloss-leaving-bodies-out",
        "Năm 2023 giao 1.714 người làm việc, gồm: cấp tỉnh (không kể các trường) 1.673 người; "
        "dự phòng 41 người.",
        None,
    ),
    _form(
        "topic-posts/units-of-a-kind-named",
        "Về biên chế, năm 2024 tỉnh được giao 3.270 biên chế cán bộ, công chức cấp xã cho 15 "
        "đơn vị sự nghiệp.",
        None,
    ),
    # eng-chains3: roadmaps whose unit is the document's one whole; changes year on year
    _form(
        "roadmap-whole/year-items-under-a-heading-naming-none",
        ROADMAP_WHOLE_BASE + ROADMAP_WHOLE_ITEMS,
        {
            ("tong", 2021, 300, None, None, None),
            ("cap-tinh", 2021, 200, None, None, None),
            ("cap-huyen", 2021, 100, None, None, None),
            ("tong", 2026, 285, None, None, None),
            ("tong", 2024, 295, None, None, None),
            ("tong", 2025, 290, None, None, None),
            ("tong", 2026, None, 5, 2025, None),
        },
        tong=("cap-tinh", "cap-huyen"),
    ),
    _form("roadmap-whole/year-items-with-no-whole-stated", ROADMAP_WHOLE_ITEMS, None),
    _form(
        "roadmap-whole/changes-the-items-show-year-on-year",
        ROADMAP_FALLS.format(c2023="11", c2024="11", c2025="11"),
        {
            ("tong", 2021, 1046, None, None, None),
            ("tong", 2025, 1002, None, None, None),
            ("tong", 2022, 1035, None, None, None),
            ("tong", 2022, None, 11, 2021, None),
            ("tong", 2023, 1024, None, None, None),
            ("tong", 2023, None, 11, 2022, None),
            ("tong", 2024, 1013, None, None, None),
            ("tong", 2024, None, 11, 2023, None),
            ("tong", 2025, None, 11, 2024, None),
        },
    ),
    _form(
        "roadmap-whole/changes-against-the-year-before-said-before-the-chain",
        ROADMAP_VC_HEADING + "Năm 2021 là 17.286 người.\nLộ trình từng năm so với năm trước: "
        "năm 2022 giảm 346 người; năm 2023 giảm 347 người; năm 2024 giảm 347 người.\n",
        {
            ("vc", 2021, 17286, None, None, None),
            ("vc", 2022, None, 346, 2021, None),
            ("vc", 2023, None, 347, 2022, None),
            ("vc", 2024, None, 347, 2023, None),
        },
    ),
    _form(
        "roadmap-whole/changes-against-a-named-year-said-before-the-chain",
        ROADMAP_VC_HEADING + "Lộ trình từng năm so với năm 2021: năm 2022 giảm 346 người; năm "
        "2023 giảm 693 người; năm 2024 giảm 1.040 người.\n",
        None,
    ),
    _form(
        "roadmap-whole/changes-against-the-year-before-with-a-year-missing",
        ROADMAP_VC_HEADING + "Lộ trình từng năm so với năm trước: năm 2022 giảm 346 người; năm "
        "2024 giảm 347 người; năm 2025 giảm 347 người.\n",
        None,
    ),
    # eng-sections: subjectless sentences under a heading naming one unit, a second sentence
    # going on with the first's unit, parts carrying two years, a reason after a change, a lead
    # saying what its links compare with, a fronted base naming the category
    _form(
        "sections/heading-unit-then-second-sentence",
        SECTION.format(heading="Số lượng người làm việc hưởng lương từ ngân sách nhà nước")
        + "Năm 2021 là 17.286 người. Đến năm 2026 còn 15.552 người, giảm 1.734 người "
        "(10,03%).\n",
        {
            ("vc", 2021, 17286, None, None, None),
            ("vc", 2026, 15552, None, None, None),
            ("vc", 2026, None, 1734, 2021, "10,03%"),
        },
    ),
    _form(
        "sections/heading-naming-two-units",
        SECTION.format(heading="Biên chế công chức và số lượng người làm việc")
        + "Năm 2021 là 17.286 người. Đến năm 2026 còn 15.552 người, giảm 1.734 người.\n",
        None,
    ),
    _form(
        "sections/heading-a-topic",
        SECTION.format(heading="Lộ trình")
        + "Năm 2021 là 17.286 người. Đến năm 2026 còn 15.552 người, giảm 1.734 người.\n",
        None,
    ),
    _form(
        "sections/parts-of-two-years-after-trong-do",
        SECTION.format(heading="Số lượng người làm việc hưởng lương từ ngân sách nhà nước")
        + "Năm 2021 là 3.000 người. Đến năm 2026 còn 2.700 người, giảm 300 người, trong đó:\n"
        "+ Giáo dục và đào tạo: năm 2021 là 2.000 người, năm 2026 còn 1.800 người;\n"
        "+ Y tế: năm 2021 là 1.000 người, năm 2026 còn 900 người.\n",
        {
            ("vc", 2021, 3000, None, None, None),
            ("vc", 2026, 2700, None, None, None),
            ("vc", 2026, None, 300, 2021, None),
            ("giao-duc-dao-tao", 2021, 2000, None, None, None),
            ("giao-duc-dao-tao", 2026, 1800, None, None, None),
            ("y-te", 2021, 1000, None, None, None),
            ("y-te", 2026, 900, None, None, None),
        },
        vc=("giao-duc-dao-tao", "y-te"),
    ),
    _form(
        "sections/parts-of-two-years-under-a-topic",
        SECTION.format(heading="Kết quả")
        + "Năm 2021 là 3.000 người. Đến năm 2026 còn 2.700 người, giảm 300 người, trong đó:\n"
        "+ Giáo dục và đào tạo: năm 2021 là 2.000 người, năm 2026 còn 1.800 người;\n"
        "+ Y tế: năm 2021 là 1.000 người, năm 2026 còn 900 người.\n",
        None,
    ),
    _form(
        "sections/commune-staff-had-as-given-then-a-reason",
        SECTION.format(heading="Cán bộ, công chức cấp xã")
        + "Năm 2021 có 1.582 cán bộ, công chức cấp xã được giao; đến năm 2025 còn 1.520 người, "
        "giảm 62 người do sắp xếp đơn vị hành chính cấp xã.\n",
        {
            ("cbcc-xa", 2021, 1582, None, None, None),
            ("cbcc-xa", 2025, 1520, None, None, None),
            ("cbcc-xa", 2025, None, 62, 2021, None),
        },
    ),
    _form(
        # "có N cán bộ, công chức cấp xã" without "được giao": people in post, or posts?
        "sections/commune-staff-had-not-said-given",
        SECTION.format(heading="Cán bộ, công chức cấp xã")
        + "Năm 2021 có 1.582 cán bộ, công chức cấp xã; đến năm 2025 còn 1.520 người, giảm 62 "
        "người.\n",
        None,
    ),
    _form(
        "sections/a-reason-then-the-next-link",
        SECTION.format(heading="Cán bộ, công chức cấp xã")
        + "Năm 2021 là 1.582 người; đến năm 2025 còn 1.520 người, giảm 62 người do sắp xếp đơn "
        "vị hành chính cấp xã; năm 2026 còn 1.500 người.\n",
        {
            ("cbcc-xa", 2021, 1582, None, None, None),
            ("cbcc-xa", 2025, 1520, None, None, None),
            ("cbcc-xa", 2025, None, 62, 2021, None),
            ("cbcc-xa", 2026, 1500, None, None, None),
        },
    ),
    _form(
        "sections/a-lead-against-the-year-before",
        SECTION.format(heading="Số lượng người làm việc hưởng lương từ ngân sách nhà nước")
        + "Lộ trình từng năm so với năm trước: năm 2022 giảm 346 người; năm 2023 giảm 347 "
        "người.\n",
        {("vc", 2022, None, 346, 2021, None), ("vc", 2023, None, 347, 2022, None)},
    ),
    _form(
        "sections/fronted-base-naming-the-category",
        "Điều 1. Biên chế năm 2025\n1. Giao 3.176 biên chế công chức trong các cơ quan, tổ chức "
        "hành chính của thành phố năm 2025.\n2. So với số biên chế công chức được giao năm 2021 "
        "(3.342 biên chế), năm 2025 giảm 166 biên chế, tỷ lệ giảm 4,97%.\n",
        {
            ("cbcc", 2025, 3176, None, None, None),
            ("cbcc", 2021, 3342, None, None, None),
            ("cbcc", 2025, None, 166, 2021, "4,97%"),
        },
    ),
    _form(
        "sections/fronted-base-naming-a-body",
        "Điều 1. Biên chế năm 2025\n1. So với số biên chế công chức của Sở Y tế được giao năm "
        "2021 (3.342 biên chế), năm 2025 giảm 166 biên chế, tỷ lệ giảm 4,97%.\n",
        None,
    ),
    _form(
        "sections/fronted-base-naming-both-categories",
        "Điều 1. Biên chế năm 2025\n1. So với số biên chế công chức và viên chức được giao năm "
        "2021 (3.342 biên chế), năm 2025 giảm 166 biên chế, tỷ lệ giảm 4,97%.\n",
        None,
    ),
    # eng-news6: news prose: a total's parts named by block, each item saying its category;
    # two figures then their changes "lần lượt"; a proposal by a department left unnamed
    _form(
        "block-items/category-after-the-count",
        "Năm 2025, tổng biên chế của tỉnh là 3.700, gồm khối Đảng 1.200 biên chế, khối chính "
        "quyền 1.500 biên chế công chức và khối sự nghiệp 1.000 người làm việc hưởng lương từ "
        "ngân sách.",
        {
            ("tong", 2025, 3700, None, None, None),
            ("dang", 2025, 1200, None, None, None),
            ("chinh-quyen", 2025, 1500, None, None, None),
            ("su-nghiep", 2025, 1000, None, None, None),
        },
        tong=("dang", "chinh-quyen", "su-nghiep"),
    ),
    _form(
        "block-items/category-after-the-count-not-the-lists",
        "Năm 2025, biên chế công chức của tỉnh là 3.700, gồm khối Đảng 1.200 biên chế và khối "
        "sự nghiệp 2.500 người làm việc.",
        None,
    ),
    _form(
        "block-after/named-after-the-count",
        "Năm 2025, tổng biên chế của tỉnh là 3.700, gồm 1.200 biên chế khối Đảng, 1.500 biên chế "
        "công chức khối chính quyền và 1.000 người làm việc hưởng lương từ ngân sách nhà nước "
        "trong các đơn vị sự nghiệp công lập.",
        {
            ("tong", 2025, 3700, None, None, None),
            ("dang", 2025, 1200, None, None, None),
            ("chinh-quyen", 2025, 1500, None, None, None),
            ("huong-luong-tu-ngan-sach", 2025, 1000, None, None, None),
        },
        tong=("dang", "chinh-quyen", "huong-luong-tu-ngan-sach"),
    ),
    _form(
        "block-after/of-another-category-than-the-lists",
        "Năm 2025, biên chế công chức của tỉnh là 3.700, gồm 1.200 biên chế khối Đảng và 2.500 "
        "biên chế viên chức khối sự nghiệp.",
        None,
    ),
    _form(
        "block-after/standing-alone",
        "Năm 2025, tỉnh có 1.200 biên chế khối Đảng.",
        None,
    ),
    _form(
        "respective-after-figures/two-categories",
        "Năm 2026, tỉnh giao 4.980 biên chế công chức và 52.740 người làm việc hưởng lương từ "
        "ngân sách, khi đó so với năm 2021 sẽ giảm lần lượt 281 biên chế và 5.873 người, tương "
        "ứng 5,34% và 10,02%.",
        {
            ("cbcc", 2026, 4980, None, None, None),
            ("cbcc", 2026, None, 281, 2021, "5,34%"),
            ("vc", 2026, 52740, None, None, None),
            ("vc", 2026, None, 5873, 2021, "10,02%"),
        },
    ),
    _form(
        "respective-after-figures/three-changes-for-two-figures",
        "Năm 2026, tỉnh giao 4.980 biên chế công chức và 52.740 người làm việc, so với năm 2021 "
        "giảm lần lượt 281, 300 và 5.873.",
        None,
    ),
    _form(
        "respective-after-figures/one-category-twice",
        "Năm 2026, tỉnh giao 4.980 biên chế công chức và 52.740 biên chế công chức, so với năm "
        "2021 giảm lần lượt 281 và 5.873.",
        None,
    ),
    _form(
        "proposal/home-affairs-plans-to-propose",
        "Năm 2026, Sở Nội vụ dự kiến tham mưu giao 4.980 biên chế công chức.",
        {("cbcc", 2026, 4980, None, None, None)},
    ),
    _form(
        "proposal/department-unnamed-its-director-speaking",
        "Giám đốc Sở Nội vụ: Năm 2026, Sở trình Ủy ban nhân dân tỉnh giao 4.205 biên chế công "
        "chức.",
        {("cbcc", 2026, 4205, None, None, None)},
    ),
    _form(
        "proposal/department-unnamed",
        "Năm 2026, Sở dự kiến tham mưu giao 4.980 biên chế công chức.",
        None,
    ),
    _form(
        "proposal/department-unnamed-another-director-speaking",
        "Giám đốc Sở Y tế: Năm 2026, Sở trình Ủy ban nhân dân tỉnh giao 4.205 biên chế công chức.",
        None,
    ),
    # eng-slips3: one unit named two ways hid its slips (own body's request, past years, a
    # school level with "Cấp", "biên chế của khối"), a total's two lists of parts where one
    # refines the other, a body's posts named again to be broken down, "viên chức sự nghiệp"
    _form(
        "own-body-asks/the-figure-is-the-chains-unit",
        PAST_YEARS + "Bộ kính đề nghị Thủ tướng Chính phủ giao năm 2026 là 1.296 biên chế "
        "công chức.\n",
        {
            ("cbcc", 2024, 1326, None, None, None),
            ("cbcc", 2025, 1302, None, None, None),
            ("cbcc", 2026, 1296, None, None, None),
        },
    ),
    _form(
        "own-body-asks/another-body-asking-is-its-own-unit",
        PAST_YEARS + "Cục A kính đề nghị Thủ tướng Chính phủ giao năm 2026 là 96 biên chế "
        "công chức.\n",
        {
            ("cbcc", 2024, 1326, None, None, None),
            ("cbcc", 2025, 1302, None, None, None),
            ("cuc-a-kinh-de-nghi-cbcc", 2026, 96, None, None, None),
        },
    ),
    _form(
        "past-years/a-scope-beside-them-stays",
        PAST_YEARS.replace("công chức được giao", "công chức cấp huyện")
        + "Bộ kính đề nghị Thủ tướng Chính phủ giao năm 2026 là 1.296 biên chế công chức.\n",
        {
            ("cbcc-huyen", 2024, 1326, None, None, None),
            ("cbcc-huyen", 2025, 1302, None, None, None),
            ("cbcc", 2026, 1296, None, None, None),
        },
    ),
    _form(
        "school-level/cap-before-the-level-is-the-level",
        SCHOOL_LEVELS.format(level="Cấp mầm non"),
        {
            ("truong-cong-lap-thuoc-huyen-vc", 2021, 1000, None, None, None),
            ("mam-non", 2021, 400, None, None, None),
            ("trung-hoc-co-so", 2021, 600, None, None, None),
            ("mam-non", 2025, 390, None, None, None),
            ("mam-non", 2026, 380, None, None, None),
            ("mam-non", 2026, None, 20, 2021, None),
        },
    ),
    _form(
        "school-level/another-level-stays-apart",
        SCHOOL_LEVELS.format(level="Cấp trung học phổ thông"),
        {
            ("truong-cong-lap-thuoc-huyen-vc", 2021, 1000, None, None, None),
            ("mam-non", 2021, 400, None, None, None),
            ("trung-hoc-co-so", 2021, 600, None, None, None),
            ("trung-hoc-pho-thong", 2025, 390, None, None, None),
            ("trung-hoc-pho-thong", 2026, 380, None, None, None),
            ("trung-hoc-pho-thong", 2026, None, 20, 2021, None),
        },
    ),
    _form(
        "refined-parts/one-item-is-the-annex-rows",
        REFINED.format(
            items="a) Các vụ, cục: 1.000 biên chế;\n\nb) Biên chế dự phòng: 15 biên chế.",
            rows="| 1 | Vụ A | 410 | 400 |\n| 2 | Cục B | 610 | 600 |\n"
            "| 3 | Biên chế dự phòng | 15 | 15 |",
        ),
        {
            ("cbcc", 2025, 1035, None, None, None),
            ("cbcc", 2026, 1015, None, None, None),
            ("cbcc", 2026, None, 20, 2025, None),
            ("vu-cuc", 2026, 1000, None, None, None),
            ("vu-a", 2025, 410, None, None, None),
            ("vu-a", 2026, 400, None, None, None),
            ("cuc-b", 2025, 610, None, None, None),
            ("cuc-b", 2026, 600, None, None, None),
            ("du-phong", 2025, 15, None, None, None),
            ("du-phong", 2026, 15, None, None, None),
        },
        cbcc=("vu-cuc", "du-phong"),
        vu_cuc=("vu-a", "cuc-b"),
    ),
    _form(
        "refined-parts/two-items-differ-parts-unknown",
        REFINED.format(
            items="a) Các vụ: 400 biên chế;\n\nb) Các cục: 600 biên chế;\n\n"
            "c) Biên chế dự phòng: 15 biên chế.",
            rows="| 1 | Vụ A | 160 | 150 |\n| 2 | Vụ B | 250 | 250 |\n| 3 | Cục C | 610 | 600 |\n"
            "| 4 | Biên chế dự phòng | 15 | 15 |",
        ),
        {
            ("cbcc", 2025, 1035, None, None, None),
            ("cbcc", 2026, 1015, None, None, None),
            ("cbcc", 2026, None, 20, 2025, None),
            ("vu", 2026, 400, None, None, None),
            ("cuc", 2026, 600, None, None, None),
            ("vu-a", 2025, 160, None, None, None),
            ("vu-a", 2026, 150, None, None, None),
            ("vu-b", 2025, 250, None, None, None),
            ("vu-b", 2026, 250, None, None, None),
            ("cuc-c", 2025, 610, None, None, None),
            ("cuc-c", 2026, 600, None, None, None),
            ("du-phong", 2025, 15, None, None, None),
            ("du-phong", 2026, 15, None, None, None),
        },
        cbcc=(),
    ),
    _form(
        "the-block/posts-of-the-khoi-are-the-one-block",
        PARTY_BLOCK_2025 + "Biên chế của khối qua các năm: năm 2023 là 89; năm 2024 là 88; năm "
        "2025 là 86.\n",
        {
            ("dang", 2025, 86, None, None, None),
            ("dang", 2025, None, 2, 2024, None),
            ("dang", 2023, 89, None, None, None),
            ("dang", 2024, 88, None, None, None),
        },
    ),
    _form(
        "the-block/after-two-blocks-khoi-is-neither",
        PARTY_BLOCK_2025 + "Tổng biên chế năm 2025 của khối chính quyền thành phố là 400 biên "
        "chế.\nBiên chế của khối qua các năm: năm 2023 là 89; năm 2024 là 88; năm 2025 là 86.\n",
        {
            ("dang", 2025, 86, None, None, None),
            ("dang", 2025, None, 2, 2024, None),
            ("chinh-quyen", 2025, 400, None, None, None),
            ("khoi", 2023, 89, None, None, None),
            ("khoi", 2024, 88, None, None, None),
            ("khoi", 2025, 86, None, None, None),
        },
    ),
    _form(
        "the-block/its-total-listing-parts-gives-them-its-year",
        "1. Năm 2021, các cơ quan đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh "
        "được giao 1.180 biên chế.\n2. Đến năm 2026, tổng biên chế của khối là 1.120 biên chế, "
        "giảm 60 biên chế so với năm 2021, gồm:\na) Cấp tỉnh: 472 biên chế;\nb) Cấp huyện: 648 "
        "biên chế.\n",
        {
            ("dang", 2021, 1180, None, None, None),
            ("khoi", 2026, 1120, None, None, None),
            ("khoi", 2026, None, 60, 2021, None),
            ("cap-tinh", 2026, 472, None, None, None),
            ("cap-huyen", 2026, 648, None, None, None),
        },
        khoi=("cap-tinh", "cap-huyen"),
    ),
    _form(
        "named-again/items-are-the-named-bodys-parts",
        NAMED_AGAIN.format(lead="Biên chế của các Cục quy định tại điểm b khoản 1 Điều này"),
        NAMED_AGAIN_ROWS,
        cbcc_vu_cuc_van_phong=("van-phong-bo", "cuc"),
        cuc=("cuc-a", "cuc-b"),
    ),
    _form(
        "named-again/another-name-opens-nothing",
        NAMED_AGAIN.format(lead="Biên chế của các Tổng cục"),
        NAMED_AGAIN_ROWS,
        cbcc_vu_cuc_van_phong=("van-phong-bo", "cuc"),
        cuc=(),
    ),
    _form(
        "vc-where-they-work/su-nghiep-ending-the-name-is-no-qualifier",
        "Năm 2021, số viên chức sự nghiệp là 2.010 người.\n" + VC_2025,
        {
            ("vc", 2021, 2010, None, None, None),
            ("vc", 2025, 1805, None, None, None),
            ("vc", 2025, None, 205, 2021, None),
        },
    ),
    _form(
        "vc-where-they-work/a-sector-after-it-stays",
        "Năm 2021, số viên chức sự nghiệp y tế là 2.010 người.\n" + VC_2025,
        {
            ("vc-su-nghiep-y-te", 2021, 2010, None, None, None),
            ("vc", 2025, 1805, None, None, None),
            ("vc", 2025, None, 205, 2021, None),
        },
    ),
    # eng-subsets2: a subset is read as a unit of its own or the line is not understood (never
    # left outside beside figures read); a subset in parentheses right after a cut, after a
    # listed part, and named again by its people in a later clause
    _form(
        "subset-after-a-cut/in-parentheses",
        "Năm 2024, số lượng người làm việc của tỉnh là 19.462 người, giảm 388 người so với năm "
        "2023, phân bổ như sau:\n- Sự nghiệp giáo dục: 15.118 người, giảm 301 người (trong đó có "
        "13.540 giáo viên);\n- Sự nghiệp y tế: 4.344 người, giảm 87 người.",
        {
            ("vc", 2024, 19462, None, None, None),
            ("vc", 2024, None, 388, 2023, None),
            ("vc-vc-giao-duc", 2024, 15118, None, None, None),
            ("vc-vc-giao-duc", 2024, None, 301, 2023, None),
            ("vc-vc-giao-duc-giao-vien", 2024, 13540, None, None, None),
            ("vc-vc-y-te", 2024, 4344, None, None, None),
            ("vc-vc-y-te", 2024, None, 87, 2023, None),
        },
        vc=("vc-vc-giao-duc", "vc-vc-y-te"),
    ),
    _form(
        # no larger than the cut: some of the people cut? (it was left outside, the line
        # called understood with the count dropped)
        "subset-after-a-cut/no-larger-than-the-cut",
        "Năm 2024, sự nghiệp giáo dục được giao 15.118 người, giảm 301 người (trong đó có 120 "
        "giáo viên) so với năm 2023.",
        None,
    ),
    _form(
        # right after the base year: of the base year's figure, maybe
        "subset-after-a-cut/after-the-base-year",
        "Năm 2024, sự nghiệp giáo dục được giao 15.118 người, giảm 301 người so với năm 2023 "
        "(trong đó có 13.540 giáo viên).",
        None,
    ),
    _form(
        "subset-after-a-cut/after-a-comma",
        "Năm 2024, sự nghiệp y tế được giao 3.226 người, giảm 74 người so với năm 2023, trong đó "
        "có 1.000 bác sĩ.",
        {
            ("vc-y-te", 2024, 3226, None, None, None),
            ("vc-y-te", 2024, None, 74, 2023, None),
            ("vc-y-te-bac-si", 2024, 1000, None, None, None),
        },
    ),
    _form(
        "subset-after-a-cut/after-a-comma-no-larger-than-the-cut",
        "Năm 2024, sự nghiệp y tế được giao 3.226 người, giảm 74 người so với năm 2023, trong đó "
        "có 60 bác sĩ.",
        None,
    ),
    _form(
        # the province unnamed is the text's own: its total, the parts listed; the teachers
        # are some of the part they follow
        "subset-of-a-listed-part",
        "Năm 2021, tỉnh được giao 26.826 biên chế, gồm 2.246 biên chế công chức và 24.580 người "
        "làm việc hưởng lương từ ngân sách nhà nước (trong đó có 17.905 giáo viên).",
        {
            ("tong", 2021, 26826, None, None, None),
            ("cbcc", 2021, 2246, None, None, None),
            ("vc", 2021, 24580, None, None, None),
            ("vc-giao-vien", 2021, 17905, None, None, None),
        },
        tong=("cbcc", "vc"),
    ),
    _form(
        "subset-of-a-listed-part/larger-than-the-part",
        "Năm 2021, tỉnh được giao 26.826 biên chế, gồm 2.246 biên chế công chức và 24.580 người "
        "làm việc hưởng lương từ ngân sách nhà nước (trong đó có 25.905 giáo viên).",
        None,
    ),
    _form(
        # a named province may be one of many: not the text's total
        "subset-of-a-listed-part/a-named-province",
        "Năm 2021, tỉnh Lam Sơn được giao 26.826 biên chế, gồm 2.246 biên chế công chức và "
        "24.580 người làm việc hưởng lương từ ngân sách nhà nước.",
        None,
    ),
    _form(
        "subset-named-again",
        "Năm 2021, số lượng người làm việc của tỉnh là 24.580 người, trong đó có 17.905 giáo "
        "viên.\nNăm 2026, số lượng người làm việc của tỉnh là 22.110 người; số giáo viên năm 2026 "
        "là 16.980 người.",
        {
            ("vc", 2021, 24580, None, None, None),
            ("vc-giao-vien", 2021, 17905, None, None, None),
            ("vc", 2026, 22110, None, None, None),
            ("vc-giao-vien", 2026, 16980, None, None, None),
        },
    ),
    _form(
        # no teachers set up before: never the VC figure of 2026 (blind AC1 misread it so)
        "subset-named-again/none-set-up",
        "Năm 2026, số lượng người làm việc của tỉnh là 22.110 người; số giáo viên năm 2026 là "
        "16.980 người.",
        None,
    ),
    _form(
        # the change in parentheses between the figure and its subset, words only
        "subset-after-a-kept-figure",
        "Năm 2025, sự nghiệp giáo dục được giao 612 người (giữ nguyên so với năm 2024), trong đó "
        "có 498 giáo viên.",
        {
            ("vc-giao-duc", 2025, 612, None, None, None),
            ("vc-giao-duc", 2025, None, 0, 2024, None),
            ("vc-giao-duc-giao-vien", 2025, 498, None, None, None),
        },
    ),
    _form(
        "subset-after-a-kept-figure/larger-than-the-figure",
        "Năm 2025, sự nghiệp giáo dục được giao 612 người (giữ nguyên so với năm 2024), trong đó "
        "có 700 giáo viên.",
        None,
    ),
    _form(
        "subset-held/after-a-cut",
        "Năm 2025, số người làm việc của các đơn vị sự nghiệp thuộc Hội còn 370 người, giảm 55 "
        "người so với năm 2021; trong đó có 142 người làm việc tại Báo Nông thôn.",
        {
            ("vc-don-vi-su-nghiep", 2025, 370, None, None, None),
            ("vc-don-vi-su-nghiep", 2025, None, 55, 2021, None),
            ("vc-don-vi-su-nghiep-bao-nong-thon", 2025, 142, None, None, None),
        },
    ),
    _form(
        # no larger than the cut: some of the people cut, maybe
        "subset-held/after-a-cut-no-larger-than-it",
        "Năm 2025, số người làm việc của các đơn vị sự nghiệp thuộc Hội còn 370 người, giảm 55 "
        "người so với năm 2021; trong đó có 40 người làm việc tại Báo Nông thôn.",
        None,
    ),
    _form(
        "subset-added/in-a-list",
        "Điều 1. Giao số lượng người làm việc năm 2023\n1. Tổng số người làm việc của tỉnh năm "
        "2023 là 26.103 người, gồm:\na) Cấp tỉnh: 6.622 người (trong đó có 101 chỉ tiêu bổ sung "
        "cho sự nghiệp giáo dục);\nb) Cấp huyện: 19.481 người.",
        {
            ("vc", 2023, 26103, None, None, None),
            ("cap-tinh", 2023, 6622, None, None, None),
            ("cap-tinh-bo-sung-su-nghiep", 2023, 101, None, None, None),
            ("cap-huyen", 2023, 19481, None, None, None),
        },
        vc=("cap-tinh", "cap-huyen"),
    ),
    _form(
        "subset-added/larger-than-the-figure",
        "Năm 2023, sự nghiệp giáo dục của tỉnh được giao 6.622 người (trong đó có 7.000 chỉ tiêu "
        "bổ sung).",
        None,
    ),
    _form(
        # after a cut: some of the posts cut, or of the figure? not said
        "subset-added/after-a-cut",
        "Năm 2023, sự nghiệp giáo dục của tỉnh được giao 6.622 người, giảm 120 người, trong đó "
        "có 101 chỉ tiêu bổ sung.",
        None,
    ),
    # eng-mech: guards by mechanism (blind AD's first contact): people holding no post reach
    # everything under their heading or lead and every part of them; a figure in a
    # parenthesis after a comparison's year is the base's or nothing; a commune heading
    # against a line's CBCC leaves it unread.
    _form(
        "no-post-heading/items-outside",
        POSTS_2025 + "III. Hợp đồng lao động theo Nghị định số 111/2022/NĐ-CP năm 2025\n"
        "1. Khối hành chính: 240 người.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        # the twin: a heading of posts after it ends its reach
        "no-post-heading/ended-by-a-heading-of-posts",
        POSTS_2025 + "III. Hợp đồng lao động theo Nghị định số 111/2022/NĐ-CP năm 2025\n"
        "1. Khối hành chính: 240 người.\nIV. Biên chế công chức năm 2025\n"
        "1. Khối hành chính: 250 biên chế.",
        {("vc", 2025, 2300, None, None, None), ("hanh-chinh", 2025, 250, None, None, None)},
    ),
    _form(
        "no-post-lead/items-outside",
        POSTS_2025 + "Năm 2025, số lao động hợp đồng là 300 người, gồm:\na) Khối Đảng: 100 "
        "người;\nb) Khối chính quyền: 200 người.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        # the twin: a line that is no item of its list is read as usual
        "no-post-lead/ended-by-a-line-not-an-item",
        POSTS_2025 + "Năm 2025, số lao động hợp đồng là 300 người, gồm:\na) Khối Đảng: 100 "
        "người;\nb) Khối chính quyền: 200 người.\nNăm 2025, khối chính quyền được giao 180 "
        "biên chế công chức.",
        {("vc", 2025, 2300, None, None, None), ("cq-cbcc", 2025, 180, None, None, None)},
    ),
    _form(
        "no-post-heading/leavers-items-outside",
        POSTS_2025 + "2. Số người tinh giản biên chế năm 2025\na) Khối chính quyền: 45 người;"
        "\nb) Khối sự nghiệp: 75 người.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        # the twin: an item naming posts under a heading of people: which, is not said
        "no-post-heading/leavers-item-naming-posts",
        "2. Số người tinh giản biên chế năm 2025\na) Khối chính quyền: 45 biên chế.",
        None,
    ),
    _form(
        "no-post-heading/people-in-post-items-outside",
        POSTS_2025 + "III. Số người có mặt đến ngày 31/12/2024\n1. Cấp tỉnh: 1.200 người.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        # the twin: a heading of the posts of people working: the items are its posts
        "no-post-heading/posts-of-people-working-read",
        "III. Số lượng người làm việc năm 2025\n1. Cấp tỉnh: 1.200 người.",
        {("cap-tinh", 2025, 1200, None, None, None)},
    ),
    _form(
        # posts named only as what the count is not: the people's line, outside
        "no-post-heading/posts-named-as-left-out",
        POSTS_2025 + "II. Người hoạt động không chuyên trách ở cấp xã\n1. Tổng số người hoạt "
        "động không chuyên trách năm 2024 là 382 người; không tính vào số cán bộ, công chức cấp "
        "xã.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "no-post-parts/of-contract-staff",
        POSTS_2025 + "Năm 2025, hợp đồng lao động theo Nghị định số 111/2022/NĐ-CP là 700 "
        "người (sự nghiệp giáo dục 500 người, sự nghiệp y tế 200 người).",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        # the twin: the same parts of posts are read, parts of the figure
        "no-post-parts/of-posts",
        "Năm 2025, biên chế công chức là 700 biên chế, trong đó khối Đảng 100 biên chế và khối "
        "chính quyền 600 biên chế.",
        {
            ("cbcc", 2025, 700, None, None, None),
            ("dang", 2025, 100, None, None, None),
            ("chinh-quyen", 2025, 600, None, None, None),
        },
        cbcc=("dang", "chinh-quyen"),
    ),
    _form(
        "base-said-with-whose/adds-up",
        "Năm 2025, biên chế công chức là 700 biên chế, giảm 50 biên chế so với năm 2024 (hai "
        "sở cộng lại 750 biên chế).",
        {
            ("cbcc", 2025, 700, None, None, None),
            ("cbcc", 2025, None, 50, 2024, None),
            ("cbcc", 2024, 750, None, None, None),
        },
    ),
    _form(
        # the twin: 700 + 40 is not 750: not the base's figure, and never a part
        "base-said-with-whose/does-not-add-up",
        "Năm 2025, biên chế công chức là 700 biên chế, giảm 40 biên chế so với năm 2024 (hai "
        "sở cộng lại 750 biên chế).",
        None,
    ),
    _form(
        "base-said-with-whose/in-a-clause-by-its-rate",
        "Năm 2026, số người làm việc là 5.000 người; so với năm 2021 (ba đơn vị cộng lại 5.400 "
        "người) giảm 400 người, tỷ lệ 7,41%.",
        {
            ("vc", 2026, 5000, None, None, None),
            ("vc", 2026, None, 400, 2021, "7,41%"),
            ("vc", 2021, 5400, None, None, None),
        },
    ),
    _form(
        "base-said-with-whose/in-a-clause-not-its-base",
        "Năm 2026, số người làm việc là 5.000 người; so với năm 2021 (ba đơn vị cộng lại 5.600 "
        "người) giảm 400 người, tỷ lệ 7,41%.",
        None,
    ),
    _form(
        # (a ward's civil servants are cấp xã by their own words: eng-news8's lexicon)
        "commune-heading/province-line-unread",
        "2. Cán bộ, công chức xã, phường và người hoạt động không chuyên trách năm 2025\n"
        "a) Công chức cấp tỉnh: 600 người.",
        None,
    ),
    _form(
        # the twin: the line's own words place the posts at the communes, as the heading does
        "commune-heading/commune-line-read",
        "2. Cán bộ, công chức xã, phường và người hoạt động không chuyên trách năm 2025\n"
        "a) Cán bộ, công chức xã, phường: 600 người.",
        {("cbcc-xa", 2025, 600, None, None, None)},
    ),
    # eng-news8: the category of commune staff (cấp xã before the two-tier reform, a city's
    # civil servants after it where its total counts them), decided by the text or not read
    _form(
        "communes-category/a-city-total-with-its-communes-part",
        "Năm 2025, tổng biên chế công chức của thành phố là 28.416 biên chế, trong đó các cơ quan "
        "cấp thành phố 9.870 biên chế, các xã, phường 18.546 biên chế.",
        {
            ("cbcc", 2025, 28416, None, None, None),
            ("co-quan-cap-thanh-pho", 2025, 9870, None, None, None),
            ("xa-phuong", 2025, 18546, None, None, None),
        },
        cbcc=("co-quan-cap-thanh-pho", "xa-phuong"),
    ),
    _form(
        # from 2025, nothing tying them to cấp xã: the communes' block as written, no category
        "communes-category/the-communes-posts-alone-after-the-reform",
        "Năm 2025 các xã, phường mới được bố trí tổng cộng 2.166 biên chế.",
        {("xa-phuong-moi", 2025, 2166, None, None, None)},
    ),
    _form(
        "communes-category/tied-by-arithmetic-to-cap-xa",
        "Về biên chế, năm 2024 tỉnh được giao 3.270 biên chế cán bộ, công chức cấp xã. Theo "
        "phương án, năm 2025 các xã, phường mới được bố trí tổng cộng 2.166 biên chế, giảm 1.104 "
        "biên chế, tương ứng 33,76%.",
        {
            ("cbcc-xa", 2024, 3270, None, None, None),
            ("cbcc-xa", 2025, 2166, None, None, None),
            ("cbcc-xa", 2025, None, 1104, 2024, "33,76%"),
        },
    ),
    _form(
        "communes-category/cong-chuc-phuong-under-the-communes-article",
        "Điều 2. Cán bộ, công chức phường, xã năm 2025\n1. Công chức phường: 2.625 người.\n2. "
        "Cán bộ, công chức xã: 8.632 người.",
        {
            ("cbcc-xa-phuong", 2025, 2625, None, None, None),
            ("cbcc-xa-xa", 2025, 8632, None, None, None),
        },
    ),
    _form(
        "communes-category/civil-servants-to-move-ward-staff-are-not-the-wards",
        "Năm 2025, biên chế công chức để chuyển công chức phường thành công chức quận là 2.625 "
        "biên chế.",
        {("cbcc-de-chuyen-cong-chuc", 2025, 2625, None, None, None)},
    ),
    # eng-unread: the base year's figure of the bodies merged, named by their count alone ("so
    # với tổng biên chế năm 2024 của hai Bộ (67.552 biên chế)"), taken only where the text's
    # own arithmetic makes it the subject's; a breakdown of công chức in parentheses (posts
    # given, reserve) before the VC's count; teachers in parentheses after a total's VC part
    _form(
        "predecessors-base/by-their-count",
        "Biên chế công chức năm 2025 của Bộ là 61.180 biên chế, giảm 6.372 biên chế, tỷ lệ "
        "9,43% so với tổng biên chế năm 2024 của hai Bộ (67.552 biên chế).",
        {
            ("cbcc", 2025, 61180, None, None, None),
            ("cbcc", 2025, None, 6372, 2024, "9,43%"),
            ("cbcc", 2024, 67552, None, None, None),
        },
    ),
    _form(
        # 61.180 + 6.372 is not 67.652: whose figure the parenthesis is, the text does not say
        "predecessors-base/not-adding-up",
        "Biên chế công chức năm 2025 của Bộ là 61.180 biên chế, giảm 6.372 biên chế so với "
        "tổng biên chế năm 2024 của hai Bộ (67.652 biên chế).",
        None,
    ),
    _form(
        "predecessors-base/the-bodies-before-the-merger",
        "Tổng biên chế của tỉnh đến hết năm 2026 là 966 biên chế, giảm 138 biên chế (12,5%) so "
        "với tổng biên chế năm 2024 của các cơ quan trước sắp xếp (1.104 biên chế).",
        {
            ("tong", 2026, 966, None, None, None),
            ("tong", 2026, None, 138, 2024, "12,5%"),
            ("tong", 2024, 1104, None, None, None),
        },
    ),
    _form(
        "reserve-in-parentheses/then-the-vc",
        "Năm 2021, tỉnh được giao 2.460 biên chế công chức (gồm 2.430 biên chế giao cho các cơ "
        "quan, tổ chức và 30 biên chế dự phòng) và 31.250 người làm việc hưởng lương từ ngân "
        "sách nhà nước.",
        {
            ("cbcc", 2021, 2460, None, None, None),
            ("co-quan-to-chuc", 2021, 2430, None, None, None),
            ("du-phong", 2021, 30, None, None, None),
            ("vc", 2021, 31250, None, None, None),
        },
        cbcc=("co-quan-to-chuc", "du-phong"),
    ),
    _form(
        # 2.430 + 20 is not 2.460: all the parts, or some? not said
        "reserve-in-parentheses/not-adding-up",
        "Năm 2021, tỉnh được giao 2.460 biên chế công chức (gồm 2.430 biên chế giao cho các cơ "
        "quan, tổ chức và 20 biên chế dự phòng) và 31.250 người làm việc hưởng lương từ ngân "
        "sách nhà nước.",
        None,
    ),
    _form(
        # paid from the units' own fees: no posts of the plan, and no category of its own
        "reserve-in-parentheses/then-people-paid-by-fees",
        "Năm 2021, tỉnh được giao 2.460 biên chế công chức (gồm 2.430 biên chế giao cho các cơ "
        "quan, tổ chức và 30 biên chế dự phòng) và 31.250 người làm việc hưởng lương từ nguồn "
        "thu sự nghiệp.",
        None,
    ),
    _form(
        "given-beside-the-reserve",
        "Biên chế công chức năm 2026: 2.336 biên chế (gồm 2.316 biên chế giao và 20 biên chế dự "
        "phòng), giảm 124 biên chế, tỷ lệ 5,04% so với năm 2021.",
        {
            ("cbcc", 2026, 2336, None, None, None),
            ("cbcc", 2026, None, 124, 2021, "5,04%"),
            ("giao", 2026, 2316, None, None, None),
            ("du-phong", 2026, 20, None, None, None),
        },
        cbcc=("giao", "du-phong"),
    ),
    _form(
        # "giao" beside contract staff: no standing of posts
        "given-beside-the-reserve/beside-contracts",
        "Năm 2026, tỉnh được giao 2.336 biên chế công chức, gồm 2.316 biên chế giao và 20 biên "
        "chế hợp đồng.",
        None,
    ),
    _form(
        "teachers-of-a-totals-part/in-parentheses",
        "Năm 2021, tỉnh được giao tổng số 27.018 biên chế, trong đó biên chế công chức là 2.148 "
        "và số lượng người làm việc hưởng lương từ ngân sách nhà nước là 24.870 người (trong đó "
        "có 17.240 giáo viên).",
        {
            ("tong", 2021, 27018, None, None, None),
            ("cbcc", 2021, 2148, None, None, None),
            ("vc", 2021, 24870, None, None, None),
            ("vc-giao-vien", 2021, 17240, None, None, None),
        },
        tong=("cbcc", "vc"),
    ),
    _form(
        # more teachers than the VC's posts: some of which figure? not read
        "teachers-of-a-totals-part/more-than-the-part",
        "Năm 2021, tỉnh được giao tổng số 27.018 biên chế, trong đó biên chế công chức là 2.148 "
        "và số lượng người làm việc là 24.870 người (trong đó có 27.240 giáo viên).",
        None,
    ),
    _form(
        # teachers said of the công chức: no such subset
        "teachers-of-a-totals-part/of-the-cbcc",
        "Năm 2021, tỉnh được giao tổng số 27.018 biên chế, trong đó số lượng người làm việc là "
        "24.870 người và biên chế công chức là 2.148 (trong đó có 1.240 giáo viên).",
        None,
    ),
    _form(
        "posts-of-the-hoi/said-after-the-count",
        "Phê duyệt 612 biên chế năm 2025 của các hội có tính chất đặc thù, giảm 21 biên chế so "
        "với năm 2024 (633 biên chế).",
        {
            ("hoi", 2025, 612, None, None, None),
            ("hoi", 2025, None, 21, 2024, None),
            ("hoi", 2024, 633, None, None, None),
        },
    ),
    _form(
        # bodies of no category: whose posts of which category, not said
        "posts-of-the-hoi/of-bodies-of-no-category",
        "Phê duyệt 612 biên chế năm 2025 của các cơ quan hành chính, giảm 21 biên chế so với năm "
        "2024 (633 biên chế).",
        None,
    ),
    _form(
        "predecessors-base/their-sum-in-the-parenthesis",
        "Năm 2025, tổng biên chế của phường là 75 biên chế, giảm 9 biên chế so với năm 2024 "
        "(tổng của 4 phường trước sắp xếp là 84 biên chế).",
        {
            ("tong", 2025, 75, None, None, None),
            ("tong", 2025, None, 9, 2024, None),
            ("tong", 2024, 84, None, None, None),
        },
    ),
    _form(
        # 75 + 9 is not 86: the former wards' sum, not the ward's base
        "predecessors-base/their-sum-not-adding-up",
        "Năm 2025, tổng biên chế của phường là 75 biên chế, giảm 9 biên chế so với năm 2024 "
        "(tổng của 4 phường trước sắp xếp là 86 biên chế).",
        None,
    ),
    _form(
        "each-group/its-sum-and-its-change",
        "Năm 2025:\n- Các Chi cục khu vực I, II, III, IV và V: mỗi Chi cục 198 biên chế, cộng 990 "
        "biên chế, giảm 34 biên chế so với năm 2024;",
        {
            ("chi-cuc-khu-vuc-i", 2025, 990, None, None, None),
            ("chi-cuc-khu-vuc-i", 2025, None, 34, 2024, None),
        },
    ),
    _form(
        "each-group/bodies-named-unchanged",
        "Năm 2025:\n- Hội Nghệ sĩ múa Việt Nam, Hội Y học Việt Nam: mỗi hội 5 biên chế, không "
        "thay đổi so với năm 2024.",
        {
            ("hoi-nghe-si-mua-viet", 2025, 5, None, None, None),
            ("hoi-nghe-si-mua-viet", 2025, None, 0, 2024, None),
            ("hoi-y-hoc-viet-nam", 2025, 5, None, None, None),
            ("hoi-y-hoc-viet-nam", 2025, None, 0, 2024, None),
        },
    ),
    _form(
        # a cut with no sum: of each body, or of all of them together? not said
        "each-group/bodies-named-cut",
        "Năm 2025:\n- Học viện khu vực I, II, III và IV: mỗi Học viện 205 người, giảm 5 người so "
        "với năm 2024.",
        None,
    ),
    _form(
        # 5 × 198 is not 980: nothing of the item is used
        "each-group/its-sum-not-adding-up",
        "Năm 2025:\n- Các Chi cục khu vực I, II, III, IV và V: mỗi Chi cục 198 biên chế, cộng 980 "
        "biên chế, giảm 34 biên chế so với năm 2024;",
        None,
    ),
    _form(
        # a ministry's sector systems as bodies; a line citing the clause that stated the
        # figure, by number, opens its parts
        "cited-clause/shared-out",
        CITED_CLAUSE,
        CITED_ROWS,
        cbcc=("co-quan-bo", "he-thong-thue"),
    ),
    _form(
        # the clause cited states two bodies' figures: whose parts, not said (read, parts of
        # nothing)
        "cited-clause/of-two-units",
        CITED_CLAUSE.replace("tại khoản 1", "tại khoản 2"),
        CITED_ROWS,
        cbcc=(),
    ),
    # eng-slips4: a block's reserve after its categories, left out of the sum (the categories
    # alone give the figure): the list is read as the figure's parts, so the check can report
    # the sum; a list adding up neither with the reserve nor without it stays unread
    _form(
        "reserve-left-out/block-categories-alone",
        "Điều 1. Giao biên chế các cơ quan Đảng tỉnh đến năm 2026 là 1.124 biên chế, gồm 952 "
        "biên chế cán bộ, công chức, 172 biên chế viên chức và 8 biên chế dự phòng.",
        {
            ("dang", 2026, 1124, None, None, None),
            ("dang-cbcc", 2026, 952, None, None, None),
            ("dang-vc", 2026, 172, None, None, None),
            ("du-phong", 2026, 8, None, None, None),
        },
        dang=("dang-cbcc", "dang-vc", "du-phong"),
    ),
    _form(
        "reserve-left-out/block-adds-up-neither-way",
        "Điều 1. Giao biên chế các cơ quan Đảng tỉnh đến năm 2026 là 1.128 biên chế, gồm 952 "
        "biên chế cán bộ, công chức, 172 biên chế viên chức và 8 biên chế dự phòng.",
        None,
    ),
    # eng-ae1: merged provinces (blind AE1's first contact): a row of the year's counts, then
    # "; so với năm 2021," each counted category's change; a comparison with the base year
    # of all the places merged ("của tỉnh A và tỉnh B trước hợp nhất"), never one of them;
    # a former place's count bare after "cũ" / "(cũ)", as after "cũ:"
    _form(
        "counted-then-compared/each-category-counted",
        "Năm 2025, sau hợp nhất, tỉnh được giao 3.120 biên chế công chức và 41.500 người làm "
        "việc; so với năm 2021, công chức đã giảm 160 biên chế (4,88%), người làm việc đã giảm "
        "2.100 người (4,82%).",
        {
            ("cbcc", 2025, 3120, None, None, None),
            ("cbcc", 2025, None, 160, 2021, "4,88%"),
            ("vc", 2025, 41500, None, None, None),
            ("vc", 2025, None, 2100, 2021, "4,82%"),
        },
    ),
    _form(
        # the hội were not counted before the comparison: whose count changed, the row's or
        # another's, unsure
        "counted-then-compared/a-category-not-counted",
        "Năm 2025, sau hợp nhất, tỉnh được giao 3.120 biên chế công chức và 41.500 người làm "
        "việc; so với năm 2021, công chức đã giảm 160 biên chế (4,88%), biên chế các hội giảm "
        "10 biên chế.",
        None,
    ),
    _form(
        # a change naming no category after the counts of two: whose, unsaid (the general
        # reader gave it to the last category counted)
        "counted-then-compared/a-change-naming-no-category",
        "Năm 2025, sau hợp nhất, tỉnh được giao 3.120 biên chế công chức và 41.500 người làm "
        "việc; so với năm 2021, giảm 160 biên chế (4,88%).",
        None,
    ),
    _form(
        "merged-base/all-the-places",
        "So với số được giao năm 2021 của tỉnh A và tỉnh B trước hợp nhất, biên chế công chức "
        "năm 2026 giảm 300 biên chế (8,00%); số lượng người làm việc năm 2026 giảm 4.000 người "
        "(10,00%).",
        {
            ("cbcc", 2026, None, 300, 2021, "8,00%"),
            ("vc", 2026, None, 4000, 2021, "10,00%"),
        },
    ),
    _form(
        # one former province's base: a part of the merged one's, not its base
        "merged-base/one-of-the-places",
        "So với số được giao năm 2021 của tỉnh A trước hợp nhất, biên chế công chức năm 2026 "
        "giảm 300 biên chế (8,00%); số lượng người làm việc năm 2026 giảm 4.000 người (10,00%).",
        None,
    ),
    _form(
        "former-places/bare-counts",
        "Tổng biên chế công chức cấp tỉnh năm 2025 của tỉnh sau hợp nhất là 3.000 biên chế, "
        "trong đó tỉnh A (cũ) 1.200, tỉnh B (cũ) 1.000, tỉnh C (cũ) 800.",
        {
            ("cbcc-tinh-sau-hop-nhat", 2025, 3000, None, None, None),
            ("tinh-a-cu", 2025, 1200, None, None, None),
            ("tinh-b-cu", 2025, 1000, None, None, None),
            ("tinh-c-cu", 2025, 800, None, None, None),
        },
        **{"cbcc-tinh-sau-hop-nhat": ("tinh-a-cu", "tinh-b-cu", "tinh-c-cu")},
    ),
    _form(
        # no "cũ": a place and a bare number, what it counts unsaid
        "former-places/not-said-former",
        "Tổng biên chế công chức cấp tỉnh năm 2025 của tỉnh sau hợp nhất là 3.000 biên chế, "
        "trong đó tỉnh A 1.200, tỉnh B 1.000, tỉnh C 800.",
        None,
    ),
    # eng-alloc2: a Party allocation "Giao N biên chế năm Y cho các cơ quan đảng, ... (giảm M
    # biên chế so với năm Y0), cụ thể:": the change's parenthesis closes the bodies' name; an
    # item opening a list of its own and stating no change ("a) ...: 200 biên chế (năm Y0:
    # 210 biên chế), gồm:") passes the head's one comparison year to its items' bare "(giảm N
    # biên chế)", "(không thay đổi)"
    _form(
        "party-allocation/head-change-paren-and-nested-bare-cuts",
        PARTY_HEAD.format(whom=PARTY_BODIES, cmp=" (giảm 12 biên chế so với năm 2024)", y0=2024),
        PARTY_ROWS,
        dang_tinh=("co-quan-tham-muu-giup", "co-quan-uy-ban-mat"),
        co_quan_tham_muu_giup=("van-phong-tinh-uy", "ban-to-chuc-tinh-uy"),
    ),
    _form(
        # one body's posts may be of a category left unsaid: nothing read, parenthesis or not
        "party-allocation/head-change-paren-to-one-body",
        PARTY_HEAD.format(
            whom="Văn phòng Tỉnh ủy", cmp=" (giảm 12 biên chế so với năm 2024)", y0=2024
        ),
        None,
    ),
    _form(
        # the head's own change names no year: nothing to pass down, nothing read
        "party-allocation/head-change-paren-without-its-year",
        PARTY_HEAD.format(whom=PARTY_BODIES, cmp=" (giảm 12 biên chế)", y0=2024),
        None,
    ),
    _form(
        # the people above the posts, in a parenthesis of their own: outside, the rest read
        "party-allocation/people-above-the-posts-in-a-parenthesis",
        PARTY_HEAD.format(whom=PARTY_BODIES, cmp=" (giảm 12 biên chế so với năm 2024)", y0=2024)
        + PARTY_OVERRUN.format(people="17 người"),
        PARTY_ROWS,
    ),
    # eng-hunt: a year written right after a figure, and "hiện có" before one (found by the
    # metamorphic hunt, tests/corpus/mutate.py): read for that year, or not at all
    _form(
        # the item's own year, after its figure: that year's, not the lead's
        "year-after-figure/the-items-own-year",
        "Giao biên chế công chức năm 2024 cho các cơ quan như sau:\n"
        "- Sở Tư pháp: 30 biên chế năm 2025.",
        {("so-tu-phap", 2025, 30, None, None, None)},
    ),
    _form(
        # the twin: no year after the figure, the lead's year
        "year-after-figure/none-the-leads-year",
        "Giao biên chế công chức năm 2024 cho các cơ quan như sau:\n- Sở Tư pháp: 30 biên chế.",
        {("so-tu-phap", 2024, 30, None, None, None)},
    ),
    _form(
        # a year after the last of a figure's parts: the parts' or the whole's, unsaid
        "year-after-figure/after-a-part",
        "Giao biên chế năm 2024 cho các cơ quan như sau:\n"
        "- Khối Dân vận: 1.061 biên chế, gồm 787 công chức và 274 viên chức năm 2025.",
        None,
    ),
    _form(
        # the twin: the same parts with no year, read with the lead's
        "year-after-figure/parts-of-no-year",
        "Giao biên chế năm 2024 cho các cơ quan như sau:\n"
        "- Khối Dân vận: 1.061 biên chế, gồm 787 công chức và 274 viên chức.",
        {
            ("dan-van", 2024, 1061, None, None, None),
            ("dan-van-cbcc", 2024, 787, None, None, None),
            ("dan-van-vc", 2024, 274, None, None, None),
        },
        **{"dan-van": ("dan-van-cbcc", "dan-van-vc")},
    ),
    _form(
        # what the body holds now, not the posts given for the lead's year
        "held-before-figure/held-now",
        "Giao biên chế công chức năm 2024 cho các cơ quan như sau:\n"
        "- Sở Tư pháp: hiện có 30 biên chế.",
        None,
    ),
    _form(
        # the twin: the posts given, read for the lead's year
        "held-before-figure/given",
        "Giao biên chế công chức năm 2024 cho các cơ quan như sau:\n"
        "- Sở Tư pháp: được giao 30 biên chế.",
        {("so-tu-phap", 2024, 30, None, None, None)},
    ),
    _form(
        # the year after the recipient of an article's posts: the posts' year, not the title's
        "year-after-figure/after-the-recipient",
        "Quyết định giao biên chế công chức năm 2024\nĐiều 1. Giao 320 biên chế công chức cho "
        "các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện năm 2025.",
        {("co-quan-chuyen-mon-thuoc-cbcc", 2025, 320, None, None, None)},
        **{"co-quan-chuyen-mon-thuoc": ("co-quan-chuyen-mon-thuoc-cbcc",)},
    ),
    _form(
        # the twin: no year after the recipient, the title's
        "year-after-figure/no-year-after-the-recipient",
        "Quyết định giao biên chế công chức năm 2024\nĐiều 1. Giao 320 biên chế công chức cho "
        "các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện.",
        {("cbcc", 2024, 320, None, None, None)},
    ),
    # eng-leak: a qualifier written after a part's count (a year, a category, a level) is that
    # part's, never the next part's; a part saying another year or category than its list's
    # head is no part of it, so nothing is read
    _form(
        "trailing-qualifier/part-of-another-year",
        "Năm 2022, biên chế công chức là 4.100 biên chế, trong đó cấp tỉnh 2.500 biên chế năm "
        "2021, cấp huyện 1.600 biên chế.",
        None,
    ),
    _form(
        # the twin: the part's year said again is its list's, harmless
        "trailing-qualifier/part-of-its-own-year",
        "Năm 2022, biên chế công chức là 4.100 biên chế, trong đó cấp tỉnh 2.500 biên chế năm "
        "2022, cấp huyện 1.600 biên chế.",
        {
            ("cbcc", 2022, 4100, None, None, None),
            ("cap-tinh", 2022, 2500, None, None, None),
            ("cap-huyen", 2022, 1600, None, None, None),
        },
        cbcc=("cap-tinh", "cap-huyen"),
    ),
    _form(
        "trailing-qualifier/last-part-of-another-year",
        "Năm 2022, biên chế công chức là 4.100 biên chế, gồm: cấp tỉnh 2.500 biên chế; cấp "
        "huyện 1.600 biên chế (năm 2021).",
        None,
    ),
    _form(
        "trailing-qualifier/part-of-another-category",
        "Năm 2022, biên chế công chức là 4.100 biên chế, trong đó cấp tỉnh 2.500 biên chế viên "
        "chức, cấp huyện 1.600 biên chế.",
        None,
    ),
    _form(
        # the twin: its list's category said again
        "trailing-qualifier/part-of-its-own-category",
        "Năm 2022, biên chế công chức là 4.100 biên chế, trong đó cấp tỉnh 2.500 biên chế công "
        "chức, cấp huyện 1.600 biên chế.",
        {
            ("cbcc", 2022, 4100, None, None, None),
            ("cap-tinh", 2022, 2500, None, None, None),
            ("cap-huyen", 2022, 1600, None, None, None),
        },
    ),
    _form(
        # a level after a part's count: some of that part, and never the next part's name
        "trailing-qualifier/part-narrowed-by-a-level",
        "Năm 2022, tổng biên chế là 4.100 biên chế, trong đó khối Đảng 900 biên chế cấp huyện, "
        "khối chính quyền 3.200 biên chế.",
        None,
    ),
    _form(
        # a unit's count then a year not the sentence's, another unit after: whose year?
        "trailing-qualifier/unit-of-another-year",
        "Năm 2022, Sở A được giao 64 biên chế (năm 2021), Sở B được giao 57 biên chế.",
        None,
    ),
    _form(
        # the twin: the sentence's year said again
        "trailing-qualifier/unit-of-its-own-year",
        "Năm 2022, Sở A được giao 64 biên chế năm 2022, Sở B được giao 57 biên chế.",
        {("so-a", 2022, 64, None, None, None), ("so-b", 2022, 57, None, None, None)},
    ),
    _form(
        # a figure's year written after it, parts after: the figure and its parts of that year
        "trailing-qualifier/head-year-after-its-figure",
        "Biên chế công chức là 4.100 biên chế đến năm 2026, trong đó cấp tỉnh 2.500 biên chế, "
        "cấp huyện 1.600 biên chế.",
        {
            ("cbcc", 2026, 4100, None, None, None),
            ("cap-tinh", 2026, 2500, None, None, None),
            ("cap-huyen", 2026, 1600, None, None, None),
        },
    ),
    # eng-cont: a base year's figure recalled in a parenthesis with words of whose it is or
    # the category it counts ("So với năm 2021 (hai cơ quan cộng lại 536 biên chế), ..."), and
    # a clause's recalled base of a named unit that has no figure of its own in the sentence:
    # read only where the change's rate is the change over that figure
    _form(
        "eng-cont/clause-base-of-a-unit-without-its-figure",
        "Biên chế công chức năm 2026 giảm 204 biên chế so với năm 2025, tỷ lệ giảm 4,65%; so với"
        " tổng biên chế công chức năm 2021 của hai tỉnh (4.452 biên chế), giảm 272 biên chế, tỷ"
        " lệ giảm 6,11%.\n",
        {
            ("cbcc", 2021, 4452, None, None, None),
            ("cbcc", 2026, None, 204, 2025, "4,65%"),
            ("cbcc", 2026, None, 272, 2021, "6,11%"),
        },
    ),
    _form(
        # the rate is not the change over the figure: whose figure it is, unsure
        "eng-cont/clause-base-of-a-unit-without-its-figure-rate-not-its",
        "Biên chế công chức năm 2026 giảm 204 biên chế so với năm 2025, tỷ lệ giảm 4,65%; so với"
        " năm 2021 (4.452 biên chế), giảm 272 biên chế, tỷ lệ giảm 6,5%.\n",
        None,
    ),
    _form(
        # no rate to tie the figure to the change: unread
        "eng-cont/clause-base-of-a-unit-without-its-figure-no-rate",
        "Biên chế công chức năm 2026 giảm 204 biên chế so với năm 2025, tỷ lệ giảm 4,65%; so với"
        " năm 2021 (4.452 biên chế), giảm 272 biên chế.\n",
        None,
    ),
    _form(
        "eng-cont/fronted-base-with-words-of-whose",
        "So với năm 2021 (hai cơ quan cộng lại 536 biên chế), biên chế công chức năm 2026 giảm 81"
        " biên chế, tỷ lệ 15,11%.\n",
        {("cbcc", 2021, 536, None, None, None), ("cbcc", 2026, None, 81, 2021, "15,11%")},
    ),
    _form(
        # the rate is over another figure: the parenthesis is not the unit's, line unread
        "eng-cont/fronted-base-with-words-of-whose-rate-not-its",
        "So với năm 2021 (hai cơ quan cộng lại 536 biên chế), biên chế công chức năm 2026 giảm 81"
        " biên chế, tỷ lệ 16,11%.\n",
        None,
    ),
    _form(
        "eng-cont/fronted-base-naming-its-category",
        "So với năm 2021 (2.512 biên chế công chức), năm 2025 giảm 128 biên chế, tỷ lệ 5,10%.\n",
        {("cbcc", 2021, 2512, None, None, None), ("cbcc", 2025, None, 128, 2021, "5,10%")},
    ),
    _form(
        # the change names another category than the figure recalled: unread
        "eng-cont/fronted-base-naming-another-category",
        "So với năm 2021 (2.512 biên chế công chức), viên chức năm 2025 giảm 128 người, tỷ lệ"
        " 5,10%.\n",
        None,
    ),
    _form(
        # the rate is not the change over the figure: unread
        "eng-cont/fronted-base-naming-its-category-rate-not-its",
        "So với năm 2021 (2.512 biên chế công chức), năm 2025 giảm 128 biên chế, tỷ lệ 5,30%.\n",
        None,
    ),
    _form(
        # no category in the parenthesis, none in the sentence, no context: unread
        "eng-cont/fronted-base-naming-no-category",
        "So với năm 2021 (2.512 biên chế), năm 2025 giảm 128 biên chế, tỷ lệ 5,10%.\n",
        None,
    ),
    _form(
        # each category named before its base year's figure, each change's rate over it
        "eng-cont/fronted-categories-named-before-their-figures",
        "So với năm 2021 (công chức 1.840 biên chế; người làm việc 20.500 người), biên chế công"
        " chức năm 2024 giảm 92 biên chế, tỷ lệ 5,00%; số lượng người làm việc giảm 1.025"
        " người, tỷ lệ 5,00%.\n",
        {
            ("cbcc", 2021, 1840, None, None, None),
            ("cbcc", 2024, None, 92, 2021, "5,00%"),
            ("vc", 2021, 20500, None, None, None),
            ("vc", 2024, None, 1025, 2021, "5,00%"),
        },
    ),
    _form(
        # a change without its rate: nothing ties the figure to it, the line unread
        "eng-cont/fronted-categories-named-before-their-figures-a-rate-missing",
        "So với năm 2021 (công chức 1.840 biên chế; người làm việc 20.500 người), biên chế công"
        " chức năm 2024 giảm 92 biên chế, tỷ lệ 5,00%; số lượng người làm việc giảm 1.025"
        " người.\n",
        None,
    ),
    _form(
        # a rate over another figure: unread
        "eng-cont/fronted-categories-named-before-their-figures-a-rate-not-its",
        "So với năm 2021 (công chức 1.840 biên chế; người làm việc 20.500 người), biên chế công"
        " chức năm 2024 giảm 92 biên chế, tỷ lệ 5,00%; số lượng người làm việc giảm 1.025"
        " người, tỷ lệ 6,00%.\n",
        None,
    ),
    # eng-items: items carrying more than one figure. A numbered line saying only that the
    # figure just stated is shared out ("1. Phân theo lĩnh vực:") passes that figure's one
    # comparison year to its items' bare cuts where they add up to its cut; a list "gồm A 15
    # người và B 22 người" whose last name holds commas and "và", read where it adds up; the
    # posts of a duty or title inside an item's figure ("(trong đó có 12 biên chế làm công tác
    # văn thư)"), a subset of the item, of the category of the list it is in
    _form(
        "broken-down-heading/bare-cuts-against-the-figures-year",
        SHARED_OUT.format(health=10),
        SHARED_OUT_ROWS,
        vc=("vc-vc-giao-duc-dao-tao", "vc-vc-y-te"),
    ),
    _form(
        "listed-last/name-with-commas-adding-up",
        LAST_WITH_COMMAS.format(last=22),
        {
            ("vc-xa-phuong", 2025, 37, None, None, None),
            ("trung-tam-phuc-vu-hanh", 2025, 15, None, None, None),
            ("trung-tam-van-hoa-thong", 2025, 22, None, None, None),
        },
        vc_xa_phuong=("trung-tam-phuc-vu-hanh", "trung-tam-van-hoa-thong"),
    ),
    _form(
        # 15 + 21 is not 37: whether the second name is one body or the rest is not said
        "listed-last/name-with-commas-not-adding-up",
        LAST_WITH_COMMAS.format(last=21),
        None,
    ),
    _form(
        "subset-duty/in-a-list-of-a-category",
        DUTY_ITEM.format(cat=" công chức", sub="(trong đó có 12 biên chế làm công tác văn thư)"),
        DUTY_ROWS | {("van-phong-bo-lam-cong-tac-van", 2025, 12, None, None, None)},
        cbcc=("vu-to-chuc-can-bo", "van-phong-bo"),
    ),
    _form(
        "subset-duty/a-title-after-a-semicolon",
        DUTY_ITEM.format(cat=" công chức", sub="; trong đó có 12 biên chế chuyên gia"),
        DUTY_ROWS | {("van-phong-bo-chuyen-gia", 2025, 12, None, None, None)},
        cbcc=("vu-to-chuc-can-bo", "van-phong-bo"),
    ),
    _form(
        "listed-last/a-count-of-bodies-and-their-teachers",
        "Năm 2025, số lượng người làm việc của phường là 498 người, gồm Trung tâm Dịch vụ tổng "
        "hợp 12 người và 9 trường mầm non, tiểu học, trung học cơ sở 486 người (trong đó có 421 "
        "giáo viên).\n",
        {
            ("vc-xa-phuong", 2025, 498, None, None, None),
            ("trung-tam-dich-vu-tong", 2025, 12, None, None, None),
            ("9-truong-mam-non-tieu", 2025, 486, None, None, None),
            ("9-truong-mam-non-tieu-giao-vien", 2025, 421, None, None, None),
        },
        vc_xa_phuong=("trung-tam-dich-vu-tong", "9-truong-mam-non-tieu"),
    ),
    _form(
        # the last name opens a list of its own: B's 22 may be some of the others, nothing read
        "listed-last/a-name-opening-a-list",
        "Năm 2025, phường có 37 người, gồm Trung tâm A 15 người và các đơn vị khác, trong đó "
        "Trung tâm B 22 người.\n",
        None,
    ),
    _form(
        "closing-sum/tong-cong-after-the-figures",
        CLOSING_SUM.format(total="2.717"),
        {
            ("dang", 2026, 684, None, None, None),
            ("chinh-quyen", 2026, 2033, None, None, None),
            ("tong", 2026, 2717, None, None, None),
            ("tong", 2026, None, 33, 2021, None),
        },
    ),
    _form(
        # 684 + 2.033 is not 2.718: what the "tổng cộng" sums is not said, nothing read
        "closing-sum/tong-cong-not-adding-up",
        CLOSING_SUM.format(total="2.718"),
        None,
    ),
    _form(
        # one figure before it: no sum of the sentence's figures, nothing read
        "closing-sum/tong-cong-after-one-figure",
        "Đến năm 2026, khối Đảng còn 684 biên chế; tổng cộng 684, giảm 33 so với năm 2021.\n",
        None,
    ),
    # eng-slips5: a Party-side text's one figure holding every other is cán bộ, công chức
    # (KL 40's CBCC target judged on it, `build._party_posts`); its twin, the same posts in
    # two units side by side, reads the same figures but keeps them of no category
    _form(
        "party-only/one-figure-holding-the-rest",
        PARTY_ONLY.format(n="762", d="38", h="452"),
        PARTY_ONLY_ROWS,
        tong=("cap-tinh", "cap-huyen", "du-phong"),
    ),
    _form(
        "party-only/two-units-side-by-side",
        PARTY_SIDE_BY_SIDE,
        {
            ("dang-tinh", 2021, 500, None, None, None),
            ("dang-tinh", 2026, 470, None, None, None),
            ("mttq-tinh", 2021, 300, None, None, None),
            ("mttq-tinh", 2026, 290, None, None, None),
        },
    ),
    # two lists of a total differing only by the reserve the later adds, the earlier adding up
    # to the total (40 + 30 = 70): the longer list is its parts; the twin's earlier list does
    # not add up (41 + 30 = 71): which part is missing is unknown, no parts
    _form(
        "party-only/reserve-added-by-the-later-list",
        PARTY_LISTS.format(a="40"),
        PARTY_LISTS_ROWS,
        dang=("co-quan-tham-muu-giup", "uy-ban-mat-tran-to", "du-phong"),
    ),
    _form(
        "party-only/reserve-added-earlier-list-not-adding-up",
        PARTY_LISTS.format(a="41"),
        (PARTY_LISTS_ROWS - {("co-quan-tham-muu-giup", 2021, 40, None, None, None)})
        | {("co-quan-tham-muu-giup", 2021, 41, None, None, None)},
        dang=(),
    ),
    # a figure of the unit just named (no name of its own) in another year, opening a list
    # ("Biên chế năm 2026 là 66 biên chế, cụ thể:"): its items are of its year, 2026, never
    # of the sentence before's (they were filed under 2021); the twin, a figure closing its
    # sentence with no list opened, leaves the items unread (test function below)
    _form(
        "party-only/list-of-a-figure-of-the-unit-just-named",
        PARTY_LIST_AFTER.format(end=", cụ thể:"),
        PARTY_LISTS_ROWS,
        dang=("co-quan-tham-muu-giup", "uy-ban-mat-tran-to", "du-phong"),
    ),
    # eng-probe2: slot classes the change probe (tests/probe/changes.py) found unread. The
    # base year named "năm gốc"; a move "từ A giảm còn B" (the fall said twice); B's unit
    # word said once, by the cut after it; a heading naming the year and the year it compares
    # with as the move's two years; a sentence framing its move by its own two years
    _form(
        "base-year-named-as-such",
        "Đến năm 2026, biên chế công chức còn 997 biên chế, giảm 53 biên chế so với năm gốc "
        "2021 (5,05%).",
        {("cbcc", 2026, 997, None, None, None), ("cbcc", 2026, None, 53, 2021, "5,05%")},
    ),
    _form(
        "base-year-named-as-such/no-year",
        "Đến năm 2026, biên chế công chức còn 997 biên chế, giảm 53 biên chế so với năm gốc "
        "(5,05%).",
        None,
    ),
    _form(
        "from-to/fall-said-twice",
        "2. Biên chế năm 2021 và năm 2026\n- Biên chế công chức: từ 1.050 giảm còn 997 biên chế, "
        "giảm 53 biên chế (5,05%).",
        {
            ("cbcc", 2021, 1050, None, None, None),
            ("cbcc", 2026, 997, None, None, None),
            ("cbcc", 2026, None, 53, 2021, "5,05%"),
        },
    ),
    _form(
        "from-to/fall-said-twice/to-a-larger-figure",
        "2. Biên chế năm 2021 và năm 2026\n- Biên chế công chức: từ 997 giảm còn 1.050 biên chế, "
        "giảm 53 biên chế (5,05%).",
        None,
    ),
    _form(
        "from-to/unit-word-by-the-cut",
        "2. Biên chế năm 2021 và năm 2026\n- Biên chế công chức: từ 1.050 giảm còn 997, giảm 53 "
        "biên chế.",
        {
            ("cbcc", 2021, 1050, None, None, None),
            ("cbcc", 2026, 997, None, None, None),
            ("cbcc", 2026, None, 53, 2021, None),
        },
    ),
    _form(
        "from-to/unit-word-by-the-cut/no-unit-word",
        "2. Biên chế năm 2021 và năm 2026\n- Biên chế công chức: từ 1.050 giảm còn 997, tương "
        "ứng 5,05%.",
        None,
    ),
    _form(
        "from-to/heading-year-against-base",
        "Đến năm 2026 so với năm 2021:\n- Số lượng người làm việc: từ 2.000 giảm xuống 1.900 "
        "người, giảm 100 người.",
        {
            ("vc", 2021, 2000, None, None, None),
            ("vc", 2026, 1900, None, None, None),
            ("vc", 2026, None, 100, 2021, None),
        },
    ),
    _form(
        "from-to/heading-year-against-base/base-after-the-year",
        "Đến năm 2021 so với năm 2026:\n- Số lượng người làm việc: từ 2.000 giảm xuống 1.900 "
        "người, giảm 100 người.",
        None,
    ),
    _form(
        "from-to/framed-by-its-own-years",
        "Từ năm 2021 đến năm 2026, biên chế công chức từ 1.050 giảm còn 997 biên chế, giảm 53 "
        "biên chế (5,05%).",
        {
            ("cbcc", 2021, 1050, None, None, None),
            ("cbcc", 2026, 997, None, None, None),
            ("cbcc", 2026, None, 53, 2021, "5,05%"),
        },
    ),
    _form(
        "from-to/framed-by-its-own-years/years-reversed",
        "Từ năm 2026 đến năm 2021, biên chế công chức từ 1.050 giảm còn 997 biên chế, giảm 53 "
        "biên chế (5,05%).",
        None,
    ),
    _form(
        "from-to/framed-by-its-own-years/another-base",
        "Từ năm 2021 đến năm 2026, biên chế công chức từ 1.050 giảm còn 997 biên chế, giảm 53 "
        "biên chế so với năm 2020.",
        None,
    ),
    # a lead "So với năm 2021, đến năm 2026:" (a list of no unit read): its items' moves are
    # of its two years, and an item may state a figure of the year compared with, in its own
    # words; of any other year it stays unread
    _form(
        "from-to/lead-base-then-year",
        "So với năm 2021, đến năm 2026:\n- Biên chế công chức: từ 1.050 giảm còn 997 biên chế, "
        "giảm 53 biên chế (5,05%).",
        {
            ("cbcc", 2021, 1050, None, None, None),
            ("cbcc", 2026, 997, None, None, None),
            ("cbcc", 2026, None, 53, 2021, "5,05%"),
        },
    ),
    _form(
        "from-to/lead-base-then-year/base-after-the-year",
        "So với năm 2026, đến năm 2021:\n- Biên chế công chức: từ 1.050 giảm còn 997 biên chế, "
        "giảm 53 biên chế (5,05%).",
        None,
    ),
    _form(
        "lead-base-then-year/a-figure-of-the-base-year",
        "So với năm 2021, đến năm 2026:\n- Biên chế công chức năm 2021 là 1.050 biên chế.",
        {("cbcc", 2021, 1050, None, None, None)},
    ),
    _form(
        "lead-base-then-year/a-figure-of-another-year",
        "So với năm 2021, đến năm 2026:\n- Biên chế công chức năm 2020 là 1.050 biên chế.",
        None,
    ),
    # eng-probe1: after a subset counted inside a part ("viên chức: 1.767 biên chế (trong đó
    # có 778 giáo viên)"), the list of parts goes on: the parenthesis closed, or (with no
    # parenthesis) the next item names another category, which no subset of the part can
    # be. Both were a unit of their own, the whole's parts [CBCC, VC] then reported as not
    # adding up. The twin, a body of no category after the subset ("các đơn vị khác"), stays
    # out of the parts (test function below).
    _form(
        "subset-in-a-part/list-goes-on-after-its-parenthesis",
        SUBSET_IN_A_PART.format(subset="(trong đó có 778 giáo viên)", sep=";"),
        SUBSET_IN_A_PART_ROWS,
        huyen=("huyen-cbcc", "huyen-vc", "huyen-hoi", "du-phong"),
    ),
    _form(
        "subset-in-a-part/list-goes-on-with-another-category",
        SUBSET_IN_A_PART.format(subset=", trong đó có 778 giáo viên", sep=";"),
        SUBSET_IN_A_PART_ROWS,
        huyen=("huyen-cbcc", "huyen-vc", "huyen-hoi", "du-phong"),
    ),
    _form(
        "subset-in-a-part/list-goes-on-after-and",
        SUBSET_IN_A_PART.format(subset="(trong đó có 778 giáo viên)", sep=" và"),
        SUBSET_IN_A_PART_ROWS,
        huyen=("huyen-cbcc", "huyen-vc", "huyen-hoi", "du-phong"),
    ),
    # a lead's items count first: the hội's posts and the reserve named after their counts
    # ("- 75 biên chế các hội;", "- 7 biên chế dự phòng.") are their lines, as "Biên chế các
    # hội: 75" is (they were unread, the whole then without parts); người làm việc "hưởng
    # lương từ ngân sách nhà nước" names the category, no place. Twins below: the hội "tại
    # các huyện" (whose?) and a reserve given by a verb stay unread.
    _form(
        "count-first/hoi-and-reserve-items",
        COUNT_FIRST_LIST.format(vc="người làm việc", hoi="biên chế các hội"),
        COUNT_FIRST_ROWS,
        huyen=("huyen-cbcc", "huyen-vc", "huyen-hoi", "du-phong"),
    ),
    _form(
        "count-first/paid-from-the-budget",
        COUNT_FIRST_LIST.format(
            vc="người làm việc hưởng lương từ ngân sách nhà nước", hoi="biên chế các hội"
        ),
        COUNT_FIRST_ROWS,
        huyen=("huyen-cbcc", "huyen-vc", "huyen-hoi", "du-phong"),
    ),
    # the text's own province, no category named, its figure followed in the sentence by
    # two or more parts of it ("Năm 2021, tỉnh tạm giao 2.817 biên chế, gồm: công chức: 186
    # biên chế; viên chức: 2.631 biên chế."): the total, as with the list below a lead ending
    # "gồm:" (the whole was "no unit": the line unread). The twin, one part only ("trong đó
    # công chức: 186 biên chế", some of it or all?), stays unread.
    _form(
        "own-province/total-and-its-parts-in-one-sentence",
        OWN_PROVINCE_PARTS.format(parts="gồm: công chức: 186 biên chế; viên chức: 2.631 biên chế"),
        {
            ("tong", 2021, 2817, None, None, None),
            ("cbcc", 2021, 186, None, None, None),
            ("vc", 2021, 2631, None, None, None),
        },
        tong=("cbcc", "vc"),
    ),
    _form(
        "own-province/total-and-one-part-unread",
        OWN_PROVINCE_PARTS.format(parts="trong đó công chức: 186 biên chế"),
        None,
    ),
    # a count-first part "2.631 người làm việc trong các đơn vị sự nghiệp công lập": all the
    # public service units, the category's own words, no sector (it was refused as "a share
    # of a sector", the line unread); the words are the part's, never the next count's
    # subject (the probe caught "; 61 biên chế các hội" read as VC). Twins: a sector ("trong
    # các đơn vị sự nghiệp giáo dục") or one body after them stay unread.
    _form(
        "count-first-part/vc-in-all-public-service-units",
        VC_UNITS_PART.format(where=""),
        {
            ("huyen", 2021, 2817, None, None, None),
            ("huyen-cbcc", 2021, 186, None, None, None),
            ("huyen-vc", 2021, 2631, None, None, None),
        },
        huyen=("huyen-cbcc", "huyen-vc"),
    ),
    _form(
        "count-first-part/vc-in-a-sector-unread",
        VC_UNITS_PART.format(where=" giáo dục").replace(" công lập", ""),
        None,
    ),
    # the hội's part named by its count ("..., 2.631 người làm việc và 10 biên chế các hội."),
    # nothing after its name but the list's separator or end; the twin, "các hội tại các xã"
    # (whose hội?), stays unread
    _form(
        "count-first-part/hoi-after-the-categories",
        HOI_PART.format(where=""),
        {
            ("huyen", 2021, 2827, None, None, None),
            ("huyen-cbcc", 2021, 186, None, None, None),
            ("huyen-vc", 2021, 2631, None, None, None),
            ("huyen-hoi", 2021, 10, None, None, None),
        },
        huyen=("huyen-cbcc", "huyen-vc", "huyen-hoi"),
    ),
    _form("count-first-part/hoi-of-some-places-unread", HOI_PART.format(where=" tại các xã"), None),
    _form(
        "count-first-part/vc-in-the-units-of-one-body-unread",
        VC_UNITS_PART.format(where=" công lập thuộc Sở A").replace(" công lập.", "."),
        None,
    ),
    # eng-af: first-contact misreads by mechanism. A count in a parenthesis after what a total
    # leaves out is of the thing left out; people "đang công tác" on a day are in post; a
    # "giữ nguyên" opening a subject with its own year compares with no year; a "Trong đó"
    # row under a numbered table row is some of that row, never the end of its group's parts
    _form(
        "left-out/a-count-in-the-parenthesis-of-what-is-left-out",
        LEFT_OUT_HEAD + "Số người làm việc nêu trên không bao gồm hợp đồng lao động theo Nghị "
        "định số 111/2022/NĐ-CP (năm 2025 là 620 chỉ tiêu).",
        {("vc", 2025, 8400, None, None, None)},
    ),
    _form(
        "left-out/not-including-said-without-bao",
        LEFT_OUT_HEAD + "Ghi chú: Không gồm hợp đồng theo Nghị định số 111/2022/NĐ-CP (năm 2025 "
        "có 75 người).",
        {("vc", 2025, 8400, None, None, None)},
    ),
    _form(
        # the twin: the parenthesis opens before what is left out, so the count after it is
        # the subject's own figure
        "left-out/parenthesis-before-the-count-states-it",
        LEFT_OUT_HEAD + "Số người làm việc năm 2026 (không bao gồm hợp đồng lao động) là 8.100 "
        "người.",
        {("vc", 2025, 8400, None, None, None), ("vc", 2026, 8100, None, None, None)},
    ),
    _form(
        "in-post/at-work-on-a-day",
        "Năm 2025, biên chế công chức của các cơ quan của Tỉnh ủy là 230 biên chế.\n"
        "Số cán bộ, công chức đang công tác tại các cơ quan của Tỉnh ủy đến ngày 30/6/2025 là "
        "212 người.",
        {("cbcc-co-quan-uy", 2025, 230, None, None, None)},
    ),
    _form(
        # the twin: no "đang công tác", a year: the bodies' posts
        "in-post/not-at-work-posts-of-a-year",
        "Năm 2025, biên chế công chức của các cơ quan của Tỉnh ủy là 230 biên chế.\n"
        "Số cán bộ, công chức của các cơ quan của Tỉnh ủy năm 2026 là 212 biên chế.",
        {
            ("cbcc-co-quan-uy", 2025, 230, None, None, None),
            ("cbcc-co-quan-uy", 2026, 212, None, None, None),
        },
    ),
    _form(
        "in-post/present-people-below-the-posts",
        "Năm 2025, biên chế công chức của tỉnh là 1.000 biên chế.\n"
        "Đến ngày 30/6/2025, các cơ quan có mặt 968 người, thấp hơn số được giao 32 người.",
        {("cbcc", 2025, 1000, None, None, None)},
    ),
    _form(
        # the twin: present people's change against a year: whose change is unsaid, unread
        "in-post/present-people-changed",
        "Năm 2026, các cơ quan có mặt 940 người, giảm 28 người so với năm 2025.",
        None,
    ),
    _form(
        "kept/named-with-its-own-year-is-a-figure",
        KEPT_HEAD + "2. Giữ nguyên biên chế công chức năm 2025 của Sở Tài chính là 1.340 biên chế.",
        {
            ("cbcc", 2025, 2100, None, None, None),
            ("cbcc-so-tai-chinh", 2025, 1340, None, None, None),
        },
    ),
    _form(
        # the twin: a year compared with in words: kept against that year
        "kept/against-a-year-said",
        KEPT_HEAD + "2. Biên chế công chức năm 2025 của Sở Tài chính là 1.340 biên chế, giữ "
        "nguyên so với năm 2024.",
        {
            ("cbcc", 2025, 2100, None, None, None),
            ("cbcc-so-tai-chinh", 2025, 1340, None, None, None),
            ("cbcc-so-tai-chinh", 2025, None, 0, 2024, None),
        },
    ),
    _form(
        # the twin: a change written against its own year is the text's, read as written (the
        # checker reports it: claim-self-reference)
        "kept/a-change-written-against-its-own-year-stays",
        "Năm 2025, biên chế công chức của tỉnh là 1.330 biên chế, giảm 10 biên chế so với năm "
        "2025.",
        {("cbcc", 2025, 1330, None, None, None), ("cbcc", 2025, None, 10, 2025, None)},
    ),
    _form(
        "table/subset-row-under-a-numbered-row",
        GROUP_ROWS,
        GROUP_ROWS_READ,
        tong=("cbcc", "vc"),
        vc=("phong-thi-nghiem", "thu-vien-don-vi-khac", "truong-dao-tao"),
    ),
    # eng-probe3: slot classes the grammar probe (tests/probe/values.py) showed unread. A
    # count-first item whose subset is in a parenthesis closing it ("- 4.838 người làm việc
    # (trong đó có 1.420 giáo viên);") is the category's line and its subset, as with a comma
    # (the item was unread, the whole left without its VC part); with two counts in the
    # parenthesis it stays unread (test function below).
    _form(
        "count-first/subset-in-a-closing-parenthesis",
        COUNT_FIRST_LIST.format(
            vc="người làm việc (trong đó có 1.420 giáo viên)", hoi="biên chế các hội"
        ),
        {*COUNT_FIRST_ROWS, ("huyen-vc-giao-vien", 2021, 1420, None, None, None)},
        huyen=("huyen-cbcc", "huyen-vc", "huyen-hoi", "du-phong"),
    ),
    # A reserve "trong đó N biên chế dự phòng" after a category's figure is the text's reserve
    # (read as before); after a body's figure ("- Sở Y tế: 120 biên chế (trong đó 3 biên chế
    # dự phòng);") it is that body's, a unit the reader has not: the item is unread (it was
    # read as the text's reserve, a misread; test function below).
    _form(
        "value/a-categorys-reserve-in-a-parenthesis",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2021, biên chế công chức của tỉnh là "
        "1.200 biên chế (trong đó 20 biên chế dự phòng).\n",
        {("cbcc", 2021, 1200, None, None, None), ("du-phong", 2021, 20, None, None, None)},
    ),
    # eng-probe4: slot classes the change probe found unread. "tinh giản M biên chế" with the
    # year it compares with (right after, or fronting the sentence) cuts posts, as "giảm"
    # does; with no year compared with, or "người" in a sentence naming no posts, it counts
    # people who left, as before
    _form(
        "change/tinh-gian-posts-against-a-year",
        "Đến năm 2026, biên chế công chức còn 997 biên chế, tinh giản 53 biên chế so với năm "
        "2021 (5,05%).",
        {("cbcc", 2026, 997, None, None, None), ("cbcc", 2026, None, 53, 2021, "5,05%")},
    ),
    _form(
        # the twin: no year compared with: a cut of posts or people who left? Unread
        "change/tinh-gian-posts-against-no-year",
        "Đến năm 2026, biên chế công chức còn 997 biên chế, tinh giản 53 biên chế (5,05%).",
        None,
    ),
    _form(
        "change/tinh-gian-nguoi-of-posts-against-a-year",
        "Đến năm 2026, số lượng người làm việc còn 2.590 người, tinh giản 238 người so với năm "
        "2021.",
        {("vc", 2026, 2590, None, None, None), ("vc", 2026, None, 238, 2021, None)},
    ),
    _form(
        # the twin: no year compared with: people who left, outside the plan as before
        "change/tinh-gian-nguoi-against-no-year-are-leavers",
        "Đến năm 2026, số lượng người làm việc còn 2.590 người, tinh giản 238 người.",
        {("vc", 2026, 2590, None, None, None)},
    ),
    _form(
        "change/tinh-gian-against-a-fronted-year",
        "So với năm 2021, biên chế công chức đến năm 2026 là 2.105 biên chế, tinh giản 234 "
        "biên chế.",
        {("cbcc", 2026, 2105, None, None, None), ("cbcc", 2026, None, 234, 2021, None)},
    ),
    _form(
        # the twin: the year compared with names its own figure of leavers: unread
        "change/tinh-gian-against-a-year-of-leavers",
        "Đến năm 2026, số lượng người làm việc còn 2.590 người, tinh giản 238 người so với năm "
        "2021 là 2.828 người.",
        None,
    ),
    _form(
        # a lead naming posts says each item's cut is against the year before it
        "chain/yearly-cuts-against-the-year-before",
        "Năm 2021, biên chế công chức là 1.000 biên chế.\nLộ trình tinh giản biên chế công chức "
        "từng năm so với năm trước: năm 2022 giảm 20 biên chế; năm 2023 giảm 15 biên chế.",
        {
            ("cbcc", 2021, 1000, None, None, None),
            ("cbcc", 2022, None, 20, 2021, None),
            ("cbcc", 2023, None, 15, 2022, None),
        },
    ),
    _form(
        # what is left, the cut said right after it
        "value/con-lai-then-its-cut",
        "Năm 2026, biên chế công chức còn lại 1.240 biên chế, giảm 90 biên chế so với năm 2021.",
        {("cbcc", 2026, 1240, None, None, None), ("cbcc", 2026, None, 90, 2021, None)},
    ),
    _form(
        # the twin: "còn lại" closing a list names its rest, no cut after it: unread
        "value/con-lai-the-rest-of-a-list",
        "Năm 2026, biên chế công chức là 1.500 biên chế, giao các sở 1.260 biên chế, còn lại "
        "240 biên chế dự phòng.",
        None,
    ),
    _form(
        # a year's item fronting the year its changes compare with
        "item/comparison-fronted-after-the-label",
        "Biên chế công chức năm 2021 là 1.330 biên chế. Lộ trình thực hiện:\n- Năm 2026: so "
        "với năm 2021, còn 1.240 biên chế, giảm 90 biên chế.",
        {
            ("cbcc", 2021, 1330, None, None, None),
            ("cbcc", 2026, 1240, None, None, None),
            ("cbcc", 2026, None, 90, 2021, None),
        },
    ),
    # eng-probe5: slot classes of the parts probe (values/parts). The reserve as a list's last
    # item after a comma ("…, 9 biên chế dự phòng") is the figure's reserve where the listed
    # parts and it add up to the figure, as after "và" (it was unread); and "hưởng lương từ
    # ngân sách nhà nước" after a VC part's count is the category's own words, the list going
    # on after it (the next part was orphaned). Another pay source stays unread.
    _form(
        "parts/reserve-last-after-a-comma",
        "Kế hoạch tinh giản biên chế của huyện A\n\nNăm 2021, huyện có 5.582 biên chế, gồm 515 "
        "biên chế công chức, 5.058 người làm việc, 9 biên chế dự phòng.\n",
        {
            ("huyen", 2021, 5582, None, None, None),
            ("huyen-cbcc", 2021, 515, None, None, None),
            ("huyen-vc", 2021, 5058, None, None, None),
            ("du-phong", 2021, 9, None, None, None),
        },
        huyen=("huyen-cbcc", "huyen-vc", "du-phong"),
    ),
    _form(
        # the twin: the parts and the reserve do not make the figure: whose reserve? Unread
        "parts/reserve-last-after-a-comma-not-closing",
        "Kế hoạch tinh giản biên chế của huyện A\n\nNăm 2021, huyện có 5.590 biên chế, gồm 515 "
        "biên chế công chức, 5.058 người làm việc, 9 biên chế dự phòng.\n",
        None,
    ),
    _form(
        "parts/vc-paid-from-the-budget-then-another-part",
        "Kế hoạch tinh giản biên chế của huyện A\n\nNăm 2021, huyện có 1.905 biên chế, gồm 532 "
        "biên chế công chức, 1.326 người làm việc hưởng lương từ ngân sách nhà nước, 47 biên chế "
        "các hội.\n",
        {
            ("huyen", 2021, 1905, None, None, None),
            ("huyen-cbcc", 2021, 532, None, None, None),
            ("huyen-vc", 2021, 1326, None, None, None),
            ("huyen-hoi", 2021, 47, None, None, None),
        },
        huyen=("huyen-cbcc", "huyen-vc", "huyen-hoi"),
    ),
    _form(
        # the twin: paid from the units' own revenue, some of the VC only: unread
        "parts/vc-paid-from-own-revenue-then-another-part",
        "Kế hoạch tinh giản biên chế của huyện A\n\nNăm 2021, huyện có 1.905 biên chế, gồm 532 "
        "biên chế công chức, 1.326 người làm việc hưởng lương từ nguồn thu sự nghiệp, 47 biên "
        "chế các hội.\n",
        None,
    ),
    # The text's own province, unnamed, its figure split into công chức, VC and the hội (or
    # into both categories and the reserve after them, adding up): the total of all (it was
    # read so with công chức and VC only). Without the VC, or not adding up: unread.
    _form(
        "parts/own-province-split-with-the-hoi",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2021, tỉnh có 5.595 biên chế, gồm 515 "
        "biên chế công chức, 5.058 người làm việc, 22 biên chế các hội.\n",
        {
            ("tong", 2021, 5595, None, None, None),
            ("cbcc", 2021, 515, None, None, None),
            ("vc", 2021, 5058, None, None, None),
            ("hoi", 2021, 22, None, None, None),
        },
        tong=("cbcc", "vc", "hoi"),
    ),
    _form(
        # the twin: công chức and the hội only: which categories does the figure hold? Unread
        "parts/own-province-split-without-the-vc",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2021, tỉnh có 537 biên chế, gồm 515 biên "
        "chế công chức, 22 biên chế các hội.\n",
        None,
    ),
    _form(
        "parts/own-province-split-with-the-reserve",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2021, tỉnh có 5.582 biên chế, gồm 515 "
        "biên chế công chức, 5.058 người làm việc và 9 biên chế dự phòng.\n",
        {
            ("tong", 2021, 5582, None, None, None),
            ("cbcc", 2021, 515, None, None, None),
            ("vc", 2021, 5058, None, None, None),
            ("du-phong", 2021, 9, None, None, None),
        },
        tong=("cbcc", "vc", "du-phong"),
    ),
    _form(
        # the twin: the parts and the reserve do not make the figure: unread
        "parts/own-province-split-with-the-reserve-not-closing",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2021, tỉnh có 5.590 biên chế, gồm 515 "
        "biên chế công chức, 5.058 người làm việc và 9 biên chế dự phòng.\n",
        None,
    ),
    # eng-ag: some of a figure (blind AG's misreads). A count after a frame opening its
    # sentence ("Trong số người làm việc năm 2024 có N người thuộc ...") is some of the figure
    # stated before, never that figure; a line naming some of the unit just read ("Trong đó,
    # số người làm việc của ...") is no context for the result line after it, which is the
    # whole's only where the whole's figures give its change and the narrower unit's do not.
    # The twins, read in part, are the two eng-ag tests at the end of this file.
    _form(
        "subset/frame-naming-its-year-then-a-sector",
        "Số lượng người làm việc: năm 2021 là 6.120 người; năm 2024 là 5.870 người.\n"
        "Trong số người làm việc năm 2024 có 3.310 người thuộc sự nghiệp y tế.\n",
        {
            ("vc", 2021, 6120, None, None, None),
            ("vc", 2024, 5870, None, None, None),
            ("vc-su-nghiep-y-te", 2024, 3310, None, None, None),
        },
    ),
    _form(
        "result/after-a-narrower-line-the-whole-s-by-its-figures",
        "Số lượng người làm việc: năm 2021 là 4.400 người; năm 2026 là 4.000 người.\n"
        "Trong đó, số người làm việc của các đơn vị sự nghiệp y tế năm 2026 là 1.500 "
        "người.\nSo với năm 2021, năm 2026 giảm 400 người làm việc, tỷ lệ giảm 9,09%.\n",
        {
            ("vc", 2021, 4400, None, None, None),
            ("vc", 2026, 4000, None, None, None),
            ("vc-don-vi-su-nghiep", 2026, 1500, None, None, None),
            ("vc", 2026, None, 400, 2021, "9,09%"),
        },
    ),
    _form(
        # no base year's figure: the rate of two decimals tells the whole (48 of 948)
        "result/after-a-narrower-line-the-whole-s-by-its-rate",
        "Biên chế công chức: năm 2025 là 912 biên chế; năm 2026 là 900 biên chế.\n"
        "Trong số đó, biên chế công chức tại các cơ quan cấp huyện năm 2026 là 410 biên "
        "chế.\nSo với năm 2021, năm 2026 giảm 48 biên chế công chức, tỷ lệ giảm 5,06%.\n",
        {
            ("cbcc", 2025, 912, None, None, None),
            ("cbcc", 2026, 900, None, None, None),
            ("cbcc-huyen-tai-co-quan", 2026, 410, None, None, None),
            ("cbcc", 2026, None, 48, 2021, "5,06%"),
        },
    ),
    # eng-silent: never drop a figure silently: a count of a trade beside a figure read is a
    # subset read (one of a list of them after "trong đó có", or "(có N …)") or the line unread
    _form(
        "subset/list-of-trades",
        f"{SILENT_HEAD} (trong đó có 618 bác sĩ; 96 điều dưỡng).",
        {
            SILENT_ROW,
            ("so-y-te-vc-bac-si", 2025, 618, None, None, None),
            ("so-y-te-vc-dieu-duong", 2025, 96, None, None, None),
        },
    ),
    _form(
        # the twin: "nhân viên" alone may be contract staff: no subset, the line unread
        "subset/list-of-trades-then-staff-of-no-trade",
        f"{SILENT_HEAD} (trong đó có 618 bác sĩ; 96 nhân viên).",
        None,
    ),
    _form(
        "subset/list-with-medical-staff",
        f"{SILENT_HEAD}, trong đó có 870 giáo viên, 20 nhân viên y tế.",
        {
            SILENT_ROW,
            ("so-y-te-vc-giao-vien", 2025, 870, None, None, None),
            ("so-y-te-vc-nhan-vien-y-te", 2025, 20, None, None, None),
        },
    ),
    _form(
        # the twin: contract staff listed after the teachers: neither a subset nor dropped
        "subset/list-then-contract-staff",
        f"{SILENT_HEAD}, trong đó có 870 giáo viên, 20 nhân viên hợp đồng.",
        None,
    ),
    _form(
        "subset/list-joined-by-and",
        f"{SILENT_HEAD}, trong đó có 870 giáo viên và 20 bác sĩ.",
        {
            SILENT_ROW,
            ("so-y-te-vc-giao-vien", 2025, 870, None, None, None),
            ("so-y-te-vc-bac-si", 2025, 20, None, None, None),
        },
    ),
    _form(
        # the twin: women counted are a trait of the people, no posts: set aside, not dropped
        "subset/list-then-a-trait",
        f"{SILENT_HEAD}, trong đó có 870 giáo viên, 34 nữ.",
        {SILENT_ROW, ("so-y-te-vc-giao-vien", 2025, 870, None, None, None)},
    ),
    _form(
        "subset/parenthesis-has",
        f"{SILENT_HEAD} (có 20 bác sĩ).",
        {SILENT_ROW, ("so-y-te-vc-bac-si", 2025, 20, None, None, None)},
    ),
    _form(
        # the twin: ", có N bác sĩ" after a comma may be people in post: unread, never dropped
        "subset/comma-has-stays-unread",
        f"{SILENT_HEAD}, có 20 bác sĩ.",
        None,
    ),
    _form(
        # a count of a trade trailing the figure, no word making it some of it: unread (it was
        # set aside, the line understood with the count dropped)
        "subset/trailing-trade-count-stays-unread",
        f"{SILENT_HEAD}, 20 bác sĩ.",
        None,
    ),
    _form(
        # the twin: after a change, not after a subset: no sibling, unread
        "subset/trade-count-after-a-change-stays-unread",
        f"{SILENT_HEAD}, giảm 20 người so với năm 2024, 15 bác sĩ.",
        None,
    ),
    _form(
        # "có" left out after "trong đó": people of a trade, some of the figure all the same
        "subset/among-without-has",
        f"{SILENT_HEAD}, trong đó 870 giáo viên.",
        {SILENT_ROW, ("so-y-te-vc-giao-vien", 2025, 870, None, None, None)},
    ),
    _form(
        # the twin: after people who left, the teachers are some of them: outside with them
        "subset/among-the-leavers-stays-outside",
        f"{SILENT_HEAD}; đã tinh giản 30 người, trong đó 20 giáo viên.",
        {SILENT_ROW},
    ),
    _form(
        # nurses' aides counted after the figure: people holding posts, never households
        "subset/orderlies-after-the-figure-stay-unread",
        f"{SILENT_HEAD}, có 20 hộ lý.",
        None,
    ),
    _form(
        # the twin: households counted: no headcount, set aside
        "subset/households-after-the-figure-set-aside",
        f"{SILENT_HEAD}, hỗ trợ 20 hộ gia đình.",
        {SILENT_ROW},
    ),
    # eng-parts6: slot classes of the parts probe (values/parts). Label-first items counted in
    # "suất", or with the subset of their people in a parenthesis after them; "X được Trung
    # ương giao" (the recipient is the unit); "Biên chế của toàn tỉnh / của tỉnh là"; a
    # figure naming no one split into the whole's categories under headings naming no one;
    # "cụ thể / trong đó công chức N người" (a whole category's people); the reserve after a
    # part's subset in parentheses; the VC's law name then "và N biên chế các hội". Each with
    # its twin (meals, a reserve inside the parenthesis, a district named, bodies or a heading
    # naming one, sectors, no sum, another pay source): unread or another unit.
    _form(
        "parts/label-first-items-in-suat",
        "Kế hoạch tinh giản biên chế của Sở A\n\nNăm 2021, Sở A được giao 1.000 suất, gồm công "
        "chức 200 suất, viên chức 800 suất.\n",
        {
            ("so-a", 2021, 1000, None, None, None),
            ("so-a-cbcc", 2021, 200, None, None, None),
            ("so-a-vc", 2021, 800, None, None, None),
        },
        so_a=("so-a-cbcc", "so-a-vc"),
    ),
    _form(
        # the twin: meals, no posts: unread
        "parts/label-first-items-in-suat-an",
        "Kế hoạch tinh giản biên chế của Sở A\n\nNăm 2021, Sở A được giao 1.000 suất, gồm công "
        "chức 200 suất ăn, viên chức 800 suất ăn.\n",
        None,
    ),
    _form(
        "parts/label-first-item-then-its-subset",
        "Kế hoạch tinh giản biên chế của Sở A\n\nNăm 2021, Sở A được giao 1.000 biên chế, gồm "
        "công chức 200 biên chế, viên chức 800 biên chế (trong đó có 500 giáo viên).\n",
        {
            ("so-a", 2021, 1000, None, None, None),
            ("so-a-cbcc", 2021, 200, None, None, None),
            ("so-a-vc", 2021, 800, None, None, None),
            ("so-a-vc-giao-vien", 2021, 500, None, None, None),
        },
        so_a=("so-a-cbcc", "so-a-vc"),
    ),
    _form(
        # the twin: a reserve inside the VC's parenthesis, no people of a trade: unread
        "parts/label-first-item-then-a-reserve-in-parentheses",
        "Kế hoạch tinh giản biên chế của huyện A\n\nNăm 2021, huyện có 5.000 biên chế, gồm "
        "công chức 400 biên chế, viên chức 4.600 biên chế (trong đó có 3.000 biên chế dự "
        "phòng).\n",
        None,
    ),
    _form(
        "parts/recipient-given-by-the-centre",
        "Kế hoạch tinh giản biên chế của Bộ A\n\nNăm 2021, Bộ được Trung ương giao 1.000 biên "
        "chế, gồm 200 biên chế công chức và 800 người làm việc.\n",
        {
            ("bo", 2021, 1000, None, None, None),
            ("bo-cbcc", 2021, 200, None, None, None),
            ("bo-vc", 2021, 800, None, None, None),
        },
        bo=("bo-cbcc", "bo-vc"),
    ),
    _form(
        # the twin: a department given by the centre in a province's plan is the department
        "parts/another-recipient-given-by-the-centre",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2021, Sở Y tế được Trung ương giao "
        "1.000 biên chế, gồm 200 biên chế công chức và 800 người làm việc.\n",
        {
            ("so-y-te", 2021, 1000, None, None, None),
            ("so-y-te-cbcc", 2021, 200, None, None, None),
            ("so-y-te-vc", 2021, 800, None, None, None),
        },
        so_y_te=("so-y-te-cbcc", "so-y-te-vc"),
    ),
    _form(
        "parts/posts-of-the-whole-province",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nBiên chế của toàn tỉnh năm 2021 là 5.000 "
        "biên chế, gồm 400 biên chế công chức và 4.600 người làm việc.\n",
        {
            ("tong", 2021, 5000, None, None, None),
            ("cbcc", 2021, 400, None, None, None),
            ("vc", 2021, 4600, None, None, None),
        },
        tong=("cbcc", "vc"),
    ),
    _form(
        # the twin: a district named is that district, never the province's total
        "parts/posts-of-a-district-named",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nBiên chế của huyện B năm 2021 là 5.000 biên "
        "chế, gồm 400 biên chế công chức và 4.600 người làm việc.\n",
        {
            ("huyen-b", 2021, 5000, None, None, None),
            ("huyen-b-cbcc", 2021, 400, None, None, None),
            ("huyen-b-vc", 2021, 4600, None, None, None),
        },
        huyen_b=("huyen-b-cbcc", "huyen-b-vc"),
    ),
    _form(
        "parts/no-subject-split-into-the-whole-categories",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2021, được giao 5.000 biên chế, gồm: "
        "công chức 400 biên chế, viên chức 4.600 biên chế.\n",
        {
            ("tong", 2021, 5000, None, None, None),
            ("cbcc", 2021, 400, None, None, None),
            ("vc", 2021, 4600, None, None, None),
        },
        tong=("cbcc", "vc"),
    ),
    _form(
        # the twin: split into bodies, not the whole's categories: not eng-parts6's rule but
        # eng-items6's (the text's first figure, unnamed, opening its list), read as the same
        # sentence with "tỉnh" is: the text's total of its bodies
        "parts/no-subject-split-into-bodies",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2021, được giao 5.000 biên chế, gồm: Sở "
        "Y tế 400 biên chế, Sở Tài chính 4.600 biên chế.\n",
        {
            ("tong", 2021, 5000, None, None, None),
            ("so-y-te", 2021, 400, None, None, None),
            ("so-tai-chinh", 2021, 4600, None, None, None),
        },
    ),
    _form(
        # the twin: under a heading naming a body, whose figure? unread
        "parts/no-subject-under-a-body-heading",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\n1. Sở Y tế\n\nNăm 2021, được giao 5.000 "
        "biên chế, gồm: công chức 400 biên chế, viên chức 4.600 biên chế.\n",
        None,
    ),
    _form(
        "parts/whole-categories-people-after-cu-the",
        "Kế hoạch tinh giản biên chế của Bộ A\n\nBộ bố trí 2.095 người năm 2021, cụ thể công "
        "chức 897 người, viên chức 1.198 người.\n",
        {
            ("bo", 2021, 2095, None, None, None),
            ("bo-cbcc", 2021, 897, None, None, None),
            ("bo-vc", 2021, 1198, None, None, None),
        },
        bo=("bo-cbcc", "bo-vc"),
    ),
    _form(
        # the twin: sectors' people may be the largest few: unread
        "parts/sectors-people-after-cu-the",
        "Kế hoạch tinh giản biên chế của Bộ A\n\nBộ bố trí 2.095 người năm 2021, cụ thể sự "
        "nghiệp y tế 897 người, sự nghiệp giáo dục 1.198 người.\n",
        None,
    ),
    _form(
        "parts/reserve-after-a-parts-subset",
        "Kế hoạch tinh giản biên chế của huyện A\n\nNăm 2021, huyện có 5.003 biên chế, gồm 400 "
        "biên chế công chức, 4.600 người làm việc (trong đó có 3.000 giáo viên) và 3 biên chế "
        "dự phòng.\n",
        {
            ("huyen", 2021, 5003, None, None, None),
            ("huyen-cbcc", 2021, 400, None, None, None),
            ("huyen-vc", 2021, 4600, None, None, None),
            ("huyen-vc-giao-vien", 2021, 3000, None, None, None),
            ("du-phong", 2021, 3, None, None, None),
        },
        huyen=("huyen-cbcc", "huyen-vc", "du-phong"),
    ),
    _form(
        # the twin: not adding up, whose reserve? unread
        "parts/reserve-after-a-parts-subset-not-closing",
        "Kế hoạch tinh giản biên chế của huyện A\n\nNăm 2021, huyện có 5.010 biên chế, gồm 400 "
        "biên chế công chức, 4.600 người làm việc (trong đó có 3.000 giáo viên) và 3 biên chế "
        "dự phòng.\n",
        None,
    ),
    _form(
        "parts/vc-paid-from-the-budget-and-the-hoi",
        "Kế hoạch tinh giản biên chế của huyện A\n\nNăm 2021, huyện có 5.044 biên chế, gồm 400 "
        "biên chế công chức, 4.600 người làm việc hưởng lương từ ngân sách nhà nước và 44 biên "
        "chế các hội.\n",
        {
            ("huyen", 2021, 5044, None, None, None),
            ("huyen-cbcc", 2021, 400, None, None, None),
            ("huyen-vc", 2021, 4600, None, None, None),
            ("huyen-hoi", 2021, 44, None, None, None),
        },
        huyen=("huyen-cbcc", "huyen-vc", "huyen-hoi"),
    ),
    _form(
        # the twin: paid from the units' own revenue, some of the VC only: unread
        "parts/vc-paid-from-own-revenue-and-the-hoi",
        "Kế hoạch tinh giản biên chế của huyện A\n\nNăm 2021, huyện có 5.044 biên chế, gồm 400 "
        "biên chế công chức, 4.600 người làm việc hưởng lương từ nguồn thu sự nghiệp và 44 "
        "biên chế các hội.\n",
        None,
    ),
    _form(
        "parts/vc-paid-from-the-budget-after-a-semicolon",
        "Kế hoạch tinh giản biên chế của huyện A\n\nNăm 2021, huyện có 5.003 biên chế, trong đó: "
        "400 biên chế công chức; 4.600 người làm việc hưởng lương từ ngân sách nhà nước (trong "
        "đó có 3.000 giáo viên); 3 biên chế dự phòng.\n",
        {
            ("huyen", 2021, 5003, None, None, None),
            ("huyen-cbcc", 2021, 400, None, None, None),
            ("huyen-vc", 2021, 4600, None, None, None),
            ("huyen-vc-giao-vien", 2021, 3000, None, None, None),
            ("du-phong", 2021, 3, None, None, None),
        },
        huyen=("huyen-cbcc", "huyen-vc", "du-phong"),
    ),
    _form(
        # the twin: paid from the units' own revenue, some of the VC only: unread
        "parts/vc-paid-from-own-revenue-after-a-semicolon",
        "Kế hoạch tinh giản biên chế của huyện A\n\nNăm 2021, huyện có 5.003 biên chế, trong đó: "
        "400 biên chế công chức; 4.600 người làm việc hưởng lương từ nguồn thu sự nghiệp (trong "
        "đó có 3.000 giáo viên); 3 biên chế dự phòng.\n",
        None,
    ),
    # eng-chains6: classes the change probe (changes/chain, changes/change) found unread. A
    # roadmap's lead naming a category ("Lộ trình tinh giản biên chế cán bộ, công chức:") gives
    # its year items that category, never the unit of the line before it
    _form(
        "chain/roadmap-lead-names-the-category",
        "Năm 2021, biên chế cán bộ, công chức là 1.429 biên chế.\nLộ trình tinh giản biên chế "
        "cán bộ, công chức:\n- Năm 2022: 1.422 chỉ tiêu (giảm 7 so với năm 2021);\n- Năm 2023: "
        "1.419 chỉ tiêu (giảm 10 so với năm 2021).",
        {
            ("cbcc", 2021, 1429, None, None, None),
            ("cbcc", 2022, 1422, None, None, None),
            ("cbcc", 2022, None, 7, 2021, None),
            ("cbcc", 2023, 1419, None, None, None),
            ("cbcc", 2023, None, 10, 2021, None),
        },
    ),
    _form(
        # the twin: the lead names another category than the line before: its items are the
        # viên chức's (they were read as the công chức's, the line before's unit)
        "chain/roadmap-lead-names-another-category",
        "Năm 2021, biên chế cán bộ, công chức là 1.429 biên chế.\nLộ trình tinh giản biên chế "
        "viên chức:\n- Năm 2022: 1.422 chỉ tiêu (giảm 7 so với năm 2021).",
        {
            ("cbcc", 2021, 1429, None, None, None),
            ("vc", 2022, 1422, None, None, None),
            ("vc", 2022, None, 7, 2021, None),
        },
    ),
    _form(
        # "giảm còn N" in a year's item: what is left, the fall said with it (the "giảm" was
        # taken for the item's name, so no unit was found)
        "item/giam-con-what-is-left",
        "Biên chế viên chức năm 2021 là 1.900 biên chế. Lộ trình thực hiện:\n- Năm 2026: giảm "
        "còn 1.843 biên chế, giảm 57 biên chế so với năm 2021.",
        {
            ("vc", 2021, 1900, None, None, None),
            ("vc", 2026, 1843, None, None, None),
            ("vc", 2026, None, 57, 2021, None),
        },
    ),
    _form(
        # the twin: "giảm N" without "còn" is the cut, no figure of the year
        "item/giam-without-con-is-the-cut",
        "Biên chế viên chức năm 2021 là 1.900 biên chế. Lộ trình thực hiện:\n- Năm 2026: giảm "
        "57 biên chế so với năm 2021.",
        {("vc", 2021, 1900, None, None, None), ("vc", 2026, None, 57, 2021, None)},
    ),
    _form(
        # "cắt giảm" opening a year's item: the verb's words, never the item's name
        "item/cat-giam-opens-the-item",
        "Biên chế công chức năm 2021 là 2.192 biên chế. Lộ trình thực hiện:\n- Năm 2026: cắt "
        "giảm 175 biên chế so với năm 2021 (7,98%), còn 2.017 biên chế.",
        {
            ("cbcc", 2021, 2192, None, None, None),
            ("cbcc", 2026, 2017, None, None, None),
            ("cbcc", 2026, None, 175, 2021, "7,98%"),
        },
    ),
    _form(
        # "tăng lên N" followed by the rise: what it rose to
        "value/tang-len-then-the-rise",
        "Năm 2026, biên chế viên chức tăng lên 3.491 biên chế, tăng 104 biên chế so với năm 2021.",
        {("vc", 2026, 3491, None, None, None), ("vc", 2026, None, -104, 2021, None)},
    ),
    _form(
        # the twin: "tăng lên N" alone may be the rise itself ("by N"): unread
        "value/tang-len-alone-stays-unread",
        "Năm 2026, biên chế viên chức tăng lên 104 biên chế so với năm 2021.",
        None,
    ),
    _form(
        # the category's own name, then its count in its own word, no verb between
        "value/so-luong-nguoi-lam-viec-then-its-count",
        "Đến năm 2026, số lượng người làm việc 2.896 người, giảm 323 người so với năm 2021.",
        {("vc", 2026, 2896, None, None, None), ("vc", 2026, None, 323, 2021, None)},
    ),
    _form(
        # the twin: "số người" is no category's name: whose people? Unread
        "value/so-nguoi-then-a-count-stays-unread",
        "Đến năm 2026, số người 2.896 người, giảm 323 người so với năm 2021.",
        None,
    ),
    _form(
        # the change's rate in a parenthesis after the base year's figure
        "change/rate-after-the-base-figure",
        "Đến năm 2026, biên chế công chức là 3.127 biên chế, giảm 238 biên chế so với năm 2021 "
        "(3.365 biên chế) (7,07%).",
        {
            ("cbcc", 2021, 3365, None, None, None),
            ("cbcc", 2026, 3127, None, None, None),
            ("cbcc", 2026, None, 238, 2021, "7,07%"),
        },
    ),
    _form(
        # the twin: no change before the two parentheses: whose figure and whose rate? Unread
        "change/rate-after-a-figure-of-no-change",
        "Đến năm 2026, biên chế công chức là 3.127 biên chế (3.365 biên chế) (7,07%).",
        None,
    ),
    _form(
        # a from-to's unit word said once, by the cut in parentheses after it
        "from-to/unit-word-by-the-cut-in-parentheses",
        "Biên chế công chức từ năm 2021 đến năm 2026 từ 3.665 giảm còn 3.335 (giảm 330 biên chế).",
        {
            ("cbcc", 2021, 3665, None, None, None),
            ("cbcc", 2026, 3335, None, None, None),
            ("cbcc", 2026, None, 330, 2021, None),
        },
    ),
    _form(
        # the twin: two cuts after the move: which is it? Unread
        "from-to/two-cuts-in-parentheses",
        "Biên chế công chức từ năm 2021 đến năm 2026 từ 3.665 giảm còn 3.335 (giảm 330 biên "
        "chế), (giảm 5 biên chế).",
        None,
    ),
    _form(
        # "tinh giản M người" against a year, right after what is left ("còn lại N người"):
        # a cut of posts, in an item naming none
        "item/tinh-gian-nguoi-after-what-is-left",
        "Số lượng người làm việc năm 2021 là 1.383 người. Lộ trình thực hiện:\n- Năm 2026: còn "
        "lại 1.340 người, tinh giản 43 người so với số giao năm 2021.",
        {
            ("vc", 2021, 1383, None, None, None),
            ("vc", 2026, 1340, None, None, None),
            ("vc", 2026, None, 43, 2021, None),
        },
    ),
    _form(
        # "tinh giản" against the comparison fronted inside the item: both respellings at once
        "item/tinh-gian-against-the-fronted-year",
        "Tổng biên chế năm 2021 là 3.213 biên chế. Lộ trình thực hiện:\n- Năm 2026: so với năm "
        "2021, tinh giản 140 biên chế, còn 3.073 biên chế.",
        {
            ("tong", 2021, 3213, None, None, None),
            ("tong", 2026, 3073, None, None, None),
            ("tong", 2026, None, 140, 2021, None),
        },
    ),
    # eng-probe2025: the lines around the figures (tests/probe/outside.py). A former province
    # "(cũ)" that the new one keeps the name of is a unit of its own (its figure was filed as
    # the new province's: the bracket was dropped with the mark); part-time commune staff the
    # sentence leaves out of its figure ("không kể N người hoạt động không chuyên trách") are
    # outside (the line was unread); the former places' sum whose change the text does not
    # state is the base of the one plain line of its category (it was unread).
    _form(
        "merger/former-province-keeping-the-new-name",
        "Báo cáo tình hình biên chế của tỉnh Phú Lâm\n\nTỉnh Phú Lâm (mới) được thành lập trên "
        "cơ sở hợp nhất tỉnh Phú Lâm và tỉnh Tân Hòa.\nNăm 2021, biên chế công chức của tỉnh Phú "
        "Lâm (cũ) là 1.273 biên chế.\nNăm 2026, biên chế công chức của tỉnh Phú Lâm là 2.401 biên "
        "chế.\n",
        {
            ("cbcc-phu-lam-cu", 2021, 1273, None, None, None),
            ("cbcc-phu-lam", 2026, 2401, None, None, None),
        },
    ),
    _form(
        # the twin: no "(cũ)": the province as named, one unit of two years
        "merger/former-province-unmarked-is-the-place-named",
        "Báo cáo tình hình biên chế của tỉnh Phú Lâm\n\nTỉnh Phú Lâm (mới) được thành lập trên "
        "cơ sở hợp nhất tỉnh Phú Lâm và tỉnh Tân Hòa.\nNăm 2021, biên chế công chức của tỉnh Phú "
        "Lâm là 1.273 biên chế.\nNăm 2026, biên chế công chức của tỉnh Phú Lâm là 2.401 biên "
        "chế.\n",
        {
            ("cbcc-phu-lam", 2021, 1273, None, None, None),
            ("cbcc-phu-lam", 2026, 2401, None, None, None),
        },
    ),
    _form(
        "outside/part-time-staff-left-out-of-the-figure",
        "Báo cáo tình hình biên chế năm 2025 của tỉnh A\n\nTổng biên chế của tỉnh năm 2025 là "
        "7.934 biên chế, không kể 398 người hoạt động không chuyên trách.\n",
        {("tong", 2025, 7934, None, None, None)},
    ),
    _form(
        # the twin: "kể cả": part-time staff inside the figure (posts and people): unread
        "outside/part-time-staff-taken-into-the-figure",
        "Báo cáo tình hình biên chế năm 2025 của tỉnh A\n\nTổng biên chế của tỉnh năm 2025 là "
        "7.934 biên chế, kể cả 398 người hoạt động không chuyên trách.\n",
        None,
    ),
    _form(
        "merger/former-places-sum-with-no-change-is-the-own-base",
        "Báo cáo tình hình biên chế của tỉnh Vĩnh Thạnh\n\nNăm 2026, tỉnh Vĩnh Thạnh được giao "
        "4.081 biên chế công chức.\nSố biên chế công chức được giao năm 2021 của hai tỉnh (cũ) "
        "cộng là 4.256 biên chế (tỉnh Phú Lâm 2.138 biên chế, tỉnh Tân Hòa 2.118 biên chế).\n",
        {
            ("cbcc", 2026, 4081, None, None, None),
            ("cbcc", 2021, 4256, None, None, None),
            ("tinh-phu-lam-cu-cbcc", 2021, 2138, None, None, None),
            ("tinh-tan-hoa-cu-cbcc", 2021, 2118, None, None, None),
        },
    ),
    # Staff in post in a parenthesis of their own right after the posts ("(có mặt 401
    # người)"): outside, as after a comma (the line was unread).
    _form(
        "outside/in-post-in-a-parenthesis-after-the-posts",
        "Báo cáo tình hình biên chế năm 2025 của tỉnh A\n\n- Sở Nội vụ: 2.436 biên chế (có mặt "
        "401 người).\n",
        {("so-noi-vu", 2025, 2436, None, None, None)},
    ),
    _form(
        # the twin: the parenthesis says more than the people in post (a shortfall): unread
        "outside/in-post-in-a-parenthesis-saying-more",
        "Báo cáo tình hình biên chế năm 2025 của tỉnh A\n\n- Sở Nội vụ: 2.436 biên chế (có mặt "
        "401 người, thiếu 35 người).\n",
        None,
    ),
    # eng-agents: plain "N biên chế" / "N chỉ tiêu" after a giver, the text's own province or a
    # news lead. Said of the text's own body (the province or city unnamed, the one body the
    # headline names, or none after a giver, in a text that has named no other unit), with
    # nothing after its word but its year, it is that body's posts of no category said: a
    # unit of no category ("Biên chế được giao"), never the total nor a category (either may
    # be wrong: a Party's allocation, a ministry's công chức). Another body, a headline naming
    # two, a heading naming another body: unread (twins; test functions below).
    _form(
        "agents/a-giver-gives-the-province-plain-posts",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2021, Ban Tổ chức Trung ương giao cho "
        "tỉnh 4.704 biên chế.\n",
        {("duoc-giao", 2021, 4704, None, None, None)},
    ),
    _form(
        # the twin: a province the headline does not name: its posts, not the text's: unread
        "agents/another-province-given-plain-posts",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2021, tỉnh B được giao 4.704 biên chế.\n",
        None,
    ),
    _form(
        "agents/a-council-approves-plain-quotas",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nHĐND tỉnh phê duyệt 2.310 chỉ tiêu năm 2024.\n",
        {("duoc-giao", 2024, 2310, None, None, None)},
    ),
    _form(
        "news/the-headlines-province-given-plain-posts",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2024, tỉnh A được giao 3.150 biên chế.\n",
        {("duoc-giao", 2024, 3150, None, None, None)},
    ),
    _form(
        # the twin: a headline naming two provinces: whose posts? Unread
        "news/a-province-of-a-two-province-headline-given-plain-posts",
        "Kế hoạch tinh giản biên chế của tỉnh A và tỉnh B\n\nNăm 2024, tỉnh A được giao 3.150 "
        "biên chế.\n",
        None,
    ),
    _form(
        "news/plain-posts-of-the-year-under-the-headlines-body",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\n1. Tỉnh A\n\nBiên chế năm 2021 là 4.574 chỉ "
        "tiêu.\n",
        {("duoc-giao", 2021, 4574, None, None, None)},
    ),
    _form(
        # the twin: under a heading naming another body, the count may be its: unread
        "news/plain-posts-of-the-year-under-another-body",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\n1. Sở B\n\nBiên chế năm 2021 là 4.574 chỉ "
        "tiêu.\n",
        None,
    ),
    _form(
        "news/plain-posts-a-lead-year-has",
        "Kế hoạch tinh giản biên chế của Sở A\n\n1. Sở A\n\nNăm 2021 có 1.631 chỉ tiêu.\n",
        {("duoc-giao", 2021, 1631, None, None, None)},
    ),
    # eng-items6: items and bullets the grammar probe (values/items, values/bullets) read in
    # part. A body's own reserve in its item's parenthesis is a subset of the body (it was
    # unread); a "noun N người / suất" item with a subset in its parenthesis, or in "suất"
    # (unread); a first figure naming no unit (no subject, or the giver only: "được Trung
    # ương giao") opening its list, the text's own total. Twins: a reserve not smaller than
    # the figure, a name no unit, no list opened (and, in tests below the tuple, another
    # parenthesis after an item, the figure under a body's heading or after a figure).
    _form(
        "item/a-bodys-own-reserve-in-a-parenthesis",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2021, biên chế công chức giao cho các "
        "cơ quan như sau:\n- Sở Y tế: 120 biên chế (trong đó 3 biên chế dự phòng);\n- Sở Tài "
        "chính: 80 biên chế.\n",
        {
            ("so-y-te", 2021, 120, None, None, None),
            ("so-y-te-du-phong", 2021, 3, None, None, None),
            ("so-tai-chinh", 2021, 80, None, None, None),
        },
    ),
    _form(
        # the twin: a reserve not smaller than the body's figure is none of it: unread
        "item/a-bodys-own-reserve-larger-than-its-figure",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2021, biên chế công chức giao cho các "
        "cơ quan như sau:\n- Sở Y tế: 120 biên chế (trong đó 130 biên chế dự phòng).\n",
        None,
    ),
    _form(
        "item/noun-count-people-then-a-subset-in-its-parenthesis",
        "Kế hoạch tinh giản biên chế của huyện A\n\nNăm 2021, huyện có 7.184 người, trong "
        "đó:\n- Công chức 578 người;\n- Viên chức 6.584 người (trong đó có 3.548 giáo viên);\n"
        "- Các hội 22 người.\n",
        {
            ("huyen", 2021, 7184, None, None, None),
            ("huyen-cbcc", 2021, 578, None, None, None),
            ("huyen-vc", 2021, 6584, None, None, None),
            ("huyen-vc-giao-vien", 2021, 3548, None, None, None),
            ("huyen-hoi", 2021, 22, None, None, None),
        },
        huyen=("huyen-cbcc", "huyen-vc", "huyen-hoi"),
    ),
    _form(
        "item/noun-count-in-suat",
        "Kế hoạch tinh giản biên chế của huyện A\n\nNăm 2021, huyện có 600 suất, gồm:\n- "
        "Công chức 100 suất;\n- Viên chức 500 suất.\n",
        {
            ("huyen", 2021, 600, None, None, None),
            ("huyen-cbcc", 2021, 100, None, None, None),
            ("huyen-vc", 2021, 500, None, None, None),
        },
        huyen=("huyen-cbcc", "huyen-vc"),
    ),
    _form(
        # the twin: the item's name is no unit ("Học sinh"): unread
        "item/noun-count-in-suat-of-no-unit",
        "Kế hoạch tinh giản biên chế của huyện A\n\n- Học sinh 500 suất.\n",
        None,
    ),
    _form(
        "lead/the-texts-first-figure-naming-no-unit-opens-its-parts",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2021, được Trung ương giao 3.076 người, "
        "cụ thể:\n+ Công chức 681 người;\n+ Viên chức 2.395 người.\n",
        {
            ("tong", 2021, 3076, None, None, None),
            ("cbcc", 2021, 681, None, None, None),
            ("vc", 2021, 2395, None, None, None),
        },
        tong=("cbcc", "vc"),
    ),
    _form(
        "lead/the-texts-first-figure-no-subject-opens-its-parts",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nCó 4.814 chỉ tiêu năm 2021, gồm:\na) Công "
        "chức: 600 chỉ tiêu;\nb) Viên chức: 4.214 chỉ tiêu.\n",
        {
            ("tong", 2021, 4814, None, None, None),
            ("cbcc", 2021, 600, None, None, None),
            ("vc", 2021, 4214, None, None, None),
        },
        tong=("cbcc", "vc"),
    ),
    _form(
        # the twin: no list opened, so no total of parts: the text's own posts of no category
        # (eng-agents' reading), never its total "tong"
        "lead/a-figure-naming-no-unit-opening-nothing",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2021, có 4.814 chỉ tiêu.\n",
        {("duoc-giao", 2021, 4814, None, None, None)},
    ),
    # eng-ah: the đoàn thể chính trị - xã hội (Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Nông
    # dân, Hội Cựu chiến binh) are bodies of the khối Mặt trận, never hội đặc thù (a category
    # misread of blind AH1; Đoàn Thanh niên named no unit); a table's total row repeating the
    # figure of the lead that opened the table is the lead's unit (blind AH2's false all-clear).
    # Twins: a hội đặc thù stays HOI (`test_socio_political_hoi_are_no_hoi_dac_thu`); a total
    # row of another value, or naming another category, stays its own unit.
    _form(
        "item/socio-political-bodies-listed-under-a-total",
        "Kế hoạch biên chế\n\nNăm 2021, tổng biên chế của các cơ quan là 150 biên chế, gồm:\n"
        "- Cơ quan Ủy ban MTTQ tỉnh: 60 biên chế;\n- Đoàn Thanh niên Cộng sản Hồ Chí Minh: 40 "
        "biên chế;\n- Hội Nông dân: 50 biên chế.\n",
        {
            ("co-quan", 2021, 150, None, None, None),
            ("co-quan-uy-ban-mttq", 2021, 60, None, None, None),
            ("doan-thanh-nien-cong-san", 2021, 40, None, None, None),
            ("hoi-nong-dan", 2021, 50, None, None, None),
        },
        co_quan=("co-quan-uy-ban-mttq", "doan-thanh-nien-cong-san", "hoi-nong-dan"),
    ),
    _form(
        # the twin: a hội đặc thù in the list is the total's HOI posts, not a plain body
        "item/a-hoi-dac-thu-listed-under-a-total",
        "Kế hoạch biên chế\n\nNăm 2021, tổng biên chế của các cơ quan là 150 biên chế, gồm:\n"
        "- Cơ quan Ủy ban MTTQ tỉnh: 60 biên chế;\n- Đoàn Thanh niên Cộng sản Hồ Chí Minh: 40 "
        "biên chế;\n- Hội Chữ thập đỏ: 50 biên chế.\n",
        {
            ("co-quan", 2021, 150, None, None, None),
            ("co-quan-uy-ban-mttq", 2021, 60, None, None, None),
            ("doan-thanh-nien-cong-san", 2021, 40, None, None, None),
            ("co-quan-hoi-chu-thap-do", 2021, 50, None, None, None),
        },
        co_quan=("co-quan-uy-ban-mttq", "doan-thanh-nien-cong-san", "co-quan-hoi-chu-thap-do"),
    ),
    _form(
        "table/a-total-row-repeating-the-leads-figure-is-the-leads-unit",
        LEAD_TOTAL_TABLE.format(total="Tổng cộng", value="1.000"),
        LEAD_TOTAL_ROWS | {("cbcc", 2023, 1030, None, None, None)},
        cbcc=("so-a", "so-b"),
    ),
    _form(
        # the twin: a total row of another value is a unit of its own
        "table/a-total-row-of-another-value-than-the-leads",
        LEAD_TOTAL_TABLE.format(total="Tổng cộng", value="1.010"),
        LEAD_TOTAL_ROWS
        | {("tong", 2023, 1030, None, None, None), ("tong", 2024, 1010, None, None, None)},
        cbcc=("so-a", "so-b"),
        tong=(),
    ),
    _form(
        # the twin: a total row naming another category, even of the lead's value, is its own
        "table/a-total-row-of-another-category-than-the-leads",
        LEAD_TOTAL_TABLE.format(total="Tổng cộng viên chức", value="1.000"),
        LEAD_TOTAL_ROWS
        | {("cbcc-vc", 2023, 1030, None, None, None), ("cbcc-vc", 2024, 1000, None, None, None)},
        cbcc=("so-a", "so-b"),
    ),
    # eng-news9: a comparison fronted after a connective ("Như vậy, ", "Tính chung, ") or
    # after who says it ("Theo ông A, Giám đốc Sở Nội vụ, ", a news report's quote) is the
    # fronted comparison (it was unread: blind AH2). Twins: no subject after it (unread), the
    # words after the speaker not a title (they may name what changes: unread).
    _form(
        "fronted/after-a-connective",
        "Tin về biên chế của tỉnh A\n\nNăm 2021, biên chế công chức của tỉnh là 2.129 biên "
        "chế.\n\nNhư vậy, so với năm 2021, biên chế công chức năm 2024 giảm 79 biên chế, tương "
        "ứng 3,71%.\n",
        {
            ("cbcc", 2021, 2129, None, None, None),
            ("cbcc", 2024, None, 79, 2021, "3,71%"),
        },
    ),
    _form(
        # the twin: the connective gives no subject: which unit fell is not said
        "fronted/after-a-connective-naming-no-unit",
        "Tin về biên chế của tỉnh A\n\nTính chung, so với năm 2021, năm 2024 giảm 79 biên chế.\n",
        None,
    ),
    _form(
        "fronted/after-who-says-it",
        "Tin về biên chế của huyện A\n\nTheo ông Nguyễn Văn B, Trưởng phòng Nội vụ huyện, so "
        "với năm 2021, số người làm việc năm 2024 tăng 35 người.\n",
        {("vc", 2024, None, -35, 2021, None)},
    ),
    _form(
        # the twin: the words after "Theo Sở Nội vụ," are no title: they may be what changes
        "fronted/after-who-says-it-then-no-title",
        "Tin về biên chế của huyện A\n\nTheo Sở Nội vụ, số người làm việc, so với năm 2021, "
        "năm 2024 tăng 35 người.\n",
        None,
    ),
    # eng-news9: the text's own posts after who says it ("Theo ông A, Giám đốc Sở Nội vụ, năm
    # 2021 tỉnh được giao N biên chế", eng-agents' form after a quote); a report's occasion
    # ("Cũng tại kỳ họp, HĐND tỉnh giao ...") names no unit. Twins: another body than the
    # headline's after the quote, an occasion and no subject (unread).
    _form(
        "own-posts/after-who-says-it",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nTheo ông Nguyễn Văn B, Giám đốc Sở Nội vụ, "
        "năm 2021 tỉnh được giao 4.583 biên chế.\n",
        {("duoc-giao", 2021, 4583, None, None, None)},
    ),
    _form(
        # the twin: a body the headline does not name may be another's: unread
        "own-posts/after-who-says-it-another-body",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nTheo ông Nguyễn Văn B, Giám đốc Sở Nội vụ, "
        "năm 2021 tỉnh C được giao 4.583 biên chế.\n",
        None,
    ),
    _form(
        "occasion/at-the-session",
        "HĐND tỉnh A thông qua biên chế năm 2024\n\nCũng tại kỳ họp, HĐND tỉnh giao 1.614 cán "
        "bộ, công chức cấp xã cho 102 xã, phường, thị trấn.\n",
        {("cbcc-xa", 2024, 1614, None, None, None)},
    ),
    _form(
        # the twin: the occasion names no unit, and nothing else does: unread
        "occasion/at-the-session-naming-no-unit",
        "HĐND tỉnh A thông qua biên chế năm 2024\n\nTại kỳ họp, 1.614 biên chế công chức.\n",
        None,
    ),
    # eng-ai: a table numbering its groups in their names ("**I. Biên chế công chức**"), lines
    # named alike under two groups, and the parts of a cấp xã figure after "Trong đó"
    _form(
        "table/groups-numbered-in-their-names-lines-named-alike",
        NAMED_GROUPS,
        {
            ("cbcc", 2021, 1000, None, None, None),
            ("cbcc", 2026, 950, None, None, None),
            ("cap-tinh", 2021, 600, None, None, None),
            ("cap-tinh", 2026, 570, None, None, None),
            ("cap-huyen", 2021, 400, None, None, None),
            ("cap-huyen", 2026, 380, None, None, None),
            ("vc", 2021, 6000, None, None, None),
            ("vc", 2026, 5400, None, None, None),
            ("cap-tinh-2", 2021, 2000, None, None, None),
            ("cap-tinh-2", 2026, 1800, None, None, None),
            ("cap-huyen-2", 2021, 4000, None, None, None),
            ("cap-huyen-2", 2026, 3600, None, None, None),
            ("tong", 2021, 7000, None, None, None),
            ("tong", 2026, 6350, None, None, None),
        },
        tong=("cbcc", "vc"),
        cbcc=("cap-tinh", "cap-huyen"),
        vc=("cap-tinh-2", "cap-huyen-2"),
    ),
    _form(
        # the twin: groups of one category at two levels, their lines named alike: two units
        "table/groups-of-one-category-lines-named-alike",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\n| Nội dung | Năm 2021 | Năm 2026 |\n"
        "|---|---|---|\n| **I. Công chức cấp tỉnh** | 1.000 | 950 |\n| Văn phòng | 600 | 570 |\n"
        "| Thanh tra | 400 | 380 |\n| **II. Công chức cấp huyện** | 2.000 | 1.900 |\n"
        "| Văn phòng | 1.200 | 1.140 |\n| Thanh tra | 800 | 760 |\n"
        "| **Tổng cộng (I + II)** | 3.000 | 2.850 |\n",
        {
            ("cbcc-tinh", 2021, 1000, None, None, None),
            ("cbcc-tinh", 2026, 950, None, None, None),
            ("van-phong", 2021, 600, None, None, None),
            ("van-phong", 2026, 570, None, None, None),
            ("thanh-tra", 2021, 400, None, None, None),
            ("thanh-tra", 2026, 380, None, None, None),
            ("cbcc-huyen", 2021, 2000, None, None, None),
            ("cbcc-huyen", 2026, 1900, None, None, None),
            ("van-phong-2", 2021, 1200, None, None, None),
            ("van-phong-2", 2026, 1140, None, None, None),
            ("thanh-tra-2", 2021, 800, None, None, None),
            ("thanh-tra-2", 2026, 760, None, None, None),
            ("tong", 2021, 3000, None, None, None),
            ("tong", 2026, 2850, None, None, None),
        },
        tong=("cbcc-tinh", "cbcc-huyen"),
        cbcc_tinh=("van-phong", "thanh-tra"),
    ),
    _form(
        "among/cbcc-after-a-commune-figure-is-of-the-commune",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2025, tổng biên chế cán bộ, công chức "
        "cấp xã là 4.386 biên chế.\nTrong đó, cán bộ, công chức khối đảng, đoàn thể là 792 biên "
        "chế.\n",
        {
            ("cbcc-xa", 2025, 4386, None, None, None),
            ("cbcc-xa-dang-doan-the", 2025, 792, None, None, None),
        },
    ),
    _form(
        # the twin: after the province's figure the same sentence is the province's CBCC
        "among/cbcc-after-a-provincial-figure-stays-provincial",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2025, tổng biên chế cán bộ, công chức "
        "cấp tỉnh là 4.386 biên chế.\nTrong đó, cán bộ, công chức khối đảng, đoàn thể là 792 "
        "biên chế.\n",
        {
            ("cbcc-tinh", 2025, 4386, None, None, None),
            ("cbcc-dang-doan-the", 2025, 792, None, None, None),
        },
    ),
    _form(
        "scope/cbcc-of-counted-wards-is-the-communes",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2025, cán bộ, công chức của 22 phường "
        "là 792 biên chế.\n",
        {("cbcc-xa-22-phuong", 2025, 792, None, None, None)},
    ),
    _form(
        # the twin: "thị xã" is a town of district rank, never a commune
        "scope/cbcc-of-counted-towns-is-not-the-communes",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2025, cán bộ, công chức của 2 thị xã "
        "là 792 biên chế.\n",
        {("cbcc-2-thi-xa", 2025, 792, None, None, None)},
    ),
    _form(
        # the twin: posts placed "ở các phường" to move ward staff out of them are no commune's
        "scope/cbcc-moved-out-of-the-wards-is-not-the-communes",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2025, biên chế công chức để chuyển công "
        "chức phường ở các phường thành công chức quận là 735 biên chế.\n",
        {("cbcc-de-chuyen-cong-chuc", 2025, 735, None, None, None)},
    ),
    # eng-cross: a roadmap heading naming no unit over year items naming none, in a text that
    # also states category lines or parts (blind AH1) or glosses the heading "(tổng biên chế
    # ...)" (AH1), or whose one category's line holds the anchor (AF2): the items are the one
    # whole stated with one of their figures in its year. The twins, whose items alone stay
    # unread: test_a_roadmaps_items_anchored_to_no_whole_stay_unread
    _form(
        "roadmap/heading-items-anchored-to-the-total-of-a-text-with-parts",
        "Kế hoạch tinh giản biên chế của huyện A\n\n1. Biên chế năm 2021\nNăm 2021, huyện "
        "được giao 300 biên chế, gồm 250 biên chế công chức và 50 người làm việc.\n\n2. Chỉ "
        "tiêu đến năm 2026\nĐến năm 2026, huyện còn 280 biên chế, trong đó công chức giảm 15 "
        "biên chế, viên chức giảm 5 người so với năm 2021.\n\n3. Lộ trình hằng năm\n- Năm "
        "2025: 285 biên chế;\n- Năm 2026: 280 biên chế.\n",
        {
            ("huyen", 2021, 300, None, None, None),
            ("huyen", 2025, 285, None, None, None),
            ("huyen", 2026, 280, None, None, None),
            ("huyen-cbcc", 2021, 250, None, None, None),
            ("huyen-cbcc", 2026, None, 15, 2021, None),
            ("huyen-vc", 2021, 50, None, None, None),
            ("huyen-vc", 2026, None, 5, 2021, None),
        },
        huyen=("huyen-cbcc", "huyen-vc"),
    ),
    _form(
        "roadmap/heading-glossed-a-total-items-anchored-to-the-total",
        "Kế hoạch tinh giản biên chế của huyện A\n\n1. Biên chế năm 2021\nNăm 2021, huyện "
        "được giao 300 biên chế, gồm 250 biên chế công chức và 50 người làm việc.\n\n2. Chỉ "
        "tiêu đến năm 2026\nĐến năm 2026, huyện còn 280 biên chế, trong đó công chức giảm 15 "
        "biên chế, viên chức giảm 5 người so với năm 2021.\n\n3. Lộ trình hằng năm (tổng biên "
        "chế của huyện)\n- Năm 2025: 285 biên chế;\n- Năm 2026: 280 biên chế.\n",
        {
            ("huyen", 2021, 300, None, None, None),
            ("huyen", 2025, 285, None, None, None),
            ("huyen", 2026, 280, None, None, None),
            ("huyen-cbcc", 2021, 250, None, None, None),
            ("huyen-cbcc", 2026, None, 15, 2021, None),
            ("huyen-vc", 2021, 50, None, None, None),
            ("huyen-vc", 2026, None, 5, 2021, None),
        },
        huyen=("huyen-cbcc", "huyen-vc"),
    ),
    _form(
        "roadmap/heading-items-anchored-to-the-one-category-line",
        "Kế hoạch tinh giản biên chế của Bệnh viện A\n\n1. Hiện trạng\nNăm 2021, số lượng "
        "người làm việc của Bệnh viện là 1.120 người.\n\n2. Chỉ tiêu đến năm 2026\nĐến năm "
        "2026, số lượng người làm việc của Bệnh viện còn 1.008 người.\n\n3. Lộ trình\n- Năm "
        "2025: 1.031 chỉ tiêu;\n- Năm 2026: 1.008 chỉ tiêu.\n",
        {
            ("vc-benh-vien", 2021, 1120, None, None, None),
            ("vc-benh-vien", 2025, 1031, None, None, None),
            ("vc-benh-vien", 2026, 1008, None, None, None),
        },
    ),
    # eng-cross: a cut with no subject whose count names its one category, a category the
    # text stated a figure of that year (blind AG1, AG2, AH1, AH2): that category's cut. The
    # twins: test_a_cut_with_no_subject_naming_a_category_of_no_figure_stays_unread
    _form(
        "change/no-subject-the-cuts-count-names-its-stated-category",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2026, tỉnh được giao 5.806 biên chế "
        "công chức và 44.860 người làm việc.\nSo với năm 2021, năm 2026 giảm 279 người làm "
        "việc, tỷ lệ giảm 10,03%.\n",
        {
            ("cbcc", 2026, 5806, None, None, None),
            ("vc", 2026, 44860, None, None, None),
            ("vc", 2026, None, 279, 2021, "10,03%"),
        },
    ),
    # eng-ajread: people in post on a day said after the posts and a semicolon ("...; đến ngày
    # 31/10/2024 có mặt 1.996 người"), and a body's name whose parenthesis says when it was
    # reorganised (blind AJ2); a note opening with "Không bao gồm" contract staff whose count
    # is in a parenthesis (blind AJ1). The twins: test_people_in_post_on_a_day_with_a_change_
    # stay_unread, test_a_reorganised_bodys_parenthesis_dating_its_figure_leaves_the_item_unread,
    # test_a_unit_leaving_out_contract_staff_keeps_the_parenthesis_unread
    _form(
        "in-post/after-the-posts-on-a-day-said-first",
        "Báo cáo biên chế của tỉnh A\n\nNăm 2024, tỉnh được giao 2.087 biên chế công chức; "
        "đến ngày 31/10/2024 có mặt 1.996 người, còn 91 biên chế chưa tuyển.\n",
        {("cbcc", 2024, 2087, None, None, None)},
    ),
    _form(
        "item/a-body-reorganised-on-a-day-in-its-parenthesis",
        "Báo cáo biên chế của tỉnh A\n\nỦy ban nhân dân tỉnh đề nghị giao 2.412 biên chế công "
        "chức năm 2026, giảm 18 biên chế so với năm 2025 (2.430 biên chế), gồm:\n- Các cơ quan "
        "chuyên môn thuộc Ủy ban nhân dân tỉnh: 1.186 biên chế;\n- Các xã, phường (công chức "
        "chuyển từ cấp huyện cũ sau ngày 01/7/2025): 1.206 biên chế;\n- Dự phòng: 20 biên "
        "chế.\n",
        {
            ("cbcc", 2026, 2412, None, None, None),
            ("cbcc", 2026, None, 18, 2025, None),
            ("cbcc", 2025, 2430, None, None, None),
            ("co-quan-chuyen-mon-thuoc", 2026, 1186, None, None, None),
            ("xa-phuong-cu", 2026, 1206, None, None, None),
            ("du-phong", 2026, 20, None, None, None),
        },
    ),
    _form(
        "outside/a-note-leaving-out-contract-staff-counted-in-a-parenthesis",
        "Kế hoạch tinh giản biên chế của quận A\n\nNăm 2021, quận được giao 300 biên chế công "
        "chức.\nGhi chú: Không bao gồm lao động hợp đồng theo Nghị định số 111/2022/NĐ-CP (46 "
        "người) và người hoạt động không chuyên trách ở 13 phường.\n",
        {("quan-cbcc", 2021, 300, None, None, None)},
    ),
    # eng-ajmis: blind set AJ's first-contact misreads. The hội's people are the hội's posts
    # (HOI), named as a subject, after a count or by a heading; a count in a parenthesis
    # after a ";" clause naming contract staff is theirs; people who left ("ra khỏi biên
    # chế") are no unit; a "khi ..." clause's figure is of no unit the reader names. Twins:
    # test_ajmis_twins_the_hoi_and_the_clauses_of_no_unit
    _form(
        "category/people-of-the-hoi-named-as-a-subject",
        "Nghị quyết giao biên chế năm 2025 của tỉnh A\n\n1. Biên chế công chức: 1.642 biên chế, "
        "giảm 17 biên chế so với năm 2024.\n2. Số lượng người làm việc trong các hội có tính "
        "chất đặc thù: 72 người, không thay đổi so với năm 2024.\n",
        {
            ("cbcc", 2025, 1642, None, None, None),
            ("cbcc", 2025, None, 17, 2024, None),
            ("hoi", 2025, 72, None, None, None),
            ("hoi", 2025, None, 0, 2024, None),
        },
    ),
    _form(
        "category/people-of-the-public-service-units-named-as-a-subject",
        "Nghị quyết giao biên chế năm 2025 của tỉnh A\n\n1. Biên chế công chức: 1.642 biên chế, "
        "giảm 17 biên chế so với năm 2024.\n2. Số lượng người làm việc trong các đơn vị sự "
        "nghiệp công lập: 72 người, không thay đổi so với năm 2024.\n",
        {
            ("cbcc", 2025, 1642, None, None, None),
            ("cbcc", 2025, None, 17, 2024, None),
            ("vc", 2025, 72, None, None, None),
            ("vc", 2025, None, 0, 2024, None),
        },
    ),
    _form(
        "category/a-count-of-people-in-the-hoi",
        "Tin HĐND tỉnh A\n\nNăm 2025, tỉnh giao 1.642 biên chế công chức và 15.307 người làm "
        "việc.\nNgoài ra, tỉnh giao 104 người làm việc trong các hội có tính chất đặc thù, bằng "
        "năm 2024.\n",
        {
            ("cbcc", 2025, 1642, None, None, None),
            ("vc", 2025, 15307, None, None, None),
            ("hoi", 2025, 104, None, None, None),
            ("hoi", 2025, None, 0, 2024, None),
        },
    ),
    _form(
        "category/a-count-of-people-in-the-public-service-units",
        "Tin HĐND tỉnh A\n\nNăm 2025, tỉnh giao 1.642 biên chế công chức.\nNgoài ra, tỉnh giao "
        "104 người làm việc trong các đơn vị sự nghiệp công lập, bằng năm 2024.\n",
        {
            ("cbcc", 2025, 1642, None, None, None),
            ("vc", 2025, 104, None, None, None),
            ("vc", 2025, None, 0, 2024, None),
        },
    ),
    _form(
        "category/a-heading-of-the-people-in-the-hoi",
        "TỜ TRÌNH\nVề số lượng người làm việc năm 2024\n\nI. SỐ LƯỢNG NGƯỜI LÀM VIỆC HƯỞNG "
        "LƯƠNG TỪ NGÂN SÁCH NHÀ NƯỚC\nTổng số năm 2024 là 21.436 người, giảm 412 người so với "
        "năm 2023.\n\nII. SỐ LƯỢNG NGƯỜI LÀM VIỆC TRONG CÁC HỘI CÓ TÍNH CHẤT ĐẶC THÙ\nGiao 96 "
        "người, giữ nguyên như năm 2023.\n",
        {
            ("vc", 2024, 21436, None, None, None),
            ("vc", 2024, None, 412, 2023, None),
            ("hoi", 2024, 96, None, None, None),
            ("hoi", 2024, None, 0, 2023, None),
        },
    ),
    _form(
        "outside/a-contract-count-in-a-parenthesis-after-a-semicolon",
        "Nghị quyết giao số lượng người làm việc năm 2024 của thành phố A\n\nĐiều 1. Giao 98.000 "
        "người làm việc năm 2024.\nĐiều 4. Ủy ban nhân dân thành phố giao số lượng người làm "
        "việc cho từng đơn vị, không giao vượt tổng số tại Điều 1; lao động hợp đồng theo Nghị "
        "định số 111/2022/NĐ-CP (3.940 chỉ tiêu) thực hiện theo Nghị quyết riêng.\n",
        {("vc", 2024, 98000, None, None, None)},
    ),
    _form(
        "outside/people-who-left-the-posts",
        "Báo cáo tinh giản biên chế năm 2024 của quận A\n\n1. Năm 2024, quận được giao 142 biên "
        "chế công chức.\n2. Số công chức đã ra khỏi biên chế trong năm là 11 người.\n",
        {("quan-cbcc", 2024, 142, None, None, None)},
        quan=("quan-cbcc",),
    ),
    _form(
        "change/a-when-clause-giving-the-base-years-figure-the-rate-confirms",
        "Tin biên chế thành phố A năm 2026\n\nNăm 2026, tổng biên chế của thành phố là 24.110 "
        "biên chế.\nSo với năm 2021, khi thành phố còn là tỉnh B và được giao 26.660 biên chế, "
        "tổng biên chế năm 2026 giảm 2.550, tỷ lệ giảm 9,56%.\n",
        {
            ("tong", 2021, 26660, None, None, None),
            ("tong", 2026, 24110, None, None, None),
            ("tong", 2026, None, 2550, 2021, "9,56%"),
        },
    ),
    _form(
        "change/a-fronted-base-with-its-figure-in-brackets",
        "Tin biên chế thành phố A năm 2026\n\nNăm 2026, tổng biên chế của thành phố là 24.110 "
        "biên chế.\nSo với năm 2021 (26.660 biên chế), tổng biên chế năm 2026 giảm 2.550 biên "
        "chế.\n",
        {
            ("tong", 2021, 26660, None, None, None),
            ("tong", 2026, 24110, None, None, None),
            ("tong", 2026, None, 2550, 2021, None),
        },
    ),
    # eng-paren: a list's lead standing as a sentence of its own after the figure it breaks
    # down ("... còn 1.086 người, giảm 122 người. Chia theo lĩnh vực:") is that figure's, as
    # the lead after a comma is; its items "từ A người xuống còn B người" take the figure's
    # two years (blind AG2). Twins: test_a_lead_sentence_of_its_own_gives_no_years_it_lacks
    _form(
        "parts/lead-sentence-of-its-own-from-to-items",
        LEAD_OF_ITS_OWN,
        {
            ("huyen-vc", 2021, 1208, None, None, None),
            ("huyen-vc", 2026, 1086, None, None, None),
            ("huyen-vc", 2026, None, 122, 2021, None),
            ("huyen-vc-vc-giao-duc", 2021, 1129, None, None, None),
            ("huyen-vc-vc-giao-duc", 2026, 1015, None, None, None),
            ("huyen-vc-vc-giao-duc", 2026, None, 114, 2021, None),
            ("huyen-vc-vc-khac", 2021, 79, None, None, None),
            ("huyen-vc-vc-khac", 2026, 71, None, None, None),
        },
        huyen_vc=("huyen-vc-vc-giao-duc", "huyen-vc-vc-khac"),
    ),
    # eng-paren: a figure's cut recalling the base's figure in parentheses, then the
    # reserve inside the figure closing the sentence: the reserve is the figure's, of its
    # year (blind AF2); the reserve named before its count in the parenthesis after the
    # figure (blind AF1). Twins: test_a_reserve_after_a_base_recall_naming_more_stays_unread
    _form(
        "parenthesis-line/reserve-after-the-base-recalled",
        "Quyết định về biên chế công chức\n\nĐiều 1. Biên chế công chức năm 2025 của tỉnh là "
        "2.475 biên chế, giảm 74 biên chế (2,90%) so với năm 2024 (2.549 biên chế), trong đó có "
        "30 biên chế dự phòng do Sở Nội vụ quản lý.\n",
        {
            ("cbcc", 2024, 2549, None, None, None),
            ("cbcc", 2025, 2475, None, None, None),
            ("cbcc", 2025, None, 74, 2024, "2,90%"),
            ("du-phong", 2025, 30, None, None, None),
        },
    ),
    _form(
        "parenthesis-line/reserve-named-before-its-count",
        "Quyết định về biên chế công chức\n\nTổng biên chế công chức năm 2024 của tỉnh là "
        "1.318 biên chế (trong đó dự phòng 9 biên chế), giảm 24 biên chế so với năm 2023 "
        "(1.342 biên chế).\n",
        {
            ("cbcc", 2023, 1342, None, None, None),
            ("cbcc", 2024, 1318, None, None, None),
            ("cbcc", 2024, None, 24, 2023, None),
            ("du-phong", 2024, 9, None, None, None),
        },
    ),
    # eng-paren: a subject's cut with its two figures glossed in parentheses, each with its
    # year ("giảm 22 người (từ 1.120 người năm 2021 còn 1.098 người năm 2026)", "(năm 2021:
    # 1.120; năm 2026: 1.098)"): both figures and the cut against the earlier year. Twins:
    # test_a_cut_glossed_without_its_years_stays_unread
    _form(
        "change/cut-glossed-from-to-with-years",
        "Kế hoạch của Bệnh viện A\n\nSố lượng người làm việc của Bệnh viện giảm 22 người (từ "
        "1.120 người năm 2021 còn 1.098 người năm 2026).\n",
        {
            ("vc-benh-vien", 2021, 1120, None, None, None),
            ("vc-benh-vien", 2026, 1098, None, None, None),
            ("vc-benh-vien", 2026, None, 22, 2021, None),
        },
    ),
    _form(
        "change/cut-glossed-year-by-year",
        "Quyết định về biên chế công chức\n\nBiên chế công chức của tỉnh giảm 25 biên chế (năm "
        "2021: 1.120; năm 2026: 1.098).\n",
        {
            ("cbcc", 2021, 1120, None, None, None),
            ("cbcc", 2026, 1098, None, None, None),
            ("cbcc", 2026, None, 25, 2021, None),
        },
    ),
    # eng-news10: ", tổng cộng N" after the last figure's own words ("2.347 người làm việc trong
    # các đơn vị sự nghiệp công lập, tổng cộng 2.533": blind F2's form) sums the figures before
    # it; those words are no subject of it (it was read as viên chức's 2.533, 2.347 dropped).
    # Twins: a count that is not their sum, a sum after one figure only (unread).
    _form(
        "news-sum/after-the-last-figures-own-words",
        "Tin về biên chế của tỉnh A\n\nNăm 2025, tỉnh được giao 186 biên chế công chức và 2.347 "
        "người làm việc trong các đơn vị sự nghiệp công lập, tổng cộng 2.533.\n",
        {
            ("cbcc", 2025, 186, None, None, None),
            ("vc", 2025, 2347, None, None, None),
            ("tong", 2025, 2533, None, None, None),
        },
    ),
    _form(
        # the twin: 2.600 is not 186 + 2.347: what it sums is not said
        "news-sum/after-the-last-figures-own-words-not-their-sum",
        "Tin về biên chế của tỉnh A\n\nNăm 2025, tỉnh được giao 186 biên chế công chức và 2.347 "
        "người làm việc trong các đơn vị sự nghiệp công lập, tổng cộng 2.600.\n",
        None,
    ),
    _form(
        # the twin: one figure before it sums nothing; never viên chức's second figure
        "news-sum/after-one-figures-own-words",
        "Tin về biên chế của tỉnh A\n\nNăm 2025, tỉnh được giao 2.347 người làm việc trong các "
        "đơn vị sự nghiệp công lập, tổng cộng 2.533.\n",
        None,
    ),
    # A comparison is never with its own year: "... còn 23.540 người, giảm 1.786 người so với
    # mức 25.326 người của năm 2021" with no year of its own was filed under 2021 against 2021
    # (23.540 dropped; blind T1's line with "năm nay"). The twin: the year said (read).
    _form(
        "against-itself/the-year-said",
        "Tin về biên chế của tỉnh A\n\nKhối sự nghiệp của tỉnh năm 2024 còn 23.540 người làm "
        "việc, giảm 1.786 người (7,05%) so với mức 25.326 người của năm 2021.\n",
        {
            ("sn-vc", 2021, 25326, None, None, None),
            ("sn-vc", 2024, 23540, None, None, None),
            ("sn-vc", 2024, None, 1786, 2021, "7,05%"),
        },
    ),
    _form(
        "against-itself/no-year-but-the-bases",
        "Tin về biên chế của tỉnh A\n\nKhối sự nghiệp của tỉnh còn 23.540 người làm việc, giảm "
        "1.786 người (7,05%) so với mức 25.326 người của năm 2021.\n",
        None,
    ),
    # "Năm nay" is the year of the report's dateline ("(Ngày 15/7/2024) ...", "Thứ Hai,
    # 16/12/2024"; blind AB2, T1, W2). Twins: no dateline, a date of another paper in the lead,
    # two datelines of two years (unread).
    _form(
        "this-year/after-a-dateline",
        "Tin về biên chế của tỉnh A\n\n(Ngày 15/7/2024) Tỉnh tiếp tục tinh giản biên chế.\n\n"
        "Năm nay, tỉnh được giao 2.198 biên chế công chức, giảm 112 biên chế so với năm 2021.\n",
        {("cbcc", 2024, 2198, None, None, None), ("cbcc", 2024, None, 112, 2021, None)},
    ),
    _form(
        "this-year/after-a-year-said",
        "Tin về biên chế của tỉnh A\n\n(Ngày 15/7/2024) Tỉnh tiếp tục tinh giản biên chế.\n\n"
        "Năm 2021, tỉnh được giao 2.310 biên chế công chức; năm nay còn 2.198 biên chế.\n",
        {("cbcc", 2021, 2310, None, None, None), ("cbcc", 2024, 2198, None, None, None)},
    ),
    _form(
        "this-year/no-dateline",
        "Tin về biên chế của tỉnh A\n\nTỉnh tiếp tục tinh giản biên chế.\n\nNăm nay, tỉnh được "
        "giao 2.198 biên chế công chức, giảm 112 biên chế so với năm 2021.\n",
        None,
    ),
    _form(
        "this-year/a-decisions-date-is-no-dateline",
        "Tin về biên chế của tỉnh A\n\nTheo Quyết định ngày 15/7/2023, tỉnh tiếp tục tinh giản "
        "biên chế.\n\nNăm nay, tỉnh được giao 2.198 biên chế công chức, giảm 112 biên chế so "
        "với năm 2021.\n",
        None,
    ),
    _form(
        "this-year/two-datelines-of-two-years",
        "Tin về biên chế của tỉnh A\n\n(Ngày 15/7/2024) Tỉnh tiếp tục tinh giản biên chế.\n\n"
        "(Ngày 2/1/2025) Tỉnh giao biên chế.\n\nNăm nay, tỉnh được giao 2.198 biên chế công "
        "chức, giảm 112 biên chế so với năm 2021.\n",
        None,
    ),
    # eng-owed: a body called by its head word alone ("Ủy ban", "Sở") after the one body of
    # that head word the text (or its header) named in full is that body (blind AI2: "Ủy
    # ban Dân tộc" then "Ủy ban" were two units, 4 misread lines); the giver and its verb
    # before "giao cho" are no part of the receiver's name. The twins:
    # test_a_short_name_two_bodies_may_stand_for_stays_unread,
    # test_the_halves_of_cbcc_after_their_figure_stay_unread,
    # test_a_giver_is_never_the_name_of_the_body_given, test_a_former_places_year_is_its_own
    _form(
        "body/short-name-of-the-issuing-body-named-in-full",
        "ỦY BAN DÂN TỘC\n\nKẾ HOẠCH\nTinh giản biên chế giai đoạn 2022 - 2026\n\nNăm 2021, Ủy "
        "ban Dân tộc được giao 452 biên chế công chức.\nĐến năm 2026, Ủy ban còn 429 biên chế "
        "công chức, giảm 23 biên chế so với năm 2021.\n",
        {
            ("uy-ban-dan-toc-cbcc", 2021, 452, None, None, None),
            ("uy-ban-dan-toc-cbcc", 2026, 429, None, None, None),
            ("uy-ban-dan-toc-cbcc", 2026, None, 23, 2021, None),
        },
        uy_ban_dan_toc=("uy-ban-dan-toc-cbcc",),
    ),
    _form(
        "body/short-name-of-the-one-so-named-before",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2021, Sở Y tế được giao 120 biên chế "
        "công chức.\nĐến năm 2026, Sở còn 110 biên chế công chức.\n",
        {
            ("so-y-te-cbcc", 2021, 120, None, None, None),
            ("so-y-te-cbcc", 2026, 110, None, None, None),
        },
        so_y_te=("so-y-te-cbcc",),
    ),
    _form(
        "unit/the-giver-gives-to-a-body-its-posts",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2021, UBND tỉnh giao cho Sở Y tế 1.250 "
        "biên chế, gồm 250 biên chế công chức và 1.000 người làm việc.\n",
        {
            ("so-y-te", 2021, 1250, None, None, None),
            ("so-y-te-cbcc", 2021, 250, None, None, None),
            ("so-y-te-vc", 2021, 1000, None, None, None),
        },
        so_y_te=("so-y-te-cbcc", "so-y-te-vc"),
    ),
    _form(
        "subset/among-a-total-the-categories-are-its-lines",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2021, tổng biên chế của tỉnh là 50.000."
        "\nTrong đó, công chức là 3.000 người; viên chức là 47.000 người.\n",
        {
            ("tong", 2021, 50000, None, None, None),
            ("cbcc", 2021, 3000, None, None, None),
            ("vc", 2021, 47000, None, None, None),
        },
    ),
    # eng-and: two categories in one clause, each figure naming its own category right after
    # it, the clause's year said right before the shared verb with no comma ("So với năm 2025,
    # năm 2026 giảm A biên chế công chức và B người làm việc"), the base recalled named first
    # ("(công chức A biên chế, người làm việc B người)") or summed over the places merged
    # since ("(tổng số của hai tỉnh A và B cũ: ...)"). The twins:
    # test_two_categories_in_one_clause_not_each_named_stay_unread
    _form(
        "categories/year-before-the-shared-cut-no-comma",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2025, tỉnh được giao 3.210 biên chế "
        "công chức và 28.470 người làm việc.\nSo với năm 2025, năm 2026 giảm 48 biên chế công "
        "chức và 912 người làm việc.\n",
        {
            ("cbcc", 2025, 3210, None, None, None),
            ("vc", 2025, 28470, None, None, None),
            ("cbcc", 2026, None, 48, 2025, None),
            ("vc", 2026, None, 912, 2025, None),
        },
    ),
    _form(
        "categories/year-before-the-shared-cut-each-rate-in-its-parenthesis",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2021, tỉnh được giao 1.730 biên chế "
        "công chức và 15.020 người làm việc.\nNăm 2024 đã giảm 91 biên chế công chức (5,26%) "
        "và 1.470 viên chức (9,79%) so với năm 2021.\n",
        {
            ("cbcc", 2021, 1730, None, None, None),
            ("vc", 2021, 15020, None, None, None),
            ("cbcc", 2024, None, 91, 2021, "5,26%"),
            ("vc", 2024, None, 1470, 2021, "9,79%"),
        },
    ),
    _form(
        "categories/base-recalled-naming-each-category-first",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2021, tỉnh được giao 1.730 biên chế "
        "công chức và 15.020 người làm việc.\nSo với năm 2021 (công chức 1.730 biên chế, người "
        "làm việc 15.020 người), năm 2025 đã giảm 91 biên chế hành chính (tỷ lệ 5,26%) và 1.470 "
        "người làm việc (tỷ lệ 9,79%).\n",
        {
            ("cbcc", 2021, 1730, None, None, None),
            ("vc", 2021, 15020, None, None, None),
            ("cbcc", 2025, None, 91, 2021, "5,26%"),
            ("vc", 2025, None, 1470, 2021, "9,79%"),
        },
    ),
    _form(
        "categories/base-recalled-summed-over-the-provinces-merged",
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2025, tỉnh A được giao 3.044 biên chế "
        "công chức và 26.118 người làm việc.\nSo với năm 2021 (tổng số của hai tỉnh B và C cũ: "
        "3.210 biên chế công chức và 28.700 người làm việc), năm 2025 giảm 166 biên chế công "
        "chức (tỷ lệ 5,17%) và 2.582 người làm việc (tỷ lệ 9,00%).\n",
        {
            ("cbcc", 2025, 3044, None, None, None),
            ("vc", 2025, 26118, None, None, None),
            ("cbcc", 2021, 3210, None, None, None),
            ("vc", 2021, 28700, None, None, None),
            ("cbcc", 2025, None, 166, 2021, "5,17%"),
            ("vc", 2025, None, 2582, 2021, "9,00%"),
        },
    ),
    # eng-moves: posts moved between two named bodies (no body's figure; each body's posts
    # after the move, where the clause after it names both and only them), and a body named
    # first keeping its own posts as an earlier year. The twins follow, then test_moves_*
    _form(
        "move/transfer-then-each-bodys-posts-after-it",
        MOVED.format(after="Sở Giao thông vận tải còn 52 biên chế, Sở Xây dựng có 61 biên chế"),
        {
            ("so-giao-thong-van-tai", 2024, 52, None, None, None),
            ("so-xay-dung", 2024, 61, None, None, None),
        },
    ),
    _form(
        "move/transfer-requested-of-one-body-to-another-no-figure",
        "Báo cáo sơ kết\n\nNăm 2025, tỉnh được giao 1.500 biên chế công chức.\nĐề nghị Ban "
        "Thường vụ Tỉnh ủy cho phép chuyển 3 biên chế của Ban Dân vận Tỉnh ủy sang Văn phòng "
        "Tỉnh ủy trong năm 2025, không làm tăng tổng biên chế được giao.\n",
        {("cbcc", 2025, 1500, None, None, None)},
    ),
    _form(
        "move/posts-of-one-body-moved-to-another-after-a-decision-no-figure",
        "Tin tức\n\nNăm 2021, tỉnh được giao 1.500 biên chế công chức.\nThực hiện Quyết định số "
        "2210-QĐ/TU ngày 14/8/2021 của Ban Thường vụ Tỉnh ủy về điều chuyển biên chế năm 2021, "
        "theo đó 4 biên chế của Hội Nông dân tỉnh được chuyển sang Ủy ban Mặt trận Tổ quốc "
        "tỉnh.\n",
        {("cbcc", 2021, 1500, None, None, None)},
    ),
    _form(
        "kept/a-body-named-first-keeps-its-category-as-an-earlier-year",
        "Báo cáo biên chế\n\nNăm 2026, Sở Y tế đề xuất giữ nguyên 120 biên chế công chức như "
        "năm 2025.\n",
        {
            ("cbcc-so-y-te", 2026, 120, None, None, None),
            ("cbcc-so-y-te", 2026, None, 0, 2025, None),
        },
    ),
    _form(
        "kept/a-body-named-first-keeps-its-people-at-work-as-an-earlier-year",
        "Báo cáo biên chế\n\nNăm 2026, Bệnh viện Đa khoa tỉnh giữ nguyên 612 người làm việc "
        "so với năm 2025.\n",
        {
            ("vc-benh-vien-da-khoa", 2026, 612, None, None, None),
            ("vc-benh-vien-da-khoa", 2026, None, 0, 2025, None),
        },
    ),
    _form(
        "move/transfer-then-a-body-it-does-not-name",
        MOVED.format(after="Sở Tài chính còn 52 biên chế, Sở Xây dựng có 61 biên chế"),
        None,
    ),
    _form(
        "move/transfer-then-one-body-only", MOVED.format(after="Sở Xây dựng có 61 biên chế"), None
    ),
    _form(
        "move/transfer-then-both-bodies-no-year",
        MOVED.replace(" năm 2024", "").format(
            after="Sở Giao thông vận tải còn 52 biên chế, Sở Xây dựng có 61 biên chế"
        ),
        None,
    ),
    _form(
        "kept/an-authority-named-first-keeps-a-category",
        "Báo cáo biên chế\n\nNăm 2026, Sở Nội vụ đề xuất giữ nguyên 120 biên chế công chức như "
        "năm 2025.\n",
        None,
    ),
    _form(
        "kept/the-province-named-first-keeps-a-category",
        "Báo cáo biên chế\n\nNăm 2026, Ủy ban nhân dân tỉnh đề xuất giữ nguyên 120 biên chế "
        "công chức như năm 2025.\n",
        None,
    ),
    _form(
        "kept/a-body-named-first-keeps-a-category-in-no-year-of-its-own",
        "Báo cáo biên chế\n\nSở Y tế đề xuất giữ nguyên 120 biên chế công chức như năm 2025.\n",
        None,
    ),
    # eng-lt102: a place's headline change of "biên chế" alone against a year, disagreeing
    # with the body's one change of the text's total against that year (blind AD2, AI1): the
    # total's claim, so the slip is reported. Twins:
    # test_a_place_headline_change_the_body_does_not_pin_to_its_total_stays_unread
    _form(
        "headline/place-change-of-bien-che-alone-is-the-totals",
        "Tỉnh A giảm 1.286 biên chế so với năm 2021\n\n" + WHOLE_BODY,
        {*WHOLE_BODY_READ, ("tong", 2024, None, 1286, 2021, None)},
    ),
    _form(
        "headline/place-after-years-change-of-bien-che-alone-is-the-totals",
        "Tỉnh A: sau ba năm giảm 1.286 biên chế so với năm 2021\n\n" + WHOLE_BODY,
        {*WHOLE_BODY_READ, ("tong", 2024, None, 1286, 2021, None)},
    ),
    # eng-akmis: a figure's year said after it ("… là 2.677 biên chế được giao năm 2021") and
    # the words calling a figure the base of the cuts ("mốc để tính tinh giản"), which name no
    # unit (blind AK2); a change after the reserve counted inside a whole, and a count after a
    # ";" clause naming a unit once the total's words are behind it (latent, eng-paren and
    # eng-ajmis); part-time commune staff alone (latent, eng-ajread). Twins:
    # test_akmis_twins_a_base_of_no_year_a_reserve_change_and_a_clause_after_the_total
    _form(
        "year/a-base-figure-given-in-the-year-said-after-it",
        "Tin tỉnh A\n\nBiên chế công chức của tỉnh năm 2026 là 2.543 biên chế.\nVới biên chế "
        "công chức hành chính, mốc để tính tinh giản là 2.677 biên chế được giao năm 2021.\n",
        {("cbcc", 2026, 2543, None, None, None), ("cbcc", 2021, 2677, None, None, None)},
    ),
    _form(
        "year/a-base-figure-with-its-year-in-the-subject",
        "Tin tỉnh A\n\nBiên chế công chức của tỉnh năm 2026 là 2.543 biên chế.\nVề biên chế "
        "công chức, mốc năm 2021 là 2.677 biên chế.\n",
        {("cbcc", 2026, 2543, None, None, None), ("cbcc", 2021, 2677, None, None, None)},
    ),
    _form(
        "year/a-figure-given-in-the-year-said-after-it",
        "Tin tỉnh A\n\nBiên chế công chức của tỉnh năm 2026 là 2.543 biên chế.\nBiên chế công "
        "chức hành chính là 2.677 biên chế được giao năm 2021.\n",
        {("cbcc", 2026, 2543, None, None, None), ("cbcc", 2021, 2677, None, None, None)},
    ),
    _form(
        "reserve/a-change-after-the-reserve-inside-a-whole",
        "Nghị quyết giao biên chế năm 2024 của tỉnh A\n\nNăm 2024, tổng biên chế công chức của "
        "tỉnh là 2.318 biên chế, trong đó dự phòng 11 biên chế, giảm 34 biên chế so với năm "
        "2023 (2.352 biên chế).\n",
        None,
    ),
    _form(
        "reserve/the-wholes-change-before-its-reserve",
        "Nghị quyết giao biên chế năm 2024 của tỉnh A\n\nNăm 2024, tổng biên chế công chức của "
        "tỉnh là 2.318 biên chế, giảm 34 biên chế so với năm 2023 (2.352 biên chế), trong đó "
        "dự phòng 11 biên chế.\n",
        {
            ("cbcc", 2024, 2318, None, None, None),
            ("cbcc", 2024, None, 34, 2023, None),
            ("cbcc", 2023, 2352, None, None, None),
            ("du-phong", 2024, 11, None, None, None),
        },
    ),
    _form(
        "reserve/the-reserves-own-change",
        "Nghị quyết giao biên chế năm 2024 của tỉnh A\n\nNăm 2024, biên chế dự phòng của tỉnh "
        "là 11 biên chế, giảm 4 biên chế so với năm 2023.\n",
        {("du-phong", 2024, 11, None, None, None), ("du-phong", 2024, None, 4, 2023, None)},
    ),
    _form(
        "clause/a-category-with-its-own-verb-after-the-totals-figure",
        "Nghị quyết giao biên chế năm 2024 của tỉnh A\n\nTổng biên chế năm 2024 của tỉnh là "
        "5.000 biên chế; biên chế công chức năm 2024 là 3.940 biên chế.\n",
        {("tong", 2024, 5000, None, None, None), ("cbcc", 2024, 3940, None, None, None)},
    ),
    _form(
        "outside/part-time-commune-staff-alone",
        "Báo cáo tinh giản biên chế của huyện A\n\nTổng số cán bộ, công chức cấp xã được giao "
        "năm 2024 là 412 người.\nNgười hoạt động không chuyên trách ở cấp xã: 264 người.\n",
        {("cbcc-xa", 2024, 412, None, None, None)},
    ),
    _form(
        "category/commune-staff-alone",
        "Báo cáo tinh giản biên chế của huyện A\n\nTổng số cán bộ, công chức cấp xã được giao "
        "năm 2024 là 412 người.\nCán bộ, công chức cấp xã năm 2025: 400 người.\n",
        {("cbcc-xa", 2024, 412, None, None, None), ("cbcc-xa", 2025, 400, None, None, None)},
    ),
)


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        # the year compared with is not the body's
        ("Tỉnh A giảm 1.286 biên chế so với năm 2022", WHOLE_BODY),
        # a scope named: not the whole's
        ("Tỉnh A giảm 1.286 biên chế cấp tỉnh so với năm 2021", WHOLE_BODY),
        # the body's figures do not bear its own change out: which number is wrong is unsaid
        ("Tỉnh A giảm 1.286 biên chế so với năm 2021", WHOLE_BODY.replace("(25.182)", "(25.128)")),
        # the body's base figure not stated: nothing bears the body's change out
        ("Tỉnh A giảm 1.286 biên chế so với năm 2021", WHOLE_BODY.replace(" (25.182)", "")),
        # the total compared with 2021 in two years: which one the headline restates is unsaid
        (
            "Tỉnh A giảm 1.286 biên chế so với năm 2021",
            WHOLE_BODY
            + "Năm 2025, tổng biên chế của tỉnh là 23.500, giảm 1.682 so với năm 2021.\n",
        ),
    ],
)
def test_a_place_headline_change_the_body_does_not_pin_to_its_total_stays_unread(
    headline: str, body: str
) -> None:
    """eng-lt102, the twins of "headline/place-change-of-bien-che-alone-is-the-totals": the
    headline stays unread and its amount is no claim."""
    rows, _, unread = _rows(headline + "\n\n" + body)
    assert 1 in unread
    assert not any(row[3] == 1286 for row in rows)
    assert ("tong", 2024, 23914, None, None, None) in rows


def test_names_the_whole_is_a_place_and_one_change_of_bien_che_alone() -> None:
    """eng-lt102: `headlines.names_the_whole`."""
    from lotrinh.extract.headlines import names_the_whole

    assert names_the_whole("Bắc A giảm 1.286 biên chế so với năm 2021")
    assert names_the_whole("Bắc A: sau ba năm giảm 1.162 biên chế so với năm 2021")
    assert names_the_whole("Tỉnh A tăng 12 biên chế so với năm 2023")
    assert not names_the_whole("Sở Y tế giảm 86 biên chế so với năm 2021")  # a body
    assert not names_the_whole("Bắc A giảm 1.286 biên chế công chức so với năm 2021")
    assert not names_the_whole("Bắc A giảm gần 1.300 biên chế so với năm 2021")  # a bound
    assert not names_the_whole("Bắc A giảm 1.286 biên chế so với năm 2021 và 2022")
    assert not names_the_whole("các tỉnh giảm 1.286 biên chế so với năm 2021")  # no name
    assert not names_the_whole("Bắc A giảm 1.286 biên chế")  # against no year


def test_an_items_other_parenthesis_leaves_it_unread() -> None:
    """eng-items6, the twin of "item/noun-count-people-then-a-subset-in-its-parenthesis": a
    parenthesis after a "noun N người" item that opens no subset (a year's figure recalled)
    leaves the item unread, nothing of it used; the lead is read as before."""
    rows, _, unread = _rows(
        "Kế hoạch tinh giản biên chế của huyện A\n\nNăm 2021, huyện có 7.184 người, trong "
        "đó:\n- Công chức 578 người;\n- Viên chức 6.584 người (năm 2020 là 6.600 người).\n"
    )
    assert unread == {5}
    assert not any(row[0] == "huyen-vc" or row[2] == 6600 for row in rows)
    assert ("huyen-cbcc", 2021, 578, None, None, None) in rows


def test_the_item_rule_takes_suat_and_a_subset_parenthesis_but_no_verb() -> None:
    """eng-items6: the "item" rule (a list item opening with its name and count) reads "người"
    and "suất", before the end, a separator or "(trong đó có"; a verb before the count makes
    the line a sentence, never an item named by its verb ("Toàn tỉnh bố trí")."""
    from lotrinh.extract.rules import RULES

    item = next(rule for name, rule in RULES if name == "item")
    for text, name in (
        ("Công chức 133 suất;", "Công chức"),
        ("Viên chức 6.581 người (trong đó có 3.548 giáo viên);", "Viên chức"),
        ("Cấp tỉnh 9.533 người", "Cấp tỉnh"),
    ):
        found = item.match(text)
        assert found is not None and found.group("obj") == name, text
    for text in (
        "Toàn tỉnh bố trí 1.646 suất, gồm:",
        "Có 1.646 người, gồm:",
        "Viên chức 6.581 người (năm 2020 là 6.600 người);",
        "Công chức 133 suất ăn;",
    ):
        assert item.match(text) is None, text


def test_a_lead_naming_no_unit_is_the_total_only_as_the_texts_first_figure() -> None:
    """eng-items6, the twins of "lead/the-texts-first-figure-naming-no-unit-opens-its-parts":
    under a heading naming a body, or after a body's figure, the unnamed lead may be that
    body's: it is never read as the text's total ("tong")."""
    lead = "Năm 2021, được Trung ương giao 3.076 người, cụ thể:\n+ Công chức 681 người;\n"
    lead += "+ Viên chức 2.395 người.\n"
    head = "Kế hoạch tinh giản biên chế của tỉnh A\n\n"
    for before, line in (("1. Sở Y tế\n\n", 5), ("Năm 2020, Sở Y tế có 300 biên chế.\n", 4)):
        rows, _, unread = _rows(head + before + lead)
        assert line in unread, before
        assert not any(row[0] == "tong" or row[2] == 3076 for row in rows), before
    rows, _, unread = _rows(head + lead)
    assert not unread and ("tong", 2021, 3076, None, None, None) in rows


def test_bare_cuts_not_adding_up_leave_the_items_unread() -> None:
    """eng-items, the twin of "broken-down-heading/bare-cuts-against-the-figures-year": with
    the items' cuts not adding up to the figure's (20 + 11 against 30), the items stay
    unread and nothing of them is used; the figure above is read as before."""
    rows, _, unread = _rows(SHARED_OUT.format(health=11))
    assert unread == {3, 4}
    assert rows == {row for row in SHARED_OUT_ROWS if row[0] == "vc"}


def test_a_duty_subset_in_a_list_of_no_category_stays_unread() -> None:
    """eng-items, the twin of "subset-duty/in-a-list-of-a-category": under a figure naming no
    category the item with its duty's posts stays unread; without them it is read."""
    text = DUTY_ITEM.format(cat="", sub="(trong đó có 12 biên chế làm công tác văn thư)")
    rows, _, unread = _rows(text)
    assert unread == {3}
    assert not any(row[0].startswith("van-phong") for row in rows)
    rows, _, unread = _rows(DUTY_ITEM.format(cat="", sub=""))
    assert not unread
    assert ("van-phong-bo", 2025, 86, None, None, None) in rows


def test_the_duty_subset_rule_refuses_the_reserve_and_a_change() -> None:
    """eng-items: "trong đó có 12 biên chế dự phòng" is the reserve, no duty (eng-items6: the
    item's own reserve, its one subset, "Biên chế dự phòng (trong Văn phòng Bộ)"); "12 biên
    chế giảm do sắp xếp" is no duty either: not read as the item's subset."""
    text = DUTY_ITEM.format(cat=" công chức", sub="(trong đó có 12 biên chế dự phòng)")
    rows, _, _ = _rows(text)
    assert {row for row in rows if row[0].startswith("van-phong-bo-")} == {
        ("van-phong-bo-du-phong", 2025, 12, None, None, None)
    }
    units = {unit["id"]: unit for unit in extract_plan(text, "doc.txt").data["units"]}
    assert units["van-phong-bo-du-phong"]["subset_of"] == "van-phong-bo"
    assert units["van-phong-bo-du-phong"]["name"].startswith("Biên chế dự phòng")
    sub = "; trong đó có 12 biên chế giảm do sắp xếp"
    rows, _, _ = _rows(DUTY_ITEM.format(cat=" công chức", sub=sub))
    assert not any(row[0].startswith("van-phong-bo-") for row in rows), sub


def test_a_system_of_no_sector_names_no_body() -> None:
    """eng-unread, the twin of "cited-clause/shared-out": "Hệ thống" names a body only with a
    ministry's sector after it ("Hệ thống Thuế"); "Hệ thống thông tin" is no unit."""
    rows, _, unread = _rows(
        "Năm 2025:\n- Hệ thống Thuế: 33.400 biên chế;\n- Hệ thống thông tin: 2.000 biên chế."
    )
    assert rows == {("he-thong-thue", 2025, 33400, None, None, None)}
    assert unread == {3}


@pytest.mark.parametrize("form", FORMS, ids=[form.name for form in FORMS])
def test_form(form: Form) -> None:
    rows, parts, unread = _rows(form.text)
    if form.rows is None:
        assert rows == frozenset(), "a text not read whole must give nothing"
        assert unread, "and it must say so"
        return
    assert rows == form.rows
    assert not unread
    for unit, expected in form.parts:
        assert parts[unit.replace("_", "-")] == expected, unit


def test_a_row_of_unsaid_level_under_a_numbered_row_leaves_its_group_unsummed() -> None:
    """eng-af, the twins of "table/subset-row-under-a-numbered-row": with no serial and no
    "Trong đó", a row under row 1 may be a line of row 1, a row of group B or a row of its
    own: it is reported unread, and no unit open above it has parts (no sum is checked, so
    none is falsely alarmed), whether its name is a body's or not; the other rows read."""
    for name in ("Kỹ sư", "Phòng thí nghiệm trọng điểm"):
        rows, parts, unread = _rows(GROUP_ROWS.replace("Trong đó: kỹ sư", name))
        assert unread == {8}, name
        assert not any(parts.values()), name
        assert rows == {row for row in GROUP_ROWS_READ if row[0] != "ky-su"}, name


def test_a_subset_row_with_a_slip_in_a_part_keeps_the_sum() -> None:
    """eng-af: the subset row ends no list, so a part's wrong figure (row 3 at 160 in 2021:
    500 + 250 + 160 = 910, not 900) is still checked against group B."""
    text = GROUP_ROWS.replace("| 150 | 135 | 15 |", "| 160 | 135 | 25 |")
    plan = plan_from_result(extract_plan(text, "doc.md"), "doc.md")
    kinds = {(f.kind, f.position.line) for f in check_plan(plan).findings}
    assert ("sum-mismatch", 6) in kinds


def test_an_inline_subset_row_needs_no_serial_its_words_and_a_figure() -> None:
    """eng-af: `structure._inline_among`, the "| | Trong đó: kỹ sư | 300 | ... |" row."""
    from lotrinh.extract.structure import _inline_among

    assert _inline_among(["", "Trong đó: kỹ sư", "300", "270"], 1)
    assert _inline_among(["", "*Trong đó*: kỹ sư", "-", "270"], 1)
    assert not _inline_among(["", "Trong đó:", "", ""], 1)  # a label heading the rows below
    assert not _inline_among(["2", "Trong đó: kỹ sư", "300", "270"], 1)  # numbered: a row
    assert not _inline_among(["", "Kỹ sư", "300", "270"], 1)
    assert not _inline_among(["Trong đó: kỹ sư", "300", "270"], 0)  # no serial column


def test_labelled_groups_without_their_sum_rows_read_no_sum() -> None:
    """The twin of "labelled-groups": with "Cộng I" gone, where the first group ends cannot be
    told, so neither "Cộng II" nor "Tổng cộng" is read (neither as the VC total nor as the
    total of all); the lines are read, parts of nothing."""
    text = LABELLED_GROUPS.replace("| | *Cộng I* | 1.000 | 950 | 50 |\n", "")
    rows, parts, unread = _rows(text)
    assert {row[0] for row in rows} == {"cap-tinh", "cap-huyen", "giao-duc", "y-te"}
    assert all(not members for members in parts.values())
    assert unread == {11, 12}  # "Cộng II" and "Tổng cộng" rows, reported


def test_years_as_rows_sum_under_a_heading_naming_one_category() -> None:
    """A "Cộng" column beside the categories' columns is the total of all, even under a
    heading naming one category (it was read as that category's figure)."""
    text = "## Lộ trình biên chế viên chức\n\n" + YEARS_AS_ROWS.replace("Tổng cộng", "Cộng")
    rows, _, unread = _rows(text)
    assert ("tong", 2026, 9050, None, None, None) in rows
    assert ("vc", 2026, 8100, None, None, None) in rows
    assert not unread


def test_years_as_rows_with_a_row_of_another_kind() -> None:
    """The twin of "years-as-rows": a year whose row says it holds something else than the
    posts given ("ước thực hiện": staff expected in post) is not read as that year's posts;
    the other rows are."""
    text = YEARS_AS_ROWS.replace("| 2023 |", "| 2023 (ước thực hiện) |")
    rows, _, unread = _rows(text)
    assert {row[1] for row in rows} == {2021, 2026}
    assert unread == {6}


YEAR_BY_YEAR = """Lộ trình biên chế của tỉnh theo từng năm

| Năm | Công chức | Viên chức | Tổng cộng | Giảm so với năm liền trước | Tỷ lệ giảm (%) |
|---|---|---|---|---|---|
| 2021 (giao) | 500 | 4.500 | 5.000 | | |
| 2022 | 490 | 4.400 | 4.890 | 110 | 2,20 |
| 2023 | 475 | 4.050 | 4.525 | 365 | 7,46 |
| **Giảm năm 2023 so với năm 2021** | **25 (5,00%)** | **450 (10,00%)** | **475 (9,50%)** | | | |
"""


def test_years_as_rows_against_the_year_before_and_a_closing_row_of_changes() -> None:
    """Years as rows, the comparison "so với năm liền trước": each row's change is against
    the row above, the year before it; a closing bold row "Giảm năm Y so với năm B" gives
    each column's change between those two years, the rate in parentheses its rate (a blank
    cell past the header, as the row is typed, changes nothing)."""
    rows, _, unread = _rows(YEAR_BY_YEAR)
    assert rows == {
        ("cbcc", 2021, 500, None, None, None),
        ("vc", 2021, 4500, None, None, None),
        ("tong", 2021, 5000, None, None, None),
        ("cbcc", 2022, 490, None, None, None),
        ("vc", 2022, 4400, None, None, None),
        ("tong", 2022, 4890, None, None, None),
        ("tong", 2022, None, 110, 2021, "2,20%"),
        ("cbcc", 2023, 475, None, None, None),
        ("vc", 2023, 4050, None, None, None),
        ("tong", 2023, 4525, None, None, None),
        ("tong", 2023, None, 365, 2022, "7,46%"),
        ("cbcc", 2023, None, 25, 2021, "5,00%"),
        ("vc", 2023, None, 450, 2021, "10,00%"),
        ("tong", 2023, None, 475, 2021, "9,50%"),
    }
    assert not unread


def test_a_change_against_the_year_before_needs_that_year_as_a_column() -> None:
    """Bodies as rows, "Năm 2025 | Năm 2026 | Giảm so với năm liền trước": 2026 against 2025,
    read; the twin with "Năm 2024" for "Năm 2025": 2026's year before is no column, so the row
    is reported, never read as against 2024 (the chain's year before it)."""
    text = (
        "Biên chế công chức\n\n| Đơn vị | Năm {year} | Năm 2026 | Giảm so với năm liền trước |"
        "\n|---|---|---|---|\n| Sở Tài chính | 60 | 58 | 2 |\n"
    )
    rows, _, unread = _rows(text.format(year=2025))
    assert rows == _cut("so-tai-chinh", 2025, 60, 58)
    assert not unread
    rows, _, unread = _rows(text.format(year=2024))
    assert rows == frozenset()
    assert unread == {5}


def test_years_as_rows_in_bold_read_as_plain() -> None:
    """A year row set in bold in a text file ("| **2026** | **950** | ..."): the marks are no
    part of its figures; the row reads as the plain one does (the twin is the plain table)."""
    bold = YEARS_AS_ROWS.replace(
        "| 2026 | 950 | 8.100 | 9.050 | 950 | 9,5% |",
        "| **2026** | **950** | **8.100** | **9.050** | **950** | **9,5%** |",
    )
    assert bold != YEARS_AS_ROWS
    assert _rows(bold) == _rows(YEARS_AS_ROWS)


def test_years_as_rows_against_the_year_before_with_a_year_missing() -> None:
    """The twin: with 2022's row gone, 2023's "so với năm liền trước" is against 2022, a year
    the table does not give (never the 2021 row above it): that row is not read; a closing
    row naming a year the table has no row of is not read either."""
    text = YEAR_BY_YEAR.replace("| 2022 | 490 | 4.400 | 4.890 | 110 | 2,20 |\n", "").replace(
        "Giảm năm 2023 so với năm 2021", "Giảm năm 2023 so với năm 2020"
    )
    rows, _, unread = _rows(text)
    assert {row[1] for row in rows} == {2021}
    assert unread == {6, 7}


BODIES_BY_CATEGORY = (
    "Biên chế công chức và viên chức của các huyện\n\n"
    "| STT | Đơn vị | Công chức năm 2024 | Viên chức năm 2024 | Công chức năm 2025 "
    "| Viên chức năm 2025 | Tăng (+), giảm (-) công chức | Tăng (+), giảm (-) viên chức |\n"
    """|---|---|---|---|---|---|---|---|
| 1 | Huyện Đông | 60 | 900 | 58 | 910 | -2 | +10 |
| 2 | Huyện Tây | 40 | 600 | 40 | 590 | 0 | -10 |
| | **Cộng** | **100** | **1.500** | **98** | **1.500** | **-2** | **0** |
"""
)


def test_categories_as_columns_each_body_has_its_category_lines() -> None:
    """Bodies as rows, categories as columns (each for two years, and its change): each row
    gives the body's CBCC and VC lines, their figures and changes; the "Cộng" row gives the
    categories' totals."""
    rows, _, unread = _rows(BODIES_BY_CATEGORY)
    assert rows == {
        *_cut("cbcc-huyen-dong", 2024, 60, 58),
        ("vc-huyen-dong", 2024, 900, None, None, None),
        ("vc-huyen-dong", 2025, 910, None, None, None),
        ("vc-huyen-dong", 2025, None, -10, 2024, None),
        *_cut("cbcc-huyen-tay", 2024, 40, 40),
        *_cut("vc-huyen-tay", 2024, 600, 590),
        *_cut("cbcc", 2024, 100, 98),
        *_cut("vc", 2024, 1500, 1500),
    }
    assert not unread


def test_categories_as_columns_with_a_column_of_another_kind() -> None:
    """The twins: a column whose header names what no category column is ("Trong đó: giáo
    viên", a subset of the VC) leaves the table unread (its rows are reported, nothing is
    taken); a figure in a row's note leaves that row unread, the others read."""
    subset = BODIES_BY_CATEGORY.replace("Tăng (+), giảm (-) viên chức", "Trong đó: giáo viên")
    rows, _, unread = _rows(subset)
    assert rows == frozenset()
    assert unread == {5, 6, 7}
    noted = (
        BODIES_BY_CATEGORY.replace("giảm (-) viên chức |", "giảm (-) viên chức | Ghi chú |")
        .replace("|---|\n", "|---|---|\n")
        .replace("| +10 |", "| +10 | Tăng 10 viên chức cho trường mới |")
        .replace("| -10 |", "| -10 | Sáp nhập hai trường |")
        .replace("| **0** |", "| **0** | |")
    )
    rows, _, unread = _rows(noted)
    assert {row[0] for row in rows} == {"cbcc-huyen-tay", "vc-huyen-tay", "cbcc", "vc"}
    assert unread == {5}


LETTERED_GROUPS = """Biểu số lượng người làm việc giao năm 2025

| STT | Nội dung | Năm 2024 | Năm 2025 | Tăng (+), giảm (-) |
|---|---|---|---|---|
| A | Khối tỉnh | | | |
| 1 | Giáo dục | 700 | 690 | -10 |
| 2 | Y tế | 300 | 298 | -2 |
| | Cộng A | 1.000 | 988 | -12 |
| B | Khối huyện | | | |
| 1 | Giáo dục | 1.500 | 1.480 | -20 |
| | Cộng B | 1.500 | 1.480 | -20 |
| C | Dự phòng | 20 | 20 | 0 |
| | Tổng cộng (A + B + C) | 2.520 | 2.488 | -32 |
"""


def test_groups_lettered_on_rows_without_figures_close_with_their_sums() -> None:
    """Groups lettered "A", "B" on rows without figures, each closed by "Cộng A", "Cộng B",
    a group "C" with figures of its own and no lines, then the grand total: each sum row is
    its group's figure (it was reported as a sum of unclear groups)."""
    rows, parts, unread = _rows(LETTERED_GROUPS)
    assert rows == {
        *_cut("giao-duc", 2024, 700, 690),
        *_cut("y-te", 2024, 300, 298),
        *_cut("tinh", 2024, 1000, 988),
        *_cut("giao-duc-2", 2024, 1500, 1480),  # another body than the first "Giáo dục"
        *_cut("huyen", 2024, 1500, 1480),
        *_cut("du-phong", 2024, 20, 20),
        *_cut("tong", 2024, 2520, 2488),
    }
    assert parts["tong"] == ("tinh", "huyen", "du-phong")
    assert parts["tinh"] == ("giao-duc", "y-te")
    assert not unread


def test_groups_lettered_without_a_sum_row_read_no_sum() -> None:
    """The twin: without "Cộng A", where group A ends cannot be told: "Cộng B" and the
    grand total are reported, never read as some group's figure."""
    text = LETTERED_GROUPS.replace("| | Cộng A | 1.000 | 988 | -12 |\n", "")
    rows, _, unread = _rows(text)
    assert not {row for row in rows if row[0] in ("tinh", "huyen", "tong")}
    assert unread == {10, 12}


def test_categories_as_columns_in_groups_are_not_read_as_totals() -> None:
    """The twin by shape: groups numbered "I", "II", each closed by its own "Cộng": a "Cộng"
    row is some group's sum, not each category's total, so the table is not read this way
    (its rows are reported; nothing is taken as the categories' totals)."""
    text = (
        "Biên chế năm 2025\n\n| STT | Đơn vị | Công chức | Viên chức |\n|---|---|---|---|\n"
        "| I | Khối tỉnh | | |\n| 1 | Sở Tài chính | 60 | 10 |\n| | Cộng I | 60 | 10 |\n"
        "| II | Khối huyện | | |\n| 1 | Huyện Đông | 40 | 900 |\n| | Cộng II | 40 | 900 |\n"
    )
    rows, _, unread = _rows(text)
    assert not {row for row in rows if row[0] in ("cbcc", "vc", "tong")}
    assert unread


def test_categories_as_columns_of_a_commune_are_not_read() -> None:
    """The twin by row: a commune's "công chức" are cán bộ, công chức cấp xã, not the CBCC
    the header names for the other rows: a row naming a commune ("Xã Tân Phú", "Cấp xã") is
    reported, never read as CBCC; a town ("Thị xã ...") is read."""
    text = (
        BODIES_BY_CATEGORY.replace("Huyện Đông", "Xã Tân Phú")
        .replace("Huyện Tây", "Thị xã Bờ Sông")
        .replace("**Cộng**", "Cấp xã")
    )
    rows, _, unread = _rows(text)
    assert {row[0] for row in rows} == {"cbcc-thi-xa-bo-song", "vc-thi-xa-bo-song"}
    assert unread == {5, 7}


AMONG_COLUMNS = """Biên chế năm 2025 của các huyện

| STT | Đơn vị | Tổng số | Trong đó | |
|---|---|---|---|---|
| | | | Công chức | Viên chức |
| 1 | Huyện Đông | 960 | 60 | 900 |
| 2 | Huyện Tây | 640 | 40 | 600 |
| | Tổng cộng | 1.600 | 100 | 1.500 |
"""


def test_categories_under_trong_do_are_read_beside_the_sum() -> None:
    """ "Tổng số" then "Trong đó" over "Công chức | Viên chức" (two header rows, or one
    "Trong đó: Công chức"): each body's total and its CBCC and VC lines, read each on its own,
    the categories never its parts ("trong đó" does not say they are all of it); the total
    row's categories are their columns' totals."""
    rows, parts, unread = _rows(AMONG_COLUMNS)
    assert rows == {
        ("huyen-dong", 2025, 960, None, None, None),
        ("cbcc-huyen-dong", 2025, 60, None, None, None),
        ("vc-huyen-dong", 2025, 900, None, None, None),
        ("huyen-tay", 2025, 640, None, None, None),
        ("cbcc-huyen-tay", 2025, 40, None, None, None),
        ("vc-huyen-tay", 2025, 600, None, None, None),
        ("tong", 2025, 1600, None, None, None),
        ("cbcc", 2025, 100, None, None, None),
        ("vc", 2025, 1500, None, None, None),
    }
    assert not parts["huyen-dong"]  # "trong đó" lists some of the body's posts
    assert parts["cbcc"] == ("cbcc-huyen-dong", "cbcc-huyen-tay")  # a column's total
    assert not unread
    one_row = AMONG_COLUMNS.replace(
        "| Tổng số | Trong đó | |\n|---|---|---|---|---|\n| | | | Công chức | Viên chức |",
        "| Tổng số | Trong đó: Công chức | Viên chức |\n|---|---|---|---|---|",
    )
    assert one_row != AMONG_COLUMNS
    assert _rows(one_row)[0] == rows


def test_categories_under_trong_do_without_a_sum_are_not_read() -> None:
    """The twin: "Trong đó" with no sum column beside it says "of what?": the table is not
    read this way, its rows reported."""
    text = AMONG_COLUMNS.replace("| Tổng số |", "| Ghi chú |").replace("| 960 |", "| |")
    text = text.replace("| 640 |", "| |").replace("| 1.600 |", "| |")
    rows, _, unread = _rows(text)
    assert rows == frozenset()
    assert unread == {6, 7, 8}


def test_years_as_rows_under_a_group_of_posts_given() -> None:
    """Years as rows, "Biên chế được giao" over "Công chức | Viên chức | Tổng cộng": a group
    saying only that the columns are posts given names them by their own headers, so the
    table reads as its one-row form; the twin, "Số có mặt" (staff in post) over the same
    columns, is no group of posts: the table stays declined, nothing taken."""
    two_rows = YEARS_AS_ROWS.replace(
        "| Năm | Công chức | Viên chức | Tổng cộng |", "| Năm | {group} | | |"
    ).replace(
        "|---|---|---|---|---|---|\n",
        "|---|---|---|---|---|---|\n| | Công chức | Viên chức | Tổng cộng | | |\n",
    )
    rows, _, unread = _rows(two_rows.format(group="Biên chế được giao"))
    assert rows == _rows(YEARS_AS_ROWS)[0]
    assert not unread
    rows, _, unread = _rows(two_rows.format(group="Số có mặt"))
    assert rows == frozenset()
    assert unread


def test_a_group_row_under_the_header_is_no_second_header() -> None:
    """The twin by content: a row under the separator naming a group ("Khối tỉnh") below a
    header cell left blank is a row heading the rows below it, not a header naming that
    column: the table reads as with its name column's header written out."""
    text = (
        "Biên chế công chức\n\n| STT | {name} | Năm 2024 | Năm 2025 |\n|---|---|---|---|\n"
        "| | Khối tỉnh | | |\n| 1 | Sở Tài chính | 60 | 58 |\n| 2 | Sở Nội vụ | 40 | 40 |\n"
    )
    assert _rows(text.format(name="")) == _rows(text.format(name="Đơn vị"))
    assert _rows(text.format(name=""))[0]


def test_a_place_named_bang_is_no_equality() -> None:
    """ "Bằng" capitalised ends a place's name ("Huyện Hòa Bằng năm 2023 là 92 biên chế"): the
    row is read as the place's figures, never as "the same as 2023" (which left it unread as
    two figures of one year); the twin, "bằng năm 2023" in lower case, is the equality."""
    rows, _, unread = _rows(
        "Huyện Hòa Bằng năm 2023 là 92 biên chế; năm 2024 là 90 biên chế, giảm 2 biên chế so "
        "với năm 2023."
    )
    assert rows == _cut("huyen-hoa-bang", 2023, 92, 90)
    assert not unread
    rows, _, unread = _rows("Năm 2024, biên chế của Sở Tài chính là 50 biên chế, bằng năm 2023.")
    assert rows == {
        ("so-tai-chinh", 2024, 50, None, None, None),
        ("so-tai-chinh", 2024, None, 0, 2023, None),
    }
    assert not unread


TWO_HEADER_ROWS = """Biên chế của các huyện

| STT | Đơn vị | Năm 2024 | | Năm 2025 | | Tăng (+), giảm (-) | |
|---|---|---|---|---|---|---|---|
| | | Công chức | Viên chức | Công chức | Viên chức | Công chức | Viên chức |
| 1 | Huyện Đông | 60 | 900 | 58 | 910 | -2 | +10 |
| 2 | Huyện Tây | 40 | 600 | 40 | 590 | 0 | -10 |
| | **Cộng** | **100** | **1.500** | **98** | **1.500** | **-2** | **0** |
"""


def test_a_header_of_two_rows_names_each_column_by_both() -> None:
    """Years over categories, the change over each category: the second header row names
    the columns its group spans ("Năm 2024" over "Công chức | Viên chức"), so the table reads
    as its one-row header "Công chức năm 2024 | Viên chức năm 2024 | ..." would."""
    rows, _, unread = _rows(TWO_HEADER_ROWS)
    assert rows == _rows(BODIES_BY_CATEGORY)[0]
    assert not unread


def test_a_header_of_two_rows_under_a_group_of_no_year_or_category() -> None:
    """The twin: "Thực hiện" (what was done, not the posts given) over "Công chức | Viên chức
    | Tổng" says neither a year, a category nor posts: the table is left to its first row,
    which names no column's category, and its rows are reported, nothing taken; under
    "Biên chế" (posts) the same columns keep their own names and are read."""
    text = (
        "Biên chế của các huyện năm 2025\n\n| STT | Đơn vị | {group} | | |\n"
        "|---|---|---|---|---|\n"
        "| | | Công chức | Viên chức | Tổng |\n| 1 | Huyện Đông | 60 | 900 | 960 |\n"
        "| 2 | Huyện Tây | 40 | 600 | 640 |\n| | Cộng | 100 | 1.500 | 1.600 |\n"
    )
    rows, _, unread = _rows(text.format(group="Thực hiện"))
    assert rows == frozenset()
    assert unread == {6, 7, 8}
    rows, parts, unread = _rows(text.format(group="Biên chế"))
    assert ("huyen-dong", 2025, 960, None, None, None) in rows
    assert parts["huyen-dong"] == ("huyen-dong-cbcc", "huyen-dong-vc")
    assert not unread


_POSTS_2025 = "Năm 2025, tổng biên chế công chức của tỉnh là 2.000 biên chế.\n"

PEOPLE_NOT_POSTS: tuple[tuple[str, str, set[int]], ...] = (
    # a ratio of bodies ("53/63 tỉnh") counts bodies; a ratio of people is not said to be
    # people or posts
    (
        "ratio-of-bodies",
        "Đến nay đã có 53/63 tỉnh thực hiện sắp xếp; toàn ngành đã tinh giản được 35.000 cán "
        "bộ, nhân viên.",
        set(),
    ),
    ("ratio-of-bodies/of-people", "Đến nay đã bố trí 184/208 người đảm nhiệm chức danh.", {2}),
    # those who applied to leave; those asking for posts are not read
    ("applied-to-leave", "Tổng số người có đơn xin nghỉ là 1.000 người.", set()),
    ("applied-to-leave/for-posts", "Tổng số người có đơn đề nghị giao thêm là 1.000 người.", {2}),
    # positions ("vị trí lãnh đạo") are no posts; a cut of posts naming no year is not read
    ("positions", "Bộ đã giảm 36 phòng, qua đó giảm 1.260 vị trí lãnh đạo.", set()),
    ("positions/posts", "Bộ đã giảm 36 phòng, qua đó giảm 1.260 biên chế.", {2}),
    # people with a need, and its breakdown
    (
        "need",
        "Toàn tỉnh có 1.958 cán bộ, công chức, viên chức có nhu cầu nhà ở công vụ, trong đó đã "
        "bố trí chỗ ở cho 607 người.",
        set(),
    ),
    # a count naming workers on contract among its kinds counts people; without them, it is
    # not said whether people or posts (not read)
    ("with-workers", "Các trung tâm có 625 công chức, viên chức và người lao động.", set()),
    ("with-workers/without", "Các trung tâm có 625 công chức, viên chức.", {2}),
    # a list led by a count of people moved lists them; an item naming posts is not read
    (
        "people-list",
        "UBND tỉnh đã điều động, bố trí lại 50 công chức, viên chức, cụ thể:\n- 20 công chức "
        "được bố trí thực hiện nhiệm vụ tại các xã;\n- 30 viên chức làm công tác đất đai được "
        "phân bổ về các phường.",
        set(),
    ),
    (
        "people-list/posts",
        "UBND tỉnh đã điều động, bố trí lại 50 công chức, viên chức, cụ thể:\n- 20 công chức "
        "được bố trí thực hiện nhiệm vụ tại các xã;\n- 30 biên chế viên chức được giao cho các "
        "phường.",
        {4},
    ),
    # people moved between bodies, with their breakdown in parentheses
    (
        "moved",
        "Các sở đã biệt phái 17 công chức, viên chức (05 công chức, 12 viên chức) đến các xã.",
        set(),
    ),
    # "bố trí" gives posts: not read as people moved, and not read whole either
    (
        "moved/posts-verb",
        "Các sở đã bố trí 17 công chức, viên chức (05 công chức, 12 viên chức) đến các xã.",
        {2},
    ),
    (
        "moved-both-kinds",
        "- 14 công chức, viên chức được điều chuyển từ các phường thừa sang các xã còn thiếu;",
        set(),
    ),
    ("moved-both-kinds/given", "Năm 2025 giao 14 công chức, viên chức cho các xã.", {2}),
    (
        "moved-from",
        "21 công chức, viên chức từ các sở, ban, ngành được điều động về làm việc tại các xã.",
        set(),
    ),
    # a list of people, and the kinds of leaving each named before its count
    (
        "leave-kinds",
        "Phê duyệt danh sách 35 công chức, viên chức tinh giản, trong đó:\n"
        "1. Nghỉ hưu trước tuổi: 17 người;\n2. Thôi việc ngay: 18 người.",
        set(),
    ),
    # the breakdown of a count of leavers is people too; one naming posts is not read
    (
        "leavers-breakdown",
        "Tỉnh đã giải quyết chế độ cho 2.348 trường hợp, trong đó 1.863 cán bộ, công chức, viên "
        "chức và 485 người hoạt động không chuyên trách.",
        set(),
    ),
    (
        "leavers-breakdown/posts",
        "Tỉnh đã giải quyết chế độ cho 2.348 trường hợp, trong đó 1.863 biên chế công chức và 485 "
        "người hoạt động không chuyên trách.",
        {2},
    ),
    # a subject counting leavers: its count and the breakdown after it are people
    (
        "leavers-named",
        "Số người đã được giải quyết chính sách tinh giản là 642 người (theo Nghị định số "
        "108/2014/NĐ-CP: 417 người; theo Nghị định số 29/2023/NĐ-CP: 225 người).",
        set(),
    ),
    # a policy carried out for people named after it, a decree's number between; the same
    # words giving posts are not read (nor put outside)
    (
        "policy-for-people",
        "Giai đoạn 2022 - 2024, huyện đã giải quyết chính sách tinh giản biên chế theo Nghị định "
        "số 29/2023/NĐ-CP cho 57 người, với kinh phí 8,1 tỷ đồng.",
        set(),
    ),
    (
        "policy-for-people/posts",
        "Giai đoạn 2022 - 2024, huyện đã giải quyết chính sách tinh giản biên chế theo Nghị định "
        "số 29/2023/NĐ-CP cho 57 biên chế.",
        {2},
    ),
    (
        "policy-for-people/posts-given",
        "Giai đoạn 2022 - 2024, huyện đã giải quyết chính sách tinh giản biên chế, giao cho các "
        "xã 57 biên chế.",
        {2},
    ),
    # "thực hiện tinh giản đối với N người", its breakdown in parentheses; posts given to
    # people ("thực hiện giao biên chế đối với") are not read
    (
        "streamlined-for",
        "Năm 2024, tỉnh đã thực hiện tinh giản đối với 75 người (20 công chức, 55 viên chức).",
        set(),
    ),
    (
        "streamlined-for/given",
        "Năm 2024, tỉnh đã thực hiện giao biên chế đối với 75 người (20 công chức, 55 viên chức).",
        {2},
    ),
    (
        "streamlined-for/another-rule-first",
        "Năm 2024, Bộ đã thực hiện tinh giản đối với 64 người, chủ yếu là viên chức.",
        set(),
    ),
    # a decree's number between a leavers' count and its breakdown; a breakdown naming posts
    # is not read
    (
        "leavers-breakdown-after-decree",
        "Năm 2024, Bộ đã giải quyết chính sách cho 64 người theo Nghị định số 29/2023/NĐ-CP, "
        "trong đó 20 công chức và 44 viên chức.",
        set(),
    ),
    (
        "leavers-breakdown-after-decree/posts",
        "Năm 2024, Bộ đã giải quyết chính sách cho 64 người theo Nghị định số 29/2023/NĐ-CP, "
        "trong đó 20 biên chế công chức và 44 viên chức.",
        {2},
    ),
    # people expected to leave, named with a decree and a period
    (
        "leavers-expected",
        "Số người dự kiến tinh giản theo Nghị định số 29/2023/NĐ-CP giai đoạn 2024 - 2026 là 120 "
        "người (40 công chức, 80 viên chức).",
        set(),
    ),
    (
        "leavers-expected/posts",
        "Số biên chế dự kiến giao theo Nghị định số 29/2023/NĐ-CP giai đoạn 2024 - 2026 là 120 "
        "người.",
        {2},
    ),
    # part of a leavers' period, after its count; after a cut of posts, a few months' count
    # is no figure of the year (not read)
    (
        "leavers-part-of-period",
        "Giai đoạn 2022 - 2024, toàn tỉnh đã giải quyết chế độ cho 510 người; riêng 9 tháng năm "
        "2024 là 160 người.",
        set(),
    ),
    (
        "leavers-part-of-period/after-a-cut",
        "Năm 2024 toàn tỉnh giảm 510 biên chế so với năm 2023; riêng 9 tháng năm 2024 là 160 "
        "người.",
        {2},
    ),
    # positions cut ("số cấp phó"), beside bodies cut; a category's cut with no year is not
    # read
    ("positions-cut", "Toàn tỉnh đã giảm 9 đầu mối cấp sở; số cấp phó giảm 41 người.", set()),
    (
        "positions-cut/category",
        "Toàn tỉnh đã giảm 9 đầu mối cấp sở; số công chức giảm 41 người.",
        {2},
    ),
    # people above a quota; people in post without the quota are not read
    (
        "above-quota",
        "Số công chức cấp xã hiện có vượt số lượng quy định (27 người) được bố trí theo lộ trình.",
        set(),
    ),
    (
        "above-quota/the-quota",
        "Cấp xã hiện có 1.300 người, vượt số lượng quy định (1.250 người).",
        {2},
    ),
    (
        "above-quota/not-above",
        "Số công chức cấp xã hiện có không vượt số lượng quy định (1.250 người).",
        {2},
    ),
    (
        "above-quota/in-post",
        "Số công chức cấp xã hiện có (27 người) được bố trí theo lộ trình.",
        {2},
    ),
    # all a plan leaves out, a note in parentheses inside it; after the clause ends, a count
    # given is not left out
    (
        "left-out-with-a-note",
        "Kế hoạch này không bao gồm 2.100 cán bộ, công chức cấp xã (theo Nghị định số "
        "33/2023/NĐ-CP) và 30 biên chế các hội.",
        set(),
    ),
    (
        "left-out-with-a-note/given-after",
        "Kế hoạch này không bao gồm 2.100 cán bộ, công chức cấp xã (theo Nghị định số "
        "33/2023/NĐ-CP); năm 2025 giao 30 biên chế các hội.",
        {2},
    ),
    # a share of the leavers counted; a share of posts is not read
    (
        "share-of-leavers",
        "Năm 2024, tỉnh đã giải quyết tinh giản cho 90 trường hợp; trong đó nghỉ hưu trước tuổi "
        "chiếm 60%.",
        set(),
    ),
    (
        "share-of-leavers/of-posts",
        "Năm 2024, tỉnh được giao 90 biên chế; trong đó cấp huyện chiếm 60%.",
        {2},
    ),
    # money paid to people streamlined; "N biên chế tinh giản" may be posts cut (not read)
    ("paid-to-leavers", "Tỉnh đã chi 12,5 tỷ đồng cho 84 người tinh giản biên chế.", set()),
    ("paid-to-leavers/posts", "Tỉnh đã chi 12,5 tỷ đồng cho 84 biên chế tinh giản.", {2}),
    # contract staff named first, their count in parentheses after; posts named between are
    # not read as contract staff
    (
        "contract-named-first",
        "Các trường hợp hợp đồng theo Nghị định số 68/2000/NĐ-CP ở các trường học (410 người) "
        "không thuộc số lượng người làm việc nêu trên.",
        set(),
    ),
    (
        "contract-named-first/posts-between",
        "Số hợp đồng lao động và biên chế công chức của các sở (120 người).",
        {2},
    ),
    # staff on contract named by their work after the count, and their change
    (
        "working-on-contract",
        "Đến ngày 31/3/2025, các cơ quan đang sử dụng 860 người làm việc theo hợp đồng lao động, "
        "giảm 40 người.",
        set(),
    ),
    (
        "working-on-contract/posts",
        "Đến ngày 31/3/2025, các cơ quan đang sử dụng 860 người làm việc, giảm 40 người.",
        {2},
    ),
    # a surplus and a shortage of people by kind of work
    (
        "surplus-and-shortage",
        "Đội ngũ công chức vừa thừa vừa thiếu: thừa 310 công chức làm văn thư; thiếu 280 công "
        "chức chuyên sâu về y tế.",
        set(),
    ),
    (
        "surplus-and-shortage/posts",
        "Đội ngũ công chức vừa thừa vừa thiếu: có 310 công chức làm văn thư; thiếu 280 công chức "
        "chuyên sâu về y tế.",
        {2},
    ),
    # people in post on a day of the report's year, named by no category before the count
    # (outside, as "Số biên chế hiện có là N" is); posts given that day are not read
    ("in-post-on-a-day-of-the-year", "Số có mặt tính đến ngày 1/9 là 1.950 công chức.", set()),
    (
        "in-post-on-a-day-of-the-year/given",
        "Số được giao tính đến ngày 1/9 là 1.950 công chức.",
        {2},
    ),
    # people off the budget's payroll over a span of years, compared with no figure; posts
    # cut over the same span, or the same people compared with a year, are not read
    (
        "payroll-over-years",
        "Trong hai năm 2022 - 2023, số người hưởng lương từ ngân sách nhà nước đã giảm 4.120 "
        "người.",
        set(),
    ),
    (
        "payroll-over-years/posts",
        "Trong hai năm 2022 - 2023, biên chế công chức đã giảm 412 người.",
        {2},
    ),
    (
        "payroll-over-years/compared",
        "Trong hai năm 2022 - 2023, số người hưởng lương từ ngân sách nhà nước đã giảm 4.120 "
        "người so với năm 2021.",
        {2},
    ),
    # hospitals counted are bodies; people counted in them are not said to be posts or not
    (
        "hospitals",
        "Bộ quản lý 61 đơn vị sự nghiệp công lập, trong đó 34 bệnh viện đã tự chủ chi thường "
        "xuyên.",
        set(),
    ),
    (
        "hospitals/people",
        "Bộ quản lý 61 đơn vị sự nghiệp công lập, trong đó 34 người ở bệnh viện.",
        {2},
    ),
    # a leavers' breakdown after a semicolon; one giving posts there is not read
    (
        "leavers-breakdown-after-semicolon",
        "Cả nước đã tinh giản 960 người; trong đó có 34 người thuộc các cơ quan của Đảng, 926 "
        "người ở đơn vị sự nghiệp công lập.",
        set(),
    ),
    (
        "leavers-breakdown-after-semicolon/posts",
        "Cả nước đã tinh giản 960 người; trong đó năm 2025 giao 1.000 biên chế.",
        {2},
    ),
    # an average per body, "của mỗi"; an average said of all the bodies is no unit's figure
    # either, and is not read (it was a unit named "bình quân ...")
    (
        "average-per-body",
        "Theo phương án, biên chế bình quân của mỗi xã dự kiến khoảng 30 biên chế (chưa tính "
        "khối đảng).",
        set(),
    ),
    (
        "average-per-body/of-all",
        "Theo phương án, biên chế bình quân của các xã dự kiến là 30 biên chế.",
        {2},
    ),
    # a count of leavers is outside; a cut whose count leavers follow is not said to be of
    # posts or of people, and is not read (never hidden outside)
    ("leavers-after-count", "Năm 2025 có 312 viên chức nghỉ việc theo chính sách.", set()),
    (
        "leavers-after-count/a-cut",
        "Năm 2025 giảm 312 viên chức nghỉ việc so với năm 2024.",
        {2},
    ),
    (
        "leavers-named/posts",
        "Số người làm việc được giao là 642 người (theo Nghị định số 108/2014/NĐ-CP: 417 người; "
        "theo Nghị định số 29/2023/NĐ-CP: 225 người).",
        {2},
    ),
)


@pytest.mark.parametrize(
    ("name", "text", "unread"), PEOPLE_NOT_POSTS, ids=[case[0] for case in PEOPLE_NOT_POSTS]
)
def test_people_not_posts(name: str, text: str, unread: set[int]) -> None:
    """Counts of people moved or leaving, which the form says for certain are no posts, are
    outside the plan (neither read nor reported); a near form that may state posts is reported
    unread, never put outside."""
    rows, _, lines = _rows(_POSTS_2025 + text)
    assert rows == {("cbcc", 2025, 2000, None, None, None)}
    assert lines == unread, name


def test_a_label_that_is_no_leaving_is_read() -> None:
    """The twin of "leave-kinds": items naming bodies before their counts are the posts'."""
    rows, _, unread = _rows(
        "Năm 2026, tổng biên chế công chức của tỉnh là 2.000 biên chế.\nPhê duyệt biên chế công "
        "chức năm 2026, trong đó:\n1. Cấp tỉnh: 17 người;\n2. Cấp huyện: 18 người."
    )
    assert ("cap-tinh", 2026, 17, None, None, None) in rows
    assert not unread


def test_one_unit_twice_in_a_year_is_not_read() -> None:
    """Items whose figure has no year but the paragraph's, recalling that same year in their
    parenthesis ("1.018 biên chế (năm 2021 là 1.052 biên chế)" under a 2021 sentence): two
    figures of one unit and year, neither used (the second used to overwrite the first)."""
    rows, _, unread = _rows(
        "Năm 2021, biên chế công chức là 1.812 biên chế.\n- Cấp tỉnh: 1.018 biên chế (năm 2021 "
        "là 1.052 biên chế);\n- Cấp huyện: 727 biên chế (năm 2021 là 760 biên chế)."
    )
    assert rows == {("cbcc", 2021, 1812, None, None, None)}
    assert unread == {2, 3}


def test_a_figure_two_units_were_given_is_recalled_by_none() -> None:
    rows, _, unread = _rows(
        RECALLED.format(
            first="là 16.335 người; biên chế công chức là 16.335 biên chế", again="16.335"
        )
    )
    assert {row[0] for row in rows} == {"vc", "cbcc"}
    assert unread == {2}


def test_a_list_opened_after_a_sentence_not_read_is_of_no_unit() -> None:
    """The twin of "list-against-previous": "Số giảm từng năm so với năm trước:" right after a
    sentence not read opens no list on an older sentence's unit (the items were read as the
    CBCC line above, a misread the lead-in rule exposed)."""
    rows, _, unread = _rows(
        "1. Công chức: năm 2021 là 78 biên chế.\n2. Viên chức: năm 2026 giảm 169 người. Số "
        "giảm từng năm so với năm trước:\n- Năm 2022: giảm 34 người;\n- Năm 2023: giảm 34 "
        "người."
    )
    assert rows == {("cbcc", 2021, 78, None, None, None)}
    assert unread == {2, 3, 4}


def test_contracts_in_bodies_are_no_posts() -> None:
    rows, _, unread = _rows(
        "Năm 2023, biên chế công chức của tỉnh là 2.000 biên chế.\nRà soát lao động hợp đồng "
        "làm công việc hỗ trợ trong các cơ quan hành chính thuộc tỉnh (năm 2023 là 300 người)."
    )
    assert rows == {("cbcc", 2023, 2000, None, None, None)}
    assert unread == set()  # contract staff: outside the plan, as "lao động hợp đồng: N" is


def test_a_year_from_the_top_holds_until_the_text_turns_to_another() -> None:
    """A report's headline year governs its body only until a line turns to another year:
    a figure below "Biên chế năm 2025" must never be filed under the headline's 2024, even
    where that line is not read as a heading (it ends a sentence)."""
    rows, _, unread = _rows(
        "Tỉnh Bình An công bố biên chế năm 2024\n\nBiên chế công chức 1.950 biên chế.\n\n"
        "Biên chế năm 2025 sẽ được giao sau.\n\nBiên chế công chức 1.930 biên chế."
    )
    assert ("cbcc", 2024, 1930, None, None, None) not in rows
    assert 7 in unread


def test_a_sentence_counting_posts_with_contract_staff_is_never_dropped_unread() -> None:
    """Contract staff are outside the plan, but a sentence that also counts posts ("Số người
    làm việc và hợp đồng 111 ... là 1.522 chỉ tiêu") is reported when not read, never set
    outside silently: a document holding it must not check clean."""
    rows, _, unread = _rows(
        "Năm 2024, tổng biên chế công chức là 2.000 biên chế.\nSố người làm việc và hợp đồng 111 "
        "hưởng lương từ nguồn thu sự nghiệp năm 2024 là 1.522 chỉ tiêu."
    )
    assert rows == {("cbcc", 2024, 2000, None, None, None)}
    assert unread == {2}
    rows, _, unread = _rows(
        "Năm 2024, tổng biên chế công chức là 2.000 biên chế.\nNăm 2024, các đơn vị sự nghiệp "
        "nhóm 4 ký 120 hợp đồng lao động theo Nghị định 111."
    )
    assert rows == {("cbcc", 2024, 2000, None, None, None)}
    assert unread == set()  # contract staff alone, and 'nhóm 4' names a class: outside


def test_counted_besides_the_figure_above_is_never_that_figure_again() -> None:
    rows, _, unread = _rows(
        "Năm 2013, số lượng người làm việc là 58.549 người.\nNgoài số trên, các đơn vị sự nghiệp "
        "có 642 người do đơn vị tự trang trải kinh phí."
    )
    assert rows == {("vc", 2013, 58549, None, None, None)}
    # (people paying their own way hold no post: outside since session 8, never read)
    assert unread == set()
    rows, _, unread = _rows(  # who they are not said: unread
        "Năm 2013, số lượng người làm việc là 58.549 người.\nNgoài số trên, các đơn vị sự nghiệp "
        "có 642 người."
    )
    assert rows == {("vc", 2013, 58549, None, None, None)}
    assert unread == {2}
    rows, _, unread = _rows(  # a unit named on its own, besides: read
        "Năm 2013, số lượng người làm việc là 58.549 người.\nNgoài số trên, tỉnh giao thêm 123 "
        "biên chế sự nghiệp dự phòng."
    )
    assert ("du-phong", 2013, 123, None, None, None) in rows
    assert unread == set()


def test_an_item_naming_what_it_counts_is_never_the_unit_above_in_its_year() -> None:
    """ "+ Số tăng thêm năm 2013: 962 biên chế" is the increase, not VC's 2013 figure; "+ Năm
    2013: 27.573 biên chế" under the unit is that unit in 2013."""
    rows, _, unread = _rows(
        "Năm 2013\n- Biên chế viên chức: 27.573 biên chế, trong đó:\n+ Số năm 2012 chuyển sang: "
        "26.611 biên chế;\n+ Số tăng thêm năm 2013: 962 biên chế."
    )
    assert rows == {("vc", 2013, 27573, None, None, None)}
    assert unread == {3, 4}
    rows, _, unread = _rows(
        "- Biên chế viên chức năm 2012: 26.611 biên chế, trong đó:\n+ Năm 2013: 27.573 biên chế."
    )
    assert rows == {("vc", 2012, 26611, None, None, None), ("vc", 2013, 27573, None, None, None)}


def test_items_of_an_unread_list_never_take_another_year() -> None:
    """The opener "2. Thống nhất giao 1.027 ... năm 2025, giảm 19 biên chế, cụ thể:" is not
    read (its cut names no base); its items must not be read as 2024's (the year of the item
    above), nor as parts of anything. (With its base, "so với năm 2024", it is read: see
    test_a_block_given_one_categorys_posts_changes_and_lists_that_line.)"""
    rows, _, unread = _rows(
        "1. Năm 2024, khối Đảng được giao 1.046 biên chế cán bộ, công chức.\n\n2. Thống nhất "
        "giao 1.027 biên chế cán bộ, công chức cho các cơ quan Đảng năm 2025, giảm 19 biên chế, "
        "cụ thể:\n- Cấp tỉnh: 289 biên chế;\n- Cấp huyện: 738 biên chế."
    )
    assert rows == {("dang-cbcc", 2024, 1046, None, None, None)}
    assert unread == {3, 4, 5}


def test_bodies_listed_with_their_counts_are_siblings_not_parts_of_the_first() -> None:
    """A name's own parenthesis ("các cục (Cục A, Cục B)") opens no list; a list's first item
    after "gồm:" with no figure before it is never its owner's figure (CBCC = 412)."""
    rows, parts, unread = _rows(
        "Năm 2024, khối các vụ, Văn phòng Bộ và Thanh tra Bộ có 418 biên chế; các cục (Cục A, "
        "Cục B) có 557 biên chế; Cục An toàn thực phẩm 63 biên chế."
    )
    assert {row[2] for row in rows} == {418, 557, 63}
    assert all(not members for members in parts.values())
    rows, _, unread = _rows(
        "Biên chế công chức năm 2026 được phân bổ gồm: các vụ, Văn phòng Bộ, Thanh tra Bộ 412 "
        "biên chế; Tổng cục Đường bộ 1.036 biên chế."
    )
    assert rows == frozenset() and unread == {1}


def test_another_years_figure_is_the_same_units_only_when_nothing_else_is_named() -> None:
    """ "... đến năm 2026; số công chức hiện có là 3.475 người": the words before the count name
    something else (staff in post), so it is never the total's 2026 figure; "năm 2023 con số
    này dự kiến còn N" names nothing else, and is."""
    rows, _, unread = _rows(
        "Năm 2023, tổng biên chế công chức của tỉnh là 3.591 biên chế, giảm 49 biên chế so với "
        "năm 2022; mức giảm 5% Bộ Chính trị yêu cầu được thực hiện đến năm 2026; số công chức "
        "hiện có là 3.475 người."
    )
    assert not any(value == 3475 for _, _, value, *_ in rows)
    # (the staff in post named by their category are people, outside: the rest is read)
    assert ("cbcc", 2023, 3591, None, None, None) in rows
    assert not unread
    rows, _, unread = _rows(
        "Năm 2022 toàn tỉnh có 54.864 người làm việc; năm 2023 con số này dự kiến còn 54.108 người."
    )
    assert rows == {("vc", 2022, 54864, None, None, None), ("vc", 2023, 54108, None, None, None)}


OWN_BODY = (
    "1. Biên chế công chức: năm 2021, {body} được giao 1.146 biên chế công chức; đến hết năm "
    "2026 còn 1.089 biên chế.\n"
    "2. Năm 2024: công chức còn 1.110 biên chế.\n"
)


def test_the_body_whose_plan_it_is_names_no_other_line() -> None:
    """ "Bộ được giao" in a ministry's plan (or "tỉnh" in a province's) is the plan's whole
    scope: its civil servants are the same line as "công chức" a few lines down, so a
    target reads 2021, 2024 and 2026 of one unit."""
    rows, _, unread = _rows(OWN_BODY.format(body="Bộ"))
    assert rows == {
        ("cbcc", 2021, 1146, None, None, None),
        ("cbcc", 2024, 1110, None, None, None),
        ("cbcc", 2026, 1089, None, None, None),
    }
    assert unread == set()


def test_a_named_ministry_is_a_line_of_its_own() -> None:
    # Twin: "Bộ Tài chính" names one ministry among others, never the plan's whole scope.
    rows, _, _ = _rows(OWN_BODY.format(body="Bộ Tài chính"))
    assert rows == {
        ("cbcc-bo-tai-chinh", 2021, 1146, None, None, None),
        ("cbcc", 2024, 1110, None, None, None),
        ("cbcc-bo-tai-chinh", 2026, 1089, None, None, None),
    }


NAMED_TWICE = (
    "Năm 2021, biên chế công chức thuộc các bộ là 1.600 biên chế; năm 2026 là 1.500 biên chế.\n"
    "\n"
    "| TT | Bộ | Biên chế công chức năm 2026 |\n"
    "|---|---|---|\n"
    "| 1 | Bộ Tài chính | 900 |\n"
    "| 2 | Bộ Tư pháp | {second} |\n"
    "|  | Cộng | {total} |\n"
)


def test_a_line_named_by_its_category_alone_with_the_same_figures_is_the_same_line() -> None:
    """The table's "Cộng" (headed "Biên chế công chức", the category alone) states 1.500 for
    2026, as the text's "công chức thuộc các bộ" does: one line named two ways, which holds
    2021 and 2026, so KL 40 can be measured (by hand: 1.600 → 1.500, 100 ≥ 80 needed)."""
    text = NAMED_TWICE.format(second="600", total="1.500")
    rows, parts, _ = _rows(text)
    assert rows == {
        ("cbcc-thuoc-bo", 2021, 1600, None, None, None),
        ("cbcc-thuoc-bo", 2026, 1500, None, None, None),
        ("bo-tai-chinh", 2026, 900, None, None, None),
        ("bo-tu-phap", 2026, 600, None, None, None),
    }
    assert parts["cbcc-thuoc-bo"] == ("bo-tai-chinh", "bo-tu-phap")
    targets = extract_plan(text, "doc.txt").data["targets"]
    assert [(t["id"], t.get("units", t.get("category"))) for t in targets] == [
        ("kl40-cbcc", "CBCC")
    ]


def test_lines_whose_figures_differ_stay_two_lines() -> None:
    # Twin: the table's total is 1.400 for 2026, the text's 1.500: two lines, never merged.
    rows, parts, _ = _rows(NAMED_TWICE.format(second="500", total="1.400"))
    assert ("cbcc", 2026, 1400, None, None, None) in rows
    assert ("cbcc-thuoc-bo", 2026, 1500, None, None, None) in rows
    assert parts["cbcc"] == ("bo-tai-chinh", "bo-tu-phap")


@pytest.mark.parametrize(
    "headline",
    [
        "Bình An giảm 130 biên chế sau bảy năm",  # another amount than the body's
        "Bình An giảm 120 biên chế so với năm 2015",  # a base year the body does not compare
    ],
)
def test_a_yearless_headline_change_is_read_only_as_the_bodys_one(headline: str) -> None:
    rows, _, unread = _rows(
        f"{headline}\n\nTừ năm 2017 đến năm 2024, tổng biên chế của huyện giảm 120 biên chế "
        "(giảm 30%)."
    )
    assert rows == {("tong", 2024, None, 120, 2017, "30%")}
    assert unread == {1}
    # two changes of the amount in the body: which one the headline restates is not said
    rows, _, unread = _rows(
        "Bình An giảm 120 biên chế\n\nTừ năm 2017 đến năm 2024, tổng biên chế của huyện giảm "
        "120 biên chế. Năm 2024, số viên chức của huyện giảm 120 người so với năm 2023."
    )
    assert 1 in unread and not any(row[3] == 120 and row[4] is None for row in rows)


@pytest.mark.parametrize(
    "named",
    [
        "Nhóm sự nghiệp khác có",  # no word opening a list: some of its posts, or all?
        "Nhóm sự nghiệp khác năm 2024 gồm",  # another year than the sentence before's
    ],
)
def test_a_unit_named_again_lists_its_parts_only_after_a_list_word(named: str) -> None:
    rows, _, unread = _rows(
        f"Năm 2025, số người làm việc của tỉnh là 31.000 người. {named} 201 người ở các đơn vị "
        "thuộc UBND tỉnh và 938 người ở các đơn vị thuộc các sở."
    )
    assert rows == {("vc", 2025, 31000, None, None, None)}
    assert unread == {1}


def test_a_headline_of_several_categories_that_disagrees_is_the_claim_found_wrong() -> None:
    text = MANY_NAMED.format(headline="1.330", year="2023")
    rows, _, unread = _rows(text)
    assert ("tong", 2023, 1330, None, None, None) in rows and not unread
    plan = plan_from_result(extract_plan(text, "tin.txt"), "tin.txt")
    assert [(f.kind, f.position.line) for f in check_plan(plan).findings] == [("claim-value", 1)]


def test_a_headline_of_several_categories_is_read_only_as_the_bodys_unit_of_them() -> None:
    # another year than the body's
    rows, _, unread = _rows(MANY_NAMED.format(headline="1.300", year="2024"))
    assert unread == {1} and all(row[0] != "tong" or row[1] == 2023 for row in rows)
    # no unit of the body is made of those categories
    rows, _, unread = _rows(
        "Tỉnh A tạm giao 1.300 người làm việc trong đơn vị sự nghiệp công lập, các hội; cán bộ, "
        "công chức cấp xã năm 2023\n\nNăm 2023, số người làm việc trong đơn vị sự nghiệp công "
        "lập là 1.000 chỉ tiêu.\n"
    )
    assert rows == {("vc", 2023, 1000, None, None, None)} and unread == {1}


def test_a_headline_cut_of_another_amount_than_the_leavers_is_not_read() -> None:
    rows, _, unread = _rows(LEAVERS_HEADLINE.format(leavers="130", change=""))
    assert rows == {("tong", 2019, 5000, None, None, None)} and unread == {1}


def test_a_quoted_comparison_after_other_words_is_not_fronted() -> None:
    """The twin of "fronted/quoted": words before the comparison in the quotation."""
    rows, _, unread = _rows(
        'Năm 2026, tổng biên chế của tỉnh là 5.000 biên chế.\nGiám đốc Sở Nội vụ cho biết: "Theo '
        "lộ trình, so với năm 2021, biên chế công chức giảm 63 biên chế; viên chức giảm 18 biên "
        'chế".'
    )
    assert rows == {("tong", 2026, 5000, None, None, None)} and unread == {2}


def test_a_headline_comparing_with_another_year_than_the_body_is_not_read() -> None:
    """The twin of "headline-change/base-only"."""
    rows, _, unread = _rows(
        "Bộ A đã giảm 98 biên chế công chức so với năm 2020\n\nNăm 2024, Bộ A được giao 1.860 "
        "biên chế công chức, giảm 98 biên chế so với năm 2021."
    )
    assert rows == {
        ("bo-a-cbcc", 2024, None, 98, 2021, None),
        ("bo-a-cbcc", 2024, 1860, None, None, None),
    }
    assert unread == {1}


def test_a_later_clause_leaves_the_first_clauses_year_and_comparison_unsaid() -> None:
    """A ministry's summing-up: "Như vậy," names nothing, and the clause after ";" changing
    another category says neither year nor base, as the first clause said them. Its twin
    names a base of its own, which it keeps; a clause naming another year is not read."""
    rows, _, unread = _rows(
        "Như vậy, đến năm 2026 biên chế công chức của Bộ giảm 98 biên chế, bằng 6,38% so với "
        "năm 2021; số người làm việc hưởng lương từ ngân sách nhà nước giảm 521 người, bằng "
        "10,49%."
    )
    assert rows == {
        ("cbcc", 2026, None, 98, 2021, "6,38%"),
        ("vc", 2026, None, 521, 2021, "10,49%"),
    }
    assert unread == set()
    rows, _, _ = _rows(
        "Như vậy, đến năm 2026 biên chế công chức của Bộ giảm 98 biên chế so với năm 2021; số "
        "người làm việc giảm 521 người so với năm 2025."
    )
    assert rows == {("cbcc", 2026, None, 98, 2021, None), ("vc", 2026, None, 521, 2025, None)}
    rows, _, unread = _rows(
        "Đến năm 2026 biên chế công chức giảm 98 biên chế so với năm 2021; năm 2025 số người làm "
        "việc giảm 521 người."
    )
    assert rows == frozenset() and unread == {1}


def test_a_clause_fronting_its_comparison_with_the_base_figure() -> None:
    """ "...; so với năm 2021 (1.417 biên chế) giảm 72 biên chế": after ";", the comparison
    and the base year's figure come before the change, of the unit the sentence stated. With
    no unit stated before it, the parenthesis is nobody's and nothing is read."""
    rows, _, unread = _rows(
        "Biên chế công chức năm 2025 là 1.345 biên chế, giảm 17 biên chế so với năm 2024; so "
        "với năm 2021 (1.417 biên chế) giảm 72 biên chế, tỷ lệ 5,08%."
    )
    assert rows == {
        ("cbcc", 2025, 1345, None, None, None),
        ("cbcc", 2021, 1417, None, None, None),
        ("cbcc", 2025, None, 17, 2024, None),
        ("cbcc", 2025, None, 72, 2021, "5,08%"),
    }
    assert unread == set()
    rows, _, unread = _rows(
        "Năm 2024 biên chế công chức là 1.362 biên chế.\n\nNăm 2025 giảm 17 biên chế so với "
        "năm 2024; so với năm 2021 (1.417 biên chế) giảm 72 biên chế."
    )
    assert rows == {("cbcc", 2024, 1362, None, None, None)} and unread == {3}
    rows, _, unread = _rows(
        "Tổng số người làm việc năm 2025 là 20.369 người, giảm 282 người so với năm 2024; so với "
        "số giao năm 2021 (22.694 người) giảm 2.325 người, tương ứng 10,24%."
    )
    assert ("vc", 2021, 22694, None, None, None) in rows and unread == set()
    assert ("vc", 2025, None, 2325, 2021, "10,24%") in rows


def test_about_a_round_count_is_no_figure_even_after_a_verb() -> None:
    """ "toàn tỉnh có khoảng 31.000 người làm việc" is a round bound (outside), however the
    sentence opens; the same count stated without "khoảng" is the province's figure."""
    rows, _, unread = _rows(
        "Năm 2023 toàn tỉnh có 31.122 người làm việc.\n\nNhư vậy, toàn tỉnh có khoảng 31.000 "
        "người làm việc hưởng lương từ ngân sách nhà nước."
    )
    assert rows == {("vc", 2023, 31122, None, None, None)} and unread == set()
    rows, _, _ = _rows("Theo đó, năm 2023 toàn tỉnh có 31.000 người làm việc.")
    assert rows == {("vc", 2023, 31000, None, None, None)}


def test_a_figures_parts_listed_after_its_change_add_up_to_it() -> None:
    """ "là 48.562, giảm 3.449 ..., tỷ lệ giảm 6,63%; gồm khối A 1.684, ...": the blocks
    listed after the change are the figure's parts where they add up to it (a block's name
    may hold commas; "hội có tính chất đặc thù" has no verb in it). The twin's items add up
    to the change instead: which figure they break down is not read."""
    rows, parts, unread = _rows(
        "Tổng biên chế của hệ thống chính trị tỉnh năm 2025 là 48.562, giảm 3.449 so với năm "
        "2021, tỷ lệ giảm 6,63%; gồm khối Đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã "
        "hội 1.684, khối chính quyền 46.731 và các hội có tính chất đặc thù 147."
    )
    assert rows == {
        ("tong", 2025, 48562, None, None, None),
        ("tong", 2025, None, 3449, 2021, "6,63%"),
        ("dang", 2025, 1684, None, None, None),
        ("chinh-quyen", 2025, 46731, None, None, None),
        ("hoi", 2025, 147, None, None, None),
    }
    assert parts["tong"] == ("dang", "chinh-quyen", "hoi") and unread == set()
    rows, _, unread = _rows(
        "Tổng biên chế của hệ thống chính trị tỉnh năm 2025 là 48.562, giảm 3.449 so với năm "
        "2021, tỷ lệ giảm 6,63%; gồm khối Đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã "
        "hội 87, khối chính quyền 3.353 và các hội có tính chất đặc thù 9."
    )
    assert rows == frozenset() and unread == {1}


def test_a_change_from_the_base_figure_said_as_its_equivalent() -> None:
    """ "có 1.684 biên chế (...), giảm từ 1.771 biên chế năm 2021, tương ứng giảm 87 biên
    chế": the base year's figure and the change against it. Without the equivalent amount,
    or with a rise said of a cut, nothing is read."""
    rows, _, unread = _rows(
        "Năm 2025, khối Đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội có 1.684 biên "
        "chế (1.402 cán bộ, công chức và 282 viên chức), giảm từ 1.771 biên chế năm 2021, tương "
        "ứng giảm 87 biên chế, tỷ lệ 4,91%."
    )
    assert rows == {
        ("dang", 2025, 1684, None, None, None),
        ("dang", 2021, 1771, None, None, None),
        ("dang", 2025, None, 87, 2021, "4,91%"),
        ("dang-cbcc", 2025, 1402, None, None, None),
        ("dang-vc", 2025, 282, None, None, None),
    }
    assert unread == set()
    for text in (
        "Năm 2025, khối Đảng có 1.684 biên chế, giảm từ 1.771 biên chế năm 2021.",
        "Năm 2025, khối Đảng có 1.684 biên chế, giảm từ 1.771 biên chế năm 2021, tương ứng "
        "tăng 87 biên chế.",
    ):
        rows, _, unread = _rows(text)
        assert rows == frozenset() and unread == {1}


def test_sectors_named_after_their_counts_are_the_parts_a_list_word_opens() -> None:
    """An article approving ("Phê chuẩn") a total of one category, "gồm:" each sector named
    after its count: the sectors are its parts. Opened by "trong đó" (perhaps the largest
    few), or under a total of another category, they are not read; a sector left out in a
    parenthesis ("không tính ...") is no part."""
    rows, parts, unread = _rows(
        "Điều 1. Phê chuẩn tổng biên chế sự nghiệp năm 2010 của tỉnh là 30.912, gồm: 22.850 biên "
        "chế sự nghiệp giáo dục và đào tạo; 6.462 biên chế sự nghiệp y tế; 495 biên chế sự "
        "nghiệp văn hóa và 1.105 biên chế sự nghiệp khác."
    )
    assert {row[2] for row in rows} == {30912, 22850, 6462, 495, 1105}
    assert len(parts["vc"]) == 4 and unread == set()
    for text in (
        "Điều 1. Phê chuẩn tổng biên chế sự nghiệp năm 2010 của tỉnh là 30.912, trong đó: 22.850 "
        "biên chế sự nghiệp giáo dục và đào tạo; 6.462 biên chế sự nghiệp y tế.",
        "Điều 1. Phê chuẩn tổng biên chế công chức năm 2010 của tỉnh là 30.912, gồm: 22.850 biên "
        "chế sự nghiệp giáo dục và đào tạo; 6.462 biên chế sự nghiệp y tế.",
    ):
        rows, _, unread = _rows(text)
        assert rows == frozenset() and unread == {1}
    rows, parts, _ = _rows(
        "Năm 2025 số người làm việc của tỉnh là 28.662 người (không tính 1.591 biên chế sự "
        "nghiệp giáo dục mầm non)."
    )
    assert ("vc", 2025, 28662, None, None, None) in rows and not any(parts.values())


def test_a_block_given_one_categorys_posts_changes_and_lists_that_line() -> None:
    """ "Thống nhất giao 1.027 biên chế cán bộ, công chức cho các cơ quan Đảng, Mặt trận Tổ
    quốc và ... năm 2025, giảm 19 biên chế so với năm 2024, cụ thể:": the recipient's name goes
    on past its commas, the cut and the items below are the block's CBCC line's (the block's
    own figure is never stated). Posts given to two bodies named apart are both bodies' (no
    second subject takes the cut)."""
    rows, parts, unread = _rows(
        "1. Năm 2024, khối Đảng được giao 1.046 biên chế cán bộ, công chức.\n\n2. Thống nhất "
        "giao 1.027 biên chế cán bộ, công chức cho các cơ quan Đảng, Mặt trận Tổ quốc và các tổ "
        "chức chính trị - xã hội năm 2025, giảm 19 biên chế so với năm 2024, cụ thể:\n- Cấp "
        "tỉnh: 289 biên chế;\n- Cấp huyện: 738 biên chế."
    )
    assert rows == {
        ("dang-cbcc", 2024, 1046, None, None, None),
        ("dang-cbcc", 2025, 1027, None, None, None),
        ("dang-cbcc", 2025, None, 19, 2024, None),
        ("cap-tinh", 2025, 289, None, None, None),
        ("cap-huyen", 2025, 738, None, None, None),
    }
    assert parts["dang-cbcc"] == ("cap-tinh", "cap-huyen") and unread == set()
    rows, _, _ = _rows(
        "Năm 2025 giao 80 biên chế công chức cho Sở Y tế, Sở Nội vụ, giảm 2 biên chế, tỷ lệ 2,44% "
        "so với năm 2024."
    )
    assert {row[0] for row in rows} == {"so-y-te-so-noi-cbcc"}
    assert ("so-y-te-so-noi-cbcc", 2025, None, 2, 2024, "2,44%") in rows


def test_posts_naming_no_category_given_to_the_hoi_are_the_hois() -> None:
    """ "Giao 96 biên chế cho 11 hội quần chúng được Đảng, Nhà nước giao nhiệm vụ ..., giảm 4
    biên chế ...; riêng Hội Chữ thập đỏ tỉnh là 21 biên chế": the hội's posts and cut, the
    one hội named after "riêng" a unit of its own (never a part). Given to a body, the same
    count names no category and is not read."""
    rows, parts, unread = _rows(
        "Năm 2025 giao 96 biên chế cho 11 hội quần chúng được Đảng, Nhà nước giao nhiệm vụ ở cấp "
        "tỉnh, giảm 4 biên chế so với năm 2024; riêng Hội Chữ thập đỏ tỉnh là 21 biên chế."
    )
    assert {(row[1], row[2], row[3], row[4]) for row in rows} == {
        (2025, 96, None, None),
        (2025, None, 4, 2024),
        (2025, 21, None, None),
    }
    assert not any(parts.values()) and unread == set()
    rows, _, unread = _rows(
        "Năm 2025 giao 96 biên chế cho Sở Y tế, giảm 4 biên chế so với năm 2024."
    )
    assert rows == frozenset() and unread == {1}


def test_a_blocks_reserve_after_its_categories_and_the_cut_said_next() -> None:
    """A Party decision allotting its block: "là 1.132 biên chế, gồm 952 ... cán bộ, công
    chức, 172 ... viên chức và 8 biên chế dự phòng" (they add up: the reserve is the block's
    part), then "So với năm 2021 (1.220 biên chế), giảm 88 ..." on the same line, naming no
    unit nor year: the block's, in the year just stated. Twins: parts that add up neither
    with the reserve nor without it (eng-slips4: without it, the reserve left out of the sum,
    is read, a slip the check reports), and the cut in a paragraph of its own, are not read."""
    rows, parts, unread = _rows(
        "Điều 1. Giao biên chế các cơ quan Đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã "
        "hội tỉnh đến năm 2026 là 1.132 biên chế, gồm 952 biên chế cán bộ, công chức, 172 biên "
        "chế viên chức và 8 biên chế dự phòng. So với năm 2021 (1.220 biên chế), giảm 88 biên "
        "chế, tỷ lệ giảm 7,21%."
    )
    assert rows == {
        ("dang", 2026, 1132, None, None, None),
        ("dang", 2021, 1220, None, None, None),
        ("dang", 2026, None, 88, 2021, "7,21%"),
        ("dang-cbcc", 2026, 952, None, None, None),
        ("dang-vc", 2026, 172, None, None, None),
        ("du-phong", 2026, 8, None, None, None),
    }
    assert parts["dang"] == ("dang-cbcc", "dang-vc", "du-phong") and unread == set()
    rows, _, unread = _rows(
        "Điều 1. Giao biên chế các cơ quan Đảng tỉnh đến năm 2026 là 1.120 biên chế, gồm 952 "
        "biên chế cán bộ, công chức, 172 biên chế viên chức và 8 biên chế dự phòng."
    )
    assert rows == frozenset() and unread == {1}
    rows, _, unread = _rows(
        "Điều 1. Giao biên chế các cơ quan Đảng tỉnh đến năm 2026 là 1.124 biên chế, gồm 952 "
        "biên chế cán bộ, công chức và 172 biên chế viên chức.\n\nSo với năm 2021 (1.220 biên "
        "chế), giảm 96 biên chế."
    )
    assert not any(row[3] for row in rows) and unread == {3}


def test_one_sector_after_trong_do_closing_the_sentence_is_a_subset() -> None:
    """ "15.406 người, trong đó sự nghiệp giáo dục và đào tạo 14.530 người.": the one sector
    named is some of the figure's posts (outside), the figure is read. With a second sector
    after it (maybe the largest few), or a count as large as the figure, nothing is read."""
    rows, parts, unread = _rows(
        "Năm 2024 khối huyện, thị xã, thành phố: 15.406 người, trong đó sự nghiệp giáo dục và "
        "đào tạo 14.530 người."
    )
    assert rows == {("huyen-thi-xa-thanh-pho", 2024, 15406, None, None, None)}
    assert not any(parts.values()) and unread == set()
    for text in (
        "Năm 2024 khối huyện: 15.406 người, trong đó sự nghiệp giáo dục và đào tạo 14.530 người; "
        "sự nghiệp y tế 876 người.",
        "Năm 2024 khối huyện: 15.406 người, trong đó sự nghiệp giáo dục và đào tạo 15.406 người.",
    ):
        rows, _, unread = _rows(text)
        assert rows == frozenset() and unread == {1}


def test_levels_named_after_their_counts_and_sectors_after_a_semicolons_trong_do() -> None:
    """A report's "(gồm 1.006 biên chế các cơ quan cấp tỉnh, 654 biên chế cấp huyện và 16
    biên chế dự phòng)": the levels are the CBCC figure's parts; "...; trong đó sự nghiệp
    giáo dục ... 10.904 người, ..., các sự nghiệp khác 1.322 người" after the figure's change
    are its parts where they add up to it. The twin's items add up to the change (a
    breakdown of the cut, or the largest few): not read."""
    rows, parts, unread = _rows(
        "Năm 2025 giao 1.676 biên chế công chức (gồm 1.006 biên chế các cơ quan cấp tỉnh, 654 "
        "biên chế cấp huyện và 16 biên chế dự phòng), giảm 34 biên chế so với năm 2024; so với "
        "năm 2021 (1.784 biên chế) giảm 108 biên chế, tỷ lệ 6,05%."
    )
    assert ("cbcc", 2021, 1784, None, None, None) in rows
    assert ("cbcc", 2025, None, 108, 2021, "6,05%") in rows
    assert {row[2] for row in rows if row[0] != "cbcc"} == {1006, 654, 16}
    assert len(parts["cbcc"]) == 3 and unread == set()
    rows, parts, unread = _rows(
        "Năm 2025 tổng số lượng người làm việc là 15.187 người, giảm 248 người so với năm 2024; "
        "trong đó sự nghiệp giáo dục và đào tạo 10.904 người, sự nghiệp y tế 2.961 người, các "
        "sự nghiệp khác 1.322 người."
    )
    assert {row[2] for row in rows} == {15187, 10904, 2961, 1322, None}
    assert len(parts["vc"]) == 3 and unread == set()
    rows, _, unread = _rows(
        "Năm 2025 tổng số lượng người làm việc là 15.187 người, giảm 248 người so với năm 2024; "
        "trong đó sự nghiệp giáo dục và đào tạo 100 người, các sự nghiệp khác 148 người."
    )
    assert rows == frozenset() and unread == {1}


def test_a_count_of_bodies_opening_a_listed_items_name() -> None:
    """ "gồm Báo A 58 biên chế, Trường Chính trị tỉnh 64 biên chế và 12 Trung tâm Chính trị
    cấp huyện 54 biên chế": "12" counts the centres the last item names, the item is read.
    A count of posts before the name ("và 12 biên chế Trung tâm ...") is no such count."""
    rows, parts, unread = _rows(
        "Năm 2026 biên chế viên chức trong các đơn vị sự nghiệp của Đảng: 176 biên chế, gồm Báo "
        "Sơn La 58 biên chế, Trường Chính trị tỉnh 64 biên chế và 12 Trung tâm Chính trị cấp "
        "huyện 54 biên chế."
    )
    assert {row[2] for row in rows} == {176, 58, 64, 54} and unread == set()
    assert len(parts["vc-don-vi-su-nghiep"]) == 3
    rows, _, unread = _rows(
        "Năm 2026 biên chế viên chức trong các đơn vị sự nghiệp của Đảng: 176 biên chế, gồm Báo "
        "Sơn La 58 biên chế, Trường Chính trị tỉnh 64 biên chế và 12 biên chế Trung tâm Chính "
        "trị 54 biên chế."
    )
    assert 54 not in {row[2] for row in rows} and unread == {1}


def test_a_second_comparison_with_its_verb_left_unsaid() -> None:
    """ "giảm 8 biên chế so với năm 2025 và 127 biên chế (6,03%) so với năm 2021": the second
    amount is the same unit's cut against the other year. Against the same year again it is
    no second comparison, and is not read."""
    rows, _, unread = _rows(
        "Năm 2026, tỉnh dự kiến giao 1.979 biên chế công chức, giảm 8 biên chế so với năm 2025 "
        "và 127 biên chế (6,03%) so với năm 2021."
    )
    assert ("cbcc", 2026, None, 127, 2021, "6,03%") in rows
    assert ("cbcc", 2026, None, 8, 2025, None) in rows and unread == set()
    rows, _, unread = _rows(
        "Năm 2026, tỉnh dự kiến giao 1.979 biên chế công chức, giảm 8 biên chế so với năm 2025 "
        "và 127 biên chế so với năm 2025."
    )
    assert rows == frozenset() and unread == {1}


def test_the_reserve_a_figure_holds_is_a_unit_of_its_own_unless_a_list_follows() -> None:
    """ "..., kể cả 420 người dự phòng." and "trong đó giữ lại 14 biên chế dự phòng do Sở Nội
    vụ quản lý": some of the figure's posts, a unit of its own (as the figure's only part it
    was reported as not adding up: a false alarm). With the other parts listed after it
    ("kể cả 420 người dự phòng:" then the levels) it is one of the parts."""
    for text, value, reserve in (
        ("Năm 2024 tỉnh được bố trí 31.976 người làm việc, kể cả 420 người dự phòng.", 31976, 420),
        (
            "Năm 2024 giao 1.712 biên chế công chức cho các cơ quan hành chính của tỉnh, trong đó "
            "giữ lại 14 biên chế dự phòng do Sở Nội vụ quản lý.",
            1712,
            14,
        ),
    ):
        rows, parts, unread = _rows(text)
        assert {row[2] for row in rows} == {value, reserve} and unread == set()
        assert not any(parts.values())
    rows, parts, _ = _rows(
        "Năm 2024 tỉnh được bố trí 31.976 người làm việc, kể cả 420 người dự phòng:\n- Cấp tỉnh: "
        "20.000 người;\n- Cấp huyện: 11.556 người."
    )
    assert parts["vc"] == ("du-phong", "cap-tinh", "cap-huyen")


def test_the_base_figure_after_the_comparison_closing_the_sentence_bare() -> None:
    """ "..., giảm 2.406 (9,57%) so với tổng số giao năm 2021 là 25.135.": the base year's
    figure, with no unit word, closing the sentence. Followed by what it counts ("hồ sơ") it
    is no figure of posts, never the base year's."""
    rows, _, unread = _rows(
        "Đến năm 2026, tổng số biên chế công chức và số lượng người làm việc của tỉnh là 22.729, "
        "giảm 2.406 (9,57%) so với tổng số giao năm 2021 là 25.135."
    )
    assert ("tong", 2021, 25135, None, None, None) in rows and unread == set()
    rows, _, _ = _rows(
        "Đến năm 2026, tổng số biên chế công chức và số lượng người làm việc của tỉnh là 22.729, "
        "giảm 2.406 (9,57%) so với tổng số giao năm 2021 là 25.135 hồ sơ."
    )
    assert not any(row[2] == 25135 for row in rows)


def test_a_fronted_comparison_naming_what_it_compares_with_its_figure() -> None:
    """ "So với biên chế được giao năm 2024 (1.903 biên chế), biên chế công chức năm 2025 giảm
    29 biên chế": the parenthesis is the changed unit's base-year figure, whatever words name
    what is compared. Without a unit changed after it, the figure is nobody's."""
    rows, _, unread = _rows(
        "So với biên chế được giao năm 2024 (1.903 biên chế), biên chế công chức năm 2025 giảm "
        "29 biên chế."
    )
    assert rows == {("cbcc", 2024, 1903, None, None, None), ("cbcc", 2025, None, 29, 2024, None)}
    assert unread == set()
    rows, _, unread = _rows(
        "Năm 2025 biên chế công chức là 1.874 biên chế.\n\nSo với biên chế được giao năm 2024 "
        "(1.903 biên chế), các cơ quan đã sắp xếp lại bộ máy."
    )
    assert not any(row[2] == 1903 for row in rows) and unread == {3}


def test_a_count_of_biên_chế_hành_chính_is_the_cbcc_figure() -> None:
    """ "Giao 1.397 biên chế hành chính năm 2023, giảm 22 ...": civil servants' posts, the CBCC
    figure. "biên chế hành chính sự nghiệp" names both kinds: not read as CBCC."""
    rows, _, unread = _rows(
        "Giao 1.397 biên chế hành chính năm 2023, giảm 22 biên chế so với năm 2022 (tỷ lệ 1,55%)."
    )
    assert rows == {
        ("cbcc", 2023, 1397, None, None, None),
        ("cbcc", 2023, None, 22, 2022, "1,55%"),
    }
    assert unread == set()
    rows, _, _ = _rows("Năm 2023 giao 1.397 biên chế hành chính sự nghiệp.")
    assert not any(row[0] == "cbcc" for row in rows)


def test_staff_in_post_equal_to_the_posts_stay_people() -> None:
    # Twin: "hiện có 1.754 công chức" equals the 1.754 posts, yet people in post are never
    # the posts' line named otherwise: outside, or (their change stated) a unit apart.
    posts = "Năm 2024, tỉnh được giao 1.754 biên chế công chức.\n\n"
    rows, _, _ = _rows(posts + "Hiện có 1.754 công chức.\n")
    assert rows == {("cbcc", 2024, 1754, None, None, None)}
    rows, _, _ = _rows(posts + "Hiện có 1.754 công chức, giảm 6 người so với năm 2023.\n")
    assert rows == {
        ("cbcc", 2024, 1754, None, None, None),
        ("cbcc-co-mat", 2024, 1754, None, None, None),
        ("cbcc-co-mat", 2024, None, 6, 2023, None),
    }


def test_every_form_has_a_twin_or_a_reason() -> None:
    """Positive and negative examples both exist for the statement kinds that can fail."""
    names = {form.name for form in FORMS}
    for kind in ("value", "change", "equality", "parts", "year-chain", "parenthesis-line"):
        assert kind in names and any(name.startswith(f"{kind}/") for name in names), kind


@pytest.mark.parametrize("example", EXAMPLES, ids=[example.text for example in EXAMPLES])
def test_lexicon_example(example: object) -> None:
    assert kind_of(example.text) is example.kind  # type: ignore[attr-defined]
    if example.scope is not None:  # type: ignore[attr-defined]
        assert scope_of(example.text) is example.scope  # type: ignore[attr-defined]


def test_staff_in_post_take_a_year_only_where_today_is_known() -> None:
    """Staff in post ("Hiện có N công chức") are counted today. After figures of one year they
    are of it; after figures of several years (a plan's target year included) the text does
    not say which is today, unless its date names one of them: declined, never filed under
    the target year the paragraph above spoke of."""
    several = (
        "Theo kế hoạch, năm 2023 sở được giao 410 biên chế công chức.\n\n"
        "Đến năm 2026, sở còn 395 biên chế công chức.\n\n"
        "Hiện có 402 công chức có mặt, giảm 8 người so với năm 2022."
    )
    rows, _, unread = _rows(several)
    assert not any(value == 402 for _, _, value, *_ in rows)
    assert unread == {5}
    dated = (
        "Số: 31/KH-UBND\nngày 15 tháng 3 năm 2023\n\n"
        "Biên chế công chức: năm 2021 giao 76 biên chế; năm 2023 giao 74 biên chế.\n"
        "Hiện có 70 công chức, giảm 2 người so với năm 2022."
    )
    rows, _, unread = _rows(dated)
    assert ("cbcc-co-mat", 2023, 70, None, None, None) in rows
    assert not unread
    rows, _, unread = _rows(dated.split("\n\n", 1)[1])
    assert not any(value == 70 for _, _, value, *_ in rows)
    assert unread == {2}


ALLOCATION_ARTICLES = (
    "QUYẾT ĐỊNH\nvề biên chế các cơ quan của khối giai đoạn 2022 - 2026\n\n"
    "Điều 1. Giao tổng biên chế các cơ quan của khối đến năm 2026 là 120 biên chế.\n\n"
    "Điều 2. Phân bổ biên chế\n\n"
    "1. Biên chế cán bộ, công chức: 100 biên chế;\n2. Biên chế viên chức: 20 biên chế.\n"
)


def test_an_allocations_year_reaches_the_articles_that_distribute_it() -> None:
    """ "Điều 1. Giao ... đến năm 2026 là ...": the figures of the articles below that name no
    year ("Điều 2. Phân bổ biên chế") distribute the same posts, so they are of 2026; the
    text names two years (its period), so no other rule gives them one."""
    rows, _, unread = _rows(ALLOCATION_ARTICLES)
    assert ("cbcc", 2026, 100, None, None, None) in rows
    assert ("vc", 2026, 20, None, None, None) in rows
    assert not unread


@pytest.mark.parametrize(
    ("change", "why"),
    [
        # another year in view between them, even in a sentence not read
        (
            (
                "Điều 2. Phân bổ biên chế\n\n",
                "Điều 2. Lộ trình\n\nNăm 2024 giao 125 biên chế.\n\nĐiều 3. Phân bổ biên chế\n\n",
            ),
            "another year",
        ),
        # a period given, not a year the figures hold at: its first year or its last?
        (("đến năm 2026 là", "cho giai đoạn 2022 - 2026 là"), "a period"),
        # an article that states a year of the past is no allocation up to a year
        (
            (
                "Giao tổng biên chế các cơ quan của khối đến năm 2026",
                "Năm 2021, tổng biên chế các cơ quan của khối",
            ),
            "a past year",
        ),
    ],
)
def test_an_allocations_year_stops_where_the_text_does_not_say_it(
    change: tuple[str, str], why: str
) -> None:
    rows, _, unread = _rows(ALLOCATION_ARTICLES.replace(*change))
    assert not any(value in (100, 20) for _, _, value, *_ in rows), why
    assert unread, why


CHAIN_BY_FIGURE = (
    "Theo đó, đến năm 2026 tổng biên chế của khối là 1.044 biên chế.\n\n"
    "Lộ trình cho từng năm: năm 2024 còn 1.073 biên chế, năm 2025 còn 1.058 và năm 2026 còn "
    "1.044.\n"
)


def test_a_chain_naming_no_unit_is_the_unit_one_of_its_links_restates() -> None:
    """A year chain naming no unit, where nothing around it names one, is the unit the text
    already gave one of its links' figures for that year; a chain restating no figure, or
    one two units share, or a figure the unit has another of, stays declined."""
    rows, _, unread = _rows(CHAIN_BY_FIGURE)
    assert rows == {
        ("khoi", 2026, 1044, None, None, None),
        ("khoi", 2024, 1073, None, None, None),
        ("khoi", 2025, 1058, None, None, None),
    }
    assert not unread
    for other in (
        # no link restates a figure of the text
        CHAIN_BY_FIGURE.replace("là 1.044 biên chế.", "là 1.040 biên chế."),
        # the unit has another figure for one of the links' years
        CHAIN_BY_FIGURE.replace("là 1.044 biên chế.", "là 1.044 biên chế, năm 2025 là 1.060."),
        # two units share the restated figure
        CHAIN_BY_FIGURE.replace(
            "Theo đó,", "Khối chính quyền năm 2026 có 1.044 biên chế. Theo đó,"
        ),
    ):
        rows, _, unread = _rows(other)
        assert not any(value in (1073, 1058) for _, _, value, *_ in rows), other
        assert unread == {3}, other


BREAKDOWN_OF_A_CUT = (
    "2. Viên chức: đến năm 2026 còn 1.515 người, giảm 169 người (10,04%) so với năm 2021; "
    "trong đó sự nghiệp giáo dục giảm 152 người, sự nghiệp khác giảm 17 người."
)


def test_a_cuts_breakdown_compares_with_its_year_where_it_adds_up() -> None:
    """The parts' cuts after "trong đó" that add up to their unit's one cut break it down:
    they compare with its year. Not adding up (the largest few, or a slip), they are not
    read."""
    rows, _, unread = _rows(BREAKDOWN_OF_A_CUT)
    assert ("vc", 2026, None, 169, 2021, "10,04%") in rows
    assert {row[3] for row in rows if row[4] == 2021} == {169, 152, 17}
    assert not unread
    rows, _, unread = _rows(BREAKDOWN_OF_A_CUT.replace("giảm 17 người", "giảm 10 người"))
    assert rows == frozenset() and unread == {1}


def test_a_list_opened_after_a_unit_and_its_parts_is_of_none_of_them() -> None:
    """ "Số giảm từng năm so với năm trước:" after a sentence stating a unit and its parts:
    which of them the yearly cuts are of is not said (they were filed under the last part);
    after a sentence stating one unit, they are that unit's."""
    items = (
        " Số giảm từng năm so với năm trước:\n- Năm 2022: giảm 34 người;\n"
        "- Năm 2023: giảm 35 người."
    )
    rows, _, unread = _rows(BREAKDOWN_OF_A_CUT + items)
    assert not any(row[1] in (2022, 2023) for row in rows)
    assert unread == {2, 3}
    one_unit = "2. Viên chức: đến năm 2026 còn 1.515 người, giảm 169 người so với năm 2021."
    rows, _, unread = _rows(one_unit + items)
    assert ("vc", 2022, None, 34, 2021, None) in rows
    assert ("vc", 2023, None, 35, 2022, None) in rows
    assert not unread


def test_staff_in_post_are_never_measured_by_a_target() -> None:
    """Staff in post on a day are a unit of the category apart from its posts; KL 40 is
    measured on the posts alone (met: 2.000 → 1.880 is 6 %), never made unverifiable by the
    in-post unit, which has no 2021 or 2026 figure."""
    text = (
        "Kế hoạch tinh giản biên chế theo Kết luận số 40-KL/TW.\n"
        "Năm 2021, tỉnh được giao 2.000 biên chế công chức và 10.000 biên chế viên chức.\n"
        "Năm 2026, tỉnh giao 1.880 biên chế công chức và 8.950 biên chế viên chức.\n"
        "Đến ngày 31/10/2024, toàn tỉnh có mặt 1.990 công chức, giảm 10 người so với năm 2023.\n"
    )
    result = extract_plan(text, "doc.txt")
    targets = {target["id"]: target for target in result.data["targets"]}
    assert targets["kl40-cbcc"]["units"] == ["cbcc"]
    # (the one VC line: measured by its category)
    assert targets["kl40-vc"].get("units", ["vc"]) == ["vc"]
    in_post = {unit["id"] for unit in result.data["units"]} - {"cbcc", "vc"}
    assert in_post == {"cbcc-co-mat"}  # (session 12: a unit apart only with its change)
    assert all(not unit.get("parts") for unit in result.data["units"])


def test_staff_in_post_never_hide_a_target_the_text_cannot_verify() -> None:
    """A text giving only its mixed total (no 2021) answers to KL 40 on that total,
    unverifiable; staff in post named by category beside it do not make the categories "split"
    and so must not drop the target (a dropped target would be an all-clear)."""
    text = (
        "Kế hoạch tinh giản biên chế theo Kết luận số 40-KL/TW của tỉnh.\n"
        "Năm 2024, tổng biên chế của tỉnh là 12.000 biên chế.\n"
        "Năm 2026, tổng biên chế của tỉnh là 11.500 biên chế.\n"
        "Đến ngày 31/10/2024, toàn tỉnh có mặt 1.990 công chức và 9.900 viên chức.\n"
    )
    result = extract_plan(text, "doc.txt")
    targets = {target["id"]: target["units"] for target in result.data["targets"]}
    assert targets == {"kl40-cbcc": ["tong"], "kl40-vc": ["tong"]}


CATEGORY_COLUMNS = """Năm 2025, biên chế công chức là 100; số lượng người làm việc là 500 người.

| STT | Cơ quan, đơn vị | Biên chế công chức | Số lượng người làm việc |
|---|---|---|---|
| 1 | Sở Y tế | 40 | 300 |
| 2 | Sở Nội vụ | 60 | 200 |
| | **Tổng cộng** | **100** | **500** |
"""


def test_a_total_row_under_categories_as_columns_is_made_of_its_column() -> None:
    """Each category's total row is the sum of that column's rows: read as parts, so a row
    that does not add up is found (it once read every cell and checked no sum: a false
    all-clear)."""
    _, parts, unread = _rows(CATEGORY_COLUMNS)
    assert not unread
    assert set(parts["cbcc"]) == {"cbcc-so-y-te", "cbcc-so-noi-vu"}
    assert set(parts["vc"]) == {"vc-so-y-te", "vc-so-noi-vu"}
    plan = plan_from_result(extract_plan(CATEGORY_COLUMNS, "doc.md"), "doc.md")
    assert not check_plan(plan).findings
    slipped = CATEGORY_COLUMNS.replace("| 60 | 200 |", "| 50 | 200 |")
    plan = plan_from_result(extract_plan(slipped, "doc.md"), "doc.md")
    assert {(f.kind, f.units) for f in check_plan(plan).findings} == {("sum-mismatch", ("cbcc",))}


_GIVEN_2025 = "Năm 2025, giao 1.486 biên chế công chức, giảm 26 biên chế so với năm 2024.\n"


def test_a_count_among_a_total_named_before_is_never_its_figure() -> None:
    """ "Trong tổng số biên chế nêu trên có 20 biên chế dự phòng": some of the total, not the
    total (it was once read as a total of 20): the reserve (session 9, eng-reserve; it was
    unread); the same count naming no reserve stays unread. The twin points back with no
    unit words, and its counts name their own units."""
    rows, _, unread = _rows(
        _GIVEN_2025 + "Trong tổng số biên chế nêu trên có 20 biên chế dự phòng."
    )
    assert rows == {
        ("cbcc", 2025, 1486, None, None, None),
        ("cbcc", 2025, None, 26, 2024, None),
        ("du-phong", 2025, 20, None, None, None),
    }
    assert not unread
    rows, _, unread = _rows(_GIVEN_2025 + "Trong tổng số biên chế nêu trên có 20 biên chế.")
    assert rows == {("cbcc", 2025, 1486, None, None, None), ("cbcc", 2025, None, 26, 2024, None)}
    assert unread == {2}
    rows, _, unread = _rows(
        "Năm 2026, tổng biên chế là 2.016 biên chế.\nTrong tổng số đó có 336 biên chế cán bộ, "
        "công chức và 1.680 biên chế viên chức."
    )
    assert ("cbcc", 2026, 336, None, None, None) in rows
    assert ("vc", 2026, 1680, None, None, None) in rows
    assert not unread


def test_people_left_over_after_a_merger_are_outside() -> None:
    """People left over ("dôi dư") counted as people hold no post; posts given as surplus
    ("giao dôi dư 103 biên chế") are posts, read."""
    rows, _, unread = _rows(
        _GIVEN_2025
        + "Số cán bộ, công chức cấp xã dôi dư sau sắp xếp đơn vị hành chính là 64 người."
    )
    assert rows == {("cbcc", 2025, 1486, None, None, None), ("cbcc", 2025, None, 26, 2024, None)}
    assert not unread
    rows, _, unread = _rows(
        "Năm 2025, tổng biên chế công chức là 4.099 biên chế (giao chính thức 3.996 biên chế, "
        "giao dôi dư 103 biên chế)."
    )
    assert any(value == 103 for _, _, value, *_ in rows)
    assert not unread


def test_the_year_just_before_is_the_calendar_one_whatever_the_chain_skipped() -> None:
    """ "năm 2024 là 60; năm 2026 là 58, giảm 2 so với năm liền trước": against 2025, not the
    chain's 2024 (it once was); the twin's chain has no gap, and the two agree."""
    for first, base in (("2024", 2025), ("2025", 2025)):
        rows, _, unread = _rows(
            f"Biên chế công chức của huyện A: năm {first} là 60 biên chế; năm 2026 là 58 biên "
            "chế, giảm 2 biên chế so với năm liền trước."
        )
        assert ("cbcc-huyen-a", 2026, None, 2, base, None) in rows
        assert not unread


def test_this_figure_after_a_list_of_parts_is_not_read() -> None:
    """ "Con số này giảm 46 ..." after the last item of a list of parts may be that item's or
    the whole's (it was once read as the item's): not read. The twin, right after the figure
    it points back to, is that figure's."""
    listed = (
        "Năm 2025, tổng biên chế công chức là 3.104 biên chế, gồm:\n- Khối Đảng: 486 biên chế;\n"
        "- Khối chính quyền: 2.618 biên chế.\nCon số này giảm 46 biên chế so với năm 2024."
    )
    rows, _, unread = _rows(listed)
    assert not any(reduction == 46 for *_, reduction, _, _ in rows)
    assert unread == {4}
    rows, _, unread = _rows(
        "Năm 2025, tổng biên chế công chức là 3.104 biên chế. Con số này giảm 46 biên chế so với "
        "năm 2024."
    )
    assert ("cbcc", 2025, None, 46, 2024, None) in rows
    assert not unread


def test_a_count_taking_in_contract_staff_is_not_read() -> None:
    """ "còn 19.870 người đang làm việc, trong đó có cả người hợp đồng": the count takes in
    people holding no post (it was once read as a unit's figure); the twin leaves them out,
    and its count is read."""
    rows, _, unread = _rows(
        "Năm 2024, số người làm việc của tỉnh là 20.000 người.\nHiện các đơn vị sự nghiệp còn "
        "19.870 người, trong đó có cả người hợp đồng."
    )
    assert rows == {("vc", 2024, 20000, None, None, None)}
    assert unread == {2}
    # ("... còn 19.870 người đang làm việc, trong đó ...": people at work, outside; see
    # test_people_at_work_by_category_are_outside)
    rows, _, unread = _rows(
        "Năm 2024, số người làm việc của tỉnh là 20.000 người (không kể hợp đồng lao động)."
    )
    assert rows == {("vc", 2024, 20000, None, None, None)}
    assert not unread


def _subsets(text: str) -> dict[str, str]:
    """Each unit read as a subset, with the unit it counts some of."""
    units = extract_plan(text, "doc.txt").data["units"]
    return {unit["id"]: unit["subset_of"] for unit in units if "subset_of" in unit}


def test_teachers_right_after_a_figure_are_a_subset_of_it() -> None:
    """ "1.642 người, trong đó có 1.488 giáo viên": some of the figure just stated, counted
    apart: a unit of its own (subset_of the figure's unit), never its part, left out of its
    category's target. Its twins: after a change, a count no larger than the cut ("giảm 165
    người ..., trong đó có 120 giáo viên") may be some of the people cut, and after a count of
    leavers it counts people, outside; the first leaves the line unread (a count above the cut
    is the figure's: test_teachers_after_a_change_and_its_base_are_the_figures)."""
    text = (
        "Số lượng người làm việc năm 2021: 1.642 người, trong đó có 1.488 giáo viên "
        "đứng lớp.\nĐến năm 2026, số lượng người làm việc là 1.477 người."
    )
    rows, parts, unread = _rows(text)
    assert rows == {
        ("vc", 2021, 1642, None, None, None),
        ("vc-giao-vien-dung-lop", 2021, 1488, None, None, None),
        ("vc", 2026, 1477, None, None, None),
    }
    assert not unread and parts["vc"] == ()
    assert _subsets(text) == {"vc-giao-vien-dung-lop": "vc"}
    plan = plan_from_result(extract_plan(text, "doc.txt"), "doc.txt")
    vc_targets = [target.units for target in plan.targets if target.min_rate.percent == 10]
    assert vc_targets == [("vc",)]
    # a subset stated above its whole is a slip, found by arithmetic (LT104)
    slipped = text.replace("1.488 giáo viên", "1.848 giáo viên")
    read = plan_from_result(extract_plan(slipped, "doc.txt"), "doc.txt")
    kinds = [finding.kind for finding in check_plan(read).findings]
    assert "subset-exceeds-whole" in kinds
    # twin: after a change, a count the cut could hold may be some of the people cut: not
    # placed, so the line is not understood (eng-subsets2: it was left outside, the line
    # called understood with a subset dropped)
    rows, _, unread = _rows(
        "Năm 2026, số lượng người làm việc là 1.477 người, giảm 165 người so với năm 2021, "
        "trong đó có 120 giáo viên."
    )
    assert rows == frozenset()
    assert unread == {1}
    # twin: among people who left, people
    rows, _, unread = _rows(
        "Năm 2024, số lượng người làm việc là 1.477 người. Năm 2024 đã giải quyết tinh giản "
        "cho 87 người, trong đó có 31 giáo viên."
    )
    assert rows == {("vc", 2024, 1477, None, None, None)}
    assert not unread


def test_a_list_after_a_subset_is_of_the_figure() -> None:
    """ "17.540 người làm việc, trong đó có 12.386 giáo viên. Lộ trình giao các năm như sau:"
    lists the figure's years, never the teachers' (it once opened the list on the subset and
    read each item's change as the subset's)."""
    text = (
        "Năm 2021, tỉnh được giao 17.540 người làm việc, trong đó có 12.386 giáo viên. Lộ trình "
        "giao các năm như sau:\n- Năm 2025: 16.280 người (giảm 1.260 người so với năm 2021);\n"
        "- Năm 2026: 15.780 người (giảm 1.760 người so với năm 2021)."
    )
    rows, _, unread = _rows(text)
    assert ("vc", 2026, 15780, None, None, None) in rows
    assert ("vc", 2026, None, 1760, 2021, None) in rows
    assert not any(unit.startswith("vc-giao-vien") and year != 2021 for unit, year, *_ in rows)
    assert not unread


def test_teachers_opening_their_own_sentence_are_some_of_the_figure_before() -> None:
    """ "a) Sự nghiệp giáo dục và đào tạo: 11.045 người. Trong đó có 9.870 giáo viên ...": the
    one figure the sentence right before stated, in its year. Its twin follows a sentence of
    two units: whose teachers they are is not said, so nothing of it is read (LT401)."""
    text = (
        "Số lượng người làm việc năm 2025 là 15.000 người, cụ thể:\n"
        "a) Sự nghiệp giáo dục: 11.045 người. Trong đó có 9.870 giáo viên trực tiếp giảng dạy;\n"
        "b) Sự nghiệp khác: 3.955 người."
    )
    rows, _, unread = _rows(text)
    assert rows == {
        ("vc", 2025, 15000, None, None, None),
        ("vc-vc-giao-duc", 2025, 11045, None, None, None),
        ("vc-vc-giao-duc-giao-vien-truc-tiep", 2025, 9870, None, None, None),
        ("vc-vc-khac", 2025, 3955, None, None, None),
    }
    assert not unread
    assert _subsets(text) == {"vc-vc-giao-duc-giao-vien-truc-tiep": "vc-vc-giao-duc"}
    rows, _, unread = _rows(
        "Năm 2025, biên chế công chức là 2.000 biên chế và số lượng người làm việc là 15.000 "
        "người. Trong đó có 9.870 giáo viên."
    )
    assert not any(9870 in row for row in rows)
    assert unread == {1}


def test_a_clause_naming_a_level_under_a_level_topic_is_not_read() -> None:
    """The twin of "categories/level-topic": a clause naming a level of its own under the
    topic's level ("Biên chế cấp huyện: biên chế công chức cấp xã ..."): which level its
    count is of is unsure, so the row is not read."""
    rows, _, unread = _rows(
        "Năm 2025, tổng biên chế là 9.000 biên chế.\n3. Biên chế cấp huyện: biên chế công chức "
        "cấp xã 410 người; biên chế viên chức 6.275 người."
    )
    assert rows == {("tong", 2025, 9000, None, None, None)} and unread == {2}


EACH_CATEGORY_ITS_CHANGE = (
    "Lộ trình biên chế của tỉnh\n\n| Năm | Công chức (1) | Giảm so với năm trước "
    "| Người làm việc (2) | Giảm so với năm trước | Tổng cộng (1) + (2) |\n"
    """|---|---|---|---|---|---|
| 2021 | 300 | - | 2.000 | - | 2.300 |
| 2022 | 290 | 10 | 1.900 | 100 | 2.190 |
"""
)


def test_years_as_rows_each_category_followed_by_its_own_change() -> None:
    """Years as rows, each category's column followed by its own "Giảm so với năm trước":
    each change is of the one column just before it (the 2022 row against the 2021 row
    above it); the columns' numbers "(1)", "(1) + (2)" are references, so the last column
    is the total of all, made of the two categories."""
    rows, parts, unread = _rows(EACH_CATEGORY_ITS_CHANGE)
    assert rows == {
        ("cbcc", 2021, 300, None, None, None),
        ("vc", 2021, 2000, None, None, None),
        ("tong", 2021, 2300, None, None, None),
        ("cbcc", 2022, 290, None, None, None),
        ("cbcc", 2022, None, 10, 2021, None),
        ("vc", 2022, 1900, None, None, None),
        ("vc", 2022, None, 100, 2021, None),
        ("tong", 2022, 2190, None, None, None),
    }
    assert parts["tong"] == ("cbcc", "vc")
    assert not unread


def test_years_as_rows_two_changes_after_two_categories_are_not_read() -> None:
    """The twin: both changes after both categories ("| Công chức | Người làm việc | Giảm |
    Giảm |"): which change is of which column is not said, so the 2022 row is reported
    (2021's, with no change, is read)."""
    text = (
        EACH_CATEGORY_ITS_CHANGE.replace(
            "| Công chức (1) | Giảm so với năm trước | Người làm việc (2) |",
            "| Công chức (1) | Người làm việc (2) | Giảm so với năm trước |",
        )
        .replace("| 300 | - | 2.000 |", "| 300 | 2.000 | - |")
        .replace("| 290 | 10 | 1.900 |", "| 290 | 1.900 | 10 |")
    )
    rows, _, unread = _rows(text)
    assert {row[1] for row in rows} == {2021}
    assert unread == {6}


CATEGORY_GROUPS_OVER_YEARS = """Lộ trình biên chế theo cấp

| TT | Cấp | Biên chế công chức | | | Số lượng người làm việc | | |
|---|---|---|---|---|---|---|---|
| | | Năm 2021 | Năm 2026 | Giảm 2026 so với 2021 | Năm 2021 | Năm 2026 | Giảm 2026 so với 2021 |
| 1 | Cấp tỉnh | 400 | 380 | 20 | 3.000 | 2.700 | 300 |
| 2 | Cấp huyện | 200 | 190 | 10 | 5.000 | 4.500 | 500 |
| | **Tổng cộng** | **600** | **570** | **30** | **8.000** | **7.200** | **800** |
"""


def _fall(unit: str, year: int, base: int, before: int, after: int) -> set[Row]:
    """A unit's figures in its base year and a later year, and the fall between them."""
    return {
        (unit, base, before, None, None, None),
        (unit, year, after, None, None, None),
        (unit, year, None, before - after, base, None),
    }


def test_category_groups_over_years_and_a_change_naming_its_years() -> None:
    """Two header rows: each category over its years and "Giảm 2026 so với 2021" (the second
    row typed under the separator; the years in the change are no figures of a data row):
    each level's CBCC and VC lines, each change of 2026 against 2021, the total row each
    category's total."""
    rows, parts, unread = _rows(CATEGORY_GROUPS_OVER_YEARS)
    assert rows == {
        *_fall("cbcc-tinh", 2026, 2021, 400, 380),
        *_fall("vc-tinh", 2026, 2021, 3000, 2700),
        *_fall("cbcc-huyen", 2026, 2021, 200, 190),
        *_fall("vc-huyen", 2026, 2021, 5000, 4500),
        *_fall("cbcc", 2026, 2021, 600, 570),
        *_fall("vc", 2026, 2021, 8000, 7200),
    }
    assert parts["cbcc"] == ("cbcc-tinh", "cbcc-huyen")
    assert not unread


def test_a_category_change_against_a_year_it_has_no_column_of_is_not_read() -> None:
    """The twin: "Giảm 2026 so với 2020" under a category whose columns are 2021 and 2026:
    against a figure the table does not give, so the table is not read as categories (its
    rows are reported, none read)."""
    text = CATEGORY_GROUPS_OVER_YEARS.replace(
        "| Giảm 2026 so với 2021 | Năm 2021", "| Giảm 2026 so với 2020 | Năm 2021"
    )
    assert text != CATEGORY_GROUPS_OVER_YEARS
    rows, _, unread = _rows(text)
    assert rows == frozenset()
    assert unread == {6, 7, 8}


PERIOD_SUM = """Lộ trình giảm số lượng người làm việc

| Năm | Số lượng người làm việc | Giảm so với năm trước |
|---|---|---|
| 2021 | 1.000 | |
| 2022 | 980 | 20 |
| 2023 | 950 | 30 |
| Cộng giảm 2022 - 2023 | | 50 |
"""


def test_a_closing_row_adds_up_the_yearly_changes_of_a_period() -> None:
    """Years as rows with a change "so với năm trước"; a closing row "Cộng giảm 2022 - 2023"
    holding only a change: the yearly falls from 2022 to 2023 add up to 2023 against 2021."""
    rows, _, unread = _rows(PERIOD_SUM)
    assert rows == {
        ("vc", 2021, 1000, None, None, None),
        ("vc", 2022, 980, None, None, None),
        ("vc", 2022, None, 20, 2021, None),
        ("vc", 2023, 950, None, None, None),
        ("vc", 2023, None, 30, 2022, None),
        ("vc", 2023, None, 50, 2021, None),
    }
    assert not unread


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Cộng giảm 2022 - 2023", "Cộng giảm 2022 - 2024"),  # 2024 has no row
        ("| Cộng giảm 2022 - 2023 | | 50 |", "| Cộng giảm 2022 - 2023 | 950 | 50 |"),
        ("Cộng giảm 2022 - 2023", "Cộng tăng 2022 - 2023"),  # a rise under a column of falls
    ],
)
def test_a_period_row_with_a_year_missing_or_a_figure_is_not_read(old: str, new: str) -> None:
    """The twins: a period reaching a year the table has no row of, a figure beside the sum
    of changes (of which year?), a rise added up from falls: the closing row is reported."""
    rows, _, unread = _rows(PERIOD_SUM.replace(old, new))
    assert ("vc", 2023, None, 50, 2021, None) not in rows
    assert unread == {8}


NOTED_CHANGE = """Biên chế các huyện năm 2025

| STT | Đơn vị | Biên chế công chức | Số lượng người làm việc | Ghi chú |
|---|---|---|---|---|
| 1 | Huyện Đông | 60 | 900 | Giảm 2 biên chế công chức so với năm 2024 do sáp nhập phòng |
| 2 | Huyện Tây | 40 | 600 | |
| | **Tổng cộng** | **100** | **1.500** | |
"""


def test_a_note_stating_a_category_change_against_a_year_is_read() -> None:
    """Bodies as rows, categories as columns and a notes column; a note "Giảm 2 biên chế công
    chức so với năm 2024 do ..." is the row's CBCC change against 2024 (the figure's year is
    the heading's), its reason holding no figure."""
    rows, _, unread = _rows(NOTED_CHANGE)
    assert rows == {
        ("cbcc-huyen-dong", 2025, 60, None, None, None),
        ("cbcc-huyen-dong", 2025, None, 2, 2024, None),
        ("vc-huyen-dong", 2025, 900, None, None, None),
        ("cbcc-huyen-tay", 2025, 40, None, None, None),
        ("vc-huyen-tay", 2025, 600, None, None, None),
        ("cbcc", 2025, 100, None, None, None),
        ("vc", 2025, 1500, None, None, None),
    }
    assert not unread


@pytest.mark.parametrize(
    "note",
    [
        "Giảm 2 biên chế so với năm 2024",  # of which category?
        "Giảm 2 biên chế công chức so với năm 2024 do chuyển 2 người sang tỉnh",
        "Giảm 2 biên chế công chức",  # against no year
    ],
)
def test_a_note_whose_change_cannot_be_placed_leaves_its_row_unread(note: str) -> None:
    """The twins: a note naming no category, a reason holding another figure, no base: the
    row is reported, the others read."""
    text = NOTED_CHANGE.replace("Giảm 2 biên chế công chức so với năm 2024 do sáp nhập phòng", note)
    rows, _, unread = _rows(text)
    assert not any(row[0] == "cbcc-huyen-dong" for row in rows)
    assert unread == {5}


CATEGORY_GROUPS_WITH_RATE = """Lộ trình biên chế theo cấp

| TT | Cấp | Biên chế công chức | | | | Viên chức | | | |
|---|---|---|---|---|---|---|---|---|---|
| | | Năm 2021 | Năm 2026 | Giảm | Tỷ lệ giảm (%) | Năm 2021 | Năm 2026 | Giảm | Tỷ lệ giảm (%) |
| 1 | Cấp tỉnh | 400 | 380 | 20 | 5,00 | 3.000 | 2.700 | 300 | 10,00 |
| | **Tổng cộng** | 400 | 380 | 20 | 5,00 | 3.000 | 2.700 | 300 | 10,00 |
"""


def test_category_groups_over_two_years_a_bare_change_and_its_rate() -> None:
    """A category over its two years, "Giảm" and "Tỷ lệ giảm (%)": the change is between its
    two years, the rate that change's."""
    rows, _, unread = _rows(CATEGORY_GROUPS_WITH_RATE)
    changes = {row for row in rows if row[3] is not None}
    assert changes == {
        ("cbcc-tinh", 2026, None, 20, 2021, "5,00%"),
        ("vc-tinh", 2026, None, 300, 2021, "10,00%"),
        ("cbcc", 2026, None, 20, 2021, "5,00%"),
        ("vc", 2026, None, 300, 2021, "10,00%"),
    }
    assert len(rows) == 12
    assert not unread


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # the rate before the change: the rate of which change?
        ("| Giảm | Tỷ lệ giảm (%) | Năm 2021", "| Tỷ lệ giảm (%) | Giảm | Năm 2021"),
        # three years under the category: "Giảm" between which two?
        (
            "| Năm 2021 | Năm 2026 | Giảm | Tỷ lệ giảm (%) | Năm 2021",
            "| Năm 2021 | Năm 2024 | Năm 2026 | Giảm | Năm 2021",
        ),
    ],
)
def test_category_groups_whose_change_or_rate_cannot_be_placed_are_not_read(
    old: str, new: str
) -> None:
    """The twins: a rate before its change, a bare change under three years: no row read."""
    text = CATEGORY_GROUPS_WITH_RATE.replace(old, new)
    assert text != CATEGORY_GROUPS_WITH_RATE
    rows, _, unread = _rows(text)
    assert rows == frozenset()
    assert unread == {6, 7}


def test_years_as_rows_with_a_notes_column() -> None:
    """Years as rows and a "Ghi chú" column: words there ("Số giao") are no figure, and the
    row reads as without them; the twin, a note holding a figure, leaves its row unread."""
    text = EACH_CATEGORY_ITS_CHANGE.replace(
        "| Tổng cộng (1) + (2) |", "| Tổng cộng (1) + (2) | Ghi chú |"
    )
    text = text.replace("|---|---|---|---|---|---|", "|---|---|---|---|---|---|---|")
    text = text.replace("| 2.300 |", "| 2.300 | Số được giao |").replace("| 2.190 |", "| 2.190 | |")
    assert _rows(text)[:2] == _rows(EACH_CATEGORY_ITS_CHANGE)[:2]
    assert not _rows(text)[2]
    rows, _, unread = _rows(text.replace("Số được giao", "Giao 2.300 biên chế"))
    assert {row[1] for row in rows} == {2022}
    assert unread == {5}


BODIES_COUNTED = """Biên chế các huyện năm 2025

| STT | Đơn vị | Số đơn vị hành chính cấp xã | Biên chế công chức | Số lượng người làm việc |
|---|---|---|---|---|
| 1 | Huyện Đông | 12 | 60 | 900 |
| 2 | Huyện Tây | 9 | 40 | 600 |
| | **Tổng cộng** | **21** | **100** | **1.500** |
"""


def test_a_column_counting_bodies_is_no_posts() -> None:
    """Categories as columns beside a count of communes ("Số đơn vị hành chính cấp xã"): the
    count is no post figure, and each row's CBCC and VC lines are read as without it."""
    rows, parts, unread = _rows(BODIES_COUNTED)
    assert rows == {
        ("cbcc-huyen-dong", 2025, 60, None, None, None),
        ("vc-huyen-dong", 2025, 900, None, None, None),
        ("cbcc-huyen-tay", 2025, 40, None, None, None),
        ("vc-huyen-tay", 2025, 600, None, None, None),
        ("cbcc", 2025, 100, None, None, None),
        ("vc", 2025, 1500, None, None, None),
    }
    assert parts["vc"] == ("vc-huyen-dong", "vc-huyen-tay")
    assert not unread


@pytest.mark.parametrize("header", ["Số lượng", "Số có mặt", "Số người"])
def test_a_column_whose_header_says_no_count_of_bodies_leaves_the_table_unread(
    header: str,
) -> None:
    """The twin: a header that does not say it counts bodies ("Số lượng" of what?): no row read."""
    rows, _, unread = _rows(BODIES_COUNTED.replace("Số đơn vị hành chính cấp xã", header))
    assert rows == frozenset()
    assert unread == {5, 6, 7}


@pytest.mark.parametrize("label", ["Cộng", "Tổng giảm", "Tổng cộng"])
def test_a_closing_row_naming_no_period_adds_up_the_whole_table(label: str) -> None:
    """A closing row naming no years ("Cộng", "Tổng giảm") under "Giảm so với năm trước",
    after every year row: the table's last year against its first."""
    rows, _, unread = _rows(PERIOD_SUM.replace("Cộng giảm 2022 - 2023", label))
    assert rows == _rows(PERIOD_SUM)[0]
    assert not unread


def test_a_sum_row_between_the_years_is_not_read() -> None:
    """The twin: "Cộng" between two year rows: the changes of which years does it add up?
    It is reported (and so is the year row after it, whose row above is no year)."""
    text = PERIOD_SUM.replace("| Cộng giảm 2022 - 2023 | | 50 |\n", "").replace(
        "| 2023 | 950 | 30 |", "| Cộng | | 20 |\n| 2023 | 950 | 30 |"
    )
    rows, _, unread = _rows(text)
    assert ("vc", 2022, None, 20, 2021, None) in rows
    assert not any(row[1] == 2023 and row[3] is not None for row in rows)
    assert 7 in unread


CHANGES_NAMING_THEIR_CATEGORY = (
    "Lộ trình biên chế của tỉnh\n\n| Năm | Công chức | Viên chức | Công chức giảm so với năm "
    "trước | Viên chức giảm so với năm trước |\n"
    """|---|---|---|---|---|
| 2021 | 300 | 2.000 | - | - |
| 2022 | 290 | 1.900 | 10 | 100 |
"""
)


def test_years_as_rows_changes_naming_their_category_after_both() -> None:
    """Both categories, then each one's change named by it ("Công chức giảm so với năm
    trước"): each change is of the one column of the category it names."""
    rows, _, unread = _rows(CHANGES_NAMING_THEIR_CATEGORY)
    assert rows == {
        ("cbcc", 2021, 300, None, None, None),
        ("vc", 2021, 2000, None, None, None),
        ("cbcc", 2022, 290, None, None, None),
        ("cbcc", 2022, None, 10, 2021, None),
        ("vc", 2022, 1900, None, None, None),
        ("vc", 2022, None, 100, 2021, None),
    }
    assert not unread


def test_a_change_naming_a_category_of_two_columns_is_not_read() -> None:
    """The twin: two columns of công chức before "Công chức giảm so với năm trước" (of the
    province's or the district's?): the 2022 row is reported."""
    text = CHANGES_NAMING_THEIR_CATEGORY.replace(
        "| Viên chức | Công chức giảm", "| Công chức cấp tỉnh | Công chức giảm"
    )
    rows, _, unread = _rows(text)
    assert {row[1] for row in rows} == {2021}
    assert unread == {6}


_LIST_ENDING_IN_RESERVE = (
    "Năm 2020, huyện được giao 800 biên chế.\n"
    "Đến năm 2025, tổng biên chế của huyện là 760 biên chế, gồm:\n"
    "a) Khối Đảng: 200 biên chế;\nb) Khối chính quyền: 550 biên chế;\n"
    "c) Biên chế dự phòng: 10 biên chế.\n"
)


def test_a_parenthesis_after_a_lists_last_item_goes_where_the_figures_say() -> None:
    """ "(giảm 40 ... so với năm 2020, tỷ lệ giảm 5%)" after the last item, the reserve, was
    read as the reserve's change. 760 + 40 = 800 and 40 / 800 = 5 %: the whole's, while the
    reserve's 10 + 40 would make it 80 %. The twin's rate is the reserve's, so it is the
    reserve's; with no rate and neither's 2020 figure known, the list closed by the
    reserve's full stop gives it to the whole (`_list_closer`); a reserve ending in ";"
    leaves it unread, and the list still gives the whole its parts."""
    rows, parts, unread = _rows(
        _LIST_ENDING_IN_RESERVE + "(giảm 40 biên chế so với năm 2020, tỷ lệ giảm 5%)"
    )
    assert ("tong", 2025, None, 40, 2020, "5%") in rows
    assert not any(unit == "du-phong" and reduction for unit, _, _, reduction, _, _ in rows)
    assert not unread
    rows, _, unread = _rows(
        _LIST_ENDING_IN_RESERVE + "(giảm 40 biên chế so với năm 2020, tỷ lệ giảm 80%)"
    )
    assert ("du-phong", 2025, None, 40, 2020, "80%") in rows
    assert not unread
    rows, parts, unread = _rows(_LIST_ENDING_IN_RESERVE + "(giảm 40 biên chế so với năm 2020)")
    assert {row for row in rows if row[3]} == {("tong", 2025, None, 40, 2020, None)}
    assert not unread
    open_list = _LIST_ENDING_IN_RESERVE.replace("10 biên chế.\n", "10 biên chế;\n")
    rows, parts, unread = _rows(open_list + "(giảm 40 biên chế so với năm 2020)")
    assert not any(reduction for *_, reduction, _, _ in rows)
    assert unread == {6}
    assert parts["tong"] == ("dang", "chinh-quyen", "du-phong")


def test_a_parenthesis_after_the_last_item_of_a_list_annotating_each_item() -> None:
    """Where the items before it each have their own parenthesis line, the one after the
    last item is that item's too (a decision listing every body's change under it); the
    twin, a single such line after the last item closing the list with its full stop, is
    the whole's (`_list_closer`)."""
    annotated = (
        "Đến năm 2025, tổng biên chế của huyện là 760 biên chế, gồm:\n"
        "- Khối Đảng: 200 biên chế;\n(giảm 3 biên chế so với năm 2020)\n"
        "- Khối chính quyền: 550 biên chế;\n(giảm 7 biên chế so với năm 2020)\n"
        "- Biên chế dự phòng: 10 biên chế.\n(giảm 40 biên chế so với năm 2020)"
    )
    rows, _, unread = _rows(annotated)
    assert ("du-phong", 2025, None, 40, 2020, None) in rows
    assert ("dang", 2025, None, 3, 2020, None) in rows
    assert not unread
    single = annotated.replace("\n(giảm 3 biên chế so với năm 2020)", "").replace(
        "\n(giảm 7 biên chế so với năm 2020)", ""
    )
    rows, _, unread = _rows(single)
    assert {row for row in rows if row[3]} == {("tong", 2025, None, 40, 2020, None)}
    assert not unread


_CLOSED_BY_A_LINE = (
    "Đến năm 2025, tổng biên chế của huyện là 760 biên chế, gồm:\n"
    "- Khối Đảng: 200 biên chế{dang};\n- Khối chính quyền: 560 biên chế.\n"
    "(giảm 40 biên chế so với năm 2020)"
)


def test_a_line_closing_a_list_is_the_leads_unless_its_items_compare_with_that_year() -> None:
    """ "(giảm 9 biên chế so với năm 2021)" on its own line after a list of parts whose last
    item ends with a full stop, no item having such a line of its own, is the lead's change
    (a report's block, a resolution's total), even where an item compares with another year.
    Twin: an item of the list stating its change against the line's own year: the line may
    be the last item's own, so it is not read."""
    rows, _, unread = _rows(_CLOSED_BY_A_LINE.format(dang=", giảm 3 biên chế so với năm 2024"))
    assert ("tong", 2025, None, 40, 2020, None) in rows
    assert ("dang", 2025, None, 3, 2024, None) in rows
    assert not unread
    rows, _, unread = _rows(_CLOSED_BY_A_LINE.format(dang=", giảm 3 biên chế so với năm 2020"))
    assert not any(row[3] == 40 for row in rows)
    assert unread == {4}


_CLOSING_TWO_LISTS = (
    "1. Năm 2020, tổng biên chế của huyện là 800 biên chế.\n"
    "2. Đến năm 2025, tổng biên chế của huyện là 760 biên chế, gồm:\n"
    "a) Khối Đảng: 200 biên chế;\nb) Khối chính quyền: 560 biên chế, cụ thể:\n"
    "+ Cấp huyện: 500 biên chế;\n+ Cấp xã: 60 biên chế.\n(giảm 40 biên chế so với năm 2020{rate})"
)


def test_a_line_closing_a_list_and_its_sub_list_goes_where_the_figures_say() -> None:
    """After the last item of a sub-list that is its list's last item too, the line may be
    the item's, the sub-list's lead's or the list's lead's: the one whose figures give the
    change while the others' contradict it (800 − 760 = 40 and 40 / 800 = 5 %; the block's
    560 + 40 and the item's 60 + 40 give other rates). Twin: with no rate, two leads are
    possible (the block's 2020 figure is unknown): not read."""
    rows, _, unread = _rows(_CLOSING_TWO_LISTS.format(rate=", tỷ lệ giảm 5%"))
    assert {row for row in rows if row[3]} == {("tong", 2025, None, 40, 2020, "5%")}
    assert not unread
    rows, _, unread = _rows(_CLOSING_TWO_LISTS.format(rate=""))
    assert not any(row[3] for row in rows)
    assert unread == {7}


_CHANGE_ONLY_LEAD = (
    "1. Tổng số người làm việc theo từng năm: năm 2021 là 1.000 người; năm 2025 là 950 người; "
    "năm 2026 là 900 người.\n2. Đến năm 2026 giảm {cut} người so với năm 2021, tỷ lệ giảm "
    "{rate}, cụ thể:\n+ Khối cơ quan: 300 người (giảm 40 người);\n"
    "+ Các đơn vị sự nghiệp: 600 người (giảm {units} người)."
)


def test_a_numbered_lead_giving_only_a_change_is_its_siblings_unit() -> None:
    """ "2. Đến năm 2026 giảm 100 người so với năm 2021, tỷ lệ giảm 10,00%, cụ thể:" right
    after "1. Tổng số người làm việc theo từng năm: ...": the change of the unit its sibling
    line stated, where that unit's figures give it (1.000 − 900 = 100); its items' changes
    are against its one year. Twin: a cut the figures do not give (90): not read, nor its
    items."""
    rows, parts, unread = _rows(_CHANGE_ONLY_LEAD.format(cut=100, rate="10,00%", units=60))
    total = {row[0] for row in rows if row[2] == 900}.pop()
    assert (total, 2026, None, 100, 2021, "10,00%") in rows
    assert {row[3] for row in rows if row[4] == 2021 and row[0] != total} == {40, 60}
    assert len(parts[total]) == 2
    assert not unread
    rows, _, unread = _rows(_CHANGE_ONLY_LEAD.format(cut=90, rate="9,00%", units=50))
    assert not any(row[3] for row in rows)
    assert unread == {2, 3, 4}


def test_a_change_only_line_needs_a_sibling_and_more_than_a_round_rate() -> None:
    """The same change on a lettered line under the numbered one is no sibling: not read;
    nor a sibling whose unit has no figure of the base year where only a round rate would
    tie the change to it ("10%" fits too many figures)."""
    chain = (
        "1. Tổng số người làm việc theo từng năm: năm 2024 là 950 người; năm 2026 là 900 người.\n"
    )
    change = "Đến năm 2026 giảm 100 người so với năm 2021, tỷ lệ giảm {rate}."
    rows, _, unread = _rows(chain + "2. " + change.format(rate="10,00%"))
    assert any(row[3] == 100 and row[5] == "10,00%" for row in rows)
    assert not unread
    for line in ("2. " + change.format(rate="10%"), "a) " + change.format(rate="10,00%")):
        rows, _, unread = _rows(chain + line)
        assert not any(row[3] for row in rows), line
        assert unread == {2}, line


_SHARES_BY_SECTOR = (
    "2. Số lượng người làm việc hưởng lương từ ngân sách nhà nước\n"
    "Năm 2022 tổng số lượng người làm việc được giao là 1.000 người.\n"
    "Đến năm 2025 giảm 90 người, còn 910 người, tỷ lệ giảm 9% so với năm 2022. Phân theo lĩnh "
    "vực đến năm 2025:\n"
    "- Giáo dục: 700 người (giảm 60 người);\n- Y tế: 150 người (giảm 20 người);\n"
    "- Lĩnh vực khác: 60 người (giảm 10 người)."
)


def test_a_lead_naming_again_the_year_of_the_figure_before_opens_its_parts() -> None:
    """ "... còn 910 người, ... so với năm 2022. Phân theo lĩnh vực đến năm 2025:" names only
    the year of the figure just stated: the items are its parts, their cuts against its
    year; the twin's lead names another year, so its items are of no figure read."""
    rows, parts, unread = _rows(_SHARES_BY_SECTOR)
    assert parts["vc"] == ("giao-duc", "y-te", "linh-vuc-khac")
    assert ("y-te", 2025, None, 20, 2022, None) in rows
    assert not unread
    rows, parts, unread = _rows(
        _SHARES_BY_SECTOR.replace(
            "Phân theo lĩnh vực đến năm 2025:", "Phân theo lĩnh vực năm 2023:"
        )
    )
    assert parts["vc"] == ()
    assert unread == {4, 5, 6}


_TWO_COMPARISONS_THEN_ITEMS = (
    "Biên chế công chức năm 2025: 1.345 biên chế, giảm 17 biên chế so với năm 2024; so với năm "
    "2021 (1.417 biên chế) giảm 72 biên chế. Cụ thể:\n"
    "- Cấp tỉnh: 788 biên chế (giảm 8 biên chế);\n- Cấp huyện: 557 biên chế (giảm 9 biên chế)."
)


def test_items_under_a_figure_compared_twice_take_the_year_their_cuts_add_up_to() -> None:
    """The figure is compared with 2024 (17) and 2021 (72); its items' cuts name no year, and
    8 + 9 = 17 says 2024. Twins: 8 + 64 = 72 says 2021; 8 + 10 adds up to neither, so the
    items are not read."""
    rows, parts, unread = _rows(_TWO_COMPARISONS_THEN_ITEMS)
    assert ("cap-tinh", 2025, None, 8, 2024, None) in rows
    assert ("cap-huyen", 2025, None, 9, 2024, None) in rows
    assert parts["cbcc"] == ("cap-tinh", "cap-huyen")
    assert not unread
    rows, _, unread = _rows(_TWO_COMPARISONS_THEN_ITEMS.replace("(giảm 9 ", "(giảm 64 "))
    assert ("cap-huyen", 2025, None, 64, 2021, None) in rows
    assert not unread
    rows, _, unread = _rows(_TWO_COMPARISONS_THEN_ITEMS.replace("(giảm 9 ", "(giảm 10 "))
    assert not any(unit.startswith("cap-") for unit, *_ in rows)
    assert unread == {2, 3}


def test_items_compared_twice_with_one_naming_its_year_take_that_year_if_the_cuts_agree() -> None:
    """The same list with a reserve saying its own comparison ("- Dự phòng: 20 biên chế, không
    thay đổi so với năm 2024."): 8 + 9 + 0 = 17 says 2024, the year the reserve names, so the
    bare cuts are against 2024. Twin: the reserve naming 2021 while the cuts add up to the
    2024 change: the items are not read."""
    reserve = "\n- Dự phòng: 20 biên chế, không thay đổi so với năm {year}."
    text = _TWO_COMPARISONS_THEN_ITEMS.replace("1.345", "1.365").replace(
        "(giảm 9 biên chế).", "(giảm 9 biên chế);"
    )
    rows, _, unread = _rows(text + reserve.format(year=2024))
    assert ("cap-tinh", 2025, None, 8, 2024, None) in rows
    assert ("cap-huyen", 2025, None, 9, 2024, None) in rows
    assert not unread
    rows, _, unread = _rows(text + reserve.format(year=2021))
    assert not any(unit.startswith("cap-") for unit, *_ in rows)
    assert {2, 3} <= unread


def test_this_figure_after_a_list_goes_where_its_recalled_base_says() -> None:
    """ "Con số này giảm 46 biên chế so với năm 2024 (3.150 biên chế)" after a list's last
    item: 3.150 − 46 = 3.104, the whole's figure, not the item's 2.618, so it is the whole's
    (with its 2024 figure). The twin recalls 2.664, and 2.664 − 46 is the item's 2.618: the
    item's. Without a recalled figure it stays unread (the test above)."""
    listed = (
        "Năm 2025, tổng biên chế công chức là 3.104 biên chế, gồm:\n- Khối Đảng: 486 biên chế;\n"
        "- Khối chính quyền: 2.618 biên chế.\nCon số này giảm 46 biên chế so với năm 2024 "
        "(3.150 biên chế)."
    )
    rows, _, unread = _rows(listed)
    assert ("cbcc", 2025, None, 46, 2024, None) in rows
    assert ("cbcc", 2024, 3150, None, None, None) in rows
    assert not unread
    rows, _, unread = _rows(listed.replace("(3.150 biên chế)", "(2.664 biên chế)"))
    assert ("chinh-quyen", 2025, None, 46, 2024, None) in rows
    assert ("chinh-quyen", 2024, 2664, None, None, None) in rows
    assert not unread
    rows, _, unread = _rows(listed.replace("(3.150 biên chế)", "(3.000 biên chế)"))
    assert not any(reduction for *_, reduction, _, _ in rows)
    assert unread == {4}


def test_a_reserve_named_alone_in_parentheses_is_a_unit_of_its_own() -> None:
    """ "1.762 biên chế (gồm 18 biên chế dự phòng)": the reserve inside the figure, as "kể cả
    18 biên chế dự phòng" is, a unit of its own and no list of parts. Its twin names the
    reserve of another year inside the parenthesis and is not read."""
    text = "Biên chế công chức được giao năm 2021 là 1.762 biên chế (gồm 18 biên chế dự phòng)."
    rows, parts, unread = _rows(text)
    assert rows == {
        ("cbcc", 2021, 1762, None, None, None),
        ("du-phong", 2021, 18, None, None, None),
    }
    assert not any(parts.values())
    assert not unread
    rows, _, unread = _rows(text.replace("dự phòng)", "dự phòng của năm 2020)"))
    assert not rows
    assert unread == {1}


def test_an_item_after_a_base_figure_recalled_in_parentheses() -> None:
    """ "Trong đó, cấp tỉnh 1.104 biên chế (năm 2021: 1.162), cấp huyện 883 biên chế (năm
    2021: 944)": the parenthesis closing right after the count it recalls ends that count,
    so "cấp huyện" still names the next one (it was left unread). The twin's parenthesis
    goes on with words after its count ("và các hội"): what it closes is not said, and the
    sentence stays unread."""
    lead = (
        "Năm 2025, số biên chế công chức được giao là 1.987, giảm 119 biên chế, tỷ lệ giảm 5,65% "
        "so với năm 2021. "
    )
    rows, _, unread = _rows(
        lead + "Trong đó, cấp tỉnh 1.104 biên chế (năm 2021: 1.162), cấp huyện 883 biên chế "
        "(năm 2021: 944)."
    )
    assert {
        ("cap-tinh", 2025, 1104, None, None, None),
        ("cap-tinh", 2021, 1162, None, None, None),
        ("cap-huyen", 2025, 883, None, None, None),
        ("cap-huyen", 2021, 944, None, None, None),
    } <= rows
    assert not unread
    rows, _, unread = _rows(
        lead + "Trong đó, cấp tỉnh 1.104 biên chế (năm 2021: 1.162 biên chế và các hội), cấp huyện "
        "883 biên chế."
    )
    assert not any(unit.startswith("cap-") for unit, *_ in rows)
    assert unread == {1}


def _assert_outside_beside_the_posts(sentence: str) -> None:
    """After a line of posts given, `sentence` adds nothing read and nothing unread."""
    rows, _, unread = _rows(_GIVEN_2025 + sentence)
    assert rows == {
        ("cbcc", 2025, 1486, None, None, None),
        ("cbcc", 2025, None, 26, 2024, None),
    }, sentence
    assert not unread, sentence


def test_people_in_post_named_by_their_category_are_outside() -> None:
    """ "Số công chức có mặt tại ngày 30/6/2024 là 1.902 người; còn 65 biên chế chưa sử dụng",
    "..., thấp hơn số được giao 109 người": people in post on a day, the posts left and the
    shortfall, none a figure of the plan (they were reported unread). The twins name posts
    given or planned in the subject, and stay unread."""
    people = (
        "Số công chức có mặt tại ngày 30/6/2024 là 1.902 người; còn 65 biên chế chưa sử dụng.",
        "Ông A, Vụ trưởng, cho biết số công chức có mặt đến cuối năm 2023 là 1.041 người.",
        "Tổng số viên chức và người lao động có mặt tại thời điểm ngày 30/6/2025 là 19.102 "
        "người, thấp hơn số được giao 109 người.",
        "Tổng số công chức có mặt đến ngày 31/12/2023 là 3.301 người, thấp hơn 175 người so với "
        "biên chế được giao.",
        "Tại ngày 30/6/2024, số công chức có mặt là 431 người, số viên chức có mặt là 296 người.",
        "Tính đến ngày 1/5/2025, tổng số người làm việc có mặt tại hai tỉnh là 28.543 người, "
        "trong đó tỉnh A 15.372 người, tỉnh B 13.171 người.",
    )
    for sentence in people:
        _assert_outside_beside_the_posts(sentence)
    posts = (
        "Số công chức có mặt theo biên chế được giao năm 2024 là 1.902 người.",
        "Số công chức có mặt theo kế hoạch năm 2026 là 1.850 người.",
        "Năm 2024, Sở A được giao 40 biên chế công chức, thấp hơn số được giao 5 người.",
    )
    for sentence in posts:
        _, _, unread = _rows(_GIVEN_2025 + sentence)
        assert unread == {2}, sentence


def test_people_present_by_category_in_a_clause_are_outside() -> None:
    """ "các cơ quan, đơn vị có mặt 2.034 công chức và 23.517 viên chức", "toàn tỉnh có 1.811
    công chức có mặt": people present, counted by category in the middle of a sentence, are
    outside (they were reported unread); the twins count posts ("có 1.811 biên chế công
    chức") or give them, and are read as the figures they are."""
    for sentence in (
        "Đến ngày 30/6/2025, các cơ quan, đơn vị có mặt 2.034 công chức và 23.517 viên chức; "
        "84 biên chế công chức và 789 chỉ tiêu viên chức chưa sử dụng.",
        "Quản lý chặt chẽ biên chế dự phòng; tại ngày 30/6/2024 toàn tỉnh có 1.811 công chức có "
        "mặt, còn 91 biên chế chưa sử dụng.",
    ):
        _assert_outside_beside_the_posts(sentence)
    rows, _, unread = _rows("Năm 2025, toàn tỉnh có 1.811 biên chế công chức.")
    assert rows == {("cbcc", 2025, 1811, None, None, None)}
    assert not unread
    rows, _, unread = _rows(
        "Năm 2025, các cơ quan, đơn vị được giao 2.034 biên chế công chức và 23.517 viên chức."
    )
    assert {value for _, _, value, *_ in rows} >= {2034, 23517}
    assert not unread


def test_people_at_work_by_category_are_outside() -> None:
    """ "thành phố hiện có 179 công chức và 2.301 viên chức đang làm việc", "Hiện toàn khối có
    1.019 cán bộ, công chức, viên chức đang làm việc": people at work now, outside (they were
    reported unread). The twin without "đang làm việc" may be posts or people: still unread."""
    for sentence in (
        "Ông A cho biết thành phố hiện có 179 công chức và 2.301 viên chức đang làm việc.",
        "Hiện toàn khối có 1.019 cán bộ, công chức, viên chức đang làm việc, thấp hơn số biên "
        "chế được giao năm 2022.",
        "Ông B cho biết hiện thành phố có 1.197 công chức đang làm việc, còn 51 biên chế chưa sử "
        "dụng.",
    ):
        _assert_outside_beside_the_posts(sentence)
    # (session 12, eng-inpost4: "Hiện (nay) ... có N cán bộ, công chức, viên chức" is people in
    # post now, outside; with no "hiện" it may be posts or people: still unread)
    _assert_outside_beside_the_posts("Hiện toàn khối có 1.019 cán bộ, công chức, viên chức.")
    _, _, unread = _rows(_GIVEN_2025 + "Năm 2024, toàn khối có 1.019 cán bộ, công chức, viên chức.")
    assert unread == {2}
    # "N người đang làm việc" are people too, contract staff among them or not; "N người làm
    # việc" (no "đang") is the category of posts, read
    _assert_outside_beside_the_posts(
        "Hiện các đơn vị sự nghiệp còn 19.870 người đang làm việc, trong đó có cả người hợp đồng."
    )
    rows, _, unread = _rows("Năm 2025, tỉnh có 19.870 người làm việc.")
    assert rows == {("vc", 2025, 19870, None, None, None)}
    assert not unread


def test_a_cut_set_in_percent_with_no_count_is_a_rule_outside() -> None:
    """ "đến năm 2026 giảm tối thiểu 5% biên chế công chức và 10% số lượng người làm việc so
    với năm 2021", "Mỗi năm giảm bình quân khoảng 1% ... và 2% ...": a goal the plan sets, no
    figure (it was reported unread). The twins say the rate plainly (a claim on the figures)
    or give a count beside it, and stay unread."""
    for sentence in (
        "Quản lý chặt chẽ biên chế; thực hiện đúng lộ trình để đến năm 2026 giảm tối thiểu 5% "
        "biên chế công chức và 10% số lượng người làm việc so với số được giao năm 2021.",
        "Mỗi năm giảm bình quân khoảng 1% biên chế công chức và 2% số lượng người làm việc so "
        "với số giao năm 2021; Vụ Tổ chức cán bộ theo dõi, báo cáo Bộ trưởng.",
    ):
        _assert_outside_beside_the_posts(sentence)
    for sentence in (
        "Năm 2025 giảm 5% biên chế viên chức so với năm 2021.",
        "Đến năm 2026 giảm tối thiểu 5% biên chế công chức, tương ứng 87 biên chế.",
    ):
        _, _, unread = _rows(_GIVEN_2025 + sentence)
        assert unread == {2}, sentence


def test_posts_asked_to_keep_and_people_gone_are_outside() -> None:
    """ "Đề nghị Bộ Nội vụ xem xét cho tỉnh giữ lại 42 biên chế công chức ...": posts asked
    for, not given; "(đến ngày 30/6/2025 có 23 người đã nghỉ)": people who left. Both outside
    (they were reported unread). The twins keep posts without asking, or go on to a cut of
    posts after the people gone, and stay unread."""
    for sentence in (
        "Đề nghị Bộ Nội vụ xem xét cho tỉnh giữ lại 42 biên chế công chức để bố trí cho các cơ "
        "quan mới thành lập.",
        "Các huyện ủy sáp nhập 3 ban trong năm 2025; người dôi dư được giải quyết chế độ theo "
        "Nghị định số 178/2024/NĐ-CP (đến ngày 30/6/2025 có 23 người đã nghỉ).",
    ):
        _assert_outside_beside_the_posts(sentence)
    _, _, unread = _rows(
        _GIVEN_2025 + "Năm 2026, có 23 người đã nghỉ, giảm 23 biên chế so với năm 2025."
    )
    assert unread == {2}
    # posts kept without asking are posts: the reserve (session 9, eng-reserve; was unread)
    rows, _, unread = _rows(_GIVEN_2025 + "Năm 2026, tỉnh giữ lại 42 biên chế công chức dự phòng.")
    assert not unread and ("du-phong", 2026, 42, None, None, None) in rows


def test_a_block_at_one_level_is_not_the_block_at_another() -> None:
    """ "Mặt trận Tổ quốc và các đoàn thể cấp tỉnh" and "... cấp huyện" are two units (they
    were once one, so the second row's figures were filed under the first); the twin names
    both levels at once, and is the block across levels."""
    rows, parts, unread = _rows(
        "| TT | Cơ quan | Năm 2021 | Năm 2026 |\n|---|---|---|---|\n"
        "| 1 | Mặt trận Tổ quốc và các đoàn thể cấp tỉnh | 142 | 135 |\n"
        "| 2 | Mặt trận Tổ quốc và các đoàn thể cấp huyện | 170 | 161 |\n"
        "| | Tổng cộng | 312 | 296 |"
    )
    assert {
        ("mttq-tinh", 2021, 142, None, None, None),
        ("mttq-huyen", 2021, 170, None, None, None),
    } <= rows
    assert parts["tong"] == ("mttq-tinh", "mttq-huyen")
    assert not unread
    rows, _, unread = _rows(
        "Năm 2026, khối Mặt trận Tổ quốc và các đoàn thể hai cấp tỉnh, huyện có 296 biên chế."
    )
    assert rows == {("mttq", 2026, 296, None, None, None)}
    assert not unread


def test_one_sector_named_after_trong_do_is_some_of_the_figure() -> None:
    """ "..., trong đó ngành giáo dục và đào tạo có 15.206 người;": one sector is some of the
    figure's posts, not all its parts (it was once read as its only part, a false sum slip);
    the twin lists sectors that add up, and they are its parts."""
    rows, parts, unread = _rows(
        "Năm 2025, số người làm việc là 21.740 người, trong đó ngành giáo dục và đào tạo có "
        "15.206 người;"
    )
    assert not parts.get("vc")
    assert all(value != 15206 for _, _, value, *_ in rows)
    assert ("vc", 2025, 21740, None, None, None) in rows
    rows, parts, unread = _rows(
        "Năm 2025, số người làm việc là 21.740 người, gồm: sự nghiệp giáo dục 15.206 người, "
        "sự nghiệp y tế 4.000 người, sự nghiệp khác 2.534 người."
    )
    assert len(parts["vc"]) == 3
    assert not unread


def test_a_decree_cited_as_grounds_does_not_allocate_part_time_staff() -> None:
    """A decree "quy định về cán bộ, công chức cấp xã và người hoạt động không chuyên trách"
    cited among the grounds names its own subject, not the document's: part-time staff
    counted later stay outside (they were once read as a unit); the twin allocates them
    beside the posts in its own words, and reads them."""
    grounds = (
        "Căn cứ Nghị định số 33/2023/NĐ-CP quy định về cán bộ, công chức cấp xã và người hoạt "
        "động không chuyên trách ở cấp xã;\n"
    )
    body = (
        "Năm 2024, số cán bộ, công chức cấp xã là 3.872 người.\n"
        "Năm 2024, số người hoạt động không chuyên trách ở cấp xã là 2.716 người.\n"
    )
    rows, _, unread = _rows(grounds + body)
    assert rows == {("cbcc-xa", 2024, 3872, None, None, None)}
    assert not unread
    rows, _, _ = _rows(
        "Giao số lượng cán bộ, công chức cấp xã và người hoạt động không chuyên trách ở cấp xã "
        "năm 2024.\n" + body
    )
    assert any(value == 2716 for _, _, value, *_ in rows)


def test_a_count_of_people_where_they_work_among_the_total_is_not_its_figure() -> None:
    """ "Trong tổng số trên có 20.415 người làm việc tại các cơ sở giáo dục": the people of
    some of its bodies (once read as the whole VC figure, a false alarm), a subset of the total
    (branch eng-subsets; it was left unread before); the twin names the category alone, and is
    its line of the total."""
    head = "Năm 2026, tổng biên chế là 29.362 biên chế.\n"
    text = head + "Trong tổng số trên có 20.415 người làm việc tại các cơ sở giáo dục công lập."
    rows, _, unread = _rows(text)
    assert rows == {
        ("tong", 2026, 29362, None, None, None),
        ("tong-co-so-giao-duc", 2026, 20415, None, None, None),
    }
    assert _subsets(text) == {"tong-co-so-giao-duc": "tong"}
    assert not unread
    rows, _, unread = _rows(head + "Trong tổng số trên có 26.560 người làm việc.")
    assert ("vc", 2026, 26560, None, None, None) in rows
    assert not unread


_ALLOCATION_THEN_COMPARISON = (
    "Điều 1. Giao 2.112 biên chế công chức năm 2024 cho các cơ quan hành chính của tỉnh, trong "
    "đó:\n1. Cấp tỉnh: 1.165 biên chế.\n2. Cấp huyện: 932 biên chế.\n"
    "3. Biên chế dự phòng: 15 biên chế.\n\n"
    "So với biên chế giao năm 2023 (2.149 biên chế), năm 2024 giảm 37 biên chế."
)


def test_a_fronted_comparison_after_a_list_goes_where_its_recalled_figure_says() -> None:
    """A paragraph naming no unit right after a list's last item ("So với biên chế giao năm
    2023 (2.149 biên chế), năm 2024 giảm 37 biên chế"): 2.149 − 37 = 2.112 is the whole's
    2024 figure, not the reserve's 15, so the comparison is the whole's. The twin recalls
    2.150, which gives neither: not read."""
    rows, _, unread = _rows(_ALLOCATION_THEN_COMPARISON)
    whole = next(unit for unit, year, value, *_ in rows if value == 2112)
    assert (whole, 2023, 2149, None, None, None) in rows
    assert (whole, 2024, None, 37, 2023, None) in rows
    assert not unread
    rows, _, unread = _rows(_ALLOCATION_THEN_COMPARISON.replace("2.149", "2.150"))
    assert not any(reduction for *_, reduction, _, _ in rows)
    assert unread == {6}


def test_items_with_items_of_their_own_take_no_year_from_a_partial_sum() -> None:
    """The first two items' cuts (8 + 9) add up to the 2024 change, but the list goes on
    after the second item's own items ("+ Huyện A ..."), with a third item: the sum read
    ahead would be partial, so no year is taken and the items are not read."""
    nested = _TWO_COMPARISONS_THEN_ITEMS.replace(
        "(giảm 9 biên chế).",
        "(giảm 9 biên chế), gồm:\n+ Huyện A: 300 biên chế (giảm 4 biên chế);\n+ Huyện B: 257 "
        "biên chế (giảm 5 biên chế).\n- Dự phòng: 10 biên chế (giảm 1 biên chế).",
    )
    rows, _, unread = _rows(nested)
    assert not any(base == 2024 for unit, _, _, _, base, _ in rows if unit != "cbcc")
    assert unread == {2, 3, 4, 5, 6}


def test_a_parenthesis_after_an_annotated_lists_last_item_that_the_figures_give_the_whole() -> None:
    """In a list whose items each have their own parenthesis line, the last one is the last
    item's (the test above), unless the figures say it is the whole's: 760 + 40 = 800 and 40 /
    800 = 5 %, while the reserve's 10 + 40 would make it 80 %."""
    rows, _, unread = _rows(
        "Đến năm 2025, tổng biên chế của huyện là 760 biên chế, gồm:\n"
        "- Khối Đảng: 200 biên chế;\n(giảm 3 biên chế so với năm 2020)\n"
        "- Khối chính quyền: 550 biên chế;\n(giảm 7 biên chế so với năm 2020)\n"
        "- Biên chế dự phòng: 10 biên chế.\n(giảm 40 biên chế so với năm 2020, tỷ lệ giảm 5%)"
    )
    assert ("tong", 2025, None, 40, 2020, "5%") in rows
    assert not any(unit == "du-phong" and reduction for unit, _, _, reduction, _, _ in rows)
    assert not unread


def test_counts_under_a_lead_naming_people_in_post_are_outside() -> None:
    """ "Về số người có mặt: đến ngày 30/6/2024, khối chính quyền có 2.046 công chức và 14.711
    viên chức ...; còn 85 biên chế ... chưa sử dụng": under a lead naming people in post, the
    counts are people and the posts left unused; and "bố trí 633 công chức và 12.678 viên
    chức đang công tác ở cấp huyện về ...": people moved. All outside (they were reported
    unread). The twins give posts or a change under the same lead, and stay unread."""
    for sentence in (
        "Về số người có mặt: đến ngày 30/6/2024, khối chính quyền có 2.046 công chức và 14.711 "
        "viên chức, người lao động hưởng lương từ ngân sách; còn 85 biên chế công chức và 607 "
        "chỉ tiêu người làm việc chưa sử dụng.",
        "Điều động về cấp xã: bố trí 633 công chức và 12.678 viên chức đang công tác ở cấp "
        "huyện về làm việc tại các xã, phường mới.",
    ):
        _assert_outside_beside_the_posts(sentence)
    for sentence in (
        "Về số người có mặt: năm 2024 khối chính quyền được giao 2.046 người, có mặt 2.000 người.",
        "Về số người có mặt: khối chính quyền có 2.046 người, giảm 20 người so với năm 2023.",
        "Về số người có mặt: khối chính quyền có 2.046 biên chế công chức.",
    ):
        _, _, unread = _rows(_GIVEN_2025 + sentence)
        assert unread == {2}, sentence


def test_people_leaving_the_payroll_are_outside() -> None:
    """ "khi đó 312 viên chức của các trường này không còn hưởng lương từ ngân sách nhà nước":
    people leaving the payroll, outside (it was reported unread); the twin counts posts ("312
    biên chế viên chức ...") and stays unread."""
    _assert_outside_beside_the_posts(
        "Trong giai đoạn 2023 - 2025 sẽ chuyển 2 trường cao đẳng sang tự bảo đảm chi thường "
        "xuyên, khi đó 312 viên chức của các trường này không còn hưởng lương từ ngân sách."
    )
    _, _, unread = _rows(
        _GIVEN_2025
        + "Năm 2025, 312 biên chế viên chức của các trường không còn hưởng lương từ ngân sách."
    )
    assert unread == {2}


def test_part_time_staff_named_first_with_their_count_in_parentheses() -> None:
    """ "Số lượng người hoạt động không chuyên trách ở cấp xã tiếp tục thực hiện theo Nghị
    quyết số 09/2023/NQ-HĐND (tổng số 2.190 người)": part-time commune staff, their count
    after; outside where the text allocates them nowhere (it was reported unread). The twin
    names posts between, and stays unread."""
    _assert_outside_beside_the_posts(
        "Số lượng người hoạt động không chuyên trách ở cấp xã tiếp tục thực hiện theo Nghị "
        "quyết số 09/2023/NQ-HĐND (tổng số 2.190 người)."
    )
    _, _, unread = _rows(
        _GIVEN_2025 + "Số lượng người hoạt động không chuyên trách và biên chế công chức cấp xã "
        "thực hiện theo Nghị quyết số 09/2023/NQ-HĐND (tổng số 2.190 người)."
    )
    assert unread == {2}


def test_a_change_after_people_put_outside_is_never_the_posts() -> None:
    """A change said after people in post put outside ("... là 14.977 người, giảm 120 người so
    với năm 2023") has no unit in its sentence: unread, never the posts' change of the line
    before."""
    for sentence in (
        "Số viên chức có mặt tại ngày 30/6/2024 là 14.977 người, giảm 120 người so với năm 2023.",
        "Toàn tỉnh có mặt 14.977 viên chức, giảm 120 người so với năm 2023.",
        "Hiện toàn khối có 1.019 viên chức đang làm việc, giảm 20 người so với năm 2023.",
    ):
        rows, _, unread = _rows("Năm 2024, tỉnh được giao 15.389 biên chế viên chức.\n" + sentence)
        assert rows == {("vc", 2024, 15389, None, None, None)}, sentence
        assert unread == {2}, sentence


def test_places_in_a_recruitment_listed_where_they_go_are_outside() -> None:
    """ "Sở Nội vụ đề xuất thi tuyển 33 chỉ tiêu: 10 chỉ tiêu ở ...; 13 chỉ tiêu ở ...; 10 chỉ
    tiêu dự phòng ...": people to recruit, outside where the items add up to the quota (it
    was reported unread). The twins do not add up, or name posts among the items: unread."""
    _assert_outside_beside_the_posts(
        "Sở Nội vụ đề xuất thi tuyển 33 chỉ tiêu: 10 chỉ tiêu ở các sở; 13 chỉ tiêu ở UBND các "
        "huyện; 10 chỉ tiêu dự phòng để bổ sung lãnh đạo còn thiếu."
    )
    for sentence in (
        "Sở Nội vụ đề xuất thi tuyển 33 chỉ tiêu: 10 chỉ tiêu ở các sở; 13 chỉ tiêu ở UBND các "
        "huyện; 11 chỉ tiêu dự phòng.",
        "Sở Nội vụ đề xuất thi tuyển 33 chỉ tiêu: 10 chỉ tiêu ở các sở; 13 chỉ tiêu ở UBND các "
        "huyện; 10 biên chế dự phòng.",
    ):
        _, _, unread = _rows(_GIVEN_2025 + sentence)
        assert unread == {2}, sentence


def test_a_parenthesis_line_naming_another_category_is_not_the_item_above() -> None:
    """ "(giảm 122 biên chế công chức, ...)" after an item whose last clause is the VC: the
    line names the CBCC, so it is not the VC's change (it was once read as the VC's, a false
    alarm); the twin names no category and is the item's."""
    item = (
        "III. LỘ TRÌNH\n\n2. Năm 2026: số lượng người làm việc 17.890 người, giảm 500 người so "
        "với năm 2025.\n"
    )
    rows, _, unread = _rows(item + "(giảm 122 biên chế công chức, tỷ lệ 5,01%, so với năm 2021)")
    assert all(reduction != 122 for *_, reduction, _, _ in rows)
    assert unread == {4}
    rows, _, unread = _rows(item + "(giảm 1.990 người, tỷ lệ 10,01%, so với năm 2021)")
    assert ("vc", 2026, None, 1990, 2021, "10,01%") in rows
    assert not unread


def test_a_law_target_on_a_total_never_split_is_kept_unverifiable() -> None:
    """A Party block's total from 2021 to 2026 that never gives CBCC or VC apart and counts
    public service units too: KL 40 cannot be measured on it, and the document must not check
    clean (the target was once left out, so a plan missing it checked clean); the twin gives
    the CBCC apart and is measured. (eng-slips5: without the public service units, the Party
    side's posts alone are cán bộ, công chức, `build._party_posts`: measured, and missed.)"""
    party = (
        "Tổng biên chế các cơ quan đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội của "
        "tỉnh đến năm 2026 là 1.017 biên chế, giảm 49 biên chế so với năm 2021 (1.066 biên chế)."
    )
    mixed = party.replace(
        "chính trị - xã hội của", "chính trị - xã hội và các đơn vị sự nghiệp của"
    )
    plan = plan_from_result(extract_plan(mixed, "doc.txt"), "doc.txt")
    kinds = {f.kind for f in check_plan(plan).findings}
    assert "target-unverifiable" in kinds
    alone = check_plan(plan_from_result(extract_plan(party, "doc.txt"), "doc.txt"))
    assert [s.met for s in alone.targets] == [False]
    split = party.replace("Tổng biên chế", "Tổng biên chế công chức")
    result = check_plan(plan_from_result(extract_plan(split, "doc.txt"), "doc.txt"))
    assert [s.met for s in result.targets if s.target.category is not None] == [False]


def test_a_count_named_apart_from_its_subject_is_not_read() -> None:
    """A rate naming another category after it ("...; năm 2026 giảm 5% biên chế viên chức")
    under the công chức named before, and a count restating a bound ("tức 87 biên chế"), were
    once read as the công chức's: not read. The twin's rate names its own subject."""
    _, _, unread = _rows(
        "Giai đoạn 2022 - 2026 giảm tối thiểu 5% biên chế công chức; năm 2026 giảm 5% biên "
        "chế viên chức so với năm 2021."
    )
    assert unread == {1}
    rows, _, unread = _rows(
        "Năm 2021, biên chế công chức là 1.740 biên chế.\nĐến năm 2026 giảm tối thiểu 5% biên "
        "chế công chức, tức 87 biên chế."
    )
    assert rows == {("cbcc", 2021, 1740, None, None, None)}
    assert unread == {2}
    rows, _, unread = _rows(
        "Năm 2021, biên chế công chức là 1.740 biên chế.\nĐến năm 2026, biên chế công chức "
        "giảm 5% biên chế công chức so với năm 2021."
    )
    assert any(rate == "5%" for *_, rate in rows)


def test_people_of_self_financed_units_are_outside() -> None:
    """People of units paying all their running costs hold no budget post (they were once
    read as a unit); the twin, units not yet self-financed ("chưa tự bảo đảm"), is read."""
    head = "Năm 2021, số người làm việc là 25.740 người.\n"
    rows, _, unread = _rows(
        head + "Số người làm việc tại các đơn vị sự nghiệp tự bảo đảm chi thường xuyên (năm "
        "2021 có 3.120 người) không tính vào số trên."
    )
    assert rows == {("vc", 2021, 25740, None, None, None)}
    assert not unread
    rows, _, _ = _rows(
        "Năm 2021, số người làm việc trong các đơn vị sự nghiệp công lập chưa tự bảo đảm chi "
        "thường xuyên là 25.740 người."
    )
    assert any(value == 25740 for _, _, value, *_ in rows)


def test_a_sector_after_another_sectors_subset_is_its_sibling() -> None:
    """ "... giáo dục ... 23.880 người, trong đó có 21.450 giáo viên; sự nghiệp y tế giữ nguyên
    3.950 người": the second sector was once read as a part of the first (a false sum slip);
    it is a sibling. The twin without the subset lists both sectors as siblings too."""
    text = (
        "Năm 2025, sự nghiệp giáo dục và đào tạo được giao 23.880 người, trong đó có 21.450 "
        "giáo viên; sự nghiệp y tế 3.950 người."
    )
    _, parts, _ = _rows(text)
    assert not any("y-te" in part for members in parts.values() for part in members)


def test_a_sum_said_after_a_row_of_categories_is_their_total() -> None:
    """A "...; tổng cộng N biên chế" closing a row of two categories' counts was not read: it is
    the total whose parts are the two, and a sum that does not add up is a slip the core finds.
    Twins: a clause with a change of its own, or a "tổng cộng" stating a change, stay unread."""
    row = (
        "Năm 2021, tỉnh được giao 1.200 biên chế công chức và 9.800 người làm việc hưởng "
        "lương từ ngân sách nhà nước; tổng cộng {} biên chế."
    )
    rows, parts, unread = _rows(row.format("11.000"))
    assert rows == {
        ("cbcc", 2021, 1200, None, None, None),
        ("vc", 2021, 9800, None, None, None),
        ("tong", 2021, 11000, None, None, None),
    }
    assert parts["tong"] == ("cbcc", "vc")
    assert not unread
    wrong = plan_from_result(extract_plan(row.format("10.900"), "doc.txt"), "doc.txt")
    assert "sum-mismatch" in {f.kind for f in check_plan(wrong).findings}
    for declined in (
        "Năm 2021, tỉnh được giao 1.200 biên chế công chức, giảm 12 biên chế và 9.800 người "
        "làm việc; tổng cộng 11.000 biên chế.",
        "Năm 2021, tỉnh được giao 1.200 biên chế công chức và 9.800 người làm việc; tổng cộng "
        "giảm 110 biên chế.",
    ):
        assert _rows(declined)[2] == {1}


def test_the_vc_named_by_its_pay_after_the_cong_chuc_is_a_category_part() -> None:
    """A "gồm 2.000 biên chế công chức và 18.000 người làm việc hưởng lương từ ngân sách nhà
    nước": after the công chức, the law's name of the VC, once taken for a pay source and the
    line left unread. Twin: set against another pay source, it stays a pay-source part."""
    rows, parts, unread = _rows(
        "Năm 2021, tổng biên chế được giao của tỉnh là 20.000, gồm 2.000 biên chế công chức và "
        "18.000 người làm việc hưởng lương từ ngân sách nhà nước."
    )
    assert ("cbcc", 2021, 2000, None, None, None) in rows
    assert ("vc", 2021, 18000, None, None, None) in rows
    assert sorted(p for ps in parts.values() for p in ps) == ["cbcc", "vc"]
    assert not unread
    rows, _, unread = _rows(
        "Năm 2021, tỉnh được giao 20.000 người làm việc, trong đó 2.000 người làm việc hưởng "
        "lương từ nguồn thu sự nghiệp và 18.000 người làm việc hưởng lương từ ngân sách nhà "
        "nước."
    )
    assert not any(row[0] == "cbcc" for row in rows)
    assert 18000 in {row[2] for row in rows} and not unread


def test_a_parenthesis_line_after_a_two_category_item_goes_to_the_category_it_names() -> None:
    """An item stating the CBCC and then the VC of a year, closed by "(giảm 118 biên chế công
    chức, ...)": the line is the item's CBCC change against 2021, not the VC's (the unit last
    read) and not declined; the next line naming the VC is the VC's. The twin's item states
    the VC only, so the CBCC line has no unit of its own there and stays unread."""
    both = (
        "III. LỘ TRÌNH\n\n4. Năm 2026: biên chế công chức 1.640, giảm 20 so với năm 2025; số "
        "lượng người làm việc 9.300 người, giảm 210 người so với năm 2025.\n"
        "(giảm 118 biên chế công chức, tỷ lệ 6,71%, so với năm 2021)\n"
        "(giảm 1.040 người làm việc, tỷ lệ 10,06%, so với năm 2021)"
    )
    rows, _, unread = _rows(both)
    assert ("cbcc", 2026, None, 118, 2021, "6,71%") in rows
    assert ("vc", 2026, None, 1040, 2021, "10,06%") in rows
    assert not unread
    vc_only = (
        "III. LỘ TRÌNH\n\n4. Năm 2026: số lượng người làm việc 9.300 người, giảm 210 người so "
        "với năm 2025.\n(giảm 118 biên chế công chức, tỷ lệ 6,71%, so với năm 2021)"
    )
    rows, _, unread = _rows(vc_only)
    assert all(reduction != 118 for *_, reduction, _, _ in rows)
    assert unread == {4}


def test_a_result_line_naming_the_category_after_its_count_is_the_unit_just_read() -> None:
    """ "Như vậy, năm 2024 giảm 60 biên chế công chức, tỷ lệ 3,12% so với năm 2021." right
    after the sentence giving the công chức year by year: that unit's change. The twins name
    another category than the line before (the VC after the công chức), or a year the unit
    before has no figure of: unread, never given to the unit before."""
    series = (
        "1. Năm 2021, tỉnh được giao 1.922 biên chế công chức.\n\n"
        "2. Biên chế công chức được giao qua các năm: năm 2022 là 1.900; năm 2023 là 1.881; "
        "năm 2024 là 1.862 biên chế.\n"
    )
    rows, _, unread = _rows(
        series + "Như vậy, năm 2024 giảm 60 biên chế công chức, tỷ lệ 3,12% so với năm 2021."
    )
    assert ("cbcc", 2024, None, 60, 2021, "3,12%") in rows
    assert not unread
    _, _, unread = _rows(
        series + "Như vậy, năm 2024 giảm 60 người làm việc, tỷ lệ 3,12% so với năm 2021."
    )
    assert unread == {4}
    _, _, unread = _rows(
        series + "Như vậy, năm 2025 giảm 60 biên chế công chức, tỷ lệ 3,12% so với năm 2021."
    )
    assert unread == {4}


def test_yearly_changes_split_from_a_period_are_each_against_the_year_before() -> None:
    """ "Cả giai đoạn giảm 60 biên chế, trong đó các năm 2022, 2023, 2024 giảm lần lượt 20, 20
    và 20": the yearly changes add up to the period's, so each is against the year before,
    never against the period's base. Where they do not add up (20, 40, 60: perhaps each
    against 2021), which year they compare with is not said: unread."""
    lead = "Năm 2021, tỉnh được giao 1.200 biên chế công chức. "
    rows, _, unread = _rows(
        lead + "Giai đoạn 2022 - 2024 giảm 60 biên chế công chức, trong đó các năm 2022, 2023 "
        "và 2024 giảm lần lượt 20, 20 và 20 biên chế."
    )
    changes = {(year, count, base) for _, year, _, count, base, _ in rows if count is not None}
    assert {(2022, 20, 2021), (2023, 20, 2022), (2024, 20, 2023)} <= changes
    assert (2024, 20, 2021) not in changes
    assert not unread
    _, _, unread = _rows(
        lead + "Giai đoạn 2022 - 2024 giảm 60 biên chế công chức, trong đó các năm 2022, 2023 "
        "và 2024 giảm lần lượt 20, 40 và 60 biên chế."
    )
    assert unread == {1}


def test_kept_until_a_year_is_not_compared_with_that_year() -> None:
    """ "năm 2021 là 142 biên chế, giữ nguyên đến năm 2026": 2026 is where the figure holds
    until, never the year 2021 is compared with; "giữ nguyên so với năm 2021" in a 2026
    sentence is the equality it reads."""
    rows, _, unread = _rows(
        "Biên chế các hội có tính chất đặc thù: năm 2021 là 142 biên chế, giữ nguyên đến năm 2026."
    )
    assert not any(base == 2026 for *_, base, _ in rows)
    # (read since session 8: 2026 the same as 2021, `chains._KEPT_UNTIL`)
    assert rows == {("hoi", 2021, 142, None, None, None), ("hoi", 2026, None, 0, 2021, None)}
    assert not unread
    rows, _, unread = _rows(
        "Biên chế các hội có tính chất đặc thù năm 2026 là 142 biên chế, "
        "giữ nguyên so với năm 2021."
    )
    assert {("hoi", 2026, 142, None, None, None), ("hoi", 2026, None, 0, 2021, None)} <= rows
    assert not unread


# ---- Session 7, eng-news: headlines, quotes, national figures, lines outside the plan ----


def test_a_headline_count_naming_no_unit_is_the_body_figure_of_that_year() -> None:
    """ "Tỉnh A giao 30.000 biên chế năm 2025, giảm 312 so với năm 2024" over a body giving its
    total 30.000 in 2025: the headline is that unit's claim, its change checked as the unit's.
    The twins: a body giving the figure to no unit (another figure), or to two, leaves the
    headline unread; a headline naming the year before is not the 2025 figure."""
    body = (
        "\n\nNgày 10/12/2024, HĐND tỉnh thông qua nghị quyết giao biên chế năm 2025. Theo đó, "
        "tổng biên chế năm 2025 của tỉnh là 30.000, giảm 312 so với năm 2024.\n"
    )
    rows, _, unread = _rows("Tỉnh A giao 30.000 biên chế năm 2025, giảm 312 so với năm 2024" + body)
    assert [row for row in rows if row[2] == 30000] == [("tong", 2025, 30000, None, None, None)]
    assert ("tong", 2025, None, 312, 2024, None) in rows
    assert not unread
    rows, _, unread = _rows("TỈNH A ĐỀ XUẤT 30.000 BIÊN CHẾ NĂM 2025" + body)
    assert not unread
    _, _, unread = _rows("Tỉnh A giao 31.000 biên chế năm 2025" + body)
    assert unread == {1}
    _, _, unread = _rows("Tỉnh A giao 30.000 biên chế năm 2024" + body)
    assert unread == {1}
    two = (
        "\n\nNăm 2025, tỉnh được giao 2.000 biên chế công chức và 2.000 người làm việc "
        "hưởng lương từ ngân sách nhà nước.\n"
    )
    rows, _, unread = _rows("Tỉnh A giao 2.000 biên chế năm 2025" + two)
    assert unread == {1}


def test_a_headline_naming_its_category_and_recipients_is_that_category_only() -> None:
    """ "Tỉnh A giao 5.600 biên chế cán bộ, công chức cho 120 xã, phường": the commune's cán bộ,
    công chức of the report's year, the communes counted outside. A body giving 5.600 to the
    province's công chức (another category) leaves it unread, and so does a headline whose place
    is a body of the province ("Sở Y tế giao ..."), or whose count is followed by a subset or
    joins two categories, is no headline of this form."""
    commune = (
        "\n\nTheo quyết định, tổng biên chế cán bộ, công chức cấp xã năm 2025 của tỉnh là 5.600 "
        "biên chế.\n"
    )
    head = "Tỉnh A giao 5.600 biên chế cán bộ, công chức cho 120 xã, phường"
    rows, _, unread = _rows(head + commune)
    assert {row[0] for row in rows if row[2] == 5600} == {"cbcc-xa"}
    assert not unread
    province = "\n\nNăm 2025, tỉnh được giao 5.600 biên chế công chức.\n"
    _, _, unread = _rows(head + province)
    assert unread == {1}
    assert read_headline("Sở Y tế giao 5.600 biên chế năm 2025") is None
    assert read_headline("Tỉnh A giao 5.600 biên chế, trong đó 300 giáo viên") is None
    assert read_headline("Tỉnh A giao 5.600 biên chế công chức và viên chức") is None


def test_a_quotation_mark_before_the_subject_names_no_unit() -> None:
    """'Bà A, Giám đốc Sở Nội vụ, cho biết: "Năm 2025, biên chế công chức của tỉnh giảm 79
    biên chế so với năm 2021' is the công chức's change, as without the quotation (the mark
    was read into the subject's name, so no unit was found). The twin quotes a sentence naming
    no category: still unread."""
    rows, _, unread = _rows(
        _GIVEN_2025 + 'Bà Trần Thị A, Giám đốc Sở Nội vụ, cho biết: "Năm 2025, biên chế công '
        'chức của tỉnh giảm 79 biên chế so với năm 2021, tỷ lệ giảm 5,05%."'
    )
    assert ("cbcc", 2025, None, 79, 2021, "5,05%") in rows
    assert not unread
    _, _, unread = _rows(
        _GIVEN_2025 + 'Bà Trần Thị A, Giám đốc Sở Nội vụ, cho biết: "Năm 2025, tỉnh giảm 79 '
        'người so với năm 2021."'
    )
    assert unread == {2}


def test_a_cut_named_as_a_goal_or_a_duty_is_a_rule_outside() -> None:
    """ "mục tiêu giảm 5% của Kết luận 40 về cơ bản đã đạt", "phải giảm 15% biên chế công
    chức", "giảm 15 - 20% công chức" (a range), a goal clause going on after ";" with the same
    verb, and "nghỉ việc theo lộ trình giảm 10% biên chế từ nay đến năm 2021" beside people
    supported ("hỗ trợ đối với 1.062 cán bộ"): rules and people, outside the plan (they were
    unread). The twins state the rate plainly with no goal word, or name a goal with a count
    beside it, and stay unread."""
    for sentence in (
        "Với khối công chức, mục tiêu giảm 5% của Kết luận 40 về cơ bản đã đạt.",
        "Các cơ quan hợp nhất theo Nghị quyết 18 phải giảm 15% biên chế công chức.",
        "Giai đoạn 2026 - 2031: viên chức giảm tối thiểu 10%, tỉnh hợp nhất giảm 15 - 20% công "
        "chức.",
        "Đến năm 2030, giảm ít nhất 3% biên chế công chức so với năm 2026; giảm 4% biên chế cán "
        "bộ, công chức cấp xã so với năm 2026.",
        "Thành phố có chế độ hỗ trợ đối với 1.062 cán bộ nghỉ hưu trước tuổi, nghỉ việc theo lộ "
        "trình giảm 10% biên chế từ nay đến năm 2021.",
    ):
        _assert_outside_beside_the_posts(sentence)
    for sentence in (
        "Với khối công chức, giảm 5% về cơ bản đã đạt.",
        "Khối công chức giảm 15% biên chế công chức.",
        "Đến năm 2030, giảm 3% biên chế công chức so với năm 2026; giảm ít nhất 4% biên chế cán "
        "bộ, công chức cấp xã so với năm 2026.",
        "Thành phố có chế độ hỗ trợ đối với 1.062 cán bộ, đồng thời theo lộ trình giảm 10% biên "
        "chế, tương ứng 150 biên chế.",
    ):
        _, _, unread = _rows(_GIVEN_2025 + sentence)
        assert unread == {2}, sentence


def test_a_quotation_opening_after_a_full_stop_is_a_sentence_of_its_own() -> None:
    """'cấp xã. "Sau sắp xếp, số cán bộ, công chức cấp xã giảm 300 người so với năm 2024",
    ông A nói.': the quotation is a sentence of its own (it was one with the sentence before,
    so the unread first sentence took it along), and "Sau sắp xếp," names when, not whose. The
    twin's quotation opens in lower case and goes on the sentence before."""
    from lotrinh.extract.document import sentences, split_lines

    said = 'Ông A cho biết như vậy. "Sau sắp xếp, tỉnh còn 5.300 người", ông A nói.'
    assert len(sentences(split_lines(said)[0])) == 2
    assert len(sentences(split_lines(said.replace('"Sau', '"sau'))[0])) == 1
    rows, _, unread = _rows(
        "Năm 2025, tỉnh giao 5.600 biên chế cán bộ, công chức cấp xã. Ông A cho biết năm 2024 "
        'có nhiều thay đổi. "Sau sắp xếp, số cán bộ, công chức cấp xã giảm 300 người so với '
        'năm 2024", ông A nói.'
    )
    assert ("cbcc-xa", 2025, None, 300, 2024, None) in rows
    assert not unread


def test_posts_of_commune_staff_named_after_their_count_are_the_communes() -> None:
    """ "Năm 2025, tỉnh giao 5.600 biên chế cán bộ, công chức cấp xã": the commune's cán bộ,
    công chức (it was read as the province's CBCC, whose KL 40 target leaves them out: a
    latent misread), the same unit a later "Số cán bộ, công chức cấp xã ..." names. The twin
    names no commune and is the province's."""
    rows, _, unread = _rows(
        "Năm 2025, tỉnh giao 5.600 biên chế cán bộ, công chức cấp xã.\n\nSố cán bộ, công chức "
        "cấp xã giảm 300 người so với năm 2024."
    )
    assert rows == {
        ("cbcc-xa", 2025, 5600, None, None, None),
        ("cbcc-xa", 2025, None, 300, 2024, None),
    }
    assert not unread
    rows, _, _ = _rows("Năm 2025, tỉnh giao 5.600 biên chế cán bộ, công chức.")
    assert rows == {("cbcc", 2025, 5600, None, None, None)}


def test_the_province_given_posts_summed_is_its_total() -> None:
    """ "năm 2025 tỉnh được giao tổng cộng 16.490 biên chế, giảm 86 ... (16.576 biên chế)": the
    province's total, its change and the base year's figure (it named no unit). The twins name
    a category after the count (that category), or say no "tổng cộng" (unread)."""
    rows, _, unread = _rows(
        "Theo nghị quyết, năm 2025 tỉnh được giao tổng cộng 16.490 biên chế, giảm 86 biên chế "
        "so với năm 2024 (16.576 biên chế)."
    )
    assert rows == {
        ("tong", 2025, 16490, None, None, None),
        ("tong", 2025, None, 86, 2024, None),
        ("tong", 2024, 16576, None, None, None),
    }
    assert not unread
    rows, _, _ = _rows(
        "Theo nghị quyết, năm 2025 tỉnh được giao tổng cộng 16.490 biên chế công chức, giảm 86 "
        "biên chế so với năm 2024."
    )
    assert {row[0] for row in rows} == {"cbcc"}
    _, _, unread = _rows(
        "Theo nghị quyết, năm 2025 tỉnh được giao 16.490 biên chế, giảm 86 biên chế so với năm "
        "2024."
    )
    assert unread == {1}


def test_a_count_named_before_whose_it_is_and_kept_is_read() -> None:
    """'"Riêng 62 biên chế của các hội có tính chất đặc thù năm 2025 được giữ nguyên so với năm
    2024", bà A nói.': the hội's figure and its equality with 2024, as "Biên chế của các hội
    ... năm 2025 được giữ nguyên 62 biên chế so với năm 2024" would say. The twin cuts instead
    of keeping: not spelled out, unread."""
    given = "Năm 2025, các hội có tính chất đặc thù được giao 62 biên chế.\n"
    rows, _, unread = _rows(
        given + '"Riêng 62 biên chế của các hội có tính chất đặc thù năm 2025 được giữ nguyên so '
        'với năm 2024", bà A nói.'
    )
    assert ("hoi", 2025, None, 0, 2024, None) in rows
    assert not unread
    _, _, unread = _rows(
        given + '"Riêng 62 biên chế của các hội có tính chất đặc thù năm 2025 giảm 2 so với năm '
        '2024", bà A nói.'
    )
    assert unread == {2}


def test_people_in_post_as_the_subject_and_two_categories_present_are_outside() -> None:
    """ "Số người có mặt thấp hơn số được giao 79 người": a shortfall of the people in post the
    sentence opens with; "số viên chức và người làm việc có mặt là 18.115 người": people in
    post of two categories. Both outside (they were unread). The twins name posts, not people
    in post: unread, or read as the posts' unit."""
    for sentence in (
        "Số người có mặt thấp hơn số được giao 79 người, chủ yếu do thiếu giáo viên.",
        "Tại ngày 30/6/2025, số viên chức và người làm việc có mặt là 18.115 người.",
    ):
        _assert_outside_beside_the_posts(sentence)
    _, _, unread = _rows(_GIVEN_2025 + "Số biên chế công chức thấp hơn số được giao 79 người.")
    assert unread == {2}
    rows, _, _ = _rows(_GIVEN_2025 + "Năm 2025, số viên chức và người làm việc là 18.115 người.")
    assert 18115 in {row[2] for row in rows}


def test_the_country_is_a_scope_of_its_own() -> None:
    """ "Theo số liệu Bộ Nội vụ công bố ngày 18/7/2025, năm 2025 cả nước còn 252.410 biên chế
    công chức, giảm 13.290 biên chế, tỷ lệ giảm 5,00% so với năm 2021": the country's công
    chức, a unit of its own (it named no unit); beside a province's figures it is never the
    province's line. The twin says "toàn tỉnh": the text's own công chức."""
    rows, _, unread = _rows(
        "Theo số liệu Bộ Nội vụ công bố ngày 18/7/2025, năm 2025 cả nước còn 252.410 biên chế "
        "công chức, giảm 13.290 biên chế, tỷ lệ giảm 5,00% so với năm 2021."
    )
    assert rows == {
        ("ca-nuoc-cbcc", 2025, 252410, None, None, None),
        ("ca-nuoc-cbcc", 2025, None, 13290, 2021, "5,00%"),
    }
    assert not unread
    rows, _, _ = _rows(_GIVEN_2025 + "Năm 2025 cả nước còn 252.410 biên chế công chức.")
    assert {row[2] for row in rows if row[0] == "cbcc"} == {1486, None}
    rows, _, _ = _rows("Năm 2025 toàn tỉnh còn 2.410 biên chế công chức.")
    assert rows == {("cbcc", 2025, 2410, None, None, None)}


def test_a_headline_count_the_body_counts_only_as_leavers_is_outside() -> None:
    """ "Năm 2023, tỉnh A tinh giản 120 biên chế" over a body counting 120 people who left and
    no figure or change of 120: the headline's count is those people, outside. The twins: a
    body also stating a cut of 120 posts (which the headline may mean), or leavers of another
    count, leave the headline unread."""
    body = (
        "\n\nNăm 2023, tổng biên chế của tỉnh là 5.000 biên chế{cut}. Từ ngày 1/1/2023 đến ngày "
        "15/12/2023, tổng số người được tinh giản biên chế là 120 người."
    )
    _, _, unread = _rows("Năm 2023, tỉnh A tinh giản 120 biên chế" + body.format(cut=""))
    assert not unread
    cut = ", giảm 120 biên chế so với năm 2022"
    _, _, unread = _rows("Năm 2023, tỉnh A tinh giản 120 biên chế" + body.format(cut=cut))
    assert unread == {1}
    _, _, unread = _rows("Năm 2023, tỉnh A tinh giản 130 biên chế" + body.format(cut=""))
    assert unread == {1}


def test_a_column_of_people_present_on_a_day_is_no_figure_of_the_row() -> None:
    """A table "| Khối | Biên chế giao năm 2021 | Biên chế giao năm 2024 | Có mặt đến ngày
    30/6/2024 |": the last column counts people present on a day, no posts; it was taken for a
    second figure of 2024 and every row left unread. Now each row gives its two years' posts,
    the present column nothing. Twin: a column "Có mặt năm 2024" names no day, so it is one
    more figure of 2024 beside the posts, and the rows stay unread."""
    table = (
        "Biên chế được giao và số có mặt của các khối như sau:\n\n"
        "| Khối | Biên chế giao năm 2021 | Biên chế giao năm 2024 | {} |\n"
        "|---|---|---|---|\n"
        "| Khối Đảng, đoàn thể | 600 | 580 | 566 |\n"
        "| Khối sự nghiệp công lập | 9.000 | 8.300 | 8.120 |\n"
        "| Tổng cộng | 9.600 | 8.880 | 8.686 |\n"
    )
    for present in (
        "Có mặt đến ngày 30/6/2024",
        "Số người hiện có tại thời điểm 30/6/2024",
        "Thực có (đến 30/6/2024)",
    ):
        rows, _, unread = _rows(table.format(present))
        assert not unread, present
        assert {row[2] for row in rows if row[2] is not None} == {600, 580, 9000, 8300, 9600, 8880}
    for unsaid in ("Có mặt năm 2024", "Biên chế hiện có"):
        rows, _, unread = _rows(table.format(unsaid))
        assert unread == {5, 6, 7}, unsaid
        assert not rows
    # the people "hiện có" in 2024 were read as the posts of 2024 where no other column had
    # that year: now the rows are not read
    rows, _, unread = _rows(
        "Biên chế các khối:\n\n| Khối | Biên chế giao năm 2021 | Biên chế hiện có năm 2024 |\n"
        "|---|---|---|\n| Khối Đảng, đoàn thể | 600 | 566 |\n| Tổng cộng | 600 | 566 |\n"
    )
    assert unread == {5, 6} and not rows


def test_a_closing_row_naming_only_its_base_year_is_the_last_year_against_it() -> None:
    """A table of years as rows closed by "| Giảm so với năm 2021 | 60 (5,00%) | ... |": each
    figure column's last year against 2021, the rate in parentheses its rate (the row was read
    as figures of no year, unread). Twins: the same row before the last year row, or naming a
    year the table has no row of, stays unread."""
    head = (
        "Lộ trình hằng năm như sau:\n\n"
        "| Năm | Biên chế công chức | Số lượng người làm việc |\n|---|---|---|\n"
    )
    closing = "| Giảm so với năm {} | 60 (5,00%) | 900 (10,00%) |\n"
    years = "| 2021 | 1.200 | 9.000 |\n| 2026 | 1.140 | 8.100 |\n"
    rows, _, unread = _rows(head + years + closing.format(2021))
    assert not unread
    assert ("cbcc", 2026, None, 60, 2021, "5,00%") in rows
    assert ("vc", 2026, None, 900, 2021, "10,00%") in rows
    between = "| 2021 | 1.200 | 9.000 |\n" + closing.format(2021) + "| 2026 | 1.140 | 8.100 |\n"
    _, _, unread = _rows(head + between)
    assert unread == {6}
    _, _, unread = _rows(head + years + closing.format(2020))
    assert unread == {7}


def test_a_closing_span_row_may_name_its_years_without_nam() -> None:
    """ "| Giảm 2026 so với 2021 | 60 | 900 |" closing a table of years as rows is read as
    "Giảm năm 2026 so với năm 2021" was; twin: a year of it that is no row stays unread."""
    table = (
        "Lộ trình hằng năm như sau:\n\n"
        "| Năm | Biên chế công chức | Số lượng người làm việc |\n|---|---|---|\n"
        "| 2021 | 1.200 | 9.000 |\n| 2026 | 1.140 | 8.100 |\n"
        "| Số giảm {} so với 2021 | 60 | 900 |\n"
    )
    rows, _, unread = _rows(table.format(2026))
    assert not unread
    assert {("cbcc", 2026, None, 60, 2021, None), ("vc", 2026, None, 900, 2021, None)} <= rows
    _, _, unread = _rows(table.format(2025))
    assert unread == {7}


def test_a_row_against_a_year_under_the_total_row_is_the_totals_change() -> None:
    """Units as rows, years as columns, and under "Tổng cộng" a row "Giảm so với năm 2021 |
    | 930 (9,69%)": the total's change of that year's column against 2021 (it was a unit
    named "Giảm so với năm 2021", unread). A wrong figure there is the difference slip.
    Twins: the row under a unit's row (whose change, the unit's or the table's?) or against a
    year that is no column stays unread."""
    table = (
        "Lộ trình của các khối:\n\n| TT | Khối | Năm 2021 | Năm 2026 |\n|---|---|---|---|\n"
        "| 1 | Khối Đảng, đoàn thể | 600 | 570 |\n| 2 | Khối chính quyền | 9.000 | 8.100 |\n"
        "{total}| | Giảm so với năm {base} | | {value} (9,69%) |\n"
    )
    total = "| | Tổng cộng | 9.600 | 8.670 |\n"
    rows, _, unread = _rows(table.format(total=total, base=2021, value="930"))
    assert not unread
    assert ("tong", 2026, None, 930, 2021, "9,69%") in rows
    wrong = table.format(total=total, base=2021, value="920")
    plan = plan_from_result(extract_plan(wrong, "doc.txt"), "doc.txt")
    assert "claim-difference" in {f.kind for f in check_plan(plan).findings}
    _, _, unread = _rows(table.format(total="", base=2021, value="930"))
    assert unread == {7}
    _, _, unread = _rows(table.format(total=total, base=2020, value="930"))
    assert unread == {8}


def test_a_row_against_a_year_under_a_categories_total_is_each_categorys_change() -> None:
    """Categories as columns, the year above the table, and under "Tổng cộng" a row "Giảm so
    với năm 2021 | 7 | 210 | 217": each category's total and the sum's change against 2021 (the
    whole table was declined: a sum row before the last). Twin: a row of changes under a body's
    row, no total row before it, is not read (the bodies' rows are). Under a lead naming the
    bodies as receivers ("Biên chế năm 2026 của các huyện:", `leads.receiving_body`) the table
    is not read at all: declined, never the province's totals."""
    table = (
        "{lead}\n\n"
        "| TT | Đơn vị | Biên chế công chức | Số lượng người làm việc | Cộng |\n"
        "|---|---|---|---|---|\n| 1 | Huyện A | 60 | 900 | 960 |\n"
        "| 2 | Huyện B | 70 | 1.000 | 1.070 |\n{total}"
        "| | Giảm so với năm 2021 | 7 | 210 | 217 |\n"
    )
    lead = "Biên chế các huyện năm 2026:"
    total = "| | Tổng cộng | 130 | 1.900 | 2.030 |\n"
    rows, _, unread = _rows(table.format(lead=lead, total=total))
    assert not unread
    assert {
        ("cbcc", 2026, None, 7, 2021, None),
        ("vc", 2026, None, 210, 2021, None),
        ("tong", 2026, None, 217, 2021, None),
    } <= rows
    _, _, unread = _rows(table.format(lead=lead, total=""))
    assert unread == {7}
    rows, _, unread = _rows(table.format(lead="Biên chế năm 2026 của các huyện:", total=total))
    assert unread == {5, 6, 7, 8}
    assert not rows


def test_a_column_counting_bodies_beside_one_category_is_not_read() -> None:
    """ "| Huyện | Số đơn vị hành chính cấp xã | Cán bộ, công chức cấp xã (người) |": the count
    of communes is no posts; each row is its district's cán bộ, công chức cấp xã, the total row
    their sum (the rows were two figures of no year, unread). Twin: a column "Số lượng" says
    not what it counts, and the rows stay unread."""
    table = (
        "Số lượng cán bộ, công chức cấp xã năm 2024 của các huyện:\n\n"
        "| STT | Huyện | {} | Cán bộ, công chức cấp xã (người) |\n|---|---|---|---|\n"
        "| 1 | Huyện A | 8 | 168 |\n| 2 | Huyện B | 10 | 201 |\n| | Tổng cộng | 18 | 369 |\n"
    )
    rows, parts, unread = _rows(table.format("Số đơn vị hành chính cấp xã"))
    assert not unread
    assert {row[2] for row in rows} == {168, 201, 369}
    assert any(len(found) == 2 for found in parts.values())
    rows, _, unread = _rows(table.format("Số lượng"))
    assert unread == {5, 6, 7} and not rows


def test_teachers_after_a_change_and_its_base_are_the_figures() -> None:
    """ "21.306 người, giảm 402 người so với năm 2024 (21.708 người), trong đó có 16.920 giáo
    viên" and "23.712 người (năm 2024: 24.158 người); trong đó có ...": the teachers are some
    of the figure the item states, in its year (a subset of it), not of the cut nor of the base
    year recalled in parentheses. Twins: a count above the figure (it may be the base's) and
    one no larger than the cut (it may be some of the people cut) are not placed:
    the item is not understood."""
    item = (
        "Điều 1. Giao số lượng người làm việc năm 2025 như sau:\n"
        "a) Sự nghiệp giáo dục: 21.306 người, giảm 402 người so với năm 2024 (21.708 người), "
        "trong đó có {} giáo viên đứng lớp;\n"
        "b) Sự nghiệp y tế: 3.950 người (năm 2024: 4.010 người); trong đó có 2.100 giáo viên."
    )
    text = item.format("16.920")
    rows, _, unread = _rows(text)
    assert rows == {
        ("vc-giao-duc", 2025, 21306, None, None, None),
        ("vc-giao-duc", 2025, None, 402, 2024, None),
        ("vc-giao-duc", 2024, 21708, None, None, None),
        ("vc-giao-duc-giao-vien-dung-lop", 2025, 16920, None, None, None),
        ("vc-y-te", 2025, 3950, None, None, None),
        ("vc-y-te", 2024, 4010, None, None, None),
        ("vc-y-te-giao-vien", 2025, 2100, None, None, None),
    }
    assert not unread
    assert _subsets(text) == {
        "vc-giao-duc-giao-vien-dung-lop": "vc-giao-duc",
        "vc-y-te-giao-vien": "vc-y-te",
    }
    for declined in ("21.500", "400"):
        # not placed: the item is not understood (eng-subsets2: it was, the count dropped)
        rows, _, unread = _rows(item.format(declined))
        assert not any(unit.startswith("vc-giao-duc") for unit, *_ in rows)
        assert unread == {2}


def test_one_sectors_people_inside_a_figure_are_a_subset() -> None:
    """ "..., giảm 455 người so với năm 2024 (23.139 người); trong đó có 15.902 người làm việc
    trong sự nghiệp giáo dục và đào tạo.": the people of one sector counted inside the figure
    ("có": some of it, the rest unnamed), closing the sentence: a subset of the figure's
    unit, never its part. Twins: two sectors counted so may be a list of parts, or its largest
    few, so the sentence is not read; a sector named without "có" ("trong đó sự nghiệp giáo
    dục 14.286 người") stays outside, as the truths read it."""
    line = (
        "Số lượng người làm việc năm 2025 là 22.684 người, giảm 455 người so với năm 2024 "
        "(23.139 người); trong đó có 15.902 người làm việc trong sự nghiệp giáo dục{}."
    )
    text = line.format("")
    rows, _, unread = _rows(text)
    assert rows == {
        ("vc", 2025, 22684, None, None, None),
        ("vc", 2025, None, 455, 2024, None),
        ("vc", 2024, 23139, None, None, None),
        ("vc-su-nghiep-giao-duc", 2025, 15902, None, None, None),
    }
    assert not unread
    assert _subsets(text) == {"vc-su-nghiep-giao-duc": "vc"}
    assert _rows(line.format(" và 3.100 người thuộc sự nghiệp y tế"))[2] == {1}
    rows, _, unread = _rows(
        "Năm 2021, số người làm việc là 19.632 người, trong đó sự nghiệp giáo dục 14.286 người."
    )
    assert rows == {("vc", 2021, 19632, None, None, None)}
    assert not unread


def test_a_subset_after_a_frame_pointing_back_is_of_the_figure_before() -> None:
    """ "Trong số người làm việc năm 2026 nêu trên có 1.305 giảng viên ..." and "Trong tổng số
    trên có 20.415 người làm việc tại các cơ sở giáo dục công lập.": some of the viên chức
    figure the sentence right before stated, of the year the frame names (a subset of it).
    Twins: a frame naming a year that sentence did not state, and a frame after a list's last
    item (the total's or the item's?), are not read (LT401)."""
    stated = (
        "Năm 2021, các đơn vị sự nghiệp công lập được giao 2.860 người làm việc; đến năm 2026 "
        "còn 2.570 người, giảm 290 người so với năm 2021.\n"
    )
    text = stated + "Trong số người làm việc năm 2026 nêu trên có 1.305 giảng viên, giáo viên."
    rows, _, unread = _rows(text)
    assert ("vc-giang-vien", 2026, 1305, None, None, None) in rows
    assert not unread
    assert _subsets(text) == {"vc-giang-vien": "vc"}
    rows, _, unread = _rows(
        stated + "Trong số người làm việc năm 2025 nêu trên có 1.305 giáo viên."
    )
    assert not any(1305 in row for row in rows) and unread == {2}
    text = (
        "Số lượng người làm việc năm 2026 là 26.560 người, giảm 430 người so với năm 2025.\n"
        "Trong tổng số trên có 20.415 người làm việc tại các cơ sở giáo dục công lập."
    )
    rows, _, unread = _rows(text)
    assert ("vc-co-so-giao-duc", 2026, 20415, None, None, None) in rows
    assert not unread
    assert _subsets(text) == {"vc-co-so-giao-duc": "vc"}
    listed = (
        "Số lượng người làm việc năm 2026 là 26.560 người, gồm:\n- Sự nghiệp giáo dục: 21.000 "
        "người;\n- Sự nghiệp khác: 5.560 người.\n{}"
    )
    # "Trong số đó có" after a sentence of leavers counts some of those people: outside
    rows, _, unread = _rows(
        "Năm 2024, số lượng người làm việc là 1.477 người. Năm 2024 đã giải quyết tinh giản "
        "cho 87 người. Trong số đó có 31 giáo viên."
    )
    assert rows == {("vc", 2024, 1477, None, None, None)} and not unread
    for frame in (
        "Trong tổng số trên có 19.000 giáo viên.",
        "Trong số người làm việc năm 2026 nêu trên có 19.000 giáo viên.",
    ):
        rows, _, unread = _rows(listed.format(frame))
        assert not any(19000 in row for row in rows) and unread == {4}


def test_parts_held_by_bodies_named_after_their_counts() -> None:
    """ "... 9.475 biên chế, gồm 1.115 biên chế của các đơn vị thuộc cơ quan Bộ và 8.360 biên
    chế của hệ thống thi hành án dân sự": the figure's parts, each the posts of the bodies
    named after it ("của", "tại", as "ở" was). Twin: after "trong đó" such a count may be the
    largest of several, so the sentence is not read (LT401)."""
    text = (
        "Năm 2021, tổng biên chế công chức của Bộ là 9.475 biên chế, {} 1.115 biên chế của các "
        "đơn vị thuộc cơ quan Bộ và 8.360 biên chế tại hệ thống thi hành án dân sự."
    )
    rows, parts, unread = _rows(text.format("gồm"))
    assert rows == {
        ("cbcc", 2021, 9475, None, None, None),
        ("don-vi-thuoc-co-quan", 2021, 1115, None, None, None),
        ("he-thong-thi-hanh-an", 2021, 8360, None, None, None),
    }
    assert parts["cbcc"] == ("don-vi-thuoc-co-quan", "he-thong-thi-hanh-an")
    assert not unread
    rows, _, unread = _rows(text.format("trong đó"))
    assert not any(1115 in row for row in rows) and unread == {1}


def test_a_second_subset_after_the_first_is_of_the_same_figure() -> None:
    """ "Trong tổng số người làm việc năm 2025 có 17.930 giáo viên và 3.415 người làm việc trong
    ngành y tế.": each count some of the figure the frame names, two subsets of it (never its
    parts: the rest is not named). Twins: the same two opening their own sentence after
    "Trong đó có" (whose, after a sentence of one figure, is said for one subset only) and a
    second count that follows no subset are not read (LT401)."""
    stated = (
        "Số lượng người làm việc: năm 2021 là 23.788 người; năm 2025 là 22.404 người, giảm "
        "1.384 người.\n"
    )
    text = stated + (
        "Trong tổng số người làm việc năm 2025 có 17.930 giáo viên và 3.415 người làm việc "
        "trong ngành y tế."
    )
    rows, parts, unread = _rows(text)
    assert ("vc-giao-vien", 2025, 17930, None, None, None) in rows
    assert ("vc-nganh-y-te", 2025, 3415, None, None, None) in rows
    assert not unread and parts["vc"] == ()
    assert _subsets(text) == {"vc-giao-vien": "vc", "vc-nganh-y-te": "vc"}
    for declined in (
        "Trong đó có 17.930 giáo viên và 3.415 người làm việc trong ngành y tế.",
        "Trong tổng số người làm việc năm 2025, giáo dục có 17.930 người và 3.415 người làm "
        "việc trong ngành y tế.",
    ):
        rows, _, unread = _rows(stated + declined)
        assert not any(3415 in row for row in rows) and unread == {2}
    # the category's own line as a list's last item is the figure the frame names
    listed = (
        "Tổng biên chế năm 2025 là 24.156, cụ thể:\n- Biên chế công chức: năm 2025 là 1.752.\n- "
        + stated
        + "Trong tổng số người làm việc năm 2025 có 17.930 giáo viên."
    )
    rows, _, unread = _rows(listed)
    assert ("vc-giao-vien", 2025, 17930, None, None, None) in rows and not unread


def test_teachers_in_parentheses_right_after_a_figure_are_a_subset() -> None:
    """ "21.306 người (trong đó có 16.920 giáo viên)": the parenthesis right after the figure
    counts some of it, as ", trong đó có" does. Twin: after a comparison ("so với năm 2024
    (trong đó có ...)") it may be the base year's, so it is not
    placed: the item is not understood."""
    item = "Điều 1. Giao số lượng người làm việc năm 2025 như sau:\na) Sự nghiệp giáo dục: {}."
    text = item.format("21.306 người (trong đó có 16.920 giáo viên)")
    rows, _, unread = _rows(text)
    assert ("vc-giao-duc-giao-vien", 2025, 16920, None, None, None) in rows and not unread
    assert _subsets(text) == {"vc-giao-duc-giao-vien": "vc-giao-duc"}
    rows, _, unread = _rows(
        item.format("21.306 người, giảm 402 người so với năm 2024 (trong đó có 16.920 giáo viên)")
    )
    # not placed: the item is not understood (eng-subsets2: it was, the count dropped)
    assert not any(16920 in row for row in rows) and unread == {2}


@pytest.mark.parametrize(
    "said", ["trong đó giáo viên 16.920 người", "trong đó số giáo viên là 16.920 người"]
)
def test_teachers_named_before_their_count_are_a_subset(said: str) -> None:
    """ "21.306 người, trong đó giáo viên 16.920 người": the teachers named before their count,
    closing the clause, are some of the figure, as "trong đó có 16.920 giáo viên" is. Twins: a
    list of kinds ("giáo viên ..., nhân viên ...", maybe all the parts, maybe not) and the
    teachers' cut ("trong đó giáo viên giảm 300 người") are not read (LT401)."""
    item = "Điều 1. Giao số lượng người làm việc năm 2025 như sau:\na) Sự nghiệp giáo dục: {};"
    text = item.format("21.306 người, " + said)
    rows, _, unread = _rows(text)
    assert ("vc-giao-duc-giao-vien", 2025, 16920, None, None, None) in rows and not unread
    assert _subsets(text) == {"vc-giao-duc-giao-vien": "vc-giao-duc"}
    for declined in (
        "21.306 người, " + said + ", nhân viên 4.386 người",
        "21.306 người, giảm 402 người, trong đó giáo viên giảm 300 người",
    ):
        assert _rows(item.format(declined))[2] == {2}


POINTS = (
    "Điều 1. Giao số lượng người làm việc năm 2025\n"
    "1. Số lượng người làm việc năm 2025 là 22.514 người, giảm 426 người so với năm 2024, cụ "
    "thể:\na) Sự nghiệp giáo dục và đào tạo: 17.120 người, giảm 318 người;\n"
    "b) Sự nghiệp y tế: 3.986 người, giảm 84 người;\nc) Sự nghiệp khác: 1.408 người.\n{}"
)


def test_a_subset_of_an_item_named_by_its_letter() -> None:
    """ "Trong tổng số tại điểm a khoản này có 15.870 giáo viên ...": some of the figure the
    item lettered "a)" of this clause stated (a subset of it). Twins: a letter no item of the
    clause has, and a letter of the clause before (after "2."), are not read (LT401)."""
    text = POINTS.format("Trong tổng số tại điểm a khoản này có 15.870 giáo viên đứng lớp.")
    rows, _, unread = _rows(text)
    assert ("vc-vc-giao-duc-dao-tao-giao-vien-dung-lop", 2025, 15870, None, None, None) in rows
    assert not unread
    assert _subsets(text) == {"vc-vc-giao-duc-dao-tao-giao-vien-dung-lop": "vc-vc-giao-duc-dao-tao"}
    for declined, line in (
        ("Trong tổng số tại điểm d khoản này có 15.870 giáo viên.", 6),
        (
            "2. Biên chế hội năm 2025 là 104 biên chế.\nTrong tổng số tại điểm a khoản này có "
            "15.870 giáo viên.",
            7,
        ),
    ):
        rows, _, unread = _rows(POINTS.format(declined))
        assert not any(15870 in row for row in rows) and unread == {line}


_SIBLING_LIST = (
    "Điều 1. Biên chế giai đoạn 2022 - 2026\n1. Tổng biên chế của các cơ quan đảng, Mặt trận Tổ "
    "quốc và các tổ chức chính trị - xã hội tỉnh đến năm 2026 là 760 biên chế, gồm:\na) Cấp "
    "tỉnh: 350 biên chế;\nb) Cấp huyện: 398 biên chế;\nc) Biên chế dự phòng: 12 biên chế.\n"
)


def test_an_item_after_the_list_at_its_openers_level_is_the_whole_where_figures_say() -> None:
    """ "2. So với số được giao năm 2021 (800 biên chế), đến năm 2026 giảm 40 biên chế, ..."
    right after the items of "1. ... là 760 biên chế, gồm:": it names no unit, and the whole's
    figures give its change (760 + 40 = 800) while the reserve's (12) contradict it, so it is
    the whole's. Twins: a recalled figure neither fits (812) stays unread; one that fits the
    last item only (the reserve: 20 - 8 = 12) is not given to the whole, and stays unread."""
    rows, _, unread = _rows(
        _SIBLING_LIST + "2. So với số được giao năm 2021 (800 biên chế), đến năm 2026 giảm 40 "
        "biên chế, tỷ lệ giảm 5,00%."
    )
    assert ("dang", 2021, 800, None, None, None) in rows
    assert ("dang", 2026, None, 40, 2021, "5,00%") in rows
    assert not unread
    for twin in (
        "2. So với số được giao năm 2021 (812 biên chế), đến năm 2026 giảm 40 biên chế.",
        "2. So với năm 2021 (20 biên chế), giảm 8 biên chế.",
    ):
        rows, _, unread = _rows(_SIBLING_LIST + twin)
        assert unread == {6}
        assert all(row[3] is None and row[1] != 2021 for row in rows)


def test_a_second_fronted_comparison_recalls_its_base_for_the_same_unit() -> None:
    """ "2. So với năm 2025 (41.500 người), giảm 500 người; so với năm 2021 (45.600 người),
    giảm 4.600 người, ...": a sentence opened by a comparison recalling its base figure, then a
    second one after ";": both recalled figures are the one unit's (here the heading's VC),
    each its year's. Twin: a sentence opened by a change of its own year, not by a recalled
    base, leaves the second figure's unit unsaid: unread, as before."""
    heading = (
        "II. SỐ LƯỢNG NGƯỜI LÀM VIỆC NĂM 2026\n1. Năm 2026 giao 41.000 người làm việc hưởng "
        "lương từ ngân sách nhà nước.\n"
    )
    rows, _, unread = _rows(
        heading + "2. So với năm 2025 (41.500 người), giảm 500 người; so với năm 2021 (45.600 "
        "người), giảm 4.600 người, tỷ lệ giảm 10,09%."
    )
    assert {
        ("vc", 2025, 41500, None, None, None),
        ("vc", 2021, 45600, None, None, None),
        ("vc", 2026, None, 500, 2025, None),
        ("vc", 2026, None, 4600, 2021, "10,09%"),
    } <= rows
    assert not unread
    rows, _, unread = _rows(
        heading + "2. Năm 2026 giảm 500 người so với năm 2025; so với năm 2021 (45.600 người), "
        "giảm 4.600 người, tỷ lệ giảm 10,09%."
    )
    assert unread == {3} and 45600 not in {row[2] for row in rows}


def test_a_rate_after_the_recalled_base_of_a_change_is_that_changes_rate() -> None:
    """ "giảm 90 biên chế (năm 2021: 1.800 biên chế), tỷ lệ giảm 5,00%": the parenthesis is the
    change's base year and its figure, and the rate after it the change's. Twin: a change
    against another year (2024) with 2021 recalled beside it: the rate is no change's, the
    sentence unread."""
    rows, _, unread = _rows(
        "Biên chế công chức năm 2025 là 1.710 biên chế, giảm 90 biên chế (năm 2021: 1.800 biên "
        "chế), tỷ lệ giảm 5,00%."
    )
    assert rows == {
        ("cbcc", 2025, 1710, None, None, None),
        ("cbcc", 2021, 1800, None, None, None),
        ("cbcc", 2025, None, 90, 2021, "5,00%"),
    }
    assert not unread
    rows, _, unread = _rows(
        "Biên chế công chức năm 2025 là 1.710 biên chế, giảm 30 biên chế so với năm 2024 (năm "
        "2021: 1.800 biên chế), tỷ lệ giảm 5,00%."
    )
    assert not rows and unread == {1}


def test_a_result_line_naming_no_category_is_the_unit_just_read_where_its_figures_say() -> None:
    """ "Năm 2024 giảm 1.000 người, tỷ lệ 5,00% so với năm 2021." after the VC year by year:
    it names no category, so it is that unit's only where the unit's own figures give the
    change (20.000 - 19.000), or its year's figure with the rate (19.000 + 1.000, 5,00 %).
    Twins: figures that do not give it (900 against 20.000 - 19.000), or nothing to tell by
    (no figure of 2021, and no rate or a round one): unread."""
    first = "1. Năm 2021, tỉnh được giao 20.000 người làm việc.\n\n"
    series = (
        "2. Số lượng người làm việc được giao qua các năm: năm 2022 là 19.700 người; năm 2023 "
        "là 19.400 người; năm 2024 là 19.000 người.\n"
    )
    result = "Năm 2024 giảm 1.000 người, tỷ lệ 5,00% so với năm 2021."
    for text in (first + series + result, series + result):
        rows, _, unread = _rows(text)
        assert ("vc", 2024, None, 1000, 2021, "5,00%") in rows
        assert not unread
    rows, _, unread = _rows(
        first + series + "Năm 2024 giảm 900 người, tỷ lệ 4,50% so với năm 2021."
    )
    assert unread == {4} and all(row[3] is None for row in rows)
    for bare in (
        "Năm 2024 giảm 1.000 người so với năm 2021.",
        "Năm 2024 giảm 1.000 người, tỷ lệ 5% so với năm 2021.",
    ):
        # (a round rate alone, without the base year's figure, fits too many figures)
        rows, _, unread = _rows(series + bare)
        assert unread == {2} and all(row[3] is None for row in rows)


def test_a_submission_asking_for_posts_is_no_unit() -> None:
    """ "Tờ trình đề nghị giao 9.500 người làm việc ..." in a report on a submission: the
    submission asks, like "Ủy ban nhân dân tỉnh đề nghị giao", and the count is the category
    named after it, of the heading's year. Twin: posts asked for a body named after "cho" are
    that body's, which this form does not name as a unit: unread."""
    heading = "2. Về số lượng người làm việc năm 2025\n"
    rows, _, unread = _rows(
        heading + "Tờ trình đề nghị giao 9.500 người làm việc trong các đơn vị sự nghiệp công "
        "lập, giảm 100 người, tỷ lệ giảm 1,04% so với năm 2024 (9.600 người)."
    )
    assert rows == {
        ("vc", 2025, 9500, None, None, None),
        ("vc", 2024, 9600, None, None, None),
        ("vc", 2025, None, 100, 2024, "1,04%"),
    }
    assert not unread
    rows, _, unread = _rows(
        heading + "Tờ trình đề nghị giao cho Sở Y tế 950 người làm việc, giảm 10 người so với "
        "năm 2024."
    )
    assert not rows and unread == {2}


def test_a_rate_said_before_its_change_is_read_as_the_change_and_its_rate() -> None:
    """ "Tỷ lệ giảm đến năm 2026 so với năm 2021 là 10,00% (giảm 240 người)." after the VC's
    figures of both years: the change in parentheses with the rate said first, read as "đến
    năm 2026 giảm 240 người so với năm 2021, tỷ lệ giảm 10,00%" (a result line naming no
    category, the unit's figures giving it). Twin: the parenthesis changes the other way
    (tăng): no such change and rate, unread."""
    before = (
        "2. Viên chức\nSố lượng người làm việc của huyện năm 2021 là 2.400 người; năm 2026 là "
        "2.160 người.\n"
    )
    rows, _, unread = _rows(
        before + "Tỷ lệ giảm đến năm 2026 so với năm 2021 là 10,00% (giảm 240 người)."
    )
    assert ("vc-huyen", 2026, None, 240, 2021, "10,00%") in rows
    assert not unread
    rows, _, unread = _rows(
        before + "Tỷ lệ giảm đến năm 2026 so với năm 2021 là 10,00% (tăng 240 người)."
    )
    assert unread == {3} and all(row[3] is None for row in rows)


def test_a_numbered_line_keeping_a_figure_is_a_sentence_not_a_heading() -> None:
    """ "2. Biên chế các hội ... đến năm 2026 giữ nguyên như năm 2024." states no quantity, yet
    it is a sentence (the unit unchanged against 2024), not a heading. Twin: the same words
    without the full stop, over an item, stay a heading: nothing read on that line."""
    rows, _, unread = _rows(
        "III. DỰ KIẾN ĐẾN NĂM 2026\n1. Năm 2024, biên chế các hội có tính chất đặc thù là 64 "
        "biên chế.\n2. Biên chế các hội có tính chất đặc thù đến năm 2026 giữ nguyên như năm "
        "2024."
    )
    assert rows == {("hoi", 2024, 64, None, None, None), ("hoi", 2026, None, 0, 2024, None)}
    assert not unread
    rows, _, _ = _rows(
        "III. DỰ KIẾN ĐẾN NĂM 2026\n2. Biên chế các hội có tính chất đặc thù giữ nguyên như năm "
        "2024\n- Năm 2026: 64 biên chế."
    )
    assert all(row[3] is None for row in rows)


def test_a_recalled_base_after_a_comma_before_its_change() -> None:
    """ "... năm 2025 là 2.300 người, so với năm 2021 (2.560 người) đã giảm 260 người, ...": the
    parenthesis is the base year's figure of the unit the sentence stated, as after ";". Twin:
    after two bodies' figures, whose base it recalls is unsaid: unread."""
    rows, _, unread = _rows(
        "Số lượng người làm việc tại các đơn vị sự nghiệp trực thuộc Bộ năm 2025 là 2.300 người, "
        "so với năm 2021 (2.560 người) đã giảm 260 người, tương đương 10,16%."
    )
    unit = next(row[0] for row in rows)
    assert rows == {
        (unit, 2025, 2300, None, None, None),
        (unit, 2021, 2560, None, None, None),
        (unit, 2025, None, 260, 2021, "10,16%"),
    }
    assert not unread
    rows, _, unread = _rows(
        "Năm 2025, Sở A được giao 120 biên chế công chức, Sở B được giao 95 biên chế công chức, "
        "so với năm 2021 (230 biên chế) đã giảm 15 biên chế."
    )
    assert not rows and unread == {1}


def test_a_base_figure_said_before_its_year() -> None:
    """ "giảm 190 biên chế (5%) so với 3.800 biên chế được giao năm 2021": the base year and its
    figure, the figure first. Twins: two years after the figure, or people in post rather
    than posts given: which base, or whether posts at all, is unsaid: unread."""
    lead = "Đến năm 2026, biên chế công chức của Bộ còn 3.610 biên chế, giảm 190 biên chế (5%) "
    rows, _, unread = _rows(lead + "so với 3.800 biên chế được giao năm 2021.")
    assert rows == {
        ("cbcc", 2026, 3610, None, None, None),
        ("cbcc", 2021, 3800, None, None, None),
        ("cbcc", 2026, None, 190, 2021, "5%"),
    }
    assert not unread
    for twin in (
        "so với 3.800 biên chế được giao năm 2021 và năm 2022.",
        "so với 3.800 người có mặt năm 2021.",
    ):
        rows, _, unread = _rows(lead + twin)
        assert not rows and unread == {1}


def test_an_item_naming_only_posts_after_the_list_is_the_whole_where_figures_say() -> None:
    """ "2. Biên chế đến năm 2026 là 855 biên chế (giảm 45 biên chế so với năm 2021), gồm:"
    after the items of "1. Biên chế được giao năm 2021 của khối là 900 biên chế, trong đó:":
    "Biên chế" names no unit, and the whole's 2021 figure gives the change (900 - 855 = 45),
    so it is the whole in 2026, and its items are the whole's parts of 2026. Twin: a change
    the whole's figures do not give (40): the line, and so its items, unread."""
    text = (
        "THÔNG BÁO\nVề biên chế của các cơ quan đảng, Mặt trận Tổ quốc và các tổ chức chính trị "
        "- xã hội tỉnh giai đoạn 2022 - 2026\n\n1. Biên chế được giao năm 2021 của khối là 900 "
        "biên chế, trong đó:\n- Cơ quan đảng cấp tỉnh và cấp huyện: 540 biên chế;\n- Mặt trận "
        "Tổ quốc và các tổ chức chính trị - xã hội: 360 biên chế.\n2. Biên chế đến năm 2026 là "
        "855 biên chế (giảm {} biên chế so với năm 2021), gồm:\n- Cơ quan đảng cấp tỉnh và cấp "
        "huyện: 513 biên chế;\n- Mặt trận Tổ quốc và các tổ chức chính trị - xã hội: 342 biên "
        "chế."
    )
    rows, parts, unread = _rows(text.format(45))
    whole = next(unit for unit, listed in parts.items() if listed)
    assert {
        (whole, 2026, 855, None, None, None),
        (whole, 2026, None, 45, 2021, None),
        ("dang", 2026, 513, None, None, None),
        ("mttq", 2026, 342, None, None, None),
    } <= rows
    assert not unread
    rows, _, unread = _rows(text.format(40))
    assert unread == {7, 8, 9} and all(row[1] == 2021 for row in rows)


def test_posts_a_body_keeps_are_its_figure() -> None:
    """ "Bộ giữ 1.900 biên chế công chức, tức giảm 100 biên chế, ...": "giữ" states the posts
    the body keeps, as "còn" does. Twin: "giữ nguyên số biên chế" states no figure, and a
    change beside it then has none to be of: unread."""
    rows, _, unread = _rows(
        "Theo lộ trình, đến năm 2026 Bộ giữ 1.900 biên chế công chức, tức giảm 100 biên chế, "
        "tương đương 5,00% so với năm 2021."
    )
    unit = next(row[0] for row in rows)
    assert rows == {(unit, 2026, 1900, None, None, None), (unit, 2026, None, 100, 2021, "5,00%")}
    assert not unread
    rows, _, unread = _rows(
        "Theo lộ trình, đến năm 2026 Bộ giữ nguyên số biên chế công chức, tức giảm 100 biên chế, "
        "tương đương 5,00% so với năm 2021."
    )
    assert not rows and unread == {1}


def test_the_province_given_posts_in_all_is_the_total() -> None:
    """ "Năm 2025, tỉnh được giao tổng cộng 12.400 biên chế, ...": the text's own province,
    the count said as the sum of all its posts, no category after it: the total. Twins: without
    "tổng cộng" (posts of which category, unsaid), or a province named (one of many?):
    unread, as before."""
    tail = " 12.400 biên chế, giảm 120 biên chế so với năm 2024 (12.520 biên chế)."
    rows, _, unread = _rows("Năm 2025, tỉnh được giao tổng cộng" + tail)
    assert rows == {
        ("tong", 2025, 12400, None, None, None),
        ("tong", 2024, 12520, None, None, None),
        ("tong", 2025, None, 120, 2024, None),
    }
    assert not unread
    for twin in ("Năm 2025, tỉnh được giao", "Năm 2025, tỉnh Bình An được giao tổng cộng"):
        rows, _, unread = _rows(twin + tail)
        assert not rows and unread == {1}


def test_a_total_proposed_is_the_total() -> None:
    """ "4. Tổng cộng năm 2026 đề nghị giao 12.400 biên chế, ...": the proposing verb ends the
    subject, which is the total. Twin: "đề nghị bổ sung 120 biên chế" asks for more posts:
    outside, no change of the total."""
    first = "3. Các hội có tính chất đặc thù năm 2026 đề nghị giao 60 biên chế.\n"
    rows, _, unread = _rows(
        first + "4. Tổng cộng năm 2026 đề nghị giao 12.400 biên chế, giảm 120 biên chế so với "
        "năm 2025."
    )
    assert ("tong", 2026, 12400, None, None, None) in rows
    assert ("tong", 2026, None, 120, 2025, None) in rows
    assert not unread
    rows, _, unread = _rows(
        first + "4. Tổng cộng năm 2026 đề nghị bổ sung 120 biên chế so với năm 2025."
    )
    assert rows == {("hoi", 2026, 60, None, None, None)} and not unread


def test_a_summing_connective_before_a_fronted_comparison_is_no_part_of_the_row() -> None:
    """ "Tính chung so với năm 2021, biên chế công chức ... đã giảm 125 biên chế (5,01%) và số
    người làm việc giảm 3.012 người (10,00%).": "Tính chung" sums up, like "Như vậy,"; the
    comparison it opens reaches both clauses. Twin: "Tính chung các năm," names no base year:
    the changes compare with none, unread."""
    first = "Năm 2025, tỉnh được giao 2.370 biên chế công chức và 27.100 người làm việc.\n"
    row = (
        ", biên chế công chức của tỉnh đã giảm 125 biên chế (5,01%) và số người làm việc giảm "
        "3.012 người (10,00%)."
    )
    rows, _, unread = _rows(first + "Tính chung so với năm 2021" + row)
    assert ("cbcc", 2025, None, 125, 2021, "5,01%") in rows
    assert ("vc", 2025, None, 3012, 2021, "10,00%") in rows
    assert not unread
    rows, _, unread = _rows(first + "Tính chung các năm" + row)
    assert unread == {2} and all(row[3] is None for row in rows)


def test_posts_of_the_hoi_named_after_their_count() -> None:
    """ "Năm 2026 đề nghị giao 286 biên chế các hội có tính chất đặc thù, không thay đổi so với
    năm 2025.": the hội named after the count are its unit, as a category named there is.
    Twin: "các hội quần chúng" (not the hội đặc thù) names no category the reader knows
    after a count: unread."""
    rows, _, unread = _rows(
        "Năm 2026 đề nghị giao 286 biên chế các hội có tính chất đặc thù, không thay đổi so với "
        "năm 2025."
    )
    assert rows == {("hoi", 2026, 286, None, None, None), ("hoi", 2026, None, 0, 2025, None)}
    assert not unread
    rows, _, unread = _rows(
        "Năm 2026, tỉnh giao 286 biên chế các hội quần chúng, giảm 4 biên chế so với năm 2025."
    )
    assert not rows and unread == {1}


def test_a_fronted_base_of_bodies_counted_before_its_figure() -> None:
    """ "2. So với tổng biên chế công chức được giao năm 2021 của 3 bộ, cơ quan (5.300 biên chế),
    biên chế năm 2026 giảm 300 biên chế, ...": whose base is said between the year and its
    figure, a count of bodies among the words; after the list of "1." it is that whole's
    (5.000 + 300 = 5.300). Twin: two counts of bodies there ("3 bộ và 2 cơ quan"): not
    read, as before."""
    text = (
        "Điều 1. Biên chế công chức năm 2026\n1. Phê duyệt tổng biên chế công chức năm 2026 của "
        "3 bộ, cơ quan là 5.000 biên chế, giảm 40 biên chế so với năm 2025 (5.040 biên chế). Cụ "
        "thể:\na) Bộ A: 2.900 biên chế;\nb) Bộ B: 2.100 biên chế.\n2. So với tổng biên chế công "
        "chức được giao năm 2021 của {} (5.300 biên chế), biên chế năm 2026 giảm 300 biên chế, "
        "tỷ lệ giảm 5,66%."
    )
    rows, _, unread = _rows(text.format("3 bộ, cơ quan"))
    whole = next(row[0] for row in rows if row[2] == 5000)
    assert (whole, 2021, 5300, None, None, None) in rows
    assert (whole, 2026, None, 300, 2021, "5,66%") in rows
    assert not unread
    rows, _, unread = _rows(text.format("3 bộ và 2 cơ quan"))
    assert unread == {5} and 5300 not in {row[2] for row in rows}


def test_items_under_a_lead_naming_the_body_receiving_them_are_that_bodys() -> None:
    """A lead naming only the body that receives the posts ("Năm 2021, Sở Y tế được giao:",
    "Sở Y tế:", "+ Tại Văn phòng UBND tỉnh:", "Năm 2026, Cục Quản lý thị trường:") lists
    that body's categories: the items were read as the province's CBCC and VC totals (two
    figures of one unit and year). They are the body's category lines now, of the lead's
    year. Twins: a lead naming the province, or a giver ("Ban Thường vụ Tỉnh ủy giao ...
    như sau:"), keeps its items the province's; a total or a reserve under the body's lead
    is the body's own, which no unit names, so it is unread."""
    province = "Năm 2021, tỉnh được giao 2.000 biên chế công chức và 9.000 người làm việc.\n\n"
    items = "\n- Biên chế công chức: 90 biên chế;\n- Số lượng người làm việc: 800 người.\n"
    for lead, year in (
        ("Năm 2021, Sở Y tế được giao:", 2021),
        ("1. Năm 2021, Sở Y tế được giao:", 2021),
        ("Năm 2021, giao cho Sở Y tế như sau:", 2021),
        ("Sở Y tế:", 2021),
        ("+ Tại Văn phòng UBND tỉnh:", 2021),
        ("Năm 2026, Cục Quản lý thị trường:", 2026),
        ("Năm 2021, biên chế của Sở Y tế:", 2021),
        ("Biên chế năm 2021 của Sở Y tế:", 2021),
        ("Sở Y tế (năm 2021):", 2021),
        ("Năm 2021, Sở Y tế có:", 2021),
        ("Năm 2021, UBND tỉnh giao biên chế cho Sở Y tế, cụ thể:", 2021),
        # a lead item over items of its own level: all of them are the body's
        ("- Biên chế của Sở Y tế:", 2021),
    ):
        rows, _, unread = _rows(province + lead + items)
        assert ("cbcc", 2021, 2000, None, None, None) in rows, lead
        assert ("vc", 2021, 9000, None, None, None) in rows, lead
        body = {(unit, value) for unit, y, value, *_ in rows if y == year and value in (90, 800)}
        assert len(body) == 2 and not {unit for unit, _ in body} & {"cbcc", "vc"}, lead
        assert not unread, lead
    rows, _, unread = _rows("Năm 2021, tỉnh được giao:" + items)
    assert rows == {("cbcc", 2021, 90, None, None, None), ("vc", 2021, 800, None, None, None)}
    rows, _, unread = _rows("Năm 2021, biên chế của khối:" + items)
    assert rows == {("cbcc", 2021, 90, None, None, None), ("vc", 2021, 800, None, None, None)}
    rows, _, unread = _rows(
        "Năm 2021, Ban Thường vụ Tỉnh ủy giao biên chế cho các cơ quan như sau:\n"
        "- Khối Đảng: 500 biên chế;\n- Khối Mặt trận Tổ quốc và các đoàn thể: 300 biên chế.\n"
    )
    assert rows == {("dang", 2021, 500, None, None, None), ("mttq", 2021, 300, None, None, None)}
    rows, _, unread = _rows(
        "Năm 2021, Sở Y tế được giao:\n- Tổng số: 890 biên chế;\n- Dự phòng: 5 biên chế.\n"
    )
    assert not rows and unread == {2, 3}


def test_a_count_before_its_category_under_a_lead_is_that_category() -> None:
    """Items of a base year's lead that give the count first and the category after it, with
    words that only say where all of that category's posts lie: each the category's line (once
    "not understood"). The twins qualify the category further (one body, a body left out):
    another unit, not read."""
    lead = "Năm 2022, thị xã được giao:\n"
    rows, _, unread = _rows(
        lead + "- 120 biên chế công chức trong các cơ quan chuyên môn thuộc UBND thị xã;\n"
        "- 2.310 người làm việc trong các đơn vị sự nghiệp công lập, trong đó có 1.905 "
        "giáo viên;\n"
        "- 187 cán bộ, công chức cấp xã ở 9 xã, phường."
    )
    assert not unread
    assert {(u, y, v) for u, y, v, *_ in rows} == {
        ("cbcc", 2022, 120),
        ("vc", 2022, 2310),
        ("vc-giao-vien", 2022, 1905),
        ("cbcc-xa", 2022, 187),
    }
    _, _, unread = _rows(
        lead + "- 120 biên chế công chức trong các cơ quan chuyên môn thuộc UBND thị xã, trừ "
        "Phòng Y tế;\n- 31 biên chế công chức tại Phòng Nội vụ."
    )
    assert unread == {2, 3}
    # "cấp xã" said after the qualifier, not before: never the thị xã's công chức
    _, _, unread = _rows(lead + "- 187 công chức của các xã, phường.")
    assert unread == {2}


def test_commune_staff_given_to_every_commune_are_the_category() -> None:
    """A resolution giving the commune staff to the communes, all of them counted or not,
    with the count first: the category's line in the year of the article (once not read). The
    twin gives them to some communes only ("khu vực I"): not the category's whole, not read."""
    head = "Điều 1. Số lượng cán bộ, công chức cấp xã năm 2025\n"
    rows, _, unread = _rows(
        head + "Giao 1.530 cán bộ, công chức cấp xã cho 71 xã, phường của tỉnh, giảm 12 "
        "người so với năm 2024."
    )
    assert not unread
    assert rows == {
        ("cbcc-xa", 2025, 1530, None, None, None),
        ("cbcc-xa", 2025, None, 12, 2024, None),
    }
    _, _, unread = _rows(head + "Giao 402 cán bộ, công chức cấp xã cho 19 xã khu vực I.")
    assert unread == {2}


def test_posts_given_to_a_block_of_bodies_are_that_blocks_and_list_its_parts() -> None:
    """ "Giao 1.120 biên chế năm 2025 cho các cơ quan đảng, Mặt trận Tổ quốc và ..., gồm:" with
    its items was unread (the count named no subject before it): the posts are the block's, of
    the year beside the count, and the items its parts, the Party's own bodies among them a
    unit apart from the block they are listed in (the two names share one key; the item once
    became the block itself, a part of itself). Twins: given to a number of communes, or to
    one body, the count names no one block and stays unread."""
    rows, parts, unread = _rows(
        "Điều 1. Giao 1.120 biên chế năm 2025 cho các cơ quan đảng, Mặt trận Tổ quốc và các tổ "
        "chức chính trị - xã hội của tỉnh, gồm:\n"
        "+ Khối các cơ quan đảng cấp tỉnh và cấp huyện: 760 biên chế;\n"
        "+ Mặt trận Tổ quốc và các tổ chức chính trị - xã hội: 340 biên chế;\n"
        "+ Biên chế dự phòng: 20 biên chế.\n"
        "Số biên chế trên giảm 60 biên chế so với năm 2021 (1.180 biên chế).\n"
    )
    assert not unread
    block = next(unit for unit, year, value, *_ in rows if value == 1120)
    assert (block, 2025, None, 60, 2021, None) in rows
    assert (block, 2021, 1180, None, None, None) in rows
    party = next(unit for unit, year, value, *_ in rows if value == 760)
    assert party != block and len(parts[block]) == 3 and party in parts[block]
    for given in ("cho 12 xã, phường", "cho Sở Y tế"):
        _, _, unread = _rows(f"Điều 1. Giao 1.120 biên chế năm 2025 {given}.")
        assert unread == {1}, given


def test_a_lead_about_yearly_cuts_lists_the_stated_units_cuts_when_they_add_up() -> None:
    """ "Số giảm từng năm so với năm trước:" after a sentence stating the VC and its sectors'
    cuts: the items ("- Năm 2022: giảm 26 người;") were of no unit. They are the VC's, each
    against the year before, because they run from the year after 2021 to 2026 and add up to
    the VC's stated cut against 2021 (5 × 26 = 130). Twin: items adding up to another amount
    may be the sectors' or a slip: unread."""
    text = (
        "II. CHỈ TIÊU ĐẾN NĂM 2026\n"
        "2. Viên chức: đến năm 2026 còn 2.400 người, giảm 130 người (5,14%) so với năm 2021; "
        "trong đó sự nghiệp giáo dục và đào tạo giảm 110 người, sự nghiệp khác giảm 20 người. "
        "Số giảm từng năm so với năm trước:\n"
        "- Năm 2022: giảm 26 người;\n- Năm 2023: giảm 26 người;\n- Năm 2024: giảm 26 người;\n"
        "- Năm 2025: giảm 26 người;\n- Năm 2026: giảm {} người.\n"
    )
    rows, _, unread = _rows(text.format(26))
    assert not unread
    for year in range(2022, 2027):
        assert ("vc", year, None, 26, year - 1, None) in rows
    _, _, unread = _rows(text.format(20))
    assert unread == {3, 4, 5, 6, 7}


def test_year_items_under_a_generic_heading_take_the_category_of_the_heading_above() -> None:
    """ "IV. LỘ TRÌNH GIẢM SỐ LƯỢNG NGƯỜI LÀM VIỆC" over "2. Lộ trình từng năm:" and its
    items "a) Năm 2022: 5.880 người;": the inner heading names nothing, so the items are the
    category of the heading above (they were of no unit). Twin: an inner heading naming a
    body ("2. Trung tâm Y tế huyện:") leaves them unread, never the category's whole."""
    text = (
        "IV. LỘ TRÌNH GIẢM SỐ LƯỢNG NGƯỜI LÀM VIỆC\n"
        "1. Năm 2026, số lượng người làm việc hưởng lương từ ngân sách nhà nước là 5.400 người, "
        "giảm 600 người so với năm 2021, tỷ lệ giảm 10,00%.\n"
        "{}\na) Năm 2022: 5.880 người;\nb) Năm 2023: 5.760 người.\n"
    )
    rows, _, unread = _rows(text.format("2. Lộ trình từng năm:"))
    assert not unread
    assert {("vc", 2022, 5880, None, None, None), ("vc", 2023, 5760, None, None, None)} <= rows
    rows, _, unread = _rows(text.format("2. Trung tâm Y tế huyện:"))
    assert unread == {4, 5} and not any(value in (5880, 5760) for _, _, value, *_ in rows)


def test_the_provinces_count_naming_no_category_opening_its_list_is_the_total() -> None:
    """ "Năm 2021, tỉnh được giao 15.000 biên chế, gồm:" with the CBCC and VC below it was
    unread (the count names no category): it is the province's total, the items its parts,
    so a sum that does not add up is found. Twins: the same count closing its sentence says
    nothing of which categories it holds: never the total (eng-agents: the text's own posts,
    a unit of no category), and under a heading naming one category it is that category's,
    as before, never the total."""
    items = (
        "\n- Biên chế công chức: 1.900 biên chế;\n"
        "- Số lượng người làm việc hưởng lương từ ngân sách nhà nước: {} người.\n"
    )
    rows, parts, unread = _rows(
        "Năm 2021, tỉnh được giao 15.000 biên chế, gồm:" + items.format("13.100")
    )
    assert not unread and ("tong", 2021, 15000, None, None, None) in rows
    assert sorted(parts["tong"]) == ["cbcc", "vc"]
    wrong = extract_plan(
        "Năm 2021, tỉnh được giao 15.000 biên chế, gồm:" + items.format("13.000"), "d"
    )
    assert "sum-mismatch" in {f.kind for f in check_plan(plan_from_result(wrong, "d")).findings}
    rows, _, unread = _rows("Năm 2021, tỉnh được giao 15.000 biên chế.")
    assert not unread and rows == {("duoc-giao", 2021, 15000, None, None, None)}
    rows, _, _ = _rows("II. BIÊN CHẾ CÔNG CHỨC\nNăm 2021, tỉnh được giao 15.000 biên chế, gồm:\n")
    assert rows == {("cbcc", 2021, 15000, None, None, None)}


def test_a_level_of_schooling_names_the_schools_of_that_level() -> None:
    """ "a) Cấp học mầm non: 280 người;" listed under the education VC: the level names its
    schools, a part of the list (it named no unit, so the list had no parts). Twins: pupils,
    classes and schools of a level are counts of no post, outside."""
    rows, parts, unread = _rows(
        "Năm 2021, thị xã được giao 1.262 người làm việc. Trong đó:\n"
        "1. Viên chức sự nghiệp giáo dục: 1.150 người, cụ thể:\n"
        "a) Cấp học mầm non: 280 người;\nb) Cấp tiểu học: 500 người;\n"
        "c) Cấp trung học cơ sở: 370 người.\n2. Viên chức sự nghiệp khác: 112 người.\n"
    )
    assert not unread
    education = next(unit for unit, _, value, *_ in rows if value == 1150)
    assert len(parts[education]) == 3
    rows, _, unread = _rows(
        "Năm 2021, tỉnh được giao 1.000 biên chế công chức.\n"
        "Năm 2021, số học sinh tiểu học là 12.000 em.\nNăm 2021, số lớp tiểu học là 400 lớp.\n"
        "Năm 2021, toàn thị xã có 35 trường mầm non, tiểu học.\n"
    )
    assert rows == {("cbcc", 2021, 1000, None, None, None)} and not unread


def test_posts_approved_are_read_as_posts_given() -> None:
    """ "1. Đề nghị phê duyệt 5.830 người làm việc ..., gồm:" under a heading naming the VC
    was unread ("phê duyệt" was no verb of a figure): the VC of the heading's year, its items
    the parts. Twin: what is approved without a staffing unit ("phê duyệt 29 đề án") is no
    figure."""
    rows, parts, unread = _rows(
        "II. SỐ LƯỢNG NGƯỜI LÀM VIỆC NĂM 2026\n"
        "1. Đề nghị phê duyệt 5.830 người làm việc hưởng lương từ ngân sách nhà nước, gồm:\n"
        "+ Sự nghiệp giáo dục và đào tạo: 4.710 người;\n+ Sự nghiệp khác: 1.120 người.\n"
    )
    assert not unread and ("vc", 2026, 5830, None, None, None) in rows
    assert len(parts["vc"]) == 2
    rows, _, unread = _rows(
        "Năm 2026, tỉnh được giao 5.830 người làm việc.\nNăm 2026, Bộ đã phê duyệt 29 đề án.\n"
    )
    assert rows == {("vc", 2026, 5830, None, None, None)} and not unread


def test_a_body_whose_name_holds_nha_nuoc_ve_or_a_category_is_still_a_body() -> None:
    """Agencies are often named "Cục Quản lý nhà nước về ..." or "Vụ Công chức - Viên chức":
    under such a lead the items are the body's lines, never the ministry's totals. The twin
    names a category in lower case, which is the category's own posts: no body."""
    head = "Năm 2021, Bộ được giao 900 biên chế công chức và 2.000 người làm việc.\n\n"
    items = "\n+ công chức: 64;\n+ viên chức: 38.\n"
    for lead in ("Năm 2021, Cục Quản lý nhà nước về giá:", "Năm 2021, Vụ Công chức - Viên chức:"):
        rows, _, unread = _rows(head + lead + items)
        assert ("cbcc", 2021, 900, None, None, None) in rows
        assert not any(row[2] in (64, 38) and row[0] in ("cbcc", "vc") for row in rows)
        assert {row[2] for row in rows if row[0] not in ("cbcc", "vc")} >= {64, 38}
        assert not unread
    rows, _, _ = _rows(head + "Năm 2021, các đơn vị sự nghiệp công lập:" + items)
    assert not any(row[0].startswith(("cbcc-", "vc-")) for row in rows)


def test_a_breakdown_after_an_unread_sentence_never_takes_an_older_year() -> None:
    """ "Năm 2026 ... giảm 95 biên chế, tỷ lệ 4,89%. Trong đó, cấp tỉnh 1.040 biên chế ..."
    with the first sentence unread (its cut compared with no year): the breakdown speaks of
    2026, so it must not take 2024, the year of the last sentence read. Its twin, the same
    breakdown after a sentence read (the cut says its base year), is read in 2026."""
    before = (
        "1. Biên chế công chức\n\n"
        "Năm 2021, tỉnh được giao 1.942 biên chế công chức; năm 2024 được giao 1.880 biên "
        "chế.\n\n"
    )
    unread_first = (
        before + "Năm 2026, biên chế công chức được giao là 1.847, giảm 95 biên chế, tỷ lệ "
        "4,89%. Trong đó, cấp tỉnh 1.040 biên chế, cấp huyện 807 biên chế."
    )
    rows, _, unread = _rows(unread_first)
    assert all(year != 2024 or value != 1040 for _, year, value, *_ in rows)
    assert all(value not in (1040, 807) for _, _, value, *_ in rows)
    assert 5 in unread
    read_first = (
        before + "Năm 2026, biên chế công chức được giao là 1.847, giảm 95 biên chế, tỷ lệ "
        "4,89% so với năm 2021. Trong đó, cấp tỉnh 1.040 biên chế, cấp huyện 807 biên chế."
    )
    rows, _, unread = _rows(read_first)
    assert {(year, value) for _, year, value, *_ in rows if value in (1040, 807)} == {
        (2026, 1040),
        (2026, 807),
    }
    assert not unread


def test_a_list_against_the_year_before_ends_at_its_leads_sibling() -> None:
    """Under "2. Viên chức: ... Số giảm từng năm so với năm trước:" the items' cuts are each
    against the year before theirs; "3. Cán bộ, công chức cấp xã: ... đến năm 2025 còn 498
    người, giảm 21 người." is the lead's sibling, not its item: its cut compares with a year
    it does not say, never 2024. Its twin, an item of the list, is read against the year
    before."""
    lead = (
        "II. CHỈ TIÊU\n"
        "1. Công chức: năm 2021 có 90 biên chế; đến năm 2026 còn 85 biên chế.\n"
        "2. Viên chức: năm 2021 có 1.210 người; đến năm 2026 còn 1.089 người. Số giảm từng "
        "năm so với năm trước:\n"
        "- Năm 2022: giảm 25 người;\n"
        "- Năm 2023: giảm 24 người;\n"
    )
    rows, _, unread = _rows(
        lead + "3. Cán bộ, công chức cấp xã: đến năm 2025 còn 498 người, giảm 21 người."
    )
    assert all(not (reduction == 21 and base == 2024) for *_, reduction, base, _ in rows)
    assert 6 in unread
    rows, _, _ = _rows(lead + "- Năm 2024: giảm 21 người.")
    assert any(reduction == 21 and base == 2023 for *_, reduction, base, _ in rows)


def test_a_figure_naming_no_year_in_a_sentence_naming_another_is_not_the_contexts() -> None:
    """ "Theo kế hoạch, năm 2025 huyện giảm thêm 15 biên chế công chức, còn 640 biên chế"
    after a paragraph about 2024: the 640 are 2025's if anything, never 2024's (the year of
    the sentence before). Its twin names no year of its own before the figure (the 2024 of
    a parenthesis recalls another year): the context's year holds."""
    before = (
        "Năm 2024, huyện được giao 655 biên chế công chức, giảm 12 biên chế so với năm 2023.\n\n"
    )
    rows, _, unread = _rows(
        before + "Theo kế hoạch, năm 2025 huyện giảm thêm 15 biên chế công chức, còn 640 biên "
        "chế; số người làm việc năm 2025 là 3.120 người."
    )
    assert all(not (year == 2024 and value == 640) for _, year, value, *_ in rows)
    assert 3 in unread
    lead = (
        "1. Số lượng người làm việc trong các đơn vị sự nghiệp công lập năm 2025 là 4.210 "
        "người, gồm:\n"
    )
    rows, _, unread = _rows(lead + "- Giáo dục và đào tạo: 3.050 người (năm 2024: 3.130 người);")
    assert ("giao-duc-dao-tao", 2025, 3050, None, None, None) in rows
    assert not unread


def test_a_parenthesis_line_after_an_unread_item_is_not_the_item_before() -> None:
    """ "(giảm 1.460 người so với năm 2021, tỷ lệ 10,02%)" under an item left unread (its cut
    says no base year) speaks of that item, never of the item read before it (the công
    chức): unread. Its twin, under the same item read whole, is that item's VC change."""
    head = (
        "II. DỰ KIẾN NĂM 2026\n"
        "1. Biên chế công chức năm 2026 dự kiến là 1.730 biên chế, giảm 9 biên chế so với "
        "năm 2025.\n"
        "(giảm 92 biên chế so với năm 2021, tỷ lệ giảm 5,05%)\n"
    )
    tail = "\n(giảm 1.460 người so với năm 2021, tỷ lệ giảm 10,02%)"
    rows, _, unread = _rows(
        head + "2. Số lượng người làm việc năm 2026 dự kiến là 13.110 người, giảm 150 người." + tail
    )
    assert all(reduction != 1460 for *_, reduction, _, _ in rows)
    assert {4, 5} <= unread
    rows, _, unread = _rows(
        head + "2. Số lượng người làm việc năm 2026 dự kiến là 13.110 người, giảm 150 người "
        "so với năm 2025." + tail
    )
    assert ("vc", 2026, None, 1460, 2021, "10,02%") in rows
    assert not unread


def test_posts_given_to_some_bodies_counted_are_never_the_categorys_whole() -> None:
    """ "Năm 2023 giao 48 người làm việc cho 04 đơn vị sự nghiệp công lập" gives posts to four
    bodies, which may be a few of them: never the VC's whole (nor when a parenthesis follows
    the recipient, "(trong đó có 15 giáo viên)", which hid it). Its twin gives them to the
    bodies uncounted ("cho các đơn vị sự nghiệp công lập của tỉnh"): the category's whole."""
    for text in (
        "Năm 2023 giao 48 người làm việc cho 04 đơn vị sự nghiệp công lập.",
        "Năm 2023 giao 48 người làm việc hưởng lương từ ngân sách nhà nước cho các đơn vị sự "
        "nghiệp công lập tự bảo đảm một phần chi thường xuyên (trong đó có 15 giáo viên).",
    ):
        rows, _, unread = _rows(text)
        assert not rows
        assert unread == {1}
    rows, _, unread = _rows(
        "Năm 2023 giao 9.870 người làm việc cho các đơn vị sự nghiệp công lập của tỉnh."
    )
    assert rows == {("vc", 2023, 9870, None, None, None)}
    assert not unread


def test_a_count_naming_another_category_than_its_heading_is_not_the_headings() -> None:
    """Under "1. Biên chế công chức", "Như vậy, đến năm 2026 giảm 96 viên chức, tỷ lệ giảm
    5,03% so với năm 2021." names after its count another category than the heading's: not
    the công chức's change, unread. Its twin names the heading's category: the công chức's."""
    heading = (
        "III. LỘ TRÌNH\n1. Biên chế công chức\n"
        "Năm 2021, tỉnh được giao 1.908 biên chế công chức. Lộ trình thực hiện:\n"
        "- Năm 2025: giao 1.850 biên chế;\n"
        "- Năm 2026: giao 1.812 biên chế.\n"
    )
    for other in ("viên chức", "người làm việc"):
        rows, _, unread = _rows(
            heading + f"Như vậy, đến năm 2026 giảm 96 {other}, tỷ lệ giảm 5,03% so với năm 2021."
        )
        assert all(reduction != 96 for *_, reduction, _, _ in rows)
        assert 6 in unread
    rows, _, unread = _rows(
        heading + "Như vậy, đến năm 2026 giảm 96 biên chế công chức, tỷ lệ giảm 5,03% so với năm "
        "2021."
    )
    assert ("cbcc", 2026, None, 96, 2021, "5,03%") in rows
    assert not unread


def test_items_under_a_heading_naming_a_sector_of_the_category_are_not_its_whole() -> None:
    """ "2. Số lượng người làm việc trong các đơn vị sự nghiệp y tế" over "- Năm 2025 được
    giao: 6.840 người.": the sector's figure, never the whole VC (which the text gives
    elsewhere). Twin: under a heading naming the category alone the items are the whole."""
    head = "Năm 2025, tỉnh được giao 41.270 người làm việc.\n\n"
    items = "- Năm 2025 được giao: 6.840 người.\n- Năm 2026 đề nghị: 6.610 người.\n"
    rows, _, _ = _rows(
        head + "2. Số lượng người làm việc trong các đơn vị sự nghiệp y tế\n" + items
    )
    assert not any(row[0] == "vc" and row[2] in (6840, 6610) for row in rows)
    rows, _, unread = _rows("2. Số lượng người làm việc\n" + items)
    assert {("vc", 2025, 6840, None, None, None), ("vc", 2026, 6610, None, None, None)} <= rows
    assert not unread


def test_a_body_named_by_its_region_number_is_a_heading_not_a_count() -> None:
    """ "2. Cục Thanh tra khu vực 1" is a body's heading ("khu vực 1" names it, no count):
    the items below are never given to the category heading above it. Twin: a number after
    any other word is still a count."""
    text = (
        "II. BIÊN CHẾ CÔNG CHỨC\nBiên chế của từng đơn vị như sau:\n\n"
        "1. Cục Thanh tra khu vực 1\nNăm 2021: 96 biên chế; năm 2026: 91 biên chế.\n"
    )
    rows, _, _ = _rows(text)
    assert not any(row[0] == "cbcc" for row in rows)
    assert [t.quantity for t in tokens("Cục Thanh tra khu vực 1")] == [False]
    assert [t.quantity for t in tokens("các đơn vị 1.200 biên chế")] == [True]


def test_a_source_or_circumstance_fronted_is_never_the_unit() -> None:
    """ "Cũng theo Bộ Nội vụ, ..." names who reports, "Cùng với việc sắp xếp ..., ..." what
    came with it: neither is the unit of the figure after it (each was read as a unit of its
    own holding people who left, or part-time staff). Twin: the same sentence with a
    category after the fronted words is read."""
    head = "Năm 2024, biên chế công chức của tỉnh là 2.000 biên chế.\n"
    rows, _, _ = _rows(
        head
        + "Cũng theo Bộ Nội vụ, từ năm 2022 đến hết năm 2024 đã có 46.215 người được giải quyết "
        "chính sách tinh giản biên chế theo Nghị định số 29/2023/NĐ-CP."
    )
    assert rows == {("cbcc", 2024, 2000, None, None, None)}
    rows, _, _ = _rows(
        head
        + "Cùng với việc sắp xếp đơn vị hành chính cấp xã giai đoạn 2019 - 2024, số người hoạt "
        "động không chuyên trách ở cấp xã giảm khoảng 68.300 người."
    )
    assert rows == {("cbcc", 2024, 2000, None, None, None)}
    rows, _, unread = _rows(
        "Cũng theo Sở Nội vụ, năm 2025 biên chế công chức của tỉnh là 2.100 biên chế."
    )
    assert ("cbcc", 2025, 2100, None, None, None) in rows
    assert not unread


def test_a_numbered_line_saying_a_figure_is_shared_out_opens_its_parts() -> None:
    """ "1. Tổng số ... là 16.480 người ... 2. Phân bổ theo lĩnh vực, cụ thể:" then dashes:
    the dashes share out the figure of clause 1, as after "Trong đó:" (read as units of no
    whole, a sum that did not add up went unchecked: a false all-clear). Twin: a numbered
    line naming a category of its own is a heading; its items are no parts of clause 1."""
    head = (
        "Điều 1. Số lượng người làm việc năm 2024\n"
        "1. Tổng số lượng người làm việc trong các đơn vị sự nghiệp công lập của tỉnh năm 2024 "
        "là 16.480 người.\n"
    )
    items = "- Sự nghiệp giáo dục: 12.350 người;\n- Sự nghiệp khác: 4.150 người.\n"
    _, parts, unread = _rows(head + "2. Phân bổ theo lĩnh vực, cụ thể:\n" + items)
    assert len(parts["vc"]) == 2 and not unread
    _, parts, _ = _rows(head + "2. Biên chế công chức, cụ thể:\n" + items)
    assert not parts.get("vc")


def test_one_category_shared_twice_in_a_sentence_is_not_read() -> None:
    """ "Bộ A được giao 3.214 biên chế công chức, còn Bộ B được giao 1.046 biên chế công chức"
    was read as Bộ A's shares, the second replacing the first (Bộ A: 1.046). "còn" before a
    second body's name sets the two apart (branch eng-multi2, `chains._two_bodies`): each
    body its own figure, never one unit. One subject naming one category twice is still not
    read. Twin: two categories, each once, are the subject's shares."""
    rows, _, unread = _rows(
        "Năm 2024 Bộ Giao thông vận tải được giao 3.214 biên chế công chức, còn Bộ Xây dựng "
        "được giao 1.046 biên chế công chức."
    )
    assert not unread and len({row[0] for row in rows}) == 2
    assert {row[2] for row in rows} == {3214, 1046}
    rows, _, unread = _rows(
        "Năm 2024 Bộ Giao thông vận tải được giao 3.214 biên chế công chức và 1.046 biên chế "
        "công chức."
    )
    assert unread == {1} and not rows
    rows, _, unread = _rows(
        "Năm 2024 Bộ Giao thông vận tải được giao 3.214 biên chế công chức và 1.046 người làm việc."
    )
    assert not unread and {row[2] for row in rows} >= {3214, 1046}


def test_a_change_naming_its_category_then_another_categorys_is_the_bodys_two_lines() -> None:
    """ "Sở Y tế giảm 1 biên chế công chức và 15 người làm việc so với năm 2023" was read as
    the Sở's whole cut of 1 with a VC share of 15 (the CBCC named after 1 dropped): both are
    the Sở's category lines' cuts. Twin: the same words naming no body (a parenthesis line
    under an item of one category) are not read: whose lines they are is not said."""
    rows, _, unread = _rows(
        "Năm 2024, Sở Y tế giảm 1 biên chế công chức và 15 người làm việc so với năm 2023."
    )
    assert not unread
    assert rows == {
        ("so-y-te-cbcc", 2024, None, 1, 2023, None),
        ("so-y-te-vc", 2024, None, 15, 2023, None),
    }
    rows, _, unread = _rows(
        "Năm 2026, Cục A:\n+ công chức: 61;\n+ viên chức: 34.\n"
        "(giảm 3 công chức và 4 viên chức so với năm 2021)"
    )
    assert 4 in unread and not any(row[3] in (3, 4) for row in rows)


def test_a_share_of_one_sector_is_not_the_categorys_line() -> None:
    """ "... và 15 người làm việc trong khối giáo dục": some of the VC, of one sector; it was
    read as the VC's whole change. Twin: without the sector it is the VC's line (and "tiếp
    tục" is no word of the body's name)."""
    text = (
        "Năm 2024, Sở Y tế tiếp tục giảm 1 biên chế công chức và 15 người làm việc{} so với "
        "năm 2023."
    )
    rows, _, unread = _rows(text.format(" trong khối dự phòng"))
    assert unread == {1} and not rows
    rows, _, unread = _rows(text.format(""))
    assert not unread
    assert rows == {
        ("so-y-te-cbcc", 2024, None, 1, 2023, None),
        ("so-y-te-vc", 2024, None, 15, 2023, None),
    }


def test_two_sectors_of_the_public_service_block_are_two_units() -> None:
    """ "2. Khối sự nghiệp giáo dục: ... 1.076 người" and "3. Khối sự nghiệp khác: ... 41
    người" were both the well-known block "Khối sự nghiệp" (41 replaced 1.076). Twin: the
    block named with nothing after it is that block."""
    rows, _, unread = _rows(
        "1. Khối sự nghiệp giáo dục: năm 2023 được giao 1.076 người làm việc.\n"
        "2. Khối sự nghiệp khác: năm 2023 được giao 41 người làm việc.\n"
    )
    assert not unread
    units = {row[0] for row in rows}
    assert len(units) == 2 and {row[2] for row in rows} == {1076, 41}
    rows, _, _ = _rows("Khối sự nghiệp: năm 2023 được giao 1.117 người làm việc.\n")
    assert {row[0] for row in rows} == {"sn-vc"}


def test_staff_in_post_short_of_the_posts_proposed_is_outside() -> None:
    """ "Số công chức có mặt ... là 2.701 người, thấp hơn số đề nghị giao 214 người": how far
    the staff in post fall short of the posts proposed; 214 was read as the CBCC's figure.
    Twin: after a figure of posts, the same shortfall is a comparison not read."""
    head = "Năm 2026 đề nghị giao 2.915 biên chế công chức.\n"
    rows, _, unread = _rows(
        head + "Số công chức có mặt đến ngày 31/10/2025 là 2.701 người, thấp hơn số đề nghị "
        "giao 214 người."
    )
    assert not unread and not any(row[2] == 214 for row in rows)
    rows, _, unread = _rows(
        head + "Biên chế công chức năm 2026 là 2.915 biên chế, thấp hơn số đề nghị giao 214 người."
    )
    assert unread == {2} and not any(row[2] == 214 for row in rows)


def test_a_difference_column_is_signed_where_the_tables_figures_say_so() -> None:
    """ "| Nội dung | Năm 2021 | Năm 2026 | Chênh lệch |" with "-220" under it: the header
    names no direction, the cell's sign does, and the figures beside it (4.140 − 4.360) show the
    table counts the later year minus the earlier; each row is read with its change (they were
    figures of no year, unread). A cell off by some posts is a slip, read as written. Twins: the
    same falls written unsigned ("220", the earlier minus the later) or a table whose signs run
    against its figures is not read: which way does it count?"""
    table = (
        "Biên chế năm 2021 và năm 2026 của thành phố:\n\n"
        "| Nội dung | Năm 2021 | Năm 2026 | Chênh lệch |\n|---|---|---|---|\n"
        "| Biên chế hành chính | 4.360 | 4.140 | {cc} |\n"
        "| Số lượng người làm việc | 38.120 | 34.300 | {vc} |\n"
        "| **Tổng cộng** | **42.480** | **38.440** | **{total}** |\n"
    )
    rows, parts, unread = _rows(table.format(cc="-220", vc="-3.820", total="-4.040"))
    assert not unread
    assert {
        ("cbcc", 2026, None, 220, 2021, None),
        ("vc", 2026, None, 3820, 2021, None),
        ("tong", 2026, None, 4040, 2021, None),
        ("tong", 2021, 42480, None, None, None),
    } <= rows
    assert sorted(parts["tong"]) == ["cbcc", "vc"]
    wrong = table.format(cc="-230", vc="-3.820", total="-4.040")
    plan = plan_from_result(extract_plan(wrong, "doc.txt"), "doc.txt")
    assert "claim-difference" in {f.kind for f in check_plan(plan).findings}
    for cc, vc, total in (("220", "3.820", "4.040"), ("+220", "+3.820", "+4.040")):
        rows, _, unread = _rows(table.format(cc=cc, vc=vc, total=total))
        assert unread == {5, 6, 7}, cc
        assert not rows


def test_a_table_row_naming_a_body_that_gives_posts_in_prose_holds_its_own() -> None:
    """ "| 2 | Ban Tổ chức Trung ương | 310 | 294 | 16 |" among the Party's central bodies: in
    prose that name gives posts ("Ban Tổ chức Trung ương giao ...": no unit), on a table's row it
    is the body whose posts the row holds (the row was unread, its siblings read). Twin: the
    same name giving posts in a sentence is still no unit of its own (the posts it gives the
    province are the text's own, eng-agents)."""
    table = (
        "Biên chế các cơ quan:\n\n"
        "| STT | Cơ quan | Năm 2021 | Năm 2026 | Giảm so với năm 2021 |\n|---|---|---|---|---|\n"
        "| 1 | Văn phòng Trung ương Đảng | 520 | 494 | 26 |\n"
        "| 2 | Ban Tổ chức Trung ương | 310 | 294 | 16 |\n"
        "| | Tổng cộng | 830 | 788 | 42 |\n"
    )
    rows, parts, unread = _rows(table)
    assert not unread
    assert {
        ("co-quan-ban-to-chuc", 2021, 310, None, None, None),
        ("co-quan-ban-to-chuc", 2026, None, 16, 2021, None),
    } <= rows
    assert sorted(parts["tong"]) == ["co-quan-ban-to-chuc", "van-phong-trung-uong-dang"]
    rows, _, unread = _rows("Năm 2021, Ban Tổ chức Trung ương giao cho tỉnh 3.259 biên chế.\n")
    # (eng-agents: the posts are the text's own, of no category; never the giver's unit)
    assert not unread and rows == {("duoc-giao", 2021, 3259, None, None, None)}


def test_a_subset_column_after_the_people_column_is_some_of_each_rows_people() -> None:
    """ "| Đơn vị | Biên chế công chức | Số lượng người làm việc | Trong đó: sự nghiệp giáo dục
    |": the last column counts some of each row's people, a unit of its own (`subset_of` the
    row's VC line), never a part or a third category (the whole table was declined). A
    separator typed with one dash per cell (":-:") is still a separator. Twins: the same
    column after the công chức column, or beside a sum column (some of the sum or of the
    people?), leaves the table unread."""
    table = (
        "Phân bổ biên chế năm 2025 của các huyện:\n\n"
        "| STT | Đơn vị | {first} | {second} | Trong đó: {subset} |\n|:-:|---|--:|--:|--:|\n"
        "| 1 | Huyện A | 78 | 1.342 | 1.105 |\n| 2 | Huyện B | 74 | 1.168 | 982 |\n"
        "| | **Tổng cộng** | **152** | **2.510** | **2.087** |\n"
    )
    people = "Số lượng người làm việc hưởng lương NSNN"
    for subset in ("sự nghiệp giáo dục", "giáo viên"):
        rows, parts, unread = _rows(
            table.format(first="Biên chế công chức", second=people, subset=subset)
        )
        assert not unread, subset
        values = {(row[0], row[2]) for row in rows if row[2] is not None}
        assert {("cbcc-huyen-a", 78), ("vc-huyen-a", 1342), ("cbcc", 152), ("vc", 2510)} <= values
        subsets = {unit: value for unit, value in values if value in (1105, 982, 2087)}
        assert len(subsets) == 3
        assert not set(subsets) & {"vc-huyen-a", "vc-huyen-b", "vc"}
        assert sorted(parts["vc"]) == ["vc-huyen-a", "vc-huyen-b"]
        assert not any(set(subsets) & set(found) for found in parts.values())
    result = extract_plan(
        table.format(first="Biên chế công chức", second=people, subset="giáo viên"), "doc.txt"
    )
    wholes = {unit["id"]: unit.get("subset_of") for unit in result.data["units"]}
    assert sorted(whole for whole in wholes.values() if whole) == ["vc", "vc-huyen-a", "vc-huyen-b"]
    for first, second in ((people, "Biên chế công chức"), ("Biên chế công chức", "Cộng")):
        rows, _, unread = _rows(table.format(first=first, second=second, subset="giáo viên"))
        assert unread == {5, 6, 7}, second
        assert not rows


def test_a_column_compared_with_a_year_is_never_that_years_figure() -> None:
    """ "| Năm 2025 | Năm 2026 | So với năm 2025 |" with "-7": a difference naming no direction,
    read as "Chênh lệch" is (the figures confirm the sign). Twin, a latent misread: beside a
    2026 column alone, "| 205 | 7 |" under "So với năm 2025" was read as 7 posts in 2025; with
    no 2025 figure to confirm the sign, the rows are not read."""
    both = (
        "Biên chế công chức của các sở:\n\n"
        "| STT | Đơn vị | Năm 2025 | Năm 2026 | {header} |\n|---|---|---|---|---|\n"
        "| 1 | Sở A | 212 | 205 | -7 |\n| 2 | Sở B | 96 | 92 | -4 |\n"
    )
    for header in (
        "So với năm 2025",
        "So sánh với năm 2025",
        "Chênh lệch (+/-)",
        "Năm 2026 so với năm 2025",
        "So sánh năm 2026 với năm 2025",
    ):
        rows, _, unread = _rows(both.format(header=header))
        assert not unread, header
        assert {("so-a", 2026, None, 7, 2025, None), ("so-b", 2026, None, 4, 2025, None)} <= rows
    # the years named the other way round, or a base that is no column: not read
    for header in ("Năm 2025 so với năm 2026", "So với năm 2021"):
        rows, _, unread = _rows(both.format(header=header))
        assert unread == {5, 6} and not rows, header
    # three year columns: the difference is against the year its header names, and a cell
    # that is the last two years' difference is no confirmation of it
    three = (
        "Biên chế công chức của các sở:\n\n"
        "| STT | Đơn vị | Năm 2021 | Năm 2025 | Năm 2026 | So sánh với năm 2021 |\n"
        "|---|---|---|---|---|---|\n| 1 | Sở A | 250 | 212 | 205 | {cell} |\n"
    )
    rows, _, unread = _rows(three.format(cell="-45"))
    assert not unread and ("so-a", 2026, None, 45, 2021, None) in rows
    rows, _, unread = _rows(three.format(cell="-7"))
    assert unread == {5} and not rows
    alone = (
        "Biên chế công chức năm 2026 của các sở:\n\n"
        "| STT | Đơn vị | Năm 2026 | So với năm 2025 |\n|---|---|---|---|\n"
        "| 1 | Sở A | 205 | {cell} |\n| 2 | Sở B | 92 | -4 |\n"
    )
    for cell in ("7", "-7"):
        rows, _, unread = _rows(alone.format(cell=cell))
        assert unread == {5, 6}, cell
        assert not rows


def test_a_row_counting_bodies_is_no_posts() -> None:
    """A roadmap table "| Nội dung | Năm 2021 | Năm 2026 | Giảm |" with a row "Số đơn vị sự
    nghiệp công lập | 120 | 110 | 10": bodies counted, outside the plan (it was read as 120
    viên chức, a latent misread; "Số xã, phường", "Số phòng chuyên môn" as units of posts).
    Twin: "Số người làm việc trong đơn vị sự nghiệp" names people, and is read as posts."""
    table = (
        "Kết quả thực hiện lộ trình:\n\n| Nội dung | Năm 2021 | Năm 2026 | Giảm |\n"
        "|---|---|---|---|\n| Biên chế công chức | 2.400 | 2.280 | 120 |\n"
        "| {name} | 120 | 110 | 10 |\n"
    )
    for name in ("Số đơn vị sự nghiệp công lập", "Số xã, phường", "Số phòng chuyên môn"):
        rows, _, unread = _rows(table.format(name=name))
        assert not unread, name
        assert rows == {
            ("cbcc", 2021, 2400, None, None, None),
            ("cbcc", 2026, 2280, None, None, None),
            ("cbcc", 2026, None, 120, 2021, None),
        }, name
    rows, _, unread = _rows(table.format(name="Số người làm việc trong đơn vị sự nghiệp"))
    assert not unread
    assert {row[2] for row in rows if row[0].startswith("vc")} == {120, 110, None}
    # the same count as a column of a table of years as rows was the VC line: now not read
    years = (
        "Lộ trình của tỉnh:\n\n| Năm | Biên chế công chức | {name} |\n|---|---|---|\n"
        "| 2021 | 1.200 | 50 |\n| 2026 | 1.140 | 40 |\n"
    )
    rows, _, unread = _rows(years.format(name="Số đơn vị sự nghiệp"))
    assert unread == {5, 6} and not rows
    rows, _, unread = _rows(years.format(name="Số người làm việc"))
    assert not unread and ("vc", 2026, 40, None, None, None) in rows


@pytest.mark.parametrize(
    ("header", "read"),
    [
        ("Số đề nghị năm 2024", True),
        ("Năm 2024 (sau điều chỉnh)", True),
        ("Kế hoạch năm 2024", True),
        ("Thực hiện năm 2024", False),
        ("Số đã tuyển dụng năm 2024", False),
        ("Biên chế tinh giản năm 2024", False),
        ("Định mức năm 2024", False),
        ("Hợp đồng năm 2024", False),
        ("Sự nghiệp y tế năm 2024", False),
    ],
)
def test_a_years_column_is_posts_only_where_its_header_says_no_more(
    header: str, read: bool
) -> None:
    """ "| Đơn vị | Biên chế giao năm 2023 | Thực hiện năm 2024 |": the second column was read as
    the posts of 2024 whatever its header said (people at work, recruits, cuts, a norm, contract
    staff, one sector's posts: latent misreads). A year's column is posts only where its words
    say no more than posts given, proposed, appraised or planned; otherwise the rows are not
    read. Twins: "Số đề nghị năm 2024", "Năm 2024 (sau điều chỉnh)", "Kế hoạch năm 2024"."""
    rows, _, unread = _rows(
        "Biên chế công chức của các sở:\n\n"
        f"| STT | Đơn vị | Biên chế giao năm 2023 | {header} |\n|---|---|---|---|\n"
        "| 1 | Sở A | 212 | 205 |\n| 2 | Sở B | 96 | 92 |\n"
    )
    if read:
        assert not unread
        assert {("so-a", 2024, 205, None, None, None), ("so-b", 2024, 92, None, None, None)} <= rows
    else:
        assert unread == {5, 6} and not rows


@pytest.mark.parametrize(
    ("header", "read"),
    [
        ("Biên chế", True),
        ("Biên chế được phân bổ", True),
        ("Tổng số", True),
        ("Thực hiện", False),
        ("Định mức", False),
        ("Số đã tuyển dụng", False),
        ("Sự nghiệp y tế", False),
    ],
)
def test_a_column_naming_no_year_is_posts_only_where_its_header_says_no_more(
    header: str, read: bool
) -> None:
    """Under "Biên chế công chức năm 2025 của các sở:", "| Đơn vị | Thực hiện |" was read as
    each body's posts of 2025 (a latent misread, as for a year's column): a figure column is
    posts only where its header says no more than posts. Twins: "Biên chế", "Biên chế được phân
    bổ", "Tổng số" are read."""
    rows, _, unread = _rows(
        "Biên chế công chức năm 2025 của các sở:\n\n"
        f"| STT | Đơn vị | {header} |\n|---|---|---|\n| 1 | Sở A | 205 |\n| 2 | Sở B | 92 |\n"
    )
    if read:
        assert not unread
        assert rows == {("so-a", 2025, 205, None, None, None), ("so-b", 2025, 92, None, None, None)}
    else:
        assert unread == {5, 6} and not rows


def test_a_table_row_outside_the_plan_leaves_the_totals_parts_unknown() -> None:
    """ "| Hợp đồng theo Nghị định 111 | 200 | 180 |" between the posts and "Tổng cộng | 2.600 |
    2.460": the contract staff are outside the plan, and the total adds them; its parts were the
    posts' row alone, so the core reported a sum slip the text does not hold (a false alarm).
    A table holding a row outside the plan no longer says which rows are all its total's
    parts. Twin: without that row, a total that does not add up is still the sum slip."""
    table = (
        "Kế hoạch biên chế:\n\n| Nội dung | Năm 2021 | Năm 2026 |\n|---|---|---|\n"
        "| Biên chế công chức | 2.400 | 2.280 |\n{row}| Tổng cộng | 2.600 | 2.460 |\n"
    )

    def kinds(text: str) -> set[str]:
        plan = plan_from_result(extract_plan(text, "doc.txt"), "doc.txt")
        return {finding.kind for finding in check_plan(plan).findings}

    text = table.format(row="| Hợp đồng theo Nghị định 111 | 200 | 180 |\n")
    rows, _, unread = _rows(text)
    assert not unread and ("tong", 2021, 2600, None, None, None) in rows
    assert "sum-mismatch" not in kinds(text)
    assert "sum-mismatch" in kinds(table.format(row="| Biên chế viên chức | 150 | 180 |\n"))


def test_a_difference_against_the_year_before_in_a_table_of_years_as_rows() -> None:
    """ "| Năm | Biên chế công chức | Chênh lệch so với năm trước |" with "-20" under 2022 and
    "10" under 2023: each year against the row above, signed by its cell where the rows' own
    figures confirm the sign (1.180 − 1.200 = −20). Twins: the signs written the other way
    round, or "Chênh lệch" naming no year it is against, leave the rows unread."""
    table = (
        "Lộ trình biên chế:\n\n| Năm | Biên chế công chức | {header} |\n|---|---|---|\n"
        "| 2021 | 1.200 | |\n| 2022 | 1.180 | {first} |\n| 2023 | 1.190 | {second} |\n"
    )
    rows, _, unread = _rows(
        table.format(header="Chênh lệch so với năm trước", first="-20", second="10")
    )
    assert not unread
    assert {("cbcc", 2022, None, 20, 2021, None), ("cbcc", 2023, None, -10, 2022, None)} <= rows
    for header, first, second in (
        ("Chênh lệch so với năm trước", "20", "-10"),
        ("Chênh lệch", "-20", "10"),
    ):
        rows, _, unread = _rows(table.format(header=header, first=first, second=second))
        assert unread == {5, 6, 7} and not rows, header


def test_a_body_heading_in_a_category_section_gives_bare_counts_that_category() -> None:
    """ "II. BIÊN CHẾ CÔNG CHỨC" over "1. Văn phòng Bộ" over "Năm 2021: 88 biên chế; năm
    2026: 84 biên chế." and "(giảm 4 biên chế so với năm 2021)": the office's công chức in
    both years, and its change; under a section of người làm việc, the body's người làm
    việc. Twins: a section naming no category leaves the counts unread (which category is
    not said); a heading of a year between the body and the section may narrow it: unread."""
    lines = "Năm 2021: 88 biên chế; năm 2026: 84 biên chế.\n(giảm 4 biên chế so với năm 2021)\n"
    rows, _, unread = _rows("II. BIÊN CHẾ CÔNG CHỨC\n1. Văn phòng Bộ\n" + lines)
    assert rows == {
        ("cbcc-van-phong-bo", 2021, 88, None, None, None),
        ("cbcc-van-phong-bo", 2026, 84, None, None, None),
        ("cbcc-van-phong-bo", 2026, None, 4, 2021, None),
    }
    assert not unread
    rows, _, unread = _rows("II. SỐ LƯỢNG NGƯỜI LÀM VIỆC\n1. Trường Cao đẳng Y tế\n" + lines)
    assert {row[0] for row in rows} == {"vc-truong-cao-dang-y"}
    assert not unread
    rows, _, unread = _rows("II. BIÊN CHẾ CỦA TỪNG ĐƠN VỊ\n1. Văn phòng Bộ\n" + lines)
    assert not rows
    assert unread == {3, 4}
    rows, _, unread = _rows("II. BIÊN CHẾ CÔNG CHỨC\n1. Văn phòng Bộ\na) Năm 2024\n" + lines)
    assert not any(row[2] == 88 for row in rows)
    assert 4 in unread


def test_a_from_to_item_takes_the_two_years_of_its_lead() -> None:
    """ "- Lĩnh vực y tế: từ 4.610 người xuống còn 4.149 người, giảm 461 người;" under a lead
    stating its unit in 2021 and 2026 and nothing else: the item's 2021 and 2026 figures and
    its change against 2021 ("(giảm 2.691)" too), parts of the lead's unit. Twins: under a
    lead of one year the item's years are not said; a "fall" to a larger figure; an item
    that is no list item (a paragraph after the lead): unread."""
    lead = (
        "2. Số lượng người làm việc: năm 2021 được giao 31.520 người; đến năm 2026 còn 28.368 "
        "người, giảm 3.152 người so với năm 2021, trong đó:\n"
    )
    rows, parts, unread = _rows(
        lead + "- Lĩnh vực y tế: từ 4.610 người xuống còn 4.149 người, giảm 461 người;\n"
        "- Các lĩnh vực còn lại: từ 26.910 người xuống còn 24.219 người (giảm 2.691).\n"
    )
    assert {
        ("linh-vuc-y-te", 2021, 4610, None, None, None),
        ("linh-vuc-y-te", 2026, 4149, None, None, None),
        ("linh-vuc-y-te", 2026, None, 461, 2021, None),
        ("linh-vuc-con-lai", 2021, 26910, None, None, None),
        ("linh-vuc-con-lai", 2026, 24219, None, None, None),
        ("linh-vuc-con-lai", 2026, None, 2691, 2021, None),
    } <= rows
    assert parts["vc"] == ("linh-vuc-y-te", "linh-vuc-con-lai")
    assert not unread
    item = "- Lĩnh vực y tế: từ 4.610 người xuống còn 4.149 người, giảm 461 người;\n"
    rows, _, unread = _rows(
        "2. Số lượng người làm việc năm 2026 là 28.368 người, trong đó:\n" + item
    )
    assert rows == {("vc", 2026, 28368, None, None, None)}
    assert unread == {2}
    rows, _, unread = _rows(lead + "- Lĩnh vực y tế: từ 4.149 người xuống còn 4.610 người;\n")
    assert not any(row[0] != "vc" for row in rows)
    assert unread == {2}
    rows, _, unread = _rows(
        "Số lượng người làm việc: năm 2021 được giao 31.520 người; đến năm 2026 còn 28.368 "
        "người.\nLĩnh vực y tế: từ 4.610 người xuống còn 4.149 người.\n"
    )
    assert not any(row[0] != "vc" for row in rows)
    assert unread == {2}


def test_an_adjustment_sets_the_years_figure_and_keeps_the_one_it_replaced_apart() -> None:
    """Under "Điều 1. Điều chỉnh biên chế năm 2025 ...", "1. Biên chế công chức cấp tỉnh: từ
    1.948 biên chế điều chỉnh thành 1.902 biên chế." sets the công chức's 2025 figure at
    1.902; the 1.948 it replaces is the allocation before the adjustment, a unit of its own
    in 2025, compared with nothing. Items "+ Sự nghiệp y tế: từ 5.214 người thành 5.180
    người;" under an adjusted figure are parts of it, and their replaced figures parts of
    the replaced one (so a slip in the old figures is found). Twins: no "điều chỉnh" in the
    sentence or above it, and an adjusted item under a figure no adjustment set: unread."""
    head = "Điều 1. Điều chỉnh biên chế năm 2025 đã giao như sau:\n"
    items = (
        "2. Số lượng người làm việc: từ 28.640 người điều chỉnh thành 28.517 người, trong đó:\n"
        "+ Sự nghiệp y tế: từ 5.214 người thành 5.180 người;\n"
        "+ Sự nghiệp khác: từ {} người thành 23.337 người.\n"
    )
    rows, parts, unread = _rows(
        head + "1. Biên chế công chức cấp tỉnh: từ 1.948 biên chế điều chỉnh thành 1.902 biên "
        "chế.\n" + items.format("23.426")
    )
    assert {
        ("cbcc-tinh", 2025, 1902, None, None, None),
        ("cbcc-tinh-truoc-dieu-chinh", 2025, 1948, None, None, None),
        ("vc", 2025, 28517, None, None, None),
        ("vc-truoc-dieu-chinh", 2025, 28640, None, None, None),
    } <= rows
    assert all(reduction is None for _, _, _, reduction, _, _ in rows)
    assert len(parts["vc"]) == 2 and len(parts["vc-truoc-dieu-chinh"]) == 2
    assert not set(parts["vc"]) & set(parts["vc-truoc-dieu-chinh"])
    assert not unread
    wrong = extract_plan(head + items.format("23.436"), "d")
    findings = check_plan(plan_from_result(wrong, "d")).findings
    assert "sum-mismatch" in {f.kind for f in findings}
    rows, _, unread = _rows(
        "Điều 1. Giao biên chế năm 2025 như sau:\n1. Biên chế công chức cấp tỉnh: từ 1.948 biên "
        "chế thành 1.902 biên chế.\n"
    )
    assert not rows and unread == {2}
    rows, _, unread = _rows(
        head + "2. Số lượng người làm việc năm 2025 là 28.517 người, trong đó:\n"
        "+ Sự nghiệp y tế: từ 5.214 người thành 5.180 người;\n"
    )
    assert rows == {("vc", 2025, 28517, None, None, None)}
    assert unread == {3}


def test_a_figure_kept_until_a_year_or_as_given_is_read() -> None:
    """ "năm 2021 là 142 biên chế, giữ nguyên đến năm 2026": the 2021 figure and 2026 the
    same as 2021 (no figure of its own); "giữ nguyên 118 biên chế như đã giao" under a
    heading of 2025: the 2025 figure, compared with nothing. Twins: "giữ nguyên đến" an
    earlier year, and a kept figure with no year anywhere: unread."""
    rows, _, unread = _rows(
        "4. Biên chế các hội có tính chất đặc thù: năm 2021 là 142 biên chế, giữ nguyên đến "
        "năm 2026.\n"
    )
    assert rows == {("hoi", 2021, 142, None, None, None), ("hoi", 2026, None, 0, 2021, None)}
    assert not unread
    kept = "4. Biên chế các hội có tính chất đặc thù: giữ nguyên 118 biên chế như đã giao.\n"
    rows, _, unread = _rows("Điều 1. Điều chỉnh biên chế năm 2025 như sau:\n" + kept)
    assert rows == {("hoi", 2025, 118, None, None, None)}
    assert not unread
    rows, _, unread = _rows(kept)
    assert not rows and unread == {1}
    rows, _, unread = _rows(
        "4. Biên chế các hội có tính chất đặc thù: năm 2026 là 142 biên chế, giữ nguyên đến "
        "năm 2021.\n"
    )
    assert not rows and unread == {1}


def test_a_parenthesis_naming_two_categories_goes_to_the_units_read_right_above() -> None:
    """ "(giảm 100 biên chế công chức, tỷ lệ 5,04%, và 1.520 người làm việc, tỷ lệ 10,05%, so
    với năm 2021)" after a line stating the công chức and người làm việc of 2026: each change
    is its category's unit's, in that year; "(giảm 2 công chức so với năm 2021; số viên chức
    giữ nguyên so với năm 2021)" after the items "+ công chức: 45;", "+ viên chức: 27." of a
    Cục: the Cục's two units. Twins: items of two VC sectors and no VC of one unit, a line
    above stating only one of the categories, or units with no figure of the year compared
    with (a body's lead may stand between): unread, never the context's units."""
    rows, _, unread = _rows(
        "1. Năm 2021\nGiao 1.986 biên chế công chức và 15.120 người làm việc.\n"
        "5. Năm 2026\nGiao 1.886 biên chế công chức, giảm 24 biên chế so với năm 2025; số lượng "
        "người làm việc là 13.600 người, giảm 312 người so với năm 2025.\n(giảm 100 biên chế "
        "công chức, tỷ lệ 5,04%, và 1.520 người làm việc, tỷ lệ 10,05%, so với năm 2021)\n"
    )
    assert {
        ("cbcc", 2026, None, 100, 2021, "5,04%"),
        ("vc", 2026, None, 1520, 2021, "10,05%"),
    } <= rows
    assert not unread
    cuc = (
        "III. LỘ TRÌNH CỦA CÁC CỤC\n1. Cục Phát triển đô thị\nNăm 2021, Cục Phát triển đô thị:\n"
        "+ công chức: 47;\n+ viên chức: 27.\n"
    )
    paren_kept = "(giảm 2 công chức so với năm 2021; số viên chức giữ nguyên so với năm 2021)\n"
    rows, _, unread = _rows(
        cuc + "Năm 2026, Cục Phát triển đô thị:\n+ công chức: 45;\n+ viên chức: 27.\n" + paren_kept
    )
    assert {
        ("cbcc-cuc-phat-trien-do", 2026, None, 2, 2021, None),
        ("vc-cuc-phat-trien-do", 2026, None, 0, 2021, None),
    } <= rows
    assert not unread
    paren = "(giảm 100 công chức và 1.520 viên chức so với năm 2021)\n"
    rows, _, unread = _rows(
        "Năm 2026, tỉnh giao 1.886 biên chế công chức.\n- Sự nghiệp y tế: 900 người;\n"
        "- Sự nghiệp giáo dục: 12.700 người.\n" + paren
    )
    assert all(reduction is None for *_, reduction, _, _ in rows)
    assert unread == {4}
    rows, _, unread = _rows("Năm 2026, số lượng người làm việc là 13.600 người.\n" + paren)
    assert rows == {("vc", 2026, 13600, None, None, None)}
    assert unread == {2}
    rows, _, unread = _rows(
        cuc + "Năm 2026, Cục Phát triển đô thị:\nĐối với Trung tâm Quy hoạch:\n+ công chức: 45;\n"
        "+ viên chức: 27.\n" + paren_kept
    )
    assert all(reduction is None for *_, reduction, _, _ in rows)
    assert 10 in unread


def test_year_items_under_a_heading_of_the_hoi_as_a_whole_are_the_hois() -> None:
    """ "5. Biên chế các hội có tính chất đặc thù" over "- Năm 2025 được giao: 236 biên
    chế." and "- Năm 2026 đề nghị: 230 biên chế, giảm 6 ...": the hội's figures and change.
    Twins: a heading naming one hội by its name, and an item naming a body of its own under
    the hội's heading: unread."""
    rows, _, unread = _rows(
        "5. Biên chế các hội có tính chất đặc thù\n- Năm 2025 được giao: 236 biên chế.\n"
        "- Năm 2026 đề nghị: 230 biên chế, giảm 6 biên chế so với năm 2025.\n"
    )
    assert rows == {
        ("hoi", 2025, 236, None, None, None),
        ("hoi", 2026, 230, None, None, None),
        ("hoi", 2026, None, 6, 2025, None),
    }
    assert not unread
    rows, _, unread = _rows("5. Hội Chữ thập đỏ tỉnh\n- Năm 2025 được giao: 36 biên chế.\n")
    assert not rows and unread == {2}
    rows, _, unread = _rows(
        "5. Biên chế các hội có tính chất đặc thù\n- Hội Nông dân: 36 biên chế.\n"
    )
    assert not rows and unread == {2}


def test_from_now_until_a_year_names_that_year_not_a_unit() -> None:
    """ "Từ nay đến hết năm 2026, biên chế công chức của Bộ giữ nguyên như năm 2024.": the
    công chức's 2026 the same as 2024 ("Từ nay" made a unit of its own of the name). Twin: a
    cut with no year to compare with stays unread."""
    head = "Năm 2024, biên chế công chức của Bộ là 2.000 biên chế.\n"
    rows, _, unread = _rows(
        head + "Từ nay đến hết năm 2026, biên chế công chức của Bộ giữ nguyên như năm 2024.\n"
    )
    assert rows == {("cbcc", 2024, 2000, None, None, None), ("cbcc", 2026, None, 0, 2024, None)}
    assert not unread
    rows, _, unread = _rows(
        head + "Từ nay đến hết năm 2026, biên chế công chức của Bộ giảm 50 biên chế.\n"
    )
    assert rows == {("cbcc", 2024, 2000, None, None, None)}
    assert unread == {2}


def test_a_from_to_sentence_takes_the_two_years_its_heading_pairs() -> None:
    """Under "III. SỐ NGƯỜI LÀM VIỆC NĂM 2021 VÀ NĂM 2026", "Các viện nghiên cứu: từ 1.730
    người xuống còn 1.560 người (giảm 170)." is the 2021 and 2026 figures and the change
    between them. Twins: a heading naming a period ("GIAI ĐOẠN 2022 - 2026"), three years,
    or a year heading between: which years is not said, unread."""
    line = "Các viện nghiên cứu: từ 1.730 người xuống còn 1.560 người (giảm 170).\n"
    rows, _, unread = _rows("III. SỐ NGƯỜI LÀM VIỆC NĂM 2021 VÀ NĂM 2026\n" + line)
    assert {row[1:] for row in rows} == {
        (2021, 1730, None, None, None),
        (2026, 1560, None, None, None),
        (2026, None, 170, 2021, None),
    }
    assert len({row[0] for row in rows}) == 1
    assert not unread
    for heading in (
        "III. SỐ NGƯỜI LÀM VIỆC GIAI ĐOẠN 2022 - 2026\n",
        "III. SỐ NGƯỜI LÀM VIỆC NĂM 2021, NĂM 2024 VÀ NĂM 2026\n",
        "III. SỐ NGƯỜI LÀM VIỆC NĂM 2021 VÀ NĂM 2026\n1. Năm 2024\n",
    ):
        rows, _, unread = _rows(heading + line)
        assert not rows and unread == {heading.count("\n") + 1}


@pytest.mark.parametrize(
    ("scope", "closing"),
    [
        # 76 of 1.480 is no 5,50%: another scope's figure, or a slip
        ("của hai huyện trước sáp nhập", ", tỷ lệ giảm 5,50%"),
        # no rate: nothing says the scope recalled is the subject's
        ("của hai huyện trước sáp nhập", ""),
        # a level of its own, under a line that names none: which level's, unsure
        ("cấp huyện của hai huyện trước sáp nhập", ", tỷ lệ giảm 5,14%"),
    ],
)
def test_a_base_recalled_with_its_scope_needs_the_text_to_say_it_is_the_subjects(
    scope: str, closing: str
) -> None:
    """The twins of "fronted/recalled-with-its-scope": the line is left unread (nothing of it
    used), the figure above it read as before."""
    text = (
        "1. Biên chế công chức\n- Năm 2026 đề nghị giao: 1.404 biên chế.\n- So với năm 2021 "
        f"(1.480 biên chế công chức {scope}), giảm 76 biên chế{closing}."
    )
    rows, _, unread = _rows(text)
    assert rows == {("cbcc", 2026, 1404, None, None, None)}
    assert unread == {3}


def _units(text: str) -> dict[str, dict[str, object]]:
    """Each unit read, by id."""
    return {unit["id"]: unit for unit in extract_plan(text, "doc.txt").data["units"]}


def test_a_merged_province_is_made_of_its_old_provinces() -> None:
    """ "tổng biên chế ... của tỉnh A (mới) là N, gồm X biên chế của tỉnh A cũ và Y biên chế
    của tỉnh B cũ": the new province is the text's own (its category line, "(mới)", "tỉnh
    mới" and "hai tỉnh" naming it), each old one a body of its own and a part of it, named
    after its count ("của tỉnh B cũ") or before it ("trong đó tỉnh B cũ Y người"). Twins: the
    same parts without the mark of an old place ("của tỉnh B") are the text's own province
    twice, never read; an old place's count is never the new province's."""
    text = (
        "Theo đó, tổng biên chế công chức năm 2025 của tỉnh Sơn Lâm (mới) là 3.100 biên chế, gồm "
        "1.300 biên chế của tỉnh Sơn Lâm cũ và 1.800 biên chế của tỉnh Hà Khê cũ.\n\n"
        "Số lượng người làm việc hưởng lương từ ngân sách nhà nước của tỉnh mới là 20.500 "
        "người; trong đó tỉnh Sơn Lâm cũ 9.000 người, tỉnh Hà Khê cũ 11.500 người.\n\n"
        "So với năm 2021, biên chế công chức của hai tỉnh giảm 170 biên chế (5,20%), số người "
        "làm việc giảm 2.100 người, tỷ lệ 9,29%."
    )
    rows, parts, unread = _rows(text)
    assert rows == {
        ("cbcc", 2025, 3100, None, None, None),
        ("tinh-son-lam-cu", 2025, 1300, None, None, None),
        ("tinh-ha-khe-cu", 2025, 1800, None, None, None),
        ("vc", 2025, 20500, None, None, None),
        ("tinh-son-lam-cu-2", 2025, 9000, None, None, None),
        ("tinh-ha-khe-cu-2", 2025, 11500, None, None, None),
        ("cbcc", 2025, None, 170, 2021, "5,20%"),
        ("vc", 2025, None, 2100, 2021, "9,29%"),
    }
    assert not unread
    assert parts["cbcc"] == ("tinh-son-lam-cu", "tinh-ha-khe-cu")
    assert parts["vc"] == ("tinh-son-lam-cu-2", "tinh-ha-khe-cu-2")
    # twin: no mark of an old place, so "tỉnh Hà Khê" may be the text's own: not read
    rows, _, unread = _rows(
        "Tổng biên chế công chức năm 2025 của tỉnh là 3.100 biên chế, gồm 1.300 biên chế của "
        "tỉnh Sơn Lâm và 1.800 biên chế của tỉnh Hà Khê."
    )
    assert rows == frozenset() and unread
    # twin: an old province's own figure stated alone is that body's, never the category's
    rows, _, unread = _rows("Năm 2024, tỉnh Hà Khê cũ có 1.850 biên chế công chức.")
    assert not any(row[0] == "cbcc" for row in rows)


def test_a_merged_province_headline_restates_the_body() -> None:
    """ "Sơn Lâm (mới) có 3.100 biên chế công chức sau hợp nhất": a headline naming no year
    restates the one figure of one unit the body gives in one year, and takes its year. Twin:
    where the body gives that count in two years, which one the headline means is not said:
    not read."""
    body = (
        "\n\nTheo đó, tổng biên chế công chức năm 2025 của tỉnh Sơn Lâm (mới) là 3.100 biên chế.\n"
    )
    headline = "Sơn Lâm (mới) có 3.100 biên chế công chức sau hợp nhất"
    rows, _, unread = _rows(headline + body)
    assert rows == {("cbcc", 2025, 3100, None, None, None)}
    assert not unread
    twice = body + "\nNăm 2026, biên chế công chức của tỉnh là 3.100 biên chế.\n"
    rows, _, unread = _rows(headline + twice)
    assert 1 in unread
    # twin: a headline's count of another category than the body's figure is not it
    rows, _, unread = _rows("Sơn Lâm (mới) có 3.100 người làm việc sau hợp nhất" + body)
    assert 1 in unread


def test_a_frame_naming_viên_chức_after_two_categories_points_at_the_vc_line() -> None:
    """ "...; số lượng người làm việc còn 34.300 người ... . Trong số người làm việc năm 2026
    nêu trên có 26.400 giáo viên": after a sentence stating CBCC and VC, a frame naming viên
    chức and a year is some of that VC line's figure of that year. Twin: a frame naming a year
    the sentence before did not state points at nothing, and is not read."""
    head = (
        "Đến năm 2026, biên chế hành chính của thành phố còn 4.140 biên chế, giảm 220 biên chế "
        "so với năm 2021; số lượng người làm việc còn 34.300 người, giảm 3.820 người so với năm "
        "2021.\n\n"
    )
    text = head + "Trong số người làm việc năm 2026 nêu trên có 26.400 giáo viên."
    rows, _, unread = _rows(text)
    assert ("vc-giao-vien", 2026, 26400, None, None, None) in rows
    assert not unread
    assert _subsets(text) == {"vc-giao-vien": "vc"}
    rows, _, unread = _rows(head + "Trong số người làm việc năm 2025 nêu trên có 26.400 giáo viên.")
    assert 3 in unread
    assert not any(row[2] == 26400 for row in rows)


def test_posts_one_body_holds_inside_a_figure_are_a_subset() -> None:
    """ "- Biên chế công chức được giao: 182 biên chế, trong đó có 96 biên chế của Chi cục
    Kiểm lâm": the posts of one body counted inside the figure (its rest unnamed) are a
    subset of the figure's unit, of its category, never a part. Twins: a figure whose category
    is not said (a body's "500 biên chế") leaves the subset's category unsaid: not read; and a
    count naming a category after "của" is no body's posts."""
    text = (
        "3. Sở Nông nghiệp và Môi trường\n"
        "- Biên chế công chức được giao năm 2024: 182 biên chế, trong đó có 96 biên chế của Chi "
        "cục Kiểm lâm;\n"
        "- Số lượng người làm việc năm 2024: 214 người."
    )
    rows, parts, unread = _rows(text)
    subsets = _subsets(text)
    assert len(subsets) == 1 and not unread
    ((subset, whole),) = subsets.items()
    assert (subset, 2024, 96, None, None, None) in rows
    assert (whole, 2024, 182, None, None, None) in rows
    assert _units(text)[subset]["category"] == "CBCC"
    assert parts[whole] == ()
    rows, _, unread = _rows(
        "Năm 2024, Sở Y tế được giao 500 biên chế, trong đó có 96 biên chế của Chi cục Dân số."
    )
    assert rows == frozenset() and unread
    rows, _, unread = _rows(
        "Năm 2024, số lượng người làm việc của tỉnh là 5.000 người, trong đó có 96 người làm "
        "việc của các hội có tính chất đặc thù."
    )
    assert not _subsets(
        "Năm 2024, số lượng người làm việc của tỉnh là 5.000 người, trong đó có 96 người làm "
        "việc của các hội có tính chất đặc thù."
    )


def test_a_note_that_a_figure_takes_in_an_old_province() -> None:
    """ "Năm 2021 (số liệu đã cộng của tỉnh Hà Khê trước hợp nhất), hai tỉnh được giao ...":
    the note says the figure takes in an old province; "hai tỉnh" is the merged province, the
    text's own, so the counts are its category lines. Twin: a note naming a place that is not
    marked as old is no such note, and the sentence is not read."""
    rows, _, unread = _rows(
        "1. Năm 2021 (số liệu đã cộng của tỉnh Hà Khê trước hợp nhất), hai tỉnh được giao 3.600 "
        "biên chế công chức và 37.700 người làm việc hưởng lương từ ngân sách nhà nước."
    )
    assert rows == {("cbcc", 2021, 3600, None, None, None), ("vc", 2021, 37700, None, None, None)}
    assert not unread
    rows, _, unread = _rows(
        "1. Năm 2021 (số liệu đã cộng của tỉnh Hà Khê), hai tỉnh được giao 3.600 biên chế công "
        "chức và 37.700 người làm việc hưởng lương từ ngân sách nhà nước."
    )
    assert rows == frozenset() and unread


def test_the_texts_own_verdict_between_two_clauses_names_no_unit() -> None:
    """ "... giảm 90 biên chế, tỷ lệ 5,17% so với năm 2021, đạt yêu cầu; số người làm việc
    còn 14.530 người, giảm 1.330 người, tỷ lệ 8,39%": the report's verdict on the first
    clause ("đạt yêu cầu") is no part of the next clause's subject, which compares with the
    same year. Twin: a verdict holding a figure ("đạt 95% chỉ tiêu") is not passed over: the
    sentence is not read."""
    text = (
        "Theo lộ trình, năm 2026 tỉnh còn 1.652 biên chế công chức, giảm 90 biên chế, tỷ lệ "
        "5,17% so với năm 2021, {verdict}; số người làm việc còn 14.530 người, giảm 1.330 người, "
        "tỷ lệ 8,39%."
    )
    rows, _, unread = _rows(text.format(verdict="đạt yêu cầu"))
    assert rows == {
        ("cbcc", 2026, 1652, None, None, None),
        ("cbcc", 2026, None, 90, 2021, "5,17%"),
        ("vc", 2026, 14530, None, None, None),
        ("vc", 2026, None, 1330, 2021, "8,39%"),
    }
    assert not unread
    rows, _, unread = _rows(text.format(verdict="đạt 95% chỉ tiêu"))
    assert rows == frozenset() and unread


def test_a_bare_count_with_its_change_in_parentheses_is_the_figure() -> None:
    """ "Về biên chế công chức, năm 2022 còn 259.480 (giảm 3.220 so với năm 2021); năm 2023 còn
    256.120 (giảm 3.360 so với năm 2022)": a count with no unit word, its change in parentheses
    right after it, is the year's figure (the category was named before). Twin: a bare count
    with anything else in parentheses ("(năm 2021 là 262.700)") is not read so."""
    rows, _, unread = _rows(
        "Về biên chế công chức, năm 2022 còn 259.480 (giảm 3.220 so với năm 2021); năm 2023 "
        "còn 256.120 (giảm 3.360 so với năm 2022)."
    )
    assert rows == {
        ("cbcc", 2022, 259480, None, None, None),
        ("cbcc", 2022, None, 3220, 2021, None),
        ("cbcc", 2023, 256120, None, None, None),
        ("cbcc", 2023, None, 3360, 2022, None),
    }
    assert not unread
    rows, _, unread = _rows("Về biên chế công chức, năm 2022 còn 259.480 (năm 2021 là 262.700).")
    assert rows == frozenset() and unread


def test_each_years_figure_then_each_ones_change_against_the_year_before() -> None:
    """ "năm 2022 là A người, năm 2023 là B người và năm 2024 là C người; so với năm trước lần
    lượt giảm X, Y và Z người": each year's change, in order, against the year before it.
    Twins: fewer changes than years, or years that skip one, do not pair one to one: not
    read."""
    text = (
        "Đối với viên chức, năm 2022 là 1.754.300 người, năm 2023 là 1.710.450 người và năm "
        "2024 là 1.661.800 người; so với năm trước lần lượt giảm 44.300, 43.850 và 48.650 người."
    )
    rows, _, unread = _rows(text)
    assert rows == {
        ("vc", 2022, 1754300, None, None, None),
        ("vc", 2022, None, 44300, 2021, None),
        ("vc", 2023, 1710450, None, None, None),
        ("vc", 2023, None, 43850, 2022, None),
        ("vc", 2024, 1661800, None, None, None),
        ("vc", 2024, None, 48650, 2023, None),
    }
    assert not unread
    rows, _, unread = _rows(text.replace("44.300, 43.850 và 48.650", "44.300 và 43.850"))
    assert rows == frozenset() and unread
    rows, _, unread = _rows(
        "Đối với viên chức, năm 2022 là 1.754.300 người và năm 2024 là 1.661.800 người; so với "
        "năm trước lần lượt giảm 44.300 và 48.650 người."
    )
    assert rows == frozenset() and unread


def test_a_change_after_so_many_years_is_of_its_base_year_plus_them() -> None:
    """ "Như vậy, sau ba năm số viên chức ... giảm 136.800 người, tương ứng 7,61% so với năm
    2021": the change spans three years from its base, so it is 2024's. Twins: a figure after
    "sau ba năm" (no base to count from) and "hai năm rưỡi" (no whole count) are not read."""
    rows, _, unread = _rows(
        "Như vậy, sau ba năm số viên chức hưởng lương từ ngân sách nhà nước giảm 136.800 người, "
        "tương ứng 7,61% so với năm 2021."
    )
    assert rows == {("vc", 2024, None, 136800, 2021, "7,61%")}
    assert not unread
    rows, _, unread = _rows(
        "Như vậy, sau ba năm số viên chức hưởng lương từ ngân sách nhà nước còn 1.661.800 người."
    )
    assert rows == frozenset() and unread
    rows, _, unread = _rows(
        "Sau hai năm rưỡi thực hiện, biên chế công chức giảm 100 biên chế so với năm 2021."
    )
    assert rows == frozenset() and unread


def test_people_of_a_body_who_left_are_no_subset_of_the_figure() -> None:
    """Twin of test_posts_one_body_holds_inside_a_figure_are_a_subset: ", trong đó có 15
    người của Trung tâm Y tế nghỉ hưu" counts people who left, never posts held inside the
    figure; and "các tỉnh mới" (a national text's new provinces) is no text's own province."""
    text = (
        "Năm 2024, số lượng người làm việc của Sở là 500 người, trong đó có 15 người của Trung "
        "tâm Y tế nghỉ hưu."
    )
    assert not _subsets(text)
    assert not any(row[2] == 15 for row in _rows(text)[0])
    rows, _, _ = _rows("Năm 2025, biên chế công chức của các tỉnh mới là 90.000 biên chế.")
    assert not any(row[0] == "cbcc" for row in rows)


def test_a_parenthesis_line_after_an_unread_chain_naming_no_unit_speaks_of_the_chain() -> None:
    """A year chain naming no unit ("2. Thống nhất lộ trình ... như sau: năm 2022 là 61 biên
    chế; ...") is not read; the parenthesis line under it, "(giảm 4 biên chế, tỷ lệ 6,45% so
    với năm 2021)", speaks of that chain, never of the last part read before it in that
    part's year (2021 compared with 2021). Twin: the same parenthesis line right under a line
    read whole is that line's change."""
    head = (
        "1. Biên chế năm 2021 của các cơ quan đảng, đoàn thể huyện là 62 biên chế, cụ thể:\n"
        "+ Các cơ quan tham mưu, giúp việc Huyện ủy: 34 biên chế;\n"
        "+ Cơ quan Mặt trận Tổ quốc và các đoàn thể huyện: 28 biên chế.\n\n"
    )
    paren = "\n(giảm 4 biên chế, tỷ lệ 6,45% so với năm 2021)\n"
    rows, _, unread = _rows(
        head + "2. Thống nhất lộ trình giảm biên chế như sau: năm 2022 là 61 biên chế; năm "
        "2026 là 58 biên chế." + paren
    )
    assert all(reduction != 4 for *_, reduction, _, _ in rows)
    assert {5, 6} <= unread
    rows, _, unread = _rows(
        "Năm 2026, biên chế của các cơ quan đảng, đoàn thể huyện là 58 biên chế." + paren
    )
    assert any(row[1:] == (2026, None, 4, 2021, "6,45%") for row in rows)
    assert not unread


def test_an_amount_for_each_body_of_a_group_is_no_figure_of_the_group() -> None:
    """ "d) Các Kho bạc khu vực III, IV và V: mỗi khu vực 610 biên chế, cộng 1.830 biên chế;"
    gives each body of a group its amount: never the group's figure (nor the rest of the
    sentence a category's total). The group's stated sum is (eng-each: the truths read the
    group as one unit of its sum, 3 × 610 = 1.830). Twin: one body named with its own count
    is read."""
    head = (
        "1. Giao 3.070 biên chế công chức năm 2025 cho hệ thống Kho bạc, cụ thể:\n"
        "a) Kho bạc khu vực I: 1.240 biên chế;\n"
    )
    rows, _, unread = _rows(
        head + "b) Các Kho bạc khu vực III, IV và V: mỗi khu vực 610 biên chế, cộng 1.830 biên "
        "chế.\n"
    )
    assert not any(row[2] == 610 for row in rows)
    group = [row for row in rows if row[2] == 1830]
    assert len(group) == 1 and group[0][0] not in {row[0] for row in rows if row[2] == 3070}
    assert not unread
    rows, _, unread = _rows(head + "b) Kho bạc khu vực III: 1.830 biên chế.\n")
    assert any(row[1:3] == (2025, 1830) for row in rows)
    assert not unread


def test_commune_staff_named_by_their_communes_or_heading_are_commune_staff() -> None:
    """ "Cán bộ, công chức của 16 xã, thị trấn năm 2021 là 338 người" counts commune staff
    (CBCC-XA), as does "Cán bộ, công chức năm 2021 là 338 người" under the heading "2. Cán
    bộ, công chức cấp xã": never the district's CBCC (both were, merged with its figures).
    Twins: under "2. Cán bộ, công chức cấp huyện", or "của thị xã", the CBCC."""
    district = (
        "1. Công chức cấp huyện\nBiên chế công chức năm 2021 là 142 biên chế; đến năm 2026 là "
        "134 biên chế.\n\n"
    )
    commune = "năm 2021 là 338 người; đến năm 2026 là 321 người.\n"
    for text in (
        district + "2. Cán bộ, công chức cấp xã\nCán bộ, công chức " + commune,
        district + "2. Các nội dung khác\nCán bộ, công chức của 16 xã, thị trấn " + commune,
    ):
        rows, _, unread = _rows(text)
        assert any(row[0].startswith("cbcc-xa") and row[1:3] == (2021, 338) for row in rows)
        assert not any(row[0] == "cbcc" and row[2] == 338 for row in rows)
        assert not unread
    rows, _, _ = _rows("1. Cán bộ, công chức cấp huyện\nCán bộ, công chức " + commune)
    assert ("cbcc", 2021, 338, None, None, None) in rows
    assert kind_of("Cán bộ, công chức của thị xã") is Kind.CBCC


def test_a_block_named_by_its_head_word_alone_is_the_block_named_before() -> None:
    """ "Đến năm 2026, tổng biên chế của khối là 1.126 biên chế" after "Biên chế được Ban Tổ
    chức Trung ương giao năm 2021 cho khối đảng, đoàn thể của tỉnh là 1.186 biên chế, gồm:":
    the block named before, whose 2026 figure and cut it states; it was a unit "Khối" of its
    own, so the first block's parts (of 2021, no reserve yet) stood for the whole's. Twin:
    with two blocks listing their parts named before, which one "khối" is the text does not
    say: a unit of its own, as before."""
    first = (
        "1. Biên chế được Ban Tổ chức Trung ương giao năm 2021 cho khối đảng, đoàn thể của tỉnh "
        "là 1.186 biên chế, gồm:\n- Các cơ quan đảng cấp tỉnh: 346 biên chế;\n"
        "- Khối đảng, đoàn thể cấp huyện: 840 biên chế.\n\n"
    )
    second = (
        "2. Đến năm 2026, tổng biên chế của khối là 1.126 biên chế, giảm 60 biên chế so với "
        "năm 2021, cụ thể:\n- Các cơ quan đảng cấp tỉnh: 328 biên chế;\n"
        "- Khối đảng, đoàn thể cấp huyện: 788 biên chế;\n- Biên chế dự phòng: 10 biên chế.\n"
    )
    result = extract_plan(first + second, "doc.txt")
    wholes = {c["unit"] for c in result.data["claims"] if c.get("value") in (1186, 1126)}
    assert len(wholes) == 1
    assert not [e for e in result.coverage.entries if e.unread]
    other = (
        "Khối chính quyền của tỉnh năm 2021 có 2.000 biên chế, gồm:\n- Sở Y tế: 1.000 biên "
        "chế;\n- Sở Tài chính: 1.000 biên chế.\n\n"
    )
    result = extract_plan(other + first + second, "doc.txt")
    wholes = {c["unit"] for c in result.data["claims"] if c.get("value") in (1186, 1126)}
    assert len(wholes) == 2


def test_a_lead_naming_a_body_of_the_longer_list_or_none_known_is_never_the_whole() -> None:
    """Items naming only their category under a lead naming a body ("Liên đoàn Lao động
    tỉnh:", "Năm 2021, Công an tỉnh được giao:", a heading "2. Bảo tàng tỉnh") are that
    body's lines; under a lead of the same grammar naming what the lexicon knows as no body
    ("Năm 2021, Cơ sở Cai nghiện ma túy được giao:") they are not read. Both were read as the
    province's CBCC and VC, beside its own figures. Twin: under "Năm 2021, tỉnh được giao:"
    the items are the province's."""
    head = "Năm 2021, tỉnh được giao 2.000 biên chế công chức và 20.000 người làm việc.\n\n"
    items = "\n- Biên chế công chức: 90 biên chế;\n- Số lượng người làm việc: 800 người.\n"
    for lead in (
        "Liên đoàn Lao động tỉnh:",
        "Năm 2021, Công an tỉnh được giao:",
        "2. Bảo tàng tỉnh",
    ):
        rows, _, unread = _rows(head + lead + items)
        body = {row[0] for row in rows if row[2] in (90, 800)}
        assert len(body) == 2 and not body & {"cbcc", "vc"}, lead
        assert not unread
    rows, _, unread = _rows(head + "Năm 2021, Cơ sở Cai nghiện ma túy được giao:" + items)
    assert not any(row[2] in (90, 800) for row in rows)
    assert {4, 5} <= unread
    rows, _, unread = _rows("Năm 2021, tỉnh được giao:" + items)
    assert rows == {("cbcc", 2021, 90, None, None, None), ("vc", 2021, 800, None, None, None)}


def test_a_parenthesis_line_after_an_unread_item_speaks_of_that_item() -> None:
    """ "(giảm 46 biên chế so với năm 2021)" right after an item not read ("- Năm 2023: 2.190
    biên chế" under a lead naming an unknown body) speaks of that item: never of the unit read
    before the list, in its year (2021 compared with 2021). Twin: after the list's last item
    naming the year of the figure the list's opening line stated, that figure's change."""
    rows, _, unread = _rows(
        "Năm 2021, tỉnh được giao 2.236 biên chế công chức. Lộ trình giao các năm như sau:\n"
        "Cơ sở Cai nghiện ma túy:\n- Năm 2023: 2.190 biên chế\n(giảm 46 biên chế so với năm 2021)\n"
        "- Năm 2024: 2.168 biên chế\n(giảm 68 biên chế so với năm 2021)\n"
    )
    assert rows == {("cbcc", 2021, 2236, None, None, None)}
    assert {3, 4, 5, 6} <= unread
    rows, _, unread = _rows(
        "Năm 2021 huyện được giao 126 biên chế công chức trong các cơ quan chuyên môn; đến năm "
        "2026 còn 119 biên chế, cụ thể:\n- Năm 2025: 121 biên chế;\n- Năm 2026: 119 biên chế.\n"
        "(giảm 7 biên chế so với năm 2021, tỷ lệ giảm 5,56%)\n"
    )
    assert any(row[1:] == (2026, None, 7, 2021, "5,56%") for row in rows)


def test_an_item_under_an_unread_opener_is_never_a_part_named_later() -> None:
    """ "a) Cấp tỉnh: 1.304 biên chế;" under "1. Tổng biên chế công chức ... giảm 25 biên chế,
    cụ thể:" (not read: no base) is a part of a unit unknown; "+ Cấp tỉnh: 96 biên chế;" under
    the hội's total is another unit, never that one (they were one unit, of two figures,
    made a part of the hội). Twin: the opener read, each list's items are its own parts."""
    hoi = (
        "\n\nĐiều 3. Biên chế hội có tính chất đặc thù năm 2025\nTổng biên chế các hội có tính "
        "chất đặc thù năm 2025 là 148 biên chế, giữ nguyên so với năm 2024, gồm:\n"
        "+ Cấp tỉnh: 96 biên chế;\n+ Cấp huyện: 52 biên chế.\n"
    )
    for base in ("", " so với năm 2024"):
        text = (
            "Điều 1. Giao biên chế công chức năm 2025\n1. Tổng biên chế công chức của thành phố "
            f"năm 2025 là 2.398 biên chế, giảm 25 biên chế{base}, cụ thể:\n"
            "a) Cấp tỉnh: 1.304 biên chế;\nb) Cấp huyện: 1.094 biên chế." + hoi
        )
        rows, parts, _ = _rows(text)
        of = {row[2]: row[0] for row in rows if row[2] in (1304, 96, 1094, 52)}
        assert of[1304] != of[96] and of[1094] != of[52], base
        assert parts["hoi"] == (of[96], of[52])


def test_a_bodys_line_stating_the_provinces_figure_is_still_the_bodys() -> None:
    """ "Sở Tài chính:\n- Năm 2026: 2.758 biên chế công chức" where the province's own "Biên
    chế công chức" states 2.758 for 2026 too: two lines, never one named two ways (the
    province's figures were moved to the body's unit). Twin: without the lead, the items
    are the province's line, one unit."""
    head = (
        "1. Biên chế công chức: năm 2021 được giao 2.904 biên chế; đến năm 2026 còn 2.758 biên "
        "chế.\n\nII. LỘ TRÌNH\n"
    )
    items = "- Năm 2025: 2.796 biên chế công chức;\n- Năm 2026: 2.758 biên chế công chức.\n"
    for lead, apart in (("Sở Tài chính:\n", True), ("", False)):
        result = extract_plan(head + lead + items, "doc.txt")
        units = {c["source_line"]: c["unit"] for c in result.data["claims"]}
        assert (units[1] != units[max(units)]) is apart, lead


def test_two_cuts_of_the_whole_each_naming_a_category_are_not_read() -> None:
    """ "toàn tỉnh giảm 135 biên chế công chức, tỷ lệ 5,11% và giảm 3.160 người làm việc, tỷ
    lệ 10,04% so với năm 2021" was read as two cuts of the province's total (the first
    against the year before); since branch eng-multi2 the verb said again before the second
    count is that clause's (`categories._CUT_AGAIN`): each category's cut, its rate the one
    after it, the comparison closing the row every cut's. Said again before a count naming
    no category, not read. Twin: one cut naming no category is the total's."""
    rows, _, unread = _rows(
        "Đến năm 2026, toàn tỉnh giảm 135 biên chế công chức, tỷ lệ 5,11% và giảm 3.160 người "
        "làm việc, tỷ lệ 10,04% so với năm 2021."
    )
    assert not unread and rows == {
        ("cbcc", 2026, None, 135, 2021, "5,11%"),
        ("vc", 2026, None, 3160, 2021, "10,04%"),
    }
    rows, _, unread = _rows(
        "Đến năm 2026, toàn tỉnh giảm 135 biên chế công chức, tỷ lệ 5,11% và giảm 3.160 người, "
        "tỷ lệ 10,04% so với năm 2021."
    )
    assert unread == {1} and not rows
    # naming no comparison at all: by 2026 against which year, unsaid (the perturbation
    # harness's no-base variant of blind R1 took the year before)
    rows, _, unread = _rows(
        "Năm 2021, tỉnh được giao 2.640 biên chế công chức.\nĐến năm 2026, toàn tỉnh giảm 135 "
        "biên chế công chức, tỷ lệ 5,11% và giảm 3.160 người làm việc, tỷ lệ 10,04%."
    )
    assert 2 in unread and not any(row[3] in (135, 3160) for row in rows)
    rows, _, unread = _rows(
        "Đến năm 2026, tổng biên chế của tỉnh giảm 3.295 biên chế so với năm 2021."
    )
    assert not unread and {row[3] for row in rows} == {3295}


def test_the_whole_less_the_headings_category_is_not_of_that_category() -> None:
    """ "Tổng cộng toàn huyện (không kể cán bộ, công chức cấp xã): ..." under the heading
    "5. Cán bộ, công chức cấp xã" was typed commune staff. Twin: a block naming no whole
    under that heading is of its category."""
    head = "5. Cán bộ, công chức cấp xã\n"
    text = (
        head + "Tổng cộng toàn huyện (không kể cán bộ, công chức cấp xã): năm 2021 là 1.400 "
        "biên chế, năm 2026 là 1.261 biên chế."
    )
    result = extract_plan(text, "doc.txt")
    assert all(unit.get("category") != "CBCC-XA" for unit in result.data["units"])
    result = extract_plan(head + "Khối xã, thị trấn: năm 2021 là 228 người.", "doc.txt")
    assert any(unit.get("category") == "CBCC-XA" for unit in result.data["units"])


def test_posts_given_with_their_year_after_what_they_are_open_their_list() -> None:
    """ "Điều 1. Giao 9.874 người làm việc ... thuộc các sở, ngành tỉnh năm 2026, cụ thể như
    sau:" named its year after the bodies: the sentence and its list were unread (no year).
    Twin: a year after a comparison ("giảm 412 người so với năm 2025, cụ thể:") is no year of
    the figure."""
    items = "1. Sở Y tế: 3.152 người;\n2. Sở Nội vụ: 116 người.\n"
    rows, _, unread = _rows(
        "Điều 1. Giao 3.268 người làm việc hưởng lương từ ngân sách nhà nước trong các đơn vị "
        "sự nghiệp công lập thuộc các sở, ngành tỉnh năm 2026, cụ thể như sau:\n" + items
    )
    assert not unread and ("vc", 2026, 3268, None, None, None) in rows
    rows, _, unread = _rows(
        "Điều 1. Giao 3.268 người làm việc trong các đơn vị sự nghiệp công lập, giảm 412 người "
        "so với năm 2025, cụ thể như sau:\n" + items
    )
    assert 1 in unread and not any(row[1] == 2025 and row[2] == 3268 for row in rows)


def test_posts_given_to_bodies_counted_and_listed_are_that_groups() -> None:
    """ "Giao 699 biên chế công chức năm 2024 cho 10 cơ quan, tổ chức hành chính thuộc UBND
    tỉnh, chi tiết như sau:" then the bodies: the figure is the ten bodies' CBCC, the list its
    parts (it was unread, and so was the list under it). Twin: never the province's whole
    CBCC, listed or not."""
    rows, parts, unread = _rows(
        "Điều 1. Giao 118 biên chế công chức năm 2024 cho 2 cơ quan thuộc UBND tỉnh, chi tiết "
        "như sau:\n1. Sở Nội vụ: 58 biên chế;\n2. Sở Tư pháp: 60 biên chế.\n"
    )
    assert not unread and ("2-co-quan-thuoc-ubnd-cbcc", 2024, 118, None, None, None) in rows
    assert len(parts["2-co-quan-thuoc-ubnd-cbcc"]) == 2
    rows, _, _ = _rows(
        "Năm 2024, giao 118 biên chế công chức cho 2 cơ quan thuộc UBND tỉnh.\n"
        "Năm 2024, biên chế công chức của tỉnh là 2.000 biên chế.\n"
    )
    assert ("cbcc", 2024, 118, None, None, None) not in rows


def test_part_time_staff_said_to_be_no_posts_are_outside_even_beside_posts() -> None:
    """In a text setting part-time commune staff beside posts, "số người hoạt động không chuyên
    trách cấp xã (3.720 người) không tính vào biên chế" was read as a unit of 3.720."""
    head = (
        "Năm 2026, giao 3.412 biên chế cán bộ, công chức cấp xã và người hoạt động không "
        "chuyên trách ở cấp xã theo quy định.\n"
    )
    rows, _, _ = _rows(
        head + "Số người hoạt động không chuyên trách cấp xã (3.720 người) không tính vào biên "
        "chế tại Điều 1."
    )
    assert not any(row[2] == 3720 for row in rows)


def test_an_adjustment_naming_its_year_before_the_move_sets_that_years_figure() -> None:
    """ "1. Biên chế công chức ... năm 2025: từ 2.412 biên chế điều chỉnh thành 2.368 biên
    chế." names the year the adjustment is of before its move: the 2.368 is the công chức's
    2025 figure and the 2.412 the allocation it replaced, in 2025 too; an item "a) Sự nghiệp
    giáo dục: từ 25.406 người điều chỉnh thành 25.330 người, trong đó có 23.915 giáo viên;"
    keeps its teachers as a count inside the figure set. Twins: a year after the move (whose
    figure it is, the words do not say), two years before it, and a fall "xuống còn" (a move
    over a period, never one year's figure) stay unread."""
    head = "Điều 1. Điều chỉnh biên chế năm 2025\n"
    text = (
        "1. Biên chế công chức của tỉnh năm 2025: từ 2.412 biên chế điều chỉnh thành 2.368 biên "
        "chế.\n2. Số lượng người làm việc năm 2025: từ 31.870 người điều chỉnh thành 31.742 "
        "người, gồm:\na) Sự nghiệp giáo dục: từ 25.406 người điều chỉnh thành 25.330 người, "
        "trong đó có 23.915 giáo viên;\nb) Sự nghiệp khác: từ 6.464 người điều chỉnh thành "
        "6.412 người.\n"
    )
    rows, parts, unread = _rows(head + text)
    assert {
        ("cbcc", 2025, 2368, None, None, None),
        ("cbcc-truoc-dieu-chinh", 2025, 2412, None, None, None),
        ("vc", 2025, 31742, None, None, None),
        ("vc-truoc-dieu-chinh", 2025, 31870, None, None, None),
        ("vc-vc-giao-duc", 2025, 25330, None, None, None),
        ("vc-vc-giao-duc-giao-vien", 2025, 23915, None, None, None),
    } <= rows
    units = {u["id"]: u for u in extract_plan(head + text, "d").data["units"]}
    assert units["vc-vc-giao-duc-giao-vien"].get("subset_of") == "vc-vc-giao-duc"
    assert all(reduction is None for _, _, _, reduction, _, _ in rows)
    assert len(parts["vc"]) == 2 and len(parts["vc-truoc-dieu-chinh"]) == 2
    assert not unread
    for twin in (
        "1. Biên chế công chức: từ 2.412 biên chế năm 2024 điều chỉnh thành 2.368 biên chế.\n",
        "1. Biên chế công chức năm 2024 và năm 2025: từ 2.412 biên chế điều chỉnh thành "
        "2.368 biên chế.\n",
        "1. Biên chế công chức năm 2025: từ 2.412 biên chế xuống còn 2.368 biên chế.\n",
    ):
        rows, _, unread = _rows(head + twin)
        assert not rows and unread == {2}, twin


def test_a_count_kept_before_its_category_is_that_categorys_figure() -> None:
    """ "1. Năm 2025, đề nghị giữ nguyên 17.640 người làm việc của ngành như năm 2024." names
    its category after the count kept: the người làm việc's 2025 figure, the same as 2024's
    (reduction 0); "biên chế công chức" so too. Twins: a count kept naming no category ("giữ
    nguyên 17.640 người như năm 2024") and two categories kept in one clause stay unread."""
    rows, _, unread = _rows(
        "1. Năm 2025, đề nghị giữ nguyên 17.640 người làm việc của ngành như năm 2024.\n"
    )
    assert rows == {("vc", 2025, 17640, None, None, None), ("vc", 2025, None, 0, 2024, None)}
    assert not unread
    rows, _, unread = _rows("- Năm 2025: giữ nguyên 1.640 biên chế công chức như năm 2024.\n")
    assert rows == {("cbcc", 2025, 1640, None, None, None), ("cbcc", 2025, None, 0, 2024, None)}
    assert not unread
    for twin in (
        "Năm 2025, giữ nguyên 17.640 người như năm 2024.\n",
        "Năm 2025, giữ nguyên 1.640 cán bộ, công chức và 300 viên chức như năm 2024.\n",
    ):
        rows, _, unread = _rows(twin)
        assert not rows and unread == {1}, twin


def test_a_bare_kept_in_parentheses_takes_the_one_year_its_opener_compares_with() -> None:
    """ "d) Biên chế dự phòng: 30 biên chế (giữ nguyên)." under "1. Tổng biên chế công chức
    năm 2025 là 2.230 biên chế, giữ nguyên so với năm 2024. Trong đó:": the reserve's 2025
    figure, the same as in 2024, the one year the opener compares with. Twins: under an
    opener comparing with two years, or with no opener at all, which year it is kept from is
    not said: unread (never the year before by itself)."""
    rows, _, unread = _rows(
        "1. Tổng biên chế công chức năm 2025 là 2.230 biên chế, giữ nguyên so với năm 2024. "
        "Trong đó:\na) Các vụ: 2.200 biên chế, không thay đổi so với năm 2024;\nb) Biên chế "
        "dự phòng: 30 biên chế (giữ nguyên).\n"
    )
    assert {
        ("du-phong", 2025, 30, None, None, None),
        ("du-phong", 2025, None, 0, 2024, None),
    } <= rows
    assert not unread
    for twin, line in (
        (
            "1. Tổng biên chế công chức năm 2025 là 2.230 biên chế, giảm 5 biên chế so với năm "
            "2024 và giảm 100 biên chế so với năm 2021. Trong đó:\nb) Biên chế dự phòng: 30 biên "
            "chế (giữ nguyên).\n",
            2,
        ),
        ("Năm 2025, biên chế dự phòng: 30 biên chế (giữ nguyên).\n", 1),
    ):
        rows, _, unread = _rows(twin)
        assert not any(row[0] == "du-phong" for row in rows) and unread == {line}, twin


def test_a_numbered_article_keeping_a_bodys_figure_then_a_clause_is_a_sentence() -> None:
    """ "Điều 2. Biên chế của Cục A năm 2024 giữ nguyên so với năm 2023; các Cục còn lại
    thực hiện giảm theo lộ trình ..." states no count but says the Cục A keeps its figure: a
    sentence (the Cục A's 2024 the same as 2023), not a heading. Twin: "Điều 2. Tổ chức thực
    hiện" stays a heading, and a kept naming no unit gives nothing."""
    given = "Năm 2024, Cục A: 500 biên chế; Cục B: 400 biên chế.\n"
    rows, _, unread = _rows(
        given + "Điều 2. Biên chế của Cục A năm 2024 giữ nguyên so với năm 2023; các Cục còn "
        "lại thực hiện giảm theo lộ trình đã được phê duyệt.\n"
    )
    assert ("cuc-a", 2024, None, 0, 2023, None) in rows
    assert not unread
    for twin in (
        "Điều 2. Tổ chức thực hiện\n1. Cục C: 300 biên chế.\n",
        "Điều 2. Biên chế năm 2024 giữ nguyên so với năm 2023; các Cục còn lại thực hiện giảm "
        "theo lộ trình đã được phê duyệt.\n",
    ):
        rows, _, unread = _rows(given + twin)
        assert not any(row[3] == 0 for row in rows) and not unread, twin


def test_a_level_said_before_its_category_narrows_that_category() -> None:
    """ "Ở cấp xã, số cán bộ, công chức được giao là 2.106 người": the level first, then the
    category it narrows, is the commune staff (CBCC-XA); "Tại cấp xã, ..." was dropped as a
    lead clause ("Tại Nghị quyết số ..., ...") and read the commune staff as the province's
    CBCC. Twins: a lead clause citing a text still leaves the category alone, and "Ở cấp
    tỉnh, số công chức" is the province's CBCC, never the commune's."""
    for text in (
        "Năm 2025, ở cấp xã, số cán bộ, công chức được giao là 2.106 người.\n",
        "Tại cấp xã, số cán bộ, công chức được giao năm 2025 là 2.106 người.\n",
    ):
        result = extract_plan(text, "d")
        assert [u.get("category") for u in result.data["units"]] == ["CBCC-XA"], text
        rows, _, unread = _rows(text)
        assert {row[1:3] for row in rows} == {(2025, 2106)} and not unread
    for text, category in (
        ("Tại Nghị quyết số 52/NQ-HĐND, biên chế công chức năm 2025 là 1.684 biên chế.\n", "CBCC"),
        ("Ở cấp tỉnh, số công chức được giao năm 2025 là 1.684 biên chế.\n", "CBCC"),
    ):
        result = extract_plan(text, "d")
        assert [u.get("category") for u in result.data["units"]] == [category], text


def test_part_time_staff_counted_after_a_clause_of_posts_are_outside() -> None:
    """ "... số cán bộ, công chức cấp xã được giao là 2.106 người, không thay đổi so với năm
    2024; ngoài ra còn 1.412 người hoạt động không chuyên trách ở xã, phường, thị trấn.": the
    1.412 are part-time staff, no posts: outside, and the posts' clause is read (it was
    unread, the 1.412 taken for a second figure of the commune staff). Twin: a count after
    ";" naming no part-time staff ("ngoài ra còn 1.412 người") is nobody's known: the
    sentence stays unread rather than drop it."""
    rows, _, unread = _rows(
        "Năm 2025, số cán bộ, công chức cấp xã được giao là 2.106 người, không thay đổi so với "
        "năm 2024; ngoài ra còn 1.412 người hoạt động không chuyên trách ở xã, phường, thị "
        "trấn.\n"
    )
    assert rows == {
        ("cbcc-xa", 2025, 2106, None, None, None),
        ("cbcc-xa", 2025, None, 0, 2024, None),
    }
    assert not unread
    rows, _, unread = _rows(
        "Năm 2025, số cán bộ, công chức cấp xã được giao là 2.106 người, không thay đổi so với "
        "năm 2024; ngoài ra còn 1.412 người.\n"
    )
    assert not rows and unread == {1}


def test_posts_given_to_a_body_named_before_the_count_are_that_bodys() -> None:
    """ "Năm 2025, UBND tỉnh dự kiến giao cho ngành giáo dục 8.015 người làm việc, tăng 52
    người so với năm 2024.": the body given to, named before the count and its category, holds
    those posts, as "giao 8.015 người làm việc cho ngành giáo dục" says. Twins: a name holding
    a count ("giao cho 193 xã, phường 3.872 ...", which count is whose), two categories after
    it, and a giver not the province's own ("Ủy ban nhân dân huyện đề nghị Hội đồng nhân dân
    huyện giao cho ...": read so, the posts went to the asker) stay unread."""
    rows, _, unread = _rows(
        "Năm 2025, UBND tỉnh dự kiến giao cho ngành giáo dục 8.015 người làm việc, tăng 52 "
        "người so với năm 2024.\n"
    )
    assert {(r[1], r[2], r[3], r[4]) for r in rows} == {
        (2025, 8015, None, None),
        (2025, None, -52, 2024),
    }
    assert len({r[0] for r in rows}) == 1 and not unread
    for twin in (
        "Năm 2025, giao cho 193 xã, phường 3.872 cán bộ, công chức cấp xã.\n",
        "Năm 2025, giao cho Sở Y tế 815 công chức và 300 viên chức.\n",
        "Năm 2025, Ủy ban nhân dân huyện đề nghị Hội đồng nhân dân huyện giao cho Trung tâm Y tế "
        "huyện 412 biên chế công chức.\n",
    ):
        rows, _, unread = _rows(twin)
        assert not rows and unread == {1}, twin


def test_a_body_given_one_categorys_count_kept_as_a_year_is_that_lines_equality() -> None:
    """ "Năm 2026, Sở Y tế được giao 45 biên chế công chức, giữ nguyên như năm 2025.": the
    Sở's công chức line is 45 in 2026 and the same as in 2025, as "giảm 2 biên chế so với năm
    2025" would be its change (the equality was filed under the Sở as a whole, a unit whose
    figure the text never states: a latent misread). Twin: kept "như năm trước", the year left
    to the context: unread, never the block's."""
    rows, _, unread = _rows(
        "Năm 2026, Sở Y tế được giao 45 biên chế công chức, giữ nguyên như năm 2025.\n"
    )
    assert rows == {
        ("so-y-te-cbcc", 2026, 45, None, None, None),
        ("so-y-te-cbcc", 2026, None, 0, 2025, None),
    }
    assert not unread
    rows, _, unread = _rows(
        "Năm 2026, Sở Y tế được giao 45 biên chế công chức, giữ nguyên như năm trước.\n"
    )
    assert not rows and unread == {1}


# --- groups of bodies sharing one figure (branch eng-each) -----------------------------------


def test_a_group_of_bodies_with_its_sum_is_one_unit_of_that_sum() -> None:
    """ "6 Chi cục loại I: mỗi Chi cục 120 biên chế, cộng 720 biên chế" and "Các Chi cục khu
    vực III, IV, V và VI: mỗi khu vực 121 biên chế, cộng 484 biên chế" were unread: each is
    one unit, the group, of its sum (count × each agrees), a part of the list's whole; the
    amount for each and the count of bodies are no unit's figure. Twin: the same item whose
    sum is not count × each is unread, nothing of it used."""
    head = "Điều 1. Giao 1.204 biên chế công chức năm 2025 cho các Chi cục, gồm:\n"
    second = (
        "b) Các Chi cục khu vực III, IV, V và VI: mỗi khu vực 121 biên chế, cộng 484 biên chế.\n"
    )
    rows, parts, unread = _rows(
        head + "a) 6 Chi cục loại I: mỗi Chi cục 120 biên chế, cộng 720 biên chế;\n" + second
    )
    assert not unread
    assert {row[2] for row in rows} == {1204, 720, 484}
    assert any(len(p) == 2 for p in parts.values())
    rows, _, unread = _rows(
        head + "a) 6 Chi cục loại I: mỗi Chi cục 120 biên chế, cộng 740 biên chế;\n" + second
    )
    assert 2 in unread and not {740, 720, 120} & {row[2] for row in rows}


def test_a_group_whose_bodies_are_not_counted_is_not_read() -> None:
    """ "Các Chi cục còn lại: mỗi Chi cục 95 biên chế, cộng 380 biên chế" says neither how
    many bodies nor which: its sum cannot be checked against the amount for each, so it is
    unread. Twin: "từ khu vực IX đến khu vực XII" counts four bodies, so the sum is read."""
    head = "Điều 1. Giao 380 biên chế công chức năm 2025 cho các Chi cục, gồm:\n"
    rows, _, unread = _rows(
        head + "a) Các Chi cục còn lại: mỗi Chi cục 95 biên chế, cộng 380 biên chế.\n"
    )
    assert 2 in unread and [row[2] for row in rows if row[2] in (95, 380)] == [380]
    rows, _, unread = _rows(
        head + "a) Các Chi cục khu vực từ khu vực IX đến khu vực XII: mỗi khu vực 95 biên chế, "
        "cộng 380 biên chế.\n"
    )
    assert not unread and sum(1 for row in rows if row[2] == 380) == 2


def test_bodies_named_one_by_one_each_take_the_amount() -> None:
    """ "b) Phân viện khu vực I, II và III: mỗi Phân viện 105 người;" with no sum: each named
    body is a unit of 105 and a part of the list's whole (700 + 3 × 105 = 1.015). So too
    "Các phường An Bình, Tân Phú và Hòa Lợi: mỗi phường 54 biên chế". Twin: a list mixing
    another kind of body ("... và thị trấn Hòa Lợi: mỗi phường 54") is unread."""
    rows, parts, unread = _rows(
        "Tổng số người làm việc năm 2025 là 1.015 người, gồm:\n"
        "a) Cơ quan Học viện: 700 người;\n"
        "b) Phân viện khu vực I, II và III: mỗi Phân viện 105 người.\n"
    )
    assert not unread
    assert sum(1 for row in rows if row[2] == 105) == 3
    assert any(len(p) == 4 for p in parts.values())
    head = "Năm 2025, tạm giao biên chế cán bộ, công chức cấp xã cho một số phường:\n"
    rows, _, unread = _rows(
        head + "- Các phường An Bình, Tân Phú và Hòa Lợi: mỗi phường 54 biên chế.\n"
    )
    assert not unread and sum(1 for row in rows if row[2] == 54) == 3
    rows, _, unread = _rows(
        head + "- Các phường An Bình, Tân Phú và thị trấn Hòa Lợi: mỗi phường 54 biên chế.\n"
    )
    assert 2 in unread and not any(row[2] == 54 for row in rows)
    # the kind said once before the first place: "Chi cục Thuế huyện A, B và C"
    rows, _, unread = _rows(
        "Năm 2025, giao biên chế công chức cho một số Chi cục:\n"
        "- Chi cục Thuế huyện Tân An, Bến Lức và Cần Giuộc: mỗi Chi cục 45 biên chế.\n"
    )
    assert not unread and sum(1 for row in rows if row[2] == 45) == 3


def test_a_count_of_areas_inside_a_name_is_no_figure() -> None:
    """ "b) Ngân hàng Khu vực (15 khu vực): 3.844 biên chế;" was unread (15 taken for a
    headcount). Twin: a parenthesis counting people ("(15 người)") is a headcount: unread."""
    head = (
        "Tổng biên chế công chức năm 2026 là 5.080 biên chế, gồm:\n"
        "a) Trụ sở chính: 1.236 biên chế;\n"
    )
    rows, _, unread = _rows(head + "b) Ngân hàng Khu vực (15 khu vực): 3.844 biên chế.\n")
    assert not unread and 15 not in {row[2] for row in rows}
    rows, _, unread = _rows(head + "b) Ngân hàng Khu vực (15 người): 3.844 biên chế.\n")
    assert 3 in unread


def test_groups_of_bodies_counted_one_after_another_are_each_a_unit() -> None:
    """ "Cụ thể, 5 phường được giao 300 biên chế, 10 xã được giao 500 biên chế." was unread
    (after the comma, the second count read as a second figure of the first group): each group
    counted before its noun is a unit of its own. Twin: a first clause naming no count ("các
    phường được giao 300 biên chế, 10 xã ...") is not such a row: unread as before."""
    head = "Năm 2025, biên chế công chức của thành phố là 2.000 biên chế.\n"
    rows, _, unread = _rows(
        head + "Cụ thể, 5 phường được giao 300 biên chế, 10 xã được giao 500 biên chế.\n"
    )
    assert not unread and {row[2] for row in rows} == {2000, 300, 500}
    assert len({row[0] for row in rows}) == 3
    rows, _, unread = _rows(
        head + "Cụ thể, các phường được giao 300 biên chế, 10 xã được giao 500 biên chế.\n"
    )
    assert 2 in unread and not {300, 500} & {row[2] for row in rows}


def test_places_counted_inside_a_name_are_no_headcount() -> None:
    """ "b) Cấp huyện (02 quận, 03 thị xã và 04 huyện): 1.064 biên chế;" was unread (02 and 03
    taken for headcounts). Twin: people counted there ("(02 người)") are a headcount: unread."""
    head = (
        "1. Tổng biên chế công chức năm 2025 là 2.368 biên chế, cụ thể:\n"
        "a) Cấp tỉnh: 1.304 biên chế;\n"
    )
    rows, _, unread = _rows(
        head + "b) Cấp huyện (02 quận, 03 thị xã và 04 huyện): 1.064 biên chế.\n"
    )
    assert not unread and ("cbcc", 2025, 2368, None, None, None) in rows
    assert not {2, 3, 4} & {row[2] for row in rows}
    rows, _, unread = _rows(head + "b) Cấp huyện (02 người, 03 thị xã): 1.064 biên chế.\n")
    assert 3 in unread


def test_year_items_under_a_heading_naming_one_block_are_that_blocks() -> None:
    """ "1. Khối Đảng, Mặt trận Tổ quốc và các đoàn thể huyện" over "Năm 2021: 68 biên chế;
    năm 2026: 64 biên chế." and "(Giảm 4 biên chế so với năm 2021, tỷ lệ 5,88%)": the lines
    named no unit and were unread. They are the block's. Twins: a heading joining a second
    body or block to it names none of them, and a body the lexicon does not know as a block
    says neither the category nor that the counts are all its posts: unread."""
    items = (
        "Năm 2021: 68 biên chế; năm 2026: 64 biên chế.\n"
        "(Giảm 4 biên chế so với năm 2021, tỷ lệ 5,88%)\n"
    )
    rows, _, unread = _rows(
        "II. CHỈ TIÊU THEO TỪNG KHỐI\n1. Khối Đảng, Mặt trận Tổ quốc và các đoàn thể huyện\n"
        + items
    )
    assert not unread
    assert rows == {
        ("dang", 2021, 68, None, None, None),
        ("dang", 2026, 64, None, None, None),
        ("dang", 2026, None, 4, 2021, "5,88%"),
    }
    for heading in (
        "1. Khối Đảng và khối chính quyền huyện",
        "1. Khối Đảng, Mặt trận Tổ quốc, đoàn thể và Sở Y tế",
        "1. Trung tâm Văn hóa, Thể thao huyện",
    ):
        rows, _, unread = _rows("II. CHỈ TIÊU\n" + heading + "\n" + items)
        assert unread == {3, 4} and not rows, heading


def test_a_years_item_giving_its_count_before_its_category_is_read() -> None:
    """ "- Năm 2021: 26 viên chức." under "4. Trung tâm Văn hóa huyện": a year's label, then
    the count and its category, was unread (no unit before the count). It is the body's VC of
    that year. Twin: another body named after the category ("26 viên chức tại Phòng Y tế")
    is not spelled, and stays unread."""
    head = "II. CHỈ TIÊU\n4. Trung tâm Văn hóa huyện\n"
    rows, _, unread = _rows(head + "- Năm 2021: 26 viên chức.\n- Năm 2026: 23 viên chức.\n")
    assert not unread
    assert rows == {
        ("vc-trung-tam-van-hoa", 2021, 26, None, None, None),
        ("vc-trung-tam-van-hoa", 2026, 23, None, None, None),
    }
    rows, _, unread = _rows(head + "- Năm 2021: 26 viên chức tại Phòng Y tế.\n")
    assert unread == {3} and not rows


def test_a_bare_count_with_the_year_before_recalled_beside_it() -> None:
    """ "- Biên chế công chức: 142 (năm 2024: 146);" in a list of the posts given in 2025:
    a count with no word after it then the year before's, in the same form, was unread.
    Twins: a change inside the parenthesis naming no year it compares with stays unread, and
    so does a bare count after "còn" with "(năm 2021 là N)" (see
    `test_a_bare_count_with_its_change_in_parentheses_is_the_figure`)."""
    lead = "1. Biên chế được giao năm 2025 gồm:\n"
    rows, _, unread = _rows(lead + "- Biên chế công chức: 142 (năm 2024: 146);\n")
    assert not unread
    assert rows == {("cbcc", 2025, 142, None, None, None), ("cbcc", 2024, 146, None, None, None)}
    rows, _, unread = _rows(lead + "- Biên chế công chức: 142 (năm 2024: 146, giảm 4);\n")
    assert unread == {2} and not rows


def test_a_plain_text_line_set_in_bold_is_read_as_its_words() -> None:
    """ "**1. Khối Đảng, ...**" in a .txt file: the marks hid the heading's numbering, so the
    lines under it had no heading. Twin: marks inside a line are left as written."""
    from lotrinh.extract.reader import document_lines

    text = "**1. Khối Đảng huyện**\nNăm 2021: 68 biên chế.\n".encode()
    assert document_lines(text, "doc.txt").lines[0] == "1. Khối Đảng huyện"
    text = "Khối **Đảng** huyện: 68 biên chế.\n".encode()
    assert document_lines(text, "doc.txt").lines[0] == "Khối **Đảng** huyện: 68 biên chế."


def test_a_parenthesis_line_binds_to_an_item_of_one_unit_whose_years_fit() -> None:
    """ "Năm 2021: 20 công chức, 26 viên chức.\\n(Giảm 3 biên chế so với năm 2021)" was read as
    the VC's cut of 2021 against 2021 itself. A parenthesis line naming no category after an
    item of two units of one year is unread. Twins: naming the category of one of the two, or
    after an item of one unit, it is that unit's change (against its own year it is a slip
    for the check to report, read as written)."""
    head = "II. CHỈ TIÊU\n"
    rows, _, unread = _rows(
        head + "Năm 2026: 18 công chức, 24 viên chức.\n(Giảm 3 biên chế so với năm 2021)\n"
    )
    assert unread == {3} and all(row[3] is None for row in rows)
    rows, _, unread = _rows(
        head + "Năm 2026: 18 công chức, 24 viên chức.\n(Giảm 2 viên chức so với năm 2021)\n"
    )
    assert not unread and ("vc", 2026, None, 2, 2021, None) in rows
    rows, _, unread = _rows(head + "Năm 2026: 24 viên chức.\n(Giảm 2 biên chế so với năm 2021)\n")
    assert not unread and ("vc", 2026, None, 2, 2021, None) in rows
    rows, _, unread = _rows(head + "Năm 2021: 24 viên chức.\n(Giảm 2 biên chế so với năm 2021)\n")
    assert not unread and ("vc", 2021, None, 2, 2021, None) in rows


def test_a_block_of_no_category_beside_category_lines_leaves_their_targets_unmet() -> None:
    """ "1. Khối Đảng, ..." over "Năm 2021: 68 biên chế; năm 2026: 68 biên chế." beside "2.
    Công chức trong các cơ quan chuyên môn ..." (82 → 77) and "3. Viên chức" (1.310 → 1.170):
    the block's bare counts say no category, and its posts (the Party's, the Front's, the mass
    organisations') are công chức: the CBCC target measured on the category line alone (82 →
    77, met) would pass a district whose công chức may fall by 5 of 150. It cannot be checked.
    Twin: without the block, both targets are met and the text is clean."""
    block = (
        "1. Khối Đảng, Mặt trận Tổ quốc và các đoàn thể huyện\n"
        "Năm 2021: 68 biên chế; năm 2026: 68 biên chế.\n"
    )
    rest = (
        "2. Công chức trong các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện\n"
        "Năm 2021: 82 biên chế; năm 2026: 77 biên chế.\n"
        "3. Viên chức\nNăm 2021: 1.310 người; năm 2026: 1.170 người.\n"
    )
    head = "KẾ HOẠCH\nTinh giản biên chế huyện giai đoạn 2022 - 2026\nII. CHỈ TIÊU\n"
    plan = plan_from_result(extract_plan(head + block + rest, "doc.txt"), "doc.txt")
    kinds = {f.kind for f in check_plan(plan).findings}
    assert "target-unverifiable" in kinds and "target-met" not in kinds
    plan = plan_from_result(extract_plan(head + rest, "doc.txt"), "doc.txt")
    assert not check_plan(plan).findings


# Branch eng-multi2: several categories, bodies or comparisons in one sentence.


def test_a_year_said_before_the_first_category_with_no_comma_fronts_the_row() -> None:
    """ "Như vậy, đến năm 2026 công chức giảm 5 biên chế (5,21%), viên chức giảm 154 người
    (10,13%) so với năm 2021, ..." was unread: the year was fronted only before a comma or
    the body. Twin: a comparison said in the first clause only, a bare comma after it,
    reaches no other clause: not read."""
    rows, _, unread = _rows(
        "Như vậy, đến năm 2026 công chức giảm 5 biên chế (5,21%), viên chức giảm 154 người "
        "(10,13%) so với năm 2021, bảo đảm yêu cầu của Kết luận số 40-KL/TW."
    )
    assert not unread and rows == {
        ("cbcc", 2026, None, 5, 2021, "5,21%"),
        ("vc", 2026, None, 154, 2021, "10,13%"),
    }
    rows, _, unread = _rows(
        "Như vậy, đến năm 2026 công chức giảm 5 biên chế so với năm 2025, viên chức giảm 154 "
        "người (10,13%)."
    )
    assert unread == {1} and not rows


@pytest.mark.parametrize(
    ("header", "read"),
    [
        ("BỘ XÂY DỰNG", True),
        ("**BỘ XÂY DỰNG**", True),
        # another ministry's report: whose posts "Bộ Xây dựng" are, the text does not make
        # its own
        ("BỘ TƯ PHÁP", False),
        ("BÁO CÁO", False),
    ],
)
def test_the_texts_own_body_named_in_full_gives_the_row_its_categories(
    header: str, read: bool
) -> None:
    """ "Năm 2021, Bộ Xây dựng được giao 1.148 biên chế công chức và 3.420 người làm việc ...
    tại các đơn vị sự nghiệp công lập." in the Bộ's own report (its header names it) is the
    text's own categories, as "Bộ được giao ..." is; any other header leaves it unread."""
    rows, _, unread = _rows(
        f"{header}\n\nNăm 2021, Bộ Xây dựng được giao 1.148 biên chế công chức và 3.420 người "
        "làm việc hưởng lương từ ngân sách nhà nước tại các đơn vị sự nghiệp công lập.\n"
    )
    if read:
        assert not unread and {(row[1], row[2]) for row in rows} == {(2021, 1148), (2021, 3420)}
        units = _units(
            f"{header}\n\nNăm 2021, Bộ Xây dựng được giao 1.148 biên chế công chức "
            "và 3.420 người làm việc tại các đơn vị sự nghiệp công lập.\n"
        )
        assert sorted(str(u.get("category")) for u in units.values() if "category" in u) == [
            "CBCC",
            "VC",
        ]
    else:
        assert unread == {3} and not rows


def test_a_figure_kept_against_a_year_after_a_comma_is_a_change_of_none() -> None:
    """ "... đề nghị giao 142 biên chế công chức, giữ nguyên so với năm 2025, và 2.433 người làm
    việc ..., giảm 53 người so với năm 2025." was unread: "giữ nguyên" was read only after a
    category with no figure. Twin: kept naming no year after a figure: which year's, unsaid."""
    head = "THÔNG TẤN XÃ VIỆT NAM\n\n"
    rows, _, unread = _rows(
        head + "Năm 2026, Thông tấn xã Việt Nam đề nghị giao 142 biên chế công chức, giữ "
        "nguyên so với năm 2025, và 2.433 người làm việc, giảm 53 người so với năm 2025."
    )
    assert not unread
    assert {row[2:5] for row in rows} == {
        (142, None, None),
        (None, 0, 2025),
        (2433, None, None),
        (None, 53, 2025),
    }
    rows, _, unread = _rows(
        head + "Năm 2026, Thông tấn xã Việt Nam đề nghị giao 142 biên chế công chức, giữ "
        "nguyên, và 2.433 người làm việc, giảm 53 người so với năm 2025."
    )
    assert unread == {3} and not rows


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Năm 2026, tổng biên chế của tỉnh là 21.468, gồm 2.036 biên chế công chức, 19.322 "
            "người làm việc trong các đơn vị sự nghiệp công lập và 110 biên chế hội có tính "
            "chất đặc thù.",
            {2036, 19322, 110},
        ),
        (
            "Số được giao năm 2021 là 39.992 biên chế, gồm 3.412 biên chế công chức và 36.580 "
            "người làm việc hưởng lương từ ngân sách nhà nước.",
            {3412, 36580},
        ),
        (
            "Năm 2021 tỉnh được giao tổng cộng 27.840 biên chế, trong đó biên chế công chức là "
            "2.460 và số lượng người làm việc hưởng lương từ ngân sách nhà nước là 25.380 người.",
            {2460, 25380},
        ),
        # twins: a category twice (công chức cấp tỉnh beside công chức), a part with a change
        # of its own, a part of another year: whose parts these are, unsure
        (
            "Năm 2026, tổng biên chế của tỉnh là 21.468, gồm 2.036 biên chế công chức, 19.322 "
            "người làm việc trong các đơn vị sự nghiệp công lập và 110 biên chế công chức cấp "
            "tỉnh.",
            None,
        ),
        (
            "Số được giao năm 2021 là 39.992 biên chế, gồm 3.412 biên chế công chức và 36.580 "
            "người làm việc, giảm 20 người so với năm 2020.",
            None,
        ),
        (
            "Năm 2021 tỉnh được giao tổng cộng 27.840 biên chế, trong đó biên chế công chức là "
            "2.460 và số lượng người làm việc năm 2022 là 25.380 người.",
            None,
        ),
    ],
)
def test_a_total_then_its_categories_each_a_plain_count_are_its_parts(
    text: str, parts: set[int] | None
) -> None:
    """A total read alone, then "gồm" / "trong đó" and a row of category clauses (công chức,
    VC, hội đặc thù), each a plain count of the total's year: the total and its parts
    (`categories._total_then_parts`). Anything more in a clause: not read."""
    rows, found, unread = _rows(text)
    if parts is None:
        assert unread == {1} and not rows
        return
    assert not unread
    values = {row[0]: row[2] for row in rows}
    assert {values[part] for part in found["tong"]} == parts
    assert values["tong"] in {21468, 39992, 27840}


def test_bodies_of_before_a_merger_set_apart_by_còn_are_old_bodies() -> None:
    """ "trước khi hợp nhất, năm 2024 Bộ A được giao ..., còn Bộ B được giao ...": each body
    its own figure, both as they were before the merger, so never the unit of the body the
    merger made, named plainly after. Twin: the same figures with no merger are the bodies
    named plainly."""
    merged = (
        "Trước khi hợp nhất, năm 2024 Bộ Giao thông vận tải được giao 3.046 biên chế công chức, "
        "còn Bộ Xây dựng được giao 612 biên chế công chức.\n"
        "Năm 2025, Bộ Xây dựng được giao 3.480 biên chế công chức.\n"
    )
    rows, _, unread = _rows(merged)
    assert not unread
    unit_of = {row[2]: row[0] for row in rows}
    assert unit_of[612] != unit_of[3480]
    rows, _, unread = _rows(
        "Năm 2024 Bộ Giao thông vận tải được giao 3.046 biên chế công chức, còn Bộ Xây dựng "
        "được giao 612 biên chế công chức.\nNăm 2025, Bộ Xây dựng được giao 3.480 biên chế "
        "công chức.\n"
    )
    unit_of = {row[2]: row[0] for row in rows}
    assert not unread and unit_of[612] == unit_of[3480]


@pytest.mark.parametrize(
    ("rate", "read"),
    [("5,27%", True), ("5,37%", False), (None, False)],
)
def test_a_base_said_as_the_merged_places_sum_needs_the_rate_to_say_it_is_the_subjects(
    rate: str | None, read: bool
) -> None:
    """ "...; so với năm 2021 (3.602 biên chế, tính chung cho tỉnh A và tỉnh B trước sắp xếp)
    giảm 190 biên chế, tỷ lệ giảm 5,27%": the base the sum of the provinces merged, the
    subject's only where the rate is the change over it (190 / 3.602 = 5,27 %). A rate that
    is not, or none: not read."""
    tail = f", tỷ lệ giảm {rate}." if rate else "."
    rows, _, unread = _rows(
        "Biên chế công chức của tỉnh năm 2026 là 3.412 biên chế. So với năm 2025 (3.498 biên "
        "chế) giảm 86 biên chế; so với năm 2021 (3.602 biên chế, tính chung cho tỉnh A và tỉnh "
        "B trước sắp xếp) giảm 190 biên chế" + tail
    )
    if read:
        assert not unread and ("cbcc", 2021, 3602, None, None, None) in rows
        assert ("cbcc", 2026, None, 190, 2021, rate) in rows
    else:
        assert unread == {1} and not any(row[2] == 3602 for row in rows)


def test_a_fall_between_two_years_said_with_tức_and_no_unit_words() -> None:
    """ "... giảm từ 7.370 năm 2021 xuống còn 7.006 năm 2025, tức giảm 364 biên chế, tỷ lệ
    4,94%" was unread (the from-to form wanted each count's unit word and "tương ứng"). Twin:
    the later year first is not spelled out, and not read."""
    rows, _, unread = _rows(
        "Tính chung hai khối, biên chế cán bộ, công chức của tỉnh giảm từ 7.370 năm 2021 xuống "
        "còn 7.006 năm 2025, tức giảm 364 biên chế, tỷ lệ 4,94%."
    )
    assert not unread and rows == {
        ("cbcc", 2021, 7370, None, None, None),
        ("cbcc", 2025, 7006, None, None, None),
        ("cbcc", 2025, None, 364, 2021, "4,94%"),
    }
    rows, _, unread = _rows(
        "Biên chế cán bộ, công chức của tỉnh giảm từ 7.370 năm 2025 xuống còn 7.006 năm 2021, "
        "tức giảm 364 biên chế, tỷ lệ 4,94%."
    )
    assert unread == {1} and not rows


@pytest.mark.parametrize(
    ("recall", "read"),
    [
        ("1.781 biên chế công chức và 12.904 người làm việc", True),
        # one figure recalled for the two changes: whose categories, unsaid
        ("14.685 biên chế", False),
        # a category the changes could not be told apart by (công chức twice)
        ("1.781 biên chế công chức và 12.904 biên chế công chức", False),
    ],
)
@pytest.mark.parametrize("year", ["năm 2025", "năm 2025 sau điều chỉnh"])
def test_changes_said_in_turn_after_a_base_naming_the_categories(
    recall: str, read: bool, year: str
) -> None:
    """ "So với số giao năm 2021 (1.781 biên chế công chức và 12.904 người làm việc), năm 2025
    giảm lần lượt 155 biên chế (8,70%) và 1.188 người (9,21%)": each category the base names,
    its base figure and its change, in the order named (`categories._recalled_pair`). Paired
    only two to two, each base figure naming its own category; never of a year "sau điều
    chỉnh" (the adjusted figure is a unit apart from the one given: blind R1 read it as the
    given one's, a misread and a false alarm)."""
    rows, _, unread = _rows(
        f"So với số giao năm 2021 ({recall}), {year} giảm lần lượt 155 biên chế (8,70%) và "
        "1.188 người (9,21%)."
    )
    if read and year == "năm 2025":
        assert not unread and rows == {
            ("cbcc", 2021, 1781, None, None, None),
            ("cbcc", 2025, None, 155, 2021, "8,70%"),
            ("vc", 2021, 12904, None, None, None),
            ("vc", 2025, None, 1188, 2021, "9,21%"),
        }
    else:
        assert unread == {1} and not rows


def test_a_receiving_bodys_headline_is_read_only_by_the_bodys_figure() -> None:
    """The twin of "headline-receiver/body-made-by-a-merger": where the body gives no unit the
    headline's count, the headline naming a body is left unread (never a unit of its own)."""
    rows, _, unread = _rows(
        "Bộ Xây dựng sau hợp nhất được giao 3.480 biên chế công chức\n\nBiên chế công chức năm "
        "2025 của Bộ Xây dựng mới là 3.490 biên chế, giảm 178 biên chế so với năm 2024."
    )
    assert 1 in unread and not any(row[2] == 3480 for row in rows)


@pytest.mark.parametrize("count", ["(12 người)", "(12 khu vực, bình quân 75 người/khu vực)"])
def test_people_counted_in_a_row_name_leave_the_row_unread(count: str) -> None:
    """The twin of "bodies-counted-in-a-row-name": people, or a figure beside the bodies, in
    the parentheses are a figure the row does not place; the row is not read, nor is the
    total taken as made of the rows read."""
    rows, parts, unread = _rows(COUNTED_IN_NAME.format(count=count))
    assert 6 in unread
    assert not {row for row in rows if row[0].startswith("chi-cuc")}
    assert not parts.get("tong")


PRESENT_AND_UNFILLED = (
    "Báo cáo biên chế của tỉnh\n\nI. BIÊN CHẾ CÔNG CHỨC\n\n| STT | Khối | Biên chế giao năm 2025 "
    "| {present} | {unfilled} |\n|---|---|---|---|---|\n| 1 | Các sở, ngành | 700 | 652 | 48 |\n"
    "| 2 | Các huyện | 300 | 291 | 9 |\n| | Cộng | 1.000 | 943 | 57 |"
)


@pytest.mark.parametrize(
    ("present", "unfilled"),
    [("Số có mặt", "Số còn thiếu"), ("Số hiện có", "Thiếu"), ("Thực có (người)", "Chưa tuyển")],
)
def test_people_present_and_posts_unfilled_are_no_posts(present: str, unfilled: str) -> None:
    """Other words of "posts-beside-present-and-unfilled": only the posts given are read."""
    rows, parts, unread = _rows(PRESENT_AND_UNFILLED.format(present=present, unfilled=unfilled))
    assert rows == {
        ("so-nganh", 2025, 700, None, None, None),
        ("huyen", 2025, 300, None, None, None),
        ("cbcc", 2025, 1000, None, None, None),
    }
    assert parts["cbcc"] == ("so-nganh", "huyen")
    assert not unread


@pytest.mark.parametrize("present", ["Biên chế hiện có", "Hiện có năm 2025", "Số đang làm việc"])
def test_people_of_a_year_or_posts_at_hand_leave_the_rows_unread(present: str) -> None:
    """The twin: "Biên chế hiện có" (posts or people?), people of a year, or at work: which
    figure is the posts'? The rows are not read."""
    rows, _, unread = _rows(PRESENT_AND_UNFILLED.format(present=present, unfilled="Còn thiếu"))
    assert not rows
    assert unread


# Session 9, eng-reserve: reserve posts (biên chế dự phòng), each form with its twin.


def _roles(text: str) -> dict[str, str | None]:
    return {u["id"]: u.get("role") for u in extract_plan(text, "doc.txt").data["units"]}


def test_a_reserve_counted_inside_a_frame_is_the_reserve() -> None:
    """ "Trong tổng số biên chế nêu trên có 12 biên chế dự phòng": the count names its unit,
    the reserve (role `reserve`), never the total's own figure. Twins: with no word of the
    reserve the count stays unread; and "Trong tổng số năm 2024 có 12 biên chế dự phòng",
    read before as the total's 12 (a misread), is the reserve too."""
    head = "Năm 2024, giao 980 biên chế công chức.\n"
    rows, _, unread = _rows(head + "Trong tổng số biên chế nêu trên có 12 biên chế dự phòng.")
    assert not unread
    assert rows == {("cbcc", 2024, 980, None, None, None), ("du-phong", 2024, 12, None, None, None)}
    assert _roles(head + "Trong tổng số biên chế nêu trên có 12 biên chế dự phòng.") == {
        "cbcc": None,
        "du-phong": "reserve",
    }
    rows, _, unread = _rows(head + "Trong tổng số biên chế tại khoản 1 Điều này có 12 biên chế.")
    assert unread == {2} and rows == {("cbcc", 2024, 980, None, None, None)}
    rows, _, _ = _rows(head + "Trong tổng số năm 2024 có 12 biên chế dự phòng.")
    assert ("du-phong", 2024, 12, None, None, None) in rows
    assert not any(row[0] == "tong" for row in rows)


def test_posts_set_aside_after_those_given_are_the_reserve() -> None:
    """ "giao cho các phòng ... 57 biên chế và để dự phòng 2 biên chế": the posts set aside
    are the reserve, of the category of the posts given. Twin: after a count naming its
    category and more words, whose reserve it is cannot be told: nothing read."""
    rows, _, unread = _rows(
        "Trong số biên chế công chức năm 2026, giao cho các phòng chuyên môn 57 biên chế và để "
        "dự phòng 2 biên chế."
    )
    assert not unread and ("du-phong", 2026, 2, None, None, None) in rows
    assert len(rows) == 2 and all(row[1] == 2026 for row in rows)
    rows, _, unread = _rows("Năm 2026, tỉnh có 2.000 biên chế công chức và để dự phòng 3 biên chế.")
    assert rows == frozenset() and unread == {1}


def test_a_reserve_held_back_at_a_body_is_the_reserve() -> None:
    """ "Giữ lại 9 biên chế công chức dự phòng tại Sở Nội vụ để bổ sung khi cần": where the
    reserve is held does not make it that body's posts. Twins: the same count without
    "dự phòng" is no reserve, and a body's own reserve stays unread, as before."""
    rows, _, unread = _rows(
        "Năm 2024, giữ lại 9 biên chế công chức dự phòng tại Sở Nội vụ để bổ sung khi cần."
    )
    assert not unread and rows == {("du-phong", 2024, 9, None, None, None)}
    for twin in (
        "Năm 2024, giữ lại 9 biên chế công chức tại Sở Nội vụ.",
        "Năm 2024, Sở Y tế giữ lại 9 biên chế công chức dự phòng tại Phòng Tổ chức.",
    ):
        rows, _, unread = _rows(twin)
        assert rows == frozenset() and unread == {1}, twin


def test_a_reserve_inside_a_figure_after_trong_do_co() -> None:
    """ "..., trong đó có 20 biên chế dự phòng" right after the figure: the reserve inside it.
    Twin: after a cut ("giảm 71 ..., trong đó có 40 biên chế dự phòng") the 40 may be some of
    the posts cut: not read."""
    rows, _, unread = _rows(
        "Năm 2025, giao 1.486 biên chế công chức, trong đó có 20 biên chế dự phòng."
    )
    assert not unread
    assert rows == {
        ("cbcc", 2025, 1486, None, None, None),
        ("du-phong", 2025, 20, None, None, None),
    }
    rows, _, unread = _rows(
        "Năm 2025, giao 1.486 biên chế công chức, giảm 71 biên chế so với năm 2024, trong đó có "
        "40 biên chế dự phòng."
    )
    assert rows == frozenset() and unread == {1}


def test_an_item_kept_in_parentheses_compares_with_its_list() -> None:
    """ "d) Biên chế dự phòng: 30 biên chế (giữ nguyên)." under a list compared with 2024:
    kept against 2024, as "(giảm 2)" is. Twin: under a list comparing with no year, unread."""
    items = (
        "a) Các phòng: 1.200 biên chế (giảm 2);\nb) Biên chế dự phòng: 30 biên chế (giữ nguyên).\n"
    )
    rows, _, unread = _rows(
        "Biên chế công chức năm 2025 là 1.230 biên chế, giảm 2 biên chế so với năm 2024. Trong "
        "đó:\n" + items
    )
    assert not unread
    assert ("du-phong", 2025, None, 0, 2024, None) in rows
    rows, _, unread = _rows(
        "Biên chế công chức năm 2025 là 1.230 biên chế. Trong đó:\n"
        + items.replace(" (giảm 2)", "")
    )
    assert 3 in unread and not any(row[0] == "du-phong" for row in rows)


def test_items_of_a_figure_shared_out_take_its_year() -> None:
    """ "2. Phân bổ cụ thể như sau:" after the one figure stated (of 2026, against 2021): its
    items, naming no year, are that figure's parts of 2026 (they were unread: no year). Twin:
    after a line stating two figures of two years, which one is shared cannot be told."""
    items = (
        "2. Phân bổ cụ thể như sau:\na) Các phòng, ban: 500 biên chế;\n"
        "b) Biên chế dự phòng: 12 biên chế.\n"
    )
    rows, parts, unread = _rows(
        "1. Tổng biên chế của các cơ quan đến năm 2026 là 512 biên chế, giảm 28 biên chế so "
        "với năm 2021 (540 biên chế).\n" + items
    )
    assert not unread
    assert {
        ("phong-ban", 2026, 500, None, None, None),
        ("du-phong", 2026, 12, None, None, None),
    } <= rows
    assert parts["co-quan"] == ("phong-ban", "du-phong")
    rows, _, unread = _rows(
        "1. Năm 2021, các cơ quan có 540 biên chế; năm 2026 có 512 biên chế.\n" + items
    )
    assert unread == {3, 4} and not any(row[0] == "du-phong" for row in rows)


def test_a_total_joining_the_reserve_to_other_posts_is_no_reserve() -> None:
    """A line of the reserve's scope is a reserve ("Biên chế công chức dự phòng"); a total
    naming it beside other posts ("... của các Cục và dự phòng là 2.010") is not, so its rise
    is still checked."""
    roles = _roles(
        "Năm 2024, tổng biên chế công chức của các Cục và dự phòng là 2.010 biên chế.\n"
        "Năm 2024, biên chế công chức dự phòng là 24 biên chế.\n"
    )
    assert sorted(role for role in roles.values() if role) == ["reserve"]
    assert all(role is None for unit, role in roles.items() if "cuc" in unit)


def test_rows_under_a_reserve_group_and_a_reserve_counted_by_number_are_reserves() -> None:
    """Rows under a group row "B. Dự phòng (ngoài A)" and an item "Số dự phòng do Giám đốc
    quyết định: 40 người" are the reserve (role `reserve`: a rise 30 → 34 is no slip); the
    twin's group "Tổng cộng (kể cả dự phòng)" joins the reserve to other posts: no role."""
    table = (
        "| Nội dung | Năm 2025 | Năm 2026 |\n|---|---|---|\n| **A. Các sở, ngành** | | |\n"
        "| Công chức | 900 | 880 |\n| **B. {group}** | | |\n| Công chức | 30 | 34 |\n"
    )
    roles = _roles(table.format(group="Dự phòng (ngoài A)"))
    assert roles == {"cbcc-so-nganh": None, "cbcc-du-phong-ngoai-a": "reserve"}
    text = table.format(group="Dự phòng (ngoài A)")
    assert not [
        f
        for f in check_plan(plan_from_result(extract_plan(text, "doc.txt"), "doc.txt")).findings
        if f.kind == "unexpected-increase"
    ]
    assert "reserve" not in _roles(table.format(group="Tổng cộng (kể cả dự phòng)")).values()
    roles = _roles(
        "Năm 2025, tổng số người làm việc là 2.860 người, gồm:\n+ Các trường: 2.820 người;\n"
        "+ Số dự phòng do Giám đốc quyết định: 40 người.\n"
    )
    assert roles["du-phong"] == "reserve" and roles["truong"] is None


SHARED_OUT_TO_A_BODY = (
    "Điều 1. Giao biên chế công chức năm 2025\n\n1. Giao 1.000 biên chế công chức năm 2025 cho "
    "hệ thống Cục Dự trữ, giảm 50 biên chế so với năm 2024 (1.050 biên chế).\n\n2. Phân bổ cụ "
    "thể như sau:\n\na) Cơ quan Cục Dự trữ ở trung ương: 300 biên chế;\n\nb) Các Cục Dự trữ khu "
    "vực: 680 biên chế;\n\nc) Biên chế dự phòng: 20 biên chế.\n"
)


def test_posts_given_to_a_body_shared_out_below_are_its_category_lines_parts() -> None:
    """ "Giao N biên chế công chức cho hệ thống X ... 2. Phân bổ cụ thể như sau:": the list
    shares out the figure given, which is the body's CBCC line; the body's parts are that line
    alone (once the list was summed beside it: the body read as twice its posts, a false
    alarm). A label ending in "khu vực:" is no region number: its count is read."""
    _, parts, unread = _rows(SHARED_OUT_TO_A_BODY)
    assert not unread
    assert parts["he-thong-cuc-du-tru"] == ("he-thong-cuc-du-tru-cbcc",)
    assert set(parts["he-thong-cuc-du-tru-cbcc"]) == {
        "co-quan-cuc-du-tru",
        "cuc-du-tru-khu-vuc",
        "du-phong",
    }
    plan = plan_from_result(extract_plan(SHARED_OUT_TO_A_BODY, "doc.txt"), "doc.txt")
    assert not check_plan(plan).findings
    slipped = SHARED_OUT_TO_A_BODY.replace("680 biên chế", "690 biên chế")
    plan = plan_from_result(extract_plan(slipped, "doc.txt"), "doc.txt")
    assert [f.kind for f in check_plan(plan).findings] == ["sum-mismatch"]


def test_a_move_saying_both_its_years_is_read_with_its_change() -> None:
    """ "từ 24.650 người ... năm 2021 xuống còn 22.105 người năm 2024, tức giảm 2.545 người"
    was declined (no year for the sentence: only the first year was taken); so was the change
    said before the move ("giảm 5 biên chế, từ 96 (năm 2021) xuống 91 (năm 2024)") and the
    move with no change. Twins: the years backwards, a third year in the sentence, words of
    direction that disagree, or the later year left unsaid: nothing read."""
    rows, _, unread = _rows(
        "Số viên chức giảm từ 24.650 người làm việc hưởng lương ngân sách năm 2021 xuống còn "
        "22.105 người năm 2024, tức giảm 2.545 người (10,32%)."
    )
    assert not unread
    assert {("vc", 2021, 24650, None, None, None), ("vc", 2024, 22105, None, None, None)} <= rows
    assert ("vc", 2024, None, 2545, 2021, "10,32%") in rows
    rows, _, unread = _rows(
        "Các hội có tính chất đặc thù cũng giảm 5 biên chế, từ 96 (năm 2021) xuống 91 (năm "
        "2024), tỷ lệ 5,21%."
    )
    hoi = {row[1:] for row in rows if row[0].startswith("hoi")}
    assert not unread and {(2024, None, 5, 2021, "5,21%"), (2021, 96, None, None, None)} <= hoi
    rows, _, unread = _rows(
        "Biên chế công chức của tỉnh giảm từ 7.370 năm 2021 xuống còn 7.006 năm 2025."
    )
    assert not unread
    assert rows == {("cbcc", 2021, 7370, None, None, None), ("cbcc", 2025, 7006, None, None, None)}
    for declined in (
        "Các hội có tính chất đặc thù giảm 5 biên chế, từ 96 (năm 2024) xuống 91 (năm 2021).",
        "Năm 2023, số viên chức giảm từ 500 người năm 2021 xuống 450 người năm 2024.",
        "Số viên chức tăng từ 500 người năm 2021 xuống 450 người năm 2024, tức tăng 50 người.",
        "Số viên chức giảm từ 500 người năm 2021 xuống còn 450 người, tức giảm 50 người.",
    ):
        rows, _, unread = _rows(declined)
        assert unread == {1} and not rows, declined


def test_a_news_lead_ranking_names_the_unit_after_it() -> None:
    """ "Giảm mạnh nhất là viên chức: từ ... xuống ..." named no unit (the ranking was read as
    its name). Twin: what the ranking names is the unit, a body as a body."""
    rows, _, unread = _rows(
        "Giảm mạnh nhất là viên chức: từ 24.650 người năm 2021 xuống còn 22.105 người năm 2024, "
        "tức giảm 2.545 người (10,32%)."
    )
    assert not unread and ("vc", 2024, None, 2545, 2021, "10,32%") in rows
    rows, _, _ = _rows(
        "Giảm mạnh nhất là Sở Y tế: từ 520 người năm 2021 xuống còn 480 người năm 2024, tức "
        "giảm 40 người."
    )
    assert rows and not any(row[0] == "vc" for row in rows)


def test_items_after_a_sibling_saying_both_years_take_those_years() -> None:
    """ "- Cục Việc làm: từ 124 xuống 118 biên chế, giảm 6 biên chế" under a first item saying
    "từ 318 biên chế năm 2021 xuống 301 biên chế năm 2026" was declined (no year). Twins: a
    line between the items, siblings saying other years, or a first item saying one year
    only: the item naming no year stays unread."""
    lead = "2. Chỉ tiêu của từng khối, cụ thể:\n"
    first = (
        "- Vụ Tổ chức: từ 318 biên chế năm 2021 xuống 301 biên chế năm 2026, giảm 17 biên chế;\n"
    )
    item = "- Cục Việc làm: từ 124 xuống 118 biên chế, giảm 6 biên chế (4,84%);\n"
    rows, _, unread = _rows(lead + first + item)
    assert not unread
    assert ("cuc-viec-lam", 2021, 124, None, None, None) in rows
    assert ("cuc-viec-lam", 2026, None, 6, 2021, "4,84%") in rows
    other = "- Cục Trẻ em: từ 90 biên chế năm 2022 xuống 85 biên chế năm 2026, giảm 5 biên chế;\n"
    one_year = "- Vụ Tổ chức: từ 318 biên chế năm 2021 xuống 301 biên chế, giảm 17 biên chế;\n"
    for text in (
        lead + first + "Ghi chú: số liệu do các đơn vị báo cáo.\n" + item,
        lead + first + other + item,
        lead + one_year + item,
    ):
        rows, _, unread = _rows(text)
        last = text.count("\n")
        assert last in unread and not any(row[0] == "cuc-viec-lam" for row in rows), text


def test_this_figure_in_a_later_year_falls_from_the_figure_pointed_to() -> None:
    """ "Năm 2021 tỉnh được giao 2.218 biên chế công chức. Năm 2024, con số này còn 2.121 suất
    biên chế, tức là giảm 97 suất": the change named no year and the sentence was declined; it
    is the fall from the figure "con số này" points to, against its year. Twins: a sentence
    before stating no figure (a change only), or pointing back to a later year: declined."""
    rows, _, unread = _rows(
        "Năm 2021 tỉnh được giao 2.218 biên chế công chức. Năm 2024, con số này còn 2.121 suất "
        "biên chế, tức là giảm 97 suất, đạt tỷ lệ 4,37%."
    )
    assert not unread
    assert ("cbcc", 2024, 2121, None, None, None) in rows
    assert ("cbcc", 2024, None, 97, 2021, "4,37%") in rows
    for declined in (
        "Năm 2021 tỉnh giảm 20 biên chế công chức so với năm 2020. Năm 2024, con số này còn "
        "2.121 biên chế, tức là giảm 97 biên chế.",
        "Năm 2024 tỉnh được giao 2.218 biên chế công chức. Năm 2021, con số này là 2.300 biên "
        "chế, tức là giảm 82 biên chế.",
    ):
        rows, _, unread = _rows(declined)
        assert unread and not any(row[3] in (97, 82) for row in rows), declined


def test_an_interview_speakers_name_before_the_colon_is_no_unit() -> None:
    """ "Bà Lương Thị Huyền: Năm 2021 tỉnh được giao 2.218 biên chế công chức." named no unit
    (the speaker's name was taken for one), nor did "Chúng tôi phấn đấu đến năm 2026 còn ...".
    Twin: a body's name before the colon is its unit, never the province's category."""
    rows, _, unread = _rows(
        "Bà Lương Thị Huyền: Năm 2021 tỉnh được giao 2.218 biên chế công chức.\n"
        "Ông Trần Văn Bình: Chúng tôi phấn đấu đến năm 2026 còn 2.105 biên chế công chức.\n"
    )
    assert not unread
    assert {("cbcc", 2021, 2218, None, None, None), ("cbcc", 2026, 2105, None, None, None)} <= rows
    rows, _, _ = _rows("Sở Nội vụ: Năm 2021 được giao 52 biên chế công chức.")
    assert not any(row[0] == "cbcc" for row in rows)


def test_news_comparisons_with_an_earlier_years_level() -> None:
    """ "giảm 1.786 người (7,05%) so với mức 25.326 người của năm 2021" and "chỉ còn 11.420,
    trong khi năm 2021 là 12.610; mức giảm 1.190 người" were declined (no base year read).
    Twin: "trong khi năm 2025 là ..." set beside a figure of 2024 compares with a later year:
    declined, never a fall from 2025."""
    rows, _, unread = _rows(
        "Số người làm việc năm 2024 còn 23.540 người, giảm 1.786 người (7,05%) so với mức "
        "25.326 người của năm 2021."
    )
    assert not unread and ("vc", 2024, None, 1786, 2021, "7,05%") in rows
    assert ("vc", 2021, 25326, None, None, None) in rows
    rows, _, unread = _rows(
        "Số người làm việc năm 2024 chỉ còn 11.420, trong khi năm 2021 là 12.610; mức giảm "
        "1.190 người, tương đương 9,44%."
    )
    assert not unread and ("vc", 2024, None, 1190, 2021, "9,44%") in rows
    rows, _, unread = _rows(
        "Số người làm việc năm 2024 chỉ còn 11.420, trong khi năm 2025 là 11.300; mức giảm "
        "120 người."
    )
    assert unread and not any(row[3] == 120 for row in rows)


def test_a_total_named_by_two_categories_keeps_its_change() -> None:
    """ "toàn tỉnh còn 25.510 biên chế và người làm việc, giảm 2.741 so với năm 2021 (28.251)"
    gave the change and the base figure to VC (the second category read as a new subject): a
    misread; "ít hơn 2.741 so với năm 2021" was not read at all. Twin: "ít hơn" with no year
    compared with stays unread."""
    for said in ("giảm 2.741", "ít hơn 2.741"):
        rows, _, unread = _rows(
            f"Tính chung, năm 2024 toàn tỉnh còn 25.510 biên chế và người làm việc, {said} so "
            "với năm 2021 (28.251)."
        )
        assert not unread and not any(row[0] == "vc" for row in rows), said
        assert any(row[1:] == (2024, None, 2741, 2021, None) for row in rows), said
    rows, _, unread = _rows(
        "Năm 2024 toàn tỉnh còn 25.510 biên chế và người làm việc, ít hơn 2.741 người."
    )
    assert unread and not any(row[3] == 2741 for row in rows)


SUM_INSIDE_THE_TABLE = """Số lượng người làm việc năm 2025

| STT | Đơn vị | Năm 2024 | Năm 2025 |
|---|---|---|---|
| 1 | Bệnh viện A | 600 | 590 |
| 2 | Bệnh viện B | 400 | 390 |
| | Cộng các đơn vị | 1.000 | 980 |
| | Dự phòng tại Sở | 20 | 26 |
| | Tổng cộng | 1.020 | 1.006 |
"""


def test_a_sum_row_inside_a_table_is_not_read_as_the_total() -> None:
    """ "Cộng các đơn vị" with a body below it and "Tổng cộng" last: two sums of different
    rows (once one unit of two values: a false alarm), and the row between is no reserve
    (`test_a_sum_of_the_bodies_then_the_reserve_then_the_total` reads that form): the inner
    sum is declined; the rows and the last total are read. A table with its total first and
    no other sum row is read whole."""
    body = SUM_INSIDE_THE_TABLE.replace("| | Dự phòng tại Sở |", "| | Bệnh viện C |")
    rows, parts, unread = _rows(body)
    assert unread == {7}
    assert ("tong", 2025, 1006, None, None, None) in rows
    assert not any(value in (980, 1000) for _, _, value, *_ in rows)
    assert not parts.get("tong")
    rows, parts, unread = _rows(SUM_INSIDE_THE_TABLE.replace("Cộng các đơn vị", "Cộng"))
    assert unread == {7}
    assert ("tong", 2025, 1006, None, None, None) in rows
    assert not any(value in (980, 1000) for _, _, value, *_ in rows)
    assert not parts.get("tong")
    # one total row under its rows, a reserve row after it: no part of it (it would not add up)
    after = SUM_INSIDE_THE_TABLE.replace("| | Cộng các đơn vị | 1.000 | 980 |\n", "")
    after = after.replace("| | Tổng cộng | 1.020 | 1.006 |\n", "").replace(
        "| | Dự phòng tại Sở", "| | Tổng cộng | 1.000 | 980 |\n| | Dự phòng tại Sở"
    )
    rows, parts, unread = _rows(after)
    assert not unread
    assert set(parts["tong"]) == {"benh-vien-a", "benh-vien-b"}
    assert ("du-phong", 2025, 26, None, None, None) in rows
    leading = SUM_INSIDE_THE_TABLE.replace("| | Dự phòng tại Sở | 20 | 26 |\n", "")
    leading = leading.replace("| | Tổng cộng | 1.020 | 1.006 |\n", "")
    rows, parts, unread = _rows(leading)
    assert not unread
    assert set(parts["tong"]) == {"benh-vien-a", "benh-vien-b"}


def test_a_subset_opens_no_list_and_a_difference_said_year_first_is_a_change() -> None:
    """ "…, trong đó có 1.362 giáo viên; các đơn vị khác … 86 người": the teachers are some of
    the schools' people, and the units after them are no parts of the schools (once they
    were: a false alarm); "ít hơn năm 2021 là 12 người" is a fall of 12 against 2021 (once a
    unit named "ít hơn" of 12 people in 2021)."""
    rows, parts, unread = _rows(
        "Năm 2025, các trường mầm non, tiểu học trực thuộc được giao 1.528 người, trong đó có "
        "1.362 giáo viên; các đơn vị sự nghiệp khác được giao 86 người.\nSố cán bộ, công chức "
        "của 13 phường, xã năm 2025 là 306 người, ít hơn năm 2021 là 12 người."
    )
    assert not unread
    assert not any(parts.values())
    assert {value for _, _, value, *_ in rows if value} == {1528, 1362, 86, 306}
    assert {(year, reduction, base) for _, year, _, reduction, base, _ in rows if reduction} == {
        (2025, 12, 2021)
    }


def test_some_of_a_whole_unnamed_is_not_the_whole() -> None:
    """ "Trong tổng số biên chế viên chức có 20 biên chế.": some of the whole, not said what
    they are, is never the whole's figure (it was VC's 2025 figure of 20 beside 1.000: a false
    alarm); the line is reported unread."""
    rows, _, unread = _rows(
        "Năm 2025, tổng biên chế viên chức là 1.000 biên chế.\nTrong tổng số biên chế viên chức "
        "có 20 biên chế."
    )
    assert rows == {("vc", 2025, 1000, None, None, None)}
    assert unread == {2}


def test_posts_beside_people_name_both_categories() -> None:
    """ "Giao biên chế và số lượng người làm việc năm 2025": bare posts beside the people of
    the public-service units are the civil servants', so the lead types nothing (it once
    typed the CBCC reserve below it as VC, a misread of blind X2). Twin: the people alone are
    the VC's, and a bare block under them is of it."""
    both = extract_plan(
        "Điều 1. Giao biên chế và số lượng người làm việc năm 2025 như sau:\n1. Biên chế công "
        "chức: 3.100 biên chế, gồm:\na) Các cơ quan hành chính cấp thành phố: 3.080 biên chế;\n"
        "b) Biên chế dự phòng: 20 biên chế.",
        "doc.txt",
    )
    reserve = next(u for u in both.data["units"] if u["id"] == "du-phong")
    assert reserve.get("category") != "VC"
    assert reserve["role"] == "reserve"
    assert category_mentioned("Giao biên chế và số lượng người làm việc năm 2025") is None
    assert category_mentioned("Giao biên chế, số lượng người làm việc năm 2025") is None
    assert category_mentioned("Giao số lượng người làm việc năm 2025") is Kind.VC


# Session 10, eng-lists: leads of lists left unread, so their whole list went with them.

SYSTEM_LEAD = (
    "QUYẾT ĐỊNH\n\nĐiều 1. {lead} đến năm 2026 là 2.000 biên chế, giảm 100 biên chế so với năm "
    "2021 (2.100 biên chế), gồm:\n1. Biên chế công chức: 600 biên chế, gồm:\na) Cấp tỉnh: 380 "
    "biên chế;\nb) Biên chế dự phòng: 20 biên chế;\nc) Cấp huyện: 200 biên chế.\n2. Số lượng "
    "người làm việc: 1.400 người.\n"
)


def test_the_posts_of_the_political_system_named_without_total_are_the_total() -> None:
    """ "Biên chế của hệ thống chính trị tỉnh A đến năm 2026 là 2.000 biên chế, ..., gồm:":
    the whole system's posts, as "Tổng biên chế của hệ thống chính trị" is (no unit was named,
    and the twelve lines under it went unread). The khoản's own a)-c), the reserve among them,
    are that khoản's parts, never the Điều's. A level's system ("... cấp huyện") is no
    document's total."""
    rows, parts, unread = _rows(SYSTEM_LEAD.format(lead="Biên chế của hệ thống chính trị tỉnh A"))
    assert not unread
    assert ("tong", 2026, 2000, None, None, None) in rows
    assert ("tong", 2021, 2100, None, None, None) in rows
    assert ("tong", 2026, None, 100, 2021, None) in rows
    assert set(parts["tong"]) == {"cbcc", "vc"}
    assert len(parts["cbcc"]) == 3 and "du-phong" in parts["cbcc"]
    rows, _, _ = _rows(SYSTEM_LEAD.format(lead="Biên chế của hệ thống chính trị cấp huyện"))
    assert not any(unit == "tong" for unit, *_ in rows)


LIST_AGREED = (
    "THÔNG BÁO KẾT LUẬN\n\n1. {verb} giao 642 biên chế cho {whom} năm 2025 (giảm 12 biên chế so "
    "với năm 2024), gồm:\n- Cấp tỉnh: 231 biên chế;\n- Cấp huyện: 411 biên chế.\n"
)


def test_posts_agreed_for_bodies_with_their_year_after_them_open_their_list() -> None:
    """ "1. Đồng ý giao 642 biên chế cho các cơ quan đảng ... năm 2025 (giảm 12 ...), gồm:": a
    conclusion agreeing names no unit (the words "Đồng ý" were read as one), and the year right
    after the bodies is their posts' year. To one body ("cho Sở Y tế"), whose posts may be of a
    category left unsaid: unread, as "Giao ... cho Sở Y tế" is."""
    for verb in ("Đồng ý", "Nhất trí", "Thống nhất"):
        rows, parts, unread = _rows(LIST_AGREED.format(verb=verb, whom="các cơ quan đảng của tỉnh"))
        assert not unread, verb
        assert ("dang", 2025, 642, None, None, None) in rows
        assert ("dang", 2025, None, 12, 2024, None) in rows
        assert set(parts["dang"]) == {"cap-tinh", "cap-huyen"}
    _, _, unread = _rows(LIST_AGREED.format(verb="Đồng ý", whom="Sở Y tế"))
    assert 3 in unread


SCHOOLS_LEAD = (
    "KẾ HOẠCH\n\nNăm 2021, các trường công lập thuộc huyện {verb} 1.410 {noun}, gồm:\n- Mầm non: "
    "412 người;\n- Tiểu học: 560 người;\n- Trung học cơ sở: 438 người.\n{after}"
)


def test_posts_given_with_their_category_as_the_counts_noun_open_their_list() -> None:
    """ "Năm 2021, các trường ... được giao 1.410 viên chức, gồm:" says "1.410 biên chế viên
    chức": the bodies' VC line, the items below its parts (the count was taken for a part of a
    figure before it, and the lead and its list's whole were unread). Staff the bodies "có"
    (in post, or posts?) and a second category after the count stay unread."""
    rows, parts, unread = _rows(SCHOOLS_LEAD.format(verb="được giao", noun="viên chức", after=""))
    assert not unread
    assert ("truong-cong-lap-thuoc-huyen-vc", 2021, 1410, None, None, None) in rows
    assert set(parts["truong-cong-lap-thuoc-huyen-vc"]) == {
        "mam-non",
        "tieu-hoc",
        "trung-hoc-co-so",
    }
    for verb, noun in (("có", "viên chức"), ("được giao", "viên chức và 20 công chức")):
        rows, _, unread = _rows(SCHOOLS_LEAD.format(verb=verb, noun=noun, after=""))
        assert 3 in unread, (verb, noun)
        assert not any(value == 1410 for _, _, value, *_ in rows)


def test_the_total_above_a_list_just_closed_is_the_lists_whole() -> None:
    """ "Trong tổng số trên có 1.182 giáo viên." in the paragraph right after a list: some of
    the list's whole (the total above), never of its last item; it was unread. Where an item
    could hold them (500 teachers, the primary schools' 560 people), "Trong số trên" (the
    figure above: the item's or the whole's?) and after a list inside another's item: unread."""
    after = "Trong tổng số trên có 1.182 giáo viên.\n"
    rows, _, unread = _rows(SCHOOLS_LEAD.format(verb="được giao", noun="viên chức", after=after))
    assert not unread
    assert ("truong-cong-lap-thuoc-huyen-vc-giao-vien", 2021, 1182, None, None, None) in rows
    text = SCHOOLS_LEAD.format(
        verb="được giao", noun="viên chức", after="Trong số trên có 1.182 giáo viên.\n"
    )
    _, _, unread = _rows(text)
    assert unread == {7}
    text = SCHOOLS_LEAD.format(
        verb="được giao", noun="viên chức", after="Trong tổng số trên có 500 giáo viên.\n"
    )
    _, _, unread = _rows(text)
    assert unread == {7}
    nested = (
        "KẾ HOẠCH\n\nNăm 2021, tổng biên chế của huyện là 2.000 biên chế, gồm:\n1. Số lượng người "
        "làm việc: 1.400 người.\n2. Biên chế công chức: 600 biên chế, gồm:\na) Cấp huyện: 400 "
        "biên chế;\nb) Cấp xã: 200 biên chế.\nTrong tổng số trên có 150 công chức nữ.\n"
    )
    _, _, unread = _rows(nested)
    assert 8 in unread


def test_a_base_recalled_after_a_lines_own_change_is_the_lines() -> None:
    """ "các trường được giao 327 người làm việc, giảm 18 người so với năm 2021 (345
    người)": the 2021 figure is the VC line's, as its change is (it was filed under the
    bodies as a whole: a figure of the wrong unit). With two lines given, whose change it is
    is not said: nothing moves to a line."""
    for text in (
        "Năm 2024, các trường được giao 327 người làm việc, giảm 18 người so với năm 2021 "
        "(345 người).",
        "Năm 2024, các trường được giao 327 người làm việc (năm 2021 là 345 người), giảm 18 người "
        "so với năm 2021.",
    ):
        rows, _, unread = _rows("KẾ HOẠCH\n\n" + text + "\n")
        assert not unread
        assert ("truong-vc", 2021, 345, None, None, None) in rows
        assert ("truong-vc", 2024, None, 18, 2021, None) in rows
        assert not any(unit == "truong" and value for unit, _, value, *_ in rows)
    rows, _, _ = _rows(
        "KẾ HOẠCH\n\nNăm 2024, các trường được giao 327 người làm việc và 20 biên chế công chức, "
        "giảm 18 người so với năm 2021 (345 người).\n"
    )
    assert not any(unit == "truong-vc" and year == 2021 for unit, year, *_ in rows)


def test_posts_given_to_communes_say_their_level_or_stay_unread() -> None:
    """ "Năm 2024, 15 xã, thị trấn của huyện được giao 327 cán bộ, công chức cấp xã, giảm 18
    người so với năm 2021 (345 người).": the communes' CBCC-XA line, its base the line's too.
    Without "cấp xã" their "cán bộ, công chức" may be the commune level's or counted as the
    province's: unread, as "Riêng 9 xã ... được giao 214 cán bộ, công chức" (some of a whole,
    or more?) is."""
    rows, _, unread = _rows(
        "KẾ HOẠCH\n\nNăm 2024, 15 xã, thị trấn của huyện được giao 327 cán bộ, công chức cấp xã, "
        "giảm 18 người so với năm 2021 (345 người).\n"
    )
    assert not unread
    line = "15-xa-thi-tran-huyen-cbcc-xa"
    assert rows == {
        (line, 2024, 327, None, None, None),
        (line, 2021, 345, None, None, None),
        (line, 2024, None, 18, 2021, None),
    }
    for text in (
        "Năm 2024, các xã được giao 327 công chức.",
        "Năm 2025, riêng 9 xã, phường hình thành sau sắp xếp được giao 214 cán bộ, công chức.",
    ):
        rows, _, unread = _rows("KẾ HOẠCH\n\n" + text + "\n")
        assert unread == {3}, text
        assert not rows


def test_a_reserve_kept_back_may_name_its_category_as_the_counts_noun() -> None:
    """ "2. Giữ lại 40 người làm việc dự phòng tại Sở Giáo dục và Đào tạo ...": the VC reserve,
    as "Giữ lại 40 biên chế viên chức dự phòng" is. A count naming no category ("40 người dự
    phòng") stays unread."""
    rows, _, unread = _rows(
        "QUYẾT ĐỊNH GIAO SỐ LƯỢNG NGƯỜI LÀM VIỆC NĂM 2024\n\n2. Giữ lại 40 người làm việc dự phòng "
        "tại Sở Giáo dục và Đào tạo để điều chỉnh khi quy mô lớp học tăng.\n"
    )
    assert not unread
    assert rows == {("du-phong", 2024, 40, None, None, None)}
    rows, _, unread = _rows(
        "QUYẾT ĐỊNH GIAO SỐ LƯỢNG NGƯỜI LÀM VIỆC NĂM 2024\n\n2. Giữ lại 40 người dự phòng tại Sở "
        "Giáo dục và Đào tạo.\n"
    )
    assert unread == {3}


# Session 10, eng-bodies3: named bodies and groups.

ITEM_YEARS = (
    "I. BIÊN CHẾ CÔNG CHỨC\nNăm 2021, Sở được giao 120 biên chế công chức, trong đó:\n"
    "- Văn phòng Sở: 60 biên chế, đến năm 2026 còn 57 biên chế;\n"
    "- Chi cục Thủy lợi: 40 biên chế, đến năm 2026 còn 38 biên chế;\n"
    "- Chi cục Thủy sản: 20 biên chế{last}.\n"
)


def test_a_later_year_an_item_names_is_its_own() -> None:
    """Under a lead of 2021, an item "Văn phòng Sở: 60 biên chế, đến năm 2026 còn 57" reads its
    first figure for the lead's year: its own "năm 2026" moves no sibling's first figure to
    2026 (once both figures of the next item were of 2026, and it was left unread)."""
    rows, _, unread = _rows(ITEM_YEARS.format(last=", đến năm 2026 còn 19 biên chế"))
    assert not unread
    values = {(year, value) for _, year, value, *_ in rows if value}
    assert values >= {(2021, 60), (2026, 57), (2021, 40), (2026, 38), (2021, 20), (2026, 19)}


def test_a_later_year_of_an_item_that_read_none_of_the_leads_year_still_carries() -> None:
    """The twin: an item naming its year before its only figure ("đến năm 2026 còn 57") read
    nothing for the lead's year, so nothing says its siblings' figures are the lead's: the
    later year carries on as before (never moved back to 2021 by this rule)."""
    text = ITEM_YEARS.format(last="").replace(
        "Văn phòng Sở: 60 biên chế, đến năm 2026 còn 57", "Văn phòng Sở đến năm 2026 còn 57"
    )
    rows, _, _ = _rows(text)
    assert (2021, 20) not in {(year, value) for _, year, value, *_ in rows if value}


GROUPS_BY_CLASS = (
    "Điều 1. Số lượng cán bộ, công chức cấp xã năm 2024\n"
    "Năm 2024, tổng số cán bộ, công chức của 30 xã, thị trấn trên địa bàn huyện là 622 người, "
    "gồm:\n"
    "a) 14 đơn vị loại I, mỗi đơn vị 22 người: {first} người;\n"
    "b) 13 đơn vị loại II, mỗi đơn vị 20 người: 260 người;\n"
    "c) 3 đơn vị loại III, mỗi đơn vị 18 người: 54 người.\n"
)


def test_bodies_counted_with_an_amount_each_then_their_sum_after_a_colon() -> None:
    """ "14 đơn vị loại I, mỗi đơn vị 22 người: 308 người": the count and the amount for each
    come first, the group's sum after the colon. The group is one unit of the sum (a part of
    the lead's 622); the amount for each is no unit's figure."""
    rows, parts, unread = _rows(GROUPS_BY_CLASS.format(first="308"))
    assert not unread
    values = {value for _, _, value, *_ in rows if value}
    assert values == {622, 308, 260, 54}
    assert any(len(p) == 3 for p in parts.values())


def test_bodies_counted_whose_sum_is_not_count_times_each_are_not_read() -> None:
    """The twin: 14 × 22 = 308, not the 300 written: the line is reported unread and none of
    its figures is used (neither 300 nor 22)."""
    rows, _, unread = _rows(GROUPS_BY_CLASS.format(first="300"))
    assert 3 in unread
    assert not {value for _, _, value, *_ in rows} & {300, 22}


LABELLED_BODIES = (
    "Năm 2026, biên chế công chức của Tổng cục là 188 biên chế, phân theo khu vực như sau:\n"
    "+ Khu vực phía Bắc: {bodies}, mỗi Chi cục 46 biên chế, cộng 92 biên chế;\n"
    "+ Khu vực phía Nam: Chi cục Kiểm lâm vùng III: 96 biên chế.\n"
)


def test_a_label_over_bodies_named_with_an_amount_each_and_their_sum() -> None:
    """ "Khu vực phía Bắc: Chi cục A và Chi cục B, mỗi Chi cục 46 biên chế, cộng 92 biên chế":
    the label is one unit of the sum, its bodies named (two of them: 2 × 46 = 92); the amount
    for each is no unit's (once a unit of 46 beside the label's 92: a misread and a false
    alarm on the sum above)."""
    bodies = "Chi cục Kiểm lâm vùng I và Chi cục Kiểm lâm vùng II"
    rows, parts, unread = _rows(LABELLED_BODIES.format(bodies=bodies))
    assert not unread
    assert {value for _, _, value, *_ in rows if value} == {188, 92, 96}
    assert any(len(p) == 2 for p in parts.values())


def test_a_label_over_bodies_neither_named_nor_counted_is_not_read() -> None:
    """The twin: "Khu vực phía Bắc: các Chi cục vùng, mỗi Chi cục 46 biên chế, cộng 92": how
    many bodies share the amount is not said, so the sum cannot be checked: the line is
    reported unread, and 46 is never a unit's figure."""
    rows, _, unread = _rows(LABELLED_BODIES.format(bodies="các Chi cục Kiểm lâm vùng"))
    assert 2 in unread
    assert not {value for _, _, value, *_ in rows} & {46, 92}


COUNTED_EACH = (
    "Sở Nội vụ phân bổ biên chế cán bộ, công chức cấp xã năm 2025 cho các xã, phường mới.\n\n"
    "Theo đó, 70 xã được bố trí mỗi xã 30 biên chế, cộng 2.100 biên chế; 23 phường được bố "
    "trí mỗi phường {each} biên chế, cộng 874 biên chế.\n"
)


def test_bodies_counted_in_clauses_each_with_an_amount_and_a_sum() -> None:
    """ "70 xã được bố trí mỗi xã 30 biên chế, cộng 2.100 biên chế; 23 phường ...": each
    clause is one group of its sum (70 × 30 = 2.100; 23 × 38 = 874); the amounts for each
    are no unit's figures."""
    rows, _, unread = _rows(COUNTED_EACH.format(each="38"))
    assert not unread
    assert {(year, value) for _, year, value, *_ in rows if value} == {(2025, 2100), (2025, 874)}


def test_bodies_counted_in_clauses_whose_sum_is_off_leave_the_sentence_unread() -> None:
    """The twin: 23 × 36 = 828, not 874: the whole sentence is reported unread, none of its
    figures used (not even the first clause, which adds up)."""
    rows, _, unread = _rows(COUNTED_EACH.format(each="36"))
    assert unread == {3}
    assert not rows


BY_SIZE = (
    "Sở Nội vụ đề nghị giao cán bộ, công chức cấp xã năm 2026 như sau:\n"
    "a) Các phường: 120 người (3 phường, bình quân {each} người/phường);\n"
    "b) {middle}: 899 người.\n"
)


def test_a_group_with_its_bodies_counted_and_an_average_in_parentheses() -> None:
    """ "Các phường: 120 người (3 phường, bình quân 40 người/phường)": the group is one unit of
    120 (3 × 40); the average is no unit's figure. "29 xã quy mô trung bình" names communes
    of middle size: no average, the line is read."""
    rows, _, unread = _rows(BY_SIZE.format(each="40", middle="29 xã quy mô trung bình"))
    assert not unread
    assert {(year, value) for _, year, value, *_ in rows if value} == {(2026, 120), (2026, 899)}


def test_an_average_that_does_not_multiply_out_and_an_average_per_body_are_not_read() -> None:
    """The twins: 3 × 41 is not 120 (a rounded average, or a slip): the line is unread, none
    of its figures used; "Biên chế trung bình của 29 xã" is an average, no unit's figure."""
    rows, _, unread = _rows(BY_SIZE.format(each="41", middle="Biên chế trung bình của 29 xã"))
    assert unread == {2, 3}
    assert not rows


COUNTED_BEFORE = (
    "Biên chế công chức năm 2025 là 1.840 biên chế. Chia theo cấp:\n"
    "1. Cấp tỉnh: {counted}, 1.068 biên chế công chức;\n"
    "2. Cấp huyện: 10 huyện, thành phố, 176 vị trí việc làm, 772 biên chế công chức.\n"
)


def test_bodies_and_positions_counted_before_a_levels_figure_are_no_figures() -> None:
    """ "Cấp tỉnh: 19 cơ quan chuyên môn và tổ chức hành chính, 236 vị trí việc làm, 1.068 biên
    chế công chức": the bodies and positions counted are no figures; the level has 1.068."""
    counted = "19 cơ quan chuyên môn và tổ chức hành chính, 236 vị trí việc làm"
    rows, _, unread = _rows(COUNTED_BEFORE.format(counted=counted))
    assert not unread
    assert {value for _, _, value, *_ in rows if value} == {1840, 1068, 772}


def test_people_counted_before_a_levels_figure_leave_it_unread() -> None:
    """The twin: "19 người nghỉ hưu" counts people, not bodies (and the piece could be a
    figure of its own): the item is not read as the level's 1.068."""
    rows, _, unread = _rows(COUNTED_BEFORE.format(counted="19 người nghỉ hưu"))
    assert 2 in unread
    assert 1068 not in {value for _, _, value, *_ in rows}


PARKS_COUNTED = (
    "Số lượng người làm việc hưởng lương từ ngân sách nhà nước tại 6 {bodies} trực thuộc Tổng "
    "cục năm 2021 là 1.250 người; đến năm 2026 còn 1.120 người, giảm 130 người.\n"
)


def test_public_bodies_counted_in_a_subject_are_no_figure() -> None:
    """ "tại 6 Vườn quốc gia trực thuộc Tổng cục": national parks counted, as offices and
    communes are; the sentence reads 1.250 and 1.120 (once the 6 was a figure no rule took,
    and the whole sentence was left unread)."""
    rows, _, unread = _rows(PARKS_COUNTED.format(bodies="Vườn quốc gia"))
    assert not unread
    assert {(year, value) for _, year, value, *_ in rows if value} == {(2021, 1250), (2026, 1120)}


def test_things_the_lexicon_knows_no_body_by_counted_in_a_subject_stay_unread() -> None:
    """The twin: "tại 6 trạm bảo vệ rừng" counts what the lexicon knows as no body: the 6
    may be a figure, and the sentence stays unread."""
    rows, _, unread = _rows(PARKS_COUNTED.format(bodies="trạm bảo vệ rừng"))
    assert unread == {1}
    assert not rows


TRANSFERRED = (
    "I. NĂM 2024\n1. Sở Tài chính được giao 64 biên chế công chức; Sở Xây dựng được giao 131 "
    "biên chế công chức.\n\nII. PHƯƠNG ÁN NĂM 2025\n"
    "{moved}. Sau điều chuyển:\n"
    "a) Sở Tài chính còn lại 59 biên chế công chức, giảm 5 biên chế so với năm 2024;\n"
    "b) Sở Xây dựng được bổ sung lên 136 biên chế công chức, tăng 5 biên chế so với năm 2024.\n"
)


def test_a_transfer_between_bodies_and_their_posts_after_it() -> None:
    """ "Điều chuyển 5 biên chế công chức từ Sở A sang Sở B": posts moved, no body's figure
    (outside); "Sở A còn lại 59 ...", "Sở B được bổ sung lên 136 ..." are each body's posts
    after it, with the change each states (once no unit, the lines unread)."""
    moved = "Điều chuyển 5 biên chế công chức từ Sở Tài chính sang Sở Xây dựng"
    rows, _, unread = _rows(TRANSFERRED.format(moved=moved))
    assert not unread
    assert {(year, value) for _, year, value, *_ in rows if value} == {
        (2024, 64),
        (2024, 131),
        (2025, 59),
        (2025, 136),
    }
    changes = {(year, reduction, base) for _, year, _, reduction, base, _ in rows if reduction}
    assert changes == {(2025, 5, 2024), (2025, -5, 2024)}


def test_a_transfer_naming_no_body_it_leaves_is_not_set_aside() -> None:
    """The twin: "Điều chuyển 5 biên chế công chức sang Sở Xây dựng" names no body the posts
    leave: it may be posts added, and is reported unread, never set aside."""
    moved = "Điều chuyển 5 biên chế công chức sang Sở Xây dựng"
    _, _, unread = _rows(TRANSFERRED.format(moved=moved))
    assert 5 in unread


def test_what_is_left_after_a_comma_is_no_bodys_posts_after_a_change() -> None:
    """The twin of "Sở A còn lại 59 biên chế": after a comma, "còn lại 59 biên chế công chức"
    may be the rest of a list or of a figure just given; it is never read as the body's posts
    (the sentence stays unread)."""
    rows, _, unread = _rows(
        "Năm 2025, Sở Tài chính được giao 64 biên chế công chức, còn lại 59 biên chế công chức."
    )
    assert unread == {1}
    assert not rows


# --- Session 10: eng-yearitems2 --------------------------------------------------------------


def test_a_heading_naming_every_hoi_gives_its_year_lines_to_the_hoi() -> None:
    """ "2. Đối với biên chế hội có tính chất đặc thù" or "2. Hội có tính chất đặc thù" over
    "Năm 2026 giao 96 chỉ tiêu, không thay đổi so với năm 2021.": the hội's own posts (the
    first was not known as the hội's heading, the second was taken for one body's name). A
    heading naming one hội by its name gives nothing: its line stays unread."""
    for heading in ("Đối với biên chế hội có tính chất đặc thù", "Hội có tính chất đặc thù"):
        rows, _, unread = _rows(
            "III. LỘ TRÌNH GIẢM BIÊN CHẾ\n1. Biên chế các hội có tính chất đặc thù năm 2021: 96 "
            f"chỉ tiêu.\n2. {heading}\nNăm 2026 giao 96 chỉ tiêu, không thay đổi so với năm 2021."
        )
        assert not unread, heading
        assert rows == {
            ("hoi", 2021, 96, None, None, None),
            ("hoi", 2026, 96, None, None, None),
            ("hoi", 2026, None, 0, 2021, None),
        }, heading
    rows, _, unread = _rows(
        "III. LỘ TRÌNH\n1. Khối chính quyền\nNăm 2026 còn 1.942 biên chế công chức.\n2. Hội Chữ "
        "thập đỏ tỉnh\nNăm 2026 là 21 biên chế, giảm 1 biên chế so với năm 2021."
    )
    assert unread == {5}
    assert not any(value == 21 for _, _, value, *_ in rows)


YEARLY_CATEGORY_LEAD = """II. LỘ TRÌNH GIẢM
Năm 2024, toàn ngành có 14.700 người làm việc.
Số người làm việc toàn ngành giảm dần qua các năm:
- Năm 2025: 14.525 người, giảm 175 người so với năm 2024;
- Năm 2026: 14.350 người, giảm 175 người so với năm 2025, trong đó có 12.960 giáo viên.
"""


def test_a_lead_naming_one_category_year_by_year_gives_its_items_that_category() -> None:
    """ "Số người làm việc toàn ngành giảm dần qua các năm:" over items naming only a year:
    the category's own line, each item its figure and change of that year, the teachers a
    subset (the items were unread: the lead named no body and stated no figure). A lead
    narrowing the category (a sector, a level) says nothing of whose the items are: they stay
    unread."""
    rows, _, unread = _rows(YEARLY_CATEGORY_LEAD)
    assert not unread
    assert rows == {
        ("vc", 2024, 14700, None, None, None),
        ("vc", 2025, 14525, None, None, None),
        ("vc", 2025, None, 175, 2024, None),
        ("vc", 2026, 14350, None, None, None),
        ("vc", 2026, None, 175, 2025, None),
        ("vc-giao-vien", 2026, 12960, None, None, None),
    }
    assert _subsets(YEARLY_CATEGORY_LEAD) == {"vc-giao-vien": "vc"}
    for narrowed in (
        "Số người làm việc của các trường mầm non giảm dần qua các năm:",
        "Biên chế công chức cấp huyện giảm dần qua các năm:",
    ):
        rows, _, unread = _rows(
            YEARLY_CATEGORY_LEAD.replace(
                "Số người làm việc toàn ngành giảm dần qua các năm:", narrowed
            )
        )
        assert {4, 5} <= unread, narrowed
        assert not any(value in (14525, 14350) for _, _, value, *_ in rows), narrowed


PAID_FROM_THE_BUDGET = (
    "II. CHỈ TIÊU CHUNG\n"
    "Đến năm 2026, số người làm việc hưởng lương từ ngân sách nhà nước của Trường Đại học A "
    "còn 2.826 người, giảm 318 người so với năm 2021 (3.144 người).\n"
    "III. LỘ TRÌNH\n"
    "1. Năm 2022\n"
    "- Số người hưởng lương từ ngân sách: 3.090 người, giảm 54 người so với năm 2021;\n"
    "- trong đó có 1.912 giảng viên.\n"
)


def test_people_paid_from_the_budget_name_again_the_one_unit_so_named() -> None:
    """ "- Số người hưởng lương từ ngân sách: 3.090 người, ..." under "1. Năm 2022", in a text
    that has stated one unit, its viên chức "hưởng lương từ ngân sách nhà nước": that unit
    again, the teachers on the next item its subset (both were unread). The words name no
    category of their own: after a text that stated công chức too, or named its unit without
    the pay source, the item stays unread."""
    rows, _, unread = _rows(PAID_FROM_THE_BUDGET)
    assert not unread
    unit = "vc-truong-dai-hoc-a"
    assert {
        (unit, 2022, 3090, None, None, None),
        (unit, 2022, None, 54, 2021, None),
        (f"{unit}-giang-vien", 2022, 1912, None, None, None),
    } <= rows
    assert _subsets(PAID_FROM_THE_BUDGET) == {f"{unit}-giang-vien": unit}
    for before in (
        "Đến năm 2026, biên chế công chức của tỉnh còn 1.900 biên chế; số người làm việc hưởng "
        "lương từ ngân sách nhà nước còn 2.826 người.",
        "Đến năm 2026, số viên chức của Trường Đại học A còn 2.826 người, giảm 318 người so với "
        "năm 2021 (3.144 người).",
    ):
        text = PAID_FROM_THE_BUDGET.replace(PAID_FROM_THE_BUDGET.splitlines()[1], before)
        rows, _, unread = _rows(text)
        assert 5 in unread, before
        assert not any(value == 3090 for _, _, value, *_ in rows), before


def test_lower_than_a_year_by_a_count_is_a_fall_and_higher_a_rise() -> None:
    """ "Năm 2026 còn 1.942 biên chế, thấp hơn năm 2021 là 104 biên chế (5,08%)": a fall of
    104 against 2021 at that rate (once a unit named "thấp hơn" of 104 posts in 2021, the line
    unread); "cao hơn năm 2021 là 4 biên chế" a rise, read differently."""
    heading = "2. Khối chính quyền (biên chế công chức)\nNăm 2026 còn 1.942 biên chế, "
    rows, _, unread = _rows(heading + "thấp hơn năm 2021 là 104 biên chế (5,08%).")
    assert not unread
    assert {(year, value, cut, base, rate) for _, year, value, cut, base, rate in rows} == {
        (2026, 1942, None, None, None),
        (2026, None, 104, 2021, "5,08%"),
    }
    rows, _, unread = _rows(heading + "cao hơn năm 2021 là 4 biên chế.")
    assert not unread
    assert {(year, cut, base) for _, year, _, cut, base, _ in rows if cut} == {(2026, -4, 2021)}


def test_what_is_left_right_after_an_items_label_is_its_figure() -> None:
    """ "- Năm 2026: còn lại 19.330 người, trong đó có 13.420 giáo viên." under a heading of
    viên chức: the year's figure and its subset (unread: "còn lại" was no verb of a figure).
    Only right after the label's colon: "các đơn vị còn lại 1.330 người" names the rest of
    something, whose is not said, and stays unread."""
    heading = (
        "2. Đối với số lượng người làm việc hưởng lương từ ngân sách nhà nước\n- Năm 2025: "
        "19.760 người (giảm 430 người so với năm 2024);\n"
    )
    rows, _, unread = _rows(
        heading + "- Năm 2026: còn lại 19.330 người, trong đó có 13.420 giáo viên."
    )
    assert not unread
    assert {
        ("vc", 2026, 19330, None, None, None),
        ("vc-giao-vien", 2026, 13420, None, None, None),
    } <= rows
    rows, _, unread = _rows(heading + "- Năm 2026, các đơn vị còn lại 1.330 người.")
    assert unread == {3}
    assert not any(value == 1330 for _, _, value, *_ in rows)


def test_a_when_clause_before_a_chain_names_no_unit() -> None:
    """ "Khi các khoa lần lượt tự bảo đảm chi thường xuyên, số người làm việc hưởng lương từ
    ngân sách giảm như sau: năm 2022 là 3.150 người; ...": the category after the "khi"
    clause is the chain's topic (the self-financed units of the clause put the chain outside),
    and "giảm như sau" no part of its name; the change-only items after "Trong đó:" are its
    changes against the years they state. A "khi" clause with no category after it stays as
    it was: the people moved to the units' own revenue are outside."""
    text = (
        "1. Năm 2021, Trường A được giao 3.420 người làm việc hưởng lương từ ngân sách nhà nước."
        "\n2. Lộ trình\nKhi các khoa lần lượt tự bảo đảm chi thường xuyên, số người làm việc "
        "hưởng lương từ ngân sách giảm như sau: năm 2022 là 3.150 người; năm 2023 là 2.880 người;"
        " năm 2024 là 2.540 người.\nTrong đó:\n- Năm 2023 giảm 270 người so với năm 2022;\n- Năm "
        "2024 giảm 340 người so với năm 2023."
    )
    rows, _, unread = _rows(text)
    assert not unread
    assert {
        ("vc", 2022, 3150, None, None, None),
        ("vc", 2024, 2540, None, None, None),
        ("vc", 2023, None, 270, 2022, None),
        ("vc", 2024, None, 340, 2023, None),
    } <= rows
    rows, _, unread = _rows(
        "1. Năm 2021, Trường A được giao 3.420 người làm việc hưởng lương từ ngân sách nhà nước."
        "\n2. Khi các khoa lần lượt tự bảo đảm chi thường xuyên, 1.050 người làm việc chuyển "
        "sang hưởng lương từ nguồn thu sự nghiệp."
    )
    assert not unread  # (outside: people paid from the units' own revenue)
    assert not any(value == 1050 for _, _, value, *_ in rows)


def test_a_chain_moving_on_with_sang_keeps_its_topic() -> None:
    """ "Đối với biên chế công chức, cụ thể là năm 2022 còn 2.436 biên chế, ...; sang năm 2023
    còn 2.411 biên chế, tiếp tục giảm 25 ...": "sang năm 2023" is the next year of the chain
    (once a unit named "sang"), "cụ thể là" no part of the topic's name. Without the topic the
    links name no unit: unread."""
    chain = (
        "năm 2022 còn 2.436 biên chế, giảm 24 biên chế so với năm 2021; sang năm 2023 còn 2.411 "
        "biên chế, tiếp tục giảm 25 biên chế so với năm 2022."
    )
    rows, _, unread = _rows("Đối với biên chế công chức, cụ thể là " + chain)
    assert not unread
    assert rows == {
        ("cbcc", 2022, 2436, None, None, None),
        ("cbcc", 2022, None, 24, 2021, None),
        ("cbcc", 2023, 2411, None, None, None),
        ("cbcc", 2023, None, 25, 2022, None),
    }
    rows, _, unread = _rows("Cụ thể là " + chain)
    assert unread == {1}
    assert not rows


GOAL_LEAD = (
    "Đến năm 2030, giảm tối thiểu 3% biên chế công chức và 5% số lượng người làm việc hưởng "
    "lương từ ngân sách nhà nước so với số được giao năm 2026, cụ thể:\n"
    "1. Biên chế công chức đến năm 2030 là 3.788 biên chế, giảm 118 biên chế (tỷ lệ 3,02%).\n"
    "2. Số lượng người làm việc hưởng lương từ ngân sách nhà nước đến năm 2030 là 52.897 người, "
    "giảm 2.785 người (tỷ lệ 5,00%).\n"
)


def test_items_under_a_goal_compare_with_the_goals_year() -> None:
    """A paragraph setting only goal rates by 2030 against 2026 and opening items ("..., cụ
    thể:"): an item of a category it names, of its deadline, whose cut names no year, is cut
    against 2026 (the items were unread: no year to compare with). An item of another year, a
    category the goal does not name, or a goal naming no year compared with: still unread."""
    rows, _, unread = _rows(GOAL_LEAD)
    assert not unread
    assert {(unit, year, cut, base) for unit, year, _, cut, base, _ in rows if cut} == {
        ("cbcc", 2030, 118, 2026),
        ("vc", 2030, 2785, 2026),
    }
    for changed, line, cut in (
        (GOAL_LEAD.replace("đến năm 2030 là 3.788", "đến năm 2028 là 3.788"), 2, 118),
        (GOAL_LEAD.replace("3% biên chế công chức và ", ""), 2, 118),
        (GOAL_LEAD.replace(" so với số được giao năm 2026", ""), 3, 2785),
    ):
        rows, _, unread = _rows(changed)
        assert line in unread, changed
        assert not any(row[3] == cut for row in rows), changed


def test_two_years_said_together_are_each_kept_or_unread() -> None:
    """ "Năm 2022 và năm 2023, biên chế công chức giữ nguyên so với năm 2021": kept as in 2021
    in each year (the subject read the last year only: 2022 was lost and the line called
    understood). A cut said of both years together ("giảm 20 biên chế so với năm 2021") is no
    one year's: once read as 2023's cut, a misread; now unread, as is a figure of both. Two
    years not fronted and joined ("So với năm 2021, năm 2023 biên chế công chức giảm 26") are
    read as before."""
    before = "Năm 2021, biên chế công chức của tỉnh là 2.000 biên chế.\n"
    rows, _, unread = _rows(
        before + "Năm 2022 và năm 2023, biên chế công chức giữ nguyên so với năm 2021."
    )
    assert not unread
    assert {(year, cut, base) for _, year, _, cut, base, _ in rows if cut is not None} == {
        (2022, 0, 2021),
        (2023, 0, 2021),
    }
    for said in (
        "Năm 2022 và năm 2023, biên chế công chức giảm 20 biên chế so với năm 2021.",
        "Năm 2022 và năm 2023, biên chế công chức là 2.000 biên chế.",
    ):
        rows, _, unread = _rows(before + said)
        assert unread == {2}, said
        assert rows == {("cbcc", 2021, 2000, None, None, None)}, said
    rows, _, unread = _rows(
        before + "So với năm 2021, năm 2023 biên chế công chức giảm 26 biên chế."
    )
    assert not unread
    assert ("cbcc", 2023, None, 26, 2021, None) in rows


_WHAT_REMAINS = (
    "2. Đối với số lượng người làm việc hưởng lương từ ngân sách nhà nước\n"
    "- Năm 2025: 950 người (giảm 50 người so với năm 2024);\n"
    "- Năm 2026: còn lại 900 người, trong đó có 600 giáo viên.\n"
    "(giảm 100 người so với năm 2024, tỷ lệ 10,00%)"
)


def test_what_remains_after_a_labels_colon_is_the_figure() -> None:
    """ "- Năm 2026: còn lại 900 người, ..." after a year's label is what remains that year,
    the category's figure (and the parenthesis line below it its change); it was read as
    nothing. Twin: "còn lại 17 biên chế dự phòng" after a comma closing a list of parts is
    the list's rest, the reserve, as before."""
    rows, _, unread = _rows(_WHAT_REMAINS)
    assert ("vc", 2026, 900, None, None, None) in rows
    assert ("vc", 2026, None, 100, 2024, "10,00%") in rows
    assert not unread
    rows, parts, unread = _rows(
        "Năm 2025, tỉnh được giao 2.075 biên chế công chức, gồm: cấp tỉnh 1.102 biên chế, cấp "
        "huyện 956 biên chế, còn lại 17 biên chế dự phòng."
    )
    assert ("du-phong", 2025, 17, None, None, None) in rows
    assert parts["cbcc"] == ("cap-tinh", "cap-huyen", "du-phong")
    assert not unread


def test_a_years_figure_in_parentheses_before_its_change() -> None:
    """ "Số người làm việc năm 2026 (212 người) giảm 24 người so với năm 2021 (236 người)":
    the parenthesis right after the year named is that year's figure, whose change follows
    (it was left inside the name, the sentence unread). Twin: the same parenthesis followed
    by no change ("... (212 người) đáp ứng yêu cầu.") stays unread."""
    base = "Năm 2021, tỉnh được giao 236 người làm việc.\nSố người làm việc năm 2026 (212 người) "
    rows, _, unread = _rows(base + "giảm 24 người so với năm 2021 (236 người), tỷ lệ giảm 10,17%.")
    assert ("vc", 2026, 212, None, None, None) in rows
    assert ("vc", 2026, None, 24, 2021, "10,17%") in rows
    assert not unread
    rows, _, unread = _rows(base + "đáp ứng yêu cầu.")
    assert rows == {("vc", 2021, 236, None, None, None)}
    assert unread == {2}


TWO_YEAR_FORMS = (
    # a row fronted by its year and, with no comma between, the year it compares with
    _form(
        "two-years/year-then-comparison-fronted",
        "Năm 2025 so với năm 2024, công chức giảm 6 biên chế (1,2%), viên chức giảm 35 người "
        "(1,75%).",
        {("cbcc", 2025, None, 6, 2024, "1,2%"), ("vc", 2025, None, 35, 2024, "1,75%")},
    ),
    _form(
        "two-years/year-set-apart-then-comparison",
        "Riêng năm 2025 so với năm 2024, công chức giảm 6 biên chế (1,2%), viên chức giảm 35 "
        "người (1,75%).",
        {("cbcc", 2025, None, 6, 2024, "1,2%"), ("vc", 2025, None, 35, 2024, "1,75%")},
    ),
    _form(
        "two-years/comparison-not-closed-by-a-comma",
        "Năm 2025 so với năm 2024 công chức giảm 6 biên chế (1,2%), viên chức giảm 35 người "
        "(1,75%).",
        None,
    ),
    # the next link of a chain asked for ("đề nghị năm 2026 là ...")
    _form(
        "two-years/next-link-asked-for",
        "Biên chế công chức năm 2025 được giao là 730 biên chế; đề nghị năm 2026 là 745 biên chế, "
        "tăng 15 biên chế so với năm 2025.",
        {
            ("cbcc", 2025, 730, None, None, None),
            ("cbcc", 2026, 745, None, None, None),
            ("cbcc", 2026, None, -15, 2025, None),
        },
    ),
    _form(
        "two-years/next-link-asked-for-something-else",
        "Biên chế công chức năm 2025 được giao là 730 biên chế; đề nghị điều chỉnh năm 2026 là "
        "745 biên chế, tăng 15 biên chế so với năm 2025.",
        None,
    ),
    # the first link's year after the count's pay source
    _form(
        "two-years/year-after-the-pay-source",
        "Các đơn vị sự nghiệp công lập thuộc Sở được giao 1.240 người làm việc hưởng lương từ ngân "
        "sách nhà nước năm 2021; đến năm 2026 giao 1.116 người.",
        {
            ("vc-thuoc-so", 2021, 1240, None, None, None),
            ("vc-thuoc-so", 2026, 1116, None, None, None),
        },
    ),
    _form(
        "two-years/no-year-after-the-pay-source",
        "Các đơn vị sự nghiệp công lập thuộc Sở được giao 1.240 người làm việc hưởng lương từ ngân "
        "sách nhà nước; đến năm 2026 giao 1.116 người.",
        None,
    ),
    # the figure of the year just named, in parentheses, before its change
    _form(
        "two-years/figure-in-parentheses-after-its-year",
        "Số người làm việc năm 2026 (430 người) giảm 48 người so với năm 2021 (478 người), tỷ lệ "
        "giảm 10,04%.",
        {
            ("vc", 2026, 430, None, None, None),
            ("vc", 2021, 478, None, None, None),
            ("vc", 2026, None, 48, 2021, "10,04%"),
        },
    ),
    _form(
        "two-years/figures-in-parentheses-of-a-move",
        "Biên chế công chức giảm từ năm 2021 (910 biên chế) đến năm 2026 (849 biên chế) giảm 61 "
        "biên chế.",
        None,
    ),
    _form(
        "two-years/figure-in-parentheses-of-the-base-only",
        "Số người làm việc so với năm 2021 (478 người) giảm 48 người.",
        None,
    ),
    # kept as in a year whose figure is recalled: that figure in both years
    _form(
        "two-years/kept-as-a-year-recalled",
        "Số lượng người làm việc của các đơn vị sự nghiệp năm 2026 giữ nguyên như năm 2025 (305 "
        "người).",
        {
            ("vc", 2026, 305, None, None, None),
            ("vc", 2025, 305, None, None, None),
            ("vc", 2026, None, 0, 2025, None),
        },
    ),
    _form(
        "two-years/kept-beside-a-figure-of-its-own",
        "Số người làm việc năm 2026 là 300 người, giữ nguyên so với năm 2025 (305 người).",
        None,
    ),
    # fewer than two earlier years, each with its rate
    _form(
        "two-years/fewer-than-two-years-each-with-its-rate",
        "Số cán bộ, công chức cấp xã năm 2023 là 8.400 người, ít hơn năm 2015 là 1.200 người "
        "(12,5%) và ít hơn năm 2021 là 400 người (4,55%).",
        {
            ("cbcc-xa", 2023, 8400, None, None, None),
            ("cbcc-xa", 2023, None, 1200, 2015, "12,5%"),
            ("cbcc-xa", 2023, None, 400, 2021, "4,55%"),
        },
    ),
    _form(
        "two-years/fewer-than-then-a-bare-year",
        "Số cán bộ, công chức cấp xã năm 2023 là 8.400 người, ít hơn năm 2015 là 1.200 người "
        "(12,5%) và năm 2021 là 400 người (4,55%).",
        None,
    ),
    # a body's line of one category, then the later link's bare count: that same line
    _form(
        "two-years/body-line-then-bare-link",
        "Trung tâm Bồi dưỡng chính trị huyện: năm 2021 được giao 12 người làm việc; đến năm "
        "2026 còn 11 người, giảm 1 người, tỷ lệ 8,33%.",
        {
            ("trung-tam-boi-duong-chinh-vc", 2021, 12, None, None, None),
            ("trung-tam-boi-duong-chinh-vc", 2026, 11, None, None, None),
            ("trung-tam-boi-duong-chinh-vc", 2026, None, 1, 2021, "8,33%"),
        },
    ),
    _form(
        "two-years/body-two-lines-then-bare-link",
        "Trung tâm Bồi dưỡng chính trị huyện: năm 2021 được giao 12 người làm việc và 3 công "
        "chức; đến năm 2026 còn 14 người, giảm 1 người.",
        None,
    ),
    # the earlier year's figure named by its unit word and "của" before the year
    _form(
        "two-years/against-a-count-of-a-year",
        "Số viên chức năm 2025 là 1.800 người; so với 2.000 người của năm 2021 đã giảm 200 "
        "người, tỷ lệ 10%.",
        {
            ("vc", 2025, 1800, None, None, None),
            ("vc", 2021, 2000, None, None, None),
            ("vc", 2025, None, 200, 2021, "10%"),
        },
    ),
    _form(
        "two-years/against-a-bare-count-of-a-year",
        "Số viên chức năm 2025 là 1.800 người; so với 2.000 của năm 2021 đã giảm 200 người, tỷ "
        "lệ 10%.",
        None,
    ),
    # a chain's later link dated by a day, of the same posts
    _form(
        "two-years/later-link-dated-by-a-day",
        "Biên chế công chức của Sở được giao năm 2021 là 480 biên chế; đến ngày 30/6/2025 là "
        "456 biên chế, giảm 24 biên chế, tỷ lệ giảm 5%.",
        {
            ("cbcc-so", 2021, 480, None, None, None),
            ("cbcc-so", 2025, 456, None, None, None),
            ("cbcc-so", 2025, None, 24, 2021, "5%"),
        },
    ),
    _form(
        "two-years/later-link-dated-beside-people-in-post",
        "Biên chế công chức của Sở được giao năm 2021 là 480 biên chế; đến ngày 30/6/2025 là "
        "456 biên chế, có mặt 450 người.",
        None,
    ),
    _form(
        "two-years/link-dated-in-the-same-year",
        "Biên chế công chức của Sở năm 2021 là 480 biên chế; đến ngày 30/6/2021 là 456 biên chế.",
        None,
    ),
    # the executive proposing ("đề xuất giao") as asking ("đề nghị giao")
    _form(
        "two-years/categories-proposed-each-with-its-change",
        "Năm 2024, Ủy ban nhân dân tỉnh đề xuất giao 1.500 biên chế công chức (giảm 15 biên chế so "
        "với năm 2023) và 9.000 người làm việc (giảm 90 người so với năm 2023).",
        {
            ("cbcc", 2024, 1500, None, None, None),
            ("cbcc", 2024, None, 15, 2023, None),
            ("vc", 2024, 9000, None, None, None),
            ("vc", 2024, None, 90, 2023, None),
        },
    ),
    _form(
        "two-years/categories-proposed-compared-once-after",
        "Năm 2024, Ủy ban nhân dân tỉnh đề xuất giao 1.500 biên chế công chức (giảm 15 biên chế) "
        "và 9.000 người làm việc (giảm 90 người) so với năm 2023.",
        None,
    ),
    # a second comparison opening its own clause after ";": the change after it, never the
    # one before (was read with the two years swapped)
    _form(
        "two-years/second-comparison-then-its-change",
        "So với năm 2023 (1.460 biên chế), biên chế công chức năm 2024 giảm 20; còn so với năm "
        "2021 thì giảm 75.",
        {
            ("cbcc", 2023, 1460, None, None, None),
            ("cbcc", 2024, None, 20, 2023, None),
            ("cbcc", 2024, None, 75, 2021, None),
        },
    ),
    _form(
        "two-years/second-comparison-then-a-level-of-cut",
        "So với năm 2023 (1.460 biên chế), biên chế công chức năm 2024 giảm 20; còn so với năm "
        "2021, mức giảm là 75.",
        None,
    ),
    # bodies counted inside a subject's name
    _form(
        "two-years/bodies-counted-in-the-subject",
        "Số lượng người làm việc tại 4 Vườn quốc gia trực thuộc Tổng cục năm 2021 là 840 người; "
        "đến năm 2026 còn 756 người, giảm 84 người, tỷ lệ giảm 10%.",
        {
            ("vc-tai-4-vuon-quoc", 2021, 840, None, None, None),
            ("vc-tai-4-vuon-quoc", 2026, 756, None, None, None),
            ("vc-tai-4-vuon-quoc", 2026, None, 84, 2021, "10%"),
        },
    ),
    _form(
        "two-years/bodies-counted-and-no-year",
        "Số lượng người làm việc tại 4 Vườn quốc gia trực thuộc Tổng cục là 840 người.",
        None,
    ),
)


@pytest.mark.parametrize("form", TWO_YEAR_FORMS, ids=[form.name for form in TWO_YEAR_FORMS])
def test_two_years_or_categories_in_one_sentence(form: Form) -> None:
    """Session 10 (eng-twoyears): a unit's figures for two years, or several categories'
    changes, in one sentence; each form beside its twin, one change away, declined."""
    test_form(form)


# Session 10, eng-news4: news comparisons spread over clauses or sentences, rounded figures.


def test_a_rounded_figure_gives_way_to_its_exact_twin() -> None:
    """ "gần 2.900 biên chế công chức (2.896 biên chế), giảm hơn 150 biên chế (154 biên chế)":
    a news report rounds, then gives the exact count in parentheses; the exact one is the
    figure, the rounded one no value (the sentence was not read). Twins: an exact figure on the
    wrong side of its rounding ("hơn 5.800" then 5.712, "gần 5.800" then 5.812), or naming
    something else in the parenthesis, leaves the sentence unread."""
    rows, _, unread = _rows(
        "Năm 2024 tỉnh được giao gần 2.900 biên chế công chức (2.896 biên chế), giảm hơn 150 "
        "biên chế (154 biên chế) so với năm 2022 (3.050 biên chế), tỷ lệ 5,05%.\n"
        "Ở cấp xã, số cán bộ, công chức là hơn 5.800 người (5.812 người), không thay đổi so "
        "với năm 2022."
    )
    assert not unread
    assert rows == {
        ("cbcc", 2024, 2896, None, None, None),
        ("cbcc", 2022, 3050, None, None, None),
        ("cbcc", 2024, None, 154, 2022, "5,05%"),
        ("cbcc-xa", 2024, 5812, None, None, None),
        ("cbcc-xa", 2024, None, 0, 2022, None),
    }
    for declined in (
        "Ở cấp xã, số cán bộ, công chức là hơn 5.800 người (5.712 người).",
        "Ở cấp xã, số cán bộ, công chức là gần 5.800 người (5.812 người).",
        "Ở cấp xã, số cán bộ, công chức là khoảng 5.800 người (4.812 người).",
        "Ở cấp xã, số cán bộ, công chức là gần 5.800 người (5.790 người làm việc).",
    ):
        rows, _, unread = _rows(f"Năm 2024 tỉnh được giao 2.896 biên chế công chức.\n{declined}")
        assert unread == {2}, declined
        assert rows == {("cbcc", 2024, 2896, None, None, None)}, declined


def test_this_figure_against_an_earlier_years_level() -> None:
    """ "So với năm 2025 là 1.760.100 người, số này giảm ...", "Con số này thấp hơn 3.400 biên
    chế (1,37%) so với năm 2025", "Tính từ năm 2021, khi số này là 1.806.500 người, mức giảm
    lên tới 186.100 người": the figure just stated compared with an earlier year's, said three
    news ways (none was read). Twins: a level of another category, "số này" after two
    figures, a year counted from that is not before every other: unread."""
    first = "Năm 2024 tỉnh được giao 2.198 biên chế công chức. "
    for said in (
        "So với năm 2021 là 2.310 biên chế, số này giảm 112 biên chế, tỷ lệ giảm 4,85%.",
        "Tính từ năm 2021, khi số này là 2.310 biên chế, mức giảm lên tới 112 biên chế, tỷ lệ "
        "4,85%.",
    ):
        rows, _, unread = _rows(first + said)
        assert not unread, said
        assert rows == {
            ("cbcc", 2024, 2198, None, None, None),
            ("cbcc", 2021, 2310, None, None, None),
            ("cbcc", 2024, None, 112, 2021, "4,85%"),
        }, said
    rows, _, unread = _rows(
        first + "Con số này thấp hơn 112 biên chế (4,85%) so với năm 2021 và giảm 14 biên chế, "
        "tương đương 0,63%, so với năm 2023."
    )
    assert not unread
    assert ("cbcc", 2024, None, 112, 2021, "4,85%") in rows
    assert ("cbcc", 2024, None, 14, 2023, "0,63%") in rows
    for declined in (
        first + "So với năm 2021 là 2.310 biên chế viên chức, số này giảm 112 biên chế.",
        first + "Con số này thấp hơn 112 biên chế (4,85%).",
        "Năm 2024 tỉnh được giao 2.198 biên chế công chức và 3.000 người làm việc. Tính từ năm "
        "2021, khi số này là 2.310 biên chế, mức giảm lên tới 112 biên chế, tỷ lệ 4,85%.",
        first + "Tính từ năm 2021, khi số này là 2.310 biên chế, mức giảm lên tới 112 biên chế "
        "so với năm 2020.",
    ):
        rows, _, unread = _rows(declined)
        assert unread, declined
        assert not any(row[3] == 112 for row in rows), declined


def test_an_earlier_years_figure_then_the_difference_in_the_next_sentence() -> None:
    """ "Khối chính quyền năm 2024 được giao 2.252 biên chế công chức, trong khi năm 2021 con
    số này là 2.380. Mức giảm là 128 biên chế, …": the two figures side by side, then their
    difference as a sentence of its own; one comparison (neither sentence was read). The base
    is the block's civil servants' line, as the 2024 figure is (once the block's own figure:
    one unit read as two). Twins: a later year set beside, or a next sentence that states no
    difference, stay unread."""
    rows, _, unread = _rows(
        "Khối chính quyền năm 2024 được giao 2.252 biên chế công chức, trong khi năm 2021 con "
        "số này là 2.380. Mức giảm là 128 biên chế, đạt tỷ lệ 5,38%."
    )
    assert not unread
    assert {row[0] for row in rows} == {"cq-cbcc"}
    assert ("cq-cbcc", 2021, 2380, None, None, None) in rows
    assert ("cq-cbcc", 2024, None, 128, 2021, "5,38%") in rows
    for declined in (
        "Khối chính quyền năm 2024 được giao 2.252 biên chế công chức, trong khi năm 2025 con "
        "số này là 2.200. Mức giảm là 52 biên chế.",
        "Khối chính quyền năm 2024 được giao 2.252 biên chế công chức, trong khi năm 2021 con "
        "số này là 2.380. Mức độ giảm như vậy là phù hợp.",
    ):
        rows, _, unread = _rows(declined)
        assert unread == {1} and not rows, declined


def test_a_base_recalled_beside_a_blocks_one_share_is_the_shares() -> None:
    """ "Khối chính quyền năm 2024 được giao 2.252 biên chế công chức, giảm 128 biên chế so
    với năm 2021 (2.380 biên chế)": 2.380 is the block's civil servants in 2021, as 2.252 is
    in 2024 (it was the block's own figure: one unit's two years read as two units). Twin: a
    change after two shares of the block is the block's, its base too (as before)."""
    rows, _, unread = _rows(
        "Khối chính quyền năm 2024 được giao 2.252 biên chế công chức, giảm 128 biên chế so "
        "với năm 2021 (2.380 biên chế), tỷ lệ 5,38%."
    )
    assert not unread
    assert rows == {
        ("cq-cbcc", 2024, 2252, None, None, None),
        ("cq-cbcc", 2021, 2380, None, None, None),
        ("cq-cbcc", 2024, None, 128, 2021, "5,38%"),
    }
    rows, _, _ = _rows(
        "Khối chính quyền năm 2024 được giao 2.252 biên chế công chức và 3.000 người làm việc, "
        "giảm 128 biên chế so với năm 2021 (2.380 biên chế)."
    )
    assert ("chinh-quyen", 2021, 2380, None, None, None) in rows
    assert not any(row[0] == "cq-cbcc" and row[1] == 2021 for row in rows)


def test_a_rate_said_as_what_the_change_reached() -> None:
    """ "giảm 5.910 so với năm 2021 (154.260), mới đạt 3,83%", "giảm 100 biên chế …, đạt
    4,55%": the change's rate (the sentence was not read). Twins: what a plan, a goal or a
    budget reached ("đạt 45,5% kế hoạch") is no rate of the change, and a round "đạt 5%" may
    be the goal reached (the form "rate-said-otherwise/unplaced-percentage"): unread."""
    for reached in ("đạt", "mới đạt", "chỉ đạt"):
        rows, _, unread = _rows(
            "Năm 2025 tỉnh được giao 2.100 biên chế công chức, giảm 100 biên chế so với năm "
            f"2021 (2.200 biên chế), {reached} 4,55%."
        )
        assert not unread, reached
        assert ("cbcc", 2025, None, 100, 2021, "4,55%") in rows, reached
    for other in ("kế hoạch", "chỉ tiêu", "dự toán", "so với mục tiêu"):
        rows, _, unread = _rows(
            "Năm 2025 tỉnh được giao 2.100 biên chế công chức, giảm 100 biên chế so với năm "
            f"2021 (2.200 biên chế), đạt 45,5% {other}."
        )
        assert unread == {1}, other
        assert not any(row[5] == "45,5%" for row in rows), other
    rows, _, unread = _rows(
        "Năm 2025 tỉnh được giao 2.090 biên chế công chức, giảm 110 biên chế so với năm 2021 "
        "(2.200 biên chế), đạt 5%."
    )
    assert unread == {1} and not rows


def test_an_earlier_years_level_named_by_its_figure() -> None:
    """ "…, năm 2025 là 106.840 người; so với 119.600 người của năm 2021 thì đã giảm 12.760
    người", "thấp hơn 660 người (10,58%) so với 6.240 người của năm 2021": the base year's
    figure before its year, with no "mức" (not read). Twin: the figure and the year side by
    side with neither "của" nor "được giao" (whose year is it?) stays unread."""
    rows, _, unread = _rows(
        "Số viên chức năm 2025 là 106.840 người; so với 119.600 người của năm 2021 thì đã "
        "giảm 12.760 người, tỷ lệ 10,67%."
    )
    assert not unread
    assert ("vc", 2021, 119600, None, None, None) in rows
    assert ("vc", 2025, None, 12760, 2021, "10,67%") in rows
    rows, _, unread = _rows(
        "Số viên chức năm 2026 đề nghị là 5.580 người. Số đề nghị thấp hơn 110 người (1,93%) "
        "so với 5.690 người được giao năm 2025 và thấp hơn 660 người (10,58%) so với 6.240 "
        "người của năm 2021."
    )
    assert not unread
    assert {("vc", 2025, 5690, None, None, None), ("vc", 2021, 6240, None, None, None)} <= rows
    assert ("vc", 2026, None, 660, 2021, "10,58%") in rows
    rows, _, unread = _rows(
        "Số viên chức năm 2025 là 106.840 người; so với 119.600 người năm 2021 thì đã giảm "
        "12.760 người."
    )
    assert unread == {1} and not rows


def test_a_year_compared_with_before_its_change_after_another_change() -> None:
    """ "So với năm 2023 (2.045 biên chế), biên chế công chức năm 2024 giảm 35; còn so với năm
    2021 thì giảm 106": 35 against 2023, 106 against 2021. The "so với năm 2021" was taken as
    the base of the change before it and the fronted 2023 given to 106: a misread of both
    years (the form with a comma too). An interview's answer opening with the speaker's title
    reads the same; "Với người làm việc," names the topic as "Về" does. Twin: a comparison
    year said on both sides of the second change is unread."""
    for said in ("; còn so với năm 2021 thì giảm 106", ", so với năm 2021 giảm 106"):
        for label in ("", "Giám đốc Sở Nội vụ: "):
            rows, _, unread = _rows(
                "Năm 2024, biên chế công chức của tỉnh là 2.010.\n"
                f"{label}So với năm 2023 (2.045 biên chế), biên chế công chức năm 2024 giảm "
                f"35{said}.\nVới người làm việc, năm 2024 giảm 402 người so với năm 2023 "
                "(18.652 người)."
            )
            assert not unread, (said, label)
            assert {
                ("cbcc", 2024, None, 35, 2023, None),
                ("cbcc", 2024, None, 106, 2021, None),
                ("vc", 2024, None, 402, 2023, None),
            } <= rows, (said, label)
            assert (
                not {("cbcc", 2024, None, 35, 2021, None), ("cbcc", 2024, None, 106, 2023, None)}
                & rows
            )
    rows, _, unread = _rows(
        "Năm 2024, biên chế công chức của tỉnh là 2.010.\nBiên chế công chức năm 2024 giảm 35, "
        "so với năm 2021 giảm 106 biên chế so với năm 2023."
    )
    assert unread == {2}
    assert rows == {("cbcc", 2024, 2010, None, None, None)}


def test_the_year_compared_with_described_as_it_was() -> None:
    """ "So với năm 2024, khi thành phố … còn 289 xã, phường, thị trấn với 6.120 biên chế cán
    bộ, công chức cấp xã, số biên chế giảm 3.146, tỷ lệ giảm 51,41%": the clause of that time
    names the base figure last; the communes counted in it are no posts (not read). Twins: a
    rate that is not the change over that figure, or no rate to tell, leaves it unread."""
    first = "Tổng số biên chế cán bộ, công chức cấp xã năm 2025 của thành phố là 2.974 biên chế. "
    rows, _, unread = _rows(
        first + "So với năm 2024, khi thành phố và tỉnh bên cạnh còn 289 xã, phường, thị trấn "
        "với 6.120 biên chế cán bộ, công chức cấp xã, số biên chế giảm 3.146, tỷ lệ giảm 51,41%."
    )
    assert not unread
    assert rows == {
        ("cbcc-xa", 2025, 2974, None, None, None),
        ("cbcc-xa", 2024, 6120, None, None, None),
        ("cbcc-xa", 2025, None, 3146, 2024, "51,41%"),
    }
    for declined in (
        "So với năm 2024, khi thành phố còn 289 xã, phường, thị trấn với 6.120 biên chế cán "
        "bộ, công chức cấp xã, số biên chế giảm 3.146, tỷ lệ giảm 50,41%.",
        "So với năm 2024, khi thành phố còn 289 xã với 6.120 biên chế, số biên chế giảm 3.146.",
    ):
        rows, _, unread = _rows(first + declined)
        assert unread == {1}, declined
        assert rows == {("cbcc-xa", 2025, 2974, None, None, None)}, declined


def test_a_second_comparison_weighed_with_if() -> None:
    """ "…, giảm 10.650 biên chế so với năm 2021 (262.490 biên chế). Nếu so với năm 2015
    (279.300 biên chế), số biên chế công chức đã giảm 27.460 biên chế, tỷ lệ giảm 9,83%": the
    same figure against another year, "Nếu" before the fronted comparison (not read). Twin:
    "Nếu" before anything else is no comparison, and the sentence stays unread."""
    first = (
        "Năm 2025 biên chế công chức là 251.840 biên chế, giảm 10.650 biên chế so với năm 2021 "
        "(262.490 biên chế), tương ứng tỷ lệ 4,06%. "
    )
    rows, _, unread = _rows(
        first + "Nếu so với năm 2015 (279.300 biên chế), số biên chế công chức đã giảm 27.460 "
        "biên chế, tỷ lệ giảm 9,83%."
    )
    assert not unread
    assert {
        ("cbcc", 2015, 279300, None, None, None),
        ("cbcc", 2025, None, 27460, 2015, "9,83%"),
    } <= rows
    rows, _, unread = _rows(
        first + "Nếu tính từ năm 2015 (279.300 biên chế), số biên chế công chức đã giảm 27.460 "
        "biên chế, tỷ lệ giảm 9,83%."
    )
    assert unread == {1}
    assert not any(row[1] == 2015 or row[3] == 27460 for row in rows)


def test_an_answer_opening_with_the_speakers_title_names_no_unit() -> None:
    """ "Vụ trưởng: Năm 2024, các bộ, ngành được giao 95.880 biên chế công chức.": the title
    before the colon answers, it owns nothing (it was read into the unit's name, "Vụ trưởng
    … bộ, ngành"); nor is "con số" in "Với khối …, con số năm 2021 là …" part of the block's
    name. Twin: a body before the colon ("Vụ Tổ chức cán bộ:") is still the unit."""
    rows, _, unread = _rows(
        "Vụ trưởng: Năm 2024, các bộ, ngành được giao 95.880 biên chế công chức."
    )
    assert not unread and rows == {("bo-nganh-cbcc", 2024, 95880, None, None, None)}
    rows, _, unread = _rows(
        "Với khối bộ, ngành trung ương, con số năm 2021 là 98.420 biên chế công chức và 276.500 "
        "viên chức."
    )
    assert not unread
    assert {row[0] for row in rows} == {"bo-nganh-trung-uong-cbcc", "bo-nganh-trung-uong-vc"}
    rows, _, _ = _rows("Vụ Tổ chức cán bộ: Năm 2024 được giao 52 biên chế công chức.")
    assert rows == {("vu-to-chuc-can-bo-cbcc", 2024, 52, None, None, None)}


# Session 10, eng-tables6: table rows, each form with its twin.

NUMBERED_BODIES = (
    "Báo cáo số người làm việc của các bệnh viện\n\n| STT | Bệnh viện | Năm 2021 | Năm 2024 | "
    "Giảm |\n|---|---|---:|---:|---:|\n| 1 | Bệnh viện Phổi Trung ương | 520 | 468 | 52 |\n"
    "| 2 | {name} | 302 | 275 | 27 |\n| | Tổng cộng | 822 | 743 | 79 |"
)


def test_a_number_inside_a_bodys_name_is_no_figure_of_its_row() -> None:
    """ "| 2 | Bệnh viện 71 Trung ương | 302 | 275 | 27 |": a body named by a number, a
    capitalised word after it; the number is part of the name (it was a quantity no statement
    took: the row unread, the total's parts unknown)."""
    rows, parts, unread = _rows(NUMBERED_BODIES.format(name="Bệnh viện 71 Trung ương"))
    assert not unread
    assert ("benh-vien-71-trung-uong", 2024, 275, None, None, None) in rows
    assert ("benh-vien-71-trung-uong", 2024, None, 27, 2021, None) in rows
    assert not any(value == 71 for _, _, value, *_ in rows)
    assert set(parts["tong"]) == {"benh-vien-phoi-trung-uong", "benh-vien-71-trung-uong"}


@pytest.mark.parametrize(
    "name", ["Bệnh viện (71 người) Trung ương", "Trung tâm Y tế 71 người", "Khoa 71 Nội tiết"]
)
def test_a_number_counting_people_or_opening_a_row_name_leaves_the_row_unread(name: str) -> None:
    """The twin: a number in parentheses, before a word of people, or in a name opening with
    no organisation's word is a count the row does not place: the row stays unread, the
    total's parts unknown."""
    rows, parts, unread = _rows(NUMBERED_BODIES.format(name=name))
    assert 6 in unread
    assert not any(value == 302 for _, _, value, *_ in rows)
    assert not parts.get("tong")


SECTOR_ROWS = (
    "Thông báo số người làm việc năm 2024\n\n| {header} | Năm 2023 | Năm 2024 | Tăng (+), giảm "
    "(-) |\n|---|---|---|---|\n| Y tế | 5.870 | 5.802 | -68 |\n| {name} | 635 | 590 | -45 |\n"
    "| Tổng cộng | 6.505 | 6.392 | -113 |"
)


def test_a_row_under_a_sector_column_is_that_sector() -> None:
    """ "| Lĩnh vực sự nghiệp | ..." over "| Nông nghiệp và phát triển nông thôn | 635 | 590 |
    -45 |": the name column says each row is a sector, so a row whose words the lexicon does
    not know is the sector's unit (it was no unit: the row unread, the total's parts unknown)."""
    rows, parts, unread = _rows(
        SECTOR_ROWS.format(header="Lĩnh vực sự nghiệp", name="Nông nghiệp và phát triển nông thôn")
    )
    assert not unread
    sector = next(unit for unit, _, value, *_ in rows if value == 635)
    assert (sector, 2024, 590, None, None, None) in rows
    assert (sector, 2024, None, 45, 2023, None) in rows
    assert set(parts["tong"]) == {"y-te", sector}


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("Nội dung", "Nông nghiệp và phát triển nông thôn"),
        ("Lĩnh vực", "Giáo viên hợp đồng"),
        ("Lĩnh vực", "Nông nghiệp và các nội dung khác"),
    ],
)
def test_a_row_the_name_column_does_not_call_a_sector_stays_unread(header: str, name: str) -> None:
    """The twin: a name column saying nothing of sectors ("Nội dung"), or a row naming people
    or the rest, gives no sector: the row stays unread, as before."""
    rows, parts, unread = _rows(SECTOR_ROWS.format(header=header, name=name))
    assert 6 in unread
    assert not any(value == 635 for _, _, value, *_ in rows)
    assert not parts.get("tong")


def test_rows_listed_together_under_a_total_stay_its_parts_in_a_year_one_is_not_stated() -> None:
    """A group at 0 in the table's last year, stated in no prose year between: another year's
    prose list adding up without it ("năm 2023: nhóm 3 1.402" = the total) once took it off
    the table's total (a sum false alarm). Rows the table lists together stay its parts."""
    text = (
        "Báo cáo số người làm việc\n\nNăm 2021, các bệnh viện được giao 1.000 người. Tổng số "
        "năm 2023 là 600 người.\n\n**Năm 2023**\n- Các bệnh viện nhóm 3: 600 người, giảm 100 "
        "người so với năm 2021.\n\n| STT | Bệnh viện | Năm 2021 | Năm 2024 | Giảm |\n"
        "|---|---|---:|---:|---:|\n| I | Các bệnh viện nhóm 2 | 300 | 0 | 300 |\n"
        "| II | Các bệnh viện nhóm 3 | 700 | 580 | 120 |\n| | Tổng cộng | 1.000 | 580 | 420 |"
    )
    plan = plan_from_result(extract_plan(text, "doc.md"), "doc.md")
    assert not [f for f in check_plan(plan).findings if f.kind == "sum-mismatch"]
    _, parts, _ = _rows(text)
    assert {"benh-vien-nhom-2", "benh-vien-nhom-3"} <= {p for ps in parts.values() for p in ps}


def test_a_sum_of_the_bodies_then_the_reserve_then_the_total() -> None:
    """ "| | Cộng các đơn vị | 1.000 | 980 |" under the bodies, "| | Dự phòng tại Sở | 20 | 26 |"
    and "| | Tổng cộng | 1.020 | 1.006 |": the sum names the bodies it adds, so it is a group
    ("Các đơn vị") made of the rows above it, and the total is that group and the reserve (the
    inner sum was declined). A twin above: a body in place of the reserve stays declined."""
    rows, parts, unread = _rows(SUM_INSIDE_THE_TABLE)
    assert not unread
    assert ("don-vi", 2025, 980, None, None, None) in rows
    assert ("don-vi", 2024, 1000, None, None, None) in rows
    assert set(parts["don-vi"]) == {"benh-vien-a", "benh-vien-b"}
    assert set(parts["tong"]) == {"don-vi", "du-phong"}
    assert ("tong", 2025, 1006, None, None, None) in rows
    # a body named by a number among them: its number no figure there either
    rows, parts, unread = _rows(SUM_INSIDE_THE_TABLE.replace("Bệnh viện B", "Bệnh viện 71 Quân y"))
    assert not unread
    assert set(parts["don-vi"]) == {"benh-vien-a", "benh-vien-71-quan-y"}


def test_a_day_of_another_year_in_the_subject_is_declined() -> None:
    """ "Năm 2021, Cục được giao 312 biên chế; tính đến ngày 30/6/2024, Cục được giao 302 biên
    chế": the day in the second subject says its figure is not the opening year's (it was filed
    under 2021: a misread and a false alarm of blind Y2); the sentence is not read. Twin: a day
    of the year in force takes its figure to that year."""
    rows, _, unread = _rows(
        "Năm 2021, Cục được giao 312 biên chế công chức; tính đến ngày 30/6/2024, Cục được giao "
        "302 biên chế công chức."
    )
    assert rows == frozenset()
    assert unread == {1}
    rows, _, unread = _rows(
        "Năm 2024, tính đến ngày 30/6/2024, Cục được giao 302 biên chế công chức."
    )
    assert {(year, value) for _, year, value, *_ in rows} == {(2024, 302)}
    assert not unread


# Session 11, the integrator: first-contact misreads of blind sets Z and AA.

FIRST_CONTACT_FORMS = (
    # a subject naming both categories under a heading naming one is not that category's
    _form(
        "first-contact/both-categories-under-one-heading",
        "2. Về số lượng người làm việc\n\nTính chung, biên chế công chức và số lượng người làm "
        "việc của tỉnh năm 2025 là 27.494, giảm 2.811 so với năm 2021 (30.305).\n",
        None,
    ),
    _form(
        "first-contact/the-heading-category-alone",
        "2. Về số lượng người làm việc\n\nTính chung, số lượng người làm việc của tỉnh năm 2025 "
        "là 27.494, giảm 2.811 so với năm 2021 (30.305).\n",
        {
            ("vc", 2025, 27494, None, None, None),
            ("vc", 2021, 30305, None, None, None),
            ("vc", 2025, None, 2811, 2021, None),
        },
    ),
    # a school year beside the year: the year's figure, never the school year's last year
    _form(
        "first-contact/school-year-beside-the-year",
        "Số lượng người làm việc của các trường năm 2025 (năm học 2025 - 2026) là 2.400 người.\n",
        {("vc-truong", 2025, 2400, None, None, None)},
    ),
    _form(
        "first-contact/school-year-alone",
        "Số lượng người làm việc của các trường năm học 2025 - 2026 là 2.400 người.\n",
        None,
    ),
    # a link inside a period's chain: its unchanged figure is against the link before, never
    # against the year before the period (the perturbation harness, no-base, on blind Z1)
    _form(
        "first-contact/unchanged-link-inside-a-period",
        "Lộ trình biên chế của Văn phòng giai đoạn 2026 - 2030: năm 2026 là 24 biên chế; năm "
        "2027 là 24 biên chế (không thay đổi); năm 2028 là 23 biên chế.\n",
        {
            ("lo-trinh-van-phong", 2026, 24, None, None, None),
            ("lo-trinh-van-phong", 2027, 24, None, None, None),
            ("lo-trinh-van-phong", 2027, None, 0, 2026, None),
            ("lo-trinh-van-phong", 2028, 23, None, None, None),
        },
    ),
    _form(
        "first-contact/a-change-of-the-periods-last-year-with-no-base-said",
        "Lộ trình biên chế của Văn phòng giai đoạn 2026 - 2030: năm 2026 là 24 biên chế; năm "
        "2028 là 23 biên chế; năm 2030 là 22 biên chế, giảm 3 biên chế.\n",
        None,
    ),
)


@pytest.mark.parametrize(
    "form", FIRST_CONTACT_FORMS, ids=[form.name for form in FIRST_CONTACT_FORMS]
)
def test_first_contact_misreads(form: Form) -> None:
    """Session 11 (integrator): the causes of blind sets Z and AA's first-contact misreads,
    each beside its twin."""
    test_form(form)


def test_items_under_a_lead_left_outside_are_not_the_headings_unit() -> None:
    """ "b) Các phòng chuyên môn còn lại (10 phòng):" is left outside for its count of bodies;
    its items are those bodies' figures, never the heading's unit's (they were filed under it,
    a second 2021 figure: a misread and two false alarms of blind AB2). Twin: the same items
    under the unit's own line are unread too, as before."""
    text = (
        "1. Khối quản lý nhà nước (công chức)\n\nNăm 2021 là 92 biên chế; năm 2024 là 86 biên "
        "chế, gồm:\n\nb) Các phòng chuyên môn còn lại{count}:\n- Năm 2021: 73 biên chế;\n"
        "- Năm 2024: 68 biên chế.\n"
    )
    for count in (" (10 phòng)", ""):
        rows, _, unread = _rows(text.format(count=count))
        assert {value for _, _, value, *_ in rows} == {92, 86}
        assert unread == {6, 7}


def test_contract_staff_said_to_be_outside_the_people_counted() -> None:
    """ "…; năm 2024 tổng số là 318 người, không tính vào số lượng người làm việc …": people
    said to be outside the VC's count are no unit's figure (a contract line of blind AB1 was
    read as the text's total)."""
    rows, _, unread = _rows(
        "Năm 2024, các trường được giao 2.300 người làm việc.\n\nNgười làm công việc bảo vệ "
        "ở các trường năm 2024 tổng số là 318 người, không tính vào số lượng người làm việc.\n"
    )
    assert rows == {("truong-vc", 2024, 2300, None, None, None)}
    assert not unread


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("Khối chính quyền tỉnh (biên chế công chức và người làm việc)", None),
        ("Khối chính quyền tỉnh", "VC"),
    ],
)
def test_a_block_naming_both_categories_keeps_neither(name: str, category: str | None) -> None:
    """Under a heading naming the VC, a block naming the civil servants too is no VC block
    (it was typed VC: the first-contact cause of blind AA2 in a block's words)."""
    text = f"2. Về số lượng người làm việc\n\n{name} năm 2025 là 27.494.\n"
    (unit,) = extract_plan(text, "doc.txt").data["units"]
    assert unit.get("category") == category


# ---- Session 11, eng-tables7: table headers and row names seen on unseen text ----

PRESENT_BY_NAME = (
    "Biên chế công chức của Cục năm 2025\n\n| STT | Đơn vị | Biên chế giao năm 2025 | {header} |"
    "\n|---|---|---|---|\n| 1 | Văn phòng Cục | 120 | 114 |\n| 2 | Chi cục khu vực I | 80 | 77 |"
    "\n| | Tổng cộng | 200 | 191 |"
)


@pytest.mark.parametrize(
    "header",
    [
        "Số công chức có mặt đến 30/6/2025",
        "Số người thực tế",
        "Thực tế đến 1/7/2025",
    ],
)
def test_a_column_of_named_people_present_on_a_day_is_outside(header: str) -> None:
    """ "Số công chức có mặt đến 30/6/2025" beside the posts: the same words as the prose
    "Số công chức có mặt đến ngày D là N người", which is people, outside. Each row's posts
    are read and nothing of the people column (it was a second unit of every row, each a
    misread of blind Z2). People counted as they are ("thực tế") are people too; those
    recruited so far ("Số đã tuyển dụng") stay declined, as before."""
    rows, parts, unread = _rows(PRESENT_BY_NAME.format(header=header))
    assert not unread
    assert {(unit, year, value) for unit, year, value, *_ in rows} == {
        ("van-phong-cuc", 2025, 120),
        ("chi-cuc-khu-vuc-i", 2025, 80),
        ("tong", 2025, 200),
    }
    assert set(parts["tong"]) == {"van-phong-cuc", "chi-cuc-khu-vuc-i"}


@pytest.mark.parametrize(
    "header", ["Số công chức có mặt năm 2025", "Biên chế hiện có năm 2025", "Số đang làm việc"]
)
def test_a_column_of_people_of_a_year_or_at_work_still_leaves_the_rows_unread(header: str) -> None:
    """The twin: people named with a year and no day, posts "hiện có", or people at work:
    posts or people? Not said, so no row is read (nor the people taken for a unit)."""
    rows, _, unread = _rows(PRESENT_BY_NAME.format(header=header))
    assert unread >= {5, 6, 7}
    assert not {value for _, _, value, *_ in rows} & {114, 77, 191}


YEARS_WITH_NOTES = (
    "Biên chế các hội có tính chất đặc thù\n\n| STT | Tên hội | {first} | {second} | Tăng (+), "
    "giảm (-) |\n|---|---|---|---|---|\n| 1 | Hội Chữ thập đỏ | 30 | 28 | -2 |\n| 2 | Hội Luật "
    "gia | 7 | 7 | 0 |\n| | Tổng cộng | 37 | 35 | -2 |"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Năm 2024 (hai tỉnh)", "Năm 2025 (sau hợp nhất)"),
        ("Năm 2024 (trước sắp xếp)", "Năm 2025 (tỉnh mới)"),
        ("Năm 2024 (theo Quyết định số 12/QĐ-UBND)", "Số giao năm 2025 theo QĐ số 40/QĐ-UBND"),
    ],
)
def test_a_year_column_noting_a_merger_or_the_decision_holds_that_years_posts(
    first: str, second: str
) -> None:
    """A year's column saying the posts stood before or after a merger, or which decision gave
    them: where the posts come from, not what the column holds (the whole table was unread on
    blind AA2: "(hai tỉnh)" and "(sau hợp nhất)" were words no posts header holds)."""
    rows, parts, unread = _rows(YEARS_WITH_NOTES.format(first=first, second=second))
    assert not unread
    assert ("hoi-chu-thap-do", 2024, 30, None, None, None) in rows
    assert ("hoi-chu-thap-do", 2025, None, 2, 2024, None) in rows
    assert ("hoi-luat-gia", 2025, None, 0, 2024, None) in rows
    assert ("tong", 2025, 35, None, None, None) in rows
    assert set(parts["tong"]) == {"hoi-chu-thap-do", "hoi-luat-gia"}


@pytest.mark.parametrize(
    "first",
    [
        "Năm 2024 (thực hiện)",
        "Thực hiện năm 2024 (theo Quyết định số 12/QĐ-UBND)",
        "Năm 2024 (hai tỉnh, hợp đồng)",
    ],
)
def test_a_year_column_noting_anything_else_stays_unread(first: str) -> None:
    """The twin: a note saying the column holds something other than posts given (what was
    done, contract staff), with or without a decision's number: the rows stay unread."""
    rows, _, unread = _rows(YEARS_WITH_NOTES.format(first=first, second="Năm 2025"))
    assert unread >= {5, 6, 7}
    assert not any(year == 2024 for _, year, *_ in rows)


BODY_ROWS = (
    "Giao số lượng người làm việc năm 2025 cho các đơn vị thuộc Sở\n\n| TT | {header} | Năm 2024 "
    "| Năm 2025 | Tăng (+), giảm (-) |\n|---|---|---|---|---|\n| 1 | Trung tâm Dịch vụ việc làm "
    "| 41 | 39 | -2 |\n| 2 | {name} | 38 | 36 | -2 |\n| | Cộng | 79 | 75 | -4 |"
)


@pytest.mark.parametrize("header", ["Đơn vị", "Tên đơn vị", "Cơ quan, đơn vị"])
def test_a_row_under_a_column_of_bodies_is_a_body(header: str) -> None:
    """ "| Đơn vị | ..." over "| Làng trẻ em mồ côi | 38 | 36 | -2 |": the name column says each
    row is a body, so a row whose head word the lexicon does not know ("Làng") is a body of
    its own (it was no unit: the row unread on blind AA1)."""
    rows, parts, unread = _rows(BODY_ROWS.format(header=header, name="Làng trẻ em mồ côi"))
    assert not unread
    body = next(unit for unit, _, value, *_ in rows if value == 38)
    assert (body, 2025, 36, None, None, None) in rows
    assert (body, 2025, None, 2, 2024, None) in rows
    assert set(parts["tong"]) == {"trung-tam-dich-vu-viec", body}


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("Nội dung", "Làng trẻ em mồ côi"),
        ("Đơn vị", "Nhân viên hợp đồng"),
        ("Đơn vị", "Bình quân mỗi trung tâm"),
        ("Đơn vị", "Thiếu so với định mức"),
    ],
)
def test_a_row_the_name_column_does_not_call_a_body_stays_unread(header: str, name: str) -> None:
    """The twin: a name column saying nothing of bodies ("Nội dung"), or a row naming people,
    an average or a shortfall under "Đơn vị", is no body: the row stays unread."""
    rows, _, unread = _rows(BODY_ROWS.format(header=header, name=name))
    assert 6 in unread
    assert not any(value == 38 for _, _, value, *_ in rows)


WHOLE_NAMED = (
    "Biên chế công chức của tỉnh\n\n| Cơ quan | Năm 2024 | Năm 2025 |\n|---|---|---|\n"
    "| Các sở, ban, ngành | 1.200 | 1.180 |\n| Ủy ban nhân dân các huyện | 800 | 790 |\n"
    "| {total} | 2.000 | 1.970 |"
)


@pytest.mark.parametrize(
    "total",
    [
        "Tổng cộng toàn tỉnh",
        "Cộng (toàn tỉnh)",
        "Tổng số toàn ngành",
        "Cộng chung",
        "Tổng biên chế",
        "Toàn tỉnh",
    ],
)
def test_a_sum_row_naming_the_whole_is_the_tables_total(total: str) -> None:
    """ "Tổng cộng toàn tỉnh": the sum naming the whole the table covers is its total, made of
    the rows above (it was no unit: the row unread, and a line after it read as another's)."""
    rows, parts, unread = _rows(WHOLE_NAMED.format(total=total))
    assert not unread
    assert ("tong", 2025, 1970, None, None, None) in rows
    assert set(parts["tong"]) == {"so-ban-nganh", "uy-ban-nhan-dan-huyen"}


@pytest.mark.parametrize(
    "total", ["Tổng cộng cấp huyện", "Tổng cộng khối huyện", "Tổng biên chế khối huyện"]
)
def test_a_sum_row_naming_a_part_is_never_the_tables_total(total: str) -> None:
    """The twin: a sum naming a level or a block is that part's, never the table's total."""
    rows, parts, _ = _rows(WHOLE_NAMED.format(total=total))
    assert ("tong", 2025, 1970, None, None, None) not in rows
    assert not parts.get("tong")


def test_bare_year_cells_of_a_header_are_years_the_text_names() -> None:
    """A header "| Đơn vị | 2024 | 2025 |" names two years as "Năm 2024 | Năm 2025" does, so
    the head of the text has no one year for lines naming none (varying blind Y1's headers to
    bare years made a count of people after the table that year's posts). Twin: a header of
    one year leaves the head's year as it was."""
    head = (
        "**QUYẾT ĐỊNH**\n**Về việc giao số lượng người làm việc năm 2025 cho các bệnh viện**\n\n"
        "| TT | Đơn vị | {years} |\n|---|---|---|---|\n| 1 | Bệnh viện Đa khoa tỉnh | 620 | 604 |"
    )
    for years, lead in [("2024 | 2025", None), ("Năm 2024 | Năm 2025", None), ("2025", 2025)]:
        assert read_meta(split_lines(head.format(years=years))).lead_year == lead


def test_an_office_counted_is_no_headcount() -> None:
    """ "gồm cơ quan Cục, 20 Chi cục khu vực và 01 Văn phòng đại diện": offices counted, as
    "phòng" and "chi cục" are (the line was reported unread on blind Z2). Twin: "01 văn
    phòng" given posts is still read."""
    _, _, unread = _rows(
        "Năm 2025, Cục được giao 300 biên chế công chức.\nHệ thống gồm cơ quan Cục, 20 Chi cục "
        "khu vực và 01 Văn phòng đại diện; biên chế như sau:"
    )
    assert not unread
    rows, _, unread = _rows("Năm 2025, Văn phòng đại diện được giao 16 biên chế công chức.")
    assert not unread
    assert any(value == 16 for _, _, value, *_ in rows)


GENERAL_DEPARTMENT_ROWS = (
    "Biên chế của Bộ năm 2025\n\n| STT | Đơn vị | Công chức năm 2025 | Viên chức năm 2025 |\n"
    "|---|---|---|---|\n| 1 | Tổng cục Thuế | 100 | 20 |\n| 2 | Cục Thuế | 50 | 10 |\n"
    "| {serial} | {last} | 150 | 30 |"
)


def test_a_general_department_row_is_a_body_never_the_tables_sum() -> None:
    """ "| 1 | Tổng cục Thuế | 100 | 20 |" above "| | Tổng cộng | 150 | 30 |": a body named
    "Tổng cục ..." is one row among the others, never a sum (the table was declined as two
    sums), and never the "Cục Thuế" of the next row ("tổng" is no stock word there: both
    were one unit once the table was read)."""
    rows, parts, unread = _rows(GENERAL_DEPARTMENT_ROWS.format(serial="", last="Tổng cộng"))
    assert not unread
    assert set(parts["cbcc"]) == {"cbcc-tong-cuc-thue", "cbcc-cuc-thue"}
    assert set(parts["vc"]) == {"vc-tong-cuc-thue", "vc-cuc-thue"}
    assert ("cbcc-tong-cuc-thue", 2025, 100, None, None, None) in rows
    assert ("cbcc", 2025, 150, None, None, None) in rows


def test_a_general_department_last_is_a_body_of_its_own() -> None:
    """The twin: "Tổng cục Hải quan" last, its figures the sum of the rows above: still a
    body, no total made of the rows above it."""
    rows, parts, unread = _rows(
        GENERAL_DEPARTMENT_ROWS.format(serial="3", last="Tổng cục Hải quan")
    )
    assert not unread
    assert not any(parts.values())
    assert ("cbcc-tong-cuc-hai-quan", 2025, 150, None, None, None) in rows
    assert not any(unit in ("cbcc", "vc") for unit, *_ in rows)


def test_a_second_tables_total_in_other_words_is_its_own_categorys() -> None:
    """Two tables, CBCC then VC, each under its heading; the second closed by "Tổng biên
    chế" or "Cộng chung": the VC table's total, as its "Tổng cộng" is (it was read as the text's
    total of all, the very unit of the CBCC table's total: a misread found by varying a blind
    E2 ministry plan's rows). Twin: the same row named "Tổng cộng" reads alike."""
    text = (
        "Lộ trình biên chế của Bộ\n\n1. Biên chế công chức\n\n| TT | Khối | Năm 2021 | Năm 2026 |"
        "\n|---|---|---|---|\n| 1 | Các vụ | 400 | 380 |\n| 2 | Các cục | 600 | 570 |\n| | "
        "Tổng cộng | 1.000 | 950 |\n\n2. Số lượng người làm việc hưởng lương từ ngân sách nhà nước"
        "\n\n| TT | Loại đơn vị | Năm 2021 | Năm 2026 |\n|---|---|---|---|\n| 1 | Đơn vị do ngân "
        "sách nhà nước bảo đảm chi thường xuyên | 3.000 | 2.700 |\n| 2 | Đơn vị tự bảo đảm một "
        "phần chi thường xuyên | 2.000 | 1.800 |\n| | {total} | 5.000 | 4.500 |"
    )
    readings = []
    for total in ("Tổng cộng", "Tổng biên chế", "Cộng chung"):
        rows, parts, unread = _rows(text.format(total=total))
        assert not unread
        cbcc = next(unit for unit, _, value, *_ in rows if value == 950)
        vc = next(unit for unit, _, value, *_ in rows if value == 4500)
        assert cbcc != vc
        readings.append((rows, len(parts[vc])))
    assert readings[1] == readings[0] == readings[2]


# Session 11, eng-communes: the two-tier local government (communes from 01/7/2025).


def _categories(text: str) -> dict[int, set[str]]:
    """Each figure's value → the categories of the units holding it."""
    result = extract_plan(text, "doc.txt")
    category = {unit["id"]: unit.get("category") for unit in result.data["units"]}
    found: dict[int, set[str]] = {}
    for claim in result.data["claims"]:
        if "value" in claim:
            found.setdefault(claim["value"], set()).add(category[claim["unit"]])
    return found


COMMUNE_CONCLUSION = """ĐẢNG BỘ TỈNH NINH BÌNH
{writer}
Số 12-KL/ĐU

KẾT LUẬN
VỀ BIÊN CHẾ NĂM 2026

Tổng biên chế cán bộ, công chức năm 2026 là 40 biên chế, gồm:
+ Các cơ quan đảng, Mặt trận và đoàn thể: 12 biên chế;
+ Chính quyền: 28 biên chế.
"""


def test_a_communes_own_text_counts_its_cadres_as_commune_staff() -> None:
    """A text whose header names a commune body as its writer ("ĐẢNG ỦY XÃ YÊN MÔ", under the
    province's "ĐẢNG BỘ TỈNH ...") never says "cấp xã": its cán bộ, công chức are the
    commune's (read as the province's CBCC before: a misread of blind AA1, KL 40's CBCC)."""
    assert _categories(COMMUNE_CONCLUSION.format(writer="ĐẢNG ỦY XÃ YÊN MÔ"))[40] == {"CBCC-XA"}
    assert _categories(COMMUNE_CONCLUSION.format(writer="ỦY BAN NHÂN DÂN PHƯỜNG NAM ĐỊNH"))[40] == {
        "CBCC-XA"
    }


@pytest.mark.parametrize("writer", ["HUYỆN ỦY YÊN MÔ", "ỦY BAN NHÂN DÂN THỊ XÃ YÊN MÔ"])
def test_a_district_or_towns_text_keeps_its_cadres(writer: str) -> None:
    """The twin: a district's or a town's (thị xã, of district rank) text: the province's
    category, as before."""
    assert _categories(COMMUNE_CONCLUSION.format(writer=writer))[40] == {"CBCC"}


def test_news_about_one_commune_counts_its_cadres_as_commune_staff() -> None:
    """A report whose headline opens with one commune ("Xã Yên Mô sau ba tháng ...") speaks of
    that commune: "hai đơn vị cũ" (the communes merged into it) hold commune staff (blind
    Z1 read them as the province's CBCC). Twin: a headline about a province, and the same in
    a text about a place naming no level ("Yên Mô ..."): the category as written."""
    body = "\n\nNăm 2024, hai đơn vị cũ được giao tổng cộng 50 biên chế cán bộ, công chức."
    assert _categories("Xã Yên Mô sau ba tháng vận hành chính quyền hai cấp" + body)[50] == {
        "CBCC-XA"
    }
    assert _categories("Tỉnh Ninh Bình sau ba tháng vận hành chính quyền hai cấp" + body)[50] == {
        "CBCC"
    }
    assert _categories("Xã hội hóa dịch vụ công ở Ninh Bình" + body)[50] == {"CBCC"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Năm 2025, xã Yên Mô được giao 42 biên chế cán bộ, công chức.", "CBCC-XA"),
        ("Năm 2025, phường được giao 42 biên chế cán bộ, công chức.", "CBCC-XA"),
        ("Năm 2025, tỉnh tạm giao 42 biên chế cán bộ, công chức cho 16 xã, phường.", "CBCC-XA"),
        ("Năm 2025, tỉnh giao 42 biên chế cán bộ, công chức cho xã Yên Mô.", "CBCC-XA"),
        # the twins: a town of district rank, a department
        ("Năm 2025, thị xã Yên Mô được giao 42 biên chế cán bộ, công chức.", "CBCC"),
        ("Năm 2025, tỉnh giao 42 biên chế công chức cho Sở Y tế.", "CBCC"),
    ],
)
def test_posts_a_commune_holds_or_is_given_are_commune_staff(text: str, category: str) -> None:
    """A commune named as the holder ("xã Yên Mô được giao", the text's own "phường") or the
    one given the posts ("cho 16 xã, phường", "cho xã Yên Mô") holds cán bộ, công chức cấp xã
    (each was read as the province's CBCC, or left unread for the communes' listed words)."""
    assert _categories(text)[42] == {category}


GIVING = "Ủy ban nhân dân tỉnh giao cho các xã, phường 6.930 biên chế cán bộ, công chức, cụ thể:"
COMMUNES_LEAD = """BÁO CÁO
Tình hình biên chế cấp xã sau sắp xếp

1. Năm 2024, các xã, phường, thị trấn được giao 7.560 biên chế cán bộ, công chức cấp xã.
2. {opening}, toàn tỉnh có 99 đơn vị hành chính cấp xã. {giving}
+ Các phường: 924 biên chế;
+ Các xã: 6.006 biên chế.
"""


def test_posts_given_to_the_communes_named_first_from_a_day() -> None:
    """ "Từ ngày 01/7/2025, toàn tỉnh có ... . Ủy ban nhân dân tỉnh giao cho các xã, phường
    6.930 biên chế cán bộ, công chức, cụ thể:": the communes named before the count, the year
    the day's. The lead was unread and its items were filed under 2024, the year of the item
    above (a misread of blind Z1)."""
    rows, _, unread = _rows(COMMUNES_LEAD.format(opening="Từ ngày 01/7/2025", giving=GIVING))
    assert not unread
    years = {value: year for _, year, value, *_ in rows if value is not None}
    assert years == {7560: 2024, 6930: 2025, 924: 2025, 6006: 2025}
    assert _categories(COMMUNES_LEAD.format(opening="Từ ngày 01/7/2025", giving=GIVING))[6930] == {
        "CBCC-XA"
    }


def test_a_day_the_text_stands_on_leaves_the_year_unsaid() -> None:
    """The twin: "Đến ngày 01/7/2025, toàn tỉnh có ..." counts what stands on a day, and says
    nothing of the year of what follows: neither that day's nor the item above's (2024)."""
    rows, _, unread = _rows(COMMUNES_LEAD.format(opening="Đến ngày 01/7/2025", giving=GIVING))
    assert {year for _, year, *_ in rows} == {2024}
    assert {5, 6, 7} <= unread


def test_items_under_an_unread_lead_take_no_year_from_above_it() -> None:
    """ "2. Ủy ban nhân dân tỉnh đề nghị phân bổ 6.930 biên chế, cụ thể:" not read and naming
    no year: its items may be of another year than the item above it, so they are declined
    (they were read for 2024). Twin: an item naming its own year is read."""
    text = (
        "BÁO CÁO\nTình hình biên chế cấp xã\n\n"
        "1. Năm 2024, các xã được giao 7.560 biên chế cán bộ, công chức cấp xã.\n"
        "2. Ủy ban nhân dân tỉnh đề nghị phân bổ 6.930 biên chế, cụ thể:\n"
        "+ Các phường: 924 biên chế;\n+ Các xã năm 2025: 6.006 biên chế."
    )
    rows, _, unread = _rows(text)
    assert 6 in unread and 7 not in unread
    assert {(year, value) for _, year, value, *_ in rows if value} == {(2024, 7560), (2025, 6006)}


def test_a_comparison_with_the_merged_communes_figure_is_not_spelled() -> None:
    """ "Từ ngày 01/7/2025, Ủy ban nhân dân tỉnh giao cho xã A 42 biên chế cán bộ, công chức,
    giảm 23 biên chế so với tổng số của ba đơn vị cũ năm 2024": the base is the merged
    communes' figure, which the text may state under another name ("ba đơn vị này"), so the
    cut would check nothing (a wrong cut passed as read: a false all-clear). Not read. Twin:
    the same against the year alone is read."""
    said = (
        "Từ ngày 01/7/2025, Ủy ban nhân dân tỉnh giao cho xã Yên Mô 42 biên chế cán bộ, công "
        "chức, giảm 23 biên chế so với {base}."
    )
    _, _, unread = _rows(said.format(base="tổng số của ba đơn vị cũ năm 2024"))
    assert unread == {1}
    rows, _, unread = _rows(said.format(base="năm 2024"))
    assert not unread
    assert {(year, value, cut) for _, year, value, cut, *_ in rows} == {
        (2025, 42, None),
        (2025, None, 23),
    }


def test_the_commune_staff_kept_as_the_year_before() -> None:
    """ "Năm 2026 giữ nguyên 6.930 biên chế cán bộ, công chức cấp xã, không thay đổi so với năm
    2025": the figure kept, the same said twice. Twin: no category named stays unread."""
    rows, _, unread = _rows(
        "Năm 2026 giữ nguyên 6.930 biên chế cán bộ, công chức cấp xã, không thay đổi so với năm "
        "2025."
    )
    assert not unread
    assert {(year, value, cut, base) for _, year, value, cut, base, _ in rows} == {
        (2026, 6930, None, None),
        (2026, None, 0, 2025),
    }
    _, _, unread = _rows("Năm 2026 giữ nguyên 6.930 biên chế, không thay đổi so với năm 2025.")
    assert unread == {1}


def test_an_average_per_commune_and_its_division_are_outside() -> None:
    """ "Bình quân mỗi xã, phường được giao 61 biên chế ... (5.612 biên chế chia cho 92 đơn vị
    hành chính cấp xã)": an average, and the sum it divides, are no unit's figure. Twin: an
    average per year, no commune's words listed, stays unread as before."""
    lead = "Năm 2026, các xã, phường được giao 5.612 biên chế cán bộ, công chức.\n"
    rows, _, unread = _rows(
        lead + "Bình quân mỗi xã, phường được giao 61 biên chế cán bộ, công chức (5.612 biên "
        "chế chia cho 92 đơn vị hành chính cấp xã)."
    )
    assert {value for _, _, value, *_ in rows} == {5612} and not unread
    _, _, unread = _rows(lead + "Bình quân mỗi năm, tỉnh giao 61 biên chế cán bộ, công chức.")
    assert unread == {2}


REORGANISED_BASE = """1. Tổng biên chế cán bộ, công chức của tỉnh năm 2026 là 2.242 biên chế, gồm:
a) Các cơ quan hành chính: 2.196 biên chế;
b) Dự phòng: 46 biên chế.
2. So với tổng biên chế được giao năm 2025 {after}(2.309 biên chế), năm 2026 giảm 67 biên chế.
"""


def test_a_base_said_after_the_reorganisation() -> None:
    """ "So với tổng biên chế được giao năm 2025 sau sắp xếp đơn vị hành chính (2.309 biên
    chế), năm 2026 giảm 67 biên chế": "sau sắp xếp ..." says when, not whose: read as without
    it. Twin: words naming what was merged ("sau khi sáp nhập hai sở") are not dropped: the
    line stays unread."""
    plain, _, _ = _rows(REORGANISED_BASE.format(after=""))
    rows, _, unread = _rows(REORGANISED_BASE.format(after="sau sắp xếp đơn vị hành chính "))
    assert not unread
    assert rows == plain
    assert (2025, 2309) in {(year, value) for _, year, value, *_ in rows}
    _, _, unread = _rows(REORGANISED_BASE.format(after="sau khi sáp nhập hai sở "))
    assert unread == {4}


def test_commune_staff_given_as_a_count_of_their_category() -> None:
    """ "Năm 2024 tỉnh giao 4.086 cán bộ, công chức cấp xã": the count's noun is the commune
    staff's category, said with its level: posts given (unread before, the count standing
    before its category with no word of posts). Twin: "cán bộ, công chức" without "cấp xã"
    (people in post, or the province's?) stays unread."""
    rows, _, unread = _rows("Năm 2024 tỉnh giao 4.086 cán bộ, công chức cấp xã.")
    assert not unread
    assert _categories("Năm 2024 tỉnh giao 4.086 cán bộ, công chức cấp xã.")[4086] == {"CBCC-XA"}
    assert {(year, value) for _, year, value, *_ in rows} == {(2024, 4086)}
    _, _, unread = _rows("Năm 2024 tỉnh giao 4.086 cán bộ, công chức.")
    assert unread == {1}


def test_commune_staff_given_to_some_communes_are_not_the_categorys_whole() -> None:
    """ "Năm 2025, tỉnh giao 402 biên chế cán bộ, công chức cấp xã cho 19 xã khu vực I": some
    communes' posts, which were read as the commune staff's whole (a latent misread). Not
    read. Twin: given to the communes as a level ("cho các xã, phường"), the category's."""
    _, _, unread = _rows(
        "Năm 2025, tỉnh giao 402 biên chế cán bộ, công chức cấp xã cho 19 xã khu vực I."
    )
    assert unread == {1}
    rows, _, unread = _rows(
        "Năm 2025, tỉnh giao 402 biên chế cán bộ, công chức cấp xã cho các xã, phường."
    )
    assert not unread
    assert rows == {("cbcc-xa", 2025, 402, None, None, None)}


def test_commune_staff_asked_for_are_not_spelled_as_given() -> None:
    """The twin of the two spelled forms above: "Sở Nội vụ đề nghị giao 1.793 cán bộ, công chức
    cấp xã năm 2026" and "Sở Nội vụ đề nghị giao cho các xã, phường 930 biên chế cán bộ, công
    chức": an asker's proposal, whose posts (the asker's own body read as the unit, in the
    province's category) the sentence does not say as a giver's would: left unread."""
    for text in (
        "Sở Nội vụ đề nghị giao 1.793 cán bộ, công chức cấp xã năm 2026.",
        "Năm 2026, Sở Nội vụ đề nghị giao cho các xã, phường 930 biên chế cán bộ, công chức.",
    ):
        _, _, unread = _rows(text)
        assert unread == {1}, text


# --- Session 11, eng-latent: latent misreads and declines left by session 10 -----------------

_DISTRICT_COMMUNES = (
    "KẾ HOẠCH TINH GIẢN BIÊN CHẾ CỦA HUYỆN\n\n1. Biên chế cán bộ, công chức cấp xã\n\n"
    "{said}\nĐến năm 2026 còn 390 biên chế, giảm 20 biên chế so với năm 2021.\n"
)


@pytest.mark.parametrize(
    "said",
    [
        "Năm 2021 toàn huyện có 410 biên chế cán bộ, công chức cấp xã.",
        "Năm 2021 toàn huyện được giao 410 biên chế cán bộ, công chức cấp xã.",
        "Năm 2021 số cán bộ, công chức cấp xã là 410 biên chế.",
    ],
)
def test_the_districts_commune_staff_are_one_unit_under_their_heading(said: str) -> None:
    """ "Năm 2021 toàn huyện có 410 biên chế cán bộ, công chức cấp xã." under a heading naming
    the commune staff: the district's whole speaks ("toàn huyện", as "toàn tỉnh"), the count is
    of cán bộ, công chức cấp xã (it was the district's CBCC: a latent misread), and the heading's
    later figure is of the same unit (a heading's line and a line saying "cấp xã" again were two
    units, cbcc-xa and cbcc-xa-2, so the change could not be checked)."""
    rows, parts, unread = _rows(_DISTRICT_COMMUNES.format(said=said))
    assert rows == {
        ("cbcc-xa", 2021, 410, None, None, None),
        ("cbcc-xa", 2026, 390, None, None, None),
        ("cbcc-xa", 2026, None, 20, 2021, None),
    }
    assert set(parts) == {"cbcc-xa"}
    assert not unread


def test_commune_staff_of_a_named_district_and_the_near_forms() -> None:
    """Twins: a district named ("huyện A") is a body, its commune staff its cấp xã line (never
    its CBCC); the district's whole naming no commune counts its CBCC; a bare count of people
    ("có 410 cán bộ, công chức cấp xã": posts or people in post?) stays unread, attached to no
    unit or year."""
    rows, _, unread = _rows("Năm 2021 huyện A có 410 biên chế cán bộ, công chức cấp xã.")
    assert rows == {("huyen-a-cbcc-xa", 2021, 410, None, None, None)}
    assert not unread
    rows, _, _ = _rows("Năm 2021 toàn huyện có 410 biên chế công chức.")
    assert rows == {("cbcc", 2021, 410, None, None, None)}
    for said in (
        "Năm 2021 toàn huyện có 410 cán bộ, công chức cấp xã.",
        "Năm 2021 toàn huyện có 410 cán bộ, công chức.",
    ):
        rows, _, unread = _rows(said)
        assert rows == frozenset()
        assert unread == {1}


def test_a_request_to_the_giver_names_no_unit() -> None:
    """ "...; đề nghị Bộ Nội vụ năm 2026 là 514 biên chế công chức": the request and whom it
    asks are no unit (it was a unit named "Đề nghị Bộ Nội vụ"): the same posts asked for the
    next year; "Đề nghị Bộ Nội vụ thẩm định, trình giao N ..." is the text's own request. Twins:
    asked of a body that gives no posts ("kiến nghị Sở B", "đề nghị Bộ Tài chính"), whose the
    figure is cannot be told: unread; never a unit with the verb in its name."""
    rows, _, unread = _rows(
        "Năm 2021, Cục A được giao 520 biên chế công chức; đề nghị Bộ Nội vụ năm 2026 là 514 "
        "biên chế công chức."
    )
    assert rows == {
        ("cuc-a-cbcc", 2021, 520, None, None, None),
        ("cuc-a-cbcc", 2026, 514, None, None, None),
    }
    assert not unread
    rows, _, unread = _rows(
        "Đề nghị Bộ Nội vụ thẩm định, trình giao 5.795 biên chế công chức năm 2025, giảm 65 "
        "biên chế so với năm 2024."
    )
    assert rows == {
        ("cbcc", 2025, 5795, None, None, None),
        ("cbcc", 2025, None, 65, 2024, None),
    }
    for asked in ("kiến nghị Sở B", "đề nghị Bộ Tài chính"):
        rows, _, unread = _rows(
            f"Năm 2021, Cục A được giao 520 biên chế công chức; {asked} năm 2026 là 514 biên "
            "chế công chức."
        )
        assert rows == frozenset()
        assert unread == {1}
    # a request for a category ("đề nghị giao tổng số người làm việc ...") asks no body
    rows, _, unread = _rows(
        "Đồng thời, đề nghị giao tổng số người làm việc trong các đơn vị sự nghiệp công lập của "
        "tỉnh năm 2022 là 30.818 người."
    )
    assert {(year, value) for _, year, value, *_ in rows} == {(2022, 30818)}
    assert not unread


def test_a_day_of_the_year_in_force_is_no_part_of_the_units_name() -> None:
    """ "Năm 2024, Sở A ...; tính đến ngày 30/6/2024, Cục B được giao 520 biên chế công chức":
    the day is of the year in force, so the figure is Cục B's of 2024 (the unit was named
    "Tính đến ngày 30/6/2024, Cục B"). Twins: a day of another year, or a year said beside a
    day of another, stays unread."""
    rows, _, unread = _rows(
        "Năm 2024, Sở A được giao 120 biên chế công chức; tính đến ngày 30/6/2024, Cục B được "
        "giao 520 biên chế công chức."
    )
    assert rows == {
        ("so-a-cbcc", 2024, 120, None, None, None),
        ("cuc-b-cbcc", 2024, 520, None, None, None),
    }
    assert not unread
    for said in (
        "Năm 2021, Cục A được giao 520 biên chế; tính đến ngày 30/6/2024, Cục A được giao 510 "
        "biên chế.",
        "Năm 2021, tính đến ngày 30/6/2024, Cục A được giao 510 biên chế công chức.",
    ):
        rows, _, unread = _rows(said)
        assert rows == frozenset()
        assert unread == {1}


_TONG_CUC_ROWS = """Biên chế năm 2024 của Bộ:

| STT | Đơn vị | Biên chế công chức | Số lượng người làm việc |
|---|---|---|---|
| I | Khối cơ quan Bộ | 100 | 20 |
| 1 | Vụ Tổ chức cán bộ | 40 | 5 |
| 2 | {body} | 60 | 15 |
| II | Tổng cục Hải quan | 300 | 30 |
| 1 | Cục Hải quan tỉnh A | 200 | 10 |
| 2 | Cục Hải quan tỉnh B | 100 | 20 |
| | Tổng cộng | 400 | 50 |
"""


def test_a_tong_cuc_row_is_a_body_never_the_tables_sum() -> None:
    """ "Tổng cục Thuế", "Tổng cục Hải quan" among a table's rows: bodies (a group, a part),
    never a sum row ("tổng" opened them, so the table of groups was declined whole), and
    "Tổng cục Thuế" is no "Cục Thuế" (the word was dropped from a line's name as a sum's).
    The twin: the real "Tổng cộng" row is the sum of the groups."""
    rows, parts, unread = _rows(_TONG_CUC_ROWS.format(body="Tổng cục Thuế"))
    assert not unread
    assert ("cbcc-bo", 2024, 400, None, None, None) in rows
    groups = set(parts["cbcc-bo"])
    assert len(groups) == 2
    assert any("hai-quan" in group for group in groups)
    names = {
        u["name"]
        for u in extract_plan(_TONG_CUC_ROWS.format(body="Tổng cục Thuế"), "d.md").data["units"]
    }
    assert any("Tổng cục Thuế" in name for name in names)
    both = _TONG_CUC_ROWS.format(body="Tổng cục Thuế").replace(
        "| 1 | Vụ Tổ chức cán bộ |", "| 1 | Cục Thuế |"
    )
    rows, parts, unread = _rows(both)
    assert not unread
    below = [p for p in parts.values() if len(p) == 2 and any("thue" in q for q in p)]
    assert below and len(set(below[0])) == 2  # Cục Thuế and Tổng cục Thuế: two units


_ONE_BLOCK = (
    "THÔNG BÁO\nvề biên chế khối đảng, đoàn thể huyện giai đoạn 2022 - 2026\n\n"
    "1. Biên chế năm 2021\n{first}\n\n2. Lộ trình\n"
    "Thống nhất lộ trình tổng biên chế của khối như sau: năm 2022 là 79 biên chế; năm 2023 là "
    "78 biên chế; năm 2024 là 77 biên chế; năm 2025 là 76 biên chế; năm 2026 là 75 biên chế.\n\n"
    "3. Phân bổ năm 2026\nBiên chế năm 2026 là 75 biên chế, cụ thể:\n"
    "- Các ban đảng Huyện ủy: 46 biên chế;\n"
    "- Ủy ban Mặt trận Tổ quốc và các đoàn thể huyện: 27 biên chế;\n- Dự phòng: 2 biên chế.\n"
)


def test_the_one_block_named_again_without_its_name() -> None:
    """A text about one block: "tổng biên chế của khối" (a bare "khối") and a bare "Biên chế
    năm 2026 là 75 biên chế, cụ thể:" under a heading naming nothing are that block's figures
    (the first was a total of its own, the second unread, so the 2026 list with its reserve
    was no part of the block: blind Y1's 4 misread lines). Its two lists name different parts
    (the reserve only in 2026): the parts are not written, the figures are read. The twin: no
    block stated first (two bodies), so the bare "Biên chế" names nothing known: unread."""
    first = (
        "Tổng biên chế khối đảng, Mặt trận Tổ quốc và các đoàn thể của huyện năm 2021 là 80 "
        "biên chế, gồm: các ban đảng Huyện ủy 50 biên chế; Ủy ban Mặt trận Tổ quốc và các đoàn "
        "thể huyện 30 biên chế."
    )
    rows, parts, unread = _rows(_ONE_BLOCK.format(first=first))
    assert not unread
    assert {(y, v) for u, y, v, *_ in rows if u == "dang"} == {
        (2021, 80),
        (2022, 79),
        (2023, 78),
        (2024, 77),
        (2025, 76),
        (2026, 75),
    }
    assert ("du-phong", 2026, 2, None, None, None) in rows
    assert "tong" not in parts
    first = (
        "Năm 2021, các ban đảng Huyện ủy được giao 50 biên chế; Ủy ban Mặt trận Tổ quốc và các "
        "đoàn thể huyện được giao 30 biên chế."
    )
    _, _, unread = _rows(_ONE_BLOCK.format(first=first))
    assert 11 in unread


_REVIEWED = (
    "1. Biên chế công chức\n"
    "Tờ trình nêu: năm 2025 đề nghị giao 2.384 biên chế công chức, giảm 38 biên chế so với "
    "năm 2024.\n"
    "Qua đối chiếu, năm 2024 tỉnh được giao 2.420 biên chế công chức, nên số giảm thực tế là "
    "36 biên chế; Ban đề nghị chỉnh lý số liệu tại Tờ trình.\n"
)


def test_a_reviewers_correction_is_the_change_it_corrects() -> None:
    """ "Qua đối chiếu, năm 2024 tỉnh được giao 2.420 biên chế công chức, nên số giảm thực tế
    là 36 biên chế": the figure of 2024, and the change of the one later year the text stated
    against 2024 (2025's), as the reviewer says it should read; the checker then finds the
    quoted 38 wrong (2.420 − 2.384 = 36). Twins: no change stated against that year before,
    so which year's change it corrects cannot be told, or a change of two later years: unread."""
    rows, _, unread = _rows(_REVIEWED)
    assert rows == {
        ("cbcc", 2025, 2384, None, None, None),
        ("cbcc", 2025, None, 38, 2024, None),
        ("cbcc", 2024, 2420, None, None, None),
        ("cbcc", 2025, None, 36, 2024, None),
    }
    assert not unread
    plan = plan_from_result(extract_plan(_REVIEWED, "doc.txt"), "doc.txt")
    differences = [f for f in check_plan(plan).findings if f.kind == "claim-difference"]
    assert [f.position.line for f in differences] == [2]
    alone = _REVIEWED.replace(", giảm 38 biên chế so với năm 2024", "")
    _, _, unread = _rows(alone)
    assert unread == {3}
    two = _REVIEWED.replace(
        "năm 2024.\n",
        "năm 2024; năm 2026 đề nghị giao 2.350 biên chế, giảm 70 biên chế so với năm 2024.\n",
    )
    _, _, unread = _rows(two)
    assert 3 in unread


# Session 11, eng-adjust3: adjustments said as a move and its change, kept figures, and the
# lines checking a target.

_ADJUSTED_HEAD = "Điều 1. Điều chỉnh số lượng người làm việc năm 2025 đã giao như sau:\n"
_ADJUSTED_MOVES = (
    "1. Điều chỉnh giảm 30 người của sự nghiệp văn hóa, từ 830 người xuống còn 800 người, cụ "
    "thể:\na) Các đoàn nghệ thuật: giảm 10 người, từ 310 người xuống còn 300 người;\nb) Thư viện "
    "và bảo tàng: từ 520 người xuống còn 500 người (giảm 20 người).\n2. Điều chỉnh tăng 30 người "
    "cho sự nghiệp khoa học, từ 270 người lên 300 người.\n"
)


def test_an_adjustment_said_as_a_move_and_its_change_sets_only_the_years_figure() -> None:
    """Under "Điều 1. Điều chỉnh ... năm 2025 ...", "Điều chỉnh giảm 30 người của sự nghiệp
    văn hóa, từ 830 người xuống còn 800 người, cụ thể:" sets the sector's 2025 figure at 800;
    the 830 it replaces is the same year's old allocation (no base, no second figure of 2025)
    and the 30 is the text's own arithmetic (830 − 800), checked and used for nothing else.
    Items said "X: giảm 10 người, từ 310 ... xuống còn 300 người" or with the change after
    the move are its parts; "Điều chỉnh tăng 30 người cho ..., từ 270 người lên 300 người"
    is read the same way; "Tổng số ... năm 2025 của tỉnh giữ nguyên 9.000 người như đã giao"
    is that year's figure."""
    rows, parts, unread = _rows(
        _ADJUSTED_HEAD
        + _ADJUSTED_MOVES
        + "3. Tổng số người làm việc năm 2025 của tỉnh giữ nguyên 9.000 người như đã giao.\n"
    )
    assert not unread
    assert {(year, value, reduction) for _, year, value, reduction, *_ in rows} == {
        (2025, 800, None),
        (2025, 300, None),
        (2025, 500, None),
        (2025, 9000, None),
    }
    assert len([row for row in rows if row[2] == 300]) == 2
    assert ("vc", 2025, 9000, None, None, None) in rows
    whole = next(unit for unit, _, value, *_ in rows if value == 800)
    assert len(parts[whole]) == 2


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # the change is not the difference (12 ≠ 310 − 300)
        ("giảm 10 người, từ 310", "giảm 12 người, từ 310"),
        # a change against the move ("tăng" while the figure falls)
        ("giảm 10 người, từ 310", "tăng 10 người, từ 310"),
    ],
)
def test_an_adjustment_whose_change_is_not_its_move_is_declined(old: str, new: str) -> None:
    """The twin: the change the item states is not the move between its figures: the item
    is unread (with the arithmetic), and its list no longer gives its lead's parts."""
    rows, parts, unread = _rows(_ADJUSTED_HEAD + _ADJUSTED_MOVES.replace(old, new))
    assert unread == {3}
    assert not any(value == 300 and unit != "vc-khoa-hoc" for unit, _, value, *_ in rows)
    whole = next(unit for unit, _, value, *_ in rows if value == 800)
    assert not parts.get(whole)


@pytest.mark.parametrize(
    "head",
    [
        # nothing says it is an adjustment: a move over which years?
        "Điều 1. Giao số lượng người làm việc như sau:\n",
        # an adjustment of a period: which year is set?
        "Điều 1. Điều chỉnh lộ trình giai đoạn 2022 - 2026 như sau:\n",
    ],
)
def test_a_move_and_its_change_outside_one_years_adjustment_is_declined(head: str) -> None:
    """The twin: the same lines with no "điều chỉnh" above them, or under an adjustment of
    a period, give no year to the figure set: unread, as before."""
    text = head + _ADJUSTED_MOVES.replace(
        "Điều chỉnh giảm 30 người của sự nghiệp văn hóa", ("Sự nghiệp văn hóa: giảm 30 người")
    ).replace(
        "Điều chỉnh tăng 30 người cho sự nghiệp khoa học", "Sự nghiệp khoa học: tăng 30 người"
    )
    rows, _, unread = _rows(text)
    assert rows == frozenset()
    assert unread == {2, 3, 4, 5}


def test_a_figure_kept_as_given_after_its_subject_and_year() -> None:
    """ "Tổng số người làm việc năm 2025 của tỉnh giữ nguyên 9.000 người như đã giao": the
    2025 figure, as after a label's colon. Twin: no subject at all: unread."""
    rows, _, unread = _rows(
        "Điều 1. Điều chỉnh biên chế năm 2025 như sau:\nTổng số người làm việc năm 2025 của "
        "tỉnh giữ nguyên 9.000 người như đã giao.\n"
    )
    assert rows == {("vc", 2025, 9000, None, None, None)}
    assert not unread
    rows, _, unread = _rows(
        "Điều 1. Điều chỉnh biên chế năm 2025 như sau:\nGiữ nguyên 9.000 người như đã giao.\n"
    )
    assert not rows and unread == {2}


_TARGET_CHECK = (
    "Năm 2021, tỉnh được giao 500 biên chế công chức và 1.000 người làm việc.\n"
    "Năm 2026, tỉnh được giao 470 biên chế công chức và 880 người làm việc.\n\n"
    "III. ĐỐI CHIẾU VỚI KẾT LUẬN SỐ 40-KL/TW\n{lead}\n"
    "+ Biên chế công chức giảm 30 biên chế, tỷ lệ 6,00% (yêu cầu tối thiểu 5%);\n"
    "+ Số lượng người làm việc giảm 120 người, tỷ lệ 12,00% (yêu cầu tối thiểu 10%).\n"
)


@pytest.mark.parametrize(
    "lead", ["Đến năm 2026, so với số được giao năm 2021:", "So với năm 2021, đến năm 2026:"]
)
def test_a_lead_naming_the_year_and_the_base_gives_them_to_its_items(lead: str) -> None:
    """ "Đến năm 2026, so với số được giao năm 2021:" over "+ Biên chế công chức giảm 30 biên
    chế, tỷ lệ 6,00% (yêu cầu tối thiểu 5%);": each item's change is of 2026 against 2021
    (the minimum quoted is the law's, no figure)."""
    rows, _, unread = _rows(_TARGET_CHECK.format(lead=lead))
    assert not unread
    assert ("cbcc", 2026, None, 30, 2021, "6,00%") in rows
    assert ("vc", 2026, None, 120, 2021, "12,00%") in rows


@pytest.mark.parametrize(
    "lead",
    [
        # the base not before the year
        "Đến năm 2021, so với số được giao năm 2026:",
        # no year the items speak of
        "So với số được giao năm 2021:",
    ],
)
def test_a_lead_not_naming_a_later_year_and_its_base_gives_nothing(lead: str) -> None:
    """The twin: a lead whose base is not before its year, or naming no year of its own,
    gives its items nothing: they stay unread."""
    rows, _, unread = _rows(_TARGET_CHECK.format(lead=lead))
    assert {6, 7} <= unread
    assert not any(reduction in (30, 120) for _, _, _, reduction, *_ in rows)


def test_a_least_cut_the_law_asks_for_beside_the_plans_cut_is_no_figure() -> None:
    """ "giảm 30 so với năm 2021 (yêu cầu giảm tối thiểu 25)": the 25 is KL 40's 5% of the
    base, quoted; the plan's cut is read. Twin: another count in the parenthesis stays unread."""
    text = (
        "Năm 2021, tỉnh được giao 500 biên chế công chức.\nĐến năm 2026, biên chế công chức "
        "giảm 30 so với năm 2021 ({}).\n"
    )
    rows, _, unread = _rows(text.format("yêu cầu giảm tối thiểu 25"))
    assert ("cbcc", 2026, None, 30, 2021, None) in rows
    assert not unread
    rows, _, unread = _rows(text.format("trong đó cấp tỉnh 25"))
    assert unread == {2}


_RESTATED = (
    "I. LỘ TRÌNH\n1. Năm 2025, Văn phòng được giao 40 biên chế.\n2. Lộ trình biên chế của "
    "Văn phòng: năm 2026 là 39 biên chế; năm 2027 là 39 biên chế; năm 2028 là 38 biên chế.\n"
    "3. Đến năm 2028 còn {} biên chế, giảm {} biên chế so với năm {}, tỷ lệ giảm {}.\n"
)


def test_a_numbered_line_restating_its_siblings_figure_with_a_change_is_that_units() -> None:
    """ "3. Đến năm 2028 còn 38 biên chế, giảm 2 biên chế so với năm 2025, tỷ lệ giảm 5%."
    right after "2. Lộ trình biên chế của Văn phòng: ...; năm 2028 là 38 biên chế.": the
    roadmap's unit, its 2028 figure restated, and its change against 2025 (38 + 2 = 40, the
    2025 figure; a whole rate is the checker's to verify)."""
    rows, _, unread = _rows(_RESTATED.format("38", "2", "2025", "5%"))
    assert 4 not in unread
    unit = next(u for u, year, value, *_ in rows if (year, value) == (2026, 39))
    assert (unit, 2028, 38, None, None, None) in rows
    assert (unit, 2028, None, 2, 2025, "5%") in rows


@pytest.mark.parametrize(
    "said",
    [
        # the figure restated is not the roadmap's of that year
        ("37", "3", "2025", "7,5%"),
    ],
)
def test_a_numbered_line_not_restating_its_siblings_figure_is_unread(
    said: tuple[str, str, str, str],
) -> None:
    """The twin: a figure the sibling did not state for that year: unread, as before."""
    rows, _, unread = _rows(_RESTATED.format(*said))
    assert 4 in unread
    assert not any(year == 2028 and value is None for _, year, value, *_ in rows)


def test_a_restated_figure_whose_change_its_sibling_contradicts_is_a_slip_found() -> None:
    """The figure restated is the roadmap's (38 in 2028), its change is not (39 − 38 = 1, not
    2, against 2026): the line is the roadmap's (eng-lists3's "còn" rule reads it) and the
    checker reports the stated change, never a silent reading of it. (eng-adjust3 had left
    it unread; merged, the slip is found instead.)"""
    text = _RESTATED.format("38", "2", "2026", "5%")
    _, _, unread = _rows(text)
    assert 4 not in unread
    plan = plan_from_result(extract_plan(text, "doc.txt"), "doc.txt")
    assert ("claim-difference", 2028) in {(f.kind, f.year) for f in check_plan(plan).findings}


def test_a_kept_count_of_commune_posts_said_twice_as_unchanged() -> None:
    """ "Năm 2026 giữ nguyên 930 biên chế cán bộ, công chức cấp xã, không thay đổi so với năm
    2025.": the commune posts' 2026 figure and its equality with 2025. Twin: no category
    after the count: unread."""
    rows, _, unread = _rows(
        "Năm 2026 giữ nguyên 930 biên chế cán bộ, công chức cấp xã, không thay đổi so với năm "
        "2025.\n"
    )
    assert rows == {
        ("cbcc-xa", 2026, 930, None, None, None),
        ("cbcc-xa", 2026, None, 0, 2025, None),
    }
    assert not unread
    rows, _, unread = _rows("Năm 2026 giữ nguyên 930 biên chế, không thay đổi so với năm 2025.\n")
    assert not rows and unread == {1}


def test_a_body_asking_to_keep_its_posts_as_in_a_year_said_with_the_figure() -> None:
    """ "Bệnh viện tỉnh đề nghị năm 2025 giữ nguyên số người làm việc như năm 2024 là 640
    người.": the hospital's VC of 2025, kept as in 2024 (the figure is the year asked for's;
    2024's is not stated a second time). Twin: an authority asking (it gives others their
    posts, whose the sentence does not say): unread."""
    rows, _, unread = _rows(
        "Bệnh viện tỉnh đề nghị năm 2025 giữ nguyên số người làm việc như năm 2024 là 640 người.\n"
    )
    assert not unread
    assert {(year, value, reduction, base) for _, year, value, reduction, base, _ in rows} == {
        (2025, 640, None, None),
        (2025, None, 0, 2024),
    }
    rows, _, unread = _rows(
        "Ủy ban nhân dân tỉnh đề nghị năm 2025 giữ nguyên số người làm việc như năm 2024 là 640 "
        "người.\n"
    )
    assert not rows and unread == {1}


def test_posts_under_a_section_about_the_hoi_said_with_ve_are_the_hois() -> None:
    """ "3. Về biên chế hội có tính chất đặc thù" over "Đề nghị giao 118 biên chế, không thay
    đổi so với năm 2024.": the section's topic is the hội as a whole ("Về" as "Đối với"), so
    the posts naming no unit are theirs. Twin: a section about one hội by its name: unread."""
    text = (
        "BÁO CÁO THẨM TRA BIÊN CHẾ NĂM 2025\n\n1. Về biên chế công chức\nNăm 2025 đề nghị giao "
        "2.384 biên chế công chức, giảm 38 biên chế so với năm 2024.\n\n{}\nĐề nghị giao 118 "
        "biên chế, không thay đổi so với năm 2024.\n"
    )
    rows, _, unread = _rows(text.format("3. Về biên chế hội có tính chất đặc thù"))
    assert {("hoi", 2025, 118, None, None, None), ("hoi", 2025, None, 0, 2024, None)} <= rows
    assert not unread
    rows, _, unread = _rows(text.format("3. Về biên chế của Hội Nông dân tỉnh"))
    assert not any(value == 118 for _, _, value, *_ in rows)
    assert 7 in unread


# --- groups, items and leads read further (branch eng-lists3) ---------------------------------

REGION_GROUPS = (
    "Điều 1. Giao 1.000 người làm việc năm 2025 cho các trường, gồm:\n"
    "1. Khu vực phía Đông (Tân Phú, An Hòa, Bình Lợi): 6 trường, mỗi trường 70 người, cộng "
    "{sum} người.\n"
    "2. {region}: 580 người, gồm:\n"
    "- Trường THPT Long Mỹ: 300 người;\n"
    "- Trường THPT Phú Hữu: 280 người.\n"
)


def test_a_region_listing_its_places_is_the_unit_of_its_group() -> None:
    """ "Khu vực phía Đông (Tân Phú, An Hòa, Bình Lợi): 6 trường, mỗi trường 70 người, cộng 420
    người" was unread (the places in parentheses stopped the group's label), and so was "Khu
    vực phía Tây (Long Mỹ, Phú Hữu): 580 người, gồm:" (a region named no unit): each region is
    a unit of its figure, the schools only counted, the amount for each no figure. Twins: a
    sum that is not 6 × 70 is unread, nothing of it used; a region named by a lowercase word
    ("khu vực miền núi") names no unit: unread as before."""
    rows, parts, unread = _rows(
        REGION_GROUPS.format(sum="420", region="Khu vực phía Tây (Long Mỹ, Phú Hữu)")
    )
    assert not unread
    assert ("khu-vuc-phia-dong", 2025, 420, None, None, None) in rows
    assert ("khu-vuc-phia-tay", 2025, 580, None, None, None) in rows
    assert not {70, 6} & {row[2] for row in rows}
    assert set(parts["khu-vuc-phia-tay"]) == {"truong-thpt-long-my", "truong-thpt-phu-huu"}
    rows, _, unread = _rows(
        REGION_GROUPS.format(sum="430", region="Khu vực phía Tây (Long Mỹ, Phú Hữu)")
    )
    assert 2 in unread and not {420, 430, 70} & {row[2] for row in rows}
    rows, _, unread = _rows(REGION_GROUPS.format(sum="420", region="khu vực miền núi"))
    assert 3 in unread and 580 not in {row[2] for row in rows}


def test_bodies_numbered_by_digits_with_their_sum_are_one_group() -> None:
    """ "Các Trung tâm Kiểm định 1, 2 và 3: mỗi trung tâm 120 người, cộng 360 người" was unread:
    the digits naming the centres were taken for headcounts. They are names: the group is one
    unit of 360 (3 × 120), a part of the list's whole. Twin: a sum that 3 × 120 does not give
    stays unread, nothing of the line used."""
    text = (
        "Tổng số người làm việc năm 2026 là 460 người, gồm:\n"
        "- Viện Đo lường: 100 người;\n"
        "- Các Trung tâm Kiểm định 1, 2 và 3: mỗi trung tâm 120 người, cộng {sum} người.\n"
    )
    rows, parts, unread = _rows(text.format(sum="360"))
    assert not unread
    assert {row[2] for row in rows} == {460, 100, 360}
    assert any(len(p) == 2 for p in parts.values())
    rows, _, unread = _rows(text.format(sum="380"))
    assert 3 in unread and not {120, 360, 380} & {row[2] for row in rows}


BODIES_COUNT_FIRST = (
    "1. Năm 2021, cơ quan Bộ và các đơn vị trực thuộc được giao 300 biên chế, gồm:\n"
    "- 120 biên chế công chức {where};\n"
    "- 180 người làm việc tại các đơn vị sự nghiệp công lập chưa tự bảo đảm chi thường xuyên.\n"
)


def test_a_count_first_item_naming_all_bodies_of_a_kind_is_their_line() -> None:
    """ "- 120 biên chế công chức tại các vụ, văn phòng của cơ quan Bộ;" was unread (a qualifier
    after a count first was left to the usual rules, which declined it): it is the line of
    those bodies' công chức, read as "Biên chế công chức tại các vụ ...: 120" is. Twins: posts
    "tại các xã, phường" (another level's staff, or the province's there?) and posts at one
    body ("tại Sở Y tế") stay unread, as before."""
    rows, parts, unread = _rows(
        BODIES_COUNT_FIRST.format(where="tại các vụ, văn phòng của cơ quan Bộ")
    )
    assert not unread
    assert {row[2] for row in rows} == {300, 120, 180}
    (whole,) = [unit for unit, _, value, *_ in rows if value == 300]
    assert len(parts[whole]) == 2
    for where in ("tại các xã, phường", "tại Sở Y tế"):
        rows, _, unread = _rows(BODIES_COUNT_FIRST.format(where=where))
        assert 2 in unread and 120 not in {row[2] for row in rows}


AGAINST_LEAD = (
    "KẾ HOẠCH\n"
    "Năm 2021, Bộ được giao 120 biên chế công chức và 180 người làm việc.\n"
    "Năm 2026, Bộ được giao 114 biên chế công chức và 162 người làm việc.\n"
    "IV. ĐỐI CHIẾU VỚI KẾT LUẬN\n"
    "{lead}\n"
    "+ Biên chế công chức giảm 6 biên chế, tỷ lệ 5,00%;\n"
    "+ Số lượng người làm việc giảm 18 người, tỷ lệ 10,00%.\n"
)


def test_a_lead_closing_with_the_year_it_compares_with_dates_its_items() -> None:
    """ "Đến năm 2026, so với số được giao năm 2021:" over items giving only cuts was read as
    naming no year (two years, so no year title): its lines are of 2026, compared with 2021,
    as under "Đến năm 2026:" and a heading "(so với năm 2021)". Twin: a lead comparing with
    two years ("so với năm 2021 và năm 2025:") says neither: the items stay unread."""
    rows, _, unread = _rows(AGAINST_LEAD.format(lead="Đến năm 2026, so với số được giao năm 2021:"))
    assert not {6, 7} & unread
    assert {row[1:] for row in rows if row[3] is not None} == {
        (2026, None, 6, 2021, "5,00%"),
        (2026, None, 18, 2021, "10,00%"),
    }
    _, _, unread = _rows(AGAINST_LEAD.format(lead="Đến năm 2026, so với năm 2021 và năm 2025:"))
    assert {6, 7} <= unread


RESERVE_BESIDE = (
    "Thống nhất tổng biên chế cán bộ, công chức của các cơ quan đảng huyện đến năm 2026 là 68 "
    "biên chế, gồm: {given} biên chế giao cho các cơ quan và 3 biên chế dự phòng do Ban Thường "
    "vụ Huyện ủy quản lý."
)


def test_a_reserve_beside_the_posts_given_to_bodies_is_a_part() -> None:
    """ "..., gồm: 65 biên chế giao cho các cơ quan và 3 biên chế dự phòng do Ban Thường vụ
    Huyện ủy quản lý." was unread (the reserve after an object named no unit): it is the
    figure's reserve, beside the bodies' share, both its parts (65 + 3 = 68). So too
    "1.201 biên chế giao cho các sở, ban, ngành và 13 biên chế dự phòng". Twin: shares that
    do not add up to the figure (64 + 3) may be some of it or a slip: unread."""
    rows, parts, unread = _rows(RESERVE_BESIDE.format(given="65"))
    assert not unread
    (whole,) = [unit for unit, year, value, *_ in rows if value == 68]
    reserve = next(unit for unit, _, value, *_ in rows if value == 3)
    assert reserve in parts[whole] and len(parts[whole]) == 2
    rows, _, unread = _rows(RESERVE_BESIDE.format(given="64"))
    assert unread == {1} and not {64, 3} & {row[2] for row in rows}


REMAINS_SIBLING = (
    "KẾ HOẠCH\n"
    "1. Năm 2021, cơ quan Tổng Liên đoàn và các đơn vị trực thuộc được giao 300 biên chế, gồm:\n"
    "- 120 biên chế công chức;\n"
    "- 180 người làm việc.\n"
    "{between}"
    "2. Năm 2025 {verb} 280 biên chế.\n"
)


def test_a_numbered_line_of_what_remains_is_its_siblings_unit() -> None:
    """ "2. Năm 2025 còn 280 biên chế." after "1. Năm 2021, cơ quan ... được giao 300 biên chế,
    gồm:" and its items named no unit, so was unread: what remains ("còn") in a later year is
    the figure of the one unit its sibling line stated. Twins: without "còn" ("có 280") the
    line says nothing of whose figure it is, and after a paragraph between the two numbered
    lines it is no sibling's: unread."""
    rows, _, unread = _rows(REMAINS_SIBLING.format(between="", verb="còn"))
    assert not unread
    (unit,) = {unit for unit, _, value, *_ in rows if value == 300}
    assert (unit, 2025, 280, None, None, None) in rows
    _, _, unread = _rows(REMAINS_SIBLING.format(between="", verb="có"))
    assert 5 in unread
    _, _, unread = _rows(
        REMAINS_SIBLING.format(
            between="Các đơn vị thực hiện tinh giản theo lộ trình.\n", verb="còn"
        )
    )
    assert 6 in unread


def test_staff_said_to_be_outside_the_plans_scope_are_outside() -> None:
    """ "3. Cán bộ công đoàn chuyên trách ... hiện có 9.850 người, không thuộc phạm vi Kế hoạch
    này." was read as a body's figure once the year before it was known (a latent misread): the
    text says the count is outside its scope, as "không thuộc biên chế" says. Twin: staff said
    to be within it ("thuộc phạm vi Kế hoạch này") are not put outside by these words."""
    head = "KẾ HOẠCH\n1. Năm 2025, Tổng Liên đoàn được giao 1.558 biên chế.\n"
    line = (
        # (session 12: "hiện có 9.850 người" is people in post, outside whatever the scope)
        "2. Cán bộ công đoàn chuyên trách tại các liên đoàn lao động tỉnh được giao 9.850 biên "
        "chế, {scope} phạm vi Kế hoạch này.\n"
    )

    def status(scope: str) -> str:
        result = extract_plan(head + line.format(scope=scope), "doc.txt")
        return next(str(e.status) for e in result.coverage.entries if e.line == 3)

    assert "outside" in status("không thuộc")
    assert "outside" not in status("thuộc")


ROADMAP_THEN_REMAINS = (
    "KẾ HOẠCH\n"
    "1. Lộ trình biên chế của cơ quan Đảng ủy: năm 2026 là 24 biên chế; năm 2028 là 23 biên "
    "chế; năm 2030 là 22 biên chế.\n"
    "2. Đến năm 2030 còn {value} biên chế, giảm 3 biên chế so với năm 2025, tỷ lệ giảm 12%.\n"
)


def test_a_numbered_line_restating_its_siblings_last_figure_takes_its_change() -> None:
    """ "2. Đến năm 2030 còn 22 biên chế, giảm 3 biên chế so với năm 2025, tỷ lệ giảm 12%."
    after a roadmap line ending "năm 2030 là 22 biên chế" named no unit, so was unread: it says
    that unit's 2030 figure again, with its change against 2025. Twin: a figure the sibling
    does not give for that year ("còn 21") may be another unit's: unread."""
    rows, _, unread = _rows(ROADMAP_THEN_REMAINS.format(value="22"))
    assert not unread
    (unit,) = {unit for unit, year, value, *_ in rows if value == 24}
    assert (unit, 2030, None, 3, 2025, "12%") in rows
    rows, _, unread = _rows(ROADMAP_THEN_REMAINS.format(value="21"))
    assert 3 in unread and 21 not in {row[2] for row in rows}


# Session 11 (eng-news5): news answers and lines a perfect reader leaves outside; each form
# with its twin, one change away, that stays unread or is read otherwise.
NEWS5_FORMS = (
    _form(
        "rate-against/the-rate-names-its-year",
        "Năm 2025, Bộ được giao 1.046 biên chế công chức, giảm 58 biên chế so với năm 2024 và "
        "giảm 112 biên chế so với năm 2021, tỷ lệ giảm so với năm 2021 là 9,67%.",
        {
            ("bo-cbcc", 2025, 1046, None, None, None),
            ("bo-cbcc", 2025, None, 58, 2024, None),
            ("bo-cbcc", 2025, None, 112, 2021, "9,67%"),
        },
    ),
    _form(
        # the rate names 2021, but the change right before it is against 2024
        "rate-against/after-another-years-change",
        "Năm 2025, Bộ được giao 1.046 biên chế công chức, giảm 112 biên chế so với năm 2021 và "
        "giảm 58 biên chế so với năm 2024, tỷ lệ giảm so với năm 2021 là 9,67%.",
        None,
    ),
    _form(
        "rate-against/the-other-direction",
        "Năm 2025, Bộ được giao 1.046 biên chế công chức, giảm 112 biên chế so với năm 2021, tỷ "
        "lệ tăng so với năm 2021 là 9,67%.",
        None,
    ),
    _form(
        "one-line-block/this-figure-later",
        "Năm 2021, khối chính quyền của tỉnh được giao 4.462 biên chế công chức. Năm 2025 con số "
        "này còn 4.215, tức là giảm 247 biên chế, tương đương 5,54%.",
        {
            ("cq-cbcc", 2021, 4462, None, None, None),
            ("cq-cbcc", 2025, 4215, None, None, None),
            ("cq-cbcc", 2025, None, 247, 2021, "5,54%"),
        },
        chinh_quyen=("cq-cbcc",),
    ),
    _form(
        "given-to-first/the-category-in-law",
        "Năm 2024, UBND thành phố giao cho các đơn vị sự nghiệp thuộc Sở 3.926 người làm việc "
        "hưởng lương từ ngân sách nhà nước, giảm 412 người so với năm 2023 (4.338 người).",
        {
            ("vc-thuoc-so", 2024, 3926, None, None, None),
            ("vc-thuoc-so", 2024, None, 412, 2023, None),
            ("vc-thuoc-so", 2023, 4338, None, None, None),
        },
    ),
    _form(
        # paid from the units' own revenue: a source of pay, not the category's name
        "given-to-first/another-source-of-pay",
        "Năm 2024, UBND thành phố giao cho các đơn vị sự nghiệp thuộc Sở 3.926 người làm việc "
        "hưởng lương từ nguồn thu sự nghiệp.",
        None,
    ),
    _form(
        # civil servants' posts given to public service units: whose, the text does not say
        "given-to/bodies-of-another-category",
        "Năm 2024, UBND thành phố giao 3.926 biên chế công chức cho các đơn vị sự nghiệp thuộc "
        "Sở Y tế.",
        None,
    ),
    _form(
        "subset-frame/the-figure-named-by-its-count",
        "Năm 2025, số người làm việc của Bộ là 5.284 người.\nTrong số 5.284 người đó có 1.372 "
        "diễn viên, nghệ sĩ tại các nhà hát.",
        {("vc", 2025, 5284, None, None, None), ("vc-dien-vien", 2025, 1372, None, None, None)},
    ),
    _form(
        "subset-of-one-line/after-its-change",
        "Các trường của xã năm 2026 được bố trí 412 người làm việc, giảm 4 người so với năm "
        "2025, trong đó có 356 giáo viên.",
        {
            ("truong-xa-vc", 2026, 412, None, None, None),
            ("truong-xa-vc", 2026, None, 4, 2025, None),
            ("truong-xa-vc-giao-vien", 2026, 356, None, None, None),
        },
        truong_xa=("truong-xa-vc",),
    ),
    _form(
        # two lines of the block: the teachers (viên chức by their trade) follow the VC line
        # and are some of it (eng-subsets2: they were left outside, the line called understood
        # with them dropped)
        "subset-of-one-line/two-lines",
        "Các trường của xã năm 2026 được giao 12 biên chế công chức và 412 người làm việc, trong "
        "đó có 356 giáo viên.",
        {
            # (a commune's công chức are cấp xã: eng-communes)
            ("truong-xa-cbcc-xa", 2026, 12, None, None, None),
            ("truong-xa-vc", 2026, 412, None, None, None),
            ("truong-xa-vc-giao-vien", 2026, 356, None, None, None),
        },
    ),
    _form(
        "in-post-split/counted-in-parentheses",
        POSTS_2025 + "Tại ngày 01/7/2025, các xã, phường có 8.135 cán bộ, công chức có mặt (kể "
        "cả 1.872 công chức cấp huyện điều động về), vượt 1.205 người so với số biên chế được "
        "giao.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "in-post-split/posts-in-parentheses",
        "Tại ngày 01/7/2025, các xã, phường có 8.135 cán bộ, công chức có mặt (kể cả 1.872 biên "
        "chế cấp huyện điều động về), vượt 1.205 người so với số biên chế được giao.",
        None,
    ),
    _form(
        "present-against-given/below-the-posts",
        POSTS_2025 + "Tính đến ngày 31/5/2025, các trường có mặt 23.896 người, thấp hơn số được "
        "giao; so với định mức, toàn tỉnh còn thiếu 2.084 giáo viên.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "present-against-given/a-change-instead",
        "Tính đến ngày 31/5/2025, các trường có mặt 23.896 người, giảm 104 người so với năm 2024.",
        None,
    ),
    _form(
        "average-shown/the-division-given",
        POSTS_2025 + "Bình quân mỗi xã, phường được giao 61 biên chế cán bộ, công chức (5.612 "
        "biên chế chia cho 92 đơn vị hành chính cấp xã).",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        # 5.612 / 92 is 61, not 71: the average is not the division shown
        "average-shown/not-the-division",
        "Bình quân mỗi xã, phường được giao 71 biên chế cán bộ, công chức (5.612 biên chế chia "
        "cho 92 đơn vị hành chính cấp xã).",
        None,
    ),
    _form(
        "counted-in-the-new/people-of-a-merged-body",
        POSTS_2025 + "Trung tâm A đã hợp nhất vào Trung tâm B; 42 người của Trung tâm A được "
        "tính trong số của đơn vị mới.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "counted-in-the-new/posts-said",
        "Trung tâm A đã hợp nhất vào Trung tâm B; 42 biên chế của Trung tâm A được tính trong số "
        "của đơn vị mới.",
        None,
    ),
    _form(
        "out-of-scope/people-the-plan-leaves-out",
        POSTS_2025 + "Cán bộ chuyên trách của các hội cấp tỉnh (12 tổ chức) hưởng lương từ "
        "nguồn kinh phí của hội, hiện có 318 người, không thuộc phạm vi Kế hoạch này.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "out-of-scope/a-change-of-them",
        "Cán bộ chuyên trách của các hội cấp tỉnh hiện có 318 người, giảm 12 người so với năm "
        "2024, không thuộc phạm vi Kế hoạch này.",
        None,
    ),
    _form(
        "bodies-counted/offices",
        POSTS_2025 + "Hệ thống gồm cơ quan Cục, 20 Chi cục khu vực và 01 Văn phòng đại diện; "
        "biên chế và số có mặt như sau:",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "bodies-counted/an-office-given-posts",
        "Năm 2025, Văn phòng đại diện được giao 16 biên chế công chức.",
        {("van-phong-dai-dien-cbcc", 2025, 16, None, None, None)},
        van_phong_dai_dien=("van-phong-dai-dien-cbcc",),
    ),
    _form(
        "whole-period-lead/over-the-period",
        "Năm 2021, tỉnh được giao 4.120 biên chế công chức.\nTính cả giai đoạn, biên chế công "
        "chức năm 2026 giảm 286 biên chế so với năm 2021, tỷ lệ giảm 6,94%, vượt mức 5% mà Kết "
        "luận đặt ra.",
        {("cbcc", 2021, 4120, None, None, None), ("cbcc", 2026, None, 286, 2021, "6,94%")},
    ),
    # ("Tính cả các hội, ...", what is counted in, not the period: its twin is now
    # test_a_group_taken_in_before_a_category_is_not_understood, eng-guard)
    _form(
        "home-affairs-proposes/the-texts-own-posts",
        "Năm 2026, Sở Nội vụ đề xuất giao 2.300 biên chế công chức và 24.980 người làm việc hưởng "
        "lương từ ngân sách nhà nước, bảo đảm mục tiêu của Kết luận số 40-KL/TW cho cả giai đoạn.",
        {("cbcc", 2026, 2300, None, None, None), ("vc", 2026, 24980, None, None, None)},
    ),
    _form(
        # another department proposing: its own units' posts, never the province's
        "home-affairs-proposes/another-department",
        "Năm 2026, Sở Y tế đề xuất giao 2.300 biên chế công chức và 24.980 người làm việc hưởng "
        "lương từ ngân sách nhà nước.",
        {
            ("so-y-te-de-xuat-cbcc", 2026, 2300, None, None, None),
            ("so-y-te-de-xuat-vc", 2026, 24980, None, None, None),
        },
        so_y_te_de_xuat=("so-y-te-de-xuat-cbcc", "so-y-te-de-xuat-vc"),
    ),
    _form(
        "self-run/people-of-self-financed-units",
        POSTS_2025 + "Đến năm 2019, đã có 29/82 đơn vị sự nghiệp trực thuộc Bộ được giao quyền tự "
        "chủ về tài chính, với tổng số 29.153 người làm việc; ngân sách nhà nước giảm chi lương "
        "khoảng 3.000 tỷ đồng mỗi năm.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "self-run/a-change-of-them",
        "Đến năm 2019, các đơn vị được giao quyền tự chủ về tài chính, với tổng số 29.153 người "
        "làm việc, giảm 120 người so với năm 2018.",
        None,
    ),
    _form(
        "bodies-counted/split-by-whose-and-ranges",
        POSTS_2025 + "Vụ Tổ chức cán bộ cho biết trước hợp nhất có 42 đầu mối (Bộ Xây dựng 19, Bộ "
        "Giao thông vận tải 23); sau sắp xếp dự kiến còn 24 - 27 đầu mối, giảm 35 - 41%, gồm 6 "
        "đơn vị khối tham mưu, khoảng 13 - 16 đơn vị khối chuyên ngành và 5 đơn vị sự nghiệp.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        # 19 + 21 is not 42: the parenthesis is not the bodies' split
        "bodies-counted/a-split-not-adding-up",
        "Vụ Tổ chức cán bộ cho biết trước hợp nhất có 42 đầu mối (Bộ Xây dựng 19, Bộ Giao thông "
        "vận tải 21).",
        None,
    ),
    _form(
        "bodies-counted/a-range-of-posts-cut",
        "Sau sắp xếp dự kiến còn 24 - 27 đầu mối, biên chế giảm 35 - 41%.",
        None,
    ),
    _form(
        "subset-after-a-recalled-base/its-rate-between",
        "Số người làm việc năm 2024 là 29.870 người, giảm 1.550 người so với năm 2022 (31.420 "
        "người), tỷ lệ 4,93%; trong đó có gần 21.000 giáo viên (20.968 người).",
        {
            ("vc", 2022, 31420, None, None, None),
            ("vc", 2024, 29870, None, None, None),
            ("vc", 2024, None, 1550, 2022, "4,93%"),
            ("vc-giao-vien", 2024, 20968, None, None, None),
        },
    ),
    _form(
        # no more than the cut: they may be some of the people cut, so they stay outside
        # (some of the people cut, maybe: not placed, so not understood; eng-subsets2)
        "subset-after-a-recalled-base/no-more-than-the-cut",
        "Số người làm việc năm 2024 là 29.870 người, giảm 1.550 người so với năm 2022 (31.420 "
        "người), tỷ lệ 4,93%; trong đó có 1.200 giáo viên.",
        None,
    ),
    _form(
        "contract-verb/signed-by-a-body",
        POSTS_2025 + "Cục tiếp tục ký hợp đồng với 24 người làm công việc hỗ trợ, phục vụ theo "
        "Nghị định số 111/2022/NĐ-CP, không tính vào biên chế.",
        {("vc", 2025, 2300, None, None, None)},
    ),
    _form(
        "contract-verb/signed-with-a-change",
        "Cục ký hợp đồng với 24 người, giảm 3 người so với năm 2024.",
        None,
    ),
)


@pytest.mark.parametrize("form", NEWS5_FORMS, ids=[form.name for form in NEWS5_FORMS])
def test_news5_form(form: Form) -> None:
    test_form(form)


def test_a_level_said_without_who_set_it_stays_unread() -> None:
    """The twin of "whole-period-lead": "vượt mức 5%" with no one setting it ("mà Kết luận
    đặt ra") may be another cut's rate: that sentence is not read."""
    rows, _, unread = _rows(
        "Năm 2021, tỉnh được giao 4.120 biên chế công chức.\nTính cả giai đoạn, biên chế công "
        "chức năm 2026 giảm 286 biên chế so với năm 2021, tỷ lệ giảm 6,94%, vượt mức 5%."
    )
    assert rows == frozenset({("cbcc", 2021, 4120, None, None, None)})
    assert unread == {2}


def test_a_later_figure_of_a_block_of_two_lines_stays_unread() -> None:
    """The twin of "one-line-block": a block stated by two category lines; "con số này" may
    be either line's or their sum, so the later sentence is not read."""
    rows, _, unread = _rows(
        "Năm 2021, khối chính quyền của tỉnh được giao 4.462 biên chế công chức và 500 viên "
        "chức. Năm 2025 con số này còn 4.215, tức là giảm 247 biên chế."
    )
    assert not any(year == 2025 for _, year, *_ in rows)
    assert unread == {1}


def test_a_subset_frame_naming_another_figure_reads_no_subset() -> None:
    """The twin of "subset-frame": the count the frame names is no figure the sentence
    before stated, so the teachers are some of no unit read: none is taken."""
    rows, _, _ = _rows(
        "Năm 2025, số người làm việc của Bộ là 5.284 người.\nTrong số 5.824 người đó có 1.372 "
        "diễn viên, nghệ sĩ tại các nhà hát."
    )
    assert rows == frozenset({("vc", 2025, 5284, None, None, None)})


SELF_FINANCED_LEAD = (
    "Năm 2025, tỉnh giao 2.300 người làm việc.\n\nĐiều 2. Các đơn vị tự bảo đảm chi thường "
    "xuyên {given} số lượng người làm việc hưởng lương từ ngân sách nhà nước:\n\na) Bệnh viện A "
    "{first} 185 người;\n\nb) Trung tâm B {second} 42 người.\n"
)


def test_bodies_given_no_posts_under_their_lead_count_people() -> None:
    """ "Điều 2. Các đơn vị tự bảo đảm chi thường xuyên không được giao số lượng người làm việc
    ...:" then "a) Bệnh viện A ... (hiện sử dụng 185 người)": bodies paid from their own
    revenue, given no posts; what the items count is their people, outside the plan."""
    rows, _, unread = _rows(
        SELF_FINANCED_LEAD.format(
            given="không được giao",
            first="tự quyết định số người theo đề án vị trí việc làm (hiện sử dụng",
            second="thực hiện theo phương án tự chủ được phê duyệt ngày 30/12/2024 (",
        )
        .replace(" 185 người;", " 185 người);")
        .replace(" 42 người.", " 42 người).")
    )
    assert rows == frozenset({("vc", 2025, 2300, None, None, None)})
    assert not unread


def test_bodies_given_posts_under_their_lead_are_read() -> None:
    """The twin: the lead says the bodies are given posts ("được giao ... như sau"), so each
    item is a body's figure, read as ever."""
    rows, _, unread = _rows(
        SELF_FINANCED_LEAD.format(given="được giao", first=":", second=":").replace(
            "nhà nước:", "nhà nước như sau:"
        )
    )
    assert {value for _, _, value, *_ in rows} >= {185, 42}
    assert not unread


# Session 11, eng-perturb: misreads the perturbation harness found (tests/corpus/perturb.py)


def test_a_frame_pointing_back_then_people_by_place_and_their_teachers_is_declined() -> None:
    """ "Trong tổng số trên có N người làm việc tại các cơ sở giáo dục ... (trong đó có M giáo
    viên)": the teachers' parenthesis left the frame read as a lead and N as the category's
    own figure (a second VC figure of the year: a misread the subset transform found). Some of
    the total, whose part the sentence does not say whole: unread. Twin: without the
    teachers, the count is the schools' people, a unit apart, as before."""
    before = "Năm 2026, tỉnh được giao 26.560 người làm việc.\n"
    rows, _, unread = _rows(
        before + "Trong tổng số trên có 20.415 người làm việc tại các cơ sở giáo dục công lập "
        "(trong đó có 6.805 giáo viên)."
    )
    assert rows == {("vc", 2026, 26560, None, None, None)}
    assert unread == {2}
    rows, _, unread = _rows(
        before + "Trong tổng số trên có 20.415 người làm việc tại các cơ sở giáo dục công lập."
    )
    assert ("vc-co-so-giao-duc", 2026, 20415, None, None, None) in rows
    assert not unread


def test_a_clause_naming_another_category_closes_a_list_of_bodies() -> None:
    """ "... biên chế công chức ... là 1.500, gồm 800 ... cho các sở, ngành và 700 ... cho Ủy ban
    nhân dân các huyện; số người làm việc ... là 21.000 người": the clause after the semicolon
    opens with another category's words, so it is no third body of the civil servants' list
    (it was: a part of 21.000 under 1.500, found by the join transform). Twin: a clause naming
    a body goes on with the list, as before."""
    lead = (
        "Năm 2025, tổng biên chế công chức của tỉnh là 1.500, gồm 800 biên chế giao cho các sở, "
        "ngành và 700 biên chế giao cho Ủy ban nhân dân các huyện; "
    )
    rows, parts, unread = _rows(
        lead + "số người làm việc trong các đơn vị sự nghiệp công lập và các hội là 21.000 người."
    )
    assert parts["cbcc"] == ("so-nganh", "uy-ban-nhan-dan-huyen")
    assert any(value == 21000 and unit != "cbcc" for unit, _, value, *_ in rows)
    assert not unread
    _, parts, _ = _rows(lead + "Ủy ban nhân dân các xã là 21.000 người.")
    assert parts["cbcc"] == ("so-nganh", "uy-ban-nhan-dan-huyen", "uy-ban-nhan-dan-xa")


_BLOCKS_LISTED = (
    "Năm 2026, biên chế của các cơ quan đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã "
    "hội tỉnh là 900 biên chế, gồm:\n- Các cơ quan đảng cấp {first}: 300 biên chế;\n- Mặt trận "
    "Tổ quốc và các tổ chức chính trị - xã hội cấp tỉnh: 200 biên chế;\n- Các cơ quan đảng, "
    "Mặt trận và đoàn thể cấp huyện: 400 biên chế."
)


def test_an_item_naming_a_sibling_block_again_is_declined() -> None:
    """Two items of one list naming, in other words, the Party's block of one level ("Các cơ
    quan đảng cấp huyện" and "Các cơ quan đảng, Mặt trận và đoàn thể cấp huyện") were one
    unit of two figures (a claim-value and a sum false alarm; the level transform found it):
    the second is unread. Twin: the first at the province's level, each its own unit."""
    rows, parts, unread = _rows(_BLOCKS_LISTED.format(first="huyện"))
    assert unread == {4}
    assert not any(value == 400 for _, _, value, *_ in rows)
    assert not parts.get("dang")
    rows, parts, unread = _rows(_BLOCKS_LISTED.format(first="tỉnh"))
    assert not unread
    assert parts["dang"] == ("dang-tinh", "mttq-tinh", "dang-huyen")


_LEAD_UNREAD = (
    "Điều 3. {heading}\n{lead} năm 2025 là 148 biên chế, giữ nguyên{base}, gồm:\n"
    "+ Cấp tỉnh: 96 biên chế;\n+ Cấp huyện: 52 biên chế."
)


def test_items_under_an_unread_lead_of_another_category_are_declined() -> None:
    """ "Tổng biên chế các hội ... năm 2025 là 148 biên chế, giữ nguyên, gồm:" (kept against no
    year: unread), then "+ Cấp tỉnh: 96 biên chế;": the items were read as the civil servants'
    posts (the no-base transform found it); the lead says they are the hội's, so they are
    unread with it. Twins: the lead read, its items are its parts; a lead of the civil
    servants' posts, its items are read as before."""
    hoi = {
        "heading": "Biên chế hội có tính chất đặc thù",
        "lead": "Tổng biên chế các hội có tính chất đặc thù",
    }
    rows, _, unread = _rows(_LEAD_UNREAD.format(base="", **hoi))
    assert rows == frozenset()
    assert unread == {2, 3, 4}
    _, parts, unread = _rows(_LEAD_UNREAD.format(base=" so với năm 2024", **hoi))
    assert parts["hoi"] == ("cap-tinh", "cap-huyen")
    assert not unread
    rows, _, unread = _rows(
        _LEAD_UNREAD.format(base="", heading="Biên chế công chức", lead="Tổng biên chế công chức")
    )
    assert {value for _, _, value, *_ in rows} == {96, 52}
    assert unread == {2}


_BODY_THEN_CATEGORY_ITEMS = (
    "Năm 2021, tỉnh được giao 1.642 viên chức.\n\n{lead}a) Công chức: năm 2022 là 97; năm 2023 "
    "là 96 biên chế.\nb) Viên chức:\n- Năm 2022: 1.609 người;\n- Năm 2023: 1.576 người.\n"
)


def test_a_category_item_under_a_body_lead_heads_the_body_line() -> None:
    """ "Đối với Sở Giáo dục và Đào tạo:", then "a) Công chức: ..." (the Sở's) and "b) Viên
    chức:" over year items: the items were filed under the province's VC, beside its 2021
    figure (the lead transform found it); they are the Sở's VC line. Twin: with no body's
    lead, the items are the province's, as before."""
    rows, _, unread = _rows(
        _BODY_THEN_CATEGORY_ITEMS.format(lead="Đối với Sở Giáo dục và Đào tạo:\n")
    )
    assert not unread
    assert ("vc-so-giao-duc-dao", 2022, 1609, None, None, None) in rows
    assert ("vc-so-giao-duc-dao", 2023, 1576, None, None, None) in rows
    assert ("vc", 2021, 1642, None, None, None) in rows
    rows, _, _ = _rows(_BODY_THEN_CATEGORY_ITEMS.format(lead=""))
    assert ("vc", 2022, 1609, None, None, None) in rows


def test_a_clause_with_its_own_lead_after_a_semicolon_opens_its_own_list() -> None:
    """ "... là 1.762 biên chế (gồm 18 biên chế dự phòng); lộ trình giao biên chế công chức:
    năm 2022: 1.744 biên chế; ...": the colon closes the next clause's own subject, so its
    chain is the civil servants' posts, not a line of the reserve before the semicolon (it
    was: the join transform found it). Twin: "; trong đó:" right after the semicolon still
    lists the parts of the figure before it."""
    rows, parts, unread = _rows(
        "Biên chế công chức được giao năm 2021 là 1.762 biên chế (gồm 18 biên chế dự phòng); lộ "
        "trình giao biên chế công chức: năm 2022: 1.744 biên chế; năm 2023: 1.726 biên chế."
    )
    assert not unread
    assert {("cbcc", 2022, 1744), ("cbcc", 2023, 1726)} <= {row[:3] for row in rows}
    assert not parts.get("du-phong")
    _, parts, unread = _rows(
        "Tổng biên chế được giao năm 2021 là 1.762 biên chế; trong đó: biên chế công chức 1.200 "
        "biên chế; biên chế viên chức 562 biên chế."
    )
    assert parts["tong"] == ("cbcc", "vc")
    assert not unread


_THIS_FIGURE_AFTER = (
    "Năm 2025, tổng biên chế công chức của tỉnh là 1.000 biên chế, gồm:\n{items}\nCon số này "
    "giảm 20 biên chế so với năm 2024 (1.020 biên chế)."
)


def test_this_figure_after_a_table_is_declined() -> None:
    """ "Con số này giảm 20 ... (1.020 biên chế)" right after a table's last row was the row's
    (its 2024 figure 1.020 beside 700 in 2025; the tabulate transform found it, the same list
    as items being read as the whole's): the row's or the total's, the text does not say, so
    unread. Twin: after a list of items, the figures choose the whole, as before."""
    table = (
        "| Cơ quan, đơn vị | Biên chế |\n|---|---:|\n| Khối Đảng | 300 |\n"
        "| Khối chính quyền | 700 |"
    )
    rows, _, unread = _rows(_THIS_FIGURE_AFTER.format(items=table))
    assert unread == {6}
    assert not any(year == 2024 for _, year, *_ in rows)
    rows, _, unread = _rows(
        _THIS_FIGURE_AFTER.format(
            items="- Khối Đảng: 300 biên chế;\n- Khối chính quyền: 700 biên chế."
        )
    )
    assert ("cbcc", 2024, 1020, None, None, None) in rows
    assert not unread


def test_one_part_named_in_the_total_s_sentence_is_not_its_breakdown() -> None:
    """ "Tổng biên chế năm 2025 là 1.000, trong đó cán bộ, công chức là 300." (or ", cụ thể,
    biên chế công chức ... là 300" with the people of the public units in the next sentence):
    the total's only part was the one named, so the check reported the total as not adding
    up (found by the join transform). One part is no breakdown: no parts. Twin: two parts
    named in the sentence are its parts, as before."""
    rows, parts, unread = _rows(
        "Tổng biên chế năm 2025 là 1.000, trong đó cán bộ, công chức là 300."
    )
    assert not parts.get("tong")
    assert {("tong", 2025, 1000), ("cbcc", 2025, 300)} <= {row[:3] for row in rows}
    assert not unread
    plan = plan_from_result(
        extract_plan(
            "Năm 2025, tổng biên chế của tỉnh là 1.000, giảm 20 so với năm 2021 (1.020), cụ "
            "thể, biên chế công chức năm 2025 là 300, giảm 5 biên chế so với năm 2021 (305).\n"
            "Số lượng người làm việc năm 2025 là 700 người, giảm 15 người so với năm 2021 (715).",
            "doc.txt",
        ),
        "doc.txt",
    )
    assert not [f for f in check_plan(plan).findings if f.kind == "sum-mismatch"]
    _, parts, _ = _rows(
        "Tổng biên chế năm 2025 là 1.000, trong đó cán bộ, công chức là 300; viên chức là 700."
    )
    assert parts["tong"] == ("cbcc", "vc")


_ARTICLES = (
    "{a} 1. {h1}\n1. Tổng số lượng người làm việc năm 2025 là 900 người, gồm:\n- Cấp tỉnh: 300 "
    "người;\n- Cấp huyện: 600 người.\n{a} 2. {h2}\nTổng biên chế các hội có tính chất đặc thù "
    "năm 2025 là 148 biên chế, giữ nguyên so với năm 2024, gồm:\n+ Cấp tỉnh: 96 biên chế;\n+ Cấp "
    "huyện: 52 biên chế."
)


def test_articles_headed_in_capitals_read_as_in_title_case() -> None:
    """ "ĐIỀU 2. BIÊN CHẾ HỘI ..." was no article's numbering (only "Điều" was), so it stayed
    under "ĐIỀU 1. SỐ LƯỢNG NGƯỜI LÀM VIỆC" and a text's hội items could take its VC (the caps
    transform found it); the word in capitals is the same numbering. Twin: the same text in
    title case, read the same."""

    def units(text: str) -> dict[str, str | None]:
        result = extract_plan(text, "doc.txt")
        assert not [entry for entry in result.coverage.entries if entry.unread]
        return {unit["id"]: unit.get("category") for unit in result.data["units"]}

    capitals = units(
        _ARTICLES.format(
            a="ĐIỀU",
            h1="SỐ LƯỢNG NGƯỜI LÀM VIỆC NĂM 2025",
            h2="BIÊN CHẾ HỘI CÓ TÍNH CHẤT ĐẶC THÙ NĂM 2025",
        )
    )
    title = units(
        _ARTICLES.format(
            a="Điều",
            h1="Số lượng người làm việc năm 2025",
            h2="Biên chế hội có tính chất đặc thù năm 2025",
        )
    )
    assert capitals == title
    assert title["cap-tinh"] == "VC"


def test_a_body_before_and_after_a_merger_are_two_units() -> None:
    """ "Bộ Văn hóa (trước hợp nhất)" in 2021 and "Bộ Văn hóa (sau hợp nhất)" in 2025: the
    merger's marks are part of the name, so the later figure is not the former body's (it was,
    once the parentheses were dropped: a misread and a false increase of blind Z2). "cũ" said
    with or without its parentheses is one mark. Twin: the same name with no mark is a third
    unit (which of the two it is the text has not said), and unmarked it stays one unit."""
    text = (
        "Năm 2021, Bộ Văn hóa (trước hợp nhất) được giao 1.200 biên chế công chức.\n"
        "Năm 2025, Bộ Văn hóa (sau hợp nhất) được giao 1.900 biên chế công chức.\n"
        "Năm 2024, Bộ Văn hóa cũ được giao 1.150 biên chế công chức.\n"
    )
    rows, _, unread = _rows(text)
    assert not unread
    units = {unit for unit, *_ in rows}
    assert len(units) == 2
    by_value = {value: unit for unit, _, value, *_ in rows}
    assert by_value[1200] == by_value[1150] != by_value[1900]
    plan = plan_from_result(extract_plan(text, "doc.txt"), "doc.txt")
    assert not [f for f in check_plan(plan).findings if f.kind == "unexpected-increase"]
    # the twin: unmarked, the name is neither of them, and one unit with itself
    rows, _, _ = _rows(
        text + "Năm 2025, Bộ Văn hóa được giao 1.800 biên chế công chức.\n"
        "Năm 2026, Bộ Văn hóa được giao 1.780 biên chế công chức.\n"
    )
    unmarked = {unit for unit, _, value, *_ in rows if value in (1800, 1780)}
    assert len(unmarked) == 1
    assert not unmarked & units


BODIES_THEN_LINK = (
    "Điều 1.\n{lead}năm 2021, Bộ Tư pháp (cũ) được giao 526 biên chế và Bộ Công Thương được "
    "giao 1.214 biên chế; năm {year} lần lượt là 502 và 1.158 {words}.\n"
)


def test_two_bodies_figures_then_their_figures_of_another_year_respectively() -> None:
    """ "Để làm căn cứ so sánh: năm 2021, Bộ A (cũ) được giao 526 biên chế và Bộ B được giao
    1.214 biên chế; năm 2024 lần lượt là 502 và 1.158 biên chế": each body's figure of each
    year, the later ones in the order the bodies were named; a sentence of a merger speaks of
    the bodies as they were (blind Z2 left it unread)."""
    rows, _, unread = _rows(
        BODIES_THEN_LINK.format(lead="Để làm căn cứ so sánh: ", year=2024, words="biên chế")
    )
    assert not unread
    assert rows == {
        ("bo-tu-phap-cu", 2021, 526, None, None, None),
        ("bo-cong-thuong-cu", 2021, 1214, None, None, None),
        ("bo-tu-phap-cu", 2024, 502, None, None, None),
        ("bo-cong-thuong-cu", 2024, 1158, None, None, None),
    }


@pytest.mark.parametrize(
    ("lead", "year", "words"),
    [
        ("Khối cơ quan: ", 2024, "biên chế"),  # words before the year that name a unit
        ("", 2024, "người"),  # the link counts something else than the second body's figure
        ("", 2021, "biên chế"),  # the same year twice: which figure is which?
    ],
)
def test_two_bodies_then_a_link_the_bodies_may_not_share_stays_unread(
    lead: str, year: int, words: str
) -> None:
    """The twins: a label before the first year that the subject reader would keep (the first
    figure's unit would not be the later one's), words that are not the second figure's, or
    the link's year the first one: the sentence is left unread, nothing guessed."""
    rows, _, unread = _rows(BODIES_THEN_LINK.format(lead=lead, year=year, words=words))
    assert unread == {2}
    assert rows == frozenset()


SHARED_OUT_AFTER = (
    "Điều 1.\n1. Tổng biên chế công chức năm 2026 của Bộ A là 300 biên chế, giảm 10 biên chế "
    "so với năm 2024 (310 biên chế).\n{between}\n3. Phân bổ cụ thể như sau:\n"
    "a) Văn phòng Bộ: 96 biên chế;\nb) Thanh tra Bộ: 58 biên chế;\nc) Cục B: 146 biên chế.\n"
)


@pytest.mark.parametrize(
    "between",
    [
        "(giảm 20 biên chế so với năm 2021, tỷ lệ giảm 6,25%)",
        "2. Năm 2021, Bộ C (cũ) được giao 200 biên chế và Bộ D (cũ) được giao 150 biên chế.",
    ],
)
def test_a_line_sharing_out_the_figure_above_past_its_change_or_old_bodies(between: str) -> None:
    """ "Phân bổ cụ thể như sau:" shares out the figure above it even where a line between
    only adds that figure's own change, or only recalls bodies as they were before a merger
    (no part of the new body is an old one's): its items are the total's parts. Without
    them, blind Z2's planted sum slip went unseen once the bodies' line was read."""
    _, parts, unread = _rows(SHARED_OUT_AFTER.format(between=between))
    assert not unread
    assert set(parts["cbcc-a"]) == {"van-phong-bo", "thanh-tra-bo", "cuc-b"}


def test_a_line_sharing_out_after_another_bodys_figure_is_not_the_totals() -> None:
    """The twin: a line between stating bodies of today ("Cục C", "Cục D", no merger's mark)
    is the figure above the list as much as the total is: its items are no parts of it."""
    _, parts, _ = _rows(
        SHARED_OUT_AFTER.format(
            between="2. Năm 2021, Cục C được giao 200 biên chế và Cục D được giao 150 biên chế."
        )
    )
    assert not parts.get("cbcc-a")


MERGED_SUM_AS_BASE = """Điều 1.
1. Biên chế công chức của thành phố năm 2026 là 4.495 biên chế, giảm 247 biên chế so với năm 2021.
2. Số giao năm 2021 làm căn cứ so sánh là tổng của hai địa phương trước hợp nhất, cộng {cc} biên \
chế công chức, trong đó:
- Thành phố Hòa Bình (cũ): 2.274 biên chế;
- Tỉnh Sông Lam (cũ): {item} biên chế.
3. Số người làm việc năm 2026 là 53.440 người, giảm 5.960 người so với năm 2021.
4. Số người làm việc được giao năm 2021 của hai địa phương (cũ) cộng là 59.400 người (thành phố \
Hòa Bình 27.560 người, tỉnh Sông Lam {place} người).
"""


def test_a_merged_places_sum_is_the_base_of_the_change_it_adds_up_to() -> None:
    """ "Số giao năm 2021 làm căn cứ so sánh là tổng của hai địa phương trước hợp nhất, cộng
    4.742 biên chế công chức" names no unit: it is the 2021 figure of the one CBCC unit whose
    change against 2021 the text's arithmetic gives it (4.495 + 247), and the old places listed
    under it or in parentheses are units of their own, no parts (blind X1 left four lines
    unread)."""
    rows, parts, unread = _rows(MERGED_SUM_AS_BASE.format(cc="4.742", item="2.468", place="31.840"))
    assert not unread
    assert {
        ("cbcc", 2021, 4742, None, None, None),
        ("thanh-pho-hoa-binh-cu-cbcc", 2021, 2274, None, None, None),
        ("tinh-song-lam-cu-cbcc", 2021, 2468, None, None, None),
        ("vc", 2021, 59400, None, None, None),
        ("thanh-pho-hoa-binh-cu-vc", 2021, 27560, None, None, None),
        ("tinh-song-lam-cu-vc", 2021, 31840, None, None, None),
    } <= rows
    assert not parts.get("cbcc") and not parts.get("vc")


def test_a_merged_places_sum_the_arithmetic_does_not_tie_to_a_unit_stays_unread() -> None:
    """The twins: a sum that is no unit's figure plus its change (4.743), or places whose
    figures do not add up to their sum, are left unread (whose base it is, the text has not
    shown); items not adding up to a sum read stay unread, the sum read."""
    rows, _, unread = _rows(MERGED_SUM_AS_BASE.format(cc="4.743", item="2.468", place="31.841"))
    assert unread == {3, 4, 5, 7}
    assert not any(year == 2021 for _, year, *_ in rows)
    rows, _, unread = _rows(MERGED_SUM_AS_BASE.format(cc="4.742", item="2.469", place="31.840"))
    assert unread == {4, 5}
    assert ("cbcc", 2021, 4742, None, None, None) in rows


MERGED_BASE_OF_A_CHANGE = (
    "Điều 1. Giao biên chế năm 2025\nGiao 3.126 biên chế cho các cơ quan đảng, Mặt trận Tổ quốc "
    "và các tổ chức chính trị - xã hội của tỉnh, giảm 214 biên chế so với tổng số đã giao năm "
    "2024 cho hai tỉnh Lam Sơn và Hồng Lĩnh trước hợp nhất ({base} biên chế).\n"
)


def test_a_changes_base_said_as_the_merged_places_sum_that_adds_up() -> None:
    """ "giảm 214 biên chế so với tổng số đã giao năm 2024 cho hai tỉnh A và B trước hợp nhất
    (3.340 biên chế)": the figure in parentheses is the unit's own 2024 figure, the text's
    arithmetic says so (3.126 + 214); the change no longer swallows the comparison and leaves
    the figure bare (blind M1 left the line unread)."""
    rows, _, unread = _rows(MERGED_BASE_OF_A_CHANGE.format(base="3.340"))
    assert not unread
    assert rows == {
        ("dang", 2025, 3126, None, None, None),
        ("dang", 2025, None, 214, 2024, None),
        ("dang", 2024, 3340, None, None, None),
    }


def test_a_merged_places_sum_that_is_not_the_figure_and_its_change_stays_unread() -> None:
    """The twin: 3.126 + 214 is not 3.341, and no rate says the sum is the change's base: the
    places' sum may be of another scope, so the sentence is left unread."""
    rows, _, unread = _rows(MERGED_BASE_OF_A_CHANGE.format(base="3.341"))
    assert unread == {2}
    assert rows == frozenset()


def test_two_provinces_before_their_merger_named_as_the_actor_are_the_texts_own() -> None:
    """ "Giám đốc Sở Nội vụ cho biết trước sắp xếp, năm 2024 hai tỉnh được giao 4.518 biên chế
    cán bộ, công chức cấp xã": the provinces merged since, together, are the text's province
    then (blind V1 left it unread); only where the words before the figure speak of the
    merger. Twin: "hai tỉnh" of no merger, or named after ("hai tỉnh A và B"), stays unread."""
    rows, _, unread = _rows(
        "Giám đốc Sở Nội vụ cho biết trước sắp xếp, năm 2024 hai tỉnh được giao 4.518 biên chế "
        "cán bộ, công chức cấp xã.\n"
    )
    assert not unread
    assert rows == {("cbcc-xa", 2024, 4518, None, None, None)}
    for text in (
        "Năm 2024 hai tỉnh được giao 4.518 biên chế cán bộ, công chức cấp xã.\n",
        "Trước sắp xếp, năm 2024 hai tỉnh Lam Sơn và Hồng Lĩnh được giao 4.518 biên chế cán bộ, "
        "công chức cấp xã.\n",
    ):
        rows, _, unread = _rows(text)
        assert unread == {1}, text
        assert rows == frozenset()


def test_a_block_items_category_is_the_one_said_after_its_count() -> None:
    """eng-news6: "khối chính quyền 1.500 biên chế công chức" is a CBCC block, "khối sự
    nghiệp 1.000 người làm việc" a VC one, though their total mixes both; the block named
    after its count takes the category said between ("1.500 biên chế công chức khối chính
    quyền"), and the VC category's law name closing the list ("1.000 người làm việc hưởng
    lương từ ngân sách nhà nước ...") is VC."""
    for text in (
        "Năm 2025, tổng biên chế của tỉnh là 3.700, gồm khối Đảng 1.200 biên chế, khối chính "
        "quyền 1.500 biên chế công chức và khối sự nghiệp 1.000 người làm việc hưởng lương từ "
        "ngân sách.",
        "Năm 2025, tổng biên chế của tỉnh là 3.700, gồm 1.200 biên chế khối Đảng, 1.500 biên chế "
        "công chức khối chính quyền và 1.000 người làm việc hưởng lương từ ngân sách nhà nước.",
    ):
        result = extract_plan(text, "doc.txt")
        categories = {unit["id"]: unit.get("category") for unit in result.data["units"]}
        assert categories["chinh-quyen"] == "CBCC", text
        assert categories["dang"] is None, text
        assert "VC" in categories.values(), text


def test_two_figures_then_their_changes_respectively_are_spelled_link_by_link() -> None:
    """eng-news6: "4.980 biên chế công chức và 52.740 người làm việc ..., khi đó so với năm
    2021 sẽ giảm lần lượt 281 biên chế và 5.873 người, tương ứng 5,34% và 10,02%" is spelled
    as each category's figure, change and rate in the order written; the same category twice
    is not spelled (which figure's change is which, unsaid)."""
    from lotrinh.extract.chains import spell_out

    text = (
        "Năm 2026, tỉnh giao 4.980 biên chế công chức và 52.740 người làm việc, khi đó so với "
        "năm 2021 sẽ giảm lần lượt 281 biên chế và 5.873 người, tương ứng 5,34% và 10,02%."
    )
    spelled = spell_out(text)
    assert spelled is not None
    assert spelled.text == (
        "Năm 2026, tỉnh giao 4.980 biên chế công chức, giảm 281 biên chế so với năm 2021, tỷ lệ "
        "5,34%; người làm việc là 52.740, giảm 5.873 người so với năm 2021, tỷ lệ 10,02%."
    )
    assert spell_out(text.replace("52.740 người làm việc", "52.740 biên chế công chức")) is None


# eng-sections: the spellings and the base a second sentence takes, as units


def test_a_count_had_as_given_is_spelled_as_posts() -> None:
    """ "có 1.582 cán bộ, công chức cấp xã được giao" is spelled "có 1.582 biên chế ...";
    without "được giao", after "hiện có", or after an asker, it is not (people in post, or
    posts asked for)."""
    from lotrinh.extract.givencount import given_count

    text = "Năm 2021 có 1.582 cán bộ, công chức cấp xã được giao; đến năm 2025 còn 1.520 người."
    end = text.index("1.582") + len("1.582")
    assert given_count(text) == [(end, end, [" biên chế"])]
    for declined in (
        "Năm 2021 có 1.582 cán bộ, công chức cấp xã; đến năm 2025 còn 1.520 người.",
        "Hiện có 1.582 công chức được giao.",
        "Tỉnh đề nghị năm 2026 có 1.582 công chức được giao.",
        "Năm 2021 có 12 xã với 1.582 công chức được giao.",
    ):
        assert given_count(declined) == [], declined


def test_a_second_sentence_takes_no_base_from_a_change_or_from_two_years() -> None:
    """The twins of "sections/heading-unit-then-second-sentence": the sentence before stated
    only a change (no figure of the unit to compare with), or figures of two years (which of
    them?): the second sentence's change names no year and is left unread."""
    heading = SECTION.format(heading="Số lượng người làm việc hưởng lương từ ngân sách nhà nước")
    for first in (
        "Năm 2024 giảm 20 người so với năm 2023.",
        "Năm 2021 là 17.286 người, năm 2022 là 17.000 người.",
    ):
        rows, _, unread = _rows(
            heading + first + " Đến năm 2026 còn 15.552 người, giảm 1.734 người.\n"
        )
        assert unread == {4}, first
        assert not any(year == 2026 for _, year, *_ in rows), first


def test_a_roadmap_under_a_heading_naming_none_in_a_text_of_two_categories_stays_unread() -> None:
    """The twin of "roadmap-whole/year-items-under-a-heading-naming-none": a text stating its
    công chức and its viên chức has two wholes, so "- Năm 2024: 295 biên chế" is of neither
    (the 2026 figure 285 is the công chức's, yet "biên chế" alone does not say so)."""
    text = (
        "1. Biên chế năm 2021\nNăm 2021, tỉnh được giao 300 biên chế công chức và 2.000 người làm "
        "việc.\n\n2. Chỉ tiêu đến năm 2026\nĐến năm 2026, tỉnh còn 285 biên chế công chức và "
        "1.800 người làm việc.\n\n" + ROADMAP_WHOLE_ITEMS
    )
    rows, _, unread = _rows(text)
    assert unread == {8, 9, 10}
    assert not any(year in (2024, 2025) for _, year, *_ in rows)
    assert not any(base == 2025 for *_, base, _ in rows)


def test_a_roadmap_meeting_no_figure_of_the_whole_stays_unread() -> None:
    """The twin: items none of whose figures the text gave its whole in that year (the 2026
    figure 284 where the total says 285) are not tied to it by anything: unread."""
    items = ROADMAP_WHOLE_ITEMS.replace("Năm 2026: 285", "Năm 2026: 284")
    rows, _, unread = _rows(ROADMAP_WHOLE_BASE + items)
    assert unread == {10, 11, 12}
    assert {year for _, year, *_ in rows} == {2021, 2026}
    assert ("tong", 2026, 284, None, None, None) not in rows


def test_a_roadmap_under_a_heading_naming_a_part_is_that_parts() -> None:
    """The twin: under a heading naming one of the whole's parts, the items are that part's,
    never the whole's."""
    block = "Các cơ quan đảng, Mặt trận Tổ quốc và đoàn thể cấp tỉnh"
    items = (
        ROADMAP_WHOLE_ITEMS.replace("Lộ trình hằng năm", block)
        .replace("295", "198")
        .replace("290", "195")
        .replace("285 biên chế (giảm 5", "190 biên chế (giảm 5")
    )
    rows, _, unread = _rows(ROADMAP_WHOLE_BASE.replace("Cấp tỉnh", block) + items)
    assert not unread
    assert {unit for unit, year, *_ in rows if year in (2024, 2025)} == {"dang-tinh"}
    assert ("dang-tinh", 2026, None, 5, 2025, None) in rows
    assert ("tong", 2026, 285, None, None, None) in rows


@pytest.mark.parametrize(
    ("c2023", "c2024", "c2025"),
    [("22", "33", "44"), ("11", "12", "12"), ("0", "11", "22")],
    ids=["summed-from-the-base", "two-changes-not-the-fall", "years-kept-then-summed"],
)
def test_year_items_whose_changes_are_not_year_on_year_stay_unread(
    c2023: str, c2024: str, c2025: str
) -> None:
    """The twins of "roadmap-whole/changes-the-items-show-year-on-year": changes summed from
    2021 (22, 33, 44), two of three changes that are not the fall from the year before, or
    years kept then changes summed from 2021 (1.046, 1.046 "giảm 0", 1.035 "giảm 11", 1.024
    "giảm 22": a fall of 0, and 11 after it, is as much against 2021 as against the year
    before, so only the last change tells, and it is not the fall) leave the base of every
    item unsaid: the items are unread, the whole's lines read."""
    text = ROADMAP_FALLS.format(c2023=c2023, c2024=c2024, c2025=c2025)
    if c2023 == "0":
        text = (
            "Tổng biên chế năm 2021 là 1.046 biên chế; đến năm 2025 còn 1.024 biên chế.\n\n3. Lộ "
            "trình giảm biên chế hằng năm\n+ Năm 2022: 1.046 biên chế (giảm 0 biên chế);\n+ Năm "
            "2023: 1.046 biên chế (giảm 0 biên chế);\n+ Năm 2024: 1.035 biên chế (giảm 11 biên "
            "chế);\n+ Năm 2025: 1.024 biên chế (giảm 22 biên chế).\n"
        )
    rows, _, unread = _rows(text)
    assert unread == {4, 5, 6, 7}
    assert {year for _, year, *_ in rows} == {2021, 2025}
    assert not any(base is not None for *_, base, _ in rows)


def test_year_items_with_one_change_not_the_fall_are_read_and_the_slip_found() -> None:
    """Of three falls, one not the change stated (1.024 − 1.013 = 11, "giảm 12") is the text's
    slip: the list is year on year by its other two, so the change is read against the year
    before and the checker reports it (never read silently, never against 2021)."""
    text = ROADMAP_FALLS.format(c2023="11", c2024="12", c2025="11")
    rows, _, unread = _rows(text)
    assert not unread
    assert ("tong", 2024, None, 12, 2023, None) in rows
    plan = plan_from_result(extract_plan(text, "doc.txt"), "doc.txt")
    found = {(f.kind, f.position.line) for f in check_plan(plan).findings}
    assert ("claim-difference", 6) in found


def test_a_comparison_said_before_a_chain_is_spelled_into_its_first_link() -> None:
    """`chains.spell_out`: "Lộ trình từng năm so với năm trước: năm 2022 giảm 346 người; ..."
    is spelled "Lộ trình từng năm: năm 2022 giảm 346 người so với năm trước; ...", every
    figure mapped back to where it was written; a comparison with a named year, or a link
    that is no change right after the colon, is not spelled (left to the usual rules)."""
    text = "Lộ trình từng năm so với năm trước: năm 2022 giảm 346 người; năm 2023 giảm 347 người."
    spelled = spell_out(text)
    assert spelled is not None
    assert spelled.text == (
        "Lộ trình từng năm: năm 2022 giảm 346 người so với năm trước; năm 2023 giảm 347 người."
    )
    for figure in ("346", "347"):
        at = spelled.text.index(figure)
        origin = spelled.origin((at, at + 3))
        assert origin is not None and text[origin[0] : origin[1]] == figure
    for other in (
        text.replace("năm trước:", "năm 2021:"),
        text.replace("năm 2022 giảm 346 người;", "năm 2022 còn 1.346 người;"),
    ):
        assert spell_out(other) is None, other


# Session 12, eng-news7: reorganisation news and allocations by funding source (2025 forms).

HEADLINE_CHANGE_AGAINST_BODY = (
    "Tỉnh A: năm 2024 giảm {headline} người làm việc so với năm {base}\n\nNăm 2024 tổng số "
    "người làm việc hưởng lương từ ngân sách nhà nước được giao là 13.788 người, giảm 1.138 "
    "người so với năm 2021 ({before} người).\n"
)


def test_a_headline_change_disagreeing_with_the_bodys_one_change_is_read_as_its_claim() -> None:
    """ "Tỉnh A: năm 2024 giảm 1.183 người làm việc so với năm 2021" over a body whose one
    change of that category, years and direction is 1.138 (its figures bear it out): the
    headline restates it wrongly; read as the category's claim, the checker reports it (blind
    AC2's slip was missed with the headline unread)."""
    text = HEADLINE_CHANGE_AGAINST_BODY.format(headline="1.183", base="2021", before="14.926")
    rows, _, unread = _rows(text)
    assert not unread
    assert rows == {
        ("vc", 2024, 13788, None, None, None),
        ("vc", 2021, 14926, None, None, None),
        ("vc", 2024, None, 1138, 2021, None),
        ("vc", 2024, None, 1183, 2021, None),
    }


def test_a_headline_change_matching_no_body_change_safely_stays_unread() -> None:
    """The twins: a headline comparing with another year than the body's change, one naming
    no category ("biên chế"), or a body whose figures do not bear its own change out (which
    of the three numbers is wrong is not said): the headline stays unread."""
    for headline, base, before in (("1.183", "2022", "14.926"), ("1.183", "2021", "14.925")):
        text = HEADLINE_CHANGE_AGAINST_BODY.format(headline=headline, base=base, before=before)
        rows, _, unread = _rows(text)
        assert 1 in unread, (base, before)
        assert not any(change == 1183 for _, _, _, change, _, _ in rows)
    text = HEADLINE_CHANGE_AGAINST_BODY.format(headline="1.183", base="2021", before="14.926")
    rows, _, unread = _rows(text.replace("người làm việc so", "biên chế so", 1))
    assert 1 in unread
    assert not any(change == 1183 for _, _, _, change, _, _ in rows)


BASE_BY_ARITHMETIC = (
    "Năm 2024 tỉnh được giao 3.270 biên chế {category}.{gap}Theo phương án, năm 2025 các xã, "
    "phường mới được bố trí tổng cộng 2.166 biên chế, giảm {cut} biên chế, tương ứng {rate}.\n"
)


def test_a_change_naming_no_base_against_the_one_earlier_figure_it_ties_to() -> None:
    """ "Năm 2024 tỉnh được giao 3.270 biên chế cán bộ, công chức cấp xã. ... năm 2025 các xã,
    phường mới được bố trí tổng cộng 2.166 biên chế, giảm 1.104 biên chế, tương ứng 33,76%":
    the cut names no year, but the sentence right before states one earlier figure of the
    same category's whole, and 3.270 − 2.166 = 1.104 (1.104/3.270 = 33,76%): the text's own
    arithmetic says the base (blind AC2 left it unread, and its headline with it)."""
    text = BASE_BY_ARITHMETIC.format(
        category="cán bộ, công chức cấp xã", cut="1.104", rate="33,76%", gap=" "
    )
    rows, _, unread = _rows(text)
    assert not unread
    assert rows == {
        ("cbcc-xa", 2024, 3270, None, None, None),
        ("cbcc-xa", 2025, 2166, None, None, None),
        ("cbcc-xa", 2025, None, 1104, 2024, "33,76%"),
    }
    headline = "Tỉnh A: còn 58 xã, phường sau sắp xếp, biên chế cấp xã giảm 1.104\n\n"
    rows, _, unread = _rows(headline + text)
    assert not unread
    assert ("cbcc-xa", 2025, None, 1104, 2024, None) in rows


def test_a_change_naming_no_base_that_ties_to_no_earlier_figure_stays_unread() -> None:
    """The twins: a cut the figures do not make (1.105), a rate they do not round to, an
    earlier figure of another category (civil servants of the province), or one stated in
    another paragraph (a list's last item may stand there, whose convention ends with the
    list): which year the cut is against is not shown, so the sentence stays unread."""
    for category, cut, rate, gap in (
        ("cán bộ, công chức cấp xã", "1.105", "33,79%", " "),
        ("cán bộ, công chức cấp xã", "1.104", "33,80%", " "),
        ("công chức", "1.104", "33,76%", " "),
        ("cán bộ, công chức cấp xã", "1.104", "33,76%", "\n"),
    ):
        text = BASE_BY_ARITHMETIC.format(category=category, cut=cut, rate=rate, gap=gap)
        rows, _, unread = _rows(text)
        assert unread == ({1} if gap == " " else {2}), (category, cut, rate, gap)
        assert not any(year == 2025 for _, year, *_ in rows)


COUNTED_GROUPS_PLACED = (
    "Năm 2025 tỉnh giao 2.166 biên chế cán bộ, công chức cấp xã.\nTrong số này, 17 phường được "
    "bố trí 663 biên chế, {second}.\n"
)


def test_groups_counted_one_after_another_said_bo_tri_after_trong_so_nay() -> None:
    """ "Trong số này, 17 phường được bố trí 663 biên chế, 41 xã được bố trí 1.503 biên chế":
    groups counted, each with its posts, said "được bố trí" as "được giao" is (`groups.
    counted_clauses`), after a lead pointing back at the figure ("Trong số này," as "Trong
    số đó,"); blind AC2 left the line unread (the second count taken as the first group's)."""
    rows, _, unread = _rows(COUNTED_GROUPS_PLACED.format(second="41 xã được bố trí 1.503 biên chế"))
    assert not unread
    assert rows == {
        ("cbcc-xa", 2025, 2166, None, None, None),
        ("17-phuong", 2025, 663, None, None, None),
        ("41-xa", 2025, 1503, None, None, None),
    }


def test_a_second_group_without_its_verb_stays_unread() -> None:
    """The twin: "..., 41 xã 1.503 biên chế" (no verb) is no clause of the form: whose second
    count it is, is not said; the line stays unread."""
    rows, _, unread = _rows(COUNTED_GROUPS_PLACED.format(second="41 xã 1.503 biên chế"))
    assert unread == {2}
    assert rows == {("cbcc-xa", 2025, 2166, None, None, None)}


def test_the_surplus_split_is_outside_only_where_its_parts_add_up() -> None:
    """`outside.outside_sentence` on the surplus split by category: all three counts outside
    where 68 + 160 = 228; nothing where the parts do not add up."""
    from lotrinh.extract.outside import outside_sentence

    text = "Theo dự kiến, tỉnh sau hợp nhất dôi dư 228 người, gồm 68 công chức và 160 viên chức."
    spans = outside_sentence(text)
    assert spans is not None
    assert sorted(text[a:b] for a, b in spans) == ["160", "228", "68"]
    assert outside_sentence(text.replace("160 viên chức", "150 viên chức")) is None


def test_the_levels_units_after_cap_xa_are_all_the_communes() -> None:
    """`communes.given_to_some_communes`: "cấp xã cho 155 đơn vị" gives the posts to the
    level's units, all of them; "cho 15 đơn vị sự nghiệp" to some bodies named by kind."""
    from lotrinh.extract.communes import given_to_some_communes

    text = "tỉnh được giao 3.270 biên chế cán bộ, công chức cấp xã cho {} đơn vị{}."
    for many, after, some in (
        ("155", "", False),
        ("155", " hành chính", False),
        ("15", " sự nghiệp", True),
    ):
        line = text.format(many, after)
        assert given_to_some_communes(line, line.index(" cấp xã")) is some, line


# eng-guard (session 12): guards against first-contact misreads (docs/extraction.md).

LATER_DAY = (
    "Năm 2025, tổng biên chế công chức là 950 biên chế.\nTheo Quyết định số 12/QĐ-UBND ngày "
    "10/{day}, {year}biên chế viên chức là 5.000 người."
)


def test_a_day_after_the_year_in_force_leaves_a_yearless_figure_unread() -> None:
    """A day of a later year before a figure naming none ("Theo Quyết định ... ngày
    10/01/2026, biên chế viên chức là 5.000 người" after a line of 2025) may date a later
    year's figure: the year in force is a guess, so the line is not understood. Twins: a day of
    the same or an earlier year (a decision of December for the next year), or a year said in
    the line, read."""
    rows, _, unread = _rows(LATER_DAY.format(day="01/2026", year=""))
    assert unread == {2}
    assert not any(row[0] == "vc" for row in rows)
    for day in ("01/2025", "12/2024"):
        rows, _, unread = _rows(LATER_DAY.format(day=day, year=""))
        assert not unread
        assert ("vc", 2025, 5000, None, None, None) in rows
    rows, _, unread = _rows(LATER_DAY.format(day="01/2026", year="năm 2025 "))
    assert not unread
    assert ("vc", 2025, 5000, None, None, None) in rows


def test_a_group_taken_in_before_a_category_is_not_understood() -> None:
    """ "Tính cả các hội, biên chế công chức năm 2026 giảm 286 ...": the change counts the
    hội's posts in with the công chức's, a unit the text never names; it is not understood
    (it was a unit of its own, "tinh-ca-hoi-cong-chuc", a guess at what it holds). Its twin,
    "Tính cả giai đoạn, ...", the whole period, is read (whole-period-lead/over-the-period)."""
    rows, _, unread = _rows(
        "Năm 2021, tỉnh được giao 4.120 biên chế công chức.\nTính cả các hội, biên chế công chức "
        "năm 2026 giảm 286 biên chế so với năm 2021, tỷ lệ giảm 6,94%."
    )
    assert rows == {("cbcc", 2021, 4120, None, None, None)}
    assert unread == {2}


@pytest.mark.parametrize(
    ("gap", "found"),
    [
        ("Năm 2025, tổng biên chế công chức không kể biên chế dự phòng là", "không kể"),
        ("Năm 2025, tổng biên chế công chức (trừ khối Đảng) là", "trừ"),
        ("Năm 2025, biên chế công chức ngoài khối Đảng là", "ngoài"),
        ("Năm 2025, tổng biên chế công chức, kể cả biên chế của các hội, là", "kể cả"),
        ("Năm 2025, biên chế công chức cần bổ sung", "cần bổ sung"),
        ("Năm 2025, số người làm việc còn thiếu so với định mức là", "còn thiếu"),
        ("Năm 2025, số biên chế bình quân của một sở là", "bình quân"),
        ("Năm 2025, biên chế công chức dự kiến nghỉ hưu là", "nghỉ hưu"),
        ("Tổng biên chế của hệ thống chính trị tỉnh (không kể cấp xã) năm 2025 là", None),
        ("Biên chế năm 2025 (không kể hợp đồng lao động) là", None),
        ("năm 2025 khối cơ quan Bộ (không gồm hệ thống thi hành án dân sự) được giao", None),
        ("- Các cơ quan đại diện Việt Nam ở nước ngoài:", None),
        ("Ngoài tổng số trên, các hội quần chúng được giao", None),
        ("Tính cả giai đoạn, biên chế công chức năm 2026", None),
        ("Biên chế công chức cấp huyện năm 2025 không vượt", None),
        ("Các xã quy mô trung bình", None),
    ],
)
def test_unknown_qualifier(gap: str, found: str | None) -> None:
    assert unknown_qualifier(gap) == found


def test_in_post_unchanged_only_without_a_change() -> None:
    """eng-inpost4: staff in post read by an in-post rule are put outside only where their
    sentence states no change of them; posts are never in post."""
    from lotrinh.extract.statements import in_post_unchanged, read_sentence

    bare = read_sentence("Hiện có 1.641 công chức, còn 113 biên chế chưa tuyển.").statements
    changed = read_sentence("Hiện có 1.641 công chức, giảm 12 người so với năm 2023.").statements
    posts = read_sentence("Năm 2024, tỉnh được giao 1.754 biên chế công chức.").statements
    assert [in_post_unchanged(s) for s in bare] == [True]
    assert [in_post_unchanged(s) for s in changed] == [False]
    assert changed[0].changes
    assert posts and not any(in_post_unchanged(s) for s in posts)


def test_a_subset_named_again_by_a_name_two_wholes_share_stays_unread() -> None:
    """eng-subsets2, the twin of "subset-named-again": teachers set up in two sectors, "số giáo
    viên" of a later year may be either's (or both's): not read, never the VC total's."""
    rows, _, unread = _rows(
        "Năm 2021, sự nghiệp giáo dục là 14.000 người, trong đó có 12.000 giáo viên.\nNăm 2021, "
        "sự nghiệp y tế là 3.000 người, trong đó có 900 giáo viên.\nNăm 2026, số giáo viên là "
        "11.500 người."
    )
    assert unread == {3}
    assert not any(year == 2026 for _, year, *_ in rows)
    assert ("vc-giao-duc-giao-vien", 2021, 12000, None, None, None) in rows


def test_a_subset_named_again_whose_clause_goes_on_stays_unread() -> None:
    """eng-subsets2: "số giáo viên năm 2026 là 16.980 người, giảm 925 người": the cut after it
    may be the teachers' or the figure's before; the clause is not read."""
    rows, _, unread = _rows(
        "Năm 2021, số lượng người làm việc của tỉnh là 24.580 người, trong đó có 17.905 giáo "
        "viên.\nNăm 2026, số lượng người làm việc của tỉnh là 22.110 người; số giáo viên năm 2026 "
        "là 16.980 người, giảm 925 người."
    )
    assert unread == {2}
    assert rows == {
        ("vc", 2021, 24580, None, None, None),
        ("vc-giao-vien", 2021, 17905, None, None, None),
    }


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("15.118 người, giảm 301 người (trong đó có 13.540 giáo viên);", ["13.540"]),
        ("3.226 người, trong đó có 1.000 bác sĩ và 400 điều dưỡng.", ["1.000"]),
        ("3.226 người, trong đó có 1.000 biên chế giáo viên.", ["1.000"]),
        ("3.226 người, trong đó có 1.000 người nghỉ hưu.", []),  # no trade: not this form
        ("Trong đó có 1.000 giáo viên.", []),  # no figure before it in the sentence
        ("3.226 người, trong đó có 100 nữ.", []),  # women hold no posts of their own
    ],
)
def test_subset_counts_finds_the_subsets_said_of_a_figure(text: str, counts: list[str]) -> None:
    """eng-subsets2: `lexicon.subset_counts`, the counts a line may not leave outside."""
    from lotrinh.extract.lexicon import subset_counts

    assert [text[start:end] for start, end in subset_counts(text)] == counts


# Session 13, eng-news8: the category of commune staff.


def test_a_communes_count_after_another_count_or_a_parts_word_is_a_part() -> None:
    """`statements._a_part`: the communes' count closing a text that opened parts or gave a
    count before it is a share of that total ("... 28.416 biên chế, trong đó các cơ quan cấp
    thành phố 9.870 biên chế, các xã, phường 18.546"), never the commune staff's whole; days
    and years before it are no counts."""
    assert _a_part("tổng là 28.416 biên chế, các cơ quan 9.870 biên chế, các xã, phường 18.546")
    assert _a_part("Năm 2025, trong đó các xã, phường 18.546")
    assert _a_part("Cụ thể, các xã, phường được giao 18.546")
    assert not _a_part("Ngày 15/7/2025, năm 2025 các xã, phường mới được bố trí tổng cộng 2.166")
    assert not _a_part("Theo phương án, năm 2025 các xã, phường được giao 2.166")


def test_commune_staff_named_by_the_communes_kind_are_cap_xa_and_said_so() -> None:
    """ "2. Công chức phường: 2.625 người." (blind AD2's Hà Nội resolution) was the civil
    servants' line (CBCC); the category named by the commune's kind is cán bộ, công chức cấp
    xã, as "cấp xã" names it; a name mentioning ward staff later is not."""
    result = extract_plan("Năm 2025, công chức phường là 2.625 người.", "doc.txt")
    assert [unit["category"] for unit in result.data["units"]] == ["CBCC-XA"]
    result = extract_plan(
        "Năm 2025, biên chế công chức để chuyển công chức phường thành công chức quận là 2.625 "
        "biên chế.",
        "doc.txt",
    )
    assert [unit["category"] for unit in result.data["units"]] == ["CBCC"]


def test_the_communes_posts_after_the_reform_not_tied_to_cap_xa_are_not_cap_xa() -> None:
    """The twins of "communes-category/tied-by-arithmetic-to-cap-xa": 2025's communes' posts
    whose cut the cấp xã figure before does not bear out (3.270 − 2.166 ≠ 1.004: unread), or
    whose base year is said (no arithmetic ties them: the communes' block as written, of no
    category), or tied to the civil servants' figure (unread): never cán bộ, công chức cấp
    xã of 2025."""
    untied = (
        "Về biên chế, năm 2024 tỉnh được giao 3.270 biên chế cán bộ, công chức cấp xã. Theo "
        "phương án, năm 2025 các xã, phường mới được bố trí tổng cộng 2.166 biên chế, giảm "
        "1.004 biên chế."
    )
    rows, _, unread = _rows(untied)
    assert rows == {("cbcc-xa", 2024, 3270, None, None, None)}
    assert unread == {1}
    based = (
        "Năm 2024 tỉnh được giao 3.270 biên chế cán bộ, công chức cấp xã.\nTheo phương án, năm "
        "2025 các xã, phường mới được bố trí tổng cộng 2.166 biên chế, giảm 1.104 biên chế so "
        "với năm 2024."
    )
    rows, _, unread = _rows(based)
    assert rows == {
        ("cbcc-xa", 2024, 3270, None, None, None),
        ("xa-phuong-moi", 2025, 2166, None, None, None),
        ("xa-phuong-moi", 2025, None, 1104, 2024, None),
    }
    assert not unread
    civil_servants = (
        "Về biên chế, năm 2024 tỉnh được giao 3.270 biên chế công chức. Theo phương án, năm 2025 "
        "các xã, phường mới được bố trí tổng cộng 2.166 biên chế, giảm 1.104 biên chế."
    )
    rows, _, unread = _rows(civil_servants)
    assert rows == {("cbcc", 2024, 3270, None, None, None)}
    assert unread == {1}


def test_a_reserve_left_out_of_a_blocks_sum_is_reported() -> None:
    """eng-slips4: the block's figure read with its categories and reserve as parts, the
    check finds the reserve missing from the sum (952 + 172 + 8 = 1.132, written 1.124); the
    same list adding up with the reserve is clean."""
    text = (
        "Điều 1. Giao biên chế các cơ quan Đảng tỉnh đến năm 2026 là {n} biên chế, gồm 952 "
        "biên chế cán bộ, công chức, 172 biên chế viên chức và 8 biên chế dự phòng."
    )
    wrong = check_plan(plan_from_result(extract_plan(text.format(n="1.124"), "d"), "d"))
    sums = [(f.kind, f.stated, f.computed) for f in wrong.findings if f.kind == "sum-mismatch"]
    assert sums == [("sum-mismatch", 1124, 1132)]
    right = check_plan(plan_from_result(extract_plan(text.format(n="1.132"), "d"), "d"))
    assert "sum-mismatch" not in {f.kind for f in right.findings}


def test_a_template_spells_its_groups_as_copies() -> None:
    """eng-slips4: `chains._spelled`, the one builder of a spelling's pieces: words added as
    written, "{g}" a copy of group g, "{ g}" with a space, both nothing where g took no part;
    the copies are where the groups stand, so the figures map back to the sentence."""
    import re

    from lotrinh.extract.chains import _spelled

    def written(text: str, template: str) -> tuple[str, list[tuple[int, int]]]:
        match = re.match(r"(?P<a>\d+)(?: (?P<w>người))?(?P<b> x)?", text)
        assert match is not None
        pieces = _spelled(match, template)
        copies = [(p[1], p[2]) for p in pieces if not isinstance(p, str)]
        return "".join(p if isinstance(p, str) else text[p[1] : p[2]] for p in pieces), copies

    assert written("120 người", "còn {a}{ w}, {b}.") == ("còn 120 người, .", [(0, 3), (4, 9)])
    assert written("120", "còn {a}{ w}, {b}.") == ("còn 120, .", [(0, 3)])
    assert written("120 x", "{b}{a}") == (" x120", [(3, 5), (0, 3)])


def test_bare_cuts_of_nested_items_need_the_heads_one_comparison_year() -> None:
    """eng-alloc2, the twins of "party-allocation/head-change-paren-and-nested-bare-cuts": with
    no comparison in the head, or with the a) item's own figure of another year than the head
    compares with (2023 against 2024), which year the "+" items' bare "(giảm 6 biên chế)",
    "(không thay đổi)" are against is not said: those two lines stay unread, nothing of them
    used; the rest reads as before."""
    for cmp, y0 in (("", 2024), (" (giảm 12 biên chế so với năm 2024)", 2023)):
        rows, _, unread = _rows(PARTY_HEAD.format(whom=PARTY_BODIES, cmp=cmp, y0=y0))
        assert unread == {5, 6}, (cmp, y0)
        assert not any(unit in ("van-phong-tinh-uy", "ban-to-chuc-tinh-uy") for unit, *_ in rows)
        assert ("co-quan-tham-muu-giup", 2025, 200, None, None, None) in rows
        assert ("dang-tinh", 2025, 300, None, None, None) in rows


def test_people_above_the_posts_only_in_their_own_parenthesis_are_outside() -> None:
    """eng-alloc2, the twins of "party-allocation/people-above-the-posts-in-a-parenthesis":
    a count of posts there ("còn vượt 17 biên chế") is no count of people: unread; so is a
    parenthesis with a change in it, and the words outside a parenthesis change nothing."""
    from lotrinh.extract.outside import overruns

    text = PARTY_HEAD.format(whom=PARTY_BODIES, cmp=" (giảm 12 biên chế so với năm 2024)", y0=2024)
    rows, _, unread = _rows(text + PARTY_OVERRUN.format(people="17 biên chế"))
    assert unread == {8}
    assert rows == frozenset(PARTY_ROWS)
    line = PARTY_OVERRUN.format(people="17 người")
    assert [line[a:b] for a, b in overruns(line)] == ["17"]
    assert overruns(line.replace("(toàn khối", "(giảm 3 biên chế, toàn khối")) == set()
    assert overruns(line.replace("(", "").replace(")", "")) == set()


def test_a_comparison_after_plain_counts_changes_only_categories_counted() -> None:
    """eng-ae1: `categories._plain_counts` (the row before "; so với năm B," gives the year's
    counts and nothing else) and `categories._changes_of_counted` (each clause after it
    changes one category counted before it and states no count of its own)."""
    import re

    from lotrinh.extract.categories import _changes_of_counted, _Clause, _plain_counts

    def clause(name: str, segment: int, value: bool, change: bool) -> _Clause:
        made = _Clause(name, 0)
        made.segment = segment
        made.value = (0, 1) if value else None
        made.change = re.match("giảm", "giảm") if change else None
        return made

    counts = [
        clause("biên chế công chức", 0, True, False),
        clause("người làm việc", 0, True, False),
    ]
    assert _plain_counts(counts, 2025)
    assert not _plain_counts(counts, None)  # whose year: unsaid
    assert not _plain_counts([*counts[:1], clause("người làm việc", 0, True, True)], 2025)
    changes = [clause("công chức", 1, False, True), clause("người làm việc", 1, False, True)]
    assert _changes_of_counted(counts + changes)
    assert not _changes_of_counted([*counts, clause("biên chế các hội", 1, False, True)])
    assert not _changes_of_counted([*counts, clause("công chức", 1, True, True)])
    assert not _changes_of_counted(counts[:1] + changes)


def _kl40(text: str) -> dict[str, bool | None]:
    result = check_plan(plan_from_result(extract_plan(text, "d.txt"), "d.txt"))
    return {status.target.id: status.met for status in result.targets}


def test_a_party_side_texts_one_figure_is_judged_as_cbcc() -> None:
    """eng-slips5, `build._party_posts` and its twins: "party-only/one-figure-holding-the-rest"
    reads its units as CBCC and KL 40's CBCC target is judged on the figure (38 of 800 is
    4,75%: missed; 40 of 800, 5%: met), no VC target. Named viên chức, or the same posts in
    two units side by side (which a sum might count twice): no category, the CBCC target
    never judged."""
    units = extract_plan(PARTY_ONLY.format(n="762", d="38", h="452"), "d.txt").data["units"]
    assert {unit.get("category") for unit in units} == {"CBCC"}
    assert _kl40(PARTY_ONLY.format(n="762", d="38", h="452")) == {"kl40-cbcc": False}
    assert _kl40(PARTY_ONLY.format(n="760", d="40", h="450")) == {"kl40-cbcc": True}
    with_vc = PARTY_ONLY.format(n="762", d="38", h="452") + (
        "Các đơn vị sự nghiệp của Đảng được giao 40 người làm việc.\n"
    )
    units = extract_plan(with_vc, "d.txt").data["units"]
    assert "CBCC" not in {unit.get("category") for unit in units}
    assert _kl40(with_vc).get("kl40-cbcc") is None
    assert _kl40(PARTY_SIDE_BY_SIDE) == {"kl40-cbcc": None, "kl40-vc": None}


def test_party_posts_only_names_the_party_side_and_nothing_else() -> None:
    """eng-slips5: `lexicon.party_posts_only`: the Party's organs, the Front or the mass
    organisations named, and no viên chức, public service unit, government side or hội
    ("xã hội" and "Đại hội" are none)."""
    from lotrinh.extract.lexicon import party_posts_only

    assert party_posts_only("Biên chế các cơ quan đảng, Mặt trận Tổ quốc huyện sau Đại hội")
    assert party_posts_only("Khối đảng, MTTQ và các tổ chức chính trị - xã hội: 64 biên chế")
    assert not party_posts_only("Tổng biên chế của tỉnh năm 2026 là 1.000 biên chế")
    for other in (
        "viên chức",
        "người làm việc",
        "đơn vị sự nghiệp",
        "khối chính quyền",
        "cơ quan hành chính",
        "UBND huyện",
        "Hội Chữ thập đỏ",
    ):
        assert not party_posts_only(f"Các cơ quan đảng, Mặt trận Tổ quốc và {other}"), other


def test_items_after_a_figure_opening_no_list_take_no_year_of_the_sentence_before() -> None:
    """eng-slips5, the twin of "party-only/list-of-a-figure-of-the-unit-just-named": the 2026
    figure closes its sentence ("... là 66 biên chế.", or with its change) and opens no list:
    the items below it are not read, never filed under 2021 (the first sentence's year)."""
    for end in (".", " (giảm 4 biên chế so với năm 2021)."):
        rows, _, unread = _rows(PARTY_LIST_AFTER.format(end=end))
        assert unread == {2, 3, 4, 5}, end
        assert {row[1] for row in rows} == {2021}
        assert ("co-quan-tham-muu-giup", 2021, 40, None, None, None) in rows
        assert not any(row[2] in (37, 27, 2) for row in rows)


def test_a_year_after_a_figure_is_its_year_or_the_figure_is_unread() -> None:
    """eng-hunt: `revise.years_after_figures` (a year right after a figure and its noun, or
    after its recipient, that no statement of the sentence took) and
    `statements._held_before_figure` ("hiện có" right before a figure)."""
    from lotrinh.extract.statements import read_sentence

    (one,) = read_sentence("Sở A: 30 biên chế năm 2027.").statements
    assert (one.subject.year, one.value) == (2027, 30)
    own = read_sentence("Năm 2025, Sở A có 30 biên chế năm 2027.")
    assert not own.statements and own.orphans
    (kept,) = read_sentence("Sở A: 30 biên chế, như năm 2021.").statements
    assert kept.subject.year is None  # not right after the figure: left to the other passes
    held = read_sentence("Sở A: hiện có 30 biên chế.")
    assert not held.statements and held.orphans
    (given,) = read_sentence("Sở A: được giao 30 biên chế.").statements
    assert given.value == 30


def test_framed_from_to_blanks_the_frame_and_gives_its_years() -> None:
    """A sentence framing its move by its own pair of years: the frame blanked in place (every
    span where it was), the earlier year, the later; no frame, two, years out of order, a year
    besides them, or no move left: None."""
    text = "Từ năm 2021 đến năm 2026, biên chế công chức từ 1.050 giảm còn 997 biên chế."
    framed = framed_from_to(text)
    assert framed is not None
    blank, first, then = framed
    assert (first, then) == (2021, 2026)
    assert len(blank) == len(text) and blank.strip().startswith("biên chế công chức")
    assert blank.index("1.050") == text.index("1.050")
    inside = "Biên chế công chức từ năm 2021 đến hết năm 2026 giảm từ 1.050 xuống 997 biên chế."
    assert framed_from_to(inside) is not None
    assert framed_from_to(text.replace("Từ năm 2021 đến năm 2026, ", "")) is None
    assert framed_from_to(text.replace("2021", "2027")) is None
    assert framed_from_to(text.replace("biên chế.", "biên chế so với năm 2020.")) is None
    assert framed_from_to(text.replace("giảm còn", "và")) is None
    twice = "Từ năm 2021 đến năm 2026, từ năm 2021 đến năm 2026 từ 1.050 xuống 997 biên chế."
    assert framed_from_to(twice) is None


def test_a_body_of_no_category_after_a_subset_in_a_part_is_no_part() -> None:
    """eng-probe1, the twin of "subset-in-a-part/...": after "trong đó có 778 giáo viên" said
    with no parenthesis, "các đơn vị khác" names no category (it may be some of the subset's
    or not): never a part of the whole, which keeps its parts CBCC and VC only."""
    text = (
        SUBSET_IN_A_PART.replace("1.767", "1.863")
        .format(subset=", trong đó có 778 giáo viên", sep=";")
        .replace("; các hội: 87 biên chế; dự phòng: 9 biên chế.", "; các đơn vị khác: 86 biên chế.")
    )
    rows, parts, _ = _rows(text)
    assert parts["huyen"] == ("huyen-cbcc", "huyen-vc")
    assert ("huyen-vc", 2021, 1863, None, None, None) in rows
    assert not any(row[0].startswith("huyen-") and row[2] == 86 for row in rows)


def test_count_first_spells_the_hoi_and_the_reserve_of_no_place() -> None:
    """eng-probe1: `countfirst.count_first` spells "75 biên chế các hội" and "7 biên chế dự
    phòng" as their lines; never with bodies after them or given by a verb (whose posts?)."""
    from lotrinh.extract.countfirst import count_first

    def spelled(text: str) -> str | None:
        edits = count_first(text)
        if not edits:
            return None
        ((start, end, pieces),) = edits
        words = "".join(p if isinstance(p, str) else text[p[1] : p[2]] for p in pieces)
        return text[:start] + words + text[end:]

    assert spelled("75 biên chế các hội;") == "biên chế các hội: 75;"
    assert spelled("7 biên chế dự phòng.") == "biên chế dự phòng: 7."
    assert spelled("75 biên chế các hội có tính chất đặc thù;") == (
        "biên chế các hội có tính chất đặc thù: 75;"
    )
    assert spelled("75 biên chế các hội tại các huyện;") is None
    assert spelled("Giao 7 biên chế dự phòng.") is None
    assert spelled("75 biên chế hội đồng;") is None
    assert spelled("7 biên chế dự phòng cho Sở A.") is None


def test_the_hoi_of_some_places_is_no_count_first_item() -> None:
    """eng-probe1, the twin of "count-first/hoi-and-reserve-items": "75 biên chế các hội tại
    các huyện" (the districts' hội, or the province's there?) stays unread, the whole
    without parts (the reserve alone is still read)."""
    text = COUNT_FIRST_LIST.format(vc="người làm việc", hoi="biên chế các hội tại các huyện")
    rows, parts, unread = _rows(text)
    assert 6 in unread  # the hội's line
    assert 75 not in {row[2] for row in rows}
    assert not parts.get("huyen")


def test_a_reserve_given_by_a_verb_is_no_count_first_item() -> None:
    """eng-probe1, the twin of "count-first/hoi-and-reserve-items": "Giao 7 biên chế dự
    phòng" in a lead's list says who gives, not whose reserve: the item stays unread."""
    text = COUNT_FIRST_LIST.format(vc="người làm việc", hoi="biên chế các hội").replace(
        "- 7 biên chế dự phòng.", "- Giao 7 biên chế dự phòng."
    )
    rows, parts, unread = _rows(text)
    assert 7 in unread
    assert 7 not in {row[2] for row in rows}
    assert "du-phong" not in parts.get("huyen", ())


def test_the_vc_parts_own_words_are_no_subject_of_the_next_count() -> None:
    """eng-probe1, the twin of "count-first-part/vc-in-all-public-service-units": "...; 8.243
    người làm việc trong các đơn vị sự nghiệp công lập; 61 biên chế các hội": the hội's count
    after the VC part is never read as VC (the part's words were taken as its subject).
    eng-probe5: the province's split into both categories and the hội is now the total of all
    three, so the hội's count is read, as the hội's (it was unread)."""
    text = (
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nTỉnh còn 8.450 biên chế năm 2021, trong đó: "
        "146 biên chế công chức; 8.243 người làm việc trong các đơn vị sự nghiệp công lập; 61 "
        "biên chế các hội.\n"
    )
    rows, parts, unread = _rows(text)
    assert {row[0] for row in rows if row[2] == 61} == {"hoi"}
    assert parts["tong"] == ("cbcc", "vc", "hoi")
    assert not unread


def test_a_count_of_societies_is_no_part_of_posts() -> None:
    """eng-probe1, the twin of "count-first-part/hoi-after-the-categories": "(12 hội)" counts
    the societies, no word of posts after the count: no part, the line read with its posts."""
    rows, _, unread = _rows(
        "Biên chế các hội năm 2025\n\n1. Hội A: 30 biên chế.\n2. Các hội còn lại (12 hội): 80 "
        "biên chế.\n"
    )
    assert not unread
    assert {row[2] for row in rows} == {30, 80}


def test_a_count_first_item_with_two_counts_in_its_parenthesis_stays_unread() -> None:
    """eng-probe3, the twin of "count-first/subset-in-a-closing-parenthesis": with two counts
    in the parenthesis ("(trong đó có 1.420 giáo viên, 20 nhân viên)") the item is not spelled:
    its line is unread, its figures unused, the lines around it read."""
    text = COUNT_FIRST_LIST.format(
        vc="người làm việc (trong đó có 1.420 giáo viên, 20 nhân viên)", hoi="biên chế các hội"
    )
    rows, _, unread = _rows(text)
    assert unread == {5}
    assert not any(row[2] in (4838, 1420, 20) for row in rows)
    assert ("huyen-cbcc", 2021, 281, None, None, None) in rows


def test_a_bodys_own_reserve_is_no_reserve_of_the_text() -> None:
    """eng-probe3, the twin of "value/a-categorys-reserve-in-a-parenthesis": an item of a body
    whose reserve is in a parenthesis gives no reserve of the text (no "du-phong" unit).
    eng-items6: it is the body's own reserve, some of its figure (a subset of the body, as
    "item/a-bodys-own-reserve-in-a-parenthesis"); one not smaller than the figure leaves the
    item unread, nothing of it used, the next item read."""
    text = (
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2021, biên chế công chức giao cho các "
        "cơ quan như sau:\n- Sở Y tế: 120 biên chế (trong đó {reserve} biên chế dự phòng);\n- "
        "Sở Tài chính: 80 biên chế.\n"
    )
    rows, _, unread = _rows(text.format(reserve=3))
    assert not unread
    assert ("so-y-te-du-phong", 2021, 3, None, None, None) in rows
    units = {unit["id"]: unit for unit in extract_plan(text.format(reserve=3), "d").data["units"]}
    assert "du-phong" not in units and units["so-y-te-du-phong"]["subset_of"] == "so-y-te"
    rows, _, unread = _rows(text.format(reserve=120))
    assert unread == {4}
    assert rows == {("so-tai-chinh", 2021, 80, None, None, None)}


def test_posts_cut_spells_tinh_gian_as_giam_only_against_a_year() -> None:
    """eng-probe4: `groups.posts_cut` respells "tinh giản" as "giảm" where a year is compared
    with and posts are named; never a count of people who left."""
    from lotrinh.extract.groups import posts_cut

    def spelled(text: str) -> str | None:
        found = posts_cut(text)
        return None if found is None else found.text

    assert spelled("Năm 2026 còn 997 biên chế, tinh giản 53 biên chế so với năm 2021.") == (
        "Năm 2026 còn 997 biên chế, giảm 53 biên chế so với năm 2021."
    )
    assert spelled("Năm 2026 còn 997 biên chế, tinh giản 53 biên chế.") is None
    assert spelled("Năm 2026, tỉnh tinh giản 58 người so với năm 2025.") is None
    assert spelled("Tinh giản 58 người so với năm 2024 là 40 người.") is None
    assert (
        spelled("Năm 2026 tinh giản 5 biên chế so với năm 2021, tinh giản 3 người nghỉ hưu.")
        is None
    )


def test_yearly_cuts_stay_unread_unless_the_lead_says_against_what() -> None:
    """eng-probe4, the twins of "chain/yearly-cuts-against-the-year-before": with no lead
    saying the cuts are year on year (against the year before, or the base year?), with an
    item comparing with a year of its own, or with a lead naming no posts, the items' line
    stays unread and none of its cuts is read."""
    head = "Năm 2021, biên chế công chức là 1.000 biên chế.\n"
    for lead, last in (
        ("Lộ trình tinh giản biên chế công chức:", "năm 2023 giảm 15 biên chế"),
        (
            "Lộ trình tinh giản biên chế công chức từng năm so với năm trước:",
            "năm 2023 giảm 15 biên chế so với năm 2021",
        ),
        ("Lộ trình tinh giản từng năm so với năm trước:", "năm 2023 giảm 15 người"),
    ):
        rows, _, unread = _rows(f"{head}{lead} năm 2022 giảm 20 biên chế; {last}.\n")
        assert rows == {("cbcc", 2021, 1000, None, None, None)}, lead
        assert unread == {2}, lead


def test_yearly_against_previous_says_the_comparison_in_each_item() -> None:
    """eng-probe4: `groups.yearly_against_previous` spells the lead's comparison into each
    item, the figures copied where they stood."""
    from lotrinh.extract.groups import yearly_against_previous

    text = "Biên chế công chức mỗi năm so với năm trước: năm 2022 giảm 20; năm 2023 giảm 15."
    found = yearly_against_previous(text)
    assert found is not None
    assert found.text == (
        "Biên chế công chức: năm 2022 giảm 20 so với năm trước; năm 2023 giảm 15 so với năm trước."
    )
    for figure in ("20", "15"):
        start = found.text.index(f"giảm {figure}") + 5
        origin = found.origin((start, start + len(figure)))
        assert origin is not None and text[origin[0] : origin[1]] == figure
    assert yearly_against_previous(text.replace("; năm 2023 giảm 15", "")) is None
    assert yearly_against_previous(text.replace("năm 2023 giảm 15", "năm 2023 còn 15")) is None
    assert yearly_against_previous(text.replace("Biên chế công chức", "Lộ trình")) is None


def test_a_fronted_comparison_in_an_item_is_read_only_alone_and_earlier() -> None:
    """eng-probe4, the twins of "item/comparison-fronted-after-the-label": a second year
    compared with in the item (which change against which?), or a year compared with that is
    not before the item's, leave the item unread; the lead's figure is read as before."""
    head = "Biên chế công chức năm 2021 là 1.330 biên chế. Lộ trình thực hiện:\n"
    for item in (
        "- Năm 2026: so với năm 2021, còn 1.240 biên chế, giảm 90 biên chế so với năm 2025.",
        "- Năm 2026: so với năm 2027, còn 1.240 biên chế, giảm 90 biên chế.",
    ):
        rows, _, unread = _rows(head + item + "\n")
        assert rows == {("cbcc", 2021, 1330, None, None, None)}, item
        assert unread == {2}, item


def test_plain_posts_of_the_text_stay_unread_beside_another_unit_or_figure() -> None:
    """eng-agents, the twins of "agents/…" and "news/…": the text's own plain posts are read
    only where nothing else may own them. After a unit of a category (the plain count may be
    that category's), after another body's figure with no body named ("Năm 2021 có …" may go
    on with it), or given a second figure for a year already read (which?), the line stays
    unread and the lines before are read as before."""
    head = "Kế hoạch tinh giản biên chế của tỉnh A\n\n"
    for first, first_rows, second in (
        (
            "Năm 2021, biên chế công chức của tỉnh là 300 biên chế.",
            {("cbcc", 2021, 300, None, None, None)},
            "Năm 2026, tỉnh được giao 285 biên chế.",
        ),
        (
            "Năm 2021, Sở Y tế được giao 300 biên chế.",
            {("so-y-te", 2021, 300, None, None, None)},
            "Năm 2021 có 2.850 biên chế.",
        ),
        (
            "Năm 2021, tỉnh được giao 3.000 biên chế.",
            {("duoc-giao", 2021, 3000, None, None, None)},
            "Năm 2021, HĐND tỉnh giao 2.000 biên chế.",
        ),
    ):
        rows, _, unread = _rows(f"{head}{first}\n{second}\n")
        assert rows == first_rows, second
        assert unread == {4}, second


def test_plain_posts_are_never_the_total_the_text_states_beside_them() -> None:
    """eng-agents: the text's total and its plain posts of one year are two units (the
    ministry's công chức beside the province's total), so neither figure replaces the
    other, in either order."""
    head = "Kế hoạch tinh giản biên chế của tỉnh A\n\n"
    total = "Tổng biên chế năm 2021 của tỉnh là 30.000 biên chế."
    plain = "Năm 2021, Bộ Nội vụ giao cho tỉnh 3.000 biên chế."
    for text in (f"{total}\n{plain}\n", f"{plain}\n{total}\n"):
        rows, _, unread = _rows(head + text)
        assert not unread, text
        assert rows == {
            ("tong", 2021, 30000, None, None, None),
            ("duoc-giao", 2021, 3000, None, None, None),
        }, text


def test_own_posts_given_names_the_texts_own_body_or_none() -> None:
    """eng-agents: `subjects.own_posts_given` takes only a year, a giver and the text's own
    body before a count; another body, a headline of two, a request: None."""
    from lotrinh.extract.subjects import own_posts_given

    headline = "Kế hoạch tinh giản biên chế của tỉnh A"
    assert own_posts_given("Năm 2021, Ban Tổ chức Trung ương giao cho tỉnh", headline) == "tỉnh"
    assert own_posts_given("Năm 2021, tỉnh A được HĐND tỉnh giao", headline) == "tỉnh A"
    assert own_posts_given("Thủ tướng Chính phủ giao năm 2021 là", headline) == ""
    assert own_posts_given("Biên chế năm 2021 là", None) == ""
    assert own_posts_given("Năm 2021 có", None) == ""
    assert own_posts_given("Năm 2021, tỉnh B được giao", headline) is None
    assert own_posts_given("Năm 2021, tỉnh A được giao", headline + " và tỉnh B") is None
    assert own_posts_given("UBND tỉnh giao cho Sở Y tế", headline) is None
    assert own_posts_given("UBND tỉnh đề nghị giao", headline) is None
    assert own_posts_given("Năm 2021, tỉnh hiện có", headline) is None


def test_a_former_places_sum_with_no_plain_line_of_its_kind_stays_unread() -> None:
    """eng-probe2025, the twins of "merger/former-places-sum-with-no-change-is-the-own-base":
    the sum of a scope ("cấp tỉnh") or of a category the text has no plain line of (người làm
    việc beside công chức only) is no base of a line read: the sum's line stays unread, nothing
    of it is used; the line above reads as before."""
    text = (
        "Báo cáo tình hình biên chế của tỉnh Vĩnh Thạnh\n\nNăm 2026, tỉnh Vĩnh Thạnh được giao "
        "4.081 biên chế công chức.\nSố biên chế công chức được giao năm 2021 của hai tỉnh (cũ) "
        "cộng là 4.256 biên chế (tỉnh Phú Lâm 2.138 biên chế, tỉnh Tân Hòa 2.118 biên chế).\n"
    )
    vc = (
        "Số người làm việc được giao năm 2021 của hai tỉnh (cũ) cộng là 4.256 người (tỉnh Phú "
        "Lâm 2.138 người, tỉnh Tân Hòa 2.118 người).\n"
    )
    for twin in (
        text.replace("Số biên chế công chức được", "Số biên chế công chức cấp tỉnh được"),
        text[: text.index("Số biên chế")] + vc,
    ):
        rows, _, unread = _rows(twin)
        assert rows == {("cbcc", 2026, 4081, None, None, None)}, twin
        assert unread == {4}, twin


def test_a_former_place_marked_in_brackets_keeps_its_mark() -> None:
    """eng-probe2025: `merged.gone_unbracketed` keeps the mark of a place as it was before a
    merger as a word ("(cũ)", "(trước hợp nhất)" → "cũ"); the new place's "(mới)" and other
    brackets are left as they are."""
    from lotrinh.extract.merged import gone_unbracketed

    assert gone_unbracketed("của tỉnh A (cũ)").split() == ["của", "tỉnh", "A", "cũ"]
    assert gone_unbracketed("Bộ A ( trước hợp nhất )").split() == ["Bộ", "A", "cũ"]
    assert gone_unbracketed("của tỉnh A (mới)") == "của tỉnh A (mới)"
    assert gone_unbracketed("của tỉnh A (năm 2021)") == "của tỉnh A (năm 2021)"


def test_a_roadmap_of_the_total_after_a_category_line_stays_unread() -> None:
    """eng-chains6, the twin of "chain/roadmap-lead-names-the-category": a roadmap lead naming
    the total right after a line of công chức: its items are no line of the công chức (they
    were read so), nor of a total the text has given no figure: unread. After a line of the
    total they are the total's."""
    lead = "Lộ trình tinh giản tổng biên chế:\n- Năm 2022: 1.422 biên chế (giảm 7 so với năm 2021)."
    rows, _, unread = _rows(f"Năm 2021, biên chế công chức là 1.429 biên chế.\n{lead}")
    assert rows == {("cbcc", 2021, 1429, None, None, None)}
    assert unread == {3}
    rows, _, unread = _rows(f"Năm 2021, tổng biên chế là 1.429 biên chế.\n{lead}")
    assert ("tong", 2022, None, 7, 2021, None) in rows
    assert not unread


def test_tinh_gian_nguoi_after_no_figure_left_stays_unread() -> None:
    """eng-chains6, the twin of "item/tinh-gian-nguoi-after-what-is-left": after "có N người"
    (people present, or posts?) the item naming no posts stays unread: people who left or
    posts cut is not said; the lead's figure is read as before."""
    head = "Số lượng người làm việc năm 2021 là 1.383 người. Lộ trình thực hiện:\n"
    rows, _, unread = _rows(
        head + "- Năm 2026: có 1.340 người, tinh giản 43 người so với năm 2021."
    )
    assert rows == {("vc", 2021, 1383, None, None, None)}
    assert unread == {2}


def test_cat_giam_of_people_leaving_in_an_item_stays_unread() -> None:
    """eng-chains6, the twin of "item/cat-giam-opens-the-item": "cắt giảm 185 người nghỉ hưu"
    counts people who leave, no cut of posts: the item stays unread."""
    head = "Biên chế công chức năm 2021 là 2.192 biên chế. Lộ trình thực hiện:\n"
    rows, _, unread = _rows(head + "- Năm 2026: cắt giảm 185 người nghỉ hưu, còn 2.017 biên chế.")
    assert rows == {("cbcc", 2021, 2192, None, None, None)}
    assert unread == {2}


def test_tinh_gian_against_a_fronted_year_and_its_own_stays_unread() -> None:
    """eng-chains6, the twin of "item/tinh-gian-against-the-fronted-year": the cut naming a
    year of its own besides the fronted one (against which?), or counting "người" in an item
    naming no posts (people who left?), leaves the item unread."""
    head = "Tổng biên chế năm 2021 là 3.213 biên chế. Lộ trình thực hiện:\n- Năm 2026: so với năm "
    for item in (
        "2021, tinh giản 140 biên chế so với năm 2025, còn 3.073 biên chế.",
        "2021, tinh giản 140 người, còn 3.073 người.",
    ):
        rows, _, unread = _rows(head + item)
        assert rows == {("tong", 2021, 3213, None, None, None)}, item
        assert unread == {2}, item


def test_cut_in_fronted_item_maps_each_figure_back() -> None:
    """eng-chains6: `groups.cut_in_fronted_item` composes the two respellings, each figure of
    its text mapped back to where it stands as written; None unless both apply."""
    from lotrinh.extract.groups import cut_in_fronted_item

    text = "Năm 2026: so với năm 2021, tinh giản 140 biên chế, còn 3.073 biên chế."
    found = cut_in_fronted_item(text)
    assert found is not None
    assert found.text == "so với năm 2021, Năm 2026: giảm 140 biên chế, còn 3.073 biên chế."
    for figure in ("140", "3.073", "2021", "2026"):
        start = found.text.index(figure)
        origin = found.origin((start, start + len(figure)))
        assert origin is not None and text[origin[0] : origin[1]] == figure, figure
    start = found.text.index("giảm")
    assert found.origin((start, start + 4)) is None  # words the respelling wrote
    assert cut_in_fronted_item(text.replace("tinh giản", "giảm")) is None
    assert cut_in_fronted_item(text.replace("Năm 2026: so với năm 2021, ", "")) is None


def test_a_whole_split_names_both_categories_once_and_nothing_else() -> None:
    """eng-parts6, `build._split_of_whole`: công chức and viên chức (the hội's beside them)
    once each are a whole's split; one of them missing, one twice, a body of no category or
    a category the whole does not hold is not."""
    from lotrinh.extract.build import _split_of_whole
    from lotrinh.model import Category

    cc, vc, hoi = Category.CBCC, Category.VC, Category.HOI
    assert _split_of_whole([cc, vc], 2)
    assert _split_of_whole([vc, hoi, cc], 3)
    assert not _split_of_whole([cc, hoi], 2)
    assert not _split_of_whole([cc, vc, vc], 3)
    assert not _split_of_whole([cc, vc, None], 3)
    assert not _split_of_whole([cc, vc], 3)


def test_the_giver_and_the_posts_word_are_no_part_of_the_units_name() -> None:
    """eng-parts6, `subjects.read_subject`: "X được <giver>" names X; "Biên chế của X" names
    the text's whole or own place; the giver alone still names no unit, and the posts of a
    body the lexicon does not take for the whole keep their name."""
    from lotrinh.extract.sentence import Kind as SubjectKind
    from lotrinh.extract.subjects import read_subject

    assert read_subject("Bộ được Trung ương").name == "Bộ"
    assert read_subject("Năm 2021, Sở A được UBND tỉnh tạm").name == "Sở A"
    assert read_subject("Năm 2021, Sở A được UBND tỉnh tạm").year == 2021
    assert read_subject("Tỉnh được Trung ương").name == "Tỉnh"
    assert read_subject("UBND tỉnh").kind is None
    whole = read_subject("Biên chế năm 2021 của toàn tỉnh")
    assert (whole.kind, whole.year) == (SubjectKind.TOTAL, 2021)
    assert read_subject("Biên chế của tỉnh").name == "tỉnh"
    assert read_subject("Biên chế của khối qua các năm").name == "Biên chế của khối"


def test_a_list_of_trades_is_subsets_of_one_figure_and_a_trade_left_is_no_silent_drop() -> None:
    """eng-silent (`statements._subset_sibling` and the catch-all's guard): every trade listed
    after "trong đó có" is a subset of the same figure; a count of "nhân viên" alone is an
    orphan (the sentence not understood), never set aside; a trait ("34 nữ") stays aside."""
    from lotrinh.extract.statements import read_sentence

    head = "Sở A được giao 1.000 người làm việc, trong đó có 870 giáo viên, "

    def counted(text: str) -> tuple[list[str], int, list[str]]:
        reading = read_sentence(text)
        whole = reading.statements[0]
        subsets = [s for s in reading.statements if s.subset and s.container is whole]
        said = [text[s.value_span[0] : s.value_span[1]] for s in subsets if s.value_span]
        aside = [text[start:end] for start, end in reading.outside]
        return said, len(reading.orphans), aside

    assert counted(head + "20 nhân viên y tế và 5 bác sĩ.") == (["870", "20", "5"], 0, [])
    assert counted(head + "20 nhân viên.") == (["870"], 1, [])
    assert counted(head + "34 nữ.") == (["870"], 0, ["34"])


# eng-ag: the twins of the forms "subset/frame-naming-its-year-then-a-sector" and
# "result/after-a-narrower-line-…": each leaves its last line unread, the lines before read.
_AG_VC = "Số lượng người làm việc: năm 2021 là 6.120 người; năm 2024 là 5.870 người.\n"
_AG_NARROWED = (
    "Số lượng người làm việc: năm 2021 là 4.400 người; năm 2026 là 4.000 người.\n"
    "Trong đó, số người làm việc của các đơn vị sự nghiệp y tế năm 2026 là 1.500 người.\n"
)
_AG_CC = (
    "Biên chế công chức: năm 2025 là 912 biên chế; năm 2026 là 900 biên chế.\n"
    "Trong số đó, biên chế công chức tại các cơ quan cấp huyện năm 2026 là 410 biên chế.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        # the frame names a year the line before did not state: whose figure?
        _AG_VC + "Trong số người làm việc năm 2023 có 3.310 người thuộc sự nghiệp y tế.\n",
        # the people counted are named by no sector: some of the figure, never the figure
        _AG_VC + "Trong số người làm việc năm 2024 có 3.310 người làm công tác chuyên môn.\n",
        _AG_VC + "Trong tổng số người làm việc năm 2024 có 3.310 người.\n",
        # a frame naming the other category: not the VC figure's
        _AG_VC + "Trong số công chức năm 2024 có 3.310 người thuộc sự nghiệp y tế.\n",
    ],
)
def test_some_of_a_figure_after_a_frame_is_never_the_figure(text: str) -> None:
    rows, _, unread = _rows(text)
    assert rows == {("vc", 2021, 6120, None, None, None), ("vc", 2024, 5870, None, None, None)}
    assert unread == {2}


@pytest.mark.parametrize(
    ("head", "last", "narrower"),
    [
        # the change and its rate fit the narrower unit (150 of 1.650), not the whole (400)
        (
            _AG_NARROWED,
            "So với năm 2021, năm 2026 giảm 150 người làm việc, tỷ lệ giảm 9,09%.",
            ("vc-don-vi-su-nghiep", 2026, 1500, None, None, None),
        ),
        # fits neither: the whole's figures give 400
        (
            _AG_NARROWED,
            "So với năm 2021, năm 2026 giảm 410 người làm việc, tỷ lệ giảm 9,30%.",
            ("vc-don-vi-su-nghiep", 2026, 1500, None, None, None),
        ),
        # no base year's figure and a round rate: it fits too many figures to tell whose
        (
            _AG_CC,
            "So với năm 2021, năm 2026 giảm 48 biên chế công chức, tỷ lệ giảm 5%.",
            ("cbcc-huyen-tai-co-quan", 2026, 410, None, None, None),
        ),
        # another category named after the count: not the whole's
        (
            _AG_CC,
            "So với năm 2021, năm 2026 giảm 48 người làm việc, tỷ lệ giảm 5,06%.",
            ("cbcc-huyen-tai-co-quan", 2026, 410, None, None, None),
        ),
    ],
)
def test_a_result_line_after_a_narrower_line_stays_unread_unless_the_whole_fits(
    head: str, last: str, narrower: tuple[str, int, int, None, None, None]
) -> None:
    rows, _, unread = _rows(head + last + "\n")
    stated = {row for row in rows if row[2] is not None}
    assert narrower in stated
    assert rows == stated, "no change read"
    assert unread == {3}


def test_framed_as_some_needs_the_frame_right_before_the_figure() -> None:
    """eng-ag: `statements._framed_as_some` is true of a figure right after "Trong (tổng) số
    … có", not of a subset nor of a figure the frame does not open onto."""
    from lotrinh.extract.sentence import Kind as SentenceKind
    from lotrinh.extract.sentence import Statement, Subject
    from lotrinh.extract.statements import _framed_as_some
    from lotrinh.model import Category

    for text, framed in (
        ("Trong số người làm việc năm 2024 có 3.310 người.", True),
        ("Trong tổng số này, có 3.310 người.", True),
        ("Năm 2024 có 3.310 người.", False),
        ("Trong số các cơ quan, Sở A có 3.310 người.", False),
    ):
        start = text.index("3.310")
        subject = Subject(SentenceKind.CATEGORY, text[: start - 4], Category.VC)
        statement = Statement(subject, value=3310, value_span=(start, start + 5))
        assert _framed_as_some(text, statement) is framed, text
        statement.subset = True
        assert not _framed_as_some(text, statement), text
    # a unit named after the count is that unit's, the frame aside
    text = "Trong tổng số biên chế viên chức có 20 biên chế dự phòng."
    reserve = Subject(SentenceKind.BLOCK, "Dự phòng", Category.VC)
    statement = Statement(reserve, value=20, value_span=(text.index("20"), text.index("20") + 2))
    assert not _framed_as_some(text, statement)


def test_a_trade_counted_after_a_frame_and_read_by_no_subset_rule_is_not_understood() -> None:
    """The integrator, on the merge of eng-silent and eng-ag (found by the probe's some-of
    shape): "Trong số công chức năm 2025 có 7.369 giáo viên." (teachers are no công chức:
    no subset rule reads it) was set aside as people, the line counted understood with its
    count dropped. A trade after a frame pointing at a figure is the figure's posts: unread.
    The twin: a subset the rules read ("Trong số người làm việc năm 2025 có … giáo viên")."""
    lead = (
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2025, biên chế công chức là 9.331 biên "
        "chế; số lượng người làm việc là 24.310 người.\n"
    )
    rows, _, unread = _rows(lead + "Trong số công chức năm 2025 có 7.369 giáo viên.\n")
    assert unread == {4}
    assert all(row[2] != 7369 for row in rows)
    rows, _, unread = _rows(lead + "Trong số người làm việc năm 2025 có 7.369 giáo viên.\n")
    assert unread == set()
    assert any(row[1:3] == (2025, 7369) for row in rows)


def test_socio_political_hoi_are_no_hoi_dac_thu() -> None:
    """eng-ah: "Hội Nông dân: 54 biên chế" in a list of the khối Mặt trận was filed as a hội
    đặc thù (HOI), a category misread: the three hội among the tổ chức chính trị - xã hội hold
    CBCC posts of the khối, so their lines take no HOI category. Twin: the hội đặc thù of the
    law's list ("Hội Chữ thập đỏ", "Hội Cựu thanh niên xung phong") stay HOI."""
    text = (
        "Kế hoạch biên chế\n\nNăm 2021, tổng biên chế của các cơ quan là 150 biên chế, gồm:\n"
        "- Cơ quan Ủy ban MTTQ tỉnh: 60 biên chế;\n- Đoàn Thanh niên: 40 biên chế;\n"
        "- {name}: 50 biên chế.\n"
    )

    def categories(name: str) -> set[object]:
        units = extract_plan(text.format(name=name), "doc.txt").data["units"]
        return {unit.get("category") for unit in units}

    for name in ("Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh"):
        assert "HOI" not in categories(name), name
    for name in ("Hội Chữ thập đỏ", "Hội Cựu thanh niên xung phong"):
        assert "HOI" in categories(name), name


def test_lines_named_alike_under_groups_not_set_apart_are_unread() -> None:
    """eng-ai, the twins of "table/groups-numbered-in-their-names-lines-named-alike": with no
    emphasis and a sum naming no numeral, or with no numerals at all, the groups are not set
    apart from the rows under them; the second "Cấp tỉnh" and "Cấp huyện" may be the first
    ones' or others': they are reported unread (the VC's were filed in the CBCC's: 40 false
    alarms of blind AI1) and no unit has parts; the other rows read."""
    plain = NAMED_GROUPS.replace("**", "").replace(" (I + II)", "")
    bare = NAMED_GROUPS.replace("**I. ", "**").replace("**II. ", "**")
    for text in (plain, bare):
        rows, parts, unread = _rows(text)
        assert unread == {9, 10}
        assert not any(parts.values())
        assert {row[0] for row in rows} == {"cbcc", "cap-tinh", "cap-huyen", "vc", "tong"}
        assert ("cap-tinh", 2021, 600, None, None, None) in rows
        assert not any(row[2] in (2000, 4000) for row in rows)


def test_named_groups_needs_groups_set_apart() -> None:
    """eng-ai: `structure._named_groups` gives the lines of groups numbered in their names
    only where the groups are set apart (emphasis, or a sum naming their numerals)."""
    from lotrinh.extract.document import Line
    from lotrinh.extract.structure import _named_groups

    def rows(*names: str) -> list[Line]:
        return [Line(number, f"| {name} | 1 |", 0, None) for number, name in enumerate(names, 1)]

    both = ("**I. A**", "x", "**II. B**", "x", "**Tổng cộng**")
    assert _named_groups(rows(*both), 0) == {2, 4}
    assert _named_groups(rows("I. A", "x", "II. B", "x", "Tổng cộng (I + II)"), 0) == {2, 4}
    assert _named_groups(rows("I. A", "x", "II. B", "x", "Tổng cộng"), 0) is None
    assert _named_groups(rows("x", *both), 0) is None  # a row before the first group
    assert _named_groups(rows(*both, "y"), 0) is None  # a row after the sum
    assert _named_groups(rows("**I. A**", "x", "- y", "**II. B**", "x", "**Tổng**"), 0) is None
    assert _named_groups(rows(*both), 1) is None


def _cross_roadmap(figures: str, items: str, heading: str = "3. Lộ trình hằng năm") -> str:
    return (
        "Kế hoạch tinh giản biên chế của huyện A\n\n1. Biên chế năm 2021\nNăm 2021, huyện được "
        "giao 300 biên chế, gồm 250 biên chế công chức và 50 người làm việc.\n\n2. Chỉ tiêu "
        f"đến năm 2026\nĐến năm 2026, huyện còn {figures}.\n\n{heading}\n{items}\n"
    )


def test_a_roadmaps_items_anchored_to_no_whole_stay_unread() -> None:
    """eng-cross, `build._anchored_whole`: the twins of "roadmap/heading-items-anchored-...".
    Items whose figure is one category's in a text of two (công chức's 235 of 2026), a
    heading's total gloss over items whose figure is a category's, or items no stated
    figure anchors: the items stay unread, the lines above still read."""
    split = "280 biên chế, gồm 235 biên chế công chức và 45 người làm việc"
    total = (
        "280 biên chế, trong đó công chức giảm 15 biên chế, viên chức giảm 5 người so với năm 2021"
    )
    cases = {
        "one category of two": _cross_roadmap(
            split, "- Năm 2025: 240 biên chế;\n- Năm 2026: 235 biên chế."
        ),
        "no anchor": _cross_roadmap(total, "- Năm 2025: 285 biên chế;\n- Năm 2026: 281 biên chế."),
        "a total's gloss over a category": _cross_roadmap(
            split,
            "- Năm 2025: 240 biên chế;\n- Năm 2026: 235 biên chế.",
            "3. Lộ trình hằng năm (tổng biên chế của huyện)",
        ),
    }
    for name, text in cases.items():
        rows, _, unread = _rows(text)
        assert unread == {10, 11}, name
        assert not any(row[1] == 2025 for row in rows), name
        assert ("huyen", 2021, 300, None, None, None) in rows, name
    # the same items anchored to the total are read, so the refusals above are the anchor's
    rows, _, unread = _rows(
        _cross_roadmap(total, "- Năm 2025: 285 biên chế;\n- Năm 2026: 280 biên chế.")
    )
    assert not unread
    assert ("huyen", 2025, 285, None, None, None) in rows


def test_a_cut_with_no_subject_naming_a_category_of_no_figure_stays_unread() -> None:
    """eng-cross, `statements._cut_names_category` and `build._resolve`: the twins of
    "change/no-subject-the-cuts-count-names-its-stated-category". The count naming no
    category, the commune's posts or both; the category stated in another year only: the
    cut's line stays unread, the line before still reads."""
    head = (
        "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm {y}, tỉnh được giao 5.806 biên chế "
        "công chức và 44.860 người làm việc.\n"
    )
    cuts = {
        "no category": ("2026", "So với năm 2021, năm 2026 giảm 279 biên chế."),
        "the commune's": ("2026", "Năm 2026 giảm 65 biên chế cán bộ, công chức cấp xã."),
        "both": ("2026", "So với năm 2021, năm 2026 giảm 65 biên chế công chức và viên chức."),
        "another year": ("2025", "So với năm 2021, năm 2026 giảm 279 người làm việc."),
    }
    for name, (year, cut) in cuts.items():
        rows, _, unread = _rows(head.format(y=year) + cut + "\n")
        assert unread == {4}, name
        assert all(row[3] is None for row in rows), name
    rows, _, unread = _rows(head.format(y="2026") + cuts["another year"][1] + "\n")
    assert not unread and ("vc", 2026, None, 279, 2021, None) in rows


_AND_LEAD = (
    "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2021, tỉnh được giao 1.730 biên chế công "
    "chức và 15.020 người làm việc.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        # no category named by each figure: whose each cut is, unsaid
        "Năm 2025 giảm 91 và 1.470 biên chế so với năm 2021.",
        # one category named once before two figures
        "Năm 2025 giảm biên chế công chức 91 và 1.470 so với năm 2021.",
        # three figures, two names
        "Năm 2025 giảm 91 biên chế công chức, 1.470 người làm việc và 12 biên chế so với năm 2021.",
        # the shared frame names no comparison
        "Năm 2025 giảm 91 biên chế công chức và 1.470 người làm việc.",
        # the recalled base names no category for its second figure
        "So với năm 2021 (công chức 1.730 biên chế, 15.020 người), năm 2025 giảm 91 biên chế "
        "công chức và 1.470 người làm việc.",
        # the recalled base of one former province: a part, not the merged body's base
        "So với năm 2021 (tổng số của tỉnh B cũ: 1.730 biên chế công chức và 15.020 người làm "
        "việc), năm 2025 giảm 91 biên chế công chức (tỷ lệ 5,26%) và 1.470 người làm việc (tỷ "
        "lệ 9,79%).",
    ],
)
def test_two_categories_in_one_clause_not_each_named_stay_unread(line: str) -> None:
    """eng-and, the twins of "categories/year-before-the-shared-cut-…" and
    "categories/base-recalled-…": a clause of two figures is read only when each figure names
    its own category and the shared frame (year, comparison) is said; otherwise nothing of
    the line is used, and the line before is read as it was."""
    rows, _, unread = _rows(_AND_LEAD + line + "\n")
    assert unread == {4}
    assert rows == {
        ("cbcc", 2021, 1730, None, None, None),
        ("vc", 2021, 15020, None, None, None),
    }


def test_two_categories_in_one_clause_the_second_narrowed_to_a_sector_is_the_sectors() -> None:
    """eng-and, the twin read differently: the second count narrowed to a sector ("... người
    làm việc trong khối giáo dục") is that sector's cut, never the category's own."""
    rows, _, unread = _rows(
        _AND_LEAD + "Năm 2025 giảm 91 biên chế công chức và 1.470 người làm việc trong khối "
        "giáo dục so với năm 2021.\n"
    )
    assert not unread
    assert ("cbcc", 2025, None, 91, 2021, None) in rows
    cut = [row for row in rows if row[3] == 1470]
    assert len(cut) == 1
    assert cut[0][0] not in ("vc", "cbcc")
    assert "giao-duc" in cut[0][0]
    assert cut[0][1:5] == (2025, None, 1470, 2021)


def test_rate_is_over_ties_a_figure_to_the_change_whose_rate_it_gives() -> None:
    """eng-and: `categories.rate_is_over`, what ties a base recalled naming its category first
    to the change: the one change against that year states a rate that is its count over the
    figure (either rounding); no rate, another year or another figure: not tied."""
    from lotrinh.extract.categories import rate_is_over
    from lotrinh.extract.sentence import Change, Statement, Subject
    from lotrinh.extract.sentence import Kind as SubjectKind
    from lotrinh.numbers import parse_rate

    def cut(count: int, base: int, rate: str | None) -> Statement:
        statement = Statement(Subject(SubjectKind.CATEGORY, "công chức", year=2025))
        said = parse_rate(rate) if rate is not None else None
        statement.changes.append(Change(False, count, said, base, []))
        return statement

    assert rate_is_over(cut(134, 2021, "5,32%"), 2021, 2520)
    assert not rate_is_over(cut(134, 2021, "5,32%"), 2021, 2250)
    assert not rate_is_over(cut(134, 2021, "5,32%"), 2024, 2520)
    assert not rate_is_over(cut(134, 2021, None), 2021, 2520)


def test_moves_with_a_count_before_or_no_body_left_stay_unread() -> None:
    """eng-moves, the twins of "move/...-no-figure": the lead holding a figure of its own, or
    posts moved to a body from none named ("theo đó 4 biên chế được chuyển sang Ủy ban A"),
    once read as the lead's figure: the move's line is reported unread, the line before reads."""
    head = "Tin tức\n\nNăm 2021, tỉnh được giao 1.500 biên chế công chức.\n"
    moves = (
        "Năm 2025 có 40 biên chế, theo đó 3 biên chế của Ban Dân vận Tỉnh ủy được chuyển sang "
        "Văn phòng Tỉnh ủy.",
        "Thực hiện Quyết định số 2210-QĐ/TU ngày 14/8/2021 của Ban Thường vụ Tỉnh ủy, theo đó 4 "
        "biên chế được chuyển sang Ủy ban Mặt trận Tổ quốc tỉnh.",
    )
    for move in moves:
        rows, _, unread = _rows(head + move + "\n")
        assert unread == {4}, move
        assert rows == {("cbcc", 2021, 1500, None, None, None)}, move


def test_moves_spans_and_what_no_move_between_bodies_is() -> None:
    """eng-moves, `groups.moved_unnamed` and `groups.transfer_then_after`: posts moved into a
    way of recruiting ("được chuyển sang thi tuyển") are no move between bodies; the clause
    after a move is spelled alone, the move's count set apart; a move with a change after it
    is no plain move."""
    from lotrinh.extract.groups import moved_unnamed, transfer, transfer_then_after

    assert moved_unnamed("10 chỉ tiêu dự phòng được chuyển sang thi tuyển.") is None
    assert moved_unnamed("theo đó 4 biên chế được chuyển sang Ủy ban Mặt trận tỉnh.") == (8, 9)
    moved = "Chuyển 6 biên chế từ Sở A sang Sở B; sau điều chỉnh, Sở A còn 52 biên chế, Sở B có 61"
    found = transfer_then_after(moved + " biên chế.")
    assert found is not None and found[0] == (7, 8)
    assert found[1].text == "Sở A còn 52 biên chế, Sở B có 61 biên chế"
    assert transfer_then_after(moved.replace("Sở B có", "Sở C có") + " biên chế.") is None
    assert transfer("Chuyển 6 biên chế từ Sở A sang Sở B, giảm 2 biên chế") is None


_OWED_HEAD = "Kế hoạch tinh giản biên chế của tỉnh A\n\n"


def test_a_short_name_two_bodies_may_stand_for_stays_unread() -> None:
    """eng-owed, `build._short_bodies`: the twins of "body/short-name-...". Two bodies of
    the head word named before (two Sở; the header's Ủy ban and another Ủy ban): the short
    name's line stays unread, nothing of it used; the lines naming them in full still read."""
    two_so = (
        _OWED_HEAD + "Năm 2021, Sở Y tế được giao 120 biên chế công chức.\nNăm 2021, Sở Tài "
        "chính được giao 80 biên chế công chức.\nĐến năm 2026, Sở còn 110 biên chế công chức.\n"
    )
    two_uy_ban = (
        "ỦY BAN DÂN TỘC\n\nKẾ HOẠCH\nTinh giản biên chế\n\nNăm 2021, Ủy ban Dân tộc được giao "
        "452 biên chế công chức.\nNăm 2021, Ủy ban Kiểm tra được giao 12 biên chế công chức.\n"
        "Đến năm 2026, Ủy ban còn 429 biên chế công chức.\n"
    )
    for name, text, line, kept in (
        ("two Sở", two_so, 5, ("so-y-te-cbcc", 2021, 120, None, None, None)),
        ("two Ủy ban", two_uy_ban, 8, ("uy-ban-dan-toc-cbcc", 2021, 452, None, None, None)),
    ):
        rows, _, unread = _rows(text)
        assert unread == {line}, name
        assert not any(row[1] == 2026 for row in rows), name
        assert kept in rows, name


def test_bodies_meant_by_a_short_name() -> None:
    """eng-owed: `units.bodies_meant`, the full names a head word alone may stand for."""
    from lotrinh.extract.units import bodies_meant

    assert bodies_meant("Ủy ban", ["Ủy ban Dân tộc", "ủy ban dân tộc"]) == ("Ủy ban Dân tộc",)
    assert bodies_meant("Uỷ ban", ["Ủy ban Dân tộc"]) == ("Ủy ban Dân tộc",)
    assert len(bodies_meant("Sở", ["Sở Y tế", "Sở Tài chính", "Văn phòng Sở"]) or ()) == 2
    assert bodies_meant("Sở", ["Văn phòng Sở", "Sở"]) == ()
    assert bodies_meant("Sở Y tế", ["Sở Y tế"]) is None  # a full name is no short name
    assert bodies_meant("sở", ["Sở Y tế"]) is None  # ("toàn bộ", "các sở": no body's)


def test_the_halves_of_cbcc_after_their_figure_stay_unread() -> None:
    """eng-owed, `build._halves_of_cbcc`, the twins of "subset/among-a-total-...": "Trong
    đó" parting the cán bộ from the công chức of a figure of cán bộ, công chức, the
    commune's or the province's, holds no unit's figure: the line stays unread (it read a
    block "Cán bộ" and the province's CBCC, or a second figure of the line above)."""
    halves = "Trong đó, cán bộ là 1.600 người; công chức là 1.400 người.\n"
    for level, unit in (("cấp xã ", "cbcc-xa"), ("", "cbcc")):
        figure = f"Năm 2021, biên chế cán bộ, công chức {level}của tỉnh là 3.000 người.\n"
        for name, text in (
            ("both halves", halves),
            ("công chức alone", "Trong đó, công chức là 1.400 người.\n"),
        ):
            rows, _, unread = _rows(_OWED_HEAD + figure + text)
            assert unread == {4}, (level, name)
            assert rows == {(unit, 2021, 3000, None, None, None)}, (level, name)


def test_one_half_of_cbcc() -> None:
    """eng-owed: `lexicon.one_half`."""
    from lotrinh.extract.lexicon import one_half

    assert one_half("cán bộ") and one_half("công chức") and one_half("số công chức cấp xã")
    assert not one_half("cán bộ, công chức khối đảng")
    assert not one_half("CBCC") and not one_half("viên chức") and not one_half("Sở Y tế")


def test_a_giver_is_never_the_name_of_the_body_given() -> None:
    """eng-owed, `subjects._GIVES_TO`, the twins of "unit/the-giver-gives-to-a-body-its-posts":
    the body given the posts named after the giver ("biên chế được UBND tỉnh giao cho Sở Y
    tế", "Sở Y tế được UBND tỉnh giao") is the same unit, its name holding no verb."""
    for text in (
        "Năm 2021, biên chế được UBND tỉnh giao cho Sở Y tế là 1.250 người làm việc.\n",
        "Năm 2021, Sở Y tế được UBND tỉnh giao 1.250 người làm việc.\n",
        "Năm 2021, Ủy ban nhân dân tỉnh đã giao cho Sở Y tế 1.250 người làm việc.\n",
    ):
        rows, parts, unread = _rows(_OWED_HEAD + text)
        assert not unread, text
        assert rows == {("so-y-te-vc", 2021, 1250, None, None, None)}, text
        assert parts["so-y-te"] == ("so-y-te-vc",), text


def test_a_former_places_year_is_its_own() -> None:
    """eng-owed, session 14's latent misread checked again: a year after a former place's
    count in the parts of a figure of another year leaves the line unread (it once gave
    1.200 to 2021 and 1.000 to 2020); with no year after the parts, both are the figure's."""
    lead = "Năm 2021, tỉnh C có 2.200 biên chế công chức, trong đó tỉnh A cũ 1.200 biên chế"
    for parts in (" năm 2020, tỉnh B cũ 1.000 biên chế.", ", tỉnh B cũ 1.000 biên chế năm 2020."):
        rows, _, unread = _rows(_OWED_HEAD + lead + parts + "\n")
        assert unread == {3}, parts
        assert not rows, parts
    rows, _, unread = _rows(_OWED_HEAD + lead + ", tỉnh B cũ 1.000 biên chế.\n")
    assert not unread
    assert {
        ("tinh-a-cu", 2021, 1200, None, None, None),
        ("tinh-b-cu", 2021, 1000, None, None, None),
    } <= rows


def test_a_reports_dateline_gives_its_year_this_year() -> None:
    """eng-news10, `meta._article_year` and `chains.spell_this_year`: the year of a dateline
    opening one of the first lines, none for a date elsewhere or two of two years; "năm nay"
    spelled as that year, every other character kept where it was written."""
    from lotrinh.extract.chains import spell_this_year

    def year_of(text: str) -> int | None:
        return read_meta(split_lines(text)).article_year

    assert year_of("Tin A\n\n(Ngày 15/7/2024) Tỉnh A ...\n") == 2024
    assert year_of("Tin A\n\n(Báo điện tử, ngày 12/7/2023) Tỉnh A ...\n") == 2023
    assert year_of("Tin A\n\nThứ Hai, 16/12/2024 — Phóng sự\n") == 2024
    assert year_of("Tin A\n\nTheo Quyết định ngày 15/7/2023, tỉnh A ...\n") is None
    assert year_of("Tin A\n\n(Ngày 15/7/2024) A.\n\n(Ngày 2/1/2025) B.\n") is None
    assert year_of("Tin A\n\n(Ngày 15/13/2024) Tỉnh A ...\n") is None
    text = "Năm 2021 có 1.688 người, năm nay còn 1.561 người."
    spelled = spell_this_year(text, 2024)
    assert spelled is not None
    assert spelled.text == "Năm 2021 có 1.688 người, năm 2024 còn 1.561 người."
    at = spelled.text.index("1.561")
    assert spelled.origin((at, at + 5)) == (text.index("1.561"), text.index("1.561") + 5)
    assert spelled.origin((spelled.text.index("2024"), spelled.text.index("2024") + 4)) is None
    assert spell_this_year("Năm nay là năm thứ ba.".replace("Năm nay", "Năm này"), 2024) is None


def test_a_lead_sentence_of_its_own_gives_no_years_it_lacks() -> None:
    """eng-paren, the twins of "parts/lead-sentence-of-its-own-from-to-items": the items'
    years are the lead figure's only where that figure stated two years; a lead figure of one
    year, a sentence of another figure between it and the lead, or a lead sentence stating
    two categories leaves the items "từ A xuống còn B" unread, and nothing of them is used."""
    one_year = LEAD_OF_ITS_OWN.replace(
        "Năm 2021, huyện được giao 1.208 người làm việc; đến", "Đến"
    ).replace(", giảm 122 người.", ".")
    between = LEAD_OF_ITS_OWN.replace(". Chia theo", ". Năm 2024, huyện có 1.150 người. Chia theo")
    two = LEAD_OF_ITS_OWN.replace(
        "người làm việc; đến năm 2026 còn 1.086 người, giảm 122 người",
        "biên chế công chức và 1.086 người làm việc",
    )
    for text in (one_year, between, two):
        rows, parts, unread = _rows(text)
        assert unread == {5, 6}, text
        assert not any(value in (1129, 1015, 79, 71) for _, _, value, *_ in rows), text
        assert not any(parts.get(unit) for unit in ("huyen", "huyen-vc", "vc")), text


def test_a_reserve_after_a_base_recall_naming_more_stays_unread() -> None:
    """eng-paren, the twins of "parenthesis-line/reserve-after-the-base-recalled" and
    "…/reserve-named-before-its-count": a reserve clause naming a year of its own (which
    year's figure it is inside is not said), posts of a body instead of a reserve, a body
    named before its count in the parenthesis, or a second clause after the reserve: the
    line is unread and nothing of it is used."""
    head = "Quyết định về biên chế công chức\n\n"
    cut = (
        "Điều 1. Biên chế công chức năm 2025 của tỉnh là 2.475 biên chế, giảm 74 biên chế "
        "(2,90%) so với năm 2024 (2.549 biên chế), "
    )
    for tail in (
        "trong đó năm 2024 có 30 biên chế dự phòng.",
        "trong đó có 30 biên chế của Sở Nội vụ.",
        "trong đó có 30 biên chế dự phòng; Sở Nội vụ 12 biên chế.",
    ):
        rows, _, unread = _rows(head + cut + tail + "\n")
        assert rows == frozenset(), tail
        assert unread == {3}, tail
    body = (
        "Tổng biên chế công chức năm 2024 của tỉnh là 1.318 biên chế (trong đó Sở Nội vụ 9 "
        "biên chế), giảm 24 biên chế so với năm 2023 (1.342 biên chế).\n"
    )
    rows, _, unread = _rows(head + body)
    assert rows == frozenset()
    assert unread == {3}


def test_reserve_after_base_spells_the_reserve_right_after_the_figure() -> None:
    """eng-paren, `groups.reserve_after_base`: the reserve moved into a parenthesis right
    after the figure, every piece copied mapped back to where it stands as written; None for
    a reserve naming a year, posts of a body, or no base recalled in parentheses."""
    text = (
        "Biên chế năm 2025 là 2.475 biên chế, giảm 74 biên chế (2,90%) so với năm 2024 "
        "(2.549 biên chế), trong đó có 30 biên chế dự phòng."
    )
    spelled = reserve_after_base(text)
    assert spelled is not None
    assert spelled.text == (
        "Biên chế năm 2025 là 2.475 biên chế (trong đó có 30 biên chế dự phòng), giảm 74 biên "
        "chế (2,90%) so với năm 2024 (2.549 biên chế)."
    )
    for figure in ("2.475", "30", "74", "2.549"):
        at = spelled.text.index(figure)
        origin = spelled.origin((at, at + len(figure)))
        assert origin is not None and text[origin[0] : origin[1]] == figure
    for other in (
        text.replace("trong đó có", "trong đó năm 2024 có"),
        text.replace("dự phòng", "của Sở Nội vụ"),
        text.replace(" (2.549 biên chế)", ""),
    ):
        assert reserve_after_base(other) is None, other


def test_a_cut_glossed_without_its_years_stays_unread() -> None:
    """eng-paren, the twins of "change/cut-glossed-…": figures glossed with no years, years
    going backwards, a rise to a figure said with "giảm", or a clause after the parenthesis
    other than a list's opener: the line is unread and nothing of it is used; the opener
    "cụ thể:" leaves the figures read and opens the list (`groups.cut_glossed`)."""
    head = "Quyết định về biên chế công chức\n\nBiên chế công chức của tỉnh giảm 22 biên chế "
    for gloss in (
        "(từ 1.120 còn 1.098).",
        "(từ 1.120 năm 2026 còn 1.098 năm 2021).",
        "(từ 1.120 năm 2021 lên 1.098 năm 2026).",
        "(năm 2021: 1.120; năm 2026: 1.098), trong đó có 10 biên chế dự phòng.",
    ):
        rows, _, unread = _rows(head + gloss + "\n")
        assert rows == frozenset(), gloss
        assert unread == {3}, gloss
    assert cut_glossed("Biên chế giảm 22 biên chế (từ 1.120 còn 1.098).") is None
    spelled = cut_glossed("Biên chế giảm 22 biên chế (năm 2021: 1.120; năm 2026: 1.098), cụ thể:")
    assert spelled is not None
    assert spelled.text == (
        "Biên chế năm 2021 là 1.120 biên chế; năm 2026 là 1.098 biên chế, giảm 22 biên chế so "
        "với năm 2021, cụ thể:"
    )


def test_a_lead_sentence_naming_years_lists_the_figures_years() -> None:
    """eng-paren: "Năm 2021 huyện được giao 98 biên chế công chức. Số giao các năm tiếp
    theo:" lists that figure's later years (blind T1), never parts of its category line: the
    year items are read as before (each against the year it names), none unread."""
    rows, parts, unread = _rows(
        "Báo cáo kết quả tinh giản biên chế của huyện A\n\nNăm 2021 huyện được giao 98 biên chế "
        "công chức. Số giao các năm tiếp theo:\n- Năm 2022: 97 biên chế (giảm 1 biên chế so "
        "với năm 2021);\n- Năm 2023: 95 biên chế (giảm 2 biên chế so với năm 2022).\n"
    )
    assert not unread
    assert all(len(listed) < 2 for listed in parts.values())  # no year read as a part
    years = {(year, value) for _, year, value, *_ in rows if value is not None}
    assert years == {(2021, 98), (2022, 97), (2023, 95)}
    assert {(year, base) for _, year, value, _, base, _ in rows if value is None} == {
        (2022, 2021),
        (2023, 2022),
    }


def test_ajmis_twins_the_hoi_and_the_clauses_of_no_unit() -> None:
    """eng-ajmis: the twins of the block "# eng-ajmis" in FORMS. One hội by its name ("tại
    Hội Chữ thập đỏ", a heading "HỘI CHỮ THẬP ĐỎ TỈNH"): its count stays unread, never the
    hội's whole nor the VC's; the count in brackets after no contract phrase is not put
    outside; a "khi ..." clause before the figure leaves its line unread (it was a unit
    "khi-thanh-pho-con-la" with 26.660 in 2026), where its bracketed form above reads."""
    one_hoi = (
        "Tin HĐND tỉnh A\n\nNăm 2025, tỉnh giao 1.642 biên chế công chức và 15.307 người làm "
        "việc.\nNgoài ra, tỉnh giao 104 người làm việc tại Hội Chữ thập đỏ, bằng năm 2024.\n"
    )
    rows, _, unread = _rows(one_hoi)
    assert unread == {4}
    assert not any(row[2] == 104 or row[0] == "hoi" for row in rows)
    # given "cho các hội" (the recipient rule's): the hội's whole, as "trong các hội" reads
    rows, _, unread = _rows(
        one_hoi.replace("tại Hội Chữ thập đỏ", "cho các hội có tính chất đặc thù")
    )
    assert not unread
    assert ("hoi", 2025, 104, None, None, None) in rows
    heading = (
        "TỜ TRÌNH\nVề số lượng người làm việc năm 2024\n\nI. SỐ LƯỢNG NGƯỜI LÀM VIỆC HƯỞNG "
        "LƯƠNG TỪ NGÂN SÁCH NHÀ NƯỚC\nTổng số năm 2024 là 21.436 người, giảm 412 người so với "
        "năm 2023.\n\nII. SỐ LƯỢNG NGƯỜI LÀM VIỆC TRONG HỘI CHỮ THẬP ĐỎ TỈNH\nGiao 96 người, "
        "giữ nguyên như năm 2023.\n"
    )
    rows, _, unread = _rows(heading)
    assert unread == {8}
    assert not any(row[2] == 96 for row in rows)
    no_contract = (
        "Nghị quyết giao số lượng người làm việc năm 2024 của thành phố A\n\nĐiều 1. Giao 98.000 "
        "người làm việc năm 2024.\nĐiều 4. Ủy ban nhân dân thành phố giao số lượng người làm "
        "việc cho từng đơn vị, không giao vượt tổng số tại Điều 1 (3.940 chỉ tiêu).\n"
    )
    rows, _, unread = _rows(no_contract)
    assert unread == {4}
    assert not any(row[2] == 3940 for row in rows)
    when = (
        "Tin biên chế thành phố A năm 2026\n\nNăm 2026, tổng biên chế của thành phố là 24.110 "
        "biên chế.\nSo với năm 2021, khi thành phố còn là tỉnh B và được giao 26.660 biên chế, "
        "tổng biên chế năm 2026 giảm 2.550 biên chế.\n"
    )
    rows, parts, unread = _rows(when)
    assert unread == {4}
    assert rows == {("tong", 2026, 24110, None, None, None)}
    assert set(parts) == {"tong"}
    # the rate not the change over the clause's figure (2.550 / 26.660 is 9,56 %, not 9,86 %)
    rows, _, unread = _rows(when.replace("2.550 biên chế.", "2.550, tỷ lệ giảm 9,86%."))
    assert unread == {4}
    assert rows == {("tong", 2026, 24110, None, None, None)}


def test_people_in_post_on_a_day_with_a_change_stay_unread() -> None:
    """eng-ajread, the twins of "in-post/after-the-posts-on-a-day-said-first": the people in
    post on a day with a change after them (of the people or of the posts?), or after posts
    naming no category: the line is not read; the same on a day of no semicolon reads."""
    head = "Báo cáo biên chế của tỉnh A\n\n"
    for line in (
        "Năm 2024, tỉnh được giao 2.087 biên chế công chức; đến ngày 31/10/2024 có mặt 1.996 "
        "người, giảm 20 người so với năm 2023.",
        "Năm 2024, tỉnh được giao 2.087 biên chế; đến ngày 31/10/2024 có mặt 1.996 người.",
        "Năm 2024, tỉnh giảm 20 biên chế công chức; đến ngày 31/10/2024 có mặt 1.996 người.",
    ):
        rows, _, unread = _rows(head + line + "\n")
        assert unread == {3}, line
        assert not any(row[2] == 1996 for row in rows), line
    rows, _, unread = _rows(
        head + "Năm 2024, tỉnh được giao 2.087 biên chế công chức, đến ngày 31/10/2024 có mặt "
        "1.996 người.\n"
    )
    assert not unread and rows == {("cbcc", 2024, 2087, None, None, None)}


def test_a_reorganised_bodys_parenthesis_dating_its_figure_leaves_the_item_unread() -> None:
    """eng-ajread, the twins of "item/a-body-reorganised-on-a-day-in-its-parenthesis": a day in
    the parenthesis that dates the figure (before an end, "đến ngày", a day alone) keeps the
    item of a 2026 list unread; one after a reorganisation verb reads."""
    text = (
        "Báo cáo biên chế của tỉnh A\n\nỦy ban nhân dân tỉnh đề nghị giao 2.412 biên chế công "
        "chức năm 2026, giảm 18 biên chế so với năm 2025 (2.430 biên chế), gồm:\n- Các cơ quan "
        "chuyên môn thuộc Ủy ban nhân dân tỉnh: 1.186 biên chế;\n- {item}: 1.206 biên chế;\n- "
        "Dự phòng: 20 biên chế.\n"
    )
    for item in (
        "Khối cấp huyện (trước khi kết thúc hoạt động từ ngày 01/7/2025)",
        "Các xã, phường (công chức chuyển về đến ngày 01/7/2025)",
        "Các xã, phường (từ ngày 01/7/2025)",
        "Các xã, phường (tính đến ngày 01/7/2025)",
    ):
        rows, _, unread = _rows(text.format(item=item))
        assert unread == {5}, item
        assert not any(row[2] == 1206 for row in rows), item
    rows, _, unread = _rows(text.format(item="Các xã, phường (sáp nhập từ ngày 01/7/2025)"))
    assert not unread and ("xa-phuong", 2026, 1206, None, None, None) in rows


def test_a_unit_leaving_out_contract_staff_keeps_the_parenthesis_unread() -> None:
    """eng-ajread, the twin of "outside/a-note-leaving-out-contract-staff-counted-in-a-
    parenthesis": a unit named before "không bao gồm" (the count may be the unit's, the
    contract staff left out of it) keeps the line unread, never outside nor read."""
    head = (
        "Kế hoạch tinh giản biên chế của quận A\n\nNăm 2021, quận được giao 300 biên chế công "
        "chức.\n"
    )
    for line in (
        "Số người làm việc không bao gồm lao động hợp đồng theo Nghị định số 111/2022/NĐ-CP (46 "
        "người).",
        "Tổng biên chế không bao gồm hợp đồng lao động theo Nghị định số 111/2022/NĐ-CP "
        "(46 người).",
    ):
        rows, _, unread = _rows(head + line + "\n")
        assert unread == {4}, line
        assert rows == {("quan-cbcc", 2021, 300, None, None, None)}, line


def test_akmis_twins_a_base_of_no_year_a_reserve_change_and_a_clause_after_the_total() -> None:
    """eng-akmis, the twins of the block "# eng-akmis" in FORMS. The base of the cuts with no
    year written stays unread (it was a unit "cbcc-moc-de-tinh-tinh" of the text's 2026); a
    year given after a figure that is not its subject's leaves it unread; a count after a
    ";" clause naming a unit once the total's words are behind it is never the total's."""
    head = "Tin tỉnh A\n\nBiên chế công chức của tỉnh năm 2026 là 2.543 biên chế.\n"
    for line in (
        "Với biên chế công chức hành chính, mốc để tính tinh giản là 2.677 biên chế.",
        "Mốc để tính tinh giản là 2.677 biên chế công chức.",
        "Với biên chế công chức hành chính, năm gốc là 2.677 biên chế.",
        "Biên chế công chức năm 2022 là 2.677 biên chế được giao năm 2021.",
    ):
        rows, parts, unread = _rows(head + line + "\n")
        assert unread == {4}, line
        assert rows == {("cbcc", 2026, 2543, None, None, None)}, line
        assert set(parts) == {"cbcc"}, line
    # the change after the reserve inside the whole: the whole's or the reserve's, unsaid
    rows, _, unread = _rows(
        "Nghị quyết giao biên chế năm 2024 của tỉnh A\n\nNăm 2024, tổng biên chế công chức "
        "của tỉnh là 2.318 biên chế, trong đó dự phòng 11 biên chế, giảm 34 biên chế so với "
        "năm 2023 (2.352 biên chế).\n"
    )
    assert unread == {3}
    assert not any(row[0] == "du-phong" for row in rows)
    clause = (
        "Nghị quyết giao số lượng người làm việc năm 2024 của thành phố A\n\nĐiều 1. Giao 98.000 "
        "người làm việc năm 2024.\nĐiều 4. Ủy ban nhân dân thành phố giao số lượng người làm "
        "việc cho từng đơn vị, không giao vượt tổng số tại Điều 1; biên chế công chức năm 2024 "
        "(3.940 chỉ tiêu) thực hiện theo Nghị quyết riêng.\n"
    )
    rows, parts, unread = _rows(clause)
    assert unread == {4}
    assert rows == {("vc", 2024, 98000, None, None, None)}
    assert set(parts) == {"vc"}
    # the part-time staff beside the village staff: neither group is a unit of the plan
    rows, _, unread = _rows(
        "Báo cáo tinh giản biên chế của huyện A\n\nTổng số cán bộ, công chức cấp xã được giao "
        "năm 2024 là 412 người.\nNgười hoạt động không chuyên trách ở cấp xã: 264 người; ở "
        "thôn, tổ dân phố: 581 người.\n"
    )
    assert rows == {("cbcc-xa", 2024, 412, None, None, None)}
