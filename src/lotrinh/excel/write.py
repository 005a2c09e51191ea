"""A checked plan as a workbook: the documented layout (`layout`), which `lotrinh check`
reads back to the same findings, plus a "Lộ trình" sheet whose derived figures are live
Excel formulas and a "Phát hiện" sheet with the findings; the cells a finding is about carry
a comment and a fill. A pure function from the check's result to bytes.

Counts are whole numbers formatted `#,##0` (Excel shows 28.960 in a Vietnamese locale) and
rates `0.00%`. Rates the document wrote stay text, exactly as written ("5,08%"): their
precision is part of what is checked.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from lotrinh.core import CheckResult
from lotrinh.core.values import Origin
from lotrinh.excel import layout
from lotrinh.excel.layout import Sheet
from lotrinh.findings.finding import Finding, Severity, written_units
from lotrinh.loading import plan_format
from lotrinh.model import Claim, Plan, YearKind
from lotrinh.numbers import Lang
from lotrinh.render import messages
from lotrinh.render.report import code, severity, severity_label

COUNT_FORMAT = "#,##0"
IMPLIED_FORMAT = '#,##0"*"'
RATE_FORMAT = "0.00%"
DATE_FORMAT = "dd/mm/yyyy"
TEXT_FORMAT = "@"
TEMPLATE_ROWS = 200

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_TITLE_FONT = Font(bold=True, size=12)
_FILLS = {
    Severity.MATERIAL: PatternFill("solid", fgColor="F4B6B6"),
    Severity.ERROR: PatternFill("solid", fgColor="FBD5B5"),
    Severity.WARNING: PatternFill("solid", fgColor="FFF2AB"),
    Severity.INFO: PatternFill("solid", fgColor="DDEBF7"),
}
_WRAP = Alignment(wrap_text=True, vertical="top")


@dataclass
class _Refs:
    """Where each plan element was written, to point formulas and findings at it."""

    figures: dict[tuple[str, int], str] = field(default_factory=dict)  # stated in Số liệu
    claim_values: dict[str, str] = field(default_factory=dict)  # value claim id → cell
    stated_by_claims: dict[tuple[str, int], str] = field(default_factory=dict)  # figure → cell
    claim_cells: dict[str, list[str]] = field(default_factory=dict)  # claim id → its cells
    reductions: dict[str, str] = field(default_factory=dict)  # change id → signed reduction
    targets: dict[str, list[str]] = field(default_factory=dict)
    roadmap: dict[tuple[str, int], str] = field(default_factory=dict)  # Lộ trình value cells
    roadmap_sheet: str = ""


def workbook_bytes(result: CheckResult, lang: Lang = Lang.VI) -> bytes:
    """The export as .xlsx bytes."""
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    refs = _Refs(roadmap_sheet=lang.pick(*layout.ROADMAP))
    plan = result.plan
    _figures(book.create_sheet(layout.FIGURES.name(lang)), plan, lang, refs)
    _claims(book.create_sheet(layout.CLAIMS.name(lang)), plan, lang, refs)
    _targets(book.create_sheet(layout.TARGETS.name(lang)), plan, lang, refs)
    _document(book.create_sheet(layout.DOCUMENT.name(lang)), plan, lang)
    _roadmap(book.create_sheet(lang.pick(*layout.ROADMAP)), result, lang, refs)
    _findings(book.create_sheet(lang.pick(*layout.FINDINGS)), result, lang, refs)
    _mark(book, result, lang, refs)
    return _saved(book)


def template_bytes(lang: Lang = Lang.VI) -> bytes:
    """An empty workbook in the layout, with an instructions sheet (`lotrinh init --xlsx`)."""
    book = Workbook()
    instructions = book.active
    assert instructions is not None
    instructions.title = lang.pick(*layout.INSTRUCTIONS)
    _instructions(instructions, lang)
    for sheet in layout.INPUT_SHEETS:
        worksheet = book.create_sheet(sheet.name(lang))
        years = [2021, 2022, 2023, 2024, 2025, 2026] if sheet.years else []
        _header(worksheet, sheet, lang, years)
        # Counts and rates formatted as text before anything is typed: whatever the
        # computer's locale, 28.960 then stays 28.960 and 5,08% stays as written.
        numeric = [n for n, c in enumerate(sheet.columns, start=1) if c.kind != "text"]
        numeric += range(len(sheet.columns) + 1, len(sheet.columns) + len(years) + 1)
        for column in numeric:
            for row in range(2, TEMPLATE_ROWS + 2):
                worksheet.cell(row, column).number_format = TEXT_FORMAT
    return _saved(book)


def _saved(book: Workbook) -> bytes:
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


def _ref(worksheet: Worksheet, coordinate: str) -> str:
    """A cell reference other sheets' formulas can use: `'Số liệu'!F3`."""
    return f"{quote_sheetname(worksheet.title)}!{coordinate}"


