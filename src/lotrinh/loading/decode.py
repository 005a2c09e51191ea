"""Bytes to text, deliberately: UTF-8 only (a BOM is accepted), never the locale's default.

Vietnamese files still arrive in Windows-1258 or TCVN3 from old office machines; decoding
them as anything but UTF-8 would produce plausible-looking garbage, so they are refused
with a position and a hint instead.
"""

from __future__ import annotations

import codecs
import os
import stat
import unicodedata
from pathlib import Path

from lotrinh.loading.errors import LoadError, Problem
from lotrinh.numbers import Lang, format_count

DEFAULT_MAX_BYTES = 4 * 1024 * 1024
"""200 times the Long An plan and more than a plan for every province together would need,
yet small enough that even the pure-Python parser refuses or reads it within seconds."""


def read_text(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read a plan file as UTF-8 text, refusing what is too large, binary or mis-encoded."""
    return decode(read_bytes(path, max_bytes), str(path))


def read_bytes(
    path: Path, max_bytes: int = DEFAULT_MAX_BYTES, *, regular_only: bool = False
) -> bytes:
    """Read a file's bytes, refusing what is too large or cannot be read.

    The size is checked on what is read, not on what `stat` says: a pipe, a device such as
    /dev/zero or a file still being written has no trustworthy size. With `regular_only`, a
    pipe, socket or device is refused before anything is read (documents: a FIFO with no
    writer would otherwise wait forever).
    """
    name = str(path)
    try:
        # Opened without blocking, so that a FIFO with no writer is opened at once and its
        # kind can be checked before anything is read.
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        with os.fdopen(descriptor, "rb") as stream:
            status = os.fstat(descriptor)
            if not stat.S_ISREG(status.st_mode):
                if regular_only:
                    raise LoadError([_not_regular(name, status.st_mode)])
                os.set_blocking(descriptor, True)
            elif status.st_size > max_bytes:
                raise LoadError([_too_large(name, status.st_size, max_bytes)])
            data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise LoadError([_unreadable(name, exc)]) from None
    if len(data) > max_bytes:
        raise LoadError([_too_large(name, None, max_bytes)])
    return data


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM); refuse UTF-16/32, NUL bytes and invalid sequences."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise LoadError(
            [
                Problem(
                    name,
                    1,
                    1,
                    "tệp được lưu bằng UTF-16; hãy lưu lại dưới dạng UTF-8",
                    "the file is UTF-16; save it as UTF-8",
                )
            ]
        )
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _locate(data, exc.start)
        raise LoadError(
            [
                Problem(
                    name,
                    line,
                    column,
                    f"byte 0x{data[exc.start]:02X} không hợp lệ trong UTF-8; tệp có thể được lưu "
                    "bằng Windows-1258 hoặc TCVN3: hãy lưu lại dưới dạng UTF-8",
                    f"byte 0x{data[exc.start]:02X} is not valid UTF-8; the file may be in "
                    "Windows-1258 or TCVN3: save it as UTF-8",
                )
            ]
        ) from None
    if "\x00" in text:
        line, column = _locate(data, data.index(b"\x00"))
        raise LoadError(
            [
                Problem(
                    name,
                    line,
                    column,
                    "tệp chứa byte NUL: đây không phải tệp văn bản YAML",
                    "the file contains a NUL byte: it is not a YAML text file",
                )
            ]
        )
    return text


def nfc(text: str) -> str:
    """Unicode NFC: Vietnamese typed on macOS arrives decomposed (NFD); compare it composed."""
    return unicodedata.normalize("NFC", text)


def _locate(data: bytes, offset: int) -> tuple[int, int]:
    before = data[:offset]
    line = before.count(b"\n") + 1
    start = before.rfind(b"\n") + 1
    column = len(before[start:].decode("utf-8", errors="replace")) + 1
    return line, column


# Problems with the file as a whole are placed at 1:1, as ruff and compilers do, so that every
# message has the file:line:column form that editors and CI annotations parse.


def _too_large(name: str, size: int | None, limit: int) -> Problem:
    size_vi = "" if size is None else f"{format_count(size)} byte, "
    size_en = "" if size is None else f"{format_count(size, Lang.EN)} bytes, "
    return Problem(
        name,
        1,
        1,
        f"tệp quá lớn ({size_vi}giới hạn {format_count(limit)} byte); dùng --max-bytes nếu "
        "đúng là kế hoạch lớn như vậy",
        f"file too large ({size_en}limit {format_count(limit, Lang.EN)} bytes); use --max-bytes "
        "if the plan really is that large",
    )


def _unreadable(name: str, exc: OSError) -> Problem:
    if isinstance(exc, FileNotFoundError):
        return Problem(
            name, 1, 1, "không đọc được tệp: không tìm thấy tệp", "cannot read the file: not found"
        )
    if isinstance(exc, IsADirectoryError):
        return _not_regular(name, stat.S_IFDIR)
    reason = exc.strerror or type(exc).__name__
    return Problem(name, 1, 1, f"không đọc được tệp: {reason}", f"cannot read the file: {reason}")


def _not_regular(name: str, mode: int) -> Problem:
    if stat.S_ISDIR(mode):
        return Problem(name, 1, 1, "đây là thư mục, không phải tệp", "this is a folder, not a file")
    kind_vi, kind_en = (
        ("ống dẫn (FIFO)", "a pipe (FIFO)")
        if stat.S_ISFIFO(mode)
        else ("thiết bị hoặc socket", "a device or socket")
    )
    return Problem(
        name,
        1,
        1,
        f"đây là {kind_vi}, không phải tệp thường: hãy lưu văn bản thành tệp rồi chạy lại",
        f"this is {kind_en}, not a regular file: save the document to a file and run again",
    )
