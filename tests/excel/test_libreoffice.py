"""The export's formulas, recalculated by LibreOffice (headless, as `.ci/run` installs it),
equal lotrinh's own figures; and a formula's cached value is what the reader uses.

LibreOffice computes the formulas on loading a workbook that has no cached values (openpyxl
writes none) and stores the results when converting it to .xlsx again; openpyxl then reads
them with `data_only`.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from fractions import Fraction
from pathlib import Path

import pytest
from bench.generate import generate
from openpyxl import Workbook, load_workbook

from lotrinh.core import CheckResult, check_plan
from lotrinh.excel.read import read_workbook
from lotrinh.excel.write import workbook_bytes
from lotrinh.loading import load_plan, load_text
from tests.conftest import LONG_AN
from tests.excel.books import saved

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")


def recalculated(data: bytes, folder: Path) -> bytes:
    """The workbook as LibreOffice computes and saves it. A private profile folder keeps
    concurrent runs (and the user's own LibreOffice) apart."""
    assert SOFFICE is not None
    source = folder / "in.xlsx"
    source.write_bytes(data)
    out = folder / "out"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return (out / "in.xlsx").read_bytes()


def roadmap_cells(data: bytes) -> dict[tuple[str, int, str], object]:
    """(unit, year, header) → value, from the "Lộ trình" sheet's blocks."""
    book = load_workbook(io.BytesIO(data), data_only=True)
    sheet = book["Lộ trình"]
    found: dict[tuple[str, int, str], object] = {}
    unit: str | None = None
    headers: list[str] = []
    for row in sheet.iter_rows(min_row=3, values_only=True):
        first = row[0]
        if isinstance(first, str) and (match := re.search(r"\(([^()]+)\)$", first)):
            unit, headers = match.group(1), []
        elif first == "Năm":
            headers = [str(h) for h in row]
        elif isinstance(first, int) and unit is not None:
            for header, value in zip(headers[1:], row[1:], strict=False):
                if value is not None and value != "":
                    found[(unit, first, header)] = value
    return found


def expected_cells(result: CheckResult) -> dict[tuple[str, int, str], object]:
    """The same cells from lotrinh's roadmap and values, exactly."""
    found: dict[tuple[str, int, str], object] = {}
    for unit_id, entries in result.roadmap.rows():
        parts = result.plan.units[unit_id].parts
        for entry in entries:
            found[(unit_id, entry.year, "Biên chế")] = entry.value
            if entry.change is not None:
                found[(unit_id, entry.year, "So với năm trước")] = entry.change
            for against in entry.against:
                found[(unit_id, entry.year, f"Giảm so với {against.base_year}")] = against.reduction
                found[(unit_id, entry.year, f"% {against.base_year}")] = Fraction(
                    against.reduction, against.base
                )
            sums = [result.values.get(part, entry.year) for part in parts]
            if parts and all(value is not None for value in sums):
                total = sum(value for value in sums if value is not None)
                found[(unit_id, entry.year, "Tổng thành phần")] = total
                found[(unit_id, entry.year, "Lệch")] = entry.value - total
    return found


def assert_same(computed: dict[tuple[str, int, str], object], expected: dict) -> None:  # type: ignore[type-arg]
    assert computed.keys() == expected.keys()
    for key, value in expected.items():
        if isinstance(value, Fraction):
            # Excel's double against the exact fraction: equal to 12 significant digits.
            assert abs(Fraction(computed[key]) - value) < Fraction(1, 10**12), key  # type: ignore[arg-type]
        else:
            assert computed[key] == value, key


@pytest.mark.parametrize(
    "plan",
    [
        pytest.param(lambda: load_plan(LONG_AN), id="long-an"),
        pytest.param(lambda: load_text(generate(25, 7), "generated.yaml"), id="generated"),
    ],
)
def test_libreoffice_recalculates_the_roadmap_to_lotrinhs_figures(
    plan: object, tmp_path: Path
) -> None:
    result = check_plan(plan())  # type: ignore[operator]
    computed = roadmap_cells(recalculated(workbook_bytes(result), tmp_path))
    assert_same(computed, expected_cells(result))


def test_a_formula_cells_cached_value_is_read(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Số liệu"
    sheet.append(["Mã", "Tên", 2023, 2024])
    sheet.append(["a", "A", "=1000+263", "=C2-16"])
    plan = read_workbook(recalculated(saved(book), tmp_path), "formulas.xlsx").plan
    assert plan.figures[("a", 2023)].value == 1263
    assert plan.figures[("a", 2024)].value == 1247
