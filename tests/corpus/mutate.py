"""A metamorphic hunt for latent misreads: edit a line the reader reads right, read again.

`python -m tests.corpus.mutate [--root SET ...] [--only EDIT ...] [--slug TEXT] [--show]`

For every staffing line of a set's documents that the reader reads *correctly* (as
`runner.score` judges it against the hand-computed truth), each edit below is applied to that
line alone, the whole document is read again (as `lotrinh extract` reads a file) and the new
reading of that line is compared with the old one. No new truth is needed: what the edit does
to the reading is known by construction.

Meaning-preserving edits (the reading must stay the same, or the line become unread):
- `bullet`: the item's marker changed, "-" → "+", "+" → "-";
- `swap`: the two parts of a line joined by one " và " or one "; " swapped, each a name
  and one figure of the same shape ("Sở A 30 biên chế và Sở B 20 biên chế");
- `rate-comma`: a trailing "(tỷ lệ giảm R%)" written ", tỷ lệ giảm R%";
- `base-gloss`: "so với năm Y" written "so với năm Y (năm gốc)".
Meaning-preserving rewordings the genre's drafters use (each found in the sets' documents):
- `verb`: a cut of posts "giảm N biên chế" ↔ "tinh giản N biên chế" ↔ "cắt giảm N biên chế"
  (posts only: "tinh giản 41 người" may be people who left);
- `base-phrase`: "so với năm Y" ↔ "so với số được giao năm Y";
- `rate-word`: ", tỷ lệ giảm R%" ↔ ", tương ứng R%" ↔ ", đạt tỷ lệ R%"; "(tỷ lệ giảm R%)" →
  "(giảm R%)";
- `value-word`: a figure followed by its cut, "là N biên chế, giảm M" ↔ "còn N biên chế, giảm M"
  (and "năm Y còn N" ↔ "năm Y là N");
- `year-phrase`: the figure's year "đến năm Y là/còn/giảm …" ↔ "năm Y …", "đến hết năm Y" →
  "đến năm Y" (a later year than another the line names, never a span's "từ … đến năm Y");
- `marker`: an item's "-" or "+" written "•" or "a)" (where the document uses neither
  those nor both "-" and "+"), "a)" written "-" (where it uses no "-" item);
- `unit-word`: "N biên chế" ↔ "N chỉ tiêu biên chế";
- `fronted`: "… giảm M biên chế so với năm Y." ↔ "So với năm Y, … giảm M biên chế."
Meaning-changing edits (the reading must change as said, or the line become unread; the
same reading means the reader ignored the words: a latent misread):
- `year`: each year the line names ("năm Y", every time) changed to a year the document
  never names: what was read for Y must now be read for that year;
- `category`: the line's one "công chức" ↔ "viên chức" (not in "cán bộ, công chức", nor in
  a parenthesis) where every unit read from it is of that category: their category flips;
- `direction`: the line's one "giảm" (before a figure) ↔ "tăng": its comparisons flip sign;
- `contract`: an item's name "X:" written "Lao động hợp đồng theo Nghị định 111/2022/NĐ-CP
  tại X:": not biên chế, the unit or category must change;
- `former`: "(cũ)" after a place ("tỉnh X", "huyện X", …) that names a unit read from the
  line: a former place is another unit;
- `held`: "hiện có" before a figure ("30 biên chế" → "hiện có 30 biên chế") of a line
  that names no "có" yet: a count held, not one given;
- `part-year`: "năm Y" (a year the document never names) put after one of two or more
  figures: that figure, and no other, goes to Y.

Each edit's outcome on a line: `kept` (reading identical), `expected` (changed as said),
`unread` (the line partly or not understood, nothing taken from it), `other` (changed some
other way), and SUSPECT: kept under a meaning-changing edit, or changed (`other`) under a
preserving one. A SUSPECT is a candidate: read the line (`--show`) before calling it the
reader's fault. The run is deterministic (no randomness) and reads each mutant once.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.corpus.perturb import read
from tests.corpus.runner import CORPUS, Document, documents, line_statuses, score

TESTS = CORPUS.parent

# A reading of one line: figures (unit, category, year, value) and comparisons (unit,
# category, year, base year, reduction, rate).
Reading = tuple[frozenset[tuple[Any, ...]], frozenset[tuple[Any, ...]]]

PRESERVING = (
    "bullet",
    "swap",
    "rate-comma",
    "base-gloss",
    "verb",
    "base-phrase",
    "rate-word",
    "value-word",
    "year-phrase",
    "marker",
    "unit-word",
    "fronted",
)
CHANGING = ("year", "category", "direction", "contract", "former", "held", "part-year")

_YEAR = re.compile(r"(?<!\w)(năm\s+)((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a figure as the genre writes it: "1.338", "30", not a year, a rate or a decree's number
_FIGURE = re.compile(r"(?<![\w/.,%])(\d{1,3}(?:\.\d{3})+|\d+)(?![\w/.,%]|,\d|\s*%)")
_NOUN = re.compile(
    r"\s+(?:biên\s+chế|người|chỉ\s+tiêu|công\s+chức|viên\s+chức|cán\s+bộ)(?!\w)", re.IGNORECASE
)


@dataclass
class Mutant:
    edit: str
    line: int  # 1-based
    text: str  # the edited line
    # what the reading must become: a function of the old reading, or None (any change)
    expect: Callable[[Reading], Reading] | None = None


@dataclass
class Outcome:
    edit: str
    slug: str
    line: int
    verdict: str  # kept, expected, unread, other
    suspect: bool
    before: str = ""
    after: str = ""
    text: str = ""


@dataclass
class Tally:
    tried: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    suspects: int = 0


def reading_of(extracted: dict[str, Any], line: int) -> Reading:
    """What the reader took from one source line, units by name and category."""
    units = extracted["plan"].get("units") or []
    categories = {u["id"]: u.get("category") for u in units}
    # a unit by its name and category: its id is the reader's slug, which may take a mark
    # ("-cu") from where the unit stands in the line, not from what it is
    names = {u["id"]: u.get("name") or u["id"] for u in units}
    figures, changes = set(), set()
    for claim in extracted["plan"].get("claims") or []:
        if claim.get("source_line") != line:
            continue
        kind = categories.get(claim["unit"])
        unit = names.get(claim["unit"], claim["unit"])
        if claim.get("value") is not None:
            figures.add((unit, kind, int(claim["year"]), int(claim["value"])))
        for change in claim.get("changes") or []:
            reduction = -int(change["increase"]) if "increase" in change else change["reduction"]
            changes.add(
                (
                    unit,
                    kind,
                    int(claim["year"]),
                    int(change.get("base_year") or 0),
                    int(reduction),
                    change.get("rate"),
                )
            )
    return frozenset(figures), frozenset(changes)


def _unread(extracted: dict[str, Any], line: int) -> bool:
    return line_statuses(extracted["coverage"]["sentences"]).get(line) in (
        "partial",
        "not-understood",
    )


def _years_named(text: str) -> set[int]:
    return {int(y) for y in _ANY_YEAR.findall(text)}


def _fresh_year(doc_text: str) -> int:
    """A year the document never names: the one after all it names."""
    return max(_years_named(doc_text) | {2020}) + 1


def _renamed_year(old: int, new: int) -> Callable[[Reading], Reading]:
    def expect(r: Reading) -> Reading:
        figures = frozenset((u, k, new if y == old else y, v) for u, k, y, v in r[0])
        changes = frozenset(
            (u, k, new if y == old else y, new if b == old else b, d, rate)
            for u, k, y, b, d, rate in r[1]
        )
        return figures, changes

    return expect


def _flipped_category(r: Reading) -> Reading:
    other = {"CBCC": "VC", "VC": "CBCC"}
    figures = frozenset((k, other.get(c, c), y, v) for k, c, y, v in r[0])
    changes = frozenset((k, other.get(c, c), y, b, d, rate) for k, c, y, b, d, rate in r[1])
    return figures, changes


def _flipped_direction(r: Reading) -> Reading:
    return r[0], frozenset((u, k, y, b, -d, rate) for u, k, y, b, d, rate in r[1])


# --- the edits -------------------------------------------------------------------------------


def e_bullet(line: str, doc_text: str, **_: Any) -> Iterator[Mutant]:
    # harmless where the document uses both markers: "+" items sit under "-" ones there, so
    # the marker is the item's level, and changing it moves the item
    both = all(re.search(rf"^\s*\{mark}\s", doc_text, re.MULTILINE) for mark in "-+")
    m = re.match(r"(\s*)([-+])(\s+)", line)
    if m and not both:
        new = "+" if m.group(2) == "-" else "-"
        yield Mutant("bullet", 0, line[: m.start(2)] + new + line[m.end(2) :])


_PART = r"[^\d,;:()]*?\S\s+(?:\d{1,3}(?:\.\d{3})+|\d+)(?:\s+[^\d,;:()]*?)?"


def e_swap(line: str, **_: Any) -> Iterator[Mutant]:
    for joint in (" và ", "; "):
        if line.count(joint) != 1:
            continue
        left, right = line.split(joint)
        start = max(left.rfind(": "), left.rfind(", "))
        if start < 0 or (
            left[start] == "," and not re.search(r"\d(?:\s+[^\d,;:()]*)?$", left[:start])
        ):
            # a comma that closes no sibling's figure may be inside a name ("các xã, phường")
            continue
        start += 2
        end_match = re.search(r"[,.;(]\s|[.;]?\s*$", right)
        end = end_match.start() if end_match else len(right)
        a, b = left[start:], right[:end]
        if not (re.fullmatch(_PART, a) and re.fullmatch(_PART, b)):
            continue
        if len(_FIGURE.findall(a)) != 1 or len(_FIGURE.findall(b)) != 1:
            continue
        if _ANY_YEAR.search(a + b) or a[:1].isdigit() != b[:1].isdigit():
            continue
        yield Mutant("swap", 0, left[:start] + b + joint + a + right[end:])
        return


def e_rate_comma(line: str, **_: Any) -> Iterator[Mutant]:
    m = re.search(r"\s*\((tỷ\s+lệ\s+(?:giảm|tinh\s+giản)[^()]*%)\)(?=\s*[.;]?\s*$)", line)
    if m:
        yield Mutant("rate-comma", 0, line[: m.start()] + ", " + m.group(1) + line[m.end() :])


def e_base_gloss(line: str, **_: Any) -> Iterator[Mutant]:
    m = re.search(r"so\s+với\s+năm\s+(?:19|20)\d\d(?!\d)(?!\s*\()", line)
    if m:
        yield Mutant("base-gloss", 0, line[: m.end()] + " (năm gốc)" + line[m.end() :])


def e_year(line: str, doc_text: str, **_: Any) -> Iterator[Mutant]:
    fresh = _fresh_year(doc_text)
    # harmless: the year of a decision or dispatch cited ("Nghị quyết số 79/NQ-HĐND năm
    # 2024") is the text's, never a figure's
    cited = {int(m.group(1)) for m in _CITED_YEAR.finditer(line)}
    # harmless too: the end of a span a figure is kept for ("tiếp tục được giao 90 chỉ tiêu
    # đến hết năm 2026"), said after the figure of the year the text gives it
    cited |= {int(m.group(1)) for m in _KEPT_UNTIL.finditer(line)}
    for year in sorted({int(m.group(2)) for m in _YEAR.finditer(line)} - cited):
        # every mention of the year on the line, said "năm Y" or bare in a span "2021-2025"
        if len(_ANY_YEAR.findall(line)) != len(_YEAR.findall(line)):
            return
        new = _YEAR.sub(
            lambda m, y=year: m.group(1) + (str(fresh) if int(m.group(2)) == y else m.group(2)),
            line,
        )
        yield Mutant("year", 0, new, _renamed_year(year, fresh))


_CITED_YEAR = re.compile(r"(?<!\w)số\s+\d+/[\w/.-]+\s+(?:ngày\s+[\d/]+\s+)?năm\s+(\d{4})", re.I)
_KEPT_UNTIL = re.compile(r"(?<!\w)tiếp\s+tục[^.;]*?\d[^.;]*?đến\s+hết\s+năm\s+(\d{4})", re.I)
_CATEGORY_WORD = re.compile(r"(?<!\w)(công|viên)(\s+chức)(?!\w)", re.IGNORECASE)


def e_category(line: str, reading: Reading, **_: Any) -> Iterator[Mutant]:
    bare = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), line)
    found = [m for m in _CATEGORY_WORD.finditer(bare) if not _after_cadre(bare, m.start())]
    # harmless where a trade names the category ("65.980 biên chế giáo viên": teachers are
    # viên chức whatever total they are counted in)
    trade = r"chức\s+danh|viên\s+chức\s+quản\s+lý|giáo\s+viên|giảng\s+viên|bác\s+sĩ"
    if len(found) != 1 or re.search(trade, line, re.IGNORECASE):
        return
    m = found[0]
    named = "CBCC" if m.group(1).lower() == "công" else "VC"
    kinds = {k for _, k, *_ in (*reading[0], *reading[1])}
    if kinds != {named}:
        return
    word = m.group(1)
    swapped = (
        ("viên" if word.lower() == "công" else "công").capitalize()
        if word[0].isupper()
        else ("viên" if word == "công" else "công")
    )
    yield Mutant("category", 0, line[: m.start(1)] + swapped + line[m.end(1) :], _flipped_category)


def _after_cadre(text: str, at: int) -> bool:
    return bool(re.search(r"cán\s+bộ,?\s*$", text[:at], re.IGNORECASE))


def e_direction(line: str, reading: Reading, **_: Any) -> Iterator[Mutant]:
    if not reading[1] or re.search(r"(?<!\w)tăng(?!\w)", line, re.IGNORECASE):
        return
    found = list(re.finditer(r"(?<!\w)(?<!tinh\s)(?<!cắt\s)giảm(?=\s+(?:\d|thêm\s+\d))", line))
    if len(found) == 1 and len(re.findall(r"(?<!\w)giảm(?!\w)", line)) == 1:
        m = found[0]
        yield Mutant(
            "direction", 0, line[: m.start()] + "tăng" + line[m.end() :], _flipped_direction
        )


_ITEM = re.compile(r"^(\s*(?:[-+•]\s+|[a-zđ]\)\s+|\d+(?:\.\d+)*[.)]\s+)?)([^\d:;()]{3,60}?):\s")


def e_contract(line: str, reading: Reading, **_: Any) -> Iterator[Mutant]:
    m = _ITEM.match(line)
    if not m or not (reading[0] or reading[1]) or re.search(r"hợp\s+đồng", line, re.IGNORECASE):
        return
    name = m.group(2)
    label = "Lao động hợp đồng theo Nghị định 111/2022/NĐ-CP tại " + name[:1].lower() + name[1:]
    yield Mutant("contract", 0, line[: m.start(2)] + label + line[m.end(2) :])


_PLACE = re.compile(
    r"(?<!\w)(?:tỉnh|thành\s+phố|huyện|thị\s+xã|xã|phường)\s+(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]\w*\s*){1,3}",
)


def e_former(
    line: str, reading: Reading, units: dict[str, Any], doc_text: str, **_: Any
) -> Iterator[Mutant]:
    if "(cũ)" in line:
        return
    names = [str(u) for u, *_ in (*reading[0], *reading[1])]  # units by name
    for m in _PLACE.finditer(line):
        place = m.group(0).rstrip()
        kind = place.split()[0].lower()
        # harmless where the document names no other place of that kind: its own province
        # (or district) then, whose figures a former one's are as well
        others = {p.group(0).rstrip() for p in _PLACE.finditer(doc_text)} - {place}
        if not any(o.split()[0].lower() == kind for o in others):
            continue
        if any(place.lower() in n.lower() for n in names):
            end = m.start() + len(place)
            yield Mutant("former", 0, line[:end] + " (cũ)" + line[end:])
            return


def e_held(line: str, reading: Reading, **_: Any) -> Iterator[Mutant]:
    if not reading[0] or re.search(r"(?<!\w)(?:có|hiện)(?!\w)", line, re.IGNORECASE):
        return
    for m in _FIGURE.finditer(line):
        if _ANY_YEAR.fullmatch(m.group(1)) or not _NOUN.match(line, m.end()):
            continue
        if not re.search(r":\s*$", line[: m.start()]):
            continue
        yield Mutant("held", 0, line[: m.start()] + "hiện có " + line[m.start() :])
        return


def e_part_year(line: str, reading: Reading, doc_text: str, **_: Any) -> Iterator[Mutant]:
    values = {v for *_, v in reading[0]}
    spots = [
        m
        for m in _FIGURE.finditer(line)
        if not _ANY_YEAR.fullmatch(m.group(1)) and int(m.group(1).replace(".", "")) in values
    ]
    if len(spots) < 2 or len(values) != len(reading[0]):
        return
    fresh = _fresh_year(doc_text)
    for m in spots:
        noun = _NOUN.match(line, m.end())
        if not noun or re.match(r"\s*(?:năm|so\s+với)", line[noun.end() :]):
            continue
        value = int(m.group(1).replace(".", ""))

        def expect(r: Reading, value: int = value, fresh: int = fresh) -> Reading:
            return frozenset((u, k, fresh if v == value else y, v) for u, k, y, v in r[0]), r[1]

        end = noun.end()
        yield Mutant("part-year", 0, line[:end] + f" năm {fresh}" + line[end:], expect)


# --- rewordings the genre's drafters use (session 19) ----------------------------------------

_POSTS = r"(?:biên\s+chế|chỉ\s+tiêu|người|công\s+chức|viên\s+chức)(?!\w)"
_NUMBER = r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?![\d,%])"
# posts, not people: "tinh giản 41 người" may be people who left under the severance decrees
_CUT = re.compile(
    rf"(?<!\w)(giảm|tinh\s+giản|cắt\s+giảm)(\s+{_NUMBER}\s+(?:chỉ\s+tiêu\s+)?biên\s+chế)(?!\w)"
)
_ANY_CUT_VERB = re.compile(r"(?<!\w)(?<!lệ\s)(?:giảm|tinh\s+giản)(?!\w)", re.IGNORECASE)


def e_verb(line: str, reading: Reading, **_: Any) -> Iterator[Mutant]:
    found = list(_CUT.finditer(line))
    if not reading[1] or len(found) != 1 or len(_ANY_CUT_VERB.findall(line)) != 1:
        return
    m = found[0]
    verb = re.sub(r"\s+", " ", m.group(1))
    for other in ("giảm", "tinh giản", "cắt giảm"):
        if other != verb:
            yield Mutant("verb", 0, line[: m.start(1)] + other + line[m.end(1) :])


_BASE = re.compile(r"(?<!\w)so\s+với\s+năm\s+((?:19|20)\d\d)(?!\d)(?!\s*\()")
_BASE_GIVEN = re.compile(r"(?<!\w)so\s+với\s+số\s+được\s+giao\s+năm\s+((?:19|20)\d\d)(?!\d)")


def _either_way(
    edit: str, line: str, one: re.Pattern[str], as_other: str, other: re.Pattern[str], as_one: str
) -> Iterator[Mutant]:
    """A wording said one way written the other, or the other way written the first."""
    if one.search(line):
        yield Mutant(edit, 0, one.sub(as_other, line))
    elif other.search(line):
        yield Mutant(edit, 0, other.sub(as_one, line))


def e_base_phrase(line: str, **_: Any) -> Iterator[Mutant]:
    yield from _either_way(
        "base-phrase", line, _BASE, r"so với số được giao năm \1", _BASE_GIVEN, r"so với năm \1"
    )


_RATE = r"\d+(?:,\d+)?\s*%"
_COMMA_RATE = re.compile(rf",\s+(tỷ\s+lệ\s+giảm|tương\s+ứng|đạt\s+tỷ\s+lệ)\s+({_RATE})")
_PAREN_RATE = re.compile(rf"\(tỷ\s+lệ\s+giảm\s+({_RATE})\)")


def e_rate_word(line: str, **_: Any) -> Iterator[Mutant]:
    found = list(_COMMA_RATE.finditer(line))
    if len(found) == 1:
        m = found[0]
        said = re.sub(r"\s+", " ", m.group(1))
        for other in ("tỷ lệ giảm", "tương ứng", "đạt tỷ lệ"):
            if other != said:
                text = line[: m.start(1)] + other + line[m.end(1) :]
                yield Mutant("rate-word", 0, text)
    paren = list(_PAREN_RATE.finditer(line))
    if len(paren) == 1:
        m = paren[0]
        yield Mutant("rate-word", 0, line[: m.start()] + f"(giảm {m.group(1)})" + line[m.end() :])


_VALUE = re.compile(
    rf"(?<!\w)(là|còn)(\s+{_NUMBER}\s+{_POSTS}[^,;()]{{0,20}}?)(?=\s*(?:,\s*|\(\s*)giảm\s+\d)"
)


def e_value_word(line: str, reading: Reading, **_: Any) -> Iterator[Mutant]:
    found = list(_VALUE.finditer(line))
    if not reading[0] or len(found) != 1:
        return
    m = found[0]
    # "còn" only after the figure's year: "tinh giản còn 970" keeps its verb
    if m.group(1) == "còn" and not re.search(r"năm\s+\d{4}\s*$", line[: m.start()]):
        return
    other = "còn" if m.group(1) == "là" else "là"
    yield Mutant("value-word", 0, line[: m.start(1)] + other + line[m.end(1) :])


_TO_YEAR = re.compile(
    r"(?<![\w-])(đến\s+(?:hết\s+)?)năm\s+((?:19|20)\d\d)(?!\d)"
    r"(?=\s*,?\s*(?:là|còn|giảm|tinh\s+giản|có|được\s+giao)\s)"
)
_YEAR_IS = re.compile(
    r"(?:^|(?<=[,;:.]\s)|(?<=^[-+•]\s))năm\s+((?:19|20)\d\d)(?=\s+(?:là|còn)\s+\d)"
)


def e_year_phrase(line: str, **_: Any) -> Iterator[Mutant]:
    years = _years_named(line)
    if re.search(r"(?<!\w)(?:từ|giai\s+đoạn)(?!\w)", line, re.IGNORECASE) or len(years) < 2:
        return  # a span, or a line naming one year: the year may be the plan's end
    for m in _TO_YEAR.finditer(line):
        if int(m.group(2)) == min(years):
            continue
        # "đến hết năm Y" → "đến năm Y"; "đến năm Y" → "năm Y"
        lead = "đến " if "hết" in m.group(1) else ""
        yield Mutant("year-phrase", 0, line[: m.start(1)] + lead + line[m.end(1) :])
        return
    for m in _YEAR_IS.finditer(line):
        if int(m.group(1)) != min(years):
            yield Mutant("year-phrase", 0, line[: m.start()] + "đến " + line[m.start() :])
            return


def e_marker(line: str, doc_text: str, **_: Any) -> Iterator[Mutant]:
    def uses(mark: str) -> bool:
        return bool(re.search(rf"^\s*{mark}\s", doc_text, re.MULTILINE))

    m = re.match(r"(\s*)([-+]|[a-zđ]\))(\s+)", line)
    if not m:
        return
    head, rest = line[: m.start(2)], line[m.end(2) :]
    if m.group(2) in "-+":
        if uses(r"\-") and uses(r"\+"):
            return  # the marker is the item's level there
        if not uses("•"):
            yield Mutant("marker", 0, head + "•" + rest)
        if not uses(r"[a-zđ]\)"):
            yield Mutant("marker", 0, head + "a)" + rest)
    elif not uses(r"\-"):
        yield Mutant("marker", 0, head + "-" + rest)


_BARE_POSTS = re.compile(r"(?<=\d)(\s+)(biên\s+chế)(?!\w)")
_TARGET_POSTS = re.compile(r"(?<=\d)(\s+)chỉ\s+tiêu\s+(biên\s+chế)(?!\w)")


def e_unit_word(line: str, **_: Any) -> Iterator[Mutant]:
    yield from _either_way("unit-word", line, _TARGET_POSTS, r"\1\2", _BARE_POSTS, r"\1chỉ tiêu \2")


_TRAILING_BASE = re.compile(
    rf"(?<=\d\s)(?:{_POSTS}[^\d,;:()]{{0,30}}?)(\s+so\s+với\s+năm\s+(?:19|20)\d\d)(?!\d)"
    rf"(?=(?:\s*,\s*(?:tỷ\s+lệ\s+giảm|tương\s+ứng)\s+{_RATE})?\s*[.;]?\s*$)"
)


def e_fronted(line: str, reading: Reading, **_: Any) -> Iterator[Mutant]:
    """A comparison with the line's one year said last, moved to the front of the sentence."""
    if not reading[1] or len(re.findall(r"so\s+với", line)) != 1 or re.search(r"[;:]", line):
        return
    if len(_ANY_CUT_VERB.findall(line)) != 1 or re.search(r"\.\s+\S", line.rstrip(".")):
        return  # one cut, one sentence, no item label: the front is that cut's
    m = _TRAILING_BASE.search(line)
    if not m:
        return
    marker = re.match(r"\s*(?:[-+•]\s+|[a-zđ]\)\s+|\d+(?:\.\d+)*[.)]\s+)?", line)
    start = marker.end() if marker else 0
    body = line[start : m.start(1)] + line[m.end(1) :]
    front = m.group(1).strip()
    # the body's first word lowered, unless it opens a proper name ("Bắc Ninh", "Sở Y tế")
    proper = re.match(r"[A-ZĐÀ-Ỹ]\w*\s+[A-ZĐÀ-Ỹ]", body)
    front = front[:1].upper() + front[1:] + ", " + (body if proper else body[:1].lower() + body[1:])
    yield Mutant("fronted", 0, line[:start] + front)


