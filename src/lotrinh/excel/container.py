"""The .xlsx file as a container, checked before any workbook library opens it: a ZIP (not
an encrypted or old-format OLE file), with the parts of a workbook, whose declared unpacked
size is bounded.

The declared sizes are a real bound: Python's zipfile never returns more bytes of a member
than its header declares, so a "zip bomb" cannot unpack past what is checked here.
"""

from __future__ import annotations

import io
import zipfile

from lotrinh.loading.errors import LoadError, Problem
from lotrinh.numbers import Lang, format_count

MAX_UNPACKED = 256 * 1024 * 1024
"""A workbook of every province's plan unpacks to a few megabytes; 256 MB leaves room for
real workbooks padded with formatting while refusing what would exhaust memory."""

MAX_MEMBERS = 10_000

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An Office file protected by a password is an OLE compound file holding this stream (its
# directory stores names in UTF-16).
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_WORKBOOK = "xl/workbook.xml"
_MACROS = "xl/vbaProject.bin"


def open_container(data: bytes, name: str) -> tuple[zipfile.ZipFile, list[Problem]]:
    """The ZIP of a workbook, checked; and notes to show (macros present and ignored).

    Raises `LoadError` for anything that is not a readable, reasonably sized workbook.
    """
    if data.startswith(_OLE):
        if _ENCRYPTED in data:
            raise _refuse(
                name,
                "sổ tính được bảo vệ bằng mật khẩu (mã hóa): hãy mở bằng Excel, bỏ mật khẩu "
                "(Tệp → Thông tin → Bảo vệ sổ làm việc) rồi lưu lại thành .xlsx",
                "the workbook is password-protected (encrypted): open it in Excel, remove the "
                "password and save it again as .xlsx",
            )
        raise _refuse(
            name,
            "tệp Excel cũ (.xls) chưa được hỗ trợ: hãy lưu lại thành .xlsx",
            "old Excel files (.xls) are not supported: save it as .xlsx",
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        raise _refuse(
            name,
            "không phải tệp Excel (.xlsx): tệp không phải định dạng ZIP của Office",
            "not an Excel workbook (.xlsx): the file is not an Office ZIP package",
        ) from None
    if len(members) > MAX_MEMBERS:
        raise _refuse(
            name,
            f"tệp ZIP có {format_count(len(members), Lang.VI)} thành phần, quá nhiều cho một "
            "sổ tính",
            f"the ZIP holds {len(members)} members, too many for a workbook",
        )
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED:
        mb = unpacked // (1024 * 1024)
        raise _refuse(
            name,
            f"sổ tính giải nén ra {format_count(mb, Lang.VI)} MB (giới hạn "
            f"{MAX_UNPACKED // (1024 * 1024)} MB): có thể là tệp nén độc hại (zip bomb)",
            f"the workbook unpacks to {mb} MB (limit {MAX_UNPACKED // (1024 * 1024)} MB): "
            "possibly a zip bomb",
        )
    if any(member.flag_bits & 0x1 for member in members):
        raise _refuse(name, "tệp ZIP được mã hóa", "the ZIP is encrypted")
    names = {member.filename for member in members}
    if _WORKBOOK not in names:
        raise _refuse(
            name,
            "không phải sổ tính Excel: tệp ZIP không có xl/workbook.xml (có thể là .docx?)",
            "not an Excel workbook: the ZIP has no xl/workbook.xml (a .docx, perhaps?)",
        )
    notes = []
    if _MACROS in names:
        notes.append(
            Problem(
                name,
                0,
                0,
                "sổ tính có macro (VBA): macro không được chạy, chỉ đọc giá trị các ô",
                "the workbook holds macros (VBA): they are not run, only cell values are read",
            )
        )
    return archive, notes


def sheet_bytes(archive: zipfile.ZipFile) -> int:
    """The declared unpacked size of the worksheets: what loading them whole would parse."""
    return sum(
        member.file_size
        for member in archive.infolist()
        if member.filename.startswith("xl/worksheets/")
    )


def _refuse(name: str, vi: str, en: str) -> LoadError:
    """A problem of the whole workbook, at 1:1 as for any file (editors and CI annotations
    parse `file:1:1`; a bare `file:` they do not)."""
    return LoadError([Problem(name, 1, 1, vi, en)])
