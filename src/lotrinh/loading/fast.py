"""The fast path: a valid plan file's plain data read without pydantic.

Importing pydantic's model machinery and building the schema's validators costs about 70 ms,
more than everything else `lotrinh check` does on a real plan, and a model instance per
unit, claim and change weighs on a large plan. Most files an analyst checks are valid, so
this reader handles exactly those: it reads the plain data (dicts, lists, str, None) with
the schema's own value readers (`values`) into named tuples that have the attributes
`convert.to_plan` reads (`shapes`).

It never guesses. At the first thing it is not certain the schema accepts in the same way
(an unknown or missing key, a value of another type, a value a reader refuses) it returns
None, and the caller runs pydantic, whose messages, positions and suggestions stay the only
ones a user sees. Hence, for every file it reads, the plan equals pydantic's; the tests hold
it to that on valid, mutated and bad files.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

from lotrinh.loading.values import (
    UNIT_ID_PATTERN,
    BadValueError,
    read_count,
    read_date,
    read_rate,
    read_share,
    read_text,
    read_version,
    read_year,
)
from lotrinh.model import Category, Rate, YearKind

_T = TypeVar("_T")


class PlanMetaData(NamedTuple):
    """`plan:` (schema.PlanMetaModel)."""

    number: str | None = None
    title: str | None = None
    issuer: str | None = None
    date: datetime.date | None = None
    scope: str | None = None
    source: str | None = None


class FigureData(NamedTuple):
    """A figure written as a mapping (schema.FigureModel)."""

    value: int
    derived_from: str | None
    note: str | None


class UnitData(NamedTuple):
    """One unit (schema.UnitModel)."""

    id: str
    name: str
    short: str | None
    category: Category | None
    parts: tuple[str, ...]
    figures: dict[int, int | FigureData]


class ChangeData(NamedTuple):
    """One comparison of a claim (schema.ChangeModel)."""

    base_year: int
    reduction: int | None
    increase: int | None
    rate: Rate | None


class ClaimData(NamedTuple):
    """One claim (schema.ClaimModel)."""

    id: str | None
    unit: str
    year: int
    quote: str
    source_line: int | None
    value: int | None
    changes: tuple[ChangeData, ...]


class TargetData(NamedTuple):
    """One target (schema.TargetModel)."""

    id: str
    source: str
    quote: str | None
    category: Category | None
    units: tuple[str, ...] | None
    base_year: int
    deadline: int
    min_reduction: Rate


class PlanData(NamedTuple):
    """A whole plan file (schema.PlanFile)."""

    plan: PlanMetaData
    years: dict[int, YearKind]
    units: tuple[UnitData, ...]
    claims: tuple[ClaimData, ...]
    targets: tuple[TargetData, ...]


class _UnsureError(Exception):
    """Something this reader does not vouch for: let pydantic decide and explain."""


_ABSENT: Any = object()
_UNIT_ID = re.compile(UNIT_ID_PATTERN)
_CATEGORIES = {member.value: member for member in Category}
_YEAR_KINDS = {member.value: member for member in YearKind}

# Each model's keys (all of them, and the required ones), as the schema declares them.
_Keys = tuple[frozenset[str], frozenset[str]]
_PLAN: _Keys = (
    frozenset({"lotrinh", "plan", "years", "units", "claims", "targets"}),
    frozenset({"lotrinh", "units"}),
)
_META: _Keys = frozenset({"number", "title", "issuer", "date", "scope", "source"}), frozenset()
_FIGURE: _Keys = frozenset({"value", "derived_from", "note"}), frozenset({"value"})
_UNIT: _Keys = (
    frozenset({"id", "name", "short", "category", "parts", "figures"}),
    frozenset({"id", "name"}),
)
_CHANGE: _Keys = frozenset({"base_year", "reduction", "increase", "rate"}), frozenset({"base_year"})
_CLAIM: _Keys = (
    frozenset({"id", "unit", "year", "quote", "source_line", "value", "changes"}),
    frozenset({"unit", "year", "quote"}),
)
_TARGET: _Keys = (
    frozenset(
        {"id", "source", "quote", "category", "units", "base_year", "deadline", "min_reduction"}
    ),
    frozenset({"id", "source", "base_year", "deadline", "min_reduction"}),
)


def _optional(reader: Callable[[Any], _T]) -> Callable[[Any], _T | None]:
    """A field that may be absent or null (both read as None), else read by `reader`."""

    def read(value: Any) -> _T | None:
        return None if value is None else reader(value)

    return read


_text = _optional(read_text)
_count = _optional(read_count)
_rate = _optional(read_rate)
_date = _optional(read_date)


def read_plan(data: Any) -> PlanData | None:
    """The validated plan file, or None wherever pydantic must have the last word."""
    return _sure(_plan, data)


def read_unit(data: Any) -> UnitData | None:
    """One item of `units:` on its own (for streaming), or None where unsure."""
    return _sure(_unit, data)


def read_claim(data: Any) -> ClaimData | None:
    """One item of `claims:` on its own, or None where unsure."""
    return _sure(_claim, data)


def read_target(data: Any) -> TargetData | None:
    """One item of `targets:` on its own, or None where unsure."""
    return _sure(_target, data)


def read_head(data: Any) -> tuple[PlanMetaData, dict[int, YearKind]] | None:
    """A plan file whose sections' items were read one by one (`read_unit`, ...) and left as
    placeholders: its keys, version, `plan:` and `years:`; the sections must be lists, units
    not empty. None where unsure."""
    return _sure(_head, data)


def _sure(reader: Callable[[Any], _T], data: Any) -> _T | None:
    try:
        return reader(data)
    except (_UnsureError, BadValueError):
        return None


def _plan(data: Any) -> PlanData:
    meta, years = _head(data)
    return PlanData(
        meta,
        years,
        _list(data["units"], _unit),
        _list(data.get("claims", _ABSENT), _claim),
        _list(data.get("targets", _ABSENT), _target),
    )


def _head(data: Any) -> tuple[PlanMetaData, dict[int, YearKind]]:
    plan = _fields(data, _PLAN)
    if any(type(plan.get(key, [])) is not list for key in ("units", "claims", "targets")):
        raise _UnsureError
    if not plan["units"]:
        raise _UnsureError
    read_version(plan["lotrinh"])
    meta = plan.get("plan", _ABSENT)
    return PlanMetaData() if meta is _ABSENT else _meta(meta), _years(plan.get("years", _ABSENT))


def _meta(data: Any) -> PlanMetaData:
    meta = _fields(data, _META)
    get = meta.get
    return PlanMetaData(
        _text(get("number")),
        _text(get("title")),
        _text(get("issuer")),
        _date(get("date")),
        _text(get("scope")),
        _text(get("source")),
    )


def _years(data: Any) -> dict[int, YearKind]:
    if data is _ABSENT:
        return {}
    return _by_year(data, lambda kind: _choice(_YEAR_KINDS, kind))


def _unit(data: Any) -> UnitData:
    unit = _fields(data, _UNIT)
    get = unit.get
    return UnitData(
        _unit_id(unit["id"]),
        read_text(unit["name"]),
        _text(get("short")),
        _category(get("category")),
        _list(get("parts", _ABSENT), _unit_id),
        {} if "figures" not in unit else _by_year(unit["figures"], _figure),
    )


def _figure(data: Any) -> int | FigureData:
    """A bare count, or a mapping: the two members of the schema's union, which cannot both
    accept one value (a count is never a mapping)."""
    if type(data) is not dict:
        return read_count(data)
    figure = _fields(data, _FIGURE)
    get = figure.get
    return FigureData(read_count(figure["value"]), _text(get("derived_from")), _text(get("note")))


def _claim(data: Any) -> ClaimData:
    claim = _fields(data, _CLAIM)
    get = claim.get
    return ClaimData(
        _text(get("id")),
        _unit_id(claim["unit"]),
        read_year(claim["year"]),
        read_text(claim["quote"]),
        _count(get("source_line")),
        _count(get("value")),
        _list(get("changes", _ABSENT), _change),
    )


def _change(data: Any) -> ChangeData:
    change = _fields(data, _CHANGE)
    get = change.get
    return ChangeData(
        read_year(change["base_year"]),
        _count(get("reduction")),
        _count(get("increase")),
        _rate(get("rate")),
    )


def _target(data: Any) -> TargetData:
    target = _fields(data, _TARGET)
    get = target.get
    units = get("units")
    return TargetData(
        _unit_id(target["id"]),
        read_text(target["source"]),
        _text(get("quote")),
        _category(get("category")),
        None if units is None else _list(units, _unit_id),
        read_year(target["base_year"]),
        read_year(target["deadline"]),
        read_share(target["min_reduction"]),
    )


def _fields(data: Any, keys: _Keys) -> dict[str, Any]:
    """A mapping with only the model's keys and all of its required ones."""
    allowed, required = keys
    if type(data) is not dict or not data.keys() <= allowed or not required <= data.keys():
        raise _UnsureError
    return data


def _list(data: Any, item: Callable[[Any], _T]) -> tuple[_T, ...]:
    """A list of items; an absent key is the schema's default, the empty list. (A written
    null is not: the schema refuses it.)"""
    if data is _ABSENT:
        return ()
    if type(data) is not list:
        raise _UnsureError
    return tuple(item(element) for element in data)


def _by_year(data: Any, item: Callable[[Any], _T]) -> dict[int, _T]:
    """A mapping keyed by year, in the order written."""
    if type(data) is not dict:
        raise _UnsureError
    result: dict[int, _T] = {}
    for key, value in data.items():
        year = read_year(key)
        if year in result:  # '2023' and ' 2023': one year twice; pydantic keeps the last
            raise _UnsureError
        result[year] = item(value)
    return result


def _unit_id(value: Any) -> str:
    if type(value) is not str or _UNIT_ID.fullmatch(value) is None:
        raise _UnsureError
    return value


def _category(value: Any) -> Category | None:
    return None if value is None else _choice(_CATEGORIES, value)


def _choice(members: dict[str, _T], value: Any) -> _T:
    """An enum member, for its exact value only."""
    if type(value) is not str or value not in members:
        raise _UnsureError
    return members[value]