EDITS: dict[str, Callable[..., Iterator[Mutant]]] = {
    "bullet": e_bullet,
    "swap": e_swap,
    "rate-comma": e_rate_comma,
    "base-gloss": e_base_gloss,
    "year": e_year,
    "category": e_category,
    "direction": e_direction,
    "contract": e_contract,
    "former": e_former,
    "held": e_held,
    "part-year": e_part_year,
    "verb": e_verb,
    "base-phrase": e_base_phrase,
    "rate-word": e_rate_word,
    "value-word": e_value_word,
    "year-phrase": e_year_phrase,
    "marker": e_marker,
    "unit-word": e_unit_word,
    "fronted": e_fronted,
}


# --- the run ---------------------------------------------------------------------------------


def correct_lines(doc: Document, extracted: dict[str, Any]) -> list[int]:
    """The staffing lines the reader reads right (something taken, all as the truth says)."""
    s = score(doc, extracted, None, 1)
    wrong = {int(x.split(":", 1)[0]) for x in s.misread + s.not_correct if x[:1].isdigit()}
    if any(x.startswith("unit ") for x in s.misread):
        return []
    lines = sorted({int(st["line"]) for st in doc.truth.get("statements") or []} - wrong)
    return [n for n in lines if any(reading_of(extracted, n))]


