"""`python -m tests.generated [--n N] [--seed S] [--details] [--show SEED]`: generate N
documents from seeds S, S+1, ... and print how the reader did on them (the corpus's table),
then each document with a misread, a false alarm or a false all-clear."""

from __future__ import annotations

import argparse
import time
from collections import Counter

from tests.corpus.runner import details, table
from tests.generated import measure


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.generated")
    parser.add_argument("--n", type=int, default=200, help="how many documents")
    parser.add_argument("--seed", type=int, default=0, help="the first seed")
    parser.add_argument("--details", action="store_true", help="every failing document")
    parser.add_argument("--show", type=int, metavar="SEED", help="print one document and truth")
    args = parser.parse_args()
    if args.show is not None:
        import yaml

        doc, scored = measure(args.show)
        for number, line in enumerate(doc.text.splitlines(), 1):
            print(f"{number:>3} {line}")
        print(yaml.safe_dump(doc.truth, allow_unicode=True, sort_keys=False))
        print(details(scored))
        return
    started = time.perf_counter()
    scores = []
    failing: Counter[str] = Counter()
    for seed in range(args.seed, args.seed + args.n):
        doc, s = measure(seed)
        scores.append(s)
        if s.misread or s.false_alarms or s.false_all_clear:
            for name in set(doc.confusers) or {"none"}:
                failing[name] += 1
            if args.details:
                print(details(s))
    elapsed = time.perf_counter() - started
    print(f"{args.n} generated documents from seed {args.seed} ({elapsed:.1f} s)")
    print(table(scores))
    bad = sum(1 for s in scores if s.misread or s.false_alarms or s.false_all_clear)
    print(f"documents with a misread, false alarm or false all-clear: {bad}")
    if failing:
        print("confusers in them: " + ", ".join(f"{k} {n}" for k, n in failing.most_common()))


if __name__ == "__main__":
    main()
