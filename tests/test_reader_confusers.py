"""Forms found by the generated documents (tests/generated/): numbers beside real figures that
are not the figures, each with its twin, as in tests/test_reader_forms.py. Each text opens
with one line the reader reads, so that a text whose other numbers are all outside is still a
staffing text."""

from __future__ import annotations

import pytest

from lotrinh.extract import extract_plan
from lotrinh.extract.lexicon import Kind, kind_of
from tests.test_reader_forms import Form, _form, _rows

OPENING = "Năm 2024, tổng biên chế là 1.000 biên chế.\n"
OPENED = ("tong", 2024, 1000, None, None, None)

FORMS = (
    # Posts asked for, in any of the genre's verbs, with the addressee between: no figure
    _form(
        "asked",
        OPENING + "Sở Nội vụ đề nghị Bộ Nội vụ xem xét, bổ sung 87 biên chế công chức năm 2024.",
        {OPENED},
    ),
    _form(
        "asked/proposed",
        OPENING + "Ủy ban nhân dân tỉnh đã có văn bản đề xuất bổ sung 87 biên chế sự nghiệp y tế.",
        {OPENED},
    ),
    _form(
        "asked/requested",
        OPENING + "Năm 2024, Ủy ban nhân dân tỉnh xin bổ sung 120 biên chế giáo viên.",
        {OPENED},
    ),
    # ... and their twins: posts given, a unit of their own
    _form(
        "asked/given",
        OPENING + "Năm 2024, Ủy ban nhân dân tỉnh giao bổ sung 120 biên chế giáo viên.",
        {OPENED, ("vc-giao-vien-bo-sung", 2024, 120, None, None, None)},
    ),
    # "dự kiến tăng" is the plan's own change, not a request
    _form(
        "asked/planned-change",
        "Năm 2025, tổng biên chế công chức là 980 biên chế, dự kiến tăng 3 biên chế so với"
        " năm 2024.",
        {("cbcc", 2025, 980, None, None, None), ("cbcc", 2025, None, -3, 2024, None)},
    ),
    # cán bộ, công chức together with part-time commune staff: a total of both, read as a
    # unit of no category (never cán bộ, công chức cấp xã)
    _form(
        "part-time-joined",
        OPENING + "Năm 2024, tổng số cán bộ, công chức và người hoạt động không chuyên trách"
        " cấp xã là 3.400 người.",
        {OPENED, ("tong-so-can-bo-cong", 2024, 3400, None, None, None)},
    ),
    # A clause citing the text's ground, or a roadmap's topic word, before "tổng ...": the
    # category is the words after it, so two such totals are two categories, never one total
    _form(
        "lead-clause",
        "Căn cứ Nghị quyết số 57/NQ-HĐND ngày 20/5/2021, năm 2021, tổng biên chế công chức là"
        " 3.362 biên chế.\nNăm 2021, tổng số lượng người làm việc là 25.804 người.",
        {("cbcc", 2021, 3362, None, None, None), ("vc", 2021, 25804, None, None, None)},
    ),
    _form(
        "lead-clause/topic",
        "Năm 2021, tổng biên chế công chức là 3.362 biên chế.\nLộ trình tổng số lượng người làm"
        " việc đến năm 2026: năm 2025 là 24.288 biên chế; năm 2026 là 23.929 biên chế.",
        {
            ("cbcc", 2021, 3362, None, None, None),
            ("vc", 2025, 24288, None, None, None),
            ("vc", 2026, 23929, None, None, None),
        },
    ),
    # the twin: a topic before a total naming no category stays the total of all
    _form(
        "lead-clause/no-category",
        "Năm 2021, tổng biên chế công chức là 3.362 biên chế.\nLộ trình tổng số đến năm 2026:"
        " năm 2025 là 24.288 biên chế; năm 2026 là 23.929 biên chế.",
        {
            ("cbcc", 2021, 3362, None, None, None),
            ("tong", 2025, 24288, None, None, None),
            ("tong", 2026, 23929, None, None, None),
        },
    ),
    # a sentence naming its own category under a heading of another is of its own
    _form(
        "heading-category/sentence-names-another",
        "1. Biên chế công chức\n- Năm 2024: 3.100 biên chế;\nKế hoạch số lượng người làm việc"
        " trong các đơn vị sự nghiệp công lập đến năm 2026: năm 2025 là 19.298 biên chế; năm"
        " 2026 là 19.044 biên chế.",
        {
            ("cbcc", 2024, 3100, None, None, None),
            ("vc", 2025, 19298, None, None, None),
            ("vc", 2026, 19044, None, None, None),
        },
    ),
    _form(
        "lead-clause/forecast",
        "Dự kiến năm 2025, tổng biên chế công chức là 3.050 biên chế.",
        {("cbcc", 2025, 3050, None, None, None)},
    ),
    # Under a heading naming a year, a sentence naming another year leaves the sentences after
    # it that name none without a year: the heading's or that sentence's, either may be meant
    _form(
        "heading-year/another-year-before",
        "1. Năm 2024\nTổng biên chế công chức là 3.100 biên chế.\nDự kiến năm 2025, tổng biên"
        " chế công chức là 3.050 biên chế.\nTổng số lượng người làm việc là 20.000 người, giảm"
        " 300 người so với năm 2023.",
        None,
    ),
    _form(
        "heading-year/no-other-year",
        "1. Năm 2024\nTổng biên chế công chức là 3.100 biên chế.\nTổng số lượng người làm việc"
        " là 20.000 người, giảm 300 người so với năm 2023.",
        {
            ("cbcc", 2024, 3100, None, None, None),
            ("vc", 2024, 20000, None, None, None),
            ("vc", 2024, None, 300, 2023, None),
        },
    ),
    # a heading's comparison year is not its year: the sentence's year governs
    _form(
        "heading-year/compared-with",
        "2. Kết quả giảm biên chế so với năm 2021\nNăm 2024, tổng biên chế công chức là 3.100"
        " biên chế.\nTổng số lượng người làm việc là 20.000 người, giảm 300 người so với năm"
        " 2021.",
        {
            ("cbcc", 2024, 3100, None, None, None),
            ("vc", 2024, 20000, None, None, None),
            ("vc", 2024, None, 300, 2021, None),
        },
    ),
    # the level someone gives, said as the cut's equal, is no rate of the cut
    _form(
        "required-level",
        "Năm 2021, tổng biên chế công chức là 3.440 biên chế.\nNăm 2026, tổng biên chế công"
        " chức là 3.243 biên chế, giảm 197 biên chế so với năm 2021, tương đương mức 5% Bộ"
        " Chính trị giao.",
        {
            ("cbcc", 2021, 3440, None, None, None),
            ("cbcc", 2026, 3243, None, None, None),
            ("cbcc", 2026, None, 197, 2021, None),
        },
    ),
    _form(
        "required-level/the-cut's-own",
        "Năm 2021, tổng biên chế công chức là 3.440 biên chế.\nNăm 2026, tổng biên chế công"
        " chức là 3.243 biên chế, giảm 197 biên chế so với năm 2021, tương đương 5,73%.",
        {
            ("cbcc", 2021, 3440, None, None, None),
            ("cbcc", 2026, 3243, None, None, None),
            ("cbcc", 2026, None, 197, 2021, "5,73%"),
        },
    ),
    _form(
        "part-time-joined/excluded",
        OPENING + "Năm 2024, tổng số cán bộ, công chức cấp xã (không kể người hoạt động không"
        " chuyên trách) là 3.400 người.",
        {OPENED, ("cbcc-xa", 2024, 3400, None, None, None)},
    ),
)


