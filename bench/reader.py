"""Measure the document reader's time as its input doubles: it must grow linearly.

    python bench/reader.py            # 1.000 → 16.000 sentences, 1.000 → 64.000 repeats
    python bench/reader.py --quick    # a quarter of that

Each case is read (`extract_plan`, in this process) at sizes n, 2n, 4n, ...; the table gives
the time (best of three) and its ratio to the previous size. A linear reader shows ratios
near 2; a pattern that backtracks shows 4 or more. The verdict per case is the geometric mean
of the ratios over the whole range (one step on a shared machine is mostly noise), against
issue 15's 2,2. Cases:
- plan: a plan document of n sentences (years, totals, items, comparisons, a table);
- blocks: one total and n distinct blocks under it ("- Sở số 17 là 5 biên chế.");
- digits, dots, spaces, nbsp: one line of a run of digits with dots, spaces or no-break
  spaces between them ("1.1.1.1 ...", "1 1 1 ...");
- du-kien: "dự kiến " repeated, then a figure;
- tp: "TP. A " repeated (an abbreviation the sentence splitter must not stumble on);
- parens: "(" repeated, then a figure;
- roll: "Sở A 1, " repeated on one list item, ending with a name and no count (not a roll:
  it once backtracked exponentially); roll-read: n bodies each with a count, read whole;
- commas: " ," repeated inside the subject;
- leavers: "tinh giản 1 cán bộ, " repeated, a list of leavers that never closes; in-post:
  "(số hiện có: 1 người) " repeated;
- chain: a year chain of n links, each two bare figures for the categories named first ("năm
  2023 là 2 và 3", spelled out link by link); respectively: "các năm 2022, 2022, ..." then as
  many figures "lần lượt" (years not rising: spelled out, then declined).
Tests never assert time (machines differ); this prints it.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from lotrinh.extract import ExtractError, extract_plan  # noqa: E402  (path set above)


def _plan(sentences: int) -> str:
    lines: list[str] = []
    year = 2000
    while len(lines) < sentences:
        year += 1
        lines += [
            f"{len(lines) % 9 + 1}. Năm {year}",
            f"Tổng biên chế là {20_000 - year} biên chế, giảm 10 biên chế so với năm {year - 1}."
            " Trong đó:",
            f"- Khối Đảng là {1_000 - year % 100} biên chế (bao gồm 800 cán bộ, công chức, "
            f"{200 - year % 100} viên chức).",
            f"- Sở Nội vụ {year} là 50 biên chế, giữ nguyên so với năm {year - 1}.",
            "| Đơn vị | Số biên chế |",
            "|---|---|",
            f"| Thanh tra {year} | 40 |",
            "Dự kiến tinh giản thêm khoảng 30 người.",
        ]
    return "\n".join(lines[:sentences])


def _letters(index: int) -> str:
    """a, b, ..., z, aa, ab, ...: names without digits (a roll's names hold none)."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(97 + rest) + name
    return name


CASES: dict[str, Callable[[int], str]] = {
    "plan": _plan,
    "digits": lambda n: "Tổng biên chế là " + "1." * n + "1 biên chế.",
    "spaces": lambda n: "Tổng biên chế là " + "1 " * n + "biên chế.",
    "nbsp": lambda n: "Tổng biên chế là " + "1\u00a0" * n + "biên chế.",
    "dots": lambda n: "Tổng biên chế là " + "." * n + "5 biên chế.",
    "du-kien": lambda n: "Năm 2024, tổng biên chế " + "dự kiến " * n + "là 5 biên chế.",
    "tp": lambda n: "Năm 2024, " + "TP. A " * n + "là 5 biên chế.",
    "parens": lambda n: "Năm 2024, tổng biên chế " + "(" * n + "là 5 biên chế.",
    # a roll of bodies each named before its count, then one name without a count
    "roll": lambda n: "Năm 2024:\n- " + "Sở A 1, " * n + "Sở B.",
    # a roll read whole: n bodies, n units, n claims
    "roll-read": lambda n: (
        "Năm 2024, các cơ quan được giao 1.520 chỉ tiêu, gồm:\n- "
        + "".join(f"Sở X{_letters(i)} 1, " for i in range(n))
        + "Sở B 1."
    ),
    # a list of leavers that never closes, and counts of people in post, again and again
    "leavers": lambda n: (
        "Năm 2024, tổng biên chế là 5 biên chế; " + "tinh giản 1 cán bộ, " * n + "x"
    ),
    "in-post": lambda n: "Năm 2024, tổng biên chế là 5 biên chế " + "(số hiện có: 1 người) " * n,
    # people holding no post again and again, each by its count (their clause was once read
    # from its start for each of them)
    "no-post": lambda n: "Năm 2024, tổng biên chế là 5 biên chế; " + "dôi dư 1 người, " * n,
    "commas": lambda n: "Năm 2024, tổng biên chế" + " ," * n + " là 5 biên chế.",
    "chain": lambda n: (
        "Năm 2021, tỉnh được giao 9 biên chế công chức và 8 người làm việc"
        + "; năm 2022 là 7 và 6" * n
        + "."
    ),
    "respectively": lambda n: (
        "Năm 2021, tỉnh được giao 9 biên chế công chức; các năm 2022"
        + ", 2022" * n
        + " lần lượt được giao 1"
        + ", 1" * n
        + " biên chế."
    ),
    "blocks": lambda n: (
        f"Năm 2024, tổng biên chế là {5 * n} biên chế, trong đó:\n"
        + "\n".join(f"- Sở số {i} là 5 biên chế." for i in range(n))
    ),
}
"""Case → document of size n (sentences for "plan", repetitions for the others)."""

LIMIT = 2.2
"""Issue 15: the time ratio per doubling of the input."""


def _time(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        with contextlib.suppress(ExtractError):  # a text of no figure is still read
            extract_plan(text, "bench.txt")
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(prog="python bench/reader.py")
    parser.add_argument("--quick", action="store_true", help="a quarter of the sizes")
    args = parser.parse_args()
    top = 4_000 if args.quick else 16_000
    print(f"{'case':<8} {'size':>7} {'seconds':>9} {'× previous':>11}")
    verdicts = []
    for name, make in CASES.items():
        size, times = 1_000, []
        while size <= (top if name == "plan" else top * 4):
            seconds = _time(make(size))
            ratio = f"{seconds / times[-1]:.2f}" if times else ""
            print(f"{name:<8} {size:>7} {seconds:>9.3f} {ratio:>11}", flush=True)
            times.append(seconds)
            size *= 2
        per_doubling = (times[-1] / times[0]) ** (1 / (len(times) - 1))
        verdict = "ok" if per_doubling <= LIMIT else "MISSED"
        verdicts.append(f"{name} {per_doubling:.2f} ({verdict})")
    print(f"per doubling (≤ {LIMIT}): " + "; ".join(verdicts))


if __name__ == "__main__":
    main()
