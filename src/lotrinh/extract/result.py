"""What extraction returns: the draft plan as plain data, and a coverage report.

Everything here is a plain value. The coverage report exists so that nothing the document
states with a number is silently skipped: every sentence holding a number is listed with the
numbers that went into the plan and those that did not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from lotrinh.loading.errors import LoadError, Problem
from lotrinh.model import Position
from lotrinh.numbers import Lang


@dataclass(frozen=True)
class Message:
    """One remark in both languages."""

    vi: str
    en: str

    def text(self, lang: Lang) -> str:
        """The remark in the requested language (`"vi"` or `"en"`)."""
        return self.en if lang is Lang.EN else self.vi


class Status(StrEnum):
    """How much of a sentence's numbers went into the plan."""

    UNDERSTOOD = "understood"  # every quantity was placed
    PARTIAL = "partial"  # some were placed, some not
    NOT_UNDERSTOOD = "not-understood"  # it states quantities, none was placed
    REFERENCE = "reference"  # only years, dates, document numbers: nothing to place
    OUTSIDE = "outside"  # numbers read and kept out of the plan (contract staff, a subset,
    # "05 năm", "20% đơn vị"): nothing of the plan's biên chế to place


@dataclass(frozen=True)
class CoverageEntry:
    """One sentence that holds a number, at its 1-based line and column in the document."""

    line: int
    column: int
    quote: str
    status: Status
    used: tuple[str, ...] = ()
    """Quantities (counts, percentages) as written that went into the plan."""
    unused: tuple[str, ...] = ()
    """Quantities as written that did not: the reviewer must place them by hand, or not."""
    notes: tuple[Message, ...] = ()
    """Why something was not placed, when the extractor knows."""
    malformed: tuple[str, ...] = ()
    """Numbers among `unused` that are malformed as written ("102,614", "73.5134")."""

    @property
    def unread(self) -> bool:
        """A staffing sentence whose figures were not all read: none of them is used."""
        return self.status in (Status.PARTIAL, Status.NOT_UNDERSTOOD)


@dataclass(frozen=True)
class Coverage:
    """Every sentence of the document that holds a number, in document order."""

    entries: tuple[CoverageEntry, ...] = ()

    def of(self, status: Status) -> list[CoverageEntry]:
        """The entries with one status."""
        return [entry for entry in self.entries if entry.status is status]

    def count(self, status: Status) -> int:
        """How many entries have this status."""
        return len(self.of(status))


DataPath = tuple[str | int, ...]


@dataclass(frozen=True)
class ExtractResult:
    """A draft plan read from a document.

    `data` is exactly what a plan file holds (`lotrinh: 1`, `plan`, `years`, `units`,
    `claims`, `targets`), as plain dicts, lists, ints and strings, so that
    `PlanFile.model_validate(data)` accepts it. Counts are ints, rates the text as written.
    """

    data: dict[str, Any]
    coverage: Coverage
    notes: dict[str, Message] = field(default_factory=dict)
    """Remarks for a reviewer, keyed like `claims.<id>`, `targets.<id>`, `years.<year>`."""
    positions: dict[DataPath, Position] = field(default_factory=dict)
    """Where in the document each claim, unit and target was read (paths into `data`)."""


class ExtractError(LoadError):
    """The document cannot give a plan (unreadable, empty, or nothing in it is a plan).

    It is a `LoadError`, so a caller that loads plans handles both alike; `coverage` holds
    what was read, when the text itself could be read.
    """

    def __init__(self, problems: list[Problem], coverage: Coverage | None = None) -> None:
        super().__init__(problems)
        self.coverage = coverage
