"""`lotrinh init FILE`: start a plan from the commented template shipped with the package."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import typer

from lotrinh.cli.common import LANG_OPTION
from lotrinh.cli.files import save
from lotrinh.cli.helptext import bilingual
from lotrinh.numbers import Lang

HELP_EN = """Create a commented template plan (Vietnamese comments; --lang en: English)."""
"""The command's help in English; its docstring is the Vietnamese."""


def template(lang: Lang = Lang.VI) -> bytes:
    """The template plan, exactly as shipped (package data, so it works from a wheel too),
    commented in `lang`; its figures and sentences are the same in both."""
    name = "plan.en.yaml" if lang is Lang.EN else "plan.yaml"
    return files("lotrinh").joinpath("templates", name).read_bytes()


def init(
    file: Path = typer.Argument(
        ..., help=bilingual("Tệp kế hoạch mới cần tạo.", "The new plan file to create.")
    ),
    force: bool = typer.Option(
        False,
        "--force",
        help=bilingual("Ghi đè nếu tệp đã tồn tại.", "Overwrite the file if it exists."),
    ),
    lang: Lang = LANG_OPTION,
) -> None:
    """Tạo tệp kế hoạch mẫu có chú thích (tiếng Việt; --lang en: tiếng Anh)."""
    save(file, template(lang), force, lang)
    typer.echo(
        f"Đã tạo {file}." if lang is Lang.VI else f"Created {file}.",
    )
