"""The .xlsx file as a container, checked before any workbook library opens it: a ZIP (not
an encrypted or old-format OLE file) within the limits every ZIP is read in
(`loading.archive`), with the parts of a workbook.
"""

from __future__ import annotations

import zipfile

from lotrinh.loading.archive import checked_zip
from lotrinh.loading.errors import LoadError, Problem

MAX_UNPACKED = 256 * 1024 * 1024
"""A workbook of every province's plan unpacks to a few megabytes; 256 MB leaves room for
real workbooks padded with formatting while refusing what would exhaust memory. Not tied to
`--max-bytes` as a document's limit is: a sheet formatted down a million rows is a 2.6 MB file
that unpacks to 65 MB, 25 times, where a document's XML unpacks 5 to 10 times."""

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
    archive = checked_zip(
        data,
        name,
        MAX_UNPACKED,
        (
            "không phải tệp Excel (.xlsx): tệp không phải định dạng ZIP của Office",
            "not an Excel workbook (.xlsx): the file is not an Office ZIP package",
        ),
    )
    names = set(archive.namelist())
    if _WORKBOOK not in names:
        raise _refuse(
            name,
            "không phải sổ tính Excel: tệp ZIP không có xl/workbook.xml (có thể là .docx?)",
            "not an Excel workbook: the ZIP has no xl/workbook.xml (a .docx, perhaps?)",
        )
    notes = []
    if _MACROS in names:
        notes.append(
            Problem.of_file(
                name,
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
    return LoadError([Problem.of_file(name, vi, en)])
