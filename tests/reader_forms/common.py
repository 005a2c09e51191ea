"""What the parts of tests/reader_forms share: a form (Form, _form), a text read into rows
(_rows, check_form), and the texts and helpers more than one part uses; no tests here."""

from __future__ import annotations

from dataclasses import dataclass

from lotrinh.extract import extract_plan
from tests.corpus.runner import signed_reduction

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
            reduction = signed_reduction(change)
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


def check_form(form: Form) -> None:
    """What test_form asserts of each form (every part of FORMS and the tables of forms in
    the sections): read whole as written, or nothing read and the text said unread."""
    rows, parts, unread = _rows(form.text)
    if form.rows is None:
        assert rows == frozenset(), "a text not read whole must give nothing"
        assert unread, "and it must say so"
        return
    assert rows == form.rows
    assert not unread
    for unit, expected in form.parts:
        assert parts[unit.replace("_", "-")] == expected, unit


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

GROUPS_AND_LINES = """Lộ trình tinh giản biên chế theo khối

| Khối | Năm 2021 | Năm 2026 | Giảm | Tỷ lệ giảm |
|---|---|---|---|---|
| {a}Biên chế công chức{e} | {b}1.000{b} | {b}950{b} | {b}50{b} | {b}5,00%{b} |
| {l1}Cơ quan Đảng, đoàn thể | 400 | 380 | 20 | 5,00% |
| {l2}Cơ quan hành chính | {hc} | 30 | 5,00% |
| {c}Số lượng người làm việc{e} | {b}6.000{b} | {b}5.400{b} | {b}600{b} | {b}10,00%{b} |
| {l1}Sự nghiệp giáo dục | 5.000 | 4.500 | 500 | 10,00% |
| {l2}Sự nghiệp y tế | 1.000 | 900 | 100 | 10,00% |
| {b}Tổng cộng{b} | {b}7.000{b} | {b}6.350{b} | {b}650{b} | {b}9,29%{b} |
"""
"""eng-al2tab: groups numbered in their names, each over its lines, then the total."""


REQUIRED_RATES = """Kết quả tinh giản biên chế theo khối

| Khối | {head} | Giao năm 2021 | Giao năm 2026 | Số giảm | Tỷ lệ giảm |
|---|---|---|---|---|---|
| Cơ quan hành chính | {cell} | 2.000 | 1.890 | 110 | 5,50% |
| Sự nghiệp giáo dục | 10% | 8.000 | 7.250 | 750 | 9,38% |
"""
"""eng-al2tab: a column of the rates each row must reach beside its figures."""

POSTS_2025 = "Năm 2025, tỉnh giao 2.300 người làm việc.\n"
"""A plan's line read beside a sentence left outside, so the text is a plan."""


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


RECALLED = (
    "Năm 2024, tổng số người làm việc {first}.\nTrong tổng số {again} người: các sở, ban, "
    "ngành 5.391 người; UBND các huyện, thành phố 10.939 người; Sở Y tế 5 người."
)


COUNTED_IN_NAME = (
    "Biên chế công chức của ngành\n\n| STT | Đơn vị | Biên chế năm 2025 | Biên chế năm 2026 |\n"
    "|---|---|---|---|\n| 1 | Cơ quan Tổng cục | 300 | 290 |\n| 2 | Chi cục Thuế khu vực {count} "
    "| 900 | 880 |\n| | Tổng cộng | 1.200 | 1.170 |\n"
)


def _cut(unit: str, year: int, before: int, after: int) -> set[Row]:
    """A row's figures for a year and the next, and the change between them."""
    return {
        (unit, year, before, None, None, None),
        (unit, year + 1, after, None, None, None),
        (unit, year + 1, None, before - after, year, None),
    }


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


OUTSIDE_HEAD = "Báo cáo biên chế của tỉnh A\n\nNăm 2025, tỉnh được giao 2.087 biên chế công chức.\n"
"""eng-outside: a plan's posts line, before a line of people holding no post."""

SECTOR_HEAD = (
    "Nghị quyết giao số lượng người làm việc năm 2025 của tỉnh A\n\nĐiều 1. Giao 48.000 người "
    "làm việc hưởng lương từ ngân sách nhà nước năm 2025.\n"
)
"""eng-subsets: a figure a frame ("Trong tổng số trên có ...") on the next line points back at."""

