"""Workbooks written by hand with openpyxl, as an analyst's would be: the documented layout
with the quirks of real workbooks, and slips planted on purpose. Expected findings are worked
out by hand in the comments."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.comments import Comment
from typer.testing import CliRunner

from lotrinh.cli.app import app
from lotrinh.core import check_plan
from lotrinh.excel.read import read_workbook
from lotrinh.loading.errors import LoadError
from tests.excel.books import saved
from tests.golden import assert_golden

runner = CliRunner()


def slips_workbook() -> Workbook:
    """Two blocks of a province, with quirks and three planted slips:

    - 2024 total written 2.190 but its parts give 1.200 + 1.000 = 2.200 (sum-mismatch);
    - "giảm 50 so với năm 2023" for khối A 2024, but 1.250 − 1.200 = 50 is right, while the
      rate "4,5%" is wrong: 50/1.250 = 4,00% (claim-rate);
    - khối B 2024 "giảm 40 so với năm 2023": 1.050 − 1.000 = 50 (claim-difference).
    """
    book = Workbook()
    figures = book.active
    assert figures is not None
    figures.title = "Số liệu"
    # A title block, merged across, then a two-row header: the year columns sit under a
    # merged "Số biên chế" cell, the other headers are merged down over both rows.
    figures["A1"] = "BIỂU SỐ LIỆU BIÊN CHẾ TỈNH BÌNH MINH"
    figures.merge_cells("A1:F1")
    for letter, text in zip("ABCD", ["Mã", "Tên đơn vị", "Thuộc", "Loại"], strict=True):
        figures[f"{letter}3"] = text
        figures.merge_cells(f"{letter}3:{letter}4")
    figures["E3"] = "Số biên chế"
    figures.merge_cells("E3:F3")
    figures["E4"] = 2023  # a number header
    figures["F4"] = "Năm 2024"  # a text header
    rows = [
        ("tong", "Tổng biên chế", None, None, "2.300", "2.190"),  # text with thousands dots
        (None, "I. KHỐI A", None, None, None, None),  # a block heading
        ("a", "Khối A", "tong", "CBCC", 1250, 1200),
        (None, None, None, None, None, None),  # blank rows between blocks
        (None, None, None, None, None, None),
        (None, "II. KHỐI B", None, None, None, None),
        ("b", "Khối B", "tong", "VC", "1 050", 1000.0),  # a space separator; an integral float
    ]
    for number, row in enumerate(rows, start=5):
        for column, value in enumerate(row, start=1):
            if value is not None:
                figures.cell(number, column, value)
    figures.row_dimensions[11].hidden = True  # khối B's row: hidden, still read

    claims = book.create_sheet("Claims")  # English names are accepted
    claims.append(["ID", "Unit", "Year", "Value", "Reduction", "Base year", "Rate", "Quote"])
    claims.append(["a-2024", "a", 2024, None, 50, 2023, "4,5%", "Khối A giảm 50 (4,5%)."])
    claims.append(["b-2024", "b", 2024, None, 40, 2023, None, "Khối B giảm 40."])
    claims.append(["b-2024", None, None, None, 50, 2023, None, None])  # a second change: right
    document = book.create_sheet("Văn bản")
    document.append(["Số hiệu", "Ngày ban hành", "Năm thực hiện", "Năm kế hoạch"])
    document.append(["12-KH/UBND", "11/8/2023", 2023, "2024"])
    return book


def test_planted_slips_are_found_at_their_cells() -> None:
    read = read_workbook(saved(slips_workbook()), "binh-minh.xlsx")
    plan = read.plan
    assert [unit.id for unit in plan.units.values()] == ["tong", "a", "b"]
    assert plan.units["tong"].parts == ("a", "b")
    assert plan.figures[("tong", 2023)].value == 2300
    assert plan.figures[("b", 2023)].value == 1050
    assert plan.figures[("b", 2024)].position.cell == "Số liệu!F11"
    assert [note.cell for note in read.notes] == ["Số liệu!A11"]  # the hidden row
    found = {
        (f.kind, f.units, f.year, f.stated, f.computed, f.position.cell)
        for f in check_plan(plan).findings
    }
    assert ("sum-mismatch", ("tong",), 2024, 2190, 2200, "Số liệu!F5") in found
    assert ("claim-difference", ("b",), 2024, 40, 50, "Claims!E3") in found
    rates = [f for f in check_plan(plan).findings if f.kind == "claim-rate"]
    assert [(f.units, str(f.stated), f.position.cell) for f in rates] == [
        (("a",), "4.5", "Claims!E2")
    ]
    assert str(rates[0].computed).startswith("4.00")


def test_check_cli_locates_findings_at_cells(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("binh-minh.xlsx").write_bytes(saved(slips_workbook()))
    result = runner.invoke(app, ["check", "binh-minh.xlsx", "--format", "json"])
    assert result.exit_code == 1
    cells = {f["cell"] for f in json.loads(result.stdout)["files"][0]["findings"]}
    assert {"Số liệu!F5", "Claims!E3"} <= cells
    assert "binh-minh.xlsx:Số liệu!A11: lưu ý: dòng 11" in result.stderr
    for fmt in ("text", "github"):
        out = runner.invoke(app, ["check", "binh-minh.xlsx", "--format", fmt]).stdout
        assert_golden(out, f"excel/binh-minh.{fmt}.txt")
    for fmt in ("markdown", "junit"):
        out = runner.invoke(app, ["check", "binh-minh.xlsx", "--format", fmt]).stdout
        assert "binh-minh.xlsx:Số liệu!F5" in out, fmt
    sarif = json.loads(runner.invoke(app, ["check", "binh-minh.xlsx", "--format", "sarif"]).stdout)
    logical = [
        r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"]
        for r in sarif["runs"][0]["results"]
    ]
    assert "Số liệu!F5" in logical


def test_implied_figures_by_star_or_comment() -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Số liệu"
    sheet.append(["Mã", "Tên", 2021, 2022, 2024])
    sheet.append(["a", "A", "1.000*", 990, 950])
    sheet["D2"].comment = Comment("số ước tính", "analyst")
    plan = read_workbook(saved(book), "implied.xlsx").plan
    assert plan.figures[("a", 2021)].value == 1000
    assert plan.figures[("a", 2022)].value == 990
    # A comment naming a claim that does not exist is the loader's own located error.
    sheet["D2"].comment = Comment("suy ra từ c1", "analyst")
    with pytest.raises(LoadError) as caught:
        read_workbook(saved(book), "implied.xlsx")
    assert caught.value.problems[0].cell == "Số liệu!D2"
    assert "c1" in caught.value.problems[0].message_vi