def _judge(m: Mutant, before: Reading, extracted: dict[str, Any] | None) -> tuple[str, bool]:
    if extracted is None or _unread(extracted, m.line):
        return "unread", False
    after = reading_of(extracted, m.line)
    if not any(after):
        return "unread", False
    preserving = m.edit in PRESERVING
    if after == before:
        return "kept", not preserving
    if preserving:
        return "other", True
    if m.expect is None or _unnamed(after) == _unnamed(m.expect(before)):
        return "expected", False
    return "other", False


def _unnamed(r: Reading) -> tuple[list[str], list[str]]:
    """A reading without the reader's unit ids (an edited name is a new id)."""
    return sorted(map(repr, (x[1:] for x in r[0]))), sorted(map(repr, (x[1:] for x in r[1])))


def _show(r: Reading) -> str:
    return ", ".join(sorted(str(x) for x in (*r[0], *r[1])))


def mutate_document(doc: Document, chosen: list[str]) -> Iterator[Outcome]:
    text = doc.path.read_text(encoding="utf-8")
    name = doc.path.name
    base = read(text, name)
    if base is None:
        return
    units = {u["id"]: u for u in base["plan"].get("units") or []}
    lines = text.split("\n")
    for number in correct_lines(doc, base):
        line = lines[number - 1]
        before = reading_of(base, number)
        for edit in chosen:
            for m in EDITS[edit](line, reading=before, doc_text=text, units=units):
                if m.text == line:
                    continue
                m.line = number
                edited = "\n".join([*lines[: number - 1], m.text, *lines[number:]])
                try:
                    extracted = read(edited, name)
                except Exception as error:  # a crash is the worst finding of all
                    yield Outcome(
                        edit, doc.slug, number, "crash", True, _show(before), repr(error), m.text
                    )
                    continue
                verdict, suspect = _judge(m, before, extracted)
                after = reading_of(extracted, number) if extracted else (frozenset(), frozenset())
                yield Outcome(
                    edit, doc.slug, number, verdict, suspect, _show(before), _show(after), m.text
                )


