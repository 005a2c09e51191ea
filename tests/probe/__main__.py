"""Run every probe: `python -m tests.probe [--show-failures] [--k N] [--seed S] [--shape S]`.

Two families so far, written in parallel: `tests.probe.core` runs the slot modules listed in
`MODULES` (values and parts), `tests.probe.changes` runs its own (changes, rates, chains)."""

from __future__ import annotations

import sys

from tests.probe import changes
from tests.probe.core import main

if __name__ == "__main__":
    argv = sys.argv[1:]
    values = main(argv)
    print()
    sys.exit(max(values, changes.main("--show-failures" in argv)))
