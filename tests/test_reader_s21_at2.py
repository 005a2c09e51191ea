"""Session 21, eng-at2: a roadmap table's column of rates required per category, and a news
headline's cut said "tinh giản N biên chế".

Each form read is paired with its twin, one change away, left unread (or read otherwise).
"""

from __future__ import annotations

from functools import partial

import pytest

from lotrinh.core import check_plan
from lotrinh.extract import extract_plan, plan_from_result
from tests.reader_forms.common import _rows


def _findings(text: str) -> set[tuple[str, int]]:
    plan = plan_from_result(extract_plan(text, "doc.txt"), "doc.txt")
    return {(f.kind, f.position.line) for f in check_plan(plan).findings}


def _spec(written: str) -> dict[str, str]:
    """A form's default words and figures, "key=value|key=value"."""
    return dict(pair.split("=", 1) for pair in written.split("|"))


def _fill(template: str, defaults: dict[str, str], **given: str) -> str:
    """A form's text, its defaults with the twin's own words and figures over them."""
    return template.format(**{**defaults, **given})


# --- a table of years as rows with a column of the rates each year must reach ---------------

_REQUIRED = (
    "ỦY BAN NHÂN DÂN {place}\n\n"
    "PHỤ LỤC\nLộ trình giao biên chế giai đoạn {y0} - {y5}\n\n"
    "| Năm | Biên chế công chức | Người làm việc hưởng lương từ NSNN | {head} |\n"
    "|---|---|---|---|\n"
    "| {y0} | 2.480 | 26.900 | |\n"
    "| {y1} | 2.455 | 26.362 | {r1} |\n"
    "| {y5} | 2.356 | 24.210 | {r5} |\n"
)
_HEAD = "Tỷ lệ giảm tối thiểu phải đạt so với năm {y0} (công chức/người làm việc)"


def _required(**given: str | int) -> str:
    y0 = int(given.get("y0", 2021))
    values: dict[str, str | int] = {
        "place": "THÀNH PHỐ HUẾ",
        "y0": y0,
        "y1": y0 + 1,
        "y5": y0 + 5,
        "head": _HEAD.format(y0=y0),
        "r1": "1% / 2%",
        "r5": "5% / 10%",
    }
    values.update(given)
    return _REQUIRED.format(**values)


@pytest.mark.parametrize(
    "text",
    [
        _required(),
        # another place and period
        _required(place="TỈNH QUẢNG TRỊ", y0=2025),
        # one rate per cell, the header naming no categories; "cần đạt", "(%)"
        _required(head="Tỷ lệ giảm tối thiểu (%)", r1="1%", r5="5%"),
        _required(head="Mức giảm tối thiểu cần đạt so với năm 2021", r1="0,5 %", r5="5 %"),
        _required(head="Chỉ tiêu giảm tối thiểu (CBCC/VC)", r1="1 % / 2 %", r5="5% / 10%"),
    ],
)
def test_a_column_of_rates_required_beside_years_as_rows(text: str) -> None:
    """The required rates are no figure of the row: each row reads its two categories."""
    rows, _, unread = _rows(text)
    assert not unread
    first = 2025 if "2025 -" in text else 2021
    assert ("cbcc", first, 2480, None, None, None) in rows
    assert ("vc", first + 1, 26362, None, None, None) in rows
    assert ("cbcc", first + 5, 2356, None, None, None) in rows
    assert ("vc", first + 5, 24210, None, None, None) in rows
    assert all(row[3] is None for row in rows)  # no change read from the rates


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # a rate achieved, not required: whose rate, of which figure column? unread
        (_required(head="Tỷ lệ đã giảm so với năm 2021 (công chức/người làm việc)"), {9, 10}),
        # a count, not a rate, under the required column: the row is unread
        (_required(r1="25 / 538"), {9}),
        # three rates for two categories
        (_required(r1="1% / 2% / 3%"), {9}),
        # the parenthesis names something else than categories
        (_required(head="Tỷ lệ giảm tối thiểu (so với số Trung ương giao)"), {9, 10}),
    ],
)
def test_a_column_of_rates_not_required_stays_unread(text: str, lines: set[int]) -> None:
    _, _, unread = _rows(text)
    assert lines <= unread


def test_a_missed_target_on_the_last_row_is_found() -> None:
    """Read, the rows give KL 40 its figures: 24.310 is short of the 10% cut (24.210)."""
    missed = _required().replace("24.210", "24.310")
    assert not _rows(missed)[2]
    assert "target-missed" in {kind for kind, _ in _findings(missed)}
    assert "target-missed" not in {kind for kind, _ in _findings(_required())}


# --- a headline's cut said "tinh giản N biên chế" ---------------------------------------------