def _header(worksheet: Worksheet, sheet: Sheet, lang: Lang, years: Iterable[int] = ()) -> None:
    """The header row, each header with its meaning as a comment; frozen, sized."""
    headers: list[tuple[str | int, int, str | None]] = [
        (column.header(lang), column.width, _meaning(column, lang)) for column in sheet.columns
    ]
    headers += [(year, 10, None) for year in years]
    for number, (text, width, meaning) in enumerate(headers, start=1):
        cell = worksheet.cell(1, number, text)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = _WRAP
        if meaning:
            cell.comment = Comment(meaning, "lotrinh", width=300, height=80)
        worksheet.column_dimensions[get_column_letter(number)].width = width
    worksheet.freeze_panes = "C2" if sheet.years else "A2"


def _meaning(column: layout.Column, lang: Lang) -> str:
    return column.meaning_en if lang is Lang.EN else column.meaning_vi


def _figures(worksheet: Worksheet, plan: Plan, lang: Lang, refs: _Refs) -> None:
    table = {cell: figure for cell, figure in plan.figures.items() if figure.claim is None}
    years = sorted({year for _, year in table} | set(plan.years))
    sheet = layout.FIGURES
    _header(worksheet, sheet, lang, years)
    first_year = len(sheet.columns) + 1
    for number, unit in enumerate(plan.units.values(), start=2):
        row: list[Any] = [
            unit.id,
            unit.name,
            unit.short,
            unit.parent,
            unit.category,
            unit.subset_of,
            unit.role,
            unit.funding,
        ]
        for column, value in enumerate(row, start=1):
            worksheet.cell(number, column, None if value is None else str(value))
        for offset, year in enumerate(years):
            figure = table.get((unit.id, year))
            if figure is None:
                continue
            cell = worksheet.cell(number, first_year + offset, figure.value)
            cell.number_format = COUNT_FORMAT
            # The cell's comment carries both: the reader takes a first line naming the claim
            # as `derived_from` and the rest as the note.
            remarks = [figure.note] if figure.note else []
            if figure.derived_from is not None:
                cell.number_format = IMPLIED_FORMAT
                derived = lang.pick("suy ra từ", "derived from")
                remarks.insert(0, f"{derived} {figure.derived_from}")
            if remarks:
                cell.comment = Comment("\n".join(remarks), "lotrinh")
            refs.figures[(unit.id, year)] = _ref(worksheet, cell.coordinate)


def _claim_items(claims: Iterable[Claim]) -> list[list[Claim]]:
    """Claims regrouped into the items they were written as: a value claim `x` and its
    changes `x.1`, `x.2`, ... share a quote, unit and year."""
    items: list[list[Claim]] = []
    for claim in claims:
        last = items[-1] if items else None
        if (
            last
            and _stem(last[0]) == _stem(claim)
            and (last[0].unit, last[0].year, last[0].quote) == (claim.unit, claim.year, claim.quote)
        ):
            last.append(claim)
        else:
            items.append([claim])
    return items


def _stem(claim: Claim) -> str:
    """The id of the item a claim was written in (the loader names changes `id.1`, ...)."""
    return claim.id if claim.value is not None else claim.id.rsplit(".", 1)[0]


