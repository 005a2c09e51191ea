"""Documents as people have them: .txt/.md, .docx and PDF read to the same lines.

Fixtures are built here (tests/render_documents.py) from text; every expectation is written
out by hand, never computed by the reader under test.
"""

from __future__ import annotations

import io
import os
import tracemalloc
import unicodedata
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lotrinh.extract.pipetable import canonical_tables, cell_text, split_row
from lotrinh.extract.reader import read_document, read_lines
from lotrinh.extract.result import ExtractError
from lotrinh.loading.archive import INFLATE_FACTOR, read_members
from lotrinh.loading.errors import LoadError
from tests.reader_forms import test_unsectioned as forms
from tests.render_documents import FONT_DIR, docx_bytes, pdf_bytes
from tests.zips import one_member_zip, zeros_deflated

SAMPLE = """\
# KẾ HOẠCH biên chế giai đoạn 2022 - 2026

## I. Tình hình năm 2021
Năm 2021, tổng biên chế của tỉnh là **28.960** biên chế, trong đó cán bộ, công chức là 2.273 \
biên chế và viên chức là 26.687 biên chế; đến năm 2026 giảm 1.338 biên chế so với năm 2021, \
tỷ lệ giảm 5,08% so với số giao năm 2021 của toàn tỉnh.
- Khối Đảng, đoàn thể: 300 biên chế.
+ Cán bộ, công chức là 200 biên chế.

Đơn vị|Năm 2021|  Năm 2026
:---|---:|:---:
Khối tỉnh | Sở Nội vụ | 100
| | Sở Tư pháp | 95
Tổng cộng | | 195
Sau bảng là đoạn kết.
"""

SAMPLE_LINES = [
    "# KẾ HOẠCH biên chế giai đoạn 2022 - 2026",
    "",
    "## I. Tình hình năm 2021",
    "Năm 2021, tổng biên chế của tỉnh là 28.960 biên chế, trong đó cán bộ, công chức là 2.273 "
    "biên chế và viên chức là 26.687 biên chế; đến năm 2026 giảm 1.338 biên chế so với năm 2021, "
    "tỷ lệ giảm 5,08% so với số giao năm 2021 của toàn tỉnh.",
    "- Khối Đảng, đoàn thể: 300 biên chế.",
    "+ Cán bộ, công chức là 200 biên chế.",
    "",
    "| Đơn vị | Năm 2021 | Năm 2026 |",
    "|---|---|---|",
    "| Khối tỉnh | Sở Nội vụ | 100 |",
    "| | Sở Tư pháp | 95 |",
    "| Tổng cộng | | 195 |",
    "Sau bảng là đoạn kết.",
    "",
]
"""SAMPLE as the reader downstream must see it, written by hand: emphasis gone, the pipe table
respelled (outer pipes, one space, `|---|`), line for line."""

PDF_LINES = [line for line in SAMPLE_LINES if line]
"""A PDF has no empty lines; everything else is the same."""


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


# Pipe tables: one spelling.


def test_cells_are_one_line_with_pipes_escaped() -> None:
    assert cell_text("  Sở\nNội   vụ\t") == "Sở Nội vụ"
    assert cell_text("A | B") == r"A \| B"
    assert split_row(r"| A \| B | 1 |") == [r"A \| B", "1"]
    assert split_row("không có ống") is None


def test_typed_tables_are_respelled_line_for_line() -> None:
    """GitHub's rules (outer pipes optional, `:` alignments) except one: the table ends at the
    first line without a `|`, since in this genre that line is the prose after the table."""
    lines = ["Trước", "a | b", "|:-:|--|", "1 |", "| 2 | 3 | 4 |", "Sau bảng", "x | y"]
    assert canonical_tables(lines) == [
        "Trước",
        "| a | b | |",
        "|---|---|---|",
        "| 1 | | |",
        "| 2 | 3 | 4 |",
        "Sau bảng",
        "x | y",
    ]


@given(st.lists(st.text(alphabet="ab|-: \\\n", max_size=12), max_size=12))
def test_respelling_keeps_line_count_and_is_idempotent(lines: list[str]) -> None:
    lines = [line.replace("\n", "") for line in lines]
    once = canonical_tables(lines)
    assert len(once) == len(lines)
    assert canonical_tables(once) == once


