"""News reports: a headline repeats a figure of its body (where they disagree, the headline is
the claim found wrong: claim-value at the headline's line, the body's figure is the figure);
shares of a figure listed in the sentence after it are its parts only when they are all."""

from __future__ import annotations

from lotrinh.core import check_plan
from lotrinh.extract import extract_plan, plan_from_result

REPORT = (
    "Thanh Hóa điều chỉnh số người làm việc năm 2025: toàn tỉnh {headline} người\n"
    "\n"
    "Theo quyết định, tổng số người làm việc của tỉnh là 61.356 người.\n"
)


def _findings(text: str) -> list[tuple[str, int]]:
    plan = plan_from_result(extract_plan(text, "tin.txt"), "tin.txt")
    return [(f.kind, f.position.line) for f in check_plan(plan).findings]


def test_a_headline_that_disagrees_is_the_claim_found_wrong() -> None:
    assert ("claim-value", 1) in _findings(REPORT.format(headline="61.536"))


def test_a_headline_that_agrees_is_no_finding() -> None:
    assert not [kind for kind, _ in _findings(REPORT.format(headline="61.356"))]


def test_shares_without_the_rest_are_not_read() -> None:
    """The largest few of a list ("chiếm nhiều nhất ...; tiếp đến là ...") without the rest
    ("các sự nghiệp khác") are not all the parts: the sentence is left unread (its twin, with
    the rest, is the form "shares" in tests/reader_forms/test_forms_s01_s07.py)."""
    text = (
        "Năm 2025, tổng số người làm việc của tỉnh là 61.356 người. Lĩnh vực giáo dục và đào "
        "tạo chiếm nhiều nhất với 54.317 người; tiếp đến là y tế với 4.985 người."
    )
    result = extract_plan(text, "tin.txt")
    assert [c.get("value") for c in result.data["claims"]] == [61356]
    assert [e.status.value for e in result.coverage.entries] == ["understood", "not-understood"]


def test_a_headline_repeating_a_wrong_change_is_not_a_second_finding() -> None:
    """The body's change disagrees with its own figures (a slip, found there); the headline
    repeating it is left unread rather than reported twice."""
    text = (
        "Tỉnh A: năm 2024 giảm 312 biên chế\n\nNăm 2023, tổng biên chế của tỉnh là 30.412 biên "
        "chế. Năm 2024, tổng biên chế của tỉnh là 30.000 biên chế, giảm 312 so với năm 2023.\n"
    )
    found = _findings(text)
    assert ("claim-difference", 3) in found
    assert ("claim-difference", 1) not in found


def test_a_headline_change_matching_two_body_changes_is_not_read() -> None:
    """Two changes of the headline's amount in the body: which one it restates is not said."""
    text = (
        "Tỉnh A: năm 2024 giảm 312 biên chế\n\nNăm 2024, tổng biên chế của tỉnh giảm 312 so với "
        "năm 2023; khối Đảng giảm 312 biên chế so với năm 2022."
    )
    result = extract_plan(text, "tin.txt")
    assert 1 not in {c["source_line"] for c in result.data["claims"]}
    assert result.coverage.entries[0].unread