LATENT_DISTRICT = (
    "Báo cáo tinh giản biên chế của huyện A\n\nNăm 2024, biên chế công chức của huyện là 300 "
    "biên chế.\n"
)
"""eng-latent: a district's posts line, before a line joining people holding no post to posts."""

LATENT2_PROVINCE = (
    "Báo cáo tinh giản biên chế của tỉnh A\n\nNăm 2024, biên chế công chức của tỉnh là 3.000 "
    "biên chế.\n"
)
"""eng-latent2: a province's posts line, before a line naming a district or a change."""


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


LEAD_OF_ITS_OWN = (
    "Kế hoạch tinh giản biên chế của huyện A\n\n2. Số lượng người làm việc\nNăm 2021, huyện "
    "được giao 1.208 người làm việc; đến năm 2026 còn 1.086 người, giảm 122 người. Chia theo "
    "lĩnh vực:\n+ Sự nghiệp giáo dục: từ 1.129 người xuống còn 1.015 người, giảm 114 người;\n"
    "+ Sự nghiệp khác: từ 79 người xuống còn 71 người.\n"
)
"""eng-paren: a lead of its own sentence ("Chia theo lĩnh vực:") after a figure of two years."""


SPANS_NAMED = (
    "Kế hoạch quản lý biên chế của Ban A và các đơn vị trực thuộc\n\n1. Năm 2021, Ban A và các "
    "đơn vị trực thuộc được giao 1.000 biên chế, gồm:\n- 300 biên chế công chức tại các phòng "
    "của Ban A;\n- 700 người làm việc tại các đơn vị sự nghiệp công lập chưa tự bảo đảm chi "
    "thường xuyên.\n2. Năm 2024 còn 940 biên chế, cụ thể: công chức 290 biên chế, người làm "
    "việc 650 người.\n3. Số lượng người làm việc: năm 2025 là 640; năm 2026 là 640 người (giảm "
    "10 người so với năm 2024).\n4. Đến năm 2026, số lượng người làm việc giảm 60 người so với "
    "năm 2021, tỷ lệ 8,57%.\n"
)
"""eng-kl40: VC named three ways, one for each span of years (2021; 2024; 2025 - 2026)."""
SPANS_AT_ODDS = "giảm 50 người so với năm 2021, tỷ lệ 7,14%"
"""A change from the 2021 name's figure that the figures do not give (700 - 640 = 60)."""
SPANS_READ: set[Row] = {
    ("ban-a-don-vi-truc", 2021, 1000, None, None, None),
    ("ban-a-don-vi-truc", 2024, 940, None, None, None),
    ("ban-a-don-vi-truc-cbcc-tai-phong-ban-a", 2021, 300, None, None, None),
    ("ban-a-don-vi-truc-cbcc", 2024, 290, None, None, None),
    ("ban-a-don-vi-truc-vc", 2021, 700, None, None, None),
    ("ban-a-don-vi-truc-vc", 2024, 650, None, None, None),
    ("ban-a-don-vi-truc-vc", 2025, 640, None, None, None),
    ("ban-a-don-vi-truc-vc", 2026, 640, None, None, None),
    ("ban-a-don-vi-truc-vc", 2026, None, 10, 2024, None),
    ("ban-a-don-vi-truc-vc", 2026, None, 60, 2021, "8,57%"),
}


NESTED = (
    "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2021, tỉnh được giao 9.640 biên chế, trong "
    "đó: cán bộ, công chức 1.640 biên chế (khối Đảng, Mặt trận Tổ quốc và các đoàn thể 420; khối "
    "chính quyền 1.220) và viên chức 8.000 người.\n{year}"
)
NESTED_YEAR = (
    "- Năm 2023: 9.400 biên chế, gồm 1.600 cán bộ, công chức (khối Đảng, đoàn thể 410; khối "
    "chính quyền 1.190) và 7.800 viên chức; giảm 240 biên chế so với năm 2021.\n"
)
NESTED_READ = {
    ("tong", 2021, 9640, None, None, None),
    ("cbcc", 2021, 1640, None, None, None),
    ("dang", 2021, 420, None, None, None),
    ("chinh-quyen", 2021, 1220, None, None, None),
    ("vc", 2021, 8000, None, None, None),
}


