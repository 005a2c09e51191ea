"""`python -m tests.corpus.unread ROOT… [--skip NAME…] [--jsonl FILE]`: every unread line of
the sets named, grouped by the reason of its LT401 finding and by its form.

A line counts once per set, base document (a planted-slip variant `slug--…` is its base's)
and line number. Its reason is the first note of its first sentence not understood (or
"kept outside, reference or no finding" where the reader gave none); its form is the first
shape of `FORMS` that fits its text. The forms only group the lines for a reader of this
list: nothing here takes part in reading or scoring.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.corpus.runner import documents, run_lotrinh, score

Record = dict[str, Any]

_MERGED = r"\(cũ\)|hợp nhất|sau sắp xếp|trước sắp xếp|sáp nhập|hai tỉnh|ba tỉnh|phường cũ"
_BESIDE = r"hiện có|có mặt|dôi dư|không chuyên trách|hợp đồng|nghỉ|thiếu"

FORMS: list[tuple[str, Callable[[Record, str], object]]] = [
    ("headline (line 1 of a news report)", lambda r, t: r["line"] == 1 and "tin" in r["slug"]),
    ("table rows", lambda r, t: t.lstrip().startswith("|")),
    ("a line in parentheses only", lambda r, t: re.match(r"^\s*\(.*\)\s*[.;]?$", t)),
    (
        "interview answers (label: …)",
        lambda r, t: re.match(r"^(Ông|Bà|Giám đốc|Chủ tịch|Phó)[^:]{0,40}:", t),
    ),
    (
        "fronted comparisons (So với năm Y …)",
        lambda r, t: re.search(r"(^|[.:)]\s*|^\S+\.\s*)So với", t),
    ),
    ("former provinces, merged bodies", lambda r, t: re.search(_MERGED, t, re.IGNORECASE)),
    ("bodies sharing one amount (mỗi …)", lambda r, t: re.search(r"\bmỗi\b|bình quân", t)),
    (
        "subset of a figure (teachers, doctors, trades)",
        lambda r, t: re.search(r"giáo viên|bác sĩ|giáo dục|y tế", t),
    ),
    ("own-revenue posts", lambda r, t: re.search(r"nguồn thu sự nghiệp", t)),
    ("people beside posts (in post, surplus, contracts)", lambda r, t: re.search(_BESIDE, t)),
    (
        "posts added or moved",
        lambda r, t: re.search(r"bổ sung|tăng thêm|chuyển|điều chỉnh|thu hồi", t),
    ),
    ("a decision's article (Điều N. …)", lambda r, t: re.search(r"Điều \d", t)),
    (
        "year chains and yearly items",
        lambda r, t: (
            len(re.findall(r"năm 20\d\d", t, re.IGNORECASE)) >= 3
            or re.match(r"^\W*Năm 20\d\d\s*[:,]", t)
        ),
    ),
    (
        "list items and numbered points",
        lambda r, t: re.match(r"^\s*([-+•*]|[a-zđ]\)|\d+\.)\s", t),
    ),
]


def form_of(record: Record) -> str:
    for name, fits in FORMS:
        if fits(record, record["text"]):
            return name
    return "other one-off sentences"


def reason_of(record: Record) -> str:
    if not record["notes"]:
        return "kept outside, reference or no finding"
    note = record["notes"][0]
    text = note.get("en", "") if isinstance(note, dict) else str(note)
    return re.sub(r":.*", "", text)[:80]


def unread(root: Path) -> list[Record]:
    """Every unread line of one set, once per base document and line."""
    found: dict[tuple[str, int], Record] = {}
    for doc in documents(root):
        extracted, checked, code, problem = run_lotrinh(doc.path)
        result = score(doc, extracted, checked, code, problem)
        try:
            lines = doc.path.read_text("utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            lines = []
        notes: dict[int, list[Any]] = defaultdict(list)
        for sentence in (extracted or {}).get("coverage", {}).get("sentences", []):
            if sentence["status"] in ("partial", "not-understood"):
                notes[int(sentence["line"])] += (sentence.get("notes") or [""])[:1]
        for entry in result.not_correct:
            match = re.match(r"(\d+): \[([^\]]*)\]", entry)
            if not match:
                continue
            line = int(match.group(1))
            key = (doc.slug.split("--")[0], line)
            text = lines[line - 1] if 0 < line <= len(lines) else ""
            found.setdefault(
                key,
                {
                    "set": root.name,
                    "slug": key[0],
                    "line": line,
                    "status": match.group(2),
                    "what": entry,
                    "notes": notes.get(line, []),
                    "text": text,
                },
            )
    return list(found.values())


def table(records: list[Record], group: Callable[[Record], str]) -> str:
    counts = Counter(group(r) for r in records)
    docs: dict[str, set[tuple[str, str]]] = defaultdict(set)
    sets: dict[str, set[str]] = defaultdict(set)
    for r in records:
        docs[group(r)].add((r["set"], r["slug"]))
        sets[group(r)].add(r["set"])
    rows = ["| group | lines | docs | sets |", "|---|---|---|---|"]
    rows += [f"| {k} | {n} | {len(docs[k])} | {len(sets[k])} |" for k, n in counts.most_common()]
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.corpus.unread")
    parser.add_argument("roots", nargs="+", type=Path)
    parser.add_argument("--skip", nargs="*", default=[], help="set folder names to leave out")
    parser.add_argument("--jsonl", help="write every unread line as one JSON object a line")
    args = parser.parse_args()
    records = [r for root in args.roots if root.name not in args.skip for r in unread(root)]
    if args.jsonl:
        with Path(args.jsonl).open("w", encoding="utf-8") as out:
            for r in records:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(records)} unread lines\n\nBy reason:\n{table(records, reason_of)}")
    print(f"\nBy form:\n{table(records, form_of)}")


if __name__ == "__main__":
    main()