_NEWS = (
    "{head}\n\n"
    "Theo báo cáo của Bộ Nội vụ, năm 2021 {who} được giao {a} biên chế công chức; năm 2026 còn "
    "{b} biên chế, giảm {d} biên chế ({r}).\n"
    "Trong giai đoạn, khoảng {n} người đã nghỉ theo Nghị định 178/2024/NĐ-CP.\n"
)


_NEWS_DEFAULTS = _spec(
    "who=các cơ quan hành chính nhà nước ở trung ương và địa phương|a=278.050"
    "|b=263.814|d=14.236|r=5,12%|n=112.400"
)


def _news(head: str, **given: str) -> str:
    return _fill(_NEWS, _NEWS_DEFAULTS, head=head, **given)


@pytest.mark.parametrize(
    ("text", "d"),
    [
        (
            _news("Cả nước tinh giản 14.236 biên chế công chức sau 5 năm thực hiện Kết luận 40"),
            14236,
        ),
        (
            _news(
                "Tỉnh Gia Lai đã tinh giản 1.234 biên chế công chức sau 5 năm",
                who="các cơ quan hành chính của tỉnh",
                a="24.680",
                b="23.446",
                d="1.234",
                r="5%",
                n="980",
            ),
            1234,
        ),
    ],
)
def test_a_headline_cut_said_tinh_gian_is_the_bodys_change(text: str, d: int) -> None:
    rows, _, unread = _rows(text)
    assert not unread
    assert sum(1 for row in rows if row[3] == d and row[4] == 2021) >= 1


@pytest.mark.parametrize(
    "text",
    [
        # another amount than the body's change: people who left, maybe; never found wrong
        _news("Cả nước tinh giản 15.000 biên chế công chức sau 5 năm thực hiện Kết luận 40"),
        # the body's change of another amount (its own slip), its figures bearing out neither
        _news("Cả nước tinh giản 14.236 biên chế công chức sau 5 năm", d="14.326", b="263.914"),
    ],
)
def test_a_headline_cut_of_another_amount_stays_unread_never_a_slip(text: str) -> None:
    result = extract_plan(text, "doc.txt")
    assert 1 in {e.line for e in result.coverage.entries if e.unread}
    assert all(claim["source_line"] != 1 for claim in result.data["claims"])
    assert not {kind for kind, line in _findings(text) if line == 1} - {
        "statement-not-understood",
        "target-unverifiable",  # (the body states no VC)
    }


def test_a_headline_cut_equal_to_the_leavers_is_outside() -> None:
    """ "tinh giản 980 biên chế" over a body counting 980 people who left and no change of
    980: those people, outside the plan as the body's count is."""
    text = _news("Tỉnh Gia Lai tinh giản 980 biên chế sau 5 năm", n="980")
    result = extract_plan(text, "doc.txt")
    assert 1 not in {e.line for e in result.coverage.entries if e.unread}
    assert all(claim["source_line"] != 1 for claim in result.data["claims"])


def test_a_severance_for_people_is_no_headline_cut() -> None:
    from lotrinh.extract.chains import spell_headline_cut

    assert spell_headline_cut("Cả nước tinh giản biên chế cho 14.236 người") is None
    assert spell_headline_cut("Cả nước tinh giản 14.236 người sau 5 năm") is None
    assert spell_headline_cut("Cả nước tinh giản 14.236 biên chế đối với công chức") is None


# --- a fronted comparison's base recalled before a body's one category line -----------------

_FRONTED_LINE = (
    "BÁO CÁO\nKết quả thực hiện tinh giản biên chế\n\n"
    "1. Biên chế công chức\n"
    "So với năm {y0} ({a} biên chế), năm {y1} {body} được giao {b} biên chế công chức, giảm {d}"
    " biên chế ({r}), trong đó:\n"
    "- Các vụ, Văn phòng, Thanh tra thuộc cơ quan {body}: {p1} biên chế (năm {y0}: {q1} biên "
    "chế);\n"
    "- Các Cục thuộc {body}: {p2} biên chế (năm {y0}: {q2} biên chế).\n"
)


_fronted = partial(
    _fill,
    _FRONTED_LINE,
    _spec("y0=2021|y1=2026|body=Bộ|a=1.512|b=1.436|d=76|r=5,03%|p1=598|q1=630|p2=838|q2=882"),
)


