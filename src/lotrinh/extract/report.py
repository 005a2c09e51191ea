"""The coverage report as text, for a person reading the terminal (stderr)."""

from __future__ import annotations

from lotrinh.extract.result import Coverage, CoverageEntry, Status
from lotrinh.numbers import Lang

_SHORT = 120

_HEADINGS = {
    Status.NOT_UNDERSTOOD: (
        "Không hiểu (hãy xem lại và chép tay nếu cần):",
        "Not understood (review, and transcribe by hand if needed):",
    ),
    Status.PARTIAL: ("Hiểu một phần:", "Partly understood:"),
    Status.UNDERSTOOD: ("Đã hiểu:", "Understood:"),
    Status.OUTSIDE: (
        "Số không phải biên chế của kế hoạch (hợp đồng, số trong đó, thời gian, ...):",
        "Numbers that are not the plan's posts (contracts, subsets, durations, ...):",
    ),
}


def coverage_text(coverage: Coverage, source: str, lang: Lang = Lang.VI) -> str:
    """Every sentence with a quantity, grouped by status, each `file:line:column: quote`.

    Sentences that need attention are quoted in full; understood ones are shortened.
    Sentences holding only years, dates or document numbers are counted, not listed.
    """
    en = lang is Lang.EN
    numeric = len(coverage.entries) - coverage.count(Status.REFERENCE)
    understood = coverage.count(Status.UNDERSTOOD)
    partial = coverage.count(Status.PARTIAL)
    missed = coverage.count(Status.NOT_UNDERSTOOD)
    references = coverage.count(Status.REFERENCE)
    outside = coverage.count(Status.OUTSIDE)
    if en:
        lines = [
            f"Coverage of {source}: {numeric} sentences hold quantities: {understood} "
            f"understood, {partial} partly, {missed} not understood, {outside} not the "
            f"plan's posts; {references} hold only years, dates or document numbers (listed "
            "with --format json)."
        ]
    else:
        lines = [
            f"Độ phủ của {source}: {numeric} câu có số lượng: {understood} hiểu hết, "
            f"{partial} hiểu một phần, {missed} không hiểu, {outside} không phải số biên chế "
            f"của kế hoạch; {references} câu chỉ có năm, ngày hoặc số hiệu văn bản (liệt kê "
            "khi dùng --format json)."
        ]
    for status in (Status.NOT_UNDERSTOOD, Status.PARTIAL, Status.UNDERSTOOD, Status.OUTSIDE):
        entries = coverage.of(status)
        if not entries:
            continue
        lines.append(_HEADINGS[status][1 if en else 0])
        short = status in (Status.UNDERSTOOD, Status.OUTSIDE)
        lines += [_entry(entry, source, short, en) for entry in entries]
    return "\n".join(lines) + "\n"


def _entry(entry: CoverageEntry, source: str, short: bool, en: bool) -> str:
    quote = entry.quote
    if short and len(quote) > _SHORT:
        # Shortened at a space, so that no number or word is cut ("26.33…" reads as 26,33).
        quote = quote[: _SHORT - 1].rsplit(" ", 1)[0] + " …"
    text = f"  {source}:{entry.line}:{entry.column}: “{quote}”"
    if entry.used:
        text += ("\n      used: " if en else "\n      đã dùng: ") + ", ".join(entry.used)
    if entry.unused:
        text += ("\n      not used: " if en else "\n      chưa dùng: ") + ", ".join(entry.unused)
    for note in entry.notes:
        text += "\n      — " + note.text(Lang.EN if en else Lang.VI)
    return text
