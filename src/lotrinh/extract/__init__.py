"""Extraction: a plan document's Vietnamese prose → a draft plan (plain data) + coverage.

    from lotrinh.extract import extract_plan
    result = extract_plan(text, "ke-hoach.txt")   # raises ExtractError, nothing else
    result.data        # what a plan file holds: lotrinh, plan, years, units, claims, targets
    result.coverage    # every sentence with a number: understood, partial, not understood

The reading is five passes, each a module with its own tests: `document` (lines, sentences,
numbers) → `structure` (headings, items, tables, the context stack) → `statements` (what each
sentence says, by named rules) → `units` (identity from the genre lexicon, `lexicon`) → `build`
(claims, targets, coverage). A sentence is used whole or not at all; `verdict` turns what was
not read into findings (LT401, LT402).

`plan_from_result(result, name)` turns a result into a checked domain `Plan` whose
positions are the document's lines (it raises `LoadError`, of which `ExtractError` is one).
`lotrinh.sources.load_any(path, max_bytes)` is what `lotrinh check` calls: a document
(.txt, .md, .docx) is extracted in memory, anything else is loaded as a YAML plan file.

Pure functions: no printing, no typer, no rich. Reading files is in
`lotrinh.extract.reader`, writing YAML/JSON in `lotrinh.extract.writer`, the coverage report
as text in `lotrinh.extract.report`.
"""

from __future__ import annotations

from lotrinh.extract.build import extract_plan
from lotrinh.extract.plan import plan_from_result
from lotrinh.extract.result import (
    Coverage,
    CoverageEntry,
    ExtractError,
    ExtractResult,
    Message,
    Status,
)

__all__ = [
    "Coverage",
    "CoverageEntry",
    "ExtractError",
    "ExtractResult",
    "Message",
    "Status",
    "extract_plan",
    "plan_from_result",
]
