"""Plan text rendered as Vietnamese offices publish it, to .docx and PDF, for tests.

`render_documents` prints a text plainly; this prints the same text with what a published
Kế hoạch, Nghị quyết or Quyết định carries around it, each a trap for a reader:
- the letterhead, two columns side by side: the issuer, "*" and "Số 123-KH/TU" on the left,
  the national or Party motto and "Long An, ngày 11 tháng 8 năm 2023" on the right (in Word a
  borderless table of two columns; in the PDF two text columns on the same lines);
- the closing block, "Nơi nhận:" and its list on the left, the signer on the right;
- a running header from page 2 and page numbers, at the top ("- 2 -") or at the bottom
  ("Trang 2/5");
- a footnote mark right after the first figure of the first paragraph holding one (a
  superscript "1" that must not make 28.960 read as 289.601), and its footnote;
- a figure's thousands split between a bold and a plain run, a no-break space between a
  figure and its noun, a soft hyphen inside a word (in Word);
- tables with their header row repeated on every page, figures right-aligned, a table of
  five columns or more on a landscape page.

None of this is in the text, so a reader that sets the layout apart reads the published form
as it reads the text: that is what tests/test_documents_published.py checks. Which traps a
document gets is drawn from a seed, so a test names its example by the seed.
"""

from __future__ import annotations

import html
import io
import random
import re
from dataclasses import dataclass
from typing import Any

from tests.render_documents import (
    add_fonts,
    blocks,
    new_paragraph,
    new_table,
    print_table,
    word_table,
)

_HEADING = re.compile(r"(#{1,6})\s+(.*)")
_EMPHASIS = re.compile(r"\*\*|__")
_FIGURE = re.compile(r"(?<![\d.,/])(\d{1,3}\.)(\d{3})(?![\d,/]|\.\d)")
"""A figure with a thousands dot, whose "28." a bold run may hold apart from its "960"."""
_FIGURE_NOUN = re.compile(r"(?<=\d) (?=biên chế|người|chỉ tiêu)")
FOOTNOTE = "Số liệu theo Quyết định số 75-QĐ/BTCTW ngày 28/9/2022 của Ban Tổ chức Trung ương."
_RUNNING = "Kế hoạch số 123-KH/TU ngày 11/8/2023 của Ban Thường vụ Tỉnh ủy"


@dataclass(frozen=True)
class Publication:
    """The published form's choices: which letterhead, where the page numbers are."""

    party: bool
    """The Party's letterhead (ĐẢNG CỘNG SẢN VIỆT NAM), else the State's (CỘNG HÒA ...)."""
    numbers_at_top: bool
    landscape: bool
    """Tables of five columns or more on a landscape page."""
    size: int = 13
    """The text's size in points: 13 or 14, as Nghị định 30/2020/NĐ-CP allows."""
    offset: float = 0.0
    """How much lower than the left column the right one is printed, in mm: the two columns
    of a letterhead need not share baselines."""

    @classmethod
    def drawn(cls, seed: int) -> Publication:
        draw = random.Random(seed)
        return cls(
            draw.random() < 0.5,
            draw.random() < 0.5,
            draw.random() < 0.5,
            draw.choice((13, 14)),
            draw.choice((0.0, 0.8, 1.6)),
        )

    def letterhead(self) -> tuple[list[str], list[str]]:
        if self.party:
            return (
                ["TỈNH ỦY LONG AN", "*", "Số 123-KH/TU"],
                ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Long An, ngày 11 tháng 8 năm 2023"],
            )
        return (
            ["ỦY BAN NHÂN DÂN", "TỈNH LONG AN", "Số: 45/2023/QĐ-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Long An, ngày 11 tháng 8 năm 2023",
            ],
        )

    def closing(self) -> tuple[list[str], list[str]]:
        signer = (
            ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"] if self.party else ["T/M ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
        )
        return (
            ["Nơi nhận:", "- Ban Tổ chức Trung ương;", "- Như Điều 3;", "- Lưu VT."],
            [*signer, "(đã ký)", "", "Nguyễn Văn A"],
        )


