"""The `lotrinh` command. Each subcommand lives in its own module; this one only lists them.

Only the subcommand being run is imported: `lotrinh check` must start fast, and it has no
use for the schedule or extraction modules. `app` (all commands) is built on first use.
"""

from __future__ import annotations

import sys
from importlib import import_module
from typing import Any

import typer

COMMANDS = {
    "check": "lotrinh.cli.check:check",
    "schedule": "lotrinh.cli.schedule:schedule",
    "extract": "lotrinh.cli.extract:extract",
    "schema": "lotrinh.cli.schema:schema",
    "init": "lotrinh.cli.init:init",
    "explain": "lotrinh.cli.explain:explain",
    "report": "lotrinh.cli.report:report",
}


def build(only: str | None = None) -> typer.Typer:
    """The command group with every subcommand, or with just `only`."""
    app = typer.Typer(
        name="lotrinh",
        help="Kiểm tra số học lộ trình tinh giản biên chế (staffing-reduction roadmaps).",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode="markdown",  # reflows the docstrings' wrapped paragraphs in --help
    )
    # A callback keeps the group a group even when only one subcommand is registered.
    app.callback()(_group)
    for name, target in COMMANDS.items():
        if only is None or name == only:
            module, function = target.split(":")
            app.command(name)(getattr(import_module(module), function))
    return app


def _group() -> None:
    """Kiểm tra số học lộ trình tinh giản biên chế (staffing-reduction roadmaps)."""


def main() -> None:
    """Console-script entry point: runs one subcommand and exits with its code."""
    args = sys.argv[1:]
    name = args[0] if args and args[0] in COMMANDS else None
    try:
        code = build(name)(args=args, prog_name="lotrinh", standalone_mode=False)
    except typer.TyperException as exc:  # a usage error: wrong command, option or value
        from lotrinh.cli import usage

        if type(exc).__name__ == "NoArgsIsHelpError":  # `lotrinh` alone: its help
            print(exc.format_message(), file=sys.stderr)
            sys.exit(2)
        sys.exit(usage.report(exc.format_message(), name, usage.language(args)))
    except (typer.Abort, KeyboardInterrupt):
        print("lotrinh: đã dừng", file=sys.stderr)
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)


def __getattr__(name: str) -> Any:
    if name == "app":
        return build()
    raise AttributeError(name)
