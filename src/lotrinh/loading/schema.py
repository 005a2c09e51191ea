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

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainValidator, WithJsonSchema
from pydantic.config import JsonDict
from pydantic_core import PydanticCustomError

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
from lotrinh.model import Category, Rate, YearKind

__all__ = ["FIRST_YEAR", "LAST_YEAR", "SHAPE_ERROR", "PlanFile"]

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


class PlanMetaModel(_Model):
    """Thông tin về văn bản kế hoạch."""

    number: Text | None = Field(None, description="Số hiệu văn bản, ví dụ 123-KH/TU.")
    title: Text | None = Field(None, description="Trích yếu / tên kế hoạch.")
    issuer: Text | None = Field(None, description="Cơ quan ban hành.")
    date: Day | None = Field(None, description="Ngày ban hành.")
    scope: Text | None = Field(
        None, description="Phạm vi, ví dụ: không bao gồm cán bộ, công chức cấp xã."
    )
    source: Text | None = Field(None, description="Nguồn văn bản (địa chỉ, tên tệp).")


class FigureModel(_Model):
    """Một số liệu có ghi chú nguồn."""

    value: Count = Field(description="Số biên chế.")
    derived_from: Text | None = Field(
        None,
        description="Mã nhận định (claim) mà từ đó số liệu này được suy ra, khi văn bản "
        "không nêu trực tiếp.",
    )
    note: Text | None = Field(None, description="Ghi chú.")


class UnitModel(_Model):
    """Một đơn vị / khối / loại biên chế trong cây đơn vị."""

    id: UnitId
    name: Text = Field(description="Tên đơn vị như văn bản viết.")
    short: Text | None = Field(None, description="Tên ngắn để hiển thị trong bảng.")
    category: Category | None = Field(
        None,
        description=(
            "Loại biên chế: CBCC (cán bộ, công chức), VC (viên chức), CBCC-XA (cán bộ, "
            "công chức cấp xã) hoặc HOI (hội đặc thù)."
        ),
    )
    parts: list[UnitId] = Field(
        default_factory=list,
        description="Các đơn vị thành phần; số của đơn vị này phải bằng tổng của chúng.",
    )
    figures: Annotated[dict[Year, Count | FigureModel], BeforeValidator(_distinct_years)] = Field(
        default_factory=dict,
        description="Số biên chế theo năm, ví dụ 2023: 28.960.",
        json_schema_extra=_YEAR_KEYS,
    )


class ChangeModel(_Model):
    """Một so sánh trong câu: giảm/tăng bao nhiêu so với năm nào, tỷ lệ bao nhiêu."""

    base_year: Year = Field(description='Năm so sánh ("so với năm ...").')
    reduction: Count | None = Field(None, description='Số biên chế giảm ("giảm ...").')
    increase: Count | None = Field(None, description='Số biên chế tăng ("tăng ...").')
    rate: RateText | None = Field(None, description="Tỷ lệ giảm như văn bản viết.")


class ClaimModel(_Model):
    """Một câu của văn bản nêu số liệu, kèm nguyên văn."""

    id: Text | None = Field(None, description="Mã để tham chiếu (tùy chọn).")
    unit: UnitId = Field(description="Đơn vị mà câu nói đến.")
    year: Year = Field(description="Năm mà câu nói đến.")
    quote: Text = Field(description="Nguyên văn câu trong văn bản.")
    source_line: Count | None = Field(None, description="Dòng (hoặc đoạn) trong văn bản gốc.")
    value: Count | None = Field(None, description='Số biên chế câu nêu ("là ... biên chế").')
    changes: list[ChangeModel] = Field(default_factory=list, description="Các so sánh câu nêu.")


class TargetModel(_Model):
    """Một chỉ tiêu tinh giản bắt buộc (ví dụ Kết luận 40-KL/TW)."""

    id: UnitId
    source: Text = Field(description="Văn bản đặt ra chỉ tiêu, ví dụ Kết luận 40-KL/TW.")
    quote: Text | None = Field(None, description="Nguyên văn chỉ tiêu, nếu văn bản có trích.")
    category: Category | None = Field(
        None, description="Áp dụng cho tổng các đơn vị thuộc loại này (CBCC, VC, CBCC-XA, HOI)."
    )
    units: list[UnitId] | None = Field(
        None, description="Hoặc: áp dụng cho tổng các đơn vị được liệt kê."
    )
    base_year: Year = Field(description='Năm gốc ("so với năm 2021").')
    deadline: Year = Field(description='Năm phải đạt ("đến năm 2026").')
    min_reduction: ShareText = Field(description='Tỷ lệ giảm tối thiểu, ví dụ "10%".')


class PlanFile(_Model):
    """Tệp kế hoạch lotrinh (YAML)."""

    lotrinh: FormatVersion = Field(description="Phiên bản định dạng tệp; hiện là 1.")
    plan: PlanMetaModel = Field(default_factory=PlanMetaModel)
    years: Annotated[dict[Year, YearKind], BeforeValidator(_distinct_years)] = Field(
        default_factory=dict,
        description="Loại số liệu mỗi năm: actual (thực hiện / đã giao) hoặc target (kế hoạch).",
        json_schema_extra=_YEAR_KEYS,
    )
    units: list[UnitModel] = Field(min_length=1, description="Cây đơn vị, theo thứ tự hiển thị.")
    claims: list[ClaimModel] = Field(
        default_factory=list, description="Các nhận định số học của văn bản."
    )
    targets: list[TargetModel] = Field(
        default_factory=list, description="Các chỉ tiêu chính sách phải đạt."
    )