def _plain(text: str) -> str:
    return _EMPHASIS.sub("", text)


def _footnoted(block: str) -> int | None:
    """Where a footnote mark goes in a paragraph: right after its first figure."""
    match = _FIGURE.search(block) if not _HEADING.fullmatch(block) else None
    return match.end() if match else None


def has_footnote(text: str) -> bool:
    """Whether the text's published form carries a footnote (a paragraph holds a figure)."""
    return any(
        isinstance(block, str) and block.strip() and _footnoted(_plain(block)) is not None
        for block in blocks(text)
    )


# --------------------------------------------------------------------------------- Word


def docx_bytes(text: str, seed: int = 0) -> bytes:
    """The text as a published Word document (see the module's documentation)."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    form = Publication.drawn(seed)
    document = Document()
    end = document.element.body.sectPr
    _docx_columns(document, end, *form.letterhead())
    new_paragraph(document, end)
    marked = False
    last: Any = None
    for block in blocks(text):
        if isinstance(block, str):
            heading = _HEADING.fullmatch(block)
            paragraph = new_paragraph(document, end)
            last = paragraph
            if heading:
                paragraph.style = f"Heading {len(heading.group(1))}"
                paragraph.add_run(_plain(heading.group(2)))
                continue
            plain = _FIGURE_NOUN.sub("\u00a0", _plain(block)).replace(
                "tinh giản", "tinh gi\u00adản"
            )
            mark = None if marked else _footnoted(plain)
            figure = _FIGURE.search(plain)
            if mark is not None:
                marked = True
                paragraph.add_run(plain[:mark])
                sup = paragraph.add_run("1")
                sup.font.superscript = True
                reference = OxmlElement("w:r")
                reference.append(OxmlElement("w:footnoteReference", {qn("w:id"): "1"}))
                paragraph._p.append(reference)
                paragraph.add_run(plain[mark:])
            elif figure:
                paragraph.add_run(plain[: figure.start()])
                paragraph.add_run(figure.group(1)).bold = True
                paragraph.add_run(plain[figure.start(2) :])
            else:
                paragraph.add_run(plain.replace(": ", ":\t", 1) if plain.startswith("-") else plain)
            continue
        if form.landscape and len(block[0]) >= 5 and last is not None:
            _docx_landscape(last._p, end, WD_ORIENT)
        word_table(document, end, block, align_figures=True)
    new_paragraph(document, end)
    _docx_columns(document, end, *form.closing())
    if marked:
        _docx_footnote(document, FOOTNOTE)
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = _RUNNING
    footer = section.footer.paragraphs[0]
    footer.add_run("Trang ")
    field = OxmlElement("w:fldSimple", {qn("w:instr"): "PAGE"})
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "2"
    run.append(t)
    field.append(run)
    footer._p.append(field)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_footnote(document: Any, text: str) -> None:
    """Word's footnotes part, with Word's separator and the note of mark 1."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    xml = (
        f'<w:footnotes xmlns:w="{_W}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
        f'</w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {html.escape(text)}'
        "</w:t></w:r></w:p></w:footnote></w:footnotes>"
    )
    content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    part = Part(PackURI("/word/footnotes.xml"), content_type, xml.encode(), document.part.package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)


def _docx_columns(document: Any, end: Any, left: list[str], right: list[str]) -> None:
    """A borderless table of one row and two cells, a paragraph a line, as offices set the
    letterhead and the signature."""
    table = new_table(document, end, 1, 2)
    for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)


def _docx_landscape(p: Any, end: Any, orient: Any) -> None:
    """End the section at paragraph `p` and turn the pages after it to landscape, as Word
    does for a wide table: the section before keeps the body's portrait properties."""
    import copy

    portrait = copy.deepcopy(end)
    p.get_or_add_pPr().append(portrait)
    from docx.section import Section

    section = Section(end, None)  # type: ignore[arg-type]
    section.orientation = orient.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width


# ---------------------------------------------------------------------------------- PDF


