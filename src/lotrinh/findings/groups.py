"""Groups of finding kinds, by the first digit of their code, declared once.

A code's hundreds say what was examined: LT1xx the figures, LT2xx the claims, LT3xx the
targets, LT4xx the reading of the document itself. A reading finding means part of the
document was not understood, so the check cannot say the plan passed, only that what was read
is right: the verdict becomes "not fully checked" (see `render.report.Verdict`).
"""

from __future__ import annotations

READING_PREFIX = "LT4"
"""Codes of the reading group: statements not understood, numbers that could not be read."""


def is_reading(code: str) -> bool:
    """Whether a finding kind's code says part of the document was not read."""
    return code.startswith(READING_PREFIX)
