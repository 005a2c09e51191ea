"""The grammar probe (tests/probe): on a fixed sample of its combinations the reader never
misreads nor ignores a staffing sentence, and reads at least the share it reached. Values'
shapes (a truth of figures) at k = 2, changes' shapes (a truth by line) at k = 3, seed 14."""

from __future__ import annotations

import dataclasses
import random
from collections import Counter

import pytest

from tests.probe import MODULES, changes, outside
from tests.probe.core import BAD, Case, Shape, dotted, judge, percent, shapes

READ_FLOOR = {
    "values/single": 0.9,
    # eng-owed3: back to 0.95 (100 of 102, 98.0 %: a subset in a part's parenthesis goes on
    # with the list again; 92 of 102 at the end of session 16)
    "values/parts": 0.95,
    "values/bullets": 0.95,
    "values/table": 0.95,
    "values/agents": 0.95,
    "values/news": 0.9,
    "values/items": 0.95,
    # 107 of 116 at the end of session 16 (new slot values of eng-ajread, eng-outside; the rest
    # unread, never misread); eng-owed3: 108 of 116 (93.1 %: people by degree after a comma),
    # back to 0.93
    "outside/beside": 0.93,
    "outside/merger": 0.9,
    "values/subsets": 0.6,
    "values/some-of": 0.1,
    "values/narrowed": 0.15,
    "values/grouped-table": 0.25,
    # eng-probe7: 10 of 36 (27.8 %; 7 before): ", tổng cộng N" after a row of plain category
    # counts ("498 công chức và 5.627 viên chức") where it is their sum; the 16 "another
    # count" cases stay unread (what the count sums is not said)
    "values/news-sum": 0.25,
    # eng-moves: a move between two bodies and a body keeping its posts (100 % at k=6 and 20)
    "moves/transfer": 0.95,
    "moves/kept": 0.95,
}
"""Read floors per shape, a little under the shares reached at k=2, seed 14 (raise, never
lower), one entry per engineer:
- eng-probe1 set the first floors;
- eng-probe3 raised bullets (73.5 %: a subset in a count-first item's closing parenthesis) and
  added its shapes (agents 66.1 %, news 63.3 %, items 59.1 %);
- eng-probe5 raised parts (69.6 %: a reserve last after a comma, a VC part's "hưởng lương từ
  ngân sách nhà nước" before the next part, the own province's split with the hội or the
  reserve);
- eng-agents raised agents (100 %) and news (96.7 %: plain "N biên chế / chỉ tiêu" of the text's
  own body after a giver or a lead);
- eng-items6 raised bullets (98.0 %: "noun N người / suất" items, with a subset in their
  parenthesis; the text's first figure naming no unit opening its parts) and items (100 %: a
  body's own reserve in its item, its subset);
- eng-probe2025 added the outside shapes (tests/probe/outside.py, a truth by line: beside 69/74
  → 71/74, merger 22/24 → 23/24; the merger's misread, a former province keeping the new one's
  name, is held by the exhaustive test below);
- eng-parts6 raised parts (96.1 %: items in "suất" or with their subset's parenthesis, "X được
  Trung ương giao", "Biên chế của toàn tỉnh là", no subject split into the whole's categories,
  "cụ thể công chức N người", the reserve after a subset, the VC's law name then "và N biên chế
  các hội");
- eng-silent added subsets (a list of trades inside a figure) and trailing counts (never
  readable: no floor, but never SILENT);
- eng-ag added some-of (10,7 %: most frames then a noun naming no sector stay unread) and
  narrowed (15,6 %: only a change the whole's figures give is read);
- eng-ai added grouped-table (groups numbered in their names, lines named alike under two
  groups: 27.8 %, the rest unread where the groups are not set apart; all MISREAD before).
"""


@pytest.fixture(scope="module")
def judged() -> list[tuple[Case, str, str]]:
    found = []
    for shape in shapes(MODULES):
        for case in shape.sample(2, 14):
            outcome = judge(case)
            found.append((case, outcome.kind, outcome.why))
    return found


OWED: set[tuple[str, str]] = set()
"""Declared misreads (shape, words of the text) owed to a later session: none. (eng-owed3
paid session 16's: the cut after a narrowing line is the category's only where its figures
give it, the narrowing line no longer taken for halves parted.)"""


def test_no_combination_is_misread_or_ignored(judged: list[tuple[Case, str, str]]) -> None:
    bad = [
        (kind, why, case.text)
        for case, kind, why in judged
        if kind in BAD and not any(case.shape == s and w in case.text for s, w in OWED)
    ]
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
    # eng-silent: a figure of the truth neither read nor reported is dropped: SILENT
    assert judge(Case("t", text, two)).kind == "SILENT"
    reported = text + "Năm 2021, Sở A còn 40 biên chế, 5 nhân viên.\n"
    assert judge(Case("t", reported, two)).kind == "partial"


