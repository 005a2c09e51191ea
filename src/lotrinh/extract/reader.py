"""A plan document's file to text: .txt and .md as UTF-8, .docx through python-docx.

Every failure is an `ExtractError` naming the file (and the line, where there is one), in
Vietnamese and English. A .docx becomes one line per paragraph and one per table row, so a
claim's `source_line` is the paragraph's number in the document.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from lotrinh.extract.result import ExtractError
from lotrinh.loading.decode import DEFAULT_MAX_BYTES, decode
from lotrinh.loading.errors import Problem

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"  # the pre-2007 Word .doc container
_PDF = b"%PDF"
_MARKDOWN_EMPHASIS = re.compile(r"\*\*|__")


def read_document(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The document's text; .docx is recognised by its content, whatever its name."""
    name = str(path)
    return document_text(_read_bytes(path, name, max_bytes), name)


def document_text(data: bytes, name: str) -> str:
    """A document's bytes as text; `name` gives the suffix (.docx, .md) and the messages."""
    suffix = Path(name).suffix.lower()
    if data.startswith(_ZIP):
        return docx_text(data, name)
    if suffix == ".docx":
        raise _problem(
            name,
            "tệp .docx không hợp lệ: không phải tệp Word (ZIP)",
            "not a valid .docx: it is not a Word (ZIP) file",
        )
    if data.startswith(_OLE):
        raise _problem(
            name,
            "tệp Word cũ (.doc) chưa được hỗ trợ: hãy lưu lại thành .docx",
            "old Word files (.doc) are not supported: save it as .docx",
        )
    if data.startswith(_PDF):
        raise _problem(
            name,
            "tệp PDF chưa được hỗ trợ: hãy chép văn bản ra tệp .txt",
            "PDF is not supported: copy the text into a .txt file",
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
    text = decode(data, name)
    if suffix in (".md", ".markdown"):
        text = _MARKDOWN_EMPHASIS.sub("", text)
    return text


def _read_bytes(path: Path, name: str, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise _problem(
                name,
                f"tệp quá lớn ({size} byte, giới hạn {max_bytes} byte)",
                f"file too large ({size} bytes, limit {max_bytes})",
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise _problem(name, "không tìm thấy tệp", "file not found") from None
    except IsADirectoryError:
        raise _problem(
            name, "đây là thư mục, không phải tệp", "this is a folder, not a file"
        ) from None
    except PermissionError:
        raise _problem(name, "không có quyền đọc tệp", "permission denied") from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise _problem(
            name, f"không đọc được tệp: {reason}", f"cannot read the file: {reason}"
        ) from None


def docx_text(data: bytes, name: str) -> str:
    """The paragraphs and table rows of a .docx, in document order, one per line."""
    from docx import Document
    from docx.table import Table

    try:
        document = Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                for row in block.rows:
                    cells = list(dict.fromkeys(_one_line(cell.text) for cell in row.cells))
                    lines.append(" | ".join(cells))
            else:
                lines.append(_one_line(block.text))
    # python-docx reports a damaged file through many types (zipfile, lxml, KeyError, its
    # own PackageNotFoundError); all of them mean the same thing to the user.
    except Exception as exc:
        raise _problem(
            name,
            f"không đọc được tệp .docx: {type(exc).__name__}",
            f"cannot read the .docx: {type(exc).__name__}",
        ) from None
    return "\n".join(lines)


def _one_line(text: str) -> str:
    """A paragraph's soft line breaks become spaces, so one paragraph stays one line."""
    return re.sub(r"[\r\n\v]+", " ", text)


def _problem(name: str, vi: str, en: str) -> ExtractError:
    return ExtractError([Problem(name, 0, 0, vi, en)])
