"""A schedule in each output format: a rich table, a plan fragment (YAML), JSON and CSV.

Every function here returns a value and prints nothing. Counts in what a person reads are
written the language's way (24.992 / 24,992); JSON and CSV carry plain integers, and exact
rates as decimal or fraction strings, never floats.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from typing import Any, assert_never

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from lotrinh.loading.plan_yaml import comment, plan_lines
from lotrinh.numbers import (
    Lang,
    format_count,
    format_decimal,
    format_percent,
    percent,
    round_fraction,
)
from lotrinh.schedule import Schedule, Step
from lotrinh.schedule.target import Requirement


class Format(StrEnum):
    """Output formats of `lotrinh schedule`."""

    TABLE = "table"
    YAML = "yaml"
    JSON = "json"
    CSV = "csv"


def render(schedule: Schedule, fmt: Format, lang: Lang = Lang.VI, width: int = 100) -> str:
    """The schedule as text in `fmt`."""
    if fmt is Format.TABLE:
        return to_text(schedule, lang, width)
    if fmt is Format.YAML:
        return to_yaml(schedule)
    if fmt is Format.JSON:
        return to_json(schedule)
    if fmt is Format.CSV:
        return to_csv(schedule)
    assert_never(fmt)


# ---- exact numbers ---------------------------------------------------------------------------


def terminating(value: Fraction) -> bool:
    """Whether `value` has a finite decimal expansion (its denominator is 2^a·5^b)."""
    den = value.denominator
    for prime in (2, 5):
        while den % prime == 0:
            den //= prime
    return den == 1


def _decimal_digits(value: Fraction) -> int:
    digits = 0
    while (value * 10**digits).denominator != 1:
        digits += 1
    return digits


def exact_text(value: Fraction) -> str:
    """Machine text of an exact value: '2989.1' when the decimal ends, else '299000/29891'."""
    if not terminating(value):
        return f"{value.numerator}/{value.denominator}"
    digits = _decimal_digits(value)
    scaled = value * 10**digits
    sign = "-" if scaled < 0 else ""
    text = str(abs(scaled.numerator)).rjust(digits + 1, "0")
    return sign + (text[:-digits] + "." + text[-digits:] if digits else text)


def exact_human(value: Fraction, lang: Lang) -> str:
    """A person's exact decimal ('2.989,1'), or fraction text when the decimal never ends."""
    text = exact_text(value)
    return text if "/" in text else format_decimal(Decimal(text), lang)


def rate_text(value: Fraction, lang: Lang = Lang.VI) -> str:
    """A rate as a plan writes it: exactly when two decimals hold it ('10%', '5,5%'), else
    rounded half up to two decimals ('10,00%'), which is how the checker reads a stated rate."""
    if terminating(value) and _decimal_digits(value) <= 2:
        return exact_human(value, lang) + "%"
    return format_percent(value, 2, lang)


def exact_rate_human(cut: int, base: int, lang: Lang) -> str:
    """'2.633/26.330 = 10%' or '2.990/29.891 ≈ 10,0030%' (four decimals, marked ≈)."""
    value = percent(cut, base)
    head = f"{format_count(cut, lang)}/{format_count(base, lang)}"
    if terminating(value):
        return f"{head} = {exact_human(value, lang)}%"
    return f"{head} ≈ {format_percent(value, 4, lang)}"


# ---- table -----------------------------------------------------------------------------------

_WORDS = {
    Lang.VI: {
        "title": "Lộ trình tinh giản biên chế: {name}",
        "year": "Năm",
        "value": "Biên chế",
        "cut": "Giảm trong năm",
        "cumulative": "Giảm lũy kế từ {start}",
        "vs_base": "Giảm so với {base}",
        "rate": "Tỷ lệ so với {base}",
        "kept": "* năm giữ cố định (đã có số thực hiện hoặc đã giao)",
        "parts": "Chia theo thành phần ({split}): biên chế (giảm trong năm)",
        "total": "Tổng",
    },
    Lang.EN: {
        "title": "Staffing reduction roadmap: {name}",
        "year": "Year",
        "value": "Posts",
        "cut": "Cut in year",
        "cumulative": "Cut since {start}",
        "vs_base": "Cut vs {base}",
        "rate": "Rate vs {base}",
        "kept": "* kept year (actual or already assigned)",
        "parts": "Split across parts ({split}): posts (cut in year)",
        "total": "Total",
    },
}


