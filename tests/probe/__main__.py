"""Run every probe module: `python -m tests.probe [--show-failures] [--k N]`."""

from __future__ import annotations

import sys

from tests.probe.core import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
