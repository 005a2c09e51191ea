"""Session 22, eng-corpus: a news headline's change of one category in a year, naming no base
year, over a body whose one change of that category says another amount, where the base year's
figure is the text's one total naming no category.

The form read is paired with twins, one change away, that stay unread (never a slip).
"""

from __future__ import annotations

import pytest

from lotrinh.core import check_plan
from lotrinh.extract import extract_plan, plan_from_result
from tests.reader_forms.common import _rows

_HEADLINE_OVER_TOTAL = (
    "{head}\n\n"
    "Chiều 20/11, Ban Pháp chế HĐND tỉnh họp thẩm tra dự thảo nghị quyết giao biên chế.\n\n"
    "UBND tỉnh trình HĐND tỉnh kế hoạch biên chế công chức năm 2026 là {now} biên chế, giảm "
    "{said} biên chế so với năm 2025.\n\n"
    "Năm 2025, Ban Tổ chức Trung ương giao cho Hà Nam {base} biên chế; HĐND tỉnh đã giao đủ "
    "số này tại Nghị quyết số 51/2024, gồm {part1} biên chế cấp tỉnh, {part2} biên chế cấp "
    "huyện và 1 biên chế dự phòng.\n"
)
_DEFAULTS = {
    "head": "Hà Nam dự kiến giảm 58 biên chế công chức năm 2026",
    "now": "2.142",
    "said": "85",
    "base": "2.200",
    "part1": "1.150",
    "part2": "1.049",
}


def _text(**given: str) -> str:
    return _HEADLINE_OVER_TOTAL.format(**{**_DEFAULTS, **given})


_NOT_SLIPS = {"statement-not-understood", "target-unverifiable"}


def _findings(text: str) -> set[tuple[str, int]]:
    """The findings that say a figure is wrong (not the reading's nor an unverifiable
    target's: the text names no 2021 figure)."""
    plan = plan_from_result(extract_plan(text, "doc.txt"), "doc.txt")
    return {
        (f.kind, f.position.line) for f in check_plan(plan).findings if f.kind not in _NOT_SLIPS
    }


def test_a_headline_borne_out_by_the_texts_total_is_read_and_the_body_found_wrong() -> None:
    """2.200 − 2.142 = 58: the headline's amount; the body's "giảm 85" is the slip."""
    text = _text()
    rows, _, unread = _rows(text)
    assert 1 not in unread
    headline = {row for row in rows if row[3] == 58}
    assert len(headline) == 1
    (unit, year, _, _, base, _) = headline.pop()
    assert (year, base) == (2026, 2025)
    assert (unit, 2026, 2142, None, None, None) in rows  # the body's CBCC unit
    found = _findings(text)
    assert 5 in {line for _, line in found}
    assert not {kind for kind, line in found if line == 1}


@pytest.mark.parametrize(
    "given",
    [
        # the total's figures do not bear the headline out (2.210 − 2.142 = 68)
        {"base": "2.210", "part1": "1.160"},
        # the headline names no year: which change it restates is not said
        {"head": "Hà Nam dự kiến giảm 58 biên chế công chức"},
        # the headline names another category than the body's change
        {"head": "Hà Nam dự kiến giảm 58 biên chế viên chức năm 2026"},
    ],
)
def test_a_headline_not_borne_out_stays_unread_never_a_slip(given: dict[str, str]) -> None:
    text = _text(**given)
    result = extract_plan(text, "doc.txt")
    assert 1 in {e.line for e in result.coverage.entries if e.unread}
    assert all(claim["source_line"] != 1 for claim in result.data["claims"])
    assert not [line for kind, line in _findings(text) if line == 5]


def test_a_headline_over_two_figures_of_the_base_year_stays_unread() -> None:
    """A second figure of the base year outside the total (another body's): which one the
    category's figure is compared with is not said."""
    text = _text() + "\nNăm 2025, Sở Y tế được giao 58 biên chế viên chức.\n"
    result = extract_plan(text, "doc.txt")
    assert 1 in {e.line for e in result.coverage.entries if e.unread}


def test_a_headline_restating_the_body_is_read_as_before() -> None:
    text = _text(said="58")
    _, _, unread = _rows(text)
    assert 1 not in unread
    assert not [line for kind, line in _findings(text) if line in (1, 5)]
