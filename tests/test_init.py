"""`lotrinh init FILE`: a template that loads, never an accidental overwrite, an atomic write."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from lotrinh.cli import files as files_module
from lotrinh.cli import init as init_module
from lotrinh.loading import load_plan
from tests.conftest import run_cli


def test_init_writes_a_template_that_loads(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.yaml"
    run = run_cli("init", str(path))
    assert run.exit_code == 0, run
    assert f"Đã tạo {path}" in run.stdout
    assert path.read_bytes() == init_module.template()
    plan = load_plan(path)
    assert plan.units and plan.claims and plan.targets
    assert run_cli("check", str(path)).exit_code == 0


def test_template_is_commented_in_vietnamese() -> None:
    text = init_module.template().decode("utf-8")
    assert text.startswith("# Kế hoạch mẫu của lotrinh")
    assert "\t" not in text


def test_english_template_is_the_same_plan_commented_in_english(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    run = run_cli("init", "--lang", "en", str(path))
    assert run.exit_code == 0 and f"Created {path}" in run.stdout
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# lotrinh template plan") and "\t" not in text
    vietnamese = tmp_path / "ke-hoach.yaml"
    vietnamese.write_bytes(init_module.template())
    english, same = load_plan(path), load_plan(vietnamese)
    assert (english.units, english.claims, english.targets) == (
        same.units,
        same.claims,
        same.targets,
    )


def test_init_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.yaml"
    path.write_text("của tôi\n", encoding="utf-8")
    run = run_cli("init", str(path))
    assert run.exit_code == 2
    assert run.stderr == f"lotrinh: lỗi: tệp {path} đã tồn tại; dùng --force để ghi đè\n"
    assert path.read_text(encoding="utf-8") == "của tôi\n"
    assert sorted(tmp_path.iterdir()) == [path]


def test_init_refuses_in_english_on_request(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.touch()
    run = run_cli("init", "--lang", "en", str(path))
    assert run.exit_code == 2
    assert "already exists; use --force" in run.stderr


def test_force_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.yaml"
    path.write_text("cũ\n", encoding="utf-8")
    assert run_cli("init", "--force", str(path)).exit_code == 0
    assert path.read_bytes() == init_module.template()
    assert sorted(tmp_path.iterdir()) == [path]


def test_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    """A temporary file from `tempfile` would stay 0o600; the plan should follow the umask."""
    path = tmp_path / "ke-hoach.yaml"
    umask = os.umask(0o022)
    try:
        assert run_cli("init", str(path)).exit_code == 0
    finally:
        os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ke-hoach.yaml"
    path.write_text("cũ\n", encoding="utf-8")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files_module.os, "fsync", disk_full)
    run = run_cli("init", "--force", str(path))
    assert run.exit_code == 2
    assert "không ghi được tệp" in run.stderr and "No space left" in run.stderr
    assert path.read_text(encoding="utf-8") == "cũ\n"
    assert sorted(tmp_path.iterdir()) == [path]


def test_missing_directory_is_a_clear_error(tmp_path: Path) -> None:
    run = run_cli("init", str(tmp_path / "khong-co" / "plan.yaml"))
    assert run.exit_code == 2
    assert run.stderr.startswith("lotrinh: lỗi: không ghi được tệp")
    assert "Traceback" not in run.stderr
