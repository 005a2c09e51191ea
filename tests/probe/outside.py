"""eng-probe2025: the lines around the figures, those a perfect reader keeps OUTSIDE the sums
and those of the 2025 reorganisation, slot by slot.

Every slot value is a form written so in the test sets' documents (the figures are drawn):
- beside: a line of posts ("Năm 2025, tỉnh được giao 1.500 biên chế công chức.") and, before
  it, after it or on the same line, a line of people who hold no post of the plan: contract
  staff ("hợp đồng theo Nghị định số 111/2022/NĐ-CP" / "68/2000/NĐ-CP"), part-time commune
  staff ("người hoạt động không chuyên trách"), staff in post ("hiện có", "có mặt"), leavers
  ("nghỉ hưu trước tuổi, thôi việc theo Nghị định số 29/2023/NĐ-CP, 178/2024/NĐ-CP,
  67/2025/NĐ-CP"), staff paid by a self-funded unit ("tự bảo đảm chi thường xuyên"). The
  truth: the posts line's figure, nothing from the other (read, or reported unread);
- merger: a province formed in 2025 "trên cơ sở hợp nhất tỉnh B và tỉnh C", its own figure,
  and a figure of a former body: one former province "(cũ)", the former provinces' sum (the
  new province's base: the same unit as its own figure), "cấp huyện (cũ)", the communes "sau
  sắp xếp". The truth by line, and each figure's unit key: two keys in one reader unit (a
  former province's figure filed as the new one's) is a MISREAD.
"""

from __future__ import annotations

import random

from tests.probe.core import Case, Row, Shape, Slot, dotted

Truth = dict[int, frozenset[Row] | None]

# -- beside ---------------------------------------------------------------------------------

# the posts line: (its text with {n}, {y} and {c}, a cut against 2021, the category of its
# figure, whether it states the cut)
POSTS: dict[str, tuple[str, str, bool]] = {
    "công chức": ("Năm {y}, tỉnh được giao {n} biên chế công chức", "CBCC", False),
    "người làm việc": (
        "Năm {y}, số lượng người làm việc hưởng lương từ ngân sách nhà nước là {n} người",
        "VC",
        False,
    ),
    "tổng": ("Tổng biên chế của tỉnh năm {y} là {n} biên chế", "ALL", False),
    "công chức, giảm": (
        "Năm {y}, biên chế công chức là {n} biên chế, giảm {c} biên chế so với năm 2021",
        "CBCC",
        True,
    ),
    "Sở item": ("- Sở Nội vụ: {n} biên chế", "ALL", False),
}

