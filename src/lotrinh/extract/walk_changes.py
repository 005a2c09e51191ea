"""The walk's changes and years: moves, corrections, adjustments, year-on-year lists,
target leads and the year of each statement.

Part of `build`'s walk, split from it by theme: `_Walk`'s methods of this theme.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from lotrinh.extract.categories import read_categories
from lotrinh.extract.chains import (
    corrected_change,
    framed_from_to,
    from_to,
    given_gloss,
    said_years,
    spell_adjusted,
    spell_correction,
    spell_from_to,
    spell_moved_by,
    spell_pair_back,
    spell_this_year,
)
from lotrinh.extract.document import YEAR, Line, Sentence, Token, numbering_kind
from lotrinh.extract.result import Message, Status
from lotrinh.extract.sentence import Change, Kind, Orphan, Reading, Statement
from lotrinh.extract.statements import read_sentence, read_spelled
from lotrinh.extract.units import TOTAL_ID
from lotrinh.extract.walk_base import _WalkBase
from lotrinh.extract.walk_common import (
    _ANY_YEAR,
    _ARTICLE,
    _LEAD_AGAINST,
    _NO_UNIT,
    _OPENS_ITEMS,
    _READ_AHEAD,
    _SECTION_LEVELS,
    _UNREAD_OPENER,
    Resolved,
    _entry,
    _Enumeration,
    _level,
    said_at_top,
    said_in_line,
)
from lotrinh.extract.whole import read_goal_rates
from lotrinh.model import Category, YearKind
from lotrinh.numbers import parse_count

_PAIR_BACK_WORDS = re.compile(r"(?<!\w)hai\s+con\s+số(?!\w)", re.IGNORECASE)
_ACTUAL_WORDS = (
    "kết quả",
    "thực hiện",
    "thực trạng",
    "tình hình",
    "hiện có",
    "hiện nay",
    "đã giao",
)


_TARGET_WORDS = ("kế hoạch", "dự kiến", "lộ trình", "mục tiêu", "chỉ tiêu", "phấn đấu")


_ADJUSTING = re.compile(r"(?<!\w)điều\s+chỉnh(?!\w)", re.IGNORECASE)


_BEFORE = "trước điều chỉnh"


# "2. Kết quả giảm biên chế so với năm 2021": the year a heading compares with is not its year
_AGAINST = re.compile(r"so\s+với\s+(?:năm\s+)?(?:19|20)[0-9]{2}", re.IGNORECASE)


_CORRECTION_LOOKS = 200
"""How many units' stated changes `_read_correction` looks through (a bound: linear time)."""


_GOAL_BASE = re.compile(
    rf"so\s+với\s+(?:(?:số|biên\s+chế|chỉ\s+tiêu)\s+)?(?:được\s+)?(?:giao\s+)?năm\s+({YEAR})",
    re.IGNORECASE,
)


_GOAL_DEADLINE = re.compile(rf"(?:đến|tới)\s+(?:hết\s+)?năm\s+({YEAR})", re.IGNORECASE)


_GOAL_COMMUNE = re.compile(r"cấp\s+xã|xã,\s*phường", re.IGNORECASE)


_GOAL_CATEGORIES = (
    (Category.CBCC, re.compile(r"(?<!\w)công\s+chức(?!\w)", re.IGNORECASE)),
    (Category.VC, re.compile(r"(?<!\w)(?:viên\s+chức|người\s+làm\s+việc)(?!\w)", re.IGNORECASE)),
)
"""A goal's categories by their words ("biên chế công chức", "số lượng người làm việc")."""


def _year_on_year_change(changes: list[Change], year: int) -> Change | None:
    """The change of a year item that may be its fall from the year before
    (`_Walk._items_year_on_year`): its one change naming no year, or naming the year before
    ("- Năm 2022: 1.098 chỉ tiêu (giảm 22 so với năm 2021);" heading items "(giảm 22)"); beside
    it, only changes naming an earlier year of their own (a sum since the plan's base year).
    None where the item says anything else (a change on from another, a bound, two changes
    naming no year, one of no count)."""
    if any(c.count is None or c.previous or c.further or c.bound for c in changes):
        return None
    free = [c for c in changes if c.base_year is None]
    before = [c for c in changes if c.base_year == year - 1]
    others = [c for c in changes if c.base_year is not None and c.base_year < year - 1]
    if len(free) + len(before) != 1 or len(free) + len(before) + len(others) != len(changes):
        return None
    return (free + before)[0]


