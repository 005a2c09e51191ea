"""Kết luận 40-KL/TW applies by law to a plan whose years span 2026, cited or not.

Its targets are measured as the law reads them: on the whole category of the document's
scope (all its CBCC, all its VC), even where the text compares only some lines with 2021.
"""

from __future__ import annotations

from lotrinh.core.check import check_plan
from lotrinh.extract import extract_plan, plan_from_result
from lotrinh.extract.result import Status
from lotrinh.extract.writer import to_yaml
from lotrinh.model import Position, Target
from lotrinh.numbers import Lang

# One year only, 2026; only the government block's VC line compares with 2021.
SPANS_2026 = (
    "Năm 2026, tổng biên chế là 1.000 biên chế. Trong đó:\n"
    "- Khối Đảng là 100 biên chế (bao gồm 80 cán bộ, công chức, 20 viên chức).\n"
    "- Khối chính quyền là 900 biên chế:\n"
    "+ Cán bộ, công chức là 200 biên chế.\n"
    "+ Viên chức là 700 biên chế, giảm 80 biên chế so với năm 2021.\n"
)


def _targets(text: str) -> dict[str, Target]:
    return {t.id: t for t in plan_from_result(extract_plan(text, "doc.txt"), "doc.txt").targets}


def test_a_plan_spanning_2026_answers_to_kl40() -> None:
    targets = _targets(SPANS_2026)
    assert set(targets) == {"kl40-cbcc", "kl40-vc"}
    cbcc, vc = targets["kl40-cbcc"], targets["kl40-vc"]
    assert (cbcc.category, cbcc.units) == ("CBCC", ("dang-cbcc", "cq-cbcc"))
    # The whole VC category, though only the government block's VC line compares with 2021.
    assert (vc.category, vc.units) == ("VC", ("dang-vc", "cq-vc"))
    for target in (cbcc, vc):
        assert (target.source, target.base_year, target.deadline) == (
            "Kết luận số 40-KL/TW",
            2021,
            2026,
        )
        assert target.quote is None  # the text says nothing of it
    assert [cbcc.min_rate.text, vc.min_rate.text] == ["5%", "10%"]
    # Located at the first sentence that gives a deadline figure the target is measured on.
    assert (cbcc.position, vc.position) == (Position(2, 3), Position(2, 3))


def test_the_draft_says_why() -> None:
    lines = to_yaml(extract_plan(SPANS_2026, "doc.txt"), "doc.txt").splitlines()
    at = lines.index('  - id: "kl40-vc"')
    assert lines[at - 1] == (
        "  # văn bản không trích Kết luận số 40-KL/TW; chỉ tiêu áp dụng theo quy định cho mọi "
        "địa phương giai đoạn 2022 - 2026"
    )
    english = to_yaml(extract_plan(SPANS_2026, "doc.txt"), "doc.txt", Lang.EN)
    assert "the target applies by law to every locality for 2022-2026" in english


def test_a_plan_ending_before_2026_or_starting_after_it_does_not() -> None:
    assert _targets(SPANS_2026.replace("2026", "2025")) == {}
    assert _targets(SPANS_2026.replace("2026", "2027")) == {}


def test_years_before_and_after_2026_span_it() -> None:
    text = SPANS_2026.replace("2026", "2027") + "Năm 2024, tổng biên chế là 1.050 biên chế.\n"
    assert set(_targets(text)) == {"kl40-cbcc", "kl40-vc"}


UNSPLIT = (
    "Năm 2026, tổng biên chế là 1.000 biên chế. Trong đó:\n"
    "- Khối Đảng là 300 biên chế.\n"
    "- Khối chính quyền là 700 biên chế.\n"
)


def test_a_plan_without_cbcc_or_vc_lines_nor_2021_is_unverifiable_never_clear() -> None:
    """Every category in one figure and no 2021 figure: whatever the split, the target
    cannot be verified, so it is measured on the text's outermost units and reported so."""
    result = extract_plan(UNSPLIT, "doc.txt")
    assert [(t["id"], t["units"]) for t in result.data["targets"]] == [
        ("kl40-cbcc", ["tong"]),
        ("kl40-vc", ["tong"]),
    ]
    assert "không tách riêng CBCC và không nêu số năm 2021" in result.notes["targets.kl40-cbcc"].vi
    assert "neither gives VC apart nor states 2021" in result.notes["targets.kl40-vc"].en


