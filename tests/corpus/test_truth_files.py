"""Every truth file of the reading corpus is self-consistent (tests/corpus/README.md).

The corpus measures the reader, so a wrong truth file silently turns a right reading into a
"misread". These checks are the machine half of writing truth by hand: the keys are the known
ones, every line named exists and holds the numbers the truth says it states (as written:
28960 appears as "28.960"), every unit referenced exists, parts add up to their total and
stated changes agree with the stated figures unless the truth lists a slip there, and a line
that looks like it states a staffing number is not forgotten.
"""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.runner import signed_reduction, truth_of

CORPUS = Path(__file__).resolve().parent
ROOT = CORPUS.parent.parent
# The held-out corpus (tests/heldout/) and the blind sets (tests/blind-*/) follow the same truth
# format and are checked the same way.
FOLDERS = tuple(
    ROOT / "tests" / name
    for name in (
        "corpus",
        "heldout",
        "blind-a",
        "blind-b",
        "blind-c1",
        "blind-c2",
        "blind-d1",
        "blind-d2",
        "blind-e1",
        "blind-e2",
        "blind-f1",
        "blind-f2",
        "blind-g1",
        "blind-g2",
        "blind-h1",
        "blind-h2",
        "blind-i1",
        "blind-i2",
        "blind-j1",
        "blind-j2",
        "blind-k1",
        "blind-k2",
        "blind-l1",
        "blind-l2",
        "blind-m1",
        "blind-m2",
        "blind-n1",
        "blind-n2",
        "blind-o1",
        "blind-o2",
        "blind-p1",
        "blind-p2",
        "blind-q1",
        "blind-q2",
        "blind-r1",
        "blind-r2",
        "blind-s1",
        "blind-s2",
        "blind-t1",
        "blind-t2",
        "blind-u1",
        "blind-u2",
        "blind-v1",
        "blind-v2",
        "blind-w1",
        "blind-w2",
        "blind-x1",
        "blind-x2",
        "blind-y1",
        "blind-y2",
        "blind-z1",
        "blind-aa1",
        "blind-aa2",
        "blind-z2",
        "blind-ab1",
        "blind-ab2",
        "blind-ac1",
        "blind-ac2",
        "blind-ad1",
        "blind-ad2",
        "blind-ae1",
        "blind-ae2",
        "blind-af1",
        "blind-af2",
        "blind-ag1",
        "blind-ag2",
        "blind-ah1",
        "blind-ah2",
        "blind-ai1",
        "blind-ai2",
        "blind-aj1",
        "blind-aj2",
        "blind-ak1",
        "blind-ak2",
        "blind-al1",
        "blind-al2",
        "blind-am1",
        "blind-am2",
        "blind-an1",
        "blind-an2",
        "blind-ao1",
        "blind-ao2",
        "blind-ap1",
        "blind-ap2",
        "blind-ar1",
        "blind-ar2",
        "blind-as1",
        "blind-as2",
        "blind-at1",
        "blind-at2",
        "blind-au1",
        "blind-au2",
        "blind-av1",
        "blind-av2",
        "blind-aw1",
        "blind-aw2",
        "blind-ax1",
        "blind-ax2",
        "blind-ay1",
        "blind-ay2",
    )
)

