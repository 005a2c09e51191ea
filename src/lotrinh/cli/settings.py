"""Settings of `lotrinh check`: declared once in `KEYS`, read from configuration files,
overridden by command-line flags, each value remembering where it came from.

Files, nearest to a checked file first: `.lotrinh.toml`, `lotrinh.toml`, then `pyproject.toml`
with a `[tool.lotrinh]` table (a pyproject without one is passed over, as ruff does). The
nearest file wins whole; files are not merged. `--config FILE` replaces the search,
`--isolated` ignores every file. Keys of scope "run" (lang, format, fail-on, baseline) apply
to the whole run and come from the file that applies to the working directory.

TOML is parsed by the standard library's `tomllib`; it gives no positions, so a small scan of
the text (`_locate`) finds the line and column of a key to name in an error. tomlkit keeps
positions internally but exposes no line numbers either, and a second parser would be a
dependency for an error message.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from lotrinh.findings import select as selection
from lotrinh.findings.finding import Severity
from lotrinh.loading.decode import DEFAULT_MAX_BYTES, decode, read_bytes
from lotrinh.loading.errors import LoadError, Problem
from lotrinh.numbers import Lang, Rounding
from lotrinh.render.formats import Format

Text = tuple[str, str]  # (Vietnamese, English)
_LIST = "danh sách chuỗi"

CONFIG_NAMES = (".lotrinh.toml", "lotrinh.toml", "pyproject.toml")
"""Looked for in each directory, in this order; the first that configures lotrinh wins."""

DEFAULT_BASELINE = ".lotrinh-baseline.json"
"""Used, beside the configuration file, when the file exists and no `baseline` key is set."""


class FailOn(StrEnum):
    """The lowest severity that makes the exit code 1."""

    MATERIAL = "material"
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    NEVER = "never"

    @property
    def level(self) -> Severity | None:
        """The severity it stands for; None never fails."""
        return None if self is FailOn.NEVER else Severity(self.value)


class BadValueError(ValueError):
    """A value a key does not accept, said in both languages."""

    def __init__(self, vi: str, en: str) -> None:
        super().__init__(en)
        self.vi = vi
        self.en = en


class Key(NamedTuple):
    """One setting: its name in files, the flag that overrides it, its type and default.
    Named tuples, not dataclasses, here and in `Settings`: a dataclass compiles its methods
    when its module is imported, which `lotrinh check` pays at every start."""

    name: str
    parse: Callable[[Any], Any]
    default: Any
    kind: str  # the TOML type, for the documentation
    doc: Text
    scope: str = "file"  # "file": nearest configuration; "run": the working directory's
    has_flag: bool = True

    @property
    def attr(self) -> str:
        """The field of `Settings` that holds it."""
        return self.name.replace("-", "_")

    @property
    def flag(self) -> str | None:
        """The command-line flag that overrides it, if any."""
        return f"--{self.name}" if self.has_flag else None


def _choice(enum: type[StrEnum]) -> Callable[[Any], Any]:
    def parse(value: Any) -> Any:
        choices = [member.value for member in enum]
        if isinstance(value, str) and value in choices:
            return enum(value)
        maybe = _maybe(str(value), choices)
        listed = ", ".join(choices)
        raise BadValueError(
            f"giá trị {_show(value)} không dùng được; chọn một trong: {listed}{maybe[0]}",
            f"{_show(value)} is not accepted; choose one of: {listed}{maybe[1]}",
        )

    return parse


def _one_of(enum: type[StrEnum]) -> str:
    return " \\| ".join(member.value for member in enum)


def _selectors(value: Any) -> tuple[str, ...]:
    items = _strings(value)
    for item in items:
        if not selection.is_known(item):
            close = selection.suggest(item)
            hint = _maybe(item, [close] if close else [])
            raise BadValueError(
                f"{_show(item)} không phải mã, tên hay tiền tố mã phát hiện nào{hint[0]}",
                f"{_show(item)} is no finding code, name or code prefix{hint[1]}",
            )
    return items


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise BadValueError(
            f'cần một danh sách chuỗi, ví dụ ["LT201"], không phải {_show(value)}',
            f'expected a list of strings such as ["LT201"], not {_show(value)}',
        )
    return tuple(value)


def _per_file(value: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise BadValueError(
            f'cần một bảng mẫu tên tệp → danh sách mã, ví dụ {{"cu/*.yaml" = ["LT2"]}}, '
            f"không phải {_show(value)}",
            f'expected a table of glob → codes such as {{"old/*.yaml" = ["LT2"]}}, '
            f"not {_show(value)}",
        )
    return tuple((glob, _selectors(codes)) for glob, codes in value.items())


def _positive(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise BadValueError(
            f"cần một số nguyên dương (số byte), không phải {_show(value)}",
            f"expected a positive whole number of bytes, not {_show(value)}",
        )
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise BadValueError(
            f"cần true hoặc false, không phải {_show(value)}",
            f"expected true or false, not {_show(value)}",
        )
    return value


def _path(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise BadValueError(
            f"cần một đường dẫn tệp, không phải {_show(value)}",
            f"expected a file path, not {_show(value)}",
        )
    return value


KEYS: tuple[Key, ...] = (
    Key(
        "select",
        _selectors,
        (),
        _LIST,
        (
            "Chỉ báo các loại này: mã (LT201), tên (claim-difference), tiền tố mã (LT2) hoặc "
            "ALL. Để trống: mọi loại.",
            "Report only these kinds: codes (LT201), names (claim-difference), code prefixes "
            "(LT2) or ALL. Empty: every kind.",
        ),
    ),
    Key(
        "ignore",
        _selectors,
        (),
        _LIST,
        (
            "Không báo các loại này (cùng cách viết như select); bộ chọn cụ thể hơn thắng.",
            "Do not report these kinds (written as for select); the more specific selector wins.",
        ),
    ),
    Key(
        "per-file-ignores",
        _per_file,
        (),
        "bảng",
        (
            "Mẫu tên tệp (kiểu .gitignore, tính từ thư mục của tệp cấu hình) → các loại không "
            "báo cho những tệp đó.",
            "Glob (.gitignore style, relative to the configuration file's folder) → kinds not "
            "reported for those files.",
        ),
        has_flag=False,
    ),
    Key(
        "exclude",
        _strings,
        (),
        _LIST,
        (
            "Mẫu (kiểu .gitignore) của tệp, thư mục không tìm khi duyệt thư mục.",
            "Patterns (.gitignore style) of files and folders not searched in directories.",
        ),
    ),
    Key(
        "documents",
        _flag,
        False,
        "true/false",
        (
            "Khi duyệt thư mục, kiểm tra cả văn bản .txt, .md, .docx, .pdf.",
            "When searching directories, check documents (.txt, .md, .docx, .pdf) too.",
        ),
    ),
    Key(
        "rounding",
        _choice(Rounding),
        Rounding.HALF_UP,
        _one_of(Rounding),
        (
            "Cách văn bản làm tròn tỷ lệ (Excel: half-up).",
            "How the document rounds rates (Excel: half-up).",
        ),
    ),
    Key(
        "max-bytes",
        _positive,
        DEFAULT_MAX_BYTES,
        "số nguyên",
        ("Kích thước tối đa của một tệp, tính bằng byte.", "Largest file accepted, in bytes."),
    ),
    Key(
        "fail-on",
        _choice(FailOn),
        FailOn.ERROR,
        _one_of(FailOn),
        ("Mức thấp nhất làm lệnh trả về mã 1.", "Lowest severity that makes the exit code 1."),
        "run",
    ),
    Key(
        "lang",
        _choice(Lang),
        Lang.VI,
        _one_of(Lang),
        ("Ngôn ngữ: vi hoặc en.", "Language: vi or en."),
        "run",
    ),
    Key(
        "format",
        _choice(Format),
        Format.TABLE,
        _one_of(Format),
        ("Định dạng kết quả.", "Output format."),
        "run",
    ),
    Key(
        "baseline",
        _path,
        None,
        "chuỗi",
        (
            f"Tệp baseline (tính từ thư mục của tệp cấu hình). Không ghi: {DEFAULT_BASELINE} "
            "nếu tệp đó có.",
            f"Baseline file (relative to the configuration file). Unset: {DEFAULT_BASELINE} "
            "when it exists.",
        ),
        "run",
    ),
)
BY_NAME = {key.name: key for key in KEYS}
DEFAULT_ORIGIN: Text = ("mặc định", "default")


class Settings(NamedTuple):
    """Resolved settings; `origins` says, per key, the file:line or flag it came from."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    exclude: tuple[str, ...] = ()
    documents: bool = False
    rounding: Rounding = Rounding.HALF_UP
    max_bytes: int = DEFAULT_MAX_BYTES
    fail_on: FailOn = FailOn.ERROR
    lang: Lang = Lang.VI
    format: Format = Format.TABLE
    baseline: str | None = None
    root: Path = Path()  # globs and the baseline are relative to it
    config: Path | None = None
    origins: Mapping[str, str] = MappingProxyType({})

    def value(self, key: Key) -> Any:
        """A key's value."""
        return getattr(self, key.attr)

    def origin(self, key: Key, lang: Lang) -> str:
        """Where a key's value came from."""
        return self.origins.get(key.name) or DEFAULT_ORIGIN[lang is Lang.EN]

    def baseline_path(self) -> Path | None:
        """The baseline file in use: the key (or flag), else the default file when a
        configuration file exists and the default file is beside it."""
        if self.baseline is not None and self.origins.get("baseline") == "--baseline":
            return Path(self.baseline)  # the user's path, relative to the working directory
        if self.baseline is not None:
            return Path(display(self.root / self.baseline))
        if self.config is not None and (self.root / DEFAULT_BASELINE).is_file():
            return Path(display(self.root / DEFAULT_BASELINE))
        return None


