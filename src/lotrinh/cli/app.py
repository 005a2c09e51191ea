"""The `lotrinh` command. Each subcommand lives in its own module; this one only lists them.

Only the subcommand being run is imported: `lotrinh check` must start fast, and it has no
use for the schedule or extraction modules. `app` (all commands) is built on first use.
"""

from __future__ import annotations

import inspect
import sys
from importlib import import_module
from typing import Any

import typer
import typer.main

from lotrinh import __version__
from lotrinh.cli import helptext
from lotrinh.cli.common import LANG_OPTION
from lotrinh.numbers import Lang

APP_HELP = helptext.bilingual(
    "Kiểm tra số học lộ trình tinh giản biên chế.",
    "Checks the arithmetic of Vietnamese staffing-reduction roadmaps.",
)

COMMANDS = {
    "check": "lotrinh.cli.check:check",
    "schedule": "lotrinh.cli.schedule:schedule",
    "extract": "lotrinh.cli.extract:extract",
    "schema": "lotrinh.cli.schema:schema",
    "init": "lotrinh.cli.init:init",
    "explain": "lotrinh.cli.explain:explain",
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
    )
    # A callback keeps the group a group even when only one subcommand is registered.
    app.callback()(_group)
    for name, target in COMMANDS.items():
        if only is None or name == only:
            module_name, function_name = target.split(":")
            module = import_module(module_name)
            function = getattr(module, function_name)
            helptext.bilingual(inspect.getdoc(function) or "", module.HELP_EN)
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
    lang: Lang = LANG_OPTION,
) -> None:
    """Kiểm tra số học lộ trình tinh giản biên chế."""
    # `lotrinh --lang en check …`: the group's language is the subcommand's default.
    ctx.default_map = {name: {"lang": lang.value} for name in COMMANDS}


def _version(shown: bool) -> None:
    if shown:
        typer.echo(f"lotrinh {__version__}")
        raise typer.Exit(0)


def main() -> None:
    """Console-script entry point: runs one subcommand and exits with its code."""
    args = sys.argv[1:]
    name = args[0] if args and args[0] in COMMANDS else None
    from lotrinh.cli import usage

    lang = usage.language(args)
    helptext.install_frame(lang)
    try:
        command = typer.main.get_command(build(name))
        helptext.localise(command, lang)
        code = command.main(args=args, prog_name="lotrinh", standalone_mode=False)
    except typer.TyperException as exc:  # a usage error: wrong command, option or value
        if type(exc).__name__ == "NoArgsIsHelpError":  # `lotrinh` alone: its help
            print(exc.format_message(), file=sys.stderr)
            sys.exit(2)
        sys.exit(usage.report(exc.format_message(), name, lang))
    except (typer.Abort, KeyboardInterrupt):
        print("lotrinh: stopped" if lang is Lang.EN else "lotrinh: đã dừng", file=sys.stderr)
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)


def __getattr__(name: str) -> Any:
    if name == "app":
        return build()
    raise AttributeError(name)
