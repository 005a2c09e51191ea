"""Measure reading documents to text: .docx and PDF grow linearly, a ZIP bomb costs nothing.

    python bench/documents.py            # .docx of 1.000 → 128.000 paragraphs, PDF 1 → 32 pages
    python bench/documents.py --quick    # .docx to 16.000 paragraphs, PDF to 8 pages

(a) `read_document` on a .docx of N short paragraphs (one table per 100), N doubling: the time
    ratio per doubling must stay ≤ 2,2 (issue 15: linear), taken over the whole range (the
    geometric mean of the steps: one step's ratio on a shared machine is mostly noise, and
    each is printed too);
    then the same read and extracted (`extract_plan` on its text: what `lotrinh extract` does);
(b) the same on a PDF of N pages printed from the same kind of text, a table on each page;
(c) a .docx whose document.xml inflates to 1 GiB, directory honest and lying: time and peak
    traced memory of the refusal;
(d) hostile PDFs of a few kilobytes at the default --max-bytes (extract/pdflimits.py), each
    read by a fresh process: its time, its peak memory (max RSS) and what it said. The form
    drawn over and over and the million characters are the limits' worst cases: the most work
    a file within the default limits can ask for before it is refused.

Each time is the best of five runs in this process (reading is deterministic; the best run is
the one least disturbed by the other work on a shared machine).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lotrinh.extract import extract_plan  # noqa: E402
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


def read_and_extract(path: Path, max_bytes: int) -> object:
    """What `lotrinh extract` does with the file: its text, then the reader on it."""
    with contextlib.suppress(LoadError):  # a text the reader declines is still read
        return extract_plan(read_document(path, max_bytes=max_bytes), str(path))
    return None


def doubling(
    label: str,
    sizes: list[int],
    make: Callable[[int], bytes],
    suffix: str,
    action: Callable[[Path, int], object] = read_document,
    runs: int = 5,
) -> bool:
    print(f"\n{label}")
    print(f"{'size':>9} {'bytes':>11} {'seconds':>9} {'ratio':>6}")
    times: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            path = Path(folder) / f"doc{suffix}"
            path.write_bytes(make(size))
            seconds = best_of(runs, lambda p=path: action(p, 10**9))
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


PDF_READER = """
import sys
from pathlib import Path
from lotrinh.extract.reader import read_document
from lotrinh.loading.errors import LoadError
try:
    read_document(Path(sys.argv[1]))
except LoadError as exc:
    said = exc.problems[0].message_en
else:
    said = "READ (not refused!)"
status = Path("/proc/self/status")
peak = [line.split()[1] for line in status.read_text().splitlines() if line.startswith("VmHWM")]
print(int(peak[0]) // 1024 if peak else "?", said)
"""
"""Reads the PDF and prints its peak memory in MiB (VmHWM: the peak of this program alone; a
child's max RSS from wait4 would include the bench's own, which the child starts as a copy
of), then what was said."""


def pdf_bombs() -> None:
    from tests.hostile_pdf import deflated, document, plain, spaces_deflated, text_page

    cases = {
        "200 MB content deflated twice": document(
            [spaces_deflated(200 << 20, prefix=text_page(b"A"), times=2)]
        ),
        "300 MB cross-reference stream": document(
            [plain(text_page(b"A"))], xref_stream=spaces_deflated(300 << 20)
        ),
        "2 KiB form drawn 20.000 times": document(
            [deflated(b"/X Do\n" * 20_000)], form=deflated(b"q Q\n" * 512)
        ),
        "60.000 characters on a page": document([deflated(text_page(b"x" * 60_000))]),
        "40 pages of 40.000 characters": document(
            [deflated(text_page(b"x" * 40_000)) for _ in range(40)]
        ),
    }
    print("\nhostile PDFs (default --max-bytes), each read by a fresh process")
    with tempfile.TemporaryDirectory() as folder:
        for label, data in cases.items():
            path = Path(folder) / "bomb.pdf"
            path.write_bytes(data)
            started = time.perf_counter()
            child = subprocess.Popen(
                [sys.executable, "-c", PDF_READER, str(path)],
                stdout=subprocess.PIPE,
                env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
            )
            peak, _, said = child.communicate()[0].decode().strip().partition(" ")
            seconds = time.perf_counter() - started
            print(f"  {label:31} {len(data):>7} B {seconds:7.2f} s, {peak:>5} MiB: {said}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes only")
    quick = parser.parse_args().quick
    paragraphs = [1000 * 2**k for k in range(5 if quick else 8)]
    pages = [2**k for k in range(4 if quick else 6)]
    docx_ok = doubling(".docx paragraphs", paragraphs, lambda n: docx_bytes(plan_text(n)), ".docx")
    extract_ok = doubling(
        ".docx paragraphs, read and extracted (lotrinh extract)",
        paragraphs,
        lambda n: docx_bytes(plan_text(n)),
        ".docx",
        read_and_extract,
        runs=2,
    )
    # About 30 lines and a table fill an A4 page of this text.
    pdf_ok = doubling("PDF pages", pages, lambda n: pdf_bytes(plan_text(30 * n, 30)), ".pdf")
    bombs()
    pdf_bombs()
    print(
        f"\nlinear (ratio ≤ {LIMIT} per doubling): .docx {docx_ok}, .docx extracted "
        f"{extract_ok}, PDF {pdf_ok}"
    )
    return 0 if docx_ok and extract_ok and pdf_ok else 1


if __name__ == "__main__":
    sys.exit(main())
