"""The layout of published documents, one feature at a time: each a failing example and its
twin, the same page without the feature's mark, read as before.

Fixtures are printed here with fpdf2 and python-docx; every expected line is written out by
hand.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lotrinh.extract import extract_plan
from lotrinh.extract.layout import clean, is_frame
from lotrinh.extract.reader import DocumentText, document_lines
from lotrinh.loading.errors import LoadError
from tests.render_documents import add_fonts, new_paragraph, new_table

BODY = "Năm 2024, tổng biên chế của tỉnh là 1.000 biên chế."
LETTERHEAD = (
    ["TỈNH ỦY LONG AN", "*", "Số 123-KH/TU"],
    ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Long An, ngày 11 tháng 8 năm 2023"],
)


def _pdf(draw: Callable[[Any], None], header: Callable[[Any], None] | None = None) -> Any:
    from fpdf import FPDF

    class _Sheet(FPDF):
        def header(self) -> None:
            if header is not None:
                header(self)

    pdf = _Sheet(format="A4")
    add_fonts(pdf)
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    draw(pdf)
    return pdf


def _read(pdf_or_docx: Any, name: str = "k.pdf") -> DocumentText:
    if isinstance(pdf_or_docx, bytes):
        return document_lines(pdf_or_docx, name)
    if hasattr(pdf_or_docx, "output"):
        return document_lines(bytes(pdf_or_docx.output()), name)
    buffer = io.BytesIO()
    pdf_or_docx.save(buffer)
    return document_lines(buffer.getvalue(), "k.docx")


def _columns(pdf: Any, left: list[str], right: list[str], lower: float = 0.0) -> None:
    top = pdf.get_y()
    for lines, x, width, y in (
        (left, pdf.l_margin, 70.0, top),
        (right, pdf.l_margin + 85.0, 105.0, top + lower),
    ):
        pdf.set_xy(x, y)
        for line in lines:
            pdf.set_x(x)
            pdf.cell(width, 6, line, align="C", new_x="LEFT", new_y="NEXT")
    pdf.set_xy(pdf.l_margin, top + 6 * max(len(left), len(right)) + 10)


def _paragraph(pdf: Any, text: str) -> None:
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


# Letterhead and signature: two columns side by side.


def test_pdf_letterhead_is_set_apart_and_its_date_is_no_year() -> None:
    def draw(pdf: Any) -> None:
        _columns(pdf, *LETTERHEAD)
        _paragraph(pdf, BODY)
        _columns(pdf, ["Nơi nhận:", "- Lưu VT."], ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"])

    document = _read(_pdf(draw))
    assert document.lines == (BODY,)
    assert document.set_aside_pages == (1,) * 9
    assert document.set_aside == tuple(
        line
        for line in (
            *("TỈNH ỦY LONG AN", "*", "Số 123-KH/TU"),
            *("ĐẢNG CỘNG SẢN VIỆT NAM", "Long An, ngày 11 tháng 8 năm 2023"),
            *("Nơi nhận:", "- Lưu VT.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ"),
        )
    )
    data = extract_plan(document.text, "k.pdf").data
    assert [(claim["year"], claim["value"]) for claim in data["claims"]] == [(2024, 1000)]
    assert "number" not in data["plan"]  # "Số 123-KH/TU" was set apart with the rest


def test_pdf_letterhead_columns_on_other_baselines_are_set_apart() -> None:
    """The right column 2 mm lower: no line holds both, each line overlaps one beside it."""

    def draw(pdf: Any) -> None:
        _columns(pdf, *LETTERHEAD, lower=2.0)
        _paragraph(pdf, BODY)

    document = _read(_pdf(draw))
    assert document.lines == (BODY,)
    assert document.set_aside == (*LETTERHEAD[0], *filter(None, LETTERHEAD[1]))


def test_pdf_lines_on_other_baselines_naming_no_frame_are_read() -> None:
    def draw(pdf: Any) -> None:
        _columns(pdf, ["Sở Nội vụ", "Sở Tư pháp"], ["Sở Y tế", "Sở Xây dựng"], lower=2.0)
        _paragraph(pdf, BODY)

    document = _read(_pdf(draw))
    assert document.lines == ("Sở Nội vụ", "Sở Y tế", "Sở Tư pháp", "Sở Xây dựng", BODY)
    assert document.set_aside == ()


def test_pdf_columns_holding_a_figure_are_read_not_set_apart() -> None:
    """The twin: a block naming itself a frame but holding a figure is read as printed (the
    statement reader then says what it makes of it): no figure vanishes with a letterhead."""

    def draw(pdf: Any) -> None:
        _columns(pdf, ["Nơi nhận:", "- Lưu VT."], ["Cấp tỉnh: 2.589 biên chế"])
        _paragraph(pdf, BODY)

    document = _read(_pdf(draw))
    assert document.lines == ("Nơi nhận: Cấp tỉnh: 2.589 biên chế", "- Lưu VT.", BODY)
    assert document.set_aside == ()


def test_pdf_columns_naming_no_frame_are_read_as_printed() -> None:
    def draw(pdf: Any) -> None:
        _columns(pdf, ["Sở Nội vụ"], ["Sở Tư pháp"])
        _paragraph(pdf, BODY)

    assert _read(_pdf(draw)).lines == ("Sở Nội vụ Sở Tư pháp", BODY)


def test_a_frame_names_itself_and_holds_no_quantity() -> None:
    assert is_frame(["Nơi nhận:", "- Như Điều 3;", "- Lưu VT."])
    assert is_frame(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)"])
    assert not is_frame(["Nơi nhận:", "- 63 tỉnh, thành phố;"])
    assert not is_frame(["TỈNH ỦY LONG AN", "Số 123-KH/TU"])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["Nơi nhận:", "T/M ỦY BAN NHÂN DÂN", "(đã ký)", "*", "- Lưu VT."])),
    st.integers(0, 10**6),
    st.sampled_from(["biên chế", "người", "chỉ tiêu", "%", ""]),
)
def test_no_block_with_a_figure_is_a_frame(lines: list[str], figure: int, noun: str) -> None:
    figured = f"- Dự phòng {figure:,}".replace(",", ".") + f" {noun}".rstrip()
    assert not is_frame([*lines, "ĐẢNG CỘNG SẢN VIỆT NAM", figured])


def _word_columns(document: Any, left: list[str], right: list[str], style: str | None) -> None:
    table = new_table(document, document.element.body.sectPr, 1, 2)
    if style:
        table.style = style
    for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)


def _word(*, letterhead: tuple[list[str], list[str]], style: str | None = None) -> Any:
    from docx import Document

    document = Document()
    _word_columns(document, *letterhead, style)
    new_paragraph(document, document.element.body.sectPr).add_run(BODY)
    return document


def test_docx_borderless_letterhead_is_set_apart_row_for_row() -> None:
    document = _read(_word(letterhead=LETTERHEAD))
    assert document.lines == ("", BODY)  # one row: one line, empty, so line numbers hold
    assert document.set_aside == (
        "TỈNH ỦY LONG AN",
        "*",
        "Số 123-KH/TU",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Long An, ngày 11 tháng 8 năm 2023",
    )


def test_docx_ruled_or_figured_two_columns_stay_a_table() -> None:
    ruled = _read(_word(letterhead=LETTERHEAD, style="Table Grid"))
    assert ruled.lines[:2] == (
        "| TỈNH ỦY LONG AN * Số 123-KH/TU "
        "| ĐẢNG CỘNG SẢN VIỆT NAM Long An, ngày 11 tháng 8 năm 2023 |",
        "|---|---|",
    )
    figured = _read(_word(letterhead=(["Nơi nhận:"], ["Cấp tỉnh: 2.589 biên chế"])))
    assert figured.lines == ("| Nơi nhận: | Cấp tỉnh: 2.589 biên chế |", "|---|---|", BODY)
    assert ruled.set_aside == figured.set_aside == ()


def test_docx_grid_style_with_its_borders_taken_off_is_borderless() -> None:
    """Word writes a letterhead as "Table Grid" with every border set to none: borderless.
    Its twin keeps one border: a table."""
    from docx.oxml import parse_xml

    for sides, lines in (
        (("top", "start", "bottom", "end", "insideH", "insideV"), ("", BODY)),
        (("top", "start", "bottom", "end", "insideH"), None),
    ):
        document = _word(letterhead=LETTERHEAD, style="Table Grid")
        borders = "".join(f'<w:{side} w:val="nil"/>' for side in sides)
        document.tables[0]._tbl.tblPr.append(
            parse_xml(
                '<w:tblBorders xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
                f'2006/main">{borders}</w:tblBorders>'
            )
        )
        read = _read(document)
        assert read.lines == lines if lines else read.lines[1] == "|---|---|"


# Footnotes.


def _marked(pdf: Any, small: bool) -> None:
    pdf.write(6, "Tổng biên chế năm 2024 là 28.960")
    if small:
        pdf.set_font("DejaVu", size=7)
        pdf.char_vpos = "SUP"
    pdf.write(6, "1")
    pdf.char_vpos = "LINE"
    pdf.set_font("DejaVu", size=11)
    pdf.write(6, " biên chế.")
    pdf.ln(9)


def test_pdf_footnote_mark_after_a_figure_is_dropped() -> None:
    assert _read(_pdf(lambda pdf: _marked(pdf, small=True))).lines == (
        "Tổng biên chế năm 2024 là 28.960 biên chế.",
    )


def test_pdf_digit_in_the_text_size_is_read_as_printed() -> None:
    assert _read(_pdf(lambda pdf: _marked(pdf, small=False))).lines == (
        "Tổng biên chế năm 2024 là 28.9601 biên chế.",
    )


def _footnote(
    pdf: Any, rule: bool, text: str = "1 Theo Quyết định số 75-QĐ/BTCTW, có 12 biên chế dự phòng."
) -> None:
    _paragraph(pdf, BODY)
    pdf.set_y(-40)
    if rule:
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + 50, pdf.get_y())
    pdf.set_y(pdf.get_y() + 1)
    pdf.set_font("DejaVu", size=8)
    pdf.cell(0, 4, text)


def test_pdf_footnote_under_its_rule_is_set_apart() -> None:
    document = _read(_pdf(lambda pdf: _footnote(pdf, rule=True)))
    assert document.lines == (BODY,)
    assert document.set_aside == ("1 Theo Quyết định số 75-QĐ/BTCTW, có 12 biên chế dự phòng.",)


def test_pdf_small_text_without_a_rule_is_read() -> None:
    document = _read(_pdf(lambda pdf: _footnote(pdf, rule=False)))
    assert document.lines == (
        BODY,
        "1 Theo Quyết định số 75-QĐ/BTCTW, có 12 biên chế dự phòng.",
    )


def test_docx_superscript_footnote_mark_is_dropped_a_plain_digit_is_not() -> None:
    from docx import Document

    for superscript, expected in ((True, "28.960 biên chế."), (False, "28.9601 biên chế.")):
        document = Document()
        paragraph = new_paragraph(document, document.element.body.sectPr)
        paragraph.add_run("28.")
        paragraph.add_run("960").bold = True
        paragraph.add_run("1").font.superscript = superscript
        paragraph.add_run("\u00a0biên\tch\u00ade\u0302\u0301.")
        assert _read(document).lines == (expected,)


def test_clean_removes_what_typesetting_adds() -> None:
    assert clean("tinh gi\u00adản\u00a0biên\u200bchế") == "tinh giản biênchế"


# Running headers, page numbers, pages.


def _running(pdf: Any) -> None:
    if pdf.page_no() > 1:
        pdf.set_font("DejaVu", size=9)
        pdf.cell(0, 5, f"- {pdf.page_no()} -", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 5, "Kế hoạch số 123-KH/TU", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", size=11)
        pdf.ln(4)


LONG = "Năm 2024, biên chế của tỉnh là 1.000 biên chế, " + "giao cho các sở, ngành " * 10 + "."


def test_pdf_sentence_across_a_page_break_under_a_running_header_is_one_line() -> None:
    def draw(pdf: Any) -> None:
        pdf.set_y(pdf.h - 33)  # the paragraph's second line falls on page 2
        _paragraph(pdf, LONG)

    assert _read(_pdf(draw, header=_running)).lines == (LONG,)


def test_pdf_line_at_the_top_of_page_two_only_in_the_text_size_is_read() -> None:
    def draw(pdf: Any) -> None:
        _paragraph(pdf, BODY)
        pdf.add_page()
        _paragraph(pdf, "Kế hoạch số 123-KH/TU")
        _paragraph(pdf, "Sau đó.")

    assert _read(_pdf(draw)).lines == (BODY, "Kế hoạch số 123-KH/TU", "Sau đó.")


def test_pdf_small_line_at_the_top_of_page_two_where_text_stands_is_read() -> None:
    """In a smaller type too: where the first page's text begins, it is the text's."""

    def draw(pdf: Any) -> None:
        _paragraph(pdf, BODY)
        pdf.add_page()
        pdf.set_font("DejaVu", size=9)
        _paragraph(pdf, "Năm 2025")
        pdf.set_font("DejaVu", size=11)
        _paragraph(pdf, "Sau đó.")

    assert _read(_pdf(draw)).lines == (BODY, "Năm 2025", "Sau đó.")


def test_pdf_landscape_page_measures_its_own_margin() -> None:
    def draw(pdf: Any) -> None:
        _paragraph(pdf, LONG)
        pdf.add_page(orientation="L")
        _paragraph(pdf, LONG + " " + LONG)

    assert _read(_pdf(draw)).lines == (LONG, LONG + " " + LONG)


def _table(pdf: Any, rows: list[list[str]], headings: int) -> None:
    pdf.set_font("DejaVu", size=9)
    with pdf.table(repeat_headings=int(headings > 0), num_heading_rows=max(headings, 1)) as table:
        for row in rows:
            printed = table.row()
            for cell in row:
                printed.cell(cell)


HEADER = [["Đơn vị", "Biên chế", ""], ["", "Năm 2024", "Năm 2025"]]
ROWS = [[f"Đơn vị {n}", str(n), str(n + 1)] for n in range(1, 71)]


def test_pdf_table_across_pages_under_a_repeated_two_row_header_is_one_table() -> None:
    document = _read(_pdf(lambda pdf: _table(pdf, HEADER + ROWS, headings=2)))
    assert document.lines == (
        "| Đơn vị | Biên chế | |",
        "|---|---|---|",
        "| | Năm 2024 | Năm 2025 |",
        *(f"| Đơn vị {n} | {n} | {n + 1} |" for n in range(1, 71)),
    )
    assert document.pages is not None and document.pages[-1] == 2


def test_pdf_table_across_pages_without_a_repeated_header_keeps_every_row() -> None:
    document = _read(_pdf(lambda pdf: _table(pdf, HEADER[1:] + ROWS, headings=0)))
    assert document.lines == (
        "| | Năm 2024 | Năm 2025 |",
        "|---|---|---|",
        *(f"| Đơn vị {n} | {n} | {n + 1} |" for n in range(1, 71)),
    )


def _refusal(data: bytes) -> str:
    with pytest.raises(LoadError) as caught:
        document_lines(data, "k.pdf")
    (problem,) = caught.value.problems
    assert (problem.path, problem.line, problem.column) == ("k.pdf", 1, 1)
    assert problem.message_en and problem.message_en != problem.message_vi
    return problem.message_vi


def test_pdf_table_going_on_with_other_columns_is_refused() -> None:
    def draw(pdf: Any) -> None:
        _table(pdf, [["Đơn vị", "Năm 2024", "Năm 2025"], ["Sở Nội vụ", "100", "98"]], 1)
        pdf.add_page()
        _table(pdf, [["Sở Tư pháp", "95"], ["Tổng", "195"]], 0)

    message = _refusal(bytes(_pdf(draw).output()))
    assert message.startswith("trang 2: bảng ở đầu trang nối tiếp bảng cuối trang 1")
    assert "có 2 cột, bảng trước có 3 cột" in message


def _scan(pdf: Any) -> None:
    from PIL import Image

    scan = io.BytesIO()
    Image.new("L", (200, 280), color=200).save(scan, format="PNG")
    pdf.image(scan, x=10, y=40, w=100)


def test_pdf_page_of_images_only_among_text_is_refused() -> None:
    def draw(pdf: Any) -> None:
        _paragraph(pdf, BODY)
        pdf.add_page()
        _scan(pdf)

    message = _refusal(bytes(_pdf(draw).output()))
    assert message.startswith("trang 2 của tệp PDF chỉ có ảnh, không có chữ")


def test_pdf_page_with_an_image_and_text_is_read() -> None:
    def draw(pdf: Any) -> None:
        _paragraph(pdf, BODY)
        pdf.add_page()
        _paragraph(pdf, "Con dấu và chữ ký.")
        _scan(pdf)

    assert _read(_pdf(draw)).lines == (BODY, "Con dấu và chữ ký.")


def test_the_reader_lists_what_it_set_apart(tmp_path: Path, capsys: Any) -> None:
    from lotrinh.extract.reader import main

    path = tmp_path / "k.pdf"
    path.write_bytes(
        bytes(_pdf(lambda pdf: (_columns(pdf, *LETTERHEAD), _paragraph(pdf, BODY))).output())
    )
    assert main([str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"1 (trang 1)\t{BODY}\n\nĐể riêng, không đọc")
    assert "\t(trang 1) Long An, ngày 11 tháng 8 năm 2023\n" in out


def test_docx_text_box_is_listed_once_not_read() -> None:
    """A text box is drawn, not part of the text: listed as set apart (Word writes it as
    DrawingML and again as a VML fallback), its figure never read."""
    from docx import Document
    from docx.oxml import parse_xml

    document = Document()
    paragraph = new_paragraph(document, document.element.body.sectPr)
    paragraph.add_run(BODY)
    box = "<w:txbxContent><w:p><w:r><w:t>Dự phòng: 12 biên chế</w:t></w:r></w:p></w:txbxContent>"
    paragraph._p.append(
        parse_xml(
            '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
            ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
            ' xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice>'
            f"<w:drawing>{box}</w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>"
            f"{box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        )
    )
    read = _read(document)
    assert read.lines == (BODY,)
    assert read.set_aside == ("Dự phòng: 12 biên chế",)


def test_a_footnote_with_a_figure_is_said_not_checked(tmp_path: Path) -> None:
    """Set apart, a footnote's figure is not read: `lotrinh check` says so in a note; its
    twin, a footnote citing a decision, is not worth one."""
    from lotrinh.sources import load_any

    path = tmp_path / "k.pdf"
    path.write_bytes(bytes(_pdf(lambda pdf: _footnote(pdf, rule=True)).output()))
    (note,) = load_any(path).notes
    assert (note.path, note.line, note.column) == (str(path), 1, 1)
    assert note.message_vi.startswith("trang 1: phần để riêng (chú thích, hộp văn bản) có số")
    assert note.message_en.endswith("«1 Theo Quyết định số 75-QĐ/BTCTW, có 12 biên chế dự phòng.»")
    cited = "1 Theo Quyết định số 75-QĐ/BTCTW ngày 28/9/2022."
    path.write_bytes(bytes(_pdf(lambda pdf: _footnote(pdf, rule=True, text=cited)).output()))
    assert load_any(path).notes == ()
