"""The pre-commit hooks: plans matched by content wherever they are, documents opt in.

pre-commit filters staged files by the hook's `types`/`files`, then appends their names to
`entry`; the test does the same with the real command line."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import yaml

from lotrinh.findings.kinds import KINDS
from tests.conftest import DOCUMENTS, ROOT, run_cli

HOOKS = {hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
STAGED = {
    "anywhere/deep/ke-hoach.yaml": KINDS["sum-mismatch"].failing,
    "plans/dung.yml": KINDS["sum-mismatch"].passing,
    ".github/workflows/ci.yml": "name: ci\non: push\n",
    ".pre-commit-config.yaml": "repos: []\n",
    "docs/ke-hoach.txt": (DOCUMENTS / "binh-minh-slip.txt").read_text(encoding="utf-8"),
}


def hook_run(hook_id: str, root: Path) -> tuple[int, str]:
    """What pre-commit would run for the staged files this hook selects."""
    hook = HOOKS[hook_id]
    files = sorted(STAGED)
    if "types" in hook:
        assert hook["types"] == ["yaml"]
        files = [f for f in files if f.endswith((".yaml", ".yml"))]
    if "files" in hook:
        files = [f for f in files if re.search(hook["files"], f)]
    command = shlex.split(hook["entry"])
    assert command[:2] == ["lotrinh", "check"]
    run = run_cli(*command[1:], *files)
    return run.exit_code, run.stdout


@pytest.fixture
def staged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, text in STAGED.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_plan_hook_checks_plans_anywhere_and_skips_other_yaml(staged: Path) -> None:
    code, out = hook_run("lotrinh-check", staged)
    assert code == 1
    assert "anywhere/deep/ke-hoach.yaml" in out and "plans/dung.yml" in out
    assert "workflows" not in out and "pre-commit" not in out and "ke-hoach.txt" not in out


def test_plan_hook_passes_when_no_staged_yaml_is_a_plan(staged: Path) -> None:
    del_plan = staged / "anywhere" / "deep" / "ke-hoach.yaml"
    del_plan.write_text("name: other\n", encoding="utf-8")
    (staged / "plans" / "dung.yml").write_text("a: 1\n", encoding="utf-8")
    assert hook_run("lotrinh-check", staged) == (0, "")


def test_documents_hook_checks_documents(staged: Path) -> None:
    code, out = hook_run("lotrinh-check-documents", staged)
    assert code == 1
    assert "docs/ke-hoach.txt" in out
