"""The walk's sentences: each read, resolved and committed as claims.

Part of `build`'s walk, split from it by theme: `_Walk`'s methods of this theme.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import Any

from lotrinh.extract.categories import read_categories
from lotrinh.extract.chains import spell_minimum_then_result
from lotrinh.extract.clauses import NOT_COUNTED_IN
from lotrinh.extract.communes import opening_day
from lotrinh.extract.document import COMPARED_BEFORE, YEAR, Sentence, Token, numbering_kind, tokens
from lotrinh.extract.lexicon import (
    CONTRACT_MENTION,
    EXCLUDING,
    PARENTHESES,
    category_mentioned,
    groups_in,
    groups_named,
    kind_of,
    names_part_time,
    own_revenue_posts,
    part_time_clauses,
)
from lotrinh.extract.merged import merged_sum, merger_marks
from lotrinh.extract.outside import same_people_elsewhere
from lotrinh.extract.result import Message, Status
from lotrinh.extract.revise import LEADS_AGAINST_PREVIOUS, owner_unsaid
from lotrinh.extract.rules import MINIMUM_RATE
from lotrinh.extract.sentence import (
    NO_SUBJECT,
    Change,
    Kind,
    Orphan,
    Reading,
    Statement,
    Subject,
    drop,
)
from lotrinh.extract.statements import (
    OPENS,
    POST_WORDS,
    counted_inside,
    in_post_unchanged,
    read_in_post,
    read_sentence,
    read_spelled,
)
from lotrinh.extract.steps import read_steps
from lotrinh.extract.structure import PERIOD_APPLIED
from lotrinh.extract.subjects import read_subject
from lotrinh.extract.walk_base import _WalkBase
from lotrinh.extract.walk_common import (
    _AGAINST_PREVIOUS,
    _ARTICLE,
    _HEADLINE_YEAR,
    _ITEM_OR_WHOLE,
    _NO_PATTERN,
    _NO_UNIT,
    _OPENS_ITEMS,
    _ROADMAP_CATEGORY_LEAD,
    _SELF_FINANCED_GIVEN_NONE,
    _UNREAD_OPENER,
    Resolved,
    Span,
    _ClaimDraft,
    _entry,
    _holds_no_post,
    _left,
    _level,
    _ManyNamed,
)
from lotrinh.numbers import NumberError, parse_count

_NOTES = re.compile(r"\s*(?:ghi\s+chú|chú\s+thích|lưu\s+ý)\s*:?\s*$", re.IGNORECASE)


def _add_change(changes: list[dict[str, Any]], data: dict[str, Any]) -> None:
    """(eng-ar1) A change added to a claim's, once: a roadmap row whose fall against the year
    before and whose fall to date both compare its first year with the base ("| 2022 | 3.790 |
    56 | 56 | 1,46% |", the row after "2021") says one comparison twice; the two are one
    change, with the rate either gives (it was read twice, a misread of blind AR1). Two of the
    same base and other amounts or rates stay both (the check finds them apart)."""
    for kept in changes:
        if (
            kept.get("base_year") == data.get("base_year")
            and kept.get("reduction") == data.get("reduction")
            and kept.get("increase") == data.get("increase")
            and None in (kept.get("rate"), data.get("rate"))
        ):
            if data.get("rate") is not None:
                kept["rate"] = data["rate"]
            return
    changes.append(data)


def _change_data(change: Change) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if change.count is not None:
        data["increase" if change.increase else "reduction"] = change.count
    data["base_year"] = change.base_year
    if change.rate is not None:
        data["rate"] = change.rate.text
    return data


def _numbers_of_name(text: str, name: str, reading: Reading) -> list[Span]:
    """The numbers of a table row's name ("Bệnh viện 71 Trung ương") where the reading
    writes it: no figures, where every statement read is of a unit of that name."""
    if not reading.statements or any(name not in s.subject.name for s in reading.statements):
        return []
    spans: list[Span] = []
    start = text.find(name)
    while start >= 0:
        spans += [
            (start + token.start, start + token.end) for token in tokens(name) if token.quantity
        ]
        start = text.find(name, start + len(name))
    return spans


def _planned(resolved: list[Resolved]) -> list[Span]:
    spans: list[Span] = []
    for statement, *_ in resolved:
        if statement.value_span is not None:
            spans.append(statement.value_span)
        spans += [span for change in statement.changes for span in change.spans]
        spans += [part.span for part in statement.parts]
        # a line's own change moved from its block keeps its rate (revise.line_changes)
        spans += [
            span
            for part in statement.parts
            if part.change is not None and part.change.spans[:1] == [part.span]
            for span in part.change.spans[1:]
        ]
    return spans


def _contracts_left_out(text: str) -> bool:
    """Whether the sentence names contract staff only to leave them out ("không kể hợp đồng
    lao động", "trừ hợp đồng ..."): its counts are then the others'."""
    return any(
        EXCLUDING.search(text, max(0, found.start() - 24), found.start()) is not None
        for found in CONTRACT_MENTION.finditer(text)
    )


_TWO_FIGURES = Message(
    "câu nêu hai số khác nhau cho cùng một đơn vị và năm",
    "the sentence gives one unit two different figures for the same year",
)


_OF_POSTS = re.compile(
    r"\s*(?:biên\s+chế|cán\s+bộ|công\s+chức|viên\s+chức|người\s+làm\s+việc)(?!\w)", re.I
)


_LABEL = re.compile(r"(?P<label>[^\d:;().]{3,60}):")


def _label(sentence: Sentence) -> Subject | None:
    """The category named by the label its line opens with, for a sentence after the first
    of the line; None for the first sentence, or a label naming no single category."""
    line = sentence.line
    found = _LABEL.match(line.body)
    if found is None or sentence.column - 1 - line.offset <= found.end():
        return None
    subject = read_subject(found.group("label"))
    if subject.kind is not Kind.CATEGORY or subject.category is None or subject.year is not None:
        return None
    return subject


_AGAINST_ITSELF = Message(
    "câu so sánh một số với chính năm của nó: không rõ số đó thuộc năm nào",
    "the sentence compares a figure with its own year: which year the figure is of is unclear",
)


def _against_itself(resolved: list[Resolved], text: str) -> bool:
    """ "Khối sự nghiệp của tỉnh còn 23.540 người, giảm 1.786 người so với mức 25.326 người
    của năm 2021": a change filed under the very year it compares with, the subject given that
    year by the comparison's own mention of it, the only one in the sentence, which a statement
    of the sentence holds (the figure of the year meant was dropped). A sentence naming the
    year twice ("Năm 2025, ... giảm 10 biên chế so với năm 2025") or a year from the context
    ("So với năm 2019, số biên chế này giảm ...") writes the change against its own year: read
    as written, the checker reports it."""
    said = {statement.subject.year for statement, *_ in resolved}
    return any(
        change.base_year == year
        and year in said
        and len(re.findall(rf"(?<![0-9]){year}(?![0-9])", text)) == 1
        for statement, year, *_ in resolved
        if year is not None
        for change in statement.changes
        + [part.change for part in statement.parts if part.change is not None]
    )


def _kept_against_its_own_year(resolved: list[Resolved], found: list[Token]) -> bool:
    """ "Năm 2024, tỉnh có 126 biên chế công chức. Biên chế công chức không thay đổi so với năm
    2024.": a change stating no count ("không thay đổi", "giữ nguyên") whose year the sentence
    does not say, taken from the context, is the very year it compares with. Unchanged against
    itself it could never be found wrong, and it is of a year the text does not name: unread."""
    if any(token.quantity for token in found):
        return False
    return any(
        change.base_year == year and statement.subject.year is None
        for statement, year, *_ in resolved
        if year is not None
        for change in statement.changes
        + [part.change for part in statement.parts if part.change is not None]
    )


def _states_a_change(reading: Reading | None) -> bool:
    """The sentence was read as a change of some unit (none placed: its year or unit not
    known), not as a mere mention of years."""
    return reading is not None and any(
        statement.changes or any(part.change for part in statement.parts)
        for statement in reading.statements
    )


def _two_values(resolved: list[Resolved]) -> bool:
    """ "Năm 2024, biên chế công chức là 1.000 biên chế; biên chế công chức là 900 biên chế":
    one subject given two different figures for one year in one sentence. Which is its figure
    is not said, so neither may be used (the second would silently replace the first). So too
    one category's share given twice ("Bộ A được giao 3.214 biên chế công chức, còn Bộ B được
    giao 1.046 biên chế công chức" read as one subject's shares)."""
    seen: dict[tuple[Subject, int], int] = {}
    for statement, year, _, known in resolved:
        shares = [(part.category, id(part.change)) for part in statement.parts]
        if len(shares) != len(set(shares)):
            return True
        if statement.value is None or known is not None:
            continue
        key = (replace(statement.subject, year=None), year)
        if seen.setdefault(key, statement.value) != statement.value:
            return True
    return False


def _rise_in_percent_alone(resolved: list[Resolved]) -> bool:
    """ "Năm 2025, biên chế công chức tăng 2% so với năm 2024": a rise said by its rate alone.
    A plan's rate is a cut's, so the rise would be written as a cut of 2% (a false alarm on a
    right text, an all-clear on a wrong one): not understood. With its count ("tăng 10 biên
    chế (2%)") the rise is written as such and read."""
    return any(
        change.increase and change.count is None and change.rate is not None
        for statement, *_ in resolved
        for change in (*statement.changes, *(p.change for p in statement.parts if p.change))
    )


_RISE_IN_PERCENT = Message(
    "câu nêu mức tăng chỉ bằng tỷ lệ phần trăm, không có số biên chế tăng",
    "the sentence gives a rise by its rate alone, with no count of posts",
)


def _stated_year(text: str) -> int | None:
    """The one year a sentence names other than as a base ("so với năm 2024"); 0 for several,
    None for none."""
    years = {
        int(found.group(1))
        for found in _HEADLINE_YEAR.finditer(text)
        if not COMPARED_BEFORE.search(text[max(0, found.start() - 40) : found.start()])
    }
    return years.pop() if len(years) == 1 else (0 if years else None)


_ALLOCATED_TO = re.compile(
    rf"(?<!\w)(?:giao|phân\s+bổ)(?!\w)[^.;:]{{0,200}}?(?<!\w)đến\s+(?:hết\s+)?năm\s+"
    rf"(?P<year>{YEAR})(?![0-9])",
    re.IGNORECASE,
)
"""Posts given up to a year ("Giao biên chế các cơ quan ... đến năm 2026 là ..."): the
figures of the allocation hold at that year."""


_POSTS_NAMED = re.compile(
    r"(?<!\w)(?<!giản\s)(?<!phải\s)(?<!ngoài\s)(?<!vào\s)"
    r"(?:biên\s+chế|công\s+chức|viên\s+chức|người\s+làm\s+việc)(?!\w)",
    re.IGNORECASE,
)
"""Posts named in a line: under a heading of people holding no post, a contradiction."""


def _joins_part_time_to_posts(text: str, statement: Statement) -> bool:
    """Whether a statement joins a count of part-time commune staff, named right after it,
    to another count of it ("giảm 42 người hoạt động không chuyên trách và 10 biên chế công
    chức", "có 152 người hoạt động không chuyên trách và 20 công chức"): those people hold no
    post, so the statement's figure is of posts and people together."""
    counts = [statement.value_span] if statement.value_span is not None else []
    counts += [change.spans[0] for change in statement.changes if change.spans]
    counts += [part.span for part in statement.parts]
    theirs = [span for span in counts if names_part_time(text[span[1] :])]
    return bool(theirs) and len(set(counts)) > len(set(theirs))


_IN_POST_SAID = re.compile(r"(?<!\w)(?:có\s+mặt|hiện\s+có|thực\s+có|đang\s+làm\s+việc)(?!\w)", re.I)


def _after_people_in_post(
    text: str, statement: Statement, change: Change, outside: list[Span]
) -> bool:
    """Whether a statement's change stands after a count of people in post set outside, that
    count after the statement's own figure, in the same sentence with no ";" between ("…
    được giao 2.087 biên chế, số công chức có mặt là 2.000 người, giảm 30 người …")."""
    if statement.value_span is None or not change.spans:
        return False
    start, at = statement.value_span[1], change.spans[0][0]
    return any(
        start <= span[0] < at
        and ";" not in text[span[0] : at]
        and _IN_POST_SAID.search(text, start, span[0]) is not None
        for span in outside
    )


def _read_minimum_then_result(text: str) -> Reading | None:
    """(eng-at2) A rule of the minimum cut against a year, then its result and one cut naming
    no year (`chains.spell_minimum_then_result`): the cut read against the rule's year."""
    spelled = spell_minimum_then_result(text)
    if spelled is None:
        return None
    reading = read_spelled(spelled[0])
    if reading is not None:
        reading.outside.append(spelled[1])  # the rule's rate: no figure of a unit
    return reading


class _SentencesMixin(_WalkBase):
    def _sentence_or_recall(
        self,
        sentence: Sentence,
        table_reading: str | None,
        unreadable: Message | None,
        numbered_name: str | None,
    ) -> None:
        """A sentence read; one right after a unit's figure that only adds that figure's own
        change ("(giảm 178 biên chế so với năm 2021, tỷ lệ giảm 10,23%)") or only recalls
        bodies as they were before a merger ("Để làm căn cứ so sánh: năm 2021, Bộ A (cũ) được
        giao 526 biên chế và Bộ B ...") leaves that figure the one a line after them shares
        out ("Phân bổ cụ thể như sau:", `_broken_down`): no part of a body is an old body's."""
        before = (self.last, self.last_stated, self.paragraph_year)
        stated = self.last_stated
        adjacent = self.last_entry == len(self.entries) - 1 and stated is not None
        listed = len(self.entries)
        made = len(self.made)
        self._sentence(sentence, table_reading, unreadable, numbered_name)
        unread = (
            table_reading is None
            and len(self.entries) == listed + 1
            and self.entries[-1].line == sentence.line.number
            and self.entries[-1].status is Status.NOT_UNDERSTOOD
        )
        if unread and adjacent and self._steps(sentence, listed):
            return
        if unread and merged_sum(sentence.text) is not None:
            self.merged_sums.append((listed, sentence, sentence.text, []))
        elif (
            unread
            and sentence.line.marker is not None
            and self.merged_sums
            and self.merged_sums[-1][0] == listed - 1 - len(self.merged_sums[-1][3])
        ):
            # an item right under the sum (or under its items before it)
            self.merged_sums[-1][3].append((listed, sentence))
        if not adjacent or stated is None or not self.entries:
            return
        here = (sentence.line.number, sentence.column)
        claims = [
            c for c in self.made[made:] if (c.sentence.line.number, c.sentence.column) == here
        ]
        entry = self.entries[-1]
        if not claims or entry.line != sentence.line.number or entry.unread:
            return
        own_change = all(
            (claim.unit, claim.year) == stated and claim.value is None for claim in claims
        )
        former = merger_marks(self.registry.units[stated[0]].name)[1] != ("cu",) and all(
            merger_marks(self.registry.units[claim.unit].name)[1] == ("cu",) for claim in claims
        )
        if own_change or former:
            self.last, self.last_stated, self.paragraph_year = before
            self.last_entry = len(self.entries) - 1

    def _steps(self, sentence: Sentence, listed: int) -> bool:
        """A line giving in steps ("Cụ thể: giảm 27 ...; giảm 11 ...; bổ sung 4 ...") the one
        change the sentence right before stated, of its one unit and year: the change again,
        as the steps' sum, against that change's base year (the sum checked as any change is).
        The sentence before stating several changes, or none, or the steps naming another base
        year: which change they detail is not said, and the line stays unread."""
        steps = read_steps(sentence.text)
        if steps is None:
            return False
        before = self.entries[listed - 1]
        drafts = [
            draft
            for draft in self.made
            if (draft.sentence.line.number, draft.sentence.column) == (before.line, before.column)
            and draft.changes
        ]
        if len(drafts) != 1 or len(drafts[0].changes) != 1:
            return False
        draft, change = drafts[0], drafts[0].changes[0]
        base = change.get("base_year")
        counted = "reduction" in change or "increase" in change
        if base is None or not counted or steps.base_year not in (None, base):
            return False
        detailed = self._claim(draft.unit, draft.year, sentence, draft.year_note)
        detailed.changes.append(
            {
                "reductions": tuple(step for step in steps.signed if step > 0),
                "increases": tuple(-step for step in steps.signed if step < 0),
                "base_year": base,
            }
        )
        found = tokens(sentence.text)
        self.entries[-1] = _entry(
            sentence, sentence.text, found, set(steps.used), list(steps.outside), []
        )
        return True

    def _sentence(
        self,
        sentence: Sentence,
        table_reading: str | None,
        unreadable: Message | None = None,
        numbered_name: str | None = None,
    ) -> None:
        text = sentence.text if table_reading is None else table_reading
        self.label = _label(sentence) if table_reading is None else None
        self.replaced.clear()  # (by id: a sentence's statements only, never a later object's)
        self._open_point(sentence.line)
        if self.article_year is not None and _stated_year(text) not in (None, self.article_year[0]):
            self.article_year = None  # "Năm 2024 giao ...", read or not: another year in view
        if table_reading is None and numbering_kind(sentence.line.marker) == _ARTICLE:
            allocated = _ALLOCATED_TO.search(text)
            if allocated is not None and _stated_year(text) == int(allocated.group("year")):
                self.article_year = (int(allocated.group("year")), sentence.line.number)
            applied = PERIOD_APPLIED.search(text)
            if applied is not None and _stated_year(text) is None:
                # "Điều 1. Biên chế ... giai đoạn 2026 - 2030 là N, áp dụng từ năm 2026": the
                # period's first year, which the article itself says its allocation holds from
                self.article_year = (int(applied.group("year")), sentence.line.number)
        if self.previous_lead not in (None, sentence.line.number) and (
            sentence.line.marker is None
            or table_reading is not None
            or self._sibling_of_lead(sentence.line)
        ):
            self.previous_lead = None  # the list it led ends with the first line not an item
        if (
            self.target_lead is not None
            and self.target_lead[0] != sentence.line.number
            and (sentence.line.marker is None or table_reading is not None)
        ):
            self.target_lead = None  # its items end with the first line not an item
        if self.people_lead not in (None, sentence.line.number) and (
            sentence.line.marker is None or table_reading is not None
        ):
            self.people_lead = None
        found = tokens(text)
        if (
            found
            and self.people_lead is not None
            and self.people_lead != sentence.line.number
            and not POST_WORDS.search(text)
        ):
            # "- 21 công chức, viên chức ... được điều chuyển ...;" listed under "UBND tỉnh đã
            # điều động, bố trí lại 193 công chức, viên chức ..., cụ thể:": the people listed
            people = [(t.start, t.end) for t in found if t.quantity]
            self.entries.append(_entry(sentence, text, found, set(), people, []))
            return
        if self.outside_lead is not None and self.outside_lead[0] != sentence.line.number:
            lead, lead_kind, items = self.outside_lead
            kind = numbering_kind(sentence.line.marker) or (sentence.line.marker or "").strip()
            if sentence.line.marker is None or table_reading is not None or kind == lead_kind:
                self.outside_lead = None  # the list it led ends with the first line not its item
            elif items is None:
                self.outside_lead = (lead, lead_kind, kind)
            elif kind != items:
                self.outside_lead = None  # numbered as no item of that list
        if (
            table_reading is None
            and any(token.quantity for token in found)
            and self._under_no_post(sentence.line.number)
        ):
            # "Điều 4. Chỉ tiêu hợp đồng lao động ...: a) ... 11.918 chỉ tiêu, trong đó cơ quan
            # hành chính 1.440 chỉ tiêu ...": every count under a heading or a lead of people
            # holding no post is theirs, whatever bodies it names. A line naming posts is read
            # as usual where that places nothing ("..., không tính vào số lượng người làm
            # việc"); where it would give a unit a figure it contradicts its heading: which it
            # is, is not said
            left_out = EXCLUDING.search(text)
            if not _POSTS_NAMED.search(text, 0, left_out.start() if left_out else len(text)):
                # (posts named only as what the count is not: "...; không tính vào số cán
                # bộ, công chức cấp xã")
                counts = [(t.start, t.end) for t in found if t.quantity]
                self.entries.append(_entry(sentence, text, found, set(), counts, []))
                return
            if read_sentence(text).statements:
                self.entries.append(_entry(sentence, text, found, set(), [], [NO_SUBJECT]))
                return
        if table_reading is None and self._lead_body(sentence, text, found):
            return
        if table_reading is None and self._lead_against(sentence, text, found):
            return
        if (
            found
            and not any(token.quantity for token in found)
            and OPENS.search(text)
            and len(text) < 60
            and self.last is not None
            and self.last_spoken is not None
            and self.last_entry == len(self.entries) - 1
            and self.entries[-1].line == sentence.line.number
            and _stated_year(text) == self.last[1]
        ):
            # "... còn 16.573 người, tỷ lệ giảm 10,00% so với năm 2022. Phân theo lĩnh vực đến
            # năm 2026:" naming again only the year of the figure just stated, on its line:
            # its items are that figure's parts, as after "Trong đó:"
            self._open(self.last[0], sentence.line)
        if (
            not any(token.quantity for token in found)
            and OPENS.search(text)
            and _SELF_FINANCED_GIVEN_NONE.search(text)
        ):
            # "Các đơn vị tự bảo đảm chi thường xuyên không được giao số lượng người làm việc
            # ...:": the items below count the people of bodies paid from their own revenue
            self.people_lead = sentence.line.number
        if not found:
            roadmap = self._category_lead(sentence, _ROADMAP_CATEGORY_LEAD)
            if OPENS.search(text) and own_revenue_posts(text):
                # "3. Số lượng người làm việc hưởng lương từ nguồn thu sự nghiệp được phê duyệt
                # cho các đơn vị …:": its items are posts paid from own revenue, of no unit read
                self._open(_UNREAD_OPENER, sentence.line)
                self.enumerations[-1].own_revenue = True
            elif roadmap is not None and (
                self.last is None or self.registry.units[self.last[0]].category != roadmap
            ):
                # "Lộ trình tinh giản biên chế viên chức:" right after a line of công chức:
                # the items are the category the lead names, never the unit just stated
                self._open(_UNREAD_OPENER, sentence.line)
                self.enumerations[-1].category = roadmap
            elif self._roadmap_of_another_total(sentence):
                # "Lộ trình tinh giản tổng biên chế:" right after a line of công chức: the
                # total's items, whose figures the text has not tied to a unit: unread
                self._open(_UNREAD_OPENER, sentence.line)
            elif (
                OPENS.search(text)
                and self.last is not None
                and len(text) < 40
                and self.last_entry == len(self.entries) - 1
                and not _NOTES.match(text)
            ):
                # "Trong đó:" on its own, right after the sentence that stated the unit (never
                # after one not read: the unit would be an older sentence's); "Ghi chú:" opens
                # notes, never a list of parts. After a sentence speaking of several units (a
                # unit and its parts) which one the list is of is not said: its items are
                # of no unit read.
                if self.last_spoken is not None:
                    self._open(self._list_unit(sentence.line, text), sentence.line)
                elif (yearly := self._yearly_lead(text)) is not None:
                    self._open(yearly, sentence.line)
                    self.enumerations[-1].years_of = True
                else:
                    self._open(_UNREAD_OPENER, sentence.line)
            elif (category := self._category_lead(sentence)) is not None or (
                category := self._category_lead(sentence, _ROADMAP_CATEGORY_LEAD)
            ) is not None:
                self._open(_UNREAD_OPENER, sentence.line)
                self.enumerations[-1].category = category
            if OPENS.search(text) and _AGAINST_PREVIOUS.search(text):
                self.previous_lead = sentence.line.number
                self.previous_lead_kind = numbering_kind(sentence.line.marker)
            return
        used: set[Span] = set()
        notes: list[Message] = []
        outside: list[Span] = []
        reading_of: Reading | None = None
        kept_only = False
        # Every target the sentence cites ("5% biên chế công chức và 10% viên chức"): each
        # accounts for its own rate.
        cited = [
            t
            for t in self.targets
            if (t.line, t.column) == (sentence.line.number, sentence.column) and t.used
        ]
        target = cited[0] if cited else None
        if table_reading is None:
            self._note_target_lead(sentence, text)
        first = (
            (
                self._read_this_year(text)
                or self._read_pair_back(text)
                or read_categories(text, self.meta.own, district=self.district, city=self.city)
                or self._read_headline_cut(text, sentence)
                or read_sentence(text)
            )
            if unreadable is None
            else None
        )
        if first is not None and table_reading is None:
            first = (
                self._read_from_to(text, sentence.line)
                or self._read_from_to_said(text, sentence.line)
                or self._read_adjusted(text, sentence.line)
                or self._read_correction(text)
                or self._read_moved_by(text, sentence.line)
                or _read_minimum_then_result(text)
                or first
            )
        place = self.places.get((sentence.line.number, sentence.column))
        if first is not None and place is not None and table_reading is None:
            first = self._read_at_place(text, first, place)
        if first is not None and table_reading is None:
            own = " ".join([*self.meta.own, (self.meta.title or "").casefold()])
            owner_unsaid(first, " ".join(own.split()))
        if first is not None and (not self.part_time_allocated or NOT_COUNTED_IN.search(text)):
            # (in a text setting them beside posts, a sentence saying they are no posts:
            # "số người hoạt động không chuyên trách cấp xã (3.720 người) không tính vào biên
            # chế")
            theirs = part_time_clauses(text)

            def of_part_time(at: int) -> bool:
                index = bisect_right(theirs, (at, len(text))) - 1
                return index >= 0 and theirs[index][0] <= at < theirs[index][1]

            # "Số người hoạt động không chuyên trách ở cấp xã là 3.164 người": part-time
            # commune staff hold no post; only a document that allocates them beside posts
            # makes them a unit of its plan
            for alone in [
                s
                for s in first.statements
                # (of a subject running over a ";", its last clause: "...; tổng số cán bộ, công
                # chức ... hiện là 14.210 người" is no part-time staff's)
                if names_part_time(s.subject.name.rsplit(";", 1)[-1])
                # "các xã bố trí 152 người hoạt động không chuyên trách": named after the count
                or (
                    s.value_span is not None
                    and not s.changes
                    and names_part_time(text[s.value_span[1] :])
                )
                # "...; tổng số người hoạt động không chuyên trách ở thôn, tổ dân phố hiện là
                # 14.210 người": a count in a clause speaking of them alone
                or (s.value_span is not None and of_part_time(s.value_span[0]))
                # (eng-outside) "quận giảm 42 người hoạt động không chuyên trách ở phường":
                # a change alone, each count of them named right after it, in their clause
                or (
                    s.value is None
                    and bool(s.changes)
                    and all(
                        c.count is not None
                        and bool(c.spans)
                        and of_part_time(c.spans[0][0])
                        and names_part_time(text[c.spans[0][1] :])
                        for c in s.changes
                    )
                )
            ]:
                if alone.value_span is not None:
                    for orphan in [
                        o
                        for o in first.orphans
                        if same_people_elsewhere(text, alone.value_span[1], o.span)
                    ]:
                        # "...: 264 người; ở thôn, tổ dân phố: 581 người": theirs too
                        first.orphans.remove(orphan)
                        first.outside.append(orphan.span)
                drop(first, alone)
            # "Số người hoạt động không chuyên trách ... giảm từ 1.148 người xuống còn 1.079
            # người": what their clause counts that no statement took is theirs too, after
            # a clause of posts as well ("...; ngoài ra còn 1.412 người hoạt động không chuyên
            # trách")
            for orphan in [o for o in first.orphans if of_part_time(o.span[0])]:
                first.orphans.remove(orphan)
                first.outside.append(orphan.span)
            if not first.statements:
                # ("mỗi thôn chỉ còn tối đa 3 người hoạt động không chuyên trách": no rule's)
                first.outside += [
                    (t.start, t.end) for t in found if t.quantity and of_part_time(t.start)
                ]
        if first is not None:
            # (eng-latent) "huyện giảm 42 người hoạt động không chuyên trách và 10 biên chế công
            # chức": a count of part-time staff joined to counts of posts in one statement: the
            # statement's figure or change is no post's, and which of its counts are the
            # unit's is unsaid, so none is read
            for mixed in [s for s in first.statements if _joins_part_time_to_posts(text, s)]:
                drop(first, mixed, NO_SUBJECT)
            # "tỉnh được giao 2.087 biên chế công chức, số công chức có mặt là 2.000 người, giảm
            # 30 người so với năm 2024": a change after the people in post set aside is theirs
            # (or unsaid), never the posts' before them
            for statement in first.statements:
                for change in [
                    c
                    for c in statement.changes
                    if _after_people_in_post(text, statement, c, first.outside)
                ]:
                    statement.changes.remove(change)
                    first.orphans += [Orphan(span, NO_SUBJECT) for span in change.spans]
        if first is not None:
            # staff in post whose sentence states no change of them: outside, never a unit
            # ("... có 3.100 cán bộ, công chức (cấp tỉnh 1.643 người, cấp huyện 1.457 người)":
            # the statements inside them go with them)
            present = [s for s in first.statements if in_post_unchanged(s)]
            changed = [
                s for s in first.statements if read_in_post(s) and not any(s is p for p in present)
            ]
            for statement in list(first.statements):
                if any(statement is p for p in present) or counted_inside(statement, present):
                    drop(first, statement)
                elif counted_inside(statement, changed):
                    # the breakdown of people in post whose change is stated: whose parts
                    # they are is not said (they would be taken for posts), so none is read
                    drop(first, statement, NO_SUBJECT)
        if unreadable is not None:
            notes.append(unreadable)
        elif target is not None and (
            first is None or not first.statements or first.orphans or first.contracts
        ):
            for each in cited:
                used.update(each.used)
            # other minimums it sets ("số đơn vị ... giảm ít nhất 20%") are rules, not figures;
            # a minimum of posts that is not the target's rate stays unread (a misquote)
            outside = [
                m.span("n" if m.group("n") else "m")
                for m in MINIMUM_RATE.finditer(text)
                if not _OF_POSTS.match(text, m.end())
            ]
            notes.append(
                Message(
                    f"câu được đọc là chỉ tiêu của {target.source}; các số khác trong câu không "
                    "phải chỉ tiêu biên chế được nhận ra",
                    f"read as the target of {target.source}; its other numbers are not a "
                    "recognised staffing target",
                )
            )
        else:
            assert first is not None
            reading = first
            reading_of = reading
            if reading.contracts and self.enumerations and not reading.statements:
                # "- Lao động hợp đồng ...: 1.521 người" listed among a total's parts: the
                # text adds them, so they are a part of its sum (a unit of no category).
                reading.statements = [
                    replace(s, subject=replace(s.subject, kind=Kind.BLOCK))
                    for s in reading.contracts
                ]
                reading.outside = []
                self.contract_lines.add(len(self.entries))
            # "... giảm 155 biên chế (tương đương 5%), đạt mục tiêu của Kết luận 40": a
            # sentence citing a target and stating figures is read as both.
            outside = reading.outside + [span for each in cited for span in each.used]
            if (
                CONTRACT_MENTION.search(text)
                # "Số người làm việc và hợp đồng 111 ... là 1.522 chỉ tiêu" also counts posts:
                # never dropped unread, whatever its subject
                and not groups_named(text)
                and all(statement.subject.kind is None for statement in reading.statements)
                # "Biên chế năm 2025 là 1.200 người (không kể hợp đồng lao động)": the others'
                # figure, contract staff left out of it; never dropped as theirs
                and not _contracts_left_out(text)
            ):
                reading.statements = []  # "không còn người làm hợp đồng ... (giảm 2 người)"
                outside = [(t.start, t.end) for t in found if t.quantity]
            if numbered_name is not None:
                outside += _numbers_of_name(text, numbered_name, reading)
            notes.extend(orphan.why for orphan in reading.orphans)
            resolved = self._resolve(reading, sentence, notes)
            if resolved is not None and _left(text, found, _planned(resolved), outside):
                notes.append(_NO_PATTERN)  # a quantity no statement took: none is used
            if resolved is not None and _two_values(resolved):
                notes.append(_TWO_FIGURES)
            if resolved is not None and (
                _against_itself(resolved, text) or _kept_against_its_own_year(resolved, found)
            ):
                notes.append(_AGAINST_ITSELF)
            if resolved is not None and any(
                id(statement) in self.own_posts
                and self.own_posts_years.get(year, statement.value) != statement.value
                for statement, year, *_ in resolved
            ):
                notes.append(_TWO_FIGURES)  # the text's own posts given twice for one year
            if resolved is not None and _rise_in_percent_alone(resolved):
                notes.append(_RISE_IN_PERCENT)
            if resolved is not None and self._subset_of_no_category(resolved):
                notes.append(_NO_UNIT)
            if resolved is not None and any(
                statement.named_again and self._named_subset(statement) is None
                for statement, *_ in resolved
            ):
                notes.append(_NO_UNIT)  # no one subset of that name set up before
            if resolved is not None and not notes:
                for statement, year, *_ in resolved:
                    if id(statement) in self.own_posts and statement.value is not None:
                        self.own_posts_years[year] = statement.value
                committed: dict[int, str] = {}
                if reading.shares:
                    # the shares of the unit the sentence before stated: its parts
                    assert self.last_spoken is not None
                    self._open(self.last_spoken[0], sentence.line)
                lead_year = self.paragraph_year
                resolved = self._lead_total_row(resolved)
                for item in resolved:
                    self._commit(item, sentence, committed, used)
                if self._item_year_own(sentence, resolved, lead_year):
                    self.paragraph_year = lead_year
                kept_only = not used  # "A và B được giữ nguyên như năm 2021": no count, read
                if reading.shares:
                    self.enumerations.pop()
                # the one unit the sentence spoke of (in one or more years), for shares after it
                spoken = {
                    committed[id(statement)] for statement, *_ in resolved if not statement.subset
                }
                # the one unit it stated, its parts listed beside it aside, and that year
                stated_units = {
                    (committed[id(statement)], year)
                    for statement, year, *_ in resolved
                    if statement.container is None and statement.sets_year
                }
                self.last_stated = stated_units.pop() if len(stated_units) == 1 else None
                self._note_point(sentence.line)
                # (a base year's figure recalled in parentheses names no year of its own)
                years = {year for statement, year, *_ in resolved if statement.sets_year}
                # "năm 2025 là B; năm 2024 là A. Trong đó: ...": which year's figure the
                # shares break down is said only by a year of their own
                self.last_spoken_all = {
                    committed[id(statement)]
                    for statement, *_ in resolved
                    if not statement.subset and statement.container is None
                }
                self.last_spoken = (
                    (spoken.pop(), years.pop() if len(years) == 1 else None)
                    if len(spoken) == 1
                    else None
                )
                if self.besides is not None and self.besides[0] == sentence.line.number:
                    self.besides_units.append((committed[id(resolved[0][0])], self.besides[1]))
                    self.besides = None
                owner = resolved[0][0]
                unit = committed[id(owner)]
                lines = {part.category for part in owner.parts}
                if owner.value is None and len(lines) == 1 and not owner.changes:
                    # "giao 1.027 biên chế cán bộ, công chức cho các cơ quan Đảng ...,
                    # cụ thể:": the items are the parts of the block's line stated,
                    # never of the block (whose own figure is not)
                    unit = self.registry.category(lines.pop(), unit, sentence.line.number)
                self.list_unit = (sentence.line.number, committed[id(owner)], unit)
                if OPENS.search(text):
                    bases = {c.base_year for s, *_ in resolved for c in s.changes}
                    if unit != committed[id(owner)]:
                        bases |= {p.change.base_year for p in owner.parts if p.change}
                    base = bases.pop() if len(bases) == 1 else None
                    if not bases and base is None:
                        base = self._enclosing_base(unit, sentence.line)
                    self._open(unit, sentence.line, base)
                    if LEADS_AGAINST_PREVIOUS.search(text):
                        # "...; số giảm từng năm tính so với năm liền trước, cụ thể:": the
                        # items' changes are each against the year before their own
                        self.previous_lead = sentence.line.number
                        self.previous_lead_kind = numbering_kind(sentence.line.marker)
        entry = _entry(sentence, text, found, used, outside, notes)
        day = opening_day(text)
        if day is not None and not used and entry.status in (Status.OUTSIDE, Status.REFERENCE):
            # "Từ ngày 01/7/2025, toàn tỉnh có 99 đơn vị hành chính cấp xã. Ủy ban nhân dân
            # tỉnh giao cho các xã, phường ...": what follows is of the day's year, never of
            # the year an item above named; after "Đến ngày ..." of neither, if they differ
            if day[1]:
                self.paragraph_year = (day[0], sentence.line.number)
            elif self.paragraph_year is None or self.paragraph_year[0] != day[0]:
                self.paragraph_year = None
                self.unread_year = (day[0], sentence.line.number)
        if kept_only and entry.status is Status.REFERENCE:
            entry = replace(entry, status=Status.UNDERSTOOD)
        elif entry.status is Status.REFERENCE and notes and _states_a_change(reading_of):
            # "Biên chế hội ... không thay đổi so với năm 2024." whose year is not known: a
            # change stated with no count, not placed; reported, never dropped as a reference
            entry = replace(entry, status=Status.NOT_UNDERSTOOD, notes=tuple(dict.fromkeys(notes)))
        if reading_of is not None and reading_of.people and entry.status is Status.OUTSIDE:
            # "đã giải quyết cho 271 trường hợp": people who left, counted (a headline may
            # say it as a cut of posts)
            for start, end in reading_of.outside:
                try:
                    self.leavers.add(parse_count(text[start:end]))
                except NumberError:
                    continue
        if (
            reading_of is not None
            and reading_of.people
            and entry.status is Status.OUTSIDE
            and OPENS.search(text)
        ):
            self.people_lead = sentence.line.number
        if (
            reading_of is not None
            and (reading_of.contracts or _holds_no_post(text, self.part_time_allocated))
            and not reading_of.statements
            and entry.status is Status.OUTSIDE
            and table_reading is None
            and text.rstrip().endswith(":")
        ):
            # "Chỉ tiêu hợp đồng lao động ... năm 2025 là 22.838 chỉ tiêu, cụ thể:"
            marker = sentence.line.marker
            kind = numbering_kind(marker) or (marker or "").strip()
            self.outside_lead = (sentence.line.number, kind, None)
        if entry.unread and sentence.line.number == self.headline and reading_of is not None:
            self._keep_headline_change(reading_of, sentence, text, found, outside)
        if entry.unread and sentence.line.number == self.headline and table_reading is None:
            self._keep_headline_figure(sentence, text, found)
            self.headline_unread = (len(self.entries), sentence, text, found)
        if (
            entry.unread
            and reading_of is not None
            and reading_of.many_named is not None
            and not self.claims
            and sentence.line.marker is None
        ):
            # at the top, before any figure: a headline or title counting several categories
            value, span, words = reading_of.many_named
            named = {int(y) for y in _HEADLINE_YEAR.findall(text)}
            if len(named) == 1 and len(groups_in(words)) > 1:
                self.many_named = _ManyNamed(
                    len(self.entries),
                    sentence,
                    text,
                    found,
                    outside,
                    value,
                    span,
                    groups_in(words),
                    named.pop(),
                )
        if entry.unread and self.besides is not None and self.besides[0] == sentence.line.number:
            # "Ngoài ra, ..." not read: whether it adds a part to the list above is unknown.
            self.incomplete.add(self.besides[1])
        if (
            self.enumerations
            and (
                entry.unread
                or (entry.status is Status.OUTSIDE and sentence.line.marker is not None)
            )
            # a change the figures cannot tell the item's or the whole's is no part left out
            and _ITEM_OR_WHOLE not in entry.notes
        ):
            # An item of the list was not read, or holds numbers read as none of its posts
            # ("- Thanh tra tỉnh 36 người dân"): the parts read are not all the parts.
            self.incomplete.add(self.enumerations[-1].unit)
        if (
            entry.unread
            and table_reading is None
            and not self.enumerations
            and not OPENS.search(text)
        ):
            self.unread_alone = sentence.line.number
        if (
            entry.unread
            and table_reading is None
            and sentence.line.marker is not None
            and not OPENS.search(text)
        ):
            self.unread_item = (
                sentence.line.number,
                _level(sentence.line.marker),
                _stated_year(text) or None,
            )
        if entry.unread and table_reading is None:
            # the year it speaks of, named before its first count ("Năm 2025, số biên chế
            # ... là 1.987"); a year after it may be a base recalled ("... so với 33.143 biên
            # chế được giao năm 2022")
            first_count = min((t.start for t in found if t.quantity), default=len(text))
            year_named = _stated_year(PARENTHESES.sub(" ", text[:first_count]))
            if year_named:
                self.unread_year = (year_named, sentence.line.number)
        if entry.unread and self.table is None and OPENS.search(text):
            # "2. Thống nhất giao ... năm 2025, ..., cụ thể:" not read: its items are parts of
            # no unit read, and of its year, never of another the context gives
            self._open(_UNREAD_OPENER, sentence.line)
            self.enumerations[-1].year = _stated_year(text)
            self.enumerations[-1].counted = True
            said = kind_of(text) or category_mentioned(text)
            self.enumerations[-1].named = said.category if said is not None else None
        if (
            entry.status is Status.OUTSIDE
            and not entry.unread
            and self.table is None
            and text.rstrip().endswith(":")
            and self.people_lead != sentence.line.number
        ):
            # "c) Các phòng chuyên môn còn lại (10 phòng):" left outside for its count of
            # bodies: its items ("- Năm 2021: 64 biên chế;") are the bodies', never the unit the
            # heading names (they were filed under it: a misread and two false alarms of blind
            # AB2)
            self._open(_UNREAD_OPENER, sentence.line)
            self.enumerations[-1].own_revenue = own_revenue_posts(text)
        if entry.status is Status.OUTSIDE and self.table is not None and not entry.unread:
            # a row outside the plan ("Hợp đồng theo Nghị định 111 | 200 | 180"): a total row
            # may or may not add it, so the rows read are not known to be all its parts
            self.table_unread = True
            if self.table_total is not None:
                self.incomplete.add(self.table_total)
        if entry.unread and self.table is not None and self.row_subset:
            pass  # "| | Trong đó: ... |" unread: some of a row's posts, no part of anything lost
        elif entry.unread and self.table is not None and self.row_loose:
            # a row whose level is unsaid: every line open may have lost a part, and none
            # of the rows after it are its lines
            self.table_unread = True
            for parents in (self.row_parents, *self.category_parents.values()):
                self.incomplete.update(parents)
            if self.table_total is not None:
                self.incomplete.add(self.table_total)
        elif entry.unread and self.table is not None:
            self.table_unread = True
            # The rows it holds are lines of no row read (never of a sibling above it), and
            # the rows holding it lose a part.
            for parents in (self.row_parents, *self.category_parents.values()):
                self.incomplete.update(parents[: self.row_depth])
                del parents[self.row_depth :]
            if self.table_total is not None:
                self.incomplete.add(self.table_total)
        self.entries.append(entry)

    def _commit(
        self, item: Resolved, sentence: Sentence, committed: dict[int, str], used: set[Span]
    ) -> None:
        statement, year, year_note, known = item
        subject = statement.subject
        unit = known or self._unit(statement, sentence, committed)
        committed[id(statement)] = unit
        if id(statement) in self.replaced:
            setting = self.replaced.pop(id(statement))[0]
            if setting in committed:
                self.superseded[committed[setting]] = unit
        if known is None and not statement.subset:
            number = sentence.line.number
            if self.line_units is None or self.line_units[0] != number:
                self.line_units = (number, [])
            self.line_units[1].append((unit, year))
            if sentence.line.marker is not None and (self.enumerations or self.headings):
                # (items under a lead that is a heading, "Năm 2026, Cục X:", are its list)
                opened = (
                    self.enumerations[-1].opened if self.enumerations else -self.headings[-1].line
                )
                if self.item_units is None or self.item_units[0] != opened:
                    self.item_units = (opened, {})
                category = self.registry.units[unit].category
                self.item_units[1].setdefault(category, set()).add((unit, year))
                self.last_item_line = number
        if (
            subject.year is not None
            and statement.sets_year
            and (
                known is None
                or id(statement) in self.goes_on
                or _OPENS_ITEMS.search(sentence.text) is not None
            )
        ):
            # A parenthesis line recalling another year ("năm 2021 khối này có ...") does
            # not move the year of the items after it; a figure of the unit just named that
            # opens a list of its own ("Biên chế năm 2026 là 66 biên chế, cụ thể:" after a
            # sentence of 2021) does: its items share out that figure, of its year (they were
            # filed under the year of the sentence before).
            self.paragraph_year = (subject.year, sentence.line.number)
            if self.article_year is not None and self.article_year[0] != subject.year:
                self.article_year = None  # the text has turned to another year
        narrows = self._narrows_last(statement, sentence, unit)
        if statement.subset or narrows:
            # some of the figure just stated: the text goes on about that figure ("Trong đó,
            # số người làm việc của các trường ... là 2.396 người" is never the unit a result
            # line after it speaks of: it was, a misread and a false alarm of blind AG2)
            pass
        elif statement.sets_year or self.last_entry != len(self.entries):
            # "..., giảm 29 biên chế so với năm 2024 (1.902 biên chế).": the base year's
            # figure recalled last is not what a parenthesis line after it speaks of
            self.last = (unit, year)
        if not statement.subset and not narrows:
            self.last_entry = len(self.entries)
            self.last_listed = sentence.line.marker is not None and bool(self.enumerations)
            bases = {change.base_year for change in statement.changes}
            self.last_base = (unit, bases.pop()) if len(bases) == 1 else None
        elif narrows:
            self.narrowed = (len(self.entries), unit)
        claim = self._claim(unit, year, sentence, year_note)
        if statement.value is not None and statement.value_span is not None:
            claim.value = statement.value
            self.figures.setdefault(statement.value, set()).add((unit, year))
            self.stated_figures.add((unit, year))
            self.values.setdefault((unit, year), set()).add(statement.value)
            if unit not in self.paid_said and self._names_pay_source(sentence):
                self.paid_said.add(unit)
            used.add(statement.value_span)
        for change in statement.changes:
            _add_change(claim.changes, _change_data(change))
            used.update(change.spans)
            if change.count is not None and change.base_year is not None:
                self.stated_changes.setdefault((unit, year), {}).setdefault(
                    change.base_year, set()
                ).add(change.count if change.increase else -change.count)
        for part in statement.parts:
            child = self.registry.category(part.category, unit, sentence.line.number)
            # its categories listed in its own sentence ("gồm 1.018 cán bộ, công chức và 108
            # viên chức") are a listing of its parts, as a list below it is
            self.listings.setdefault(unit, {}).setdefault(("s", sentence.line.number), set()).add(
                child
            )
            child_claim = self._claim(child, year, sentence, year_note)
            if part.change is None:
                child_claim.value = part.count
                self.figures.setdefault(part.count, set()).add((child, year))
                self.values.setdefault((child, year), set()).add(part.count)
            elif part.change.spans and part.change.spans[0] == part.span:
                # the line's own change, moved from its block (revise.line_changes)
                child_claim.changes.append(_change_data(part.change))
                used.update(part.change.spans)
            else:
                direction = "increase" if part.change.increase else "reduction"
                child_claim.changes.append(
                    {direction: part.count, "base_year": part.change.base_year}
                )
            used.add(part.span)
        self._year_kind(year)

    def _claim(
        self, unit: str, year: int, sentence: Sentence, year_note: Message | None
    ) -> _ClaimDraft:
        key = (unit, year, sentence.line.number, sentence.column)
        if key not in self.claims:
            self.claims[key] = _ClaimDraft(unit, year, sentence, year_note=year_note)
            self.claims_on.setdefault(sentence.line.number, []).append(self.claims[key])
            self.claim_years.add(year)
            self.made.append(self.claims[key])
        return self.claims[key]
