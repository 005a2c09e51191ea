"""The walk's headlines and counts at the top, merged places' sums and leavers: kept
while the body is read, checked against it at the end.

Part of `build`'s walk, split from it by theme: `_Walk`'s methods of this theme.
"""

from __future__ import annotations

from dataclasses import replace

from lotrinh.extract.chains import HEADLINE_CUT, spell_headline_cut
from lotrinh.extract.document import Sentence, Token, tokens
from lotrinh.extract.headlines import WholeWhen, names_the_whole, read_headline, whole_change_when
from lotrinh.extract.lexicon import (
    GROUP_OF,
    category_mentioned,
    groups_in,
    kind_of,
    narrows,
    scope_of,
)
from lotrinh.extract.merged import former_item, merged_sum
from lotrinh.extract.sentence import Kind, Reading, Statement
from lotrinh.extract.statements import read_spelled
from lotrinh.extract.subjects import category_after
from lotrinh.extract.units import TOTAL_ID, UnitDraft
from lotrinh.extract.walk_base import _WalkBase
from lotrinh.extract.walk_common import (
    _ANY_YEAR,
    _HEADLINE_YEAR,
    REFORM_YEAR,
    Span,
    _ClaimDraft,
    _entry,
    _HeadlineChange,
    _HeadlineFigureKept,
)
from lotrinh.model import Category
from lotrinh.numbers import NumberError, Rounding, parse_count, percent, rate_matches


def _happened_then(when: WholeWhen, year: int, base: int) -> bool:
    """Whether a change of `year` against `base` is the one a headline says happened then:
    during its year (against the year before), or over its number of years."""
    if when.year is not None:
        return (year, base) == (when.year, when.year - 1)
    return when.span is not None and year - base == when.span


def _text_total(unit: UnitDraft) -> bool:
    """Whether a unit is a total of no category under nothing: no reserve, subset or people in
    post."""
    return (
        unit.category is None
        and unit.parent is None
        and not (unit.in_post or unit.reserve or unit.some or unit.subset_of is not None)
    )


def _whole_of(unit: UnitDraft, category: Category) -> bool:
    """Whether a unit is the category's own line, whole: named by the category alone, of the
    text's total or of nothing, no reserve, subset or people in post."""
    return (
        unit.category is category
        and unit.plain
        and unit.parent in (None, TOTAL_ID)
        and not (unit.in_post or unit.reserve or unit.some or unit.subset_of is not None)
    )


def _may_be(named: Category | None, category: Category | None) -> bool:
    """A unit of `category` may be the one a text names as of `named`: only two categories
    both known and different tell them apart."""
    return named is None or category is None or named == category