_CHANGE_NOT_THE_MOVE = Message(
    "mức điều chỉnh {change} không bằng chênh lệch giữa số cũ và số mới ({a} và {b}: {moved}): "
    "không dùng số nào của câu",
    "the adjustment's change {change} is not the difference between the old and the new figure "
    "({a} and {b}: {moved}): none of its figures is used",
)


def _compared_apart(text: str, setting: Statement) -> int | None:
    """ "... năm 2024 là 21.460 người (đã giao: 21.552 người), giảm 483 người so với năm 2023
    (21.943 người)": a figure set with the one it replaces glossed in brackets, and besides
    its one change against a named earlier year (never the adjustment itself, which compares
    nothing with another year): that year. None for any other sentence."""
    if not given_gloss(text) or len(setting.changes) != 1:
        return None
    change, year = setting.changes[0], setting.subject.year
    if (
        year is None
        or change.base_year is None
        or change.base_year >= year
        or change.previous
        or change.further
        or change.bound
        or change.count is None
    ):
        return None
    return change.base_year


def _base_figure(other: Statement, setting: Statement, base: int) -> bool:
    """The compared year's own figure said in brackets after the change, of the same unit."""
    return (
        other.subject.name == setting.subject.name
        and other.subject.kind is setting.subject.kind
        and other.subject.year == base
        and other.value is not None
        and not other.changes
        and not other.parts
        and other.container is None
    )


