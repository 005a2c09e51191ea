"""Extraction of documents written for these tests, in phrasings the seed does not use.

Each document lives in tests/documents/. The expected claims are listed by hand, as an
analyst would transcribe them; a planted slip must come out exactly as written.
"""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest
from docx import Document

from lotrinh.extract import ExtractError, Status, extract_plan, plan_from_result
from lotrinh.extract.reader import read_document
from lotrinh.extract.writer import to_yaml
from lotrinh.loading import load_text
from lotrinh.model import Plan

DOCUMENTS = Path(__file__).parent / "documents"

Row = tuple[str, int, int | None, int | None, int | None, str | None, int]


def _plan(text: str, name: str = "doc.txt") -> Plan:
    """Extract, write as YAML and load it back, as a user's round trip would."""
    return load_text(to_yaml(extract_plan(text, name), name), name)


def _rows(plan: Plan) -> set[Row]:
    return {
        (
            c.unit,
            c.year,
            c.value,
            c.reduction,
            c.base_year,
            c.rate.text if c.rate else None,
            c.source_line or 0,
        )
        for c in plan.claims
    }


def _read(name: str) -> str:
    return (DOCUMENTS / name).read_text(encoding="utf-8")


BINH_MINH: set[Row] = {
    ("tong", 2024, 12500, None, None, None, 11),
    ("hanh-chinh", 2024, 2500, None, None, None, 12),
    ("su-nghiep", 2024, 10000, None, None, None, 13),
    ("tong", 2025, 12300, None, None, None, 19),
    ("tong", 2025, None, 200, 2024, "1,6%", 19),  # "tương đương 1,6%"
    ("hanh-chinh", 2025, 2450, None, None, None, 20),
    ("hanh-chinh", 2025, None, 50, 2024, "2%", 20),
    ("su-nghiep", 2025, 9850, None, None, None, 21),
    ("su-nghiep", 2025, None, 150, 2024, "1,5%", 21),
    ("tong", 2026, 12110, None, None, None, 25),  # "Năm 2026, tổng biên chế ..."
    ("tong", 2026, None, 190, 2025, None, 25),
    ("hanh-chinh", 2026, 2410, None, None, None, 26),
    ("hanh-chinh", 2026, None, 40, 2025, None, 26),
    ("su-nghiep", 2026, 9700, None, None, None, 27),
    ("su-nghiep", 2026, None, 150, 2025, None, 27),
    ("su-nghiep", 2026, None, 300, 2024, "3%", 27),  # "so với năm 2024 giảm 300"
    ("tong", 2027, 12110, None, None, None, 29),
    ("tong", 2027, None, 0, 2026, None, 29),  # "bằng năm 2026": an equality claim
    ("hanh-chinh", 2027, 2400, None, None, None, 30),  # "giảm 10 ..., còn 2.400"
    ("hanh-chinh", 2027, None, 10, 2026, None, 30),
    ("su-nghiep", 2027, 9710, None, None, None, 31),
    ("su-nghiep", 2027, None, -10, 2026, None, 31),  # "tăng 10": a negative reduction
}


def test_other_province_other_blocks_and_phrasings() -> None:
    plan = _plan(_read("binh-minh-consistent.txt"))
    assert _rows(plan) == BINH_MINH
    assert {u.id: u.parent for u in plan.units.values()} == {
        "tong": None,
        "hanh-chinh": "tong",
        "su-nghiep": "tong",
    }
    assert plan.meta.number == "45-KH/UBND"
    assert plan.meta.issuer == "Ủy ban nhân dân tỉnh Bình Minh"
    assert str(plan.meta.date) == "2025-03-05"
    assert {year: kind.value for year, kind in plan.years.items()} == {
        2024: "actual",
        2025: "target",
        2026: "target",
        2027: "target",
    }


def test_the_consistent_document_adds_up() -> None:
    """The test document itself is consistent, so any finding on it would be the tool's."""
    figures = {
        (u, y): f.value for (u, y), f in _plan(_read("binh-minh-consistent.txt")).figures.items()
    }
    for year in (2024, 2025, 2026, 2027):
        assert (
            figures[("tong", year)] == figures[("hanh-chinh", year)] + figures[("su-nghiep", year)]
        )
    assert figures[("su-nghiep", 2024)] - figures[("su-nghiep", 2026)] == 300


def test_a_planted_slip_is_extracted_as_written() -> None:
    slipped = _rows(_plan(_read("binh-minh-slip.txt")))
    assert slipped - BINH_MINH == {("su-nghiep", 2026, None, 350, 2024, "3%", 27)}
    assert BINH_MINH - slipped == {("su-nghiep", 2026, None, 300, 2024, "3%", 27)}


SONG_LAM: set[Row] = {
    ("tong", 2021, 20000, None, None, None, 8),
    ("cbcc", 2021, 4000, None, None, None, 8),
    ("vc", 2021, 16000, None, None, None, 8),
    ("tong", 2026, 18200, None, None, None, 12),
    ("tong", 2026, None, 1800, 2021, "9%", 12),
    ("cbcc", 2026, 3800, None, None, None, 13),  # "+ Cán bộ, công chức còn 3.800"
    ("cbcc", 2026, None, 200, 2021, "5%", 13),
    ("vc", 2026, 14400, None, None, None, 14),
    ("vc", 2026, None, 1600, 2021, "10%", 14),
}


