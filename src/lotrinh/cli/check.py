"""`lotrinh check`: load plans, check them, render the findings, choose the exit code."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from lotrinh.cli.common import LANG_OPTION, MAX_BYTES_OPTION, fail_load
from lotrinh.loading import LoadError, load_plan
from lotrinh.numbers import Lang, format_count


def check(
    files: list[Path] = typer.Argument(..., help="Tệp kế hoạch YAML."),
    lang: Lang = LANG_OPTION,
    max_bytes: int = MAX_BYTES_OPTION,
) -> None:
    """Kiểm tra kế hoạch: số liệu, tổng, các nhận định, chỉ tiêu."""
    console = Console()
    for path in files:
        try:
            plan = load_plan(path, max_bytes)
        except LoadError as exc:
            fail_load(exc, lang)
        years = sorted({year for _, year in plan.figures})
        table = Table(title=plan.meta.number or str(path))
        table.add_column("Đơn vị" if lang is Lang.VI else "Unit")
        for year in years:
            table.add_column(str(year), justify="right")
        for unit in plan.units.values():
            cells = []
            for year in years:
                figure = plan.figures.get((unit.id, year))
                cells.append(format_count(figure.value, lang) if figure else "")
            table.add_row(unit.label, *cells)
        console.print(table)
