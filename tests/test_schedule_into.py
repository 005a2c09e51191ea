"""`lotrinh schedule … --into PLAN.yaml`: the schedule written into the plan file itself, every
affected sum kept exact, comments and layout kept, several targets met at once."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from lotrinh.loading import load_plan
from tests.conftest import LONG_AN, run_cli


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    copy = tmp_path / "ke-hoach.yaml"
    shutil.copy(LONG_AN, copy)
    return copy


def test_kl40_schedule_is_written_with_its_parents_sums(plan: Path) -> None:
    before = plan.read_text(encoding="utf-8")
    run = run_cli(
        "schedule", str(plan), "--unit", "cq-vc", "--target", "kl40-vc", "--from", "2024",
        "--into", str(plan),
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    after = load_plan(plan)
    # Even spread from 2024 (24.992) to 2026 (23.697, 10% under 26.330): 648 then 647.
    assert after.figures[("cq-vc", 2025)].value == 24992 - 648
    assert after.figures[("chinh-quyen", 2025)].value == 2227 + 24344  # CBCC 2025 + VC 2025
    assert after.figures[("tong", 2025)].value == 1219 + 26571  # Đảng 2025 + chính quyền 2025
    text = plan.read_text(encoding="utf-8")
    # Comments, order, escapes and every other line kept as written: three lines are new.
    old_lines, new_lines = before.splitlines(), text.splitlines()
    added = [line for line in new_lines if line not in old_lines]
    assert [line.strip() for line in added] == [
        'figures: {2025: "27.790"}',
        'figures: {2025: "26.571"}',
        'figures: {2025: "24.344"}',
    ]
    assert [line for line in old_lines if line not in new_lines] == []
    assert [line for line in old_lines if line.lstrip().startswith("#")] == [
        line for line in new_lines if line.lstrip().startswith("#")
    ]


def test_nq19_and_kl40_together_leave_no_target_missed(plan: Path) -> None:
    run = run_cli(
        "schedule", str(plan), "--unit", "cq-vc", "--target", "nq19-vc", "--target", "kl40-vc",
        "--from", "2024", "--into", str(plan),
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    report = json.loads(run_cli("check", str(plan), "--format", "json").stdout)
    kinds = [f["kind"] for f in report["files"][0]["findings"]]
    assert "target-missed" not in kinds
    assert "claim-value" in kinds  # the sentences still state the old 2025 figures
    assert load_plan(plan).figures[("cq-vc", 2025)].value == 23697


def test_a_unit_with_parts_needs_a_split(plan: Path) -> None:
    before = plan.read_bytes()
    run = run_cli(
        "schedule", str(plan), "--unit", "chinh-quyen", "--base", "2023", "--reduce", "5%",
        "--by", "2026", "--into", str(plan),
    )  # fmt: skip
    assert run.exit_code == 2 and "--split" in run.stderr
    assert plan.read_bytes() == before


def test_into_needs_a_plan() -> None:
    run = run_cli(
        "schedule", "--base", "2021=100", "--from", "2024=100", "--reduce", "10%", "--by",
        "2026", "--into", "x.yaml",
    )  # fmt: skip
    assert run.exit_code == 2 and "--into" in run.stderr


INTO_ANOTHER = [
    # --into may name any file: it is read as a plan file is, and must hold the schedule's units.
    (lambda tmp: tmp, ":1:1: lỗi: không phải tệp thông thường"),
    (lambda tmp: tmp / "missing.yaml", ":1:1: lỗi: không đọc được tệp: không tìm thấy tệp"),
    (lambda tmp: _written(tmp / "empty.yaml", ""), ":1:1: lỗi: tệp rỗng"),
    (
        lambda tmp: _written(tmp / "other.yaml", "lotrinh: 1\nunits:\n  - {id: x, name: X}\n"),
        "lỗi: --into: {path} không có đơn vị 'chinh-quyen' của lộ trình",
    ),
]


def _written(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("into", "message"), INTO_ANOTHER, ids=["folder", "missing", "empty", "other"]
)
def test_into_a_file_that_is_not_the_plan_is_refused_and_left_alone(
    plan: Path, tmp_path: Path, into: Callable[[Path], Path], message: str
) -> None:
    target = into(tmp_path)
    before = target.read_bytes() if target.is_file() else None
    run = run_cli(
        "schedule", str(plan), "--unit", "cq-vc", "--target", "kl40-vc", "--from", "2024",
        "--into", str(target),
    )  # fmt: skip
    assert run.exit_code == 2, run
    assert message.format(path=target) in run.stderr, run.stderr
    assert (target.read_bytes() if target.is_file() else None) == before


TWO_TARGETS = """\
lotrinh: 1
years: {2024: actual}
units:
  - {id: vc, name: VC, category: VC, figures: {2021: 1.000, 2024: 1.000}}
targets:
  - {id: som, source: A, units: [vc], base_year: 2021, deadline: 2025, min_reduction: "5%"}
  - {id: muon, source: B, units: [vc], base_year: 2021, deadline: 2026, min_reduction: "20%"}
"""


def test_a_target_that_cannot_be_met_on_top_of_another_is_named(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(TWO_TARGETS, encoding="utf-8")
    run = run_cli(
        "schedule", str(path), "--unit", "vc", "--target", "muon", "--target", "som",
        "--cap", "60", "--into", str(path),
    )  # fmt: skip
    assert run.exit_code == 2
    assert "không đạt được chỉ tiêu 'muon' sau khi đã đạt som" in run.stderr
    assert path.read_text(encoding="utf-8") == TWO_TARGETS


def test_two_targets_are_both_met(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(TWO_TARGETS, encoding="utf-8")
    run = run_cli(
        "schedule", str(path), "--unit", "vc", "--target", "muon", "--target", "som",
        "--into", str(path),
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    figures = load_plan(path).figures
    assert figures[("vc", 2025)].value <= 950 and figures[("vc", 2026)].value == 800
    assert run_cli("check", str(path)).exit_code == 0


def test_a_split_writes_every_part_and_keeps_every_sum(plan: Path) -> None:
    run = run_cli(
        "schedule", str(plan), "--unit", "chinh-quyen", "--base", "2024", "--from", "2024",
        "--reduce", "5%", "--by", "2026", "--split", "hamilton", "--into", str(plan),
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    figures = {key: figure.value for key, figure in load_plan(plan).figures.items()}
    for year in (2025, 2026):
        parts = figures[("cq-cbcc", year)] + figures[("cq-vc", year)]
        assert figures[("chinh-quyen", year)] == parts
        assert figures[("tong", year)] == figures[("dang", year)] + parts
    # 5% of 2024's 27.242 is 1.362,1: at least 1.363 posts by 2026.
    assert figures[("chinh-quyen", 2026)] == 27242 - 1363
    report = json.loads(run_cli("check", str(plan), "--format", "json").stdout)
    sums = [f for f in report["files"][0]["findings"] if f["kind"] == "sum-mismatch"]
    assert [f["year"] for f in sums] == [2023]  # the document's own slip, nothing new