NATIONAL = (
    "Báo cáo tinh giản biên chế cả nước\n\n1. Năm 2021, tổng biên chế công chức được giao là "
    "258.000 biên chế, gồm: các bộ, ngành trung ương 110.000 biên chế; các địa phương 148.000 "
    "biên chế.\n2. Năm 2024, tổng biên chế công chức được giao là 248.000 biên chế, giảm "
    "10.000 biên chế so với năm 2021; trong đó:\n- Các bộ, ngành trung ương: 106.000 biên "
    "chế, giảm 4.000 biên chế;\n- {local}: 142.000 biên chế, giảm 6.000 biên chế.\n"
)

OWED3_NARROWED = (
    "Kế hoạch tinh giản biên chế của tỉnh A\n\nBiên chế công chức: năm 2021 là 3.554; năm 2026 "
    "là 3.266.\nTrong đó, biên chế công chức tại các cơ quan cấp huyện năm 2026 là 2.850 biên "
    "chế công chức.\n"
)
OWED3_CUT = "So với năm 2021, năm 2026 giảm {n} biên chế công chức, tỷ lệ giảm {rate}.\n"
OWED3_PARTS = (
    "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2021, biên chế của tỉnh là 7.913 chỉ tiêu, "
    "gồm công chức 811 chỉ tiêu, viên chức 7.095 chỉ tiêu ({paren}) và dự phòng 7 chỉ tiêu.\n"
)
OWED3_DEGREE = (
    "Báo cáo tình hình biên chế năm 2024 của tỉnh A\n\nNăm 2024, tỉnh được giao 5.972 biên chế "
    "công chức, trình độ: {clause}.\n"
)


PROPOSAL_TABLE = """Báo cáo thẩm tra dự thảo nghị quyết giao biên chế năm 2025 của tỉnh A

Tờ trình đề nghị giao tổng số 5.300 biên chế năm 2025, gồm:
- Biên chế công chức trong các cơ quan, tổ chức hành chính: 1.200 biên chế;
- Số lượng người làm việc hưởng lương từ ngân sách nhà nước: 4.000 người;
- Biên chế các hội có tính chất đặc thù: 100 biên chế.

| Nội dung | Giao năm 2024 | {head} | Tăng (+), giảm (-) |
|---|---|---|---|
| Biên chế công chức | 1.230 | {cc} | -30 |
| Số lượng người làm việc | 4.050 | 4.000 | -50 |
| Biên chế hội đặc thù | 102 | 100 | -2 |
| Tổng cộng | 5.382 | 5.300 | -82 |
"""
"""eng-pipe: a tờ trình's list of parts, then its table of the year before against the
proposal."""

SUBSET_COLUMN = """Quyết định giao số lượng người làm việc năm 2025 trong các trường của huyện A

| Cấp học | Năm 2024 | Năm 2025 | Tăng (+), giảm (-) | {head} |
|---|---|---|---|---|
| Mầm non | 500 | {first} | -10 | 400 |
| Tiểu học | 700 | 690 | -10 | 600 |
| Tổng cộng | 1.200 | 1.180 | -20 | 1.000 |
"""
"""eng-pipe: a table of schools' posts with a column of the teachers among them."""


KEPT_BARE = (
    "Kế hoạch tinh giản biên chế của huyện giai đoạn 2022 - 2026\nBiên chế công chức của huyện "
    "năm 2021 là 30 biên chế; đến năm 2026 còn {total} biên chế, cụ thể:\n- Văn phòng UBND "
    "huyện: năm 2021 là 17, năm 2026 là 16;\n- Phòng Tư pháp: năm 2021 là 13, năm 2026 là "
    "{kept} (giữ nguyên);\n"
)
"""eng-keep: "(giữ nguyên)" right after a bare figure of a link naming its year."""

REFORM_GIVING = (
    "Tin tức\n\nTừ ngày 01/7/2025, Ủy ban nhân dân tỉnh giao cho các xã, phường, đặc khu 5.810 "
    "biên chế cán bộ, công chức.\n"
)
"""eng-communes2: posts given to the communes from the reform on."""

