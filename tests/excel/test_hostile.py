"""Bad workbooks: each is a located message and exit code 2 (or, for what can still be read,
a note), never a traceback."""

from __future__ import annotations

import io
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

from lotrinh.cli.app import app
from lotrinh.core import check_plan
from lotrinh.excel import container
from lotrinh.excel.read import BLANK_RUN, read_workbook
from lotrinh.excel.write import workbook_bytes
from lotrinh.extract.reader import read_document
from lotrinh.loading import load_plan
from lotrinh.loading.errors import LoadError
from tests.conftest import LONG_AN
from tests.excel.books import saved
from tests.zips import encrypted, one_member_zip, zeros_deflated

runner = CliRunner()
GIB = 1024


def small_book(edit: Callable[[Workbook], None] | None = None) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Số liệu"
    sheet.append(["Mã", "Tên", 2023, 2024])
    sheet.append(["a", "Đơn vị A", 1000, 950])
    if edit is not None:
        edit(book)
    return saved(book)


def problems(data: bytes, name: str = "bad.xlsx") -> list[tuple[str, str]]:
    with pytest.raises(LoadError) as caught:
        read_workbook(data, name)
    return [(p.cell, p.message_vi) for p in caught.value.problems]


def check_cli(tmp_path: Path, data: bytes, name: str = "bad.xlsx") -> tuple[int, str]:
    path = tmp_path / name
    path.write_bytes(data)
    result = runner.invoke(app, ["check", str(path)])
    assert "Traceback" not in result.output + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result.exit_code, result.stderr


def test_not_a_zip(tmp_path: Path) -> None:
    code, err = check_cli(tmp_path, "Mã,Tên\na,A\n".encode())
    assert code == 2
    assert "không phải tệp Excel (.xlsx)" in err


def test_a_docx_is_not_a_workbook() -> None:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    assert "xl/workbook.xml" in problems(stream.getvalue())[0][1]


def test_a_zip_bomb_is_refused_before_unpacking(monkeypatch: pytest.MonkeyPatch) -> None:
    # The same check as for 256 MB, at 1 MB, so the test builds a small bomb quickly.
    monkeypatch.setattr(container, "MAX_UNPACKED", 1024 * 1024)
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (2 * 1024 * 1024))
    assert len(stream.getvalue()) < 10_000
    assert "zip bomb" in problems(stream.getvalue())[0][1]


def test_a_damaged_workbook_is_said_not_raised() -> None:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<not-a-workbook")
    assert "không đọc được sổ tính" in problems(stream.getvalue())[0][1]


def test_password_protected_workbook(tmp_path: Path) -> None:
    from msoffcrypto.format.ooxml import OOXMLFile

    protected = io.BytesIO()
    OOXMLFile(io.BytesIO(small_book())).encrypt("mật khẩu", protected)  # as Excel does
    code, err = check_cli(tmp_path, protected.getvalue(), "protected.xlsx")
    assert code == 2
    assert "được bảo vệ bằng mật khẩu" in err


def test_old_xls(tmp_path: Path) -> None:
    code, err = check_cli(tmp_path, bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 600, "old.xls")
    assert code == 2
    assert ".xls" in err


