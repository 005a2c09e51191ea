"""Markdown: goldens, table escaping, causes first, both languages."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from lotrinh.core import CheckResult
from lotrinh.numbers import Lang
from lotrinh.render import markdown_format
from lotrinh.render.report import Report

Golden = Callable[[str, str], None]


@pytest.mark.parametrize("name", ["slips", "clean", "long-an"])
@pytest.mark.parametrize("lang", list(Lang))
def test_golden(results: dict[str, CheckResult], golden: Golden, name: str, lang: Lang) -> None:
    golden(f"{name}.{lang.value}.md", markdown_format.render(Report((results[name],), lang)))


def test_escape_keeps_a_table_cell_whole() -> None:
    assert markdown_format.escape("a|b\nc\r\nd") == r"a\|b<br>c<br>d"
    assert markdown_format.escape("<b>*x*</b> & `y`") == r"\<b\>\*x\*\</b\> \& \`y\`"


def test_every_table_row_has_five_cells(slips: CheckResult) -> None:
    text = markdown_format.render(Report((slips,)))
    rows = [line for line in text.splitlines() if line.startswith("|")]
    assert len(rows) == 2 + len(slips.findings)
    assert "Tổng \\| toàn tỉnh" in text  # the unit name's pipe, escaped
    for row in rows:
        assert len(re.findall(r"(?<!\\)\|", row)) == 6, row


def test_summary_and_verdict(slips: CheckResult, clean: CheckResult) -> None:
    text = markdown_format.render(Report((slips, clean)))
    assert (
        "Nhận định đã kiểm tra: 4 (2 nhất quán, 2 không). "
        "Phát hiện: 6 (1 trọng yếu, 3 lỗi, 1 cảnh báo, 1 thông tin)."
    ) in text
    assert text.count("Kết quả: **không đạt**") == 1
    assert text.count("Kết quả: **đạt**") == 1
    assert "Không có phát hiện nào." in text
    assert markdown_format.render(Report((slips,), fail_on=None)).count("**đạt**") == 1


def test_causes_come_before_findings(slips: CheckResult) -> None:
    text = markdown_format.render(Report((slips,), Lang.EN))
    cause = text.index("### Likely causes")
    assert cause < text.index("### Findings")
    assert "VC: y tế, giáo dục 2023 is written 600, probably meant 700" in text[cause:]
    assert "(at plans/slips.yaml:" in text


def test_english_words(slips: CheckResult) -> None:
    text = markdown_format.render(Report((slips,), Lang.EN))
    assert "| Severity | Code | Position | Message | Suggestion |" in text
    assert "| material | LT301 target-missed | plans/slips.yaml:" in text
