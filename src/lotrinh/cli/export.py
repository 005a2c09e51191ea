"""`lotrinh export PLAN|DOC -o FILE.xlsx`: the checked plan as an Excel workbook."""

from __future__ import annotations

from pathlib import Path

import typer

from lotrinh.cli.common import (
    FORCE_OPTION,
    LANG_OPTION,
    MAX_BYTES_OPTION,
    ROUNDING_OPTION,
    fail_load,
    fail_usage,
    print_notes,
)
from lotrinh.cli.files import save
from lotrinh.cli.helptext import bilingual
from lotrinh.core import check_plan
from lotrinh.loading.errors import LoadError
from lotrinh.numbers import Lang, Rounding
from lotrinh.render.inert import path_text
from lotrinh.sources import load_any

HELP_EN = """Export a plan as an Excel workbook: sheets in `lotrinh check`'s layout, a "Lộ trình"
sheet with live formulas (changes, reductions, rates, sums of parts) and a "Phát hiện" sheet;
cells with findings are coloured and annotated.

Never overwrites an existing file without --force; written atomically (never half a file).
Exit codes: 0 written (findings or not); 2 could not run."""
"""The command's help in English; its docstring is the Vietnamese."""


def export(
    source: Path = typer.Argument(
        ...,
        help=bilingual(
            "Tệp kế hoạch (.yaml), văn bản (.txt, .md, .docx) hoặc sổ tính (.xlsx).",
            "A plan (.yaml), a document (.txt, .md, .docx) or a workbook (.xlsx).",
        ),
    ),
    output: Path = typer.Option(
        ...,
        "-o",
        "--output",
        help=bilingual("Sổ tính cần ghi (.xlsx).", "The workbook to write (.xlsx)."),
    ),
    force: bool = FORCE_OPTION,
    rounding: Rounding = ROUNDING_OPTION,
    lang: Lang = LANG_OPTION,
    max_bytes: int = MAX_BYTES_OPTION,
) -> None:
    """Xuất kế hoạch ra sổ tính Excel: các trang theo bố cục của `lotrinh check`, trang "Lộ
    trình" với công thức sống (thay đổi, mức giảm, tỷ lệ, tổng thành phần) và trang "Phát
    hiện"; ô có phát hiện được tô màu và ghi chú.

    Không ghi đè tệp đã có nếu thiếu --force; ghi nguyên tử (không bao giờ để lại nửa tệp).
    Mã thoát: 0 đã ghi (kể cả khi kế hoạch có phát hiện); 2 không chạy được.
    """
    if output.suffix.lower() != ".xlsx":
        fail_usage(
            f"tệp ra phải có đuôi .xlsx: {output}", f"the output must end in .xlsx: {output}", lang
        )
    if source.exists() and output.exists() and source.resolve() == output.resolve():
        fail_usage("không ghi đè lên chính tệp nguồn", "refusing to overwrite the source", lang)
    try:
        loaded = load_any(source, max_bytes)
    except LoadError as exc:
        fail_load(exc, lang)
    print_notes(loaded.notes, lang)
    from lotrinh.excel.write import workbook_bytes

    data = workbook_bytes(check_plan(loaded.plan, rounding, reading=loaded.reading), lang)
    save(output, data, force, lang)
    shown = path_text(output)
    typer.echo(f"Đã ghi {shown}." if lang is Lang.VI else f"Wrote {shown}.")
