"""The walk's headings, sections, places, tables entered and lists opened.

Part of `build`'s walk, split from it by theme: `_Walk`'s methods of this theme.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lotrinh.extract.categories import read_categories
from lotrinh.extract.document import YEAR, Line, Sentence, numbering_kind, tokens
from lotrinh.extract.lexicon import ORGANISATION, kind_of, known_block, own_revenue_posts
from lotrinh.extract.merged import LOWER, former_place
from lotrinh.extract.places import Place, blanked, opening_place
from lotrinh.extract.result import CoverageEntry, Message, Status
from lotrinh.extract.sentence import NO_SUBJECT, Kind, Reading, Statement, drop
from lotrinh.extract.statements import OPENS, in_post_unchanged, read_in_post, read_sentence
from lotrinh.extract.structure import TABLE_HEADING, Heading, Site, open_heading
from lotrinh.extract.walk_base import _WalkBase
from lotrinh.extract.walk_common import (
    _AGAINST_PREVIOUS,
    _ALL_HOI,
    _ARTICLE,
    _LEAD_AGAINST,
    _READ_AHEAD,
    _SECTION_LEVELS,
    _SELF_FINANCED_GIVEN_NONE,
    _UNREAD_OPENER,
    Resolved,
    _Enumeration,
    _holds_no_post,
    _level,
)
from lotrinh.model import Category

_HEADING_YEARS = re.compile(r"(?<![0-9/.\-])((?:19|20)[0-9]{2})(?![0-9])")


_YEAR_PAIR = re.compile(
    r"(?<!\w)(?:từ\s+)?năm\s+(?P<a>(?:19|20)[0-9]{2})\s*(?:,|và|đến|tới|-|–)\s*(?:năm\s+)?"
    r"(?P<b>(?:19|20)[0-9]{2})(?![0-9])",
    re.IGNORECASE,
)


_NAME_JOINS = re.compile(r"\s*,\s*|\s+(?:và|với)\s+", re.IGNORECASE)
"""Where a heading's name may join a second body to the first ("Sở Y tế và Sở Tư pháp")."""


_DETERMINER_WORDS = re.compile(r"^(?:(?:các|những)\s+)+", re.IGNORECASE)


_BLOCK_MEMBER = re.compile(
    r"(?:mặt\s+trận|MTTQ|đoàn\s+thể|tổ\s+chức\s+chính\s+trị|đảng)(?!\w)", re.IGNORECASE
)
"""What a well-known block's own name joins to its head ("Khối Đảng, Mặt trận Tổ quốc và các
tổ chức chính trị - xã hội"): any other organisation after it is a second body."""


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


_A_YEAR_WORD = re.compile(r"(?<!\w)năm(?!\w)", re.IGNORECASE)
"""A lead naming years ("Số giao các năm tiếp theo:"): its items are years, not parts."""


_BESIDES = re.compile(r"ngoài\s+ra\b", re.IGNORECASE)


_STAFF_WORDS = re.compile(
    r"(?<!\w)(?:biên\s+chế|công\s+chức|viên\s+chức|cán\s+bộ|người\s+làm\s+việc)(?!\w)", re.I
)
"""Words of posts: a sentence with them and a count states staffing (`_places`)."""


_LEVEL_WORD = re.compile(r"^(?:tỉnh|thành\s+phố)\s+")
"""A province's or city's level word before its name, case folded (`_places`)."""


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


_HEADING_BASE = re.compile(
    # ("so với số được giao năm 2021": the posts given that year)
    r"so\s+với\s+(?:(?:số|tổng\s+số|biên\s+chế)\s+(?:được\s+|đã\s+)?giao\s+(?=năm\s+[0-9]))?"
    rf"năm\s+(?:(?P<year>{YEAR})|(?:liền\s+)?trước(?:\s+liền\s+kề|\s+đó)?)"
    r"\s*\)?\s*:?\s*$",
    re.IGNORECASE,
)
"""A heading closing with its comparison ("(so với năm 2021)", "(số giảm tính so với năm
liền trước)"): the changes of its section that name none compare so."""


_HEADING_MARKS = re.compile(r"[*_]+|\s*:\s*$")
"""Emphasis and a closing colon around a heading's words."""


_SPACES = re.compile(r"\s+")


_CAPITAL = rf"(?-i:(?![{LOWER}])[^\W\d_])"


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


class _HeadingsMixin(_WalkBase):
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

    def _since_heading(self, line: int) -> list[Site]:
        """The sentences between the heading on `line` and the current one."""
        found: list[Site] = []
        for site in reversed(self.sites[: self.site_index]):
            if site.line.number <= line:
                break
            found.append(site)
        return found

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
