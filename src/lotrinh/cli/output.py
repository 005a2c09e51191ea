"""Where `lotrinh check`'s report goes and at what width: a terminal (rich, its own width), a
pipe (plain text at COLUMNS, default 100), or a file given with `-o` (written atomically)."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from lotrinh.cli.common import fail_usage
from lotrinh.cli.files import save
from lotrinh.render.formats import Format, renderer
from lotrinh.render.inert import one_line, visible
from lotrinh.render.report import TEXT_WIDTH, Report
from lotrinh.render.verdict import verdict_text

NARROWEST = 20
"""Below this a COLUMNS value is a mistake rather than a screen; it is ignored."""

TEXT_FORMATS = (Format.TABLE, Format.TEXT, Format.CONCISE, Format.AUTO)
"""Formats `--quiet` may shorten to the verdict; the others are contracts read by tools."""
SHOWN_AS_TEXT = (Format.TABLE, Format.TEXT, Format.CONCISE, Format.GITHUB, Format.MARKDOWN)
"""Formats a terminal, a CI log or a Markdown page shows as they are: their plan text is made
inert. JSON, SARIF, JUnit and GitLab escape it as their syntax requires; HTML isolates it."""
PATHS_ON_ONE_LINE = (Format.TABLE, Format.TEXT, Format.CONCISE, Format.MARKDOWN)
"""Formats that print a file's path as text: a line break in it (git allows one, and CI
checks a pull request's files) is shown as `\\n`, so that no line of the log begins with the
rest of the name. GitHub's format escapes the path in its own syntax."""


def text_width() -> int:
    """The width of text that is not going to a terminal: COLUMNS if it is a sensible number
    (what shells export and what `COLUMNS=80 lotrinh check …` sets), else 100."""
    value = os.environ.get("COLUMNS", "")
    return int(value) if value.isdigit() and int(value) >= NARROWEST else TEXT_WIDTH


def width_of(stream: TextIO) -> int:
    """The width of the terminal `stream` writes to (COLUMNS first, as rich reads it), else
    `text_width()`. Asked of the stream itself: stderr may be a terminal while stdout is not."""
    if "COLUMNS" not in os.environ and stream.isatty():
        try:
            return os.get_terminal_size(stream.fileno()).columns
        except (OSError, ValueError):  # a terminal that will not say, or a stream without fd
            pass
    return text_width()


def say(text: str, stream: TextIO) -> None:
    """Prose for a person (coverage reports, explanations), wrapped between words at the
    width of where it goes."""
    from lotrinh.render.layout import reflow

    stream.write(reflow(visible(text.rstrip("\n")), width_of(stream)) + "\n")


def emit(report: Report, fmt: Format, quiet: bool, output: Path | None, force: bool) -> None:
    """Render the report in `fmt` and print or save it."""
    if quiet and fmt not in TEXT_FORMATS:
        fail_usage(
            f"-q/--quiet chỉ dùng với định dạng văn bản, không dùng với --format {fmt.value}",
            f"-q/--quiet goes with the text formats, not with --format {fmt.value}",
            report.lang,
        )
    if fmt is Format.AUTO:
        fmt = Format.GITHUB if os.environ.get("GITHUB_ACTIONS") == "true" else Format.TABLE
        if fmt is Format.GITHUB:
            _write_step_summary(report)
    if fmt in PATHS_ON_ONE_LINE:
        report = _paths_on_one_line(report)
    if quiet:
        text = "".join(f"{r.plan.path}: {verdict_text(r, report)}\n" for r in report.results)
    elif fmt is Format.TABLE and output is None and sys.stdout.isatty():
        _to_terminal(report)
        return
    else:
        text = renderer(fmt)(replace(report, width=text_width()))
    if fmt in SHOWN_AS_TEXT:
        text = visible(text)
    if output is None:
        sys.stdout.write(text)
    else:
        save(output, text, force, report.lang)


def _paths_on_one_line(report: Report) -> Report:
    results = tuple(
        replace(result, plan=replace(result.plan, path=one_line(result.plan.path)))
        for result in report.results
    )
    return replace(report, results=results)


def _to_terminal(report: Report) -> None:
    from rich.console import Console

    from lotrinh.render.table_format import renderables

    console = Console()
    for renderable in renderables(replace(report, width=console.width)):
        console.print(renderable)


def _write_step_summary(report: Report) -> None:
    """GitHub shows only 10 annotations a step: the full report goes to the job summary."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    from lotrinh.render.github_format import step_summary

    with Path(target).open("a", encoding="utf-8") as summary:
        summary.write(step_summary(report))
