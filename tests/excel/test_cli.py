"""`lotrinh export` and `lotrinh init --xlsx` as a user runs them: what is written, what is
refused, exit codes; and the documented layout is the declared one."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from lotrinh.cli.app import app
from lotrinh.excel import layout
from lotrinh.excel.read import read_workbook
from lotrinh.numbers import Lang
from tests.conftest import DOCUMENTS, LONG_AN, ROOT

runner = CliRunner()


def test_export_writes_the_layout_roadmap_and_findings(tmp_path: Path) -> None:
    out = tmp_path / "long-an.xlsx"
    result = runner.invoke(app, ["export", str(LONG_AN), "-o", str(out)])
    assert result.exit_code == 0, result.output
    book = load_workbook(out)
    assert book.sheetnames == [
        "Số liệu",
        "Nhận định",
        "Chỉ tiêu",
        "Văn bản",
        "Lộ trình",
        "Phát hiện",
    ]
    assert book["Số liệu"].freeze_panes == "C2"
    findings = book["Phát hiện"]
    assert findings.max_row == 14  # a header and Long An's 13 findings
    assert findings["B2"].value == "LT301"
    # The cells a finding is about carry its comment and a fill: Long An's 2023 total of
    # the local government (27.697, its parts give 26.697) is stated by a claim.
    claims = book["Nhận định"]
    row = next(r for r in claims.iter_rows(min_row=2) if r[0].value == "chinh-quyen-2023")
    value = row[3]
    assert value.value == 27697
    assert value.comment is not None and "LT101" in value.comment.text
    assert value.fill.fgColor.rgb.endswith("FBD5B5")  # an error's fill
    unmarked = next(r for r in claims.iter_rows(min_row=2) if r[0].value == "tong-2023")
    assert unmarked[3].comment is None
    roadmap = book["Lộ trình"]
    formulas = [c.value for row in roadmap.iter_rows() for c in row if str(c.value).startswith("=")]
    assert any("/" in formula for formula in formulas)  # rates are formulas too
    assert roadmap["B6"].number_format == "#,##0"


def test_export_never_overwrites_without_force(tmp_path: Path) -> None:
    out = tmp_path / "mine.xlsx"
    out.write_bytes(b"the analyst's own workbook")
    result = runner.invoke(app, ["export", str(LONG_AN), "-o", str(out)])
    assert result.exit_code == 2
    assert "--force" in result.stderr
    assert out.read_bytes() == b"the analyst's own workbook"
    assert runner.invoke(app, ["export", str(LONG_AN), "-o", str(out), "--force"]).exit_code == 0
    assert out.read_bytes().startswith(b"PK")
    assert [p.name for p in tmp_path.iterdir()] == ["mine.xlsx"]  # no temporary left behind


def test_export_refuses_a_bad_source_with_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("lotrinh: 1\nunits: []\n", encoding="utf-8")
    result = runner.invoke(app, ["export", str(bad), "-o", str(tmp_path / "x.xlsx")])
    assert result.exit_code == 2
    assert "bad.yaml:" in result.stderr
    assert not (tmp_path / "x.xlsx").exists()


def test_a_document_exports_and_the_export_checks(tmp_path: Path) -> None:
    out = tmp_path / "doc.xlsx"
    document = DOCUMENTS / "binh-minh-slip.txt"
    assert runner.invoke(app, ["export", str(document), "-o", str(out)]).exit_code == 0
    again = runner.invoke(app, ["check", str(out), "--format", "json"])
    original = runner.invoke(app, ["check", str(document), "--format", "json"])
    assert again.exit_code == original.exit_code == 1


@pytest.mark.parametrize("lang", list(Lang))
def test_init_xlsx_writes_an_empty_layout_with_instructions(tmp_path: Path, lang: Lang) -> None:
    out = tmp_path / "moi.xlsx"
    result = runner.invoke(app, ["init", "--xlsx", str(out), "--lang", lang.value])
    assert result.exit_code == 0, result.output
    book = load_workbook(io.BytesIO(out.read_bytes()))
    instructions = book.worksheets[0]
    text = "\n".join(str(c.value) for row in instructions.iter_rows() for c in row if c.value)
    for sheet in layout.INPUT_SHEETS:
        assert sheet.name(lang) in book.sheetnames
        assert sheet.name(lang) in text
        assert all(column.header(lang) in text for column in sheet.columns)
    # Empty, it is refused as a plan (no unit yet), at the sheet, with exit 2.
    check = runner.invoke(app, ["check", str(out)])
    assert check.exit_code == 2
    assert "A1" in check.stderr


def test_docs_show_the_declared_layout() -> None:
    docs = (ROOT / "docs" / "excel.md").read_text(encoding="utf-8")
    start = docs.index("<!-- layout:start")
    start = docs.index("\n", start) + 1
    end = docs.index("<!-- layout:end")
    assert docs[start:end] == layout.markdown(Lang.VI)


def test_the_template_keeps_typed_counts_as_written(tmp_path: Path) -> None:
    out = tmp_path / "moi.xlsx"
    assert runner.invoke(app, ["init", "--xlsx", str(out)]).exit_code == 0
    book = load_workbook(out)
    figures = book["Số liệu"]
    assert figures["H2"].number_format == "@"  # the 2021 column, formatted as text
    figures["A2"], figures["B2"], figures["H2"], figures["I2"] = "a", "A", "28.960", "28.500"
    book.save(out)
    assert runner.invoke(app, ["check", str(out)]).exit_code == 0
    plan = read_workbook(out.read_bytes(), "moi.xlsx").plan
    assert [(f.value, f.position.cell) for f in plan.figures.values()] == [
        (28960, "Số liệu!H2"),
        (28500, "Số liệu!I2"),
    ]
