"""`lotrinh schedule`: read the request (arguments, or a plan and a unit), build the
schedule, render it, write it. Every refusal is a message and exit code 2."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction
from pathlib import Path

import typer
from rich.console import Console, Group

from lotrinh.cli.common import LANG_OPTION, fail_load, fail_usage, write_output
from lotrinh.loading import LoadError, load_plan
from lotrinh.loading.values import FIRST_YEAR, LAST_YEAR
from lotrinh.numbers import Lang, NumberError, parse_count, parse_rate
from lotrinh.render.schedule import Format, render, renderables
from lotrinh.schedule import (
    PartSpec,
    Request,
    Requirement,
    ScheduleError,
    Split,
    Spread,
    build,
    from_posts,
    from_rate,
    from_value,
)
from lotrinh.schedule.fromplan import PlanUnit, plan_unit

_NUMBER = re.compile(r"[0-9]+(?:,[0-9]+)?")


def schedule(
    plan: Path | None = typer.Argument(
        None, help="Tệp kế hoạch YAML; khi có, dùng số liệu và chỉ tiêu của đơn vị --unit."
    ),
    unit: str | None = typer.Option(
        None, "--unit", help="Mã đơn vị (bắt buộc khi có tệp kế hoạch)."
    ),
    name: str | None = typer.Option(None, "--name", help="Tên đơn vị trong câu văn (YAML)."),
    target: str | None = typer.Option(
        None, "--target", help="Mã chỉ tiêu của kế hoạch, khi đơn vị có nhiều chỉ tiêu."
    ),
    base: str | None = typer.Option(
        None, "--base", help="Năm gốc và số biên chế, ví dụ 2021=26.330."
    ),
    start: str | None = typer.Option(
        None, "--from", help="Năm bắt đầu và số biên chế, ví dụ 2024=24.992."
    ),
    reduce: str | None = typer.Option(
        None, "--reduce", help='Mức giảm so với năm gốc: tỷ lệ (10%, "5,5%") hoặc số (2.633).'
    ),
    to: str | None = typer.Option(None, "--to", help="Hoặc: số biên chế tối đa ở năm phải đạt."),
    by: str | None = typer.Option(None, "--by", help="Năm phải đạt, ví dụ 2026."),
    spread: Spread = typer.Option(
        Spread.EVEN, "--spread", help="Dàn theo năm: even, front, back, weights."
    ),
    weights: str | None = typer.Option(
        None, "--weights", help="Trọng số mỗi năm, ví dụ 3:2:1 (kéo theo --spread weights)."
    ),
    cap: str | None = typer.Option(None, "--cap", help="Mỗi năm giảm tối đa bao nhiêu."),
    keep: list[str] | None = typer.Option(
        None, "--keep", help="Năm đã cố định: NĂM=SỐ (lặp lại được)."
    ),
    split: Split | None = typer.Option(
        None, "--split", help="Chia theo thành phần: hamilton, sainte-lague, dhondt."
    ),
    part: list[str] | None = typer.Option(
        None, "--part", help="Thành phần và số năm bắt đầu: ID=SỐ (lặp lại được)."
    ),
    part_weight: list[str] | None = typer.Option(
        None, "--part-weight", help="Trọng số chia cho thành phần: ID=TRỌNG SỐ."
    ),
    floor: list[str] | None = typer.Option(
        None, "--floor", help="Mức sàn của thành phần: ID=SỐ (không giảm dưới mức này)."
    ),
    protect: list[str] | None = typer.Option(
        None, "--protect", help="Thành phần giữ nguyên, không giảm: ID."
    ),
    fmt: Format = typer.Option(
        Format.TABLE, "--format", "-f", help="Định dạng: table, yaml, json, csv."
    ),
    output: Path | None = typer.Option(None, "--output", "-o", help="Ghi ra tệp thay vì in."),
    force: bool = typer.Option(False, "--force", help="Cho phép ghi đè tệp đã có."),
    lang: Lang = LANG_OPTION,
) -> None:
    """Lập lộ trình giảm biên chế theo năm (và theo thành phần) đạt đúng chỉ tiêu."""
    chosen = _plan_unit(plan, unit, lang) if plan is not None else None
    asked = _Asked(target, base, start, reduce, to, by)
    try:
        request = _request(chosen, asked, unit, name, keep, spread, weights)
        request = replace(request, cap=_count(cap, "--cap") if cap is not None else None)
        if split is not None:
            request = replace(request, split=split)
            request = _with_parts(request, chosen, part, part_weight, floor, protect)
        elif part or part_weight or floor or protect:
            raise ScheduleError(
                "--part, --part-weight, --floor, --protect chỉ dùng cùng --split",
                "--part, --part-weight, --floor, --protect only go with --split",
            )
        result = build(request)
    except ScheduleError as exc:
        fail_usage(exc.message_vi, exc.message_en, lang)
    except NumberError as exc:
        fail_usage(exc.message_vi, exc.message_en, lang)
    if output is None:
        if fmt is Format.TABLE:
            Console().print(Group(*renderables(result, lang)))
        else:
            typer.echo(render(result, fmt, lang), nl=False)
        return
    write_output(output, render(result, fmt, lang), force, lang)


# ---- reading the request -----------------------------------------------------------------------


def _plan_unit(plan: Path, unit: str | None, lang: Lang) -> PlanUnit:
    if unit is None:
        fail_usage(
            "cần --unit ID để chọn đơn vị của kế hoạch",
            "give --unit ID to pick the plan's unit",
            lang,
        )
    try:
        loaded = load_plan(plan)
    except LoadError as exc:
        fail_load(exc, lang)
    try:
        return plan_unit(loaded, unit)
    except ScheduleError as exc:
        fail_usage(exc.message_vi, exc.message_en, lang)


@dataclass(frozen=True)
class _Asked:
    """The options that say where the schedule starts and what it must reach, as typed."""

    target: str | None
    base: str | None
    start: str | None
    reduce: str | None
    to: str | None
    by: str | None


def _request(
    chosen: PlanUnit | None,
    asked: _Asked,
    unit: str | None,
    name: str | None,
    keep: list[str] | None,
    spread: Spread,
    weights: str | None,
) -> Request:
    if weights is not None:
        spread = Spread.WEIGHTS
    year_weights = _weights(weights) if weights is not None else None
    kept = dict(_pair_value(item, "--keep") for item in keep or [])
    if asked.reduce is not None and asked.to is not None:
        raise ScheduleError("chỉ dùng một trong --reduce và --to", "use --reduce or --to, not both")
    if chosen is None:
        if asked.target is not None:
            raise ScheduleError("--target chỉ dùng với tệp kế hoạch", "--target needs a plan file")
        request = _request_from_arguments(asked)
        request = replace(request, unit=unit or "don-vi", name=name or "Biên chế")
    else:
        request = _request_from_plan(chosen, asked)
        if name is not None:
            request = replace(request, name=name)
    return replace(request, spread=spread, weights=year_weights, kept={**request.kept, **kept})


def _request_from_arguments(asked: _Asked) -> Request:
    start, base = asked.start, asked.base
    if start is None:
        raise ScheduleError(
            "cần --from NĂM=SỐ (năm bắt đầu và số biên chế), ví dụ --from 2024=24.992",
            "give --from YEAR=COUNT (start year and posts), e.g. --from 2024=24992",
        )
    start_year, start_value = _pair_value(start, "--from")
    base_year, base_value = (
        _pair_value(base, "--base") if base is not None else (start_year, start_value)
    )
    requirement = _requirement(base_year, base_value, asked)
    return Request(requirement, start_year, start_value)


def _request_from_plan(chosen: PlanUnit, asked: _Asked) -> Request:
    base, start, by = asked.base, asked.start, asked.by
    base_year, base_value = _pair(base, "--base") if base is not None else (None, None)
    if asked.reduce is not None or asked.to is not None:
        if base_year is None:
            raise ScheduleError(
                "cần --base NĂM (hoặc NĂM=SỐ) khi tự cho chỉ tiêu bằng --reduce hoặc --to",
                "give --base YEAR (or YEAR=COUNT) with --reduce or --to",
            )
        value = base_value if base_value is not None else chosen.require(base_year, "--base")
        requirement = _requirement(base_year, value, asked)
    else:
        policy = chosen.target(asked.target)
        if base_year is not None and base_year != policy.base_year:
            raise ScheduleError(
                f"chỉ tiêu '{policy.id}' so với năm {policy.base_year}, không phải {base_year}",
                f"target '{policy.id}' is measured against {policy.base_year}, not {base_year}",
            )
        value = base_value if base_value is not None else chosen.require(policy.base_year, "--base")
        deadline = _year(by, "--by") if by is not None else policy.deadline
        requirement = from_rate(policy.base_year, value, policy.min_rate, deadline, policy.id)
    if start is not None:
        start_year, start_value = _pair(start, "--from")
    else:
        start_year, start_value = chosen.start_year(requirement.deadline), None
    if start_value is None:
        start_value = chosen.require(start_year, "--from")
    return Request(
        requirement,
        start_year,
        start_value,
        unit=chosen.unit.id,
        name=chosen.unit.name,
        label=chosen.unit.label,
        kept=chosen.kept(start_year, requirement.deadline),
    )


def _requirement(base_year: int, base_value: int, asked: _Asked) -> Requirement:
    reduce, to, by = asked.reduce, asked.to, asked.by
    if by is None:
        raise ScheduleError(
            "cần --by NĂM (năm phải đạt chỉ tiêu), ví dụ --by 2026",
            "give --by YEAR (the deadline), e.g. --by 2026",
        )
    deadline = _year(by, "--by")
    if to is not None:
        return from_value(base_year, base_value, _count(to, "--to"), deadline)
    if reduce is None:
        raise ScheduleError(
            "cần chỉ tiêu: --reduce 10% (hoặc số biên chế) hoặc --to SỐ",
            "give the target: --reduce 10% (or a number of posts) or --to COUNT",
        )
    if "%" in reduce:
        return from_rate(base_year, base_value, parse_rate(reduce), deadline)
    return from_posts(base_year, base_value, _count(reduce, "--reduce"), deadline)


def _with_parts(
    request: Request,
    chosen: PlanUnit | None,
    parts: list[str] | None,
    part_weights: list[str] | None,
    floors: list[str] | None,
    protected: list[str] | None,
) -> Request:
    if parts:
        specs = tuple(PartSpec(*_named(item, "--part")) for item in parts)
    elif chosen is not None:
        specs = chosen.parts(request.start_year)
    else:
        specs = ()
    known = {spec.id for spec in specs}
    weight_of = {
        key: _fraction(text, "--part-weight")
        for key, text in (_split_named(item, "--part-weight") for item in part_weights or [])
    }
    floor_of = dict(_named(item, "--floor") for item in floors or [])
    for option, ids in (
        ("--part-weight", weight_of),
        ("--floor", floor_of),
        ("--protect", protected or []),
    ):
        for part_id in ids:
            if part_id not in known:
                listed = ", ".join(sorted(known)) or "—"
                raise ScheduleError(
                    f"{option}: không có thành phần '{part_id}' (có: {listed})",
                    f"{option}: there is no part '{part_id}' (parts: {listed})",
                )
    return replace(
        request,
        parts=tuple(
            replace(
                spec,
                weight=weight_of.get(spec.id),
                floor=floor_of.get(spec.id),
                protected=spec.id in (protected or []),
            )
            for spec in specs
        ),
    )


# ---- reading single arguments ------------------------------------------------------------------


def _year(text: str, option: str) -> int:
    raw = text.strip()
    if not re.fullmatch(r"[0-9]{4}", raw) or not FIRST_YEAR <= int(raw) <= LAST_YEAR:
        raise ScheduleError(
            f"{option}: '{raw}' không phải một năm ({FIRST_YEAR}–{LAST_YEAR})",
            f"{option}: '{raw}' is not a year ({FIRST_YEAR}–{LAST_YEAR})",
        )
    return int(raw)


def _count(text: str, option: str) -> int:
    try:
        return parse_count(text)
    except NumberError as exc:
        raise ScheduleError(f"{option}: {exc.message_vi}", f"{option}: {exc.message_en}") from None


def _pair(text: str, option: str) -> tuple[int, int | None]:
    """'2021=26.330' → (2021, 26330); '2021' → (2021, None)."""
    year, sep, value = text.partition("=")
    if not sep:
        return _year(year, option), None
    return _year(year, option), _count(value, option)


def _pair_value(text: str, option: str) -> tuple[int, int]:
    """'2021=26.330' → (2021, 26330); the value is required."""
    year, value = _pair(text, option)
    if value is None:
        raise ScheduleError(
            f"{option}: cần dạng NĂM=SỐ, ví dụ 2021=26.330 (nhận được '{text}')",
            f"{option}: expected YEAR=COUNT, e.g. 2021=26330 (got '{text}')",
        )
    return year, value


def _split_named(text: str, option: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise ScheduleError(
            f"{option}: cần dạng ID=SỐ (nhận được '{text}')",
            f"{option}: expected ID=NUMBER (got '{text}')",
        )
    return key.strip(), value


def _named(text: str, option: str) -> tuple[str, int]:
    key, value = _split_named(text, option)
    return key, _count(value, option)


def _fraction(text: str, option: str) -> Fraction:
    raw = text.strip()
    if not _NUMBER.fullmatch(raw):
        raise ScheduleError(
            f"{option}: '{raw}' không phải trọng số (số không âm, dấu thập phân là dấu phẩy: 1,5)",
            f"{option}: '{raw}' is not a weight (a non-negative number, decimal comma: 1,5)",
        )
    return Fraction(raw.replace(",", "."))


def _weights(text: str) -> tuple[Fraction, ...]:
    """'3:2:1' → (3, 2, 1); a decimal comma is allowed ('1,5:1')."""
    return tuple(_fraction(item, "--weights") for item in text.split(":"))
