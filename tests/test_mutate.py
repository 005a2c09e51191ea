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
    e_base_phrase,
    e_bullet,
    e_category,
    e_fronted,
    e_held,
    e_marker,
    e_part_year,
    e_rate_word,
    e_unit_word,
    e_value_word,
    e_verb,
    e_year,
    e_year_phrase,
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


CUT: Reading = (
    frozenset({("so-a", "CBCC", 2026, 30)}),
    frozenset({("so-a", "CBCC", 2026, 2021, 3, None)}),
)


def test_the_rewordings_say_the_same_in_other_words() -> None:
    """Session 19: each rewording a drafter of the genre uses, and where it is not tried."""
    line = "- Sở A: năm 2026 là 30 biên chế, giảm 3 biên chế so với năm 2021."
    assert [m.text for m in e_verb(line, reading=CUT)] == [
        line.replace("giảm 3", "tinh giản 3"),
        line.replace("giảm 3", "cắt giảm 3"),
    ]
    # people, not posts: "tinh giản 3 người" may be people who left
    assert list(e_verb(line.replace("3 biên chế", "3 người"), reading=CUT)) == []
    # two cuts on the line: which one the verb is, the edit does not choose
    assert list(e_verb(line + " Sở B giảm 2 biên chế.", reading=CUT)) == []
    (base,) = e_base_phrase(line)
    assert base.text == line.replace("so với năm", "so với số được giao năm")
    (back,) = e_base_phrase(base.text)
    assert back.text == line
    rate = "Năm 2026 còn 1.886 biên chế, giảm 100 biên chế, tỷ lệ giảm 5,03%."
    assert [m.text for m in e_rate_word(rate)] == [
        rate.replace("tỷ lệ giảm", "tương ứng"),
        rate.replace("tỷ lệ giảm", "đạt tỷ lệ"),
    ]
    (paren,) = e_rate_word("Năm 2026 giảm 100 biên chế (tỷ lệ giảm 5,03%).")
    assert paren.text == "Năm 2026 giảm 100 biên chế (giảm 5,03%)."
    (value,) = e_value_word("Khối A là 86 biên chế, giảm 3 biên chế so với năm 2021.", reading=CUT)
    assert value.text == "Khối A còn 86 biên chế, giảm 3 biên chế so với năm 2021."
    # "còn" after a verb ("tinh giản còn 970") is the verb's: left alone
    assert list(e_value_word("phải tinh giản còn 970 biên chế, giảm 30", reading=CUT)) == []
    # a figure not followed by its cut: "là" may be a base
    assert list(e_value_word("Năm 2021 là 96 biên chế; năm 2026 là 91.", reading=CUT)) == []


def test_the_rewordings_of_years_markers_and_order() -> None:
    two = "Năm 2021 là 1.986 biên chế; đến năm 2026 còn 1.886 biên chế, giảm 100 biên chế."
    (year,) = e_year_phrase(two)
    assert year.text == two.replace("đến năm 2026", "năm 2026")
    (year,) = e_year_phrase("Năm 2021 là 96 biên chế; năm 2026 là 91 biên chế.")
    assert year.text == "Năm 2021 là 96 biên chế; đến năm 2026 là 91 biên chế."
    # a span's end, or a line naming one year (the plan's end), is left alone
    assert list(e_year_phrase("Giai đoạn từ năm 2022 đến năm 2026 giảm 100 biên chế.")) == []
    assert list(e_year_phrase("Đến năm 2026 còn 1.886 biên chế.")) == []
    (dot,) = [m.text for m in e_marker("- Sở A: 30.", doc_text="- Sở A: 30.\na) x")]
    assert dot == "• Sở A: 30."
    assert [m.text for m in e_marker("+ Sở A: 30.", doc_text="+ Sở A: 30.")] == [
        "• Sở A: 30.",
        "a) Sở A: 30.",
    ]
    # "-" and "+" both used: the marker is the item's level
    assert list(e_marker("- Sở A: 30.", doc_text="- Sở A: 30.\n+ Phòng B: 10.")) == []
    (unit,) = e_unit_word("Sở A: 30 biên chế, giảm 3 biên chế.")
    assert unit.text == "Sở A: 30 chỉ tiêu biên chế, giảm 3 chỉ tiêu biên chế."
    (unit,) = e_unit_word(unit.text)
    assert unit.text == "Sở A: 30 biên chế, giảm 3 biên chế."
    (front,) = e_fronted("- Năm 2026, Sở A giảm 3 biên chế so với năm 2021, tỷ lệ giảm 9%.", CUT)
    assert front.text == "- So với năm 2021, năm 2026, Sở A giảm 3 biên chế, tỷ lệ giảm 9%."
    # a second clause the base might reach, or an item's label: not moved
    assert list(e_fronted("Sở A: giảm 3 biên chế so với năm 2021.", CUT)) == []
    assert list(e_fronted("Năm 2026 là 30; giảm 3 biên chế so với năm 2021.", CUT)) == []
