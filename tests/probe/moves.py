"""eng-moves: posts moved between bodies and a body keeping its posts, slot by slot.

- transfer: a resolution adjusting a year's posts ("Điều 1. Điều chỉnh biên chế công chức năm
  Y như sau:"), an item moving N posts from body A to body B (three spellings), then what
  follows it: both bodies' posts after it (either order), a body the move does not name, one
  body only, or nothing; then the year's total. The truth: each body's posts after the move
  (two units, never one), the move's count no figure; a clause naming another body or one
  body only leaves the item unread; the move alone is outside (nothing read).
- kept: a body named first keeps its own posts of one category as in an earlier year ("Năm
  Y, Sở A đề xuất giữ nguyên N biên chế công chức như năm Y-1"): the figure and a change of
  none; an authority giving others theirs (Sở Nội vụ, Ủy ban nhân dân tỉnh) or no year of
  its own leaves the line unread.
"""

from __future__ import annotations

import random

from tests.probe.core import Case, Row, Shape, Slot, dotted

MOVES = {
    "chuyển từ": "Chuyển {n} biên chế công chức từ {a} sang {b}",
    "điều chuyển từ": "Điều chuyển {n} biên chế công chức từ {a} sang {b}",
    "chuyển của": "Chuyển {n} biên chế của {a} sang {b}",
}
PAIRS = {
    "sở": ("Sở Tư pháp", "Sở Tài chính"),
    "ban": ("Ban Dân vận Tỉnh ủy", "Văn phòng Tỉnh ủy"),
    "chi cục": ("Chi cục Thủy lợi", "Chi cục Kiểm lâm"),
    "thanh tra": ("Thanh tra tỉnh", "Sở Nội vụ"),
}
AFTERS = ("both", "both swapped", "another body", "one body", "none")

TRANSFER_SLOTS = (
    Slot("move", tuple(MOVES)),
    Slot("pair", tuple(PAIRS)),
    Slot("after", AFTERS),
    Slot("year", ("2023", "2024", "2025")),
)


def _transfer(chosen: dict[str, str], rng: random.Random) -> Case:
    year = int(chosen["year"])
    a, b = PAIRS[chosen["pair"]]
    moved, left, got = rng.randint(2, 9), rng.randint(20, 90), rng.randint(20, 90)
    total = rng.randint(1200, 2900)
    move = MOVES[chosen["move"]].format(n=moved, a=a, b=b)
    after = chosen["after"]
    rows: frozenset[Row] | None
    keys: list[tuple[tuple[int, int, int], str]] = []
    if after == "none":
        item, rows = move, frozenset()
    elif after == "another body":
        item, rows = (
            f"{move}; sau điều chỉnh, Sở Xây dựng còn {left} biên chế, {b} có {got} biên chế",
            None,
        )
    elif after == "one body":
        item, rows = f"{move}; sau điều chỉnh, {b} có {got} biên chế", None
    else:
        said = [f"{a} còn {left} biên chế", f"{b} có {got} biên chế"]
        if after == "both swapped":
            said.reverse()
        item = f"{move}; sau điều chỉnh, " + ", ".join(said)
        rows = frozenset(
            {("CBCC", year, left, None, None, None), ("CBCC", year, got, None, None, None)}
        )
        keys = [((4, year, left), "a"), ((4, year, got), "b")]
    lines = [
        f"Nghị quyết điều chỉnh biên chế công chức năm {year}",
        "",
        f"Điều 1. Điều chỉnh biên chế công chức năm {year} như sau:",
        f"1. {item}.",
        f"2. Tổng biên chế công chức năm {year} của tỉnh là {dotted(total)} biên chế.",
    ]
    truth = {
        1: frozenset(),
        2: frozenset(),
        3: frozenset(),
        4: rows,
        5: frozenset({("CBCC", year, total, None, None, None)}),
    }
    keys.append(((5, year, total), "tong"))
    return Case(
        "moves/transfer",
        "\n".join(lines) + "\n",
        slots=tuple(sorted(chosen.items())),
        lines=tuple(sorted(truth.items())),
        keys=tuple(keys),
        loose=True,
    )


BODIES = {
    "Sở Y tế": True,
    "Bệnh viện Đa khoa tỉnh": True,
    "Văn phòng Tỉnh ủy": True,
    "Sở Nội vụ": False,
    "Ủy ban nhân dân tỉnh": False,
}
CATEGORIES = {
    "biên chế công chức": "CBCC",
    "người làm việc": "VC",
    "viên chức": "VC",
}
ASKS = ("", "đề xuất ", "đề nghị ")
TIES = ("như", "so với")

KEPT_SLOTS = (
    Slot("body", tuple(BODIES)),
    Slot("category", tuple(CATEGORIES)),
    Slot("ask", tuple(ask or "-" for ask in ASKS)),
    Slot("tie", TIES),
    Slot("own year", ("said", "none")),
    Slot("year", ("2024", "2025", "2026")),
)


def _kept(chosen: dict[str, str], rng: random.Random) -> Case:
    year = int(chosen["year"])
    value = rng.randint(21, 990)
    body, category = chosen["body"], CATEGORIES[chosen["category"]]
    ask = chosen["ask"].replace("-", "")
    front = f"Năm {year}, " if chosen["own year"] == "said" else ""
    sentence = (
        f"{front}{body} {ask}giữ nguyên {dotted(value)} {chosen['category']} "
        f"{chosen['tie']} năm {year - 1}."
    )
    if not front:
        sentence = sentence[0].upper() + sentence[1:]
    rows: frozenset[Row] | None = None
    if BODIES[body] and front:
        rows = frozenset(
            {(category, year, value, None, None, None), (category, year, None, 0, year - 1, None)}
        )
    lines = ["Báo cáo tình hình biên chế", "", sentence]
    truth = {1: frozenset(), 2: frozenset(), 3: rows}
    return Case(
        "moves/kept",
        "\n".join(lines) + "\n",
        slots=tuple(sorted(chosen.items())),
        lines=tuple(sorted(truth.items())),
        loose=True,
    )


SHAPES: tuple[Shape, ...] = (
    Shape("moves/transfer", TRANSFER_SLOTS, _transfer, columns=True),
    Shape("moves/kept", KEPT_SLOTS, _kept, columns=True),
)
