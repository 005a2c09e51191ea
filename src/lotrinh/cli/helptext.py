"""Help in the reader's language: every option's help is declared in Vietnamese and English
side by side (`bilingual`), and typer's own frame ("Usage", "Options", "[default: …]", "Show
this message and exit.") is said in the same language.

typer 0.28 (pinned in pyproject.toml) writes that frame from module constants of
`typer.rich_utils` and from its vendored click, in English only; they are set here, once, before
the command line is parsed. Nothing else of typer's is changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lotrinh.numbers import Lang

_ENGLISH: dict[str, str] = {}
"""Vietnamese help text → its English twin, filled as the command modules are imported."""


def bilingual(vi: str, en: str) -> str:
    """Declare a help text in both languages; typer gets the Vietnamese, and `--lang en`
    swaps in the English before help is shown."""
    _ENGLISH[vi] = en
    return vi


def english(vi: str) -> str | None:
    """The English twin of a help text declared with `bilingual`, if any."""
    return _ENGLISH.get(vi)


FRAME: dict[Lang, dict[str, str]] = {
    Lang.VI: {
        "ARGUMENTS_PANEL_TITLE": "Đối số",
        "OPTIONS_PANEL_TITLE": "Tùy chọn",
        "COMMANDS_PANEL_TITLE": "Lệnh",
        "ERRORS_PANEL_TITLE": "Lỗi",
        "DEFAULT_STRING": "[mặc định: {}]",
        "ENVVAR_STRING": "[biến môi trường: {}]",
        "REQUIRED_LONG_STRING": "[bắt buộc]",
        "DEPRECATED_STRING": "(không còn dùng) ",
        "ABORTED_TEXT": "Đã dừng.",
        "RICH_HELP": "Xem [blue]'{command_path} {help_option}'[/].",
        "usage": "Cách dùng: ",
        "help": "Hiện hướng dẫn này rồi thoát.",
        "options": "[TÙY CHỌN]",
        "commands": "LỆNH [ĐỐI SỐ]...",
    },
    Lang.EN: {
        "ARGUMENTS_PANEL_TITLE": "Arguments",
        "OPTIONS_PANEL_TITLE": "Options",
        "COMMANDS_PANEL_TITLE": "Commands",
        "ERRORS_PANEL_TITLE": "Error",
        "DEFAULT_STRING": "[default: {}]",
        "ENVVAR_STRING": "[env var: {}]",
        "REQUIRED_LONG_STRING": "[required]",
        "DEPRECATED_STRING": "(deprecated) ",
        "ABORTED_TEXT": "Aborted.",
        "RICH_HELP": "Try [blue]'{command_path} {help_option}'[/] for help.",
        "usage": "Usage: ",
        "help": "Show this message and exit.",
        "options": "[OPTIONS]",
        "commands": "COMMAND [ARGS]...",
    },
}


def install_frame(lang: Lang) -> None:
    """Say typer's help frame in `lang` (process-wide: the command line runs once)."""
    from typer import rich_utils
    from typer._click import decorators, formatting

    words = FRAME[lang]
    for name, text in words.items():
        if name.isupper():
            setattr(rich_utils, name, text)
    original_usage = _original(formatting.HelpFormatter, "write_usage")

    def write_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        original_usage(self, prog, args, words["usage"] if prefix is None else prefix)

    formatting.HelpFormatter.write_usage = write_usage  # type: ignore[method-assign]
    original_help = _original(decorators, "help_option")

    def help_option(param_decls: list[str]) -> Callable[[Any], Any]:
        decorate = original_help(param_decls)

        def apply(command: Any) -> Any:
            command = decorate(command)
            command.params[-1].help = words["help"]
            return command

        return apply

    decorators.help_option = help_option


def _original(owner: Any, name: str) -> Any:
    """The library's own function, even when `install_frame` runs twice (tests do)."""
    saved = f"_lotrinh_original_{name}"
    if not hasattr(owner, saved):
        setattr(owner, saved, getattr(owner, name))
    return getattr(owner, saved)


METAVARS_EN = {"TỆP...": "FILE...", "TÊN": "NAME"}
"""Placeholders in usage lines, as the Vietnamese help writes them, and in English."""


def localise(command: Any, lang: Lang) -> None:
    """Say every command's usage line in `lang`, and with `--lang en` put the English help of
    every command and option in place."""
    command.options_metavar = FRAME[lang]["options"]
    if hasattr(command, "subcommand_metavar"):
        command.subcommand_metavar = FRAME[lang]["commands"]
    if lang is Lang.EN:
        if command.help:
            command.help = english(command.help) or command.help
        for param in command.params:
            text = getattr(param, "help", None)
            if text:
                param.help = english(text) or text
            if param.metavar in METAVARS_EN:
                param.metavar = METAVARS_EN[param.metavar]
    for sub in getattr(command, "commands", {}).values():
        # typer leaves a placeholder for "the default panel", which rich_utils takes for a
        # panel of its own once the default panel's title is no longer its English one.
        sub.rich_help_panel = None
        localise(sub, lang)