OWNED_LINES = (
    "Kế hoạch tinh giản biên chế của huyện A giai đoạn 2022 - 2026\n\nI. BIÊN CHẾ ĐƯỢC GIAO NĂM "
    "2021\n\n1. Khối chính quyền huyện\n\na) Biên chế công chức trong các cơ quan chuyên môn "
    "thuộc UBND huyện: 71 biên chế.\n\nb) Số lượng người làm việc trong các đơn vị sự nghiệp "
    "công lập thuộc UBND huyện: 1.640 người.\n\nII. CHỈ TIÊU BIÊN CHẾ ĐẾN NĂM 2026\n\n1. Khối "
    "chính quyền huyện\n\na) Công chức đến năm 2026: 67 biên chế\n(giảm 4 biên chế so với năm "
    "2021)\n\nb) Số lượng người làm việc đến năm 2026: 1.476 người\n(giảm {cut} biên chế so với "
    "năm 2021)\n"
)
"""eng-slips6: a heading's lines in the section of 2021 named by where their staff work, in
the section of 2026 by their category alone."""


YEAR_ON_YEAR_LEAD = (
    "Kế hoạch tinh giản biên chế công chức của tỉnh A\n\n1. Năm 2021, biên chế công chức của "
    "tỉnh là 715 biên chế.\n\n2. Lộ trình giảm biên chế công chức, cụ thể:\n\n"
)
YEAR_ON_YEAR_NAMED = (
    "+ Năm 2022: 707 biên chế (giảm {} biên chế so với năm 2021);\n+ Năm 2023: 699 biên chế "
    "(giảm {} biên chế);\n+ Năm 2024: 691 biên chế (giảm {} biên chế);\n+ Năm 2025: 684 biên "
    "chế (giảm {} biên chế);\n+ Năm 2026: 676 biên chế (giảm {} biên chế).\n"
)
YEAR_ON_YEAR_SUMMED = (
    "+ Năm 2022 giảm {} biên chế, còn 707;\n+ Năm 2023 giảm {} biên chế, còn 699;\n+ Năm 2024 "
    "giảm {} biên chế, còn 691;\n+ Năm 2025 giảm {} biên chế, còn 684;\n+ Năm 2026 giảm {} "
    "biên chế, còn 676 biên chế (giảm 39 biên chế, tỷ lệ 5,45% so với năm 2021).\n"
)
YEAR_ON_YEAR_FALLS = (8, 8, 8, 7, 8)
"""eng-cross3: 715, 707, 699, 691, 684, 676 from 2021 to 2026; cuts since 2021: 8, 16, 24, 31,
39 (the twin of the year-before items)."""


MERGED_PLACES_BASE = (
    "Năm 2026, số lượng người làm việc của tỉnh là 31.226 người, gồm:\na) Sự nghiệp giáo dục:"
    " 22.480 người;\nb) Sự nghiệp khác: 8.746 người.\nSo với năm 2025 (31.894 người), giảm 668"
    " người, tỷ lệ giảm 2,09%.\nSo với năm 2021 (35.120 người, gồm số được giao của tỉnh A và"
    " tỉnh B trước hợp nhất), giảm {cut} người, tỷ lệ giảm {rate}%.\n"
)
"""eng-alprose: a base year's figure summing merged places, recalled right after another."""

TOTAL_AND_PARTS_LIST = (
    "Điều 1. Giao biên chế năm 2026 của khối là 1.064 biên chế (gồm 1.046 biên chế giao cho các"
    " cơ quan và 18 biên chế dự phòng), giảm 52 biên chế so với năm 2025. Cụ thể:\n+ Văn phòng"
    " Tỉnh ủy: 688 biên chế;\n+ Ban Tổ chức Tỉnh ủy: 358 biên chế.\nSo với năm 2021 (1.172 biên"
    " chế), năm 2026 giảm {cut} biên chế, tỷ lệ giảm {rate}%.\n"
)
"""eng-alprose: a list opened by "Cụ thể:" under a total and its parts, then a change of one."""


