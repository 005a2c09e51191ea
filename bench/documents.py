"""Measure reading documents to text: .docx and PDF grow linearly, a ZIP bomb costs nothing.

    python bench/documents.py            # .docx of 1.000 → 128.000 paragraphs, PDF 1 → 32 pages
    python bench/documents.py --quick    # .docx to 16.000 paragraphs, PDF to 8 pages

(a) `read_document` on a .docx of N short paragraphs (one table per 100), N doubling: the time
    ratio per doubling must stay ≤ 2,2 (issue 15: linear), taken over the whole range (the
    geometric mean of the steps: one step's ratio on a shared machine is mostly noise, and
    each is printed too);
(b) the same on a PDF of N pages printed from the same kind of text, a table on each page;
(c) a .docx whose document.xml inflates to 1 GiB, directory honest and lying: time and peak
    traced memory of the refusal.

Each time is the best of five runs in this process (reading is deterministic; the best run is
the one least disturbed by the other work on a shared machine).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lotrinh.extract.reader import read_document  # noqa: E402
from lotrinh.loading.errors import LoadError  # noqa: E402
from tests.render_documents import docx_bytes, pdf_bytes  # noqa: E402

LIMIT = 2.2
"""Issue 15: the time ratio per doubling of the input."""


def plan_text(paragraphs: int, table_every: int = 100) -> str:
    """`paragraphs` lines of a plan: sentences, and every `table_every`-th line a small table
    (so that the input is alike at every size: for a PDF, a table on every page)."""
    lines: list[str] = []
    for n in range(paragraphs):
        if n % table_every == table_every - 1:
            lines += ["| Đơn vị | Năm 2021 | Năm 2026 |", "|---|---|---|"]
            lines += [f"| Phòng {n}.{k} | {100 + k} | {95 + k} |" for k in range(3)]
        else:
            lines.append(f"- Đơn vị số {n} năm 2026 là {n % 977 + 20} biên chế, giảm 2 biên chế.")
    return "\n".join(lines)


def best_of(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def doubling(label: str, sizes: list[int], make: Callable[[int], bytes], suffix: str) -> bool:
    print(f"\n{label}")
    print(f"{'size':>9} {'bytes':>11} {'seconds':>9} {'ratio':>6}")
    times: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            path = Path(folder) / f"doc{suffix}"
            path.write_bytes(make(size))
            seconds = best_of(5, lambda p=path: read_document(p, max_bytes=10**9))
            ratio = f"{seconds / times[-1]:.2f}" if times else ""
            print(f"{size:>9} {path.stat().st_size:>11} {seconds:>9.3f} {ratio:>6}", flush=True)
            times.append(seconds)
    per_doubling = (times[-1] / times[0]) ** (1 / (len(times) - 1))
    print(f"per doubling over {sizes[0]} → {sizes[-1]}: {per_doubling:.2f}")
    return per_doubling <= LIMIT


def bombs() -> None:
    from tests.test_documents_formats import _zeros_deflated, _zip

    print("\n.docx inflating to 1 GiB (default --max-bytes)")
    stream = _zeros_deflated(1024)
    with tempfile.TemporaryDirectory() as folder:
        for label, declared in (("honest", 1 << 30), ("lying", 1000)):
            path = Path(folder) / "bomb.docx"
            path.write_bytes(_zip("word/document.xml", stream, declared=declared))
            tracemalloc.start()
            started = time.perf_counter()
            try:
                read_document(path)
            except LoadError as exc:
                outcome = exc.problems[0].message_en
            else:
                outcome = "READ (not refused!)"
            seconds = time.perf_counter() - started
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(f"  {label:7} {seconds:.3f} s, peak {peak / 2**20:.1f} MiB: {outcome}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes only")
    quick = parser.parse_args().quick
    paragraphs = [1000 * 2**k for k in range(5 if quick else 8)]
    pages = [2**k for k in range(4 if quick else 6)]
    docx_ok = doubling(".docx paragraphs", paragraphs, lambda n: docx_bytes(plan_text(n)), ".docx")
    # About 30 lines and a table fill an A4 page of this text.
    pdf_ok = doubling("PDF pages", pages, lambda n: pdf_bytes(plan_text(30 * n, 30)), ".pdf")
    bombs()
    print(f"\nlinear (ratio ≤ {LIMIT} per doubling): .docx {docx_ok}, PDF {pdf_ok}")
    return 0 if docx_ok and pdf_ok else 1


if __name__ == "__main__":
    sys.exit(main())
