"""`lotrinh schedule`: read the request (arguments, or a plan and a unit), build the
schedule, render it, write it. Every refusal is a message and exit code 2."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction
from pathlib import Path

import typer
from rich.console import Console, Group

from lotrinh.cli.common import FORCE_OPTION, LANG_OPTION, fail_load, fail_usage
from lotrinh.cli.files import save
from lotrinh.cli.helptext import bilingual
from lotrinh.cli.into import write_into
from lotrinh.loading import LoadError, load_plan
from lotrinh.loading.values import BadValueError, read_year
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
from lotrinh.schedule.placement import Placement, placement
from lotrinh.schedule.result import Schedule

_NUMBER = re.compile(r"[0-9]+(?:,[0-9]+)?")

HELP_EN = """Build a yearly (and per-part) reduction schedule that meets a target exactly."""
"""The command's help in English; its docstring is the Vietnamese."""


def schedule(
    plan: Path | None = typer.Argument(
        None,
        help=bilingual(
            "Tệp kế hoạch YAML; khi có, dùng số liệu và chỉ tiêu của đơn vị --unit.",
            "A YAML plan; when given, the figures and targets of its unit --unit are used.",
        ),
    ),
    unit: str | None = typer.Option(
        None,
        "--unit",
        help=bilingual(
            "Mã đơn vị (bắt buộc khi có tệp kế hoạch).", "Unit id (required with a plan file)."
        ),
    ),
    name: str | None = typer.Option(
        None,
        "--name",
        help=bilingual(
            "Tên đơn vị trong câu văn (YAML).", "Unit name used in the written sentences (YAML)."
        ),
    ),
    target: list[str] | None = typer.Option(
        None,
        "--target",
        help=bilingual(
            "Mã chỉ tiêu của kế hoạch, khi đơn vị có nhiều chỉ tiêu; lặp lại để đạt cùng lúc "
            "nhiều chỉ tiêu (ví dụ NQ 19 năm 2025 và KL 40 năm 2026).",
            "The plan's target id, when the unit has several; repeat it to meet several at "
            "once (e.g. NQ 19 by 2025 and KL 40 by 2026).",
        ),
    ),
    base: str | None = typer.Option(
        None,
        "--base",
        help=bilingual(
            "Năm gốc và số biên chế, ví dụ 2021=26.330.", "Base year and posts, e.g. 2021=26.330."
        ),
    ),
    start: str | None = typer.Option(
        None,
        "--from",
        help=bilingual(
            "Năm bắt đầu và số biên chế, ví dụ 2024=24.992.",
            "Starting year and posts, e.g. 2024=24.992.",
        ),
    ),
    reduce: str | None = typer.Option(
        None,
        "--reduce",
        help=bilingual(
            'Tỷ lệ giảm so với năm gốc, có dấu %: 10%, "5,5%".',
            'Reduction rate against the base year, with its % sign: 10%, "5,5%".',
        ),
    ),
    posts: str | None = typer.Option(
        None,
        "--posts",
        help=bilingual(
            "Hoặc: số biên chế phải giảm so với năm gốc, ví dụ 2.633.",
            "Or: the posts to cut against the base year, e.g. 2.633.",
        ),
    ),
    to: str | None = typer.Option(
        None,
        "--to",
        help=bilingual(
            "Hoặc: số biên chế tối đa ở năm phải đạt.",
            "Or: the most posts allowed in the deadline year.",
        ),
    ),
    by: str | None = typer.Option(
        None, "--by", help=bilingual("Năm phải đạt, ví dụ 2026.", "Deadline year, e.g. 2026.")
    ),
    spread: Spread = typer.Option(
        Spread.EVEN,
        "--spread",
        help=bilingual(
            "Dàn theo năm: even, front, back, weights.",
            "Spread over the years: even, front, back, weights.",
        ),
    ),
    weights: str | None = typer.Option(
        None,
        "--weights",
        help=bilingual(
            "Trọng số mỗi năm, ví dụ 3:2:1 (kéo theo --spread weights).",
            "Weight of each year, e.g. 3:2:1 (implies --spread weights).",
        ),
    ),
    cap: str | None = typer.Option(
        None,
        "--cap",
        help=bilingual("Mỗi năm giảm tối đa bao nhiêu.", "Largest reduction in any one year."),
    ),
    keep: list[str] | None = typer.Option(
        None,
        "--keep",
        help=bilingual(
            "Năm đã cố định: NĂM=SỐ (lặp lại được).",
            "A year already fixed: YEAR=POSTS (repeatable).",
        ),
    ),
    split: Split | None = typer.Option(
        None,
        "--split",
        help=bilingual(
            "Chia theo thành phần: hamilton, sainte-lague, dhondt.",
            "Split among the parts: hamilton, sainte-lague, dhondt.",
        ),
    ),
    part: list[str] | None = typer.Option(
        None,
        "--part",
        help=bilingual(
            "Thành phần và số năm bắt đầu: ID=SỐ (lặp lại được).",
            "A part and its posts in the starting year: ID=POSTS (repeatable).",
        ),
    ),
    part_weight: list[str] | None = typer.Option(
        None,
        "--part-weight",
        help=bilingual(
            "Trọng số chia cho thành phần: ID=TRỌNG SỐ.", "A part's weight in the split: ID=WEIGHT."
        ),
    ),
    floor: list[str] | None = typer.Option(
        None,
        "--floor",
        help=bilingual(
            "Mức sàn của thành phần: ID=SỐ (không giảm dưới mức này).",
            "A part's floor: ID=POSTS (never reduced below it).",
        ),
    ),
    protect: list[str] | None = typer.Option(
        None,
        "--protect",
        help=bilingual(
            "Thành phần giữ nguyên, không giảm: ID.", "A part kept as it is, never reduced: ID."
        ),
    ),
    fmt: Format = typer.Option(
        Format.TABLE,
        "--format",
        "-f",
        help=bilingual("Định dạng: table, yaml, json, csv.", "Format: table, yaml, json, csv."),
    ),
    output: Path | None = typer.Option(
        None,
        "--output",
        "-o",
        help=bilingual("Ghi ra tệp thay vì in.", "Write to this file instead of printing."),
    ),
    force: bool = FORCE_OPTION,
    into: Path | None = typer.Option(
        None,
        "--into",
        help=bilingual(
            "Ghi lộ trình vào chính tệp kế hoạch này (giữ chú thích và bố cục; tính lại tổng "
            "của các đơn vị cha).",
            "Write the schedule into this plan file (comments and layout kept; parents' sums "
            "recomputed).",
        ),
    ),
    lang: Lang = LANG_OPTION,
) -> None:
    """Lập lộ trình giảm biên chế theo năm (và theo thành phần) đạt đúng chỉ tiêu."""
    chosen = _plan_unit(plan, unit, lang) if plan is not None else None
    if into is not None and (plan is None or chosen is None):
        fail_usage("--into cần tệp kế hoạch và --unit", "--into needs a plan file and --unit", lang)
    try:
        requests = []
        wanted: list[str | None] = [*target] if target else [None]
        for one in wanted:
            asked = _Asked(one, base, start, reduce, to, by, posts)
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
            requests.append(request)
        result = _meet_all(requests)
        figures = placement(chosen.plan, result) if into is not None and chosen else {}
    except ScheduleError as exc:
        fail_usage(exc.message_vi, exc.message_en, lang)
    except NumberError as exc:
        fail_usage(exc.message_vi, exc.message_en, lang)
    if into is not None:
        write_into(into, figures, lang)
        _say_written(into, figures, lang)
        return
    if output is None:
        if fmt is Format.TABLE:
            Console().print(Group(*renderables(result, lang)))
        else:
            typer.echo(render(result, fmt, lang), nl=False)
        return
    save(output, render(result, fmt, lang), force, lang)


