"""`lotrinh report` and `--format html`: one self-contained page to send, read and print.

Per plan: a header (number, issuer, date, scope) and the verdict in words; the likely causes;
every finding, worst first, with its position, its quote (the stated figure marked), the
stated and computed figures and the suggestions, each under an anchor that can be linked;
one chart per level of the unit tree; the targets; the roadmap tables with the cells that
carry a finding marked and linked. Several plans get a summary first, one row per file.

The page needs nothing from the network: styles are inline, the charts are inline SVG
(`render/chart.py`), fonts are the reader's own. Jinja2 lays it out with autoescaping on,
so every text that comes from a plan or a document (names, quotes, paths) is escaped: a
quote holding `</script>` stays text. Plan texts sit in `<bdi>` so that a stray bidi
override inside one cannot reorder the page around it. Every figure comes from the core;
this module only chooses words and formats numbers.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

from lotrinh.core import CheckResult
from lotrinh.core.roadmap import Entry
from lotrinh.core.targets import TargetStatus
from lotrinh.core.values import Origin
from lotrinh.findings.finding import Finding, Severity, written_units
from lotrinh.findings.kinds import (
    CLAIM_BASE_YEAR,
    CLAIM_DIFFERENCE,
    CLAIM_RATE,
    KINDS,
    TARGET_MISSED,
    TARGET_UNVERIFIABLE,
    UNEXPECTED_INCREASE,
)
from lotrinh.model import Claim
from lotrinh.numbers import Lang, format_count, format_decimal
from lotrinh.render import figures, messages
from lotrinh.render.chart import Chart, charts
from lotrinh.render.notes import note_of
from lotrinh.render.quote import Piece, highlight
from lotrinh.render.report import (
    Report,
    code,
    severity,
    severity_counts,
    severity_label,
)
from lotrinh.render.table_format import ROADMAP_LIMIT
from lotrinh.render.verdict import verdict_line

if TYPE_CHECKING:
    from jinja2 import Environment


@dataclass(frozen=True)
class FindingView:
    """One finding as the page shows it."""

    anchor: str
    code: str
    kind: str
    severity: str
    severity_label: str
    line: int
    column: int
    cell: str  # a workbook's `Số liệu!C7`, shown instead of line and column
    source_line: int | None
    unit: str
    year: int
    quote: tuple[Piece, ...]
    stated: str | None
    computed: str | None
    message: str
    hints: tuple[str, ...]
    note: str | None = None  # written beside the claim or figure in the plan


@dataclass(frozen=True)
class CauseView:
    """A likely cause, with links to the findings it explains."""

    text: str
    explains: tuple[tuple[str, str], ...]  # (anchor, code)


@dataclass(frozen=True)
class CellView:
    """A table cell; `findings` are (anchor, code) of the findings it carries."""

    text: str
    findings: tuple[tuple[str, str], ...] = ()
    derived: bool = False


@dataclass(frozen=True)
class TableView:
    """One unit's roadmap table."""

    unit: str
    title: str
    bases: tuple[int, ...]
    rows: tuple[tuple[CellView, ...], ...]


@dataclass(frozen=True)
class TargetView:
    """One row of the targets table."""

    id: str
    source: str
    rate: str
    base: str
    deadline: str
    needed: str
    achieved: str
    met: bool | None


@dataclass(frozen=True)
class FileView:
    """Everything the page shows about one plan."""

    anchor: str
    path: str
    heading: str
    meta: tuple[tuple[str, str], ...]
    verdict: str
    failed: bool
    counts: tuple[tuple[str, str, int], ...]  # (severity, label, count)
    causes: tuple[CauseView, ...]
    findings: tuple[FindingView, ...]
    charts: tuple[Chart, ...]
    targets: tuple[TargetView, ...]
    undrawn: str | None  # which targets have no figures to draw their path
    tables: tuple[TableView, ...]
    hidden_tables: int
    derived: bool


