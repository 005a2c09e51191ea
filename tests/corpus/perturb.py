"""Perturb the measured documents to find misreads before a blind set does.

`python -m tests.corpus.perturb [--root DIR ...] [--only NAME ...] [--show]`

Each transform takes a document and its hand-computed truth and returns variants whose truth
follows mechanically from the change, then the variant is read and scored like any corpus
document (`runner.score`). Only misreads are reported: a figure the reader attached to a unit,
year or category the transformed truth does not give it. Unread lines are no concern here.

Meaning-changing transforms (the figures of the changed lines go to fresh units of the truth):
- `category`: the one category word of a line swapped (công chức ↔ viên chức / người làm việc);
- `level`: "cấp tỉnh" ↔ "cấp huyện" on one line;
- `lead`: a line naming another body ("Sở Tài chính:") put before a run of list items, which
  become that body's;
- `subset`: "(trong đó có N giáo viên)" after a line's one VC figure: N is a subset, never
  the VC figure itself;
- `no-base`: "so với năm Y" dropped from a line: its comparisons may no longer be read with Y.
Meaning-preserving transforms (the truth unchanged): `bullet` ("-" ↔ "+" items), `plain`
(markdown bold marks removed); `join`: two sentences of prose joined by "; " into one line (the
second's figures move to the first's line).

A reported variant is a candidate: the transform's truth is mechanical, so read the line
before calling it the reader's fault (`--show` prints the lines and what was read).
"""

from __future__ import annotations

import argparse
import copy
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lotrinh.extract import ExtractError, extract_plan
from lotrinh.extract.writer import to_json_data
from tests.corpus.runner import CORPUS, Document, documents, score

TESTS = CORPUS.parent


@dataclass
class Variant:
    transform: str
    slug: str
    line: int  # the (first) changed line, 1-based, in the variant
    text: str
    truth: dict[str, Any]
    suffix: str