_SUMMARY = {
    Lang.VI: (
        "  → giảm ít nhất {min_cut} biên chế so với năm {base_year}, tức năm {deadline} không "
        "quá {ceiling}.",
        "Xuất phát: năm {start_year} là {start_value}{start_vs_base}; còn phải giảm {needed} "
        "biên chế.",
        "Đạt: năm {deadline} là {final}, {achieved}, tỷ lệ {rate} (chính xác: {exact}); vượt "
        "mức tối thiểu {overshoot} biên chế.",
    ),
    Lang.EN: (
        "  → at least {min_cut} posts below {base_year}, i.e. at most {ceiling} in {deadline}.",
        "Start: {start_value} in {start_year}{start_vs_base}; {needed} posts still to cut.",
        "Achieved: {final} in {deadline}, {achieved}, rate {rate} (exactly {exact}); "
        "{overshoot} beyond the minimum.",
    ),
}


def summary(schedule: Schedule, lang: Lang = Lang.VI) -> list[str]:
    """The target as the law reads it, where the schedule starts, and what it achieves."""
    req = schedule.requirement
    n = _counter(lang)
    start_cut = req.base_value - schedule.start_value
    start_vs_base = ""
    if schedule.start_year != req.base_year:
        start_vs_base = f" ({_change(start_cut, req.base_year, lang)})"
    fields = {
        "min_cut": n(req.min_cut),
        "base_year": req.base_year,
        "deadline": req.deadline,
        "ceiling": n(req.ceiling),
        "start_year": schedule.start_year,
        "start_value": n(schedule.start_value),
        "start_vs_base": start_vs_base,
        "needed": n(schedule.total_reduction),
        "final": n(schedule.final_value),
        "achieved": _change(schedule.achieved_cut, req.base_year, lang),
        "rate": format_percent(schedule.achieved_rate, 2, lang),
        "exact": exact_rate_human(schedule.achieved_cut, req.base_value, lang),
        "overshoot": n(schedule.overshoot),
    }
    return [_target_line(req, lang), *(line.format(**fields) for line in _SUMMARY[lang])]


def _target_line(req: Requirement, lang: Lang) -> str:
    n = _counter(lang)
    source = f" ({req.source})" if req.source else ""
    base = f"{req.base_year} ({n(req.base_value)})"
    if req.rate is not None:
        rate = exact_human(Fraction(req.rate.percent), lang) + "%"
        product = f"{rate} × {n(req.base_value)} = {exact_human(req.exact_cut, lang)}"
        if req.exact_cut != req.min_cut:
            rounded = " → làm tròn lên " if lang is Lang.VI else " → rounded up to "
            product += rounded + n(req.min_cut)
        if lang is Lang.VI:
            return (
                f"Chỉ tiêu{source}: đến năm {req.deadline} giảm tối thiểu {rate} so với năm "
                f"{base}: {product}"
            )
        return f"Target{source}: by {req.deadline} at least {rate} below {base}: {product}"
    if lang is Lang.VI:
        return f"Chỉ tiêu{source}: đến năm {req.deadline} không quá {n(req.ceiling)} (gốc {base})"
    return f"Target{source}: at most {n(req.ceiling)} by {req.deadline} (base {base})"


def _change(cut: int, base_year: int, lang: Lang) -> str:
    if lang is Lang.VI:
        word = "giảm" if cut >= 0 else "tăng"
        return f"{word} {format_count(abs(cut))} so với năm {base_year}"
    word = "below" if cut >= 0 else "above"
    return f"{format_count(abs(cut), lang)} {word} {base_year}"


def _counter(lang: Lang) -> Callable[[int], str]:
    return lambda value: format_count(value, lang)