def test_text_and_markdown_read_alike(tmp_path: Path) -> None:
    assert read_document(_write(tmp_path, "k.md", SAMPLE)).split("\n") == SAMPLE_LINES
    plain = SAMPLE.replace("**", "")
    assert read_document(_write(tmp_path, "k.txt", plain)).split("\n") == SAMPLE_LINES


# .docx


def test_docx_reads_as_its_markdown(tmp_path: Path) -> None:
    path = _write(tmp_path, "k.docx", docx_bytes(SAMPLE))
    assert read_document(path).split("\n") == SAMPLE_LINES


def test_docx_merged_cells_are_blank_where_covered(tmp_path: Path) -> None:
    """The fixture really merges: a gridSpan on the total row, a vMerge down the group."""
    data = docx_bytes(SAMPLE)
    with io.BytesIO(data) as stream:
        xml = Document(stream).element.xml
    assert 'w:gridSpan w:val="2"' in xml and "<w:vMerge/>" in xml
    unmerged = read_document(_write(tmp_path, "u.docx", docx_bytes(SAMPLE, merge_blanks=False)))
    assert read_document(_write(tmp_path, "m.docx", data)) == unmerged


def _cell_table(document: object, rows: list[list[str]]) -> object:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[attr-defined]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    return table


def test_docx_header_rows_layout_tables_nesting_and_controls(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Mở đầu\nxuống dòng mềm")
    frame = _cell_table(document, [["Khung: đoạn một"], ["Khung: đoạn hai"]])
    frame.cell(1, 0).add_paragraph("Khung: đoạn ba")  # type: ignore[attr-defined]
    table = _cell_table(
        document, [["Đơn vị", "Biên chế", ""], ["", "2021", "2026"], ["Sở A", "10", "9"]]
    )
    for row in table.rows[:2]:  # type: ignore[attr-defined]
        row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    nested = table.cell(2, 0).add_table(rows=1, cols=2)  # type: ignore[attr-defined]
    nested.cell(0, 0).text = "gồm"
    nested.cell(0, 1).text = "Phòng B"
    before = table._tbl.tr_lst[2]  # type: ignore[attr-defined]
    before.get_or_add_trPr().insert(0, _grid_before(1))
    control = OxmlElement("w:sdt")
    content = OxmlElement("w:sdtContent")
    control.append(content)
    content.append(document.add_paragraph("Trong ô điều khiển")._p)
    document.element.body.insert(len(document.element.body) - 1, control)
    path = _write(tmp_path, "k.docx", _saved(document))
    assert read_document(path).split("\n") == [
        "Mở đầu xuống dòng mềm",
        "Khung: đoạn một",
        "Khung: đoạn hai",
        "Khung: đoạn ba",
        "| Đơn vị | Biên chế | | |",
        "| | 2021 | 2026 | |",
        "|---|---|---|---|",
        "| | Sở A gồm Phòng B | 10 | 9 |",
        "Trong ô điều khiển",
    ]


def _grid_before(count: int) -> object:
    element = OxmlElement("w:gridBefore")
    element.set(qn("w:val"), str(count))
    return element


def _saved(document: object) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


def test_docx_ten_thousand_paragraphs_are_ten_thousand_lines(tmp_path: Path) -> None:
    text = "\n".join(f"Đơn vị số {n} là {n} biên chế." for n in range(10_000))
    path = _write(tmp_path, "big.docx", docx_bytes(text))
    lines = read_document(path).split("\n")
    assert len(lines) == 10_000 and lines[9_999] == "Đơn vị số 9999 là 9999 biên chế."


# PDF


def test_pdf_reads_as_its_markdown_without_empty_lines(tmp_path: Path) -> None:
    document = read_lines(_write(tmp_path, "k.pdf", pdf_bytes(SAMPLE)))
    assert list(document.lines) == PDF_LINES
    assert document.pages == (1,) * len(PDF_LINES)
    assert document.page_of(1) == 1 and document.page_of(len(PDF_LINES) + 1) is None


def test_pdf_running_header_page_numbers_and_a_table_across_pages(tmp_path: Path) -> None:
    rows = "\n".join(f"| Đơn vị {n} | {n} |" for n in range(1, 61))
    text = f"Mở đầu.\n| Đơn vị | Biên chế |\n|---|---|\n{rows}\nKết thúc."
    path = _write(tmp_path, "k.pdf", pdf_bytes(text, header="UBND TỈNH BÌNH MINH"))
    document = read_lines(path)
    assert list(document.lines) == [
        "Mở đầu.",
        "| Đơn vị | Biên chế |",
        "|---|---|",
        *(f"| Đơn vị {n} | {n} |" for n in range(1, 61)),
        "Kết thúc.",
    ]
    assert document.pages is not None and document.pages[0] == 1 and document.pages[-1] == 2


def test_pdf_paragraphs_without_spacing_split_at_sentence_ends(tmp_path: Path) -> None:
    """Without a gap between paragraphs, a line that ends a sentence ends its paragraph;
    a line cut mid-sentence at the margin goes on."""
    long = "Năm 2024 biên chế của tỉnh là 1.000 " + "và đơn vị trực thuộc " * 12 + "là đủ."
    text = f"Tiêu đề không dấu chấm\n{long}\nCâu ngắn."
    path = _write(tmp_path, "k.pdf", _unspaced_pdf(text))
    assert read_document(path).split("\n") == ["Tiêu đề không dấu chấm", long, "Câu ngắn."]


def _unspaced_pdf(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    for line in text.split("\n"):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_pdf_text_is_nfc(tmp_path: Path) -> None:
    path = _write(tmp_path, "k.pdf", pdf_bytes(unicodedata.normalize("NFD", "Tổng biên chế.")))
    assert read_document(path) == "Tổng biên chế."


def _refused(path: Path, message: str, max_bytes: int = 4 * 1024 * 1024) -> LoadError:
    with pytest.raises(LoadError) as caught:
        read_document(path, max_bytes)
    (problem,) = caught.value.problems
    assert (problem.path, problem.line, problem.column) == (str(path), 1, 1)
    assert message in problem.message_vi, problem.message_vi
    assert problem.message_en and problem.message_en != problem.message_vi
    return caught.value


def _image_only_pdf() -> bytes:
    from fpdf import FPDF
    from PIL import Image

    scan = io.BytesIO()
    Image.new("L", (200, 280), color=200).save(scan, format="PNG")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(scan, x=10, y=10, w=190)
    return bytes(pdf.output())


def _encrypted_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="chu", user_password="khach")
    pdf.add_font("DejaVu", fname=str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    pdf.cell(text="Tổng biên chế là 100.")
    return bytes(pdf.output())


def _blank_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    return bytes(pdf.output())


NO_PAGES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_image_only_pdf, "không có lớp văn bản"),
        (_encrypted_pdf, "mật khẩu"),
        (_blank_pdf, "không có chữ nào"),
        (lambda: NO_PAGES, "không có trang nào"),
        (lambda: b"%PDF-1.7\n\x00\xff garbage", "không đọc được tệp PDF"),
        (lambda: b"", "không phải tệp PDF"),
    ],
    ids=["scanned", "encrypted", "blank-page", "no-pages", "corrupt", "empty-file"],
)
def test_pdfs_that_cannot_be_read_are_refused(tmp_path: Path, make: object, message: str) -> None:
    _refused(_write(tmp_path, "k.pdf", make()), message)  # type: ignore[operator]


