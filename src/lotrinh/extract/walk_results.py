"""The walk's results and siblings: a figure after a change read as its result, an
item's sibling restated, a list's closer, and whether figures fit.

Part of `build`'s walk, split from it by theme: `_Walk`'s methods of this theme.
"""

from __future__ import annotations

import re

from lotrinh.extract.document import YEAR, Sentence, numbering_kind
from lotrinh.extract.lexicon import category_mentioned
from lotrinh.extract.sentence import Change, Statement
from lotrinh.extract.subjects import category_after
from lotrinh.extract.walk_base import _WalkBase
from lotrinh.extract.walk_common import _BARE_POSTS, _UNREAD_OPENER, _Enumeration, _level
from lotrinh.numbers import Rounding, percent, rate_matches

_NARROWING_LEAD = re.compile(
    r"\s*trong\s+(?:đó|(?:tổng\s+)?số\s+(?:đó|này|trên))\s*,\s*(?!có\s)", re.IGNORECASE
)
"""A sentence opening on some of the figure just stated, then naming what ("Trong đó, số người
làm việc của các trường ..."), not "Trong đó, có N giáo viên" (a subset rule's)."""


_REMAINS = re.compile(rf"(?:(?:đến\s+(?:hết\s+)?)?năm\s+{YEAR}\s*,?\s*)còn\s+", re.IGNORECASE)
"""A line opening with its year and "còn" (remains) before its figure, naming nothing else."""


