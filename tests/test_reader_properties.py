"""The reading does not depend on the document's form: the same figures written with other
bullets, in another order of sections, or as a table instead of a list read the same.

The documents are generated: years, each with a total and its parts (organisations), written
as an enumeration ("Tổng biên chế là T biên chế. Trong đó:" and one item per part) or as a
pipe table with its "Tổng cộng" row.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lotrinh.extract import extract_plan
from lotrinh.numbers import format_count

NAMES = (
    "Khối Đảng",
    "Khối chính quyền",
    "Sở Tài chính",
    "Sở Nội vụ",
    "Thanh tra tỉnh",
    "Văn phòng Ủy ban nhân dân tỉnh",
    "Trung tâm Công nghệ thông tin",
    "Dự phòng",
)
BULLETS = ("- ", "+ ", "• ", "a) ")

Section = tuple[int, tuple[tuple[str, int], ...]]


@st.composite
def _plans(draw: st.DrawFn) -> list[Section]:
    years = draw(st.lists(st.integers(2021, 2030), min_size=1, max_size=4, unique=True))
    names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=5, unique=True))
    return [(year, tuple((name, draw(st.integers(0, 30_000))) for name in names)) for year in years]


def _listed(plan: list[Section], bullet: str, numbered: bool) -> str:
    lines: list[str] = []
    for index, (year, parts) in enumerate(plan, start=1):
        lines.append(f"{index}. Năm {year}" if numbered else f"Năm {year}:")
        total = sum(value for _, value in parts)
        lines.append(f"Tổng biên chế là {format_count(total)} biên chế. Trong đó:")
        for number, (name, value) in enumerate(parts):
            marker = f"{chr(ord('a') + number)}) " if bullet == "a) " else bullet
            lines.append(f"{marker}{name} là {format_count(value)} biên chế.")
        lines.append("")
    return "\n".join(lines)


def _tabled(plan: list[Section]) -> str:
    lines: list[str] = []
    for year, parts in plan:
        lines += [f"Năm {year}:", "", "| Đơn vị | Số biên chế |", "|---|---|"]
        lines += [f"| {name} | {format_count(value)} |" for name, value in parts]
        lines += [f"| Tổng cộng | {format_count(sum(v for _, v in parts))} |", ""]
    return "\n".join(lines)


def _reading(text: str) -> tuple[frozenset[tuple[str, int, int]], frozenset[tuple[str, str]]]:
    result = extract_plan(text, "doc.txt")
    assert not [entry.line for entry in result.coverage.entries if entry.unread], text
    figures = frozenset((c["unit"], c["year"], c["value"]) for c in result.data["claims"])
    parts = frozenset(
        (unit["id"], part) for unit in result.data["units"] for part in unit.get("parts", ())
    )
    return figures, parts


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(_plans(), st.sampled_from(BULLETS), st.booleans(), st.randoms(use_true_random=False))
def test_bullets_order_and_tables_read_alike(
    plan: list[Section], bullet: str, numbered: bool, random: object
) -> None:
    reference = _reading(_listed(plan, "- ", numbered=False))
    figures, parts = reference
    assert len(figures) == sum(len(p) + 1 for _, p in plan)  # every figure was read
    assert {name for name, _ in parts} == {"tong"}
    assert _reading(_listed(plan, bullet, numbered)) == reference
    shuffled = list(plan)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assert _reading(_listed(shuffled, bullet, numbered)) == reference
    assert _reading(_tabled(plan)) == reference


BODIES = ("Huyện Đông", "Huyện Tây", "Huyện Nam", "Thị xã Bờ Sông", "Thành phố Núi")


@st.composite
def _bodies(draw: st.DrawFn) -> tuple[list[int], list[tuple[str, list[tuple[int, int]]]]]:
    """Years, and per body its (CBCC, VC) figures for each year."""
    years = sorted(draw(st.lists(st.integers(2021, 2030), min_size=1, max_size=2, unique=True)))
    names = draw(st.lists(st.sampled_from(BODIES), min_size=1, max_size=4, unique=True))
    counts = st.tuples(st.integers(1, 999), st.integers(1, 30_000))
    return years, [(name, [draw(counts) for _ in years]) for name in names]


def _by_category(
    years: list[int], bodies: list[tuple[str, list[tuple[int, int]]]], form: str
) -> str:
    """The bodies' figures as a table with categories as columns: one header row naming each
    column ("one"), years over categories above the separator ("above", as the .docx reader
    writes a repeated header) or typed under it ("under"), the years' group maybe naming
    the posts given ("...-given": "Biên chế giao năm 2024")."""
    one = ["STT", "Đơn vị"] + [
        f"{kind} năm {y}" for y in years for kind in ("Công chức", "Viên chức")
    ]
    group = "Biên chế giao năm {}" if form.endswith("given") else "Năm {}"
    top = ["STT", "Đơn vị"] + [cell for y in years for cell in (group.format(y), "")]
    sub = ["", ""] + ["Công chức", "Viên chức"] * len(years)
    rule = "|" + "---|" * len(one)
    rows = [
        "| "
        + " | ".join([str(n), name] + [format_count(v) for pair in figures for v in pair])
        + " |"
        for n, (name, figures) in enumerate(bodies, start=1)
    ]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |"

    head = {
        "one": [line(one), rule],
        "above": [line(top), line(sub), rule],
        "under": [line(top), rule, line(sub)],
    }[form.removesuffix("-given")]
    return "\n".join(["Biên chế của các huyện", "", *head, *rows, ""])


@SETTINGS
@given(_bodies(), st.sampled_from(("above", "under", "above-given", "under-given")))
def test_a_header_of_two_rows_reads_as_its_one_row(
    drawn: tuple[list[int], list[tuple[str, list[tuple[int, int]]]]], form: str
) -> None:
    years, bodies = drawn
    reference = _reading(_by_category(years, bodies, "one"))
    assert len(reference[0]) == 2 * len(years) * len(bodies)  # every figure was read
    assert _reading(_by_category(years, bodies, form)) == reference


CHANGE_HEADERS = (
    "Chênh lệch",
    "Tăng (+), giảm (-)",
    "So với năm {base}",
    "Chênh lệch (+/-)",
    "Năm {later} so với năm {base}",
)


@st.composite
def _changes(draw: st.DrawFn) -> tuple[int, list[tuple[str, int, int]]]:
    """A year, and per body its posts that year and the next."""
    base = draw(st.integers(2021, 2029))
    names = draw(st.lists(st.sampled_from(NAMES[2:7]), min_size=1, max_size=5, unique=True))
    counts = st.integers(1, 30_000)
    return base, [(name, draw(counts), draw(counts)) for name in names]


def _change_list(base: int, bodies: list[tuple[str, int, int]]) -> str:
    lines = ["Biên chế công chức của các cơ quan:", ""]
    for name, before, after in bodies:
        said = (
            f"giảm {format_count(before - after)} biên chế so với năm {base}"
            if after < before
            else f"tăng {format_count(after - before)} biên chế so với năm {base}"
            if after > before
            else f"giữ nguyên so với năm {base}"
        )
        lines.append(
            f"- {name} năm {base} là {format_count(before)} biên chế; năm {base + 1} là "
            f"{format_count(after)} biên chế, {said}."
        )
    return "\n".join([*lines, ""])


def _change_table(base: int, bodies: list[tuple[str, int, int]], header: str) -> str:
    named = header.format(base=base, later=base + 1)
    lines = [
        "Biên chế công chức của các cơ quan:",
        "",
        f"| STT | Đơn vị | Năm {base} | Năm {base + 1} | {named} |",
        "|---|---|---|---|---|",
    ]
    for number, (name, before, after) in enumerate(bodies, start=1):
        change = after - before
        cell = ("-" if change < 0 else "+" if change > 0 else "") + format_count(abs(change))
        lines.append(
            f"| {number} | {name} | {format_count(before)} | {format_count(after)} | {cell} |"
        )
    return "\n".join([*lines, ""])


def _changes_read(text: str) -> frozenset[tuple[str, int, int | None, int | None]]:
    result = extract_plan(text, "doc.txt")
    assert not [entry.line for entry in result.coverage.entries if entry.unread], text
    found: set[tuple[str, int, int | None, int | None]] = set()
    for claim in result.data["claims"]:
        if "value" in claim:
            found.add((claim["unit"], claim["year"], claim["value"], None))
        for change in claim.get("changes", []):
            found.add(
                (
                    claim["unit"],
                    claim["year"],
                    None,
                    change.get("reduction", -change.get("increase", 0)),
                )
            )
    return frozenset(found)


@SETTINGS
@given(_changes(), st.sampled_from(CHANGE_HEADERS))
def test_a_table_of_signed_changes_reads_as_the_same_facts_listed(
    drawn: tuple[int, list[tuple[str, int, int]]], header: str
) -> None:
    """Bodies' posts in two years and the change between them, written as a list ("... giảm 7
    biên chế so với năm 2025") or as a table whose change column names no direction or both
    ("Chênh lệch", "Tăng (+), giảm (-)", "So với năm 2025") with signed cells: the same claims."""
    base, bodies = drawn
    reference = _changes_read(_change_list(base, bodies))
    assert len(reference) == 3 * len(bodies)  # every figure and change was read
    assert _changes_read(_change_table(base, bodies, header)) == reference


GROUPS = ("Khối tỉnh", "Khối huyện", "Khối đảng")
MEMBERS = ("Sở Tài chính", "Sở Y tế", "Sở Nội vụ", "Thanh tra tỉnh")


@st.composite
def _groups(draw: st.DrawFn) -> list[tuple[str, list[tuple[str, int, int]]]]:
    """Groups, each with its bodies' (CBCC, VC) figures (maybe none: a group of no lines)."""
    names = draw(st.lists(st.sampled_from(GROUPS), min_size=2, max_size=3, unique=True))
    counts = st.tuples(st.integers(1, 999), st.integers(1, 9_999))
    found = []
    for name in names:
        members = draw(st.lists(st.sampled_from(MEMBERS), max_size=3, unique=True))
        found.append((name, [(member, *draw(counts)) for member in members]))
    return found


