"""The hostile and careless inputs of issue 15, kept as regression cases.

Issue 15 tried lotrinh as a hostile or careless user would and listed what broke: tracebacks,
unbounded reading, super-linear time, injection, files, time that grows with the wrong thing,
and smaller slips. Each case below is one of those, run through the real command line, with
what it must give now: an exit code that is not an internal error, the words that say why
(located at FILE:LINE:COLUMN where a file is at fault), and never a traceback. Cases that need
a process of their own (a full disk, signals, two writers at once) run one. Timings are not
asserted here: bench/ measures them (bench/reader.py, bench/documents.py, bench/apportion.py,
bench/chain.py).
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from lotrinh.cli import app as cli_app
from tests.conftest import LONG_AN
from tests.core.test_claims import ZERO
from tests.hostile_pdf import document, spaces_deflated, text_page

BIG = "9" * 5_000
"""Past Python's 4.300-digit limit on converting text to int."""

PLAN = """lotrinh: 1
units:
  - {id: tong, name: Tổng, parts: [cbcc]}
  - {id: cbcc, name: "Cán bộ, công chức", category: CBCC, figures: {2021: 2.296, 2023: 2.273}}
claims:
  - id: c
    unit: tong
    year: 2024
    quote: "Năm 2024 là 2.200 biên chế, giảm 73 biên chế so với năm 2023 (tỷ lệ giảm 3,21%)."
    source_line: 44
    value: 2.200
    changes: [{reduction: 73, base_year: 2023, rate: "3,21%"}]
targets:
  - {id: kl40, source: KL 40, category: CBCC, base_year: 2021, deadline: 2024, min_reduction: "4%"}
"""
"""A plan every case below spoils in one place (its figures are consistent)."""

SCHEDULE = ["schedule", "--base", "2021=1.000", "--from", "2024=1.000", "--by", "2026"]


def spoilt(old: str, new: str) -> str:
    assert old in PLAN
    return PLAN.replace(old, new)


def refused(old: str, new: str, line: int, said: str) -> Case:
    """`check` of the plan with `old` made `new`: exit 2, said at `line` of the plan."""
    return Case(["check", "{dir}/p.yaml"], 2, said, {"p.yaml": spoilt(old, new)}, f"p.yaml:{line}:")


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return buffer.getvalue()