@pytest.mark.parametrize("form", FORMS, ids=[form.name for form in FORMS])
def test_form(form: Form) -> None:
    rows, _, unread = _rows(form.text)
    if form.rows is None:  # the last line is not read, and says so; the others are
        assert max(unread) == form.text.count("\n") + 1
        return
    assert rows == form.rows
    assert not unread


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("cán bộ, công chức và người hoạt động không chuyên trách cấp xã", None),
        ("số cán bộ, công chức, người hoạt động không chuyên trách ở cấp xã", None),
        ("cán bộ, công chức cấp xã (không kể người hoạt động không chuyên trách)", Kind.XA),
        ("cán bộ, công chức cấp xã, không kể người hoạt động không chuyên trách", Kind.XA),
        ("cán bộ, công chức cấp xã", Kind.XA),
    ],
)
def test_part_time_staff_never_make_a_count_cbcc_xa(name: str, kind: Kind | None) -> None:
    assert kind_of(name) is kind


# One total's parts listed in two years under two names for one part ("cấp tỉnh", then "các
# sở, ban, ngành"): each year's list adds up alone, so the second name is a unit of its own,
# not a fourth part whose 2021 figure the sum would take as 0 (a false "tăng 2.016").
TWO_NAMES = """Năm 2021, tổng biên chế công chức là 4.484 biên chế, trong đó: cấp tỉnh 2.079 \
biên chế; cấp huyện 2.365 biên chế; dự phòng 40 biên chế.
Năm 2024, tổng biên chế công chức là 4.329 biên chế. Trong đó:
- Các sở, ban, ngành: 2.016 biên chế;
- Cấp huyện: 2.282 biên chế;
- Dự phòng: 31 biên chế.
"""
# The twin: the same lists under one name: every part stays.
ONE_NAME = TWO_NAMES.replace("Các sở, ban, ngành", "Cấp tỉnh")


