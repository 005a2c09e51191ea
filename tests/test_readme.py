"""The README is the newcomer's entry point: what it says must be what CI and the code do."""

from __future__ import annotations

import re

from lotrinh.cli.explain import markdown_table
from lotrinh.numbers import Lang
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _shell_blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)```", README, flags=re.S)


def test_the_two_setup_commands_come_first() -> None:
    first, second = (block.strip() for block in _shell_blocks()[:2])
    assert "pip install" in first and "lotrinh check plans/long-an-123-kh-tu-2023.yaml" in first
    assert "pytest" in second


def test_ci_runs_the_readme_test_command() -> None:
    test_command = _shell_blocks()[1].strip()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci


def test_finding_kinds_table_is_generated_from_the_catalog() -> None:
    start = README.index("<!-- finding-kinds:start")
    start = README.index("\n", start) + 1
    end = README.index("<!-- finding-kinds:end")
    assert README[start:end] == markdown_table(Lang.VI)
