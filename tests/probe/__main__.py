"""Run every probe: `python -m tests.probe [--show-failures] [--k N] [--seed S] [--shape S]`.

One runner for every slot module listed in `tests.probe.MODULES` (values and parts; changes,
rates, chains and equalities): exit 1 when a combination is misread."""

from __future__ import annotations

import sys

from tests.probe.core import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
