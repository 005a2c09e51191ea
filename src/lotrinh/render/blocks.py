"""What the table format shows, as plain values: lines of text and grids of cells.

The check's report is laid out once, here, and drawn twice: as plain ASCII for pipes, files
and CI logs (`plain.py`, no dependency, fast to start), and with rich on a terminal
(`rich_blocks.py`, colours and boxes). Styles are rich style names; plain text ignores them.
"""

from __future__ import annotations

from dataclasses import dataclass

from lotrinh.render.inert import visible


@dataclass(frozen=True)
class Cell:
    """One cell's text (it may hold line breaks) and its style."""

    text: str
    style: str | None = None

    def __post_init__(self) -> None:
        # Every table, plain or drawn by rich, shows its cells through here: made inert once.
        object.__setattr__(self, "text", visible(self.text))


@dataclass(frozen=True)
class Column:
    """A column's header; `right` aligns numbers, `flex` takes what width is left. On a narrow
    screen an `optional` column is left out before the grid is stacked, and so is one that
    would be narrower than `least` (a message squeezed to a word a line is unreadable); when
    stacked, a `bare` cell is shown without its header (a code or a position speaks for
    itself)."""

    header: str
    right: bool = False
    flex: bool = False
    optional: bool = False
    bare: bool = False
    least: int = 0


@dataclass(frozen=True)
class Grid:
    """A titled table; `ruled` draws a line between rows (for multi-line cells)."""

    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    row_styles: tuple[str | None, ...] = ()
    ruled: bool = False


@dataclass(frozen=True)
class Line:
    """A paragraph of text."""

    text: str
    style: str | None = None


Block = Grid | Line
