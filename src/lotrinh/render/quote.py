"""A finding's quote split into pieces, the figure it questions marked, for a reader's eye.

Only text is searched here, nothing is computed: the stated figure is written the way
documents write it (`1.338`, `1 338`, `1338`; `1,67%`) and found where it stands as a whole
number. When the sentence states the figure more than once ("giảm 16 so với năm 2023 (giảm
16 so với năm 2022 …)"), the occurrences followed by the finding's comparison year are the
ones marked; when none is, every occurrence is.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from lotrinh.findings.finding import Finding
from lotrinh.numbers import Lang, format_decimal, trimmed

_SEPARATOR = "[. \u00a0\u202f]?"
_YEAR_AFTER = re.compile(r"năm\s+([0-9]{4})")


class Piece(NamedTuple):
    """A run of the quote's text; `figure` when it is the stated figure."""

    text: str
    figure: bool


def highlight(finding: Finding) -> tuple[Piece, ...]:
    """The finding's quote as pieces whose texts join back to the quote exactly."""
    quote = finding.quote or ""
    pattern = _pattern(finding)
    spans = [] if pattern is None else [m.span() for m in pattern.finditer(quote)]
    if finding.base_year is not None and len(spans) > 1:
        chosen = [span for span in spans if _year_after(quote, span[1]) == finding.base_year]
        spans = chosen or spans
    pieces: list[Piece] = []
    at = 0
    for start, end in spans:
        if start > at:
            pieces.append(Piece(quote[at:start], False))
        pieces.append(Piece(quote[start:end], True))
        at = end
    if at < len(quote) or not pieces:
        pieces.append(Piece(quote[at:], False))
    return tuple(pieces)


def _pattern(finding: Finding) -> re.Pattern[str] | None:
    stated = finding.stated
    if isinstance(stated, bool) or stated is None:
        return None
    if isinstance(stated, int):
        digits = str(abs(stated))
        head = len(digits) % 3 or 3
        groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
        body = _SEPARATOR.join(groups)
        return re.compile(rf"(?<![0-9])(?<![0-9][.,]){body}(?![0-9])(?![.,][0-9])")
    rate = finding.params.get("rate")
    text = rate if isinstance(rate, str) else _rate_text(stated)
    number = re.escape(text.rstrip("%").rstrip())
    return re.compile(rf"(?<![0-9])(?<![0-9][.,]){number}\s?%")


def _rate_text(value: Decimal) -> str:
    return format_decimal(trimmed(value), Lang.VI)


def _year_after(quote: str, end: int) -> int | None:
    match = _YEAR_AFTER.search(quote, end)
    return int(match.group(1)) if match else None