class _ChangesMixin(_WalkBase):
    def _read_this_year(self, text: str) -> Reading | None:
        """A news report's sentence saying "năm nay", read with the year of its dateline
        (`Meta.article_year`); None where it says none or the report states no dateline (the
        sentence is then read as written: "năm nay" names no year it can be given)."""
        year = self.meta.article_year
        spelled = spell_this_year(text, year) if year is not None else None
        return read_spelled(spelled) if spelled is not None else None

    def _read_pair_back(self, text: str) -> Reading | None:
        """(eng-at3) "Đến năm 2025, hai con số này lần lượt còn A và B": the two figures of
        the sentence read just before, in order (`chains.spell_pair_back`); None where the
        sentence before was not read whole, or is not that form."""
        if not _PAIR_BACK_WORDS.search(text) or self.last_entry != len(self.entries) - 1:
            return None
        before = self.entries[-1] if self.entries else None
        if before is None or before.status is not Status.UNDERSTOOD:
            return None
        spelled = spell_pair_back(text, before.quote)
        if spelled is None:
            return None

        def read(written: str) -> Reading:
            own, district, city = self.meta.own, self.district, self.city
            return read_categories(written, own, district=district, city=city) or read_sentence(
                written
            )

        return read_spelled(spelled, read)

    def _note_target_lead(self, sentence: Sentence, text: str) -> None:
        """Keep a paragraph that sets only goal rates (`read_goal_rates`), by one deadline
        against one year, for the categories it names, and opens items ("Đến năm 2030, giảm
        tối thiểu 3% biên chế công chức và 5% số lượng người làm việc ... so với số được giao
        năm 2026, cụ thể:"), as the lead of those items. A level below the province named
        (cấp xã), another year, no year compared with: no such lead."""
        if (
            sentence.line.marker is not None
            or not _OPENS_ITEMS.search(text)
            or _GOAL_COMMUNE.search(text)
            or read_goal_rates(text) is None
        ):
            return
        bases = {int(y) for y in _GOAL_BASE.findall(text)}
        deadlines = {int(y) for y in _GOAL_DEADLINE.findall(text)}
        years = {int(y) for y in _ANY_YEAR.findall(text)}
        if len(bases) != 1 or len(deadlines) != 1 or years != bases | deadlines:
            return
        categories = frozenset(
            category for category, words in _GOAL_CATEGORIES if words.search(text)
        )
        base, deadline = bases.pop(), deadlines.pop()
        if categories and base < deadline:
            self.target_lead = (sentence.line.number, base, deadline, categories)

    def _target_lead_base(self, sentence: Sentence, statement: Statement, year: int) -> int | None:
        """The year an item's changes naming none compare with under a lead citing targets
        (`_note_target_lead`): the targets' base year, for an item of the targets' deadline
        naming one of their categories, whose changes go on from no other year ("giảm tiếp")."""
        lead = self.target_lead
        if (
            lead is None
            or sentence.line.marker is None
            or lead[0] >= sentence.line.number
            or year != lead[2]
            or statement.subject.category not in lead[3]
            or any(
                change.further or change.bound or change.previous for change in statement.changes
            )
        ):
            return None
        return lead[1]

    def _sibling_of_lead(self, line: Line) -> bool:
        """Whether a line is numbered as the lead-in of a list against the year before was
        ("3. Cán bộ, công chức cấp xã: ..." after "2. Viên chức: ... Số giảm từng năm so với
        năm trước:" and its items): the lead's sibling, not one of its items."""
        kind = numbering_kind(line.marker)
        return kind is not None and kind == self.previous_lead_kind

    def _against_previous(self, sentence: Sentence) -> bool:
        """Whether the sentence is an item of a list whose lead-in says its changes are
        against the year before ("Lộ trình thực hiện (số giảm tính so với năm liền trước):")."""
        lead = self.previous_lead
        return lead is not None and sentence.line.marker is not None and lead < sentence.line.number

    def _falls_year_on_year(self, sentence: Sentence, year: int) -> bool:
        """Whether the sentence is an item of a list of years whose changes name no year
        ("+ Năm 2022: 1.035 biên chế (giảm 11 biên chế);", "+ Năm 2023: 1.024 biên chế (giảm
        11 biên chế);" ...) and the list's own figures show each change is against the year
        before: the years follow one another and every item after the first falls (or rises)
        from the item before by its change, at least twice by a count that is not 0; of three
        such falls or more, one may differ (a slip, which the checker reports). Otherwise (a
        change summed up from 2021, a year missing) every change is left unread."""
        if sentence.line.marker is None or self.table is not None:
            return False
        first = self._list_start()
        if (first, None) not in self.year_on_year:
            self.year_on_year[first, None] = self._items_year_on_year(first)
        if self.year_on_year[first, None]:
            return year in self.year_on_year[first, None]
        # "1. Công chức: đến năm 2026 giảm 6 biên chế so với năm 2021, còn 112 biên chế; cụ
        # thể:" then "- Năm 2022: giảm 1 biên chế, còn 117 biên chế;" ...: the lead (another
        # level) and the next lead's items are no years of this list; its items of the
        # current item's level alone, shown by the same arithmetic
        level = _level(sentence.line.marker)
        first = self._list_start(level)
        if (first, level) not in self.year_on_year:
            self.year_on_year[first, level] = self._items_year_on_year(first, level)
        return year in self.year_on_year[first, level]

    def _list_start(self, level: str | None = None) -> int:
        """The first site of the list the current item is in (within `_READ_AHEAD` sites); with
        `level`, of its items of that level that follow one another."""
        first = self.site_index
        while first > max(0, self.site_index - _READ_AHEAD):
            site = self.sites[first - 1]
            if site.heading is not None or site.table is not None or site.line.marker is None:
                break
            if level is not None and _level(site.line.marker) != level:
                break
            first -= 1
        return first

    def _items_year_on_year(self, first: int, level: str | None = None) -> set[int]:
        """The years of the list of year items starting at site `first` whose changes the
        list's figures show to be against the year before (`_falls_year_on_year`): all its
        years, or none."""
        items: dict[int, tuple[int, int]] = {}
        summed: set[int] = set()  # items also stating a change against a year of their own
        for site in self.sites[first : first + 1 + _READ_AHEAD]:
            if site.heading is not None or site.table is not None or site.line.marker is None:
                break
            if level is not None and _level(site.line.marker) != level:
                break
            if site.sentence is None:
                continue
            for statement in read_sentence(site.sentence.text).statements:
                link = statement.subject.year
                if link is None or statement.value is None:
                    continue
                change = _year_on_year_change(statement.changes, link)
                if (
                    statement.subject.name.strip()
                    or change is None
                    or change.count is None
                    or link in items
                ):
                    return set()
                if len(statement.changes) > 1:
                    summed.add(link)
                fall = -change.count if change.increase else change.count
                items[link] = (statement.value, fall)
        years = sorted(items)
        if len(years) < 3 or years != list(range(years[0], years[-1] + 1)):
            return set()
        if any(
            items[year - 1][0] - items[year][0] != items[year][1] for year in summed - {years[0]}
        ):
            # "+ Năm 2026 giảm 8 biên chế, còn 676 biên chế (giảm 39 biên chế ... so với năm
            # 2021)": an item summing up the plan is in the list only where its own fall is
            # borne out by the item before (never a slip taken for the year before)
            return set()
        shown = [
            (items[earlier][0] - items[later][0] == items[later][1], items[later][1] != 0)
            for earlier, later in pairwise(years)
        ]
        # (one change in three or more that is not its fall is the text's slip, for the
        # checker to report; a fall of 0 shows nothing: "giữ nguyên" then "giảm 11" is as
        # much against 2021 as against the year before)
        wrong = sum(1 for agrees, _ in shown if not agrees)
        allowed = 1 if len(shown) > 2 else 0
        if sum(1 for agrees, falls in shown if agrees and falls) < 2 or wrong > allowed:
            return set()
        return set(years)

    def _lead_against(self, sentence: Sentence, text: str, found: list[Token]) -> bool:
        """A line naming only the year its items speak of and the year they compare with, and
        closing with a colon ("Đến năm 2026, so với số được giao năm 2021:", "So với năm 2021,
        đến năm 2026:"): a list of no unit read, of that year, whose items' changes naming no
        year compare with that one ("+ Biên chế công chức giảm 26 biên chế, tỷ lệ 6,31%;").
        A base not before the year, a quantity, or any other word (a unit, a rate): not such
        a lead."""
        if any(token.quantity for token in found) or self.table is not None:
            return False
        lead = _LEAD_AGAINST.fullmatch(text.strip())
        if lead is None:
            return False
        year, base = (
            int(lead.group("y1") or lead.group("y2")),
            int(lead.group("b1") or lead.group("b2")),
        )
        if base >= year or (lead.group("moved") and not self._own_moves(sentence.line)):
            return False
        self._open(_UNREAD_OPENER, sentence.line, base_year=base)
        self.enumerations[-1].year = year
        self.paragraph_year = (year, sentence.line.number)
        if found:
            self.entries.append(_entry(sentence, text, found, set(), [], []))
        return True

    def _own_moves(self, lead: Line) -> bool:
        """Whether every item below a lead saying how its bodies move ("So với năm 2021, đến
        năm 2026, các cơ quan giảm:") states a move of its own with its count ("- Các cơ quan
        tham mưu giảm 122 biên chế (5,02%);"): a bare figure under it ("- Cơ quan A: 122
        biên chế;") may be the cut or the posts left, so the lead is then no lead. The items
        are read ahead once, up to the first line not an item of one level below the lead;
        none, or more than the read-ahead: not such a list."""
        level: str | None = None
        seen: set[int] = set()
        ahead = self.sites[self.site_index + 1 : self.site_index + 2 + _READ_AHEAD]
        for site in ahead:
            if site.sentence is None or site.table is not None:
                break
            here = _level(site.line.marker)
            if here is None or here in _SECTION_LEVELS or here == _level(lead.marker):
                break
            if level not in (None, here) or len(seen) == _READ_AHEAD:
                return False
            level = here
            seen.add(site.line.number)
            statements = read_sentence(site.sentence.text).statements
            if not statements or any(
                not statement.changes or any(c.count is None for c in statement.changes)
                for statement in statements
            ):
                return False
        return bool(seen)

    def _read_from_to(self, text: str, line: Line) -> Reading | None:
        """A sentence naming no year that moves its figure "từ A người xuống còn B người
        (giảm N)": A is its figure of the earlier of two years, B of the later, N the change
        between them. The two years come from the lead of the list it is an item of, where
        that lead stated its unit's figures of those two years and no other ("Năm 2021, ...
        được giao 6.420 người ...; đến năm 2026 còn 5.770 người, ..., gồm:"), or, in no
        list, from the innermost heading naming years, where it names those two ("II. BIÊN
        CHẾ CÔNG CHỨC NĂM 2021 VÀ NĂM 2026", or "Đến năm 2026 so với năm 2021:", the year
        compared with then its own); a sentence framing the move by its own two years
        ("Từ năm 2021 đến năm 2026, ...", `chains.framed_from_to`) takes those, whatever its
        context; elsewhere None (read as written)."""
        if self.table is not None:
            return None
        framed = framed_from_to(text)
        if framed is not None:
            # (the sentence's own pair of years, "Từ năm 2021 đến năm 2026, ...": no context's)
            spelled = spell_from_to(*framed)
            return read_spelled(spelled) if spelled is not None else None
        if from_to(text) is None:
            return None
        if not self.enumerations:
            years = self._heading_years()
        elif _level(line.marker) is None:
            return None
        else:
            top = self.enumerations[-1]
            if top.body is not None or top.opened == line.number:
                return None
            if top.unit == _UNREAD_OPENER:
                # "So với năm 2021, đến năm 2026:" (`_lead_against`): the year compared with,
                # then the lead's own, the two years of its items' moves
                if top.base_year is None or not top.year or top.year <= top.base_year:
                    return None
                spelled = spell_from_to(text, top.base_year, top.year)
                return read_spelled(spelled) if spelled is not None else None
            if (top.opened, top.unit) not in self.lead_years:
                # (once a list: its lead's figures are all written before its items are read)
                self.lead_years[top.opened, top.unit] = sorted(
                    {
                        claim.year
                        for claim in self.claims.values()
                        if claim.unit == top.unit
                        and claim.value is not None
                        and claim.sentence.line.number == top.opened
                    }
                )
            years = self.lead_years[top.opened, top.unit]
        if len(years) != 2:
            return None
        spelled = spell_from_to(text, years[0], years[1])
        return read_spelled(spelled) if spelled is not None else None

    def _read_correction(self, text: str) -> Reading | None:
        """A reviewer's correction ("Qua đối chiếu, năm 2024 tỉnh được giao 2.420 biên chế công
        chức, nên số giảm thực tế là 36 biên chế; ..."): the figure of its year B, and the
        change, as it should read, of the one later year the text has stated a change of
        against B, for a line named by the figure's category alone (the Tờ trình's "năm 2025
        ... giảm 38 biên chế so với năm 2024", whose 38 the figures then contradict). The
        figure's clause not read whole as one plain figure, no such change stated, or changes
        of several years against B: None (unread, as the sentence was)."""
        found = corrected_change(text)
        if found is None or len(self.stated_changes) > _CORRECTION_LOOKS:
            return None
        clause = read_sentence(text[: found.start()])
        if not clause.complete or len(clause.statements) != 1:
            return None
        figure = clause.statements[0]
        base, category = figure.subject.year, figure.subject.category
        if figure.value is None or figure.changes or figure.parts or base is None:
            return None
        units = self.registry.units
        later = {
            year
            for (unit, year), bases in self.stated_changes.items()
            if base in bases
            and year > base
            and units[unit].category is category
            and units[unit].plain
            and units[unit].parent in (None, TOTAL_ID)
        }
        if category is None or len(later) != 1:
            return None
        return read_spelled(spell_correction(text, found, later.pop(), base))

    def _read_from_to_said(self, text: str, line: Line) -> Reading | None:
        """An item naming no year that moves its figure "từ 124 xuống 118 biên chế, giảm 6
        biên chế", on the line right after sibling items each saying both years of its own
        move ("- Các Vụ, ...: từ 318 biên chế năm 2021 xuống 301 biên chế năm 2026, ..."),
        all the same two: its figures are of those years. A line between, an item of another
        level, siblings saying other years, or an item not read end the run; else None."""
        level = _level(line.marker)
        run, self.said_run = self.said_run, None
        if level is None:
            return None
        follows = run is not None and run[0] == level and run[1] == line.number - 1
        said = said_years(text)
        if said is not None:
            # (one sibling saying other years than the ones before: the run has no years)
            agreed = said if run is None or not follows or run[2] == said else None
            self.said_run = (level, line.number, agreed)
            return None
        if run is None or not follows or run[2] is None or from_to(text) is None:
            return None
        spelled = spell_from_to(text, *run[2])
        reading = read_spelled(spelled) if spelled is not None else None
        if reading is not None and reading.statements and not reading.orphans:
            self.said_run = (level, line.number, run[2])
        return reading

    def _lead_base(self, under: _Enumeration) -> tuple[int, ...]:
        """The year a lead naming only its year and the year it compares with ("So với năm
        2021, đến năm 2026:", `_lead_against`) compares with: a year its items may state a
        figure of (the one before a move), said in their own words, never given by the
        context (which gives the lead's year)."""
        if under.unit != _UNREAD_OPENER or under.base_year is None or not under.year:
            return ()
        return (under.base_year,) if under.base_year < under.year else ()

    def _paren_categories(
        self, sentence: Sentence, statements: list[Statement], notes: list[Message]
    ) -> list[Resolved] | None:
        """A parenthesis line giving two categories their changes ("(giảm 3 công chức và 4
        viên chức so với năm 2021)", spelled one clause each): each is the change of the one
        unit of its category the line right above stated, or else the items of the list that
        line closes stated, all in one year, each with a figure stated for the year compared
        with. Never a unit the context alone gives; otherwise unread."""
        unit_of: dict[Category, str] = {}
        years: set[int] = set()
        previous = self.entries[-1] if self.entries else None
        if (
            previous is not None
            and not previous.unread
            and self.last_entry == len(self.entries) - 1
            and sentence.line.marker is None
            and all(
                s.subject.kind is Kind.CATEGORY
                and s.subject.category is not None
                and s.value is None
                and s.changes
                and all(c.base_year is not None for c in s.changes)
                for s in statements
            )
            and len({s.subject.category for s in statements}) == len(statements)
        ):
            stated: list[tuple[str, int]] = []
            if self.line_units is not None and self.line_units[0] == previous.line:
                stated = self.line_units[1]
            named = {s.subject.category for s in statements}
            by_category: dict[Category | None, set[tuple[str, int]]] = {}
            for unit, year in stated:
                by_category.setdefault(self.registry.units[unit].category, set()).add((unit, year))
            if (
                not named <= set(by_category)
                and self.item_units is not None
                and self.last_item_line == previous.line
            ):
                by_category = self.item_units[1]
            for category in named:
                held = set(by_category.get(category, set()))
                if len(held) == 1 and category is not None:
                    unit, year = held.pop()
                    unit_of[category] = unit
                    years.add(year)
        if (
            len(unit_of) != len(statements)
            or len(years) != 1
            # each unit's figure of the year compared with was stated: the units the line
            # above listed are the ones the parenthesis compares (a lead's body listed
            # without that year's figures may not be)
            or any(
                not self.values.get((unit_of[s.subject.category], c.base_year))
                for s in statements
                if s.subject.category is not None
                for c in s.changes
                if c.base_year is not None
            )
        ):
            notes.append(_NO_UNIT)
            return None
        year = years.pop()
        resolved: list[Resolved] = []
        for statement in statements:
            assert statement.subject.category is not None
            resolved.append((statement, year, None, unit_of[statement.subject.category]))
        return resolved

    def _read_adjusted(self, text: str, line: Line) -> Reading | None:
        """An adjustment naming no year ("1. Biên chế công chức ...: từ 1.948 biên chế điều
        chỉnh thành 1.902 biên chế.", "+ Sự nghiệp y tế: từ 5.214 người thành 5.180 người;")
        in a sentence or under a heading saying "điều chỉnh": the figure set is the unit's,
        of the year the context gives; the figure replaced is a unit of its own (the
        allocation before the adjustment, "trước điều chỉnh") in that same year, compared
        with nothing. An item's replaced figure is a part of the replaced figure of its
        list's unit; under a list whose unit no adjustment set, or a total, None."""
        if self.table is not None:
            return None
        found = spell_adjusted(text)
        if found is None:
            return None
        spelled, before = found
        if not _ADJUSTING.search(text) and not any(
            _ADJUSTING.search(heading.text) for heading in self.headings
        ):
            return None
        replaced_parent: str | None = None
        if self.enumerations:
            top = self.enumerations[-1]
            if top.unit not in self.superseded or top.body is not None:
                return None
            replaced_parent = self.superseded[top.unit]
        reading = read_spelled(spelled)
        if (
            reading is None
            or reading.orphans
            or reading.outside
            or reading.contracts
            or not reading.statements
        ):
            return None
        setting = reading.statements[0]
        subject = setting.subject
        compared = _compared_apart(text, setting)
        if any(
            # a count inside the figure set ("..., trong đó có 23.915 giáo viên") is of it
            not (other.subset and other.container is setting)
            and not (compared is not None and _base_figure(other, setting, compared))
            for other in reading.statements[1:]
        ):
            return None
        years = {str(subject.year)} | ({str(compared)} if compared is not None else set())
        if (
            setting.value is None
            or (setting.changes and compared is None)
            or setting.parts
            or (subject.year is not None and set(_ANY_YEAR.findall(text)) != years)
            or subject.kind not in (Kind.CATEGORY, Kind.BLOCK)
        ):
            return None
        if subject.kind is Kind.CATEGORY:
            before_subject = replace(subject, qualifier=f"{subject.qualifier} {_BEFORE}".strip())
        else:
            before_subject = replace(subject, name=f"{subject.name} {_BEFORE}")
        value = parse_count(text[before[0] : before[1]])
        replaced = replace(
            setting,
            subject=before_subject,
            value=value,
            value_span=before,
            sets_year=False,
            changes=[],
        )
        reading.statements.append(replaced)
        self.replaced[id(replaced)] = (id(setting), replaced_parent)
        return reading

    def _read_moved_by(self, text: str, line: Line) -> Reading | None:
        """An adjustment said as a move and the change it makes ("Điều chỉnh giảm 45 người của
        sự nghiệp giáo dục và đào tạo, từ 15.218 người xuống còn 15.173 người, cụ thể:", "a)
        Các trường ...: giảm 20 người, từ 2.146 người xuống còn 2.126 người;") under the
        heading of the one year it adjusts: the figure set is the unit's of that year; the
        figure replaced and the change are the document's own arithmetic, checked against
        each other and used for nothing else (the replaced figure is of that same year: no
        base, no second figure). Only where that heading names that year alone and the
        context's year is it, the sentence or heading says "điều chỉnh", and, in a list, the
        list's lead was such an adjustment; a change that is not the difference: unread."""
        if self.table is not None:
            return None
        moved = spell_moved_by(text)
        if moved is None:
            return None
        heading = next((h for h in reversed(self.headings) if h.year is not None), None)
        if (
            heading is None
            or set(_ANY_YEAR.findall(heading.text)) != {str(heading.year)}
            or not (_ADJUSTING.search(text) or _ADJUSTING.search(heading.text))
            or self._year(None, line.number)[0] != heading.year
        ):
            return None
        if self.enumerations:
            top = self.enumerations[-1]
            if (
                top.opened not in self.moved_leads
                or top.unit == _UNREAD_OPENER
                or top.body is not None
            ):
                return None
        if not moved.agrees:
            a, b, c = (text[start:end] for start, end in moved.figures)
            apart = f"{abs(moved.values[0] - moved.values[1]):,}".replace(",", ".")
            why = Message(
                _CHANGE_NOT_THE_MOVE.vi.format(change=c, a=a, b=b, moved=apart),
                _CHANGE_NOT_THE_MOVE.en.format(change=c, a=a, b=b, moved=apart),
            )
            return Reading(orphans=[Orphan(span, why) for span in moved.figures])
        reading = read_spelled(moved.spelled)
        if (
            reading is None
            or reading.orphans
            or reading.outside
            or reading.contracts
            or len(reading.statements) != 1
        ):
            return None
        statement = reading.statements[0]
        if (
            statement.value is None
            or statement.changes
            or statement.parts
            or statement.subject.year is not None
        ):
            return None
        reading.outside += list(moved.dropped)
        self.moved_leads.add(line.number)
        return reading

    def _year(self, stated: int | None, line: int) -> tuple[int | None, Message | None]:
        """The year of a statement naming none, from its context (`_context_year`), unless a
        sentence not read since named another: "Năm 2025, số biên chế ... là 1.987, giảm 119
        biên chế. Trong đó, cấp tỉnh 1.104 biên chế" with the first sentence unread speaks of
        2025, never of the year of the last sentence read."""
        year, note = self._context_year(stated, line)
        if stated is None and year is not None and self.unread_year is not None:
            unread, said = self.unread_year
            if unread != year and (self.paragraph_year is None or said > self.paragraph_year[1]):
                return None, None
        return year, note

    def _context_year(self, stated: int | None, line: int) -> tuple[int | None, Message | None]:
        """The year of a statement naming none: the sentence's, the paragraph's, the
        heading's, the text's only one, the report's."""
        if stated is not None:
            return stated, None
        if self.paragraph_year is not None:
            year, said = self.paragraph_year
            heading = next((h for h in reversed(self.headings) if h.year is not None), None)
            if heading is not None and heading.year != year and not _AGAINST.search(heading.text):
                # Under "Năm 2024", after "Dự kiến năm 2025, ...": is a sentence naming no
                # year the heading's or the sentence before's? Either may be meant: neither.
                return None, None
            return year, said_in_line(year, said)
        for heading in reversed(self.headings):
            if heading.year is not None:
                if self._turned(heading.year, heading.line, line):
                    return None, None
                return heading.year, Message(
                    f"năm {heading.year} theo đề mục dòng {heading.line}",
                    f"year {heading.year} from the heading at line {heading.line}",
                )
        if self.article_year is not None:
            year, said = self.article_year
            article = next((h for h in reversed(self.headings) if h.numbering == _ARTICLE), None)
            if article is not None and article.line > said and not self._turned(year, said, line):
                return year, Message(
                    f"năm {year}: năm giao biên chế nêu ở điều dòng {said}",
                    f"year {year}: the year of the allocation stated in the article at line {said}",
                )
        if self.only_year is not None:
            return self.only_year, Message(
                f"năm {self.only_year}: năm duy nhất văn bản nêu",
                f"year {self.only_year}: the only year the text names",
            )
        if self.meta.lead_year is not None and not self._turned(self.meta.lead_year, 0, line):
            # A report's body says its year once, in the headline or lead, for all it states.
            return self.meta.lead_year, said_at_top(self.meta.lead_year)
        return None, None

    def _turned(self, year: int, since: int, line: int) -> bool:
        """Whether a line between `since` and `line` turns the text to another year ("Biên
        chế năm 2025 sẽ được giao sau."): a year given above then no longer holds."""
        return any(since < number < line and other != year for number, other in self.year_lines)

    def _year_kind(self, year: int) -> None:
        if year in self.year_kinds:
            return
        period = self.meta.period
        if period is not None and year < period[0]:
            self.year_kinds[year] = (
                YearKind.ACTUAL,
                Message(
                    f"trước giai đoạn {period[0]} - {period[1]} của kế hoạch",
                    f"before the plan's period {period[0]}-{period[1]}",
                ),
            )
            return
        for heading in reversed(self.headings):
            lowered = heading.text.lower()
            hits = [
                (lowered.find(word), kind)
                for words, kind in (
                    (_ACTUAL_WORDS, YearKind.ACTUAL),
                    (_TARGET_WORDS, YearKind.TARGET),
                )
                for word in words
                if word in lowered
            ]
            if hits:
                kind = min(hits)[1]
                self.year_kinds[year] = (
                    kind,
                    Message(
                        f"theo đề mục dòng {heading.line}: {heading.text}",
                        f"from the heading at line {heading.line}: {heading.text}",
                    ),
                )
                return
        if period is not None and period[0] <= year <= period[1]:
            self.year_kinds[year] = (
                YearKind.TARGET,
                Message(
                    f"trong giai đoạn {period[0]} - {period[1]} của kế hoạch",
                    f"within the plan's period {period[0]}-{period[1]}",
                ),
            )
        elif self.meta.date is not None and year != self.meta.date.year:
            kind = YearKind.ACTUAL if year < self.meta.date.year else YearKind.TARGET
            self.year_kinds[year] = (
                kind,
                Message(
                    f"so với năm ban hành {self.meta.date.year}",
                    f"compared with the year of issue {self.meta.date.year}",
                ),
            )