assert set(Settings._fields) == {k.attr for k in KEYS} | {"root", "config", "origins"}


def with_flags(settings: Settings, flags: Mapping[str, Any]) -> Settings:
    """Flags given on the command line (key name → parsed value) override the files."""
    given = {name: value for name, value in flags.items() if value is not None}
    if not given:
        return settings
    origins = {**settings.origins, **{name: f"--{name}" for name in given}}
    changes = {BY_NAME[name].attr: value for name, value in given.items()}
    if "baseline" in given:
        changes["baseline"] = str(given["baseline"])
    return settings._replace(**changes, origins=origins)


def with_run_keys(settings: Settings, run: Settings) -> Settings:
    """A file's settings with the run-wide keys taken from the run's settings."""
    keys = [key for key in KEYS if key.scope == "run"]
    origins = {**settings.origins}
    for key in keys:
        origins.pop(key.name, None)
        if key.name in run.origins:
            origins[key.name] = run.origins[key.name]
    changes = {key.attr: run.value(key) for key in keys}
    return settings._replace(**changes, origins=origins)


def find_config(start: Path, known: dict[Path, Path | None] | None = None) -> Path | None:
    """The nearest configuration file at or above `start` (a file or a directory); `known`
    remembers folders already looked at (one run looks at each folder once)."""
    folder = (start if start.is_dir() else start.parent).resolve()
    seen = {} if known is None else known
    walked = []
    found: Path | None = None
    while True:
        if folder in seen:
            found = seen[folder]
            break
        walked.append(folder)
        found = next((c for c in map(folder.joinpath, CONFIG_NAMES) if _configures(c)), None)
        if found is not None or folder.parent == folder:
            break
        folder = folder.parent
    for each in walked:
        seen[each] = found
    return found


