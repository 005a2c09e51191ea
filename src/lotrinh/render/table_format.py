"""`--format table` (rich, for a terminal) and `--format text` (the same, plain ASCII).

Per file: the roadmap of each unit (years × value, change from the previous year, reduction
and rate against each base year, derived values marked), the targets, the likely causes,
the findings worst first, and a verdict.
"""

from __future__ import annotations

import io
from fractions import Fraction

from rich import box
from rich.console import Console, RenderableType
from rich.table import Table
from rich.text import Text

from lotrinh.core import CheckResult
from lotrinh.core.roadmap import Entry
from lotrinh.core.targets import TargetStatus
from lotrinh.core.values import Origin
from lotrinh.findings.finding import Severity
from lotrinh.numbers import Lang, format_count, format_percent
from lotrinh.render import messages
from lotrinh.render.report import Report, code, severity, severity_counts, severity_label

TEXT_WIDTH = 120
ROADMAP_LIMIT = 40
"""Roadmap tables shown per file: a national roll-up of thousands of units is read in JSON,
not as thousands of tables on a terminal."""

_STYLE = {
    Severity.MATERIAL: "bold white on red",
    Severity.ERROR: "bold red",
    Severity.WARNING: "yellow",
    Severity.INFO: "cyan",
}


def render_text(report: Report) -> str:
    """Plain text: ASCII tables, no colour, a fixed width so that output is reproducible."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=TEXT_WIDTH,
        color_system=None,
        no_color=True,
        force_terminal=False,
        legacy_windows=False,
        emoji=False,
        highlight=False,
    )
    for renderable in renderables(report, box.ASCII2):
        console.print(renderable)
    return buffer.getvalue()


def renderables(report: Report, style: box.Box = box.ROUNDED) -> list[RenderableType]:
    """Everything to print, for a rich console."""
    out: list[RenderableType] = []
    for result in report.results:
        out.extend(_file(result, report, style))
    return out


def _file(result: CheckResult, report: Report, style: box.Box) -> list[RenderableType]:
    lang = report.lang
    plan = result.plan
    heading = " · ".join(part for part in (plan.meta.number, plan.meta.title) if part)
    out: list[RenderableType] = [
        Text(f"{plan.path}" + (f" — {heading}" if heading else ""), style="bold")
    ]
    rows = [(unit, entries) for unit, entries in result.roadmap.rows.items() if entries]
    for unit, entries in rows[:ROADMAP_LIMIT]:
        out.append(_roadmap_table(result, unit, entries, lang, style))
    if len(rows) > ROADMAP_LIMIT:
        hidden = len(rows) - ROADMAP_LIMIT
        out.append(
            Text(
                _t(
                    lang,
                    f"… và {format_count(hidden, lang)} đơn vị khác: xem toàn bộ "
                    "bằng --format json",
                    f"… and {format_count(hidden, lang)} more "
                    "units: see them all with --format json",
                ),
                style="dim",
            )
        )
    if any(e.origin is Origin.DERIVED for entries in result.roadmap.rows.values() for e in entries):
        out.append(
            Text(
                _t(
                    lang,
                    "* số suy ra từ các câu của văn bản, không phải số văn bản nêu",
                    "* derived from the text's claims, not stated by it",
                ),
                style="dim",
            )
        )
    if result.targets:
        out.append(_targets_table(result, lang, style))
    out.extend(
        Text(messages.cause_text(c, plan, result.findings, lang), style="bold magenta")
        for c in result.causes
    )
    if result.findings:
        out.append(_findings_table(result, report, style))
    out.append(_verdict(result, report))
    return out


def _roadmap_table(
    result: CheckResult, unit: str, entries: tuple[Entry, ...], lang: Lang, style: box.Box
) -> Table:
    known = {entry.year for entry in entries}
    bases = [base for base in result.roadmap.base_years if base in known]
    table = Table(title=result.plan.units[unit].label, box=style, title_justify="left")
    table.add_column(_t(lang, "Năm", "Year"), justify="right")
    table.add_column(_t(lang, "Biên chế", "Posts"), justify="right")
    table.add_column(_t(lang, "So với năm trước", "vs previous"), justify="right")
    for base in bases:
        table.add_column(_t(lang, f"Giảm so với {base}", f"Cut vs {base}"), justify="right")
        table.add_column("%", justify="right")
    for entry in entries:
        derived = entry.origin is Origin.DERIVED
        value = format_count(entry.value, lang) + ("*" if derived else "")
        change = "" if entry.change is None else _signed(entry.change, lang)
        cells = [str(entry.year), value, change]
        against = {a.base_year: a for a in entry.against}
        for base in bases:
            item = against.get(base)
            cells += (
                ["", ""]
                if item is None
                else [format_count(item.reduction, lang), _rate(item.rate, lang)]
            )
        table.add_row(*cells, style="dim" if derived else None)
    return table


def _targets_table(result: CheckResult, lang: Lang, style: box.Box) -> Table:
    table = Table(title=_t(lang, "Chỉ tiêu", "Targets"), box=style, title_justify="left")
    for header in (
        _t(lang, "Chỉ tiêu", "Target"),
        _t(lang, "Nguồn", "Source"),
        _t(lang, "Tối thiểu", "Minimum"),
        _t(lang, "Gốc", "Base"),
        _t(lang, "Năm đạt", "Deadline"),
        _t(lang, "Cần giảm", "Needed"),
        _t(lang, "Kế hoạch giảm", "Planned cut"),
        _t(lang, "Kết quả", "Result"),
    ):
        table.add_column(header)
    for status in result.targets:
        target = status.target
        table.add_row(
            target.id,
            target.source,
            target.min_rate.text,
            f"{target.base_year}: {_count(status.base, lang)}",
            f"{target.deadline}: {_count(status.value, lang)}",
            _count(status.needed, lang),
            _achieved(status, lang),
            _verdict_of(status, lang),
        )
    return table


def _achieved(status: TargetStatus, lang: Lang) -> str:
    if status.achieved is None or not status.base:
        return "—"
    rate = Fraction(100 * status.achieved, status.base)
    return f"{format_count(status.achieved, lang)} ({_rate(rate, lang)})"


def _verdict_of(status: TargetStatus, lang: Lang) -> Text:
    if status.met is None:
        return Text(_t(lang, "không kiểm tra được", "cannot tell"), style="yellow")
    if status.met:
        return Text(_t(lang, "đạt", "met"), style="green")
    return Text(_t(lang, "KHÔNG ĐẠT", "MISSED"), style="bold red")


def _findings_table(result: CheckResult, report: Report, style: box.Box) -> Table:
    lang = report.lang
    table = Table(
        title=_t(lang, "Phát hiện", "Findings"), box=style, title_justify="left", show_lines=True
    )
    table.add_column(_t(lang, "Mức", "Severity"))
    table.add_column(_t(lang, "Mã", "Code"))
    table.add_column(_t(lang, "Vị trí", "Where"))
    table.add_column(_t(lang, "Nội dung", "Finding"), ratio=1)
    for finding in result.findings:
        level = severity(finding)
        body = Text(messages.message(finding, lang))
        for hint in messages.hints(finding, lang):
            body.append("\n→ " + hint, style="italic")
        table.add_row(
            Text(severity_label(level, lang), style=_STYLE[level]),
            f"{code(finding)}\n{finding.kind}",
            f"{finding.position.line}:{finding.position.column}",
            body,
        )
    return table


def _verdict(result: CheckResult, report: Report) -> Text:
    lang = report.lang
    counts = severity_counts(result.findings)
    parts = ", ".join(
        f"{format_count(n, lang)} {severity_label(Severity(level), lang)}"
        for level, n in counts.items()
    )
    checked = format_count(result.claims_checked, lang)
    consistent = format_count(result.claims_consistent, lang)
    wrong = format_count(result.claims_checked - result.claims_consistent, lang)
    failed = any(report.failing(f) for f in result.findings)
    if lang is Lang.EN:
        line = (
            f"Verdict: {checked} claims checked, {consistent} consistent, {wrong} not; "
            f"findings: {parts}."
        )
    else:
        line = (
            f"Kết luận: đã kiểm tra {checked} nhận định, {consistent} khớp, {wrong} không khớp; "
            f"phát hiện: {parts}."
        )
    return Text(line, style="bold red" if failed else "bold green")


def _signed(value: int, lang: Lang) -> str:
    return ("+" if value > 0 else "") + format_count(value, lang)


def _count(value: int | None, lang: Lang) -> str:
    return "—" if value is None else format_count(value, lang)


def _rate(rate: Fraction, lang: Lang) -> str:
    return format_percent(rate, 2, lang)


def _t(lang: Lang, vi: str, en: str) -> str:
    return en if lang is Lang.EN else vi