def renderables(schedule: Schedule, lang: Lang = Lang.VI) -> list[RenderableType]:
    """The summary, the yearly table and, when split, the parts table."""
    words = _WORDS[lang]
    req = schedule.requirement
    n = _counter(lang)
    table = Table(title=words["title"].format(name=schedule.label or schedule.name))
    table.add_column(words["year"])
    table.add_column(words["value"], justify="right")
    table.add_column(words["cut"], justify="right")
    table.add_column(words["cumulative"].format(start=schedule.start_year), justify="right")
    table.add_column(words["vs_base"].format(base=req.base_year), justify="right")
    table.add_column(words["rate"].format(base=req.base_year), justify="right")
    base_cut = req.base_value - schedule.start_value
    if req.base_year != schedule.start_year:
        table.add_row(str(req.base_year), n(req.base_value), "", "", "", "")
    table.add_row(
        str(schedule.start_year),
        n(schedule.start_value),
        "",
        "",
        n(base_cut),
        format_percent(percent(base_cut, req.base_value), 2, lang),
    )
    for step in schedule.steps:
        vs_base = req.base_value - step.value
        table.add_row(
            f"{step.year}{'*' if step.kept else ''}",
            n(step.value),
            n(step.reduction),
            n(step.cumulative),
            n(vs_base),
            format_percent(percent(vs_base, req.base_value), 2, lang),
        )
    out: list[RenderableType] = [Text(line) for line in summary(schedule, lang)]
    out.append(table)
    if any(step.kept for step in schedule.steps):
        out.append(Text(words["kept"]))
    if schedule.parts:
        out.append(_parts_table(schedule, lang))
    return out


def _parts_table(schedule: Schedule, lang: Lang) -> Table:
    words = _WORDS[lang]
    n = _counter(lang)
    table = Table(title=words["parts"].format(split=schedule.split))
    table.add_column(words["year"])
    for part in schedule.parts:
        mark = " (giữ nguyên)" if part.protected and lang is Lang.VI else ""
        mark = " (protected)" if part.protected and lang is Lang.EN else mark
        table.add_column((part.label or part.name) + mark, justify="right")
    table.add_column(words["total"], justify="right")
    table.add_row(
        str(schedule.start_year),
        *[n(part.start) for part in schedule.parts],
        n(schedule.start_value),
    )
    for index, step in enumerate(schedule.steps):
        cells = [_cell(part.steps[index], lang) for part in schedule.parts]
        table.add_row(str(step.year), *cells, _cell(step, lang))
    return table


def _cell(step: Step, lang: Lang) -> str:
    sign = "−" if step.reduction > 0 else "+" if step.reduction < 0 else ""
    return f"{format_count(step.value, lang)} ({sign}{format_count(abs(step.reduction), lang)})"


def to_text(schedule: Schedule, lang: Lang = Lang.VI, width: int = 100) -> str:
    """The table output as plain text (no colour), as `-o FILE` writes it."""
    console = Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False)
    console.print(Group(*renderables(schedule, lang)))
    file = console.file
    assert isinstance(file, io.StringIO)
    return file.getvalue()


# ---- JSON and CSV ----------------------------------------------------------------------------


def _steps_data(steps: tuple[Step, ...]) -> list[dict[str, Any]]:
    return [
        {
            "year": step.year,
            "value": step.value,
            "reduction": step.reduction,
            "cumulative": step.cumulative,
            "kept": step.kept,
        }
        for step in steps
    ]


def to_data(schedule: Schedule) -> dict[str, Any]:
    """The schedule as plain JSON-ready data (ints and strings only)."""
    req = schedule.requirement
    return {
        "unit": schedule.unit,
        "name": schedule.name,
        "base": {"year": req.base_year, "value": req.base_value},
        "start": {"year": schedule.start_year, "value": schedule.start_value},
        "target": {
            "source": req.source,
            "deadline": req.deadline,
            "rate": req.rate.text if req.rate is not None else None,
            "exact_cut": exact_text(req.exact_cut),
            "min_cut": req.min_cut,
            "max_value": req.ceiling,
        },
        "achieved": {
            "value": schedule.final_value,
            "cut": schedule.achieved_cut,
            "rate_percent": str(round_fraction(schedule.achieved_rate, 2)),
            "rate_percent_exact": exact_text(schedule.achieved_rate),
            "overshoot": schedule.overshoot,
        },
        "spread": schedule.spread,
        "split": schedule.split,
        "years": _steps_data(schedule.steps),
        "units": [
            {
                "id": part.id,
                "name": part.name,
                "start": part.start,
                "floor": part.floor,
                "protected": part.protected,
                "quota": exact_text(part.quota),
                "reduction": part.total,
                "years": _steps_data(part.steps),
            }
            for part in schedule.parts
        ],
    }


