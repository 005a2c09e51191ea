"""The output formats, one module each, and the one place that maps a name to a module."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import assert_never

from lotrinh.render.report import Report


class Format(StrEnum):
    """`--format` values. `auto` picks github under GitHub Actions, else table."""

    TABLE = "table"
    TEXT = "text"
    CONCISE = "concise"
    JSON = "json"
    MARKDOWN = "markdown"
    GITHUB = "github"
    SARIF = "sarif"
    JUNIT = "junit"
    GITLAB = "gitlab"
    HTML = "html"
    AUTO = "auto"


def renderer(fmt: Format) -> Callable[[Report], str]:
    """The pure function for a concrete format (imported lazily: start-up stays fast)."""
    if fmt is Format.JSON:
        from lotrinh.render import json_format

        return json_format.render
    if fmt in (Format.TABLE, Format.TEXT):
        from lotrinh.render import table_format

        return table_format.render_text
    if fmt is Format.CONCISE:
        from lotrinh.render import concise_format

        return concise_format.render
    if fmt is Format.MARKDOWN:
        from lotrinh.render import markdown_format

        return markdown_format.render
    if fmt is Format.GITHUB:
        from lotrinh.render import github_format

        return github_format.render
    if fmt is Format.SARIF:
        from lotrinh.render import sarif_format

        return sarif_format.render
    if fmt is Format.JUNIT:
        from lotrinh.render import junit_format

        return junit_format.render
    if fmt is Format.GITLAB:
        from lotrinh.render import gitlab_format

        return gitlab_format.render
    if fmt is Format.HTML:
        from lotrinh.render import html_format

        return html_format.render
    if fmt is Format.AUTO:
        raise ValueError("auto is not a format: the CLI resolves it to github or table")
    assert_never(fmt)  # a Format added without a branch above fails type checking here
