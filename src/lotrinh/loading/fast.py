"""The fast path: a valid plan file's plain data read without pydantic.

Importing pydantic's model machinery and building the schema's validators costs about 70 ms,
more than everything else `lotrinh check` does on a real plan, and a model instance per
unit, claim and change weighs on a large plan. Most files an analyst checks are valid, so
this reader handles exactly those: it reads the plain data (dicts, lists, str, None) with
the schema's own value readers (`values`) into the named tuples of the format's declaration
(`plan_format`), which `convert.to_plan` reads. Every check below is made from that
declaration (keys allowed and required, each value's reader, defaults), as pydantic's models
are, so the two cannot drift apart.

It never guesses. At the first thing it is not certain the schema accepts in the same way
(an unknown or missing key, a value of another type, a value a reader refuses) it returns
None, and the caller runs pydantic, whose messages, positions and suggestions stay the only
ones a user sees. Hence, for every file it reads, the plan equals pydantic's; the tests hold
it to that on valid, mutated and bad files.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

from lotrinh.loading import plan_format
from lotrinh.loading.plan_format import (
    ChangeData,
    ClaimData,
    FigureData,
    PlanData,
    PlanMetaData,
    TargetData,
    UnitData,
)
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
from lotrinh.model import YearKind

__all__ = [
    "ChangeData",
    "ClaimData",
    "FigureData",
    "PlanData",
    "PlanMetaData",
    "TargetData",
    "UnitData",
    "read_claim",
    "read_head",
    "read_plan",
    "read_target",
    "read_unit",
]

_T = TypeVar("_T")
Reader = Callable[[Any], Any]


class _UnsureError(Exception):
    """Something this reader does not vouch for: let pydantic decide and explain."""


_ABSENT: Any = object()
_UNIT_ID = re.compile(UNIT_ID_PATTERN)


def _unit_id(value: Any) -> str:
    if type(value) is not str or _UNIT_ID.fullmatch(value) is None:
        raise _UnsureError
    return value


_VALUES: dict[plan_format.Value, Reader] = {
    plan_format.Value.TEXT: read_text,
    plan_format.Value.COUNT: read_count,
    plan_format.Value.YEAR: read_year,
    plan_format.Value.RATE: read_rate,
    plan_format.Value.SHARE: read_share,
    plan_format.Value.DATE: read_date,
    plan_format.Value.VERSION: read_version,
    plan_format.Value.UNIT_ID: _unit_id,
}
"""`values`' reader for each kind of single value: the readers pydantic's models run too."""


def _reader(node: plan_format.Node) -> Reader:
    """A reader of one written value (never `_ABSENT`) as the declaration's node says."""
    if isinstance(node, plan_format.Scalar):
        return _VALUES[node.value]
    if isinstance(node, plan_format.Choice):
        return _choice({member.value: member for member in node.enum})
    if isinstance(node, plan_format.Object):
        return _object(node.shape)
    if isinstance(node, plan_format.ListOf):
        return _list(_reader(node.item))
    if isinstance(node, plan_format.ByYear):
        return _by_year(_reader(node.item))
    if isinstance(node, plan_format.Either):
        return _either(_reader(node.scalar), _object(node.object.shape))
    inner = _reader(node.inner)
    return lambda value: None if value is None else inner(value)


def _field_reader(spec: plan_format.Spec, read: Reader | None = None) -> Reader:
    """A reader of one field's value as `dict.get` gives it: `_ABSENT` where not written
    (only for a field that is not required) reads as the schema's default. `read` reads a
    written value in place of the declaration's reader."""
    node = spec.node
    if isinstance(node, plan_format.Nullable):
        inner = read or _reader(node.inner)
        return lambda value: None if value is None or value is _ABSENT else inner(value)
    read = read or _reader(node)
    if spec.required:
        return read
    if isinstance(node, plan_format.ListOf):
        return lambda value: () if value is _ABSENT else read(value)
    if isinstance(node, plan_format.ByYear):
        return lambda value: {} if value is _ABSENT else read(value)
    if isinstance(node, plan_format.Object):
        return lambda value: read({}) if value is _ABSENT else read(value)
    raise TypeError(
        f"{spec.name}: an optional field must be nullable, a list, a mapping or an object"
    )


