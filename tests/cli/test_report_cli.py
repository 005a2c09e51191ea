"""`lotrinh report` and `check --format html` on the real command line."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import DOCUMENTS, LONG_AN, run_cli


def test_report_writes_one_page_and_exits_like_check(tmp_path: Path) -> None:
    output = tmp_path / "report.html"
    run = run_cli("report", str(LONG_AN), "-o", str(output))
    assert run.exit_code == 1  # Long An has errors, as `check` says
    page = output.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="vi">' in page
    assert f"đã ghi {output}" in run.stderr


def test_an_existing_file_is_kept_without_force(tmp_path: Path) -> None:
    output = tmp_path / "report.html"
    output.write_text("mine", encoding="utf-8")
    run = run_cli("report", str(LONG_AN), "-o", str(output))
    assert run.exit_code == 2 and "--force" in run.stderr
    assert output.read_text(encoding="utf-8") == "mine"
    forced = run_cli("report", str(LONG_AN), "-o", str(output), "--force", "--lang", "en")
    assert forced.exit_code == 1 and '<html lang="en">' in output.read_text(encoding="utf-8")


def test_dash_prints_the_page_and_check_html_is_the_same(tmp_path: Path) -> None:
    printed = run_cli("report", str(LONG_AN), "-o", "-")
    checked = run_cli("check", str(LONG_AN), "--format", "html")
    assert printed.stdout == checked.stdout and checked.exit_code == 1
    assert printed.stdout.count('class="finding ') == 13


def test_documents_and_several_files(tmp_path: Path) -> None:
    output = tmp_path / "all.html"
    document = DOCUMENTS / "binh-minh-slip.txt"
    run = run_cli("report", str(LONG_AN), str(document), "-o", str(output), "--fail-on", "never")
    assert run.exit_code == 0
    page = output.read_text(encoding="utf-8")
    assert 'id="summary"' in page and 'href="#p1"' in page and 'href="#p2"' in page


def test_output_is_required_and_bad_files_exit_2(tmp_path: Path) -> None:
    assert run_cli("report", str(LONG_AN)).exit_code == 2
    missing = run_cli("report", str(tmp_path / "absent.yaml"), "-o", str(tmp_path / "r.html"))
    assert missing.exit_code == 2 and not (tmp_path / "r.html").exists()


def test_a_workbook_s_findings_are_placed_by_cell(tmp_path: Path) -> None:
    workbook = tmp_path / "long-an.xlsx"
    assert run_cli("export", str(LONG_AN), "-o", str(workbook)).exit_code in (0, 1)
    page = tmp_path / "report.html"
    assert run_cli("report", str(workbook), "-o", str(page)).exit_code == 1
    text = page.read_text(encoding="utf-8")
    assert "<bdi>Nhận định!" in text and "dòng" not in text.split('class="where"')[1][:40]