_CLAIM_CARRIED = tuple(
    spec.name
    for spec in plan_format.fields_of(plan_format.ClaimData)
    if spec.field.carried and spec.name in {column.key for column in layout.CLAIMS.columns}
)
"""What every claim of a sentence says alike (unit, year, quote, ...), written on its first
row: the declaration's fields carried to the domain claim that the sheet has a column for."""
_CHANGE_FIELDS = tuple(spec.name for spec in plan_format.fields_of(plan_format.ChangeData))


def _claims(worksheet: Worksheet, plan: Plan, lang: Lang, refs: _Refs) -> None:
    sheet = layout.CLAIMS
    _header(worksheet, sheet, lang)
    index = {column.key: number for number, column in enumerate(sheet.columns, start=1)}
    number = 1
    for item in _claim_items(plan.claims):
        head = item[0]
        changes: list[Claim | None] = [claim for claim in item if claim.is_change] or [None]
        value = next((claim for claim in item if claim.value is not None), None)
        stem = _stem(head)
        for position, change in enumerate(changes):
            number += 1
            cells: dict[str, Any] = {"id": stem}
            if position == 0:
                cells.update(
                    (key, getattr(head, key))
                    for key in _CLAIM_CARRIED
                    if getattr(head, key) is not None
                )
                if value is not None:
                    cells["value"] = value.value
            if change is not None:
                assert change.reduction is not None or change.rate is not None
                if change.reduction is not None and change.reduction >= 0:
                    cells["reduction"] = change.reduction
                elif change.reduction is not None:
                    cells["increase"] = -change.reduction
                cells["base_year"] = change.base_year
                if change.rate is not None:
                    cells["rate"] = change.rate.text
            for key, content in cells.items():
                cell = worksheet.cell(number, index[key], content)
                if key in ("value", "reduction", "increase"):
                    cell.number_format = COUNT_FORMAT
                if key == "quote":
                    cell.alignment = _WRAP
            row_cells = [
                _ref(worksheet, f"{get_column_letter(index[key])}{number}")
                for key in _CHANGE_FIELDS
                if key in cells
            ]
            if value is not None and position == 0:
                refs.claim_values[value.id] = _ref(
                    worksheet, f"{get_column_letter(index['value'])}{number}"
                )
                refs.claim_cells.setdefault(value.id, []).append(refs.claim_values[value.id])
                figure = plan.figures.get((value.unit, value.year))
                if figure is not None and figure.claim == value.id:
                    refs.stated_by_claims[(value.unit, value.year)] = refs.claim_values[value.id]
            if change is not None:
                refs.claim_cells[change.id] = row_cells
                for key, sign in (("reduction", ""), ("increase", "-")):
                    if key in cells:
                        cell_ref = _ref(worksheet, f"{get_column_letter(index[key])}{number}")
                        refs.reductions[change.id] = f"({sign}{cell_ref})"


def _targets(worksheet: Worksheet, plan: Plan, lang: Lang, refs: _Refs) -> None:
    sheet = layout.TARGETS
    _header(worksheet, sheet, lang)
    for number, target in enumerate(plan.targets, start=2):
        values = {
            "id": target.id,
            "source": target.source,
            "category": None if target.category is None else str(target.category),
            "units": ", ".join(target.units) if target.category is None else None,
            "base_year": target.base_year,
            "deadline": target.deadline,
            "min_reduction": target.min_rate.text,
            "quote": target.quote,
        }
        for column, key in enumerate(column.key for column in sheet.columns):
            worksheet.cell(number, column + 1, values[key])
        refs.targets[target.id] = [
            _ref(worksheet, f"{get_column_letter(len(sheet.columns) - 1)}{number}")
        ]


def _document(worksheet: Worksheet, plan: Plan, lang: Lang) -> None:
    sheet = layout.DOCUMENT
    _header(worksheet, sheet, lang)
    meta = plan.meta
    years = {
        kind: ", ".join(str(year) for year, of in sorted(plan.years.items()) if of is kind)
        for kind in YearKind
    }
    values: dict[str, Any] = {
        "number": meta.number,
        "title": meta.title,
        "issuer": meta.issuer,
        "date": meta.date,
        "scope": meta.scope,
        "source": meta.source,
        "actual": years[YearKind.ACTUAL] or None,
        "target": years[YearKind.TARGET] or None,
    }
    for column, key in enumerate(column.key for column in sheet.columns):
        cell = worksheet.cell(2, column + 1, values[key])
        if key == "date":
            cell.number_format = DATE_FORMAT


