"""Perturb the measured documents to find misreads before a blind set does.

`python -m tests.corpus.perturb [--root DIR ...] [--only NAME ...] [--show]`

Each transform takes a document and its hand-computed truth and returns variants whose truth
follows mechanically from the change, then the variant is read and scored like any corpus
document (`runner.score`). Only misreads are reported: a figure the reader attached to a unit,
year or category the transformed truth does not give it. Unread lines are no concern here.

Meaning-changing transforms (the figures of the changed lines go to fresh units of the truth):
- `category`: the one category word of a line swapped (công chức ↔ viên chức / người làm việc);
- `level`: "cấp tỉnh" ↔ "cấp huyện" on one line (not in a gloss's parentheses, not a lead
  ending in ":" whose items still name the old level's bodies);
- `lead`: a line naming a body the document does not name ("Sở Tài chính:") put before a
  whole list (its items of one marker, blank lines between them included; a lettered or
  numbered list from its first item) whose items name only their category or year: they
  become that body's. Not before items naming a body or block, opening sub-lists, or
  followed by a prose line going on with their units;
- `subset`: "(trong đó có N giáo viên)" after a line's one VC figure (before the next count
  or "và"): N is a subset, never the VC figure itself; where the document already counts
  that whole's teachers, N is theirs in its year;
- `no-base`: "so với năm Y" dropped from a line: its comparisons may still be read with Y
  where the document names Y as a base on another line (a lead's, a heading's, a
  sibling's), never with another year;
- `year`: the one year of a line ("năm 2025", said once; every figure of the line of that
  year; no change, whose unwritten base may be the year before) changed to the year after
  every year the document names: its figures go to that year. Only where every other line
  of that year names it itself (none takes it from this one);
- `rename`: the one body of a line ("Sở Tư pháp", from a list of the genre's bodies) swapped
  for one the document does not name: the line's units whose truth names carry that body
  become fresh units. Not a lead ending in ":", a reserve kept at the body, nor where a line
  not naming the body holds the same units.
Meaning-preserving transforms (the truth unchanged but for line numbers): `bullet` ("-" ↔
"+" items), `plain` (markdown bold marks removed); `join`: two sentences of prose joined by
"; " into one line (the second's figures move to the first's line); `tabulate`: a whole list
of two or more items "- <name>: N biên chế" (one figure each, no change, one noun) set as a
pipe table "| Cơ quan, đơn vị | Biên chế |" with its rule (the items move down two lines, and
every line after them); `order`: two sibling items next to each other swapped, their markers
kept (not a sum, a lead, or an item a parenthesis, sub-list or "Trong đó" line follows);
`caps`: the document's numbered headings (no figure, no full stop) in capitals, then in bold.

Variants are read as `lotrinh extract` reads a file (`reader.document_lines`: Markdown
emphasis, tables, wrapped lines), and a parts misread counts except under the transforms
moving figures to fresh units (whose truths do not move the parts).

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

from lotrinh.extract import ExtractError
from lotrinh.extract.reader import document_lines
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
        if line.rfind("(", 0, line.index(found[0])) > line.rfind(")", 0, line.index(found[0])):
            continue  # a gloss in parentheses ("Cấp thành phố (cấp tỉnh)"): the name says it
        if line.rstrip().endswith(":"):
            continue  # a lead: its items below still name the old level's bodies
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
_OWN_BODY = re.compile(r"(?<!\w)(?:Bộ|Sở|UBND|Ủy ban|tỉnh|huyện|thành phố|[Kk]hối)(?!\w)")
_LEADS = (
    "Sở Tài chính:",
    "Đối với Sở Giáo dục và Đào tạo:",
    "Riêng Văn phòng Ủy ban nhân dân tỉnh được giao như sau:",
    "Trong đó, Ủy ban nhân dân huyện Đông Sơn:",
)
_LEAD_BODY = re.compile(r"(?:Sở|Văn phòng|Ủy ban)[^:]*?(?=\s+được|:)")


def _marker(line: str) -> str | None:
    """The kind of an item's marker: "-", "+", a letter, a number (None: no item)."""
    found = _ITEM.match(line)
    if found is None:
        return None
    mark = found.group().strip()
    if mark[0].isdigit():
        return "1."
    return "a)" if mark[0].isalpha() else mark


