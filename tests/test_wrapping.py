"""A text file wrapped at a fixed width reads as the same text with one paragraph per line
(`lotrinh.extract.wrapping`), and every position it reports is its own in the file."""

from __future__ import annotations

import textwrap
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lotrinh.extract import ExtractError
from lotrinh.extract.reader import document_lines
from lotrinh.extract.wrapping import unwrap

CORPUS = Path(__file__).parent / "corpus"
DOCUMENTS = sorted(path for path in CORPUS.glob("*/document.txt") if "--" not in path.parent.name)


def _wrapped(text: str, width: int) -> str:
    """Each line longer than `width` broken at spaces, as an editor or pdftotext would."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) > width:
            out += textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        else:
            out.append(line)
    return "\n".join(out)


def _claims(text: str) -> set[tuple[object, ...]]:
    try:
        result = document_lines(text.encode(), "doc.txt").extract("doc.txt")
    except ExtractError:
        return set()  # no staffing figure read at all
    return {
        (claim["unit"], claim["year"], claim.get("value"), repr(claim.get("changes")))
        for claim in result.data["claims"]
    }


def test_a_wrapped_paragraph_is_read_as_one_line_at_its_own_positions() -> None:
    """The second sentence of a paragraph wrapped over two lines is reported at its own line
    and column; its figure is the paragraph's unit's, not a unit named by a fragment."""
    text = (
        "KẾ HOẠCH TINH GIẢN BIÊN CHẾ\n"
        "\n"
        "Năm 2021, biên chế công chức của tỉnh là 2.000 biên chế. Năm 2026, biên chế\n"
        "công chức của tỉnh còn 1.900 biên chế, giảm 100 biên chế so với năm 2021, tỷ\n"
        "lệ giảm 5%. Năm 2021, số lượng người làm việc của tỉnh là 20.000 người; năm\n"
        "2026 còn 18.000 người, giảm 2.000 người so với năm 2021, tỷ lệ giảm 10%.\n"
    )
    document = document_lines(text.encode(), "doc.txt")
    assert document.lines[3:6] == ("", "", "")
    result = document.extract("doc.txt")
    values = {(c["unit"], c["year"], c.get("value")) for c in result.data["claims"]}
    assert {("cbcc", 2026, 1900), ("vc", 2021, 20000), ("vc", 2026, 18000)} <= values
    starts = {(entry.line, entry.column) for entry in result.coverage.entries}
    # "Năm 2026, biên chế ..." starts on line 3 after the first sentence; "Năm 2021, số
    # lượng ..." on line 5 at column 13, after "lệ giảm 5%. "
    assert (3, 58) in starts and (5, 13) in starts
    lines = {c["source_line"] for c in result.data["claims"] if c["unit"] == "vc"}
    assert lines == {5}


def test_lines_that_are_paragraphs_are_never_joined() -> None:
    """A heading, a list and short sentences each ending a line stay as they are."""
    lines = [
        "II. LỘ TRÌNH",
        "Biên chế công chức năm 2026 là 1.900 biên chế. Trong đó:",
        "- Cấp tỉnh: 1.000 biên chế;",
        "- Cấp huyện: 900 biên chế.",
        "Số lượng người làm việc năm 2026 là 18.000 người",
        "1. Sự nghiệp giáo dục: 15.000 người;",
    ]
    assert unwrap(lines) == (lines, {})


def test_a_decree_number_opening_a_line_goes_on_the_line_before() -> None:
    text = "x" * 60 + "\n" + "Hợp đồng lao động làm công việc hỗ trợ theo Nghị định số\n"
    lines = [text.split("\n")[0]] * 2 + [
        "Hợp đồng lao động làm công việc hỗ trợ, phục vụ theo Nghị định số",
        "111/2022/NĐ-CP là 25 chỉ tiêu.",
    ]
    joined, where = unwrap(lines)
    assert joined[2].endswith("Nghị định số 111/2022/NĐ-CP là 25 chỉ tiêu.")
    assert where[3].position(len(lines[2]) + 2) == (4, 1)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(DOCUMENTS), st.integers(min_value=70, max_value=110))
def test_wrapping_a_corpus_document_never_adds_a_reading(path: Path, width: int) -> None:
    """Wrapped at any common width, a corpus document reads no claim it did not read with
    one paragraph per line: a fragment of a sentence is never a unit of its own."""
    text = path.read_text(encoding="utf-8")
    assert _claims(_wrapped(text, width)) <= _claims(text)