def _configures(candidate: Path) -> bool:
    return candidate.is_file() and (candidate.name != "pyproject.toml" or _has_table(candidate))


def _has_table(pyproject: Path) -> bool:
    # A cheap look before a parse: most pyproject.toml files do not configure lotrinh.
    try:
        return b"[tool.lotrinh" in pyproject.read_bytes()
    except OSError:
        return False


def load_config(path: Path) -> Settings:
    """Settings from one configuration file; `LoadError` with located problems if invalid."""
    name = display(path)
    # Read as a plan file is: bounded, a regular file only (--config may name a FIFO, which
    # would block, or a device, which never ends), UTF-8 with or without BOM. `name` is the
    # same file as `path`, as the user would write it.
    text = decode(read_bytes(Path(name)), name)
    import tomllib  # only when a configuration file exists: start-up stays fast

    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, column = _decode_position(str(exc), text)
        what = _DECODE_AT_ANY.sub("", str(exc)).strip()
        raise LoadError(
            [Problem(name, line, column, f"TOML không hợp lệ: {what}", f"invalid TOML: {what}")]
        ) from exc
    table_path: tuple[str, ...] = ()
    table: Any = document
    if path.name == "pyproject.toml":
        table_path = ("tool", "lotrinh")
        tool = document.get("tool", {})
        table = tool.get("lotrinh", {}) if isinstance(tool, dict) else {}
    if not isinstance(table, dict):
        line, column = _locate(text, table_path[:-1], table_path[-1])
        raise LoadError(
            [
                Problem(
                    name,
                    line,
                    column,
                    "[tool.lotrinh] phải là một bảng",
                    "[tool.lotrinh] must be a table",
                )
            ]
        )
    return _settings(table, text, table_path, path)


