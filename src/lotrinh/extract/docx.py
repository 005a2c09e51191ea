"""A .docx to lines: paragraphs and tables in the order the body holds them.

What a line is, so that a finding's line number points at something in Word:
- each body paragraph is one line (an empty paragraph is an empty line); a paragraph in a
  "Heading N" (or "Title") style is written `#`×N + space + text, as in Markdown;
- each table row is one line of Markdown pipe cells (see `pipetable`), and one `|---|` line
  follows the header rows (the rows marked "repeat as header row", at least the first);
- a table of one column is layout, not data (a frame around the text): its paragraphs are
  lines as if they stood in the body;
- a merged cell's text stands in its first grid cell, the cells it covers are blank
  (`pipetable` says why); a table inside a cell is flattened into that cell's text, its cells
  joined by spaces and its rows by "; ";
- Word's automatic list numbers and bullets are written before the text, as Word shows them
  ("1.", "a)"; a bullet "-" at the first level, "+" deeper);
- a letterhead or signature set in a borderless table of two columns or more (see `layout`)
  is set apart: each of its rows is an empty line, its text goes to `set_aside`;
- content controls (w:sdt) are read through; tracked changes read as accepted; text boxes,
  footnotes, page headers and footers are not read (they live outside the body or in
  drawings), and a footnote mark typed as superscript digits is dropped, so that "28.960¹"
  reads 28.960, not 289.601;
- soft hyphens, zero-width and no-break spaces are cleaned as `layout.clean` says.

So line N of a .docx is its N-th paragraph or table row, counting the separator line after
each table's header as one.

The package is inflated by `loading.archive` first, within `--max-bytes`, so python-docx
never inflates an unchecked member.
"""

from __future__ import annotations

import re
from typing import Any

from lotrinh.extract.layout import clean, is_frame
from lotrinh.extract.pipetable import cell_text, table_lines
from lotrinh.extract.refusal import damaged, refused
from lotrinh.extract.result import ExtractError
from lotrinh.loading.archive import bounded_zip_stream
from lotrinh.loading.errors import LoadError, Problem

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _TR, _TC, _SDT = (f"{_W}{tag}" for tag in ("p", "tbl", "tr", "tc", "sdt"))
_TRANSPARENT = {f"{_W}sdtContent", f"{_W}customXml", f"{_W}smartTag"}
"""Wrappers whose children belong to the enclosing body or cell."""

_HEADING_NAME = re.compile(r"heading ([1-9])|title", re.IGNORECASE)
_BREAKS = re.compile(r"[\t\r\n\v\f]+")
MAX_COLUMNS = 256
"""A merged cell may cover at most this many grid columns: a hostile gridSpan of 10^9 would
otherwise make one row of a billion blank cells."""


def docx_lines(data: bytes, name: str, max_bytes: int) -> list[str]:
    """The lines of the .docx in `data` (see the module's documentation)."""
    return docx_document(data, name, max_bytes)[0]


def docx_document(data: bytes, name: str, max_bytes: int) -> tuple[list[str], list[str]]:
    """The lines of the .docx in `data`, and the lines of the frames set apart."""
    from docx import Document

    try:
        stream = bounded_zip_stream(data, name, max_bytes)
    except LoadError as exc:
        raise ExtractError(
            [
                Problem(
                    p.path,
                    p.line,
                    p.column,
                    f"không đọc được tệp .docx: {p.message_vi}",
                    f"cannot read the .docx: {p.message_en}",
                )
                for p in exc.problems
            ]
        ) from None
    try:
        document = Document(stream)
    except ValueError as exc:
        if "content type" in str(exc):  # python-docx's word for "a ZIP, but not Word's"
            raise refused(
                name,
                "không phải tệp Word (.docx): tệp ZIP này không chứa văn bản Word",
                "not a Word file (.docx): this ZIP holds no Word document",
            ) from None
        raise damaged(name, ".docx", exc) from None
    # python-docx reports a damaged package through many types (KeyError, lxml's syntax
    # error, its own PackageNotFoundError); all of them mean the same to the user.
    except Exception as exc:
        raise damaged(name, ".docx", exc) from None
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError):  # python-docx's words for "no numbering part"
        numbering = None
    try:
        walker = _Walker(
            _heading_levels(document.styles.element),
            _Numbering(numbering, document.styles.element),
            _ruled_styles(document.styles.element),
        )
        lines = walker.lines(document.element.body)
        return lines, [*walker.set_aside, *_apart(document)]
    except RecursionError:
        raise refused(
            name,
            "bảng lồng nhau quá sâu, không đọc được",
            "tables nested too deeply to read",
        ) from None


