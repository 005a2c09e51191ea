"""The plan file format, as pydantic models: the single source of validation and of the
JSON Schema that `lotrinh schema` prints (descriptions in Vietnamese, for the editor).

Values arrive as the text the analyst wrote (see `yamltree`); the annotated types below
read that text strictly, so pydantic's lax coercions (`28.0` → 28, `yes` → 1) never apply.
How each value is read is written once, in `values`, which the fast path (`fast`) shares.
Importing this module costs tens of milliseconds (pydantic builds every validator), so only
the slow path, `lotrinh schema` and extraction import it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Annotated, Any, TypeVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    WithJsonSchema,
    create_model,
)
from pydantic.config import JsonDict
from pydantic_core import PydanticCustomError

from lotrinh.loading import plan_format
from lotrinh.loading.values import (
    FIRST_YEAR,
    LAST_YEAR,
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
from lotrinh.model import Rate

__all__ = ["FIRST_YEAR", "LAST_YEAR", "MODELS", "SHAPE_ERROR", "PlanFile", "as_declared"]

SHAPE_ERROR = "lotrinh_shape"
"""The error type for "a list or mapping where a single value belongs": a union member's
complaint that another member (a figure written as a mapping) may explain better."""

_T = TypeVar("_T")


def _checked(reader: Callable[[Any], _T], value: Any) -> _T:
    """Run one of `values`' readers, turning its problem into an error that carries both
    languages to the message translator."""
    try:
        return reader(value)
    except BadValueError as exc:
        kind = SHAPE_ERROR if exc.shape else "lotrinh"
        raise PydanticCustomError(kind, "{en}", {"vi": exc.vi, "en": exc.en}) from None


# Named functions, one per reader: pydantic names them in error locations.
def _text(value: Any) -> str:
    return _checked(read_text, value)


def _count(value: Any) -> int:
    return _checked(read_count, value)


def _rate(value: Any) -> Rate:
    return _checked(read_rate, value)


def _share(value: Any) -> Rate:
    return _checked(read_share, value)


def _year(value: Any) -> int:
    return _checked(read_year, value)


def _distinct_years(value: Any) -> Any:
    """`2023:` and `" 2023":` are one year: pydantic would keep the last silently."""
    if not isinstance(value, dict):
        return value
    seen: dict[int, str] = {}
    for key in value:
        try:
            year = read_year(key)
        except BadValueError:
            continue  # reported where the key itself is validated
        if year in seen:
            raise PydanticCustomError(
                "lotrinh",
                "{en}",
                {
                    "vi": f"năm {year} được ghi hai lần ('{seen[year]}' và '{key}')",
                    "en": f"year {year} is written twice ('{seen[year]}' and '{key}')",
                },
            )
        seen[year] = str(key)
    return value


def _version(value: Any) -> int:
    return _checked(read_version, value)


def _date(value: Any) -> date:
    return _checked(read_date, value)


_COUNT_SCHEMA = {
    "description": "Số biên chế (số nguyên; nghìn viết bằng dấu chấm: 28.960).",
    "anyOf": [
        {"type": "integer", "minimum": 0},
        # Deliberately loose. An editor's validator sees what a YAML 1.1 reader makes of the
        # file, and that reader turns a bare 28.960 into the float 28.96: refusing numbers
        # would flag the very spelling the format recommends. Whether a number is a whole
        # count is decided by the loader, which reads the text as written.
        {"type": "number", "minimum": 0},
        # The same spellings as numbers.parse_count: plain, or grouped by one separator.
        {
            "type": "string",
            "pattern": r"^\s*(0|[1-9][0-9]*|[1-9][0-9]{0,2}([. \u00a0\u202f])[0-9]{3}"
            r"(\2[0-9]{3})*)\s*$",
        },
    ],
}
_YEAR_KEYS: JsonDict = {"propertyNames": {"pattern": r"^[0-9]{4}$"}}
_YEAR_SCHEMA = {
    "anyOf": [
        {"type": "integer", "minimum": FIRST_YEAR, "maximum": LAST_YEAR},
        {"type": "string", "pattern": r"^[0-9]{4}$"},
    ]
}
_RATE_SCHEMA = {
    "type": "string",
    "pattern": r"^\s*[0-9]+(,[0-9]+)?\s?%\s*$",
    "description": 'Tỷ lệ phần trăm đúng như văn bản viết, ví dụ "5,08%".',
}

Count = Annotated[int, PlainValidator(_count), WithJsonSchema(_COUNT_SCHEMA)]
Year = Annotated[int, PlainValidator(_year), WithJsonSchema(_YEAR_SCHEMA)]
RateText = Annotated[Rate, PlainValidator(_rate), WithJsonSchema(_RATE_SCHEMA)]
ShareText = Annotated[Rate, PlainValidator(_share), WithJsonSchema(_RATE_SCHEMA)]
Text = Annotated[str, PlainValidator(_text), WithJsonSchema({"type": ["string", "number"]})]
FormatVersion = Annotated[int, PlainValidator(_version), WithJsonSchema({"const": 1})]
Day = Annotated[
    date,
    PlainValidator(_date),
    WithJsonSchema({"type": "string", "description": "Ngày: 2023-08-11 hoặc 11/8/2023."}),
]
UnitId = Annotated[
    str,
    Field(pattern=UNIT_ID_PATTERN, description="Mã đơn vị: chữ thường, số, - _ ."),
]


class _Model(BaseModel):
    """Unknown keys are errors: a misspelt key would otherwise be silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=False)


