"""Blocks drawn as plain ASCII text at a given width (pipes, files, CI logs).

It needs nothing beyond the standard library, which keeps `lotrinh check` quick to start. The
layout (table, fewer columns, or stacked) is decided by `layout.fit`, which never cuts a word.
"""

from __future__ import annotations

from lotrinh.render.blocks import Block, Grid, Line
from lotrinh.render.layout import Fitted, fit, wrap


def to_text(blocks: list[Block], width: int) -> str:
    """Every block, one after another."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Line):
            out.extend(_line(block, width))
            continue
        fitted = fit(block, width)
        if isinstance(fitted, Fitted):
            out.extend(_grid(fitted, width))
        else:
            for line in fitted:
                out.extend(_line(line, width))
    return "".join(line.rstrip() + "\n" for line in out)


def _line(block: Line, width: int) -> list[str]:
    return wrap(block.text, width)


def _grid(fitted: Fitted, width: int) -> list[str]:
    grid: Grid = fitted.grid
    widths = list(fitted.widths)
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    header = _row([c.header for c in grid.columns], widths, [False] * len(widths))
    right = [c.right for c in grid.columns]
    lines = [*wrap(grid.title, width), rule, *header, rule]
    for index, row in enumerate(grid.rows):
        if grid.ruled and index:
            lines.append(rule)
        lines.extend(_row([cell.text for cell in row], widths, right))
    lines.append(rule)
    return lines


def _row(texts: list[str], widths: list[int], right: list[bool]) -> list[str]:
    cells = [wrap(text, w) for text, w in zip(texts, widths, strict=True)]
    height = max(len(cell) for cell in cells)
    lines = []
    for index in range(height):
        parts = []
        for cell, w, align_right in zip(cells, widths, right, strict=True):
            piece = cell[index] if index < len(cell) else ""
            parts.append(piece.rjust(w) if align_right else piece.ljust(w))
        lines.append("| " + " | ".join(parts) + " |")
    return lines
