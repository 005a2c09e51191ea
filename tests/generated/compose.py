"""Documents of the genre composed with their truth, and confusers placed beside real figures.

A generated document is a staffing text (a plan with a roadmap, an HĐND resolution with
articles, a news report, a roadmap table) written from one *world*: a province whose posts by
category, scope and year are drawn first, so that every figure, change, rate and part list the
text states agrees with every other (the truth is computed, never read back from lotrinh).
Next to the real figures the text puts numbers a reader must not take as posts, or must not let
change a real figure's unit, year or category: staff in post, leavers under the redundancy
decrees, contract staff and part-time commune staff, posts asked for, legal minimum rates,
dates, decree numbers, counts of bodies, shares of other things, money; the same category named
several ways; units with near names; a year named in a heading and another in the sentence;
items after a section has closed.

The truth is in the format of tests/corpus/README.md, so tests/corpus/runner.py scores it. A
line whose only numbers are confusers is `outside`; a line with real figures lists only those
(a confuser beside them is simply not a figure). A slip is planted in some documents (a stated
change or rate off, a part off its total), so that an exit 0 on them is a false all-clear.

Everything is drawn from `random.Random(seed)`: one seed, one document.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

FIRST, LAST = 2021, 2026
YEARS = tuple(range(FIRST, LAST + 1))

PROVINCES = (
    "Hà Giang",
    "Yên Bái",
    "Bắc Kạn",
    "Thái Bình",
    "Hà Nam",
    "Ninh Bình",
    "Quảng Bình",
    "Phú Yên",
    "Bình Định",
    "Kon Tum",
    "Đắk Nông",
    "Bình Phước",
    "Tây Ninh",
    "Bến Tre",
    "Trà Vinh",
    "Hậu Giang",
    "Bạc Liêu",
    "Cà Mau",
)

# --- numbers as the genre writes them --------------------------------------------------------


def num(value: int, *, padded: bool = False) -> str:
    """28960 → "28.960"; a count under ten sometimes as "05" (the genre's habit)."""
    if padded and 0 <= value < 10:
        return f"0{value}"
    return f"{value:,}".replace(",", ".")


def cap(text: str) -> str:
    """The first letter in capitals, the rest as written (names keep their own capitals)."""
    return text[:1].upper() + text[1:]


def rate(reduction: int, base: int, decimals: int) -> str:
    """The reduction's share of the base, rounded half up at `decimals`, as "1,94%"."""
    exact = Fraction(100 * reduction, base)
    step = Fraction(1, 10**decimals)
    rounded = (exact / step + Fraction(1, 2)).__floor__() * step
    whole = int(rounded)
    if decimals == 0:
        return f"{whole}%"
    frac = int((rounded - whole) * 10**decimals)
    return f"{whole},{frac:0{decimals}d}%"


# --- the world -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    key: str
    category: str  # truth category: CBCC, VC, MIXED, CBCC-XA, HOI, CONTRACT
    names: tuple[str, ...]  # ways the genre names it, the first the plainest
    reserve: bool = False


@dataclass
class World:
    """A province's posts: unit key → year → value, every total the sum of its parts."""

    province: str
    values: dict[str, dict[int, int]]
    units: dict[str, Unit]
    parts: dict[str, tuple[str, ...]]

    def v(self, key: str, year: int) -> int:
        return self.values[key][year]


CBCC_NAMES = (
    "tổng biên chế công chức trong các cơ quan, tổ chức hành chính của tỉnh",
    "biên chế công chức",
    "biên chế hành chính",
    "tổng biên chế công chức hành chính",
    "biên chế công chức trong các cơ quan hành chính nhà nước",
)
VC_NAMES = (
    "tổng số lượng người làm việc hưởng lương từ ngân sách nhà nước trong các đơn vị sự"
    " nghiệp công lập",
    "số lượng người làm việc trong các đơn vị sự nghiệp công lập",
    "biên chế viên chức hưởng lương từ ngân sách nhà nước",
    "biên chế sự nghiệp",
    "số người làm việc hưởng lương từ ngân sách nhà nước",
    "biên chế viên chức",
)


def _series(rng: random.Random, start: int, most_cut: int) -> dict[int, int]:
    """A non-increasing series over YEARS from `start` (a rise unstated would be a slip)."""
    values = {FIRST: start}
    for year in YEARS[1:]:
        cut = rng.randint(0, max(1, start * most_cut // 1000))
        values[year] = max(1, values[year - 1] - cut)
    return values


def world(rng: random.Random) -> World:
    units = {
        "cbcc": Unit("cbcc", "CBCC", CBCC_NAMES),
        "cbcc-tinh": Unit(
            "cbcc-tinh",
            "CBCC",
            ("các cơ quan, tổ chức hành chính cấp tỉnh", "cấp tỉnh", "các sở, ban, ngành"),
        ),
        "cbcc-huyen": Unit(
            "cbcc-huyen",
            "CBCC",
            ("Ủy ban nhân dân các huyện, thị xã, thành phố", "cấp huyện", "các huyện"),
        ),
        "cbcc-dp": Unit(
            "cbcc-dp", "CBCC", ("biên chế công chức dự phòng", "dự phòng"), reserve=True
        ),
        "vc": Unit("vc", "VC", VC_NAMES),
        "vc-gd": Unit(
            "vc-gd", "VC", ("sự nghiệp giáo dục và đào tạo", "lĩnh vực giáo dục và đào tạo")
        ),
        "vc-yt": Unit("vc-yt", "VC", ("sự nghiệp y tế", "lĩnh vực y tế")),
        "vc-khac": Unit("vc-khac", "VC", ("các sự nghiệp khác", "sự nghiệp khác")),
        "vc-tinh": Unit(
            "vc-tinh", "VC", ("các đơn vị sự nghiệp công lập cấp tỉnh", "cấp tỉnh", "cấp tỉnh")
        ),
        "vc-huyen": Unit(
            "vc-huyen", "VC", ("các đơn vị sự nghiệp công lập cấp huyện", "cấp huyện", "cấp huyện")
        ),
        "vc-dp": Unit(
            "vc-dp", "VC", ("số lượng người làm việc dự phòng", "dự phòng"), reserve=True
        ),
        "hoi": Unit("hoi", "HOI", ("các hội có tính chất đặc thù", "hội đặc thù")),
        "xa": Unit("xa", "CBCC-XA", ("cán bộ, công chức cấp xã",)),
        "so-yt": Unit("so-yt", "CBCC", ("Sở Y tế",)),
        "so-nv": Unit("so-nv", "CBCC", ("Sở Nội vụ",)),
        "vc-so-yt": Unit("vc-so-yt", "VC", ("các đơn vị sự nghiệp trực thuộc Sở Y tế",)),
        "all": Unit(
            "all",
            "MIXED",
            ("Tổng cộng", "Tổng biên chế công chức và số lượng người làm việc"),
        ),
        "cc-hien-co": Unit("cc-hien-co", "CBCC", ("công chức hiện có",)),
        "kct": Unit("kct", "CONTRACT", ("người hoạt động không chuyên trách ở cấp xã",)),
        "xa-kct": Unit(
            "xa-kct", "MIXED", ("cán bộ, công chức và người hoạt động không chuyên trách cấp xã",)
        ),
    }
    values = {
        "cbcc-tinh": _series(rng, rng.randint(900, 2400), 25),
        "cbcc-huyen": _series(rng, rng.randint(800, 2600), 25),
        "cbcc-dp": _series(rng, rng.randint(1, 40), 0),
        "vc-tinh": _series(rng, rng.randint(4000, 12000), 30),
        "vc-huyen": _series(rng, rng.randint(9000, 30000), 30),
        "vc-dp": _series(rng, rng.randint(1, 300), 0),
        "hoi": dict.fromkeys(YEARS, rng.randint(80, 260)),
        "xa": _series(rng, rng.randint(3000, 9000), 20),
    }
    # the same posts by sector: y tế and the rest cut no more than the scopes together, so
    # giáo dục (what is left) never rises either
    scopes = {y: values["vc-tinh"][y] + values["vc-huyen"][y] for y in YEARS}
    values["vc-yt"] = {FIRST: scopes[FIRST] // rng.randint(5, 9)}
    values["vc-khac"] = {FIRST: scopes[FIRST] // rng.randint(8, 14)}
    for year in YEARS[1:]:
        room = scopes[year - 1] - scopes[year]
        cut_yt = rng.randint(0, room // 2)
        cut_khac = rng.randint(0, room - cut_yt)
        values["vc-yt"][year] = values["vc-yt"][year - 1] - cut_yt
        values["vc-khac"][year] = values["vc-khac"][year - 1] - cut_khac
    values["vc-gd"] = {y: scopes[y] - values["vc-yt"][y] - values["vc-khac"][y] for y in YEARS}
    by_sector = rng.random() < 0.5
    parts = {
        "cbcc": ("cbcc-tinh", "cbcc-huyen", "cbcc-dp"),
        "vc": ("vc-gd", "vc-yt", "vc-khac", "vc-dp")
        if by_sector
        else ("vc-tinh", "vc-huyen", "vc-dp"),
    }
    for total, keys in parts.items():
        values[total] = {y: sum(values[k][y] for k in keys) for y in YEARS}
    tinh = values["cbcc-tinh"]
    values["so-yt"] = {y: max(20, tinh[y] // rng.randint(18, 30)) for y in YEARS}
    values["so-nv"] = {y: max(15, tinh[y] // rng.randint(30, 45)) for y in YEARS}
    values["cc-hien-co"] = {y: values["cbcc"][y] - rng.randint(20, 180) for y in YEARS}
    yt = values["vc-yt"]
    values["vc-so-yt"] = {y: yt[y] - yt[y] // rng.randint(3, 6) for y in YEARS}
    values["all"] = {y: values["cbcc"][y] + values["vc"][y] for y in YEARS}
    parts["all"] = ("cbcc", "vc")
    # a count of bodies in a part's name ("21 cơ quan, tổ chức hành chính cấp tỉnh")
    tinh = units["cbcc-tinh"]
    counted = f"{rng.randint(15, 25)} cơ quan, tổ chức hành chính cấp tỉnh"
    units["cbcc-tinh"] = Unit(tinh.key, tinh.category, (*tinh.names, counted))
    return World(rng.choice(PROVINCES), values, units, parts)


# --- the document being written --------------------------------------------------------------


@dataclass
class Writer:
    """Lines of a document and, for each staffing line, what a perfect reader takes from it."""

    rng: random.Random
    w: World
    lines: list[str] = field(default_factory=list)
    statements: list[dict[str, Any]] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    slips: list[dict[str, Any]] = field(default_factory=list)
    confusers: list[str] = field(default_factory=list)
    """Which confusers the document holds (for the runner's report)."""
    plant: str | None = None
    """A slip still to plant in the next checkable change: "difference" or "rate"."""
    subset: dict[str, dict[int, int]] | None = None
    """A subset said right after a figure ("..., trong đó có N giáo viên"), a figure of the
    next line written, of a unit of its own (`subsets`)."""
    subsets: dict[str, str] = field(default_factory=dict)
    """Each subset's key and the key of the unit it counts some of."""

    def line(
        self,
        text: str,
        figures: dict[str, dict[int, int]] | None = None,
        changes: list[dict[str, Any]] | None = None,
        outside: str | None = None,
    ) -> int:
        self.lines.append(text)
        number = len(self.lines)
        if self.subset is not None:
            figures = {**(figures or {}), **self.subset}
            self.subset = None
        if figures or changes:
            entry: dict[str, Any] = {"line": number}
            if figures:
                entry["figures"] = figures
                self.used.update(figures)
            if changes:
                entry["changes"] = changes
                self.used.update(c["unit"] for c in changes)
            self.statements.append(entry)
        elif outside:
            self.statements.append({"line": number, "outside": outside})
        return number

    def blank(self) -> None:
        self.line("")

    def name(self, key: str) -> str:
        return self.rng.choice(self.w.units[key].names)

    def change(
        self, key: str, year: int, base: int, *, with_rate: bool = False, checkable: bool = False
    ) -> tuple[str, dict[str, Any]]:
        """ "giảm 33 biên chế so với năm 2023 (tỷ lệ giảm 1,00%)" and its truth entry, for the
        next line written. `checkable`: both years' figures are stated in the text, so a slip
        planted here can be found."""
        cut = self.w.v(key, base) - self.w.v(key, year)
        said = cut
        plant = self.plant if checkable and cut > 0 else None
        if plant == "difference" or (plant == "rate" and not with_rate):
            said = cut + self.rng.choice((-1, 1)) * self.rng.randint(1, 9)
            self._planted("claim-difference", key, year, f"says {said}, figures give {cut}")
        entry: dict[str, Any] = {"unit": key, "year": year, "base_year": base, "reduction": said}
        if said == 0:
            return self.rng.choice(
                (f"giữ nguyên so với năm {base}", f"không thay đổi so với năm {base}")
            ), entry
        text = f"giảm {num(said)} biên chế so với năm {base}"
        if with_rate and self.w.v(key, base) > 0:
            decimals = self.rng.choice((1, 2, 2))
            written = rate(cut, self.w.v(key, base), decimals)
            if self.rng.random() < 0.2:
                written = written.replace("%", " %")  # as some texts space it
            if plant == "rate":
                wrong = rate(cut + self.w.v(key, base) // 50 + 1, self.w.v(key, base), decimals)
                self._planted("claim-rate", key, year, f"says {wrong}, figures give {written}")
                written = wrong
            entry["rate"] = written
            text += self.rng.choice(
                (f" (tỷ lệ giảm {written})", f", tỷ lệ giảm {written}", f", tương ứng {written}")
            )
        return text, entry

    def _planted(self, kind: str, key: str, year: int, note: str) -> None:
        line = len(self.lines) + 1  # the change is written on the next line
        self.slips.append({"kind": kind, "line": line, "unit": key, "year": year, "note": note})
        self.plant = None


# --- confusers: numbers beside real figures that are not the figures -------------------------


def leavers(wr: Writer, year: int) -> str:
    wr.confusers.append("leavers")
    n = wr.rng.randint(12, 400)
    decree = wr.rng.choice(("Nghị định số 29/2023/NĐ-CP", "Nghị định số 108/2014/NĐ-CP"))
    return wr.rng.choice(
        (
            f"Năm {year}, toàn tỉnh đã giải quyết chế độ tinh giản biên chế cho {num(n)} người"
            f" theo {decree}",
            f"Trong năm {year} có {num(n)} người nghỉ hưu trước tuổi, thôi việc theo {decree}",
        )
    )


def contract(wr: Writer, year: int) -> None:
    """Contract staff (outside biên chế) or part-time commune staff: a unit of its own that
    holds no post (the corpus's truth: CONTRACT), or counted together with cán bộ, công chức
    cấp xã (a total of both, MIXED), never cán bộ, công chức cấp xã alone."""
    wr.confusers.append("contract")
    n = wr.rng.randint(30, 900)
    form = wr.rng.randrange(4)
    if form == 0:
        wr.line(
            f"Ngoài ra, giao {num(n)} chỉ tiêu lao động hợp đồng theo Nghị định số"
            " 111/2022/NĐ-CP trong các đơn vị sự nghiệp giáo dục.",
            outside="contract staff, not biên chế",
        )
    elif form == 1:
        wr.line(
            f"Số lao động hợp đồng theo Nghị định số 68/2000/NĐ-CP năm {year} là {num(n)} người.",
            outside="contract staff, not biên chế",
        )
    elif form == 2:
        wr.line(
            f"Người hoạt động không chuyên trách ở cấp xã năm {year} là {num(n * 3)} người.",
            figures={"kct": {year: n * 3}},
        )
    else:
        wr.line(
            f"Tổng số cán bộ, công chức và người hoạt động không chuyên trách cấp xã năm {year}"
            f" là {num(n * 9)} người.",
            figures={"xa-kct": {year: n * 9}},
        )


def requested(wr: Writer, year: int) -> str:
    wr.confusers.append("requested")
    n = wr.rng.randint(5, 600)
    verb = wr.rng.choice(("đề nghị bổ sung", "xin bổ sung", "đề xuất bổ sung"))
    who = wr.rng.choice(("Ủy ban nhân dân tỉnh", "Sở Nội vụ", "Tỉnh"))
    return wr.rng.choice(
        (
            f"{who} {verb} {num(n)} biên chế giáo viên cho năm học {year} - {year + 1}",
            f"{who} đã có văn bản {verb} {num(n)} biên chế sự nghiệp y tế năm {year}",
        )
    )


def legal_minimum(wr: Writer) -> str:
    wr.confusers.append("legal-minimum")
    return wr.rng.choice(
        (
            "Phấn đấu đến năm 2026 giảm ít nhất 5% biên chế công chức và ít nhất 10% viên chức"
            " hưởng lương từ ngân sách nhà nước so với năm 2021 theo Kết luận số 40-KL/TW",
            "Kết luận số 40-KL/TW yêu cầu đến năm 2026 giảm tối thiểu 5% biên chế cán bộ, công"
            " chức so với năm 2021",
        )
    )


def other_numbers(wr: Writer, year: int) -> str:
    wr.confusers.append("other-numbers")
    k = wr.rng.randint(3, 40)
    share = wr.rng.randint(10, 99)
    money = f"{wr.rng.randint(2, 90)},{wr.rng.randint(1, 9)}"
    return wr.rng.choice(
        (
            f"Đến nay đã giảm {k} đơn vị sự nghiệp công lập, đạt {share}% kế hoạch",
            f"Có {share}% đơn vị sự nghiệp công lập tự bảo đảm một phần chi thường xuyên",
            f"Kinh phí chi trả chế độ tinh giản biên chế năm {year} là {money} tỷ đồng",
            f"Toàn tỉnh có {k} cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh và"
            f" {wr.rng.randint(5, 15)} huyện, thị xã, thành phố",
        )
    )


def in_post(wr: Writer, year: int) -> None:
    """Staff in post, no change of them stated: outside (tests/corpus/README.md), never the
    posts."""
    wr.confusers.append("in-post")
    have = wr.w.v("cc-hien-co", year)
    gap = wr.w.v("cbcc", year) - have
    wr.line(
        f"Năm {year}, số công chức hiện có là {num(have)} người, còn {num(gap)} biên chế chưa"
        " sử dụng.",
        outside="staff in post, no change of them stated",
    )


def dated_source(wr: Writer, year: int) -> str:
    wr.confusers.append("date")
    day, month = wr.rng.randint(1, 28), wr.rng.randint(1, 12)
    number = wr.rng.randint(10, 3999)
    return wr.rng.choice(
        (
            f"Thực hiện Quyết định số {number}/QĐ-UBND ngày {day}/{month}/{year - 1} của Ủy ban"
            " nhân dân tỉnh, ",
            f"Căn cứ Nghị quyết số {number % 200 + 1}/NQ-HĐND ngày {day}/{month}/{year - 1}, ",
            "Theo Nghị định số 62/2020/NĐ-CP của Chính phủ, ",
            "",
        )
    )


def beside(
    wr: Writer, year: int, key: str, *, after_change: bool = False, cut: int | None = None
) -> str:
    """A clause put after a real figure in its own sentence, whose numbers are not posts (or
    not this unit's): the share of a plan done, a decision and its date, the bodies posts go
    to, leavers, money, contract staff left out, teachers among the posts, a required rate."""
    rng = wr.rng
    forms = ["decision", "bodies", "leavers", "money", "contract", "share"]
    if after_change:
        forms += ["plan-share", "required-rate", "minimum-after"]
    if key.startswith("vc"):
        forms.append("teachers")
    form = rng.choice(forms)
    wr.confusers.append(f"beside:{form}")
    if form == "decision":
        return (
            f" theo Quyết định số {rng.randint(10, 3999)}/QĐ-UBND ngày {rng.randint(1, 28)}/"
            f"{rng.randint(1, 12)}/{year - 1} của Ủy ban nhân dân tỉnh"
        )
    if form == "bodies":
        return f" cho {rng.randint(12, 45)} cơ quan, đơn vị và {rng.randint(5, 13)} huyện"
    if form == "leavers":
        return (
            f"; trong năm đã giải quyết chế độ cho {rng.randint(8, 300)} người theo Nghị định"
            " số 29/2023/NĐ-CP"
        )
    if form == "money":
        return f"; kinh phí thực hiện {rng.randint(2, 90)},{rng.randint(1, 9)} tỷ đồng"
    if form == "contract":
        return (
            f" (chưa kể {rng.randint(20, 900)} lao động hợp đồng theo Nghị định số 111/2022/NĐ-CP)"
        )
    if form == "share":
        return f", chiếm {rng.randint(2, 60)},{rng.randint(1, 9)}% tổng biên chế toàn tỉnh"
    if form == "plan-share":
        return f", đạt {rng.randint(60, 99)}% kế hoạch"
    if form == "teachers":
        count = rng.randint(300, 5000)
        if not after_change:
            # right after the figure: some of it, counted apart (a unit of its own, never a
            # part); after a change it stays a confuser (whose count: the figure's, the cut's?)
            count = min(count, wr.w.v(key, year))
            wr.subset = {f"{key}-giao-vien": {year: count}}
            wr.subsets[f"{key}-giao-vien"] = key
        elif cut is not None and cut < count < wr.w.v(key, year):
            # after the figure and its changes (`cut`, the largest): more than any cut could
            # hold, fewer than the figure, so the figure's (without a figure, `cut` is None)
            wr.subset = {f"{key}-giao-vien": {year: count}}
            wr.subsets[f"{key}-giao-vien"] = key
        return f", trong đó có {num(count)} giáo viên"
    minimum = "5%" if key.startswith("cbcc") else "10%"
    if form == "minimum-after":
        return rng.choice(
            (
                f" (Kết luận số 40-KL/TW yêu cầu giảm ít nhất {minimum})",
                f", tương đương mức {minimum} Bộ Chính trị giao",
                f", theo yêu cầu giảm tối thiểu {minimum} so với năm {FIRST}",
            )
        )
    return f"; mức giảm {minimum} Bộ Chính trị yêu cầu được thực hiện đến năm {LAST}"


# --- the blocks: each a section that opens its own context ----------------------------------


def block_chain(wr: Writer, key: str, years: list[int]) -> None:
    """A topic, then its figures year by year ("Lộ trình ...: năm 2023 là A; năm 2024 là B")."""
    w = wr.w
    topic = wr.rng.choice(("Lộ trình", "Về lộ trình giảm", "Kế hoạch"))
    chain = "; ".join(f"năm {y} là {num(w.v(key, y))} biên chế" for y in years)
    wr.line(
        f"{topic} {wr.name(key)} đến năm {years[-1]}: {chain}.",
        figures={key: {y: w.v(key, y) for y in years}},
    )


def block_fronted(wr: Writer, key: str, year: int, base: int) -> None:
    """ "So với năm 2021 (N biên chế), ... năm 2024 giảm M biên chế, còn K biên chế." """
    w = wr.w
    cut = w.v(key, base) - w.v(key, year)
    if cut <= 0:
        return
    extra = beside(wr, year, key, after_change=True, cut=cut) if wr.rng.random() < 0.4 else ""
    wr.line(
        f"So với năm {base} ({num(w.v(key, base))} biên chế), {wr.name(key)} năm {year} giảm"
        f" {num(cut)} biên chế, còn {num(w.v(key, year))} biên chế{extra}.",
        figures={key: {base: w.v(key, base), year: w.v(key, year)}},
        changes=[{"unit": key, "year": year, "base_year": base, "reduction": cut}],
    )


def block_heading_items(wr: Writer, heading: str, key: str, year: int) -> None:
    """A heading naming the category and the year, then its total and its parts by name
    alone: "- Cấp tỉnh: N" is the heading's category, so the cấp tỉnh of another heading is
    another unit."""
    w = wr.w
    title = "BIÊN CHẾ CÔNG CHỨC" if key == "cbcc" else "SỐ LƯỢNG NGƯỜI LÀM VIỆC"
    word = "biên chế" if key == "cbcc" else "người"
    wr.line(f"{heading}. {title} NĂM {year}")
    wr.line(f"Tổng số: {num(w.v(key, year))} {word}, gồm:", figures={key: {year: w.v(key, year)}})
    for part in w.parts[key]:
        wr.line(
            f"- {cap(w.units[part].names[-1])}: {num(w.v(part, year))} {word};",
            figures={part: {year: w.v(part, year)}},
        )


def block_base_year(wr: Writer, heading: str) -> None:
    """A heading naming 2021 and the totals of that year with their parts."""
    w = wr.w
    wr.line(f"{heading}. THỰC TRẠNG BIÊN CHẾ NĂM {FIRST}")
    total = w.v("cbcc", FIRST)
    parts = {k: {FIRST: w.v(k, FIRST)} for k in w.parts["cbcc"]}
    source = dated_source(wr, FIRST + 1)
    opening = f"{source}năm {FIRST}, " if source else f"Năm {FIRST}, "
    wr.line(
        f"{opening}{wr.name('cbcc')} là {num(total)} biên chế, trong đó: "
        f"cấp tỉnh {num(parts['cbcc-tinh'][FIRST])} biên chế"
        f"{' cho ' + str(wr.rng.randint(15, 25)) + ' cơ quan' if wr.rng.random() < 0.3 else ''}; "
        f"cấp huyện {num(parts['cbcc-huyen'][FIRST])} biên chế; "
        f"dự phòng {num(parts['cbcc-dp'][FIRST])} biên chế.",
        figures={"cbcc": {FIRST: total}, **parts},
    )
    vc = w.v("vc", FIRST)
    wr.line(
        f"{wr.name('vc').capitalize()} năm {FIRST} là {num(vc)} người.",
        figures={"vc": {FIRST: vc}},
    )
    if wr.rng.random() < 0.5:
        wr.line(leavers(wr, FIRST) + ".", outside="leavers under a redundancy decree")
    if wr.rng.random() < 0.4:
        in_post(wr, FIRST + wr.rng.randint(1, 2))


def block_roadmap_items(wr: Writer, heading: str, key: str, years: list[int]) -> None:
    """A category heading, then one item per year: value, change against the year before and
    sometimes against 2021 with its rate."""
    w = wr.w
    word = "biên chế" if key == "cbcc" else wr.rng.choice(("người", "biên chế"))
    wr.line(f"{heading}. {cap(wr.name(key))}")
    for year in years:
        value = w.v(key, year)
        text = f"- Năm {year}: {num(value)} {word}"
        if wr.rng.random() < 0.2:
            # the decision of the December before, dated in the item's name
            wr.confusers.append("dated-item")
            text = (
                f"- Năm {year} (theo Nghị quyết số {wr.rng.randint(10, 200)}/NQ-HĐND ngày"
                f" {wr.rng.randint(1, 20)}/12/{year - 1}): {num(value)} {word}"
            )
        changes = []
        if year - 1 >= FIRST and wr.rng.random() < 0.7:
            said, entry = wr.change(key, year, year - 1, checkable=year > years[0])
            text += f", {said}"
            changes.append(entry)
        if year - 1 > FIRST and wr.rng.random() < 0.5:
            said, entry = wr.change(key, year, FIRST, with_rate=True, checkable=True)
            text += f" ({said})" if "(" not in said else f"; {said}"
            changes.append(entry)
            if wr.rng.random() < 0.3 and "rate" in entry:
                wr.confusers.append("required-rate")
                minimum = "5%" if key == "cbcc" else "10%"
                text += f", mức giảm tối thiểu {minimum} theo yêu cầu của Bộ Chính trị"
        if wr.rng.random() < 0.25:
            # (another rate between the figure and the teachers: whose they are is not said)
            cut = max((abs(entry.get("reduction", 0)) for entry in changes), default=None)
            if text.endswith("Bộ Chính trị"):
                cut = None
            text += beside(wr, year, key, after_change=bool(changes), cut=cut)
        wr.line(text + ";", figures={key: {year: value}}, changes=changes or None)


def block_year_section(wr: Writer, heading: str, year: int) -> None:
    """A heading that is only a year, then the totals of that year without naming it, one with
    its parts as items below "Trong đó:"; a sentence of another year among them."""
    w = wr.w
    wr.line(f"{heading}. Năm {year}")
    total = w.v("cbcc", year)
    text = f"{cap(wr.name('cbcc'))} là {num(total)} biên chế"
    changes = []
    figures: dict[str, dict[int, int]] = {"cbcc": {year: total}}
    if wr.rng.random() < 0.6 and year - 1 >= FIRST:
        base = wr.rng.choice([b for b in (year - 1, FIRST) if b < year])
        said, entry = wr.change("cbcc", year, base)
        if wr.rng.random() < 0.5 and not said.startswith(("giữ", "không")):
            wr.confusers.append("base-in-parenthesis")
            before = num(w.v("cbcc", base))
            said += wr.rng.choice(
                (
                    f" ({before} biên chế)",
                    f" (năm {base} giao {before} biên chế)",
                    f" (theo Quyết định số {wr.rng.randint(10, 999)}/QĐ-UBND: {before} biên chế)",
                )
            )
            figures["cbcc"][base] = w.v("cbcc", base)
        text += f", {said}"
        changes.append(entry)
    if wr.rng.random() < 0.3:
        text += beside(wr, year, "cbcc", after_change=bool(changes))
    wr.line(text + ". Trong đó:", figures=figures, changes=changes or None)
    for key in w.parts["cbcc"]:
        if key == "cbcc-huyen" and wr.rng.random() < 0.3:
            # some of cấp tỉnh's bodies, after its item: units of their own, not its parts
            wr.confusers.append("some-bodies")
            wr.line(
                f"Trong đó, Sở Y tế {num(w.v('so-yt', year))} biên chế, Sở Nội vụ"
                f" {num(w.v('so-nv', year))} biên chế.",
                figures={"so-yt": {year: w.v("so-yt", year)}, "so-nv": {year: w.v("so-nv", year)}},
            )
        text = f"- {cap(wr.name(key))}: {num(w.v(key, year))} biên chế"
        figures = {key: {year: w.v(key, year)}}
        if wr.rng.random() < 0.3 and w.v(key, year - 1) != w.v(key, year):
            # the year before, inside the item: that year's figure, not this year's
            wr.confusers.append("other-year-in-item")
            text += f" (năm {year - 1}: {num(w.v(key, year - 1))} biên chế)"
            figures[key][year - 1] = w.v(key, year - 1)
        wr.line(text + ";", figures=figures)
    if wr.rng.random() < 0.3:
        # after the list has closed: the hội, which are no part of the CBCC total
        wr.confusers.append("after-list")
        wr.line(
            f"Ngoài ra, giao {num(w.v('hoi', year))} biên chế cho các hội có tính chất đặc thù.",
            figures={"hoi": {year: w.v("hoi", year)}},
        )
    if wr.rng.random() < 0.5:
        # another year's sentence inside the section, then its items go on
        wr.line(leavers(wr, year - 1) + ".", outside="leavers of the year before")
    if wr.rng.random() < 0.3 and year < LAST:
        # a sentence naming another year inside the year's section: that year's figure
        wr.confusers.append("next-year-in-section")
        ahead = w.v("cbcc", year + 1)
        wr.line(
            f"Dự kiến năm {year + 1}, {wr.name('cbcc')} là {num(ahead)} biên chế.",
            figures={"cbcc": {year + 1: ahead}},
        )
    vc = w.v("vc", year)
    said, entry = wr.change("vc", year, year - 1) if year > FIRST else ("", None)
    wr.line(
        f"{cap(wr.name('vc'))} là {num(vc)} người" + (f", {said}" if said else "") + ".",
        figures={"vc": {year: vc}},
        changes=[entry] if entry else None,
    )
    if wr.rng.random() < 0.5:
        so = w.v("so-yt", year)
        wr.confusers.append("near-name")
        near = wr.rng.choice(("vc-yt", "vc-so-yt"))
        wr.line(
            f"Riêng Sở Y tế được giao {num(so)} biên chế công chức; {w.units[near].names[0]}"
            f" {num(w.v(near, year))} người.",
            figures={"so-yt": {year: so}, near: {year: w.v(near, year)}},
        )


def block_articles(wr: Writer, year: int) -> None:
    """A resolution's articles: CBCC, then người làm việc, then the hội; each article's items
    name only their scope, so an item's category is its own article's."""
    w = wr.w
    wr.line(f"Điều 1. Giao biên chế công chức năm {year}")
    total = w.v("cbcc", year)
    text = f"1. {cap(wr.name('cbcc'))} là {num(total)} biên chế"
    changes = None
    if year > FIRST and wr.rng.random() < 0.6:
        said, entry = wr.change("cbcc", year, year - 1)
        text += f", {said}"
        changes = [entry]
    if wr.rng.random() < 0.3:
        text += beside(wr, year, "cbcc", after_change=bool(changes))
    figures = {"cbcc": {year: total}}
    if wr.rng.random() < 0.25:
        # staff in post in the same sentence: outside, the posts read (tests/corpus/README.md)
        wr.confusers.append("in-post-beside")
        have = w.v("cc-hien-co", year)
        text += f"; số công chức hiện có là {num(have)} người"
    wr.line(text + ".", figures=figures, changes=changes)
    wr.line(
        f"2. Phân bổ: cấp tỉnh {num(w.v('cbcc-tinh', year))} biên chế, cấp huyện"
        f" {num(w.v('cbcc-huyen', year))} biên chế, dự phòng"
        f" {num(w.v('cbcc-dp', year), padded=wr.rng.random() < 0.5)} biên"
        " chế.",
        figures={k: {year: w.v(k, year)} for k in w.parts["cbcc"]},
    )
    wr.line(f"Điều 2. Giao số lượng người làm việc năm {year}")
    vc = w.v("vc", year)
    wr.line(
        f"Tổng số lượng người làm việc hưởng lương từ ngân sách nhà nước là {num(vc)} người, gồm:",
        figures={"vc": {year: vc}},
    )
    for letter, key in zip("abcd", w.parts["vc"], strict=False):
        label = f"{letter}) {cap(w.units[key].names[-1])}"
        wr.line(f"{label}: {num(w.v(key, year))} người;", figures={key: {year: w.v(key, year)}})
    wr.line(f"Điều 3. Biên chế các hội có tính chất đặc thù năm {year}")
    hoi = w.v("hoi", year)
    if wr.rng.random() < 0.5:
        wr.line(
            f"Giao {num(hoi)} biên chế cho các hội có tính chất đặc thù.",
            figures={"hoi": {year: hoi}},
        )
    else:
        # the same figure as the year before, whose figure the parenthesis gives: that year's
        wr.confusers.append("equal-with-base")
        said = wr.rng.choice(("giữ nguyên", "không thay đổi"))
        wr.line(
            f"Biên chế các hội có tính chất đặc thù năm {year} là {num(hoi)} biên chế, {said} so"
            f" với năm {year - 1} (năm {year - 1}: {num(hoi)} biên chế).",
            figures={"hoi": {year: hoi, year - 1: hoi}},
            changes=[{"unit": "hoi", "year": year, "base_year": year - 1, "reduction": 0}],
        )
    if wr.rng.random() < 0.6:
        contract(wr, year)


def block_news(wr: Writer, year: int) -> None:
    """A headline with a place, a year and a category; a lead with a date and a reporting
    clause; body sentences with confusers between the figures."""
    w = wr.w
    total = w.v("cbcc", year)
    cut = w.v("cbcc", year - 1) - total
    if wr.rng.random() < 0.5 or cut <= 0:
        wr.line(
            f"{w.province} giao {num(total)} biên chế công chức năm {year}",
            figures={"cbcc": {year: total}},
        )
    else:
        wr.line(
            f"{w.province}: năm {year} giảm {num(cut)} biên chế công chức so với năm {year - 1}",
            changes=[{"unit": "cbcc", "year": year, "base_year": year - 1, "reduction": cut}],
        )
    wr.blank()
    day, month = wr.rng.randint(1, 28), wr.rng.randint(10, 12)
    said, entry = wr.change("cbcc", year, year - 1, with_rate=wr.rng.random() < 0.5)
    figures = {"cbcc": {year: total}}
    if wr.rng.random() < 0.4 and entry["reduction"]:
        wr.confusers.append("base-in-parenthesis")
        before = w.v("cbcc", year - 1)
        said = said.replace(f"năm {year - 1}", f"năm {year - 1} ({num(before)} biên chế)", 1)
        figures["cbcc"][year - 1] = before
    wr.line(
        f"Ngày {day}/{month}/{year - 1}, Hội đồng nhân dân tỉnh {w.province} đã thông qua nghị"
        f" quyết giao biên chế công chức năm {year}. Theo đó, {wr.name('cbcc')} năm {year} là"
        f" {num(total)} biên chế, {said}.",
        figures=figures,
        changes=[entry],
    )
    wr.blank()
    if wr.rng.random() < 0.5:
        key = wr.rng.choice(("cbcc", "vc"))
        cut = max(1, w.v(key, FIRST) - w.v(key, year))
        written = rate(cut, w.v(key, FIRST), 2)
        extra = beside(wr, year, key, after_change=True) if wr.rng.random() < 0.6 else ""
        wr.line(
            f"Như vậy, so với năm {FIRST}, {wr.name(key)} năm {year} giảm {num(cut)} biên chế,"
            f" tỷ lệ giảm {written}{extra}.",
            changes=[
                {
                    "unit": key,
                    "year": year,
                    "base_year": FIRST,
                    "reduction": cut,
                    "rate": written,
                }
            ],
        )
        wr.blank()
    if wr.rng.random() < 0.6:
        wr.line(requested(wr, year) + ".", outside="posts asked for, not given")
        wr.blank()
    vc = w.v("vc", year)
    wr.line(
        f"Cũng tại kỳ họp, {wr.name('vc')} năm {year} được phê duyệt là {num(vc)} người.",
        figures={"vc": {year: vc}},
    )
    if wr.rng.random() < 0.5:
        wr.line(other_numbers(wr, year) + ".", outside="counts, shares or money, not posts")
    if wr.rng.random() < 0.5:
        wr.line(leavers(wr, year - 1) + ".", outside="leavers")
    if wr.rng.random() < 0.3:
        wr.confusers.append("round-count")
        bound = wr.rng.choice(("gần", "hơn", "khoảng"))
        wr.line(
            f"Như vậy, toàn tỉnh có {bound} {num(round(w.v('vc', year), -3))} người làm việc"
            " hưởng lương từ ngân sách nhà nước.",
            outside="a round bound, no figure",
        )


def block_table(wr: Writer, years: list[int]) -> None:
    """A pipe table: a column per year, then a change column against a year that is not the
    column before it."""
    w, rng = wr.w, wr.rng
    last, base = years[-1], years[0]
    with_rate = rng.random() < 0.5
    header = ["Đơn vị, loại biên chế", *(f"Năm {y}" for y in years), f"Giảm {last} so với {base}"]
    if with_rate:
        header.append("Tỷ lệ giảm")
    noted = rng.random() < 0.3
    if noted:
        header.append("Ghi chú")
    wr.line("| " + " | ".join(header) + " |")
    wr.line("|" + "---|" * len(header))
    rows = [("cbcc", "Biên chế công chức")]
    rows += [(k, f"- {cap(wr.w.units[k].names[1])}") for k in w.parts["cbcc"]]
    rows.append(("vc", "Số lượng người làm việc"))
    if rng.random() < 0.4:
        rows.append(("all", "Tổng cộng"))
    for key, label in rows:
        cells = [label, *(num(w.v(key, y)) for y in years)]
        cut = w.v(key, base) - w.v(key, last)
        cells.append(num(cut))
        change: dict[str, Any] = {"unit": key, "year": last, "base_year": base, "reduction": cut}
        if with_rate:
            change["rate"] = rate(cut, w.v(key, base), 2)
            cells.append(change["rate"])
        if noted:
            cells.append(
                f"QĐ số {rng.randint(10, 999)}/QĐ-UBND ngày {rng.randint(1, 28)}/12/{base}"
                if key == "cbcc"
                else ""
            )
        wr.line(
            "| " + " | ".join(cells) + " |",
            figures={key: {y: w.v(key, y) for y in years}},
            changes=[change],
        )
    if rng.random() < 0.4:
        # a row after the total: contract staff, never a part
        wr.confusers.append("contract-row")
        counts = [num(rng.randint(30, 400)) for _ in years]
        cells = ["Lao động hợp đồng theo Nghị định số 111/2022/NĐ-CP", *counts, ""]
        cells += [""] * (len(header) - len(cells))
        wr.line("| " + " | ".join(cells) + " |", outside="contract staff, not biên chế")
    wr.confusers.append("table-change-column")


# --- whole documents ------------------------------------------------------------------------


KINDS = ("plan", "hdnd-resolution", "news", "table")


@dataclass
class Generated:
    seed: int
    kind: str
    text: str
    truth: dict[str, Any]
    confusers: list[str]

    @property
    def suffix(self) -> str:
        return ".md" if self.kind == "table" else ".txt"


def generate(seed: int) -> Generated:
    rng = random.Random(seed)
    w = world(rng)
    wr = Writer(rng, w)
    kind = KINDS[seed % len(KINDS)]
    if kind == "plan":
        _plan(wr)
    elif kind == "hdnd-resolution":
        _resolution(wr)
    elif kind == "news":
        year = rng.choice((2023, 2024, 2025))
        block_news(wr, year)
        if rng.random() < 0.5:
            wr.blank()
            in_post(wr, year - 1)
        if rng.random() < 0.4:
            wr.blank()
            block_fronted(wr, rng.choice(("cbcc", "vc")), year, rng.choice((FIRST, year - 1)))
    else:
        _table(wr)
    return Generated(seed, kind, "\n".join(wr.lines) + "\n", _truth(wr, kind), wr.confusers)


def _plan(wr: Writer) -> None:
    rng, w = wr.rng, wr.w
    wr.plant = rng.choice((None, None, "difference", "rate"))
    start = rng.choice((2023, 2024, 2025))
    wr.line(rng.choice((f"ỦY BAN NHÂN DÂN TỈNH {w.province.upper()}", "TỈNH ỦY")))
    wr.line("KẾ HOẠCH")
    wr.line(f"Tinh giản biên chế giai đoạn {start} - {LAST}")
    wr.blank()
    block_base_year(wr, "I")
    wr.blank()
    wr.line("II. LỘ TRÌNH TINH GIẢN BIÊN CHẾ")
    years = list(range(start, LAST + 1))
    for number, key in enumerate(("cbcc", "vc"), 1):
        form = rng.choice(("items", "items", "chain", "fronted"))
        if form == "items":
            block_roadmap_items(wr, str(number), key, years)
        elif form == "chain":
            block_chain(wr, key, years)
        else:
            block_fronted(wr, key, LAST, FIRST)
    wr.blank()
    wr.line("III. TỔ CHỨC THỰC HIỆN")
    if rng.random() < 0.7:
        wr.line("- " + legal_minimum(wr) + ".", outside="a legal minimum, not the cut")
    if rng.random() < 0.6:
        wr.line("- " + requested(wr, start) + ".", outside="posts asked for")
    if rng.random() < 0.5:
        wr.line("- " + other_numbers(wr, start) + ".", outside="not posts")
    if rng.random() < 0.6:
        wr.blank()
        block_year_section(wr, "IV", rng.choice((2024, 2025)))


def _resolution(wr: Writer) -> None:
    rng, w = wr.rng, wr.w
    year = rng.choice((2023, 2024, 2025))
    wr.line(f"HỘI ĐỒNG NHÂN DÂN TỈNH {w.province.upper()}")
    wr.line("NGHỊ QUYẾT")
    wr.line(f"Giao biên chế công chức, số lượng người làm việc năm {year}")
    wr.blank()
    if rng.random() < 0.5:
        wr.line(dated_source(wr, year) + "Hội đồng nhân dân tỉnh quyết nghị:")
    if rng.random() < 0.6:
        block_articles(wr, year)
        wr.line("Điều 4. Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.")
    else:
        block_heading_items(wr, "I", "cbcc", year)
        if rng.random() < 0.5:
            wr.line(leavers(wr, year - 1) + ".", outside="leavers")
        block_heading_items(wr, "II", "vc", year)
        if rng.random() < 0.6:
            contract(wr, year)


def _table(wr: Writer) -> None:
    rng, w = wr.rng, wr.w
    first = rng.choice((2021, 2022))
    years = sorted({first, *rng.sample(range(first + 1, LAST + 1), 2), LAST})
    wr.line(f"# Lộ trình biên chế tỉnh {w.province} đến năm {LAST}")
    wr.blank()
    wr.line("Đơn vị tính: biên chế.")
    wr.blank()
    block_table(wr, years)
    wr.blank()
    if rng.random() < 0.5:
        wr.line(leavers(wr, years[0]) + ".", outside="leavers")


def _truth(wr: Writer, kind: str) -> dict[str, Any]:
    units: dict[str, Any] = {}
    for key in sorted(wr.used - set(wr.subsets)):
        unit = wr.w.units[key]
        entry: dict[str, Any] = {"name": unit.names[0], "category": unit.category}
        if unit.reserve:
            entry["reserve"] = True
        parts = wr.w.parts.get(key)
        if parts and _parts_listed(wr, key):
            entry["parts"] = list(parts)
        units[key] = entry
    for key, whole in wr.subsets.items():
        units[key] = {"name": "giáo viên", "category": "VC", "subset_of": whole}
    for slip in wr.slips:
        slip["lines"] = _lines_of(wr, slip.pop("line"), slip["unit"])
    targets = _targets(wr)
    return {
        "source": {
            "what": "generated",
            "where": "tests/generated",
            "kept": "-",
            "changed": "-",
        },
        "type": kind,
        "variant_of": None,
        "scope": f"tỉnh {wr.w.province}",
        "units": units,
        "statements": wr.statements,
        "slips": wr.slips,
        "targets": targets,
        "expected_exit": 1 if wr.slips or any(t["verdict"] == "missed" for t in targets) else 0,
    }


def _parts_listed(wr: Writer, key: str) -> bool:
    """Whether the text lists the unit's parts for some year (only then has the truth parts)."""
    parts = set(wr.w.parts[key])
    return parts <= wr.used


def _lines_of(wr: Writer, line: int, unit: str) -> list[int]:
    """The lines a planted slip may be found on: a wrong change or rate of a unit conflicts
    with every other line stating that unit's figures or changes, and which of them holds the
    slip depends on which the reader could read (tests/corpus/README.md: `lines:`)."""
    found = {line}
    for entry in wr.statements:
        if unit in (entry.get("figures") or {}) or any(
            change["unit"] == unit for change in entry.get("changes") or ()
        ):
            found.add(entry["line"])
    return sorted(found)


def _targets(wr: Writer) -> list[dict[str, Any]]:
    """KL 40's targets where the text states the category's total in 2021 and 2026 (computed
    exactly: met when the cut is at least 5 % of CBCC, 10 % of VC); left out where it does not
    (the reader then says unverifiable, which the truth does not score)."""
    stated = {
        (unit, year)
        for entry in wr.statements
        for unit, by_year in (entry.get("figures") or {}).items()
        for year in by_year
    }
    found = []
    for category, key, least in (("CBCC", "cbcc", 5), ("VC", "vc", 10)):
        if {(key, FIRST), (key, LAST)} <= stated:
            base, last = wr.w.v(key, FIRST), wr.w.v(key, LAST)
            met = (base - last) * 100 >= least * base
            found.append(
                {
                    "source": "KL40",
                    "category": category,
                    "base_year": FIRST,
                    "deadline": LAST,
                    "verdict": "met" if met else "missed",
                }
            )
    return found
