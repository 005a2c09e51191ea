"""The document walk: lines → headings and sentences → claims, units, targets, coverage.

Context is what makes a sentence's year and unit: the innermost heading with a year
("2.1. Năm 2024"), a year stated once in a total's sentence and meant for the bullets that
follow ("... năm 2025 là ... Trong đó:"), the block a "+" line sits under. Everything is
transcribed as written; a slip in the text stays a slip in the draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lotrinh.extract.grammar import Change, Kind, Statement, read_sentence
from lotrinh.extract.meta import Meta, read_meta
from lotrinh.extract.result import (
    Coverage,
    CoverageEntry,
    DataPath,
    ExtractError,
    ExtractResult,
    Message,
    Status,
)
from lotrinh.extract.targets import Mention, TargetDraft, by_law, recognise
from lotrinh.extract.text import (
    YEAR,
    Line,
    Sentence,
    Token,
    heading_depth,
    normalise,
    sentences,
    split_lines,
    tokens,
)
from lotrinh.extract.units import TOTAL_ID, Registry
from lotrinh.loading.errors import Problem
from lotrinh.model import Position, YearKind
from lotrinh.numbers import NumberError, parse_rate

Span = tuple[int, int]

_YEAR_IN_HEADING = re.compile(rf"(?<!\w)năm\s+({YEAR})", re.IGNORECASE)
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


@dataclass
class _Heading:
    depth: int
    text: str
    line: int
    year: int | None


@dataclass
class _ClaimDraft:
    unit: str
    year: int
    sentence: Sentence
    value: int | None = None
    changes: list[dict[str, Any]] = field(default_factory=list)
    year_note: Message | None = None


@dataclass
class _Block:
    unit: str
    marker: str | None
    opens_list: bool
    """The block's sentence ended with ':' (its categories follow as sub-bullets)."""


def extract_plan(text: str, name: str) -> ExtractResult:
    """Read a Vietnamese plan's prose into a draft plan and a coverage report.

    `text` is the document (NFC or NFD; lines end with LF, CRLF or CR); `name` labels
    messages. Returns the plan-file data (see `ExtractResult`). Raises `ExtractError`, and
    nothing else, when the text is empty or no sentence states a unit's headcount for a year
    ("not a plan"); the error then carries the coverage report.
    """
    text = normalise(text)
    if not text.strip():
        raise ExtractError(
            [
                Problem(
                    name,
                    1,
                    1,
                    "văn bản rỗng: không có gì để trích",
                    "the document is empty: there is nothing to extract",
                )
            ]
        )
    lines = split_lines(text)
    walk = _Walk(name, read_meta(lines))
    walk.run(lines)
    return walk.finish()