# an outside line: kind -> forms ({n} the count, {y} the year, {tail} a disclaimer if any)
OUTSIDE: dict[str, str] = {
    "111 giao chỉ tiêu": (
        "Ngoài ra, tỉnh giao {n} chỉ tiêu hợp đồng lao động theo Nghị định số 111/2022/NĐ-CP"
        " cho các cơ quan{tail}"
    ),
    "111 số lao động là": (
        "Số lao động hợp đồng làm công việc hỗ trợ, phục vụ theo Nghị định số 111/2022/NĐ-CP"
        " năm {y} là {n} người{tail}"
    ),
    "111 chỉ tiêu là": (
        "Chỉ tiêu hợp đồng lao động theo Nghị định số 111/2022/NĐ-CP năm {y} là {n} chỉ tiêu{tail}"
    ),
    "111 bullet": "- Hợp đồng lao động theo Nghị định số 111/2022/NĐ-CP: {n} người{tail}",
    "111 đang sử dụng": (
        "Các cơ quan, đơn vị đang sử dụng {n} người làm việc theo hợp đồng lao động theo"
        " Nghị định số 111/2022/NĐ-CP{tail}"
    ),
    "68 còn": (
        "Các cơ quan hành chính còn {n} người làm việc theo hợp đồng theo Nghị định số"
        " 68/2000/NĐ-CP{tail}"
    ),
    "68 hiện có": "Hợp đồng lao động theo Nghị định số 68/2000/NĐ-CP hiện có {n} người{tail}",
    "không chuyên trách năm": "Người hoạt động không chuyên trách ở cấp xã năm {y}: {n} người",
    "không chuyên trách là": (
        "Tổng số người hoạt động không chuyên trách ở cấp xã năm {y} là {n} người"
    ),
    "không chuyên trách bố trí": (
        "Bố trí {n} người hoạt động không chuyên trách ở các xã, phường theo quy định của tỉnh"
    ),
    "có mặt ngày": "Đến ngày 30/9/{y}, số có mặt là {n} người",
    "toàn tỉnh có mặt": "Đến ngày 31/12/{y}, toàn tỉnh có mặt {n} công chức",
    "hiện có": "Hiện có {n} công chức",
    "năm hiện có": "Năm {y}, tỉnh hiện có {n} công chức",
    "số hiện có là": "Số viên chức hiện có là {n} người",
    "nghỉ hưu 29": (
        "Năm {y}, toàn tỉnh giải quyết {n} người thôi việc, nghỉ hưu trước tuổi theo Nghị định"
        " số 29/2023/NĐ-CP"
    ),
    "nghỉ hưu 178": (
        "Đến ngày 30/9/{y} đã giải quyết cho {n} người nghỉ hưu trước tuổi, thôi việc theo"
        " Nghị định số 178/2024/NĐ-CP"
    ),
    "nghỉ hưu 178+67": (
        "Trong năm {y}, toàn tỉnh có {n} cán bộ, công chức nghỉ hưu trước tuổi hoặc thôi việc"
        " theo Nghị định số 178/2024/NĐ-CP và Nghị định số 67/2025/NĐ-CP"
    ),
    "tự bảo đảm sử dụng": (
        "Ngoài ra, các đơn vị tự bảo đảm chi thường xuyên sử dụng {n} người hưởng lương từ"
        " nguồn thu sự nghiệp{tail}"
    ),
    "tự bảo đảm là": (
        "Số người làm việc trong các đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên"
        " năm {y} là {n} người{tail}"
    ),
    "toàn tỉnh có CBCCVC": "Hiện nay toàn tỉnh có {n} cán bộ, công chức, viên chức",
    "đến ngày có": "Đến ngày 30/6/{y}, toàn tỉnh có {n} công chức",
    "tinh giản người": "Năm {y}, toàn tỉnh tinh giản {n} người theo Nghị định số 29/2023/NĐ-CP",
    "không chuyên trách (hiện có)": (
        "Người hoạt động không chuyên trách ở cấp xã (hiện có {n} người)"
    ),
    "hợp đồng (hiện có)": (
        "Số người làm việc theo hợp đồng lao động tại các cơ quan (hiện có {n} người){tail}"
    ),
    # eng-ajread: a note opening with the exclusion, the contract staff counted in a parenthesis
    "ghi chú không bao gồm 111": (
        "Ghi chú: Không bao gồm lao động hợp đồng theo Nghị định số 111/2022/NĐ-CP ({n} người)"
        " và người hoạt động không chuyên trách ở các xã"
    ),
    "tự bảo đảm do": (
        "Số người làm việc do các bệnh viện tự bảo đảm chi thường xuyên chi trả lương"
        " ({n} người){tail}"
    ),
    # eng-outside: people in post and how far above or below the posts; part-time staff at
    # another place or cut; people by degree; leavers wishing to go; contract and own-pay staff
    "đang làm việc vượt": (
        "Hiện cơ quan có {n} người đang làm việc, vượt 15 người so với số biên chế được giao"
        " năm {y}"
    ),
    "hiện có là nhiều hơn": (
        "Số cán bộ, công chức cấp xã hiện có là {n} người, nhiều hơn số được giao 287 người"
    ),
    "có mặt thấp hơn năm là": (
        "Đến ngày 31/10/{y}, số công chức có mặt tại các cơ quan của tỉnh là {n} người, thấp"
        " hơn số biên chế giao năm {y} là 57 người"
    ),
    "còn người vượt": "Hiện toàn tỉnh còn {n} người vượt số biên chế được giao",
    "không chuyên trách ở thôn": (
        "Người hoạt động không chuyên trách ở cấp xã: {n} người; ở thôn, tổ dân phố: 581 người"
    ),
    "giảm không chuyên trách": (
        "Cùng với việc sắp xếp, quận giảm {n} người hoạt động không chuyên trách ở phường"
    ),
    "trình độ": "Cấp huyện hiện có {n} cán bộ, công chức; trình độ: 13 thạc sĩ, 65 đại học",
    "có mặt ba loại": (
        "Tính đến ngày 30/4/{y}, toàn thành phố có mặt {n} công chức, 1.490 viên chức và 291"
        " cán bộ, công chức cấp xã"
    ),
    "cấp xã đang làm việc": "Hiện toàn tỉnh có {n} cán bộ, công chức cấp xã đang làm việc",
    "nguyện vọng nghỉ": "Ngoài ra, {n} người khác có nguyện vọng nghỉ",
    "viên chức và người lao động": "Các đơn vị sự nghiệp hiện có {n} viên chức và người lao động",
    "111 hỗ trợ phục vụ": (
        "Các trường ký hợp đồng lao động làm công việc hỗ trợ, phục vụ theo Nghị định số"
        " 111/2022/NĐ-CP với {n} người{tail}"
    ),
    "nguồn thu": (
        "Bệnh viện tự bảo đảm chi thường xuyên; {n} người làm việc của bệnh viện hưởng lương"
        " từ nguồn thu sự nghiệp{tail}"
    ),
}
# what a clause of the posts line says of people who hold no post ({n} their count)
CLAUSES = (
    "có mặt {n} người",
    "hiện có {n} công chức",
    "trong đó {n} người nghỉ hưu trước tuổi theo Nghị định số 178/2024/NĐ-CP",
    "không kể {n} hợp đồng theo Nghị định số 111/2022/NĐ-CP",
    "không kể {n} người hoạt động không chuyên trách",
    "ngoài ra còn {n} chỉ tiêu hợp đồng theo Nghị định số 68/2000/NĐ-CP",
    "hiện có {n} người hợp đồng theo Nghị định số 111/2022/NĐ-CP",
    "không kể {n} người tại các đơn vị tự bảo đảm chi thường xuyên",
    "hiện có {n} người",
    # eng-ajread: people in post on a day, after the posts
    "đến ngày 31/10/2024 có mặt {n} người",
    "đã giải quyết cho {n} người nghỉ hưu trước tuổi theo Nghị định số 29/2023/NĐ-CP",
    "trong đó có {n} người thôi việc theo Nghị định số 67/2025/NĐ-CP",
    # eng-outside: one posts figure beside the new forms' people
    "nhiều hơn {n} người so với biên chế mới",
    "vượt {n} người so với số biên chế được giao",
    "có mặt {n} công chức, 20 viên chức và 30 cán bộ, công chức cấp xã",
    "hiện có {n} viên chức và người lao động",
    "{n} người có nguyện vọng nghỉ",
    "trình độ: {n} thạc sĩ, 65 đại học",
)
TAILS = ("", ", không tính vào biên chế", ", không thuộc số giao nêu trên")
PLACES = ("after", "before", "same line")
JOINS = (", clause", " (clause)", "; sentence")