def _grouped_table(groups: list[tuple[str, list[tuple[str, int, int]]]]) -> str:
    """Categories as columns, groups numbered "I", "II" holding the sums of their bodies
    numbered "1", "2" below them (a group of no bodies its own figures), then the total."""
    lines = [
        "Phụ lục: biên chế năm 2025",
        "",
        "| STT | Cơ quan, đơn vị | Biên chế công chức | Số lượng người làm việc |",
        "|---|---|---|---|",
    ]
    totals = [0, 0]
    for number, (name, members) in enumerate(groups):
        sums = [sum(m[1] for m in members) or 7, sum(m[2] for m in members) or 70]
        totals = [totals[0] + sums[0], totals[1] + sums[1]]
        roman = ("I", "II", "III")[number]
        lines.append(f"| {roman} | {name} | {format_count(sums[0])} | {format_count(sums[1])} |")
        lines += [
            f"| {at} | {member} | {format_count(cbcc)} | {format_count(vc)} |"
            for at, (member, cbcc, vc) in enumerate(members, start=1)
        ]
    lines.append(f"| | Tổng cộng | {format_count(totals[0])} | {format_count(totals[1])} |")
    return "\n".join([*lines, ""])


@SETTINGS
@given(_groups(), st.randoms(use_true_random=False))
def test_bodies_reordered_within_their_group_read_the_same(
    groups: list[tuple[str, list[tuple[str, int, int]]]], random: object
) -> None:
    reference = _reading(_grouped_table(groups))
    bodies = sum(len(members) for _, members in groups)
    assert len(reference[0]) == 2 * (bodies + len(groups) + 1)  # every figure was read
    # each category's total is made of the groups alone, never of their bodies too
    of_totals = {part for unit, part in reference[1] if unit in ("cbcc", "vc")}
    of_groups = {part for unit, part in reference[1] if unit not in ("cbcc", "vc")}
    assert len(of_totals) == 2 * len(groups)
    assert not of_totals & of_groups
    shuffled = [(name, list(members)) for name, members in groups]
    for _, members in shuffled:
        random.shuffle(members)  # type: ignore[attr-defined]
    assert _reading(_grouped_table(shuffled)) == reference


