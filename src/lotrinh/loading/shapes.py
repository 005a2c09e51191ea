"""What `convert.to_plan` reads from a validated plan file, whoever validated it.

Two readers produce a validated file: the pydantic models of `schema` (any file, with
messages for what is wrong) and the plain tuples of `fast` (valid files only, without
importing pydantic). `to_plan` is typed against these protocols so that it depends on
neither, and mypy checks that both provide every attribute it reads. The attributes are
read-only properties so that frozen models and named tuples both satisfy them.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Protocol

from lotrinh.model import Category, Rate, YearKind


class PlanMetaShape(Protocol):
    """`plan:`, what the document says about itself."""

    @property
    def number(self) -> str | None: ...
    @property
    def title(self) -> str | None: ...
    @property
    def issuer(self) -> str | None: ...
    @property
    def date(self) -> datetime.date | None: ...
    @property
    def scope(self) -> str | None: ...
    @property
    def source(self) -> str | None: ...


class FigureShape(Protocol):
    """A figure written as a mapping (`{value: 1.000, derived_from: ...}`)."""

    @property
    def value(self) -> int: ...
    @property
    def derived_from(self) -> str | None: ...


class UnitShape(Protocol):
    """One entry of `units:`; a figure is a bare count or a `FigureShape`."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def short(self) -> str | None: ...
    @property
    def category(self) -> Category | None: ...
    @property
    def parts(self) -> Sequence[str]: ...
    @property
    def figures(self) -> Mapping[int, int | FigureShape]: ...


class ChangeShape(Protocol):
    """One comparison of a claim."""

    @property
    def base_year(self) -> int: ...
    @property
    def reduction(self) -> int | None: ...
    @property
    def increase(self) -> int | None: ...
    @property
    def rate(self) -> Rate | None: ...


class ClaimShape(Protocol):
    """One entry of `claims:`."""

    @property
    def id(self) -> str | None: ...
    @property
    def unit(self) -> str: ...
    @property
    def year(self) -> int: ...
    @property
    def quote(self) -> str: ...
    @property
    def source_line(self) -> int | None: ...
    @property
    def value(self) -> int | None: ...
    @property
    def changes(self) -> Sequence[ChangeShape]: ...


class TargetShape(Protocol):
    """One entry of `targets:`."""

    @property
    def id(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def quote(self) -> str | None: ...
    @property
    def category(self) -> Category | None: ...
    @property
    def units(self) -> Sequence[str] | None: ...
    @property
    def base_year(self) -> int: ...
    @property
    def deadline(self) -> int: ...
    @property
    def min_reduction(self) -> Rate: ...


class PlanShape(Protocol):
    """A whole validated plan file."""

    @property
    def plan(self) -> PlanMetaShape: ...
    @property
    def years(self) -> Mapping[int, YearKind]: ...
    @property
    def units(self) -> Sequence[UnitShape]: ...
    @property
    def claims(self) -> Sequence[ClaimShape]: ...
    @property
    def targets(self) -> Sequence[TargetShape]: ...
