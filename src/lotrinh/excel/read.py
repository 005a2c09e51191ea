"""A workbook in the documented layout (`layout`) to a checked `Plan`, every value located at
its cell (`Số liệu!C7`).

The workbook becomes the same plain data a YAML plan file becomes (text as written, in
dicts and lists), which goes through the loader's own validation (`loading.plan_of`): one set
of rules for both. What only a workbook can get wrong (a number cell holding 28.96, a
formula error, a misspelt header or sheet) is said here, at the cell.

Bounded: the container is checked first (`container`); sheets are read row by row and
reading stops after `BLANK_RUN` empty rows, so a sheet formatted down to row 1.048.576
costs what its used rows cost. A small workbook is loaded whole so that cell comments and
hidden rows can be seen; a large one is streamed (openpyxl's read-only mode), and a note
says that comments and hidden rows were not looked at.
"""

from __future__ import annotations

import datetime
import io
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from lotrinh.excel import layout
from lotrinh.excel.container import open_container, sheet_bytes
from lotrinh.excel.layout import Column, Sheet
from lotrinh.loading import plan_format, plan_of
from lotrinh.loading.decode import DEFAULT_MAX_BYTES, read_bytes
from lotrinh.loading.errors import LoadError, Problem
from lotrinh.loading.located import Located
from lotrinh.loading.located import Path as DataPath
from lotrinh.model import Plan, Position
from lotrinh.numbers import Lang

BLANK_RUN = 1000
"""Empty rows in a row after which a sheet is taken to have ended. Blank rows between
blocks are common; a thousand of them is formatting, not data."""

FULL_LOAD_LIMIT = 16 * 1024 * 1024
"""Worksheets up to this unpacked size are loaded whole (comments, hidden rows); larger ones
are streamed."""

HEADER_SEARCH = 20
"""Rows searched for the header row: a workbook often starts with a title block."""

_FORMULA_ERRORS = {"#REF!", "#DIV/0!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#NULL!"}
_YEAR_LIST = re.compile(r"[,;\s]+")


@dataclass(frozen=True)
class WorkbookPlan:
    """The plan, and what the analyst should know about how it was read."""

    plan: Plan
    notes: tuple[Problem, ...] = ()


@dataclass
class _Reading:
    """What reading one workbook collects: plain data, positions, problems, notes."""

    name: str
    values: dict[DataPath, Position] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)
    streamed: bool = False

    def problem(self, at: Position | None, vi: str, en: str) -> None:
        self.problems.append(_at(self.name, at, vi, en))

    def note(self, at: Position | None, vi: str, en: str) -> None:
        self.notes.append(_at(self.name, at, vi, en))


def _at(name: str, at: Position | None, vi: str, en: str) -> Problem:
    if at is None:  # the whole workbook
        return Problem.of_file(name, vi, en)
    return Problem(name, at.line, at.column, vi, en, at.cell)


@dataclass(frozen=True)
class _Cell:
    """A cell as read: its value (cached, for a formula), how Excel typed and formatted it,
    where it is, and its comment."""

    value: Any
    data_type: str
    number_format: str
    at: Position
    comment: str | None = None
    kind: layout.Kind = "text"


Row = dict[str, _Cell]
"""A data row by column key; a year column's key is the year as text."""


