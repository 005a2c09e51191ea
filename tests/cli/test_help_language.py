"""Help, usage errors and --version in the reader's language: Vietnamese by default, English
with --lang en or LOTRINH_LANG=en, typer's own frame included."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
import typer.main

from lotrinh import __version__
from lotrinh.cli import helptext
from lotrinh.cli.app import build
from tests.conftest import ROOT

ENGLISH_FRAME = ("Usage:", "Options", "Show this message and exit", "[default:", "Arguments")


def lotrinh(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("LOTRINH_LANG", "COLUMNS")}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "lotrinh", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
    )


def flat(text: str) -> str:
    """Help as words: rich's panels draw boxes and wrap lines."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", text).split())


@pytest.mark.parametrize("command", ["check", "schedule"])
def test_help_is_vietnamese_by_default(command: str) -> None:
    done = lotrinh(command, "--help")
    assert done.returncode == 0
    for word in ("Cách dùng:", "Tùy chọn", "Hiện hướng dẫn này rồi thoát.", "[mặc định:"):
        assert word in flat(done.stdout), word
    for word in ENGLISH_FRAME:
        assert word not in flat(done.stdout), word


@pytest.mark.parametrize(
    ("args", "env"),
    [(["--lang", "en"], {}), ([], {"LOTRINH_LANG": "en"})],
    ids=["option", "environment"],
)
def test_help_is_english_on_request(args: list[str], env: dict[str, str]) -> None:
    done = lotrinh("check", "--help", *args, env=env)
    assert done.returncode == 0
    text = flat(done.stdout)
    assert "Usage: lotrinh check [OPTIONS] {FILE...}" in text
    assert "Show this message and exit." in text
    assert "Output format" in text and "Định dạng" not in text


def test_every_help_text_has_an_english_twin() -> None:
    command = typer.main.get_command(build())
    missing = []
    for sub in [command, *command.commands.values()]:  # type: ignore[attr-defined]
        texts = [sub.help, *(getattr(p, "help", None) for p in sub.params)]
        missing += [t for t in texts if t and helptext.english(t) is None]
    assert missing == []


def test_usage_errors_and_their_suggestions_are_vietnamese() -> None:
    done = lotrinh("check", "--formt", "json", "x.yaml")
    assert done.returncode == 2
    assert done.stderr.startswith("lotrinh check: lỗi: không có tùy chọn --formt (có thể là:")
    assert "Possible" not in done.stderr


def test_usage_errors_in_english_with_the_environment() -> None:
    done = lotrinh("check", "--formt", "json", "x.yaml", env={"LOTRINH_LANG": "en"})
    assert done.returncode == 2 and "error: No such option: --formt" in done.stderr


def test_version() -> None:
    done = lotrinh("--version")
    assert (done.returncode, done.stdout) == (0, f"lotrinh {__version__}\n")


def test_the_language_variable_sets_the_report_language() -> None:
    done = lotrinh("check", "-q", "plans/long-an-123-kh-tu-2023.yaml", env={"LOTRINH_LANG": "en"})
    assert done.returncode == 1 and ": FAILED — 13 findings" in done.stdout


def test_lang_before_the_command_applies_to_it() -> None:
    done = lotrinh("--lang", "en", "check", "-q", "plans/long-an-123-kh-tu-2023.yaml")
    assert done.returncode == 1 and ": FAILED — 13 findings" in done.stdout
    assert lotrinh("--help", "--lang", "en").stdout.count("Usage: lotrinh") == 1


def test_h_is_help_too() -> None:
    done = lotrinh("check", "-h")
    assert done.returncode == 0 and "Cách dùng: lotrinh check" in flat(done.stdout)
