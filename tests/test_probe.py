"""The grammar probe (tests/probe): on a fixed sample of its combinations the reader never
misreads nor ignores a staffing sentence, and reads at least the share it reached."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.probe import MODULES
from tests.probe.core import BAD, Case, judge, shapes

READ_FLOOR = {
    "values/single": 0.9,
    "values/parts": 0.68,
    "values/bullets": 0.7,
    "values/table": 0.95,
    "values/agents": 0.6,
    "values/news": 0.6,
    "values/items": 0.55,
}
"""eng-probe1's shares at k=2, seed 14 (a little under them: raise, never lower); eng-probe3
raised bullets (73.5 %: a subset in a count-first item's closing parenthesis) and added its
shapes (agents 66.1 %, news 63.3 %, items 59.1 %); eng-probe5 raised parts (69.6 %: a reserve
last after a comma, a VC part's "hưởng lương từ ngân sách nhà nước" before the next part, the
own province's split with the hội or the reserve)."""


@pytest.fixture(scope="module")
def judged() -> list[tuple[Case, str, str]]:
    found = []
    for shape in shapes(MODULES):
        for case in shape.sample(2, 14):
            outcome = judge(case)
            found.append((case, outcome.kind, outcome.why))
    return found


def test_no_combination_is_misread_or_ignored(judged: list[tuple[Case, str, str]]) -> None:
    bad = [(kind, why, case.text) for case, kind, why in judged if kind in BAD]
    assert not bad, bad[:3]


def test_each_shape_reads_at_least_its_floor(judged: list[tuple[Case, str, str]]) -> None:
    totals: Counter[str] = Counter(case.shape for case, _, _ in judged)
    read: Counter[str] = Counter(case.shape for case, kind, _ in judged if kind == "read")
    for shape, floor in READ_FLOOR.items():
        assert totals[shape], shape
        assert read[shape] / totals[shape] >= floor, (shape, read[shape], totals[shape])


def test_the_judge_calls_a_wrong_figure_a_misread() -> None:
    """The probe's own check: a truth the text does not state makes its reading a MISREAD,
    and a text of no figure read is unread or silent, never read."""
    text = "Kế hoạch tinh giản biên chế của Sở A\n\nNăm 2021, Sở A được giao 30 biên chế.\n"
    assert judge(Case("t", text, frozenset({(2021, 30, None)}))).kind == "read"
    assert judge(Case("t", text, frozenset({(2022, 30, None)}))).kind == "MISREAD"
    assert judge(Case("t", text, frozenset({(2021, 30, "VC")}))).kind == "read"
    cbcc = text.replace("30 biên chế", "30 biên chế công chức")
    assert judge(Case("t", cbcc, frozenset({(2021, 30, "VC")}))).kind == "MISREAD"
    two = frozenset({(2021, 30, None), (2021, 40, None)})
    assert judge(Case("t", text, two)).kind == "partial"
