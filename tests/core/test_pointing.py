"""Findings about implied figures land on the sentence or figure to look at: the odd one out
of a conflict, the part of a sum that the diagnosis names, the earlier year of a rise when
that year is the slip (issue 14)."""

from __future__ import annotations

from pathlib import Path

from lotrinh.core import check_plan
from lotrinh.loading import load_plan, load_text

ROOT = Path(__file__).resolve().parent.parent.parent

ODD_IN_THE_MIDDLE = """\
lotrinh: 1
units:
  - {id: vc, name: VC, figures: {2024: 900, 2025: 800, 2026: 800}}
claims:
  - {id: a, unit: vc, year: 2024, quote: a, changes: [{reduction: 100, base_year: 2021}]}
  - {id: b, unit: vc, year: 2025, quote: b, changes: [{reduction: 250, base_year: 2021}]}
  - {id: c, unit: vc, year: 2026, quote: c, changes: [{reduction: 200, base_year: 2021}]}
"""


def test_a_conflict_lands_on_the_sentence_the_others_disagree_with() -> None:
    # a and c imply 900 + 100 = 800 + 200 = 1.000 for 2021; b implies 800 + 250 = 1.050
    (finding,) = check_plan(load_text(ODD_IN_THE_MIDDLE, "odd.yaml")).findings
    assert (finding.kind, finding.claim, finding.position.line) == (
        "implied-base-conflict",
        "b.1",
        6,
    )
    assert [(h.key, h.params) for h in finding.hints] == [
        ("odd-one-out", {"odd": 1050, "agreed": 1000})
    ]


def test_a_conflict_without_a_clear_odd_one_lands_on_the_last_sentence() -> None:
    text = ODD_IN_THE_MIDDLE.replace("reduction: 200", "reduction: 300")  # 1.000, 1.050, 1.100
    (finding,) = check_plan(load_text(text, "three.yaml")).findings
    assert (finding.claim, finding.hints) == ("c.1", ())


EARLIER_SLIP = """\
lotrinh: 1
units:
  - {id: tong, name: Tổng, parts: [cbcc, vc], figures: {2022: 1.500, 2023: 1.490, 2024: 1.480}}
  - {id: cbcc, name: CBCC, category: CBCC, figures: {2022: 500, 2023: 500, 2024: 500}}
  - {id: vc, name: VC, category: VC, figures: {2022: 1.000, 2023: 900, 2024: 980}}
"""


def test_a_rise_lands_on_the_earlier_year_when_that_is_the_slip() -> None:
    # VC 2023 should be 990 (1.490 − 500): 900 is the slip, and 900 → 980 is its echo
    result = check_plan(load_text(EARLIER_SLIP, "rise.yaml"))
    (cause,) = result.causes
    assert (cause.fix.unit, cause.fix.year, cause.fix.new) == ("vc", 2023, 990)
    rise = next(f for f in result.findings if f.kind == "unexpected-increase")
    assert (rise.year, rise.base_year, rise.position.line) == (2024, 2023, 5)
    assert rise.position.column == EARLIER_SLIP.splitlines()[4].index("900") + 1
    assert [h.key for h in rise.hints] == ["earlier-slip"]
    assert sorted(cause.explains) == sorted(result.findings.index(f) for f in result.findings)


def test_a_rise_stays_on_the_later_year_when_that_is_the_slip() -> None:
    text = (
        EARLIER_SLIP.replace("2023: 900, 2024: 980", "2023: 975, 2024: 979")
        .replace("2023: 1.490", "2023: 1.475")
        .replace("2024: 1.480", "2024: 1.470")
    )  # VC 2024 should be 970 (1.470 − 500): 979 is the slip, 975 → 979 its echo
    result = check_plan(load_text(text, "later.yaml"))
    (cause,) = result.causes
    assert (cause.fix.year, cause.fix.new) == (2024, 970)
    rise = next(f for f in result.findings if f.kind == "unexpected-increase")
    assert rise.position.column == text.splitlines()[4].index("979") + 1
    assert rise.hints == ()


def test_long_an_sum_conflict_lands_on_the_part_sentence() -> None:
    # the 24.424 slip (VC 2023) implies VC 2022 = 24.856 through "giảm 432 so với năm 2022":
    # the 2022 sum conflict is that part's sentence, not the total's
    result = check_plan(load_plan(ROOT / "plans" / "long-an-123-kh-tu-2023.yaml"))
    conflict = next(f for f in result.findings if f.kind == "implied-base-conflict")
    assert (conflict.units, conflict.year, conflict.claim) == (
        ("chinh-quyen",),
        2022,
        "cq-vc-2023.1",
    )
    assert [h.key for h in conflict.hints] == ["odd-part"]
    rise = next(f for f in result.findings if f.kind == "unexpected-increase")
    assert (rise.claim, rise.position.line) == ("cq-vc-2023", 103)


TWO_SENTENCES = """\
lotrinh: 1
units:
  - {id: tong, name: Tổng, parts: [cbcc, vc], figures: {2024: 1.400, 2025: 1.300}}
  - {id: cbcc, name: CBCC, category: CBCC, figures: {2024: 500, 2025: 450}}
  - {id: vc, name: VC, category: VC, figures: {2024: 900, 2025: 580}}
claims:
  - {id: b, unit: vc, year: 2025, quote: b, changes: [{reduction: 150, base_year: 2021}]}
  - {id: a, unit: vc, year: 2024, quote: a, changes: [{reduction: 100, base_year: 2021}]}
"""


def test_a_two_sentence_conflict_lands_on_the_one_the_diagnosis_blames() -> None:
    # VC 2025 should be 850 (1.300 − 450): 580 is a transposition; from it sentence b implies
    # 580 + 150 = 730 for 2021, sentence a 900 + 100 = 1.000; with 850, b also gives 1.000
    result = check_plan(load_text(TWO_SENTENCES, "two.yaml"))
    (cause,) = result.causes
    assert (cause.fix.unit, cause.fix.year, cause.fix.new) == ("vc", 2025, 850)
    conflict = next(f for f in result.findings if f.kind == "implied-base-conflict")
    assert (conflict.claim, conflict.position.line) == ("b.1", 7)  # not the last sentence, a
    assert [(h.key, h.params) for h in conflict.hints] == [
        ("odd-one-out", {"odd": 730, "agreed": 1000})
    ]
