"""The reading's own findings: what `lotrinh check` says about a document's sentences before
it checks any figure (LT401 statement-not-understood, LT402 malformed-number).

A document checks clean only when every staffing sentence was read: a sentence that was not
is a located finding quoting it, in every output format, never a note on stderr alone.
"""

from __future__ import annotations

from lotrinh.extract.result import Coverage, CoverageEntry, Message
from lotrinh.findings.finding import Finding, SentenceSubject
from lotrinh.findings.kinds import MALFORMED_NUMBER, STATEMENT_NOT_UNDERSTOOD
from lotrinh.model import Position


def reading_findings(coverage: Coverage) -> list[Finding]:
    """One LT402 per malformed number, one LT401 per other staffing sentence not read."""
    found: list[Finding] = []
    for entry in coverage.entries:
        if not entry.unread:
            continue
        for number in entry.malformed:
            found.append(_finding(entry, MALFORMED_NUMBER, {"number": number}))
        if set(entry.unused) - set(entry.malformed):
            found.append(_finding(entry, STATEMENT_NOT_UNDERSTOOD, {"why": _why(entry)}))
    return found


def _why(entry: CoverageEntry) -> str:
    notes: tuple[Message, ...] = entry.notes
    return "; ".join(note.vi for note in notes) if notes else ""


def _finding(entry: CoverageEntry, kind: str, params: dict[str, str]) -> Finding:
    return Finding(
        kind=kind,
        subject=SentenceSubject(),
        year=0,
        position=Position(entry.line, entry.column),
        quote=entry.quote,
        params={**params, "quote": entry.quote, "why_en": _why_en(entry)},
    )


def _why_en(entry: CoverageEntry) -> str:
    return "; ".join(note.en for note in entry.notes)
