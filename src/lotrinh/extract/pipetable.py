"""Tables as Markdown pipe rows, one canonical spelling for every source.

Whatever a table came from (a .docx table, a PDF table, a pipe table typed in .txt/.md), the
reader downstream sees the same lines: the header row, then `|---|---|`, then one line per row,
every row as wide as the widest (missing cells blank), each cell on one line with `|` escaped.
So re-tabulating a document never changes its reading, and a row stays one line.

A merged cell's text stands once, in the first grid cell it covers; the cells it covers to the
right (gridSpan) and below (vMerge) are blank. Repeating it instead would repeat a figure that
the document states once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

_SPACE = re.compile(r"\s+")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")
_SEPARATOR_CELL = re.compile(r":?-+:?")


def cell_text(text: str) -> str:
    """A cell's text on one line: runs of white space (line breaks too) become one space, and
    a `|` inside the cell is escaped so that it does not split the row."""
    return _UNESCAPED_PIPE.sub(r"\\|", _SPACE.sub(" ", text).strip())


def pipe_row(cells: Sequence[str]) -> str:
    """`| a | b |`; a blank cell is `| |`."""
    return "|" + "|".join(f" {cell} " if cell else " " for cell in cells) + "|"


def separator(width: int) -> str:
    """`|---|---|` for `width` columns."""
    return "|" + "---|" * width


def table_lines(rows: Sequence[Sequence[str]], header_rows: int = 1) -> list[str]:
    """A table's lines: its header rows, the separator, then the other rows, all padded to
    the widest row. Cells are taken as they are (see `cell_text`)."""
    if not rows:
        return []
    width = max(len(row) for row in rows)
    padded = [list(row) + [""] * (width - len(row)) for row in rows]
    header_rows = max(1, min(header_rows, len(padded)))
    lines = [pipe_row(row) for row in padded[:header_rows]]
    lines.append(separator(width))
    lines.extend(pipe_row(row) for row in padded[header_rows:])
    return lines


def split_row(line: str) -> list[str] | None:
    """The cells of a typed pipe-table row, or None when the line has no unescaped `|`.

    The outer pipes are optional, as in GitHub's Markdown: `a | b` and `| a | b |` are the same
    row.
    """
    stripped = line.strip()
    if not _UNESCAPED_PIPE.search(stripped):
        return None
    cells = _UNESCAPED_PIPE.split(stripped)
    if stripped.startswith("|"):
        cells = cells[1:]
    if stripped.endswith("|") and not stripped.endswith("\\|"):
        cells = cells[:-1]
    return [cell_text(cell.replace("\\|", "|")) for cell in cells]


def is_separator(cells: Sequence[str]) -> bool:
    """`|---|:--:|` and the like: the line under a Markdown table's header."""
    return bool(cells) and all(_SEPARATOR_CELL.fullmatch(cell) for cell in cells)


def canonical_tables(lines: Iterable[str]) -> list[str]:
    """Typed lines with every Markdown pipe table respelled canonically, line for line.

    A table is a header row followed by a separator row; its body runs to the first line
    without a `|`. Each of its lines stays one line (so line numbers do not move); lines
    outside tables are kept as they are. One pass, each line looked at a bounded number of
    times.
    """
    source = list(lines)
    out: list[str] = []
    index = 0
    while index < len(source):
        header = split_row(source[index])
        rule = split_row(source[index + 1]) if header and index + 1 < len(source) else None
        if header is None or rule is None or not is_separator(rule):
            out.append(source[index])
            index += 1
            continue
        rows = [header]
        end = index + 2
        while end < len(source) and (row := split_row(source[end])) is not None:
            rows.append(row)
            end += 1
        out.extend(table_lines(rows))
        index = end
    return out
