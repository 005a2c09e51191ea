"""Hostile PDFs written byte by byte, for the tests and benchmarks that must stay small on disk.

A PDF here is a few objects: a catalogue, the page tree, each page with its content stream, a
form XObject `/X` the pages may draw, a Helvetica font. A stream's filters are listed in the
order a reader undoes them (as `/Filter` lists them); `encode` applies them in reverse. The
bombs (`spaces_deflated`, `run_lengths`) are produced without holding what they inflate to.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass

HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


@dataclass(frozen=True)
class Stream:
    """A stream's stored bytes and the filters that decode them, first undone first."""

    stored: bytes
    filters: tuple[str, ...] = ()

    def obj(self, extra: bytes = b"") -> bytes:
        names = b" ".join(b"/" + name.encode() for name in self.filters)
        filters = b" /Filter [" + names + b"]" if self.filters else b""
        head = b"<< /Length %d%s%s >>\nstream\n" % (len(self.stored), filters, extra)
        return head + self.stored + b"\nendstream"


def plain(content: bytes) -> Stream:
    return Stream(content)


def deflated(content: bytes) -> Stream:
    return Stream(zlib.compress(content, 9), ("FlateDecode",))


def spaces_deflated(size: int, *, prefix: bytes = b"", times: int = 1) -> Stream:
    """`prefix` then `size` spaces, deflated `times` over (a bomb), without holding them."""
    stored = _deflated_spaces(prefix, size)
    for _ in range(times - 1):
        stored = zlib.compress(stored, 9)
    return Stream(stored, ("FlateDecode",) * times)


def run_lengths(size: int, byte: bytes = b" ") -> Stream:
    """`size` (a multiple of 128) copies of `byte`, run-length encoded: 2 bytes per 128."""
    return Stream(bytes([129]) + byte * 1 + (bytes([129]) + byte) * (size // 128 - 1) + b"\x80",
                  ("RunLengthDecode",))  # fmt: skip


def text_page(text: bytes, size: int = 1) -> bytes:
    """A content stream showing `text` (no parentheses or backslashes) at the top left."""
    return b"BT /F1 %d Tf 10 800 Td (%s) Tj ET\n" % (size, text)


def document(pages: Iterable[Stream], form: Stream | None = None,
             xref_stream: Stream | None = None) -> bytes:  # fmt: skip
    """The PDF: one page per content stream, `/X` drawing `form` (which may draw `/X` too).
    With `xref_stream`, the cross-reference table is replaced by that stream's object (its
    data is what a reader inflates before anything else)."""
    pages = list(pages)
    first_page = 5
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)),
        HELVETICA,
        (form or plain(b"")).obj(
            b" /Type /XObject /Subtype /Form /BBox [0 0 595 842]"
            b" /Resources << /Font << /F1 3 0 R >> /XObject << /X 4 0 R >> >>"
        ),
    ]
    for index, content in enumerate(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
            b" /Resources << /Font << /F1 3 0 R >> /XObject << /X 4 0 R >> >> >>"
            % (first_page + 2 * index + 1)
        )
        objects.append(content.obj())
    out = bytearray(b"%PDF-1.5\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    start = len(out)
    size = len(objects) + 1
    if xref_stream is not None:
        out += b"%d 0 obj\n%s\nendobj\n" % (
            size,
            xref_stream.obj(b" /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R" % (size + 1)),
        )
    else:
        out += b"xref\n0 %d\n0000000000 65535 f \n" % size
        out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
        out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % size
    out += b"startxref\n%d\n%%%%EOF\n" % start
    return bytes(out)


def _deflated_spaces(prefix: bytes, size: int) -> bytes:
    """zlib data of `prefix` and `size` spaces, in milliseconds: after a full flush a deflater
    forgets what came before, so each further mebibyte of spaces deflates to the same block,
    written as many times as needed."""
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    mebibyte = b" " * (1 << 20)
    whole, rest = divmod(size, len(mebibyte))
    head = deflater.compress(prefix) + deflater.flush(zlib.Z_FULL_FLUSH)
    block = deflater.compress(mebibyte) + deflater.flush(zlib.Z_FULL_FLUSH)
    tail = deflater.compress(b" " * rest) + deflater.flush()
    checksum = zlib.adler32(prefix)
    for _ in range(whole):
        checksum = zlib.adler32(mebibyte, checksum)
    checksum = zlib.adler32(b" " * rest, checksum)
    zlib_header = b"\x78\xda"
    return zlib_header + head + block * whole + tail + checksum.to_bytes(4, "big")
