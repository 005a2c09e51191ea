"""The `lotrinh` command. Each subcommand lives in its own module; this one only lists them."""

from __future__ import annotations

import typer

from lotrinh.cli import check, explain, extract, init, schedule, schema

app = typer.Typer(
    name="lotrinh",
    help="Kiểm tra số học lộ trình tinh giản biên chế (staffing-reduction roadmaps).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("check")(check.check)
app.command("schedule")(schedule.schedule)
app.command("extract")(extract.extract)
app.command("schema")(schema.schema)
app.command("init")(init.init)
app.command("explain")(explain.explain)


def main() -> None:
    """Console-script entry point."""
    app()
