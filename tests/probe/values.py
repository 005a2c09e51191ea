"""eng-probe1: the genre's sentences giving a body's staffing figure and its parts, slot by slot.

Every slot's values are variants seen in the test sets' documents (subjects by their kind
noun, verbs, the year's place, figure words, category qualifiers, the words opening the
parts, their order and separators, a reserve, a subset "trong đó có N giáo viên"); every
combination's truth is known by construction: the figures and which of them are the parts of
the total. Shapes:
- single: one figure ("Năm 2021, Sở được giao 30 biên chế.");
- parts: a total and its parts in one sentence ("…1.500 biên chế, gồm: 100 biên chế công
  chức và 1.400 người làm việc.");
- bullets: the same as a lead ending in ":" and one bullet per part;
- table: a two-column pipe table of the parts and their total.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from tests.probe.core import Case, Figure, Row, Shape, Slot, dotted, percent

YEAR = 2021

# subject slot -> (the body the title names, the subject as the sentence names it)
SUBJECTS: dict[str, tuple[str, str]] = {
    "tỉnh": ("tỉnh A", "tỉnh"),
    "toàn tỉnh": ("tỉnh A", "toàn tỉnh"),
    "huyện": ("huyện A", "huyện"),
    "thành phố": ("thành phố A", "thành phố"),
    "Bộ": ("Bộ A", "Bộ"),
    "Sở": ("Sở A", "Sở"),
    "Bệnh viện": ("Bệnh viện A", "Bệnh viện"),
    "Trường": ("Trường A", "Trường"),
    "Ban": ("Ban A", "Ban"),
    "named": ("Sở A", "Sở A"),
    "các cơ quan, đơn vị": ("tỉnh A", "các cơ quan, đơn vị"),
    "none": ("tỉnh A", ""),
}
VERBS = (
    "được giao",
    "giao",
    "có",
    "là",
    "tạm giao",
    "phê duyệt",
    "bố trí",
    "còn",
    "được Trung ương giao",
)
YEAR_PLACES = ("front", "after-verb", "after-figure", "heading")

# figure word -> qualifiers it takes, each with the category the pair tells (None: not told)
SINGLE_WORDS: dict[str, dict[str, str | None]] = {
    "biên chế": {
        "": None,
        "hành chính": "CBCC",
        "sự nghiệp": "VC",
        "trong các cơ quan hành chính": "CBCC",
    },
    "chỉ tiêu": {"": None},
    "người": {"": None},
    "suất": {"": None},
    "người làm việc": {
        "": "VC",
        "hưởng lương từ ngân sách nhà nước": "VC",
        "trong các đơn vị sự nghiệp công lập": "VC",
    },
    "biên chế công chức": {"": "CBCC", "trong các cơ quan hành chính": "CBCC"},
}
TOTAL_WORDS = ("biên chế", "chỉ tiêu", "người", "suất")
VC_QUALIFIERS = (
    "",
    "hưởng lương từ ngân sách nhà nước",
    "trong các đơn vị sự nghiệp công lập",
)
INTROS = ("gồm", "gồm:", "bao gồm", "trong đó", "trong đó:", "cụ thể", "paren")
LEAD_INTROS = ("gồm:", "bao gồm:", "trong đó:", "cụ thể:", "cụ thể như sau:")
ORDERS = ("N noun", "noun N", "noun: N")
SEPARATORS = (",", ";", "và")
PART_SETS = ("cc+vc", "cc+vc+hội", "cc+vc+dự phòng", "cc+vc+hội+dự phòng")
SUBSETS = ("none", "trong đó có")
BULLETS = ("-", "+", "a)")

# part -> (noun after its figure, label before its figure, category)
PARTS: dict[str, tuple[str, str, str | None]] = {
    "cc": ("biên chế công chức", "công chức", "CBCC"),
    "vc": ("người làm việc", "viên chức", "VC"),
    "hội": ("biên chế các hội", "các hội", "HOI"),
    "dự phòng": ("biên chế dự phòng", "dự phòng", None),
}


def _clause(subject: str, verb: str, place: str, figure: str, after: str) -> str:
    """The sentence's head: subject, verb, year where `place` puts it, the figure; `after`
    follows the figure's noun (a qualifier)."""
    year = f" năm {YEAR}"
    if verb == "là":
        owner = f" của {subject}" if subject else ""
        lead = "Tổng biên chế" if not subject else "Biên chế"
        head = f"{lead}{year if place == 'after-verb' else ''}{owner} là"
    else:
        head = f"{subject} {verb}".strip()
        if place == "after-verb":
            head += f"{year} là"
    text = f"{head} {figure}"
    if place == "after-figure":
        text += year
    text += after
    if place == "front":
        keep = bool(subject) and subject[0].isupper() and text.startswith(subject)
        return f"Năm {YEAR}, {text if keep else text[0].lower() + text[1:]}"
    return text[0].upper() + text[1:]


