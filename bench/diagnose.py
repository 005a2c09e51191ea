"""Diagnosis cost: a plan with many slips against the same plan without them.

    python bench/diagnose.py            # 2.000 units ± 20 slips; 10.000/100 and 100.000/1.000
    python bench/diagnose.py --quick    # without the 100.000-unit plan

Each slip is a one-digit change of a leaf's figure (the sentences keep the right figure), so
it breaks a sum and two or three claims and the diagnosis must name it. Every figure is the
median of fresh `lotrinh check` processes. Targets (issue 14): 20 slips in 2.000 units ≤ 1,5×
the clean time; 100.000 units with 1.000 slips ≤ 11× 10.000 units with 100 (linear).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate import generate  # noqa: E402  (the path above makes bench importable)
from bench.run import CHECK, Sample, median, show  # noqa: E402


def slip_rows(runs: int, quick: bool) -> tuple[list[tuple[str, str, str]], list[str]]:
    """(plan, time, ratio) rows and the verdicts."""
    rows: list[tuple[str, str, str]] = []
    verdicts: list[str] = []
    times: dict[tuple[int, int], Sample] = {}
    cases = [(2_000, 0), (2_000, 20), (10_000, 100)] + ([] if quick else [(100_000, 1_000)])
    with tempfile.TemporaryDirectory() as folder:
        for units, slips in cases:
            path = Path(folder) / f"plan-{units}-{slips}.yaml"
            path.write_text(generate(units, seed=1, slips=slips), encoding="utf-8")
            times[(units, slips)] = median([*CHECK, str(path)], runs if units < 100_000 else 1)
            seconds = times[(units, slips)].seconds
            clean = times.get((units, 0))
            ratio = f"{seconds / clean.seconds:.2f}× clean" if clean and slips else ""
            rows.append((f"{units:,} units, {slips:,} slips", f"{seconds:.2f} s", ratio))
    many = times[(2_000, 20)].seconds / times[(2_000, 0)].seconds
    verdicts.append(f"20 slips {many:.2f}× clean (≤ 1,5×: {'ok' if many <= 1.5 else 'MISSED'})")
    if (100_000, 1_000) in times:
        growth = times[(100_000, 1_000)].seconds / times[(10_000, 100)].seconds
        verdict = "ok" if growth <= 11 else "MISSED"
        verdicts.append(f"100.000/1.000 vs 10.000/100 {growth:.1f}× (≤ 11×: {verdict})")
    return rows, verdicts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="skip the 100.000-unit plan")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement")
    args = parser.parse_args(argv)
    rows, verdicts = slip_rows(args.runs, args.quick)
    show(("plan", "lotrinh check", "ratio"), list(rows), verdicts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
