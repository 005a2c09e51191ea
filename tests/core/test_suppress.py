"""Inline suppression (core/suppress.py): which lines a comment covers, what it sets aside,
and the findings about comments themselves (LT501, LT502)."""

from __future__ import annotations

from lotrinh.core import check_plan
from lotrinh.core.suppress import Suppression, apply, scan
from lotrinh.findings.finding import CommentSubject
from lotrinh.model import Position
from tests.core.plans import HEAD, plan

# VC 25.424 − 24.992 = 432, so "giảm 432 so với năm 2024" is right against 2023: LT203
TEXT = (
    HEAD + "  - {id: vc, name: VC, figures: {2023: 25.424, 2024: 24.992}}\n"  # lines 3
    "claims:\n"  # 4
    "  # lotrinh: ignore[LT203] - văn bản đã ban hành\n"  # 5
    "  - id: c\n"  # 6
    "    unit: vc\n"  # 7
    "    year: 2024\n"  # 8
    "    quote: q\n"  # 9
    "    changes: [{reduction: 432, base_year: 2024}]\n"  # 10
)


def test_a_comment_alone_on_its_line_covers_the_next_node() -> None:
    assert scan(TEXT) == (Suppression(Position(5, 3), ("LT203",), "văn bản đã ban hành", 6, 10),)


def test_a_comment_after_content_covers_its_own_line() -> None:
    text = "a: 1  # lotrinh: ignore[LT101, LT102]\nb: 2\n"
    assert scan(text) == (Suppression(Position(1, 7), ("LT101", "LT102"), "", 1, 1),)


def test_a_covered_finding_is_set_aside_with_its_reason() -> None:
    result = apply(check_plan(plan(TEXT)), scan(TEXT))
    assert result.findings == ()
    ((finding, by, reason),) = result.suppressed
    assert (finding.kind, by, reason) == ("claim-self-reference", "comment", "văn bản đã ban hành")


def test_a_comment_without_a_reason_still_applies_and_is_reported() -> None:
    text = TEXT.replace(" - văn bản đã ban hành", "")
    result = apply(check_plan(plan(text)), scan(text))
    (finding,) = result.findings
    assert (finding.kind, finding.params) == ("suppression-without-reason", {"codes": "LT203"})
    assert finding.subject == CommentSubject(("vc",))  # the claim it covers is about VC
    assert (finding.year, finding.position) == (2024, Position(5, 3))
    assert len(result.suppressed) == 1


def test_a_comment_with_nothing_to_suppress_is_reported() -> None:
    text = TEXT.replace("base_year: 2024", "base_year: 2023")  # now right: nothing to hide
    (finding,) = apply(check_plan(plan(text)), scan(text)).findings
    assert (finding.kind, finding.params) == ("unused-suppression", {"codes": "LT203"})


def test_a_code_of_no_kind_is_named_as_such() -> None:
    text = TEXT.replace("LT203", "LT203, LT999")
    (finding,) = apply(check_plan(plan(text)), scan(text)).findings
    assert (finding.params, finding.variant) == ({"codes": "LT999"}, "unknown")
