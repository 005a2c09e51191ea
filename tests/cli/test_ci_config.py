"""Configuration: every key, every precedence rule, and located errors with "did you mean"."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from lotrinh.cli.settings import KEYS, Settings
from lotrinh.findings.kinds import KINDS
from tests.conftest import DOCUMENTS, LONG_AN, run_cli

PLAN = LONG_AN.name
LONG_AN_CODES = {"LT101", "LT102", "LT103", "LT201", "LT202", "LT203", "LT204", "LT301", "LT302"}


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with the Long An plan, as the working directory."""
    shutil.copy(LONG_AN, tmp_path / PLAN)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def codes(*args: str) -> set[str]:
    run = run_cli("check", *args, "--format", "json")
    assert run.exit_code in (0, 1), run
    return {f["code"] for file in json.loads(run.stdout)["files"] for f in file["findings"]}


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_without_configuration_every_kind_is_reported(repo: Path) -> None:
    assert codes(PLAN) == LONG_AN_CODES


def test_select_by_prefix(repo: Path) -> None:
    write(repo / "lotrinh.toml", 'select = ["LT2"]\n')
    assert codes(PLAN) == {"LT201", "LT202", "LT203", "LT204"}


def test_ignore_by_name_and_code(repo: Path) -> None:
    write(repo / "lotrinh.toml", 'ignore = ["claim-base-year", "LT301"]\n')
    assert codes(PLAN) == LONG_AN_CODES - {"LT202", "LT301"}


def test_the_more_specific_selector_wins(repo: Path) -> None:
    write(repo / "lotrinh.toml", 'select = ["LT201"]\nignore = ["LT2"]\n')
    assert codes(PLAN) == {"LT201"}
    write(repo / "lotrinh.toml", 'select = ["LT2"]\nignore = ["LT2"]\n')
    assert codes(PLAN) == set()


def test_per_file_ignores_match_globs_from_the_configuration_folder(repo: Path) -> None:
    (repo / "old").mkdir()
    shutil.copy(LONG_AN, repo / "old" / PLAN)
    write(repo / "lotrinh.toml", '[per-file-ignores]\n"old/*.yaml" = ["LT2", "LT3"]\n')
    run = run_cli("check", PLAN, f"old/{PLAN}", "--format", "json")
    files = {f["path"]: {x["code"] for x in f["findings"]} for f in json.loads(run.stdout)["files"]}
    assert files[PLAN] == LONG_AN_CODES
    assert files[f"old/{PLAN}"] == {"LT101", "LT102", "LT103"}


def test_fail_on_from_configuration_and_the_flag_overrides_it(repo: Path) -> None:
    write(repo / "b.yaml", KINDS["sum-mismatch"].failing)  # one error, nothing material
    assert run_cli("check", "b.yaml").exit_code == 1
    write(repo / "lotrinh.toml", 'fail-on = "material"\n')
    assert run_cli("check", "b.yaml").exit_code == 0
    assert run_cli("check", "b.yaml", "--fail-on", "error").exit_code == 1


def test_rounding_from_configuration(repo: Path) -> None:
    # 455/28.152 = 1,6162%: "1,62%" rounded half up, but not rounded down.
    write(repo / "r.yaml", KINDS["claim-rate"].passing)
    assert codes("r.yaml") == set()
    write(repo / "lotrinh.toml", 'rounding = "down"\n')
    assert codes("r.yaml") == {"LT204"}
    assert codes("r.yaml", "--rounding", "half-up") == set()


def test_lang_and_format_from_configuration(repo: Path) -> None:
    write(repo / "lotrinh.toml", 'lang = "en"\nformat = "json"\n')
    run = run_cli("check", PLAN)
    document = json.loads(run.stdout)
    assert document["lang"] == "en"
    assert "fewer" in json.dumps(document["files"][0]["findings"], ensure_ascii=False)


def test_max_bytes_from_configuration(repo: Path) -> None:
    write(repo / "lotrinh.toml", "max-bytes = 100\n")
    run = run_cli("check", PLAN)
    assert run.exit_code == 2
    assert "quá lớn" in run.stderr


def test_exclude_and_documents_from_configuration(repo: Path) -> None:
    shutil.copy(DOCUMENTS / "binh-minh-slip.txt", repo / "binh-minh-slip.txt")
    write(repo / "drafts" / "d.yaml", KINDS["sum-mismatch"].failing)
    paths = {f["path"] for f in json.loads(run_cli("check", ".", "-f", "json").stdout)["files"]}
    assert paths == {PLAN, "drafts/d.yaml"}
    write(repo / "lotrinh.toml", 'exclude = ["drafts/"]\ndocuments = true\n')
    paths = {f["path"] for f in json.loads(run_cli("check", ".", "-f", "json").stdout)["files"]}
    assert paths == {PLAN, "binh-minh-slip.txt"}


