"""A plan document's file to lines of text: .txt/.md, .docx and PDF with a text layer.

Every source becomes lines, and every table Markdown pipe rows (`pipetable`), so a document
reads the same whichever form it came in. What a line number means per format:
- .txt/.md: the file's line (a typed pipe table is respelled in place, line for line);
- .docx: the N-th paragraph or table row, the `|---|` line after a table's header counted
  (see `docx`);
- PDF: the N-th line of the text taken from the PDF (see `pdf`); `DocumentText.page_of`
  tells its page, and `python -m lotrinh.extract.reader FILE` prints every line with its
  number and page.

What a published .docx or PDF prints around its text (a letterhead, a signature, footnotes,
text boxes) is set apart, not read: `DocumentText.set_aside`, listed last by
`python -m lotrinh.extract.reader FILE` (see `layout`).

Reading is bounded and inert: the file must be a regular file (a FIFO or device is refused
before reading), at most `max_bytes` are read, a .docx inflates within `loading.archive`'s
limits, a PDF's streams and pages stay within `pdflimits`'. Every failure is an `ExtractError`
(a `LoadError`) naming the file, in Vietnamese and English; the format is recognised by
content, whatever the file's name.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from lotrinh.extract.pipetable import canonical_tables
from lotrinh.extract.refusal import refused
from lotrinh.extract.result import ExtractError, ExtractResult
from lotrinh.extract.wrapping import Joined, relocate, relocate_coverage, unwrap
from lotrinh.loading.decode import DEFAULT_MAX_BYTES, decode, read_bytes
from lotrinh.loading.errors import LoadError, Problem

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"  # the pre-2007 Word .doc container
_PDF = b"%PDF-"
_PDF_HEADER_WINDOW = 1024
"""PDF readers accept the header anywhere in the first kilobyte."""
_MARKDOWN_EMPHASIS = re.compile(r"\*\*|__")
_BOLD_LINE = re.compile(r"^(\s*)\*\*(?!\s)([^*\n]*[^*\s])\*\*(\s*)$", re.MULTILINE)
"""A plain-text line set wholly in Markdown bold ("**1. Khối ...**"), as writers type a
heading: the marks are layout, and left in place they hide the heading's numbering."""


@dataclass(frozen=True)
class DocumentText:
    """A document's lines, and for a PDF the 1-based page each line came from."""

    lines: tuple[str, ...]
    pages: tuple[int, ...] | None = None
    set_aside: tuple[str, ...] = ()
    """The text of a .docx's or PDF's letterhead, signature, footnotes and text boxes, read
    and set apart (see `layout`): none of it is in `lines`."""
    set_aside_pages: tuple[int, ...] | None = None
    """For a PDF, the page of each piece of `set_aside`."""
    joined: dict[int, Joined] = field(default_factory=dict)
    """For a text file wrapped at a fixed width, its paragraphs joined back (`wrapping`):
    by the line each stands on, where its pieces came from."""

    def extract(self, name: str) -> ExtractResult:
        """The plan read from these lines, every position at its own line and column in the
        file; raises `ExtractError` (whose coverage is located so too)."""
        from lotrinh.extract.build import extract_plan

        try:
            return relocate(extract_plan(self.text, name), self.joined)
        except ExtractError as exc:
            if exc.coverage is not None:
                exc.coverage = relocate_coverage(exc.coverage, self.joined)
            raise

    @property
    def text(self) -> str:
        """The lines joined by newlines: what the reader downstream reads."""
        return "\n".join(self.lines)

    def page_of(self, line: int) -> int | None:
        """The page of 1-based `line`, for a PDF; None for other formats or out of range."""
        if self.pages is None or not 1 <= line <= len(self.pages):
            return None
        return self.pages[line - 1]


def read_document(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The document's text (see the module's documentation)."""
    return read_lines(path, max_bytes).text


def read_lines(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> DocumentText:
    """The document's lines, with pages for a PDF."""
    name = str(path)
    try:
        data = read_bytes(path, max_bytes)
    except LoadError as exc:
        raise ExtractError(exc.problems) from None
    return document_lines(data, name, max_bytes)


def document_lines(data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> DocumentText:
    """A document's bytes as lines, wherever they came from (a file, standard input); `name`
    gives the suffix (.docx, .md) and the messages."""
    if data.startswith(_ZIP):
        from lotrinh.extract.docx import docx_document

        lines, aside = docx_document(data, name, max_bytes)
        return DocumentText(tuple(lines), set_aside=tuple(aside))
    if _PDF in data[:_PDF_HEADER_WINDOW]:
        from lotrinh.extract.pdf import pdf_document

        found, apart = pdf_document(data, name, max_bytes)
        return DocumentText(
            tuple(line.text for line in found),
            tuple(line.page for line in found),
            tuple(line.text for line in apart),
            tuple(line.page for line in apart),
        )
    suffix = Path(name).suffix.lower()
    if suffix == ".docx":
        raise refused(
            name,
            "tệp .docx không hợp lệ: không phải tệp Word (ZIP)",
            "not a valid .docx: it is not a Word (ZIP) file",
        )
    if data.startswith(_OLE):
        raise refused(
            name,
            "tệp Word cũ (.doc) chưa được hỗ trợ: hãy lưu lại thành .docx",
            "old Word files (.doc) are not supported: save it as .docx",
        )
    if suffix == ".pdf":
        raise refused(
            name,
            "không phải tệp PDF: không có phần đầu %PDF-",
            "not a PDF file: it has no %PDF- header",
        )
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        before = data[: data.index(b"\x00")]
        raise ExtractError(
            [
                Problem(
                    name,
                    before.count(b"\n") + 1,
                    1,
                    "tệp chứa byte NUL: đây không phải tệp văn bản",
                    "the file contains a NUL byte: it is not a text file",
                )
            ]
        )
    try:
        text = decode(data, name)
    except LoadError as exc:
        raise ExtractError(exc.problems) from None
    if suffix in (".md", ".markdown"):
        text = _MARKDOWN_EMPHASIS.sub("", text)
    else:
        text = _BOLD_LINE.sub(r"\1\2\3", text)
    lines, joined = unwrap(canonical_tables(text.split("\n")))
    return DocumentText(tuple(lines), joined=joined)


def main(argv: list[str]) -> int:
    """`python -m lotrinh.extract.reader FILE`: the lines read, numbered, with their page."""
    if len(argv) != 1:
        sys.stderr.write("usage: python -m lotrinh.extract.reader FILE\n")
        return 2
    try:
        document = read_lines(Path(argv[0]))
    except LoadError as exc:
        for problem in exc.problems:
            sys.stderr.write(f"{problem.path}: {problem.message_vi}\n")
        return 2
    for number, line in enumerate(document.lines, start=1):
        page = document.page_of(number)
        where = f"{number}" if page is None else f"{number} (trang {page})"
        sys.stdout.write(f"{where}\t{line}\n")
    if document.set_aside:
        sys.stdout.write("\nĐể riêng, không đọc (tiêu đề, chữ ký, chú thích):\n")
        pages = document.set_aside_pages or (None,) * len(document.set_aside)
        for text, page in zip(document.set_aside, pages, strict=True):
            sys.stdout.write(f"\t{text}\n" if page is None else f"\t(trang {page}) {text}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