def _document(body: str, place: str, lines: Sequence[str]) -> str:
    head = [f"Kế hoạch tinh giản biên chế của {body}", ""]
    if place == "heading":
        head += [f"1. Biên chế năm {YEAR}", ""]
    return "\n".join([*head, *lines]) + "\n"


def _numbers(rng: random.Random, names: Sequence[str]) -> dict[str, int]:
    ranges = {"cc": (101, 899), "vc": (1001, 8999), "hội": (11, 89), "dự phòng": (3, 9)}
    return {name: rng.randint(*ranges[name]) for name in names}


def _slots(chosen: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(chosen.items()))


# -- single ---------------------------------------------------------------------------------

SINGLE_SLOTS = (
    Slot("subject", tuple(SUBJECTS)),
    Slot("verb", VERBS),
    Slot("year", YEAR_PLACES),
    Slot("word", tuple(SINGLE_WORDS)),
    Slot(
        "qualifier",
        tuple(dict.fromkeys(q or "-" for quals in SINGLE_WORDS.values() for q in quals)),
    ),
)


def _single(chosen: dict[str, str], rng: random.Random) -> Case:
    body, subject = SUBJECTS[chosen["subject"]]
    word = chosen["word"]
    qualifiers = SINGLE_WORDS[word]
    qualifier = chosen["qualifier"].replace("-", "")
    if qualifier not in qualifiers:  # a qualifier the word does not take: the word's first
        word = next(w for w, quals in SINGLE_WORDS.items() if qualifier in quals)
        chosen = {**chosen, "word": word}
    value = rng.randint(21, 4999)
    after = f" {qualifier}" if qualifier else ""
    line = _clause(subject, chosen["verb"], chosen["year"], f"{dotted(value)} {word}", after)
    figures: frozenset[Figure] = frozenset({(YEAR, value, SINGLE_WORDS[word][qualifier])})
    return Case(
        "values/single", _document(body, chosen["year"], [line + "."]), figures, (), _slots(chosen)
    )


# -- parts ----------------------------------------------------------------------------------


def _part_texts(
    chosen: dict[str, str], numbers: dict[str, int], word: str, subset: int | None
) -> list[str]:
    texts = []
    for name, value in numbers.items():
        noun, label, _ = PARTS[name]
        qualifier = chosen.get("qualifier", "-").replace("-", "")
        if name == "vc" and qualifier:
            noun, label = f"{noun} {qualifier}", f"{label} {qualifier}"
        if chosen["order"] == "N noun":
            text = f"{dotted(value)} {noun}"
        elif chosen["order"] == "noun N":
            text = f"{label} {dotted(value)} {word}"
        else:
            text = f"{label}: {dotted(value)} {word}"
        if name == "vc" and subset is not None:
            text += f" (trong đó có {dotted(subset)} giáo viên)"
        texts.append(text)
    return texts


def _join(texts: list[str], separator: str) -> str:
    if separator == "và":
        return ", ".join(texts[:-1]) + " và " + texts[-1]
    return f"{separator} ".join(texts)


def _truth(
    total: int, numbers: dict[str, int], subset: int | None
) -> tuple[frozenset[Figure], tuple[tuple[int, frozenset[int]], ...]]:
    figures: set[Figure] = {(YEAR, total, "MIXED")}
    figures |= {(YEAR, value, PARTS[name][2]) for name, value in numbers.items()}
    if subset is not None:
        figures.add((YEAR, subset, "VC"))
    return frozenset(figures), ((total, frozenset(numbers.values())),)


LIST_HEAD_SLOTS = (
    Slot("subject", tuple(SUBJECTS)),
    Slot("verb", VERBS),
    Slot("year", YEAR_PLACES),
    Slot("word", TOTAL_WORDS),
    Slot("qualifier", tuple(q or "-" for q in VC_QUALIFIERS)),
)
"""The slots of a total's clause opening its parts, in one sentence or as a lead."""


@dataclass(frozen=True)
class _Listed:
    body: str
    head: str
    numbers: dict[str, int]
    total: int
    subset: int | None
    texts: list[str]


def _listed(chosen: dict[str, str], rng: random.Random) -> _Listed:
    """The total's clause, its parts' figures and texts (a subset in the VC's, if chosen)."""
    body, subject = SUBJECTS[chosen["subject"]]
    numbers = _numbers(rng, chosen["parts"].split("+"))
    total = sum(numbers.values())
    subset = rng.randint(100, numbers["vc"] - 1) if chosen["subset"] != "none" else None
    word = chosen["word"]
    head = _clause(subject, chosen["verb"], chosen["year"], f"{dotted(total)} {word}", "")
    texts = _part_texts(chosen, numbers, word, subset)
    return _Listed(body, head, numbers, total, subset, texts)


