"""`lotrinh check DOC`: a plan document (.txt, .md, .docx) extracted in memory and checked,
with findings at the document's lines; a document that is no plan is exit 2, like bad YAML."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from lotrinh.extract import extract_plan
from tests.conftest import BAD_DOCUMENTS, assert_refused, run_cli

# A province and phrasings of our own; every figure adds up, every claim and rate is right,
# and Kết luận 40-KL/TW (not cited, but the plan spans 2026) is met: CBCC 2.800 → 2.660 is
# 5%, VC 7.200 → 6.440 is 10,56%.
CONSISTENT = """\
BAN THƯỜNG VỤ TỈNH ỦY PHÚ LÂM
Số 12-KH/TU

KẾ HOẠCH
Tinh giản biên chế trong hệ thống chính trị tỉnh giai đoạn 2022 - 2026

Phú Lâm, ngày 10 tháng 9 năm 2022

I. Biên chế được giao năm 2021

Tổng biên chế của tỉnh năm 2021 là 10.000 biên chế. Trong đó:
- Khối Đảng, đoàn thể là 1.000 biên chế (bao gồm 800 cán bộ, công chức, 200 viên chức).
- Khối chính quyền là 9.000 biên chế (bao gồm 2.000 cán bộ, công chức, 7.000 viên chức).

II. Lộ trình tinh giản giai đoạn 2022 - 2026

1. Năm 2024

Tổng biên chế là 9.600 biên chế, giảm 400 biên chế so với năm 2021 (tỷ lệ giảm 4%). Trong đó:
- Khối Đảng, đoàn thể là 970 biên chế (bao gồm 780 cán bộ, công chức, 190 viên chức).
- Khối chính quyền là 8.630 biên chế (bao gồm 1.950 cán bộ, công chức, 6.680 viên chức), \
giảm 370 biên chế so với năm 2021.

2. Năm 2026

Tổng biên chế là 9.100 biên chế, giảm 500 biên chế so với năm 2024, tương đương 5,21%. \
Trong đó:
- Khối Đảng, đoàn thể là 940 biên chế (bao gồm 760 cán bộ, công chức, 180 viên chức), \
giảm 60 biên chế so với năm 2021 (tỷ lệ giảm 6%).
- Khối chính quyền là 8.160 biên chế (bao gồm 1.900 cán bộ, công chức, 6.260 viên chức), \
giảm 840 biên chế so với năm 2021.
"""
SLIP_LINE = 27
"""The line of the planted slip: "giảm 840" written as "giảm 870"."""
SLIPPED = CONSISTENT.replace("giảm 840 biên chế", "giảm 870 biên chế")
CLAIMS = 26
"""Values and changes stated: 3 years × 7 units, and 5 reductions."""


def _txt(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "phu-lam.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _md(tmp_path: Path, text: str) -> Path:
    """Headings as Markdown headings, the total in bold, CRLF line ends."""
    text = re.sub(r"(?m)^(I+\. )", r"## \1", text)
    text = re.sub(r"(?m)^([0-9]\. Năm)", r"### \1", text)
    text = text.replace("Tổng biên chế là", "**Tổng biên chế** là")
    path = tmp_path / "phu-lam.md"
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    return path


def _docx(tmp_path: Path, text: str) -> Path:
    """One paragraph a line, so a paragraph's number is the text's line number."""
    document = Document()
    for line in text.removesuffix("\n").split("\n"):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "phu-lam.docx"
    path.write_bytes(buffer.getvalue())
    return path


WRITERS: dict[str, Callable[[Path, str], Path]] = {"txt": _txt, "md": _md, "docx": _docx}


def _checked(*args: str) -> tuple[int, list[dict[str, Any]]]:
    run = run_cli("check", *args, "--format", "json")
    assert "Traceback" not in run.stderr
    return run.exit_code, json.loads(run.stdout)["files"]


def test_the_test_document_is_read_whole() -> None:
    """Guard for the tests below: no finding must come from a figure the extractor missed."""
    result = extract_plan(CONSISTENT, "phu-lam.txt")
    assert {entry.status.value for entry in result.coverage.entries} <= {
        "understood",
        "reference",
    }


@pytest.mark.parametrize("suffix", WRITERS)
def test_a_consistent_document_gives_no_findings(tmp_path: Path, suffix: str) -> None:
    path = WRITERS[suffix](tmp_path, CONSISTENT)
    code, files = _checked(str(path))
    assert code == 0
    (checked,) = files
    assert checked["path"] == str(path)
    assert checked["plan"]["number"] == "12-KH/TU"
    assert checked["findings"] == []
    assert checked["summary"]["claims_checked"] == CLAIMS


@pytest.mark.parametrize("suffix", WRITERS)
def test_a_planted_slip_is_found_at_its_document_line(tmp_path: Path, suffix: str) -> None:
    path = WRITERS[suffix](tmp_path, SLIPPED)
    code, files = _checked(str(path))
    assert code == 1
    found = [
        (f["kind"], f["unit"], f["year"], f["base_year"], f["stated"], f["computed"], f["line"])
        for f in files[0]["findings"]
    ]
    assert found == [("claim-difference", "chinh-quyen", 2026, 2021, 870, 840, SLIP_LINE)]
    assert "giảm 870" in files[0]["findings"][0]["quote"]


def test_text_output_names_the_document_and_line(tmp_path: Path) -> None:
    path = _txt(tmp_path, SLIPPED)
    run = run_cli("check", str(path), "--format", "text")
    assert run.exit_code == 1
    assert f"{SLIP_LINE}:3" in run.stdout
    assert "phu-lam.txt" in run.stdout


def test_nothing_is_written_beside_the_document(tmp_path: Path) -> None:
    path = _txt(tmp_path, CONSISTENT)
    assert run_cli("check", str(path)).exit_code == 0
    assert [p.name for p in tmp_path.iterdir()] == ["phu-lam.txt"]


def test_a_document_that_is_no_plan_is_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "tin-tuc.txt"
    path.write_text(
        "Tin tức\n\nNgày 12/3/2024, hội nghị có 350 đại biểu tham dự.\n"
        "Doanh thu du lịch đạt 1.200 tỷ đồng.\n",
        encoding="utf-8",
    )
    run = run_cli("check", str(path))
    assert_refused(run, path, 3, 1, "không phải kế hoạch biên chế")
    assert run.stdout == ""
    english = run_cli("check", str(path), "--lang", "en")
    assert "not a staffing plan" in english.stderr


@pytest.mark.parametrize(("name", "data", "message"), BAD_DOCUMENTS)
def test_a_document_extract_refuses_is_refused_alike(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    run = run_cli("check", str(path))
    assert run.exit_code == 2
    assert str(path) in run.stderr and message in run.stderr
    assert "Traceback" not in run.stderr
    assert run.stdout == ""


def test_a_missing_document_is_exit_2(tmp_path: Path) -> None:
    run = run_cli("check", str(tmp_path / "none.docx"))
    assert run.exit_code == 2
    assert "không tìm thấy tệp" in run.stderr


def test_a_bad_document_among_good_files_still_reports_the_others(tmp_path: Path) -> None:
    good = _txt(tmp_path, CONSISTENT)
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"plain text")
    code, files = _checked(str(good), str(bad))
    assert code == 2
    assert [f["path"] for f in files] == [str(good)]


def test_folders_hold_plans_not_documents(tmp_path: Path) -> None:
    """A folder's documents are not checked unless named: it may hold notes and drafts."""
    _txt(tmp_path, SLIPPED)
    _docx(tmp_path, SLIPPED)
    empty = run_cli("check", str(tmp_path))
    assert empty.exit_code == 2
    assert "không tìm thấy tệp kế hoạch" in empty.stderr
    draft = tmp_path / "phu-lam.yaml"
    assert run_cli("extract", str(tmp_path / "phu-lam.txt"), "-o", str(draft)).exit_code == 0
    code, files = _checked(str(tmp_path))
    assert code == 1
    assert [f["path"] for f in files] == [str(draft)]
    (finding,) = files[0]["findings"]
    assert (finding["kind"], finding["stated"]) == ("claim-difference", 870)


