"""Hostile ZIP containers built by hand, in milliseconds: shared by the tests of every reader
of a ZIP (.docx, .xlsx)."""

from __future__ import annotations

import struct
import zlib


def one_member_zip(name: str, stream: bytes, *, declared: int, crc: int = 0) -> bytes:
    """A one-member ZIP written by hand, so that its directory can say what it likes about
    the member's uncompressed size."""
    encoded = name.encode()
    local = struct.pack(
        "<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(stream), declared, len(encoded), 0
    )
    central = struct.pack(
        "<4s6H3L5H2L",
        b"PK\x01\x02",
        20,
        20,
        0,
        8,
        0,
        0,
        crc,
        len(stream),
        declared,
        len(encoded),
        0,
        0,
        0,
        0,
        0,
        0,
    )
    directory = central + encoded
    end = struct.pack(
        "<4s4H2LH",
        b"PK\x05\x06",
        0,
        0,
        1,
        1,
        len(directory),
        len(local) + len(encoded) + len(stream),
        0,
    )
    return local + encoded + stream + directory + end


def zeros_deflated(mebibytes: int) -> bytes:
    """A raw deflate stream of `mebibytes` MiB of zeros, built in milliseconds: one fully
    flushed block repeated (a full flush makes each block independent of the ones before)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(b"\0" * (1 << 20)) + compressor.flush(zlib.Z_FULL_FLUSH)
    return block * mebibytes + compressor.flush()


def encrypted(data: bytes) -> bytes:
    """The ZIP `data` with every member's 'encrypted' flag bit set, in its local header and
    in the directory, as a password-protected ZIP has it (the bytes are not encrypted: a
    reader must refuse on the flag, never try to inflate)."""
    patched = bytearray(data)
    for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = patched.find(signature)
        while start != -1:
            patched[start + flags_at] |= 0x1
            start = patched.find(signature, start + 4)
    return bytes(patched)
