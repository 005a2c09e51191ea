"""The format registry: each concrete format has its renderer; auto is the CLI's to resolve."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from lotrinh.render import github_format, json_format, junit_format, markdown_format, sarif_format
from lotrinh.render.formats import Format, renderer


@pytest.mark.parametrize(
    ("fmt", "render"),
    [
        (Format.JSON, json_format.render),
        (Format.MARKDOWN, markdown_format.render),
        (Format.GITHUB, github_format.render),
        (Format.SARIF, sarif_format.render),
        (Format.JUNIT, junit_format.render),
    ],
)
def test_each_format_has_its_renderer(fmt: Format, render: object) -> None:
    assert renderer(fmt) is render


def test_auto_is_not_a_renderer() -> None:
    with pytest.raises(ValueError, match="auto"):
        renderer(Format.AUTO)


def test_dumps_writes_decimals_exactly_and_leaves_text_alone() -> None:
    value = {"rate": Decimal("1.6162"), "zero": Decimal("1.50"), "text": "a\\u0000", "n": 3}
    text = json_format.dumps(value)
    assert '"rate": 1.6162,' in text and '"zero": 1.50,' in text
    assert json.loads(text, parse_float=Decimal) == {
        "rate": Decimal("1.6162"),
        "zero": Decimal("1.50"),
        "text": "a\\u0000",
        "n": 3,
    }
