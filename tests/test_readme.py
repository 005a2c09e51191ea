"""The README is the newcomer's entry point: what it says must be what CI and the code do."""

from __future__ import annotations

import re

import pytest

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


@pytest.mark.parametrize(("name", "lang"), [("README.md", Lang.VI), ("README.en.md", Lang.EN)])
def test_finding_kinds_table_is_generated_from_the_catalog(name: str, lang: Lang) -> None:
    text = (ROOT / name).read_text(encoding="utf-8")
    start = text.index("<!-- finding-kinds:start")
    start = text.index("\n", start) + 1
    end = text.index("<!-- finding-kinds:end")
    assert text[start:end] == markdown_table(lang)


@pytest.mark.parametrize("name", ["README.md", "README.en.md"])
def test_the_user_readme_is_short_and_links_its_documentation(name: str) -> None:
    text = (ROOT / name).read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 250
    for link in re.findall(r"\]\((docs/[^)]+)\)", text):
        assert (ROOT / link).exists(), link