def test_categories_directly_under_the_total_and_kl40() -> None:
    plan = _plan(_read("song-lam-kl40.txt"))
    assert _rows(plan) == SONG_LAM
    assert plan.units["tong"].parts == ("cbcc", "vc")
    assert {
        (t.id, t.category, t.units, t.min_rate.text, t.base_year, t.deadline) for t in plan.targets
    } == {
        ("kl40-cbcc", "CBCC", ("cbcc",), "5%", 2021, 2026),
        ("kl40-vc", "VC", ("vc",), "10%", 2021, 2026),
    }
    assert plan.meta.issuer == "Ban Thường vụ Thành ủy Sông Lam"
    assert str(plan.meta.date) == "2022-08-02"  # the plan's date, not Kết luận 40's


def test_nfd_text_is_read_as_nfc() -> None:
    nfd = unicodedata.normalize("NFD", _read("song-lam-kl40.txt"))
    assert nfd != _read("song-lam-kl40.txt")
    plan = _plan(nfd)
    assert _rows(plan) == SONG_LAM
    assert all(unicodedata.is_normalized("NFC", c.quote) for c in plan.claims)


def test_crlf_and_markdown(tmp_path: Path) -> None:
    text = _read("song-lam-kl40.txt").replace("2. Đến năm 2026", "## Đến năm 2026")
    text = text.replace("Tổng biên chế là 18.200", "**Tổng biên chế** là 18.200")
    path = tmp_path / "song-lam.md"
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    assert _rows(_plan(read_document(path))) == SONG_LAM


def test_markdown_headings_keep_their_numbering() -> None:
    """A heading "## 2.1. Năm 2025" governs the lines below; its "2.1." is no count."""
    text = (
        "## 2. Lộ trình\n"
        "### 2.1. Năm 2025\n"
        "Tổng biên chế là 1.000 biên chế.\n"
        "### 2.2) Năm 2026\n"
        "Tổng biên chế là 990 biên chế, giảm 10 biên chế so với năm 2025.\n"
    )
    result = extract_plan(text, "doc.md")
    assert _rows(plan_from_result(result, "doc.md")) == {
        ("tong", 2025, 1000, None, None, None, 3),
        ("tong", 2026, 990, None, None, None, 5),
        ("tong", 2026, None, 10, 2025, None, 5),
    }
    assert result.coverage.of(Status.NOT_UNDERSTOOD) == result.coverage.of(Status.PARTIAL) == []


def test_docx_paragraphs_are_lines(tmp_path: Path) -> None:
    document = Document()
    for line in _read("song-lam-kl40.txt").split("\n"):
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Tổng"
    table.rows[0].cells[1].text = "18.200"
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "song-lam.docx"
    path.write_bytes(buffer.getvalue())
    result = extract_plan(read_document(path), str(path))
    rows = _rows(plan_from_result(result, str(path)))
    (table_row,) = rows - SONG_LAM  # the table's row is read (it was left unread before)
    assert table_row[:3] == ("tong", 2026, 18200)
    assert rows - {table_row} == SONG_LAM


def test_a_year_stated_once_governs_the_bullets_below() -> None:
    text = (
        "Năm 2025, tổng biên chế của huyện là 1.000 biên chế, giảm 20 biên chế so với năm 2024."
        " Trong đó:\n"
        "- Khối Đảng, đoàn thể là 100 biên chế (bao gồm 90 cán bộ, công chức, 10 viên chức).\n"
        "- Khối chính quyền là 900 biên chế:\n"
        "+ Cán bộ, công chức là 200 biên chế.\n"
        "+ Viên chức là 700 biên chế, tăng 5 biên chế so với năm 2024.\n"
    )
    plan = _plan(text)
    assert {(u.id, u.parent) for u in plan.units.values()} == {
        ("tong", None),
        ("dang", "tong"),
        ("dang-cbcc", "dang"),
        ("dang-vc", "dang"),
        ("chinh-quyen", "tong"),
        ("cq-cbcc", "chinh-quyen"),
        ("cq-vc", "chinh-quyen"),
    }
    assert {(u, y) for (u, y) in plan.figures} == {(u, 2025) for u in plan.units}
    assert ("cq-vc", 2025, None, -5, 2024, None, 5) in _rows(plan)


def test_sentences_inside_one_line_and_inline_breakdowns() -> None:
    text = (
        "Tổng biên chế năm 2024 là 500 biên chế, trong đó cán bộ, công chức là 120 biên "
        "chế, viên chức là 380 biên chế. Năm 2025 còn 490 biên chế."
    )
    rows = _rows(_plan(text))
    # the sentence after speaks of the total, its subject (the categories are some of it)
    assert rows == {
        ("tong", 2024, 500, None, None, None, 1),
        ("cbcc", 2024, 120, None, None, None, 1),
        ("vc", 2024, 380, None, None, None, 1),
        ("tong", 2025, 490, None, None, None, 1),
    }
    # the categories said in a sentence of their own: which one "còn 490" is, is not said
    apart = text.replace(", trong đó cán bộ", ". Cán bộ")
    assert ("tong", 2025, 490, None, None, None, 1) not in _rows(_plan(apart))


