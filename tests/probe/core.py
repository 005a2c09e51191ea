"""The probe's case, its sampler, its judge, its report and its runner: declared once for
every slot module (`tests.probe.values`, `tests.probe.changes`, listed in `MODULES`).

A `Case` is a tiny document (a title naming the body, then the sentence or a lead and its
bullets) and its truth, known by construction, of one of two kinds:
- figures: the figures (year, value, category) it states, and which of them are the parts of
  which (values' shapes), judged as a whole;
- lines: per line, the rows a perfect reader takes from it (a value, or a change: reference
  year, signed change, rate as written), or None when the line must stay unread (changes'
  shapes), judged line by line.

`judge` reads it with `extract_plan`. A truth of figures is:
- read: every figure of the truth read, in its year, of no contrary category, parts as built,
  nothing reported unread;
- unread: nothing read, the text reported as not understood (the honest outcome);
- partial: some figures read right, the rest left unread, nothing wrong;
- MISREAD: a figure read that the truth has not (value or year), a category contrary to the
  truth's (CBCC for VC, either for a mixed total), two figures of one year in one unit, parts
  the truth has not, or a comparison where the text states none;
- SILENT: nothing read and nothing reported (a staffing text ignored), or a figure of the
  truth neither read nor reported while others are read (a figure dropped).
A truth of lines is read when every line gives exactly its rows and is called understood
(a line that must stay unread: nothing read and reported unread, as a perfect reader does),
unread when each line gives a subset of its rows and the reader reports the ones it did not
read whole, and MISREAD otherwise (a wrong unit, year, value, base or rate, or a line called
understood that gives less than it says).
"""

from __future__ import annotations

import argparse
import importlib
import random
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from lotrinh.extract import ExtractError, ExtractResult, extract_plan

Figure = tuple[int, int, str | None]
"""year, value, category (CBCC, VC, MIXED, HOI, RESERVE; None: not told by the text)."""

Row = tuple[str, int, int | None, int | None, int | None, str | None]
"""category (CBCC, VC, ALL), year, value, change (signed: a cut > 0), reference year, rate as
written: a value (its change None) or a change (its value None)."""

Lines = tuple[tuple[int, frozenset[Row] | None], ...]
"""line → its rows (None: the line must stay unread), by line."""

OUTCOMES = ("read", "unread", "partial", "MISREAD", "SILENT")
BAD = frozenset({"MISREAD", "SILENT"})


@dataclass(frozen=True)
class Case:
    shape: str
    text: str
    figures: frozenset[Figure] = frozenset()
    parts: tuple[tuple[int, frozenset[int]], ...] = ()
    """(value of a whole, values of the parts that exhaust it)."""
    slots: tuple[tuple[str, str], ...] = ()
    lines: Lines | None = None
    """a truth by line (changes' shapes); when given, the figures and parts are not used."""
    keys: tuple[tuple[tuple[int, int, int], str], ...] = ()
    """(line, year, value) of a figure -> the truth's unit of it (outside's shapes): two units
    of the truth read into one unit of the reader's is a MISREAD."""
    loose: bool = False
    """a truth by line whose categories are judged as the figures' are: a reader unit of
    neither CBCC nor VC (a category not told) is contrary to none (outside's merger)."""
    apart: tuple[tuple[int, int], ...] = ()
    """pairs of values (a truth of figures) never of one unit: a figure and some of it."""
    same_unit: tuple[tuple[int, int], ...] = ()
    """pairs of lines whose rows, where both are read, are of one unit (a truth by line tells
    units by category only: a change filed under a narrower unit of that category is wrong)."""


@dataclass(frozen=True)
class Outcome:
    kind: str
    why: str = ""


@dataclass(frozen=True)
class Slot:
    name: str
    values: Sequence[str]


Builder = Callable[[dict[str, str], random.Random], Case]


