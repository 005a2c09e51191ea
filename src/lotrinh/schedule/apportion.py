"""Splitting a whole cut across units in whole posts, with exact totals.

Three methods, all exact (int and Fraction), all deterministic:

- **Largest remainder (Hamilton).** Each unit's exact quota is its share of the cut in
  proportion to its weight (its size, by default), held at most at what the unit can give
  above its floor (see `quota.capped_quotas`). Every unit gets the floor of its quota; the
  posts left over go one each to the largest remainders. *Tie-break:* equal remainders go
  first to the larger weight, then to the unit listed first. Every share is within one post
  of its quota, but Hamilton can show the Alabama paradox: a larger total may give a unit less.
- **Divisor methods (Sainte-Laguë, D'Hondt).** As if posts were handed out one at a time, each
  to the unit with the highest weight / divisor(posts it already has), divisor 2s+1
  (Sainte-Laguë) or s+1 (D'Hondt); a unit at its bound takes no more. That makes them
  house-monotone: a larger total never gives any unit less. *Tie-break:* as Hamilton's. The
  result is found from an estimated divisor in O(units · log units), not post by post.
- **Biproportional rounding** of a units × years table whose row totals (each unit's cut) and
  column totals (each year's cut) are both fixed. The exact table is row × column / total;
  every cell is rounded to its floor or ceiling, margins kept exactly, choosing among such
  tables the one closest to the exact table in squared error (a min-cost flow; such a table
  always exists because the exact one is a fractional flow with the same margins).
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Sequence
from enum import StrEnum
from fractions import Fraction
from math import ceil, floor
from typing import assert_never

from lotrinh.schedule.quota import capped_quotas, check_room


class Split(StrEnum):
    """How a cut is split across units."""

    HAMILTON = "hamilton"
    SAINTE_LAGUE = "sainte-lague"
    DHONDT = "dhondt"


def apportion(
    method: Split,
    total: int,
    weights: Sequence[Fraction],
    bounds: Sequence[int | None] | None = None,
) -> list[int]:
    """Split `total` posts across units by `method`; `bounds[i]` is the most unit i can give."""
    limits = list(bounds) if bounds is not None else [None] * len(weights)
    if method is Split.HAMILTON:
        return hamilton(total, weights, limits)
    if method is Split.SAINTE_LAGUE:
        return divisor_method(total, weights, limits, odd=True)
    if method is Split.DHONDT:
        return divisor_method(total, weights, limits, odd=False)
    assert_never(method)


def hamilton(
    total: int, weights: Sequence[Fraction], bounds: Sequence[int | None] | None = None
) -> list[int]:
    """Largest remainder: floors of the exact quotas, then one more post to the largest
    remainders (ties: larger weight, then earlier unit)."""
    limits = list(bounds) if bounds is not None else [None] * len(weights)
    quotas = capped_quotas(total, weights, limits)
    seats = [floor(quota) for quota in quotas]
    left = total - sum(seats)
    order = sorted(range(len(weights)), key=lambda i: (-(quotas[i] - seats[i]), -weights[i], i))
    for i in order[:left]:
        seats[i] += 1
    return seats


def divisor_method(
    total: int,
    weights: Sequence[Fraction],
    bounds: Sequence[int | None] | None = None,
    odd: bool = True,
) -> list[int]:
    """Highest averages: Sainte-Laguë (`odd`, divisors 1, 3, 5, …) or D'Hondt (divisors 1,
    2, 3, …). Ties: larger weight, then earlier unit.

    The result is what handing out one post at a time gives: each unit gets as many posts as
    it has quotients weight / divisor among the `total` largest of all units' quotients (in
    the order quotient, weight, earlier unit; a unit at its bound has no more quotients). We
    find them without walking through every post: an estimated divisor `t` (the continuous
    shares, held at the bounds, add up to `total` at `t`) gives every unit its quotients above
    `t`, which is within one post of the answer per unit; the last few posts are then added
    or taken back in that order with a heap. O(units · log units), whatever the total.
    """
    limits = list(bounds) if bounds is not None else [None] * len(weights)
    check_room(total, weights, limits)  # refuses, with a message, what cannot fit
    units = [i for i, weight in enumerate(weights) if weight > 0 and limits[i] != 0]
    divisor = _estimated_divisor(total, weights, limits, units, odd)
    seats = [0] * len(weights)
    for i in units:
        limit = limits[i]
        if divisor is None:  # every unit at its bound
            assert limit is not None
            seats[i] = limit
        elif divisor > 0:
            seats[i] = _quotients_above(weights[i], divisor, limit, odd)

    def quotient(i: int, seat: int) -> Fraction:
        return weights[i] / (2 * seat + 1 if odd else seat + 1)

    left = total - sum(seats)
    if left > 0:
        offers = [
            (-quotient(i, seats[i]), -weights[i], i) for i in units if _room(seats[i], limits[i])
        ]
        heapq.heapify(offers)
        for _ in range(left):
            _, _, i = heapq.heappop(offers)
            seats[i] += 1
            if _room(seats[i], limits[i]):
                heapq.heappush(offers, (-quotient(i, seats[i]), -weights[i], i))
    elif left < 0:
        last = [(quotient(i, seats[i] - 1), weights[i], -i) for i in units if seats[i] > 0]
        heapq.heapify(last)
        for _ in range(-left):
            _, _, minus_i = heapq.heappop(last)
            seats[-minus_i] -= 1
            if seats[-minus_i] > 0:
                heapq.heappush(
                    last, (quotient(-minus_i, seats[-minus_i] - 1), weights[-minus_i], minus_i)
                )
    return seats


def _room(seats: int, limit: int | None) -> bool:
    return limit is None or seats < limit


def _quotients_above(weight: Fraction, divisor: Fraction, limit: int | None, odd: bool) -> int:
    """How many of a unit's quotients weight / d (d = 1, 3, 5, … or 1, 2, 3, …) are above
    `divisor`, at most `limit`."""
    ratio = weight / divisor
    # the k ≥ 0 with 2k + 1 < ratio (Sainte-Laguë), or with k + 1 < ratio (D'Hondt)
    count = max(0, ceil((ratio - 1) / 2)) if odd else ceil(ratio) - 1
    return count if limit is None else min(count, limit)


def _estimated_divisor(
    total: int,
    weights: Sequence[Fraction],
    limits: Sequence[int | None],
    units: list[int],
    odd: bool,
) -> Fraction | None:
    """The divisor at which the continuous shares, min(bound, weight / divisor) for D'Hondt
    and min(bound, weight / (2·divisor) + 1/2) for Sainte-Laguë, add up to `total`; 0 when no
    post is above any divisor, None when every unit is at its bound. Units reach their bound
    in the order of their breakpoints, so one sort and one pass find the segment it lies in."""
    scale, shift = (Fraction(1, 2), Fraction(1, 2)) if odd else (Fraction(1), Fraction(0))
    bounded = [i for i in units if limits[i] is not None]
    breakpoint = {i: scale * weights[i] / (limits[i] - shift) for i in bounded}  # type: ignore[operator]
    bounded.sort(key=lambda i: -breakpoint[i])
    free_weight = sum((weights[i] for i in units), Fraction(0))
    free_count = len(units)
    held = 0
    for m in range(len(bounded) + 1):
        room = total - held - shift * free_count
        if free_count and room > 0:
            divisor = scale * free_weight / room
            if m == len(bounded) or divisor > breakpoint[bounded[m]]:
                return divisor
        elif m == 0:
            return Fraction(0) if free_count else None
        if m == len(bounded):
            break
        i = bounded[m]
        held += limits[i] or 0
        free_weight -= weights[i]
        free_count -= 1
    return None


def biproportional(rows: Sequence[int], columns: Sequence[int]) -> list[list[int]]:
    """A whole table with the given row and column totals, each cell the floor or ceiling of
    row × column / total, as close as possible to that exact table (least squares)."""
    total = sum(rows)
    if sum(columns) != total or any(x < 0 for x in [*rows, *columns]):
        raise ValueError("row and column totals must be non-negative with the same sum")
    if total == 0:
        return [[0] * len(columns) for _ in rows]
    # Exact cell = (r·c) / total; keep numerators over the common denominator `total`.
    table = [[(r * c) // total for c in columns] for r in rows]
    rest = [[(r * c) % total for c in columns] for r in rows]
    row_need = [r - sum(line) for r, line in zip(rows, table, strict=True)]
    col_need = [c - sum(table[u][y] for u in range(len(rows))) for y, c in enumerate(columns)]
    for u, y in _round_up_cells(rest, row_need, col_need):
        table[u][y] += 1
    return table


def _round_up_cells(
    rest: list[list[int]], row_need: list[int], col_need: list[int]
) -> list[tuple[int, int]]:
    """Which cells to round up: a min-cost flow source → row → column → sink, where rounding
    a cell up costs −rest (so the chosen cells have the largest fractional parts, which is
    the least squared error). Successive shortest paths; costs are whole numbers."""
    n_rows, n_cols = len(row_need), len(col_need)
    source, sink = n_rows + n_cols, n_rows + n_cols + 1
    graph: list[list[int]] = [[] for _ in range(n_rows + n_cols + 2)]
    head: list[int] = []
    capacity: list[int] = []
    cost: list[int] = []

    def edge(a: int, b: int, cap: int, price: int) -> None:
        for frm, to, c, p in ((a, b, cap, price), (b, a, 0, -price)):
            graph[frm].append(len(head))
            head.append(to)
            capacity.append(c)
            cost.append(p)

    for u, need in enumerate(row_need):
        edge(source, u, need, 0)
    cells: dict[int, tuple[int, int]] = {}
    for u in range(n_rows):
        for y in range(n_cols):
            if rest[u][y] > 0:
                cells[len(head)] = (u, y)
                edge(u, n_rows + y, 1, -rest[u][y])
    for y, need in enumerate(col_need):
        edge(n_rows + y, sink, need, 0)

    for _ in range(sum(row_need)):
        path = _shortest_path(graph, head, capacity, cost, source, sink)
        if path is None:  # cannot happen: the exact table is a feasible fractional flow
            raise AssertionError("no rounding keeps both margins")
        for e in path:
            capacity[e] -= 1
            capacity[e ^ 1] += 1
    return [cell for e, cell in cells.items() if capacity[e] == 0]


def _shortest_path(
    graph: list[list[int]],
    head: list[int],
    capacity: list[int],
    cost: list[int],
    source: int,
    sink: int,
) -> list[int] | None:
    """Edges of a cheapest path with free capacity (Bellman-Ford with a queue: residual
    costs can be negative, but there is no negative cycle along successive shortest paths)."""
    distance: list[int | None] = [None] * len(graph)
    via: list[int] = [-1] * len(graph)
    distance[source] = 0
    queue = deque([source])
    queued = [False] * len(graph)
    queued[source] = True
    while queue:
        node = queue.popleft()
        queued[node] = False
        here = distance[node]
        assert here is not None
        for e in graph[node]:
            if capacity[e] <= 0:
                continue
            to = head[e]
            there = distance[to]
            if there is None or here + cost[e] < there:
                distance[to] = here + cost[e]
                via[to] = e
                if not queued[to]:
                    queued[to] = True
                    queue.append(to)
    if distance[sink] is None:
        return None
    path = []
    node = sink
    while node != source:
        e = via[node]
        path.append(e)
        node = head[e ^ 1]
    return path
