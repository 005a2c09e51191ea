"""Score lotrinh's reading of the corpus against the hand-computed truth files.

Per document the runner runs `lotrinh extract DOC --format json` and `lotrinh check DOC
--format json` (the outputs users get, so the score is what they see) and compares them with
`truth.yaml` (format: tests/corpus/README.md). `score` is a pure function of those three
things, so it has tests of its own (tests/corpus/test_runner.py).

What counts:
- a staffing line is *read correctly* when the reader calls it understood and the figures and
  comparisons it took from that line are exactly the truth's, units mapped as below;
- a *silent misread* is a line from which the reader used something that is not in the truth
  (a wrong unit, year, value, base year or category, a figure from a line that states none, a
  unit that merges two of the truth's), or a unit whose parts would sum units that the truth
  does not sum: the outcome the project must never have;
- an *unread* line is one the reader honestly reported as not (fully) understood;
- the reader's unit ids are its own: each is mapped to the truth key it shares most figures
  and comparisons with;
- a slip is *found* when a finding (warning or above, not a reading finding) stands on its
  line; a legal target's verdict is compared with the truth's;
- a *false alarm* is an arithmetic finding on a line where the truth has no slip, or a target
  said missed that the truth says met or cannot be checked;
- a *false all-clear* is exit 0 on a document whose truth expects otherwise.

The suite reads every document of every set several times over (test_reading scores them,
test_placed looks at their coverage, test_truth_files checks the truths): each truth file is
parsed once per session and each document run once (`truth_of`, `run_lotrinh`), keyed by
the file's contents, so a file changed during the session is read again.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path
from typing import Any

import yaml

CORPUS = Path(__file__).parent
ROOT = CORPUS.parent.parent

READING_KINDS = frozenset({"statement-not-understood", "malformed-number"})
TARGET_KINDS = frozenset({"target-missed", "target-unverifiable", "target-met-by-rounding"})
TARGET_CATEGORIES = frozenset({"CBCC", "VC"})
# The law's targets by their minimum rate (tests/corpus/README.md: KL 40 CBCC 5 %, VC 10 %).
_LAW_CATEGORY = {("KL40", "5"): "CBCC", ("KL40", "10"): "VC", ("NQ19", "10"): "VC"}
ALARM_SEVERITIES = frozenset({"material", "error", "warning"})
# Truth categories that a reader's CBCC or VC may stand for; anything else (a mixed total,
# cấp xã, hội, hợp đồng) must not be read as CBCC or VC of KL 40's kind.
COMPATIBLE = {"CBCC": {"CBCC"}, "VC": {"VC"}}
# A reader unit's `funding` for posts paid from the units' own revenue (lotrinh.model.Funding);
# it must be the truth's `self_funded` units, and only them.
OWN_REVENUE = "own-revenue"

Figure = tuple[Any, int, int]  # unit, year, value
Change = tuple[Any, int, int, int, str | None]  # unit, year, base year, reduction, rate


@dataclass
class Document:
    """One corpus entry: where its text is and what a perfect reader reads from it."""

    slug: str
    path: Path
    truth: dict[str, Any]

    @property
    def kind(self) -> str:
        return str(self.truth.get("type", "?"))


@dataclass
class Score:
    """How one document was read and checked."""

    slug: str
    kind: str
    lines: int = 0
    correct: int = 0
    unread: int = 0
    misread: list[str] = field(default_factory=list)
    not_correct: list[str] = field(default_factory=list)
    slips: int = 0
    found: int = 0
    missed_slips: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    exit_code: int | None = None
    expected_exit: int | None = None
    problem: str | None = None

    @property
    def false_all_clear(self) -> bool:
        return self.exit_code == 0 and self.expected_exit not in (None, 0)


# libyaml where it is installed: the same YAML, parsed about nine times faster than by PyYAML's
# pure-Python parser (13 s for every set's truths on 2 cores); both give equal data for every
# truth file (checked when this was written).
_TRUTH_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def _parsed_truth(data: bytes) -> Any:
    return yaml.load(data.decode("utf-8"), Loader=_TRUTH_LOADER)


def truth_of(path: Path) -> Any:
    """A truth file's data, parsed once per session for the same contents; each caller gets
    its own copy (the perturbation harness edits the truths it is given)."""
    return copy.deepcopy(_parsed_truth(path.read_bytes()))


def documents(root: Path = CORPUS) -> list[Document]:
    """Every corpus document with its truth, in name order."""
    found = []
    for truth_path in sorted(root.glob("*/truth.yaml")):
        truth = truth_of(truth_path)
        folder = truth_path.parent
        if truth.get("document"):
            path = ROOT / truth["document"]
        else:
            candidates = sorted(folder.glob("document.*"))
            if not candidates:
                raise SystemExit(f"{folder}: no document.* and no 'document:' in truth.yaml")
            path = candidates[0]
        found.append(Document(folder.name, path, truth))
    return found


Outcome = tuple[dict[str, Any] | None, dict[str, Any] | None, int, str]


def run_lotrinh(path: Path, *, fresh_process: bool = False) -> Outcome:
    """The extract JSON, the check JSON, check's exit code and any stderr worth showing.

    In-process through the real command line by default (the same code as `lotrinh`, without
    a new interpreter per call), once per session for the same path and contents (each call
    parses the outputs afresh, so a caller may change what it gets); `fresh_process` runs
    `python -m lotrinh` instead, every time.
    """
    if fresh_process:
        extract = _invoke(["extract", str(path), "--format", "json"], True)
        check = _invoke(["check", str(path), "--format", "json"], True)
    else:
        try:
            contents = path.read_bytes()
        except OSError:  # the command line says why
            contents = None
        extract, check = (
            _in_process(str(path)) if contents is None else _in_process_once(str(path), contents)
        )
    extracted = json.loads(extract[1]) if extract[0] == 0 else None
    checked = json.loads(check[1]) if check[1].strip().startswith("{") else None
    stderr = "" if extracted else extract[2].strip()[:300]
    return extracted, checked, check[0], stderr


Invoked = tuple[int, str, str]


@cache
def _in_process_once(path: str, contents: bytes) -> tuple[Invoked, Invoked]:
    """`_in_process`, remembered by path and contents (the path is in the outputs)."""
    del contents  # the key only: the commands read the file themselves
    return _in_process(path)


def _in_process(path: str) -> tuple[Invoked, Invoked]:
    """`lotrinh extract` and `lotrinh check` of one document, as one process would run them,
    reading the document once (`_one_reading`)."""
    with _one_reading(), _one_command():
        extract = _invoke(["extract", path, "--format", "json"], False)
        check = _invoke(["check", path, "--format", "json"], False)
    return extract, check


@contextmanager
def _one_reading() -> Iterator[None]:
    """While open, a document's lines read again under the same name give the reading (or
    the refusal) already made, as a cache in the program would: `check` of a document is
    `extract`'s reading checked, and reading is a pure function of the lines and the name
    (tests/corpus/test_runner.py compares the outputs with and without it). Half the
    corpus tests' time was the second reading."""
    from lotrinh.extract.reader import DocumentText

    original = DocumentText.extract
    made: list[tuple[DocumentText, str, Any]] = []

    def extract(self: DocumentText, name: str) -> Any:
        for document, named, outcome in made:
            if named == name and document == self:
                if isinstance(outcome, BaseException):
                    raise outcome
                return outcome
        try:
            outcome = original(self, name)
        except Exception as exc:
            made.append((self, name, exc))
            raise
        made.append((self, name, outcome))
        return outcome

    DocumentText.extract = extract  # type: ignore[method-assign]
    try:
        yield
    finally:
        DocumentText.extract = original  # type: ignore[method-assign]


