"""`lotrinh init FILE`: start a plan from the commented template shipped with the package."""

from __future__ import annotations

import os
import secrets
from importlib.resources import files
from pathlib import Path

import typer

from lotrinh.cli.common import LANG_OPTION, fail_usage
from lotrinh.numbers import Lang


def template() -> bytes:
    """The template plan, exactly as shipped (package data, so it works from a wheel too)."""
    return files("lotrinh").joinpath("templates", "plan.yaml").read_bytes()


def init(
    file: Path = typer.Argument(..., help="Tệp kế hoạch mới cần tạo."),
    force: bool = typer.Option(False, "--force", help="Ghi đè nếu tệp đã tồn tại."),
    xlsx: bool = typer.Option(
        False, "--xlsx", help="Tạo sổ tính Excel trống theo bố cục, có trang hướng dẫn."
    ),
    lang: Lang = LANG_OPTION,
) -> None:
    """Tạo tệp kế hoạch mẫu có chú thích tiếng Việt (hoặc sổ tính Excel trống: --xlsx)."""
    if not force and (file.exists() or file.is_symlink()):
        fail_usage(
            f"tệp {file} đã tồn tại; dùng --force để ghi đè",
            f"{file} already exists; use --force to overwrite it",
            lang,
        )
    if xlsx:
        from lotrinh.excel.write import template_bytes

        data = template_bytes(lang)
    else:
        data = template()
    try:
        write_atomically(file, data)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        fail_usage(f"không ghi được tệp {file}: {reason}", f"cannot write {file}: {reason}", lang)
    typer.echo(
        f"Đã tạo {file}." if lang is Lang.VI else f"Created {file}.",
    )


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a reader sees the old file or the whole new one.

    The temporary file sits in the same directory, because a rename is atomic only within
    one file system. It is created with mode 0o666 so the umask gives the new file the same
    permissions an ordinary write would (a `tempfile` file would stay private, 0o600).
    """
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.replace(path)  # os.replace: atomic within one file system
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
