"""`lotrinh check`: load plans, check them, render the findings, choose the exit code."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path

import typer

from lotrinh.cli.common import (
    LANG_OPTION,
    MAX_BYTES_OPTION,
    Exit,
    fail_usage,
    print_notes,
    print_problems,
)
from lotrinh.core import CheckResult, check_plan
from lotrinh.findings.finding import Severity
from lotrinh.loading import LoadError
from lotrinh.loading.sources import Loaded, load_any
from lotrinh.numbers import Lang, Rounding
from lotrinh.render.formats import Format, renderer
from lotrinh.render.report import Report

PLAN_SUFFIXES = (".yaml", ".yml")


class FailOn(StrEnum):
    """The lowest severity that makes the exit code 1."""

    MATERIAL = "material"
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    NEVER = "never"

    @property
    def level(self) -> Severity | None:
        """The severity it stands for; None never fails."""
        return None if self is FailOn.NEVER else Severity(self.value)


FAIL_ON_OPTION = typer.Option(FailOn.ERROR, "--fail-on", help="Mức thấp nhất làm lệnh trả về mã 1.")
ROUNDING_OPTION = typer.Option(
    Rounding.HALF_UP, "--rounding", help="Cách văn bản làm tròn tỷ lệ (Excel: half-up)."
)
PATHS_ARGUMENT = typer.Argument(
    ...,
    help="Tệp kế hoạch (.yaml), thư mục chứa chúng, văn bản (.txt, .md, .docx, .pdf) hoặc "
    "sổ tính Excel (.xlsx).",
    show_default=False,
)


def check(
    paths: list[Path] = PATHS_ARGUMENT,
    fmt: Format = typer.Option(Format.TABLE, "--format", "-f", help="Định dạng kết quả."),
    lang: Lang = LANG_OPTION,
    fail_on: FailOn = FAIL_ON_OPTION,
    rounding: Rounding = ROUNDING_OPTION,
    max_bytes: int = MAX_BYTES_OPTION,
) -> None:
    """Kiểm tra kế hoạch: tổng, số suy ra, các nhận định, xu hướng, chỉ tiêu.

    Văn bản (.txt, .md, .docx, .pdf) được trích trong bộ nhớ rồi kiểm tra; phát hiện chỉ vào dòng
    của văn bản. Thư mục chỉ được tìm tệp .yaml/.yml: văn bản phải ghi tên rõ.

    Mã thoát: 0 không có phát hiện từ mức --fail-on trở lên; 1 có; 2 không chạy được
    (tham số sai, tệp không đọc được hoặc không hợp lệ).
    """
    files = plan_files(paths, lang)
    with collection_paused():
        results, unusable = check_files(files, lang, rounding, max_bytes)
        report = Report(tuple(results), lang, fail_on.level)
        if results:
            _emit(report, fmt)
    raise typer.Exit(exit_code(report, unusable))


def check_files(
    files: list[Path], lang: Lang, rounding: Rounding, max_bytes: int
) -> tuple[list[CheckResult], bool]:
    """Every file loaded and checked, in order; load problems printed. Also returns whether
    any file could not be used."""
    results: list[CheckResult] = []
    unusable = False
    for path in files:
        try:
            loaded = load_any(path, max_bytes)
        except LoadError as exc:
            print_problems(exc, lang)
            unusable = True
            continue
        if loaded.coverage is not None:
            _say_coverage(loaded, path, lang)
        print_notes(loaded.notes, lang)
        results.append(check_plan(loaded.plan, rounding, reading=loaded.reading))
    return results, unusable


def exit_code(report: Report, unusable: bool) -> Exit:
    """2 when a file could not be used, else 1 when a finding reaches the failure level."""
    if unusable:
        return Exit.UNUSABLE
    return Exit.FINDINGS if report.failed else Exit.OK


def _say_coverage(loaded: Loaded, path: Path, lang: Lang) -> None:
    """A document's sentences that were not understood are not checked: say so, on stderr."""
    from lotrinh.extract.result import Status

    coverage = loaded.coverage
    assert coverage is not None
    whole, partly, missed = (
        coverage.count(s) for s in (Status.UNDERSTOOD, Status.PARTIAL, Status.NOT_UNDERSTOOD)
    )
    if lang is Lang.EN:
        line = (
            f"{path}: of the sentences with quantities, {whole} were understood, {partly} "
            f"partly, {missed} not (those are not checked, LT401; details: lotrinh extract "
            f"{path})"
        )
    else:
        line = (
            f"{path}: các câu có số lượng: {whole} hiểu hết, {partly} hiểu một phần, {missed} "
            f"không hiểu (không được kiểm tra, LT401; chi tiết: lotrinh extract {path})"
        )
    print(line, file=sys.stderr)


@contextmanager
def collection_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a plan is loaded, checked and rendered.

    These phases allocate millions of small objects and free almost none, so the collector's
    repeated full passes are pure cost (about half the time on a 10.000-unit plan) and grow
    with the heap, which made the cost superlinear. A check creates no reference cycles that
    matter within one run; the collector is restored afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def plan_files(paths: list[Path], lang: Lang) -> list[Path]:
    """Files as given; directories searched (sorted) for .yaml/.yml plans only, so that a
    folder's notes and documents are never checked unless named."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.suffix in PLAN_SUFFIXES and p.is_file())
            )
        else:
            files.append(path)  # a missing file is reported by the loader, with its name
    if not files:
        fail_usage(
            "không tìm thấy tệp kế hoạch nào (.yaml, .yml)",
            "no plan file found (.yaml, .yml)",
            lang,
        )
    return files


def _emit(report: Report, fmt: Format) -> None:
    if fmt is Format.AUTO:
        fmt = Format.GITHUB if os.environ.get("GITHUB_ACTIONS") == "true" else Format.TABLE
        if fmt is Format.GITHUB:
            _write_step_summary(report)
    if fmt is Format.TABLE and sys.stdout.isatty():
        from rich.console import Console

        from lotrinh.render.table_format import renderables

        console = Console()
        for renderable in renderables(report):
            console.print(renderable)
        return
    sys.stdout.write(renderer(fmt)(report))


def _write_step_summary(report: Report) -> None:
    """GitHub shows only 10 annotations a step: the full report goes to the job summary."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    from lotrinh.render.github_format import step_summary

    with Path(target).open("a", encoding="utf-8") as summary:
        summary.write(step_summary(report))
