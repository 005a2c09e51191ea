"""eng-ajmis: the reader never raises on sentences built from the genre's clauses.

A crash reads nothing of a whole document (blind set AJ1: an equality clause beside another
clause's cut made `bases.parallel_base` index an empty list of spans). Sentences here join
clauses of the genre in any order: a unit's figure, its change against a year, an equality
that has no span of its own ("không thay đổi so với năm 2023"), a rate, a contract count in
a parenthesis, leavers, a "khi ..." time frame; subjects and verbs are the probe's slots
(`tests.probe.values`). Whatever is read or left unread, `extract_plan` returns a result
whose coverage holds every line (or refuses the text as no plan, its own answer).
"""

from __future__ import annotations

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from lotrinh.extract import extract_plan
from lotrinh.extract.result import ExtractError
from tests.probe.values import SUBJECTS, VERBS

_UNITS = (
    "biên chế công chức",
    "số lượng người làm việc",
    "số người làm việc hưởng lương từ ngân sách nhà nước",
    "sự nghiệp giáo dục và đào tạo",
    "các hội có tính chất đặc thù",
    "số lượng người làm việc trong các hội có tính chất đặc thù",
    "biên chế dự phòng",
    "cán bộ, công chức cấp xã",
    "tổng biên chế",
)
_NUMBERS = st.sampled_from(("3", "72", "215", "1.642", "15.307", "26.660"))
_YEARS = st.sampled_from(("2021", "2023", "2024", "2025", "2026"))


@st.composite
def _clause(draw: st.DrawFn) -> str:
    unit = draw(st.sampled_from(_UNITS))
    n, k, y = draw(_NUMBERS), draw(_NUMBERS), draw(_YEARS)
    shape = draw(st.integers(0, 9))
    verb = draw(st.sampled_from(VERBS))
    body = draw(st.sampled_from(sorted({said for _, said in SUBJECTS.values()})))
    return (
        f"{unit} là {n} người, giảm {k} người so với năm {y}",
        f"{unit} {n} biên chế, không thay đổi so với năm {y}",
        f"{unit} giữ nguyên {n} người như năm {y}",
        f"{unit} năm {y} {verb} {n} biên chế, bằng năm {y}",
        f"{unit} giảm {k} người, tỷ lệ giảm {n},5%",
        f"{body} {verb} {n} {unit}",
        f"lao động hợp đồng theo Nghị định số 111/2022/NĐ-CP ({n} chỉ tiêu) thực hiện riêng",
        f"số công chức đã ra khỏi biên chế trong năm là {k} người",
        f"khi {body} còn là tỉnh B và được giao {n} biên chế",
        f"so với năm {y} ({n} người), {unit} giảm {k} người",
    )[shape]


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    clauses = draw(st.lists(_clause(), min_size=1, max_size=4))
    joins = draw(st.lists(st.sampled_from((", ", "; ", " và ")), min_size=3, max_size=3))
    year = draw(_YEARS)
    text = clauses[0]
    for join, clause in zip(joins, clauses[1:], strict=False):
        text += join + clause
    opening = draw(st.sampled_from(("", f"Năm {year}, ", f"So với năm {year}, ")))
    return opening + text[0].upper() + text[1:] + "."


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
)
@given(_sentence(), _sentence())
def test_the_reader_never_raises_on_the_genres_clauses(first: str, second: str) -> None:
    text = (
        "Báo cáo biên chế năm 2025 của tỉnh A\n\nNăm 2025, tỉnh được giao 1.000 biên chế công "
        f"chức.\n{first}\n{second}\n"
    )
    try:
        result = extract_plan(text, "doc.txt")
    except ExtractError as refused:
        # a refusal ("not a staffing plan") is the reader's own answer, never a crash
        assert "not a staffing plan" in str(refused)
        return
    lines = {entry.line for entry in result.coverage.entries}
    assert {3, 4, 5} <= lines <= {1, 3, 4, 5}
