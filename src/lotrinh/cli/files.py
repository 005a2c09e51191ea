"""Writing a file the user asked for (`-o`, `init`), the one way every command does it.

Nothing of the user's is overwritten by surprise: without `--force` an existing file is
refused, even one that appears while we write; with it, the file is replaced in one rename,
so a reader sees the old file or the whole new one, never half of either.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

from lotrinh.cli.common import fail_usage
from lotrinh.numbers import Lang


def write_atomically(path: Path, data: bytes, force: bool = False) -> None:
    """Write `data` to `path` through a temporary file beside it (a rename is atomic only
    within one file system). Raises FileExistsError when `path` exists and not `force`.

    The temporary file is created with mode 0o666 so the umask gives the new file the
    permissions an ordinary write would (a `tempfile` file stays private, 0o600).
    """
    if not force and (path.exists() or path.is_symlink()):
        raise FileExistsError(path)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    with _terminated_as_exit():
        _write_and_name(temporary, path, data, force)


@contextlib.contextmanager
def _terminated_as_exit() -> Iterator[None]:
    """SIGTERM (a CI job cancelled, `kill`) ends the process without running `finally`; while
    a file is written it is turned into an exit that does, so no temporary file is left
    behind. SIGINT already arrives as KeyboardInterrupt. Only the main thread may set it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _write_and_name(temporary: Path, path: Path, data: bytes, force: bool) -> None:
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if force:
            temporary.replace(path)  # os.replace: atomic within one file system
        else:
            _link_new(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _link_new(temporary: Path, path: Path) -> None:
    """Give the written file its name only if no file has it: a hard link fails rather than
    replace a file that appeared since the check above."""
    try:
        path.hardlink_to(temporary)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: the check above is all we have
        if path.exists():
            raise FileExistsError(path) from None
        temporary.replace(path)


def save(path: Path, text: str | bytes, force: bool, lang: Lang) -> None:
    """Write `text` (UTF-8, newlines as given) or refuse with a message and exit 2."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        write_atomically(path, data, force)
    except FileExistsError:
        fail_usage(
            f"tệp {path} đã tồn tại; dùng --force để ghi đè",
            f"{path} already exists; use --force to overwrite it",
            lang,
        )
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        fail_usage(f"không ghi được tệp {path}: {reason}", f"cannot write {path}: {reason}", lang)