def test_lists_without_verbs_and_from_to() -> None:
    text = (
        "Năm 2027, tổng biên chế là 26.000 biên chế, trong đó: khối Đảng 1.150 biên chế, "
        "khối chính quyền 24.850 biên chế.\n"
        "Khối chính quyền giảm từ 25.000 biên chế năm 2026 xuống còn 24.850 biên chế.\n"
        "Khối Đảng giảm từ 1.200 biên chế xuống còn 1.150 biên chế.\n"
    )
    result = extract_plan(text, "doc.txt")
    assert _rows(plan_from_result(result, "doc.txt")) == {
        ("tong", 2027, 26000, None, None, None, 1),
        ("dang", 2027, 1150, None, None, None, 1),
        ("chinh-quyen", 2027, 24850, None, None, None, 1),
        ("chinh-quyen", 2027, 24850, None, None, None, 2),
        ("chinh-quyen", 2026, 25000, None, None, None, 2),  # "từ 25.000 biên chế năm 2026"
    }
    last = result.coverage.entries[-1]  # "từ" without a year: the sentence is not used
    assert (last.status, last.unused) == (Status.NOT_UNDERSTOOD, ("1.200", "1.150"))


def test_categories_beside_blocks_are_not_counted_twice() -> None:
    """Parts are what the text lists as parts ("Trong đó:" and the items below it); a line
    after the list is no part, and neither are units stated beside a total without one."""
    text = (
        "Tổng biên chế năm 2025 là 1.000 biên chế. Trong đó:\n"
        "- Khối Đảng là 100 biên chế.\n"
        "- Khối chính quyền là 900 biên chế.\n"
        "Viên chức là 700 biên chế.\n"
    )
    plan = plan_from_result(extract_plan(text, "doc.txt"), "doc.txt")
    assert plan.units["tong"].parts == ("dang", "chinh-quyen")
    assert plan.units["vc"].parent is None
    unlisted = text.replace(" Trong đó:", "")
    plan = plan_from_result(extract_plan(unlisted, "doc.txt"), "doc.txt")
    assert plan.units["tong"].parts == ()


def test_mixed_breakdowns_are_not_counted_twice() -> None:
    """A total listed as blocks and, in the same list, as categories keeps the blocks."""
    text = (
        "Tổng biên chế năm 2025 là 1.000 biên chế. Trong đó:\n"
        "- Khối Đảng là 100 biên chế.\n"
        "- Khối chính quyền là 900 biên chế.\n"
        "- Viên chức là 700 biên chế.\n"
    )
    result = extract_plan(text, "doc.txt")
    plan = plan_from_result(result, "doc.txt")
    assert plan.units["tong"].parts == ("dang", "chinh-quyen")
    assert plan.units["vc"].parent is None
    assert "units.vc" in result.notes
    assert "# không xếp vào tổng" in to_yaml(result, "doc.txt")


def test_what_cannot_be_placed_is_reported_not_guessed() -> None:
    """A sentence is used whole or not at all: "giảm 25 biên chế" compared with no year
    leaves the sentence unread, so its "1.000" is not used either (it was, before the
    reader refused partial readings)."""
    text = (
        "1. Năm 2025\n"
        "Tổng biên chế là 1.000 biên chế, giảm 25 biên chế (tỷ lệ giảm 2,5%).\n"
        "Tổng biên chế năm 2026 là 990 biên chế.\n"
        "Dự kiến giảm 30 người.\n"
    )
    result = extract_plan(text, "doc.txt")
    assert [claim["source_line"] for claim in result.data["claims"]] == [3]
    unread, read, missed = result.coverage.entries[1:]
    assert (unread.status, unread.used) == (Status.NOT_UNDERSTOOD, ())
    assert unread.unused == ("1.000", "25", "2,5%")
    assert read.status is Status.UNDERSTOOD
    assert (missed.status, missed.unused) == (Status.NOT_UNDERSTOOD, ("30",))


def test_a_text_that_is_not_a_plan() -> None:
    """Not a plan: ExtractError (exit 2 in the CLI), with every number in the coverage."""
    with pytest.raises(ExtractError) as caught:
        extract_plan(_read("not-a-plan.txt"), "not-a-plan.txt")
    error = caught.value
    assert error.problems[0].line == 3
    assert "không phải kế hoạch biên chế" in error.problems[0].message_vi
    assert error.coverage is not None
    assert [(e.line, e.status) for e in error.coverage.entries] == [
        (3, Status.OUTSIDE),  # visitors and money, not headcounts
        (4, Status.OUTSIDE),
        (5, Status.REFERENCE),
    ]


@pytest.mark.parametrize("text", ["", "   \n\n\t\n", "\ufeff"])
def test_an_empty_text(text: str) -> None:
    with pytest.raises(ExtractError, match="empty"):
        extract_plan(text, "empty.txt")