def _next_filled(lines: list[str], m: int) -> int:
    """The first line from `m` (1-based) that is not blank."""
    while m <= len(lines) and not lines[m - 1].strip():
        m += 1
    return m


def t_lead(doc: Document, text: str) -> Iterator[Variant]:
    """A lead naming a body the document does not name put before a whole list (its items
    of one marker, blank lines between them included) whose items name only a category or a
    year: they become that body's. Not where a prose line right after the list goes on with
    the items' units ("Lộ trình giảm từng năm: năm 2022 là ..."): it speaks of them too."""
    lines = text.split("\n")
    by_line = _lines_of(doc.truth)
    staffing = {n for n, ss in by_line.items() if not any(s.get("outside") for s in ss)}
    leads = [
        lead
        for lead in _LEADS
        if (body := _LEAD_BODY.search(lead)) is not None
        and body.group().removeprefix("Đối với ").lower() not in text.lower()
    ]
    n = 1
    seen = 0
    while n <= len(lines) and leads:
        kind = _marker(lines[n - 1])
        previous = n - 1
        while previous >= 1 and not lines[previous - 1].strip():
            previous -= 1
        first = lines[n - 1].lstrip()[:2]
        if (
            kind
            and n in staffing
            and (previous < 1 or _marker(lines[previous - 1]) != kind)
            # (items a lead already opens, "..., trong đó:", are its parts)
            and (previous < 1 or not lines[previous - 1].rstrip().endswith(":"))
            # a lettered or numbered list opens at its first item ("c)" after a sub-list
            # goes on with "a)" and "b)" above)
            and (kind not in ("a)", "1.") or first in ("a)", "1."))
        ):
            run = []
            m = n
            while m <= len(lines):
                here = lines[m - 1]
                # (a parenthesis line under an item is the item's: "  (giảm 110 biên chế ...)")
                if _marker(here) == kind or (run and here.lstrip().startswith("(")):
                    run.append(m)
                    m += 1
                elif (
                    not here.strip()
                    and _next_filled(lines, m) <= len(lines)
                    and _marker(lines[_next_filled(lines, m) - 1]) == kind
                ):
                    m = _next_filled(lines, m)
                else:
                    break
            items = {r for r in run if r in staffing}
            bare = [r for r in run if _ITEM.match(lines[r - 1])]
            after = _next_filled(lines, m)
            goes_on = (
                after in by_line
                and not _ITEM.match(lines[after - 1])
                and bool(
                    _units_on(by_line[after]) & {k for r in items for k in _units_on(by_line[r])}
                )
            )
            if (
                not all(_BARE.match(lines[r - 1]) for r in bare)
                or any(_OWN_BODY.search(lines[r - 1]) for r in run)
                # an item opening a list of its own: its sub-items would be the body's too
                or any(lines[r - 1].rstrip().endswith(":") for r in run)
                or goes_on
            ):
                n = m
                continue
            lead = leads[seen % len(leads)]
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
        # the figure's own words, up to the next count or the next figure's "và" ("172 biên
        # chế viên chức và 8 biên chế dự phòng": the subset goes after "viên chức")
        rest = re.match(r"(?:(?!\s+và\s)[^,;.()\d])*", line[at:])
        at += rest.end() if rest else 0
        if line[at : at + 1].isdigit():
            continue  # the figure's words run into another count ("cho 03 đơn vị")
        part = int(value) // 3
        new = f"{line[:at]} (trong đó có {_formatted(part)} giáo viên){line[at:]}"
        # the document's own teachers of that whole (another year's "trong đó có N giáo
        # viên") are the same subset: the new figure is theirs, in its year
        teachers = [
            k
            for k, u in units.items()
            if (u or {}).get("category") == "VC"
            and "giáo viên" in str((u or {}).get("name", ""))
            and (u or {}).get("subset_of") in (key, None)
            and k != key
        ]
        if len(teachers) > 1:
            continue
        subset_key = teachers[0] if teachers else f"{key}~gv"
        if teachers and any(
            year in ((s.get("figures") or {}).get(subset_key) or {})
            for s in doc.truth.get("statements") or []
        ):
            continue  # a second teachers' figure of the year: not this transform's form
        truth = copy.deepcopy(doc.truth)
        if not teachers:
            truth["units"][subset_key] = {"category": "VC", "subset_of": key}
            if units[key].get("self_funded"):
                # (the teachers of posts paid from own revenue are paid from it too)
                truth["units"][subset_key]["self_funded"] = True
        truth_statement = next(
            s for s in truth["statements"] if int(s["line"]) == number and not s.get("outside")
        )
        truth_statement["figures"][subset_key] = {year: part}
        truth["slips"] = []
        truth["targets"] = []
        out = [*lines]
        out[number - 1] = new
        yield Variant("subset", doc.slug, number, "\n".join(out), truth, doc.path.suffix)