@cache
def _command() -> Any:
    import typer.main

    from lotrinh.cli.app import build

    return typer.main.get_command(build())


@contextmanager
def _one_command() -> Iterator[None]:
    """While open, typer's test runner runs one click command built once per session, as one
    process builds it once, instead of building it again at each call (13 ms, 20 s over
    every set's documents): the command holds no state from one call to the next."""
    import typer.testing

    original = typer.testing._get_command
    typer.testing._get_command = lambda app: _command()
    try:
        yield
    finally:
        typer.testing._get_command = original


def _invoke(args: list[str], fresh_process: bool) -> Invoked:
    if fresh_process:
        done = subprocess.run(
            [sys.executable, "-m", "lotrinh", *args], capture_output=True, text=True, check=False
        )
        return done.returncode, done.stdout, done.stderr
    from typer.testing import CliRunner

    from lotrinh.cli.app import app

    result = CliRunner().invoke(app, args)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        return 3, "", f"{type(result.exception).__name__}: {result.exception}"
    return result.exit_code, result.stdout, result.stderr


# --- what the truth says -------------------------------------------------------------------


def _rate(text: Any) -> str | None:
    """A rate as written, spaces and the percent sign aside: "5,06" under a "Tỷ lệ (%)"
    header is the 5,06 % the reader reads."""
    return None if text is None else str(text).replace(" ", "").removesuffix("%")