SLIPS7_VC_SERIES = (
    "2. Số lượng người làm việc: năm 2022 là 22.011 người; năm 2023 là 21.562 người; năm 2024"
    " là 21.113 người; năm 2025 là 20.664 người; năm 2026 là 20.214 người.\n"
)
SLIPS7_VC_ROWS = {
    ("vc", 2022, 22011, None, None, None),
    ("vc", 2023, 21562, None, None, None),
    ("vc", 2024, 21113, None, None, None),
    ("vc", 2025, 20664, None, None, None),
    ("vc", 2026, 20214, None, None, None),
}
SLIPS7_CC_SERIES = (
    "1. Biên chế công chức của tỉnh: năm 2025 là 1.950 biên chế; năm 2026 là 1.900 biên chế.\n"
)
SLIPS7_CC_ROWS = {("cbcc", 2025, 1950, None, None, None), ("cbcc", 2026, 1900, None, None, None)}
"""eng-slips7: a series stating no figure of the base year its result line compares with."""


DISTRICT_SERIES = (
    "{header}\nKẾ HOẠCH\nTinh giản biên chế giai đoạn 2022 - 2026\n\n1. Công chức trong các cơ quan"
    " chuyên môn thuộc Ủy ban nhân dân huyện: năm 2021 được giao 120 biên chế; năm 2023 là 118;"
    " năm 2025 là 115 biên chế.\n2. Viên chức trong các đơn vị sự nghiệp {sector} thuộc huyện:"
    " năm 2021 là 3.000 người; năm 2023 là 2.900 người; năm 2025 là 2.780 người.\n3. So với năm"
    " 2021, đến năm 2025 biên chế công chức của huyện giảm 5 biên chế, số người làm việc giảm"
    " {first} người.\n4. Năm 2026, biên chế công chức còn 114 biên chế, giảm 6 biên chế so với"
    " năm 2021; số người làm việc còn 2.700 người, giảm {cut} người so với năm 2023{last}.\n"
)
"""eng-slips8: a district's plan naming each category's line by where all its staff work
("cơ quan chuyên môn thuộc Ủy ban nhân dân huyện", "đơn vị sự nghiệp công lập thuộc
huyện"), by the district ("biên chế công chức của huyện") and by the category alone."""
DISTRICT_SERIES_KW = {
    "header": "ỦY BAN NHÂN DÂN HUYỆN B",
    "sector": "công lập",
    "first": "220",
    "cut": "200",
    "last": " và giảm 300 người so với năm 2021",
}
DISTRICT_SERIES_ROWS = {
    ("cbcc", 2021, 120, None, None, None),
    ("cbcc", 2023, 118, None, None, None),
    ("cbcc", 2025, 115, None, None, None),
    ("cbcc", 2025, None, 5, 2021, None),
    ("cbcc", 2026, 114, None, None, None),
    ("cbcc", 2026, None, 6, 2021, None),
    ("vc", 2021, 3000, None, None, None),
    ("vc", 2023, 2900, None, None, None),
    ("vc", 2025, 2780, None, None, None),
    ("vc", 2025, None, 220, 2021, None),
    ("vc", 2026, 2700, None, None, None),
    ("vc", 2026, None, 200, 2023, None),
    ("vc", 2026, None, 300, 2021, None),
}
DISTRICT_BULLETS = (
    "UBND HUYỆN C\nKẾ HOẠCH\nLộ trình tinh giản biên chế giai đoạn 2022 - 2026\n\n- Biên chế"
    " công chức của huyện: năm 2021 là 85 biên chế, năm 2024 là 83 biên chế, năm 2025 là 82 biên"
    " chế.\n- Số lượng người làm việc trong các đơn vị sự nghiệp công lập thuộc UBND huyện: năm"
    " 2021 là 1.500 người, năm 2024 là 1.420 người, năm 2025 là 1.390 người.\nSo với năm 2021,"
    " đến năm 2026 công chức giảm 5 biên chế, còn 80 biên chế, giảm 2 biên chế so với năm 2025;"
    " số người làm việc còn 1.350 người, giảm 150 người so với năm 2021 và giảm {cut} người so"
    " với năm 2024.\n"
)
"""eng-slips8: the same, in bullets, "UBND HUYỆN", the comparison fronted."""


