"""Properties of extraction over text nobody wrote by hand.

- Whatever the text, `extract_plan` returns a result or raises `ExtractError`, nothing else.
- A result always writes as YAML that the strict loader accepts, and converts to a `Plan`.
- Never invents a figure: every count and rate of a claim is written in the claim's quote
  (a "giữ nguyên / bằng năm Y" is a change of 0; a list item may compare with the year its
  lead-in names).
- A sentence is used whole or not at all: no sentence is both a source of claims and unread.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lotrinh.extract import ExtractError, ExtractResult, extract_plan, plan_from_result
from lotrinh.extract.writer import to_json, to_yaml
from lotrinh.loading import load_text
from lotrinh.numbers import format_count

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(text: str) -> ExtractResult | None:
    try:
        result = extract_plan(text, "doc.txt")
    except ExtractError as exc:
        assert exc.problems
        return None
    unread = {entry.line for entry in result.coverage.entries if entry.unread}
    assert not unread & {claim["source_line"] for claim in result.data["claims"]}
    if not result.data["units"]:
        assert unread  # nothing read whole: a plan of no unit, its findings the reading's
        return result
    plan = load_text(to_yaml(result, "doc.txt"), "draft.yaml")
    in_document = plan_from_result(result, "doc.txt")  # located at the document's lines
    assert [replace(c, position=None) for c in in_document.claims] == [
        replace(c, position=None) for c in plan.claims
    ]
    json.loads(to_json(result, "doc.txt"))
    for claim in result.data["claims"]:
        quote = claim["quote"]
        if "value" in claim:
            assert _written(claim["value"], quote), (claim, quote)
        for change in claim.get("changes", []):
            for key in ("reduction", "increase"):
                if key in change:
                    assert _written(change[key], quote) or (
                        change[key] == 0 and _EQUAL.search(quote)
                    ), (change, quote)
            if "rate" in change:
                assert change["rate"] in quote
    return result


_EQUAL = re.compile(r"giữ nguyên|không thay đổi|bằng", re.IGNORECASE)


def _written(count: int, quote: str) -> bool:
    return format_count(count) in quote or str(count) in quote


@FAST
@given(st.text())
def test_any_text(text: str) -> None:
    _check(text)


@FAST
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_any_unicode_with_plan_words(noise: str) -> None:
    _check(f"Tổng biên chế năm 2024 là 1.000 biên chế.{noise}\n- Khối {noise} là 5 biên chế")


_COUNTS = st.integers(min_value=0, max_value=2_000_000).map(
    lambda n: format_count(n) if n % 3 else str(n)
)
_YEARS = st.integers(min_value=1985, max_value=2105).map(str)
_DIRECTIONS = st.sampled_from(["giảm", "tăng"])
_RATES = st.tuples(st.integers(0, 120), st.integers(0, 99)).map(lambda r: f"{r[0]},{r[1]}%")
_FRAGMENTS = st.one_of(
    st.sampled_from(
        [
            "Tổng biên chế",
            "Khối Đảng",
            "Chính quyền địa phương",
            "Cán bộ, công chức",
            "Viên chức",
            "Trong đó:",
            "(bao gồm",
            ")",
            "là",
            "còn",
            "giảm",
            "tăng",
            "so với năm",
            "tỷ lệ giảm",
            "tương đương",
            "biên chế",
            "cán bộ, công chức",
            "viên chức",
            "năm",
            ",",
            ";",
            ".",
            ":",
            "\n- ",
            "\n+ ",
            "\n2.1. Năm ",
            "\n",
            "Nghị quyết số 19-NQ/TW",
            "10% biên chế sự nghiệp hưởng lương từ ngân sách nhà nước so với năm",
            "Kết luận số 40-KL/TW",
            "Kế hoạch số 12-KH/TU ngày 1/2/2024",
            "\t",
            "\u00a0",
            "%",
        ]
    ),
    _COUNTS,
    _YEARS,
    _RATES,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_FRAGMENTS, max_size=40))
def test_plan_like_fragments(fragments: list[str]) -> None:
    _check(" ".join(fragments))


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    """A plan-shaped line: subject, value, changes, rates, breakdowns, each optional."""
    parts = [draw(st.sampled_from(["", "- ", "+ ", "a) "]))]
    parts.append(
        draw(
            st.sampled_from(
                [
                    "Tổng biên chế",
                    "Khối Đảng, đoàn thể",
                    "Chính quyền địa phương",
                    "Cán bộ, công chức",
                    "Viên chức hưởng lương",
                    "Khối sự nghiệp",
                    "Các cơ quan",
                    "Năm",
                    "Tiếp tục",
                ]
            )
        )
    )
    if draw(st.booleans()):
        parts.append(f" năm {draw(_YEARS)}")
    parts.append(" " + draw(st.sampled_from(["là", "còn", ":", "có", "giảm"])))
    parts.append(f" {draw(_COUNTS)} biên chế")
    for _ in range(draw(st.integers(0, 2))):
        parts.append(
            draw(
                st.sampled_from(
                    [
                        f" (bao gồm {draw(_COUNTS)} cán bộ, công chức, {draw(_COUNTS)} viên chức)",
                        f", {draw(_DIRECTIONS)} {draw(_COUNTS)} biên chế so với năm {draw(_YEARS)}",
                        f" (tỷ lệ giảm {draw(_RATES)})",
                        f", tương đương {draw(_RATES)}",
                        f"; so với năm {draw(_YEARS)} giảm {draw(_COUNTS)} biên chế",
                        f" {draw(_FRAGMENTS)}",
                        f" giảm từ {draw(_COUNTS)} biên chế năm {draw(_YEARS)} xuống còn "
                        f"{draw(_COUNTS)} biên chế",
                        f", trong đó: khối Đảng {draw(_COUNTS)} biên chế",
                    ]
                )
            )
        )
    parts.append(draw(st.sampled_from([".", ":", ". Trong đó:", ""])))
    return "".join(parts)


_LINES = st.one_of(_sentence(), _FRAGMENTS, _YEARS.map(lambda y: f"2.1. Năm {y}"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LINES, min_size=1, max_size=12))
def test_plan_shaped_documents(lines: list[str]) -> None:
    _check("\n".join(lines))


def test_fragments_do_reach_plans() -> None:
    """The fragment strategy is not vacuous: such text does extract to a plan."""
    text = (
        "Tổng biên chế năm 2024 là 1.000 biên chế (bao gồm 200 cán bộ, công chức, 800 viên "
        "chức), giảm 12 biên chế so với năm 2023 tỷ lệ giảm 1,19%"
    )
    result = _check(text)
    assert result is not None
    assert len(result.data["claims"]) == 3