_BASE = re.compile(r"(?i),?\s*(?:so với|so sánh với)\s+(?:năm\s+)?(20\d\d)")
# a base the document names elsewhere: a lead, a heading or a sibling comparing with it
_NAMED_BASE = re.compile(
    r"(?i)(?:so với|so sánh với)\s+(?:[^\d.;:]{0,40}?\s)?(?:năm\s+)?(20\d\d)(?!\d)"
)


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
        named |= {int(y) - 1 for y in re.findall(r"(?i)giai đoạn (20\d\d)", new)}
        # a base the document names on another line may still be the line's (its lead's,
        # its heading's, its siblings'): read with it, the line is right; read with any
        # other year, wrong
        named |= {
            int(y)
            for other, text_line in enumerate(lines, 1)
            if other != number
            for y in _NAMED_BASE.findall(text_line)
        }
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


_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")


def _years_on(statements: list[dict[str, Any]]) -> tuple[set[int], set[int]]:
    """The years a line's figures and changes are of, and the years its changes compare with."""
    years: set[int] = set()
    bases: set[int] = set()
    for s in statements:
        for by_year in (s.get("figures") or {}).values():
            years.update(int(y) for y in by_year)
        for c in s.get("changes") or []:
            years.add(int(c["year"]))
            bases.add(int(c["base_year"]))
    return years, bases


def t_year(doc: Document, text: str) -> Iterator[Variant]:
    """The one year of a line ("năm 2025", said once, every figure and change of the line of
    that year) changed to a year the document names nowhere: its figures and changes go to
    that year. Only where every other line of that year names it itself (none takes it from
    this line: items under a lead, a parenthesis line under it)."""
    lines = text.split("\n")
    by_line = _lines_of(doc.truth)
    used = {int(y) for y in _YEAR.findall(text)}
    for number, statements in by_line.items():
        if any(s.get("outside") or s.get("malformed") or s.get("changes") for s in statements):
            continue  # (a change's base not written on the line may be the year before it)
        line = lines[number - 1]
        years, bases = _years_on(statements)
        written = _YEAR.findall(line)
        if len(years) != 1 or len(written) != 1 or int(written[0]) not in years:
            continue
        (year,) = years
        if not re.search(rf"(?i)năm\s+{year}(?!\d)", line) or year in bases:
            continue
        if any(
            year in _years_on(ss)[0] and str(year) not in lines[n - 1]
            for n, ss in by_line.items()
            if n != number
        ):
            continue
        # a year after the last the document names, and after every base of the line
        fresh = max(used | bases) + 1
        truth = copy.deepcopy(doc.truth)
        for s in truth["statements"]:
            if int(s["line"]) != number:
                continue
            for unit, by_year in (s.get("figures") or {}).items():
                s["figures"][unit] = {fresh if int(y) == year else y: v for y, v in by_year.items()}
            for c in s.get("changes") or []:
                c["year"] = fresh
        truth["slips"] = []
        truth["targets"] = []
        out = [*lines]
        out[number - 1] = _YEAR.sub(str(fresh), line)
        yield Variant("year", doc.slug, number, "\n".join(out), truth, doc.path.suffix)