def _settings(table: dict[str, Any], text: str, where: tuple[str, ...], path: Path) -> Settings:
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for name, raw in table.items():
        line, column = _locate(text, where, name)
        key = BY_NAME.get(name)
        if key is None:
            hint = _maybe(name, list(BY_NAME))
            problems.append(
                Problem(
                    display(path),
                    line,
                    column,
                    f"khóa lạ {_show(name)} trong cấu hình lotrinh{hint[0]}",
                    f"unknown key {_show(name)} in lotrinh configuration{hint[1]}",
                )
            )
            continue
        try:
            values[key.attr] = key.parse(raw)
        except BadValueError as bad:
            at = _value_column(text, line, column)
            problems.append(
                Problem(display(path), line, at, f"{name}: {bad.vi}", f"{name}: {bad.en}")
            )
            continue
        origins[name] = f"{display(path)}:{line}"
    if problems:
        raise LoadError(problems)
    return Settings(**values, root=path.parent, config=path, origins=origins)


def display(path: Path) -> str:
    """A configuration file's path as the user would write it: relative to the working
    directory when it lies below it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _maybe(word: str, choices: list[str]) -> Text:
    import difflib

    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.5)
    if not close:
        return ("", "")
    return (f" (có phải {_show(close[0])}?)", f" (did you mean {_show(close[0])}?)")


def _show(value: Any) -> str:
    return f"'{value}'" if isinstance(value, str) else repr(value)


_HEADER = re.compile(r"^\s*\[([^\[\]]+)\]\s*(?:#.*)?$")
_KEY = re.compile(r"""^\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*=""")
_DECODE_AT = re.compile(r"at line (\d+), column (\d+)")
_DECODE_AT_ANY = re.compile(r"\s*\(at [^)]*\)")


def _locate(text: str, table: tuple[str, ...], key: str) -> tuple[int, int]:
    """Line and column (1-based) of `key` in `[table]`, by a scan of the text; (1, 1) when
    the scan does not find it (a key written in an unusual way still gets its file named)."""
    current: tuple[str, ...] = ()
    header_line = 0
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            current = tuple(part.strip().strip("\"'") for part in header.group(1).split("."))
            if current == (*table, key):
                return number, line.index("[") + 1
            if current == table:
                header_line = number
            continue
        match = _KEY.match(line)
        if match and current == table:
            found = next(group for group in match.groups() if group is not None)
            if found == key:
                return number, len(line) - len(line.lstrip()) + 1
    return (header_line, 1) if header_line else (1, 1)


def _value_column(text: str, line: int, column: int) -> int:
    """The column where the value after `key =` starts, to point at the bad value."""
    lines = text.splitlines()
    if not 0 < line <= len(lines):
        return column
    row = lines[line - 1]
    equals = row.find("=", column - 1)
    if equals < 0:
        return column
    rest = row[equals + 1 :]
    return equals + 2 + len(rest) - len(rest.lstrip())


def _decode_position(message: str, text: str) -> tuple[int, int]:
    """tomllib says where in its message only (its exception has no fields for it in 3.11)."""
    match = _DECODE_AT.search(message)
    if match:
        return int(match.group(1)), int(match.group(2))
    lines = text.split("\n")  # "at end of document": just past the last character
    return len(lines), len(lines[-1]) + 1


_CHECKED_FLAGS = ("select", "ignore")
"""Flags whose values typer cannot check (enums and numbers it checks itself)."""


def _checked_flags(flags: Mapping[str, Any]) -> dict[str, Any]:
    """Flag values checked as a file's would be; `LoadError` naming the flag if one is bad."""
    problems = []
    for name in _CHECKED_FLAGS:
        value = flags.get(name)
        if value is None:
            continue
        try:
            BY_NAME[name].parse(list(value))
        except BadValueError as bad:
            problems.append(Problem(f"--{name}", 0, 0, bad.vi, bad.en))
    if problems:
        raise LoadError(problems)
    return dict(flags)


class Resolver:
    """Settings per checked file: the nearest configuration (or `--config`, or none with
    `--isolated`), the run-wide keys from the working directory's, then the flags."""

    def __init__(
        self, config: Path | None, isolated: bool, flags: Mapping[str, Any], cwd: Path
    ) -> None:
        self.config = config
        self.isolated = isolated
        self.flags = _checked_flags(flags)
        self._folders: dict[Path, Path | None] = {}
        self._files: dict[Path, Settings] = {}
        self.run = with_flags(self._file_settings(cwd), self.flags)

    def _file_settings(self, path: Path) -> Settings:
        if self.isolated:
            return Settings()
        found = self.config.resolve() if self.config else find_config(path, self._folders)
        if found is None:
            return Settings()
        if found not in self._files:
            self._files[found] = load_config(found)
        return self._files[found]

    def for_path(self, path: Path) -> Settings:
        """A file's (or folder's) settings; `LoadError` if its configuration is invalid."""
        return with_flags(with_run_keys(self._file_settings(path), self.run), self.flags)


