"""`python -m tests.corpus [--root DIR] [--details] [--json FILE] [SLUG…]`: score the reader.

Prints one row per document type and one for all (the README quotes it), then, with
`--details`, every misread, unread line, missed slip and false alarm per document.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from tests.corpus.runner import Document, Score, details, documents, run_lotrinh, score, table


def _one(doc: Document, fresh_process: bool = False) -> Score:
    extracted, checked, code, problem = run_lotrinh(doc.path, fresh_process=fresh_process)
    return score(doc, extracted, checked, code, problem)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.corpus")
    parser.add_argument("slugs", nargs="*", help="only documents whose folder contains this")
    parser.add_argument(
        "--root",
        type=Path,
        default=Path(__file__).parent,
        help="corpus folder (default tests/corpus; tests/heldout for the held-out set)",
    )
    parser.add_argument("--details", action="store_true", help="per-document problems")
    parser.add_argument("--json", metavar="FILE", help="write every score as JSON")
    parser.add_argument(
        "--processes", action="store_true", help="run `python -m lotrinh` per document (slower)"
    )
    args = parser.parse_args()
    docs = documents(args.root)
    docs = [d for d in docs if not args.slugs or any(s in d.slug for s in args.slugs)]
    started = time.perf_counter()
    if args.processes:
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            scores = list(pool.map(lambda d: _one(d, fresh_process=True), docs))
    else:
        scores = [_one(doc) for doc in docs]
    elapsed = time.perf_counter() - started
    if args.details:
        for s in scores:
            text = details(s)
            if "\n" in text:
                print(text)
        print()
    when = datetime.now(UTC).strftime("%Y-%m-%d")
    print(
        f"Corpus: {len(docs)} documents, measured {when} on {platform.node() or 'this machine'}"
        f" ({os.cpu_count()} cores, {elapsed:.1f} s)"
    )
    print(table(scores))
    if args.json:
        rows = [dataclasses.asdict(s) for s in scores]
        Path(args.json).write_text(json.dumps(rows, ensure_ascii=False, indent=1), "utf-8")


if __name__ == "__main__":
    main()
