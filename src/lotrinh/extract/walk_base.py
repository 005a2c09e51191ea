"""The state of build.py's walk (`_Walk`), shared by its mixins.

Part of `build`'s walk, split from it by theme: `_Walk.__init__` and stubs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lotrinh.extract.document import Line, Sentence, Token
from lotrinh.extract.lexicon import Scope
from lotrinh.extract.meta import Meta
from lotrinh.extract.places import Place
from lotrinh.extract.result import CoverageEntry, Message
from lotrinh.extract.sentence import Reading, Statement, Subject
from lotrinh.extract.structure import Heading, Site
from lotrinh.extract.targets import TargetDraft
from lotrinh.extract.units import Registry
from lotrinh.extract.walk_common import (
    Resolved,
    Span,
    _ClaimDraft,
    _Enumeration,
    _HeadlineChange,
    _HeadlineFigureKept,
    _ManyNamed,
)
from lotrinh.model import Category, YearKind


class _WalkBase:
    """The walk's state (`__init__`) and, for type checking, the signatures of the
    methods one mixin calls in another (`_Walk` inherits them all)."""

    places: dict[tuple[int, int], Place]

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

    if TYPE_CHECKING:

        def _fronted_other(self, statements: list[Statement], sentence: Sentence) -> bool: ...

        def _read_at_place(self, text: str, reading: Reading, place: Place) -> Reading: ...

        def _shared_year(self, sentence: Sentence) -> tuple[int | None, Message | None]: ...

        def _keep_headline_change(
            self,
            reading: Reading,
            sentence: Sentence,
            text: str,
            found: list[Token],
            outside: list[Span],
        ) -> None: ...

        def _keep_headline_figure(
            self, sentence: Sentence, text: str, found: list[Token]
        ) -> None: ...

        def _communes_category(self, statement: Statement, sentence: Sentence) -> None: ...

        def _base_by_arithmetic(
            self, statement: Statement, year: int, sentence: Sentence
        ) -> int | None: ...

        def _read_headline_cut(self, text: str, sentence: Sentence) -> Reading | None: ...

        def _read_this_year(self, text: str) -> Reading | None: ...

        def _read_pair_back(self, text: str) -> Reading | None: ...

        def _open_point(self, line: Line) -> None: ...

        def _note_point(self, line: Line) -> None: ...

        def _resolve(
            self, reading: Reading, sentence: Sentence, notes: list[Message]
        ) -> list[Resolved] | None: ...

        def _item_year_own(
            self, sentence: Sentence, resolved: list[Resolved], lead_year: tuple[int, int] | None
        ) -> bool: ...

        def _sibling_whole(
            self, sentence: Sentence, statements: list[Statement]
        ) -> tuple[str, int] | None: ...

        def _recalls_again(self, statements: list[Statement]) -> tuple[str, int] | None: ...

        def _holder(self, unit: str, year: int) -> str | None: ...

        def _result_recalled(
            self, sentence: Sentence, statements: list[Statement]
        ) -> tuple[str, int] | None: ...

        def _one_line_stated(self, unit: str, year: int) -> str: ...

        def _of_several(self, unit: str, year: int) -> bool: ...

        def _named_on_item(
            self, sentence: Sentence, statements: list[Statement], last_unit: str, year: int
        ) -> str | None: ...

        def _result_of(self, statement: Statement, sentence: Sentence) -> str | None: ...

        def _narrows_last(self, statement: Statement, sentence: Sentence, unit: str) -> bool: ...

        def _past_unread_narrowing(self) -> bool: ...

        def _result_past_narrowing(
            self, statement: Statement, sentence: Sentence
        ) -> str | None: ...

        def _sibling_result(self, statement: Statement, sentence: Sentence) -> str | None: ...

        def _sibling_restated(self, statement: Statement, sentence: Sentence) -> str | None: ...

        def _sibling_remains(self, statement: Statement, sentence: Sentence) -> str | None: ...

        def _result_unnamed(self, statement: Statement, sentence: Sentence) -> str | None: ...

        def _item_or_whole(
            self,
            item: str,
            whole: str,
            year: int,
            statements: list[Statement],
            listed: _Enumeration | None = None,
        ) -> str | None: ...

        def _list_closer(
            self, sentence: Sentence, item: str, year: int, statements: list[Statement]
        ) -> str | None: ...

        def _names_another_category(
            self, statement: Statement, sentence: Sentence, unit: str | None
        ) -> bool: ...

        def _note_target_lead(self, sentence: Sentence, text: str) -> None: ...

        def _target_lead_base(
            self, sentence: Sentence, statement: Statement, year: int
        ) -> int | None: ...

        def _sibling_of_lead(self, line: Line) -> bool: ...

        def _against_previous(self, sentence: Sentence) -> bool: ...

        def _falls_year_on_year(self, sentence: Sentence, year: int) -> bool: ...

        def _list_start(self, level: str | None = None) -> int: ...

        def _among_bodies(self, sentence: Sentence, every: bool = False) -> bool: ...

        def _giver_among_kin(self, giver: str) -> bool: ...

        def _chain_unit(self, statements: list[Statement]) -> str | None: ...

        def _heading_base(self, year: int) -> int | None: ...

        def _enclosing_base(self, unit: str, line: Line) -> int | None: ...

        def _list_unit(self, line: Line, text: str) -> str: ...

        def _open(self, unit: str, line: Line, base_year: int | None = None) -> None: ...

        def _lead_total_row(self, resolved: list[Resolved]) -> list[Resolved]: ...

        def _parent(self) -> str | None: ...

        def _figure_named(self, count: int | None) -> tuple[str, int | None] | None: ...

        def _context_unit(self, statement: Statement) -> tuple[Subject, str | None] | None: ...

        def _since_heading(self, line: int) -> list[Site]: ...

        def _both_categories_whole(self) -> bool: ...

        def _heading_body(self) -> str | None: ...

        def _yearly_lead(self, text: str) -> str | None: ...

        def _one_whole_again(self, statement: Statement, sentence: Sentence) -> str | None: ...

        def _names_pay_source(self, sentence: Sentence) -> bool: ...

        def _roadmap_of_another_total(self, sentence: Sentence) -> bool: ...

        def _category_lead(
            self, sentence: Sentence, form: re.Pattern[str] | None = None
        ) -> Category | None: ...

        def _own_posts(self, statement: Statement, sentence: Sentence, count: int) -> bool: ...

        def _whole_opening_list(
            self, statement: Statement, text: str, listed: bool = False
        ) -> bool: ...

        def _first_whole_unnamed(
            self, statement: Statement, text: str, statements: list[Statement]
        ) -> bool: ...

        def _summed_whole(self, statement: Statement) -> bool: ...

        def _whole_unnamed(self, statement: Statement, statements: list[Statement]) -> bool: ...

        def _receiver(self) -> str | None: ...

        def _under_receiver(self) -> bool: ...

        def _after_unread_item(self, sentence: Sentence) -> bool: ...

        def _level_disagrees(self, statements: list[Statement]) -> bool: ...

        def _under_no_post(self, line: int) -> bool: ...

        def _under_unknown(self) -> bool: ...

        def _lead_body(self, sentence: Sentence, text: str, found: list[Token]) -> bool: ...

        def _lead_against(self, sentence: Sentence, text: str, found: list[Token]) -> bool: ...

        def _halves_of_cbcc(self, statements: list[Statement], sentence: Sentence) -> bool: ...

        def _short_bodies(self, statements: list[Statement]) -> bool: ...

        def _given_receivers(self, statements: list[Statement]) -> bool: ...

        def _heading_category(self) -> Category | None: ...

        def _read_from_to(self, text: str, line: Line) -> Reading | None: ...

        def _read_correction(self, text: str) -> Reading | None: ...

        def _read_from_to_said(self, text: str, line: Line) -> Reading | None: ...

        def _lead_base(self, under: _Enumeration) -> tuple[int, ...]: ...

        def _heading_years(self) -> list[int]: ...

        def _paren_categories(
            self, sentence: Sentence, statements: list[Statement], notes: list[Message]
        ) -> list[Resolved] | None: ...

        def _read_adjusted(self, text: str, line: Line) -> Reading | None: ...

        def _read_moved_by(self, text: str, line: Line) -> Reading | None: ...

        def _heading_hoi(self) -> Category | None: ...

        def _section_of_body(self) -> Category | None: ...

        def _named_subset(self, statement: Statement) -> str | None: ...

        def _subset_of_no_category(self, resolved: list[Resolved]) -> bool: ...

        def _unit(
            self, statement: Statement, sentence: Sentence, committed: dict[int, str]
        ) -> str: ...

        def _year(self, stated: int | None, line: int) -> tuple[int | None, Message | None]: ...

        def _claim(
            self, unit: str, year: int, sentence: Sentence, year_note: Message | None
        ) -> _ClaimDraft: ...

        def _year_kind(self, year: int) -> None: ...
