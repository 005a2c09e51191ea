"""The `lotrinh` command. Each subcommand lives in its own module; this one only lists them."""

from __future__ import annotations

import typer

from lotrinh.cli import check, extract, schema

app = typer.Typer(
    name="lotrinh",
    help="Kiểm tra số học lộ trình tinh giản biên chế (staffing-reduction roadmaps).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("check")(check.check)
app.command("schema")(schema.schema)
app.command("init")(schema.init)
app.command("extract")(extract.extract)


def main() -> None:
    """Console-script entry point."""
    app()