# Rows whose names the lexicon does not know as bodies: a sector under a name column saying
# its rows are sectors, a body named by a number ("Bệnh viện 71 Trung ương").
SECTORS = (
    "Nông nghiệp và phát triển nông thôn",
    "Khoa học và công nghệ",
    "Y tế",
    "Bệnh viện 71 Trung ương",
    "Trung tâm Y tế 2 Quân khu",
)


@st.composite
def _sector_rows(draw: st.DrawFn) -> list[tuple[str, int, int]]:
    names = draw(st.lists(st.sampled_from(SECTORS), min_size=2, max_size=5, unique=True))
    return [(name, draw(st.integers(100, 9_999)), draw(st.integers(100, 9_999))) for name in names]


def _sector_table(rows: list[tuple[str, int, int]]) -> str:
    lines = [
        "Thông báo số người làm việc năm 2025",
        "",
        "| Lĩnh vực sự nghiệp | Năm 2024 | Năm 2025 |",
        "|---|---|---|",
    ]
    lines += [f"| {name} | {format_count(a)} | {format_count(b)} |" for name, a, b in rows]
    sums = [sum(row[1] for row in rows), sum(row[2] for row in rows)]
    lines.append(f"| Tổng cộng | {format_count(sums[0])} | {format_count(sums[1])} |")
    return "\n".join([*lines, ""])


@SETTINGS
@given(_sector_rows(), st.randoms(use_true_random=False))
def test_sector_and_numbered_rows_reordered_read_the_same(
    rows: list[tuple[str, int, int]], random: object
) -> None:
    """Every row read, each a part of the total, whatever their order; no number of a name is
    ever a figure."""
    reference = _reading(_sector_table(rows))
    assert len(reference[0]) == 2 * (len(rows) + 1)
    assert len({part for unit, part in reference[1] if unit == "tong"}) == len(rows)
    assert not {value for _, _, value in reference[0]} & {71, 2}
    shuffled = list(rows)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assert _reading(_sector_table(shuffled)) == reference
