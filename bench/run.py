"""Measure lotrinh against its floors, side by side in one run, and print the ratios.

    python bench/run.py            # Long An, 1.000, 10.000 and 100.000 units
    python bench/run.py --quick    # without the 100.000-unit plan (about a minute)

(a) `lotrinh check` on the bundled Long An plan against the import floor
    `python -c "import typer, rich, pydantic, yaml"`: start-up is what an analyst feels;
(b) `lotrinh check` on generated plans against the time PyYAML's CSafeLoader needs just to
    load the same file: the cost of everything we do beyond reading YAML;
(c) peak memory (max RSS of the child process) against the file size;
(d) a plan with many slips against the same plan without them (bench/diagnose.py).

Every figure is the median of several runs of a fresh process; the verdicts use ratios, not
absolute times, so they mean the same on a slower machine. Targets (issue 6): (a) ≤ 1,5×;
(b) ≤ 2× at 10.000 units; 100.000 units ≤ 11× the 10.000 time; (c) ≤ 10× the file size;
(d) 20 slips in 2.000 units ≤ 1,5× the clean time (issue 14).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate import generate  # noqa: E402  (the path above makes bench importable)

LONG_AN = ROOT / "plans" / "long-an-123-kh-tu-2023.yaml"
IMPORT_FLOOR = [sys.executable, "-c", "import typer, rich, pydantic, yaml"]
PARSE_FLOOR = [
    sys.executable,
    "-c",
    "import sys, yaml; yaml.load(open(sys.argv[1], 'rb'), Loader=yaml.CSafeLoader)",
]
CHECK = [sys.executable, "-m", "lotrinh", "check", "--max-bytes", str(10**10)]


@dataclass(frozen=True)
class Sample:
    """One child process: wall time in seconds and peak resident memory in bytes."""

    seconds: float
    peak: int


def measure(command: list[str]) -> Sample:
    """Run a command once, output discarded; wall time and the child's own max RSS."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        error = process.stderr.read().decode() if process.stderr else ""
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}): {error}")
    if process.stderr:
        process.stderr.close()
    return Sample(seconds, usage.ru_maxrss * 1024)


def median(command: list[str], runs: int) -> Sample:
    """The median time and the largest peak over `runs` runs."""
    samples = [measure(command) for _ in range(runs)]
    return Sample(statistics.median(s.seconds for s in samples), max(s.peak for s in samples))


def _mb(size: int) -> str:
    return f"{size / 1e6:,.1f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="skip the 100.000-unit plan")
    parser.add_argument("--runs", type=int, default=5, help="runs per small measurement")
    args = parser.parse_args(argv)
    sizes = (1_000, 10_000) if args.quick else (1_000, 10_000, 100_000)
    rows: list[tuple[str, ...]] = []
    verdicts: list[str] = []

    floor = median(IMPORT_FLOOR, args.runs * 2)
    long_an = median([*CHECK, str(LONG_AN)], args.runs * 2)
    startup = long_an.seconds / floor.seconds
    rows.append(
        (
            "Long An (a)",
            f"{long_an.seconds:.3f} s",
            f"{floor.seconds:.3f} s (import)",
            f"{startup:.2f}×",
            _mb(long_an.peak),
        )
    )
    verdicts.append(f"start-up {startup:.2f}× (≤ 1,5×: {'ok' if startup <= 1.5 else 'MISSED'})")

    times: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        for units in sizes:
            path = Path(folder) / f"plan-{units}.yaml"
            path.write_text(generate(units, seed=1), encoding="utf-8")
            size = path.stat().st_size
            runs = max(1, args.runs // (3 if units >= 10_000 else 1)) if units < 100_000 else 1
            parse = median([*PARSE_FLOOR, str(path)], runs)
            check = median([*CHECK, str(path)], runs)
            times[units] = check.seconds
            ratio = check.seconds / parse.seconds
            memory = check.peak / size
            rows.append(
                (
                    f"{units:,} units ({_mb(size)})",
                    f"{check.seconds:.2f} s",
                    f"{parse.seconds:.2f} s (CSafeLoader)",
                    f"{ratio:.2f}×",
                    f"{_mb(check.peak)} = {memory:.1f}× file (CSafeLoader "
                    f"{parse.peak / size:.1f}×)",
                )
            )
            if units == 10_000:
                verdicts.append(
                    f"10.000 units {ratio:.2f}× parse (≤ 2×: {'ok' if ratio <= 2 else 'MISSED'})"
                )
            verdicts.append(
                f"{units:,} memory {memory:.1f}× file (≤ 10×: {'ok' if memory <= 10 else 'MISSED'})"
            )
    if 100_000 in times:
        growth = times[100_000] / times[10_000]
        verdicts.append(
            f"100.000/10.000 time {growth:.1f}× (≤ 11×: {'ok' if growth <= 11 else 'MISSED'})"
        )

    from bench.diagnose import slip_rows  # the many-slips rows (issue 14)

    slipped, slip_verdicts = slip_rows(max(1, args.runs // 2), quick=True)
    rows.extend((plan, time, "same plan, no slips", ratio, "") for plan, time, ratio in slipped)
    verdicts.extend(slip_verdicts)

    show(("plan", "lotrinh check", "floor", "ratio", "peak memory"), rows, verdicts)
    return 0


def show(header: tuple[str, ...], rows: list[tuple[str, ...]], verdicts: list[str]) -> None:
    """The rows as an aligned table, then the verdicts."""
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    for row in (header, *rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    print("summary: " + "; ".join(verdicts))


if __name__ == "__main__":
    raise SystemExit(main())