def pdf_bytes(text: str, seed: int = 0) -> bytes:
    """The text printed as a published PDF (see the module's documentation)."""
    from fpdf import FPDF

    form = Publication.drawn(seed)
    notes: dict[int, str] = {}

    class _Published(FPDF):
        def header(self) -> None:
            if self.page_no() == 1:
                return
            self.set_font("DejaVu", size=9)
            if form.numbers_at_top:
                self.cell(0, 5, f"- {self.page_no()} -", align="C", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 5, _RUNNING, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self) -> None:
            if self.page_no() in notes:
                self.set_y(-32)
                self.line(self.l_margin, self.get_y(), self.l_margin + 50, self.get_y())
                self.set_y(self.get_y() + 1)
                self.set_font("DejaVu", size=6)
                self.char_vpos = "SUP"
                self.write(4, "1")
                self.char_vpos = "LINE"
                self.set_font("DejaVu", size=8)
                self.write(4, notes[self.page_no()])
            if not form.numbers_at_top:
                self.set_y(-15)
                self.set_font("DejaVu", size=9)
                self.cell(0, 6, f"Trang {self.page_no()}/{{nb}}", align="C")

    pdf = _Published(format="A4")
    # Nghị định 30/2020/NĐ-CP, Phụ lục I: 13-14 pt text, margins 30-35 mm on the left and
    # 15-20 mm on the right; so a plan of a page and a half in the text runs to three.
    pdf.set_margins(left=30, top=20, right=15)
    add_fonts(pdf)
    pdf.set_auto_page_break(True, margin=36)
    pdf.add_page()
    _pdf_columns(pdf, *form.letterhead(), offset=form.offset)
    pdf.ln(8)
    marked = False
    for block in blocks(text):
        pdf.set_font("DejaVu", size=form.size)
        if isinstance(block, str):
            if block.strip():
                plain = _FIGURE_NOUN.sub("\u00a0", _plain(block).strip())
                mark = None if marked else _footnoted(plain)
                pdf.set_x(pdf.l_margin)
                if mark is not None:
                    marked = True
                    pdf.write_html(
                        f'<p align="justify" line-height="1.4">{html.escape(plain[:mark])}'
                        f"<sup>1</sup>{html.escape(plain[mark:])}</p>"
                    )
                    notes[pdf.page_no()] = FOOTNOTE
                elif not any(m in plain for m in (*pdf.MARKDOWN_MARKERS, "\\")):
                    bolded = _FIGURE.sub(r"**\1**\2", plain)
                    pdf.multi_cell(
                        0, form.size / 2, bolded, markdown=True, new_x="LMARGIN", new_y="NEXT"
                    )
                else:
                    pdf.multi_cell(0, form.size / 2, plain, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)
            continue
        wide = form.landscape and len(block[0]) >= 5
        if wide:
            pdf.add_page(orientation="L")
        print_table(pdf, block, published=True)
        if wide:
            pdf.add_page(orientation="P")
    if pdf.get_y() > pdf.h - 90:
        pdf.add_page()
    pdf.ln(6)
    _pdf_columns(pdf, *form.closing(), offset=form.offset)
    return bytes(pdf.output())


def _pdf_columns(pdf: Any, left: list[str], right: list[str], offset: float = 0.0) -> None:
    """Two columns of centred lines side by side, as a letterhead is printed; the right one
    `offset` mm lower."""
    top = pdf.get_y()
    room = pdf.w - pdf.l_margin - pdf.r_margin
    for lines, x, width, lower in (
        (left, pdf.l_margin, 0.36 * room, 0.0),
        (right, pdf.l_margin + 0.38 * room, 0.62 * room, offset),
    ):
        pdf.set_xy(x, top + lower)
        for index, line in enumerate(lines):
            pdf.set_font("DejaVu", style="B" if index < 2 else "", size=10)
            pdf.set_x(x)
            pdf.cell(width, 6, line, align="C", new_x="LEFT", new_y="NEXT")
    pdf.set_xy(pdf.l_margin, top + offset + 6 * max(len(left), len(right)))
