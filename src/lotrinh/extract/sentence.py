"""Pass 3, statements: what a sentence is read as (subjects, changes, parts, statements,
orphans, the reading) and the small helpers every step of the reading shares.

Kept apart so that each module of the pass (`rules`, `subjects`, `clauses`, `whole`, `bases`,
`revise`, `statements`) can use them without importing another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from lotrinh.extract.lexicon import Scope
from lotrinh.extract.result import Message
from lotrinh.model import Category, Rate
from lotrinh.numbers import NumberError, parse_count, parse_rate

Span = tuple[int, int]


class Kind(StrEnum):
    """What a subject names."""

    TOTAL = "total"
    BLOCK = "block"
    CATEGORY = "category"
    OUTSIDE = "outside"
    """Contract staff (hợp đồng 68/111): its numbers are read and kept out of the plan."""


@dataclass(frozen=True)
class Subject:
    """The text before a value or change, read as a unit and perhaps a year."""

    kind: Kind | None
    name: str
    """The unit's name as written, without year or connectors (scope removed for a total)."""
    category: Category | None = None
    year: int | None = None
    scope: str | None = None
    """What a total leaves out, as written ("không bao gồm cán bộ, công chức cấp xã")."""
    leading: bool = True
    """The unit's word opens the subject ("khối y tế ..."), rather than coming later in a
    clause ("do thành lập trường mới"), which is how a new subject starts mid-sentence."""
    where: Scope | None = None
    """The scope the name states (cấp tỉnh, sở ngành, dự phòng ...)."""
    qualifier: str = ""
    """For a category line: what else its name says ("giáo dục" in "Sự nghiệp giáo dục"),
    part of its identity."""
    since: int | None = None
    """For a subject naming a period: the year before it starts, which its changes compare
    with."""
    anaphora: bool = False
    """It points back ("con số này", "khối này"): the unit and year of the figure just
    stated, in the sentence before if not in its own."""
    elapsed: int | None = None
    """For a subject after "sau ba năm": how many years its changes span (the year is the
    base year's plus these, `revise.elapsed_years`)."""
    as_written: Subject | None = None
    """For the communes' posts named by the communes as a level and no category ("các xã,
    phường mới được bố trí N biên chế", `statements`), read as cán bộ, công chức cấp xã: the
    block as written, which `build` goes back to where the figure is of 2025 on (the two-tier
    reform counts commune staff in the province's biên chế công chức) and the text's own
    arithmetic does not tie it to a figure of cấp xã."""
    dated: int | None = None
    """For a subject opening with a day ("tính đến ngày 30/6/2024, Cục A"): that day's year,
    which the figure's year must be (`build` declines it otherwise); the day is no part of
    the name."""
    given: bool = False
    """For a subject named after a giver's "giao biên chế" ("Ban Tổ chức Trung ương giao biên
    chế các cơ quan ... thành phố là N"): the receiver as named, which `build` reads as the
    text's total where its opening names the same bodies as its whole, and leaves unread
    where it lists several bodies (no one unit)."""
    giver: str = ""
    """For a subject that named only a body giving posts, and its verb ("Bộ Nội vụ giao",
    "UBND tỉnh đề nghị", "Bộ Nội vụ giao biên chế công chức năm 2026 là"): that body as
    written, no unit (eng-latent8). The figure is the text's own only where no body beside it
    could be the one meant: an item among items naming bodies, or a giver that is itself one
    of the bodies the text gives posts to ("Bộ Nội vụ" among ministries), names none (`build`)."""


@dataclass
class Change:
    """A comparison with another year; `count` or `rate` or both (0 for "giữ nguyên")."""

    increase: bool
    count: int | None
    rate: Rate | None
    base_year: int | None
    spans: list[Span] = field(default_factory=list)
    previous: bool = False
    """ "so với năm trước": against the year before the subject's, known once it is."""
    further: bool = False
    """ "giảm thêm 79 người": a cut beyond what is stated, compared with no year unless the
    sentence names one."""
    bound: bool = False
    """ "phải giảm tối thiểu 99 biên chế so với năm 2021": a least cut the law asks for, not
    the plan's change."""


@dataclass(frozen=True)
class Part:
    """One category's share of a value or of a change ("1.124 cán bộ, công chức")."""

    category: Category
    count: int
    span: Span
    change: Change | None
    """The change it breaks down, or None when it breaks down the value."""