class _ResultsMixin(_WalkBase):
    def _sibling_whole(
        self, sentence: Sentence, statements: list[Statement]
    ) -> tuple[str, int] | None:
        """The unit and year of "2. So với số được giao năm 2021 (888 biên chế), đến năm 2026
        giảm 46 biên chế, tỷ lệ giảm 5,18%." right after "1. Tổng biên chế ... là 842 biên
        chế, gồm: a) ...; c) Dự phòng: 14 biên chế.": an item at the level of the line that
        opened the list, naming no unit, may speak of that line's whole or of the last item
        read; only the figures tell (`_item_or_whole`: the one whose figures give its change
        and the other's contradict it). Otherwise None, and the sentence is read as before."""
        closed = self.sibling_closed
        if (
            closed is None
            or closed[0] != sentence.line.number
            or sentence.line.marker is None
            or sentence.column > len(sentence.line.marker) + 2
            or self.last is None
            or not self.last_listed
            or self.last_entry != len(self.entries) - 1
            or closed[1].unit == _UNREAD_OPENER
            or any(
                s.subject.kind is not None
                or (s.subject.name.strip() and not _BARE_POSTS.fullmatch(s.subject.name))
                for s in statements
            )
            or not any(s.changes for s in statements)
        ):
            return None
        unit, year = self.last
        whole = closed[1].unit
        if any(s.value is not None and s.sets_year for s in statements):
            # "2. Biên chế đến năm 2026 là 1.068 biên chế (giảm 58 biên chế ... so với năm
            # 2021), gồm:": its own figure, the whole's where the whole's figure of the base
            # year gives the change and the last item's does not
            stated = [self._gives(u, statements) for u in (whole, unit)]
            return (whole, year) if stated[0] is True and stated[1] is not True else None
        found = self._item_or_whole(unit, whole, year, statements)
        return (whole, year) if found == whole else None

    def _gives(self, unit: str, statements: list[Statement]) -> bool | None:
        """Whether the unit's figures of the base years give every change a sentence states
        beside its own figure (True), contradict one (False) or say nothing (None)."""
        said: list[bool] = []
        for statement in statements:
            for change in statement.changes:
                if statement.value is None or change.count is None or change.base_year is None:
                    return None
                then = self.values.get((unit, change.base_year), set())
                if len(then) != 1:
                    return None
                signed = change.count if change.increase else -change.count
                said.append(statement.value - next(iter(then)) == signed)
        return None if not said else all(said)

    def _recalls_again(self, statements: list[Statement]) -> tuple[str, int] | None:
        """ "So với năm 2025 (31.894 người), giảm 668 người, ...\nSo với năm 2021 (35.120
        người, ...), giảm 3.894 người, tỷ lệ giảm 11,09%.": a sentence naming no unit that
        recalls another base year's figure, right after one read that way, speaks of the same
        unit in the same year, but only where that unit's figures give every change of it
        (its figure of the year less the change is the figure recalled)."""
        if (
            self.recalled_back is None
            or self.recalled_back[0] != len(self.entries) - 1
            or self.last_entry != len(self.entries) - 1
            or any(s.subject.kind is not None or s.subject.anaphora for s in statements)
        ):
            return None
        _, unit, year = self.recalled_back
        recalled = {
            s.subject.year: s.value
            for s in statements
            if s.value is not None and not s.sets_year and s.subject.year is not None
        }
        changes = [(s.subject.year or year, c) for s in statements for c in s.changes]
        if (
            len(recalled) != 1
            or len(statements) != 2
            or len(changes) != 1
            or any(of != year or c.base_year not in recalled for of, c in changes)
        ):
            return None
        if all(self._fits(unit, of, c, recalled.get(c.base_year or 0)) for of, c in changes):
            return unit, year
        return None

    def _holder(self, unit: str, year: int) -> str | None:
        """(fronted2) The unit holding the figure a sentence stated of `unit` in `year`: the
        unit itself where it holds one; where it holds none, its one category line holding a
        figure of that year ("Sở được giao 1.178 biên chế công chức." states the body's CBCC
        line, never the body's own figure: "So với năm 2024 (1.234 biên chế), giảm 56 biên
        chế" after it, on its line, is that line's; it was the body's, one unit's change and
        another's figure, nothing for the check to compare). None where no line or two hold
        one (whose figure goes on is unsaid)."""
        if self.values.get((unit, year)):
            return unit
        lines = [
            name
            for name, draft in self.registry.units.items()
            if draft.parent == unit and draft.is_line and self.values.get((name, year))
        ]
        return lines[0] if len(lines) == 1 else None

    def _result_recalled(
        self, sentence: Sentence, statements: list[Statement]
    ) -> tuple[str, int] | None:
        """(fronted2) "So với năm 2021 (42.560 người), năm 2026 giảm 4.346 người, tỷ lệ giảm
        10,21%." right after the sentence read of one unit: a result line naming no unit nor
        category that recalls its base year's figure is that unit's, as the same line without
        the parenthesis is (`_result_unnamed`), only where the unit has stated its figure of
        the year, the figure recalled is the unit's own of the base year if it stated one, and
        that figure less the change is the year's figure (`_fits` with the figure recalled).
        An item, a parenthesis line, a line right after a list's item or after a sentence
        stating two units, two changes or a change of another year: None, as before."""
        if (
            self.last is None
            or self.last_listed
            or self.last_entry != len(self.entries) - 1
            or sentence.line.marker is not None
            or sentence.text.startswith("(")
            or len(statements) != 2
            or any(
                s.subject.kind is not None
                or s.subject.name.strip()
                or s.subject.anaphora
                or s.parts
                or s.subject.year is None
                for s in statements
            )
            or category_mentioned(sentence.text) is not None
        ):
            return None
        recalled = [s for s in statements if s.value is not None and not s.sets_year]
        changed = [s for s in statements if s.value is None and s.changes]
        if len(recalled) != 1 or len(changed) != 1 or len(changed[0].changes) != 1:
            return None
        base, statement = recalled[0], changed[0]
        change = statement.changes[0]
        assert base.subject.year is not None and statement.subject.year is not None
        if (
            not change.spans
            or change.base_year != base.subject.year
            or change.previous
            or change.further
            or category_after(sentence.text, change.spans[0][1]) is not None
        ):
            return None
        unit, year = self.last[0], statement.subject.year
        if (
            self.line_units is None
            or self.line_units[0] != self.entries[-1].line
            or {stated for stated, _ in self.line_units[1]} != {unit}
        ):
            return None  # the sentence before stated another unit too (or none on its own)
        if (unit, year) not in self.stated_figures:
            return None
        if self._fits(unit, year, change, base.value) is not True:
            return None
        return unit, year

    def _one_line_stated(self, unit: str, year: int) -> str:
        """ "Năm 2021, khối chính quyền được giao 4.462 biên chế công chức. Năm 2025 con số
        này còn 4.215": a block stated by its one category line holds no figure of its own;
        "con số này" points at that line, where the line read last gave the block, with no
        figure, and that part, with one, in that year, and the block has no other part.
        Otherwise the unit itself."""
        if self.line_units is None or (unit, year) not in self.line_units[1]:
            return unit
        parts = self.registry.units[unit].parts
        if len(parts) != 1:
            return unit
        line = self.line_units[0]
        said = {
            (draft.unit, draft.value is not None)
            for draft in self.claims_on.get(line, [])
            if draft.year == year
        }
        return parts[0] if said == {(unit, False), (parts[0], True)} else unit

    def _of_several(self, unit: str, year: int) -> bool:
        """Whether the line read last stated `unit` in `year` beside another unit of that
        year (the year a parenthesis line after it speaks of)."""
        if self.line_units is None or (unit, year) not in self.line_units[1]:
            return False
        return len({stated for stated, of in self.line_units[1] if of == year}) > 1

    def _named_on_item(
        self, sentence: Sentence, statements: list[Statement], last_unit: str, year: int
    ) -> str | None:
        """The unit of the item above a parenthesis line that is of the one category the
        line's changes name, where the item stated exactly one of that category in that
        year (and the unit above is one of the item's): otherwise None."""
        if self.line_units is None or sentence.line.marker is not None:
            return None
        stated = self.line_units[1]
        if (last_unit, year) not in stated:
            return None
        named = {
            category_after(sentence.text, change.spans[0][1])
            for s in statements
            for change in s.changes
            if change.spans
        }
        if (
            len(named) != 1
            or None in named
            or any(not change.spans for s in statements for change in s.changes)
        ):
            return None
        category = named.pop()
        units = {
            unit
            for unit, stated_year in stated
            if stated_year == year and self.registry.units[unit].category == category
        }
        return units.pop() if len(units) == 1 else None

    def _result_of(self, statement: Statement, sentence: Sentence) -> str | None:
        """ "Như vậy, năm 2024 giảm 72 biên chế công chức, tỷ lệ 2,96% so với năm 2021." right
        after the sentence stating that category's figures year by year: the result line of
        the unit just read, where it names that unit's category after its count and a year
        whose figure that unit has stated. Another category, none, an item of a list, or a
        year the unit has no figure of: None (not that unit's, or not surely)."""
        subject = statement.subject
        if self.last is None or not self._may_be_result(statement, sentence):
            return None
        unit = self.last[0]
        held = self.registry.units[unit].category
        named = {category_after(sentence.text, c.spans[0][1]) for c in statement.changes}
        if held is None or named != {held}:
            return None
        return unit if (unit, subject.year) in self.stated_figures else None

    def _narrows_last(self, statement: Statement, sentence: Sentence, unit: str) -> bool:
        """Whether a statement opening its sentence with "Trong đó," (or "Trong số đó/này,")
        names some of the unit just read: the same category, narrowed by its own words ("Trong
        đó, số người làm việc của các trường ... năm 2026 là 2.396 người" after the VC's
        line). Such a line is no context for the lines after it."""
        if self.last is None or unit == self.last[0] or self.table is not None:
            return False
        held = self.registry.units[self.last[0]].category
        subject = statement.subject
        return (
            _NARROWING_LEAD.match(sentence.text) is not None
            and held is not None
            and subject.category is held
            and bool(subject.qualifier.strip())
        )

    def _past_unread_narrowing(self) -> bool:
        """Whether the sentence before, right after the last one read, opened on some of its
        figure ("Trong đó, biên chế công chức tại ...", `_NARROWING_LEAD`) and was left unread:
        a narrower unit that may own what follows, its figures unknown."""
        if not self.entries or self.last_entry != len(self.entries) - 2:
            return False
        before = self.entries[-1]
        return before.unread and _NARROWING_LEAD.match(before.quote) is not None

    def _result_past_narrowing(self, statement: Statement, sentence: Sentence) -> str | None:
        """ "So với năm 2021, năm 2026 giảm 279 người làm việc, tỷ lệ giảm 10,03%." right after
        "Trong đó, số người làm việc của các trường ... năm 2026 là 2.396 người" (`narrowed`),
        itself right after the VC's line: the result line of the VC's line only where it names
        that category after its count and the VC's own figures give each change exactly
        (`_fits`, a rate of two decimals at least where the base year's figure is not stated)
        and the narrower unit's do not. Otherwise None: whose change it is is not said."""
        if (
            self.last is None
            or self.narrowed is None
            or self.narrowed[0] != len(self.entries) - 1
            or self.last_entry != len(self.entries) - 2
            or sentence.line.marker is not None
            or sentence.text.startswith("(")
            or statement.subject.year is None
            or statement.subject.name.strip()
            or statement.value is not None
            or not statement.changes
            or statement.parts
            or any(not c.spans or c.base_year is None for c in statement.changes)
        ):
            return None
        unit, year, narrower = self.last[0], statement.subject.year, self.narrowed[1]
        held = self.registry.units[unit].category
        named = {category_after(sentence.text, c.spans[0][1]) for c in statement.changes}
        if held is None or named != {held} or (unit, year) not in self.stated_figures:
            return None
        if not self._figures_give(unit, year, statement.changes) or any(
            self._fits(narrower, year, change, None) is True for change in statement.changes
        ):
            return None
        return unit

    def _figures_give(self, unit: str, year: int, changes: list[Change]) -> bool:
        """Whether the unit's own figures give each change exactly (`_fits`), each against a
        year whose figure the unit has stated or with a rate of two decimals at least (a round
        rate alone fits too many figures to tell whose)."""
        for change in changes:
            assert change.base_year is not None
            if not self.values.get((unit, change.base_year)) and (
                change.rate is None or change.rate.decimals < 2
            ):
                return False
        return all(self._fits(unit, year, change, None) is True for change in changes)

    def _may_be_result(
        self, statement: Statement, sentence: Sentence, *, numbered: bool = False
    ) -> bool:
        """Whether the sentence may be the result line of the unit just read: right after
        its sentence, no item (unless `numbered`) nor parenthesis, a year, changes each
        against a year and no figure or parts of its own."""
        return not (
            self.last_listed
            or self.last_entry != len(self.entries) - 1
            or (sentence.line.marker is not None and not numbered)
            or sentence.text.startswith("(")
            or statement.subject.year is None
            or statement.value is not None
            or not statement.changes
            or statement.parts
            or any(not c.spans or c.base_year is None for c in statement.changes)
        )

    def _sibling_result(self, statement: Statement, sentence: Sentence) -> str | None:
        """ "2. Đến năm 2026 giảm 188 người so với năm 2021, tỷ lệ giảm 10,11%, cụ thể:" right
        after "1. Tổng số người làm việc ... theo từng năm: năm 2024 là 1.725 người; ...; năm
        2026 là 1.672 người.": a numbered line giving only a change, naming neither unit nor
        category, right after its sibling line (the same numbering, the line before) that
        stated one unit, is that unit's change where the unit's own figures of both years
        give it exactly (`_fits`). Otherwise None: not read, as before."""
        number = sentence.line.number
        before = self.line_before.get(number)
        if (
            self.last is None
            or sentence.line.marker is None
            or before is None
            or self.entries[-1].line != before
            or self.line_levels.get(before) != _level(sentence.line.marker)
            or not self._may_be_result(statement, sentence, numbered=True)
            or statement.subject.name.strip()
            or any(category_after(sentence.text, c.spans[0][1]) for c in statement.changes)
            or category_mentioned(sentence.text) is not None
        ):
            return None
        if self.line_units is None or self.line_units[0] != before:
            return None
        units = {unit for unit, _ in self.line_units[1]}
        unit, year = self.last[0], statement.subject.year
        if units != {unit} or year is None or (unit, year) not in self.stated_figures:
            return None
        if not all(
            c.base_year is not None
            # (a round rate alone fits too many figures to tell whose)
            and (self.values.get((unit, c.base_year)) or (c.rate and c.rate.decimals >= 2))
            and self._fits(unit, year, c, None) is True
            for c in statement.changes
        ):
            return None
        return unit

    def _sibling_restated(self, statement: Statement, sentence: Sentence) -> str | None:
        """ "4. Đến năm 2030 còn 22 biên chế, giảm 3 biên chế so với năm 2025, tỷ lệ giảm 12%."
        right after "3. Lộ trình biên chế của cơ quan ...: năm 2026 là 24 biên chế; ...; năm
        2030 là 22 biên chế.": a numbered line restating a figure with its change, naming
        neither unit nor category, right after its sibling line that stated one unit, is that
        unit's where the unit's figure of that year is the one restated and its figure of each
        year compared with, if it has one, gives the change exactly (the rate is the checker's
        to verify). Otherwise None: not read, as before."""
        before = self.line_before.get(sentence.line.number)
        if (
            self.last is None
            or sentence.line.marker is None
            or before is None
            or self.last_listed
            or self.last_entry != len(self.entries) - 1
            or self.entries[-1].line != before
            or self.line_levels.get(before) != _level(sentence.line.marker)
            or statement.value is None
            or statement.subject.year is None
            or statement.subject.name.strip()
            or not statement.changes
            or statement.parts
            or any(not c.spans or c.base_year is None for c in statement.changes)
            or any(category_after(sentence.text, c.spans[0][1]) for c in statement.changes)
            or category_mentioned(sentence.text) is not None
            or self.line_units is None
            or self.line_units[0] != before
        ):
            return None
        unit, year = self.last[0], statement.subject.year
        if {u for u, _ in self.line_units[1]} != {unit} or self.values.get((unit, year)) != {
            statement.value
        }:
            return None
        for change in statement.changes:
            assert change.base_year is not None and change.count is not None
            then = self.values.get((unit, change.base_year), set())
            signed = change.count if change.increase else -change.count
            # (the base year's figure, where the unit has one, must give the change; where it
            # has none the restated figure undone by the change is the base, and the rate is
            # the checker's to verify)
            if then and then != {statement.value - signed}:
                return None
        return unit

    def _sibling_remains(self, statement: Statement, sentence: Sentence) -> str | None:
        """ "2. Năm 2025 còn 1.558 biên chế, cụ thể: ..." after "1. Năm 2021, cơ quan A và các
        đơn vị trực thuộc được giao 1.698 biên chế, gồm:" and its items: a numbered line whose
        figure "còn" (remains) names neither unit nor category before it is the figure, in a
        later year, of the one unit its sibling (the line before at its numbering, only items
        between) stated. Otherwise None: not read, as before."""
        subject, span = statement.subject, statement.value_span
        level = _level(sentence.line.marker)
        if (
            subject.name.strip()
            or span is None
            or subject.year is None
            or any(change.base_year is None for change in statement.changes)
            or statement.parts
            or numbering_kind(sentence.line.marker) in (None, "a)")
            or level is None
            or sentence.column != sentence.line.offset + 1
            or _REMAINS.fullmatch(sentence.text[: span[0]]) is None
        ):
            return None
        line = self.line_before.get(sentence.line.number)
        while line is not None and self.line_levels.get(line) != level:
            if self.line_levels.get(line) is None:
                return None  # a paragraph between: not its sibling
            line = self.line_before.get(line)
        if line is None:
            return None
        stated: dict[tuple[str, int], int] = {}
        for claim in reversed(self.claims.values()):
            # (claims are kept in the order read: only those since the sibling are looked at)
            if claim.sentence.line.number < line:
                break
            if claim.sentence.line.number == line and claim.value is not None:
                stated[claim.unit, claim.year] = claim.value
        units = {unit for unit, _ in stated}
        if len(units) != 1:
            return None
        unit = units.pop()
        if (unit, subject.year) in stated:
            # "4. Đến năm 2030 còn 22 biên chế, giảm 3 ..." after a roadmap ending "năm 2030 là
            # 22 biên chế": the same figure said again, with its change
            return unit if stated[unit, subject.year] == statement.value else None
        return unit if max(year for _, year in stated) < subject.year else None

    def _result_unnamed(self, statement: Statement, sentence: Sentence) -> str | None:
        """ "Năm 2024 giảm 998 người, tỷ lệ 5,02% so với năm 2021." right after "3. Số lượng
        người làm việc được giao qua các năm: năm 2022 là 19.540 người; ...": a result line
        naming no category (only its unit word) is the unit just read only where that unit's
        own figures give its change exactly (`_fits`: both years' figures, or the year's
        figure with the stated rate), and the line names no category at all; otherwise None,
        as before."""
        subject = statement.subject
        if (
            self.last is None
            or not self._may_be_result(statement, sentence)
            or subject.name.strip()
            or any(category_after(sentence.text, c.spans[0][1]) for c in statement.changes)
            or category_mentioned(sentence.text) is not None
        ):
            return None
        unit, year = self.last[0], subject.year
        if year is None or (unit, year) not in self.stated_figures:
            return None
        if not self._figures_give(unit, year, statement.changes) and not all(
            self._rate_over_the_result(unit, year, change) for change in statement.changes
        ):
            return None
        return unit

    def _rate_over_the_result(self, unit: str, year: int, change: Change) -> bool:
        """Whether a change the unit's figures do not give through its rate gives it with its
        rate taken over the year's figure instead of the base's, the drafter's slip ("năm 2026
        là 20.214 người" then "So với năm 2021, đến năm 2026 giảm 2.246 người, tỷ lệ giảm
        11,11%": 2.246 / 20.214 = 11,11%, while 2.246 / (20.214 + 2.246) = 10,00%): the count
        and the rate are still that unit's, to its two decimals at least, and the rate is the
        check's to find wrong. Only where the unit states no figure of the base year (else its
        figures decide, `_fits`), one figure of the year, and a cut."""
        if (
            change.count is None
            or change.base_year is None
            or change.increase
            or change.rate is None
            or change.rate.decimals < 2
            or self.values.get((unit, change.base_year))
            or self.stated_changes.get((unit, year), {}).get(change.base_year)
        ):
            return False
        now = self.values.get((unit, year), set())
        if len(now) != 1:
            return False
        figure = next(iter(now))
        return figure > 0 and any(
            rate_matches(percent(change.count, figure), change.rate, mode) for mode in Rounding
        )

    def _item_or_whole(
        self,
        item: str,
        whole: str,
        year: int,
        statements: list[Statement],
        listed: _Enumeration | None = None,
    ) -> str | None:
        """The unit a sentence after a list's last item speaks of when it names none: "d) Dự
        phòng: 14 biên chế.\n(giảm 66 biên chế so với năm 2021, tỷ lệ giảm 5,08%)" or "Con
        số này giảm 46 biên chế so với năm 2024 (3.150 biên chế)" may change the item or the
        whole list. Only the figures tell: the one whose figures give a change of the
        sentence and contradict none while the other's contradict one. Otherwise none: not
        read."""
        if whole == item:
            return item
        candidates = [whole]
        if whole == _UNREAD_OPENER:
            # a list whose opening line was not read: its whole is no unit. (eng-alprose) One
            # opened by "Cụ thể:" right after a sentence stating several units (a total and
            # its parts, "1.064 biên chế (gồm 1.046 ... và 18 biên chế dự phòng)"): the line
            # may speak of any of them; the figures choose, as between an item and a whole
            if listed is None or listed.year is not None:
                return None
            candidates = list(
                dict.fromkeys(
                    c.unit for c in self.claims_on.get(listed.opened, []) if c.unit != item
                )
            )
            if len(candidates) < 2:
                return None
        # a base year's figure recalled beside its change ("(3.150 biên chế)")
        recalled: dict[int, int] = {}
        changes: list[tuple[int, Change]] = []
        for each in statements:
            if each.value is not None:
                if each.sets_year or each.subject.year is None or each.changes:
                    return None
                recalled[each.subject.year] = each.value
            changes.extend((each.subject.year or year, change) for change in each.changes)
        if not changes or set(recalled) - {c.base_year for _, c in changes}:
            return None
        verdicts = {
            unit: [
                self._fits(unit, of, change, recalled.get(change.base_year or 0))
                for of, change in changes
            ]
            for unit in (item, *candidates)
        }
        fitting = [u for u, said in verdicts.items() if True in said and False not in said]
        contradicted = [u for u, said in verdicts.items() if False in said]
        if len(fitting) == 1 and len(contradicted) == len(verdicts) - 1:
            return fitting[0]
        # (one contradicted and the other silent says nothing: the line may be the
        # contradicted one's, a slip the check must find, not a reading to move elsewhere)
        return None

    def _list_closer(
        self, sentence: Sentence, item: str, year: int, statements: list[Statement]
    ) -> str | None:
        """The unit a parenthesis line closing a list speaks of ("c) Biên chế dự phòng: 20
        biên chế.\n(giảm 114 biên chế so với năm 2021)"), where its items carry no such line
        of their own: the lead of a list it closes. The lists closed are those whose items
        the next line does not go on with (after the last item of a sub-list, its lead's and
        the outer lead's). The figures choose first: the one of the item and the closed leads
        whose figures give the change while all the others' contradict it. Otherwise the
        layout: the item's line ending the list with a full stop, exactly one closed lead
        whose figures do not contradict the line, stating a figure of the item's year, and no
        item of the list stating a change against the line's year (then the line may be the
        last item's own). Otherwise none: not read."""
        changes = [(s.subject.year or year, c) for s in statements for c in s.changes]
        if not changes or any(s.value is not None for s in statements):
            return None
        levels = [e.level for e in self.enumerations[1:]] + [self.list_level]
        following = self.next_level.get(sentence.line.number)
        closed: list[str] = []
        for listed, items_level in zip(reversed(self.enumerations), reversed(levels), strict=True):
            if following is not None and following == items_level:
                break
            closed.append(listed.unit)
        if not closed or _UNREAD_OPENER in closed or item in closed:
            return None
        said = {
            unit: [self._fits(unit, of, change, None) for of, change in changes]
            for unit in [item, *closed]
        }
        fitting = [u for u, verdicts in said.items() if True in verdicts and False not in verdicts]
        contradicted = [u for u, verdicts in said.items() if False in verdicts]
        if len(fitting) == 1 and len(contradicted) == len(said) - 1:
            return fitting[0]
        if fitting or self.ends_before.get(sentence.line.number) != ".":
            return None
        if self.item_units is None or self.last_item_line != self.line_before.get(
            sentence.line.number
        ):
            return None
        bases = {change.base_year for _, change in changes}
        listed_units = {pair for pairs in self.item_units[1].values() for pair in pairs}
        if any(set(self.stated_changes.get(pair, {})) & bases for pair in listed_units):
            return None  # the list's items state their changes against that year
        leads = [u for u in closed if u not in contradicted]
        if len(leads) != 1 or not self.values.get((leads[0], year)):
            return None
        return leads[0]

    def _fits(self, unit: str, year: int, change: Change, recalled: int | None) -> bool | None:
        """Whether the unit's figures stated so far give the change (True), contradict it
        (False) or say nothing of it (None): its figures of both years (the base year's may
        be the one recalled beside the change), its figure of the year with the stated rate
        (the base is that figure undone by the change), or a change already stated against
        the same year."""
        if change.count is None or change.base_year is None:
            return None
        signed = change.count if change.increase else -change.count
        now = self.values.get((unit, year), set())
        then = self.values.get((unit, change.base_year), set())
        if recalled is not None:
            if then - {recalled}:
                return False  # the unit's own figure of that year is another
            then = {recalled}
        if len(now) == 1 and len(then) == 1:
            return next(iter(now)) - next(iter(then)) == signed
        stated = self.stated_changes.get((unit, year), {}).get(change.base_year, set())
        if len(stated) == 1:
            return stated == {signed}
        if len(now) == 1 and change.rate is not None:
            base = next(iter(now)) - signed
            return base > 0 and any(
                rate_matches(percent(change.count, base), change.rate, mode) for mode in Rounding
            )
        return None

    def _names_another_category(
        self, statement: Statement, sentence: Sentence, unit: str | None
    ) -> bool:
        """Whether a count naming no unit before it names after it another category than the
        unit its context gives ("Như vậy, đến năm 2026 giảm 102 viên chức, ..." under "1.
        Biên chế công chức"): then it is not that unit's."""
        # (a unit the context names but the registry has yet to make: its subject's category)
        held = statement.subject.category if unit is None else self.registry.units[unit].category
        if held is None or self.table is not None:
            return False
        ends = [statement.value_span[1]] if statement.value_span else []
        ends += [change.spans[0][1] for change in statement.changes if change.spans]
        return any(category_after(sentence.text, end) not in (None, held) for end in ends)
