"""`lotrinh check` and `lotrinh extract` on .docx and PDF end to end: the same plan, the same
findings at the same text as the .txt the document was made from; hostile files exit 2."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from lotrinh.extract.reader import read_lines
from tests.conftest import DOCUMENTS, assert_refused, run_cli
from tests.render_documents import docx_bytes, pdf_bytes

RENDERERS = {"docx": docx_bytes, "pdf": pdf_bytes}


def _findings(path: Path) -> tuple[int, list[tuple[Any, ...]]]:
    """Exit code, and each finding with the text of the line it points at (line numbers
    differ between a .txt and its PDF, which has no empty lines)."""
    run = run_cli("check", "--format", "json", str(path))
    lines = read_lines(path).lines
    (checked,) = json.loads(run.stdout)["files"]
    return run.exit_code, [
        (f["code"], f["severity"], f["quote"], f["line"] and lines[f["line"] - 1])
        for f in checked["findings"]
    ]


def _claims(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    run = run_cli("extract", "--format", "json", str(path))
    assert run.exit_code == 0, run.stderr
    data = json.loads(run.stdout)
    lines = read_lines(path).lines
    claims = data["plan"]["claims"]
    where = [lines[claim.pop("source_line") - 1] for claim in claims]
    return claims, where


@pytest.mark.parametrize("form", sorted(RENDERERS))
@pytest.mark.parametrize("source", ["binh-minh-slip.txt", "song-lam-kl40.txt"])
def test_check_and_extract_a_rendered_document_as_its_text(
    tmp_path: Path, form: str, source: str
) -> None:
    text_path = DOCUMENTS / source
    path = tmp_path / f"{text_path.stem}.{form}"
    path.write_bytes(RENDERERS[form](text_path.read_text(encoding="utf-8")))
    expected_code, expected = _findings(text_path)
    assert (expected_code, bool(expected)) == ((1, True) if "slip" in source else (0, False))
    assert _findings(path) == (expected_code, expected)
    assert _claims(path) == _claims(text_path)


def test_docx_findings_point_at_the_same_line_numbers(tmp_path: Path) -> None:
    text_path = DOCUMENTS / "binh-minh-slip.txt"
    path = tmp_path / "k.docx"
    path.write_bytes(docx_bytes(text_path.read_text(encoding="utf-8")))
    lines = [
        json.loads(run_cli("check", "--format", "json", str(p)).stdout)["files"][0]["findings"]
        for p in (text_path, path)
    ]
    assert [f["line"] for f in lines[0]] == [f["line"] for f in lines[1]]


@pytest.mark.parametrize("command", ["check", "extract"])
def test_a_fifo_as_a_document_exits_2_without_waiting(tmp_path: Path, command: str) -> None:
    path = tmp_path / "k.pdf"
    os.mkfifo(path)
    assert_refused(run_cli(command, str(path)), path, 1, 1, "không phải tệp thông thường")


def test_dev_zero_as_a_document_exits_2(tmp_path: Path) -> None:
    zero = tmp_path / "zero.txt"
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    zero.symlink_to("/dev/zero")
    assert_refused(run_cli("extract", str(zero)), zero, 1, 1, "không phải tệp thông thường")


def test_extract_honours_max_bytes(tmp_path: Path) -> None:
    path = tmp_path / "k.pdf"
    path.write_bytes(pdf_bytes((DOCUMENTS / "song-lam-kl40.txt").read_text(encoding="utf-8")))
    size = path.stat().st_size
    assert run_cli("extract", "--max-bytes", str(size), str(path)).exit_code == 0
    run = run_cli("extract", "--max-bytes", str(size - 1), str(path), "--lang", "en")
    assert run.exit_code == 2 and "file too large" in run.stderr


def test_a_scanned_pdf_is_said_in_english_too(tmp_path: Path) -> None:
    from tests.test_documents_formats import _image_only_pdf

    path = tmp_path / "scan.pdf"
    path.write_bytes(_image_only_pdf())
    run = run_cli("check", "--lang", "en", str(path))
    assert run.exit_code == 2 and "no text layer" in run.stderr and str(path) in run.stderr
