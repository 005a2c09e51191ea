"""What a person sees in a real terminal: `lotrinh check` run in a pseudo-terminal of a given
size (the standard library's `pty`), as rich draws it there, and piped text at COLUMNS.

In an arithmetic checker a cut number is a wrong number ("26.33…" reads as 26,33), so at every
width no number, code or id may be cut or broken across lines.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios

import pytest

from tests.conftest import LONG_AN, ROOT, run_cli

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")
CUT = re.compile(r"[\w%.,/:-]…|…[\w%]")
"""An ellipsis touching a word, number or code: something was cut."""

WHOLE = ("1.770/26.330", "6,7224%", "24.424", "25.424", "kl40-cbcc", "27.165", "103:12")
"""Long numbers, rates, ids and positions of the Long An report, each of which must appear whole."""


def terminal(args: list[str], columns: int, rows: int = 50) -> list[str]:
    """The lines `lotrinh ARGS` shows in a terminal of `columns` × `rows`, colours removed."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "LOTRINH_LANG")}
    env["TERM"] = "xterm-256color"
    process = subprocess.Popen(
        [sys.executable, "-m", "lotrinh", *args],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        cwd=ROOT,
        env=env,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    process.wait(timeout=60)
    os.close(leader)
    text = ANSI.sub("", b"".join(chunks).decode("utf-8")).replace("\r", "")
    return text.split("\n")


def codes() -> set[str]:
    report = json.loads(run_cli("check", str(LONG_AN), "--format", "json").stdout)
    return {finding["code"] for finding in report["files"][0]["findings"]}


def assert_nothing_cut(lines: list[str], columns: int, whole: tuple[str, ...] = WHOLE) -> None:
    text = "\n".join(lines)
    assert not CUT.search(text), CUT.search(text)
    assert all(len(line) <= columns for line in lines), max(lines, key=len)
    words = set(text.split())
    for token in whole:
        assert any(token in word for word in words), token
    for code in codes():
        assert code in words, code


PLAN = str(LONG_AN.relative_to(ROOT))


@pytest.mark.parametrize("columns", [60, 80, 120, 200])
def test_no_number_or_code_is_cut_in_a_terminal(columns: int) -> None:
    assert_nothing_cut(terminal(["check", PLAN, "--show", "all"], columns), columns)


@pytest.mark.parametrize("columns", [60, 80, 120, 200])
def test_piped_text_follows_columns_and_wraps_whole_words(
    columns: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    run = run_cli("check", str(LONG_AN), "--show", "all")
    assert run.exit_code == 1
    assert_nothing_cut(run.stdout.splitlines(), columns)


def test_piped_text_is_100_columns_without_columns() -> None:
    lines = run_cli("check", str(LONG_AN)).stdout.splitlines()
    assert max(len(line) for line in lines) == 100


def test_the_first_screen_at_80_by_50_holds_the_verdict_cause_and_material_finding() -> None:
    first = "\n".join(terminal(["check", PLAN], 80, 50)[:50])
    assert "Kết luận: KHÔNG ĐẠT" in first
    assert "Nguyên nhân có thể: Chính quyền - VC năm 2023 ghi 24.424" in first
    assert "LT301" in first and "trọng yếu" in first


def test_english_in_a_narrow_terminal() -> None:
    lines = terminal(["check", PLAN, "--lang", "en"], 60)
    assert "Verdict: FAILED" in "\n".join(lines)
    assert_nothing_cut(lines, 60, ("1,770/26,330", "6.7224%", "24,424", "25,424", "103:12"))


@pytest.mark.parametrize(
    ("args", "stream"),
    [
        (["explain", "LT204"], "stdout"),
        (["extract", str(ROOT / "tests" / "documents" / "binh-minh-slip.txt")], "stderr"),
        (["check", str(LONG_AN)], "stdout"),
    ],
    ids=["explain", "coverage", "causes"],
)
def test_prose_wraps_between_words(
    args: list[str], stream: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "1000")
    wide = getattr(run_cli(*args), stream)
    monkeypatch.setenv("COLUMNS", "60")
    narrow = getattr(run_cli(*args), stream)
    prose = [line for line in narrow.splitlines() if not line.startswith("    ")]  # not YAML
    assert all(len(line) <= 60 or " " not in line.strip() for line in prose)
    if args[0] != "check":  # a table's cells are wrapped too, so only prose compares whole
        assert narrow.split() == wide.split()  # the same words, none broken


SPLIT = [
    "schedule", "--base", "2021=29.891", "--from", "2023=28.000", "--reduce", "10%", "--by",
    "2026", "--split", "hamilton", "--part", "giao-duc=20.000", "--part", "y-te=7.000",
    "--part", "van-hoa=1.000", "--protect", "van-hoa",
]  # fmt: skip


@pytest.mark.parametrize("columns", [60, 80])
def test_schedule_tables_keep_numbers_whole(columns: int) -> None:
    lines = terminal(SPLIT, columns)
    text = "\n".join(lines)
    assert not CUT.search(text)
    assert all(len(line) <= columns for line in lines)
    assert "26.901" in text and "2.990" in text
