"""The console entry point itself (`lotrinh.cli.app:main`): whatever happens, an exit code and
at most a line or two on stderr, never a traceback unless asked for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lotrinh.cli import app as cli_app
from tests.conftest import LONG_AN


def _main(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "argv", ["lotrinh", *args])
    with pytest.raises(SystemExit) as exit_:
        cli_app.main()
    code = exit_.value.code
    assert isinstance(code, int)
    return code


def _broken(*_: object, **__: object) -> None:
    raise RuntimeError("something lotrinh did not foresee")


def test_an_unexpected_exception_is_an_internal_error_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("lotrinh.cli.check.check_plan", _broken)
    assert _main(monkeypatch, "check", str(LONG_AN)) == cli_app.INTERNAL_ERROR
    err = capsys.readouterr().err
    assert err.startswith("lotrinh: lỗi nội bộ (RuntimeError: something lotrinh did not foresee)")
    assert "--debug" in err and "Traceback" not in err
    assert _main(monkeypatch, "check", str(LONG_AN), "--lang", "en") == cli_app.INTERNAL_ERROR
    assert capsys.readouterr().err.startswith("lotrinh: internal error (RuntimeError")


def test_debug_shows_the_exception_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("lotrinh.cli.check.check_plan", _broken)
    monkeypatch.setattr(sys, "argv", ["lotrinh", "check", str(LONG_AN), "--debug"])
    with pytest.raises(RuntimeError, match="did not foresee"):
        cli_app.main()


def _run(*args: str, stdout: int | None = None) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "lotrinh", *args]
    return subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, check=False)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_full_disk_on_stdout_is_said_not_a_traceback() -> None:
    with Path("/dev/full").open("wb") as full:
        result = _run("check", str(LONG_AN), stdout=full.fileno())
    assert result.returncode == 2
    err = result.stderr.decode()
    assert "không ghi được kết quả" in err and "Traceback" not in err


def test_a_closed_pipe_ends_quietly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # `lotrinh check … | head -1`: the reader is gone, so nothing is said, and the run does not
    # pass as clean. (Simulated: pipes on some machines do not raise EPIPE.)
    def closed(*_: object) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr("lotrinh.cli.check.emit", closed)
    assert _main(monkeypatch, "check", str(LONG_AN)) == 1
    assert capsys.readouterr().err == ""
