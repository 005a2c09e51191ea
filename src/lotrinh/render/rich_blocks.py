"""Blocks drawn with rich, for a terminal: boxes, colours, the terminal's own width."""

from __future__ import annotations

from rich import box
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from lotrinh.render.blocks import Block, Grid


def to_renderables(blocks: list[Block]) -> list[RenderableType]:
    """One rich renderable per block."""
    return [
        _table(block) if isinstance(block, Grid) else Text(block.text, style=block.style or "")
        for block in blocks
    ]


def _table(grid: Grid) -> Table:
    table = Table(title=grid.title, box=box.ROUNDED, title_justify="left", show_lines=grid.ruled)
    for column in grid.columns:
        table.add_column(
            column.header,
            justify="right" if column.right else "left",
            ratio=1 if column.flex else None,
        )
    styles = grid.row_styles or (None,) * len(grid.rows)
    for row, style in zip(grid.rows, styles, strict=True):
        table.add_row(*(Text(cell.text, style=cell.style or "") for cell in row), style=style)
    return table