class _Walker:
    """Reads body and cell content into lines; knows the document's heading styles."""

    def __init__(self, headings: dict[str, int], numbering: _Numbering, ruled: set[str]) -> None:
        self.headings = headings
        self.numbering = numbering
        self.ruled = ruled
        self.set_aside: list[str] = []

    def lines(self, container: Any) -> list[str]:
        out: list[str] = []
        for child in _children(container):
            if child.tag == _P:
                out.append(self._paragraph(child))
            elif child.tag == _TBL:
                out.extend(self._table(child))
        return out

    def _paragraph(self, p: Any) -> str:
        text = self.numbering.marker(p) + _paragraph_text(p)
        style = p.find(f"{_W}pPr/{_W}pStyle")
        level = self.headings.get(style.get(f"{_W}val", "")) if style is not None else None
        if level and text.strip():
            return "#" * level + " " + text.strip()
        return text

    def _table(self, tbl: Any) -> list[str]:
        rows = list(tbl.iterchildren(_TR))
        if all(len(list(row.iterchildren(_TC))) <= 1 for row in rows):
            # A frame around text: its paragraphs are the document's, one line each.
            return [line for row in rows for tc in row.iterchildren(_TC) for line in self.lines(tc)]
        if not self._ruled(tbl):
            # A letterhead or a signature: its columns side by side are no data table.
            # Read without list numbers: counting them here would count them twice.
            columns = [
                [cell_text(text) for p in tc.iter(_P) if (text := _paragraph_text(p)).strip()]
                for row in rows
                for tc in row.iterchildren(_TC)
            ]
            if is_frame(line for column in columns for line in column):
                self.set_aside.extend(line for column in columns for line in column)
                return [""] * len(rows)
        header = 0
        while header < len(rows) and rows[header].find(f"{_W}trPr/{_W}tblHeader") is not None:
            header += 1
        return table_lines(self._grid(rows), header)

    def _ruled(self, tbl: Any) -> bool:
        """Whether the table prints any border: its own, its style's or a cell's."""
        properties = tbl.find(f"{_W}tblPr")
        style = _attr(_find(properties, "tblStyle"), "val")
        own = _find(properties, "tblBorders")
        # The table's own borders override its style's, side by side.
        hidden = {
            _SIDE_NAMES.get(name, name)
            for side in (() if own is None else own)
            if _attr(side, "val") in _NO_BORDER and (name := str(side.tag).rpartition("}")[2])
        }
        return (
            (style in self.ruled and not _SIDES.issubset(hidden))
            or _visible(own)
            or any(_visible(borders) for borders in tbl.iter(f"{_W}tcBorders"))
        )

    def _grid(self, rows: list[Any]) -> list[list[str]]:
        grid: list[list[str]] = []
        for row in rows:
            cells = [""] * _grid_value(row.find(f"{_W}trPr/{_W}gridBefore"), 0)
            for tc in row.iterchildren(_TC):
                properties = tc.find(f"{_W}tcPr")
                span = _grid_value(_find(properties, "gridSpan"), 1)
                merge = _find(properties, "vMerge")
                continued = merge is not None and merge.get(f"{_W}val", "continue") != "restart"
                cells.append("" if continued else self._cell(tc))
                cells.extend([""] * max(0, min(span - 1, MAX_COLUMNS - len(cells))))
            grid.append(cells)
        return grid

    def _cell(self, tc: Any) -> str:
        parts: list[str] = []
        for child in _children(tc):
            if child.tag == _P:
                parts.append(self.numbering.marker(child) + _paragraph_text(child))
            elif child.tag == _TBL:
                rows = self._grid(list(child.iterchildren(_TR)))
                parts.append("; ".join(" ".join(c for c in row if c) for row in rows))
        return cell_text(" ".join(parts))


_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip
_LEVEL_TEXT = re.compile(r"%([1-9])")


