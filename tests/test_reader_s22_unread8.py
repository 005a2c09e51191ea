"""Session 22, eng-unread8: the grouping of unread lines (`tests.corpus.unread`) used to choose
the forms worth reading. It never takes part in reading: these tests pin its groups only."""

from __future__ import annotations

from typing import Any

from tests.corpus.unread import form_of, reason_of, table


def _record(
    text: str, line: int = 5, slug: str = "ke-hoach", notes: list[object] | None = None
) -> dict[str, Any]:
    return {"set": "s", "slug": slug, "line": line, "text": text, "notes": notes or []}


def test_a_fronted_comparison_is_its_own_form() -> None:
    assert form_of(_record("2. So với năm 2021 (4.180 biên chế), giảm 61 biên chế.")) == (
        "fronted comparisons (So với năm Y …)"
    )
    # twin: a comparison inside the sentence is not fronted
    assert form_of(_record("Năm 2026 còn 58 biên chế, giảm 4 biên chế so với năm 2021.")) == (
        "other one-off sentences"
    )


def test_a_yearly_item_and_a_list_item() -> None:
    assert form_of(_record("- Năm 2023: 23.376 người;")) == "year chains and yearly items"
    assert form_of(_record("b) Tỉnh Đoàn: 42 biên chế;")) == "list items and numbered points"


def test_a_headline_only_on_a_news_reports_first_line() -> None:
    text = "Quảng Ninh giảm 1.260 biên chế sau ba năm"
    assert form_of(_record(text, line=1, slug="tin-bao-x")) == "headline (line 1 of a news report)"
    assert form_of(_record(text, line=1, slug="ke-hoach-x")) == "other one-off sentences"


def test_the_reason_is_the_first_notes_english_head() -> None:
    note = {"vi": "…", "en": "could not tell the year: neither the sentence nor a heading"}
    assert reason_of(_record("x", notes=[note])) == "could not tell the year"
    assert reason_of(_record("x")) == "kept outside, reference or no finding"


def test_the_table_counts_lines_documents_and_sets() -> None:
    records = [_record("- Năm 2023: 1 người;", line=n) for n in (3, 4)]
    assert (
        table(records, form_of).splitlines()[-1] == "| year chains and yearly items | 2 | 1 | 1 |"
    )