_OBJECTS: dict[type[Any], Reader] = {}


def _object(shape: type[Any]) -> Reader:
    """The reader of a nested object, made before the objects that hold it."""
    return _OBJECTS[shape]


def _compile(shape: type[Any], sections: dict[str, Reader] | None = None) -> Reader:
    """The reader of one object's mapping: only its keys, all its required ones, each value
    read by its field's reader (or by `sections`' reader for the fields named there)."""
    specs = plan_format.fields_of(shape)
    allowed = frozenset(spec.name for spec in specs)
    required = frozenset(spec.name for spec in specs if spec.required)
    fields = tuple(
        (spec.name, _field_reader(spec, (sections or {}).get(spec.name))) for spec in specs
    )
    least = {spec.name: spec.field.min_items for spec in specs if spec.field.min_items}
    make = shape._make

    def read(data: Any) -> Any:
        if type(data) is not dict or not data.keys() <= allowed or not required <= data.keys():
            raise _UnsureError
        get = data.get
        item = make([field(get(name, _ABSENT)) for name, field in fields])
        for name, count in least.items():
            if len(getattr(item, name)) < count:
                raise _UnsureError
        return item

    return read


def _list(item: Reader) -> Reader:
    """A list of items. (A written null is not a list: the schema refuses it.)"""

    def read(data: Any) -> tuple[Any, ...]:
        if type(data) is not list:
            raise _UnsureError
        return tuple([item(element) for element in data])

    return read


def _by_year(item: Reader) -> Reader:
    """A mapping keyed by year, in the order written."""

    def read(data: Any) -> dict[int, Any]:
        if type(data) is not dict:
            raise _UnsureError
        result: dict[int, Any] = {}
        for key, value in data.items():
            year = read_year(key)
            if year in result:  # '2023' and ' 2023': one year twice; pydantic refuses it
                raise _UnsureError
            result[year] = item(value)
        return result

    return read


def _either(scalar: Reader, mapping: Reader) -> Reader:
    """A single value or an object: a mapping can only be the object."""
    return lambda data: mapping(data) if type(data) is dict else scalar(data)


def _choice(members: dict[str, Any]) -> Reader:
    """An enum member, for its exact value only."""

    def read(value: Any) -> Any:
        if type(value) is not str or value not in members:
            raise _UnsureError
        return members[value]

    return read


for _shape in reversed(plan_format.OBJECTS):  # nested objects before the ones holding them
    _OBJECTS[_shape] = _compile(_shape)

_HEAD = _compile(PlanData, dict.fromkeys(plan_format.SECTIONS, _list(lambda placeholder: None)))
"""The file with its sections' items left as placeholders: only that they are lists."""


def read_plan(data: Any) -> PlanData | None:
    """The validated plan file, or None wherever pydantic must have the last word."""
    return _sure(_OBJECTS[PlanData], data)


def read_unit(data: Any) -> UnitData | None:
    """One item of `units:` on its own (for streaming), or None where unsure."""
    return _sure(_OBJECTS[UnitData], data)


def read_claim(data: Any) -> ClaimData | None:
    """One item of `claims:` on its own, or None where unsure."""
    return _sure(_OBJECTS[ClaimData], data)


def read_target(data: Any) -> TargetData | None:
    """One item of `targets:` on its own, or None where unsure."""
    return _sure(_OBJECTS[TargetData], data)


def read_head(data: Any) -> tuple[PlanMetaData, dict[int, YearKind]] | None:
    """A plan file whose sections' items were read one by one (`read_unit`, ...) and left as
    placeholders: its keys, version, `plan:` and `years:`; the sections must be lists, units
    not empty. None where unsure."""
    return _sure(_head, data)


def _head(data: Any) -> tuple[PlanMetaData, dict[int, YearKind]]:
    head = _HEAD(data)
    return head.plan, head.years


def _sure(reader: Callable[[Any], _T], data: Any) -> _T | None:
    try:
        return reader(data)
    except (_UnsureError, BadValueError):
        return None
