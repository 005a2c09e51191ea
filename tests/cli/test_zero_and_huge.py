"""Figures no real plan has — all zeros, a billion and more — give findings or located
errors in every format, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from lotrinh.cli.app import app
from tests.core.test_claims import ZERO

runner = CliRunner()
FORMATS = ["text", "table", "json", "markdown", "github", "sarif", "junit"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_all_zero_plan_is_checked_in_every_format(tmp_path: Path, fmt: str) -> None:
    plan = tmp_path / "zero.yaml"
    plan.write_text(ZERO, encoding="utf-8")
    result = runner.invoke(app, ["check", str(plan), "--format", fmt])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code == 1  # the rate claim on a zero base is an error


def test_a_five_thousand_digit_figure_is_a_located_error(tmp_path: Path) -> None:
    plan = tmp_path / "huge.yaml"
    plan.write_text(
        "lotrinh: 1\nunits:\n  - {id: vc, name: VC, figures: {2021: " + "9" * 5000 + "}}\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["check", str(plan)])
    assert result.exit_code == 2
    assert f"{plan}:3:" in result.stderr and "quá lớn" in result.stderr
