"""The two drawings of the table format: plain ASCII (pipes, CI) and rich (terminals)."""

from __future__ import annotations

import io

from rich.console import Console

from lotrinh.core import CheckResult
from lotrinh.render.blocks import Cell, Column, Grid, Line
from lotrinh.render.plain import to_text
from lotrinh.render.report import Report
from lotrinh.render.rich_blocks import to_renderables
from lotrinh.render.table_format import blocks

GRID = Grid(
    "Bảng",
    (Column("Năm", right=True), Column("Nội dung", flex=True)),
    (
        (Cell("2024"), Cell("một câu khá dài cần được xuống dòng cho vừa khổ giấy")),
        (Cell("2025"), Cell("ngắn\n→ gợi ý")),
    ),
    ruled=True,
)


def test_plain_grid_fits_the_width_and_aligns_numbers() -> None:
    text = to_text([GRID], 30)
    lines = text.splitlines()
    assert lines[0] == "Bảng"
    assert all(len(line) <= 30 for line in lines)
    body = [line for line in lines if line.startswith("| 20")]
    assert body[0].startswith("| 2024 | một câu khá dài")
    assert "→ gợi ý" in text
    # The flex column wrapped; every row of the grid has the same width.
    assert len({len(line) for line in lines[1:]}) == 1


def test_plain_lines_wrap_at_the_width() -> None:
    text = to_text([Line("a " * 40)], 20)
    assert all(len(line) <= 20 for line in text.splitlines())
    assert text.count("a") == 40


def test_rich_drawing_shows_the_same_content(long_an: CheckResult) -> None:
    report = Report((long_an,))
    buffer = io.StringIO()
    console = Console(file=buffer, width=160, force_terminal=True, color_system="truecolor")
    for renderable in to_renderables(blocks(report), 160):
        console.print(renderable)
    drawn = buffer.getvalue()
    assert "\x1b[" in drawn  # colours on a terminal
    for block in blocks(report):
        if isinstance(block, Grid):
            assert block.title in drawn
