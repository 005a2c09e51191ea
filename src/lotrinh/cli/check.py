"""`lotrinh check`: load plans, check them, render the findings, choose the exit code.

Settings (cli.settings), discovery (cli.discover) and the filters a finding goes through
(cli.triage) live in their own modules; this one wires them together.
"""

from __future__ import annotations

import gc
import shlex
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import NoReturn

import typer

from lotrinh.cli.common import (
    FORCE_OPTION,
    Exit,
    fail_load,
    fail_usage,
    print_notes,
    print_problems,
)
from lotrinh.cli.discover import Discovery
from lotrinh.cli.helptext import bilingual
from lotrinh.cli.output import emit, say
from lotrinh.cli.settings import FLAG_HELP, FailOn, Resolver, Settings, describe, option_help
from lotrinh.cli.triage import figure_lines, narrow, use_baseline, write_baseline_file
from lotrinh.core import CheckResult, check_plan
from lotrinh.loading import LoadError
from lotrinh.loading.decode import DEFAULT_MAX_BYTES
from lotrinh.loading.errors import Problem
from lotrinh.numbers import Lang, Rounding
from lotrinh.render.formats import Format
from lotrinh.render.report import Invocation, Report, Show
from lotrinh.sources import Loaded, load_any, load_stdin

STDIN = "-"
"""The path that stands for standard input."""


def _help(name: str) -> str:
    """A configuration key's flag help, declared with its English twin."""
    return bilingual(option_help(name), option_help(name, Lang.EN))


def _flag(name: str) -> str:
    """A flag's help (not a configuration key), declared with its English twin."""
    return bilingual(*FLAG_HELP[name])


__all__ = ["FailOn", "check", "check_files", "collection_paused", "exit_code", "plan_files"]

# Shared with `lotrinh report`, which has no configuration of its own.
FAIL_ON_OPTION = typer.Option(
    FailOn.ERROR,
    "--fail-on",
    help=bilingual(
        "Mức thấp nhất làm lệnh trả về mã 1.", "The lowest severity that makes the exit code 1."
    ),
)
PATHS_ARGUMENT = typer.Argument(
    ...,
    metavar="TỆP...",
    help=bilingual(
        "Tệp kế hoạch (.yaml), thư mục chứa chúng, văn bản (.txt, .md, .docx, .pdf), sổ tính "
        "Excel (.xlsx), hoặc - để đọc từ đầu vào chuẩn.",
        "Plan files (.yaml), folders of them, documents (.txt, .md, .docx, .pdf), "
        "Excel workbooks (.xlsx), or - to read standard input.",
    ),
    show_default=False,
)
HELP_EN = """Check plans: sums, derived figures, claims, trends, targets.

Documents (.txt, .md, .docx, .pdf) are extracted in memory and checked; findings point at the
document's lines. Folders are searched for plan files (YAML with a `lotrinh: 1` line), and for
documents too with --documents. Configuration: [tool.lotrinh] in pyproject.toml or
lotrinh.toml (see docs/ci.md); command-line options override it.

Exit codes: 0 no finding at or above --fail-on; 1 there is one; 2 could not run (bad
arguments, a file that cannot be read or is not valid)."""
"""The command's help in English; its docstring is the Vietnamese."""


