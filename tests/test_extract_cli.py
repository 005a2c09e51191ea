"""`lotrinh extract` end to end: outputs, overwriting, and every way input can be bad."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lotrinh.cli.app import app
from lotrinh.loading import load_plan, load_text
from tests.conftest import BAD_DOCUMENTS

DOCUMENTS = Path(__file__).parent / "documents"
CONSISTENT = DOCUMENTS / "binh-minh-consistent.txt"
runner = CliRunner()


def test_yaml_to_stdout_coverage_to_stderr() -> None:
    result = runner.invoke(app, ["extract", str(CONSISTENT)])
    assert result.exit_code == 0, result.stderr
    assert "value: 12.500" in result.stdout  # counts written the Vietnamese way
    plan = load_text(result.stdout, "draft.yaml")
    assert plan.figures[("tong", 2024)].value == 12500
    assert "12 câu có số lượng: 12 hiểu hết" in " ".join(result.stderr.split())  # wrapped
    assert "Đã hiểu:" not in result.stdout  # the report itself goes to stderr only


def test_english_report() -> None:
    result = runner.invoke(app, ["extract", str(CONSISTENT), "--lang", "en"])
    assert result.exit_code == 0
    assert "12 understood" in " ".join(result.stderr.split())  # wrapped to the terminal width
    assert "# Draft plan extracted" in result.stdout


def test_json_holds_plan_and_coverage() -> None:
    result = runner.invoke(app, ["extract", str(CONSISTENT), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["plan"]["lotrinh"] == 1
    assert document["coverage"]["summary"]["understood"] == 12
    first = document["coverage"]["sentences"][0]
    assert set(first) == {"line", "column", "status", "quote", "used", "unused", "notes"}
    assert result.stderr == ""


def test_output_file_is_never_overwritten_without_force(tmp_path: Path) -> None:
    target = tmp_path / "draft.yaml"
    assert runner.invoke(app, ["extract", str(CONSISTENT), "-o", str(target)]).exit_code == 0
    assert load_plan(target).meta.number == "45-KH/UBND"
    target.write_text("giữ nguyên", encoding="utf-8")
    refused = runner.invoke(app, ["extract", str(CONSISTENT), "-o", str(target)])
    assert refused.exit_code == 2
    assert "--force" in refused.stderr
    assert target.read_text(encoding="utf-8") == "giữ nguyên"
    forced = runner.invoke(app, ["extract", str(CONSISTENT), "-o", str(target), "--force"])
    assert forced.exit_code == 0
    assert load_plan(target).meta.number == "45-KH/UBND"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.yaml"]  # no temporary left


def test_never_overwrites_the_document_itself(tmp_path: Path) -> None:
    document = tmp_path / "plan.txt"
    document.write_text(CONSISTENT.read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(document), "-o", str(document), "--force"])
    assert result.exit_code == 2
    assert document.read_text(encoding="utf-8") == CONSISTENT.read_text(encoding="utf-8")


def test_unwritable_output(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(CONSISTENT), "-o", str(tmp_path / "no" / "x")])
    assert result.exit_code == 2
    assert "không ghi được" in result.stderr


def _bad(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("name", "data", "message"), BAD_DOCUMENTS)
def test_bad_input_is_a_clear_message_and_exit_2(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = _bad(tmp_path, name, data)
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 2
    assert message in result.stderr
    assert str(path) in result.stderr
    assert "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["extract", str(tmp_path / "none.txt")])
    assert missing.exit_code == 2
    assert "không tìm thấy tệp" in missing.stderr
    folder = runner.invoke(app, ["extract", str(tmp_path)])
    assert folder.exit_code == 2
    assert "thư mục" in folder.stderr


def test_not_a_plan_lists_its_numbers() -> None:
    result = runner.invoke(app, ["extract", str(DOCUMENTS / "not-a-plan.txt")])
    assert result.exit_code == 2
    assert "1.200.000" in result.stderr
    assert result.stdout == ""


def test_the_core_imports_neither_typer_nor_rich() -> None:
    code = (
        "import sys, lotrinh.extract, lotrinh.extract.writer, lotrinh.extract.report, "
        "lotrinh.extract.reader; print(sorted(m for m in sys.modules "
        "if m.split('.')[0] in ('typer', 'rich', 'click')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
