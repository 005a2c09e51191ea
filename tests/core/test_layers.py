"""The pipeline's layers keep to themselves: the core and loading know nothing of the CLI."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module", ["lotrinh.core", "lotrinh.loading", "lotrinh.findings.kinds", "lotrinh.schedule"]
)
def test_domain_layers_import_neither_typer_nor_rich(module: str) -> None:
    probe = (
        f"import sys, {module}; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'typer', 'rich', 'click'}); "
        "print(bad); raise SystemExit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
