"""A draft plan as commented YAML (for a person to review) or as JSON (for a program).

The YAML is written by `loading.plan_yaml` from the format's declaration (counts as the
document writes them, texts quoted exactly); here each claim, year and target gets a comment
saying where it came from.
"""

from __future__ import annotations

import json
from typing import Any

from lotrinh.extract.result import Coverage, ExtractResult, Message, Status
from lotrinh.loading.plan_yaml import DataPath, comment, plan_lines
from lotrinh.numbers import Lang


def to_yaml(result: ExtractResult, source: str, lang: Lang = Lang.VI) -> str:
    """The draft plan as a commented YAML plan file: the lines `plan_yaml` writes from the
    format's declaration, with where each claim, year and target came from as comments."""
    data = result.data
    claims = data["claims"]
    label = "dòng" if lang is Lang.VI else "line"

    def before(path: DataPath) -> list[str]:
        section, index = path[0], path[-1]
        if section == "claims" and len(path) == 2 and isinstance(index, int):
            line = claims[index]["source_line"]
            if index == 0 or claims[index - 1]["source_line"] != line:
                return [f"---- {label} {line} ----"]
        if section == "targets" and len(path) == 2 and isinstance(index, int):
            note = result.notes.get(f"targets.{data['targets'][index]['id']}")
            return [] if note is None else note.text(lang).split("\n")
        return []

    def after(path: DataPath) -> str:
        section, index = path[0], path[1] if len(path) > 1 else 0
        if section == "years" and len(path) == 2:
            key = f"years.{index}"
        elif section == "units" and len(path) == 2:
            key = f"units.{data['units'][int(index)]['id']}"
        elif section == "claims" and path[2:] == ("year",):
            key = f"claims.{claims[int(index)]['id']}"
        else:
            return ""
        note = result.notes.get(key)
        return "" if note is None else note.text(lang)

    out: list[str] = [f"# {line}".rstrip() for line in _header(result.coverage, source, lang)]
    out += plan_lines(data, before, after)
    skipped = [
        note
        for key, note in result.notes.items()
        if key.startswith("targets.")
        and key[8:] not in {target["id"] for target in data["targets"]}
    ]
    out += [f"# {comment(note.text(lang))}" for note in skipped]
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
            comment(f"Draft plan extracted by `lotrinh extract` from {source}."),
            "Review every figure against the document before use: each claim keeps its exact",
            "quote and its line in the document (source_line). Slips are transcribed as written.",
            f"Coverage: {numeric} sentences hold quantities: {counts[0]} understood, "
            f"{counts[1]} partly, {counts[2]} not understood (see the coverage report).",
            "",
        ]
    return [
        comment(f"Bản nháp kế hoạch do `lotrinh extract` trích từ {source}."),
        "Hãy đối chiếu từng số với văn bản trước khi dùng: mỗi nhận định giữ nguyên văn (quote)",
        "và số dòng trong văn bản (source_line). Chỗ sai của văn bản được chép đúng như viết.",
        f"Độ phủ: {numeric} câu có số lượng: {counts[0]} hiểu hết, {counts[1]} hiểu một phần, "
        f"{counts[2]} không hiểu (xem báo cáo độ phủ).",
        "",
    ]


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