def signed_reduction(change: Mapping[str, Any]) -> int:
    """A change's signed reduction as a plan file or truth writes it (`increase: 5` is -5; a
    change given in steps, their sum; "giữ nguyên" with no count, 0)."""
    if "reductions" in change or "increases" in change:
        # a change given in steps ("giảm 27 ...; giảm 11 ...; bổ sung 4 ..."): their sum
        return sum(map(int, change.get("reductions") or [])) - sum(
            map(int, change.get("increases") or [])
        )
    if "increase" in change:
        return -int(change["increase"])
    return int(change.get("reduction", 0))


def truth_items(truth: Mapping[str, Any]) -> dict[int, tuple[set[Figure], set[Change]]]:
    """Per staffing line, the figures and comparisons a perfect reader takes from it."""
    items: dict[int, tuple[set[Figure], set[Change]]] = {}
    for statement in truth.get("statements") or []:
        figures: set[Figure] = set()
        for unit, by_year in (statement.get("figures") or {}).items():
            for year, value in by_year.items():
                figures.add((unit, int(year), int(value)))
        changes: set[Change] = {
            (
                change["unit"],
                int(change["year"]),
                int(change["base_year"]),
                signed_reduction(change),
                _rate(change.get("rate")),
            )
            for change in statement.get("changes") or []
        }
        line = int(statement["line"])
        if line in items:
            items[line][0].update(figures)
            items[line][1].update(changes)
        else:
            items[line] = (figures, changes)
    return items


def outside_lines(truth: Mapping[str, Any]) -> set[int]:
    return {int(s["line"]) for s in truth.get("statements") or [] if s.get("outside")}


def malformed_lines(truth: Mapping[str, Any]) -> set[int]:
    return {int(s["line"]) for s in truth.get("statements") or [] if s.get("malformed")}


# --- what the reader read ------------------------------------------------------------------


def read_items(extracted: Mapping[str, Any]) -> dict[int, tuple[set[Figure], set[Change]]]:
    """Per source line, the figures and comparisons the reader put into its plan."""
    items: dict[int, tuple[set[Figure], set[Change]]] = defaultdict(lambda: (set(), set()))
    for claim in extracted["plan"].get("claims") or []:
        line = claim.get("source_line")
        if line is None:
            continue
        figures, changes = items[int(line)]
        if claim.get("value") is not None:
            figures.add((claim["unit"], int(claim["year"]), int(claim["value"])))
        for change in claim.get("changes") or []:
            changes.add(
                (
                    claim["unit"],
                    int(claim["year"]),
                    # A reduction with no base year (a remainder, "giảm thêm N") is still a
                    # reading: kept as base 0 so that it scores as the misread it is.
                    int(change.get("base_year") or 0),
                    signed_reduction(change),
                    _rate(change.get("rate")),
                )
            )
    return dict(items)


_CLOSE = 0.6


