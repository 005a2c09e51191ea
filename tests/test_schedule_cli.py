"""`lotrinh schedule` end to end: golden outputs, refusals with exit 2, safe writing.

Golden files live in tests/golden/schedule/; regenerate them with
`LOTRINH_UPDATE_GOLDEN=1 python -m pytest tests/test_schedule_cli.py` and review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lotrinh.cli.app import app
from tests.conftest import LONG_AN
from tests.golden import assert_golden

SEED = ["--base", "2021=26.330", "--from", "2024=24.992", "--reduce", "10%", "--by", "2026"]
SPLIT = [
    "--base", "2021=29.891", "--from", "2023=28.000", "--reduce", "10%", "--by", "2026",
    "--spread", "front", "--split", "hamilton", "--unit", "khoi", "--name", "Khối sự nghiệp",
    "--part", "giao-duc=20.000", "--part", "y-te=7.000", "--part", "van-hoa=1.000",
    "--floor", "y-te=6.800", "--protect", "van-hoa",
]  # fmt: skip
PLAN = [str(LONG_AN), "--unit", "cq-vc", "--target", "kl40-vc", "--from", "2024"]

CASES = {
    "seed": SEED,
    "split-hamilton": SPLIT,
    "split-sainte-lague": [("sainte-lague" if a == "hamilton" else a) for a in SPLIT],
    "long-an-cq-vc": PLAN,
}


def run(args: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["schedule", *args], env={"COLUMNS": "100"})
    return result.exit_code, result.stdout, result.stderr


def check_golden(name: str, text: str) -> None:
    assert_golden(text, f"schedule/{name}")


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize(("fmt", "suffix"), [("json", "json"), ("table", "txt")])
def test_golden(case: str, fmt: str, suffix: str, tmp_path: Path) -> None:
    out = tmp_path / f"out.{suffix}"
    code, _, err = run([*CASES[case], "--format", fmt, "-o", str(out)])
    assert (code, err) == (0, "")
    check_golden(f"{case}.{suffix}", out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("fmt", ["yaml", "csv"])
def test_golden_seed_fragment_and_csv(fmt: str) -> None:
    code, out, _ = run([*SEED, "--unit", "cq-vc", "--format", fmt])
    assert code == 0
    check_golden(f"seed.{fmt}", out)


def test_seed_json_answers_the_question() -> None:
    code, out, _ = run([*SEED, "--format", "json"])
    assert code == 0
    data = json.loads(out)
    assert data["years"] == [
        {"year": 2025, "value": 24344, "reduction": 648, "cumulative": 648, "kept": False},
        {"year": 2026, "value": 23697, "reduction": 647, "cumulative": 1295, "kept": False},
    ]
    assert data["target"]["min_cut"] == 2633
    assert data["achieved"] == {
        "value": 23697,
        "cut": 2633,
        "rate_percent": "10.00",
        "rate_percent_exact": "10",
        "overshoot": 0,
    }


def test_rounding_up_is_shown_in_the_table() -> None:
    code, out, _ = run(["--base", "2021=29.891", "--from", "2024=28.000", "--reduce", "10%",
                        "--by", "2026"])  # fmt: skip
    assert code == 0
    words = " ".join(out.split())  # the console wraps long lines
    assert "2.989,1 → làm tròn lên 2.990" in words
    assert "2.990/29.891 ≈ 10,0030%" in words


def test_table_goes_to_stdout_in_english() -> None:
    code, out, _ = run([*SEED, "--lang", "en"])
    assert code == 0
    assert "at most 23,697 in 2026" in out


def test_plan_mode_reads_the_base_from_the_claims() -> None:
    """The Long An plan never states the 2021 figure; its change claims imply 26.330."""
    code, out, _ = run([*PLAN, "--format", "json"])
    assert code == 0
    data = json.loads(out)
    assert data["base"] == {"year": 2021, "value": 26330}
    assert data["target"]["source"] == "kl40-vc"


def test_plan_parts_that_do_not_add_up_are_refused() -> None:
    """Long An's 2023 line: 2.273 + 24.424 = 26.697, but the plan says 27.697."""
    code, _, err = run([str(LONG_AN), "--unit", "chinh-quyen", "--base", "2023", "--reduce", "5%",
                        "--by", "2026", "--split", "hamilton"])  # fmt: skip
    assert code == 2
    assert "(26.697) khác số của đơn vị (27.697)" in err


