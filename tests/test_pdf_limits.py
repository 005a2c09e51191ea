"""A PDF costs what its size allows, not what its streams and pages ask for.

Each hostile PDF is a few kilobytes written in the test (`tests/hostile_pdf.py`): a stream that
inflates to hundreds of megabytes, one that inflates past the limit without a suspicious ratio,
a form drawn over and over, a page of too many characters, too many characters in the file, a
bomb in the cross-reference stream read before any page. Each is refused with a located message
(the file at 1:1, the page when one is being read) in Vietnamese and English, never a traceback.
"""

from __future__ import annotations

import subprocess
import sys
import tracemalloc
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lotrinh.extract.pdf import pdf_lines
from lotrinh.extract.result import ExtractError
from lotrinh.loading.decode import DEFAULT_MAX_BYTES
from tests.conftest import assert_refused, run_cli
from tests.hostile_pdf import (
    Stream,
    deflated,
    document,
    plain,
    run_lengths,
    spaces_deflated,
    text_page,
)

SMALL = 16 * 1024
"""A `--max-bytes` that keeps the limits tied to it small: 128 KiB inflated, 32 KiB of content
interpreted, 2.048 objects."""


def refusal(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """The single problem `pdf_lines` reports, in Vietnamese and English, placed at 1:1."""
    with pytest.raises(ExtractError) as raised:
        pdf_lines(data, "bom.pdf", max_bytes)
    [problem] = raised.value.problems
    assert (problem.path, problem.line, problem.column) == ("bom.pdf", 1, 1)
    return problem.message_vi, problem.message_en


def test_a_content_stream_inflating_a_thousand_times_is_refused_past_a_mebibyte() -> None:
    # 200 MB of spaces deflated twice: 300 bytes in the file.
    bomb = document([spaces_deflated(200 << 20, prefix=text_page(b"Hello"), times=2)])
    assert len(bomb) < 2_000
    tracemalloc.start()
    vi, en = refusal(bomb)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert vi.startswith("trang 1: ") and "(đối tượng 6)" in vi and "bom nén" in vi, vi
    assert en.startswith("page 1: ") and "(object 6)" in en and "bomb" in en, en
    assert "1.000:1" in vi and "1,000:1" in en
    assert peak < 20 << 20, peak


def test_streams_inflating_past_the_limit_are_refused_whatever_their_ratio() -> None:
    # 300 KB of spaces: too little for the ratio to count, more than 8 × 16 KiB.
    data = document([spaces_deflated(300_000, prefix=text_page(b"Hello"))])
    vi, en = refusal(data, SMALL)
    assert "giải nén quá 131.072 byte = 8 × --max-bytes 16.384" in vi, vi
    assert "inflate past 131,072 bytes = 8 × --max-bytes 16,384" in en, en
    assert pdf_lines(data, "k.pdf", 256 * 1024)[0].text == "Hello"


def test_run_length_streams_count_too() -> None:
    vi, _ = refusal(document([run_lengths(640_000)]), SMALL)
    assert "giải nén quá 131.072 byte" in vi, vi


def test_a_bomb_read_before_any_page_is_said_of_the_file() -> None:
    data = document([plain(text_page(b"Hello"))], xref_stream=spaces_deflated(300 << 20))
    vi, en = refusal(data)
    assert vi.startswith("tệp PDF: các luồng dữ liệu giải nén quá 33.554.432 byte"), vi
    assert en.startswith("the PDF: the streams inflate past 33,554,432 bytes"), en


def test_a_form_drawn_over_and_over_is_refused() -> None:
    # 2 KB of harmless operators drawn 1.000 times from 6 KB of page: 2 MB to interpret.
    form = deflated(b"q Q\n" * 512)
    data = document([plain(b"/X Do\n" * 1_000)], form=form)
    vi, en = refusal(data, SMALL)
    assert vi.startswith("trang 1: nội dung cần diễn giải quá 32.768 byte = 2 × --max-bytes"), vi
    assert "drawn over and over" in en, en


def test_a_page_of_too_many_characters_is_refused() -> None:
    vi, en = refusal(document([plain(text_page(b"x" * 60_000))]))
    assert vi == (
        "trang 1: trang có quá 50.000 đối tượng (ký tự, đường, hình): đây không phải một trang "
        "văn bản"
    ), vi
    assert en.startswith("page 1: the page holds more than 50,000 objects"), en


def test_too_many_characters_in_the_file_are_refused_at_the_page_that_passes_the_limit() -> None:
    pages = [plain(text_page(b"x" * 1_500)), plain(text_page(b"y" * 1_500))]
    vi, en = refusal(document(pages), SMALL)
    assert vi.startswith("trang 2: tệp PDF có quá 2.048 đối tượng"), vi
    assert "--max-bytes / 8" in vi and "--max-bytes / 8" in en
    lines = pdf_lines(document(pages), "k.pdf", 32 * 1024)
    assert " ".join(line.text for line in lines) == "x" * 1_500 + " " + "y" * 1_500


def test_reading_a_bomb_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "bom.pdf"
    path.write_bytes(document([spaces_deflated(200 << 20, prefix=text_page(b"A"), times=2)]))
    assert_refused(run_cli("check", str(path)), path, 1, 1, "bom nén")
    run = run_cli("extract", "--lang", "en", str(path))
    assert run.exit_code == 2 and "Traceback" not in run.stdout + run.stderr
    assert f"{path}:1:1: " in run.stderr and "(a PDF bomb)" in run.stderr, run.stderr


# The bounded decoding gives what pdfminer's own gives, for every filter it undoes.

_ENCODERS = {
    "FlateDecode": lambda data: zlib.compress(data),
    "ASCIIHexDecode": lambda data: data.hex().encode() + b">",
    "RunLengthDecode": lambda data: (
        b"".join(
            bytes([len(data[i : i + 128]) - 1]) + data[i : i + 128]
            for i in range(0, len(data), 128)
        )
        + b"\x80"
    ),
}


@settings(max_examples=40, deadline=None)
@given(
    content=st.binary(max_size=600),
    filters=st.lists(st.sampled_from(sorted(_ENCODERS)), max_size=3),
)
def test_bounded_decoding_gives_what_pdfminer_gives(content: bytes, filters: list[str]) -> None:
    from pdfminer.pdftypes import PDFStream

    from lotrinh.extract import pdflimits

    stored = content
    for name in reversed(filters):
        stored = _ENCODERS[name](stored)
    stream = Stream(stored, tuple(filters))
    attrs = {"Filter": [_literal(name) for name in stream.filters]}
    expected = PDFStream(dict(attrs), stored)
    pdflimits.PDFMINER_DECODE(expected)
    with pdflimits.bounded(DEFAULT_MAX_BYTES):
        got = PDFStream(dict(attrs), stored)
        got.decode()
    assert got.data == expected.data == content


@settings(max_examples=60, deadline=None)
@given(
    stored=st.binary(max_size=300) | st.binary(max_size=300).map(zlib.compress),
    name=st.sampled_from(
        ["FlateDecode", "LZWDecode", "RunLengthDecode", "ASCIIHexDecode", "ASCII85Decode"]
    ),
)
def test_any_bytes_decode_as_pdfminer_decodes_them(stored: bytes, name: str) -> None:
    """Damaged data too: where pdfminer decodes it, the bounded decoding gives the same."""
    from pdfminer.pdftypes import PDFStream

    from lotrinh.extract import pdflimits

    attrs = {"Filter": _literal(name)}
    expected = PDFStream(dict(attrs), stored)
    try:
        pdflimits.PDFMINER_DECODE(expected)
    except Exception:  # damage pdfminer refuses: the bounded decoding may keep a part
        return
    with pdflimits.bounded(DEFAULT_MAX_BYTES):
        got = PDFStream(dict(attrs), stored)
        got.decode()
    assert got.data == expected.data


def _literal(name: str) -> object:
    from pdfminer.psparser import LIT

    return LIT(name)


_OPERATORS = st.sampled_from(
    [
        b"q", b"Q", b"/X Do", b"BT", b"ET", b"/F1 12 Tf", b"10 700 Td", b"(Tong 5) Tj",
        b"[(a) -5 (b)] TJ", b"1 0 0 1 5 5 cm", b"0 0 m 50 50 l S", b"0 0 10 10 re f",
        b"BI /W 1 /H 1 /BPC 8 /CS /G ID x EI", b"(", b"<<", b"]", b"/X", b"999999999999 Tz",
    ]
)  # fmt: skip
_ENCODED = st.sampled_from(["plain", "deflated", "run-lengths"])


def _stream(operators: list[bytes], how: str) -> Stream:
    content = b"\n".join(operators)
    if how == "deflated":
        return deflated(content)
    if how == "run-lengths":
        return Stream(_ENCODERS["RunLengthDecode"](content), ("RunLengthDecode",))
    return plain(content)


@settings(max_examples=40, deadline=None)
@given(
    pages=st.lists(st.tuples(st.lists(_OPERATORS, max_size=30), _ENCODED), max_size=3),
    form=st.tuples(st.lists(_OPERATORS, max_size=30), _ENCODED),
    max_bytes=st.sampled_from([200, SMALL, DEFAULT_MAX_BYTES]),
)
def test_any_pdf_of_these_pieces_is_read_or_refused(
    pages: list[tuple[list[bytes], str]], form: tuple[list[bytes], str], max_bytes: int
) -> None:
    """Whatever the pages draw (a form drawing itself included), the reading ends in lines or
    in a located refusal; a limit never escapes as anything else."""
    data = document([_stream(*page) for page in pages], form=_stream(*form))
    try:
        pdf_lines(data, "f.pdf", max_bytes)
    except ExtractError as exc:
        assert [(p.path, p.line, p.column) for p in exc.problems] == [("f.pdf", 1, 1)]


def test_pdfminers_own_warnings_are_not_printed(tmp_path: Path) -> None:
    """pdfminer logs what it skips (a form that draws itself) and Python would print it on
    stderr, in English, with whatever the file put in it."""
    path = tmp_path / "k.pdf"
    content = b"/X Do\n" + text_page(b"Nam 2024 tong bien che la 5 bien che.")
    path.write_bytes(document([plain(content)], form=plain(b"/X Do")))
    # A process of its own: pytest's log capture would hide what Python prints by default.
    done = subprocess.run(
        [sys.executable, "-m", "lotrinh", "extract", str(path)], capture_output=True, check=False
    )
    said = done.stderr.decode()
    assert "Refusing" not in said and "circular" not in said and "Traceback" not in said, said


def test_more_pages_than_the_limit_are_refused_before_any_is_read() -> None:
    vi, en = refusal(document([plain(b"")] * 2_001))
    assert vi == "tệp PDF có hơn 2.000 trang, quá giới hạn", vi
    assert en == "the PDF has more than 2,000 pages, the limit", en
