"""Blocks drawn with rich, for a terminal: boxes and colours at the terminal's width.

Column widths come from `layout.fit`, never from rich's own shrinking, which ends in "…"
inside numbers and codes when a table is too wide; a grid that cannot fit is stacked.
"""

from __future__ import annotations

from rich import box
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from lotrinh.render.blocks import Block, Line
from lotrinh.render.layout import Fitted, fit


def to_renderables(blocks: list[Block], width: int) -> list[RenderableType]:
    """One or more rich renderables per block, fitted to `width`."""
    out: list[RenderableType] = []
    for block in blocks:
        if isinstance(block, Line):
            out.append(_text(block))
            continue
        fitted = fit(block, width)
        if isinstance(fitted, Fitted):
            out.append(_table(fitted))
        else:
            out.extend(_text(line) for line in fitted)
    return out


def _text(line: Line) -> Text:
    return Text(line.text, style=line.style or "", overflow="fold")


def _table(fitted: Fitted) -> Table:
    grid = fitted.grid
    table = Table(title=grid.title, box=box.ROUNDED, title_justify="left", show_lines=grid.ruled)
    for column, width in zip(grid.columns, fitted.widths, strict=True):
        table.add_column(
            column.header,
            justify="right" if column.right else "left",
            width=width,
            overflow="fold",  # never reached: no word is wider than its column
        )
    styles = grid.row_styles or (None,) * len(grid.rows)
    for row, style in zip(grid.rows, styles, strict=True):
        table.add_row(*(Text(cell.text, style=cell.style or "") for cell in row), style=style)
    return table