def _roadmap(worksheet: Worksheet, result: CheckResult, lang: Lang, refs: _Refs) -> None:
    """One block per unit: a row per year with live formulas for the change from the
    previous year, the reduction and rate against each base year, and the parts' sum."""
    roadmap = result.roadmap
    plan = result.plan
    widths = [10, 12, 14] + [12, 10] * len(roadmap.base_years) + [14, 10]
    for number, width in enumerate(widths, start=1):
        worksheet.column_dimensions[get_column_letter(number)].width = width
    intro = lang.pick(
        "Số có dấu * là số suy ra (văn bản không nêu). Các cột khác là công thức: sửa số ở "
        "trang 'Số liệu' hoặc 'Nhận định' thì các cột này tự tính lại.",
        "Figures marked * are implied (not stated). The other columns are formulas: edit "
        "'Figures' or 'Claims' and they recompute.",
    )
    worksheet.cell(1, 1, intro).font = Font(italic=True)
    row = 3
    # Value cells are placed first (a unit's parts may come after it), formulas after.
    layout_rows: dict[str, int] = {}
    for unit_id, entries in roadmap.rows():
        layout_rows[unit_id] = row
        row += len(entries) + 3
    for unit_id, entries in roadmap.rows():
        top = layout_rows[unit_id]
        for offset, entry in enumerate(entries):
            refs.roadmap[(unit_id, entry.year)] = f"B{top + 2 + offset}"
    for unit_id, entries in roadmap.rows():
        unit = plan.units[unit_id]
        top = layout_rows[unit_id]
        known = {entry.year for entry in entries}
        bases = tuple(base for base in roadmap.base_years if base in known)
        worksheet.cell(top, 1, f"{unit.label} ({unit.id})").font = _TITLE_FONT
        headers = [
            lang.pick("Năm", "Year"),
            lang.pick("Biên chế", "Posts"),
            lang.pick("So với năm trước", "Vs previous year"),
        ]
        for base in bases:
            headers += [lang.pick(f"Giảm so với {base}", f"Cut vs {base}"), f"% {base}"]
        headers += [lang.pick("Tổng thành phần", "Sum of parts"), lang.pick("Lệch", "Difference")]
        worksheet.row_dimensions[top + 1].height = 30
        for column, text in enumerate(headers, start=1):
            cell = worksheet.cell(top + 1, column, text)
            cell.font = _HEADER_FONT
            cell.fill = _HEADER_FILL
            cell.alignment = _WRAP
        previous: str | None = None
        for offset, entry in enumerate(entries):
            number = top + 2 + offset
            here = f"B{number}"
            worksheet.cell(number, 1, entry.year)
            value = worksheet.cell(number, 2, _value_formula(result, refs, unit_id, entry.year))
            value.number_format = COUNT_FORMAT
            if entry.origin is Origin.DERIVED:
                value.number_format = IMPLIED_FORMAT
                value.comment = Comment(
                    lang.pick(
                        "Số suy ra: văn bản không nêu, lotrinh tính từ các nhận định",
                        "Implied: not stated, worked out by lotrinh from the claims",
                    ),
                    "lotrinh",
                )
            if previous is not None:
                change = worksheet.cell(number, 3, f"={here}-{previous}")
                change.number_format = "+#,##0;-#,##0;0"
            previous = here
            for index, base in enumerate(bases):
                base_ref = refs.roadmap.get((unit_id, base))
                if base_ref is None or base >= entry.year:
                    continue
                cut = worksheet.cell(number, 4 + 2 * index, f"={base_ref}-{here}")
                cut.number_format = COUNT_FORMAT
                rate = worksheet.cell(
                    number,
                    5 + 2 * index,
                    f'=IF({base_ref}=0,"",{get_column_letter(4 + 2 * index)}{number}/{base_ref})',
                )
                rate.number_format = RATE_FORMAT
            parts = [refs.roadmap.get((part, entry.year)) for part in unit.parts]
            if unit.parts and all(parts):
                total = 4 + 2 * len(bases)
                worksheet.cell(
                    number, total, "=" + "+".join(p for p in parts if p)
                ).number_format = COUNT_FORMAT
                worksheet.cell(
                    number, total + 1, f"={here}-{get_column_letter(total)}{number}"
                ).number_format = "+#,##0;-#,##0;0"
    worksheet.freeze_panes = "A3"
    worksheet.page_setup.orientation = "landscape"
    worksheet.page_setup.fitToWidth = 1
    worksheet.page_setup.fitToHeight = 0
    worksheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


