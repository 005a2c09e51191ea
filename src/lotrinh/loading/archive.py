"""ZIP containers (.docx, .xlsx) checked with bounded memory and time, the same way for every
reader of one.

A ZIP's directory declares each member's sizes, and a hostile one lies: a 1 MB .docx can hold
a document.xml that inflates to 1 GB, and python-docx or openpyxl would inflate it whole before
looking at it. So members are inflated here first, in chunks, and the reading stops as soon as
any limit is passed, whatever the directory says:

- at most `MAX_MEMBERS` members;
- the declared uncompressed sizes together at most the reader's limit (refused before
  inflating anything): `inflated_limit(max_bytes)` for a document, a fixed size for a
  workbook (`excel.container.MAX_UNPACKED`);
- no member encrypted (zipfile would ask for a password);
- the bytes actually inflated together at most the same limit (zipfile itself stops a member
  at its declared size and then finds its checksum wrong: a lying directory costs one chunk);
- no member inflating more than `MAX_RATIO` times its compressed size once past 1 MiB.

The API: `read_members` returns every member's verified bytes, and `bounded_zip_stream` wraps
them as a stream for a library that opens the container itself (python-docx); `checked_zip`
inflates every member once and keeps nothing, for a library that must stream a large
container (openpyxl's read-only mode) and then finds exactly the bytes checked here. Every
refusal is a `LoadError` naming the file (and the member), a problem of the whole file.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from lotrinh.loading.errors import LoadError, Problem
from lotrinh.numbers import Lang, format_count

INFLATE_FACTOR = 8
"""Office XML compresses about 5 to 10 times, so a file within `--max-bytes` may hold up to this
many times its limit once inflated; a container that holds more is refused."""

MAX_MEMBERS = 10_000
"""A .docx holds a few dozen members, an .xlsx a few per sheet; tens of thousands of tiny
members is a way to spend time, not a document."""

MAX_RATIO = 1_000
"""Deflate cannot compress more than about 1032:1; a member past that is not deflated text."""

RATIO_FLOOR = 1024 * 1024
"""Below this many inflated bytes the ratio is not looked at: a small member may be all
repetition (an empty sheet's styles)."""

NOT_A_ZIP = ("không phải tệp ZIP hợp lệ", "not a valid ZIP file")
"""What a file that is no ZIP at all is told, unless its reader says what it should have been."""

_CHUNK = 64 * 1024
_ENCRYPTED = 0x1
"""The general-purpose flag bit of an encrypted member (APPNOTE 4.4.4)."""


def inflated_limit(max_bytes: int) -> int:
    """How many bytes a container within `max_bytes` may inflate to, all members together."""
    return INFLATE_FACTOR * max_bytes


@dataclass(frozen=True)
class _Limit:
    """How many bytes all members may inflate to, and the `--max-bytes` it comes from, if any
    (then the refusal says how to raise it)."""

    total: int
    max_bytes: int | None = None


def read_members(data: bytes, name: str, max_bytes: int) -> dict[str, bytes]:
    """Every member of the ZIP in `data`, inflated within the limits above, by member name.

    Raises `LoadError` (naming `name`) for a file that is not a ZIP, is damaged, encrypted, or
    passes a limit; memory stays within `inflated_limit(max_bytes)` plus one chunk.
    """
    with _open(data, name, NOT_A_ZIP) as archive:
        limit = _Limit(inflated_limit(max_bytes), max_bytes)
        return dict(_inflated(archive, name, limit, keep=True))


def bounded_zip_stream(data: bytes, name: str, max_bytes: int) -> io.BytesIO:
    """The ZIP in `data` respelled with the members `read_members` verified, stored
    uncompressed, as a stream a library can open (python-docx): it inflates nothing itself."""
    members = read_members(data, name, max_bytes)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as stored:
        for member, content in members.items():
            stored.writestr(member, content)
    buffer.seek(0)
    return buffer


def checked_zip(
    data: bytes, name: str, limit: int, not_a_zip: tuple[str, str] = NOT_A_ZIP
) -> zipfile.ZipFile:
    """The ZIP in `data`, every member inflated once within the limits above (`limit` bytes
    all together) and found whole, the bytes not kept: memory stays at one chunk.

    A library opening `data` afterwards inflates no more than was checked: zipfile stops a
    member at its declared size, which was checked, and the checksums were found right.
    `not_a_zip` is what a file that is no ZIP is told (vi, en). Raises `LoadError`.
    """
    archive = _open(data, name, not_a_zip)
    try:
        for _ in _inflated(archive, name, _Limit(limit), keep=False):
            pass
    except LoadError:
        archive.close()
        raise
    return archive


def _open(data: bytes, name: str, not_a_zip: tuple[str, str]) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise LoadError([Problem.of_file(name, *not_a_zip)]) from None


def _inflated(
    archive: zipfile.ZipFile, name: str, limit: _Limit, keep: bool
) -> Iterator[tuple[str, bytes]]:
    """Each member's name and bytes (none unless `keep`), the directory checked first."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _refused(
            name,
            f"có {format_count(len(infos))} thành phần, quá giới hạn {format_count(MAX_MEMBERS)}",
            f"holds {format_count(len(infos), Lang.EN)} members, more than the limit of "
            f"{format_count(MAX_MEMBERS, Lang.EN)}",
            None,
        )
    declared = sum(info.file_size for info in infos)
    if declared > limit.total:
        raise _too_large(name, limit, declared)
    total = 0
    for info in infos:
        size, content = _inflate(archive, info, name, limit, limit.total - total, keep)
        total += size
        yield info.filename, content


def _inflate(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    name: str,
    limit: _Limit,
    room: int,
    keep: bool,
) -> tuple[int, bytes]:
    """One member's size and (if `keep`) bytes, stopping as soon as it passes `room` or the
    ratio."""
    if info.flag_bits & _ENCRYPTED:
        raise _refused(name, "được đặt mật khẩu", "is password-protected", info.filename)
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > room:
                    raise _too_large(name, limit, None, info.filename)
                if size > RATIO_FLOOR and size > MAX_RATIO * max(info.compress_size, 1):
                    raise _refused(
                        name,
                        f"tỷ lệ nén quá {format_count(MAX_RATIO)}:1 (bom nén)",
                        f"compression ratio above {format_count(MAX_RATIO, Lang.EN)}:1 "
                        "(a zip bomb)",
                        info.filename,
                    )
                if keep:
                    chunks.append(chunk)
    except LoadError:
        raise
    except NotImplementedError:
        raise _refused(
            name,
            "dùng cách nén không được hỗ trợ",
            "uses an unsupported compression method",
            info.filename,
        ) from None
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError):
        raise _refused(
            name,
            "bị hỏng (dữ liệu nén, kích thước hoặc mã kiểm tra CRC không khớp)",
            "is damaged (its compressed data, size or CRC checksum do not match)",
            info.filename,
        ) from None
    return size, b"".join(chunks)


def _too_large(
    name: str, limit: _Limit, declared: int | None, member: str | None = None
) -> LoadError:
    said_vi = "" if declared is None else f"khai {format_count(declared)} byte, "
    said_en = "" if declared is None else f"declares {format_count(declared, Lang.EN)} bytes, "
    vi = f"giải nén quá lớn ({said_vi}giới hạn {format_count(limit.total)} byte"
    en = f"inflates too large ({said_en}limit {format_count(limit.total, Lang.EN)} bytes"
    if limit.max_bytes is None:
        return _refused(
            name,
            f"{vi}): có thể là tệp nén độc hại (zip bomb)",
            f"{en}): possibly a zip bomb",
            member,
        )
    return _refused(
        name,
        f"{vi} = {INFLATE_FACTOR} × --max-bytes {format_count(limit.max_bytes)}): có thể là "
        "tệp nén độc hại (zip bomb); dùng --max-bytes lớn hơn nếu đúng là văn bản lớn như vậy",
        f"{en} = {INFLATE_FACTOR} × --max-bytes {format_count(limit.max_bytes, Lang.EN)}): "
        "possibly a zip bomb; raise --max-bytes if the document really is that large",
        member,
    )


def _refused(name: str, vi: str, en: str, member: str | None) -> LoadError:
    """A problem of the whole file `name`, said of the container or of one of its members."""
    where_vi = "tệp nén" if member is None else f"thành phần {member!r} của tệp nén"
    where_en = "the container" if member is None else f"member {member!r} of the container"
    return LoadError([Problem.of_file(name, f"{where_vi} {vi}", f"{where_en} {en}")])
