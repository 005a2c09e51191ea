"""Markdown-ish plan text rendered to .docx and PDF, for tests that read them back.

Fixtures are built here from text instead of committed as binaries. The rendering is what a
person does in Word: a `#` line becomes a heading, a pipe table a Word table (header row
marked as such; a blank cell merged into its neighbour, as people merge "Tổng cộng" across
columns or a group label down its rows), every other line one paragraph (an empty line an
empty paragraph). The PDF is printed from the same lines with a Unicode TTF font: paragraphs
wrap at the margin, tables are ruled, pages are numbered in the footer.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lotrinh.extract.pipetable import is_separator, split_row

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
"""Debian's fonts-dejavu-core (installed by .ci/run): DejaVu Sans has every Vietnamese glyph."""

_HEADING = re.compile(r"(#{1,6})\s+(.*)")
_EMPHASIS = re.compile(r"\*\*|__")
_FIGURE_CELL = re.compile(r"[-+]?\d[\d.,]*%?")

Block = str | list[list[str]]
"""A line of text, or a table's rows (header first)."""


def blocks(text: str) -> Iterator[Block]:
    """The text's lines, a pipe table (header, separator, rows) gathered into one block."""
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        header = split_row(lines[index])
        rule = split_row(lines[index + 1]) if header and index + 1 < len(lines) else None
        if header is None or rule is None or not is_separator(rule):
            yield lines[index]
            index += 1
            continue
        rows = [header]
        index += 2
        while index < len(lines) and (row := split_row(lines[index])) is not None:
            rows.append(row)
            index += 1
        width = max(len(row) for row in rows)
        yield [row + [""] * (width - len(row)) for row in rows]


def docx_bytes(text: str, *, merge_blanks: bool = True) -> bytes:
    """The text as a Word document (see the module's documentation)."""
    from docx import Document

    document = Document()
    end = document.element.body.sectPr
    for block in blocks(text):
        if isinstance(block, str):
            heading = _HEADING.fullmatch(block)
            paragraph = new_paragraph(document, end)
            if heading:
                paragraph.style = f"Heading {len(heading.group(1))}"
                paragraph.add_run(_plain(heading.group(2)))
            else:
                for index, piece in enumerate(block.split("**")):
                    paragraph.add_run(piece.replace("__", "")).bold = index % 2 == 1
            continue
        word_table(document, end, block, merge_blanks=merge_blanks)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def word_table(
    document: Any,
    end: Any,
    block: list[list[str]],
    *,
    merge_blanks: bool = True,
    align_figures: bool = False,
) -> Any:
    """A ruled Word table of the block's rows before `end`, its first row marked to repeat as
    the header on every page; figures right-aligned if `align_figures`."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement

    table = new_table(document, end, len(block), len(block[0]))
    table.style = "Table Grid"
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for r, row in enumerate(block):
        for c, cell in enumerate(row):
            table.cell(r, c).text = _plain(cell)
            if align_figures and r and _FIGURE_CELL.fullmatch(cell.strip()):
                table.cell(r, c).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if merge_blanks:
        _merge_blanks(table, block)
    return table


def new_paragraph(document: Any, end: Any) -> Any:
    """A paragraph before `end`, the body's section properties. python-docx's add_paragraph
    looks for them from the start of the body each time: quadratic for a long document."""
    from docx.oxml import OxmlElement
    from docx.text.paragraph import Paragraph

    p = OxmlElement("w:p")
    end.addprevious(p)
    return Paragraph(p, document._body)


def new_table(document: Any, end: Any, rows: int, columns: int) -> Any:
    """A table before `end` (see `new_paragraph`)."""
    from docx.oxml.table import CT_Tbl
    from docx.table import Table

    tbl = CT_Tbl.new_tbl(rows, columns, document._block_width)
    end.addprevious(tbl)
    return Table(tbl, document._body)


def merges(rows: list[list[str]]) -> dict[tuple[int, int], tuple[int, int]]:
    """(row, column) of each merged cell's first grid cell → (rows, columns) it covers.

    A blank cell after a filled one in its row joins it (gridSpan); a blank cell of the first
    column joins the filled one above (vMerge). The header row is left alone.
    """
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for r, row in enumerate(rows[1:], start=1):
        c = 0
        while c < len(row):
            end = c + 1
            while row[c] and end < len(row) and not row[end]:
                end += 1
            if end - c > 1:
                spans[(r, c)] = (1, end - c)
            c = end
    top = None
    for r, row in enumerate(rows[1:], start=1):
        if row[0] or len(row) == 1 or (r, 0) in spans:
            top = r
        elif top is not None:
            height, width = spans.get((top, 0), (1, 1))
            if width == 1:
                spans[(top, 0)] = (height + 1, 1)
            else:
                top = None
    return spans


def _merge_blanks(table: object, rows: list[list[str]]) -> None:
    for (r, c), (height, width) in merges(rows).items():
        table.cell(r, c).merge(table.cell(r + height - 1, c + width - 1))  # type: ignore[attr-defined]


def pdf_bytes(
    text: str, *, header: str | None = None, page_numbers: bool = True, width: float = 0
) -> bytes:
    """The text printed to PDF (see the module's documentation); `header` is printed at the
    top of every page."""
    from fpdf import FPDF

    class _Printed(FPDF):
        def header(self) -> None:
            if header:
                self.set_font("DejaVu", size=9)
                self.cell(0, 6, header, align="C", new_x="LMARGIN", new_y="NEXT")
                self.ln(4)

        def footer(self) -> None:
            if page_numbers:
                self.set_y(-15)
                self.set_font("DejaVu", size=9)
                self.cell(0, 6, f"Trang {self.page_no()}", align="C")

    pdf = _Printed(format="A4")
    add_fonts(pdf)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for block in blocks(text):
        pdf.set_font("DejaVu", size=11)
        if isinstance(block, str):
            if block.strip():
                pdf.set_x(pdf.l_margin)
                pdf.multi_cell(width, 6, _plain(block).strip(), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)  # the space after a paragraph, as Word's "Normal" style sets
            continue
        print_table(pdf, block)
    return bytes(pdf.output())


def add_fonts(pdf: Any) -> None:
    """DejaVu Sans, plain and bold, as "DejaVu"."""
    pdf.add_font("DejaVu", fname=str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", style="B", fname=str(FONT_DIR / "DejaVuSans-Bold.ttf"))


def print_table(pdf: Any, block: list[list[str]], *, published: bool = False) -> None:
    """The block as a ruled table, merged cells as `merges` says; `published`: its header
    row printed again on every page, figures right-aligned."""
    pdf.set_font("DejaVu", size=9)
    spans = merges(block)
    covered = {
        (r + dr, c + dc)
        for (r, c), (height, width) in spans.items()
        for dr in range(height)
        for dc in range(width)
        if dr or dc
    }
    with pdf.table(text_align="LEFT", repeat_headings=int(published)) as table:
        for r, row in enumerate(block):
            printed = table.row()
            for c, cell in enumerate(row):
                if (r, c) not in covered:
                    down, across = spans.get((r, c), (1, 1))
                    right = published and r and _FIGURE_CELL.fullmatch(cell.strip())
                    align = "RIGHT" if right else "LEFT"
                    printed.cell(_plain(cell), rowspan=down, colspan=across, align=align)
    pdf.ln(2)


def _plain(text: str) -> str:
    return _EMPHASIS.sub("", text)
