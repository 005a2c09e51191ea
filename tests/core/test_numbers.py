"""Exact rate arithmetic: rounding at the written precision, GRIM ranges, legal minimums."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lotrinh.numbers import (
    Lang,
    Rounding,
    bases_for_rate,
    format_count,
    format_percent,
    minimum_reduction,
    parse_rate,
    percent,
    rate_matches,
    reductions_for_rate,
    round_fraction,
    trimmed,
)


@pytest.mark.parametrize(
    ("exact", "mode", "expected"),
    [
        (Fraction(1265, 1000), Rounding.HALF_UP, "1.27"),
        (Fraction(1265, 1000), Rounding.HALF_EVEN, "1.26"),
        (Fraction(1275, 1000), Rounding.HALF_EVEN, "1.28"),
        (Fraction(12649, 10000), Rounding.HALF_UP, "1.26"),
        (Fraction(1269, 1000), Rounding.DOWN, "1.26"),
        (Fraction(1261, 1000), Rounding.UP, "1.27"),
        (Fraction(-1265, 1000), Rounding.HALF_UP, "-1.27"),
        (Fraction(1, 3), Rounding.HALF_UP, "0.33"),
    ],
)
def test_round_fraction(exact: Fraction, mode: Rounding, expected: str) -> None:
    assert round_fraction(exact, 2, mode) == Decimal(expected)


def test_stated_rate_means_an_interval_at_its_precision() -> None:
    rate = parse_rate("1,27%")
    assert rate_matches(Fraction(1265, 1000), rate)
    assert not rate_matches(Fraction(1275, 1000), rate)
    assert rate_matches(percent(16, 1263), rate)  # 1,2668%
    assert not rate_matches(percent(41, 1288), rate)  # 3,18%
    assert rate_matches(percent(70, 1263), parse_rate("5,5%"))  # 5,5424% at one decimal
    assert not rate_matches(percent(70, 1263), parse_rate("5,50%"))


def test_bases_for_rate_is_the_grim_range() -> None:
    rate = parse_rate("1,67%")
    low, high = bases_for_rate(455, rate) or (0, 0)
    assert rate_matches(percent(455, low), rate) and rate_matches(percent(455, high), rate)
    assert not rate_matches(percent(455, low - 1), rate)
    assert not rate_matches(percent(455, high + 1), rate)
    assert bases_for_rate(0, rate) is None


@given(st.integers(1, 5000), st.integers(1, 200000), st.integers(0, 2))
def test_bases_and_reductions_ranges_are_tight(reduction: int, base: int, decimals: int) -> None:
    """Whatever rate a reduction and base give, both ranges contain them and are exact."""
    if reduction > base:
        return
    written = round_fraction(percent(reduction, base), decimals)
    rate = parse_rate(format_percent(percent(reduction, base), decimals, Lang.VI))
    assert rate.percent == written
    bases = bases_for_rate(reduction, rate)
    assert bases is not None
    low, high = bases
    assert low <= base and (high is None or base <= high)
    assert low == 1 or not rate_matches(percent(reduction, low - 1), rate)
    if high is None:
        assert rate.percent == 0  # only "0%" is met by every larger base
    else:
        assert not rate_matches(percent(reduction, high + 1), rate)
    cuts = reductions_for_rate(base, rate)
    assert cuts is not None and cuts[0] <= reduction <= cuts[1]


def test_minimum_reduction_reads_as_the_law() -> None:
    ten = parse_rate("10%")
    assert minimum_reduction(26330, ten) == 2633
    assert minimum_reduction(29891, ten) == 2990  # 2.989 would be 9,9993%
    assert rate_matches(percent(2989, 29891), parse_rate("10,00%"))


def test_vietnamese_number_format() -> None:
    assert format_count(28960) == "28.960"
    assert format_count(28960, Lang.EN) == "28,960"
    assert format_count(-568) == "-568"
    assert format_percent(percent(1338, 26330), 2) == "5,08%"


@settings(deadline=None)  # the reference counts up to 6.000 reductions: slow on a busy machine
@given(
    st.integers(min_value=1, max_value=3000),
    st.integers(min_value=0, max_value=120),
    st.integers(min_value=0, max_value=2),
    st.sampled_from(list(Rounding)),
)
def test_reductions_for_a_rate_are_the_ones_counting_finds(
    base: int, whole: int, decimals: int, mode: Rounding
) -> None:
    # The interval arithmetic agrees with trying every reduction from 0 to the base.
    rate = parse_rate(f"{whole}{',' + '5' * decimals if decimals else ''}%")
    hits = [r for r in range(0, 2 * base + 1) if rate_matches(percent(r, base), rate, mode)]
    expected = (hits[0], hits[-1]) if hits else None
    assert reductions_for_rate(base, rate, mode) == expected


def test_reductions_for_a_rate_on_a_large_base_come_from_the_ends_of_the_interval() -> None:
    # 7% of 987.654.321 rounds from 6,5% (64.197.530,865 → 64.197.531) below 7,5% (74.074.074,075).
    assert reductions_for_rate(987_654_321, parse_rate("7%")) == (64_197_531, 74_074_074)


@pytest.mark.parametrize("written", ["1000000001", "1.000.000.001", "9" * 5000])
def test_a_count_past_a_billion_is_refused_without_reading_every_digit(written: str) -> None:
    from lotrinh.numbers import NumberError, parse_count

    with pytest.raises(NumberError, match="quá lớn"):
        parse_count(written)
    assert parse_count("1.000.000.000") == 10**9


def test_a_rate_with_thousands_of_digits_is_refused() -> None:
    from lotrinh.numbers import NumberError

    with pytest.raises(NumberError, match="không phải tỷ lệ có thật"):
        parse_rate("5," + "1" * 5000 + "%")


def test_a_language_picks_its_own_of_two_texts() -> None:
    assert (Lang.VI.pick("lỗi", "error"), Lang.EN.pick("lỗi", "error")) == ("lỗi", "error")


def test_a_whole_decimal_is_trimmed_and_any_other_keeps_its_digits() -> None:
    texts = [f"{trimmed(Decimal(t)):f}" for t in ("10.00", "100", "0.00", "5.50", "-3.0")]
    assert texts == ["10", "100", "0", "5.50", "-3"]


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("01.950", "leading zero"),  # grouped right, but a leading zero: that is what is wrong
        ("012", "leading zero"),
        ("1.95", "exactly 3 digits"),
        ("1,950", "decimal mark"),
    ],
)
def test_a_malformed_count_is_told_what_is_wrong_with_it(written: str, said: str) -> None:
    from lotrinh.numbers import NumberError, parse_count

    with pytest.raises(NumberError) as raised:
        parse_count(written)
    assert said in raised.value.message_en