BESIDE_SLOTS = (
    Slot("outside", tuple(OUTSIDE) + CLAUSES),
    Slot("tail", tuple(tail or "-" for tail in TAILS)),
    Slot("place", PLACES),
    Slot("join", JOINS),
    Slot("posts", tuple(POSTS)),
    Slot("year", ("2024", "2025")),
)


def _beside(chosen: dict[str, str], rng: random.Random) -> Case:
    year = int(chosen["year"])
    posts, category, cut = POSTS[chosen["posts"]]
    value = rng.randint(1001, 8999)
    change = rng.randint(21, 99)
    count = rng.randint(21, 899)
    tail = chosen["tail"].replace("-", "")
    form = OUTSIDE.get(chosen["outside"], chosen["outside"])
    if "{tail}" not in form:
        chosen = {**chosen, "tail": "-"}
    outside = form.format(n=dotted(count), y=year, tail=tail)
    posted = posts.format(n=dotted(value), y=year, c=dotted(change))
    clause = chosen["outside"] in CLAUSES
    # a clause is of the posts line, joined as the join slot says; a sentence stands alone
    chosen = {**chosen, **({"place": "same line"} if clause else {"join": "; sentence"})}
    bare = outside.removeprefix("- ")
    bare = bare[0].lower() + bare[1:]
    if chosen["place"] == "same line":
        join = chosen["join"]
        if join == ", clause":
            body = [f"{posted}, {bare}."]
        elif join == " (clause)":
            body = [f"{posted} ({bare})."]
        else:
            body = [f"{posted}; {bare}."]
        at = 3
    elif chosen["place"] == "before":
        body = [outside + ".", posted + "."]
        at = 4
    else:
        body = [posted + ".", outside + "."]
        at = 3
    lines = [f"Báo cáo tình hình biên chế năm {year} của tỉnh A", "", *body]
    rows: set[Row] = {(category, year, value, None, None, None)}
    if cut:
        rows.add((category, year, None, change, 2021, None))
    truth: Truth = {at: frozenset(rows)}
    for number in range(1, len(lines) + 1):
        truth.setdefault(number, frozenset())
    return Case(
        "outside/beside",
        "\n".join(lines) + "\n",
        slots=tuple(sorted(chosen.items())),
        lines=tuple(sorted(truth.items())),
        loose=True,
    )


