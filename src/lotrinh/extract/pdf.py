"""A PDF with a text layer to lines, read with pdfplumber.

Plans are usually published as PDF. pdfplumber (on pdfminer.six) gives every character with
its position and finds tables from their ruling lines, which is what this needs; it is pure
Python, maintained, and reads the ToUnicode maps that Vietnamese fonts rely on.

What the lines are:
- per page, in reading order (top to bottom), the text lines outside tables and, in place of
  each table, its rows as Markdown pipe rows (`pipetable`), header row first, then `|---|`;
  a ruled frame of one column is layout, its text read as lines;
  a table that goes on at the top of the next page is one table (a repeated header row is
  dropped);
- a line that wrapped because the next word did not fit is joined to the next one (a line
  ending with . ; : ! ? or followed by a bullet or an item number never is), so a paragraph
  is one line as in the .docx or .txt it was printed from; blank lines do not exist in a PDF;
- a header or footer identical on every page, and a page number, are dropped;
- text is NFC-normalised, so Vietnamese diacritics compare as typed.

A line's number is its place in that text ("dòng N của văn bản trích từ PDF"); `PdfLine.page`
keeps the page it came from. A PDF without a text layer (a scan), an encrypted or damaged one,
or one whose fonts have no Unicode map is refused with a message naming the file; so is one
that asks for more work than its allowed size warrants (a bomb, see `pdflimits`).
"""

from __future__ import annotations

import dataclasses
import io
import itertools
import logging
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from lotrinh.extract.pipetable import cell_text, table_lines
from lotrinh.extract.refusal import damaged, refused
from lotrinh.extract.result import ExtractError
from lotrinh.loading.decode import DEFAULT_MAX_BYTES
from lotrinh.numbers import Lang, format_count

# pdfminer and pdfplumber log what they skip or repair, and with no handler configured Python
# prints each record on stderr: English, unlocated, quoting the file's own bytes. What matters
# is refused with a located message; the rest is theirs to log to whoever configures logging.
for _library in ("pdfminer", "pdfplumber"):
    logging.getLogger(_library).addHandler(logging.NullHandler())

MAX_PAGES = 2_000
"""Far more than any plan; each page costs pdfplumber tens of milliseconds."""

_SENTENCE_END = (".", ";", ":", "!", "?")
_ITEM_START = re.compile(
    r"(?:[-+•–—*]\s|[a-zđ]\)\s|[IVX]{1,4}\.\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|Điều\s+\d|#)"
)
_PAGE_NUMBER = re.compile(r"\W*(?:trang|page)?\s*(\d{1,4})(?:\s*/\s*\d{1,4})?\W*", re.IGNORECASE)
_PARAGRAPH_GAP = 2.0
"""Points of extra space that set a paragraph apart from the lines of the one before."""
_LINE_GAP_MAX = 1.0
"""No paragraph sets its lines further apart than their height (double spacing): a larger gap
is between paragraphs, even where no paragraph has two lines to compare with."""
_WORD_GAP = 0.1
"""A gap wider than this fraction of the font size between two characters is a space."""
_HEADER_DEPTH = 3
"""At most this many lines at the top (and at the bottom) of a page can be a running header."""


@dataclass(frozen=True)
class PdfLine:
    """One line of the text read from a PDF, with its 1-based page."""

    text: str
    page: int


@dataclass
class _Text:
    text: str
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    page_width: float
    first_word: float
    """The width of the line's first word: would it have fitted at the end of the line
    before?"""


@dataclass
class _Table:
    rows: list[list[str]]
    page: int
    top: float
    bottom: float
    pages: list[int]


_Item = _Text | _Table