class _Walk:
    def __init__(self, name: str, meta: Meta) -> None:
        self.name = name
        self.meta = meta
        self.registry = Registry()
        self.headings: list[_Heading] = []
        self.paragraph_year: tuple[int, int] | None = None  # (year, line stated)
        self.block: _Block | None = None
        self.claims: dict[tuple[str, int, int, int], _ClaimDraft] = {}
        self.entries: list[CoverageEntry] = []
        self.year_kinds: dict[int, tuple[YearKind, Message]] = {}
        self.scope: str | None = None
        self.targets: list[TargetDraft] = []

    def run(self, lines: list[Line]) -> None:
        every = [s for line in lines if heading_depth(line) is None for s in sentences(line)]
        self.targets = recognise([Mention(s.text, s.line.number, s.column) for s in every])
        for line in lines:
            depth = heading_depth(line)
            if depth is not None:
                self._heading(line, depth)
                continue
            for sentence in sentences(line):
                self._sentence(sentence)

    def _heading(self, line: Line, depth: int) -> None:
        while self.headings and self.headings[-1].depth >= depth:
            self.headings.pop()
        years = {int(match.group(1)) for match in _YEAR_IN_HEADING.finditer(line.body)}
        year = years.pop() if len(years) == 1 else None
        self.headings.append(_Heading(depth, line.body, line.number, year))
        self.paragraph_year = None
        self.block = None
        found = tokens(line.body)
        if found:
            self.entries.append(
                CoverageEntry(line.number, line.offset + 1, line.body, Status.REFERENCE)
            )

    def _sentence(self, sentence: Sentence) -> None:
        found = tokens(sentence.text)
        if not found:
            return
        used: set[Span] = set()
        notes: list[Message] = []
        target = next(
            (
                t
                for t in self.targets
                if (t.line, t.column) == (sentence.line.number, sentence.column) and t.used
            ),
            None,
        )
        if target is not None:
            used.update(target.used)
            notes.append(
                Message(
                    f"câu được đọc là chỉ tiêu của {target.source}; các số khác trong câu không "
                    "phải chỉ tiêu biên chế được nhận ra",
                    f"read as the target of {target.source}; its other numbers are not a "
                    "recognised staffing target",
                )
            )
        else:
            reading = read_sentence(sentence.text)
            committed: dict[int, str] = {}
            for statement in reading.statements:
                self._commit(statement, sentence, committed, used, notes)
            notes.extend(orphan.why for orphan in reading.orphans)
        self.entries.append(_entry(sentence, found, used, notes))

    def _commit(
        self,
        statement: Statement,
        sentence: Sentence,
        committed: dict[int, str],
        used: set[Span],
        notes: list[Message],
    ) -> None:
        subject = statement.subject
        if subject.kind is None:
            notes.append(_NO_UNIT)
            return
        year, year_note = self._year(subject.year)
        if year is None:
            notes.append(_NO_YEAR)
            return
        usable = [change for change in statement.changes if change.base_year is not None]
        if len(usable) < len(statement.changes):
            notes.append(_NO_BASE)
        if statement.value is None and not usable and not statement.parts:
            return
        unit = self._unit(statement, sentence, committed)
        committed[id(statement)] = unit
        if subject.year is not None and statement.sets_year:
            self.paragraph_year = (subject.year, sentence.line.number)
        claim = self._claim(unit, year, sentence, year_note)
        if statement.value is not None and statement.value_span is not None:
            claim.value = statement.value
            used.add(statement.value_span)
        for change in usable:
            claim.changes.append(_change_data(change))
            used.update(change.spans)
        if statement.parts and subject.kind is Kind.CATEGORY:
            notes.append(_PARTS_OF_CATEGORY)
            return
        for part in statement.parts:
            if part.change is not None and part.change.base_year is None:
                continue
            child = self.registry.category(part.category, unit, sentence.line.number)
            child_claim = self._claim(child, year, sentence, year_note)
            if part.change is None:
                if child_claim.value is not None:
                    notes.append(_TWO_VALUES)
                    continue
                child_claim.value = part.count
            else:
                direction = "increase" if part.change.increase else "reduction"
                child_claim.changes.append(
                    {direction: part.count, "base_year": part.change.base_year}
                )
            used.add(part.span)
        self._year_kind(year)

    def _unit(self, statement: Statement, sentence: Sentence, committed: dict[int, str]) -> str:
        subject = statement.subject
        line = sentence.line
        if subject.kind is Kind.TOTAL:
            self.block = None
            if self.scope is None:
                self.scope = subject.scope
            return self.registry.total(subject.name, line.number)
        if subject.kind is Kind.BLOCK:
            unit = self.registry.block(subject.name, line.number)
            self.block = _Block(unit, line.marker, sentence.text.endswith(":"))
            return unit
        assert subject.category is not None
        container = statement.container
        if container is not None and id(container) in committed:
            parent: str | None = committed[id(container)]
        else:
            parent = self._category_parent(line)
        return self.registry.category(subject.category, parent, line.number)

    def _category_parent(self, line: Line) -> str | None:
        has_total = TOTAL_ID in self.registry.units
        block = self.block
        if block is None:
            return TOTAL_ID if has_total else None
        if block.opens_list or (line.marker is not None and line.marker != block.marker):
            return block.unit
        return TOTAL_ID if has_total else None

    def _year(self, stated: int | None) -> tuple[int | None, Message | None]:
        if stated is not None:
            return stated, None
        if self.paragraph_year is not None:
            year, line = self.paragraph_year
            return year, Message(
                f"năm {year} nêu ở câu dòng {line}",
                f"year {year} stated in the sentence at line {line}",
            )
        for heading in reversed(self.headings):
            if heading.year is not None:
                return heading.year, Message(
                    f"năm {heading.year} theo đề mục dòng {heading.line}",
                    f"year {heading.year} from the heading at line {heading.line}",
                )
        return None, None

    def _claim(
        self, unit: str, year: int, sentence: Sentence, year_note: Message | None
    ) -> _ClaimDraft:
        key = (unit, year, sentence.line.number, sentence.column)
        if key not in self.claims:
            self.claims[key] = _ClaimDraft(unit, year, sentence, year_note=year_note)
        return self.claims[key]

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

    def finish(self) -> ExtractResult:
        coverage = Coverage(tuple(self.entries))
        drafts = [c for c in self.claims.values() if c.value is not None or c.changes]
        if not drafts:
            raise _not_a_plan(self.name, coverage)
        notes: dict[str, Message] = {}
        positions: dict[DataPath, Position] = {}
        claims = []
        seen: dict[str, int] = {}
        for index, draft in enumerate(drafts):
            base = f"{draft.unit}-{draft.year}"
            seen[base] = seen.get(base, 0) + 1
            claim_id = base if seen[base] == 1 else f"{base}-{seen[base]}"
            entry: dict[str, Any] = {
                "id": claim_id,
                "unit": draft.unit,
                "year": draft.year,
                "source_line": draft.sentence.line.number,
                "quote": draft.sentence.text,
            }
            if draft.value is not None:
                entry["value"] = draft.value
            if draft.changes:
                entry["changes"] = draft.changes
            claims.append(entry)
            positions[("claims", index)] = Position(
                draft.sentence.line.number, draft.sentence.column
            )
            if draft.year_note is not None:
                notes[f"claims.{claim_id}"] = draft.year_note
        for unit_id in self.registry.detach_mixed_parts():
            notes[f"units.{unit_id}"] = Message(
                "không xếp vào tổng vì tổng đã được chia theo khối",
                "not made a part of the total, which is already split into blocks",
            )
        units = self.registry.as_data()
        for index, unit in enumerate(units):
            positions[("units", index)] = Position(self.registry.units[unit["id"]].line, 1)
        targets = self._targets(claims, notes, positions)
        years = {}
        for year in sorted(self.year_kinds):
            kind, why = self.year_kinds[year]
            years[year] = kind.value
            notes[f"years.{year}"] = why
        data: dict[str, Any] = {
            "lotrinh": 1,
            "plan": self._meta_data(),
            "years": years,
            "units": units,
            "claims": claims,
            "targets": targets,
        }
        return ExtractResult(data, coverage, notes, positions)

    def _meta_data(self) -> dict[str, Any]:
        meta = self.meta
        found = {
            "number": meta.number,
            "title": meta.title,
            "issuer": meta.issuer,
            "date": meta.date.isoformat() if meta.date else None,
            "scope": self.scope,
        }
        return {key: value for key, value in found.items() if value is not None}

    def _targets(
        self,
        claims: list[dict[str, Any]],
        notes: dict[str, Message],
        positions: dict[DataPath, Position],
    ) -> list[dict[str, Any]]:
        targets: list[dict[str, Any]] = []
        cited = self.targets + by_law({claim["year"] for claim in claims}, self.targets)
        for draft in cited:
            try:
                parse_rate(draft.rate)
            except NumberError:
                continue
            if draft.deadline <= draft.base_year:
                continue
            members = [u.id for u in self.registry.units.values() if u.category is draft.category]
            if not members:
                notes[f"targets.{draft.id}"] = _no_members(draft)
                continue
            entry: dict[str, Any] = {"id": draft.id, "source": draft.source}
            if draft.quote is not None:
                entry["quote"] = draft.quote
            measured = [
                u
                for u in members
                if any(
                    claim["unit"] == u
                    and any(
                        change["base_year"] == draft.base_year
                        for change in claim.get("changes", [])
                    )
                    for claim in claims
                )
            ]
            why = [] if draft.quote is not None else [_by_law(draft)]
            if measured and len(measured) < len(members):
                entry["units"] = measured
                why.append(
                    Message(
                        f"chỉ {', '.join(measured)} có so sánh với năm {draft.base_year}; chỉ "
                        "tiêu được đo trên các dòng đó",
                        f"only {', '.join(measured)} compare with {draft.base_year}; the target "
                        "is measured on those lines",
                    )
                )
            else:
                entry["category"] = draft.category.value
            if why:
                notes[f"targets.{draft.id}"] = Message(
                    "\n".join(m.vi for m in why), "\n".join(m.en for m in why)
                )
            entry.update(
                {
                    "base_year": draft.base_year,
                    "deadline": draft.deadline,
                    "min_reduction": draft.rate,
                }
            )
            positions[("targets", len(targets))] = _target_position(
                draft, entry.get("units", members), claims, positions
            )
            targets.append(entry)
        return targets


