"""Pass 3, statements: one sentence → the statements it makes, each complete or not at all.

The entry points (`read_sentence`, `read_spelled`) and the reading itself: the sentence's items
found by the grammar (`rules`) are chosen left to right and taken into statements. The rest of
the pass lives beside it: the data read (`sentence`), the grammar and why it is regular
expressions (`rules`), subjects (`subjects`), clauses outside the plan (`clauses`), sentences
read whole by one form (`whole`), bases of changes (`bases`) and the passes that revise a
reading once its items are chosen (`revise`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Literal

from lotrinh.extract.bases import (
    SO_VOI_WORDS,
    block_line_links,
    breakdown_bases,
    chain_against_previous,
    elided_comparison,
    implied_bases,
    kept_base,
    kept_since_the_one_earlier,
    parallel_base,
    past_recalled_base,
    province_total,
    take_base,
    take_clause_base,
    take_fronted,
    trailing_base,
)
from lotrinh.extract.chains import Spelled, arrow_links, spell_out
from lotrinh.extract.clauses import (
    A_NUMBER,
    BREAKDOWN_OPENS,
    PEOPLE,
    headcount,
    held_outside,
    leaver_lists,
    people_breakdown,
    unused_clauses,
)
from lotrinh.extract.communes import all_communes, given_to_some_communes, of_communes
from lotrinh.extract.document import NUM, YEAR
from lotrinh.extract.groups import (
    Group,
    averaged_group,
    base_merged_glossed,
    counted_before,
    counted_clauses,
    cut_glossed,
    cut_in_fronted_item,
    cut_said_otherwise,
    each_clauses,
    each_group,
    fronted_in_item,
    given_active,
    in_post_against_year_end,
    moved_unnamed,
    own_revenue_lead,
    past_target,
    posts_cut,
    raised_to,
    reserve_after_base,
    split_named_after,
    transfer,
    transfer_then_after,
    yearly_against_previous,
)
from lotrinh.extract.lexicon import (
    CATEGORY_RULES,
    CONTRACT_MENTION,
    LEAVERS,
    LEFT,
    NOT_STAFF_AFTER,
    ORGANISATION,
    PARENTHESES,
    PEOPLE_BY_TRAIT,
    POSTS_HELD_BY,
    RESERVE_WORD,
    SUBSET_NOUNS,
    Scope,
    groups_named,
    kind_of,
    known_block,
    qualifier,
    scope_of,
)
from lotrinh.extract.lexicon import Kind as LexKind
from lotrinh.extract.merged import former_place, one_place_glossed
from lotrinh.extract.outside import (
    in_post_split,
    leavers_after_a_semicolon,
    moved_of_all,
    outside_clauses,
    overruns,
)
from lotrinh.extract.result import Message
from lotrinh.extract.revise import (
    LEADS_AGAINST_PREVIOUS,
    OTHER_COUNT_BEFORE,
    among_the_total,
    category_unsaid_after_two,
    contracts_counted_in,
    elapsed_years,
    further_cuts,
    goal_cuts,
    line_bases,
    line_changes,
    line_recalls,
    named_and_shared,
    named_apart,
    own_revenue_spilled,
    sectors_apart,
    self_financed,
    surplus_people,
    twice_compared,
    unread_comparisons,
    with_contract_staff,
    years_after_figures,
    years_joined,
)
from lotrinh.extract.rules import NOT_MORE, RULES, STANDING, UNITW
from lotrinh.extract.sentence import (
    COMPARISON_NOT_READ,
    NO_SUBJECT,
    SAME_CATEGORY,
    Change,
    Kind,
    Orphan,
    Part,
    Reading,
    Span,
    Statement,
    Subject,
    count_of,
    drop,
    identity,
    parsed_count,
    parsed_rate,
    spans_of,
)
from lotrinh.extract.subjects import (
    ANAPHORA,
    BASE_NAMED,
    GIVER_ALONE,
    LEAD,
    NAMED_AFTER,
    PAY_SOURCE,
    SUBJECT_YEAR,
    TRAIL,
    asks_a_giver,
    capital,
    home_affairs_giving,
    read_subject,
    relative_receiver,
)
from lotrinh.extract.trailing import (
    NOT_ITS_LIST,
    OF_ANOTHER_YEAR,
    item_rest,
    names_another,
    part_fits,
    trailing_qualifier,
    trailing_year,
)
from lotrinh.extract.units import IN_POST
from lotrinh.extract.whole import (
    REST_OF_IT,
    read_besides,
    read_goal_rates,
    read_outside_sentence,
    read_present_under_lead,
    read_recruitment_against_leavers,
    read_recruitment_quota,
    read_shares,
    read_vacancies_split,
)
from lotrinh.model import Category
from lotrinh.numbers import NumberError, parse_count

_I = re.IGNORECASE
_PLACE = re.compile(r"[A-ZĐ]\w*(?:[ .][A-ZĐ]\w*){0,3}")
"""A place's proper name alone ("Quảng Nam", "TP.HCM"): a headline's province."""
_PROVINCE = re.compile(r"(?:toàn\s+)?(?:tỉnh|thành\s+phố)(?:\s+[A-ZĐ]\w*)*", _I)
BARE_TOTAL = re.compile(r"(?:tổng(?:\s+số|\s+cộng)?|cộng)\s*$", _I)
"""A total that does not say of what: the context says (a table's "Tổng cộng" row)."""
OPENS = re.compile(
    r"(?:(?<!\w)(?:trong\s+đó|(?<!không\s)bao\s+gồm|gồm|cụ\s+thể|chia\s+ra|như\s+sau)\s*:?"
    r"|:)\s*\.?\s*$",
    _I,
)
"""A sentence ending so ("... là 28.960 biên chế. Trong đó:") says the items below it are
the parts of the unit it names."""
_GIVES = re.compile(r"(?<!\w)(?:giao|phân\s+bổ)(?!\w)", _I)
_LIST_WORDS = re.compile(
    r"(?<!\w)(?:trong\s+đó|(?<!không\s)bao\s+gồm|gồm|cụ\s+thể|chia\s+ra|như\s+sau)(?!\w)", _I
)
"""The words opening a list."""
_PEOPLE_AT_WORK = re.compile(r"số\s+lượng\s+người\s+làm\s+việc", _I)
"""The viên chức's posts by their own name, "người" their word (never "số người làm việc")."""
_ENUMERATING = re.compile(rf"{_LIST_WORDS.pattern}|[:(]", _I)
_WHOLE_CATEGORY = re.compile(
    r"(?:(?:trong\s+đó|cụ\s+thể)\s*:?\s*)?(?:(?:cán\s+bộ,?\s+)?công\s+chức|viên\s+chức"
    r"(?:\s+hưởng\s+lương\s+từ\s+ngân\s+sách(?:\s+nhà\s+nước)?"
    r"|\s+(?:làm\s+việc\s+)?trong\s+các\s+đơn\s+vị\s+sự\s+nghiệp\s+công\s+lập)?"
    r"|(?:biên\s+chế\s+)?(?:các\s+hội|dự\s+phòng))",
    _I,
)
"""A list item naming a whole category, nothing narrower ("công chức", "viên chức hưởng
lương từ ngân sách nhà nước", "các hội", "dự phòng"), never a sector ("sự nghiệp y tế")."""
_NOT_A_SUBJECT_END = re.compile(
    r"(?<!\w)(?:từ|giảm|tăng|xuống|lên|thêm|tiếp|với|khoảng|đến|tới|trên|dưới|gần|hơn"
    # "giữ nguyên 2.014 biên chế" naming no year: the same as what, is not said
    r"|giữ\s+nguyên)\s*$",
    _I,
)
_NAMED_AGAIN = re.compile(r"(?P<name>[^\d;:(),]{3,80}?)\s+(?:bao\s+)?gồm\s*:?\s*", _I)
"""A unit's name and the word opening its list, with nothing else before the first part."""


def read_sentence(text: str) -> Reading:
    """Read one sentence's statements, in order; a distribution written once for several
    years or categories ("các năm 2022, 2023 lần lượt ...") as the links it stands for."""
    one_place = one_place_glossed(text)
    if one_place is not None:
        # (latent7) "..., giảm 310 người so với năm 2024 (tỉnh Vĩnh Phúc cũ)", "là 2.544 biên
        # chế (tỉnh Hà Giang cũ)": a base or figure of one (former) place, not the unit's the
        # sentence names: nothing read
        return Reading(orphans=[Orphan(one_place, _ONE_PLACES)])
    arrows = arrow_links(text)
    if arrows is not None:
        # "năm 2021: 86 → năm 2022: 85 → … → năm 2026: 81 biên chế": the links as "; " joins
        # them; read whole or not at all (the arrows then left to the plain reading)
        linked = _read_spelled(arrows, read_sentence)
        if linked is not None and linked.complete:
            return linked
    said = cut_said_otherwise(text)
    if said is not None:
        # (eng-mutate2) "cắt giảm", "tinh giản" of posts: read as "giảm" is, where all of it
        # is read so
        reading = _read_spelled(said, read_sentence)
        if reading is not None and reading.complete and not reading.contracts:
            return reading
    group = each_group(text) or each_clauses(text) or averaged_group(text)
    if group is not None:
        return _read_group(group)
    # "Chuyển 6 biên chế từ Sở A sang Sở B; sau điều chỉnh, Sở A còn 52 biên chế, Sở B có 61
    # biên chế": the move no figure, each body's posts after it read as said alone
    after = _read_without(transfer_then_after(text))
    if after is not None:
        return after
    moved = transfer(text)
    if moved is not None:
        # "Điều chuyển 5 biên chế từ Sở A sang Sở B": posts moved, no body's figure
        return Reading(outside=[moved])
    unnamed = moved_unnamed(text)
    if unnamed is not None:
        # "..., theo đó 4 biên chế được chuyển sang Ủy ban A": posts moved, from no body named
        return Reading(orphans=[Orphan(unnamed, NO_SUBJECT)])
    # (eng-unread7) "..., giảm 96 biên chế so với năm 2021, vượt chỉ tiêu của Kế hoạch 8 biên
    # chế, gồm:": read without the amount beating the target (no unit's figure)
    beaten = _read_without(past_target(text))
    if beaten is not None:
        return beaten
    # "51 phường được giao 8.364 biên chế, 75 xã được giao 10.182 biên chế" (each group its
    # own subject), "Sở A còn lại 59 biên chế ..." (as "Sở A còn 59"), "Cấp tỉnh: 19 cơ quan,
    # 236 vị trí việc làm, 1.068 biên chế công chức" (as "Cấp tỉnh: 1.068 ..."): each read
    # so only where every figure is then read
    for respelled in (
        counted_clauses(text),
        raised_to(text),
        counted_before(text),
        posts_cut(text),
        yearly_against_previous(text),
        fronted_in_item(text),
        cut_in_fronted_item(text),
        reserve_after_base(text),
        cut_glossed(text),
        base_merged_glossed(text),
        in_post_against_year_end(text),
        split_named_after(text),
        own_revenue_lead(text),
    ):
        reading = _read_spelled(respelled) if respelled is not None else None
        if reading is not None and reading.complete and not reading.contracts:
            return reading
    spelled = spell_out(text)
    if spelled is not None:
        reading = _read_spelled(spelled)
        if reading is not None:
            return reading
    reading = _fold_year_after_where(_read_sentence(text), text)
    active = given_active(text) if not reading.complete else None
    if active is not None:
        # "Năm 2021, Bộ Y tế giao Bệnh viện K 1.264 người ...": not read as written (the
        # giver before its verb was taken for the subject), read as the passive says it,
        # only where every figure is then read
        passive = _read_spelled(active)
        if passive is not None and passive.complete and not passive.contracts:
            return passive
    return reading


_ONE_PLACES = Message(
    "số hoặc năm so sánh được ghi là của một địa phương (cũ): không phải số của đơn vị câu nêu",
    "a figure or base glossed as one (former) place's: not the figure of the unit the sentence"
    " names",
)
_WHERE_WHOLE = re.compile(
    # (eng-latent6) what a figure's posts are given to, naming all of its category's bodies of
    # one place: "trong các cơ quan, tổ chức hành chính (nhà nước) (của/thuộc) tỉnh", "hưởng
    # lương từ ngân sách nhà nước trong các đơn vị sự nghiệp công lập (của tỉnh)"; a narrower
    # body ("cơ quan chuyên môn thuộc …", "các trường …") is none
    r"^(?:(?P<cc>trong\s+các\s+cơ\s+quan,?\s+tổ\s+chức\s+hành\s+chính(?:\s+nhà\s+nước)?)"
    r"|(?P<vc>(?:hưởng\s+lương\s+từ\s+ngân\s+sách(?:\s+nhà\s+nước)?\s+)?"
    r"trong\s+các\s+đơn\s+vị\s+sự\s+nghiệp\s+công\s+lập))"
    # ("… cấp thành phố", "… cấp tỉnh": all of its category's bodies of that level)
    r"(?:\s+(?:(?:của|thuộc)\s+)?(?:cấp\s+)?(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|bộ|ngành))?$",
    _I,
)
_YEAR_AFTER_BODIES = Message(
    "năm nêu sau các cơ quan, đơn vị được giao: không rõ số và mức giảm là của đơn vị nào",
    "the year follows the bodies given the posts: whose figure and change these are is unclear",
)
_WHERE_THEN_YEAR = re.compile(
    r"\s+(?P<where>[^\d;:()]{10,120}?)\s+năm\s+(?P<year>(?:19|20)[0-9]{2}),\s*(?=giảm|tăng)", _I
)


def _fold_year_after_where(reading: Reading, text: str) -> Reading:
    """(eng-latent6) "Giao 3.212 biên chế công chức trong các cơ quan, tổ chức hành chính thuộc
    tỉnh năm 2026, giảm 12 biên chế so với năm 2025": the year after the bodies given the posts
    is the figure's, and the cut after it the figure's own: one statement of that year. The
    reader had the figure yearless (a heading's year then filed it, 2025 under "Năm 2025") and
    the cut a unit of the bodies' name. Only where the bodies are all of the figure's category
    (`_WHERE_WHOLE`) and nothing but them and the year stands between figure and cut; else as
    read."""
    statements = reading.statements
    for index, (first, second) in enumerate(pairwise(statements)):
        if (
            first.value is None
            or first.value_span is None
            or first.changes
            or first.parts
            or first.subject.year is not None
            or first.subject.category not in (Category.CBCC, Category.VC)
            or first.subject.qualifier
            or second.value is not None
            or not second.changes
            or second.parts
            or second.subject.year is None
        ):
            continue
        gap = _WHERE_THEN_YEAR.match(text, _noun_end(text, first.value_span[1]))
        if gap is None or int(gap["year"]) != second.subject.year:
            continue
        cut = second.changes[0].spans[0][0]
        if cut < gap.end() or not re.fullmatch(r"(?:giảm|tăng)\s*", text[gap.end() : cut], _I):
            continue
        where = _WHERE_WHOLE.match(gap["where"].strip())
        if where is None or (where["cc"] is None) != (first.subject.category is Category.VC):
            # bodies narrower than the category ("các cơ quan chuyên môn thuộc …"): whose
            # figure and cut these are, no pass says safely
            spans = [first.value_span, *(span for c in second.changes for span in c.spans)]
            return Reading(orphans=[Orphan(span, _YEAR_AFTER_BODIES) for span in spans])
        first.subject = replace(first.subject, year=second.subject.year)
        first.changes = second.changes
        del statements[index + 1]
        break
    return reading


_COUNT_NOUN = re.compile(
    r"\s*(?:biên\s+chế(?:\s+(?:cán\s+bộ,?\s+)?công\s+chức)?|người\s+làm\s+việc"
    r"|số\s+lượng\s+người\s+làm\s+việc)",
    _I,
)


def _noun_end(text: str, end: int) -> int:
    found = _COUNT_NOUN.match(text, end)
    return found.end() if found is not None else end


def read_spelled(spelled: Spelled, read: Callable[[str], Reading] | None = None) -> Reading | None:
    """A sentence spelled out by its context (`chains.spell_from_to`), read (by `read`, the
    plain reader unless said) and mapped back to where each figure stands as written; None
    when a span read stands on added words."""
    return _read_spelled(spelled, read)


def _read_group(group: Group) -> Reading:
    """An item giving several bodies one amount each (`groups`): the group's sum as one unit,
    or each body named as a unit of the amount; all of it unread when any piece is not read
    as one plain figure of one unit."""
    declined = Reading(
        orphans=[Orphan(span, group.declined or NO_SUBJECT) for span in group.figures]
    )
    if group.declined is not None:
        return declined
    reading = Reading()
    for spelled in group.sentences:
        one = _read_spelled(spelled)
        if (
            one is None
            or not one.complete
            or one.contracts
            or one.outside
            or len(one.statements) != group.clauses
            or any(
                (bool(s.changes) != group.changed) or s.parts or s.value_span is None
                for s in one.statements
            )
        ):
            return declined
        reading.statements += one.statements
    reading.outside += group.outside
    return reading


class _UnplacedError(Exception):
    """A span of a spelled-out sentence that stands on words the spelling added."""


def _read_without(aside: tuple[Span, Spelled] | None) -> Reading | None:
    """The sentence spelled without an aside that is no figure (`aside`: its span as written,
    kept outside the plan, and the sentence spelled without it), read only where all the rest
    is then read; None otherwise."""
    if aside is None:
        return None
    reading = _read_spelled(aside[1])
    if reading is None or not reading.complete or reading.contracts:
        return None
    reading.outside.append(aside[0])
    return reading


def _read_spelled(spelled: Spelled, read: Callable[[str], Reading] | None = None) -> Reading | None:
    """The sentence spelled out, read (by `read`, the plain reader unless said), each
    figure's place mapped back to where it stands as written; None when a span read stands
    on words the spelling added."""
    reading = (read or _read_sentence)(spelled.text)
    by_figure = {s.value_span: s for s in reading.statements if s.value_span is not None}
    for first, link in spelled.alike:
        named, linked = by_figure.get(first), by_figure.get(link)
        if named is None or linked is None or identity(named) != identity(linked):
            return None  # the link's figure is not read as the unit the pair named first

    def back(span: Span) -> Span:
        moved = spelled.origin(span)
        if moved is None:
            raise _UnplacedError
        return moved

    try:
        moved: set[int] = set()
        for statement in reading.statements + reading.contracts:
            if statement.value_span is not None:
                statement.value_span = back(statement.value_span)
            # (a share's change too: "Khối A ... 2.252 biên chế công chức, giảm 128 ...")
            changes = statement.changes + [p.change for p in statement.parts if p.change]
            for change in changes:
                if id(change) not in moved:
                    moved.add(id(change))
                    change.spans = [back(span) for span in change.spans]
        for statement in reading.statements + reading.contracts:
            statement.parts = [replace(part, span=back(part.span)) for part in statement.parts]
        reading.orphans = [replace(orphan, span=back(orphan.span)) for orphan in reading.orphans]
        reading.outside = [back(span) for span in reading.outside] + list(spelled.dropped)
        if reading.shares_of_span is not None:
            reading.shares_of_span = back(reading.shares_of_span)
        if reading.many_named is not None:
            value, span, words = reading.many_named
            reading.many_named = (value, back(span), words)
    except _UnplacedError:
        return None
    return reading


def _read_whole(text: str) -> Reading | None:
    """The sentence read whole by one form (`whole`), before any of its items is tried."""
    shares = read_shares(text)
    if shares is not None:
        return shares
    besides = read_besides(text)
    if besides is not None:
        return besides
    goals = (
        read_goal_rates(text)
        or read_present_under_lead(text)
        or read_recruitment_quota(text)
        or read_recruitment_against_leavers(text)
        or read_vacancies_split(text)
        or read_outside_sentence(text)
    )
    if goals is not None:
        return goals
    return None


def _read_sentence(text: str) -> Reading:
    """The steps, in order: a form reading the sentence whole; else its items chosen and
    taken into statements one by one; the units listed inside others checked
    (`_check_lists`); the passes that revise the reading (`_revise_reading`)."""
    whole = _read_whole(text)
    if whole is not None:
        return whole
    reading = Reading()
    current: Statement | None = None
    last_change: Change | None = None
    after_value = False
    previous_end = 0
    fronted: tuple[int, re.Match[str]] | None = None
    by_figure: Statement | None = None
    listed: list[Statement] = []
    outer: Statement | None = None
    """The statement a parenthesis interrupts, which the sentence goes on with after it."""
    ranked: Statement | None = None
    """The last unit of a ranking ("Sở A cao nhất với N"), whose list may go on."""
    chosen = _items(text)
    late_lists: list[Statement] = []
    """Figures whose parts a clause lists after their change, to be added up at the end."""
    lead = LEADS_AGAINST_PREVIOUS.search(text)
    if lead is not None:
        chosen = [(kind, match) for kind, match in chosen if match.start() < lead.start()]
    vacancies = unused_clauses(text)
    leaving_spans = (
        set(leaver_lists(text))
        | held_outside(text)
        | leavers_after_a_semicolon(text)
        | overruns(text)
        | moved_of_all(text)
        | outside_clauses(text)
    )
    reading.outside += sorted(leaving_spans)
    leaver_ends = {verb.end() for verb in LEAVERS.finditer(text)}
    """Where a verb of leaving ends: the count right after it is people, whichever rule took
    it ("Bộ đã thực hiện tinh giản đối với 1.089 người, chủ yếu là ...")."""
    minimum_seen = False
    in_post_said = False
    in_post_parts: Span = (0, 0)
    """Where the breakdown of people in post put outside lies ("(cấp tỉnh 1.643 người, cấp
    huyện 1.457 người)"): its counts are people too."""
    """A count of people in post put outside: a shortfall against the posts given after it
    is how far they fall short, outside too."""
    each_seen = False
    leavers_breakdown: Span = (0, 0)
    marks = _Marks(text)
    clauses = _Clauses(text)
    """Where the breakdown of a count of leavers lies: the counts in it are people too."""
    among: set[int] = set()
    """The units whose list "trong đó" opens."""
    consists: set[int] = set()
    """The units whose list "gồm" opens (all their parts, by the word)."""
    previous_kind: str | None = None
    change_before_base = False
    figure_span: Span | None = None
    """The count of the item before: a qualifier written right after it is its own."""
    for kind, match in chosen:
        gap = text[previous_end : match.start()]
        previous_end = match.end()
        span = match.span("n") if "n" in match.re.groupindex else match.span()
        if span[0] < 0 and "m" in match.re.groupindex and match.group("m") is not None:
            span = match.span("m")  # a rule's other alternative holds the number in "m"
        after_approximate, after_change = previous_kind == "approximate", previous_kind == "change"
        # "giảm 238 biên chế so với năm 2021 (3.365 biên chế) (7,07%)": the base's figure
        # right after the change, then the change's rate (eng-chains6)
        after_change_base = previous_kind == "base" and change_before_base
        change_before_base = previous_kind == "change" and kind == "base" and not gap.strip()
        previous_kind = kind
        has_name = "obj" in match.re.groupindex and match.group("obj") is not None
        next_name = text[match.start() : match.end("obj")] if has_name else ""
        gap = _own_qualifier(gap, figure_span, reading, next_name)
        figure_span = span
        if after_change and (reason := _REASON_CLAUSE.match(gap)) is not None:
            # "giảm 62 người do sắp xếp đơn vị hành chính cấp xã; năm 2026 còn 1.500 người":
            # why the change was made, never whose the next figure is
            gap = gap[reason.end() :]
        if kind == "in-full":
            restated = parsed_count(match, reading) if match.group("n") else None
            if (
                current is None
                or current.value is None
                or not _GIVES.search(gap)
                or ";" not in gap
                or (match.group("n") and restated != current.value)
            ):
                reading.orphans.append(Orphan(match.span(), NO_SUBJECT))
                continue
            if match.group("n"):
                reading.outside.append(span)  # the same figure, said again
            after_value = True  # "..., gồm: ..." lists that figure's parts
            continue
        if span in leaving_spans:
            continue  # one of a list of people leaving: outside already
        if "b" in match.re.groupindex:
            reading.outside.append(match.span("b"))  # the bodies cut with the posts
        if (
            after_approximate
            and kind == "change"
            and match.group("pct")
            and _AFTER_COUNT.fullmatch(gap)
        ):
            # "giảm gần 4.980 biên chế (giảm 6,7% so với năm 2015)": the rate of a round
            # count is as round, outside the plan with it
            reading.outside.append(span)
            continue
        if kind == "fronted":
            fronted = (int(match.group("base")), match)
            continue
        if kind == "paren-rate":
            # "giảm 88 biên chế (5,05%)": the rate of the change just before, and only that
            if (
                (after_change or after_change_base)
                and not gap.strip()
                and current is not None
                and current.changes
            ):
                _take_rate(match, current.changes[-1], reading)
            else:
                reading.orphans.append(Orphan(span, _NO_CHANGE_FOR_RATE))
            continue
        if leavers_breakdown[0] <= match.start() < leavers_breakdown[1]:
            # "giải quyết cho 2.348 trường hợp, trong đó 1.863 cán bộ, công chức, viên chức và
            # 485 người ...": the leavers' own breakdown, people as they are (a malformed
            # number stays unplaced, to be reported as such)
            if _whole(text[span[0] : span[1]]):
                reading.outside.append(span)
            else:
                reading.orphans.append(Orphan(span, NO_SUBJECT))
            continue
        leaving = LEFT.match(text, span[1]) if span[1] > 0 else None
        if leaving is not None and kind == "change":
            # "Năm 2025 giảm 312 viên chức nghỉ việc so với năm 2024": a cut of posts, or of
            # the people leaving? Not said, so not read (outside, a cut would be hidden)
            reading.orphans.append(Orphan(span, NO_SUBJECT))
            continue
        if kind == "value" and _LEAVERS_NAMED.search(gap):
            # "Số người đã được giải quyết chính sách tinh giản biên chế ... là 642 người":
            # the subject counts people who left
            kind = "leavers"
        period = _LEAVERS_PERIOD.search(text, max(0, span[0] - 60), span[0])
        if span[0] in leaver_ends or (reading.people and period):
            # "...; riêng 11 tháng năm 2024 là 203 người": after a count of leavers, the
            # share of a part of its period is people too
            kind = "leavers"
        elif (period is not None and period.group("months")) or (
            kind in ("value", "bare") and (_SETTLED.search(gap) or _AVERAGE.search(gap))
        ):
            # "riêng 9 tháng năm 2024 là 160 người" after a cut: what some months gave, no
            # figure of the year; "giải quyết chính sách ... cho 57 biên chế": the subject is
            # a policy carried out, no unit; "biên chế bình quân của các đơn vị ... là 32": an
            # average, no unit's figure. None is read (nor put outside).
            reading.orphans.append(Orphan(span, NO_SUBJECT))
            continue
        if kind == "leavers" or leaving is not None:
            reading.people = True
            if kind == "leavers":
                # "tinh giản 11 cán bộ, 5 công chức và 15 người ...": every count of the list
                reading.outside += [
                    (match.start() + each.start(), match.start() + each.end())
                    for each in A_NUMBER.finditer(match.group())
                ]
            leavers_breakdown = _breakdown(
                text, max(match.end(), leaving.end() if leaving else 0), marks
            )
            # counts no rule takes ("1.863 cán bộ, công chức, viên chức và 485 người ...")
            # (a malformed one stays, to be reported as such)
            reading.outside += [
                m.span() for m in _COUNT.finditer(text, *leavers_breakdown) if _whole(m.group())
            ]
        if (
            kind != "leavers"
            and not after_value
            and clauses.left_out(span[0])
            and any(s.value is not None or s.changes for s in reading.statements)
            and _POSTS_NAMED_AFTER.match(text, span[1])
        ):
            # (eng-latent3) "..., giảm 4 biên chế so với năm 2025 (không tính trong tổng số
            # 10 biên chế dự phòng)": left out of the figure the sentence states before it,
            # after that figure's change: posts of another unit, never set aside unsaid
            reading.orphans.append(Orphan(span, _LEFT_OUT_OF_FIGURE))
            continue
        if (
            kind == "leavers"
            # "chưa bao gồm 524 biên chế giáo viên", "không bao gồm biên chế cấp xã và 38 biên
            # chế các hội": what the clause leaves out, where no figure precedes it
            or (not after_value and clauses.left_out(span[0]))
            # "giảm thêm 10% đơn vị sự nghiệp công lập": a share of bodies, not of posts
            or (
                kind == "change"
                and match.group("pct")
                and NOT_STAFF_AFTER.match(text, match.end("pct"))
            )
            or leaving is not None
            # "giảm 19 hợp đồng so với năm 2021": a count of contracts, whatever rule took it
            or (span[1] > 0 and _CONTRACTS_AFTER.match(text, span[1]))
            # "168 người (không thuộc biên chế)": the text says what it counts holds no post
            or (span[1] > 0 and _NOT_POSTS_SAID.match(text, span[1]))
            # "đề nghị Bộ Nội vụ xem xét bổ sung 20 biên chế": posts asked for, not given
            or (kind in ("supplement", "subset") and _ASKED.search(_clause_before(text, span[0])))
            # "đồng thời chưa giảm 143 người làm việc ...": a cut not made is no change
            or (kind == "change" and _NOT_YET.search(gap))
            # "... vì giai đoạn 2015 - 2021 ngành này đã giảm 45%": a past rate given as a
            # reason, of no figure, is none of the plan's
            or (
                kind == "change"
                and match.group("pct")
                and not SO_VOI_WORDS.search(match.group())
                # (the clause's last 200 characters: a bound, so reading stays linear)
                and _REASON.search(
                    _clause_before(text[max(0, match.start() - 200) : match.start()], 200)
                )
            )
            # "số người hưởng lương từ ngân sách nhà nước đã giảm 86.300 người": people on the
            # payroll, of no body and no category of posts, counted (compared with a year, it
            # may be a claim: reported, never put outside)
            or (kind == "change" and not _compared(match) and _PAYROLL.search(gap))
            # "... hiện có vượt số lượng quy định (143 người)": people above a quota
            or kind in ("surplus", "contract-named")
            # "số cấp phó giảm 173 người": positions held, not posts of a unit
            or (kind == "change" and _POSITIONS.search(gap))
            # "Trong ba năm 2016 - 2018, số người hưởng lương từ ngân sách nhà nước đã giảm
            # 86.300 người": people off the payroll over years, compared with no figure
            or (kind == "change" and not _compared(match) and _PAYROLL_OVER_YEARS.search(gap))
        ):
            # "Bộ X: 1.000 người xin nghỉ việc": leavers, whatever rule took the count
            reading.outside.append(span)
            continue
        if kind == "each":
            if not _THE_REST.search(text, 0, match.start()):
                # "Bốn cơ quan sau đây, mỗi cơ quan được tăng 1 biên chế": an amount for each
                # body of a list; which bodies, and whether they are all, is not read here
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            each_seen = True  # "các huyện còn lại mỗi huyện 100": the rest, unnamed
        if kind == "subset-named":
            whole_of = _subset_whole(text, match, reading, match.start("opener"))
            if whole_of is None:
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            teachers_named = " ".join(match.group("obj").split())
            subject = Subject(Kind.CATEGORY, teachers_named, Category.VC, qualifier=teachers_named)
            statement = Statement(subject, container=whole_of, sets_year=False, subset=True)
            reading.statements.append(statement)
            _take_value(match, statement, reading)
            continue
        if kind in ("subset-held", "subset-added", "subset-duty"):
            # the posts a body holds, the posts added, or the posts of a duty, inside the figure
            # just stated
            held = (
                _added_subset(text, match, reading)
                if kind == "subset-added"
                else _held_subset(text, match, reading, duty=kind == "subset-duty")
            )
            if held is None:
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            reading.statements.append(held)
            _take_value(match, held, reading)
            continue
        if kind == "subset-sector":
            before = reading.statements[-1] if reading.statements else None
            counted_in: Statement | None
            framed: Subject | None
            if match.group("also"):
                # right after another subset of the same figure, and of nothing else
                if before is None or not before.subset or gap.strip():
                    reading.orphans.append(Orphan(span, NO_SUBJECT))
                    continue
                counted_in, framed = before.container, replace(before.subject, name="")
            else:
                counted_in = _subset_whole(text, match, reading)
                framed = _subset_frame(text, match.start("n")) if counted_in is None else None
            of_part = None
            if counted_in is None and framed is None and match.group().startswith("("):
                # "gồm 118 biên chế công chức và 1.896 người làm việc (trong đó có 1.702 viên
                # chức giáo dục)": some of the list's viên chức, as teachers are (eng-at1)
                of_part = _subset_part(text, match, reading)
                if of_part is not None:
                    counted_in = reading.statements[-1]
            if counted_in is None and framed is None:
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            people = " ".join(match.group("obj").split())
            subject = replace(framed or Subject(Kind.CATEGORY, "", Category.VC), name=people)
            subject = replace(subject, qualifier=people)
            statement = Statement(subject, container=counted_in, sets_year=False, subset=True)
            statement.of_part = of_part
            reading.statements.append(statement)
            _take_value(match, statement, reading)
            continue
        if kind == "subset" and POSTS_HELD_BY.search(match.group()):
            added = (
                _ADDED_AFTER.match(text, match.end()) if _TEACHERS.search(match.group()) else None
            )
            if added is not None:
                # "có 65.980 biên chế giáo viên bổ sung cho các địa phương", "386 biên chế giáo
                # viên do Ban Tổ chức Trung ương giao bổ sung": teachers' posts added, a unit of
                # their own (as "Giao bổ sung N biên chế giáo viên" is), not a subset outside
                subject = Subject(
                    Kind.CATEGORY, "giáo viên bổ sung", Category.VC, qualifier="giáo viên bổ sung"
                )
                statement = Statement(subject, member=True, sets_year=False)
                reading.statements.append(statement)
                _take_value(match, statement, reading)
                previous_end = added.end()
                continue
            counted_in = _subset_whole(text, match, reading)
            framed = _subset_frame(text, match.start("n")) if counted_in is None else None
            of_part = _subset_part(text, match, reading) if counted_in is None else None
            if of_part is not None:
                counted_in, framed = reading.statements[-1], None
            if counted_in is not None or framed is not None:
                # (opening its own sentence, "Trong đó có 9.870 giáo viên ...", it is some of
                # the figure the sentence before stated: whose, the build says)
                # "1.642 người, trong đó có 1.488 giáo viên": some of the figure just stated,
                # counted apart, a unit of its own (read only right after that figure)
                teachers = _subset_name(text, match.end("n"))
                subject = replace(
                    framed or Subject(Kind.CATEGORY, "", Category.VC),
                    name=teachers,
                    qualifier=teachers,
                )
                statement = Statement(subject, container=counted_in, sets_year=False, subset=True)
                statement.of_part = of_part
                if counted_in is None:
                    statement.point = _frame_point(text, match.start("n"))
                reading.statements.append(statement)
                _take_value(match, statement, reading)
                continue
        if kind == "among-one":
            count = headcount(match.group("n"))
            sector = read_subject(match.group("obj"))
            if (
                current is None
                or not after_value
                or current.value is None
                or count is None
                or count >= current.value
                or sector.kind not in (Kind.CATEGORY, Kind.BLOCK)
            ):
                reading.orphans.append(Orphan(span, NO_SUBJECT))
            else:
                reading.outside.append(span)
            continue
        if kind == "range":
            low, high = parsed_count(match, reading), _counted(match.group("m"))
            if low is None or high is None or low >= high:
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            reading.outside.append(match.span("m"))
        if in_post_parts[0] <= match.start() < in_post_parts[1]:
            continue  # a part of the people in post just put outside: outside with them
        if kind in ("in-post-named", "in-post"):
            in_post_said = True
            if "n2" in match.re.groupindex and match.group("n2"):
                reading.outside.append(match.span("n2"))
            if "more" in match.re.groupindex and match.group("more"):
                reading.outside += [
                    (match.start("more") + m.start(), match.start("more") + m.end())
                    for m in A_NUMBER.finditer(match.group("more"))
                ]
            in_post_parts = people_breakdown(text, match.end())
            reading.outside += [
                m.span("n") for m in PEOPLE.finditer(text, *in_post_parts) if _whole(m.group("n"))
            ]
            split = in_post_split(text, match.end()) if in_post_parts == (0, 0) else []
            if split:
                # "..., gồm 138 công chức và 2.433 viên chức": their split, people too
                in_post_parts = (split[0][0], split[-1][1])
                reading.outside += split
        if (
            kind == "subset"
            and not PEOPLE_BY_TRAIT.search(match.group())
            and not any(start <= match.start() < end for start, end in vacancies)
        ):
            sibling = _subset_sibling(text, match, reading)
            if sibling is not None:
                # "..., trong đó có 870 giáo viên, 20 nhân viên y tế": each some of one figure
                reading.statements.append(sibling)
                _take_value(match, sibling, reading)
                continue
            if any(
                end <= span[0] for each in reading.statements for _, end in spans_of(each)
            ) or _SUBSET_FRAME.fullmatch(text, 0, match.start("n")):
                # "1.000 người làm việc, 20 nhân viên", "Trong số công chức năm 2025 có 20
                # giáo viên": posts of a figure (the one before, the one the frame points
                # at) held by a trade, no subset read: never set aside, not understood
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
        if kind in (
            "subset",
            "contract",
            "approximate",
            "per-year",
            "minimum",
            "each",
            "in-post",
            "in-post-named",
            "range",
            "asked",
        ) or any(start <= match.start() < end for start, end in vacancies):
            reading.outside.append(span)
            continue
        if kind == "change" and match.group("pct") and _MINIMUM.search(match.group()):
            # "Đến năm 2026, giảm tối thiểu 10% biên chế sự nghiệp ...": a rule the plan
            # sets itself (a target), not a change its figures make
            reading.outside.append(span)
            minimum_seen = True
            continue
        if kind == "base" and current is None and minimum_seen:
            continue  # "... so với số biên chế được giao năm 2021" of the minimum above
        if kind == "object":
            # "gồm 900 biên chế giao cho các sở, ngành và 892 biên chế giao cho UBND cấp
            # huyện": the unit follows its figure.
            subject = read_subject(match.group("obj"))
            if subject.kind is None or current is None:
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            statement = Statement(replace(subject, year=None), container=current)
            reading.statements.append(statement)
            _take_value(match, statement, reading)
            continue
        if kind == "reserve-beside":
            kept_aside = _reserve_beside(reading)
            if kept_aside is None or kept_aside.container is None:
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            reading.statements.append(kept_aside)
            _take_value(match, kept_aside, reading)
            shared = kept_aside.container
            shares = [s for s in reading.statements if s.container is shared]
            if sum(s.value or 0 for s in shares) != shared.value:
                # the bodies' posts and the reserve are not all of the figure (or a slip):
                # which, the text does not say
                for share in shares:
                    drop(reading, share, _SOME_OR_ALL)
            continue
        if kind == "set-aside":
            # of the posts of the count right before it (their category), or of the sentence's
            posts_before = (
                current if current is not None and current.value_span is not None else None
            )
            if posts_before is not None and posts_before.value_span is not None:
                between = text[posts_before.value_span[1] : match.start()].strip(" ,")
                if between not in ("", "biên chế", "chỉ tiêu"):
                    reading.orphans.append(Orphan(span, NO_SUBJECT))
                    continue
            statement = Statement(
                Subject(
                    Kind.BLOCK,
                    "Dự phòng",
                    posts_before.subject.category if posts_before is not None else None,
                    where=Scope.RESERVE,
                ),
                container=posts_before.container if posts_before is not None else None,
            )
            reading.statements.append(statement)
            _take_value(match, statement, reading)
            current = statement
            previous_end = match.end()
            continue
        if kind == "kept-after":
            if (
                current is None
                or current.value_span is None
                or current.changes
                or text[current.value_span[1] : match.start()].strip(" ,")
                not in ("", "biên chế", "người", "chỉ tiêu")
            ):
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            current.changes.append(Change(False, 0, None, None, []))
            continue
        if kind == "same":
            names = [n for n in _SAME_SPLIT.split(gap.strip(" ;,")) if n.strip()]
            subjects = [read_subject(name) for name in names]
            if (
                fronted is None
                or not subjects
                or any(s.kind not in (Kind.BLOCK, Kind.CATEGORY, Kind.TOTAL) for s in subjects)
            ):
                reading.orphans.append(Orphan(match.span(), NO_SUBJECT))
                continue
            for subject in subjects:
                same = Statement(replace(subject, year=None))
                same.changes.append(Change(False, 0, None, fronted[0], []))
                reading.statements.append(same)
            current = None
            continue
        if kind == "roll":
            subject = read_subject(match.group("obj"))
            continuing = bool(listed) and listed[-1] is reading.statements[-1]
            if continuing and subject.kind is None and _PLACE.fullmatch(match.group("obj")):
                subject = Subject(Kind.BLOCK, match.group("obj"))  # "..., Điện Bàn 120"
            if subject.kind not in (Kind.BLOCK, Kind.CATEGORY) or subject.year is not None:
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            if subject.kind is Kind.BLOCK and subject.category is None and continuing:
                subject = replace(subject, category=listed[-1].subject.category)
            statement = Statement(subject, container=listed[-1].container if continuing else None)
            reading.statements.append(statement)
            if continuing:
                listed.append(statement)
            _take_value(match, statement, reading)
            continue
        if kind == "recall":
            current = Statement(Subject(None, "", anaphora=True))
            reading.statements.append(current)
            after_value = _take_value(match, current, reading)
            continue
        if kind == "topic":
            found = kind_of(match.group("cat"))
            if found is None or found.category is None:
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            year = int(match.group("y")) if match.group("y") else None
            current = Statement(Subject(Kind.CATEGORY, match.group("cat"), found.category, year))
            reading.statements.append(current)
            after_value = _take_value(match, current, reading)
            continue
        if kind == "other-body":
            _take_other_body(match, current, reading)
            continue
        if kind == "reserve":
            found = kind_of(match.group("cat"))
            said = read_subject(gap)
            # who keeps it ("..., UBND tỉnh để lại"): the last clause names no unit
            if found is None or found.category is None or read_subject(gap.rsplit(",", 1)[-1]).kind:
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            subject = Subject(
                Kind.BLOCK, "Dự phòng", found.category, said.year, where=Scope.RESERVE
            )
            current = Statement(subject)
            reading.statements.append(current)
            after_value = _take_value(match, current, reading)
            continue
        if (
            kind == "rest"
            and listed
            and listed[-1].container is current
            # ("2.316 biên chế giao và 20 biên chế dự phòng": the posts given, by standing)
            and re.fullmatch(rf"{STANDING}|giao", listed[-1].subject.name, _I)
            and re.fullmatch(STANDING, match.group("obj"), _I)
        ):
            kind = "status"  # "4.235 biên chế chính thức và 1.383 biên chế dự phòng"
        if kind == "block-after":
            owner = _block_list_owner(match, gap, current, listed, after_value)
            subject = read_subject(match.group("obj"))
            item_category = _item_category(match)
            if (
                owner is None
                or owner.value is None
                or not _item_fits(subject, item_category, owner)
            ):
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            block_category = item_category or subject.category or owner.subject.category
            statement = Statement(
                replace(subject, year=owner.subject.year, category=block_category),
                container=owner,
                sets_year=False,
            )
            reading.statements.append(statement)
            listed.append(statement)
            _take_value(match, statement, reading)
            continue
        if kind == "held-by":
            if (
                after_value
                and _ENUMERATING.search(gap)
                and (not _LIST_WORDS.search(gap) or _AMONG.search(gap))
            ):
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            kind = "paid"  # read as the parts by workplace are
        if kind in ("paid", "status", "sector"):
            # parts of the count just stated, after "trong đó" / "gồm" / "(", or the next of them
            owner = current if after_value and _ENUMERATING.search(gap) else None
            if (
                owner is None
                and listed
                and listed[-1].container is current
                and gap.strip(" ,;") in ("và", "")
            ):
                owner = current
            named_again = _NAMED_AGAIN.fullmatch(gap) if not reading.statements else None
            if owner is None and named_again is not None:
                # "Nhóm sự nghiệp khác gồm 201 người ở ... và 938 người ở ...": a unit stated
                # before, named again with no figure, and its parts
                said = read_subject(named_again.group("name"))
                if said.kind in (Kind.BLOCK, Kind.CATEGORY) and said.year is None:
                    owner = current = Statement(said)
                    reading.statements.append(owner)
            named = match.group("obj")
            if kind == "sector":
                # a sector is the category line it names ("sự nghiệp y tế"), of its owner's
                # category only
                subject = read_subject(named)
                if _ENUMERATING.search(gap) and (not _LIST_WORDS.search(gap) or _AMONG.search(gap)):
                    # "(không tính 1.591 biên chế sự nghiệp ...)", "trong đó 500 biên chế sự
                    # nghiệp y tế": left out, or maybe the largest few, never all the parts
                    owner = None
                if subject.kind is Kind.BLOCK and subject.where is not None and owner:
                    subject = replace(subject, category=owner.subject.category)  # a level's
                elif owner is None or (
                    subject.kind is not Kind.CATEGORY
                    or owner.subject.category not in (None, subject.category)
                ):
                    owner = None
            else:
                paid_category = owner.subject.category if owner is not None else None
                if paid_category is None and owner is not None and _WORKING.search(match.group()):
                    # "..., 1.998 biên chế công chức khối chính quyền và 29.415 người làm việc
                    # hưởng lương từ ngân sách ...": in a total of all, the VC category's name
                    paid_category = Category.VC
                part_name = capital(re.sub(r"^ở\s+|\s+", " ", named).strip())
                if paid_category is Category.VC and former_place(named) is not None:
                    # "gồm 12.380 người của Bộ A (cũ) và ...": an old body's people, a unit
                    # apart from its công chức ("Bộ A (cũ) có 5.870 biên chế") of that year
                    part_name = f"Người làm việc của {named.strip()}"
                subject = Subject(Kind.BLOCK, part_name, paid_category, where=scope_of(named))
            if owner is None:
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            statement = Statement(subject, container=owner, sets_year=False)
            statement.subject = replace(statement.subject, year=owner.subject.year)
            reading.statements.append(statement)
            listed.append(statement)
            _take_value(match, statement, reading)
            continue
        if kind == "including":
            if current is None or current.value is None or not after_value:
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            statement = Statement(
                Subject(Kind.BLOCK, "Dự phòng", where=Scope.RESERVE), container=current
            )
            statement = replace(
                statement, subject=replace(statement.subject, category=current.subject.category)
            )
            if not OPENS.search(text):
                if current.subject.kind is Kind.BLOCK and current.subject.where is None:
                    # "- Sở Y tế: 120 biên chế (trong đó 3 biên chế dự phòng);": a body's own
                    # reserve (never the text's), some of its figure: a subset of the body,
                    # only right after that figure and smaller than it
                    own_reserve = _own_reserve(text, match, reading)
                    if own_reserve is None:
                        reading.orphans.append(Orphan(span, NO_SUBJECT))
                        continue
                    reading.statements.append(own_reserve)
                    _take_value(match, own_reserve, reading)
                    continue
                # "..., kể cả 420 người dự phòng." with no list of the other parts after it:
                # some of the figure's posts, a unit of its own (as its only part, the figure
                # would be reported as not adding up)
                statement.container, statement.member = None, True
            reading.statements.append(statement)
            _take_value(match, statement, reading)
            continue
        if kind == "item":
            if read_subject(match.group("obj")).kind not in (Kind.BLOCK, Kind.CATEGORY):
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            gap = match.group("obj")
            kind = "value"
        if kind == "scoped":
            if match.group("lead").strip() != ",":
                owner = current if after_value and current is not None else None
            elif listed and listed[-1].subject.where is not None and not gap.strip():
                owner = listed[-1].container  # the next item of the same list
            else:
                owner = None
            if owner is None or owner.value is None:
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            subject = read_subject(match.group("obj"))
            subject = replace(subject, year=owner.subject.year, category=owner.subject.category)
            statement = Statement(subject, container=owner, sets_year=False)
            reading.statements.append(statement)
            listed.append(statement)
            _take_value(match, statement, reading)
            continue
        if kind == "rest":
            owner = listed[-1].container if listed else current.container if current else None
            if (
                owner is None
                and current is not None
                and (
                    current.subject.kind is Kind.TOTAL
                    # "Giao biên chế các cơ quan Đảng ... là 1.132 biên chế, gồm 952 biên chế
                    # cán bộ, công chức, 172 biên chế viên chức và 8 biên chế dự phòng": a
                    # block's own reserve, where its categories and it add up to the figure,
                    # or its categories alone do (the reserve left out of the sum: a slip the
                    # check reports, `_reserve_closes`).
                    # Never of "Tổng biên chế <block>", which may be the document's total a
                    # table restates under another name: the reserve, one unit by its name,
                    # would leave that table's total without it.
                    or (
                        (
                            current.subject.kind is Kind.BLOCK
                            # the text's own province, unnamed, its figure split
                            # (`_own_place_split`), eng-probe5
                            or (
                                current.subject.kind is None
                                and _OWN_PLACE.fullmatch(current.subject.name) is not None
                            )
                        )
                        and current.value_span is not None
                        and not _SUMMING_WORD.search(text, 0, current.value_span[0])
                        and match.group("obj").lower().startswith("dự")
                        and current.value is not None
                        and (reserved := headcount(match.group("n"))) is not None
                        and _reserve_closes(current, reserved)
                    )
                )
                and _parts_listed(current, gap)
            ):
                # "là 849 biên chế, gồm: 690 biên chế cán bộ, công chức; 151 biên chế viên
                # chức; 8 biên chế dự phòng": the reserve after the total's categories (a
                # block's own reserve would not be told from the document's)
                owner = current
            subject = read_subject(match.group("obj"))
            named = kind_of(text[match.end("n") : match.start("obj")].strip())
            if (
                owner is None
                or not (_listed_before(reading, owner) or owner is current)
                or subject.kind is None
                # "..., 2.036 biên chế công chức, ... và 110 biên chế công chức cấp tỉnh": a
                # second count of a category already a part is no rest of the list (a
                # category's reserve, "và 8 biên chế công chức dự phòng", still is)
                or (
                    named is not None
                    and not match.group("obj").lower().startswith("dự")
                    and named.category is not None
                    and any(part.category is named.category for part in owner.parts)
                )
            ):
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            stated = kind_of(match.group("cat")) if match.group("cat") else None
            if stated is not None and stated.category is not None:
                subject = replace(subject, category=stated.category)
            if subject.category is None:
                subject = replace(subject, category=owner.subject.category)
            statement = Statement(replace(subject, year=None), container=owner)
            reading.statements.append(statement)
            _take_value(match, statement, reading)
            continue
        if kind in ("part-time-named", "part-time-left-out"):
            subject = read_subject(match.group("obj"))
            statement = Statement(replace(subject, year=None), sets_year=False)
            reading.statements.append(statement)
            _take_value(match, statement, reading)
            continue
        if kind == "supplement":
            subject = read_subject(match.group("obj"))
            if _TEACHERS.match(match.group("obj")):
                # "bổ sung 358 biên chế giáo viên mầm non": teachers' posts are viên chức
                words = qualifier(match.group("obj"), LexKind.VC)
                subject = Subject(Kind.CATEGORY, match.group("obj"), Category.VC, qualifier=words)
            if subject.kind is not Kind.CATEGORY:
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            subject = replace(subject, qualifier=f"{subject.qualifier} bổ sung".strip())
            current = Statement(replace(subject, year=None), member=True, sets_year=False)
            reading.statements.append(current)
            after_value = _take_value(match, current, reading)
            school_year = _SCHOOL_YEAR.match(text, match.end())
            previous_end = school_year.end() if school_year else match.end()
            continue
        if kind == "present":
            # "Hiện có 1.641 công chức": the staff in post, a unit apart from the posts given
            found = kind_of(match.group("cat")) if "cat" in match.re.groupindex else None
            if found is None or found.category is None:
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            on_day = int(match.group("dy")) if match.group("dy") else None
            subject = Subject(
                Kind.CATEGORY, match.group("cat"), found.category, on_day, qualifier=IN_POST
            )
            current = Statement(subject, sets_year=False)
            reading.statements.append(current)
            # "(cấp tỉnh 1.643 người, cấp huyện 1.457 người)" may follow: its parts
            after_value = _take_value(match, current, reading)
            continue
        if kind == "present-of":
            if (
                current is None
                or current.value is None
                or current.subject.kind not in (Kind.BLOCK, Kind.CATEGORY)
                or current.subject.qualifier.startswith(IN_POST)
                or gap.strip()
            ):
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            posts = current.subject
            if match.group("dy"):
                posts = replace(posts, year=int(match.group("dy")))
            if posts.kind is Kind.BLOCK:
                subject = replace(posts, name=f"{posts.name} {IN_POST}")
            else:
                subject = replace(posts, qualifier=f"{IN_POST} {posts.qualifier}".strip())
            # of the posts' year; never one of a list's parts, nor a figure of the posts
            present = Statement(subject, member=True, sets_year=False)
            reading.statements.append(present)
            _take_value(match, present, reading)
            if _CHANGE_NEXT.match(text, match.end()):
                # "212 biên chế, có mặt 198 người, giảm 5 người so với năm 2022": the change
                # of the people, whose category is not said, or of the posts? Not read.
                reading.orphans.append(Orphan(span, NO_SUBJECT))
            continue
        if kind == "present-pair":
            # two categories in post on one day: each its unit apart, never a total's parts
            first, second = kind_of(match.group("cat")), kind_of(match.group("cat2"))
            if (
                first is None
                or second is None
                or first.category is None
                or second.category is None
                or first.category is second.category
            ):
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            dated = "dy" in match.re.groupindex and match.group("dy")
            on_day = int(match.group("dy")) if dated else None
            for group, found in (("n", first), ("n2", second)):
                count = count_of(match, group, reading)
                if count is None:
                    continue
                subject = Subject(
                    Kind.CATEGORY,
                    match.group(f"cat{group[1:]}"),
                    found.category,
                    on_day,
                    qualifier=IN_POST,
                )
                current = Statement(subject, count, match.span(group), sets_year=False)
                reading.statements.append(current)
            continue
        if kind == "below-given":
            if (
                not in_post_said
                and not _IN_POST_SUBJECT.match(text)
                and (current is None or not current.subject.qualifier.startswith(IN_POST))
            ):
                # after posts, a shortfall against "số được giao" of no year is a comparison
                # not read
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            reading.outside.append(span)
            if "m" in match.re.groupindex and match.group("m"):
                reading.outside.append(match.span("m"))
            continue
        if kind == "extreme":
            # "trong đó Sở Nông nghiệp ... nhiều nhất với 440 biên chế", "nhiều nhất là thị
            # xã Điện Bàn 114 biên chế": one unit inside another's figure, not a part of it.
            subject = read_subject(match.group("obj"))
            if subject.kind is not Kind.BLOCK or not _proper(subject.name):
                # "đơn vị nhiều nhất với 114 biên chế" names no one body ("Sở Tư pháp")
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            if subject.category is None and current is not None:
                subject = replace(subject, category=current.subject.category)
            statement = Statement(replace(subject, year=None), member=True, sets_year=False)
            reading.statements.append(statement)
            _take_value(match, statement, reading)
            ranked = statement
            continue
        if kind == "listed-last":
            # "..., gồm A 15 người và Trung tâm Văn hóa, Thông tin và Thể thao 22 người.": the
            # last item of a list, its name holding commas: a part only where all add up
            kind = "listed-unit"
            if _LIST_WORDS.search(match.group("obj")):
                # "và các đơn vị khác, trong đó Trung tâm B 22 người": some of the others
                reading.orphans.append(Orphan(span, _SOME_OR_ALL))
                continue
            if current is not None and listed and listed[-1].container is current:
                late_lists.append(current)
        if kind in ("listed", "listed-unit"):
            # "30.709 biên chế, trong đó sự nghiệp giáo dục 23.379; sự nghiệp y tế 5.262":
            # the unit's parts, each named before its count; only right after its value.
            opening = match.group("lead").strip() not in (";", ",", "và")
            if opening and current is not None and _AMONG.search(match.group("lead")):
                among.add(id(current))
            if opening and current is not None and _CONSISTS.search(match.group("lead")):
                consists.add(id(current))
            skipped = not opening and not _BETWEEN_ITEMS.fullmatch(gap)
            late = (
                opening
                and not after_value
                and current is not None
                and current.value is not None
                and bool(current.changes)
                and match.group("lead").startswith(";")
                and not gap.strip()
            )
            if late and current is not None:
                # "là 48.562, giảm 3.449 ..., tỷ lệ giảm 6,63%; gồm khối A 1.684, ...": a
                # clause listing the figure's parts after its change, read only where they
                # add up to the figure (a change may be broken down the same way)
                late_lists.append(current)
            # ", UBND các huyện, thành phố 841 biên chế": words skipped before the item's name
            # are the name's, so it is no item of a list
            if (
                current is None
                or skipped
                or (opening and not after_value and not late)
                or (not opening and (not listed or listed[-1].container is not current))
            ):
                if kind == "listed-unit" and not opening and ranked is not None:
                    # "trong đó Sở A cao nhất với 6.300 người, Sở B 4.985 người": the next of
                    # a ranking, a unit of its own like the first, never a part
                    subject = read_subject(match.group("obj"))
                    if subject.kind is not Kind.BLOCK or not _proper(subject.name):
                        reading.orphans.append(Orphan(span, NO_SUBJECT))
                        continue
                    statement = Statement(
                        replace(subject, year=None, category=ranked.subject.category),
                        member=True,
                        sets_year=False,
                    )
                    reading.statements.append(statement)
                    _take_value(match, statement, reading)
                    continue
                if (
                    kind == "listed-unit"
                    # "Biên chế công chức năm 2026 được phân bổ gồm: các vụ ... 412 biên
                    # chế": a list's first item is never its owner's figure
                    and not (opening and current is None and read_subject(gap).kind is not None)
                    and (
                        match.group("word").lower() != "người"
                        # "..., cụ thể công chức 897 người, viên chức 1.190 người": a whole
                        # category's people, a part of a figure of no category, eng-parts6
                        or (
                            _WHOLE_CATEGORY.fullmatch(match.group("obj").strip()) is not None
                            and current is not None
                            and (current.container or current).subject.category is None
                        )
                        # "...; số lượng người làm việc 22.360 người": a category's count,
                        # opening a clause of its own where nothing opened a list (never
                        # "..., trong đó sự nghiệp y tế 500 người": the largest few)
                        or (
                            match.group("lead").strip() == ";"
                            and not _ENUMERATING.search(match.group("obj"))
                            and read_subject(match.group("obj")).kind is Kind.CATEGORY
                            and not _LIST_WORDS.search(text, 0, match.start("n"))
                        )
                        # "Đến năm 2026, số lượng người làm việc 2.896 người, ...": after a
                        # comma, the category's own name said whole, in its own word
                        # (eng-chains6)
                        or (
                            match.group("lead").strip() == ","
                            and _PEOPLE_AT_WORK.fullmatch(match.group("obj").strip())
                            and not _LIST_WORDS.search(text, 0, match.start("n"))
                        )
                    )
                ):
                    # "Sở Công Thương 206 biên chế, Thanh tra thành phố 202 biên chế": no
                    # list opened, so each is a unit with its own count
                    if _other_category_listed(match, current):
                        # "công chức là 3.000 biên chế, trong đó cấp tỉnh 1.800 biên chế viên
                        # chức": a part saying another category after its count is none
                        reading.orphans.append(Orphan(span, NOT_ITS_LIST))
                        continue
                    gap += text[match.start() : match.start("n")]
                    kind = "bare"
                else:
                    reading.orphans.append(Orphan(span, NO_SUBJECT))
                    continue
        owner = current
        if (
            kind in ("listed", "listed-unit")
            and current is not None
            and _closes_parts(gap)
            and _parts_in_parenthesis(current, listed, text, match.start())
        ):
            # "..., trong đó: cán bộ, công chức 2.640 biên chế (khối A 820; khối B 1.820) và
            # viên chức 12.780 người": the parenthesis closed the part's own parts; the item
            # after it is the next part of the list the part stands in (eng-nested), or of
            # no list said (unread)
            owner = _outer_list(current, listed, match)
            if owner is None:
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            if not any(s is current for s in listed):
                # (the part split in the parenthesis is an item of that list too)
                opened_at = next(i for i, s in enumerate(listed) if s.container is current)
                listed.insert(opened_at, current)
        if kind in ("listed", "listed-unit") and owner is not None:
            subject = read_subject(match.group("obj"))
            item_category = _item_category(match)
            if item_category is not None:
                # "gồm khối Đảng ... 1.212 biên chế, khối chính quyền 2.486 biên chế công
                # chức": the item says its category after its count; of no other than its
                # name's and its list's
                if item_category is False or not _item_fits(subject, item_category, owner):
                    reading.orphans.append(Orphan(span, NO_SUBJECT))
                    continue
                subject = replace(subject, category=item_category)
            if subject.kind is Kind.BLOCK and subject.category is None:
                subject = replace(subject, category=owner.subject.category)
            # the parts are of their unit's year ("Đến ngày 1/9/2024, ... (cấp tỉnh 1.643 người")
            statement = Statement(
                replace(subject, year=owner.subject.year), container=owner, sets_year=False
            )
            reading.statements.append(statement)
            listed.append(statement)
            _take_value(match, statement, reading)
            if owner is not current:
                # (what follows goes on from the list's owner, as where no parenthesis split a
                # part: "...; giảm 240 biên chế so với năm 2021" is the owner's change)
                current = owner
            continue
        if kind == "bare" and after_value and _INCLUDING.search(gap):
            _take_included(match, text, span, reading)
            continue
        if kind == "bare":
            # "khối Đảng 50 biên chế": a count with no verb is a value only right after a
            # unit's name, never after "từ", "giảm", "khoảng" and the like.
            if (
                read_subject(gap).kind is None
                or _NOT_A_SUBJECT_END.search(gap)
                # the end of a parenthesis is no name (the one closing right after the count
                # before, "(năm 2021: 1.162), cấp huyện 883", ends that count's, not this one's)
                or _CLOSED_BEFORE.sub("", gap).count(")") > gap.count("(")
            ):
                reading.orphans.append(Orphan(span, _NO_VERB))
                previous_end = match.start()  # its words may still be a later subject
                continue
            kind = "value"
        if kind == "base" and current is None:
            reading.orphans.append(Orphan(match.span(), NO_SUBJECT))
            continue
        if (
            kind == "value"
            and _GIVES_A_PLACE.match(match.group())
            and read_subject(gap).kind is not None
        ):
            # "Năm 2021, Bộ Y tế giao tỉnh 1.264 người làm việc": the body before "giao tỉnh"
            # gives the posts, never holds them (it was read as 'bo-y-te-vc'); a giver the
            # lexicon knows ("Ban Tổ chức Trung ương giao tỉnh ...") names no unit and the
            # count stays the text's own (eng-unread5)
            reading.orphans.append(Orphan(span, NO_SUBJECT))
            previous_end = match.end()
            continue
        if kind == "value" and _FRAME_AFTER_A_CLAUSE.search(gap):
            # "...; trong tổng số trên có 13.210 người thuộc sự nghiệp giáo dục": some of the
            # figure before, in a frame the clause boundary hides from `_subset_frame` (it was
            # read as the category's figure in place of the whole's: found by the
            # perturbation harness, join)
            reading.orphans.append(Orphan(span, NO_SUBJECT))
            previous_end = match.end()
            continue
        if kind == "value" and _INTO_A_WHOLE.fullmatch(gap) and _ENDS.match(text, match.end()):
            # "Trong tổng số biên chế viên chức có 20 biên chế.": some of a whole, saying nothing
            # of what they are, never the whole's figure ("... có 20 biên chế dự phòng", "...
            # có N công chức và M viên chức" are read by their own rules)
            reading.orphans.append(Orphan(span, NO_SUBJECT))
            previous_end = match.end()
            continue
        trade = _SUBSET_SUBJECT.search(gap) if kind == "value" else None
        if trade is not None and read_subject(gap).kind is None:
            # "...; số giáo viên năm 2026 là 16.980 người": people of a trade counted inside a
            # unit, never the unit's figure nor its category's: the subset of that name the
            # text set up before (the build looks it up), closing its clause; else not read
            previous_end = match.end()
            if not _CLAUSE_CLOSES.match(text, match.end()):
                reading.orphans.append(Orphan(span, _SUBSET_NAMED))
                continue
            people = " ".join(trade.group("trade").split()).lower()
            subject = Subject(
                Kind.CATEGORY, people, Category.VC, year=read_subject(gap).year, qualifier=people
            )
            statement = Statement(subject, sets_year=False, subset=True, named_again=True)
            reading.statements.append(statement)
            _take_value(match, statement, reading)
            continue
        if kind in ("value", "change", "fromto", "equal", "kept"):
            if outer is not None and ")" in gap:
                # "2.287 biên chế (năm 2023 là 2.324 biên chế), giảm 37 biên chế": past the
                # parenthesis the sentence speaks of its unit again, if nothing else is named
                if not gap.strip(" ),"):
                    current = outer
                outer = None
            tail = current is not None and _TAIL_CLOSED.fullmatch(gap) is not None
            if (
                kind == "value"
                and (not gap.strip(" ,;") or tail)
                and _SUM_VERB.match(text, match.start())
            ):
                # "A được giao 64 biên chế; B được giao 26 biên chế; tổng cộng 90 biên chế.":
                # the sum of the figures the sentence stated, never the last one's figure
                # again; read only where they add up to it. So too after the last figure's
                # own words closed by a comma ("... và 2.347 người làm việc trong các đơn vị
                # sự nghiệp công lập, tổng cộng 2.533": those words are no subject of the sum;
                # it was read as viên chức's 2.533, eng-news10)
                summed = _summed_before(reading)
                if summed is None or summed != _counted(match.group("n")):
                    reading.orphans.append(Orphan(span, _SUM_NOT_OF_THE_FIGURES))
                    continue
                gap = "tổng cộng" if tail else gap + "tổng cộng"
            if (
                GIVER_ALONE.fullmatch(gap)
                and text[: match.start()].strip() == gap.strip()
                and text[match.start() : span[0]].lstrip().startswith(":")
            ):
                # "d) Bộ Nội vụ: 1.062 biên chế" in a list of ministries: the body that gives
                # posts, named alone before a colon and its count, holds them (as on a
                # table's row, `structure`); "Bộ Nội vụ giao 1.062 ..." stays the giver's
                gap = f"Cơ quan {gap.strip()}"
            before = current
            current = _statement_for(gap, current, reading.statements)
            if current is not before:
                # "Sở Nội vụ giao 1.062": the verb before the count is no part of the gap
                worded = gap + text[match.start() : span[0]]
                current.subject = home_affairs_giving(worded, current.subject)
            if current is not before and BASE_NAMED.search(gap):
                current.base_named = True
            if gap.count("(") > gap.count(")") and current is not before:
                current.sets_year = False  # "(... năm 2022: N)" only recalls another year
                if outer is None:
                    outer = before
        if kind == "fromto" and current is not None:
            _take_from(match, current, reading)
            year_said = _SAID_AFTER.match(text, match.end())
            if year_said is not None and int(year_said.group("y")) != current.subject.year:
                # "Năm 2023, ... giảm từ 500 người năm 2021 xuống 450 người năm 2024": the
                # figure after says its own year, which the sentence's is not
                reading.orphans.append(Orphan(match.span("n"), _TO_OTHER_YEAR))
                continue
        if current is None:
            reading.orphans.append(Orphan(span, NO_SUBJECT))
            continue
        if kind == "kept":
            after_value = _take_value(match, current, reading)
            base = match.group("base")
            last_change = Change(False, 0, None, int(base) if base else None, [], base is None)
            current.changes.append(last_change)
            continue
        if kind == "value" and province_total(match, text, current):
            # "Năm 2025, tỉnh được giao tổng cộng 16.490 biên chế": all the province's posts
            current.subject = replace(current.subject, kind=Kind.TOTAL, name="Tổng biên chế")
        if kind in ("value", "fromto"):
            after_value = _take_value(match, current, reading)
            named = NAMED_AFTER.match(text, match.end())
            if (
                kind == "value"
                and after_value
                and named is None
                and current.value_span == span
                and current.subject.kind is None
                and _OWN_PROVINCE.fullmatch(current.subject.name)
                and _SUMMED.search(match.group())
            ):
                # "năm 2025 tỉnh được giao tổng cộng 16.490 biên chế": the province's posts
                # summed, no category named: its total
                current.subject = replace(current.subject, kind=Kind.TOTAL, name="Tổng cộng")
            elif (
                kind == "value"
                and after_value
                and named is None
                and current.value_span == span
                and _communes_posts(current.subject, text, match.end("n"))
            ):
                # "năm 2025 các xã, phường mới được bố trí tổng cộng 2.166 biên chế": the posts
                # of the communes as a level, no category named, are the commune staff's whole
                current.subject = replace(
                    _commune_staff(current.subject.year), as_written=current.subject
                )
            reserve = _RESERVE_AFTER.match(text, named.end()) if named else None
            found = kind_of(named.group("cat2") or "") if named and reserve else None
            if (
                reserve is not None
                and after_value
                and found is not None
                and found.category is not None
                and _named_by_figure(current.subject)
            ):
                # "Trong tổng số năm 2024 có 6 biên chế công chức dự phòng": the count names
                # its unit, the category's reserve
                current.subject = replace(
                    current.subject,
                    kind=Kind.BLOCK,
                    name="Dự phòng",
                    category=found.category,
                    where=Scope.RESERVE,
                )
                previous_end = reserve.end()
                after_value = False
            elif reserve is not None:
                reading.orphans.append(Orphan(span, NO_SUBJECT))  # "... công chức dự phòng"
            elif _reserve_in_frame(text, match, span, current, after_value, named):
                # "Trong tổng số biên chế tại khoản 1 Điều này có 20 biên chế dự phòng": the
                # count names its unit, the reserve of the figure the frame points at (of the
                # category the frame names, if it names one); never the total's own figure
                current.subject = replace(
                    current.subject,
                    kind=Kind.BLOCK,
                    name="Dự phòng",
                    where=Scope.RESERVE,
                )
                after_value = False
            elif (
                after_value
                and named
                and current.subject.kind is Kind.BLOCK
                and current.value_span == span
            ):
                # "Bộ Giáo dục ...: có 635 biên chế công chức và 21.124 biên chế viên chức":
                # a count naming its category is the block's line of that category, not
                # the block's own figure.
                found = _scoped(kind_of(named.group("cat2") or "người làm việc"), current)
                commune = _COMMUNE_AFTER.match(text, named.end())
                if found is LexKind.CBCC and commune is not None:
                    # "Năm 2021 huyện A có 410 biên chế cán bộ, công chức cấp xã": the body's
                    # commune staff, never its own CBCC (a latent misread)
                    found = LexKind.XA
                count, current.value, current.value_span = current.value, None, None
                if (
                    found is None
                    or found.category is None
                    or count is None
                    or _OWN_REVENUE_PAID.match(text, named.end()) is not None
                ):
                    # (eng-ar1) "các bệnh viện ... được giao 418 người làm việc hưởng lương từ
                    # nguồn thu sự nghiệp": posts paid from the units' own revenue are no line
                    # of the body's category (a part is the budget's): not read (it was a
                    # budget-paid part, a misread of blind AR1)
                    reading.orphans.append(Orphan(span, NO_SUBJECT))
                else:
                    current.parts.append(Part(found.category, count, span, None))
                    previous_end = named.end() if commune is None else commune.end()
                    year_after = _YEAR_AFTER.match(text, previous_end)
                    if year_after is not None and current.subject.year is None:
                        # "Bộ Y tế được giao 1.038 biên chế công chức đến năm 2026" (a
                        # headline): the year of the block's line, named after it
                        current.subject = replace(current.subject, year=int(year_after.group(1)))
                        previous_end = year_after.end()
                after_value = False
            elif (
                after_value
                and named
                and current.subject.kind is Kind.CATEGORY
                and current.value_span == span
                and _same_category(named, current)
            ):
                # "Các cơ quan, tổ chức hành chính ... được giao 2.075 biên chế công chức năm
                # 2025": the count repeats its subject's category, and may give its year.
                previous_end = named.end()
                year_after = _YEAR_AFTER.match(text, previous_end)
                if year_after is not None and current.subject.year is None:
                    current.subject = replace(current.subject, year=int(year_after.group(1)))
                    previous_end = year_after.end()
            elif (
                after_value
                and named is None
                and current.subject.kind is Kind.TOTAL
                and current.value_span == span
                and (pair := _AND_CATEGORY.match(text, match.end())) is not None
            ):
                # "toàn tỉnh còn 25.510 biên chế và người làm việc, giảm 2.741 ...": the pair
                # says what the total counts; its second category is no subject of what follows
                previous_end = pair.end()
            elif after_value and named and _named_by_figure(current.subject):
                # "toàn tỉnh có 54.864 người làm việc", "năm 2024 tỉnh giao 3.126 biên chế
                # công chức": the count says what it counts.
                category = _scoped(kind_of(named.group("cat2") or "người làm việc"), current)
                named_end = named.end()
                hoi_after = _IN_THE_HOI.match(text, named_end) if category is LexKind.VC else None
                if hoi_after is not None and _all_the_hoi(hoi_after.group("obj")):
                    # "tỉnh giao 104 người làm việc trong các hội có tính chất đặc thù": the
                    # hội's posts (Quyết định 68/2010/QĐ-TTg), never the public service units'
                    category, named_end = LexKind.HOI, hoi_after.end()
                elif category is LexKind.VC and _A_HOI_AFTER.match(text, named_end) is not None:
                    # "104 người làm việc tại Hội Chữ thập đỏ": one hội's, or whose is unsaid
                    reading.orphans.append(Orphan(span, NO_SUBJECT))
                commune_after = _COMMUNE_AFTER.match(text, named.end())
                if category is LexKind.CBCC and commune_after is not None:
                    # "tỉnh giao 5.600 biên chế cán bộ, công chức cấp xã": the commune's, which
                    # the province's CBCC leave out
                    category = LexKind.XA
                    current.subject = replace(current.subject, where=Scope.COMMUNE)
                    if given_to_some_communes(text, named.end()):
                        reading.orphans.append(Orphan(span, NO_SUBJECT))
                both = _AND_CATEGORY.match(text, named_end)
                following = _NEXT_NUMBER.search(text, named_end)
                rest_start = named.start() if named_end == named.end() else named_end
                rest = text[rest_start : following.start() if following else len(text)]
                if both is None and groups_named(rest) > 1:
                    # "26.974 người làm việc trong đơn vị sự nghiệp, các hội; cán bộ, công
                    # chức cấp xã": what the count counts is more than its first category.
                    reading.orphans.append(Orphan(span, _MANY_NAMED))
                    if current.value is not None:
                        reading.many_named = (current.value, span, rest)
                elif both is not None:
                    # "... giao 32.881 biên chế công chức và viên chức": both categories,
                    # the total of the two, never the first alone.
                    current.subject = replace(
                        current.subject,
                        kind=Kind.TOTAL,
                        name=capital(text[match.end("n") : both.end()].strip()),
                    )
                    previous_end = both.end()
                elif category is not None and category.category is not None:
                    current.subject = replace(
                        current.subject, kind=Kind.CATEGORY, category=category.category
                    )
                    previous_end = named_end
                    paid = _OWN_REVENUE_PAID.match(text, previous_end)
                    if paid is not None and not current.subject.qualifier:
                        # "Giao 1.714 người làm việc hưởng lương từ nguồn thu sự nghiệp": paid
                        # from the units' own revenue, a line of its own beside the budget-paid
                        # one (as the subject "Số người làm việc hưởng lương từ nguồn thu sự
                        # nghiệp" is read), never the category's whole
                        current.subject = replace(
                            current.subject, qualifier=re.sub(r"\s+", " ", paid.group("q"))
                        )
                        previous_end = paid.end()
                    by_figure = current
                    given = _RECIPIENT.match(text, previous_end)
                    if given is not None and (
                        given.group("many") or not _WHOLE_RECIPIENT.fullmatch(given.group("obj"))
                    ):
                        # "giao 80 biên chế công chức cho Sở Y tế", "96 người làm việc cho các
                        # hội có tính chất đặc thù": the posts are the recipient's, never the
                        # category's whole; nor are those given to some bodies counted ("cho
                        # 03 đơn vị sự nghiệp công lập"), which may be all or a few of them
                        previous_end = given.end()
                        if paid is not None:
                            if given.group("many") or not _given_own_revenue(
                                given.group("obj"), category.category, current
                            ):
                                reading.orphans.append(Orphan(span, NO_SUBJECT))
                        elif given.group("many") and OPENS.search(text):
                            _given_to_listed(text, given, category.category, current)
                        elif (
                            given.group("many")
                            and current.subject.year is None
                            and all_communes(given.group("obj"))
                        ) or not _given_to(given.group("obj"), category.category, current):
                            # ("Tỉnh A giao 5.600 biên chế cán bộ, công chức cho 120 xã,
                            # phường", a headline naming no year: `headlines` reads it)
                            reading.orphans.append(Orphan(span, NO_SUBJECT))
                    elif given is None and _given_elsewhere(text, previous_end, category.category):
                        # "giao 5.670 biên chế cán bộ, công chức cho 135 xã, phường": posts
                        # given to bodies the recipient rule cannot name are theirs, never the
                        # category's whole
                        reading.orphans.append(Orphan(span, NO_SUBJECT))
                    if category is LexKind.XA and commune_after and previous_end == named.end():
                        # "Năm 2021 có 1.582 biên chế cán bộ, công chức cấp xã được giao; đến
                        # năm 2025 còn 1.520 người": the level is the count's category, never
                        # the subject of the link after it
                        previous_end = commune_after.end()
                year_after = _YEAR_AFTER.match(text, previous_end) or _year_opening_list(
                    text, previous_end
                )
                if year_after is not None and current.subject.year is None:
                    # "Quảng Nam tạm giao 32.881 biên chế ... năm 2022" (a headline)
                    current.subject = replace(current.subject, year=int(year_after.group(1)))
                    previous_end = year_after.end()
                given = _GIVEN_TO.match(text, previous_end) if by_figure is current else None
                recipient = read_subject(given.group("obj")) if given else None
                if (
                    given is not None
                    and recipient is not None
                    and recipient.kind is Kind.CATEGORY
                    and recipient.category is current.subject.category
                    and recipient.year is None
                    and current.subject.year is None
                ):
                    # "Giao 1.789 biên chế công chức năm 2024 cho các cơ quan, tổ chức hành
                    # chính nhà nước của tỉnh, giảm 21 biên chế ...": the category of those it
                    # is given to, in the year named; never a body's ("cho Sở Y tế")
                    year = int(given.group("y")) if given.group("y") else None
                    current.subject = replace(recipient, year=year)
                    previous_end = given.end()
                elif given is not None:
                    # "Giao 1.789 biên chế công chức cho Sở Y tế, giảm 21 ...": whose figure,
                    # and whose change, is not the category's
                    reading.orphans.append(Orphan(span, NO_SUBJECT))
            elif (
                after_value
                and named is None
                and current.value_span == span
                and _named_by_figure(current.subject)
                and (
                    (given := _RECIPIENT.match(text, match.end())) is not None
                    or (given := _OF_THE_HOI.match(text, match.end())) is not None
                )
                and (hoi := read_subject(given.group("obj"))).kind is Kind.CATEGORY
                and hoi.category is Category.HOI
            ):
                # "Giao 96 biên chế cho 11 hội quần chúng được Đảng, Nhà nước giao nhiệm vụ":
                # posts naming no category, given to the hội, are the hội's ("Phê duyệt 612
                # biên chế năm 2025 của các hội có tính chất đặc thù ...": the same, theirs)
                current.subject = replace(hoi, year=current.subject.year)
                previous_end = given.end()
            elif (
                after_value
                and named is None
                and current.value_span == span
                and (block := _given_to_body(text, match.end(), current.subject)) is not None
            ):
                # "Giao 1.046 biên chế năm 2025 cho các cơ quan đảng, Mặt trận Tổ quốc ...,
                # gồm:": posts naming no category, given to bodies named, are those bodies'
                # own figure (of the year named beside the count)
                current.subject, previous_end = block
        elif kind == "change" and match.group("pct") and OTHER_COUNT_BEFORE.search(gap):
            # "từ 24 đơn vị còn 18 đơn vị (giảm 25%)": the rate of a count of bodies, not posts
            reading.outside.append(span)
        elif kind == "change":
            if (
                match.group("pct")
                and not match.group("base")
                and last_change is not None
                and last_change in current.changes
                and last_change.count is not None
                and last_change.rate is None
                and last_change.increase == (match.group("dir").lower() == "tăng")
                and _BETWEEN_COUNT_AND_RATE.fullmatch(gap)
            ):
                # "giảm 476 người (giảm 34,4%)": the same reduction as a rate
                rate = parsed_rate(match.group("n") + match.group("pct"), span, reading)
                if rate is not None:
                    last_change.rate = rate
                    last_change.spans.append(span)
            elif (
                current.subject.where is Scope.RESERVE
                and current.container is not None
                and current.value is not None
                and ";" not in gap
            ):
                # "... là 2.318 biên chế, trong đó dự phòng 11 biên chế, giảm 34 biên chế so
                # với năm 2023 (2.352 biên chế)": a change after the reserve counted inside a
                # whole may be the whole's or the reserve's; not told (it was read as the
                # reserve's, with 2.352 as the reserve of 2023, eng-paren)
                reading.orphans.append(Orphan(span, _RESERVE_OR_WHOLE))
                last_change = None
            else:
                last_change = _take_change(match, current, reading)
                if last_change is not None and "bn" in match.re.groupindex:
                    take_clause_base(match, current, last_change, reading)
                if last_change is not None and (
                    _FURTHER.search(match.group(0))
                    or (_MUST.search(gap) and _PURPOSE.match(text, match.end()))
                ):
                    last_change.further = True
                if (
                    last_change is not None
                    and last_change.count is not None
                    and _MUST.search(gap)
                    and _AT_LEAST.search(match.group(0))
                ):
                    last_change.bound = True
                reserve = _RESERVE_AFTER.match(text, match.end())
                counted = _cut_names_category(text, match.end(), current, last_change)
                if counted is not None:
                    # eng-cross: "So với năm 2025, năm 2026 giảm 65 biên chế công chức": a cut
                    # with no subject, its count naming the one category it counts (whose
                    # figure the text must have stated: `build._resolve`)
                    current.subject = replace(
                        current.subject, kind=Kind.CATEGORY, category=counted[0]
                    )
                    current.counted_by_cut = True
                    previous_end = counted[1]
                elif reserve is not None and current.subject.kind is None:
                    # "Đồng thời giảm 4 biên chế dự phòng": the change names its unit after
                    # its figure, the reserve (never the heading's category)
                    current.subject = Subject(
                        Kind.BLOCK, "Dự phòng", year=current.subject.year, where=Scope.RESERVE
                    )
                    previous_end = reserve.end()
                elif reserve is not None:
                    reading.orphans.append(Orphan(span, NO_SUBJECT))
            after_value = False
        elif kind == "and-change":
            base = int(match.group("base"))
            if (
                last_change is None
                or last_change not in current.changes
                or last_change.count is None
                or last_change.base_year in (None, base)
                or gap.strip()
            ):
                reading.orphans.append(Orphan(span, NO_SUBJECT))
            else:
                count = parsed_count(match, reading)
                if count is not None:
                    last_change = Change(last_change.increase, count, None, base, [span])
                    current.changes.append(last_change)
                    if match.group("r"):
                        rate = parsed_rate(match.group("r"), match.span("r"), reading)
                        if rate is not None:
                            last_change.rate = rate
                            last_change.spans.append(match.span("r"))
        elif kind == "frombase":
            if current.value is None or current.subject.kind is None or last_change is not None:
                reading.orphans.append(Orphan(match.span("a"), NO_SUBJECT))
            else:
                _take_from(match, current, reading)
                last_change = Change(
                    match.group("dir").lower() == "tăng", None, None, int(match.group("ay"))
                )
                current.changes.append(last_change)
        elif kind == "base" and ";" in gap:
            # "... giảm 35; còn so với năm 2021, mức giảm là 106": a comparison opening a
            # clause of its own is not the change before the semicolon's
            reading.orphans.append(Orphan(span, COMPARISON_NOT_READ))
        elif kind == "base":
            # "giảm 2.989 biên chế (tương đương 10%) so với năm 2022 (29.892 biên chế)": the
            # comparison year comes after the rate, with its figure.
            take_base(match, current, last_change, reading)
        elif kind == "equal":
            base = match.group("base")
            bare = "bare" in match.groupdict() and match.group("bare") is not None
            if bare and (current.value is None or gap.strip()):
                # "(giữ nguyên)" keeps the figure right before it, and only that
                reading.orphans.append(Orphan(span, NO_SUBJECT))
                continue
            last_change = Change(
                False, 0, None, int(base) if base else None, [], previous=base is None and not bare
            )
            current.changes.append(last_change)
            if "bn" in match.re.groupindex and match.group("bn") is not None:
                kept_base(match, current, last_change, reading)
        elif kind == "rate":
            _take_rate(
                match,
                _rate_against(
                    match,
                    last_change
                    if current.changes
                    else past_recalled_base(current, last_change, gap),
                ),
                reading,
            )
        elif kind == "equiv":
            _take_equivalent(match, last_change if current.changes else None, reading)
        elif by_figure is current and not _ENUMERATING.search(gap):
            # "... giao 29.755 biên chế viên chức và 3.126 biên chế công chức": a second
            # category named by its figure, not a part of the first.
            current = _sibling(match, current, reading)
            by_figure = current
        elif _INCLUDING.search(gap) and after_value:
            _take_included(match, text, span, reading)
        elif read_subject(gap).kind in (Kind.BLOCK, Kind.TOTAL):
            # "cấp tỉnh được giao 1.400 biên chế công chức, cấp huyện 1.100 biên chế công
            # chức": a count of another unit, named before it, is no part of the first
            reading.orphans.append(Orphan(span, NO_SUBJECT))
        elif (recalled := _ANOTHER_YEARS_PART.search(gap)) is not None and int(
            recalled.group("year")
        ) != current.subject.year:
            # "652 biên chế công chức (năm 2023: 666 viên chức)": a category's count recalled for
            # another year is no part of the figure's year (it was read as the body's VC line
            # of 2024); whose line it recalls, unsure: not read
            reading.orphans.append(Orphan(span, NO_SUBJECT))
        else:
            _take_part(match, current, None if after_value else last_change, reading)
            own = _ALL_UNITS.match(text, match.end())
            if own is None and current.parts and current.parts[-1].category is Category.VC:
                own = _PAID_BY_BUDGET.match(text, match.end())
            if own is not None and current.parts and current.parts[-1].span == span:
                # (the VC's own words after its count: never the next count's subject)
                previous_end = own.end()
    _own_qualifier(text[previous_end:], figure_span, reading, "")
    for statement in reading.statements:
        _parts_of_the_value(statement)
        if statement.base_named and statement.subject.year is None and statement.value_span:
            # "mốc để tính tinh giản là 2.677 biên chế": the base's figure, of a year unsaid
            # (never the year of the sentences around it)
            reading.orphans.append(Orphan(statement.value_span, _BASE_OF_NO_YEAR))
    _check_lists(reading, listed, among, each_seen)
    closed = [owner for owner in late_lists if id(owner) in consists and id(owner) not in among]
    _revise_reading(text, chosen, fronted, late_lists, reading, closed)
    return reading


def _own_qualifier(gap: str, figure: Span | None, reading: Reading, named: str) -> str:
    """A qualifier written right after the figure before (`trailing`) is that figure's. For a
    part (a listed unit's, or a category's share): dropped from the words before the next item
    where it says again what its whole says, else the sentence is not understood. For a unit's
    figure: not understood where it names another year than the unit's; for any figure, where
    its year would be the next subject's (`named`: the name the next item holds itself)."""
    trail = trailing_qualifier(gap) if figure is not None else None
    if trail is None or figure is None:
        return gap
    rest = item_rest(gap, trail)
    after = rest + " " + named
    year = trailing_year(trail)
    owner = next((s for s in reading.statements if s.value_span == figure), None)
    share = next(((s, p) for s in reading.statements for p in s.parts if p.span == figure), None)
    if owner is not None and owner.container is not None:
        head = owner.container.subject
        fits = part_fits(trail, head.year, head.category)
    elif share is not None and (share[0].subject.year is not None or year is None):
        # "gồm 1.800 biên chế công chức năm 2023 và 1.200 người làm việc" in a 2024 figure
        whole, part = share
        fits = part_fits(trail, whole.subject.year, part.category)
    elif owner is None or share is not None:
        # a figure put outside ("hiện có 2.900 người năm 2023, cấp huyện ..."), a change, or
        # a share of a figure of no year yet ("sẽ còn 2.643 biên chế công chức vào năm
        # 2026"): its year is never the next subject's
        if year is not None and names_another(after):
            reading.orphans.append(Orphan(figure, OF_ANOTHER_YEAR))
        return gap
    elif year is not None and (
        owner.subject.year not in (None, year)
        or (owner.subject.year is None and names_another(after))
    ):
        reading.orphans.append(Orphan(figure, OF_ANOTHER_YEAR))
        return gap
    else:
        if year is not None and owner.subject.year is None:
            # "- Cấp huyện: 1.200 biên chế năm 2022." (an item of a list of 2023): the
            # figure's year is the one written after it, never its list's (as `_YEAR_AFTER`
            # after a category's words)
            owner.subject = replace(owner.subject, year=year)
        return gap
    if not fits:
        reading.orphans.append(Orphan(figure, NOT_ITS_LIST))
    return rest


def _check_lists(
    reading: Reading, listed: list[Statement], among: set[int], each_seen: bool
) -> None:
    """The units a sentence listed inside another's figure, checked once all its items are
    taken: a list that is only some of the figure's posts is no breakdown of it, and staff in
    post or a count inside a unit with no figure of its own are not read."""
    if each_seen:
        # "trong đó A 123, B 120; các huyện còn lại mỗi huyện 100": the bodies named are
        # some of the total's, not all its parts
        for statement in listed:
            statement.container, statement.member = None, True
        listed = []
    for container in {id(s.container): s.container for s in listed}.values():
        items = [s for s in listed if s.container is container]
        if len(items) < 2:
            # One count named inside a unit ("trong đó ngành giáo dục 20.000") is some of
            # its posts, not its parts.
            for statement in items:
                reading.statements.remove(statement)
                if statement.value_span is not None:
                    reading.orphans.append(Orphan(statement.value_span, NO_SUBJECT))
        elif (
            container is not None
            and id(container) in among
            and sum(item.value or 0 for item in items) != container.value
            and not REST_OF_IT.search(items[-1].subject.name)
        ):
            # "24.500 người, trong đó sự nghiệp giáo dục 19.800; sự nghiệp y tế 2.900": "trong
            # đó" also names only the largest few. Items that neither add up to their unit nor
            # end with the rest ("khác", "còn lại") may be some of its posts or a slip in its
            # parts: which, the text does not say, so none is read.
            for statement in items:
                reading.orphans += [Orphan(span, _SOME_OR_ALL) for span in spans_of(statement)]
    for statement in reading.statements:
        if _IN_POST.search(statement.subject.name) and not read_in_post(statement):
            # "số cán bộ, công chức có mặt là 3.100 người": staff in post, not posts; only
            # the "Hiện có N công chức" form says which unit apart they are
            reading.orphans += [Orphan(span, NO_SUBJECT) for span in spans_of(statement)]
        owner = statement.container
        if (
            owner is not None
            and owner.value is None
            and any(not p.change for p in owner.parts)
            # (some of a block's one line, counted apart, are some of the block's figure too;
            # some of the part they follow are that part's)
            and not (
                statement.subset and (one_line(owner) is not None or statement.of_part is not None)
            )
        ):
            # "Các cơ quan ... được giao 2.075 biên chế công chức, chia ra cấp tỉnh 1.102, ...":
            # the block's count is its CBCC line; whether the items split the block or that
            # line is not said, so neither is read.
            for span in spans_of(statement):
                reading.orphans.append(Orphan(span, NO_SUBJECT))


_OWN_PLACE = re.compile(r"(?:tỉnh|thành\s+phố)", _I)


_OWN_PLACE_SPLITS = (
    sorted(str(c) for c in (Category.CBCC, Category.VC)),
    sorted(str(c) for c in (Category.CBCC, Category.VC, Category.HOI)),
)
"""The categories a split of the province's whole names: công chức and VC, and the hội's."""


def _own_place_split(reading: Reading) -> None:
    """ "Năm 2021, tỉnh được giao 26.826 biên chế, gồm 2.246 biên chế công chức và 24.580
    người làm việc ...": the text's own province, unnamed, whose figure the sentence splits
    into its công chức and its người làm việc, is the total of both (a named province may be
    one of many; a figure of one category, or one split otherwise, is left as it was)."""
    for statement in reading.statements:
        subject = statement.subject
        if (
            subject.kind is None
            and _OWN_PLACE.fullmatch(subject.name)
            and statement.value is not None
            and not statement.changes
            # ("..., gồm 515 biên chế công chức, 5.058 người làm việc và 22 biên chế các hội":
            # the hội's posts beside both categories, the total of all three, eng-probe5)
            and sorted(str(part.category) for part in statement.parts) in _OWN_PLACE_SPLITS
            and all(part.change is None for part in statement.parts)
        ):
            statement.subject = replace(subject, kind=Kind.TOTAL)


def _revise_reading(
    text: str,
    chosen: list[tuple[str, re.Match[str]]],
    fronted: tuple[int, re.Match[str]] | None,
    late_lists: list[Statement],
    reading: Reading,
    closed: list[Statement],
) -> None:
    """The passes over the reading once all its items are taken, in the order they run (most
    in `bases` and `revise`). `closed`: the late lists "gồm" opens."""
    if reading.people and not reading.statements:
        # "..., với tổng kinh phí 92,6 tỷ đồng; trong đó nghỉ hưu trước tuổi chiếm 78,6%": a
        # share of the leavers counted, in a sentence stating no figure of a unit
        reading.outside += [m.span("n") for m in _SHARE_OF.finditer(text)]
    if fronted is not None:
        take_fronted(*fronted, reading)
    category_unsaid_after_two(text, reading)
    trailing_base(text, reading)
    elided_comparison(text, reading)
    parallel_base(text, reading)
    chain_against_previous(text, reading)
    block_line_links(reading)
    implied_bases(reading)
    kept_since_the_one_earlier(text, reading)
    breakdown_bases(reading)
    elapsed_years(reading)
    further_cuts(reading)
    goal_cuts(text, reading)
    twice_compared(reading)
    named_apart(text, reading)
    sectors_apart(reading)
    self_financed(text, reading)
    own_revenue_spilled(text, reading)
    among_the_total(text, reading)
    surplus_people(text, reading)
    with_contract_staff(text, reading)
    unread_comparisons(text, chosen, reading)
    years_joined(text, reading)
    years_after_figures(text, reading)
    _held_before_figure(text, reading)
    _own_place_split(reading)
    for statement in [s for s in reading.statements if s.subject.kind is Kind.OUTSIDE]:
        # listed among a figure's parts: its own container, or the part listed before it
        index = reading.statements.index(statement)
        before = reading.statements[index - 1] if index else None
        owner = statement.container or (before.container if before is not None else None)
        if owner is not None and owner.subject.kind is Kind.CATEGORY and owner.value is not None:
            listed = [
                s
                for s in reading.statements
                if s.container is owner and s is not statement and s.value is not None
            ]
            if sum(s.value for s in listed if s.value is not None) != owner.value:
                # "Biên chế hành chính ... là 2.208 (cán bộ, công chức: 2.052; hợp đồng ...:
                # 156)": the category's figure holds the contract staff listed in it, so it is
                # not that category's figure
                reading.orphans += [Orphan(span, _HOLDS_CONTRACTS) for span in spans_of(owner)]
        reading.statements.remove(statement)
        reading.contracts.append(statement)
        reading.outside += spans_of(statement)
    for statement in [s for s in reading.statements if counted_inside(s, reading.contracts)]:
        # "Hợp đồng ... theo Nghị định 111: 11.918 chỉ tiêu, trong đó cơ quan hành chính
        # 1.440 chỉ tiêu và đơn vị sự nghiệp công lập 10.478 chỉ tiêu": the parts of contract
        # staff are contract staff, whatever their bodies' names say
        drop(reading, statement)
    contracts_counted_in(reading)
    line_changes(reading)
    line_bases(
        reading, fronted[1].span("n") if fronted and "n" in fronted[1].re.groupindex else None
    )
    line_recalls(reading, text)
    named_and_shared(reading, text)
    for owner in late_lists:
        inside = [s for s in reading.statements if s.container is owner]
        if any(s.changes for s in inside) or (
            sum(s.value or 0 for s in inside) != owner.value
            and not _ends_with_the_rest(owner, inside)
            and not (any(owner is each for each in closed) and _closed_pair(owner, inside))
        ):
            for statement in inside:
                drop(reading, statement, _SOME_OR_ALL)
    contained: dict[int, list[Statement]] = {}
    for statement in reading.statements:
        if statement.container is not None:
            contained.setdefault(id(statement.container), []).append(statement)
    for inside in contained.values():
        if len(inside) == 1 and inside[0].value is None:
            # "tổng biên chế giảm 18 biên chế; trong đó khối Đảng giảm 9 biên chế": one unit's
            # change named inside another's is some of it, never all its parts
            inside[0].container, inside[0].member = None, True
    for statement in reading.statements:
        breakdown = [part for part in statement.parts if part.change is None]
        if statement.value is not None and len(breakdown) == 1:
            # "8.168 người (gồm 7.512 người làm việc trong các trường ...)": one count inside
            # a figure, not equal to it, is some of its posts, never all its parts
            (part,) = breakdown
            if part.count != statement.value:
                statement.parts.remove(part)
                reading.orphans.append(Orphan(part.span, _SOME_OR_ALL))
    if _BESIDES_ABOVE.match(text):
        # "Ngoài số trên, các đơn vị sự nghiệp có 642 người do đơn vị tự trang trải kinh
        # phí": counted besides the figure above, so never that figure's category or total
        # again; a unit named on its own ("giao thêm 123 biên chế sự nghiệp dự phòng") is read
        for statement in [s for s in reading.statements if s.subject.kind is not Kind.BLOCK]:
            drop(reading, statement, _BESIDES_THE_FIGURE)
    for statement in [s for s in reading.statements if _framed_as_some(text, s)]:
        # "Trong số người làm việc năm 2025 có 41.206 người làm công tác giảng dạy": the frame
        # says the count is some of a figure stated before; where no subset rule read it so,
        # it is not understood, never that figure itself (it was: a misread of blind AG1)
        drop(reading, statement, _SOME_OF_A_FIGURE)
    kept = {id(statement) for statement in reading.statements}
    for statement in [s for s in reading.statements if s.subset and s.container is not None]:
        if id(statement.container) not in kept:
            drop(reading, statement)  # some of a figure not read: outside, as it was


_REASON_CLAUSE = re.compile(r"^\s*,?\s*(?:là\s+)?(?:do|vì|bởi(?:\s+vì)?|nhờ)\s+[^;:0-9()]*;", _I)
"""A reason clause after a change, up to its clause's end."""
_COMMUNE_AFTER = re.compile(
    r"\s+(?:ở\s+)?(?:cấp\s+xã|(?:các\s+)?xã,\s*phường|(?:các\s+)?phường,\s*xã)(?!\w)", _I
)
_OWN_PROVINCE = re.compile(r"\s*(?:(?:toàn\s+)?(?:tỉnh|thành\s+phố))?\s*", _I)
_SUMMED = re.compile(r"(?<!\w)tổng\s+(?:cộng|số)\s+[0-9]", _I)
_IN_POST_SUBJECT = re.compile(
    r"\W*(?:tổng\s+)?số\s+(?:người|công\s+chức|viên\s+chức|cán\s+bộ,?\s+công\s+chức)"
    r"(?:\s+(?:làm\s+việc|hưởng\s+lương))?\s+(?:có\s+mặt|hiện\s+có)(?!\w)",
    _I,
)
"""A sentence opening with people in post as its subject ("Số người có mặt thấp hơn số được
giao 791 người"): a shortfall it states is theirs, outside the plan."""
_AMONG = re.compile(r"(?<!\w)trong\s+đó(?!\w)", _I)
_WORKING = re.compile(r"[0-9]\s*người\s+làm\s+việc\s+hưởng\s+lương(?!\w)", _I)
"""People working paid by the budget, counted: the VC category by its law's name."""


def _take_other_body(match: re.Match[str], current: Statement | None, reading: Reading) -> None:
    """The figure another body gives the same unit and year: a unit apart (what the Party's
    Organisation Commission allocated is not what the HĐND allocated). Read only where the
    difference the text states is the difference of the two figures; otherwise the sentence
    is left for a reader (LT401), never half used."""
    spans = [match.span(name) for name in ("m", "m2", "n") if match.group(name)]
    difference = match.group("m") or match.group("m2")
    other = parsed_count(match, reading)
    if current is None or current.value is None or other is None or difference is None:
        reading.orphans += [Orphan(span, NO_SUBJECT) for span in spans]
        return
    try:
        stated = parse_count(difference)
    except NumberError as exc:
        reading.orphans.append(Orphan(spans[0], Message(exc.message_vi, exc.message_en)))
        return
    fewer = match.group("dir").lower() == "ít"
    if (other - current.value if fewer else current.value - other) != stated:
        reading.orphans += [Orphan(span, _OTHER_BODY_DIFFERENCE) for span in spans]
        return
    body = re.sub(r"\s+", " ", match.group("body")).strip()
    subject = replace(
        current.subject,
        qualifier=f"{current.subject.qualifier} do {body} giao".strip(),
        name=capital(f"{current.subject.name} (số do {body} giao)".strip()),
        leading=True,
    )
    reading.statements.append(
        Statement(subject, other, match.span("n"), container=current.container, sets_year=False)
    )
    reading.outside.append(spans[0])


def _proper(name: str) -> bool:
    """A name of one body ("Sở Y tế", "thị xã Điện Bàn"), not of a kind of them ("đơn vị")."""
    return any(word[:1].isupper() for word in name.split()[1:])


def _same_category(named: re.Match[str], statement: Statement) -> bool:
    found = _scoped(kind_of(named.group("cat2") or "người làm việc"), statement)
    return found is not None and found.category is statement.subject.category


def _reserve_closes(current: Statement, reserved: int) -> bool:
    """Whether a block's figure is made of its listed categories and the reserve after them:
    they add up to it, or the categories alone do ("là 1.124 biên chế, gồm 952 ... cán bộ,
    công chức, 172 ... viên chức và 8 biên chế dự phòng": the reserve left out of the sum,
    which the check reports, LT101). Any other sum: the list is not known to be the figure's
    parts."""
    listed = sum(p.count for p in current.parts if p.change is None)
    return current.value is not None and current.value in (listed, listed + reserved)


def _reserve_in_frame(
    text: str,
    match: re.Match[str],
    span: tuple[int, int],
    current: Statement,
    after_value: bool,
    named: re.Match[str] | None,
) -> bool:
    """ "Trong tổng số ... có 20 biên chế dự phòng": a count of posts naming no category,
    then "dự phòng", the figure of a frame pointing into a total ("Trong tổng số", "Trong số
    biên chế công chức nêu trên"); a reserve (of the category the frame names), never the
    figure of the total or category line the frame names."""
    return (
        after_value
        and named is None
        and current.value_span == span
        and current.subject.kind in (Kind.TOTAL, Kind.CATEGORY)
        and _IN_THE_TOTAL.match(current.subject.name) is not None
        and _POSTS_RESERVE.match(text, span[0]) is not None
    )


_IN_THE_TOTAL = re.compile(r"\W*trong\s+(?:tổng\s+)?số(?!\w)", _I)
_POSTS_RESERVE = re.compile(rf"{NUM}\s+biên\s+chế\s+dự\s+phòng(?!\w)", _I)
"""A count of posts named as the reserve, no category between ("20 biên chế dự phòng")."""


def _named_by_figure(subject: Subject) -> bool:
    """A subject that names no category itself: the province as a whole, or nothing."""
    return subject.kind is Kind.TOTAL or (
        subject.kind is None
        and (
            not subject.name
            or _PROVINCE.fullmatch(subject.name) is not None
            or _PLACE.fullmatch(subject.name) is not None
        )
    )


def _sibling(match: re.Match[str], current: Statement, reading: Reading) -> Statement:
    kind = kind_of(match.group("cat"))
    statement = Statement(replace(current.subject, year=None), container=current.container)
    if kind is None or kind.category is None:
        reading.orphans.append(Orphan(match.span("n"), NO_SUBJECT))
        return current
    statement.subject = replace(statement.subject, category=kind.category)
    reading.statements.append(statement)
    count = parsed_count(match, reading)
    if count is not None:
        statement.value = count
        statement.value_span = match.span("n")
    return statement


def _whole(number: str) -> bool:
    """Whether a count is well formed; "06" is, as the genre writes small counts."""
    try:
        parse_count(number.lstrip("0") or "0")
    except NumberError:
        return False
    return True


@dataclass
class _Marks:
    """Where a sentence's closing parentheses and words of posts are, found once, so each
    count of leavers looks its breakdown up by bisection (a sentence listing thousands of
    them is read in linear time)."""

    text: str
    closing: list[int] = field(default_factory=list)
    posts: list[int] = field(default_factory=list)
    found: bool = False

    def first_closing(self, start: int) -> int:
        self._find()
        index = bisect_left(self.closing, start)
        return self.closing[index] if index < len(self.closing) else -1

    def names_posts(self, start: int, end: int) -> bool:
        self._find()
        index = bisect_left(self.posts, start)
        return index < len(self.posts) and self.posts[index] < end

    def _find(self) -> None:
        if not self.found:
            self.closing = [i for i, char in enumerate(self.text) if char == ")"]
            self.posts = [m.start() for m in POST_WORDS.finditer(self.text)]
            self.found = True


def _breakdown(text: str, end: int, marks: _Marks) -> Span:
    """The breakdown that follows a count of leavers ending at `end`, if one does: a
    parenthesis ("(theo Nghị định số 108/2014/NĐ-CP: 301 trường hợp; ...)"), or the rest of the
    sentence after "trong đó" / "gồm" ("..., trong đó: 06 công chức; 90 viên chức"); only
    where it names no post and makes no statement of one (no "biên chế", "là", "giao",
    "giảm", ...), so a figure of a unit after it is never taken for people."""
    opener = BREAKDOWN_OPENS.match(text, end)
    if opener is None:
        return (0, 0)
    close = marks.first_closing(opener.end()) if opener.group(0).endswith("(") else len(text)
    if close < 0 or marks.names_posts(end, close):
        return (0, 0)
    return (opener.end(), close)


_GIVES_A_PLACE = re.compile(r"giao(?:\s+cho)?\s+(?:tỉnh|thành\s+phố|địa\s+phương)(?!\w)", _I)
"""The verb giving the text's own province its posts ("giao tỉnh 3.259 biên chế")."""
_LEAVERS_NAMED = re.compile(
    r"(?<!\w)số\s+(?:người|trường\s+hợp|cán\s+bộ,?\s+công\s+chức(?:,?\s+viên\s+chức)?|công\s+chức"
    r"|viên\s+chức)\s+(?:đã\s+)?(?:dự\s+kiến\s+)?(?:được\s+)?(?:có\s+(?:đơn|nguyện\s+vọng)\s+)?"
    r"(?:giải\s+quyết|tinh\s+giản|nghỉ|thôi\s+việc|xin\s+nghỉ|ra\s+khỏi\s+biên\s+chế)"
    # ("theo Nghị định số 29/2023/NĐ-CP giai đoạn 2023 - 2026 là": a decree and a period; a
    # count between would stay unplaced, so the sentence could not be read whole anyway)
    r"(?!\w)[^;]{0,160}$",
    _I,
)
_LEAVERS_PERIOD = re.compile(
    rf"(?:[;,]\s*|(?<!\w))(?:riêng|trong\s+đó)\s+(?P<months>[0-9]{{1,2}}\s+tháng(?:\s+đầu)?\s+)?"
    rf"năm\s+{YEAR}\s+(?:là|có)\s+$",
    _I,
)
"""A part of a leavers' period, then its count ("; riêng 2 tháng đầu năm 2025 có 634 người")."""
_PAYROLL_OVER_YEARS = re.compile(
    rf"(?<!\w)(?:trong|riêng)\s+(?:[^\d;,.]{{1,12}}\s)?năm\s+{YEAR}\s*(?:[-–]|và)\s*(?:năm\s+)?"
    rf"{YEAR}\s*,?\s*số\s+(?:người|lao\s+động)\s+hưởng\s+lương[^\d;.]{{0,40}}?$",
    _I,
)
"""People paid from the budget, counted over a span of years: not posts (a plan names those
"biên chế" or "số lượng người làm việc"), and no year's figure."""


def _compared(match: re.Match[str]) -> bool:
    """Whether a change's own words name what it compares with ("so với năm 2021")."""
    groups = match.re.groupindex
    return any(name in groups and match.group(name) for name in ("base", "prev"))


_AVERAGE = re.compile(
    # ("29 xã quy mô trung bình: 899 người": communes of middle size, no average)
    r"(?<!\w)(?:bình\s+quân|(?<!mô\s)(?<!hạng\s)(?<!loại\s)trung\s+bình)(?!\w)",
    _I,
)
_SETTLED = re.compile(r"(?<!\w)giải\s+quyết\s+(?:chế\s+độ|chính\s+sách)(?!\w)", _I)
_SHARE_OF = re.compile(rf"(?<!\w)chiếm\s+(?:tỷ\s+lệ\s+)?(?P<n>{NUM}\s?%)", _I)
_POSITIONS = re.compile(
    r"(?<!\w)số\s+(?:cấp\s+phó|cấp\s+trưởng|lãnh\s+đạo(?:,?\s+quản\s+lý)?)(?!\w)[^\d;.()]{0,40}$",
    _I,
)
"""Positions counted ("số cấp phó giảm 173 người"): leaders, whatever posts they hold."""
_GIVEN_TO = re.compile(
    # (eng-unread7: "... người làm việc hưởng lương từ ngân sách nhà nước năm 2022 cho ...",
    # the pay source completing the count's words before the year, as `_YEAR_AFTER` has it)
    r"(?:\s+hưởng\s+lương\s+(?:từ|bằng)\s+(?:nguồn\s+)?(?:ngân\s+sách(?:\s+nhà\s+nước)?|NSNN))?"
    rf"(?:\s+năm\s+(?P<y>{YEAR}))?\s+cho\s+(?P<obj>[^\d;:.()]{{3,120}}?)(?=\s*,\s*(?:giảm|tăng)\s)",
    _I,
)
_COUNT = re.compile(rf"(?<![\w/.,-]){NUM}(?![\w/-])")
POST_WORDS = re.compile(
    # ("theo chính sách tinh giản biên chế" names the policy, not posts)
    r"(?<!\w)(?:(?<!giản\s)biên\s+chế|chỉ\s+tiêu|là|còn|giao|giảm|tăng|so\s+với|dự\s+phòng"
    r"|năm)(?!\w)",
    _I,
)


def _parts_listed(owner: Statement, gap: str) -> bool:
    """Whether the value of `owner` was just broken down into two or more categories' counts
    ("gồm: 690 biên chế cán bộ, công chức; 151 biên chế viên chức"), with only a separator
    since the last, or the end of the parenthesis after it ("7.273 người làm việc (trong đó
    có 300 giáo viên) và 3 biên chế dự phòng", eng-parts6)."""
    return (
        owner.value is not None
        and sum(1 for part in owner.parts if part.change is None) >= 2
        and gap.strip(" ;,") in ("", ")")
    )


def _reserve_beside(reading: Reading) -> Statement | None:
    """The reserve after the posts given to bodies ("gồm: 65 biên chế giao cho các cơ quan và
    3 biên chế dự phòng"): a part of the figure those posts are a part of, of its category;
    None where the statement before is no such object of a figure."""
    if not reading.statements:
        return None
    given = reading.statements[-1]
    owner = given.container
    if (
        owner is None
        or owner.value is None
        or given.value is None
        or given.subject.kind is not Kind.BLOCK
        or given.parts
        or given.changes
    ):
        return None
    subject = Subject(Kind.BLOCK, "Dự phòng", owner.subject.category, where=Scope.RESERVE)
    return Statement(subject, container=owner)


def _listed_before(reading: Reading, owner: Statement) -> bool:
    """Whether the sentence already listed at least two parts of `owner`: only then is "còn
    lại N" the rest of that list."""
    return sum(1 for s in reading.statements if s.container is owner) >= 2


def _items(text: str) -> list[tuple[str, re.Match[str]]]:
    """All items, earliest first, longest first among those starting together, no overlap."""
    found = [
        (index, kind, match)
        for index, (kind, pattern) in enumerate(RULES)
        for match in pattern.finditer(text)
    ]
    rolls = _rolls(text)
    found = [
        item
        for item in found
        if (
            item[1] not in ("listed", "listed-unit", "listed-last")
            or _listable(item[2].group("obj"))
        )
        # ("..., UBND tỉnh đề nghị ... cho 2.050 biên chế công chức": a category said after
        # an item's count only inside a list, "gồm khối A 1.212 biên chế, khối B 2.486 biên
        # chế công chức")
        and (
            item[1] != "listed-unit"
            or _item_category(item[2]) is None
            or _LIST_WORDS.search(text, 0, item[2].start("n")) is not None
        )
        and (item[1] not in ("extreme", "item") or not _VERB.search(item[2].group("obj")))
        # (eng-at1mis) "Các xã thiếu 117 người": a name ending in a surplus or a shortage is
        # none; its count is how far the people are from the posts (outside, `SHORT_OF`)
        and not _surplus_named(item[2])
        # "So với năm 2018, số biên chế này giảm 5.508": a name holding a verb is no body of
        # a roll, and its count is the verb's
        and (item[1] != "roll" or (rolls(item[2]) and not _VERB.search(item[2].group("obj"))))
        and (item[1] != "roll" or not _closes_unopened(text, item[2]))
        # "gồm: 22.850 biên chế sự nghiệp ...; 6.462 ...": a sector's count opens a list's
        # item, never a clause leaving it out ("(không tính 1.591 biên chế sự nghiệp ...)")
        and (
            item[1] != "sector"
            or _SECTOR_BEFORE.search(text, max(0, item[2].start() - 24), item[2].start())
            is not None
        )
        # "Khu vực phía Bắc: Chi cục I và Chi cục II, mỗi Chi cục 46 biên chế": an amount for
        # each body is never a unit's figure, whatever rule took its count (only the rules
        # reading "mỗi" themselves, and a range, which is no figure, may take it)
        and (item[1] in _READS_EACH or not _for_each(text, item[2]))
    ]
    # "..., gồm 1.201 biên chế giao cho các sở và 13 biên chế dự phòng": the reserve beside
    # the posts given to bodies only right after such an object
    given_ends = {match.end() for _, kind, match in found if kind == "object"}
    found = [item for item in found if item[1] != "reserve-beside" or item[2].start() in given_ends]
    found.sort(key=lambda item: (item[2].start(), -item[2].end(), item[0]))
    chosen: list[tuple[str, re.Match[str]]] = []
    end = 0
    for _, kind, match in found:
        if match.start() >= end:
            chosen.append((kind, match))
            end = match.end()
    return chosen


def _closes_unopened(text: str, match: re.Match[str]) -> bool:
    """Whether a roll item ends at a closing parenthesis that no parenthesis open before the
    item (and still open) matches: "(cấp tỉnh 798, cấp huyện 614)" goes on a list inside
    its parenthesis; "... Sở A 798, Sở B 614)" with no "(" before is no such list."""
    if not text[match.end() :].lstrip().startswith(")"):
        return False
    return text.rfind("(", 0, match.start()) <= text.rfind(")", 0, match.start())


_READS_EACH = frozenset({"each", "per-year", "range"})
_EACH_BEFORE = re.compile(
    r"(?<!\w)mỗi\s+(?!(?:năm|tháng|quý|lần|giai\s+đoạn|kỳ|người)(?!\w))[^\W\d_][^\d;,.()]{0,40}?\s*$",
    _I,
)


def _for_each(text: str, match: re.Match[str]) -> bool:
    """Whether the item's count is an amount for each body ("mỗi Chi cục 46 biên chế")."""
    if "n" not in match.re.groupindex or match.start("n") < 0:
        return False
    start = match.start("n")
    return _EACH_BEFORE.search(text, max(0, start - 60), start) is not None


_SECTOR_BEFORE = re.compile(
    r"(?:(?<!\w)(?<!không\s)(?:bao\s+)?gồm\s*:?|(?<!\w)chia\s+ra\s*:?|[:;,]|(?<!\w)và)\s*$", _I
)


def _rolls(text: str) -> Callable[[re.Match[str]], bool]:
    """Whether a roll item ("Ban Dân tộc 23") is one: the sentence is a roll of bodies, each
    named before its count, or the item goes on a list the sentence opened before it ("...,
    trong đó thành phố Tam Kỳ 123, Điện Bàn 120"). Both looked up once per sentence."""
    if _ROLL_LINE.fullmatch(text) is not None:
        return lambda match: True
    opened = _ENUMERATING.search(text)
    start = opened.start() if opened is not None else len(text)
    return lambda match: match.start() > start


_ROLL_COUNT = rf"(?<!năm)\s+(?!(?:19|20)[0-9]{{2}}(?![0-9.,])){NUM}"
_ROLL_NAME = r"[^\d;():\s][^\d;():]{1,79}?"
"""A name in a roll: it starts with no space, so the spaces after a comma are the separator's
alone (both taking them would backtrack exponentially on a line that is not a roll)."""
_ROLL_LINE = re.compile(
    rf"\s*(?:{_ROLL_NAME}{_ROLL_COUNT}\s*[,;]\s*)*(?:và\s+)?{_ROLL_NAME}{_ROLL_COUNT}"
    r"\s*[.;]?\s*",
    re.IGNORECASE,
)
"""A sentence that is only a roll of bodies, each named before its count."""


def _listable(name: str) -> bool:
    """Whether the words before a count in a list ("; sự nghiệp y tế 5.262", "(cấp tỉnh
    1.702") name a unit: a category or a block, and no subset of people."""
    if SUBSET_NOUNS.search(name) or _VERB.search(name) or _SUMMING.search(name):
        return False  # "; dự phòng là 1.000", "... tổng cộng 30.119": statements of their own
    return read_subject(name).kind in (Kind.CATEGORY, Kind.BLOCK)


_TIME_FRAME = re.compile(r"^[\s,;:(]*(?:khi|lúc)(?!\w)[^,;:()]*$", _I)
"""A clause of when opening right before a figure ("khi thành phố còn là tỉnh X và được giao
26.660 biên chế"): its figure is of a time, said of no unit the reader can name."""


def _statement_for(gap: str, current: Statement | None, made: list[Statement]) -> Statement:
    subject = read_subject(gap)
    clause = read_subject(gap.rsplit(";", 1)[1]) if ";" in gap else None
    if clause is not None and clause.kind is Kind.OUTSIDE:
        # "... tại Điều 1; lao động hợp đồng theo Nghị định số 111/2022/NĐ-CP (3.940 chỉ tiêu)
        # ...": a count after a clause naming contract staff is theirs, never a unit's
        subject = clause
    if (
        clause is not None
        and subject.kind is Kind.TOTAL
        and clause.kind in (Kind.CATEGORY, Kind.BLOCK)
    ):
        # "... không giao vượt tổng số tại Điều 1; biên chế công chức năm 2024 (3.940 chỉ
        # tiêu) ...": the total's words end their clause; the count after the clause naming a
        # unit of its own is never the total's (whose it is, the clause's or another's, is
        # not told: it was read as a total, eng-ajmis)
        statement = Statement(Subject(None, clause.name, year=clause.year))
        made.append(statement)
        return statement
    if _TIME_FRAME.match(gap):
        # "So với năm 2021, khi thành phố còn là tỉnh X và được giao 26.660 biên chế, ...": a
        # clause of when, never a unit (nor the unit before); whose figure it is, not told
        statement = Statement(Subject(None, subject.name, year=subject.year))
        made.append(statement)
        return statement
    if (
        current is not None
        and subject.kind in (Kind.TOTAL, Kind.BLOCK)
        and not subject.leading
        and ";" not in gap
        and not _named_after_opener(gap, made)
    ):
        # Mid-clause words that name a place ("do thành lập trường mới") are not a new
        # subject; a new block or total opens with its name, or follows a semicolon.
        subject = Subject(None, subject.name, year=subject.year)
    if (
        current is not None
        and clause is not None
        and subject.kind is Kind.BLOCK
        and clause.kind is None
        and clause.year is not None
        and not subject.leading
    ):
        # "... 126 biên chế công chức trong các cơ quan chuyên môn; đến năm 2026 còn 119 biên
        # chế": words before the semicolon end the clause whose count they follow; the clause
        # after it names only a year, no unit of its own (the place was read as the next
        # figure's body); one naming no year ("...; đồng thời bổ sung 4 biên chế") is left
        subject, gap = clause, gap.rsplit(";", 1)[1]
    if current is not None and subject.kind is Kind.BLOCK and PAY_SOURCE.match(subject.name):
        # "... 24.424 viên chức hưởng lương từ ngân sách nhà nước; giảm 455 biên chế": the
        # pay source completes the count before it; only a sentence's first words are a line.
        # After it, a clause naming a unit of its own ("...; cán bộ, công chức cấp xã toàn
        # tỉnh là 2.386 người") opens that unit's statement, never adds to the one before.
        clause = read_subject(gap.rsplit(";", 1)[1]) if ";" in gap else None
        if clause is not None and clause.kind is not None:
            subject = clause
        else:
            subject = Subject(None, subject.name, year=subject.year)
    if current is not None and subject.kind is None:
        if subject.year is None or subject.year == current.subject.year:
            return current
        rest = SUBJECT_YEAR.sub(" ", TRAIL.sub("", LEAD.sub("", gap)))
        if _WORDS_LEFT.search(_SAME_UNIT_WORDS.sub(" ", ANAPHORA.sub(" ", rest))) and not (
            # "...; đề nghị Bộ Nội vụ năm 2026 là 514": the same posts asked of the giver
            asks_a_giver(rest)
        ):
            # "...; mức giảm 5% ... đến năm 2026; số công chức hiện có là 3.475 người": words
            # naming something else than the unit before, which this reader did not tell
            statement = Statement(Subject(None, subject.name, year=subject.year))
            made.append(statement)
            return statement
        # "(năm 2023 là 2.324 biên chế)": the same unit in another year, where it stands
        statement = Statement(replace(current.subject, year=subject.year))
        statement.container = current.container
        made.append(statement)
        return statement
    container = None
    # "(" right before the figure is its parenthesis ("Điện Bàn nhiều nhất (114 biên
    # chế)"), not a list of parts.
    # Nor does a name's own parenthesis ("các cục (Cục A, Cục B) có 557 biên chế") open one.
    cleaned = PARENTHESES.sub(" ", gap.rstrip().removesuffix("(").rstrip())
    listing = _ENUMERATING.search(cleaned)
    # "...(gồm 18 biên chế dự phòng); Lộ trình giao biên chế công chức: năm 2022: ...": a
    # clause naming its own subject before its colon opens its own list, not the parts of
    # the figure before the semicolon (the chain was read as the reserve's line)
    own_lead = listing is not None and _CLAUSE_WORDS.search(cleaned, 0, listing.start())
    if own_lead:
        listing = None
    if subject.kind in (Kind.CATEGORY, Kind.BLOCK) and made and listing:
        # "Tổng ... là 500, trong đó cán bộ, công chức là 120": the sentence itself says the
        # unit is a part; a category of a total or block, a block of a total.
        container = made[-1]
    elif (
        subject.kind in (Kind.CATEGORY, Kind.BLOCK)
        and made
        and made[-1].container
        and not made[-1].subset
        and not _heads_another_category(subject.name, made[-1].container)
        and not own_lead
    ):
        # "..., viên chức là 380": the enumeration goes on (a subset counted inside a figure,
        # "..., trong đó có 1.362 giáo viên; các đơn vị khác ... 86 người", opens none)
        container = made[-1].container
    elif (
        subject.kind in (Kind.CATEGORY, Kind.BLOCK)
        and made
        and made[-1].subset
        and made[-1].container is not None
        and made[-1].container.container is not None
        and _list_goes_on(gap, subject, made[-1].container)
        and not _heads_another_category(subject.name, made[-1].container.container)
        and not own_lead
    ):
        # "..., viên chức 1.767 (trong đó có 778 giáo viên); các hội 87": after a subset
        # counted inside a part, the list of parts goes on
        container = made[-1].container.container
    statement = Statement(subject, container=container)
    made.append(statement)
    return statement


_POSTS_THEN_NAME = r"(?:số\s+(?:lượng\s+)?)?biên\s+chế\s+(?=\S)"
_OPENER_THEN_POSTS = re.compile(
    rf"^\s*[,;]?\s*(?:trong\s+đó|(?:bao\s+)?gồm|cụ\s+thể)\s*:?\s*{_POSTS_THEN_NAME}", _I
)
_NEXT_THEN_POSTS = re.compile(rf"^\s*[,;]\s*(?:và\s+)?{_POSTS_THEN_NAME}", _I)
"""A list's opener, then the posts' word before an item's name ("..., trong đó biên chế dự
phòng là 22 biên chế", "..., trong đó số biên chế dự phòng là 2")."""


def _named_after_opener(gap: str, made: list[Statement]) -> bool:
    """Whether the gap opens a list, or goes on with the list just opened, and names its item
    right after the posts' word ("..., trong đó biên chế dự phòng là 22", "..., trong đó biên
    chế cấp tỉnh là 1.037, biên chế cấp huyện là 790"): a name leading its item, never words
    mid-clause (the change said before the opener stays with the figure before it; the
    item's figure is the item's, never that figure's own)."""
    opened = _OPENER_THEN_POSTS.match(gap)
    if opened is None and made and made[-1].container is not None and not made[-1].subset:
        opened = _NEXT_THEN_POSTS.match(gap)
    if opened is None:
        return False
    named = read_subject(gap[opened.end() :])
    # (a year of its own, "biên chế dự phòng năm 2024 là 18", is not the figure's year)
    return named.leading and named.year is None


def _list_goes_on(gap: str, subject: Subject, part: Statement) -> bool:
    """Whether the item after a subset counted inside a part is the next part of the list:
    the subset closed in its parenthesis ("... (trong đó có 778 giáo viên); các hội 87"), or
    the item names a category other than that part's, which none of its subset can be
    ("..., trong đó có 778 giáo viên; các hội 87"); never a body of no category ("...; các
    đơn vị khác 86 người": maybe some of the subset's)."""
    if _SUBSET_CLOSED.match(gap):
        return True
    return (
        subject.kind is Kind.CATEGORY
        and subject.category is not None
        and part.subject.category is not None
        and subject.category is not part.subject.category
        and _SUBSET_ENDED.match(gap) is not None
    )


_SUBSET_ENDED = re.compile(r"[^();,]*[,;]\s*(?:và\s+)?(?=[^\W\d_])", _I)
"""The end of a subset said with no parenthesis and the separator to the next item."""
_SUBSET_CLOSED = re.compile(r"[^();]*\)\s*(?:[,;]\s*(?:và\s+)?|và\s+)(?=[^\W\d_])", _I)
"""The end of a subset's parenthesis and the separator to the next item of the list."""


_CLAUSE_WORDS = re.compile(r";\s*[^\W\d_][^;]*$")
"""A semicolon, then words (the next clause's subject) up to where the gap is searched."""


def _heads_another_category(name: str, container: Statement) -> bool:
    """Whether a name opens with a category's words other than its would-be container's
    ("...là 1.792 biên chế công chức, gồm 900 ... và 892 ...; số người làm việc ... là 32.536":
    people paid from the budget are no part of the civil servants' posts)."""
    whole = container.subject.category
    if whole is None:
        return False
    for kind, pattern in CATEGORY_RULES:
        if pattern.match(name):
            return kind.category is not None and kind.category is not whole
    return False


_FRAME_AFTER_A_CLAUSE = re.compile(
    r";\s*trong\s+(?:tổng\s+)?số\s+(?:trên|này|đó|nêu\s+trên)\s*,?\s*(?:có\s*)?$", _I
)
_INTO_A_WHOLE = re.compile(r"\W*trong\s+(?:tổng\s+)?số\s+[^,;:\d]*", _I)
_ENDS = re.compile(r"\s*[.;]?\s*$")
_WORDS_LEFT = re.compile(r"[^\W\d_]{2,}")
# words that may stand between a unit's figure and its figure for another year
_SAME_UNIT_WORDS = re.compile(
    r"(?<!\w)(?:dự\s+kiến|kế\s+hoạch|sẽ|còn|chỉ|xuống|tiếp\s+tục|đến|tới|vào|trong|của|và|thì"
    # "...; đề nghị năm 2026 là 514 biên chế": the same posts asked for the next year
    r"|đề\s+nghị|đề\s+xuất"
    # "...; năm 2021 số được giao là 4.402 người": the number (given), the same posts', its
    # verb gone with the subject's trail ("số" before a category's or a body's word names
    # their own unit: never this)
    r"|số(?=\s*$)"
    # the rest of the count's own words ("54.864 người làm việc hưởng lương từ ngân sách")
    r"|tỉnh|toàn\s+tỉnh|làm\s+việc|hưởng\s+lương\s+(?:từ|bằng)\s+(?:ngân\s+sách(?:\s+nhà\s+nước)?|NSNN))"
    r"(?!\w)",
    _I,
)


def _given_elsewhere(text: str, end: int, category: Category) -> bool:
    """Whether the count ending at `end` is given "cho" someone other than the category's
    whole (the communes are the whole of the commune staff's posts)."""
    given = _ANY_RECIPIENT.match(text, end)
    if given is None or _WHOLE_RECIPIENT.fullmatch(given.group("obj")):
        return False
    return not (category is Category.XA and read_subject(given.group("obj")).where is Scope.COMMUNE)


_SUBSET_PAREN = r"\((?=\s*(?:trong\s+đó|gồm|bao\s+gồm)\s)"
_CHANGE_PAREN = r"\((?=\s*(?:giảm|tăng)\s+[0-9])"
"""A parenthesis of the count's change after a recipient ("cho các cơ quan đảng, ... cấp tỉnh
(giảm 23 biên chế so với năm 2024)"): it closes the recipient's name."""
_ANY_RECIPIENT = re.compile(
    rf"\s*(?:năm\s+{YEAR}\s+)?cho\s+(?!(?:cả\s+)?năm\s)(?P<obj>[^;.()]{{1,160}}?)(?=\s*(?:[;.)]|{_SUBSET_PAREN}|$)"
    r"|\s+(?:năm|giảm|tăng|để|theo|bằng|giữ)(?!\w))",
    _I,
)


_OWN_REVENUE_PAID = re.compile(
    r"\s+(?P<q>hưởng\s+lương\s+(?:từ|bằng)\s+nguồn\s+thu\s+sự\s+nghiệp)(?!\w)", _I
)
"""People paid from their units' own revenue, said after their count."""
_POSTS_ALONE = re.compile(
    r"\s*biên\s+chế(?!\s*(?:cán|công|viên|người|hành|sự|dự|của|các|hợp|cho|trong|thuộc)(?!\w))"
    r"(?=\s*(?:[,;.]|$))",
    _I,
)


_ALL_COMMUNES_LISTED = re.compile(
    r"(?:các\s+)?(?:(?:xã|phường)(?:,\s*(?:xã|phường|thị\s+trấn|đặc\s+khu))+"
    r"|đơn\s+vị\s+hành\s+chính\s+cấp\s+xã)(?:\s+mới)?",
    _I,
)
"""The communes as a level, named by their kinds listed ("các xã, phường mới"); never one
kind alone ("các xã", which a text may set against "các phường")."""
_OTHER_COMMUNES = re.compile(r"(?<!\w)(?:xã|phường|thị\s+trấn|đặc\s+khu)(?!\w)", _I)


def _communes_posts(subject: Subject, text: str, end: int) -> bool:
    """Whether a count is "biên chế" alone (nothing after it but the clause's end) given to
    the communes as a level ("các xã, phường (mới)", "các đơn vị hành chính cấp xã"), with no
    list, parenthesis or other communes after it: their posts are cán bộ, công chức cấp xã
    (people, or a list of categories after it, say otherwise)."""
    return (
        subject.kind is Kind.BLOCK
        and subject.category is None
        and not subject.qualifier
        and _ALL_COMMUNES_LISTED.fullmatch(subject.name) is not None
        and _OTHER_COMMUNES.search(text, end) is None
        and _POSTS_ALONE.match(text, end) is not None
        and OPENS.search(text) is None
        and _ENUMERATING.search(text, end) is None
        and not _a_part(text[:end])
    )


_PART_WORDS = re.compile(
    r"(?<!\w)(?:trong\s+(?:đó|số\s+(?:đó|này))|(?:bao\s+)?gồm|cụ\s+thể|chia\s+ra|riêng)(?!\w)", _I
)
_DAYS_AND_YEARS = re.compile(
    r"(?<![\w/.,])(?:[0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{4})?|(?:19|20)[0-9]{2})(?![\w/.,]?[0-9])"
)


def _a_part(before: str) -> bool:
    """Whether the communes' count closes a text making it a part of something: a word opening
    parts ("trong đó", "gồm", "cụ thể") or another count before it in the sentence ("tổng biên
    chế công chức của thành phố là 28.416 biên chế, ... các cơ quan cấp thành phố 9.870 biên
    chế, các xã, phường 18.546 biên chế": the communes' share of the city's total, whose
    category is the total's, not cán bộ, công chức cấp xã). Days and years are no counts."""
    head = _DAYS_AND_YEARS.sub(" ", re.sub(r"[0-9][0-9.,]*$", "", before))
    return _PART_WORDS.search(head) is not None or re.search(r"[0-9]", head) is not None


def _given_to_body(text: str, end: int, subject: Subject) -> tuple[Subject, int] | None:
    """The body a count naming no category is given to ("giao 1.102 biên chế cho các cơ quan
    đảng, ... của tỉnh"), as the count's subject, and where its name ends; None unless the
    sentence named no subject of its own before the count (only a year, or nothing) and the
    recipient is a body named without a count of bodies ("cho 135 xã" names how many, not
    who) nor a category (the hội's posts are theirs by another rule), and is a block of
    bodies ("các cơ quan ...", a well-known block), never one body ("cho Sở Y tế")."""
    if subject.kind is not None or subject.name.strip():
        return None
    given = _RECIPIENT.match(text, end)
    if given is None:
        return None
    obj = given.group("obj").strip()
    if not obj or obj[0].isdigit() or _COUNTED_BODIES.match(text, end) is not None:
        return None
    if subject.giver and relative_receiver(obj, subject.giver):
        # "Bộ Nội vụ giao 1.062 biên chế cho các đơn vị trực thuộc": the giver's own bodies,
        # named only through it (eng-latent8)
        return None
    if not _BODIES.match(obj) and known_block(obj) is None:
        return None  # one body's "biên chế" may be of one category the text leaves unsaid
    recipient = read_subject(obj)
    if recipient.kind is not Kind.BLOCK or recipient.year is not None:
        return None
    years = {int(y) for y in re.findall(YEAR, text[end : given.start("obj")])}
    if len(years) > 1 or (years and subject.year not in (None, *years)):
        return None
    year = years.pop() if years else subject.year
    after = _RECIPIENT_YEAR.match(text, given.end()) if year is None else None
    if after is not None:
        # "Đồng ý giao 642 biên chế cho các cơ quan đảng, ... của tỉnh năm 2025 (giảm 12 ...),
        # gồm:": the year right after the bodies, closing their name, is the posts' own
        return replace(recipient, year=int(after.group(1))), after.end()
    return replace(recipient, year=year), given.end()


_RECIPIENT_YEAR = re.compile(rf"\s+năm\s+({YEAR})(?=\s*[(,;.:]|\s*$)", _I)


_BODIES = re.compile(r"(?:các|những)\s", _I)
_COUNTED_BODIES = re.compile(rf"\s*(?:năm\s+{YEAR}\s+)?cho\s+[0-9]", _I)


def _commune_staff(year: int | None) -> Subject:
    """The commune staff's whole (cán bộ, công chức cấp xã) in a year."""
    return Subject(
        Kind.CATEGORY, "cán bộ, công chức cấp xã", Category.XA, year, where=Scope.COMMUNE
    )


def _given_to(recipient: str, category: Category, statement: Statement) -> bool:
    """Make `statement` (a count naming its category) the recipient's: the hội's own category,
    or a body's line of that category. False when the recipient names no unit."""
    subject = read_subject(recipient)
    if subject.kind is Kind.CATEGORY and subject.category is Category.HOI:
        statement.subject = replace(subject, year=statement.subject.year)
        return True
    if (
        subject.kind is Kind.CATEGORY
        and subject.category is category
        and subject.qualifier
        and ORGANISATION.search(subject.qualifier)
    ):
        # "giao cho các đơn vị sự nghiệp thuộc Sở 3.926 người làm việc": bodies of the
        # count's own category, narrowed by whose they are, as the subject "các đơn vị sự
        # nghiệp thuộc Sở được giao ..." is read
        statement.subject = replace(subject, year=statement.subject.year)
        return True
    if subject.kind is not Kind.BLOCK or statement.value is None or statement.value_span is None:
        return False
    category = of_communes(category, subject.where)
    if category is Category.XA and all_communes(recipient):
        # "giao 5.600 biên chế cán bộ, công chức cho (120) xã, phường": the commune staff's
        # posts, whole
        statement.subject = _commune_staff(statement.subject.year)
        return True
    statement.subject = replace(subject, year=statement.subject.year)
    statement.parts.append(Part(category, statement.value, statement.value_span, None))
    statement.value, statement.value_span = None, None
    return True


def _given_own_revenue(recipient: str, category: Category, statement: Statement) -> bool:
    """ "Giao 860 người làm việc hưởng lương từ nguồn thu sự nghiệp cho các đơn vị sự nghiệp
    công lập thuộc huyện": posts paid from own revenue given to bodies of their category
    narrowed by whose they are: the subject keeps both (paid from own revenue, of those
    bodies), never the bodies' budget-paid line. Any other recipient (a body, some bodies
    counted) is not read: False."""
    subject = read_subject(recipient)
    if (
        subject.kind is Kind.CATEGORY
        and subject.category is category
        and subject.qualifier
        and ORGANISATION.search(subject.qualifier)
    ):
        statement.subject = replace(
            subject,
            year=statement.subject.year,
            qualifier=f"{statement.subject.qualifier} {subject.qualifier}",
        )
        return True
    return False


def _given_to_listed(
    text: str, given: re.Match[str], category: Category, statement: Statement
) -> None:
    """ "Giao 699 biên chế công chức năm 2024 cho 10 cơ quan, tổ chức hành chính thuộc UBND
    tỉnh, chi tiết như sau:": posts given to bodies counted, listed below: the figure is the
    group's line of its category (the list its parts), never the category's whole. The year
    named before "cho" is the figure's."""
    assert statement.value is not None and statement.value_span is not None
    name = f"{given.group('many')} {given.group('obj').strip()}"
    years = {int(y) for y in re.findall(YEAR, text[statement.value_span[1] : given.start("obj")])}
    year = years.pop() if len(years) == 1 else statement.subject.year
    statement.subject = Subject(Kind.BLOCK, capital(name), year=year, where=scope_of(name))
    category = of_communes(category, statement.subject.where)
    statement.parts.append(Part(category, statement.value, statement.value_span, None))
    statement.value, statement.value_span = None, None


_RECIPIENT = re.compile(
    r"(?:\s+hưởng\s+lương\s+(?:từ|bằng)\s+(?:nguồn\s+)?(?:ngân\s+sách(?:\s+nhà\s+nước)?|NSNN))?"
    rf"\s*(?:năm\s+{YEAR}\s+)?cho\s+(?:(?P<many>[0-9]{{1,3}})\s+)?(?P<obj>"
    # "cho 166 xã, phường": the communes' words listed, each too short for a name
    r"(?:các\s+)?(?:xã|phường)(?:,\s*(?:xã|phường|thị\s+trấn|đặc\s+khu))+(?:\s+mới)?"
    r"|[^;.()0-9,]{3,120}?"
    r"(?:,\s*(?:tổ\s+chức|đơn\s+vị|cơ\s+quan)[^;.()0-9,]{0,60}?)?"
    # "cho Sở Y tế, Sở Nội vụ năm 2025", "cho các cơ quan Đảng, Mặt trận Tổ quốc và ...":
    # a name going on after a comma is the recipient's, never the next clause's subject
    r"(?:,\s*(?=(?-i:[A-ZĐ])|các\s|(?:ban|ngành|sở|tổ\s+chức|đơn\s+vị|cơ\s+quan|đoàn\s+thể"
    r"|địa\s+phương|thị\s+xã|thành\s+phố|quận|huyện|thị\s+trấn)(?!\w))"
    r"[^;.()0-9,]{2,100}?){0,6})"
    # (a parenthesis of some of them after it, "(trong đó có 17 giáo viên)", ends it too;
    # one naming them, "(Trường Chính trị tỉnh, Báo ...)", goes on with it)
    # (and so does one of the count's change, "(giảm 23 biên chế so với năm 2024)")
    rf"(?=\s*(?:[;.)]|{_SUBSET_PAREN}|{_CHANGE_PAREN}|,(?!\s*(?:(?-i:[A-ZĐ])|các\s))|$)"
    r"|\s+(?:năm|giảm|tăng|để|theo|bằng|giữ)(?!\w))",
    _I,
)
"""A recipient after a count: "... cho Sở Y tế", "... cho 11 tổ chức hội có tính chất đặc thù"."""
_OF_THE_HOI = re.compile(
    rf"\s*(?:năm\s+{YEAR}\s+)?của\s+(?P<obj>(?:các\s+)?(?:tổ\s+chức\s+)?hội\s[^;.()0-9,]{{3,120}}?)"
    r"(?=\s*(?:[;.),]|$))",
    _I,
)
"""Whose posts a count is, said after it: "612 biên chế năm 2025 của các hội có tính chất đặc
thù" (read only where the owner is the hội's category, `read_subject`)."""
_A_HOI_AFTER = re.compile(
    r"\s+(?:trong|tại|ở|của|thuộc)\s+(?:các\s+)?(?:tổ\s+chức\s+)?hội(?!\s+đồng)(?!\w)", _I
)
"""A count of người làm việc placed in the hội ("... trong các hội", "... tại Hội Chữ thập đỏ")."""
_IN_THE_HOI = re.compile(
    r"\s+(?:trong|tại|ở|của|thuộc)\s+(?P<obj>(?:các\s+)?(?:tổ\s+chức\s+)?hội(?!\s+đồng)\s"
    r"[^;.()0-9,]{3,120}?)(?=\s*(?:[;.),]|$))",
    _I,
)
"""Where a count of người làm việc works, said after it, when that is the hội (read as the
hội's posts only where the place is the hội's category whole, `_all_the_hoi`)."""


def _all_the_hoi(place: str) -> bool:
    """Whether a place is all the hội có tính chất đặc thù ("các hội có tính chất đặc thù"),
    never one hội ("Hội Chữ thập đỏ") nor a year's ("các hội đặc thù năm 2025": the count's
    year is its own)."""
    subject = read_subject(place)
    return (
        subject.kind is Kind.CATEGORY
        and subject.category is Category.HOI
        and not subject.qualifier
        and subject.year is None
    )


_WHOLE_RECIPIENT = re.compile(
    r"(?:(?:các|những|toàn\s+bộ)\s+)?(?:(?:cơ\s+quan|tổ\s+chức|đơn\s+vị|hành\s+chính|nhà\s+nước"
    r"|sự\s+nghiệp|công\s+lập|và|của|thuộc|trực\s+thuộc|trên\s+địa\s+bàn|tỉnh|thành\s+phố"
    r"|toàn\s+tỉnh)[,\s]*)+",
    _I,
)
"""A recipient that is the category's whole: "các cơ quan, tổ chức hành chính của tỉnh"."""


def _cut_names_category(
    text: str, end: int, current: Statement, change: Change | None
) -> tuple[Category, int] | None:
    """The category (and where its name ends) that a sentence's first and only cut counts
    when the sentence names its year but no subject and no figure ("năm 2026 giảm 65 biên chế
    công chức so với năm 2025"); None for a cut of a subject, after a figure, a second cut, a
    cut naming no year ("(giảm 122 biên chế công chức, ...)" after an item: whose year is
    not said), a count naming the commune's posts or two categories."""
    subject = current.subject
    if (
        change is None
        or change.count is None
        or current.changes != [change]
        or current.value is not None
        or subject.kind is not None
        or subject.name.strip()
        or subject.anaphora
        or subject.year is None
        or subject.since is not None
    ):
        return None
    named = NAMED_AFTER.match(text, end)
    if named is None or (named.group("cat") or named.group("cat2")) is None:
        return None
    if _COMMUNE_AFTER.match(text, named.end()) or _AND_CATEGORY.match(text, named.end()):
        return None
    kind = kind_of(named.group("cat2") or "người làm việc")
    if kind not in (LexKind.CBCC, LexKind.VC) or kind.category is None:
        return None
    return kind.category, named.end()


def _scoped(kind: LexKind | None, statement: Statement) -> LexKind | None:
    """The category a count names, in its subject's scope: "Chính quyền địa phương ở các xã,
    phường ... được giao 5.714 biên chế cán bộ, công chức" counts cán bộ, công chức cấp xã,
    which the province's CBCC (and Kết luận 40's) leave out."""
    if kind is LexKind.CBCC and statement.subject.where is Scope.COMMUNE:
        return LexKind.XA
    return kind


def _take_value(match: re.Match[str], current: Statement, reading: Reading) -> bool:
    count = parsed_count(match, reading)
    if count is None:
        return False
    if current.value is not None:
        reading.orphans.append(Orphan(match.span("n"), _TWO_VALUES))
        return False
    current.value = count
    current.value_span = match.span("n")
    return True


def _take_from(match: re.Match[str], current: Statement, reading: Reading) -> None:
    """ "giảm từ A (năm Y) xuống còn B": A is the unit's figure for year Y when the text
    says which year; otherwise it cannot be placed."""
    span = match.span("a")
    if match.group("ay") is None:
        reading.orphans.append(Orphan(span, _FROM_WITHOUT_YEAR))
        return
    try:
        count = parse_count(match.group("a"))
    except NumberError as exc:
        reading.orphans.append(Orphan(span, Message(exc.message_vi, exc.message_en)))
        return
    earlier = replace(current.subject, year=int(match.group("ay")))
    reading.statements.append(
        Statement(earlier, count, span, container=current.container, sets_year=False)
    )


def _take_change(match: re.Match[str], current: Statement, reading: Reading) -> Change | None:
    rate = None
    count = None
    if match.group("pct"):
        rate = parsed_rate(match.group("n") + match.group("pct"), match.span("n"), reading)
        if rate is None:
            return None
    else:
        count = parsed_count(match, reading)
        if count is None:
            return None
    base = match.group("base")
    change = Change(
        match.group("dir").lower() == "tăng",
        count,
        rate,
        int(base) if base else None,
        [match.span("n")],
        previous="prev" in match.re.groupindex and match.group("prev") is not None,
    )
    current.changes.append(change)
    return change


def _take_rate(match: re.Match[str], change: Change | None, reading: Reading) -> None:
    if change is None or change.rate is not None:
        reading.orphans.append(Orphan(match.span("n"), _NO_CHANGE_FOR_RATE))
        return
    rate = parsed_rate(match.group("n"), match.span("n"), reading)
    if rate is not None:
        change.rate = rate
        change.spans.append(match.span("n"))


def _rate_against(match: re.Match[str], change: Change | None) -> Change | None:
    """The change a rate is of: a rate naming its year and direction ("tỷ lệ giảm so với năm
    2021 là 9,67%") is only of a change against that year in that direction, never of
    another year's (then it is unread)."""
    if change is None or "base" not in match.re.groupindex:
        return change
    said = int(match.group("base")), match.group("dir").lower() == "tăng"
    return change if (change.base_year, change.increase) == said else None


def _take_equivalent(match: re.Match[str], change: Change | None, reading: Reading) -> None:
    if change is None or change.count is not None:
        reading.orphans.append(Orphan(match.span("n"), _NO_CHANGE_FOR_RATE))
        return
    count = parsed_count(match, reading)
    if count is not None:
        change.count = count
        change.spans.append(match.span("n"))


_NOT_YET = re.compile(r"(?<!\w)(?:chưa|không)\s*$", _I)
"""Right before a change's verb: the cut is not made ("chưa giảm 143 người")."""
_REASON = re.compile(r"(?<!\w)(?:vì|bởi\s+vì)(?!\w)", _I)
"""A clause giving a reason ("vì ... đã giảm 45%")."""
_PAYROLL = re.compile(
    r"(?:^|[,;:]\s*)(?:tổng\s+)?số\s+(?:người|lao\s+động)\s+hưởng\s+lương\s+(?:từ\s+)?ngân\s+sách"
    r"(?:\s+nhà\s+nước)?(?:\s+(?:đã|đã\s+được|được))?\s*$",
    _I,
)
"""People paid from the budget, as the subject of a change: a count of people, not posts."""


def read_in_post(statement: Statement) -> bool:
    """Staff in post a rule of their own read, as a unit apart ("Hiện có 1.641 công chức",
    "X: 212 biên chế, có mặt 198 người"), not a subject merely naming them."""
    subject = statement.subject
    return subject.qualifier.startswith(IN_POST) or (
        statement.member and subject.kind is Kind.BLOCK and subject.name.endswith(f" {IN_POST}")
    )


def in_post_unchanged(statement: Statement) -> bool:
    """Staff in post read as a unit apart whose sentence states no change of them ("Hiện có
    1.641 công chức", "X: 212 biên chế, có mặt 198 người"): people counted on a day, nothing
    to check, outside the plan (docs/staff-in-post.md, "One convention"). Only a change
    stated beside them ("có mặt 1.873 công chức, giảm 25 người so với năm 2023") makes them a
    unit apart, whose slip is a slip."""
    return read_in_post(statement) and not (
        statement.changes or any(part.change for part in statement.parts)
    )


_IN_POST = re.compile(r"(?<!\w)(?:có\s+mặt|hiện\s+có|thực\s+có)(?!\w)", _I)
_HELD_BEFORE = re.compile(r"(?<!\w)(?:hiện\s+(?:nay\s+)?(?:đang\s+)?có|có\s+mặt|thực\s+có)\s*$", _I)
_HELD_NOT_GIVEN = Message(
    "số hiện có (đang có) của đơn vị, không rõ là biên chế được giao của năm nào: không đọc",
    "a count the unit holds now, not clearly the posts given for any year: not read",
)


def _held_before_figure(text: str, reading: Reading) -> None:
    """ "Sở A: hiện có 50 biên chế": "hiện có" (or "có mặt", "thực có") right before a
    figure says what the unit holds now, which neither a lead's year nor the posts given
    stand for. Only the in-post form read as a unit apart ("Hiện có 1.641 công chức")
    says whose and when; any other such figure is unread."""
    for statement in list(reading.statements):
        span = statement.value_span
        if span is None or read_in_post(statement):
            continue
        if _HELD_BEFORE.search(text, 0, span[0]):
            drop(reading, statement, _HELD_NOT_GIVEN)


_CHANGE_NEXT = re.compile(r"\s*,?\s*(?:đã\s+)?(?:giảm|tăng)(?!\w)", _I)
_RESERVE_AFTER = re.compile(r"\s+dự\s+phòng(?!\w)", _I)
_AND_CATEGORY = re.compile(
    r"\s*(?:,|và|,\s*và)\s+(?:biên\s+chế\s+)?(?:người\s+làm\s+việc|viên\s+chức"
    r"|cán\s+bộ,?\s+công\s+chức|công\s+chức|sự\s+nghiệp)(?!\w)",
    _I,
)
_VERB = re.compile(
    # "giao thông" (traffic) names a body ("Ban An toàn giao thông"), it gives nothing
    # ("hội có tính chất đặc thù" is the name of a kind of association, it has nothing)
    # ("Trung tâm Y tế huyện B hiện sử dụng 115 người": people it has in post, no name's)
    r"(?<!\w)(?:là|có(?!\s+tính\s+chất)|còn|giao(?!\s+thông)|đạt|gồm|được|giảm|tăng"
    r"|(?:hiện|đang)\s+sử\s+dụng)(?!\w)",
    _I,
)
_SURPLUS_BEFORE = re.compile(r"(?<!\w)(?:thiếu|thừa)\s*$", re.IGNORECASE)
"""A name ending in a surplus or a shortage ("Các xã thiếu", "34 xã, phường thừa"); not "dôi
dư", which may name posts kept over ("giao dôi dư 100 biên chế": `NO_POST_PEOPLE`)."""


def _surplus_named(match: re.Match[str]) -> bool:
    """Whether an item's name ends in a surplus or a shortage ("Các xã, phường thừa 389
    người", "41 xã thiếu 117 người"): no body's name, the count no figure of one."""
    if "obj" not in match.re.groupindex or match.group("obj") is None:
        return False
    return _SURPLUS_BEFORE.search(match.group("obj")) is not None


_BETWEEN_COUNT_AND_RATE = re.compile(r"[\s,(]*")
_SUMMING_WORD = re.compile(r"(?<!\w)tổng(?!\w)", _I)
_SUMMING = re.compile(r"(?<!\w)tổng\s+(?:cộng|số)(?!\w)", _I)
_BETWEEN_ITEMS = re.compile(r"[\s,;)]*", _I)
_CLOSED_BEFORE = re.compile(r"^\s*\)")
_AFTER_COUNT = re.compile(rf"\s*(?:{UNITW})?[\s,(]*", _I)
_FURTHER = re.compile(r"(?<!\w)(?:thêm|tiếp)(?!\w)", _I)
_AT_LEAST = re.compile(r"(?<!\w)(?:tối\s+thiểu|ít\s+nhất)(?!\w)", _I)
_ADDED_AFTER = re.compile(r"(?:\s+[^\d;.()]{0,40}?)?\s+(?:giao\s+)?bổ\s+sung(?!\w)", _I)
_TEACHERS = re.compile(r"(?:giáo|giảng)\s+viên(?!\w)", _I)
# Teachers, lecturers and the medical professions: viên chức whose posts a figure of people
# counts ("3.152 người, trong đó có 618 bác sĩ"), a subset of it; other people counted inside a
# figure (women, leaders, Party members) hold no posts of their own and stay outside
# ("24.310 người (có 21.450 giáo viên)": a parenthesis right after the figure, "có" alone;
# "1.000 người, trong đó 870 giáo viên": people of a trade, some of it, "có" left out)
_AMONG_WITH = re.compile(r"(?:[,;(]\s*trong\s+đó\s*,?\s+(?:có\s+)?|\(\s*có\s+)$", _I)
_SUBSET_OPENS = re.compile(r"\s*trong\s+đó\s*,?\s+có\s+", _I)
_SUBSET_FRAME = re.compile(
    # "Trong tổng số trên có", "Trong số này, có": the figure the sentence before stated
    # ("Trong số đó có" may count some of the people a sentence of leavers named: as before)
    r"\s*(?:trong\s+(?:tổng\s+)?số\s+(?:này|(?:nêu\s+)?trên)\s*,?\s+có"
    # "Trong số người làm việc năm 2026 nêu trên có", "Trong tổng số người làm việc năm 2025
    # có": that category's figure of that year, stated in the sentence before
    rf"|trong\s+(?:tổng\s+)?số\s+(?P<cat>[^\d,;.:()]{{3,60}}?)\s+năm\s+(?P<y>{YEAR})"
    r"(?:\s+(?:nêu\s+)?trên)?\s*,?\s+có"
    # (eng-unread6) "Trong tổng số người làm việc nêu trên có": that category's one figure
    # just stated, of its year (whose, the build finds: `build._category_above`)
    r"|trong\s+tổng\s+số\s+(?P<cat3>[^\d,;.:()]{3,60}?)\s+(?:nêu\s+)?trên\s*,?\s+có"
    # "Số người làm việc năm 2026 nêu trên, trong đó có"
    rf"|(?P<cat2>số\s+[^\d,;.:()]{{3,60}}?)\s+năm\s+(?P<y2>{YEAR})\s+(?:nêu\s+)?trên\s*,\s*"
    r"trong\s+đó\s*,?\s+có"
    # "Trong số 5.284 người đó có": the figure pointed back at, named by its count (whose it
    # is, the build finds by that count, `build.FIGURE_FRAME`)
    rf"|trong\s+(?:tổng\s+)?số\s+{NUM}{NOT_MORE}\s*(?:người|biên\s+chế)\s+(?:đó|này|(?:nêu\s+)?trên)"
    r"\s*,?\s+có"
    # (eng-unread6) "Trong số 898 người năm 2024 có": the figure named by its count and its
    # year (whose it is, the build finds by both, `build.FIGURE_FRAME`)
    rf"|trong\s+(?:tổng\s+)?số\s+{NUM}{NOT_MORE}\s*(?:người|biên\s+chế)\s+năm\s+{YEAR}"
    r"\s*,?\s+có)\s+",
    _I,
)
_CHANGE_CLOSED = re.compile(r"\s*(?:người|biên\s+chế|chỉ\s+tiêu(?:\s+biên\s+chế)?)?\s*", _I)
"""What may stand between a cut's count and "(trong đó có" for the parenthesis to be the
figure's ("15.118 người, giảm 301 người (trong đó có 13.540 giáo viên)"): no year named, so no
base year's figure it could be of."""
_TO_AMONG = re.compile(r"[^\d;()]{0,100}", _I)
# ("650 chỉ tiêu biên chế giáo viên": the posts' noun said in full is no part of the name)
_SUBSET_WORDS = re.compile(r"\s*(?:chỉ\s+tiêu\s+(?=biên\s+chế))?([^\d,;.()]{1,60})", _I)


def _subset_whole(
    text: str, match: re.Match[str], reading: Reading, at: int | None = None
) -> Statement | None:
    """The statement whose figure a count after ", trong đó có" (or "(trong đó có" right after
    the figure) is some of: the sentence's last statement, its figure right before (only
    words between, no other count: "cụ thể 1.000 người ở cấp tỉnh, trong đó có" is not said
    of the figure alone), or that figure with its changes and the base year's figure
    recalled in parentheses after them (`_past_changes`). `at`: where the rule's own opener
    ("[,;(] trong đó") stands, when the words naming the subset come before its count."""
    start = match.start("n")
    opener = _AMONG_WITH.search(text, max(0, start - 30), start) if at is None else None
    begins = opener.start() if opener is not None else at
    if begins is None or not reading.statements:
        return None
    whole = reading.statements[-1]
    if whole.changes or _line_changes(whole) or _recalled_base(reading):
        last = max((end for _, end in spans_of(whole)), default=begins)
        if text[begins] == "(" and not _CHANGE_CLOSED.fullmatch(text, last, begins):
            return None  # "so với năm 2024 (trong đó có ...)": the base year's, maybe
        return _past_changes(text, match, begins, reading)
    figure = _one_figure(whole)
    if (
        figure is None
        or (whole.subset and not _framed_sector(whole, match))
        or whole.member
        or _TO_AMONG.fullmatch(text, figure[1][1], begins) is None
    ):
        return None
    return whole


def _framed_sector(whole: Statement, match: re.Match[str]) -> bool:
    """Whether a subset is one sector's people a frame counted ("Trong tổng số trên có 38.740
    người làm việc trong lĩnh vực giáo dục và đào tạo, trong đó có 35.012 giáo viên"), so that
    the trade counted right after it, fewer, is some of that sector's (a subset of the subset);
    never some of a trade's count, nor a count not below the sector's."""
    count = _counted(match.group("n"))
    return (
        whole.container is None
        and whole.subject.anaphora
        and whole.value is not None
        and POSTS_HELD_BY.search(whole.subject.name) is None
        and count is not None
        and count < whole.value
    )


def _subset_part(text: str, match: re.Match[str], reading: Reading) -> Part | None:
    """The part a count of people of a trade after ", trong đó có" or "(trong đó có" is some
    of, where it follows the last part its figure lists, the viên chức, only that part's words
    between ("gồm 2.246 biên chế công chức và 24.580 người làm việc ... (trong đó có 17.905
    giáo viên)"), and is smaller than it; None for a figure with changes (the count may be of
    a cut), or another count between."""
    start = match.start("n")
    opener = _AMONG_WITH.search(text, max(0, start - 30), start)
    if opener is None or not reading.statements:
        return None
    whole = reading.statements[-1]
    count = _counted(match.group("n"))
    if whole.subset or whole.member or whole.changes or not whole.parts or count is None:
        return None
    part = max(whole.parts, key=lambda each: each.span[1])
    if (
        part.category is not Category.VC  # (teachers, doctors: viên chức by their trade)
        or part.change is not None
        or count >= part.count
        or any(each.category is part.category for each in whole.parts if each is not part)
        or _TO_AMONG.fullmatch(text, part.span[1], opener.start()) is None
    ):
        return None
    return part


def _one_figure(whole: Statement) -> tuple[int, Span] | None:
    """The one figure a statement states, and where: its value, or a block's one category
    line ("Các trường ... được bố trí 412 người làm việc": the block's line of VC, the block
    stating no figure of its own); None for a statement of several parts or none."""
    if whole.value is not None and whole.value_span is not None and not whole.parts:
        return whole.value, whole.value_span
    lines = one_line(whole)
    return (lines.count, lines.span) if lines is not None else None


def _line_changes(whole: Statement) -> list[Change]:
    """The changes of a block's one category line (`one_line`)."""
    if one_line(whole) is None:
        return []
    return [part.change for part in whole.parts if part.change is not None]


def one_line(whole: Statement) -> Part | None:
    """A block's one category line, where the block states no figure of its own and its
    other parts are that line's changes ("..., giảm 4 người so với năm 2025"); else None."""
    lines = [part for part in whole.parts if part.change is None]
    if (
        whole.value is not None
        or len(lines) != 1
        or any(part.category is not lines[0].category for part in whole.parts)
    ):
        return None
    return lines[0]


def _added_subset(text: str, match: re.Match[str], reading: Reading) -> Statement | None:
    """The posts added inside the figure just stated ("6.622 người (trong đó có 101 chỉ tiêu
    bổ sung cho sự nghiệp giáo dục)"), of the figure's category, or None: the figure must be
    right before (`_subset_whole`), state no change (the count may be of it) and be larger."""
    whole = _subset_whole(text, match, reading)
    count = _counted(match.group("n"))
    figure = _one_figure(whole) if whole is not None else None
    if whole is None or whole.changes or figure is None or count is None or count >= figure[0]:
        return None
    added = " ".join(match.group("obj").split())
    subject = Subject(Kind.CATEGORY, added, whole.subject.category, qualifier=added)
    return Statement(subject, container=whole, sets_year=False, subset=True)


_OWN_RESERVE_OPENS = re.compile(r"[^\d;()]{0,40}?\s*[,(]?\s*", _I)
"""What may stand between a body's figure and the words opening its own reserve: the figure's
word, a comma or the parenthesis ("120 biên chế (trong đó 3 biên chế dự phòng)")."""


def _own_reserve(text: str, match: re.Match[str], reading: Reading) -> Statement | None:
    """A body's own reserve inside the figure just stated ("- Sở Y tế: 120 biên chế (trong đó
    3 biên chế dự phòng);"): a subset of the body, of the body's category (if told), or None:
    the body's one figure must be right before (its word, a comma or a parenthesis between),
    state no change (the count may be of it), and be larger than the reserve."""
    if not reading.statements:
        return None
    whole = reading.statements[-1]
    figure = _one_figure(whole)
    count = _counted(match.group("n"))
    if (
        figure is None
        or whole.subset
        or whole.member
        or whole.changes
        or whole.container is not None
        or count is None
        or count >= figure[0]
        or _OWN_RESERVE_OPENS.fullmatch(text, figure[1][1], match.start()) is None
    ):
        return None
    name = "biên chế dự phòng"
    subject = Subject(Kind.CATEGORY, name, whole.subject.category, qualifier=name)
    return Statement(subject, container=whole, sets_year=False, subset=True)


def _held_subset(
    text: str, match: re.Match[str], reading: Reading, duty: bool = False
) -> Statement | None:
    """The subset a body holds inside the figure just stated ("182 biên chế, trong đó có 96
    biên chế của Chi cục Kiểm lâm"), of the figure's category, or None: the words after the
    count must name bodies and no category (", trong đó có 40 người của các hội" is another
    count), and the figure must be right before (`_subset_whole`; after its changes, above
    every cut: "370 người, giảm 55 người ...; trong đó có 142 người làm việc tại Báo X").
    With `duty`, the words name the posts' duty or title instead of a body ("(trong đó có 12
    biên chế làm công tác văn thư, lưu trữ)"), never the reserve ("biên chế dự phòng")."""
    whole = _subset_whole(text, match, reading)
    held = " ".join(match.group("obj").split())
    named = kind_of(held)
    if (
        whole is None
        or (not duty and not ORGANISATION.search(held))
        or (duty and RESERVE_WORD.search(held) is not None)
        or (named is not None and named.category is not None)
        or CONTRACT_MENTION.search(held)
        or _VERB.search(held)
        or LEAVERS.search(held)
        or LEFT.search(held)
    ):
        return None  # (", trong đó có 15 người của Sở Y tế nghỉ hưu": people who left)
    subject = Subject(Kind.CATEGORY, held, whole.subject.category, qualifier=held)
    return Statement(subject, container=whole, sets_year=False, subset=True)


def _recalled_base(reading: Reading) -> bool:
    """Whether the sentence's last statement recalls the base year's figure of the one before
    ("21.306 người, giảm 402 người so với năm 2024 (21.708 người)", "23.712 người (năm 2024:
    24.158 người)"): the same subject in another year, governing no year after it. A block's
    one category line recalls so too ("Năm 2024, ngành y tế được giao 3.412 người làm việc,
    giảm 96 người so với năm 2023 (3.508 người)"): the recall that line alone, no change in it,
    of the figure's one line's category."""
    if len(reading.statements) < 2:
        return False
    recall, figure = reading.statements[-1], reading.statements[-2]
    recalled_line = one_line(recall) if recall.value is None else None
    stated_line = one_line(figure)
    if recalled_line is not None:
        plain = (
            len(recall.parts) == 1
            and stated_line is not None
            and stated_line.category is recalled_line.category
        )
    else:
        plain = recall.value is not None and not recall.parts
    return (
        plain
        and not recall.sets_year
        and recall.subject.year is not None
        and recall.subject.year != figure.subject.year
        and not recall.changes
        and recall.subject == replace(figure.subject, year=recall.subject.year)
        and recall.container is figure.container
    )


_AFTER_CHANGES = re.compile(r"(?:[^\d;(]|\([^\d;()]{0,80}\)){0,120}")
"""What may stand between a figure's last change (or recalled base) and ", trong đó có", once
the years named are taken out: words, the close of a rate's or the base's parenthesis, or a
parenthesis of words only ("612 người (giữ nguyên so với năm 2024), trong đó có ...": the
change it holds, its year taken out)."""
_YEAR_NAMED = re.compile(rf"(?<!\w)năm\s+{YEAR}(?!\d)", _I)


def _past_changes(
    text: str, match: re.Match[str], opener: int, reading: Reading
) -> Statement | None:
    """ "21.306 người, giảm 402 người so với năm 2024 (21.708 người), trong đó có 16.920 giáo
    viên": the teachers are some of the figure stated, not of the cut nor of the base year's
    figure, where their count says so: below the figure, above every change (a count no
    larger than a cut may be some of the people cut: "giảm 165 người ..., trong đó có 120
    giáo viên" stays outside, as before)."""
    recalled = _recalled_base(reading)
    whole = reading.statements[-2] if recalled else reading.statements[-1]
    count = _counted(match.group("n"))
    # (the rate after the recalled base, "(31.420 người), tỷ lệ 4,93%", is the figure's)
    said = (whole, reading.statements[-1])
    last = max((end for each in said for _, end in spans_of(each)), default=len(text))
    figure = _one_figure(whole)
    if (
        figure is None
        or whole.subset
        or whole.member
        or count is None
        or count >= figure[0]
        or any(
            change.count is None or change.count >= count
            for change in whole.changes + _line_changes(whole)
        )
        or _AFTER_CHANGES.fullmatch(_YEAR_NAMED.sub("", text[last:opener])) is None
    ):
        return None
    return whole


def _subset_frame(text: str, start: int) -> Subject | None:
    """A subset's count opening its sentence and pointing back at the figure the sentence
    before stated ("Trong đó có", "Trong tổng số trên có", "Trong số người làm việc năm 2026
    nêu trên có"): its subject but the name, or None. A frame naming the total (anything but
    "Trong đó") points back (`anaphora`: never at a list's last item); one naming viên chức
    and a year gives that year (the build checks the sentence before stated it)."""
    blank = Subject(Kind.CATEGORY, "", Category.VC)
    if _SUBSET_OPENS.fullmatch(text, 0, start):
        return blank
    if _frame_point(text, start) is not None:
        return replace(blank, anaphora=True)
    frame = _SUBSET_FRAME.fullmatch(text, 0, start)
    if frame is None:
        return None
    named, year = frame.group("cat") or frame.group("cat2"), frame.group("y") or frame.group("y2")
    if named is None and frame.group("cat3") is not None:
        # "Trong tổng số người làm việc nêu trên có": viên chức named, no year
        found = kind_of(frame.group("cat3"))
        if found is None or found.category is not Category.VC:
            return None
        return replace(blank, anaphora=True)
    if named is None:
        return replace(blank, anaphora=True)
    found = kind_of(named)
    if found is None or found.category is not Category.VC:
        return None
    return replace(blank, year=int(year), anaphora=True)


_POINT_FRAME = re.compile(
    r"\s*trong\s+(?:tổng\s+)?số\s+(?:(?:biên\s+chế|người\s+làm\s+việc)\s+)?(?:tại|ở|của)\s+"
    r"điểm\s+(?P<point>[a-zđ])\s+khoản\s+này\s*,?\s+có\s+",
    _I,
)
"""A frame naming an item of the clause it stands in by its letter ("Trong tổng số tại điểm a
khoản này có")."""


def _frame_point(text: str, start: int) -> str | None:
    """The letter of the item a subset's frame names, or None."""
    frame = _POINT_FRAME.fullmatch(text, 0, start)
    return frame.group("point").lower() if frame is not None else None


_SIBLING_GAP = re.compile(r"[^\d,;.()]{1,60}?(?:,|;|,?\s+và)\s*(?:có\s+)?", _I)
"""From a subset's count to the next of its list: its words, then ",", ";" or "và"."""
_ITEM_WORDS = re.compile(r"[^\d,;.()]*", _I)
_NO_POSTS_WORDS = re.compile(r"(?<!\w)(?:hợp\s+đồng|nghị\s+định)(?!\w)", _I)


def _subset_sibling(text: str, match: re.Match[str], reading: Reading) -> Statement | None:
    """A count of a trade listed right after a subset read ("trong đó có 870 giáo viên, 20
    nhân viên y tế", "… 618 bác sĩ và 96 điều dưỡng"): some of the same figure, a subset of
    its own (never a part: the list need not exhaust it). None after anything else, or for
    people the item says hold no post ("nhân viên hợp đồng", "… theo Nghị định số 111")."""
    before = reading.statements[-1] if reading.statements else None
    start = match.start("n")
    if before is None or not before.subset or before.value_span is None:
        return None
    if not POSTS_HELD_BY.search(match.group()):
        return None
    if not _SIBLING_GAP.fullmatch(text, before.value_span[1], start):
        return None
    words = _ITEM_WORDS.match(text, match.end("n"))
    if words is None or _NO_POSTS_WORDS.search(words.group()):
        return None
    name = _subset_name(text, match.end("n"))
    statement = Statement(
        replace(before.subject, name=name, qualifier=name),
        container=before.container,
        sets_year=False,
        subset=True,
    )
    statement.of_part, statement.point = before.of_part, before.point
    return statement


def _subset_name(text: str, end: int) -> str:
    """The words naming a subset after its count ("giáo viên đứng lớp")."""
    words = _SUBSET_WORDS.match(text, end)
    # ("17.930 giáo viên và 3.415 người ...": the next count's "và" names none of them)
    return _AND_AT_END.sub("", " ".join(words.group(1).split())) if words else "giáo viên"


_AND_AT_END = re.compile(r"\s+và$", _I)


_SCHOOL_YEAR = re.compile(rf"\s*(?:năm\s+học\s+{YEAR}\s*[-–]\s*{YEAR})?", _I)
"""A school year after a count ("năm học 2023 - 2024") says what the posts are for, not the
year of the figure (the context's)."""
_SAME_SPLIT = re.compile(r"\s*,\s*(?=biên\s+chế)|\s+và\s+(?=biên\s+chế)", _I)
"""Units listed before one "giữ nguyên", each repeating its head noun ("biên chế dự phòng,
biên chế các hội đặc thù và biên chế của ..."); a name without it is one unit."""
_THE_REST = re.compile(r"(?<!\w)còn\s+lại\s*,?\s*$", _I)
_MINIMUM = re.compile(r"(?<!\w)(?:ít\s+nhất|tối\s+thiểu)(?!\w)", _I)
_NOT_POSTS_SAID = re.compile(
    rf"\s*(?:{UNITW})?[\s,]*\(?\s*(?:không\s+thuộc|ngoài|nằm\s+ngoài|không\s+tính\s+vào)\s+"
    r"(?:(?:chỉ\s+tiêu\s+|số\s+)?biên\s+chế"
    # ("năm 2024 tổng số là 318 người, không tính vào số lượng người làm việc giao tại Điều 1":
    # contract staff said to be outside the VC's count)
    r"|số\s+(?:lượng\s+)?người\s+làm\s+việc"
    # ("..., hiện có 9.850 người, không thuộc phạm vi Kế hoạch này": staff the text leaves out)
    r"|phạm\s+vi\s+(?:của\s+)?(?:kế\s+hoạch|nghị\s+quyết|quyết\s+định|đề\s+án)(?:\s+này)?)(?!\w)",
    _I,
)
_CONTRACTS_AFTER = re.compile(
    # ("1.127 người làm việc theo hợp đồng lao động": contract staff named by their work)
    rf"\s*(?:{UNITW}\s+)?(?:làm\s+việc\s+theo\s+)?(?:chỉ\s+tiêu\s+)?(?:lao\s+động\s+)?"
    r"hợp\s+đồng(?!\w)",
    _I,
)
_ASKED = re.compile(r"(?<!\w)(?:đề\s+nghị|kiến\s+nghị|đề\s+xuất|xin|hỏi\s+việc)(?!\w)", _I)


def _clause_before(text: str, end: int) -> str:
    """The text of the clause that holds position `end`, up to it."""
    start = max(text.rfind(";", 0, end), text.rfind(". ", 0, end)) + 1
    return text[start:end]


_LEFT_OUT_OF_FIGURE = Message(
    "số ghi là không (chưa) tính vào con số đã nêu trước nó: thuộc đơn vị nào, không rõ",
    "a count said to be left out of the figure stated before it: whose posts, unsaid",
)
_POSTS_NAMED_AFTER = re.compile(
    r"\s*(?:biên\s+chế|chỉ\s+tiêu|cán\s+bộ|công\s+chức|viên\s+chức|người\s+làm\s+việc)(?!\w)", _I
)
"""Posts named right after a count ("10 biên chế dự phòng", "38 công chức"), never contract
staff nor part-time staff ("97 hợp đồng", "332 người hoạt động không chuyên trách")."""
_LEAVES_OUT = re.compile(r"(?<!\w)(?:chưa|không)\s+(?:bao\s+gồm|gồm|tính|kể)(?!\w)", _I)
_STATES = re.compile(r"(?<!\w)(?:là|có|giao|đạt|còn)(?!\w)|[:)]", _I)


class _Clauses:
    """Whether a count is among what its clause says is left out ("không bao gồm biên chế cấp
    xã và 38 biên chế các hội"): after "không bao gồm" with no closing parenthesis or verb
    stating a figure between ("(không bao gồm hợp đồng) năm 2025 là N" states N). The
    sentence's clause ends, leave-outs and verbs are found once and looked up by bisection,
    so a roll of thousands of bodies in one clause is read in linear time."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.stops = [i for i, char in enumerate(text) if char == ";"]
        self.stops += [m.start() + 1 for m in _SENTENCE_STOP.finditer(text)]
        self.stops.sort()
        self.leaves = [m.span() for m in _LEAVES_OUT.finditer(text)]
        self.leave_ends = [end for _, end in self.leaves]
        self.opened: dict[int, int] = {}
        """Where each closing parenthesis was opened (found once, for linear time)."""
        self.inside: list[int] = []
        """The innermost parenthesis open at each character (-1: none)."""
        stack: list[int] = []
        for index, char in enumerate(text):
            if char == "(":
                stack.append(index)
            elif char == ")" and stack:
                self.opened[index] = stack.pop()
            self.inside.append(stack[-1] if stack else -1)
        self.states = [m.span() for m in _STATES.finditer(text) if not self._aside(m)]
        self.state_starts = [begin for begin, _ in self.states]

    def _aside(self, state: re.Match[str]) -> bool:
        """A parenthesis opened and closed inside what is left out ("không bao gồm 3.927 cán
        bộ, công chức cấp xã (quản lý theo Nghị định ...) và 46 biên chế các hội") is a note
        on it; only one opened before the leave-out closes it. So is a verb inside such a
        parenthesis ("không bao gồm lao động hợp đồng theo Nghị định số 111/2022/NĐ-CP (năm
        2024 là 1.380 chỉ tiêu)": the count is of what is left out)."""
        last = bisect_right(self.leave_ends, state.start()) - 1
        if last < 0:
            return False
        if state.group() != ")":
            return self.inside[state.start()] >= self.leave_ends[last]
        return self.opened.get(state.start(), -1) >= self.leave_ends[last]

    def left_out(self, start: int) -> bool:
        if not self.leaves:
            return False
        index = bisect_left(self.stops, start)
        clause = self.stops[index - 1] + 1 if index else 0
        last = bisect_right(self.leave_ends, start) - 1
        if last < 0 or self.leaves[last][0] < clause:
            return False
        found = self.leave_ends[last]
        after = bisect_left(self.state_starts, found)
        return not (after < len(self.states) and self.states[after][1] <= start)


_SENTENCE_STOP = re.compile(r"\. ")


_INCLUDING = re.compile(r"(?<!\w)(?:kể\s+cả|bao\s+gồm\s+cả|không\s+(?:tính|kể|bao\s+gồm))\s*$", _I)
_INCLUDED = re.compile(rf"{NUM}\s*(?:{UNITW}\s+)?(?P<name>[^;()]*?)\s*(?=[;)]|$)", _I)
_MUST = re.compile(r"(?<!\w)(?:phải|cần)\s*$", _I)
_PURPOSE = re.compile(r"[\s,]*để(?!\w)", _I)
"""A cut the text requires for a purpose ("dự kiến phải giảm 79 chỉ tiêu để ... về đúng định
mức"), which compares with no year unless it names one."""
_NEXT_NUMBER = re.compile(r"[0-9]")
_MANY_NAMED = Message(
    "số được gọi tên bằng nhiều loại (CBCC, VC, hội) sau nó: không rõ nó đếm gì",
    "the count is followed by several categories (CBCC, VC, hội): what it counts is unclear",
)


def _year_opening_list(text: str, end: int) -> re.Match[str] | None:
    """ "Giao 9.874 người làm việc ... trong các đơn vị sự nghiệp công lập thuộc các sở, ngành
    tỉnh năm 2026, cụ thể như sau:": the year of posts given, said after what they are in a
    sentence opening their list, where nothing between compares or bounds (a base recalled,
    "đến năm", "so với năm" are no year of the figure)."""
    found = _YEAR_OPENING_LIST.match(text, end)
    if found is None or _NOT_THE_FIGURES_YEAR.search(text, end, found.start(1)):
        return None
    return found


_YEAR_OPENING_LIST = re.compile(
    rf"[^0-9;.():]{{0,200}}?(?<!\w)năm\s+({YEAR})\s*,?\s*"
    r"(?:(?:cụ\s+thể(?:\s+như\s+sau)?|như\s+sau|gồm|bao\s+gồm)\s*)?:\s*$",
    _I,
)
_NOT_THE_FIGURES_YEAR = re.compile(
    r"(?<!\w)(?:so\s+với|giảm|tăng|đến|tới|từ|trước|sau|của|hết|cuối)\s+(?:hết\s+)?năm\s*$"
    r"|(?<!\w)(?:so\s+với|giảm|tăng)(?!\w)",
    _I,
)
_YEAR_AFTER = re.compile(
    # "... giao 1.038 biên chế công chức đến năm 2026": the year the figure holds at
    # ("... 3.650 người làm việc hưởng lương từ ngân sách nhà nước năm 2021": after the pay
    # source that completes the count's words)
    r"(?:\s+hưởng\s+lương\s+(?:từ|bằng)\s+(?:nguồn\s+)?(?:ngân\s+sách(?:\s+nhà\s+nước)?|NSNN))?"
    rf"\s+(?:(?:đến|tới)\s+(?:hết\s+)?)?năm\s+({YEAR})\s*(?=[.;,]|$)",
    _I,
)


def reading_text(match: re.Match[str]) -> str:
    """The sentence after an item: what follows its words."""
    return match.string[match.end() :]


_ANOTHER_YEARS_PART = re.compile(rf"[(,;]\s*năm\s+(?P<year>{YEAR})\s*(?:là|có|:)\s*$", _I)
"""The words right before a category's count recalling it for another year ("(năm 2023: 666
viên chức)", ", năm 2023 là 666 viên chức")."""


def _take_included(match: re.Match[str], text: str, span: Span, reading: Reading) -> None:
    """ "3.427 biên chế (kể cả 486 công chức của 5 lớp ...)", "28.662 người (không tính
    1.591 biên chế sự nghiệp giáo dục mầm non ...)": posts the figure holds or leaves out,
    named by what they are: a unit of its own, never a part of it."""
    named = _INCLUDED.match(text, match.start("n"))
    included = read_subject(named.group("name")) if named else None
    if included is None or included.kind is not Kind.CATEGORY:
        reading.orphans.append(Orphan(span, NO_SUBJECT))
        return
    statement = Statement(included, member=True, sets_year=False)
    reading.statements.append(statement)
    _take_value(match, statement, reading)


def _parts_of_the_value(statement: Statement) -> None:
    """ "… là 1.046 biên chế, giảm 11 biên chế so với năm 2022 (tỷ lệ 1,04%), gồm: 978 biên
    chế cán bộ, công chức; 68 biên chế viên chức": parts listed after the change that add up
    to the value and not to the change break down the value (they were read as the change's:
    a fall of 978 công chức, blind AX2). Parts adding up to the change, or to neither, stay
    the change's, as written."""
    if statement.value is None or not statement.parts:
        return
    changes = {id(part.change) for part in statement.parts}
    change = statement.parts[0].change
    if change is None or len(changes) != 1 or change.count is None:
        return
    total = sum(part.count for part in statement.parts)
    if total == statement.value and total != change.count:
        statement.parts = [replace(part, change=None) for part in statement.parts]


def _take_part(
    match: re.Match[str], current: Statement, change: Change | None, reading: Reading
) -> None:
    count = parsed_count(match, reading)
    if count is None:
        return
    kind = kind_of(match.group("cat"))
    category = kind.category if kind is not None else None
    after = reading_text(match)
    if (
        category is None
        or _RESERVE_AFTER.match(after)
        or (
            _SECTOR_AFTER.match(after) and not (category is Category.VC and _ALL_UNITS.match(after))
        )
    ):
        reading.orphans.append(Orphan(match.span("n"), NO_SUBJECT))
        return
    if any(part.category is category and part.change is change for part in current.parts):
        # a second count of the same category for one unit: which is its figure is unknown
        reading.orphans.append(Orphan(match.span("n"), SAME_CATEGORY))
        return
    current.parts.append(Part(category, count, match.span("n"), change))


_ALL_UNITS = re.compile(
    r"\s*(?:trong|tại|ở)\s+(?:các\s+)?đơn\s+vị\s+sự\s+nghiệp\s+công\s+lập"
    r"(?=\s*(?:[,;.)]|(?:và|,\s*và)\s+[0-9]|\(\s*trong\s+đó|$))",
    _I,
)
"""After người làm việc's count, all the public service units and nothing more: the
category's own words ("2.631 người làm việc trong các đơn vị sự nghiệp công lập"), no sector."""
_PAID_BY_BUDGET = re.compile(
    r"\s*hưởng\s+lương\s+(?:từ|bằng)\s+(?:ngân\s+sách(?:\s+nhà\s+nước)?|NSNN)"
    r"(?=\s*(?:[,;.)]|(?:và|,\s*và)\s+[0-9]|\(\s*trong\s+đó|$))",
    _I,
)
"""After a VC part's count, the law's name of the category ("1.326 người làm việc hưởng lương
từ ngân sách nhà nước"), then the list goes on: the part's own words, no other source of pay
("hưởng lương từ nguồn thu sự nghiệp" is some of the category, never read so)."""
_SECTOR_AFTER = re.compile(
    r"\s*(?:thuộc|trong|ở|tại)\s+(?:các\s+)?(?:khối|lĩnh\s+vực|ngành|sự\s+nghiệp|đơn\s+vị|trường)"
    r"(?!\w)",
    _I,
)
"""After a category's share, the sector or bodies it is of ("15 người làm việc trong khối
giáo dục"): some of the category, not its line."""


def _counted(text: str) -> int | None:
    try:
        return parse_count(text)
    except NumberError:
        return None


_OTHER_BODY_DIFFERENCE = Message(
    "chênh lệch với số của cơ quan khác giao không khớp với hai số câu nêu",
    "the difference from the other body's figure does not match the two figures stated",
)
_HOLDS_CONTRACTS = Message(
    "số này gồm cả lao động hợp đồng liệt kê trong nó: không phải số của riêng loại biên chế",
    "the figure holds the contract staff listed in it: it is not the category's own figure",
)
_RESERVE_OR_WHOLE = Message(
    "thay đổi viết sau số dự phòng nằm trong một tổng: không rõ là của dự phòng hay của tổng",
    "a change written after the reserve counted inside a whole: whether it is the reserve's or "
    "the whole's is not said",
)
_BASE_OF_NO_YEAR = Message(
    "số này là mốc để tính tinh giản nhưng không nêu năm của mốc: không rõ số này của năm nào",
    "the figure is the base the cuts count from, but the base's year is not said: which year "
    "it is of is unclear",
)
_BESIDES_ABOVE = re.compile(
    r"\W*ngoài\s+(?:con\s+)?(?:số|số\s+lượng|số\s+biên\s+chế|biên\s+chế)\s+"
    r"(?:(?:nêu|nói|kể|được\s+giao)\s+)?(?:trên|này|đó)(?!\w)",
    _I,
)
_BESIDES_THE_FIGURE = Message(
    "số nêu ngoài số ở trên: không rõ là của đơn vị nào",
    "counted besides the figure above: which unit it is of is not said",
)
_SUM_VERB = re.compile(r"\s*tổng\s+cộng\s", _I)
_TAIL_CLOSED = re.compile(r"[^;,:()]*[^\W\d_][^;,:()]*,\s*", _I)
"""The words after a figure up to the comma closing its clause, no other clause between
("2.347 người làm việc trong các đơn vị sự nghiệp công lập, "): that figure's own words."""
_SUM_NOT_OF_THE_FIGURES = Message(
    "'tổng cộng' sau các số của câu không bằng tổng các số đó: không rõ là tổng của những gì",
    "the 'tổng cộng' after the sentence's figures is not their sum: what it sums is not said",
)


def _summed_before(reading: Reading) -> int | None:
    """The sum of the figures a sentence stated so far, for a closing "tổng cộng N" ("A được
    giao 64 biên chế; B được giao 26 biên chế; tổng cộng 90 biên chế"): two or more, each a
    unit's own (no part, subset nor recalled year of another), of one year; else None."""
    stated = [s for s in reading.statements if s.value is not None]
    if len(stated) < 2 or any(
        s.container is not None or s.subset or s.member or s.parts or not s.sets_year
        for s in stated
    ):
        return None
    if len({s.subject.year for s in stated if s.subject.year is not None}) > 1:
        return None  # (a year named once, at the sentence's start, is all the figures')
    return sum(s.value or 0 for s in stated)


def _ends_with_the_rest(owner: Statement, items: list[Statement]) -> bool:
    """ "... là 15.187 người, giảm 248 người so với năm 2024; trong đó sự nghiệp giáo dục và
    đào tạo 10.904 người, sự nghiệp y tế 2.961 người, các sự nghiệp khác 1.232 người.": a list
    after a figure whose last item, a name of its own (no comma in it), is the rest ("khác",
    "còn lại") names all the figure's parts, as `_check_lists` reads a list ending so: where
    they do not add up, the slip is the sum's, found by the check. Only where every item is
    more than each change the figure states: items that are not may break the change down."""
    if len(items) < 2 or any(item.value is None for item in items):
        return False
    last = items[-1].subject.name
    if REST_OF_IT.search(last) is None or "," in last:
        return False
    counts = [change.count for change in owner.changes if change.count is not None]
    return all(item.value is not None and item.value > count for item in items for count in counts)


_CONSISTS = re.compile(r"(?<!\w)(?<!không\s)(?:bao\s+)?gồm(?!\w)", _I)
_AND = re.compile(r"(?<!\w)và(?!\w)", _I)


def _closed_pair(owner: Statement, items: list[Statement]) -> bool:
    """ "Năm 2025: 59 biên chế, gồm khối đảng 36 biên chế và Mặt trận, đoàn thể 22 biên chế":
    two items a "gồm" list joins by "và", the last named with one comma and no "và" of its own
    (where its name starts is then said), are all the figure's parts by the word: where they
    do not add up, the slip is the sum's. A name holding "và" ("Trung tâm Văn hóa, Thông tin và
    Thể thao"), two commas, more items, or items that may break a change down: as before."""
    if len(items) != 2 or any(item.value is None for item in items):
        return False
    last = items[-1].subject.name
    if _AND.search(last) or last.count(",") > 1 or _LIST_WORDS.search(last):
        return False
    counts = [change.count for change in owner.changes if change.count is not None]
    return all(item.value is not None and item.value > count for item in items for count in counts)


_SOME_OR_ALL = Message(
    "danh sách sau 'trong đó' không cộng đúng bằng số của đơn vị và không kết thúc bằng phần "
    "còn lại: không rõ là toàn bộ các phần hay chỉ một số",
    "the list after 'trong đó' neither adds up to its unit nor ends with the rest: whether it "
    "is all the parts or some of them is not said",
)
_SOME_FRAME = re.compile(
    rf"\s*trong\s+(?:tổng\s+)?số\s+[^;:,\d]*?(?:\s+năm\s+{YEAR})?(?:\s+(?:nêu\s+)?trên)?"
    r"\s*,?\s*có\s+",
    _I,
)
"""A frame opening its sentence and saying the count after it is some of a figure ("Trong số
người làm việc năm 2025 có", "Trong tổng số này có")."""
_SOME_OF_A_FIGURE = Message(
    "số sau 'trong số … có' là một phần của một số đã nêu, nhưng không rõ là phần nào",
    "the count after 'trong số … có' is some of a figure stated before, but which part is not said",
)


def _framed_as_some(text: str, statement: Statement) -> bool:
    """Whether a statement's own figure stands right after a frame saying it is some of a
    figure stated before, the frame read as its subject with nothing narrowing it (the
    category's own line: "Trong số người làm việc năm 2025"), and no rule read it as a subset
    (a unit named after the count, "có 20 biên chế dự phòng", is that unit's; a frame whose
    words or its level narrow it, "Trong số viên chức đề xuất năm 2026", "Trong số người làm
    việc cấp huyện năm 2026", names a unit of its own)."""
    span = statement.value_span
    return (
        span is not None
        and not statement.subset
        and not statement.member
        and _FRAME_SUBJECT.match(statement.subject.name) is not None
        and not statement.subject.qualifier.strip()
        and statement.subject.where is None
        and _SOME_FRAME.fullmatch(text, 0, span[0]) is not None
    )


_FRAME_SUBJECT = re.compile(r"\s*trong\s+(?:tổng\s+)?số(?!\w)", _I)


_SUBSET_SUBJECT = re.compile(
    r"(?:^|[;,:(])\s*(?:và\s+)?(?:tổng\s+)?(?:số\s+(?:lượng\s+)?)?(?:biên\s+chế\s+)?"
    rf"(?P<trade>{POSTS_HELD_BY.pattern})[^;,:()]*$",
    _I,
)
_CLAUSE_CLOSES = re.compile(r"\s*(?:[.;]|$)")
"""A clause whose subject is people of a trade ("; số giáo viên năm 2026 là"): a subset."""
_SUBSET_NAMED = Message(
    "số này là của những người làm một nghề (giáo viên, bác sĩ, ...) tính trong một đơn vị: "
    "không phải số biên chế của đơn vị hay của loại biên chế",
    "the count is of people of a trade (teachers, doctors, ...) counted inside a unit: not "
    "the unit's nor the category's figure",
)
_NO_VERB = Message(
    "số biên chế không đứng sau tên một đơn vị hay một động từ (là, còn, giảm, ...)",
    "the count follows neither a unit's name nor a verb (là, còn, giảm, ...)",
)
_SAID_AFTER = re.compile(rf"\s*\(?\s*(?:(?:của|vào)\s+)?năm\s+(?P<y>{YEAR})(?!\d)", _I)
_TO_OTHER_YEAR = Message(
    "số sau 'xuống/lên' nói năm riêng của nó, khác năm của câu",
    "the figure after 'xuống/lên' says its own year, not the sentence's",
)
_FROM_WITHOUT_YEAR = Message(
    "số 'từ ...' không nói của năm nào", "the 'from' figure does not say which year it is"
)
_TWO_VALUES = Message(
    "câu đã nêu một số cho đơn vị này; số thứ hai không được dùng",
    "the sentence already gave this unit a figure; the second is not used",
)
_NO_CHANGE_FOR_RATE = Message(
    "không có mức giảm/tăng nào trước đó để gắn vào",
    "there is no preceding reduction or increase to attach it to",
)


def _item_category(match: re.Match[str]) -> Category | Literal[False] | None:
    """The category a list item says after its count (`rules._ITEM_CATEGORY`): None where it
    says none, False where the words name no one category."""
    groups = match.re.groupindex
    if "vc" in groups and match.group("vc"):
        return Category.VC
    if "cat" not in groups or not match.group("cat"):
        return None
    found = kind_of(match.group("cat"))
    return found.category if found is not None and found.category is not None else False


def _other_category_listed(match: re.Match[str], current: Statement | None) -> bool:
    """Whether an item a list word opens ("trong đó cấp tỉnh 1.800 biên chế viên chức") says
    after its count a category its list's figure is not of, or no one category."""
    item_category = _item_category(match)
    return (
        item_category is not None
        and current is not None
        and _LIST_WORDS.search(match.group("obj")) is not None
        and (item_category is False or current.subject.category not in (None, item_category))
    )


_CLOSES = re.compile(r"^[\s,;]*\)[\s,;]*$")


def _closes_parts(gap: str) -> bool:
    """Whether the words between a list item and the one before are only the parenthesis
    closing ("...; khối B 1.820) và viên chức ...")."""
    return _CLOSES.match(gap) is not None


def _parts_in_parenthesis(current: Statement, listed: list[Statement], text: str, at: int) -> bool:
    """Whether the parenthesis closed right before `at` held two or more of the listed parts
    of `current` ("cán bộ, công chức 2.640 (khối A 820; khối B 1.820) và ..."), not only
    words or a subset of a part ("viên chức 7.095 chỉ tiêu (trong đó có 6.478 giáo viên) và
    dự phòng 7 chỉ tiêu": the list goes on with `current`, as where no parenthesis is)."""
    opened = text.rfind("(", 0, at)
    inside = [
        s
        for s in listed
        if s.container is current and s.value_span is not None and s.value_span[0] > opened
    ]
    return opened >= 0 and len(inside) >= 2


def _outer_list(
    current: Statement, listed: list[Statement], match: re.Match[str]
) -> Statement | None:
    """The list an item goes on after a parenthesis that held the parts of `current`, itself
    a part ("cán bộ, công chức 2.640 (khối A 820; khối B 1.820) và viên chức 12.780"): the
    list `current` stands in; None where the parenthesis held no parts of it, `current` is in
    no list, or the item says no next item ("và", ";", ",")."""
    mine = [s for s in listed if s.container is current]
    if (
        match.group("lead").strip() not in (";", ",", "và")
        or len(mine) < 2
        or listed[-1].container is not current
        or current.container is None
        or current.subset
    ):
        return None
    return current.container


def _item_fits(
    subject: Subject, item_category: Category | Literal[False] | None, owner: Statement
) -> bool:
    """Whether a list item naming a block, and maybe its category after its count, may be a
    part of its owner: a block, a category of one kind, none other than its name's and its
    list's."""
    return (
        subject.kind is Kind.BLOCK
        and item_category is not False
        and subject.category in (None, item_category)
        and owner.subject.category in (None, item_category)
    )


def _block_list_owner(
    match: re.Match[str],
    gap: str,
    current: Statement | None,
    listed: list[Statement],
    after_value: bool,
) -> Statement | None:
    """Whose item a block named after its count is ("gồm 704 biên chế khối Đảng, 380 biên
    chế khối ..."): the figure right before "gồm", or the list the item before opened; never
    a count standing alone ("Tỉnh có 704 biên chế khối Đảng")."""
    if match.group("lead").strip() not in (",", "và"):
        return current if after_value and not gap.strip(" ,") else None
    if listed and listed[-1].container is current and not gap.strip(" ,"):
        return current
    return None


def counted_inside(statement: Statement, wholes: list[Statement]) -> bool:
    """Whether a statement is counted inside one of `wholes` (its container, or theirs)."""
    owner = statement.container
    while owner is not None:
        if any(owner is whole for whole in wholes):
            return True
        owner = owner.container
    return False
