"""The walk's units: the context's unit, wholes, own posts, bodies and receivers,
blocks, and the unit a statement's subject names (`_unit`).

Part of `build`'s walk, split from it by theme: `_Walk`'s methods of this theme.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from lotrinh.extract.document import YEAR, Sentence, Token
from lotrinh.extract.leads import receiving_body, unknown_body
from lotrinh.extract.lexicon import (
    EXCLUDING,
    GROUP_OF,
    ORGANISATION,
    RESERVE_WORD,
    Scope,
    category_mentioned,
    counts_part_time,
    groups_in,
    half_named,
    kind_of,
    known_block,
    one_half,
    reserve_joined,
    scope_of,
)
from lotrinh.extract.merged import merger_marks
from lotrinh.extract.sentence import Kind, Statement, Subject, category_alone
from lotrinh.extract.statements import BARE_TOTAL, OPENS, one_line, read_sentence
from lotrinh.extract.subjects import BOTH_CATEGORIES, own_posts_given, read_subject
from lotrinh.extract.units import TOTAL_ID, bodies_meant
from lotrinh.extract.walk_base import _WalkBase
from lotrinh.extract.walk_common import (
    _AGAINST_PREVIOUS,
    _ALL_HOI,
    _BARE_POSTS,
    _OWN_POSTS,
    _READ_AHEAD,
    _ROADMAP_CATEGORY_LEAD,
    _SECTION_LEVELS,
    _UNREAD_OPENER,
    Resolved,
    _entry,
    _folded,
    _level,
    _parts_after_it,
)
from lotrinh.model import Category

_PROPER_AFTER = re.compile(r"\s(?-i:[A-ZĐ])")


_OF_THE_PLACE = re.compile(r"(?<!của)\s(?:tỉnh|huyện|thị\s+xã|thành\s+phố|quận)$", re.IGNORECASE)


def _body_named(name: str) -> bool:
    """Whether a name looks like a body's, though the lexicon does not know it: capitalised,
    with a proper name after its first word ("Đoàn Nghệ thuật ...") or of the place ("Bảo tàng
    tỉnh"), and no figure (a document cited, "theo Nghị quyết số 95/NQ-HĐND", names none)."""
    name = name.strip()
    return (
        name[:1].isupper()
        and not any(character.isdigit() for character in name)
        and (_PROPER_AFTER.search(name) is not None or _OF_THE_PLACE.search(name) is not None)
    )


_NOTHING_NARROWER = re.compile(
    r"(?:tổng(?:\s+số|\s+cộng)?)(?:\s+(?:số\s+)?biên\s+chế)?"
    r"(?:\s+(?:được\s+)?(?:giao|phân\s+bổ))?\s*$",
    re.IGNORECASE,
)
"""A total naming nothing but posts ("Tổng số biên chế được giao"): no place, category or
body of its own."""


_WHOLE_PLACE = re.compile(
    r"(?<!\w)toàn\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã|quận|bộ|ngành)(?!\w)", re.IGNORECASE
)
"""A block named as the whole place: never of one heading's category (nor one named as less
some posts, `EXCLUDING`)."""


_BARE_BLOCK = re.compile(r"(?:(?:tổng\s+)?(?:số\s+)?biên\s+chế\s+(?:của\s+)?)?khối", re.IGNORECASE)
"""A block named by its head word alone ("khối", "biên chế của khối")."""


_OF_THE_BLOCK = re.compile(
    r"(?:lộ\s+trình\s+)?tổng\s+(?:số\s+)?biên\s+chế\s+(?:của\s+)?khối", re.IGNORECASE
)
"""A total of "the block", named by no name: the text's one block (`_one_whole_again`)."""


_POSTS_OF_THE_BLOCK = re.compile(r"biên\s+chế\s+(?:của\s+)?khối", re.IGNORECASE)
"""The same said without "Tổng" ("Biên chế của khối qua các năm: năm 2021 là 92; ...")."""


_ONE_WHOLE_LOOKS = 200
"""How many stated figures `_one_whole_again` looks through (a bound: it stays linear)."""


_PAID_FROM_BUDGET = re.compile(
    r"(?:số\s+(?:lượng\s+)?)?người\s+hưởng\s+lương\s+(?:từ\s+)?(?:ngân\s+sách(?:\s+nhà\s+nước)?"
    r"|NSNN)",
    re.IGNORECASE,
)


_PAID_FROM_BUDGET_SAID = re.compile(
    r"người\s+làm\s+việc\s+hưởng\s+lương\s+(?:từ\s+)?(?:ngân\s+sách|NSNN)", re.IGNORECASE
)


_YEARLY_CATEGORY_LEAD = re.compile(
    # "Số người làm việc toàn ngành giảm dần qua các năm:", "Biên chế công chức hằng năm như
    # sau:": a category's posts, then only that they are listed year by year
    r"(?P<subject>[^\d:;,()]{3,80}?)\s+(?:(?:giảm|tăng)(?:\s+dần)?\s+)?(?:qua\s+)?"
    r"(?:các|từng|hằng|mỗi)\s+năm(?:\s+như\s+sau|\s*,?\s*cụ\s+thể(?:\s+như\s+sau)?)?\s*:\s*$",
    re.IGNORECASE,
)


_GIVER_KIN = (
    (
        re.compile(r"Bộ\s+Nội\s+vụ", re.IGNORECASE),
        re.compile(r"(?:Cơ\s+quan\s+)?Bộ\s+(?!Nội\s+vụ|Chỉ\s+huy)[A-ZĐ]"),
    ),
    (
        re.compile(r"Ban\s+Tổ\s+chức\s+Trung\s+ương", re.IGNORECASE),
        re.compile(
            r"(?:Cơ\s+quan\s+)?Ban\s+(?!Tổ\s+chức\s+Trung)[A-ZĐ][^,;:()0-9]{0,40}Trung\s+ương"
        ),
    ),
)
"""A giver that is itself one of a kind of bodies given posts, and the names of its kin: the
other ministries; the Party's other central boards."""


_SUBJECT_WORDS = re.compile(r"[^:0-9]{1,120}")
"""An item's words before its first colon or digit: its subject, if it names one."""


def _names_a_body(text: str) -> bool:
    """Whether an item opens with a body or a scope, capitalised, as its subject ("Bộ Tư pháp:
    1.200 biên chế;", "Sở Y tế: 80", "Cấp tỉnh: 600"), never a giver nor a category."""
    words = _SUBJECT_WORDS.match(text.lstrip(" -–+•.;"))
    if words is None or not words.group()[:1].isupper() or not ORGANISATION.match(words.group()):
        return False
    return read_subject(words.group()).kind is Kind.BLOCK


_BLOCK_WORD = re.compile(r"(?<!\w)khối(?!\w)", re.IGNORECASE)


_TOTAL_WORD = re.compile(r"tổng\b", re.IGNORECASE)


_OF_SHORT_BODY = re.compile(r"(?<!\w)(?:của|thuộc)\s+(?P<body>\w+(?:\s+\w+)?)\s*$")
"""A category's name closing with its owner ("... của Sở"), for `_short_bodies`."""


_OWN_PROVINCE = re.compile(r"(?:toàn\s+)?(?:tỉnh|thành\s+phố)", re.I)


_OWN_POSTS_AFTER = re.compile(
    rf"\s*(?:biên\s+chế|chỉ\s+tiêu(?:\s+biên\s+chế)?)(?:\s+(?:trong\s+|của\s+)?năm\s+{YEAR})?\s*[.;]?\s*",
    re.I,
)
"""All a count of the text's own posts may have after it (`_own_posts`): its word, its year."""


def _same_body(name: str, headline: str | None) -> bool:
    """Whether a heading names the body the headline names ("1. Sở A" under "Kế hoạch ...
    của Sở A"): its counts are the text's own."""
    name = re.sub(r"^\s*(?:[0-9IVX]+[.)]\s*)+", "", name).strip(" :.")
    return (
        headline is not None
        and bool(name)
        and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", headline, re.I) is not None
    )


_WHOLE_PARTS = frozenset({Category.CBCC, Category.VC, Category.HOI})


_RESERVE_PART = re.compile(r"(?:biên\s+chế\s+)?dự\s+phòng", re.I)
"""The categories a whole's split names, and its reserve (`_whole_unnamed`)."""


def _split_of_whole(categories: Sequence[Category | None], count: int) -> bool:
    """Whether parts of these categories (one each) are a whole's split: its công chức, its
    viên chức, perhaps the hội's posts, nothing else."""
    found = set(categories)
    return (
        len(categories) == count == len(found)
        and {Category.CBCC, Category.VC} <= found
        and found <= _WHOLE_PARTS
    )


_SUMMED_WHOLE = re.compile(
    r"(?:tổng\s+cộng|cộng\s+chung|tính\s+chung)\s*,\s*toàn\s+(?:hệ\s+thống\s+chính\s+trị\s+)?"
    r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)",
    re.IGNORECASE,
)
"""A sum opening the sentence, then the whole place: "Tổng cộng, toàn tỉnh", "Tổng cộng, toàn
hệ thống chính trị tỉnh" (`_Walk._summed_whole`)."""


