"""What reading a PDF may cost: bounded by the size the file is allowed, whatever it asks for.

A PDF is compressed instructions. A few hundred bytes of Flate can inflate to gigabytes (a
"PDF bomb"), a page can draw a form over and over, one string can show a million characters;
pdfminer inflates every stream it needs whole, and pdfplumber keeps about 2 KB for every
character, line and curve of a page. Memory and time would follow the instructions, not the
file's size. So, within `bounded(max_bytes)`, four limits are checked while the work is done,
and the first one passed stops the reading with a `PdfLimit`:

- the bytes inflated from all streams together (contents, fonts, object and cross-reference
  streams): at most `inflated_limit(max_bytes)`, the limit of a .docx's or .xlsx's members;
  and no stream past `RATIO_FLOOR` inflating more than `MAX_RATIO` times its stored size, so
  that a bomb stops after a mebibyte;
- the content interpreted: a content stream's bytes count each time it runs (a form drawn a
  thousand times, a thousand times), at most `INTERPRET_FACTOR` × `max_bytes`;
- the objects drawn on one page (characters, lines, curves, images): at most
  `MAX_PAGE_OBJECTS`, which bounds pdfplumber's memory for the page;
- the objects drawn in the file: at most `drawn_limit(max_bytes)`, which bounds the time.

Why these seams: pdfminer has no hook for the filters it undoes, and pdfplumber builds its
interpreter inside `Page.layout`. So `PDFStream.decode` is replaced, once, by `_decode`: within
`bounded` it undoes the same filters with pdfminer's own functions but inflates chunk by chunk,
charging the budget held in a context variable; outside it is pdfminer's own decoding.
`BoundedPage` is a pdfplumber page whose layout is made by an interpreter and a device that
charge the budget. Parsing in a child process under resource limits would bound memory and
time as well, but not portably (macOS ignores RLIMIT_AS, Windows has no rlimit), not
reproducibly (CPU seconds on a busy machine), at the cost of a process per file, and without
saying which stream or page passed which limit.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from pdfminer.ascii85 import ascii85decode, asciihexdecode
from pdfminer.layout import LTPage
from pdfminer.lzw import LZWDecoder
from pdfminer.pdfexceptions import PDFNotImplementedError, PDFValueError
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdftypes import (
    LITERAL_CRYPT,
    LITERALS_ASCII85_DECODE,
    LITERALS_ASCIIHEX_DECODE,
    LITERALS_CCITTFAX_DECODE,
    LITERALS_DCT_DECODE,
    LITERALS_FLATE_DECODE,
    LITERALS_JBIG2_DECODE,
    LITERALS_JPX_DECODE,
    LITERALS_LZW_DECODE,
    LITERALS_RUNLENGTH_DECODE,
    PDFStream,
    int_value,
    stream_value,
)
from pdfminer.utils import apply_png_predictor, apply_tiff_predictor
from pdfplumber.page import Page, PDFPageAggregatorWithMarkedContent

from lotrinh.loading.archive import INFLATE_FACTOR, MAX_RATIO, RATIO_FLOOR, inflated_limit
from lotrinh.numbers import Lang, format_count

INTERPRET_FACTOR = 2
"""pdfminer spends 2 to 4 µs on each byte of content, even content that draws nothing: at the
default 4 MiB, 8 MiB of content is half a minute at worst (a 1 KB file drawing a form 20.000
times took 124 s within 8 × --max-bytes). Forty corpus plans printed to 20 pages by fpdf2 held
156 KB of content, so 8 MiB is about a thousand such pages."""

MAX_PAGE_OBJECTS = 50_000
"""Those 20 pages drew 42.347 objects, about 2.100 a page; pdfplumber keeps about 2 KB for each
object of the page it reads (100.000 characters on a page: 260 MB), so this bounds a page to
about 100 MB."""

BYTES_PER_OBJECT = 8
"""pdfplumber takes 35 to 55 µs an object on a busy machine (a million of them: 38 to 55 s);
an eighth of an object per byte `--max-bytes` allows is 524.288 objects at the default, half a
minute at worst, and about 250 pages like those above."""

_CHUNK = 64 * 1024
_IMAGES = (
    *LITERALS_DCT_DECODE,
    *LITERALS_JBIG2_DECODE,
    *LITERALS_JPX_DECODE,
    *LITERALS_CCITTFAX_DECODE,
)
"""Image codecs: pdfminer leaves the first three as stored, and reading text never needs an
image's pixels, so a fax image stays as stored too."""

PDFMINER_DECODE = PDFStream.decode
"""pdfminer's own decoding, used outside `bounded`."""


def drawn_limit(max_bytes: int) -> int:
    """How many objects a PDF within `max_bytes` may draw, all pages together."""
    return max_bytes // BYTES_PER_OBJECT