# Bounded, inert reading.


def test_a_fifo_is_refused_before_reading(tmp_path: Path) -> None:
    """No writer ever opens it: reading would wait forever."""
    path = tmp_path / "k.txt"
    os.mkfifo(path)
    _refused(path, "không phải tệp thông thường")


def test_a_device_is_refused_before_reading() -> None:
    zero = Path("/dev/zero")
    if not zero.exists():
        pytest.skip("no /dev/zero on this system")
    _refused(zero, "không phải tệp thông thường")


def test_a_document_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "k.docx", docx_bytes(SAMPLE))
    _refused(path, "quá lớn", max_bytes=path.stat().st_size - 1)


GIB = 1024


@pytest.mark.parametrize(
    ("declared", "message"),
    [(GIB << 20, "khai 1.073.741.824 byte"), (1000, "bị hỏng")],
    ids=["declared", "lying"],
)
def test_a_docx_inflating_to_a_gibibyte_is_refused_small(
    tmp_path: Path, declared: int, message: str
) -> None:
    path = _write(
        tmp_path,
        "bomb.docx",
        one_member_zip("word/document.xml", zeros_deflated(GIB), declared=declared),
    )
    assert path.stat().st_size < 2 << 20
    tracemalloc.start()
    _refused(path, message)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 16 << 20, peak  # the file itself and a few chunks, never the gibibyte


