"""Any plan source to a checked `Plan`: a YAML plan file, a workbook, or a document
extracted in memory.

This module sits above `loading`, `extract` and `excel` (each of which builds its plan with
loading's pieces) and below the CLI, so that choosing a source by its suffix closes no
import circle: sources (YAML, documents, workbooks) → Plan → core → renderers → CLI.

A document's plan is never written anywhere; its claims, units and targets are located at
the document's lines, so findings point into the document itself. The extractor is imported
only when a document is given: checking YAML plans must start fast.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, NamedTuple

from lotrinh.loading import DEFAULT_MAX_BYTES, load_bytes, load_plan
from lotrinh.loading.decode import read_limited
from lotrinh.loading.errors import Problem
from lotrinh.model import Plan

if TYPE_CHECKING:
    from lotrinh.extract.reader import DocumentText
    from lotrinh.extract.result import Coverage
    from lotrinh.findings.finding import Finding


_NOTE_NUMBER = re.compile(r"^\s*[(\[]?\d{1,3}[)\]]?")


class Loaded(NamedTuple):
    """A plan, and for a document, what its text held that was and was not understood; for
    a workbook, notes on how it was read (hidden rows, macros ignored)."""

    plan: Plan
    coverage: Coverage | None = None
    notes: tuple[Problem, ...] = ()

    @property
    def reading(self) -> tuple[Finding, ...]:
        """For a document, what reading it found before any figure was checked (LT401
        sentences not understood, LT402 malformed numbers): findings of the plan."""
        if self.coverage is None:
            return ()
        from lotrinh.extract.verdict import reading_findings

        return tuple(reading_findings(self.coverage))


DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".docx", ".doc", ".pdf")
"""Read as documents (`extract.reader`). A .doc is refused by the reader with a hint to save
it as .docx, which says more than a YAML syntax error would."""
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls")
"""Read as workbooks in the documented layout; .xls is refused by the reader with a hint."""
REFUSED_SUFFIXES = (".doc", ".xls")
"""The old Office formats above: named, they are refused with a hint to save them again; a
folder search passes them over."""


def load_document(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Loaded:
    """Read, extract and convert a plan document; raises `ExtractError` (a `LoadError`)."""
    from lotrinh.extract.reader import read_lines

    return _document(read_lines(path, max_bytes), str(path))


def _document(document: DocumentText, name: str) -> Loaded:
    """A document's lines extracted and converted; what the reader set apart holding a
    figure (a footnote, a text box) is said as a note: not read, so not checked."""
    from lotrinh.extract.document import tokens
    from lotrinh.extract.plan import plan_from_result

    result = document.extract(name)
    pages = document.set_aside_pages or (None,) * len(document.set_aside)
    notes = tuple(
        Problem(
            name,
            1,
            1,
            f"{'' if page is None else f'trang {page}: '}phần để riêng (chú thích, hộp văn "
            f"bản) có số liệu, không được đọc nên không được kiểm tra: «{text}»",
            f"{'' if page is None else f'page {page}: '}set apart (a footnote, a text box) "
            f"with figures, not read so not checked: «{text}»",
        )
        for text, page in zip(document.set_aside, pages, strict=True)
        # A footnote's text begins with its own number, which counts nothing.
        if any(token.quantity for token in tokens(_NOTE_NUMBER.sub("", text, count=1)))
    )
    return Loaded(plan_from_result(result, name), result.coverage, notes)


def load_any(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Loaded:
    """A document or a workbook by its suffix (see `DOCUMENT_SUFFIXES`, `WORKBOOK_SUFFIXES`),
    anything else as a YAML plan file.

    Raises `LoadError` and nothing else: the file cannot be read, is not a plan, or is not a
    valid one.
    """
    if path.suffix.lower() in DOCUMENT_SUFFIXES:
        return load_document(path, max_bytes)
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        from lotrinh.excel.read import load_workbook_plan

        read = load_workbook_plan(path, max_bytes)
        return Loaded(read.plan, notes=read.notes)
    return Loaded(load_plan(path, max_bytes=max_bytes))


def load_stdin(stream: BinaryIO, name: str | None, max_bytes: int = DEFAULT_MAX_BYTES) -> Loaded:
    """A plan, or with a document's `name` (x.txt, x.docx) a document, read from a stream
    (`lotrinh check -`). Findings are reported under `name`, or `-` when none is given."""
    label = name or "-"
    data = read_limited(stream, label, max_bytes)
    if name is not None and Path(name).suffix.lower() in DOCUMENT_SUFFIXES:
        from lotrinh.extract.reader import document_lines

        return _document(document_lines(data, label, max_bytes), label)
    return Loaded(load_bytes(data, label))
