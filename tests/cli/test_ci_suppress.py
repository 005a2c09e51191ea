"""Inline suppression: which node a comment covers, the reason it needs, and unused ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lotrinh.core import check_plan
from lotrinh.core.suppress import apply, scan
from lotrinh.loading import load_text
from tests.conftest import LONG_AN, run_cli

LONG_AN_TEXT = LONG_AN.read_text(encoding="utf-8")
BEFORE = "    value: 24.992\n    changes:\n"
SELF_REFERENCE = "      - {reduction: 432, base_year: 2024}\n"
"""The Long An line whose claim compares 2024 with itself (LT203), after `BEFORE`."""


def codes_after(text: str) -> list[str]:
    from lotrinh.findings.kinds import KINDS

    result = apply(check_plan(load_text(text, "p.yaml")), scan(text))
    return sorted(KINDS[f.kind].code for f in result.findings)


BASE = codes_after(LONG_AN_TEXT)


def edited(old: str, new: str) -> str:
    assert LONG_AN_TEXT.count(old) == 1
    return LONG_AN_TEXT.replace(old, new)


def trailing(comment: str) -> str:
    """Long An with `comment` at the end of the self-referencing line."""
    return edited(BEFORE + SELF_REFERENCE, BEFORE + SELF_REFERENCE[:-1] + f"  {comment}\n")


def above(comment: str) -> str:
    """Long An with `comment` alone on the line above the self-referencing line."""
    return edited(BEFORE + SELF_REFERENCE, BEFORE + f"      {comment}\n" + SELF_REFERENCE)


def without(codes: list[str], *gone: str) -> list[str]:
    left = list(codes)
    for code in gone:
        left.remove(code)
    return left


def test_a_trailing_comment_suppresses_its_line() -> None:
    text = trailing("# lotrinh: ignore[LT203] đã ban hành")
    assert codes_after(text) == without(BASE, "LT203")


def test_a_comment_above_a_claim_covers_the_whole_claim() -> None:
    # LT103 lands on the claim's value (the 24.424 it blames), LT102 on one of its changes
    head = "  - id: cq-vc-2023\n"
    text = edited(head, "  # lotrinh: ignore[LT102, LT103] — văn bản đã ban hành\n" + head)
    assert codes_after(text) == without(BASE, "LT102", "LT103")


def test_names_work_as_codes() -> None:
    text = above("# lotrinh: ignore[claim-self-reference] lý do")
    assert codes_after(text) == without(BASE, "LT203")


def test_a_comment_covers_only_its_node() -> None:
    other = '      - {reduction: 1.338, base_year: 2021, rate: "5,08%"}\n'
    text = edited(other, "      # lotrinh: ignore[LT203] lý do\n" + other)
    assert codes_after(text) == sorted([*BASE, "LT502"])  # LT203 is on the line above


def test_a_missing_reason_is_a_finding_and_the_comment_still_applies() -> None:
    text = trailing("# lotrinh: ignore[LT203]")
    assert codes_after(text) == sorted([*without(BASE, "LT203"), "LT501"])


def test_an_unused_or_unknown_code_is_a_finding() -> None:
    text = trailing("# lotrinh: ignore[LT203, LT201] x")
    assert codes_after(text) == sorted([*without(BASE, "LT203"), "LT502"])
    text = trailing("# lotrinh: ignore[LT2O3] x")
    result = apply(check_plan(load_text(text, "p.yaml")), scan(text))
    unused = [f for f in result.findings if f.kind == "unused-suppression"]
    assert [(f.params, f.variant) for f in unused] == [({"codes": "LT2O3"}, "unknown")]


def test_scan_reads_codes_reason_and_the_node() -> None:
    text = "a:\n  # lotrinh: ignore[LT201,LT202]: vì sao\n  - x: 1\n    y: 2\n  - z: 3\n"
    (found,) = scan(text)
    assert (found.position.line, found.position.column) == (2, 3)
    assert (found.codes, found.reason) == (("LT201", "LT202"), "vì sao")
    assert (found.first, found.last) == (3, 4)


def test_a_hash_inside_a_word_is_not_a_comment() -> None:
    assert scan("quote: a#lotrinh: ignore[LT201] x\n") == ()


@pytest.fixture
def plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "p.yaml"
    path.write_text(
        trailing("# lotrinh: ignore[LT203] đã ban hành"),
        encoding="utf-8",
    )
    return path


def test_suppressed_findings_are_counted_and_listed_on_request(plan: Path) -> None:
    run = run_cli("check", "p.yaml", "--format", "text")
    assert "Bỏ qua 1 phát hiện (chú thích: 1, baseline: 0" in " ".join(run.stdout.split())
    assert "LT203" not in run.stdout.split("Phát hiện")[-1].split("Kết luận")[0]
    assert run.stderr == ""
    shown = run_cli("check", "p.yaml", "--format", "json", "--show-suppressed")
    line = shown.stderr.splitlines()[-1]
    assert line.startswith("p.yaml:159:9: LT203 ")
    assert line.endswith("[bỏ qua: đã ban hành]")
    summary = json.loads(shown.stdout)["files"][0]["summary"]
    assert summary["suppressed"] == {"comment": 1, "baseline": 0}


@pytest.mark.parametrize(
    "comment",
    ["# lotrinh: ignore[LT203] x", "#lotrinh:ignore[LT203] x", "#  lotrinh : ignore [LT203]"],
)
def test_every_comment_scan_reads_is_seen_by_the_quick_look(comment: str) -> None:
    from lotrinh.cli.triage import MARK

    text = f"a: 1  {comment}\n"
    assert len(scan(text)) == 1
    assert MARK.search(text.encode()) is not None


def test_the_innermost_of_nested_comments_suppresses() -> None:
    head = "  - id: cq-vc-2024\n"
    text = above("# lotrinh: ignore[LT203] bên trong").replace(
        head, "  # lotrinh: ignore[LT203] bên ngoài\n" + head
    )
    result = apply(check_plan(load_text(text, "p.yaml")), scan(text))
    assert [item.reason for item in result.suppressed] == ["bên trong"]
    (unused,) = [f for f in result.findings if f.kind == "unused-suppression"]
    assert unused.position.line == LONG_AN_TEXT.splitlines().index(head[:-1]) + 1


def test_suppression_in_english(plan: Path) -> None:
    run = run_cli("check", "p.yaml", "--format", "text", "--lang", "en", "--show-suppressed")
    assert "Suppressed: 1 (comments: 1, baseline: 0" in " ".join(run.stdout.split())
    assert run.stderr.splitlines()[-1].endswith("[suppressed: đã ban hành]")
