"""Every command of the README's `sh` blocks, run as written in a scratch folder that holds
what a clone holds (the two set-up commands are CI itself: .ci/run runs them).

The pipx and uv lines install into the user's own machine: they are checked to name the wheel
that the README's `pip wheel` builds (which is run), not run. The PowerShell block is for
Windows and is not run here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lotrinh import __version__
from tests.conftest import ROOT
from tests.readme import README, README_EN, blocks, commands

BIN = Path(sys.executable).parent
WHEEL = f"dist/lotrinh-{__version__}-py3-none-any.whl"
VERDICT = ("Kết luận: ", "Verdict: ", "KHÔNG ĐẠT", "FAILED", "ĐẠT", "PASSED")


def run(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LOTRINH_LANG")}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    return subprocess.run(
        ["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    """What the README's commands read from a clone: the bundled plan and example."""
    for folder in ("plans", "examples"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


def usage_commands(text: str) -> list[str]:
    """The README's commands after the two set-up ones and the installation ones."""
    everything = [line for block in blocks("sh", text)[2:] for line in commands(block)]
    return [line for line in everything if line.startswith(("lotrinh", "cp "))]


@pytest.mark.parametrize("text", [README, README_EN], ids=["vi", "en"])
def test_usage_commands_run_as_written(text: str, clone: Path) -> None:
    for command in usage_commands(text):
        done = run(command, clone)
        assert done.returncode in (0, 1), (command, done.stderr)
        assert "Traceback" not in done.stderr, command
        if command.startswith("lotrinh check"):
            written = clone / "report.txt"
            said = done.stdout + (written.read_text(encoding="utf-8") if " -o " in command else "")
            assert done.returncode == 1, command  # every example the README checks has slips
            assert any(word in said for word in VERDICT), command


def test_the_wheel_is_built_as_the_readme_says(tmp_path: Path) -> None:
    """`pip wheel` in a copy of the clone's source gives the file the README installs."""
    (build,) = [b for b in blocks("sh") if "pip wheel" in b]
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(ROOT / "src", tmp_path / "src", ignore=shutil.ignore_patterns("*.egg-info"))
    for command in commands(build):
        done = run(command.replace("python3", sys.executable, 1), tmp_path)
        assert done.returncode == 0, done.stderr
    assert (tmp_path / WHEEL).exists()
    installs = [line for block in blocks("sh") for line in commands(block) if "install" in line]
    assert [line for line in installs if WHEEL in line], "the README installs another file"


@pytest.mark.parametrize("tool", ["pipx", "uv"])
def test_install_lines_name_the_built_wheel(tool: str) -> None:
    lines = [line for b in blocks("sh") for line in commands(b) if line.startswith(tool)]
    assert lines and all(line.endswith(WHEEL) for line in lines)
