"""A schedule's exact numbers as text: machine text in JSON, a person's in tables and the
YAML fragment's quotes. Expectations written out by hand."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lotrinh.numbers import Lang
from lotrinh.render.schedule import exact_human, exact_text, rate_text


@pytest.mark.parametrize(
    ("value", "machine", "vi", "en"),
    [
        (Fraction(29891, 10), "2989.1", "2.989,1", "2,989.1"),
        (Fraction(2633), "2633", "2.633", "2,633"),
        (Fraction(0), "0", "0", "0"),
        (Fraction(-1, 2), "-0.5", "-0,5", "-0.5"),
        (Fraction(299000, 29891), "299000/29891", "299000/29891", "299000/29891"),
        (Fraction(1, 1024), "0.0009765625", "0,0009765625", "0.0009765625"),
    ],
)
def test_exact_values(value: Fraction, machine: str, vi: str, en: str) -> None:
    assert exact_text(value) == machine
    assert (exact_human(value, Lang.VI), exact_human(value, Lang.EN)) == (vi, en)


@pytest.mark.parametrize(
    ("value", "text"),
    [(Fraction(10), "10%"), (Fraction(11, 2), "5,5%"), (Fraction(754, 100), "7,54%")],
)
def test_a_rate_two_decimals_hold_is_written_exactly(value: Fraction, text: str) -> None:
    assert rate_text(value) == text


def test_a_rate_two_decimals_do_not_hold_is_rounded_half_up() -> None:
    assert rate_text(Fraction(100045, 10000)) == "10,00%"  # 10,0045%
    assert rate_text(Fraction(1, 3)) == "0,33%"


terminating = st.builds(
    lambda n, twos, fives: Fraction(n, 2**twos * 5**fives),
    st.integers(-(10**12), 10**12),
    st.integers(0, 30),
    st.integers(0, 30),
)


@given(terminating)
def test_the_machine_text_is_the_value(value: Fraction) -> None:
    assert Fraction(exact_text(value)) == value
