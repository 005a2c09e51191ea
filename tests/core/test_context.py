"""What every check sees (core/context.py): years, the sentence behind a figure, rates at
their written precision, and the indexes a wrong claim's hints search."""

from __future__ import annotations

from decimal import Decimal

from lotrinh.model import Position, Rate
from lotrinh.numbers import Rounding
from tests.core.plans import HEAD, context

TEXT = (
    HEAD + "  - {id: dang, name: Khối Đảng, short: Đảng, figures: {2022: 1.288, 2023: 1.263}}\n"
    "  - {id: vc, name: VC, figures: {2024: 900}}\n"
    "  - {id: b, name: B, figures: {2022: 313, 2023: 288}}\n"
    "claims:\n"
    "  - {id: v, unit: vc, year: 2024, quote: qv, changes: [{reduction: 100, base_year: 2021}]}\n"
)


def test_years_are_those_with_a_value_stated_or_implied() -> None:
    ctx = context(TEXT)
    assert ctx.years_of("dang") == [2022, 2023]
    assert ctx.years_of("vc") == [2021, 2024]  # 2021 = 900 + 100, implied
    assert ctx.years_of("nobody") == []


def test_a_figure_is_located_where_written_else_at_the_sentence_implying_it() -> None:
    ctx = context(TEXT)
    line = TEXT.splitlines()[3]
    assert ctx.position_of("vc", 2024) == Position(4, line.index("900") + 1)
    assert ctx.claim_for("vc", 2024) is None  # a figure no sentence states
    implied = ctx.claim_for("vc", 2021)
    assert implied is not None and implied.id == "v.1"
    assert ctx.position_of("vc", 2021) == implied.position


def test_a_rate_reads_at_the_precision_it_is_written() -> None:
    ctx = context(TEXT)
    # 25/1.288 = 1,9409…% → "1,94%"; 25/1.263 = 1,9794…% → "1,98%"
    rate = Rate("1,94%", Decimal("1.94"), 2)
    assert ctx.rate_ok(25, 1288, rate)
    assert not ctx.rate_ok(25, 1263, rate)
    assert not ctx.rate_ok(25, 0, rate)  # no rate against nothing


def test_rounding_modes_disagree_on_the_half() -> None:
    # 1/8 = 12,5% exactly: "13%" half up and away from zero, "12%" half even (12 is even)
    # and towards zero
    rate_13 = Rate("13%", Decimal("13"), 0)
    rate_12 = Rate("12%", Decimal("12"), 0)
    expected = {
        Rounding.HALF_UP: rate_13,
        Rounding.HALF_EVEN: rate_12,
        Rounding.DOWN: rate_12,
        Rounding.UP: rate_13,
    }
    assert set(expected) == set(Rounding)
    for rounding, rate in expected.items():
        ctx = context(TEXT, rounding)
        assert ctx.rate_ok(1, 8, rate), rounding
        assert not ctx.rate_ok(1, 8, rate_12 if rate is rate_13 else rate_13), rounding


def test_units_are_indexed_by_their_reduction_between_two_years() -> None:
    # Đảng 1.288 − 1.263 = 25, B 313 − 288 = 25
    assert context(TEXT).units_changing(2023, 2022) == {25: ["dang", "b"]}


def test_cells_between_are_in_table_order() -> None:
    # values in [288, 1.000]: Đảng none, VC 900 (2024), B 313 and 288; VC 2021 = 1.000
    found = context(TEXT).cells_between(288, 1000, 10)
    assert sorted(found) == [
        ("b", 2022, 313),
        ("b", 2023, 288),
        ("vc", 2021, 1000),
        ("vc", 2024, 900),
    ]
    assert len(context(TEXT).cells_between(288, 1000, 2)) == 2


def test_labels_prefer_the_short_name() -> None:
    ctx = context(TEXT)
    assert (ctx.label("dang"), ctx.label("vc"), ctx.label("gone")) == ("Đảng", "VC", "gone")
