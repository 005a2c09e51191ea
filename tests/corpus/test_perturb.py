"""The perturbation harness as a property: on the corpus, putting a subset inside a VC figure
("(trong đó có N giáo viên)"), swapping a line's one category word or its level (cấp tỉnh ↔
cấp huyện), and re-bulleting, un-bolding or joining two sentences with "; " (meaning kept)
never makes the reader attach a figure to a unit, year or category the transformed truth
does not give it. The transforms whose truths are only candidates (lead, no-base) and those
added in session 11 (year, rename, tabulate, order, caps) are run by hand over every set
(`python -m tests.corpus.perturb --show`); here each is checked on a small document built
for it, its truth written out by hand."""

from __future__ import annotations

from typing import Any

from tests.corpus.perturb import (
    TRANSFORMS,
    Variant,
    misreads,
    t_caps,
    t_join,
    t_order,
    t_rename,
    t_subset,
    t_tabulate,
    t_year,
    variants_misread,
)
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


def _doc(truth: dict[str, Any]) -> Document:
    return Document("form", CORPUS / "form.txt", truth)


def test_a_line_moved_to_a_year_nobody_names() -> None:
    """`year`: the line's one year becomes one after every year the text names; its figures
    go with it, a line of another year stays."""
    text = (
        "Năm 2021, tỉnh được giao 2.400 biên chế công chức.\n"
        "Năm 2025, tỉnh được giao 2.300 biên chế công chức, giảm 100 biên chế so với năm 2021."
    )
    truth = {
        "units": {"cc": {"category": "CBCC"}},
        "statements": [
            {"line": 1, "figures": {"cc": {2021: 2400}}},
            {
                "line": 2,
                "figures": {"cc": {2025: 2300}},
                "changes": [{"unit": "cc", "year": 2025, "base_year": 2021, "reduction": 100}],
            },
        ],
    }
    variants = {v.line: v for v in t_year(_doc(truth), text)}
    # line 2 names two years (its own and its base): not this transform's form
    assert set(variants) == {1}
    moved = variants[1]
    assert moved.text.split("\n")[0] == "Năm 2026, tỉnh được giao 2.400 biên chế công chức."
    assert moved.truth["statements"][0]["figures"] == {"cc": {2026: 2400}}
    assert moved.truth["statements"][1] == truth["statements"][1]
    assert not misreads(moved)


def test_a_body_renamed_is_a_unit_of_its_own() -> None:
    """`rename`: "Sở Tư pháp" on one line becomes a body the text does not name; the line's
    unit of that body is fresh, the other line's stays."""
    text = (
        "1. Sở Tư pháp: 40 biên chế công chức năm 2025.\n"
        "2. Sở Y tế: 52 biên chế công chức năm 2025."
    )
    truth = {
        "units": {
            "tp": {"name": "Sở Tư pháp", "category": "CBCC"},
            "yt": {"name": "Sở Y tế", "category": "CBCC"},
        },
        "statements": [
            {"line": 1, "figures": {"tp": {2025: 40}}},
            {"line": 2, "figures": {"yt": {2025: 52}}},
        ],
    }
    variants = list(t_rename(_doc(truth), text))
    assert [v.line for v in variants] == [1, 2]
    first = variants[0]
    # the first body of the list the text does not name
    assert first.text.split("\n")[0] == "1. Sở Giáo dục và Đào tạo: 40 biên chế công chức năm 2025."
    assert first.truth["statements"][0]["figures"] == {"tp~name": {2025: 40}}
    assert first.truth["statements"][1]["figures"] == {"yt": {2025: 52}}
    assert not misreads(first)


def test_a_list_set_as_a_table_keeps_its_truth() -> None:
    """`tabulate`: three items "- <name>: N biên chế" become a header, a rule and three rows;
    each figure moves down two lines with its item, the line after the list too."""
    text = (
        "Năm 2025, biên chế công chức của tỉnh là 120 biên chế, gồm:\n"
        "- Văn phòng Ủy ban nhân dân tỉnh: 50 biên chế;\n"
        "- Thanh tra tỉnh: 40 biên chế;\n"
        "- Ban Dân tộc: 30 biên chế.\n"
        "Năm 2021, biên chế công chức của tỉnh là 130 biên chế."
    )
    truth = {
        "units": {
            "cc": {"category": "CBCC", "parts": ["vp", "tt", "bdt"]},
            "vp": {"category": "CBCC"},
            "tt": {"category": "CBCC"},
            "bdt": {"category": "CBCC"},
        },
        "statements": [
            {"line": 1, "figures": {"cc": {2025: 120}}},
            {"line": 2, "figures": {"vp": {2025: 50}}},
            {"line": 3, "figures": {"tt": {2025: 40}}},
            {"line": 4, "figures": {"bdt": {2025: 30}}},
            {"line": 5, "figures": {"cc": {2021: 130}}},
        ],
    }
    (variant,) = t_tabulate(_doc(truth), text)
    lines = variant.text.split("\n")
    assert lines[1:6] == [
        "| Cơ quan, đơn vị | Biên chế |",
        "|---|---:|",
        "| Văn phòng Ủy ban nhân dân tỉnh | 50 |",
        "| Thanh tra tỉnh | 40 |",
        "| Ban Dân tộc | 30 |",
    ]
    assert [s["line"] for s in variant.truth["statements"]] == [1, 4, 5, 6, 7]
    assert not misreads(variant)


def test_two_items_swapped_carry_their_truths() -> None:
    """`order`: two items change places, their markers stay; each line's truth goes with it."""
    text = (
        "Năm 2025, tỉnh được giao:\n"
        "a) Biên chế công chức: 2.300 biên chế;\n"
        "b) Số lượng người làm việc: 21.000 người."
    )
    truth = {
        "units": {"cc": {"category": "CBCC"}, "vc": {"category": "VC"}},
        "statements": [
            {"line": 2, "figures": {"cc": {2025: 2300}}},
            {"line": 3, "figures": {"vc": {2025: 21000}}},
        ],
    }
    (variant,) = t_order(_doc(truth), text)
    assert variant.text.split("\n")[1:] == [
        "a) Số lượng người làm việc: 21.000 người.",
        "b) Biên chế công chức: 2.300 biên chế;",
    ]
    lines = {s["line"]: s["figures"] for s in variant.truth["statements"]}
    assert lines == {2: {"vc": {2025: 21000}}, 3: {"cc": {2025: 2300}}}
    assert not misreads(variant)


def test_headings_in_capitals_or_bold_keep_the_truth() -> None:
    """`caps`: the numbered headings (no figure, no full stop) in capitals, then in bold."""
    text = (
        "1. Biên chế công chức\n"
        "Năm 2025, tỉnh được giao 2.300 biên chế.\n"
        "2. Số lượng người làm việc\n"
        "Năm 2025, tỉnh được giao 21.000 người."
    )
    truth = {
        "units": {"cc": {"category": "CBCC"}, "vc": {"category": "VC"}},
        "statements": [
            {"line": 2, "figures": {"cc": {2025: 2300}}},
            {"line": 4, "figures": {"vc": {2025: 21000}}},
        ],
    }
    upper, bold = t_caps(_doc(truth), text)
    assert upper.text.split("\n")[0::2] == ["1. BIÊN CHẾ CÔNG CHỨC", "2. SỐ LƯỢNG NGƯỜI LÀM VIỆC"]
    assert bold.text.split("\n")[0::2] == [
        "**1. Biên chế công chức**",
        "**2. Số lượng người làm việc**",
    ]
    assert upper.truth == bold.truth == truth
    assert not misreads(upper) and not misreads(bold)
