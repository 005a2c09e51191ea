"""The README's quick start: the Long An restatement in examples/ (same figures and slips as
the published document, in the project's own words) gives the Long An findings, as a text
file and as a Word file, with no file from outside the repository.

Compared by what the findings about figures and claims say (LT1xx, LT2xx: kind, unit, years,
stated and computed figures), not by position: the hand-written plan's lines are those of the
published text. Targets are left out: a document's targets are measured on the whole category
of its scope (docs/extraction.md), the hand-written plan's on the lines it names; so are
reading findings (LT4xx), which only a document has.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from tests.conftest import LONG_AN, ROOT, run_cli

EXAMPLE = ROOT / "examples" / "long-an-123-kh-tu-2023.txt"


def said(path: Path) -> tuple[int, Counter[tuple[Any, ...]]]:
    run = run_cli("check", str(path), "--format", "json")
    (checked,) = json.loads(run.stdout)["files"]
    rows = Counter(
        (f["kind"], f["unit"], f["year"], f["base_year"], str(f["stated"]), str(f["computed"]))
        for f in checked["findings"]
        if f["code"].startswith(("LT1", "LT2"))
    )
    return run.exit_code, rows


def test_the_example_gives_the_long_an_findings() -> None:
    code, rows = said(EXAMPLE)
    assert code == 1
    assert rows == said(LONG_AN)[1]


def test_a_word_file_reads_like_the_text(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    for line in EXAMPLE.read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    word = tmp_path / "ke-hoach.docx"
    document.save(str(word))
    text = run_cli("check", str(EXAMPLE), "--format", "concise")
    docx = run_cli("check", str(word), "--format", "concise")
    assert docx.exit_code == text.exit_code == 1
    assert docx.stdout == text.stdout.replace(str(EXAMPLE), str(word))


def test_extracting_the_example_gives_the_hand_written_tree_and_targets_ids() -> None:
    from lotrinh.extract import extract_plan, plan_from_result
    from lotrinh.loading import load_plan

    text = EXAMPLE.read_text(encoding="utf-8")
    plan = plan_from_result(extract_plan(text, str(EXAMPLE)), str(EXAMPLE))
    expected = load_plan(LONG_AN)
    assert {(u.id, u.parent, u.category) for u in plan.units.values()} == {
        (u.id, u.parent, u.category) for u in expected.units.values()
    }
    # Every figure read is the hand-written one: nothing invented, nothing misread (what the
    # reader does not yet understand is measured by the reading corpus, tests/corpus/).
    known = {k: f.value for k, f in expected.figures.items()}
    assert {k: f.value for k, f in plan.figures.items()}.items() <= known.items()
    fields = ("id", "base_year", "deadline", "min_rate")
    assert [tuple(getattr(t, f) for f in fields) for t in plan.targets] == [
        tuple(getattr(t, f) for f in fields) for t in expected.targets
    ]
    lines = text.splitlines()
    for claim in plan.claims:  # every quote is the example's own text, where it says it is
        line = lines[claim.position.line - 1]
        assert line[claim.position.column - 1 :].startswith(claim.quote)
