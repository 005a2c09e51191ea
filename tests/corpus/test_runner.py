"""The corpus runner's scoring, on a small document whose reading is written out by hand."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from lotrinh.extract import build
from tests.corpus.runner import (
    CORPUS,
    Document,
    _in_process,
    _invoke,
    documents,
    run_lotrinh,
    score,
    truth_of,
)

TRUTH: dict[str, Any] = {
    "type": "plan",
    "units": {
        "tong": {"category": "MIXED", "parts": ["cbcc", "vc"]},
        "cbcc": {"category": "CBCC"},
        "vc": {"category": "VC"},
    },
    "statements": [
        {"line": 8, "figures": {"tong": {2021: 20000}, "cbcc": {2021: 4000}, "vc": {2021: 16000}}},
        {
            "line": 13,
            "figures": {"cbcc": {2026: 3800}},
            "changes": [
                {"unit": "cbcc", "year": 2026, "base_year": 2021, "reduction": 200, "rate": "5%"}
            ],
        },
        {"line": 14, "figures": {"vc": {2026: 14600}}},
        {"line": 15, "outside": "hợp đồng 68"},
    ],
    "slips": [],
    "targets": [
        {"source": "KL40", "category": "CBCC", "verdict": "met"},
        {"source": "KL40", "category": "VC", "verdict": "missed"},
    ],
    "expected_exit": 1,
}


def claim(unit: str, year: int, line: int, value: int | None, *changes: dict[str, Any]) -> Any:
    return {"unit": unit, "year": year, "source_line": line, "value": value, "changes": changes}


def extracted(*claims: Any, units: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    statuses = {8: "understood", 13: "understood", 14: "understood", 15: "reference"}
    return {
        "plan": {
            "units": units
            if units is not None
            else [
                {"id": "t", "parts": ["c", "v"]},
                {"id": "c", "category": "CBCC"},
                {"id": "v", "category": "VC"},
            ],
            "claims": list(claims),
        },
        "coverage": {"sentences": [{"line": k, "status": v} for k, v in statuses.items()]},
    }


PERFECT = (
    claim("t", 2021, 8, 20000),
    claim("c", 2021, 8, 4000),
    claim("v", 2021, 8, 16000),
    claim("c", 2026, 13, 3800, {"reduction": 200, "base_year": 2021, "rate": "5%"}),
    claim("v", 2026, 14, 14600),
)
TARGETS = [
    {"source": "Kết luận số 40-KL/TW", "units": ["c"], "met": True, "missing": []},
    {"source": "Kết luận số 40-KL/TW", "units": ["v"], "met": False, "missing": []},
]


def checked(findings: list[dict[str, Any]] = (), targets: list[Any] = TARGETS) -> Any:  # type: ignore[assignment]
    return {"files": [{"findings": list(findings), "targets": targets}]}


DOC = Document("song", Path("song.txt"), TRUTH)


def test_a_perfect_reading_scores_every_line_and_target() -> None:
    s = score(DOC, extracted(*PERFECT), checked(), 1)
    assert (s.lines, s.correct, s.unread, s.misread) == (4, 4, 0, [])
    assert (s.slips, s.found, s.false_alarms, s.false_all_clear) == (1, 1, [], False)


def test_a_figure_on_the_wrong_year_is_a_misread() -> None:
    wrong = (*PERFECT[:4], claim("v", 2025, 14, 14600))
    s = score(DOC, extracted(*wrong), checked(), 1)
    assert [m.split(":")[0] for m in s.misread] == ["14"]
    assert s.correct == 3


def test_two_truth_units_read_as_one_make_every_line_of_the_minority_a_misread() -> None:
    merged = [{**c, "unit": c["unit"].replace("v", "c")} for c in PERFECT]
    units = [{"id": "t", "parts": ["c"]}, {"id": "c", "category": "CBCC"}]
    s = score(DOC, extracted(*merged, units=units), checked(), 1)
    assert {m.split(":")[0] for m in s.misread} >= {"8", "14"}


def test_cbcc_read_as_vc_is_a_misread_of_the_unit_and_its_lines() -> None:
    units = [
        {"id": "t", "parts": ["c", "v"]},
        {"id": "c", "category": "VC"},
        {"id": "v", "category": "VC"},
    ]
    s = score(DOC, extracted(*PERFECT, units=units), checked(), 1)
    assert "unit c" in s.misread[0]
    assert {m.split(":")[0] for m in s.misread[1:]} == {"8", "13"}


def test_parts_the_truth_does_not_sum_are_a_misread() -> None:
    units = [
        {"id": "t", "parts": ["c"]},
        {"id": "c", "category": "CBCC"},
        {"id": "v", "category": "VC"},
    ]
    s = score(DOC, extracted(*PERFECT, units=units), checked(), 1)
    assert s.misread and s.misread[0].startswith("unit t")


def test_a_line_reported_as_not_understood_is_unread_not_misread() -> None:
    partial = extracted(*PERFECT[:4])
    partial["coverage"]["sentences"][2]["status"] = "not-understood"
    s = score(DOC, partial, checked(), 1)
    assert (s.correct, s.unread, s.misread) == (3, 1, [])


def test_a_malformed_line_is_read_right_when_its_number_is_reported_and_nothing_used() -> None:
    truth = copy.deepcopy(TRUTH)
    truth["statements"][2] = {"line": 14, "malformed": "14,600"}
    doc = Document("song", Path("song.txt"), truth)
    unread = extracted(*PERFECT[:4])
    unread["coverage"]["sentences"][2]["status"] = "not-understood"
    reported = [{"kind": "malformed-number", "severity": "error", "line": 14}]
    s = score(doc, unread, checked(reported), 1)
    assert (s.correct, s.unread, s.misread) == (4, 0, [])
    # ... not when the malformed number goes unreported
    s = score(doc, unread, checked(), 1)
    assert (s.correct, s.unread) == (3, 1)


def test_a_rate_is_the_same_with_or_without_its_percent_sign() -> None:
    truth = copy.deepcopy(TRUTH)
    truth["statements"][1]["changes"][0]["rate"] = "5"  # a table's cell under "Tỷ lệ (%)"
    s = score(Document("song", Path("song.txt"), truth), extracted(*PERFECT), checked(), 1)
    assert (s.correct, s.misread) == (4, [])


def test_a_figure_taken_from_an_outside_line_is_a_misread() -> None:
    s = score(DOC, extracted(*PERFECT, claim("c", 2026, 15, 120)), checked(), 1)
    assert [m.split(":")[0] for m in s.misread] == ["15"]


def test_findings_off_the_slip_lines_are_false_alarms_and_slips_on_them_are_found() -> None:
    truth = copy.deepcopy(TRUTH)
    truth["slips"] = [{"kind": "claim-rate", "line": 13, "unit": "cbcc"}]
    doc = Document("song", Path("song.txt"), truth)
    findings = [
        {"kind": "claim-rate", "severity": "error", "line": 13},
        {"kind": "sum-mismatch", "severity": "error", "line": 8},
        {"kind": "claim-rate", "severity": "info", "line": 14},
        {"kind": "statement-not-understood", "severity": "error", "line": 14},
    ]
    s = score(doc, extracted(*PERFECT), checked(findings), 1)
    assert (s.slips, s.found) == (2, 2)
    assert [a.split(":")[0] for a in s.false_alarms] == ["8"]


def test_a_target_said_missed_that_is_met_is_a_false_alarm_and_exit_0_a_false_all_clear() -> None:
    targets = [{**TARGETS[0], "met": False}, {**TARGETS[1], "met": True}]
    s = score(DOC, extracted(*PERFECT), checked(targets=targets), 0)
    assert s.false_alarms == ["target KL40 CBCC: said missed, truth met"]
    assert s.missed_slips == ["target KL40 VC: missed, read met"]
    assert s.false_all_clear


def test_a_targets_verdict_is_its_met_figures_missing_or_not() -> None:
    # Figures missing but the text's own cut below the minimum (met false): missed. A base
    # of 0 (met null, nothing missing): it cannot be told, never "missed".
    stated = {**TARGETS[1], "met": False, "missing": [{"unit": "v", "year": 2021}]}
    zero = {**TARGETS[0], "met": None, "missing": []}
    truth = copy.deepcopy(TRUTH)
    truth["targets"] = [
        {"source": "KL40", "category": "CBCC", "verdict": "unverifiable"},
        {"source": "KL40", "category": "VC", "verdict": "missed"},
    ]
    doc = Document("song", Path("song.txt"), truth)
    s = score(doc, extracted(*PERFECT), checked(targets=[zero, stated]), 1)
    assert (s.missed_slips, s.false_alarms) == ([], [])


def test_a_document_that_could_not_be_extracted_reads_nothing() -> None:
    s = score(DOC, None, None, 2, "no plan")
    assert (s.correct, s.unread, s.found, s.problem) == (0, 4, 0, "no plan")


def test_refusing_a_text_without_staffing_figures_reads_it_right() -> None:
    truth = {"type": "news", "statements": [{"line": 3, "outside": "a date"}], "expected_exit": 2}
    s = score(Document("none", Path("none.txt"), truth), None, None, 2, "no plan")
    assert (s.lines, s.correct, s.unread, s.false_all_clear) == (1, 1, 0, False)


def test_a_unit_whose_only_part_is_itself_named_another_way_is_a_split_not_a_misread() -> None:
    units = [
        {"id": "t", "parts": ["c", "v"]},
        {"id": "c", "category": "CBCC"},
        {"id": "v", "category": "VC"},
        {"id": "v2", "parts": ["v"]},
    ]
    s = score(DOC, extracted(*PERFECT, claim("v2", 2021, 8, 16000), units=units), checked(), 1)
    assert s.misread == []


def test_a_target_on_mixed_units_counts_for_its_own_category_only_if_unverifiable() -> None:
    units = [
        {"id": "t", "category": "MIXED", "parts": ["c", "v"]},
        {"id": "c", "category": "CBCC"},
        {"id": "v", "category": "VC"},
    ]
    truth = copy.deepcopy(TRUTH)
    truth["targets"] = [
        {"source": "KL40", "category": "CBCC", "verdict": "unverifiable"},
        {"source": "KL40", "category": "VC", "verdict": "missed"},
    ]
    doc = Document("song", Path("song.txt"), truth)
    source = "Kết luận số 40-KL/TW"
    targets = [
        {"source": source, "units": ["t"], "min_rate": 5, "missing": [{"unit": "t"}]},
        {"source": source, "units": ["t"], "min_rate": 10, "met": False, "missing": []},
    ]
    s = score(doc, extracted(*PERFECT, units=units), checked(targets=targets), 1)
    assert s.found == 1
    assert s.missed_slips == ["target KL40 VC: missed, read None"]


def test_two_units_with_the_same_figure_map_to_two_truth_units() -> None:
    truth = {
        "type": "hdnd-resolution",
        "units": {"a": {"category": "MIXED"}, "b": {"category": "MIXED"}},
        "statements": [{"line": 3, "figures": {"a": {2014: 123}, "b": {2014: 123}}}],
        "slips": [],
        "targets": [],
        "expected_exit": 0,
    }
    read = {
        "plan": {
            "units": [{"id": "tam-ky"}, {"id": "hoi-an"}],
            "claims": [claim("tam-ky", 2014, 3, 123), claim("hoi-an", 2014, 3, 123)],
        },
        "coverage": {"sentences": [{"line": 3, "status": "understood"}]},
    }
    s = score(Document("d", Path("d.txt"), truth), read, checked(targets=[]), 0)
    assert (s.correct, s.misread, s.not_correct) == (1, [], [])


def test_tied_units_map_by_category_first() -> None:
    truth = {
        "type": "ttg-decision",
        "units": {"dai-dien": {"category": "CBCC"}, "hoi": {"category": "HOI"}},
        "statements": [
            {
                "line": 9,
                "changes": [
                    {"unit": "dai-dien", "year": 2017, "base_year": 2016, "reduction": 0},
                    {"unit": "hoi", "year": 2017, "base_year": 2016, "reduction": 0},
                ],
            }
        ],
        "slips": [],
        "targets": [],
        "expected_exit": 0,
    }
    same = {"reduction": 0, "base_year": 2016}
    read = {
        "plan": {
            "units": [{"id": "x", "category": "HOI"}, {"id": "y"}],
            "claims": [claim("x", 2017, 9, None, same), claim("y", 2017, 9, None, same)],
        },
        "coverage": {"sentences": [{"line": 9, "status": "understood"}]},
    }
    s = score(Document("d", Path("d.txt"), truth), read, checked(targets=[]), 0)
    assert (s.correct, s.misread) == (1, [])


def test_units_of_one_line_read_again_in_another_year_map_to_distinct_keys() -> None:
    """Two bodies given the same figure on one line and again on another ("Phân viện I, II:
    mỗi Phân viện 105 người" in 2024 and 98 in 2025), the reader's units of the second year
    split from the first's: each ties with both keys, and the second year's two units are
    still two truth units (they were both mapped to the first key: a false merge)."""
    truth = {
        "type": "plan",
        "units": {"tong": {"parts": ["a", "b"]}, "a": {}, "b": {}},
        "statements": [
            {"line": 3, "figures": {"a": {2024: 105}, "b": {2024: 105}}},
            {"line": 5, "figures": {"tong": {2025: 196}}},
            {"line": 6, "figures": {"a": {2025: 98}, "b": {2025: 98}}},
        ],
        "slips": [],
        "targets": [],
        "expected_exit": 0,
    }
    read = {
        "plan": {
            "units": [
                {"id": "pv"},
                {"id": "pv-2"},
                {"id": "t", "parts": ["pv-3", "pv-4"]},
                {"id": "pv-3"},
                {"id": "pv-4"},
            ],
            "claims": [
                claim("pv", 2024, 3, 105),
                claim("pv-2", 2024, 3, 105),
                claim("t", 2025, 5, 196),
                claim("pv-3", 2025, 6, 98),
                claim("pv-4", 2025, 6, 98),
            ],
        },
        "coverage": {"sentences": [{"line": n, "status": "understood"} for n in (3, 5, 6)]},
    }
    s = score(Document("d", Path("d.txt"), truth), read, checked(targets=[]), 0)
    assert (s.correct, s.misread) == (3, [])


def test_a_malformed_number_reported_and_nothing_used_is_the_right_reading() -> None:
    truth = copy.deepcopy(TRUTH)
    truth["statements"].append({"line": 16, "malformed": "60,290"})
    doc = Document("song", Path("song.txt"), truth)
    reading = extracted(*PERFECT)
    reading["coverage"]["sentences"].append({"line": 16, "status": "not-understood"})
    found = {"kind": "malformed-number", "severity": "error", "line": 16}
    s = score(doc, reading, checked([found]), 1)
    assert (s.correct, s.unread, s.misread) == (5, 0, [])
    # not reported: the line is not read right
    s = score(doc, reading, checked(), 1)
    assert (s.correct, s.unread) == (4, 1)


def test_parts_read_a_level_lower_than_the_truths_sum_the_same_units() -> None:
    """A total of two blocks, each of two rows, read as the total of the four rows is the
    same sum; missing a row, or counting a block and its own row, is not."""
    from tests.corpus.runner import _same_leaves

    units = {
        "tong": {"parts": ["a", "b", "du-phong"]},
        "a": {"parts": ["a1", "a2"]},
        "b": {"parts": ["b1", "b2"]},
    }
    truth = {"a", "b", "du-phong"}
    assert _same_leaves({"a1", "a2", "b1", "b2", "du-phong"}, truth, units)
    assert _same_leaves({"a", "b1", "b2", "du-phong"}, truth, units)
    assert not _same_leaves({"a1", "a2", "b1", "du-phong"}, truth, units)
    assert not _same_leaves({"a", "a1", "b", "du-phong"}, truth, units)


def test_a_block_holding_only_its_category_line_stands_for_that_line() -> None:
    """A total read as made of two blocks, each holding no figure but its one category line,
    sums the same units as the truth's total of the two categories."""
    from tests.corpus.runner import _mapped_parts

    read = {
        "t": {"parts": ["qlnn", "sn"]},
        "qlnn": {"parts": ["qlnn-cc"]},
        "sn": {"parts": ["sn-vc"]},
    }
    mapping = {"t": "tong", "qlnn-cc": "cc", "sn-vc": "vc"}
    assert sorted(_mapped_parts(["qlnn", "sn"], read, mapping)) == ["cc", "vc"]
    assert _mapped_parts(["x"], read, mapping) == [("?", "x")]


def test_a_line_read_then_closed_by_a_sentence_outside_is_read() -> None:
    """A line whose first sentence is read and whose last is kept outside the plan (a quote's
    closing remark) is understood; an unread sentence before an outside one still makes the
    line unread (the last sentence no longer stands for the whole line when it is outside)."""
    from tests.corpus.runner import line_statuses

    def line(*statuses: str) -> str:
        return line_statuses([{"line": 9, "status": s} for s in statuses])[9]

    assert line("understood", "outside") == "understood"
    assert line("understood", "reference") == "understood"
    assert line("not-understood", "outside") == "not-understood"
    assert line("outside", "reference") == "reference"
    assert line("outside", "understood") == "understood"
    # a sentence not understood is the line's, even before a read one
    assert line("not-understood", "understood") == "not-understood"
    assert line("partial", "understood", "outside") == "partial"
    assert line("partial", "not-understood", "understood") == "not-understood"


# --- one reading per document per session ---------------------------------------------------


def _apart(path: Path) -> tuple[Any, Any]:
    """The two commands run as the runner ran them before it shared their reading."""
    extract = _invoke(["extract", str(path), "--format", "json"], False)
    return extract, _invoke(["check", str(path), "--format", "json"], False)


@pytest.mark.parametrize("refused", [False, True], ids=["read", "refused"])
def test_one_reading_for_both_commands_gives_what_two_readings_give(
    refused: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = next(d for d in documents(CORPUS) if (d.truth["expected_exit"] == 2) is refused)
    readings = []
    original = build.extract_plan

    def counted(text: str, name: str) -> Any:
        readings.append(name)
        return original(text, name)

    monkeypatch.setattr(build, "extract_plan", counted)
    shared = _in_process(str(doc.path))
    assert len(readings) == 1
    assert shared == _apart(doc.path)
    assert len(readings) == 3
    assert (shared[0][0] == 0) is not refused


def test_a_document_is_run_again_when_its_contents_change(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text("Năm 2025, tỉnh được giao 4.000 biên chế công chức.\n", encoding="utf-8")
    first = run_lotrinh(path)
    assert first == run_lotrinh(path)
    assert first[0] is not None
    first[0]["plan"].clear()  # each call parses its own copy
    assert run_lotrinh(path)[0]["plan"]
    path.write_text("Năm 2025, tỉnh được giao 4.100 biên chế công chức.\n", encoding="utf-8")
    again = run_lotrinh(path)
    assert again[0] is not None
    assert [c.get("value") for c in again[0]["plan"]["claims"]] == [4100]


def test_a_truth_is_parsed_once_and_each_caller_gets_its_own_copy(tmp_path: Path) -> None:
    path = tmp_path / "truth.yaml"
    path.write_text("units:\n  cbcc: {category: CBCC}\n", encoding="utf-8")
    first = truth_of(path)
    first["units"].clear()
    assert truth_of(path) == {"units": {"cbcc": {"category": "CBCC"}}}
    path.write_text("units:\n  vc: {category: VC}\n", encoding="utf-8")
    assert truth_of(path) == {"units": {"vc": {"category": "VC"}}}


def test_own_revenue_read_as_the_budgets_or_the_reverse_is_a_misread() -> None:
    """eng-ownrev: a truth unit marked `self_funded` must map to a reader unit of `funding:
    own-revenue`, and a budget-paid one must not; either mismatch is a misread of the unit
    and of its lines (counted in a budget-paid total or a target, or kept out of them)."""
    own = copy.deepcopy(TRUTH)
    own["units"]["vc"]["self_funded"] = True
    doc = Document("song", Path("song.txt"), own)
    plain = [
        {"id": "t", "parts": ["c", "v"]},
        {"id": "c", "category": "CBCC"},
        {"id": "v", "category": "VC"},
    ]
    marked = [*plain[:2], {"id": "v", "category": "VC", "funding": "own-revenue"}]
    assert score(doc, extracted(*PERFECT, units=marked), checked(), 1).misread == []
    s = score(doc, extracted(*PERFECT, units=plain), checked(), 1)
    assert s.misread[0].startswith("unit v: read as budget-paid")
    assert {m.split(":")[0] for m in s.misread[1:]} == {"8", "14"}
    s = score(DOC, extracted(*PERFECT, units=marked), checked(), 1)
    assert s.misread[0].startswith("unit v: read as own-revenue-paid")
