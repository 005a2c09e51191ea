"""Pass 4 and 5, units and plan: the document's sites (`structure`) read as statements
(`statements`) → units (`units`), claims, targets and the coverage report.

document (`document`: lines, sentences, numbers) → structure (`structure`: headings, items,
tables, the context stack) → statements (`statements`: what each sentence says) → units
(`units`, from the genre lexicon in `lexicon`) → plan (this module).

A sentence is used whole or not at all: when any of its staffing quantities cannot be placed,
or any of its statements lacks a unit, a year or a comparison year, none of its figures goes
into the plan and the coverage report says why (`lotrinh check` then reports it, LT401).
Everything read is transcribed as written; a slip in the text stays a slip in the draft.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from lotrinh.extract.categories import city_text, district_header, district_text
from lotrinh.extract.communes import (
    after_reform,
    names_cadres_of_the_level,
    names_old_category,
    own_commune,
)
from lotrinh.extract.document import COMPARED_BEFORE, YEAR, Line, normalise, split_lines, tokens
from lotrinh.extract.lexicon import allocates_part_time, party_posts_only
from lotrinh.extract.meta import read_meta
from lotrinh.extract.result import Coverage, DataPath, ExtractError, ExtractResult, Message, Status
from lotrinh.extract.structure import sites
from lotrinh.extract.targets import Mention, recognise
from lotrinh.extract.walk_base import _WalkBase
from lotrinh.extract.walk_changes import _ChangesMixin
from lotrinh.extract.walk_common import _folded, _level
from lotrinh.extract.walk_common import _holds_no_post as _holds_no_post
from lotrinh.extract.walk_finish import _WHERE_THEY_WORK as _WHERE_THEY_WORK
from lotrinh.extract.walk_finish import _district_all as _district_all
from lotrinh.extract.walk_finish import _FinishMixin
from lotrinh.extract.walk_finish import _line_qualifier as _line_qualifier
from lotrinh.extract.walk_finish import _one_series as _one_series
from lotrinh.extract.walk_headings import _HeadingsMixin
from lotrinh.extract.walk_headlines import _HeadlinesMixin
from lotrinh.extract.walk_resolve import _ResolveMixin
from lotrinh.extract.walk_results import _ResultsMixin
from lotrinh.extract.walk_sentences import _SentencesMixin
from lotrinh.extract.walk_units import _split_of_whole as _split_of_whole
from lotrinh.extract.walk_units import _UnitsMixin
from lotrinh.loading.errors import Problem
from lotrinh.model import Position


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
    walk.registry.commune = own_commune(lines)
    walk.after_reform = after_reform(text)
    walk.old_named = names_old_category(text) or names_cadres_of_the_level(text)
    titles = [line.body for line in lines if line.body.strip()][:1]
    titles += [line.body for line in lines if line.body.lstrip().startswith("#")]
    walk.old_title = any(names_old_category(title, towns=False) for title in titles)
    walk.district = district_text(lines, walk.meta.own)
    walk.own_district = district_header(lines, walk.meta.own)
    walk.city = city_text(lines, walk.meta.own)
    walk.only_year = _only_year(text)
    walk.part_time_allocated = allocates_part_time(text)
    walk.party_only = party_posts_only(text)
    walk.year_lines = _year_lines(lines)
    filled = [line for line in lines if line.body.strip()]
    walk.next_level = {line.number: _level(after.marker) for line, after in pairwise(filled)}
    walk.line_before = {after.number: line.number for line, after in pairwise(filled)}
    walk.line_levels = {line.number: _level(line.marker) for line in filled}
    walk.ends_before = {after.number: line.body.rstrip()[-1:] for line, after in pairwise(filled)}
    walk.run(lines)
    return walk.finish()


class _Walk(
    _HeadingsMixin,
    _SentencesMixin,
    _ChangesMixin,
    _HeadlinesMixin,
    _ResolveMixin,
    _ResultsMixin,
    _UnitsMixin,
    _FinishMixin,
    _WalkBase,
):
    def run(self, lines: list[Line]) -> None:
        first = next((line for line in lines if line.body.strip()), None)
        self.opening = tuple(_folded(line.body) for line in lines[:_OPENING_LINES])
        for line in lines:
            if any(token.quantity for token in tokens(line.body)):
                break
            self.before_figures.append((line.number, line.body))
        if first is not None and not first.body.rstrip().endswith((".", ":", ";")):
            self.headline = first.number
            self.headline_text = first.body
        found = sites(lines)
        self.sites = found
        self.places = self._places(found)
        self.targets = recognise(
            [
                Mention(site.sentence.text, site.line.number, site.sentence.column)
                for site in found
                if site.sentence is not None and site.reading is None
            ]
        )
        for index, site in enumerate(found):
            self.site_index = index
            if site.heading is not None:
                if site.table is not None:
                    # a table's first row may head the rows below it: the table opens first
                    self._enter(site.line, site.table)
                self._heading(site.line, site.heading, site.reading)
            elif site.sentence is not None:
                if site.table is None:
                    self._place_line(site.line)
                self._close_sections(site)
                self._enter(site.sentence.line, site.table)
                self.row_depth = site.depth
                self.row_among = site.among
                self.row_subset = site.subset_row
                self.row_loose = site.loose
                self.row_by_category = site.by_category
                self._sentence_or_recall(site.sentence, site.reading, site.unreadable, site.name)

    def finish(self) -> ExtractResult:
        self._top_year_contradicted()
        self._many_named_figure()
        self._headline_change()
        self._headline_figure()
        self._merged_sums()
        self._headline_leavers()
        self._merge_short_totals()
        self._merge_plain_lines()
        self._both_categories_parts()
        self._drop_unsummed_contracts()
        self._place_besides()
        self._reform_communes()
        # A grouped table is read parents first (`structure`); the report keeps text order.
        # A report's headline repeats a figure of its body: the body's is the figure, so a
        # headline that disagrees is the claim found wrong, at the headline.
        coverage = Coverage(tuple(sorted(self.entries, key=lambda e: (e.line, e.column))))
        drafts = sorted(
            (c for c in self.claims.values() if c.value is not None or c.changes),
            key=lambda c: (
                c.sentence.line.number in (self.headline, self.many_named_line),
                c.sentence.line.number,
                c.sentence.column,
            ),
        )
        if not drafts and not any(entry.unread for entry in coverage.entries):
            # Exit 2 only for a text with no staffing figure at all; one whose staffing
            # sentences were all unread is checked, and each of them is a finding.
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
        stated = {(c.unit, c.year): c.value for c in drafts if c.value is not None}
        rows = {site.line.number for site in self.sites if site.table is not None}
        self.incomplete |= {
            unit_id
            for unit_id in self.listings
            if unit_id in self.registry.units
            and self.registry.units[unit_id].parts
            # (a table's rows: a list's items say by their marks which are peers)
            and all(
                self.registry.units[part].line in rows
                for part in self.registry.units[unit_id].parts
            )
            and _row_heads_rows(self.registry.units[unit_id].parts, unit_id, stated)
        }
        for unit_id, listed in self.listings.items():
            if self._one_part_named(unit_id, listed, stated):
                # "Tổng biên chế ... là 1.000, ..., cụ thể, biên chế công chức năm 2025 là 300
                # ..." with the people of the public units in the next sentence: one part
                # named in the total's sentence is not its breakdown (it was the total's only
                # part: two sum false alarms, found by the join transform)
                self.incomplete.add(unit_id)
            # (one part named on its own, "kể cả 420 người dự phòng", lists nothing)
            lists = {frozenset(named) for named in listed.values() if len(named) > 1}
            if (
                len(lists) > 1
                and not self._refined(unit_id, lists)
                and not self._reserve_added(unit_id, lists, stated)
            ):
                # "Giao 2.112 biên chế ..., trong đó: cấp tỉnh ...; cấp huyện ...; dự phòng
                # ..." and an annex table whose rows name them otherwise: which are its parts?
                self.incomplete.add(unit_id)
        # a list of adjustments with an item unread lacks a part of what it replaced too
        self.incomplete |= {self.superseded[u] for u in self.incomplete if u in self.superseded}
        for unit_id in sorted(self.incomplete & set(self.registry.units)):
            if self.registry.detach_parts(unit_id):
                notes[f"units.{unit_id}"] = Message(
                    "không ghi thành phần: một mục trong danh sách thành phần không đọc được",
                    "no parts written: an item of the list of its parts could not be read",
                )
        for unit_id in self.registry.detach_mixed_parts(stated):
            notes[f"units.{unit_id}"] = Message(
                "không xếp vào tổng vì tổng đã được chia theo khối",
                "not made a part of the total, which is already split into blocks",
            )
        named_together = {unit: list(named.values()) for unit, named in self.listings.items()}
        for unit_id in self.registry.detach_other_names(stated, named_together):
            notes[f"units.{unit_id}"] = Message(
                "không xếp vào tổng vì các thành phần năm khác đã đủ tổng (có thể là cùng"
                " thành phần gọi tên khác)",
                "not made a part of the total: another year's parts already add up to it"
                " (possibly the same part named otherwise)",
            )
        self._merge_series_names(claims)
        self._merge_owned_names(claims)
        self._party_posts(claims)
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


def _row_heads_rows(parts: list[str], total: str, stated: dict[tuple[str, int], int]) -> bool:
    """(latent10) Whether a table's total, its rows all its parts, fails to add them up in a
    year while one of the rows is, in every year that states them all, the sum of two rows
    or more right after it: "| 1 | Sở Y tế | 1.150 |", "| 2 | Bệnh viện A | 800 |", "| 3 |
    Bệnh viện B | 350 |", "| | Tổng cộng | 1.150 |" (the hospitals in Sở Y tế's figure and,
    as rows, in the total's: a part of two totals, and a sum false alarm). Whether the row
    heads the rows after it or stands beside them, the table does not say: its parts are
    not written. A total adding its rows up in every year keeps them."""
    years = {year for unit, year in stated if unit == total}
    failing = [
        year
        for year in years
        if all((part, year) in stated for part in parts)
        and sum(stated[(part, year)] for part in parts) != stated[(total, year)]
    ]
    if not failing:
        return False
    for at, head in enumerate(parts):
        for end in range(at + 3, len(parts) + 1):
            run = parts[at + 1 : end]
            told = [
                year
                for year in {year for unit, year in stated if unit == head}
                if all((part, year) in stated for part in run)
            ]
            if told and all(
                stated[(head, year)] == sum(stated[(part, year)] for part in run) for year in told
            ):
                return True
    return False


_A_YEAR = re.compile(
    rf"(?<![0-9/.,\-–]){YEAR}(?!/)"
    # "Tổng biên chế là 1953 biên chế": a count, not a year
    r"(?![ \t]*(?:biên\s+chế|người|chỉ\s+tiêu|cán\s+bộ|công\s+chức|viên\s+chức)(?!\w))",
    re.IGNORECASE,
)
"""A year as written in prose or a title; not one of a date ("07/8/2025") or of a document's
number ("35/QĐ-UBND")."""


def _year_lines(lines: list[Line]) -> list[tuple[int, int]]:
    """The lines stating no quantity that name one year, not as a base ("so với năm 2021")
    nor in a date: "Biên chế năm 2025" turns the text to that year."""
    found = []
    for line in lines:
        body = _LONG_DATE.sub(" ", line.body)
        if any(token.quantity for token in tokens(body)):
            continue
        years = {
            int(match.group())
            for match in _A_YEAR.finditer(body)
            if not COMPARED_BEFORE.search(body[max(0, match.start() - 40) : match.start()])
        }
        if len(years) == 1:
            found.append((line.number, years.pop()))
    return found


def _only_year(text: str) -> int | None:
    """The year a text names, when it names one only ("Nghị quyết về biên chế năm 2025"
    and its articles): a text that never names another year speaks of that one throughout,
    so an article without a year ("Điều 2. Biên chế của một số cơ quan") is of it. A text
    naming two years (a base year, a period) gives none: which one an undated line is of
    is then the context's to tell. A date ("ngày 9 tháng 12 năm 2024", "17/9/2016") names
    no year of the figures: a December session decides the next year's."""
    plain = _LONG_DATE.sub(" ", text)
    found = list(_A_YEAR.finditer(plain))
    if any(COMPARED_BEFORE.search(plain[max(0, m.start() - 40) : m.start()]) for m in found):
        return None  # "so với năm 2021": a base year is not the year the text is about
    years = {match.group() for match in found}
    return int(years.pop()) if len(years) == 1 else None


_LONG_DATE = re.compile(r"ngày\s+[0-9]{1,2}\s+tháng\s+[0-9]{1,2}\s+năm\s+[0-9]{4}", re.I)


_OPENING_LINES = 12