# -- merger ---------------------------------------------------------------------------------

NAMES = ("kept", "new name")
INTROS = (
    "none",
    "Tỉnh {a} (mới) được thành lập trên cơ sở hợp nhất tỉnh {b} và tỉnh {c} từ ngày 01/7/2025",
    "Từ ngày 01/7/2025, tỉnh {a} (mới) hoạt động trên cơ sở hợp nhất tỉnh {b} và tỉnh {c}",
)
# a former body's line: form -> its text ({n}, {n1}, {n2}: figures, {d} a cut against 2021;
# {b}, {c}: the former provinces; {k}: a count of communes; a line break: lines of a list)
# and its figures (key, year, which figure ("-d": the cut), the line after the first)
FORMERS: dict[str, tuple[str, tuple[tuple[str, int, str] | tuple[str, int, str, int], ...]]] = {
    "one (cũ)": (
        "Năm 2021, biên chế công chức của tỉnh {b} (cũ) là {n1} biên chế",
        (("b", 2021, "n1"),),
    ),
    "two (cũ), cộng": (
        "Năm 2025, biên chế công chức của tỉnh {b} (cũ) là {n1} biên chế, của tỉnh {c} (cũ)"
        " là {n2} biên chế, cộng {n} biên chế",
        (("b", 2025, "n1"), ("c", 2025, "n2"), ("new", 2025, "n")),
    ),
    "base of B và C (cũ)": (
        "Biên chế công chức năm 2021 của tỉnh {b} và tỉnh {c} (cũ) là {n} biên chế",
        (("new", 2021, "n"),),
    ),
    "hai tỉnh (cũ) cộng là": (
        "Số biên chế công chức được giao năm 2021 của hai tỉnh (cũ) cộng là {n} biên chế"
        " (tỉnh {b} {n1} biên chế, tỉnh {c} {n2} biên chế)",
        (("new", 2021, "n"), ("b", 2021, "n1"), ("c", 2021, "n2")),
    ),
    "trong đó (cũ)": (
        "Tổng biên chế công chức năm 2025 của tỉnh sau hợp nhất là {n} biên chế, trong đó"
        " tỉnh {b} (cũ) {n1}, tỉnh {c} (cũ) {n2}",
        (("new", 2025, "n"), ("b", 2025, "n1"), ("c", 2025, "n2")),
    ),
    "gồm của tỉnh cũ": (
        "Tổng biên chế công chức năm 2025 của tỉnh {a} (mới) là {n} biên chế, gồm {n1} biên"
        " chế của tỉnh {b} cũ và {n2} biên chế của tỉnh {c} cũ",
        (("new", 2025, "n"), ("b", 2025, "n1"), ("c", 2025, "n2")),
    ),
    "trước hợp nhất": (
        "Năm 2021, biên chế công chức của tỉnh {b} trước hợp nhất là {n1} biên chế",
        (("b", 2021, "n1"),),
    ),
    "(cũ) được giao": (
        "Năm 2021, tỉnh {b} (cũ) được giao {n1} biên chế công chức",
        (("b", 2021, "n1"),),
    ),
    "bullets (cũ)": (
        "Biên chế công chức năm 2025 của hai tỉnh trước hợp nhất như sau:\n"
        "+ Tỉnh {b} (cũ): {n1} biên chế;\n+ Tỉnh {c} (cũ): {n2} biên chế",
        (("b", 2025, "n1", 1), ("c", 2025, "n2", 2)),
    ),
    "huyện (cũ) giảm": (
        "Năm 2024, biên chế công chức cấp huyện (cũ) là {n1} biên chế, giảm {d} biên chế so"
        " với năm 2021",
        (("huyện", 2024, "n1"), ("huyện", 2024, "-d")),
    ),
    "cấp huyện (cũ)": (
        "Năm 2024, biên chế công chức cấp huyện (cũ) là {n1} biên chế",
        (("huyện", 2024, "n1"),),
    ),
    "xã sau sắp xếp": (
        "Biên chế cán bộ, công chức cấp xã của {k} xã, phường sau sắp xếp năm 2025 là"
        " {n1} biên chế",
        (("xã", 2025, "n1"),),
    ),
}
NEWS = (
    "Năm 2026, biên chế công chức của tỉnh {a} là {m} biên chế",
    "Năm 2026, tỉnh {a} được giao {m} biên chế công chức",
    "Năm 2026, biên chế công chức của tỉnh {a} (mới) là {m} biên chế",
)
MERGER_SLOTS = (
    Slot("names", NAMES),
    Slot("intro", INTROS),
    Slot("former", tuple(FORMERS)),
    Slot("new", NEWS),
    Slot("order", ("new first", "former first")),
)
CATEGORY = {"b": "CBCC", "c": "CBCC", "new": "CBCC", "huyện": "CBCC", "xã": "ALL"}


