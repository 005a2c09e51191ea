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
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from itertools import accumulate, pairwise
from typing import Any

from lotrinh.extract.categories import (
    city_text,
    district_header,
    district_text,
    read_categories,
)
from lotrinh.extract.chains import (
    HEADLINE_CUT,
    corrected_change,
    framed_from_to,
    from_to,
    paren_categories,
    said_years,
    spell_adjusted,
    spell_correction,
    spell_from_to,
    spell_headline_cut,
    spell_minimum_then_result,
    spell_moved_by,
    spell_this_year,
)
from lotrinh.extract.clauses import NOT_COUNTED_IN
from lotrinh.extract.communes import (
    after_reform,
    from_reform_day,
    names_cadres_of_the_level,
    names_old_category,
    opening_day,
    own_commune,
)
from lotrinh.extract.document import (
    COMPARED_BEFORE,
    NUM,
    YEAR,
    Line,
    Sentence,
    Token,
    normalise,
    numbering_kind,
    split_lines,
    tokens,
)
from lotrinh.extract.headlines import (
    HeadlineFigure,
    WholeWhen,
    names_the_whole,
    read_headline,
    whole_change_when,
)
from lotrinh.extract.leads import receiving_body, unknown_body
from lotrinh.extract.lexicon import (
    CONTRACT_MENTION,
    EXCLUDING,
    GROUP_OF,
    LEAVERS_HEAD,
    NOT_STAFF_AFTER,
    ORGANISATION,
    PARENTHESES,
    RESERVE_WORD,
    STAFF_AFTER,
    STAFF_WORDS,
    Scope,
    allocates_part_time,
    category_mentioned,
    counts_part_time,
    groups_in,
    groups_named,
    half_named,
    kind_of,
    known_block,
    names_part_time,
    narrows,
    one_half,
    own_revenue_posts,
    part_time_clauses,
    party_posts_only,
    reserve_joined,
    scope_of,
    subset_counts,
)
from lotrinh.extract.lexicon import Kind as LexKind
from lotrinh.extract.merged import (
    FORMER,
    LOWER,
    former_item,
    former_place,
    merged_sum,
    merger_marks,
)
from lotrinh.extract.meta import Meta, read_meta
from lotrinh.extract.outside import same_people_elsewhere
from lotrinh.extract.places import Place, blanked, opening_place
from lotrinh.extract.result import (
    Coverage,
    CoverageEntry,
    DataPath,
    ExtractError,
    ExtractResult,
    Message,
    Status,
)
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
    category_alone,
    drop,
)
from lotrinh.extract.statements import (
    BARE_TOTAL,
    OPENS,
    POST_WORDS,
    counted_inside,
    in_post_unchanged,
    one_line,
    read_in_post,
    read_sentence,
    read_spelled,
)
from lotrinh.extract.structure import (
    PERIOD_APPLIED,
    TABLE_HEADING,
    Heading,
    Site,
    open_heading,
    sites,
)
from lotrinh.extract.subjects import (
    BOTH_CATEGORIES,
    acts_in_name,
    capital,
    category_after,
    own_posts_given,
    read_subject,
    relative_receiver,
    verbs_only,
)
from lotrinh.extract.targets import Mention, TargetDraft, by_law, recognise
from lotrinh.extract.units import TOTAL_ID, Registry, UnitDraft, bodies_meant
from lotrinh.extract.whole import read_goal_rates
from lotrinh.loading.errors import Problem
from lotrinh.model import Category, Position, YearKind
from lotrinh.numbers import (
    NumberError,
    Rounding,
    parse_count,
    parse_rate,
    percent,
    rate_matches,
)

Span = tuple[int, int]

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
_HEADING_YEARS = re.compile(r"(?<![0-9/.\-])((?:19|20)[0-9]{2})(?![0-9])")
_YEAR_PAIR = re.compile(
    r"(?<!\w)(?:từ\s+)?năm\s+(?P<a>(?:19|20)[0-9]{2})\s*(?:,|và|đến|tới|-|–)\s*(?:năm\s+)?"
    r"(?P<b>(?:19|20)[0-9]{2})(?![0-9])",
    re.IGNORECASE,
)
_ALL_HOI = re.compile(
    # ("3. Đối với biên chế hội có tính chất đặc thù": the section's topic, as the bare name)
    r"(?:(?:đối\s+với|về)\s+)?(?:biên\s+chế\s+)?(?:của\s+|giao\s+cho\s+)?"
    # ("II. Số lượng người làm việc trong các hội có tính chất đặc thù": the hội's people)
    r"(?:(?:số\s+lượng\s+)?người\s+làm\s+việc\s+(?:trong|tại|của)\s+)?"
    r"(?:các\s+)?(?:tổ\s+chức\s+)?hội\s+"
    r"(?:có\s+tính\s+chất\s+)?đặc\s+thù\s*:?",
    re.IGNORECASE,
)
_NAME_JOINS = re.compile(r"\s*,\s*|\s+(?:và|với)\s+", re.IGNORECASE)
"""Where a heading's name may join a second body to the first ("Sở Y tế và Sở Tư pháp")."""
_DETERMINER_WORDS = re.compile(r"^(?:(?:các|những)\s+)+", re.IGNORECASE)
_CIVIL_BLOCKS = frozenset({"dang", "mttq"})
"""Well-known blocks (`lexicon.KNOWN_BLOCKS`) whose own posts are all cán bộ, công chức."""
_BLOCK_MEMBER = re.compile(
    r"(?:mặt\s+trận|MTTQ|đoàn\s+thể|tổ\s+chức\s+chính\s+trị|đảng)(?!\w)", re.IGNORECASE
)
"""What a well-known block's own name joins to its head ("Khối Đảng, Mặt trận Tổ quốc và các
tổ chức chính trị - xã hội"): any other organisation after it is a second body."""

# "2. Kết quả giảm biên chế so với năm 2021": the year a heading compares with is not its year
_AGAINST = re.compile(r"so\s+với\s+(?:năm\s+)?(?:19|20)[0-9]{2}", re.IGNORECASE)


@dataclass
class _ClaimDraft:
    unit: str
    year: int
    sentence: Sentence
    value: int | None = None
    changes: list[dict[str, Any]] = field(default_factory=list)
    year_note: Message | None = None


@dataclass
class _HeadlineChange:
    """A headline's change kept until the body is read (`_Walk._headline_change`)."""

    entry: int
    sentence: Sentence
    text: str
    found: list[Token]
    outside: list[Span]
    change: Change
    year: int | None
    """None: the headline names no year at all ("Huyện A giảm 476 cán bộ, công chức"); the
    body's one change of that amount says which."""
    year_note: Message | None
    base_year: int | None = None
    """The year it compares with, where the headline or its period says."""
    category: Category | None = None
    """The category the headline names, if it names one: the body's unit must be of it."""
    of_whole: bool = False
    """A place's change of "biên chế" alone, nothing more (`headlines.names_the_whole`): the
    text's total's."""
    when: WholeWhen | None = None
    """A place's change of "biên chế" alone naming no base but when it happened ("trong năm
    2026", "sau ba năm", `headlines.whole_change_when`): the text's total's."""
    said_as_cut: bool = False
    """Said "tinh giản N biên chế" (`chains.spell_headline_cut`): the body's change of that
    very amount, or people who left; never a claim found wrong against another amount."""


@dataclass
class _HeadlineFigureKept:
    """A headline's count of posts naming no unit ("Tây Ninh giao 30.512 biên chế năm 2025"),
    kept until the body is read (`_Walk._headline_figure`)."""

    entry: int
    sentence: Sentence
    text: str
    found: list[Token]
    figure: HeadlineFigure
    year: int | None
    """None: a headline naming no year over a text naming none for it, whose year is that of
    the one body figure it restates ("Tuyên Quang (mới) có 4.962 biên chế công chức sau hợp
    nhất")."""
    year_note: Message | None


@dataclass
class _ManyNamed:
    """A count at the top followed by several categories ("Tạm giao 26.974 người làm việc
    trong đơn vị sự nghiệp, các hội; cán bộ, công chức cấp xã năm 2023"), kept until the body
    is read (`_Walk._many_named_figure`)."""

    entry: int
    sentence: Sentence
    text: str
    found: list[Token]
    outside: list[Span]
    value: int
    span: Span
    groups: frozenset[int]
    year: int


@dataclass
class _Enumeration:
    """A unit whose parts the items below it list ("... là 28.960 biên chế. Trong đó:")."""

    unit: str
    level: str | None
    """The item level of the line that opened it (None: a paragraph, a table's total row)."""
    base_year: int | None = None
    """The one year its own sentence compares with: "giảm 346 người so với năm 2016. Trong
    đó: - Công chức: 2.929 người (giảm 41 người)" compares the items with 2016 too."""
    opened: int = 0
    """The line that opened it: which listing of its unit's parts this is."""
    annotated: bool = False
    """Whether a parenthesis line stands between two of its items: its items each carry
    their own, so one after its last item is that item's too."""
    year: int | None = None
    """For a list whose opening line was not read: the year that line names (0 for several),
    the only year its items may be read for."""
    years_of: bool = False
    """Its items naming only a year are the unit's figures or changes of that year (a lead
    about the unit's yearly cuts whose items add up to its stated cut, `_yearly_lead`)."""
    shared: bool = False
    """Opened by a line saying only that the figure above is shared out ("Phân bổ cụ thể
    như sau:", `_broken_down`): its items are of that figure's year where nothing else gives
    one (the figure is the only year the list speaks of)."""
    named: Category | None = None
    """For a list whose opening line was not read: the one category that line names, the
    only one its items may be read as."""
    body: str | None = None
    """For a list led by a line naming only the body receiving the posts ("+ Tại Văn phòng
    UBND tỉnh:", `leads.receiving_body`): that body, whose category lines its items are."""
    counted: bool = False
    """For a list whose opening line was not read: that line stated a count (a lead naming
    none, "Phân theo cấp quản lý:", is a label whose items stand on their own)."""
    category: Category | None = None
    """For a list led by a line naming only one category's posts year by year ("Số người làm
    việc toàn ngành giảm dần qua các năm:", `_category_lead`): that category, whose own line
    its items naming only a year are."""
    former: bool = False
    """(latent7) For a list under a heading naming one former place ("1. Tỉnh Hà Giang (cũ)"):
    its items are that place's posts, never the text's own lines: unread."""
    own_revenue: bool = False
    """For a list whose opening line was not read as a unit: that line names posts paid from
    the units' own revenue ("Phê duyệt 1.847 người làm việc hưởng lương từ nguồn thu sự
    nghiệp …, trong đó:"); its items are those posts, no unit read holds them, and read on
    their own they would be taken for the budget's: unread."""


Resolved = tuple[Statement, int, Message | None, str | None]
"""A statement with its year, how the year was found, and its unit when the context gives
it (a parenthesis line speaks of the item above)."""


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