def test_nearest_configuration_wins_whole(repo: Path) -> None:
    write(repo / "pyproject.toml", '[tool.lotrinh]\nignore = ["LT2"]\n')
    (repo / "sub").mkdir()
    shutil.copy(LONG_AN, repo / "sub" / PLAN)
    write(repo / "sub" / "lotrinh.toml", 'select = ["LT1"]\n')
    assert codes(PLAN) == LONG_AN_CODES - {"LT201", "LT202", "LT203", "LT204"}
    assert codes(f"sub/{PLAN}") == {"LT101", "LT102", "LT103"}  # not merged with the root's


def test_file_names_in_one_folder_rank(repo: Path) -> None:
    write(repo / "pyproject.toml", '[tool.lotrinh]\nselect = ["LT3"]\n')
    assert codes(PLAN) == {"LT301", "LT302"}
    write(repo / "lotrinh.toml", 'select = ["LT2"]\n')
    assert codes(PLAN) == {"LT201", "LT202", "LT203", "LT204"}
    write(repo / ".lotrinh.toml", 'select = ["LT1"]\n')
    assert codes(PLAN) == {"LT101", "LT102", "LT103"}


def test_a_pyproject_without_the_table_is_passed_over(repo: Path) -> None:
    (repo / "sub").mkdir()
    shutil.copy(LONG_AN, repo / "sub" / PLAN)
    write(repo / "lotrinh.toml", 'select = ["LT3"]\n')
    write(repo / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    assert codes(f"sub/{PLAN}") == {"LT301", "LT302"}


def test_config_flag_replaces_the_search_and_isolated_ignores_files(repo: Path) -> None:
    write(repo / "lotrinh.toml", 'select = ["LT3"]\n')
    other = write(repo / "ci" / "strict.toml", 'select = ["LT1"]\n')
    assert codes(PLAN, "--config", str(other)) == {"LT101", "LT102", "LT103"}
    assert codes(PLAN, "--isolated") == LONG_AN_CODES


def test_flags_override_the_configuration(repo: Path) -> None:
    write(repo / "lotrinh.toml", 'select = ["LT3"]\nignore = ["LT302"]\n')
    assert codes(PLAN) == {"LT301"}
    assert codes(PLAN, "--select", "LT1,LT302") == {"LT101", "LT102", "LT103"}
    assert codes(PLAN, "--ignore", "LT301") == {"LT302"}


def test_run_wide_keys_come_from_the_working_directory(repo: Path) -> None:
    (repo / "sub").mkdir()
    shutil.copy(LONG_AN, repo / "sub" / PLAN)
    write(repo / "sub" / "lotrinh.toml", 'format = "json"\nselect = ["LT3"]\n')
    run = run_cli("check", f"sub/{PLAN}")
    assert not run.stdout.startswith("{")  # format: the working directory has no config
    assert "LT301" in run.stdout and "LT201" not in run.stdout  # select: the file's config


def test_show_settings_names_each_origin(repo: Path) -> None:
    write(repo / "pyproject.toml", '[project]\nname = "x"\n\n[tool.lotrinh]\nfail-on = "warning"\n')
    run = run_cli("check", "--show-settings", PLAN, "--select", "LT2")
    assert run.exit_code == 0
    lines = run.stdout.splitlines()
    assert lines[:2] == [f"{PLAN}:", "tệp cấu hình: pyproject.toml"]
    assert 'fail-on = "warning"  # pyproject.toml:5' in lines
    assert 'select = ["LT2"]  # --select' in lines
    assert 'rounding = "half-up"  # mặc định' in lines
    assert len(lines) == 2 + len(KEYS)


def test_every_key_is_declared_once_with_its_default() -> None:
    defaults = Settings()
    for key in KEYS:
        assert defaults.value(key) == key.default, key.name
        assert key.doc[0] and key.doc[1]


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        ('select = ["LT2"]\nfial-on = "error"\n', 2, 1, "khóa lạ 'fial-on' (có phải 'fail-on'?)"),
        ('fail-on = "eror"\n', 1, 11, "(có phải 'error'?)"),
        ('ignore = ["claim-diference"]\n', 1, 10, "(có phải 'claim-difference'?)"),
        ('ignore = ["LT9"]\n', 1, 10, "'LT9' không phải mã"),
        ('ignore = "LT2"\n', 1, 10, "cần một danh sách chuỗi"),
        ("max-bytes = 0\n", 1, 13, "số nguyên dương"),
        ("documents = 1\n", 1, 13, "true hoặc false"),
        ('[per-file-ignores]\n"a/*" = ["LT2O1"]\n', 1, 1, "(có phải 'LT201'?)"),
        ('select = ["LT2"\n', 2, 1, "TOML không hợp lệ"),
    ],
)
def test_bad_configuration_is_located(
    repo: Path, text: str, line: int, column: int, message: str
) -> None:
    write(repo / "lotrinh.toml", text)
    run = run_cli("check", PLAN)
    assert run.exit_code == 2, run
    assert "Traceback" not in run.stderr
    first = run.stderr.splitlines()[0]
    assert first.startswith(f"lotrinh.toml:{line}:{column}: lỗi: "), first
    assert message.replace("khóa lạ 'fial-on' ", "khóa lạ 'fial-on' trong cấu hình lotrinh ") in (
        first
    ), first