PARTS_SLOTS = (
    *LIST_HEAD_SLOTS,
    Slot("intro", INTROS),
    Slot("order", ORDERS),
    Slot("separator", SEPARATORS),
    Slot("parts", PART_SETS),
    Slot("subset", SUBSETS),
)


def _parts(chosen: dict[str, str], rng: random.Random) -> Case:
    it = _listed(chosen, rng)
    listed = _join(it.texts, chosen["separator"])
    if chosen["intro"] == "paren":
        line = f"{it.head} ({listed})."
    else:
        line = f"{it.head}, {chosen['intro']} {listed}."
    figures, parts = _truth(it.total, it.numbers, it.subset)
    return Case(
        "values/parts", _document(it.body, chosen["year"], [line]), figures, parts, _slots(chosen)
    )


# -- bullets --------------------------------------------------------------------------------

BULLET_SLOTS = (
    *LIST_HEAD_SLOTS,
    Slot("intro", LEAD_INTROS),
    Slot("order", ORDERS),
    Slot("bullet", BULLETS),
    Slot("parts", PART_SETS),
    Slot("subset", SUBSETS),
)


def _bullets(chosen: dict[str, str], rng: random.Random) -> Case:
    it = _listed(chosen, rng)
    lines = [f"{it.head}, {chosen['intro']}"]
    for index, text in enumerate(it.texts):
        mark = f"{'abcd'[index]})" if chosen["bullet"] == "a)" else chosen["bullet"]
        end = "." if index == len(it.texts) - 1 else ";"
        lines.append(f"{mark} {text[0].upper()}{text[1:]}{end}")
    figures, parts = _truth(it.total, it.numbers, it.subset)
    return Case(
        "values/bullets", _document(it.body, chosen["year"], lines), figures, parts, _slots(chosen)
    )


# -- table ----------------------------------------------------------------------------------

TABLE_SLOTS = (
    Slot("subject", tuple(SUBJECTS)),
    Slot("column", ("Biên chế", "Số lượng", "Năm 2021")),
    Slot("total", ("Tổng cộng last", "Tổng số first")),
    Slot("parts", PART_SETS),
)
TABLE_LABELS = {
    "cc": "Công chức",
    "vc": "Viên chức",
    "hội": "Biên chế các hội",
    "dự phòng": "Biên chế dự phòng",
}


def _table(chosen: dict[str, str], rng: random.Random) -> Case:
    body, _ = SUBJECTS[chosen["subject"]]
    numbers = _numbers(rng, chosen["parts"].split("+"))
    total = sum(numbers.values())
    column = chosen["column"]
    rows = [f"| {TABLE_LABELS[name]} | {dotted(value)} |" for name, value in numbers.items()]
    label = chosen["total"].rsplit(" ", 1)[0]
    if chosen["total"].endswith("first"):
        rows.insert(0, f"| {label} | {dotted(total)} |")
    else:
        rows.append(f"| {label} | {dotted(total)} |")
    place = "front" if column == f"Năm {YEAR}" else "heading"
    lines = [f"| Nội dung | {column} |", "|---|---|", *rows]
    figures, parts = _truth(total, numbers, None)
    return Case("values/table", _document(body, place, lines), figures, parts, _slots(chosen))


# -- agents (eng-probe3) --------------------------------------------------------------------
# The body that gives the figure named before it, and news-style or subjectless sentences:
# every agent and form below is written so in the test sets' documents ("Ủy ban nhân dân tỉnh
# giao cho Sở Y tế 3.172 người làm việc", "Ban Tổ chức Trung ương giao cho Nghệ An 3.259 biên
# chế", "HĐND tỉnh giao 3.259 biên chế", "Thủ tướng Chính phủ giao năm 2026 là 1.296",
# "được Bộ Nội vụ giao năm 2021", "UBND tỉnh tạm giao 29.755 biên chế").

AGENTS = (
    "Trung ương",
    "Ban Tổ chức Trung ương",
    "Bộ Nội vụ",
    "Thủ tướng Chính phủ",
    "Ủy ban nhân dân tỉnh",
    "UBND tỉnh",
    "Hội đồng nhân dân tỉnh",
    "HĐND tỉnh",
)
AGENT_FORMS = (
    "{agent} giao {n}",
    "{agent} tạm giao {n}",
    "{agent} phê duyệt {n}",
    "{agent} quyết định giao {n}",
    "{agent} giao cho {x} {n}",
    "{agent} giao {year}{n}",
    "{x} được {agent} giao {n}",
    "{x} được {agent} giao {year}{n}",
)
# recipient slot -> (the body the title names, the recipient as the sentence names it)
RECIPIENTS: dict[str, tuple[str, str]] = {
    "tỉnh": ("tỉnh A", "tỉnh"),
    "named tỉnh": ("tỉnh A", "tỉnh A"),
    "named Sở": ("Sở A", "Sở A"),
    "thành phố": ("thành phố A", "thành phố"),
    "các cơ quan, đơn vị": ("tỉnh A", "các cơ quan, đơn vị"),
}
AGENT_WORDS: dict[str, str | None] = {
    "biên chế": None,
    "biên chế công chức": "CBCC",
    "người làm việc": "VC",
    "chỉ tiêu": None,
}