def hunt(
    roots: list[Path], chosen: list[str], slug: str | None = None
) -> Iterator[tuple[str, Outcome]]:
    for root in roots:
        for doc in documents(root):
            if slug and slug not in doc.slug:
                continue
            for outcome in mutate_document(doc, chosen):
                yield root.name, outcome


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.corpus.mutate")
    parser.add_argument("--root", type=Path, action="append", help="a set (default: corpus)")
    parser.add_argument("--only", action="append", choices=sorted(EDITS))
    parser.add_argument("--slug", help="only documents whose folder contains this")
    parser.add_argument("--show", action="store_true", help="print each SUSPECT's line")
    parser.add_argument("--unread", action="store_true", help="print each line an edit left unread")
    args = parser.parse_args()
    roots = args.root or [CORPUS]
    chosen = args.only or list(EDITS)
    tallies = {edit: Tally() for edit in chosen}
    for set_name, o in hunt(roots, chosen, args.slug):
        tally = tallies[o.edit]
        tally.tried += 1
        tally.counts[o.verdict] += 1
        if args.unread and o.verdict == "unread":
            print(f"UNREAD [{o.edit}] {set_name}/{o.slug} line {o.line}")
            print("   |", o.text[:300])
        if not o.suspect:
            continue
        tally.suspects += 1
        print(f"SUSPECT [{o.edit}] {set_name}/{o.slug} line {o.line}: {o.verdict}")
        if args.show:
            print("   |", o.text[:300])
            print("   before:", o.before[:300])
            print("   after: ", o.after[:300])
    print(
        f"{'edit':<11} {'tried':>6} {'kept':>6} {'expected':>9} {'unread':>7} {'other':>6}"
        f" {'crash':>6} SUSPECT"
    )
    for edit, t in tallies.items():
        c = t.counts
        print(
            f"{edit:<11} {t.tried:>6} {c['kept']:>6} {c['expected']:>9} {c['unread']:>7}"
            f" {c['other']:>6} {c['crash']:>6} {t.suspects:>7}"
        )


if __name__ == "__main__":
    main()
