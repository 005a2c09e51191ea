"""Session 20, eng-slips9: slips the reader missed, each cause a rule with its pair (the slip
found, and its twin without the slip raising nothing, or left unread)."""

from __future__ import annotations

import pytest

from lotrinh.core import check_plan
from lotrinh.extract import extract_plan, plan_from_result
from lotrinh.extract.headlines import WholeWhen, whole_change_when
from tests.reader_forms.common import WHOLE_BODY, WHOLE_BODY_READ, _rows

YEAR_BODY = (
    "Năm 2026, tổng biên chế công chức và số lượng người làm việc của tỉnh là 61.352, giảm "
    "1.248 so với năm 2025 (62.600).\n"
)
"""A report's body stating its total's one change against the year before."""
YEAR_BODY_READ = {
    ("tong", 2026, 61352, None, None, None),
    ("tong", 2025, 62600, None, None, None),
    ("tong", 2026, None, 1248, 2025, None),
}


def _findings(text: str) -> set[tuple[str, int]]:
    plan = plan_from_result(extract_plan(text, "tin.txt"), "tin.txt")
    return {(f.kind, f.position.line) for f in check_plan(plan).findings}


# --- a place's headline change naming when, not against which year -------------------------


@pytest.mark.parametrize(
    ("headline", "body", "read"),
    [
        # after how many years: the body's one change of the total over that many years
        (
            "Tỉnh A giảm 1.826 biên chế sau ba năm thực hiện Kết luận 40",
            WHOLE_BODY,
            {*WHOLE_BODY_READ, ("tong", 2024, None, 1826, 2021, None)},
        ),
        (
            "Tỉnh A giảm 1.826 biên chế sau ba năm",
            WHOLE_BODY,
            {*WHOLE_BODY_READ, ("tong", 2024, None, 1826, 2021, None)},
        ),
        # during a year: the body's one change of the total in that year against the year before
        (
            "Tỉnh A giảm 1.428 biên chế trong năm 2026",
            YEAR_BODY,
            {*YEAR_BODY_READ, ("tong", 2026, None, 1428, 2025, None)},
        ),
        (
            "Tỉnh A: giảm 1.428 biên chế năm 2026",
            YEAR_BODY,
            {*YEAR_BODY_READ, ("tong", 2026, None, 1428, 2025, None)},
        ),
    ],
)
def test_a_place_headline_change_naming_when_is_the_totals_and_its_slip_is_found(
    headline: str, body: str, read: set[tuple[str, int, int | None, int | None, int | None, None]]
) -> None:
    """Blind AP1 (Tiền Giang), AP2 (Hưng Yên): a place's change of "biên chế" alone naming no
    base year but when it happened is the claim of the text's one total, against the base of
    the one body change that happened then; the swapped digits are the claim-difference found
    at the headline."""
    text = headline + "\n\n" + body
    rows, _, unread = _rows(text)
    assert rows == read
    assert 1 not in unread
    assert ("claim-difference", 1) in _findings(text)


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        ("Tỉnh A giảm 1.268 biên chế sau ba năm thực hiện Kết luận 40", WHOLE_BODY),
        ("Tỉnh A giảm 1.248 biên chế trong năm 2026", YEAR_BODY),
    ],
)
def test_the_same_headline_agreeing_with_its_body_raises_nothing(headline: str, body: str) -> None:
    """The twins without the slip: the headline restates the body's change, no finding."""
    text = headline + "\n\n" + body
    _, _, unread = _rows(text)
    assert 1 not in unread
    # (a plan reaching 2026 with no 2021 figure: KL 40 unverifiable, at the body's line)
    assert not {kind for kind, _ in _findings(text)} - {"target-unverifiable"}


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        # two years named, the body's change is over three: which change it is, is unsaid
        ("Tỉnh A giảm 1.826 biên chế sau hai năm thực hiện Kết luận 40", WHOLE_BODY),
        # a year the body states no change in
        ("Tỉnh A giảm 1.428 biên chế trong năm 2025", YEAR_BODY),
        # during 2024, but the body's change of 2024 is against 2021, not the year before
        ("Tỉnh A giảm 1.826 biên chế trong năm 2024", WHOLE_BODY),
        # the body's base figure not stated: nothing bears the body's change out
        ("Tỉnh A giảm 1.428 biên chế trong năm 2026", YEAR_BODY.replace(" (62.600)", "")),
        # the body's figures do not bear its own change out: which number is wrong is unsaid
        ("Tỉnh A giảm 1.428 biên chế trong năm 2026", YEAR_BODY.replace("62.600", "62.660")),
        # a category named: not the place's whole
        ("Tỉnh A giảm 1.428 biên chế công chức trong năm 2026", YEAR_BODY),
        # a body, not a place
        ("Sở Nội vụ giảm 1.428 biên chế trong năm 2026", YEAR_BODY),
        # two changes of the total over three years: which one the headline restates is unsaid
        (
            "Tỉnh A giảm 1.826 biên chế sau ba năm",
            WHOLE_BODY
            + "Năm 2025, tổng biên chế công chức và số lượng người làm việc của tỉnh là 23.500,"
            " giảm 1.000 so với năm 2022 (24.500).\n",
        ),
    ],
)
def test_a_place_headline_change_naming_when_the_body_does_not_pin_stays_unread(
    headline: str, body: str
) -> None:
    """The twins one change away: the headline stays unread, its amount no claim, the body
    read as before, and no finding at the headline."""
    text = headline + "\n\n" + body
    rows, _, unread = _rows(text)
    assert 1 in unread
    assert not any(row[3] in (1826, 1428) for row in rows)
    assert not any(line == 1 for _, line in _findings(text) if _ != "statement-not-understood")


