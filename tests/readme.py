"""The README's code blocks, as the tests that run them read them."""

from __future__ import annotations

import re

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
README_EN = (ROOT / "README.en.md").read_text(encoding="utf-8")


def blocks(language: str, text: str = README) -> list[str]:
    """Every fenced block of `language`, in order."""
    return re.findall(rf"```{language}\n(.*?)```", text, flags=re.S)


def recipe(name: str, text: str = README) -> str:
    """The YAML block after `<!-- recipe: NAME -->`."""
    found = re.search(rf"<!-- recipe: {name} -->\n```yaml\n(.*?)```", text, flags=re.S)
    assert found, f"no recipe {name}"
    return found.group(1)


def commands(block: str) -> list[str]:
    """A shell block's commands, one a line, without trailing comments."""
    lines = (re.sub(r"\s+#.*$", "", line).strip() for line in block.splitlines())
    return [line for line in lines if line and not line.startswith("#")]
