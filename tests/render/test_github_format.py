"""GitHub workflow commands: escaping, levels, worst first, and the step summary."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import pytest

from lotrinh.core import CheckResult
from lotrinh.findings.finding import Severity
from lotrinh.numbers import Lang
from lotrinh.render import github_format, markdown_format, messages
from lotrinh.render.report import Report, severity

Golden = Callable[[str, str], None]
COMMAND = re.compile(r"::(?P<name>[a-z]+) (?P<props>[^:]*)::(?P<data>.*)")


def _unescape_data(text: str) -> str:
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def _unescape_property(text: str) -> str:
    return _unescape_data(text.replace("%3A", ":").replace("%2C", ","))


def _parse(line: str) -> tuple[str, dict[str, str], str]:
    match = COMMAND.fullmatch(line)
    assert match, line
    props = dict(item.split("=", 1) for item in match["props"].split(","))
    return match["name"], {k: _unescape_property(v) for k, v in props.items()}, match["data"]


@pytest.mark.parametrize("name", ["slips", "clean", "long-an"])
def test_golden(results: dict[str, CheckResult], golden: Golden, name: str) -> None:
    golden(f"{name}.github.txt", github_format.render(Report((results[name],))))


def test_escaping_rules() -> None:
    assert github_format.escape_data("50% a,b: c\r\nd") == "50%25 a,b: c%0D%0Ad"
    assert github_format.escape_property("a,b: 5%\n") == "a%2Cb%3A 5%25%0A"
    # % first: a literal "%0A" must not come back as a newline
    assert _unescape_data(github_format.escape_data("%0A")) == "%0A"


def test_message_with_percent_newline_comma_colon_round_trips(slips: CheckResult) -> None:
    result = replace(slips, plan=replace(slips.plan, path="plans/đợt 1,bản:2.yaml"))
    lines = github_format.render(Report((result,))).splitlines()
    rate = next(f for f in result.findings if f.kind == "claim-rate")
    expected = messages.message(rate, Lang.VI) + "\n" + messages.suggestion(rate, Lang.VI)
    assert all(ch in expected for ch in "%\n,:")
    parsed = [_parse(line) for line in lines]
    name, props, data = next(p for p in parsed if p[1]["title"] == "LT204 claim-rate")
    assert name == "error"
    assert props == {
        "file": "plans/đợt 1,bản:2.yaml",
        "line": str(rate.position.line),
        "col": str(rate.position.column),
        "title": "LT204 claim-rate",
    }
    assert "\n" not in data and "\r" not in data
    assert _unescape_data(data) == expected
    assert len(lines) == len(result.findings) + len(result.causes)


def test_levels_and_worst_first(slips: CheckResult, long_an: CheckResult) -> None:
    lines = github_format.render(Report((slips, long_an))).splitlines()
    names = [_parse(line)[0] for line in lines]
    order = {"error": 0, "warning": 1, "notice": 2}
    assert names == sorted(names, key=order.__getitem__)
    titles = [_parse(line)[1]["title"] for line in lines]
    assert titles[0] == "LT301 target-missed"  # material before ordinary errors
    notices = [t for n, t in zip(names, titles, strict=True) if n == "notice"]
    assert notices == ["lotrinh: nguyên nhân có thể"] * 2 + ["LT206 claim-unverifiable"]
    assert github_format.LEVELS[Severity.MATERIAL] == "error"
    assert {severity(f) for f in slips.findings} == set(Severity)


def test_step_summary_is_the_markdown_report(slips: CheckResult, long_an: CheckResult) -> None:
    one = Report((slips,))  # 3 errors: nothing dropped
    assert github_format.step_summary(one) == markdown_format.render(one)
    two = Report((long_an, slips), Lang.EN)  # 14 errors: GitHub drops 4
    summary = github_format.step_summary(two)
    assert "> GitHub shows only 10 annotations of each type" in summary
    assert summary.replace(summary.split("\n\n")[1] + "\n\n", "", 1) == markdown_format.render(two)
