"""Golden files: expected outputs stored beside the tests, regenerated on purpose only.

Run with LOTRINH_UPDATE_GOLDEN=1 to rewrite them, then review the diff like any change.
"""

from __future__ import annotations

import os
from pathlib import Path

GOLDEN = Path(__file__).resolve().parent / "golden"


def assert_golden(actual: str, name: str) -> None:
    """Compare with tests/golden/NAME, or rewrite it when LOTRINH_UPDATE_GOLDEN=1."""
    path = GOLDEN / name
    if os.environ.get("LOTRINH_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual.encode("utf-8"))  # byte for byte, whatever the platform
    assert path.exists(), f"no golden file {path}: run with LOTRINH_UPDATE_GOLDEN=1"
    assert actual == path.read_bytes().decode("utf-8"), f"{name} differs from its golden file"
