"""Generate a realistic, consistent plan of N units, deterministic for a seed.

    python bench/generate.py --units 10000 --seed 1 -o /tmp/plan-10k.yaml

The tree is shaped like a province's: a total, two blocks (Party/Front and local government),
departments and districts under them, public service units under those, and CBCC/VC lines
at the leaves. Every unit has six years of figures (2021 actual, 2022–2023 actual, 2024–2026
planned), and, as in a real plan, about two claims per unit and planned year: the change
against the previous year, and the change and rate against 2021. Everything agrees, so a
correct checker reports nothing.
"""

from __future__ import annotations

import argparse
import random
import sys
from fractions import Fraction
from pathlib import Path

from lotrinh.numbers import Lang, format_count, format_percent

YEARS = tuple(range(2021, 2027))
BASE = YEARS[0]


def build_tree(units: int, rng: random.Random) -> dict[str, list[str]]:
    """Unit id → part ids, in file order, with exactly `units` units."""
    if units < 3:  # too small for two blocks: a total alone, or a total with one block
        return {"tong": ["dang"], "dang": []} if units == 2 else {"tong": []}
    parts: dict[str, list[str]] = {"tong": ["dang", "chinh-quyen"], "dang": [], "chinh-quyen": []}
    frontier = ["dang", "chinh-quyen"]
    count = 3
    while count < units:
        parent = frontier[rng.randrange(len(frontier))]
        remaining = units - count
        if remaining >= 3 and rng.random() < 0.4:
            unit = f"dv{count}"
            parts[parent].append(unit)
            parts[unit] = [f"{unit}-cbcc", f"{unit}-vc"]
            parts[f"{unit}-cbcc"] = []
            parts[f"{unit}-vc"] = []
            count += 3
            if rng.random() < 0.5:
                frontier.append(unit)
        else:
            unit = f"dv{count}"
            parts[parent].append(unit)
            parts[unit] = []
            count += 1
    return parts


def figures_for(parts: dict[str, list[str]], rng: random.Random) -> dict[tuple[str, int], int]:
    """Leaves shrink a little every year; every total is the sum of its parts."""
    figures: dict[tuple[str, int], int] = {}
    for unit in [u for u, p in parts.items() if not p]:
        value = rng.randint(20, 3000)
        for year in YEARS:
            figures[(unit, year)] = value
            value -= rng.randint(0, max(1, value // 30))
    for unit in reversed(list(parts)):
        if parts[unit]:
            for year in YEARS:
                figures[(unit, year)] = sum(figures[(part, year)] for part in parts[unit])
    return figures


def render(
    parts: dict[str, list[str]],
    figures: dict[tuple[str, int], int],
    rng: random.Random,
    written: dict[tuple[str, int], int] | None = None,
) -> str:
    """The plan as YAML text, written the way an analyst would: claims from `figures`, the
    figure table from `written` (the same figures with some slips, when given)."""
    table = figures if written is None else written
    out = [
        "lotrinh: 1",
        "plan:",
        "  number: 999-KH/TU",
        "  title: Kế hoạch sinh tự động",
        "years: {2021: actual, 2022: actual, 2023: actual, 2024: target, 2025: target, "
        "2026: target}",
        "units:",
    ]
    for unit, children in parts.items():
        out.append(f"  - id: {unit}")
        out.append(f"    name: Đơn vị {unit}")
        if unit.endswith("-cbcc"):
            out.append("    category: CBCC")
        elif unit.endswith("-vc"):
            out.append("    category: VC")
        if children:
            out.append(f"    parts: [{', '.join(children)}]")
        row = ", ".join(f"{year}: {format_count(table[(unit, year)])}" for year in YEARS)
        out.append(f"    figures: {{{row}}}")
    out.append("claims:")
    for unit in parts:
        for year in YEARS[3:]:
            out.extend(_claim(unit, year, figures, rng))
    if any(unit.endswith("-vc") for unit in parts):  # a small tree may have no VC line
        out.append("targets:")
        out.append(
            "  - {id: kl40-vc, source: Kết luận 40-KL/TW, category: VC, base_year: 2021, "
            f'deadline: 2026, min_reduction: "{_met_rate(parts, figures)}%"}}'
        )
    return "\n".join(out) + "\n"


def _met_rate(parts: dict[str, list[str]], figures: dict[tuple[str, int], int]) -> int:
    """The whole percentage the generated VC lines do reach, so the target is met."""
    vc = [unit for unit in parts if unit.endswith("-vc")]
    base = sum(figures[(unit, BASE)] for unit in vc)
    final = sum(figures[(unit, YEARS[-1])] for unit in vc)
    return (100 * (base - final)) // base if base else 0


def _claim(
    unit: str, year: int, figures: dict[tuple[str, int], int], rng: random.Random
) -> list[str]:
    value = figures[(unit, year)]
    step = figures[(unit, year - 1)] - value
    cut = figures[(unit, BASE)] - value
    rate = format_percent(Fraction(100 * cut, figures[(unit, BASE)]), rng.choice((1, 2)), Lang.VI)
    quote = (
        f"Đơn vị {unit} năm {year} là {format_count(value)} biên chế, giảm "
        f"{format_count(step)} biên chế so với năm {year - 1} (giảm {format_count(cut)} "
        f"biên chế so với năm {BASE}, tỷ lệ giảm {rate})."
    )
    return [
        f"  - unit: {unit}",
        f"    year: {year}",
        f'    quote: "{quote}"',
        f"    value: {format_count(value)}",
        "    changes:",
        f"      - {{reduction: {format_count(step)}, base_year: {year - 1}}}",
        f'      - {{reduction: {format_count(cut)}, base_year: {BASE}, rate: "{rate}"}}',
    ]


def generate(units: int, seed: int, slips: int = 0) -> str:
    """A plan of `units` units, consistent but for `slips` one-digit slips in the figure
    table of distinct leaf units (the sentences keep the right figures, as in a draft)."""
    rng = random.Random(seed)
    parts = build_tree(max(units, 1), rng)
    figures = figures_for(parts, rng)
    leaves = [unit for unit, children in parts.items() if not children]
    written = dict(figures)
    slipping = random.Random(seed + 1)  # its own generator: the same plan with or without slips
    for unit in slipping.sample(leaves, min(slips, len(leaves))):
        year = YEARS[slipping.randrange(len(YEARS))]
        written[(unit, year)] = _slip(figures[(unit, year)], slipping)
    return render(parts, figures, rng, written)


def _slip(value: int, rng: random.Random) -> int:
    """The value with its last-but-one digit changed (a one-digit slip of the pen)."""
    text = str(value)
    index = max(0, len(text) - 2)
    digit = str((int(text[index]) + rng.randint(1, 8)) % 10)
    if index == 0 and digit == "0":
        digit = "9"
    return int(text[:index] + digit + text[index + 1 :])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--units", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--slips", type=int, default=0, help="one-digit slips to inject")
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args(argv)
    text = generate(args.units, args.seed, args.slips)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
