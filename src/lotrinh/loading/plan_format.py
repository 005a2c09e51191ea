"""The plan file format, declared once: every object of a plan file, its fields in the order
they are written, each field's type, whether it is required, and its description.

Each object is a named tuple, and the tuples are what a validated file is read into (the
fast path builds them directly; pydantic's models are converted to them), so `convert` is
type-checked against the very declaration. A field's annotation says everything about it:

    note: Annotated[Text | None, Field("Ghi chú.", carried=True)]

`Text`, `Count`, `Year`, ... name how a single value is read (one reader each, in `values`);
`X | None` is optional (absent or null read as None); `tuple[X, ...]` is a list (absent read
as empty); `dict[Year, X]` a mapping keyed by year (absent read as empty); a named tuple
declared here is a nested object. `Field` adds the Vietnamese description (the JSON Schema's,
shown by editors), `required`, the least number of items of a list, and `carried`: the
value is copied as it is to the domain object of the same name in `model` (see `carried`).

Everything else derives from this module: the pydantic models, their located messages and
`lotrinh schema` (`schema`), the fast path's checks (`fast`), the YAML writer (`plan_yaml`,
used by `lotrinh extract`), the workbook's keys (`excel.read`, `excel.write`).
docs/plan-format.md says how to add a field. No pydantic here: the fast path imports this.
"""

# No `from __future__ import annotations`: the annotations below are read at run time
# (`fields_of`), and evaluating them once as objects is cheaper than resolving strings.
import datetime
import types
import typing
from enum import Enum, StrEnum
from typing import Annotated, Any, NamedTuple

from lotrinh.model import Category, Funding, Rate, UnitRole, YearKind


class Value(StrEnum):
    """How a single value is read; `values` has one reader for each."""

    TEXT = "text"
    COUNT = "count"
    YEAR = "year"
    RATE = "rate"
    SHARE = "share"
    DATE = "date"
    VERSION = "version"
    UNIT_ID = "unit_id"


Text = Annotated[str, Value.TEXT]
Count = Annotated[int, Value.COUNT]
Year = Annotated[int, Value.YEAR]
RateText = Annotated[Rate, Value.RATE]
Share = Annotated[Rate, Value.SHARE]
Day = Annotated[datetime.date, Value.DATE]
Version = Annotated[int, Value.VERSION]
UnitId = Annotated[str, Value.UNIT_ID]


class Field(NamedTuple):
    """What a field's type does not say. A field that is not `required` may be left out: it
    then reads as None, an empty list or mapping, or an object of its own defaults."""

    doc: str | None = None
    required: bool = False
    min_items: int = 0
    carried: bool = False
    """Copied as it is to the domain object (`model`) built from this one, under its name."""


class PlanMetaData(NamedTuple):
    """Thông tin về văn bản kế hoạch."""

    number: Annotated[Text | None, Field("Số hiệu văn bản, ví dụ 123-KH/TU.")]
    title: Annotated[Text | None, Field("Trích yếu / tên kế hoạch.")]
    issuer: Annotated[Text | None, Field("Cơ quan ban hành.")]
    date: Annotated[Day | None, Field("Ngày ban hành.")]
    scope: Annotated[Text | None, Field("Phạm vi, ví dụ: không bao gồm cán bộ, công chức cấp xã.")]
    source: Annotated[Text | None, Field("Nguồn văn bản (địa chỉ, tên tệp).")]


class FigureData(NamedTuple):
    """Một số liệu có ghi chú nguồn."""

    value: Annotated[Count, Field("Số biên chế.", required=True, carried=True)]
    derived_from: Annotated[
        Text | None,
        Field(
            "Mã nhận định (claim) mà từ đó số liệu này được suy ra, khi văn bản không nêu "
            "trực tiếp.",
            carried=True,
        ),
    ]
    note: Annotated[Text | None, Field("Ghi chú.", carried=True)]


class UnitData(NamedTuple):
    """Một đơn vị / khối / loại biên chế trong cây đơn vị."""

    id: Annotated[UnitId, Field(required=True)]
    name: Annotated[Text, Field("Tên đơn vị như văn bản viết.", required=True)]
    short: Annotated[Text | None, Field("Tên ngắn để hiển thị trong bảng.")]
    category: Annotated[
        Category | None,
        Field(
            "Loại biên chế: CBCC (cán bộ, công chức), VC (viên chức), CBCC-XA (cán bộ, "
            "công chức cấp xã) hoặc HOI (hội đặc thù)."
        ),
    ]
    parts: Annotated[
        tuple[UnitId, ...],
        Field("Các đơn vị thành phần; số của đơn vị này phải bằng tổng của chúng."),
    ]
    subset_of: Annotated[
        UnitId | None,
        Field(
            'Đơn vị mà đơn vị này là một phần được kể riêng ("trong đó có 300 giáo viên"): '
            "không phải thành phần, số của nó không được lớn hơn số của đơn vị ấy cùng năm."
        ),
    ]
    role: Annotated[
        UnitRole | None,
        Field(
            "Vai trò của đơn vị: reserve (biên chế dự phòng, chưa giao). Vẫn là một thành "
            "phần của tổng và được tính vào chỉ tiêu của tổng, nhưng được phép tăng khi số "
            "đã giao giảm (số thu về để dự phòng): riêng nó tăng không bị báo LT103."
        ),
    ]
    funding: Annotated[
        Funding | None,
        Field(
            "Nguồn trả lương: budget (ngân sách nhà nước, mặc định) hoặc own-revenue (nguồn "
            "thu sự nghiệp của đơn vị; đơn vị tự bảo đảm chi thường xuyên). Số own-revenue "
            "không thuộc tổng hưởng lương ngân sách, không tính vào chỉ tiêu (Kết luận 40 đo "
            "số hưởng lương ngân sách), được phép tăng."
        ),
    ]
    figures: Annotated[
        dict[Year, Count | FigureData], Field("Số biên chế theo năm, ví dụ 2023: 28.960.")
    ]


