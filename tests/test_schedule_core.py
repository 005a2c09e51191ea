"""Hand-checked cases of each schedule algorithm (the pure core, no CLI)."""

from __future__ import annotations

import subprocess
import sys
from fractions import Fraction

import pytest

from lotrinh.numbers import parse_rate
from lotrinh.schedule import (
    PartSpec,
    Request,
    ScheduleError,
    Split,
    Spread,
    apportion,
    biproportional,
    build,
    from_posts,
    from_rate,
    from_value,
    spread,
)
from lotrinh.schedule.apportion import divisor_method, hamilton
from lotrinh.schedule.quota import capped_quotas
from lotrinh.schedule.spread import cumulative_round

F = Fraction


# ---- target -------------------------------------------------------------------------------------


def test_seed_vc_line_needs_exactly_2633() -> None:
    """KL 40: VC at least 10% below 2021 (26.330) by 2026: 2.633,0 posts, so ≤ 23.697."""
    req = from_rate(2021, 26330, parse_rate("10%"), 2026)
    assert req.exact_cut == 2633
    assert req.min_cut == 2633
    assert req.ceiling == 23697
    assert req.needed_from(24992) == 1295


def test_a_fractional_share_rounds_up() -> None:
    """10% of 29.891 is 2.989,1: 2.989 falls short (though it prints 10,00%), 2.990 does not."""
    req = from_rate(2021, 29891, parse_rate("10%"), 2026)
    assert req.exact_cut == F(29891, 10)
    assert req.min_cut == 2990
    assert req.ceiling == 26901


def test_decimal_comma_rate() -> None:
    req = from_rate(2021, 1000, parse_rate("5,5%"), 2026)
    assert (req.exact_cut, req.min_cut) == (55, 55)
    assert from_rate(2021, 1001, parse_rate("5,5%"), 2026).min_cut == 56  # 55,055


def test_posts_and_value_targets() -> None:
    assert from_posts(2021, 26330, 2633, 2026).ceiling == 23697
    assert from_value(2021, 26330, 23697, 2026).min_cut == 2633


def test_a_target_already_met_needs_nothing() -> None:
    assert from_rate(2021, 1000, parse_rate("10%"), 2026).needed_from(850) == 0


@pytest.mark.parametrize(
    "make",
    [
        lambda: from_rate(2021, 1000, parse_rate("101%"), 2026),
        lambda: from_posts(2021, 1000, 1001, 2026),
        lambda: from_rate(2021, 0, parse_rate("10%"), 2026),
    ],
)
def test_impossible_targets_are_refused(make: object) -> None:
    with pytest.raises(ScheduleError):
        make()  # type: ignore[operator]


# ---- spread -------------------------------------------------------------------------------------


def test_even_spread_of_the_seed() -> None:
    """1.295 over 2025–2026: exact 647,5 each; running 647,5 → 648; cuts 648, 647."""
    assert spread(1295, 2) == [648, 647]


def test_even_spread_keeps_the_total_and_stays_within_one() -> None:
    assert spread(10, 3) == [3, 4, 3]  # running 3,33 → 3; 6,67 → 7; 10 → 10
    assert spread(2, 3) == [1, 0, 1]  # running 0,67 → 1; 1,33 → 1; 2 → 2


def test_front_and_back_loaded() -> None:
    assert spread(60, 3, Spread.FRONT) == [30, 20, 10]  # weights 3:2:1
    assert spread(60, 3, Spread.BACK) == [10, 20, 30]


def test_weights() -> None:
    assert spread(100, 2, Spread.WEIGHTS, [F(3), F(1)]) == [75, 25]
    assert spread(100, 3, Spread.WEIGHTS, [F(1), F(0), F(1)]) == [50, 0, 50]


def test_cap_moves_the_excess_to_other_years() -> None:
    """Front-loaded 60 over 3 years is 30:20:10; a cap of 25 holds the first year at 25 and
    shares the other 35 as 2:1 (23,33 and 11,67)."""
    assert spread(60, 3, Spread.FRONT, cap=25) == [25, 23, 12]


def test_cap_too_small_is_refused() -> None:
    with pytest.raises(ScheduleError, match="tối đa"):
        spread(100, 2, cap=40)


def test_wrong_number_of_weights_is_refused() -> None:
    with pytest.raises(ScheduleError, match="trọng số"):
        spread(10, 3, Spread.WEIGHTS, [F(1), F(2)])