AGENT_SLOTS = (
    Slot("agent", AGENTS),
    Slot("form", AGENT_FORMS),
    Slot("recipient", tuple(RECIPIENTS)),
    Slot("year", ("front", "after-figure", "heading")),
    Slot("word", tuple(AGENT_WORDS)),
)


def _agents(chosen: dict[str, str], rng: random.Random) -> Case:
    body, recipient = RECIPIENTS[chosen["recipient"]]
    form, place = chosen["form"], chosen["year"]
    if "{year}" in form:  # the year is written after the verb
        place = "after-verb"
        chosen = {**chosen, "year": place}
    value = rng.randint(21, 4999)
    figure = f"{dotted(value)} {chosen['word']}"
    year = f"năm {YEAR} là " if place == "after-verb" else ""
    text = form.format(agent=chosen["agent"], x=recipient, year=year, n=figure)
    if place == "after-figure":
        text += f" năm {YEAR}"
    if place == "front":
        text = f"Năm {YEAR}, {text}"
    line = text[0].upper() + text[1:] + "."
    figures: frozenset[Figure] = frozenset({(YEAR, value, AGENT_WORDS[chosen["word"]])})
    return Case("values/agents", _document(body, place, [line]), figures, (), _slots(chosen))


# -- news (eng-probe3) ------------------------------------------------------------------------
# A sentence of a report or a news item: the place named, "toàn tỉnh có N", "tổng số biên chế
# của tỉnh là N", or no subject at all after a lead naming the unit ("1. Sở A" then "Năm 2021
# được giao N biên chế.").

NEWS_FORMS = (
    "Năm {y}, {x} được giao {n}",
    "Năm {y}, toàn {x} có {n}",
    "Tổng số biên chế của {x} năm {y} là {n}",
    "Năm {y}, tổng số biên chế của {x} là {n}",
    "lead: Năm {y} được giao {n}",
    "lead: Năm {y} có {n}",
    "lead: Biên chế năm {y} là {n}",
)
NEWS_QUOTES = (
    # eng-news9: a news report's quote of an official before the figure (a shape of its own,
    # so the sample of the forms above stays as it was)
    "Theo ông Nguyễn Văn B, Giám đốc Sở Nội vụ, năm {y} {x} được giao {n}",
    "Ông Nguyễn Văn B, Giám đốc Sở Nội vụ cho biết, năm {y}, {x} có {n}",
    "Theo bà Trần Thị C, Phó Giám đốc Sở Nội vụ, năm {y}, {x} được giao {n}",
)
NEWS_PLACES: dict[str, tuple[str, str]] = {
    "tỉnh A": ("tỉnh A", "tỉnh A"),
    "tỉnh": ("tỉnh A", "tỉnh"),
    "Sở A": ("Sở A", "Sở A"),
    "huyện A": ("huyện A", "huyện A"),
}
NEWS_SLOTS = (
    Slot("form", NEWS_FORMS),
    Slot("place", tuple(NEWS_PLACES)),
    Slot("word", tuple(AGENT_WORDS)),
)
NEWS_QUOTE_SLOTS = (
    Slot("form", NEWS_QUOTES),
    Slot("place", tuple(NEWS_PLACES)),
    Slot("word", tuple(AGENT_WORDS)),
)


def _news_quoted(chosen: dict[str, str], rng: random.Random) -> Case:
    return _news(chosen, rng, "values/news-quotes")


def _news(chosen: dict[str, str], rng: random.Random, shape: str = "values/news") -> Case:
    body, place = NEWS_PLACES[chosen["place"]]
    form = chosen["form"]
    value = rng.randint(21, 4999)
    figure = f"{dotted(value)} {chosen['word']}"
    if "toàn {x}" in form and place != "tỉnh":
        form = NEWS_FORMS[0]
        chosen = {**chosen, "form": form}
    lines = []
    if form.startswith("lead: "):
        form = form.removeprefix("lead: ")
        lines = [f"1. {body[0].upper()}{body[1:]}", ""]
    sentence = form.format(x=place, y=YEAR, n=figure)
    lines.append(sentence + ".")
    figures: frozenset[Figure] = frozenset({(YEAR, value, AGENT_WORDS[chosen["word"]])})
    return Case(shape, _document(body, "front", lines), figures, (), _slots(chosen))


