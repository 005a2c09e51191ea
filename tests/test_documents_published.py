"""Every corpus document, published as an office publishes it, reads as its text.

tests/render_published.py prints each document with a letterhead, a closing block, running
headers and page numbers, a footnote and its mark right after a figure, figures split between
bold and plain runs, no-break spaces, repeated table headers and landscape tables. The reading
(the plan's units, years, claims and targets; every sentence's status and the figures it gave
or left) must be the text's: none of the layout may add, drop or change a figure. Where a
line sits differs (a PDF has no empty lines), so lines are compared by what they say.

Each document's form (which letterhead, where the page numbers are, landscape or not) is drawn
from a seed fixed by its folder's name, so a failure names its example for good.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Any

import pytest

from lotrinh.extract import ExtractError, extract_plan
from lotrinh.extract.reader import DocumentText, document_lines, read_lines
from tests import render_published
from tests.test_documents_corpus import DOCUMENTS


def reading(text: str) -> tuple[Any, ...]:
    """What a document says to the checker, wherever its lines stand: the plan without its
    metadata (a letterhead set apart takes no date or number into it) and source lines, and
    every sentence holding a number with its status and figures; or the refusal."""
    try:
        result = extract_plan(text, "document")
    except ExtractError as exc:
        return ("refused", tuple(problem.message_en for problem in exc.problems))
    data = dict(result.data)
    data.pop("plan", None)
    for claim in data.get("claims", []):
        claim.pop("source_line", None)
    return (
        json.dumps(data, ensure_ascii=False, sort_keys=True, default=str),
        tuple(
            (entry.quote, entry.status.value, entry.used, entry.unused)
            for entry in result.coverage.entries
        ),
    )


def seed_of(path: Path) -> int:
    return zlib.crc32(f"{path.parent.name}/{path.name}".encode())


def published(path: Path, kind: str) -> DocumentText:
    render = render_published.docx_bytes if kind == "docx" else render_published.pdf_bytes
    data = render(path.read_text(encoding="utf-8"), seed=seed_of(path))
    return document_lines(data, f"{path.stem}.{kind}")


@pytest.mark.parametrize("kind", ["docx", "pdf"])
@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.parent.name + "/" + path.name)
def test_published_document_reads_as_its_text(path: Path, kind: str) -> None:
    document = published(path, kind)
    assert reading(document.text) == reading(read_lines(path).text)
    # The traps were there and were seen, not missed by luck: the letterhead and the closing
    # block are set apart, whole.
    form = render_published.Publication.drawn(seed_of(path))
    for left, right in (form.letterhead(), form.closing()):
        for line in [*left, *right]:
            if line:
                assert any(line in aside for aside in document.set_aside), line
    if render_published.has_footnote(path.read_text(encoding="utf-8")):
        assert any(render_published.FOOTNOTE in aside for aside in document.set_aside)
