"""`lotrinh explain [CODE]`: the documentation of each finding kind, from the one catalog."""

from __future__ import annotations

import sys

import typer

from lotrinh.cli.common import LANG_OPTION, fail_usage
from lotrinh.cli.helptext import bilingual
from lotrinh.cli.output import width_of
from lotrinh.findings.kinds import KINDS, FindingKind, lookup
from lotrinh.numbers import Lang
from lotrinh.render.layout import wrap
from lotrinh.render.report import TEXT_WIDTH, severity_label

HELP_EN = """Explain the finding kinds: meaning, severity, a failing and a passing example."""
"""The command's help in English; its docstring is the Vietnamese."""


def explain(
    code: str | None = typer.Argument(
        None,
        help=bilingual(
            "Mã (LT201) hoặc tên (claim-difference).", "A code (LT201) or name (claim-difference)."
        ),
    ),
    markdown: bool = typer.Option(
        False,
        "--markdown",
        help=bilingual("Bảng Markdown cho README.", "A Markdown table for the README."),
    ),
    lang: Lang = LANG_OPTION,
) -> None:
    """Giải thích các loại phát hiện: ý nghĩa, mức độ, ví dụ sai và đúng."""
    if markdown:
        typer.echo(markdown_table(lang), nl=False)
        return
    if code is None:
        for each in KINDS.values():
            level = severity_label(each.severity, lang)
            typer.echo(f"{each.code}  {each.name:<22} {level:<9} {lang.pick(*each.title)}")
        return
    found = lookup(code)
    if found is None:
        fail_usage(
            f"không có loại phát hiện '{code}' (xem: lotrinh explain)",
            f"no finding kind '{code}' (see: lotrinh explain)",
            lang,
        )
    typer.echo(describe(found, lang, width_of(sys.stdout)), nl=False)


def describe(kind: FindingKind, lang: Lang, width: int = TEXT_WIDTH) -> str:
    """One kind in full: title, severity, meaning (wrapped between words at `width`), a
    failing and a passing plan (as written: YAML is never wrapped)."""
    fail_label, pass_label = ("Sai", "Đúng") if lang is Lang.VI else ("Failing", "Passing")
    level = severity_label(kind.severity, lang)
    head = f"{kind.code} {kind.name} ({level}): {lang.pick(*kind.title)}"
    prose = "\n".join(wrap(head, width)) + "\n\n" + "\n".join(wrap(lang.pick(*kind.doc), width))
    return (
        f"{prose}\n\n{fail_label}:\n{_indent(kind.failing)}\n{pass_label}:\n{_indent(kind.passing)}"
    )


def markdown_table(lang: Lang) -> str:
    """The README's table of finding kinds."""
    if lang is Lang.VI:
        rows = ["| Mã | Loại | Mức | Ý nghĩa |", "|---|---|---|---|"]
    else:
        rows = ["| Code | Kind | Severity | Meaning |", "|---|---|---|---|"]
    for kind in KINDS.values():
        doc = lang.pick(*kind.doc).replace("|", "\\|")
        rows.append(f"| {kind.code} | `{kind.name}` | {kind.severity.value} | {doc} |")
    return "\n".join(rows) + "\n"


def _indent(text: str) -> str:
    return "".join(f"    {line}\n" for line in text.splitlines())