def _meet_all(requests: list[Request]) -> Schedule:
    """One schedule meeting every request: the earliest deadline (the strictest first, on the
    same deadline) is scheduled, its years are then kept while the next is scheduled, and so
    on. A target that cannot be met on top of the earlier ones is named in the refusal."""
    ordered = sorted(requests, key=lambda r: (r.requirement.deadline, r.requirement.ceiling))
    kept: dict[int, int] = {}
    result: Schedule | None = None
    for index, request in enumerate(ordered):
        try:
            result = build(replace(request, kept={**request.kept, **kept}))
        except ScheduleError as exc:
            if len(ordered) == 1:
                raise
            name = request.requirement.source or str(request.requirement.deadline)
            earlier = ", ".join(r.requirement.source or "?" for r in ordered[:index])
            after_vi = f" sau khi đã đạt {earlier}" if earlier else ""
            after_en = f" on top of {earlier}" if earlier else ""
            raise ScheduleError(
                f"không đạt được chỉ tiêu '{name}'{after_vi}: {exc.message_vi}",
                f"target '{name}' cannot be met{after_en}: {exc.message_en}",
            ) from None
        kept.update({step.year: step.value for step in result.steps})
    assert result is not None
    return result


def _say_written(path: Path, figures: Placement, lang: Lang) -> None:
    units = ", ".join(dict.fromkeys(unit for unit, _ in sorted(figures)))
    if not figures:
        typer.echo(
            f"{path}: kế hoạch đã đúng lộ trình này, không cần sửa."
            if lang is Lang.VI
            else f"{path}: the plan already states this schedule; nothing changed."
        )
    elif lang is Lang.EN:
        typer.echo(
            f"{path}: wrote {len(figures)} figures ({units}); sentences of the text that state "
            f"the old figures are now findings: lotrinh check {path}"
        )
    else:
        typer.echo(
            f"{path}: đã ghi {len(figures)} số liệu ({units}); các câu văn còn nêu số cũ sẽ "
            f"thành phát hiện: lotrinh check {path}"
        )


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
    posts: str | None = None


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
    if sum(given is not None for given in (asked.reduce, asked.to, asked.posts)) > 1:
        raise ScheduleError(
            "chỉ dùng một trong --reduce, --posts và --to",
            "use one of --reduce, --posts and --to",
        )
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
    if asked.reduce is not None or asked.to is not None or asked.posts is not None:
        if base_year is None:
            raise ScheduleError(
                "cần --base NĂM (hoặc NĂM=SỐ) khi tự cho chỉ tiêu bằng --reduce, --posts hoặc --to",
                "give --base YEAR (or YEAR=COUNT) with --reduce, --posts or --to",
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
    if asked.posts is not None:
        return from_posts(base_year, base_value, _count(asked.posts, "--posts"), deadline)
    if reduce is None:
        raise ScheduleError(
            "cần chỉ tiêu: --reduce 10%, --posts SỐ hoặc --to SỐ",
            "give the target: --reduce 10%, --posts COUNT or --to COUNT",
        )
    if "%" not in reduce:
        # "--reduce 10" once meant 10 posts, silently; a rate and a count are never guessed.
        raise ScheduleError(
            f"--reduce {reduce}: tỷ lệ cần dấu %, ví dụ --reduce {reduce}%; muốn giảm "
            f"{reduce} biên chế thì dùng --posts {reduce}",
            f"--reduce {reduce}: a rate needs its % sign, e.g. --reduce {reduce}%; to cut "
            f"{reduce} posts use --posts {reduce}",
        )
    return from_rate(base_year, base_value, parse_rate(reduce), deadline)


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
    if len(known) < len(specs):
        twice = sorted({spec.id for spec in specs if [s.id for s in specs].count(spec.id) > 1})
        raise ScheduleError(
            f"--part: thành phần '{twice[0]}' được nêu hai lần; mỗi thành phần chỉ một lần",
            f"--part: part '{twice[0]}' is given twice; name each part once",
        )
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
    try:
        return read_year(text)
    except BadValueError as exc:
        raise ScheduleError(f"{option}: {exc.vi}", f"{option}: {exc.en}") from None


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
