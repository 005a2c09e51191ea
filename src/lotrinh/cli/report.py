"""`lotrinh report`: check plans or documents and write one HTML page to send and print."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from lotrinh.cli.check import (
    FAIL_ON_OPTION,
    PATHS_ARGUMENT,
    FailOn,
    check_files,
    collection_paused,
    exit_code,
    plan_files,
)
from lotrinh.cli.common import (
    FORCE_OPTION,
    LANG_OPTION,
    MAX_BYTES_OPTION,
    ROUNDING_OPTION,
    tell,
)
from lotrinh.cli.files import save
from lotrinh.cli.helptext import bilingual
from lotrinh.numbers import Lang, Rounding, format_count
from lotrinh.render.report import Report

HELP_EN = """HTML report: one self-contained file (no network needed), with charts, printable on A4.

It holds the document's details and the verdict; likely causes and the findings (each with an
anchor to link to); a chart for each level of the unit tree, with the target's minimum
roadmap; the roadmap tables with cells that have findings highlighted. Several files: a
summary table too.

Exit codes as for `lotrinh check`: 0 no finding at or above --fail-on; 1 there is one; 2 could
not run. An existing file is not overwritten without --force."""
"""The command's help in English; its docstring is the Vietnamese."""


def report(
    paths: list[Path] = PATHS_ARGUMENT,
    output: Path = typer.Option(
        ...,
        "--output",
        "-o",
        help=bilingual(
            "Tệp HTML sẽ ghi (ví dụ report.html); '-' để in ra màn hình.",
            "The HTML file to write (e.g. report.html); '-' prints it.",
        ),
        show_default=False,
    ),
    lang: Lang = LANG_OPTION,
    fail_on: FailOn = FAIL_ON_OPTION,
    rounding: Rounding = ROUNDING_OPTION,
    force: bool = FORCE_OPTION,
    max_bytes: int = MAX_BYTES_OPTION,
) -> None:
    """Báo cáo HTML: một tệp tự chứa (không cần mạng), có biểu đồ, in được trên khổ A4.

    Gồm: thông tin văn bản và kết luận; nguyên nhân có thể và các phát hiện (mỗi phát hiện
    có neo để dẫn link); một biểu đồ cho mỗi cấp của cây đơn vị, có đường lộ trình tối thiểu
    của chỉ tiêu; các bảng lộ trình với ô có phát hiện được tô. Nhiều tệp: thêm bảng tổng hợp.

    Mã thoát như `lotrinh check`: 0 không có phát hiện từ mức --fail-on trở lên; 1 có;
    2 không chạy được. Tệp đã có không bị ghi đè nếu thiếu --force.
    """
    from lotrinh.render.html_format import render  # matplotlib and Jinja2: only for this

    files = plan_files(paths, lang)
    with collection_paused():
        results, unusable = check_files(files, lang, rounding, max_bytes)
        checked = Report(tuple(results), lang, fail_on.level)
        if results:
            page = render(checked)
            if str(output) == "-":
                sys.stdout.write(page)
            else:
                save(output, page, force, lang)
                size = format_count(len(page.encode("utf-8")) // 1024 or 1, lang)
                said = (
                    f"wrote {output} ({size} KB)"
                    if lang is Lang.EN
                    else f"đã ghi {output} ({size} KB)"
                )
                tell(said)
    raise typer.Exit(exit_code(checked, unusable))
