"""`--format table` (rich, for a terminal) and `--format text` (the same, plain ASCII).

Findings first, because that is what a reader came for: per file, the verdict in words, the
likely causes with their positions, the findings worst first, the targets, and the verdict
again at the end (where a terminal leaves the reader). The roadmap of each unit (years ×
value, change from the previous year, reduction and rate against each base year, derived
values marked) follows only with `--show roadmap` or `--show all`.
"""

from __future__ import annotations

from typing import Any

from lotrinh.core import CheckResult
from lotrinh.core.roadmap import Entry
from lotrinh.core.targets import TargetStatus
from lotrinh.core.values import Origin
from lotrinh.findings.finding import Severity
from lotrinh.numbers import Lang, format_count
from lotrinh.render import figures, messages
from lotrinh.render.blocks import Block, Cell, Column, Grid, Line
from lotrinh.render.plain import to_text
from lotrinh.render.report import Report, Show, code, severity, severity_label
from lotrinh.render.verdict import STYLE, verdict_line

MESSAGE_WIDTH = 40
"""Narrowest a finding's message may be drawn in a table; narrower, the table is stacked."""

ROADMAP_LIMIT = 40
"""Roadmap tables shown per file with `--show roadmap`: a national roll-up of thousands of
units is read in JSON (or with `--show all`), not as thousands of tables on a terminal."""

_STYLE = {
    Severity.MATERIAL: "bold white on red",
    Severity.ERROR: "bold red",
    Severity.WARNING: "yellow",
    Severity.INFO: "cyan",
}


def render_text(report: Report) -> str:
    """Plain text: ASCII tables, no colour, at the report's width."""
    return to_text(blocks(report), report.width)


def renderables(report: Report) -> list[Any]:
    """The same, as rich renderables for a terminal (rich is imported only here)."""
    from lotrinh.render.rich_blocks import to_renderables

    return to_renderables(blocks(report), report.width)


def blocks(report: Report) -> list[Block]:
    """Everything the report shows, laid out once for both drawings."""
    out: list[Block] = []
    for result in report.results:
        out.extend(_file(result, report))
    return out


def _file(result: CheckResult, report: Report) -> list[Block]:
    lang = report.lang
    plan = result.plan
    heading = " · ".join(part for part in (plan.meta.number, plan.meta.title) if part)
    verdict = Line(verdict_line(result, report), STYLE[report.verdict(result.findings)])
    out: list[Block] = [Line(f"{plan.path}" + (f" — {heading}" if heading else ""), "bold")]
    out.append(verdict)
    out.extend(
        Line(messages.cause_text(c, plan, result.findings, lang), "bold magenta")
        for c in result.causes
    )
    if result.findings:
        out.append(_findings_table(result, report))
    if result.targets:
        out.append(_targets_table(result, lang))
    if report.show is not Show.FINDINGS:
        out.extend(_roadmap(result, report))
    if len(out) > 2:
        out.append(verdict)
    return out


def _roadmap(result: CheckResult, report: Report) -> list[Block]:
    lang = report.lang
    limit = None if report.show is Show.ALL else ROADMAP_LIMIT
    out: list[Block] = []
    shown, more = 0, 0
    for unit, entries in result.roadmap.rows():
        if entries and (limit is None or shown < limit):
            out.append(_roadmap_table(result, unit, entries, lang))
            shown += 1
        elif entries:
            more += 1
    if more:
        hidden = format_count(more, lang)
        out.append(
            Line(
                lang.pick(
                    f"… và {hidden} đơn vị khác: xem toàn bộ bằng --show all hoặc --format json",
                    f"… and {hidden} more units: see them all with --show all or --format json",
                ),
                "dim",
            )
        )
    if any(value.origin is Origin.DERIVED for value in result.values.cells.values()):
        out.append(
            Line(
                lang.pick(
                    "* số suy ra từ các câu của văn bản, không phải số văn bản nêu",
                    "* derived from the text's claims, not stated by it",
                ),
                "dim",
            )
        )
    return out