def unit_map(
    read: Mapping[int, tuple[set[Figure], set[Change]]],
    truth: Mapping[int, tuple[set[Figure], set[Change]]],
    read_units: Mapping[str, Any] | None = None,
    truth_units: Mapping[str, Any] | None = None,
) -> dict[Any, Any]:
    """Each reader unit → the truth unit it shares most figures and comparisons with."""
    votes: dict[Any, Counter[Any]] = defaultdict(Counter)
    for line, (figures, changes) in read.items():
        true_figures, true_changes = truth.get(line, (set(), set()))
        for unit, year, value in figures:
            for key, true_year, true_value in true_figures:
                if (year, value) == (true_year, true_value):
                    votes[unit][key] += 1
        for unit, year, base, reduction, _ in changes:
            for key, true_year, true_base, true_reduction, _ in true_changes:
                if (year, base, reduction) == (true_year, true_base, true_reduction):
                    votes[unit][key] += 1
    best = {
        unit: sorted(key for key, n in counter.items() if n == max(counter.values()))
        for unit, counter in votes.items()
    }
    mapping = {unit: keys[0] for unit, keys in best.items() if len(keys) == 1}
    # Units with the same figures ("Tam Kỳ 123, Hội An 123"; three "giữ nguyên" of one
    # year) tie: the figures cannot tell them apart, so a reader unit takes, among the tied
    # keys, one of its own category, then the one its name is closest to, then one no other
    # reader unit holds (two reader units for one truth unit stays a split only where the
    # figures or names say so).
    # Reader units stated on one line ("Học viện khu vực I, II, III và IV: mỗi Học viện 205
    # người") are as many truth units: among tied keys, one that no unit of its own lines
    # holds comes first (a unit read again in another year may share a key held elsewhere).
    lines_of: dict[Any, set[int]] = defaultdict(set)
    for line, (figures, changes) in read.items():
        for unit, *_ in (*figures, *changes):
            lines_of[unit].add(line)
    categories = {u: (v or {}).get("category") for u, v in (read_units or {}).items()}
    # only a name this close says which: ids are the reader's slugs, keys the analyst's
    truth_categories = {k: (v or {}).get("category") for k, v in (truth_units or {}).items()}
    for unit in sorted((u for u, keys in best.items() if len(keys) > 1), key=str):
        taken = set(mapping.values())
        beside = {
            key
            for other, key in mapping.items()
            if other != unit and lines_of[other] & lines_of[unit]
        }
        mine = categories.get(unit)

        def rank(
            key: Any,
            unit: Any = unit,
            mine: Any = mine,
            taken: set[Any] = taken,
            beside: set[Any] = beside,
        ) -> Any:
            other = truth_categories.get(key)
            clash = mine is not None and other is not None and mine != other
            close = SequenceMatcher(None, str(unit), str(key)).ratio()
            return (clash, close < _CLOSE, key in beside, key in taken, -close, str(key))

        mapping[unit] = min(best[unit], key=rank)
    return mapping


def _mapped(
    items: tuple[set[Figure], set[Change]], mapping: Mapping[Any, Any]
) -> tuple[set[Figure], set[Change]]:
    figures, changes = items
    return (
        {(mapping.get(u, ("?", u)), y, v) for u, y, v in figures},
        {(mapping.get(u, ("?", u)), y, b, r, rate) for u, y, b, r, rate in changes},
    )


def _describe(items: Iterable[tuple[Any, ...]]) -> str:
    return ", ".join(sorted(str(item) for item in items))


# --- the score -----------------------------------------------------------------------------


