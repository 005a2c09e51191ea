"""Pass 3, statements: the year a change compares with when its own words do not name it: a
base taken from a clause, a fronted comparison ("So với năm 2021 (1.200 biên chế), ..."), a
recalled or trailing base, a base shared by parallel or chained changes, or one a breakdown
implies.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from lotrinh.extract.document import NUM, YEAR
from lotrinh.extract.lexicon import kind_of
from lotrinh.extract.rules import RULES
from lotrinh.extract.sentence import (
    COMPARISON_NOT_READ,
    NO_SUBJECT,
    Change,
    Kind,
    Orphan,
    Part,
    Reading,
    Span,
    Statement,
    Subject,
    category_alone,
    count_of,
    identity,
    parsed_count,
)
from lotrinh.extract.subjects import NAMED_AFTER, read_subject
from lotrinh.numbers import NumberError, Rounding, parse_rate, percent, rate_matches

_I = re.IGNORECASE


def take_base(
    match: re.Match[str], current: Statement, change: Change | None, reading: Reading
) -> None:
    if change is None or change.base_year is not None:
        reading.orphans.append(Orphan(match.span(), COMPARISON_NOT_READ))
        return
    if match.group("prev"):
        if match.group("n") is not None:
            reading.orphans.append(Orphan(match.span("n"), NO_SUBJECT))  # of which year?
            return
        change.previous = True
        return
    named = match.group("cat") if "cat" in match.re.groupindex else None
    found = kind_of(named) if named else None
    if named and (found is None or found.category is not current.subject.category):
        # "tổng số ... giảm 20 người so với năm 2024 là 1.000 công chức": the figure names
        # another category than the unit compared, so it is not that unit's base
        reading.orphans.append(Orphan(match.span("n"), NO_SUBJECT))
        return
    change.base_year = int(match.group("base"))
    if match.group("n") is None:
        return
    count = parsed_count(match, reading)
    if (
        count is not None
        and "bwhose" in match.re.groupindex
        and not _merged_base(match, change, count)
        and not _adds_up(current, change, count)
    ):
        reading.orphans.append(Orphan(match.span("n"), NO_SUBJECT))
        return
    if count is not None:
        earlier = replace(current.subject, year=change.base_year, dated=None)
        reading.statements.append(_base_statement(current, change, earlier, count, match.span("n")))


def _base_statement(
    current: Statement, change: Change, earlier: Subject, count: int, span: Span
) -> Statement:
    """The base year's figure recalled beside a change: of the unit the change is of. A change
    of one category's share ("Khối chính quyền … được giao 2.252 biên chế công chức, giảm 128
    … so với năm 2021 (2.380)") is that share's: the base is the same share in its year, never
    the block's own figure (it was: the block and its line read as one unit's two years)."""
    if current.value is None and len(current.parts) == 1 and current.parts[0].change is None:
        # (the change is the block's until the share takes it, `revise`)
        share = Part(current.parts[0].category, count, span, None)
        return Statement(
            earlier, None, None, parts=[share], container=current.container, sets_year=False
        )
    return Statement(earlier, count, span, container=current.container, sets_year=False)


def take_clause_base(
    match: re.Match[str], current: Statement, change: Change, reading: Reading
) -> None:
    """ "...; so với năm 2021 (1.417 biên chế) giảm 72 biên chế": the parenthesis is the
    base year's figure of the unit whose figure the sentence stated, read only where that
    unit has its figure already (else of which unit, is not said)."""
    span = match.span("bn")
    count = count_of(match, "bn", reading)
    if count is None:
        return
    if (match.group("bwhose") or match.group("bnote")) and not _merged_base(match, change, count):
        reading.orphans.append(Orphan(span, NO_SUBJECT))
        return
    if (
        match.group("bwho")
        and not _merged_base(match, change, count)
        and not _adds_up(current, change, count)
    ):
        # "; so với năm 2021 (hai cơ quan cộng lại 536 biên chế) giảm 81 biên chế": said with
        # words of whose it is, the base's figure only by the text's own arithmetic
        reading.orphans.append(Orphan(span, NO_SUBJECT))
        return
    if (
        (current.value is None or current.subject.kind is None)
        and not _rate_names_the_unit(match, current, change, count)
        and not _fronted_again(match, current, reading)
    ):
        reading.orphans.append(Orphan(span, NO_SUBJECT))
        return
    earlier = replace(current.subject, year=change.base_year, dated=None)
    reading.statements.append(
        Statement(earlier, count, span, container=current.container, sets_year=False)
    )


def kept_base(match: re.Match[str], current: Statement, change: Change, reading: Reading) -> None:
    """ "Số người làm việc ... năm 2026 đề nghị giữ nguyên như năm 2025 (212 người)": the
    parenthesis is the figure of the year kept, so the unit's figure in both years. Read only
    where the year kept is named, the unit and its own year are, and the sentence gave the
    unit no figure of its own before (else which figure the parenthesis is, is unsure)."""
    span = match.span("bn")
    count = count_of(match, "bn", reading)
    if count is None:
        return
    if (
        change.base_year is None
        or current.subject.kind is None
        or current.subject.year is None
        or current.subject.year == change.base_year
        or current.value is not None
    ):
        reading.orphans.append(Orphan(span, NO_SUBJECT))
        return
    earlier = replace(current.subject, year=change.base_year, dated=None)
    reading.statements.append(
        Statement(earlier, count, span, container=current.container, sets_year=False)
    )
    current.value, current.value_span = count, span


_RATE_NEXT = re.compile(
    rf"\s*,?\s*(?:t[ỷỉ]\s+lệ(?:\s+(?:giảm|tăng))?|tương\s+(?:đương|ứng))\s*(?:là\s+)?(?P<r>{NUM}\s?%)",
    _I,
)


def _merged_base(match: re.Match[str], change: Change, count: int) -> bool:
    """Whether a base year's figure said as the sum of the places merged since ("so với năm
    2021 (3.602 biên chế, tính chung cho tỉnh A và tỉnh B trước sắp xếp) giảm 190 biên chế, tỷ
    lệ giảm 5,27%") is the figure of the unit the change is of: only where the rate said right
    after the change is the change over that figure (the text's own arithmetic says so)."""
    rate = _RATE_NEXT.match(match.string, match.end())
    if rate is None or change.count is None:
        return False
    try:
        said = parse_rate(rate.group("r"))
    except NumberError:
        return False
    return any(rate_matches(percent(change.count, count), said, m) for m in Rounding)


def _rate_names_the_unit(
    match: re.Match[str], current: Statement, change: Change, count: int
) -> bool:
    """Whether a clause's recalled base ("Biên chế công chức năm 2026 giảm 204 biên chế so
    với năm 2025; so với năm 2021 (4.452 biên chế), giảm 272 biên chế, tỷ lệ giảm 6,11%") is
    the sentence's named unit's though the sentence gave it no figure of its own: only where
    the unit is named (a kind the lexicon knows), its year is said, and the rate right after
    the change is the change over that figure (272 / 4.452 = 6,11%)."""
    return (
        current.subject.kind is not None
        and current.subject.year is not None
        and change.base_year is not None
        and change.base_year < current.subject.year
        and _merged_base(match, change, count)
    )


def _adds_up(current: Statement, change: Change, count: int) -> bool:
    """Whether a base figure said as the merged places' sum is the subject's by the text's
    own arithmetic: its figure and its change make it ("Giao 3.126 biên chế ..., giảm 214
    biên chế so với ... hai tỉnh ... trước hợp nhất (3.340 biên chế)": 3.126 + 214)."""
    if current.value is None or change.count is None:
        return False
    return current.value + (-change.count if change.increase else change.count) == count


_CLOSED_PARENTHESIS = re.compile(r"\s*\)\s*,?\s*")


def past_recalled_base(current: Statement, change: Change | None, gap: str) -> Change | None:
    """ "giảm 109 biên chế (năm 2021: 2.096 biên chế), tỷ lệ giảm 5,20%": a rate right after
    the parenthesis recalling the base year's figure of the change before it is that change's
    rate (the parenthesis is the change's base, not a figure of its own that has a rate)."""
    if (
        change is None
        or change.rate is not None
        or change.count is None
        or current.changes
        or current.value is None
        or current.sets_year
        or current.subject.year is None
        or change.base_year not in (None, current.subject.year)
        or not _CLOSED_PARENTHESIS.fullmatch(gap)
    ):
        return None
    return change


_ALL_OF_IT = re.compile(r"(?<!\w)tổng\s+(?:cộng|số)\s+[0-9]", _I)
_THE_PROVINCE = re.compile(r"(?:toàn\s+)?(?:tỉnh|thành\s+phố)", _I)


def province_total(match: re.Match[str], text: str, current: Statement) -> bool:
    """Whether a count is the province's total: "tỉnh được giao tổng cộng 16.490 biên chế",
    the text's own province (no name), the count said as a sum of everything, and no category
    named after it (then it is that category's, as before)."""
    named = NAMED_AFTER.match(text, match.end())
    return (
        current.subject.kind is None
        and current.value is None
        and not current.changes
        and _THE_PROVINCE.fullmatch(current.subject.name.strip()) is not None
        and _ALL_OF_IT.search(match.group(0)) is not None
        and (named is None or not (named.group("cat") or named.group("cat2")))
    )


def _fronted_again(match: re.Match[str], current: Statement, reading: Reading) -> bool:
    """ "So với năm 2025 (59.410 người), giảm 1.090 người; so với năm 2021 (64.900 người),
    giảm 6.580 người": a sentence opened by a comparison recalling its base figure, naming no
    unit, recalls a second base the same way; both are the figures of the one unit the
    sentence speaks of, whichever its context says it is (the opening's figure is taken
    after the rest, `take_fronted`); or the one category it names ("So với năm 2021
    (1.786.400 người), năm 2024 số người làm việc giảm ...; so với năm 2015 (1.920.500
    người) giảm ...").

    (fronted2) The same where the opening comparison recalls no figure ("So với năm 2023,
    năm 2024 giảm 34 người; so với năm 2021 (714 người) giảm 102 người, tỷ lệ giảm 14,29%"):
    the sentence still speaks of one unit only, so the second base is that unit's."""
    return (
        (
            _FRONTED_RECALL.match(match.string) is not None
            or _FRONTED_PLAIN.match(match.string) is not None
        )
        and reading.statements == [current]
        and current.value is None
        and (
            current.subject.kind is Kind.CATEGORY
            or (current.subject.kind is None and not current.subject.name.strip())
        )
    )


_FRONTED_RECALL = next(rule for name, rule in RULES if name == "fronted")
"""The first fronted rule: "So với năm 2025 (59.410 người), ...", one figure recalled."""
_FRONTED_PLAIN = [rule for name, rule in RULES if name == "fronted"][-1]
"""The last fronted rule: "So với năm 2023, ...", no figure recalled."""


def trailing_base(text: str, reading: Reading) -> None:
    """ "Đến năm 2026, A giảm 88 biên chế (5,05%), B giảm 1.797 người (10,01%) so với năm
    2021.": a comparison closing the sentence, its only one, governs every change of it
    (as a fronted one does); never where another change names its own base."""
    closing = _CLOSING_BASE.search(text)
    if closing is None or len(SO_VOI_WORDS.findall(text)) != 1:
        return
    base = int(closing.group("base"))
    changed = [s for s in reading.statements if s.changes]
    names = [s.subject.name.lower() for s in changed]
    if len(set(names)) != len(names) or any(
        s.subject.year is not None and s.subject.year <= base for s in changed
    ):
        # "năm 2025 giảm 20 người; năm 2026 giảm 30 người so với năm 2025": a year chain,
        # its comparison is the last change's only
        return
    changes = [c for s in changed for c in s.changes]
    if any(c.previous or c.base_year not in (None, base) for c in changes):
        return
    if not any(c.base_year == base for c in changes):
        return  # the closing comparison was read by none of them
    for change in changes:
        change.base_year = base


def elided_comparison(text: str, reading: Reading) -> None:
    """ "đến năm 2026 biên chế công chức giảm 98 biên chế, bằng 6,38% so với năm 2021; số
    người làm việc giảm 521 người, bằng 10,49%": the clauses after the first, each one
    unit's one change naming neither year nor comparison, leave both unsaid as the first
    clause said them. Only where the sentence has that one comparison and those two years,
    each clause another unit, and none states a figure of its own."""
    changed = [s for s in reading.statements if s.changes]
    if len(changed) < 2 or len(changed) != len(reading.statements):
        return
    first, rest = changed[0], changed[1:]
    year = first.subject.year
    if year is None or len(first.changes) != 1 or first.value is not None:
        return
    base = first.changes[0].base_year
    if base is None or base >= year or first.changes[0].previous or first.changes[0].further:
        return
    if len(SO_VOI_WORDS.findall(text)) != 1 or set(map(int, _ANY_YEAR.findall(text))) != {
        year,
        base,
    }:
        return
    names = [s.subject.name.lower() for s in changed]
    if len(set(names)) != len(names) or any(s.subject.kind is None for s in changed):
        return
    for statement in rest:
        if (
            statement.subject.year is not None
            or statement.value is not None
            or statement.container is not None
            or len(statement.changes) != 1
            or statement.changes[0].base_year is not None
            or statement.changes[0].previous
            or statement.changes[0].further
        ):
            return
    said = first.changes[0].spans
    if not said or ";" not in text[said[-1][1] :]:
        return
    for statement in rest:
        statement.subject = replace(statement.subject, year=year)
        statement.changes[0].base_year = base


_ANY_YEAR = re.compile(rf"(?<![0-9.,/-]){YEAR}(?![.,/-][0-9])")


def parallel_base(text: str, reading: Reading) -> None:
    """ "A là 1.842, giảm 19 so với năm 2023; B là 16.062 người, giảm 193 người.": clauses
    of one shape, each a unit's figure and its one change, the first naming the sentence's
    only comparison: the others compare with the same year. Never where a clause lacks its
    figure or has two changes, nor in a year chain."""
    if len(SO_VOI_WORDS.findall(text)) != 1:
        return
    changed = [s for s in reading.statements if s.changes]
    if len(changed) < 2 or any(s.value is None or len(s.changes) != 1 for s in changed):
        return
    first, *others = [s.changes[0] for s in changed]
    base = first.base_year
    if base is None or first.previous or any(c.base_year is not None for c in others):
        return
    names = [s.subject.name.lower() for s in changed]
    years = {s.subject.year for s in changed if s.subject.year is not None}
    if len(set(names)) != len(names) or len(years) > 1 or any(y <= base for y in years):
        return  # a year chain ("năm 2025 ...; năm 2026 ..."): each clause its own comparison
    if any(not c.spans for c in [first, *others]):
        return  # an equality ("không thay đổi so với năm 2023") has no span of its own
    if any(
        ";" not in text[a.spans[0][1] : b.spans[0][0]]
        for a, b in itertools.pairwise([first, *others])
    ):
        return  # clauses apart, each its own (";" between each change and the next)
    for change in others:
        change.base_year = base


def chain_against_previous(text: str, reading: Reading) -> None:
    """ "năm 2022 còn 26.912 người (giảm 548 người so với năm trước); năm 2023 còn 26.363
    người (giảm 549 người); ...": a year chain of one unit, its first link's change against
    the year before and the later links' changes naming no comparison, leaves it unsaid for
    each link as the first said it. Only where the links' years follow one another, each link
    has one change, and the sentence compares nothing else."""
    if len(SO_VOI_WORDS.findall(text)) != 1 or len(reading.statements) < 2:
        return
    first, *rest = reading.statements
    if any(len(s.changes) != 1 or s.subject.year is None or s.parts for s in reading.statements):
        return
    said = first.changes[0]
    if said.further or said.bound:
        return
    years = [s.subject.year for s in reading.statements]
    if any(b != a + 1 for a, b in itertools.pairwise(years) if a is not None and b is not None):
        return  # a gap: which year a link compares with is not said
    if len({(s.subject.name.lower(), identity(s)) for s in reading.statements}) != 1:
        return
    elided = [s.changes[0] for s in rest]
    if any(c.base_year is not None or c.previous or c.further or c.bound for c in elided):
        return
    if said.previous:
        for change in elided:
            change.previous = True
    elif _named_year_before(reading.statements):
        for statement in rest:
            if statement.subject.year is not None:
                statement.changes[0].base_year = statement.subject.year - 1


def _named_year_before(links: list[Statement]) -> bool:
    """ "năm 2022 còn 2.375 người (giảm 48 người so với năm 2021); năm 2023 còn 2.326 người
    (giảm 49 người); năm 2024 còn 2.278 người (giảm 48 người)": the first link compares with
    the year right before its own, named ("so với năm 2021"), and the later links name none:
    each against the year before it, or each against the first's (cumulative)? The figures
    decide: every link states its figure, more than half of the later links' changes are the
    difference from the link before (one may be the writer's slip), and none is the
    difference from the first's base. Without the figures the words say neither: unread."""
    first = links[0]
    base, year = first.changes[0].base_year, first.subject.year
    if base is None or year is None or base != year - 1 or len(links) < 3:
        return False
    figures: list[tuple[int, int]] = []
    for link in links:
        count = link.changes[0].count
        if link.value is None or count is None:
            return False
        figures.append((link.value, -count if link.changes[0].increase else count))
    start = figures[0][0] + figures[0][1]
    stepwise = sum(1 for (a, _), (b, cut) in itertools.pairwise(figures) if a - b == cut)
    cumulative = any(start - value == cut for value, cut in figures[1:])
    return not cumulative and 2 * stepwise > len(links) - 1


_CLOSING_BASE = re.compile(
    # (eng-mutate2) "so với số được giao năm 2021", "so với số giao năm 2021": the posts given
    # that year, the same base as "so với năm 2021"
    rf"so\s+với\s+(?:(?:tổng\s+)?số\s+(?:được\s+)?giao\s+)?năm\s+(?P<base>{YEAR})"
    # ("..., so với năm 2021, đạt yêu cầu tại Kết luận số 40-KL/TW.": the text's verdict on
    # what it has just said closes the sentence, no figure or comparison of its own; "đạt tỷ
    # lệ 5,03%" is a figure, and is not this)
    r"(?:\s*,\s*(?:đã\s+|chưa\s+)?(?:đạt|bảo\s+đảm|đáp\s+ứng)\s+(?:yêu\s+cầu|chỉ\s+tiêu|mục\s+tiêu)"
    r"(?:\s+(?:của|tại|theo|đề\s+ra))?"
    r"(?:\s+(?:Kết\s+luận|Nghị\s+quyết)(?:\s+số)?\s+[0-9]{1,3}-[A-ZĐ]+/[A-ZĐ]+)?)?"
    r"\s*[.;]?\s*$",
    _I,
)
SO_VOI_WORDS = re.compile(r"(?<!\w)so\s+với(?!\w)", _I)


def breakdown_bases(reading: Reading) -> None:
    """ "..., giảm 169 người (10,04%) so với năm 2021; trong đó sự nghiệp giáo dục giảm 152
    người, sự nghiệp khác giảm 17 người": the parts' cuts that add up to their unit's one cut
    break it down, so they compare with its year; cuts that do not add up may be the largest
    few, or a slip, and keep none."""
    listed: dict[int, tuple[Statement, list[Statement]]] = {}
    for statement in reading.statements:
        if statement.container is not None:
            listed.setdefault(id(statement.container), (statement.container, []))[1].append(
                statement
            )
    for owner, parts in listed.values():
        if len(owner.changes) != 1 or owner.changes[0].base_year is None:
            continue
        cut = owner.changes[0]
        if any(
            len(part.changes) != 1
            or part.value is not None
            or part.subject.year not in (None, owner.subject.year)
            or part.changes[0].base_year is not None
            or part.changes[0].increase != cut.increase
            or part.changes[0].further
            or part.changes[0].previous
            for part in parts
        ):
            continue
        counts = [part.changes[0].count for part in parts]
        if len(parts) < 2 or cut.count is None or sum(c or 0 for c in counts) != cut.count:
            continue
        if None in counts:
            continue
        for part in parts:
            part.changes[0].base_year = cut.base_year


def block_line_links(reading: Reading) -> None:
    """ "Trung tâm Chính trị huyện: năm 2021 được giao 9 người làm việc; đến năm 2026 còn 8
    người, giảm 1 người": a body's first link names its count's category (the body's line of
    that category, a part), the later link's bare count goes on with that same line, and a
    change naming no year compares with the first link's. Only where the body's first link
    has that one line and nothing else, and no link of it has a figure of the body's own
    (else the bare count may be the body's whole)."""
    # each body's statements, looked up once (a roll of many bodies stays linear)
    bodies: dict[tuple[object, ...], list[Statement]] = {}
    for statement in reading.statements:
        if statement.subject.kind is Kind.BLOCK:
            key = (statement.subject.name, *identity(statement))
            bodies.setdefault(key, []).append(statement)
    for links in bodies.values():
        if len(links) != 2:
            continue
        first, statement = links
        # the later link: a bare count, or the same one line named again
        bare = statement.value is not None and statement.value_span is not None
        if (
            statement.container is not None
            or statement.subject.year is None
            or (bare and statement.parts)
            or (not bare and (statement.value is not None or not _one_line(statement)))
        ):
            continue
        if (
            first.value is not None
            or first.changes
            or not _one_line(first)
            or first.subject.year is None
            or first.subject.year >= statement.subject.year
        ):
            continue
        line = first.parts[0]
        if bare:
            assert statement.value is not None and statement.value_span is not None
            statement.parts.append(Part(line.category, statement.value, statement.value_span, None))
            statement.value, statement.value_span = None, None
        elif statement.parts[0].category is not line.category:
            continue
        for change in statement.changes:
            if change.base_year is None and not change.previous and not change.further:
                change.base_year = first.subject.year


def _one_line(statement: Statement) -> bool:
    """Whether a statement is one category line of its body and nothing else."""
    return len(statement.parts) == 1 and statement.parts[0].change is None


def implied_bases(reading: Reading) -> None:
    """ "năm 2021 là 3.156 biên chế; đến năm 2026 còn 2.998 biên chế, giảm 158 biên chế":
    a change that names no year compares with the one earlier year the sentence gives the
    same unit a figure for ("so với năm liền trước" is the calendar year before, whatever
    the sentence gave)."""
    said = {
        (statement.subject.name, change.base_year)
        for statement in reading.statements
        for change in statement.changes
        if change.base_year is not None
    }
    """The bases the sentence's own words name, before any is implied."""
    for statement in reading.statements:
        missing = [c for c in statement.changes if c.base_year is None and not c.previous]
        year = statement.subject.year
        if not missing or year is None:
            continue
        if statement.subject.since is not None:
            for change in missing:
                change.base_year = statement.subject.since
            continue
        earlier = {
            s.subject.year
            for s in reading.statements
            if s.subject.name == statement.subject.name
            and s.value is not None
            and s.subject.year is not None
            and s.subject.year < year
        }
        if len(earlier) == 1:
            base = earlier.pop()
            for change in missing:
                change.base_year = _base_the_figures_give(reading, statement, change, base)
        elif len(earlier) > 1 and len(missing) == 1:
            tied = _tied_base(statement, missing[0], earlier, reading, said)
            if tied is not None:
                missing[0].base_year = tied


def _base_the_figures_give(
    reading: Reading, statement: Statement, change: Change, base: int
) -> int:
    """ "đến năm 2023 giảm 1.300 người so với năm 2021, còn 32.300 người; đến năm 2025 giảm
    2.700 người, còn 30.900 người": the link's cut names no year, and the one earlier figure
    (2023's) does not give it (32.300 − 30.900 = 1.400), while the year another link of the
    same unit compares with does (32.300 + 1.300 − 30.900 = 2.700, against 2021): that year.
    Where the earlier figure gives the cut, or no other year alone does, it stays `base`."""
    value, count = statement.value, change.count
    if value is None or count is None:
        return base
    sign = -1 if change.increase else 1

    def gives(figure: int) -> bool:
        return sign * (figure - value) == count

    figures: dict[int, set[int]] = {}
    for other in reading.statements:
        if other.subject.name != statement.subject.name or identity(other) != identity(statement):
            continue
        if other.value is not None and other.subject.year is not None:
            figures.setdefault(other.subject.year, set()).add(other.value)
        for said in other.changes:
            if said.base_year is not None and said.count is not None and other.value is not None:
                implied = other.value + (-said.count if said.increase else said.count)
                figures.setdefault(said.base_year, set()).add(implied)
    if base not in figures or any(gives(f) for f in figures[base]):
        return base
    year = statement.subject.year
    others = [
        y
        for y, found in figures.items()
        if y != base and year is not None and y < year and len(found) == 1 and gives(*found)
    ]
    return others[0] if len(others) == 1 else base


def kept_since_the_one_earlier(text: str, reading: Reading) -> None:
    """ "năm 2021 được giao 96 biên chế, đến năm 2026 giữ nguyên 96 biên chế": a link keeping
    its figure, which names no year kept (read as unchanged from the year before, as in a chain
    of years that follow one another), in a sentence naming only one other year, which gives
    the same unit the same figure: unchanged since that year (it was against 2025, a year the
    text never speaks of). A figure that differs is not understood; a third year leaves the
    link as it was (a chain of links)."""
    years = {int(year) for year in _ANY_YEAR.findall(text)}
    for statement in reading.statements:
        year = statement.subject.year
        kept = [c for c in statement.changes if c.previous and c.count == 0 and not c.spans]
        if year is None or len(kept) != 1 or statement.value is None:
            continue
        earlier = [
            s
            for s in reading.statements
            if s is not statement
            and s.subject.name == statement.subject.name
            and identity(s) == identity(statement)
            and s.value is not None
            and s.subject.year is not None
            and s.subject.year < year
        ]
        if len(earlier) != 1 or years != {earlier[0].subject.year, year}:
            continue
        base = earlier[0].subject.year
        if earlier[0].value != statement.value and statement.value_span is not None:
            # "năm 2022 là 30 biên chế; đến năm 2025 giữ nguyên 28 biên chế": kept since when,
            # the words and the figures disagree: not understood
            reading.orphans.append(Orphan(statement.value_span, COMPARISON_NOT_READ))
            continue
        kept[0].previous = False
        kept[0].base_year = base


def _tied_base(
    statement: Statement,
    change: Change,
    earlier: set[int],
    reading: Reading,
    said: set[tuple[str, int]],
) -> int | None:
    """ "năm 2025 là 612 người; năm 2026 là 588 người, giảm 24 người; so với năm 2021 (662
    người) giảm 74 người": the sentence gives the unit figures for several earlier years, and
    the change naming none is the difference from exactly one of them (its rate, if stated,
    rounding to it), and every other of those years is named in words ("so với năm 2021") as
    the base of another change of the unit: the text's own arithmetic says which year. None
    where no year's or two years' figures give it, a year has two figures, another year is
    compared with nothing or only by a chain's elided link ("2.287 biên chế (năm 2022 là
    2.400, năm 2023 là 2.324), giảm 37": the writer may have meant either), or the change is
    a further cut."""
    if statement.value is None or change.count is None or change.further or change.bound:
        return None
    figures: dict[int, set[int]] = {}
    for other in reading.statements:
        year = other.subject.year
        if other.subject.name == statement.subject.name and year in earlier and other.value:
            figures.setdefault(year, set()).add(other.value)
    amount = -change.count if change.increase else change.count
    tied = [
        year
        for year, values in figures.items()
        if len(values) == 1
        and (base := next(iter(values))) - statement.value == amount
        and (
            change.rate is None
            or any(rate_matches(percent(change.count, base), change.rate, m) for m in Rounding)
        )
    ]
    if len(tied) != 1:
        return None
    named = {base for name, base in said if name == statement.subject.name}
    return tied[0] if earlier - {tied[0]} <= named else None


def take_fronted(base: int, match: re.Match[str], reading: Reading) -> None:
    """ "So với năm 2021 (1.200 biên chế), công chức năm 2026 giảm 60 biên chế": the
    parenthesis is the subject's figure for the base year, and the changes that follow
    compare with it. Without a figure ("So với số Bộ Nội vụ giao năm 2015, con số này giảm
    6.208 người"), only the comparison year."""
    target = next((s for s in reading.statements if s.changes), None)
    if "n2" in match.re.groupindex:
        _take_fronted_categories(base, match, reading)
        return
    if "n" not in match.re.groupindex:
        # "So với năm 2021, A giảm 121 biên chế, ...; B giảm 2.380 người, ...": the fronted
        # year governs every change of the sentence that names none
        for statement in reading.statements:
            for change in statement.changes:
                if change.base_year is None and not change.previous:
                    change.base_year = base
        return
    span = match.span("n")
    count = parsed_count(match, reading)
    if target is None or count is None or not _same_scope(match, count, target):
        if count is not None:
            reading.orphans.append(Orphan(span, NO_SUBJECT))
        return
    for change in target.changes:
        if change.base_year is None:
            change.base_year = base
    named = _fronted_category(match, reading) or _recalled_category(match, target)
    if named is not None:
        target.subject = replace(named, year=target.subject.year)
    subject = target.subject
    earlier = replace(subject, year=base, leading=True)
    reading.statements.insert(
        0, Statement(earlier, count, span, container=target.container, sets_year=False)
    )


_FRONTED_WORDS = re.compile(r"^so\s+với\s+(?P<words>[^0-9();.,]*?)\s*năm\s", _I)


def _fronted_category(match: re.Match[str], reading: Reading) -> Subject | None:
    """ "So với số biên chế công chức được giao năm 2021 (3.342 biên chế), năm 2025 giảm 166
    biên chế": the words before the base year name the category compared, and the one
    statement after it names no unit of its own: it is that category's (as "..., biên chế
    công chức năm 2025 giảm 166 biên chế" would say). Only a category named alone (no body,
    level or scope: "biên chế công chức của Sở A" is not the category's), never both."""
    words = _FRONTED_WORDS.match(match.group())
    if words is None or "scope" in match.re.groupindex or len(reading.statements) != 1:
        return None
    subject = reading.statements[0].subject
    bare = bool(subject.name) and _BARE_POSTS.fullmatch(subject.name) is not None
    if (
        subject.kind is not None
        or (subject.name and not bare)
        or subject.anaphora
        or (
            bare and not _MERGED_SCOPE.fullmatch(match.string[match.end("base") : match.start("n")])
        )
    ):
        return None
    named = read_subject(words.group("words"))
    return named if category_alone(named) else None


_BARE_POSTS = re.compile(r"(?:số\s+)?biên\s+chế", _I)
_MERGED_SCOPE = re.compile(
    r"\s+của\s+(?:hai|ba|bốn|2|3|4)\s+tỉnh(?:\s+(?-i:[A-ZĐ])[^\d()]{0,80}?)?"
    r"(?:\s+trước\s+(?:khi\s+)?(?:hợp\s+nhất|sáp\s+nhập))?\s*\(\s*",
    _I,
)
"""(eng-ar1) "So với tổng biên chế công chức năm 2021 của ba tỉnh A, B và C (3.398 biên chế),
biên chế năm 2026 giảm 184 biên chế": the subject "biên chế" alone names no category of its
own; the one compared does, of the provinces merged into the text's own (the base the
merged place's, as a gloss "tổng của ba tỉnh" says). Said of other bodies ("của 3 bộ, cơ
quan") or of none, the bare "biên chế" is left to the context (the whole those bodies make)."""


def _recalled_category(match: re.Match[str], target: Statement) -> Subject | None:
    """ "So với năm 2021 (2.512 biên chế công chức), năm 2025 giảm 128 biên chế, tỷ lệ 5,10%":
    the category the recalled figure counts, said alone in the parenthesis (no scope), is the
    subject's where the statement after it names no unit of its own (the rate has tied the
    figure to the change, `_same_scope`)."""
    if "scope" not in match.re.groupindex or match.group("scope") != "" or not match.group("cat"):
        return None
    subject = target.subject
    if subject.kind is not None or subject.name or subject.anaphora:
        return None
    named = read_subject(match.group("cat"))
    return named if category_alone(named) else None


_RECALLED_LEVEL = re.compile(r"^\s+cấp\s+(?:tỉnh|huyện|xã)(?!\w)", _I)


def _same_scope(match: re.Match[str], count: int, target: Statement) -> bool:
    """Whether a base figure recalled with a scope of its own ("(912 biên chế của Bộ ... và các
    đơn vị tiếp nhận từ ...)") is the changed subject's: only where the subject's one change
    against that year states a rate that is its count over the figure (the text's own
    arithmetic says the figure is the change's base), and a category the parenthesis names is
    the subject's, if the subject names one."""
    if "scope" not in match.re.groupindex:
        return True
    named = kind_of(match.group("cat")) if match.group("cat") else None
    if named is not None and target.subject.category not in (None, named.category):
        return False
    level = _RECALLED_LEVEL.search(match.group("scope"))
    where = target.subject.where
    if level is not None and (where is None or where is not read_subject(level.group()).where):
        return False  # "(... công chức cấp huyện của ...)" under a line of another level
    changes = [c for c in target.changes if c.base_year in (None, int(match.group("base")))]
    if len(changes) != 1 or changes[0].rate is None or changes[0].count is None:
        return False
    change = changes[0]
    assert change.rate is not None and change.count is not None
    return any(rate_matches(percent(change.count, count), change.rate, m) for m in Rounding)


def _rate_over(target: Statement, base: int, count: int) -> bool:
    """Whether the statement's one change against `base` states a rate that is its count over
    `count` (the text's own arithmetic makes `count` that change's base figure)."""
    changes = [c for c in target.changes if c.base_year == base and not c.previous]
    if len(changes) != 1 or changes[0].rate is None or changes[0].count is None:
        return False
    change = changes[0]
    assert change.rate is not None and change.count is not None
    return any(rate_matches(percent(change.count, count), change.rate, m) for m in Rounding)


def _take_fronted_categories(base: int, match: re.Match[str], reading: Reading) -> None:
    """ "So với năm 2021 (1.072 cán bộ, công chức; 121 viên chức), biên chế cán bộ, công chức
    giảm 54 ...; biên chế viên chức giảm 13 ...": each figure in the parenthesis is the base
    year's figure of the one changed unit that is that category, and no other; a figure whose
    category names no changed unit, or two, is not read (nor are the changes, left without a
    base)."""
    figures = [(match.group("cat"), "n"), (match.group("cat2"), "n2")]
    categories = [found.category if (found := kind_of(cat)) else None for cat, _ in figures]
    for statement in reading.statements:
        for change in statement.changes:
            if change.base_year is None and not change.previous:
                change.base_year = base
    earlier: list[Statement] = []
    """The base year's statements, in the order the parenthesis gives them."""
    for category, (_, group) in zip(categories, figures, strict=True):
        span = match.span(group)
        changed = [
            s
            for s in reading.statements
            if s.changes and s.subject.kind is Kind.CATEGORY and s.subject.category is category
        ]
        count = count_of(match, group, reading)
        if count is None:
            continue
        if category is None or categories.count(category) > 1 or len(changed) != 1:
            reading.orphans.append(Orphan(span, NO_SUBJECT))
            continue
        target = changed[0]
        if "confirm" in match.re.groupindex and not _rate_over(target, base, count):
            reading.orphans.append(Orphan(span, NO_SUBJECT))
            continue
        subject = replace(target.subject, year=base, leading=True)
        earlier.append(Statement(subject, count, span, container=target.container, sets_year=False))
    reading.statements[:0] = earlier