def _roadmap_table(result: CheckResult, unit: str, entries: tuple[Entry, ...], lang: Lang) -> Grid:
    known = {entry.year for entry in entries}
    bases = [base for base in result.roadmap.base_years if base in known]
    columns = [
        Column(lang.pick("Năm", "Year"), right=True),
        Column(lang.pick("Biên chế", "Posts"), right=True),
        Column(lang.pick("So với năm trước", "vs previous"), right=True, optional=True),
    ]
    for base in bases:
        columns.append(Column(lang.pick(f"Giảm so với {base}", f"Cut vs {base}"), right=True))
        columns.append(Column("%", right=True))
    rows, styles = [], []
    for entry in entries:
        derived = entry.origin is Origin.DERIVED
        value = format_count(entry.value, lang) + ("*" if derived else "")
        change = "" if entry.change is None else figures.signed(entry.change, lang)
        cells = [str(entry.year), value, change]
        against = {a.base_year: a for a in entry.against}
        for base in bases:
            item = against.get(base)
            cells += (
                ["", ""]
                if item is None
                else [format_count(item.reduction, lang), figures.rate(item.rate, lang)]
            )
        rows.append(tuple(Cell(text) for text in cells))
        styles.append("dim" if derived else None)
    return Grid(result.plan.units[unit].label, tuple(columns), tuple(rows), tuple(styles))


def _targets_table(result: CheckResult, lang: Lang) -> Grid:
    headers = (
        lang.pick("Chỉ tiêu", "Target"),
        lang.pick("Nguồn", "Source"),
        lang.pick("Tối thiểu", "Minimum"),
        lang.pick("Gốc", "Base"),
        lang.pick("Năm đạt", "Deadline"),
        lang.pick("Cần giảm", "Needed"),
        lang.pick("Kế hoạch giảm", "Planned cut"),
        lang.pick("Kết quả", "Result"),
    )
    rows = []
    for status in result.targets:
        target = status.target
        texts = (
            target.id,
            target.source,
            target.min_rate.text,
            *figures.target_figures(status, lang),
        )
        rows.append((*(Cell(text) for text in texts), _verdict_of(status, lang)))
    columns = tuple(Column(h, flex=i == 1) for i, h in enumerate(headers))
    return Grid(lang.pick("Chỉ tiêu", "Targets"), columns, tuple(rows))


def _verdict_of(status: TargetStatus, lang: Lang) -> Cell:
    if status.met is None:
        return Cell(lang.pick("không kiểm tra được", "cannot tell"), "yellow")
    if status.met:
        return Cell(lang.pick("đạt", "met"), "green")
    return Cell(lang.pick("KHÔNG ĐẠT", "MISSED"), "bold red")


def _findings_table(result: CheckResult, report: Report) -> Grid:
    lang = report.lang
    columns = (
        Column(lang.pick("Mức", "Severity"), bare=True),
        Column(lang.pick("Mã", "Code"), bare=True),
        Column(lang.pick("Loại", "Kind"), bare=True, optional=True),
        Column(lang.pick("Vị trí", "Where"), bare=True),
        Column(lang.pick("Nội dung", "Finding"), flex=True, least=MESSAGE_WIDTH),
    )
    rows = []
    for finding in sorted(result.findings, key=lambda f: -severity(f).rank):
        level = severity(finding)
        body = "\n".join(
            [messages.message(finding, lang), *("→ " + h for h in messages.hints(finding, lang))]
        )
        rows.append(
            (
                Cell(severity_label(level, lang), _STYLE[level]),
                Cell(code(finding)),
                Cell(finding.kind),
                Cell(finding.position.where()),
                Cell(body),
            )
        )
    return Grid(lang.pick("Phát hiện", "Findings"), columns, tuple(rows), ruled=True)