@dataclass(frozen=True)
class Shape:
    name: str
    slots: Sequence[Slot]
    build: Builder
    """(the slots' chosen values, the sample's random source) -> the case."""
    columns: bool = False
    """how the sample spreads the slots' values (see `sample`)."""
    key: str = ""
    """the random source's name, the seed in place of {seed} (default: "{name}-{seed}")."""

    def sample(self, k: int, seed: int) -> list[Case]:
        """Every value of every slot at least k times, the other slots drawn with the seed:
        by default k cases per value of each slot in turn, the others drawn; with `columns`,
        one column per slot (each value k times, filled up by draws, shuffled) as long as k
        times the widest slot, a case per row (fewer cases for slots of many values)."""
        rng = random.Random((self.key or "{name}-{seed}").format(name=self.name, seed=seed))
        cases = []
        if not self.columns:
            for slot in self.slots:
                for value in slot.values:
                    for _ in range(k):
                        chosen = {
                            other.name: rng.choice(list(other.values)) for other in self.slots
                        }
                        chosen[slot.name] = value
                        cases.append(self.build(chosen, rng))
            return cases
        count = k * max(len(slot.values) for slot in self.slots)
        columns = {}
        for slot in self.slots:
            column = list(slot.values) * k
            column += rng.choices(slot.values, k=count - len(column))
            rng.shuffle(column)
            columns[slot.name] = column
        for index in range(count):
            chosen = {slot.name: columns[slot.name][index] for slot in self.slots}
            cases.append(self.build(chosen, rng))
        return cases


def dotted(value: int) -> str:
    """A count as drafters write it: 1.050."""
    return f"{value:,}".replace(",", ".")


def percent(part: int, whole: int) -> str:
    """A rate as drafters write it, two decimals at most, comma: 5,05%."""
    hundredths = round(Fraction(part * 10000, whole))
    text = f"{hundredths // 100},{hundredths % 100:02d}"
    return text.rstrip("0").rstrip(",") + "%"


def _contrary(read: str | None, truth: str | None) -> bool:
    if read not in ("CBCC", "VC") or truth is None:
        return False
    return read != truth


def judge(case: Case) -> Outcome:
    """The case's outcome, by its truth's kind (lines or figures)."""
    try:
        result = extract_plan(case.text, "probe.txt")
    except ExtractError as error:
        # not a plan: nothing read and, with no coverage of an unread line, nothing reported
        reported = error.coverage is not None and any(
            entry.unread for entry in error.coverage.entries
        )
        said = any(rows for _, rows in case.lines or ()) or bool(case.figures)
        if reported:
            return Outcome("unread", "not a plan")
        return Outcome("SILENT", "not a plan") if said else Outcome("read")
    if case.lines is not None:
        rows, unread = reading(result)
        if case.loose:
            rows = _loosened(case.lines, rows)
        verdict = _judge_lines(case.lines, rows, unread)
        if verdict.kind != "MISREAD":
            verdict = _judge_units(case.same_unit, result) or verdict
        return verdict if verdict.kind == "MISREAD" else _judge_keys(case, result, verdict)
    return _judge_figures(case, result)


def _loosened(lines: Lines, rows: dict[int, set[Row]]) -> dict[int, set[Row]]:
    """A row of no category told ("ALL") read as the truth's row of that line that it matches
    in all else, if any."""
    truth = dict(lines)
    loosened: dict[int, set[Row]] = defaultdict(set)
    for line, got in rows.items():
        for row in got:
            if row[0] == "ALL":
                row = next((want for want in truth.get(line) or () if want[1:] == row[1:]), row)
            loosened[line].add(row)
    return loosened