def to_json(schedule: Schedule) -> str:
    """JSON, two-space indented, non-ASCII kept, ending with a newline."""
    return json.dumps(to_data(schedule), ensure_ascii=False, indent=2) + "\n"


def to_csv(schedule: Schedule) -> str:
    """One row per unit and year: unit,year,value,reduction,cumulative,kept."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["unit", "year", "value", "reduction", "cumulative", "kept"])
    for unit, steps in [
        (schedule.unit, schedule.steps),
        *[(part.id, part.steps) for part in schedule.parts],
    ]:
        for step in steps:
            writer.writerow(
                [
                    unit,
                    step.year,
                    step.value,
                    step.reduction,
                    step.cumulative,
                    str(step.kept).lower(),
                ]
            )
    return out.getvalue()


# ---- YAML plan fragment ----------------------------------------------------------------------


def to_yaml(schedule: Schedule) -> str:
    """A `claims:` fragment for the plan: each scheduled year's figure and changes, phrased
    as a Vietnamese plan phrases them, written by the plan writer (`plan_yaml`) as any plan
    file is, so that the fragment is in the one declared format."""
    req = schedule.requirement
    head = [
        f"Lộ trình do lotrinh tạo cho '{schedule.unit}'.",
        f"{_target_line(req, Lang.VI)}.",
        f"Dàn theo năm: {schedule.spread}"
        + (f"; chia theo thành phần: {schedule.split}." if schedule.split else "."),
        "Ghép các nhận định dưới đây vào mục claims: của kế hoạch (thay các nhận định cùng đơn "
        "vị, cùng năm).",
    ]
    # The unit is compared with the target's base year; its parts with the start year.
    lines = [
        (
            schedule.unit,
            schedule.name,
            schedule.start_value,
            schedule.steps,
            req.base_year,
            req.base_value,
        ),
        *[
            (part.id, part.name, part.start, part.steps, schedule.start_year, part.start)
            for part in schedule.parts
        ],
    ]
    claims = [
        _claim(unit, name, step, previous, (base_year, base_value))
        for unit, name, start, steps, base_year, base_value in lines
        for step, previous in _with_previous(start, steps)
    ]
    body = plan_lines({"claims": claims})
    return "\n".join([*(f"# {comment(line)}" for line in head), *body]) + "\n"


def _with_previous(start: int, steps: tuple[Step, ...]) -> list[tuple[Step, int]]:
    values = [start, *(step.value for step in steps)]
    return list(zip(steps, values, strict=False))


def _claim(
    unit: str,
    name: str,
    step: Step,
    previous: int,
    base: tuple[int, int],
) -> dict[str, Any]:
    """One claim as a plan file's plain data: '<name> năm Y là V biên chế, giảm R biên chế
    so với năm Y-1 (giảm C biên chế so với năm B, tỷ lệ giảm P%).'"""
    base_year, base_value = base
    prior_year = step.year - 1
    change = previous - step.value
    changes = [_change_data(change, prior_year, None)]
    text = f"{name} năm {step.year} là {format_count(step.value)} biên chế, "
    text += _phrase(change, prior_year)
    if base_year != prior_year:
        cut = base_value - step.value
        # A rate of nothing is no rate: a part that starts with no posts keeps none.
        rate = rate_text(percent(cut, base_value)) if cut >= 0 and base_value else None
        changes.append(_change_data(cut, base_year, rate))
        text += f" ({_phrase(cut, base_year)}" + (f", tỷ lệ giảm {rate})" if rate else ")")
    return {
        "id": f"{unit}-{step.year}",
        "unit": unit,
        "year": step.year,
        "quote": text + ".",
        "value": step.value,
        "changes": changes,
    }


def _phrase(cut: int, year: int) -> str:
    if cut == 0:
        return f"giữ nguyên so với năm {year}"
    word = "giảm" if cut > 0 else "tăng"
    return f"{word} {format_count(abs(cut))} biên chế so với năm {year}"


def _change_data(cut: int, year: int, rate: str | None) -> dict[str, Any]:
    key = "reduction" if cut >= 0 else "increase"
    return {key: abs(cut), "base_year": year, "rate": rate}