_ROADMAP_HEADING = re.compile(
    # "3. Lộ trình hằng năm", "3. Lộ trình giảm biên chế hằng năm": a roadmap's own heading
    r"^\W*(?:[0-9IVX]+[.)]\s*)?(?:về\s+)?lộ\s+trình(?:\s+(?:giảm|tinh\s+giản)(?:\s+biên\s+chế)?)?"
    r"(?:\s+(?:hằng|hàng|từng)\s+năm|\s+thực\s+hiện)?"
    # ("3. Lộ trình hằng năm (tổng biên chế khối Đảng, đoàn thể huyện)": a gloss saying its
    # items are a total; which whole's is still the figures' anchor, `_anchored_whole`)
    r"(?:\s*\(\s*tổng\s+(?:số\s+)?biên\s+chế\b[^()]*\))?"
    # ("2. Về lộ trình hằng năm, Kế hoạch ghi như sau:", "Lộ trình giảm, cụ thể:": the same
    # heading, quoting the plan reviewed or opening its list; no unit named)
    r"(?:\s*,\s*(?:(?:kế\s+hoạch|dự\s+thảo|tờ\s+trình|đề\s+án)\s+(?:ghi|nêu|xác\s+định)"
    r"(?:\s+như\s+sau)?|cụ\s+thể|như\s+sau))?\s*:?\s*$",
    re.IGNORECASE,
)


_POSTS_HEAD = re.compile(r"^(?:số\s+lượng\s+)?biên\s+chế\s+(?:của\s+)?", re.IGNORECASE)


_SEVERAL_BODIES = re.compile(r",|(?<!\w)và(?!\w)")


def _recalled_figures(statement: Statement, value: int) -> set[tuple[int, int]]:
    """The figures of other years a statement's figure and its changes give, where a change
    counts its posts and names its base year ("1.238 người, giảm 26 người so với năm 2021":
    1.264 in 2021). None from a change against the year before, a further cut or a least cut
    the law asks for (their base is not the figure's), nor one that gives no positive figure."""
    found: set[tuple[int, int]] = set()
    for change in statement.changes:
        if (
            change.count is None
            or change.base_year is None
            or change.previous
            or change.further
            or change.bound
        ):
            continue
        before = value - change.count if change.increase else value + change.count
        if before > 0:
            found.add((change.base_year, before))
    return found


def _own_reserve(statement: Statement) -> bool:
    """Whether the statement is a body's own reserve, counted inside the body's figure
    (`statements._own_reserve`): of the body's category, none where none is told."""
    return (
        statement.subset
        and statement.container is not None
        and statement.container.subject.kind is Kind.BLOCK
        and RESERVE_WORD.search(statement.subject.name) is not None
    )


_AMONG_OPENING = re.compile(r"\W*trong\s+đó(?!\w)", re.IGNORECASE)
"""A sentence opening with "Trong đó": the parts or some of the figure said right before."""


