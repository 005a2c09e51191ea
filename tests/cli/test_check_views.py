"""`lotrinh check`'s views and plumbing: the default findings-first view, --show, --quiet,
concise lines, reading standard input, and writing the report to a file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DOCUMENTS, LONG_AN, ROOT, run_cli


def test_default_view_leads_with_the_verdict_and_leaves_roadmaps_out() -> None:
    text = run_cli("check", str(LONG_AN)).stdout
    verdict = text.index("Kết luận: KHÔNG ĐẠT — 13 phát hiện")
    assert verdict < 200
    # Again at the end, where a terminal leaves the reader.
    assert text.count("Kết luận: KHÔNG ĐẠT") == 2 and text.endswith("không khớp.\n")
    assert text.index("Nguyên nhân có thể") < text.index("Phát hiện") < text.index("Chỉ tiêu")
    assert "Tổng biên chế" not in text  # a roadmap table's title


@pytest.mark.parametrize("show", ["roadmap", "all"])
def test_show_roadmap_adds_the_roadmap_tables(show: str) -> None:
    text = run_cli("check", str(LONG_AN), "--show", show).stdout
    assert text.index("Phát hiện") < text.index("Tổng biên chế")
    assert "* số suy ra" in text


def test_quiet_prints_the_verdict_only() -> None:
    run = run_cli("check", "-q", str(LONG_AN))
    assert run.exit_code == 1
    assert run.stdout == (
        f"{LONG_AN}: KHÔNG ĐẠT — 13 phát hiện: 1 trọng yếu, 11 lỗi, 1 cảnh báo; "
        "đã kiểm tra 53 nhận định, 8 không khớp.\n"
    )


def test_quiet_refuses_machine_formats() -> None:
    run = run_cli("check", "-q", "--format", "json", str(LONG_AN))
    assert run.exit_code == 2 and "-q/--quiet" in run.stderr


def test_concise_lines_name_file_line_column_code_and_severity() -> None:
    run = run_cli("check", "--format", "concise", str(LONG_AN))
    assert run.exit_code == 1
    first = run.stdout.splitlines()[0]
    assert first.startswith(f"{LONG_AN}:277:5: LT301 [trọng yếu] Nghị quyết số 19-NQ/TW")


def lotrinh(*args: str, stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "lotrinh", *args], input=stdin, capture_output=True, cwd=ROOT
    )


def test_a_plan_from_standard_input() -> None:
    done = lotrinh("check", "-", "--format", "json", stdin=LONG_AN.read_bytes())
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert report["files"][0]["path"] == "-"
    assert report["summary"]["findings"] == 13


def test_a_document_from_standard_input_by_its_name() -> None:
    document = (DOCUMENTS / "binh-minh-slip.txt").read_bytes()
    done = lotrinh("check", "-", "--stdin-name", "kh.txt", "-f", "concise", stdin=document)
    named = run_cli("check", str(DOCUMENTS / "binh-minh-slip.txt"), "-f", "concise")
    assert done.returncode == named.exit_code
    expected = named.stdout.replace(str(DOCUMENTS / "binh-minh-slip.txt"), "kh.txt")
    assert done.stdout.decode("utf-8") == expected


def test_output_file_is_written_and_never_overwritten_without_force(tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.txt"
    run = run_cli("check", str(LONG_AN), "-o", str(out))
    assert run.exit_code == 1 and run.stdout == ""
    assert out.read_text(encoding="utf-8") == run_cli("check", str(LONG_AN)).stdout
    out.write_text("của người dùng\n", encoding="utf-8")
    refused = run_cli("check", str(LONG_AN), "-o", str(out))
    assert refused.exit_code == 2 and "--force" in refused.stderr
    assert out.read_text(encoding="utf-8") == "của người dùng\n"
    assert run_cli("check", str(LONG_AN), "-o", str(out), "--force").exit_code == 1
    assert out.read_text(encoding="utf-8").startswith(str(LONG_AN))
    assert sorted(tmp_path.iterdir()) == [out]  # no temporary file left behind