def test_macros_are_ignored_and_said(tmp_path: Path) -> None:
    data = workbook_bytes(check_plan(load_plan(LONG_AN)))
    stream = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(stream, "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        target.writestr("xl/vbaProject.bin", b'Attribute VB_Name = "Module1"\nShell "calc"')
    code, err = check_cli(tmp_path, stream.getvalue(), "macros.xlsm")
    assert code == 1  # checked: Long An's findings
    assert "macro" in err and "không được chạy" in err
    assert "macros.xlsm:1:1: lưu ý: sổ tính có macro" in err  # of the whole file, as any other


def test_missing_sheet_names_what_is_there() -> None:
    def rename(book: Workbook) -> None:
        book["Số liệu"].title = "Bảng 1"

    ((_, message),) = problems(small_book(rename))
    assert "thiếu trang tính 'Số liệu'" in message and "'Bảng 1'" in message


def test_misspelt_sheet_says_did_you_mean() -> None:
    def add(book: Workbook) -> None:
        book.create_sheet("Nhan dinhh").append(["Đơn vị", "Năm", "Nguyên văn"])

    assert any("có phải 'Nhận định'" in message for _, message in problems(small_book(add)))


def test_misspelt_header_says_did_you_mean_at_its_cell() -> None:
    def misspell(book: Workbook) -> None:
        claims = book.create_sheet("Nhận định")
        claims.append(["Đơn vị", "Năm", "Giảm", "So vơi nămm", "Nguyên văn"])
        claims.append(["a", 2024, 50, 2023, "giảm 50"])

    found = problems(small_book(misspell))
    assert (
        "Nhận định!D1",
        "cột 'So vơi nămm' không có trong bố cục của 'Nhận định' (có phải 'So với năm'?)",
    ) in found


def test_a_number_cell_holding_a_fraction_is_refused_with_a_hint() -> None:
    def fraction(book: Workbook) -> None:
        book["Số liệu"]["C2"] = 28.96

    ((cell, message),) = problems(small_book(fraction))
    assert cell == "Số liệu!C2"
    assert "28,96" in message and "có lẽ là 28.960" in message


def test_a_formula_error_is_located() -> None:
    def broken(book: Workbook) -> None:
        book["Số liệu"]["D2"] = "#REF!"  # openpyxl stores it as an error cell, as Excel does

    assert problems(small_book(broken)) == [
        ("Số liệu!D2", "ô Số liệu!D2 có lỗi công thức #REF!: sửa công thức rồi lưu lại")
    ]


def test_a_text_rate_with_a_decimal_point_gets_the_loader_hint() -> None:
    def rate(book: Workbook) -> None:
        claims = book.create_sheet("Nhận định")
        claims.append(["Đơn vị", "Năm", "Giảm", "So với năm", "Tỷ lệ", "Nguyên văn"])
        claims.append(["a", 2024, 50, 2023, "5.00%", "giảm 50 (5,00%)"])

    ((cell, message),) = problems(small_book(rate))
    assert cell == "Nhận định!E2" and "5,00%" in message


def test_an_unknown_unit_is_the_loaders_located_error() -> None:
    def unknown(book: Workbook) -> None:
        claims = book.create_sheet("Nhận định")
        claims.append(["Đơn vị", "Năm", "Giảm", "So với năm", "Nguyên văn"])
        claims.append(["b", 2024, 50, 2023, "giảm 50"])

    ((cell, message),) = problems(small_book(unknown))
    assert cell == "Nhận định!A2" and "không có đơn vị 'b'" in message


def test_check_cli_prints_cells_and_exits_2(tmp_path: Path) -> None:
    def fraction(book: Workbook) -> None:
        book["Số liệu"]["C2"] = 28.96

    code, err = check_cli(tmp_path, small_book(fraction))
    assert code == 2
    assert "bad.xlsx:Số liệu!C2: lỗi: ô Số liệu!C2 chứa số 28,96" in err


def styled_empty_rows(rows: int) -> bytes:
    """A workbook whose sheet is formatted down `rows` rows after its data, as happens when a
    whole column is formatted. Built by rewriting the sheet part of a real workbook: openpyxl
    itself would take minutes to write a million rows."""
    data = small_book()
    stream = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                head, tail = content.decode().split("</sheetData>")
                with target.open(item.filename, "w") as sheet:
                    sheet.write(head.encode())
                    for start in range(3, rows + 3, 10_000):
                        sheet.write(
                            "".join(
                                f'<row r="{n}" s="1" customFormat="1" ht="15" customHeight="1"/>'
                                for n in range(start, min(start + 10_000, rows + 3))
                            ).encode()
                        )
                    sheet.write(("</sheetData>" + tail).encode())
            else:
                target.writestr(item, content)
    return stream.getvalue()


def test_a_million_styled_empty_rows_are_not_read() -> None:
    data = styled_empty_rows(1_000_000)
    tracemalloc.start()
    plan = read_workbook(data, "styled.xlsx").plan
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert plan.figures[("a", 2024)].value == 950
    # Reading stops BLANK_RUN rows after the data: memory does not grow with the formatting.
    assert peak < 64 * 1024 * 1024, peak
    assert BLANK_RUN < 1_000_000


def test_a_million_styled_empty_rows_are_streamed_and_said() -> None:
    notes = read_workbook(styled_empty_rows(1_000_000), "styled.xlsx").notes
    assert any("đọc theo luồng" in note.message_vi for note in notes)


def test_a_column_given_twice_is_refused_at_its_header() -> None:
    def twice(book: Workbook) -> None:
        book["Số liệu"]["E1"] = "Năm 2024"
        book["Số liệu"]["E2"] = 940

    assert problems(small_book(twice)) == [
        ("Số liệu!E1", "cột 'Năm 2024' lặp lại: mỗi cột chỉ ghi một lần")
    ]


def test_rows_of_one_claim_must_agree() -> None:
    def disagree(book: Workbook) -> None:
        claims = book.create_sheet("Nhận định")
        claims.append(["Mã", "Đơn vị", "Năm", "Giảm", "So với năm", "Nguyên văn"])
        claims.append(["c1", "a", 2024, 50, 2023, "giảm 50"])
        claims.append(["c1", "a", 2025, 40, 2023, None])

    ((cell, message),) = problems(small_book(disagree))
    assert cell == "Nhận định!C3" and "cùng mã nhận định 'c1'" in message


def test_a_unit_without_a_name_is_the_loaders_error() -> None:
    def nameless(book: Workbook) -> None:
        book["Số liệu"].append(["b", None, 10, 9])

    ((cell, message),) = problems(small_book(nameless))
    assert cell == "Số liệu!A3" and "'name'" in message


def test_an_empty_optional_sheet_is_no_problem() -> None:
    def empty(book: Workbook) -> None:
        book.create_sheet("Nhận định")
        book.create_sheet("Chỉ tiêu")

    plan = read_workbook(small_book(empty), "ok.xlsx").plan
    assert plan.claims == () and plan.targets == ()


# Every reader of a ZIP checks it the same way (loading.archive): the lying directory, the
# ratio and the encrypted member below are refused for a workbook in the words a .docx gets.
@pytest.mark.parametrize(
    ("mebibytes", "declared", "message"),
    [
        (GIB, GIB << 20, "tệp nén giải nén quá lớn (khai 1.073.741.824 byte, giới hạn 268.435.456"),
        (GIB, 1000, "thành phần 'xl/worksheets/sheet1.xml' của tệp nén bị hỏng"),
        (8, 8 << 20, "thành phần 'xl/worksheets/sheet1.xml' của tệp nén tỷ lệ nén quá 1.000:1"),
    ],
    ids=["declared", "lying", "ratio"],
)
def test_a_workbook_inflating_past_its_directory_or_ratio_is_refused_small(
    mebibytes: int, declared: int, message: str
) -> None:
    data = one_member_zip("xl/worksheets/sheet1.xml", zeros_deflated(mebibytes), declared=declared)
    tracemalloc.start()
    ((cell, said),) = problems(data)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert cell == "" and said.startswith(message), said
    assert peak < 16 << 20, peak  # the file itself and a few chunks, never the gibibyte


def test_a_workbook_and_a_docx_are_refused_in_the_same_words(tmp_path: Path) -> None:
    bomb = one_member_zip("word/document.xml", zeros_deflated(8), declared=8 << 20)
    ((_, said),) = problems(bomb)
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb)
    with pytest.raises(LoadError) as caught:
        read_document(path)
    assert caught.value.problems[0].message_vi == f"không đọc được tệp .docx: {said}"


def test_an_encrypted_member_is_refused_before_inflating(tmp_path: Path) -> None:
    code, err = check_cli(tmp_path, encrypted(small_book()), "locked.xlsx")
    assert code == 2
    assert "locked.xlsx:1:1: lỗi: thành phần '" in err and "' của tệp nén được đặt mật khẩu" in err