def test_an_honest_directory_is_still_checked_while_inflating() -> None:
    data = one_member_zip("word/document.xml", zeros_deflated(8), declared=8 << 20)
    with pytest.raises(LoadError) as caught:
        read_members(data, "k.docx", max_bytes=8 << 20)
    assert "tỷ lệ nén quá 1.000:1" in caught.value.problems[0].message_vi
    with pytest.raises(LoadError) as caught:
        read_members(data, "k.docx", max_bytes=(8 << 20) // INFLATE_FACTOR - 1)
    assert "giải nén quá lớn" in caught.value.problems[0].message_vi


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04 not a zip", "không phải tệp ZIP hợp lệ"),
        (b"plain text", "không phải tệp Word"),
    ],
    ids=["not-a-zip", "not-a-zip-at-all"],
)
def test_a_docx_that_is_no_zip_is_refused(tmp_path: Path, data: bytes, message: str) -> None:
    error = _refused(_write(tmp_path, "k.docx", data), message)
    assert isinstance(error, ExtractError)


def test_a_zip_that_is_not_word_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    _refused(_write(tmp_path, "k.docx", buffer.getvalue()), "không đọc được tệp .docx")


def test_a_hostile_grid_span_stays_small(tmp_path: Path) -> None:
    document = Document()
    table = _cell_table(document, [["a", "b"], ["1", "2"]])
    span = OxmlElement("w:gridSpan")
    span.set(qn("w:val"), str(10**9))
    nonsense = OxmlElement("w:gridSpan")
    nonsense.set(qn("w:val"), "nhiều")
    # Through the XML: python-docx's own cell grid would unroll the billion columns.
    first, second = table._tbl.tr_lst[1].tc_lst  # type: ignore[attr-defined]
    first.get_or_add_tcPr().append(span)
    second.get_or_add_tcPr().append(nonsense)
    lines = read_document(_write(tmp_path, "k.docx", _saved(document))).split("\n")
    # 256 grid columns at most for a span; a real cell after it is still kept, never dropped.
    assert lines[0] == "| a | b |" + " |" * 255
    assert lines[2] == "| 1 |" + " |" * 255 + " 2 |"


def test_docx_automatic_numbers_and_bullets_are_written_out(tmp_path: Path) -> None:
    """Word's List styles number by themselves; the reader writes the marker Word shows."""
    document = Document()
    document.add_paragraph("Khối Đảng", style="List Bullet")
    document.add_paragraph("Sở Nội vụ", style="List Number")
    document.add_paragraph("Sở Tư pháp", style="List Number")
    document.add_paragraph("Không đánh số")
    assert read_document(_write(tmp_path, "k.docx", _saved(document))).split("\n") == [
        "- Khối Đảng",
        "1. Sở Nội vụ",
        "2. Sở Tư pháp",
        "Không đánh số",
    ]


@pytest.mark.parametrize(
    ("value", "form", "shown"),
    [(4, "lowerLetter", "d"), (27, "upperLetter", "AA"), (14, "upperRoman", "XIV"),
     (1994, "lowerRoman", "mcmxciv"), (261, "lowerLetter", "261"), (7, "decimal", "7")],
)  # fmt: skip
def test_list_numbers_as_word_shows_them(value: int, form: str, shown: str) -> None:
    from lotrinh.extract.docx import _formatted

    assert _formatted(value, form) == shown


def test_docx_multilevel_list_restarts_deeper_levels(tmp_path: Path) -> None:
    from docx.oxml import parse_xml

    document = Document()
    numbering = document.part.numbering_part.element
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {w} w:abstractNumId="90">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>'
            '<w:lvlText w:val="%1."/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
            '<w:lvlText w:val="%2)"/></w:lvl>'
            '<w:lvl w:ilvl="2"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>'
            "</w:abstractNum>"
        ),
    )
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for depth, text in [(0, "Mục tiêu"), (1, "Cấp tỉnh"), (2, "Sở A"), (1, "Cấp huyện"),
                        (0, "Giải pháp"), (1, "Rà soát")]:  # fmt: skip
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {w}><w:ilvl w:val="{depth}"/><w:numId w:val="90"/></w:numPr>')
        )
    assert read_document(_write(tmp_path, "k.docx", _saved(document))).split("\n") == [
        "I. Mục tiêu",
        "a) Cấp tỉnh",
        "+ Sở A",
        "b) Cấp huyện",
        "II. Giải pháp",
        "a) Rà soát",
    ]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    prefix=st.sampled_from([b"", b"PK\x03\x04", b"%PDF-1.4\n", b"\xd0\xcf\x11\xe0"]),
    body=st.binary(max_size=400),
    suffix=st.sampled_from([".txt", ".md", ".docx", ".pdf"]),
)
def test_any_bytes_read_or_are_refused_with_a_located_message(
    tmp_path: Path, prefix: bytes, body: bytes, suffix: str
) -> None:
    path = _write(tmp_path, "k" + suffix, prefix + body)
    try:
        read_document(path)
    except LoadError as exc:
        assert exc.problems and all(p.path == str(path) and p.line >= 1 for p in exc.problems)