@dataclass
class Statement:
    """What a sentence says about one subject."""

    subject: Subject
    value: int | None = None
    value_span: Span | None = None
    changes: list[Change] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)
    container: Statement | None = None
    """An earlier total or block of the same sentence that a category belongs to."""
    member: bool = False
    """One unit inside another's figure ("trong đó Sở X nhiều nhất với 440 biên chế"): a unit
    of its own, never a part of the list it is named in."""
    sets_year: bool = True
    """Whether its stated year governs the sentences after it (not for "từ A năm Y", nor
    for a figure in parentheses)."""
    subset: bool = False
    """Some of its container's figure, counted apart ("1.642 người, trong đó có 1.488 giáo
    viên"): a unit of its own, never a part (the rest is not named)."""
    of_part: Part | None = None
    """For a subset said right after one of its container's parts ("gồm 2.246 biên chế công
    chức và 24.580 người làm việc (trong đó có 17.905 giáo viên)"): that part, whose unit is
    the subset's whole."""
    named_again: bool = False
    """A subset named by its people alone ("số giáo viên năm 2026 là 16.980 người"): the one
    subset of that name the text set up before, which the build looks up; never a total."""
    point: str | None = None
    """For a subset opening its sentence: the letter of the item whose figure it is some of
    ("Trong tổng số tại điểm a khoản này có ..."), which the build looks up."""
    base_named: bool = False
    """Its subject calls the figure the base of the cuts ("mốc để tính tinh giản là 2.677
    biên chế được giao năm 2021"): a figure of the base year, whose year must be written (in
    the subject or right after the figure); never the year of the sentences around it."""
    counted_by_cut: bool = False
    """Its category is only the one its cut's count names, its subject unsaid ("năm 2026
    giảm 65 biên chế công chức"): the build reads it only where the text stated a figure of
    that category."""


@dataclass(frozen=True)
class Orphan:
    """A quantity the sentence states that no statement could take."""

    span: Span
    why: Message


@dataclass
class Reading:
    """A sentence read: its statements, the quantities it places outside the plan (subsets,
    contract staff) and those left over."""

    statements: list[Statement] = field(default_factory=list)
    orphans: list[Orphan] = field(default_factory=list)
    outside: list[Span] = field(default_factory=list)
    contracts: list[Statement] = field(default_factory=list)
    """Statements about contract staff: outside the plan, unless a list of parts adds them."""
    people: bool = False
    """It counts people leaving or moved (placed outside): a list it opens lists them too."""
    shares: bool = False
    shares_of: int | None = None
    """The figure the shares' sentence names again by its count ("Trong tổng số 16.335 người:
    ..."): whose it is, the figures stated before say."""
    shares_of_span: Span | None = None
    many_named: tuple[int, Span, str] | None = None
    """A count followed by several categories (its value, where, and the words naming them):
    unread, but a headline's may be the body's unit named by the same categories."""
    shares_year: int | None = None
    """The year the shares' sentence names ("Trong đó, năm 2026: ..."): the shared figure's."""
    """The sentence is all shares of the figure the sentence before stated ("Lĩnh vực giáo
    dục chiếm nhiều nhất với 54.317 người; ...; các sự nghiệp khác 1.634 người"): its
    statements are the parts of that unit, of its year."""

    @property
    def complete(self) -> bool:
        """Every quantity was taken and every statement names a unit: only then is any of
        the sentence's figures used."""
        return not self.orphans


def category_alone(subject: Subject) -> bool:
    """Whether a subject names a category and nothing else: no body, sector, level, scope or
    year of its own, and no pointer back ("biên chế công chức", never "... của Sở A")."""
    return (
        subject.kind is Kind.CATEGORY
        and subject.category is not None
        and not subject.qualifier
        and subject.scope is None
        and subject.where is None
        and subject.year is None
        and not subject.anaphora
    )


def identity(statement: Statement) -> tuple[object, ...]:
    """What a statement's unit is, its year and wording aside."""
    subject = statement.subject
    return (subject.kind, subject.category, subject.where, subject.qualifier, subject.scope)


def drop(reading: Reading, statement: Statement, why: Message | None = None) -> None:
    """Take a statement out of a sentence's reading: its figures reported unread for `why`, or
    placed outside the plan (no `why`)."""
    reading.statements.remove(statement)
    if why is None:
        reading.outside += spans_of(statement)
    else:
        reading.orphans += [Orphan(span, why) for span in spans_of(statement)]


def spans_of(statement: Statement) -> list[Span]:
    """Where a statement's figures stand in its sentence."""
    spans = [statement.value_span] if statement.value_span else []
    spans += [span for change in statement.changes for span in change.spans]
    return spans + [part.span for part in statement.parts]


def count_of(match: re.Match[str], group: str, reading: Reading) -> int | None:
    """The count a rule's group holds, or None with the malformed number reported."""
    try:
        return parse_count(match.group(group))
    except NumberError as exc:
        reading.orphans.append(Orphan(match.span(group), Message(exc.message_vi, exc.message_en)))
        return None


def parsed_count(match: re.Match[str], reading: Reading) -> int | None:
    try:
        return parse_count(match.group("n"))
    except NumberError as exc:
        reading.orphans.append(Orphan(match.span("n"), Message(exc.message_vi, exc.message_en)))
        return None


def parsed_rate(text: str, span: Span, reading: Reading) -> Rate | None:
    try:
        return parse_rate(text)
    except NumberError as exc:
        reading.orphans.append(Orphan(span, Message(exc.message_vi, exc.message_en)))
        return None


COMPARISON_NOT_READ = Message(
    "câu có một phép so sánh (so với, giữ nguyên, tăng, giảm) không đọc được",
    "the sentence holds a comparison (so với, giữ nguyên, tăng, giảm) that could not be read",
)
NO_SUBJECT = Message(
    "không rõ số này nói về đơn vị nào", "it is unclear which unit this number is about"
)
SAME_CATEGORY = Message(
    "câu nêu hai số cho cùng một loại biên chế của một đơn vị: không rõ số nào là của nó",
    "the sentence gives one unit two counts of the same category: which is its own is unclear",
)