@pytest.mark.parametrize(
    "text",
    [
        _fronted(),
        _fronted(y0="2022", y1="2025", a="2.040", b="1.980", d="60", r="2,94%", p1="700", q1="720")
        .replace("838", "1.280")
        .replace("882", "1.320"),
    ],
)
def test_a_fronted_base_is_the_body_lines_when_the_figures_tie(text: str) -> None:
    """The base, the year's figure and the cut are one unit's: the body's CBCC line, whose
    parts are the items; the 2021 figure no longer stands on the body apart."""
    rows, parts, unread = _rows(text)
    assert not unread
    holders = {
        row[0]
        for row in rows
        if row[1] in (2021, 2022, 2025, 2026) and row[2] in (1512, 1436, 2040, 1980)
    }
    assert len(holders) == 1
    (holder,) = holders
    assert len(parts[holder]) == 2


def test_a_fronted_base_and_parts_that_do_not_add_up_is_a_sum_slip() -> None:
    text = _fronted(p2="848")
    assert ("sum-mismatch", 3) in _findings(text) or any(
        kind == "sum-mismatch" for kind, _ in _findings(text)
    )
    assert not any(kind == "sum-mismatch" for kind, _ in _findings(_fronted()))


def test_a_fronted_base_not_tying_with_the_cut_stays_the_bodys() -> None:
    """1.512 − 1.436 is not 86: the base is not shown to be the line's; as before (the body's
    own figure), never moved to the line."""
    rows, _, _ = _rows(_fronted(d="86", r="5,69%"))
    holders_2021 = {row[0] for row in rows if row[1] == 2021 and row[2] == 1512}
    holders_2026 = {row[0] for row in rows if row[1] == 2026 and row[2] == 1436}
    assert holders_2021 and holders_2026 and holders_2021 != holders_2026


# --- a rule of the minimum cut against a year, then the result and its cut ---------------------

_MINIMUM = (
    "THÔNG BÁO\nBiên chế của các cơ quan đảng {place} giai đoạn {y0} - {y1}\n\n"
    "1. Tổng biên chế giao năm {y0}: {a} biên chế, gồm:\n"
    "a) Các cơ quan đảng: {a1} biên chế;\n"
    "b) Mặt trận Tổ quốc và các tổ chức chính trị - xã hội: {a2} biên chế.\n"
    "2. Đến năm {y1}, {who} phải {verb} tối thiểu {r}% biên chế so với năm {y0}; tổng biên chế "
    "còn {b} biên chế, giảm {d} biên chế, trong đó:\n"
    "a) Các cơ quan đảng: {b1} biên chế, giảm {d1} biên chế ({r}%);\n"
    "b) Mặt trận Tổ quốc và các tổ chức chính trị - xã hội: {b2} biên chế, giảm {d2} biên chế "
    "({r}%).\n"
)
_CAO_BANG = _spec(
    "place=tỉnh Cao Bằng|y0=2026|y1=2030|a=1.280|a1=860|a2=420|who=tỉnh"
    "|verb=tinh giản|r=5|b=1.216|d=64|b1=817|d1=43|b2=399|d2=21"
)

_minimum = partial(_fill, _MINIMUM, _CAO_BANG)


@pytest.mark.parametrize(
    ("text", "first", "last", "cut"),
    [
        (_minimum(), 2026, 2030, 64),
        (
            _minimum(
                place="thành phố Cần Thơ",
                y0="2025",
                y1="2029",
                who="thành phố",
                verb="giảm",
                r="3",
                a="2.000",
                a1="1.500",
                a2="500",
                b="1.940",
                d="60",
                b1="1.455",
                d1="45",
                b2="485",
                d2="15",
            ),
            2025,
            2029,
            60,
        ),
    ],
)
def test_a_result_after_a_minimum_rule_is_cut_against_the_rules_year(
    text: str, first: int, last: int, cut: int
) -> None:
    rows, _, unread = _rows(text)
    assert not unread
    assert any(row[1] == last and row[3] == cut and row[4] == first for row in rows)
    assert not {kind for kind, _ in _findings(text)} - {"target-unverifiable"}


@pytest.mark.parametrize(
    "line",
    [
        # the rule names no year: against which year the cut is, unsaid
        "2. Đến năm 2030, tỉnh phải tinh giản tối thiểu 5% biên chế; tổng biên chế còn 1.216 "
        "biên chế, giảm 64 biên chế, trong đó:\n",
        # the rule holds a count: a figure of its own, not a rule alone
        "2. Đến năm 2030, tỉnh phải tinh giản tối thiểu 64 biên chế so với năm 2026; tổng biên "
        "chế còn 1.216 biên chế, giảm 64 biên chế, trong đó:\n",
        # the result names a year of its own
        "2. Đến năm 2030, tỉnh phải tinh giản tối thiểu 5% biên chế so với năm 2026; năm 2028 "
        "tổng biên chế còn 1.216 biên chế, giảm 64 biên chế, trong đó:\n",
        # a rise
        "2. Đến năm 2030, tỉnh phải tinh giản tối thiểu 5% biên chế so với năm 2026; tổng biên "
        "chế còn 1.216 biên chế, tăng 64 biên chế, trong đó:\n",
    ],
)
def test_a_result_after_a_minimum_rule_of_another_shape_stays_unread(line: str) -> None:
    text = _minimum().splitlines(keepends=True)
    text[6] = line
    _, _, unread = _rows("".join(text))
    assert 7 in unread


