"""Pass 3, statements: a qualifier written after a figure is that figure's, never the next's.

"..., trong đó tỉnh A cũ 1.200 biên chế năm 2020, tỉnh B cũ 1.000 biên chế": the year after
1.200 is 1.200's. Read as the words before the next figure it would be the next part's year (a
misread), and a part of a 2021 figure written as a 2020 figure is no part of it: the sentence
is not understood. The same holds for a category ("1.800 biên chế viên chức" listed in công
chức), a level ("800 biên chế cấp huyện": some of the body's posts, not all) or a former place
("(cũ)") written after a part's count. A qualifier saying again what the list's head says (its
own year, its own category) is harmless and is dropped.
"""

from __future__ import annotations

import re

from lotrinh.extract.document import YEAR
from lotrinh.extract.result import Message
from lotrinh.model import Category

_I = re.IGNORECASE

_TRAIL = re.compile(
    r"\s*(?:"
    rf"\(\s*(?:(?:đến|vào|trong)\s+)?năm\s+(?P<paren>{YEAR})\s*\)"
    # ("... là 2.677 biên chế được giao năm 2021": the year the figure was given, its own)
    rf"|(?:(?:đến|vào|trong)\s+|(?:được\s+)?giao\s+)?năm\s+(?P<year>{YEAR})"
    r"|(?:biên\s+chế\s+)?(?P<category>công\s+chức|viên\s+chức|người\s+làm\s+việc"
    r"|hợp\s+đồng(?:\s+lao\s+động)?)"
    r"|(?P<level>cấp\s+(?:tỉnh|huyện|xã))"
    r"|(?P<former>\(\s*cũ\s*\)|cũ)"
    # then the item's end: a separator, "và", or the sentence's end
    r")(?=\s*(?:[,;.]|và(?!\w)|$))",
    _I,
)
_CATEGORIES = (
    (re.compile(r"công\s+chức", _I), Category.CBCC),
    (re.compile(r"viên\s+chức|người\s+làm\s+việc", _I), Category.VC),
)
_NO_SUBJECT = re.compile(
    r"(?:[\s,;:.]|(?<!\w)(?:và|là|còn|đến|tới|"
    rf"năm\s+{YEAR}|trong\s+đó|bao\s+gồm|gồm|cụ\s+thể|như\s+sau)(?!\w))*",
    _I,
)
"""Words after a figure's own year naming no subject: the same figure going on (a change, a
year chain, ", trong đó" or ", gồm:" opening its parts)."""
_OPENS_PARTS = re.compile(r"[\s,;]*(?:[:(]|(?:trong\s+đó|bao\s+gồm|gồm|cụ\s+thể)(?!\w))", _I)

NOT_ITS_LIST = Message(
    "năm, loại biên chế hoặc cấp viết sau số này không phải của danh sách chứa nó: không rõ số "
    "này là phần của số nào",
    "the year, category or level written after this count is not its list's: whose part it "
    "is, is not clear",
)
OF_ANOTHER_YEAR = Message(
    "năm viết sau số này khác năm của câu: không rõ số này của năm nào",
    "the year written after this count is not the sentence's: which year it is of is unclear",
)


def trailing_qualifier(gap: str) -> re.Match[str] | None:
    """The qualifier opening the words after a figure, up to its item's end ("năm 2020" in
    " năm 2020, tỉnh B cũ "), or None."""
    return _TRAIL.match(gap)


def trailing_year(trail: re.Match[str]) -> int | None:
    """The year a trailing qualifier names, or None."""
    year = trail.group("paren") or trail.group("year")
    return int(year) if year else None


def part_fits(trail: re.Match[str], year: int | None, category: Category | None) -> bool:
    """Whether a qualifier after a part's count says again what its list's head says (its
    year, its category): only then is the count a part of that head. A level or a former
    place after the count, or contract staff, never is (some of the part, or another)."""
    written = trailing_year(trail)
    if written is not None:
        return written == year
    words = trail.group("category")
    if words is None:
        return False
    named = next((cat for pattern, cat in _CATEGORIES if pattern.fullmatch(words)), None)
    return named is not None and named == category


def names_another(rest: str) -> bool:
    """Whether the words after a trailing year and its item's end name a subject of their own
    (", Sở B được giao "), so that the year would be taken as that subject's; a list opening
    (", trong đó ", ", gồm: sự nghiệp giáo dục "), a year chain or nothing is the same figure
    going on."""
    return _OPENS_PARTS.match(rest) is None and _NO_SUBJECT.fullmatch(rest) is None


def item_rest(gap: str, trail: re.Match[str]) -> str:
    """The words after a trailing qualifier, its item's end included."""
    return gap[trail.end() :]