def test_a_part_named_two_ways_is_no_second_part() -> None:
    # the first list's parts, or none (declining is allowed), never the second name too
    units = extract_plan(TWO_NAMES, "doc.txt").data["units"]
    parts = [part for unit in units for part in unit.get("parts", ())]
    assert len(parts) in (0, 3)
    assert not any("ban" in part for part in parts)


def test_lists_naming_a_part_one_way_keep_every_part() -> None:
    units = {u["id"]: u for u in extract_plan(ONE_NAME, "doc.txt").data["units"]}
    total = next(u for u in units.values() if u.get("parts"))
    assert len(total["parts"]) == 3


HEADED = "II. SỐ LƯỢNG NGƯỜI LÀM VIỆC NĂM 2024\nTổng số: 25.000 người.\n"


@pytest.mark.parametrize(
    ("line", "category"),
    [
        # part-time commune staff hold no post of the heading's category
        ("Người hoạt động không chuyên trách ở cấp xã năm 2024 là 1.200 người.", None),
        (
            "Tổng số cán bộ, công chức và người hoạt động không chuyên trách cấp xã năm 2024"
            " là 3.400 người.",
            None,
        ),
        # the twin: a body named by no category is of the heading's
        ("Các trường cao đẳng năm 2024 là 1.200 người.", "VC"),
    ],
)
def test_a_heading_category_reaches_only_units_that_hold_its_posts(
    line: str, category: str | None
) -> None:
    units = extract_plan(HEADED + line, "doc.txt").data["units"]
    categories = [u.get("category") for u in units if u["id"] != "vc"]
    if category is None:
        # a unit of no category, or none at all (part-time staff alone are outside the plan)
        assert categories in ([None], [])
    else:
        assert categories == [category]


NOTED_TABLE = """| Loại biên chế | Năm 2021 | Năm 2026 | Ghi chú |
|---|---|---|---|
| Biên chế công chức | 3.440 | 3.243 | QĐ số 797/QĐ-UBND ngày 5/12/2021 |
"""
# the same words where the 2026 figure belongs: no figure of 2026, the row is not read
NOTE_IN_A_YEAR = """| Loại biên chế | Năm 2021 | Năm 2026 |
|---|---|---|
| Biên chế công chức | 3.440 | QĐ số 797/QĐ-UBND ngày 5/12/2021 |
"""


def test_a_note_column_holding_a_decision_is_no_figure() -> None:
    rows, _, unread = _rows(NOTED_TABLE)
    assert rows == {
        ("cbcc", 2021, 3440, None, None, None),
        ("cbcc", 2026, 3243, None, None, None),
    }
    assert not unread


def test_a_decision_where_a_year_figure_belongs_is_not_read() -> None:
    rows, _, unread = _rows(NOTE_IN_A_YEAR)
    assert rows == frozenset()
    assert unread == {3}


INTERRUPTED = """Năm 2024, tổng biên chế công chức là 3.362 biên chế. Trong đó:
- Cấp tỉnh: 2.244 biên chế;
Trong đó, Sở Y tế 112 biên chế, Sở Nội vụ 59 biên chế.
- Cấp huyện: 1.110 biên chế;
- Dự phòng: 8 biên chế.
"""
# the twin: the same note after the list, which is whole
AFTER_THE_LIST = """Năm 2024, tổng biên chế công chức là 3.362 biên chế. Trong đó:
- Cấp tỉnh: 2.244 biên chế;
- Cấp huyện: 1.110 biên chế;
- Dự phòng: 8 biên chế.
Trong đó, Sở Y tế 112 biên chế, Sở Nội vụ 59 biên chế.
"""


def _parts(text: str) -> dict[str, list[str]]:
    units = extract_plan(text, "doc.txt").data["units"]
    return {u["id"]: u["parts"] for u in units if u.get("parts")}


def test_a_list_going_on_after_a_sentence_gives_no_parts() -> None:
    # read as written, the total would have cấp tỉnh alone as its part: a false sum slip
    assert _parts(INTERRUPTED) == {}


def test_a_list_whole_before_a_sentence_keeps_its_parts() -> None:
    assert [len(parts) for parts in _parts(AFTER_THE_LIST).values()] == [3]