def _value_formula(result: CheckResult, refs: _Refs, unit: str, year: int) -> Any:
    """A stated figure links to its cell (the table's, or the claim's that states it). An
    implied one is worked out from the stated figure and the claim that imply it ("giảm
    1.338 so với năm 2021" from 24.992: =24.992 + 1.338), else it is lotrinh's value."""
    if (unit, year) in refs.figures:
        return f"={refs.figures[(unit, year)]}"
    figure = result.plan.figures.get((unit, year))
    if figure is not None and figure.claim is not None and figure.claim in refs.claim_values:
        return f"={refs.claim_values[figure.claim]}"
    known = result.values.cells[(unit, year)]
    for source in known.sources:
        via = source.via
        if (
            source.value == known.value
            and source.claim in refs.reductions
            and via is not None
            and via in refs.roadmap
            and result.values.is_stated(*via)
        ):
            # The implied cell is the claim's base year (value + reduction) or its year.
            sign = "+" if via[1] > year else "-"
            return f"={refs.roadmap[via]}{sign}{refs.reductions[source.claim]}"
    return known.value


def _findings(worksheet: Worksheet, result: CheckResult, lang: Lang, refs: _Refs) -> None:
    headers = [
        (lang.pick("Mức", "Severity"), 12),
        (lang.pick("Mã", "Code"), 8),
        (lang.pick("Loại", "Kind"), 22),
        (lang.pick("Đơn vị", "Unit"), 14),
        (lang.pick("Năm", "Year"), 8),
        (lang.pick("So với năm", "Base year"), 10),
        (lang.pick("Văn bản ghi", "Stated"), 12),
        (lang.pick("Tính được", "Computed"), 12),
        (lang.pick("Ô", "Cell"), 18),
        (lang.pick("Vị trí gốc", "Source position"), 14),
        (lang.pick("Nội dung", "Finding"), 80),
    ]
    for column, (text, width) in enumerate(headers, start=1):
        cell = worksheet.cell(1, column, text)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        worksheet.column_dimensions[get_column_letter(column)].width = width
    for number, finding in enumerate(result.findings, start=2):
        level = severity(finding)
        targets = _cells_of(finding, refs)
        body = "\n".join(
            [messages.message(finding, lang), *("→ " + h for h in messages.hints(finding, lang))]
        )
        values: list[Any] = [
            severity_label(level, lang),
            code(finding),
            finding.kind,
            written_units(finding),
            finding.year,
            finding.base_year,
            _number(finding.stated),
            _number(finding.computed),
            "!".join(_split(targets[0])) if targets else None,
            finding.position.where(),
            body,
        ]
        for column, value in enumerate(values, start=1):
            cell = worksheet.cell(number, column, value)
            cell.alignment = _WRAP
            if isinstance(value, float):
                cell.number_format = RATE_FORMAT
            elif isinstance(value, int) and column in (7, 8):
                cell.number_format = COUNT_FORMAT
        worksheet.cell(number, 1).fill = _FILLS[level]
        if targets:
            worksheet.cell(number, 9).hyperlink = f"#{targets[0]}"
    worksheet.freeze_panes = "A2"
    worksheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(result.findings) + 1}"


def _number(value: int | Decimal | None) -> int | float | None:
    """A count as is; a rate (a Decimal percentage) as Excel's fraction, shown 0.00%."""
    if isinstance(value, Decimal):
        return float(value / 100)
    return value


