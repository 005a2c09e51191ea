"""Generated documents of the genre, with confusers, scored by the corpus's own scorer.

`compose.generate(seed)` writes a document and its truth (tests/corpus/README.md's format);
`measure(seed)` runs lotrinh on it as the corpus runner does and scores it with
`tests.corpus.runner.score`. `python -m tests.generated --n 500` measures many.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from tests.corpus.runner import Document, Score, run_lotrinh, score
from tests.generated.compose import Generated, generate


def measure(seed: int) -> tuple[Generated, Score]:
    """One generated document, read and checked by lotrinh, scored against its truth."""
    doc = generate(seed)
    with tempfile.TemporaryDirectory(prefix="lotrinh-generated-") as folder:
        path = Path(folder) / f"document{doc.suffix}"
        path.write_text(doc.text, encoding="utf-8")
        extracted, checked, code, problem = run_lotrinh(path)
        scored = score(
            Document(f"generated-{seed}", path, doc.truth), extracted, checked, code, problem
        )
    return doc, scored