def test_the_judge_calls_a_figure_dropped_beside_one_read_silent() -> None:
    """eng-silent: a count after a figure read, set aside with nothing reported, is SILENT;
    the same count reported unread makes the case partial or unread, never silent."""
    text = "Kế hoạch tinh giản biên chế của Sở A\n\nNăm 2021, Sở A được giao 30 biên chế.\n"
    truth = frozenset({(2021, 30, None), (2021, 12, None)})
    assert judge(Case("t", text, truth)).kind == "SILENT"
    said = text.replace("30 biên chế.", "30 biên chế, 12 bác sĩ.")
    assert judge(Case("t", said, truth)).kind in ("partial", "unread")


# eng-unify: the change probe (tests/probe/changes.py, once tests/test_probe_changes.py), its
# shapes sampled, judged and reported by tests.probe.core.

# Per shape, the share of combinations read at k = 3, seed 14 (eng-probe2 reached change
# 13/21, from-to 15/15, chain 9/15, equality 15/15; before it from-to read 0); a floor, never
# a target to bend the reader to. eng-probe4 (slots added: "còn lại N", "tương đương R%", "đạt
# tỷ lệ R%", a yearly chain under "từng năm so với năm trước:"): change 21/27, chain 10/15.
# eng-chains6: change 27/27, chain 15/15 (at k = 10: 239 of 240 changes' combinations read).
CHANGE_READ_FLOOR = {
    "changes/change": 1.0,
    "changes/from-to": 1.0,
    "changes/chain": 1.0,
    "changes/equality": 1.0,
    # eng-and: two categories in one clause, each figure naming its own (18/18 at k = 3; at
    # k = 15: 90/90, the twins unread, 0 MISREAD)
    "changes/two-categories": 1.0,
    # eng-paren: a lead of its own sentence over from-to items, a reserve after a base
    # recalled in parentheses, a cut glossed with its two figures (k = 12: 60 of 60 each)
    "changes/lead-items": 1.0,
    "changes/reserve-after-base": 1.0,
    "changes/cut-glossed": 1.0,
    # eng-nested: a total split into its categories, the first split again in parentheses
    # (k = 12: 60 of 60, the twins unread, 0 MISREAD)
    "changes/nested-parts": 1.0,
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
    # a line that must stay unread, refused, as a perfect reader refuses it: read (eng-chains6)
    refused = ((2, None),)
    assert judge(Case(case.shape, text, lines=refused)).kind == "read"
    assert judge(Case(case.shape, text + "Năm 2024, 5 biên chế.\n", lines=refused)).kind != "read"


def test_number_and_percent_are_written_as_drafters_write_them() -> None:
    assert dotted(1050) == "1.050"
    assert percent(53, 1050) == "5,05%"
    assert percent(100, 1000) == "10%"
    assert percent(111, 1000) == "11,1%"


def test_no_former_place_is_filed_as_the_new_one() -> None:
    """eng-probe2025: every former body's form of the merger shape, beside every form of the
    new province's figure, its name kept or not: no combination is misread (a former
    province's figure in the unit of the new one's was, where the new one kept its name)."""
    bad = []
    for names in outside.NAMES:
        for former in outside.FORMERS:
            for new in outside.NEWS:
                chosen = {
                    "names": names,
                    "intro": outside.INTROS[1],
                    "former": former,
                    "new": new,
                    "order": "former first",
                }
                case = outside._merger(chosen, random.Random(f"{names}/{former}/{new}"))
                outcome = judge(case)
                if outcome.kind in BAD:
                    bad.append((names, former, new, outcome.why))
    assert not bad, bad[:3]


def test_the_judge_calls_two_units_read_as_one_a_misread() -> None:
    """eng-probe2025: a truth by line with unit keys: the same reading is read where each key
    has its own unit, MISREAD where the figures of two keys share one; a text of figures
    neither read nor reported is SILENT."""
    text = (
        "Báo cáo\n\nNăm 2021, biên chế công chức của tỉnh A (cũ) là 1.273 biên chế.\n"
        "Năm 2026, biên chế công chức của tỉnh B là 1.201 biên chế.\n"
    )
    lines = (
        (1, frozenset()),
        (2, frozenset()),
        (3, frozenset({("CBCC", 2021, 1273, None, None, None)})),
        (4, frozenset({("CBCC", 2026, 1201, None, None, None)})),
    )
    apart = (((3, 2021, 1273), "a"), ((4, 2026, 1201), "b"))
    assert judge(Case("t", text, lines=lines, keys=apart)).kind == "read"
    same = text.replace("tỉnh A (cũ)", "tỉnh B")
    assert judge(Case("t", same, lines=lines, keys=apart)).kind == "MISREAD"
    assert judge(Case("t", same, lines=lines, keys=(((3, 2021, 1273), "b"),))).kind == "read"
    silent = (
        "Báo cáo\n\nNăm 2021, toàn tỉnh giải quyết 1.273 người thôi việc theo Nghị định số "
        "29/2023/NĐ-CP.\n"
    )
    said = ((3, frozenset({("CBCC", 2021, 1273, None, None, None)})),)
    assert judge(Case("t", silent, lines=said)).kind == "SILENT"
