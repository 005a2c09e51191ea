"""The pipeline's layers keep to themselves: the core and loading know nothing of the CLI,
and the core nothing of loading or the outputs, and does no I/O."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_import_circles import import_graph


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


CORE_MAY_IMPORT = ("lotrinh.core", "lotrinh.findings", "lotrinh.model", "lotrinh.numbers")
"""What the core stands on: the domain values, the findings and exact arithmetic. The one
other module it reaches is `lotrinh.problems`, for a baseline file that cannot be read."""


def test_the_core_imports_nothing_of_loading_or_the_outputs() -> None:
    graph = import_graph()
    allowed = (*CORE_MAY_IMPORT, "lotrinh.problems")
    outside = {
        (module, target)
        for module, targets in graph.items()
        if module.startswith("lotrinh.core")
        for target in targets
        if not target.startswith(allowed)
    }
    assert outside == set()


def test_the_core_does_no_io() -> None:
    """No file, process or terminal: the CLI reads and writes, the core returns values."""
    core = Path(__file__).resolve().parents[2] / "src" / "lotrinh" / "core"
    banned = {"open", "print", "input"}
    modules = {"os", "sys", "subprocess", "shutil", "pathlib", "io", "socket"}
    found = []
    for path in sorted(core.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in banned:
                found.append(f"{path.name}:{node.lineno} {node.func.id}()")  # type: ignore[attr-defined]
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                )
                found += [
                    f"{path.name}:{node.lineno} import {n}"
                    for n in names
                    if n.split(".")[0] in modules
                ]
    assert found == []


def test_every_core_module_has_its_own_unit_tests() -> None:
    """Each module's expectations are worked out by hand in tests/core/test_<module>.py."""
    here = Path(__file__).resolve().parent
    core = here.parents[1] / "src" / "lotrinh" / "core"
    modules = {path.stem for path in core.glob("*.py")} - {"__init__"}
    assert {m for m in modules if not (here / f"test_{m}.py").exists()} == set()
