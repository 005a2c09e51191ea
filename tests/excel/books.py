"""Workbooks built in tests, as bytes."""

from __future__ import annotations

import io

from openpyxl import Workbook


def saved(book: Workbook) -> bytes:
    """The workbook as an .xlsx file's bytes, as openpyxl saves it."""
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()
