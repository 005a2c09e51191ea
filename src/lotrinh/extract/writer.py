"""A draft plan as commented YAML (for a person to review) or as JSON (for a program).

The YAML is written by hand, not by a YAML library, so that counts appear as the document
writes them (`28.960`, which our loader reads as 28960), every string is double-quoted with
exactly its characters (a no-break space is written `\\u00a0`, so a reviewer sees it), and
each claim, year and target carries a comment saying where it came from.
"""

from __future__ import annotations

import json
import unicodedata
from typing import Any

from lotrinh.extract.result import Coverage, ExtractResult, Message, Status
from lotrinh.numbers import Lang, format_count

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_VISIBLE_SPACE = " "


def quoted(text: str) -> str:
    """A YAML double-quoted scalar holding exactly `text`."""
    out = ['"']
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif _invisible(char):
            code = ord(char)
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def _invisible(char: str) -> bool:
    category = unicodedata.category(char)
    return category[0] in "CZ" and char != _VISIBLE_SPACE


def _comment(text: str) -> str:
    """Comment text on one line: YAML ends a comment at any line break, tabs are refused."""
    return "".join(" " if _invisible(char) else char for char in text).strip()


def to_yaml(result: ExtractResult, source: str, lang: Lang = Lang.VI) -> str:
    """The draft plan as a commented YAML plan file."""
    data = result.data
    say = lang
    out: list[str] = [f"# {line}".rstrip() for line in _header(result.coverage, source, lang)]
    out += ["lotrinh: 1", "", "plan:"]
    for key, value in data["plan"].items():
        out.append(f"  {key}: {quoted(str(value))}")
    if not data["plan"]:
        out[-1] = "plan: {}"
    out += ["", "years:" if data["years"] else "years: {}"]
    for year, kind in data["years"].items():
        out.append(f"  {year}: {kind}{_note(result, f'years.{year}', say)}")
    out += ["", "units:" if data["units"] else "units: []"]
    for unit in data["units"]:
        out.append(f"  - id: {quoted(unit['id'])}{_note(result, 'units.' + unit['id'], say)}")
        for key in ("name", "short", "category"):
            if key in unit:
                out.append(f"    {key}: {quoted(unit[key])}")
        if unit.get("parts"):
            out.append(f"    parts: [{', '.join(quoted(part) for part in unit['parts'])}]")
    out += ["", "claims:"]
    previous_line = None
    for claim in data["claims"]:
        if claim["source_line"] != previous_line:
            label = "dòng" if lang is Lang.VI else "line"
            out.append(f"  # ---- {label} {claim['source_line']} ----")
            previous_line = claim["source_line"]
        out.append(f"  - id: {quoted(claim['id'])}")
        out.append(f"    unit: {quoted(claim['unit'])}")
        out.append(f"    year: {claim['year']}{_note(result, 'claims.' + claim['id'], say)}")
        out.append(f"    source_line: {claim['source_line']}")
        out.append(f"    quote: {quoted(claim['quote'])}")
        if "value" in claim:
            out.append(f"    value: {format_count(claim['value'])}")
        if claim.get("changes"):
            out.append("    changes:")
            out += [f"      - {_change(change)}" for change in claim["changes"]]
    out += ["", "targets:" if data["targets"] else "targets: []"]
    for target in data["targets"]:
        note = result.notes.get(f"targets.{target['id']}")
        if note is not None:
            out += [f"  # {_comment(line)}" for line in note.text(say).split("\n")]
        out.append(f"  - id: {quoted(target['id'])}")
        out.append(f"    source: {quoted(target['source'])}")
        if "quote" in target:
            out.append(f"    quote: {quoted(target['quote'])}")
        if "units" in target:
            out.append(f"    units: [{', '.join(quoted(unit) for unit in target['units'])}]")
        else:
            out.append(f"    category: {quoted(target['category'])}")
        out.append(f"    base_year: {target['base_year']}")
        out.append(f"    deadline: {target['deadline']}")
        out.append(f"    min_reduction: {quoted(target['min_reduction'])}")
    skipped = [
        note
        for key, note in result.notes.items()
        if key.startswith("targets.")
        and key[8:] not in {target["id"] for target in data["targets"]}
    ]
    out += [f"# {_comment(note.text(say))}" for note in skipped]
    return "\n".join(out) + "\n"


def _header(coverage: Coverage, source: str, lang: Lang) -> list[str]:
    numeric = len(coverage.entries) - coverage.count(Status.REFERENCE)
    counts = (
        coverage.count(Status.UNDERSTOOD),
        coverage.count(Status.PARTIAL),
        coverage.count(Status.NOT_UNDERSTOOD),
    )
    if lang is Lang.EN:
        return [
            _comment(f"Draft plan extracted by `lotrinh extract` from {source}."),
            "Review every figure against the document before use: each claim keeps its exact",
            "quote and its line in the document (source_line). Slips are transcribed as written.",
            f"Coverage: {numeric} sentences hold quantities: {counts[0]} understood, "
            f"{counts[1]} partly, {counts[2]} not understood (see the coverage report).",
            "",
        ]
    return [
        _comment(f"Bản nháp kế hoạch do `lotrinh extract` trích từ {source}."),
        "Hãy đối chiếu từng số với văn bản trước khi dùng: mỗi nhận định giữ nguyên văn (quote)",
        "và số dòng trong văn bản (source_line). Chỗ sai của văn bản được chép đúng như viết.",
        f"Độ phủ: {numeric} câu có số lượng: {counts[0]} hiểu hết, {counts[1]} hiểu một phần, "
        f"{counts[2]} không hiểu (xem báo cáo độ phủ).",
        "",
    ]


def _note(result: ExtractResult, key: str, lang: Lang) -> str:
    note = result.notes.get(key)
    return f"  # {_comment(note.text(lang))}" if note is not None else ""


def _change(change: dict[str, Any]) -> str:
    parts = []
    for key in ("reduction", "increase"):
        if key in change:
            parts.append(f"{key}: {format_count(change[key])}")
    parts.append(f"base_year: {change['base_year']}")
    if "rate" in change:
        parts.append(f"rate: {quoted(change['rate'])}")
    return "{" + ", ".join(parts) + "}"


def to_json(result: ExtractResult, source: str) -> str:
    """The draft plan, the coverage report and the notes as one JSON document."""
    return json.dumps(to_json_data(result, source), ensure_ascii=False, indent=2) + "\n"


def to_json_data(result: ExtractResult, source: str) -> dict[str, Any]:
    """As `to_json`, before serialising (years become string keys in JSON)."""
    return {
        "source": source,
        "plan": result.data,
        "coverage": {
            "summary": {status.value: result.coverage.count(status) for status in Status},
            "sentences": [
                {
                    "line": entry.line,
                    "column": entry.column,
                    "status": entry.status.value,
                    "quote": entry.quote,
                    "used": list(entry.used),
                    "unused": list(entry.unused),
                    "notes": [_message(note) for note in entry.notes],
                }
                for entry in result.coverage.entries
            ],
        },
        "notes": {key: _message(note) for key, note in result.notes.items()},
    }


def _message(message: Message) -> dict[str, str]:
    return {"vi": message.vi, "en": message.en}