def test_sentences_not_understood_are_findings(tmp_path: Path) -> None:
    """A staffing sentence the reader could not read whole is a located finding (LT401) and
    the document does not check clean; a number that counts no staff is no such sentence."""
    clean = _txt(tmp_path, CONSISTENT + "\nPhấn đấu có tối thiểu 20% đơn vị tự chủ tài chính.\n")
    assert run_cli("check", str(clean), "--format", "json").exit_code == 0
    text = CONSISTENT + "\nDự kiến giảm 30 người.\n"
    path = _txt(tmp_path, text)
    run = run_cli("check", str(path), "--format", "json")
    assert run.exit_code == 1
    line = " ".join(run.stderr.split())  # one message, wrapped between words at the width
    assert line.startswith(f"{path}: các câu có số lượng: ")
    assert line.endswith(
        f"1 không hiểu (không được kiểm tra, LT401; chi tiết: lotrinh extract {path})"
    )
    (finding,) = json.loads(run.stdout)["files"][0]["findings"]
    assert (finding["code"], finding["line"]) == ("LT401", len(text.splitlines()))
    assert "giảm 30 người" in finding["message"]


def test_a_yaml_plan_gets_no_coverage_line(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("lotrinh: 1\nunits:\n  - {id: a, name: A, figures: {2024: 10}}\n", "utf-8")
    assert run_cli("check", str(path), "--format", "json").stderr == ""


def test_a_document_not_fully_read_is_not_fully_checked(tmp_path: Path) -> None:
    """The verdict in words: what was read is right, but a staffing sentence was not read."""
    path = _txt(tmp_path, CONSISTENT + "\nDự kiến giảm 30 người.\n")
    quiet = run_cli("check", "-q", str(path))
    assert quiet.exit_code == 1
    assert quiet.stdout.startswith(f"{path}: CHƯA KIỂM TRA HẾT — 1 phát hiện: 1 lỗi (1 chỗ")
    report = json.loads(run_cli("check", str(path), "--format", "json").stdout)
    assert report["summary"]["verdict"] == "not-fully-checked"
    english = run_cli("check", "-q", "--lang", "en", str(path)).stdout
    assert ": NOT FULLY CHECKED — " in english