class _Walk:
    def __init__(self, name: str, meta: Meta) -> None:
        self.name = name
        self.meta = meta
        self.district = False
        """The text is a district's own (`categories.district_text`)."""
        self.own_district = False
        """The text's header names a district its own (`categories.district_header`)."""
        self.city = True
        """"thành phố" alone may name the text's own body (`categories.city_text`)."""
        self.registry = Registry()
        self.headings: list[Heading] = []
        self.after_reform = False
        self.old_named = False
        """Whether the text names the communes' posts the old way or a thị trấn anywhere
        (`_undated_communes`)."""
        self.old_title = False
        """Whether the text's title or a heading names the old category (`_reform_communes`)."""
        """Whether the text says it is of the two-tier local government (`_reform_communes`)."""
        self.bodies_of: tuple[int, Category] | None = None
        """The depth and category of a list's lettered body headings (`_lead_category_of_body`):
        the next such heading at that depth is of that category too."""
        self.last: tuple[str, int] | None = None
        self.last_base: tuple[str, int | None] | None = None
        """The unit and year of the last statement used, for a parenthesis line after it."""
        self.stated_figures: set[tuple[str, int]] = set()
        """The units and years whose figure a statement has given (looked up, not searched)."""
        self.line_units: tuple[int, list[tuple[str, int]]] | None = None
        self.heading_blocks: set[str] = set()
        """The well-known blocks whose headings gave bare counts their unit (`_heading_body`):
        posts of no category the text says."""
        """The line of the last statement read on its own and the units and years stated on
        it: a parenthesis line after an item of several categories names which it speaks of."""
        self.paragraph_year: tuple[int, int] | None = None  # (year, line stated)
        # the one year named by the last sentence not read, and its line
        self.sibling_blocks: dict[int, dict[tuple[str, Scope | None], tuple[int, str]]] = {}
        """Per list (the line opening it), the well-known blocks its items named, by level:
        the line and words of the first (`_block_of_a_sibling`)."""
        self.unread_year: tuple[int, int] | None = None
        self.unread_alone: int | None = None
        self.unread_item: tuple[int, str | None, int | None] | None = None
        """The line, level and year named of the last list item not read."""
        self.bare_block: tuple[str | None] | None = None
        """The block "khối" named alone stands for, once looked up (`_the_block`)."""
        self.received: set[str] = set()
        """Category lines of a body a lead names as receiving them ("Sở Tài chính:\n- Biên
        chế công chức: 90"): never the text's own line named otherwise."""
        self.unknown_bodies: set[str] = set()
        """Names of leads read as naming a body receiving posts that the lexicon does not
        know as one (`leads.unknown_body`): the items under them are not read."""
        """The line of the last sentence not read that is no list item and opens no list: a
        parenthesis line right after it speaks of it."""
        self.article_year: tuple[int, int] | None = None
        """(year, line) of an article allocating posts "đến năm Y" ("Điều 1. Giao biên chế ...
        đến năm 2026 là ..."): the later articles naming no year ("Điều 2. Phân bổ biên chế")
        distribute the same posts, until the text states figures of another year."""
        self.enumerations: list[_Enumeration] = []
        self.people_lead: int | None = None
        self.outside_lead: tuple[int, str, str | None] | None = None
        """A lead of people holding no post ("Chỉ tiêu hợp đồng lao động ... là 22.838 chỉ
        tiêu, cụ thể:"): its line, its numbering kind and its items' (a bullet's own sign)."""
        """The line of a sentence counting people leaving or moved that opens a list ("...,
        cụ thể:"): its items naming no post count those people, while the list goes on."""
        self.goes_on: set[int] = set()
        """Statements naming only a year that go on with the unit of the sentence before them
        on their line: their year governs the items after them, as a named unit's does."""
        self.previous_lead: int | None = None
        self.roadmap_wholes: dict[int, str | None] = {}
        self.year_on_year: dict[tuple[int, str | None], set[int]] = {}
        self.bodies_listed: dict[tuple[int, str | None], tuple[set[int], set[int]]] = {}
        """Per list (its first site and its items' level), the lines of its items naming a
        body or a scope as their subject, and of all its items (`_among_bodies`,
        eng-latent8)."""
        """Per list of year items (its first site, and its items' level where only those
        count), the years whose changes are against the
        year before by the list's own figures (`_falls_year_on_year`)."""
        """Per roadmap heading naming no unit, the whole its year items speak of, once found
        (`_roadmap_whole`)."""
        self.paid_said: set[str] = set()
        """Units a sentence stating their figure named "người làm việc hưởng lương từ ngân
        sách" (`_paid_from_budget`)."""
        self.pay_source_checked: tuple[int, int, bool] | None = None
        """(line, column, found) of the last sentence searched for those words: once each."""
        self.target_lead: tuple[int, int, int, frozenset[Category]] | None = None
        """(line, base year, deadline, categories) of a paragraph citing only targets against
        one year and opening items ("Đến năm 2030, giảm tối thiểu 3% biên chế công chức ... so
        với số được giao năm 2026, cụ thể:"), for its items' changes naming no year."""
        """The line of a lead-in saying the changes of the list below it are against the year
        before ("(số giảm tính so với năm liền trước):"), while that list goes on."""
        self.previous_lead_kind: str | None = None  # numbering_kind of the lead's own line
        self.list_level: str | None = None
        """The item level of the lines listed in the open enumeration."""
        self.interrupted: tuple[str, str | None] | None = None
        """A list a sentence closed (its unit, its items' level): should its items go on
        after that sentence, the list read so far is not all of it."""
        self.item_line: int | None = None
        """The line whose item level was last entered (a line may hold several sentences)."""
        self.table: int | None = None
        self.table_units: list[str] = []
        self.table_total: str | None = None
        self.total_closes = False
        self.table_groups: list[str] = []
        """The totals of a table's groups closed so far ("Cộng I" before the row "II. ..."):
        the parts of a grand total row that follows a group's total ("Tổng cộng (I + II)")."""
        self.after_total = False
        """Whether the row before the current one was a total row."""
        self.grand_row: int | None = None
        """The line of a grand total row, whose every statement is the groups' total."""
        self.rows_seen: tuple[int, int | None] = (0, None)
        """(the current row's line, the line of the last total row)."""
        self.table_unread = False
        """A row of the current table was not read: its total's parts are not all known."""
        self.row_depth = 0
        self.row_among = False
        self.row_subset = False
        self.row_loose = False
        self.row_parents: list[str] = []
        """The units of the last table row at each depth: a row of depth 0 is no line of
        another ("1. Khối Đảng"), a row of depth d a line of the last row of depth d - 1."""
        self.category_parents: dict[Category | None, list[str]] = {}
        """As `row_parents`, one list per category, for a table of categories as columns: a
        row holds a unit of each, each the line of the row above's unit of its category."""
        self.incomplete: set[str] = set()
        self.listings: dict[str, dict[tuple[str, int | None], set[str]]] = {}
        """Per unit, the units each listing of its parts named (a sentence, a list below a
        line, a table): two listings naming different parts leave its parts unknown."""
        self.contract_lines: set[int] = set()
        """Coverage entries of contract staff listed as parts, kept only if the sum adds
        them."""
        """Units whose list of parts holds an item that was not read."""
        self.claims: dict[tuple[str, int, int, int], _ClaimDraft] = {}
        self.claims_on: dict[int, list[_ClaimDraft]] = {}
        """The claims made at each line, as they are made (looked up by line, so a sentence
        pointing back reads in constant time whatever the document's length)."""
        self.claim_years: set[int] = set()
        """The years of the claims written so far (the walk only adds claims)."""
        self.entries: list[CoverageEntry] = []
        self.year_kinds: dict[int, tuple[YearKind, Message]] = {}
        self.scope: str | None = None
        self.only_year: int | None = None
        self.year_lines: list[tuple[int, int]] = []
        """(line, year) of the lines that name one year and state no quantity: a year taken
        from the top of a report holds only until the text turns to another."""
        """The one year a text names, if it names one only: its undated figures are of it."""
        self.targets: list[TargetDraft] = []
        self.headline_change: _HeadlineChange | None = None
        self.headline_figure: _HeadlineFigureKept | None = None
        self.made: list[_ClaimDraft] = []
        """Every claim in the order made (a sentence's own are those made while it is read,
        found without a pass over all claims)."""
        self.merged_sums: list[tuple[int, Sentence, str, list[tuple[int, Sentence]]]] = []
        """Sentences left unread that give a base year's figure as the merged places' sum
        (`merged.merged_sum`): their entry, kept to find their unit once all is read, and the
        unread items listed right under them ("- Tỉnh A (cũ): 2.468 biên chế.")."""
        self.headline_unread: tuple[int, Sentence, str, list[Token]] | None = None
        self.many_named: _ManyNamed | None = None
        self.leavers: set[int] = set()
        """Counts of people leaving the body states (outside the plan)."""
        self.many_named_line: int | None = None
        """The line of a count of several categories at the top, read as the body's figure:
        checked after the body's, as a headline is."""
        self.last_spoken: tuple[str, int | None] | None = None
        self.last_spoken_all: set[str] = set()
        """Every unit the last sentence read stated a figure of (no subset nor part)."""
        self.list_unit: tuple[int, str, str] | None = None
        """The last sentence read: its line, the unit it spoke of, and the unit a list it
        opened would be of (its one category line where it stated only that line's figures)."""
        self.last_stated: tuple[str, int] | None = None
        """The one unit the last sentence read stated a figure of, its listed parts aside,
        and its year."""
        """The one unit the sentence of `last` spoke of, and its latest year (shares need
        one)."""
        self.headline: int | None = None
        self.headline_text: str | None = None
        self.opening: tuple[str, ...] = ()
        self.before_figures: list[tuple[int, str]] = []
        self.opening_said: list[tuple[int, str]] = []
        self.place_lines: set[int] = set()
        """(latent10) The lines naming a section's place (`_place_line`): no opening's."""
        """(latent10) The sentences before the first of staffing, case folded (`_places`)."""
        """(latent9) The text's lines before its first figure: its header, title
        and lead, which name its own place (`_place_section`)."""
        self.place_section: tuple[int, int] | None = None
        """(latent9) The line of a heading or lead naming a place not the text's own ("1. Tỉnh
        Hà Giang", "**Tỉnh Hà Giang (cũ)**", "Số liệu của tỉnh Hà Giang cũ:") and the depth of
        heading that ends its section: the figures below it are that place's, unread."""
        """The text's first lines (its header and title), case folded: a receiver of posts they
        name as the text's whole is its total (`_given_receivers`)."""
        self.own_posts: dict[int, Statement] = {}
        """The statements (by id) read as the text's own posts naming no category (`_own_posts`),
        each kept alive here: an id is unique only while its object lives, and a statement
        of a later line freed-and-reallocated at the same address would pass for one of them
        (eng-latent3: the total after such a line was then read as a second figure of the
        own posts, unread, at random, depending on the lines read before)."""
        self.own_posts_years: dict[int, int] = {}
        """The figure of the text's own posts read for each year: another is not used."""
        """The first line's words where it is a headline or title (`own_posts_given`)."""
        """The line of a report's headline: a first line that ends no sentence."""
        self.last_entry = -1
        """The coverage entry of the sentence `last` comes from."""
        self.narrowed: tuple[int, str] | None = None
        """(coverage entry, unit) of the last line naming some of the unit `last` ("Trong đó,
        số người làm việc của các trường ... là ..."), which stays the context."""
        self.besides: tuple[int, str] | None = None
        """(line, unit) of a paragraph opening "Ngoài ra" right after the list of the unit's
        parts: whether it adds a part to that list only its figures can tell."""
        self.besides_units: list[tuple[str, str]] = []
        self.stated_changes: dict[tuple[str, int], dict[int, set[int]]] = {}
        """The changes stated so far for each unit and year, by base year (signed: a cut <
        0)."""
        self.left_alone = False
        """Whether the list the current paragraph closed was the only one open (no list of
        an item's own parts inside another's): "Trong tổng số trên" after it names its whole."""
        self.left_list: _Enumeration | None = None
        """The list the current paragraph closed, if any (its last item may be the unit
        before it)."""
        self.sibling_closed: tuple[int, _Enumeration] | None = None
        """(line, list): the list an item at its opener's level closed ("1. ... là 842 biên
        chế, gồm: a) ...; c) ...\n2. So với năm 2021 (888 biên chế), ...")."""
        self.sites: list[Site] = []
        self.site_index = 0
        """The document's sites and the one being read: a list's items may be read ahead."""
        self.next_level: dict[int, str | None] = {}
        self.line_before: dict[int, int] = {}
        self.line_levels: dict[int, str | None] = {}
        self.ends_before: dict[int, str] = {}
        """Per line, the line holding text before it and that line's last character."""
        """Per line, the item level of the next line holding text (None: not an item)."""
        self.values: dict[tuple[str, int], set[int]] = {}
        """The figures stated so far for each unit and year (the inverse of `figures`)."""
        self.figures: dict[int, set[tuple[str, int]]] = {}
        self.counted_in: dict[int, str] = {}
        """The whole of a subset said in a sentence of its own ("Trong đó có 9.870 giáo viên"),
        by the subset statement's id: the one unit the sentence before stated."""
        """The units and years stated with each figure so far (a count said again names its
        figure by it), kept as claims are written so looking one up costs nothing."""
        self.label: Subject | None = None
        """The category an item's label names ("a) Biên chế công chức: ...") for the sentences
        of its line after the first."""
        self.against_previous = False
        self.part_time_allocated = False
        self.party_only = False
        """The text gives only the Party's, the Front's and the mass organisations' posts
        (`lexicon.party_posts_only`)."""
        self.row_by_category = False
        self.points: dict[str, tuple[tuple[str, int] | None, int, bool]] = {}
        """The one unit and year each item lettered "a)", "b)" of the current clause stated
        (None: not one), its line, and whether its figure is settled."""
        self.point_line = 0
        self.recalled_back: tuple[int, str, int] | None = None
        """(eng-alprose) The entry of the last sentence naming no unit that recalled a base
        year's figure and was read as the unit before it ("So với năm 2025 (31.894 người),
        giảm 668 người, ..."), with that unit and year (`_recalls_again`)."""
        self.last_listed = False
        """Whether the last statement used was an item of a list of parts ("gồm:\n- Khối
        Đảng: 486 biên chế;")."""
        """The paragraph said its list's changes are each against the year before ("Lộ trình
        thực hiện (số giảm tính so với năm liền trước):"); a new paragraph ends it."""
        self.item_units: tuple[int, dict[Category | None, set[tuple[str, int]]]] | None = None
        """The line opening the list read last and, by category, the units and years its
        items stated: a parenthesis line after its last item may name their categories."""
        self.last_item_line = 0
        """The line of the last item whose unit was stated (the list's last, so far)."""
        self.lead_years: dict[tuple[int, str], list[int]] = {}
        self.said_run: tuple[str, int, tuple[int, int] | None] | None = None
        """The items in a row saying both years of their moves (`_read_from_to_said`): their
        level, the last one's line, the two years they all said (None: not all the same)."""
        """Per line opening a list, the years its unit's figures were stated for there."""
        self.superseded: dict[str, str] = {}
        """Per unit whose figure an adjustment set ("từ 1.948 biên chế điều chỉnh thành 1.902
        biên chế"), the unit of the figure it replaced (the allocation before it)."""
        self.moved_leads: set[int] = set()
        """Lines read as an adjustment's move and change (`_read_moved_by`): a list one of
        them opens holds that adjustment's items."""
        self.replaced: dict[int, tuple[int, str | None]] = {}
        """For the statement of a figure an adjustment replaced (by id): the statement of the
        figure set, and the replaced unit its items' replaced figures are parts of."""
        self.short_totals: dict[str, str] = {}
        """Category lines named as a total ("tổng biên chế công chức" → `cbcc`), by unit:
        the document's total may turn out to be that name with its complement."""
        """(unit, owner): the first unit such a paragraph names, and the list's unit."""

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

    def _places(self, found: list[Site]) -> dict[tuple[int, int], Place]:
        """The places the staffing sentences open with (`places.opening_place`), by sentence,
        where they name two places or more: each is a unit of its own. The text's own place
        (its header's, or the one place its title and lead name before the first figure) is
        no such unit: its sentences stay the text's own (the title naming one of them only)."""
        opened: dict[tuple[int, int], Place] = {}
        opening: list[str] = []
        staffing_seen = False
        for site in found:
            if site.sentence is None or site.table is not None:
                continue
            text = site.sentence.text
            place = opening_place(text)
            staffing = _STAFF_WORDS.search(text) is not None and any(
                token.quantity for token in tokens(text)
            )
            if not staffing:
                if not staffing_seen:
                    opening.append(text.casefold())
                    self.opening_said.append((site.line.number, text.casefold()))
                continue
            staffing_seen = True
            if place is not None:
                opened[(site.line.number, site.sentence.column)] = place
        keys = {place.key for place in opened.values()}
        if len(keys) == 1:
            return self._lone_place(opened, " ".join(opening))
        if len(keys) < 2:
            return {}
        own = {_LEVEL_WORD.sub("", name).strip() for name in self.meta.own}
        before = {
            key for key in keys if re.search(rf"(?<!\w){re.escape(key)}(?!\w)", " ".join(opening))
        }
        if len(before) == 1:
            own |= before
        return {at: place for at, place in opened.items() if place.key not in own}

    def _lone_place(
        self, opened: dict[tuple[int, int], Place], opening: str
    ) -> dict[tuple[int, int], Place]:
        """The one place a text opens its sentences with, each time after a word saying
        where, where the text's own body is another: "Tại huyện B, năm 2026 biên chế công
        chức là 300, viên chức là 1.900" in a province's plan speaks of the district's posts,
        never of the province's (the place dropped as a lead filed them under the province's
        `cbcc`, `vc`). A district (huyện, quận, thị xã) in a text that is no district's own
        or names a province or city above it, or a province ("tỉnh X") in a text whose
        header or title names its own province or body otherwise; either named neither in
        the header nor in the title and lead. A place named without its level word (a news
        report's own province) or without a word saying where ("Năm 2021, tỉnh C có ...",
        maybe the text's own renamed by a merger) stays the text's own."""
        place = next(iter(opened.values()))
        if not all(at.lead for at in opened.values()):
            return {}  # ("Năm 2021, tỉnh C có ...": the text's own, maybe renamed by a merger)
        line = min(at[0] for at in opened)
        return opened if self._another_place(place.level, place.key, opening, line) else {}

    def _fronted_other(self, statements: list[Statement], sentence: Sentence) -> bool:
        """(latent10) Whether a clause opens with another place than the text's own
        (`_another_place`) after a word saying where, and a figure is filed elsewhere than
        under that place: "Tại tỉnh Hà Giang năm 2024, tổng biên chế là 2.544" (the place
        not taken for one, `places.opening_place`: a year between it and its comma), or
        a reading that passed the place by ("tổng biên chế" read as the text's whole). A
        sentence `_places` gave its place to is that place's (`_read_at_place`)."""
        placed = (sentence.line.number, sentence.column) in self.places
        for fronted in _FRONTED_PLACE.finditer(sentence.text):
            level = _SPACES.sub(" ", fronted.group("level")).casefold()
            name = _SPACES.sub(" ", fronted.group("name")).casefold()
            key = f"{level} {name}" if level in _DISTRICT_LEVELS else name
            if level == "thành phố" and any(
                re.search(rf"(?<!\w)tỉnh\s+{re.escape(name)}(?!\w)", said)
                for said in [*self.meta.own, self._said_before(sentence.line.number)]
            ):
                return True  # (the city of the text's own province's name: named "Hà Giang")
            if placed:
                return False
            if not self._another_place(
                level, key, self._said_before(sentence.line.number), sentence.line.number
            ):
                continue
            if not all(
                s.subject.kind is Kind.BLOCK and key in s.subject.name.casefold()
                for s in statements
            ):
                return True  # (a total or a category named after the place: the text's own)
        return False

    def _said_before(self, line: int) -> str:
        """(latent10) The opening's sentences before `line`, not those naming a section's
        place (`_places`, `_place_line`), case folded."""
        return " ".join(
            text
            for number, text in self.opening_said
            if number < line and number not in self.place_lines
        )

    def _another_place(self, level: str, key: str, opening: str, line: int) -> bool:
        """Whether a place a sentence opens with after a word saying where (its level word
        and its key, `places.Place`) is another than the text's own: a district (huyện,
        quận, thị xã) in a text that is no district's own or names a province or city above
        it; a province or a city ("tỉnh X", "thành phố X") in a text whose header, title or
        lines before its first figure name its own province, city or body otherwise. A place
        the header or the opening names (by its name, at its level or with none) is the
        text's own; so is one in a text naming no place (nothing tells). (latent10: the lines
        before the first figure, "Báo cáo của Sở Nội vụ tỉnh A", name the text's own too,
        and a city is told from the province of its name: "Tại thành phố Hà Giang" in tỉnh
        Hà Giang's text is the city's; the lines before `line` count, not those naming a
        section's place.)"""
        whole = key if level in _DISTRICT_LEVELS or not level else f"{level} {key}"
        if any(
            whole in name or name in whole or (not level and key in name) for name in self.meta.own
        ):
            return False
        lines = [
            body
            for number, body in self.before_figures
            if number < line and number not in self.place_lines
        ]
        folded = " ".join([opening, *lines]).casefold()
        provinces = {
            _SPACES.sub(" ", said.group(0)).casefold()
            for body in lines
            for said in _PLACE_SAID.finditer(body)
        }
        for said in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", folded):
            before = _LEVEL_BEFORE.search(folded, 0, said.start())
            if len(provinces) > 1 and level in ("tỉnh", "thành phố"):
                break  # ("Tỉnh A hợp nhất với tỉnh B ...": either, or neither, is the text's)
            if before is None or not level or _SPACES.sub(" ", before.group(1)) == level:
                return False
        named = [
            found.group(1)
            for said in (
                self.meta.title,
                self.meta.issuer,
                *lines,
            )
            if said is not None
            for found in _OWN_PROVINCE_NAMED.finditer(said)
        ]
        above = bool(self.meta.own) or any(name[:1].isupper() for name in named)
        if level in _DISTRICT_LEVELS:
            return above or not self.district
        return level in ("tỉnh", "thành phố") and above

    def _read_at_place(self, text: str, reading: Reading, place: Place) -> Reading:
        """A sentence opening with one of the places a text names several of: its category
        figures are that place's (a block named by it). Where the place left out leaves more
        than category figures, a reading naming the place in its bodies' names stands; any
        other is not understood (whose figures they are is not told)."""
        again = read_categories(
            blanked(text, place), self.meta.own, district=self.district
        ) or read_sentence(blanked(text, place))
        if place.level in _DISTRICT_LEVELS and _WHOLE_ABOVE.search(blanked(text, place)):
            # "Ở huyện B, năm 2026 toàn tỉnh còn ...": the province's whole, or the district's?
            for statement in list(reading.statements):
                drop(reading, statement, NO_SUBJECT)
            return reading
        if again.statements and all(
            s.subject.kind is Kind.CATEGORY
            and s.subject.category is not None
            and not s.subject.anaphora
            for s in again.statements
        ):
            for statement in again.statements:
                statement.subject = replace(statement.subject, kind=Kind.BLOCK, name=place.name)
            return again
        if reading.statements and all(
            s.subject.kind is Kind.BLOCK and place.key in s.subject.name.casefold()
            for s in reading.statements
        ):
            for statement in reading.statements:
                # ("Tại huyện B, cắt giảm 12 biên chế ...": the place, not where, is the name)
                if _AT_WORD.sub("", statement.subject.name).casefold() == place.key:
                    statement.subject = replace(statement.subject, name=place.name)
            return reading  # ("Tại Gia Lai, Sở Y tế được giao ...": a body of that place)
        for statement in list(reading.statements):
            if not (in_post_unchanged(statement) or read_in_post(statement)):
                drop(reading, statement, NO_SUBJECT)
        return reading

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

    def _broken_down(self, line: Line) -> tuple[str, int] | None:
        """ "1. Tổng số người làm việc ... năm 2024 là 16.480 người. 2. Phân bổ theo lĩnh vực,
        cụ thể:": a numbered line right after the one sentence stating one unit's figure,
        saying only that it is shared out, opens that figure's parts (in its year), as
        "Trong đó:" would; naming a category, a year or a body of its own, it is a heading."""
        if (
            _BROKEN_DOWN.fullmatch(line.body) is None
            or self.last is None
            or self.last_stated != self.last
            or self.last_entry != len(self.entries) - 1
        ):
            return None
        unit, year = self.last
        parts = self.registry.units[unit].parts
        if not parts:
            return self.last
        # "Giao 11.820 biên chế công chức ... cho hệ thống Kho bạc Nhà nước": the figure went
        # to the body's category line, whose figure the list shares out; the body's other
        # parts already listed would be summed beside them
        first = self.registry.units[parts[0]]
        return (first.id, year) if len(parts) == 1 and first.is_line else None

    def _named_again(self, line: Line) -> tuple[str, int] | None:
        """ "3. Biên chế của các Cục quy định tại điểm d khoản 1 Điều này, cụ thể:": a line
        naming again, by the same name, a body whose figure the text stated in one year only
        (and gave no parts), saying only that it is broken down, opens that figure's parts,
        as `_broken_down` does for the figure just stated."""
        found = _POSTS_OF_NAMED.fullmatch(line.body)
        if found is None:
            return None
        unit = self.registry.named(found.group("name"))
        if unit is None or self.registry.units[unit].parts:
            return None
        years = {year for named, year in self.values if named == unit}
        return (unit, years.pop()) if len(years) == 1 else None

    def _cited_again(self, line: Line) -> tuple[str, int] | None:
        """ "3. Biên chế công chức quy định tại khoản 1 Điều này được phân bổ như sau:": a line
        citing by number the clause of its article that stated one unit's figure, saying only
        that it is shared out, opens that figure's parts (in its year: never the year the
        clause compared it with), as `_broken_down` does for the figure just stated. The
        clause must state figures of one unit only, of the category the line names, with no
        parts yet; otherwise None."""
        found = _CITED_AGAIN.fullmatch(line.body)
        if found is None:
            return None
        cited = None
        for site in reversed(self.sites[: self.site_index]):
            if numbering_kind(site.line.marker) == _ARTICLE:
                break
            if site.line.marker == f"{int(found.group('k'))}.":
                cited = site.line.number
                break
        drafts = [d for d in self.claims_on.get(cited, []) if d.value is not None] if cited else []
        units = {draft.unit for draft in drafts}
        if len(units) != 1:
            return None
        unit = units.pop()
        held = self.registry.units[unit]
        named = Category.CBCC if found.group("cat") else None
        if held.parts or held.parent is not None or held.category not in (named, Category.CBCC):
            return None
        compared = {int(c["base_year"]) for d in drafts for c in d.changes if "base_year" in c}
        years = {draft.year for draft in drafts} - compared
        return (unit, years.pop()) if len(years) == 1 else None

    def _shared_year(self, sentence: Sentence) -> tuple[int | None, Message | None]:
        """ "1. Tổng biên chế ... đến năm 2026 là 2.112 biên chế, giảm 118 ... so với năm 2021
        (2.230 biên chế). 2. Phân bổ cụ thể như sau: a) ...: 2.050 biên chế; b) Biên chế dự
        phòng ...: 62 biên chế.": an item naming no year shares out the figure above, of its
        year (never the recalled base's)."""
        listed = self.enumerations[-1] if self.enumerations else None
        if (
            listed is None
            or not listed.shared
            or not listed.year
            or sentence.line.marker is None
            or sentence.column != sentence.line.offset + 1
        ):
            return None, None
        return listed.year, Message(
            f"năm {listed.year}: năm của số mà dòng {listed.opened} phân bổ",
            f"year {listed.year}: the year of the figure line {listed.opened} shares out",
        )

    def _new_section(self) -> None:
        """What a paragraph or list carried (its year, its open lists, its last unit) ends
        with its section."""
        self.previous_lead = None
        self.target_lead = None
        self.paragraph_year = None
        self.unread_year = None
        self.enumerations.clear()
        self.interrupted = None
        self.last = None
        self.against_previous = False

    def _close_sections(self, site: Site) -> None:
        """A numbered statement ("Điều 2. Quyết định tổng biên chế ... là N") closes the
        open headings numbered the same way ("Điều 1. ..."): their context (a category, a
        year) does not reach it or the items under it."""
        sentence = site.sentence
        kind = numbering_kind(site.line.marker)
        if sentence is None or site.table is not None or kind is None:
            return
        if sentence.column != site.line.offset + 1:
            return  # a later sentence of the line
        if not any(heading.numbering == kind for heading in self.headings):
            return
        while self.headings and self.headings[-1].numbering != kind:
            self.headings.pop()
        self.headings.pop()
        self._new_section()

    def _heading(self, line: Line, depth: int, row_name: str | None = None) -> None:
        if self.place_section is not None and depth <= self.place_section[1]:
            self.place_section = None
        if row_name is None:
            self._place_line(line, depth)
        broken_down = (
            (self._broken_down(line) or self._named_again(line) or self._cited_again(line))
            if row_name is None
            else None
        )
        if depth == TABLE_HEADING and self.table_total is not None:
            # "II | Số lượng người làm việc" after "Cộng I": a new group of rows, not more
            # parts of the group above it
            self.table_groups.append(self.table_total)
            self.table_units, self.table_total, self.after_total = [], None, False
        # (a lettered item only: a numbered or an article's heading opens a section)
        receiver = self._receiver() if numbering_kind(line.marker) == "a)" else None
        while self.headings and self.headings[-1].depth >= depth:
            self.headings.pop()
        heading = open_heading(depth, line, row_name)
        if receiver is not None and heading.organisation is None and heading.category:
            # "Đối với Sở Giáo dục và Đào tạo:\na) Công chức: ...\nb) Viên chức:\n- Năm 2022:
            # 1.609 người": an item of the body's list naming only a category heads that
            # body's category line (its year items were the province's: a misread the lead
            # transform found)
            heading = replace(heading, organisation=receiver, receiving=True)
        elif (
            not (row_name is None and _holds_no_post(line.body, self.part_time_allocated))
            and (lead_category := self._lead_category_of_body(line, heading)) is not None
        ):
            # "Năm 2021 là 92 biên chế; năm 2024 là 86 biên chế, gồm:" (a công chức line),
            # then "a) Văn phòng HĐND và UBND thị xã:" over "- Năm 2021: 19 biên chế;": a
            # lettered body of the list heading its own year items, of the list's category
            heading = replace(heading, category=lead_category)
        if row_name is None and _holds_no_post(line.body, self.part_time_allocated):
            heading = replace(heading, outside=True)
        self.headings.append(heading)
        # "1. Phân theo lĩnh vực:" after "... năm 2025 là 19.846 người, giảm 412 người so với
        # năm 2024": the year its items' bare cuts compare with, found while the figure it
        # shares out is still the last one stated (the section below forgets it)
        base = (
            self._base_of_items(broken_down[0], _level(line.marker))
            if broken_down is not None
            else None
        )
        self._new_section()
        if (
            row_name is None
            and OPENS.search(line.body)
            and _SELF_FINANCED_GIVEN_NONE.search(line.body)
        ):
            # "Điều 2. Các đơn vị tự bảo đảm chi thường xuyên không được giao ...:" as a heading
            self.people_lead = line.number
        elif row_name is None and former_place(_HEADING_MARKS.sub("", line.body)) is not None:
            # (latent7) "1. Tỉnh Hà Giang (cũ)" over "- Biên chế công chức năm 2024: 2.544 biên
            # chế": the items are one former place's posts, not the text's own (they were read
            # as its category lines, two former provinces' figures under one unit): unread
            self._open(_UNREAD_OPENER, line)
            self.enumerations[-1].former = True
        elif row_name is None and OPENS.search(line.body) and own_revenue_posts(line.body):
            # "3. Số lượng người làm việc hưởng lương từ nguồn thu sự nghiệp được phê duyệt cho
            # các đơn vị tự bảo đảm một phần chi thường xuyên:": its items are those posts, of
            # no unit read (read on their own they were taken for the budget's)
            self._open(_UNREAD_OPENER, line)
            self.enumerations[-1].own_revenue = True
        if broken_down is not None:
            self._open(broken_down[0], line, base)
            self.enumerations[-1].year = broken_down[1]
            self.enumerations[-1].shared = True
        if tokens(line.body):
            self.entries.append(
                CoverageEntry(line.number, line.offset + 1, line.body, Status.REFERENCE)
            )

    def _place_line(self, line: Line, depth: int | None = None) -> None:
        """(latent9) A heading, or a line alone, that names one place and nothing else
        ("1. Tỉnh Hà Giang", "**Tỉnh Hà Giang (cũ)**", "Tỉnh Hà Giang (cũ)", "Số liệu của tỉnh Hà
        Giang cũ:", "Riêng tỉnh X cũ:", "Tại tỉnh X (cũ):"): a section of that place. A place
        marked gone is another's; a province unmarked is another's unless the text's header,
        title or lead (before its first figure) names it and no other province; a place marked
        new ("(mới)") is the text's own. The figures of another place's section are unread,
        until the next place line or a heading as high as (a line alone: numbered "1." or
        higher) the one that opened it. (They were filed under the text's own unit.)"""
        words = _HEADING_MARKS.sub("", line.body).strip()
        if line.marker is None and words != line.body.strip():
            words = _BOLD_NUMBER.sub("", words, count=1)  # (latent10) "**1. Huyện B**"
        end = 1 if depth is None else depth
        found = _PLACE_LINE.fullmatch(words)
        tail = _PLACE_TAIL.fullmatch(words) if found is None else None
        if tail is not None and (depth is not None or words != line.body.strip()):
            # (latent10) "1. Tình hình tại tỉnh Hà Giang", "**Kết quả thực hiện của huyện B**",
            # "Kết quả tại tỉnh X:": a heading, a bold line or a lead closing on one place
            level = _SPACES.sub(" ", tail.group("level")).casefold()
            name = _SPACES.sub(" ", tail.group("name")).casefold()
            key = f"{level} {name}" if level in _DISTRICT_LEVELS else name
            other = self._another_place(level, key, self._said_before(line.number), line.number)
            self.place_section = (line.number, end) if other else None
            self.place_lines.add(line.number)
            return
        if found is None:
            named = _LEAD_IN.sub("", words, count=1)
            if (named != words and former_place(named.rstrip(" .")) is not None) or (
                named == words and line.marker is None and former_place(words) is not None
            ):
                # "**Bộ Tài nguyên và Môi trường (cũ)**", "Số liệu của Bộ X (cũ):": a former
                # body or place named otherwise than by a level word and capitals
                self.place_section = (line.number, end)
            return
        self.place_lines.add(line.number)
        if found.group("new"):
            self.place_section = None
            return
        if found.group("gone"):
            self.place_section = (line.number, end)
            return
        if found.group("level").casefold() != "tỉnh":
            level = _SPACES.sub(" ", found.group("level")).casefold()
            if level in (*_DISTRICT_LEVELS, "thành phố") and (
                line.marker is None or _LEAD_IN.match(words) is not None
            ):
                # (latent10) "**Huyện B**", "Thành phố C" alone, "Số liệu tại huyện B:": no
                # heading of a unit of its own (as "1. Huyện B" is), its lines were the text's
                name = _SPACES.sub(" ", found.group("name")).casefold()
                key = f"{level} {name}" if level in _DISTRICT_LEVELS else name
                said = self._said_before(line.number)
                other = self._another_place(level, key, said, line.number)
                self.place_section = (line.number, end) if other else None
            return  # (a district or commune section of a province's text keeps its reading)
        if line.marker is None and words.upper() == words:
            return  # a line alone in capitals ("TỈNH HÀ GIANG"): the header's, the text's own
        name = "tỉnh " + _SPACES.sub(" ", found.group("name")).casefold()
        provinces = {
            _SPACES.sub(" ", said.group(0)).casefold()
            for number, body in self.before_figures
            if number < line.number
            for said in _PROVINCE_SAID.finditer(body)
        }
        own = any(name in said or said in name for said in self.meta.own) or (provinces == {name})
        self.place_section = None if own else (line.number, end)

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
        if here is None or there is None or there - here != amount:
            return False
        self._take_headline_change(kept, key, draft, data["base_year"])
        return True

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

    def _read_this_year(self, text: str) -> Reading | None:
        """A news report's sentence saying "năm nay", read with the year of its dateline
        (`Meta.article_year`); None where it says none or the report states no dateline (the
        sentence is then read as written: "năm nay" names no year it can be given)."""
        year = self.meta.article_year
        spelled = spell_this_year(text, year) if year is not None else None
        return read_spelled(spelled) if spelled is not None else None

    def _subset_of_before(
        self, statements: list[Statement], notes: list[Message], text: str
    ) -> list[Resolved] | None:
        """ "a) Sự nghiệp giáo dục và đào tạo: 11.045 người. Trong đó có 9.870 giáo viên ...":
        some of the one figure the sentence right before stated, in its year; after a sentence
        of several units or years, or another sentence between, whose is not said."""
        spoken = self.last_spoken
        named = FIGURE_FRAME.match(text)
        if named is not None:
            return self._subset_of_figure(statements, named, notes)
        if len(statements) == 1 and statements[0].point is not None:
            return self._subset_of_point(statements[0], notes)
        if statements[0].subject.year is not None:
            return self._subset_of_named(statements, notes, text)
        whole = self._total_above(statements, spoken, text)
        if whole is None and _CATEGORY_ABOVE.match(text):
            whole = self._category_above(statements, spoken, text)
            if whole is None:
                notes.append(_NO_UNIT)
                return None
        if whole is not None:
            self.counted_in[id(statements[0])] = whole[0]
            return [(statements[0], whole[1], None, None)]
        first, *own = statements
        if (
            # (the trade counted among the sector's people right after them is of that sector,
            # "... có 38.740 người làm việc trong lĩnh vực giáo dục, trong đó có 35.012 giáo
            # viên": its subset, the sector's year)
            any(not each.subset or each.container is not first for each in own)
            or spoken is None
            or spoken[1] is None
            or self.last_entry != len(self.entries) - 1
            # ("Trong tổng số trên có ..." after a list's last item: the total's or the item's?)
            or (first.subject.anaphora and self.last_listed)
            # (the same after a table's last row: the tabulate transform found it read as the
            # row's)
            or (first.subject.anaphora and self._after_a_row())
        ):
            notes.append(_NO_UNIT)
            return None
        self.counted_in[id(first)] = spoken[0]
        return [(each, spoken[1], None, None) for each in statements]

    def _subset_of_figure(
        self, statements: list[Statement], named: re.Match[str], notes: list[Message]
    ) -> list[Resolved] | None:
        """ "... đến năm 2025 còn 5.284 người, .... Trong số 5.284 người đó có 1.372 diễn
        viên": some of the figure the frame names by its count, stated by the sentence right
        before: the one unit and year of that sentence holding that figure; none, or two,
        and the subset is not read."""
        count = int(named.group("n").replace(".", ""))
        line = self.entries[-1].line if self.entries else None
        held = {
            (draft.unit, draft.year)
            for draft in (self.claims_on.get(line, []) if line is not None else [])
            if draft.value == count
        }
        if named.group("y") is not None:
            # (eng-unread6) "Đến năm 2024, con số này còn 898 người ... năm 2025 Trường giữ
            # nguyên 898 người như năm 2024; .... Trong số 898 người năm 2024 có 612 giảng
            # viên": the frame names the year too; the one unit the text gave that count in
            # that year, on any line before (two, or none: not read)
            year = int(named.group("y"))
            units = self.registry.units
            held = {
                (unit, year)
                for (unit, stated), values in self.values.items()
                if stated == year
                and values == {count}
                and unit in units
                and not (units[unit].some or units[unit].in_post or units[unit].subset_of)
            }
        if len(statements) != 1 or self.last_entry != len(self.entries) - 1 or len(held) != 1:
            notes.append(_NO_UNIT)
            return None
        unit, year = held.pop()
        self.counted_in[id(statements[0])] = unit
        return [(statements[0], year, None, None)]

    def _list_whole_named(
        self, statements: list[Statement], text: str, year: int | None
    ) -> tuple[str, int] | None:
        """ "Tổng số lượng người làm việc của Học viện năm 2024 là 2.180 người, gồm: a) ...;
        c) Số lượng người làm việc dự phòng: 50 người.\nTrong tổng số người làm việc năm 2024
        có 1.120 giảng viên." (eng-unread6): a frame naming the total ("tổng số") of viên chức
        of a year, right after the last item of a list just closed, is the list's whole, never
        its last item, where the whole is a VC line stated in that year, the list was the only
        one open and no other list stands between, and the whole holds more than the subset.
        None otherwise (the frame without "tổng", the whole of another year, category or
        figure: left to the rule for the line right before)."""
        if (
            year is None
            or len(statements) != 1
            or statements[0].value is None
            or not _TOTAL_NAMED.match(text)
            or not self.last_listed
            or not self.left_alone
            or self.left_list is None
            or self.left_list.unit == _UNREAD_OPENER
            or self.last_entry != len(self.entries) - 1
        ):
            return None
        unit = self.registry.units.get(self.left_list.unit)
        figures = self.values.get((self.left_list.unit, year), set())
        if (
            unit is None
            or unit.category is not Category.VC
            or unit.some
            or unit.subset_of is not None
            or len(figures) != 1
            or statements[0].value >= min(figures)
        ):
            return None
        return unit.id, year

    def _category_above(
        self, statements: list[Statement], spoken: tuple[str, int | None] | None, text: str
    ) -> tuple[str, int] | None:
        """ "Trong tổng số người làm việc nêu trên có 27.114 người thuộc lĩnh vực giáo dục"
        (eng-unread6): the total of viên chức named, pointing back without a year. Right after
        a list's last item, the list's whole in the year the list spoke of
        (`_list_whole_named`); else the one viên chức figure (one unit, one year) the sentence
        right before stated, holding more than the subset. None otherwise."""
        if self.last_listed:
            year = spoken[1] if spoken is not None else None
            return self._list_whole_named(statements, text, year)
        if (
            len(statements) != 1
            or statements[0].value is None
            or not self.entries
            or self.last_entry != len(self.entries) - 1
        ):
            return None
        before = self.entries[-1]
        held = {
            (claim.unit, claim.year, claim.value)
            for claim in self.claims.values()
            if (claim.sentence.line.number, claim.sentence.column) == (before.line, before.column)
            and claim.value is not None
            and claim.unit in self.registry.units
            and self.registry.units[claim.unit].category is Category.VC
        }
        if len(held) != 1:
            return None
        unit_id, year, value = held.pop()
        unit = self.registry.units[unit_id]
        if unit.some or unit.subset_of is not None or unit.in_post or statements[0].value >= value:
            return None
        return unit_id, year

    def _total_above(
        self, statements: list[Statement], spoken: tuple[str, int | None] | None, text: str
    ) -> tuple[str, int] | None:
        """ "Năm 2021, các trường ... được giao 1.410 viên chức, gồm: - Mầm non: 412 người;
        ... - Trung học cơ sở: 438 người.\nTrong tổng số trên có 1.182 giáo viên.": the total
        above a list just closed is the list's whole, never its last item, where the
        paragraph names the total ("tổng số"), the list was the only one open, its whole was
        read for the last item's year and holds more than the subset, and no item can hold it
        (each holds fewer)."""
        if (
            len(statements) != 1
            or not statements[0].subject.anaphora
            or statements[0].value is None
            or spoken is None
            or spoken[1] is None
            or not self.last_listed
            or not self.left_alone
            or self.left_list is None
            or self.left_list.unit == _UNREAD_OPENER
            or self.last_entry != len(self.entries) - 1
            or not _TOTAL_ABOVE.match(text)
        ):
            return None
        year, count = spoken[1], statements[0].value
        figures = self.values.get((self.left_list.unit, year), set())
        if len(figures) != 1 or count >= min(figures):
            return None
        items = self.listings.get(self.left_list.unit, {}).get(("e", self.left_list.opened), set())
        held = [self.values.get((item, year), set()) for item in items]
        if not items or any(len(each) != 1 or count <= min(each) for each in held):
            return None  # ("Sự nghiệp giáo dục: 21.000" may hold the 19.000 teachers too)
        return self.left_list.unit, year

    def _open_point(self, line: Line) -> None:
        """An item lettered "a)" opens its entry (its figure comes with its first sentence read);
        a line numbered otherwise ("2.", "Điều 2.") opens another clause: no item of it yet."""
        if line.number == self.point_line:
            return
        self.point_line = line.number
        marker = line.marker or ""
        if _LETTER.fullmatch(marker):
            self.points[marker[0].lower()] = (None, line.number, False)
        elif marker and not _BULLET.fullmatch(marker):
            self.points = {}

    def _note_point(self, line: Line) -> None:
        """The one unit and year the first sentence read of a lettered item stated (None where
        it stated several), for a frame naming the item by its letter further down its clause
        ("Trong tổng số tại điểm a khoản này có ...")."""
        marker = line.marker or ""
        entry = self.points.get(marker[0].lower()) if _LETTER.fullmatch(marker) else None
        if entry is None or entry[1] != line.number or entry[2]:
            return
        stated = self.last_stated if self.last_entry == len(self.entries) else None
        self.points[marker[0].lower()] = (stated, line.number, True)

    def _subset_of_point(self, statement: Statement, notes: list[Message]) -> list[Resolved] | None:
        """ "Trong tổng số tại điểm a khoản này có 15.870 giáo viên": some of the one figure
        the item lettered so, in this clause, stated."""
        assert statement.point is not None
        stated = self.points.get(statement.point, (None, 0, False))[0]
        if stated is None or self.registry.units[stated[0]].some:
            notes.append(_NO_UNIT)
            return None
        self.counted_in[id(statement)] = stated[0]
        return [(statement, stated[1], None, None)]

    def _subset_of_named(
        self, statements: list[Statement], notes: list[Message], text: str
    ) -> list[Resolved] | None:
        """ "Trong số người làm việc năm 2026 nêu trên có 1.305 giảng viên": some of the viên
        chức figure of that year the sentence right before stated (in one year or several),
        where that sentence spoke of one unit, a VC line and no item of a list of parts but the
        category's own line (the frame names the whole, not a sector); each subset so."""
        spoken, year = self.last_spoken, statements[0].subject.year
        if spoken is None and year is not None:
            spoken = self._one_category_line(year)
        whole = self._list_whole_named(statements, text, year)
        if whole is not None:
            spoken = whole
        if (
            spoken is None
            or year is None
            or any(not s.subset or s.container or s.subject.year != year for s in statements)
            or self.last_entry != len(self.entries) - 1
            # (a list's last item is the frame's only where it is that category's own line:
            # "- Số lượng người làm việc ...: ...", never "- Sự nghiệp khác: ...")
            or (self.last_listed and whole is None and not self.registry.units[spoken[0]].plain)
            or (spoken[0], year) not in self.values
            or self.registry.units[spoken[0]].category is not Category.VC
            or self.registry.units[spoken[0]].some
        ):
            notes.append(_NO_UNIT)
            return None
        for statement in statements:
            self.counted_in[id(statement)] = spoken[0]
        return [(statement, year, None, None) for statement in statements]

    def _year_before_lead(
        self, lead: _Enumeration, statement: Statement, stated: int | None, year: int
    ) -> bool:
        """Whether an item under a lead not read, the lead naming no year, would take its year
        from a sentence read before that lead ("1. Năm 2024, các xã ... được giao 7.560 ...",
        then "2. Từ ngày 01/7/2025, ... giao cho các xã, phường 6.930 ..., cụ thể:" not read,
        then "+ Các phường: 924 biên chế"): the lead may have turned to another year, so the
        item's year is not known (it was filed under 2024, a misread of blind Z1). A year the
        lead of a list holding that lead stated is the lead's too ("Điều 1. ... năm 2024 là
        24.613 người. Cụ thể: 1. Khối tỉnh: 9,207 người, gồm:")."""
        return (
            lead.counted
            and lead.year is None
            and statement.subject.year is None
            and stated is None
            and self.paragraph_year is not None
            and self.paragraph_year[0] == year
            and self.paragraph_year[1] < lead.opened
            and all(outer.opened != self.paragraph_year[1] for outer in self.enumerations)
        )

    def _one_category_line(self, year: int) -> tuple[str, int | None] | None:
        """ "..., biên chế hành chính còn 4.140 biên chế ...; số lượng người làm việc còn 34.300
        người ... . Trong số người làm việc năm 2026 nêu trên có 26.400 giáo viên": a frame
        naming viên chức and a year after a sentence stating several units points at the one
        VC line of the category's own (no body's, no sector's) it stated in that year."""
        units = self.registry.units
        lines = [
            unit
            for unit in self.last_spoken_all
            if units[unit].category is Category.VC
            and units[unit].plain
            and (unit, year) in self.values
        ]
        return (lines[0], year) if len(lines) == 1 else None

    def _after_a_row(self) -> bool:
        """Whether the sentence read now follows a table's last row, out of the table."""
        return (
            self.table is None
            and bool(self.entries)
            and self.entries[-1].quote.lstrip().startswith("|")
        )

    def _refined(self, total: str, lists: set[frozenset[str]]) -> bool:
        """Whether two lists of a total's parts differ only where one names a single part
        and the other several ("a) Các vụ, cục, Văn phòng Bộ, Thanh tra Bộ: 2.058; b) Dự
        phòng: 15" and an annex whose rows name each vụ and cục, then the reserve): both add
        up to the total, so that one part is the sum of those several, which become its
        parts (and are checked against it); the rest is the total's. Any other difference
        leaves the parts unknown."""
        if len(lists) != 2:
            return False
        units = self.registry.units
        one, other = lists
        if not one | other <= units.keys():
            # a unit listed that the registry no longer holds (contract staff taken out of
            # the plan): the lists cannot be compared
            return False
        for coarse, fine in ((one, other), (other, one)):
            shared = coarse & fine
            finer = sorted(fine - shared, key=list(units).index)
            if len(coarse - shared) != 1 or len(finer) < 2:
                continue
            (whole,) = coarse - shared
            if (
                units[whole].parts
                or units[whole].parent != total
                or any(units[u].parent not in (None, total) for u in finer)
                or any(units[u].category is not units[whole].category for u in finer)
            ):
                return False
            for unit in finer:
                self.registry.move(unit, whole)
            return True
        return False

    def _reserve_added(
        self, total: str, lists: set[frozenset[str]], values: dict[tuple[str, int], int]
    ) -> bool:
        """Whether two lists of a total's parts differ only by the reserve the later one adds
        ("Tổng biên chế ... năm 2021 là 64, gồm: A 38; B 26", then "Biên chế năm 2026 là 61,
        cụ thể: A 34; B 25; Dự phòng: 2"), the list without it adding up to the total in a
        year it states (no reserve that year): the longer list is the total's parts. A list
        without the reserve that does not add up may leave it out (which part is missing?):
        the parts stay unknown, as any other difference leaves them."""
        if len(lists) != 2:
            return False
        units = self.registry.units
        short, long = sorted(lists, key=len)
        added = long - short
        if not short < long or not all(units[u].reserve for u in added):
            return False
        years = [
            year
            for (unit, year) in values
            if unit == total
            and all((part, year) in values for part in short)
            and not any((part, year) in values for part in added)
        ]
        return bool(years) and all(
            sum(values[(part, year)] for part in short) == values[(total, year)] for year in years
        )

    @staticmethod
    def _one_part_named(
        unit: str,
        listed: dict[tuple[str, int | None], set[str]],
        values: dict[tuple[str, int], int],
    ) -> bool:
        """Whether a unit's only parts are one named in each of its own sentences, with a
        figure of its own other than that part's in a year, or where that part states no
        figure of that year (a total and one category of it, "Sở Y tế có 200 biên chế" and
        "Sở Y tế giảm 6 biên chế công chức"; not a block holding no figure but its one
        category line)."""
        if not listed or not all(k[0] == "s" and len(n) == 1 for k, n in listed.items()):
            return False
        parts = {part for named in listed.values() for part in named}
        return any(
            key[0] == unit and any(values.get((part, key[1])) != value for part in parts)
            for key, value in values.items()
        )

    def _not_the_lead_category(self, statement: Statement, named: Category | None) -> bool:
        """Whether an item under an unread lead naming one category would be read as another:
        its own, or its heading's, or (naming none) the posts of civil servants ("biên chế")
        or of the communes' ("người" under "cán bộ, công chức cấp xã")."""
        if named is None:
            return False
        heading = next((h.category for h in reversed(self.headings) if h.category), None)
        eventual = statement.subject.category or heading
        if eventual is None:
            return named not in (Category.CBCC, Category.XA)
        return eventual is not named

    def _block_of_a_sibling(self, statements: list[Statement], sentence: Sentence) -> bool:
        """Whether an item names, in other words, the well-known block of the same level an
        earlier item of its list named ("- Các cơ quan đảng cấp huyện: 402 biên chế;" then "-
        Các cơ quan đảng, Mặt trận và đoàn thể cấp huyện: 438 biên chế;"): the items of one
        list are different units, so which posts the block holds is not certain (both were
        one unit of two figures, a claim-value and a sum false alarm, found by the harness's
        level transform)."""
        if sentence.line.marker is None or not self.enumerations or self.table is not None:
            return False
        named = self.sibling_blocks.setdefault(self.enumerations[-1].opened, {})
        alike = False
        for statement in statements:
            if statement.subject.kind is not Kind.BLOCK:
                continue
            name = " ".join(statement.subject.name.lower().split())
            known = known_block(name)
            if known is None:
                continue
            key = (known[0], scope_of(name))
            earlier = named.setdefault(key, (sentence.line.number, name))
            alike = alike or (earlier[0] != sentence.line.number and earlier[1] != name)
        return alike

    def _resolve(
        self, reading: Reading, sentence: Sentence, notes: list[Message]
    ) -> list[Resolved] | None:
        """Every statement's unit and year, or None (with the reason in `notes`) when any
        of them cannot be told: a sentence is used whole or not at all."""
        statements = reading.statements
        if not statements:
            return None
        for statement in statements:
            self._communes_category(statement, sentence)
        if self._halves_of_cbcc(statements, sentence):
            notes.append(_HALF_OF_CBCC)
            return None
        if not self._short_bodies(statements):
            notes.append(_SHORT_BODY_AMBIGUOUS)
            return None
        if not self._given_receivers(statements):
            notes.append(_RECEIVER_NOT_ONE)
            return None
        if self._block_of_a_sibling(statements, sentence):
            notes.append(_SIBLING_BLOCK)
            return None
        if paren_categories(sentence.text):
            return self._paren_categories(sentence, statements, notes)
        stated_categories = {
            (self.registry.units[c.unit].category, c.year)
            for c in self.claims.values()
            if c.value is not None and c.unit in self.registry.units
        }
        if any(
            s.counted_by_cut and (s.subject.category, s.subject.year) not in stated_categories
            for s in statements
        ):
            # (eng-cross) "Như vậy, năm 2024 giảm 60 người làm việc" in a text stating no
            # figure of viên chức that year: whose cut it is, nothing before tells
            notes.append(_NO_UNIT)
            return None
        if any(
            s.counted_by_cut
            and self.narrowed is not None
            and self.narrowed[0] == len(self.entries) - 1
            and self._result_past_narrowing(s, sentence) is None
            for s in statements
        ):
            # right after a line narrowing the category ("Trong đó, số người làm việc của các
            # đơn vị sự nghiệp y tế …"), the category's cut only where its own figures give it
            # and the narrower unit's do not (eng-ag's rule): else whose, nothing tells
            notes.append(_NO_UNIT)
            return None
        if any(s.counted_by_cut for s in statements) and self._past_unread_narrowing():
            # "So với năm 2021, năm 2026 giảm 293 biên chế công chức" right after a line
            # opening "Trong đó, ..." left unread: it may have narrowed the category, whose
            # cut this may be; its figures unknown, nothing tells
            notes.append(_NO_UNIT)
            return None
        if self._level_disagrees(statements):
            notes.append(_NO_UNIT)
            return None
        first = statements[0]
        if first.subset and first.container is None and not first.named_again:
            return self._subset_of_before(statements, notes, sentence.text)
        if (
            self.place_section is not None and self.place_section[0] != sentence.line.number
        ) or _FRONTED_FORMER.search(sentence.text):
            # (and "Tại tỉnh Hà Giang cũ, năm 2024 biên chế công chức là 2.544", "...; tại tỉnh
            # B (cũ), ...": a clause fronted by a former place is that place's)
            notes.append(_UNDER_OTHER_PLACE)
            return None
        if self._fronted_other(statements, sentence):
            notes.append(_UNDER_OTHER_PLACE)
            return None
        under_unread = self.enumerations[-1] if self.enumerations else None
        if under_unread is not None and under_unread.unit != _UNREAD_OPENER:
            under_unread = None
        if reading.shares:
            # "...; các sự nghiệp khác 1.634 người" right after the one figure they share
            figure_named = self._figure_named(reading.shares_of)
            if figure_named is not None:
                self.last_spoken = figure_named  # "Trong tổng số 16.335 người: ...": its figure
            elif (
                reading.shares_of is not None
                or self.last_spoken is None
                or self.last_entry != len(self.entries) - 1
            ):
                notes.append(_NO_UNIT)
                return None
            assert self.last_spoken is not None
            owner, owner_year = self.last_spoken
            if owner_year is None:
                owner_year = reading.shares_year  # several years before: the one they name
            if (
                owner_year is None
                or reading.shares_year not in (None, owner_year)
                or any(s.subject.year not in (None, owner_year) for s in statements)
            ):
                notes.append(_NO_UNIT)  # the shares of another year than the figure before
                return None
            category = self.registry.units[owner].category
            for statement in statements:
                statement.subject = replace(
                    statement.subject, category=statement.subject.category or category
                )
            said_again: list[Resolved] = []
            if figure_named is not None and reading.shares_of_span is not None:
                # the figure named again by its count is that unit's claim at this line too
                again = Statement(
                    Subject(None, ""), reading.shares_of, reading.shares_of_span, sets_year=False
                )
                said_again = [(again, owner_year, None, owner)]
            return said_again + [(s, owner_year, None, None) for s in statements]
        # "con số này giảm 6.208 người" right after the sentence stating that figure
        points_back = statements[0].subject.anaphora and self.last_entry == len(self.entries) - 1
        # "So với biên chế giao năm 2023 (2.149 biên chế), năm 2024 giảm 37 biên chế" opening
        # the paragraph after a list's last item: whose, only its recalled figure may tell
        points_back = points_back or (
            self.last_listed
            and self.left_list is not None
            and self.last_entry == len(self.entries) - 1
            and sentence.line.marker is None
            and any(s.value is not None and not s.sets_year for s in statements)
        )
        recalled_again = self._recalls_again(statements)
        if recalled_again is not None and not points_back:
            return [
                (s, s.subject.year or recalled_again[1], None, recalled_again[0])
                for s in statements
            ]
        result_recalled = self._result_recalled(sentence, statements)
        if result_recalled is not None and not points_back:
            return [
                (s, s.subject.year or result_recalled[1], None, result_recalled[0])
                for s in statements
            ]
        sibling = self._sibling_whole(sentence, statements)
        if sibling is not None:
            # a figure of its own turns the text to its year, as the line it follows did
            self.goes_on.update(id(s) for s in statements if s.value is not None and s.sets_year)
            return [(s, s.subject.year or sibling[1], None, sibling[0]) for s in statements]
        if (
            (sentence.text.startswith("(") or points_back)
            and self.last is not None
            and all(s.subject.kind is None for s in statements)
        ):
            # "(Giảm 60 biên chế so với năm 2021)" on its own line: it speaks of the item
            # above, whose unit and year it takes.
            if (
                self.entries
                and self.entries[-1].unread
                and (
                    groups_named(self.entries[-1].quote)
                    or self.entries[-1].line == self.unread_alone
                    or self._after_unread_item(sentence)
                )
            ):
                # the line above, not read, named a unit of its own: the unit read before it
                # is not what this line speaks of ("2. Số lượng người làm việc ... giảm 230
                # người." unread, then "(giảm 2.190 người so với năm 2021, ...)" is never
                # item 1's). Nor where it is no item and opens no list: a year chain naming
                # no unit, then "(giảm 4 biên chế, tỷ lệ 6,45% so với năm 2021)" speaks of
                # the chain, never of the last part read before it, in that part's year.
                notes.append(_NO_UNIT)
                return None
            last_unit, last_year = self.last
            pointed = self._one_line_stated(last_unit, last_year) if points_back else last_unit
            _against_figure_recalled(
                statements,
                last_year,
                (last_unit, last_year) in self.stated_figures or pointed != last_unit,
            )
            last_unit = pointed
            if any(change.base_year is None for s in statements for change in s.changes):
                notes.append(_NO_BASE)
                return None
            held = self.registry.units[last_unit].category
            if held is not None and any(
                category_after(sentence.text, change.spans[0][1]) not in (None, held)
                for s in statements
                for change in s.changes
                if change.spans
            ):
                # "(giảm 122 biên chế công chức, ...)" after an item ending with its VC: the
                # line names another category than the unit above, so it is not that unit's,
                # but the item's one unit of the category it names, if the item stated one
                of_item = self._named_on_item(sentence, statements, last_unit, last_year)
                if of_item is None:
                    notes.append(_NO_UNIT)
                    return None
                last_unit = of_item
            elif self._of_several(last_unit, last_year):
                # "Năm 2021: 20 công chức, 26 viên chức.\n(Giảm 3 biên chế so với năm 2021)":
                # the line above stated several units; it speaks of one only by naming the
                # category of exactly one of them
                of_item = self._named_on_item(sentence, statements, last_unit, last_year)
                if of_item is None:
                    notes.append(_NO_UNIT)
                    return None
                last_unit = of_item
            if not sentence.text.startswith("(") and self._after_a_row():
                # "| Khối chính quyền | 2.420 |" then "Con số này giảm 46 biên chế so với năm
                # 2024 (3.150 biên chế)": the last row's or the table's total, the text does
                # not say (it was the row's: the tabulate transform found it)
                notes.append(_ITEM_OR_WHOLE)
                return None
            if (
                not sentence.text.startswith("(")
                and self.last_listed
                and sentence.line.marker is None
            ):
                # "- Khối chính quyền: 2.420 biên chế.\nCon số này giảm 46 biên chế ...": after
                # an item of a list of parts, "this figure" may be the item's or the whole's
                whole = None
                if self.left_list is not None:
                    whole = self._item_or_whole(
                        last_unit, self.left_list.unit, last_year, statements, self.left_list
                    )
                if whole is None:
                    notes.append(_ITEM_OR_WHOLE)
                    return None
                last_unit = whole
            elif sentence.text.startswith("(") and self.last_listed and self.enumerations:
                listed = self.enumerations[-1]
                whole = (
                    last_unit  # between two items
                    if self.next_level.get(sentence.line.number) == self.list_level
                    else self._item_or_whole(last_unit, listed.unit, last_year, statements)
                )
                if listed.annotated and whole != listed.unit:
                    # after the last item of a list whose items each have one: the item's,
                    # unless the figures say the whole's
                    whole = last_unit
                elif whole is None and not listed.annotated:
                    whole = self._list_closer(sentence, last_unit, last_year, statements)
                if whole is None:
                    notes.append(_ITEM_OR_WHOLE)
                    return None
                last_unit = whole
            if points_back and not statements[0].subject.anaphora:
                self.recalled_back = (len(self.entries), last_unit, last_year)
            return [(s, s.subject.year or last_year, None, last_unit) for s in statements]
        recalled: tuple[str, int] | None = None
        first = statements[0]
        if first.subject.anaphora and first.value is not None:
            # "Trong tổng số 16.335 người: ...": the one unit and year stated with that figure
            named = {(c.unit, c.year) for c in self.claims.values() if c.value == first.value}
            if len(named) != 1:
                notes.append(_NO_UNIT)
                return None
            recalled = named.pop()
            first.subject = replace(first.subject, kind=Kind.BLOCK, year=recalled[1])
        resolved: list[Resolved] = []
        stated: int | None = None  # a year stated earlier in the sentence governs the rest
        years_of: dict[str, set[int]] = {}
        """The years the sentence gives each named unit a figure for (looked up once, so a
        list of thousands of bodies is not read in quadratic time)."""
        for each in statements:
            if each.value is not None and each.subject.year is not None:
                years_of.setdefault(each.subject.name, set()).add(each.subject.year)
        unnamed = all(each.subject.kind is None for each in statements)
        chained = self._chain_unit(statements)
        marks: tuple[list[int], list[int]] | None = None
        for statement in statements:
            known: str | None = None
            if statement.subject.giver and (
                self._among_bodies(sentence) or self._giver_among_kin(statement.subject.giver)
            ):
                # "b) Bộ Nội vụ giao 1.062 biên chế;" among ministries' items: the giver may
                # be one of the bodies listed (its own posts) or give them all (the whole):
                # which, is unsaid (it was read as the lead's category, eng-latent8)
                notes.append(_NO_UNIT)
                return None
            if (
                statement.subject.kind is Kind.BLOCK
                and acts_in_name(statement.subject.name)
                and self._among_bodies(sentence)
            ):
                # "b) Sở Nội vụ phân bổ: 1.062 biên chế", "b) UBND tỉnh thông báo giao 1.062"
                # among bodies: a body and what it does, no unit's name (it was a unit
                # 'so-noi-vu-phan-bo' apart from 'so-noi-vu'; eng-latent11). In prose the
                # subject may be a topic the later rules read ("Với viên chức ..., Chính phủ đề
                # xuất 1.620.400 người": blind V2), left as before
                notes.append(_NO_UNIT)
                return None
            if (
                statement.subject.kind in (None, Kind.BLOCK)
                and relative_receiver(
                    statement.subject.name,
                    statement.subject.name if statement.subject.kind is None else "",
                )
                and _GIVING.search(sentence.text) is not None
                and self._among_bodies(sentence)
            ):
                # "b) Giao cho các đơn vị trực thuộc 1.062 biên chế;", "b) UBND tỉnh giao cho
                # các đơn vị trực thuộc: 1.062" among ministries: bodies named through a giver
                # the item leaves unnamed or is no kin of the list's, whose? (they were a unit
                # 'don-vi-truc-thuoc', or the heading's category; eng-latent11). "Các đơn vị
                # trực thuộc: 500", no verb, stays the text's own body's units
                notes.append(_NO_UNIT)
                return None
            if (
                statement.subject.kind in (None, Kind.CATEGORY)
                and (
                    not statement.subject.name.strip()
                    or verbs_only(statement.subject.name)
                    # ("Giao 1.062 biên chế công chức", spelled with its category first)
                    or _VERBS_THEN_COUNT.fullmatch(sentence.text) is not None
                )
                and not statement.subject.anaphora
                and self.label is None
                and self._among_bodies(sentence, every=statement.subject.year is not None)
            ):
                # "b) Giao 1.062 biên chế;", "b) Đã giao 1.062 biên chế công chức;" among items
                # naming bodies: one body's posts, unnamed, never the heading's category nor
                # the text's own (eng-latent8); an item naming its year only where every other
                # item names a body ("- Năm 2026: 950" beside "- Dự phòng: 10" is a year's)
                notes.append(_NO_UNIT)
                return None
            if recalled is not None and statement is first:
                known = recalled[0]
            elif (whole := self._one_whole_again(statement, sentence)) is not None:
                # "Thống nhất lộ trình tổng biên chế của khối như sau: ...", "Biên chế năm 2026
                # là 60 biên chế, cụ thể:" after the one block the text has stated
                statement.subject = replace(statement.subject, kind=Kind.BLOCK)
                known = whole
            elif (
                statement.subject.kind is None
                and statement.subject.year is not None
                and self.last_spoken is not None
                and self.last_entry == len(self.entries) - 1
                and self.entries[-1].line == sentence.line.number
            ):
                # "a) Biên chế công chức: năm 2021 được giao 1.812 biên chế. Năm 2024 giao
                # 1.745 biên chế, ...": a sentence naming only a year goes on with the one
                # unit the sentence before it, on its line, spoke of
                statement.subject = replace(statement.subject, kind=Kind.BLOCK)
                known = self.last_spoken[0]
                if (
                    not statement.sets_year
                    and self.last_stated is not None
                    and self.last_stated[0] == known
                ):
                    # (fronted2) a base year's figure recalled: the unit holding the figure
                    # stated, as the change beside it (`_holder`)
                    known = self._holder(*self.last_stated) or known
                self.goes_on.add(id(statement))
                self._continued_base(statement, known, len(statements))
            elif (
                statement.subject.kind is None
                # a change naming no year, or the base year's figure its comparison recalls
                and (statement.subject.year is None) == (statement.value is None)
                and (statement.value is None or not statement.sets_year)
                and (statement.changes or statement.value is not None)
                and unnamed
                and self.last_stated is not None
                and self.last_entry == len(self.entries) - 1
                and self.entries[-1].line == sentence.line.number
                # (fronted2) the unit holding the figure stated (`_holder`)
                and self._holder(*self.last_stated) is not None
            ):
                # "... là 1.132 biên chế, gồm .... So với năm 2021 (1.220 biên chế), giảm 88
                # biên chế": a change naming neither unit nor year goes on with the one unit
                # the sentence before it, on its line, stated, in that year
                statement.subject = replace(
                    statement.subject,
                    kind=Kind.BLOCK,
                    year=statement.subject.year or self.last_stated[1],
                )
                known = self._holder(*self.last_stated)
                self.goes_on.add(id(statement))
            elif statement.subject.kind is None and chained is not None:
                statement.subject = replace(statement.subject, kind=Kind.BLOCK)
                known = chained
            elif statement.subject.kind is None and (
                (result := self._result_of(statement, sentence)) is not None
                or (result := self._result_past_narrowing(statement, sentence)) is not None
                or (result := self._result_unnamed(statement, sentence)) is not None
                or (result := self._sibling_result(statement, sentence)) is not None
                or (result := self._sibling_restated(statement, sentence)) is not None
                or (result := self._sibling_remains(statement, sentence)) is not None
            ):
                statement.subject = replace(statement.subject, kind=Kind.BLOCK)
                known = result
            elif (
                statement.subject.kind is None
                and (len(statements) == 1 or _parts_after_it(statement, statements))
                and self._whole_opening_list(statement, sentence.text, len(statements) > 1)
            ):
                # "Năm 2021, tỉnh được giao 15.372 biên chế, gồm:": the province's posts of
                # every category, the list below its parts
                statement.subject = replace(
                    statement.subject, kind=Kind.TOTAL, name="Tổng biên chế"
                )
            elif statement.subject.kind is None and self._whole_unnamed(statement, statements):
                # "Năm 2021, được giao 4.370 biên chế, gồm: công chức 214 biên chế, viên chức
                # 4.156 biên chế.", naming no one under headings naming no one: the text's own
                # body's posts, split into its categories, its total
                statement.subject = replace(
                    statement.subject, kind=Kind.TOTAL, name="Tổng biên chế"
                )
            elif (
                statement.subject.kind in (None, Kind.BLOCK)
                and BOTH_CATEGORIES.fullmatch(statement.subject.name.strip())
                and self._both_categories_whole()
            ):
                # "Tính chung, biên chế công chức và số lượng người làm việc của tỉnh năm 2025 là
                # 27.494" after the text's công chức and người làm việc: their sum, its total
                # ("... của huyện", read as a body's name, is the same sum)
                statement.subject = replace(
                    statement.subject, kind=Kind.TOTAL, name=capital(statement.subject.name)
                )
            elif statement.subject.kind is None:
                context = self._context_unit(statement)
                if context is None and self._own_posts(statement, sentence, len(statements)):
                    # "Ban Tổ chức Trung ương giao cho tỉnh 4.704 biên chế", "Năm 2021, tỉnh
                    # A được giao 3.150 chỉ tiêu": the text's own posts, no category said
                    self.own_posts[id(statement)] = statement
                    context = replace(statement.subject, kind=Kind.BLOCK, name=_OWN_POSTS), None
                if context is None and (
                    self._first_whole_unnamed(statement, sentence.text, statements)
                    or self._summed_whole(statement)
                ):
                    # "Năm 2021, được Trung ương giao 3.076 người, cụ thể:" opening the text's
                    # figures, no unit named before nor above it: the text's own total;
                    # (eng-unread7) "Tổng cộng, năm 2024 toàn tỉnh được giao 21.060 biên chế,
                    # giảm 800 biên chế so với năm 2021" after the công chức's and the người làm
                    # việc's figures of those years: the sum of the text's wholes, its total
                    context = (
                        replace(statement.subject, kind=Kind.TOTAL, name="Tổng biên chế"),
                        None,
                    )
                if context is None:
                    notes.append(_NO_UNIT)
                    return None
                statement.subject, known = context
                if self._names_another_category(statement, sentence, known):
                    notes.append(_NO_UNIT)
                    return None
            year, year_note = self._year(statement.subject.year or stated, sentence.line.number)
            day_year = statement.subject.dated if statement.subject.year is None else None
            if day_year is not None and not _POSTS_SAID.search(sentence.text):
                day_year = None  # "Đến ngày 15/3/2025, khối chính quyền đã có 36 người": people
            from_day = day_year is not None
            if day_year is not None:
                # "Đến ngày 30/11/2026, biên chế công chức của tỉnh còn 970 biên chế", "...;
                # tính đến ngày 30/6/2024, Cục được giao 302 biên chế": the day opening the
                # figure's clause dates it, over a year the sentence or its context said
                # before; what follows in the sentence goes on in that year
                year, year_note = day_year, _day_note(day_year)
                stated = year
            dated = _DAY.search(_REORGANISED_ON.sub("", statement.subject.name))
            if (
                dated is not None
                and statement.subject.year is None
                and year is not None
                and int(dated.group("y")) != year
            ) or (statement.subject.dated not in (None, year)):
                # "Năm 2021, Cục được giao 312 biên chế; tính đến ngày 30/6/2024, Cục được giao
                # 302 biên chế": a day of another year in the subject says the figure is not of
                # the year in force, and the rules do not say which it is (it was filed under
                # 2021: a misread and a false alarm of blind Y2)
                notes.append(_NO_YEAR)
                return None
            if year is None and statement.subject.year is None and stated is None:
                year, year_note = self._shared_year(sentence)
            if year_note is not None and self.table is None and marks is None:
                marks = _year_marks(sentence.text)  # once a sentence: a roll stays linear
            if (
                year_note is not None
                and not from_day
                and marks is not None
                and _year_before(statement, marks) not in (None, 0, year)
            ):
                # "Theo kế hoạch, năm 2025 thành phố giảm tiếp 20 biên chế ..., còn 1.228 biên
                # chế": a figure naming no year in a sentence that names another than its
                # context's is of the sentence's year, if of any: never the context's
                year = None
            if year_note is not None and year is not None and _later_day(statement, sentence, year):
                # "Năm 2025, ... Theo Quyết định số 12/QĐ-UBND ngày 10/01/2026, biên chế viên
                # chức là 5.000 người": a day after the year in force before the figure says
                # the figure may be of a later year; the context's is a guess: not understood
                year = None
            if year is not None and _clause_day(statement, sentence, year):
                # (eng-ar1) "Năm 2024, ... được giao 64 biên chế ...; đến ngày 30/6/2025 số biên
                # chế này giữ nguyên 64 biên chế": a figure whose own clause runs to a day of
                # another year than the one in force is that day's, which the rules have not
                # tied to it (it was filed under 2024: a misread and a false alarm of blind AR1)
                notes.append(_NO_YEAR)
                return None
            if statement.subject.year is not None and statement.sets_year:
                stated = statement.subject.year
            period = self.meta.lead_period
            if (
                year is None
                and period is not None
                and statement.value is None
                and statement.changes
                and all(c.base_year == period[0] - 1 for c in statement.changes)
            ):
                # "giai đoạn 2022 - 2026" in the headline, "giảm 17.736 biên chế ... so với số
                # giao năm 2021" in the body: the period's change, of its last year
                year, year_note = (
                    period[1],
                    Message(
                        f"năm {period[1]}: cuối giai đoạn {period[0]} - {period[1]} nêu ở đầu "
                        "văn bản",
                        f"year {period[1]}: the end of the period {period[0]} - {period[1]} stated "
                        "at the top",
                    ),
                )
            if year is None:
                notes.append(_NO_YEAR)
                return None
            if (
                statement.subject.qualifier == "có mặt"
                and year_note is not None
                and (self.meta.date is None or self.meta.date.year != year)
                and bool(self.claim_years - {year})
            ):
                # "Hiện có 936 công chức có mặt" after "năm 2023 ... 990; đến năm 2026 còn
                # 955": staff in post are counted today, and a text that has spoken of
                # several years says which of them today is only by its date
                notes.append(_PRESENT_YEAR)
                return None
            if under_unread is not None and under_unread.own_revenue:
                notes.append(_UNDER_OWN_REVENUE)
                return None
            if under_unread is not None and under_unread.former:
                notes.append(_UNDER_FORMER_PLACE)
                return None
            if under_unread is not None and (
                # (of the lead's year, or of the year it compares with, `_lead_base`)
                (
                    under_unread.year is not None
                    and year not in (under_unread.year, *self._lead_base(under_unread))
                )
                # "Tổng biên chế các hội ... là 148 biên chế, giữ nguyên, gồm:" unread, then "+
                # Cấp tỉnh: 96 biên chế;": the lead said whose category the items are; read
                # as another (the civil servants' "biên chế"), they were misread
                or self._not_the_lead_category(statement, under_unread.named)
            ):
                notes.append(_UNDER_UNREAD)
                return None
            if under_unread is not None and self._year_before_lead(
                under_unread, statement, stated, year
            ):
                notes.append(_UNDER_UNREAD)
                return None
            for change in statement.changes:
                if change.base_year is None and change.previous:
                    change.base_year = year - 1  # "so với năm trước"
            if any(c.base_year == year for c in statement.changes) and any(
                int(day.group("y")) == year for day in _DAY_BASE.finditer(sentence.text)
            ):
                # "Năm 2025, ... giảm 20 biên chế so với ngày 30/6/2025": a day of the figure's
                # own year compared with is no year before it (`rules._SO_VOI`)
                notes.append(_NO_BASE)
                return None
            earlier = {
                stated for stated in years_of.get(statement.subject.name, set()) if stated < year
            }
            if statement.changes and len(earlier) == 1 and statement.subject.year is None:
                # "2.287 biên chế (năm 2023 là 2.324 biên chế), giảm 37 biên chế" in a report
                # of 2024: the change is against the one earlier year the sentence gives
                base = earlier.pop()
                for change in statement.changes:
                    if change.base_year is None and not change.further:
                        change.base_year = base
            if self.against_previous and sentence.line.marker is not None:
                # "- Năm 2024: 18.542 người, giảm 476 người;" under "(số giảm tính so với năm
                # liền trước):": against the year before, as the paragraph said
                for change in statement.changes:
                    if change.base_year is None and not change.further:
                        change.base_year = year - 1
            # a category's share of a change is compared with the change's year; one whose
            # change is not the statement's own has none unless resolved here
            shares = [p.change for p in statement.parts if p.change is not None]
            missing = [
                c
                for c in statement.changes + [c for c in shares if c not in statement.changes]
                if c.base_year is None
            ]
            inherited = self.enumerations[-1].base_year if self.enumerations else None
            if (
                inherited is None
                and _MEANWHILE.match(sentence.text)
                and self.last_base is not None
                and self.last_entry == len(self.entries) - 1
            ):
                # "Đồng thời giảm 4 biên chế dự phòng" right after "So với ... năm 2022, năm
                # 2023 giảm 26 biên chế": the same comparison
                inherited = self.last_base[1]
            if missing and inherited is not None and statement.subject.year is None:
                for change in missing:
                    change.base_year = inherited
            elif missing and (
                self._against_previous(sentence) or self._falls_year_on_year(sentence, year)
            ):
                for change in missing:
                    change.base_year = year - 1
            elif (
                missing
                and not any(change.further for change in missing)
                and (compared := self._heading_base(year)) is not None
            ):
                # "II. CHỈ TIÊU TINH GIẢN ĐẾN NĂM 2026 (so với năm 2021)", "III. LỘ TRÌNH (số
                # giảm tính so với năm trước liền kề)": the heading says what its section's
                # changes compare with
                for change in missing:
                    change.base_year = compared
            elif missing and (led := self._target_lead_base(sentence, statement, year)):
                # "1. Biên chế công chức đến năm 2030 là 3.788 biên chế, giảm 118 biên chế" under
                # "Đến năm 2030, giảm tối thiểu 3% biên chế công chức ... so với số được giao
                # năm 2026, cụ thể:": the cut the lead's target is measured by
                for change in missing:
                    change.base_year = led
            elif missing and (earlier_year := self._base_by_arithmetic(statement, year, sentence)):
                # "Năm 2024 tỉnh được giao 3.270 biên chế cán bộ, công chức cấp xã. ... năm
                # 2025 các xã, phường mới được bố trí tổng cộng 2.166 biên chế, giảm 1.104
                # biên chế, tương ứng 33,76%.": against the one earlier figure of the same
                # category the sentence right before stated, which the arithmetic bears out
                for change in missing:
                    change.base_year = earlier_year
            elif missing:
                notes.append(_NO_BASE)
                return None
            if statement.parts and statement.subject.kind is Kind.CATEGORY:
                notes.append(_PARTS_OF_CATEGORY)
                return None
            if (
                known is None
                and statement.container is None
                and statement.subject.kind in (Kind.TOTAL, Kind.BLOCK)
                and self._under_receiver()
            ):
                # "- Tổng số: 890 biên chế", "- Dự phòng: 5 biên chế" under "Năm 2021, Sở Y
                # tế được giao:": the body's own, which no unit of the plan names
                notes.append(_NO_UNIT)
                return None
            if known is None and statement.container is None and self._under_unknown():
                # under "Liên đoàn Lao động tỉnh:", a lead naming what the lexicon knows as
                # no body: whose lines the items are is not read, never the text's own
                notes.append(_NO_UNIT)
                return None
            resolved.append((statement, year, year_note, known))
        valued = [
            (
                known or statement.subject.name.lower(),
                statement.subject.kind,
                statement.subject.category,
                statement.subject.where,
                statement.subject.qualifier,
                id(statement.container),
                year,
            )
            for statement, year, _, known in resolved
            if statement.value is not None
        ]
        if len(set(valued)) < len(valued):
            # "X: 1.018 biên chế (năm 2021 là 1.052 biên chế)" where 1.018 has no year of its
            # own but 2021: two figures of one unit and year, neither used
            notes.append(_SAME_UNIT_TWICE)
            return None
        return resolved

    def _continued_base(self, statement: Statement, unit: str, count: int) -> None:
        """ "Năm 2021 là 17.286 người. Đến năm 2026 còn 15.552 người, giảm 1.734 người": the
        second sentence goes on with the first's unit, and its change naming no year compares
        with the one earlier year the sentence before stated that unit's figure for (as
        `bases.implied_bases` does inside one sentence). Only for a sentence of one statement
        giving its own figure beside the change, and the figure before a stated one."""
        assert self.last_spoken is not None
        before = self.last_spoken[1]
        year = statement.subject.year
        if (
            count != 1
            or statement.value is None
            or before is None
            or year is None
            or before >= year
            or (unit, before) not in self.stated_figures
        ):
            return
        for change in statement.changes:
            if (
                change.base_year is None
                and not change.previous
                and not change.further
                and not change.bound
            ):
                change.base_year = before

    def _item_year_own(
        self, sentence: Sentence, resolved: list[Resolved], lead_year: tuple[int, int] | None
    ) -> bool:
        """ "Năm 2021, Sở được giao 214 biên chế, trong đó: - Văn phòng Sở: 58 biên chế, đến năm
        2026 còn 55 biên chế; - Chi cục A: 34 biên chế, đến năm 2026 còn 32 biên chế;": an item
        whose figure naming no year was read for the lead's year, and which then names a later
        year of its own, speaks of that year for itself only; its siblings' figures naming no
        year stay of the lead's (the item itself read one so)."""
        if (
            lead_year is None
            or self.paragraph_year is None
            or self.paragraph_year == lead_year
            or not self.enumerations
            or sentence.line.marker is None
            or sentence.column != sentence.line.offset + 1
            or self.enumerations[-1].opened >= sentence.line.number
            or lead_year[1] > self.enumerations[-1].opened
        ):
            return False
        years = [(statement.subject.year, year) for statement, year, *_ in resolved]
        return (
            years[0] == (None, lead_year[0])
            and all(stated is None or stated > lead_year[0] for stated, _ in years)
            and any(stated is not None for stated, _ in years)
        )

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

    def _enter(self, line: Line, table: int | None) -> None:
        """Close the enumerations a new line leaves: a paragraph closes them all, an item
        closes those opened by its siblings; a table closes when another starts."""
        if table != self.table:
            while self.headings and self.headings[-1].table:
                self.headings.pop()  # a table's group rows head nothing after it
            if self.table is not None:
                # a row's years are its columns': the text after the table does not speak of
                # the last of them ("Ghi chú: ... chưa bao gồm 524 biên chế ...")
                self.paragraph_year = None
            if table is not None and self.enumerations:
                top = self.enumerations[-1]
                if self.listings.get(top.unit, {}).get(("e", top.opened)):
                    # "trong đó: 1. ...; 2. ...; 3. ..." then an annex table: the list had its
                    # items, so the table's rows are not more of them
                    self.enumerations.clear()
            self.table, self.table_units, self.table_total = table, [], None
            self.table_groups, self.after_total, self.rows_seen = [], False, (0, None)
            self.table_unread = False
            self.row_parents, self.category_parents = [], {}
        if line.number == self.item_line:
            return
        self.item_line = line.number
        level = _level(line.marker)
        if table is not None:
            return
        if level is None:
            body = line.body.strip()
            # "(Tăng 54 biên chế so với năm 2021)" under an item still speaks of that item.
            if (
                body.startswith("(")
                and self.enumerations
                and self.list_level is not None
                and self.next_level.get(line.number) == self.list_level
            ):
                self.enumerations[-1].annotated = True
            if not OPENS.fullmatch(body) and not body.startswith("("):
                if self.enumerations and _BESIDES.match(body):
                    self.besides = (line.number, self.enumerations[0].unit)
                    if self.besides[1] == _UNREAD_OPENER:
                        self.besides = None
                if self.enumerations and self.list_level is not None:
                    self.interrupted = (self.enumerations[-1].unit, self.list_level)
                self.left_list = self.enumerations[-1] if self.enumerations else None
                self.left_alone = len(self.enumerations) == 1
                self.enumerations.clear()
                self.against_previous = bool(_AGAINST_PREVIOUS.search(body))
            return
        if level in _SECTION_LEVELS:
            # "Điều 2. So với ..." after "Cụ thể như sau: 1. ... 4. ...": a new article is no
            # item of the list the last one opened
            self.enumerations.clear()
        if not self.enumerations and self.interrupted is not None:
            if self.interrupted[1] == level:
                # "Trong đó: - Cấp tỉnh ...; <a sentence>; - Cấp huyện ...": the items go on
                # after the sentence that closed their list, so the list read is not whole
                self.incomplete.add(self.interrupted[0])
            self.interrupted = None
        while self.enumerations and self.enumerations[-1].level == level:
            closed = self.enumerations.pop()
            if self.listings.get(closed.unit, {}).get(("e", closed.opened)):
                self.sibling_closed = (line.number, closed)
        if self.enumerations:
            self.list_level = level

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

    def _heading_base(self, year: int) -> int | None:
        """The year the innermost heading stating a comparison says its section's changes
        are against, for a change of `year`: its own year, or the year before `year`."""
        for heading in reversed(self.headings):
            stated = _HEADING_BASE.search(heading.text)
            if stated is not None:
                base = int(stated.group("year")) if stated.group("year") else year - 1
                return base if base < year else None
        return None

    def _enclosing_base(self, unit: str, line: Line) -> int | None:
        """The year an item opening a list of its own compares with when it states no change
        ("a) Các cơ quan tham mưu, giúp việc Tỉnh ủy: 270 biên chế (năm 2024: 284 biên chế),
        gồm:" under "Giao 406 biên chế năm 2025 ... (giảm 23 biên chế so với năm 2024), cụ
        thể:"): the one year the list it is an item of compares with, so that "+ Văn phòng
        Tỉnh ủy: 74 biên chế (giảm 4 biên chế);" below it is against 2024 too. None unless
        the line is an item of that list (a level of its own), the list has one such year
        before the item's, and the item's figures name no year but its own and that one."""
        level = _level(line.marker)
        if (
            not self.enumerations
            or self.table is not None
            or level is None
            or level in _SECTION_LEVELS
            or self.last is None
            or self.last[0] != unit
        ):
            return None
        outer = self.enumerations[-1]
        if outer.base_year is None or outer.level == level or outer.unit == unit:
            return None
        year = self.last[1]
        if year is None or outer.base_year >= year:
            return None
        years = {y for u, y in self.values if u == unit}
        return outer.base_year if years <= {year, outer.base_year} else None

    def _list_unit(self, line: Line, text: str) -> str:
        """The unit a lead standing as a sentence of its own ("Chia theo lĩnh vực:", "Cụ
        thể:") right after the figure it breaks down opens a list of: the one a lead after a
        comma in that sentence would ("..., chia theo lĩnh vực:"), where that sentence is on
        its line and spoke of the unit just stated; else that unit, as before (a lead naming
        years, "Số giao các năm tiếp theo:", lists that unit's years, never its parts)."""
        assert self.last is not None
        known = self.list_unit
        if (
            known is not None
            and known[0] == line.number
            and known[1] == self.last[0]
            and not _A_YEAR_WORD.search(text)
        ):
            return known[2]
        return self.last[0]

    def _open(self, unit: str, line: Line, base_year: int | None = None) -> None:
        level = None if self.table is not None else _level(line.marker)
        if base_year is None and self.last_base is not None and self.last_base[0] == unit:
            base_year = self.last_base[1]
        if base_year is None and self.table is None:
            base_year = self._base_of_items(unit, _level(line.marker))
        self.enumerations.append(_Enumeration(unit, level, base_year, line.number))

    def _base_of_items(self, unit: str, opener: str | None) -> int | None:
        """The year the items below a figure compare with when they name none and the figure
        was compared with several ("1.345 biên chế, giảm 17 ... so với năm 2024; so với năm
        2021 (1.417 biên chế) giảm 72 .... Cụ thể:\n- Cấp tỉnh: 788 biên chế (giảm 8);\n- Cấp
        huyện: 557 biên chế (giảm 9)."): the one whose change their changes add up to (8 + 9 =
        17, against 2024). The items are read ahead once, up to the first line not an item
        of the list (a paragraph, a table, a heading, a sibling of the line opening it); any
        item without exactly one such change, a line of another level among them (items of
        an item), or a list longer than the read-ahead leaves the year unknown. An item
        naming the year of its one change ("- Dự phòng: 30 biên chế, không thay đổi so với
        năm 2025.") adds its change too, and that year must be the one found."""
        if self.last is None or self.last[0] != unit:
            return None
        stated = self.stated_changes.get((unit, self.last[1]), {})
        if not stated:
            return None
        total = 0
        level: str | None = None
        seen: set[int] = set()
        named: set[int] = set()
        ahead = self.sites[self.site_index + 1 : self.site_index + 2 + _READ_AHEAD]
        for site in ahead:
            if site.sentence is None or site.table is not None:
                break
            if site.line.number in seen:
                return None  # a second sentence on an item's line: not a bare item
            here = _level(site.line.marker)
            if here is None or here in _SECTION_LEVELS or here == opener:
                break
            if level not in (None, here) or len(seen) == _READ_AHEAD:
                return None
            level = here
            seen.add(site.line.number)
            changes = [
                c for each in read_sentence(site.sentence.text).statements for c in each.changes
            ]
            if (
                len(changes) != 1
                or changes[0].count is None
                or changes[0].previous
                or changes[0].further
                or changes[0].bound
            ):
                return None
            if changes[0].base_year is not None:
                named.add(changes[0].base_year)
            total += changes[0].count if changes[0].increase else -changes[0].count
        if len(seen) < 2 or len(seen) == len(named):
            return None
        bases = [base for base, said in stated.items() if said == {total}]
        return bases[0] if len(bases) == 1 and named <= {bases[0]} else None

    def _lead_total_row(self, resolved: list[Resolved]) -> list[Resolved]:
        """A table's total row repeating the figure of the lead that opened the table ("Giao
        tổng số 1.812 biên chế công chức năm 2024 ..., như sau:" over rows and "| | Tổng cộng
        | 1.838 | 1.812 |"): one unit named twice, so the row's other years are the lead's
        unit's too. Only where the row names no category, every year the lead stated agrees
        and one does; a total row of another value stays a unit of its own."""
        lead = self._parent()
        if (
            self.table is None
            or lead is None
            or self.registry.units[lead].category is None
            or not any(key[0] == "e" for key in self.listings.get(lead, {}))
            or any(
                statement.subject.kind is not Kind.TOTAL or statement.subset or known
                for statement, _, _, known in resolved
            )
        ):
            return resolved
        said = [
            (self.values.get((lead, year)), statement.value) for statement, year, *_ in resolved
        ]
        if not any(values for values, _ in said) or any(
            values and values != {value} for values, value in said
        ):
            return resolved
        return [(statement, year, note, lead) for statement, year, note, _ in resolved]

    def _parent(self) -> str | None:
        """The unit an item belongs to: the enumeration it is listed in, if any."""
        unit = self.enumerations[-1].unit if self.enumerations else None
        return None if unit == _UNREAD_OPENER else unit

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

    def _since_heading(self, line: int) -> list[Site]:
        """The sentences between the heading on `line` and the current one."""
        found: list[Site] = []
        for site in reversed(self.sites[: self.site_index]):
            if site.line.number <= line:
                break
            found.append(site)
        return found

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

    def _lead_category_of_body(self, line: Line, heading: Heading) -> Category | None:
        """The category of the list a lettered heading naming only a body is an item of
        ("a) Phòng Nội vụ:" under "... năm 2024 là 86 biên chế, gồm:", a công chức line): the
        one category (CBCC or VC) of the unit whose parts the list gives, where the heading
        names no category, year or total of its own and ends with ":" (it leads its items).
        None otherwise: a list of a total or of two categories, a heading naming more."""
        if (
            numbering_kind(line.marker) != "a)"
            or heading.organisation is None
            or heading.category is not None
            or heading.year is not None
            or heading.total
            or not line.body.rstrip().endswith(":")
        ):
            self.bodies_of = None
            return None
        if not self.enumerations:
            # "b) Phòng Nội vụ:" after "a) ...:" and its items: the same list's next body
            if self.bodies_of is not None and self.bodies_of[0] == heading.depth:
                return self.bodies_of[1]
            return None
        unit = self.registry.units.get(self.enumerations[-1].unit)
        category = unit.category if unit is not None else None
        if category not in (Category.CBCC, Category.VC):
            self.bodies_of = None
            return None
        self.bodies_of = (heading.depth, category)
        return category

    def _heading_body(self) -> str | None:
        """The one well-known block the innermost heading names ("1. Khối Đảng, Mặt trận Tổ
        quốc và các đoàn thể huyện"), where nothing above it names a category, a body, a
        total or a receiver (those narrow or type its lines: `_in_context`,
        `_section_of_body`) and the heading is no lead ("... huyện:", whose items naming no
        category stay unread) and names no year or category of its own. Any other body's
        heading says neither which category its bare counts are nor that they are all its
        posts: None. So is a heading joining a second body to the block ("1. Khối Đảng và
        khối chính quyền", "..., đoàn thể và Sở Y tế")."""
        if not self.headings:
            return None
        heading = self.headings[-1]
        if (
            heading.organisation is None
            or heading.category is not None
            or heading.year is not None
            or heading.total
            or heading.table
            or heading.receiving
            or heading.text.rstrip().endswith(":")
            or any(
                above.category is not None
                # (a letterhead on the text's first line names who issues it: no part)
                or (above.organisation is not None and above.line != self.headline)
                or above.total
                or above.table
                or above.receiving
                for above in self.headings[:-1]
            )
        ):
            return None
        name = heading.organisation.strip()
        if kind_of(name) is not None or known_block(name) is None:
            return None
        for piece in _NAME_JOINS.split(name)[1:]:
            piece = _DETERMINER_WORDS.sub("", piece.strip())
            if ORGANISATION.match(piece) and not _BLOCK_MEMBER.match(piece):
                return None
        return name

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

    def _heading_category(self) -> Category | None:
        """The category the innermost heading speaks of, or the one of a heading above it
        when the headings between name nothing ("IV. LỘ TRÌNH GIẢM SỐ LƯỢNG NGƯỜI LÀM VIỆC"
        over "2. Lộ trình từng năm:"): never past a heading naming a body, a year or the
        whole's total, whose items are theirs."""
        for heading in reversed(self.headings):
            if heading.category is not None:
                return heading.category
            if heading.organisation is not None or heading.total or heading.table:
                return None
            if heading.year is not None:
                return None
        return None

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

    def _heading_years(self) -> list[int]:
        """The two years the innermost heading naming any names as a pair ("... NĂM 2021 VÀ
        NĂM 2026", "từ năm 2021 đến năm 2026"), earlier first; [] when it names one, or
        more than two, or not as a pair."""
        for heading in reversed(self.headings):
            named = {int(found) for found in _HEADING_YEARS.findall(heading.text)}
            if not named:
                continue
            pair = _YEAR_PAIR.search(heading.text)
            against = _LEAD_AGAINST.fullmatch(heading.text.strip())
            if pair is None and against is not None:
                # "Đến năm 2026 so với năm 2021:": the year compared with, then the section's
                year = int(against.group("y1") or against.group("y2"))
                base = int(against.group("b1") or against.group("b2"))
                return [base, year] if base < year and named == {base, year} else []
            if pair is None or named != {int(pair.group("a")), int(pair.group("b"))}:
                return []
            return sorted(named) if int(pair.group("a")) < int(pair.group("b")) else []
        return []

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
            # a count inside the figure set ("..., trong đó có 23.915 giáo viên") is of it
            or any(
                not (other.subset and other.container is reading.statements[0])
                for other in reading.statements[1:]
            )
        ):
            return None
        setting = reading.statements[0]
        subject = setting.subject
        if (
            setting.value is None
            or setting.changes
            or setting.parts
            or (subject.year is not None and set(_ANY_YEAR.findall(text)) != {str(subject.year)})
            or subject.kind not in (Kind.CATEGORY, Kind.BLOCK)
        ):
            return None
        if subject.kind is Kind.CATEGORY:
            before_subject = replace(subject, qualifier=f"{subject.qualifier} {_BEFORE}".strip())
        else:
            before_subject = replace(subject, name=f"{subject.name} {_BEFORE}")
        value = parse_count(text[before[0] : before[1]])
        replaced = replace(
            setting, subject=before_subject, value=value, value_span=before, sets_year=False
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

    def _heading_hoi(self) -> Category | None:
        """HOI under an innermost heading naming only the hội có tính chất đặc thù as a
        whole ("5. Biên chế các hội có tính chất đặc thù" over "- Năm 2025 được giao: 236
        biên chế."): its items naming no unit are the hội's posts. One hội by its name ("5.
        Hội Chữ thập đỏ tỉnh") is no such heading."""
        if not self.headings:
            return None
        heading = self.headings[-1]
        if (
            heading.category is not None
            # ("4. Hội có tính chất đặc thù": "Hội" is an organisation's word, but the words
            # name all the hội together, as the fullmatch below makes sure)
            or (heading.organisation is not None and heading.organisation != heading.text)
            or heading.year is not None
            or heading.total
            or heading.table
            or heading.receiving
        ):
            return None
        return Category.HOI if _ALL_HOI.fullmatch(heading.text.strip()) else None

    def _section_of_body(self) -> Category | None:
        """The category of the section a heading naming only a body stands in ("II. BIÊN CHẾ
        CÔNG CHỨC" over "1. Văn phòng Bộ" over "Năm 2021: 88 biên chế; năm 2026: 84 biên
        chế."): a count naming no category there is the body's posts of that category. Only
        where the body's heading is the innermost, names no year, total or category and is
        no lead naming a receiver, and every heading between it and the section's names
        nothing; otherwise None (a year or another body between may narrow it)."""
        if not self.headings:
            return None
        body = self.headings[-1]
        if (
            body.organisation is None
            or body.category is not None
            or body.year is not None
            or body.total
            or body.table
            or body.receiving
            # "2. Trung tâm Y tế huyện:" leads its items as a receiver's lead does, whose
            # items naming no category stay unread (`leads.receiving_body`)
            or body.text.rstrip().endswith(":")
        ):
            return None
        for heading in reversed(self.headings[:-1]):
            if heading.category is not None:
                return None if heading.organisation is not None else heading.category
            if heading.organisation is not None or heading.total or heading.table:
                return None
            if heading.year is not None:
                return None
        return None

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
            unit = self.registry.category(
                subject.category,
                parent,
                line.number,
                where,
                subject.qualifier,
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
            return year, Message(
                f"năm {year} nêu ở câu dòng {said}",
                f"year {year} stated in the sentence at line {said}",
            )
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
            return self.meta.lead_year, Message(
                f"năm {self.meta.lead_year} nêu ở đầu văn bản (tít, sapô)",
                f"year {self.meta.lead_year} stated at the top (headline, lead)",
            )
        return None, None

    def _turned(self, year: int, since: int, line: int) -> bool:
        """Whether a line between `since` and `line` turns the text to another year ("Biên
        chế năm 2025 sẽ được giao sau."): a year given above then no longer holds."""
        return any(since < number < line and other != year for number, other in self.year_lines)

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

    def _drop_unsummed_contracts(self) -> None:
        """Contract staff listed among a total's parts are outside the plan, as contract
        staff always are, where the text's own figures leave them out (the other parts alone
        equal the total) or cannot tell (no year states the total and all its parts). Listed,
        they are otherwise a part: a total that adds up neither way is a sum slip with them,
        not a total silently losing a part."""
        units = self.registry.units
        stated = {(c.unit, c.year): c.value for c in self.claims.values() if c.value is not None}
        for index in sorted(self.contract_lines):
            entry = self.entries[index]
            mine = {c.unit for c in self.claims.values() if c.sentence.line.number == entry.line}
            for unit_id in mine:
                parent = units[unit_id].parent
                if parent is not None:
                    parts = units[parent].parts
                    others = [part for part in parts if part != unit_id]
                    years = [
                        year
                        for (owner, year) in stated
                        if owner == parent and all((part, year) in stated for part in parts)
                    ]
                    if years and not any(
                        sum(stated[(part, year)] for part in others) == stated[(parent, year)]
                        for year in years
                    ):
                        continue
                self.registry.remove(unit_id)
                self.claims = {k: c for k, c in self.claims.items() if c.unit != unit_id}
                self.entries[index] = replace(entry, status=Status.OUTSIDE, used=())

    def _place_besides(self) -> None:
        """ "Ngoài ra, biên chế dự phòng là 7.000" after a total's list of parts: a part of
        that total where the figures add it (the listed parts with it equal the total), not
        one where the listed parts alone do; where neither adds up, or no year states them
        all, which the text means cannot be told, and the total's parts are not written."""
        units = self.registry.units
        stated = {(c.unit, c.year): c.value for c in self.claims.values() if c.value is not None}
        for unit_id, owner in self.besides_units:
            if unit_id not in units or owner not in units or unit_id == owner:
                continue
            # (eng-communes3) "Ngoài ra, Trung tâm ... được giao 6 người làm việc" after a list
            # of cán bộ, công chức: posts of another kind (viên chức, hội), no part of that
            # total; the commune's cán bộ, công chức and the province's are one kind here
            besides = {_kind(units[u].category) for u in (unit_id, *units[unit_id].parts)}
            owned = _kind(units[owner].category)
            if owned is not None and besides - {None, owned}:
                continue
            parts = units[owner].parts
            years = [
                year
                for (named, year) in stated
                if named == owner
                and (unit_id, year) in stated
                and all((part, year) in stated for part in parts)
            ]
            listed = {year: sum(stated[(part, year)] for part in parts) for year in years}
            if any(
                listed[year] + stated[(unit_id, year)] == stated[(owner, year)] for year in years
            ):
                self.registry.attach(unit_id, owner)
            elif not any(listed[year] == stated[(owner, year)] for year in years):
                self.incomplete.add(owner)

    def _merge_short_totals(self) -> None:
        """ "Tổng biên chế công chức năm 2022 là 256.685" beside "Tổng biên chế công chức năm
        2022 của các cơ quan ..., biên chế của các Hội ... và dự phòng là 256.685": the
        document's total named without its complement ("của ...") is the total, not its
        CBCC line. A line that is already a part, or has parts, is the line."""
        total = self.registry.units.get(TOTAL_ID)
        if total is None:
            return
        named = _folded_words(total.name)
        for unit_id, name in self.short_totals.items():
            unit = self.registry.units.get(unit_id)
            short = _folded_words(name)
            if (
                unit is None
                or unit.parent is not None
                or unit.parts
                or named[: len(short)] != short
                or named[len(short) : len(short) + 1] != ["của"]
                or {key[1:] for key in self.claims if key[0] == unit_id}
                & {key[1:] for key in self.claims if key[0] == TOTAL_ID}
            ):
                continue
            self.registry.remove(unit_id)
            self._move_claims(unit_id, TOTAL_ID)

    def _move_claims(self, gone: str, kept: str) -> None:
        """The claims of a unit found to be another one named otherwise become that unit's."""
        self.claims = {
            (kept if key[0] == gone else key[0], *key[1:]): (
                replace(claim, unit=kept) if claim.unit == gone else claim
            )
            for key, claim in self.claims.items()
        }

    def _merge_plain_lines(self) -> None:
        """ "Biên chế công chức ... Cộng 101.546" (the category named alone) beside "công chức
        của các cơ quan thuộc bộ ...: 101.546 biên chế" in the same year: where a category has
        one outer line named by it alone and one other outer line, and both state the same
        figure in every year they share (at least one), they are one line named two ways, as
        the law's target must read it. A third outer line, or one figure that differs, keeps
        them apart."""
        units = self.registry.units
        figures: dict[str, dict[int, int]] = {}
        for claim in self.claims.values():
            if claim.value is not None:
                figures.setdefault(claim.unit, {})[claim.year] = claim.value
        for category in (Category.CBCC, Category.VC):
            outer = [
                u
                for u in units.values()
                if u.category is category
                and u.is_line
                and not u.in_post  # staff in post equal to the posts are still people
                and u.parent in (None, TOTAL_ID)
            ]
            plain = [u for u in outer if u.plain]
            if len(outer) != 2 or len(plain) != 1:
                continue
            gone = plain[0]
            (kept,) = (u for u in outer if u is not gone)
            mine, theirs = figures.get(gone.id, {}), figures.get(kept.id, {})
            shared = mine.keys() & theirs.keys()
            if (
                not shared
                or any(mine[year] != theirs[year] for year in shared)
                or (gone.parts and kept.parts)
                or (
                    gone.parent is not None
                    and kept.parent is not None
                    and not self._listed_apart(gone.id, kept.id)
                )
                or gone.id in self.incomplete
                or kept.id in self.received
                or {key[1:] for key in self.claims if key[0] == gone.id}
                & {key[1:] for key in self.claims if key[0] == kept.id}
            ):
                continue
            if gone.id in self.listings:
                self.listings.setdefault(kept.id, {}).update(self.listings.pop(gone.id))
            for listed in self.listings.values():
                for named in listed.values():
                    if gone.id in named:
                        named.discard(gone.id)
                        named.add(kept.id)
            self.registry.merge(gone.id, kept.id)
            self._move_claims(gone.id, kept.id)

    def _both_categories_parts(self) -> None:
        """ "Tổng biên chế công chức và số lượng người làm việc năm 2025 là 58.018" after the
        text's CBCC and VC lines: a total named as both categories together and nothing else
        (`BOTH_CATEGORIES`) is their sum, so the text's one CBCC line and one VC line at the
        top are its parts (its base then follows from theirs). Only where the three state a
        figure in a common year and the two add up to the total there, and in no such year
        differ from it; a total with parts, a second line of a category at the top, or no
        year of all three keeps it apart (it may take in more, or less)."""
        total = self.registry.units.get(TOTAL_ID)
        if total is None or total.parts or total.parent is not None:
            return
        name = _TOTAL_OF.sub("", total.name.strip(), count=1)
        if BOTH_CATEGORIES.fullmatch(name) is None:
            return
        tops: dict[Category, list[str]] = {}
        for uid, unit in self.registry.units.items():
            if uid == TOTAL_ID or unit.parent is not None:
                continue
            if unit.some or unit.subset_of is not None or unit.in_post or unit.reserve:
                continue
            if unit.category in (Category.CBCC, Category.VC):
                tops.setdefault(unit.category, []).append(uid)
        cbcc, vc = tops.get(Category.CBCC, []), tops.get(Category.VC, [])
        if len(cbcc) != 1 or len(vc) != 1 or {cbcc[0], vc[0]} & self.incomplete:
            return
        figures: dict[str, dict[int, int]] = {}
        for claim in self.claims.values():
            if claim.value is not None:
                figures.setdefault(claim.unit, {})[claim.year] = claim.value
        mine, one, other = (figures.get(uid, {}) for uid in (TOTAL_ID, cbcc[0], vc[0]))
        shared = mine.keys() & one.keys() & other.keys()
        if not shared or any(mine[year] != one[year] + other[year] for year in shared):
            return
        self.registry.attach(cbcc[0], TOTAL_ID)
        self.registry.attach(vc[0], TOTAL_ID)

    def _listed_apart(self, one: str, other: str) -> bool:
        """Whether two parts of one total are each named in a list of its parts that does
        not name the other ("Tờ trình đề nghị giao tổng số 30.254 biên chế, gồm: Biên chế
        công chức trong các cơ quan, tổ chức hành chính: 2.571; ..." and a table's rows
        "Biên chế công chức | 2.571" over its "Tổng cộng"): the same part named two ways,
        never two parts, which a list would name together. Lists of other units say
        nothing."""
        units = self.registry.units
        parent = units[one].parent
        if parent is None or units[other].parent != parent:
            return False
        lists = list(self.listings.get(parent, {}).values())
        return (
            any(one in named and other not in named for named in lists)
            and any(other in named and one not in named for named in lists)
            and not any(one in named and other in named for named in lists)
        )

    def _merge_series_names(self, claims: list[dict[str, Any]]) -> None:
        """ "Năm 2021, ... được giao 1.698 biên chế, gồm: ... 1.286 người làm việc tại các đơn
        vị sự nghiệp ...", "Năm 2025 ... người làm việc 1.170 người", "Số lượng người làm
        việc: năm 2026 là 1.170; ...", "+ Số lượng người làm việc giảm 116 người" (so với năm
        2021): a category's total named a way for each span of years. Where a category's
        outer lines (named by the category alone, at most one of them otherwise) state
        figures in no common year, those figures in year order never rise, and every name is
        linked to another by a change stated under one name from a year whose figure the
        other gives, agreeing with both figures where both are known, they are one line, as
        the law's target must read it. The other name may only say where all of them work
        (`_where_all_work`): "viên chức sự nghiệp y tế" is a sector, some of them. In a
        district's own text (`own_district`) several other names may say the district's whole
        (`_district_all`: "biên chế công chức của huyện", "viên chức trong các đơn vị sự
        nghiệp công lập thuộc huyện"). A year two names state figures of, a rise, a change
        that disagrees (unless agreeing changes outweigh it, `_one_series`), or a name linked
        to none keeps them apart (`_merge_plain_lines` joins two names that share their
        years)."""
        units = self.registry.units
        for category in (Category.CBCC, Category.VC):
            mine = [u for u in units.values() if u.category is category and not u.in_post]
            outer = [u for u in mine if u.is_line and u.parent in (None, TOTAL_ID)]
            plain = [u for u in outer if u.plain]
            ids = {u.id for u in outer}
            district = self.own_district and all(u.plain or _district_all(u.name) for u in outer)
            if (
                len(outer) < 2
                or not plain
                or (len(outer) - len(plain) > 1 and not district)
                or not all(u.plain or _where_all_work(u.name) or district for u in outer)
                or any(u.some or u.id in self.incomplete or u.id in self.received for u in outer)
                or sum(1 for u in outer if u.parts) > 1
                or any(  # another of the category's lines beside them: not the total alone
                    u.id not in ids and (u.parent is None or units[u.parent].category is None)
                    for u in mine
                    if not u.some
                )
            ):
                continue
            series = _one_series(
                [
                    (claim["unit"], claim["year"], claim.get("value"), claim.get("changes", []))
                    for claim in claims
                    if claim["unit"] in ids
                ],
                ids,
            )
            if not series:
                continue
            kept = plain[0]
            for gone in outer:
                if gone is kept:
                    continue
                self.registry.merge(gone.id, kept.id)
                for claim in claims:
                    if claim["unit"] == gone.id:
                        claim["unit"] = kept.id

    def _reform_communes(self) -> None:
        """The communes' posts of the two-tier local government are the province's công chức
        (CBCC), no longer cán bộ, công chức cấp xã (Luật Cán bộ, công chức 2025): a cấp xã unit
        and the cấp xã units joined to it as whole or part become CBCC where the text says it
        is of the reform and no sentence stating their figures names the old category ("cán
        bộ, công chức cấp xã") or a thị trấn: a new ward's posts against the former wards' 2024
        total are the ward's CBCC; named the old way anywhere, cán bộ, công chức cấp xã."""
        if self.old_title:
            return
        if not (self.after_reform or self._dated_after_reform()):
            self._undated_communes()
            return
        # the text names communes' posts the old way, the former's or the new's: only posts
        # given from the reform's day are the new communes' (eng-communes3)
        old_named = any(
            names_old_category(claim.sentence.text, towns=False) for claim in self.claims.values()
        )
        units = self.registry.units
        xa = {uid for uid, unit in units.items() if unit.category is Category.XA}
        group = {uid: uid for uid in xa}

        def root(uid: str) -> str:
            while group[uid] != uid:
                uid = group[uid]
            return uid

        for uid in xa:
            parent = units[uid].parent
            if parent in xa:
                group[root(uid)] = root(parent)
        kept: set[str] = set()
        stated: set[str] = set()
        since: set[str] = set()
        for claim in self.claims.values():
            if claim.unit not in xa:
                continue
            if claim.year >= REFORM_YEAR:
                stated.add(root(claim.unit))
            if names_old_category(claim.sentence.text):
                kept.add(root(claim.unit))
            if claim.year == REFORM_YEAR and from_reform_day(claim.sentence.text):
                since.add(root(claim.unit))
        for uid in xa:
            new = not old_named or root(uid) in since
            if root(uid) in stated and root(uid) not in kept and new:
                units[uid].category = Category.CBCC

    def _undated_communes(self) -> None:
        """(eng-communes3) "Biên chế công chức của 56 xã, phường năm 2025 là 1.838 biên chế." in
        a text that never says whether it is of the two-tier local government: the communes'
        posts of 2025 are the old communes' (cán bộ, công chức cấp xã) before 01/7/2025 and the
        new communes' (CBCC) from then on, and nothing tells which. Such a line stays unread,
        with its parts, rather than guessed. Not where the sentence names the old category
        ("cán bộ, công chức cấp xã", a thị trấn: kept, the text's own words), where the figure is
        compared with a year before (the old communes against their 2024 or 2021), or where the
        same communes are given a figure of a year before the reform's (a series of the old
        communes)."""
        if self.old_named:
            return  # the old category's words or a thị trấn: the text's own, kept
        units = self.registry.units

        def category(uid: str) -> Category | None:
            while units[uid].category is None and units[uid].parent in units:
                uid = units[uid].parent  # type: ignore[assignment]
            return units[uid].category

        def top(uid: str) -> str:
            # the highest of the commune posts holding it (not a body holding other posts too)
            while (parent := units[uid].parent) in units and category(parent) is Category.XA:
                uid = parent
            return uid

        old: set[str] = set()
        doubtful: set[str] = set()
        for claim in self.claims.values():
            if claim.unit not in units or category(claim.unit) is not Category.XA:
                continue
            group = top(claim.unit)
            if claim.year < REFORM_YEAR or any(change.get("base_year") for change in claim.changes):
                old.add(group)
            elif claim.year > REFORM_YEAR:
                old.add(group)  # (a plan's years on: `_dated_after_reform` decides, not this)
            elif names_old_category(claim.sentence.text) or names_cadres_of_the_level(
                claim.sentence.text
            ):
                old.add(group)
            else:
                doubtful.add(group)
        doubtful -= old
        if not doubtful:
            return
        gone = [c for c in self.claims.values() if c.unit in units and top(c.unit) in doubtful]
        places = {(c.sentence.line.number, c.sentence.column) for c in gone}
        self.claims = {k: c for k, c in self.claims.items() if c not in gone}
        for index, entry in enumerate(self.entries):
            if (entry.line, entry.column) in places:
                self.entries[index] = replace(
                    entry,
                    status=Status.NOT_UNDERSTOOD,
                    used=(),
                    unused=entry.used + entry.unused,
                    notes=(*entry.notes, _UNDATED_COMMUNES),
                )
        left = {c.unit for c in self.claims.values()}
        chains = []
        for uid in {c.unit for c in gone}:
            chain = [uid]
            while (parent := units[chain[-1]].parent) is not None and parent in units:
                chain.append(parent)
            chains.append(chain)
        for chain in chains:
            for uid in chain:  # a part first, then what holds it, while nothing else is left
                if uid not in units or units[uid].parts or uid in left:
                    break
                self.registry.remove(uid)

    def _dated_after_reform(self) -> bool:
        """Whether the text's own figures date it after the reform though no word says so: a
        cấp xã figure of a year after the reform's ("Ủy ban nhân dân các xã, phường: 6.350 biên
        chế công chức" in a text giving 2026) in a text that states and compares no year before
        the one preceding the reform. A 2022–2026 plan's commune line for 2026 stands beside
        the 2021 base (or 2022), and stays cán bộ, công chức cấp xã; so does a commune line naming
        its cán bộ, công chức with the level ("Cán bộ, công chức chính quyền cấp xã"), and a
        commune's own text, which never says "cấp xã" (test_a_communes_own_text_...)."""
        if self.registry.commune:
            return False  # a commune's own text: its cadres as it names them (`own_commune`)
        years: set[int] = set()
        late = False
        for claim in self.claims.values():
            years.add(claim.year)
            years |= {int(c["base_year"]) for c in claim.changes if c.get("base_year")}
            unit = self.registry.units.get(claim.unit)
            if unit is None or unit.category is not Category.XA:
                continue
            if names_cadres_of_the_level(claim.sentence.text):
                return False  # ("Cán bộ, công chức chính quyền cấp xã": the old words, kept)
            late = late or claim.year > REFORM_YEAR
        return late and min(years) >= REFORM_YEAR - 1

    def _merge_owned_names(self, claims: list[dict[str, Any]]) -> None:
        """ "2. Khối chính quyền huyện" over "b) Số lượng người làm việc trong các đơn vị sự
        nghiệp công lập thuộc UBND huyện: 1.640 người." in the section of 2021, and the same
        heading over "b) Số lượng người làm việc đến năm 2026: 1.476 người" in the section of
        2026: one line of the heading's block, named once by the category alone and once by
        where all of its staff work (`_WHERE_THEY_WORK`: the administration's cơ quan chuyên
        môn or its đơn vị sự nghiệp, "thuộc UBND huyện"). They are one line where they are the
        only two of the category under that heading and no year is stated under both; a
        sector ("viên chức giáo dục thuộc UBND huyện"), a figure in the name, a third line
        under the heading or a year under both keeps them apart."""
        units = self.registry.units
        for category in (Category.CBCC, Category.VC):
            lines = [
                u
                for u in units.values()
                if u.category is category
                and u.is_line
                and u.parent in (None, TOTAL_ID)
                and not (u.in_post or u.some or u.reserve)
            ]
            named = {u.id: _line_qualifier(u.name) for u in lines}
            for bare in lines:
                owner = named[bare.id]
                if not owner or _WHERE_THEY_WORK.match(owner) is not None:
                    continue
                under = [u for u in lines if u is not bare and named[u.id].endswith(f" {owner}")]
                if len(under) != 1:
                    continue
                gone = under[0]
                rest = named[gone.id][: -len(owner) - 1]
                if (
                    _WHERE_THEY_WORK.fullmatch(rest) is None
                    or _SOME_SECTOR.search(rest) is not None
                    or any(u.id in self.incomplete or u.id in self.received for u in (bare, gone))
                    or gone.parts
                ):
                    continue
                years = [{c["year"] for c in claims if c["unit"] == u.id} for u in (bare, gone)]
                if not all(years) or years[0] & years[1]:
                    continue
                self.registry.merge(gone.id, bare.id)
                for claim in claims:
                    if claim["unit"] == gone.id:
                        claim["unit"] = bare.id
                return self._merge_owned_names(claims)
        return None

    def finish(self) -> ExtractResult:
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

    def _party_posts(self, claims: list[dict[str, Any]]) -> None:
        """A text giving only the posts of the Party's organs, the Front and the mass
        organisations (`party_only`), in one figure naming no category ("Tổng biên chế giao
        cho các cơ quan đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội của tỉnh đến
        năm 2026 là 1.017 biên chế. Gồm: a) Cấp tỉnh ...; c) Dự phòng ..."): those posts are
        cán bộ, công chức, so KL 40's CBCC target is measured on that figure. Only where one
        unit holds every other (the one outermost unit): units read side by side may count
        the same posts twice, and a target summing them would be judged on a wrong figure."""
        units = self.registry.units
        if not self.party_only or any(u.category is not None for u in units.values()):
            return
        outer = [u for u in units.values() if u.parent is None]
        if len(outer) != 1 or not any(claim["unit"] == outer[0].id for claim in claims):
            return
        for unit in units.values():
            unit.category = Category.CBCC

    def _members(self, draft: TargetDraft) -> list[str]:
        """The units a category target is measured on: the category's total in the
        document's scope where the text gives one ("Tổng biên chế công chức", or the CBCC
        line of the total), otherwise its outermost lines, never a line and its parts."""
        units = self.registry.units
        outer = self._outer(draft)
        tops = [u for u in outer if units[u].parent in (None, TOTAL_ID) and units[u].is_line]
        plain = [u for u in tops if units[u].plain]
        if len(plain) == 1:
            # "Biên chế công chức" beside "công chức dự phòng" or "viên chức trực thuộc Sở
            # Y tế" left without a parent: a scoped or qualified line is a part or a subset
            # of the category's total, which the line named by the category alone is.
            tops = plain
        if len(tops) == 1 and len(outer) > 1 and units[tops[0]].parent in (None, TOTAL_ID):
            # "Tổng biên chế công chức" stated beside blocks' CBCC lines: it is their total,
            # and so is the CBCC line of the document's total.
            return tops
        return outer

    def _unsaid_blocks(self, claims: list[dict[str, Any]], draft: TargetDraft) -> list[str]:
        """The blocks whose headings gave bare counts their unit ("1. Khối Đảng, Mặt trận Tổ
        quốc và các đoàn thể huyện" over "Năm 2021: 68 biên chế"), outermost and split into
        no category lines, beside units of a category: the category's total takes in some of
        their posts, so a target measured on the category's lines alone could be met falsely.
        The Party's, the Front's and the mass organisations' own posts are cán bộ, công chức:
        they leave the VC target as it was."""
        if not self.heading_blocks:
            return []
        units = self.registry.units
        named = {known[0] for name in self.heading_blocks if (known := known_block(name))}
        if draft.category is not Category.CBCC:
            named -= _CIVIL_BLOCKS
        valued = {claim["unit"] for claim in claims if "value" in claim}
        held = {unit.parent for unit in units.values()}
        outermost = [u for u in units.values() if u.parent in (None, TOTAL_ID)]
        if not any(u.category in (Category.CBCC, Category.VC) for u in outermost):
            return []
        return [
            u.id
            for u in outermost
            if (known := known_block(u.name)) is not None
            and known[0] in named
            and u.id in valued
            and u.id not in held
            and u.category is None
            and not u.parts
        ]

    def _unsplit(self) -> list[str]:
        """The outermost units, when none of them states a category (every category in one
        figure): what a category target can be measured on when the text splits none."""
        # (staff in post name their category but are people, never what is measured)
        units = [u for u in self.registry.units.values() if not u.in_post and not u.some]
        tops = [u for u in units if u.parent is None]
        if any(u.category is not None or u.is_line for u in units):
            return []
        return [u.id for u in tops]

    def _mixed_tops(self, draft: TargetDraft) -> list[str]:
        """The outermost units stating no category, when no unit states the target's category
        but another's lines are given ("tổng biên chế ... là 2.234.720 biên chế, trong đó có
        65.980 biên chế giáo viên"): the target's category is some of those totals' posts,
        so the target stays on them, unverifiable, never left out (eng-latent)."""
        units = [u for u in self.registry.units.values() if not u.in_post and not u.some]
        if any(u.category is draft.category for u in units) or not any(
            u.category is not None for u in units
        ):
            return []
        return [u.id for u in units if u.parent is None and u.category is None and not u.is_line]

    def _outer(self, draft: TargetDraft) -> list[str]:
        """The outermost units of the target's category; posts paid from own revenue, which
        no target counts, are passed over, and a total holding some ("trong đó 27.698 người
        hưởng lương từ ngân sách nhà nước và 2.421 người hưởng lương từ nguồn thu sự
        nghiệp") for its budget-paid parts."""
        units = self.registry.units
        holding = self.registry.holding_own_revenue()
        return [
            u.id
            for u in units.values()
            if u.category is draft.category
            and not u.in_post
            and not u.some
            and u.id not in holding
            and (
                u.parent is None
                or units[u.parent].category is not draft.category
                or u.parent in holding
            )
        ]

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
            members = self._members(draft)
            unsplit = mixed = False
            if not members and draft.base_year not in {claim["year"] for claim in claims}:
                # The text gives its categories only together and never states the base
                # year: measured on what it gives (its outermost units), the target can
                # only be unverifiable, which is what the law's reader must be told, never
                # an all-clear.
                members = self._unsplit()
                unsplit = bool(members)
            elif not members:
                # With the base year stated, a category's share of a mixed total is unknown:
                # the target is kept on that total, where it cannot be checked, never left
                # out (which would let a document the law measures check clean).
                members = self._unsplit()
                mixed = bool(members)
            if not members:
                members = self._mixed_tops(draft)
                mixed = bool(members)
            if not members:
                notes[f"targets.{draft.id}"] = _no_members(draft)
                continue
            unsaid = [] if unsplit or mixed else self._unsaid_blocks(claims, draft)
            if unsaid:
                # a block whose bare counts say no category stands beside the category's
                # lines: some of its posts may be of it, so the lines alone are not the
                # category's total, and the target on them could be met falsely
                members = members + unsaid
                mixed = True
            entry: dict[str, Any] = {"id": draft.id, "source": draft.source}
            if draft.quote is not None:
                entry["quote"] = draft.quote
            why = [] if draft.quote is not None else [_by_law(draft)]
            if unsplit:
                why.append(_unsplit_note(draft))
                entry["units"] = members
            elif mixed:
                why.append(_mixed_note(draft))
                entry["category"] = draft.category.value
                entry["units"] = members
            elif len(members) == 1 and len(self._outer(draft)) > 1:
                entry["units"] = members  # the category's total, not its lines beside it
            elif any(
                u.in_post and u.category is draft.category for u in self.registry.units.values()
            ):
                entry["units"] = members  # staff in post are people, never measured
            else:
                # The law reads the category's total in the document's scope: every line of
                # it, whether or not the text compares it with the base year; a line whose
                # base is missing makes the target unverifiable, never met.
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


_PROPER_AFTER = re.compile(r"\s(?-i:[A-ZĐ])")
_OF_THE_PLACE = re.compile(r"(?<!của)\s(?:tỉnh|huyện|thị\s+xã|thành\s+phố|quận)$", re.IGNORECASE)


_WHERE_ALL_WORK = re.compile(
    r"\s*\(\s*tại\s+(?:các\s+)?(?:(?:đơn\s+vị\s+sự\s+nghiệp(?:\s+công\s+lập)?)"
    r"(?:\s+chưa\s+tự\s+(?:bảo\s+đảm|đảm\s+bảo)[^()]*)?|[^()]*?\strực\s+thuộc\s[^()]*)\)",
    re.IGNORECASE,
)
"""A category line's qualifier saying only where all its staff work: the public service
units (not yet self-financed), or the units under the text's body
("tại 6 Vườn quốc gia trực thuộc Tổng cục")."""
_SOME_SECTOR = re.compile(
    r"(?<!\w)(?:giáo\s+dục|y\s+tế|trường|bệnh\s+viện|văn\s+h(?:óa|oá)|thể\s+thao|khoa\s+học"
    r"|sự\s+nghiệp\s+khác)(?!\w)",
    re.IGNORECASE,
)


def _where_all_work(name: str) -> bool:
    """Whether a category line's name ("Viên chức (tại ...)", before " — " its owner) only
    says where all of the category's staff work (`_WHERE_ALL_WORK`), naming no sector."""
    label = name.split(" — ")[0]
    _, _, rest = label.partition("(")
    qualifier = "(" + rest
    return (
        bool(rest)
        and _WHERE_ALL_WORK.fullmatch(qualifier) is not None
        and _SOME_SECTOR.search(qualifier) is None
    )


_WHERE_THEY_WORK = re.compile(
    r"(?:(?:trong|tại)\s+)?(?:các\s+)?(?:cơ\s+quan\s+chuyên\s+môn\s+|đơn\s+vị\s+sự\s+nghiệp"
    r"(?:\s+công\s+lập)?\s+)?(?:trực\s+)?thuộc\s+(?:UBND|[UỦ][ỷy]\s+ban\s+nhân\s+dân)\s+"
    r"(?:tỉnh|huyện|thành\s+phố|thị\s+xã|quận)",
    re.IGNORECASE,
)
"""A category line's words saying only where all the staff of an administration's block
work: its cơ quan chuyên môn or its đơn vị sự nghiệp, "thuộc UBND huyện"."""
_QUALIFIED = re.compile(r"[^()]*\((?P<qualifier>.*)\)")


_DISTRICT_ALL = re.compile(
    r"(?:(?:trong|tại)\s+)?(?:các\s+)?(?:cơ\s+quan\s+chuyên\s+môn\s+|đơn\s+vị\s+sự\s+nghiệp"
    r"(?:\s+công\s+lập)?\s+)?(?:(?:trực\s+)?thuộc\s+|của\s+)?"
    r"(?:(?:UBND|[UỦ][ỷy]\s+ban\s+nhân\s+dân)\s+)?huyện",
    re.IGNORECASE,
)
"""A category line's qualifier naming, in a district's own text, the whole of the district's
staff of the category: the district alone, its cơ quan chuyên môn or its đơn vị sự nghiệp
("thuộc huyện", "cơ quan chuyên môn thuộc UBND huyện"); a sector or a place is some of them."""


def _district_all(name: str) -> bool:
    """Whether a category line's qualifier says the district's whole (`_DISTRICT_ALL`)."""
    qualifier = _line_qualifier(name)
    return _DISTRICT_ALL.fullmatch(qualifier) is not None and _SOME_SECTOR.search(qualifier) is None


_TOTAL_OF = re.compile(r"^tổng\s+(?:số\s+|cộng\s+)?", re.IGNORECASE)
"""The word naming a total before what it sums ("Tổng biên chế công chức và …")."""


def _line_qualifier(name: str) -> str:
    """The words a category line's name gives in parentheses after its category ("Viên chức
    (thuộc UBND huyện Khối chính quyền huyện)"), before " — " its owner; "" for none."""
    found = _QUALIFIED.fullmatch(name.split(" — ")[0])
    return " ".join(found.group("qualifier").split()) if found else ""


def _one_series(
    claims: list[tuple[str, int, int | None, list[dict[str, Any]]]], names: set[str]
) -> bool:
    """Whether the claims of several names (unit, year, figure, changes) are one line's
    series (`_Walk._merge_series_names`): no year whose figure two names state (a change
    alone under one name in a year another states the figure of is measured on it), figures
    that never rise in year order, every name linked to another by a change under one measured
    from a year the other gives, and no such change at odds with the two figures, unless at
    least two changes across names agree exactly with them and outnumber those at odds (the
    drafter's slip, which the check then finds)."""
    owner: dict[int, str] = {}
    figures: dict[int, int] = {}
    for unit, year, value, _ in claims:
        if value is None:
            continue
        if owner.setdefault(year, unit) != unit or figures.setdefault(year, value) != value:
            return False
    for unit, year, value, _ in claims:
        if value is None and owner.setdefault(year, unit) != unit and year not in figures:
            return False  # two names speak of one year, neither giving its figure
    ordered = [figures[year] for year in sorted(figures)]
    if any(later > earlier for earlier, later in pairwise(ordered)):
        return False
    linked: dict[str, set[str]] = {name: set() for name in names}
    agreeing = at_odds = 0
    for unit, year, _, changes in claims:
        for change in changes:
            base = change.get("base_year")
            if not isinstance(base, int) or base not in figures:
                continue
            ends = {unit, owner[base]} | ({owner[year]} if year in figures else set())
            if len(ends) < 2:
                continue
            count = change.get("reduction", -change["increase"] if "increase" in change else None)
            if year in figures and count is not None:
                if figures[base] - figures[year] != count:
                    at_odds += 1
                    continue
                agreeing += 1
            for end in ends:
                linked[end] |= ends - {end}
    if at_odds and (agreeing < 2 or agreeing <= at_odds):
        return False
    reached, stack = set(), [next(iter(sorted(names)))]
    while stack:
        name = stack.pop()
        if name not in reached:
            reached.add(name)
            stack.extend(linked[name] - reached)
    return reached == names


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
_POSTS_OF_NAMED = re.compile(
    r"(?:số\s+)?biên\s+chế\s+(?:của\s+)?(?P<name>[^,:;()]+?)"
    r"(?:\s+(?:quy\s+định|nêu)\s+tại\s+(?:điểm|khoản|mục)\s+[^,:;()]+?)?"
    r"\s*,?\s*(?:cụ\s+thể|như\s+sau|gồm)\s*:\s*",
    re.IGNORECASE,
)
"""A line naming a body's posts again, to break them down ("Biên chế của các Cục quy định tại
điểm d khoản 1 Điều này, cụ thể:")."""
_CITED_AGAIN = re.compile(
    r"(?:tổng\s+)?(?:số\s+)?biên\s+chế(?P<cat>\s+(?:cán\s+bộ,?\s+)?công\s+chức)?\s+"
    r"(?:quy\s+định|nêu)\s+tại\s+khoản\s+(?P<k>[0-9]{1,2})\s+(?:của\s+)?Điều\s+này\s*,?\s*"
    r"(?:được\s+)?(?:phân\s+bổ|bố\s+trí)\s+(?:cụ\s+thể\s+)?(?:như\s+sau)?\s*:\s*",
    re.IGNORECASE,
)
"""A line citing its article's clause by number to share out its figure ("Biên chế công chức
quy định tại khoản 1 Điều này được phân bổ như sau:")."""
_BROKEN_DOWN = re.compile(
    r"(?:được\s+)?(?:phân\s+bổ|phân\s+theo|chia\s+theo|phân\s+chia)"
    r"(?:\s+(?:theo\s+)?(?:từng\s+)?(?:lĩnh\s+vực|ngành|cấp|đơn\s+vị|cơ\s+quan(?:,\s*đơn\s+vị)?))?"
    # ("Phân bổ cụ thể như sau:": the words of "cụ thể:" and "như sau:" together)
    r"\s*,?\s*(?:(?:cụ\s+thể|như\s+sau|gồm)\s*){0,2}:\s*",
    re.IGNORECASE,
)
"""A line saying only that a figure is shared out ("Phân bổ theo lĩnh vực, cụ thể:")."""
_OF_THE_BLOCK = re.compile(
    r"(?:lộ\s+trình\s+)?tổng\s+(?:số\s+)?biên\s+chế\s+(?:của\s+)?khối", re.IGNORECASE
)
"""A total of "the block", named by no name: the text's one block (`_one_whole_again`)."""
_POSTS_OF_THE_BLOCK = re.compile(r"biên\s+chế\s+(?:của\s+)?khối", re.IGNORECASE)
"""The same said without "Tổng" ("Biên chế của khối qua các năm: năm 2021 là 92; ...")."""
_BARE_POSTS = re.compile(r"(?:số\s+)?biên\s+chế(?:\s+được)?(?:\s+giao)?", re.IGNORECASE)
_CORRECTION_LOOKS = 200
"""How many units' stated changes `_read_correction` looks through (a bound: linear time)."""
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
_ROADMAP_CATEGORY_LEAD = re.compile(
    # "Lộ trình tinh giản biên chế cán bộ, công chức:", "Lộ trình giảm số lượng người làm
    # việc:": a roadmap of a category's posts, its year items below (eng-chains6)
    r"^lộ\s+trình\s+(?:thực\s+hiện\s+)?(?:tinh\s+giản|giảm|cắt\s+giảm)\s+"
    r"(?P<subject>[^\d:;()]{3,80}?)\s*:\s*$",
    re.IGNORECASE,
)
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
_OPENS_ITEMS = re.compile(r"(?:cụ\s+thể(?:\s+như\s+sau)?|như\s+sau)\s*:\s*$", re.IGNORECASE)
_A_YEAR_WORD = re.compile(r"(?<!\w)năm(?!\w)", re.IGNORECASE)
"""A lead naming years ("Số giao các năm tiếp theo:"): its items are years, not parts."""
_NOTES = re.compile(r"\s*(?:ghi\s+chú|chú\s+thích|lưu\s+ý)\s*:?\s*$", re.IGNORECASE)
_SECTION_LEVELS = frozenset({"Điều", "Chương", "Mục", "Phần"})
"""Item levels that are sections of a legal text, not items of a list."""


_SELF_FINANCED_GIVEN_NONE = re.compile(
    r"(?<!\w)tự\s+(?:bảo\s+đảm|đảm\s+bảo)(?:\s+toàn\s+bộ)?\s+chi\s+thường\s+xuyên"
    r"(?:\s+và\s+chi\s+đầu\s+tư)?\s+(?:thì\s+)?không\s+(?:được\s+)?giao(?!\w)",
    re.IGNORECASE,
)
"""A lead naming bodies paid from their own revenue and given no posts: what its items count
is their people, outside the plan."""
_NARROWING_LEAD = re.compile(
    r"\s*trong\s+(?:đó|(?:tổng\s+)?số\s+(?:đó|này|trên))\s*,\s*(?!có\s)", re.IGNORECASE
)
"""A sentence opening on some of the figure just stated, then naming what ("Trong đó, số người
làm việc của các trường ..."), not "Trong đó, có N giáo viên" (a subset rule's)."""
FIGURE_FRAME = re.compile(
    r"\s*trong\s+(?:tổng\s+)?số\s+(?P<n>[0-9]{1,3}(?:\.[0-9]{3})*)(?![0-9]|[.,][0-9])\s*"
    r"(?:(?:người|biên\s+chế)\s+(?:đó|này|(?:nêu\s+)?trên)"
    # (eng-unread6) "Trong số 898 người năm 2024 có": the count and its year
    rf"|(?:người|biên\s+chế)\s+năm\s+(?P<y>{YEAR}))\s*,?\s+có\s",
    re.IGNORECASE,
)
"""A subset's frame naming the figure it points back at by its count ("Trong số 5.284 người
đó có"), as `statements._SUBSET_FRAME` reads it."""


def _against_figure_recalled(statements: list[Statement], year: int, stated: bool) -> None:
    """ "Năm 2021 tỉnh được giao 2.218 biên chế công chức. Năm 2024, con số này còn 2.121
    biên chế, tức là giảm 97 biên chế": the one statement pointing back to the figure just
    stated gives that figure its later year's value, and its change naming no year is the
    fall from that figure, against that figure's year. Only for one statement with its own
    value in a later year, after a figure (not a change alone) of the unit pointed to."""
    if len(statements) != 1 or not stated:
        return
    (statement,) = statements
    if (
        not statement.subject.anaphora
        or statement.value is None
        or statement.subject.year is None
        or statement.subject.year <= year
    ):
        return
    for change in statement.changes:
        if change.base_year is None and not change.previous and not change.further:
            change.base_year = year


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
_GIVING = re.compile(
    r"(?<!\w)(?<!được\s)(?:giao(?!\s+(?:thông|dịch|lưu|tiếp|ban))|phân\s+bổ|cho)(?!\w)",
    re.IGNORECASE,
)
"""A giving verb, anywhere in an item (`_resolve`'s relative receivers among bodies); never
"giao" of a name's word ("Bộ Giao thông vận tải") nor the receiver's "được giao"."""
_VERBS_THEN_COUNT = re.compile(
    r"[\s\-–+•.;]*(?:(?:đã|vừa|tạm|giao|phân\s+bổ|đề\s+nghị|đề\s+xuất|quyết\s+định"
    r"|thông\s+báo)\s*)+:?\s*[0-9][0-9.]*\s+(?:biên\s+chế|người)(?!\w)"
    # (only the posts' words after the count: never "Giao 3.964 người làm việc cho các đơn
    # vị ..., gồm:", the lead of a list naming its receivers, blind O1)
    r"(?:(?!\s(?:cho|gồm|trong\s+đó)(?!\w))[^:,;()])*[;.]?\s*",
    re.IGNORECASE,
)
"""An item whose words before its count are only a giver's verbs, and after it only its
posts ("Giao 1.062 biên chế công chức;"): it names no body, whatever category follows."""
_SUBJECT_WORDS = re.compile(r"[^:0-9]{1,120}")
"""An item's words before its first colon or digit: its subject, if it names one."""


def _names_a_body(text: str) -> bool:
    """Whether an item opens with a body or a scope, capitalised, as its subject ("Bộ Tư pháp:
    1.200 biên chế;", "Sở Y tế: 80", "Cấp tỉnh: 600"), never a giver nor a category."""
    words = _SUBJECT_WORDS.match(text.lstrip(" -–+•.;"))
    if words is None or not words.group()[:1].isupper() or not ORGANISATION.match(words.group()):
        return False
    return read_subject(words.group()).kind is Kind.BLOCK


def _level(marker: str | None) -> str | None:
    """An item's level: "1." and "2." are one level, "a)" and "b)" another, "-" another."""
    if marker is None:
        return None
    number = marker.rstrip(".):")
    if number.split()[0] in (*_SECTION_LEVELS, "Bảng", "Biểu", "Phụ"):
        return number.split()[0]  # "Điều 1." and "Điều 2." are siblings
    if number.replace(".", "").isdigit():
        return f"{number.count('.')}."
    if len(number) == 1 and number.isalpha() and marker.endswith(")"):
        return "a)"
    return marker


def _by_law(draft: TargetDraft) -> Message:
    # A reduction "below the base year by the deadline" is made over the years between.
    return Message(
        f"văn bản không trích {draft.source}; chỉ tiêu áp dụng theo quy định cho mọi địa phương "
        f"giai đoạn {draft.base_year + 1} - {draft.deadline}",
        f"the text does not cite {draft.source}; the target applies by law to every locality "
        f"for {draft.base_year + 1}-{draft.deadline}",
    )


def _unsplit_note(draft: TargetDraft) -> Message:
    category = draft.category.value
    return Message(
        f"văn bản không tách riêng {category} và không nêu số năm {draft.base_year}: chỉ tiêu "
        "được đo trên các đơn vị văn bản nêu, không thể kiểm tra",
        f"the text neither gives {category} apart nor states {draft.base_year}: the target is "
        "measured on the units it gives and cannot be verified",
    )


def _mixed_note(draft: TargetDraft) -> Message:
    category = draft.category.value
    return Message(
        f"văn bản không tách riêng {category} khỏi các loại biên chế khác: chỉ tiêu giữ trên "
        "tổng chung, không thể kiểm tra",
        f"the text does not give {category} apart from the other kinds of posts: the target "
        "stays on the mixed total and cannot be checked",
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


_BLOCK_WORD = re.compile(r"(?<!\w)khối(?!\w)", re.IGNORECASE)


def _entry(
    sentence: Sentence,
    text: str,
    found: list[Token],
    used: set[Span],
    outside: list[Span],
    notes: list[Message],
) -> CoverageEntry:
    """The sentence's coverage: its staffing quantities placed, left, or placed outside the
    plan (contract staff, subsets); numbers that count something else (years, "05 năm",
    "20% đơn vị") are not staffing quantities at all."""

    within_used = _overlapping(used)
    quantities = [token for token in found if token.quantity]
    taken = [token.text for token in quantities if within_used(token)]
    left = _left(text, found, used, outside)
    if not quantities:
        status = Status.REFERENCE
    elif not left:
        status = Status.UNDERSTOOD if taken else Status.OUTSIDE
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
        tuple(token.text for token in left),
        unique,
        tuple(token.text for token in left if _malformed(token.text)),
    )


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


def _left(
    text: str, found: list[Token], used: set[Span] | list[Span], outside: list[Span]
) -> list[Token]:
    """The staffing quantities of a sentence neither placed in the plan nor outside it."""

    within_used, within_outside = _overlapping(used), _overlapping(outside)
    figures_used = any(token.quantity and within_used(token) for token in found)
    # A sentence read as staffing ("... được giao 1.150 người; ... giảm 115 người, bằng 10%")
    # is staffing text even without the category's word: its other quantities must be placed.
    staffing_text = STAFF_WORDS.search(text) is not None or figures_used
    # The invariant: a subset of a figure read (", trong đó có 13.540 giáo viên") is placed
    # only as a unit of its own; put outside beside figures used, it is a figure dropped
    dropped = _overlapping(subset_counts(text) if figures_used else [])

    return [
        token
        for token in found
        if token.quantity
        and not within_used(token)
        and (dropped(token) or not within_outside(token))
        and (
            (staffing_text and not _NOT_STAFF_AFTER_RATIO.match(text, token.end))
            or STAFF_AFTER.match(text, token.end)
        )
    ]


_NOT_STAFF_AFTER_RATIO = re.compile(rf"(?:/[0-9.]+)?{NOT_STAFF_AFTER.pattern}", re.IGNORECASE)
"""What makes a count no headcount, also after a ratio: "53/63 tỉnh" counts provinces."""


def _overlapping(spans: set[Span] | list[Span]) -> Callable[[Token], bool]:
    """Whether a token overlaps any of the spans, in log time: a list of a thousand bodies
    ("Sở A 68, Sở B 23, ...") has a thousand counts and a thousand spans."""
    ordered = sorted(spans)
    starts = [start for start, _ in ordered]
    reach = list(accumulate((end for _, end in ordered), max))

    def overlaps(token: Token) -> bool:
        # the spans starting before the token ends: does the farthest of them reach into it?
        before = bisect_left(starts, token.end)
        return before > 0 and reach[before - 1] > token.start

    return overlaps


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


def _malformed(text: str) -> bool:
    """A count as no Vietnamese text writes one ("102,614", "73.5134"); a percentage is
    checked as a rate."""
    try:
        if text.endswith("%"):
            parse_rate(text)
        else:
            parse_count(text)
    except NumberError:
        return True
    return False


def _contracts_left_out(text: str) -> bool:
    """Whether the sentence names contract staff only to leave them out ("không kể hợp đồng
    lao động", "trừ hợp đồng ..."): its counts are then the others'."""
    return any(
        EXCLUDING.search(text, max(0, found.start() - 24), found.start()) is not None
        for found in CONTRACT_MENTION.finditer(text)
    )


_TOTAL_WORD = re.compile(r"tổng\b", re.IGNORECASE)


def _folded_words(name: str) -> list[str]:
    return re.sub(r"\([^()]*\)", " ", name).casefold().replace(",", " ").split()


_BESIDES = re.compile(r"ngoài\s+ra\b", re.IGNORECASE)
_UNDATED_COMMUNES = Message(
    "biên chế của các xã, phường năm 2025 mà văn bản không nói là trước hay sau ngày 01/7/2025"
    " (cán bộ, công chức cấp xã hay công chức của xã mới): không rõ loại",
    "communes' posts of 2025 the text does not place before or after 01/7/2025 (the old"
    " communes' cán bộ, công chức cấp xã or the new communes' civil servants): category unclear",
)


def _kind(category: Category | None) -> Category | None:
    """A category with the commune's cán bộ, công chức taken as cán bộ, công chức: which of
    them a commune's posts are may be decided only later (`_Walk._reform_communes`)."""
    return Category.CBCC if category is Category.XA else category


_NO_PATTERN = Message(
    "không khớp mẫu câu nào đã biết (giá trị, giảm/tăng, tỷ lệ, chỉ tiêu)",
    "matches no known pattern (value, reduction/increase, rate, target)",
)
_TWO_FIGURES = Message(
    "câu nêu hai số khác nhau cho cùng một đơn vị và năm",
    "the sentence gives one unit two different figures for the same year",
)
_LETTER = re.compile(r"[a-zđ]\)", re.IGNORECASE)
"""An item lettered "a)", "b)": a point of the clause it stands in."""
_BULLET = re.compile(r"[-+•*–—·▪●○]")

_STAFF_WORDS = re.compile(
    r"(?<!\w)(?:biên\s+chế|công\s+chức|viên\s+chức|cán\s+bộ|người\s+làm\s+việc)(?!\w)", re.I
)
"""Words of posts: a sentence with them and a count states staffing (`_places`)."""
_LEVEL_WORD = re.compile(r"^(?:tỉnh|thành\s+phố)\s+")
"""A province's or city's level word before its name, case folded (`_places`)."""
_OF_SHORT_BODY = re.compile(r"(?<!\w)(?:của|thuộc)\s+(?P<body>\w+(?:\s+\w+)?)\s*$")
"""A category's name closing with its owner ("... của Sở"), for `_short_bodies`."""
_DISTRICT_LEVELS = ("huyện", "quận", "thị xã")
"""A district's level words, as `places.Place.level` writes them."""
_WHOLE_ABOVE = re.compile(r"(?<!\w)(?:toàn|cả)\s+(?:tỉnh|thành\s+phố|nước)(?!\w)", re.I)
"""The whole of a province, a city or the country, named in a district's sentence."""
_AT_WORD = re.compile(r"^(?:tại|ở|riêng)\s+", re.I)
"""The word saying where, opening a place's name (`_read_at_place`)."""
_OWN_PROVINCE_NAMED = re.compile(r"(?<!\w)(?:tỉnh|thành\s+phố)\s+(\w+)", re.I)
"""A province or city named by its level word in a text's title or lead (`_lone_place`)."""
_LEVEL_BEFORE = re.compile(
    r"(?<!\w)(tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)\s+$"
)
"""(latent10) A level word right before a place's name, case folded (`_another_place`)."""
_NO_UNIT = Message(
    "không xác định được đơn vị (tổng, khối, CBCC, VC) mà câu nói đến",
    "could not tell which unit (total, block, CBCC, VC) the sentence is about",
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


def _happened_then(when: WholeWhen, year: int, base: int) -> bool:
    """Whether a change of `year` against `base` is the one a headline says happened then:
    during its year (against the year before), or over its number of years."""
    if when.year is not None:
        return (year, base) == (when.year, when.year - 1)
    return when.span is not None and year - base == when.span


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


def _may_be(named: Category | None, category: Category | None) -> bool:
    """A unit of `category` may be the one a text names as of `named`: only two categories
    both known and different tell them apart."""
    return named is None or category is None or named == category


_ANY_YEAR = re.compile(rf"(?<![0-9.,])({YEAR})(?![0-9])")
_HEADLINE_YEAR = re.compile(rf"(?<!\w)năm\s+({YEAR})", re.IGNORECASE)
_SAME_UNIT_TWICE = Message(
    "câu nêu hai số cho cùng một đơn vị và cùng một năm",
    "the sentence gives one unit two figures for the same year",
)


def _parts_after_it(statement: Statement, statements: list[Statement]) -> bool:
    """Whether a sentence is a figure and the list of its parts right after it ("Năm 2021,
    tỉnh tạm giao 2.817 biên chế, gồm: công chức: 186 biên chế; viên chức: 2.631 biên chế"):
    every other statement two or more parts of it, or a subset counted inside one of them, or
    one of that part's own parts ("..., trong đó: cán bộ, công chức 2.640 biên chế (khối A 820;
    khối B 1.820) và viên chức 12.780 người", eng-nested)."""
    rest = statements[1:]
    direct = [s for s in rest if s.container is statement and not s.subset]
    return (
        statements[0] is statement
        and len(direct) >= 2
        and all(
            s.container is statement
            or (
                s.container is not None
                and s.container.container is statement
                and (s.subset or any(s.container is part for part in direct))
            )
            for s in rest
        )
    )


_OWN_PROVINCE = re.compile(r"(?:toàn\s+)?(?:tỉnh|thành\s+phố)", re.I)
_OWN_POSTS = "Biên chế được giao"
"""The unit of the text's own posts, no category said (`_own_posts`): never its total, which
a text may state beside them meaning more (its công chức given by the ministry, its total)."""
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


_AGAINST_PREVIOUS = re.compile(
    r"(?<!\w)(?:giảm|tăng)(?!\w)[^.;:0-9]{0,30}?(?<!\w)so\s+với\s+(?:cùng\s+kỳ\s+)?năm\s+"
    r"(?:liền\s+)?trước(?!\w)",
    re.I,
)
_MEANWHILE = re.compile(r"(?:[0-9]{1,2}[.)]\s*)?(?:đồng\s+thời|cùng\s+với\s+đó)(?!\w)", re.I)
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


def _year_marks(text: str) -> tuple[list[int], list[int]]:
    """Where the sentence names a year outside parentheses and not as a base (those recall
    other years: "11.874 người (năm 2024: 12.152 người)"), and at each, the one year named up
    to there (0 once several are)."""
    plain = PARENTHESES.sub(lambda found: " " * len(found.group(0)), text)
    positions: list[int] = []
    single: list[int] = []
    for found in _HEADLINE_YEAR.finditer(plain):
        if COMPARED_BEFORE.search(plain[max(0, found.start() - 40) : found.start()]):
            continue
        if _FROM_FIGURE.search(plain[max(0, found.start() - 50) : found.start()]):
            continue  # "giảm từ 25.000 biên chế năm 2026 xuống còn ...": the first figure's year
        year = int(found.group(1))
        positions.append(found.start())
        single.append(year if not single or single[-1] == year else 0)
    return positions, single


def _later_day(statement: Statement, sentence: Sentence, year: int) -> bool:
    """Whether the sentence writes a day of a year after `year` before the statement's first
    number, outside parentheses ("Theo Quyết định ... ngày 10/01/2026, biên chế ... là N")."""
    spans = ([statement.value_span] if statement.value_span else []) + [
        span for change in statement.changes for span in change.spans
    ]
    if not spans:
        return False
    text = sentence.text[: min(start for start, _ in spans)]
    plain = PARENTHESES.sub(lambda found: " " * len(found.group(0)), text)
    return any(int(day.group("y")) > year for day in _DAY.finditer(plain))


_TO_DAY = re.compile(
    r"(?<!\w)(?:đến|tới)\s+(?:hết\s+)?ngày\s+[0-9]{1,2}/[0-9]{1,2}/(?P<y>(?:19|20)[0-9]{2})(?![0-9])",
    re.IGNORECASE,
)
_COMPARED_TO_DAY = re.compile(r"so\s+với\s+[^;0-9]{0,60}$", re.IGNORECASE)
_SUMMED_WHOLE = re.compile(
    r"(?:tổng\s+cộng|cộng\s+chung|tính\s+chung)\s*,\s*toàn\s+(?:hệ\s+thống\s+chính\s+trị\s+)?"
    r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)",
    re.IGNORECASE,
)
"""A sum opening the sentence, then the whole place: "Tổng cộng, toàn tỉnh", "Tổng cộng, toàn
hệ thống chính trị tỉnh" (`_Walk._summed_whole`)."""
_BASE_RECALLED = re.compile(
    r"(?<!\w)so\s+với\s+năm\s+(?P<y>(?:19|20)[0-9]{2})\s*\(\s*$", re.IGNORECASE
)
"""A figure opening the parenthesis right after the year compared with ("so với năm 2024
(178.070 biên chế)"): the base's, of that year."""


def _clause_day(statement: Statement, sentence: Sentence, year: int) -> bool:
    """Whether a figure of the statement has, in its own clause (since the last ";" before it)
    and outside parentheses, a day "đến ngày D/M/Y" of a year other than `year` said before it
    (a day compared with, "so với ... đến ngày", is the base's, not the figure's)."""
    spans = ([statement.value_span] if statement.value_span else []) + [
        span for change in statement.changes for span in change.spans
    ]
    for start, _ in spans:
        head = sentence.text[:start]
        named = _BASE_RECALLED.search(head)
        if named is not None and int(named.group("y")) == year:
            # (eng-unread7) "Đến ngày 30/6/2025, … là 168.420 biên chế, giảm 9.650 biên chế
            # so với năm 2024 (178.070 biên chế)": the base's figure, recalled right after its
            # year, is of that year; the day dates the figure the sentence states, not it
            continue
        clause = head[head.rfind(";") + 1 :]
        plain = PARENTHESES.sub(lambda found: " " * len(found.group(0)), clause)
        for day in _TO_DAY.finditer(plain):
            if int(day.group("y")) != year and not _COMPARED_TO_DAY.search(plain[: day.start()]):
                return True
    return False


def _year_before(statement: Statement, marks: tuple[list[int], list[int]]) -> int | None:
    """The one year the sentence names before the statement's first number (`_year_marks`);
    0 for several, None for none."""
    spans = ([statement.value_span] if statement.value_span else []) + [
        span for change in statement.changes for span in change.spans
    ]
    if not spans:
        return None
    positions, single = marks
    before = bisect_left(positions, min(start for start, _ in spans))
    return single[before - 1] if before else None


_FROM_FIGURE = re.compile(
    rf"(?<!\w)từ\s+{NUM}\s*(?:biên\s+chế|người|chỉ\s+tiêu(?:\s+biên\s+chế)?)?\s+(?:của\s+|vào\s+)?$",
    re.IGNORECASE,
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


_REMAINS = re.compile(rf"(?:(?:đến\s+(?:hết\s+)?)?năm\s+{YEAR}\s*,?\s*)còn\s+", re.IGNORECASE)
"""A line opening with its year and "còn" (remains) before its figure, naming nothing else."""
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
_HEADING_BASE = re.compile(
    # ("so với số được giao năm 2021": the posts given that year)
    r"so\s+với\s+(?:(?:số|tổng\s+số|biên\s+chế)\s+(?:được\s+|đã\s+)?giao\s+(?=năm\s+[0-9]))?"
    rf"năm\s+(?:(?P<year>{YEAR})|(?:liền\s+)?trước(?:\s+liền\s+kề|\s+đó)?)"
    r"\s*\)?\s*:?\s*$",
    re.IGNORECASE,
)
"""A heading closing with its comparison ("(so với năm 2021)", "(số giảm tính so với năm
liền trước)"): the changes of its section that name none compare so."""
_ARTICLE = "Điều"
_ALLOCATED_TO = re.compile(
    rf"(?<!\w)(?:giao|phân\s+bổ)(?!\w)[^.;:]{{0,200}}?(?<!\w)đến\s+(?:hết\s+)?năm\s+"
    rf"(?P<year>{YEAR})(?![0-9])",
    re.IGNORECASE,
)
"""Posts given up to a year ("Giao biên chế các cơ quan ... đến năm 2026 là ..."): the
figures of the allocation hold at that year."""
_UNREAD_OPENER = ""
_HEADING_MARKS = re.compile(r"[*_]+|\s*:\s*$")
"""Emphasis and a closing colon around a heading's words."""
_CHANGE_NOT_THE_MOVE = Message(
    "mức điều chỉnh {change} không bằng chênh lệch giữa số cũ và số mới ({a} và {b}: {moved}): "
    "không dùng số nào của câu",
    "the adjustment's change {change} is not the difference between the old and the new figure "
    "({a} and {b}: {moved}): none of its figures is used",
)
_UNTIL_YEAR = r"(?:đến|tới)\s+(?:hết\s+)?năm\s+"
_AGAINST_GIVEN = r"so\s+với\s+(?:(?:số|biên\s+chế)\s+(?:được\s+)?giao\s+)?năm\s+"
_LEAD_AGAINST = re.compile(
    # "Đến năm 2026, so với số được giao năm 2021:", "So với năm 2021, đến năm 2026:"
    rf"(?:{_UNTIL_YEAR}(?P<y1>{YEAR})\s*,?\s*{_AGAINST_GIVEN}(?P<b1>{YEAR})"
    rf"|{_AGAINST_GIVEN}(?P<b2>{YEAR})\s*,?\s*{_UNTIL_YEAR}(?P<y2>{YEAR}))"
    # ("..., các cơ quan giảm:", "..., các đơn vị giảm như sau:": the items' bodies and the
    # way they move, no unit named; each item must then say its own move, `_own_moves`)
    r"(?P<moved>\s*,?\s*các\s+(?:cơ\s+quan|đơn\s+vị|khối|ngành|địa\s+phương)"
    r"(?:\s*,\s*(?:cơ\s+quan|đơn\s+vị|tổ\s+chức|địa\s+phương))*"
    r"\s+(?:giảm|tăng)(?:\s+(?:cụ\s+thể\s+)?như\s+sau)?)?\s*:",
    re.IGNORECASE,
)
_CATEGORY_ABOVE = re.compile(
    r"\s*trong\s+tổng\s+số\s+(?!(?:nêu\s+)?trên\b)[^\d,;.:()]{3,60}?\s+(?:nêu\s+)?trên\s*,?\s+có\s",
    re.IGNORECASE,
)
"""A subset's frame naming a category's total and pointing back, no year ("Trong tổng số
người làm việc nêu trên có")."""
_TOTAL_NAMED = re.compile(r"\s*trong\s+tổng\s+số\s+(?!(?:nêu\s+)?trên\b)", re.IGNORECASE)
"""A subset's frame naming the total of a category ("Trong tổng số người làm việc năm 2024
có"), not pointing back ("Trong tổng số trên có")."""
_TOTAL_ABOVE = re.compile(r"\s*trong\s+tổng\s+số\s+(?:nêu\s+)?trên\s*,?\s+có\s", re.IGNORECASE)
_BARE_POSTS = re.compile(r"(?:số\s+)?biên\s+chế(?:\s+(?:được\s+)?giao)?", re.IGNORECASE)
"""A subject naming posts and nothing else ("Biên chế đến năm 2026 là ..."): of no unit by
its words."""
"""The unit of a list whose opening line was not read (no unit id is empty)."""
_HALF_OF_CBCC = Message(
    'câu "Trong đó" tách riêng cán bộ hoặc công chức của số cán bộ, công chức vừa nêu: '
    "không đơn vị nào của kế hoạch chỉ gồm một trong hai",
    'a "Trong đó" sentence parting the cán bộ from the công chức of the figure just stated: '
    "no unit of the plan holds one of the two alone",
)
_OPENING_LINES = 12
_SPACES = re.compile(r"\s+")
_CAPITAL = rf"(?-i:(?![{LOWER}])[^\W\d_])"
_FRONTED_FORMER = re.compile(
    # "Tại tỉnh Hà Giang cũ, ...", "Năm 2024, tại tỉnh Hà Giang (cũ), ...", "...; riêng tỉnh B
    # cũ, ...": a clause opening with one former place (`merged.FORMER`)
    rf"(?:^|;)\s*(?:(?:(?:đến\s+)?năm\s+[12][0-9]{{3}}|đến\s+nay|hiện\s+nay)\s*,\s*)?"
    rf"(?:tại|ở|riêng|đối\s+với)\s+(?:{FORMER})\s*[,:]",
    re.IGNORECASE,
)
"""(latent9) A clause opening with one former place: its figures are that place's."""
_FRONTED_PLACE = re.compile(
    # "Tại tỉnh Hà Giang, ...", "Năm 2024, ở huyện B, ...", "Riêng thành phố C năm 2024, ...",
    # "...; tại tỉnh D, ...": a clause opening with one place by its level word and name
    rf"(?:^|;)[\s\-–+•*]*(?:(?:(?:đến\s+|trong\s+)?năm\s+[12][0-9]{{3}}|đến\s+nay|hiện\s+nay)"
    r"\s*,\s*)?(?:tại|ở|riêng|đối\s+với)\s+"
    r"(?P<level>tỉnh|thành\s+phố|huyện|quận|thị\s+xã)\s+"
    rf"(?P<name>{_CAPITAL}\w*(?:\s+{_CAPITAL}\w*){{0,4}})"
    r"(?:\s+(?:(?:đến\s+|trong\s+)?năm\s+[12][0-9]{3}))?\s*[,:]",
    re.IGNORECASE,
)
"""(latent10) A clause opening with one place, after a word saying where (`_fronted_other`)."""
_LEAD_WORDS = r"(?:số\s+liệu\s+(?:của|tại)|riêng|tại|đối\s+với|ở)"
"""(latent9) Words leading in to a place a section is of ("Số liệu của", "Riêng", "Tại")."""
_LEAD_IN = re.compile(rf"^{_LEAD_WORDS}\s+", re.I)
_PLACE_LINE = re.compile(
    rf"(?:{_LEAD_WORDS}\s+)?"
    r"(?P<level>tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|bộ)\s+"
    rf"(?P<name>{_CAPITAL}\w*(?:\s*[ -]\s*{_CAPITAL}\w*){{0,5}})"
    r"\s*(?:(?P<gone>\(\s*cũ\s*\)|cũ|\(?\s*trước\s+(?:khi\s+)?(?:hợp\s+nhất|sáp\s+nhập|sắp\s+xếp)"
    r"\s*\)?)|(?P<new>\(\s*mới\s*\)|mới|\(?\s*sau\s+(?:khi\s+)?(?:hợp\s+nhất|sáp\s+nhập|sắp\s+xếp)"
    r"\s*\)?))?\s*[:.]?",
    re.IGNORECASE,
)
"""(latent9) A line naming one place and nothing else (`Builder._place_line`)."""
_PLACE_SAID = re.compile(
    rf"(?<!\w)(?:tỉnh|thành\s+phố)\s+{_CAPITAL}\w*(?:\s*[ -]\s*{_CAPITAL}\w*){{0,5}}", re.I
)
"""(latent10) A province or city named by its level word and capitals (`_another_place`)."""
_BOLD_NUMBER = re.compile(r"^(?:[0-9]{1,2}(?:\.[0-9]{1,2})*|[IVXLC]{1,5}|[a-zđ])[.)]\s+")
"""(latent10) The number a bold line writes inside its marks ("**1. Huyện B**")."""
_PLACE_TAIL = re.compile(
    r"(?P<head>[^\W\d_][^\d:;,.()]{2,80}?)\s+(?:tại|của|ở|trên\s+địa\s+bàn)\s+"
    r"(?P<level>tỉnh|thành\s+phố|huyện|quận|thị\s+xã)\s+"
    rf"(?P<name>{_CAPITAL}\w*(?:\s*[ -]\s*{_CAPITAL}\w*){{0,5}})\s*[:.]?",
    re.IGNORECASE,
)
"""(latent10) A heading or lead closing on one place ("Tình hình tại tỉnh Hà Giang")."""
_PROVINCE_SAID = re.compile(rf"(?<!\w)tỉnh\s+{_CAPITAL}\w*(?:\s*[ -]\s*{_CAPITAL}\w*){{0,5}}", re.I)
"""How many first lines are the text's header and title (`_Walk.opening`)."""
_POSTS_HEAD = re.compile(r"^(?:số\s+lượng\s+)?biên\s+chế\s+(?:của\s+)?", re.IGNORECASE)
_SEVERAL_BODIES = re.compile(r",|(?<!\w)và(?!\w)")


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


_RECEIVER_NOT_ONE = Message(
    "cơ quan được giao biên chế là nhiều cơ quan kể liền nhau, không phải toàn bộ văn bản "
    "nêu ở tiêu đề: không rõ số biên chế là của đơn vị nào",
    "the bodies given the posts are several listed together, not the whole the title names: "
    "whose posts the figure is, is not certain",
)
_SHORT_BODY_AMBIGUOUS = Message(
    'tên rút gọn ("Ủy ban", "Bộ", "Sở" ...) có thể chỉ hơn một cơ quan văn bản đã nêu: '
    "không rõ số biên chế là của cơ quan nào",
    'a short name ("Ủy ban", "Bộ", "Sở" ...) may stand for more than one body the text '
    "named: whose posts the figure is, is not certain",
)
_SIBLING_BLOCK = Message(
    "mục nêu lại, bằng tên khác, khối cùng cấp mà một mục trước của danh sách đã nêu: không rõ "
    "số biên chế là của đơn vị nào",
    "an item naming in other words the block of the same level an earlier item of its list "
    "named: whose posts the figure is, is not certain",
)
_UNDER_OTHER_PLACE = Message(
    "câu dưới đề mục hoặc dòng dẫn nêu một địa phương khác (hoặc địa phương cũ): số của địa "
    "phương đó, không phải của văn bản",
    "a line under a heading or lead naming another place (or a former one): that place's "
    "figure, not the text's own",
)
_UNDER_FORMER_PLACE = Message(
    "mục dưới đề mục một địa phương cũ (trước hợp nhất): số của địa phương đó, không phải của "
    "văn bản",
    "an item under a heading naming one former place (before the merger): that place's figure, "
    "not the text's own",
)
_UNDER_OWN_REVENUE = Message(
    "mục của một danh sách người làm việc hưởng lương từ nguồn thu sự nghiệp mà câu mở đầu "
    "không đọc thành một đơn vị: không rõ là phần của đơn vị nào",
    "an item of a list of posts paid from the units' own revenue whose opening sentence was "
    "not read as a unit: whose part it is, is unknown",
)
_UNDER_UNREAD = Message(
    "mục của một danh sách mà câu mở đầu không đọc được: không rõ là phần của đơn vị nào, năm nào",
    "an item of a list whose opening sentence was not read: whose part, of which year, is unknown",
)


def _day_note(year: int) -> Message:
    return Message(
        f"năm {year}: năm của ngày nêu ở đầu mệnh đề",
        f"year {year}: the year of the day opening the clause",
    )


_POSTS_SAID = re.compile(
    r"(?<!\w)(?:biên\s+chế|(?:được\s+)?giao|số\s+lượng\s+người\s+làm\s+việc)(?!\w)", re.I
)
"""Words of posts: a figure dated by a day is read only in a sentence saying them."""
_DAY_BASE = re.compile(
    r"so\s+với\s+(?:[^0-9();.]{0,60}?\s)?giao\s+(?:(?:từ|tại|đến)\s+)?ngày\s+[0-9]{1,2}/[0-9]{1,2}/"
    r"(?P<y>(?:19|20)[0-9]{2})",
    re.I,
)
"""A day compared with ("so với số giao từ ngày 01/7/2025"): its year is the change's base."""
_DAY = re.compile(r"(?<![0-9/])[0-9]{1,2}/[0-9]{1,2}/(?P<y>(?:19|20)[0-9]{2})(?![0-9])")
"""A day written in full ("30/6/2024")."""
_REORGANISED_ON = re.compile(
    r"\((?=[^()]*(?<!\w)(?:chuyển|sáp\s+nhập|hợp\s+nhất|sắp\s+xếp|thành\s+lập)(?!\w))"
    r"(?![^()]*(?<!\w)(?:trước|đến|kết\s+thúc)(?!\w))"
    r"[^()0-9]*(?<!\w)(?:sau|từ)\s+ngày\s+[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}[^()0-9]*\)"
)
"""A parenthesis of a body's name saying when it was reorganised ("Các xã, phường (công chức
chuyển từ cấp huyện cũ sau ngày 01/7/2025)"): where its posts came from, no day of its figure
(a day "đến ngày", one "trước" or of an end, or one with no reorganisation stays the
figure's, `_DAY`: "(trước khi kết thúc hoạt động từ ngày 01/7/2025)" dates the figure)."""
_NO_YEAR = Message(
    "không xác định được năm: câu và đề mục phía trên không nêu năm",
    "could not tell the year: neither the sentence nor a heading above gives it",
)
_PRESENT_YEAR = Message(
    "số người hiện có không nêu năm, sau các số của nhiều năm: không rõ năm nào là hiện nay",
    "staff in post without a year, after figures of several years: which year is today is not said",
)
_READ_AHEAD = 64
"""The most items of a list read ahead for the year their changes compare with."""
_ITEM_OR_WHOLE = Message(
    "dòng trong ngoặc sau mục cuối của danh sách: số liệu không cho biết là của mục đó hay của cả"
    " danh sách",
    "a parenthesis line after a list's last item: the figures do not tell whether it speaks of"
    " that item or of the whole list",
)
_NO_BASE = Message(
    "mức giảm/tăng không nói so với năm nào",
    "a reduction or increase does not say which year it compares with",
)
REFORM_YEAR = 2025
"""The year of the two-tier local government (from 1/7/2025): commune staff are counted in the
province's biên chế công chức, no longer only as cán bộ, công chức cấp xã."""
_PARTS_OF_CATEGORY = Message(
    "phân tích theo loại bên trong một dòng CBCC/VC không được dùng",
    "a breakdown inside a CBCC/VC line is not used",
)


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


def _holds_no_post(heading: str, part_time_allocated: bool) -> bool:
    """Whether a heading's or a lead's head words are of people holding no post: contract
    staff ("Chỉ tiêu hợp đồng lao động ..."), people leaving ("Số người tinh giản biên chế
    năm 2025") or, where the text does not allocate them beside posts, part-time commune
    staff. A year fronted before them ("Năm 2025, số người ...") is no head word."""
    head = _FRONTED_YEAR.sub("", heading.strip().strip("*_ "))
    if kind_of(head) is LexKind.CONTRACT or LEAVERS_HEAD.match(head):
        return True
    return not part_time_allocated and names_part_time(head)


_FRONTED_YEAR = re.compile(r"^(?:(?:trong\s+|đến\s+)?năm\s+[0-9]{4}\s*,\s*)", re.IGNORECASE)


_POSTS_NAMED = re.compile(
    r"(?<!\w)(?<!giản\s)(?<!phải\s)(?<!ngoài\s)(?<!vào\s)"
    r"(?:biên\s+chế|công\s+chức|viên\s+chức|người\s+làm\s+việc)(?!\w)",
    re.IGNORECASE,
)
"""Posts named in a line: under a heading of people holding no post, a contradiction."""


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
