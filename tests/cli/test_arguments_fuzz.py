"""Any command line gives an exit code and words, never a traceback (issue 15)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from lotrinh.cli.app import app
from tests.conftest import LONG_AN

COMMANDS = ["check", "schedule", "extract", "explain", "schema", "init", "report", "export"]
OPTIONS = [
    "--format", "--lang", "--fail-on", "--rounding", "--max-bytes", "--base", "--from",
    "--reduce", "--posts", "--to", "--by", "--spread", "--weights", "--cap", "--keep",
    "--split", "--part", "--floor", "--protect", "--unit", "--target", "--show", "-q", "-o",
    "--force", "--baseline", "--config", "--isolated", "--statistics", "--documents",
]  # fmt: skip
WORDS = [
    "2021=1.000",
    "10%",
    "2026",
    "0",
    "-1",
    "vi",
    "en",
    "json",
    "a=5",
    "LT201",
    "%",
    "=",
    "2021=",
    "x=1,5",
    "1e9",
    "NaN",
    "∞",
    "a\n::error::injected",
]
VALUES = st.one_of(
    st.sampled_from([*WORDS, "9" * 60, str(LONG_AN), "", "\x1b[2J"]),
    # A real command line cannot hold NUL: argv entries are C strings. Nor a lone surrogate:
    # Python decodes argv bytes it cannot read as U+DC80..U+DCFF (surrogateescape), which
    # encode back; any other surrogate ("\udd00") cannot come from a shell.
    st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=12),
    st.text(st.characters(min_codepoint=0xDC80, max_codepoint=0xDCFF), min_size=1, max_size=3),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# found by this test: the file `init` and `export` wrote was named with its line break as is
@example("init", [], ["a\n::error::injected"])
@example("export", [("-o", "a\n::error::injected.xlsx")], [str(LONG_AN)])
@given(
    st.sampled_from(COMMANDS),
    st.lists(st.tuples(st.sampled_from(OPTIONS), VALUES), max_size=5),
    st.lists(VALUES, max_size=2),
)
def test_any_command_line_ends_in_an_exit_code(
    command: str, options: list[tuple[str, str]], rest: list[str]
) -> None:
    args = [command, *rest, *(part for pair in options for part in pair)]
    here = Path.cwd()
    with tempfile.TemporaryDirectory() as scratch:  # init, export and -o write where they run
        os.chdir(scratch)
        try:
            result = CliRunner().invoke(app, args)
        finally:
            os.chdir(here)
    if result.exception is not None:
        assert isinstance(result.exception, SystemExit), (args, result.exception)
    # A value is said on one line: its line break cannot start a CI workflow command.
    lines = (result.stdout + result.stderr).splitlines()
    assert not any(line.lstrip().startswith("::error::injected") for line in lines), args
