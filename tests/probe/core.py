"""The probe's case, its judge and its runner.

A `Case` is a tiny document (a title naming the body, then the sentence or a lead and its
bullets) and its truth, known by construction: the figures (year, value, category) it states,
and which of them are the parts of which. `judge` reads it with `extract_plan` and says:
- read: every figure of the truth read, in its year, of no contrary category, parts as built,
  nothing reported unread;
- unread: nothing read, the text reported as not understood (the honest outcome);
- partial: some figures read right, the rest left unread, nothing wrong;
- MISREAD: a figure read that the truth has not (value or year), a category contrary to the
  truth's (CBCC for VC, either for a mixed total), two figures of one year in one unit, parts
  the truth has not, or a comparison where the text states none;
- SILENT: nothing read and nothing reported (a staffing text ignored).
"""

from __future__ import annotations

import argparse
import importlib
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from lotrinh.extract import extract_plan

Figure = tuple[int, int, str | None]
"""year, value, category (CBCC, VC, MIXED, HOI, RESERVE; None: not told by the text)."""

OUTCOMES = ("read", "unread", "partial", "MISREAD", "SILENT")
BAD = frozenset({"MISREAD", "SILENT"})


@dataclass(frozen=True)
class Case:
    shape: str
    text: str
    figures: frozenset[Figure]
    parts: tuple[tuple[int, frozenset[int]], ...] = ()
    """(value of a whole, values of the parts that exhaust it)."""
    slots: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Outcome:
    kind: str
    why: str = ""


@dataclass(frozen=True)
class Shape:
    name: str
    sample: Callable[[int, int], list[Case]]
    """(k, seed) -> cases: every value of every slot at least k times."""


def _contrary(read: str | None, truth: str | None) -> bool:
    if read not in ("CBCC", "VC") or truth is None:
        return False
    return read != truth


def judge(case: Case) -> Outcome:
    result = extract_plan(case.text, "probe.txt")
    units = {unit["id"]: unit for unit in result.data["units"]}
    unread = any(entry.unread for entry in result.coverage.entries)
    truth = {(year, value): category for year, value, category in case.figures}
    where: dict[tuple[int, int], str] = {}
    held: dict[tuple[str, int], int] = {}
    for claim in result.data["claims"]:
        if claim.get("changes"):
            return Outcome("MISREAD", f"a comparison read: {claim['unit']} {claim['year']}")
        if "value" not in claim:
            continue
        key = (claim["year"], claim["value"])
        if key not in truth:
            return Outcome("MISREAD", f"{claim['unit']} {key} is not stated")
        category = units.get(claim["unit"], {}).get("category")
        if _contrary(category, truth[key]):
            return Outcome("MISREAD", f"{claim['unit']} {key} read {category}, is {truth[key]}")
        if (claim["unit"], claim["year"]) in held:
            return Outcome("MISREAD", f"{claim['unit']} holds two figures of {claim['year']}")
        held[(claim["unit"], claim["year"])] = claim["value"]
        where[key] = claim["unit"]
    by_value = {value: unit for (_, value), unit in where.items()}
    wholes = dict(case.parts)
    for unit_id, unit in units.items():
        members = set(unit.get("parts", ()))
        if not members:
            continue
        values = {value for (_, value), owner in where.items() if owner == unit_id}
        if not values:  # a body holding its units, no figure of its own: sums nothing
            continue
        expected = [parts for whole, parts in wholes.items() if whole in values]
        if not expected:
            return Outcome("MISREAD", f"{unit_id} given parts {sorted(members)}")
        if members != {by_value.get(value) for value in expected[0]}:
            return Outcome("MISREAD", f"{unit_id} parts {sorted(members)}")
    if not where:
        return Outcome("unread") if unread else Outcome("SILENT")
    missing = set(truth) - set(where)
    parted = all(whole not in by_value or units[by_value[whole]].get("parts") for whole in wholes)
    if missing or unread or not parted:
        return Outcome("partial", f"missing {sorted(missing)}" if missing else "parts")
    return Outcome("read")


@dataclass
class Tally:
    counts: Counter[str] = field(default_factory=Counter)

    def row(self) -> str:
        total = sum(self.counts.values())
        cells = " ".join(f"{self.counts[kind]:>7}" for kind in OUTCOMES)
        share = 100 * self.counts["read"] / total if total else 0.0
        return f"{total:>5} {cells} {share:6.1f}%"


def run(cases: Iterable[Case]) -> list[tuple[Case, Outcome]]:
    return [(case, judge(case)) for case in cases]


def shapes(modules: Iterable[str]) -> list[Shape]:
    found: list[Shape] = []
    for name in modules:
        found.extend(importlib.import_module(name).SHAPES)
    return found


def report(judged: list[tuple[Case, Outcome]], show: bool) -> str:
    per_shape: dict[str, Tally] = defaultdict(Tally)
    per_slot: dict[tuple[str, str, str], Tally] = defaultdict(Tally)
    for case, outcome in judged:
        per_shape[case.shape].counts[outcome.kind] += 1
        for slot, value in case.slots:
            per_slot[(case.shape, slot, value)].counts[outcome.kind] += 1
    head = f"{'':44} {'n':>5} " + " ".join(f"{kind:>7}" for kind in OUTCOMES) + "   read"
    lines = [head]
    for shape, tally in sorted(per_shape.items()):
        lines.append(f"{shape:44} {tally.row()}")
    lines.append("")
    lines.append(head)
    for (shape, slot, value), tally in sorted(per_slot.items()):
        lines.append(f"{(shape + ' ' + slot + '=' + value)[:44]:44} {tally.row()}")
    total = Tally()
    for _, outcome in judged:
        total.counts[outcome.kind] += 1
    lines.append("")
    lines.append(f"{'all':44} {total.row()}")
    if show:
        for case, outcome in judged:
            if outcome.kind != "read":
                lines.append(f"\n{outcome.kind} {outcome.why}\n{case.text}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    from tests.probe import MODULES

    parser = argparse.ArgumentParser(prog="python -m tests.probe")
    parser.add_argument("--show-failures", action="store_true")
    parser.add_argument("--k", type=int, default=3, help="each slot value at least k times")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--shape", action="append", help="only these shapes")
    args = parser.parse_args(argv)
    start = time.monotonic()
    cases = [
        case
        for shape in shapes(MODULES)
        if not args.shape or shape.name in args.shape
        for case in shape.sample(args.k, args.seed)
    ]
    judged = run(cases)
    print(report(judged, args.show_failures))
    print(f"\n{len(cases)} cases in {time.monotonic() - start:.0f} s")
    return 1 if any(outcome.kind == "MISREAD" for _, outcome in judged) else 0