def score(
    doc: Document,
    extracted: Mapping[str, Any] | None,
    checked: Mapping[str, Any] | None,
    exit_code: int,
    problem: str = "",
) -> Score:
    """Compare one document's extraction and check with its truth."""
    truth = doc.truth
    result = Score(
        doc.slug, doc.kind, exit_code=exit_code, expected_exit=truth.get("expected_exit")
    )
    expected = truth_items(truth)
    outside = outside_lines(truth)
    malformed = malformed_lines(truth)
    staffing = sorted(set(expected) | outside)
    result.lines = len(staffing)
    units = truth.get("units") or {}
    # Targets are scored from `targets:`; a slip of a target kind only repeats one.
    slips = [s for s in truth.get("slips") or [] if s.get("kind") not in TARGET_KINDS]
    slip_lines: set[int] = set()
    for slip in slips:
        slip_lines.update(int(line) for line in slip.get("lines") or [slip["line"]])
    findings = (checked or {}).get("files", [{}])[0].get("findings", []) if checked else []

    if extracted is None:
        result.problem = problem or "extract failed"
        if not any(f or c for f, c in expected.values()) and exit_code == result.expected_exit == 2:
            # A text with no staffing figure at all: refusing it is the right reading.
            result.correct = len(staffing)
            return result
        result.unread = len(staffing)
        result.not_correct = [f"{line}: not read (extract failed)" for line in staffing]
        _score_slips(result, slips, truth, [], {}, {})
        return result

    read = read_items(extracted)
    read_units = {u["id"]: u for u in extracted["plan"].get("units") or []}
    mapping = unit_map(read, expected, read_units, units)
    status = line_statuses(extracted["coverage"]["sentences"])
    reading_findings = {int(f["line"]) for f in findings if f["kind"] in READING_KINDS}

    wrong_units = _wrong_units(read_units, mapping, units)
    for unit, why in sorted(wrong_units.items()):
        result.misread.append(f"unit {unit}: {why}")

    for line in sorted(set(read) | set(staffing)):
        got = _mapped(read.get(line, (set(), set())), mapping)
        want = expected.get(line, (set(), set()))
        involved = {u for u, *_ in read.get(line, (set(), set()))[0]} | {
            u for u, *_ in read.get(line, (set(), set()))[1]
        }
        extra = (got[0] - want[0]) | (got[1] - want[1])
        if line in outside:
            extra = got[0] | got[1]
        if extra or involved & set(wrong_units):
            result.misread.append(
                f"{line}: read {_describe(got[0] | got[1])}; truth {_describe(want[0] | want[1])}"
            )
            continue
        if line not in staffing:
            continue
        if line in outside:
            if status.get(line) in ("partial", "not-understood"):
                result.unread += 1
                result.not_correct.append(f"{line}: outside line reported as not understood")
            else:
                result.correct += 1
            continue
        complete = got == want and status.get(line) == "understood"
        if line in malformed:
            # A malformed number is never used (LT402 at its line), so its line cannot be
            # "understood"; it is read right when nothing but the truth's figures is taken
            # from it and the malformed number is reported there.
            complete = got == want and line in reading_findings
        if complete:
            result.correct += 1
        else:
            if status.get(line) in ("partial", "not-understood") or line in reading_findings:
                result.unread += 1
            missing = (want[0] - got[0]) | (want[1] - got[1])
            result.not_correct.append(
                f"{line}: [{status.get(line, 'no status')}] missing {_describe(missing)}"
            )

    targets = (checked or {}).get("files", [{}])[0].get("targets", []) if checked else []
    _score_slips(result, slips, truth, findings, _target_verdicts(targets, read_units), mapping)
    for finding in findings:
        if finding["kind"] in READING_KINDS | TARGET_KINDS:
            continue
        if finding["severity"] not in ALARM_SEVERITIES:
            continue
        if int(finding["line"]) not in slip_lines:
            result.false_alarms.append(
                f"{finding['line']}: {finding['kind']} ({finding.get('unit')}, "
                f"{finding.get('year')})"
            )
    return result


_KEPT_OUT = ("outside", "reference")
_UNREAD = {"partial": 1, "not-understood": 2}


def line_statuses(sentences: list[Mapping[str, Any]]) -> dict[int, str]:
    """Each line's status: a sentence not (fully) understood makes the whole line so, whatever
    its other sentences (lotrinh reports it there: the line is not read whole); otherwise its
    last sentence's, but a sentence kept outside the plan (or holding only years) after one
    that was read does not stand for the line ('... giảm 79 biên chế so với năm 2021." then
    "Sở sẽ ... giảm đủ 5% ..." is a line read whole)."""
    found: dict[int, str] = {}
    for sentence in sentences:
        line, now = int(sentence["line"]), sentence["status"]
        if _UNREAD.get(found.get(line, ""), 0) > _UNREAD.get(now, 0):
            continue
        if now in _KEPT_OUT and found.get(line) not in (None, *_KEPT_OUT):
            continue
        found[line] = now
    return found