# -- a news report's sum (eng-news10) ----------------------------------------------------------
# Two categories' figures, each with its own words after it ("2.347 người làm việc trong các đơn
# vị sự nghiệp công lập"), then ", tổng cộng N": the sum of both (a total made of them) or a
# count that is not their sum (what it sums is not said: unread). The sum is never the last
# category's figure (it was read as viên chức's 2.533 and its 2.347 dropped).

SUM_FIRST = ("biên chế công chức", "biên chế công chức hành chính", "công chức")
SUM_SECOND = (
    "người làm việc",
    "người làm việc trong các đơn vị sự nghiệp công lập",
    "người làm việc hưởng lương từ ngân sách nhà nước",
    "viên chức",
    "người làm việc trong các đơn vị sự nghiệp",
)
SUM_SLOTS = (
    Slot("place", tuple(NEWS_PLACES)),
    Slot("first", SUM_FIRST),
    Slot("second", SUM_SECOND),
    Slot("sum", ("their sum", "another count")),
    Slot("word", ("", " người", " biên chế", " chỉ tiêu")),
)


def _news_sum(chosen: dict[str, str], rng: random.Random) -> Case:
    body, place = NEWS_PLACES[chosen["place"]]
    cc, vc = rng.randint(101, 899), rng.randint(1001, 8999)
    summed = chosen["sum"] == "their sum"
    total = cc + vc if summed else cc + vc + rng.randint(11, 99)
    line = (
        f"Năm {YEAR}, {place} được giao {dotted(cc)} {chosen['first']} và {dotted(vc)} "
        f"{chosen['second']}, tổng cộng {dotted(total)}{chosen['word']}."
    )
    figures: frozenset[Figure] = frozenset(
        {(YEAR, cc, "CBCC"), (YEAR, vc, "VC"), (YEAR, total, "MIXED")}
    )
    return Case("values/news-sum", _document(body, "front", [line]), figures, (), _slots(chosen))


# -- items (eng-probe3) -----------------------------------------------------------------------
# A lead and one item per body, its figure after its name ("- Sở Y tế: 120 biên chế;"), some
# of it in a parenthesis ("(trong đó có 45 giáo viên)", "(trong đó 3 biên chế dự phòng)").
# A body's own reserve is some of its figure, a unit of its own inside the body (subset_of, as
# the corpus truth writes it): the truth holds its count, of no category the text tells (the
# forms' tests check that it is the body's, never the text's reserve).

ITEM_LEADS = (
    "Năm {y}, biên chế công chức giao cho các cơ quan như sau:",
    "Biên chế giao năm {y} cho các cơ quan, đơn vị:",
    "Năm {y}, giao biên chế cho các cơ quan, đơn vị cụ thể như sau:",
)
ITEM_BODIES = ("Sở Y tế", "Sở Tài chính", "Văn phòng UBND tỉnh", "Ban Quản lý các khu công nghiệp")
ITEM_SUBSETS = ("none", "trong đó có N giáo viên", "trong đó N biên chế dự phòng")
ITEM_SLOTS = (
    Slot("lead", ITEM_LEADS),
    Slot("bullet", BULLETS),
    Slot("subset", ITEM_SUBSETS),
    Slot("word", ("biên chế", "chỉ tiêu")),
)


def _items(chosen: dict[str, str], rng: random.Random) -> Case:
    lines = [chosen["lead"].format(y=YEAR)]
    figures: set[Figure] = set()
    for index, body in enumerate(ITEM_BODIES[: rng.randint(2, 4)]):
        value = rng.randint(21, 499)
        figures.add((YEAR, value, None))
        mark = f"{'abcd'[index]})" if chosen["bullet"] == "a)" else chosen["bullet"]
        text = f"{mark} {body}: {dotted(value)} {chosen['word']}"
        if index == 0 and chosen["subset"] != "none":
            some = rng.randint(3, 19)
            text += f" ({chosen['subset'].replace('N', dotted(some))})"
            figures.add((YEAR, some, None))
        lines.append(text + ";")
    lines[-1] = lines[-1][:-1] + "."
    return Case(
        "values/items", _document("tỉnh A", "front", lines), frozenset(figures), (), _slots(chosen)
    )


# -- subsets and trailing counts (eng-silent) ---------------------------------------------------
# A figure, then people of a trade counted inside it ("…, trong đó có 870 giáo viên, 20 nhân viên
# y tế"), or a count after it that no rule knows ("…, 20 nhân viên."): each count is in the
# truth, so one the reader neither reads nor reports is SILENT (a figure dropped). Trades as the
# sets write them ("trong đó có N giáo viên / bác sĩ / giảng viên / diễn viên", "N nhân viên")
# and the brief's "nhân viên y tế"; openers as written (", trong đó có", "(trong đó có", "(có").

