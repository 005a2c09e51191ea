"""Properties every schedule keeps, whatever the input (hypothesis)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from math import ceil, floor

from hypothesis import given, settings
from hypothesis import strategies as st

from lotrinh.model import Rate
from lotrinh.schedule import PartSpec, Request, Split, Spread, apportion, biproportional, build
from lotrinh.schedule.quota import capped_quotas
from lotrinh.schedule.spread import spread, year_weights
from lotrinh.schedule.target import from_rate

settings.register_profile("lotrinh", max_examples=150, deadline=None)
settings.load_profile("lotrinh")

weights_st = st.lists(st.integers(0, 50).map(Fraction), min_size=1, max_size=6).filter(any)
methods = st.sampled_from(list(Split))


@st.composite
def rates(draw: st.DrawFn) -> Rate:
    hundredths = draw(st.integers(0, 10000))
    percent = Decimal(hundredths).scaleb(-2)
    return Rate(text=f"{percent}%", percent=percent, decimals=2)


@given(base=st.integers(1, 10**6), rate=rates())
def test_the_minimum_cut_is_the_least_whole_number_reaching_the_rate(base: int, rate: Rate) -> None:
    req = from_rate(2021, base, rate, 2026)
    exact = Fraction(rate.percent) * base / 100
    assert req.min_cut >= exact
    assert req.min_cut - 1 < exact


@given(
    total=st.integers(0, 5000),
    count=st.integers(1, 8),
    method=st.sampled_from([Spread.EVEN, Spread.FRONT, Spread.BACK]),
    cap=st.one_of(st.none(), st.integers(0, 3000)),
)
def test_spread_is_exact_whole_and_within_one_of_each_share(
    total: int, count: int, method: Spread, cap: int | None
) -> None:
    if cap is not None and cap * count < total:
        return
    cuts = spread(total, count, method, cap=cap)
    quotas = capped_quotas(total, year_weights(method, count), [cap] * count)
    assert sum(cuts) == total
    assert all(cut >= 0 for cut in cuts)
    assert all(floor(q) <= cut <= ceil(q) for cut, q in zip(cuts, quotas, strict=True))
    if cap is not None:
        assert max(cuts) <= cap


@given(total=st.integers(0, 2000), weights=weights_st, data=st.data())
def test_hamilton_is_exact_and_within_one_post_of_each_quota(
    total: int, weights: list[Fraction], data: st.DataObject
) -> None:
    bounds = data.draw(
        st.lists(st.none() | st.integers(0, 2000), min_size=len(weights), max_size=len(weights))
    )
    room = sum(b for w, b in zip(weights, bounds, strict=True) if w > 0 and b is not None)
    if all(b is not None for w, b in zip(weights, bounds, strict=True) if w > 0) and room < total:
        return
    seats = apportion(Split.HAMILTON, total, weights, bounds)
    quotas = capped_quotas(total, weights, bounds)
    assert sum(seats) == total
    assert all(abs(s - q) < 1 for s, q in zip(seats, quotas, strict=True))
    assert all(b is None or s <= b for s, b in zip(seats, bounds, strict=True))


@given(total=st.integers(0, 300), weights=weights_st, odd=st.booleans())
def test_divisor_methods_are_house_monotone(total: int, weights: list[Fraction], odd: bool) -> None:
    method = Split.SAINTE_LAGUE if odd else Split.DHONDT
    before = apportion(method, total, weights)
    after = apportion(method, total + 1, weights)
    assert sum(before) == total
    assert sum(after) == total + 1
    assert all(a <= b for a, b in zip(before, after, strict=True))


@given(
    rows=st.lists(st.integers(0, 400), min_size=1, max_size=6),
    columns_shape=st.lists(st.integers(1, 20), min_size=1, max_size=5),
)
def test_biproportional_keeps_both_margins_and_rounds_each_cell(
    rows: list[int], columns_shape: list[int]
) -> None:
    total = sum(rows)
    columns = apportion(Split.HAMILTON, total, [Fraction(c) for c in columns_shape])
    table = biproportional(rows, columns)
    assert [sum(line) for line in table] == rows
    assert [sum(col) for col in zip(*table, strict=True)] == columns
    for u, line in enumerate(table):
        for y, cell in enumerate(line):
            exact = Fraction(rows[u] * columns[y], total) if total else Fraction(0)
            assert floor(exact) <= cell <= ceil(exact)


@st.composite
def requests(draw: st.DrawFn) -> Request:
    base = draw(st.integers(1, 50000))
    start = draw(st.integers(0, base))
    rate = draw(rates())
    deadline = draw(st.integers(2025, 2030))
    parts: tuple[PartSpec, ...] = ()
    split = None
    if draw(st.booleans()):
        sizes = draw(st.lists(st.integers(0, 5000), min_size=1, max_size=5))
        start = sum(sizes)
        base = max(base, start, 1)
        parts = tuple(
            PartSpec(
                f"p{i}",
                size,
                floor=draw(st.none() | st.integers(0, size)),
                protected=draw(st.booleans()) and i > 0,
            )
            for i, size in enumerate(sizes)
        )
        split = draw(methods)
    return Request(
        from_rate(2021, base, rate, deadline),
        2024,
        start,
        spread=draw(st.sampled_from([Spread.EVEN, Spread.FRONT, Spread.BACK])),
        parts=parts,
        split=split,
    )


def _feasible(request: Request) -> bool:
    if request.split is None:
        return True
    needed = request.requirement.needed_from(request.start_value)
    room = sum(0 if p.protected else p.size - (p.floor or 0) for p in request.parts if p.size > 0)
    return room >= needed


@given(request=requests())
def test_a_schedule_meets_its_target_with_the_least_overshoot_and_never_rises(
    request: Request,
) -> None:
    if not _feasible(request):
        return
    result = build(request)
    ceiling = request.requirement.ceiling
    assert result.final_value == min(request.start_value, ceiling)
    assert result.final_value <= ceiling or request.start_value <= ceiling
    assert all(step.reduction >= 0 for step in result.steps)
    assert result == build(request)  # the same input gives the same output
    for part, spec in zip(result.parts, request.parts, strict=True):
        assert all(step.reduction >= 0 for step in part.steps)
        if spec.floor is not None:
            assert all(step.value >= spec.floor for step in part.steps)
        if spec.protected:
            assert part.total == 0
    for index, step in enumerate(result.steps):
        if result.parts:
            assert sum(part.steps[index].reduction for part in result.parts) == step.reduction