class _Numbering:
    """Word's automatic list numbers and bullets, written as the text a typist would type:
    "1.", "a)", "II." as Word shows them, a bullet as "-" (level 1) or "+" (deeper), the
    Vietnamese habit. Counted per list (w:num) in document order, deeper levels restarting."""

    def __init__(self, numbering: Any, styles: Any) -> None:
        self.lists: dict[str, str] = {}
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.styles: dict[str, tuple[str, int]] = {}
        self.counters: dict[str, list[int]] = {}
        if numbering is not None:
            for number in numbering.iterchildren(f"{_W}num"):
                abstract = number.find(f"{_W}abstractNumId")
                if abstract is not None:
                    self.lists[_attr(number, "numId")] = _attr(abstract, "val")
            for abstract in numbering.iterchildren(f"{_W}abstractNum"):
                for level in abstract.iterchildren(f"{_W}lvl"):
                    self.levels[(_attr(abstract, "abstractNumId"), _int(_attr(level, "ilvl")))] = (
                        _attr(level.find(f"{_W}numFmt"), "val") or "decimal",
                        _attr(level.find(f"{_W}lvlText"), "val"),
                        _int(_attr(level.find(f"{_W}start"), "val"), 1),
                    )
        for style in styles.iterchildren(f"{_W}style"):
            found = _number_of(style)
            if found is not None:
                self.styles[_attr(style, "styleId")] = found

    def marker(self, p: Any) -> str:
        """The number or bullet Word shows before paragraph `p`, with a space; "" if none."""
        found = _number_of(p)
        if found is None:
            style = p.find(f"{_W}pPr/{_W}pStyle")
            found = self.styles.get(_attr(style, "val")) if style is not None else None
        if found is None or found[0] not in self.lists:
            return ""
        number, depth = found
        abstract = self.lists[number]
        if (abstract, depth) not in self.levels or not 0 <= depth < 9:
            return ""
        counters = self.counters.setdefault(number, [0] * 9)
        counters[depth] += 1
        counters[depth + 1 :] = [0] * (8 - depth)
        form, text, _ = self.levels[(abstract, depth)]
        if form == "bullet":
            return "- " if depth == 0 else "+ "
        if form == "none" or not text:
            return ""

        def shown(match: re.Match[str]) -> str:
            level = int(match.group(1)) - 1
            form, _, start = self.levels.get((abstract, level), ("decimal", "", 1))
            return _formatted(start - 1 + max(counters[level], 1), form)

        return _LEVEL_TEXT.sub(shown, text) + " "


def _number_of(element: Any) -> tuple[str, int] | None:
    """The (list, level) of a paragraph's or style's w:numPr, if it has one."""
    properties = element.find(f"{_W}pPr/{_W}numPr")
    if properties is None:
        return None
    number = properties.find(f"{_W}numId")
    if number is None:
        return None
    return _attr(number, "val"), _int(_attr(properties.find(f"{_W}ilvl"), "val"))


def _formatted(value: int, form: str) -> str:
    """`value` as Word shows it in `form`; past "zzzzzzzzzz" or 3999 (where letters or roman
    numerals would grow without bound) as digits."""
    if value < 1 or (form.endswith("Letter") and value > 260) or value > 3999:
        return str(value)
    if form in ("lowerLetter", "upperLetter"):
        letters = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letters.upper() if form == "upperLetter" else letters
    if form in ("lowerRoman", "upperRoman"):
        roman = ""
        for size, digits in _ROMAN:
            while value >= size:
                roman, value = roman + digits, value - size
        return roman.upper() if form == "upperRoman" else roman
    return str(value)


def _attr(element: Any, name: str) -> str:
    return "" if element is None else str(element.get(f"{_W}{name}", ""))


def _int(text: str, default: int = 0) -> int:
    try:
        return int(text)
    except ValueError:
        return default


def _children(container: Any) -> list[Any]:
    """The paragraphs, tables and content controls of a body or cell, wrappers opened."""
    out: list[Any] = []
    for child in container.iterchildren():
        if child.tag == _SDT:
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                out.extend(_children(content))
        elif child.tag in _TRANSPARENT:
            out.extend(_children(child))
        elif child.tag in (_P, _TBL):
            out.append(child)
    return out


_RUN = f"{_W}r"
_REMOVED = {f"{_W}del", f"{_W}moveFrom"}
"""Tracked deletions: struck through in Word, not part of the text."""


def _paragraph_text(p: Any) -> str:
    """The paragraph's text as Word shows it with tracked changes accepted: runs, also inside
    insertions, hyperlinks, fields and inline controls; never deleted runs, nor the text
    boxes a drawing in a run may hold."""
    # A soft line break (Shift+Enter) stays inside the paragraph: one paragraph, one line;
    # a tab aligns words, so it parts them as a space does.
    return clean(_BREAKS.sub(" ", "".join(_runs_text(p))))