def _judge_keys(case: Case, result: ExtractResult, verdict: Outcome) -> Outcome:
    """A truth by line with units (`Case.keys`): one reader unit holding the figures of two of
    the truth's units is a MISREAD (a former province's figure filed as the new one's)."""
    keys = dict(case.keys)
    held: dict[str, set[str]] = defaultdict(set)
    for claim in result.data["claims"]:
        key = keys.get((claim["source_line"], claim["year"], claim.get("value", -1)))
        if key is not None:
            held[claim["unit"]].add(key)
    for unit, found in sorted(held.items()):
        if len(found) > 1:
            return Outcome("MISREAD", f"{unit} holds the figures of {sorted(found)}")
    return verdict


def _category(unit: dict[str, object]) -> str:
    category = unit.get("category")
    return category if isinstance(category, str) and category in ("CBCC", "VC") else "ALL"


def reading(result: ExtractResult) -> tuple[dict[int, set[Row]], set[int]]:
    """What the reader takes from each line, units by category, and the lines it reports."""
    categories = {unit["id"]: _category(unit) for unit in result.data["units"]}
    rows: dict[int, set[Row]] = defaultdict(set)
    for claim in result.data["claims"]:
        line = claim["source_line"]
        category = categories.get(claim["unit"], "?")
        if "value" in claim:
            rows[line].add((category, claim["year"], claim["value"], None, None, None))
        for change in claim.get("changes", []):
            reduction = change.get("reduction", -change.get("increase", 0))
            rows[line].add(
                (category, claim["year"], None, reduction, change["base_year"], change.get("rate"))
            )
    unread = {entry.line for entry in result.coverage.entries if entry.unread}
    return rows, unread


def _judge_lines(lines: Lines, rows: dict[int, set[Row]], unread: set[int]) -> Outcome:
    truth = dict(lines)
    if not rows and not unread and any(truth.values()):
        return Outcome("SILENT", "nothing read, nothing reported")
    verdict = Outcome("read")
    for line in sorted(set(rows) | set(truth) | unread):
        got = frozenset(rows.get(line, ()))
        want = truth.get(line, frozenset())
        if want is None:
            if got:
                return Outcome(
                    "MISREAD", f"line {line} must stay unread, read {sorted(got, key=str)}"
                )
            if line not in unread:
                return Outcome("MISREAD", f"line {line} must stay unread, called understood")
            continue  # refused, as a perfect reader refuses it (eng-chains6)
        if got == want and line not in unread:
            continue
        if line in unread and got <= want:
            verdict = Outcome("unread", f"line {line}")
        else:
            extra, missing = sorted(got - want, key=str), sorted(want - got, key=str)
            return Outcome("MISREAD", f"line {line} read {extra}, missing {missing}")
    return verdict


def _judge_units(pairs: tuple[tuple[int, int], ...], result: ExtractResult) -> Outcome | None:
    """MISREAD where two lines that speak of one unit are read as of two; else None."""
    units: dict[int, set[str]] = defaultdict(set)
    for claim in result.data["claims"]:
        units[claim["source_line"]].add(claim["unit"])
    for one, other in pairs:
        if units[one] and units[other] and units[one] != units[other]:
            return Outcome("MISREAD", f"line {other} read of {units[other]}, is {units[one]}'s")
    return None


def _judge_figures(case: Case, result: ExtractResult) -> Outcome:
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
    for one, other in case.apart:
        if one in by_value and by_value.get(other) == by_value[one]:
            return Outcome("MISREAD", f"{other} read as {by_value[one]}'s figure, is some of it")
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
    if missing and not unread:
        # eng-silent: a figure of the text neither read nor reported: dropped silently
        return Outcome("SILENT", f"dropped {sorted(missing)}, nothing reported")
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
                lines.append(f"\n{outcome.kind} {case.shape} {outcome.why}\n{case.text}")
                if case.lines is not None:
                    rows, unread = reading(extract_plan(case.text, "probe.txt"))
                    lines.append(f"  truth: {dict(case.lines)}")
                    read = {line: sorted(got, key=str) for line, got in rows.items()}
                    lines.append(f"  read:  {read}")
                    lines.append(f"  unread lines: {sorted(unread)}")
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