def _wrong_units(
    read_units: Mapping[str, Any], mapping: Mapping[Any, Any], units: Mapping[str, Any]
) -> dict[str, str]:
    """Reader units whose category contradicts the truth, or whose parts sum other units."""
    wrong = {}
    for unit_id, unit in read_units.items():
        key = mapping.get(unit_id)
        truth_unit = units.get(key) or {}
        category = unit.get("category")
        truth_category = truth_unit.get("category")
        if (
            category
            and key is not None
            and truth_category not in COMPATIBLE.get(category, {category})
        ):
            wrong[unit_id] = f"read as {category}, truth {key} is {truth_category}"
            continue
        own_revenue = unit.get("funding") == OWN_REVENUE
        if key is not None and own_revenue != bool(truth_unit.get("self_funded")):
            # posts paid from the units' own revenue read as the budget's (counted in a
            # budget-paid total or a target), or the budget's read as theirs
            wrong[unit_id] = (
                f"read as {'own-revenue' if own_revenue else 'budget'}-paid, truth {key} is "
                f"{'self-funded' if truth_unit.get('self_funded') else 'budget-paid'}"
            )
            continue
        parts = unit.get("parts") or []
        if parts and key is not None:
            # A part that is the unit itself named another way is a split, not a wrong sum:
            # the sum holds trivially and attaches nothing to another unit.
            read_parts = set(_mapped_parts(parts, read_units, mapping)) - {key}
            truth_parts = set(truth_unit.get("parts") or [])
            if (
                read_parts
                and read_parts != truth_parts
                and not _same_leaves(read_parts, truth_parts, units)
            ):
                wrong[unit_id] = (
                    f"parts {_describe(read_parts)} but truth {key} has "
                    f"{_describe(truth_unit.get('parts') or [])}"
                )
                continue
        whole, truth_whole = unit.get("subset_of"), truth_unit.get("subset_of")
        # (truths that name no whole, written before the format had subsets, say nothing)
        if (
            whole is not None
            and key is not None
            and truth_whole is not None
            and mapping.get(whole) != truth_whole
        ):
            wrong[unit_id] = f"subset of {whole}, truth {key} is a subset of {truth_whole}"
    return wrong


def _mapped_parts(
    parts: Iterable[str], read_units: Mapping[str, Any], mapping: Mapping[Any, Any]
) -> list[Any]:
    """The truth keys of a reader unit's parts; a part the truth has no key for (a block
    holding no figure of its own, only its category lines) stands for its own parts."""
    out: list[Any] = []
    for part in parts:
        below = (read_units.get(part) or {}).get("parts") or []
        if part in mapping or not below:
            out.append(mapping.get(part, ("?", part)))
        else:
            out += _mapped_parts(below, {k: v for k, v in read_units.items() if k != part}, mapping)
    return out


def _same_leaves(read_parts: set[Any], truth_parts: set[Any], units: Mapping[str, Any]) -> bool:
    """Whether parts read a level lower or higher than the truth's sum the same units: the
    truth's total of two blocks, each of two rows, read as the total of the four rows."""

    def leaves(key: Any, seen: frozenset[Any] = frozenset()) -> list[Any]:
        below = (units.get(key) or {}).get("parts") if isinstance(key, str) else None
        if not below or key in seen:
            return [key]
        return [leaf for part in below for leaf in leaves(part, seen | {key})]

    read = [leaf for part in read_parts for leaf in leaves(part)]
    truth = [leaf for part in truth_parts for leaf in leaves(part)]
    return len(set(read)) == len(read) and Counter(read) == Counter(truth)


def _target_verdicts(
    targets: Iterable[Mapping[str, Any]], read_units: Mapping[str, Any]
) -> dict[tuple[str, str], str]:
    """(source, category) → met | missed | unverifiable, from check's JSON targets."""
    verdicts = {}
    for target in targets:
        source = str(target.get("source", ""))
        name = "KL40" if "40-KL" in source else "NQ19" if "19-NQ" in source else source
        categories = {
            (read_units.get(unit) or {}).get("category") for unit in target.get("units") or []
        }
        category = categories.pop() if len(categories) == 1 else "MIXED"
        # `met` is the verdict: null when it cannot be told (figures missing, a base of 0),
        # false also where figures are missing but the text's own stated cut falls short.
        met = target.get("met")
        verdict = "unverifiable" if met is None else "met" if met else "missed"
        if category not in TARGET_CATEGORIES and verdict == "unverifiable":
            # Measured on units that mix categories (a text that never splits CBCC from VC),
            # a target can honestly only be unverifiable; it is still the law's target for
            # its own category, known by its rate. A met or missed verdict on such units is
            # left under MIXED: no truth's target is that.
            category = _LAW_CATEGORY.get((name, str(target.get("min_rate"))), category)
        verdicts[(name, str(category))] = verdict
    return verdicts