def _merger(chosen: dict[str, str], rng: random.Random) -> Case:
    b, c = "Phú Lâm", "Tân Hòa"
    a = b if chosen["names"] == "kept" else "Vĩnh Thạnh"
    n1, n2 = rng.randint(1001, 2999), rng.randint(1001, 2999)
    figures = {"n1": n1, "n2": n2, "n": n1 + n2, "d": rng.randint(11, 99)}
    if "huyện" in chosen["former"]:
        figures["n1"] = rng.randint(201, 899)
    m = figures["n"] - rng.randint(50, 300)
    form, keyed = FORMERS[chosen["former"]]
    former = form.format(
        a=a, b=b, c=c, k=rng.randint(40, 130), **{name: dotted(v) for name, v in figures.items()}
    ).split("\n")
    new = chosen["new"].format(a=a, m=dotted(m))
    lines = [f"Báo cáo tình hình biên chế của tỉnh {a}", ""]
    if chosen["intro"] != "none":
        lines.append(chosen["intro"].format(a=a, b=b, c=c) + ".")
    at_new = len(lines) + 1 if chosen["order"] == "new first" else len(lines) + 1 + len(former)
    block = [line if line.endswith(":") else line + "." for line in former]
    lines += [new + ".", *block] if chosen["order"] == "new first" else [*block, new + "."]
    at_former = at_new + 1 if chosen["order"] == "new first" else at_new - len(former)
    truth: dict[int, set[Row]] = {number: set() for number in range(1, len(lines) + 1)}
    truth[at_new].add(("CBCC", 2026, m, None, None, None))
    keys: list[tuple[tuple[int, int, int], str]] = [((at_new, 2026, m), "new")]
    for key, year, name, *offset in keyed:
        at = at_former + (offset[0] if offset else 0)
        if name.startswith("-"):  # a cut against 2021
            truth[at].add((CATEGORY[key], year, None, figures[name[1:]], 2021, None))
            continue
        truth[at].add((CATEGORY[key], year, figures[name], None, None, None))
        keys.append(((at, year, figures[name]), key))
    return Case(
        "outside/merger",
        "\n".join(lines) + "\n",
        slots=tuple(sorted(chosen.items())),
        lines=tuple(sorted((line, frozenset(rows)) for line, rows in truth.items())),
        keys=tuple(keys),
        loose=True,
    )


SHAPES: tuple[Shape, ...] = (
    Shape("outside/beside", BESIDE_SLOTS, _beside, columns=True),
    Shape("outside/merger", MERGER_SLOTS, _merger, columns=True),
)