def pdf_lines(data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> list[PdfLine]:
    """The lines of the PDF in `data` (see the module's documentation), read within the
    limits `pdflimits` sets for a file allowed `max_bytes`."""
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    from lotrinh.extract.pdflimits import PdfLimit, bounded

    with bounded(max_bytes):
        try:
            try:
                document = pdfplumber.open(io.BytesIO(data))
            except PdfminerException as exc:
                raise _open_refusal(name, exc) from None
            except Exception as exc:  # pdfminer reports damage through many types
                raise damaged(name, "PDF", exc) from None
            with document:
                pages = _pages(document, name)
        except PdfLimit as limit:
            raise refused(name, limit.vi, limit.en) from None
    return _lines(pages, name)


def _bounded_pages(document: Any) -> list[Any]:
    """The document's pages as `BoundedPage`s, at most one past `MAX_PAGES`: a page tree can
    name far more pages than the file holds bytes for."""
    from pdfminer.pdfpage import PDFPage

    from lotrinh.extract.pdflimits import BoundedPage

    found = itertools.islice(PDFPage.create_pages(document.doc), MAX_PAGES + 1)
    return [BoundedPage(document, page, page_number=n) for n, page in enumerate(found, start=1)]


def _pages(document: Any, name: str) -> list[list[_Item]]:
    try:
        all_pages = _bounded_pages(document)
    except Exception as exc:
        raise damaged(name, "PDF", exc) from None
    count = len(all_pages)
    if count == 0:
        raise refused(name, "tệp PDF không có trang nào", "the PDF has no pages")
    if count > MAX_PAGES:
        raise refused(
            name,
            f"tệp PDF có hơn {format_count(MAX_PAGES)} trang, quá giới hạn",
            f"the PDF has more than {format_count(MAX_PAGES, Lang.EN)} pages, the limit",
        )
    pages: list[list[_Item]] = []
    images = 0
    for number, page in enumerate(all_pages, start=1):
        try:
            items, has_image = _page_items(page, number)
        except Exception as exc:
            raise damaged(name, "PDF", exc, f"trang {number}: ", f"page {number}: ") from None
        finally:
            page.close()  # pdfplumber caches each page's objects until closed
        images += has_image
        pages.append(items)
    if not any(pages):
        if images:
            raise refused(
                name,
                "tệp PDF không có lớp văn bản (có lẽ là bản quét, chỉ có ảnh): hãy dùng bản PDF "
                "gốc xuất từ Word, hoặc nhận dạng chữ (OCR) rồi lưu thành .docx/.txt",
                "the PDF has no text layer (probably a scan, images only): use the PDF exported "
                "from Word, or recognise the text (OCR) and save it as .docx/.txt",
            )
        raise refused(name, "tệp PDF không có chữ nào", "the PDF holds no text")
    return pages


def _page_items(page: Any, number: int) -> tuple[list[_Item], bool]:
    """A page's text lines and tables, top to bottom; and whether it holds an image."""
    items: list[_Item] = []
    text_page = page
    for table in page.find_tables():
        rows = [[cell_text(_nfc(cell or "")) for cell in row] for row in table.extract()]
        # A frame of one column is layout (a boxed paragraph), as in a .docx: its text is read
        # as lines.
        if any(any(row) for row in rows) and max(len(row) for row in rows) > 1:
            _, top, _, bottom = table.bbox
            items.append(_Table(rows, number, top, bottom, [number] * len(rows)))
            text_page = text_page.outside_bbox(table.bbox, strict=False)
    for line in text_page.extract_text_lines(return_chars=True, strip=True):
        text = _nfc(line["text"])
        if text.strip():
            items.append(
                _Text(
                    text,
                    number,
                    line["top"],
                    line["bottom"],
                    line["x0"],
                    line["x1"],
                    float(page.width),
                    _first_word(line),
                )
            )
    items.sort(key=lambda item: item.top)
    return items, bool(page.images)


def _first_word(line: dict[str, Any]) -> float:
    """The width of the line's first word. A PDF need not hold its spaces as characters, so
    the word ends at a space or at a gap between two characters."""
    chars = line["chars"]
    if not chars:
        return 0.0
    end = chars[0]["x1"]
    for char in chars[1:]:
        if char["text"].isspace() or char["x0"] - end > _WORD_GAP * char["size"]:
            break
        end = max(end, char["x1"])
    return float(end - chars[0]["x0"])


def _lines(pages: list[list[_Item]], name: str) -> list[PdfLine]:
    _drop_running_lines(pages)
    items = [item for page in pages for item in page]
    wrap = _Wrapping.measure(items)
    out: list[PdfLine] = []
    previous: _Item | None = None
    for item in items:
        if isinstance(item, _Text):
            if "(cid:" in item.text:
                raise refused(
                    name,
                    f"trang {item.page}: phông chữ của tệp PDF không có bảng mã Unicode, chữ "
                    "trích ra không đọc được: hãy xuất lại PDF từ Word hoặc dùng tệp .docx",
                    f"page {item.page}: the PDF's fonts have no Unicode map, the text cannot be "
                    "read: export the PDF again from Word or use the .docx",
                )
            if isinstance(previous, _Text) and wrap.goes_on(previous, item):
                out[-1] = PdfLine(f"{out[-1].text} {item.text}", out[-1].page)
                previous = dataclasses.replace(item, text=out[-1].text)
                continue
            out.append(PdfLine(item.text, item.page))
        else:
            if isinstance(previous, _Table) and _continues(previous, item):
                rows = item.rows[1:] if item.rows[0] == previous.rows[0] else item.rows
                rows_pages = item.pages[len(item.rows) - len(rows) :]
                del out[-len(previous.rows) - 1 :]
                item = _Table(previous.rows + rows, previous.page, item.top, item.bottom,
                              previous.pages + rows_pages)  # fmt: skip
            lines = table_lines(item.rows)
            row_pages = item.pages[:1] + item.pages[:1] + item.pages[1:]
            out.extend(PdfLine(line, page) for line, page in zip(lines, row_pages, strict=True))
        previous = item
    return out


@dataclass(frozen=True)
class _Wrapping:
    """How the document's lines are laid out: where they stop on the right, the gap between
    the lines of one paragraph, and whether paragraphs are set apart by a larger gap."""

    right: float
    line_gap: float
    spaced: bool

    @classmethod
    def measure(cls, items: list[_Item]) -> _Wrapping:
        texts = [item for item in items if isinstance(item, _Text)]
        gaps = [
            round(line.top - before.bottom, 1)
            for before, line in itertools.pairwise(items)
            if isinstance(before, _Text)
            and isinstance(line, _Text)
            and line.page == before.page
            and line.top > before.bottom
        ]
        line_gap = min(gaps, default=0.0)
        # Lines stop short of the right margin, so the longest line alone would put the
        # margin too far left when no line wrapped; official documents keep a right margin no
        # wider than the left one, which bounds it from the other side.
        mirrored = min((item.page_width - item.x0 for item in texts), default=0.0)
        return cls(
            right=max([item.x1 for item in texts] + [mirrored]),
            line_gap=line_gap,
            spaced=any(gap > line_gap + _PARAGRAPH_GAP for gap in gaps),
        )

    def goes_on(self, previous: _Text, line: _Text) -> bool:
        """Whether `line` continues `previous`'s paragraph: the previous line stopped because
        this line's first word did not fit after it, and no paragraph gap lies between them
        (wider than the gap inside paragraphs, or than a line's height).
        In a document that sets no gap between paragraphs, a line ending a sentence is taken
        to end its paragraph and a line starting an item (-, +, a), 1., Điều 2) to start one."""
        gap = line.top - previous.bottom
        height = previous.bottom - previous.top
        if line.page == previous.page and (
            gap > self.line_gap + _PARAGRAPH_GAP or gap > _LINE_GAP_MAX * height
        ):
            return False
        space = height / 4
        if previous.x1 + space + line.first_word <= self.right:
            return False
        return self.spaced or not (
            previous.text.endswith(_SENTENCE_END) or _ITEM_START.match(line.text)
        )


def _continues(previous: _Table, table: _Table) -> bool:
    """A table at the top of a page going on from one at the bottom of the page before."""
    return (
        table.page == previous.pages[-1] + 1
        and table.rows != []
        and len(table.rows[0]) == len(previous.rows[0])
    )


def _drop_running_lines(pages: list[list[_Item]]) -> None:
    """Remove page headers and footers: a line identical at the same place on every page (two
    pages or more), and a page's own number at its top or bottom."""
    if len(pages) > 1:
        for _ in range(_HEADER_DEPTH):
            firsts = {_text_of(page[0]) if page else None for page in pages}
            if len(firsts) != 1 or None in firsts:
                break
            for page in pages:
                del page[0]
        for _ in range(_HEADER_DEPTH):
            lasts = {_text_of(page[-1]) if page else None for page in pages}
            if len(lasts) != 1 or None in lasts:
                break
            for page in pages:
                del page[-1]
    for number, page in enumerate(pages, start=1):
        for index in (0, -1):
            if page and _is_page_number(page[index], number):
                del page[index]


def _text_of(item: _Item) -> str | None:
    return item.text if isinstance(item, _Text) else None


def _is_page_number(item: _Item, number: int) -> bool:
    if not isinstance(item, _Text):
        return False
    match = _PAGE_NUMBER.fullmatch(item.text)
    return match is not None and int(match.group(1)) == number


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _open_refusal(name: str, exc: Exception) -> ExtractError:
    cause = exc.args[0] if exc.args else exc
    if type(cause).__name__ in ("PDFPasswordIncorrect", "PDFEncryptionError"):
        return refused(
            name,
            "tệp PDF được đặt mật khẩu hoặc mã hóa: hãy dùng bản không mật khẩu",
            "the PDF is password-protected or encrypted: use a copy without a password",
        )
    return damaged(name, "PDF", cause if isinstance(cause, Exception) else exc)
