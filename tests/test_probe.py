"""The grammar probe (tests/probe): on a fixed sample of its combinations the reader never
misreads nor ignores a staffing sentence, and reads at least the share it reached. Values'
shapes (a truth of figures) at k = 2, changes' shapes (a truth by line) at k = 3, seed 14."""

from __future__ import annotations

import dataclasses
import random
from collections import Counter

import pytest

from tests.probe import MODULES, changes
from tests.probe.core import BAD, Case, Shape, dotted, judge, percent, shapes

READ_FLOOR = {
    "values/single": 0.9,
    "values/parts": 0.68,
    "values/bullets": 0.7,
    "values/table": 0.95,
    "values/agents": 0.6,
    "values/news": 0.6,
    "values/items": 0.55,
    "values/some-of": 0.1,
    "values/narrowed": 0.15,
}
"""eng-probe1's shares at k=2, seed 14 (a little under them: raise, never lower); eng-probe3
raised bullets (73.5 %: a subset in a count-first item's closing parenthesis) and added its
shapes (agents 66.1 %, news 63.3 %, items 59.1 %); eng-probe5 raised parts (69.6 %: a reserve
last after a comma, a VC part's "hưởng lương từ ngân sách nhà nước" before the next part, the
own province's split with the hội or the reserve); eng-ag added some-of (10,7 %: most frames
then a noun naming no sector stay unread) and narrowed (15,6 %: only a change the whole's
figures give is read)."""


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


# eng-unify: the change probe (tests/probe/changes.py, once tests/test_probe_changes.py), its
# shapes sampled, judged and reported by tests.probe.core.

# Per shape, the share of combinations read at k = 3, seed 14 (eng-probe2 reached change
# 13/21, from-to 15/15, chain 9/15, equality 15/15; before it from-to read 0); a floor, never
# a target to bend the reader to. eng-probe4 (slots added: "còn lại N", "tương đương R%", "đạt
# tỷ lệ R%", a yearly chain under "từng năm so với năm trước:"): change 21/27, chain 10/15.
CHANGE_READ_FLOOR = {
    "changes/change": 0.75,
    "changes/from-to": 1.0,
    "changes/chain": 0.65,
    "changes/equality": 1.0,
}


@pytest.fixture(scope="module")
def changed() -> list[tuple[Case, str, str]]:
    found = []
    for shape in changes.SHAPES:
        for case in shape.sample(3, 14):
            outcome = judge(case)
            found.append((case, outcome.kind, outcome.why))
    return found


def test_no_change_combination_is_misread(changed: list[tuple[Case, str, str]]) -> None:
    bad = [(kind, why, case.shape, dict(case.slots)) for case, kind, why in changed if kind in BAD]
    assert not bad, bad[:5]


def test_each_change_shape_reads_at_least_its_floor(
    changed: list[tuple[Case, str, str]],
) -> None:
    totals: Counter[str] = Counter(case.shape for case, _, _ in changed)
    read: Counter[str] = Counter(case.shape for case, kind, _ in changed if kind == "read")
    for shape, floor in CHANGE_READ_FLOOR.items():
        assert totals[shape], shape
        assert read[shape] >= floor * totals[shape], (shape, read[shape], totals[shape])


def test_every_slot_value_is_sampled_at_least_k_times() -> None:
    """Both spreads of the one sampler (per value, in columns) draw every value of every slot
    at least k times (what the builder is given: a builder may then trade a value that does
    not fit the others, as values/single's qualifier does)."""
    for shape in shapes(MODULES):
        drawn = _drawn(shape, 2, 3)
        for slot in shape.slots:
            for value in slot.values:
                assert drawn[(slot.name, value)] >= 2, (shape.name, slot.name, value)
        assert all(case.shape == shape.name for case in shape.sample(1, 3)), shape.name


def _drawn(shape: Shape, k: int, seed: int) -> Counter[tuple[str, str]]:
    """The slot values the sampler gives the shape's builder."""
    drawn: Counter[tuple[str, str]] = Counter()

    def record(chosen: dict[str, str], rng: random.Random) -> Case:
        drawn.update(chosen.items())
        return Case(shape.name, "")

    assert dataclasses.replace(shape, build=record).sample(k, seed), shape.name
    return drawn


def test_the_sample_is_fixed_by_its_seed() -> None:
    for shape in shapes(MODULES):
        first, again = shape.sample(1, 7), shape.sample(1, 7)
        assert [case.text for case in first] == [case.text for case in again], shape.name


def test_the_change_truth_is_built_alongside_the_text() -> None:
    """A combination's truth states the figures its text writes, the slip kept as written."""
    for shape in changes.SHAPES:
        for case in shape.sample(2, 5):
            assert case.lines is not None, shape.name
            for _, rows in case.lines:
                for row in rows or ():
                    if row[2] is not None:
                        assert dotted(row[2]) in case.text
                    if row[3] is not None:
                        assert dotted(abs(row[3])) in case.text
                    if row[5] is not None:
                        assert row[5] in case.text


def test_the_judge_calls_a_wrong_change_figure_a_misread() -> None:
    """The probe can fail on a truth by line: one figure off is a MISREAD, a line left unread
    is not."""
    equality = next(shape for shape in changes.SHAPES if shape.name == "changes/equality")
    case = equality.sample(1, 14)[0]
    assert judge(case).kind == "read"
    assert case.lines is not None
    truth = dict(case.lines)
    line = max(truth)
    rows = truth[line]
    assert rows is not None
    truth[line] = frozenset((c, y, v + 1 if v else v, r, b, t) for c, y, v, r, b, t in rows)
    wrong = Case(case.shape, case.text, slots=case.slots, lines=tuple(sorted(truth.items())))
    assert judge(wrong).kind == "MISREAD"
    text = "Kế hoạch\nBiên chế công chức là 1.000 biên chế.\n"  # no year: unread
    assert judge(Case(case.shape, text, lines=())).kind == "unread"
    said = ((2, frozenset({("CBCC", 2024, 1000, None, None, None)})),)
    assert judge(Case(case.shape, text, lines=said)).kind == "unread"
    kept = ((2, None),)  # a line that must stay unread, read: a MISREAD
    read = "Kế hoạch\nNăm 2024, biên chế công chức là 1.000 biên chế.\n"
    assert judge(Case(case.shape, read, lines=kept)).kind == "MISREAD"


def test_number_and_percent_are_written_as_drafters_write_them() -> None:
    assert dotted(1050) == "1.050"
    assert percent(53, 1050) == "5,05%"
    assert percent(100, 1000) == "10%"
    assert percent(111, 1000) == "11,1%"