# bodies of the genre, one swapped for another the document does not name
_BODIES = (
    "Sở Tư pháp",
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
    "Sở Tài chính",
    "Sở Nội vụ",
    "Sở Xây dựng",
    "Sở Công Thương",
    "Sở Khoa học và Công nghệ",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Nông nghiệp và Môi trường",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Tài nguyên và Môi trường",
    "Sở Kế hoạch và Đầu tư",
    "Sở Ngoại vụ",
    "Sở Giao thông vận tải",
    "Sở Thông tin và Truyền thông",
    "Sở Lao động - Thương binh và Xã hội",
    "Sở Dân tộc và Tôn giáo",
)


def t_rename(doc: Document, text: str) -> Iterator[Variant]:
    """The one body name of a line ("Sở Tư pháp") swapped for another the document does not
    name: the line's units named by that body (by the truth's names) become fresh units. Not
    a line opening a list (its items are the body's too) nor one whose units a line not
    naming the body also holds (a lead's body, a year chain)."""
    lines = text.split("\n")
    by_line = _lines_of(doc.truth)
    units = doc.truth.get("units") or {}
    lowered = text.lower()
    spare = [b for b in _BODIES if b.lower() not in lowered]
    seen = 0
    for number, statements in by_line.items():
        if any(s.get("outside") or s.get("malformed") for s in statements) or not spare:
            continue
        line = lines[number - 1]
        found = [b for b in _BODIES if b in line]
        # (the longer of two names one inside the other: "Sở Nông nghiệp và Phát triển ...")
        found = [b for b in found if not any(b != o and b in o for o in found)]
        if len(found) != 1 or line.count(found[0]) != 1 or line.rstrip().endswith(":"):
            continue
        if re.search(r"(?i)dự phòng", line):
            continue  # the reserve kept at a body is the plan's reserve, wherever it is kept
        body = found[0]
        named = {
            k
            for k in _units_on(statements)
            if body.lower() in str((units.get(k) or {}).get("name", "")).lower()
        }
        # (a subset counted inside the body's figure is the renamed body's too)
        named |= {
            k for k in _units_on(statements) if (units.get(k) or {}).get("subset_of") in named
        }
        if not named or any(
            named & _units_on(ss) and body not in lines[n - 1]
            for n, ss in by_line.items()
            if n != number
        ):
            continue
        other = spare[seen % len(spare)]
        seen += 1
        truth = copy.deepcopy(doc.truth)
        _rekey(truth, _with_notes(lines, number), "name", {}, named)
        out = [*lines]
        out[number - 1] = line.replace(body, other)
        yield Variant("rename", doc.slug, number, "\n".join(out), truth, doc.path.suffix)


_NAMED_ITEM = re.compile(
    r"^\s*[-+*•]\s+(?P<name>[^:|\d]{3,120}?)\s*:\s*(?P<n>\d{1,3}(?:\.\d{3})*)\s+"
    r"(?P<noun>biên chế|người)\s*[;.,]?\s*$"
)


