"""Whatever the cells hold, reading a workbook in the layout ends in a plan or a located
`LoadError`, never another exception."""

from __future__ import annotations

import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from lotrinh.core import check_plan
from lotrinh.excel.read import read_workbook
from lotrinh.loading.errors import LoadError
from tests.excel.books import saved

CELLS = st.one_of(
    st.none(),
    st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=12),
    st.sampled_from(["28.960", "1 050", "5,08%", "5.08%", "2023", "a", "b", "#REF!", "1.000*"]),
    st.integers(-10, 40_000),
    st.floats(-1e6, 1e6, allow_nan=False),
    st.booleans(),
    st.dates(datetime.date(1990, 1, 1), datetime.date(2100, 1, 1)),
)
FIGURE_HEADERS = ["Mã", "Tên", "Thuộc", "Loại", 2023, "Năm 2024", "Tên ngắn"]
CLAIM_HEADERS = ["Mã", "Đơn vị", "Năm", "Số biên chế", "Giảm", "Tăng", "So với năm", "Tỷ lệ"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.lists(CELLS, min_size=7, max_size=7), max_size=5),
    st.lists(st.lists(CELLS, min_size=8, max_size=8), max_size=4),
)
def test_any_cells_give_a_plan_or_a_located_error(
    figures: list[list[object]], claims: list[list[object]]
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Số liệu"
    sheet.append(FIGURE_HEADERS)
    sheet.append(["a", "A", None, None, 100, 90, None])
    for row in figures:
        sheet.append(row)
    claim_sheet = book.create_sheet("Nhận định")
    claim_sheet.append([*CLAIM_HEADERS, "Nguyên văn"])
    for row in claims:
        claim_sheet.append([*row, "câu"])
    try:
        plan = read_workbook(saved(book), "any.xlsx").plan
    except LoadError as exc:
        assert exc.problems
        assert all(problem.path == "any.xlsx" for problem in exc.problems)
        return
    check_plan(plan)