def _by_law(draft: TargetDraft) -> Message:
    # A reduction "below the base year by the deadline" is made over the years between.
    return Message(
        f"văn bản không trích {draft.source}; chỉ tiêu áp dụng theo quy định cho mọi địa phương "
        f"giai đoạn {draft.base_year + 1} - {draft.deadline}",
        f"the text does not cite {draft.source}; the target applies by law to every locality "
        f"for {draft.base_year + 1}-{draft.deadline}",
    )


def _no_members(draft: TargetDraft) -> Message:
    category = draft.category.value
    if draft.quote is None:
        return Message(
            f"{draft.source} áp dụng cho giai đoạn {draft.base_year + 1} - {draft.deadline} "
            f"nhưng văn bản không có đơn vị {category} nào: chỉ tiêu bị bỏ qua",
            f"{draft.source} applies to {draft.base_year + 1}-{draft.deadline} but the text "
            f"has no {category} unit: the target is left out",
        )
    return Message(
        f"văn bản nhắc {draft.source} (dòng {draft.line}) nhưng không có đơn vị "
        f"{category} nào: chỉ tiêu bị bỏ qua",
        f"the text cites {draft.source} (line {draft.line}) but has no "
        f"{category} unit: the target is left out",
    )


def _target_position(
    draft: TargetDraft,
    units: list[str],
    claims: list[dict[str, Any]],
    positions: dict[DataPath, Position],
) -> Position:
    """Where the text cites the target; for one that applies by law, the first sentence
    stating a figure it is measured on at its deadline (else any figure of its units)."""
    if draft.quote is not None:
        return Position(draft.line, draft.column)
    mine = [index for index, claim in enumerate(claims) if claim["unit"] in units]
    due = [index for index in mine if claims[index]["year"] == draft.deadline]
    chosen = due or mine
    return positions[("claims", chosen[0])] if chosen else Position(1, 1)