def _runs_text(element: Any) -> list[str]:
    texts: list[str] = []
    for child in element.iterchildren():
        if child.tag == _RUN:
            if not _footnote_mark(child):
                texts.append(child.text)  # python-docx's run text: w:t, w:tab, w:br, …
        elif child.tag not in _REMOVED and child.tag not in (f"{_W}pPr", f"{_W}rPr"):
            texts.extend(_runs_text(child))
    return texts


_MARK = re.compile(r"[\d*()\[\]]+")


def _footnote_mark(run: Any) -> bool:
    """A run of superscript digits or asterisks: a footnote mark typed by hand."""
    raised = run.find(f"{_W}rPr/{_W}vertAlign")
    return _attr(raised, "val") == "superscript" and bool(_MARK.fullmatch(run.text.strip()))


_NO_BORDER = ("nil", "none", "")
_SIDES = frozenset(("top", "bottom", "left", "right", "insideH", "insideV"))
_SIDE_NAMES = {"start": "left", "end": "right"}
"""Newer Word names a table's left and right sides start and end."""


def _visible(borders: Any) -> bool:
    """Whether a w:tblBorders or w:tcBorders element draws any line."""
    return borders is not None and any(_attr(side, "val") not in _NO_BORDER for side in borders)


def _ruled_styles(styles: Any) -> set[str]:
    """The table styles that draw borders, their own or through the styles they are based
    on (Word's "Table Grid" does; "Normal Table" does not)."""
    own: dict[str, bool] = {}
    base: dict[str, str] = {}
    for style in styles.iterchildren(f"{_W}style"):
        if style.get(f"{_W}type") == "table":
            identifier = style.get(f"{_W}styleId", "")
            own[identifier] = _visible(style.find(f"{_W}tblPr/{_W}tblBorders"))
            base[identifier] = _attr(style.find(f"{_W}basedOn"), "val")
            if style.get(f"{_W}default") in ("1", "true", "on"):
                base[""] = identifier  # a table naming no style has the default one
                own[""] = False
    ruled = set()
    for identifier in own:
        seen = set()
        current = identifier
        while current in own and current not in seen:
            if own[current]:
                ruled.add(identifier)
                break
            seen.add(current)
            current = base[current]
    return ruled


def _heading_levels(styles: Any) -> dict[str, int]:
    """Paragraph style id → heading level, for the styles named "Heading N" and "Title"."""
    levels: dict[str, int] = {}
    for style in styles.iterchildren(f"{_W}style"):
        name = style.find(f"{_W}name")
        if name is None:
            continue
        match = _HEADING_NAME.fullmatch(name.get(f"{_W}val", ""))
        if match:
            levels[style.get(f"{_W}styleId", "")] = int(match.group(1) or 1)
    return levels


_TEXT_BOX = f"{_W}txbxContent"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
"""Word writes a text box twice, as DrawingML and as a VML fallback: the fallback is skipped."""


def _apart(document: Any) -> list[str]:
    """The text of the body's text boxes and of the footnotes and endnotes, which are not
    read: listed, so that what was not read can be seen."""
    from docx.oxml.parser import parse_xml

    found = [
        text
        for box in document.element.body.iter(_TEXT_BOX)
        if next(box.iterancestors(_FALLBACK), None) is None
        for p in box.iter(_P)
        if (text := _paragraph_text(p).strip())
    ]
    for relation in document.part.rels.values():
        if relation.reltype.endswith(("/footnotes", "/endnotes")) and not relation.is_external:
            notes = parse_xml(relation.target_part.blob)  # python-docx's safe parser
            for note in notes:
                if _attr(note, "type") in ("", "normal"):
                    text = " ".join(_paragraph_text(p).strip() for p in note.iter(_P)).strip()
                    if text:
                        found.append(text)
    return found


def _find(properties: Any, tag: str) -> Any:
    return None if properties is None else properties.find(f"{_W}{tag}")


def _grid_value(element: Any, default: int) -> int:
    """A gridSpan/gridBefore count, within 0..MAX_COLUMNS; a malformed one is the default."""
    if element is None:
        return default
    try:
        return max(0, min(int(element.get(f"{_W}val", default)), MAX_COLUMNS))
    except ValueError:
        return default
