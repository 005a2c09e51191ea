"""The real `lotrinh check` command: golden outputs (JSON and text) and exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lotrinh.cli.app import app
from lotrinh.findings.kinds import KINDS
from tests.conftest import LONG_AN
from tests.golden import assert_golden

runner = CliRunner()
CLEAN = KINDS["sum-mismatch"].passing
BROKEN = KINDS["sum-mismatch"].failing
WARNING_ONLY = KINDS["unexpected-increase"].failing


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def long_an(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The bundled plan under a stable relative path, so goldens do not depend on the clone."""
    shutil.copy(LONG_AN, tmp_path / LONG_AN.name)
    monkeypatch.chdir(tmp_path)
    return LONG_AN.name


def test_json_golden(long_an: str) -> None:
    code, out, _ = run("check", long_an, "--format", "json")
    assert code == 1
    assert json.loads(out)["version"] == 1
    assert_golden(out, "cli/long-an.json")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_text_golden(long_an: str, lang: str) -> None:
    code, out, _ = run("check", long_an, "--format", "text", "--lang", lang)
    assert code == 1
    assert_golden(out, f"cli/long-an.{lang}.txt")


def test_table_is_plain_text_when_not_a_terminal(long_an: str) -> None:
    _, table, _ = run("check", long_an)
    _, text, _ = run("check", long_an, "--format", "text")
    assert table == text
    assert "\x1b[" not in table


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_exit_0_on_a_consistent_plan(tmp_path: Path) -> None:
    code, out, _ = run("check", str(write(tmp_path, "ok.yaml", CLEAN)), "--format", "json")
    assert code == 0
    assert json.loads(out)["summary"] == {
        "findings": 0,
        "by_severity": {"material": 0, "error": 0, "warning": 0, "info": 0},
        "failed": False,
        "verdict": "passed",
    }


@pytest.mark.parametrize(
    ("text", "fail_on", "expected"),
    [
        (BROKEN, "error", 1),
        (BROKEN, "material", 0),
        (BROKEN, "never", 0),
        (WARNING_ONLY, "error", 0),
        (WARNING_ONLY, "warning", 1),
        (WARNING_ONLY, "info", 1),
    ],
)
def test_fail_on_sets_the_exit_code(tmp_path: Path, text: str, fail_on: str, expected: int) -> None:
    path = write(tmp_path, "plan.yaml", text)
    code, _, _ = run("check", str(path), "--fail-on", fail_on, "--format", "json")
    assert code == expected


def test_directories_and_many_files(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", CLEAN)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "b.yml", BROKEN)
    write(tmp_path, "notes.txt", "not a plan")
    code, out, _ = run("check", str(tmp_path), "--format", "json")
    assert code == 1
    paths = [Path(f["path"]).name for f in json.loads(out)["files"]]
    assert paths == ["a.yaml", "b.yml"]


def test_no_plan_found_is_an_error_not_a_pass(tmp_path: Path) -> None:
    code, out, err = run("check", str(tmp_path))
    assert code == 2
    assert "không tìm thấy tệp kế hoạch" in err
    assert out == ""


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    code, _, err = run("check", str(tmp_path / "nope.yaml"))
    assert code == 2
    assert "nope.yaml" in err


def test_a_bad_file_among_good_ones_exits_2_and_still_reports_the_others(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", CLEAN)
    write(tmp_path, "b.yaml", "lotrinh: 1\nunits: [\n")
    code, out, err = run("check", str(tmp_path), "--format", "json")
    assert code == 2
    assert "b.yaml:" in err and "Traceback" not in err
    assert [Path(f["path"]).name for f in json.loads(out)["files"]] == ["a.yaml"]


def test_explain_knows_every_code() -> None:
    for kind in KINDS.values():
        code, out, _ = run("explain", kind.code)
        assert code == 0 and kind.name in out
    code, _, err = run("explain", "LT999")
    assert code == 2 and "LT999" in err


def test_auto_under_github_actions_annotates_and_writes_the_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    path = write(tmp_path, "plan.yaml", BROKEN)
    code, out, _ = run("check", str(path), "--format", "auto")
    assert code == 1
    assert out.startswith("::error file=")
    written = summary.read_text(encoding="utf-8")
    assert written.startswith("earlier step\n")  # appended, never overwritten
    assert "LT101" in written


def test_auto_outside_github_is_the_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    path = write(tmp_path, "plan.yaml", BROKEN)
    _, auto, _ = run("check", str(path), "--format", "auto")
    _, text, _ = run("check", str(path), "--format", "text")
    assert auto == text


def test_a_file_with_many_problems_shows_the_first_fifty_and_a_count(tmp_path: Path) -> None:
    units = "".join(f"  - {{id: u{i}, name: U, colour: red}}\n" for i in range(80))
    path = write(tmp_path, "many.yaml", "lotrinh: 1\nunits:\n" + units)
    code, _, err = run("check", str(path))
    lines = err.splitlines()
    assert code == 2
    assert len(lines) == 51
    assert "'colour'" in lines[0] and lines[-1].endswith(
        "… và 30 lỗi khác (sửa các lỗi trên rồi chạy lại)"
    )


SUBSET = Path(__file__).resolve().parent / "data" / "subset.yaml"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_subset_golden(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """A subset above its whole (1.502 teachers of 1.477 people in 2026) is LT104, and the
    teachers are left out of KL 40's VC target (1.642 → 1.477, met)."""
    shutil.copy(SUBSET, tmp_path / SUBSET.name)
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("check", SUBSET.name, "--format", "text", "--lang", lang)
    assert code == 1
    assert_golden(out, f"cli/subset.{lang}.txt")
