"""Findings as plain values: what the check found, where, and what was probably meant.

Problems are data. The core returns them; only renderers turn them into words, using the
templates of each finding kind (see `lotrinh.findings.kinds`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Literal, NamedTuple

from lotrinh.model import Position

Typo = Literal["digit", "transposition", "dropped", "added"]
"""The slips a hand makes typing a figure: one digit changed, two neighbours swapped, one
digit dropped, one added (`core.typos` tells them apart)."""

SetAsideBy = Literal["comment", "baseline"]
"""What set a finding aside: an inline suppression comment, or the baseline file."""

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


@dataclass(frozen=True, slots=True)
class FigureSubject:
    """A figure: one unit's value in the finding's year, stated or derived (a sum, a rise,
    a conflict between implied values). `claim` is the sentence that states it or, for a
    conflict, the sentence to look at; None when no sentence does."""

    unit: str
    claim: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimSubject:
    """A claim: one statement of the text, checked against the figures."""

    claim: str
    unit: str


@dataclass(frozen=True, slots=True)
class TargetSubject:
    """A target, measured on the summed figures of its units."""

    target: str
    units: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SentenceSubject:
    """A sentence of a document the reader could not read: about no unit and no year yet."""


@dataclass(frozen=True, slots=True)
class CommentSubject:
    """A suppression comment, about the units of the first claim, figure or target it
    covers (none when it covers nothing)."""

    units: tuple[str, ...] = ()


Subject = FigureSubject | ClaimSubject | TargetSubject | SentenceSubject | CommentSubject
"""What a finding is about. Renderers and the check match on the type, never on the kind's
name, so a new kind about a claim is counted and grouped as a claim without further work."""


@dataclass(frozen=True)
class Finding:
    """One inconsistency. `stated` is what the document says, `computed` what its own figures
    give; both are counts, or percentages (Decimal) for rates."""

    kind: str
    subject: Subject
    year: int
    position: Position
    base_year: int | None = None
    stated: int | Decimal | None = None
    computed: int | Decimal | None = None
    quote: str | None = None
    params: dict[str, Param] = field(default_factory=dict)
    hints: tuple[Hint, ...] = ()
    variant: str | None = None
    """Which of its kind's other messages (`FindingKind.variants`) reads it: "zero-base" for
    a rate against 0, "sum" for a sum of implied figures; None for the kind's message."""

    @property
    def units(self) -> tuple[str, ...]:
        """The ids of the units the finding is about: one, several for a target, or none."""
        subject = self.subject
        if isinstance(subject, FigureSubject | ClaimSubject):
            return (subject.unit,)
        if isinstance(subject, TargetSubject | CommentSubject):
            return subject.units
        return ()

    @property
    def claim(self) -> str | None:
        """The id of the claim whose sentence the finding quotes, if any."""
        subject = self.subject
        return subject.claim if isinstance(subject, FigureSubject | ClaimSubject) else None

    @property
    def target(self) -> str | None:
        """The id of the target the finding is about, if it is about one."""
        return self.subject.target if isinstance(self.subject, TargetSubject) else None


def written_units(finding: Finding) -> str:
    """The units as the JSON contract, SARIF fingerprints and baselines write them: the ids
    joined by commas ("" for none). Only outputs fixed before units were a tuple need it."""
    return ",".join(finding.units)


@dataclass(frozen=True)
class FigureFix:
    """A single-figure correction: one figure of the plan replaced by another value."""

    unit: str
    year: int
    old: int
    new: int
    position: Position
    how: Typo


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
    by: SetAsideBy
    reason: str = ""
