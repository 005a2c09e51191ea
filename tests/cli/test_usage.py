"""Usage errors through the real entry point: Vietnamese by default, exit code 2, no box art."""

from __future__ import annotations

import pytest

from lotrinh.cli.app import main
from lotrinh.cli.usage import translate


def run_main(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str]:
    monkeypatch.setattr("sys.argv", ["lotrinh", *args])
    with pytest.raises(SystemExit) as stopped:
        main()
    code = stopped.value.code
    return (code if isinstance(code, int) else 1), capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("check", "--format", "foo", "x.yaml"), "lotrinh check: lỗi: giá trị 'foo' không dùng"),
        (("check",), "lotrinh check: lỗi: thiếu đối số 'TỆP...'\n"),
        (("chek", "x.yaml"), "lotrinh: lỗi: không có lệnh 'chek' (có phải 'check'"),
        (("check", "--bogus", "x.yaml"), "lotrinh check: lỗi: không có tùy chọn --bogus"),
    ],
)
def test_usage_errors_are_vietnamese_with_exit_2(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    expected: str,
) -> None:
    code, err = run_main(monkeypatch, capsys, *args)
    assert code == 2
    assert err.startswith(expected)
    assert "╭" not in err and "Traceback" not in err
    assert err.rstrip().endswith("--help")


def test_english_on_request(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = run_main(monkeypatch, capsys, "check", "--lang", "en", "--format", "foo", "x")
    assert code == 2
    assert err.startswith("lotrinh check: error: Invalid value for '--format'")


def test_a_successful_run_exits_with_the_command_code(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run_main(monkeypatch, capsys, "explain", "LT101")
    assert code == 0


def test_unknown_messages_pass_through() -> None:
    assert translate("Something new happened.") == "Something new happened."
