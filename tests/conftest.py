"""Shared fixtures: the bundled plans and the seed document beside the clone."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LONG_AN = ROOT / "plans" / "long-an-123-kh-tu-2023.yaml"
SEED_DOCUMENT = ROOT.parent / "shared" / "sources" / "long-an-123-KH-TU-2023.txt"


@pytest.fixture
def seed_text() -> str:
    """The published Long An document, which CI has at ../shared; skip where it is absent."""
    if not SEED_DOCUMENT.exists():
        pytest.skip(
            f"seed document not found at {SEED_DOCUMENT} (../shared is not beside the clone)"
        )
    return SEED_DOCUMENT.read_text(encoding="utf-8")
