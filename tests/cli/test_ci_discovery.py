"""Discovery in a repository: plan files found by content, everything else left alone."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from lotrinh.cli.discover import is_plan_file
from lotrinh.findings.kinds import KINDS
from tests.conftest import DOCUMENTS, run_cli

PLAN = KINDS["sum-mismatch"].failing


def put(root: Path, relative: str, text: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """What a real repository holds: plans among workflows, hooks, dependencies, ignored
    output and a virtual environment."""
    (tmp_path / ".git").mkdir()
    put(tmp_path, ".git/plan.yaml", PLAN)
    put(tmp_path, "plans/tinh-a.yaml", PLAN)
    put(tmp_path, "deep/er/tinh-b.yml", "# kế hoạch\n---\nlotrinh: 1  # phiên bản\n" + PLAN[11:])
    put(tmp_path, ".github/workflows/ci.yml", "name: ci\non: push\njobs: {}\n")
    put(tmp_path, ".pre-commit-config.yaml", "repos: []\n")
    put(tmp_path, "docker-compose.yaml", "services: {}\nlotrinh: 2\n")
    put(tmp_path, "nested.yaml", "a:\n  lotrinh: 1\n")
    put(tmp_path, "node_modules/pkg/plan.yaml", PLAN)
    put(tmp_path, ".venv/lib/plan.yaml", PLAN)
    put(tmp_path, "build/plan.yaml", PLAN)
    put(tmp_path, "sub/generated/plan.yaml", PLAN)
    put(tmp_path, "sub/keep.yaml", PLAN)
    put(tmp_path, ".gitignore", "build/\n")
    put(tmp_path, "sub/.gitignore", "generated/\n")
    put(tmp_path, "notes.md", "# Ghi chú\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def checked(*args: str) -> list[str]:
    run = run_cli("check", *args, "--format", "json")
    assert run.exit_code == 1, run
    return sorted(f["path"] for f in json.loads(run.stdout)["files"])


def test_only_plans_outside_ignored_folders_are_checked(repository: Path) -> None:
    assert checked(".") == ["deep/er/tinh-b.yml", "plans/tinh-a.yaml", "sub/keep.yaml"]


def test_exclude_globs(repository: Path) -> None:
    assert checked(".", "--exclude", "sub/,*.yml") == ["plans/tinh-a.yaml"]


def test_named_files_are_checked_as_named(repository: Path) -> None:
    assert checked("build/plan.yaml") == ["build/plan.yaml"]
    assert run_cli("check", ".pre-commit-config.yaml").exit_code == 2


def test_force_exclude_filters_named_files_as_found_ones(repository: Path) -> None:
    named = ["build/plan.yaml", ".pre-commit-config.yaml", "plans/tinh-a.yaml", "notes.md"]
    assert checked("--force-exclude", *named) == ["plans/tinh-a.yaml"]
    run = run_cli("check", "--force-exclude", ".pre-commit-config.yaml")
    assert (run.exit_code, run.stdout, run.stderr) == (0, "", "")


def test_documents_are_searched_only_when_asked(repository: Path) -> None:
    shutil.copy(DOCUMENTS / "binh-minh-slip.txt", repository / "plans" / "binh-minh.txt")
    assert "plans/binh-minh.txt" not in checked(".")
    assert "plans/binh-minh.txt" in checked("plans", "--documents")


def test_a_folder_search_passes_old_office_files_over(repository: Path) -> None:
    # Named, a .doc is refused with a hint to save it as .docx; found in a folder, it is not
    # a file to check (documents are found by the suffixes lotrinh.sources reads as one).
    shutil.copy(DOCUMENTS / "binh-minh-slip.txt", repository / "plans" / "binh-minh.md")
    (repository / "plans" / "cu.doc").write_bytes(bytes.fromhex("d0cf11e0a1b11ae1"))
    found = checked("plans", "--documents")
    assert "plans/binh-minh.md" in found and "plans/cu.doc" not in found


def test_a_folder_without_plans_is_a_usage_error(tmp_path: Path) -> None:
    put(tmp_path, "ci.yml", "name: ci\n")
    run = run_cli("check", str(tmp_path))
    assert run.exit_code == 2
    assert "không tìm thấy tệp kế hoạch" in run.stderr


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        ("lotrinh: 1\n", True),
        ("\ufefflotrinh: 1\r\nunits: []\r\n", True),
        ('"lotrinh": "1"\n', True),
        ("# đầu\nplan: {}\nlotrinh: 1 # phiên bản\n", True),
        ("lotrinh: 10\n", False),
        ("  lotrinh: 1\n", False),
        ("lotrinh: 1.5\n", False),
        ("name: ci\n", False),
    ],
)
def test_plan_files_are_told_by_their_top_level_key(tmp_path: Path, text: str, plan: bool) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(text.encode("utf-8"))
    assert is_plan_file(path) is plan


def test_a_fifo_among_the_files_is_passed_over(repository: Path) -> None:
    import os

    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    os.mkfifo(repository / "plans" / "pipe.yaml")
    assert checked(".") == ["deep/er/tinh-b.yml", "plans/tinh-a.yaml", "sub/keep.yaml"]
    assert not is_plan_file(repository / "plans" / "pipe.yaml")
