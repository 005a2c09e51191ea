"""What a check's findings go through before they are reported: the file's suppression
comments, the kinds selected for the file, then the baseline. The filters themselves are pure
(core.suppress, findings.select, core.baseline); this module reads and writes what they need
and says on stderr what a baseline run should know."""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer

from lotrinh.cli.common import Exit, fail_load, fail_usage, tell
from lotrinh.cli.discover import PLAN_SUFFIXES, matches_glob
from lotrinh.cli.files import write_atomically
from lotrinh.cli.settings import Settings
from lotrinh.core import CheckResult
from lotrinh.core.check import refiltered
from lotrinh.findings.select import enabled
from lotrinh.loading import LoadError
from lotrinh.loading.decode import read_bytes
from lotrinh.numbers import Lang

if TYPE_CHECKING:
    from lotrinh.core.baseline import Fingerprint

MARK = re.compile(rb"#\s*lotrinh\s*:\s*ignore")
"""The opening of a suppression comment (core.suppress reads the rest): files without it are
passed over without importing the suppression module."""


def narrow(result: CheckResult, settings: Settings, path: Path) -> CheckResult:
    """Suppression comments first (so a comment for a kind not selected is still used),
    then `select`, `ignore` and the `per-file-ignores` that match this file."""
    if path.suffix.lower() in PLAN_SUFFIXES and _marked(path):
        data = read_bytes(path, settings.max_bytes)  # already read once: it fits
        from lotrinh.core.suppress import apply, scan

        result = apply(result, scan(data.decode("utf-8-sig", errors="replace")))
    ignore = settings.ignore + ignored_for(settings, path)
    if not settings.select and not ignore:
        return result
    return refiltered(result, lambda f: enabled(f.kind, settings.select, ignore))


CHUNK = 1 << 20


def _marked(path: Path) -> bool:
    """Whether the file has a suppression comment at all, looked for a chunk at a time: a
    large plan is not held in memory twice just to learn that it has none."""
    tail = b""
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(CHUNK):
                if MARK.search(tail + chunk):
                    return True
                tail = chunk[-64:]  # a comment's opening split across two chunks
    except OSError:  # gone since it was loaded: its findings stand as they are
        return False
    return False


def ignored_for(settings: Settings, path: Path) -> tuple[str, ...]:
    """The selectors of every `per-file-ignores` glob that matches the file."""
    if not settings.per_file_ignores:
        return ()
    try:
        relative = path.resolve().relative_to(settings.root.resolve()).as_posix()
    except ValueError:
        relative = path.as_posix()
    return tuple(
        code
        for glob, codes in settings.per_file_ignores
        if matches_glob(glob, relative)
        for code in codes
    )


class Baseline:
    """A baseline file: where findings' paths are recorded relative to."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.folder = path.resolve().parent

    def key(self, plan_path: str) -> str:
        """A plan's path as the baseline records it: relative to the baseline's folder."""
        absolute = Path(plan_path).resolve()
        try:
            return absolute.relative_to(self.folder).as_posix()
        except ValueError:
            return Path(os.path.relpath(absolute, self.folder)).as_posix()

    def read(self) -> Counter[Fingerprint]:
        """The accepted fingerprints; `LoadError` if the file cannot be read or is not one."""
        from lotrinh.core.baseline import parse
        from lotrinh.loading.decode import read_text

        return parse(read_text(self.path), str(self.path))

    def write(self, results: tuple[CheckResult, ...]) -> int:
        """Record every finding (atomically: a half-written baseline would accept nothing)."""
        from lotrinh.core.baseline import to_json

        # Replaced whole as any file lotrinh writes: --write-baseline names the file to write.
        write_atomically(self.path, to_json(results, self.key).encode("utf-8"), force=True)
        return sum(len(result.findings) for result in results)


TEXT_SUFFIXES = (*PLAN_SUFFIXES, ".txt", ".md", ".markdown")
"""Files whose positions are lines of the file itself (a .docx's are lines of its text)."""


def figure_lines(results: tuple[CheckResult, ...]) -> dict[tuple[str, int], str]:
    """The lines the likely causes correct, for SARIF fixes; files read again only when a
    cause exists (and never a document whose lines are not the file's)."""
    lines: dict[tuple[str, int], str] = {}
    for result in results:
        path = result.plan.path
        if not result.causes or Path(path).suffix.lower() not in TEXT_SUFFIXES:
            continue
        try:
            text = Path(path).read_bytes().decode("utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError):
            continue
        for cause in result.causes:
            number = cause.fix.position.line
            if 0 < number <= len(text):
                lines[(path, number)] = text[number - 1]
    return lines


def write_baseline_file(
    target: Path, results: tuple[CheckResult, ...], unusable: bool, lang: Lang
) -> NoReturn:
    """`--write-baseline`: record every finding and exit 0 (2, writing nothing, when a file
    could not be checked)."""
    if unusable:  # a baseline without the unreadable files' findings would hide them later
        fail_usage(
            f"không ghi {target}: có tệp không kiểm tra được",
            f"{target} not written: some files could not be checked",
            lang,
        )
    count = Baseline(target).write(results)
    said = (
        f"wrote {count} findings to {target}"
        if lang is Lang.EN
        else f"đã ghi {count} phát hiện vào {target}"
    )
    tell(said)
    raise typer.Exit(Exit.OK)


def use_baseline(
    path: Path, results: list[CheckResult], lang: Lang
) -> tuple[list[CheckResult], int]:
    """Results without the findings the baseline accepts, and how many of its entries no
    longer occur (said on stderr)."""
    used = Baseline(path)
    try:
        accepted = used.read()
    except LoadError as exc:
        fail_load(exc, lang)
    from lotrinh.core.baseline import split

    outcome = split(results, accepted, used.key)
    if outcome.gone:
        said = (
            f"{path}: {outcome.gone} baseline entries no longer occur (fixed?); "
            "write the baseline again to drop them"
            if lang is Lang.EN
            else f"{path}: {outcome.gone} mục trong baseline không còn xuất hiện (đã sửa?); "
            "ghi lại baseline để bỏ chúng"
        )
        tell(said)
    return list(outcome.results), outcome.gone
