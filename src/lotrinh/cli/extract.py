"""`lotrinh extract`: read a plan document, write a draft plan file and a coverage report."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import assert_never

import typer

from lotrinh.cli.common import FORCE_OPTION, LANG_OPTION, MAX_BYTES_OPTION, fail_load, fail_usage
from lotrinh.cli.files import save
from lotrinh.cli.helptext import bilingual
from lotrinh.cli.output import say
from lotrinh.extract import ExtractError, ExtractResult
from lotrinh.extract.reader import read_lines
from lotrinh.extract.report import coverage_text
from lotrinh.extract.writer import to_json, to_yaml
from lotrinh.loading.errors import LoadError
from lotrinh.numbers import Lang

HELP_EN = """Extract the figures of a plan document into a draft plan file (YAML) for review.

Every sentence with a number is listed in the coverage report (stderr, or inside the JSON):
understood, partly understood, not understood. A document without staffing figures: exit 2."""
"""The command's help in English; its docstring is the Vietnamese."""


class Format(StrEnum):
    """Output formats of `lotrinh extract`."""

    YAML = "yaml"
    JSON = "json"


def extract(
    document: Path = typer.Argument(
        ...,
        help=bilingual(
            "Văn bản kế hoạch: .txt, .md, .docx hoặc .pdf (có lớp chữ).",
            "The plan document: .txt, .md, .docx or .pdf (with a text layer).",
        ),
    ),
    output: Path | None = typer.Option(
        None,
        "-o",
        "--output",
        help=bilingual(
            "Ghi bản nháp vào tệp này (mặc định: ra màn hình).",
            "Write the draft to this file (default: the screen).",
        ),
    ),
    force: bool = FORCE_OPTION,
    output_format: Format = typer.Option(
        Format.YAML,
        "--format",
        help=bilingual(
            "yaml (có chú thích) hoặc json (kèm báo cáo độ phủ).",
            "yaml (commented) or json (with the coverage report).",
        ),
    ),
    max_bytes: int = MAX_BYTES_OPTION,
    lang: Lang = LANG_OPTION,
) -> None:
    """Trích số liệu từ văn bản kế hoạch thành bản nháp tệp kế hoạch (YAML) để rà soát.

    Mọi câu có số được liệt kê trong báo cáo độ phủ (stderr, hoặc trong JSON): câu đã hiểu,
    hiểu một phần và không hiểu. Văn bản không có số liệu biên chế nào: mã thoát 2.
    """
    source = str(document)
    if (
        output is not None
        and output.exists()
        and document.exists()
        and (output.resolve() == document.resolve())
    ):
        fail_usage(
            "không ghi đè lên chính văn bản nguồn", "refusing to overwrite the document", lang
        )
    try:
        result = read_lines(document, max_bytes).extract(source)
    except ExtractError as exc:
        if exc.coverage is not None:
            say(coverage_text(exc.coverage, source, lang), sys.stderr)
        fail_load(exc, lang)
    except LoadError as exc:
        fail_load(exc, lang)
    rendered = _render(result, output_format, source, lang)
    if output is None:
        sys.stdout.write(rendered)
    else:
        save(output, rendered, force, lang)
    if output_format is Format.YAML:
        say(coverage_text(result.coverage, source, lang), sys.stderr)


def _render(result: ExtractResult, output_format: Format, source: str, lang: Lang) -> str:
    if output_format is Format.YAML:
        return to_yaml(result, source, lang)
    if output_format is Format.JSON:
        return to_json(result, source)
    assert_never(output_format)
