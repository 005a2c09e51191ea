"""Findings as plain values: what the check found, where, and what was probably meant.

Problems are data. The core returns them; only renderers turn them into words, using the
templates of each finding kind (see `lotrinh.findings.kinds`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from lotrinh.model import Position

Param = int | Decimal | str | list[int] | None
"""A message parameter: counts are int, rates are Decimal percentages, names are str."""


class Severity(StrEnum):
    """How much a finding matters. `material` changes a legal conclusion (a target missed),
    so it ranks above an ordinary arithmetic error, as statcheck ranks a decision error."""

    MATERIAL = "material"
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is worse; used for --fail-on and for sorting."""
        return _RANK[self]


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2, Severity.MATERIAL: 3}


@dataclass(frozen=True)
class Hint:
    """One suggestion, as a template key of the finding's kind and its parameters."""

    key: str
    params: dict[str, Param] = field(default_factory=dict)


@dataclass(frozen=True)
class Finding:
    """One inconsistency. `stated` is what the document says, `computed` what its own figures
    give; both are counts, or percentages (Decimal) for rates."""

    kind: str
    unit: str
    year: int
    position: Position
    base_year: int | None = None
    stated: int | Decimal | None = None
    computed: int | Decimal | None = None
    quote: str | None = None
    claim: str | None = None
    params: dict[str, Param] = field(default_factory=dict)
    hints: tuple[Hint, ...] = ()


@dataclass(frozen=True)
class FigureFix:
    """A single-figure correction: one figure of the plan replaced by another value."""

    unit: str
    year: int
    old: int
    new: int
    position: Position
    how: str  # a core.typos.Typo: digit, transposition, dropped or added


@dataclass(frozen=True)
class Clarification:
    """A finding that stays after a fix but then reads more clearly: with the corrected
    figure, "giảm 432 so với năm 2024" becomes right against 2023."""

    finding: int  # index into the result's findings
    hints: tuple[Hint, ...]


@dataclass(frozen=True)
class Cause:
    """One slip that explains several findings: correcting it makes them all disappear."""

    fix: FigureFix
    explains: tuple[int, ...]  # indices into the result's findings
    clarifies: tuple[Clarification, ...] = ()


class Suppressed(NamedTuple):
    """A finding set aside, and why: an inline comment (with its reason) or the baseline."""

    finding: Finding
    by: str  # "comment" or "baseline"
    reason: str = ""