def test_a_place_headline_change_naming_when_by_a_bound_is_never_checked() -> None:
    """An approximate headline ("gần") is set apart as before, never read loosely."""
    text = "Tỉnh A giảm gần 1.500 biên chế trong năm 2026\n\n" + YEAR_BODY
    rows, _, _ = _rows(text)
    assert rows == frozenset(YEAR_BODY_READ)
    assert not {kind for kind, _ in _findings(text)} - {"target-unverifiable"}


def test_whole_change_when_reads_a_year_or_a_span() -> None:
    """`headlines.whole_change_when`: a place, one change of "biên chế" alone, then when."""
    assert whole_change_when("Hưng Yên giảm 1.428 biên chế trong năm 2026") == WholeWhen(2026, None)
    assert whole_change_when("Bắc A: giảm 12 biên chế năm 2025") == WholeWhen(2025, None)
    assert whole_change_when("Tỉnh A tăng 12 biên chế trong năm 2025") == WholeWhen(2025, None)
    assert whole_change_when(
        "Tiền Giang giảm 1.383 biên chế sau ba năm thực hiện Kết luận 40"
    ) == WholeWhen(None, 3)
    assert whole_change_when(
        "Tỉnh A giảm 383 biên chế sau 4 năm thực hiện Nghị quyết số 39-NQ/TW"
    ) == WholeWhen(None, 4)
    assert whole_change_when("Tỉnh A giảm 383 biên chế sau ba năm") == WholeWhen(None, 3)
    for text in (
        "Tỉnh A giảm 1.286 biên chế so với năm 2021",  # a base: `names_the_whole`'s
        "Sở Y tế giảm 86 biên chế trong năm 2025",  # a body
        "Tỉnh A giảm 86 biên chế công chức trong năm 2025",  # a category
        "Tỉnh A giảm gần 1.300 biên chế trong năm 2025",  # a bound
        "Tỉnh A giảm 1.286 biên chế",  # when not said
        "Tỉnh A giảm 1.286 biên chế sau sắp xếp",  # nor here
        "các tỉnh giảm 1.286 biên chế trong năm 2025",  # no name
        "Tỉnh A giảm 1.286 biên chế trong năm 2025 và năm 2026",  # two years
    ):
        assert whole_change_when(text) is None, text


# --- a list ending with the rest, not adding up: the sum's slip -----------------------------

REST_LIST = (
    "Báo cáo thẩm tra biên chế năm 2025\n\n"
    "Tổng số lượng người làm việc trình phê duyệt năm 2025 là 15.187 người, giảm 248 người so "
    "với năm 2024; trong đó sự nghiệp giáo dục và đào tạo 10.904 người, sự nghiệp y tế 2.961 "
    "người, {last} 1.232 người.\n"
)


def test_a_list_ending_with_the_rest_that_does_not_add_up_is_its_sum_slip() -> None:
    """Blind E1 (Quảng Trị, parts not adding up): "trong đó A, B, các sự nghiệp khác" names
    every part of the figure, so the parts are read and the sum's slip found (10.904 + 2.961 +
    1.232 = 15.097, not 15.187); before, the slip itself left the line unread."""
    text = REST_LIST.format(last="các sự nghiệp khác")
    rows, parts, unread = _rows(text)
    assert 3 not in unread
    (total,) = [unit for unit, its in parts.items() if len(its) == 3]
    assert {row[2] for row in rows if row[0] in parts[total]} == {10904, 2961, 1232}
    assert ("sum-mismatch", 3) in _findings(text)


