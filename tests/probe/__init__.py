"""Probes of the reader's grammar: sentences built slot by slot, each with a truth known by
construction, read with the reader's API and scored per shape and per slot value.

A probe module exposes `SHAPES`: a tuple of `Shape` (name, slots, a builder of a `Case` from
chosen slot values; `tests.probe.core` samples, judges and reports them all). The runner
(`python -m tests.probe [--show-failures] [--k N] [--seed S] [--shape S]`) collects every
module listed in `MODULES`.
"""

from __future__ import annotations

from tests.probe.core import Case, Outcome, Shape, judge

MODULES = (
    "tests.probe.values",
    "tests.probe.changes",
    "tests.probe.outside",
    "tests.probe.moves",
)

__all__ = ["MODULES", "Case", "Outcome", "Shape", "judge"]
