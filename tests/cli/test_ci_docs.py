"""docs/ci.md: its table of settings is the one generated from the single declaration."""

from __future__ import annotations

from lotrinh.cli.settings import markdown_table
from tests.conftest import ROOT

DOC = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")


def test_settings_table_is_generated_from_the_declaration() -> None:
    start = DOC.index("<!-- settings:start")
    start = DOC.index("\n", start) + 1
    end = DOC.index("<!-- settings:end")
    assert DOC[start:end] == markdown_table()


def test_every_hook_of_the_repository_is_documented() -> None:
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    for line in hooks.splitlines():
        if line.startswith("- id: "):
            assert f"id: {line.removeprefix('- id: ')}" in DOC
