"""A file the reader cannot turn into text: one problem about the whole file, at 1:1 (as
compilers place it, so that editors and CI annotations parse `file:1:1`)."""

from __future__ import annotations

from lotrinh.extract.result import ExtractError
from lotrinh.loading.errors import Problem


def refused(name: str, vi: str, en: str) -> ExtractError:
    """The file `name` cannot be read, for the reason given in both languages."""
    return ExtractError([Problem(name, 1, 1, vi, en)])


def damaged(
    name: str, kind: str, exc: BaseException, where_vi: str = "", where_en: str = ""
) -> ExtractError:
    """A damaged file of `kind` (".docx", "PDF"), naming the library's error type."""
    cause = type(exc).__name__
    return refused(
        name,
        f"{where_vi}không đọc được tệp {kind}: tệp bị hỏng ({cause})",
        f"{where_en}cannot read the {kind}: the file is damaged ({cause})",
    )
