"""The baseline round trip: write it, add a slip (only it is reported), fix one (reported as
gone); fingerprints survive moved lines."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from lotrinh.core import baseline, check_plan
from lotrinh.loading import LoadError, load_text
from tests.conftest import DOCUMENTS, LONG_AN, run_cli

PLAN = LONG_AN.name
TEXT = LONG_AN.read_text(encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / PLAN).write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def findings(run_stdout: str) -> list[tuple[str, int]]:
    document = json.loads(run_stdout)
    return [(f["code"], f["line"]) for file in document["files"] for f in file["findings"]]


def test_round_trip(repo: Path) -> None:
    wrote = run_cli("check", PLAN, "--write-baseline", "b.json")
    assert (wrote.exit_code, wrote.stdout) == (0, "")
    assert wrote.stderr == "đã ghi 13 phát hiện vào b.json\n"
    clean = run_cli("check", PLAN, "--baseline", "b.json", "--format", "json")
    assert (clean.exit_code, findings(clean.stdout), clean.stderr) == (0, [], "")

    # An unrelated edit moves every line; a new slip (Khối Đảng 2024: 16 → 61) is the news.
    slipped = "# sửa đổi\n\n" + TEXT.replace(
        "- {reduction: 16, base_year: 2023}", "- {reduction: 61, base_year: 2023}"
    )
    (repo / PLAN).write_text(slipped, encoding="utf-8")
    new = run_cli("check", PLAN, "--baseline", "b.json", "--format", "json")
    assert new.exit_code == 1
    assert [code for code, _ in findings(new.stdout)] == ["LT201"]
    assert json.loads(new.stdout)["files"][0]["findings"][0]["stated"] == 61

    # A slip corrected: its entry no longer occurs, and the run says so.
    fixed = TEXT.replace("- {reduction: 15, base_year: 2023}", "- {reduction: 23, base_year: 2023}")
    (repo / PLAN).write_text(fixed, encoding="utf-8")
    gone = run_cli("check", PLAN, "--baseline", "b.json", "--format", "json")
    assert (gone.exit_code, findings(gone.stdout)) == (0, [])
    assert json.loads(gone.stdout)["summary"]["baseline_gone"] == 1
    assert gone.stderr == (
        "b.json: 1 mục trong baseline không còn xuất hiện (đã sửa?); ghi lại baseline để bỏ chúng\n"
    )


def test_the_file_is_sorted_relative_and_counted(repo: Path) -> None:
    (repo / "ci").mkdir()
    run_cli("check", PLAN, "--write-baseline", "ci/b.json")
    document = json.loads((repo / "ci" / "b.json").read_text(encoding="utf-8"))
    entries = document["findings"]
    assert {e["path"] for e in entries} == {f"../{PLAN}"}
    assert entries[0] == {
        "path": f"../{PLAN}",
        "code": "LT101",
        "kind": "sum-mismatch",
        "unit": "chinh-quyen",
        "year": 2023,
        "base_year": None,
        "stated": "27697",
        "count": 1,
    }
    assert sum(e["count"] for e in entries) == 13


def test_identical_findings_are_counted() -> None:
    result = check_plan(load_text(TEXT, PLAN))
    first = result.findings[0]
    key = baseline.fingerprint(PLAN, first)
    outcome = baseline.split([result, result], Counter({key: 1}), lambda path: path)
    assert (outcome.matched, outcome.gone) == (1, 0)
    assert len(outcome.results[1].findings) == len(result.findings)


def test_a_configured_baseline_is_the_default_file(repo: Path) -> None:
    (repo / "lotrinh.toml").write_text("", encoding="utf-8")
    assert run_cli("check", PLAN).exit_code == 1
    run_cli("check", PLAN, "--write-baseline", ".lotrinh-baseline.json")
    assert run_cli("check", PLAN).exit_code == 0
    (repo / "lotrinh.toml").write_text('baseline = "khac.json"\n', encoding="utf-8")
    assert run_cli("check", PLAN).exit_code == 2  # named in the configuration, and absent


def test_documents_use_the_baseline_too(repo: Path) -> None:
    shutil.copy(DOCUMENTS / "binh-minh-slip.txt", repo / "doc.txt")
    assert run_cli("check", "doc.txt").exit_code == 1
    run_cli("check", "doc.txt", "--write-baseline", "b.json")
    assert run_cli("check", "doc.txt", "--baseline", "b.json").exit_code == 0


def test_writing_the_baseline_touches_no_other_file(repo: Path) -> None:
    # Written as every file lotrinh writes (cli.files): a temporary name of its own, renamed.
    (repo / "b.json.tmp").write_text("của người dùng", encoding="utf-8")
    run_cli("check", PLAN, "--write-baseline", "b.json")
    assert (repo / "b.json.tmp").read_text(encoding="utf-8") == "của người dùng"
    assert sorted(p.name for p in repo.iterdir()) == sorted([PLAN, "b.json", "b.json.tmp"])


def test_not_a_baseline_is_refused(repo: Path) -> None:
    (repo / "b.json").write_text('{"version": 1, "findings": [{"path": 1}]}', encoding="utf-8")
    run = run_cli("check", PLAN, "--baseline", "b.json")
    assert run.exit_code == 2
    assert run.stderr.startswith("b.json: lỗi: không phải tệp baseline của lotrinh")
    with pytest.raises(LoadError):
        baseline.parse("{", "x.json")


def test_unreadable_files_leave_the_baseline_unwritten(repo: Path) -> None:
    (repo / "bad.yaml").write_text("lotrinh: 1\nunits: 3\n", encoding="utf-8")
    run = run_cli("check", PLAN, "bad.yaml", "--write-baseline", "b.json")
    assert run.exit_code == 2
    assert not (repo / "b.json").exists()


def test_unit_less_findings_are_told_apart_by_their_quote(repo: Path) -> None:
    from lotrinh.findings.kinds import KINDS

    text = KINDS["statement-not-understood"].failing
    (repo / "doc.txt").write_text(text, encoding="utf-8")
    run_cli("check", "doc.txt", "--write-baseline", "b.json")
    entry = json.loads((repo / "b.json").read_text(encoding="utf-8"))["findings"][0]
    assert entry["code"] == "LT401" and entry["quote"]
    assert run_cli("check", "doc.txt", "--baseline", "b.json").exit_code == 0
    other = text.replace("giảm 30 người", "giảm 40 người")
    (repo / "doc.txt").write_text(other, encoding="utf-8")
    run = run_cli("check", "doc.txt", "--baseline", "b.json", "--format", "json")
    assert run.exit_code == 1
    assert [code for code, _ in findings(run.stdout)] == ["LT401"]
    assert "1 mục trong baseline không còn xuất hiện" in run.stderr