def render(report: Report) -> str:
    """The whole report as one HTML document."""
    several = len(report.results) > 1
    files = [
        _file(result, report, f"p{index}" if several else "p")
        for index, result in enumerate(report.results, start=1)
    ]
    template = _environment().get_template("report.html.j2")
    return template.render(
        lang=report.lang.value,
        words=WORDS[report.lang],
        files=files,
        several=several,
        failed=report.failed,
    )


@cache
def _environment() -> Environment:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(
        loader=PackageLoader("lotrinh.render", "templates"),
        autoescape=True,  # every plan text is escaped; charts are marked safe one by one
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _file(result: CheckResult, report: Report, prefix: str) -> FileView:
    lang = report.lang
    plan = result.plan
    anchors = _anchors(result.findings, prefix)
    claims = {claim.id: claim for claim in plan.claims}
    findings = tuple(
        _finding(finding, anchor, claims.get(finding.claim or ""), result, lang)
        for finding, anchor in zip(result.findings, anchors, strict=True)
    )
    causes = tuple(
        CauseView(
            messages.cause_text(cause, plan, result.findings, lang),
            tuple((anchors[i], code(result.findings[i])) for i in cause.explains),
        )
        for cause in result.causes
    )
    marks = _cell_marks(result, anchors)
    tables: list[TableView] = []
    hidden = 0
    for unit, entries in result.roadmap.rows():
        if entries and len(tables) < ROADMAP_LIMIT:
            tables.append(_table(result, unit, entries, marks, lang))
        elif entries:
            hidden += 1
    counts = severity_counts(result.findings)
    return FileView(
        anchor=prefix,
        path=plan.path,
        heading=plan.meta.title or plan.meta.number or plan.path,
        meta=_meta(result, lang),
        verdict=verdict_line(result, report),
        failed=any(report.failing(f) for f in result.findings),
        counts=tuple(
            (level.value, severity_label(level, lang), counts[level.value]) for level in Severity
        ),
        causes=causes,
        findings=findings,
        charts=charts(result, lang, prefix),
        targets=tuple(_target(status, lang) for status in result.targets),
        undrawn=_undrawn(result, lang),
        tables=tuple(tables),
        hidden_tables=hidden,
        derived=any(v.origin is Origin.DERIVED for v in result.values.cells.values()),
    )


def _undrawn(result: CheckResult, lang: Lang) -> str | None:
    ids = [status.target.id for status in result.targets if status.limit is None]
    if not ids:
        return None
    return WORDS[lang]["undrawn"].format(ids=", ".join(ids), code=KINDS[TARGET_UNVERIFIABLE].code)


def _anchors(findings: tuple[Finding, ...], prefix: str) -> list[str]:
    """`p-LT301-277-5`: code and position, so a link says what it points at; a second
    finding at the same place gets `-2`."""
    seen: dict[str, int] = defaultdict(int)
    out = []
    for finding in findings:
        base = f"{prefix}-{code(finding)}-{finding.position.line}-{finding.position.column}"
        seen[base] += 1
        out.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return out


def _meta(result: CheckResult, lang: Lang) -> tuple[tuple[str, str], ...]:
    meta = result.plan.meta
    words = WORDS[lang]
    pairs = [
        (words["number"], meta.number),
        (words["issuer"], meta.issuer),
        (words["date"], _date(meta.date, lang) if meta.date else None),
        (words["scope"], meta.scope),
        (words["file"], result.plan.path),
    ]
    return tuple((label, value) for label, value in pairs if value)


def _date(day: date, lang: Lang) -> str:
    return day.isoformat() if lang is Lang.EN else f"{day.day:02d}/{day.month:02d}/{day.year}"


def _finding(
    finding: Finding, anchor: str, claim: Claim | None, result: CheckResult, lang: Lang
) -> FindingView:
    units = result.plan.units
    names = ", ".join(units[u].label for u in finding.units if u in units)
    return FindingView(
        anchor=anchor,
        code=code(finding),
        kind=finding.kind,
        severity=severity(finding).value,
        severity_label=severity_label(severity(finding), lang),
        line=finding.position.line,
        column=finding.position.column,
        cell=finding.position.cell,
        # A document's findings already point at its lines: the same number twice says nothing.
        source_line=claim.source_line
        if claim and claim.source_line != finding.position.line
        else None,
        unit=names or written_units(finding),
        year=finding.year,
        quote=highlight(finding) if finding.quote else (),
        stated=_figure(finding.stated, lang),
        computed=_figure(finding.computed, lang),
        message=messages.message(finding, lang),
        hints=tuple(messages.hints(finding, lang)),
        note=note_of(finding, result.plan),
    )


def _figure(value: int | Decimal | None, lang: Lang) -> str | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return format_decimal(value, lang) + "%"
    return format_count(value, lang)


Column = tuple[str, int | None]  # ("value" | "change" | "cut" | "rate", base year)


def _cell_marks(
    result: CheckResult, anchors: list[str]
) -> dict[tuple[str, int, Column], list[tuple[str, str]]]:
    """Which table cell each finding is about: a stated reduction is the cut against its
    base year, a rate is its percentage, a rise is the change, anything else the figure."""
    marks: dict[tuple[str, int, Column], list[tuple[str, str]]] = defaultdict(list)
    for finding, anchor in zip(result.findings, anchors, strict=True):
        base = finding.base_year
        column: Column = ("value", None)
        if finding.kind in (CLAIM_DIFFERENCE, CLAIM_BASE_YEAR) and base != finding.year:
            column = ("cut", base)
        elif finding.kind in (CLAIM_RATE, TARGET_MISSED) and base != finding.year:
            column = ("rate", base)
        elif finding.kind == UNEXPECTED_INCREASE:
            column = ("change", None)
        for unit in finding.units:
            marks[(unit, finding.year, column)].append((anchor, code(finding)))
    return marks


def _table(
    result: CheckResult,
    unit: str,
    entries: tuple[Entry, ...],
    marks: dict[tuple[str, int, Column], list[tuple[str, str]]],
    lang: Lang,
) -> TableView:
    known = {entry.year for entry in entries}
    bases = tuple(base for base in result.roadmap.base_years if base in known)
    rows = []
    for entry in entries:
        derived = entry.origin is Origin.DERIVED

        def marked(column: Column, year: int = entry.year) -> tuple[tuple[str, str], ...]:
            return tuple(marks.get((unit, year, column), ()))

        # A finding about a comparison the table has no column for is shown on the figure.
        astray = tuple(
            mark
            for (u, y, (kind, base)), found in marks.items()
            if u == unit and y == entry.year and kind in ("cut", "rate") and base not in bases
            for mark in found
        )
        against = {a.base_year: a for a in entry.against}
        cells = [
            CellView(str(entry.year)),
            CellView(
                format_count(entry.value, lang) + ("*" if derived else ""),
                marked(("value", None)) + astray,
                derived,
            ),
            CellView(
                "" if entry.change is None else figures.signed(entry.change, lang),
                marked(("change", None)),
            ),
        ]
        for base in bases:
            item = against.get(base)
            cut = "" if item is None else format_count(item.reduction, lang)
            rate = "" if item is None else figures.rate(item.rate, lang)
            cells.append(CellView(cut, marked(("cut", base))))
            cells.append(CellView(rate, marked(("rate", base))))
        rows.append(tuple(cells))
    return TableView(unit, result.plan.units[unit].label, bases, tuple(rows))


def _target(status: TargetStatus, lang: Lang) -> TargetView:
    target = status.target
    shown = figures.target_figures(status, lang)
    return TargetView(
        target.id,
        target.source,
        target.min_rate.text,
        shown.base,
        shown.deadline,
        shown.needed,
        shown.achieved,
        status.met,
    )


WORDS: dict[Lang, dict[str, str]] = {
    Lang.VI: {
        "title": "Báo cáo kiểm tra lộ trình tinh giản biên chế",
        "tool": "Lập bằng lotrinh: tính lại mọi con số của lộ trình từ chính số liệu của văn bản.",
        "summary": "Tổng hợp",
        "files": "Các tệp đã kiểm tra",
        "plan": "Văn bản",
        "result": "Kết quả",
        "passed": "đạt",
        "failed_word": "không đạt",
        "number": "Số hiệu",
        "issuer": "Cơ quan ban hành",
        "date": "Ngày ban hành",
        "scope": "Phạm vi",
        "file": "Tệp",
        "causes": "Nguyên nhân có thể",
        "findings": "Phát hiện",
        "none": "Không có phát hiện nào.",
        "explains": "Giải thích",
        "at": "Vị trí",
        "line": "dòng",
        "column": "cột",
        "source_line": "dòng văn bản gốc",
        "note": "Ghi chú",
        "stated": "Văn bản nêu",
        "computed": "Tính lại",
        "charts": "Biểu đồ lộ trình",
        "level": "Cấp",
        "chart_note": "Đường liền: số biên chế từng năm; chấm đặc: số văn bản nêu; chấm rỗng: "
        "số suy ra; vòng đỏ: năm có phát hiện; đường đứt: lộ trình tối thiểu của chỉ tiêu, "
        "từ năm gốc đến mức cao nhất được phép ở năm phải đạt.",
        "hidden_units": "và {n} đơn vị khác của cấp này không được vẽ; mọi số liệu: --format json",
        "undrawn": "Không vẽ được lộ trình của chỉ tiêu {ids}: thiếu số năm gốc hoặc năm phải "
        "đạt (xem phát hiện {code}).",
        "targets": "Chỉ tiêu",
        "target": "Chỉ tiêu",
        "source": "Nguồn",
        "minimum": "Tối thiểu",
        "base": "Gốc",
        "deadline": "Năm đạt",
        "needed": "Cần giảm",
        "achieved": "Kế hoạch giảm",
        "met": "đạt",
        "missed": "KHÔNG ĐẠT",
        "unknown": "không kiểm tra được",
        "tables": "Bảng lộ trình",
        "year": "Năm",
        "posts": "Biên chế",
        "change": "So với năm trước",
        "against": "So với năm {base}",
        "cut": "Giảm",
        "rate": "Tỷ lệ",
        "derived_note": "* số suy ra từ các câu của văn bản, không phải số văn bản nêu. "
        "Ô tô màu: có phát hiện (bấm để xem).",
        "hidden_tables": "… và {n} đơn vị khác: xem toàn bộ bằng --format json",
    },
    Lang.EN: {
        "title": "Staffing-reduction roadmap check",
        "tool": "Made with lotrinh: every figure of the roadmap worked out again from the "
        "document's own figures.",
        "summary": "Summary",
        "files": "Files checked",
        "plan": "Document",
        "result": "Result",
        "passed": "passed",
        "failed_word": "failed",
        "number": "Number",
        "issuer": "Issuer",
        "date": "Date",
        "scope": "Scope",
        "file": "File",
        "causes": "Likely causes",
        "findings": "Findings",
        "none": "No findings.",
        "explains": "Explains",
        "at": "Position",
        "line": "line",
        "column": "column",
        "source_line": "source document line",
        "note": "Note",
        "stated": "Stated",
        "computed": "Computed",
        "charts": "Roadmap charts",
        "level": "Level",
        "chart_note": "Solid line: yearly posts; filled dot: stated; hollow dot: derived; "
        "red ring: year with a finding; dashed line: a target's minimum path, from its base "
        "year to the highest figure allowed at its deadline.",
        "hidden_units": "and {n} more units of this level not drawn; every figure: --format json",
        "undrawn": "No path drawn for target {ids}: its base-year or deadline figures are "
        "missing (see finding {code}).",
        "targets": "Targets",
        "target": "Target",
        "source": "Source",
        "minimum": "Minimum",
        "base": "Base",
        "deadline": "Deadline",
        "needed": "Needed",
        "achieved": "Planned cut",
        "met": "met",
        "missed": "MISSED",
        "unknown": "cannot tell",
        "tables": "Roadmap tables",
        "year": "Year",
        "posts": "Posts",
        "change": "vs previous",
        "against": "vs {base}",
        "cut": "Cut",
        "rate": "Rate",
        "derived_note": "* derived from the text's claims, not stated by it. "
        "Shaded cells carry a finding (click to see it).",
        "hidden_tables": "… and {n} more units: see them all with --format json",
    },
}
