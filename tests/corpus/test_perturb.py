"""The perturbation harness as a property: on the corpus, putting a subset inside a VC figure
("(trong đó có N giáo viên)"), swapping a line's one category word or its level (cấp tỉnh ↔
cấp huyện), and re-bulleting, un-bolding or joining two sentences with "; " (meaning kept)
never makes the reader
attach a figure to a unit, year or category the transformed truth does not give it. The
transforms whose truths are only candidates (lead, no-base) are run by hand: `python -m
tests.corpus.perturb --show`."""

from __future__ import annotations

from tests.corpus.perturb import TRANSFORMS, Variant, misreads, t_join, t_subset, variants_misread
from tests.corpus.runner import CORPUS, Document


def test_clean_transforms_never_misread_on_the_corpus() -> None:
    seen = 0
    for variant, wrong in variants_misread(
        CORPUS, ["subset", "category", "level", "bullet", "plain", "join"]
    ):
        seen += 1
        assert not wrong, (variant.slug, variant.transform, variant.line, wrong)
    assert seen > 50  # the transforms found their forms


def test_a_subset_taken_for_the_whole_is_reported() -> None:
    """The harness itself: a reading that gives the subset's count to the VC is a misread."""
    truth = {
        "units": {"vc": {"category": "VC"}},
        "statements": [{"line": 1, "figures": {"vc": {2025: 9300}}}],
    }
    doc = Document("form", CORPUS / "form.txt", truth)
    text = "Năm 2025, tỉnh được giao 9.300 người làm việc trong các đơn vị sự nghiệp công lập."
    (variant,) = t_subset(doc, text)
    assert "(trong đó có 3.100 giáo viên)" in variant.text
    assert "subset" in TRANSFORMS
    wrong_truth = {
        **variant.truth,
        "statements": [{"line": 1, "figures": {"vc": {2025: 3100}}}],
    }
    assert misreads(Variant("subset", "form", 1, variant.text, wrong_truth, ".txt"))


def test_two_sentences_joined_keep_both_readings_on_one_line() -> None:
    truth = {
        "units": {"cc": {"category": "CBCC"}, "vc": {"category": "VC"}},
        "statements": [
            {"line": 1, "figures": {"cc": {2025: 1200}}},
            {"line": 3, "figures": {"vc": {2025: 9300}}},
            {"line": 4, "outside": "a date"},
        ],
    }
    doc = Document("form", CORPUS / "form.txt", truth)
    text = (
        "Năm 2025, tỉnh được giao 1.200 biên chế công chức.\n\n"
        "Số lượng người làm việc năm 2025 là 9.300 người.\nBan hành ngày 12/12/2024."
    )
    (variant,) = t_join(doc, text)
    assert variant.text.split("\n")[0] == (
        "Năm 2025, tỉnh được giao 1.200 biên chế công chức; số lượng người làm việc năm 2025 là "
        "9.300 người."
    )
    assert [s["line"] for s in variant.truth["statements"]] == [1, 1, 2]
    assert not misreads(variant)
