"""Values keep the text written: counts read the Vietnamese way, rates keep their precision,
YAML 1.1 never retypes `yes`, `012` or `28.960`, and text is NFC. With both YAML parsers."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import Any

import pytest

from lotrinh.loading import LoadError, load_text
from lotrinh.loading.text import _NOT_PRINTABLE
from lotrinh.model import Plan


def plan(unit_lines: str = "", claim_lines: str = "", plan_lines: str = "") -> str:
    text = "lotrinh: 1\n"
    if plan_lines:
        text += "plan:\n" + plan_lines
    text += "units:\n  - id: tong\n    name: Tổng\n" + unit_lines
    if claim_lines:
        text += "claims:\n  - unit: tong\n    year: 2024\n    quote: q\n" + claim_lines
    return text


def load(text: str, loader: Any) -> Plan:
    return load_text(text, "plan.yaml", loader=loader)


@pytest.mark.parametrize(
    "written", ["28.960", '"28.960"', '"28 960"', '"28\u00a0960"', "28960", "'28960'"]
)
def test_a_count_means_28960_however_written(written: str, loader: Any) -> None:
    figures = load(plan(f"    figures:\n      2023: {written}\n"), loader).figures
    assert figures[("tong", 2023)].value == 28960


def test_reductions_read_thousands_too(loader: Any) -> None:
    claims = load(
        plan(claim_lines="    changes:\n      - {reduction: 1.338, base_year: 2021}\n"), loader
    ).claims
    assert claims[0].reduction == 1338


@pytest.mark.parametrize(
    ("written", "decimals", "percent"),
    [('"5,5%"', 1, "5.5"), ('"5,50%"', 2, "5.50"), ('"10%"', 0, "10"), ('"1,94 %"', 2, "1.94")],
)
def test_a_rate_keeps_its_text_and_precision(
    written: str, decimals: int, percent: str, loader: Any
) -> None:
    changes = f"    changes:\n      - {{base_year: 2023, rate: {written}}}\n"
    rate = load(plan(claim_lines=changes), loader).claims[0].rate
    assert rate is not None
    assert rate.text == written.strip('"')
    assert rate.decimals == decimals
    assert rate.percent == Decimal(percent)
    assert str(rate.percent) == percent  # "5,50%" is not "5,5%"


@pytest.mark.parametrize(
    ("key", "written", "kept"),
    [
        ("number", "012", "012"),
        ("title", "yes", "yes"),
        ("issuer", "on", "on"),
        ("scope", "28.960", "28.960"),
        ("source", "1e3", "1e3"),
        ("title", '"~"', "~"),
        ("title", "0x1F", "0x1F"),
    ],
)
def test_text_is_never_retyped(key: str, written: str, kept: str, loader: Any) -> None:
    meta = load(plan(plan_lines=f"  {key}: {written}\n"), loader).meta
    assert getattr(meta, key) == kept


@pytest.mark.parametrize("written", ["", "~", "null", "Null", "NULL"])
def test_a_plain_null_is_absent(written: str, loader: Any) -> None:
    """Both parsers: libyaml marks plain scalars differently from the pure parser."""
    assert load(plan("    short: " + written + "\n"), loader).units["tong"].short is None


def test_text_is_normalised_to_nfc(loader: Any) -> None:
    decomposed = unicodedata.normalize("NFD", "Biên chế Hà Nội")
    unit = load(plan().replace("Tổng", decomposed), loader).units["tong"]
    assert unit.name == "Biên chế Hà Nội"
    assert unicodedata.is_normalized("NFC", unit.name)


def test_quotes_shared_by_anchor_and_alias(loader: Any) -> None:
    text = plan(claim_lines="    value: 1\n") + (
        "  - unit: tong\n    year: 2025\n    quote: *q\n    value: 2\n"
    )
    text = text.replace("quote: q", "quote: &q Câu chung")
    claims = load(text, loader).claims
    assert [claim.quote for claim in claims] == ["Câu chung", "Câu chung"]


def test_non_printable_class_is_the_complement_of_yaml_printable() -> None:
    printable = re.compile("[\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
    everything = "".join(chr(c) for c in range(0x110000))
    refused = {m.start() for m in _NOT_PRINTABLE.finditer(everything)}
    allowed = {m.start() for m in printable.finditer(everything)}
    assert refused.isdisjoint(allowed)
    assert len(refused) + len(allowed) == 0x110000


DERIVED = """lotrinh: 1
units:
  - id: vc
    name: VC
    figures:
      2021: {{value: 26.330, derived_from: {name}}}
      2024: 24.992
claims:
  - id: vc-2024
    unit: vc
    year: 2024
    quote: q
    changes: [{{reduction: 1.338, base_year: 2021}}]
"""


def test_derived_from_names_a_claim_item_or_one_of_its_parts() -> None:
    for name in ("vc-2024", "vc-2024.1"):
        plan = load_text(DERIVED.format(name=name), "d.yaml")
        assert plan.figures[("vc", 2021)].derived_from == name


def test_derived_from_an_unknown_claim_is_refused_at_its_position() -> None:
    try:
        load_text(DERIVED.format(name="vc-2023"), "d.yaml")
    except LoadError as exc:
        (problem,) = exc.problems
        assert (problem.line, problem.message_vi) == (6, "không có nhận định mã 'vc-2023'")
    else:
        raise AssertionError("an unknown derived_from was accepted")
