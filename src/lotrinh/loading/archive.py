"""ZIP containers (.docx, .xlsx) opened with bounded memory and time.

A ZIP's directory declares each member's sizes, and a hostile one lies: a 1 MB .docx can hold
a document.xml that inflates to 1 GB, and python-docx or openpyxl would inflate it whole before
looking at it. So members are inflated here first, in chunks, and the reading stops as soon as
any limit is passed, whatever the directory says:

- at most `MAX_MEMBERS` members;
- the declared uncompressed sizes together at most `inflated_limit(max_bytes)` (refused before
  inflating anything);
- the bytes actually inflated together at most the same limit (zipfile itself stops a member
  at its declared size and then finds its checksum wrong: a lying directory costs one chunk);
- no member inflating more than `MAX_RATIO` times its compressed size once past 1 MiB.

The API: `read_members` returns every member's verified bytes; `bounded_zip_stream` (a
stream) and `open_bounded_zip` (a `zipfile.ZipFile`) wrap them for a library that opens the
container itself. Every
refusal is a `LoadError` naming the file (and the member), placed at 1:1 since it concerns the
whole file.
"""

from __future__ import annotations

import io
import zipfile
import zlib

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
_CHUNK = 64 * 1024


def inflated_limit(max_bytes: int) -> int:
    """How many bytes a container within `max_bytes` may inflate to, all members together."""
    return INFLATE_FACTOR * max_bytes


def read_members(data: bytes, name: str, max_bytes: int) -> dict[str, bytes]:
    """Every member of the ZIP in `data`, inflated within the limits above, by member name.

    Raises `LoadError` (naming `name`) for a file that is not a ZIP, is damaged, encrypted, or
    passes a limit; memory stays within `inflated_limit(max_bytes)` plus one chunk.
    """
    limit = inflated_limit(max_bytes)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise LoadError(
            [Problem(name, 1, 1, "không phải tệp ZIP hợp lệ", "not a valid ZIP file")]
        ) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _refused(
                name,
                f"có {format_count(len(infos))} thành phần, quá giới hạn "
                f"{format_count(MAX_MEMBERS)}",
                f"holds {format_count(len(infos), Lang.EN)} members, more than the limit of "
                f"{format_count(MAX_MEMBERS, Lang.EN)}",
                None,
            )
        declared = sum(info.file_size for info in infos)
        if declared > limit:
            raise _too_large(name, limit, max_bytes, declared)
        members: dict[str, bytes] = {}
        total = 0
        for info in infos:
            content = _inflate(archive, info, name, limit - total, max_bytes)
            total += len(content)
            members[info.filename] = content
    return members


def bounded_zip_stream(data: bytes, name: str, max_bytes: int) -> io.BytesIO:
    """The ZIP in `data` respelled with the members `read_members` verified, stored
    uncompressed, as a stream a library can open (python-docx, openpyxl): it inflates nothing
    itself."""
    members = read_members(data, name, max_bytes)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as stored:
        for member, content in members.items():
            stored.writestr(member, content)
    buffer.seek(0)
    return buffer


def open_bounded_zip(data: bytes, name: str, max_bytes: int) -> zipfile.ZipFile:
    """`bounded_zip_stream` as a `ZipFile`."""
    return zipfile.ZipFile(bounded_zip_stream(data, name, max_bytes))


def _inflate(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, room: int, max_bytes: int
) -> bytes:
    """One member's bytes, stopping as soon as it passes `room` or the ratio."""
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > room:
                    raise _too_large(
                        name, inflated_limit(max_bytes), max_bytes, None, info.filename
                    )
                if size > RATIO_FLOOR and size > MAX_RATIO * max(info.compress_size, 1):
                    raise _refused(
                        name,
                        f"tỷ lệ nén quá {format_count(MAX_RATIO)}:1 (bom nén)",
                        f"compression ratio above {format_count(MAX_RATIO, Lang.EN)}:1 "
                        "(a zip bomb)",
                        info.filename,
                    )
                chunks.append(chunk)
    except LoadError:
        raise
    except RuntimeError:  # zipfile's word for an encrypted member
        raise _refused(name, "được đặt mật khẩu", "is password-protected", info.filename) from None
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
    return b"".join(chunks)


def _too_large(
    name: str, limit: int, max_bytes: int, declared: int | None, member: str | None = None
) -> LoadError:
    said_vi = "" if declared is None else f"khai {format_count(declared)} byte, "
    said_en = "" if declared is None else f"declares {format_count(declared, Lang.EN)} bytes, "
    return _refused(
        name,
        f"giải nén quá lớn ({said_vi}giới hạn {format_count(limit)} byte = "
        f"{INFLATE_FACTOR} × --max-bytes {format_count(max_bytes)}); dùng --max-bytes lớn hơn "
        "nếu đúng là văn bản lớn như vậy",
        f"inflates too large ({said_en}limit {format_count(limit, Lang.EN)} bytes = "
        f"{INFLATE_FACTOR} × --max-bytes {format_count(max_bytes, Lang.EN)}); raise --max-bytes "
        "if the document really is that large",
        member,
    )


def _refused(name: str, vi: str, en: str, member: str | None) -> LoadError:
    """A problem at 1:1 of `name`, said of the container or of one of its members."""
    where_vi = "tệp nén" if member is None else f"thành phần {member!r} của tệp nén"
    where_en = "the container" if member is None else f"member {member!r} of the container"
    return LoadError([Problem(name, 1, 1, f"{where_vi} {vi}", f"{where_en} {en}")])
