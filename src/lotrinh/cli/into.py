"""`lotrinh schedule … --into PLAN.yaml`: write a schedule's figures into the plan file itself,
keeping its comments, order, quotes and layout (ruamel.yaml's round-trip mode), and only after
the edited plan has been loaded again and found valid."""

from __future__ import annotations

import difflib
import io
import re
from pathlib import Path
from typing import Any

from lotrinh.cli.common import fail_load, fail_usage
from lotrinh.cli.files import write_atomically
from lotrinh.loading import LoadError
from lotrinh.loading import load_bytes as load_plan_bytes
from lotrinh.loading.decode import decode, read_bytes
from lotrinh.numbers import Lang, format_count
from lotrinh.schedule.placement import Placement

_SEQUENCE_ITEM = re.compile(r"^( *)- ", re.MULTILINE)


def write_into(path: Path, figures: Placement, lang: Lang) -> None:
    """Put `figures` in the plan at `path` (in each unit's `figures:`, new years marked
    `target` under `years:`), or exit 2 saying why not; the file is replaced atomically."""
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap

    # Read as any plan file is (bounded, a regular file, UTF-8) and found a valid plan before
    # it is edited: --into may name another file than the plan the schedule was made from.
    try:
        original = read_bytes(path)
        load_plan_bytes(original, str(path))
    except LoadError as exc:
        fail_load(exc, lang)
    text = decode(original, str(path))
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 1_000_000  # long quotes stay on one line, as written
    offset = _sequence_offset(text)
    yaml.indent(mapping=2, sequence=offset + 2, offset=offset)
    document: Any = yaml.load(text)
    units = {entry["id"]: entry for entry in document["units"]}
    for unit in sorted({unit for unit, _ in figures} - set(units)):
        fail_usage(
            f"--into: {path} không có đơn vị '{unit}' của lộ trình; hãy ghi vào chính tệp kế "
            "hoạch đã dùng để lập lộ trình",
            f"--into: {path} has no unit '{unit}' of the schedule; write into the plan the "
            "schedule was made from",
            lang,
        )
    for (unit, year), value in sorted(figures.items()):
        entry = units[unit]
        if entry.get("figures") is None:
            entry["figures"] = CommentedMap()
            entry["figures"].fa.set_flow_style()  # {2025: 24.344}, as plans write them
        entry["figures"][year] = _count(value)
    years = document.get("years")
    if years is not None:
        for year in sorted({year for _, year in figures} - set(years)):
            years[year] = "target"
    stream = io.StringIO()
    yaml.dump(document, stream)
    data = _as_written(text, stream.getvalue()).encode("utf-8")
    try:
        load_plan_bytes(data, str(path))
    except LoadError as exc:  # never write a plan lotrinh itself could not read back
        fail_load(exc, lang)
    try:
        write_atomically(path, data, force=True)  # --into names the file to change
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        fail_usage(f"không ghi được tệp {path}: {reason}", f"cannot write {path}: {reason}", lang)


def _as_written(original: str, edited: str) -> str:
    """The edited text with each line that only changed its spelling put back as written:
    ruamel.yaml writes a scalar's value, so an escape such as `\\u00a0` in double quotes comes
    back as the character itself. A line is kept when, read alone, it means the same."""
    import yaml as pyyaml

    old, new = original.splitlines(keepends=True), edited.splitlines(keepends=True)
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    out: list[str] = []
    for tag, a, b, c, d in matcher.get_opcodes():
        if tag == "replace" and b - a == d - c:
            out.extend(
                before if _same(before, after, pyyaml) else after
                for before, after in zip(old[a:b], new[c:d], strict=True)
            )
        else:
            out.extend(new[c:d])
    return "".join(out)


def _same(before: str, after: str, pyyaml: Any) -> bool:
    indent = len(before) - len(before.lstrip(" "))
    if indent != len(after) - len(after.lstrip(" ")):
        return False
    try:
        return bool(pyyaml.safe_load(before.strip()) == pyyaml.safe_load(after.strip()))
    except pyyaml.YAMLError:
        return False


def _sequence_offset(text: str) -> int:
    """How far the file indents a list's dash under its key (`units:\\n  - id:` is 2)."""
    found = _SEQUENCE_ITEM.search(text)
    return len(found.group(1)) if found else 2


def _count(value: int) -> Any:
    """A count as plans write it: 24.344 in double quotes (bare, YAML would read a float)."""
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    return DoubleQuotedScalarString(format_count(value)) if value >= 1000 else value
