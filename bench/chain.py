"""Cost linear in the tree: a chain of N units, each the only part of the one above, with
figures only at the bottom, so every figure above is derived from the one below.

    python bench/chain.py                    # 10.000, 30.000 and 100.000 deep
    python bench/chain.py --depths 1000 2000 # other depths

Issue 15 measured 346 s for a 10.000-deep chain (figures re-derived once per tree level);
the target is a 100.000-deep chain in seconds, the time ratio per 10× depth about 10×.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import CHECK, median, show  # noqa: E402  (the path above makes bench importable)


def chain(depth: int) -> str:
    """A plan whose units form one chain `depth` long, figures at the bottom only."""
    lines = ["lotrinh: 1", "years: {2021: actual, 2026: target}", "units:"]
    for level in range(depth):
        lines.append(f"  - id: u{level}")
        lines.append(f"    name: Cấp {level}")
        if level + 1 < depth:
            lines.append(f"    parts: [u{level + 1}]")
        else:
            lines.append("    category: VC")
            lines.append("    figures: {2021: 1.000, 2026: 900}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--depths", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args(argv)
    rows: list[tuple[str, ...]] = []
    times: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        for depth in args.depths:
            path = Path(folder) / f"chain-{depth}.yaml"
            path.write_text(chain(depth), encoding="utf-8")
            sample = median([*CHECK, "--format", "json", str(path)], args.runs)
            times.append(sample.seconds)
            rows.append(
                (f"{depth:,} deep ({path.stat().st_size / 1e3:,.0f} KB)", f"{sample.seconds:.2f} s")
            )
    growth = times[-1] / times[0]
    span = args.depths[-1] / args.depths[0]
    show(("chain", "lotrinh check"), rows, [f"{span:.0f}× deeper: {growth:.1f}× the time"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
