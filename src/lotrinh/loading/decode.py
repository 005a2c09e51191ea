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
from typing import BinaryIO

from lotrinh.loading.errors import LoadError, Problem
from lotrinh.numbers import Lang, format_count

DEFAULT_MAX_BYTES = 4 * 1024 * 1024
"""200 times the Long An plan and more than a plan for every province together would need,
yet small enough that even the pure-Python parser refuses or reads it within seconds."""


_CHUNK = 1 << 20
MAX_READ = 2**40
"""No limit asked for is larger than this (1 TiB): beyond it, a byte count no longer fits the
operating system's reads."""


def read_text(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read a plan file as UTF-8 text, refusing what is too large, binary or mis-encoded."""
    return decode(read_bytes(path, max_bytes), str(path))


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file's bytes, refusing what is too large or cannot be read.

    The size is checked on what is read, not on what `stat` says: a pipe, a device such as
    /dev/zero or a file still being written has no trustworthy size.
    """
    name = str(path)
    max_bytes = min(max_bytes, MAX_READ)
    try:
        # Before opening: opening a FIFO with no writer waits forever, and a device never ends.
        if not stat.S_ISREG(path.stat().st_mode):
            raise LoadError(
                [
                    Problem.of_file(
                        name,
                        "không phải tệp thông thường (thư mục, ống dẫn hay thiết bị): không đọc",
                        "not a regular file (a directory, pipe or device): not read",
                    )
                ]
            )
        with path.open("rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > max_bytes:
                raise LoadError([_too_large(name, size, max_bytes)])
            return read_limited(stream, name, max_bytes)
    except OSError as exc:
        raise LoadError([_unreadable(name, exc)]) from None


def read_limited(stream: BinaryIO, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """At most `max_bytes` from a stream (a file, a pipe, standard input), refusing more."""
    max_bytes = min(max_bytes, MAX_READ)
    try:
        # In pieces: read(n) sets aside n bytes before reading one, and the file may grow.
        chunks, total = [], 0
        while chunk := stream.read(min(_CHUNK, max_bytes + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise LoadError([_too_large(name, None, max_bytes)])
    except OSError as exc:
        raise LoadError([_unreadable(name, exc)]) from None
    return b"".join(chunks)


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM); refuse UTF-16/32, NUL bytes and invalid sequences."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise LoadError(
            [
                Problem.of_file(
                    name,
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


def _too_large(name: str, size: int | None, limit: int) -> Problem:
    size_vi = "" if size is None else f"{format_count(size)} byte, "
    size_en = "" if size is None else f"{format_count(size, Lang.EN)} bytes, "
    return Problem.of_file(
        name,
        f"tệp quá lớn ({size_vi}giới hạn {format_count(limit)} byte); dùng --max-bytes nếu "
        "đúng là kế hoạch lớn như vậy",
        f"file too large ({size_en}limit {format_count(limit, Lang.EN)} bytes); use --max-bytes "
        "if the plan really is that large",
    )


def _unreadable(name: str, exc: OSError) -> Problem:
    if isinstance(exc, FileNotFoundError):
        return Problem.of_file(
            name, "không đọc được tệp: không tìm thấy tệp", "cannot read the file: not found"
        )
    reason = exc.strerror or type(exc).__name__
    return Problem.of_file(name, f"không đọc được tệp: {reason}", f"cannot read the file: {reason}")