def test_bad_key_in_pyproject_is_located_in_its_table(repo: Path) -> None:
    write(repo / "pyproject.toml", '[tool.black]\nselect = 1\n\n[tool.lotrinh]\nselct = ["LT2"]\n')
    run = run_cli("check", PLAN, "--lang", "en")
    assert run.exit_code == 2
    assert run.stderr.startswith(
        "pyproject.toml:5:1: error: unknown key 'selct' in lotrinh configuration "
        "(did you mean 'select'?)"
    )


def test_missing_config_flag_file_is_refused(repo: Path) -> None:
    run = run_cli("check", PLAN, "--config", "absent.toml")
    assert run.exit_code == 2
    assert "absent.toml" in run.stderr


def test_a_configuration_is_read_as_a_plan_file_is(repo: Path) -> None:
    # Bounded, UTF-8 (a bad byte located), a regular file only: a FIFO would block the read.
    (repo / "lotrinh.toml").write_bytes(b'select = ["LT2"]\nx = "\xff"\n')
    run = run_cli("check", PLAN)
    assert run.exit_code == 2
    assert run.stderr.startswith("lotrinh.toml:2:6: lỗi: byte 0xFF không hợp lệ trong UTF-8")
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    os.mkfifo(repo / "fifo.toml")
    run = run_cli("check", PLAN, "--config", "fifo.toml")
    assert run.exit_code == 2
    assert run.stderr.startswith("fifo.toml:1:1: lỗi: không phải tệp thông thường")


def test_a_bad_configuration_below_the_searched_folder_stops_the_search(repo: Path) -> None:
    (repo / "sub").mkdir()
    shutil.copy(LONG_AN, repo / "sub" / PLAN)
    write(repo / "sub" / "lotrinh.toml", "selec = []\n")
    run = run_cli("check", ".")
    assert run.exit_code == 2
    assert run.stderr == (
        "sub/lotrinh.toml:1:1: lỗi: khóa lạ 'selec' trong cấu hình lotrinh (có phải 'select'?)\n"
    )


def test_a_bad_configuration_is_said_once_for_all_its_files(repo: Path) -> None:
    (repo / "sub").mkdir()
    for name in ("a.yaml", "b.yaml"):
        shutil.copy(LONG_AN, repo / "sub" / name)
    write(repo / "sub" / "lotrinh.toml", "selec = []\n")
    run = run_cli("check", PLAN, "sub/a.yaml", "sub/b.yaml", "-f", "json")
    assert run.exit_code == 2
    assert len(run.stderr.splitlines()) == 1
    assert [f["path"] for f in json.loads(run.stdout)["files"]] == [PLAN]


def test_a_bad_selector_flag_is_refused_with_a_suggestion(repo: Path) -> None:
    run = run_cli("check", PLAN, "--ignore", "LT201,claim-rat")
    assert run.exit_code == 2
    assert run.stderr == (
        "--ignore: lỗi: 'claim-rat' không phải mã, tên hay tiền tố mã phát hiện nào "
        "(có phải 'claim-rate'?)\n"
    )


@pytest.mark.parametrize(
    ("text", "where"),
    [("[tool]\nlotrinh = 3\n", "pyproject.toml:2:1:"), ("tool = 1\n", None)],
)
def test_odd_pyproject_tables(repo: Path, text: str, where: str | None) -> None:
    write(repo / "pyproject.toml", text + "# [tool.lotrinh]\n")
    run = run_cli("check", PLAN)
    if where is None:  # no lotrinh table after all: the defaults
        assert run.exit_code == 1
    else:
        assert run.exit_code == 2
        assert run.stderr.startswith(f"{where} lỗi: [tool.lotrinh] phải là một bảng")


def test_show_settings_in_english(repo: Path) -> None:
    run = run_cli("check", "--show-settings", PLAN, "--lang", "en", "--isolated")
    lines = run.stdout.splitlines()
    assert lines[1] == "configuration file: none"
    assert 'lang = "en"  # --lang' in lines
    assert 'fail-on = "error"  # default' in lines