def test_the_same_list_adding_up_raises_nothing() -> None:
    """The twin without the slip (1.322): the same parts, no finding."""
    text = REST_LIST.format(last="các sự nghiệp khác").replace("1.232", "1.322")
    _, parts, unread = _rows(text)
    assert 3 not in unread
    assert any(len(its) == 3 for its in parts.values())
    assert not {kind for kind, _ in _findings(text)} - {"target-unverifiable"}


@pytest.mark.parametrize(
    "last",
    [
        "sự nghiệp văn hóa",  # not the rest: some of the parts, or a slip? unsaid
        "sự nghiệp văn hóa, thể thao",  # a name holding a comma: where it starts is unsaid
    ],
)
def test_a_list_not_ending_with_the_rest_that_does_not_add_up_stays_unread(last: str) -> None:
    """The twins one change away: a last item that is not the rest leaves the line unread."""
    text = REST_LIST.format(last=last)
    rows, _, unread = _rows(text)
    assert 3 in unread
    assert not any(row[2] in (10904, 2961, 1232) for row in rows)


def test_a_list_ending_with_the_rest_that_may_break_the_change_down_stays_unread() -> None:
    """The twin one change away: items no larger than the change stated before them may be
    the change's breakdown, not the figure's parts: unread, as before."""
    text = (
        "Báo cáo thẩm tra biên chế năm 2025\n\n"
        "Tổng số lượng người làm việc trình phê duyệt năm 2025 là 15.187 người, giảm 248 người "
        "so với năm 2024; trong đó sự nghiệp giáo dục và đào tạo 150 người, sự nghiệp y tế 60 "
        "người, các sự nghiệp khác 30 người.\n"
    )
    rows, _, unread = _rows(text)
    assert 3 in unread
    assert not any(row[2] in (150, 60, 30) for row in rows)


# --- two items a "gồm" list joins, the last named with a comma: all the parts ---------------

CLOSED_PAIR = (
    "Công văn về lộ trình biên chế\n\n"
    "Lộ trình hằng năm:\n"
    "- Năm 2025: 59 biên chế, {lead} khối đảng 36 biên chế và {last} 22 biên chế;\n"
)


def test_a_closed_pair_not_adding_up_is_its_sum_slip() -> None:
    """Blind X2 (Cam Lâm): "gồm khối đảng 36 biên chế và Mặt trận, đoàn thể 22 biên chế" under
    59 names all the parts by its word ("gồm"), as "trong đó" already did for the same pair:
    the parts are read and the sum's slip (36 + 22 = 58) found; before, the comma in the last
    name left the line unread."""
    text = CLOSED_PAIR.format(lead="gồm", last="Mặt trận, đoàn thể")
    rows, parts, unread = _rows(text)
    assert 4 not in unread
    assert any(len(its) == 2 for its in parts.values())
    assert {row[2] for row in rows if row[1] == 2025} == {59, 36, 22}
    assert ("sum-mismatch", 4) in _findings(text)


def test_the_same_closed_pair_adding_up_raises_nothing() -> None:
    """The twin without the slip (37): the same parts, no finding at the line."""
    text = CLOSED_PAIR.format(lead="gồm", last="Mặt trận, đoàn thể").replace("36", "37")
    _, parts, unread = _rows(text)
    assert 4 not in unread
    assert any(len(its) == 2 for its in parts.values())
    assert not any(line == 4 for _, line in _findings(text))


@pytest.mark.parametrize(
    "last",
    [
        "Trung tâm Văn hóa, Thông tin và Thể thao",  # "và" inside: where the name starts?
        "Mặt trận, đoàn thể, hội",  # two commas: an item without its count may hide in it
    ],
)
def test_a_gom_pair_whose_last_name_is_not_plain_stays_unread(last: str) -> None:
    """The twins one change away: the last name holds "và" or two commas, so where it starts
    (or whether an item lost its count) is not said: unread when the sum fails, as before."""
    text = CLOSED_PAIR.format(lead="gồm", last=last)
    rows, _, unread = _rows(text)
    assert 4 in unread
    assert not any(row[2] in (36, 22) for row in rows)