def describe(settings: Settings, lang: Lang) -> str:
    """`--show-settings`: every key, its value and where the value came from."""
    en = lang is Lang.EN
    rows = [
        f"{'configuration file' if en else 'tệp cấu hình'}: "
        f"{display(settings.config) if settings.config else ('none' if en else 'không có')}"
    ]
    for key in KEYS:
        value = settings.value(key)
        shown = "{}" if key.name == "per-file-ignores" and not value else _toml(value)
        if value is None:  # TOML has no null: an unset key is shown commented out
            rows.append(f"# {key.name} =  # {settings.origin(key, lang)}")
            continue
        rows.append(f"{key.name} = {shown}  # {settings.origin(key, lang)}")
    return "\n".join(rows) + "\n"


def _toml(value: Any) -> str:
    if value is None:
        return '""'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return f'"{value}"'
    if value and isinstance(value, tuple) and all(isinstance(item, tuple) for item in value):
        inner = ", ".join(f'"{glob}" = {_toml(codes)}' for glob, codes in value)
        return "{" + inner + "}"
    if isinstance(value, tuple):
        return "[" + ", ".join(_toml(item) for item in value) + "]"
    return repr(value)


FLAG_HELP: dict[str, Text] = {
    "config": ("Dùng tệp cấu hình này thay vì tìm.", "Use this configuration file; no search."),
    "isolated": ("Không đọc tệp cấu hình nào.", "Read no configuration file."),
    "force-exclude": (
        "Lọc cả tệp được ghi tên như tệp tìm được (cho pre-commit): bỏ qua YAML không phải kế "
        "hoạch, tệp trong .gitignore và exclude.",
        "Filter named files as found ones (for pre-commit): skip YAML that is no plan, files "
        "in .gitignore and exclude.",
    ),
    "show-settings": (
        "In cấu hình áp dụng cho từng tệp và nguồn của từng giá trị.",
        "Print the settings that apply to each file and where each value comes from.",
    ),
    "write-baseline": (
        "Ghi mọi phát hiện hiện có vào tệp baseline này.",
        "Record every current finding in this baseline file.",
    ),
    "show-suppressed": (
        "Liệt kê (ra stderr) các phát hiện đã được bỏ qua.",
        "List (on stderr) the findings that were suppressed.",
    ),
    "statistics": ("Chỉ in số phát hiện theo mã.", "Print only the number of findings per code."),
}
"""Help of the flags that are not settings keys, in both languages."""


def option_help(name: str, lang: Lang = Lang.VI) -> str:
    """A key's flag help, from its one declaration: the doc and the default (lists written
    comma-separated on the command line)."""
    key = BY_NAME[name]
    en = lang is Lang.EN
    default = "—" if key.default is None else _toml(key.default)
    listed = ""
    if key.kind == _LIST:
        listed = " Comma-separated." if en else " Trên dòng lệnh: cách nhau bằng dấu phẩy."
    if en:
        return f"{key.doc[1]}{listed} [default: {default}; configuration key: {key.name}]"
    return f"{key.doc[0]}{listed} [mặc định: {default}; tệp cấu hình: {key.name}]"


def markdown_table(lang: Lang = Lang.VI) -> str:
    """The table of keys in docs/ci.md, generated from `KEYS` (tests keep them equal)."""
    en = lang is Lang.EN
    head = (
        "| Key | Type | Default | Flag | Applies to | Meaning |"
        if en
        else "| Khóa | Kiểu | Mặc định | Cờ dòng lệnh | Áp dụng cho | Ý nghĩa |"
    )
    rows = [head, "|---|---|---|---|---|---|"]
    scopes = {"file": ("từng tệp", "each file"), "run": ("cả lần chạy", "the whole run")}
    for key in KEYS:
        default = "{}" if key.name == "per-file-ignores" else _toml(key.default)
        if key.default is None:
            default = "—"
        rows.append(
            f"| `{key.name}` | {key.kind} | `{default}` | {f'`{key.flag}`' if key.flag else '—'} | "
            f"{scopes[key.scope][en]} | {key.doc[en]} |"
        )
    return "\n".join(rows) + "\n"