class _HeadlinesMixin(_WalkBase):
    def _keep_headline_change(
        self,
        reading: Reading,
        sentence: Sentence,
        text: str,
        found: list[Token],
        outside: list[Span],
    ) -> None:
        """ "Bắc Giang: năm 2024 giảm 312 biên chế": a headline's one change, compared with no
        year and of no unit it names; kept to be matched with the body's (`_headline_change`)."""
        statements = reading.statements
        if reading.orphans or len(statements) != 1:
            return
        statement = statements[0]
        if statement.value is not None or statement.parts or len(statement.changes) != 1:
            return
        change = statement.changes[0]
        if change.count is None:
            return
        base = change.base_year
        year, year_note = self._year(statement.subject.year, sentence.line.number)
        # (the year it compares with is not its own: "... giảm 98 biên chế so với năm 2021")
        named = {int(y) for y in _HEADLINE_YEAR.findall(text)} - {base}
        if year is None and len(named) == 1:
            year, year_note = named.pop(), None  # "... giảm 47 biên chế công chức năm 2025"
        if year is None and base is None and self.meta.lead_period is not None:
            # "... giảm 17.736 biên chế viên chức giai đoạn 2022 - 2026": the period's last
            # year against the year before it, as the body's changes under that period read
            first, last = self.meta.lead_period
            year, base = last, first - 1
        if year is None and any(int(y) != base for y in _ANY_YEAR.findall(text)):
            return  # a year named but not the change's own: which one it is, is not said
        self.headline_change = _HeadlineChange(
            len(self.entries),
            sentence,
            text,
            found,
            outside,
            change,
            year,
            year_note,
            base,
            statement.subject.category or category_after(text, change.spans[0][1]),
            names_the_whole(text),
            whole_change_when(text) if base is None else None,
            HEADLINE_CUT.match(text) is not None,
        )

    def _keep_headline_figure(self, sentence: Sentence, text: str, found: list[Token]) -> None:
        """ "LAI CHÂU ĐỀ XUẤT 16.318 BIÊN CHẾ NĂM 2026": a headline's one count of posts, of a
        year it names or the report's; kept to be matched with the body (`_headline_figure`)."""
        figure = read_headline(text)
        if figure is None:
            return
        year, year_note = self._year(figure.year, sentence.line.number)
        if year is None and (figure.year is not None or figure.change is not None):
            return
        self.headline_figure = _HeadlineFigureKept(
            len(self.entries), sentence, text, found, figure, year, year_note
        )

    def _headline_figure(self) -> None:
        """A headline's count naming no unit restates the body's figure: it is the claim of the
        one unit the body gave that very figure in that year (never staff in post nor a
        subset), of the category the headline names if it names one, its change checked as
        the unit's. A figure the body gives no unit, or two: left unread."""
        kept = self.headline_figure
        if kept is None or not self.entries[kept.entry].unread:
            return
        figure = kept.figure
        units = self.registry.units
        stated = {
            (claim.unit, claim.year)
            for claim in self.claims.values()
            if kept.year in (None, claim.year)
            and claim.value == figure.value
            and claim.sentence.line.number != kept.sentence.line.number
            and claim.unit in units
        }
        if len(stated) != 1:
            return  # with no year of its own, the one figure of one unit in one year only
        unit_id, year = next(iter(stated))
        unit = units[unit_id]
        if unit.in_post or unit.some or unit.subset_of is not None:
            return
        if figure.kind is not None and unit.category is not figure.kind.category:
            return
        claim = self._claim(unit.id, year, kept.sentence, kept.year_note)
        claim.value = figure.value
        used = {figure.span}
        if figure.change is not None:
            key = "increase" if figure.change.increase else "reduction"
            claim.changes.append({key: figure.change.count, "base_year": figure.change.base_year})
            used.add(figure.change.span)
        self.entries[kept.entry] = _entry(
            kept.sentence, kept.text, kept.found, used, figure.bodies, []
        )

    def _merged_sums(self) -> None:
        """ "2. Số giao năm 2021 làm căn cứ so sánh là tổng của hai địa phương trước hợp nhất,
        cộng 4.742 biên chế công chức": a base year's figure said to be the merged places' sum
        names no unit; it is the base of the one unit of its category whose change against
        that year the text's own arithmetic gives it (4.495 + 247 = 4.742), where that unit
        has no figure of that year yet. Places listed with their figures in parentheses are
        the old ones, each a unit of its own (never parts: the unit's parts are today's).
        No such unit, or two: left unread."""
        units = self.registry.units
        for entry, sentence, text, items in self.merged_sums:
            found = merged_sum(text)
            if found is None or not self.entries[entry].unread:
                continue
            year, span, words, places = found
            kind = category_mentioned(words)
            category = kind.category if kind is not None else None
            if category not in (Category.CBCC, Category.VC):
                continue
            value = int(text[span[0] : span[1]].replace(".", ""))
            given = {
                claim.unit
                for claim in self.claims.values()
                if claim.value is not None
                and claim.unit in units
                and units[claim.unit].category is category
                and any(
                    change.get("base_year") == year
                    and claim.value + change.get("reduction", -change.get("increase", 0)) == value
                    for change in claim.changes
                )
            }
            if not given:
                given = self._own_plain_line(category, words, year)
            if len(given) != 1:
                continue
            unit = units[next(iter(given))]
            if (
                unit.in_post
                or unit.some
                or unit.subset_of is not None
                or any(c.unit == unit.id and c.year == year for c in self.claims.values())
            ):
                continue
            self._claim(unit.id, year, sentence, None).value = value
            self._merged_items(items, value, category, year)
            used = {span}
            for name, at in places:
                place = self.registry.block(f"{name} cũ", sentence.line.number)
                line = self.registry.category(category, place, sentence.line.number)
                self._claim(line, year, sentence, None).value = int(
                    text[at[0] : at[1]].replace(".", "")
                )
                used.add(at)
            self.entries[entry] = _entry(sentence, text, tokens(text), used, [], [])

    def _own_plain_line(self, category: Category, words: str, year: int) -> set[str]:
        """The merged places' sum whose change the text does not state ("Số biên chế công chức
        được giao năm 2021 của hai tỉnh (cũ) cộng là 4.527 biên chế"): the base of the text's
        own line of the category, named by nothing more (no scope, no sector), where it is the
        one such line and states no change against that year (one its arithmetic did not
        tie to the sum: whose base the sum is, the text has not shown); else none."""
        kind = kind_of(words)
        if scope_of(words) is not None or (kind is not None and narrows(words, kind)):
            return set()
        compared = {
            claim.unit
            for claim in self.claims.values()
            if any(change.get("base_year") == year for change in claim.changes)
        }
        return {
            unit.id
            for unit in self.registry.units.values()
            if unit.category is category
            and unit.plain
            and unit.parent in (None, TOTAL_ID)
            and not (unit.in_post or unit.some or unit.reserve or unit.subset_of)
            and unit.id not in compared
        }

    def _merged_items(
        self, items: list[tuple[int, Sentence]], value: int, category: Category, year: int
    ) -> None:
        """The items under a merged places' sum read as its base ("..., cộng 4.742 biên chế
        công chức, trong đó: - Thành phố A (cũ): 2.274 biên chế; - Tỉnh B (cũ): 2.468 biên
        chế."): each an old place, a unit of its own of the sum's category and year (never
        the unit's parts: those are today's bodies). Only where every item names one old
        place and one figure, and their figures add up to the sum."""
        read = [(entry, sentence, former_item(sentence.text)) for entry, sentence in items]
        if len(read) < 2 or any(
            found is None or not self.entries[entry].unread for entry, _, found in read
        ):
            return
        if sum(found[1] for _, _, found in read if found is not None) != value:
            return
        for entry, sentence, found in read:
            assert found is not None
            name, figure, span = found
            place = self.registry.block(name, sentence.line.number)
            line = self.registry.category(category, place, sentence.line.number)
            self._claim(line, year, sentence, None).value = figure
            self.entries[entry] = _entry(
                sentence, sentence.text, tokens(sentence.text), {span}, [], []
            )

    def _headline_leavers(self) -> None:
        """ "Năm 2023, cả nước tinh giản 7.151 biên chế" over a body counting 7.151 people who
        left and stating no figure or change of that amount: the headline says the same count,
        outside the plan as the body's is (as a headline's cut of people who left is)."""
        if self.headline_unread is None:
            return
        index, sentence, text, found = self.headline_unread
        if not self.entries[index].unread:
            return
        counts = [token for token in found if token.quantity]
        try:
            values = {parse_count(token.text) for token in counts}
        except NumberError:
            return
        stated = {
            amount
            for claim in self.claims.values()
            for amount in (claim.value, *(c.get(k) for c in claim.changes for k in c))
        }
        if not counts or not values <= self.leavers or values & stated:
            return
        self.entries[index] = _entry(
            sentence, text, found, set(), [(t.start, t.end) for t in counts], []
        )

    def _many_named_figure(self) -> None:
        """A headline's count of several categories is the figure of the one body unit named
        by the same categories, or made of parts of them, in the same year: the body's total
        restated (where the two disagree, the headline is the claim found wrong). No such
        unit, or two: left unread."""
        kept = self.many_named
        if kept is None:
            return
        units = self.registry.units

        def groups(unit_id: str) -> frozenset[int]:
            unit = units[unit_id]
            if len(groups_in(unit.name)) > 1:
                return groups_in(unit.name)
            categories = [units[part].category for part in unit.parts if part in units]
            if len(categories) < 2 or any(c not in GROUP_OF for c in categories):
                return frozenset()
            return frozenset(GROUP_OF[c] for c in categories if c is not None)

        candidates = {
            claim.unit
            for claim in self.claims.values()
            if claim.year == kept.year
            and claim.value is not None
            and claim.sentence.line.number != kept.sentence.line.number
            and claim.unit in units
            and groups(claim.unit) == kept.groups
        }
        if len(candidates) != 1:
            return
        claim = self._claim(candidates.pop(), kept.year, kept.sentence, None)
        claim.value = kept.value
        self.many_named_line = kept.sentence.line.number
        self.entries[kept.entry] = _entry(
            kept.sentence, kept.text, kept.found, {kept.span}, kept.outside, []
        )

    def _stated(self, unit: str, year: int, base_year: int) -> tuple[int | None, int | None]:
        """The values the text states for a unit in a year and in its base year (None: none)."""
        stated = {(c.unit, c.year): c.value for c in self.claims.values() if c.value is not None}
        return stated.get((unit, year)), stated.get((unit, base_year))

    def _headline_change(self) -> None:
        """The headline's change is the body's change of the same amount and year, if the body
        has exactly one: the same figure twice is one unit, and the body says against which
        year. The headline's line is then read, as that unit's claim."""
        kept = self.headline_change
        if kept is None:
            return
        key = "increase" if kept.change.increase else "reduction"
        matches = [
            (draft, data)
            for draft in self.claims.values()
            if kept.year in (None, draft.year)
            and draft.sentence.line.number != kept.sentence.line.number
            # "Công chức giảm 100": never a change of another category's unit
            and _may_be(kept.category, self.registry.units[draft.unit].category)
            for data in draft.changes
            if data.get(key) == kept.change.count
            and data.get("base_year") is not None
            and kept.base_year in (None, data.get("base_year"))
        ]
        if (
            not matches
            and kept.change.count in self.leavers
            and not any(
                kept.change.count in (claim.value, *(c.get(key) for c in claim.changes))
                for claim in self.claims.values()
            )
        ):
            # "Vĩnh Long: 6 tháng đầu năm 2019 toàn tỉnh giảm 271 biên chế" over a body saying
            # "đã giải quyết cho 271 trường hợp" and no change of 271: the people who left,
            # said as a cut, outside the plan as the body's count is
            self.entries[kept.entry] = _entry(
                kept.sentence,
                kept.text,
                kept.found,
                set(),
                [*kept.outside, *kept.change.spans],
                [],
            )
            return
        if not matches and self._headline_change_borne_out(kept, key):
            return
        if not matches and not kept.said_as_cut:
            self._headline_change_disagreeing(kept, key)
            return
        if not matches:
            return
        if len(matches) != 1:
            return
        draft, data = matches[0]
        here, there = self._stated(draft.unit, draft.year, data["base_year"])
        count = kept.change.count or 0
        amount = -count if kept.change.increase else count
        if here is not None and there is not None and there - here != amount:
            # the body's figures do not bear the change out: that slip is the body's, reported
            # there, not twice
            return
        claim = self._claim(draft.unit, draft.year, kept.sentence, kept.year_note)
        claim.changes.append({key: kept.change.count, "base_year": data["base_year"]})
        used = set(kept.change.spans)
        if kept.change.rate is not None:
            claim.changes[-1]["rate"] = kept.change.rate.text
        self.entries[kept.entry] = _entry(
            kept.sentence, kept.text, kept.found, used, kept.outside, []
        )

    def _communes_category(self, statement: Statement, sentence: Sentence) -> None:
        """Keep the communes' posts read as cán bộ, công chức cấp xã ("các xã, phường mới được
        bố trí tổng cộng 2.166 biên chế", `statements._communes_posts`) where their year is
        before the two-tier reform, or where the text's own arithmetic ties their one change to
        the cấp xã figure the sentence before stated; otherwise the block as written, which the
        general reader places by its heading or leaves unread: from 2025 on, commune staff may
        be the province's civil servants, and a figure of no year may be of 2025."""
        written = statement.subject.as_written
        if written is None:
            return
        year = statement.subject.year
        if year is not None and year < REFORM_YEAR:
            return
        if (
            year is not None
            and all(change.base_year is None for change in statement.changes)
            and self._base_by_arithmetic(statement, year, sentence) is not None
        ):
            return
        statement.subject = replace(written, year=year)  # a later clause's own year kept

    def _base_by_arithmetic(
        self, statement: Statement, year: int, sentence: Sentence
    ) -> int | None:
        """The year a change naming none compares with, where the sentence right before, in
        the same paragraph (never a list's last item above it), stated one earlier figure of
        the category's whole, the statement is that category's
        whole too, and the earlier figure less the statement's is the change exactly (its
        rate, if stated, rounding to it): the text's own arithmetic says which year. None
        otherwise (two such figures, another category, numbers that do not tie)."""
        subject = statement.subject
        if (
            subject.kind is not Kind.CATEGORY
            or subject.category is None
            or subject.qualifier
            or statement.value is None
            or statement.parts
            or len(statement.changes) != 1
            or statement.changes[0].count is None
            or statement.changes[0].further
            or not self.entries
        ):
            return None
        before = self.entries[-1]
        if before.line != sentence.line.number:
            return None
        earlier = [
            claim
            for claim in self.claims.values()
            if (claim.sentence.line.number, claim.sentence.column) == (before.line, before.column)
            and claim.value is not None
            and claim.year < year
            and _whole_of(self.registry.units[claim.unit], subject.category)
        ]
        if len(earlier) != 1:
            return None
        change, base, count = statement.changes[0], earlier[0].value, statement.changes[0].count
        amount = -count if change.increase else count
        if base is None or base <= 0 or base - statement.value != amount:
            return None
        if change.rate is not None and not any(
            rate_matches(percent(count, base), change.rate, mode) for mode in Rounding
        ):
            return None
        return earlier[0].year

    def _take_headline_change(
        self, kept: _HeadlineChange, key: str, draft: _ClaimDraft, base_year: int | None
    ) -> None:
        """The headline read as the change of `draft`'s unit and year against `base_year`."""
        claim = self._claim(draft.unit, draft.year, kept.sentence, kept.year_note)
        claim.changes.append({key: kept.change.count, "base_year": base_year})
        if kept.change.rate is not None:
            claim.changes[-1]["rate"] = kept.change.rate.text
        self.entries[kept.entry] = _entry(
            kept.sentence, kept.text, kept.found, set(kept.change.spans), kept.outside, []
        )

    def _headline_change_borne_out(self, kept: _HeadlineChange, key: str) -> bool:
        """(eng-at2) "Cả nước tinh giản 14.236 biên chế công chức ..." over a body whose one
        change of that category says "giảm 14.326" where its own figures give 278.050 −
        263.814 = 14.236: a headline naming its category restates the body's one change of
        it, and the body's figures of both years bear the headline's amount out (the body's
        change is the slip, reported there). Read as that unit's change against the body's
        base year. A headline naming no category, a body of two such changes (or none), a
        base year not the headline's, figures not stated or not bearing it out: False."""
        category = kept.category
        if category is None:
            return False
        candidates = [
            (draft, data)
            for draft in self.claims.values()
            if kept.year in (None, draft.year)
            and draft.sentence.line.number != kept.sentence.line.number
            and self.registry.units[draft.unit].category is category
            for data in draft.changes
            if data.get("base_year") is not None
            and (data.get("reduction") is not None or data.get("increase") is not None)
        ]
        if len(candidates) != 1:
            return False
        draft, data = candidates[0]
        if data.get(key) is None or kept.base_year not in (None, data["base_year"]):
            return False
        here, there = self._stated(draft.unit, draft.year, data["base_year"])
        count = kept.change.count or 0
        amount = -count if kept.change.increase else count
        if here is not None and there is None and kept.year is not None:
            there = self._total_of_base(data["base_year"])
        if here is None or there is None or there - here != amount:
            return False
        self._take_headline_change(kept, key, draft, data["base_year"])
        return True

    def _total_of_base(self, base_year: int) -> int | None:
        """(eng-corpus) "Nghệ An dự kiến giảm 47 biên chế công chức năm 2025" over a body
        saying "... công chức năm 2025 là 3.212 biên chế, giảm 74 biên chế so với năm 2024" and
        "Năm 2024, ... giao cho Nghệ An 3.259 biên chế; ... gồm ...": the base year's figure
        of the text's one total naming no category (the text's only figure of that year),
        which the category's figure is compared with. None where the base year has no such
        figure or several figures."""
        units = self.registry.units
        values = [
            claim
            for claim in self.claims.values()
            if claim.year == base_year and claim.value is not None
        ]
        totals = [claim for claim in values if _text_total(units[claim.unit])]
        if len(totals) != 1:
            return None
        total = totals[0].unit
        # every other figure of that year is a part of that total, stated with it
        if any(claim.unit not in (total, *units[total].parts) for claim in values):
            return None
        return totals[0].value

    def _headline_change_disagreeing(self, kept: _HeadlineChange, key: str) -> None:
        """ "Phú Yên: năm 2024 giảm 1.183 người làm việc so với năm 2021" over a body saying
        "năm 2024 ... người làm việc ... 13.788 người, giảm 1.138 người so với năm 2021 (14.926
        người)": a headline naming its category, its year and the year it compares with
        restates the one change the body states of that category's whole between those years;
        where the amounts differ and the body's own figures bear the body's change out, the
        headline is the claim found wrong (read, so the checker reports it). A headline naming
        no category or no year compared with, a body of two such changes, or one its figures do
        not bear out, stays unread. "Bắc Ninh giảm 1.286 biên chế so với năm 2021", a place's
        change of "biên chế" alone (`headlines.names_the_whole`), is the text's one total's,
        in the one year the body compares with that year; a text of no total, or of two, or
        of two such years: unread."""
        units = self.registry.units
        if kept.base_year is None:
            self._headline_change_when(kept, key)
            return
        if kept.category is not None and kept.year is not None:
            category = kept.category

            def fits(unit: UnitDraft) -> bool:
                return _whole_of(unit, category)

        elif kept.category is None and kept.of_whole:
            totals = [unit for unit in units.values() if _text_total(unit)]
            if len(totals) != 1:
                return
            total = totals[0]

            def fits(unit: UnitDraft) -> bool:
                return unit is total

        else:
            return
        candidates = [
            (draft, data)
            for draft in self.claims.values()
            # the whole's: against that year in one year of the body only, whatever year the
            # report is of ("... giảm 1.268 so với năm 2021; năm 2025 ... giảm 1.682 so với năm
            # 2021": which one the headline restates is not said)
            if (kept.year in (None, draft.year) or (kept.of_whole and kept.category is None))
            and draft.sentence.line.number != kept.sentence.line.number
            and fits(units[draft.unit])
            for data in draft.changes
            if data.get("base_year") == kept.base_year
            and (data.get("reduction") is not None or data.get("increase") is not None)
        ]
        if len(candidates) != 1 or len({draft.unit for draft, _ in candidates}) != 1:
            return
        draft, data = candidates[0]
        if kept.year not in (None, draft.year):
            return
        stated = {(c.unit, c.year): c.value for c in self.claims.values() if c.value is not None}
        here = stated.get((draft.unit, draft.year))
        there = stated.get((draft.unit, kept.base_year))
        body = data.get("reduction")
        body_amount = body if body is not None else -(data.get("increase") or 0)
        if here is None or there is None or there - here != body_amount:
            return
        self._take_headline_change(kept, key, draft, kept.base_year)

    def _headline_change_when(self, kept: _HeadlineChange, key: str) -> None:
        """ "Hưng Yên giảm 1.428 biên chế trong năm 2026" over a body saying "tổng biên chế ...
        năm 2026 của tỉnh là 61.352, giảm 1.248 so với năm 2025 (62.600)"; "Tiền Giang giảm
        1.383 biên chế sau ba năm thực hiện Kết luận 40" over "... 30.290 ..., giảm 1.338 biên
        chế (4,23%) so với năm 2021 (31.628)" in a report of 2024: a place's change of
        "biên chế" alone naming no base year but when it happened (`headlines.
        whole_change_when`) restates the one change the body states of the text's one total
        that happened then: during the year named, against the year before; after the number
        of years named, its year less its base. Where the amounts differ and the body's own
        figures of both years bear the body's change out, the headline is that claim, found
        wrong. No total or two, no change of the total that happened then or two, a base figure
        not stated or not bearing it out, a category or a body named: unread, as before."""
        when = kept.when
        if when is None or kept.category is not None:
            return
        units = self.registry.units
        totals = [unit for unit in units.values() if _text_total(unit)]
        if len(totals) != 1:
            return
        total = totals[0]
        candidates = [
            (draft, data)
            for draft in self.claims.values()
            if draft.unit == total.id and draft.sentence.line.number != kept.sentence.line.number
            for data in draft.changes
            if data.get("base_year") is not None
            and (data.get("reduction") or data.get("increase"))
            and _happened_then(when, draft.year, data["base_year"])
        ]
        if len(candidates) != 1:
            return
        draft, data = candidates[0]
        here, there = self._stated(draft.unit, draft.year, data["base_year"])
        body = data.get("reduction")
        body_amount = body if body is not None else -(data.get("increase") or 0)
        if here is None or there is None or there - here != body_amount:
            return
        self._take_headline_change(kept, key, draft, data["base_year"])

    def _read_headline_cut(self, text: str, sentence: Sentence) -> Reading | None:
        """The headline's "tinh giản N biên chế ..." read as "giảm N biên chế ..." (`chains.
        spell_headline_cut`): a change the body must state of that very amount for the line to
        be read (`_headline_change`, never found wrong against another); None elsewhere."""
        if sentence.line.number != self.headline:
            return None
        spelled = spell_headline_cut(text)
        return read_spelled(spelled) if spelled is not None else None
