"""The metamorphic hunt (tests/corpus/mutate.py) on a small slice of the corpus: the kinds of
latent misread it found and session 14 fixed stay fixed, and its edits say what they say."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus.mutate import (
    CHANGING,
    EDITS,
    PRESERVING,
    Mutant,
    Reading,
    _judge,
    e_bullet,
    e_category,
    e_held,
    e_part_year,
    e_year,
    hunt,
)
from tests.corpus.runner import CORPUS

# documents whose lines met the fixed mechanisms: a year after a part's figure (bct-72), a
# contract edit that crashed the reader (long-an-123), "hiện có" in an allocation list
# (quang-nam-qd-121)
SLICE = (
    ("bct-72-qd-tw-2022", ("part-year", "held", "year")),
    ("long-an-123-kh-tu-2023", ("contract",)),
    ("quang-nam-qd-121-2024", ("held",)),
)


@pytest.mark.parametrize(("slug", "edits"), SLICE, ids=[s for s, _ in SLICE])
def test_no_suspect_of_the_fixed_kinds_on_a_slice(slug: str, edits: tuple[str, ...]) -> None:
    outcomes = [o for _, o in hunt([CORPUS], list(edits), slug)]
    assert outcomes, slug  # the edits apply there: the test could fail
    suspects = [(o.edit, o.line, o.verdict, o.text) for o in outcomes if o.suspect]
    assert suspects == []
    assert not any(o.verdict == "crash" for o in outcomes)


def test_every_edit_is_either_preserving_or_changing() -> None:
    assert set(PRESERVING) | set(CHANGING) == set(EDITS)
    assert not set(PRESERVING) & set(CHANGING)


A: Reading = (frozenset({("so-a", "CBCC", 2025, 30)}), frozenset())


def test_the_verdicts() -> None:
    """kept under a changing edit is SUSPECT; changed under a preserving one too."""

    def extracted(claims: list[dict[str, object]], status: str = "understood") -> dict[str, object]:
        units = [{"id": "so-a", "category": "CBCC"}]
        return {
            "plan": {"units": units, "claims": claims},
            "coverage": {"sentences": [{"line": 1, "status": status}]},
        }

    same = extracted([{"unit": "so-a", "year": 2025, "value": 30, "source_line": 1}])
    moved = extracted([{"unit": "so-a", "year": 2027, "value": 30, "source_line": 1}])
    year = next(e_year("Sở A: 30 biên chế năm 2025.", doc_text="năm 2025 năm 2026"))
    year.line = 1
    assert _judge(year, A, same) == ("kept", True)  # type: ignore[arg-type]
    assert _judge(year, A, moved) == ("expected", False)  # type: ignore[arg-type]
    unread = extracted([], "not-understood")
    assert _judge(year, A, unread) == ("unread", False)  # type: ignore[arg-type]
    assert _judge(year, A, None) == ("unread", False)
    bullet = Mutant("bullet", 1, "+ Sở A: 30 biên chế.")
    assert _judge(bullet, A, same) == ("kept", False)  # type: ignore[arg-type]
    assert _judge(bullet, A, moved) == ("other", True)  # type: ignore[arg-type]


def test_the_edits_change_what_they_say() -> None:
    (year,) = e_year("Năm 2025, Sở A có 30 biên chế.", doc_text="Năm 2024.\nNăm 2025.")
    assert year.text == "Năm 2026, Sở A có 30 biên chế."
    # the year of a decision cited is left alone
    assert list(e_year("Theo Nghị quyết số 79/NQ-HĐND năm 2024, Sở A: 30.", doc_text="")) == []
    (bullet,) = e_bullet("- Sở A: 30 biên chế.", doc_text="- Sở A: 30 biên chế.")
    assert bullet.text == "+ Sở A: 30 biên chế."
    assert list(e_bullet("- Sở A: 30.", doc_text="- Sở A: 30.\n+ Phòng B: 10.")) == []
    (category,) = e_category("- Sở A: 30 biên chế công chức.", reading=A)
    assert category.text == "- Sở A: 30 biên chế viên chức."
    assert list(e_category("- Sở A: 30 cán bộ, công chức.", reading=A)) == []
    (held,) = e_held("- Sở A: 30 biên chế.", reading=A)
    assert held.text == "- Sở A: hiện có 30 biên chế."
    two: Reading = (frozenset({("a", None, 2025, 50), ("b", "CBCC", 2025, 30)}), frozenset())
    texts = [m.text for m in e_part_year("Khối A: 50 người, gồm 30 công chức.", two, "2025")]
    assert texts == [
        "Khối A: 50 người năm 2026, gồm 30 công chức.",
        "Khối A: 50 người, gồm 30 công chức năm 2026.",
    ]


def test_the_tool_runs_on_a_set_folder() -> None:
    assert Path(CORPUS, SLICE[0][0]).is_dir()
