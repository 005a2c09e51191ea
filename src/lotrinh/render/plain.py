"""Blocks drawn as plain ASCII text, at a fixed width, so that output is reproducible.

Used whenever the output is not a terminal (pipes, files, CI logs): it needs nothing beyond
the standard library, which keeps `lotrinh check` quick to start.
"""

from __future__ import annotations

import textwrap

from lotrinh.render.blocks import Block, Grid, Line

MIN_COLUMN = 8


def to_text(blocks: list[Block], width: int) -> str:
    """Every block, one after another."""
    out: list[str] = []
    for block in blocks:
        out.extend(_grid(block, width) if isinstance(block, Grid) else _line(block, width))
    return "".join(line.rstrip() + "\n" for line in out)


def _line(block: Line, width: int) -> list[str]:
    return [piece for para in block.text.split("\n") for piece in _wrap(para, width)]


def _grid(grid: Grid, width: int) -> list[str]:
    widths = _widths(grid, width)
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    header = _row([c.header for c in grid.columns], widths, [False] * len(widths))
    right = [c.right for c in grid.columns]
    lines = [*_wrap(grid.title, width), rule, *header, rule]
    for index, row in enumerate(grid.rows):
        if grid.ruled and index:
            lines.append(rule)
        lines.extend(_row([cell.text for cell in row], widths, right))
    lines.append(rule)
    return lines


def _widths(grid: Grid, width: int) -> list[int]:
    """Natural widths, then the flex columns (or else the widest) give way to fit `width`."""
    texts = [[c.header] + [row[i].text for row in grid.rows] for i, c in enumerate(grid.columns)]
    widths = [max(len(line) for text in column for line in text.split("\n")) for column in texts]
    room = width - (3 * len(widths) + 1)
    flexible = [i for i, c in enumerate(grid.columns) if c.flex]
    while sum(widths) > room:
        candidates = flexible or list(range(len(widths)))
        widest = max(candidates, key=lambda i: widths[i])
        if widths[widest] <= MIN_COLUMN:
            if not flexible:
                break
            flexible = []
            continue
        widths[widest] -= 1
    return widths


def _row(texts: list[str], widths: list[int], right: list[bool]) -> list[str]:
    cells = [
        [piece for para in text.split("\n") for piece in _wrap(para, w)]
        for text, w in zip(texts, widths, strict=True)
    ]
    height = max(len(cell) for cell in cells)
    lines = []
    for index in range(height):
        parts = []
        for cell, w, align_right in zip(cells, widths, right, strict=True):
            piece = cell[index] if index < len(cell) else ""
            parts.append(piece.rjust(w) if align_right else piece.ljust(w))
        lines.append("| " + " | ".join(parts) + " |")
    return lines


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]
