"""`lotrinh extract`: read a plan document, write a draft plan file and a coverage report."""

from __future__ import annotations

import os
import sys
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import assert_never

import typer

from lotrinh.cli.common import LANG_OPTION, MAX_BYTES_OPTION, fail_load, fail_usage
from lotrinh.extract import ExtractError, ExtractResult, extract_plan
from lotrinh.extract.reader import read_document
from lotrinh.extract.report import coverage_text
from lotrinh.extract.writer import to_json, to_yaml
from lotrinh.loading.errors import LoadError
from lotrinh.numbers import Lang


class Format(StrEnum):
    """Output formats of `lotrinh extract`."""

    YAML = "yaml"
    JSON = "json"


def extract(
    document: Path = typer.Argument(
        ..., help="Văn bản kế hoạch: .txt, .md, .docx hoặc .pdf (có lớp chữ)."
    ),
    output: Path | None = typer.Option(
        None, "-o", "--output", help="Ghi bản nháp vào tệp này (mặc định: ra màn hình)."
    ),
    force: bool = typer.Option(False, "--force", help="Cho phép ghi đè tệp -o đã có."),
    output_format: Format = typer.Option(
        Format.YAML, "--format", help="yaml (có chú thích) hoặc json (kèm báo cáo độ phủ)."
    ),
    max_bytes: int = MAX_BYTES_OPTION,
    lang: Lang = LANG_OPTION,
) -> None:
    """Trích số liệu từ văn bản kế hoạch thành bản nháp tệp kế hoạch (YAML) để rà soát.

    Mọi câu có số được liệt kê trong báo cáo độ phủ (stderr, hoặc trong JSON): câu đã hiểu,
    hiểu một phần và không hiểu. Văn bản không có số liệu biên chế nào: mã thoát 2.
    """
    source = str(document)
    if output is not None and output.exists() and not force:
        fail_usage(
            f"{output} đã có; dùng --force để ghi đè",
            f"{output} exists; use --force to overwrite it",
            lang,
        )
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
        result = extract_plan(read_document(document, max_bytes), source)
    except ExtractError as exc:
        if exc.coverage is not None:
            sys.stderr.write(coverage_text(exc.coverage, source, lang))
        fail_load(exc, lang)
    except LoadError as exc:
        fail_load(exc, lang)
    rendered = _render(result, output_format, source, lang)
    if output is None:
        sys.stdout.write(rendered)
    else:
        _write_atomically(output, rendered, lang)
    if output_format is Format.YAML:
        sys.stderr.write(coverage_text(result.coverage, source, lang))


def _render(result: ExtractResult, output_format: Format, source: str, lang: Lang) -> str:
    if output_format is Format.YAML:
        return to_yaml(result, source, lang)
    if output_format is Format.JSON:
        return to_json(result, source)
    assert_never(output_format)


def _write_atomically(path: Path, text: str, lang: Lang) -> None:
    """Write beside the target and rename over it, so a reader never sees half a file."""
    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        temporary = Path(name)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.replace(path)
        temporary = None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        fail_usage(f"không ghi được {path}: {reason}", f"cannot write {path}: {reason}", lang)
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