class ChangeData(NamedTuple):
    """Một so sánh trong câu: giảm/tăng bao nhiêu so với năm nào, tỷ lệ bao nhiêu."""

    reduction: Annotated[Count | None, Field('Số biên chế giảm ("giảm ...").')]
    increase: Annotated[Count | None, Field('Số biên chế tăng ("tăng ...").')]
    base_year: Annotated[Year, Field('Năm so sánh ("so với năm ...").', required=True)]
    rate: Annotated[RateText | None, Field("Tỷ lệ giảm như văn bản viết.")]
    reductions: Annotated[
        tuple[Count, ...],
        Field(
            'Các khoản giảm, khi câu chia mức thay đổi thành nhiều khoản ("giảm 27 biên chế '
            'theo đề xuất ...; giảm 11 biên chế ...; bổ sung 4 biên chế ..."): mức thay đổi là '
            "tổng các khoản giảm trừ tổng các khoản tăng. Không ghi cùng 'reduction', "
            "'increase'."
        ),
    ]
    increases: Annotated[
        tuple[Count, ...], Field('Các khoản tăng ("bổ sung 4 biên chế") của mức thay đổi ấy.')
    ]


class ClaimData(NamedTuple):
    """Một câu của văn bản nêu số liệu, kèm nguyên văn."""

    id: Annotated[Text | None, Field("Mã để tham chiếu (tùy chọn).")]
    unit: Annotated[UnitId, Field("Đơn vị mà câu nói đến.", required=True, carried=True)]
    year: Annotated[Year, Field("Năm mà câu nói đến.", required=True, carried=True)]
    source_line: Annotated[Count | None, Field("Dòng (hoặc đoạn) trong văn bản gốc.", carried=True)]
    quote: Annotated[Text, Field("Nguyên văn câu trong văn bản.", required=True, carried=True)]
    value: Annotated[Count | None, Field('Số biên chế câu nêu ("là ... biên chế").')]
    changes: Annotated[tuple[ChangeData, ...], Field("Các so sánh câu nêu.")]
    note: Annotated[
        Text | None,
        Field("Ghi chú của người soạn hoặc người rà soát về câu này.", carried=True),
    ]


class TargetData(NamedTuple):
    """Một chỉ tiêu tinh giản bắt buộc (ví dụ Kết luận 40-KL/TW)."""

    id: Annotated[UnitId, Field(required=True)]
    source: Annotated[
        Text, Field("Văn bản đặt ra chỉ tiêu, ví dụ Kết luận 40-KL/TW.", required=True)
    ]
    quote: Annotated[Text | None, Field("Nguyên văn chỉ tiêu, nếu văn bản có trích.")]
    category: Annotated[
        Category | None,
        Field("Áp dụng cho tổng các đơn vị thuộc loại này (CBCC, VC, CBCC-XA, HOI)."),
    ]
    units: Annotated[
        tuple[UnitId, ...] | None,
        Field(
            "Hoặc: áp dụng cho tổng các đơn vị được liệt kê. Cùng với 'category': loại đó nằm "
            "lẫn trong các đơn vị này, văn bản không tách riêng, nên không kiểm tra được."
        ),
    ]
    base_year: Annotated[Year, Field('Năm gốc ("so với năm 2021").', required=True)]
    deadline: Annotated[Year, Field('Năm phải đạt ("đến năm 2026").', required=True)]
    min_reduction: Annotated[Share, Field('Tỷ lệ giảm tối thiểu, ví dụ "10%".', required=True)]


class PlanData(NamedTuple):
    """Tệp kế hoạch lotrinh (YAML)."""

    lotrinh: Annotated[Version, Field("Phiên bản định dạng tệp; hiện là 1.", required=True)]
    plan: Annotated[PlanMetaData, Field()]
    years: Annotated[
        dict[Year, YearKind],
        Field("Loại số liệu mỗi năm: actual (thực hiện / đã giao) hoặc target (kế hoạch)."),
    ]
    units: Annotated[
        tuple[UnitData, ...],
        Field("Cây đơn vị, theo thứ tự hiển thị.", required=True, min_items=1),
    ]
    claims: Annotated[tuple[ClaimData, ...], Field("Các nhận định số học của văn bản.")]
    targets: Annotated[tuple[TargetData, ...], Field("Các chỉ tiêu chính sách phải đạt.")]


