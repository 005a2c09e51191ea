"""`lotrinh export PLAN|DOC -o FILE.xlsx`: the checked plan as an Excel workbook."""

from __future__ import annotations

from pathlib import Path

import typer

from lotrinh.cli.common import LANG_OPTION, MAX_BYTES_OPTION, fail_load, fail_usage, print_notes
from lotrinh.cli.init import write_atomically
from lotrinh.core import check_plan
from lotrinh.loading.errors import LoadError
from lotrinh.loading.sources import load_any
from lotrinh.numbers import Lang, Rounding


def export(
    source: Path = typer.Argument(
        ..., help="Tệp kế hoạch (.yaml), văn bản (.txt, .md, .docx) hoặc sổ tính (.xlsx)."
    ),
    output: Path = typer.Option(..., "-o", "--output", help="Sổ tính cần ghi (.xlsx)."),
    force: bool = typer.Option(False, "--force", help="Cho phép ghi đè tệp -o đã có."),
    rounding: Rounding = typer.Option(
        Rounding.HALF_UP, "--rounding", help="Cách văn bản làm tròn tỷ lệ (Excel: half-up)."
    ),
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
    if not force and (output.exists() or output.is_symlink()):
        fail_usage(
            f"tệp {output} đã có; dùng --force để ghi đè",
            f"{output} exists; use --force to overwrite it",
            lang,
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
    try:
        write_atomically(output, data)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        fail_usage(f"không ghi được {output}: {reason}", f"cannot write {output}: {reason}", lang)
    typer.echo(f"Đã ghi {output}." if lang is Lang.VI else f"Wrote {output}.")