def test_cumulative_round_is_floor_or_ceiling() -> None:
    quotas = [F(1, 2), F(1, 2), F(1, 2), F(1, 2)]
    assert cumulative_round(quotas) == [1, 0, 1, 0]


# ---- apportion ----------------------------------------------------------------------------------


def test_hamilton_largest_remainders() -> None:
    """10 posts over 5:3:2 sizes 50, 30, 20 of 100... quotas 4,55 / 2,73 / 2,73 with 91 total."""
    # quotas: 10 × 50/110 = 4,545; 10 × 30/110 = 2,727; 10 × 30/110 = 2,727 → floors 4, 2, 2;
    # two left go to the two remainders 0,727 (the 0,545 loses).
    assert hamilton(10, [F(50), F(30), F(30)]) == [4, 3, 3]


def test_hamilton_tie_break_weight_then_order() -> None:
    """Equal remainders: larger weight first, then the unit listed first."""
    assert hamilton(1, [F(1), F(1)]) == [1, 0]
    # quotas 3 × 1/3 = 1 and 3 × 2/3 = 2? No remainders: choose weights that tie on remainder.
    # 1 post over weights 2 and 2 and 1 and 1 (quotas ⅓, ⅓, ⅙, ⅙): ties among the first two.
    assert hamilton(1, [F(1), F(2), F(2)]) == [0, 1, 0]


def test_alabama_paradox_shows_in_hamilton_not_in_sainte_lague() -> None:
    """The classic: sizes 6, 6, 2 with 10 then 11 posts; Hamilton takes one from the third."""
    sizes = [F(6), F(6), F(2)]
    assert hamilton(10, sizes) == [4, 4, 2]
    assert hamilton(11, sizes) == [5, 5, 1]
    sl10 = divisor_method(10, sizes)
    sl11 = divisor_method(11, sizes)
    assert all(a <= b for a, b in zip(sl10, sl11, strict=True))


def test_sainte_lague_and_dhondt() -> None:
    """Weights 53:24:23, 7 posts. Sainte-Laguë (divisors 1, 3, 5, …) hands them out at
    53, 24, 23, 17,7 (A), 10,6 (A), 8 (B), 7,7 (C): 3, 2, 2. D'Hondt (1, 2, 3, …) at 53, 26,5,
    24, 23, 17,7, 13,25, 12 (B): 4, 2, 1 — it favours the largest."""
    votes = [F(53), F(24), F(23)]
    assert apportion(Split.SAINTE_LAGUE, 7, votes) == [3, 2, 2]
    assert apportion(Split.DHONDT, 7, votes) == [4, 2, 1]
    assert apportion(Split.HAMILTON, 7, votes) == [4, 2, 1]  # 3,71 1,68 1,61


def test_bounds_hold_a_unit_and_share_the_rest() -> None:
    assert capped_quotas(10, [F(1), F(1)], [2, None]) == [2, 8]
    assert hamilton(10, [F(1), F(1)], [2, None]) == [2, 8]
    assert divisor_method(10, [F(1), F(1)], [2, None]) == [2, 8]


def test_bounds_too_small_are_refused() -> None:
    with pytest.raises(ScheduleError):
        hamilton(10, [F(1), F(1)], [2, 3])


def test_biproportional_keeps_both_margins() -> None:
    """Rows 5, 3 and columns 4, 4: exact cells 2,5 1,5 / 2,5 1,5 → one way up per column."""
    table = biproportional([5, 3], [4, 4])
    assert [sum(row) for row in table] == [5, 3]
    assert [sum(col) for col in zip(*table, strict=True)] == [4, 4]
    assert table in ([[3, 2], [1, 2]], [[2, 3], [2, 1]])


def test_biproportional_prefers_the_largest_fractions() -> None:
    """Rows 7, 3; columns 5, 5; exact 3,5 3,5 / 1,5 1,5: any choice ties; but rows 9, 1 and
    columns 4, 6: exact 3,6 5,4 / 0,4 0,6 → round up 3,6 and 0,6."""
    assert biproportional([9, 1], [4, 6]) == [[4, 5], [0, 1]]


# ---- build --------------------------------------------------------------------------------------


def _seed(**changes: object) -> Request:
    req = from_rate(2021, 26330, parse_rate("10%"), 2026)
    return Request(req, 2024, 24992, **changes)  # type: ignore[arg-type]


