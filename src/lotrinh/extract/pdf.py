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
- a header or footer identical on every page (or on every page but the first), and a page
  number at a page's top or bottom, are dropped;
- a table that goes on at the top of the next page with another number of columns is refused
  (which row belongs to which column cannot be known), not guessed;
- what a published document prints around its text is set apart (`layout`): a letterhead or
  signature printed as two columns side by side (which a plain extraction interleaves into
  one line: "Số 123-KH/TU Long An, ngày 11 tháng 8 năm 2023"), and footnotes (the small text
  under a short rule at a page's foot); a footnote mark (small raised digits after a word or
  a figure) is dropped, so "28.960¹" reads 28.960;
- text is cleaned as `layout.clean` says (NFC, no soft hyphens, no-break spaces as spaces),
  so Vietnamese diacritics compare as typed; a line ending in a soft hyphen goes on without a
  space.

A line's number is its place in that text ("dòng N của văn bản trích từ PDF"); `PdfLine.page`
keeps the page it came from. A PDF without a text layer (a scan), an encrypted or damaged one,
or one whose fonts have no Unicode map is refused with a message naming the file; so is a
page of images only among pages of text (a scanned page: its figures would be missed), and a
file that asks for more work than its allowed size warrants (a bomb, see `pdflimits`).
"""

from __future__ import annotations

import dataclasses
import io
import itertools
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from lotrinh.extract.document import tokens
from lotrinh.extract.layout import clean, is_frame
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
_COLUMN_GAP = 2.0
"""A gap wider than this many font sizes inside a line parts two columns side by side."""
_MARK_SIZE = 0.8
"""A footnote mark is printed smaller than this fraction of the text it follows, and raised."""
_MARK = re.compile(r"[\d*()\[\]]")
_SOFT_HYPHEN = "\u00ad"
_SPACES = re.compile(r"  +")
_BREAKING = frozenset(" \t\u2002\u2003\u2009")
"""The spaces a line may break at; a no-break space is none of them."""


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
    size: float = 0.0
    """The font size most of its characters have."""
    columns: list[tuple[float, float, str]] = field(default_factory=list)
    """Where the line is parted by a gap of columns side by side: each part's x0, x1, text."""


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
    return pdf_document(data, name, max_bytes)[0]