SUBSET_HEADS: dict[str, str | None] = {"người làm việc": "VC", "biên chế": None, "người": None}
SUBSET_OPENERS = (", trong đó có", " (trong đó có", ", trong đó", " (có")
TRADES = (
    "giáo viên",
    "bác sĩ",
    "giảng viên",
    "giáo viên mầm non",
    "diễn viên",
    "nhân viên y tế",
    "nhân viên",
)
SUBSET_SLOTS = (
    Slot("subject", ("Sở", "Trường", "Bệnh viện", "named", "tỉnh")),
    Slot("head", tuple(SUBSET_HEADS)),
    Slot("opener", SUBSET_OPENERS),
    Slot("first", TRADES),
    Slot("then", ("none", *TRADES)),
    Slot("separator", (",", "và", ";")),
)


def _subsets(chosen: dict[str, str], rng: random.Random) -> Case:
    body, subject = SUBJECTS[chosen["subject"]]
    value = rng.randint(1001, 8999)
    head = _clause(subject, "được giao", "front", f"{dotted(value)} {chosen['head']}", "")
    figures: set[Figure] = {(YEAR, value, SUBSET_HEADS[chosen["head"]])}
    if chosen["then"] == chosen["first"]:  # no drafter lists one trade twice: the second none
        chosen = {**chosen, "then": "none"}
    trades = [chosen["first"]] + ([chosen["then"]] if chosen["then"] != "none" else [])
    counts = [rng.randint(11, value // 3) for _ in trades]
    figures |= {(YEAR, count, "VC") for count in counts}
    items = [f"{dotted(count)} {trade}" for count, trade in zip(counts, trades, strict=True)]
    listed = _join(items, chosen["separator"]) if len(items) > 1 else items[0]
    opener = chosen["opener"]
    closing = ")" if "(" in opener else ""
    line = f"{head}{opener} {listed}{closing}."
    return Case(
        "values/subsets", _document(body, "front", [line]), frozenset(figures), (), _slots(chosen)
    )


TRAILING_FORMS = (", {n}", " ({n})", ", có {n}", "; {n}")
TRAILING_NOUNS = (
    "người",
    "nhân viên",
    "cán bộ",
    "lao động",
    "giáo viên",
    "bác sĩ",
    "suất",
    "vị trí việc làm",
)
SET_ASIDE_NOUNS = ("vị trí việc làm",)
"""Counted job positions, not heads ("5.018 biên chế, bố trí cho 3.739 vị trí việc làm"):
no figure of the truth, set aside."""
TRAILING_SLOTS = (
    Slot("subject", ("Sở", "Trường", "named", "tỉnh")),
    Slot("head", tuple(SUBSET_HEADS)),
    Slot("form", TRAILING_FORMS),
    Slot("noun", TRAILING_NOUNS),
)


def _trailing(chosen: dict[str, str], rng: random.Random) -> Case:
    """A figure and a count after it that says nothing of what it counts in the figure: the
    truth holds both, so the reader must report the line (the count is never readable)."""
    body, subject = SUBJECTS[chosen["subject"]]
    value = rng.randint(1001, 8999)
    count = rng.randint(11, 999)
    head = _clause(subject, "được giao", "front", f"{dotted(value)} {chosen['head']}", "")
    after = chosen["form"].format(n=f"{dotted(count)} {chosen['noun']}")
    figures: frozenset[Figure] = frozenset({(YEAR, value, SUBSET_HEADS[chosen["head"]])})
    if chosen["noun"] not in SET_ASIDE_NOUNS:
        figures |= {(YEAR, count, None)}
    return Case(
        "values/trailing",
        _document(body, "front", [f"{head}{after}."]),
        figures,
        (),
        _slots(chosen),
    )


# -- some of a figure (eng-ag) ----------------------------------------------------------------
# A category's figures, then a sentence giving some of them: a frame opening it ("Trong số
# người làm việc năm 2025 có N người thuộc sự nghiệp giáo dục") or a narrower unit of the same
# category ("Trong đó, số người làm việc của các trường học năm 2026 là N người"), then a
# result line naming only the category ("So với năm 2021, năm 2026 giảm C người làm việc, tỷ lệ
# giảm R%"). The count after a frame is never the category's figure; the result line is the
# category's where its figures give the change, never the narrower unit's.

SOME_CATEGORIES: dict[str, tuple[str, str, str]] = {
    # slot -> (the category's line label, its noun after a count, the words a frame names)
    "VC": ("Số lượng người làm việc", "người làm việc", "người làm việc"),
    "CBCC": ("Biên chế công chức", "biên chế công chức", "công chức"),
}
SOME_FRAMES = (
    "Trong số {cat} năm {y} có",
    "Trong tổng số {cat} năm {y}, có",
    "Trong số {cat} năm {y} nêu trên có",
    "Trong số này có",
    "Trong tổng số trên có",
)
SOME_NOUNS = (
    "người thuộc sự nghiệp giáo dục và đào tạo",
    "người làm việc trong ngành y tế",
    "giáo viên",
    "người làm công tác giảng dạy",
    "người",
)
SOME_SLOTS = (
    Slot("category", tuple(SOME_CATEGORIES)),
    Slot("frame", SOME_FRAMES),
    Slot("noun", SOME_NOUNS),
    Slot("frame year", ("the last", "another")),
)


def _some_of(chosen: dict[str, str], rng: random.Random) -> Case:
    label, noun, named = SOME_CATEGORIES[chosen["category"]]
    category = chosen["category"]
    last = YEAR + rng.randint(3, 5)
    before, after = rng.randint(2001, 9999), 0
    after = before - rng.randint(20, before // 10)
    some = rng.randint(before // 3, after - 1)
    year = last if chosen["frame year"] == "the last" or "{y}" not in chosen["frame"] else last - 1
    frame = chosen["frame"].format(cat=named, y=year)
    lines = [
        f"{label}: năm {YEAR} là {dotted(before)} {noun}; năm {last} là {dotted(after)} {noun}.",
        f"{frame} {dotted(some)} {chosen['noun']}.",
    ]
    figures: frozenset[Figure] = frozenset(
        {(YEAR, before, category), (last, after, category), (year, some, None)}
    )
    return Case(
        "values/some-of",
        _document("tỉnh A", "front", lines),
        figures,
        (),
        _slots(chosen),
        apart=((after, some), (before, some)),
    )


NARROWING_INTROS = ("Trong đó,", "Trong số đó,", "Trong số này,", "Trong tổng số trên,")
NARROWING_PARTS = (
    "của các trường mầm non, tiểu học, trung học cơ sở",
    "của các đơn vị sự nghiệp y tế",
    "tại các cơ quan cấp huyện",
)
NARROWING_SLOTS = (
    Slot("category", tuple(SOME_CATEGORIES)),
    Slot("intro", NARROWING_INTROS),
    Slot("part", NARROWING_PARTS),
    Slot("base", ("stated", "not stated")),
    Slot("fits", ("the whole", "the narrower", "neither")),
    Slot("rate", ("two decimals", "none")),
)


def _narrowed(chosen: dict[str, str], rng: random.Random) -> Case:
    """Lines 3 (the category's figures), 4 (the narrower unit), 5 (the result line)."""
    label, noun, _ = SOME_CATEGORIES[chosen["category"]]
    category = chosen["category"]
    base = rng.randint(2001, 9999)
    after = base - rng.randint(base // 20, base // 8)
    some = rng.randint(after // 2, after - 50)
    cut = {"the whole": base - after, "the narrower": rng.randint(11, some // 8)}.get(
        chosen["fits"], base - after + rng.randint(1, 9)
    )
    if cut == base - after and chosen["fits"] != "the whole":
        cut += 1
    # the figure the rate is of: the whole's base, the narrower unit's, or no one's
    whole = {"the whole": after + cut, "the narrower": some + cut}.get(
        chosen["fits"], after + cut + rng.randint(40, 90)
    )
    if chosen["base"] == "stated":
        first = f"{label}: năm 2021 là {dotted(base)}; năm 2026 là {dotted(after)}."
        rows = {(category, 2021, base, None, None, None), (category, 2026, after, None, None, None)}
    else:
        first = f"{label}: năm 2025 là {dotted(after + 7)}; năm 2026 là {dotted(after)}."
        rows = {
            (category, 2025, after + 7, None, None, None),
            (category, 2026, after, None, None, None),
        }
    rate = percent(cut, whole) if chosen["rate"] != "none" else None
    said = f", tỷ lệ giảm {rate}" if rate else ""
    subject = "số người làm việc" if category == "VC" else "biên chế công chức"
    lines = [
        first,
        f"{chosen['intro']} {subject} {chosen['part']} năm 2026 là {dotted(some)} {noun}.",
        f"So với năm 2021, năm 2026 giảm {dotted(cut)} {noun}{said}.",
    ]
    # (the whole's change is told by its figures: both years', or the year's with a rate of
    # two decimals; anything else leaves whose change it is unsaid)
    told = chosen["fits"] == "the whole" and (chosen["base"] == "stated" or rate is not None)
    change = frozenset({(category, 2026, None, cut, 2021, rate)}) if told else None
    truth = ((3, frozenset(rows)), (4, frozenset({(category, 2026, some, None, None, None)})))
    return Case(
        "values/narrowed",
        _document("tỉnh A", "front", lines),
        slots=_slots(chosen),
        lines=(*truth, (5, change)),
        same_unit=((3, 5),),
    )


# -- grouped table (eng-ai) -----------------------------------------------------------------
# Blind AI1's table: groups numbered in their names ("**I. Biên chế công chức**"), each with
# its own figures and lines named alike under both groups ("Cấp tỉnh", "Cấp huyện"), a total
# last. The truth by line, and each figure's unit key: the second group's "Cấp tỉnh" filed in
# the first's (one reader unit holding both) is a MISREAD; left unread, it is not.

GROUPINGS: dict[str, tuple[tuple[str, str], tuple[str, str], tuple[str, str]]] = {
    # (group names, their categories, the lines' names)
    "cc+vc": (
        ("Biên chế công chức", "Số lượng người làm việc"),
        ("CBCC", "VC"),
        ("Cấp tỉnh", "Cấp huyện"),
    ),
    "cc-tinh+cc-huyen": (
        ("Công chức cấp tỉnh", "Công chức cấp huyện"),
        ("CBCC", "CBCC"),
        ("Văn phòng", "Thanh tra"),
    ),
}
GROUPED_SLOTS = (
    Slot("groups", tuple(GROUPINGS)),
    Slot("numbering", ("I.", "none")),
    Slot("emphasis", ("bold", "plain")),
    Slot("total", ("Tổng cộng (I + II)", "Tổng cộng", "Tổng số")),
)


def _grouped_table(chosen: dict[str, str], rng: random.Random) -> Case:
    groups, categories, names = GROUPINGS[chosen["groups"]]
    bold = "**" if chosen["emphasis"] == "bold" else ""
    rows: list[str] = []
    truth: dict[int, set[Row]] = {}
    keys: list[tuple[tuple[int, int, int], str]] = []
    first = 5  # the title, a blank line, the header, the separator
    totals = [0, 0]

    def row(name: str, values: list[int], category: str, key: str) -> None:
        line = first + len(rows)
        rows.append(f"| {name} | {dotted(values[0])} | {dotted(values[1])} |")
        truth[line] = {
            (category, year, value, None, None, None)
            for year, value in zip((YEAR, 2026), values, strict=True)
        }
        keys.extend(
            ((line, year, value), key) for year, value in zip((YEAR, 2026), values, strict=True)
        )

    for at, (group, category) in enumerate(zip(groups, categories, strict=True)):
        lines = [[rng.randint(101, 4999)] for _ in names]
        for values in lines:
            values.append(values[0] - rng.randint(1, values[0] // 10))
        sums = [sum(values[index] for values in lines) for index in (0, 1)]
        numeral = ("I", "II")[at]
        label = f"{numeral}. {group}" if chosen["numbering"] == "I." else group
        row(f"{bold}{label}{bold}", sums, category, f"g{at}")
        for index, (name, values) in enumerate(zip(names, lines, strict=True)):
            row(name, values, category, f"g{at}-{index}")
        totals = [totals[index] + sums[index] for index in (0, 1)]
    whole = "CBCC" if categories[0] == categories[1] else "ALL"
    row(f"{bold}{chosen['total']}{bold}", totals, whole, "tong")
    lines = ["| Nội dung | Năm 2021 | Năm 2026 |", "|---|---|---|", *rows]
    text = "\n".join(["Kế hoạch tinh giản biên chế của tỉnh A", "", *lines]) + "\n"
    return Case(
        "values/grouped-table",
        text,
        slots=_slots(chosen),
        lines=tuple(sorted((line, frozenset(found)) for line, found in truth.items())),
        keys=tuple(keys),
        loose=True,
    )


SHAPES: tuple[Shape, ...] = (
    Shape("values/single", SINGLE_SLOTS, _single),
    Shape("values/parts", PARTS_SLOTS, _parts),
    Shape("values/bullets", BULLET_SLOTS, _bullets),
    Shape("values/table", TABLE_SLOTS, _table),
    Shape("values/agents", AGENT_SLOTS, _agents),
    Shape("values/news", NEWS_SLOTS, _news),
    Shape("values/news-quotes", NEWS_QUOTE_SLOTS, _news_quoted),
    Shape("values/news-sum", SUM_SLOTS, _news_sum),
    Shape("values/items", ITEM_SLOTS, _items),
    Shape("values/subsets", SUBSET_SLOTS, _subsets),
    Shape("values/trailing", TRAILING_SLOTS, _trailing),
    Shape("values/some-of", SOME_SLOTS, _some_of),
    Shape("values/narrowed", NARROWING_SLOTS, _narrowed),
    Shape("values/grouped-table", GROUPED_SLOTS, _grouped_table),
)
