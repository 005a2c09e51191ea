"""Every bad input of issue 2 §4, through the real command line and with both YAML parsers:
exit code 2, a Vietnamese message at the exact line and column, never a traceback.

The cases are data (sqlfluff-style): a name, the file's text, where the first problem is and
what its message says. Each runs once with PyYAML's pure parser and once with libyaml.
"""

from __future__ import annotations

import os
import time
import tracemalloc
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import assert_refused, run_cli

# A valid plan to build bad ones from; lines 1-9.
BASE = """\
lotrinh: 1
units:
  - id: tong
    name: Tổng
    parts: [cbcc, vc]
  - id: cbcc
    name: CBCC
  - id: vc
    name: VC
"""


def claim(body: str) -> str:
    """BASE plus one claim: `unit` on line 11, `year` on 12, `quote` on 13, `body` from 14."""
    return BASE + "claims:\n  - unit: tong\n    year: 2024\n    quote: q\n" + body


def figure(value: str) -> str:
    """BASE with one figure for `vc`; the value starts at line 11, column 13."""
    return BASE + "    figures:\n      2023: " + value + "\n"


def laughs(levels: int) -> str:
    """A 'billion laughs' alias bomb: nine times more at every level."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels):
        refs = ", ".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    return "\n".join(lines) + "\n"


def quote_aliased(times: int) -> str:
    """A 100.000-character title aliased as every unit's name: few nodes, much text. Text
    built from aliases may reach 1.000.000 characters plus 16 times the text written so far,
    so the 27th alias passes it: 27 × 100.000 > 1.000.000 + 16 × (100.000 + 20 + 10 × 26)
    (20 characters of keys before the units, 10 per unit: "id", "u<n>", "name")."""
    units = "".join(f"  - {{id: u{i}, name: *q}}\n" for i in range(times))
    return "lotrinh: 1\nplan:\n  title: &q " + "a" * 100_000 + "\nunits:\n" + units


HA_NOI = "Hà Nội"
HA_NOI_NFD = unicodedata.normalize("NFD", HA_NOI)


@dataclass(frozen=True)
class Case:
    """A bad file and where its first problem must be reported."""

    name: str
    text: str
    line: int
    column: int
    message: str


CASES = [
    # Not a plan at all.
    Case("not-yaml", "a: [b\n", 2, 1, "lỗi cú pháp YAML: danh sách [...] chưa được đóng"),
    Case("unclosed-mapping", "a: {b\n", 2, 1, "ánh xạ {...} chưa được đóng"),
    Case(
        "colon-in-value",
        "lotrinh: 1\nplan:\n  title: Kế hoạch: 2024\n",
        3,
        18,
        "dấu ':' không được phép ở đây",
    ),
    Case("bad-indent", "lotrinh: 1\nplan:\n  title: a\n issuer: b\n", 4, 2, "thụt lề không khớp"),
    Case("unclosed-quote", 'lotrinh: 1\nplan:\n  title: "a\n', 4, 1, "thiếu dấu ngoặc đóng"),
    Case(
        "at-sign", "lotrinh: 1\nplan:\n  title: @tinhuy\n", 3, 10, "hãy đặt giá trị trong ngoặc kép"
    ),
    Case("empty-anchor", "lotrinh: &\n", 1, 11, "sau '&' hoặc '*' phải có tên"),
    Case("empty", "", 1, 1, "tệp rỗng"),
    Case("only-comments", "# chỉ có chú thích\n\n", 1, 1, "tệp rỗng"),
    Case("top-level-list", "- lotrinh: 1\n- units: []\n", 1, 1, "không phải danh sách"),
    Case("top-level-scalar", "28.960\n", 1, 1, "không phải một giá trị đơn"),
    Case("two-documents", "lotrinh: 1\n---\nlotrinh: 1\n", 2, 1, "nhiều tài liệu YAML"),
    # Characters the two parsers disagree about.
    Case("tab-indent", "lotrinh: 1\nunits:\n\t- id: a\n", 3, 1, "ký tự tab"),
    Case("tab-after-colon", "lotrinh:\t1\n", 1, 9, "ký tự tab"),
    Case("tab-in-quote", BASE.replace("name: VC", 'name: "V\tC"'), 9, 13, "ký tự tab"),
    Case("control-character", "lotrinh: 1\nplan:\n  title: a\x07b\n", 3, 11, "U+0007"),
    # Structures built to exhaust the loader.
    Case("alias-bomb", laughs(9), 5, 10, "billion laughs"),
    Case("alias-of-a-long-quote", quote_aliased(300), 31, 21, "1.000.000 ký tự"),
    Case("alias-to-itself", "lotrinh: &x [*x]\n", 1, 14, "tự tham chiếu"),
    Case("undefined-alias", "lotrinh: *x\n", 1, 10, "chưa được định nghĩa"),
    Case("deep-flow", "a: " + "[" * 10_000 + "]" * 10_000 + "\n", 1, 67, "lồng quá sâu"),
    Case("deep-flow-1001", "a: " + "[" * 1001 + "]" * 1001 + "\n", 1, 67, "lồng quá sâu"),
    Case("deep-block", "".join(" " * i + "k:\n" for i in range(100)), 65, 65, "lồng quá sâu"),
    Case(
        "year-twice-in-figures",
        "lotrinh: 1\nunits:\n  - id: a\n    name: A\n    figures:\n      2023: 10\n"
        '      " 2023": 12\n',
        6,
        7,
        "năm 2023 được ghi hai lần",
    ),
    Case(
        "year-twice-in-years",
        'lotrinh: 1\nyears: {2023: actual, "2023 ": target}\nunits: [{id: a, name: A}]\n',
        2,
        8,
        "năm 2023 được ghi hai lần",
    ),
    Case("explicit-tag", figure("!!float 28.960"), 11, 13, "thẻ YAML '!!float'"),
    Case("python-tag", "lotrinh: !!python/object:os.system 1\n", 1, 10, "!!python/object"),
    # Duplicate keys at any depth, Unicode normalisation included.
    Case("dup-top", "lotrinh: 1\nlotrinh: 1\n", 2, 1, "khóa 'lotrinh' bị lặp (đã có ở dòng 1)"),
    Case("dup-unit-key", BASE.replace("name: VC", "name: VC\n    name: V"), 10, 5, "'name' bị lặp"),
    Case("dup-year", figure("1\n      2023: 2"), 12, 7, "khóa '2023' bị lặp"),
    Case(
        "dup-flow",
        claim("    changes:\n      - {base_year: 2023, base_year: 2022}\n"),
        15,
        27,
        "khóa 'base_year' bị lặp (đã có ở dòng 15)",
    ),
    Case(
        "dup-nfc-nfd",
        f"lotrinh: 1\nplan:\n  {HA_NOI}: 1\n  {HA_NOI_NFD}: 2\n",
        4,
        3,
        f"khóa '{HA_NOI}' bị lặp (đã có ở dòng 3)",
    ),
    # The unit tree.
    Case(
        "unknown-unit",
        claim("    value: 1\n").replace("unit: tong", "unit: tongg"),
        11,
        11,
        "không có đơn vị 'tongg' trong cây đơn vị (có phải 'tong'?)",
    ),
    Case("unknown-part", BASE.replace("[cbcc, vc]", "[cbcc, v]"), 5, 19, "không có đơn vị 'v'"),
    Case(
        "two-parents",
        BASE.replace("name: CBCC", "name: CBCC\n    parts: [vc]"),
        8,
        13,
        "đơn vị 'vc' đã là thành phần của 'tong'",
    ),
    Case(
        "cycle",
        BASE.replace("name: CBCC", "name: CBCC\n    parts: [tong]"),
        5,
        12,
        "cây đơn vị có vòng lặp: tong → cbcc → tong",
    ),
    Case(
        "part-of-itself",
        BASE.replace("[cbcc, vc]", "[cbcc, vc, tong]"),
        5,
        23,
        "không thể là thành phần của chính nó",
    ),
    Case(
        "unknown-whole",
        BASE.replace("name: VC", "name: VC\n    subset_of: vx"),
        10,
        16,
        "không có đơn vị 'vx' trong cây đơn vị",
    ),
    Case(
        "subset-of-itself",
        BASE.replace("name: VC", "name: VC\n    subset_of: vc"),
        10,
        16,
        "đơn vị 'vc' không thể là tập con của chính nó",
    ),
    # Years.
    Case("year-too-late", figure("1").replace("2023:", "2200:"), 11, 7, "năm 2200 nằm ngoài"),
    Case(
        "claim-year-too-early",
        claim("    value: 1\n").replace("2024", "1980"),
        12,
        11,
        "năm 1980 nằm ngoài khoảng 1990–2100",
    ),
    Case(
        "year-not-four-digits",
        claim("    value: 1\n").replace("2024", "24"),
        12,
        11,
        "'24' không phải một năm",
    ),
    # YAML 1.1 typing must not apply: yes/no/on/012 stay the text written.
    Case("yes-count", figure("yes"), 11, 13, "'yes' không phải số biên chế"),
    Case(
        "no-category",
        BASE.replace("name: VC", "name: VC\n    category: no"),
        10,
        15,
        "giá trị 'no' không hợp lệ",
    ),
    Case(
        "unknown-role",
        BASE.replace("name: VC", "name: VC\n    role: dự phòng"),
        10,
        11,
        "giá trị 'dự phòng' không hợp lệ; chọn một trong: 'reserve'",
    ),
    Case("on-key", BASE + "on: 1\n", 10, 1, "khóa 'on' không được phép ở đây"),
    Case("leading-zero-count", figure("012"), 11, 13, "'012' bắt đầu bằng số 0"),
    Case("yes-version", BASE.replace("lotrinh: 1", "lotrinh: yes"), 1, 10, "phiên bản"),
    # Counts are whole posts; what could be a fraction is refused with a hint.
    Case("float-count", figure("28.0"), 11, 13, "'28.0' không phải số nguyên"),
    Case("decimal-comma", figure('"28,96"'), 11, 13, "dấu phẩy là dấu thập phân"),
    Case("one-and-a-half", figure("1.5"), 11, 13, "đúng 3 chữ số (ví dụ 28.960)"),
    Case("two-decimals", figure("28.96"), 11, 13, "'28.96' không phải số nguyên"),
    Case("mixed-separators", figure('"28.960 000"'), 11, 13, "không phải số biên chế"),
    Case("negative", figure("-5"), 11, 13, "là số âm"),
    Case("missing-value", figure(""), 11, 12, "thiếu giá trị"),
    Case("figure-mapping-fraction", figure("{value: 1.5}"), 11, 21, "'1.5' không phải số"),
    Case(
        "rate-decimal-point",
        claim('    changes:\n      - {base_year: 2023, rate: "5.5%"}\n'),
        15,
        33,
        "dấu thập phân là dấu phẩy: 5,5%",
    ),
    # Keys.
    Case(
        "unknown-top-key",
        BASE + "claim: []\n",
        10,
        1,
        "khóa 'claim' không được phép ở đây (có phải 'claims'?)",
    ),
    Case(
        "unknown-unit-key",
        BASE.replace("name: VC", "name: VC\n    figurs: {}"),
        10,
        5,
        "khóa 'figurs' không được phép ở đây (có phải 'figures'?)",
    ),
    Case(
        "unknown-change-key",
        claim("    changes:\n      - {base_year: 2023, reduktion: 5}\n"),
        15,
        27,
        "khóa 'reduktion' không được phép ở đây (có phải 'reduction'?)",
    ),
    Case("missing-units", "lotrinh: 1\n", 1, 1, "thiếu khóa bắt buộc 'units'"),
    Case("units-not-list", "lotrinh: 1\nunits: {a: 1}\n", 2, 8, "cần một danh sách"),
    Case("bad-unit-id", BASE.replace("id: vc", "id: Vc"), 8, 9, "mã 'Vc' không hợp lệ"),
    Case(
        "target-over-100",
        BASE + "targets:\n  - {id: t, source: KL 40, category: VC, base_year: 2021, deadline: 2026,"
        ' min_reduction: "150%"}\n',
        11,
        90,
        "chỉ tiêu giảm '150%' lớn hơn 100%",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_file_is_refused_at_its_position(case: Case, loader: Any, tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(case.text, encoding="utf-8")
    assert_refused(run_cli("check", str(path)), path, case.line, case.column, case.message)


def test_syntax_error_keeps_the_parser_words_in_english(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("a: [b\n", encoding="utf-8")
    run = run_cli("check", "--lang", "en", str(path))
    assert run.exit_code == 2
    assert run.stderr.startswith(f"{path}:2:1: error: YAML syntax error: ")
    assert "',' or ']'" in run.stderr


def test_messages_in_english_on_request(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(figure("1.5"), encoding="utf-8")
    run = run_cli("check", "--lang", "en", str(path))
    assert run.exit_code == 2
    assert run.stderr.startswith(f"{path}:11:13: error: '1.5' is not a whole number")


def test_every_problem_is_reported_not_only_the_first(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(figure("1.5").replace("name: CBCC", "name: CBCC\n    category: cb"))
    lines = run_cli("check", str(path)).stderr.splitlines()
    assert [line.split(": lỗi: ")[0] for line in lines] == [f"{path}:8:15", f"{path}:12:13"]


# Encodings: bytes, not text.

WINDOWS_1258 = BASE.replace("name: Tổng", "name: Hà Nô\u0323i").encode("cp1258")


@pytest.mark.parametrize(
    ("name", "data", "line", "column", "message"),
    [
        ("windows-1258", WINDOWS_1258, 4, 12, "byte 0xE0 không hợp lệ trong UTF-8"),
        ("utf-16", BASE.encode("utf-16"), 1, 1, "UTF-16"),
        ("nul-byte", b"lotrinh: 1\n\x00", 2, 1, "byte NUL"),
    ],
)
def test_bad_bytes_are_refused(
    name: str, data: bytes, line: int, column: int, message: str, tmp_path: Path
) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_bytes(data)
    assert_refused(run_cli("check", str(path)), path, line, column, message)


def test_utf8_bom_is_accepted_and_does_not_shift_columns(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + BASE.encode())
    assert run_cli("check", str(path)).exit_code == 0
    path.write_bytes(b"\xef\xbb\xbf" + BASE.replace("lotrinh: 1", "lotrinh: 2").encode())
    assert_refused(run_cli("check", str(path)), path, 1, 10, "phiên bản")


# Size.


def test_tens_of_megabytes_are_refused_without_reading_them(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as stream:
        stream.truncate(40 * 1024 * 1024)  # sparse: costs no disk
    started = time.process_time()
    run = run_cli("check", str(path))
    # CPU time, not wall-clock (a loaded machine stretches the latter); reading 40 MB would
    # cost far more than this wide margin.
    assert time.process_time() - started < 2
    assert_refused(run, path, 1, 1, "tệp quá lớn (41.943.040 byte, giới hạn 4.194.304 byte)")


def test_max_bytes_option_sets_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(BASE, encoding="utf-8")
    size = path.stat().st_size
    assert run_cli("check", "--max-bytes", str(size), str(path)).exit_code == 0
    run = run_cli("check", "--max-bytes", str(size - 1), str(path))
    assert_refused(run, path, 1, 1, "dùng --max-bytes nếu")


def test_a_device_is_refused_before_it_is_read() -> None:
    zero = Path("/dev/zero")
    if not zero.exists():
        pytest.skip("no /dev/zero here")
    assert_refused(run_cli("check", str(zero)), zero, 1, 1, "không phải tệp thông thường")


def test_a_fifo_with_no_writer_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.yaml"
    os.mkfifo(fifo)
    assert_refused(run_cli("check", str(fifo)), fifo, 1, 1, "không phải tệp thông thường")


def test_a_limit_larger_than_any_read_is_not_an_internal_error(tmp_path: Path) -> None:
    plan = tmp_path / "ok.yaml"
    plan.write_text("lotrinh: 1\nunits:\n  - {id: a, name: A, figures: {2024: 10}}\n", "utf-8")
    run = run_cli("check", "--max-bytes", str(10**30), str(plan))
    assert (run.exit_code, run.stderr) == (0, "")


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.yaml"
    assert_refused(run_cli("check", str(path)), path, 1, 1, "không đọc được tệp")


# Cost: an alias bomb and deep nesting must fail fast and small, whichever parser.


@pytest.mark.parametrize(
    "text",
    [laughs(30), "a: " + "[" * 100_000 + "]" * 100_000, "a: " + "{a: " * 50_000],
    ids=["laughs-30-levels", "flow-100000-deep", "unclosed-50000-deep"],
)
def test_hostile_structure_fails_fast_and_small(text: str, loader: Any) -> None:
    from lotrinh.loading import LoadError, load_text

    tracemalloc.start()
    started = time.process_time()
    with pytest.raises(LoadError):
        load_text(text, "bomb.yaml", loader=loader)
    cpu = time.process_time() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # CPU time, never wall-clock: a busy 2-core machine stretched the latter past any bound.
    # Under tracemalloc these take about 1 s of CPU; an expansion that is not refused early
    # (quadratic, or exponential for the alias bomb) costs orders of magnitude more.
    assert cpu < 10, cpu
    assert peak < 50 * 1024 * 1024, peak