class PdfLimit(BaseException):
    """A limit passed, said in both languages. A BaseException so that it goes through
    pdfminer's and pdfplumber's `except Exception`, which turn damage into warnings or wrap
    it: reading stops at once, wherever it was."""

    def __init__(self, vi: str, en: str) -> None:
        super().__init__(en)
        self.vi = vi
        self.en = en


@dataclass
class _Budget:
    max_bytes: int
    page: int | None = None
    inflated: int = 0
    interpreted: int = 0
    drawn: int = 0
    drawn_on_page: int = 0

    def begin_page(self, number: int) -> None:
        self.page = number
        self.drawn_on_page = 0

    def collect(self, pieces: Iterable[bytes], stored: int, objid: int | None) -> bytes:
        """A stream's decoded bytes, charged piece by piece as they come."""
        out: list[bytes] = []
        size = 0
        limit = inflated_limit(self.max_bytes)
        for piece in pieces:
            size += len(piece)
            self.inflated += len(piece)
            if self.inflated > limit:
                raise self._limit(
                    f"các luồng dữ liệu giải nén quá {format_count(limit)} byte = "
                    f"{INFLATE_FACTOR} × --max-bytes {format_count(self.max_bytes)}; " + _RAISE_VI,
                    f"the streams inflate past {format_count(limit, Lang.EN)} bytes = "
                    f"{INFLATE_FACTOR} × --max-bytes {format_count(self.max_bytes, Lang.EN)}; "
                    + _RAISE_EN,
                )
            if size > RATIO_FLOOR and size > MAX_RATIO * max(stored, 1):
                raise self._limit(
                    f"{_stream_vi(objid)} giải nén với tỷ lệ quá {format_count(MAX_RATIO)}:1 "
                    "(bom nén)",
                    f"{_stream_en(objid)} inflates more than "
                    f"{format_count(MAX_RATIO, Lang.EN)}:1 (a PDF bomb)",
                )
            out.append(piece)
        return b"".join(out)

    def interpret(self, size: int) -> None:
        self.interpreted += size
        limit = INTERPRET_FACTOR * self.max_bytes
        if self.interpreted > limit:
            raise self._limit(
                f"nội dung cần diễn giải quá {format_count(limit)} byte = {INTERPRET_FACTOR} × "
                f"--max-bytes {format_count(self.max_bytes)} (một hình được vẽ lặp đi lặp "
                "lại?); " + _RAISE_VI,
                f"the content to interpret passes {format_count(limit, Lang.EN)} bytes = "
                f"{INTERPRET_FACTOR} × --max-bytes {format_count(self.max_bytes, Lang.EN)} (a "
                "form drawn over and over?); " + _RAISE_EN,
            )

    def draw(self) -> None:
        self.drawn += 1
        self.drawn_on_page += 1
        if self.drawn_on_page > MAX_PAGE_OBJECTS:
            raise self._limit(
                f"trang có quá {format_count(MAX_PAGE_OBJECTS)} đối tượng (ký tự, đường, "
                "hình): đây không phải một trang văn bản",
                f"the page holds more than {format_count(MAX_PAGE_OBJECTS, Lang.EN)} objects "
                "(characters, lines, images): it is not a page of text",
            )
        limit = drawn_limit(self.max_bytes)
        if self.drawn > limit:
            raise self._limit(
                f"tệp PDF có quá {format_count(limit)} đối tượng (ký tự, đường, hình) = "
                f"--max-bytes / {BYTES_PER_OBJECT}; " + _RAISE_VI,
                f"the PDF holds more than {format_count(limit, Lang.EN)} objects (characters, "
                f"lines, images) = --max-bytes / {BYTES_PER_OBJECT}; " + _RAISE_EN,
            )

    def _limit(self, vi: str, en: str) -> PdfLimit:
        if self.page is None:
            return PdfLimit(f"tệp PDF: {vi}", f"the PDF: {en}")
        return PdfLimit(f"trang {self.page}: {vi}", f"page {self.page}: {en}")


_RAISE_VI = "dùng --max-bytes lớn hơn nếu đúng là văn bản lớn như vậy"
_RAISE_EN = "raise --max-bytes if the document really is that large"

_BUDGET: ContextVar[_Budget | None] = ContextVar("pdf_budget", default=None)


@contextmanager
def bounded(max_bytes: int) -> Iterator[None]:
    """Within this block, reading a PDF (opening it, its `BoundedPage`s) is bounded by the
    limits above for a file allowed `max_bytes`."""
    token = _BUDGET.set(_Budget(max_bytes))
    try:
        yield
    finally:
        _BUDGET.reset(token)


def _current() -> _Budget:
    budget = _BUDGET.get()
    if budget is None:
        raise RuntimeError("a BoundedPage is read outside `bounded`")
    return budget


def _stream_vi(objid: int | None) -> str:
    return "luồng dữ liệu" if objid is None else f"luồng dữ liệu (đối tượng {objid})"


