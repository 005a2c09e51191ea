"""The README's CI recipes, run as written in a scratch repository of plans.

- pre-commit: a scratch git repository with the recipe as its `.pre-commit-config.yaml`, run
  by pre-commit itself (a test dependency); `lotrinh` is this environment's.
- GitHub Actions and GitLab CI: the recipe's shell steps, in order, in a fresh virtual
  environment where the install step installs the wheel the README builds (its dependencies
  come from the package index, as on a CI runner). The `uses:` steps (checkout, setup-python)
  are GitHub's own and stand for the scratch folder and this Python.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from lotrinh import __version__
from tests.conftest import LONG_AN, ROOT
from tests.readme import README_EN, recipe

WHEEL = f"lotrinh-{__version__}-py3-none-any.whl"
CLEAN = "lotrinh: 1\nunits:\n  - {id: vc, name: VC, figures: {2024: 100, 2025: 90}}\n"


def run(
    args: list[str], cwd: Path, path: Path | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LOTRINH_LANG")}
    environment["PATH"] = f"{path or Path(sys.executable).parent}{os.pathsep}{environment['PATH']}"
    environment.update(env)
    return subprocess.run(
        args, cwd=cwd, env=environment, capture_output=True, text=True, timeout=600
    )


def test_both_readmes_carry_the_same_recipes() -> None:
    for name in ("pre-commit", "github", "gitlab"):
        assert recipe(name) == recipe(name, README_EN)
        yaml.safe_load(recipe(name))  # valid YAML


def plans_repository(root: Path) -> Path:
    (root / "plans").mkdir(parents=True)
    shutil.copy(LONG_AN, root / "plans" / LONG_AN.name)
    return root


def test_pre_commit_recipe(tmp_path: Path) -> None:
    if shutil.which("pre-commit", path=str(Path(sys.executable).parent)) is None:
        pytest.skip(
            "pre-commit is not installed (it is a test dependency: pip install -e '.[test]')"
        )
    repo = plans_repository(tmp_path / "repo")
    (repo / ".pre-commit-config.yaml").write_text(recipe("pre-commit"), encoding="utf-8")
    (repo / ".gitlab-ci.yml").write_text(recipe("gitlab"), encoding="utf-8")  # not a plan
    (repo / "ghi-chu.txt").write_text("không phải kế hoạch\n", encoding="utf-8")
    home = {"PRE_COMMIT_HOME": str(tmp_path / "cache"), "HOME": str(tmp_path)}
    assert run(["git", "init", "-q"], repo).returncode == 0
    assert run(["git", "add", "."], repo).returncode == 0
    failing = run(["pre-commit", "run", "--all-files"], repo, **home)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert f"plans/{LONG_AN.name}:277:5: LT301 [trọng yếu]" in failing.stdout
    assert ".gitlab-ci.yml" not in failing.stdout  # CI configuration is not checked as a plan
    (repo / "plans" / LONG_AN.name).write_text(CLEAN, encoding="utf-8")
    assert run(["git", "add", "."], repo).returncode == 0
    passing = run(["pre-commit", "run", "--all-files"], repo, **home)
    assert passing.returncode == 0, passing.stdout + passing.stderr


@pytest.fixture(scope="module")
def runner(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A CI runner's Python: a fresh virtual environment (what setup-python or the python
    image give), and the wheel the README builds, copied to tools/ as the recipes expect."""
    if os.environ.get("LOTRINH_OFFLINE") == "1":
        pytest.skip("LOTRINH_OFFLINE=1: installing the wheel needs its dependencies from the index")
    root = tmp_path_factory.mktemp("runner")
    source = root / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "src", source / "src", ignore=shutil.ignore_patterns("*.egg-info"))
    built = run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", "dist", "."], source
    )
    assert built.returncode == 0, built.stderr
    venv = root / "venv"
    assert run([sys.executable, "-m", "venv", str(venv)], root).returncode == 0
    yield venv / "bin"
    shutil.rmtree(root, ignore_errors=True)


def ci_repository(root: Path, runner: Path) -> Path:
    repo = plans_repository(root)
    (repo / "tools").mkdir()
    shutil.copy(runner.parent.parent / "source" / "dist" / WHEEL, repo / "tools" / WHEEL)
    return repo


def test_github_actions_recipe(tmp_path: Path, runner: Path) -> None:
    repo = ci_repository(tmp_path / "repo", runner)
    steps = yaml.safe_load(recipe("github"))["jobs"]["check"]["steps"]
    assert [s["uses"] for s in steps if "uses" in s] == [
        "actions/checkout@v4",
        "actions/setup-python@v5",
    ]
    summary = tmp_path / "summary.md"
    results = [
        run(["bash", "-c", s["run"]], repo, runner, GITHUB_ACTIONS="true",
            GITHUB_STEP_SUMMARY=str(summary))
        for s in steps
        if "run" in s
    ]  # fmt: skip
    install, check = results
    assert install.returncode == 0, install.stderr
    assert check.returncode == 1, check.stderr
    assert check.stdout.startswith("::error file=plans/")
    assert "không đạt" in summary.read_text(encoding="utf-8").lower()


def test_gitlab_recipe_with_junit(tmp_path: Path, runner: Path) -> None:
    repo = ci_repository(tmp_path / "repo", runner)
    job = yaml.safe_load(recipe("gitlab"))["lotrinh"]
    results = [run(["bash", "-c", line], repo, runner) for line in job["script"]]
    install, log, junit = results
    assert install.returncode == 0, install.stderr
    assert log.returncode == 0 and "LT301 [trọng yếu]" in log.stdout  # the log, never failing
    assert junit.returncode == 1  # the job fails on the findings
    report = repo / job["artifacts"]["reports"]["junit"]
    assert job["artifacts"]["when"] == "always"
    failures = ET.parse(report).getroot().iter("failure")
    assert any("LT301" in (f.get("message") or "") + (f.text or "") for f in failures)
    json.dumps(job)  # the recipe is plain data