def docx_inflating(size: int) -> bytes:
    """A .docx whose document.xml inflates to `size` bytes (of spaces), built in pieces."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(size >> 20):
                member.write(b" " * (1 << 20))
    return buffer.getvalue()


def alias_bomb(quote: int, times: int) -> str:
    """A quote of `quote` characters aliased `times` times (the file stays small)."""
    return PLAN + f'extra: &q "{"x" * quote}"\n' + "more: [" + ", ".join(["*q"] * times) + "]\n"


@dataclass(frozen=True)
class Case:
    """A command line over files written for it: what it must exit with and say."""

    args: list[str]
    """`{dir}` stands for the folder the files are in."""
    code: int
    said: str
    """A part of what it says (stdout and stderr together)."""
    files: dict[str, str | bytes] = field(default_factory=dict)
    at: str | None = None
    """`NAME:LINE:COLUMN` where the first problem must be placed, NAME one of `files`."""
    env: dict[str, str] = field(default_factory=dict)
    setup: Callable[[Path], None] | None = None


def _fifo(folder: Path) -> None:
    os.mkfifo(folder / "fifo.txt")


def _zero(folder: Path) -> None:
    (folder / "zero.txt").symlink_to("/dev/zero")


def _dangling(folder: Path) -> None:
    (folder / "out.yaml").symlink_to(folder / "nowhere" / "out.yaml")


CASES: dict[str, Case] = {
    # Tracebacks: numbers past the 4.300-digit limit, in a plan, a document and an argument.
    "figure-5000-digits": refused("2021: 2.296", f"2021: {BIG}", 4, "quá lớn"),
    "reduction-5000-digits": refused("reduction: 73", f"reduction: {BIG}", 12, "quá lớn"),
    "source-line-5000-digits": refused("source_line: 44", f"source_line: {BIG}", 10, "quá lớn"),
    "rate-5000-digits": refused('rate: "3,21%"', f'rate: "{BIG}%"', 12, "không phải tỷ lệ có thật"),
    "headcount-above-a-billion": refused(
        "value: 2.200", "value: 10.000.000.000", 11, "1.000.000.000"
    ),
    "document-5000-digits": Case(
        ["check", "{dir}/d.txt"],
        1,
        "malformed-number",
        {"d.txt": f"Năm 2021 tổng biên chế là {BIG} biên chế.\n"},
    ),
    "schedule-base-5000-digits": Case(
        [
            "schedule",
            "--base",
            f"2021={BIG}",
            "--from",
            "2024=100",
            "--reduce",
            "5%",
            "--by",
            "2026",
        ],
        2,
        "--base: '999999999999… (5000 chữ số)' quá lớn",
    ),
    "schedule-posts-5000-digits": Case([*SCHEDULE, "--posts", BIG], 2, "--posts"),
    "schedule-rate-5000-digits": Case(
        [*SCHEDULE, "--reduce", f"{BIG}%"], 2, "không phải tỷ lệ có thật"
    ),
    # A zero base: a rate or target against it is undefined, a finding, not a division.
    "all-zero-plan": Case(["check", "{dir}/z.yaml"], 1, "không xác định", {"z.yaml": ZERO}),
    "zero-base-from-a-document": Case(
        ["check", "{dir}/z.txt"],
        1,
        "không xác định",
        {
            "z.txt": "Năm 2021 tổng biên chế là 0 biên chế.\nNăm 2024 tổng biên chế là 0 biên chế, "
            "giảm 0 biên chế (tỷ lệ giảm 5%) so với năm 2021.\n"
        },
    ),
    "schedule-zero-base": Case(
        ["schedule", "--base", "2021=0", "--from", "2024=0", "--reduce", "5%", "--by", "2026"],
        2,
        "lớn hơn 0",
    ),
    # --format auto with GITHUB_STEP_SUMMARY naming a missing folder or a folder.
    "step-summary-in-a-missing-folder": Case(
        ["check", "--format", "auto", str(LONG_AN)],
        2,
        "không ghi được kết quả",
        env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": "/nonexistent/folder/summary.md"},
    ),
    "step-summary-is-a-folder": Case(
        ["check", "--format", "auto", str(LONG_AN)],
        2,
        "không ghi được kết quả",
        env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": "{dir}"},
    ),
    "max-bytes-0": Case(["check", "--max-bytes", "0", str(LONG_AN)], 2, "--max-bytes"),
    "max-bytes-negative": Case(["check", "--max-bytes", "-1", str(LONG_AN)], 2, "--max-bytes"),
    "max-bytes-10-to-the-30": Case(
        ["check", "--max-bytes", str(10**30), "--format", "concise", str(LONG_AN)], 1, "LT"
    ),
    # Unbounded reading: a FIFO, a device, an alias bomb, ZIP and PDF bombs.
    "fifo-as-a-document": Case(
        ["extract", "{dir}/fifo.txt"],
        2,
        "không phải tệp thông thường",
        setup=_fifo,
        at="fifo.txt:1:1",
    ),
    "dev-zero-as-a-document": Case(
        ["check", "{dir}/zero.txt"],
        2,
        "không phải tệp thông thường",
        setup=_zero,
        at="zero.txt:1:1",
    ),
    "quote-aliased-50000-times": Case(
        ["check", "{dir}/a.yaml"],
        2,
        "bí danh",
        {"a.yaml": alias_bomb(1_500_000, 50_000)},
    ),
    "docx-inflating-past-the-limit": Case(
        ["extract", "--max-bytes", str(64 * 1024), "{dir}/bomb.docx"],
        2,
        "giải nén quá lớn",
        {"bomb.docx": docx_inflating(2 << 20)},
        at="bomb.docx:1:1",
    ),
    "pdf-bomb": Case(
        ["check", "{dir}/bomb.pdf"],
        2,
        "(bom nén)",
        {"bomb.pdf": document([spaces_deflated(200 << 20, prefix=text_page(b"A"), times=2)])},
        at="bomb.pdf:1:1",
    ),
    # Injection: a value's line break, terminal escapes, a right-to-left override.
    "workflow-command-in-a-value": Case(
        ["check", "--format", "github", "{dir}/p.yaml"],
        2,
        "'2.200\\n::error file=x::owned'",
        {"p.yaml": spoilt("value: 2.200", 'value: "2.200\\n::error file=x::owned"')},
        at="p.yaml:11:",
    ),
    "terminal-escapes-in-a-name": Case(
        ["check", "--format", "text", "{dir}/p.yaml"],
        1,  # the spoilt value is an implied-base conflict (LT102), an error since session 16
        "\\x1b]0;pwned\\x07",
        {
            "p.yaml": spoilt("value: 2.200", "value: 2.201").replace(
                "name: Tổng", 'name: "T\\e]0;pwned\\a\\e[2J"'
            )
        },
    ),
    "right-to-left-override-in-a-quote": Case(
        ["check", "--format", "concise", "{dir}/p.yaml"],
        1,  # the spoilt value is an implied-base conflict (LT102), an error since session 16
        "<U+202E>",
        {
            "p.yaml": spoilt("value: 2.200", "value: 2.201").replace(
                "name: Tổng", "name: T\u202eổng"
            )
        },
    ),
    # Files: a dangling symlink is a file that exists.
    "extract-over-a-dangling-symlink": Case(
        ["extract", "-o", "{dir}/out.yaml", "{dir}/d.txt"],
        2,
        "đã tồn tại",
        {"d.txt": "Năm 2024 tổng biên chế là 100 biên chế.\n"},
        setup=_dangling,
    ),
    # Time that grew with the wrong thing: the answers come, whatever the size of the numbers.
    "sainte-lague-at-10-to-the-7": Case(
        [
            "schedule",
            "--base",
            "2021=10.000.000",
            "--from",
            "2024=10.000.000",
            "--reduce",
            "10%",
            "--by",
            "2026",
            "--split",
            "sainte-lague",
            "--part",
            "a=3.000.000",
            "--part",
            "b=7.000.000",
        ],
        0,
        "9.000.000",
    ),
    "nine-digit-base-with-a-wrong-rate": Case(
        ["check", "--format", "concise", "{dir}/p.yaml"],
        1,
        "LT",
        {
            "p.yaml": spoilt("2023: 2.273", "2023: 999.999.999")
            .replace("value: 2.200", "value: 999.999.926")
            .replace("3,21%", "7,77%")
        },
    ),
    # Smaller: whole-document errors placed at 1:1, targets above 100%, a part named twice.
    "not-a-zip-docx": Case(
        ["extract", "{dir}/k.docx"],
        2,
        "không phải tệp ZIP",
        {"k.docx": b"PK\x03\x04garbage"},
        at="k.docx:1:1",
    ),
    "document-too-large": Case(
        ["extract", "--max-bytes", "10", "{dir}/d.txt"],
        2,
        "tệp quá lớn",
        {"d.txt": "Năm 2024 tổng biên chế là 100 biên chế.\n"},
        at="d.txt:1:1",
    ),
    "not-a-zip-workbook": Case(
        ["check", "{dir}/n.xlsx"],
        2,
        "không phải tệp Excel",
        {"n.xlsx": "Mã,Tên\na,A\n"},
        at="n.xlsx:1:1",
    ),
    "damaged-workbook": Case(
        ["check", "{dir}/d.xlsx"],
        2,
        "không đọc được sổ tính",
        {"d.xlsx": zipped({"xl/workbook.xml": b"<broken", "[Content_Types].xml": b"<x/>"})},
        at="d.xlsx:1:1",
    ),
    "target-above-100-percent": refused(
        'min_reduction: "4%"', 'min_reduction: "150%"', 14, "lớn hơn 100%"
    ),
    "part-named-twice": Case(
        [*SCHEDULE, "--reduce", "10%", "--split", "hamilton", "--part", "a=500", "--part", "a=500"],
        2,
        "hai lần",
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_hostile_case(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    case = CASES[name]
    for file, content in case.files.items():
        path = tmp_path / file
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    if case.setup is not None:
        case.setup(tmp_path)
    for key, value in case.env.items():
        monkeypatch.setenv(key, value.replace("{dir}", str(tmp_path)))
    args = [arg.replace("{dir}", str(tmp_path)) for arg in case.args]
    monkeypatch.setattr(sys, "argv", ["lotrinh", *args])
    with pytest.raises(SystemExit) as ended:  # the console entry point, guard and all
        cli_app.main()
    out, err = capsys.readouterr()
    said = out + err
    assert "Traceback" not in said
    assert ended.value.code == case.code, said[-2_000:]
    assert case.said in said, said[-2_000:]
    if case.at is not None:
        assert err.startswith(f"{tmp_path}/{case.at}"), err
    assert "\x1b" not in out and "\u202e" not in out


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
@pytest.mark.parametrize(
    "args",
    [
        ["check", str(LONG_AN)],
        [*SCHEDULE, "--reduce", "10%"],
        ["extract", str(LONG_AN.parent.parent / "examples" / "long-an-123-kh-tu-2023.txt")],
    ],
    ids=["check", "schedule", "extract"],
)
def test_stdout_to_a_full_disk(args: list[str]) -> None:
    with Path("/dev/full").open("wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "lotrinh", *args], stdout=full, stderr=subprocess.PIPE
        )
    said = done.stderr.decode()
    assert done.returncode == 2 and "không ghi được kết quả" in said and "Traceback" not in said


def test_two_writers_of_one_file_cannot_both_succeed(tmp_path: Path) -> None:
    document = tmp_path / "d.txt"
    document.write_text("Năm 2024 tổng biên chế là 100 biên chế.\n", encoding="utf-8")
    out = tmp_path / "same.yaml"
    command = [sys.executable, "-m", "lotrinh", "extract", "-o", str(out), str(document)]
    writers = [subprocess.Popen(command, stderr=subprocess.PIPE) for _ in range(4)]
    codes = sorted(writer.wait() for writer in writers)
    for writer in writers:
        assert writer.stderr is not None
        writer.stderr.close()
    assert codes == [0, 2, 2, 2]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.txt", "same.yaml"]


def test_a_file_that_appears_while_writing_is_not_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race two writers run, made certain: the other one names its file between our
    check and ours."""
    from lotrinh.cli import files

    target = tmp_path / "out.yaml"
    real_fsync = os.fsync

    def other_writer_first(descriptor: int) -> None:
        real_fsync(descriptor)
        target.write_bytes(b"theirs")

    monkeypatch.setattr(os, "fsync", other_writer_first)
    with pytest.raises(FileExistsError):
        files.write_atomically(target, b"ours")
    assert target.read_bytes() == b"theirs"
    assert [p.name for p in tmp_path.iterdir()] == ["out.yaml"]


def test_a_workbook_libraries_warning_is_not_printed(tmp_path: Path) -> None:
    """openpyxl warns (UserWarning, with its own source line) of what it drops; Python prints
    that on stderr unless told otherwise. A process of its own: pytest turns warnings into
    errors."""
    from tests.excel.test_hostile import small_book

    data = io.BytesIO(small_book())
    out = io.BytesIO()
    extension = (
        b'<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14='
        b'"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
        b'<x14:dataValidations count="0"/></ext></extLst></worksheet>'
    )
    with zipfile.ZipFile(data) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename.startswith("xl/worksheets/"):
                content = content.replace(b"</worksheet>", extension)
            target.writestr(info, content)
    path = tmp_path / "k.xlsx"
    path.write_bytes(out.getvalue())
    done = subprocess.run(
        [sys.executable, "-m", "lotrinh", "check", str(path)], capture_output=True, check=False
    )
    said = done.stderr.decode()
    assert done.returncode in (0, 1, 2) and "Warning" not in said and "Traceback" not in said, said
