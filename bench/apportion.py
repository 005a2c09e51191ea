"""Divisor apportionment costs the same whatever the size of the numbers.

    python bench/apportion.py

Sainte-Laguë and D'Hondt over 1.000 units with random weights, for totals from 10^3 to
10^12 posts, in process (the split alone). Issue 15 measured 22 s at 10^7 posts when posts
were handed out one at a time; the target is a time flat in the total.
"""

from __future__ import annotations

import random
import sys
import time
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import show  # noqa: E402  (the path above makes bench importable)
from lotrinh.schedule.apportion import divisor_method  # noqa: E402


def main() -> int:
    rng = random.Random(1)
    weights = [Fraction(rng.randint(20, 30_000)) for _ in range(1_000)]
    rows: list[tuple[str, ...]] = []
    times = []
    for exponent in (3, 6, 9, 12):
        total = 10**exponent
        for odd in (True, False):
            started = time.perf_counter()
            divisor_method(total, weights, odd=odd)
            elapsed = time.perf_counter() - started
            times.append(elapsed)
            name = "Sainte-Laguë" if odd else "D'Hondt"
            rows.append((f"10^{exponent} posts", name, f"{elapsed * 1000:.1f} ms"))
    spread = max(times) / min(times)
    show(("total", "method", "1.000 units"), rows, [f"slowest / fastest {spread:.1f}×"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