# --- a "Giữ nguyên" cell under a comparison column of counts --------------------------------

_KEPT = (
    "ỦY BAN NHÂN DÂN TỈNH {place}\n\nPHỤ LỤC\nBiên chế công chức năm {y1}\n\n"
    "| STT | Cơ quan, đơn vị | Năm {y0} | Năm {y1} | {head} |\n"
    "|---|---|---|---|---|\n"
    "| 1 | Sở Nội vụ | 112 | 108 | -4 |\n"
    "| 2 | Sở Giáo dục và Đào tạo | 96 | {b} | {cell} |\n"
    "| | **Tổng cộng** | **208** | **{t}** | **-{d}** |\n"
)


_kept = partial(
    _fill,
    _KEPT,
    _spec("place=NGHỆ AN|y0=2025|y1=2026|head=Tăng (+), giảm (-)|b=96|cell=Giữ nguyên|t=204|d=4"),
)


@pytest.mark.parametrize(
    ("text", "y0", "y1"),
    [
        (_kept(), 2025, 2026),
        (_kept(place="HÀ TĨNH", y0="2023", y1="2024", cell="Không thay đổi"), 2023, 2024),
        (
            _kept(head="Giảm so với năm 2025", cell="giữ nguyên")
            .replace("| -4 |", "| 4 |")
            .replace("**-4**", "**4**"),
            2025,
            2026,
        ),
    ],
)
def test_a_kept_cell_under_a_comparison_column_is_no_change(text: str, y0: int, y1: int) -> None:
    rows, _, unread = _rows(text)
    assert not unread
    assert ("so-giao-duc-dao-tao", y1, None, 0, y0, None) in rows
    assert not {kind for kind, _ in _findings(text)} - {"target-unverifiable"}


def test_a_kept_cell_beside_figures_that_differ_is_a_slip() -> None:
    """ "Giữ nguyên" where the row's figures fall by 2: the check reports the row's claim."""
    text = _kept(b="94", t="202", d="6")
    assert not _rows(text)[2]
    assert ("claim-difference", 9) in _findings(text)


@pytest.mark.parametrize(
    "text",
    [
        # under a rate column: kept at which rate? unread
        _kept(head="Tỷ lệ giảm (%)"),
        # under a column compared with something other than a year
        _kept(head="Giảm so với số Trung ương giao"),
        # other words: a note, not a change
        _kept(cell="Chuyển sang đơn vị khác"),
    ],
)
def test_a_kept_cell_of_another_shape_stays_unread(text: str) -> None:
    assert 9 in _rows(text)[2]


# --- a headline's change the body's figures bear out where the body's own change is off -------


@pytest.mark.parametrize(
    "head",
    [
        "Cả nước tinh giản 14.236 biên chế công chức sau 5 năm thực hiện Kết luận 40",
        "Cả nước giảm 14.236 biên chế công chức sau 5 năm thực hiện Kết luận 40",
        "Cả nước giảm 14.236 biên chế công chức so với năm 2021",
    ],
)
def test_a_headline_borne_out_by_the_figures_is_read_the_bodys_change_a_slip(head: str) -> None:
    """The body says "giảm 14.326" (digits swapped); 278.050 − 263.814 = 14.236, the
    headline's: the headline is read, the body's change is the slip found."""
    text = _news(head, d="14.326")
    rows, _, unread = _rows(text)
    assert not unread
    assert any(row[3] == 14236 and row[4] == 2021 for row in rows)
    findings = _findings(text)
    assert ("claim-difference", 3) in findings
    assert ("claim-difference", 1) not in findings


@pytest.mark.parametrize(
    ("head", "given"),
    [
        # no category named: of which unit, the body's CBCC or its whole?
        ("Cả nước giảm 14.236 biên chế sau 5 năm thực hiện Kết luận 40", {"d": "14.326"}),
        # the figures bear out neither amount
        (
            "Cả nước tinh giản 14.236 biên chế công chức sau 5 năm",
            {"d": "14.326", "b": "263.914"},
        ),
        # another base year than the body's change
        ("Cả nước giảm 14.236 biên chế công chức so với năm 2020", {"d": "14.326"}),
    ],
)
def test_a_headline_not_borne_out_stays_unread(head: str, given: dict[str, str]) -> None:
    text = _news(head, **given)
    assert 1 in _rows(text)[2]
    assert ("claim-difference", 1) not in _findings(text)
