"""Divisor apportionment from an estimated divisor equals handing out posts one at a time
(the method's definition, kept here as the reference), ties and bounds included."""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from lotrinh.schedule.apportion import divisor_method


def one_at_a_time(
    total: int, weights: Sequence[Fraction], limits: Sequence[int | None], odd: bool
) -> list[int]:
    """Each post to the highest weight / divisor(posts held); ties: larger weight, then the
    unit listed first; a unit at its bound takes no more."""
    seats = [0] * len(weights)
    queue: list[tuple[Fraction, Fraction, int]] = []

    def offer(i: int) -> None:
        limit = limits[i]
        if weights[i] > 0 and (limit is None or seats[i] < limit):
            divisor = 2 * seats[i] + 1 if odd else seats[i] + 1
            heapq.heappush(queue, (-weights[i] / divisor, -weights[i], i))

    for i in range(len(weights)):
        offer(i)
    for _ in range(total):
        _, _, i = heapq.heappop(queue)
        seats[i] += 1
        offer(i)
    return seats


@st.composite
def splits(draw: st.DrawFn) -> tuple[int, list[Fraction], list[int | None], bool]:
    """Small cases rich in ties: few distinct weights, some zero, bounds of every kind."""
    count = draw(st.integers(1, 7))
    weights = [
        Fraction(draw(st.integers(0, 12)), draw(st.sampled_from([1, 1, 2, 3])))
        for _ in range(count)
    ]
    limits: list[int | None] = [draw(st.one_of(st.none(), st.integers(0, 9))) for _ in range(count)]
    room = sum(
        limit if limit is not None else 40
        for weight, limit in zip(weights, limits, strict=True)
        if weight > 0
    )
    total = draw(st.integers(0, room))
    return total, weights, limits, draw(st.booleans())


@settings(max_examples=600, deadline=None)
@given(splits())
def test_equals_one_post_at_a_time(
    case: tuple[int, list[Fraction], list[int | None], bool],
) -> None:
    total, weights, limits, odd = case
    assert divisor_method(total, weights, limits, odd) == one_at_a_time(total, weights, limits, odd)


def test_large_totals_answer_at_once() -> None:
    # a national cut of 10^12 posts over three units: the answer is the share of each, found
    # without handing out 10^12 posts (D'Hondt: 10^12 · 5/10, 3/10, 2/10 exactly divisible)
    seats = divisor_method(10**12, [Fraction(5), Fraction(3), Fraction(2)], odd=False)
    assert seats == [5 * 10**11, 3 * 10**11, 2 * 10**11]