_VALUES: dict[plan_format.Value, Any] = {
    plan_format.Value.TEXT: Text,
    plan_format.Value.COUNT: Count,
    plan_format.Value.YEAR: Year,
    plan_format.Value.RATE: RateText,
    plan_format.Value.SHARE: ShareText,
    plan_format.Value.DATE: Day,
    plan_format.Value.VERSION: FormatVersion,
    plan_format.Value.UNIT_ID: UnitId,
}
"""Each kind of single value as pydantic reads it (with its JSON Schema)."""


def _title(shape: type[Any]) -> str:
    """The model's name, which is the JSON Schema's definition name: `ClaimData` is
    `ClaimModel`, the whole file `PlanFile`."""
    if shape is plan_format.PlanData:
        return "PlanFile"
    return shape.__name__.removesuffix("Data") + "Model"


def _annotation(node: plan_format.Node) -> Any:
    """The pydantic annotation for one node of the declaration."""
    if isinstance(node, plan_format.Scalar):
        return _VALUES[node.value]
    if isinstance(node, plan_format.Choice):
        return node.enum
    if isinstance(node, plan_format.Object):
        return MODELS[node.shape]
    if isinstance(node, plan_format.ListOf):
        return list[_annotation(node.item)]  # type: ignore[misc]
    if isinstance(node, plan_format.ByYear):
        return Annotated[
            dict[Year, _annotation(node.item)],  # type: ignore[misc]
            BeforeValidator(_distinct_years),
        ]
    if isinstance(node, plan_format.Either):
        return _annotation(node.scalar) | _annotation(node.object)
    return _annotation(node.inner) | None


def _field(spec: plan_format.Spec) -> Any:
    """The pydantic field for one field of the declaration: its default, description and
    constraints."""
    node = spec.node
    extra: dict[str, Any] = {}
    if spec.field.doc is not None:
        extra["description"] = spec.field.doc
    if spec.field.min_items:
        extra["min_length"] = spec.field.min_items
    if isinstance(node, plan_format.ByYear):
        extra["json_schema_extra"] = _YEAR_KEYS
    if spec.required:
        return Field(**extra)
    if isinstance(node, plan_format.Nullable):
        return Field(None, **extra)
    factory: Callable[[], Any]
    if isinstance(node, plan_format.ListOf):
        factory = list
    elif isinstance(node, plan_format.ByYear):
        factory = dict
    elif isinstance(node, plan_format.Object):
        factory = MODELS[node.shape]
    else:
        raise TypeError(f"{spec.name}: an optional field needs a default")
    return Field(default_factory=factory, **extra)


MODELS: dict[type[Any], type[_Model]] = {}
"""Each object of the declaration's pydantic model, made once."""

for _shape in reversed(plan_format.OBJECTS):  # nested objects before the ones holding them
    MODELS[_shape] = create_model(  # type: ignore[call-overload]
        _title(_shape),
        __base__=_Model,
        __doc__=_shape.__doc__,
        __module__=__name__,
        **{
            spec.name: (_annotation(spec.node), _field(spec))
            for spec in plan_format.fields_of(_shape)
        },
    )

PlanFile = MODELS[plan_format.PlanData]
PlanMetaModel = MODELS[plan_format.PlanMetaData]
UnitModel = MODELS[plan_format.UnitData]
FigureModel = MODELS[plan_format.FigureData]
ClaimModel = MODELS[plan_format.ClaimData]
ChangeModel = MODELS[plan_format.ChangeData]
TargetModel = MODELS[plan_format.TargetData]


def as_declared(model: BaseModel) -> Any:
    """A validated model as the declaration's named tuple, the form `convert` reads (the fast
    path builds the same tuples directly)."""
    shape = _SHAPES[type(model)]
    return shape._make(
        _plain(spec.node, getattr(model, spec.name)) for spec in plan_format.fields_of(shape)
    )


_SHAPES: dict[type[BaseModel], type[Any]] = {model: shape for shape, model in MODELS.items()}


def _plain(node: plan_format.Node, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(node, plan_format.Nullable):
        return _plain(node.inner, value)
    if isinstance(node, plan_format.ListOf):
        return tuple(_plain(node.item, item) for item in value)
    if isinstance(node, plan_format.ByYear):
        return {year: _plain(node.item, item) for year, item in value.items()}
    if isinstance(value, BaseModel):
        return as_declared(value)
    return value