def _score_slips(
    result: Score,
    slips: Iterable[Mapping[str, Any]],
    truth: Mapping[str, Any],
    findings: Iterable[Mapping[str, Any]],
    verdicts: Mapping[tuple[str, str], str],
    mapping: Mapping[Any, Any],
) -> None:
    alarm_lines = {
        int(f["line"])
        for f in findings
        if f["severity"] in ALARM_SEVERITIES and f["kind"] not in READING_KINDS | TARGET_KINDS
    }
    malformed = {int(f["line"]) for f in findings if f["kind"] == "malformed-number"}
    for slip in slips:
        lines = {int(line) for line in slip.get("lines") or [slip["line"]]}
        result.slips += 1
        pool = malformed if slip.get("kind") == "malformed-number" else alarm_lines
        if lines & pool:
            result.found += 1
        else:
            result.missed_slips.append(f"{sorted(lines)}: {slip.get('kind')} ({slip.get('unit')})")
    for target in truth.get("targets") or []:
        want = target["verdict"]
        got = verdicts.get((str(target["source"]), str(target["category"])))
        if want in ("missed", "unverifiable"):
            result.slips += 1
            if got == want:
                result.found += 1
            else:
                result.missed_slips.append(
                    f"target {target['source']} {target['category']}: {want}, read {got}"
                )
        elif got == "missed":
            result.false_alarms.append(
                f"target {target['source']} {target['category']}: said missed, truth {want}"
            )


# --- the report ----------------------------------------------------------------------------


@dataclass
class Totals:
    documents: int = 0
    lines: int = 0
    correct: int = 0
    unread: int = 0
    misreads: int = 0
    slips: int = 0
    found: int = 0
    false_alarms: int = 0
    false_all_clears: int = 0
    could_not_run: int = 0

    def add(self, s: Score) -> None:
        self.documents += 1
        self.lines += s.lines
        self.correct += s.correct
        self.unread += s.unread
        self.misreads += len(s.misread)
        self.slips += s.slips
        self.found += s.found
        self.false_alarms += len(s.false_alarms)
        self.false_all_clears += int(s.false_all_clear)
        self.could_not_run += int(s.exit_code == 2)


def totals(scores: Iterable[Score]) -> tuple[dict[str, Totals], Totals]:
    by_kind: dict[str, Totals] = defaultdict(Totals)
    overall = Totals()
    for s in scores:
        by_kind[s.kind].add(s)
        overall.add(s)
    return dict(sorted(by_kind.items())), overall


def table(scores: list[Score]) -> str:
    """The per-type table the README quotes."""
    by_kind, overall = totals(scores)
    header = (
        f"{'type':<18} {'docs':>4} {'lines':>5} {'read ok':>12} {'unread':>6} "
        f"{'misreads':>8} {'slips found':>11} {'false alarms':>12} {'false all-clear':>15} "
        f"{'exit 2':>6}"
    )
    rows = [header]
    for name, t in [*by_kind.items(), ("all", overall)]:
        share = f"{100 * t.correct / t.lines:.1f}%" if t.lines else "-"
        rows.append(
            f"{name:<18} {t.documents:>4} {t.lines:>5} {f'{t.correct} {share}':>12} "
            f"{t.unread:>6} {t.misreads:>8} {f'{t.found}/{t.slips}':>11} "
            f"{t.false_alarms:>12} {t.false_all_clears:>15} {t.could_not_run:>6}"
        )
    return "\n".join(rows)


def details(s: Score) -> str:
    out = [f"## {s.slug} ({s.kind}): exit {s.exit_code}, expected {s.expected_exit}"]
    if s.problem:
        out.append(f"  problem: {s.problem}")
    out += [f"  MISREAD {m}" for m in s.misread]
    out += [f"  not read {m}" for m in s.not_correct]
    out += [f"  slip not found {m}" for m in s.missed_slips]
    out += [f"  FALSE ALARM {m}" for m in s.false_alarms]
    if s.false_all_clear:
        out.append("  FALSE ALL-CLEAR")
    return "\n".join(out)