TOP_KEYS = {
    "document",
    "source",
    "type",
    "variant_of",
    "scope",
    "units",
    "statements",
    "slips",
    "targets",
    "expected_exit",
}
SOURCE_KEYS = {"what", "where", "kept", "changed"}
TYPES = {
    "plan",
    "hdnd-resolution",
    "ttg-decision",
    "party-allocation",
    "ministry-plan",
    "news",
    "table",
}
CATEGORIES = {"CBCC", "VC", "MIXED", "CBCC-XA", "HOI", "CONTRACT"}
UNIT_KEYS = {"name", "category", "parts", "reserve", "subset_of", "in_post", "self_funded"}
STATEMENT_KEYS = {"line", "figures", "changes", "outside", "malformed"}
# A change is a signed `reduction` (negative for tăng) or, equivalently, an `increase`.
CHANGE_KEYS = {"unit", "year", "base_year", "reduction", "increase", "rate"}
# A change the line gives in steps ("giảm 27 ...; giảm 11 ...; bổ sung 4 ..."), as the plan
# format writes it: the steps instead of the amount, which is their sum.
STEP_KEYS = {"reductions", "increases"}
# `lines` instead of `line` when one slip spans several lines.
SLIP_KEYS = {"kind", "line", "lines", "unit", "year", "note"}
SLIP_KINDS = {
    "sum-mismatch",
    "implied-base-conflict",
    "unexpected-increase",
    "subset-exceeds-whole",
    "claim-difference",
    "claim-base-year",
    "claim-self-reference",
    "claim-rate",
    "claim-value",
    "claim-unverifiable",
    "target-missed",
    "target-unverifiable",
    "target-met-by-rounding",
    "malformed-number",
    "statement-not-understood",
}
TARGET_KEYS = {"source", "category", "base_year", "deadline", "verdict"}
VERDICT_SLIP = {"missed": "target-missed", "unverifiable": "target-unverifiable"}
VERDICTS = {"met", "missed", "unverifiable"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:--[a-z0-9]+(?:-[a-z0-9]+)*)?$")
UNIT_KEY = re.compile(r"^[a-z0-9][a-z0-9._-]*$")

# A line stating a headcount: a number grouped with dots, or a bare number followed by a word
# of the genre. Such a line must be accounted for in `statements` (as figures, outside or
# malformed), otherwise the truth forgot it.
DOTTED = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d]|,\d)")
COUNTED = re.compile(
    r"(?<![\d.,/%-])\d+\s+(?:biên chế|cán bộ|công chức|viên chức|người|chỉ tiêu|giáo viên)",
    re.IGNORECASE,
)


def truth_dirs() -> list[Path]:
    return sorted(p.parent for folder in FOLDERS for p in folder.glob("*/truth.yaml"))


def as_written(value: int) -> set[str]:
    """The ways a document writes a headcount: 28960 as "28.960" (or bare below 1.000)."""
    digits = str(abs(value))
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return {".".join(groups), str(abs(value))}


def holds_number(text: str, value: int) -> bool:
    return any(
        re.search(rf"(?<![\d.,]){re.escape(form)}(?!\d|[.,]\d)", text) for form in as_written(value)
    )


def rate_fits(rate: str, reduction: int, base: int) -> bool:
    """The written rate is the exact rate rounded half up at the decimals written."""
    written = Decimal(rate.rstrip("%").strip().replace(",", "."))
    exponent = Decimal(1).scaleb(written.as_tuple().exponent)  # type: ignore[arg-type]
    exact = Decimal(reduction) * 100 / Decimal(base)
    return exact.quantize(exponent, rounding=ROUND_HALF_UP) == written


def lines_of(slip: dict[str, Any]) -> list[int | None]:
    return list(slip.get("lines") or [slip.get("line")])


def document_of(folder: Path, truth: dict[str, Any]) -> Path:
    if truth.get("document"):
        return ROOT / truth["document"]
    found = [p for p in (folder / "document.txt", folder / "document.md") if p.exists()]
    assert len(found) == 1, f"{folder.name}: exactly one document.txt or document.md"
    return found[0]


def load(folder: Path) -> tuple[dict[str, Any], list[str]]:
    # parsed once per session (the runner's cache), not once for each of the four tests
    truth = truth_of(folder / "truth.yaml")
    doc = document_of(folder, truth)
    raw = doc.read_bytes()
    assert b"\r" not in raw, f"{doc}: LF line endings"
    return truth, raw.decode("utf-8").split("\n")


@pytest.fixture(params=truth_dirs(), ids=lambda p: p.name)
def case(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any], list[str]]:
    folder: Path = request.param
    truth, lines = load(folder)
    return folder.name, truth, lines


def test_corpus_is_not_empty() -> None:
    assert truth_dirs()