def pdf_document(
    data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[list[PdfLine], list[PdfLine]]:
    """The lines of the PDF in `data`, and the lines set apart: letterheads, signatures and
    footnotes (see the module's documentation)."""
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
                pages, apart = _pages(document, name)
        except PdfLimit as limit:
            raise refused(name, limit.vi, limit.en) from None
    return _lines(pages, name), [PdfLine(line.text, line.page) for line in apart]


def _bounded_pages(document: Any) -> list[Any]:
    """The document's pages as `BoundedPage`s, at most one past `MAX_PAGES`: a page tree can
    name far more pages than the file holds bytes for."""
    from pdfminer.pdfpage import PDFPage

    from lotrinh.extract.pdflimits import BoundedPage

    found = itertools.islice(PDFPage.create_pages(document.doc), MAX_PAGES + 1)
    return [BoundedPage(document, page, page_number=n) for n, page in enumerate(found, start=1)]


def _pages(document: Any, name: str) -> tuple[list[list[_Item]], list[_Text]]:
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
    apart: list[_Text] = []
    scanned: list[int] = []
    for number, page in enumerate(all_pages, start=1):
        try:
            items, aside, has_image = _page_items(page, number)
        except Exception as exc:
            raise damaged(name, "PDF", exc, f"trang {number}: ", f"page {number}: ") from None
        finally:
            page.close()  # pdfplumber caches each page's objects until closed
        if has_image and not items and not aside:
            scanned.append(number)
        pages.append(items)
        apart.extend(aside)
    if any(pages) and scanned:
        listed = ", ".join(map(str, scanned[:10])) + (", …" if len(scanned) > 10 else "")
        raise refused(
            name,
            f"trang {listed} của tệp PDF chỉ có ảnh, không có chữ (có lẽ là trang quét): số "
            "liệu trên đó không đọc được; hãy dùng bản PDF xuất từ Word, hoặc nhận dạng chữ "
            "(OCR) các trang ấy",
            f"page {listed} of the PDF holds images only, no text (probably scanned): its "
            "figures cannot be read; use the PDF exported from Word, or recognise the text "
            "(OCR) of those pages",
        )
    if not any(pages):
        if scanned:
            raise refused(
                name,
                "tệp PDF không có lớp văn bản (có lẽ là bản quét, chỉ có ảnh): hãy dùng bản PDF "
                "gốc xuất từ Word, hoặc nhận dạng chữ (OCR) rồi lưu thành .docx/.txt",
                "the PDF has no text layer (probably a scan, images only): use the PDF exported "
                "from Word, or recognise the text (OCR) and save it as .docx/.txt",
            )
        raise refused(name, "tệp PDF không có chữ nào", "the PDF holds no text")
    return pages, apart


def _page_items(page: Any, number: int) -> tuple[list[_Item], list[_Text], bool]:
    """A page's text lines and tables, top to bottom; the lines set apart (letterhead,
    signature, footnotes); and whether it holds an image."""
    items: list[_Item] = []
    marks = _footnote_marks(page.chars)
    for mark, before in marks:
        # The character before takes the mark's place, so that no gap opens where it stood
        # (a gap reads as a space: "2.589 .").
        before["x1"] = max(before["x1"], mark["x1"])
    dropped = {id(mark) for mark, _ in marks}
    text_page = page.filter(lambda obj: id(obj) not in dropped) if marks else page
    for table in text_page.find_tables():
        rows = [[cell_text(clean(cell or "")) for cell in row] for row in table.extract()]
        # A frame of one column is layout (a boxed paragraph), as in a .docx: its text is read
        # as lines.
        if any(any(row) for row in rows) and max(len(row) for row in rows) > 1:
            _, top, _, bottom = table.bbox
            items.append(_Table(rows, number, top, bottom, [number] * len(rows)))
            text_page = text_page.outside_bbox(table.bbox, strict=False)
    texts: list[_Text] = []
    for line in text_page.extract_text_lines(return_chars=True, strip=True):
        text = _joined(line["text"])
        if text.strip():
            texts.append(
                _Text(
                    text,
                    number,
                    line["top"],
                    line["bottom"],
                    line["x0"],
                    line["x1"],
                    float(page.width),
                    _first_word(line),
                    _size(line["chars"]),
                    _columns(line["chars"]),
                )
            )
    texts.sort(key=lambda text: text.top)
    notes = _footnotes(texts, page)
    framed, listed = _frames(texts)
    gone = {id(text) for text in notes + framed}
    items.extend(text for text in texts if id(text) not in gone)
    aside = listed + notes
    items.sort(key=lambda item: item.top)
    return items, aside, bool(page.images)


def _joined(text: str) -> str:
    # A soft hyphen ends a line only where the word was broken: the mark goes, the break
    # stays, to be closed by `_lines`.
    cleaned = _SPACES.sub(" ", clean(text.rstrip(_SOFT_HYPHEN)))
    return cleaned + _SOFT_HYPHEN if text.endswith(_SOFT_HYPHEN) and cleaned else cleaned


def _size(chars: list[dict[str, Any]]) -> float:
    sizes = Counter(round(float(char["size"]), 1) for char in chars)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _footnote_marks(
    chars: list[dict[str, Any]],
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The characters that are footnote marks, each with the character it follows: digits
    (or *, brackets) smaller than the character they follow on its line, raised above its
    baseline, right after it."""
    marks: list[tuple[dict[str, Any], dict[str, Any]]] = []
    before: dict[str, Any] | None = None
    for char in chars:
        size = float(char["size"])
        if (
            before is not None
            and _MARK.fullmatch(char["text"])
            and size < _MARK_SIZE * before["size"]
            and char["bottom"] < before["bottom"] - 0.15 * before["size"]
            and -1 <= char["x0"] - before["x1"] <= before["size"]
        ):
            marks.append((char, before))
        else:
            before = char
    return marks


def _columns(chars: list[dict[str, Any]]) -> list[tuple[float, float, str]]:
    """The parts of a line set apart by gaps of columns side by side (`_COLUMN_GAP`); one
    part for a line of one column."""
    from pdfplumber.utils.text import extract_text

    ordered = sorted(chars, key=lambda char: char["x0"])
    parts: list[list[dict[str, Any]]] = []
    for char in ordered:
        if char["text"].isspace():
            continue
        if parts and char["x0"] - parts[-1][-1]["x1"] <= _COLUMN_GAP * char["size"]:
            parts[-1].append(char)
        else:
            parts.append([char])
    if len(parts) < 2:
        return [(ordered[0]["x0"], ordered[-1]["x1"], "")] if ordered else []
    return [(part[0]["x0"], part[-1]["x1"], _joined(extract_text(part)).strip()) for part in parts]


def _frames(texts: list[_Text]) -> tuple[list[_Text], list[_Text]]:
    """The lines of the page's letterheads and signatures (`layout.is_frame`): blocks of
    lines in two columns side by side, with the lines of one column above or below them on
    the next line; and the same text column by column, left first, as it is to be listed."""
    framed: list[_Text] = []
    listed: list[_Text] = []
    index = floor = 0
    while index < len(texts):
        middle = _middle(texts, index)
        if middle is None:
            index += 1
            continue
        first = last = index
        while first > floor and _beside(texts[first - 1], texts[first], middle):
            first -= 1
        while last + 1 < len(texts) and _beside(texts[last + 1], texts[last], middle):
            last += 1
        block = texts[first : last + 1]
        sides = [  # each part of a line, left or right of the middle, as a line of its own
            [
                dataclasses.replace(line, text=part[2] or line.text, x0=part[0], x1=part[1])
                for line in block
                for part in line.columns
                if (part[1] < middle) == (side == 0)
            ]
            for side in (0, 1)
        ]
        if is_frame(line.text for column in sides for line in column):
            framed.extend(block)
            listed.extend(sides[0] + sides[1])
        index = floor = last + 1
    return framed, listed


def _middle(texts: list[_Text], index: int) -> float | None:
    """Where line `index` is parted into columns side by side: at its widest column gap; or,
    printed a little higher or lower than the next line beside it (a letterhead's columns
    need not share baselines), between the two; None if it is not."""
    line = texts[index]
    if len(line.columns) > 1:
        gaps = [(b[0] - a[1], (a[1] + b[0]) / 2) for a, b in itertools.pairwise(line.columns)]
        return max(gaps)[1]
    if index + 1 < len(texts) and len(texts[index + 1].columns) == 1:
        beside = texts[index + 1]
        if beside.top < line.bottom and line.page == beside.page:
            left, right = sorted((line, beside), key=lambda text: text.x0)
            gap = right.x0 - left.x1
            if gap > _COLUMN_GAP * max(line.size, beside.size):
                return (left.x1 + right.x0) / 2
    return None


def _beside(line: _Text, neighbour: _Text, middle: float) -> bool:
    """Whether `line`, directly above or below `neighbour`, belongs to the same block of
    columns parted at `middle`: no wider gap than a line's height between them, and either
    parted there too or lying on one side of it."""
    height = neighbour.bottom - neighbour.top
    gap = max(line.top - neighbour.bottom, neighbour.top - line.bottom)
    if gap > 1.5 * height:
        return False
    if len(line.columns) > 1:
        return any(a[1] < middle < b[0] for a, b in itertools.pairwise(line.columns))
    return line.x1 < middle or line.x0 > middle


def _footnotes(texts: list[_Text], page: Any) -> list[_Text]:
    """The lines under a footnote rule: a short horizontal line from the left margin in the
    lower half of the page, with only text smaller than the page's body text below it."""
    if not texts:
        return []
    body = Counter(text.size for text in texts).most_common(1)[0][0]
    left = min(text.x0 for text in texts)
    width = float(page.width)
    # The rule must lie below every line of body text, with some text under it.
    lowest = max((text.top for text in texts if text.size >= body), default=0.0)
    rules = [
        float(rule["top"])
        for rule in itertools.chain(page.lines, page.rects)
        if abs(float(rule["bottom"]) - float(rule["top"])) < 1.5
        and 0.1 * width < float(rule["x1"]) - float(rule["x0"]) < 0.6 * width
        and abs(float(rule["x0"]) - left) < 3
        and max(lowest, float(page.height) / 2) < float(rule["top"]) < texts[-1].top
    ]
    if not rules:
        return []
    top = min(rules)
    return [text for text in texts if text.top > top]


def _first_word(line: dict[str, Any]) -> float:
    """The width of the line's first word. A PDF need not hold its spaces as characters, so
    the word ends at a space or at a gap between two characters."""
    chars = line["chars"]
    if not chars:
        return 0.0
    end = chars[0]["x1"]
    for char in chars[1:]:
        # A no-break space glues a figure to its noun: the line could not break there.
        if char["text"] in _BREAKING or char["x0"] - end > _WORD_GAP * char["size"]:
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
                broken = out[-1].text.endswith(_SOFT_HYPHEN)
                space = "" if broken else " "
                out[-1] = PdfLine(
                    f"{out[-1].text.rstrip(_SOFT_HYPHEN)}{space}{item.text}", out[-1].page
                )
                previous = dataclasses.replace(item, text=out[-1].text)
                continue
            out.append(PdfLine(item.text, item.page))
        else:
            if isinstance(previous, _Table) and _continues(previous, item):
                if len(item.rows[0]) != len(previous.rows[0]):
                    raise _ragged(name, previous, item)
                repeated = 0  # the header rows printed again at the top of the page
                while (
                    repeated < min(len(item.rows), len(previous.rows) - 1)
                    and item.rows[repeated] == previous.rows[repeated]
                ):
                    repeated += 1
                rows = item.rows[repeated:]
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

    margin: float
    """The right margin: no line reaches further right than its page's width less this."""
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
        # Measured as a margin, so that a landscape page's lines are measured against its
        # own width.
        mirrored = min((item.x0 for item in texts), default=0.0)
        return cls(
            margin=min([item.page_width - item.x1 for item in texts] + [mirrored]),
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
        if previous.x1 + space + line.first_word <= previous.page_width - self.margin:
            return False
        return self.spaced or not (
            previous.text.endswith(_SENTENCE_END) or _ITEM_START.match(line.text)
        )


def _continues(previous: _Table, table: _Table) -> bool:
    """A table at the top of a page going on from one at the bottom of the page before."""
    return table.page == previous.pages[-1] + 1 and table.rows != []


def _ragged(name: str, previous: _Table, table: _Table) -> ExtractError:
    before, after = len(previous.rows[0]), len(table.rows[0])
    return refused(
        name,
        f"trang {table.page}: bảng ở đầu trang nối tiếp bảng cuối trang {table.page - 1} "
        f"nhưng có {after} cột, bảng trước có {before} cột: không biết ô nào thuộc cột nào, "
        "nên không đọc; hãy dùng tệp .docx, hoặc kẻ bảng đủ cột trên mọi trang",
        f"page {table.page}: the table at the top of the page goes on from the one at the "
        f"foot of page {table.page - 1} but has {after} columns, not {before}: which cell "
        "belongs to which column cannot be known, so it is not read; use the .docx, or rule "
        "the table with all its columns on every page",
    )


def _drop_running_lines(pages: list[list[_Item]]) -> None:
    """Remove page headers and footers: a page's own number at its top or bottom, and a line
    at the same place on every page (two pages or more) or on every page but the first
    (which offices print without one). Alone on the second page of two, such a line is taken
    for a header only in a type smaller than the text's, above (or below) where the text
    stands on any page, and with no quantity in it."""
    texts = [item for page in pages for item in page if isinstance(item, _Text)]
    sizes = Counter(text.size for text in texts)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    # Where body text stands on any page: a header printed once stands outside it.
    band = (
        min((text.top for text in texts if text.size >= body), default=0.0),
        max((text.bottom for text in texts if text.size >= body), default=0.0),
    )
    for _ in range(2 * _HEADER_DEPTH + 2):
        dropped = False
        for number, page in enumerate(pages, start=1):
            for index in (0, -1):
                if page and _is_page_number(page[index], number):
                    del page[index]
                    dropped = True
        for index in (0, -1):
            for running in (pages, pages[1:]):
                same = {_text_of(page[index]) if page else None for page in running}
                if len(same) != 1 or None in same:
                    continue
                if len(running) == 1 and not _header_alone(running[0][index], body, band):
                    continue
                for page in running:
                    del page[index]
                dropped = True
                break
        if not dropped:
            break


def _header_alone(item: _Item, body: float, band: tuple[float, float]) -> bool:
    return (
        isinstance(item, _Text)
        and item.size < body
        and (item.bottom < band[0] or item.top > band[1])
        and not any(token.quantity for token in tokens(item.text))
    )


def _text_of(item: _Item) -> str | None:
    return item.text if isinstance(item, _Text) else None


def _is_page_number(item: _Item, number: int) -> bool:
    if not isinstance(item, _Text):
        return False
    match = _PAGE_NUMBER.fullmatch(item.text)
    return match is not None and int(match.group(1)) == number


def _open_refusal(name: str, exc: Exception) -> ExtractError:
    cause = exc.args[0] if exc.args else exc
    if type(cause).__name__ in ("PDFPasswordIncorrect", "PDFEncryptionError"):
        return refused(
            name,
            "tệp PDF được đặt mật khẩu hoặc mã hóa: hãy dùng bản không mật khẩu",
            "the PDF is password-protected or encrypted: use a copy without a password",
        )
    return damaged(name, "PDF", cause if isinstance(cause, Exception) else exc)