def test_plan_mode_split_across_the_parts() -> None:
    code, out, _ = run([str(LONG_AN), "--unit", "chinh-quyen", "--base", "2024", "--from", "2024",
                        "--reduce", "5%", "--by", "2026", "--split", "sainte-lague",
                        "--format", "json"])  # fmt: skip
    assert code == 0, out
    data = json.loads(out)
    assert [unit["id"] for unit in data["units"]] == ["cq-cbcc", "cq-vc"]
    assert sum(unit["reduction"] for unit in data["units"]) == data["achieved"]["cut"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([*SEED[:-1], "2024"], "phải sau năm bắt đầu"),
        ([*SEED[:-1], "2020"], "phải sau năm bắt đầu"),
        (["--from", "2024=100", "--reduce", "101%", "--by", "2026"], "lớn hơn 100%"),
        (["--from", "2024=100", "--posts", "200", "--by", "2026"], "lớn hơn số biên chế"),
        (["--from", "2024=100", "--posts", "5,5", "--by", "2026"], "dấu phẩy là dấu thập phân"),
        (["--from", "2024=100", "--reduce", "10", "--by", "2026"], "dùng --posts 10"),
        (["--from", "2024=100", "--reduce", "10%", "--posts", "9", "--by", "2026"], "một trong"),
        (["--from", "2024=100", "--reduce", "5.5%", "--by", "2026"], "5,5%"),
        (["--from", "2024", "--reduce", "10%", "--by", "2026"], "NĂM=SỐ"),
        (["--from", "2024=100", "--reduce", "10%"], "--by"),
        (["--from", "2024=100", "--by", "2026"], "--reduce"),
        (["--from", "2024=100", "--reduce", "10%", "--to", "90", "--by", "2026"], "một trong"),
        ([*SEED, "--cap", "600"], "tối đa 600"),
        ([*SEED, "--keep", "2025=24.900", "--cap", "700"], "tối đa 700"),  # 1.203 left for 2026
        ([*SEED, "--weights", "1:2:3"], "đúng 2 trọng số"),
        ([*SEED, "--split", "hamilton"], "không có thành phần"),
        ([*SEED, "--floor", "a=1"], "chỉ dùng cùng --split"),
        ([*SEED, "--keep", "2026=24.000"], "cao hơn mức tối đa"),
        ([*SEED, "--keep", "2030=24.000"], "nằm ngoài giai đoạn"),
        ([*SPLIT, "--protect", "giao-duc"], "chỉ có thể giảm tối đa 200"),
        ([*SPLIT, "--floor", "x=1"], "không có thành phần 'x'"),
        ([str(LONG_AN), "--unit", "cq-vcc"], "có phải 'cq-vc'"),
        ([str(LONG_AN), "--unit", "cq-vc"], "chọn một bằng --target"),
        ([str(LONG_AN), "--unit", "tong"], "không có chỉ tiêu"),
        ([str(LONG_AN)], "--unit"),
        (["missing.yaml", "--unit", "x"], "không đọc được"),
        # A year is read as in a plan file, in the plan loader's words.
        ([*SEED[:-1], "20x6"], "--by: '20x6' không phải một năm (4 chữ số, ví dụ 2024)"),
        ([*SEED[:-1], "1980"], "--by: năm 1980 nằm ngoài khoảng 1990–2100"),
    ],
)
def test_refusals_exit_2_with_a_vietnamese_message(args: list[str], message: str) -> None:
    code, out, err = run(args)
    assert code == 2, out
    assert message in err
    assert "Traceback" not in err + out


def test_bad_choice_exits_2() -> None:
    code, _, _ = run([*SEED, "--spread", "sideways"])
    assert code == 2


def test_output_is_never_overwritten_without_force(tmp_path: Path) -> None:
    out = tmp_path / "lo-trinh.json"
    out.write_text("giữ nguyên\n", encoding="utf-8")
    code, _, err = run([*SEED, "-f", "json", "-o", str(out)])
    assert code == 2
    assert "--force" in err
    assert out.read_text(encoding="utf-8") == "giữ nguyên\n"
    code, _, _ = run([*SEED, "-f", "json", "-o", str(out), "--force"])
    assert code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["unit"] == "don-vi"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lo-trinh.json"]  # no temp left


def test_unwritable_output_exits_2(tmp_path: Path) -> None:
    code, _, err = run([*SEED, "-o", str(tmp_path / "no" / "such" / "folder.txt")])
    assert code == 2
    assert "không ghi được" in err


def test_a_part_named_twice_is_refused() -> None:
    code, _, err = run(["--from", "2024=1000", "--base", "2021=1100", "--reduce", "10%",
                        "--by", "2026", "--split", "hamilton", "--part", "a=500",
                        "--part", "a=500"])  # fmt: skip
    assert code == 2
    assert "thành phần 'a' được nêu hai lần" in err
