"""Cells whose implications disagree (core/conflicts.py), with the implied values by hand."""

from __future__ import annotations

from lotrinh.core.conflicts import check_conflict
from lotrinh.findings.finding import FigureSubject
from tests.core.plans import HEAD, context

THREE = (
    HEAD + "  - {id: vc, name: VC, figures: {2024: 900, 2025: 800, 2026: 800}}\n"
    "claims:\n"
    "  - {id: a, unit: vc, year: 2024, quote: qa, changes: [{reduction: 100, base_year: 2021}]}\n"
    "  - {id: b, unit: vc, year: 2025, quote: qb, changes: [{reduction: R, base_year: 2021}]}\n"
    "  - {id: c, unit: vc, year: 2026, quote: qc, changes: [{reduction: 200, base_year: 2021}]}\n"
)


def test_the_odd_one_out_is_the_sentence_named() -> None:
    # 2021 from a: 900 + 100 = 1.000; from c: 800 + 200 = 1.000; from b: 800 + 250 = 1.050
    ctx = context(THREE.replace("R", "250"))
    assert set(ctx.values.conflicts) == {("vc", 2021)}
    finding = check_conflict(ctx, ("vc", 2021))
    assert finding.subject == FigureSubject("vc", "b.1")
    assert (finding.stated, finding.computed, finding.quote) == (1000, 1050, "qb")
    assert finding.params["values"] == [1000, 1050]
    assert [(h.key, h.params) for h in finding.hints] == [
        ("odd-one-out", {"odd": 1050, "agreed": 1000})
    ]


def test_without_an_odd_one_out_the_last_sentence_is_named() -> None:
    # a: 900 + 100 = 1.000, b: 800 + 150 = 950, c: 800 + 300 = 1.100: none agreed on
    text = THREE.replace("R", "150").replace("reduction: 200", "reduction: 300")
    finding = check_conflict(context(text), ("vc", 2021))
    assert finding.subject == FigureSubject("vc", "c.1")
    assert finding.params["values"] == [950, 1000, 1100]
    assert (finding.stated, finding.computed) == (950, 1100)
    assert finding.hints == ()


def test_two_sentences_alone_name_no_odd_one() -> None:
    # a: 1.000, b: 800 + 250 = 1.050; c removed
    text = "\n".join(THREE.replace("R", "250").splitlines()[:-1]) + "\n"
    finding = check_conflict(context(text), ("vc", 2021))
    assert finding.subject == FigureSubject("vc", "b.1")  # the later sentence
    assert finding.hints == ()
