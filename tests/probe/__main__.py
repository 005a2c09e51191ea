"""Run every probe module: `python -m tests.probe [--show-failures]`."""

from __future__ import annotations

import sys

from tests.probe import changes

MODULES = (changes,)

if __name__ == "__main__":
    show = "--show-failures" in sys.argv[1:]
    sys.exit(max(module.main(show) for module in MODULES))
