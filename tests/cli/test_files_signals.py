"""A write interrupted by SIGTERM leaves neither a half file nor a temporary one behind."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import os, signal, sys
from pathlib import Path
from lotrinh.cli import files

real_fsync = os.fsync
def fsync_then_terminated(fd):
    real_fsync(fd)
    os.kill(os.getpid(), signal.SIGTERM)  # as if `kill` arrived mid-write
os.fsync = fsync_then_terminated
files.write_atomically(Path(sys.argv[1]), b"plan", force=False)
"""


def test_sigterm_during_a_write_removes_the_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.yaml"
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(target)], check=False)
    assert done.returncode == 128 + signal.SIGTERM
    assert list(tmp_path.iterdir()) == []  # no out.yaml, no .out.yaml.*.tmp


def test_the_previous_sigterm_handler_is_restored(tmp_path: Path) -> None:
    from lotrinh.cli.files import write_atomically

    before = signal.getsignal(signal.SIGTERM)
    write_atomically(tmp_path / "a.yaml", b"x")
    assert signal.getsignal(signal.SIGTERM) is before
    assert (tmp_path / "a.yaml").read_bytes() == b"x"