def test_keys_and_kinds(case: tuple[str, dict[str, Any], list[str]]) -> None:
    slug, truth, _ = case
    assert SLUG.match(slug), slug
    assert set(truth) <= TOP_KEYS, set(truth) - TOP_KEYS
    assert TOP_KEYS - {"document"} <= set(truth), TOP_KEYS - {"document"} - set(truth)
    assert set(truth["source"]) == SOURCE_KEYS
    assert all(isinstance(v, str) and v.strip() for v in truth["source"].values())
    assert truth["type"] in TYPES
    assert truth["expected_exit"] in {0, 1, 2}
    variant = truth["variant_of"]
    if "--" in slug:
        assert variant == slug.split("--")[0], "a variant names the document it plants into"
        assert any((folder / variant / "truth.yaml").exists() for folder in FOLDERS)
    else:
        assert variant is None
    for key, unit in truth["units"].items():
        assert UNIT_KEY.match(key), key
        assert set(unit) <= UNIT_KEYS and unit["category"] in CATEGORIES, key
        for part in unit.get("parts", []):
            assert part in truth["units"], f"{key}: part {part} is not a unit"
            # staff in post are never a part of the posts (tests/corpus/README.md)
            assert unit.get("in_post") or not truth["units"][part].get("in_post"), key
        assert unit.get("subset_of") in (None, *truth["units"]), f"{key}: whole is not a unit"
    for slip in truth["slips"] or []:
        assert set(slip) <= SLIP_KEYS and slip["kind"] in SLIP_KINDS, slip
        assert slip["note"].strip()
        assert slip.get("unit") is None or slip["unit"] in truth["units"], slip
    for target in truth["targets"] or []:
        assert set(target) <= TARGET_KEYS and target["verdict"] in VERDICTS, target
        assert target["category"] in {"CBCC", "VC"}
        assert target["deadline"] > target["base_year"]
    has_slips = bool(truth["slips"])
    assert (truth["expected_exit"] == 1) == has_slips, "exit 1 exactly when there are slips"
    # Every target not met has its finding among the slips, and no target finding is extra.
    wanted = sorted(
        VERDICT_SLIP[t["verdict"]] for t in truth["targets"] or [] if t["verdict"] != "met"
    )
    listed = sorted(s["kind"] for s in truth["slips"] or [] if s["kind"] in VERDICT_SLIP.values())
    assert wanted == listed, f"targets say {wanted}, slips list {listed}"


def test_lines_hold_what_the_truth_says(case: tuple[str, dict[str, Any], list[str]]) -> None:
    _, truth, lines = case
    numbers = [s["line"] for s in truth["statements"]]
    assert numbers == sorted(set(numbers)), "statements in document order, one per line"
    for statement in truth["statements"]:
        assert set(statement) <= STATEMENT_KEYS, statement
        n = statement["line"]
        assert 1 <= n <= len(lines), f"line {n} is outside the document"
        text = lines[n - 1]
        kinds = {"figures", "changes"} & set(statement), {"outside", "malformed"} & set(statement)
        assert bool(kinds[0]) != bool(kinds[1]), f"line {n}: read, or outside/malformed"
        if "malformed" in statement:
            assert statement["malformed"] in text, f"line {n}"
        for unit, by_year in (statement.get("figures") or {}).items():
            assert unit in truth["units"], f"line {n}: unknown unit {unit}"
            for year, value in by_year.items():
                assert isinstance(year, int) and 2010 <= year <= 2030, f"line {n}: {year}"
                assert isinstance(value, int) and value >= 0
                assert holds_number(text, value), f"line {n} does not hold {value}: {text}"
        for change in statement.get("changes") or []:
            assert {"unit", "year", "base_year"} <= set(change), change
            assert change["unit"] in truth["units"], f"line {n}: unknown unit"
            if STEP_KEYS & set(change):
                assert set(change) <= {"unit", "year", "base_year"} | STEP_KEYS, change
                steps = [*change.get("reductions", []), *change.get("increases", [])]
                assert len(steps) > 1, change
                assert all(holds_number(text, step) for step in steps), f"line {n}: {change}"
                continue
            assert set(change) <= CHANGE_KEYS, change
            assert ("reduction" in change) != ("increase" in change), change
            assert isinstance(change.get("reduction", change.get("increase")), int)
            if signed_reduction(change):
                assert holds_number(text, signed_reduction(change)), f"line {n}: {change}"
            if "rate" in change:
                assert change["rate"] in text, f"line {n}: rate {change['rate']}"
    for slip in truth["slips"] or []:
        assert ("line" in slip) != ("lines" in slip), slip
        assert all(n is None or 1 <= n <= len(lines) for n in lines_of(slip)), slip


