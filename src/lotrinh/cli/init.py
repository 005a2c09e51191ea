"""`lotrinh init FILE`: start a plan from the commented template shipped with the package."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import typer

from lotrinh.cli.common import LANG_OPTION
from lotrinh.cli.files import save
from lotrinh.numbers import Lang


def template() -> bytes:
    """The template plan, exactly as shipped (package data, so it works from a wheel too)."""
    return files("lotrinh").joinpath("templates", "plan.yaml").read_bytes()


def init(
    file: Path = typer.Argument(..., help="Tệp kế hoạch mới cần tạo."),
    force: bool = typer.Option(False, "--force", help="Ghi đè nếu tệp đã tồn tại."),
    lang: Lang = LANG_OPTION,
) -> None:
    """Tạo tệp kế hoạch mẫu có chú thích tiếng Việt."""
    save(file, template(), force, lang)
    typer.echo(
        f"Đã tạo {file}." if lang is Lang.VI else f"Created {file}.",
    )
