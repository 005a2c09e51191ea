"""JUnit XML: goldens, counts that agree with the testcases, failure levels, escaping."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable

import pytest

from lotrinh.core import CheckResult
from lotrinh.findings.finding import Severity
from lotrinh.numbers import Lang
from lotrinh.render import junit_format
from lotrinh.render.report import Report

Golden = Callable[[str, str], None]


def _counts(element: ET.Element) -> tuple[int, int]:
    return int(element.get("tests", "-1")), int(element.get("failures", "-1"))


@pytest.mark.parametrize("name", ["slips", "clean", "long-an"])
def test_golden(results: dict[str, CheckResult], golden: Golden, name: str) -> None:
    golden(f"{name}.junit.xml", junit_format.render(Report((results[name],))))


def test_counts_agree_with_testcases(results: dict[str, CheckResult]) -> None:
    root = ET.fromstring(junit_format.render(Report(tuple(results.values()))))
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [r.plan.path for r in results.values()]
    for suite in suites:
        cases = suite.findall("testcase")
        assert _counts(suite) == (
            len(cases),
            sum(1 for c in cases if c.find("failure") is not None),
        )
        assert suite.get("errors") == "0"
    assert _counts(root) == (
        sum(_counts(s)[0] for s in suites),
        sum(_counts(s)[1] for s in suites),
    )


def test_one_case_per_claim_checked_target_and_other_finding(slips: CheckResult) -> None:
    (suite,) = ET.fromstring(junit_format.render(Report((slips,)))).findall("testsuite")
    names = [case.get("name", "") for case in suite.findall("testcase")]
    # 4 claims checked (vc-2022 cannot be), 1 target, then sum-mismatch, increase, unverifiable
    assert [name.split(":")[0] for name in names] == [
        "cbcc-2024.1",
        "tong-2024.1",
        "tong-2024-2021.1",
        "cbcc-rate.1",
        "kl40-vc",
        "LT101 sum-mismatch",
        "LT103 unexpected-increase",
        "LT206 claim-unverifiable",
    ]
    failed = [
        c.get("name", "").split(":")[0]
        for c in suite.iter("testcase")
        if c.find("failure") is not None
    ]
    assert failed == ["cbcc-2024.1", "cbcc-rate.1", "kl40-vc", "LT101 sum-mismatch"]
    assert _counts(suite) == (8, 4)
    assert slips.claims_checked - slips.claims_consistent == 2  # the two failed claims


def test_failure_level_follows_fail_on(slips: CheckResult) -> None:
    def counts(fail_on: Severity | None) -> tuple[int, int]:
        return _counts(ET.fromstring(junit_format.render(Report((slips,), fail_on=fail_on))))

    assert counts(None) == (8, 0)
    assert counts(Severity.MATERIAL) == (8, 1)
    assert counts(Severity.ERROR) == (8, 4)
    assert counts(Severity.WARNING) == (8, 5)
    assert counts(Severity.INFO) == (8, 6)


def test_failure_and_system_out_content(slips: CheckResult) -> None:
    root = ET.fromstring(junit_format.render(Report((slips,), Lang.EN)))
    cases = {c.get("name", "").split(":")[0]: c for c in root.iter("testcase")}
    failure = cases["cbcc-2024.1"].find("failure")
    assert failure is not None
    assert failure.get("type") == "LT201 claim-difference"
    assert failure.get("message", "").startswith("CBCC 2024: the text says 4 fewer against 2023")
    assert "plans/slips.yaml:14:16: error LT201" in (failure.text or "")
    out = cases["LT103 unexpected-increase"].find("system-out")
    assert out is not None and "warning LT103" in (out.text or "")
    suite_out = root.find("testsuite/system-out")
    assert suite_out is not None and "probably meant 700" in (suite_out.text or "")


def test_markup_and_control_characters_are_escaped(slips: CheckResult) -> None:
    text = junit_format.render(Report((slips,)))
    assert '<b>&"x"' not in text  # escaped, then read back whole
    names = [c.get("name", "") for c in ET.fromstring(text).iter("testcase")]
    assert 'tong-2024.1: Tổng năm 2024 giảm 10 (1%) so với năm 2023 <b>&"x"' in names
    assert "cbcc-rate.1: Dòng một Dòng hai: giảm 35 | tỷ lệ 12% so với năm 2021" in names
    assert junit_format._xml("a\x01b\x0bc\td") == "a\ufffdb\ufffdc\td"


def test_long_quotes_are_cut_at_the_claims_own_comparison(long_an: CheckResult) -> None:
    names = [
        c.get("name", "")
        for c in ET.fromstring(junit_format.render(Report((long_an,)))).iter("testcase")
    ]
    assert "dang-2023.1: …ông chức, 126 viên chức); giảm 25 biên chế so với năm 2022…" in names
    assert all(len(name.split(": ", 1)[1]) <= junit_format.QUOTE_EXCERPT for name in names[:53])
