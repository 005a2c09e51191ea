"""Whatever a plan's text holds (control characters, markup, line breaks, a `::` command, a
path with a line break), SARIF stays valid JSON of its schema, JUnit well-formed XML, and a
GitHub annotation one line (issue 15: output is inert and well-formed with any input)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft4Validator

from lotrinh.core import CheckResult
from lotrinh.render import github_format, junit_format, sarif_format
from lotrinh.render.inert import visible
from lotrinh.render.report import Report

SCHEMA = Path(__file__).resolve().parent.parent / "data" / "sarif-schema-2.1.0.json"
VALIDATOR = Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
_TEXT = st.lists(
    st.text(st.characters(exclude_categories=("Cs",)), max_size=8)
    | st.sampled_from(["\n::error::x", "%0A", "]]>", "\x1b[2J", "\u202e"]),
    max_size=4,
).map("".join)


def _hostile(slips: CheckResult, quote: str, name: str, path: str) -> Report:
    first = replace(slips.findings[2], quote=quote or "x")
    units = {**slips.plan.units, "cbcc": replace(slips.plan.units["cbcc"], short=name or "x")}
    plan = replace(slips.plan, units=units, path=path or "x.yaml")
    return Report((replace(slips, findings=(first, *slips.findings[3:]), causes=(), plan=plan),))


@settings(max_examples=40, deadline=None)
@given(quote=_TEXT, name=_TEXT, path=_TEXT)
def test_any_text_stays_well_formed(slips: CheckResult, quote: str, name: str, path: str) -> None:
    report = _hostile(slips, quote, name, path)
    assert list(VALIDATOR.iter_errors(json.loads(sarif_format.render(report)))) == []
    ElementTree.fromstring(junit_format.render(report))
    # As the command line prints it (inert), split where the Actions runner splits: CR, LF.
    shown = visible(github_format.render(report))
    assert "\r" not in shown
    for line in shown.removesuffix("\n").split("\n"):
        assert line.startswith(("::error ", "::warning ", "::notice ")), line