def test_seed_schedule() -> None:
    result = build(_seed())
    assert [(s.year, s.value, s.reduction, s.cumulative) for s in result.steps] == [
        (2025, 24344, 648, 648),
        (2026, 23697, 647, 1295),
    ]
    assert result.achieved_cut == 2633
    assert result.achieved_rate == 10
    assert result.overshoot == 0


def test_kept_years_are_anchors() -> None:
    """The plan fixes 2025 at 24.560 (432 below 2024): 2026 carries the other 863."""
    result = build(_seed(kept={2025: 24560}))
    assert [(s.value, s.reduction, s.kept) for s in result.steps] == [
        (24560, 432, True),
        (23697, 863, False),
    ]


def test_free_years_before_a_kept_year_carry_its_difference() -> None:
    """2023 kept at 940 from 1.000 in 2020: 60 over 2021–2023; 2024 takes the other 40."""
    req = from_posts(2020, 1000, 100, 2024)
    result = build(Request(req, 2020, 1000, kept={2023: 940}))
    assert [s.reduction for s in result.steps] == [20, 20, 20, 40]
    assert [s.value for s in result.steps] == [980, 960, 940, 900]


def test_a_kept_rise_right_after_its_anchor_is_a_fact() -> None:
    req = from_posts(2020, 1000, 100, 2023)
    result = build(Request(req, 2020, 1000, kept={2021: 1010}))
    assert [s.reduction for s in result.steps] == [-10, 55, 55]


def test_free_years_that_would_have_to_rise_are_refused() -> None:
    req = from_posts(2020, 1000, 100, 2023)
    with pytest.raises(ScheduleError, match="phải tăng"):
        build(Request(req, 2020, 1000, kept={2022: 1010}))


def test_a_kept_deadline_above_the_target_is_refused() -> None:
    with pytest.raises(ScheduleError, match="cao hơn mức tối đa"):
        build(_seed(kept={2026: 23700}))


def test_already_met_gives_no_cut_and_the_overshoot_is_the_start() -> None:
    req = from_rate(2021, 1000, parse_rate("10%"), 2026)
    result = build(Request(req, 2024, 880))
    assert [s.reduction for s in result.steps] == [0, 0]
    assert result.overshoot == 20


@pytest.mark.parametrize(
    ("start", "deadline", "pattern"),
    [(2026, 2026, "phải sau năm bắt đầu"), (2027, 2026, "phải sau năm bắt đầu")],
)
def test_deadline_not_after_start_is_refused(start: int, deadline: int, pattern: str) -> None:
    req = from_rate(2021, 1000, parse_rate("10%"), deadline)
    with pytest.raises(ScheduleError, match=pattern):
        build(Request(req, start, 950))


def test_split_with_floor_and_protected_part() -> None:
    req = from_posts(2024, 1000, 100, 2026)
    parts = (
        PartSpec("a", 600),
        PartSpec("b", 300, floor=290),
        PartSpec("c", 100, protected=True),
    )
    result = build(Request(req, 2024, 1000, parts=parts, split=Split.HAMILTON))
    totals = {part.id: part.total for part in result.parts}
    assert totals == {"a": 90, "b": 10, "c": 0}
    for index, step in enumerate(result.steps):
        assert sum(part.steps[index].reduction for part in result.parts) == step.reduction


def test_split_beyond_the_floors_is_refused_with_the_numbers() -> None:
    req = from_posts(2024, 1000, 100, 2026)
    parts = (PartSpec("a", 600, floor=560), PartSpec("b", 400, protected=True))
    with pytest.raises(ScheduleError, match="tối đa 40"):
        build(Request(req, 2024, 1000, parts=parts, split=Split.HAMILTON))


def test_parts_must_add_up() -> None:
    req = from_posts(2024, 1000, 100, 2026)
    with pytest.raises(ScheduleError, match="khác số của đơn vị"):
        build(Request(req, 2024, 1000, parts=(PartSpec("a", 900),), split=Split.HAMILTON))


def test_the_core_imports_neither_typer_nor_rich() -> None:
    code = (
        "import sys, lotrinh.schedule, lotrinh.schedule.fromplan;"
        "bad = {'typer', 'rich'} & {m.split('.')[0] for m in sys.modules};"
        "sys.exit(f'core imports {sorted(bad)}' if bad else 0)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
