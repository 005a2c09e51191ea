"""What every command shares: exit codes, the language option, printing load problems."""

from __future__ import annotations

import sys
from enum import IntEnum
from typing import NoReturn

import typer

from lotrinh.cli.helptext import bilingual
from lotrinh.excel.container import MAX_UNPACKED
from lotrinh.loading.archive import INFLATE_FACTOR
from lotrinh.loading.decode import DEFAULT_MAX_BYTES
from lotrinh.loading.errors import LoadError, Problem
from lotrinh.numbers import Lang, Rounding
from lotrinh.render.inert import one_line


class Exit(IntEnum):
    """0: nothing at or above the failure level; 1: findings reach it; 2: could not run."""

    OK = 0
    FINDINGS = 1
    UNUSABLE = 2


LANG_OPTION = typer.Option(
    Lang.VI,
    "--lang",
    envvar="LOTRINH_LANG",  # usage.LANG_VARIABLE, read before parsing for help and errors
    help=bilingual("Ngôn ngữ: vi (mặc định) hoặc en.", "Language: vi (default) or en."),
)
FORCE_OPTION = typer.Option(
    False,
    "--force",
    help=bilingual("Cho phép ghi đè tệp -o đã có.", "Allow overwriting an existing -o file."),
)
ROUNDING_OPTION = typer.Option(
    Rounding.HALF_UP,
    "--rounding",
    help=bilingual(
        "Cách văn bản làm tròn tỷ lệ (Excel: half-up).",
        "How the document rounds its rates (Excel: half-up).",
    ),
)
MAX_BYTES_OPTION = typer.Option(
    DEFAULT_MAX_BYTES,
    "--max-bytes",
    min=1,
    help=bilingual(
        "Kích thước tối đa của một tệp (kế hoạch, văn bản, sổ tính), tính bằng byte; tệp lớn "
        f"hơn bị từ chối; .docx và PDF giải nén tối đa {INFLATE_FACTOR} lần chừng ấy, .xlsx tối "
        f"đa {MAX_UNPACKED >> 20} MiB.",
        "Largest file (plan, document, workbook) accepted, in bytes; larger files are refused; "
        f"a .docx or PDF may inflate to {INFLATE_FACTOR} times that, an .xlsx to "
        f"{MAX_UNPACKED >> 20} MiB.",
    ),
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
        line = f"{problem.where()}: {label}: {problem.message(lang)}"
        print(one_line(line), file=sys.stderr)  # messages quote the file's own values
    hidden = len(error.problems) - PROBLEMS_SHOWN
    if hidden > 0:
        path = error.problems[0].path
        more = (
            f"{path}: … và {hidden} lỗi khác (sửa các lỗi trên rồi chạy lại)"
            if lang is Lang.VI
            else f"{path}: … and {hidden} more problems (fix those above and run again)"
        )
        print(one_line(more), file=sys.stderr)


def tell(text: str) -> None:
    """One line for the person on stderr; it may name a path or quote a value, so it is said
    inert and on one line."""
    print(one_line(text), file=sys.stderr)


def print_notes(notes: tuple[Problem, ...], lang: Lang) -> None:
    """What the analyst should know about how a file was read (a hidden row, macros not
    run), as `file:cell: lưu ý: message` on stderr; not a problem, so the check goes on."""
    label = "lưu ý" if lang is Lang.VI else "note"
    for note in notes:
        print(one_line(f"{note.where()}: {label}: {note.message(lang)}"), file=sys.stderr)


def fail_usage(message_vi: str, message_en: str, lang: Lang) -> NoReturn:
    """A usage error: say what is wrong in the user's language and exit 2."""
    label = "lỗi" if lang is Lang.VI else "error"
    message = lang.pick(message_vi, message_en)
    print(one_line(f"lotrinh: {label}: {message}"), file=sys.stderr)  # it may quote a value
    raise typer.Exit(Exit.UNUSABLE)
