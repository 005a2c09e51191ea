"""Every corpus document, put into Word and printed to PDF, reads to the lines of its text.

The reader downstream sees lines; a document must read the same whichever form it arrives in.
A .docx keeps every line (empty ones too), so its line numbers are the text's; a PDF has no
empty lines and no indentation, so it must read to the text's non-empty lines with runs of
spaces closed up. Every corpus folder takes part: one without a document fails, none is
skipped.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from lotrinh.extract.reader import read_lines
from tests.render_documents import docx_bytes, pdf_bytes

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"


def _document(folder: Path) -> Path | None:
    """The folder's document.*, or the one its truth file names elsewhere in the repository."""
    local = sorted(folder.glob("document.*"))
    if local:
        return local[0]
    truth = yaml.safe_load((folder / "truth.yaml").read_text(encoding="utf-8")) or {}
    named = truth.get("document")
    return ROOT / named if isinstance(named, str) else None


FOLDERS = sorted(path.parent for path in CORPUS.glob("*/truth.yaml"))
DOCUMENTS = sorted(
    {path for path in map(_document, FOLDERS) if path is not None}
    | set((ROOT / "tests" / "documents").glob("*.txt"))
)


def test_every_corpus_folder_has_a_document_to_render() -> None:
    assert [folder.name for folder in FOLDERS if _document(folder) is None] == []
    assert all(path.exists() for path in DOCUMENTS)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.parent.name + "/" + path.name)
def test_docx_reads_as_the_text(tmp_path: Path, path: Path) -> None:
    expected = read_lines(path).lines
    rendered = tmp_path / "document.docx"
    rendered.write_bytes(docx_bytes(path.read_text(encoding="utf-8")))
    assert read_lines(rendered).lines == expected


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.parent.name + "/" + path.name)
def test_pdf_reads_as_the_text(tmp_path: Path, path: Path) -> None:
    expected = tuple(" ".join(line.split()) for line in read_lines(path).lines if line.strip())
    rendered = tmp_path / "document.pdf"
    rendered.write_bytes(pdf_bytes(path.read_text(encoding="utf-8")))
    document = read_lines(rendered)
    assert document.lines == expected
    assert document.pages is not None and len(document.pages) == len(expected)