def test_no_staffing_line_forgotten(case: tuple[str, dict[str, Any], list[str]]) -> None:
    _, truth, lines = case
    listed = {s["line"] for s in truth["statements"]}
    for n, text in enumerate(lines, start=1):
        if text.startswith("#") or n in listed:
            continue
        assert not DOTTED.search(text) and not COUNTED.search(text), f"line {n} unlisted: {text}"


def figures_of(truth: dict[str, Any]) -> dict[tuple[str, int], set[int]]:
    found: dict[tuple[str, int], set[int]] = defaultdict(set)
    for statement in truth["statements"]:
        for unit, by_year in (statement.get("figures") or {}).items():
            for year, value in by_year.items():
                found[unit, year].add(value)
    return found


def slipped(truth: dict[str, Any], units: set[str], years: set[int]) -> bool:
    return any(
        s.get("unit") in units and s.get("year") in years for s in truth["slips"] or []
    ) or any(s["kind"] == "malformed-number" for s in truth["slips"] or [])


def test_arithmetic_agrees_unless_a_slip_is_listed(
    case: tuple[str, dict[str, Any], list[str]],
) -> None:
    _, truth, _ = case
    figures = figures_of(truth)
    for (unit, year), values in figures.items():
        assert len(values) == 1 or slipped(truth, {unit}, {year}), f"{unit} {year}: {values}"
    for key, unit in truth["units"].items():
        parts = unit.get("parts")
        if not parts:
            continue
        for (name, year), values in figures.items():
            if name != key or not all((p, year) in figures for p in parts):
                continue
            total = sum(next(iter(figures[p, year])) for p in parts)
            assert total in values or slipped(truth, {key, *parts}, {year}), (
                f"{key} {year}: parts sum to {total}, total says {values}"
            )
    implied: dict[tuple[str, int], dict[int, int]] = defaultdict(dict)
    for statement in truth["statements"]:
        for change in statement.get("changes") or []:
            unit, year, base = change["unit"], change["year"], change["base_year"]
            if (unit, year) not in figures:
                continue
            value = next(iter(figures[unit, year]))
            reduction = signed_reduction(change)
            implied[unit, base][year] = value + reduction
            if (unit, base) in figures:
                stated = next(iter(figures[unit, base]))
                assert stated - value == reduction or slipped(truth, {unit}, {year, base}), (
                    f"{unit} {year} vs {base}: {stated} - {value} != {reduction}"
                )
            if "rate" in change and reduction:
                fits = rate_fits(change["rate"], abs(reduction), value + reduction)
                assert fits or slipped(truth, {unit}, {year, base}), f"{unit} {year}: rate"
    for (unit, base), by_year in implied.items():
        if len(set(by_year.values())) > 1:
            assert slipped(truth, {unit}, {base, *by_year}), f"{unit} {base}: {by_year}"


@pytest.mark.parametrize(
    ("text", "value", "held"),
    [
        ("là 28.960 biên chế", 28960, True),
        ("là 128.960 biên chế", 28960, False),
        ("là 28.9601 biên chế", 28960, False),
        ("giảm 25 biên chế", 25, True),
        ("giảm 1.250 biên chế", 25, False),
        ("| -282 |", 282, True),
    ],
)
def test_a_number_is_held_only_as_written(text: str, value: int, held: bool) -> None:
    assert holds_number(text, value) is held


@pytest.mark.parametrize(
    ("rate", "reduction", "base", "fits"),
    [
        ("1,27%", 16, 1263, True),  # Long An, khối Đảng 2024 against 2023
        ("1,27%", 16, 1288, False),  # the same against 2022: 1,2422%
        ("1,67%", 455, 28152, False),  # 1,6162%
        ("5,5%", 70, 1263, True),  # 5,542% at one decimal
        ("10%", 2989, 29892, True),  # 9,9993% rounds to 10%
        ("10,00%", 2989, 29892, True),
    ],
)
def test_a_rate_fits_at_the_decimals_written(
    rate: str, reduction: int, base: int, fits: bool
) -> None:
    assert rate_fits(rate, reduction, base) is fits