def t_tabulate(doc: Document, text: str) -> Iterator[Variant]:
    """A run of two or more sibling items "- <name>: N biên chế" (one figure each, no change,
    one noun) set as a pipe table with a header row: the truth unchanged but for its line
    numbers (the items move down by the header and its rule, the lines after by two)."""
    lines = text.split("\n")
    by_line = _lines_of(doc.truth)
    n = 1
    while n <= len(lines):
        found = _NAMED_ITEM.match(lines[n - 1])
        if found is None or (n > 1 and _ITEM.match(lines[n - 2])):
            n += 1
            continue
        run: list[tuple[int, re.Match[str]]] = []
        m = n
        while m <= len(lines) and (item := _NAMED_ITEM.match(lines[m - 1])) is not None:
            if item.group("noun") != found.group("noun"):
                break
            run.append((m, item))
            m += 1
        n = m
        if len(run) < 2 or (m <= len(lines) and _ITEM.match(lines[m - 1])):
            continue  # a list going on in other forms: not a whole list
        if any(
            r not in by_line
            or len(by_line[r]) != 1
            or by_line[r][0].get("changes")
            or by_line[r][0].get("outside")
            or sum(len(v) for v in (by_line[r][0].get("figures") or {}).values()) != 1
            for r, _ in run
        ):
            continue
        first = run[0][0]
        noun = "Biên chế" if found.group("noun") == "biên chế" else "Số người"
        table = [f"| Cơ quan, đơn vị | {noun} |", "|---|---:|"]
        table += [f"| {item.group('name')} | {item.group('n')} |" for _, item in run]
        truth = copy.deepcopy(doc.truth)
        for s in truth.get("statements") or []:
            if int(s["line"]) >= first:
                s["line"] = int(s["line"]) + 2
        out = [*lines[: first - 1], *table, *lines[m - 1 :]]
        yield Variant("tabulate", doc.slug, first, "\n".join(out), truth, doc.path.suffix)


def t_order(doc: Document, text: str) -> Iterator[Variant]:
    """Two sibling items next to each other ("- <label>: ...", one marker) swapped, their
    markers kept in place: the truth of each line moves with it. Not a sum or a total
    ("Tổng", "Cộng"), not a lead of items below, not the last item before a parenthesis line
    (a list's closing line speaks of the list)."""
    lines = text.split("\n")
    by_line = _lines_of(doc.truth)
    for n in sorted(by_line):
        m = n + 1
        if m not in by_line or m > len(lines):
            continue
        one, two = lines[n - 1], lines[m - 1]
        kind = _marker(one)
        if kind is None or _marker(two) != kind or ":" not in one or ":" not in two:
            continue
        if any(s.get("outside") or s.get("malformed") for s in by_line[n] + by_line[m]):
            continue
        if any(
            re.match(r"(?i)\s*(?:tổng|cộng)", _ITEM.sub("", t)) or t.rstrip().endswith(":")
            for t in (one, two)
        ):
            continue
        after = lines[m] if m < len(lines) else ""
        # the line after the pair, if it says anything, is an item of the same list: a
        # parenthesis, a sub-list or a "Trong đó: ..." line speaks of the second item
        if after.strip() and _marker(after) != kind and (m + 1 in by_line or "(" in after[:3]):
            continue
        head_one, head_two = _ITEM.match(one), _ITEM.match(two)
        assert head_one is not None and head_two is not None
        truth = copy.deepcopy(doc.truth)
        for s in truth["statements"]:
            if int(s["line"]) == n:
                s["line"] = m
            elif int(s["line"]) == m:
                s["line"] = n
        truth["slips"] = []
        truth["targets"] = []
        out = [*lines]
        out[n - 1] = head_one.group() + two[head_two.end() :]
        out[m - 1] = head_two.group() + one[head_one.end() :]
        yield Variant("order", doc.slug, n, "\n".join(out), truth, doc.path.suffix)


_HEADING = re.compile(
    r"^\s*(?:(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)]|Điều\s+\d+\.|Chương\s+[IVX]+\.?)\s+(?P<words>\S.*)$"
)