class _UnitsMixin(_WalkBase):
    def _among_bodies(self, sentence: Sentence, every: bool = False) -> bool:
        """Whether a sentence is an item of a list (under a heading or a lead) whose other
        items of its level name a body or a scope as their subject ("a) Bộ Tư pháp: 1.200 biên
        chế;", "- Sở Y tế: 80"): an item naming none there is one body's share, unnamed, and
        a giver in it may be one of the bodies (eng-latent8). `every`: each other item of
        its level names one. Bounded: the items within `_READ_AHEAD` sites of the list's
        start, each read once a list."""
        line = sentence.line
        if line.marker is None or self.table is not None:
            return False
        level = _level(line.marker)
        first = self._list_start()
        key = (first, level)
        if key not in self.bodies_listed:
            named: set[int] = set()
            items: set[int] = set()
            for site in self.sites[first : first + 1 + 2 * _READ_AHEAD]:
                if site.heading is not None or site.table is not None or site.line.marker is None:
                    break
                if site.sentence is None or _level(site.line.marker) != level:
                    continue
                items.add(site.line.number)
                if _names_a_body(site.sentence.text):
                    named.add(site.line.number)
            self.bodies_listed[key] = named, items
        named, items = self.bodies_listed[key]
        others = named - {line.number}
        return bool(others) and (not every or others == items - {line.number})

    def _giver_among_kin(self, giver: str) -> bool:
        """Whether a giver that is itself a body of a kind the text gives posts to ("Bộ Nội
        vụ" in a text stating other ministries' figures, "Ban Tổ chức Trung ương" among the
        Party's central boards) stands among bodies of its kind: a unit read before, or a
        sentence within `_READ_AHEAD` sites after opening with one. Its count may be its own
        posts or the whole's (eng-latent8: "Bộ Nội vụ giao 1.062 biên chế công chức." after
        two ministries' figures was read as the text's CBCC)."""
        kin = next((k for g, k in _GIVER_KIN if g.match(giver)), None)
        if kin is None:
            return False
        if any(kin.match(unit.name) for unit in self.registry.units.values()):
            return True
        ahead = self.sites[self.site_index + 1 : self.site_index + 2 + _READ_AHEAD]
        return any(
            site.sentence is not None and kin.match(site.sentence.text.lstrip(" -–+•.;"))
            for site in ahead
        )

    def _chain_unit(self, statements: list[Statement]) -> str | None:
        """The unit of a year chain naming none ("Lộ trình giảm ... cho từng năm: năm 2022 còn
        1.102 biên chế, ..., năm 2026 còn 1.044"), where the context gives no unit: the one
        unit the text already gave one of its links' figures for that year, when it gives no
        other link's year another figure."""
        if len(statements) < 3 or any(
            s.subject.kind is not None or s.subject.year is None or s.value is None
            for s in statements
        ):
            return None
        if self._context_unit(statements[0]) is not None:
            return None
        links = {(s.subject.year, s.value) for s in statements}
        if not any(
            (year, value) in links
            for value in {s.value or 0 for s in statements}
            for _, year in self.figures.get(value, set())
        ):
            return None
        # (a headline restates the body: its figures name no unit of their own)
        units = {
            c.unit
            for c in self.claims.values()
            if (c.year, c.value) in links and c.sentence.line.number != self.headline
        }
        if len(units) != 1:
            return None
        unit = units.pop()
        years = {year for year, _ in links}
        if any(
            c.unit == unit and c.value is not None and (c.year, c.value) not in links
            for c in self.claims.values()
            if c.year in years
        ):
            return None  # another figure of the unit for one of the chain's years
        return unit

    def _figure_named(self, count: int | None) -> tuple[str, int | None] | None:
        """The one unit and year of the text read so far whose figure is `count`, if exactly
        one is (a count said again names its figure only where no other has it)."""
        if count is None:
            return None
        found = self.figures.get(count, set())
        return next(iter(found)) if len(found) == 1 else None

    def _context_unit(self, statement: Statement) -> tuple[Subject, str | None] | None:
        """The unit a statement naming none speaks of, from its context: "- Năm 2025: giao
        3.096 biên chế" listed under a unit's own line is that unit in another year; under a
        heading naming one category ("1. Biên chế công chức"), that category."""
        subject = statement.subject
        if self.label is not None:
            # "a) Biên chế công chức: năm 2021 được giao 1.812 biên chế. Năm 2024 giao 1.745
            # biên chế, ...": the label speaks for every sentence of its line
            named = replace(self.label, year=subject.year)
            return named, None
        if self.table is not None and subject.name:
            # A line of a table row ("Văn hóa - thông tin - thể thao" under "Viên chức"): the
            # table's layout says it names a part, whatever its words. A row of its own whose
            # name was not understood is no unit, least of all the heading's category.
            return (replace(subject, kind=Kind.BLOCK), None) if self.row_depth else None
        if subject.year is not None and self.enumerations and self.last is not None:
            top = self.enumerations[-1].unit
            if (
                self.last[0] == top
                or self.enumerations[-1].years_of
                or self._lead_of_a_category_line(top)
            ) and not subject.name.strip():
                # (never "+ Số tăng thêm năm 2013: 962 biên chế", which names what it counts)
                return replace(subject, kind=Kind.BLOCK), top
        paid = self._paid_from_budget(subject)
        if paid is not None and subject.year is None:
            # "- Số người hưởng lương từ ngân sách: 3.090 người, ..." under "1. Năm 2022", in a
            # text that has stated one unit, its viên chức so paid: that unit, named again
            return replace(subject, kind=Kind.BLOCK), paid
        led = self.enumerations[-1].category if self.enumerations else None
        if led is not None and subject.year is not None and not subject.name.strip():
            # "- Năm 2025: 14.525 người, giảm 175 người so với năm 2024;" under "Số người làm
            # việc toàn ngành giảm dần qua các năm:": that category's own line, that year
            return replace(subject, kind=Kind.CATEGORY, category=led, qualifier=""), None
        category = self._heading_category() or self._section_of_body() or self._heading_hoi()
        if (
            category is not None
            and not self.enumerations
            and not _body_named(subject.name)
            and groups_in(subject.name) & {0, 1} <= {GROUP_OF[category]}
        ):
            # ("Lộ trình cụ thể: năm 2022 ...": a lead naming no unit is the heading's
            # category; "Bảo tàng tỉnh: 41 người", a body the lexicon does not know, is not;
            # nor is "biên chế công chức và số lượng người làm việc của tỉnh" under a VC
            # heading, which names both categories: it was filed as the VC's, a misread and
            # three false alarms of blind AA2)
            return replace(subject, kind=Kind.CATEGORY, category=category, qualifier=""), None
        if self.headings and self.headings[-1].total and not self.enumerations:
            # "2. ... theo lộ trình tổng biên chế hằng năm của khối như sau: - Năm 2022: 898
            # biên chế": the whole's total, year by year
            return replace(subject, kind=Kind.TOTAL, name="Tổng biên chế"), None
        whole = self._roadmap_whole(subject)
        if whole is not None:
            # "3. Lộ trình hằng năm" over "- Năm 2022: 606 biên chế;" in a text whose figures
            # are all of one whole (the block's total and its parts): that whole, year by year
            return replace(subject, kind=Kind.BLOCK), whole
        body = self._heading_body()
        if body is not None and not self.enumerations and not subject.name.strip():
            self.heading_blocks.add(body)
            # "1. Khối Đảng, Mặt trận Tổ quốc và các đoàn thể huyện" over "Năm 2021: 68 biên
            # chế; năm 2026: 64 biên chế.": the block's or body's own posts, year by year
            return replace(subject, kind=Kind.BLOCK, name=body), None
        return None

    def _lead_of_a_category_line(self, top: str) -> bool:
        """Whether the open list's lead stated only figures of `top`, the one category line
        of the body it named, and nothing since named another unit ("Năm 2021 huyện được giao
        126 biên chế công chức; đến năm 2026 còn 119 biên chế, cụ thể:" over "- Năm 2023: 124
        biên chế;"): its year items are that line's, as a lead's own unit's are. A lead
        stating two units (a total and a part, two categories) or none: False."""
        assert self.last is not None
        unit = self.registry.units.get(top)
        if unit is None or not unit.is_line or unit.parent != self.last[0]:
            return False
        opened = self.enumerations[-1].opened
        stated = {
            claim.unit
            for claim in self.claims.values()
            if claim.sentence.line.number == opened and claim.value is not None
        }
        return stated == {top}

    def _roadmap_whole(self, subject: Subject) -> str | None:
        """The unit of a roadmap's year item naming none ("- Năm 2022: 606 biên chế;") under
        a heading that is a roadmap and names no unit ("3. Lộ trình hằng năm", "3. Lộ trình
        giảm biên chế hằng năm"): the one whole the text before it gave one of the items'
        figures for (`_anchored_whole`); in a text stating its công chức and its viên chức,
        only its total (either category's figure: unread), and so under a heading's gloss
        "(tổng biên chế ...)". A heading naming a
        category, a body, a total or a year, or under one, is read by the rules before this
        one or not at all: none is guessed."""
        if self.enumerations or self.table is not None or not self.headings:
            return None
        if subject.year is None or subject.name.strip():
            return None
        heading = self.headings[-1]
        if (
            _ROADMAP_HEADING.search(heading.text) is None
            or heading.category is not None
            or heading.organisation is not None
            or heading.year is not None
            or heading.table
            or heading.receiving
            or any(
                h.category is not None
                or h.total
                or (h.organisation is not None and h.numbering is not None)
                for h in self.headings
            )
        ):
            return None
        if any(site.line.marker is None for site in self._since_heading(heading.line)):
            # ("II. LỘ TRÌNH GIẢM" over "Số người làm việc của các trường mầm non giảm dần qua
            # các năm:" over the items: a line between names whose they are, not the heading)
            return None
        if heading.line not in self.roadmap_wholes:
            whole = self._anchored_whole()
            if (
                whole is not None
                and "(" in heading.text
                and self.registry.units[whole].category is not None
            ):
                # ("3. Lộ trình hằng năm (tổng biên chế ...)": its items are a total's; a
                # figure of one category's is no anchor for them)
                whole = None
            self.roadmap_wholes[heading.line] = whole
        return self.roadmap_wholes[heading.line]

    def _anchored_whole(self) -> str | None:
        """The whole a roadmap's items from here on speak of (`_roadmap_whole`): the one unit,
        a whole (no unit's part), that the text before them gave one of the items' figures
        for in that item's year, and no other figure in any item's year. In a text naming
        two categories the whole must be of none (the total, its category lines beside it):
        "biên chế" is never taken for one category's (eng-cross)."""
        units = self.registry.units
        categories = {unit.category for unit in units.values()} - {None}
        items: set[tuple[int, int]] = set()
        recalled: set[tuple[int, int]] = set()
        for site in self.sites[self.site_index : self.site_index + 1 + _READ_AHEAD]:
            if site.heading is not None or site.table is not None or site.line.marker is None:
                break
            if site.sentence is None:
                continue
            for statement in read_sentence(site.sentence.text).statements:
                year, value = statement.subject.year, statement.value
                if year is not None and value is not None and not statement.subject.name.strip():
                    items.add((year, value))
                    recalled.update(_recalled_figures(statement, value))
        if len(items) < 2:
            return None
        # (an item's figure and its cut against a year the item names give that year's
        # figure: "- Năm 2022: 1.238 người, giảm 26 người so với năm 2021" recalls 1.264 in
        # 2021, which anchors the list as one of its own figures does)
        anchors = items | recalled
        found = {
            unit
            for value in {value for _, value in anchors}
            for unit, year in self.figures.get(value, set())
            if (year, value) in anchors
        }
        if len(found) != 1:
            return None
        whole = found.pop()
        if whole not in units or units[whole].some or not self._stands_whole(whole):
            return None
        if len(categories) > 1 and units[whole].category is not None:
            # (a text stating its công chức and its viên chức: "biên chế" is the total's,
            # never one category's, though one of them has the item's figure)
            return None
        years = {year for year, _ in items}
        if any(
            c.unit == whole and c.value is not None and (c.year, c.value) not in items
            for c in self.claims.values()
            if c.year in years
        ):
            return None  # another figure of the whole for one of the items' years
        return whole

    def _both_categories_whole(self) -> bool:
        """Whether "biên chế công chức và người làm việc của tỉnh" (`BOTH_CATEGORIES`) is the
        text's total: every unit it has stated at the top is a category's (CBCC, VC, and the
        hội or the communes' own, which it leaves out), and a total, if any, was named so too.
        A block at the top ("Khối Đảng, đoàn thể": posts of neither category) or a total named
        otherwise ("Tổng biên chế toàn tỉnh", taking the block in): not said, so not read;
        nor where the text has yet to state both categories (a text stating none, under a
        heading naming one: first-contact/both-categories-under-one-heading)."""
        stated: set[Category] = set()
        for uid, unit in self.registry.units.items():
            if unit.parent is not None or unit.some or unit.subset_of is not None:
                continue
            if uid == TOTAL_ID:
                if BOTH_CATEGORIES.fullmatch(unit.name) is None:
                    return False
            elif unit.category is None or kind_of(unit.name) is None:
                return False
            else:
                stated.add(unit.category)
        return {Category.CBCC, Category.VC} <= stated

    def _stands_whole(self, unit: str) -> bool:
        """Whether a unit is a whole of the text: no unit's part, or the one category line of
        a body that has no other line and no figure of its own ("Bệnh viện A có 1.264 người
        làm việc ...": its viên chức, the body's all). A part, or a line beside another: no."""
        units = self.registry.units
        parent = units[unit].parent
        if parent is None:
            return True
        return (
            units[unit].is_line
            and parent in units
            and units[parent].parent is None
            and units[parent].parts == [unit]
            and not any(c.unit == parent and c.value is not None for c in self.claims.values())
        )

    def _yearly_lead(self, text: str) -> str | None:
        """The unit a lead about yearly cuts speaks of ("Số giảm từng năm so với năm trước:"
        after "Viên chức: đến năm 2026 còn 1.515 người, giảm 169 người so với năm 2021; trong
        đó sự nghiệp giáo dục giảm 152 người, ..."): the one unit the sentence before stated a
        figure of, where the items below (read ahead, each a year and one cut and nothing
        else) run year by year from the year after a base to the unit's year and add up to
        the cut the unit's figure was stated with against that base. Otherwise None: the
        sentence before also spoke of its parts, and the cuts may be theirs."""
        if (
            not _AGAINST_PREVIOUS.search(text)
            or self.last_stated is None
            or self.last_entry != len(self.entries) - 1
        ):
            return None
        unit, year = self.last_stated
        total = 0
        years: list[int] = []
        level: str | None = None
        for site in self.sites[self.site_index + 1 : self.site_index + 2 + _READ_AHEAD]:
            if site.sentence is None or site.table is not None:
                break
            here = _level(site.line.marker)
            if here is None or here in _SECTION_LEVELS or level not in (None, here):
                break
            level = here
            reading = read_sentence(site.sentence.text)
            if len(reading.statements) != 1 or reading.orphans or reading.outside:
                return None
            item = reading.statements[0]
            if (
                item.subject.kind is not None
                or item.subject.name.strip()
                or item.subject.year is None
                or item.value is not None
                or len(item.changes) != 1
                or item.changes[0].count is None
                or item.changes[0].base_year is not None
                or item.changes[0].further
                or item.changes[0].bound
            ):
                return None
            change = item.changes[0]
            count = change.count or 0
            years.append(item.subject.year)
            total += count if change.increase else -count
        if len(years) < 2 or years[-1] != year or years != list(range(years[0], year + 1)):
            return None
        stated = self.stated_changes.get((unit, year), {}).get(years[0] - 1, set())
        return unit if stated == {total} else None

    def _paid_from_budget(self, subject: Subject) -> str | None:
        """The unit a subject naming only the people paid from the budget ("Số người hưởng
        lương từ ngân sách") names again: the one unit (subsets aside) the text has stated
        figures of so far, where it is viên chức and a sentence stating it named that pay
        source. Such words name no category by themselves (a news report's "số người hưởng
        lương từ ngân sách" may hold công chức too): a text that has stated any other unit,
        or a body's, says nothing of which it is: None."""
        if not _PAID_FROM_BUDGET.fullmatch(subject.name.strip()) or self.enumerations:
            return None
        units = self.registry.units
        stated: set[str] = set()
        for unit, _ in self.values:  # (few years of one unit, or soon a second unit)
            if units[unit].subset_of is None:
                stated.add(unit)
                if len(stated) > 1:
                    return None
        if len(stated) != 1:
            return None
        unit = stated.pop()
        if units[unit].category is not Category.VC or units[unit].parent is not None:
            return None
        return unit if unit in self.paid_said else None

    def _one_whole_again(self, statement: Statement, sentence: Sentence) -> str | None:
        """The one whole the text has stated figures of so far, named again without its name:
        "tổng biên chế của khối" (a bare "khối": the known block stated), or a bare "Biên chế
        năm 2026 là 60 biên chế, cụ thể:" opening a list under no category (the whole's posts
        of every kind). Only where every unit stated so far (subsets aside) is that whole or
        a part of it, the whole has no category, and the sentence says its year (and, for a
        bare "Biên chế", no change); a second whole, a category line, a list or table open:
        None (the figure names no unit)."""
        name = statement.subject.name.strip()
        if (
            statement.value is None
            or statement.subject.year is None
            or self.enumerations
            or self.table is not None
            or len(self.values) > _ONE_WHOLE_LOOKS
        ):
            return None
        of_block = (
            statement.subject.kind is Kind.TOTAL and _OF_THE_BLOCK.fullmatch(name) is not None
        ) or (
            statement.subject.kind is Kind.BLOCK and _POSTS_OF_THE_BLOCK.fullmatch(name) is not None
        )
        bare = (
            statement.subject.kind is None
            # (a change beside a bare "Biên chế" is read only where the whole's figures give
            # it: `_sibling_whole`, `_result_of`)
            and not statement.changes
            and _BARE_POSTS.fullmatch(name) is not None
            and OPENS.search(sentence.text) is not None
            and self._heading_category() is None
        )
        if not (of_block or bare):
            return None
        units = self.registry.units
        roots: set[str] = set()
        for unit, _ in self.values:
            if units[unit].subset_of is not None:
                continue
            while (parent := units[unit].parent) is not None:
                unit = parent
            roots.add(unit)
            if len(roots) > 1:
                return None
        if len(roots) != 1:
            return None
        root = roots.pop()
        held = units[root]
        if held.category is not None or held.in_post or (of_block and not known_block(held.name)):
            return None
        return root

    def _names_pay_source(self, sentence: Sentence) -> bool:
        """Whether the sentence names "người làm việc hưởng lương từ ngân sách" (searched once
        a sentence, however many figures it states)."""
        checked = self.pay_source_checked
        if checked is None or checked[:2] != (sentence.line.number, sentence.column):
            found = _PAID_FROM_BUDGET_SAID.search(sentence.text) is not None
            checked = self.pay_source_checked = (sentence.line.number, sentence.column, found)
        return checked[2]

    def _roadmap_of_another_total(self, sentence: Sentence) -> bool:
        """Whether a roadmap's lead names the total ("Lộ trình tinh giản tổng biên chế:")
        where the unit just stated is not the total."""
        found = _ROADMAP_CATEGORY_LEAD.match(sentence.text.strip())
        if found is None or self.last is None or self.last[0] == TOTAL_ID:
            return False
        return read_subject(found.group("subject")).kind is Kind.TOTAL

    def _category_lead(
        self, sentence: Sentence, form: re.Pattern[str] | None = None
    ) -> Category | None:
        """The category a paragraph's lead names as the only topic of the yearly items below
        it ("Số người làm việc toàn ngành giảm dần qua các năm:", "Biên chế công chức của tỉnh
        từng năm như sau:"; with `form` `_ROADMAP_CATEGORY_LEAD`, "Lộ trình tinh giản biên
        chế cán bộ, công chức:"): the category's own posts, of the text's own scope, with no
        body, sector, level or year of its own. Only on a line no item of a list, in no list,
        under no heading naming a body, a receiver, a total or another category (whose posts
        the items might be); otherwise None."""
        if sentence.line.marker is not None or self.enumerations or self.table is not None:
            return None
        found = (form or _YEARLY_CATEGORY_LEAD).match(sentence.text.strip())
        if found is None:
            return None
        subject = read_subject(found.group("subject"))
        if not category_alone(subject):
            return None
        for heading in self.headings:
            if (
                (heading.organisation is not None and heading.line != self.headline)
                or heading.receiving
                or heading.total
                or heading.table
                or heading.category not in (None, subject.category)
            ):
                return None
        return subject.category

    def _own_posts(self, statement: Statement, sentence: Sentence, count: int) -> bool:
        """Whether the one count of a sentence naming no unit is the text's own posts of
        every category it holds, its total (eng-agents): only its year, a giver and the
        text's own body before it (`own_posts_given`), only "biên chế" or "chỉ tiêu" and its
        year after it, no comparison, and a text that has named no unit of a category, no
        list, table or heading that could narrow it. A count of another body, a category
        said anywhere before it, or words after it (a qualifier, "hợp đồng"): None is
        guessed; the line stays unread."""
        if (
            count != 1
            or statement.value is None
            or statement.value_span is None
            or statement.changes
            or statement.parts
            or statement.subset
            or statement.container is not None
            or self.table is not None
            or self.label is not None
            or self.enumerations
            or any(
                heading.category is not None
                or heading.total
                or heading.table
                or heading.receiving
                or heading.outside
                or (
                    heading.organisation is not None
                    and heading.line != self.headline
                    and not _same_body(heading.organisation, self.headline_text)
                )
                for heading in self.headings
            )
            or any(unit.category is not None for unit in self.registry.units.values())
        ):
            return False
        start, end = statement.value_span
        if _OWN_POSTS_AFTER.fullmatch(sentence.text[end:]) is None:
            return False
        named = own_posts_given(sentence.text[:start], self.headline_text)
        if named == "":
            # ("Năm 2021 được giao 300 biên chế", "HĐND tỉnh giao 300 biên chế": no body
            # named, so only where the text has named no unit but its own posts before)
            return all(unit.name == _OWN_POSTS for unit in self.registry.units.values())
        return named is not None

    def _whole_opening_list(self, statement: Statement, text: str, listed: bool = False) -> bool:
        """Whether a count naming no category, said of the text's own province or city
        ("tỉnh", "toàn thành phố") with nothing else, opens the list of its parts ("...,
        gồm:"), or is followed by them in its sentence (`listed`, eng-probe1): the total of
        all its categories. Under a heading naming one category the count may be that
        category's, and a sentence not opening a list says nothing of which categories the
        count holds: neither is read so."""
        return (
            statement.value is not None
            and not statement.changes
            and not statement.parts
            and _OWN_PROVINCE.fullmatch(statement.subject.name.strip()) is not None
            and (listed or OPENS.search(text) is not None)
            and self._heading_category() is None
            and not self.enumerations
        )

    def _first_whole_unnamed(
        self, statement: Statement, text: str, statements: list[Statement]
    ) -> bool:
        """Whether a count naming neither a unit nor a category ("Có 4.814 chỉ tiêu, gồm:",
        "Năm 2021, tỉnh được Trung ương giao 3.076 người, cụ thể:", the giver no unit) opens
        the list of its parts as the text's first figure: no figure read before it, no heading
        but the title naming a body, no label: the total of all the text's categories, as the
        own province's (`_whole_opening_list`). After a figure or under a body's heading it
        may be that body's: not read so."""
        unnamed = replace(statement, subject=replace(statement.subject, name="tỉnh"))
        return (
            not statement.subject.name.strip()
            and not statement.subject.anaphora
            and not self.values
            and self.label is None
            and self.table is None
            and (len(statements) == 1 or _parts_after_it(statement, statements))
            and all(
                heading.organisation is None or heading.line == self.headline
                for heading in self.headings
            )
            and self._whole_opening_list(unnamed, text, len(statements) > 1)
        )

    def _summed_whole(self, statement: Statement) -> bool:
        """(eng-unread7) Whether a count naming no category after "Tổng cộng," and the whole
        place ("Tổng cộng, năm 2024 toàn tỉnh được giao 21.060 biên chế, giảm 800 biên chế so
        với năm 2021 (21.860 biên chế)") is the text's total: its year named, no total read
        before, two or more wholes of the text stated (no unit's part, subset or share), and
        the sentence's figure the sum of their figures of that year and each of its changes
        the sum of theirs against the same year, every whole giving one. Anything short of
        that (a whole without that year's figure, a sum that does not add up): not read."""
        subject = statement.subject
        year = subject.year
        if (
            year is None
            or _SUMMED_WHOLE.fullmatch(subject.name.strip()) is None
            or (statement.value is None and not statement.changes)
            or statement.parts
            or TOTAL_ID in self.registry.units
        ):
            return False
        wholes = [
            uid
            for uid, unit in self.registry.units.items()
            if unit.parent is None and not unit.some and unit.subset_of is None
        ]
        if len(wholes) < 2:
            return False
        claims = {uid: [c for c in self.claims.values() if c.unit == uid] for uid in wholes}
        if statement.value is not None:
            values = [
                next((c.value for c in claims[uid] if c.year == year), None) for uid in wholes
            ]
            if None in values or sum(v for v in values if v is not None) != statement.value:
                return False
        for change in statement.changes:
            if change.count is None or change.base_year is None:
                return False
            key = "increase" if change.increase else "reduction"
            counts = [
                next(
                    (
                        d.get(key)
                        for c in claims[uid]
                        if c.year == year
                        for d in c.changes
                        if d.get("base_year") == change.base_year
                    ),
                    None,
                )
                for uid in wholes
            ]
            if None in counts or sum(n for n in counts if n is not None) != change.count:
                return False
        return True

    def _whole_unnamed(self, statement: Statement, statements: list[Statement]) -> bool:
        """Whether a count naming nothing ("Năm 2021, có 5.968 biên chế, trong đó: ...") is
        the text's whole: its sentence splits it right after it into its công chức, its viên
        chức and perhaps the hội's and the reserve, nothing else, in a text whose open
        headings, lead and label name no unit, category or receiver (under one, the count is
        that one's: `_context_unit`)."""
        # (its change naming nothing is the whole's: every way below splits the figure into
        # its categories, "..., gồm 2.610 cán bộ, công chức và 12.570 viên chức; giảm 240 biên
        # chế so với năm 2021", eng-nested)
        if (
            statement.subject.name.strip()
            or statement.value is None
            or self.label is not None
            or self.table is not None
            or self.enumerations
            or any(
                heading.organisation is not None
                or heading.category is not None
                or heading.total
                or heading.table
                or heading.receiving
                or heading.outside
                for heading in self.headings
            )
        ):
            return False
        if statement.parts:
            # "..., gồm 275 biên chế công chức và 5.849 người làm việc": its shares
            shares = [part.category for part in statement.parts]
            return (
                len(statements) == 1
                and all(p.change is None for p in statement.parts)
                and _split_of_whole(shares, len(shares))
            )
        if not _parts_after_it(statement, statements):
            return False
        listed = [part for part in statements[1:] if part.container is statement]
        reserves = [p for p in listed if _RESERVE_PART.fullmatch(p.subject.name.strip())]
        categories = [p.subject.category for p in listed if p not in reserves]
        return len(reserves) <= 1 and _split_of_whole(categories, len(listed) - len(reserves))

    def _receiver(self) -> str | None:
        """The body a lead line names as receiving the posts of the open list's items."""
        return next((e.body for e in reversed(self.enumerations) if e.body is not None), None)

    def _under_receiver(self) -> bool:
        """Whether the items read now list the posts of one body named by their lead ("Năm
        2021, Sở Y tế được giao:", "+ Tại Văn phòng UBND tỉnh:")."""
        if self._receiver() is not None:
            return True
        return bool(self.headings) and self.headings[-1].receiving and not self.enumerations

    def _after_unread_item(self, sentence: Sentence) -> bool:
        """Whether a parenthesis line stands right after a list item not read ("- Năm 2023:
        2.190 biên chế" unread, then "(giảm 46 biên chế so với năm 2021)"): it speaks of that
        item, never of the unit read before the list, in that unit's year. Only after the
        list's last item naming the year of the figure its opening line stated may it be that
        figure's ("..., đến năm 2026 còn 119 biên chế, cụ thể: ... - Năm 2026: 119 biên
        chế.\n(giảm 7 biên chế so với năm 2021)")."""
        if self.unread_item is None or self.unread_item[0] != self.entries[-1].line:
            return False
        _, level, year = self.unread_item
        if level is None or self.next_level.get(sentence.line.number) == level:
            return True
        return not (
            self.last is not None
            and self.enumerations
            and self.line_units is not None
            and self.line_units[0] == self.enumerations[-1].opened
            and self.last in self.line_units[1]
            and year == self.last[1]
        )

    def _level_disagrees(self, statements: list[Statement]) -> bool:
        """Whether a line names cán bộ, công chức of no commune under a heading placing its
        items at the communes and typing no category ("Điều 2. Cán bộ, công chức phường, xã,
        thị trấn và người hoạt động không chuyên trách ở cấp xã" over "2. Công chức phường:
        2.625 người"): the heading says cấp xã, the line's words CBCC; which, is not said."""
        if self.table is not None:
            return False
        # (a numbered heading only: a title naming a commune is the commune's own text,
        # `communes`)
        headings = [heading for heading in self.headings if not heading.table]
        if any(heading.category is Category.XA for heading in headings) or not any(
            heading.numbering is not None and scope_of(heading.text) is Scope.COMMUNE
            for heading in headings
        ):
            return False
        return any(statement.subject.category is Category.CBCC for statement in statements)

    def _under_no_post(self, line: int) -> bool:
        """Whether a line stands under a heading or in a list led by people holding no post
        (contract staff, part-time commune staff): its counts are theirs."""
        if self.outside_lead is not None and self.outside_lead[0] != line:
            return True
        return any(heading.outside and heading.line != line for heading in self.headings)

    def _under_unknown(self) -> bool:
        """Whether the items read now are under a lead naming, as the body receiving them, a
        name the lexicon does not know as a body (`leads.unknown_body`)."""
        receiver = self._receiver()
        if receiver is not None:
            return receiver in self.unknown_bodies
        return (
            self._under_receiver()
            and not self.enumerations
            and unknown_body(self.headings[-1].text) is not None
        )

    def _lead_body(self, sentence: Sentence, text: str, found: list[Token]) -> bool:
        """A line naming only the body receiving the posts listed below it ("Sở Y tế:", "+
        Tại Văn phòng UBND tỉnh:", "- Năm 2026, Cục Quản lý thị trường:"): its items are that
        body's category lines, of the year it names; never the document's category totals
        (nor parts of the list it stands in, whose category it may not share)."""
        if any(token.quantity for token in found) or sentence.column != sentence.line.offset + 1:
            return False
        lead = receiving_body(text)
        unknown = unknown_body(text) if lead is None else None
        if unknown is not None:
            self.unknown_bodies.add(unknown[0])
            lead = unknown
        if lead is None:
            return False
        name, year = lead
        self._open(_UNREAD_OPENER, sentence.line)
        level = _level(sentence.line.marker)
        if level is not None and self.next_level.get(sentence.line.number) == level:
            # "- Biên chế của Sở Y tế:" over items at its own level: which of them are the
            # body's the layout does not say, so every one up to the paragraph's end is
            self.enumerations[-1].level = None
        self.enumerations[-1].body = name
        self.enumerations[-1].year = year
        if year is not None:
            self.paragraph_year = (year, sentence.line.number)
        if found:
            self.entries.append(_entry(sentence, text, found, set(), [], []))
        return True

    def _halves_of_cbcc(self, statements: list[Statement], sentence: Sentence) -> bool:
        """Whether a sentence opening "Trong đó" right after a figure of cán bộ, công chức
        (the province's or the commune's) names the cán bộ or the công chức alone ("Trong
        đó, cán bộ là 1.600 người; công chức là 1.400 người"): some of that figure's posts
        split in a way no unit of the plan is (read as a block "Cán bộ" and the province's
        CBCC, it was a misread, and beside the figure a second one for its year). Naming the
        one half the figure itself was named by ("Biên chế công chức: ... năm 2026 là 3.266."
        then "Trong đó, biên chế công chức tại các cơ quan cấp huyện ...") parts nothing: the
        same posts, narrowed (`_narrows_last`)."""
        if (
            _AMONG_OPENING.match(sentence.text) is None
            or self.last_spoken is None
            or self.last_entry != len(self.entries) - 1
            or self.registry.units[self.last_spoken[0]].category not in (Category.CBCC, Category.XA)
        ):
            return False
        said = half_named(self.entries[-1].quote)
        return any(
            one_half(statement.subject.name) and half_named(statement.subject.name) != said
            for statement in statements
        )

    def _short_bodies(self, statements: list[Statement]) -> bool:
        """Name in full each body a statement calls by its head word alone ("Đến năm 2026,
        Ủy ban còn 429 biên chế" after "Năm 2021, Ủy ban Dân tộc được giao 452 biên chế"):
        the one body of that head word the text named before (or its header names as its
        own), never a unit beside it; False where two such bodies could be meant."""
        named = [unit.name for unit in self.registry.units.values() if not unit.is_line]
        for statement in statements:
            short = _OF_SHORT_BODY.search(statement.subject.name)
            if statement.subject.kind is Kind.CATEGORY and short is not None:
                # "biên chế công chức của Sở là 110" after two Sở were named: which Sở's line
                # it is is unsaid (it was a line of its own, `cbcc-so`, beside both; "của Bộ"
                # the text's own line)
                # (a body as it was before a merger is none the text speaks of now)
                now = [name for name in named if "cu" not in merger_marks(name)[1]]
                meant = bodies_meant(short.group("body"), [*now, *self.meta.own])
                if meant is not None and len(meant) > 1:
                    return False
                continue
            if statement.subject.kind is not Kind.BLOCK:
                continue
            meant = bodies_meant(statement.subject.name, [*named, *self.meta.own])
            if not meant:
                continue
            if len(meant) > 1:
                return False
            if meant[0] in named:  # (the header's name alone, case folded, names no unit)
                statement.subject = replace(statement.subject, name=meant[0])
        return True

    def _given_receivers(self, statements: list[Statement]) -> bool:
        """Read each receiver a giver's "giao biên chế" names (`Subject.given`): the bodies
        the text's title names as its whole ("Quản lý biên chế ... các cơ quan đảng, Mặt trận
        Tổ quốc và các tổ chức chính trị - xã hội thành phố giai đoạn 2022 - 2026") are its
        total; several bodies listed otherwise ("các cơ quan đảng, ... và ...") are no one
        unit, and matched by their first words they took a part's known id (`dang`, a misread
        of blind AC2): False, unread. One body named is that body."""
        for statement in statements:
            subject = statement.subject
            if not subject.given or subject.kind is not Kind.BLOCK:
                continue
            receiver = _folded(_POSTS_HEAD.sub("", subject.name))
            whole = re.compile(
                rf"(?<!\w)biên chế {re.escape(receiver)}(?:\s*$|\s*[,.;:]|\s(?:giai đoạn|năm"
                r"|từ|đến)(?!\w))"
            )
            if any(whole.search(line) for line in self.opening):
                total = read_subject("tổng biên chế")
                statement.subject = replace(total, year=subject.year)
            elif _SEVERAL_BODIES.search(receiver):
                return False
        return True

    def _the_block(self, name: str, parent: str | None) -> str | None:
        """A block named by its head word alone ("Đến năm 2026, tổng biên chế của khối là
        ...") is the one block the text named before in full as a whole listing its parts
        ("Biên chế được ... giao năm 2021 cho khối đảng, Mặt trận Tổ quốc ... là 1.186 biên
        chế, gồm: ..."), never a new unit beside it; with none, or several, None (a unit of its
        own, as before: "Khối chính quyền năm 2026 có 1.044 biên chế" lists no parts)."""
        if parent is not None or _BARE_BLOCK.fullmatch(name.strip()) is None:
            return None
        if self.bare_block is not None:
            return self.bare_block[0]  # (looked up once: the text's block does not change)
        blocks = [
            unit.id
            for unit in self.registry.units.values()
            if unit.parent is None
            and unit.category is None
            and unit.parts
            and not unit.in_post
            and _BLOCK_WORD.search(unit.name)
        ]
        self.bare_block = (blocks[0] if len(blocks) == 1 else None,)
        return self.bare_block[0]

    def _named_subset(self, statement: Statement) -> str | None:
        """The one subset the text set up before under the name a statement gives its people
        ("số giáo viên năm 2026 là ...": the teachers counted in a figure above), else None."""
        found = self.registry.subsets_named(statement.subject.name)
        return found[0] if len(found) == 1 else None

    def _subset_of_no_category(self, resolved: list[Resolved]) -> bool:
        """Whether a subset naming no category ("trong đó có 96 biên chế của Chi cục Kiểm
        lâm") is some of a figure whose category neither its words nor its headings say: of
        which category those posts are is then not said, and the sentence is not read. An
        item of a list whose unit has a category ("2. Văn phòng Bộ: 86 biên chế (trong đó có 12
        biên chế làm công tác văn thư, lưu trữ)" under the ministry's CBCC figure) says it."""
        listed = self._listed_category()
        return any(
            statement.subset
            and statement.subject.category is None
            and not _own_reserve(statement)
            and statement.container is not None
            and self._in_context(statement.container.subject).category is None
            and (listed is None or statement.container.subject.kind is not Kind.BLOCK)
            for statement, *_ in resolved
        )

    def _listed_category(self) -> Category | None:
        """The category of the unit the open list's items are parts of, if it has one."""
        parent = self._parent()
        return self.registry.units[parent].category if parent is not None else None

    def _in_context(self, subject: Subject) -> Subject:
        """A subject as the headings above it read it: under "LỘ TRÌNH BIÊN CHẾ CÔNG CHỨC"
        a bare "Tổng cộng" is the CBCC total and "Văn phòng Bộ" a CBCC line."""
        if (
            subject.kind is Kind.TOTAL
            and _NOTHING_NARROWER.match(subject.name)
            and not self.enumerations
            and (body := self._heading_body()) is not None
        ):
            # "I. KHỐI ĐẢNG, MẶT TRẬN TỔ QUỐC VÀ CÁC ĐOÀN THỂ" over "Tổng số biên chế được
            # giao: 52 biên chế, gồm:": the block's total, never the text's (it was, beside
            # the text's own total later: a misread and a false alarm of blind X1)
            self.heading_blocks.add(body)
            return replace(subject, kind=Kind.BLOCK, name=body)
        owner = self._receiver()
        if owner is None and self.headings:
            owner = self.headings[-1].organisation
        if owner is not None and _ALL_HOI.fullmatch(owner.strip()):
            owner = None  # ("4. Hội có tính chất đặc thù": all the hội, no body among them)
        if owner is not None and subject.kind is Kind.CATEGORY:
            # Four "Số lượng người làm việc" lines under four headings naming four kinds
            # of unit are four units.
            subject = replace(subject, qualifier=f"{subject.qualifier} {owner}".strip())
        category = next((h.category for h in reversed(self.headings) if h.category), None)
        if category is None:
            return subject
        if (
            category is Category.XA
            and subject.kind is Kind.CATEGORY
            and subject.category is Category.CBCC
            and subject.where in (None, Scope.COMMUNE)
        ):
            # "3. Cán bộ, công chức cấp xã" over "Cán bộ, công chức năm 2021 là 338 người":
            # the heading's level types the category the line names without one
            return replace(subject, category=Category.XA)
        if subject.kind is Kind.TOTAL and BARE_TOTAL.match(subject.name):
            return replace(subject, kind=Kind.CATEGORY, category=category)
        if subject.kind is Kind.BLOCK and subject.category is None:
            # Part-time commune staff hold no post of the heading's category; a block that
            # names another category ("Kế hoạch số lượng người làm việc ..." under a CBCC
            # heading) is not of the heading's.
            if (
                counts_part_time(subject.name)
                or _WHOLE_PLACE.search(subject.name)
                or EXCLUDING.search(subject.name)
            ):
                # ("Tổng cộng toàn huyện (không kể cán bộ, công chức cấp xã)" under the
                # heading "5. Cán bộ, công chức cấp xã": the district's whole, less them)
                return subject
            mentioned = category_mentioned(subject.name)
            if mentioned is not None and mentioned.category is not category:
                return subject
            if groups_in(subject.name) & {0, 1} - {GROUP_OF[category]}:
                # "Khối chính quyền tỉnh (biên chế công chức và người làm việc)" under a VC
                # heading names the civil servants too: not the heading's category alone
                return subject
            return replace(subject, category=category)
        return subject

    def _commune_among(self, subject: Subject, sentence: Sentence) -> bool:
        """Whether a subject naming cán bộ, công chức at no level ("Trong đó, cán bộ, công chức
        khối đảng là 792 biên chế") opens a sentence of parts ("Trong đó") right after the one
        unit of cán bộ, công chức cấp xã the sentence before stated: some of those posts, of
        the commune's level as their whole is (read as the province's CBCC, it was a misread)."""
        if (
            subject.kind is not Kind.CATEGORY
            or subject.category is not Category.CBCC
            or subject.where is not None
            or _AMONG_OPENING.match(sentence.text) is None
            or self.last_spoken is None
            or self.last_entry != len(self.entries) - 1
        ):
            return False
        return self.registry.units[self.last_spoken[0]].category is Category.XA

    def _unit(self, statement: Statement, sentence: Sentence, committed: dict[int, str]) -> str:
        written = statement.subject
        named = self._named_subset(statement) if statement.named_again else None
        if named is not None:
            return named
        if self.table is not None and sentence.line.number != self.rows_seen[0]:
            # a new row: was the one before it a total row?
            self.after_total = self.rows_seen[1] == self.rows_seen[0] != 0
            self.rows_seen = (sentence.line.number, self.rows_seen[1])
        grand = (
            self.table is not None
            and written.kind is Kind.TOTAL
            and (
                self.grand_row == sentence.line.number
                or (self.after_total and bool(self.table_groups))
            )
        )
        # "Tổng cộng (I + II)" after "Cộng II": the total of the groups, of no one group's
        # category
        subject = written if grand else self._in_context(written)
        if self._commune_among(subject, sentence):
            subject = replace(subject, category=Category.XA)
        line = sentence.line
        container = statement.container
        listing: tuple[str, int | None] = ("s", line.number)
        if id(statement) in self.replaced:
            # a figure an adjustment replaced: a part of the replaced figure of the list's
            # unit, listed as the figure set is
            parent: str | None = self.replaced[id(statement)][1]
            if self.enumerations:
                listing = ("e", self.enumerations[-1].opened)
        elif container is not None and id(container) in committed:
            parent = committed[id(container)]
        elif written.kind is Kind.TOTAL or statement.member:
            parent = None
        elif self.table is not None and self.row_subset:
            parent = None  # "| | Trong đó: ... |" under a row: some of its posts, no part
        elif self.table is not None and self.row_depth:
            above = self._row_parents(subject.category)[: self.row_depth]
            parent = above[-1] if len(above) == self.row_depth else None
            listing = ("t", self.table)
            if parent is None:
                self.table_unread = True  # a line of no row: the table is not read whole
        elif self.table is not None and self.row_among:
            parent = None  # "Trong đó: ..." rows: some of the total's posts, not its parts
        elif self.table_total is not None and not self.total_closes:
            parent, listing = self.table_total, ("t", self.table)
        else:
            parent = self._parent()
            if self.enumerations:
                listing = ("e", self.enumerations[-1].opened)
        whole = (
            committed.get(id(container))
            if container is not None
            else self.counted_in.get(id(statement))
        )
        if (
            statement.subset
            and whole is not None
            and container is not None
            and one_line(container) is not None
            and len(self.registry.units[whole].parts) == 1
        ):
            # some of a block's one category line, stated as the block's figure ("Các trường
            # ... được bố trí 412 người làm việc, ..., trong đó có 356 giáo viên"): the line's
            whole = self.registry.units[whole].parts[0]
        if statement.subset and whole is not None and statement.of_part is not None:
            # some of one of the figure's parts, said right after it: that part's line (the
            # statement's parts are committed before it, `_commit`)
            whole = self.registry.category(statement.of_part.category, whole, line.number)
        if statement.subset and whole is not None:
            # (a body's posts inside a figure naming no category are of the figure's)
            category = (
                subject.category
                or self.registry.units[whole].category
                or (self._in_context(container.subject).category if container else None)
                or (
                    self._listed_category()
                    if container and container.subject.kind is Kind.BLOCK
                    else None
                )
            )
            # (`_subset_of_no_category` declined the rest; a body's own reserve is of the
            # body's category, none where none is told)
            assert category is not None or _own_reserve(statement)
            return self.registry.subset(whole, line.number, category, subject.name)
        if subject.kind is Kind.TOTAL:
            if self.scope is None:
                self.scope = subject.scope
            unit = self.registry.total(subject.name, line.number)
        elif subject.kind is Kind.BLOCK:
            named = self._the_block(subject.name, parent)
            unit = (
                named
                if named is not None
                else self.registry.block(subject.name, line.number, subject.category, parent)
            )
            if (
                parent is None
                and self.enumerations
                and self.enumerations[-1].unit == (_UNREAD_OPENER)
            ):
                self.registry.loose.add(unit)
        else:
            assert subject.category is not None
            where = subject.where.value if subject.where is not None else None
            own_place = self.meta.headline_place and subject.qualifier == self.meta.headline_place
            unit = self.registry.category(
                subject.category,
                parent,
                line.number,
                where,
                # ("của TP.HCM" under the headline "TP.HCM: ...": the text's own place)
                "" if own_place else subject.qualifier,
                joined=reserve_joined(written.name),
            )
            owner = self.registry.units[unit].parent
            if parent is None and owner not in (None, TOTAL_ID):
                # "biên chế công chức của Sở Y tế": the body's line, named in a sentence of its
                # own (`_one_part_named` tells whether it is all of the body's figure)
                assert owner is not None
                self.listings.setdefault(owner, {}).setdefault(listing, set()).add(unit)
            if self._under_receiver():
                self.received.add(unit)
            if parent is None and _TOTAL_WORD.match(written.name):
                self.short_totals.setdefault(unit, written.name)
        if parent is not None:
            self.listings.setdefault(parent, {}).setdefault(listing, set()).add(unit)
        if self.table is not None:
            if written.kind is Kind.TOTAL:
                self.rows_seen = (line.number, line.number)
            if grand:
                if self.grand_row != line.number:
                    assert self.table_total is not None
                    self._attach_rows([*self.table_groups, self.table_total], unit)
                    self.table_groups, self.table_units, self.table_total = [], [], unit
                    self.total_closes = True
                    self.grand_row = line.number
            elif (
                self.row_by_category
                and written.kind is Kind.CATEGORY
                and subject.category is not None
                and _TOTAL_WORD.match(written.name)
                and parent is None
            ):
                # "| | Tổng cộng | 2.312 | 17.395 |" under "| Cơ quan | Biên chế công chức | Số
                # lượng người làm việc |": each category's total is made of that column's rows
                rows = [
                    row
                    for row in self.table_units
                    if self.registry.units[row].category is subject.category
                ]
                self._attach_rows(rows, unit)
                self.listings.setdefault(unit, {}).setdefault(("t", self.table), set()).update(rows)
                if self.table_unread:
                    self.incomplete.add(unit)
            elif written.kind is Kind.TOTAL:
                # A table's total row: the rows are its parts, above it or below it.
                self._attach_rows(self.table_units, unit)
                self.listings.setdefault(unit, {}).setdefault(("t", self.table), set()).update(
                    self.table_units
                )
                self.table_total = unit
                # (a total row under rows sums those above it: "| | Cộng các đơn vị | … |" then
                # "| | Dự phòng | … |" is no part of it; one heading the table sums those below)
                self.total_closes = bool(self.table_units)
                if self.table_unread:
                    self.incomplete.add(unit)
            elif self.row_subset:
                pass  # some of the row above: heads nothing, ends no list of parts
            elif len(self._row_parents(subject.category)) >= self.row_depth:
                # a line whose row above is missing heads nothing: no later line is its part
                self._row_parents(subject.category)[self.row_depth :] = [unit]
                if not self.row_depth and unit not in self.table_units:
                    self.table_units.append(unit)
        return unit

    def _row_parents(self, category: Category | None) -> list[str]:
        if not self.row_by_category:
            return self.row_parents
        return self.category_parents.setdefault(category, [])

    def _attach_rows(self, rows: list[str], total: str) -> None:
        """A table's total row: the rows are its parts. A row already a part of another
        unit (a figure the text stated before the table, under another name) cannot be one
        of them too, so the total's parts are not all known."""
        for row in rows:
            self.registry.attach(row, total)
        if any(
            self.registry.units[row].parent not in (total, None) for row in rows if row != total
        ):
            self.incomplete.add(total)