OBJECTS: tuple[type[Any], ...] = (
    PlanData,
    PlanMetaData,
    UnitData,
    FigureData,
    ClaimData,
    ChangeData,
    TargetData,
)
"""Every object of the format, the whole file first."""


# ---- the declaration read as data, for the modules that derive from it ------------------
# Plain classes with slots, not dataclasses or named tuples: they are made at every start of
# `lotrinh`, and cost a fraction of either.


class Scalar:
    """A single value, read by `values`' reader for `value`."""

    __slots__ = ("value",)

    def __init__(self, value: Value) -> None:
        self.value = value


class Choice:
    """One of an enumeration's values, exactly as written."""

    __slots__ = ("enum",)

    def __init__(self, enum: type[Enum]) -> None:
        self.enum = enum


class Object:
    """A nested object: a mapping with the declared tuple's fields."""

    __slots__ = ("shape",)

    def __init__(self, shape: type[Any]) -> None:
        self.shape = shape


class ListOf:
    """A list; `tuple[X, ...]` in the declaration."""

    __slots__ = ("item",)

    def __init__(self, item: "Node") -> None:
        self.item = item


class ByYear:
    """A mapping keyed by year, in the order written; `dict[Year, X]`."""

    __slots__ = ("item",)

    def __init__(self, item: "Node") -> None:
        self.item = item


class Either:
    """A single value or an object (a figure: `28.960` or `{value: 28.960, note: ...}`);
    the two never accept the same value, since an object is a mapping."""

    __slots__ = ("object", "scalar")

    def __init__(self, scalar: Scalar, object: Object) -> None:
        self.scalar = scalar
        self.object = object


class Nullable:
    """`X | None`: absent or null read as None."""

    __slots__ = ("inner",)

    def __init__(self, inner: "Node") -> None:
        self.inner = inner


Node = Scalar | Choice | Object | ListOf | ByYear | Either | Nullable


class Spec:
    """One field of an object, its annotation read."""

    __slots__ = ("field", "name", "node")

    def __init__(self, name: str, node: Node, field: Field) -> None:
        self.name = name
        self.node = node
        self.field = field

    @property
    def required(self) -> bool:
        """Whether the field must be written."""
        return self.field.required


def fields_of(shape: type[Any]) -> tuple[Spec, ...]:
    """An object's fields, in the order declared (which is the order they are written)."""
    return _FIELDS[shape]


def _fields(shape: type[Any]) -> tuple[Spec, ...]:
    specs = []
    for name in shape._fields:
        annotation = shape.__annotations__[name]
        declared = [extra for extra in annotation.__metadata__ if isinstance(extra, Field)]
        if len(declared) != 1:
            raise TypeError(f"{shape.__name__}.{name}: declare exactly one Field")
        specs.append(Spec(name, _node(annotation), declared[0]))
    return tuple(specs)


def _node(annotation: Any) -> Node:
    """The reading of one annotation of the declaration."""
    if typing.get_origin(annotation) is Annotated:
        values = [extra for extra in annotation.__metadata__ if isinstance(extra, Value)]
        if values:
            return Scalar(values[0])
        return _node(annotation.__origin__)
    origin = typing.get_origin(annotation)
    arguments = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        members = [member for member in arguments if member is not type(None)]
        if len(members) < len(arguments):
            inner = members[0] if len(members) == 1 else typing.Union[tuple(members)]  # noqa: UP007
            return Nullable(_node(inner))
        first, second = (_node(member) for member in members)
        if isinstance(first, Scalar) and isinstance(second, Object):
            return Either(first, second)
        raise TypeError(f"unsupported union: {annotation}")
    if origin is tuple and len(arguments) == 2 and arguments[1] is Ellipsis:
        return ListOf(_node(arguments[0]))
    key = _node(arguments[0]) if origin is dict else None
    if isinstance(key, Scalar) and key.value is Value.YEAR:
        return ByYear(_node(arguments[1]))
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return Choice(annotation)
    if annotation in OBJECTS:
        return Object(annotation)
    raise TypeError(f"unsupported annotation: {annotation}")


def single(node: Node) -> bool:
    """Whether a field holds one value (optional or not): neither a list, a mapping nor an
    object."""
    if isinstance(node, Nullable):
        node = node.inner
    return isinstance(node, Scalar | Choice)


def carried(item: Any) -> dict[str, Any]:
    """The fields of a read object that its domain object takes as they are (by name)."""
    return {
        spec.name: getattr(item, spec.name) for spec in fields_of(type(item)) if spec.field.carried
    }


_FIELDS = {shape: _fields(shape) for shape in OBJECTS}

SECTIONS = tuple(
    spec.name
    for spec in _FIELDS[PlanData]
    if isinstance(spec.node, ListOf) and isinstance(spec.node.item, Object)
)
"""The file's lists of objects (units, claims, targets): nearly all of a plan, so they are
read item by item (`yamltree`, `stream`)."""
