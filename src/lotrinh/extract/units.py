"""Pass 4, units: the unit tree as the text describes it, with stable ASCII ids.

A unit's identity comes from the genre lexicon (`lexicon`), never from a slug of its first
words: a well-known block is one unit however it is phrased ("... chính trị - xã hội cấp
tỉnh, cấp huyện" in 2023, "... chính trị - xã hội" in 2024) and gets the id an analyst would
choose (`dang`, `chinh-quyen`); any other name is its own unit, known by all its words, so
"các cơ quan cấp tỉnh" and "các cơ quan cấp huyện" never merge. A category line (CBCC, VC,
cấp xã, hội) is known by its category, its scope and the unit it belongs to; "Tổng biên chế
công chức" is the CBCC line of the document's total.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from lotrinh.extract.communes import above_commune
from lotrinh.extract.lexicon import Scope, known_block, own_revenue_posts, reserve_named
from lotrinh.extract.merged import merger_marks
from lotrinh.model import Category, Funding, UnitRole

TOTAL_ID = "tong"
IN_POST = "có mặt"
"""The qualifier of staff in post, a unit apart from the posts given."""

# Folded to ASCII: "tại" and "tài" are both "tai", so neither is a stopword (Bộ Tài chính).
_STOPWORDS = frozenset({"cac", "cua", "va", "khoi", "nhung", "cho", "bien", "che"})
_CATEGORY_NAME = {
    Category.CBCC: "Cán bộ, công chức",
    Category.VC: "Viên chức",
    Category.XA: "Cán bộ, công chức cấp xã",
    Category.HOI: "Hội đặc thù",
}
_CATEGORY_ID = {
    Category.CBCC: "cbcc",
    Category.VC: "vc",
    Category.XA: "cbcc-xa",
    Category.HOI: "hoi",
}


def ascii_slug(text: str, words: int = 4) -> str:
    """Lowercase ASCII words joined by '-': 'Khối Giáo dục' → 'giao-duc'."""
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(char for char in folded if not unicodedata.combining(char))
    parts = [part for part in re.findall(r"[a-z0-9]+", plain.lower()) if part not in _STOPWORDS]
    return "-".join(parts[:words])


_SHORT_BODY = re.compile(
    r"(?P<head>[UỦ][ỷy]\s+ban|Bộ|Sở|Ban|Tỉnh\s+[uủ][ỷy]|Thành\s+[uủ][ỷy]|Thành\s+phố)"
)
"""A body called by its head word alone ("Ủy ban", "Bộ", "Sở"): the short name of a body the
text named in full ("Ủy ban Dân tộc")."""


_BODY_HEAD = re.compile(
    r"(?:[UỦ][ỷy]\s+ban|UBND|Bộ|Sở|Ban|Cục|Tổng\s+cục|Vụ|Văn\s+phòng|Tỉnh\s+[uủ][ỷy]"
    r"|Thành\s+[uủ][ỷy]|Thành\s+phố|[Hh]uyện|[Qq]uận|[Tt]hị\s+xã)(?!\w)"
)
"""A body's head word opening the name after a category's words ("công chức của Sở Y tế"):
a body, which may be a block named apart, never a sector ("viên chức giáo dục")."""


def _words(name: str) -> str:
    return " ".join(name.replace("Uỷ", "Ủy").replace("uỷ", "ủy").split()).casefold()


def bodies_meant(name: str, named: Collection[str]) -> tuple[str, ...] | None:
    """The full names among `named` (the bodies the text named before, and its own) that a
    short name ("Ủy ban", "Bộ", "Sở", "Ban", "Tỉnh ủy", "Thành phố") may stand for: those
    that begin with that head word and go on ("Ủy ban Dân tộc"), one per name however cased;
    None where `name` is no such short name. One name: the body it is; several: any of them
    (not understood); none: a body of its own, as before."""
    short = _SHORT_BODY.fullmatch(" ".join(name.split()))
    if short is None:
        return None
    head = _words(short.group("head")) + " "
    meant: dict[str, str] = {}
    for full in named:
        folded = _words(full)
        if folded.startswith(head) and len(folded) > len(head):
            meant.setdefault(folded, " ".join(full.split()))
    return tuple(meant.values())


@dataclass
class UnitDraft:
    """A unit as it will be written; `line` is where the text first named it."""

    id: str
    name: str
    line: int
    short: str | None = None
    category: Category | None = None
    parent: str | None = None
    parts: list[str] = field(default_factory=list)
    is_line: bool = False
    """A category line (CBCC, VC ...) of its parent, rather than a block of its own."""
    plain: bool = False
    """A category line named by its category alone, no scope or qualifier ("Biên chế công
    chức", not "công chức cấp tỉnh", "công chức dự phòng" or "viên chức y tế")."""
    in_post: bool = False
    """Staff in post ("có mặt", "hiện có"): people, never a base or total a target is measured
    on, whatever its category."""
    subset_of: str | None = None
    """The unit it counts some of ("trong đó có 1.488 giáo viên"): never its part, never
    measured by a target beside it."""
    some: bool = False
    """A subset, even where its whole was later forgotten: never measured by a target."""
    reserve: bool = False
    """Reserve posts ("Biên chế dự phòng", "công chức dự phòng"): written with the role
    `reserve`, so that the core lets them rise while the posts given fall."""


class Registry:
    """Units in order of first mention; asking twice for the same unit gives the same id."""

    def __init__(self) -> None:
        self.units: dict[str, UnitDraft] = {}
        self._blocks: dict[str, list[str]] = {}
        self.loose: set[str] = set()
        """Blocks read as items of a list whose opening line was not read: parts of a unit
        unknown, so never taken as parts of a unit named later ("a) Cấp tỉnh: 1.304 biên chế"
        under an unread line of công chức is not "+ Cấp tỉnh: 96 biên chế" of the hội)."""
        self._lines: dict[tuple[Category, str, str], list[str]] = {}
        self._subsets: dict[tuple[str, str], list[str]] = {}
        self._counted_in: dict[str, list[str]] = {}
        """Each whole's subsets (looked up, not searched for, when the whole goes)."""
        self._prefixes: dict[str, str] = {}
        self._prefixed: Counter[str] = Counter()
        """How many units give each prefix: with `units`, the ids `_fresh` may not give, kept
        as they change (gathering them at every new unit was quadratic in the units)."""
        self._numbered: dict[str, int] = {}
        self._owned_later: dict[str, tuple[Category, str]] = {}
        """Lines named by a category and "của" a body ("công chức của Sở Y tế") before any
        block of that body: the body's own line once it is named (`category`)."""
        self.commune = False
        """The text is a commune's own (`communes.own_commune`): its cán bộ, công chức are
        cán bộ, công chức cấp xã, unless a name places them above the commune."""
        """For an id asked for again, the number to try first: every lower one is taken
        (counting up from 2 each time was quadratic in the units of one name)."""

    def total(self, name: str, line: int) -> str:
        """The document's total ("Tổng biên chế ...")."""
        if TOTAL_ID not in self.units:
            self.units[TOTAL_ID] = UnitDraft(TOTAL_ID, name, line, short="Tổng biên chế")
        return TOTAL_ID

    def block(
        self, name: str, line: int, category: Category | None = None, parent: str | None = None
    ) -> str:
        """A block (khối, sở, huyện, dự phòng ...): a part of the total, itself split into
        categories unless its name gives its category ("Khối hành chính" is CBCC)."""
        category = self._of_commune(category, name)
        key, wanted, prefix, short = _block_key(name)
        for found in self._blocks.get(key, []):
            # The same name under another unit ("khối bộ, ngành" of the reserve, beside the
            # ministries' own line) is another unit.
            held = self.units[found].parent
            kind = self.units[found].category
            if category is not None and kind is not None and kind is not category:
                continue  # the CBCC reserve is not the VC reserve
            if parent is not None and held is None and found in self.loose:
                continue  # an item of a list whose opening line was not read: not free
            if parent is not None and self._ancestor(found, parent):
                # a block listed under itself is another: "a) Khối các cơ quan đảng ..."
                # among the parts of "các cơ quan đảng, Mặt trận Tổ quốc và ..." (one key)
                continue
            if parent is None or held in (None, parent):
                if parent is not None:
                    self.attach(found, parent)
                return found
        unit_id = self._fresh(wanted)
        self._blocks.setdefault(key, []).append(unit_id)
        self._set_prefix(unit_id, prefix if unit_id == wanted else unit_id)
        self.units[unit_id] = UnitDraft(
            unit_id,
            name,
            line,
            short=short,
            category=category,
            in_post=name.endswith(IN_POST),
            reserve=key == Scope.RESERVE,
        )
        if parent is not None:
            self.attach(unit_id, parent)
        return unit_id

    def category(
        self,
        category: Category,
        parent: str | None,
        line: int,
        where: str | None = None,
        qualifier: str = "",
        joined: bool = False,
    ) -> str:
        """The CBCC, VC, cấp xã or hội line of a block, of the total, or of nothing; `where`
        (the scope its name states: cấp tỉnh, sở ngành ...) and `qualifier` (the rest of its
        name: "giáo dục") are part of its identity. A line of the reserve's scope, or named
        under the reserve ("Dự phòng (ngoài A và B)" heading its rows), is the reserve, unless
        its written name joins the reserve to other posts (`joined`: "... và dự phòng")."""
        if parent in (None, TOTAL_ID) and not where and qualifier:
            body = self._body_named(qualifier)
            if body is not None:
                # "biên chế công chức của Sở Y tế" (or "... của Sở" after it) is Sở Y tế's
                # line of that category, not a line of the total named after it (eng-names3)
                return self.category(category, body, line, None, "", joined)
        owner_name = self.units[parent].name if parent in self.units else ""
        if where not in (Scope.PROVINCE, Scope.DISTRICT, Scope.DEPARTMENTS) and (
            self._of_commune(category, f"{owner_name} {qualifier}") is Category.XA
        ):
            category = Category.XA
        scoped = where and not (category is Category.XA and where == "xa")
        suffix = _CATEGORY_ID[category] + (f"-{where}" if scoped else "")
        if qualifier:
            suffix += "-" + ascii_slug(qualifier, words=4)
        if parent is None or parent == TOTAL_ID:
            wanted = suffix
        else:
            wanted = f"{self._prefixes.get(parent, parent)}-{suffix}"
        # Known by every word of its qualifier, not by the id's shortened slug.
        # Cán bộ, công chức cấp xã are the commune's by their category: one line whether or
        # not its name said "cấp xã" again (a heading "Cán bộ, công chức cấp xã", then "toàn
        # huyện có 410 biên chế cán bộ, công chức cấp xã" under it), as its id says.
        key = (category, (where or "") if scoped else "", ascii_slug(qualifier, words=99))
        for found in self._lines.get(key, []):
            held = self.units[found].parent
            # Without a parent it is the category's own line, never a block's: "Cán bộ,
            # công chức" of Khối Đảng is not the province's.
            if held == parent or (parent in (None, TOTAL_ID) and held in (None, TOTAL_ID)):
                if parent is not None:
                    self.attach(found, parent)
                return found
        if parent is not None and parent != TOTAL_ID and not scoped and not qualifier:
            # the body's line, named before the body was, by its category and "của" the body
            for found, (kind, named) in list(self._owned_later.items()):
                if (
                    kind is category
                    and found in self.units
                    and self.units[found].parent is None
                    and self._body_named(named) == parent
                ):
                    del self._owned_later[found]
                    self._lines.setdefault(key, []).append(found)
                    self.attach(found, parent)
                    return found
        unit_id = self._fresh(wanted)
        self._lines.setdefault(key, []).append(unit_id)
        # "Viên chức (nguồn thu sự nghiệp)": two lines of one category are told apart by name
        label = _CATEGORY_NAME[category] + (f" ({qualifier})" if qualifier else "")
        owner = self.units[parent] if parent is not None else None
        name = f"{label} — {owner.name}" if owner is not None else label
        short = f"{owner.short or owner.name} - {category.value}" if owner is not None else None
        self.units[unit_id] = UnitDraft(
            unit_id,
            name,
            line,
            short=short,
            category=category,
            is_line=True,
            plain=not scoped and not qualifier,
            in_post=qualifier.startswith(IN_POST),
            reserve=not joined and (where == Scope.RESERVE or reserve_named(qualifier)),
        )
        if parent in (None, TOTAL_ID) and not scoped and _BODY_HEAD.match(qualifier):
            self._owned_later[unit_id] = (category, qualifier)
        if parent is not None:
            self.attach(unit_id, parent)
        return unit_id

    def _body_named(self, name: str) -> str | None:
        """The one block the text named that a body's name ("Sở Y tế", or "Sở" after it, as
        `bodies_meant`) after a category's words is; None for a sector, a scope, a body not
        named as a block, or a short name meaning several."""
        if not _BODY_HEAD.match(name):
            return None
        blocks = [self.units[found].name for ids in self._blocks.values() for found in ids]
        meant = bodies_meant(name, blocks)
        if meant is None:
            return self.named(name)
        return self.named(meant[0]) if len(meant) == 1 else None

    def _of_commune(self, category: Category | None, name: str) -> Category | None:
        """In a commune's own text, cán bộ, công chức named at no level above it are the
        commune's (cán bộ, công chức cấp xã)."""
        if self.commune and category is Category.CBCC and not above_commune(name):
            return Category.XA
        return category

    def subset(self, whole: str, line: int, category: Category | None, named: str) -> str:
        """A count given inside `whole` ("trong đó có 1.488 giáo viên"), known by its whole
        and every word of its name."""
        wanted = f"{self._prefixes.get(whole, whole)}-{ascii_slug(named, words=4)}"
        for found in self._subsets.get((whole, ascii_slug(named, words=99)), []):
            if found in self.units and self.units[found].subset_of == whole:
                return found
        unit_id = self._fresh(wanted)
        self._subsets.setdefault((whole, ascii_slug(named, words=99)), []).append(unit_id)
        self._counted_in.setdefault(whole, []).append(unit_id)
        owner = self.units[whole]
        self.units[unit_id] = UnitDraft(
            unit_id,
            f"{named[:1].upper()}{named[1:]} (trong {owner.short or owner.name})",
            line,
            category=category,
            subset_of=whole,
            some=True,
        )
        return unit_id

    def subsets_named(self, named: str) -> list[str]:
        """Every subset known by this name ("giáo viên"), whatever its whole, in the order
        they were set up."""
        key = ascii_slug(named, words=99)
        return [
            found
            for (_, name), ids in self._subsets.items()
            if name == key
            for found in ids
            if found in self.units
        ]

    def attach(self, child: str, parent: str) -> None:
        """Make `child` a part of `parent`, once; a unit never becomes its own ancestor."""
        unit = self.units[child]
        if unit.parent is not None or child == parent or self._ancestor(child, parent):
            return
        unit.parent = parent
        self.units[parent].parts.append(child)

    def named(self, name: str) -> str | None:
        """The one block already known by this name ("các Cục" named again as "Các Cục"),
        without making one; None when there is none, or several of that name."""
        found = self._blocks.get(_block_key(name)[0], [])
        return found[0] if len(found) == 1 else None

    def move(self, child: str, parent: str) -> None:
        """Make `child` a part of `parent` instead of the unit it was a part of (never of
        itself nor of one of its own parts: then it stays where it was)."""
        if child == parent or self._ancestor(child, parent):
            return
        held = self.units[child].parent
        if held is not None:
            self.units[held].parts.remove(child)
            self.units[child].parent = None
        self.attach(child, parent)

    def _ancestor(self, unit: str, of: str) -> bool:
        current: str | None = of
        while current is not None:
            if current == unit:
                return True
            current = self.units[current].parent
        return False

    def _set_prefix(self, unit_id: str, prefix: str) -> None:
        if unit_id in self._prefixes:
            old = self._prefixes[unit_id]
            self._prefixed[old] -= 1
            self._freed(old)
        self._prefixes[unit_id] = prefix
        self._prefixed[prefix] += 1

    def _taken(self, unit_id: str) -> bool:
        return unit_id == TOTAL_ID or unit_id in self.units or self._prefixed[unit_id] > 0

    def _fresh(self, wanted: str) -> str:
        if not self._taken(wanted):
            return wanted
        counter = self._numbered.get(wanted, 2)
        while self._taken(f"{wanted}-{counter}"):
            counter += 1
        self._numbered[wanted] = counter
        return f"{wanted}-{counter}"

    def _freed(self, unit_id: str) -> None:
        """`unit_id` may be free again: the next id of its name counts from it."""
        name, dash, number = unit_id.rpartition("-")
        if dash and number.isdigit() and 2 <= int(number) < self._numbered.get(name, 2):
            self._numbered[name] = int(number)

    def remove(self, unit_id: str) -> None:
        """Forget a unit read by mistake of context (a part it is not)."""
        unit = self.units.pop(unit_id)
        self._freed(unit_id)
        for some in self._counted_in.pop(unit_id, []):
            if some in self.units:
                self.units[some].subset_of = None  # (still `some`: never measured by a target)
        if unit.parent is not None:
            self.units[unit.parent].parts.remove(unit_id)
        for part in unit.parts:
            self.units[part].parent = None
        self._blocks = {k: [u for u in v if u != unit_id] for k, v in self._blocks.items()}
        self._lines = {k: [u for u in v if u != unit_id] for k, v in self._lines.items()}

    def merge(self, gone: str, kept: str) -> None:
        """`gone` is `kept` named another way: its parts and its place become kept's."""
        unit = self.units[gone]
        parts, unit.parts = unit.parts, []
        parent = unit.parent
        for part in parts:
            self.units[part].parent = None
        for some in self._counted_in.pop(gone, []):
            if some in self.units:
                self.units[some].subset_of = kept
                self._counted_in.setdefault(kept, []).append(some)
        self.remove(gone)
        for part in parts:
            self.attach(part, kept)
        if parent is not None:
            self.attach(kept, parent)

    def detach_parts(self, unit_id: str) -> list[str]:
        """Make the unit's parts units of their own (its list of parts is not complete);
        returns them."""
        unit = self.units[unit_id]
        parts, unit.parts = unit.parts, []
        for part in parts:
            self.units[part].parent = None
        return parts

    def detach_other_names(
        self,
        values: dict[tuple[str, int], int],
        listed: Mapping[str, Collection[set[str]]] | None = None,
    ) -> list[str]:
        """Take off a parent the parts another year's list names otherwise.

        Lists of one total's parts in several years may name the same part two ways ("cấp
        tỉnh" in 2021, "các sở, ban, ngành" in 2024): read as two units, both become parts
        and the total's sum would count that part twice, or take the missing name as 0. Where
        the parts stated for a year alone add up to the parent's figure of that year, the
        parts that year leaves out, stated in another year, are another list's names: they
        become units of their own. A part that one listing (`listed`: per unit, the units
        each listing of its parts named) names beside a part stated that year is no other
        name of it: a table's rows under its total row ("nhóm 2" at 0 in 2023, stated for
        2021 and 2024 only) are all its parts. Returns the ids detached."""
        detached = []
        years_of: dict[str, list[int]] = {}
        for owner, year in sorted(values):
            years_of.setdefault(owner, []).append(year)
        for unit in self.units.values():
            for year in years_of.get(unit.id, ()) if unit.parts else ():
                stated = [p for p in unit.parts if (p, year) in values]
                # (once per year, linear in the listings: a roll of a thousand rows)
                said = set(stated)
                beside = set().union(
                    *(
                        named
                        for named in (listed or {}).get(unit.id, ())
                        if not said.isdisjoint(named)
                    )
                )
                others = [
                    p
                    for p in unit.parts
                    if (p, year) not in values and p in years_of and p not in beside
                ]
                if (
                    stated
                    and others
                    and sum(values[(p, year)] for p in stated) == values[(unit.id, year)]
                ):
                    for part in others:
                        unit.parts.remove(part)
                        self.units[part].parent = None
                        detached.append(part)
                    break
        return detached

    def detach_mixed_parts(self, values: dict[tuple[str, int], int]) -> list[str]:
        """Take the category lines off a parent whose blocks alone already add up to it.

        A total stated as blocks and also as categories ("- Khối Đảng ...; - Khối chính
        quyền ...; - Viên chức ...") has two breakdowns; one `parts` list cannot hold both
        without counting every post twice. Where the blocks' figures sum to the parent's
        for a year (`values`: the figures the text states), the blocks stay its parts and
        the lines become units of their own. Returns the ids detached.
        """
        detached = []
        for unit in self.units.values():
            blocks = [p for p in unit.parts if not self.units[p].is_line]
            lines = [p for p in unit.parts if self.units[p].is_line]
            if not blocks or not lines:
                continue
            years = {year for (owner, year) in values if owner == unit.id}
            if any(
                all((block, year) in values for block in blocks)
                and sum(values[(block, year)] for block in blocks) == values[(unit.id, year)]
                for year in years
            ):
                for part in lines:
                    unit.parts.remove(part)
                    self.units[part].parent = None
                    detached.append(part)
        return detached

    def own_revenue(self) -> set[str]:
        """The units whose posts are paid from the units' own revenue, not by the budget
        (written `funding: own-revenue`): named so ("Hưởng lương từ nguồn thu sự nghiệp",
        "Đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên"), or a part of such a unit."""
        found: set[str] = set()
        for unit in self.units.values():
            current: UnitDraft | None = unit
            passed: set[str] = set()  # (a cycle is reported elsewhere; here it must not hang)
            while current is not None and current.id not in passed:
                if own_revenue_posts(current.name):
                    found.add(unit.id)
                    break
                passed.add(current.id)
                current = self.units.get(current.parent) if current.parent else None
        return found

    def holding_own_revenue(self) -> set[str]:
        """The units paid from own revenue and every unit they are a part of (a total the
        text splits into budget and own revenue): no budget-paid figure a target may count."""
        holding: set[str] = set()
        for unit_id in self.own_revenue():
            current: str | None = unit_id
            while current is not None and current not in holding:
                holding.add(current)
                current = self.units[current].parent if current in self.units else None
        return holding

    def as_data(self) -> list[dict[str, Any]]:
        """The units in tree order (each parent followed by its parts), as plan-file data."""
        ordered: list[dict[str, Any]] = []

        own_revenue = self.own_revenue()

        def visit(unit: UnitDraft) -> None:
            entry: dict[str, Any] = {"id": unit.id, "name": unit.name}
            if unit.short:
                entry["short"] = unit.short
            if unit.category is not None and (unit.subset_of is not None or not unit.some):
                # (a subset whose whole is gone names no category: no target may count it)
                entry["category"] = unit.category.value
            if unit.parts:
                entry["parts"] = list(unit.parts)
            if unit.subset_of is not None:
                entry["subset_of"] = unit.subset_of
            if unit.reserve:
                entry["role"] = UnitRole.RESERVE.value
            if unit.id in own_revenue:
                entry["funding"] = Funding.OWN_REVENUE.value
            ordered.append(entry)
            for part in unit.parts:
                visit(self.units[part])

        for unit in self.units.values():
            if unit.parent is None:
                visit(unit)
        return ordered


_LEVEL = re.compile(
    r"(?<!\w)(?:(?:hai|ba|các)\s+)?cấp\s+(?:tỉnh|huyện|xã)"
    r"(?:\s*(?:,|và)\s*(?:cấp\s+)?(?:tỉnh|huyện|xã))*(?!\w)",
    re.IGNORECASE,
)
"""The levels a name places a block at: "cấp huyện", "hai cấp tỉnh, huyện", "cấp tỉnh và cấp
huyện"."""
_LEVEL_NAME = {"tinh": "tỉnh", "huyen": "huyện", "xa": "xã"}
_LOWER_PLACES = re.compile(r"(?<!\w)(?:các|những|[0-9]+)\s+(huyện|xã)(?!\w)", re.IGNORECASE)
"""The places below the province a name places a block in: "của 6 huyện, thị xã, thành phố",
"ở các xã, phường" (the block there, not the province's: "... của tỉnh" is the whole)."""


def _block_key(name: str) -> tuple[str, str, str, str | None]:
    """(identity key, wanted id, category-id prefix, short name) for a block's name."""
    key, wanted, prefix, short = _unmarked_key(merger_marks(name)[0])
    marks = merger_marks(name)[1]
    if not marks:
        return key, wanted, prefix, short
    # a body before a merger is not the body it made, nor the name said with no mark
    said = "-".join(marks)
    return f"{key}-{said}", f"{wanted}-{said}", f"{prefix}-{said}", short


_SCHOOL_LEVEL = re.compile(
    r"(?<!\w)(?:cấp|bậc)(?:\s+học)?\s+(?=(?:mầm\s+non|tiểu\s+học|trung\s+học)(?!\w))",
    re.IGNORECASE,
)
"""The word before a school level ("Cấp mầm non", "bậc tiểu học"): the level itself, one
unit with "Mầm non" (a roadmap by level after the base year's list of levels)."""


def _unmarked_key(name: str) -> tuple[str, str, str, str | None]:
    plain = re.sub(r"\([^()]*\)", " ", name)
    plain = _SCHOOL_LEVEL.sub("", plain)
    known = known_block(plain)
    if known is not None:
        unit_id, prefix, short = known
        if unit_id == "dang" and re.search(
            r"mặt\s+trận|đoàn\s+thể|chính\s+trị\s*-\s*xã\s+hội", plain, re.IGNORECASE
        ):
            short = "Khối Đảng, MTTQ, đoàn thể"
        levels = {
            ascii_slug(level)
            for named in _LEVEL.findall(plain)
            for level in re.findall(r"tỉnh|huyện|xã|hai|ba|các", named, re.IGNORECASE)
        } | {ascii_slug(place) for place in _LOWER_PLACES.findall(plain)}
        if (
            unit_id != "du-phong"
            and levels
            and levels <= set(_LEVEL_NAME)
            and (len(levels) == 1 or "tinh" not in levels)
        ):
            # The block at one level ("Mặt trận Tổ quốc và các đoàn thể cấp huyện") is not the
            # block at another ("... cấp tỉnh"), nor the block across levels; nor are the
            # levels below the province together ("... cấp huyện và cấp xã") the block of all
            # of them with the province's ("... cấp tỉnh và cấp xã", "... cấp tỉnh, cấp huyện").
            below = sorted(levels, key=list(_LEVEL_NAME).index)
            unit_id = "-".join([unit_id, *below])
            prefix = "-".join([prefix, *below])
            short = f"{short} " + ", ".join(f"cấp {_LEVEL_NAME[level]}" for level in below)
        return unit_id, unit_id, prefix, short
    key = ascii_slug(plain, words=99)
    slug = ascii_slug(plain, words=5) or "khoi"
    if not slug[0].isalnum():
        slug = "khoi-" + slug
    return key or slug, slug, slug, None
