"""Plan text is shown inert: control and invisible formatting characters become visible
marks in every format a terminal, a CI log or a Markdown page shows as it is."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lotrinh.render.inert import one_line, visible
from tests.conftest import run_cli

ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def test_escapes_and_overrides_are_shown_not_obeyed() -> None:
    assert visible("A\x1b]0;pwn\x07B") == "A\\x1b]0;pwn\\x07B"
    assert visible("giảm \u202e432") == "giảm <U+202E>432"
    assert visible("dòng 1\ndòng\t2") == "dòng 1\ndòng\t2"  # layout stays
    assert visible("Kế hoạch 123-KH/TU") == "Kế hoạch 123-KH/TU"


@given(st.text())
def test_nothing_active_is_left_and_a_second_pass_changes_nothing(text: str) -> None:
    shown = visible(text)
    assert not ACTIVE.search(shown)
    assert visible(shown) == shown


def test_one_line_shows_line_breaks_too() -> None:
    assert one_line("'28\n::error file=x::owned'") == "'28\\n::error file=x::owned'"
    assert one_line("a\r\nb\tc\x1b") == "a\\x0d\\nb\tc\\x1b"


@given(st.text())
def test_a_line_said_once_stays_one_line(text: str) -> None:
    shown = one_line(text)
    assert "\n" not in shown and not ACTIVE.search(shown)
    assert one_line(shown) == shown


NAME = "Sở A\x1b]0;pwn\x07\x1b[2J\u202eevil"
PLAN = f"""lotrinh: 1
units:
  - {{id: a, name: {json.dumps(NAME)}, parts: [b]}}
  - {{id: b, name: B, figures: {{2024: 5}}}}
claims:
  - {{unit: a, year: 2024, quote: {json.dumps("câu " + NAME)}, value: 6}}
"""


@pytest.mark.parametrize("fmt", ["table", "text", "concise", "github", "markdown"])
def test_a_hostile_unit_name_and_quote_are_inert_in_text_formats(tmp_path: Path, fmt: str) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN, encoding="utf-8")
    run = run_cli("check", str(plan), "--format", fmt, "--show", "all")
    assert run.exit_code == 1
    assert not ACTIVE.search(run.stdout)
    assert "\\x1b]0;pwn\\x07" in run.stdout.replace("\\]", "]") and "<U+202E>" in run.stdout


def test_json_keeps_the_text_exactly_as_written(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN, encoding="utf-8")
    report = json.loads(run_cli("check", str(plan), "--format", "json").stdout)
    assert any(NAME in f["message"] for f in report["files"][0]["findings"])


def test_load_errors_quoting_a_value_are_inert(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        'lotrinh: 1\nunits:\n  - {id: a, name: A, figures: {2024: "\\e[2J5"}}\n', "utf-8"
    )
    run = run_cli("check", str(plan))
    assert run.exit_code == 2 and "'\\x1b[2J5'" in run.stderr and "\x1b" not in run.stderr


def test_a_value_cannot_start_a_workflow_command_in_a_load_error(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        'lotrinh: 1\nunits:\n  - {id: a, name: A, figures: {2024: "5\\n::error::owned"}}\n',
        "utf-8",
    )
    run = run_cli("check", str(plan), "--format", "github")
    assert run.exit_code == 2
    [line] = run.stderr.splitlines()
    assert line.startswith(f"{plan}:3:") and "'5\\n::error::owned'" in line


@pytest.mark.parametrize("fmt", ["table", "text", "concise", "markdown", "github"])
def test_a_file_name_cannot_start_a_workflow_command(tmp_path: Path, fmt: str) -> None:
    """Git allows a line break in a file name, and CI checks the files of a pull request."""
    plan = tmp_path / "a\n::error::owned.yaml"
    plan.write_text(PLAN, encoding="utf-8")
    run = run_cli("check", str(plan), "--format", fmt, "--show-suppressed")
    assert run.exit_code == 1
    lines = (run.stdout + run.stderr).splitlines()
    assert not any(line.lstrip().startswith("::error::owned") for line in lines), lines
