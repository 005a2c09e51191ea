"""Fitting a grid to a width without ever cutting a word, a number or a code.

In an arithmetic checker "26.33…" reads as 26,33: a cell may wrap between words, never inside
one. A grid is drawn as a table when every column can be at least as wide as its longest word;
if not, its optional columns are left out; if it still does not fit, it is stacked: one entry
per row, each cell after its header, wrapped at word boundaries. Both drawings (plain text and
rich) use this one decision, so a pipe and a terminal of the same width show the same layout.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, replace

from lotrinh.render.blocks import Grid, Line

_KEEP = "\u00a0"
"""Joins a header to its value while wrapping: textwrap does not break at a no-break space."""


@dataclass(frozen=True)
class Fitted:
    """A grid that fits as a table, with the width of each column's text."""

    grid: Grid
    widths: tuple[int, ...]


def frame(columns: int) -> int:
    """Width taken by borders and padding: `| a | b |` is 3 per column and 1 more."""
    return 3 * columns + 1


def fit(grid: Grid, width: int) -> Fitted | tuple[Line, ...]:
    """The grid as a table whose columns fit `width`, or stacked lines (with every column:
    stacked, there is room for them) when none can."""
    table = grid
    while _least(table) + frame(len(table.columns)) > width:
        optional = [i for i, column in enumerate(table.columns) if column.optional]
        if not optional:
            return stacked(grid, width)
        table = _without(table, optional[-1])
    return Fitted(table, tuple(_widths(table, width - frame(len(table.columns)))))


def wrap(text: str, width: int, first: str = "", hang: str = "") -> list[str]:
    """Lines of at most `width` characters, broken only between words; a word longer than the
    width stays whole on a line of its own. Line breaks in `text` are kept; the first line
    starts with `first`, the others with `hang`."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        pieces = textwrap.wrap(
            paragraph,
            max(width, 1),
            initial_indent=hang if out else first,
            subsequent_indent=hang,
            break_long_words=False,
            break_on_hyphens=False,
        )
        out.extend(piece.replace(_KEEP, " ") for piece in pieces or [""])
    return out


def reflow(text: str, width: int) -> str:
    """Each line of `text` wrapped at word boundaries, its continuation lines indented four
    spaces deeper than the line itself (a report of indented entries stays readable)."""
    out: list[str] = []
    for line in text.split("\n"):
        indent = line[: len(line) - len(line.lstrip(" "))]
        out.extend(wrap(line.strip(" "), width, indent, indent + "    "))
    return "\n".join(out)


def stacked(grid: Grid, width: int) -> tuple[Line, ...]:
    """One entry per row: `- header value · header value`, then the flexible cells' text
    indented beneath, for a screen too narrow for the table."""
    lines = [Line(grid.title)]
    styles = grid.row_styles or (None,) * len(grid.rows)
    for row, row_style in zip(grid.rows, styles, strict=True):
        head: list[str] = []
        body: list[str] = []
        style = row_style
        for column, cell in zip(grid.columns, row, strict=True):
            text = " ".join(cell.text.split()) if not column.flex else cell.text
            if not text.strip():
                continue
            if column.flex:
                body.append(text)
                continue
            style = style or cell.style
            pair = text if column.bare else f"{column.header}: {text}"
            head.append(pair.replace(" ", _KEEP) if len(pair) <= width - 2 else pair)
        lines.append(Line("\n".join(wrap(" · ".join(head), width, "- ", "  ")), style))
        lines.extend(Line("\n".join(wrap(text, width, "  ", "  "))) for text in body)
    return tuple(lines)


def _least(grid: Grid) -> int:
    return sum(_narrowest(grid, i) for i in range(len(grid.columns)))


def _narrowest(grid: Grid, index: int) -> int:
    """Its longest word, or the column's readable minimum if its text is wider than that."""
    readable = min(grid.columns[index].least, _natural(grid, index))
    return max(_longest_word(grid, index), readable)


def _longest_word(grid: Grid, index: int) -> int:
    texts = [grid.columns[index].header, *(row[index].text for row in grid.rows)]
    return max((len(word) for text in texts for word in text.split()), default=1)


def _natural(grid: Grid, index: int) -> int:
    texts = [grid.columns[index].header, *(row[index].text for row in grid.rows)]
    return max((len(line) for text in texts for line in text.split("\n")), default=1)


def _widths(grid: Grid, room: int) -> list[int]:
    """Natural widths; while too wide, the widest flexible column (then the widest of any)
    gives way, never below its longest word."""
    count = len(grid.columns)
    widths = [_natural(grid, i) for i in range(count)]
    least = [_narrowest(grid, i) for i in range(count)]
    flexible = [i for i, column in enumerate(grid.columns) if column.flex]
    while sum(widths) > room:
        candidates = [i for i in flexible if widths[i] > least[i]] or [
            i for i in range(count) if widths[i] > least[i]
        ]
        if not candidates:
            break
        widest = max(candidates, key=lambda i: widths[i])
        widths[widest] -= 1
    return widths


def _without(grid: Grid, index: int) -> Grid:
    return replace(
        grid,
        columns=grid.columns[:index] + grid.columns[index + 1 :],
        rows=tuple(row[:index] + row[index + 1 :] for row in grid.rows),
    )