def check(
    paths: list[Path] = PATHS_ARGUMENT,
    fmt: Format | None = typer.Option(
        None, "--format", "-f", help=_help("format"), show_default=False
    ),
    show: Show = typer.Option(
        Show.FINDINGS,
        "--show",
        help=bilingual(
            "Phần hiện ở dạng bảng: findings (kết luận, nguyên nhân, phát hiện, chỉ tiêu), "
            "roadmap (thêm bảng lộ trình từng đơn vị), all (mọi bảng).",
            "What the table view shows: findings (verdict, causes, findings, targets), roadmap "
            "(adds each unit's roadmap table), all (every table).",
        ),
    ),
    quiet: bool = typer.Option(
        False,
        "--quiet",
        "-q",
        help=bilingual("Chỉ in kết luận của mỗi tệp.", "Print each file's verdict only."),
    ),
    output: Path | None = typer.Option(
        None,
        "--output",
        "-o",
        help=bilingual(
            "Ghi kết quả vào tệp (không ghi đè nếu thiếu --force).",
            "Write the report to this file (never over an existing one without --force).",
        ),
    ),
    force: bool = FORCE_OPTION,
    stdin_name: str | None = typer.Option(
        None,
        "--stdin-name",
        help=bilingual(
            "Tên cho dữ liệu đọc từ -, ví dụ x.docx: đuôi .txt, .md, .docx là văn bản, còn lại "
            "là kế hoạch YAML.",
            "A name for what - reads, e.g. x.docx: .txt, .md and .docx are documents, anything "
            "else a YAML plan.",
        ),
    ),
    lang: Lang | None = typer.Option(
        None, "--lang", envvar="LOTRINH_LANG", help=_help("lang"), show_default=False
    ),
    fail_on: FailOn | None = typer.Option(
        None,
        "--fail-on",
        help=_help("fail-on"),
        show_default=False,
    ),
    rounding: Rounding | None = typer.Option(
        None,
        "--rounding",
        help=_help("rounding"),
        show_default=False,
    ),
    max_bytes: int | None = typer.Option(
        None,
        "--max-bytes",
        min=1,
        help=_help("max-bytes"),
        show_default=False,
    ),
    select: str | None = typer.Option(None, "--select", help=_help("select"), show_default=False),
    ignore: str | None = typer.Option(None, "--ignore", help=_help("ignore"), show_default=False),
    exclude: str | None = typer.Option(
        None,
        "--exclude",
        help=_help("exclude"),
        show_default=False,
    ),
    documents: bool = typer.Option(False, "--documents", help=_help("documents")),
    config: Path | None = typer.Option(None, "--config", help=_flag("config"), show_default=False),
    isolated: bool = typer.Option(False, "--isolated", help=_flag("isolated")),
    force_exclude: bool = typer.Option(
        False,
        "--force-exclude",
        help=_flag("force-exclude"),
    ),
    show_settings: bool = typer.Option(False, "--show-settings", help=_flag("show-settings")),
    baseline: Path | None = typer.Option(
        None,
        "--baseline",
        help=_help("baseline"),
        show_default=False,
    ),
    write_baseline: Path | None = typer.Option(
        None,
        "--write-baseline",
        help=_flag("write-baseline"),
        show_default=False,
    ),
    show_suppressed: bool = typer.Option(False, "--show-suppressed", help=_flag("show-suppressed")),
    statistics: bool = typer.Option(False, "--statistics", help=_flag("statistics")),
) -> None:
    """Kiểm tra kế hoạch: tổng, số suy ra, các nhận định, xu hướng, chỉ tiêu.

    Văn bản (.txt, .md, .docx, .pdf) được trích trong bộ nhớ rồi kiểm tra; phát hiện chỉ vào
    dòng của văn bản. Thư mục được tìm tệp kế hoạch (YAML có dòng `lotrinh: 1`), và cả văn bản
    nếu có --documents. Cấu hình: [tool.lotrinh] trong pyproject.toml hoặc lotrinh.toml (xem
    docs/ci.md); tham số dòng lệnh ghi đè cấu hình.

    Mã thoát: 0 không có phát hiện từ mức --fail-on trở lên; 1 có; 2 không chạy được
    (tham số sai, tệp không đọc được hoặc không hợp lệ).
    """
    flags = {
        "format": fmt,
        "lang": lang,
        "fail-on": fail_on,
        "rounding": rounding,
        "max-bytes": max_bytes,
        "select": _listed(select),
        "ignore": _listed(ignore),
        "exclude": _listed(exclude),
        "documents": documents or None,
        "baseline": baseline,
    }
    try:
        resolver = Resolver(config, isolated, flags, Path.cwd())
    except LoadError as exc:
        fail_load(exc, lang or Lang.VI)
    run = resolver.run
    if show_settings:
        _show_settings(paths, resolver)
    try:  # a folder's configuration decides its `exclude`: a bad one stops the search
        files = Discovery(resolver.for_path, documents).files(paths, force_exclude)
    except LoadError as exc:
        fail_load(exc, run.lang)
    if not files and not force_exclude:
        _no_plan(run.lang)
    with collection_paused():
        results, unusable = check_files(
            files, run.lang, settings_for=resolver.for_path, stdin_name=stdin_name
        )
        if write_baseline is not None:
            write_baseline_file(write_baseline, tuple(results), unusable, run.lang)
        gone = None
        in_use = run.baseline_path()
        if in_use is not None:
            results, gone = use_baseline(in_use, results, run.lang)
        report = Report(tuple(results), run.lang, run.fail_on.level, baseline_gone=gone, show=show)
        if run.format is Format.SARIF:
            report = _for_sarif(report, unusable)
        if show_suppressed:
            from lotrinh.render.statistics import suppressed_lines

            sys.stderr.write(suppressed_lines(report))
        if statistics:
            from lotrinh.render.statistics import render_statistics

            sys.stdout.write(render_statistics(report))
        elif results:
            emit(report, run.format, quiet, output, force)
    raise typer.Exit(exit_code(report, unusable))


