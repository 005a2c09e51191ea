"""A text file whose paragraphs were broken at a fixed width, joined back into paragraphs.

Plans reach analysts as plain text copied out of a PDF (`pdftotext`), an e-mail or an editor
that wraps at 70–100 characters: one sentence over two or three lines. Read line by line,
a sentence's second half is a sentence of its own ("2022 (hội đặc thù cấp tỉnh ...") and its
figures fall to the wrong unit. The PDF reader joins such lines from their geometry (`pdf`);
a text file has no geometry, only its widths, so this joins a line to the one after it where
the document as a whole is wrapped at one width and that line stopped because the next
line's first word did not fit (the rule word-wrapping follows), never after a line ending a
sentence (a line ending with ":" or ";" goes on where it is filled) and never before a line
opening an item, a heading or a table row.

A document whose paragraphs are each one line (as the corpus and most .docx exports are) is
left as it is: its lines have no common width. A joined paragraph stands on its first line;
the lines it took are left blank, so every other line keeps its number, and `relocate` gives
a position in the joined paragraph back its own line and column in the file.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from lotrinh.extract.result import Coverage, ExtractResult
from lotrinh.model import Position

_SENTENCE_END = re.compile(r"[.!?…][\W]*$")
_ITEM_START = re.compile(
    r"\s*(?:[-+•*–—·▪●○#|>]\s|\(?[0-9]{1,2}(?:\.[0-9]{1,2})*[.)]\s|\(?[a-zđ][).]\s|[IVXLC]+\.\s"
    r"|(?:điều|chương|mục|phần)\s+(?:[0-9]|[IVXLC]+(?!\w)|thứ(?!\w)))",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]{2,}")
_MAX_WIDTH = 150
"""Wider lines than this are paragraphs, not a fill width."""
_FILL_SLACK = 15
"""A filled line stops at most this short of the width (Vietnamese words are short)."""
_MIN_JOINS = 1
"""Fewer lines going on than this: a coincidence of a few long lines, not a wrapped text."""


@dataclass(frozen=True)
class Joined:
    """A paragraph joined from several lines of the file: where each line's text starts in
    the joined text (0-based offsets, ascending), and that line's number and the column its
    text started at (1-based)."""

    offsets: tuple[int, ...]
    lines: tuple[int, ...]
    columns: tuple[int, ...]

    def position(self, column: int) -> tuple[int, int]:
        """The file's line and column of a 1-based column of the joined text."""
        index = bisect_right(self.offsets, column - 1) - 1
        return self.lines[index], column - self.offsets[index] + self.columns[index] - 1


def unwrap(lines: list[str]) -> tuple[list[str], dict[int, Joined]]:
    """The lines with each wrapped paragraph joined on its first line (the others left
    blank), and for each joined paragraph's line number (1-based) how it was joined."""
    width = _width(lines)
    if width is None:
        return lines, {}
    goes_on = [_goes_on(lines[i], lines[i + 1], width) for i in range(len(lines) - 1)]
    if sum(goes_on) < _MIN_JOINS:
        return lines, {}
    out = list(lines)
    joined: dict[int, Joined] = {}
    start = 0
    while start < len(lines):
        end = start
        while end < len(goes_on) and goes_on[end]:
            end += 1
        if end > start:
            text = lines[start].rstrip()
            offsets, numbers, columns = [0], [start + 1], [1]
            for index in range(start + 1, end + 1):
                piece = lines[index].strip()
                offsets.append(len(text) + 1)
                numbers.append(index + 1)
                columns.append(len(lines[index]) - len(lines[index].lstrip()) + 1)
                text = f"{text} {piece}"
                out[index] = ""
            out[start] = text
            joined[start + 1] = Joined(tuple(offsets), tuple(numbers), tuple(columns))
        start = end + 1
    return out, joined


def _width(lines: list[str]) -> int | None:
    """The width the text was filled to: its longest line, where that is no paragraph's
    length and several lines come close to it; otherwise None."""
    prose = [line.rstrip() for line in lines if line.strip() and not line.lstrip().startswith("|")]
    if not prose:
        return None
    width = max(len(line) for line in prose)
    if width > _MAX_WIDTH:
        return None
    full = sum(1 for line in prose if len(line) >= width - _FILL_SLACK)
    return width if full >= _MIN_JOINS else None


def _goes_on(line: str, after: str, width: int) -> bool:
    """Whether `after` continues `line`'s paragraph: `line` stopped because the first word of
    `after` did not fit on it, ends no sentence, and `after` opens nothing (an item, a
    heading in capitals, a parenthesis after a clause's mark). A line starting "- " goes on
    only a line ending with no mark at all, the second half of a compound name ("... Sở
    Lao động" / "- Thương binh và Xã hội 65")."""
    text, following = line.rstrip(), after.strip()
    if not text or not following or text.lstrip().startswith("|"):
        return False
    if _SENTENCE_END.search(text) or len(text) + 1 + len(following.split()[0]) <= width:
        return False
    if any(part.isupper() and len(_WORD.findall(part)) > 1 for part in (text, following)):
        return False  # a heading in capitals (not a decree's number, "111/2022/NĐ-CP")
    if _ITEM_START.match(following):
        return _COMPOUND_DASH.match(following) is not None and text[-1].isalnum()
    # ("... 106.890 biên chế;" / "(Tăng 54 biên chế so với năm 2021)": a parenthesis line)
    return not (following.startswith("(") and text.endswith((";", ":", ",")))


_COMPOUND_DASH = re.compile(r"[-–]\s+[^\W\d_]")
"""A dash then a word: the second half of a compound name broken before its dash ("chính
trị" / "- xã hội"), or an item."""


def relocate(result: ExtractResult, joined: dict[int, Joined]) -> ExtractResult:
    """The result with every position inside a joined paragraph given back its own line and
    column in the file (claims' `source_line` too)."""
    if not joined:
        return result
    positions = {path: _moved(position, joined) for path, position in result.positions.items()}
    data = dict(result.data)
    claims = []
    for index, claim in enumerate(data.get("claims", [])):
        position = positions.get(("claims", index))
        claims.append(claim if position is None else {**claim, "source_line": position.line})
    if "claims" in data:
        data["claims"] = claims
    return replace(
        result,
        data=data,
        coverage=relocate_coverage(result.coverage, joined),
        positions=positions,
    )


def relocate_coverage(coverage: Coverage, joined: dict[int, Joined]) -> Coverage:
    """The coverage report's sentences at their own line and column in the file."""
    if not joined:
        return coverage
    entries = []
    for entry in coverage.entries:
        paragraph = joined.get(entry.line)
        if paragraph is None:
            entries.append(entry)
            continue
        line, column = paragraph.position(entry.column)
        entries.append(replace(entry, line=line, column=column))
    return Coverage(tuple(entries))


def _moved(position: Position, joined: dict[int, Joined]) -> Position:
    paragraph = joined.get(position.line)
    if paragraph is None:
        return position
    line, column = paragraph.position(position.column)
    return position._replace(line=line, column=column)
