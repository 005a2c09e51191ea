"""The walk's end: parts merged and refined, contracts and communes settled, and the
targets and meta data written (`_Walk.finish` calls these).

Part of `build`'s walk, split from it by theme: `_Walk`'s methods of this theme.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import Any

from lotrinh.extract.communes import from_reform_day, names_cadres_of_the_level, names_old_category
from lotrinh.extract.lexicon import known_block
from lotrinh.extract.result import DataPath, Message, Status
from lotrinh.extract.subjects import BOTH_CATEGORIES
from lotrinh.extract.targets import TargetDraft, by_law
from lotrinh.extract.units import TOTAL_ID
from lotrinh.extract.walk_base import _WalkBase
from lotrinh.extract.walk_common import REFORM_YEAR, said_at_top, said_in_line
from lotrinh.model import Category, Position
from lotrinh.numbers import NumberError, parse_rate

_CIVIL_BLOCKS = frozenset({"dang", "mttq"})
"""Well-known blocks (`lexicon.KNOWN_BLOCKS`) whose own posts are all cán bộ, công chức."""


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


def _folded_words(name: str) -> list[str]:
    return re.sub(r"\([^()]*\)", " ", name).casefold().replace(",", " ").split()


_TOP_YEAR_CONTRADICTED = Message(
    "số không nêu năm, lấy năm ở đầu văn bản, nhưng thân văn bản nêu số khác cho cùng đơn vị và"
    " năm đó: không rõ số này của năm nào",
    "a figure naming no year took the year at the top, but the body gives the same unit another"
    " figure for that year: which year this one is of is unclear",
)
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


class _FinishMixin(_WalkBase):
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

    def _top_year_contradicted(self) -> None:
        """A figure naming no year that took the headline's or lead's year ("Số lượng viên chức
        ... được giao là 15.068 người" in a report headed "... 59.347 người làm việc năm
        2025"), where the body gives the same unit another figure with that year said in its
        own sentence ("Số người làm việc ... được giao năm 2025 là 59.347 người"): the year was
        a guess the text contradicts (the figure is of another time or scope the words left
        unsaid), so nothing of its sentence is used, and the sentence is said unread (s24: it
        was a misread and two false alarms of blind AV2). A figure whose year its own sentence
        or heading gives stays, and a disagreement of two such is the text's slip."""
        if self.headline is None:
            return
        said = {
            (c.unit, c.year): c.value
            for c in self.claims.values()
            if c.value is not None
            and c.year_note is None
            and c.sentence.line.number != self.headline
        }
        doubtful = {
            (c.sentence.line.number, c.sentence.column)
            for c in self.claims.values()
            if c.value is not None
            and c.year_note in (said_in_line(c.year, self.headline), said_at_top(c.year))
            and said.get((c.unit, c.year), c.value) != c.value
        }
        if not doubtful:
            return
        self.claims = {
            k: c
            for k, c in self.claims.items()
            if (c.sentence.line.number, c.sentence.column) not in doubtful
        }
        self._said_unread(doubtful, _TOP_YEAR_CONTRADICTED)

    def _said_unread(self, places: set[tuple[int, int]], note: Message) -> None:
        """The sentences at `places` (line, column), whose figures were dropped: unread, each
        with the note saying why."""
        for index, entry in enumerate(self.entries):
            if (entry.line, entry.column) in places:
                self.entries[index] = replace(
                    entry,
                    status=Status.NOT_UNDERSTOOD,
                    used=(),
                    unused=entry.used + entry.unused,
                    notes=(*entry.notes, note),
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
        early: set[str] = set()
        for claim in self.claims.values():
            if claim.unit not in xa:
                continue
            if claim.year >= REFORM_YEAR:
                stated.add(root(claim.unit))
            if claim.year <= REFORM_YEAR:
                early.add(root(claim.unit))
            if names_old_category(claim.sentence.text):
                kept.add(root(claim.unit))
            if claim.year == REFORM_YEAR and from_reform_day(claim.sentence.text):
                since.add(root(claim.unit))
        for uid in xa:
            # (eng-at3) in a text giving posts from the reform's day, posts of years after
            # the reform's only, named without the old words ("Năm 2026, phường được giao 92
            # biên chế công chức" beside the former wards' "cán bộ, công chức cấp xã" of 2024)
            # are the new ward's too: no old commune had posts in 2026
            later = bool(since) and root(uid) not in early
            new = not old_named or root(uid) in since or later
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
        self._said_unread(places, _UNDATED_COMMUNES)
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