def _stream_en(objid: int | None) -> str:
    return "the stream" if objid is None else f"the stream (object {objid})"


def _decode(self: PDFStream) -> None:
    """pdfminer's `PDFStream.decode`, with every filter that can grow its input (Flate, LZW,
    RunLength) undone piece by piece within the budget."""
    budget = _BUDGET.get()
    if budget is None:
        PDFMINER_DECODE(self)
        return
    data = self.rawdata
    if data is None:  # pdfminer decodes a stream once
        raise PDFValueError(f"stream {self.objid} decoded twice")
    if self.decipher:
        if self.objid is None or self.genno is None:
            raise PDFValueError("an encrypted stream without its object number")
        data = self.decipher(self.objid, self.genno, data, self.attrs)
    stored = len(data)
    for name, params in self.get_filters():
        if name in LITERALS_FLATE_DECODE:
            data = budget.collect(_inflated(data), stored, self.objid)
        elif name in LITERALS_LZW_DECODE:
            data = budget.collect(LZWDecoder(io.BytesIO(data)).run(), stored, self.objid)
        elif name in LITERALS_RUNLENGTH_DECODE:
            data = budget.collect(_run_lengths(data), stored, self.objid)
        elif name in LITERALS_ASCII85_DECODE:
            data = ascii85decode(data)
        elif name in LITERALS_ASCIIHEX_DECODE:
            data = asciihexdecode(data)
        elif name in _IMAGES:
            pass
        elif name == LITERAL_CRYPT:
            raise PDFNotImplementedError("/Crypt filter is unsupported")
        else:
            raise PDFNotImplementedError(f"Unsupported filter: {name!r}")
        if params and "Predictor" in params:
            data = _unpredicted(data, params)
    self.data = data
    self.rawdata = None


PDFStream.decode = _decode  # type: ignore[method-assign]  # see the module's documentation


def _inflated(data: bytes) -> Iterator[bytes]:
    """Flate-decoded `data`, a chunk at a time. A damaged stream gives what came before the
    damage (pdfminer too keeps what it could inflate)."""
    inflater = zlib.decompressobj()
    pending = data
    try:
        while not inflater.eof:
            piece = inflater.decompress(pending, _CHUNK)
            pending = inflater.unconsumed_tail
            if not piece and not pending:
                return
            yield piece
    except zlib.error:
        return


def _run_lengths(data: bytes) -> Iterator[bytes]:
    """RunLength-decoded `data` (PDF 1.7, 7.4.5), a run at a time."""
    index = 0
    while index < len(data) and (length := data[index]) != 128:
        if length < 128:
            yield data[index + 1 : index + 2 + length]
            index += length + 2
        else:
            yield data[index + 1 : index + 2] * (257 - length)
            index += 2


def _unpredicted(data: bytes, params: dict[str, Any]) -> bytes:
    """`data` with its PNG or TIFF predictor undone, as pdfminer does; a row of more columns
    than the stream has bits is damage (pdfminer would first set aside a row that wide)."""
    predictor = int_value(params["Predictor"])
    if predictor == 1 or not data:
        return data
    colors = int_value(params.get("Colors", 1))
    columns = int_value(params.get("Columns", 1))
    bits = int_value(params.get("BitsPerComponent", 8))
    if not 0 < columns <= 8 * len(data):
        raise PDFValueError(f"a predictor row of {columns} columns in {len(data)} bytes")
    if predictor == 2:
        return apply_tiff_predictor(colors, columns, bits, data)
    if predictor >= 10:
        return apply_png_predictor(predictor, colors, columns, bits, data)
    raise PDFNotImplementedError(f"Unsupported predictor: {predictor!r}")


class _Interpreter(PDFPageInterpreter):
    """Charges each content stream's bytes every time it runs."""

    def execute(self, streams: Sequence[object]) -> None:
        budget = _current()
        for stream in streams:
            budget.interpret(len(stream_value(stream).get_data()))
        super().execute(streams)


class _Device(PDFPageAggregatorWithMarkedContent):
    """Charges every object drawn."""

    def render_char(self, *args: Any, **kwargs: Any) -> float:
        _current().draw()
        return super().render_char(*args, **kwargs)

    def render_image(self, *args: Any, **kwargs: Any) -> None:
        _current().draw()
        super().render_image(*args, **kwargs)

    def paint_path(self, *args: Any, **kwargs: Any) -> None:
        _current().draw()
        super().paint_path(*args, **kwargs)


class BoundedPage(Page):
    """A pdfplumber page whose layout is made within the budget of the enclosing `bounded`."""

    @property
    def layout(self) -> LTPage:
        if not hasattr(self, "_layout"):
            _current().begin_page(self.page_number)
            device = _Device(self.pdf.rsrcmgr, pageno=self.page_number, laparams=self.pdf.laparams)
            _Interpreter(self.pdf.rsrcmgr, device).process_page(self.page_obj)
            self._layout = device.get_result()
        return self._layout