def _headings(doc: Document, lines: list[str]) -> list[int]:
    """Numbered lines stating no staffing figure, with words of their own and no full stop:
    the document's headings ("1. Biên chế công chức", "II. LỘ TRÌNH", "Điều 2. Lộ trình")."""
    staffing = set(_lines_of(doc.truth))
    out = []
    for number, line in enumerate(lines, 1):
        found = _HEADING.match(line)
        if found is None or number in staffing or "|" in line or line.rstrip().endswith("."):
            continue
        words = found.group("words").replace("**", "")
        if re.search(r"\d", _YEAR.sub("", words)) or len(words) > 100:
            continue
        out.append(number)
    return out


def t_caps(doc: Document, text: str) -> Iterator[Variant]:
    """The document's headings written in capitals ("1. BIÊN CHẾ CÔNG CHỨC"), then set in
    bold ("**1. Biên chế công chức**"): the truth unchanged."""
    lines = text.split("\n")
    found = _headings(doc, lines)
    if not found:
        return
    upper, bold = [*lines], [*lines]
    for number in found:
        upper[number - 1] = lines[number - 1].upper()
        bold[number - 1] = f"**{lines[number - 1].strip().replace('**', '')}**"
    if upper != lines:
        yield Variant("caps", doc.slug, found[0], "\n".join(upper), doc.truth, doc.path.suffix)
    yield Variant("caps", doc.slug, found[0], "\n".join(bold), doc.truth, doc.path.suffix)


TRANSFORMS: dict[str, Callable[[Document, str], Iterator[Variant]]] = {
    "join": t_join,
    "category": t_category,
    "level": t_level,
    "lead": t_lead,
    "subset": t_subset,
    "no-base": t_no_base,
    "bullet": t_bullet,
    "plain": t_plain,
    "year": t_year,
    "rename": t_rename,
    "tabulate": t_tabulate,
    "order": t_order,
    "caps": t_caps,
}


def read(text: str, name: str) -> dict[str, Any] | None:
    """The variant read as `lotrinh extract` reads a file of that name: Markdown emphasis and
    bold lines taken off, tables made canonical, wrapped lines joined (`reader`), so a
    variant's layout meets the reader the CLI would run."""
    try:
        result = document_lines(text.encode("utf-8"), name).extract(name)
    except ExtractError:
        return None
    data: dict[str, Any] = json.loads(json.dumps(to_json_data(result, name), ensure_ascii=False))
    return data


# transforms giving a line's figures to fresh units: the truth's parts are not moved with them
_MOVING = {"category", "level", "lead", "subset", "no-base", "rename"}


def misreads(variant: Variant) -> list[str]:
    doc = Document(variant.slug, Path("variant" + variant.suffix), variant.truth)
    extracted = read(variant.text, "variant" + variant.suffix)
    if extracted is None:
        return []
    out = []
    for wrong in score(doc, extracted, None, 1).misread:
        # a total whose parts moved to the fresh units: the truth's parts are not transformed
        if wrong.startswith("unit ") and ": parts " in wrong and variant.transform in _MOVING:
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
        if (p.name in ("corpus", "heldout") or re.fullmatch(r"blind-[a-y]\d?", p.name))
    ]
    chosen = args.only or sorted(TRANSFORMS)
    total = found = 0
    per: dict[str, list[int]] = {name: [0, 0] for name in chosen}
    for root in roots:
        for variant, wrong in variants_misread(root, chosen, args.slug):
            total += 1
            per[variant.transform][1] += 1
            if not wrong:
                continue
            found += 1
            per[variant.transform][0] += 1
            print(f"{root.name}/{variant.slug} [{variant.transform}] line {variant.line}")
            if args.show and variant.line:
                print("   |", variant.text.split("\n")[variant.line - 1][:300])
            for w in wrong:
                print("    ", w[:300])
    for name, (bad, made) in per.items():
        print(f"  {name}: {bad} of {made}")
    print(f"{found} of {total} variants misread")


if __name__ == "__main__":
    main()
