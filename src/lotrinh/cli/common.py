"""What every command shares: exit codes, the language option, printing load problems."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from enum import IntEnum
from pathlib import Path
from typing import NoReturn

import typer

from lotrinh.loading.decode import DEFAULT_MAX_BYTES
from lotrinh.loading.errors import LoadError, Problem
from lotrinh.numbers import Lang


class Exit(IntEnum):
    """0: nothing at or above the failure level; 1: findings reach it; 2: could not run."""

    OK = 0
    FINDINGS = 1
    UNUSABLE = 2


LANG_OPTION = typer.Option(Lang.VI, "--lang", help="Ngôn ngữ: vi (mặc định) hoặc en.")
MAX_BYTES_OPTION = typer.Option(
    DEFAULT_MAX_BYTES,
    "--max-bytes",
    min=1,
    help="Kích thước tối đa của một tệp kế hoạch, tính bằng byte; tệp lớn hơn bị từ chối.",
)


def fail_load(error: LoadError, lang: Lang) -> NoReturn:
    """Print every load problem and exit 2."""
    print_problems(error, lang)
    raise typer.Exit(Exit.UNUSABLE)


PROBLEMS_SHOWN = 50
"""A file with thousands of mistakes gets its first fifty and a count, not a wall of text."""


def print_problems(error: LoadError, lang: Lang) -> None:
    """Load problems as `file:line:column: lỗi: message` on stderr, the first fifty."""
    label = "lỗi" if lang is Lang.VI else "error"
    for problem in error.problems[:PROBLEMS_SHOWN]:
        print(f"{problem.where()}: {label}: {problem.message(lang.value)}", file=sys.stderr)
    hidden = len(error.problems) - PROBLEMS_SHOWN
    if hidden > 0:
        path = error.problems[0].path
        more = (
            f"{path}: … và {hidden} lỗi khác (sửa các lỗi trên rồi chạy lại)"
            if lang is Lang.VI
            else f"{path}: … and {hidden} more problems (fix those above and run again)"
        )
        print(more, file=sys.stderr)


def print_notes(notes: tuple[Problem, ...], lang: Lang) -> None:
    """What the analyst should know about how a file was read (a hidden row, macros not
    run), as `file:cell: lưu ý: message` on stderr; not a problem, so the check goes on."""
    label = "lưu ý" if lang is Lang.VI else "note"
    for note in notes:
        print(f"{note.where()}: {label}: {note.message(lang.value)}", file=sys.stderr)


def fail_usage(message_vi: str, message_en: str, lang: Lang) -> NoReturn:
    """A usage error: say what is wrong in the user's language and exit 2."""
    label = "lỗi" if lang is Lang.VI else "error"
    print(f"lotrinh: {label}: {message_en if lang is Lang.EN else message_vi}", file=sys.stderr)
    raise typer.Exit(Exit.UNUSABLE)


def write_output(path: Path, text: str, force: bool, lang: Lang) -> None:
    """Write a command's output file; an existing file is kept unless `force`, and any
    failure is a message and exit 2."""
    try:
        write_atomically(path, text, force)
    except FileExistsError:
        fail_usage(
            f"tệp '{path}' đã có; dùng --force để ghi đè",
            f"'{path}' exists; use --force to overwrite it",
            lang,
        )
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        fail_usage(f"không ghi được '{path}': {reason}", f"cannot write '{path}': {reason}", lang)


def write_atomically(path: Path, text: str, force: bool) -> None:
    """Write `text` to `path` through a temporary file in the same folder, so a reader never
    sees half a file; without `force`, refuse (FileExistsError) if `path` exists, even if it
    appears between the check and the write."""
    if not force and path.exists():
        raise FileExistsError(path)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        if force:
            Path(temp).replace(path)  # os.replace: atomic within one folder
        else:
            path.hardlink_to(temp)  # fails if the path appeared meanwhile; never overwrites
    finally:
        with contextlib.suppress(FileNotFoundError):
            Path(temp).unlink()
