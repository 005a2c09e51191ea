"""Probe of the genre's sentences giving changes, rates, year chains and equalities.

Each shape is a sentence (or a lead and bullets, or a pipe table) whose slots take the
variants drafters use (collected from the test sets' documents: the subject and its category,
the change verb, the reference year, the rate, where the value and the year stand, chains of
years, equality). Every combination is a tiny document (a title line naming the body, then the
sentence) whose truth is built alongside its text: per line, the figures and comparisons a
perfect reader takes from it, or None when the line must stay unread. A planted slip (a rate
or a difference that does not match) is truth as written, never corrected.

The module holds only the shapes (slots, and the builders of a text and its truth by line);
the sample (in columns: every value of every slot at least `k` times, the other slots drawn
with a fixed seed), the judge (a truth by line), the report and the runner are
`tests.probe.core`'s, shared with `tests.probe.values`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from tests.probe.core import Case, Row, Shape, Slot, dotted, percent

Truth = dict[int, frozenset[Row] | None]
"""line → what a perfect reader takes from it (None: the line must stay unread)."""

Build = Callable[[dict[str, str], random.Random], tuple[str, Truth]]


# Subjects as value sentences name them: (words, category, the noun after a count).
SUBJECTS = {
    "biên chế công chức": ("biên chế công chức", "CBCC", "biên chế"),
    "cán bộ, công chức": ("biên chế cán bộ, công chức", "CBCC", "biên chế"),
    "số lượng người làm việc": ("số lượng người làm việc", "VC", "người"),
    "biên chế viên chức": ("biên chế viên chức", "VC", "biên chế"),
    "tổng biên chế": ("tổng biên chế", "ALL", "biên chế"),
}
BODIES = ("huyện", "tỉnh", "thành phố")


@dataclass(frozen=True)
class Numbers:
    base: int
    cut: int
    rate: str
    after: int


def numbers(rng: random.Random, slip: str) -> Numbers:
    """A base, its cut, the rate and what remains; a slip leaves one of them wrong."""
    base = rng.randint(300, 6000)
    cut = base * rng.randint(3, 12) // 100 + rng.randint(0, 3)
    after = base - cut
    rate = percent(cut, base)
    if slip == "rate":
        rate = percent(cut + max(2, cut // 10), base)
    elif slip == "difference":
        cut += rng.choice((1, 2, 10))
    return Numbers(base, cut, rate, after)


def title(body: str) -> str:
    return f"Kế hoạch tinh giản biên chế của {body} giai đoạn 2022 - 2026"


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------- shape: change
# "Đến năm 2026, biên chế công chức còn 997 biên chế, giảm 53 biên chế so với năm 2021 (5,05%)."

CHANGE_SLOTS: dict[str, tuple[str, ...]] = {
    "subject": tuple(SUBJECTS),
    "body": BODIES,
    "year": ("Đến năm 2026,", "Năm 2026,", "Đến hết năm 2026,", "S đến năm 2026", "- Năm 2026:"),
    "order": (
        "còn N, giảm M",
        "giảm M, còn N",
        "là N, giảm M",
        "N, giảm M",
        "giảm còn N, giảm M",
        "còn lại N, giảm M",
    ),
    "verb": ("giảm", "cắt giảm", "tinh giản", "tăng"),
    "reference": (
        "so với năm 2021",
        "so với năm 2021 (B)",
        "so với số giao năm 2021",
        "so với năm gốc 2021",
        "So với năm 2021, (fronted)",
        # eng-news9: the comparison fronted after a connective or a news report's quote
        "Như vậy, so với năm 2021, (fronted)",
        "Theo ông Nguyễn Văn B, Giám đốc Sở Nội vụ, so với năm 2021, (fronted)",
    ),
    "rate": (
        "none",
        "(tỷ lệ giảm R%)",
        "(R%)",
        "đạt R%",
        "tỷ lệ R%",
        "tương ứng R%",
        "bằng R%",
        "tương đương R%",
        "đạt tỷ lệ R%",
    ),
    "slip": ("none", "rate", "difference"),
}


def change_case(slots: dict[str, str], rng: random.Random) -> tuple[str, Truth]:
    words, category, noun = SUBJECTS[slots["subject"]]
    n = numbers(rng, slots["slip"])
    verb = slots["verb"]
    sign = -1 if verb == "tăng" else 1
    after = n.base + n.cut if verb == "tăng" else n.after
    if slots["slip"] == "difference" and verb == "tăng":
        after += 1
    direction = "tăng" if verb == "tăng" else "giảm"
    reference = slots["reference"]
    fronted = reference.endswith("(fronted)")
    ref = "" if fronted else " " + reference.replace("(B)", f"({dotted(n.base)} {noun})")
    rate = {
        "none": "",
        "(tỷ lệ giảm R%)": f" (tỷ lệ {direction} {n.rate})",
        "(R%)": f" ({n.rate})",
    }.get(slots["rate"], ", " + slots["rate"].replace("R%", n.rate))
    change = f"{verb} {dotted(n.cut)} {noun}{ref}{rate}"
    value = dotted(after)
    order = slots["order"]
    remains = "là" if verb == "tăng" else "còn"  # "còn" says what is left after a cut
    if order == "còn lại N, giảm M":
        predicate = f"{'là' if verb == 'tăng' else 'còn lại'} {value} {noun}, {change}"
    elif order == "còn N, giảm M":
        predicate = f"{remains} {value} {noun}, {change}"
    elif order == "giảm M, còn N":
        predicate = f"{change}, {remains} {value} {noun}"
    elif order == "là N, giảm M":
        predicate = f"là {value} {noun}, {change}"
    elif order == "N, giảm M":
        predicate = f"{value} {noun}, {change}"
    else:
        moved = "tăng lên" if verb == "tăng" else "giảm còn"
        predicate = f"{moved} {value} {noun}, {change}"
    year = slots["year"]
    front = cap(reference.removesuffix(" (fronted)") + " ") if fronted else ""
    if slots["year"] == "- Năm 2026:" and fronted:
        # a connective or a quote opens a sentence, never a roadmap's item: the item's own
        front = "So với năm 2021, "
    lines = [title(slots["body"])]
    truth: Truth = {}
    if year == "- Năm 2026:":
        # the unit stated, then its roadmap's year items ("... Lộ trình thực hiện:")
        lines.append(f"{cap(words)} năm 2021 là {dotted(n.base)} {noun}. Lộ trình thực hiện:")
        truth[2] = frozenset({(category, 2021, n.base, None, None, None)})
        sentence = f"- Năm 2026: {front[:1].lower()}{front[1:]}{predicate}."
    elif year == "S đến năm 2026" or fronted:
        # fronted, the year follows the subject: "So với năm 2021, biên chế công chức năm 2026 là"
        when = "đến năm 2026" if year == "S đến năm 2026" else year.rstrip(",").lower()
        sentence = f"{front}{words if fronted else cap(words)} {when} {predicate}."
    else:
        sentence = f"{year} {words} {predicate}."
    lines.append(sentence)
    rate_read = None if slots["rate"] == "none" else n.rate
    rows: set[Row] = {
        (category, 2026, after, None, None, None),
        (category, 2026, None, sign * n.cut, 2021, rate_read),
    }
    if "(B)" in reference:
        rows.add((category, 2021, n.base, None, None, None))
    truth[len(lines)] = frozenset(rows)
    return "\n".join(lines), truth


# ---------------------------------------------------------------- shape: from-to
# "Biên chế công chức: từ 1.050 giảm còn 997, giảm 53 biên chế (5,05%)."

FROM_TO_SLOTS: dict[str, tuple[str, ...]] = {
    "subject": tuple(SUBJECTS),
    "body": BODIES,
    "frame": (
        "Từ năm 2021 đến năm 2026, S",
        "S từ năm 2021 đến năm 2026",
        "lead: Đến năm 2026 so với năm 2021:",
        "lead: So với năm 2021, đến năm 2026:",
    ),
    "verb": (
        "từ A giảm còn B",
        "từ A giảm còn B (no unit word)",
        "từ A xuống B",
        "từ A xuống còn B",
        "giảm từ A xuống B",
    ),
    "tail": ("giảm M", "giảm M (R%)", "giảm M, tỷ lệ giảm R%", "(giảm M)"),
    "slip": ("none", "rate", "difference"),
}


def from_to_case(slots: dict[str, str], rng: random.Random) -> tuple[str, Truth]:
    words, category, noun = SUBJECTS[slots["subject"]]
    n = numbers(rng, slots["slip"])
    verb = slots["verb"]
    a, b = dotted(n.base), dotted(n.after)
    move = {
        "từ A giảm còn B": f"từ {a} giảm còn {b} {noun}",
        "từ A giảm còn B (no unit word)": f"từ {a} giảm còn {b}",
        "từ A xuống B": f"từ {a} xuống {b} {noun}",
        "từ A xuống còn B": f"từ {a} xuống còn {b} {noun}",
        "giảm từ A xuống B": f"giảm từ {a} xuống {b} {noun}",
    }[verb]
    tail = {
        "giảm M": f", giảm {dotted(n.cut)} {noun}",
        "giảm M (R%)": f", giảm {dotted(n.cut)} {noun} ({n.rate})",
        "giảm M, tỷ lệ giảm R%": f", giảm {dotted(n.cut)} {noun}, tỷ lệ giảm {n.rate}",
        "(giảm M)": f" (giảm {dotted(n.cut)} {noun})",
    }[slots["tail"]]
    frame = slots["frame"]
    lines = [title(slots["body"])]
    if frame.startswith("lead: "):
        lines.append(frame.removeprefix("lead: "))
        lines.append(f"- {cap(words)}: {move}{tail}.")
    elif frame.startswith("Từ"):
        lines.append(f"Từ năm 2021 đến năm 2026, {words} {move}{tail}.")
    else:
        lines.append(f"{cap(words)} từ năm 2021 đến năm 2026 {move}{tail}.")
    rate = n.rate if "R%" in slots["tail"] else None
    rows = {
        (category, 2021, n.base, None, None, None),
        (category, 2026, n.after, None, None, None),
        (category, 2026, None, n.cut, 2021, rate),
    }
    return "\n".join(lines), {len(lines): frozenset(rows)}


# ---------------------------------------------------------------- shape: chain
# "Lộ trình: năm 2022 là A; năm 2023 là B; …", bullets of years, a pipe table of years

CHAIN_SLOTS: dict[str, tuple[str, ...]] = {
    "subject": tuple(SUBJECTS),
    "body": BODIES,
    "form": (
        "Lộ trình: năm Y là A; …",
        "năm Y giảm A; …",
        "từng năm so với năm trước: năm Y giảm A; …",
        "- Năm Y: A chỉ tiêu (giảm M so với năm 2021);",
        "| Năm | 2021 | 2022 | … |",
        "3. Lộ trình hằng năm / - Năm Y: A;",
        "3. Lộ trình hằng năm (tổng biên chế) / - Năm Y: A;",
    ),
    "years": ("2022-2024", "2022-2026"),
}


def chain_case(slots: dict[str, str], rng: random.Random) -> tuple[str, Truth]:
    words, category, noun = SUBJECTS[slots["subject"]]
    last = 2024 if slots["years"] == "2022-2024" else 2026
    years = list(range(2022, last + 1))
    base = rng.randint(300, 6000)
    values = {2021: base}
    for year in years:
        values[year] = values[year - 1] - rng.randint(1, max(2, base // 50))
    form = slots["form"]
    lines = [title(slots["body"])]
    truth: Truth = {}
    if form.startswith("Lộ trình"):
        chain = "; ".join(f"năm {y} là {dotted(values[y])} {noun}" for y in years)
        lines.append(f"Lộ trình tinh giản {words}: {chain}.")
        truth[2] = frozenset((category, y, values[y], None, None, None) for y in years)
    elif form.startswith(("năm Y giảm", "từng năm")):
        chain = "; ".join(f"năm {y} giảm {dotted(values[y - 1] - values[y])} {noun}" for y in years)
        lines.append(f"Năm 2021, {words} là {dotted(base)} {noun}.")
        truth[2] = frozenset({(category, 2021, base, None, None, None)})
        if form.startswith("từng năm"):
            # the lead says each cut is against the year before it ("Lộ trình từng năm so
            # với năm trước: năm 2022 giảm 346 người; ...")
            lines.append(f"Lộ trình tinh giản {words} từng năm so với năm trước: {chain}.")
            truth[3] = frozenset(
                (category, y, None, values[y - 1] - values[y], y - 1, None) for y in years
            )
        else:
            # against the year before, or the base year? Not said: the line stays unread
            lines.append(f"Lộ trình tinh giản {words}: {chain}.")
            truth[3] = None
    elif form.startswith("- Năm"):
        lines.append(f"Năm 2021, {words} là {dotted(base)} {noun}.")
        lines.append(f"Lộ trình tinh giản {words}:")
        truth[2] = frozenset({(category, 2021, base, None, None, None)})
        for y in years:
            cut = base - values[y]
            lines.append(
                f"- Năm {y}: {dotted(values[y])} chỉ tiêu (giảm {dotted(cut)} so với năm 2021);"
            )
            truth[len(lines)] = frozenset(
                {(category, y, values[y], None, None, None), (category, y, None, cut, 2021, None)}
            )
    elif form.startswith("3."):
        # eng-cross: a roadmap's heading naming no unit over year items naming none; their
        # unit is the one whole whose figure the text stated for one of the items' years,
        # here the last (blind AF2, AH1); a gloss "(tổng biên chế)" names a total, so a
        # category's items under it are not the total's: unread
        gloss = form.endswith("(tổng biên chế) / - Năm Y: A;")
        lines.append(f"1. {cap(words)} năm 2021 là {dotted(base)} {noun}.")
        lines.append(f"2. Đến năm {last}, {words} còn {dotted(values[last])} {noun}.")
        truth[2] = frozenset({(category, 2021, base, None, None, None)})
        truth[3] = frozenset({(category, last, values[last], None, None, None)})
        lines.append("3. Lộ trình hằng năm" + (" (tổng biên chế)" if gloss else ""))
        for y in years:
            lines.append(f"- Năm {y}: {dotted(values[y])} {noun};")
            read = not gloss or category == "ALL"
            truth[len(lines)] = (
                frozenset({(category, y, values[y], None, None, None)}) if read else None
            )
    else:
        header = " | ".join(f"Năm {y}" for y in [2021, *years])
        lines.append(f"Lộ trình tinh giản biên chế của {slots['body']}:")
        lines.append(f"| Nội dung | {header} |")
        lines.append("|---" * (len(years) + 2) + "|")
        cells = " | ".join(dotted(values[y]) for y in [2021, *years])
        lines.append(f"| {cap(words)} | {cells} |")
        truth[len(lines)] = frozenset(
            (category, y, values[y], None, None, None) for y in [2021, *years]
        )
    return "\n".join(lines), truth


# ---------------------------------------------------------------- shape: equality
# "Năm 2026, tổng biên chế là 997 biên chế, giữ nguyên so với năm 2025."

EQUALITY_SLOTS: dict[str, tuple[str, ...]] = {
    "subject": tuple(SUBJECTS),
    "body": BODIES,
    "year": ("Năm 2026,", "Đến năm 2026,", "- Năm 2026:"),
    "equal": ("giữ nguyên so với năm Y", "không thay đổi so với năm Y", "bằng năm Y"),
}


def equality_case(slots: dict[str, str], rng: random.Random) -> tuple[str, Truth]:
    words, category, noun = SUBJECTS[slots["subject"]]
    value = rng.randint(300, 6000)
    equal = slots["equal"].replace("Y", "2025")
    lines = [title(slots["body"])]
    truth: Truth = {}
    if slots["year"] == "- Năm 2026:":
        lines.append(f"{cap(words)} năm 2025 là {dotted(value)} {noun}. Lộ trình thực hiện:")
        truth[2] = frozenset({(category, 2025, value, None, None, None)})
        lines.append(f"- Năm 2026: {dotted(value)} {noun}, {equal}.")
    else:
        lines.append(f"{slots['year']} {words} là {dotted(value)} {noun}, {equal}.")
    rows = {(category, 2026, value, None, None, None), (category, 2026, None, 0, 2025, None)}
    truth[len(lines)] = frozenset(rows)
    return "\n".join(lines), truth


# ---------------------------------------------------------------- shape: bare cut
# eng-cross: "So với năm 2021, năm 2026 giảm 65 biên chế công chức.": a cut with no subject,
# its count naming the category it counts, whose figure that year the text stated (blind AG1,
# AG2, AH1, AH2); a count naming none ("65 biên chế"), the commune's posts, or a category
# of no figure that year ("the twin": the line before states 2025's) stays unread

BARE_NOUNS: dict[str, str | None] = {
    "biên chế công chức": "CBCC",
    "biên chế cán bộ, công chức": "CBCC",
    "công chức": "CBCC",
    "người làm việc": "VC",
    "biên chế viên chức": "VC",
    "viên chức": "VC",
    "biên chế": None,
    "biên chế cán bộ, công chức cấp xã": None,
}
BARE_SLOTS: dict[str, tuple[str, ...]] = {
    "noun": tuple(BARE_NOUNS),
    "body": BODIES,
    "frame": (
        "So với năm 2021, năm 2026 giảm M",
        "So với năm 2021, đến năm 2026 giảm M",
        "Năm 2026 giảm M so với năm 2021",
        "Đến năm 2026, giảm M so với năm 2021",
    ),
    "verb": ("giảm", "tăng"),
    "rate": ("none", ", tỷ lệ giảm R%", " (R%)", ", tương ứng R%"),
    "stated": ("2026", "2025 (twin)"),
}


def bare_cut_case(slots: dict[str, str], rng: random.Random) -> tuple[str, Truth]:
    n = numbers(rng, "none")
    cc, vc = rng.randint(300, 3000), rng.randint(3000, 30000)
    year = int(slots["stated"][:4])
    lines = [title(slots["body"])]
    lines.append(
        f"Năm {year}, {slots['body']} được giao {dotted(cc)} biên chế công chức và "
        f"{dotted(vc)} người làm việc."
    )
    truth: Truth = {
        2: frozenset({("CBCC", year, cc, None, None, None), ("VC", year, vc, None, None, None)})
    }
    verb, noun = slots["verb"], slots["noun"]
    count = f"{dotted(n.cut)} {noun}"
    rate = "" if slots["rate"] == "none" else slots["rate"].replace("R%", n.rate)
    if verb == "tăng":
        rate = rate.replace("giảm", "tăng")
    text = slots["frame"].replace("giảm M", f"{verb} {count}{rate}")
    lines.append(text + ".")
    category = BARE_NOUNS[noun] if year == 2026 else None
    cut = -n.cut if verb == "tăng" else n.cut
    truth[3] = (
        frozenset({(category, 2026, None, cut, 2021, n.rate if rate else None)})
        if category is not None
        else None
    )
    return "\n".join(lines), truth


# ---------------------------------------------------------------- shape: two categories
# eng-and: "So với năm 2025, năm 2026 giảm 65 biên chế công chức và 1.242 người làm việc.":
# two figures in one clause, each naming its own category right after it, the year, the verb
# and the comparison shared (blind AG1, AA1, AH1, AH2). A figure naming no category ("65 và
# 1.242 biên chế"), a category named once before two figures, or a third figure of no name
# stays unread (the twins)

PAIR_CC = ("biên chế công chức", "công chức", "biên chế hành chính", "biên chế cán bộ, công chức")
PAIR_VC = ("người làm việc", "viên chức", "biên chế viên chức", "biên chế sự nghiệp")
PAIR_SLOTS: dict[str, tuple[str, ...]] = {
    "cc": PAIR_CC,
    "vc": PAIR_VC,
    "body": BODIES,
    "years": ("2021/2026", "2021/2025", "2024/2025", "2022/2024"),
    "frame": (
        "So với năm B, năm Y V P",
        "So với năm B, đến năm Y V P",
        "Năm Y V P so với năm B",
        "Năm Y, V P so với năm B",
        "So với năm B (RECALL), năm Y V P",
        "So với năm B (NAMED), năm Y đã V P",
    ),
    "verb": ("giảm", "tăng", "cắt giảm"),
    "rate": ("none", "(R%)", "(tỷ lệ R%)"),
    "order": ("cc first", "vc first"),
    "twin": ("none", "no name per figure", "one name two figures", "a third figure"),
}


def pair_case(slots: dict[str, str], rng: random.Random) -> tuple[str, Truth]:
    base_year, year = (int(y) for y in slots["years"].split("/"))
    cc, vc = rng.randint(300, 3000), rng.randint(3000, 30000)
    cc_cut, vc_cut = cc * rng.randint(3, 9) // 100 + 1, vc * rng.randint(3, 12) // 100 + 1
    lines = [title(slots["body"])]
    lines.append(
        f"Năm {base_year}, {slots['body']} được giao {dotted(cc)} biên chế công chức và "
        f"{dotted(vc)} người làm việc."
    )
    truth: Truth = {
        2: frozenset(
            {("CBCC", base_year, cc, None, None, None), ("VC", base_year, vc, None, None, None)}
        )
    }
    verb = slots["verb"]
    sign = -1 if verb == "tăng" else 1
    rates = {"CBCC": percent(cc_cut, cc), "VC": percent(vc_cut, vc)}
    pairs = [("CBCC", cc_cut, slots["cc"]), ("VC", vc_cut, slots["vc"])]
    if slots["order"] == "vc first":
        pairs.reverse()

    def rate(category: str) -> str:
        return "" if slots["rate"] == "none" else " " + slots["rate"].replace("R%", rates[category])

    twin = slots["twin"]
    if twin == "no name per figure":
        counts = f"{dotted(pairs[0][1])} và {dotted(pairs[1][1])} biên chế"
    elif twin == "one name two figures":
        counts = f"{pairs[0][2]} {dotted(pairs[0][1])} và {dotted(pairs[1][1])}"
    else:
        counts = " và ".join(f"{dotted(n)} {noun}{rate(c)}" for c, n, noun in pairs)
        if twin == "a third figure":
            counts = counts.replace(" và ", ", ") + f" và {rng.randint(5, 40)} biên chế"
    recall = f"{dotted(cc)} biên chế công chức và {dotted(vc)} người làm việc"
    named = f"công chức {dotted(cc)} biên chế, người làm việc {dotted(vc)} người"
    text = (
        slots["frame"]
        .replace("RECALL", recall)
        .replace("NAMED", named)
        .replace("B", str(base_year))
        .replace("Y", str(year))
        .replace("V", verb)
        .replace("P", counts)
    )
    lines.append(text + ".")
    if twin != "none" or ("NAMED" in slots["frame"] and slots["rate"] == "none"):
        # (a base named first is tied to its change by the change's rate only)
        truth[3] = None
        return "\n".join(lines), truth
    rows = {
        (c, year, None, sign * n, base_year, rates[c] if slots["rate"] != "none" else None)
        for c, n, _ in pairs
    }
    if "RECALL" in slots["frame"] or "NAMED" in slots["frame"]:
        rows |= {("CBCC", base_year, cc, None, None, None), ("VC", base_year, vc, None, None, None)}
    truth[3] = frozenset(rows)
    return "\n".join(lines), truth


# ---------------------------------------------------------------- shape: lead-items
# eng-paren: "Năm 2021, số lượng người làm việc của huyện là 1.208 người; đến năm 2026 còn
# 1.086 người, giảm 122 người. Chia theo lĩnh vực:" then "+ Sự nghiệp giáo dục: từ 1.129
# người xuống còn 1.015 người, giảm 114 người;": the items' two years are the lead figure's,
# only where it states two (a lead of one year: the items stay unread)

LEAD_ITEMS_SLOTS: dict[str, tuple[str, ...]] = {
    # (VC only: a body listed under a công chức figure, "Sở Nội vụ: từ A xuống còn B", is
    # read as a body of no one category, with a comma lead as with a lead of its own: left)
    "subject": ("số lượng người làm việc", "biên chế viên chức"),
    "body": BODIES,
    "years": ("2021 và 2026", "2026 only"),
    "lead": (". Chia theo lĩnh vực:", ". Cụ thể:", ". Chia ra:", ", cụ thể:", ". Trong đó:"),
    "verb": ("từ A xuống còn B", "từ A giảm còn B", "từ A xuống B"),
    "tail": ("none", ", giảm M", " (giảm M)"),
    "slip": ("none", "difference"),
}
ITEM_NAMES = {"VC": ("Sự nghiệp giáo dục và đào tạo", "Sự nghiệp khác")}


def lead_items_case(slots: dict[str, str], rng: random.Random) -> tuple[str, Truth]:
    words, category, noun = SUBJECTS[slots["subject"]]
    n = numbers(rng, "none")
    first = n.base * rng.randint(55, 85) // 100
    kept = n.after * first // n.base
    items = ((first, kept), (n.base - first, n.after - kept))
    body = slots["body"]
    lines = [title(body)]
    if slots["years"] == "2026 only":
        after = f"{dotted(n.after)} {noun}"
        lines.append(f"Đến năm 2026, {words} của {body} còn {after}{slots['lead']}")
        truth: Truth = {2: frozenset({(category, 2026, n.after, None, None, None)})}
    else:
        lines.append(
            f"Năm 2021, {words} của {body} là {dotted(n.base)} {noun}; đến năm 2026 còn "
            f"{dotted(n.after)} {noun}, giảm {dotted(n.cut)} {noun}{slots['lead']}"
        )
        truth = {
            2: frozenset(
                {
                    (category, 2021, n.base, None, None, None),
                    (category, 2026, n.after, None, None, None),
                    (category, 2026, None, n.cut, 2021, None),
                }
            )
        }
    for name, (a, b) in zip(ITEM_NAMES[category], items, strict=True):
        cut = a - b + (1 if slots["slip"] == "difference" else 0)
        verb = slots["verb"].replace("A", f"{dotted(a)} {noun}").replace("B", f"{dotted(b)} {noun}")
        tail = (
            "" if slots["tail"] == "none" else slots["tail"].replace("M", f"{dotted(cut)} {noun}")
        )
        lines.append(f"+ {name}: {verb}{tail};")
        rows = {(category, 2021, a, None, None, None), (category, 2026, b, None, None, None)}
        if tail:
            rows.add((category, 2026, None, cut, 2021, None))
        truth[len(lines)] = frozenset(rows) if slots["years"] != "2026 only" else None
    return "\n".join(lines), truth


# ---------------------------------------------------------------- shape: reserve-after-base
# eng-paren: "Biên chế công chức năm 2025 của tỉnh là 2.475 biên chế, giảm 74 biên chế (2,90%)
# so với năm 2024 (2.549 biên chế), trong đó có 30 biên chế dự phòng.", and the reserve named
# before its count in the parenthesis after the figure; a reserve naming a year of its own or
# posts of a body instead: unread

RESERVE_SLOTS: dict[str, tuple[str, ...]] = {
    "subject": tuple(SUBJECTS),
    "body": BODIES,
    "form": ("after the base", "(trong đó dự phòng R) after the figure"),
    "reserve": ("trong đó có R dự phòng", "trong đó R dự phòng", "trong đó có R dự phòng do"),
    "rate": ("none", " (P)"),
    "twist": ("none", "a year in the reserve", "a body's posts"),
}


def reserve_case(slots: dict[str, str], rng: random.Random) -> tuple[str, Truth]:
    words, category, noun = SUBJECTS[slots["subject"]]
    n = numbers(rng, "none")
    spare = rng.randint(5, 60)
    body = slots["body"]
    rate = slots["rate"].replace("P", n.rate) if slots["rate"] != "none" else ""
    cut = f"giảm {dotted(n.cut)} {noun}{rate} so với năm 2024 ({dotted(n.base)} {noun})"
    head = f"{cap(words)} năm 2025 của {body} là {dotted(n.after)} {noun}"
    twist = slots["twist"]
    # (a year inside the parenthesis after the figure, "(trong đó năm 2024 dự phòng R)", is
    # read as that year's reserve, as before this shape: the year twin is the other form's)
    if slots["form"] == "after the base" or twist == "a year in the reserve":
        reserve = slots["reserve"].replace("R", f"{dotted(spare)} {noun}")
        reserve = reserve.replace(" do", " do Sở Nội vụ quản lý")
        if twist == "a year in the reserve":
            reserve = reserve.replace("trong đó", "trong đó năm 2024")
        elif twist == "a body's posts":
            reserve = reserve.replace("dự phòng", "của Sở Nội vụ")
        sentence = f"{head}, {cut}, {reserve}."
    else:
        named = "Sở Nội vụ" if twist == "a body's posts" else "dự phòng"
        sentence = f"{head} (trong đó {named} {dotted(spare)} {noun}), {cut}."
    rows = {
        (category, 2024, n.base, None, None, None),
        (category, 2025, n.after, None, None, None),
        (category, 2025, None, n.cut, 2024, n.rate if rate else None),
        (category, 2025, spare, None, None, None),
    }
    return f"{title(body)}\n{sentence}", {2: frozenset(rows) if twist == "none" else None}


# ---------------------------------------------------------------- shape: cut-glossed
# eng-paren: "Biên chế công chức của tỉnh giảm 22 biên chế (từ 1.120 năm 2021 còn 1.098 năm
# 2026)", "(năm 2021: 1.120; năm 2026: 1.098)": both figures with their years and the cut;
# with no years, or years backwards: unread

GLOSSED_SLOTS: dict[str, tuple[str, ...]] = {
    "subject": tuple(SUBJECTS),
    "body": BODIES,
    "gloss": ("từ A năm Y1 còn B năm Y2", "từ A năm Y1 xuống còn B năm Y2", "năm Y1: A; năm Y2: B"),
    "years": ("2021, 2026", "2022, 2025", "none", "backwards"),
    "slip": ("none", "difference"),
}


def glossed_case(slots: dict[str, str], rng: random.Random) -> tuple[str, Truth]:
    words, category, noun = SUBJECTS[slots["subject"]]
    n = numbers(rng, slots["slip"])
    years = {"2021, 2026": (2021, 2026), "2022, 2025": (2022, 2025), "backwards": (2026, 2021)}
    first, then = years.get(slots["years"], (0, 0))
    gloss = slots["gloss"].replace("A", f"{dotted(n.base)} {noun}")
    gloss = gloss.replace("B", f"{dotted(n.after)} {noun}")
    gloss = gloss.replace("Y1", str(first)).replace("Y2", str(then))
    if slots["years"] == "none":
        gloss = gloss.replace(" năm 0", "").replace("năm 0: ", "")
    body = slots["body"]
    line = f"{cap(words)} của {body} giảm {dotted(n.cut)} {noun} ({gloss})."
    rows = {
        (category, first, n.base, None, None, None),
        (category, then, n.after, None, None, None),
        (category, then, None, n.cut, first, None),
    }
    read = slots["years"] in ("2021, 2026", "2022, 2025")
    return f"{title(body)}\n{line}", {2: frozenset(rows) if read else None}


# ---------------------------------------------------------------- shape: nested-parts
# eng-nested: a total split into its categories, the first split again in parentheses, names
# first ("…, trong đó: cán bộ, công chức A biên chế (khối X a1; khối Y a2) và viên chức B
# người") or counts first with the whole's change after ("- Năm Y: T biên chế, gồm A cán bộ,
# công chức (…) và B viên chức; giảm C biên chế so với năm Y0"); a parenthesis not adding up
# is read as written (the check's to report); a year or a rate in it, one category twice:
# unread

NESTED_SLOTS: dict[str, tuple[str, ...]] = {
    "body": ("tỉnh", "thành phố"),
    "categories": ("cán bộ, công chức|viên chức", "công chức|người làm việc"),
    "blocks": (
        "khối Đảng, đoàn thể|khối chính quyền",
        "cấp tỉnh|cấp huyện",
        "khối Đảng, Mặt trận Tổ quốc và các đoàn thể|khối chính quyền",
    ),
    "years": ("2021, 2022", "2021, 2025", "2024, 2026"),
    "twist": ("none", "not-summed", "year-inside", "rate-inside", "one-category-twice"),
}


def nested_case(slots: dict[str, str], rng: random.Random) -> tuple[str, Truth]:
    first, second = slots["categories"].split("|")
    block1, block2 = slots["blocks"].split("|")
    y0, y1 = (int(y) for y in slots["years"].split(", "))
    body, twist = slots["body"], slots["twist"]
    a1, a2, vc = rng.randint(300, 900), rng.randint(900, 2000), rng.randint(5000, 20000)
    cut1, cut2, cut3 = rng.randint(5, 40), rng.randint(5, 40), rng.randint(50, 400)
    b1, b2, vc1 = a1 - cut1, a2 - cut2, vc - cut3
    whole, whole1 = a1 + a2 + vc, b1 + b2 + vc1
    written1 = b1 + 7 if twist == "not-summed" else b1
    inside = f"{block1} {dotted(written1)}; {block2} {dotted(b2)}"
    if twist == "year-inside":
        inside = f"{block1} năm {y0} {dotted(b1)}; {block2} {dotted(b2)}"
    if twist == "rate-inside":
        inside += ", giảm 2%"
    other = first if twist == "one-category-twice" else second
    base = (
        f"Năm {y0}, {body} được giao {dotted(whole)} biên chế, trong đó: {first} "
        f"{dotted(a1 + a2)} biên chế ({block1} {dotted(a1)}; {block2} {dotted(a2)}) và "
        f"{second} {dotted(vc)} người."
    )
    line = (
        f"- Năm {y1}: {dotted(whole1)} biên chế, gồm {dotted(b1 + b2)} {first} ({inside}) và "
        f"{dotted(vc1)} {other}; giảm {dotted(whole - whole1)} biên chế so với năm {y0}."
    )
    base_rows = frozenset(
        {
            ("ALL", y0, whole, None, None, None),
            ("CBCC", y0, a1 + a2, None, None, None),
            ("CBCC", y0, a1, None, None, None),
            ("CBCC", y0, a2, None, None, None),
            ("VC", y0, vc, None, None, None),
        }
    )
    rows = frozenset(
        {
            ("ALL", y1, whole1, None, None, None),
            ("ALL", y1, None, whole - whole1, y0, None),
            ("CBCC", y1, b1 + b2, None, None, None),
            ("CBCC", y1, written1, None, None, None),
            ("CBCC", y1, b2, None, None, None),
            ("VC", y1, vc1, None, None, None),
        }
    )
    read = twist in ("none", "not-summed")
    return f"{title(body)}\n{base}\n{line}", {2: base_rows, 3: rows if read else None}


def _shape(name: str, slots: dict[str, tuple[str, ...]], build: Build) -> Shape:
    """A shape of the runner: its case the text and its truth by line; its sample the one its
    first session drew (slots spread in columns, the random source named "{seed}/name")."""

    def case(chosen: dict[str, str], rng: random.Random) -> Case:
        text, truth = build(chosen, rng)
        lines = tuple(sorted(truth.items()))
        return Case(f"changes/{name}", text + "\n", slots=tuple(chosen.items()), lines=lines)

    columns = tuple(Slot(slot, values) for slot, values in slots.items())
    return Shape(f"changes/{name}", columns, case, columns=True, key="{seed}/" + name)


SHAPES = (
    _shape("change", CHANGE_SLOTS, change_case),
    _shape("from-to", FROM_TO_SLOTS, from_to_case),
    _shape("chain", CHAIN_SLOTS, chain_case),
    _shape("equality", EQUALITY_SLOTS, equality_case),
    _shape("bare-cut", BARE_SLOTS, bare_cut_case),
    _shape("two-categories", PAIR_SLOTS, pair_case),
    _shape("lead-items", LEAD_ITEMS_SLOTS, lead_items_case),
    _shape("reserve-after-base", RESERVE_SLOTS, reserve_case),
    _shape("cut-glossed", GLOSSED_SLOTS, glossed_case),
    _shape("nested-parts", NESTED_SLOTS, nested_case),
)