BOTH_TOTAL = (
    "Báo cáo biên chế năm 2025 của tỉnh A\n\n1. Biên chế công chức năm 2021 là 2.400 biên chế;"
    " năm 2025 là 2.300 biên chế.\n2. Số lượng người làm việc năm 2021 là 30.000 người; năm 2025"
    " là 28.000 người.\n{other}3. Tổng biên chế công chức và số lượng người làm việc năm 2025 là"
    " 30.300, giảm {cut} so với năm 2021.\n"
)
"""eng-slips8: a total named as both categories together after the text's CBCC and VC lines."""
BOTH_TOTAL_ROWS = {
    ("cbcc", 2021, 2400, None, None, None),
    ("cbcc", 2025, 2300, None, None, None),
    ("vc", 2021, 30000, None, None, None),
    ("vc", 2025, 28000, None, None, None),
    ("tong", 2025, 30300, None, None, None),
    ("tong", 2025, None, 2100, 2021, None),
}
BOTH_TOTAL_FRONTED = (
    "Tình hình biên chế của tỉnh C\n\nNăm 2024, biên chế công chức của tỉnh là 1.900 biên chế,"
    " giảm 60 biên chế so với năm 2021.\nNăm 2024, số lượng người làm việc hưởng lương từ ngân"
    " sách nhà nước là 20.100 người.\nTổng số biên chế công chức và người làm việc của tỉnh năm"
    " 2024 là {total} biên chế, giảm 1.500 biên chế so với năm 2021.\n"
)
"""eng-slips8: the same, each year fronted, "Tổng số … của tỉnh"."""


OWNREV_MOVED = (
    "Kế hoạch số lượng người làm việc của Sở Y tế năm 2025\n\nNăm 2025, số người làm việc của "
    "Sở là 900 người.\n{moved}\n"
)
"""eng-ownrev: a figure, then people moved to pay from their units' own revenue."""


_LATENT5_PROVINCE = (
    "Kế hoạch tinh giản biên chế của tỉnh A\n\nNăm 2021, tỉnh được giao 3.000 biên chế công "
    "chức và 20.000 viên chức.\n"
)
"""eng-latent5: a province's plan, its own two lines given."""
_LATENT5_PROVINCE_ROWS = {
    ("cbcc", 2021, 3000, None, None, None),
    ("vc", 2021, 20000, None, None, None),
}

OWNREV_LEAD = (
    "Báo cáo của Sở Y tế tỉnh A về số lượng người làm việc năm 2025\n\n1. Số lượng người làm "
    "việc hưởng lương từ ngân sách nhà nước năm 2025 là 7.214 người.\n{lead}\n- Bệnh viện Đa "
    "khoa tỉnh: 864 người;\n- Bệnh viện Y học cổ truyền: 496 người.\n"
)


COMMUNES_2026 = (
    "Dự thảo giao biên chế công chức năm 2026\n\n1. Tổng biên chế công chức năm 2026 là 8.438 "
    "biên chế, giảm 115 biên chế so với năm {base}.\n2. Phân bổ:\na) Cơ quan, tổ chức hành chính"
    " cấp tỉnh: 2.088 biên chế, giảm 53 biên chế so với năm {base};\nb) {name}: 6.350 biên chế "
    "công chức, giảm 62 biên chế so với năm {base} (6.412 biên chế).\n"
)
"""eng-apmis: a one-year allocation for 2026 naming no reform, its communes' line."""


_GIVEN_2025 = "Năm 2025, giao 1.486 biên chế công chức, giảm 26 biên chế so với năm 2024.\n"


def _subsets(text: str) -> dict[str, str]:
    """Each unit read as a subset, with the unit it counts some of."""
    units = extract_plan(text, "doc.txt").data["units"]
    return {unit["id"]: unit["subset_of"] for unit in units if "subset_of" in unit}


def _assert_outside_beside_the_posts(sentence: str) -> None:
    """After a line of posts given, `sentence` adds nothing read and nothing unread."""
    rows, _, unread = _rows(_GIVEN_2025 + sentence)
    assert rows == {
        ("cbcc", 2025, 1486, None, None, None),
        ("cbcc", 2025, None, 26, 2024, None),
    }, sentence
    assert not unread, sentence


def _units(text: str) -> dict[str, dict[str, object]]:
    """Each unit read, by id."""
    return {unit["id"]: unit for unit in extract_plan(text, "doc.txt").data["units"]}


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