def _cells_of(finding: Finding, refs: _Refs) -> list[str]:
    """The exported cells a finding is about: its claim's cells, else its figure's, with
    the roadmap's cell for the unit and year."""
    cells: list[str] = []
    if finding.claim is not None and finding.claim in refs.claim_cells:
        cells += refs.claim_cells[finding.claim]
    elif finding.target is not None and finding.target in refs.targets:
        cells += refs.targets[finding.target]
    for unit in finding.units:
        stated = refs.figures.get((unit, finding.year)) or refs.stated_by_claims.get(
            (unit, finding.year)
        )
        if stated is not None and stated not in cells:
            cells.append(stated)
        if (unit, finding.year) in refs.roadmap:
            coordinate = refs.roadmap[(unit, finding.year)]
            cells.append(f"{quote_sheetname(refs.roadmap_sheet)}!{coordinate}")
    return cells


def _split(ref: str) -> tuple[str, str]:
    """`'Số liệu'!F3` → ('Số liệu', 'F3')."""
    title, coordinate = ref.rsplit("!", 1)
    if title.startswith("'"):
        title = title[1:-1].replace("''", "'")
    return title, coordinate


def _mark(book: Workbook, result: CheckResult, lang: Lang, refs: _Refs) -> None:
    """A comment and a fill on every cell a finding is about (several findings: one
    comment listing them, the worst one's fill)."""
    said: dict[str, list[Finding]] = {}
    for finding in result.findings:
        for ref in _cells_of(finding, refs):
            said.setdefault(ref, []).append(finding)
    for ref, findings in said.items():
        title, coordinate = _split(ref)
        cell = book[title][coordinate]
        worst = max(findings, key=lambda f: severity(f).rank)
        cell.fill = _FILLS[severity(worst)]
        text = "\n".join(f"{code(f)} {messages.message(f, lang)}" for f in findings)
        if cell.comment is not None:  # "suy ra từ ...": kept first, the reader needs it
            text = f"{cell.comment.text}\n{text}"
        cell.comment = Comment(text, "lotrinh", width=360, height=120)


def _instructions(worksheet: Worksheet, lang: Lang) -> None:
    """What each sheet and column is for, from the layout's declarations."""
    lines: list[tuple[str, bool]] = [
        (
            lang.pick(
                "Sổ tính kế hoạch biên chế cho lotrinh — kiểm tra: lotrinh check TỆP.xlsx",
                "Staffing plan workbook for lotrinh — check it: lotrinh check FILE.xlsx",
            ),
            True,
        ),
        (
            lang.pick(
                "Số biên chế là số nguyên: 28960 hoặc 28.960 (các cột số của sổ tính này đã "
                f"định dạng Văn bản cho {TEMPLATE_ROWS} dòng đầu, nên Excel không đổi 28.960 "
                "thành 28,96). Tỷ lệ ghi đúng như văn bản: 5,08%. Không tự điền số năm gốc mà "
                "văn bản không nêu: lotrinh suy ra từ các câu 'giảm ... so với năm ...'.",
                "Headcounts are whole numbers: 28960 or 28.960 (the number columns of this "
                f"workbook are formatted as Text for the first {TEMPLATE_ROWS} rows, so that "
                "Excel does not turn 28.960 into 28.96). Rates as the document writes them: "
                "5,08%. Do not fill in base-year figures the document does not state: lotrinh "
                "infers them.",
            ),
            False,
        ),
        ("", False),
    ]
    for sheet in layout.INPUT_SHEETS:
        purpose = sheet.purpose_en if lang is Lang.EN else sheet.purpose_vi
        lines.append((f"{sheet.name(lang)}: {purpose}", True))
        for column in sheet.columns:
            star = " (*)" if column.required else ""
            lines.append((f"    {column.header(lang)}{star}: {_meaning(column, lang)}", False))
        if sheet.years:
            each = lang.pick("một cột mỗi năm: số biên chế", "one column per year: headcounts")
            lines.append((f"    2021, 2022, …: {each}", False))
        lines.append(("", False))
    lines.append((lang.pick("(*) cột bắt buộc", "(*) required column"), False))
    for number, (text, bold) in enumerate(lines, start=1):
        cell = worksheet.cell(number, 1, text)
        if bold:
            cell.font = _HEADER_FONT
    worksheet.column_dimensions["A"].width = 120
