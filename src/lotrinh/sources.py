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

from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, NamedTuple

from lotrinh.loading import DEFAULT_MAX_BYTES, load_bytes, load_plan
from lotrinh.loading.decode import read_limited
from lotrinh.loading.errors import Problem
from lotrinh.model import Plan

if TYPE_CHECKING:
    from lotrinh.extract.result import Coverage
    from lotrinh.findings.finding import Finding


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
    from lotrinh.extract.build import extract_plan
    from lotrinh.extract.plan import plan_from_result
    from lotrinh.extract.reader import read_document

    name = str(path)
    result = extract_plan(read_document(path, max_bytes), name)
    return Loaded(plan_from_result(result, name), result.coverage)


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
        from lotrinh.extract.build import extract_plan
        from lotrinh.extract.plan import plan_from_result
        from lotrinh.extract.reader import document_lines

        result = extract_plan(document_lines(data, label, max_bytes).text, label)
        return Loaded(plan_from_result(result, label), result.coverage)
    return Loaded(load_bytes(data, label))
