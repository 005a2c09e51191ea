"""The `lotrinh` command. Each subcommand lives in its own module; this one only lists them.

Only the subcommand being run is imported: `lotrinh check` must start fast, and it has no
use for the schedule or extraction modules. `app` (all commands) is built on first use.
"""

from __future__ import annotations

import contextlib
import inspect
import os
import sys
from importlib import import_module
from typing import Any

import typer
import typer.main

from lotrinh import __version__
from lotrinh.cli import helptext
from lotrinh.numbers import Lang

HELP_OPTIONS = ("--help", "-h")
"""Both spellings people type for help."""

APP_HELP = helptext.bilingual(
    "Kiểm tra số học lộ trình tinh giản biên chế.",
    "Checks the arithmetic of Vietnamese staffing-reduction roadmaps.",
)

COMMANDS = {
    "check": "lotrinh.cli.check:check",
    "schedule": "lotrinh.cli.schedule:schedule",
    "extract": "lotrinh.cli.extract:extract",
    "export": "lotrinh.cli.export:export",
    "schema": "lotrinh.cli.schema:schema",
    "init": "lotrinh.cli.init:init",
    "explain": "lotrinh.cli.explain:explain",
    "report": "lotrinh.cli.report:report",
}


def build(only: str | None = None) -> typer.Typer:
    """The command group with every subcommand, or with just `only`."""
    app = typer.Typer(
        name="lotrinh",
        help=APP_HELP,
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode="markdown",  # reflows the docstrings' wrapped paragraphs in --help
        context_settings={"help_option_names": list(HELP_OPTIONS)},
    )
    # A callback keeps the group a group even when only one subcommand is registered.
    app.callback()(_group)
    for name, target in COMMANDS.items():
        if only is None or name == only:
            module_name, function_name = target.split(":")
            module = import_module(module_name)
            function = getattr(module, function_name)
            english = getattr(module, "HELP_EN", None)  # a command's help in English
            if english:
                helptext.bilingual(inspect.getdoc(function) or "", english)
            app.command(name)(function)
    return app


def _group(
    ctx: typer.Context,
    version: bool = typer.Option(
        False,
        "--version",
        is_eager=True,
        callback=lambda shown: _version(shown),
        help=helptext.bilingual("In phiên bản rồi thoát.", "Print the version and exit."),
    ),
    lang: Lang | None = typer.Option(
        None,
        "--lang",
        envvar="LOTRINH_LANG",
        help=helptext.bilingual(
            "Ngôn ngữ: vi (mặc định) hoặc en.", "Language: vi (default) or en."
        ),
        show_default=False,
    ),
) -> None:
    """Kiểm tra số học lộ trình tinh giản biên chế."""
    # `lotrinh --lang en check …`: the group's language, when given, is the subcommand's
    # default (below the subcommand's own --lang, above a configuration file's).
    if lang is not None:
        ctx.default_map = {name: {"lang": lang.value} for name in COMMANDS}


def _version(shown: bool) -> None:
    if shown:
        typer.echo(f"lotrinh {__version__}")
        raise typer.Exit(0)


INTERNAL_ERROR = 3
"""Exit code of a bug in lotrinh itself: distinct from 1 (findings) and 2 (could not run)."""


def main() -> None:
    """Console-script entry point: runs one subcommand and exits with its code.

    Nothing escapes as a traceback: a usage error is exit 2; an output that cannot be written is
    said, exit 2, except a closed pipe (`lotrinh check … | head`), which ends quietly with exit
    1 as click ends it inside a command, never 0; anything unexpected is an internal error,
    exit 3, in one line (with the traceback only under `--debug` or `LOTRINH_DEBUG=1`).
    """
    args = sys.argv[1:]
    debug = "--debug" in args or os.environ.get("LOTRINH_DEBUG") == "1"
    args = [arg for arg in args if arg != "--debug"]
    try:
        sys.exit(_run(args))
    except BrokenPipeError:
        # The reader went away (`lotrinh check … | head`): nothing more can be said to it.
        # Point stdout at nothing, so the interpreter's last flush does not fail again.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except OSError as exc:
        _say(
            f"lotrinh: không ghi được kết quả: {exc.strerror or exc}",
            f"lotrinh: could not write the output: {exc.strerror or exc}",
            args,
        )
        sys.exit(2)
    except Exception as exc:
        if debug:
            raise
        _say(
            f"lotrinh: lỗi nội bộ ({type(exc).__name__}: {exc}). Đây là lỗi của lotrinh, không "
            "phải của tệp; chạy lại với --debug để xem chi tiết và báo cho người phát triển.",
            f"lotrinh: internal error ({type(exc).__name__}: {exc}). This is a bug in lotrinh, "
            "not in your file; run again with --debug for details and report it.",
            args,
        )
        sys.exit(INTERNAL_ERROR)


def _say(vi: str, en: str, args: list[str]) -> None:
    from lotrinh.cli import usage
    from lotrinh.render.inert import one_line

    with contextlib.suppress(OSError):  # stderr gone too: the exit code is all that is left
        print(one_line(en if usage.language(args) == "en" else vi), file=sys.stderr)


def _run(args: list[str]) -> int:
    from lotrinh.cli import usage

    name = args[0] if args and args[0] in COMMANDS else None
    lang = usage.language(args)
    if not args or set(HELP_OPTIONS) & set(args):  # the help frame costs ~50 ms to import
        helptext.install_frame(lang)
    try:
        command = typer.main.get_command(build(name))
        helptext.localise(command, lang)
        code = command.main(args=args, prog_name="lotrinh", standalone_mode=False)
    except typer.TyperException as exc:  # a usage error: wrong command, option or value
        if type(exc).__name__ == "NoArgsIsHelpError":  # `lotrinh` alone: its help
            print(exc.format_message(), file=sys.stderr)
            return 2
        return usage.report(exc.format_message(), name, lang)
    except (typer.Abort, KeyboardInterrupt):
        print("lotrinh: stopped" if lang is Lang.EN else "lotrinh: đã dừng", file=sys.stderr)
        return 130
    sys.stdout.flush()  # a full disk or closed pipe is found here, not at interpreter exit
    return code if isinstance(code, int) else 0


def __getattr__(name: str) -> Any:
    if name == "app":
        return build()
    raise AttributeError(name)