def test_a_plan_without_cbcc_or_vc_lines_keeps_the_target_unverifiable() -> None:
    # With 2021 stated, a category's share of the mixed total is unknown: measuring the
    # target on the total would give a verdict the text does not support, and leaving it out
    # would let the plan check clean; it is kept on the total, never decided.
    text = UNSPLIT + "Năm 2021, tổng biên chế là 1.100 biên chế.\n"
    result = extract_plan(text, "doc.txt")
    kept = {t["id"]: (t["category"], t["units"]) for t in result.data["targets"]}
    assert kept == {"kl40-cbcc": ("CBCC", ["tong"]), "kl40-vc": ("VC", ["tong"])}
    assert "không tách riêng CBCC" in result.notes["targets.kl40-cbcc"].vi
    findings = check_plan(plan_from_result(result, "doc.txt")).findings
    assert {f.kind for f in findings} == {"target-unverifiable"}


def test_a_text_citing_kl40_is_read_as_cited_not_added_twice() -> None:
    text = "Thực hiện Kết luận số 40-KL/TW ngày 18/7/2022 của Bộ Chính trị.\n" + SPANS_2026
    targets = _targets(text)
    assert set(targets) == {"kl40-cbcc", "kl40-vc"}
    assert {t.quote for t in targets.values()} == {
        "Thực hiện Kết luận số 40-KL/TW ngày 18/7/2022 của Bộ Chính trị."
    }


def test_a_sentence_citing_both_kl40_rates_is_read_whole() -> None:
    cite = (
        "Thực hiện Kết luận số 40-KL/TW, đến năm 2026 giảm tối thiểu 5% biên chế công chức và "
        "tối thiểu {vc} viên chức so với năm 2021.\n"
    )
    both = extract_plan(cite.format(vc="10%") + SPANS_2026, "doc.txt").coverage.entries[0]
    assert (both.status, both.used, both.unused) == (Status.UNDERSTOOD, ("5%", "10%"), ())
    # A rate that is not the policy's is no target's: the sentence stays partly read.
    other = extract_plan(cite.format(vc="7%") + SPANS_2026, "doc.txt").coverage.entries[0]
    assert (other.status, other.unused) == (Status.PARTIAL, ("7%",))


# The category named alone, with 2021 and 2026, beside one of its lines read without a
# parent: the reserve (a part of it) or one department's posts (a subset of it).
NAMED_ALONE = (
    "Năm 2021, biên chế công chức là 1.000 biên chế. Năm 2026, biên chế công chức là 960 "
    "biên chế.\n"
    "Năm 2026, biên chế công chức {line} là 10 biên chế.\n"
)


def test_the_category_named_alone_is_its_total_beside_its_scoped_or_qualified_lines() -> None:
    """By hand: 1.000 → 960 is 40 = 4% < 5%, measured on "biên chế công chức" alone; the
    reserve's or a department's 10 are inside those 960, not beside them."""
    for line in ("dự phòng", "trực thuộc Sở Y tế"):
        result = extract_plan(NAMED_ALONE.format(line=line), "doc.txt")
        (target,) = result.data["targets"]
        assert (target["id"], target["units"]) == ("kl40-cbcc", ["cbcc"])
        (status,) = check_plan(plan_from_result(result, "doc.txt")).targets
        assert (status.base, status.value, status.needed, status.met) == (1000, 960, 50, False)


def test_without_a_line_named_by_the_category_alone_every_outer_line_counts() -> None:
    # Twin: "công chức cấp tỉnh" is scoped too, so neither line is the category's total;
    # the target reads both, and the reserve's missing 2021 leaves it unverifiable.
    text = NAMED_ALONE.format(line="dự phòng").replace("công chức là", "công chức cấp tỉnh là")
    targets = _targets(text)
    assert targets["kl40-cbcc"].units == ("cbcc-tinh", "cbcc-du-phong")