def _lines_of(truth: dict[str, Any]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {}
    for statement in truth.get("statements") or []:
        out.setdefault(int(statement["line"]), []).append(statement)
    return out


def _units_on(statements: list[dict[str, Any]]) -> set[str]:
    keys: set[str] = set()
    for s in statements:
        keys.update((s.get("figures") or {}).keys())
        keys.update(c["unit"] for c in s.get("changes") or [])
    return keys


def _with_notes(text_lines: list[str], number: int) -> set[int]:
    """The line and the parenthesis lines right under it ("(Giảm 378 biên chế so với năm
    2021)"), which speak of it: a transform changing what it names changes them too."""
    out = {number}
    while number < len(text_lines) and text_lines[number].lstrip().startswith("("):
        number += 1
        out.add(number)
    return out


def _rekey(
    truth: dict[str, Any],
    lines: set[int],
    tag: str,
    category: dict[str, str],
    only: set[str] | None = None,
) -> None:
    """The units of `lines` (those in `only`, if given) become fresh units (same name,
    `category` where given)."""
    units = truth.setdefault("units", {})
    fresh: dict[str, str] = {}

    def new(key: str) -> str:
        if only is not None and key not in only:
            return key
        if key not in fresh:
            fresh[key] = f"{key}~{tag}"
            old = dict(units.get(key) or {})
            old.pop("parts", None)
            old.pop("subset_of", None)
            old.pop("reserve", None)
            if key in category:
                old["category"] = category[key]
            units[fresh[key]] = old
        return fresh[key]

    for s in truth.get("statements") or []:
        if int(s["line"]) not in lines:
            continue
        if s.get("figures"):
            s["figures"] = {new(k): v for k, v in s["figures"].items()}
        for c in s.get("changes") or []:
            c["unit"] = new(c["unit"])
    # a slip on a changed line no longer holds; findings are not scored here anyway
    truth["slips"] = []
    truth["targets"] = []


def _shift(truth: dict[str, Any], at: int) -> None:
    """A line inserted before line `at`: every line from `at` on moves down one."""
    for s in truth.get("statements") or []:
        if int(s["line"]) >= at:
            s["line"] = int(s["line"]) + 1
    truth["slips"] = []
    truth["targets"] = []


_CBCC_WORDS = [("biên chế công chức", "số lượng người làm việc"), ("công chức", "viên chức")]
_VC_WORDS = [("số lượng người làm việc", "biên chế công chức"), ("viên chức", "công chức")]
_CBCC_RE = re.compile(r"(?<!cán bộ, )(?<!cán bộ )công chức")
_VC_RE = re.compile(r"viên chức|người làm việc")
# words that name the category on their own: swapping only the category word would leave the
# line saying both
_SIGNALS = re.compile(r"(?i)sự nghiệp|hành chính|giáo viên|cán bộ|hưởng lương|\|")


def t_category(doc: Document, text: str) -> Iterator[Variant]:
    lines = text.split("\n")
    by_line = _lines_of(doc.truth)
    units = doc.truth.get("units") or {}
    for number, statements in by_line.items():
        if any(s.get("outside") or s.get("malformed") for s in statements):
            continue
        keys = _units_on(statements)
        cats = {(units.get(k) or {}).get("category") for k in keys}
        line = lines[number - 1]
        if _SIGNALS.search(line) or any((units.get(k) or {}).get("parts") for k in keys):
            continue
        cbcc, vc = len(_CBCC_RE.findall(line)), len(_VC_RE.findall(line))
        if cats == {"CBCC"} and cbcc == 1 and vc == 0 and "cán bộ" not in line:
            new = line
            for old, repl in _CBCC_WORDS:
                if old in new:
                    new = new.replace(old, repl, 1)
                    break
            target = "VC"
        elif cats == {"VC"} and vc == 1 and cbcc == 0:
            new = line
            for old, repl in _VC_WORDS:
                if old in new:
                    new = new.replace(old, repl, 1)
                    break
            target = "CBCC"
        else:
            continue
        if new == line:
            continue  # no word of the list to swap ("Số lượng ..." capitalised): no variant
        if any(u.get("category") == target and not u.get("subset_of") for u in units.values()):
            # the text already has a line of that category: the swapped line is another figure
            # of it (a reading merging them is right), not a unit of its own
            continue
        truth = copy.deepcopy(doc.truth)
        _rekey(truth, _with_notes(lines, number), "cat", dict.fromkeys(keys, target), keys)
        out = [*lines]
        out[number - 1] = new
        yield Variant("category", doc.slug, number, "\n".join(out), truth, doc.path.suffix)


_LEVELS = {"cấp tỉnh": "cấp huyện", "cấp huyện": "cấp tỉnh"}


def t_level(doc: Document, text: str) -> Iterator[Variant]:
    lines = text.split("\n")
    for number, statements in _lines_of(doc.truth).items():
        if any(s.get("outside") or s.get("malformed") for s in statements):
            continue
        line = lines[number - 1]
        found = [w for w in _LEVELS if w in line]
        if len(found) != 1 or line.count(found[0]) != 1 or "hai cấp" in line:
            continue
        before = re.split(r"[|:;,(]", line[: line.index(found[0])])[-1]
        named = " ".join(re.sub(r"^\s*(?:[-+*•]|[a-zđ]\)|\d+(?:\.\d+)*\.?)\s", "", before).split())
        swapped = f"{named} {_LEVELS[found[0]]}".strip()
        if named and any(swapped in other for other in lines):
            # the swapped name is a sibling's ("Khối cấp huyện" beside "Khối cấp tỉnh"): two
            # lines of one name, whose reading the transform cannot tell
            continue
        units = doc.truth.get("units") or {}
        # only the units whose name holds the level changed ("UBND cấp tỉnh 21.355 người"
        # among the parts of a total named otherwise)
        named_so = {
            k
            for k in _units_on(statements)
            if found[0] in str((units.get(k) or {}).get("name", "")).lower()
        }
        truth = copy.deepcopy(doc.truth)
        _rekey(truth, _with_notes(lines, number), "lvl", {}, named_so or None)
        out = [*lines]
        out[number - 1] = line.replace(found[0], _LEVELS[found[0]])
        yield Variant("level", doc.slug, number, "\n".join(out), truth, doc.path.suffix)


_ITEM = re.compile(r"^\s*(?:[-+*•]|[a-zđ]\)|\d+\.\d*\.?)\s")
# an item naming only its category (or year), no body: a lead's body is then its body
_BARE = re.compile(
    r"(?i)^\s*(?:[-+*•]|[a-zđ]\)|\d+\.\d*\.?)\s+(?:biên chế|cán bộ|công chức|viên chức|số lượng|"
    r"số người|người làm việc|năm \d{4}|tổng)"
)
# an item naming the body whose posts it counts ("năm 2021 Bộ được giao ...", "thuộc Bộ"):
# the lead put before it does not make it another body's
_OWN_BODY = re.compile(r"(?<!\w)(?:Bộ|Sở|UBND|Ủy ban|tỉnh|huyện|thành phố)(?!\w)")
_LEADS = (
    "Sở Tài chính:",
    "Đối với Sở Giáo dục và Đào tạo:",
    "Riêng Văn phòng Ủy ban nhân dân tỉnh được giao như sau:",
    "Trong đó, Ủy ban nhân dân huyện Đông Sơn:",
)


def t_lead(doc: Document, text: str) -> Iterator[Variant]:
    lines = text.split("\n")
    by_line = _lines_of(doc.truth)
    staffing = {n for n, ss in by_line.items() if not any(s.get("outside") for s in ss)}
    n = 1
    seen = 0
    while n <= len(lines):
        if _ITEM.match(lines[n - 1]) and n in staffing and not _ITEM.match(lines[n - 2] or " x"):
            run = []
            m = n
            # (a parenthesis line under an item is the item's: "  (giảm 110 biên chế ...)")
            while m <= len(lines) and (
                _ITEM.match(lines[m - 1]) or lines[m - 1].lstrip().startswith("(")
            ):
                run.append(m)
                m += 1
            items = {r for r in run if r in staffing}
            bare = [r for r in run if _ITEM.match(lines[r - 1])]
            if not all(_BARE.match(lines[r - 1]) for r in bare) or any(
                _OWN_BODY.search(lines[r - 1]) for r in run
            ):
                n = m
                continue
            lead = _LEADS[seen % len(_LEADS)]
            seen += 1
            truth = copy.deepcopy(doc.truth)
            _rekey(truth, items, "lead", {})
            _shift(truth, n)
            out = [*lines[: n - 1], lead, *lines[n - 1 :]]
            yield Variant("lead", doc.slug, n, "\n".join(out), truth, doc.path.suffix)
            n = m
        n += 1


def _formatted(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def t_subset(doc: Document, text: str) -> Iterator[Variant]:
    lines = text.split("\n")
    units = doc.truth.get("units") or {}
    for number, statements in _lines_of(doc.truth).items():
        if len(statements) != 1 or statements[0].get("outside") or "|" in lines[number - 1]:
            continue
        figures = statements[0].get("figures") or {}
        vcs = [
            (k, y, v)
            for k, by_year in figures.items()
            for y, v in by_year.items()
            if (units.get(k) or {}).get("category") == "VC"
            and not (units.get(k) or {}).get("subset_of")
        ]
        if len(vcs) != 1:
            continue
        key, year, value = vcs[0]
        line = lines[number - 1]
        written = _formatted(int(value))
        if line.count(written) != 1 or int(value) < 30:
            continue
        at = line.index(written) + len(written)
        rest = re.match(r"[^,;.()]*", line[at:])
        at += rest.end() if rest else 0
        part = int(value) // 3
        new = f"{line[:at]} (trong đó có {_formatted(part)} giáo viên){line[at:]}"
        truth = copy.deepcopy(doc.truth)
        truth["units"][f"{key}~gv"] = {"category": "VC", "subset_of": key}
        truth_statement = next(
            s for s in truth["statements"] if int(s["line"]) == number and not s.get("outside")
        )
        truth_statement["figures"][f"{key}~gv"] = {year: part}
        truth["slips"] = []
        truth["targets"] = []
        out = [*lines]
        out[number - 1] = new
        yield Variant("subset", doc.slug, number, "\n".join(out), truth, doc.path.suffix)


_BASE = re.compile(r",?\s*(?:so với|so sánh với)\s+(?:năm\s+)?(20\d\d)")


def t_no_base(doc: Document, text: str) -> Iterator[Variant]:
    lines = text.split("\n")
    for number, statements in _lines_of(doc.truth).items():
        if not any(s.get("changes") for s in statements):
            continue
        line = lines[number - 1]
        if len(_BASE.findall(line)) != 1:
            continue
        new = _BASE.sub("", line)
        # a base the line still names ("năm 2021 là 2.386 người; đến năm 2026 còn 2.147 người,
        # giảm 239 người"), or a period's first year after it ("giai đoạn 2022 - 2023: giảm
        # 614 người") still gives the comparison
        named = {int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", new)}
        named |= {int(y) - 1 for y in re.findall(r"giai đoạn (20\d\d)", new)}
        truth = copy.deepcopy(doc.truth)
        for s in truth["statements"]:
            if int(s["line"]) == number:
                kept = [c for c in s.get("changes") or [] if int(c["base_year"]) in named]
                if kept:
                    s["changes"] = kept
                else:
                    s.pop("changes", None)
        truth["slips"] = []
        truth["targets"] = []
        out = [*lines]
        out[number - 1] = new
        yield Variant("no-base", doc.slug, number, "\n".join(out), truth, doc.path.suffix)


def t_bullet(doc: Document, text: str) -> Iterator[Variant]:
    swap = {"- ": "+ ", "+ ": "- "}
    out = [swap[ln[:2]] + ln[2:] if ln[:2] in swap else ln for ln in text.split("\n")]
    if out != text.split("\n"):
        yield Variant("bullet", doc.slug, 0, "\n".join(out), doc.truth, doc.path.suffix)


def t_plain(doc: Document, text: str) -> Iterator[Variant]:
    if "**" in text:
        yield Variant("plain", doc.slug, 0, text.replace("**", ""), doc.truth, doc.path.suffix)


_SENTENCE = re.compile(r"^[A-ZĐÀ-Ỹ][^|]*[^:]\.$")
_COMMON_OPENING = re.compile(
    r"^(?:Năm|Số|Biên|Tổng|Đến|So|Cán|Viên|Các|Trong|Riêng|Về|Đối|Tính|Như)(?!\w)"
)


def t_join(doc: Document, text: str) -> Iterator[Variant]:
    """Two sentences of staffing figures, each a line of prose (no item, table row, heading or
    parenthesis), joined into one with "; ": the joined line reads as both did, or not at all
    (never one clause's figure given to the other's unit)."""
    lines = text.split("\n")
    by_line = _lines_of(doc.truth)
    staffing = {n for n, ss in by_line.items() if not any(s.get("outside") for s in ss)}
    for n in sorted(staffing):
        first = lines[n - 1].strip()
        m = n + 1
        while m <= len(lines) and not lines[m - 1].strip():
            m += 1
        if m > len(lines) or m not in staffing or m - n > 2:
            continue
        second = lines[m - 1].strip()
        if not (_SENTENCE.match(first) and _SENTENCE.match(second)) or _ITEM.match(second):
            continue
        if _ITEM.match(first) or second.startswith("("):
            continue
        if _COMMON_OPENING.match(second):
            second = second[0].lower() + second[1:]
        truth = copy.deepcopy(doc.truth)
        gone = m - n
        for statement in truth.get("statements") or []:
            line = int(statement["line"])
            if line == m:
                statement["line"] = n
            elif line > m:
                statement["line"] = line - gone
        truth["slips"] = []
        truth["targets"] = []
        out = [*lines[: n - 1], f"{first[:-1]}; {second}", *lines[m:]]
        yield Variant("join", doc.slug, n, "\n".join(out), truth, doc.path.suffix)


TRANSFORMS: dict[str, Callable[[Document, str], Iterator[Variant]]] = {
    "join": t_join,
    "category": t_category,
    "level": t_level,
    "lead": t_lead,
    "subset": t_subset,
    "no-base": t_no_base,
    "bullet": t_bullet,
    "plain": t_plain,
}


def read(text: str, name: str) -> dict[str, Any] | None:
    try:
        result = extract_plan(text, name)
    except ExtractError:
        return None
    data: dict[str, Any] = json.loads(json.dumps(to_json_data(result, name), ensure_ascii=False))
    return data


def misreads(variant: Variant) -> list[str]:
    doc = Document(variant.slug, Path("variant" + variant.suffix), variant.truth)
    extracted = read(variant.text, "variant" + variant.suffix)
    if extracted is None:
        return []
    out = []
    for wrong in score(doc, extracted, None, 1).misread:
        # a total whose parts moved to the fresh units: the truth's parts are not transformed
        if wrong.startswith("unit ") and ": parts " in wrong and variant.transform != "bullet":
            continue
        read_part, _, truth_part = wrong.partition("; truth ")
        if read_part.split(": read ", 1)[-1] == truth_part:
            continue
        out.append(wrong)
    return out


def variants_misread(
    root: Path, chosen: list[str], slug: str | None = None
) -> Iterator[tuple[Variant, list[str]]]:
    """Every variant of the set's documents (those read without a misread as they stand)
    under the chosen transforms, with the misreads its reading has (often none)."""
    for doc in documents(root):
        if slug and slug not in doc.slug:
            continue
        text = doc.path.read_text(encoding="utf-8")
        base = read(text, doc.path.name)
        if base is None or score(doc, base, None, 1).misread:
            continue
        for name in chosen:
            for variant in TRANSFORMS[name](doc, text):
                yield variant, misreads(variant)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.corpus.perturb")
    parser.add_argument("--root", type=Path, action="append", help="a set (default: all)")
    parser.add_argument("--only", action="append", choices=sorted(TRANSFORMS))
    parser.add_argument("--slug", help="only documents whose folder contains this")
    parser.add_argument("--show", action="store_true", help="print the changed line")
    args = parser.parse_args()
    roots = args.root or [
        p
        for p in sorted(TESTS.iterdir())
        if (p.name in ("corpus", "heldout") or re.fullmatch(r"blind-[a-o]\d?", p.name))
    ]
    chosen = args.only or sorted(TRANSFORMS)
    total = found = 0
    for root in roots:
        for variant, wrong in variants_misread(root, chosen, args.slug):
            total += 1
            if not wrong:
                continue
            found += 1
            print(f"{root.name}/{variant.slug} [{variant.transform}] line {variant.line}")
            if args.show and variant.line:
                print("   |", variant.text.split("\n")[variant.line - 1][:300])
            for w in wrong:
                print("    ", w[:300])
    print(f"{found} of {total} variants misread")


if __name__ == "__main__":
    main()
