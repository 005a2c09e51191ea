"""Which files `lotrinh check` checks: the files named, and inside the folders named, the plan
files (YAML whose top level says `lotrinh: 1`) and, when asked, documents.

A repository holds many YAML files that are not plans (workflows, `.pre-commit-config.yaml`,
dependencies' own files); they are skipped silently, told apart by a look at their first
bytes rather than a parse. `.git/`, `node_modules/` and `.venv/` are never entered; the
`.gitignore` files of the repository (gitignore semantics from `pathspec`, the library pip
and black use, rather than a hand-written matcher) and the `exclude` setting are honoured.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from lotrinh import sources
from lotrinh.cli.settings import Settings

if TYPE_CHECKING:
    import pathspec

PLAN_SUFFIXES = (".yaml", ".yml")
DOCUMENT_SUFFIXES = tuple(s for s in sources.DOCUMENT_SUFFIXES if s not in sources.REFUSED_SUFFIXES)
"""The documents a folder is searched for (with --documents): what `sources` reads as one."""
NEVER_ENTERED = frozenset({".git", "node_modules", ".venv"})
HEAD_BYTES = 64 * 1024
"""A plan's `lotrinh: 1` is looked for in its first 64 KiB: real plans put it first."""

_PLAN_MARK = re.compile(
    rb"""^(?:\xef\xbb\xbf)?(?:lotrinh|"lotrinh"|'lotrinh')[ \t]*:[ \t]*(?:1|"1"|'1')"""
    rb"""[ \t]*(?:#[^\n]*)?\r?$""",
    re.MULTILINE,
)


def is_plan_file(path: Path) -> bool:
    """Whether a YAML file says `lotrinh: 1` at its top level (column 1 of some line)."""
    try:
        if not path.is_file():  # a FIFO named x.yaml would block the open below
            return False
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError:
        return False
    return _PLAN_MARK.search(head) is not None


class Discovery:
    """Finds the files to check; `settings_for` gives each folder's settings (exclude)."""

    def __init__(self, settings_for: Callable[[Path], Settings], documents: bool) -> None:
        self.settings_for = settings_for
        self.documents = documents

    def files(self, paths: list[Path], force_exclude: bool) -> list[Path]:
        """Named files as given (filtered like found ones with `force_exclude`, as for
        pre-commit, which names every staged YAML file); folders searched, sorted."""
        found: list[Path] = []
        for path in paths:
            if path.is_dir():
                found.extend(sorted(self._walk(path)))
            elif not force_exclude or (
                path.is_file() and self._wanted(path) and not self._skipped(path, False)
            ):
                found.append(path)  # a missing file is reported by the loader, with its name
        return found

    def _walk(self, root: Path) -> Iterator[Path]:
        for folder, dirs, names in os.walk(root):
            here = Path(folder)
            dirs[:] = sorted(
                d for d in dirs if d not in NEVER_ENTERED and not self._skipped(here / d, True)
            )
            for name in names:
                path = here / name
                if self._wanted(path) and not self._skipped(path, False):
                    yield path

    def _wanted(self, path: Path) -> bool:
        suffix = path.suffix.lower()
        if suffix in PLAN_SUFFIXES:
            return is_plan_file(path)
        return suffix in DOCUMENT_SUFFIXES and (self.documents or self.settings_for(path).documents)

    def _skipped(self, path: Path, is_dir: bool) -> bool:
        """Ignored by a .gitignore of the repository or by the `exclude` setting."""
        absolute = path.resolve()
        for base, spec in _gitignores(absolute.parent):
            if _matches(spec, absolute, base, is_dir):
                return True
        settings = self.settings_for(path)
        if not settings.exclude:
            return False
        return _matches(_spec(settings.exclude), absolute, settings.root.resolve(), is_dir)


def _matches(spec: pathspec.GitIgnoreSpec, path: Path, base: Path, is_dir: bool) -> bool:
    try:
        relative = path.relative_to(base).as_posix()
    except ValueError:
        return False
    return spec.match_file(relative + "/" if is_dir else relative)


@lru_cache(maxsize=64)
def _spec(patterns: tuple[str, ...]) -> pathspec.GitIgnoreSpec:
    import pathspec  # only when there is something to match: start-up stays fast

    return pathspec.GitIgnoreSpec.from_lines(patterns)


@lru_cache(maxsize=4096)
def _gitignores(folder: Path) -> tuple[tuple[Path, pathspec.GitIgnoreSpec], ...]:
    """The .gitignore files that apply in `folder`: its own and its parents' up to the root
    of the repository (the folder holding `.git`); outside a repository, its own only."""
    own: tuple[tuple[Path, pathspec.GitIgnoreSpec], ...] = ()
    ignore = folder / ".gitignore"
    if ignore.is_file():
        try:
            lines = ignore.read_text("utf-8", errors="replace").splitlines()
        except OSError:
            lines = []
        own = ((folder, _spec(tuple(lines))),)
    if (folder / ".git").exists() or folder.parent == folder or not _in_repository(folder):
        return own
    return _gitignores(folder.parent) + own


@lru_cache(maxsize=4096)
def _in_repository(folder: Path) -> bool:
    if (folder / ".git").exists():
        return True
    return folder.parent != folder and _in_repository(folder.parent)


def matches_glob(glob: str, relative: str) -> bool:
    """Whether a .gitignore-style glob matches a path relative to where the glob was written."""
    return _spec((glob,)).match_file(relative)