def test_damaged_docx_and_pdf_are_refused(tmp_path: Path) -> None:
    whole = docx_bytes(SAMPLE)
    _refused(_write(tmp_path, "cut.docx", whole[: len(whole) // 2]), "không đọc được tệp .docx")
    printed = pdf_bytes(SAMPLE)
    cut = _write(tmp_path, "cut.pdf", printed[: len(printed) // 3])
    with pytest.raises(LoadError):
        read_document(cut)


def test_the_reader_prints_each_line_with_its_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from lotrinh.extract.reader import main

    path = _write(tmp_path, "k.pdf", pdf_bytes("Dòng một.\nDòng hai."))
    assert main([str(path)]) == 0
    assert capsys.readouterr().out == "1 (trang 1)\tDòng một.\n2 (trang 1)\tDòng hai.\n"
    assert main([str(tmp_path / "none.pdf")]) == 2
    assert "không tìm thấy tệp" in capsys.readouterr().err


def test_docx_tracked_changes_read_as_accepted(tmp_path: Path) -> None:
    """A draft with tracked changes reads as Word shows it accepted: insertions in, deletions
    out; a hyperlink's text is text."""
    from docx.oxml import parse_xml

    document = Document()
    paragraph = document.add_paragraph("Năm 2026 là ")
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paragraph._p.append(
        parse_xml(
            f'<w:del {w} w:id="1" w:author="A"><w:r><w:delText>1.200</w:delText></w:r></w:del>'
        )
    )
    paragraph._p.append(
        parse_xml(f'<w:ins {w} w:id="2" w:author="A"><w:r><w:t>1.150</w:t></w:r></w:ins>')
    )
    paragraph._p.append(
        parse_xml(
            f'<w:hyperlink {w}><w:r><w:t xml:space="preserve"> biên chế</w:t></w:r></w:hyperlink>'
        )
    )
    assert (
        read_document(_write(tmp_path, "k.docx", _saved(document))) == "Năm 2026 là 1.150 biên chế"
    )


def test_pdf_one_column_frame_is_text_not_a_table(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", style="B", fname=str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, "Trước khung.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    with pdf.table(text_align="LEFT", first_row_as_headings=False) as frame:
        frame.row().cell("Khung: đoạn một.")
        frame.row().cell("Khung: đoạn hai.")
    path = _write(tmp_path, "k.pdf", bytes(pdf.output()))
    import pdfplumber

    with pdfplumber.open(path) as printed:  # the frame really is found as a table
        assert len(printed.pages[0].find_tables()) == 1
    assert read_document(path).split("\n") == [
        "Trước khung.",
        "Khung: đoạn một.",
        "Khung: đoạn hai.",
    ]


# Table forms read alike in every format


@pytest.mark.parametrize(
    "name",
    [
        "EACH_CATEGORY_ITS_CHANGE",
        "CATEGORY_GROUPS_OVER_YEARS",
        "PERIOD_SUM",
        "NOTED_CHANGE",
        "CATEGORY_GROUPS_WITH_RATE",
        "BODIES_COUNTED",
        "CHANGES_NAMING_THEIR_CATEGORY",
    ],
)
@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_table_forms_read_the_same_from_word_and_pdf(tmp_path: Path, name: str, kind: str) -> None:
    """A table of the reader's forms, put into Word or printed to PDF, gives the same figures,
    changes and parts as its Markdown, every row read (line numbers differ in a PDF, which
    has no empty lines)."""
    text = getattr(forms, name)
    render = docx_bytes if kind == "docx" else pdf_bytes
    path = _write(tmp_path, f"k.{kind}", render(text))
    assert forms._rows(read_document(path)) == forms._rows(text)
    assert not forms._rows(text)[2]
