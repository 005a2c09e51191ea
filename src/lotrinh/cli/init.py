"""`lotrinh init FILE`: start a plan from the commented template shipped with the package."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import typer

from lotrinh.cli.common import LANG_OPTION
from lotrinh.cli.files import save
from lotrinh.cli.helptext import bilingual
from lotrinh.numbers import Lang
from lotrinh.render.inert import path_text

HELP_EN = """Create a commented template plan (--lang en: English comments), or an empty Excel
workbook (--xlsx)."""
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
    xlsx: bool = typer.Option(
        False,
        "--xlsx",
        help=bilingual(
            "Tạo sổ tính Excel trống theo bố cục, có trang hướng dẫn.",
            "Create an empty Excel workbook in the layout, with a guide sheet.",
        ),
    ),
    lang: Lang = LANG_OPTION,
) -> None:
    """Tạo tệp kế hoạch mẫu có chú thích (--lang en: tiếng Anh), hoặc sổ tính Excel trống
    (--xlsx)."""
    if xlsx:
        from lotrinh.excel.write import template_bytes

        data = template_bytes(lang)
    else:
        data = template(lang)
    save(file, data, force, lang)
    shown = path_text(file)
    typer.echo(
        f"Đã tạo {shown}." if lang is Lang.VI else f"Created {shown}.",
    )
