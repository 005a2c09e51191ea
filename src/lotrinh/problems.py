"""Errors that stop a plan from being checked at all ("could not run", exit code 2).

Any layer may raise them: loading, the document reader, the workbook reader, and the core
when a baseline file cannot be read. They live here, beside `model`, so that none of those
layers has to import another for them.

Each problem names its file, line and column, in Vietnamese and English, so the CLI can
print it in the user's language without knowing where it came from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lotrinh.numbers import Lang


@dataclass(frozen=True)
class Problem:
    """One reason a file cannot be loaded, at a 1-based line and column (0 when unknown), or
    at a workbook cell (`cell`, e.g. `Số liệu!C7`, which then says where better)."""

    path: str
    line: int
    column: int
    message_vi: str
    message_en: str
    cell: str = ""

    @classmethod
    def of_file(cls, path: str, message_vi: str, message_en: str) -> Problem:
        """A problem of the whole file, placed at 1:1 as ruff and compilers place one, so that
        every message has the `file:line:column` form editors and CI annotations parse (a bare
        `file:` they do not)."""
        return cls(path, 1, 1, message_vi, message_en)

    def where(self) -> str:
        """`file:line:column`, `file:Sheet!C7`, or the file alone when nothing is known."""
        if self.cell:
            return f"{self.path}:{self.cell}"
        if self.line:
            return f"{self.path}:{self.line}:{self.column}"
        return self.path

    def message(self, lang: Lang) -> str:
        """The message in the requested language."""
        return lang.pick(self.message_vi, self.message_en)


class LoadError(Exception):
    """A plan file that cannot be used; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message_en for p in problems))
        self.problems = problems


def did_you_mean(word: str, choices: Iterable[str], lang: Lang) -> str:
    """A ' (có phải ...?)' suffix naming the closest choice, or nothing: for a message about a
    name that is not one of `choices` (a unit, a target, a key)."""
    from difflib import get_close_matches  # only for a message: start-up stays fast

    close = get_close_matches(word, list(choices), n=1)
    if not close:
        return ""
    return lang.pick(f" (có phải '{close[0]}'?)", f" (did you mean '{close[0]}'?)")