def check_files(
    files: list[Path],
    lang: Lang,
    rounding: Rounding = Rounding.HALF_UP,
    max_bytes: int = DEFAULT_MAX_BYTES,
    settings_for: Callable[[Path], Settings] | None = None,
    stdin_name: str | None = None,
) -> tuple[list[CheckResult], bool]:
    """Every file loaded, checked and narrowed (suppression comments, then the kinds its
    settings select), in order; load problems printed. Also returns whether any file could
    not be used. Without `settings_for`, every file has the defaults with this rounding and
    size limit (`lotrinh report`)."""
    if settings_for is None:
        settings_for = _same_for_all(Settings(rounding=rounding, max_bytes=max_bytes))
    results: list[CheckResult] = []
    said: list[list[Problem]] = []
    unusable = False
    for path in files:
        try:
            settings = settings_for(path)
            loaded = (
                load_stdin(sys.stdin.buffer, stdin_name, settings.max_bytes)
                if str(path) == STDIN
                else load_any(path, settings.max_bytes)
            )
            plan = check_plan(loaded.plan, settings.rounding, reading=loaded.reading)
            result = narrow(plan, settings, path)
        except LoadError as exc:
            if exc.problems not in said:  # a bad configuration is said once, not per file
                print_problems(exc, lang)
                said.append(exc.problems)
            unusable = True
            continue
        if loaded.coverage is not None:
            _say_coverage(loaded, path, lang)
        print_notes(loaded.notes, lang)
        results.append(result)
    return results, unusable


def _same_for_all(settings: Settings) -> Callable[[Path], Settings]:
    return lambda _: settings


def exit_code(report: Report, unusable: bool) -> Exit:
    """2 when a file could not be used, else 1 when a finding reaches the failure level."""
    if unusable:
        return Exit.UNUSABLE
    return Exit.FINDINGS if report.failed else Exit.OK


def plan_files(paths: list[Path], lang: Lang) -> list[Path]:
    """Files as given; folders searched for plan files (YAML with `lotrinh: 1`) with the
    default settings (`lotrinh report`, which reads no configuration)."""
    files = Discovery(_same_for_all(Settings()), documents=False).files(paths, False)
    if not files:
        _no_plan(lang)
    return files


def _no_plan(lang: Lang) -> NoReturn:
    fail_usage(
        "không tìm thấy tệp kế hoạch nào (YAML có dòng lotrinh: 1)",
        "no plan file found (YAML with a lotrinh: 1 line)",
        lang,
    )


def _for_sarif(report: Report, unusable: bool) -> Report:
    """SARIF records the run itself and proposes the likely causes' corrections as fixes."""
    code = exit_code(report, unusable)
    command = shlex.join(["lotrinh", *sys.argv[1:]])
    return replace(
        report,
        invocation=Invocation(command, int(code)),
        figure_lines=figure_lines(report.results),
    )


def _listed(value: str | None) -> tuple[str, ...] | None:
    """A comma-separated flag value as the list the configuration key holds."""
    if value is None:
        return None
    return tuple(item.strip() for item in value.split(",") if item.strip())


def _show_settings(paths: list[Path], resolver: Resolver) -> NoReturn:
    lang = resolver.run.lang
    for path in paths:
        try:
            settings = resolver.for_path(path)
        except LoadError as exc:
            fail_load(exc, lang)
        sys.stdout.write(f"{path}:\n{describe(settings, lang)}")
    raise typer.Exit(Exit.OK)


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
    say(line, sys.stderr)


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