def load_workbook_plan(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> WorkbookPlan:
    """Read, check and convert a workbook; raises `LoadError` (located at cells)."""
    return read_workbook(read_bytes(path, max_bytes), str(path))


def read_workbook(data: bytes, name: str) -> WorkbookPlan:
    """As `load_workbook_plan`, from bytes in memory."""
    archive, notes = open_container(data, name)
    reading = _Reading(name, notes=notes)
    reading.streamed = sheet_bytes(archive) > FULL_LOAD_LIMIT
    archive.close()
    # openpyxl warns of what it drops (data validation, extensions): nothing a plan's values
    # need, and Python would print each warning on stderr with openpyxl's own source line.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        workbook = _open(data, name, reading.streamed)
        try:
            plain = _plain_data(workbook, reading)
        finally:
            workbook.close()
    if reading.problems:
        raise LoadError(reading.problems)
    plan = plan_of(Located(plain, reading.values, {}), name)
    return WorkbookPlan(plan, tuple(reading.notes))


def _open(data: bytes, name: str, streamed: bool) -> Any:
    from openpyxl import load_workbook

    try:
        return load_workbook(io.BytesIO(data), read_only=streamed, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds on a damaged package
        reason = str(exc) or type(exc).__name__
        raise LoadError(
            [
                Problem.of_file(
                    name,
                    f"không đọc được sổ tính (tệp hỏng hoặc không phải .xlsx): {reason}",
                    f"cannot read the workbook (damaged or not .xlsx): {reason}",
                )
            ]
        ) from None


def _plain_data(workbook: Any, reading: _Reading) -> dict[str, Any]:
    """The workbook as the plain data a YAML plan file would give."""
    found = _find_sheets(workbook, reading)
    plain: dict[str, Any] = {"lotrinh": "1", "plan": {}, "years": {}, "units": [], "claims": []}
    plain["targets"] = []
    if layout.FIGURES.key not in found:
        return plain
    if reading.streamed:
        reading.note(
            None,
            "sổ tính lớn được đọc theo luồng: ghi chú (comment) của ô và dòng ẩn không được xét",
            "a large workbook is streamed: cell comments and hidden rows are not looked at",
        )
    for sheet in layout.INPUT_SHEETS:
        worksheet = found.get(sheet.key)
        if worksheet is None:
            continue
        section = "units" if sheet is layout.FIGURES else sheet.key
        reading.values[(section,)] = Position(1, 1, f"{worksheet.title}!A1")
        rows = _rows(worksheet, sheet, reading)
        if sheet is layout.FIGURES:
            plain["units"] = _units(rows, reading)
            if not plain["units"]:
                reading.problem(
                    reading.values[(section,)],
                    f"trang tính '{worksheet.title}' chưa có đơn vị nào (mỗi dòng một đơn vị, "
                    "có mã và tên)",
                    f"sheet '{worksheet.title}' has no unit yet (one row per unit, with an id "
                    "and a name)",
                )
        elif sheet is layout.CLAIMS:
            plain["claims"] = _claims(rows, reading)
        elif sheet is layout.TARGETS:
            plain["targets"] = _targets(rows, reading)
        else:
            plain["plan"], plain["years"] = _document(rows, reading)
    return plain


def _find_sheets(workbook: Any, reading: _Reading) -> dict[str, Any]:
    """The layout's sheets by key; a sheet whose name is close to one of them is a slip."""
    found: dict[str, Any] = {}
    known = {name: sheet for sheet in layout.INPUT_SHEETS for name in layout.names(sheet)}
    passed = {layout.fold(name) for pair in layout.OUTPUT_SHEETS for name in pair}
    titles = list(workbook.sheetnames)
    for title in titles:
        folded = layout.fold(title)
        if folded in known:
            found.setdefault(known[folded].key, workbook[title])
        elif folded not in passed:
            close = get_close_matches(folded, list(known), n=1, cutoff=0.75)
            if close:
                meant = known[close[0]]
                reading.problem(
                    None,
                    f"trang tính '{title}' không có trong bố cục (có phải '{meant.vi}'?)",
                    f"sheet '{title}' is not part of the layout (did you mean '{meant.en}'?)",
                )
    if layout.FIGURES.key not in found:
        sheet = layout.FIGURES
        listed = ", ".join(f"'{title}'" for title in titles)
        reading.problem(
            None,
            f"thiếu trang tính '{sheet.vi}' (hoặc '{sheet.en}'); sổ tính có: {listed}",
            f"the sheet '{sheet.en}' ('{sheet.vi}') is missing; the workbook has: {listed}",
        )
    return found


def _rows(worksheet: Any, sheet: Sheet, reading: _Reading) -> list[tuple[Position, Row]]:
    """The sheet's data rows by column key, after its header row; empty rows skipped."""
    title = worksheet.title
    stream = _cell_rows(worksheet, title, reading)
    head: list[list[_Cell]] = []
    found = False
    for cells in stream:
        head.append(cells)
        found = _is_header(head, sheet)
        if found or len(head) >= HEADER_SEARCH:
            break
    if not head:
        return []  # an empty sheet says nothing
    if not found:
        at = head[0][0].at
        reading.problem(
            at,
            f"trang tính '{title}' không có dòng tiêu đề (cần các cột "
            + ", ".join(f"'{c.vi}'" for c in sheet.columns if c.required)
            + ")",
            f"sheet '{title}' has no header row (it needs the columns "
            + ", ".join(f"'{c.en}'" for c in sheet.columns if c.required)
            + ")",
        )
        return []
    pending = next(stream, None)
    if pending is not None and _header_like(pending, sheet):
        head.append(pending)  # a header over two rows, e.g. years under a merged cell
        pending = None
    columns = _columns(head, sheet, reading)
    kinds: dict[str, layout.Kind] = {column.key: column.kind for column in sheet.columns}
    rows: list[tuple[Position, Row]] = []
    for cells in [*([pending] if pending else []), *stream]:
        row: Row = {
            columns[c.at.column]: replace(c, kind=kinds.get(columns[c.at.column], "count"))
            for c in cells
            if c.at.column in columns
        }
        if row:
            rows.append((cells[0].at, row))
    return rows


def _cell_rows(worksheet: Any, title: str, reading: _Reading) -> Iterator[list[_Cell]]:
    """Each row's non-empty cells, until `BLANK_RUN` empty rows in a row; hidden rows that
    hold something are noted (they are read, but the analyst may not have seen them)."""
    blank = 0
    hidden_dimensions = None if reading.streamed else worksheet.row_dimensions
    comments_seen = not reading.streamed
    for number, row in enumerate(worksheet.iter_rows(), start=1):
        cells = []
        for index, cell in enumerate(row, start=1):
            value = cell.value
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            letter = _letter(index)
            comment = cell.comment.text.strip() if comments_seen and cell.comment else None
            cells.append(
                _Cell(
                    value,
                    cell.data_type,
                    cell.number_format or "General",
                    Position(number, index, f"{title}!{letter}{number}"),
                    comment,
                )
            )
        if not cells:
            blank += 1
            if blank >= BLANK_RUN:
                return
            continue
        blank = 0
        if (
            hidden_dimensions is not None
            and number in hidden_dimensions
            and hidden_dimensions[number].hidden
        ):
            reading.note(
                cells[0].at,
                f"dòng {number} của '{title}' đang bị ẩn; lotrinh vẫn đọc dòng này",
                f"row {number} of '{title}' is hidden; lotrinh reads it all the same",
            )
        yield cells


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


def _is_header(head: list[list[_Cell]], sheet: Sheet) -> bool:
    """Whether the last row of `head` is the header row: it names two of the sheet's
    columns (one, for a sheet with fewer required), counting headers merged down from the
    rows above, whose text Excel keeps in the upper row."""
    texts = {text for text in _header_texts(head, len(head) - 1).values() if text}
    needed = min(2, max(1, sum(column.required for column in sheet.columns)))
    return len(_keys(texts, sheet)) >= needed and bool(
        _keys({str(cell.value) for cell in head[-1]}, sheet)
    )


def _header_like(cells: list[_Cell], sheet: Sheet) -> bool:
    """A row of headers only (known names or years), as under a merged super-header."""
    for cell in cells:
        text = str(cell.value).strip()
        if not _keys({text}, sheet) and not (sheet.years and layout.year_of_header(text)):
            return False
    return True


def _header_texts(head: list[list[_Cell]], index: int) -> dict[int, str | None]:
    """Header text by column number: the row's own, or (merged headers) the nearest above."""
    texts: dict[int, str | None] = {}
    for row in head[: index + 1]:
        for cell in row:
            texts[cell.at.column] = str(cell.value).strip()
    return texts


def _keys(texts: set[str], sheet: Sheet) -> set[str]:
    found = set()
    for text in texts:
        folded = layout.fold(text)
        for column in sheet.columns:
            if folded in layout.column_names(column):
                found.add(column.key)
    return found


def _columns(head: list[list[_Cell]], sheet: Sheet, reading: _Reading) -> dict[int, str]:
    """Column number → column key (a year column's key is the year). A header close to a
    known one is a slip, said with the header meant; any other is a column of notes."""
    header_row = head[-1]
    texts = _header_texts(head, len(head) - 1)
    at_of = {cell.at.column: cell.at for row in head for cell in row}  # the lowest wins
    known = {name: column for column in sheet.columns for name in layout.column_names(column)}
    columns: dict[int, str] = {}
    for number, text in sorted(texts.items()):
        if text is None:
            continue
        folded = layout.fold(text)
        year = layout.year_of_header(text) if sheet.years else None
        key = known[folded].key if folded in known else None if year is None else str(year)
        if key is not None and key in columns.values():
            reading.problem(
                at_of[number],
                f"cột '{text}' lặp lại: mỗi cột chỉ ghi một lần",
                f"column '{text}' appears twice: give each column once",
            )
        elif key is not None:
            columns[number] = key
        else:
            close = get_close_matches(folded, list(known), n=1, cutoff=0.75)
            if close and known[close[0]].key not in _keys(set(filter(None, texts.values())), sheet):
                meant: Column = known[close[0]]
                reading.problem(
                    at_of[number],
                    f"cột '{text}' không có trong bố cục của '{sheet.vi}' (có phải '{meant.vi}'?)",
                    f"column '{text}' is not part of the '{sheet.en}' layout (did you mean "
                    f"'{meant.en}'?)",
                )
    missing = [c for c in sheet.columns if c.required and c.key not in columns.values()]
    for column in missing:
        reading.problem(
            header_row[0].at,
            f"trang tính '{sheet.vi}' thiếu cột '{column.vi}'",
            f"sheet '{sheet.en}' lacks the column '{column.en}'",
        )
    return columns


# ---- cell values as the text a plan file would hold ---------------------------------------


def _text(cell: _Cell, reading: _Reading) -> str | None:
    """A cell as plain text; None (with a problem) for a formula error."""
    value = cell.value
    if cell.data_type == "e" or (isinstance(value, str) and value.strip() in _FORMULA_ERRORS):
        reading.problem(
            cell.at,
            f"ô {cell.at.cell} có lỗi công thức {str(value).strip()}: sửa công thức rồi lưu lại",
            f"cell {cell.at.cell} holds the formula error {str(value).strip()}: fix the formula "
            "and save again",
        )
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _count(cell: _Cell, reading: _Reading) -> str | None:
    """A headcount cell as text. A number cell holding a fraction is refused here, with the
    likely cause: Excel took the thousands dot of 28.960 for a decimal point."""
    value = cell.value
    if isinstance(value, float) and not value.is_integer():
        shown = f"{value:g}".replace(".", ",")
        thousand = Decimal(repr(value)) * 1000
        hint_vi = hint_en = ""
        if thousand == thousand.to_integral_value():
            grouped = f"{int(thousand):,}".replace(",", ".")
            hint_vi = (
                f"; có lẽ là {grouped}: Excel đã đọc dấu chấm hàng nghìn thành dấu thập phân — "
                f"gõ lại {int(thousand)} hoặc định dạng ô là Văn bản (Text) rồi gõ {grouped}"
            )
            hint_en = (
                f"; probably {grouped}: Excel took the thousands dot for a decimal point — type "
                f"{int(thousand)}, or format the cell as Text and type {grouped}"
            )
        reading.problem(
            cell.at,
            f"ô {cell.at.cell} chứa số {shown}, không phải số nguyên biên chế{hint_vi}",
            f"cell {cell.at.cell} holds {value:g}, not a whole number of posts{hint_en}",
        )
        return None
    if isinstance(value, datetime.date):
        reading.problem(
            cell.at,
            f"ô {cell.at.cell} là ngày tháng, không phải số biên chế (Excel tự đổi? định dạng "
            "ô là Văn bản rồi gõ lại)",
            f"cell {cell.at.cell} is a date, not a headcount (reformat it as Text and retype)",
        )
        return None
    return _text(cell, reading)


def _rate(cell: _Cell, reading: _Reading) -> str | None:
    """A rate as written. A number cell counts only when formatted as a percentage: it is
    then read as shown (`0.00%` shows 5,08%), which is what the analyst saw and wrote."""
    value = cell.value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "%" not in cell.number_format:
            reading.problem(
                cell.at,
                f"ô {cell.at.cell} chứa số {value:g}: ghi tỷ lệ dạng văn bản như văn bản viết "
                "('5,08%') hoặc định dạng ô là phần trăm",
                f"cell {cell.at.cell} holds the number {value:g}: write the rate as text, as the "
                "document does ('5,08%'), or format the cell as a percentage",
            )
            return None
        decimals = _percent_decimals(cell.number_format)
        shown = (Decimal(repr(float(value))) * 100).quantize(
            Decimal(1).scaleb(-decimals), ROUND_HALF_UP
        )
        return f"{shown}%".replace(".", ",")
    return _text(cell, reading)


def _percent_decimals(number_format: str) -> int:
    """Decimals a percentage format shows: `0.00%` → 2, `0%` → 0."""
    match = re.search(r"0[.,](0+)\s*%", number_format)
    return len(match.group(1)) if match else 0


def _read(cell: _Cell, reading: _Reading) -> str | None:
    """A cell as its column's kind of value (`layout.Column.kind`); None when refused."""
    if cell.kind == "count":
        return _count(cell, reading)
    if cell.kind == "rate":
        return _rate(cell, reading)
    return _text(cell, reading)


def _put(
    target: dict[str, Any], key: str, cell: _Cell | None, path: DataPath, reading: _Reading
) -> None:
    """Set `target[key]` from a cell (skipped when absent or unreadable) and locate it."""
    if cell is None:
        return
    text = _read(cell, reading)
    if text is None:
        return
    target[key] = text
    reading.values[(*path, key)] = cell.at


# ---- sheets as plain data -----------------------------------------------------------------


def _units(rows: list[tuple[Position, Row]], reading: _Reading) -> list[dict[str, Any]]:
    units: list[dict[str, Any]] = []
    index_of: dict[str, int] = {}
    parents: list[tuple[str, _Cell]] = []
    for at, row in rows:
        years = {key: cell for key, cell in row.items() if key.isdigit()}
        if "id" not in row:
            if years:
                reading.problem(
                    at,
                    f"dòng {at.line} có số liệu nhưng thiếu mã đơn vị (cột 'Mã')",
                    f"row {at.line} has figures but no unit id (column 'ID')",
                )
            continue  # a block heading or a note between blocks
        index = len(units)
        path: DataPath = ("units", index)
        reading.values[path] = row["id"].at
        unit: dict[str, Any] = {}
        for key in _UNIT_KEYS:
            _put(unit, key, row.get(key), path, reading)
        index_of.setdefault(str(unit.get("id")), index)
        if "parent" in row:
            parents.append((str(unit.get("id")), row["parent"]))
        figures: dict[str, Any] = {}
        reading.values[(*path, "figures")] = row["id"].at
        for year, cell in years.items():
            figures_path: DataPath = (*path, "figures")
            implied = _implied(cell)
            if implied is None:
                _put(figures, year, cell, figures_path, reading)
                continue
            written, comment = implied
            value = _count(written, reading)
            if value is None:
                continue
            figure = {"value": value}
            derived = _derived_from(comment)
            if derived:
                figure["derived_from"] = derived
            note = _note(comment)
            if note:
                figure["note"] = note
            figures[year] = figure
            for key in ("", "value", "note", "derived_from"):
                reading.values[(*figures_path, year, key) if key else (*figures_path, year)] = (
                    cell.at
                )
        unit["figures"] = figures
        units.append(unit)
    for child, cell in parents:
        parent = _text(cell, reading)
        if parent is None:
            continue
        if parent not in index_of:
            from lotrinh.problems import did_you_mean

            reading.problem(
                cell.at,
                f"không có đơn vị '{parent}' trong cột 'Mã'"
                + did_you_mean(parent, index_of, Lang.VI),
                f"there is no unit '{parent}' in the 'ID' column"
                + did_you_mean(parent, index_of, Lang.EN),
            )
            continue
        parts = units[index_of[parent]].setdefault("parts", [])
        reading.values[("units", index_of[parent], "parts", len(parts))] = cell.at
        parts.append(child)
    return units


def _implied(cell: _Cell) -> tuple[_Cell, str] | None:
    """(the figure, its note) for an implied figure: `26.330*`, or a cell with a comment."""
    value = cell.value
    if isinstance(value, str) and value.strip().endswith(layout.IMPLIED_MARK):
        bare = value.strip().removesuffix(layout.IMPLIED_MARK).strip()
        return _Cell(bare, "s", cell.number_format, cell.at), cell.comment or layout.IMPLIED_MARK
    if cell.comment and not _FINDING_NOTE.match(cell.comment):
        return cell, cell.comment
    return None


_FINDING_NOTE = re.compile(r"LT[0-9]{3} ")
"""How `lotrinh export` starts the comment on a cell a finding is about: that comment says
what is wrong with the figure, not that the figure is implied."""

_DERIVED = re.compile(r"(?:suy ra từ|derived from)\s*:?\s*([^\s,;]+)", re.IGNORECASE)


def _derived_from(note: str) -> str | None:
    """The claim a note names ('suy ra từ cq-vc-2024'), as `derived_from`."""
    match = _DERIVED.search(note)
    return match.group(1).rstrip(".") if match else None


def _note(comment: str) -> str | None:
    """A figure's note from its cell's comment: what is left once the implied mark alone, a
    first line that only names the claim (as `lotrinh export` writes `derived_from`) and the
    lines `lotrinh export` adds for findings are taken away."""
    lines = comment.strip().split("\n")
    if lines and (lines[0].strip() == layout.IMPLIED_MARK or _ONLY_DERIVED.fullmatch(lines[0])):
        lines = lines[1:]
    lines = [line for line in lines if not _FINDING_NOTE.match(line)]
    return "\n".join(lines).strip() or None


_ONLY_DERIVED = re.compile(rf"\s*{_DERIVED.pattern}\s*", re.IGNORECASE)


def _single_valued(sheet: Sheet, shape: type[Any]) -> tuple[str, ...]:
    """The sheet's columns that fill one single-valued field of `shape` (a plan file's object,
    `plan_format`), in column order: the fields a row gives as they are."""
    names = {spec.name for spec in plan_format.fields_of(shape) if plan_format.single(spec.node)}
    return tuple(column.key for column in sheet.columns if column.key in names)


_UNIT_KEYS = _single_valued(layout.FIGURES, plan_format.UnitData)
_CLAIM_KEYS = _single_valued(layout.CLAIMS, plan_format.ClaimData)
_CHANGE_KEYS = _single_valued(layout.CLAIMS, plan_format.ChangeData)
_CLAIM_REQUIRED = tuple(s.name for s in plan_format.fields_of(plan_format.ClaimData) if s.required)
"""A row that gives any of these (unit, year, quote) begins a claim of its own."""
_TARGET_KEYS = _single_valued(layout.TARGETS, plan_format.TargetData)
_META_KEYS = _single_valued(layout.DOCUMENT, plan_format.PlanMetaData)


def _claims(rows: list[tuple[Position, Row]], reading: _Reading) -> list[dict[str, Any]]:
    claims: list[dict[str, Any]] = []
    previous_id: str | None = None
    for at, row in rows:
        row_id = _text(row["id"], reading) if "id" in row else None
        own = any(key in row for key in _CLAIM_REQUIRED)
        continues = claims and (
            (row_id is not None and row_id == previous_id) or (row_id is None and not own)
        )
        if continues:
            index = len(claims) - 1
            claim = claims[index]
            for key in _CLAIM_KEYS:
                if key == "id":
                    continue
                if key in row and key not in claim:
                    _put(claim, key, row[key], ("claims", index), reading)
                elif key in row and _read(row[key], reading) not in (None, claim[key]):
                    cell = row[key]
                    reading.problem(
                        cell.at,
                        f"ô {cell.at.cell} khác dòng trên dù cùng mã nhận định '{row_id}': "
                        "các dòng cùng mã là một câu (đổi mã nếu là câu khác)",
                        f"cell {cell.at.cell} differs from the row above with the same claim id "
                        f"'{row_id}': rows with one id are one sentence (give another id)",
                    )
        else:
            index = len(claims)
            claim = {}
            reading.values[("claims", index)] = at
            for key in _CLAIM_KEYS:
                _put(claim, key, row.get(key), ("claims", index), reading)
            claims.append(claim)
            previous_id = row_id
        change_keys = _CHANGE_KEYS
        if any(key in row for key in change_keys):
            changes = claim.setdefault("changes", [])
            path: DataPath = ("claims", index, "changes", len(changes))
            first = next(row[key] for key in change_keys if key in row)
            reading.values[path] = first.at
            change: dict[str, Any] = {}
            for key in change_keys:
                _put(change, key, row.get(key), path, reading)
            changes.append(change)
    return claims


def _targets(rows: list[tuple[Position, Row]], reading: _Reading) -> list[dict[str, Any]]:
    targets: list[dict[str, Any]] = []
    for at, row in rows:
        index = len(targets)
        path: DataPath = ("targets", index)
        reading.values[path] = at
        target: dict[str, Any] = {}
        for key in _TARGET_KEYS:
            _put(target, key, row.get(key), path, reading)
        if "units" in row:
            text = _text(row["units"], reading)
            if text is not None:
                target["units"] = [part.strip() for part in text.split(",") if part.strip()]
                for number in range(len(target["units"])):
                    reading.values[(*path, "units", number)] = row["units"].at
                reading.values[(*path, "units")] = row["units"].at
        targets.append(target)
    return targets


def _document(
    rows: list[tuple[Position, Row]], reading: _Reading
) -> tuple[dict[str, Any], dict[str, Any]]:
    meta: dict[str, Any] = {}
    years: dict[str, Any] = {}
    if not rows:
        return meta, years
    _, row = rows[0]
    for key in _META_KEYS:
        _put(meta, key, row.get(key), ("plan",), reading)
    for kind in ("actual", "target"):
        cell = row.get(kind)
        if cell is None:
            continue
        text = _text(cell, reading)
        for year in filter(None, _YEAR_LIST.split(text or "")):
            years[year] = kind
            reading.values[("years", year)] = cell.at
    return meta, years
