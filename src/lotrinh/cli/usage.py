"""Usage errors (a wrong option, value or command) in the reader's language.

typer reports them in English, from inside its vendored click. lotrinh runs the command
without click's standalone handling, catches the error through typer's public exception
class and says it in Vietnamese by default, always with exit code 2.
"""

from __future__ import annotations

import os
import re
import sys

from lotrinh.numbers import Lang

LANG_VARIABLE = "LOTRINH_LANG"
"""Environment variable for the default language (`en` or `vi`), as --lang sets it."""

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"No such command '(?P<a>[^']+)'\.(?: Did you mean (?P<b>.+)\?)?"),
        "không có lệnh '{a}'{maybe}",
    ),
    (
        re.compile(
            r"No such option: (?P<a>\S+?)(?: Did you mean (?P<b>\S+?)\?)?"
            r"(?: \(Possible options: (?P<c>[^)]+)\))?(?: .*)?$"
        ),
        "không có tùy chọn {a}{maybe}{options}",
    ),
    (
        re.compile(r"Invalid value for (?P<a>.+?): '(?P<b>.*)' is not one of (?P<c>.+)\."),
        "giá trị '{b}' không dùng được cho {a}; chọn một trong: {c}",
    ),
    (
        re.compile(r"Invalid value for (?P<a>.+?): '(?P<b>.*)' is not a valid integer\."),
        "giá trị '{b}' cho {a} phải là số nguyên",
    ),
    (re.compile(r"Invalid value for (?P<a>.+?): (?P<b>.+)"), "giá trị không hợp lệ cho {a}: {b}"),
    (re.compile(r"Missing argument (?P<a>.+)\.$"), "thiếu đối số {a}"),
    (re.compile(r"Missing option (?P<a>.+?)\."), "thiếu tùy chọn {a}"),
    (re.compile(r"Got unexpected extra arguments? \((?P<a>.+)\)"), "thừa đối số: {a}"),
    (re.compile(r"Option '(?P<a>.+?)' requires an argument\."), "tùy chọn '{a}' cần một giá trị"),
)


def translate(message: str) -> str:
    """click's English message in Vietnamese, or unchanged when it is not one we know."""
    for pattern, template in _PATTERNS:
        match = pattern.match(message.strip())
        if match:
            parts = {k: v for k, v in match.groupdict().items() if v is not None}
            hint = parts.get("b", "") if "{maybe}" in template else ""
            maybe = f" (có phải {hint.replace(', ', ' hay ')}?)" if hint else ""
            options = (
                f" (có thể là: {parts['c']})" if "{options}" in template and "c" in parts else ""
            )
            fields = {"a": "", "b": "", "c": "", **parts}
            return template.format(maybe=maybe, options=options, **fields)
    return message.strip()


def report(message: str, command: str | None, lang: Lang) -> int:
    """Print the usage error on stderr with a pointer to help; the exit code is 2."""
    from lotrinh.render.inert import one_line

    where = f"lotrinh {command}" if command else "lotrinh"
    if lang is Lang.EN:  # click's message quotes the value given, said on one line
        print(f"{where}: error: {one_line(message.strip())}\nSee: {where} --help", file=sys.stderr)
    else:
        print(f"{where}: lỗi: {one_line(translate(message))}\nXem: {where} --help", file=sys.stderr)
    return 2


def language(args: list[str]) -> Lang:
    """The --lang the user asked for, else LOTRINH_LANG, read before the arguments could be
    parsed (help and usage errors need it before any command runs)."""
    for index, arg in enumerate(args):
        if arg == "--lang" and index + 1 < len(args):
            return Lang.EN if args[index + 1] == "en" else Lang.VI
        if arg.startswith("--lang="):
            return Lang.EN if arg.split("=", 1)[1] == "en" else Lang.VI
    return Lang.EN if os.environ.get(LANG_VARIABLE) == "en" else Lang.VI
