"""Shared fixtures: the bundled plans, the seed document beside the clone, both YAML parsers,
and the real command line."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import yaml
from typer.testing import CliRunner

from lotrinh.cli.app import app
from lotrinh.loading import yamltree

ROOT = Path(__file__).resolve().parent.parent
LONG_AN = ROOT / "plans" / "long-an-123-kh-tu-2023.yaml"
# LOTRINH_SEED names it where ../shared is not beside the clone (a git worktree).
SEED_DOCUMENT = Path(
    os.environ.get(
        "LOTRINH_SEED", ROOT.parent / "shared" / "sources" / "long-an-123-KH-TU-2023.txt"
    )
)
DOCUMENTS = ROOT / "tests" / "documents"

BAD_DOCUMENTS = [
    ("cp1258.txt", b"Nam 2024\nT\xf4\xd2ng", ":2:2:"),  # "Tổng" in Windows-1258
    ("empty.txt", b"", "văn bản rỗng"),
    ("blank.md", b"\n  \n", "văn bản rỗng"),
    ("nul.txt", b"abc\n\x00", "byte NUL"),
    ("broken.docx", b"PK\x03\x04not really a zip", "không đọc được tệp .docx"),
    ("fake.docx", b"plain text", "không phải tệp Word"),
    ("old.doc", b"\xd0\xcf\x11\xe0rest", ".doc"),
    ("scan.pdf", b"%PDF-1.7", "PDF"),
    ("news.txt", (DOCUMENTS / "not-a-plan.txt").read_bytes(), "không phải kế hoạch"),
]
"""Documents that `extract` and `check` both refuse with exit 2: (file name, bytes, a part of
the message)."""

C_LOADER = getattr(yaml, "CSafeLoader", None)
LOADERS = [
    pytest.param(yaml.SafeLoader, id="pure"),
    pytest.param(
        C_LOADER, id="libyaml", marks=pytest.mark.skipif(C_LOADER is None, reason="no libyaml")
    ),
]


@pytest.fixture
def seed_text() -> str:
    """The published Long An document, which CI has at ../shared; skip where it is absent."""
    if not SEED_DOCUMENT.exists():
        pytest.skip(
            f"seed document not found at {SEED_DOCUMENT} (../shared is not beside the clone)"
        )
    return SEED_DOCUMENT.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Outputs depend on COLUMNS and LOTRINH_LANG: a test sets them when it means to, so that
    the terminal pytest runs in cannot change a golden file."""
    for name in ("COLUMNS", "LINES", "LOTRINH_LANG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(params=LOADERS)
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Run the test once per YAML parser, the CLI included: the verdict must not depend on
    which one is installed."""
    chosen = request.param
    monkeypatch.setattr(yamltree, "parser_class", lambda: chosen)
    return chosen


@dataclass(frozen=True)
class Run:
    """What the real command line did."""

    exit_code: int
    stdout: str
    stderr: str


def run_cli(*args: str) -> Run:
    """Invoke `lotrinh` in-process; an exception that escapes is a test failure, not exit 1.

    `sys.argv` is the command's, as in a real process (SARIF records it), not pytest's."""
    with mock.patch.object(sys, "argv", ["lotrinh", *args]):
        result = CliRunner().invoke(app, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result.exit_code, result.stdout, result.stderr)


def assert_refused(run: Run, path: Path | str, line: int, column: int, message: str) -> None:
    """Exit 2, the first problem at `path:line:column` in Vietnamese, and no traceback."""
    assert run.exit_code == 2, run
    assert "Traceback" not in run.stdout + run.stderr
    first = run.stderr.splitlines()[0]
    prefix = f"{path}:{line}:{column}: lỗi: "
    assert first.startswith(prefix), (first, prefix)
    assert message in first, (first, message)