def _not_a_plan(name: str, coverage: Coverage) -> ExtractError:
    numeric = [entry for entry in coverage.entries if entry.status is not Status.REFERENCE]
    line, column = (numeric[0].line, numeric[0].column) if numeric else (1, 1)
    vi = (
        "không phải kế hoạch biên chế: không câu nào nêu số biên chế của một đơn vị trong một "
        f"năm ({len(numeric)} câu có số lượng, không câu nào hiểu được)"
    )
    en = (
        "not a staffing plan: no sentence states a unit's headcount for a year "
        f"({len(numeric)} sentences hold quantities, none was understood)"
    )
    return ExtractError([Problem(name, line, column, vi, en)], coverage)


def _change_data(change: Change) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if change.count is not None:
        data["increase" if change.increase else "reduction"] = change.count
    data["base_year"] = change.base_year
    if change.rate is not None:
        data["rate"] = change.rate.text
    return data


def _entry(
    sentence: Sentence, found: list[Token], used: set[Span], notes: list[Message]
) -> CoverageEntry:
    quantities = [token for token in found if token.quantity]

    def placed(token: Token) -> bool:
        return any(token.start < end and start < token.end for start, end in used)

    taken = [token.text for token in quantities if placed(token)]
    left = [token.text for token in quantities if not placed(token)]
    if not quantities:
        status = Status.REFERENCE
    elif not left:
        status = Status.UNDERSTOOD
    elif taken:
        status = Status.PARTIAL
    else:
        status = Status.NOT_UNDERSTOOD
    if left and not notes:
        notes = [_NO_PATTERN]
    unique = tuple(dict.fromkeys(notes)) if left else ()
    return CoverageEntry(
        sentence.line.number,
        sentence.column,
        sentence.text,
        status,
        tuple(taken),
        tuple(left),
        unique,
    )


_NO_PATTERN = Message(
    "không khớp mẫu câu nào đã biết (giá trị, giảm/tăng, tỷ lệ, chỉ tiêu)",
    "matches no known pattern (value, reduction/increase, rate, target)",
)
_NO_UNIT = Message(
    "không xác định được đơn vị (tổng, khối, CBCC, VC) mà câu nói đến",
    "could not tell which unit (total, block, CBCC, VC) the sentence is about",
)
_NO_YEAR = Message(
    "không xác định được năm: câu và đề mục phía trên không nêu năm",
    "could not tell the year: neither the sentence nor a heading above gives it",
)
_NO_BASE = Message(
    "mức giảm/tăng không nói so với năm nào",
    "a reduction or increase does not say which year it compares with",
)
_PARTS_OF_CATEGORY = Message(
    "phân tích theo loại bên trong một dòng CBCC/VC không được dùng",
    "a breakdown inside a CBCC/VC line is not used",
)
_TWO_VALUES = Message(
    "đã có số cho loại này trong câu; số thứ hai không được dùng",
    "this category already has a figure in the sentence; the second is not used",
)
